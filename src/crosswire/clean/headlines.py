"""The page's headline where it is printed inside the text: glued to the first paragraph by a
table layout, said again in other words below a section label, or printed twice over the article."""

from __future__ import annotations

import re

from . import vocab
from .prose import _INNER_BOUNDARY, _SENTENCE_END, Unit, fold_key as _key, is_prose, normalize_space


#: a byline and a date written right after a headline glued to the first paragraph
_BYLINE_AND_DATE = re.compile(
    r"[ \t]*(?:by[ \t]+(?:[A-Z][\w.'’-]*[ \t]+){1,4})?"
    r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?[ \t]+)?(?:[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2},?[ \t]+\d{4}[ \t]+)?")


def glued_headline_end(text: str, title: str) -> int | None:
    """Where a page's headline (with its byline and date) ends when a layout glued it to the
    first paragraph ("Seeking a bigger role … by Jeff Foust Monday, November 18, 2019 Earlier
    this month, NASA …"); None unless prose follows it."""
    title = normalize_space(title)
    if len(title.split()) < 3 or not text.startswith(title) or len(text) <= len(title) + 1 or text[len(title)] != " ":
        return None
    end = _BYLINE_AND_DATE.match(text, len(title)).end()
    rest = text[end:]
    if not (rest[:1].isupper() and is_prose(rest)):
        return None
    return end + _restated_headline_end(rest, title)


def _restated_headline_end(text: str, title: str) -> int:
    """How much of ``text`` is a section label and the headline said again in other words
    ("News Shooting in Houston injures 9 people; gunman shot, killed Police say ..." after
    "Shooting in SW Houston injures 9 people; gunman shot, killed"); 0 when it is not."""
    title_words = _key(title).split()
    if len(title_words) < 4:
        return 0
    tokens = list(re.finditer(r"\S+", text))
    label = 0
    while label < 2 and label < len(tokens) and tokens[label].group().strip(":|»>").casefold() in vocab.SECTION_WORDS:
        label += 1
    wanted = set(title_words)
    for count in range(len(title_words) + 3, max(3, len(title_words) - 3) - 1, -1):
        last = label + count - 1
        if last >= len(tokens) - 3:
            continue
        candidate = _key(" ".join(t.group() for t in tokens[label : last + 1])).split()
        if not candidate or candidate[-1] != title_words[-1]:
            continue
        overlap = len(wanted & set(candidate)) / len(wanted | set(candidate))
        rest = text[tokens[last + 1].start():]
        if overlap >= 0.6 and rest[:1].isupper() and is_prose(rest):
            return tokens[last + 1].start()
    return 0


def printed_twice(units: list[Unit]) -> bool:
    """A first line said again right below itself, as a page prints its headline over the
    article and again over its summary: one clause, not closed by a full stop, at most a long
    headline's length (a paragraph said twice is a repeat, and stays body)."""
    first = units[0].text if units else ""
    return (len(units) > 2 and len(first) <= 300 and not _SENTENCE_END.search(first)
            and _INNER_BOUNDARY.search(first) is None and _key(first) == _key(units[1].text) != "")


#: the longest first line still read as a headline when it runs past a header line's length
#: (a headline and its deck joined: "7 shot during rap CD release party at ... ; performers included ...")
LONG_HEADLINE_MAX_WORDS = 40
LONG_HEADLINE_MAX_CHARS = 250


def long_first_headline(units: list[Unit]) -> bool:
    """A text file's first line that no sentence punctuation closes, long enough to pass for
    prose (a header line's rules pass it over) but not too long for a headline run into its deck: a report's paragraphs end with a full stop, a
    headline never does. Datelines and lines closed by a colon (a list's lead-in) are not it."""
    first = units[0].text.strip() if units else ""
    if not first or "\n" in first or len(first) > LONG_HEADLINE_MAX_CHARS:
        return False
    if len(first.split()) > LONG_HEADLINE_MAX_WORDS or _SENTENCE_END.search(first) or first.endswith((",", "-", "–", "—")):
        return False
    if not is_prose(first):
        return False  # a shorter line is left to the header's rules (dates, menus, headline-like lines)
    opening = next((c for c in first if c.isalnum()), "")
    return bool(opening) and (opening.isupper() or opening.isdigit())
