"""The clean stage: raw input to ``doc.text``, with removals and a title candidate."""

from __future__ import annotations

import re

from ..doc import Doc, Removal
from ..errors import InputError
from ..pipeline import stage
from .html import extract_html
from .text import clean_text

VERSION = "17"

#: doc.cache key for how the HTML body was extracted (which pass, whether the page declares an article)
HTML_META_CACHE = "clean:html_meta"

# Terminal escape sequences (CSI "ESC [ ... m", OSC "ESC ] ... BEL") and other control
# characters: never article text, and dangerous when a brief is printed to a terminal.
_ANSI_ESCAPE = re.compile(r"\x1b(?:\[[0-?]*[ -/]*[@-~]|\][^\x07\x1b]*(?:\x07|\x1b\\)?|[@-Z\\-_])")
_CONTROL_CHARS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")

_HTML_SNIFF = re.compile(r"^\s*(?:<!doctype html|<html\b|<head\b|<body\b|<meta\b|<!--)", re.IGNORECASE)


def is_html(doc: Doc) -> bool:
    """HTML by declared format, or a text input that is plainly an HTML document."""
    if "html" in (doc.format or ""):
        return True
    return bool(_HTML_SNIFF.match(doc.raw[:500])) and "</" in doc.raw


_OG_TITLE = re.compile(
    r"<meta\b[^>]*?(?:property|name)\s*=\s*[\"']?(?:og:title|twitter:title)[\"']?[^>]*?content\s*=\s*(?:\"([^\"]*)\"|'([^']*)')",
    re.IGNORECASE,
)
_H1 = re.compile(r"<h1\b[^>]*>(.*?)</h1\s*>", re.IGNORECASE | re.DOTALL)
_TITLE = re.compile(r"<title\b[^>]*>(.*?)</title\s*>", re.IGNORECASE | re.DOTALL)


def page_title(html: str) -> tuple[str | None, str]:
    """The page's headline, cheaply: og:title, else the first h1, else <title>."""
    import html as html_lib

    head = html[:200_000]
    for pattern, source in ((_OG_TITLE, "html:og:title"), (_H1, "html:h1"), (_TITLE, "html:title")):
        m = pattern.search(head)
        if m:
            value = next((g for g in m.groups() if g), "")
            value = " ".join(html_lib.unescape(re.sub(r"<[^>]*>", " ", value)).split())
            if value:
                return value, source
    return None, ""


def clean_doc(doc: Doc) -> Doc:
    """Set ``doc.text`` to the cleaned body and record what was cut and the headline."""
    raw = doc.raw or ""
    if is_html(doc):
        extraction = extract_html(raw, url=doc.url)
        doc.cache[HTML_META_CACHE] = dict(extraction.metadata, method=extraction.method)
        title_hint, hint_source = page_title(raw)
        result = clean_text(extraction.text, title_hint=title_hint, keep_offsets=False, guess_title=False)
        title, title_source = title_hint, hint_source
    else:
        result = clean_text(raw)
        title, title_source = result.title, "text:headline"
        if not result.text.strip() and any(r.reason == "account notice" for r in result.removed):
            # a registration or sign-in page saved in place of the story
            notice = next(r.text for r in result.removed if r.reason == "account notice").splitlines()[0]
            raise InputError(doc.path or doc.id or "input", f"no article body: the page is a site notice ({notice[:60]!r})")
        if result.title and not result.text.strip():
            # a one-line flash ("Esther Williams, swimming star, dies at 91") is its own body
            result.text = result.title
            result.removed = [r for r in result.removed if r.reason != "headline"]
    doc.text, control = strip_control_characters(result.text)
    doc.removed = result.removed + control
    existing = doc.meta.get("title")
    if title:
        title = strip_control_characters(title)[0].strip()
    if title and (existing is None or existing.source != "record"):
        doc.set_meta("title", title, title_source)
    return doc


def strip_control_characters(text: str) -> tuple[str, list[Removal]]:
    """Drop terminal escape sequences and control characters (newlines and tabs stay)."""
    removed = [Removal(m.group(), "control characters") for m in _ANSI_ESCAPE.finditer(text)]
    text = _ANSI_ESCAPE.sub("", text)
    removed += [Removal(m.group(), "control characters") for m in _CONTROL_CHARS.finditer(text)]
    return _CONTROL_CHARS.sub("", text), removed


clean_stage = stage("clean", VERSION, requires=("raw", "format"), assigns=("text", "removed", "title"))(clean_doc)
