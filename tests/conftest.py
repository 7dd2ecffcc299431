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
