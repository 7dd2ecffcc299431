"""Cheap per-article features for story grouping and copy detection.

Everything here is regular expressions and arithmetic, no NLP model: grouping must stay
fast on tens of thousands of articles. A :class:`Signature` holds what the decision needs:

* ``tf``: content-word counts (stop words dropped), with names and numbers marked, from the
  headline and the first few thousand characters of the body (the lede carries the event),
  or the headline alone when the body is about something else (:func:`off_topic_body`);
* ``names``: capitalised words and n-grams that are not sentence-initial common words
  (places, people, organisations, without telling which);
* ``numbers``: numerals other than years (counts, ages, amounts);
* ``dates``: event dates, resolved against the article's publication date ("Monday",
  "yesterday", "Jan. 27", "27 January 2015");
* ``streets``: the streets the article places the event on ("the 5700 block of South
  Racine", "on Dana Avenue"): local reports of two incidents of one kind differ there;
* ``shingles``: a bottom-k sketch of the hashes of the body's 5-word shingles, for copies.
"""

from __future__ import annotations

import hashlib
import re
import zlib
from array import array
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache
from typing import Any

from ..metadata.outlets import TITLE_SEPARATOR

#: characters of the body used for the event vector (the lede and the first paragraphs)
LEDE_CHARS = 3000
#: how many of the smallest shingle hashes a sketch keeps (Jaccard error about 1/sqrt(k))
SKETCH_SIZE = 256
SHINGLE_WORDS = 5
#: the headline's words count this much more in the term vector: a headline names the
#: event ("Four Hills shooting"), where a long lede wanders (GVC F1 .9278 -> .9283; 1.0 gave
#: .9289 but ECB+ topic batches .929 -> .926, headlines there being the event's own words)
HEADLINE_EXTRA = 0.5

_WORD = re.compile(r"[A-Za-z][A-Za-z'’\-]*[A-Za-z]|[A-Za-z]|\d+(?:[.,]\d+)*")
_NAME_TOKEN = r"(?:(?:Mc|Mac|O'|O’|D'|D’)?[A-Z][a-z]+(?:['’\-][A-Za-z][a-z]+)*|[A-Z]{2,}(?![a-z]))"
_NAME = re.compile(rf"\b{_NAME_TOKEN}(?:(?:\s+(?:[A-Z]\.\s*)?|\s+(?:de|van|von|del|da|bin|al)\s+){_NAME_TOKEN})*")
_SENTENCE_START = re.compile(r"(?:^|[.!?:\"“”]\s+|\n\s*)$")
_YEAR = re.compile(r"^(1[89]\d\d|20\d\d)$")

_MONTHS = {m: i for i, names in enumerate(
    [("jan", "january"), ("feb", "february"), ("mar", "march"), ("apr", "april"), ("may",),
     ("jun", "june"), ("jul", "july"), ("aug", "august"), ("sep", "sept", "september"),
     ("oct", "october"), ("nov", "november"), ("dec", "december")], start=1) for m in names}
_WEEKDAYS = {d: i for i, d in enumerate(["monday", "tuesday", "wednesday", "thursday", "friday",
                                         "saturday", "sunday"])}
_MONTH_RE = r"(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
_MONTH_DAY = re.compile(rf"\b{_MONTH_RE}\s+(\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+(\d{{4}}))?")
_DAY_MONTH = re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH_RE}\b(?:,?\s+(\d{{4}}))?")
_ISO = re.compile(r"\b(20\d\d|19\d\d)-(\d\d)-(\d\d)\b")
#: matched against the lower-cased text (much faster than re.IGNORECASE)
_RELATIVE = re.compile(r"\b(yesterday|today|tonight|this (?:morning|afternoon|evening)|last night|earlier today"
                       r"|(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))\b")

#: capitalised words that are never names on their own (calendar words, titles, pronouns)
_NOT_NAMES = frozenset(
    ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "i", "mr", "mrs", "ms",
     "dr", "st", "am", "pm", "a.m", "p.m", "us"] + list(_MONTHS)
)


@lru_cache(maxsize=1)
def stop_words() -> frozenset[str]:
    """Words left out of the term vectors and trimmed off names (no scikit-learn import)."""
    from .stopwords import ENGLISH_STOP_WORDS

    return frozenset(ENGLISH_STOP_WORDS | {"said", "says", "told", "according", "also", "just", "like", "new"})


def stable_hash(text: str) -> int:
    """A 32-bit hash that is the same in every process (Python's hash() is salted)."""
    return zlib.crc32(text.encode("utf-8"))


def body_hash(text: str) -> str:
    """Hash of the whitespace- and case-normalised body: equal for exact copies."""
    return hashlib.sha1(" ".join(text.lower().split()).encode("utf-8")).hexdigest()[:16]


@dataclass
class Signature:
    """What story grouping and copy detection know about one article."""

    article_id: str
    published: str | None
    outlet: str | None = None
    syndicated_from: str | None = None
    headline: str = ""
    tf: dict[str, float] = field(default_factory=dict)
    names: list[str] = field(default_factory=list)
    numbers: list[str] = field(default_factory=list)
    dates: list[str] = field(default_factory=list)
    #: street names the event is placed on, lower-cased, without direction or suffix (see :func:`streets`)
    streets: list[str] = field(default_factory=list)
    #: bottom-k sketch of the body's 5-word shingle hashes (uint32, ascending)
    shingles: array = field(default_factory=lambda: array("I"))
    n_shingles: int = 0
    body_hash: str = ""
    dateline: str | None = None
    #: the agency a dateline credits ("AP" in "SPRINGFIELD, Ill. (AP) —")
    dateline_credit: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.article_id, "published": self.published, "outlet": self.outlet,
            "syndicated_from": self.syndicated_from, "headline": self.headline, "tf": self.tf,
            "names": self.names, "numbers": self.numbers, "dates": self.dates,
            "streets": self.streets,
            "n_shingles": self.n_shingles, "body_hash": self.body_hash, "dateline": self.dateline,
            "dateline_credit": self.dateline_credit,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Signature":
        return cls(
            article_id=data["id"], published=data.get("published"), outlet=data.get("outlet"),
            syndicated_from=data.get("syndicated_from"), headline=data.get("headline") or "",
            tf=dict(data.get("tf") or {}), names=list(data.get("names") or []),
            numbers=list(data.get("numbers") or []), dates=list(data.get("dates") or []),
            streets=list(data.get("streets") or []),
            shingles=array("I", data.get("shingles") or []), n_shingles=int(data.get("n_shingles") or 0),
            body_hash=data.get("body_hash") or "", dateline=data.get("dateline"),
            dateline_credit=data.get("dateline_credit"),
        )


def parse_day(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def headline_core(title: str) -> str:
    """The headline without a site's name after a separator ("Three hurt in shooting - KSLA
    News 12 Shreveport" -> "Three hurt in shooting"): its first segment when that holds three
    words or more, else the whole headline."""
    parts = TITLE_SEPARATOR.split(title)  # a segment after " - ", " | " is most often the site's name
    return parts[0] if len(parts) > 1 and len(parts[0].split()) >= 3 else title


#: a body that shares no word with the headline is about something else (see
#: :func:`off_topic_body`): the headline alone is the article's event text (GVC F1 .9332 ->
#: .9345, R .9119 -> .9168, P .9554 -> .9528, train split .908 -> .919; ECB+ the same). A
#: headline part of ``OFF_TOPIC_MIN_WORDS`` content words or more says what the report is
#: about (3: F1 .9343, 5: .9337)
OFF_TOPIC = True
OFF_TOPIC_MIN_WORDS = 4


def off_topic_body(title: str, lede: str) -> bool:
    """Whether the body is about something else than the headline: a page whose text is a
    weather ticker or another report's (the scraper took the wrong block). Then no part of
    the headline of ``OFF_TOPIC_MIN_WORDS`` content words or more shares a single word with
    the lede ("Planned Parent" finds "Parenthood": a word of five letters or more matches
    by its first five). The site's name after a separator is a part of its own, so it
    cannot vouch for the body ("Colorado Springs and Pueblo" on every page of one site)."""
    stops = stop_words()
    parts = []
    for part in TITLE_SEPARATOR.split(title):
        words = {w.lower() for w in _WORD.findall(part) if len(w) >= 3 and not w[0].isdigit()} - stops
        if len(words) >= OFF_TOPIC_MIN_WORDS:
            parts.append(words)
    if not parts:
        return False
    body = {w.lower() for w in _WORD.findall(lede)}
    stems = {w[:5] for w in body if len(w) >= 5}
    return not any(w in body or (len(w) >= 5 and w[:5] in stems) for words in parts for w in words)


def _names(text: str, lowered_words: set[str]) -> list[str]:
    """Capitalised words and n-grams that look like names, lower-cased.

    A sentence-initial capitalised word counts only when the article never writes it in
    lower case (so "Police said" is dropped but "Barbee said" is kept), and a one-word name
    only when it is also capitalised mid-sentence ("Records show" is no name).
    """
    found: list[str] = []
    single_mid: set[str] = set()
    stops = stop_words()
    for match in _NAME.finditer(text):
        tokens = match.group(0).split()
        at_start = bool(_SENTENCE_START.search(text[max(0, match.start() - 3):match.start()])) or match.start() == 0
        # drop leading words that are common words capitalised by position or style
        while tokens and (tokens[0].lower() in stops or tokens[0].lower() in _NOT_NAMES
                          or (at_start and tokens[0].lower() in lowered_words)):
            tokens.pop(0)
            at_start = False
        while tokens and (tokens[-1].lower() in stops or tokens[-1].lower() in _NOT_NAMES):
            tokens.pop()
        if not tokens:
            continue
        if len(tokens) == 1 and (tokens[0].lower() in lowered_words or len(tokens[0]) < 3):
            continue
        words = [t.lower().strip("'’") for t in tokens]
        if len(words) == 1:
            # "Records show..." or "Tonight, ..." : a lone capitalised word at a sentence
            # start is a name only if the article also capitalises it mid-sentence
            if not at_start:
                single_mid.add(words[0])
            continue
        found.append(" ".join(words))
        if len(words) >= 3:
            # "Police Chief Laura Whitcomb" and "Chief Laura Whitcomb" share "laura whitcomb"
            found.append(" ".join(words[-2:]))
    found.extend(sorted(single_mid))
    return found


_STREET_WORD = r"(?:[A-Z][a-z]+|\d+(?:st|nd|rd|th))"
_DIRECTION = r"(?:(?:(?:North|South)(?:east|west)?|East|West|NE|NW|SE|SW|N|S|E|W)\.?\s+)?"
#: a street suffix: where a street name ends ("Dana Avenue", "Martin Luther King Jr. Blvd.")
_STREET_SUFFIX = re.compile(r"\s(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Drive|Dr|Lane|Ln|Court|Ct|Place|Pl"
                            r"|Parkway|Pkwy|Terrace|Circle|Trail|Highway|Hwy|Pike)\b")
#: the one to three capitalised words before a suffix (matched on the text just before it)
_STREET_NAME = re.compile(rf"\b{_DIRECTION}({_STREET_WORD}(?:\s+{_STREET_WORD}){{0,2}})(?:\s+Jr\.)?$")
_STREET_SUFFIXES = frozenset(["street", "st", "avenue", "ave", "road", "rd", "boulevard", "blvd", "drive", "dr",
                              "lane", "ln", "court", "ct", "place", "pl", "parkway", "pkwy", "terrace", "circle",
                              "trail", "highway", "hwy", "pike"])
#: "the 5700 block of South Racine" (Chicago style: no suffix)
_BLOCK = re.compile(rf"\bblock of {_DIRECTION}({_STREET_WORD}(?:\s+{_STREET_WORD}){{0,2}})")
#: "Tulsa County District Court", "Allen Superior Court": a court of law, not a street
_COURTS_OF_LAW = frozenset(["district", "county", "superior", "supreme", "circuit", "juvenile", "municipal", "federal",
                            "appeals", "appellate", "family", "magistrate", "magistrates", "criminal", "probate",
                            "claims", "bankruptcy", "justice", "city", "state", "crown", "tax", "traffic", "pleas",
                            "sessions", "housing", "civil", "chancery", "youth", "drug", "high", "general", "trial"])
#: "Fifth Street" and "5th Street" are one street
_ORDINAL_WORDS = {w: f"{i}{'th' if 10 <= i % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(i % 10, 'th')}"
                  for i, w in enumerate(["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
                                         "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth",
                                         "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth",
                                         "twentieth"], start=1)}


def streets(text: str) -> list[str]:
    """Street names the text places something on, lower-cased, without the direction
    and the suffix ("5700 block of South Racine" and "Racine Avenue" are both "racine")."""
    found = set()
    for suffix in _STREET_SUFFIX.finditer(text):
        # the name ends right before the suffix: look back a few words only
        name = _STREET_NAME.search(text, max(0, suffix.start() - 60), suffix.start())
        if name and not (suffix.group(0).strip() in ("Court", "Ct")
                         and name.group(1).rsplit(None, 1)[-1].lower() in _COURTS_OF_LAW):
            found.add(name.group(1).lower())
    if "block of" in text:
        found.update(m.group(1).lower() for m in _BLOCK.finditer(text))
    stops = stop_words()
    out = set()
    for name in found:
        words = name.split()
        # a capitalised word glued on before a stop word ("Shooting On Racine") is no part of it
        cut = max((i + 1 for i, w in enumerate(words) if w in stops), default=0)
        words = words[cut:]
        while words and words[-1] in _STREET_SUFFIXES:
            words.pop()
        words = [_ORDINAL_WORDS.get(w, w) for w in words]
        if words:
            out.add(" ".join(words))
    return sorted(out)


#: a page's own time stamp ("Posted: Monday, July 6, 2015", "Updated on Jan. 3, 2016"): when
#: the page was written or edited, not when the event happened; two reports updated on one
#: day would otherwise "share an event date". Left out only when the publication date is
#: known: for an undated report the stamp is what tells when it was written (the years of
#: two undated reports weigh on the decision, see :mod:`.timing`)
_STAMP = re.compile(rf"\b(?:Posted|Updated|Published|Last updated|Last modified|Modified)(?::\s*|\s+on\s+|\s+)"
                    rf"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?"
                    rf"(?:{_MONTH_RE}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}|\d{{1,2}}\s+{_MONTH_RE},?\s+\d{{4}}"
                    rf"|\d{{4}}-\d\d-\d\d|\d{{1,2}}/\d{{1,2}}/\d{{2,4}})")


def _resolve_dates(text: str, published: date | None) -> list[str]:
    """Event dates in the text, resolved against the publication date where needed (a
    dated page's own time stamps left out)."""
    out: set[date] = set()
    if published is not None:
        text = _STAMP.sub(" ", text)

    def add(year: int | None, month: int, day: int) -> None:
        if year is None:
            if published is None:
                return
            year = published.year
            try:
                candidate = date(year, month, day)
            except ValueError:
                return
            # "Dec. 30" in a January article is last year's
            if candidate - published > timedelta(days=60):
                year -= 1
        try:
            out.add(date(year, month, day))
        except ValueError:
            pass

    for m in _MONTH_DAY.finditer(text):
        add(int(m.group(3)) if m.group(3) else None, _month(m.group(1)), int(m.group(2)))
    for m in _DAY_MONTH.finditer(text):
        add(int(m.group(3)) if m.group(3) else None, _month(m.group(2)), int(m.group(1)))
    for m in _ISO.finditer(text):
        add(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    if published is not None:
        for m in _RELATIVE.finditer(text.lower()):
            word = m.group(1).lower()
            if word.startswith(("yesterday", "last night")):
                out.add(published - timedelta(days=1))
            elif word.startswith(("today", "tonight", "this ", "earlier today")):
                out.add(published)
            else:
                weekday = _WEEKDAYS[word.split()[-1]]
                back = (published.weekday() - weekday) % 7
                out.add(published - timedelta(days=back))
    return sorted(d.isoformat() for d in out)


def _month(name: str) -> int:
    key = name.lower().rstrip(".")
    return _MONTHS.get(key) or _MONTHS[key[:3]]


_WORD_HASHES: dict[str, int] = {}
#: odd multipliers that combine word hashes into a shingle hash (position-sensitive)
_SHINGLE_MULTIPLIERS = [0x9E3779B1, 0x85EBCA77, 0xC2B2AE3D, 0x27D4EB2F, 0x165667B1]


def _word_hash(word: str) -> int:
    value = _WORD_HASHES.get(word)
    if value is None:
        value = stable_hash(word)
        if len(_WORD_HASHES) < 500_000:
            _WORD_HASHES[word] = value
    return value


def shingle_words(text: str) -> list[str]:
    """The words shingles are made of, lower-cased."""
    return [w.lower() for w in _WORD.findall(text)]


def _shingle_sketch(text: str) -> tuple[array, int]:
    """Bottom-k sketch of the hashes of the text's 5-word shingles, and how many there are."""
    import numpy as np

    words = np.fromiter(map(_word_hash, shingle_words(text)), dtype=np.uint64)
    if len(words) == 0:
        return array("I"), 0
    n = max(1, len(words) - SHINGLE_WORDS + 1)
    combined = np.zeros(n, dtype=np.uint64)
    for offset, multiplier in enumerate(_SHINGLE_MULTIPLIERS[: min(SHINGLE_WORDS, len(words))]):
        combined += words[offset:offset + n] * np.uint64(multiplier)
    # fold the 64-bit sum to 32 bits: a stable, well-mixed shingle hash
    hashes = np.unique(((combined >> np.uint64(32)) ^ combined) & np.uint64(0xFFFFFFFF))
    return array("I", hashes[:SKETCH_SIZE].astype(np.uint32).tobytes()), int(len(hashes))


#: "KUALA LUMPUR, Oct 26 (Reuters) – ...", "SPRINGFIELD, Ill. (AP) — ...": the place and the credited wire
_DATELINE = re.compile(r"^[ \t]*([A-Z][A-Za-z .'\-]{1,40}?)(?:,[ \t]*[A-Za-z0-9 .]{2,20})?[ \t]*"
                       r"(?:\(([A-Z][A-Za-z&\- ]{0,24})\))?[ \t]*[-–—:]+[ \t]", re.MULTILINE)


_PIECE_SPLIT = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"“])|\n+")


def text_pieces(text: str) -> list[str]:
    """Lines and sentences: the units that site chrome repeats across articles."""
    return [p for p in (piece.strip() for piece in _PIECE_SPLIT.split(text)) if p]


TEMPLATE_MIN_WORDS = 4
_TEMPLATE_SLOT = re.compile(r"\b[A-Z][\w'’\-.]*|\d[\d,.:]*")


def piece_keys(piece: str) -> tuple[int, int | None]:
    """The piece's hash, and the hash of its template (capitalised words and numbers blanked),
    which catches chrome that varies by author or date ("Whenever Jane Doe posts new content,
    you'll get an email..."). Short pieces get no template: too many would collide."""
    exact = stable_hash(" ".join(piece.lower().split()))
    template = _TEMPLATE_SLOT.sub("X", piece)
    if sum(1 for w in template.split() if w != "X") < TEMPLATE_MIN_WORDS:
        return exact, None
    return exact, stable_hash("T " + " ".join(template.lower().split()))


def text_piece_keys(text: str) -> list[tuple[str, int, int | None]]:
    """Each line/sentence of a text with its exact and template hashes."""
    return [(piece, *piece_keys(piece)) for piece in text_pieces(text)]


def piece_hashes(text: str | list[tuple[str, int, int | None]]) -> list[int]:
    """Hashes of the distinct lines and sentences of a text and of their templates
    (see :class:`BoilerplateStats`); accepts the output of :func:`text_piece_keys`."""
    keyed = text_piece_keys(text) if isinstance(text, str) else text
    out: set[int] = set()
    for _, exact, template in keyed:
        out.add(exact)
        if template is not None:
            out.add(template)
    return sorted(out)


class BoilerplateStats:
    """Which lines and sentences recur across articles as site chrome.

    A piece of text that recurs in articles published more than ``span_days`` apart is
    chrome (newsletter prompts, comment rules, video players, bylines), not news: the
    reprints of one story share sentences too, but within days. Undated articles count
    only when a piece recurs ``undated_count`` times.
    """

    def __init__(self, min_count: int = 3, span_days: int = 30, undated_count: int = 8):
        self.min_count, self.span_days, self.undated_count = min_count, span_days, undated_count
        #: piece hash -> [articles, first day ordinal, last day ordinal]
        self.stats: dict[int, list[int]] = {}

    def add(self, hashes: list[int], published: str | None) -> None:
        """Count one article's pieces."""
        self.add_batch([hashes], [published], keep_all=True)

    def add_batch(self, hash_lists: list, published: list[str | None], *, keep_all: bool) -> None:
        """Count a batch of articles' pieces, vectorised.

        With ``keep_all=False`` pieces seen once (in this batch and before) are not kept:
        they cannot be chrome yet, and a 50,000-article batch has millions of them. Keep all
        when the counts are stored for later runs.
        """
        import numpy as np

        lengths = [len(h) for h in hash_lists]
        if not sum(lengths):
            return
        hashes = np.concatenate([np.asarray(h, dtype=np.int64) for h in hash_lists])
        ordinals = []
        for value in published:
            day = parse_day(value)
            ordinals.append(day.toordinal() if day else 0)
        days = np.repeat(np.asarray(ordinals, dtype=np.int64), lengths)
        order = np.argsort(hashes, kind="stable")
        hashes, days = hashes[order], days[order]
        unique, starts, counts = np.unique(hashes, return_index=True, return_counts=True)
        dated = np.where(days > 0, days, np.iinfo(np.int64).max)
        firsts = np.minimum.reduceat(dated, starts)
        lasts = np.maximum.reduceat(days, starts)
        stats = self.stats
        if keep_all:
            wanted = np.arange(len(unique))
        else:
            known = np.fromiter(stats.keys(), dtype=np.int64, count=len(stats))
            wanted = np.flatnonzero((counts >= 2) | np.isin(unique, known))
        for i in wanted.tolist():
            h, n = int(unique[i]), int(counts[i])
            first = int(firsts[i]) if lasts[i] > 0 else 0
            last = int(lasts[i])
            entry = stats.get(h)
            if entry is None:
                stats[h] = [n, first, last]
                continue
            entry[0] += n
            if first:
                entry[1] = first if not entry[1] else min(entry[1], first)
                entry[2] = max(entry[2], last)

    def is_boilerplate(self, h: int) -> bool:
        entry = self.stats.get(h)
        if entry is None or entry[0] < self.min_count:
            return False
        return entry[0] >= self.undated_count or (entry[1] > 0 and entry[2] - entry[1] > self.span_days)

    def boilerplate(self, hashes: list[int]) -> frozenset[int]:
        return frozenset(h for h in hashes if self.is_boilerplate(h))


def strip_boilerplate(text: str | list[tuple[str, int, int | None]], boilerplate: frozenset[int]) -> str:
    """The text without its chrome pieces (by exact or template hash); accepts
    the output of :func:`text_piece_keys` to avoid splitting twice."""
    if not boilerplate:
        return text if isinstance(text, str) else "\n".join(p for p, _, _ in text)
    keyed = text_piece_keys(text) if isinstance(text, str) else text
    return "\n".join(p for p, exact, template in keyed if exact not in boilerplate and template not in boilerplate)


def signature(article_id: str, title: str | None, text: str, published: str | None, *, outlet: str | None = None,
              syndicated_from: str | None = None, boilerplate: frozenset[int] = frozenset(),
              pieces: list[tuple[str, int, int | None]] | None = None) -> Signature:
    """Compute the features of one article; ``boilerplate`` pieces (see :class:`BoilerplateStats`)
    are skipped (``pieces``: the text's :func:`text_piece_keys`, when already computed)."""
    title = (title or "").strip()
    full_text = text
    if boilerplate:
        text = strip_boilerplate(pieces if pieces is not None else text, boilerplate)
    lede = text[:LEDE_CHARS]
    if OFF_TOPIC and title and lede and off_topic_body(title, lede):
        # what the headline says is all the page tells of its event
        lede = ""
    event_text = f"{title}\n{lede}" if title else lede
    words = _WORD.findall(event_text)
    n_event_words = len(words)
    if title and HEADLINE_EXTRA and not lede.lstrip().startswith(title):
        # the site's name is in the headline once already: only the event's words count more;
        # a headline taken from the body's first line is counted twice already
        words += _WORD.findall(headline_core(title))
    lowered_words = {w for w in words if w.islower()}
    tf: dict[str, float] = {}
    numbers: list[str] = []
    stops = stop_words()
    for position, word in enumerate(words):
        low = word.lower()
        if low in stops or (len(low) < 2 and not low.isdigit()):
            continue
        if low[0].isdigit():
            if _YEAR.match(low):
                # a year is a weak but real clue (which of two similar events), not a count
                low = "%" + low
            else:
                numbers.append(low)
                low = "#" + low
        tf[low] = tf.get(low, 0.0) + (1.0 if position < n_event_words else HEADLINE_EXTRA)
    # names come from the body only: headlines are often in title case
    names = _names(lede, lowered_words)
    for name in sorted(set(names)):
        # names weigh extra: they are what tells one event from another of the same kind
        tf["@" + name] = tf.get("@" + name, 0.0) + 1.0
    pub = parse_day(published)
    sketch, n_shingles = _shingle_sketch(text or title)
    # the dateline opens the body, maybe after a headline line or two
    dateline = _DATELINE.search(text[:600] or "")
    return Signature(
        article_id=article_id, published=pub.isoformat() if pub else None, outlet=outlet,
        syndicated_from=syndicated_from, headline=title or text[:80],
        tf=tf, names=sorted(set(names)), numbers=sorted(set(numbers)), dates=_resolve_dates(event_text, pub),
        streets=streets(lede),
        shingles=sketch, n_shingles=n_shingles, body_hash=body_hash(full_text or title),
        dateline=dateline.group(1).strip().lower() if dateline else None,
        dateline_credit=dateline.group(2).strip() if dateline and dateline.group(2) else None,
    )


def doc_signature(doc: Any, boilerplate: frozenset[int] = frozenset(),
                  pieces: list[tuple[str, int, int | None]] | None = None) -> Signature:
    """The :class:`Signature` of a :class:`crosswire.doc.Doc`."""
    return signature(doc.id, doc.title, doc.text or "", doc.reference_date, outlet=doc.outlet,
                     syndicated_from=doc.syndicated_from, boilerplate=boilerplate, pieces=pieces)


def sketch_similarity(a: Signature, b: Signature) -> tuple[float, float]:
    """(Jaccard, containment) of two articles' shingle sets, estimated from bottom-k sketches.

    Containment is the share of the smaller article's shingles found in the other: a
    trimmed reprint has low Jaccard with its original but high containment.
    """
    if not a.shingles or not b.shingles:
        return 0.0, 0.0
    k = min(SKETCH_SIZE, len(set(a.shingles) | set(b.shingles)))
    union = sorted(set(a.shingles) | set(b.shingles))[:k]
    sa, sb = set(a.shingles), set(b.shingles)
    # an element of the union's bottom-k is in both sets iff it is in both sketches,
    # provided it lies below each sketch's cut-off (a full sketch is a prefix of the set)
    both = sum(1 for h in union if h in sa and h in sb)
    jaccard = both / len(union) if union else 0.0
    if a.n_shingles == 0 or b.n_shingles == 0:
        return jaccard, 0.0
    union_size = (a.n_shingles + b.n_shingles) / (1.0 + jaccard)
    containment = min(1.0, jaccard * union_size / min(a.n_shingles, b.n_shingles))
    return jaccard, containment
