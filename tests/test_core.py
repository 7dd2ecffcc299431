"""The document model, pipeline checks and store basics."""

from __future__ import annotations

import pytest

from crosswire.doc import Doc, content_id
from crosswire.errors import ArticleNotFound, PipelineError
from crosswire.pipeline import FunctionStage, Pipeline


def test_content_id_ignores_whitespace_only_differences():
    assert content_id("a  b\nc") == content_id("a b c")
    assert content_id("a b c") != content_id("a b d")


def test_span_must_lie_inside_text():
    doc = Doc(text="hello world")
    span = doc.add_span("entity", 6, 11, type="PLACE")
    assert doc.span_text(span) == "world"
    with pytest.raises(ValueError):
        doc.add_span("entity", 6, 12)


def test_pipeline_checks_requirements_and_records_stages():
    upper = FunctionStage("upper", "2", lambda d: d, requires=("text",), assigns=("shout",))
    with pytest.raises(PipelineError):
        Pipeline([upper])
    make_text = FunctionStage("clean", "1", lambda d: d, assigns=("text",))
    pipe = Pipeline([make_text, upper])
    doc = pipe(Doc(raw="x"))
    assert doc.stages == ["clean@1", "upper@2"]


def test_doc_roundtrips_through_store(store):
    doc = Doc(id=content_id("body"), raw="body", text="body", path="a.txt")
    doc.set_meta("outlet", "Reuters", "dateline")
    assert store.put_article(doc) is True
    assert store.put_article(doc) is False
    back = store.get_article(doc.id)
    assert back.outlet == "Reuters"
    assert back.meta["outlet"].source == "dateline"
    assert store.count_articles() == 1
    with pytest.raises(ArticleNotFound):
        store.get_article("nope")


def test_store_survives_reopen(tmp_path):
    from crosswire.store import Store

    path = tmp_path / "x.db"
    with Store(path) as s:
        s.put_article(Doc(id="abc", raw="t", text="t"))
    with Store(path) as s:
        assert s.schema_version >= 1
        assert s.article_ids() == ["abc"]


def test_sentences_the_parser_cut_after_a_title_or_before_a_lowercase_word_are_put_back():
    from crosswire.sentences import sentence_bounds

    text = ('"There were 11 shots fired," said Highway Patrol Sgt. Jim Parrott. "He is in the TARDIS!" he said.\n'
            "Police arrived.")
    doc = Doc(id="x", text=text)
    cuts = [0, text.index("Jim"), text.index('"He is'), text.index("he said"), text.index("Police")]
    for start, end in zip(cuts, cuts[1:] + [len(text)]):
        doc.add_span("sentence", start, len(text[:end].rstrip()))
    assert [text[a:b] for a, b in sentence_bounds(doc)] == [
        '"There were 11 shots fired," said Highway Patrol Sgt. Jim Parrott.',
        '"He is in the TARDIS!" he said.', "Police arrived."]
