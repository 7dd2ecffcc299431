"""The seed corpus end to end: `crosswire brief PATH --format json` scored by shared/tools/check_brief.py."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="module")
def seed_brief(tmp_path_factory, seed_dir) -> Path:
    out = tmp_path_factory.mktemp("seed") / "brief.json"
    run = subprocess.run([sys.executable, "-c", "from crosswire.cli import main; main()", "brief", str(seed_dir), "--format", "json",
                          "-o", str(out)], capture_output=True, text=True, cwd=ROOT, timeout=300)
    assert run.returncode == 0, run.stderr
    return out


@pytest.mark.shared
def test_seed_brief_passes_every_expectation(seed_brief, seed_expected):
    checker = SHARED / "tools" / "check_brief.py"  # beside seed_dir, which skips when ../shared is absent
    expected = SHARED / "corpora" / "us-china-trade-2025" / "expected.json"
    run = subprocess.run([sys.executable, str(checker), str(seed_brief), str(expected)],
                         capture_output=True, text=True, timeout=60)
    assert run.returncode == 0, run.stdout
    assert " 0 failed" in run.stdout


@pytest.mark.shared
def test_seed_brief_evidence_is_verbatim_and_cites_known_articles(seed_brief):
    brief = json.loads(seed_brief.read_text(encoding="utf-8"))
    assert brief["schema"] == "crosswire.brief/1"
    assert any(p.startswith("corroborate@") for p in brief["pipeline"])
    for story in brief["stories"]:
        texts = {a["id"]: a["text"] for a in story["articles"]}
        quotes = []
        for f in story["facts"]:
            assert set(f["sources"]) <= set(texts)
            quotes += f["evidence"]
        for c in story["conflicts"]:
            for v in c["variants"]:
                quotes += v["evidence"]
        for item in story["timeline"] + story["quotes"] + story["appearances"]:
            assert set(item["sources"]) <= set(texts)
            quotes += item.get("evidence", [])
        assert quotes
        for ev in quotes:
            assert ev["quote"] in texts[ev["article"]], ev


@pytest.mark.shared
def test_seed_conflict_names_the_meeting(seed_brief):
    story = json.loads(seed_brief.read_text(encoding="utf-8"))["stories"][0]
    assert 1 <= len(story["conflicts"]) <= 2
    meeting = story["conflicts"][0]
    assert {v["normalized"] for v in meeting["variants"]} == {"2025-10-26", "2025-10-30"}
    assert "meet" in meeting["subject"]
