"""Page furniture kept on unseen stories (review 4): a teaser carousel rendering each item
twice, ">>" links, app and newsletter promotions, a row of bare links, a photo credit and a
widget's counter over the dateline, a caption above it, and a page that is only a
registration notice."""

from __future__ import annotations

import pytest

from crosswire.clean import clean_doc, clean_text
from crosswire.doc import Doc
from crosswire.errors import InputError
from test_clean_widgets import reasons
from test_clean_widgets2 import LAST, LEAD, MORE, TITLE

TEASERS = (
    "State police say they received a complaint Monday about a teacher in the county school system.",
    "A television mother of the seventies has died, her manager and her publicist said. She was 82.",
    "The coach went back to the zone defence to handle the visitors 62-52 in the tournament.",
    "Search over for man accused of domestic violence and arson",
)


def article(*top: str, tail: tuple[str, ...] = ()) -> str:
    return TITLE + "\n\n".join((*top, LEAD, MORE, LAST, *tail)) + "\n"


def test_a_carousel_printing_each_teaser_twice_is_cut():
    doubled = [t for teaser in TEASERS for t in (teaser, teaser)]
    result = clean_text(article(*doubled))
    assert result.text.startswith(LEAD)
    assert not any(t[:30] in result.text for t in TEASERS)
    assert "related links" in reasons(result)


def test_a_paragraph_said_twice_once_is_kept_once():
    result = clean_text(TITLE + "\n\n".join((LEAD, MORE, MORE, LAST)) + "\n")
    assert result.text.count(MORE) == 1 and LEAD in result.text and LAST in result.text


@pytest.mark.parametrize("line", [">> MUGSHOTS: November 2016 Roundup", ">> RESOURCES: Taking Back Your Streets",
                                  ">> RAW VIDEO: Live video records the shooting"])
def test_an_arrow_link_between_paragraphs_is_cut(line):
    result = clean_text(TITLE + "\n\n".join((LEAD, line, MORE, LAST)) + "\n")
    assert line not in result.text and MORE in result.text


def test_an_arrow_speaker_turn_of_a_transcript_is_kept():
    turn = ">> SMITH: We were standing on the sidelines when we heard the shots."
    result = clean_text(TITLE + "\n\n".join((LEAD, turn, MORE, LAST)) + "\n")
    assert turn in result.text


@pytest.mark.parametrize("block", [
    "DOWNLOAD OUR APPS:\n\n+ News app: Apple | Android\n\n+ Weather app: Apple | Android",
    "Sign up for one of our email newsletters.",
    "FREE APPS | NOW | FACEBOOK | TWITTER",
])
def test_app_and_newsletter_promotions_and_link_rows_are_cut(block):
    result = clean_text(TITLE + "\n\n".join((LEAD, block, MORE, LAST)) + "\n")
    assert result.text == "\n\n".join((LEAD, MORE, LAST))


def test_a_row_of_words_between_bars_that_is_a_sentence_stays():
    line = "Scores were close | The home side won | Fans stayed late | Everyone went home."
    result = clean_text(TITLE + "\n\n".join((LEAD, line, MORE, LAST)) + "\n")
    assert line in result.text


def test_a_caption_credited_over_the_dateline_is_cut():
    caption = "A man is seen taking cover during a live video as the shots were fired. (Source: John Smith)"
    lead = "LOUISVILLE, KY (WAVE) - " + LEAD
    result = clean_text(TITLE + "\n\n".join((caption, lead, MORE, LAST)) + "\n")
    assert result.text.startswith("LOUISVILLE") and "photo caption" in reasons(result)


def test_a_sourced_paragraph_without_a_dateline_after_it_stays():
    figure = "Unemployment fell to 3.9 percent in March, the lowest in a decade. (Source: Labor Department)"
    result = clean_text(TITLE + "\n\n".join((figure, LEAD, MORE, LAST)) + "\n")
    assert result.text.startswith(figure)


def test_a_registration_page_is_rejected_with_its_reason():
    raw = ("Four shot in borough on Friday night\n\nThank you for registering!\n\nWe look forward to seeing you "
           "frequently. Visit us and sign in to update your profile, receive the latest news and keep up to date "
           "with mobile alerts.\n")
    with pytest.raises(InputError, match="site notice"):
        clean_doc(Doc(raw=raw))


def test_a_story_thanking_readers_for_registering_to_vote_is_kept():
    raw = TITLE + "\n\n".join((LEAD, "Thank you for registering to vote, the clerk told each new voter.", MORE)) + "\n"
    doc = clean_doc(Doc(raw=raw))
    assert "registering to vote" in doc.text


def test_a_lone_update_label_is_cut():
    result = clean_text(TITLE + "\n\n".join(("UPDATE:", LEAD, MORE, LAST)) + "\n")
    assert result.text.startswith(LEAD)


def test_a_teaser_closed_by_its_more_link_is_cut():
    teaser = ("Community reacts to rash of violence People who live here are fed up with the violence and they're "
              "taking action after a shooting that injured three children. More")
    result = clean_text(TITLE + "\n\n".join((LEAD, teaser, MORE, LAST)) + "\n")
    assert result.text == "\n\n".join((LEAD, MORE, LAST))


def test_a_paragraph_ending_in_the_word_more_stays():
    line = "Prices rose again in March, and economists expect more."
    result = clean_text(TITLE + "\n\n".join((LEAD, line, MORE, LAST)) + "\n")
    assert line in result.text
