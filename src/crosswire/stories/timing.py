"""Time in the story decision: how far apart two reports were published, and whether the
event dates they state agree (see :meth:`.cluster.StoryIndex.pair_scores`)."""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from .features import parse_day

if TYPE_CHECKING:
    from .features import Signature

#: publication-time discount: this much per doubling of the days apart beyond three, down to the floor
TIME_DECAY = 0.14
TIME_FLOOR = 0.35
#: published more than ten days apart, both stating event dates and none within
#: ``FAR_DATE_GAP`` days of each other: likely two incidents of one kind (a roundup, an
#: anniversary piece), not a follow-up
FAR_DATE_MISMATCH = 0.7
FAR_DATE_GAP = 7
#: published within ten days, stated event dates all more than two days apart
CLOSE_DATE_MISMATCH = 0.7
#: undated, stated event dates (with a year) all more than a month apart
UNDATED_DATE_MISMATCH = 0.6


def days_apart(a: str | None, b: str | None) -> int | None:
    """Days between two ISO dates, or None if either is missing."""
    da, db = parse_day(a), parse_day(b)
    if da is None or db is None:
        return None
    return abs((da - db).days)


def time_factor(days: int | None) -> float:
    """Reports of one event are close in time; further apart they need more in common."""
    if days is None or days <= 3:
        return 1.0
    return max(TIME_FLOOR, 1.0 - TIME_DECAY * math.log2(days / 3.0))


def date_factor(a: "Signature", b: "Signature", days: int | None) -> float:
    """Penalise reports whose stated event dates all differ.

    Published close together, differing dates suggest two events of one kind; published
    further apart, only dates more than ``FAR_DATE_GAP`` days apart count; without
    publication dates, only explicit dates (with a year) are known, and only a gap of more
    than a month counts against the pair.
    """
    return date_factor_of_days(day_ordinals(a.dates), day_ordinals(b.dates), days)


def day_ordinals(dates: list[str]) -> tuple[int, ...]:
    """The ISO dates as day numbers (unparsable ones left out)."""
    days = (parse_day(x) for x in dates)
    return tuple(d.toordinal() for d in days if d)


def date_factor_of_days(da: tuple[int, ...], db: tuple[int, ...], days: int | None) -> float:
    """:func:`date_factor` on the stated dates' day ordinals."""
    if not da or not db:
        return 1.0
    gap = min(abs(x - y) for x in da for y in db)
    if days is not None and days > 10:
        return FAR_DATE_MISMATCH if gap > FAR_DATE_GAP else 1.0
    if days is None:
        return UNDATED_DATE_MISMATCH if gap > 31 else 1.0
    if gap == 0:
        return 1.0
    return 0.85 if gap <= 2 else CLOSE_DATE_MISMATCH
