"""People of a story across outlets: who is identified, by how many outlets, and their ages."""

from __future__ import annotations

from crosswire.corroborate import corroborate_story
from crosswire.doc import Doc
from crosswire.extract import extract_doc


def _story(texts: dict[str, str], published: dict[str, str] | None = None):
    published = published or {}
    docs = [extract_doc(Doc(id=k, text=v, published=published.get(k, "2013-02-20"))) for k, v in texts.items()]
    return corroborate_story(docs, {k: k for k in texts})


RAMPAGE = {
    "a": "A gunman killed three people in Orange County on Tuesday. The deceased victim was identified as "
         "Jeremy Lewis, 27, of Fullerton. The gunman was identified as Ali Syed, a 20-year-old who lived "
         "with his parents. Police Chief Carlos Rojas said the shooting was random.",
    "b": "Syed then stopped at an electronics store where he shot and killed construction worker Jeremy Lewis, "
         "26, of Fullerton, police said. Ali Syed, 20, later took his own life. Carlos Rojas spoke to reporters.",
    "c": "The second victim, 26-year-old construction worker Jeremy Lewis of Fullerton, was killed at a store. "
         "Police named the shooter as Ali Syed.",
}


def test_a_person_identified_by_several_outlets_is_one_fact_with_every_outlet():
    found = _story(RAMPAGE)
    people = {f["value"]: f for f in found.facts if f["kind"] == "person"}
    assert set(people) == {"Ali Syed", "Jeremy Lewis"}  # the quoted chief is named, never identified
    syed = people["Ali Syed"]
    assert syed["sources"] == ["a", "b", "c"] and syed["independent_sources"] == 3
    assert syed["normalized"] == "Ali Syed, 20" and syed["status"] == "corroborated"
    texts = {d: RAMPAGE[d] for d in RAMPAGE}
    assert all(e["quote"] in texts[e["article"]] and "Syed" in e["quote"] for e in syed["evidence"])


def test_a_person_only_one_outlet_identifies_is_a_single_source_fact():
    found = _story({
        "a": "Two men were wounded in the office shooting on Friday, police said. The Detroit Free Press "
             "identified them as Paul Riva, 47, of Sterling Heights and Alan Steinberg, 48.",
        "b": "Two men were wounded in the office shooting on Friday. Police have not named them. "
             "Spokeswoman Ilene Wolfe said the families asked for privacy.",
    }, {"a": "2013-02-22", "b": "2013-02-22"})
    people = {f["value"]: f for f in found.facts if f["kind"] == "person"}
    assert people["Paul Riva"]["status"] == "single-source" and people["Paul Riva"]["sources"] == ["a"]
    assert "Ilene Wolfe" not in people  # named, never identified


def test_ages_years_apart_for_one_person_are_a_conflict_and_the_fact_is_disputed():
    found = _story({
        "a": "Norris Greenhouse Jr., 23, and Lt. Derrick Stafford, 32, were indicted Thursday on second-degree murder.",
        "b": "There is no word whether Derrick Stafford, 32, the other officer arrested, will post his bond.",
        "c": "Norris Greenhouse Jr., 32, and Derrick Stafford, 23, were charged with second-degree murder.",
    })
    ages = [c for c in found.conflicts if c["subject"] == "age of Derrick Stafford"]
    assert len(ages) == 1
    sides = {v["value"]: v["sources"] for v in ages[0]["variants"]}
    assert sides == {"32": ["a", "b"], "23": ["c"]}
    stafford = next(f for f in found.facts if f["kind"] == "person" and f["value"] == "Derrick Stafford")
    assert stafford["status"] == "disputed"


def test_ages_a_year_apart_weeks_apart_fit_one_birth_date():
    # Jeremy Lewis is 27 in one outlet, 26 in two; a birthday may fall between reports weeks apart
    found = _story(RAMPAGE, published={"a": "2013-03-25", "b": "2013-02-20", "c": "2013-02-21"})
    assert not [c for c in found.conflicts if c["subject"].startswith("age of")]
    lewis = next(f for f in found.facts if f["kind"] == "person" and f["value"] == "Jeremy Lewis")
    assert lewis["status"] == "corroborated"


def test_ages_a_year_apart_in_one_week_disagree():
    texts = {
        "a": "Family identified two of the victims as Shacora Jackson, 41, and Elijah Jackson, 36.",
        "b": "The victims were Elijah Jackson, 36; Shacora Jackson, 40; and Nateyah Yafah Hines, 19.",
        "c": "Relatives named Shacora Jackson, 40, as one of the people found dead in the house.",
    }
    published = {"a": "2016-12-18", "b": "2016-12-19", "c": "2016-12-19"}
    found = _story(texts, published=published)
    ages = [c for c in found.conflicts if c["subject"] == "age of Shacora Jackson"]
    assert len(ages) == 1
    assert {v["value"]: v["sources"] for v in ages[0]["variants"]} == {"40": ["b", "c"], "41": ["a"]}
    # one outlet against one: a person's age is pinned by the name, and in one week a slip is far
    # likelier than a birthday (on GVC, every such pair read was two outlets' different ages)
    alone = _story({k: v for k, v in texts.items() if k != "c"}, published=published)
    ages = [c for c in alone.conflicts if c["subject"] == "age of Shacora Jackson"]
    assert [{v["value"]: v["sources"] for v in c["variants"]} for c in ages] == [{"40": ["b"], "41": ["a"]}]
    # undated reports of one story are taken as of its week
    undated = _story({"a": "The victims were Shacora Jackson, 41, and Elijah Jackson, 36.",
                      "b": "The victims were Elijah Jackson, 36, and Shacora Jackson, 40."}, published={"a": "", "b": ""})
    assert [c["subject"] for c in undated.conflicts if c["subject"].startswith("age of")] == ["age of Shacora Jackson"]
    # ... but one dated months after the other may be a birthday apart
    apart = _story({k: v for k, v in texts.items() if k != "c"}, published={"a": "2016-12-18", "b": "2017-02-19"})
    assert not [c for c in apart.conflicts if c["subject"].startswith("age of")]


def test_an_outlet_correcting_an_age_stands_for_the_new_one():
    found = _story({
        "a": "The gunman was identified as Dionisio Garza, 36, of Houston. Police initially said Dionisio Garza "
             "was 63.",
        "b": "Police identified the shooter as Dionisio Garza, 63, a lawyer.",
        "c": "The suspect, Dionisio Garza, 63, was killed by officers.",
    })
    ages = [c for c in found.conflicts if c["subject"] == "age of Dionisio Garza"]
    assert len(ages) == 1
    assert {v["value"]: v["sources"] for v in ages[0]["variants"]} == {"63": ["b", "c"], "36": ["a"]}


def test_the_next_persons_age_in_a_list_is_not_this_ones():
    found = _story({
        "a": "Three people were killed: 19-year-old Raekwon Manigault, 17-year-old Jonah Barley and "
             "25-year-old Johnny Johnson.",
        "b": "The victims were 17-year-old Jonah Barley and 19-year-old Raekwon Manigault, family members said.",
    })
    assert not [c for c in found.conflicts if c["subject"].startswith("age of")]
    ages = {f["value"]: f["normalized"] for f in found.facts if f["kind"] == "person"}
    assert ages["Raekwon Manigault"] == "Raekwon Manigault, 19"
    assert ages.get("Jonah Barley", "Jonah Barley, 17") == "Jonah Barley, 17"  # when the tagger names him


def test_a_year_later_a_person_may_be_a_year_older():
    found = _story({
        "a": "The suspect was identified as Cameron Dooley, 26, of Chesapeake.",
        "b": "At his trial, Cameron Dooley, 27, of Chesapeake, pleaded not guilty.",
    }, published={"a": "2016-01-28", "b": "2017-03-02"})
    assert not [c for c in found.conflicts if c["subject"].startswith("age of")]


def test_a_parents_age_is_not_the_childs():
    found = _story({
        "a": "Police said the 3-year-old son of Steven Dooley was unharmed. Steven Dooley, 50, was a retired officer.",
        "b": "The dead included Steven Dooley, 50, a recently retired police officer.",
    })
    assert not [c for c in found.conflicts if c["subject"].startswith("age of")]
    dooley = next(f for f in found.facts if f["kind"] == "person")
    assert dooley["normalized"] == "Steven Dooley, 50"


def test_an_age_in_the_headline_above_is_not_the_next_lines_name():
    found = _story({
        "a": "Brooklyn gunman shoots 15-year-old in head, 18-year-old in leg\n\nRohan Levy died three days after "
             "he was shot, police said.",
        "b": "Zidon Clarke, 17, is being charged in the murder of Rohan Levy, 15, police said Wednesday.",
    })
    assert not [c for c in found.conflicts if c["subject"].startswith("age of")]


def test_one_victim_written_four_ways_is_one_person_fact_with_every_outlet():
    # a middle name, a role word before the name, the age as an apposition, a short first name
    found = _story({
        "a": "Business owner Melvin Lee Edwards, 69, was on his way to work when he crossed paths with Syed.",
        "b": "Victim Melvin Edwards, 69, was apparently picked at random, police said.",
        "c": "He opened fire and killed Melvin Edwards, a 69-year-old from Laguna Hills, after a carjacking.",
        "d": "Mel Edwards was shot three times in the parking lot, police said on Tuesday.",
    })
    people = [f for f in found.facts if f["kind"] == "person" and "Edwards" in f["value"]]
    assert len(people) == 1
    assert people[0]["sources"] == ["a", "b", "c", "d"] and people[0]["normalized"].endswith(", 69")


def test_a_short_first_name_joins_only_when_one_person_fits():
    found = _story({
        "a": "Victim Melvin Edwards, 69, was shot. Melanie Edwards, 40, his niece, was not hurt.",
        "b": "Melvin Edwards, 69, died at the scene, police said.",
        "c": "Mel Edwards was shot three times in the parking lot, police said on Tuesday.",
    })
    melvin = next(f for f in found.facts if f["kind"] == "person" and f["value"] == "Melvin Edwards")
    assert "c" not in melvin["sources"]  # "Mel" may be Melvin or Melanie


def test_a_person_named_as_the_suspect_or_identified_at_a_distance_is_identified():
    found = _story({
        "a": "Police have identified the suspect in Sunday's deadly west Houston shooting as Dionisio Garza III.",
        "b": "According to investigators, the suspect, Army veteran Dionisio Garza III, fired 212 rounds.",
        "c": "Dionisio Garza III is from San Bernardino County and served in Afghanistan.",
    })
    garza = [f for f in found.facts if f["kind"] == "person" and f["value"] == "Dionisio Garza III"]
    assert len(garza) == 1 and garza[0]["sources"] == ["a", "b", "c"]


def test_a_surname_misspelt_by_a_letter_is_the_same_person():
    found = _story({
        "a": "The victim who died was identified as 56-year-old Eugene Linscomb.",
        "b": "The medical examiner identified the second victim as Eugene Linscomb.",
        "c": "Garza confronted customer Eugene Linsomb and shot him. Linscomb died at the scene.",
    })
    people = [f for f in found.facts if f["kind"] == "person" and f["value"].startswith("Eugene")]
    assert len(people) == 1 and people[0]["sources"] == ["a", "b", "c"]
