"""Page furniture that survives as text: video players, photo galleries and captions,
embedded posts and calls to click (the vocabulary is in :mod:`crosswire.clean.vocab`)."""

from __future__ import annotations

import re

from ..metadata.dateline import parse_dateline
from ..metadata.dates import TIME, is_date_line
from ..metadata.outlets import agency_pattern, title_domain_suffix
from . import vocab
from .media import is_carousel
from .prose import _SENTENCE_END, Unit, fold_key, is_prose, sentence_count, word_count, words


_AGENCY_CAPTION = re.compile(rf"\((?:{agency_pattern()}|Getty Images)\)\W*$")
#: a picture's credit standing alone, the photographer and the agency: "ALEX GALLARDO/REUTERS",
#: "Mark Rightmire,/AP", "Uncredited/AP"
_NAME_AGENCY = re.compile(
    rf"^(?:[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){{0,3}}|(?i:uncredited|staff|handout))\s*,?\s*/\s*"
    rf"(?:{agency_pattern()}|Getty Images|EPA|AP Photo|AFP Photo|Getty|Shutterstock)\W*$"
)
#: the USA Today network's link to buy a print, on either side of a caption
_BUY_PHOTO = re.compile(r"^\s*Buy Photo\s+|\s*Buy Photo\s*$")


#: a teaser's closing link after its summary: "... after a shooting that injured three children. More"
_MORE_LINK = re.compile(r"[.!?][\"'”’]?\s+(?:More|Read [Mm]ore|MORE|READ MORE)\s*[»›>…]?\s*$")


#: the longest caption closed by a photo credit: a wire picture's caption carries the story's
#: background in two or three sentences ("... The murder rate is up about 11 percent from 2011,
#: much of which is attributed to growing gang violence. (Photo by A. Name/Getty Images)")
CAPTION_MAX_CHARS = 1000


def _is_caption_run(text: str) -> bool:
    """Captions, each closed by its photo credit ("Police escort a suspect ... (Photo by A. Name/Getty
    Images)"), alone or glued into one paragraph by a gallery."""
    text = _BUY_PHOTO.sub("", text)
    credits = list(vocab.CAPTION_CREDIT.finditer(text))
    if not credits or text[credits[-1].end():].strip(" .\t"):
        return False
    start = 0
    for m in credits:
        if len(text[start:m.start()].strip()) > CAPTION_MAX_CHARS:
            return False
        start = m.end()
    return True


#: a photographer's credit in a paper's style, the name and the paper: "(Abel Uribe / Chicago Tribune)"
_PAPER_CREDIT = re.compile(
    r"\((?P<credit>(?:[A-Z][\w.'’-]*\s+){1,3}[A-Z][\w.'’-]*\s*/\s*(?:[Tt]he\s+)?[A-Z][\w.&'’-]*"
    r"(?:\s+[A-Z][\w.&'’-]*){0,3})\)\W*$")


#: a caption and its photographer after a bar, as a paper prints them: "Emergency crews clog the
#: intersection as neighbors peeked out of their homes. | Sam Charles", "... Far South Side. | Sam
#: Charles / Sun-Times" (a sentence of a report never ends in a bar and a name; a title's "| Site"
#: follows no full stop)
_BAR_CREDIT = re.compile(
    r"[.!?][\"”’]?\s+\|\s+(?:[A-Z][\w.'’-]*\s+){1,3}[A-Z][\w.'’-]*"
    r"(?:\s*/\s*(?:[Tt]he\s+)?[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,3})?\s*$")


def _is_doubled_caption(text: str) -> bool:
    """A picture's caption as a gallery prints it, closed by a photographer's credit in a paper's
    style and said twice ("Four dead ... Abel Uribe / Chicago Tribune A plainclothes officer ...
    2016. A plainclothes officer ... 2016. (Abel Uribe / Chicago Tribune) (Abel Uribe / Chicago
    Tribune)"). Such a credit alone could close a parenthesis of a report; said twice, or with the
    caption's sentence said twice before it, it is the gallery's."""
    m = _PAPER_CREDIT.search(text)
    if m is None or len(text) > 2 * CAPTION_MAX_CHARS:
        return False
    credit = " ".join(m["credit"].split())
    return " ".join(text.split()).count(credit) >= 2 or _has_repeated_sentence(text[: m.start()])


def _has_repeated_sentence(text: str) -> bool:
    seen: set[str] = set()
    for piece in re.split(r"(?<=[.!?])\s+(?=[A-Z])", text):
        key = fold_key(piece)
        if len(key.split()) >= 5:
            if key in seen:
                return True
            seen.add(key)
    return False


def widget_reason(text: str) -> str | None:
    """Video players, galleries, embedded posts and calls to click, at any length: a unit
    made of one of them, never a paragraph that merely mentions a video or a post."""
    if len(text) <= 160 and vocab.PLAYER_LINE.match(text):
        return "video player"
    if vocab.PLAYER_NOTICE.fullmatch(text) or len(text) <= 300 and vocab.EMBED_CODE.match(text):
        return "video player"
    if len(text) <= 80 and _NAME_AGENCY.match(text):
        return "photo credit"
    if is_carousel(text):
        return "photo gallery"
    if vocab.VIDEO_LINKS.match(text):
        return "video links"
    if len(text) <= 200 and vocab.MEDIA_TEASER.match(text) and sentence_count(text) == 1:
        return "related links"
    if len(text) <= 100 and vocab.MEDIA_LABEL.match(text) and not is_prose(text):
        return "video links"  # "MORE MEDIA KATU - clip"
    if (glued := vocab.RELATED_GLUED.match(text)) and _is_link_title(glued["rest"]):
        return "related links"  # "Related Coverage 3 dead, 1 critical in berry farm shooting"
    if len(text) <= 400 and _MORE_LINK.search(text):
        return "related links"  # another story's title and summary with its "More" link
    if len(text) <= 200 and vocab.CALL_TO_ACTION.match(text):
        return "promotion"
    if len(text) <= 600 and (post := vocab.EMBEDDED_POST.search(text)) and words(text[: post.start()]):
        # a post flattened into one paragraph with its signature; a signature standing alone
        # under its post's paragraphs (as HTML extraction leaves it) is left to the page's layout
        return "embedded post"
    if vocab.CAPTION_ITEM.match(text) and (len(vocab.CAPTION_ITEM.findall(text)) >= 2 or _has_repeated_sentence(text)):
        return "photo gallery"
    if len(text) <= 3000 and _is_caption_run(text):
        return "photo caption"
    if _is_doubled_caption(text):
        return "photo caption"
    if len(text) <= 400 and _BAR_CREDIT.search(text):
        return "photo caption"
    if len(text) <= 300 and _AGENCY_CAPTION.search(text) and parse_dateline(text) is None:
        return "photo caption"  # a video's caption credited to the agency that shot it: "... standoff. (Reuters)"
    return None


def cut_galleries(units: list[Unit]) -> None:
    """A photo gallery: its loading notice and first caption ("Loading... Police at the
    scene."), its captions, and the player controls that close it ("1 of 12 Autoplay Pause")."""
    for i, unit in enumerate(units):
        if unit.reason or not vocab.GALLERY_START.match(unit.text):
            continue
        for j in range(i + 1, min(len(units), i + 31)):
            if vocab.PLAYER_LINE.match(units[j].text):
                for member in units[i : j + 1]:
                    member.reason = member.reason or "photo gallery"
                break
            if len(units[j].text) > 300:
                break


def strip_player_prefix(unit: Unit) -> str | None:
    """Cut a video player's controls glued ahead of a paragraph ("Skip Ad Ad Loading... x
    Embed x Share Six bodies ..."); the cut text, or None."""
    notice = vocab.PLAYER_NOTICE.match(unit.text)
    if notice and notice.end() < len(unit.text):
        unit.text = unit.text[notice.end():]
        return notice.group(0).strip()
    m = vocab.PLAYER_PREFIX.match(unit.text)
    if not m:
        return None
    prefix = m.group(0)
    if len(prefix.split()) < 2 and not re.match(r"(?i)\W{0,2}loading", prefix):
        return None
    unit.text = unit.text[m.end():]
    return prefix.strip()


def _is_link_title(text: str) -> bool:
    """A linked headline: capitalised, one clause, not ending a sentence."""
    text = text.strip()
    first = next((c for c in text if c.isalnum()), "")
    return (bool(first) and (first.isupper() or first.isdigit()) and len(words(text)) >= 2
            and (not _SENTENCE_END.search(text) or text.endswith("?")) and sentence_count(text) == 1)


#: the fewest items in a row that make a ticker, and the fewest lower-case words in their common frame
TICKER_MIN_ITEMS = 3
TICKER_MIN_FRAME = 3


_CLOCK_TIME = re.compile(r"\b\d{1,2}:\d\d(?!\d)")


def _ticker_frame(text: str) -> str | None:
    """The fixed words of a ticker item ("Tornado Watch issued May 8 at 7:41PM CDT expiring May 9 at
    3:00AM CDT in effect for: McCurtain" -> "issued at expiring at in effect for"): its lower-case
    words, when the item is stamped with a clock time and ends no sentence."""
    if _SENTENCE_END.search(text) and not text.rstrip().endswith(":") or not _CLOCK_TIME.search(text):
        return None
    frame = [w for w in words(text) if w.islower()]
    return " ".join(frame) if len(frame) >= TICKER_MIN_FRAME else None


def cut_ticker_runs(units: list[Unit]) -> None:
    """A ticker or alert feed rendered as text: three or more lines in a row, each stamped with a
    clock time, that fill one frame with different names, dates and numbers and end no sentence
    ("Tornado Watch issued May 8 at 7:41PM CDT ... in effect for: McCurtain", "Flash Flood Warning
    issued May 8 at ..."). Lists that read as sentences, whose lines say different things, or that
    the article introduces ("The officers are:") are left alone."""
    i = 0
    while i < len(units):
        introduced = i > 0 and units[i - 1].text.rstrip().endswith((":", "："))
        frame = None if units[i].reason or introduced else _ticker_frame(units[i].text)
        j = i + 1
        if frame is not None:
            while j < len(units) and not units[j].reason and _ticker_frame(units[j].text) == frame:
                j += 1
            distinct = len({fold_key(u.text) for u in units[i:j]})
            if j - i >= TICKER_MIN_ITEMS and distinct >= TICKER_MIN_ITEMS:
                for unit in units[i:j]:
                    unit.reason = "ticker"
        i = j


def strip_stamp_prefixes(units: list[Unit]) -> list[tuple[Unit, str]]:
    """Cut the time stamp a page glued ahead of a paragraph ("Updated at 4:45 p.m. ET: Officials
    said ..."), keeping the paragraph; ``(unit, cut stamp)`` pairs. A live blog, whose entries
    each open with their time ("UPDATE 7:02 p.m.: ..."), keeps its times: they order its entries."""
    stamped = [u for u in units if not u.reason and vocab.STAMP_PREFIX.match(u.text)]
    if len(stamped) != 1:
        return []
    cut = _strip_stamp_prefix(stamped[0])
    return [(stamped[0], cut)] if cut else []


def _strip_stamp_prefix(unit: Unit) -> str | None:
    m = vocab.STAMP_PREFIX.match(unit.text)
    if not m:
        return None
    when = m["when"].strip(" ,")
    if not (TIME.fullmatch(when) or is_date_line(when)) or not is_prose(unit.text[m.end():]):
        return None
    unit.text = unit.text[m.end():]
    return m.group(0).strip()


def is_link_row(text: str) -> bool:
    """A row of four or more short links between bars: "FREE APPS | NOW | FACEBOOK | TWITTER"."""
    items = [i.strip() for i in text.split("|")]
    return (len(items) >= 4 and len(text) <= 120 and all(1 <= len(i.split()) <= 3 for i in items)
            and all(i[:1].isupper() or i[:1].isdigit() for i in items) and not _SENTENCE_END.search(text))


def cut_doubled_runs(units: list[Unit]) -> None:
    """A carousel of other stories that renders each teaser twice (its summary in two layouts):
    three or more paragraphs in a row, each said again right after itself. A report repeats a
    paragraph by accident once, never as a run."""
    i = 0
    while i < len(units):
        j = i
        while (j + 1 < len(units) and not units[j].reason and not units[j + 1].reason
               and fold_key(units[j].text) and fold_key(units[j].text) == fold_key(units[j + 1].text)):
            j += 2
        if (j - i) // 2 >= 3:
            for unit in units[i:j]:
                unit.reason = "related links"
        i = max(j, i + 1)


# a caption's closing credit: "(Source: Stephen Washburn Sr.)", "(Photo: KXYZ)"
_CAPTION_SOURCE = re.compile(r"\((?i:source|photo|photos|image|credit|courtesy)\b\s*:?[^()]{2,60}\)\W*$")


def cut_caption_over_dateline(units: list[Unit]) -> None:
    """A picture's caption set above the dateline that opens the report ("A man takes cover
    ... (Source: A. Name)" over "LOUISVILLE, KY (WAVE) - ..."): nothing of a report precedes
    its dateline."""
    kept = [u for u in units if not u.reason]
    if len(kept) >= 2 and len(kept[0].text) <= 300 and _CAPTION_SOURCE.search(kept[0].text):
        found = parse_dateline(kept[1].text)
        if found is not None and (found.agency or found.date):
            kept[0].reason = "photo caption"


def titles_the_page(units: list[Unit]) -> bool:
    """A first line set over the page the way only a headline is: copied from a <title> with
    the site's address after it ("Shots fired - wave3.com-Louisville News"), or standing right
    above the page's date stamp ("Posted: May 24, 2005") even when it reads as a sentence."""
    first = units[0].text
    if len(first) > 220 or "\n" in first.strip() or word_count(first) < 3:
        return False
    if title_domain_suffix(first):
        return True
    return len(units) > 2 and word_count(first) <= 30 and not units[1].reason and is_date_line(units[1].text)
