"""Find quoted passages by their quotation marks, without any parsing.

Handles curly and straight double marks, single marks (where ’ is usually an apostrophe),
quotes that run across paragraphs (a paragraph ends without a closing mark and the next one
opens again, the newspaper convention), and unbalanced marks (dropped, never guessed at).
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

DOUBLE_OPEN = frozenset("“„«")
DOUBLE_CLOSE = frozenset("”»")
STRAIGHT_DOUBLE = '"'
SINGLE_OPEN = frozenset("‘‚")
SINGLE_CLOSE = frozenset("’")
STRAIGHT_SINGLE = "'"
#: characters after which a mark opens rather than closes
_OPENING_CONTEXT = frozenset(" \t\n\r([{—–-/:;")
#: longest single-quoted passage taken as a quote (single marks are mostly apostrophes)
MAX_SINGLE_QUOTE = 300


@dataclass(frozen=True)
class Quoted:
    """One quoted passage: the marks at ``open``/``close`` and the content between them."""

    open: int  # offset of the opening mark
    start: int  # content start
    end: int  # content end (offset of the closing mark)
    close: int  # offset just after the closing mark
    double: bool = True

    @property
    def content_bounds(self) -> tuple[int, int]:
        return self.start, self.end


def _opens_here(text: str, i: int) -> bool:
    """A straight or misused mark at ``i`` opens when it follows a space and precedes a word."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return (before in _OPENING_CONTEXT or before in DOUBLE_OPEN or before in SINGLE_OPEN) and not after.isspace()


def _opens_after_glued_stop(text: str, i: int, ch: str) -> bool:
    """'… late Saturday."At this point, …," said …': in text that lost the space after its full
    stops, a straight mark right after a sentence end and right before a capital opens a quote
    (only asked when no quote is open, so it can close nothing)."""
    return (ch == STRAIGHT_DOUBLE and 0 < i < len(text) - 1 and text[i - 1] in ".!?"
            and text[i + 1].isupper() and text[i - 2:i - 1].isalpha())


def _paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of each non-empty line."""
    spans, pos = [], 0
    for line in text.split("\n"):
        if line.strip():
            spans.append((pos, pos + len(line)))
        pos += len(line) + 1
    return spans


def find_double_quotes(text: str) -> list[Quoted]:
    """Passages between double quotation marks, joined across paragraphs where marked so."""
    found: list[Quoted] = []
    paragraphs = _paragraphs(text)
    open_mark: int | None = None
    for p_index, (p_start, p_end) in enumerate(paragraphs):
        continued = open_mark is not None
        first = _first_char(text, p_start, p_end)
        for i in range(p_start, p_end):
            ch = text[i]
            if continued and i == first and (ch in DOUBLE_OPEN or ch == STRAIGHT_DOUBLE):
                continue  # the opening mark of a continued paragraph: the quote goes on
            continued = False
            if ch in DOUBLE_OPEN or (
                ch in DOUBLE_CLOSE | {STRAIGHT_DOUBLE} and open_mark is None
                and (_opens_here(text, i) or _opens_after_glued_stop(text, i, ch))
            ):
                open_mark = i  # an unclosed earlier mark is dropped
            elif ch in DOUBLE_CLOSE or ch == STRAIGHT_DOUBLE:
                if open_mark is not None and i > open_mark + 1:
                    found.append(Quoted(open_mark, open_mark + 1, i, i + 1))
                open_mark = None
        if open_mark is not None:
            nxt = paragraphs[p_index + 1] if p_index + 1 < len(paragraphs) else None
            if nxt is None or text[_first_char(text, *nxt)] not in DOUBLE_OPEN | {STRAIGHT_DOUBLE}:
                open_mark = None  # unbalanced: the paragraph ended and the next does not go on
    return found


def _first_char(text: str, start: int, end: int) -> int:
    i = start
    while i < end and text[i].isspace():
        i += 1
    return min(i, max(start, end - 1))


def find_single_quotes(text: str, outside: list[Quoted]) -> list[Quoted]:
    """Passages between single marks, outside double quotes, told apart from apostrophes."""
    blocked = bytearray(len(text))
    for q in outside:
        blocked[q.open:q.close] = b"\x01" * (q.close - q.open)
    found: list[Quoted] = []
    paragraphs = _paragraphs(text)
    for p_index, (p_start, p_end) in enumerate(paragraphs):
        open_mark: int | None = None
        for i in range(p_start, p_end):
            if blocked[i]:
                open_mark = None
                continue
            ch = text[i]
            before = text[i - 1] if i > 0 else " "
            after = text[i + 1] if i + 1 < len(text) else " "
            if ch in SINGLE_OPEN or ch == STRAIGHT_SINGLE or ch in SINGLE_CLOSE:
                is_open = (before.isspace() or before in "([{—–\"“") and (after.isalpha() or after in "“\"")
                # (a detokenised text spaces the mark off the sentence it closes: "... get it, ' she
                # said"; no apostrophe stands alone after a comma or full stop)
                spaced_close = before == " " and text[i - 2:i - 1] in {",", ".", "!", "?"} and after.isspace()
                is_close = (
                    open_mark is not None
                    and (not before.isspace() or spaced_close)
                    and not after.isalnum()
                    and i - open_mark > 1
                    and ch != "‘"
                )
                if is_close:
                    if i - open_mark <= MAX_SINGLE_QUOTE:
                        found.append(Quoted(open_mark, open_mark + 1, i, i + 1, double=False))
                    open_mark = None
                elif is_open and (ch != STRAIGHT_SINGLE or open_mark is None):
                    open_mark = i
        if open_mark is not None and open_mark == _first_char(text, p_start, p_end) \
                and p_end - open_mark <= MAX_SINGLE_QUOTE and p_index + 1 < len(paragraphs):
            # a paragraph quoted from its first mark that the next paragraph's opening mark goes on
            # from (the newspaper convention for a quote of several paragraphs): quoted to its end
            nxt = paragraphs[p_index + 1]
            if text[_first_char(text, *nxt)] in SINGLE_OPEN | {STRAIGHT_SINGLE}:
                end = len(text[open_mark:p_end].rstrip()) + open_mark
                found.append(Quoted(open_mark, open_mark + 1, end, end, double=False))
    return found


#: stands in for the second character of a two-character mark ('' and ``), keeping offsets
_FILLER = "\x01"


def find_quotes(text: str) -> list[Quoted]:
    """All quoted passages in ``text`` (cached: the stages ask more than once per article)."""
    return list(_find_quotes(text))


@functools.lru_cache(maxsize=16)
def _find_quotes(text: str) -> tuple[Quoted, ...]:
    """All quoted passages in ``text``, in order; nested single quotes stay inside their double.

    Typewriter doubles written as two characters (``like this'', or ''like this'' as some
    newspapers' archives do) count as double marks.
    """
    norm = text
    if "''" in text or "``" in text:
        norm = text.replace(_FILLER, " ").replace("''", '"' + _FILLER).replace("``", "“" + _FILLER)
    doubles = [_widen(norm, q) for q in find_double_quotes(norm)]
    singles = find_single_quotes(norm, doubles)
    return tuple(sorted(doubles + singles, key=lambda q: q.open))


def _widen(norm: str, q: Quoted) -> Quoted:
    """Step over the second character of a two-character mark."""
    start = q.start + 1 if q.start < len(norm) and norm[q.start] == _FILLER else q.start
    close = q.close + 1 if q.close < len(norm) and norm[q.close] == _FILLER else q.close
    return Quoted(q.open, min(start, q.end), q.end, close, q.double)


_TITLE_SMALL_WORDS = frozenset("a an the of and or in on at to for with by from as vs".split())


def looks_like_title(content: str, before: str = "") -> bool:
    """A short Title Case phrase in quotes names a work or programme (“Meet the Press”), not speech.

    ``before`` is the text just before the opening mark: one capitalised word is a title only
    after a possessive ("CBS’s “Sunday”"), since a one-word quote is often speech (“Unacceptable”).
    """
    after_possessive = before.rstrip().endswith(("’s", "'s", "s’", "s'"))
    stripped = content.strip().rstrip(",")
    if after_possessive or len(stripped.split()) >= 4:
        # American punctuation: 'on Fox News’s “Fox and Friends.”', 'a nomination for
        # “Outstanding Individual Performance in a Variety or Music Program.”'
        stripped = stripped.rstrip(".")
    words = stripped.split()
    if not words or len(words) > 12 or stripped[-1:] in ".!?":
        return False
    if len(words) == 1 and not after_possessive:
        return False
    if not words[0][:1].isupper():
        return False
    return all(w[:1].isupper() or w[:1].isdigit() or w.lower() in _TITLE_SMALL_WORDS for w in words)


#: a noun for an event or a work, or a verb of naming, right before a quote: what is quoted
#: is its name ('a seminar on ‘Enhancing the electoral system …’', 'a report titled “…”')
_NAMED_WORK = re.compile(
    r"\b(?:(?:seminar|conference|forum|workshop|symposium|lecture|course|exhibition|festival|campaign|"
    r"book|report|study|paper|album|song|film|documentary|series|programme|program)s?\s+(?:on|about|called|titled|entitled)"
    r"|titled|entitled)\s*$", re.IGNORECASE)


#: a noun a quoted name may stand in front of: 'USGS's “Did you feel it?” site', 'the “Do You Feel
#: It?” survey', 'its “Stop the Steal” campaign'
_NAMED_THING_AFTER = re.compile(
    r"[ \t]+(?:web[ \t]?)?(?:site|website|webpage|page|app|application|survey|questionnaire|map|tool|feature|"
    r"campaign|programme|program|initiative|hashtag|slogan|contest|challenge|podcast|blog|segment|column|"
    r"series|show|policy|movement|rally|event|project|system|service)s?\b", re.IGNORECASE)
#: what stands before such a name: a determiner or a possessive
_NAME_DETERMINER = re.compile(r"(?:\b(?:the|a|an|its|their|his|her|our|this|that)|\w(?:’s|'s|s’|s'))[ \t]*$",
                              re.IGNORECASE)


def quotes_a_title(text: str, q: Quoted) -> bool:
    """The quoted words name a work or an event, not anything said."""
    if looks_like_title(text[q.start:q.end], text[max(0, q.open - 4):q.open]):
        return True
    if _NAMED_WORK.search(text, max(0, q.open - 60), q.open) is not None:
        return True
    # a capitalised quote between a determiner and a noun names that thing ('the “Did you feel
    # it?” site'); a lowercase one is a phrase someone used ('a “very good” program')
    content = text[q.start:q.end].strip()
    return (content[:1].isupper() and len(content.split()) <= 8
            and _NAME_DETERMINER.search(text, max(0, q.open - 30), q.open) is not None
            and _NAMED_THING_AFTER.match(text, q.close) is not None)
