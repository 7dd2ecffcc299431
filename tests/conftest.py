"""Shared fixtures: the seed corpus in ../shared, temporary stores."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SEED = SHARED / "corpora" / "us-china-trade-2025"


def need_shared(path: Path = SHARED) -> Path:
    """Skip (with the reason) when ../shared is absent, except under CI, where it must be there."""
    if not path.exists():
        if os.environ.get("CI") == "true":
            pytest.fail(f"{path} is missing, and CI=true requires it")
        pytest.skip(f"{path} is not beside this checkout")
    return path


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
