"""Page furniture recognised by the company it keeps: video transcripts, players' playlists,
picture captions printed in runs, and a date stamp standing alone in the body.

Each rule here looks at more than one unit (a caption style the page repeats, a title that
a cut player listed, the rest of the article being written in mixed case), so that one line
that merely looks like furniture is never cut on its own.
"""

from __future__ import annotations

import re

from ..metadata.dateline import lone_dateline
from ..metadata.dates import parse_date_stamp
from . import vocab
from .inline import PLACEHOLDER
from .prose import _SENTENCE_END, Unit, fold_key, is_prose, words

#: a transcript block has at least this many letters, this share of them capitals
TRANSCRIPT_MIN_LETTERS = 200
TRANSCRIPT_MIN_CAPITALS = 0.85
#: the article around it must be written in mixed case: its capitals below this share
MIXED_CASE_MAX_CAPITALS = 0.4

_WEBVTT = re.compile(r"^\W{0,2}WEBVTT\b")


def capital_share(text: str) -> float:
    letters = [c for c in text if c.isalpha()]
    return sum(c.isupper() for c in letters) / len(letters) if letters else 0.0


def _is_capitals_block(text: str) -> bool:
    return sum(c.isalpha() for c in text) >= TRANSCRIPT_MIN_LETTERS and capital_share(text) >= TRANSCRIPT_MIN_CAPITALS


def cut_transcripts(units: list[Unit]) -> None:
    """A video's closed captions printed under the article ("WEBVTT >> IS EVERYONE READY?GOOD
    MORNING.LET ME BEGIN ..."): a long block in capitals, or one opened by the WebVTT header,
    in an article otherwise written in mixed case. A report written all in capitals (old wire
    copy) has no mixed-case prose beside its blocks and is kept."""
    mixed = any(not u.reason and is_prose(u.text) and capital_share(u.text) < MIXED_CASE_MAX_CAPITALS for u in units)
    for unit in units:
        if unit.reason:
            continue
        if _WEBVTT.match(unit.text) or (mixed and _is_capitals_block(unit.text)):
            unit.reason = "video transcript"


#: "3 of 15": a gallery's or playlist's item counter
_COUNTER = re.compile(r"\b(\d{1,3}) of (\d{1,3})\b")
#: the fewest counters in a row that make a unit a carousel
CAROUSEL_MIN_ITEMS = 3


def is_carousel(text: str) -> bool:
    """A gallery or playlist flattened into one paragraph: its items numbered "1 of 15", "2 of 15",
    "3 of 15" ... out of one total, and its player controls said again for each item."""
    counters = [(int(a), int(b)) for a, b in _COUNTER.findall(text)]
    run = best = 1 if counters else 0
    for (a, total), (b, total2) in zip(counters, counters[1:]):
        run = run + 1 if total == total2 and b == a + 1 else 1
        best = max(best, run)
    # a gallery's controls and the credit label each picture repeats ("Photo: Pro 21 Video Image 2 of
    # 10 ... Back to Gallery")
    controls = len(re.findall(r"(?i)\bembed\b[\sx]+share\b|\bskip ad\b|\bback to gallery\b|\bcaption close\b"
                              r"|(?-i:\bPhoto:\s)", text))
    # a station's playlist: "None 1 of 2 ... | 02:52 ... None 2 of 2 Last VideoNext Video"
    playlist = re.search(r"(?i)\blast video\s*next video\b", text) is not None
    return (best >= CAROUSEL_MIN_ITEMS and controls >= 2) or (best >= 2 and playlist)


#: cut units whose titles a playlist lists again as separate lines
_MEDIA_REASONS = {"photo gallery", "video player", "video links", "video transcript"}


def cut_playlist_titles(units: list[Unit]) -> None:
    """The titles a cut player or gallery listed, printed again one per line below it ("Arrests
    made in Cameo shooting", "911 calls from the Cameo nightclub shootings" after a playlist of
    those videos): lines that are no sentence and that the cut furniture already holds."""
    media = " ".join(fold_key(u.text) for u in units if u.reason in _MEDIA_REASONS)
    if not media:
        return
    media = f" {media} "
    for unit in units:
        if unit.reason or is_prose(unit.text) or _SENTENCE_END.search(unit.text) and not unit.text.endswith("?"):
            continue
        key = fold_key(unit.text)
        if len(key.split()) >= 3 and f" {key} " in media:
            unit.reason = "video links"


#: the fewest labelled captions that make a page's caption style (a page's few "Headline: standfirst"
#: links to other stories are not one)
LABELLED_CAPTIONS_MIN = 4


def _labelled_caption(text: str) -> bool:
    """A label of a word or a few ("Q:" and "A:" open an interview's lines), then a caption that
    reads as a clause (lists of names or products have few lower-case words), no full stop."""
    m = vocab.LABELLED_CAPTION.match(text)
    if m is None or len(text) > 300 or len(m["label"]) < 3 or _SENTENCE_END.search(text):
        return False
    if len(re.findall(r"(?:^|\s)[^\W\d_][\w'’-]*:\s", text)) >= 2:
        return False  # a row of fields: "Name: Fine Fabric Level: 78 NPC: ..."
    caption = words(text[m.end() - 1:])
    return len(caption) >= 6 and sum(w.islower() for w in caption) >= 3 and not re.search(r"[\"”’']\s*$", text)


def cut_labelled_captions(units: list[Unit]) -> None:
    """A tabloid's picture captions, each a label and a colon before a caption without a full
    stop ("Ambushed: Jeremy Lewis, of Fullerton, was carjacked and shot dead early on Tuesday",
    "Trail of blood: Orange County coroner's officials remove the body from the scene"), when the
    page prints at least two of them. A sentence after a label ("UPDATE: Police have arrested a
    man.") ends with its full stop and stays."""
    found = [u for u in units if not u.reason and _labelled_caption(u.text)]
    if len(found) >= LABELLED_CAPTIONS_MIN:
        for unit in found:
            unit.reason = "photo caption"


def cut_published_captions(units: list[Unit], start: int = 0) -> None:
    """A station's video clips in the article: each clip's caption, closed by its publication
    stamp ("... Raw video broadcast Feb. 19, 2013. (Published Tuesday, Feb. 19, 2013)"), and the
    clip's title on the line above it ("OC Shootings Began in Ladera Ranch"). A stamp whose month
    the page's template never filled in ("(Published Monday, ${__output} 9, 2015)") is one too;
    so is a clip's stamp standing alone in the body (already cut as a date), below its title."""
    for i, unit in enumerate(units):
        stamp = vocab.PUBLISHED_STAMP.search(unit.text) if len(unit.text) <= 800 else None
        if stamp is None:
            continue
        value = stamp.group(0).strip("() ")
        if parse_date_stamp(value) is None and not PLACEHOLDER.search(value):
            continue
        lone = stamp.start() == 0
        if unit.reason and not (lone and i >= start and unit.reason in {"date header", "template junk"}):
            continue
        unit.reason = unit.reason or "video caption"
        before = units[i - 1] if i else None
        if before is not None and not before.reason and not is_prose(before.text) and 2 <= len(words(before.text)) <= 20:
            before.reason = "video caption"


def cut_lone_date_line(units: list[Unit], start: int) -> None:
    """A date stamp standing alone in the body ("12:48PM BST 09 Sep 2013", "November 28, 2005"),
    where a page put its publication date below the lead: cut when it gives a full date and is
    the only such line, so that a chronology's dated headings ("March 3, 2019" ...) stay."""
    found = [u for u in units[start:] if not u.reason and (stamp := parse_date_stamp(u.text)) is not None
             and any(m.year for m in stamp.dates)]
    if len(found) == 1:
        found[0].reason = "date header"


#: a dateline standing alone is looked for among the first units of a page
LONE_DATELINE_MAX_INDEX = 4


def cut_lone_dateline(units: list[Unit]) -> None:
    """A dateline on a line of its own near the top ("March 14, 2013-UNITED STATES-"): no
    sentence of the report, but its date (which the metadata stage reads from the cut line).
    The line above it stays what it reads as: a dateline opens a report, so a sentence over it
    may be the lead, not a headline."""
    for unit in units[:LONE_DATELINE_MAX_INDEX]:
        if not unit.reason and lone_dateline(unit.text) is not None:
            unit.reason = "date header"


#: an advert's label left between two sentences of a paragraph: "... Sunday morning. Advertisement Obryan Spikes, 27, died"
_INLINE_ADVERT = re.compile(r"(?<=[.!?\"”’])[ \t]+(?:Advertisement|ADVERTISEMENT)(?=[ \t]+[\"“A-Z])")


def strip_inline_adverts(units: list[Unit]) -> list[tuple[Unit, str]]:
    """Cut an advert's label a page left between two sentences of a paragraph, keeping the
    sentences; ``(unit, cut label)`` pairs."""
    cut: list[tuple[Unit, str]] = []
    for unit in units:
        if not unit.reason and _INLINE_ADVERT.search(unit.text):
            for m in _INLINE_ADVERT.finditer(unit.text):
                cut.append((unit, m.group(0).strip()))
            unit.text = _INLINE_ADVERT.sub("", unit.text)
    return cut
