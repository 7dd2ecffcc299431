"""The demo corpus in a SQLite file for the web tests: ingested and briefed once per session,
then copied, so each test module starts from the same store without paying for extraction again."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

_template: Path | None = None


def demo_store_copy(tmp_path_factory: pytest.TempPathFactory, name: str = "demo") -> Path:
    """A fresh copy of the briefed demo store (articles, stories, cached extraction)."""
    global _template
    if _template is None:
        from crosswire.api import Corpus
        from crosswire.demo import corpus_path

        path = tmp_path_factory.mktemp("web-demo-template") / "demo.db"
        with Corpus(path) as corpus:
            corpus.ingest([corpus_path()])
            for story in corpus.stories():
                corpus.brief([story.id])  # fills the store's extraction cache
        _template = path  # closing the last connection folded the WAL into the file
    target = tmp_path_factory.mktemp(name) / "demo.db"
    shutil.copyfile(_template, target)
    return target
