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
from typing import Any

from ..doc import Doc
from ..pipeline import stage
from .cues import (
    COGNITION_VERBS, NAMING_VERBS, SAID_FORMS, SPEECH_VERBS, STRONG_SPEECH_VERBS, Attribution,
    _attribution, _author_of, _fold_nested, _inside, _is_cue, _quote_record, _same_paragraph, _subject_of, _trim,
    cue_lemma,
)
from .quotelabels import _colon_speaker, _parenthetical_speaker, _person_role
from .quotemarks import Quoted, find_quotes, quotes_a_title
from .reported import reported_speech
from .speakers import people_of, phrase_bounds, resolve_speaker
from .transcripts import block_quotes, merge_turns, transcript_turns


#: how far after a closing mark a trailing attribution may start ("," + name + verb)
TRAIL_TOKENS = 12


def _window(parsed: Any, start: int, end: int) -> tuple[int, int]:
    """Token range of the sentences overlapping [start, end), plus a trailing lowercase tail."""
    first = parsed.char_span(start, max(start + 1, end), alignment_mode="expand")
    if first is None or not len(first):
        return 0, len(parsed)
    if not parsed.has_annotation("SENT_START"):
        return 0, len(parsed)
    lo, hi = first[0].sent.start, max(first.end, first[-1].sent.end)
    # the parser often cuts '“…,” he said.' after the closing mark: take the tail back
    if hi < len(parsed):
        sent = parsed[hi].sent
        head = next((t for t in sent if not t.is_punct and not t.is_space), None)
        if head is not None and (head.is_lower or head.pos_ == "PRON" or any(_is_cue(t) for t in sent[:6])):
            hi = sent.end
    return lo, hi


def _paragraph_window(text: str, parsed: Any, quote: Quoted, lo: int, hi: int) -> tuple[int, int]:
    """The token range kept inside the paragraphs the quote spans: the parser runs a quote-only
    paragraph into the next one ('“… from the ground up.”\\n\\nPeter Gross … said, “…”'), whose
    cue is not this quote's."""
    p_start = text.rfind("\n", 0, quote.open) + 1
    p_end = text.find("\n", quote.close)
    p_end = len(text) if p_end < 0 else p_end
    while lo < hi and parsed[lo].idx < p_start:
        lo += 1
    while hi > lo and parsed[hi - 1].idx >= p_end:
        hi -= 1
    return lo, hi


# (an apostrophe inside a word is none: "said Hale’s cousin Joseph Simmons")
_SPEAKER_PHRASE_STOP = re.compile(r"[.!?;:“”\"‘()\[\]\n]|(?<!\w)’|’(?!\w)|—|–|''")
#: words that open a clause or name the medium after a speaker ("… when contacted by Reuters",
#: "… in a statement")
_CLAUSE_OPENER = re.compile(r"\s(?:(?:when|while|after|before|because|although|though|as|if|since|about|regarding)\b|"
                            r"(?:in|with)\s+regards?\s+to\b|referring\s+to\b|speaking\s+(?:of|about)\b|"
                            r"(?:in|on)\s+(?:an?|his|her|their|its)\s+(?:[\w-]+\s+)?(?:statement|interview|e-?mail|"
                            r"release|post|tweet|letter|video|speech|briefing)s?\b)")
#: a lawmaker's party and state after the name: "(D-Md.)", "(R-Texas)", "(I-Vt.)"
_AFFILIATION = re.compile(r"\([DRI]-[A-Z][A-Za-z.]{1,12}\)")


def _title_before(token: Any) -> bool:
    """A title or an initial whose full stop the tokenizer split off ("No", "Rep", "F")."""
    return token.lower_ in _ABBREVIATIONS or (len(token.text) == 1 and token.text.isupper())


def _phrase_stop(text: str, start: int, end: int | None = None) -> int | None:
    """Where a speaker phrase ends: the first stop mark, except the full stop of a title or an
    initial ("said state Rep. Earl Ehrhart", "said Juror No. 8", "said John F. Kerry")."""
    end = len(text) if end is None else end
    skip_to = start
    for m in _SPEAKER_PHRASE_STOP.finditer(text, start, end):
        if m.start() < skip_to:
            continue
        if m.group() == "(" and (affiliation := _AFFILIATION.match(text, m.start())):
            skip_to = affiliation.end()  # 'Rep. Elijah E. Cummings (D-Md.) said'
            continue
        if m.group() == "." and m.start() + 1 < len(text) and text[m.start() + 1] == " ":
            word = re.search(r"(\S+)$", text[start:m.start()])
            if word and (word.group(1).lower() in _ABBREVIATIONS or re.fullmatch(r"[A-Z]", word.group(1))):
                continue
        return m.start()
    return None


#: a source that is someone's page or document: "the Office of the Surgeon General's Web site"
_OWNED_SOURCE = re.compile(r"(?:’s|'s|s’|s')\s+(?:official\s+)?(?:[Ww]eb\s?site|website|site|page|account|profile|"
                           r"statement|report|release|post|blog|feed)s?\s*$")
#: a bare document or page taken for a speaker
_DOCUMENT_ONLY = re.compile(r"(?:(?:the|a|an|its|his|her|their)\s+)?(?:[\w-]+\s+)?(?:web\s?site|website|site|page|"
                            r"account|profile|statement|report|release|post|blog|feed|records?|documents?)")


_DASH_SOURCE = re.compile(r"[ \t\xa0]*[―—–-][ \t\xa0]*([A-Z][^\n,.;:!?“”\"]{1,60})")


#: a signature line under a quote that ends its paragraph: '“…”\n\n- Bernie Sanders.'
_DASH_LINE = re.compile(r"[ \t\xa0]*\n\s*[―—–-][ \t\xa0]*([A-Z][^\n,.;:!?“”\"]{1,60}?)[ \t]*\.?[ \t]*(?:\n|$)")


_TRAILING_WORDS = 10
#: lowercase words a speaker phrase may open with ("the spokesman", "his aide", "he")
_PHRASE_OPENERS = frozenset("""
the a an his her their its our my your this that these those one two three some many several
both all another other each he she they we i you who former top senior local state federal
""".split())


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
    if end - start < 1 or _phrase_stop(doc.text, start, end) is not None:
        return None
    words = doc.text[start:end].split()
    if not words or len(words) > _TRAILING_WORDS:
        return None
    if words[0][:1].islower() and words[0].lower() not in _PHRASE_OPENERS:
        return None  # 'denounced her record and said': a clause, not a speaker
    # the mention is the whole phrase ("Mr. King, 82,"); the name comes from its first part,
    # or from the part that names a person ("his top aide, Tad Devine,")
    parts, pos = [], start
    for piece in doc.text[start:end].split(","):
        if piece.strip():
            a, b = _trim(doc.text, pos, pos + len(piece))
            parts.append((a, b))
        pos += len(piece) + 1
    people = people_of(doc)
    named = next(((a, b) for a, b in parts if (m := people.at(a, b)) is not None
                  and m.start >= a and m.end <= b), None)
    a, b = named or (parts[0] if parts else (start, end))
    affiliation = _AFFILIATION.search(doc.text, a, b)
    if affiliation is not None:
        b = _trim(doc.text, a, affiliation.start())[1]  # the name without its "(D-Md.)"
    speaker = resolve_speaker(doc, a, b)
    return Attribution(speaker, start, end, cue.text if cue is not None else None,
                       cue.idx if cue is not None else None)


def _named_after_descriptor(doc: Doc, after: int, comma: int, end: int, cue: Any) -> Attribution | None:
    """'said his aunt, Jamila Hanna.', 'added another aunt of Barley's, Melody Scott.': an inverted
    speaker that describes someone and then names them is the person named."""
    text = doc.text
    if comma <= after:
        return None
    first = text[after:comma].split()
    if not first or len(first) > 8:
        return None
    # 'explained Baptiste grandmother, Laura,': a capitalised word may open the description
    # when its head is a word for a person
    person_head = first[-1][:1].islower() and _person_role(first[-1])
    if not (first[0][:1].islower() or person_head):
        return None
    stop = text.find(",", comma + 1, end)
    stop = end if stop < 0 else stop
    a, b = _trim(text, comma + 1, stop)
    mention = people_of(doc).at(a, b)
    if mention is not None and mention.start <= a + 1 and b - mention.end <= 1:
        return Attribution(mention.name, _trim(text, after, comma)[0], b, cue.text, cue.idx)
    if person_head and re.fullmatch(r"[A-Z][\w’'\-]+(?:[ \t]+[A-Z][\w’'\-]+){0,2}", text[a:b]):
        return Attribution(resolve_speaker(doc, a, b), a, b, cue.text, cue.idx)
    return None


def _may_trail(text: str, quote: Quoted) -> bool:
    """A trailing attribution follows a quote that ends on a comma (or ?, !, a dash): '“…,” he
    said'; after a full stop the next words start a new sentence."""
    inner = text[quote.start:quote.end].rstrip("’' \t\xa0")  # '“… ‘He’s the ringleader,’” Sexton said'
    last = inner[-1:]
    return last in {",", "?", "!", "—", "–", "-"} or text[quote.close:quote.close + 1] == ","


#: a participle of saying right before the opening mark ("…, saying, “", "…, adding: “")
_PARTICIPLE_LEAD = re.compile(r",[ \t]+(saying|adding|writing)[ \t]*[,:]?[ \t]*$")


def _adjacent_attribution(doc: Doc, parsed: Any, quote: Quoted, hi: int) -> Attribution | None:
    """'“…,” Tulsa police Chief Chuck Jordan said', '“…,” said Mr. Acton', '“…” ― Jane Roe',
    'Li remarked, “…”': the attribution written right against the marks."""
    text = doc.text
    lead = _PARTICIPLE_LEAD.search(text, max(0, quote.open - 40), quote.open)
    if lead is not None:
        # 'made a video afterward, saying, “…,” authorities said': the one saying it spoke; the
        # trailing cue tells who reported that
        span = parsed.char_span(lead.start(1), lead.end(1))
        if span is not None and len(span) == 1:
            found = _attribution(doc, span[0])
            if found is not None and found.speaker is not None and found.speaker_start is not None \
                    and found.speaker_start < lead.start(1):
                return found
    dash = _DASH_SOURCE.match(text, quote.close)
    if dash and (text.find("\n", dash.end()) == dash.end() or dash.end() == len(text)
                 or text[dash.end():dash.end() + 1] in ".,"):
        return _text_speaker(doc, dash.start(1), dash.end(1), None)
    line = _DASH_LINE.match(text, quote.close)
    if line and len(line.group(1).split()) <= 6:
        return _text_speaker(doc, line.start(1), line.end(1), None)
    trailing_ok = _may_trail(text, quote)
    follow = parsed.char_span(quote.close, min(len(text), quote.close + 400), alignment_mode="expand")
    if follow is not None and trailing_ok:
        for k, tok in enumerate(follow):
            if tok.text == "." and k > 0 and (_title_before(follow[k - 1]) or (
                    k + 1 < len(follow) and follow[k + 1].text == ")")):
                continue  # '“…,” Juror No. 12 said', 'Rep. Cummings (D-Md.) said': no sentence ends
            if tok.i >= hi or k > _TRAILING_WORDS + 1 or tok.text in {".", "!", "?", "“", '"', "\n"} or "\n" in tok.text:
                break
            if k <= 1 and tok.lower_ in _CONNECTORS:
                break  # '“candid,” while Bessent termed them …': a new clause, not an attribution
            if k <= 1 and tok.lower_ == "according" and k + 1 < len(follow) and follow[k + 1].lower_ == "to":
                # '… was “deliberately seeking out these individuals,” according to Troy police
                # Lt. Gerry Scherlinck.': the source named after the quote is its speaker
                after = follow[k + 1].idx + 2
                stop = _phrase_stop(text, after)
                end = stop if stop is not None else len(text)
                comma = text.find(",", after, end)
                end = comma if comma > after else end
                # 'according to the Office of the Surgeon General's Web site': the site's owner;
                # 'according to a statement' names no one
                owned = _OWNED_SOURCE.search(text, after, end)
                if owned is not None and owned.end() >= _trim(text, after, end)[1]:
                    end = owned.start()
                found = _text_speaker(doc, after, end, tok)
                if found is not None and found.speaker is not None and not _DOCUMENT_ONLY.fullmatch(
                        found.speaker.lower()):
                    return Attribution(found.speaker, found.speaker_start, found.speaker_end, "according to", tok.idx)
                break
            if _said_token(tok) and tok.tag_ != "VBG":
                if k == 0 or (k == 1 and follow[0].text == ","):
                    # inverted: '“…,” said Mr. Holtz-Eakin.' -> the words after the verb
                    after = tok.idx + len(tok.text)
                    stop = _phrase_stop(text, after)
                    end = stop if stop is not None else len(text)
                    comma = text.find(",", after, end)
                    named = _named_after_descriptor(doc, after, comma, end, tok)
                    if named is not None:
                        return named
                    end = comma if comma > after else end
                    # 'said a WeWork spokesperson when contacted by Reuters': the speaker ends at a new clause
                    clause = _CLAUSE_OPENER.search(text, after, end)
                    return _text_speaker(doc, after, clause.start() if clause else end, tok)
                subject = _subject_of(tok)
                # a full stop parsed as the subject ("Juror No. 12 said") leaves it to the words
                if subject is not None and quote.close <= subject.idx < tok.idx and not subject.is_punct:
                    return _attribution(doc, tok)
                found = _text_speaker(doc, quote.close, tok.idx, tok)
                if found is None and subject is not None and subject.idx < quote.open and subject.sent == tok.sent:
                    # 'Trump summed up Clinton as “terrible,” denounced … and said …': a verb
                    # conjoined to the one before the quote shares its subject
                    return _attribution(doc, tok)
                return found
    if trailing_ok:
        verbless = _verbless_source(doc, parsed, quote)
        if verbless is not None:
            return verbless
    labelled = _colon_speaker(doc, quote) or _parenthetical_speaker(doc, quote)
    if labelled is not None:
        return labelled
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
            # 'Speaking after the talks, Trump said, “…”': the speaker follows the last comma
            comma = text.rfind(",", clause_start, cue.idx)
            if comma >= 0 and text[comma + 1:cue.idx].strip():
                clause_start = comma + 1
            found = _text_speaker(doc, clause_start, cue.idx, cue)
            if found is not None:
                return found
        boundary = max((k for k, t in enumerate(tokens)
                        if t.text in {".", ";", "!", "?", "”", "“", '"'}
                        or (k + 1 < len(tokens) and "\n" in text[t.idx:tokens[k + 1].idx])), default=-1)
        clause = tokens[boundary + 1:]
        if len(clause) >= 2 and _said_token(clause[0]) and clause[0].is_title:
            # 'Said Ellis: “…”'
            return _text_speaker(doc, clause[1].idx, clause[-1].idx + len(clause[-1].text), clause[0])
    return None


def _verbless_source(doc: Doc, parsed: Any, quote: Quoted) -> Attribution | None:
    """'“This is not normal …,” the Rev. Maurice Trent of Light House Church.': a person named
    after the quote with no verb, closing the paragraph, is its speaker (the "said" left out)."""
    text = doc.text
    start = quote.close + (text[quote.close:quote.close + 1] == ",")
    stop = _phrase_stop(text, start)
    if stop is None or text[stop] != "." or text[stop + 1:].split("\n", 1)[0].strip():
        return None
    a, b = _trim(text, start, stop)
    span = parsed.char_span(a, b, alignment_mode="expand")
    if span is None or not 1 <= len(span) <= 12 or any(t.pos_ in {"VERB", "AUX"} for t in span):
        return None
    mention = people_of(doc).at(a, b)
    if mention is None or mention.start < a:
        return None
    return _text_speaker(doc, a, mention.end, None)  # the name without its "of Light House Church"


def _direct_attribution(doc: Doc, parsed: Any, quote: Quoted, quoted: list[tuple[int, int]]) -> Attribution | None:
    """Who said a direct quote: a governing cue verb, else one flanking the quote."""
    lo, hi = _paragraph_window(doc.text, parsed, quote, *_window(parsed, quote.open, quote.close))
    adjacent = _adjacent_attribution(doc, parsed, quote, hi)
    if adjacent is not None:
        return adjacent
    tokens = [t for t in parsed[lo:hi] if not _inside(t.idx, quoted)]
    aside = _aside_before(doc.text, parsed[lo].idx if lo < len(parsed) else 0, quote.open)
    cues = [t for t in tokens if _is_cue(t) and not (aside and aside[0] <= t.idx < aside[1])]
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
                rank = (0 if cue_lemma(node) in STRONG_SPEECH_VERBS else 1, depth)
                if rank < best_rank:
                    best, best_rank = node, rank
    # 2. a cue right after the closing mark ("…,” Bessent said) or before the opening one
    if best is None:
        after = [t for t in cues if t.idx >= quote.close and _no_quote_between(quote.close, t.idx, quoted)
                 and _may_trail(doc.text, quote)]
        before = [t for t in cues if t.idx < quote.open and _no_quote_between(t.idx, quote.open, quoted)]
        after = [t for t in after if len(doc.text[quote.close:t.idx].split()) <= TRAIL_TOKENS]
        if after:
            best = after[0]
        elif before:
            best = before[-1]
    if best is None:
        # 3. a partial quote inside a clause: the clause's subject ("Li described … “candid”")
        return _clause_attribution(doc, inner, quote)
    found = _attribution(doc, best, allow_inverted_until=min(hi, best.i + 6))
    if found.speaker_start is not None and quote.open <= found.speaker_start < quote.close:
        return None  # the parse took a word of the quote itself for the speaker
    return found


#: an aside between dashes: 'White told The Post — where Heller said she was … — “I hear …”'
_DASH_ASIDE = re.compile(r"[—–]\s[^—–\n]{3,400}?\s[—–]\s*$")


def _aside_before(text: str, lo: int, open_: int) -> tuple[int, int] | None:
    """The dash-enclosed aside that ends right before a quote: its cue verbs speak for the aside,
    not for the quote after it."""
    m = _DASH_ASIDE.search(text, max(lo, open_ - 420), open_)
    return (m.start(), m.end()) if m else None


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
                if not (_same_paragraph(doc.text, node.idx, quote.open)
                        or _same_paragraph(doc.text, node.idx, quote.close)):
                    return None  # a quote-only paragraph the parser ran into the next one
                if cue_lemma(node) in NAMING_VERBS | SPEECH_VERBS:
                    return _attribution(doc, node)
                return None
    return None


#: a heading over a speaker's quotes: "Quotes from Sheriff Walton", "Statement by Mayor Ganim"
_QUOTES_FROM = re.compile(r"[ \t]*(?:(?:more|some|key|full)[ \t]+)?(?:quotes?|statements?|comments?|remarks?|excerpts?)"
                          r"[ \t]+(?:from|by)[ \t]+(?P<who>[^\n:]{2,80})[ \t]*$", re.I)


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
    # a parse may run the lead-in's sentence on into the quote: only a cue before the colon leads in
    cues = [t for t in sent if t.idx < colon and _is_cue(t)]
    if cues:
        return _attribution(doc, cues[-1])
    # 'Quotes from Sheriff Walton:' heading the quotes that follow
    line_start = before.rfind("\n", 0, colon) + 1
    header = _QUOTES_FROM.match(before, line_start, colon)
    if header:
        named = [m for m in people_of(doc).mentions if header.start("who") <= m.start and m.end <= colon]
        if named:
            return Attribution(named[-1].name, named[-1].start, named[-1].end, ":", colon)
    # 'Planned Parenthood … released a statement in response to the shooting:' speaks for its author
    for token in reversed(list(sent)):
        author = _author_of(token) if token.dep_ == "dobj" else None
        if author is not None:
            a, b = phrase_bounds(author)
            speaker = resolve_speaker(doc, a, b, author.text, author.ent_type_)
            if speaker not in people_of(doc).names:
                # 'The president of Planned Parenthood Vicki Cowart issues a statement:'
                right = author.right_edge.idx + len(author.right_edge.text)
                named = [m for m in people_of(doc).mentions if a <= m.start and m.end <= right]
                if named:
                    return Attribution(named[-1].name, named[-1].start, named[-1].end, token.text, token.idx)
            return Attribution(speaker, a, b, token.text, token.idx)
    return None


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
        if start >= end or not any(ch.isalnum() for ch in text[start:end]) or quotes_a_title(text, quote):
            continue
        attribution = _direct_attribution(doc, parsed, quote, quoted)
        if attribution is None and previous is not None and _continues(text, previous[0], quote, previous[1]):
            attribution = previous[1]
        if attribution is None:
            attribution = _colon_lead_in(doc, parsed, quote)
        if attribution is None:
            attribution = Attribution(None, None, None, None)
        previous = (quote, attribution)
        if attribution.cue == ":" and _interview_question(text, quote, attribution):
            continue
        results.append(_quote_record(doc, start, end, attribution, direct=True))
    return results


#: words whose full stop ends no sentence ("Sen. Robert P. Casey Jr. (D-Pa.)", "the U.S. Chamber")
_ABBREVIATIONS = frozenset("""
mr mrs ms dr sen rep gov jr sr st lt gen col sgt capt inc co corp ltd no vs etc prof rev pres
det cpl maj adm insp supt cmdr atty
""".split())


def _sentence_ends(text: str) -> int:
    """Full stops, question and exclamation marks that end a sentence (not "U.S.", "Jr.", "P.")."""
    count = 0
    for m in re.finditer(r"(\S*)[.!?](?=[\s”\"’)]|$)", text):
        word = m.group(1).lstrip("(“\"‘")
        if m.group(0).endswith(".") and (
                "." in word or word.lower() in _ABBREVIATIONS or (len(word) == 1 and word.isupper())):
            continue
        count += 1
    return count


def _interview_question(text: str, quote: Quoted, att: Attribution) -> bool:
    """'Rachel Spotts: “Are you satisfied with the outcome?”' followed by 'Anita Barley: “Most
    definitely …”': in a question-and-answer layout a turn that only asks is the interviewer's
    question, not a statement of the story."""
    inner = text[quote.start:quote.end].strip(" \t’'”\"")
    if not inner.endswith("?") or re.search(r"[.!](?:\s|$)", inner[:-1]):
        return False
    following = text[quote.close:quote.close + 400]
    m = re.match(r"[^\n]*\n\s*(?P<who>[A-Z][^\n:“\"]{1,80}):[ \t]*[“\"]", following)
    return m is not None and att.speaker_start is not None and \
        m.group("who").split(",")[0].strip() != text[att.speaker_start:att.speaker_end].strip()


def _in_heading(text: str, quote: Quoted) -> bool:
    """'Club has had ‘challenges in the past’' on a line of its own: a subheading, whose quoted
    words go on from no one's quote before it (a short line that ends in no full stop)."""
    p_start = text.rfind("\n", 0, quote.open) + 1
    p_end = text.find("\n", quote.close)
    line = text[p_start:len(text) if p_end < 0 else p_end].strip()
    if not line or len(line.split()) > 14:
        return False
    if line[0] in "“\"‘'" and text[quote.open] == line[0] and p_start + len(text[p_start:]) - len(text[p_start:].lstrip()) == quote.open:
        return False  # a quote opening its own paragraph goes on from the one before
    return line.rstrip("”\"’'")[-1:] not in ".!?,:;…-—"


def _continues(text: str, prev: Quoted, quote: Quoted, att: Attribution) -> bool:
    """True when only the previous quote's attribution (or a paragraph break) separates two
    quotes: '“…,” he said. “…”', '“…,” said Victor Cha, a Korea scholar at … . “…”'."""
    gap = text[prev.close:quote.open]
    if gap.count("\n\n") > 1 or _in_heading(text, quote):
        return False
    if not gap.strip():
        return True
    if att.speaker_start is not None and prev.close <= att.speaker_start < quote.open:
        # the gap is the attribution sentence itself: nothing after its full stop
        tail = text[att.speaker_end:quote.open]
        return "\n" not in gap.strip() and _sentence_ends(tail) <= 1 and len(gap) <= 300
    return len(gap.split()) <= 8 and len(gap) <= 120


def _after_reported_speech(doc: Doc, direct: list[dict[str, Any]], reported: list[dict[str, Any]]) -> None:
    """'Coan, Santilli’s attorney, argues that his client never encouraged violence. “The
    government is alleging …”': an unattributed quote right after a sentence of reported
    speech goes on in that speaker's words (the quote records are updated in place)."""
    text = doc.text
    for quote in direct:
        if quote["speaker_start"] is not None:
            continue
        before = [r for r in reported if r["end"] <= quote["start"] and r["speaker_start"] is not None]
        if not before:
            continue
        report = max(before, key=lambda r: r["end"])
        gap = text[report["end"]:quote["start"]]
        if (len(gap) > 40 or gap.count("\n\n") > 1 or _sentence_ends(gap) > 1
                or any(report["end"] <= q["start"] < quote["start"] for q in direct if q is not quote)):
            continue
        for key in ("speaker", "speaker_start", "speaker_end", "speaker_is_person", "cue", "cue_start"):
            quote[key] = report[key]


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
    direct = merge_turns(direct_quotes(doc), transcript_turns(doc))
    direct += block_quotes(doc, [(q["start"], q["end"]) for q in direct])
    lead_ins: list[dict[str, Any]] = []
    reported = reported_speech(doc, direct, lead_ins)
    _after_reported_speech(doc, direct, reported + lead_ins)
    if scope == "attribution":
        from .attributions import headline_reports, nominal_reports, stance_reports, title_reports
        from .nominals import nominal_sources, prepositional_stances

        speech = [(q["start"], q["end"]) for q in direct]
        found = direct + reported
        taken = [(q["cue_start"], q["cue_start"]) for q in found if q["cue_start"] is not None]
        extra = stance_reports(doc, taken, speech) + headline_reports(doc)
        extra += nominal_reports(doc, taken, speech)
        taken += [(r["cue_start"], r["cue_start"]) for r in extra if r["cue_start"] is not None]
        extra += nominal_sources(doc, taken, speech)
        taken += [(r["cue_start"], r["cue_start"]) for r in extra if r["cue_start"] is not None]
        extra += prepositional_stances(doc, taken, speech)
        # a Title Case headline the parser could not read, unless its cue is already used
        used = {q["cue_start"] for q in found + extra}
        extra += [r for r in title_reports(doc) if r["cue_start"] not in used
                  and not any(o["start"] <= r["cue_start"] < o["end"] for o in found + extra)]
        # PolNeAR also annotates what a speaker would not say, asked, or only outlined
        # ("declined to say whether …", "asked if …", "outlined the priorities")
        extra += [r for r in lead_ins if not any(r["cue_start"] == q["cue_start"] for q in found + extra)]
        reported = _fold_nested(reported + extra)
    return direct + reported


@stage("quotes", "40", requires=("text",), assigns=("quote",))
def quotes_stage(doc: Doc) -> Doc:
    """Add a ``quote`` span for every direct quote and every piece of reported speech."""
    doc.drop_spans("quote")
    for record in extract_quotes(doc):
        start, end = record.pop("start"), record.pop("end")
        doc.add_span("quote", start, end, **record)
    return doc


__all__ = ["quotes_stage", "extract_quotes", "direct_quotes", "reported_speech", "SPEECH_VERBS",
           "COGNITION_VERBS", "SAID_FORMS"]
