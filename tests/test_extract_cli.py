"""extract_doc / extract_many with the store cache, and the `crosswire extract` command."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from crosswire.cli import build_app
from crosswire.doc import Doc, content_id
from crosswire.extract import extract_doc, extract_many, pipeline_key

TEXT = ("U.S. Treasury Secretary Scott Bessent said on Sunday that 100 percent tariffs set for "
        "November 1 were off the table. Bessent expects talks to resume later this week.")


def _doc(text: str = TEXT, **kw) -> Doc:
    return Doc(id=content_id(text), text=text, **kw)


def test_extract_doc_runs_all_default_stages_and_caches_in_the_store(store, monkeypatch):
    store.put_article(_doc(published="2025-10-26"))
    doc = extract_doc(_doc(published="2025-10-26"), store=store)
    labels = {s.label for s in doc.spans}
    assert {"entity", "sentence", "quantity", "time"} <= labels
    assert doc.stages and all("@" in name for name in doc.stages)
    key = pipeline_key()
    assert store.get_spans(doc.id, key, None) is not None

    # a cache hit sets the spans without parsing: make parsing impossible and run again
    import crosswire.extract.nlp as nlp

    def no_parse(*args, **kwargs):
        raise AssertionError("parsed although cached")

    monkeypatch.setattr(nlp, "parse", no_parse)
    again = extract_doc(_doc(published="2025-10-26"), store=store)
    assert [s.to_dict() for s in again.spans] == [s.to_dict() for s in doc.spans]


def test_cache_is_keyed_by_context_date(store):
    store.put_article(_doc())
    undated = extract_doc(_doc(), store=store)
    assert all(s.attrs.get("iso") is None for s in undated.spans_of("time") if s.attrs.get("kind") != "duration")
    dated = extract_doc(_doc(context_date="2025-10-26"), store=store)
    isos = {s.attrs.get("iso") for s in dated.spans_of("time")}
    assert "2025-11-01" in isos and "2025-10-26" in isos


def test_extract_many_matches_extract_doc():
    texts = [TEXT, "Two people were killed and three injured in Rocky Mount on Monday.", ""]
    one_by_one = [extract_doc(_doc(t, published="2025-10-26")) for t in texts]
    batched = list(extract_many((_doc(t, published="2025-10-26") for t in texts), batch_size=2))
    assert [d.id for d in batched] == [d.id for d in one_by_one]
    for a, b in zip(batched, one_by_one):
        assert [s.to_dict() for s in a.spans] == [s.to_dict() for s in b.spans]


def test_cli_help_has_example():
    result = CliRunner().invoke(build_app(), ["extract", "--help"])
    assert result.exit_code == 0
    assert "Example:" in result.output


def test_cli_json_on_seed_corpus(seed_dir):
    result = CliRunner().invoke(build_app(), ["extract", str(seed_dir), "--format", "json"])
    assert result.exit_code == 0, result.output
    records = json.loads(result.output)
    assert len(records) == 5
    for record in records:
        assert {"id", "path", "source_id", "published", "entities", "quantities", "times", "quotes",
                "appearances"} <= set(record)
        for key in ("entities", "quantities", "times"):
            for item in record[key]:
                assert {"start", "end", "text"} <= set(item)
    by_name = {r["path"].rsplit("/", 1)[-1][:3]: r for r in records}
    # "one hundred per cent" normalises to 100 %
    assert any(q["text"] == "one hundred per cent" and q["normalized"] == "100 %" for q in by_name["004"]["quantities"])
    # articles with no date of their own resolve against the dated one (2025-10-26)
    assert any(t.get("iso") == "2025-11-01" for t in by_name["000"]["times"])
    assert any(e["name"] == "Scott Bessent" and e["type"] == "PERSON" for e in by_name["003"]["entities"])


def test_cli_text_listing(seed_dir):
    path = next(seed_dir.glob("004_*.txt"))
    result = CliRunner().invoke(build_app(), ["extract", str(path), "--reference-date", "2025-10-26"])
    assert result.exit_code == 0, result.output
    assert "entities (" in result.output and "Scott Bessent" in result.output
    assert "2026-02-17" in result.output


def test_cli_rejects_bad_reference_date(seed_dir):
    result = CliRunner().invoke(build_app(), ["extract", str(seed_dir), "--reference-date", "26/10/2025"])
    assert result.exit_code == 2


def test_stages_work_without_the_spacy_model(monkeypatch, seed_dir):
    """With only a blank pipeline (model not installed), the stages degrade, never crash."""
    import spacy

    import crosswire.extract.entities as entities_module
    import crosswire.extract.nlp as nlp
    from crosswire.extract.entities import entities_stage
    from crosswire.extract.quantities import quantities_stage
    from crosswire.extract.times import times_stage
    from crosswire.pipeline import STORED_FIELDS, Pipeline

    blank = spacy.blank("en")
    blank.add_pipe("sentencizer")
    monkeypatch.setattr(nlp, "load_nlp", lambda: blank)
    monkeypatch.setattr(entities_module, "has_model", lambda: False)
    pipeline = Pipeline([entities_stage, quantities_stage, times_stage], provides=STORED_FIELDS)
    text = next(seed_dir.glob("004_*.txt")).read_text(encoding="utf-8")
    doc = extract_doc(_doc(text, context_date="2025-10-26"), pipeline=pipeline)
    isos = {s.attrs.get("iso") for s in doc.spans_of("time")}
    assert {"2025-11-01", "2026-02-17"} <= isos
    assert any(s.attrs["normalized"] == "100 %" for s in doc.spans_of("quantity"))
    assert any(s.attrs["name"] == "Scott Bessent" for s in doc.spans_of("entity"))


def test_cli_attributions_add_stances_to_speech(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("Senator Ana Ruiz called for an inquiry into the collapse on Monday. "
                    "\"We owe the families answers,\" Ruiz said.\n", encoding="utf-8")
    plain = json.loads(CliRunner().invoke(build_app(), ["extract", str(path), "--format", "json"]).output)
    result = CliRunner().invoke(build_app(), ["extract", str(path), "--format", "json", "--attributions"])
    assert result.exit_code == 0, result.output
    (record,) = json.loads(result.output)
    assert "attributions" not in plain[0]
    by_cue = {a["cue"]: a for a in record["attributions"]}
    text = path.read_text(encoding="utf-8").strip()
    assert {a["speaker"] for a in record["attributions"]} == {"Ana Ruiz"}
    assert by_cue["called"]["text"] == "for an inquiry into the collapse"  # a stance the quote board leaves out
    assert len(record["attributions"]) > len(record["quotes"])
    for item in record["attributions"]:
        assert text[item["start"]:item["end"]] == item["evidence"]


def test_the_model_loads_without_spacys_command_line_which_stays_importable():
    import subprocess
    import sys

    script = (
        "import sys\n"
        "from crosswire.extract.nlp import load_nlp\n"
        "nlp = load_nlp()\n"
        "print('requests' in sys.modules, 'weasel' in sys.modules)\n"
        "print([e.label_ for e in nlp('Scott Bessent spoke in London on Sunday.').ents])\n"
        "import spacy, spacy.cli\n"
        "print(callable(spacy.cli.download), callable(spacy.info))\n")
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True).stdout.split("\n")
    assert out[0] == "False False"
    assert "GPE" in out[1] and "PERSON" in out[1]
    assert out[2] == "True True"
