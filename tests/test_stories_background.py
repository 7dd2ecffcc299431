"""A small batch of one event's reports is one story: the event's own words keep their weight
(a general-English prior on word frequencies), though every report of the batch uses them."""

from __future__ import annotations

import pytest

pytest.importorskip("wordfreq")

from crosswire.doc import Doc  # noqa: E402
from crosswire.stories import cluster  # noqa: E402
from crosswire.stories.background import background_doc_shares  # noqa: E402
from crosswire.stories.placing import place_docs  # noqa: E402

# one event (a slugger's contract offer) told by six outlets, each with its own asides
REPORTS = [
    "The Red Sox have made an eight-year offer to free agent Mark Teixeira, according to a person familiar "
    "with the talks. Boston's front office would not comment, and the team's owner was traveling.",
    "Mark Teixeira is weighing an offer from Boston. The Red Sox proposal covers eight seasons; his agent Scott "
    "Boras spent the weekend fielding calls at his office in Newport Beach.",
    "Fans waiting for pitchers and catchers to report may have news sooner: Teixeira and the Red Sox are said to "
    "be close. Boras declined to say whether the first baseman had answered the offer.",
    "Our columnist thinks the Yankees will pounce before Boston finalises anything with Teixeira. The slugger "
    "hit .308 last season, and the Red Sox offer is reportedly the richest of the winter.",
    "The Angels, who traded for Teixeira in July, pulled their offer on Sunday, leaving the Red Sox and the "
    "Nationals as the last bidders, Boras told reporters outside a hotel in Las Vegas.",
    "Whatever happens with Teixeira, Boston will need pitching. The Red Sox front office met Boras again on "
    "Monday, and club officials described the offer as final.",
]


def _stories(docs: list[Doc]) -> int:
    return len({p.story_id for p in place_docs(docs)})


def test_one_events_reports_in_a_small_batch_form_one_story(monkeypatch: pytest.MonkeyPatch):
    docs = [Doc(id=f"r{i}", title="", text=t, published="2008-12-16") for i, t in enumerate(REPORTS)]
    assert _stories(docs) == 1
    monkeypatch.setattr(cluster, "BACKGROUND_DOCS", 0)  # the batch's own frequencies alone
    assert _stories([Doc(id=d.id, title="", text=d.text, published=d.published) for d in docs]) > 1


def test_common_words_weigh_little_and_unseen_ones_much():
    said, quake, name, unseen = background_doc_shares(["said", "earthquake", "@mark teixeira", "zqxv"]).tolist()
    assert said > quake > name and name <= 0.001 and unseen < 1e-5


_SHARES = """
import json, sys
from crosswire.stories.background import background_doc_shares
shares = background_doc_shares(["said", "earthquake", "#14", "%2025", "#123456", "zqxv"]).tolist()
print(json.dumps({"shares": shares, "imported": "wordfreq" in sys.modules}))
"""


def _shares_in_a_new_process(cache_home) -> dict:
    import json
    import os
    import subprocess
    import sys

    env = {**os.environ, "XDG_CACHE_HOME": str(cache_home)}
    out = subprocess.run([sys.executable, "-c", _SHARES], env=env, capture_output=True, text=True, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def test_the_word_list_is_kept_between_runs_so_a_cold_run_does_not_import_wordfreq(tmp_path):
    first = _shares_in_a_new_process(tmp_path)
    assert first["imported"]  # nothing kept yet: the list is built from wordfreq, then kept
    (kept,) = (tmp_path / "crosswire").glob("wordfreq-*-en-small.json")
    second = _shares_in_a_new_process(tmp_path)
    assert second == {"shares": first["shares"], "imported": False}  # a number first seen was kept too
    kept.write_text("{broken", encoding="utf-8")
    assert _shares_in_a_new_process(tmp_path) == first  # a broken file is built again
    assert _shares_in_a_new_process(tmp_path)["imported"] is False
