"""More page furniture kept as text: alert tickers, "related" headings run into their link,
media labels, app promotions, and date stamps standing alone under the headline."""

from __future__ import annotations

import pytest

from crosswire.clean import clean_text
from crosswire.metadata.dates import is_date_line, parse_date_stamp
from test_clean_widgets import reasons

TITLE = "Bridge reopens in Millbrook after repairs\n\n"
LEAD = ("The Millbrook river bridge reopened to traffic on Friday after four months of repairs, "
        "the county engineer said.")
MORE = ("Crews replaced the deck and two of the supports, and the work came in under budget, "
        "a county spokeswoman said.")
LAST = "Buses will return to their old route over the bridge next week, the transit agency said."


def article(*top: str, tail: tuple[str, ...] = ()) -> str:
    return TITLE + "\n\n".join((*top, LEAD, MORE, LAST, *tail)) + "\n"


# ---------------------------------------------------------------- tickers

ALERTS = (
    "Storm Watch issued May 8 at 7:41PM CDT expiring May 9 at 3:00AM CDT in effect for: Adams",
    "Storm Watch issued May 8 at 7:37PM CDT expiring May 8 at 9:00PM CDT in effect for: Brown, Clay, Dale, Eaton",
    "Flood Advisory issued May 8 at 6:48PM CDT expiring May 8 at 9:45PM CDT in effect for: Fulton, Grant",
    "Flood Warning issued May 8 at 6:31PM CDT expiring May 8 at 10:30PM CDT in effect for: Hale, Irwin, Jasper",
)


def test_an_alert_ticker_is_cut_and_the_article_kept():
    result = clean_text(article(*ALERTS))
    assert reasons(result)["ticker"] == ["\n".join(ALERTS)]
    assert result.text == "\n\n".join((LEAD, MORE, LAST))


def test_a_page_that_is_only_a_ticker_keeps_nothing_of_it():
    result = clean_text(TITLE + "\n\n".join(ALERTS) + "\n")
    assert "Storm Watch" not in result.text
    assert result.title == TITLE.strip()


@pytest.mark.parametrize("items", [
    # sentences: a list of what happened, each a statement
    ("Storm Watch was issued for Adams at 7:41PM.", "Storm Watch was issued for Brown at 7:37PM.",
     "Storm Watch was issued for Clay at 6:48PM."),
    # only two items in one frame
    ALERTS[:2],
    # lines that say different things
    ("Schools closed in Adams on Monday", "Power restored to most homes in Brown by noon",
     "Roads reopened across the county after the storm passed"),
    # a list of people in one frame, without clock times
    ("Sergeant A. Reed, sworn in in May 1990 and assigned to the Central Division",
     "Officer B. Lane, sworn in in June 2001 and assigned to the North Division",
     "Officer C. Moss, sworn in in July 2009 and assigned to the Central Division"),
    # a list the article introduces, even with times
    ("The buses will leave at these times:", "Route 4 leaves at 7:40 from Main Street for: Adams",
     "Route 5 leaves at 7:55 from Main Street for: Brown, Clay",
     "Route 6 leaves at 8:10 from Main Street for: Dale"),
])
def test_lists_that_are_not_tickers_stay_beside_one_that_is(items):
    raw = TITLE + "\n\n".join((*ALERTS, LEAD, *items, MORE, LAST)) + "\n"
    result = clean_text(raw)
    assert reasons(result)["ticker"] == ["\n".join(ALERTS)]
    assert all(item in result.text for item in items)


# ---------------------------------------------------------------- related, media, promotions

def test_a_related_heading_run_into_its_link_is_cut_and_a_sentence_opening_alike_kept():
    teaser = "Related Coverage 3 hurt as truck hits Millbrook bridge railing"
    sentence = "Related coverage of the repairs drew complaints from drivers, the county said."
    result = clean_text(article(teaser, tail=(sentence,)))
    assert reasons(result)["related links"] == [teaser]
    assert result.text.startswith(LEAD) and sentence in result.text


@pytest.mark.parametrize("label", ["MORE MEDIA KXYZ - clip", "More videos WXYZ 0:45"])
def test_a_media_label_is_cut(label):
    result = clean_text(article(label))
    assert label not in result.text and LEAD in result.text


@pytest.mark.parametrize("line", [
    "Download the Click2Springfield news app in your app store to stay up-to-date with the latest news while you're on the go.",
    "Get the free WXYZ 7 weather app for alerts on your phone.",
])
def test_a_named_app_promotion_at_the_end_is_cut(line):
    result = clean_text(article(tail=(line,)))
    assert reasons(result)["promotion"] == [line]
    assert result.text.endswith(LAST)


@pytest.mark.parametrize("line", ["More content from Example.com:", "More coverage from The Ledger"])
def test_a_more_content_heading_at_the_end_is_cut(line):
    result = clean_text(article(tail=(line,)))
    assert line not in result.text and result.text.endswith(LAST)


# ---------------------------------------------------------------- date stamps

@pytest.mark.parametrize("stamp", [
    "8:56am Monday 10th June 2013",
    "on Jul 7 2012, 5:55p",
    "Jul 13, 2009/02:00 pm (CNA)",
    "Springfield, Jul 13, 2009/02:00 pm (MNA)",
    "Last updated at 22:46 GMT",
    "Article posted on 08.07.2012",
])
def test_a_date_stamp_under_the_headline_is_a_date_header(stamp):
    result = clean_text(article(stamp))
    assert reasons(result)["date header"] == [stamp]
    assert result.text.startswith(LEAD)


def test_date_stamps_give_their_place_and_agency():
    stamp = parse_date_stamp("Washington D. C., Jul 13, 2009/02:00 pm (CNA)")
    assert stamp is not None and stamp.place == "Washington D. C." and stamp.agency == "CNA"
    assert (stamp.dates[0].year, stamp.dates[0].month, stamp.dates[0].day) == (2009, 7, 13)
    assert parse_date_stamp("on Jul 7 2012, 5:55p").agency is None


@pytest.mark.parametrize("line", [
    "Police said on June 10, 2013",
    "June 10, 2013 (Police)",       # a parenthesis that is no agency credit
    "Smith (Reuters) June 10, 2013",
    "at 5:55 a man was seen",
    "8:56am Monday meeting",
])
def test_lines_that_are_more_than_a_date_are_not_date_lines(line):
    assert is_date_line("8:56am Monday 10th June 2013")  # the same words, only a date
    assert not is_date_line(line)


@pytest.mark.parametrize("stamp", ["Updated at 4:45 p.m. ET:", "UPDATE 5:30 p.m. --", "Updated 10 June 2013:"])
def test_a_stamp_glued_ahead_of_a_paragraph_is_cut_and_the_paragraph_kept(stamp):
    kept = "Posted at the station: officers said the bridge would stay open overnight."
    result = clean_text(article(stamp + " " + MORE, tail=(kept,)))
    assert reasons(result)["date header"] == [stamp]
    assert MORE in result.text and kept in result.text


def test_a_live_blog_keeps_the_times_of_its_entries():
    entries = ("UPDATE 7:02 p.m.: " + MORE, "UPDATE 6:40 p.m.: " + LAST, "UPDATE 6:05 p.m.: " + LEAD)
    result = clean_text(TITLE + "\n\n".join(entries) + "\n")
    assert "date header" not in reasons(result)
    assert all(entry in result.text for entry in entries)
    # the same page with one stamped paragraph: the stamp is the page's
    single = clean_text(TITLE + "\n\n".join((entries[0], LEAD, LAST)) + "\n")
    assert reasons(single)["date header"] == ["UPDATE 7:02 p.m.:"]


def test_a_coverage_promotion_at_the_end_is_cut_and_a_sentence_alike_kept():
    promo = "Complete coverage of the Millbrook bridge repairs on Countywatch"
    sentence = "Complete coverage of the repairs on TV was lacking, residents said."
    result = clean_text(article(sentence, tail=(promo,)))
    assert reasons(result)["promotion"] == [promo]
    assert sentence in result.text


def test_a_stations_two_video_playlist_and_a_long_share_link_are_cut():
    playlist = ("5 DEAD IN MILLBROOK SHOOTING Gunman kills 4 people in Millbrook | 02:16 A gunman killed four "
                "people at a home. None 1 of 2 5 DEAD IN MILLBROOK SHOOTING New information in Millbrook shooting "
                "| 02:52 Investigators think the gunman knew them. None 2 of 2 Last VideoNext Video Gunman kills "
                "4 people in Millbrook")
    share = ("Read or Share this story: http://www.example5.com/story/news/crime/2016/02/26/"
             "swat-responds-report-4-people-shot-millbrook/80987850/")
    result = clean_text(article(playlist, share))
    assert "Last VideoNext Video" not in result.text and "Read or Share" not in result.text
    assert LEAD in result.text and MORE in result.text
    # a paragraph counting "1 of 2" in prose stays
    prose = "Officers searched the first of two buildings, 1 of 2 on the lot, before noon."
    assert prose in clean_text(article(prose)).text
