"""Second looks after a batch is placed: two similar events chained by one early bridge end as
two stories; a report that matched none of the earlier ones joins the reports that came after."""

from __future__ import annotations

import pytest

from crosswire.doc import Doc
from crosswire.stories import placing
from crosswire.stories.cluster import StoryIndex
from crosswire.stories.placing import batch_signatures, loose_halves, place_docs

FIRST = [
    "San Diego Chargers receiver Vincent Jackson was arrested on suspicion of drunken driving in Poway early "
    "Tuesday, the California Highway Patrol said. Jackson was booked into the Vista jail and released on bail. "
    "Coach Norv Turner said Jackson would play against the Steelers on Sunday.",
    "Chargers receiver Vincent Jackson spent Tuesday morning in the Vista jail after his arrest in Poway on "
    "suspicion of drunken driving, the California Highway Patrol said. Turner said Jackson would still play "
    "against the Steelers.",
    "Vincent Jackson will play against the Steelers despite his arrest in Poway, Norv Turner said. The California "
    "Highway Patrol stopped the Chargers receiver on suspicion of drunken driving; Jackson left the Vista jail "
    "on bail.",
    "The California Highway Patrol said Vincent Jackson was stopped in Poway on suspicion of drunken driving and "
    "taken to the Vista jail. Norv Turner said the Chargers receiver would face the Steelers.",
]
SECOND = [
    "Chargers tackle Jamal Williams was arrested on suspicion of drunken driving, weeks after receiver Vincent "
    "Jackson was arrested in Poway by the California Highway Patrol and booked into the Vista jail. San Diego "
    "police stopped Williams in Pacific Beach; Williams was released from the downtown jail.",
    "San Diego police arrested Chargers tackle Jamal Williams in Pacific Beach on suspicion of drunken driving. "
    "Williams failed a sobriety test and was booked into the downtown jail, general manager A.J. Smith said.",
    "Jamal Williams, the Chargers nose tackle, left the downtown jail after his arrest in Pacific Beach. San Diego "
    "police said Williams failed a sobriety test; A.J. Smith said the team was gathering facts.",
    "A.J. Smith said the Chargers were disappointed in Jamal Williams after his arrest in Pacific Beach on "
    "suspicion of drunken driving. San Diego police said Williams failed a sobriety test at the downtown jail.",
]


def _docs() -> list[Doc]:
    # undated, and in an order that offers the second event's first report while the first
    # event's story is still small
    ordered = [FIRST[0], SECOND[0], FIRST[1], SECOND[1], FIRST[2], SECOND[2], FIRST[3], SECOND[3]]
    ids = ["a1", "b1", "a2", "b2", "a3", "b3", "a4", "b4"]
    return [Doc(id=i, title="", text=t) for i, t in zip(ids, ordered)]


def _groups(placements) -> list[list[str]]:
    groups: dict[str, list[str]] = {}
    for p in placements:
        groups.setdefault(p.story_id, []).append(p.article_id)
    return sorted(sorted(g) for g in groups.values())


def test_two_similar_events_chained_early_are_split(monkeypatch: pytest.MonkeyPatch):
    with monkeypatch.context() as m:
        m.setattr(placing, "SPLIT_MIN_PART", 10**6)  # no split: what one-at-a-time placing alone gives
        assert _groups(place_docs(_docs())) == [["a1", "a2", "a3", "a4", "b1", "b2", "b3", "b4"]]

    placements = {p.article_id: p for p in place_docs(_docs())}
    assert _groups(placements.values()) == [["a1", "a2", "a3", "a4"], ["b1", "b2", "b3", "b4"]]
    # the founding article keeps its story; the other half is named after its first article
    assert placements["a1"].new_story and placements["b1"].new_story
    assert placements["b1"].evidence is None
    # every other member's evidence points inside its own (final) story
    for p in placements.values():
        if p.evidence is not None:
            assert placements[p.evidence.matched].story_id == p.story_id


def test_one_event_told_six_ways_holds_together():
    docs = [Doc(id=f"a{i}", title="", text=t) for i, t in enumerate(FIRST + FIRST[::-1])]
    index = StoryIndex()
    for sig in batch_signatures(docs):
        index.count([sig])
    assert loose_halves(index, [d.id for d in docs]) is None
    assert len(_groups(place_docs(docs))) == 1


FIRE = [
    ("fire", "A fire destroyed the Harbor Street warehouse of Lindqvist Marine in Portmoor overnight, fire chief "
             "Dana Okafor said. No one was hurt, and the cause of the blaze is under investigation."),
    ("arrest", "Portmoor police arrested night watchman Carl Brenner on arson charges on Wednesday. Prosecutors said "
               "Brenner had been fired last month and was seen near the building shortly before midnight."),
    ("charged", "Police charged night watchman Carl Brenner with arson after the overnight fire at the Lindqvist Marine "
                "warehouse on Harbor Street in Portmoor. Fire chief Dana Okafor said the blaze was set in two places."),
    ("charged2", "Carl Brenner, the fired night watchman, is charged with arson in the Harbor Street warehouse fire that "
                 "gutted Lindqvist Marine in Portmoor, prosecutors said; fire chief Dana Okafor said no one was hurt."),
    ("council", "The Portmoor city council approved a new budget on Wednesday that raises spending on parks and "
                "libraries, Mayor Ines Halvorsen said after a long debate."),
]


def test_a_report_that_matched_no_earlier_one_joins_the_later_ones(monkeypatch: pytest.MonkeyPatch):
    docs = [Doc(id=i, title="", text=t) for i, t in FIRE]
    with monkeypatch.context() as m:
        m.setattr(placing, "rehome_small_stories", lambda *args: {})  # one-at-a-time placing alone
        assert _groups(place_docs(docs)) == [["arrest"], ["charged", "charged2", "fire"], ["council"]]

    placements = {p.article_id: p for p in place_docs(docs)}
    # the arrest report shared too little with the fire report, the only one before it; the
    # reports after it tell both halves. The council story shares only the town: it stays alone
    assert _groups(placements.values()) == [["arrest", "charged", "charged2", "fire"], ["council"]]
    arrest = placements["arrest"]
    assert not arrest.new_story and arrest.story_id == placements["fire"].story_id
    assert arrest.evidence is not None and arrest.evidence.matched in {"charged", "charged2"}
    assert placements["council"].new_story


def test_second_look_in_the_store_leaves_no_empty_story(store):
    from crosswire.stories import update_stories

    for article_id, text in FIRE:
        store.put_article(Doc(id=article_id, title="", text=text))
    touched = update_stories(store)
    stories = {s.id: s for s in store.list_stories()}
    assert {s.id for s in touched} == set(stories)
    assert sorted(sorted(s.article_ids) for s in stories.values()) == [
        ["arrest", "charged", "charged2", "fire"], ["council"]]
    fire = next(s for s in stories.values() if "fire" in s.article_ids)
    assert fire.article_ids[0] == "fire"  # the founding article stays first
    assert fire.evidence["arrest"]["matched"] in {"charged", "charged2"}
    assert update_stories(store) == []


def test_a_dated_report_left_alone_joins_the_later_reports_of_its_event(monkeypatch: pytest.MonkeyPatch):
    """Dated, the arrest report is placed after the fire report only (too little in common) and
    founds a story; the reports after it join the fire report. Its second look finds them."""
    published = {"fire": "2024-05-06", "arrest": "2024-05-08", "council": "2024-05-08", "charged": "2024-05-09",
                 "charged2": "2024-05-10"}
    docs = [Doc(id=i, title="", text=t, published=published[i]) for i, t in FIRE]
    with monkeypatch.context() as m:
        m.setattr(placing, "SECOND_LOOK_DATED_MAX", 0)  # dated stories get no second look
        assert _groups(place_docs(docs)) == [["arrest"], ["charged", "charged2", "fire"], ["council"]]

    placements = {p.article_id: p for p in place_docs(docs)}
    assert _groups(placements.values()) == [["arrest", "charged", "charged2", "fire"], ["council"]]
    assert placements["arrest"].evidence.matched in {"charged", "charged2"}
    assert placements["council"].new_story
