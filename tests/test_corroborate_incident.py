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


def test_reports_whose_headlines_tell_of_a_shooting_make_an_incident_with_one_count():
    # one report counts the wounded; the others headline the shooting and say little more
    docs = [_doc("a", "Carbondale officer shot during pursuit Wednesday night\n\nA suspect fired several gunshots at "
                      "pursuing officers, striking one police officer. The officer was taken to a hospital."),
            _doc("b", "Carbondale chief: Police officer serious but stable after Sunday shooting\n\nThe chief "
                      "spoke to reporters about the officer's condition."),
            _doc("c", "Three men arrested in connection with shooting of Carbondale police officer\n\nThe men "
                      "were booked into the county jail.")]
    found = corroborate_story(docs)
    assert found.incident is not None
    # ... and the day one report gives is set against the other's
    assert [c["slot"] for c in found.conflicts if c.get("slot") == "date"] == ["date"]
    # a headline alone, with no count anywhere, is still no incident
    assert corroborate_story([docs[1], docs[2]]).incident is None
    # a first line that is a whole paragraph is no headline
    long_first = _doc("b", "The chief spoke to reporters on Monday about the officer, who is serious but stable after "
                           "the Sunday shooting, and about the pursuit, the car, the three men arrested later that "
                           "night, the charges they face and the hearing set for next month in the county court.")
    assert corroborate_story([docs[0], long_first]).incident is None


def test_a_number_that_is_no_count_does_not_hide_a_contradicted_count():
    # "eight months pregnant" near "injured" states no count of eight injured
    tail = " A woman who was eight months pregnant was among the injured."
    docs = [
        _doc("a", "ELGIN, Ill. — Six people were injured in a shooting at a party in Elgin on Monday, police "
                  "said." + tail),
        _doc("b", "Six others were injured when a gunman opened fire at a party in Elgin early Monday." + tail),
        _doc("c", "Eight people were injured when shots rang out at a house party in Elgin on Monday, police "
                  "said." + tail),
    ]
    found = corroborate_story(docs)
    injured = [c for c in found.conflicts if c.get("slot") == "injured"]
    assert [sorted(v["normalized"] for v in c["variants"]) for c in injured] == [["6 people", "8 people"]]


def test_people_shot_where_no_one_died_is_the_injured_count():
    base = "ELGIN, Ill. — {n} people were shot at a party in Elgin on Monday, police said. None of the wounds"
    docs = [_doc("a", base.format(n="Five") + " were life-threatening."),
            _doc("b", base.format(n="Five") + " appeared to be life-threatening, officers said."),
            _doc("c", base.format(n="Seven") + " were serious, a spokesman said.")]
    found = corroborate_story(docs)
    assert found.incident["killed"]["value"] == 0
    injured = [c for c in found.conflicts if c.get("slot") == "injured"]
    assert [sorted(v["normalized"] for v in c["variants"]) for c in injured] == [["5 people", "7 people"]]


def test_a_toll_that_counts_the_shooter_agrees_with_one_that_does_not():
    docs = [
        _doc("a", "HESSTON, Kan. — Four people are dead, including the gunman, after a shooting at a plant in "
                  "Hesston on Thursday, police said."),
        _doc("b", "Four people were killed at a Hesston plant on Thursday, including the shooter, who was "
                  "killed by an officer."),
        _doc("c", "Three people were killed in a workplace shooting in Hesston on Thursday, police said."),
    ]
    found = corroborate_story(docs)
    assert not [c for c in found.conflicts if c.get("slot") == "killed"]


def test_a_default_toll_never_outvotes_the_stated_ones():
    # three reports state no toll (the extractor's default is 0), two state one death
    docs = [
        _doc("e", "Aceh province was shaken by an earthquake on Tuesday; people ran from their homes and "
                  "officials said rescue teams were on their way to the mountain districts."),
        _doc("a", "A strong earthquake struck Aceh province on Tuesday, sending people running into the streets. "
                  "The quake shook houses for about a minute, a witness said."),
        _doc("b", "An earthquake hit Aceh province on Tuesday and buildings collapsed in two districts, officials "
                  "said. Rescue teams were sent to the mountain villages."),
        _doc("c", "The earthquake in Aceh province on Tuesday killed one man and injured dozens, officials said. "
                  "One man was killed when a wall collapsed."),
        _doc("d", "One person was killed when the earthquake struck Aceh province on Tuesday, the disaster agency "
                  "said. A man died when his house collapsed."),
    ]
    found = corroborate_story(docs)
    assert found.incident is not None
    killed = found.incident["killed"]
    assert killed["value"] == 1 and killed["stated"] and set(killed["sources"]) == {"c", "d"}


def test_a_value_no_report_states_is_shown_as_the_default():
    base = "ELGIN, Ill. — {n} people were shot at a party in Elgin on Monday, police said. None of the wounds"
    docs = [_doc("a", base.format(n="Five") + " were life-threatening."),
            _doc("b", base.format(n="Five") + " appeared to be life-threatening, officers said.")]
    killed = corroborate_story(docs).incident["killed"]
    assert killed == {"value": 0, "support": 0, "of": 2, "sources": [], "stated": False}


def test_a_player_who_was_hurt_is_no_violent_incident():
    # two reports of a football injury: "was hurt" is no casualty count of an incident
    docs = [_doc("a", "Running back Pierre Thomas was hurt in the loss to Atlanta on Dec. 27 and the Saints placed "
                      "him on reserve Wednesday."),
            _doc("b", "Thomas was hurt late in the season, and the Saints placed him on reserve on Wednesday.")]
    assert corroborate_story(docs).incident is None
    # ... but a man who was hurt in a shooting is one
    docs = [_doc("a", "A man was hurt when a gunman opened fire outside a Springfield bar on Monday."),
            _doc("b", "A man was hurt in a shooting in Springfield on Monday, police said.")]
    assert corroborate_story(docs).incident is not None


def test_two_counties_are_two_places_while_a_county_and_a_town_are_two_scales():
    same = ("Two people were killed and three others were wounded in a shooting at a rural home in {place} "
            "early Monday, deputies said. Investigators found the victims inside the home.")

    def city(dissent: str) -> list[dict]:
        docs = [_doc("a", same.format(place="Wagoner County")),
                _doc("b", same.format(place="Wagoner County").replace("Investigators", "Officers")),
                _doc("c", same.format(place=dissent).replace("Investigators", "Troopers"))]
        return [c for c in corroborate_story(docs).conflicts if c.get("slot") == "city"]

    found = city("Tulsa County")
    assert [[v["value"] for v in c["variants"]] for c in found] == [["Wagoner County", "Tulsa County"]]
    assert not city("Coweta")  # a town the county may hold


def test_copies_of_one_report_that_give_two_tolls_disagree_and_a_rising_toll_does_not():
    wire = ("SPRINGFIELD, Ill. — Two people were killed and four others were wounded in a shooting at a "
            "bar in Springfield early Monday, police said. Officers found the victims inside the bar.")
    other = ("Two people were killed when a gunman opened fire at a Springfield tavern, police said Monday. "
             "Two men died at the scene.")
    docs = [_doc("a", wire), _doc("b", wire.replace("four others", "six others")), _doc("c", other)]
    roots = {"a": "a", "b": "a", "c": "c"}  # a and b: copies of one wire report
    injured = [c for c in corroborate_story(docs, roots).conflicts if c.get("slot") == "injured"]
    assert len(injured) == 1 and injured[0]["copies_of"] == "a" and "copies" in injured[0]["subject"]
    assert sorted(v["sources"] for v in injured[0]["variants"]) == [["a"], ["b"]]
    # the copy published a day later with the higher toll: updated, not contradicted
    docs = [_doc("a", wire), Doc(id="b", text=wire.replace("four others", "six others"), published="2015-03-04"),
            _doc("c", other)]
    from crosswire.extract import extract_doc

    docs[1] = extract_doc(docs[1])
    assert not [c for c in corroborate_story(docs, roots).conflicts if c.get("slot") == "injured"]


def test_copies_that_word_a_day_alike_do_not_disagree_on_it():
    wire = ("SPRINGFIELD, Ill. — Two people were killed in a shooting at a bar in Springfield yesterday, police "
            "said. Officers found the victims inside the bar.")
    from crosswire.extract import extract_doc

    other = "Two men were shot and killed at a Springfield tavern, police said. Two people died."
    docs = [_doc("a", wire), extract_doc(Doc(id="b", text=wire, published="2015-03-06")), _doc("c", other)]
    found = corroborate_story(docs, {"a": "a", "b": "a", "c": "c"})
    assert found.incident is not None and not [c for c in found.conflicts if c.get("copies_of")]


def test_a_toll_in_a_sentence_dated_months_before_is_another_incident():
    from crosswire.extract import extract_doc

    lede = ("TROY, Mich. — A man shot three people at an accounting firm in Troy on Monday, killing one, police "
            "said. Officers arrested him after a chase.")
    recall = ("TROY, Mich. — A man opened fire at an accounting firm in Troy on Monday, police said. In February, "
              "a gunman killed five people at a shopping mall in Salt Lake City, Utah.")
    docs = [extract_doc(Doc(id=i, text=t, published="2015-04-14"))
            for i, t in (("a", lede), ("b", lede.replace("Officers", "Deputies")), ("c", recall))]
    found = corroborate_story(docs)
    assert found.incident["killed"]["value"] == 1
    assert not found.conflicts
    # in a report from early March the same February is the incident's own month: five is its toll
    docs = [extract_doc(Doc(id=d.id, text=d.text, published="2015-03-03")) for d in docs]
    assert [c["slot"] for c in corroborate_story(docs).conflicts] == ["killed"]


def test_a_count_of_the_wounded_does_not_excuse_a_contradicted_death_toll():
    # the dissenter's "Three others were wounded" writes the majority's 3, but of the injured:
    # it does not show that "killed five people" and "three people were killed" can both hold (and
    # "a triple homicide" is no count mention: only the vote of the articles' readings sees this)
    docs = [
        _doc("a", "Three people were killed in a barbershop shooting on Thursday in Warrensville Heights, police "
                  "said. Officers found the men inside the shop."),
        _doc("b", "Police are investigating a triple homicide at a barbershop on Thursday in Warrensville Heights. "
                  "Detectives are searching for the gunman."),
        _doc("c", "Police have identified a suspect in a barbershop shooting that killed five people on Thursday "
                  "in Warrensville Heights.\n\nThree others were wounded and have been released from the "
                  "hospital."),
    ]
    found = corroborate_story(docs)
    assert_one_killed_conflict(found, docs, {"3 people": ["a", "b"], "5 people": ["c"]})


def _killed_or_injured_conflicts(docs: list[Doc]) -> list[dict]:
    return [c for c in corroborate_story(docs).conflicts if c.get("slot") in ("killed", "injured")]


def test_a_death_told_without_a_figure_does_not_contradict_a_toll():
    # "fatally shot a woman and girl" is two deaths and "died" tells of one: no two sources agree on
    # a toll that "three dead" (the shooter too) would contradict
    docs = [
        _doc("a", "A man fatally shot a woman and girl in Aransas Pass on Tuesday and then killed himself, "
                  "police said."),
        _doc("b", "The woman died at the scene in Aransas Pass on Tuesday, police said. The girl was shot too."),
        _doc("c", "Three dead in Aransas Pass murder-suicide\n\nPolice said the shooting happened on Tuesday."),
    ]
    assert _killed_or_injured_conflicts(docs) == []


def test_the_worst_hurt_and_the_other_wounded_are_parts_of_the_injured():
    docs = [
        _doc("a", "Two people were killed and three were wounded in a shooting at a cookout in Wilkinsburg on "
                  "Wednesday, police said."),
        _doc("b", "Two people were killed and three were wounded when gunmen opened fire on a cookout in "
                  "Wilkinsburg on Wednesday."),
        _doc("c", "Two people were critically wounded in a shooting at a cookout in Wilkinsburg on Wednesday, "
                  "police said."),
        _doc("d", "A teen who was hurt in the shooting in Wilkinsburg on Wednesday spoke to reporters. The "
                  "shooting left two other people dead and two others injured."),
    ]
    assert [c for c in _killed_or_injured_conflicts(docs) if c["slot"] == "injured"] == []


def test_the_worst_hurt_told_twice_make_no_figure_to_contradict():
    docs = [
        _doc("a", "Five people were killed at a cookout in Wilkinsburg on Wednesday. Two people were critically "
                  "wounded, police said."),
        _doc("b", "Gunmen killed five people at a backyard cookout in Wilkinsburg on Wednesday. Two people were "
                  "critically wounded."),
        _doc("c", "The shooting at a cookout in Wilkinsburg on Wednesday killed five people and left three others "
                  "wounded, police said."),
    ]
    assert [c for c in _killed_or_injured_conflicts(docs) if c["slot"] == "injured"] == []


def test_one_outlets_count_of_the_wounded_against_anothers_that_week_is_a_conflict():
    from crosswire.extract import extract_doc

    def at(doc_id: str, day: str, text: str) -> Doc:
        return extract_doc(Doc(id=doc_id, text=text, published=day))

    first = "Four people were wounded in a shooting at a bar in Charleston on Sunday, police said."
    later = "Six people were wounded in the shooting at a bar in Charleston last Sunday, police said."
    week = [at("a", "2015-02-22", first), at("b", "2015-02-27", later)]
    assert [c["slot"] for c in corroborate_story(week).conflicts if c["slot"] == "injured"] == ["injured"]
    # weeks later, a figure may count what happened since
    months = [at("a", "2015-02-22", first), at("b", "2015-04-27", later)]
    assert [c for c in corroborate_story(months).conflicts if c["slot"] == "injured"] == []


def test_officers_wounded_and_others_injured_are_parts_of_the_hurt_not_a_rival_total():
    texts = {
        "a": "A gunman opened fire in west Houston on Sunday. In total, two people were killed, including the "
             "suspect, and six others were injured, police said.",
        "b": "The rampage in west Houston on Sunday left two dead and six wounded, investigators said.",
        "c": "A shooter opened fire on police officers and residents in west Houston on Sunday morning, leaving "
             "one person dead, two police officers wounded and three others injured.",
    }
    docs = [_doc(k, v) for k, v in texts.items()]
    found = corroborate_story(docs)
    injured = [c for c in found.conflicts if c.get("slot") == "injured"]
    assert not injured, [[v["value"] for v in c["variants"]] for c in injured]


def test_a_toll_told_of_another_day_is_another_incidents_and_one_told_of_its_month_or_a_day_to_come_is_not():
    from crosswire.extract import extract_doc

    lede = ("HAMILTON, Ohio — One man is dead and several others were shot inside a bar in Hamilton on Sunday "
            "morning, police said. Officers are looking for the gunman.")
    follow = ("HAMILTON, Ohio — Three people were charged with murder following a drive-by shooting on Wednesday "
              "afternoon that left two Hamilton residents dead, police said.")
    docs = [extract_doc(Doc(id="a", text=lede, published="2016-07-24")),
            extract_doc(Doc(id="b", text=lede.replace("Officers", "Detectives"), published="2016-07-24")),
            extract_doc(Doc(id="c", text=follow, published="2016-08-05"))]
    found = corroborate_story(docs)
    assert found.incident["date"]["value"] == "2016-07-24"
    assert not [c for c in found.conflicts if c.get("slot") == "killed"]
    # the same toll told of the story's own month, or with a day still to come, is this incident's
    for told in ("on Wednesday in July of 2016", "at the bar, and the coroner will release their names on Monday"):
        other = follow.replace("on Wednesday afternoon", told)
        docs[2] = extract_doc(Doc(id="c", text=other, published="2016-08-05"))
        found = corroborate_story(docs)
        assert [c["slot"] for c in found.conflicts if c.get("slot") == "killed"] == ["killed"], told


def test_a_later_report_naming_someone_the_others_name_with_a_middle_name_is_of_the_incident():
    from crosswire.extract import extract_doc

    def doc(doc_id: str, text: str, published: str) -> Doc:
        return extract_doc(Doc(id=doc_id, text=text, published=published))

    def city_conflicts(charged: str) -> list[dict]:
        docs = [
            doc("a", "DETROIT — A 2-year-old girl was shot and killed in Detroit on Wednesday, police said. "
                     "Michael Carter, 32, was charged with murder.", "2016-05-26"),
            doc("b", "DETROIT — Police said a toddler was shot and killed in Detroit on Wednesday night. "
                     "Prosecutors charged Michael Carter on Thursday.", "2016-05-27"),
            doc("c", f"PINE BLUFF — Family and friends said farewell on Saturday to the girl shot and killed in "
                     f"Pine Bluff. {charged}, 32, is charged with murder.", "2016-06-11"),
        ]
        return [c for c in corroborate_story(docs).conflicts if c.get("slot") == "city"]

    # "Michael Wayne Carter" is the Michael Carter the others name: the same killing, another city
    assert [sorted(v["value"].lower() for v in c["variants"]) for c in city_conflicts("Michael Wayne Carter")] \
        == [["detroit", "pine bluff"]]
    # naming nobody the others name, days away, it tells of another killing grouped in by mistake
    assert city_conflicts("Marcus Dwayne Hill") == []


def test_a_floor_for_the_toll_above_what_two_sources_agree_on_is_a_conflict():
    # "3 seriously injured" and "at least three wounded" say three or more were hurt: against one
    # wounded in two other reports, a contradiction; at or below the agreed figure, no conflict
    agreed = [
        _doc("a", "Three people were killed and one was wounded in a shooting at an apartment in Harbor Gateway on "
                  "Friday morning, police said."),
        _doc("b", "LOS ANGELES - Three people were killed and one was wounded in a shooting in the Harbor Gateway "
                  "area on Friday."),
    ]
    for floor in ("3 killed, 3 seriously injured in Harbor Gateway shooting\n\nThree people were shot to death "
                  "in a dispute at an apartment on Friday, police said.",
                  "Three people were shot to death and at least three were wounded in a dispute at an apartment in "
                  "Harbor Gateway on Friday."):
        found = [c for c in _killed_or_injured_conflicts(agreed + [_doc("c", floor)]) if c["slot"] == "injured"]
        assert len(found) == 1, floor
        sides = {v["normalized"]: v["sources"] for v in found[0]["variants"]}
        assert sides == {"1 people": ["a", "b"], "at least 3 people": ["c"]}
    at_the_figure = ("Three people were shot to death and one person was critically injured in a dispute at an "
                     "apartment in Harbor Gateway on Friday.")
    assert [c for c in _killed_or_injured_conflicts(agreed + [_doc("c", at_the_figure)])
            if c["slot"] == "injured"] == []
