"""Furniture inside a paragraph's text rather than a paragraph of its own: HTML entities a
plain-text export left undecoded, template placeholders a page never filled in, and a call to
click closing a paragraph whose link is gone."""

from __future__ import annotations

import html
import html.entities
import re

from . import vocab
from .prose import Unit, is_prose, normalize_space

#: an HTML character reference with its closing semicolon ("&#39;", "&#x27;", "&amp;", "&quot;"):
#: without the semicolon "AT&T" or "R&D" are plain text, never references
_ENTITY = re.compile(r"&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")


def decode_entities(text: str) -> str:
    """Decode the HTML character references a text export kept ("Mr. G&#39;s" -> "Mr. G's");
    an unknown name ("&foo;") stays as written."""
    if "&" not in text:
        return text

    def decode(m: re.Match[str]) -> str:
        ref = m.group(0)
        if ref[1] != "#" and ref[1:] not in html.entities.html5:
            return ref  # html.unescape would read "&nosuch;" as "&not" + "such;"
        return html.unescape(ref)

    return _ENTITY.sub(decode, text)


#: a template's variable that was never rendered: "${__output}", "$__output", "{{ headline }}"
#: (no news text writes a dollar sign before a brace or a double underscore, nor double braces)
PLACEHOLDER = re.compile(r"\$\{[^{}\n]{1,60}\}|\$__\w+|\{\{\s*[\w.]{1,40}\s*\}\}")


def cut_template_junk(units: list[Unit]) -> None:
    """A line built around unrendered placeholders ("( Mon Mar 09 17:08:35 PDT 2015 $__output )
    ( Mon Mar 09 ... $__output )"): the placeholder shows the page's template was printed instead
    of its content, and a line that is no sentence around it holds nothing of the report."""
    for unit in units:
        if not unit.reason and PLACEHOLDER.search(unit.text) and not is_prose(PLACEHOLDER.sub(" ", unit.text)):
            unit.reason = "template junk"


def strip_placeholders(units: list[Unit]) -> list[tuple[Unit, str]]:
    """Cut the placeholders left in the paragraphs that stay, keeping their words; ``(unit,
    placeholder)`` pairs."""
    cut: list[tuple[Unit, str]] = []
    for unit in units:
        if not unit.reason and PLACEHOLDER.search(unit.text):
            cut += [(unit, m.group(0)) for m in PLACEHOLDER.finditer(unit.text)]
            unit.text = normalize_space(PLACEHOLDER.sub(" ", unit.text))
    return cut


#: a boundary between two sentences of a paragraph
_BOUNDARY = re.compile(r"(?:(?<=[.!?])|(?<=[.!?][\"”’]))\s+(?=[\"“A-Z])")


def strip_closing_calls(units: list[Unit]) -> list[tuple[Unit, str]]:
    """Cut a call to click that closes a paragraph ("... his pro-boxing debut in December. To
    support Carrasco's recovery, click here."): the link it points to is not in the text, and
    the sentence tells the reader nothing. The paragraph before it stays; ``(unit, sentence)``."""
    cut: list[tuple[Unit, str]] = []
    for unit in units:
        if unit.reason or "here" not in unit.text.casefold():
            continue
        boundaries = list(_BOUNDARY.finditer(unit.text))
        if not boundaries:
            continue
        m = boundaries[-1]
        last = unit.text[m.end():]
        if len(last) <= 200 and vocab.CALL_TO_ACTION.match(last) and is_prose(unit.text[: m.start()]):
            cut.append((unit, last))
            unit.text = unit.text[: m.start()]
    return cut
