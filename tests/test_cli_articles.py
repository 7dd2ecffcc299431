"""The ingest, articles and show commands, run in-process on a real SQLite file."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from crosswire.cli import build_app
from crosswire.cli.articles import annotate
from crosswire.doc import Span
from test_ingest import HOSTILE, article, make_bad_input_dir, page

runner = CliRunner()


def cli(*args: str, input: str | None = None):
    return runner.invoke(build_app(), [str(a) for a in args], input=input)


def test_every_command_has_help_with_an_example():
    for command in ("ingest", "articles", "show"):
        result = cli(command, "--help")
        assert result.exit_code == 0 and "Example:" in result.output


def test_ingest_bad_inputs_exit_1_and_keep_earlier_articles(tmp_path):
    db = tmp_path / "news.db"
    (tmp_path / "earlier.txt").write_text(article(0))
    first = cli("ingest", tmp_path / "earlier.txt", "--db", db)
    assert first.exit_code == 0, first.output
    assert "ingested 1, already present 0, failed 0" in first.output

    good, bad = make_bad_input_dir(tmp_path / "in")
    result = cli("ingest", tmp_path / "in", "--db", db)
    assert result.exit_code == 1
    assert f"ingested {len(good)}, already present 0, failed {len(bad)}" in result.output
    failure_lines = [line for line in result.output.splitlines() if line.strip().startswith("failed:")]
    assert len(failure_lines) == len(bad)
    for name in bad:
        line = next(line for line in failure_lines if f"/{name}:" in line)
        assert line.split(f"/{name}:", 1)[1].strip()  # a reason follows the name
    listed = json.loads(cli("articles", "--db", db, "--format", "json").output)
    assert {Path(a["path"]).name for a in listed} == good | {"earlier.txt"}

    again = cli("ingest", tmp_path / "in", tmp_path / "earlier.txt", "--db", db, "--format", "json")
    assert again.exit_code == 1
    summary = json.loads(again.stdout)
    assert summary["counts"] == {"ingested": 0, "present": len(good) + 1, "failed": len(bad)}


def test_reingest_adds_nothing_and_exits_0(tmp_path):
    db = tmp_path / "news.db"
    root = tmp_path / "in"
    root.mkdir()
    for n in range(3):
        (root / f"{n}.html").write_text(page(n))
    assert "ingested 3," in cli("ingest", root, "--db", db).output
    result = cli("ingest", root, "--db", db)
    assert result.exit_code == 0 and "ingested 0, already present 3, failed 0" in result.output
    assert len(json.loads(cli("articles", "--db", db, "--format", "json").output)) == 3


def test_ingest_from_stdin(tmp_path):
    db = tmp_path / "news.db"
    result = cli("ingest", "-", "--db", db, input=article(5))
    assert result.exit_code == 0 and "ingested 1," in result.output
    (listed,) = json.loads(cli("articles", "--db", db, "--format", "json").output)
    assert listed["path"] == "-" and "Delegation 5 said" in listed["text"]


def test_seed_corpus_ingests_and_lists_with_paths(tmp_path, seed_dir):
    db = tmp_path / "news.db"
    result = cli("ingest", seed_dir, "--db", db)
    assert result.exit_code == 0, result.output
    assert "ingested 5, already present 0, failed 0" in result.output
    listed = json.loads(cli("articles", "--db", db, "--format", "json").output)
    assert sorted(a["path"] for a in listed) == sorted(str(p) for p in seed_dir.glob("*.txt"))
    for a in listed:
        assert set(a) >= {"id", "path", "outlet", "title", "published", "text", "source_id", "provenance"}
        assert len(a["text"]) > 500
    table = cli("articles", "--db", db)
    assert table.exit_code == 0 and all(a["id"][:12] in table.output for a in listed)
    assert "ingested 0, already present 5" in cli("ingest", seed_dir, "--db", db).output


def test_show_metadata_provenance_text_and_removals(tmp_path):
    db = tmp_path / "news.db"
    feed = tmp_path / "feed.jsonl"
    feed.write_text(json.dumps({"id": "w1", "html": page(1), "outlet": "Example Wire", "published": "2025-10-27"}))
    (tmp_path / "hostile.html").write_text(HOSTILE)
    assert cli("ingest", feed, tmp_path / "hostile.html", "--db", db).exit_code == 0
    first, hostile = json.loads(cli("articles", "--db", db, "--format", "json").output)

    shown = cli("show", first["id"][:8], "--db", db, "--removed")
    assert shown.exit_code == 0, shown.output
    assert "outlet:     Example Wire   (from record)" in shown.output
    assert "published:  2025-10-27   (from record)" in shown.output
    assert "(record w1)" in shown.output
    assert first["text"] in shown.output
    assert "removed (" in shown.output

    data = json.loads(cli("show", first["id"], "--db", db, "--removed", "--format", "json").output)
    assert data["provenance"]["outlet"] == {"value": "Example Wire", "source": "record"}
    assert all({"text", "reason"} <= set(r) for r in data["removed"])

    hostile_shown = cli("show", hostile["id"], "--db", db, "--removed").output
    assert "INJECTED" not in hostile_shown.split("removed (")[0]

    missing = cli("show", "ffffffffffff", "--db", db)
    assert missing.exit_code == 2 and "no article" in missing.output


def test_annotate_nests_and_skips_crossing_spans():
    text = "Scott Bessent met He Lifeng in Kuala Lumpur."
    spans = [Span("entity", 0, 13, {"type": "PERSON"}), Span("entity", 18, 27), Span("place", 31, 43),
             Span("city", 31, 36), Span("crossing", 25, 33), Span("empty", 5, 5)]
    assert annotate(text, spans) == ("[Scott Bessent|entity] met [He Lifeng|entity] in "
                                     "[[Kuala|city] Lumpur|place].")


def test_show_spans_is_generic_over_labels(tmp_path, monkeypatch):
    db = tmp_path / "news.db"
    (tmp_path / "a.txt").write_text(article(1))
    cli("ingest", tmp_path / "a.txt", "--db", db)
    (listed,) = json.loads(cli("articles", "--db", db, "--format", "json").output)

    def fake_extract(self, doc):  # stands in for the extraction stages: any label must render
        start = doc.text.index("Geneva")
        doc.add_span("anything", start, start + len("Geneva"), kind="x")
        doc.add_span("sentence", 0, len(doc.text))
        return doc

    monkeypatch.setattr("crosswire.api.Corpus.extract", fake_extract)
    result = cli("show", listed["id"], "--db", db, "--spans")
    assert result.exit_code == 0, result.output
    assert "met in [Geneva|anything] on Tuesday" in result.output
    assert "spans (2):" in result.output and '{"kind": "x"}' in result.output
    assert "1 sentence spans cover most of the text" in result.output
    shown = cli("show", listed["id"], "--db", db, "--spans", "--format", "json", "--label", "anything")
    data = json.loads(shown.output)
    assert [(s["label"], s["text"]) for s in data["spans"]] == [("anything", "Geneva")]


def test_show_spans_with_the_real_extraction(tmp_path):
    db = tmp_path / "news.db"
    (tmp_path / "a.txt").write_text(article(1))
    cli("ingest", tmp_path / "a.txt", "--db", db)
    (listed,) = json.loads(cli("articles", "--db", db, "--format", "json").output)
    result = cli("show", listed["id"], "--db", db, "--spans")
    if result.exit_code == 0:
        assert "spans (" in result.output and "|" in result.output
    else:  # extraction not built (or its model missing): a clear message, not a traceback
        assert result.exit_code == 2 and "cannot show spans" in result.stderr
        assert result.exception is None or isinstance(result.exception, SystemExit)


def test_terminal_escapes_in_articles_are_not_obeyed(tmp_path):
    db = tmp_path / "news.db"
    (tmp_path / "esc.txt").write_text("Some \x1b[31mred\x1b]0;pwned\x07 text. " + article(3))
    # a record's own fields are kept as given, so the CLI must escape them on output
    record = {"id": "r1", "outlet": "Evil\x1b[2J Outlet", "text": article(4)}
    (tmp_path / "esc.jsonl").write_text(json.dumps(record) + "\n")
    cli("ingest", tmp_path / "esc.txt", tmp_path / "esc.jsonl", "--db", db)
    listed = json.loads(cli("articles", "--db", db, "--format", "json").output)
    by_path = {Path(a["path"]).suffix: a for a in listed}
    shown = cli("show", by_path[".txt"]["id"], "--db", db).output
    assert "\x1b" not in shown and "\x07" not in shown
    assert "Some red text." in shown  # cleaning cut the escape sequences
    shown = cli("show", by_path[".jsonl"]["id"], "--db", db).output
    assert "\x1b" not in shown and "Evil\\x1b[2J Outlet" in shown


def test_a_store_that_cannot_be_opened_is_a_usage_error(tmp_path):
    bad = tmp_path / "not-a-db.db"
    bad.write_bytes(b"this is not an SQLite database" * 100)
    result = cli("articles", "--db", bad)
    assert result.exit_code == 2 and "cannot open store" in result.stderr


def test_python_dash_m_runs_the_same_command_line(tmp_path):
    import subprocess
    import sys

    (tmp_path / "one.txt").write_text(article(0))
    db = tmp_path / "news.db"
    result = subprocess.run([sys.executable, "-m", "crosswire", "ingest", str(tmp_path / "one.txt"), "--db", str(db)],
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert "ingested 1, already present 0, failed 0" in result.stdout


def test_two_inputs_with_one_text_are_one_article_and_the_brief_says_so(tmp_path):
    from crosswire.api import Corpus

    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(article(0))
    (tmp_path / "in" / "b.txt").write_text(article(0))
    (tmp_path / "in" / "c.txt").write_text(article(1))
    with Corpus(":memory:") as corpus:
        report = corpus.ingest([str(tmp_path / "in")])
        assert report.to_dict()["repeated"] == [{"source": str(tmp_path / "in" / "b.txt"),
                                                 "same_as": str(tmp_path / "in" / "a.txt")}]
        assert corpus.store.count_articles() == 2
    result = cli("brief", tmp_path / "in", "--format", "json")
    assert result.exit_code == 0
    assert f"{tmp_path / 'in' / 'b.txt'} has the same text as {tmp_path / 'in' / 'a.txt'}: one article" in result.output
