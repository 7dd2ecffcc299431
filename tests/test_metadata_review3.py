"""Outlets and dates the metadata stage missed on unseen stories (review 3): CNN's credit
without a dash, a shared credit with the agency first, a dateline before a figure, a
station naming its own team, a site's address with its slogan after a headline, and a
date stamp with a two-digit year."""

from __future__ import annotations

import pytest

from crosswire.clean import clean_doc
from crosswire.doc import Doc
from crosswire.metadata import parse_dateline
from crosswire.metadata.stage import metadata_doc

LEAD = "Two victims of the nightclub shooting on Sunday were from the city, friends of the men said."
MORE = "Police said five people were still in hospital, two of them in critical condition, on Monday."
LAST = "The club will stay closed while the investigation continues, its owner said in a statement."


def brief_meta(text: str) -> Doc:
    doc = Doc(raw=text)
    clean_doc(doc)
    return metadata_doc(doc)


def test_cnns_credit_without_a_dash_names_the_outlet():
    found = parse_dateline("(CNN) They came for a night of music and dancing. They left past the wounded.")
    assert found is not None and found.agency == "CNN" and found.place is None
    doc = brief_meta("Nightclub shooting leaves one dead\n\n(CNN) " + LEAD + "\n\n" + MORE + "\n\n" + LAST + "\n")
    assert doc.meta["outlet"].value == "CNN"


@pytest.mark.parametrize("opening", ["(Updated) ", "(Photo) ", "(Video) "])
def test_a_bracketed_word_that_is_no_outlet_is_no_credit(opening):
    assert parse_dateline(opening + LEAD) is None


def test_a_shared_credit_with_the_agency_first_is_filed_by_the_station():
    found = parse_dateline("CINCINNATI (AP/WDTN) — 2 NEWS has confirmed that two victims are from Trotwood.")
    assert found is not None
    assert found.place == "CINCINNATI" and found.agency == "WDTN" and found.sources == ("Associated Press",)


def test_a_station_naming_its_own_team_is_the_outlet():
    body = (LEAD + "\n\n" + "Police returned to the scene on Monday after our abc13 Eyewitness News team found "
            "papers and a vest at the gunman's home, officers said.\n\n" + LAST + "\n")
    doc = brief_meta("Gunman in club shooting identified\n\n" + body)
    assert doc.meta["outlet"].value == "ABC13"


@pytest.mark.parametrize("line", [
    '"Our SWAT team went in within minutes," the chief said.',
    '"We are proud of our KXYZ team," the station\'s owner told the council.',
    "The chief said our SWAT team went in within minutes.",
])
def test_our_in_a_quote_or_before_a_unit_is_no_outlet(line):
    body = LEAD + "\n\n" + line + "\n\n" + LAST + "\n"
    doc = brief_meta("Gunman in club shooting identified\n\n" + body)
    assert doc.meta.get("outlet") is None


def test_a_sites_address_with_its_slogan_after_the_headline():
    doc = brief_meta("Police sources identify suspect in shooting - KiiiTV.com South Texas, Corpus Christi\n\n"
                     + "\n\n".join((LEAD, MORE, LAST)) + "\n")
    assert doc.meta["title"].value == "Police sources identify suspect in shooting"
    assert doc.meta["outlet"].value == "kiiitv.com"


def test_a_stamp_with_a_two_digit_year_dates_the_report():
    doc = brief_meta("Sudan bombs refugee camp, reports say\n\n11/10/11 02:39 PM ET\n\n"
                     + "\n\n".join((LEAD, MORE, LAST)) + "\n")
    assert "02:39" not in doc.text
    assert doc.meta["published"].value == "2011-11-10"
