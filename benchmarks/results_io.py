"""Where and how every benchmark writes its figures: ``benchmarks/results/<name>.json``."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

RESULTS_DIR = Path(__file__).resolve().parent / "results"


def result_path(name: str) -> Path:
    return RESULTS_DIR / f"{name}.json"


def write_result(result: Any, path: Path) -> Path:
    """Write ``result`` as indented JSON (the folder made if need be); returns ``path``."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    return path
