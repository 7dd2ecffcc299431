"""Where ../shared and the seed corpus are, and the skip rule for tests that need them.

Import this module (``from shared_data import SEED``), not ``conftest``: several conftest
modules exist and the name is ambiguous.
"""

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
