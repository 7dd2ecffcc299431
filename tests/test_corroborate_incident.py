"""The incident vote and incident-slot conflicts (date, city, killed, injured)."""

from __future__ import annotations

from crosswire.corroborate import corroborate_story
from crosswire.corroborate.vote import vote
from crosswire.doc import Doc


def assert_one_killed_conflict(found, docs: list[Doc], variants: dict[str, list[str]]) -> None:
    """Exactly one conflict on the death toll, with these normalised values and sources, and
    every evidence quote verbatim in its article."""
    killed = [c for c in found.conflicts if c.get("slot") == "killed"]
    assert len(killed) == 1
    assert {v["normalized"]: v["sources"] for v in killed[0]["variants"]} == variants
    texts = {d.id: d.text for d in docs}
    for v in killed[0]["variants"]:
        for ev in v["evidence"]:
            assert ev["quote"] in texts[ev["article"]]


def test_vote_counts_independent_sources_once_and_discounts_defaults():
    facts = {
        "a": {"killed": {"value": 2, "evidence": [{"quote": "two killed"}]}},
        "a2": {"killed": {"value": 2, "evidence": [{"quote": "two killed"}]}},  # a copy of a
        "b": {"killed": {"value": 3, "evidence": [{"quote": "three killed"}]}},
        "c": {"killed": {"value": 3, "evidence": [{"quote": "three dead"}]}},
        "d": {"killed": {"value": 0, "evidence": []}},  # the extractor's default
    }
    result = vote(facts, roots={"a2": "a"}, slots=["killed"])["killed"]
    assert result["value"] == 3 and result["support"] == 2 and result["of"] == 4
    # without the copy rule, a and its reprint would tie with b and c; ties go to the larger toll
    assert vote(facts, slots=["killed"])["killed"]["value"] == 3


def test_vote_ties_prefer_the_earliest_date():
    facts = {"a": {"date": {"value": "2015-03-02", "evidence": [{}]}},
             "b": {"date": {"value": "2015-03-01", "evidence": [{}]}}}
    assert vote(facts, slots=["date"])["date"]["value"] == "2015-03-01"


def _doc(doc_id: str, text: str) -> Doc:
    from crosswire.extract import extract_doc

    return extract_doc(Doc(id=doc_id, text=text, published="2015-03-03"))


def test_incident_story_votes_and_reports_a_contradicted_count():
    same = ("SPRINGFIELD, Ill. — Two people were killed and three others were wounded in a shooting at a "
            "bar in Springfield early Monday, police said. Officers found the victims inside the bar.")
    docs = [
        _doc("a", same),
        _doc("b", same.replace("at a bar", "at a tavern").replace("Officers found", "Police found")),
        _doc("c", same.replace("Two people", "Four people").replace("Officers found", "Deputies found")),
    ]
    found = corroborate_story(docs)
    assert found.incident is not None
    assert found.incident["killed"]["value"] == 2 and found.incident["killed"]["support"] == 2
    assert found.incident["city"]["value"].lower() == "springfield"
    assert_one_killed_conflict(found, docs, {"2 people": ["a", "b"], "4 people": ["c"]})


def test_no_incident_without_casualty_counts():
    docs = [_doc("a", "The council approved the budget on Monday."),
            _doc("b", "Councillors passed the budget on Monday evening.")]
    assert corroborate_story(docs).incident is None
