"""Weekdays as blind review 6 found them (sentences adapted from its articles), read with the parse."""

from __future__ import annotations

import pytest

from crosswire.doc import Doc

SUNDAY = "2013-09-15"


def iso_of(text: str, surface: str, ref: str = SUNDAY) -> list[str]:
    from crosswire.extract import extract_doc

    doc = extract_doc(Doc(id="t", text=text, published=ref))
    return [s.attrs["iso"] for s in doc.spans_of("time") if doc.span_text(s) == surface]


@pytest.mark.parametrize("text,iso", [
    # a day one could not or did not do something is a day gone
    ("Rescuers could not reach him on Saturday.", "2013-09-14"),
    ("Police did not say on Saturday who fired the shots.", "2013-09-14"),
    # "due to" a cause is no day to come; "due to" an act is
    ("Rescue personnel were not able to reach him due to low light levels on Saturday, the inspector said.",
     "2013-09-14"),
    ("The vote is due to take place on Saturday.", "2013-09-21"),
    ("The team will not play on Saturday.", "2013-09-21"),
])
def test_what_could_not_or_did_not_happen_on_a_day_is_past(text, iso):
    assert iso_of(text, "Saturday") == [iso]


def test_a_weekday_in_the_name_of_a_day_is_no_day():
    assert iso_of("As part of its September 2013 Patch Tuesday updates, Microsoft repaired 47 flaws.", "Tuesday") == []
    assert iso_of("Shoppers lined up for Black Friday deals.", "Friday") == []
    assert iso_of("Microsoft released the fix on Tuesday.", "Tuesday") == ["2013-09-10"]


def test_last_and_the_day_before_the_article_is_the_week_before():
    # Wednesday 2011-01-05: "last Tuesday" is not yesterday, whose name would be "Tuesday" or "yesterday"
    text = "He did not play last Sunday after undergoing arthroscopic knee surgery last Tuesday."
    assert iso_of(text, "last Tuesday", "2011-01-05") == ["2010-12-28"]
    assert iso_of(text, "last Sunday", "2011-01-05") == ["2011-01-02"]
    assert iso_of("He had surgery on Tuesday.", "Tuesday", "2011-01-05") == ["2011-01-04"]


def test_a_future_word_on_a_noun_above_the_days_verb_does_not_make_the_day_to_come():
    # Sunday 2013-08-04: the betting was suspended on the Friday before; "the next Doctor" is the
    # role's next holder, not a day ahead
    sunday = "2013-08-04"
    text = ("The actor had been the bookmakers' favourite to take on the role, with betting on him becoming "
            "the next Doctor suspended on Friday.")
    assert iso_of(text, "Friday", sunday) == ["2013-08-02"]
    # a future word on the day's own noun still dates it ahead
    assert iso_of("The upcoming vote on Friday is close.", "Friday", sunday) == ["2013-08-09"]
