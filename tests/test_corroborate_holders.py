"""A figure belongs to someone: two players' points or two estimates of a distance are two facts.

Sentences adapted from blind review 5 (a basketball report, a quake report), extracted by the real
pipeline and corroborated: a fact must never cite evidence that gives another person's figure or
another estimate as its support.
"""

from __future__ import annotations

from doc_helpers import corroborated


def _facts(texts: list[str]) -> list[dict]:
    return corroborated(texts, "2013-03-08").facts


def _citing(facts: list[dict], needle: str) -> list[dict]:
    return [f for f in facts if any(needle in e["quote"] for e in f["evidence"])]


def test_one_figure_of_two_players_is_two_facts():
    facts = _facts([
        "Drake was paced by 13 points from Seth VanDeest, while Richard Carter had 12 points and four assists. "
        "The Jays led 33-26 at the half, paced by 13 points from Doug McDermott.",
        "Seth VanDeest led Drake with 13 points on Friday night in St. Louis.",
        "Richard Carter scored 13 points for the ninth-seeded Bulldogs, who lost in St. Louis.",
    ])
    vandeest = [f for f in _citing(facts, "Seth VanDeest led Drake") if "13" in (f.get("normalized") or "")]
    assert vandeest, facts
    for fact in vandeest:
        quotes = " ".join(e["quote"] for e in fact["evidence"])
        assert "Richard Carter scored" not in quotes and "from Doug McDermott" not in quotes


def test_two_estimates_of_a_distance_do_not_back_each_other():
    facts = _facts([
        "The temblor struck about 26 miles north of Santa Rosa in the Geysers area.",
        "The temblor struck at 2:09 a.m. and was centered about 20 miles north of Santa Rosa, the USGS said.",
        "The temblor struck about 25 miles north of Santa Rosa in the Geysers geothermal area.",
    ])
    for fact in _citing(facts, "about 20 miles"):
        assert not any("about 26 miles" in e["quote"] for e in fact["evidence"])
    near = _citing(facts, "about 25 miles")
    assert any(any("about 26 miles" in e["quote"] for e in f["evidence"]) for f in near)  # within the hedge


def test_a_fact_never_cites_a_sentence_giving_its_subject_another_age():
    facts = _facts([
        "Police said the bullet pierced a wall and struck Pizzolato's 10-year-old son in the cheek. "
        "A Monroe dad is facing charges after accidentally shooting his 10-year-old son over the weekend.",
        "The bullet went through a wall and struck his 11-year-old son in the cheek, police said. "
        "An 11-year-old boy is recovering after his father accidentally fired his gun in Monroe on Sunday.",
        "An 11-year-old boy is recovering after his father accidentally fired his gun in Monroe on Sunday, "
        "police said.",
    ])
    ages = {"10 years old": "10-year-old", "11 years old": "11-year-old"}
    for fact in facts:
        quotes = " ".join(e["quote"] for e in fact["evidence"])
        own = ages.get(fact["normalized"]) or next((a for a in ages.values() if a in fact["statement"]), None)
        if own and fact["kind"] != "date" and not fact["statement"].startswith("[Sunday]"):
            other = "10-year-old" if own == "11-year-old" else "11-year-old"
            assert other not in quotes, fact


def test_a_figure_the_report_corrects_is_not_what_it_reports():
    # a page updated in place keeps its first figure in the lead beside the correction
    facts = _facts([
        "A Monroe dad is facing charges after accidentally shooting his 11-year-old son in the cheek. "
        "Police said the bullet struck Pizzolato's 10-year-old son in the cheek. "
        "Police initially said the boy was 11 years old due to misinformation from his parents.",
        "The bullet went through a wall and struck his 11-year-old son in the cheek, police said.",
    ])
    eleven = [f for f in facts if f.get("normalized") == "11 years old"]
    assert eleven and all(f["sources"] == ["a1"] for f in eleven), eleven
    assert any(f.get("normalized") == "10 years old" and f["sources"] == ["a0"] for f in facts)


def test_a_correction_of_another_unit_keeps_the_figure():
    facts = _facts([
        "Four people were hurt in the crash on Sunday. Officials initially said the crash closed the road for 11 hours.",
        "The crash left four people hurt, police said on Sunday.",
    ])
    assert any(f.get("normalized") == "4 people" and len(f["sources"]) == 2 for f in facts), facts


def _conflicts(texts: list[str]) -> list[dict]:
    return corroborated(texts, "2013-03-14").conflicts


def test_two_estimates_of_one_distance_from_one_place_disagree():
    conflicts = _conflicts([
        "It was also east of Cloverdale and approximately twenty-six miles from Santa Rosa.",
        "The temblor struck about 26 miles north of Santa Rosa in the Geysers area.",
        "The temblor struck at 2:09 a.m. and was centered about 20 miles north of Santa Rosa, the USGS said.",
    ])
    assert [c["subject"] for c in conflicts] == ["distance from Santa Rosa"]
    assert [sorted(v["sources"]) for v in conflicts[0]["variants"]] == [["a0", "a1"], ["a2"]]


def test_estimates_within_each_others_give_do_not_disagree():
    from crosswire.values import Amount, compatible

    assert compatible(Amount(100, "people", "about"), Amount(110, "people", "about"))
    assert not compatible(Amount(20, "mile", "about"), Amount(26, "mile", "about"))
    assert compatible(Amount(20, "mile", "about"), Amount(22, "mile"))
