"""Text-level cleaning: site chrome that survives in pages saved or pasted as text.

The cleaner works on *units* (paragraphs: lines, or blank-separated groups of hard-wrapped
lines) and decides per unit with line-level features: is it prose (sentence punctuation,
enough words), where does it stand (page top, body, tail), and does it consist of a known
boilerplate vocabulary (see :mod:`crosswire.clean.vocab`). Every unit cut is reported as a
:class:`~crosswire.doc.Removal` with the rule that cut it; body sentences are never cut
on position alone.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..doc import Removal
from ..metadata.dateline import parse_dateline
from ..metadata.dates import is_date_line
from . import vocab
from .prose import (_FINAL_ABBREVIATION, _INNER_BOUNDARY, _SENTENCE_END, Unit, fold_key as _key, is_prose,
                    normalize_space, unglue_sentences, word_count, words)
from .headlines import glued_headline_end, long_first_headline, printed_twice
from .inline import cut_template_junk, decode_entities, strip_closing_calls, strip_placeholders
from .media import (cut_labelled_captions, cut_lone_date_line, cut_lone_dateline, cut_playlist_titles,
                    cut_published_captions, cut_transcripts, strip_inline_adverts)
from .widgets import (cut_caption_over_dateline, cut_doubled_runs, cut_galleries, cut_ticker_runs, is_link_row,
                      strip_player_prefix, strip_stamp_prefixes, titles_the_page, widget_reason)

_MARKUP = re.compile(
    r"<\s*(script|style|iframe|object|embed|noscript|template)\b[^>]*>.*?<\s*/\s*\1\s*>"
    r"|<\s*/?\s*(?:script|style|iframe|object|embed|noscript|template|link|meta)\b[^>]*>"
    r"|<\s*[a-z][a-z0-9]*\s+[^<>]*?\bon[a-z]+\s*=\s*[^<>]*>",
    re.IGNORECASE | re.DOTALL,
)


@dataclass
class CleanResult:
    text: str
    removed: list[Removal] = field(default_factory=list)
    #: the page headline found at the top (cut from the body, kept as title)
    title: str | None = None


def is_headline_like(text: str) -> bool:
    """Short, capitalised, without sentence-final punctuation: a title, heading or link text."""
    stripped = text.strip()
    n = word_count(stripped)
    if not (2 <= n <= 25) or len(stripped) > 200:
        return False
    if _SENTENCE_END.search(stripped) and not stripped.endswith("?"):
        return False
    # "6.1-magnitude quake strikes ...", "3 dead in ...": a headline may open with a number
    first = next((c for c in stripped if c.isalnum()), "")
    return first.isupper() or first.isdigit() or not first.isalpha() if first else False


def is_headline_sentence(text: str) -> bool:
    """A first line that reads as a sentence but is a headline: short, one sentence, and
    ending in a question or exclamation mark or in an abbreviation ("Who was the suspect?",
    "Six family members dead in murder-suicide in Chesapeake, Va."). A dateline lead or a
    sentence ending in a full stop is body."""
    stripped = text.strip()
    n = word_count(stripped)
    if not (3 <= n <= 20) or len(stripped) > 160:
        return False
    if not (stripped.endswith(("?", "!", "?”", "?\"", "!”")) or _FINAL_ABBREVIATION.search(stripped)):
        return False
    body = _FINAL_ABBREVIATION.sub("", stripped) if _FINAL_ABBREVIATION.search(stripped) else stripped[:-1]
    if any(not _FINAL_ABBREVIATION.search(stripped[: m.start() + 1]) for m in _INNER_BOUNDARY.finditer(body)):
        return False  # two sentences: a lead paragraph
    found = parse_dateline(stripped)
    if found is not None and (found.agency or found.date or found.place):
        return False
    first = next((c for c in stripped if c.isalnum()), "")
    return first.isupper() or first.isdigit()


# ---------------------------------------------------------------- random junk

_VOWELS = set("aeiouyàáâãäåèéêëìíîïòóôõöùúûüý")


# consonant pairs that are ordinary in European languages (the rest are rare in real words)
_CLUSTERS = frozenset(
    """bb bl br bs by cc ch ck cl cr ct cz dd dg dl dr ds dt dy dz ff fl fr fs ft gg gh gl gn gr gs ht hl hm hn hr
    hs hw hy jj kk kl kn kr ks ky ld lf lg lk ll lm ln lp ls lt lv lw ly lz mb mm mn mp ms my nc nd ng nk nl nm nn
    ns nt nv nw nx ny nz ph pl pp pr ps pt py rb rc rd rf rg rh rk rl rm rn rp rr rs rt rv rw ry rz sc sh sk sl sm
    sn sp sq ss st sw sy sz tc th tl tm tn tr ts tt tw ty tz vr vy wh wl wn wr ws xt xp xc yl ym yn yr ys zz zw""".split()
)


def looks_random(token: str) -> bool:
    """A token that is no word of any language: random letters, a stray hash or tracking id.

    Decided on character statistics: natural words alternate vowels and consonants, so a
    long token with few vowels or long consonant runs is junk; a long mix of letters and
    digits without separators is an id or hash.
    """
    token = token.strip(".,;:!?\"'()[]")
    if len(token) < 12 or not token.isascii() or not token.isalnum():
        return False
    letters = [c for c in token.lower() if c.isalpha()]
    digits = sum(c.isdigit() for c in token)
    if digits and letters and len(token) >= 16:
        changes = sum(1 for a, b in zip(token, token[1:]) if a.isdigit() != b.isdigit())
        if changes >= 4:
            return True
    if not letters or digits:
        return False
    vowel_ratio = sum(c in _VOWELS for c in letters) / len(letters)
    pairs = list(zip(letters, letters[1:]))
    odd_pairs = sum(1 for a, b in pairs if a not in _VOWELS and b not in _VOWELS and a + b not in _CLUSTERS)
    return vowel_ratio < 0.12 or odd_pairs / len(pairs) >= 0.25


def is_junk_line(text: str) -> bool:
    tokens = text.split()
    return 0 < len(tokens) <= 3 and all(looks_random(t) for t in tokens)


# ---------------------------------------------------------------- units


def split_units(text: str) -> list[Unit]:
    """Paragraph units with their offsets; hard-wrapped text is re-joined into paragraphs."""
    lines: list[tuple[int, str]] = []
    pos = 0
    for raw_line in text.splitlines(keepends=True):
        lines.append((pos, raw_line.rstrip("\r\n").rstrip()))
        pos += len(raw_line)
    nonblank = [line for _, line in lines if line.strip()]
    if _hard_wrapped(nonblank, lines):
        units: list[Unit] = []
        group: list[tuple[int, str]] = []
        for offset, line in lines + [(pos, "")]:
            if line.strip():
                group.append((offset, line))
            elif group:
                units.append(Unit(" ".join(s.strip() for _, s in group), group[0][0]))
                group = []
        return units
    units = []
    for offset, line in lines:
        if line.strip():
            lead = len(line) - len(line.lstrip())
            units.append(Unit(line.strip(), offset + lead))
    return units


def _hard_wrapped(nonblank: list[str], lines: list[tuple[int, str]]) -> bool:
    """Text wrapped at a fixed width (emails, wire copy): many lines near one width, not ending sentences."""
    if len(nonblank) < 6 or not any(not line.strip() for _, line in lines):
        return False
    lengths = sorted(len(s) for s in nonblank)
    width = lengths[int(len(lengths) * 0.9) - 1]
    if not 50 <= width <= 100:
        return False
    near = sum(1 for n in lengths if width - 15 <= n <= width)
    open_ended = sum(1 for s in nonblank if not _SENTENCE_END.search(s))
    return near >= 0.5 * len(nonblank) and open_ended >= 0.4 * len(nonblank)


# ---------------------------------------------------------------- rules


# a label standing alone over a report's new top: "UPDATE:", "BREAKING"
_LONE_LABEL = re.compile(r"(?i:update|updated|breaking|breaking news|developing|developing story)\s*:?")


def _chrome_reason(text: str) -> str | None:
    """The boilerplate vocabulary a whole unit belongs to, if any."""
    if len(text) <= 300 and vocab.ACCOUNT_NOTICE.match(text):
        return "account notice"
    if len(text) > 160:
        return None
    if vocab.ARROW_LINK.match(text) and not _SENTENCE_END.search(text):
        return "related links"
    if _LONE_LABEL.fullmatch(text.strip()):
        return "page metadata"
    if vocab.COURTESY_CREDIT.match(text):
        return "photo credit"
    if is_link_row(text):
        return "navigation"
    if vocab.COMMENT_FORM.match(text):
        return "comment form"
    if vocab.SHARE_LINE.match(text) and words(text):
        return "share widget"
    if vocab.ADVERT.match(text):
        return "advertisement"
    if vocab.END_MARKER.match(text):
        return "end of article"
    if vocab.NAVIGATION.match(text) or (is_menu_line(text) and len(text.split()) >= 4):
        return "navigation"
    if vocab.RELATED_TEASER.match(text) and not is_prose(text):
        return "related links"
    if len(text) <= 250 and vocab.PROMOTION.match(text):
        return "promotion"
    if vocab.STAMP_LINE.match(text) and not is_prose(text):
        return "date header"
    if is_field_row(text):
        return "page metadata"
    if vocab.TAXONOMY_LINE.match(text) and not is_prose(text):
        return "tags"
    if vocab.READING_TIME.match(text):
        return "date header"
    names_photo = re.search(r"(?i)\b(?:photo|foto|fotograf|image|bild|picture|illustration|getty|shutterstock)", text)
    if len(text) <= 200 and vocab.PHOTO_CREDIT.search(text) and (names_photo or not vocab.COPYRIGHT_LINE.match(text)) and (
        not is_prose(text) or re.search(r"\((?:[^()]*(?:photo|image|credit|getty|reuters|ap|afp)[^()]*)\)\W*$", text, re.I)
    ):
        return "photo credit"
    return None


def is_field_row(text: str) -> bool:
    """A row of labelled fields ("Published by: X - Category: Y - Tags: Z"), not a sentence."""
    return len(text) <= 300 and len(vocab.FIELD_LABEL.findall(text)) >= 2 and not _SENTENCE_END.search(text[-2:])


#: labels of the metadata fields a text export puts above (or below) the article, by what they hold
_FIELD_REASONS = {
    "headline": ("title", "headline", "subject"),
    "outlet field": ("source", "publication", "publication name", "publisher", "outlet", "newspaper", "media",
                     "source name", "site"),
    "byline": ("author", "authors", "byline", "by", "writer", "reporter", "written by"),
    "date header": ("date", "published", "publication date", "date published", "posted", "updated",
                    "load-date", "load date", "pubdate"),
    "page metadata": ("section", "length", "word count", "language", "publication-type", "publication type",
                      "document type", "type", "url", "link", "permalink", "keywords", "tags", "category",
                      "document id", "id", "graphic", "journal code"),
}
_FIELD_LINE = re.compile(
    r"^\s*(?P<label>" + "|".join(sorted((re.escape(l) for ls in _FIELD_REASONS.values() for l in ls), key=len, reverse=True))
    + r")\s*:\s*(?P<value>\S.{0,200})$", re.IGNORECASE)
_FIELD_REASON_OF = {label: reason for reason, labels in _FIELD_REASONS.items() for label in labels}


#: a line that is only a web address (a saved page's source line)
BARE_URL = re.compile(r"^\s*(?:https?://|www\.)[^\s<>\"]+\s*$", re.IGNORECASE)


def labelled_field(text: str) -> tuple[str, str] | None:
    """``(reason, value)`` for a export's metadata line ("Title: …", "Source: The Ledger",
    "LENGTH: 512 words"); None for anything else."""
    if len(text) > 220 or "\n" in text.strip():
        return None
    match = _FIELD_LINE.match(text)
    if not match:
        return None
    return _FIELD_REASON_OF[match["label"].lower()], match["value"].strip()


def is_tag_list(text: str) -> bool:
    """A comma- or bar-separated list of short keywords (a tag cloud rendered as text)."""
    parts = [p.strip() for p in re.split(r"\s*[,|•·;]\s*", text) if p.strip()]
    return len(parts) >= 3 and all(word_count(p) <= 5 and not re.search(r"[.!?]$", p) for p in parts)


def is_menu_line(text: str) -> bool:
    """A row of section names ("Home News Nation Business Sport Weather Contact")."""
    tokens = [t.strip("|•·/»›>,").casefold() for t in text.split()]
    tokens = [t for t in tokens if t]
    if len(tokens) < 3 or len(text) > 200:
        return False
    hits = sum(1 for t in tokens if t in vocab.SECTION_WORDS)
    return hits >= 3 and hits >= 0.7 * len(tokens)


# section names run together, as a breadcrumb trail renders without its separators
_GLUED_TRAIL = re.compile(r"(?:[A-Z][a-z]+|[A-Z]{2,4}(?=[A-Z][a-z]|$)){1,6}(?:\s*[>»›|/:]\s*)?")


def _is_breadcrumb(text: str, following: list[str]) -> bool:
    """A breadcrumb trail: a glued or separated path of section names, often ending in the title."""
    if is_prose(text) and not any(f and text.endswith(f) for f in following):
        return False
    if vocab.BREADCRUMB_ROOT.match(text):
        return True
    parts = [p for p in vocab.BREADCRUMB_SEPARATORS.split(text) if p.strip()]
    if len(parts) >= 3 and all(len(words(p)) <= 4 for p in parts[:-1]):
        return True
    # the trail is glued to the page title that follows it: "HomeWorldUS, China talks ..."
    for nxt in following[:3]:
        if nxt and len(nxt) >= 15 and text != nxt and text.endswith(nxt):
            prefix = text[: -len(nxt)].strip()
            if _GLUED_TRAIL.fullmatch(prefix):
                return True
    return False


#: a page header is at most this many units (pages without prose have no header to speak of)
MAX_HEADER_UNITS = 12


def _top_region_end(units: list[Unit]) -> int:
    """Index of the first prose unit: everything above it is page header."""
    for i, unit in enumerate(units[:MAX_HEADER_UNITS]):
        if not unit.reason and is_prose(unit.text):
            return i
    return min(len(units), MAX_HEADER_UNITS)


def _tail_region_start(units: list[Unit]) -> int:
    """Index after the last prose unit that is not chrome."""
    for i in range(len(units) - 1, -1, -1):
        text = units[i].text
        if is_prose(text) and _chrome_reason(text) is None and not _is_sign_off(text):
            return i + 1
    return 0


def _is_sign_off(text: str) -> bool:
    """Credits and copyright lines: prose-like, but they close a report rather than belong to it."""
    return bool(vocab.CREDIT_LINE.match(text) or vocab.COPYRIGHT_LINE.match(text) or vocab.SOURCE_LINE.match(text)
                or vocab.AUTHOR_NOTE.match(text) or vocab.RIGHTS_NOTICE.match(text))


# a paragraph cut short by the site: "... plano paralelo para …", "... [...]", "... … Read more"
_TRUNCATED = re.compile(
    r"(?:…|\.\.\.|\[…\]|\[\.\.\.\]|\(…\)|\(\.\.\.\))\s*"
    r"(?:(?:read|continue|more|weiterlesen|lire la suite|leer más|leia mais|continua)\b.{0,20})?$",
    re.IGNORECASE,
)


def _cut_teaser_runs(units: list[Unit]) -> None:
    """Lists of other posts' excerpts ("... plano paralelo para …"): three or more truncated
    paragraphs in a row, with the titles between them."""
    i = 0
    while i < len(units):
        j, excerpts = i, 0
        while j < len(units) and not units[j].reason and (
            _TRUNCATED.search(units[j].text) or (is_headline_like(units[j].text) and j + 1 < len(units)
                                                 and _TRUNCATED.search(units[j + 1].text))
        ):
            excerpts += bool(_TRUNCATED.search(units[j].text))
            j += 1
        if excerpts >= 3:
            for unit in units[i:j]:
                unit.reason = "related links"
        i = max(j, i + 1)


def _join_bare_datelines(units: list[Unit]) -> list[Unit]:
    """A dateline on a line of its own ("KUALA LUMPUR, Oct 26 (Reuters) -") opens the next paragraph."""
    joined: list[Unit] = []
    skip = False
    for i, unit in enumerate(units):
        if skip:
            skip = False
            continue
        nxt = units[i + 1] if i + 1 < len(units) else None
        if nxt is not None and i < MAX_HEADER_UNITS and len(unit.text) <= 80 and nxt.text[:1].isupper():
            found = parse_dateline(unit.text + " " + nxt.text)
            if found is not None and found.end >= len(unit.text) and (found.agency or found.date):
                joined.append(Unit(unit.text + " " + nxt.text, unit.offset))
                skip = True
                continue
        joined.append(unit)
    return joined


def clean_text(
    text: str, *, title_hint: str | None = None, keep_offsets: bool = True, guess_title: bool = True
) -> CleanResult:
    """Cut site chrome from a page's text; paragraphs come back separated by blank lines.

    ``title_hint`` is a title known from elsewhere (HTML metadata): a body unit repeating
    it is cut. ``guess_title`` False keeps a headline-like first line in the body (for text
    extracted from HTML, whose title comes from the page's metadata). ``keep_offsets`` False
    reports removals without offsets (when ``text`` is not the raw input, e.g. text
    extracted from HTML).
    """
    text = text.replace("\x00", "")
    units = _join_bare_datelines(split_units(text))
    title: str | None = None
    title_keys: set[str] = set()
    if title_hint and _key(title_hint):
        title_keys.add(_key(title_hint))

    # 1. markup left in the text (pasted source, broken extraction, CMS shortcodes): never keep it
    markup_cuts: list[Removal] = []
    for unit in units:
        unit.text = decode_entities(unit.text)  # "Mr. G&#39;s" in a text export of a page
        if _MARKUP.search(unit.text) or "[" in unit.text and vocab.SHORTCODE.search(unit.text):
            pieces = [m.group(0) for m in _MARKUP.finditer(unit.text)]
            unit_text = _MARKUP.sub(" ", unit.text)
            pieces += [m.group(0) for m in vocab.SHORTCODE.finditer(unit_text)]
            unit_text = normalize_space(vocab.SHORTCODE.sub(" ", unit_text))
            if not unit_text:
                unit.reason = "markup"
            else:
                unit.text = unit_text
                markup_cuts += [Removal(piece, "markup", unit.offset if keep_offsets else None) for piece in pieces]

    cut_template_junk(units)
    cut_lone_dateline(units)

    # video players and galleries: controls glued ahead of a paragraph, a gallery's captions;
    # a clip's transcript and captions, a tabloid's picture captions
    cut_galleries(units)
    cut_transcripts(units)
    for unit in units:
        if not unit.reason and (prefix := strip_player_prefix(unit)):
            markup_cuts.append(Removal(prefix, "video player", unit.offset if keep_offsets else None))
    for unit, label in strip_inline_adverts(units):
        markup_cuts.append(Removal(label, "advertisement", unit.offset if keep_offsets else None))
    for unit, stamp in strip_stamp_prefixes(units):
        markup_cuts.append(Removal(stamp, "date header", unit.offset if keep_offsets else None))

    # the headline glued to the first paragraph by a table layout: cut, keeping the paragraph
    first = next((u for u in units if not u.reason), None)
    if first is not None and title_hint and (glued := glued_headline_end(first.text, title_hint)):
        markup_cuts.append(Removal(first.text[:glued].strip(), "repeated headline", first.offset if keep_offsets else None))
        first.text = first.text[glued:]

    # the first line of a text file is its headline even when it reads as a sentence, as long
    # as body text follows it ("Who was the suspect?", "Six dead in Chesapeake, Va.")
    opening = next((i for i, u in enumerate(units) if not u.reason), None)
    if (guess_title and not title_keys and opening == 0 and len(units) > 1
            and (is_headline_sentence(units[0].text) or printed_twice(units) or titles_the_page(units)
                 or long_first_headline(units))
            # ... body text other than the line itself printed again
            and any(is_prose(u.text) and _key(u.text) != _key(units[0].text) for u in units[1:4])):
        title = units[0].text
        title_keys.add(_key(title))
        units[0].reason = "headline"

    # 2. page header: dates, menus, breadcrumbs, bylines, the headline
    top_end = _top_region_end(units)
    header = units[:top_end]
    for i, unit in enumerate(header):
        if unit.reason:
            continue
        following = [u.text for u in header[i + 1 :] if not u.reason]
        field_line = labelled_field(unit.text) or (("page metadata", unit.text.strip())
                                                   if BARE_URL.match(unit.text) else None)
        if field_line:
            unit.reason, value = field_line
            if unit.reason == "headline" and title is None:
                title = value
                title_keys.add(_key(value))
        elif is_date_line(unit.text) or vocab.RELATIVE_TIME.match(unit.text) or vocab.READING_TIME.match(unit.text):
            unit.reason = "date header"
        elif widget_reason(unit.text):
            unit.reason = widget_reason(unit.text)
        elif _chrome_reason(unit.text):
            unit.reason = _chrome_reason(unit.text)
        elif is_menu_line(unit.text) or _is_breadcrumb(unit.text, following):
            unit.reason = "navigation"
        elif vocab.BYLINE.match(unit.text) or vocab.LONE_BY.match(unit.text):
            unit.reason = "byline"
        elif vocab.COUNTER_LINE.match(unit.text):
            unit.reason = "page metadata"  # a widget's count above the story: "Comments : 0"
        elif _key(unit.text) in title_keys or (not is_prose(unit.text)
                                               and any(_key(unit.text).startswith(k + " ") for k in title_keys)):
            unit.reason = "repeated headline"  # also with its standfirst and share links run on
        elif guess_title and title is None and not title_keys and is_headline_like(unit.text):
            title = unit.text
            title_keys.add(_key(unit.text))
            unit.reason = "headline"

    # the headline said again at the top of the first paragraph, as a page's layout glued it
    first = next((u for u in units[top_end:] if not u.reason), None)
    if first is not None and title and not title_hint and (glued := glued_headline_end(first.text, title)):
        markup_cuts.append(Removal(first.text[:glued].strip(), "repeated headline", first.offset if keep_offsets else None))
        first.text = first.text[glued:]

    tail_start = max(_tail_region_start(units), top_end)

    # 3. body: chrome vocabularies, repeated headline, "related" blocks
    in_related = False
    for index, unit in enumerate(units[top_end:], start=top_end):
        if unit.reason:
            continue
        key = _key(unit.text)
        if key and key in title_keys:
            unit.reason = "repeated headline"
            continue
        if vocab.RELATED_HEADING.match(unit.text) and len(unit.text) <= 60:
            unit.reason = "related links"
            in_related = True
            continue
        if in_related and (not is_prose(unit.text) or is_tag_list(unit.text)) and _chrome_reason(unit.text) is None:
            unit.reason = "related links"
            continue
        in_related = False
        reason = widget_reason(unit.text) or _chrome_reason(unit.text)
        if reason:
            unit.reason = reason
        elif is_junk_line(unit.text):
            unit.reason = "junk tail" if index >= tail_start else "junk"

    cut_doubled_runs(units)
    cut_caption_over_dateline(units)
    cut_published_captions(units, top_end)
    cut_labelled_captions(units)
    _cut_teaser_runs(units)
    cut_ticker_runs(units)
    cut_playlist_titles(units)
    cut_lone_date_line(units, top_end)

    # 4. tail: after the body ends, short non-prose units are page furniture
    ended = False
    for unit in units[tail_start:]:
        if unit.reason:
            ended = ended or unit.reason in {"end of article", "comment form", "related links", "promotion"}
            continue
        if is_junk_line(unit.text):
            unit.reason = "junk tail"
        elif vocab.COPYRIGHT_LINE.match(unit.text) or vocab.RIGHTS_NOTICE.match(unit.text):
            unit.reason = "copyright"
        elif (vocab.CREDIT_LINE.match(unit.text) or vocab.CONTACT_LINE.match(unit.text)
              or vocab.SOURCE_LINE.match(unit.text) or vocab.AUTHOR_NOTE.match(unit.text)):
            unit.reason = "credits"
        elif is_date_line(unit.text):
            unit.reason = "date header"
        elif (field_line := labelled_field(unit.text)) and field_line[0] != "headline":
            unit.reason = field_line[0]  # an export's closing fields ("LOAD-DATE: …")
        elif ended and not is_prose(unit.text):
            unit.reason = "page footer"

    for unit, sentence in strip_closing_calls(units):
        markup_cuts.append(Removal(sentence, "promotion", unit.offset if keep_offsets else None))
    for unit, placeholder in strip_placeholders(units):
        markup_cuts.append(Removal(placeholder, "template junk", unit.offset if keep_offsets else None))

    # a paragraph said again right after itself (a widget rendered twice, a summary repeating
    # the lead): kept once. Repeats further apart stay: recipes, Q&As and lists repeat lines.
    previous = ""
    for unit in units:
        if unit.reason:
            continue
        key = _key(unit.text)
        if len(key.split()) >= 6 and key == previous:
            unit.reason = "repeated paragraph"
        previous = key

    # 5. a random token glued to the end of the last paragraph
    kept = [u for u in units if not u.reason]
    removed: list[Removal] = markup_cuts
    if kept:
        last = kept[-1]
        tokens = last.text.split()
        if len(tokens) > 3 and looks_random(tokens[-1]) and _SENTENCE_END.search(" ".join(tokens[:-1])):
            junk = tokens[-1]
            cut = last.text.rstrip()[: -len(junk)].rstrip()
            removed.append(Removal(junk, "junk tail", last.offset + len(cut) + 1 if keep_offsets else None))
            last.text = cut

    # 6. removals, merged per contiguous run of one reason
    run: list[Unit] = []
    for unit in units + [Unit("", -1)]:
        if run and (unit.reason != run[-1].reason):
            removed.append(
                Removal("\n".join(u.text for u in run), run[0].reason or "", run[0].offset if keep_offsets else None)
            )
            run = []
        if unit.reason:
            run.append(unit)
    removed.sort(key=lambda r: (r.offset is None, r.offset or 0))
    body = "\n\n".join(unglue_sentences(u.text) for u in units if not u.reason and u.text.strip())
    return CleanResult(body, removed, title)
