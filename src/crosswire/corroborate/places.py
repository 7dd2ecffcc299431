"""Place-of-incident conflicts read from every mention of a place, not from one guess per article.

An article contradicts the others on the place when

* the others agree on a place: a name that one of them reads as the incident's place, that is
  more than a home town ("John Roe, 40, of Riverton") in their texts, and that at least two
  other independent sources write -- or one, when it writes it as the scene ("shot in X");
* the article never writes that place, while it places the incident somewhere no other source
  names: the town it writes in the slots the others write theirs in ("Libby police said" where
  they write "Oakland police said", "a Libby man", "north of Libby", "Libby, Calif."), its own
  reading, or a capitalised name where an incident is placed ("shot in Kissimmee", a dateline);
* and that place is stated firmly: written where the others write theirs, named twice, or once
  where the incident is placed.

Those slots also let the others agree on a town the tagger missed ("Gary police said"), and
catch an article that names the agreed place but changes another one the others all write the
same way ("in Englewood, Jonesboro police said" against "in Englewood, Chicago police said").

City, county and neighbourhood are not set against each other: a county, a region or a name
sharing a word with the others' place ("Southeast Washington" / "Washington") never dissents.
"""

from __future__ import annotations

import re

from ..doc import Doc
from ..sentences import Sentences
from .mentions import Mention, variant
from .placenames import (any_home, at_dateline, city_key, compatible_cities, filed_at, filed_or_home, force_only,
                         home_only, is_home, mentions_of, names_a_neighbourhood)
from .placeslots import (INCIDENT_WORDS, REGION_WORDS, STRONG_SLOTS, at_scene, candidate_names, firm, line_sentence,
                         lower_words, name_words, named_at_hospital, place_like, place_slots, scene_names,
                         slot_names, slotted_names, trimmed_name, whole_name_end)
from .text import content_tokens


def _dateline(doc: Doc, found: list[Mention]) -> bool:
    """A dateline or headline ("KENT, Wash. --") named again in the text -- not only as where
    someone lives ("HARVEY, La. -- Police arrested a man from Harvey"): where the report was filed
    and where a suspect is from place no incident."""
    heads = [m for m in found if at_dateline(doc, m)]
    return bool(heads) and not filed_or_home(doc, found)


def _filed_where_it_happened(by_id: dict[str, Doc], dissenter: str, own: str, named_own: list[Mention],
                             place: str, agree: dict[str, Mention]) -> bool:
    """Whether the dissenter's dateline is its statement of the place: the report names no other
    place for the incident and nobody lives there, while the others write their place as the
    scene, not in datelines alone (two datelines are two desks, not two places)."""
    doc = by_id[dissenter]
    if not any(filed_at(doc, m) for m in named_own) or any_home(doc, named_own) or \
            _placed_elsewhere(doc, own, lower_words(doc.text)) or _region_shared(doc, [by_id[a] for a in agree]):
        return False
    return any(any(place_slots(by_id[a], m.start, m.end) for m in mentions_of(by_id[a], place)) for a in agree)


def _region_shared(doc: Doc, others: list[Doc]) -> bool:
    """Whether the article names a county the others name too ("a Mason County Sheriff's
    spokesperson"): its dateline may then be any town of it (the county seat, where the sheriff
    briefs), the others' town as much as another."""
    def counties(text: str) -> set[str]:
        return {" ".join(m.group(0).split()).lower() for m in _COUNTY_NAMED.finditer(text)}

    own = counties(doc.text)
    return bool(own) and any(own & counties(d.text) for d in others)


#: a place given as a region: "a Gaston County park", "in northwestern Minnesota", "rural Clearbrook"
_COUNTY_NAMED = re.compile(r"\b[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*)?\s+(?:County|Parish)\b")
_REGION_NAMED = re.compile(_COUNTY_NAMED.pattern +
                           r"|\b(?:(?:north|south)(?:east|west)?|east|west|central|rural)(?:ern)?\s+[A-Z][a-z]+")


def _placed_elsewhere(doc: Doc, name: str, common: frozenset[str]) -> bool:
    """Whether the article places the incident other than by ``name``: another town at the scene
    or in a town slot, or a region in a sentence about the incident ("over Clearwater County")."""
    for other, start, end in candidate_names(doc, common):
        if not _related(other, name) and place_slots(doc, start, end) \
                and not names_a_neighbourhood(doc, [Mention(other, start, end)]):
            return True
    return any(INCIDENT_WORDS.search(line_sentence(doc.text, m.start(), m.end()))
               for m in _REGION_NAMED.finditer(doc.text))


def city_conflicts(docs: list[Doc], roots: dict[str, str], order: dict[str, int],
                   facts: dict[str, dict], elsewhere: set[str] | frozenset[str] = frozenset()) -> list[dict]:
    """The first article (in story order) that places the incident where no other source does,
    against the place at least two other sources name: at most one per story. Articles in
    ``elsewhere`` date their incident days away from the story's: they dissent from nothing."""
    by_id = {d.id: d for d in docs}
    # a force's town ("Aransas Pass police") is compared in town slots (below), not as a reading
    readings = {a: str(f["city"]["value"]) for a, f in facts.items()
                if (f.get("city") or {}).get("evidence") and (f.get("city") or {}).get("value")
                and not force_only(by_id[a], f["city"])}
    common = lower_words(*(d.text for d in docs))
    for dissenter in sorted(by_id, key=lambda a: order.get(a, 0)):
        if dissenter in elsewhere:
            continue
        doc = by_id[dissenter]
        root = roots.get(dissenter, dissenter)
        others = [a for a in by_id if roots.get(a, a) != root]
        majority, agree = _others_place(by_id, others, readings, roots, order, common)
        if majority is None:
            continue
        if not mentions_of(doc, majority):
            shared = _town_slots(by_id, agree)
            if any(readings.get(a) == majority for a in others):
                own = _own_places(doc, readings.get(dissenter), facts.get(dissenter), shared, common)
            else:  # a place agreed on only in town slots is contradicted only in those slots
                own = slot_names(doc, shared, common)[:2]
            if found := _dissent(by_id, dissenter, others, majority, agree, own, shared, readings):
                return [_conflict(by_id, dissenter, majority, agree, found, order, roots)]
            continue
        # the article names the place the others agree on: does it change another place they
        # all write the same way ("Seattle police" where it writes "Goleta police")?
        for place, agree_on in _secondary_places(by_id, others, majority, roots, order, common):
            if mentions_of(doc, place):
                continue
            shared = _town_slots(by_id, agree_on)
            own = [(n, m) for n, m in slot_names(doc, shared | {"scene"}, common) if not _related(n, majority)][:2]
            if found := _dissent(by_id, dissenter, others, place, agree_on, own, shared, readings, majority):
                return [_conflict(by_id, dissenter, place, agree_on, found, order, roots)]
    return []


def _dissent(by_id: dict[str, Doc], dissenter: str, others: list[str], place: str, agree: dict[str, Mention],
             own_places: list[tuple[str, Mention | None]], shared: set[str], readings: dict[str, str],
             *also_agreed: str) -> tuple[str, Mention] | None:
    """The dissenter's own place against ``place`` (which it never names): stated firmly, and
    named by no other source."""
    doc = by_id[dissenter]
    for own, evidence in own_places:
        if REGION_WORDS.search(own) or len(own) < 3 or not place_like(own):
            continue
        if any(_related(own, p) for p in (place, *also_agreed)):
            continue
        named_own = mentions_of(doc, own)
        if not named_own or home_only(doc, [m.start for m in named_own]) or names_a_neighbourhood(doc, named_own):
            continue
        in_shared_slot = any(place_slots(doc, m.start, m.end) & shared for m in named_own)
        if not in_shared_slot and not firm(doc, named_own) and not (_dateline(doc, named_own) and not any(
                mentions_of(doc, readings[a]) for a in others if a in readings)) \
                and not _filed_where_it_happened(by_id, dissenter, own, named_own, place, agree) \
                and not _same_sentence_other_place(by_id, dissenter, named_own, agree):
            continue  # a dateline alone places the incident only when nothing else does
        if any(mentions_of(by_id[a], own) for a in others):
            continue  # another source names it too: a place of the story, not a contradiction
        return own, evidence or named_own[0]
    return None


#: content words two sentences share, of all either has, for one to be the other with another place in it
SAME_SENTENCE = 0.6


def _sentence_words(doc: Doc, start: int, end: int) -> set[str]:
    """The content words of the sentence around ``start:end``, the name itself left out."""
    s, e = Sentences.of(doc).around(start, end)
    return {w for w, ws, _ in content_tokens(doc.text[s:e], s) if not start <= ws < end}


def _same_sentence_other_place(by_id: dict[str, Doc], dissenter: str, named_own: list[Mention],
                               agree: dict[str, Mention]) -> bool:
    """Whether a sentence naming the dissenter's place is, word for word, a sentence in which an
    agreeing source names the agreed place ("the home near Clarksdale" where another outlet's copy
    of the same sentence reads "the home near Bellingham"): one statement, another place."""
    doc = by_id[dissenter]
    theirs = []
    for a, first in agree.items():
        for m in mentions_of(by_id[a], first.value):
            theirs.append((by_id[a].text[max(0, m.start - 12):m.start].lower().split()[-1:],
                           _sentence_words(by_id[a], m.start, m.end)))
    for m in named_own:
        before = doc.text[max(0, m.start - 12):m.start].lower().split()[-1:]
        mine = _sentence_words(doc, m.start, m.end)
        for word_before, words in theirs:
            shared = len(mine & words)
            if word_before == before and shared >= 4 and shared >= SAME_SENTENCE * len(mine | words):
                return True
    return False


def _conflict(by_id: dict[str, Doc], dissenter: str, place: str, agree: dict[str, Mention],
              found: tuple[str, Mention], order: dict[str, int], roots: dict[str, str]) -> dict:
    own, evidence = found
    return {"slot": "city", "variants": [variant(by_id, agree, place, order, roots),
                                         variant(by_id, {dissenter: evidence}, own, order, roots)]}


def _secondary_places(by_id: dict[str, Doc], others: list[str], majority: str, roots: dict[str, str],
                      order: dict[str, int], common: frozenset[str]) -> list[tuple[str, dict[str, Mention]]]:
    """Other places two or more of the other sources write in the same town slot, and where each
    of them writes it: none a county, a home town only, or a part of the agreed place."""
    out = []
    for name in sorted(_slotted_by(by_id, others, roots, common)):
        if _related(name, majority) and not set(name_words(majority)) < set(name_words(name)):
            continue  # the agreed place at another scale -- but "York City police" is a town slot of "York"
        agree = _written_by(by_id, others, name, order)
        if agree:
            out.append((name, agree))
    return out


def _slotted_by(by_id: dict[str, Doc], articles: list[str], roots: dict[str, str],
                common: frozenset[str]) -> dict[str, set[str]]:
    """Names two or more independent sources among ``articles`` write in a town slot (or, beside
    one that does, at the scene), each with those sources; no county or region."""
    sources: dict[str, set[str]] = {}
    strong: set[str] = set()
    for a in articles:
        for name, _, _, written_in in slotted_names(by_id[a], common):
            if written_in & (STRONG_SLOTS | {"scene"}):
                sources.setdefault(name, set()).add(roots.get(a, a))
            if written_in & STRONG_SLOTS:
                strong.add(name)
    return {n: r for n, r in sources.items() if len(r) >= 2 and n in strong and not REGION_WORDS.search(n)}


def _written_by(by_id: dict[str, Doc], articles: list[str], name: str, order: dict[str, int]) -> dict[str, Mention]:
    """Where each of ``articles`` first writes ``name`` other than as a home town."""
    agree = {}
    for a in sorted(articles, key=lambda x: order.get(x, 0)):
        found = [m for m in mentions_of(by_id[a], name)
                 if not is_home(by_id[a], m.start)]
        if found:
            agree[a] = found[0]
    return agree


def _others_place(by_id: dict[str, Doc], others: list[str], readings: dict[str, str], roots: dict[str, str],
                  order: dict[str, int], common: frozenset[str]) -> tuple[str | None, dict[str, Mention]]:
    """The place the other sources agree on (a reading that two or more of them name, not only
    as a home town) and where each of them names it."""
    named: dict[str, set[str]] = {}
    for name in {readings[a] for a in others if a in readings}:
        if REGION_WORDS.search(name) or len(name) < 3:
            continue
        named[name] = {roots.get(a, a) for a in others
                       if (found := mentions_of(by_id[a], name)) and not home_only(by_id[a], [m.start for m in found])}
    # two sources naming it, or one that reads it and writes it as the scene ("shot in X"): one
    # outlet's word against another's is still a contradiction when both state a scene
    # (or in a town slot: "Peoria, Ill.", "a Peoria man")
    named = {n: r for n, r in named.items() if len(r) >= 2 or (r and any(
        firm(by_id[a], mentions_of(by_id[a], n)) or _in_town_slot(by_id[a], n)
        for a in others if readings.get(a) == n))}
    if not named:
        # no reading agreed on ("Gary police said", where the tagger saw no place): the town two
        # or more of them write in a town slot
        named = _slotted_by(by_id, others, roots, common)
    if not named:
        return None, {}
    # the most sources, then the most readings, then the most mentions ("West Side" and "San
    # Antonio": the neighbourhood and its city, whichever the article names, it names neither)
    read_by = {n: sum(1 for a in others if readings.get(a) == n) for n in named}
    written = {n: sum(len(mentions_of(by_id[a], n)) for a in others) for n in named}
    best = max(sorted(named), key=lambda n: (len(named[n]), read_by[n], written[n]))
    return best, _written_by(by_id, others, best, order)


def _in_town_slot(doc: Doc, name: str) -> bool:
    """Whether the article writes ``name`` in a town slot ("Peoria police said", "a Peoria man")."""
    return any(place_slots(doc, m.start, m.end) & STRONG_SLOTS for m in mentions_of(doc, name))


def _town_slots(by_id: dict[str, Doc], agree: dict[str, Mention]) -> set[str]:
    """The town slots, when the agreeing sources write their place in one ("Oakland police", "an
    Oakland man"): where a report writes "Libby police" instead, Libby is its town. None when they
    write it only at the scene ("shot in X"), where streets and shops stand too."""
    for a, first in agree.items():
        if any(place_slots(by_id[a], m.start, m.end) & STRONG_SLOTS for m in mentions_of(by_id[a], first.value)):
            return STRONG_SLOTS
    return set()


def _own_places(doc: Doc, reading: str | None, fact: dict | None, shared: set[str],
                common: frozenset[str]) -> list[tuple[str, Mention | None]]:
    """Where the article places the incident: the town it writes where the others write theirs
    ("Libby police said" against "Oakland police said"), its reading, else names it writes at a
    scene (not every one: "shot in X" also takes streets, shops and apartment complexes)."""
    out = slot_names(doc, shared, common)[:2]
    ev = (fact or {}).get("city", {}).get("evidence") or []
    if reading and ev:
        name, start, end = trimmed_name(doc, ev[0]["start"], whole_name_end(doc, ev[0]["start"], ev[0]["end"]), common)
        if name:  # not "Fatal" of "Fatal shooting of ..."
            out.append((reading if name == doc.text[ev[0]["start"]:ev[0]["end"]] else name, Mention(name, start, end)))
    elif reading:
        out.append((reading, None))
    # ... or, when its reading is where a hospital is ("taken to Harrison Hospital in Bremerton") or a
    # county, where it tells of the incident itself ("Four shot to death in Corinth")
    if not out or reading and (named_at_hospital(doc, ev[:1]) or REGION_WORDS.search(reading)
                               or names_a_neighbourhood(doc, mentions_of(doc, reading))):
        out += [(name, None) for name in scene_names(doc)[:2]]
    elif reading and not firm(doc, mentions_of(doc, reading)):
        # a reading never written as the scene ("Harlem", a name in passing): a town it writes as
        # the scene again and again ("Campbellsburg shootings", "Tuesday night in Campbellsburg")
        out += [(name, None) for name in scene_names(doc)
                if sum(at_scene(doc, m.start, m.end) for m in mentions_of(doc, name)) >= 2][:2]
    return [pair for i, pair in enumerate(out) if all(pair[0] != seen for seen, _ in out[:i])]


#: words many unrelated places share: "South Trenton" is no part of "South Philadelphia"
_GENERIC_PLACE_WORDS = {"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "upper",
                        "lower", "new", "old", "city", "town", "village", "heights", "park", "lake", "falls", "springs",
                        "beach", "point", "port", "mount", "saint", "fort", "valley", "hills"}


def _related(a: str, b: str) -> bool:
    """Names that may be one place at two scales or spellings ("Mt. Oliver" / "Mount Oliver")."""
    if (set(name_words(a)) & set(name_words(b))) - _GENERIC_PLACE_WORDS or \
            (set(city_key(a).split()) & set(city_key(b).split())) - _GENERIC_PLACE_WORDS:
        return True
    return compatible_cities(city_key(a), city_key(b))
