"""Conflicts only where outlets make the same statement with other figures.

Real multi-outlet stories (ECB+: sports, products, disasters) carry many figures of one kind
that are not the same slot: another player's yards, another model's price, a season's total.
These stories are extracted by the real pipeline (spaCy, quantities, times), then corroborated.
"""

from __future__ import annotations

from crosswire.corroborate import corroborate_story
from crosswire.doc import Doc
from crosswire.extract import extract_many
from crosswire.extract.entities import entities_stage
from crosswire.extract.quantities import quantities_stage
from crosswire.extract.times import times_stage
from crosswire.pipeline import STORED_FIELDS, Pipeline


def conflicts(texts: list[str]) -> list[dict]:
    pipeline = Pipeline([entities_stage, quantities_stage, times_stage], provides=STORED_FIELDS)
    docs = list(extract_many([Doc(id=f"a{i}", text=t, published="2026-01-05") for i, t in enumerate(texts)],
                             pipeline=pipeline))
    return corroborate_story(docs).conflicts


def figures(found: list[dict]) -> list[set[str]]:
    return [{v["value"] for v in c["variants"]} for c in found]


def test_one_statement_with_another_figure_is_a_conflict():
    found = conflicts([
        "Rescuers said the pirates on two speed boats had surrounded the cargo ship near the port before noon.",
        "The pirates on two speed boats surrounded the cargo ship near the port, the coast guard said on Sunday.",
        "The pirates, in three boats, had surrounded the cargo ship near the port when the navy arrived.",
    ])
    assert figures(found) == [{"two", "three"}]


def test_different_statistics_of_one_game_are_not_conflicts():
    found = conflicts([
        "Marsh rushed for 112 yards as the Hawks beat the Lions on Sunday, and he ran 21 times.",
        "Marsh rushed for 112 yards in the win over the Lions. His teammate Ortega caught passes for 48 yards.",
        "Ortega caught passes for 48 yards for the Hawks. Marsh has 905 yards rushing this season.",
        "Marsh finished with 112 yards, 2 touchdowns, 21 carries and 3 catches for 30 yards in the win.",
    ])
    assert found == []


def test_a_line_of_statistics_contradicts_nothing():
    found = conflicts([
        "The 13-inch model starts at $1,199 with a 2.3 GHz chip, 8 GB of memory and 256 GB of storage.",
        "The 13-inch model starts at $1,199, Apple said on Tuesday at its event.",
        "Apple said the 13-inch model starts at $1,299 with 16 GB of memory, 512 GB of storage and 2 ports.",
    ])
    assert found == []


def test_tallies_counted_in_two_places_do_not_contradict_each_other():
    from crosswire.corroborate import corroborate_story
    from crosswire.doc import Doc
    from crosswire.extract import extract_doc

    texts = {
        "a": "The quake damaged 10 houses in Takengon, the district capital, the disaster agency said on Tuesday.",
        "b": "The quake damaged 10 houses in Takengon, the district capital, the agency said on Tuesday.",
        "c": "The quake damaged more than 300 houses in Aceh, the disaster agency said on Tuesday.",
    }
    docs = [extract_doc(Doc(id=k, text=v, published="2013-07-02")) for k, v in texts.items()]
    assert [c for c in corroborate_story(docs).conflicts if "house" in c["subject"]] == []


def test_years_in_the_same_statement_conflict_and_years_of_other_statements_do_not():
    from doc_helpers import corroborated

    sold = ["The son sold one of their Mississippi oil fields for a reported $30 million in 1957, according to the "
            "family.",
            "The family oil field in Mississippi was sold for $30 million in 1967, the paper reported.",
            "LaRue's father ran the Mississippi oil field until it was sold for a reported $30 million in 1967."]
    found = corroborated(sold, "2004-07-28")
    years = [c for c in found.conflicts if {v["normalized"] for v in c["variants"]} == {"1957", "1967"}]
    assert len(years) == 1
    # a year told of something else is no rival to the sale's
    other = sold[:1] + ["LaRue joined the Nixon campaign in 1967 and ran its money operation, the paper said.",
                        "In 1967 LaRue joined the Nixon campaign, where he ran its money operation."]
    assert not [c for c in corroborated(other, "2004-07-28").conflicts
                if {v["normalized"] for v in c["variants"]} == {"1957", "1967"}]


def test_two_years_for_one_sale_of_one_sum_conflict_and_other_sums_do_not():
    from doc_helpers import corroborated

    sale = ["The son sold one of the family's oil fields for a reported $30 million in 1957. He died on Saturday.",
            "His company discovered the giant Bolton field, which Fred's generation sold for $30 million in 1967. "
            "He died on Saturday.",
            "Fred's generation sold the giant Bolton field for a reported $30 million in 1967. He died on "
            "Saturday."]
    found = corroborated(sale, "2004-07-28")
    years = [c for c in found.conflicts if {v["normalized"] for v in c["variants"]} == {"1957", "1967"}]
    assert len(years) == 1 and [len(v["sources"]) for v in years[0]["variants"]] == [2, 1]
    # another sum: another deal, not the same one dated twice
    other = corroborated([sale[0].replace("$30 million", "$45 million")] + sale[1:], "2004-07-28")
    assert not [c for c in other.conflicts if {v["normalized"] for v in c["variants"]} == {"1957", "1967"}]
