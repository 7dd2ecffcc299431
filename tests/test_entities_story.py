"""Story-level entity types: the tagger's slips are outvoted, surnames join their person."""

from __future__ import annotations

from crosswire.corroborate.entities import EntityIndex
from crosswire.doc import Doc


def doc(doc_id: str, text: str, tagged: list[tuple[str, str]]) -> Doc:
    d = Doc(id=doc_id, text=text)
    for surface, etype in tagged:
        start = text.index(surface)
        d.add_span("entity", start, start + len(surface), type=etype, name=surface)
    return d


def entities(docs: list[Doc]) -> dict[str, str]:
    return {e["name"]: e["type"] for e in EntityIndex(docs).to_list()}


def test_types_follow_most_mentions_and_facility_names_are_not_people():
    docs = [
        doc("a", "Ana Reyes checked into the Harbor View Center in Salem.",
            [("Ana Reyes", "PERSON"), ("Harbor View Center", "PERSON"), ("Salem", "GPE")]),
        doc("b", "Reyes left the Harbor View Center on Friday, Ana Reyes told reporters in Salem.",
            [("Reyes", "GPE"), ("Harbor View Center", "ORG"), ("Ana Reyes", "PERSON"), ("Salem", "GPE")]),
        doc("c", "The Ocean Clinic in Salem said Ana Reyes was well.",
            [("Ocean Clinic", "ORG"), ("Salem", "PERSON"), ("Ana Reyes", "PERSON")]),
    ]
    found = entities(docs)
    assert found["Harbor View Center"] == "ORG"
    assert found["Salem"] == "PLACE"  # two places against one slip
    assert found["Ana Reyes"] == "PERSON" and "Reyes" not in found  # the surname joined its person


def test_a_city_named_more_than_a_namesake_stays_a_city():
    docs = [doc("a", "Talks in Washington resumed. Washington said little. Denzel Washington attended.",
                [("Washington", "GPE"), ("Denzel Washington", "PERSON")]),
            doc("b", "Officials in Washington met again.", [("Washington", "GPE")])]
    found = entities(docs)
    assert found["Washington"] == "PLACE" and found["Denzel Washington"] == "PERSON"
