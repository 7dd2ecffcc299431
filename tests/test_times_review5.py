"""Weekdays, weeks and periods as blind review 5 found them (sentences adapted from its articles)."""

from __future__ import annotations

import pytest

from crosswire.doc import Doc
from crosswire.extract.times import times_stage

FRIDAY = "2013-03-08"
TUESDAY = "2007-04-10"


def times(text: str, ref: str) -> list[tuple[str, dict]]:
    doc = times_stage(Doc(text=text, published=ref))
    return [(doc.span_text(s), s.attrs) for s in doc.spans_of("time")]


def iso_of(text: str, ref: str, surface: str) -> str | None:
    found = [a for t, a in times(text, ref) if t == surface]
    assert len(found) == 1, times(text, ref)
    return found[0]["iso"]


@pytest.mark.parametrize("text,iso", [
    # an infinitive under a present-tense verb is still ahead, even after a past verb it is joined to
    ("Creighton improved to 25-7 on the season and advances to play Saturday in a 1:35 pm semifinal "
     "against Indiana State.", "2013-03-09"),
    ("The Bluejays plan to face Indiana State on Saturday.", "2013-03-09"),
    # under a past verb the infinitive is past too
    ("He went to the arena to watch the team play Saturday.", "2013-03-02"),
    ("Police said he turned himself in Tuesday evening.", "2013-03-05"),
])
def test_infinitive_tense(text, iso):
    assert iso_of(text, FRIDAY, "Saturday" if "Saturday" in text else "Tuesday evening") == iso


def test_weekday_owning_an_event_in_the_present_is_the_nearer_day():
    # written on a Tuesday: "Monday's shooting" is yesterday, not six days on
    text = "Monday's shooting follows two last week in public places in Atlanta, Georgia, and Seattle."
    assert iso_of(text, TUESDAY, "Monday") == "2007-04-09"
    # future words still send it forward
    assert iso_of("Thursday's vote will decide the budget.", TUESDAY, "Thursday") == "2007-04-12"


@pytest.mark.parametrize("text,surface,iso", [
    ("A gunman killed his former girlfriend on Tuesday last week at the CNN Center.", "Tuesday last week",
     "2007-04-03"),
    ("The talks resume on Friday of next week.", "Friday of next week", "2007-04-20"),
    ("He was fired last week on Monday, police said.", "last week on Monday", "2007-04-02"),
])
def test_weekday_with_its_week(text, surface, iso):
    assert iso_of(text, TUESDAY, surface) == iso


@pytest.mark.parametrize("text,surface,unit", [
    ("Residents have felt a string of small quakes for the past month.", "the past month", "month"),
    ("Over the past year the company has cut 2,000 jobs.", "the past year", "year"),
])
def test_the_past_period_is_a_length_not_a_date(text, surface, unit):
    found = [a for t, a in times(text, FRIDAY) if surface in t]
    assert len(found) == 1
    assert found[0]["kind"] == "duration" and found[0]["iso"] is None and found[0]["unit"] == unit


def test_last_month_is_still_the_calendar_month():
    assert iso_of("Sales fell last month.", FRIDAY, "last month") == "2013-02"


@pytest.mark.parametrize("text,surface,iso", [
    # "since" looks back, whatever the verb
    ("Police said the man shot his wife and remains at large since Saturday.", "Saturday", "2013-03-02"),
])
def test_since(text, surface, iso):
    assert iso_of(text, FRIDAY, surface) == iso


@pytest.mark.parametrize("text,ref,surface,iso", [
    # a present state after a day is that day's outcome, not a plan (written on a Sunday)
    ("A 10-year-old boy is dead after a hunting accident in Cache County Saturday night.", "2015-10-11",
     "Saturday night", "2015-10-10"),
    # a stative infinitive ("believed to be") is no plan
    ("Seven men were injured in what police believe to be a gang-related drive-by shooting in Galt on "
     "Saturday night.", "2013-03-17", "Saturday night", "2013-03-16"),
    # the day of a noun under the infinitive is the noun's (the shooting's), not the investigating's
    ("Police said they continue to investigate the motive for a shooting Thursday evening that left one "
     "student dead.", "2013-02-22", "Thursday evening", "2013-02-21"),
])
def test_present_and_infinitive_that_look_back(text, ref, surface, iso):
    assert iso_of(text, ref, surface) == iso


@pytest.mark.parametrize("text,ref,surface,iso", [
    ("Three people are dead and three others are injured after a shooting on Harvard Avenue on Thursday.",
     "2015-02-06", "Thursday", "2015-02-05"),
    # a fronted "after ..." only frames the clause: written on a Thursday, the funeral is to come
    ("After his funeral on Friday, people are invited to line Main Street with derby cars.", "2016-10-06",
     "Friday", "2016-10-07"),
])
def test_passive_state_after_its_cause(text, ref, surface, iso):
    assert iso_of(text, ref, surface) == iso


def test_week_and_weekday_leave_a_written_date_alone():
    text = "A man was shot and killed on the same block just last week, on Saturday, Aug 10."
    assert iso_of(text, "2013-08-13", "Saturday, Aug 10") == "2013-08-10"


def test_undated_article_reads_told_days_around_its_story_date():
    # no date of its own: read against the story's (Sunday, the shooting's) date, a told day can be
    # a few days after it -- the article may be written then
    text = ("Police said the father accidentally shot his son Sunday afternoon. Pizzolato turned himself "
            "in Tuesday evening. Nobody answered when reporters went to the family's home on Monday. "
            "A neighbour said they had a barbecue on Thursday.")
    doc = times_stage(Doc(text=text, context_date="2015-03-08"))
    got = {doc.span_text(s): s.attrs["iso"] for s in doc.spans_of("time")}
    assert got == {"Sunday afternoon": "2015-03-08", "Tuesday evening": "2015-03-10", "Monday": "2015-03-09",
                   "Thursday": "2015-03-05"}
    # the same article with its own date reads them back from it
    doc = times_stage(Doc(text=text, published="2015-03-08"))
    assert {doc.span_text(s): s.attrs["iso"] for s in doc.spans_of("time")}["Tuesday evening"] == "2015-03-03"


def test_undated_article_not_telling_of_its_story_day_reads_back():
    # the story's date is a Thursday the article never names: it may be older, its days read back
    doc = times_stage(Doc(text="Mourners packed the funeral service Saturday.", context_date="2013-03-21"))
    assert [s.attrs["iso"] for s in doc.spans_of("time")] == ["2013-03-16"]
