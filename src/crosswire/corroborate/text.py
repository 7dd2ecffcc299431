"""Words of a slot: tokens, a light stemmer, general-English synonyms.

No spaCy here, on purpose: alignment must work on any Doc with spans, and fast.
"""

from __future__ import annotations

import functools
import re
from typing import Iterable


WORD_RE = re.compile(r"[A-Za-z][A-Za-z'\u2019]*(?:[-\u2010\u2011][A-Za-z]+)*")

STOPWORDS = frozenset("""
a an the and or but nor so yet of to in on at by for from with without into onto over under about
above below after before during between among through since until upon within against toward towards
as than then that this these those there here which who whom whose what when where why how whether
is are was were be been being am do does did done doing have has had having will would shall should
can could may might must it its it's they them their theirs he him his she her hers we us our ours you
your i me my mine not no also just only very more most much many such some any each every all both
either neither other another own same too again further once said says say saying told tell according
while if because although though however thus therefore still even ever now new one ones
""".split())

# General-English equivalences: words that name the same thing in news prose. Each maps to
# the first word of its row. Small on purpose; a wrong merge here costs more than a miss.
SYNONYM_ROWS = (
    "tariff levy levies duty duties tariffs",
    "percent per-cent pct percentage",
    "meet meeting meetings met encounter",
    "kill killed killing dead died die dies death deaths fatal fatally slain",
    "injure injured injuring injuries injury wound wounded wounding hurt",
    "expire expires expired expiry expiration expiring lapse lapses",
    "start starts started begin begins began beginning commence",
    "deadline due",
    "shoot shot shooting shootings gunfire gunshot",
    "arrest arrested arrests detained detain",
    "buy buys bought purchase purchases purchased purchasing",
    "price prices cost costs",
    "delay delays delayed postpone postponed defer deferral deferred",
    "president pres",
    "people persons person individuals",
)
SYNONYMS: dict[str, str] = {}
for _row in SYNONYM_ROWS:
    _words = _row.split()
    for _w in _words:
        SYNONYMS.setdefault(_w, _words[0])

_SUFFIXES = ("ations", "ation", "ings", "ing", "ies", "ied", "edly", "ed", "es", "s", "e", "y")


@functools.lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    """A crude, stable stem: enough for "meeting"/"meet", "expiry"/"expire" to collide."""
    w = word.lower().replace("\u2019", "'")
    if w.endswith("'s"):
        w = w[:-2]
    w = SYNONYMS.get(w, w)
    if w in SYNONYMS.values():
        return w
    for suffix in _SUFFIXES:
        if len(w) - len(suffix) >= 4 and w.endswith(suffix):
            return w[: -len(suffix)]
    return w


def content_tokens(text: str, offset: int = 0) -> list[tuple[str, int, int]]:
    """(stem, start, end) of each content word of ``text``; offsets shifted by ``offset``."""
    out = []
    for m in WORD_RE.finditer(text):
        word = m.group(0)
        low = word.lower().replace("\u2019", "'")
        if low in STOPWORDS or len(low) < 2:
            continue
        out.append((stem(word), m.start() + offset, m.end() + offset))
    return out


#: a clause that opens with a verb of saying: its subject is before the cut
_REPORT_AFTER_CUT = re.compile(r"\s*(?:said|says|told|tells|added|adds|announced|stated|noted|warned|explained)\b")


def trim_evidence(text: str, start: int, end: int, s_start: int, s_end: int, limit: int = 320) -> tuple[int, int]:
    """Shrink a long sentence to a window around ``start:end`` on word boundaries (still verbatim)."""
    if s_end - s_start <= limit:
        return s_start, s_end
    half = max(40, (limit - (end - start)) // 2)
    lo = max(s_start, start - half)
    hi = min(s_end, end + half)
    # prefer clause boundaries (commas, semicolons, dashes) inside the window
    for sep in (";", ",", " \u2014", " -"):
        cut = text.rfind(sep, lo, start)
        if cut > lo and start - cut < half:
            lo = cut + len(sep)
            break
    if _REPORT_AFTER_CUT.match(text, lo) and end - s_start <= limit:
        # a cut before "said …" drops who said it: keep the sentence's opening instead of its tail
        lo, hi = s_start, min(s_end, s_start + limit)
    while lo < start and not text[lo].isspace() and lo > s_start and not text[lo - 1].isspace():
        lo += 1
    while hi > end and hi < s_end and not text[hi].isspace():
        hi -= 1
    while lo < hi and text[lo].isspace():
        lo += 1
    return lo, hi


def phrase_key(text: str) -> str:
    """Phrase compared across outlets: lowercase words with punctuation and hyphens folded."""
    return " ".join(w.lower().replace("\u2019", "'") for w in re.findall(r"[A-Za-z0-9]+(?:'[a-z]+)?", text.replace("\u2011", " ")))


def jaccard(a: Iterable[str], b: Iterable[str]) -> float:
    sa, sb = set(a), set(b)
    return len(sa & sb) / len(sa | sb) if sa and sb else 0.0


def dedupe_evidence(items: Iterable[dict]) -> list[dict]:
    """Evidence items in order, each (article, quote) once."""
    seen, out = set(), []
    for e in items:
        key = (e["article"], e["quote"])
        if key not in seen:
            seen.add(key)
            out.append(e)
    return out


#: "police said Sunday": the day of the statement -- but "said a man shot two people Sunday" dates the shooting;
#: "posted in Hit and Run Accidents on Friday": the day of writing; "at large as of Thursday": a status's day
_STATEMENT_BEFORE = re.compile(r"\b(?:(?:said|says|announced|confirmed)\s+(?:in\s+an?\s+(?:[\w-]+\s+){1,2})?"
                               r"(?:(?:on|late|early)\s+)?"
                               r"|(?:posted|published|updated)\b[^.;\n]{0,40}\bon\s+|as\s+of\s+"
                               # "told 24 Hour News 8 Monday", "told reporters on Monday": an outlet is named
                               r"|told\s+(?:reporters\s+|(?-i:(?:the\s+|The\s+)?(?:[A-Z0-9][\w.'’-]*\s+){1,5}))"
                               r"(?:(?:on|late|early)\s+)?)$", re.I)
#: a day that opens its sentence ("On Friday, ...") ...
_OPENS_SENTENCE = re.compile(r"\s*(?:(?:on|late|early|by)\s+)?", re.I)
#: ... and whose sentence is someone's statement ("On Friday, Sheriff Tom Roe said ...")
_STATEMENT_AFTER = re.compile(r"[^,;]{0,25},\s+(?:(?!(?:who|whom|whose|that|which|and|but|or|after|before|when|while)\b)"
                              r"[\w.'’-]+\s+){1,6}?(?:said|says|confirmed|announced|told|explained|reported)\b")


def dates_a_statement(text: str, start: int, end: int, s: int, e: int) -> bool:
    """Whether the day at ``start:end`` of the sentence ``s:e`` is when someone spoke ("police
    said Sunday"; "On Friday, Prosecutor Joe Bergacs confirmed the children died"), not when
    what they told of happened."""
    if _STATEMENT_BEFORE.search(text[max(s, start - 60):start]):
        return True
    return bool(_OPENS_SENTENCE.fullmatch(text[s:start]) and _STATEMENT_AFTER.match(text[end:e]))


#: the values a fact's line opens with ("[32; 1:30 a.m.] Williams, 32, was going west …")
VALUE_LABEL = re.compile(r"^\[([^\]]*)\] ")
