"""Appearances: who spoke to which outlet or programme.

"Bessent told ABC’s “This Week”", "in an interview with NBC News’s “Meet the Press”",
"appearing on CBS’s “Face the Nation”", "Greer told Fox News that …", "speaking to CNN".
Each is an ``appearance`` span covering the phrase, with ``speaker`` (canonical name),
``venue`` ("ABC's This Week"), ``outlet`` ("ABC"), ``programme`` ("This Week" or None) and
``cue``.

An outlet is recognised by its shape, not by a list of the outlets of one story: a quoted
programme after a possessive ("X’s “…”") makes X an outlet; otherwise the name must look like
a news organisation (a media word such as News, Times, Radio, TV, Post, Journal, or one of the
long-standing broadcasters and agencies below).
"""

from __future__ import annotations

import re
from typing import Any

from ..doc import Doc
from ..pipeline import stage
from .speakerlinks import SOCIAL_PLATFORMS
from .speakers import PERSON_PRONOUNS, people_of, resolve_speaker

#: words that make a capitalised name a news organisation
MEDIA_WORDS = frozenset("""
News Newsroom TV Television Radio Network Networks Channel Broadcasting Broadcast Times Post
Journal Tribune Herald Gazette Daily Magazine Press Media Wire Newspaper Newswire Chronicle
Observer Guardian Telegraph Examiner Globe Standard Mail Express Independent Economist Review
Weekly Report Insider Today Sunday Radio FM AM Podcast Show Hour Live Info Online Trib
""".split())
#: broadcasters, agencies and outlets known by a bare name (general knowledge, not one story's)
KNOWN_OUTLETS = frozenset("""
ABC NBC CBS CNN CNBC MSNBC Fox BBC NPR PBS ITV Sky Reuters Bloomberg AP AFP Axios Politico
Semafor Newsmax C-SPAN Xinhua CCTV CGTN Kyodo Yonhap Nikkei NHK Al-Jazeera Aljazeera Univision
Telemundo Breitbart HuffPost Vox Fortune Forbes Time Newsweek Slate Salon Euronews DW RTE CBC
ARD ZDF RAI TASS RIA Interfax Bernama Antara Dawn NDTV WION Channel4 TF1 RT
""".split())
#: things that "appear in" an outlet without speaking there ("a 2014 study that appeared in …")
NOT_SPEAKERS = frozenset("""
study report poll survey article story paper letter analysis ad advertisement video photo image
column op-ed piece book review editorial interview clip segment documentary
""".split())
_NAME = r"[A-Z](?:[\w&\-]|\.(?=\w))*"
#: an outlet name: up to five capitalised words, "The" allowed in front
_OUTLET = rf"(?P<outlet>(?:[Tt]he\s+)?{_NAME}(?:[ \t]+(?:{_NAME}|of|and|&)){{0,4}}(?:[ \t]+\d{{1,2}}(?![\d:.,]\d))?)"
_PROGRAMME = r"(?:(?P<poss>’s|'s|’|')\s+[“\"‘](?P<programme>[^”\"’\n]{1,60}?),?[”\"’])?"
#: phrases that put a speaker in front of a news organisation
_CUE = (
    r"(?P<cue>(?i:(?:told|tells|telling|tell)"
    r"|(?:(?:in|during)\s+(?:an?|his|her|their|the)\s+(?:[\w\-]+\s+){0,2}interview\s+(?:with|on|to))"
    r"|(?:(?:an?\s+)?interview\s+(?:with|on))"
    r"|(?:interviewed\s+(?:by|on))"
    r"|(?:(?:confirmed|announced|revealed|described|explained)(?:\s+[\w'’]+){0,3}?\s+to)"
    r"|(?:(?:appearing|appeared|appears|appear|speaking|spoke|speaks|speak|talking|talked|said|says|"
    r"noted|stated|argued|added|remarked|mentioned|commented|explained|insisted|wrote|writing|"
    r"posted|posting|posts|post)"
    r"\s+(?:on|to|with|in))"
    r"|(?:\bon)))"
)
APPEARANCE_RE = re.compile(rf"\b{_CUE}\s+{_OUTLET}{_PROGRAMME}")
#: 'in a Facebook post', 'in a video posted to Instagram' is said on that network
SOCIAL_POST_RE = re.compile(
    r"\b(?P<cue>(?i:in|on|via)\s+(?i:an?|his|her|their|its|the)\s+)(?P<outlet>[A-Z][A-Za-z]+)"
    r"\s+(?:post|posting|video|message|page|profile|live|livestream|story|statement|tweet|account|feed)s?\b")
#: "told the Evening Bulletin programme on Radio Northwind", "on the Today show on NBC"
PROGRAMME_ON_RE = re.compile(
    rf"\b{_CUE}\s+the\s+(?P<programme>(?:{_NAME}\s+){{0,5}}?{_NAME})\s+"
    rf"(?:programme|program|show|podcast|broadcast|bulletin|newscast)\s+(?:on|of)\s+{_OUTLET}")
_WEAK_CUES = {"on"}


#: a newspaper known by one word of its name once "the" stands before it ("told the Trib",
#: "told the Post")
_PAPER_WORDS = frozenset("""
Trib Tribune Post Times Journal Globe Herald Gazette Inquirer Enquirer Chronicle Examiner Telegraph
Guardian Observer Sun Courier Dispatch Sentinel Bee Mail Mirror Independent Economist Express Star
""".split())


def _is_media(outlet: str, programme: str | None) -> bool:
    words = outlet.split()
    if words and words[0].lower() == "the":
        words = words[1:]
        if len(words) == 1 and words[0].strip(".,") in _PAPER_WORDS:
            return True
    if not words:
        return False
    if programme:
        return True
    bare = [w.strip(".,") for w in words]
    if len(bare) > 1 and bare[-1].isdigit():
        # a station by its channel ("News 2", "Channel 4", "KING 5")
        bare = bare[:-1]
        if len(bare) == 1 and bare[0] in MEDIA_WORDS | {"Channel", "Fox"}:
            return True
    if len(bare) == 1 and bare[0].lower() in SOCIAL_PLATFORMS:
        return True  # 'called the shooters “coward punks” on Facebook': posted there for all to read
    return any(w in MEDIA_WORDS for w in bare[1:]) or bare[0] in KNOWN_OUTLETS or (
        len(bare) > 1 and bare[-1] in MEDIA_WORDS) or (len(bare) == 1 and bool(
            _CALL_SIGN.fullmatch(bare[0]) or _JOINED_MEDIA.fullmatch(bare[0])))


#: a North American broadcaster's call sign ("KNBC", "WKBW-TV")
_CALL_SIGN = re.compile(r"[KW][A-Z]{3}(?:-(?:TV|FM|AM|DT))?")
#: a media word run onto a name ("MailOnline", "NYDailyNews")
_JOINED_MEDIA = re.compile(r"[A-Z][A-Za-z]*[a-z](?:Online|News|Times|Post|TV|Radio|Daily)")
#: days written after an outlet ("told CNN Sunday morning"): when, not which programme
_WEEKDAY = re.compile(r"\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$")


def _clean_outlet(outlet: str) -> str:
    outlet = outlet.strip().rstrip(".,")
    # "Fox News Sunday" is fine; "CNN On" / "ABC In" are the next sentence's words
    words = outlet.split()
    while len(words) > 1 and words[-1].lower() in {"of", "and", "&"}:
        words.pop()
    outlet = " ".join(words)
    # "told CNN Sunday", "told the Daily News Wednesday": the day it was said; but "Fox News Sunday"
    # and "The Mail on Sunday" are names (a media word or "on" before the day)
    day = _WEEKDAY.search(outlet)
    if day and len(words) > 1 and not (day.group(0).strip() == "Sunday" and words[-2] in MEDIA_WORDS | {"on"}):
        outlet = outlet[:day.start()]
    return outlet


def find_appearances(doc: Doc) -> list[dict[str, Any]]:
    """Appearance records (span bounds and attrs) in ``doc.text``."""
    text = doc.text
    if not text.strip():
        return []
    results: list[dict[str, Any]] = []
    taken: list[tuple[int, int]] = []
    matches = list(PROGRAMME_ON_RE.finditer(text)) + list(APPEARANCE_RE.finditer(text))
    matches += [m for m in SOCIAL_POST_RE.finditer(text) if m.group("outlet").lower() in SOCIAL_PLATFORMS]
    for match in matches:
        cue = " ".join(match.group("cue").split())
        outlet = _clean_outlet(match.group("outlet"))
        programme = match.group("programme") if "programme" in match.re.groupindex else None
        # American punctuation puts the sentence's comma or full stop inside the marks
        programme = " ".join(programme.split()).rstrip(",.;:") if programme else None
        if not _is_media(outlet, programme):
            continue
        if _own_outlet(doc, outlet):
            continue  # "told the Daily News" in the Daily News: its reporting, not an appearance
        if (cue in _WEAK_CUES or match.re is SOCIAL_POST_RE) and not programme \
                and not _speech_nearby(doc, match.start()):
            continue
        start, end = match.start("cue"), match.end()
        if programme is None or match.re is PROGRAMME_ON_RE:
            end = match.start("outlet") + len(outlet)
        if any(a < end and start < b for a, b in taken):
            continue
        speaker, s_start, s_end = _speaker_for(doc, start, end)
        if speaker is None or not _names_someone(speaker):
            continue
        # "the Financial Times" -> "Financial Times"; a capitalised "The Hill" keeps its article
        bare_outlet = re.sub(r"^the\s+", "", outlet)
        venue = f"{bare_outlet}'s {programme}" if programme else bare_outlet
        taken.append((start, end))
        results.append({
            "start": start,
            "end": end,
            "speaker": speaker,
            "speaker_start": s_start,
            "speaker_end": s_end,
            "venue": venue,
            "outlet": bare_outlet,
            "programme": programme,
            "cue": cue,
        })
    return results


def _own_outlet(doc: Doc, outlet: str) -> bool:
    """Whether ``outlet`` is the publisher of ``doc`` itself, by its metadata or its address ("told
    the Daily News" in the Daily News: the paper's own reporting)."""
    bare = re.sub(r"^the\s+", "", outlet, flags=re.I).lower()
    own = str(getattr(doc, "outlet", None) or "").lower()
    if own and (own == bare or own.startswith(bare + " ") or bare.startswith(own + " ")):
        return True
    host = re.match(r"(?:[a-z]+://)?([^/]+)", (doc.url or "").lower())
    squeezed = re.sub(r"[^a-z]", "", bare)
    return bool(host) and len(squeezed) >= 5 and squeezed in re.sub(r"[^a-z]", "", host.group(1))


def _names_someone(speaker: str) -> bool:
    """An appearance credits someone a reader can identify: "sources told the Daily News" or
    "a person familiar with the talks told Reuters" is sourcing, not anyone's appearance."""
    words = re.findall(r"[^\W\d_][\w'’.-]*", speaker)
    return any(w[0].isupper() for w in words if w.lower() not in _NOT_NAMES)


#: capitalised only because they open the phrase, or a source nobody is named as
_NOT_NAMES = {"a", "an", "the", "one", "two", "several", "some", "his", "her", "their", "its", "our", "other",
              "source", "sources", "official", "officials", "person", "people", "insider", "insiders",
              "someone", "somebody", "witness", "witnesses", "senior", "investigators", "police", "authorities",
              "officers", "deputies", "detectives", "agents", "firefighters", "residents", "neighbors",
              "neighbours", "family", "relatives", "friends"}


def _speech_nearby(doc: Doc, offset: int) -> bool:
    """A bare 'on CNN' counts only in a sentence that reports speech."""
    from .cues import SPEECH_VERBS

    sent = _sentence_at(doc, offset)
    return sent is not None and any(t.lemma_.lower() in SPEECH_VERBS and t.pos_ == "VERB" for t in sent)


def _sentence_at(doc: Doc, offset: int) -> Any | None:
    from .nlp import parse

    parsed = parse(doc)
    span = parsed.char_span(offset, min(len(doc.text), offset + 1), alignment_mode="expand")
    if span is None or not len(span):
        return None
    return span[0].sent if parsed.has_annotation("SENT_START") else parsed[:]


def _speaker_for(doc: Doc, start: int, end: int) -> tuple[str | None, int | None, int | None]:
    """Who appeared: the subject of the clause, else the nearest person in the sentence."""
    people = people_of(doc)
    sent = _sentence_at(doc, start)
    if sent is None:
        return None, None, None
    lo, hi = sent.start_char, sent.end_char
    paragraph_start = doc.text.rfind("\n", 0, start) + 1
    lo = max(lo, paragraph_start)
    # 0. the speaker of a quote whose cue verb sits right by the phrase ('“…,” Flynn, a top
    #    Trump surrogate, said Thursday on Fox News’s “Fox and Friends.”')
    near = [q for q in _quote_attributions(doc)
            if q["cue_start"] is not None and lo <= q["cue_start"] < hi and abs(q["cue_start"] - start) <= 80
            and q["speaker_start"] is not None and not (start <= q["speaker_start"] < end)]
    if near:
        q = min(near, key=lambda q: abs(q["cue_start"] - start))
        return q["speaker"], q["speaker_start"], q["speaker_end"]
    # 1. the grammatical subject of the verb the phrase hangs on, when it is a person
    cue_token = next((t for t in sent if start <= t.idx < end), None)
    node = cue_token
    for _ in range(6):
        if node is None or node.head is node:
            break
        node = node.head
        if node.pos_ in {"VERB", "AUX"}:
            from .cues import _subject_of

            subject = _subject_of(node)
            # a subject after its verb is a parse error ("…, emphasized the significance")
            if subject is not None and lo <= subject.idx < hi and subject.i < node.i:
                found = _person_at(doc, subject.idx, subject.idx + len(subject.text), subject.lower_)
                if found[0]:
                    return found
                for named in (c for c in subject.children if c.dep_ == "appos"):
                    # "Williams' publicist, Harlan Boll, confirmed …": the person the role is
                    found = _person_at(doc, named.idx, named.idx + len(named.text), named.lower_)
                    if found[0]:
                        return found
                if subject.lower_ not in PERSON_PRONOUNS and subject.pos_ in {"PROPN", "NOUN"}:
                    # not a known person: a name the NER missed ("Flynn") or a role
                    # ("Obama's former campaign strategist"), still the one who spoke
                    from .speakers import phrase_bounds

                    p_start, p_end = phrase_bounds(subject)
                    name = resolve_speaker(doc, p_start, p_end, subject.text, subject.ent_type_)
                    if (name and subject.ent_type_ not in {"GPE", "LOC", "DATE", "TIME", "NORP"}
                            and subject.lemma_.lower() not in NOT_SPEAKERS):
                        return name, p_start, p_end
            break
    # 2. the nearest person (or he/she) before the phrase in the sentence, else right after
    candidates: list[tuple[int, tuple[str | None, int | None, int | None]]] = []
    for m in people.mentions:
        if lo <= m.start < hi and not (start <= m.start < end):
            candidates.append((m.start, (m.name, m.start, m.end)))
    for t in sent:
        if t.lower_ in PERSON_PRONOUNS and t.dep_ in {"nsubj", "nsubjpass"} and t.idx >= lo:
            candidates.append((t.idx, _person_at(doc, t.idx, t.idx + len(t.text), t.lower_)))
    before = [c for c in candidates if c[0] < start and c[1][0]]
    after = [c for c in candidates if c[0] >= end and c[1][0]]
    if before:
        # the closest, unless the phrase opens its clause ("In an interview with X, Bessent said")
        return max(before, key=lambda c: c[0])[1]
    if after:
        return min(after, key=lambda c: c[0])[1]
    return None, None, None


def _quote_attributions(doc: Doc) -> list[dict[str, Any]]:
    """Speaker attributions of the quotes: the quote spans when the quotes stage ran, else computed."""
    spans = [dict(s.attrs) for s in doc.spans_of("quote")]
    if spans:
        return [q for q in spans if q.get("speaker")]
    cached = doc.cache.get("crosswire.appearances.quotes")
    if cached is None or cached[0] != doc.text:
        from .quotes import extract_quotes

        cached = (doc.text, [q for q in extract_quotes(doc) if q.get("speaker")])
        doc.cache["crosswire.appearances.quotes"] = cached
    return cached[1]


def _person_at(doc: Doc, start: int, end: int, lower: str) -> tuple[str | None, int | None, int | None]:
    people = people_of(doc)
    if lower in PERSON_PRONOUNS:
        mention = people.before(start)
        return (mention.name, start, end) if mention else (None, None, None)
    mention = people.at(start, end)
    if mention is not None:
        return mention.name, mention.start, mention.end
    name = resolve_speaker(doc, start, end)
    if name and name in people.names:
        return name, start, end
    return None, None, None


@stage("appearances", "9", requires=("text",), assigns=("appearance",))
def appearances_stage(doc: Doc) -> Doc:
    """Add an ``appearance`` span for every "X told <outlet>" / "on <outlet>’s “<programme>”"."""
    doc.drop_spans("appearance")
    for record in find_appearances(doc):
        start, end = record.pop("start"), record.pop("end")
        doc.add_span("appearance", start, end, **record)
    return doc


__all__ = ["appearances_stage", "find_appearances"]
