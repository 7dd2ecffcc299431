"""The timeline as a picture: dated events placed on a date axis, laid out for inline SVG.

Stories mix the days around the event with background dates decades away ("built in
1963"), so a plain linear axis squeezes the news into a few pixels. The axis is therefore
cut into at most :data:`MAX_SEGMENTS` stretches at its widest empty gaps (drawn as breaks),
and each stretch gets room by how many dates it holds. Events of the same date share one
mark; labels sit in a few lanes above and below the axis and are left off (the mark keeps
a tooltip, the list under the picture keeps everything) where they would collide.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass, field
from datetime import date, timedelta
from bisect import bisect_right
from typing import Any, Callable

MAX_SEGMENTS = 6
MAX_LANES = 3  # per side
MIN_GAP_DAYS = 30  # never break the axis over a shorter empty stretch
BREAK_WIDTH = 18.0
LANE_GAP = 30.0
CHAR_WIDTH = 6.2  # of the 12px label font, for collision checks
LINEAR_SHARE = 0.35  # within a stretch: how much position follows time (the rest follows rank)
MIN_TICK_GAP = 44.0


@dataclass
class TimelineMark:
    x: float
    end_x: float
    y: float
    date: str
    precision: str
    events: list[dict[str, Any]]
    sources: list[str] = field(default_factory=list)
    labelled: bool = False
    above: bool = True
    lane: int = 0
    label_y: float = 0.0
    anchor: str = "start"
    text_x: float = 0.0
    short: str = ""

    @property
    def count(self) -> int:
        return len(self.events)

    @property
    def tooltip(self) -> str:
        return "\n".join(f"{self.date} ({self.precision}): {e.get('description', '')}" for e in self.events)


@dataclass
class TimelineAxis:
    width: int
    height: int
    axis_y: float
    left: float
    right: float
    ticks: list[tuple[float, str]]
    marks: list[TimelineMark]
    segments: list[tuple[float, float]]
    breaks: list[float]


def parse_period(value: str, precision: str | None = None) -> tuple[date, date] | None:
    """First and last day an ISO date covers at its precision ("2025-11-01" month -> all November)."""
    parts = str(value or "").split("-")
    try:
        year = int(parts[0])
        month = int(parts[1]) if len(parts) > 1 else 1
        day = int(parts[2][:2]) if len(parts) > 2 else 1
        start = date(year, month, day)
    except (ValueError, IndexError):
        return None
    precision = precision or ("day" if len(parts) > 2 else "month" if len(parts) == 2 else "year")
    if precision == "year":
        return date(year, 1, 1), date(year, 12, 31)
    if precision == "month":
        return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])
    return start, start


def _split(starts: list[date]) -> list[list[int]]:
    """Indices of sorted start dates grouped into stretches, cut at the most lopsided empty gaps."""
    segments = [list(range(len(starts)))]
    while len(segments) < MAX_SEGMENTS:
        best: tuple[float, int, int] | None = None  # (gap / span, segment, cut position)
        for number, members in enumerate(segments):
            span = (starts[members[-1]] - starts[members[0]]).days or 1
            for position in range(1, len(members)):
                gap = (starts[members[position]] - starts[members[position - 1]]).days
                if gap > MIN_GAP_DAYS and gap > 0.2 * span and (best is None or gap / span > best[0]):
                    best = (gap / span, number, position)
        if best is None:
            break
        _, number, position = best
        members = segments.pop(number)
        segments[number:number] = [members[:position], members[position:]]
    return segments


def _scale(lo: float, hi: float, points: list[date]) -> Callable[[date], float]:
    """Date -> x within one stretch: part linear in time, part by rank, so a burst of
    dates a few days apart gets room while order and rough proportions stay."""
    first, last = points[0], points[-1]
    total = (last - first).days
    ordinals = [p.toordinal() for p in points]

    def x_of(day: date) -> float:
        if total == 0:
            return (lo + hi) / 2
        ordinal = min(max(day.toordinal(), ordinals[0]), ordinals[-1])
        linear = (ordinal - ordinals[0]) / total
        k = bisect_right(ordinals, ordinal) - 1
        if k >= len(ordinals) - 1:
            rank = 1.0
        else:
            rank = (k + (ordinal - ordinals[k]) / (ordinals[k + 1] - ordinals[k])) / (len(ordinals) - 1)
        return lo + (hi - lo) * (LINEAR_SHARE * linear + (1 - LINEAR_SHARE) * rank)

    return x_of


def _tick_dates(first: date, last: date, most: int) -> tuple[list[date], str]:
    """Round dates between first and last, no more than ``most`` of them, and their label format."""
    days = (last - first).days
    for step in (1, 2, 7, 14):
        if days // step + 1 <= most:
            start = first if step < 7 else first + timedelta(days=(7 - first.weekday()) % 7)
            return [start + timedelta(days=i) for i in range(0, (last - start).days + 1, step)], "%d %b"
    for months, fmt in ((1, "%b %Y"), (2, "%b %Y"), (3, "%b %Y"), (6, "%b %Y"), (12, "%Y"), (24, "%Y"),
                        (60, "%Y"), (120, "%Y"), (240, "%Y"), (600, "%Y"), (1200, "%Y")):
        ticks = []
        index = first.year * 12 + first.month - 1
        index += (-index) % months  # align to the step (January for whole years)
        while True:
            tick = date(index // 12, index % 12 + 1, 1)
            if tick > last:
                break
            if tick >= first:
                ticks.append(tick)
            index += months
        if len(ticks) <= most:
            return ticks, fmt
    return [], "%Y"


def _label_of(day: date, precision: str) -> str:
    return day.strftime("%Y" if precision == "year" else "%b %Y" if precision == "month" else "%d %b %Y")


def timeline_axis(events: list[dict[str, Any]], *, width: int = 960, label_chars: int = 34) -> TimelineAxis | None:
    """Lay out ``events`` (contract Event dicts) on an axis ``width`` pixels wide; None if none is dated."""
    grouped: dict[tuple[str, str], list[dict[str, Any]]] = {}
    for event in events:
        precision = str(event.get("precision") or "day")
        if parse_period(event.get("date", ""), precision) is not None:
            grouped.setdefault((str(event["date"]), precision), []).append(event)
    if not grouped:
        return None
    keys = sorted(grouped, key=lambda k: (parse_period(*k), k))
    periods = [parse_period(*key) for key in keys]
    segments = _split([period[0] for period in periods])

    left, right = 24.0, float(width - 24)
    available = right - left - BREAK_WIDTH * (len(segments) - 1)
    minimum = min(70.0, available / len(segments))
    # room by events held; a stretch of one date needs only room for its mark
    weights = [sum(len(grouped[keys[i]]) for i in members) if len({periods[i][0] for i in members}) > 1 else 0
               for members in segments]
    if not any(weights):
        weights = [1] * len(segments)
    spare = available - minimum * len(segments)
    x_of_index: dict[int, tuple[float, float]] = {}
    ticks: list[tuple[float, str]] = []
    spans: list[tuple[float, float]] = []
    breaks: list[float] = []
    cursor = left
    for members, weight in zip(segments, weights):
        seg_width = minimum + spare * weight / sum(weights)
        points = sorted({periods[i][0] for i in members})
        reach = max(periods[i][1] for i in members)  # a month or year drawn as a span may end later
        x_of = _scale(cursor + 8, cursor + seg_width - 8, points + ([reach] if reach > points[-1] else []))
        spans.append((cursor, cursor + seg_width))
        for i in members:
            x_of_index[i] = (x_of(periods[i][0]), x_of(periods[i][1]))
        if len(points) == 1:
            ticks.append((round(x_of(points[0]), 1), _label_of(points[0], keys[members[0]][1])))
        else:
            tick_days, fmt = _tick_dates(points[0], points[-1], max(2, int(seg_width // 60)))
            kept: list[tuple[float, str]] = []
            for tick in tick_days:  # the rank part of the scale packs some ticks: keep them legible
                x = round(x_of(tick), 1)
                if not kept or x - kept[-1][0] >= MIN_TICK_GAP:
                    kept.append((x, tick.strftime(fmt)))
            ticks += kept
        cursor += seg_width + BREAK_WIDTH
        breaks.append(cursor - BREAK_WIDTH / 2)
    breaks.pop()

    marks = []
    for i, key in enumerate(keys):
        x, end_x = x_of_index[i]
        evs = grouped[key]
        sources = list(dict.fromkeys(str(s) for e in evs for s in e.get("sources") or []))
        marks.append(TimelineMark(x=round(x, 1), end_x=round(max(x, end_x), 1), y=0.0, date=key[0],
                                  precision=key[1], events=evs, sources=sources))
    _place_labels(marks, left, right, label_chars)
    above = max((m.lane + 1 for m in marks if m.labelled and m.above), default=0)
    below = max((m.lane + 1 for m in marks if m.labelled and not m.above), default=0)
    axis_y = 24.0 + above * LANE_GAP + 8
    for mark in marks:
        mark.y = axis_y
        if mark.labelled:
            mark.label_y = axis_y - 22 - mark.lane * LANE_GAP if mark.above else axis_y + 44 + mark.lane * LANE_GAP
    height = int(axis_y + 34 + below * LANE_GAP + 8)
    return TimelineAxis(width, height, axis_y, left, right, ticks, marks, spans, breaks)


def _place_labels(marks: list[TimelineMark], left: float, right: float, label_chars: int) -> None:
    """Give marks a label lane, alternating sides, skipping labels that would overlap.

    Dates carrying the most events are labelled first, so the days the story is about keep
    their labels when background dates compete for room.
    """
    taken: dict[tuple[bool, int], list[tuple[float, float]]] = {}
    label_width = label_chars * CHAR_WIDTH
    order = sorted(range(len(marks)), key=lambda i: (-marks[i].count, i))
    for rank, index in enumerate(order):
        mark = marks[index]
        first = mark.events[0]
        description = str(first.get("description") or "")
        more = f" (+{mark.count - 1})" if mark.count > 1 else ""
        room = label_chars - len(more)
        short = description if len(description) <= room else description[: room - 1].rstrip() + "…"
        mark.short = short + more
        mark.anchor = "end" if mark.x + label_width > right else "start"
        low, high = (mark.x - label_width, mark.x) if mark.anchor == "end" else (mark.x, mark.x + label_width)
        preferred = rank % 2 == 0
        free = [(above, lane) for above in (preferred, not preferred) for lane in range(MAX_LANES)
                if all(high + 8 < a or low > b + 8 for a, b in taken.get((above, lane), []))]
        if free:
            above, lane = min(free, key=lambda slot: (slot[1], slot[0] != preferred))
            taken.setdefault((above, lane), []).append((low, high))
            mark.labelled, mark.above, mark.lane = True, above, lane
            mark.text_x = round(mark.x - 5 if mark.anchor == "end" else mark.x + 5, 1)
