"""Quotes with speakers: direct quotes, partial quotes and reported (indirect) speech.

Every quote is a ``quote`` span (see :mod:`crosswire.doc`):

* direct quotes: the span is the quoted words without the marks, found by
  :mod:`.quotemarks`; the speaker comes from the cue verb that governs or flanks the quote
  ("“…,” Bessent said", "Li remarked, “…”", "stating, “…”"), else from the previous quote
  when a quote simply goes on ("“…,” he said. “…”"), else from a colon-introduced lead-in;
* reported speech: a cue verb with a clausal complement ("Bessent said China would…",
  "Greer told Fox News that…") or "according to X"; the span is the reported clause and
  ``direct`` is False.

Speakers are resolved by :mod:`.speakers`: canonical full names, pronouns to the nearest
person, role nouns to the person who held that role earlier in the article.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Iterable

from ..doc import Doc
from ..pipeline import stage
from .quotemarks import Quoted, find_quotes
from .speakers import people_of, phrase_bounds, resolve_speaker

#: verbs that introduce what someone said or wrote (lemmas)
SPEECH_VERBS = frozenset("""
say tell add note state claim argue assert insist explain announce report write warn suggest
acknowledge admit concede agree deny confirm predict estimate remark mention emphasize emphasise
stress reiterate declare tweet post reply respond answer ask urge recall contend maintain observe
indicate signal reveal complain question promise pledge vow threaten testify allege charge lament
joke quip boast brag conclude caution counter continue describe call term dub label praise criticize
criticise accuse blame tout highlight demand plead exclaim shout yell scream chant whisper mutter
admonish concur echo affirm proclaim recount relate tell outline disclose inform advise assure
""".split())
#: the plain verbs of saying: preferred over weaker cues when a quote hangs on several
STRONG_SPEECH_VERBS = frozenset("""
say tell add note state claim argue assert insist explain announce write warn remark mention
emphasize emphasise stress reiterate declare tweet reply respond answer recall contend testify
exclaim shout yell scream whisper mutter continue
""".split())
#: verbs of thought and finding that PolNeAR-style attribution also counts (reported only)
COGNITION_VERBS = frozenset("""
think believe know feel fear hope expect worry doubt understand realize realise recognize
recognise learn hear find show estimate conclude decide suspect wonder assume guess imagine
suppose reckon sense acknowledge insist
""".split())
#: verbs whose object (not a clause) is what is said: "described the talks as “candid”"
NAMING_VERBS = frozenset({"describe", "call", "term", "dub", "label", "brand"})
#: how far after a closing mark a trailing attribution may start ("," + name + verb)
TRAIL_TOKENS = 12


@dataclass
class Attribution:
    speaker: str | None
    speaker_start: int | None
    speaker_end: int | None
    cue: str | None
    cue_start: int | None = None


def _is_cue(token: Any, lemmas: frozenset[str] = SPEECH_VERBS) -> bool:
    return token.pos_ in {"VERB", "AUX"} and token.lemma_.lower() in lemmas or (
        token.lemma_.lower() in lemmas and token.tag_.startswith("VB")
    )


def _inside(offset: int, spans: Iterable[tuple[int, int]]) -> bool:
    return any(a <= offset < b for a, b in spans)


def _subject_of(verb: Any) -> Any | None:
    """The grammatical subject of a cue verb, climbing through participles and conjuncts."""
    node = verb
    for _ in range(4):
        for child in node.children:
            if child.dep_ in {"nsubj", "nsubjpass"}:
                return child
        if node.dep_ in {"advcl", "xcomp", "conj", "acl", "pcomp", "ccomp", "parataxis"} and node.head is not node:
            # "..., stating “…”": the one who states is the subject of the clause it hangs on;
            # a ccomp only counts when the verb is a participle ("…, saying")
            if node.dep_ == "ccomp" and node.tag_ != "VBG":
                return None
            node = node.head
            continue
        return None
    return None


def _inverted_subject(verb: Any, stop: int) -> Any | None:
    """``said Bessent`` / ``added the official``: a noun right after the cue verb."""
    for token in verb.doc[verb.i + 1:min(stop, verb.i + 6)]:
        if token.is_punct:
            break
        if token.pos_ in {"PROPN", "NOUN"} and token.dep_ in {"nsubj", "dobj", "attr", "npadvmod", "appos", "compound", "dep"}:
            head = token
            while head.dep_ == "compound" and head.head.i > head.i:
                head = head.head
            return head
    return None


def _attribution(doc: Doc, verb: Any, *, allow_inverted_until: int | None = None) -> Attribution:
    subject = _subject_of(verb)
    if subject is None and allow_inverted_until is not None:
        subject = _inverted_subject(verb, allow_inverted_until)
    if subject is not None and not _same_paragraph(doc.text, subject.idx, verb.idx):
        subject = None  # a headline glued to the sentence by the parser
        mention = people_of(doc).before(verb.idx, subjects_first=False, window=60)
        if mention is not None and _same_paragraph(doc.text, mention.start, verb.idx):
            return Attribution(mention.name, mention.start, mention.end, verb.text, verb.idx)
    if subject is None:
        return Attribution(None, None, None, verb.text, verb.idx)
    start, end = phrase_bounds(subject)
    # never let a speaker phrase run across a paragraph break (headlines glued to a sentence)
    newline = doc.text.rfind("\n", start, end)
    if newline >= 0:
        start = newline + 1
        if subject.idx < start:
            return Attribution(None, None, None, verb.text, verb.idx)
    speaker = resolve_speaker(doc, start, end, subject.text, subject.ent_type_)
    return Attribution(speaker, start, end, verb.text, verb.idx)


def _window(parsed: Any, start: int, end: int) -> tuple[int, int]:
    """Token range of the sentences overlapping [start, end), plus a trailing lowercase tail."""
    first = parsed.char_span(start, max(start + 1, end), alignment_mode="expand")
    if first is None:
        return 0, len(parsed)
    sents = list(parsed.sents) if parsed.has_annotation("SENT_START") else [parsed[:]]
    lo, hi = first.start, first.end
    for sent in sents:
        if sent.end > first.start and sent.start < first.end:
            lo, hi = min(lo, sent.start), max(hi, sent.end)
    # the parser often cuts '“…,” he said.' after the closing mark: take the tail back
    for sent in sents:
        if sent.start == hi:
            head = next((t for t in sent if not t.is_punct and not t.is_space), None)
            if head is not None and (head.is_lower or head.pos_ == "PRON" or any(_is_cue(t) for t in sent[:6])):
                hi = sent.end
            break
    return lo, hi


#: surface forms that are verbs of saying whatever tag the parser gave them
SAID_FORMS = frozenset("""
said says say told tells added adds asked asks wrote writes explained explains noted notes
recalled insisted argued continued replied responded declared stated remarked tweeted reads
""".split())
_SPEAKER_PHRASE_STOP = re.compile(r"[.!?;:“”\"‘’()\[\]\n]|—|–|''")
_DASH_SOURCE = re.compile(r"[ \t\xa0]*[―—–-][ \t\xa0]*([A-Z][^\n,.;:!?“”\"]{1,60})")
_TRAILING_WORDS = 10
#: words that open a new clause after a quote, so what follows is not its attribution
_CONNECTORS = frozenset("while whereas and but although though because as when which who that if so or".split())


def _said_token(token: Any) -> bool:
    return token.lower_ in SAID_FORMS or _is_cue(token)


def _text_speaker(doc: Doc, start: int, end: int, cue: Any) -> Attribution | None:
    """A speaker phrase taken from the words themselves (the parse of quotes is often wrong)."""
    start, end = _trim(doc.text, start, end)
    while start < end and doc.text[start] in ",":
        start += 1
    start, end = _trim(doc.text, start, end)
    if end - start < 1 or _SPEAKER_PHRASE_STOP.search(doc.text, start, end):
        return None
    words = doc.text[start:end].split()
    if not words or len(words) > _TRAILING_WORDS:
        return None
    # the speaker is the phrase up to an apposition's comma ("Mr. King, 82,"): keep it whole,
    # but resolve the name from its first part
    head_end = doc.text.find(",", start, end)
    name_end = head_end if head_end > start else end
    speaker = resolve_speaker(doc, start, name_end)
    return Attribution(speaker, start, end, cue.text if cue is not None else None,
                       cue.idx if cue is not None else None)


def _adjacent_attribution(doc: Doc, parsed: Any, quote: Quoted, hi: int) -> Attribution | None:
    """'“…,” Tulsa police Chief Chuck Jordan said', '“…,” said Mr. Acton', '“…” ― Jane Roe',
    'Li remarked, “…”': the attribution written right against the marks."""
    text = doc.text
    dash = _DASH_SOURCE.match(text, quote.close)
    if dash and (text.find("\n", dash.end()) == dash.end() or dash.end() == len(text)
                 or text[dash.end():dash.end() + 1] in ".,"):
        return _text_speaker(doc, dash.start(1), dash.end(1), None)
    # a trailing attribution follows a quote that ends on a comma (or ?, !, a dash): '“…,” he
    # said'; after a full stop the next words start a new sentence
    last = text[quote.end - 1:quote.end] if quote.end > quote.start else ""
    after_mark = text[quote.close:quote.close + 1]
    trailing_ok = last in {",", "?", "!", "—", "–", "-"} or after_mark == ","
    follow = parsed.char_span(quote.close, min(len(text), quote.close + 400), alignment_mode="expand")
    if follow is not None and trailing_ok:
        for k, tok in enumerate(follow):
            if tok.i >= hi or k > _TRAILING_WORDS + 1 or tok.text in {".", "!", "?", "“", '"', "\n"} or "\n" in tok.text:
                break
            if k <= 1 and tok.lower_ in _CONNECTORS:
                break  # '“candid,” while Bessent termed them …': a new clause, not an attribution
            if _said_token(tok) and tok.tag_ != "VBG":
                if k == 0 or (k == 1 and follow[0].text == ","):
                    # inverted: '“…,” said Mr. Holtz-Eakin.' -> the words after the verb
                    after = tok.idx + len(tok.text)
                    stop = _SPEAKER_PHRASE_STOP.search(text, after)
                    end = stop.start() if stop else len(text)
                    comma = text.find(",", after, end)
                    return _text_speaker(doc, after, comma if comma > after else end, tok)
                subject = _subject_of(tok)
                if subject is not None and quote.close <= subject.idx < tok.idx:
                    return _attribution(doc, tok)
                return _text_speaker(doc, quote.close, tok.idx, tok)
    # before: 'Li remarked, “…”' / 'He said: “…”' / 'Said Ellis: “…”'
    lead = parsed.char_span(max(0, quote.open - 200), quote.open, alignment_mode="contract")
    if lead is not None and len(lead):
        tokens = [t for t in lead if not t.is_space]
        while tokens and tokens[-1].text in {",", ":", "—", "–"}:
            tokens.pop()
        if tokens and _said_token(tokens[-1]) and tokens[-1].tag_ != "VBG":
            cue = tokens[-1]
            subject = _subject_of(cue)
            if subject is not None and subject.i < cue.i and _same_paragraph(text, subject.idx, cue.idx):
                return _attribution(doc, cue)
            clause_start = max((t.idx + len(t.text) for t in tokens[:-1]
                                if t.text in {".", ";", ":", "!", "?", "”", "“", '"'} or "\n" in t.text),
                               default=tokens[0].idx)
            found = _text_speaker(doc, clause_start, cue.idx, cue)
            if found is not None:
                return found
        boundary = max((k for k, t in enumerate(tokens)
                        if t.text in {".", ";", "!", "?", "”", "“", '"'} or "\n" in t.text), default=-1)
        clause = tokens[boundary + 1:]
        if len(clause) >= 2 and _said_token(clause[0]) and clause[0].is_title:
            # 'Said Ellis: “…”'
            return _text_speaker(doc, clause[1].idx, clause[-1].idx + len(clause[-1].text), clause[0])
    return None


def _direct_attribution(doc: Doc, parsed: Any, quote: Quoted, quoted: list[tuple[int, int]]) -> Attribution | None:
    """Who said a direct quote: a governing cue verb, else one flanking the quote."""
    lo, hi = _window(parsed, quote.open, quote.close)
    adjacent = _adjacent_attribution(doc, parsed, quote, hi)
    if adjacent is not None:
        return adjacent
    tokens = [t for t in parsed[lo:hi] if not _inside(t.idx, quoted)]
    cues = [t for t in tokens if _is_cue(t)]
    inner = [t for t in parsed[lo:hi] if quote.start <= t.idx < quote.end]
    # 1. a cue verb the quote hangs on in the parse; a plain verb of saying higher up beats
    #    a weaker cue in between ("agreed on a “…” framework, Bessent said")
    best, best_rank = None, (9, 99)
    for tok in inner:
        node, depth = tok, 0
        while node.head is not node and depth < 10:
            node, depth = node.head, depth + 1
            if quote.start <= node.idx < quote.end:
                continue
            if node in cues:
                rank = (0 if node.lemma_.lower() in STRONG_SPEECH_VERBS else 1, depth)
                if rank < best_rank:
                    best, best_rank = node, rank
    # 2. a cue right after the closing mark ("…,” Bessent said) or before the opening one
    if best is None:
        after = [t for t in cues if t.idx >= quote.close and _no_quote_between(quote.close, t.idx, quoted)]
        before = [t for t in cues if t.idx < quote.open and _no_quote_between(t.idx, quote.open, quoted)]
        after = [t for t in after if len(doc.text[quote.close:t.idx].split()) <= TRAIL_TOKENS]
        if after:
            best = after[0]
        elif before:
            best = before[-1]
    if best is None:
        # 3. a partial quote inside a clause: the clause's subject ("Li described … “candid”")
        return _clause_attribution(doc, inner, quote)
    return _attribution(doc, best, allow_inverted_until=min(hi, best.i + 6))


def _no_quote_between(a: int, b: int, quoted: list[tuple[int, int]]) -> bool:
    return not any(a <= s and e <= b for s, e in quoted)


def _clause_attribution(doc: Doc, inner: list[Any], quote: Quoted) -> Attribution | None:
    """The subject of the verb a partial quote is embedded in, when that verb is a naming verb."""
    for tok in inner:
        node = tok
        for _ in range(6):
            if node.head is node:
                break
            node = node.head
            if quote.start <= node.idx < quote.end:
                continue
            if node.pos_ == "VERB":
                if node.lemma_.lower() in NAMING_VERBS | SPEECH_VERBS:
                    return _attribution(doc, node)
                return None
    return None


def _colon_lead_in(doc: Doc, parsed: Any, quote: Quoted) -> Attribution | None:
    """'McCrummen reports:' ending the previous paragraph introduces the quote."""
    before = doc.text[:quote.open].rstrip()
    if not before.endswith(":"):
        return None
    colon = len(before) - 1
    span = parsed.char_span(max(0, colon - 1), colon + 1, alignment_mode="expand")
    if span is None:
        return None
    sent = span[0].sent
    cues = [t for t in sent if _is_cue(t)]
    return _attribution(doc, cues[-1]) if cues else None


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Drop surrounding spaces and the trailing comma a quotation carries into its marks."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",;:—–-"):
        end -= 1
    return start, end


def direct_quotes(doc: Doc) -> list[dict[str, Any]]:
    """Direct quotes with their attributions (dicts ready for :meth:`Doc.add_span`)."""
    from .nlp import parse

    text = doc.text
    marks = find_quotes(text)
    if not marks:
        return []
    parsed = parse(doc)
    quoted = [(q.open, q.close) for q in marks]
    results: list[dict[str, Any]] = []
    previous: tuple[Quoted, Attribution] | None = None
    for quote in marks:
        start, end = _trim(text, quote.start, quote.end)
        if start >= end or not any(ch.isalnum() for ch in text[start:end]) or looks_like_title(text[start:end], text[max(0, quote.open - 4):quote.open]):
            continue
        attribution = _direct_attribution(doc, parsed, quote, quoted)
        if attribution is None and previous is not None and _continues(text, previous[0], quote, previous[1]):
            attribution = previous[1]
        if attribution is None:
            attribution = _colon_lead_in(doc, parsed, quote)
        if attribution is None:
            attribution = Attribution(None, None, None, None)
        previous = (quote, attribution)
        results.append(_quote_record(doc, start, end, attribution, direct=True))
    return results


_TITLE_SMALL_WORDS = frozenset("a an the of and or in on at to for with by from as vs".split())


def looks_like_title(content: str, before: str = "") -> bool:
    """A short Title Case phrase in quotes names a work or programme (“Meet the Press”), not speech.

    ``before`` is the text just before the opening mark: one capitalised word is a title only
    after a possessive ("CBS’s “Sunday”"), since a one-word quote is often speech (“Unacceptable”).
    """
    words = content.strip().rstrip(",").split()
    if not words or len(words) > 7 or content.strip()[-1:] in ".!?":
        return False
    if len(words) == 1 and not before.rstrip().endswith(("’s", "'s", "s’", "s'")):
        return False
    if not words[0][:1].isupper():
        return False
    return all(w[:1].isupper() or w[:1].isdigit() or w.lower() in _TITLE_SMALL_WORDS for w in words)


def _continues(text: str, prev: Quoted, quote: Quoted, att: Attribution) -> bool:
    """True when only the previous quote's attribution (or a paragraph break) separates two
    quotes: '“…,” he said. “…”', '“…,” said Victor Cha, a Korea scholar at … . “…”'."""
    gap = text[prev.close:quote.open]
    if gap.count("\n\n") > 1:
        return False
    if not gap.strip():
        return True
    if att.speaker_start is not None and prev.close <= att.speaker_start < quote.open:
        # the gap is the attribution sentence itself: nothing after its full stop
        tail = text[att.speaker_end:quote.open]
        return "\n" not in gap.strip() and len(re.findall(r"[.!?]\s", tail)) <= 1 and len(gap) <= 300
    return len(gap.split()) <= 8 and len(gap) <= 120


def _quote_record(doc: Doc, start: int, end: int, att: Attribution, *, direct: bool) -> dict[str, Any]:
    people = people_of(doc)
    is_person = att.speaker is not None and att.speaker in people.names
    return {
        "start": start,
        "end": end,
        "speaker": att.speaker,
        "speaker_start": att.speaker_start,
        "speaker_end": att.speaker_end,
        "speaker_is_person": is_person,
        "cue": att.cue,
        "cue_start": att.cue_start,
        "direct": direct,
        "kind": "direct" if direct else "reported",
        "content": doc.text[start:end],
    }


def reported_speech(doc: Doc, direct: list[dict[str, Any]] | None = None) -> list[dict[str, Any]]:
    """Indirect speech: a cue verb's clausal complement, and 'according to X' sentences.

    A report nested in another one's content ("Bessent said he believes …") is folded into
    the outer one, so each stretch of text is attributed once.
    """
    from .nlp import parse

    parsed = parse(doc)
    marks = find_quotes(doc.text)
    speech = [(q.open, q.close) for q in marks
              if not looks_like_title(doc.text[q.start:q.end], doc.text[max(0, q.open - 4):q.open])]
    all_marks = [(q.open, q.close) for q in marks]
    results: list[dict[str, Any]] = []
    for token in parsed:
        if _inside(token.idx, speech):
            continue
        if token.lower_ == "according" and any(c.lower_ == "to" for c in token.children):
            record = _according_to(doc, token)
        elif _is_cue(token, SPEECH_VERBS | COGNITION_VERBS):
            record = _clausal_report(doc, token, speech, all_marks)
        else:
            record = None
        if record is not None:
            results.append(record)
    return _fold_nested(results)


def _clip_to_paragraph(text: str, anchor: int, start: int, end: int) -> tuple[int, int]:
    """Keep [start, end) inside the paragraph holding ``anchor`` (the parser glues headlines on)."""
    p_start = text.rfind("\n", 0, anchor) + 1
    p_end = text.find("\n", anchor)
    p_end = len(text) if p_end < 0 else p_end
    return max(start, p_start), min(end, p_end)


def _same_paragraph(text: str, a: int, b: int) -> bool:
    lo, hi = min(a, b), max(a, b)
    return "\n" not in text[lo:hi]


def _complement(text: str, verb: Any) -> Any | None:
    """The clause a cue verb reports: its ccomp in the same paragraph, or the 'that' clause the
    parser hung on the addressee ("told Fox News that …", parsed as a relative clause)."""
    for child in verb.children:
        if child.dep_ == "ccomp" and _same_paragraph(text, verb.idx, child.idx):
            return child
    for child in verb.children:
        if child.dep_ in {"dobj", "dative"}:
            for node in child.subtree:
                if node.dep_ in {"relcl", "acl"} and any(
                        c.dep_ == "mark" and c.lower_ == "that" for c in node.children):
                    return node
    return None


def _clausal_report(doc: Doc, verb: Any, speech: list[tuple[int, int]],
                    all_marks: list[tuple[int, int]]) -> dict[str, Any] | None:
    text = doc.text
    complement = _complement(text, verb)
    if complement is None:
        return _bare_report(doc, verb, speech)
    start = complement.left_edge.idx
    last = complement.right_edge
    end = last.idx + len(last.text)
    start, end = _clip_to_paragraph(text, verb.idx, start, end)
    # a quoted title straddling the start ("noted on NBC’s “Meet the Press” that …")
    for a, b in all_marks:
        if a < start < b or (a == start and b < end and verb.idx < start):
            start = max(start, b) if (a, b) not in speech else start
    start, end = _trim_clause(text, start, end)
    if end - start < 3:
        return None
    # a direct quote already carries these words: do not report them twice
    if any(a <= start < b for a, b in speech) or _inside(start - 1, speech):
        return None
    covered = sum(max(0, min(end, b) - max(start, a)) for a, b in speech)
    if covered > 0.5 * (end - start):
        return None
    att = _attribution(doc, verb)
    if att.speaker_start is None:
        return None
    if start <= att.speaker_start < end:
        return None
    return _quote_record(doc, start, end, att, direct=False)


def _bare_report(doc: Doc, verb: Any, speech: list[tuple[int, int]]) -> dict[str, Any] | None:
    """'…, Graham said, since …' / 'The museum, Mr. Bush said, celebrated …': a verb of saying
    with no complement of its own reports the rest of its sentence."""
    if not (verb.lower_ in SAID_FORMS or verb.lemma_.lower() in STRONG_SPEECH_VERBS):
        return None
    if verb.tag_ == "VBG" or any(c.dep_ in {"dobj", "xcomp", "ccomp", "dative", "attr"} for c in verb.children):
        return None
    text = doc.text
    sent = verb.sent
    s_start, s_end = _clip_to_paragraph(text, verb.idx, sent.start_char, sent.end_char)
    att = _attribution(doc, verb)
    if att.speaker_start is None or not (s_start <= att.speaker_start < s_end):
        return None
    phrase_start = min(att.speaker_start, verb.idx)
    comma = text.find(",", verb.idx, s_end)
    phrase_end = comma if comma >= 0 else s_end
    sides = [_trim_clause(text, s_start, phrase_start), _trim_clause(text, phrase_end, s_end)]
    def quoted_share(a: int, b: int) -> float:
        return sum(max(0, min(b, qe) - max(a, qs)) for qs, qe in speech) / max(1, b - a)

    # the side a direct quote does not already carry, the longer one if both qualify
    sides = [(a, b) for a, b in sides if b - a >= 12 and len(text[a:b].split()) >= 3
             and quoted_share(a, b) <= 0.3 and not _inside(a, speech)]
    if not sides:
        return None
    start, end = max(sides, key=lambda b: b[1] - b[0])
    return _quote_record(doc, start, end, att, direct=False)


def _according_to(doc: Doc, according: Any) -> dict[str, Any] | None:
    to = next(c for c in according.children if c.lower_ == "to")
    source = next((c for c in to.children if c.dep_ == "pobj"), None)
    if source is None:
        return None
    s_start, s_end = phrase_bounds(source)
    phrase_start = according.idx
    phrase_end = source.right_edge.idx + len(source.right_edge.text)
    sent = according.sent
    left = _clip_to_paragraph(doc.text, phrase_start, sent.start_char, phrase_start)
    right = _clip_to_paragraph(doc.text, phrase_start, phrase_end, sent.end_char)
    start, end = max(left, right, key=lambda b: len(doc.text[b[0]:b[1]].strip(" ,.")))
    start, end = _trim_clause(doc.text, start, end)
    if end - start < 3:
        return None
    speaker = resolve_speaker(doc, s_start, s_end, source.text, source.ent_type_)
    att = Attribution(speaker, s_start, s_end, "according to", according.idx)
    return _quote_record(doc, start, end, att, direct=False)


def _trim_clause(text: str, start: int, end: int) -> tuple[int, int]:
    start, end = _trim(text, start, end)
    while end > start and text[end - 1] in ".!?”\"’":
        end -= 1
    while start < end and text[start] in ",“\"‘":
        start += 1
    return _trim(text, start, end)


def extract_quotes(doc: Doc, scope: str = "speech") -> list[dict[str, Any]]:
    """Direct quotes first, then reported speech, each a dict of span bounds and attrs.

    ``scope="attribution"`` also returns stances, intentions and findings ("called for …",
    "wants to …", "a poll shows …") and "Name: …" headlines, the wider notion of
    attribution corpora such as PolNeAR (see :mod:`.attributions`).
    """
    if scope not in {"speech", "attribution"}:
        raise ValueError(f"scope must be 'speech' or 'attribution', not {scope!r}")
    if not doc.text.strip():
        return []
    direct = direct_quotes(doc)
    reported = reported_speech(doc, direct)
    if scope == "attribution":
        from .attributions import headline_reports, stance_reports

        speech = [(q["start"], q["end"]) for q in direct]
        taken = [(q["cue_start"], q["cue_start"]) for q in direct + reported if q["cue_start"] is not None]
        extra = stance_reports(doc, taken, speech) + headline_reports(doc)
        reported = _fold_nested(reported + extra)
    return direct + reported


def _fold_nested(records: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Drop reports whose cue lies inside a longer report's content (one attribution per stretch)."""
    return [r for r in records if not any(
        o is not r and r["cue_start"] is not None and o["start"] <= r["cue_start"] < o["end"]
        and (o["end"] - o["start"]) > (r["end"] - r["start"]) for o in records)]


@stage("quotes", "1", requires=("text",), assigns=("quote",))
def quotes_stage(doc: Doc) -> Doc:
    """Add a ``quote`` span for every direct quote and every piece of reported speech."""
    doc.spans = [s for s in doc.spans if s.label != "quote"]
    for record in extract_quotes(doc):
        start, end = record.pop("start"), record.pop("end")
        doc.add_span("quote", start, end, **record)
    return doc


__all__ = ["quotes_stage", "extract_quotes", "direct_quotes", "reported_speech", "SPEECH_VERBS"]
