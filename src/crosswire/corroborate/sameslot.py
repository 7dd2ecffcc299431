"""Whether two groups of claims state one slot: the rules the aligner applies before it calls two
figures one fact or a contradiction (the same statement, the same place of reference, the same
counted thing, the same day of writing), kept apart from the grouping itself."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..values import Amount
from .claims import Claim
from .days import ACT_VERB
from .text import content_tokens, dates_a_statement

if TYPE_CHECKING:
    from .align import Group


#: evidence sentences at least this alike (IDF cosine) for two figures to be one statement: real
#: contradictions on ECB+ stories and the seed/demo corpora score 0.49-1.0; different statistics of
#: one story mostly 0.05-0.5
SAME_STATEMENT = 0.5
#: ... and for two days, whose sentences are worded more freely ("meet on Thursday during APEC" /
#: "the meeting on October 26 during the APEC summit" scores 0.54): below this they tell of two
#: acts ("today revoked a Bush-era rule" / "On January 30, Obama signed an order", 0.08)
SAME_STATEMENT_DAY = 0.25

_FIGURE = re.compile(r"(?<![\w.])\d[\d,.]*|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|"
                     r"twelve|dozen)\b", re.IGNORECASE)
#: words of a figure, left out when comparing statements (the figures are what differs)
NUMBER_TOKEN = re.compile(rf"{_FIGURE.pattern}|\b(?:dozens|hundreds?|thousands?|millions?|billions?)\b", re.IGNORECASE)


def stat_line(evidence: str) -> bool:
    """A sentence with four or more figures ("29 of 34 passes for 364 yards and three touchdowns")
    is a list of statistics: which figure stands for what is too uncertain to contradict."""
    return len(_FIGURE.findall(evidence)) >= 4


#: counted nouns whose figure belongs to one person (times shot, counts charged), stemmed
PER_PERSON_NOUNS = {"time", "count"}


_PART_AFTER = re.compile(r"\s+(?:of\s+(?:the|his|her|their|them|its|our)\b|others?\b|more\b|additional\b|"
                         r"older\b|younger\b)|\s*(?:to|-|\u2013)\s*\d", re.I)
_RANGE_BEFORE = re.compile(r"\d\s*(?:to|-|\u2013|or)\s*$", re.I)


def partial_claim(c: Claim) -> bool:
    """An amount that is a part of a figure or one end of a range."""
    if not isinstance(c.value, Amount):
        return False
    at, to = c.start - c.ev_start, c.end - c.ev_start
    return bool(_PART_AFTER.match(c.evidence[to:to + 20]) or _RANGE_BEFORE.search(c.evidence[max(0, at - 8):at]))


#: "20 miles north of Santa Rosa": a distance measured from a named place
_FROM_PLACE = re.compile(r"\s*(?:(?:(?:north|south|east|west)(?:-?(?:north|south|east|west))?(?:east|west)?|"
                         r"(?:up|down)stream|offshore|outside|away)\s+(?:of|from)|from)\s+(?:the\s+)?"
                         r"(?P<place>[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)*)")


def _places_after(g: Group, pattern: re.Pattern[str], every: bool) -> set[str]:
    """The places ``pattern`` names right after the group's values; with ``every``, empty unless
    each claim names one."""
    places = set()
    for c in g.claims:
        m = pattern.match(c.evidence, c.end - c.ev_start)
        if m:
            places.add(m.group("place").lower())
        elif every:
            return set()
    return places


def reference_place(c: Claim) -> str | None:
    """The place one claim's distance is measured from ("26 miles from Santa Rosa")."""
    m = _FROM_PLACE.match(c.evidence, c.end - c.ev_start)
    return m.group("place").lower() if m else None


def reference_places(g: Group) -> set[str]:
    """The places the group's distances are measured from (empty when none is named)."""
    return _places_after(g, _FROM_PLACE, every=False)


#: the place a figure is counted in: "10 houses were damaged in Takengon"
_IN_PLACE = re.compile(r"[^.;:!?]{0,60}?\bin\s+(?:the\s+)?(?!(?:January|February|March|April|May|June|July|August|"
                       r"September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|"
                       r"Sunday)\b)(?P<place>[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)*)")


def scope_places(g: Group) -> set[str]:
    """The places the group's figures are counted in (empty unless every claim names one)."""
    return _places_after(g, _IN_PLACE, every=True)


def counted_nouns(claims: list[Claim]) -> set[str]:
    return {c.noun for c in claims if c.noun}


#: words for one's relative written after an age ("his 11-year-old son"): a story's son is one person
RELATIVE_NOUNS = frozenset({"son", "daughter", "stepson", "stepdaughter", "grandson", "granddaughter", "nephew",
                            "niece", "brother", "sister", "husband", "wife", "father", "mother", "stepfather",
                            "stepmother", "grandfather", "grandmother", "boyfriend", "girlfriend"})


#: ... and the words for a child that may name that relative too ("An 11-year-old boy is recovering")
_CHILD_OF = {"son": {"boy"}, "stepson": {"boy"}, "grandson": {"boy"}, "nephew": {"boy"},
             "daughter": {"girl"}, "stepdaughter": {"girl"}, "granddaughter": {"girl"}, "niece": {"girl"}}
_ANY_CHILD = {"child", "baby", "toddler", "infant", "teen", "teenager"}


def one_relative(g: Group, h: Group) -> bool:
    """Whether two groups of ages give the age of one relative: both count the same word for a
    relative ("his 11-year-old son" / "Pizzolato's 10-year-old son"), and nothing else but a word
    for a child that fits it ("An 11-year-old boy is recovering")."""
    ours, theirs = {c.noun for c in g.claims}, {c.noun for c in h.claims}
    relatives = ours & theirs & RELATIVE_NOUNS
    if len(relatives) != 1:
        return False
    relative = next(iter(relatives))
    return (ours | theirs) <= {relative} | _CHILD_OF.get(relative, set()) | _ANY_CHILD


def nouns_agree(claim: Claim, g: Group) -> bool:
    nouns = counted_nouns(g.claims)
    return not claim.noun or not nouns or claim.noun in nouns


def nouns_agree_groups(g: Group, h: Group) -> bool:
    a, b = counted_nouns(g.claims), counted_nouns(h.claims)
    return not a or not b or bool(a & b)


def _offsets(g: Group) -> set[int] | None:
    """Days between each claim's date and its article's date; None unless all are relative."""
    from datetime import date

    out = set()
    for c in g.claims:
        if not c.relative or not c.ref_date or c.value.precision != "day":
            return None
        out.add((date.fromisoformat(c.value.iso) - date.fromisoformat(c.ref_date[:10])).days)
    return out


def relative_apart(g: Group, h: Group) -> bool:
    """Every date of ``g`` was resolved from a relative word ("Wednesday") against a publication
    day that none of ``h``'s articles shares."""
    # "November 24" with an inferred year is pinned; "Wednesday" or "next week" is not
    if not all(c.relative and not any(ch.isdigit() for ch in c.surface) for c in g.claims):
        return False
    return not {c.ref_date for c in g.claims} & {c.ref_date for c in h.claims}


def same_relative_offset(g: Group, h: Group) -> bool:
    a, b = _offsets(g), _offsets(h)
    return bool(a and b and a & b)


_WEEKDAY = re.compile(r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b", re.I)
#: what is planned, not what happened
_PLANNED = re.compile(r"\b(?:scheduled|slated|(?:is|are|was|were)\s+set|set\s+for|will|would|shall|upcoming|"
                      r"(?:expected|due|plans?|planned|intends?|going)\s+to|to\s+be\s+held|next\s+\w+)\b", re.I)
#: a date written before the event it dates ("the March 9 shooting", "Saturday's game")
_EVENT_AFTER = re.compile(r"(?:['’]s)?\s+(?:(?!(?:in|of|for|at|on|to|and|after|with|that|when)\b)[\w-]+\s+){0,2}?"
                          r"(?:shootings?|killings?|slayings?|stabbings?|homicides?|murders?|ambush|attack|crash|"
                          r"games?|meeting|hearing|funeral|vigil)\b", re.I)


def weekdays(g: Group) -> set[str]:
    """The weekday every claim of the group writes and nothing more precise ("Saturday"), else empty."""
    names = set()
    for c in g.claims:
        found = _WEEKDAY.findall(c.surface)
        if not c.relative or any(ch.isdigit() for ch in c.surface) or len(found) != 1:
            return set()
        names.add(found[0].lower())
    return names if len(names) == 1 else set()


def written_weekdays(g: Group) -> set[str]:
    """The weekdays any claim of the group writes as its day ("died Saturday")."""
    return {name.lower() for c in g.claims if c.relative for name in _WEEKDAY.findall(c.surface)}


def planned(g: Group) -> bool:
    """Every claim of the group tells of something planned ("is scheduled for", "will")."""
    return all(_PLANNED.search(c.evidence) for c in g.claims)


def names_event(g: Group) -> bool:
    """Every claim's date stands before the event it dates ("the March 9 shooting")."""
    return all(_EVENT_AFTER.match(c.evidence, c.end - c.ev_start) for c in g.claims)


#: a step of the courts told just before a day ("were indicted Thursday", "sentenced Monday")
_LEGAL_STEP = re.compile(r"\b(?:indict\w*|arraign\w*|sentenc\w*|plead\w*|pled|convicted|acquitted|booked)\b", re.I)


def dates_legal_step(g: Group) -> bool:
    """Every claim's date is the day of a step of the courts told just before it, in its clause:
    the day of the step, not of the act it is about."""
    def step(c: Claim) -> bool:
        before = re.split(r"[,.;:\n]", c.evidence[max(0, c.start - c.ev_start - 45):c.start - c.ev_start])[-1]
        found = list(_LEGAL_STEP.finditer(before))
        # ... unless the clause goes on to the act ("charged with shooting 6 people Monday")
        return bool(found) and not ACT_VERB.search(before, found[-1].end())
    return all(step(c) for c in g.claims)


def dates_statements(g: Group) -> bool:
    """Every claim's date is the day someone spoke ("police said Sunday")."""
    return all(dates_a_statement(c.evidence, c.start - c.ev_start, c.end - c.ev_start, 0, len(c.evidence))
               for c in g.claims)


def year_guessed(g: Group) -> bool:
    """No claim of the group wrote the year out: it was inferred from the article's date."""
    return year_guessed_claims(g.claims)


def year_guessed_claims(claims: list[Claim]) -> bool:
    return not any(re.search(r"\b(1[89]|2[01])\d\d\b", c.surface) for c in claims)


_CURRENCY = re.compile(r"[A-Z]{3}")


def single_measure(value: object) -> bool:
    """Whether the value is a measure of one thing: a quake's magnitude, a sum of money, a share,
    a place's population.
    Not a count (people, yards, points, rifles: a story counts many things, in parts and totals,
    in lines of statistics), nor a date."""
    return isinstance(value, Amount) and (value.unit in ("magnitude", "%", "residents")
                                          or bool(_CURRENCY.fullmatch(value.unit)))


_POPULATION_OF = re.compile(r"\b([A-Z][\w'\u2019-]*(?:\s+[A-Za-z][\w'\u2019-]*){0,2}?),?\s+(?:(?:is|was)\s+)?"
                            r"(?:home\s+to|(?:with\s+)?(?:a|its)\s+population\s+of)\s")


def population_places(g: Group) -> set[str]:
    """The places whose population the group's sentences give ("Qeshm Island, home to 200,000
    people"): a population belongs to its place, so two outlets giving one place's size state one
    thing however the rest of their sentences read."""
    return {m.group(1) for c in g.claims if isinstance(c.value, Amount) and c.value.unit == "residents"
            for m in _POPULATION_OF.finditer(c.evidence)}


def same_population_place(g: Group, h: Group) -> str | None:
    """The place both groups give the population of, as the first writes it, if any."""
    theirs = {p.lower() for p in population_places(h)}
    return next((p for p in sorted(population_places(g)) if p.lower() in theirs), None)


def measures(g: Group) -> bool:
    """Whether every value of the group is a :func:`single_measure`."""
    return all(single_measure(v) for v in g.values)


def normalized_words(sentence: str, value: str) -> tuple[str, ...]:
    """A sentence's words without its value, to tell the same sentence with another figure."""
    return tuple(t[0] for t in content_tokens(sentence.replace(value, " ")))
