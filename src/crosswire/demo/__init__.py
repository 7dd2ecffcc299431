"""The bundled demo corpus: a fictional story told by eight invented outlets, plus one unrelated article.

Everything in it is invented (towns, people, outlets, the wire agency) and every file says so.
It carries the noise real copies have -- site chrome, a repeated headline, a crawl-date header,
a wire reprint, an undated article, two contradictions -- so the whole pipeline has something
realistic to chew on without network access or third-party text. ``corpus/README.md`` is the
answer key for humans, ``corpus/expected.json`` the same for tests.

Example::

    from crosswire import Corpus
    from crosswire.demo import corpus_path

    with Corpus(":memory:") as corpus:
        corpus.ingest([corpus_path()])
"""

from __future__ import annotations

import json
import tempfile
from functools import lru_cache
from importlib import resources
from importlib.abc import Traversable
from pathlib import Path
from typing import Any

__all__ = ["corpus_path", "readme_path", "expected"]


def _corpus_root() -> Path:
    """The ``corpus`` directory as a real filesystem path, wherever the package is installed."""
    root = resources.files(__package__) / "corpus"
    if isinstance(root, Path):
        return root
    # Installed inside a zip (zipimport): readers need real files, so copy the tree out once.
    return _extracted_copy()


@lru_cache(maxsize=1)
def _extracted_copy() -> Path:
    target = Path(tempfile.mkdtemp(prefix="crosswire-demo-")) / "corpus"
    _copy_tree(resources.files(__package__) / "corpus", target)
    return target


def _copy_tree(source: Traversable, target: Path) -> None:
    target.mkdir(parents=True, exist_ok=True)
    for child in source.iterdir():
        if child.is_dir():
            _copy_tree(child, target / child.name)
        else:
            (target / child.name).write_bytes(child.read_bytes())


def corpus_path() -> Path:
    """Directory holding the demo articles (``.txt``, ``.html``, ``.html.gz``, ``.jsonl``).

    Pass it straight to ingest: ``corpus.ingest([corpus_path()])``. It holds only articles;
    the README and answer key live one level up.
    """
    return _corpus_root() / "articles"


def readme_path() -> Path:
    """The human answer key: what each file is and which noise it carries."""
    return _corpus_root() / "README.md"


def expected() -> dict[str, Any]:
    """The machine-readable answer key (``expected.json``), keyed by file name or JSONL record id."""
    return json.loads((_corpus_root() / "expected.json").read_text(encoding="utf-8"))
