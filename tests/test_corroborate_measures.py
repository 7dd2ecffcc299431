"""Measures across outlets: a quake's magnitude, sizes and lengths that only look alike, edited
copies of one report, and one sentence shown once however many values it holds."""

from __future__ import annotations

import pytest

from crosswire.corroborate import corroborate_story
from crosswire.corroborate.align import corroborates
from crosswire.doc import Doc
from crosswire.extract import extract_doc
from crosswire.extract.quantities import iter_quantities
from crosswire.values import Amount, Duration


@pytest.mark.parametrize("text, value", [
    ("The 5.9-magnitude quake struck Qeshm island on Sunday.", 5.9),
    ("A 5.9 magnitude earthquake has leveled seven villages.", 5.9),
    ("A magnitude 6.1 quake hit the island.", 6.1),
    ("A magnitude-6.1 earthquake hit the island.", 6.1),
    ("The seismologic center put the quake's magnitude at 5.9.", 5.9),
    ("The survey said it had a magnitude of 6.1.", 6.1),
    ("The tremor measured 6.1 on the Richter scale.", 6.1),
])
def test_a_quakes_magnitude_is_one_measure_however_it_is_worded(text, value):
    found = [attrs for _, _, attrs in iter_quantities(text) if attrs["unit"] == "magnitude"]
    assert [a["value"] for a in found] == [value]


def test_a_number_near_magnitude_that_is_no_magnitude_stays_what_it_is():
    found = {a["unit"] for _, _, a in iter_quantities("The magnitude of the disaster: 40 villages and 300 houses.")}
    assert "magnitude" not in found


def test_figures_that_merely_fit_each_other_do_not_corroborate():
    # a lower bound far below the figure, and a bound on a length, are other statements
    assert not corroborates(Amount(15000, "people", "at least"), Amount(23000, "people", "nearly"))
    assert not corroborates(Amount(25, "km", "less than"), Amount(15, "km"))
    assert not corroborates(Duration(10 / 86400, "more than"), Duration(30 / 86400))
    assert corroborates(Amount(20, "people", "at least"), Amount(24, "people"))
    # a magnitude is one figure to a tenth: a bound at 5.9 does not back a 6.4 quake
    assert not corroborates(Amount(5.9, "magnitude", "at least"), Amount(6.4, "magnitude"))
    assert corroborates(Amount(5.9, "magnitude", "at least"), Amount(5.9, "magnitude"))


def _brief(texts: dict[str, str], published: str = "2005-11-28"):
    docs = [extract_doc(Doc(id=k, text=v, published=published)) for k, v in texts.items()]
    return corroborate_story(docs, {k: k for k in texts})


def test_outlets_giving_two_magnitudes_are_a_conflict_and_an_article_giving_both_sits_on_both_sides():
    found = _brief({
        "a": "Iran's seismologic center put the quake's magnitude at 5.9. The U.S. Geological Survey puts the "
             "magnitude at 6.1. Ten people were killed on Qeshm island.",
        "b": "The 5.9-magnitude quake struck Qeshm island, home to 120,000 people, the news agency said.",
        "c": "A 5.9 magnitude earthquake has leveled seven villages on Qeshm island, officials said.",
        "d": "The 6.1-magnitude quake struck Qeshm island, home to 120,000 people, state media said.",
        "e": "An earthquake with a magnitude of at least 5.9 hit Qeshm island on Sunday.",
    })
    conflicts = [c for c in found.conflicts if c["subject"].startswith("magnitude")]
    assert len(conflicts) == 1, [c["subject"] for c in found.conflicts]
    sides = {v["normalized"]: set(v["sources"]) for v in conflicts[0]["variants"]}
    assert {"b", "c"} <= sides["5.9 magnitude"] and "d" in sides["6.1 magnitude"]
    assert "a" in sides["5.9 magnitude"] and "a" in sides["6.1 magnitude"]


def test_one_magnitude_in_every_outlet_is_no_conflict():
    found = _brief({
        "a": "A 5.9-magnitude quake struck Qeshm island on Sunday, killing ten people.",
        "b": "The quake on Qeshm island had a magnitude of 5.9, the survey said.",
        "c": "An earthquake with a magnitude of at least 5.9 hit Qeshm island on Sunday.",
    })
    assert not [c for c in found.conflicts if "magnitude" in c["subject"]]
    magnitude = [f for f in found.facts if any(v["normalized"] == "5.9 magnitude" for v in f["values"])]
    assert len(magnitude) == 1 and magnitude[0]["independent_sources"] == 3


def test_copies_of_one_report_edited_to_another_figure_disagree():
    sentence = "The {m}-magnitude quake struck Qeshm island, home to 120,000 people, and the port city, state media said."
    texts = {"a": sentence.format(m="5.9") + " Rescuers reached the villages at night.",
             "b": sentence.format(m="6.1") + " Rescuers reached the villages at night.",
             "c": "Iran's news agency said the quake that hit Qeshm island had a magnitude of 5.9."}
    docs = [extract_doc(Doc(id=k, text=v, published="2005-11-28")) for k, v in texts.items()]
    found = corroborate_story(docs, {"a": "a", "b": "a", "c": "c"})  # b is a copy of a
    conflicts = [c for c in found.conflicts if c["subject"].startswith("magnitude")]
    assert len(conflicts) == 1 and conflicts[0]["copies_of"] == "a"
    sides = {v["normalized"]: set(v["sources"]) for v in conflicts[0]["variants"]}
    assert sides == {"5.9 magnitude": {"a", "c"}, "6.1 magnitude": {"b"}}


def test_a_count_of_people_in_copies_may_rise_without_a_conflict():
    sentence = "The quake on Qeshm island killed {n} people, state media said, as rescuers searched the rubble."
    texts = {"a": sentence.format(n=3), "b": sentence.format(n=10),
             "c": "Ten people died on Qeshm island when the quake struck, officials said."}
    docs = [extract_doc(Doc(id=k, text=v, published="2005-11-28")) for k, v in texts.items()]
    found = corroborate_story(docs, {"a": "a", "b": "a", "c": "c"})
    assert not any(c.get("copies_of") for c in found.conflicts)


def test_a_sentence_two_facts_cite_in_every_source_is_one_line():
    found = _brief({
        "a": "In 2009, police said they had recovered 80 percent of the haul.",
        "b": "Police said they had recovered 80% of the haul in 2009.",
    }, published="2013-09-09")
    lines = [f for f in found.facts if "80" in f["statement"]]
    assert len(lines) == 1, [f["statement"] for f in lines]
    assert {v["kind"] for v in lines[0]["values"]} == {"amount", "date"}


def test_two_facts_sharing_one_outlets_sentence_only_stay_apart():
    found = _brief({
        "a": "Charles had 226 yards on 22 carries, and Peyton Hillis ran for 101 yards.",
        "b": "Jamaal Charles rushed for 226 yards against the Colts on Sunday.",
        "c": "Peyton Hillis added 101 yards on the ground for the Chiefs on Sunday.",
    }, published="2012-12-24")
    charles = [f for f in found.facts if any(v["normalized"] == "226 yard" for v in f["values"])]
    hillis = [f for f in found.facts if any(v["normalized"] == "101 yard" for v in f["values"])]
    assert charles and hillis and charles[0] is not hillis[0]


def test_a_small_count_is_less_evidence_of_one_fact_than_a_rare_figure_or_a_date():
    from crosswire.corroborate.align import JOIN_SAME_VALUE, JOIN_SMALL_COUNT, _same_value_threshold
    from crosswire.values import DateValue

    assert _same_value_threshold(Amount(3, "people")) == JOIN_SMALL_COUNT > JOIN_SAME_VALUE
    assert _same_value_threshold(Amount(226, "yard")) == JOIN_SAME_VALUE
    assert _same_value_threshold(Amount(2.5, "%")) == JOIN_SAME_VALUE
    assert _same_value_threshold(DateValue("2013-02-19")) == JOIN_SAME_VALUE


def test_a_score_is_one_fact_however_the_outlets_word_it_and_a_range_is_no_score():
    found = _brief({
        "a": "The Colts beat the Chiefs 20-13 on Sunday to clinch a playoff berth.",
        "b": "Andrew Luck led Indianapolis to a 20-13 victory over Kansas City on Sunday.",
        "c": "Indianapolis clinched a playoff spot with a 20-13 win at Kansas City on Sunday.",
        "d": "Between 12-15 people watched the game from the roof on Sunday.",
    }, published="2012-12-24")
    scores = [f for f in found.facts if any(v["normalized"] == "20-13" for v in f["values"])]
    assert len(scores) == 1 and scores[0]["independent_sources"] == 3
    assert not [f for f in found.facts if any(v["normalized"] == "12-15" for v in f["values"])]


def test_tallies_compare_whichever_side_is_written_first():
    from crosswire.values import Tally, compatible

    assert compatible(Tally(20, 13), Tally(13, 20))
    assert not compatible(Tally(20, 13), Tally(20, 10))


def test_a_clock_reading_outlets_share_is_one_fact_and_a_game_clock_never_a_conflict():
    from crosswire.values import Clock, compatible

    found = _brief({
        "a": "Gunfire broke out around 1:30 a.m. at the Cameo nightclub, police said.",
        "b": "The violence at 1:30 a.m. triggered a panic inside the packed Cameo nightclub.",
        "c": "Shots rang out at 2:15 a.m. inside the Cameo nightclub, a witness said.",
    }, published="2017-03-26")
    clocks = [f for f in found.facts if f["kind"] == "clock"]
    assert any(f["independent_sources"] == 2 for f in clocks)
    assert not found.conflicts
    assert compatible(Clock(90, qualifier="about"), Clock(95)) and not compatible(Clock(90, qualifier="about"), Clock(105))


def test_two_populations_of_one_place_are_a_conflict_whatever_else_the_sentences_say():
    found = _brief({
        "a": "The 6.1-magnitude quake struck Qeshm island, home to 120,000 people, state media said.",
        "b": "Qeshm is Iran's largest island in the Persian Gulf, with a population of 120,000.",
        "c": "The quake was centred near Qeshm Island, home to 200,000 people, the survey said.",
        "d": "Rescuers reached the villages of Qeshm island on Sunday, and 500 people were evacuated.",
    })
    population = [c for c in found.conflicts if c["subject"].startswith("population of")]
    assert len(population) == 1
    sides = {v["normalized"]: set(v["sources"]) for v in population[0]["variants"]}
    assert sides == {"120000 residents": {"a", "b"}, "200000 residents": {"c"}}
    assert [a["normalized"] for _, _, a in iter_quantities("500 people were evacuated")] == ["500 people"]


def test_a_figure_the_report_says_was_given_at_first_supports_nothing():
    found = _brief({
        "a": "Two people are dead and four people are wounded after the shooting at the park, police said.",
        "b": "Police said four people were wounded in the shooting at the park on Thursday.",
        "c": "Authorities initially had said that four people were wounded in the park shooting. Five were wounded.",
    }, published="2016-11-25")
    four = [f for f in found.facts if any(v["normalized"] == "4 people" for v in f["values"])]
    assert four and all("c" not in f["sources"] for f in four)


def test_two_times_of_day_for_one_statement_are_a_conflict():
    found = _brief({
        "a": "It happened around 3:30 a.m. on Sunday at Club Envy, police said.",
        "b": "The shooting happened around 3:30 a.m. on Sunday at Club Envy, police said.",
        "c": "The shooting happened early Sunday morning around 3:50 a.m. at Club Envy, police said.",
    }, published="2017-02-12")
    times = [c for c in found.conflicts if c["subject"].startswith("time of day")]
    assert len(times) == 1
    assert {v["normalized"]: set(v["sources"]) for v in times[0]["variants"]} == {
        "about 03:30": {"a", "b"}, "about 03:50": {"c"}}


def test_a_holder_of_an_office_is_ranked_alike_across_outlets_and_two_holders_never_conflict():
    found = _brief({
        "a": "Maurice Cheeks has been hired as the 21st head coach of the Philadelphia 76ers.",
        "b": "Cheeks will be introduced as Philadelphia's 21st head coach at a Tuesday news conference.",
        "c": "Peter Capaldi was named the 12th Doctor on Sunday; Matt Smith is the 11th Doctor.",
        "d": "Capaldi will play the 12th Doctor, replacing Matt Smith, the 11th Doctor, at Christmas.",
    }, published="2013-08-05")
    coach = [f for f in found.facts if any(v["normalized"] == "21 coach" for v in f["values"])]
    assert coach and coach[0]["independent_sources"] == 2
    assert not found.conflicts


def test_one_age_several_outlets_give_is_one_fact_however_written():
    found = _brief({
        "a": "The 55-year-old Glasgow-born star will be the 12th actor to play the Doctor.",
        "b": "The 55-year old Glasgow-born actor is the oldest actor to play the Time Lord since 1963.",
        "c": "The 55-year-old is a hugely popular choice, judging by some celebrity chatter last night.",
    }, published="2013-08-05")
    ages = [f for f in found.facts if any(v["normalized"] == "55 years old" for v in f["values"])]
    assert len(ages) == 1 and ages[0]["independent_sources"] == 3


def test_one_child_age_several_outlets_give_is_one_fact_however_worded():
    found = _brief({
        "a": "An 8-year-old child was airlifted to a Charleston-area hospital.",
        "b": "An 8-year-old boy was taken by helicopter to the Medical University of South Carolina.",
        "c": "Also, an 8-year-old boy was taken to the hospital with a gunshot injury.",
    }, published="2015-07-16")
    ages = [f for f in found.facts if any(v["normalized"] == "8 years old" for v in f["values"])]
    assert len(ages) == 1 and ages[0]["independent_sources"] == 3


def test_a_score_a_record_and_a_game_clock_are_facts_however_they_are_punctuated():
    found = _brief({
        "a": "Top-seeded Creighton defeated Drake, 65-53, on Friday. Drake fell to 15-17. "
             "McDermott's record point came when he sank a free throw with 4:43 left in the first half.",
        "b": "The Bluejays won 65-53 over Drake, which ended its season 15-17. McDermott broke the record "
             "with a free throw with 4:43 to play in the first half.",
    }, published="2013-03-09")
    by_value = {v["normalized"]: f for f in found.facts for v in f["values"]}
    for value in ("65-53", "15-17", "4:43"):
        assert set(by_value[value]["sources"]) == {"a", "b"}, found.facts
        assert value in by_value[value]["statement"]
    assert not found.conflicts


def test_a_speed_in_miles_an_hour_is_a_speed_not_an_hour():
    found = _brief({
        "a": "Police chased LaCalamita for about 30 miles at speeds of up to 120 miles an hour on Interstate 75.",
        "b": "LaCalamita drove across several counties, at speeds up to 120 miles per hour, before he surrendered.",
        "c": "Hours after the shooting, a motorist spotted the vehicle and officers chased it at 120 mph.",
    }, published="2012-04-10")
    speeds = [f for f in found.facts if str(f["normalized"]).endswith("120 mph")]
    assert speeds and set(speeds[0]["sources"]) == {"a", "b", "c"}, found.facts
    assert not any(f["kind"] == "duration" for f in found.facts)


def test_a_fall_in_feet_and_one_in_metres_are_one_fact():
    from doc_helpers import corroborated

    found = corroborated(["A British climber fell 2,000 feet to his death on Mount Sefton on Saturday, police said.",
                          "A British climber fell 600 meters to his death on Mount Sefton on Saturday, police said."],
                         "2013-09-15")
    falls = [f for f in found.facts if f["kind"] == "amount" and "fell" in f["statement"]]
    assert len(falls) == 1 and sorted(falls[0]["sources"]) == ["a0", "a1"], found.facts


def test_a_time_bounded_before_or_after_is_compared_on_its_side():
    from crosswire.values import Clock, clocks_compatible

    before_seven = Clock(7 * 60, True, "shortly before")
    assert clocks_compatible(before_seven, Clock(6 * 60 + 45)) and not clocks_compatible(before_seven, Clock(7 * 60 + 10))
    assert clocks_compatible(Clock(22 * 60, True, "after"), Clock(22 * 60 + 40))
    assert not clocks_compatible(Clock(22 * 60, True, "after"), Clock(21 * 60 + 50))
    found = _brief({
        "a": "Shortly before 7 a.m. Wednesday, deputies received a call about a shooting on Gum Branch Road.",
        "b": "Deputies received a call about a shooting on Gum Branch Road shortly before 7 a.m. Wednesday.",
        "c": "Deputies received a call about a shooting on Gum Branch Road at 7:10 a.m. Wednesday.",
    }, published="2015-07-16")
    times = [c for c in found.conflicts if c["subject"].startswith("time of day")]
    assert len(times) == 1 and {v["normalized"] for v in times[0]["variants"]} == {"shortly before 07:00", "07:10"}


def test_one_relatives_two_ages_in_one_statement_conflict_and_two_children_do_not():
    found = _brief({
        "a": "The bullet went through a wall and struck his 11-year-old son in the cheek, police said.",
        "b": "An 11-year-old boy is recovering after his father fired his gun. The bullet struck his 11-year-old "
             "son in the cheek, police said.",
        "c": "Police said the bullet pierced a wall and struck Pizzolato's 10-year-old son in the cheek.",
    }, published="2016-10-31")
    ages = [c for c in found.conflicts if c["subject"] == "age of the son"]
    assert len(ages) == 1
    assert sorted(v["normalized"] for v in ages[0]["variants"]) == ["10 years old", "11 years old"]
    # a boy and a girl of two ages are two children, whatever the sentences share
    found = _brief({
        "a": "The bullet struck an 11-year-old boy in the cheek, police said.",
        "b": "The bullet struck an 11-year-old boy in the cheek, police said on Monday.",
        "c": "Police said the bullet struck a 10-year-old girl in the cheek.",
    }, published="2016-10-31")
    assert not [c for c in found.conflicts if "old" in " ".join(v["normalized"] for v in c["variants"])]
