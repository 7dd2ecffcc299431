"""The day an undated article's relative dates ("Monday", "this morning") are read against.

By default it is the story's date, the most common published date of its articles. That fails
when the only dated articles are follow-ups: a police release three weeks on, which writes the
shooting "on September 26", would have the undated first-day reports' "Monday" read as the
Monday before the release. So when undated articles outnumber dated ones, the day the story's
pages write in full (the event day, E) takes over for the undated articles that bear it out: E
must be more than six days before the story's date (closer, the story's date already reads E's
weekday as E), most undated articles must name E's weekday, and an undated article reads against
E only when it names E's weekday or prints E itself. It is read as written on E, or on the latest
of the few days after E that it tells of ("identified Tuesday" after a Monday shooting); one that
names a day four or five days on, which may be before E or a week later, is left to the story's date.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter

from ..doc import Doc

#: weekday resolution reaches this many days back from the reference day
WEEK_BACK = 6
#: a weekday an article names up to this many days after the event day is a later day of its
#: telling ("the medical examiner identified him Tuesday"); further on it is more likely a day
#: before the event ("dinner with his parents Sunday night" before a Monday shooting)
DAYS_AFTER = 3
#: what cleaning cut that still dates the page: an embedded post's date, a photo's caption
_DATING_PIECES = ("photo caption", "photo gallery", "embedded post")
_WEEKDAY = re.compile(r"\b(Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b")
_TO_COME = re.compile(r"\b(?:will|would|shall|'ll|expected|scheduled|set\s+to|plans?|planned|next|coming|until|by)\b",
                      re.I)
_WEEKDAY_NUMBER = {"Mon": 0, "Tues": 1, "Wednes": 2, "Thurs": 3, "Fri": 4, "Satur": 5, "Sun": 6}


def undated_references(docs: list[Doc], story_day: str | None) -> dict[str, str]:
    """Article id -> the reference day of each undated article that reads against the event day
    rather than the story's date (see the module's rule); the others are not in it."""
    undated = [d for d in docs if not d.published]
    if not undated or sum(1 for d in docs if d.published) >= len(undated):
        return {}
    named = {d.id: _weekdays(d) for d in undated}
    printed = {d.id: _full_days(d) for d in docs}
    votes: Counter = Counter(day for days in printed.values() for day in days)
    story = dt.date.fromisoformat(story_day[:10]) if story_day else None

    # a day one undated page writes in its text may be any day of the background ("broke the
    # cease-fire on 4 November 2008"); two pages, a dated page, or a photo caption or post that
    # dates the page make it the story's
    pinned = {day for d in docs for day in _full_days(d, pieces_only=True)}
    pinned |= {day for d in docs if d.published for day in printed[d.id]}

    def borne_out(day: dt.date) -> bool:
        return sum(day.weekday() in named[d.id] for d in undated) * 2 > len(undated) \
            and (story is None or (story - day).days > WEEK_BACK) and (votes[day] >= 2 or day in pinned)

    candidates = [day for day in votes if borne_out(day)]
    if not candidates:
        return {}
    event = max(candidates, key=lambda day: (votes[day], -day.toordinal()))
    out = {}
    for doc in undated:
        if event.weekday() not in named[doc.id] and event not in _full_days(doc, any_weekday=True):
            continue
        told = {(wd - event.weekday()) % 7 for wd in _weekdays(doc, told_only=True)}
        if told & set(range(DAYS_AFTER + 1, WEEK_BACK)):
            continue  # "arrested on Thursday" after a Sunday shooting: days before it, or a later report
        later = [k for k in told if k <= DAYS_AFTER]
        out[doc.id] = (event + dt.timedelta(days=max(later, default=0))).isoformat()
    return out


def _weekdays(doc: Doc, told_only: bool = False) -> set[int]:
    """The weekdays an article names; ``told_only``: not those it says are to come ("will be
    open by next Monday", "is scheduled to appear Tuesday"), which do not date its writing."""
    out = set()
    for m in _WEEKDAY.finditer(doc.text):
        clause = re.split(r"[.!?\n]", doc.text[max(0, m.start() - 80):m.start()])[-1]
        if told_only and _TO_COME.search(clause):
            continue
        out.add(_WEEKDAY_NUMBER[m.group(1)])
    return out


def _full_days(doc: Doc, any_weekday: bool = False, pieces_only: bool = False) -> set[dt.date]:
    """The days an article writes in full, in its text or in what dates its page: a dated
    article's days before its date ("on September 26", of its year), an undated one's days written
    with their year whose weekday it names ("Jan. 27, 2016" beside "Wednesday"; a gallery's
    "March 23, 2017" of another story, beside no Thursday, is no day of it), or with
    ``any_weekday`` every day it writes with its year; ``pieces_only``: only in what dates its page."""
    from ..extract.times import MONTH_WORD, iter_times

    published = dt.date.fromisoformat(doc.published[:10]) if doc.published else None
    weekdays = _weekdays(doc)
    texts = ([] if pieces_only else [doc.text]) + [p.text for p in doc.removed if p.reason in _DATING_PIECES]
    out = set()
    for text in texts:
        for start, end, attrs in iter_times(text, doc.published):
            # a month and a day ("on September 26"), not a weekday or "yesterday" read against a date
            if attrs.get("kind") != "date" or attrs.get("precision") != "day" or not attrs.get("iso") \
                    or not re.search(MONTH_WORD, text[start:end], re.I):
                continue
            try:
                day = dt.date.fromisoformat(str(attrs["iso"])[:10])
            except ValueError:
                continue
            if day < published if published is not None else (any_weekday or day.weekday() in weekdays):
                out.add(day)
    return out
