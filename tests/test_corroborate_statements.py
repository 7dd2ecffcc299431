"""Statements without a figure or a date that several outlets make become facts."""

from __future__ import annotations

from crosswire.corroborate import corroborate_story
from crosswire.doc import Doc
from crosswire.extract import extract_doc


def _docs(texts: dict[str, str]) -> list[Doc]:
    return [extract_doc(Doc(id=k, text=v, published="2007-11-13")) for k, v in texts.items()]


def _statements(found) -> list[dict]:
    return [f for f in found.facts if f["kind"] == "statement"]


def test_a_statement_worded_alike_by_two_outlets_is_one_corroborated_fact():
    docs = _docs({
        "a": "HP agreed to buy the consulting firm EYP on Monday. Financial terms of the transaction were not "
             "disclosed.",
        "b": "The computer maker will acquire EYP, a data center consultancy. Financial terms were not disclosed.",
        "c": "EYP designs data centers for banks and hospitals around the world.",
    })
    facts = _statements(corroborate_story(docs))
    assert [(f["sources"], f["status"], f["independent_sources"]) for f in facts] == [(["a", "b"], "corroborated", 2)]
    texts = {d.id: d.text for d in docs}
    assert all(e["quote"] in texts[e["article"]] for e in facts[0]["evidence"])


def test_a_statement_and_its_denial_are_not_one_fact():
    docs = _docs({
        "a": "Financial terms of the transaction were disclosed in a filing on Monday.",
        "b": "Financial terms of the transaction were not disclosed in a filing on Monday.",
    })
    assert _statements(corroborate_story(docs)) == []


def test_a_copy_does_not_corroborate_its_original():
    text = "Financial terms of the transaction were not disclosed by either company."
    docs = _docs({"a": text, "b": text})
    assert _statements(corroborate_story(docs, roots={"a": "a", "b": "a"})) == []


def test_a_rank_is_a_fact_and_another_rank_of_the_same_thing_a_conflict():
    docs = _docs({
        "a": "Wladimir Klitschko stopped Tony Thompson in the sixth round to keep his heavyweight titles.",
        "b": "Klitschko retained his heavyweight belts by stopping challenger Tony Thompson in the sixth round.",
        "c": "Wladimir Klitschko stopped Tony Thompson in the fifth round to keep his heavyweight titles.",
    })
    found = corroborate_story(docs)
    sixth = [f for f in found.facts if f["kind"] == "ordinal" and f["normalized"].startswith("6 ")]
    assert len(sixth) == 1 and sixth[0]["sources"] == ["a", "b"]
    assert [sorted(v["normalized"] for v in c["variants"]) for c in found.conflicts] == [["5 round", "6 round"]]


def test_a_roster_of_dates_in_one_article_is_no_timeline():
    roster = " ".join(f"Officer {name}, sworn in in {month} {year} and assigned to the Central Patrol Division."
                      for name, month, year in (("A. Lee", "January", 2008), ("B. Cruz", "March", 1998),
                                                ("C. Diaz", "May", 1993), ("D. Moss", "June", 2009)))
    docs = _docs({"a": "Police named the officers who fired at the gunman on Monday. " + roster,
                  "b": "The gunman opened fire on cars on Monday, police said."})
    found = corroborate_story(docs)
    assert not any(ev["date"].startswith(("2008", "1998", "1993", "2009")) for ev in found.timeline)


def test_a_copy_joins_its_originals_statement_and_counts_once():
    docs = _docs({
        "a": "Four men rammed a car into the store. They then set fire to the vehicle and escaped in another car.",
        "a2": "Four men rammed a car into the shop. They then set fire to the vehicle and escaped in another car.",
        "b": "Robbers drove into the jeweller. They then set fire to the vehicle before fleeing in another car.",
    })
    found = corroborate_story(docs, {"a": "a", "a2": "a", "b": "b"})  # a2 is a copy of a
    fire = [f for f in _statements(found) if "set fire" in f["statement"]]
    assert len(fire) == 1, [f["sources"] for f in fire]
    assert sorted(fire[0]["sources"]) == ["a", "a2", "b"] and fire[0]["independent_sources"] == 2


def test_a_statement_is_shown_when_the_value_fact_citing_it_is_read_by_another_sentence():
    # the Sunday fact has every outlet, but reads "was arrested ... on suspicion of drunken driving":
    # "pulled over for speeding" is told by no line of the brief but its own
    texts = {
        "a": "Chargers lineman Jamal Williams was arrested early Sunday on suspicion of drunken driving. "
             "Williams was pulled over for speeding on a freeway outside downtown, the "
             "California Highway Patrol said.",
        "b": "Jamal Williams of the Chargers was arrested early Sunday on suspicion of drunken driving. "
             "Williams was pulled over for speeding early Sunday on a freeway outside downtown San Diego, "
             "the California Highway Patrol said.",
        "c": "Jamal Williams was arrested early Sunday on suspicion of drunken driving, police said. "
             "He was pulled over for speeding early Sunday on a freeway outside downtown, the "
             "California Highway Patrol said.",
    }
    docs = [extract_doc(Doc(id=k, text=v, published="2009-02-02")) for k, v in texts.items()]
    facts = corroborate_story(docs, {k: k for k in texts}).facts
    speeding = [f for f in facts if "speeding" in f["statement"]]
    assert speeding and max(len(f["sources"]) for f in speeding) == 3
