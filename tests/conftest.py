"""Shared fixtures: the seed corpus in ../shared, temporary stores."""

from __future__ import annotations

from pathlib import Path

import pytest

from shared_data import ROOT, SEED, SHARED, need_shared  # noqa: F401  (re-exported for fixtures)


@pytest.fixture(scope="session")
def seed_dir() -> Path:
    return need_shared(SEED / "articles")


@pytest.fixture(scope="session")
def seed_expected() -> dict:
    import json

    return json.loads((need_shared(SEED) / "expected.json").read_text(encoding="utf-8"))


@pytest.fixture
def store(tmp_path):
    from crosswire.store import Store

    s = Store(tmp_path / "test.db")
    yield s
    s.close()


@pytest.fixture(scope="session", autouse=True)
def _own_cache_dir(tmp_path_factory):
    """Caches the code keeps between runs (the word list) go to a directory of the test session,
    not the user's: a test never reads what an earlier run left, nor leaves anything behind."""
    import os

    before = os.environ.get("XDG_CACHE_HOME")
    os.environ["XDG_CACHE_HOME"] = str(tmp_path_factory.mktemp("cache"))
    yield
    if before is None:
        os.environ.pop("XDG_CACHE_HOME", None)
    else:
        os.environ["XDG_CACHE_HOME"] = before
