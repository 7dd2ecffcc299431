"""Dates, headlines and outlets the ingest stages missed on unseen stories (review 4): US
numeric dates, a date stamp with a detached zone offset, a headline that reads as a sentence
over its date stamp, a <title> copied with its site's address or a station's call sign."""

from __future__ import annotations

import pytest

from crosswire.clean import clean_text
from crosswire.metadata.dates import find_dates, is_date_line, numeric_day_first
from doc_helpers import cleaned_with_metadata, meta_value

LEAD = "Two victims of the nightclub shooting on Sunday were from the city, friends of the men said."
MORE = "Police said five people were still in hospital, two of them in critical condition, on Monday."
LAST = "The club will stay closed while the investigation continues, its owner said in a statement."
BODY = "\n\n".join((LEAD, MORE, LAST))


@pytest.mark.parametrize("stamp", ["8:13 AM PDT 8/2/2013", "Posted: 08/02/2013 11:10 am EDT", "Posted 8/2/2013"])
def test_a_us_numeric_date_is_read_month_first(stamp):
    doc = cleaned_with_metadata("Comedian to host the awards show\n\n" + stamp + "\n\n" + BODY + "\n")
    assert meta_value(doc, "published") == "2013-08-02"


def test_a_numeric_date_is_read_day_first_only_where_it_must_be_or_the_page_is_british():
    assert [(d.month, d.day) for d in find_dates("on 27/09/2013")] == [(9, 27)]
    assert [(d.month, d.day) for d in find_dates("on 8/2/2013")] == [(8, 2)]
    # dots are the continental way of writing it
    assert [(d.month, d.day) for d in find_dates("Article posted on 08.07.2012")] == [(7, 8)]
    british = "Published 26 September 2013 14:00 BST. The vote on 02/08/2013 was postponed."
    assert numeric_day_first(british)
    assert [(d.month, d.day) for d in find_dates(british) if d.year == 2013][1:] == [(8, 2)]
    assert not numeric_day_first("Sept. 26, 2013 and 26 September 2013")
    assert not numeric_day_first("Posted 02/08/2013 10:00 GMT, 9:00 EDT")


@pytest.mark.parametrize("stamp", ["26 September 2013, 10:00 (GMT+05: 00)", "4 October 2013, 18:07 (GMT+05:00)",
                                   "2 October 2013 15:39 (UTC-3)"])
def test_a_date_stamp_with_its_zone_offset_is_a_date_line_and_leaves_the_body(stamp):
    assert is_date_line(stamp)
    lead = "Parliamentary elections which are planned for December 15, 2013, will be held on a two-party basis."
    doc = cleaned_with_metadata("Elections to be held on two-party basis\n\n" + stamp + "\n\n" + lead + "\n\n" + MORE + "\n")
    assert not doc.text.startswith(stamp[:10])
    assert any(r.reason == "date header" and r.text == stamp for r in doc.removed)
    # the stamp dates the page; the lead's date is an event it looks ahead to
    assert meta_value(doc, "published") == "2013-" + {"26": "09-26", "4 ": "10-04", "2 ": "10-02"}[stamp[:2]]


@pytest.mark.parametrize("headline,stamp", [
    ("Cheeks returns as the team's fixer after the coach was shown the door after a single season.", "Posted: May 24, 2005"),
    ("Up the coast... the team canned its coach [who was under fire all season] and hired a new one.",
     "Tuesday, May 24, 2005"),
])
def test_a_headline_that_reads_as_a_sentence_over_its_date_stamp_is_the_title(headline, stamp):
    doc = cleaned_with_metadata(headline + "\n\n" + stamp + "\n\n" + BODY + "\n")
    assert meta_value(doc, "title") == headline
    assert not doc.text.startswith(headline[:20])


def test_a_first_sentence_over_a_paragraph_stays_body():
    result = clean_text(LEAD + "\n\n" + MORE + "\n\n" + LAST + "\n")
    assert result.title is None and result.text.startswith(LEAD)


@pytest.mark.parametrize("first,title,outlet", [
    ("RAW VIDEO: Live video records 19 gunshots as shooting un - wave3.com-Louisville News, Weather & Sports",
     "RAW VIDEO: Live video records 19 gunshots as shooting un", "wave3.com"),
    ("1 dead, 6 hurt in shooting at party in Missouri nightclub - WPSD Local 6: Your news, weather, and sports authority",
     "1 dead, 6 hurt in shooting at party in Missouri nightclub", "WPSD"),
    ("Two arrested in deadly nightclub shooting - WSIL-TV 3 Southern Illinois", "Two arrested in deadly nightclub shooting",
     "WSIL"),
    ("IN CUSTODY: 2nd man in connection to nightclub shooting - KAIT Jonesboro, AR - Region 8 News, weather, sports",
     "IN CUSTODY: 2nd man in connection to nightclub shooting", "KAIT"),
])
def test_a_title_copied_with_its_site_names_headline_and_outlet(first, title, outlet):
    doc = cleaned_with_metadata(first + "\n\n" + BODY + "\n")
    assert meta_value(doc, "title") == title
    assert meta_value(doc, "outlet") == outlet
    assert doc.text.startswith(LEAD)


def test_a_copyright_owner_reads_better_than_the_title_address_it_matches():
    doc = cleaned_with_metadata("Shots fired as crowd gathers in the park - wave3.com-Louisville News\n\n" + BODY
                     + "\n\nCopyright 2016 WAVE 3 News. All rights reserved.\n")
    assert meta_value(doc, "outlet") == "WAVE 3 News"


def test_a_title_word_after_a_dash_is_no_call_sign_unless_it_is_one():
    doc = cleaned_with_metadata("Storm warnings - What to expect this week in the county\n\n" + BODY + "\n")
    assert meta_value(doc, "outlet") is None


def test_a_writers_note_names_the_outlet_and_is_cut():
    note = "Jane Doe is a staff writer for Trib Total Media. She can be reached at 412-380-8511 or jdoe@example.com."
    doc = cleaned_with_metadata("Four shot in borough on Friday night\n\n" + BODY + "\n\n" + note + "\n")
    assert meta_value(doc, "outlet") == "Trib Total Media"
    assert "412-380" not in doc.text


def test_a_dateline_under_a_photo_credit_and_a_counter_names_the_station():
    doc = cleaned_with_metadata("2nd man wanted in connection to nightclub shooting\n\nKFVS Courtesy of KFVS\n\n"
                     "SomeUser testing : 0\n\nCARUTHERSVILLE, Mo. (KFVS) -- " + BODY + "\n")
    assert meta_value(doc, "outlet") == "KFVS"
    assert doc.text.startswith("CARUTHERSVILLE")


def test_a_date_glued_ahead_of_the_headline_is_not_the_title():
    doc = cleaned_with_metadata("27/09/2013-Country to hold first two-party elections\n\n" + BODY + "\n")
    assert meta_value(doc, "title") == "Country to hold first two-party elections"
