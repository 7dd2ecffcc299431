"""Which day a weekday names ("on Tuesday", "next Friday", "Tuesday last week", "Monday's shooting").

A weekday without a date is one of the seven days around the article's date. Which side of it
is the clause's tense: "said on Sunday" is the Sunday just gone (or the article's own day),
"is scheduled to meet on Thursday" the coming one. Some readings need no tense:

* a week named with the day fixes it: "Tuesday last week", "last week on Tuesday", "on Friday of
  next week" are that day of that (Monday-first) week;
* a weekday owning an event ("Monday's shooting follows two last week") names an event the
  article speaks of as known: a present-tense verb above it ("follows", "is the third") says
  nothing of the direction, so the nearer of the two days it could be is taken (an event to come
  has its future words: "Tuesday's vote will decide").
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Callable

WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6}
WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_PART = r"(?:\s+(?P<part>morning|afternoon|evening|night))?"
_F = re.IGNORECASE

#: a weekday and the week it is in, either order ("Tuesday of last week", "last week on Tuesday");
#: not "this week's", which owns a noun ("Tuesday this week's talks ...")
WEEKDAY_IN_WEEK = [
    re.compile(rf"\b(?P<wd>{WEEKDAY}){_PART},?\s+(?:of\s+)?(?P<week>last|next|this)\s+week\b(?!['’])", _F),
    # (not when the day's date follows: "last week, on Saturday, Aug 10" is read by its date)
    re.compile(rf"\b(?P<week>last|next|this)\s+week,?\s+on\s+(?P<wd>{WEEKDAY})\b{_PART}"
               rf"(?!,?\s+(?:\d|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d))", _F),
]
_POSSESSIVE_AFTER = re.compile(r"['’]s\b")


def week_start(day: dt.date) -> dt.date:
    return day - dt.timedelta(days=day.weekday())


def in_week_date(m: re.Match[str], ref: dt.date) -> dt.date:
    """The day of a :data:`WEEKDAY_IN_WEEK` match: that weekday of the week it names."""
    step = {"last": -1, "this": 0, "next": 1}[m.group("week").lower()]
    return week_start(ref) + dt.timedelta(days=7 * step + WEEKDAYS[m.group("wd").lower()])


def owns_event(m: re.Match[str]) -> bool:
    """"Monday's shooting", "Sunday night's game": the weekday (and its part of day) owns a noun."""
    return _POSSESSIVE_AFTER.match(m.string, m.end()) is not None


#: an undated article read against its story's date tells of days this far after it (as
#: brief/reference.py's DAYS_AFTER: "turned himself in Tuesday" after a Sunday shooting)
DAYS_AFTER = 3


def weekday_date(m: re.Match[str], ref: dt.date, tense: Callable[..., str | None],
                 estimated: bool = False) -> dt.date:
    """The day a ``weekday`` match (groups ``rel`` and ``wd``) names, written on ``ref``.

    ``estimated``: ``ref`` is the story's date, not the article's, which is unknown but on or after
    it (the article tells of the story's day). A told day can then be on either side of ``ref``: a
    plain weekday that is not to come is the nearer of the two (``DAYS_AFTER`` on at most)."""
    wd = WEEKDAYS[m.group("wd").lower()]
    rel = " ".join((m.group("rel") or "").lower().split())
    back = (ref.weekday() - wd) % 7  # days back to the latest such day (0: the article's day)
    t = {"last": "past", "past": "past", "next": "future", "coming": "future", "this coming": "future"}.get(rel)
    since = not rel and re.search(r"\bsince\s+$", m.string[max(0, m.start() - 6):m.start()], _F) is not None
    if since:
        t = "past"  # "at large since Saturday": whatever the verb's tense, a day gone
    if t is None:
        t = tense()
    if t is None and re.search(r"\b(?:until|till|through)\s+$", m.string[max(0, m.start() - 8):m.start()], _F):
        t = "future"
    if rel in {"", "on"} and not since and ((t in {None, "present"} and owns_event(m))
                                            or (estimated and t in {None, "past"})):
        # an event the article speaks of as known, told in the present; or a day told in an
        # article of unknown date: the nearer day
        return ref - dt.timedelta(days=back) if back < 7 - DAYS_AFTER else ref + dt.timedelta(days=(7 - back) % 7)
    if t in {"future", "present"}:
        # "is due to visit on Wednesday" written on a Wednesday is that day; "next Wednesday" is not
        delta = (wd - ref.weekday()) % 7
        if delta == 0 and rel in {"next", "coming", "this coming"}:
            delta = 7
        return ref + dt.timedelta(days=delta)
    if rel == "this" and t is None:
        return week_start(ref) + dt.timedelta(days=wd)
    # past, or no cue: newswire reports what happened
    if back in (0, 1) and rel in {"last", "past"}:
        # "last Monday" written on a Monday is a week ago, as "next Monday" is a week on; and
        # written on a Tuesday too: the day before is "yesterday" or "Monday", not "last Monday"
        back += 7
    return ref - dt.timedelta(days=back)
