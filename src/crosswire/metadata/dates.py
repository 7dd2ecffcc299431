"""Calendar dates written in news text, found with our own regexes.

dateparser splits "Oct. 26, 2025" at the period, and datelines often have no year
("KUALA LUMPUR, Oct 26 (Reuters)"), so mentions are parsed here and a missing year is
inferred by :func:`infer_year` from the evidence around it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from .outlets import canonical_agency

MONTHS: dict[str, int] = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sep": 9, "sept": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}
WEEKDAYS = r"(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\.?"
#: month names of other languages common on news pages: used to recognise page-header date
#: lines ("segunda-feira, 22 de janeiro de 2018", "31. Mai 2019"), never for datelines
FOREIGN_MONTHS: dict[str, int] = {
    **dict.fromkeys(("januar", "janvier", "enero", "janeiro", "gennaio", "januari", "styczeń", "stycznia"), 1),
    **dict.fromkeys(("februar", "février", "fevrier", "febrero", "fevereiro", "febbraio", "februari", "lutego"), 2),
    **dict.fromkeys(("märz", "maerz", "mars", "marzo", "março", "marco", "maart", "marca", "marzec"), 3),
    **dict.fromkeys(("avril", "abril", "aprile", "kwietnia"), 4),
    **dict.fromkeys(("mai", "mayo", "maio", "maggio", "mei", "maja"), 5),
    **dict.fromkeys(("juni", "juin", "junio", "junho", "giugno", "czerwca"), 6),
    **dict.fromkeys(("juli", "juillet", "julio", "julho", "luglio", "lipca"), 7),
    **dict.fromkeys(("août", "aout", "agosto", "augustus", "sierpnia"), 8),
    **dict.fromkeys(("septembre", "septiembre", "setembro", "settembre", "września"), 9),
    **dict.fromkeys(("oktober", "octobre", "octubre", "outubro", "ottobre", "października"), 10),
    **dict.fromkeys(("novembre", "noviembre", "novembro", "listopada"), 11),
    **dict.fromkeys(("dezember", "décembre", "decembre", "diciembre", "dezembro", "dicembre", "grudnia"), 12),
}
FOREIGN_WEEKDAYS = (
    "montag dienstag mittwoch donnerstag freitag samstag sonntag lundi mardi mercredi jeudi vendredi samedi "
    "dimanche lunes martes miércoles miercoles jueves viernes sábado sabado domingo segunda-feira terça-feira "
    "quarta-feira quinta-feira sexta-feira lunedì martedì mercoledì giovedì venerdì sabato domenica "
    "poniedziałek wtorek środa czwartek piątek sobota niedziela maandag dinsdag woensdag donderdag vrijdag "
    "zaterdag zondag"
).split()
# words that join the parts of a date line: "22 de janeiro de 2018 às 0:13", "am 31. Mai um 10 Uhr"
_DATE_GLUE = (
    r"last|updated|published|posted|modified|created|date|on|at|am|pm|et|edt|est|gmt|utc|ist|bst|cet|cest|ct|pt|"
    r"de|del|do|da|le|à|às|a|las|los|alle|ore|um|uhr|h|den|der|vom|op|om|dnia|godz|publicado|publié|publie|"
    r"veröffentlicht|aktualisiert|mis|à jour|actualizado|atualizado|aggiornato|pubblicato"
)

_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th|º|er|\.)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"

# "Oct. 26, 2025", "October 26 2025", "Oct 26" -- month first (US style)
MONTH_FIRST = re.compile(rf"\b{_MONTH}\s+{_DAY}\b(?:,?\s+{_YEAR}\b)?", re.IGNORECASE)
# "26 October 2025", "26 Oct" -- day first (British, most wires outside the US)
DAY_FIRST = re.compile(rf"\b{_DAY}\s+(?:of\s+)?{_MONTH}\b(?:,?\s+{_YEAR}\b)?", re.IGNORECASE)
# "2025-10-26", "2025/10/26"
ISO = re.compile(r"\b(?P<year>(?:19|20)\d\d)[-/.](?P<month>[01]?\d)[-/.](?P<day>[0-3]?\d)\b")
# "10/26/2025" or "26/10/2025": month first unless impossible or the page dates day-first
# (see :func:`numeric_day_first`); "26.10.2025" is continental and always day-first
NUMERIC = re.compile(r"\b(?P<a>[0-3]?\d)(?P<sep>[/.])(?P<b>[0-3]?\d)(?P=sep)(?P<year>(?:19|20)\d\d)\b")
# a time of day: "10:04 PM ET", "8:56am", "5:55p", "14.00 GMT+1"; the time zone is in capitals
# ("8:56am Monday" has none)
_ZONE = r"(?:\s*(?-i:[A-Z]{2,4}\b|GMT[+-]?\d*|UTC[+-]?\d*))?"
TIME = re.compile(
    rf"\b\d{{1,2}}[:.]\d\d(?:[:.]\d\d)?(?:\s*[ap]\.?m\b\.?|\s*[ap]\b\.?)?{_ZONE}"
    rf"|\b\d{{1,2}}\s*[ap]\.?m\b\.?{_ZONE}",
    re.IGNORECASE,
)
_FOREIGN_MONTH = r"(?P<month>" + "|".join(sorted(FOREIGN_MONTHS, key=len, reverse=True)) + r")\.?"
# "22 de janeiro de 2018", "31. Mai 2019", "3 mars 2020"
FOREIGN_DAY_FIRST = re.compile(rf"\b{_DAY}\s+(?:de\s+)?{_FOREIGN_MONTH}(?:\s+(?:de\s+|del\s+)?{_YEAR}\b)?", re.IGNORECASE)
YEAR_ONLY = re.compile(r"\b(?:19|20)\d\d\b")


@dataclass(frozen=True)
class DateMention:
    """A date written in text; ``year`` is None when the text gives none."""

    start: int
    end: int
    month: int
    day: int
    year: int | None

    def with_year(self, year: int) -> date | None:
        try:
            return date(year, self.month, self.day)
        except ValueError:
            return None

    def as_date(self) -> date | None:
        return self.with_year(self.year) if self.year else None


def _valid(month: int, day: int, year: int | None) -> bool:
    try:
        date(year or 2000, month, day)  # 2000 is a leap year: accepts Feb 29 without a year
    except ValueError:
        return False
    return True


def find_dates(text: str, *, foreign: bool = False, day_first: bool | None = None) -> list[DateMention]:
    """Every calendar date mention in ``text``, in order, without overlaps.

    ``foreign`` also reads day-first dates with month names in other European languages.
    ``day_first`` says how the page writes numeric dates ("8/2/2013"); None reads ``text``
    itself for the signs :func:`numeric_day_first` weighs.
    """
    found: list[DateMention] = []
    taken: list[tuple[int, int]] = []

    def add(m: re.Match[str], month: int, day: int, year: int | None) -> None:
        if any(m.start() < e and s < m.end() for s, e in taken) or not _valid(month, day, year):
            return
        taken.append((m.start(), m.end()))
        found.append(DateMention(m.start(), m.end(), month, day, year))

    for m in ISO.finditer(text):
        add(m, int(m["month"]), int(m["day"]), int(m["year"]))
    for m in NUMERIC.finditer(text):
        if day_first is None:
            day_first = numeric_day_first(text)
        a, b = int(m["a"]), int(m["b"])
        if b > 12 or (a <= 12 and m["sep"] == "/" and not day_first):
            month, day = a, b
        else:
            month, day = b, a
        add(m, month, day, int(m["year"]))
    for pattern in (MONTH_FIRST, DAY_FIRST):
        for m in pattern.finditer(text):
            month_word = m["month"].lower().rstrip(".")
            # "may" is also a verb: accept it only with a day right after it and a capital M
            if month_word == "may" and not m["month"].startswith("M"):
                continue
            add(m, MONTHS[month_word], int(m["day"]), int(m["year"]) if m["year"] else None)
    if foreign:
        for m in FOREIGN_DAY_FIRST.finditer(text):
            add(m, FOREIGN_MONTHS[m["month"].lower().rstrip(".")], int(m["day"]), int(m["year"]) if m["year"] else None)
    found.sort(key=lambda d: d.start)
    return found


# time zones of the US (whose sites write month first) and of Britain and the Commonwealth
_US_ZONES = r"ET|EST|EDT|CT|CST|CDT|MT|MST|MDT|PT|PST|PDT|AKST|AKDT|HST"
_COMMONWEALTH_ZONES = r"BST|GMT|AEST|AEDT|ACST|AWST|NZST|NZDT|IST|SAST"


def numeric_day_first(text: str) -> bool:
    """Whether a page writes numeric dates day first ("02/08/2013" for 2 August): only when
    its clock is in a British or Commonwealth zone, or its dates with month names are all
    written day first ("26 September 2013"), and nothing says US (a US zone, "Sept. 26, 2013").
    Month first otherwise: the US convention most English news follows."""
    if re.search(rf"\b(?:{_US_ZONES})\b", text):
        return False
    if re.search(rf"\b(?:{_COMMONWEALTH_ZONES})\b", text):
        return True
    written = [m for m in MONTH_FIRST.finditer(text) if m["year"]]
    day_first = [m for m in DAY_FIRST.finditer(text) if m["year"]]
    return bool(day_first) and not written


# an agency credit closing a date stamp: "Jul 13, 2009/02:00 pm (CNA)"
_STAMP_CREDIT = re.compile(r"\(\s*(?P<name>[A-Z][\w .&'’-]{1,38}?)\s*\)\W*$")
# the place a stamp opens with: "Washington D. C., Jul 13, 2009", "LONDON, 10 June 2013"
_STAMP_PLACE = re.compile(r"^\s*(?P<place>[A-Z][\w.'’-]*(?:[ ]+[A-Z][\w.'’-]*){0,4})\s*,\s*$")


@dataclass(frozen=True)
class DateStamp:
    """A line that is only a date stamp: its dates, and the place and agency written with them."""

    dates: tuple[DateMention, ...]
    place: str | None = None
    agency: str | None = None  # canonical where known


def parse_date_stamp(line: str) -> DateStamp | None:
    """The date stamp a line consists of ("8:56am Monday 10th June 2013", "on Jul 7 2012,
    5:55p", "Washington, Jul 13, 2009/02:00 pm (CNA)"), with weekday, time, "Updated:",
    separators, an opening place and a closing agency credit; None for any other line."""
    rest = line.strip()
    if not rest or len(rest) > 110:
        return None
    agency = None
    credit = _STAMP_CREDIT.search(rest)
    if credit and not _ZONE_OFFSET.fullmatch(credit.group(0).strip()):
        name = credit["name"].strip()
        agency = canonical_agency(name) or (name if re.fullmatch(r"[A-Z]{2,8}", name) else None)
        if agency is None:
            return None
        rest = rest[: credit.start()]
    mentions = find_dates(rest, foreign=True) or _short_year_dates(rest)
    if not mentions:
        return None
    place = None
    opening = _STAMP_PLACE.match(rest[: mentions[0].start])
    if opening and not re.fullmatch(rf"{WEEKDAYS}|(?:{_DATE_GLUE})", opening["place"], re.IGNORECASE):
        place = opening["place"]
        rest = " " * opening.end() + rest[opening.end():]
    if not _only_date_words(rest, mentions):
        return None
    return DateStamp(tuple(mentions), place, agency)


# "11/10/11 02:39 PM ET": a stamp's date with a two-digit year (read only in a line that is a stamp)
_SHORT_NUMERIC = re.compile(r"\b(?P<a>[0-3]?\d)/(?P<b>[0-3]?\d)/(?P<year>\d\d)\b(?!/)")
_US_ZONE = re.compile(rf"\b(?:{_US_ZONES})\b")


def _short_year_dates(line: str) -> list[DateMention]:
    """The date of a stamp written with a two-digit year: month first when the stamp's clock is
    in a US time zone (as US sites write it), else day first unless that is impossible."""
    found: list[DateMention] = []
    for m in _SHORT_NUMERIC.finditer(line):
        a, b, year = int(m["a"]), int(m["b"]), int(m["year"]) + (2000 if int(m["year"]) < 70 else 1900)
        us = _US_ZONE.search(line) is not None
        month, day = (a, b) if (us and a <= 12) or b > 12 else (b, a)
        if _valid(month, day, year):
            found.append(DateMention(m.start(), m.end(), month, day, year))
    return found


def is_date_line(line: str) -> bool:
    """True when a line is only a date (with weekday, time, "Updated:" and separators), in
    English or another European language, possibly opened by a place and closed by an agency
    credit (see :func:`parse_date_stamp`)."""
    return parse_date_stamp(line) is not None


def _only_date_words(rest: str, mentions: list[DateMention]) -> bool:
    if len(rest.strip()) > 90:
        return False
    for mention in reversed(mentions):
        rest = rest[: mention.start] + " " + rest[mention.end :]
    rest = _ZONE_OFFSET.sub(" ", rest)
    rest = TIME.sub(" ", rest)
    rest = re.sub(WEEKDAYS, " ", rest, flags=re.IGNORECASE)
    rest = " ".join(w for w in rest.split() if w.casefold().strip(",.:;|-–—") not in _FOREIGN_WEEKDAY_SET)
    rest = re.sub(rf"(?<!\w)(?:{_DATE_GLUE})(?!\w)", " ", rest, flags=re.IGNORECASE)
    return not re.search(r"\w", rest)


_FOREIGN_WEEKDAY_SET = frozenset(FOREIGN_WEEKDAYS)
# a clock's offset written apart from the time: "10:00 (GMT+05:00)", "(UTC -3)"; tolerates the
# space a detokenizer leaves after the colon ("GMT+05: 00")
_ZONE_OFFSET = re.compile(r"\(?\s*(?:GMT|UTC)\s*[+\-−]\s*\d{1,2}(?:\s*:\s*\d\d)?\s*\)?")


WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def weekdays_mentioned(text: str) -> set[int]:
    """Weekdays named in a text ("said on Sunday"), as ``date.weekday()`` numbers."""
    return {i for i, name in enumerate(WEEKDAY_NAMES) if re.search(rf"\b{name}\b", text)}


def infer_year(
    month: int,
    day: int,
    *,
    not_after: date | None,
    context: list[date] | None = None,
    weekdays: set[int] | None = None,
    window_days: int = 120,
) -> int | None:
    """The most plausible year for a date written without one.

    ``not_after`` is the page/crawl date: a report is not dated after it was seen.
    Evidence, strongest first: ``context`` dates (fully written dates from the text or
    the story) within ``window_days`` of the date in that year; the weekday of the date
    being named in the report (``weekdays``: "officials said on Sunday" under an "Oct 26"
    dateline fits only the years where Oct 26 was a Sunday; only the two nearest years are
    weighed this way, since a weekday matches some year every seven). Without evidence:
    the year that puts the date closest to, but not after, ``not_after``.
    """
    if not _valid(month, day, None):
        return None
    context = list(context or [])
    if not_after is None:
        if not context:
            return None
        not_after = max(context) + timedelta(days=window_days)
    candidates = [
        (year, d)
        for year in range(not_after.year, not_after.year - 6, -1)
        if (d := _safe_date(year, month, day)) is not None and d <= not_after
    ]
    if not candidates:
        return None

    def score(ranked: tuple[int, tuple[int, date]]) -> tuple[int, int, int]:
        rank, (_, d) = ranked
        evidence = sum(1 for c in context if abs((c - d).days) <= window_days)
        weekday_fits = int(bool(weekdays) and rank < 2 and d.weekday() in (weekdays or set()))
        return evidence, weekday_fits, -rank

    _, (year, _) = max(enumerate(candidates), key=score)
    return year


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None
