"""Page notices kept on unseen stories (review 6): an advert's two notices on one line, and the
notices a page prints when its script or plug-in did not run."""

from __future__ import annotations

import pytest

from crosswire.clean import clean_text

LEAD = "Thirteen people were wounded at a house party early Sunday, police said."
MORE = "Officers found shell casings in the yard and in the street, police said."


@pytest.mark.parametrize("notice", [
    "Advertisement - Continue Reading Below",
    "This slideshow requires JavaScript.",
    "You need the latest version of the Adobe Flash Player to view this content. Download Now .",
    "Refresh this page for updates as they become available.",
])
def test_a_pages_notice_is_cut(notice):
    text = clean_text("House party shooting\n\n" + "\n\n".join((LEAD, notice, MORE)) + "\n").text
    assert notice not in text and LEAD in text and MORE in text


def test_prose_about_a_script_or_an_update_stays():
    line = "The mayor said the city will refresh its page for updates on the victims as they become available."
    assert line in clean_text("House party shooting\n\n" + "\n\n".join((LEAD, line, MORE)) + "\n").text
