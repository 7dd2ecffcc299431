"""Extraction defects the seventh blind review found (sentences adapted from its articles): a clock
time's "a.m." taken for a sentence end, a clock time read as a day, "early" before a dated day,
a typeset apostrophe taken for a closing quote mark, a quote sobbed."""

from __future__ import annotations

from crosswire.doc import Doc
from crosswire.extract import extract_doc
from crosswire.sentences import Sentences
from doc_helpers import speaker_of


def _times(text: str, published: str) -> list[tuple[str, str, str]]:
    doc = extract_doc(Doc(id="t", text=text, published=published))
    return [(doc.span_text(s), s.attrs["iso"], s.attrs["precision"]) for s in doc.spans_of("time")]


def test_a_clock_time_before_a_day_or_as_a_fragment_ends_no_sentence():
    text = ("Around 10:45 a.m. Monday, authorities identified the victims as Ronald Wilkson and Kay Wilkson. "
            "They were shot at 3 p.m. The officers were hurt.")
    doc = extract_doc(Doc(id="t", text=text, published="2016-10-24"))
    assert [text[a:b] for a, b in Sentences.of(doc).bounds] == [
        "Around 10:45 a.m. Monday, authorities identified the victims as Ronald Wilkson and Kay Wilkson.",
        "They were shot at 3 p.m.", "The officers were hurt."]


def test_an_editors_bracketed_date_ends_no_sentence():
    text = ("The operator restored some services by Saturday afternoon [8 October 2011]. Mweb said last night "
            "[10 October 2011] bringing us up to 83% of our required capacity. The rest came later.")
    doc = extract_doc(Doc(id="t", text=text, published="2011-10-11"))
    assert len(Sentences.of(doc).bounds) == 3


def test_a_clock_time_after_a_day_and_month_is_no_day_of_the_month():
    assert _times("The cable will be back on the core network by 4 November 02:00 GMT.", "2011-10-29") == [
        ("4 November", "2011-11-04", "day")]


def test_early_before_a_dated_day_is_that_day_not_the_month():
    assert _times("Jackson was arrested early Jan. 6 in San Diego.", "2009-02-02") == [("Jan. 6", "2009-01-06", "day")]
    assert _times("Talks resume in early November.", "2011-10-29") == [("early November", "2011-11", "month")]


def test_a_typeset_possessive_after_said_is_no_end_of_the_speaker():
    assert speaker_of("\u201cHe destroyed a whole family,\u201d said Hale\u2019s cousin Joseph Simmons.",
                      "He destroyed") == "Joseph Simmons"
    assert speaker_of("\u201cThe doctors are hopeful,\u201d said the girl\u2019s uncle, Silford Warren.",
                      "The doctors") == "Silford Warren"


def test_a_quote_sobbed_is_a_quote():
    text = ("\u201cI can\u2019t believe this happened to my baby,\u201d Doreen Warren, the eldest victim\u2019s "
            "mother, sobbed by phone.")
    assert speaker_of(text, "I can") == "Doreen Warren"


def test_weekdays_of_a_report_dated_by_a_photo_caption_may_fall_after_the_picture():
    # the caption dates the picture (Friday 26 February); the names were released the next day
    text = "The Mason County Coroner on Saturday released the names of four of the five people found dead."
    doc = Doc(id="t", text=text)
    doc.set_meta("published", "2016-02-26", "photo caption")
    doc = extract_doc(doc)
    assert [s.attrs["iso"] for s in doc.spans_of("time")] == ["2016-02-27"]
    dated = extract_doc(Doc(id="u", text=text, published="2016-02-26"))
    assert [s.attrs["iso"] for s in dated.spans_of("time")] == ["2016-02-20"]


def test_a_facility_named_after_a_person_a_glued_age_and_a_word_in_capitals_are_mended():
    text = ("He killed himself at John F. Kennedy International Airport. Police said Tory Carlson,18, died. "
            "He was arrested on suspicion of DUI. The GI's family came to Harborview Medical Center.")
    doc = extract_doc(Doc(id="t", text=text, published="2016-02-27"))
    found = {doc.span_text(s): s.attrs.get("type") for s in doc.spans_of("entity")}
    assert found.get("John F. Kennedy International Airport") == "PLACE"
    assert found.get("Tory Carlson") == "PERSON" and "Tory Carlson,18" not in found
    assert "DUI" not in found and "GI" not in found


def test_an_age_told_without_years_old_is_an_age():
    def quantities(text: str) -> list[str]:
        doc = extract_doc(Doc(id="t", text=text, published="2013-06-07"))
        return [s.attrs["normalized"] for s in doc.spans_of("quantity")]

    for text in ("She was 91.", "She died on Thursday at the age of 91.", "The Mermaid died Thursday at 91.",
                 "Williams, 91, passed away early Thursday."):
        assert quantities(text) == ["91 years old"], text
    assert quantities("The score was 21.") == ["21"]
    assert quantities("He was 5 feet tall.") == ["5 foot"]
