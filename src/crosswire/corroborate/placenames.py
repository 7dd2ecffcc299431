"""How a report writes a place's name: as a town, a part of a city, a home town or a dateline.

Small readings shared by the incident vote (:mod:`.incident`) and the mention-by-mention place
conflicts (:mod:`.places`): the key two spellings of one town share ("Mt. Holly" / "Mount Holly"),
and whether a mention says where someone lives ("a man from Harvey"), where the report was filed
("HARVEY, La. --") or names a part of a city ("the Lindenwald neighborhood").
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher
from typing import Any

from ..doc import Doc
from ..extract.localities import FORCE_AFTER, NEIGHBOURHOOD_AFTER
from .mentions import Mention

#: "Kelvin Watford, 50, of Willingboro": where someone lives, not where it happened
HOME_BEFORE = re.compile(r"\b(?:of|from)\s+$", re.I)

_CITY_ABBREVIATIONS = [(re.compile(r"\bmt\b\.?"), "mount"), (re.compile(r"\bst\b\.?"), "saint"),
                       (re.compile(r"\bft\b\.?"), "fort"), (re.compile(r"\bd\.\s?c\b\.?"), "washington"),
                       (re.compile(r"\bdc\b"), "washington")]
_CITY_KINDS = {"borough", "township", "twp", "village", "city", "town", "area"}


def city_key(name: Any) -> str:
    low = str(name or "").lower()
    for pattern, full in _CITY_ABBREVIATIONS:
        low = pattern.sub(full, low)
    return " ".join(w for w in re.findall(r"[a-z]+", low) if w not in _CITY_KINDS) or \
        " ".join(re.findall(r"[a-z]+", low))


def _near_spelling(a: str, b: str) -> bool:
    """One letter apart (a typo: "Wilimington") in a name long enough not to be another place."""
    if min(len(a), len(b)) < 6 or abs(len(a) - len(b)) > 1:
        return False
    return SequenceMatcher(None, a, b).ratio() >= 0.9


def compatible_cities(a: str, b: str) -> bool:
    """Whether two keyed place names may be one place: one name's words within the other's
    ("mount oliver" / "mount oliver borough"), or a one-letter typo."""
    wa, wb = set(a.split()), set(b.split())
    return wa <= wb or wb <= wa or _near_spelling(a, b)


def mentions_of(doc: Doc, name: str) -> list[Mention]:
    """Every place in ``doc.text`` where ``name`` is written as a word (any case)."""
    return [Mention(name, m.start(), m.end())
            for m in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", doc.text, re.I)]


def is_home(doc: Doc, at: int) -> bool:
    """Whether the name at ``at`` says where someone lives ("of Willingboro", "from Harvey")."""
    return HOME_BEFORE.search(doc.text[max(0, at - 6):at]) is not None


def home_only(doc: Doc, starts: list[int]) -> bool:
    """Whether every one of these names of a place says where someone lives."""
    return bool(starts) and all(is_home(doc, at) for at in starts)


def any_home(doc: Doc, found: list[Mention]) -> bool:
    """Whether any mention says where someone lives ("a man from Harvey")."""
    return any(is_home(doc, m.start) for m in found)


def at_dateline(doc: Doc, m: Mention) -> bool:
    return m.start < 80 and re.match(r"[ \t]*(?:,|—|–|--|\(|$)", doc.text[m.end:m.end + 4]) is not None


#: a dateline's tail after the town: its state, the outlet, then the dash ("AUBURNDALE, Tenn. --",
#: "DADEVILLE, N.C. (WBTV) —")
_DATELINE_TAIL = re.compile(r"[ \t]*(?:,[ \t]*[A-Z][\w.]*(?:[ \t][A-Z][\w.]*)?[ \t]*)?(?:\([^)\n]{0,40}\)[ \t]*)?"
                            r"(?:—|–|--?)[ \t]")


def filed_at(doc: Doc, m: Mention) -> bool:
    """Whether the name opens the report as its dateline: in capitals or at a line's start, near
    the top, before the dash ("MINNEAPOLIS - Two people ...")."""
    text = doc.text
    at_line_start = not text[text.rfind("\n", 0, m.start) + 1:m.start].strip()
    return m.start < 800 and (text[m.start:m.end].isupper() or at_line_start) and \
        _DATELINE_TAIL.match(text, m.end) is not None


def filed_or_home(doc: Doc, found: list[Mention]) -> bool:
    """Whether every mention is a dateline or a home town ("HARVEY, La. -- ... a man from Harvey")."""
    return bool(found) and all(at_dateline(doc, m) or is_home(doc, m.start) for m in found)


_COMPASS_FIRST = re.compile(r"(?:north|south|east|west)(?:east|west)?(?:ern)?\s", re.I)


def names_a_neighbourhood(doc: Doc, found: list[Mention]) -> bool:
    """Whether any mention names a part of a city ("the Lindenwald neighborhood", "the city's
    Northside"): it cannot contradict the city the others name."""
    def part_of_a_city(m: Mention) -> bool:
        after = NEIGHBOURHOOD_AFTER.match(doc.text[m.end:m.end + 20])
        # "the Lindenwald neighborhood" -- not "a Milford neighborhood" (one of the city's), "the Troy
        # area" (around a town) or a name that goes on ("the Naples Community Hospital")
        if after and after.group(0).split()[-1].lower() != "area" and \
                re.search(r"\bthe\s+$", doc.text[max(0, m.start - 5):m.start], re.I):
            return re.match(r"\s+[A-Z]", doc.text[m.end + after.end():m.end + after.end() + 3]) is None
        if _COMPASS_FIRST.match(doc.text[m.start:m.end]) and \
                re.search(r"\bthe\s+$", doc.text[max(0, m.start - 5):m.start], re.I) and \
                not re.match(r"\s+[A-Z]", doc.text[m.end:m.end + 3]):
            # "the East End", "the South Side": a part of a city, named by its side -- not "the North
            # Chicago Police Department", where "the" is the department's
            return True
        return re.search(r"\bcity['’]s\s+$", doc.text[max(0, m.start - 10):m.start], re.I) is not None

    return any(part_of_a_city(m) for m in found)


def force_only(doc: Doc, fact: dict) -> bool:
    """Whether an article's reading of the place (its ``city`` fact) is written only as the name of
    a police force ("Kokomo police said"): the force's town, which a scene in a part of it does not
    contradict."""
    evidence = fact.get("evidence") or []
    return bool(evidence) and all(FORCE_AFTER.match(doc.text, ev["end"]) for ev in evidence)
