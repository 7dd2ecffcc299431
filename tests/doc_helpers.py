"""Small builders several test modules share: a Doc with hand-placed entity spans, and the story
decision's score for one article against another."""

from __future__ import annotations

from crosswire.doc import Doc


def tagged_doc(doc_id: str, text: str, tagged: list[tuple[str, str]]) -> Doc:
    """A Doc with an ``entity`` span (of the given type) at the first place each surface appears."""
    d = Doc(id=doc_id, text=text)
    for surface, etype in tagged:
        start = text.index(surface)
        d.add_span("entity", start, start + len(surface), type=etype, name=surface)
    return d


def pair_score(first: Doc, second: Doc) -> float:
    """The story decision's score for ``second`` against ``first`` (placed first)."""
    from crosswire.stories.cluster import StoryIndex
    from crosswire.stories.placing import batch_signatures

    index = StoryIndex()
    signatures = {s.article_id: s for s in batch_signatures([first, second])}
    index.count(signatures.values())
    index.place(signatures[first.id])
    return index.pair_scores(signatures[second.id], [first.id])[0]


def quotes_of(text: str) -> list[tuple[str, str | None, bool]]:
    """(quoted text, speaker, direct) of every quote the quotes stage finds in ``text``."""
    from crosswire.extract.quotes import quotes_stage

    doc = quotes_stage(Doc(text=text))
    return [(text[s.start:s.end], s.attrs["speaker"], s.attrs["direct"]) for s in doc.spans_of("quote")]


def speaker_of(text: str, words: str) -> str | None:
    """The speaker of the first quote that starts with ``words``."""
    found = [speaker for content, speaker, _ in quotes_of(text) if content.startswith(words)]
    assert found, quotes_of(text)
    return found[0]


def cleaned_with_metadata(text: str) -> Doc:
    """A raw text through the clean and metadata stages."""
    from crosswire.clean import clean_doc
    from crosswire.metadata.stage import metadata_doc

    doc = Doc(raw=text)
    clean_doc(doc)
    return metadata_doc(doc)


def meta_value(doc: Doc, name: str):
    """A metadata field's value, None when the stage found none."""
    found = doc.meta.get(name)
    return found.value if found else None


def corroborated(texts: list[str], published: str):
    """What corroboration finds in articles a0, a1, ... (one per text, all dated ``published``),
    extracted by the real entity, quantity and time stages."""
    from crosswire.corroborate import corroborate_story
    from crosswire.extract import extract_many
    from crosswire.extract.entities import entities_stage
    from crosswire.extract.quantities import quantities_stage
    from crosswire.extract.times import times_stage
    from crosswire.pipeline import STORED_FIELDS, Pipeline

    pipeline = Pipeline([entities_stage, quantities_stage, times_stage], provides=STORED_FIELDS)
    docs = list(extract_many([Doc(id=f"a{i}", text=t, published=published) for i, t in enumerate(texts)],
                             pipeline=pipeline))
    return corroborate_story(docs)
