"""Comparable values and their compatibility: dates with precision, amounts with qualifiers.

Two values are *compatible* when one report could be a coarser or hedged wording of the
other: "mid-November" ~ "November 10" (the month-level date covers the day), "about a year"
~ "one year", "more than 90%" ~ "90%". Compatibility is an interval overlap: every value
becomes the range of exact values it allows, widened by its qualifier or precision.
"""

from __future__ import annotations

import calendar
import functools
import math
import re
from dataclasses import dataclass
from datetime import date, timedelta

#: relative tolerance of a hedged amount ("about 100" covers 85..115)
HEDGE_TOLERANCE = 0.15
#: relative tolerance of a plain amount (rounding: "1.2 million" vs "1,200,000")
EXACT_TOLERANCE = 0.005

# Words that hedge the amount next to them; checked in the few characters before a value.
HEDGE_WORDS = ("about", "around", "roughly", "approximately", "nearly", "almost", "some",
               "close to", "an estimated", "estimated", "up to", "more than", "over", "at least",
               "less than", "under", "fewer than", "as many as", "as much as", "upwards of")
_HEDGE_RE = re.compile(r"\b(" + "|".join(re.escape(w) for w in HEDGE_WORDS) + r")\s*$", re.I)

_QUALIFIER_OF = {
    "about": "about", "around": "about", "roughly": "about", "approximately": "about", "some": "about",
    "close to": "about", "an estimated": "about", "estimated": "about", "nearly": "nearly",
    "almost": "nearly", "up to": "up to", "as many as": "up to", "as much as": "up to",
    "more than": "more than", "over": "more than", "upwards of": "more than", "at least": "at least",
    "less than": "less than", "under": "less than", "fewer than": "less than",
}


def hedge_before(text: str, start: int) -> str | None:
    """The qualifier ("about", "more than", ...) written just before ``text[start:]``, if any."""
    match = _HEDGE_RE.search(text[max(0, start - 24):start])
    return _QUALIFIER_OF.get(match.group(1).lower()) if match else None


def format_number(value: float) -> str:
    """Plain decimal form without exponent: 1.2e9 -> "1200000000", 0.5 -> "0.5"."""
    if value != value or value in (float("inf"), float("-inf")):  # NaN / inf never come from text, but be safe
        return str(value)
    if float(value).is_integer() and abs(value) < 1e21:
        return str(int(value))
    text = f"{value:.6f}".rstrip("0").rstrip(".")
    return text


@dataclass(frozen=True)
class Amount:
    """A number with its unit and qualifier ("more than 90 %")."""

    value: float
    unit: str = ""
    qualifier: str | None = None

    @property
    def normalized(self) -> str:
        number = format_number(self.value)
        text = f"{number} {self.unit}".strip()
        return f"{self.qualifier} {text}" if self.qualifier else text

    def interval(self) -> tuple[float, float]:
        v, q = self.value, self.qualifier
        slack = abs(v) * EXACT_TOLERANCE
        if q == "about":
            slack = max(slack, abs(v) * HEDGE_TOLERANCE)
            return v - slack, v + slack
        # bounds are inclusive: "more than 90%" and "90%" may describe the same figure
        if q == "nearly":
            return v - abs(v) * HEDGE_TOLERANCE, v + slack
        if q in ("more than", "at least"):
            return v - slack, math.inf
        if q in ("less than", "up to"):
            return -math.inf, v + slack
        return v - slack, v + slack


def unit_key(unit: str | None) -> str:
    """Units that mean the same thing compare equal ("percent", "per cent", "%")."""
    u = (unit or "").strip().lower()
    if u in ("percent", "per cent", "pct", "percentage points", "%"):
        return "%"
    if u in ("$", "usd", "us$", "dollar", "dollars"):
        return "USD"
    if u in ("mph", "miles per hour", "mile per hour", "miles an hour", "mile an hour"):
        return "mph"
    if u in ("km/h", "kph", "kmh", "kilometres per hour", "kilometers per hour", "km per hour"):
        return "km/h"
    return u


#: units of one dimension, each in that dimension's base unit: "2,000 feet" and "600 metres" can
#: be one figure, converted
_DIMENSIONS = {
    "length": {"m": 1.0, "km": 1000.0, "foot": 0.3048, "mile": 1609.344, "yard": 0.9144, "inch": 0.0254},
    "mass": {"kg": 1.0, "g": 0.001, "lb": 0.45359237, "tonne": 1000.0},
}
#: how far apart (relative) a figure and its conversion may be: outlets round what they convert
#: ("2,000 feet (600 meters)")
CONVERSION_TOLERANCE = 0.05


def dimension(unit: str | None) -> str | None:
    """"length" for metres, feet, miles; "mass" for kilograms and pounds; else None."""
    u = unit_key(unit)
    return next((name for name, units in _DIMENSIONS.items() if u in units), None)


def measure_key(unit: str | None) -> str:
    """What a figure's unit is compared within: its dimension where it has one, else the unit."""
    return dimension(unit) or unit_key(unit)


def _in_base(a: Amount) -> tuple[float, float]:
    lo, hi = a.interval()
    factor = _DIMENSIONS[dimension(a.unit) or ""][unit_key(a.unit)]
    return lo * factor * (1 - CONVERSION_TOLERANCE), hi * factor * (1 + CONVERSION_TOLERANCE)


def amounts_compatible(a: Amount, b: Amount) -> bool:
    if unit_key(a.unit) != unit_key(b.unit):
        if dimension(a.unit) is None or dimension(a.unit) != dimension(b.unit):
            return False
        (lo_a, hi_a), (lo_b, hi_b) = _in_base(a), _in_base(b)  # one of them converted, and rounded
        return lo_a <= hi_b and lo_b <= hi_a
    lo_a, hi_a = a.interval()
    lo_b, hi_b = b.interval()
    if a.qualifier == b.qualifier == "about":
        # two estimates agree when one falls within the other's give: "about 20 miles" and "about 26
        # miles" only touch at the ends of their ranges, which is two estimates, not one
        return lo_b <= a.value <= hi_b or lo_a <= b.value <= hi_a
    return lo_a <= hi_b and lo_b <= hi_a


_ISO_DATE = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")


@dataclass(frozen=True)
class DateValue:
    """A calendar date at day, month or year precision, maybe "early"/"mid"/"late"."""

    iso: str
    precision: str = "day"
    modifier: str | None = None

    @classmethod
    def of_time_attrs(cls, attrs: dict) -> DateValue | None:
        """The date a time span's attrs state (its ``iso``, ``precision`` and ``modifier``), or
        None when the span resolved to no calendar date."""
        iso = str(attrs.get("iso") or "")
        if not _ISO_DATE.fullmatch(iso):
            return None
        precision = attrs.get("precision") or {4: "year", 7: "month"}.get(len(iso), "day")
        value = cls(iso, precision, attrs.get("modifier"))
        try:
            value.interval()
        except ValueError:
            return None  # no such day ("2025-02-30")
        return value

    @property
    def year(self) -> int:
        return int(self.iso[:4])

    @property
    def normalized(self) -> str:
        return f"{self.modifier}-{self.iso}" if self.modifier else self.iso

    @property
    def padded(self) -> str:
        """YYYY-MM-DD, padding a coarser date with its first month/day (precision tells)."""
        parts = self.iso.split("-")
        while len(parts) < 3:
            parts.append("01")
        return "-".join(parts[:3])

    def interval(self) -> tuple[date, date]:
        parts = [int(p) for p in self.iso.split("-")]
        year = parts[0]
        if self.precision == "day" and len(parts) == 3:
            d = date(year, parts[1], parts[2])
            return d, d
        if self.precision == "week" and len(parts) == 3:
            d = date(year, parts[1], parts[2])
            return d, d + timedelta(days=6)
        if self.precision == "month" or len(parts) == 2:
            month = parts[1] if len(parts) > 1 else 1
            last = calendar.monthrange(year, month)[1]
            lo, hi = {"early": (1, 15), "mid": (5, 25), "late": (15, last), "beginning": (1, 10),
                      "start": (1, 10), "end": (20, last)}.get(self.modifier or "", (1, last))
            return date(year, month, lo), date(year, month, min(hi, last))
        lo_m, hi_m = {"early": (1, 5), "mid": (4, 9), "late": (8, 12)}.get(self.modifier or "", (1, 12))
        return date(year, lo_m, 1), date(year, hi_m, calendar.monthrange(year, hi_m)[1])

    @property
    def rank(self) -> int:
        """How precise: day 3, month 2, year 1 (a modifier counts half a step)."""
        base = {"day": 6, "week": 5, "month": 4, "year": 2}.get(self.precision, 2)
        return base + (1 if self.modifier and self.precision != "day" else 0)


def dates_compatible(a: DateValue, b: DateValue) -> bool:
    lo_a, hi_a = a.interval()
    lo_b, hi_b = b.interval()
    return lo_a <= hi_b and lo_b <= hi_a


@dataclass(frozen=True)
class Duration:
    """A length of time in days ("one year" = 365), maybe hedged ("about a year")."""

    days: float
    qualifier: str | None = None

    @property
    def normalized(self) -> str:
        if self.days >= 360 and abs(self.days / 365 - round(self.days / 365)) < 0.05:
            text = f"{round(self.days / 365)} year"
        elif self.days >= 28 and abs(self.days / 30.4 - round(self.days / 30.4)) < 0.1:
            text = f"{round(self.days / 30.4)} month"
        else:
            text = f"{self.days:g} day"
        return f"{self.qualifier} {text}" if self.qualifier else text

    def as_amount(self) -> Amount:
        return Amount(self.days, "days", self.qualifier)


def durations_compatible(a: Duration, b: Duration) -> bool:
    # calendar words are loose: "a year" may be 360 or 366 days, "a month" 28..31
    lo_a, hi_a = a.as_amount().interval()
    lo_b, hi_b = b.as_amount().interval()
    slack = 0.04 * max(a.days, b.days)
    return lo_a - slack <= hi_b and lo_b - slack <= hi_a


@dataclass(frozen=True)
class Tally:
    """Two numbers read as one: a score, a record or a vote ("20-13", "58-3", "51-49")."""

    first: int
    second: int

    @property
    def normalized(self) -> str:
        return f"{self.first}-{self.second}"


def tallies_compatible(a: Tally, b: Tally) -> bool:
    # "beat the Chiefs 20-13" and "lost 13-20": one score written from either side
    return sorted((a.first, a.second)) == sorted((b.first, b.second))


@dataclass(frozen=True)
class Clock:
    """A reading of a clock: a time of day ("1:30 a.m." = 90 minutes after midnight) or, with no
    a.m./p.m., a game or fight clock ("stopped at 2:56")."""

    minutes: int
    of_day: bool = True
    qualifier: str | None = None

    @property
    def normalized(self) -> str:
        text = f"{self.minutes // 60:02d}:{self.minutes % 60:02d}" if self.of_day \
            else f"{self.minutes // 60}:{self.minutes % 60:02d}"
        return f"{self.qualifier} {text}" if self.qualifier else text


#: minutes a hedged time of day ("about 1:30 a.m.") may be off
CLOCK_HEDGE_MINUTES = 10


#: how far from its time "shortly before"/"shortly after" and a bare "before"/"after" may reach
CLOCK_SHORTLY_MINUTES = 30
CLOCK_BOUND_MINUTES = 60


def _clock_reach(c: Clock) -> tuple[int, int]:
    """Minutes a reading may lie before and after the time it writes."""
    if c.qualifier == "about":
        return CLOCK_HEDGE_MINUTES, CLOCK_HEDGE_MINUTES
    if c.qualifier in ("before", "shortly before"):
        return (CLOCK_SHORTLY_MINUTES if c.qualifier == "shortly before" else CLOCK_BOUND_MINUTES), 0
    if c.qualifier in ("after", "shortly after"):
        return 0, (CLOCK_SHORTLY_MINUTES if c.qualifier == "shortly after" else CLOCK_BOUND_MINUTES)
    return 0, 0


def clocks_compatible(a: Clock, b: Clock) -> bool:
    if a.of_day != b.of_day:
        return False
    if not a.of_day:
        return a.minutes == b.minutes
    # b as read on a's day, the nearer way round midnight ("11:50 p.m." and "shortly after midnight")
    offset = (b.minutes - a.minutes + 12 * 60) % (24 * 60) - 12 * 60
    if a.qualifier == b.qualifier == "about":
        # two estimates agree within one hedge: "around 3:30" and "around 3:50" are two readings
        return abs(offset) <= CLOCK_HEDGE_MINUTES
    (a_back, a_on), (b_back, b_on) = _clock_reach(a), _clock_reach(b)
    return -a_back - b_on <= offset <= a_on + b_back


@functools.lru_cache(maxsize=200_000)
def compatible(a: object, b: object) -> bool:
    """Whether two values could state the same fact (values of different kinds never do)."""
    if isinstance(a, DateValue) and isinstance(b, DateValue):
        return dates_compatible(a, b)
    if isinstance(a, Amount) and isinstance(b, Amount):
        return amounts_compatible(a, b)
    if isinstance(a, Duration) and isinstance(b, Duration):
        return durations_compatible(a, b)
    if isinstance(a, Tally) and isinstance(b, Tally):
        return tallies_compatible(a, b)
    if isinstance(a, Clock) and isinstance(b, Clock):
        return clocks_compatible(a, b)
    if isinstance(a, str) and isinstance(b, str):
        return normalize_text(a) == normalize_text(b)
    return False


def normalize_text(text: str) -> str:
    """Case, quotes, dashes and spacing folded, for comparing short phrases and names."""
    text = text.lower().replace("\u2011", "-").replace("\u2010", "-").replace("\u2013", "-").replace("\u2014", "-")
    text = re.sub(r"[\"'\u2018\u2019\u201c\u201d.,;:!?()]", "", text)
    text = text.replace("-", " ")
    return " ".join(text.split())


def value_key(value: object) -> str:
    """The ``normalized`` string of a value for the brief ("2025-10-30", "100 %")."""
    if isinstance(value, DateValue):
        return value.normalized
    if isinstance(value, (Amount, Duration, Tally, Clock)):
        return value.normalized
    return normalize_text(str(value))


def more_precise(a: object, b: object) -> object:
    """The more informative of two compatible values (a day beats a month; unhedged beats hedged)."""
    if isinstance(a, DateValue) and isinstance(b, DateValue):
        return a if a.rank >= b.rank else b
    if isinstance(a, (Amount, Duration)) and isinstance(b, (Amount, Duration)):
        return b if (a.qualifier and not b.qualifier) else a
    return a
