"""Readings that made conflicts where the outlets agree: each rule with a text of its kind."""

from __future__ import annotations

from crosswire.corroborate.placeslots import place_slots
from crosswire.doc import Doc


def _doc(doc_id: str, text: str, published: str = "2016-05-03") -> Doc:
    from crosswire.extract import extract_doc

    return extract_doc(Doc(id=doc_id, text=text, published=published))


def _slots(doc: Doc, name: str) -> set[str]:
    start = doc.text.index(name)
    return place_slots(doc, start, start + len(name))


def test_a_town_police_force_places_nothing_in_a_story_of_a_dismissal():
    fired = _doc("a", "Officer let go\n\nA Riverton police officer has been fired after an inquiry found he lied "
                      "on his time sheets.")
    assert _slots(fired, "Riverton") == set()
    shot = _doc("b", "Man hurt\n\nA Riverton police officer said a man was shot in the leg on Main Street.")
    assert "police" in _slots(shot, "Riverton")


def _counts(text: str, kind: str) -> list[tuple[int, bool]]:
    from crosswire.corroborate.counts import count_mentions

    return [(m.value, m.loose) for m in count_mentions(_doc("x", text))[kind]]


def test_a_count_beside_another_group_is_a_part_of_the_toll():
    # "also": some besides others; "and a 9-year-old boy": a second group; a headline's list
    assert _counts("Woman Hurt, 3 Men Also Wounded In Eastside Shooting", "injured") == [(3, True)]
    assert _counts("A gunman injured two women and a 9-year-old boy at the park.", "injured") == [(2, True)]
    assert _counts("Jury weighs case of bar fight that killed 4, unborn child\n\nText.", "killed") == [(4, True)]
    # "Two teens shot, 1 injured": those hurt otherwise are another group than those shot
    assert _counts("Two teens shot, 1 injured during fight at fair", "injured") == [(1, True)]
    assert _counts("Two people were injured in the crash.", "injured") == [(2, False)]


def test_a_charge_backs_a_toll_but_does_not_contradict_it():
    from crosswire.corroborate import corroborate_story

    docs = [_doc("a", "Three killed outside tavern\n\nThree men were killed in a fight outside a tavern on Sunday."),
            _doc("b", "Tavern shooting\n\nGunfire outside a tavern left three men dead on Sunday, police said."),
            _doc("c", "Suspect in court\n\nLee is accused of killing two men in a fight outside a tavern.")]
    assert not [c for c in corroborate_story(docs).conflicts if c.get("slot") == "killed"]


def test_a_shooter_killed_by_police_may_be_counted_among_the_dead():
    from crosswire.corroborate import corroborate_story

    docs = [_doc("a", "Rampage\n\nFour people were killed by a man before he was shot and killed by police Sunday."),
            _doc("b", "Rampage victims named\n\nThe gunman killed four people at the complex on Sunday."),
            _doc("c", "Five dead\n\nA shooting left five dead at an apartment complex Sunday night.")]
    assert not [c for c in corroborate_story(docs).conflicts if c.get("slot") == "killed"]


def test_parts_of_a_toll_backed_by_nothing_else_contradict_no_figure():
    from crosswire.corroborate import corroborate_story

    docs = [_doc("a", "Girl Hurt, 2 Men Also Wounded In Park Shooting\n\nA girl and two men were shot at the park."),
            _doc("b", "Park shooting\n\nA shooting at the park injured two men and a 9-year-old girl on Sunday."),
            _doc("c", "Girl, 9, Among 3 Wounded In Park Shooting\n\nThree people were wounded at the park.")]
    assert not [c for c in corroborate_story(docs).conflicts if c.get("slot") == "injured"]


def _date_conflicts(texts: list[tuple[str, str, str]]) -> list[dict]:
    from crosswire.corroborate import corroborate_story

    docs = [_doc(i, t, published=p) for i, t, p in texts]
    return [c for c in corroborate_story(docs).conflicts
            if any(v.get("normalized", "")[:2] == "20" for v in c["variants"])]


HELD = "Budget vote\n\nThe council approved the harbor budget on March 2 after a long public hearing, the mayor said."


def test_a_planned_day_does_not_contradict_the_day_something_happened():
    held = [("a", HELD, "2016-03-04"), ("b", HELD.replace("the mayor", "a clerk"), "2016-03-04")]
    moved = ("c", HELD.replace("March 2", "March 9"), "2016-03-04")
    assert _date_conflicts(held + [moved])  # the same statement with another day: a conflict
    planned = ("c", "Budget vote\n\nThe council is scheduled to approve the harbor budget on March 9 after a public "
                    "hearing, the mayor said.", "2016-03-01")
    assert not _date_conflicts(held + [planned])


def test_the_same_weekday_read_against_other_weeks_is_no_conflict():
    before = "Silence for officer\n\nThe college will hold a moment of silence for the slain officer before Saturday's game."
    after = "Silence for officer\n\nThe college held a moment of silence for the slain officer before the game Saturday."
    texts = [("a", before, "2016-03-03"), ("b", before.replace("college", "school"), "2016-03-03"),
             ("c", after, "2016-03-03")]
    assert not _date_conflicts(texts)


def test_a_day_that_names_the_event_does_not_date_the_statement():
    suspect = "Suspect named\n\nPolice consider Lee a suspect in the March 9 shooting on Elm Street, the chief said."
    texts = [("a", suspect, "2016-04-08"), ("b", suspect.replace("the chief", "a detective"), "2016-04-08"),
             ("c", "Suspect named\n\nPolice said on April 7 that they consider Lee a suspect in the shooting on Elm "
                   "Street, the chief said.", "2016-04-08")]
    assert not _date_conflicts(texts)


def test_the_night_of_an_incident_may_be_one_day_or_the_next():
    from crosswire.corroborate import corroborate_story

    friday = "Girl killed\n\nAn 11-year-old girl was killed on Friday night during a shooting in Riverton, police said."
    docs = [_doc("a", friday, "2015-12-14"), _doc("b", friday.replace("police", "deputies"), "2015-12-14"),
            _doc("c", friday.replace("Friday", "Saturday"), "2015-12-14")]
    dates = [c for c in corroborate_story(docs).conflicts
             if any(str(v.get("normalized", "")).startswith("2015-12") for v in c["variants"])]
    assert not dates


def test_the_day_a_victim_died_does_not_contradict_the_day_he_was_shot():
    from crosswire.corroborate import corroborate_story

    died = "Teen dies\n\nPolice are investigating the death of a 15-year-old boy who died on Thursday at a hospital."
    docs = [_doc("a", died, "2015-07-17"), _doc("b", died.replace("Police", "Detectives"), "2015-07-17"),
            _doc("c", "Teen charged\n\nPolice said a 17-year-old shot the boy on Sunday in a park.", "2015-07-17")]
    assert not [c for c in corroborate_story(docs).conflicts if c.get("slot") == "date"]
    # ... but a day the shooting is told of too is the incident's
    shot = "Teen dies\n\nA 15-year-old boy was shot in a park on Thursday and died at a hospital, police said."
    docs[:2] = [_doc("a", shot, "2015-07-17"), _doc("b", shot.replace("police", "detectives"), "2015-07-17")]
    assert [c for c in corroborate_story(docs).conflicts if c.get("slot") == "date"]


def test_a_dateline_repeated_only_as_a_home_town_places_no_incident():
    from crosswire.corroborate import corroborate_story

    scene = ("Baby killed in Marrow shooting\n\nA 10-month-old boy was killed in a double shooting in Marrow on "
             "Saturday, deputies said.")
    docs = [_doc("a", scene), _doc("b", scene.replace("deputies", "the sheriff")),
            _doc("c", "Arrest made in killing of baby\n\nHARTVILLE, La. -- Deputies arrested a 27-year-old man from "
                      "Hartville for fatally shooting a 10-month-old boy on Saturday.")]
    assert not [c for c in corroborate_story(docs).conflicts if c.get("slot") == "city"]
    # the dateline town told of again as where it happened is a place
    docs[2] = _doc("c", "Arrest made in killing of baby\n\nHARTVILLE, La. -- Deputies arrested a man for fatally "
                        "shooting a 10-month-old boy on Saturday in Hartville.")
    assert [c for c in corroborate_story(docs).conflicts if c.get("slot") == "city"]


def test_a_report_read_as_placed_at_a_hospital_dissents_where_it_tells_of_the_shooting():
    from crosswire.corroborate import corroborate_story
    from crosswire.extract.incident import incident_facts

    scene = "Four shot dead in Belmont\n\nFour people were shot dead at a rural home in Belmont on Friday, deputies said."
    other = _doc("c", "Gunman kills four\n\nA wounded man was flown to Harrison Hospital in Bremerton. Four people "
                      "were shot dead on Friday at a rural Corby home, deputies said.")
    assert incident_facts(other)["city"]["value"] == "Bremerton"
    docs = [_doc("a", scene), _doc("b", scene.replace("deputies", "the sheriff")), other]
    city = [c for c in corroborate_story(docs).conflicts if c.get("slot") == "city"]
    assert city and city[0]["variants"][1]["value"] == "Corby"


def test_an_update_stamp_is_no_day_the_report_gives_the_incident():
    sunday = "Five shot at party\n\nFive men were shot at a party at an apartment complex on Sunday morning, police said."
    docs = [("a", sunday, "2016-09-12"), ("b", sunday.replace("police", "deputies"), "2016-09-12"),
            ("c", "Five shot at party\n\n(09/11/16) - Police are looking for a shooter.\n\nThe shooting happened early "
                  "Wednesday morning at an apartment complex, hitting five men at a party.", "2016-09-12")]
    from crosswire.corroborate import corroborate_story

    dates = [c for c in corroborate_story([_doc(*d) for d in docs]).conflicts if c.get("slot") == "date"]
    assert dates and dates[0]["variants"][1]["sources"] == ["c"]


def test_a_source_that_also_gives_the_agreed_day_makes_no_split():
    saturday = "Five hurt at club\n\nFive people were hurt in a shooting at the club shortly after 2 a.m. Saturday."
    docs = [_doc("a", saturday, "2013-01-26"), _doc("d", saturday.replace("Five people", "Five"), "2013-01-26"),
            _doc("b", "Club closed\n\nPolice ordered the club closed through Wednesday after the shooting. Gunfire "
                      "broke out at the club at 2 a.m. Saturday, wounding five people.", "2013-01-29"),
            _doc("c", "Gunmen open fire at club\n\nGunmen opened fire at the club around 2 a.m. on Tuesday, wounding "
                      "five people, police said.", "2013-01-26")]
    # read mention by mention: "b" gives Wednesday (another day near "c"'s) but the agreed Saturday too
    from crosswire.corroborate.incident import _facts
    from crosswire.corroborate.days import date_conflicts

    facts = {d.id: _facts(d) for d in docs}
    dates = date_conflicts(docs, {}, {d.id: i for i, d in enumerate(docs)}, facts)
    assert dates and dates[0]["variants"][1]["sources"] == ["c"]


def test_a_later_day_of_death_does_not_contradict_the_day_of_the_shooting():
    from crosswire.corroborate import corroborate_story

    shot = "Five shot\n\nFive people were shot Thursday night on Lacey Street in Riverton, police said."
    docs = [_doc("a", shot, "2016-09-14"), _doc("b", shot.replace("police", "deputies"), "2016-09-14"),
            _doc("c", "Charge changed\n\nLee faced a new charge after Tom Roe, 23, died Sunday from injuries he "
                      "sustained during the shooting on Lacey Street in Riverton.", "2016-09-14")]
    assert not [c for c in corroborate_story(docs).conflicts if c.get("slot") == "date"]


def test_an_outlets_home_in_a_headline_tail_places_nothing():
    doc = _doc("a", "Father charged in shooting death of daughter - WXYZ 9 News - Marlow, AL\n\nA father was "
                    "charged after his daughter was shot in Riverton.")
    assert _slots(doc, "Marlow") == set()
    from crosswire.corroborate.placeslots import at_scene

    start = doc.text.index("Marlow")
    assert not at_scene(doc, start, start + len("Marlow"))


def test_one_source_writing_its_town_in_a_town_slot_can_be_contradicted():
    # "Peoria, Ill.": where reports write their town, not only at the scene
    from crosswire.corroborate import corroborate_story

    docs = [_doc("a", "Girl shot while asleep\n\nOne girl was wounded while sleeping at her home near downtown "
                      "Peoria, Ill., on Sunday, police said."),
            _doc("c", "Girl shot while asleep\n\nOne girl was wounded while sleeping at a home in Allison "
                      "on Sunday, police said. The shooting in Allison is under investigation.")]
    city = [c for c in corroborate_story(docs).conflicts if c.get("slot") == "city"]
    assert city and {v["value"] for v in city[0]["variants"]} == {"Peoria", "Allison"}


def test_the_day_someone_explained_is_not_the_day_of_what_they_explained():
    from crosswire.corroborate import corroborate_story

    def conflicts(third: str) -> list[tuple[str, list[str]]]:
        docs = [_doc("a", "Teen killed\n\nTwo plainclothes officers shot and killed Omar Reyes, 16, on Saturday night "
                          "after he pointed a gun at them, police said.", "2013-03-13"),
                _doc("b", "Protests\n\nOmar Reyes, 16, was shot and killed by two plainclothes officers on Saturday "
                          "night after police said he pointed a gun at them.", "2013-03-13"),
                _doc("c", third, "2013-03-13")]
        return [(c["subject"], [v["value"] for v in c["variants"]]) for c in corroborate_story(docs).conflicts]

    assert conflicts("Vigil\n\nYesterday, the police explained that officers shot and killed Omar Reyes, 16, "
                     "because he pointed a gun at them.") == []
    # the same outlet giving the shooting another day still contradicts the others
    assert [v for _, v in conflicts("Vigil\n\nOfficers shot and killed Omar Reyes, 16, on Tuesday night because "
                                    "he pointed a gun at them.")] == [["Saturday night", "Tuesday night"]]


def test_a_length_that_places_an_event_in_time_is_no_length_claim():
    from crosswire.corroborate import corroborate_story

    docs = [_doc("a", "Wildlife rule\n\nThe new wildlife rule will take effect in about 30 days, the agency said."),
            _doc("b", "Rule signed\n\nThe agency said the new wildlife rule will take effect in about 30 days."),
            _doc("c", "Rule timing\n\nThe new wildlife rule takes effect nine days before the inauguration.")]
    assert corroborate_story(docs).conflicts == []


def test_an_outbreak_with_deaths_is_no_violent_incident():
    from crosswire.corroborate import corroborate_story

    docs = [_doc("a", "Plague case\n\nA hunter who killed and ate a wild rabbit was hospitalized with bubonic plague. "
                      "The Black Death killed millions in Europe. Plague deaths are rare today; the disease killed a "
                      "man in May."),
            _doc("b", "Third plague case\n\nPlague killed a couple in May after they ate a marmot. The Black Death "
                      "killed millions. Health officials said a third patient died of the disease."),
            _doc("c", "Plague in China\n\nThere were 3,248 cases worldwide between 2010 and 2015, with 584 deaths. "
                      "The Black Death killed millions; a patient died in hospital.")]
    assert corroborate_story(docs).incident is None


def test_distances_from_two_places_do_not_contradict_each_other():
    from crosswire.corroborate import corroborate_story

    a = ("A magnitude 4.6 quake shook Northern California on Thursday. The temblor struck at 2:09 a.m. and was "
         "centered in Geyserville, about 20 miles north of Santa Rosa, according to the U.S. Geological Survey. "
         "No damage was reported.")
    c = ("A magnitude 4.6 quake shook Northern California on Thursday. No damage was reported. The temblor "
         "struck {} north of {}, according to the U.S. Geological Survey.")
    docs = [_doc("a", a, "2013-03-14"), _doc("b", a.replace("No damage", "No injuries"), "2013-03-14"),
            _doc("c", c.format("one mile", "The Geysers"), "2013-03-14")]
    assert not corroborate_story(docs).conflicts
    # from the same place, the two figures do disagree
    docs[2] = _doc("c", c.format("two miles", "Santa Rosa"), "2013-03-14")
    assert [[v["value"] for v in x["variants"]] for x in corroborate_story(docs).conflicts] == [
        ["about 20 miles", "two miles"]]


def test_two_days_of_two_acts_by_the_same_people_do_not_contradict():
    from crosswire.corroborate import corroborate_story

    revoked = "President Obama today revoked George W. Bush's endangered species rule."
    lifted = ("On January 30, President Obama lifted George W. Bush's rule change barring U.S. financial aid to "
              "international organizations that provide or promote abortions.")
    docs = [_doc("a", revoked, "2009-04-28"), _doc("b", revoked.replace("today", "on Tuesday"), "2009-04-28"),
            _doc("c", lifted, "2009-04-28")]
    assert not corroborate_story(docs).conflicts
    # the same act on another day is a contradiction
    docs[2] = _doc("c", "On January 30, President Obama revoked George W. Bush's endangered species rule.",
                   "2009-04-28")
    assert [[v["value"] for v in c["variants"]] for c in corroborate_story(docs).conflicts] == [
        ["today", "January 30"]]
