"""The quote board (who said what, merged across outlets) and appearances (who spoke where)."""

from __future__ import annotations

import functools
import re
from collections import Counter, defaultdict
from typing import Iterable

from ..doc import Doc
from .entities import EntityIndex
from .text import STOPWORDS, dedupe_evidence

#: fuzzy score (0..100) above which two renderings of one speaker's words are the same quote
SAME_QUOTE = 72


def _norm_quote(text: str) -> str:
    text = text.lower().replace("u.s.", "us").replace("\u2019", "'")
    return " ".join(re.findall(r"[a-z0-9']+", text))


def same_quote(a: str, b: str) -> bool:
    """Whether two quotes are one statement worded differently (or one cut from the other)."""
    return _same_norm(_norm_quote(a), _norm_quote(b))


@functools.lru_cache(maxsize=1)
def _fuzz():
    from rapidfuzz import fuzz  # imported on first use, once

    return fuzz


def _same_norm(na: str, nb: str, wa: frozenset | None = None, wb: frozenset | None = None) -> bool:
    fuzz = _fuzz()
    if not na or not nb:
        return False
    if na == nb:
        return True
    wa = wa if wa is not None else frozenset(na.split())
    wb = wb if wb is not None else frozenset(nb.split())
    short = min(len(wa), len(wb))
    if not short or len(wa & wb) / short < 0.3:
        return False  # cheap filter: too few shared words for any of the scores below
    if fuzz.ratio(na, nb) >= SAME_QUOTE or fuzz.token_sort_ratio(na, nb) >= SAME_QUOTE + 5:
        return True
    # one outlet quoting a part of the other's longer quote
    if short >= 5 and fuzz.partial_ratio(na, nb) >= 90:
        return True
    # ... or a few of its words, word for word ("ensconced in the bosom"): enough words that are
    # no function words to be no coincidence
    shorter, longer = sorted((na, nb), key=len)
    if short >= 3 and len(min(wa, wb, key=len) - STOPWORDS) >= 2 and f" {shorter} " in f" {longer} ":
        return True
    # one outlet quoting the words in a shorter, re-punctuated form ("We've agreed to meet later in
    # China" / "We've agreed to meet. We're going to meet them later in China"): nearly every word
    # of the shorter is in the longer; only for quotes long enough that this is no coincidence
    if len(min(wa, wb, key=len) - STOPWORDS) >= 6 and fuzz.token_set_ratio(na, nb) >= 90:
        return True
    # ... or one opening, cut or carried on otherwise ("This is just a horrible incident. There's
    # going to be ..." / "This is just a horrible incident that has happened here")
    opening = _common_opening(na.split(), nb.split())
    if len(opening) >= SAME_OPENING and len(set(opening) - STOPWORDS) >= 2:
        return True
    # ... or the shorter's words, nearly all of them, in their order with a word or two put in or
    # left out ("We believe this incident is an isolated incident" / "We believe that this incident is
    # an isolated incident, and ...")
    return _in_order_share(shorter, longer) >= IN_ORDER_SHARE


#: words two renderings of one remark open with alike, word for word
SAME_OPENING = 6


def _common_opening(a: list[str], b: list[str]) -> list[str]:
    n = 0
    while n < min(len(a), len(b)) and a[n] == b[n]:
        n += 1
    return a[:n]


#: share of the shorter quote's content words (four at least) found in the longer in their order
IN_ORDER_SHARE = 0.8


def _in_order_share(shorter: str, longer: str) -> float:
    from difflib import SequenceMatcher

    a = [w for w in shorter.split() if w not in STOPWORDS]
    b = [w for w in longer.split() if w not in STOPWORDS]
    if len(a) < 4:
        return 0.0
    matched = sum(block.size for block in SequenceMatcher(None, a, b, autojunk=False).get_matching_blocks())
    return matched / len(a)


def _same_item(x: dict, y: dict) -> bool:
    return _same_norm(x["norm"], y["norm"], x["words"], y["words"])


#: heads of a reported statement's subject that are no one who speaks: an estimate, a worry, a
#: piece of media or a record tells, nobody says ("Initial estimates indicate", "Seacom's tweet")
_NOT_SPEAKERS = frozenset("""
estimate estimates feedback concern concerns fear fears worry worries hope hopes tweet tweets post posts
video videos footage poster posters record records data figure figures evidence sign signs indication
indications rumour rumours rumor rumors speculation
""".split())


def _one_case(by_speaker: dict[str, list[dict]]) -> dict[str, list[dict]]:
    """Speakers written in two cases ("SEACOM", "Seacom") are one, under the form not in capitals
    (then the one more quotes carry)."""
    forms: dict[str, list[str]] = defaultdict(list)
    for speaker in by_speaker:
        forms[speaker.lower()].append(speaker)
    out: dict[str, list[dict]] = {}
    for names in forms.values():
        name = max(names, key=lambda n: (not n.isupper(), len(by_speaker[n]), n))
        out[name] = [dict(item, speaker=name) for n in names for item in by_speaker[n]]
    return out


def _no_speaker(speaker: str) -> bool:
    """Whether a reported statement's speaker phrase is headed by a thing that cannot speak."""
    words = speaker.lower().replace("\u2019", "'").split()
    return bool(words) and words[-1] in _NOT_SPEAKERS


def quote_board(docs: Iterable[Doc], entities: EntityIndex, order: dict[str, int]) -> list[dict]:
    """Quotes by speaker; the same words in several outlets merged, wordings kept as variants."""
    by_speaker: dict[str, list[dict]] = defaultdict(list)
    for doc in docs:
        for span in doc.spans_of("quote"):
            speaker = _joint_person(entities, span.attrs.get("speaker"))
            content = (span.attrs.get("content") or doc.span_text(span)).strip()
            if not speaker or entities.is_place(speaker) or not _said_whole(doc, span.end, content):
                continue  # a place does not speak (a dateline taken for a speaker); a scare quote is no remark
            if _station_report(speaker, span.attrs.get("cue")):
                continue  # 'NBC station KJRH reported': another newsroom's account, not a quote
            if not span.attrs.get("direct", True) and _no_speaker(speaker):
                continue  # 'initial feedback suggests ...', 'concerns grew ...': nobody said it
            # "Lohan’s attorney" and "Lohan's attorney" are one description, typed two ways
            speaker = " ".join(speaker.replace("\u2019", "'").replace("\u2018", "'").split())
            norm = _norm_quote(content)
            by_speaker[speaker].append({"article": doc.id, "speaker": speaker, "text": content,
                                        "direct": bool(span.attrs.get("direct", True)),
                                        "quote": doc.span_text(span), "norm": norm, "words": frozenset(norm.split())})
    by_speaker = _one_case(by_speaker)
    clustered: dict[str, list[list[dict]]] = {}
    for speaker, items in by_speaker.items():
        clustered[speaker] = _single_link([[item] for item in items])
    sizes = {speaker: [len(c) for c in clusters] for speaker, clusters in clustered.items()}
    _reattribute(clustered, entities)
    _join_misnamed(clustered, entities)
    # a rendering given its speaker above may be the one alike to two of that speaker's clusters
    # (clusters no rendering joined were kept apart by the first pass already)
    clustered = {speaker: _single_link(clusters) if [len(c) for c in clusters] != sizes.get(speaker) else clusters
                 for speaker, clusters in clustered.items()}
    board = [_quote_entry(speaker, cluster, order)
             for speaker, clusters in clustered.items() for cluster in clusters if cluster]
    board.sort(key=lambda q: (-len(q["sources"]), not q["direct"], q["speaker"],
                              min(order.get(s, 0) for s in q["sources"])))
    return board


def _single_link(clusters: list[list[dict]]) -> list[list[dict]]:
    """One speaker's quote clusters with any two that hold alike renderings joined: "… than I
    thought it was gonna' be" and "… than what I thought it was going to be, to say the least. …"
    meet in a third outlet's "… than what I thought it was going to be"."""
    out: list[list[dict]] = []
    for cluster in (c for c in clusters if c):
        fits = [c for c in out if any(_same_item(i, j) for i in cluster for j in c)]
        if not fits:
            out.append(list(cluster))
            continue
        fits[0].extend(cluster)
        for other in fits[1:]:
            fits[0].extend(other)
            other.clear()
        out = [c for c in out if c]
    return out


def _said_whole(doc: Doc, end: int, content: str) -> bool:
    """Whether a quote is a remark, not a phrase quoted in passing ("called it 'very extensive'"): three
    words or more, or two that end in their own punctuation ('"That's tough," Brees said')."""
    words = len(content.split())
    return words >= 3 or (words == 2 and (content.rstrip()[-1:] in ".!?" or re.match(r"\s*[,.!?]", doc.text[end:end + 2])
                                          is not None))


def _joint_person(entities: EntityIndex, speaker: str | None) -> str | None:
    """'Zadan and Meron' in one outlet, 'Craig Zadan and Neil Meron' in another: two people
    speaking together, each by the story's name for them."""
    found = entities.person(speaker)
    parts = re.split(r"\s+(?:and|&)\s+", found or "")
    if len(parts) != 2 or not all(parts):
        return found
    return " and ".join(entities.person(p) or p for p in parts)


#: a broadcaster's call sign ("KJRH", "WXIX", "KHOU-TV"), maybe after "affiliate" or "station"
_CALL_SIGN = re.compile(r"(?:.*\b(?:affiliate|station)\s+)?[KW][A-Z]{2,3}(?:-(?:TV|FM|AM|DT))?")


def _station_report(speaker: str, cue: str | None) -> bool:
    """A broadcaster's report of the news ('…, NBC station KJRH reported', 'according to CBS
    affiliate WROC'): what another newsroom reports is sourcing, no one's words."""
    lemma = (cue or "").lower()
    return bool(_CALL_SIGN.fullmatch(speaker.strip())) and lemma.startswith(("report", "accord"))


def _known_people(entities: EntityIndex) -> set[str]:
    return {name for (etype, name) in entities.records if etype == "PERSON"}


def _reattribute(clustered: dict[str, list[list[dict]]], entities: EntityIndex) -> None:
    """A quote whose speaker is no known person ("His administration") joins the same words
    attributed to a person elsewhere in the story: outlets quote a person, not a phrase."""
    known = _known_people(entities)
    people = [s for s in clustered if s in known]
    # words of each person's quote clusters, to skip clusters that share too little
    person_clusters = [(p, c) for p in people for c in clustered[p]]
    by_word: dict[str, list[int]] = defaultdict(list)
    for n, (_p, c) in enumerate(person_clusters):
        for w in frozenset().union(*(i["words"] for i in c)) - STOPWORDS:
            by_word[w].append(n)
    # 'fans', 'officials': many people, never the one person quoted elsewhere in those words
    for speaker in [s for s in clustered if s not in known and not _plural(s)]:
        for cluster in clustered[speaker]:
            shared: Counter = Counter()
            for w in frozenset().union(*(i["words"] for i in cluster)) - STOPWORDS:
                shared.update(by_word.get(w, ()))
            targets = [person_clusters[n] for n, count in shared.items() if count >= 3
                       and any(_same_item(i, j) for i in cluster for j in person_clusters[n][1])]
            if len({p for p, _ in targets}) == 1:
                targets[0][1].extend(cluster)
                cluster.clear()


def _join_misnamed(clustered: dict[str, list[list[dict]]], entities: EntityIndex) -> None:
    """The same words from two people who share a given name or a surname in two outlets ("Melvin
    Jackson" in one, "Melvin Powell" in the other) are one remark whose speaker the outlets name
    otherwise: one quote, under the speaker more outlets name, with each outlet's speaker kept."""
    known = _known_people(entities)
    people = sorted((s for s in clustered if s in known and len(s.split()) >= 2),
                    key=lambda s: -sum(len({i["article"] for i in c}) for c in clustered[s]))
    for n, speaker in enumerate(people):
        for other in people[n + 1:]:
            if not set(speaker.split()) & set(other.split()):
                continue
            for cluster in clustered[speaker]:
                for theirs in clustered[other]:
                    articles = {i["article"] for i in cluster}
                    if not theirs or articles & {i["article"] for i in theirs}:
                        continue
                    if any(len(i["words"] - STOPWORDS) >= 3 and _same_item(i, j) for i in cluster for j in theirs):
                        cluster.extend(theirs)
                        theirs.clear()


def _plural(speaker: str) -> bool:
    """A lowercase plural head noun ("fans", "his supporters"), a group rather than a person."""
    head = speaker.split()[-1] if speaker.split() else ""
    return head.islower() and head.endswith("s") and not head.endswith(("ss", "us", "is"))


def _quote_entry(speaker: str, cluster: list[dict], order: dict[str, int]) -> dict:
    # wordings that differ only in case or punctuation are one wording
    texts: dict[str, set[str]] = defaultdict(set)
    shown: dict[str, str] = {}
    for item in cluster:
        shown.setdefault(item["norm"], item["text"])
        texts[shown[item["norm"]]].add(item["article"])
    # the wording most outlets carry; direct quotes before paraphrases, then the longest
    direct = {i["text"] for i in cluster if i["direct"]}
    best = max(texts, key=lambda t: (len(texts[t]), t in direct, len(t)))
    sources = sorted({i["article"] for i in cluster}, key=lambda s: order.get(s, 0))
    named: dict[str, set[str]] = defaultdict(set)
    for item in cluster:
        named[item["speaker"]].add(item["article"])
    # outlets naming the speaker otherwise ("Melvin Jackson" / "Melvin Powell"): each name with its sources
    speakers = [{"speaker": name, "sources": sorted(arts, key=lambda x: order.get(x, 0))}
                for name, arts in sorted(named.items(), key=lambda kv: (kv[0] != speaker, -len(kv[1])))]
    return {
        "speaker": speaker,
        "text": best,
        "sources": sources,
        # the wording shown first, then the others by how many outlets carry them
        "variants": [{"text": t, "sources": sorted(s, key=lambda x: order.get(x, 0))}
                     for t, s in sorted(texts.items(), key=lambda kv: (kv[0] != best, -len(kv[1])))],
        "direct": bool(direct),
        **({"speakers": speakers} if len(speakers) > 1 else {}),
        "evidence": dedupe_evidence({"article": i["article"], "quote": i["quote"]} for i in cluster),
    }




def _key(text: str | None) -> str:
    return " ".join(re.findall(r"[a-z0-9]+", (text or "").lower().replace("\u2019", "'").replace("'s", "")))


def appearances(docs: Iterable[Doc], entities: EntityIndex, order: dict[str, int]) -> list[dict]:
    """Who spoke where, one entry per speaker and programme (or outlet), with its sources."""
    records: dict[tuple[str, str], dict] = {}
    for doc in docs:
        for span in doc.spans_of("appearance"):
            a = span.attrs
            speaker = entities.person(a.get("speaker"))
            venue = (a.get("venue") or "").strip()
            programme, outlet = (a.get("programme") or "").strip(), (a.get("outlet") or "").strip()
            if not speaker or not (venue or programme or outlet):
                continue
            place = _key(programme) or _key(outlet) or _key(venue)
            rec = records.setdefault((speaker, place), {"speaker": speaker, "venue": venue, "outlet": outlet or None,
                                                        "programme": programme or None, "sources": set(),
                                                        "evidence": []})
            if len(venue) > len(rec["venue"]):
                rec["venue"] = venue
            rec["outlet"] = rec["outlet"] or outlet or None
            rec["programme"] = rec["programme"] or programme or None
            rec["sources"].add(doc.id)
            rec["evidence"].append({"article": doc.id, "quote": doc.span_text(span)})
    # an outlet-only mention ("told ABC") joins the one programme of that outlet ("ABC's This Week")
    for (speaker, place), rec in list(records.items()):
        if rec["programme"] or not rec["outlet"]:
            continue
        targets = [r for (s, p), r in records.items() if s == speaker and r["programme"]
                   and _key(r["outlet"]) == _key(rec["outlet"])]
        if len(targets) == 1:
            targets[0]["sources"] |= rec["sources"]
            targets[0]["evidence"] += rec["evidence"]
            del records[(speaker, place)]
    out = []
    for rec in records.values():
        rec["sources"] = sorted(rec["sources"], key=lambda s: order.get(s, 0))
        rec["evidence"] = dedupe_evidence(rec["evidence"])
        if not rec["venue"]:
            rec["venue"] = " ".join(x for x in (rec["outlet"], rec["programme"]) if x)
        out.append(rec)
    out.sort(key=lambda r: (-len(r["sources"]), r["speaker"], r["venue"]))
    return out


def speaker_counts(board: list[dict]) -> Counter:
    return Counter(q["speaker"] for q in board)
