"""The day undated articles read "Monday" against (brief.build.set_context_dates)."""

from __future__ import annotations

from crosswire.brief.build import set_context_dates
from crosswire.doc import Doc, Removal


def _doc(doc_id: str, text: str, published: str | None = None, removed: list[Removal] | None = None) -> Doc:
    doc = Doc(id=doc_id, text=text, published=published)
    doc.removed = removed or []
    return doc


def _release(published: str = "2016-10-19") -> Doc:
    return _doc("release", "Police continue to investigate the shooting in which a suspect wounded nine people "
                           "at 4000 Law Street about 6:30 a.m. on September 26.", published)


def test_undated_reports_read_against_the_day_a_later_release_writes_in_full():
    first = _doc("first", "Police say nine people were wounded when a man opened fire Monday morning.")
    second = _doc("second", "The suspect opened fire on drivers Monday. On Tuesday morning, the medical "
                            "examiner identified him. He had dinner with his parents Sunday night.")
    third = _doc("third", "A gunman wounded nine people near a strip mall early Monday.")
    docs = [_release(), first, second, third]
    set_context_dates(docs)
    # "Tuesday" is the day after the shooting: that report was written then at the earliest
    assert [d.context_date for d in docs] == [None, "2016-09-26", "2016-09-27", "2016-09-26"]


def test_a_page_of_no_dated_article_is_dated_by_its_caption_beside_the_weekday_it_names():
    caption = Removal("The investigation into the murder-suicide began Jan. 27, 2016. (Photo courtesy: Facebook)",
                      "photo caption")
    gallery = Removal("A trailer on Randy Lane was destroyed by fire March 23, 2017.", "photo gallery")
    a = _doc("a", "Officers were called to the home around 3:35 p.m. Wednesday to check on the welfare of "
                  "a person.", removed=[caption])
    b = _doc("b", "Police found six people dead after a standoff that began Wednesday.", removed=[gallery])
    c = _doc("c", "The gunman shot five relatives Wednesday before turning the gun on himself.")
    set_context_dates([a, b, c])
    assert [d.context_date for d in (a, b, c)] == ["2016-01-27"] * 3


def test_a_story_date_several_dated_articles_share_or_close_to_the_event_stands():
    release = _release("2016-09-28")  # two days after the day it writes: its date reads "Monday" right
    first = _doc("first", "A man opened fire Monday morning.")
    second = _doc("second", "Nine people were wounded Monday.")
    set_context_dates([release, first, second])
    assert first.context_date == second.context_date == "2016-09-28"
    dated = [_release(), _release("2016-10-19"), _doc("x", "The shooting happened Monday.")]
    dated[1].id = "release2"
    set_context_dates(dated)
    assert dated[2].context_date == "2016-10-19"  # most articles are dated: their date is the story's


def test_a_report_naming_days_well_after_the_event_or_days_to_come_is_read_with_care():
    caption = Removal("The investigation began Jan. 27, 2016.", "photo caption")
    a = _doc("a", "Officers were called to the home around 3:35 p.m. Wednesday.", removed=[caption])
    b = _doc("b", "Six people were found dead Wednesday. The road will be open again by Saturday.")
    # four days after a Wednesday: the Sunday before it, or a report written days later
    c = _doc("c", "The gunman, who shot five relatives Wednesday, was buried on Sunday.")
    set_context_dates([a, b, c])
    assert [d.context_date for d in (a, b, c)] == ["2016-01-27", "2016-01-27", None]


def test_a_background_day_one_undated_page_writes_in_its_text_dates_nothing():
    pages = [_doc("a", "Tel Aviv broke the cease-fire on 4 November 2008, on a Tuesday, when troops raided Gaza. "
                       "On Saturday, air strikes hit the strip."),
             _doc("b", "Air strikes hit Gaza on Saturday, killing scores, officials said on Tuesday."),
             _doc("c", "The strikes on Saturday were the deadliest in years; talks resumed Tuesday.")]
    set_context_dates(pages)
    assert [d.context_date for d in pages] == [None, None, None]
