"""Numbers written as digits or words, shared by the quantities and times stages.

``NUMBER`` is a regex fragment matching one number ("1,200", "1.2", "twenty-five",
"one hundred", "a dozen"); :func:`parse_number` turns the matched text into a float.
"""

from __future__ import annotations

import re

UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
}
TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}
SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
          "trillion": 1_000_000_000_000}
# Abbreviated scales as written after digits ("$1.2bn", "5m", "3 tn").
SCALE_ABBREV = {"k": 1_000, "m": 1_000_000, "mn": 1_000_000, "mln": 1_000_000, "bn": 1_000_000_000,
                "b": 1_000_000_000, "tn": 1_000_000_000_000, "trn": 1_000_000_000_000}
# Words that stand for a number on their own.
SPECIAL = {"a dozen": 12, "dozen": 12, "half a dozen": 6, "a half dozen": 6, "half dozen": 6, "a half-dozen": 6,
           "half-dozen": 6, "a half": 0.5, "half": 0.5,
           "a couple of": 2, "a couple": 2, "a pair of": 2, "a score of": 20,
           "a hundred": 100, "a thousand": 1_000, "a million": 1_000_000, "a billion": 1_000_000_000}

_SMALL_WORD = "|".join(sorted(list(UNITS) + list(TENS), key=len, reverse=True))
_SCALE_WORD = "|".join(SCALES)
# "twenty-five", "twenty five", "one hundred and five", "three million"
_WORD_ATOM = rf"(?:(?:{_SMALL_WORD})(?:[-\s](?:{'|'.join(UNITS)}))?)"
WORD_NUMBER = (
    rf"(?:{_WORD_ATOM}\s+and\s+a\s+half\b"  # "four and a half"
    rf"|{_WORD_ATOM}(?:\s+(?:{_SCALE_WORD})(?:\s+(?:and\s+)?{_WORD_ATOM})?)*"
    rf"|(?:a\s+)?half[\s-]dozen|(?:a\s+)?(?:half\s+a\s+)?dozen|a\s+couple(?:\s+of)?|a\s+pair\s+of|a\s+score\s+of"
    rf"|a\s+(?:hundred|thousand|million|billion))"
)
#: a half or a quarter after a whole number: "4 1/2 months", "4½ months", "2-1/2 hours"
FRACTIONS = {"1/2": 0.5, "½": 0.5, "1/4": 0.25, "¼": 0.25, "3/4": 0.75, "¾": 0.75}
_FRACTION = r"(?:[ \t-]?[½¼¾]|[ \t-][13]/[24](?![\d/]))"
# Digits: 1,200,000 | 1.2 | .5 | 4 1/2 | 1 200 (thin spaces are rare in news; not supported)
DIGIT_NUMBER = rf"(?:\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|\d+{_FRACTION}|\d+(?:\.\d+)?|\.\d+)"
NUMBER = rf"(?:{DIGIT_NUMBER}|{WORD_NUMBER})"

_WORD_NUMBER_RE = re.compile(rf"^{WORD_NUMBER}$", re.IGNORECASE)
#: "several dozen", "many dozen": a vague multiple, not the number written after it
_VAGUE_MULTIPLE_BEFORE = re.compile(r"\b(?:several|many|a\s+few|few|some)\s+$", re.IGNORECASE)


def vague_multiple(text: str, start: int, number_text: str) -> re.Match[str] | None:
    """The "several " before a "dozen" written at ``text[start:]``, when there is one."""
    if not number_text.lower().endswith("dozen"):
        return None
    return _VAGUE_MULTIPLE_BEFORE.search(text[max(0, start - 12):start])


def parse_number(text: str) -> float | None:
    """The value of a number written in digits or words; None when it is not one.

    >>> parse_number("one hundred"), parse_number("1,200.5"), parse_number("twenty-five")
    (100.0, 1200.5, 25.0)
    """
    raw = " ".join(text.strip().lower().split())
    if not raw:
        return None
    if raw[0].isdigit() and (fraction := re.fullmatch(r"(\d+)[\s-]?(1/2|1/4|3/4|[½¼¾])", raw)):
        return int(fraction.group(1)) + FRACTIONS[fraction.group(2)]
    if raw[0].isdigit() or raw[0] == ".":
        try:
            return float(raw.replace(",", ""))
        except ValueError:
            return None
    if raw in SPECIAL:
        return float(SPECIAL[raw])
    if raw.endswith(" and a half"):
        whole = parse_number(raw[: -len(" and a half")])
        return whole + 0.5 if whole is not None else None
    if not _WORD_NUMBER_RE.match(raw):
        return None
    total = 0.0
    current = 0.0
    seen = False
    for word in re.split(r"[\s-]+", raw):
        if word == "and":
            continue
        if word in UNITS:
            current += UNITS[word]
            seen = True
        elif word in TENS:
            current += TENS[word]
            seen = True
        elif word in SCALES:
            scale = SCALES[word]
            if scale == 100:
                current = (current or 1) * 100
            else:
                total += (current or 1) * scale
                current = 0
            seen = True
        else:
            return None
    return total + current if seen else None


def scale_value(word: str) -> float | None:
    """The multiplier of a scale word or abbreviation ("million", "bn"), else None."""
    key = word.strip().lower().rstrip(".")
    if key in SCALES:
        return float(SCALES[key])
    if key in SCALE_ABBREV:
        return float(SCALE_ABBREV[key])
    return None


