"""Datelines and credit lines: where, when and by which agency a report was filed.

Handles the wire styles seen in the wild::

    KUALA LUMPUR, Oct 26 (Reuters) - ...      WASHINGTON (AP) — ...      (CNN) — ...
    PARIS, France (AFP) - ...                 BEIJING, Oct. 26 (Xinhua) -- ...
    NEW DELHI, 26 October (PTI): ...          WASHINGTON, Oct. 26, 2025 /PRNewswire/ -- ...
    WASHINGTON, Oct. 26, 2025 — ...           Oct. 26, 2025 — ...

and the reprint notices wires require ("This report was originally published by
Reuters", "Source: AFP", "(Reporting by ...; Editing by ...)", "© 2025 The Associated Press").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .dates import MONTHS, DateMention, find_dates
from .outlets import agency_pattern, canonical_agency

_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
_PLACE_WORD = r"[A-Z][A-Za-z.'’\-]*"
_PLACE = rf"{_PLACE_WORD}(?:[ ]{_PLACE_WORD}){{0,3}}(?:,[ ]{_PLACE_WORD}(?:[ ]{_PLACE_WORD}){{0,2}})?"
_DATE = rf"(?:(?i:{_MONTH})\.?\s+\d{{1,2}}|\d{{1,2}}\s+(?i:{_MONTH})\.?)(?:,?\s+(?:19|20)\d\d)?"
_DASH = r"\s*(?:[-–—]{1,2}|:)\s*"

DATELINE = re.compile(
    rf"""^\s*
    (?:(?P<place>{_PLACE})\s*(?:,\s*(?P<date>{_DATE}))?\s*)?
    (?:\((?P<agency>[^()\n]{{2,40}})\)|/(?P<wire>[A-Za-z][A-Za-z .-]{{2,30}})/)?
    (?P<dash>{_DASH})
    (?=[A-Z0-9“"'‘])""",
    re.VERBOSE,
)
# CNN's credit without a dash: "(CNN) They came for a night of music and dancing."
AGENCY_OPENING = re.compile(r"^\s*\((?P<agency>[^()\n]{2,40})\)[ \t]+(?=[A-Z“\"'‘])")
DATE_ONLY_DATELINE = re.compile(rf"^\s*(?P<date>{_DATE}){_DASH}(?=[A-Z“\"'‘])", re.IGNORECASE)

_AGENCIES = agency_pattern()
_NAME = r"(?:[Tt]he[ \t]+)?[A-Z][\w&'’-]*(?:\.[A-Z][\w&'’-]*)*(?:[ \t]+(?:of[ \t]+|&[ \t]+)?[A-Z][\w&'’-]*){0,5}"

# "This report was originally published by Reuters", "first appeared on Foo News", ...
REPRINT = re.compile(
    r"\b(?:(?:was|is|were)\s+)?(?:originally|first)\s+(?:published|appeared|posted|ran|reported)\s+(?:by|on|in|at)\s+"
    rf"(?P<name>{_NAME})",
)
REPUBLISHED = re.compile(
    rf"\b(?:republished|reproduced|reprinted)\s+(?:with\s+permission\s+)?(?:from|courtesy of)\s+(?P<name>{_NAME})",
    re.IGNORECASE,
)
# credit lines standing alone near the end: "Source: AFP", "— AFP", "(With inputs from PTI)"
CREDIT = re.compile(
    rf"(?:^|\n)[ \t]*(?i:[(\[]?\s*(?:source|sources|credit|via|courtesy)\s*[:\-–—]\s*|[-–—]+\s*|\(?with inputs? from\s+|\(?additional reporting by\s+)"
    rf"(?P<name>{_AGENCIES})[ \t]*[)\]]?\.?[ \t]*(?=$|\n)",
)
# an agency's stamp on a line of its own: "Reuters Sep 18, 2013, 02.16PM IST"
STAMP_CREDIT = re.compile(
    rf"(?:^|\n)[ \t]*(?P<name>{_AGENCIES})[ \t]+{_DATE}(?:,?[ \t]+\d{{1,2}}[.:]\d{{2}}[ \t]*(?:[AaPp]\.?[Mm]\.?)?"
    r"(?:[ \t]+[A-Z]{2,4})?)?[ \t]*(?=$|\n)")
COPYRIGHT = re.compile(rf"(?:©|\(c\)|copyright)\s*(?:\d{{4}}\s+)?(?P<name>{_AGENCIES})\b", re.IGNORECASE)
# Reuters' sign-off: "(Reporting by A; Editing by B)"
REUTERS_SIGNOFF = re.compile(r"\(\s*(?:Reporting|Additional reporting|Writing) by [^)]{3,200}(?:Editing|edited) by [^)]{3,120}\)")


@dataclass
class Dateline:
    start: int
    end: int
    place: str | None
    date: DateMention | None
    agency: str | None  # canonical agency name; of a shared credit ("(KXYZ/AP)"), the first: the outlet filing
    agency_text: str | None  # as written
    #: the other names of a shared credit, whose copy the report carries ("(KXYZ/AP)": Associated Press)
    sources: tuple[str, ...] = ()


def parse_dateline(text: str) -> Dateline | None:
    """The dateline that opens ``text`` (its first paragraph), if any."""
    head = text[:400]
    m = DATELINE.match(head)
    if m and (m["agency"] or m["wire"] or m["date"] or (m["place"] and m["place"].isupper() and len(m["place"]) > 2)):
        agency_text = m["agency"] or m["wire"]
        agency = None
        sources: tuple[str, ...] = ()
        if agency_text:
            agency = canonical_agency(agency_text) or _wire_name(agency_text)
            if agency is None:
                agency, sources = _shared_credit(agency_text)
            if agency is None and not (m["date"] or m["place"]):
                return None  # "(Updated) — ..." and the like: not a dateline
        if m["place"] and not m["place"].isupper() and not (agency or m["date"]):
            return None  # "Bessent said: ..." is not a dateline
        mention = None
        if m["date"]:
            dates = find_dates(m["date"])
            if dates:
                d = dates[0]
                mention = DateMention(m.start("date") + d.start, m.start("date") + d.end, d.month, d.day, d.year)
        return Dateline(m.start(), m.end(), m["place"], mention, agency, agency_text, sources)
    m = AGENCY_OPENING.match(head)
    if m and (agency := canonical_agency(m["agency"])):
        return Dateline(m.start(), m.end(), None, None, agency, m["agency"])
    m = DATE_ONLY_DATELINE.match(head)
    if m:
        dates = find_dates(m["date"])
        if dates:
            d = dates[0]
            return Dateline(m.start(), m.end(), None, DateMention(m.start("date") + d.start, m.start("date") + d.end,
                                                                  d.month, d.day, d.year), None, None)
    return None


# a dateline standing on its own line, the date and then the place in capitals between dashes:
# "March 14, 2013-UNITED STATES-" (a mixed-case word after the dash would open a sentence)
LONE_DATELINE = re.compile(
    rf"^\s*(?P<date>{_DATE})\s*[-–—]\s*(?P<place>[A-Z][A-Z.'’]+(?:[ ]+[A-Z][A-Z.'’]+){{0,3}})\s*[-–—]\s*$",
    re.IGNORECASE,
)


def lone_dateline(line: str) -> Dateline | None:
    """A dated dateline that is a line of its own ("March 14, 2013-UNITED STATES-"); None for
    any other line, and for one without a year (it would not date the report)."""
    m = LONE_DATELINE.match(line)
    if m is None or not m["place"].isupper():
        return None
    dates = find_dates(m["date"])
    if not dates or not dates[0].year:
        return None
    d = dates[0]
    return Dateline(m.start(), m.end(), m["place"], DateMention(m.start("date") + d.start, m.start("date") + d.end,
                                                                d.month, d.day, d.year), None, None)


def _wire_name(text: str) -> str | None:
    """An unknown agency in a dateline: accept short all-capital names ("KUNA") and press wires."""
    text = text.strip()
    if re.fullmatch(r"[A-Z]{2,8}", text):
        return text
    if re.search(r"newswire|wire|globe ?newswire|business ?wire", text, re.IGNORECASE):
        return text
    return None


def _shared_credit(text: str) -> tuple[str | None, tuple[str, ...]]:
    """A credit naming the outlet and the agencies whose copy it carries: "(KXYZ/AP)",
    "(WPTV/CNN)", "(KUNA, AFP)". Every part must be a known agency or a short
    all-capital name; the first files the report."""
    parts = [p.strip() for p in re.split(r"\s*[/|+,&]\s*|\s+and\s+", text) if p.strip()]
    if len(parts) < 2:
        return None, ()
    names = [canonical_agency(p) or _wire_name(p) for p in parts]
    if not all(names):
        return None, ()
    # the station files the report whichever side it is written on: "(AP/WDTN)" as "(WDTN/AP)"
    names = sorted(names, key=lambda n: canonical_agency(n) is not None)
    unique = list(dict.fromkeys(names))
    return unique[0], tuple(unique[1:])


@dataclass
class Credit:
    name: str  # canonical where known
    kind: str  # "originally published" | "republished" | "credit line" | "copyright" | "sign-off"
    start: int


def find_credits(text: str) -> list[Credit]:
    """Every statement that the report comes from somewhere else, in text order."""
    credits: list[Credit] = []
    for pattern, kind in ((REPRINT, "originally published"), (REPUBLISHED, "republished"),
                          (CREDIT, "credit line"), (STAMP_CREDIT, "credit line"), (COPYRIGHT, "copyright")):
        for m in pattern.finditer(text):
            name = _trim_name(m["name"])
            if name:
                credits.append(Credit(canonical_agency(name) or name, kind, m.start("name")))
    for m in REUTERS_SIGNOFF.finditer(text):
        credits.append(Credit("Reuters", "sign-off", m.start()))
    credits.sort(key=lambda c: c.start)
    return credits


def _trim_name(name: str) -> str | None:
    name = re.sub(r"^the\s+(?=[A-Z])", "The ", name.strip(), flags=re.IGNORECASE)
    name = name.rstrip(".,;: ")
    # "Reuters on October 26" -> "Reuters": stop at a lower-case word or a month
    name = re.split(rf"\s+(?:on|in|at|and|with|under)\b|\s+(?:{_MONTH})\b", name)[0]
    return name if 1 < len(name) <= 60 else None
