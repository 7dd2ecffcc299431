"""The line-level measures the cleaner decides with: words, sentences, prose or not."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass


# Sentence-final punctuation, allowing closing quotes/brackets after it.
_SENTENCE_END = re.compile(r"[.!?…:;。！？：；][\"'”’»)\]」』）]*\s*$")
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]")
_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")

@dataclass
class Unit:
    """A paragraph of the input and where it stood."""

    text: str
    offset: int
    reason: str | None = None  # set when the unit is cut


#: two sentences glued where a scraper dropped the break between paragraphs ("opened fire.The
#: suspect", 'the area."Haverstock Hills has been'): a sentence end after a lowercase word, maybe a
#: quote mark, then a capitalised word (initials and "U.S." have no lowercase word before the dot)
_GLUED_SENTENCES = re.compile(r"(?<=[a-z]{2})([.!?])([\"“”]?)(?=[A-Z][a-z])")


def unglue_sentences(text: str) -> str:
    """Put back the space between sentences a lost paragraph break glued together; a straight
    quote mark goes with the sentence it opens or closes (counted from the paragraph's start)."""
    def space(m: re.Match) -> str:
        end, mark = m.group(1), m.group(2)
        if not mark:
            return end + " "
        opens = mark == "“" or (mark == '"' and text.count('"', 0, m.start(2)) % 2 == 0)
        return f"{end} {mark}" if opens else f"{end}{mark} "
    return _GLUED_SENTENCES.sub(space, text)


def normalize_space(text: str) -> str:
    return " ".join(text.split())


def fold_key(text: str) -> str:
    """Comparison key for repeated lines: case, accents, punctuation and spacing ignored."""
    folded = unicodedata.normalize("NFKD", text).casefold()
    return " ".join(_WORD.findall(folded))


def words(text: str) -> list[str]:
    return _WORD.findall(text)


def word_count(text: str) -> int:
    """Words, counting two CJK characters as one word (those scripts do not space words)."""
    cjk = len(_CJK.findall(text))
    if not cjk:
        return len(_WORD.findall(text))
    return len(_WORD.findall(_CJK.sub(" ", text))) + cjk // 2


def is_prose(text: str) -> bool:
    """A line of running text: several words and sentence punctuation, or simply long."""
    n = word_count(text)
    if len(text) >= 150 and n >= 20:
        return True
    return n >= 6 and bool(_SENTENCE_END.search(text)) and not text.rstrip().endswith((":", "："))


# the abbreviations a headline may end with ("... in Chesapeake, Va.", "... Acme Inc."): their
# period ends no sentence (AP's state abbreviations, company and name suffixes, dotted initials,
# also spaced as a detokenised text spaces them: "in K. C.")
_FINAL_ABBREVIATION = re.compile(
    r"(?:\b(?:Ala|Ariz|Ark|Calif|Colo|Conn|Del|Fla|Ga|Ill|Ind|Kan|Ky|La|Md|Mass|Mich|Minn|Miss|Mo|Mont|"
    r"Neb|Nev|Okla|Ore|Pa|Tenn|Tex|Vt|Va|Wash|Wis|Wyo|Inc|Corp|Co|Ltd|Jr|Sr|St|Bros)\.|"
    r"\b(?:[A-Z]\.[ ]?){1,2}[A-Z]\.)[\"'”’)]*\s*$"
)
# a sentence boundary inside a line: end punctuation, then a capital or a quote
_INNER_BOUNDARY = re.compile(r"[.!?][\"'”’)]*\s+[\"“‘(]?[A-Z0-9]")


def sentence_count(text: str) -> int:
    """Sentences in a line, not counting the periods of abbreviations and initials."""
    stripped = text.strip()
    return 1 + sum(1 for m in _INNER_BOUNDARY.finditer(stripped)
                   if not _FINAL_ABBREVIATION.search(stripped[: m.start() + 1])
                   and not re.search(r"(?:^|[\s(])(?:[A-Za-z]\.)+$", stripped[: m.start() + 1]))
