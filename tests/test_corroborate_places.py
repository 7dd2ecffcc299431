"""Place and date conflicts read from every mention (corroborate.places, corroborate.mentions)."""

from __future__ import annotations

from crosswire.corroborate import corroborate_story
from crosswire.corroborate.counts import count_mentions
from crosswire.corroborate.placeslots import candidate_names, lower_words, place_slots, scene_names
from crosswire.doc import Doc


def _doc(doc_id: str, text: str, published: str = "2015-03-03") -> Doc:
    from crosswire.extract import extract_doc

    return extract_doc(Doc(id=doc_id, text=text, published=published))


def _city_conflicts(docs: list[Doc]) -> list[dict]:
    return [c for c in corroborate_story(docs).conflicts if c.get("slot") == "city"]


def _city_conflicts_with(agreeing: list[tuple[str, str]], doc_id: str, text: str) -> list[dict]:
    """City conflicts of the agreeing reports plus one more."""
    return _city_conflicts([_doc(i, t) for i, t in agreeing] + [_doc(doc_id, text)])


AGREE = [
    ("a", "Boy, 8, dies of gunshot wound in Springfield\n\nA boy was shot and killed in Springfield on Monday. "
          "Two people were wounded, police said."),
    ("b", "Two hurt, boy killed in Springfield shooting\n\nA gunman killed a boy and wounded two people in "
          "Springfield on Monday. Springfield police are investigating."),
]


def _dissenting_place(text: str) -> dict:
    """The variant of report ``c`` in the one place conflict it makes against AGREE."""
    city = _city_conflicts_with(AGREE, "c", text)
    assert len(city) == 1
    assert [v["sources"] for v in city[0]["variants"]] == [["a", "b"], ["c"]]
    return city[0]["variants"][1]


def test_a_place_only_the_dissenter_names_at_the_scene_is_a_conflict():
    dissent = _dissenting_place("Boy, 8, dies of gunshot wound in Riverton\n\nA boy was shot and killed on Monday. "
                                "Two people were wounded, police said.")
    assert "Riverton" in dissent["evidence"][0]["quote"]


def test_a_name_in_passing_or_a_county_is_no_place_conflict():
    passing = _doc("c", "A boy was shot and killed on Monday. Two people were wounded, police said. Last October, "
                        "the mother filed a restraining order against Francisco, court documents show. Francisco "
                        "did not comment.")
    county = _doc("d", "A boy was shot and killed in Clark County on Monday. Two people were wounded, police said. "
                       "Clark County deputies are investigating.")
    for dissenter in (passing, county):
        assert not _city_conflicts([_doc(i, t) for i, t in AGREE] + [dissenter])


def test_a_side_of_the_city_is_a_part_of_it():
    agree = [_doc("a", "Teen shot seven times in South Richmond\n\nA football player shot seven times in South "
                       "Richmond early Wednesday is expected to survive, his family said."),
             _doc("b", "Family: teen was shot in South Richmond\n\nHe was staying at an apartment in South "
                       "Richmond when two masked men broke in and shot him early Wednesday.")]
    side = _doc("c", "Teen shot in the East End\n\nRichmond police say a teen was shot early Wednesday in the East "
                     "End. The teen was taken to a hospital.")
    assert not _city_conflicts(agree + [side])


def test_a_region_or_an_island_holds_the_town():
    for where in ("Southern California", "the Persian Gulf island of Qeshm"):
        region = _doc("e", f"A boy was shot and killed in {where} on Monday. Two people were wounded, police said. "
                           f"The sheriff returned to {where} on Tuesday.")
        assert not _city_conflicts([_doc(i, t) for i, t in AGREE] + [region]), where


def test_scene_names_read_where_the_incident_is_placed():
    doc = _doc("x", "Teen found shot to death in Caruthersville\n\nMartin Lopez said the Caruthersville shooting "
                    "shocked him. He moved from Memphis last year.")
    names = scene_names(doc)
    assert "Caruthersville" in names and "Memphis" not in names and "Martin Lopez" not in names


def test_a_part_of_the_toll_is_loose():
    doc = _doc("x", "Authorities said the gunman killed two of his cousins and their wives. Seven people were killed.")
    assert [(m.value, m.loose) for m in count_mentions(doc)["killed"]] == [(2, True), (7, False)]


def test_the_day_of_a_plea_backs_no_incident_date_and_last_weekday_does_not_dissent():
    # published Tuesday 2015-03-03: "Wednesday" is 2015-02-25, "Sunday" 2015-03-01
    plea = "The couple entered the plea Wednesday to charges in the death of the girl, who was shot in her home."
    docs = [_doc("a", plea), _doc("b", plea.replace("The couple", "The parents")),
            _doc("c", "The girl was shot and killed at her home on Sunday, police said.")]
    assert not [c for c in corroborate_story(docs).conflicts if c.get("slot") == "date"]
    shot = "The girl was shot and killed at her home on {day}, police said. Officers found her inside."
    docs = [_doc("a", shot.format(day="Sunday")), _doc("b", shot.format(day="Sunday").replace("Officers", "Deputies")),
            _doc("c", "She was shot and killed last Wednesday at her home, police said.", published="2015-03-09")]
    assert not [c for c in corroborate_story(docs).conflicts if c.get("slot") == "date"]


def test_where_the_hospital_is_does_not_place_the_incident():
    doc = _doc("x", "The boy was pronounced dead at Carle Foundation Hospital in Urbana. A man was shot in Rantoul.")
    assert scene_names(doc) == ["Rantoul"]
    # a hospital "of" a town is the hospital's town too; the scene named after a hospital is not
    doc = _doc("x", "He died at the Medical Center of Plano. A man was shot in Allen.")
    assert scene_names(doc) == ["Allen"]
    doc = _doc("x", "He was taken to a hospital after the shooting in Rantoul. Police are looking for a car.")
    assert scene_names(doc) == ["Rantoul"]


def test_a_tally_over_days_is_loose():
    doc = _doc("x", "2 teenagers killed and 2 juveniles arrested in Louisville in 2 days. One person was killed Monday.")
    assert [m.loose for m in count_mentions(doc)["killed"]][:1] == [True]


def test_an_earlier_smaller_toll_is_superseded_not_contradicted():
    lede = "{n} people were killed in a shooting at a Springfield bar on Monday, police said. {extra}"
    later = [_doc("a", lede.format(n="Four", extra="Officers found them inside."), published="2015-03-04"),
             _doc("b", lede.format(n="Four", extra="The bar was closed."), published="2015-03-05")]
    early = _doc("c", lede.format(n="Two", extra="Witnesses described chaos."), published="2015-03-03")
    assert not [c for c in corroborate_story(later + [early]).conflicts if c.get("slot") == "killed"]
    late = _doc("c", lede.format(n="Two", extra="Witnesses described chaos."), published="2015-03-06")
    assert [c for c in corroborate_story(later + [late]).conflicts if c.get("slot") == "killed"]


def test_a_figure_that_leaves_out_some_victims_is_loose():
    doc = _doc("x", "Shelton killed five adults and an unborn child in the ambush.")
    assert [m.loose for m in count_mentions(doc)["killed"]] == [True]


def test_one_source_against_another_on_the_day_of_the_shooting():
    # published Thursday 2015-03-05: "Monday" is 2015-03-02, "Tuesday" 2015-03-03
    shot = "A man was shot and killed outside a Springfield bar on {day} night, police said."
    one = [_doc("a", shot.format(day="Monday"), published="2015-03-05"),
           _doc("c", shot.format(day="Tuesday").replace("outside", "near"), published="2015-03-05")]
    dates = [c for c in corroborate_story(one).conflicts if c.get("slot") == "date"]
    assert dates == []  # a day apart: the same night to two outlets
    one[1] = _doc("c", "A man was shot and killed near a Springfield bar on Thursday, police said.",
                  published="2015-03-06")
    dates = [c for c in corroborate_story(one).conflicts if c.get("slot") == "date"]
    assert len(dates) == 1 and {v["normalized"] for v in dates[0]["variants"]} == {"2015-03-02", "2015-03-05"}
    # an arrest on another day is no second date of the shooting
    one[1] = _doc("c", "A man was shot and killed near a Springfield bar. Police arrested a suspect on Thursday.",
                  published="2015-03-06")
    assert not [c for c in corroborate_story(one).conflicts if c.get("slot") == "date"]


def test_one_source_against_another_on_the_scene():
    docs = [_doc("a", "A man was shot and killed in Springfield on Monday, police said. Two people were wounded."),
            _doc("b", "A man was shot and killed in Riverton on Monday, police said. Two people were wounded.")]
    city = _city_conflicts(docs)
    assert len(city) == 1 and {v["normalized"] for v in city[0]["variants"]} == {"Springfield", "Riverton"}
    # the other names its place only in passing: no statement to contradict
    docs[1] = _doc("b", "A man was shot and killed on Monday, police said. Two people were wounded. "
                        "He had moved from Riverton. Riverton friends mourned him.")
    assert not _city_conflicts(docs)


def test_a_video_list_line_places_nothing():
    doc = _doc("x", "A man was shot and killed on Monday.\n\n4:16 Listen to police dispatches from the Olathe shooting\n")
    assert scene_names(doc) == []


def test_a_name_the_tagger_took_for_a_person_is_a_place_where_the_shooting_happened():
    # the tagger reads "Sharon Hill" (before "Mayor") as a person; "killed ... in Sharon Hill" places it
    doc = _doc("x", "Police said a 3-year-old boy has been killed in a shooting late Sunday morning in Sharon Hill."
                    "\n\nSharon Hill Mayor Sly James spent the morning at the crime scene.")
    assert "Sharon Hill" in scene_names(doc)
    # ... but a part of a person's name is no place, nor is a name in a headline In Title Case
    doc = _doc("x", "Keith Lamont Scott was shot and killed by police. Protests followed the shooting in Scott "
                    "case.\n\nArrest Suspect After Shooting In Greenwood Leaves Four Wounded\n\n"
                    "Four people were wounded.")
    assert scene_names(doc) == []


def test_a_hospital_or_a_campus_named_at_the_scene_is_no_town():
    doc = _doc("x", "Alexon Moya, 16, was shot and died at Nassau University Medical Center Friday night.")
    assert scene_names(doc) == []


TOLEDO = [
    ("t1", "Toledo police investigate shooting at after-hours club\n\nFour people were shot early Sunday at an "
           "after-hours club on Lagrange Street, Toledo police said. One man died at the scene."),
    ("t2", "One dead, three hurt in Toledo club shooting\n\nOne man was killed and three people were wounded "
           "early Sunday at a club on Lagrange Street. Toledo police have made no arrests."),
]


def test_the_town_a_report_writes_where_the_others_write_theirs_dissents_over_a_home_town():
    # the dissenter's own reading is where the victim lived; its town stands where the others write theirs
    city = _city_conflicts_with(
        TOLEDO, "t3",
        "Kelvin Watford, 50, of Sylvania, was killed and three people were wounded early Sunday at a "
        "club on Lagrange Street, Lancaster police said.")
    assert len(city) == 1 and city[0]["variants"][1]["sources"] == ["t3"]
    assert city[0]["variants"][1]["value"] == "Lancaster"


def test_a_town_named_in_passing_is_no_dissent_even_beside_a_club():
    assert not _city_conflicts_with(
        TOLEDO, "t3",
        "One man was killed and three people were wounded early Sunday at a club on Lagrange Street, "
        "police said. The club's owner moved from Lancaster last year.")


def test_words_capitalised_by_a_sentence_start_or_before_a_force_are_cut_from_a_town():
    doc = _doc("x", "Fatal shooting of Bristol teen appears accidental\n\nThe boy was shot Thursday inside a Bristol "
                    "home, Gaston Police Sergeant William Wentz said. He was killed in the Bronx Thursday.")
    names = [n for n, _, _ in candidate_names(doc)]
    assert "Fatal" not in names and "Bristol" in names
    assert "Gaston" in names and "Gaston Police Sergeant" not in names
    assert "Bronx" in names and "Bronx Thursday" not in names


def test_place_slots():
    doc = _doc("x", "A Gary man was shot and killed north of Hammond on Monday, Griffith police said. A second "
                    "man was shot later in Crown Point, Ind. The suspect grew up in Orlando, Florida, his family said.")
    slot_of = {n: place_slots(doc, s, e) for n, s, e in candidate_names(doc)}
    assert "resident" in slot_of["Gary"] and "direction" in slot_of["Hammond"]
    assert "police" in slot_of["Griffith"] and "state" in slot_of["Crown Point"]
    assert "state" not in slot_of["Orlando"]  # a sentence that tells of no shooting
    rang = _doc("y", "Two men were in the yard when shots rang out, said a Gary police spokesman.")
    assert "police" in {n: place_slots(rang, s, e) for n, s, e in candidate_names(rang)}["Gary"]


ARANSAS_PASS = [
    ("a", "Husband kills wife and stepdaughter in murder-suicide\n\nAransas Pass police are investigating after a "
          "man shot his wife and 11-year-old stepdaughter before turning the gun on himself on West Highland Avenue."),
    ("b", "Three dead in murder-suicide\n\nA man fatally shot a woman and a girl then killed himself Tuesday night, "
          "Aransas Pass police said."),
]


def test_the_others_agree_on_a_town_the_tagger_missed_when_they_write_its_police():
    city = _city_conflicts_with(
        ARANSAS_PASS, "c",
        "A man fatally shot a woman and girl then killed himself, Brooklyn police said.")
    assert len(city) == 1 and city[0]["variants"][0]["value"] == "Aransas Pass"
    assert city[0]["variants"][1]["sources"] == ["c"]


def test_a_town_agreed_on_only_in_town_slots_is_not_contradicted_by_a_scene():
    # "in Brooklyn" may be a part of the town the others write only as "Aransas Pass police"
    assert not _city_conflicts_with(
        ARANSAS_PASS, "c",
        "An investigation is underway in Brooklyn following a suspected murder-suicide after a man "
        "fatally shot a woman and girl then killed himself, police said.")


CHICAGO = [
    ("c1", "Boy, 12, shot dead in Englewood\n\nA 12-year-old boy was shot and killed Saturday in Englewood, "
           "Chicago police said. No one is in custody."),
    ("c2", "Englewood shooting leaves boy dead\n\nA boy was killed Saturday in the Englewood neighborhood. Chicago "
           "police are looking for the gunman."),
]


def _jonesboro_against_chicago(text: str) -> None:
    city = _city_conflicts_with(CHICAGO, "c3", text)
    assert len(city) == 1 and city[0]["variants"][0]["value"] == "Chicago"
    assert city[0]["variants"][1]["value"] == "Jonesboro" and city[0]["variants"][1]["sources"] == ["c3"]


def test_an_article_that_names_the_agreed_place_still_dissents_on_the_town_the_others_write():
    _jonesboro_against_chicago("A 12-year-old boy was shot and killed Saturday in Englewood, Jonesboro police said. "
                               "No one is in custody.")


def test_another_force_that_another_source_names_too_is_no_dissent():
    docs = [_doc(i, t) for i, t in CHICAGO] + [
        _doc("c3", "A 12-year-old boy was shot and killed Saturday in Englewood, Evanston police said."),
        _doc("c4", "Evanston police helped search for the gunman who killed a boy in Englewood on Saturday.")]
    assert not _city_conflicts(docs)


OAKLAND = [
    ("o1", "Four shot on Telegraph Avenue\n\nAn Oakland man was shot and three people were wounded Saturday on "
           "Telegraph Avenue, in the shadow of the Fox Theater."),
    ("o2", "Four wounded in shooting on Telegraph Avenue\n\nAn Oakland man and three others were shot Saturday "
           "afternoon on Telegraph Avenue near 17th Street."),
]


def test_a_town_in_any_town_slot_dissents_against_a_town_the_others_write_in_another():
    city = _city_conflicts_with(
        OAKLAND, "o3",
        "Kelvin Watford, 50, of Sylvania, and three others were shot Saturday on Telegraph Avenue, "
        "Libby police said.")
    assert len(city) == 1 and city[0]["variants"][1]["value"] == "Libby"


def test_a_video_list_line_is_no_town_slot():
    assert not _city_conflicts_with(
        OAKLAND, "o3",
        "Four people were shot Saturday on Telegraph Avenue near 17th Street, police said.\n\n"
        "1:49 Westport residents react to weekend's shooting")


def test_a_town_whose_police_speak_is_no_part_of_a_person_the_tagger_saw():
    text = ("Chattanooga Police say Brandon Hill, 34, was shot in the hand on East Main Street in Chattanooga.\n\n"
            "PHOTOS: Chattanooga View as list")
    doc = Doc(id="x", text=text)
    doc.add_span("entity", text.index("Chattanooga View"), text.index(" as list"), type="PERSON",
                 name="Chattanooga View")  # the tagger's misreading of a photo gallery caption
    doc.add_span("entity", text.index("Brandon"), text.index(", 34"), type="PERSON", name="Brandon Hill")
    found = [(n, start) for n, start, _ in candidate_names(doc)]
    assert ("Chattanooga", 0) in found and "Brandon Hill" not in [n for n, _ in found]


def test_the_words_of_a_web_address_are_no_lower_case_words():
    words = lower_words("You can read more at timesfreepress.com/news/chattanooga/story and wtvc.com today")
    assert "chattanooga" not in words and "wtvc" not in words and {"read", "more", "today"} <= words


def test_where_the_hospital_is_never_dissents_on_the_scene():
    shot = "A man was shot and killed in Springfield on Monday, police said. {extra}"
    docs = [_doc("a", shot.format(extra="Two people were wounded.")),
            _doc("b", shot.format(extra="Two others were wounded, police said.")),
            _doc("c", "Two people were wounded and a man was killed on Monday. The man was pronounced dead at "
                      "Carle Foundation Hospital in Urbana. Police are investigating.")]
    assert not _city_conflicts(docs)


def test_a_clip_title_under_its_length_places_nothing():
    text = ("Boy, 2, accidentally shot in Gaston County\n\n1:22\n\nEXCLUSIVE: DA Murray on Keith Lamont Ward "
            "shooting aftermath\n\nThe boy was shot at home, police said.")
    assert "Keith Lamont Ward" in scene_names(_doc("x", text.replace("1:22\n\n", "")))
    assert "Keith Lamont Ward" not in scene_names(_doc("x", text))


BELLINGHAM = [
    ("a", "Woman admits killing husband, son\n\nA woman fatally shot her husband and her son at their home in "
          "Bellingham on Sunday, police said.\n\nThe real estate agent was about to hold an open house at the home "
          "near Bellingham when she found them."),
    ("b", "Woman held in two deaths\n\nA woman shot and killed her husband and son on Sunday in Bellingham, "
          "according to the sheriff's office."),
]


def _place_conflicts(docs: list[Doc]) -> list[dict]:
    """The place conflicts read from every mention (not the vote on each report's reading)."""
    from crosswire.corroborate.incident import _facts
    from crosswire.corroborate.places import city_conflicts

    return city_conflicts(docs, {}, {d.id: i for i, d in enumerate(docs)}, {d.id: _facts(d) for d in docs})


def test_a_place_in_the_same_sentence_another_source_writes_with_the_agreed_place_dissents():
    # no shooting word in the sentence: only the other outlet's copy of it shows it places the scene
    copied = ("Two found dead in home\n\nA woman is held after two people were found dead on Sunday.\n\n"
              "The real estate agent was about to hold an open house at the home near Clarksdale when she "
              "found them.")
    city = _place_conflicts([_doc(i, t) for i, t in BELLINGHAM] + [_doc("c", copied)])
    assert len(city) == 1
    assert city[0]["variants"][1]["value"] == "Clarksdale"
    # the same name in a sentence no other source writes places nothing
    own = ("Two found dead in home\n\nA woman is held after two people were found dead on Sunday.\n\n"
           "Her sister, who lives near Clarksdale, flew in on Monday to look after the house.")
    assert not _place_conflicts([_doc(i, t) for i, t in BELLINGHAM] + [_doc("c", own)])


def test_a_town_written_where_the_others_write_the_agreed_town_with_its_kind_dissents():
    # "York City Police" is the agreed "York" in a town slot; "Gaston Police" writes another town there
    agreeing = [
        ("a", "Boy, 12, dies in York shooting\n\nA 12-year-old boy was shot Sunday in a home in York. "
              "York City Police said the shooting appears accidental."),
        ("b", "Boy dies after shooting in York\n\nThe boy was shot inside a home in the city of York on Sunday. "
              "York City Police are investigating the shooting."),
    ]
    text = ("Boy, 12, dies after accidental shooting\n\nTwelve-year-old Marlin Banks was accidentally shot in "
            "his home Sunday, Gaston Police Sergeant William Wentz said. He died at York Hospital.")
    city = _city_conflicts_with(agreeing, "c", text)
    assert len(city) == 1
    assert city[0]["variants"][1]["value"] == "Gaston"
    assert "York City" in city[0]["variants"][0]["value"]


def test_one_source_against_another_on_the_day_told_of_the_shooting_after_a_posting_stamp():
    # the first day each report gives is the day it was posted; the day of the shooting comes next
    a = _doc("a", "Man and boy killed\n\nA man and a boy were killed in New Jersey. Ray Villeda reports. (Published Thursday, Nov. 3, 2016)"
                  "\n\nA 21-year-old man and a 21-month-old boy were killed in a Thursday night shooting in New "
                  "Jersey, prosecutors said.", published="2016-11-04")
    c = _doc("c", "Man and boy killed\n\nA 21-year-old man and a 21-month-old boy were killed in a Sunday night "
                  "shooting in New Jersey, prosecutors said.", published="2016-11-04")
    dates = [x for x in corroborate_story([a, c]).conflicts if x.get("slot") == "date"]
    assert len(dates) == 1
    assert {v["normalized"] for v in dates[0]["variants"]} == {"2016-11-03", "2016-10-30"}
    # each side quotes the sentence that tells of the shooting, not the posting stamp
    quotes = [v["evidence"][0]["quote"] for v in dates[0]["variants"]]
    assert any("Thursday night shooting" in q for q in quotes) and not any("Published" in q for q in quotes)


def test_men_and_women_are_one_group_while_men_and_a_woman_are_two():
    whole = count_mentions(_doc("a", "Seven men and women were injured in a drive-by shooting outside a nightclub."))
    assert [(m.value, m.loose) for m in whole["injured"]] == [(7, False)]
    parts = count_mentions(_doc("b", "Two men and a woman were injured in a drive-by shooting outside a nightclub."))
    assert [m.loose for m in parts["injured"]] and all(m.loose for m in parts["injured"])


def test_a_dateline_alone_places_the_report_unless_it_is_someones_home():
    # the dissenter names no place but its dateline: a local report is filed where it happened
    filed = _dissenting_place("Boy killed, two hurt in shooting\n\nRIVERTON, Ore. (KXYZ) — A boy was shot and killed "
                              "on Monday. Two people were wounded, police said.")
    assert filed["value"].lower() == "riverton" and filed["evidence"][0]["quote"].startswith("RIVERTON")
    # ... but a dateline that is also the suspect's home town is where the news came from
    home = _city_conflicts_with(
        AGREE, "c",
        "Arrest made in shooting\n\nRIVERTON, Ore. -- Police arrested a man from Riverton in the shooting "
        "that killed a boy on Monday. Two people were wounded, police said.")
    assert not home
    # ... and against others that only write their own datelines, it is one desk against another
    desks = [("a", "Boy killed\n\nSPRINGFIELD -- A boy was shot and killed on Monday. Two people were wounded."),
             ("b", "Boy dies\n\nSPRINGFIELD -- A gunman killed a boy on Monday and wounded two people.")]
    assert not _city_conflicts_with(desks, "c", "Boy killed\n\nRIVERTON -- A boy was shot and killed on Monday. "
                                                "Two people were wounded, police said.")
    # ... and a follow-up filed from a town of the county the others name (the county seat, where
    # the sheriff briefs) may be filed anywhere in it
    county = [(i, t.replace("in Springfield", "in Springfield, Clark County")) for i, t in AGREE]
    follow_up = ("Gunman used a borrowed gun\n\nRIVERTON, Ore. -- Investigators said they may never know the "
                 "motive of the man who shot a boy on Monday. The gun belonged to a neighbor, a Clark County "
                 "Sheriff's spokesperson said.")
    assert not _city_conflicts_with(county, "c", follow_up)
    assert _city_conflicts_with(AGREE, "c", follow_up)  # (a county the others never name settles nothing)


def test_a_neighbourhood_never_dissents_and_the_town_at_the_scene_does():
    # the reading is a part of a city ("the Lindenwald neighborhood"): the town told of at the
    # scene ("the Riverton shooting") is what the others contradict
    city = _dissenting_place("Teen held in Riverton shooting\n\nA boy was shot and killed on Monday at a home in the "
                             "Lindenwald neighborhood. Two people were wounded in the Riverton shooting, police said.")
    assert city["value"] == "Riverton"
    alone = _city_conflicts_with(
        AGREE, "c",
        "Boy killed in shooting\n\nA boy was shot and killed on Monday in the Lindenwald neighborhood. "
        "Two people were wounded, police said.")
    assert not alone


def test_a_town_written_as_the_scene_twice_dissents_when_the_reading_is_a_name_in_passing():
    text = ("Carthage shootings leave boy dead, two hurt\n\nResidents of the Harlem community said they heard "
            "dozens of gunshots. A boy was shot and killed Monday in Carthage, and two people were wounded.")
    # whatever the single-article reading (the tagger once missed "in Carthage," and read a name
    # in passing), the town written as the scene twice is what the report says
    assert _dissenting_place(text)["value"] == "Carthage"
    # ... but a people's adjective is no town at the scene
    assert "American" not in scene_names(_doc("d", "It was the longest murder trial in American history. "
                                                   "Four people were killed in American crime's worst year."))


def test_last_weekday_dissents_when_neither_week_is_the_majority_night():
    # published Thursday 2015-03-05 and Friday 2015-03-06: the shooting was Thursday 2015-03-05
    shot = "The girl was shot and killed at her school on {day}, police said. Officers found her inside."
    agree = [_doc("a", shot.format(day="Thursday"), published="2015-03-05"),
             _doc("b", shot.format(day="Thursday").replace("Officers", "Deputies"), published="2015-03-06")]
    # published Tuesday 2015-03-10: "last Sunday" is 2015-03-08 or 2015-03-01, never Thursday the 5th
    dissent = "Police released new details of last Sunday's shooting at the school, where the girl was killed."
    found = [c for c in corroborate_story(agree + [_doc("c", dissent, published="2015-03-10")]).conflicts
             if c.get("slot") == "date"]
    assert [v["sources"] for v in found[0]["variants"]] == [["a", "b"], ["c"]]
    # "last Friday" may be the 6th, a night off the 5th: no contradiction
    maybe = dissent.replace("Sunday", "Friday")
    assert not [c for c in corroborate_story(agree + [_doc("c", maybe, published="2015-03-10")]).conflicts
                if c.get("slot") == "date"]
    # ... nor a day in a sentence about something else
    visit = "The girl visited the youth center last Sunday night. She was killed in the shooting at her school."
    assert not [c for c in corroborate_story(agree + [_doc("c", visit, published="2015-03-10")]).conflicts
                if c.get("slot") == "date"]


def test_a_town_named_by_the_place_of_business_where_shots_were_fired_is_the_scene():
    from crosswire.corroborate.placeslots import at_scene

    text = ("Police continue to search for the gunman who opened fire inside a crowded central Fayetteville "
            "nightclub, killing a boy and wounding two people on Monday.")
    start = text.index("Fayetteville")
    assert at_scene(_doc("x", text), start, start + len("Fayetteville"))
    # ... in a sentence that tells of the incident only
    other = "The band played a Fayetteville nightclub last year."
    start = other.index("Fayetteville")
    assert not at_scene(_doc("y", other), start, start + len("Fayetteville"))


def test_a_town_one_source_writes_at_the_scene_and_another_in_a_town_slot_is_agreed_on():
    # "in Chicago" (scene) and "Chicago police" (town slot): two sources agree on the town
    agreeing = [
        ("c1", "Boy, 12, shot dead in Englewood\n\nA 12-year-old boy was shot and killed Saturday in Englewood "
               "in Chicago, officers said. No one is in custody."),
        CHICAGO[1],
    ]
    city = _city_conflicts_with(
        agreeing, "c3",
        "A 12-year-old boy was shot and killed Saturday in Englewood, Jonesboro police said. No one is in custody.")
    assert len(city) == 1 and city[0]["variants"][0]["value"] == "Chicago"
    assert city[0]["variants"][1]["value"] == "Jonesboro"


def test_a_metropolitan_force_is_its_towns_police():
    text = "The boy was shot and killed Saturday, a spokesman for the Indianapolis Metropolitan Police Department said."
    doc = _doc("x", text)
    start = text.index("Indianapolis")
    assert [n for n, _, _ in candidate_names(doc) if n.startswith("Indianapolis")] == ["Indianapolis"]
    assert "police" in place_slots(doc, start, start + len("Indianapolis"))


def test_more_town_slots_and_a_home_in_none():
    doc = _doc("x", "Juneau brothers indicted, charged with shooting eight people. Pittsburgh homicide detectives "
                    "said the teen was shot in Pittsburgh's Bloomfield neighborhood. The gunman, Gavin Long, 29, "
                    "of Kansas City, Mo., was killed.")
    slot_of = {n: place_slots(doc, s, e) for n, s, e in candidate_names(doc)}
    assert "resident" in slot_of["Juneau"]
    assert {"police", "parts"} <= {slot for n, s, e in candidate_names(doc) if n == "Pittsburgh"
                                   for slot in place_slots(doc, s, e)}
    assert "state" not in slot_of["Kansas City"]  # where the gunman lived


def test_a_car_or_a_region_is_no_scene():
    doc = _doc("x", "Deputies later found two people slain in the Continental. He was mourned in Metro Detroit, "
                    "where he died. A man was shot in Riverton.")
    assert scene_names(doc) == ["Riverton"]


def test_the_dissenter_names_the_agreed_neighbourhood_and_another_town_at_the_scene():
    _jonesboro_against_chicago("A 12-year-old boy was shot and killed Saturday in Englewood. The shooting capped a "
                               "violent weekend in Jonesboro, where four people were killed.")


def test_a_name_the_tagger_cut_short_is_read_whole_but_never_as_a_county():
    from crosswire.corroborate.placeslots import whole_name_end

    doc = Doc(id="x", text="at a Dingmans Ferry apartment complex, in Dingmans Ferry County District Court")
    first, second = doc.text.index("Dingmans"), doc.text.rindex("Dingmans")
    assert doc.text[first:whole_name_end(doc, first, first + 8)] == "Dingmans Ferry"
    assert doc.text[second:whole_name_end(doc, second, second + 8)] == "Dingmans Ferry"


def test_a_killer_sought_by_a_towns_police_is_a_town_slot():
    doc = _doc("x", "Memphis Police Department is searching for a killer who is on the loose.")
    assert "police" in {n: place_slots(doc, s, e) for n, s, e in candidate_names(doc)}["Memphis"]


def test_places_sharing_only_a_direction_or_a_kind_are_unrelated():
    from crosswire.corroborate.places import _related

    assert not _related("South Trenton", "South Philadelphia") and not _related("North Bergen", "North Haven")
    assert _related("East Highland", "Highland") and _related("Mt. Oliver", "Mount Oliver")


def test_a_town_slot_sentence_runs_past_an_abbreviation():
    doc = _doc("x", "According to Oakwood Police Chief Hassan Aden, it all started at about 11:44 a.m. on June 21, "
                    "when Faust shot a man.")
    assert "police" in {n: place_slots(doc, s, e) for n, s, e in candidate_names(doc)}["Oakwood"]


def test_a_town_written_where_it_happened_stays_a_place_beside_a_person_named_after_it():
    doc = _doc("x", "The summer shooting spree in Oakwood injured five people. Donations went to Oakwood Strong, "
                    "said Oakwood Strong.")
    assert "Oakwood" in scene_names(doc)


def test_a_headline_that_opens_with_a_town_before_its_residents_names_the_town():
    doc = _doc("x", "Bentonville gang member sentenced in murder of 12-year-old girl\n\nThe shooting wounded three women.")
    assert "Bentonville" in [n for n, _, _ in candidate_names(doc)]
    crowd = _doc("y", "Multiple students were injured in a shooting at a high school parking lot.")
    assert "Multiple" not in [n for n, _, _ in candidate_names(crowd)]


def test_a_name_in_the_body_before_residents_is_no_town_and_the_bronx_is_a_scene():
    doc = _doc("x", "Police respond to a shooting\n\nNearby residents heard the gunshots when a man was shot and "
                    "killed in the Bronx on Monday.")
    names = {n: place_slots(doc, s, e) for n, s, e in candidate_names(doc)}
    assert "Nearby" not in names and "scene" in names["Bronx"]


def test_a_town_after_a_direction_or_town_of_is_no_home():
    doc = _doc("x", "A man was shot south of Valparaiso, Ind., on Monday. A woman was shot in the town of "
                    "Riverton, Wyo., the same night.")
    slots = {n: place_slots(doc, s, e) for n, s, e in candidate_names(doc)}
    assert "state" in slots["Valparaiso"] and "state" in slots["Riverton"]


def test_a_town_glued_to_the_sentence_before_is_still_read():
    doc = _doc("x", "No one was in custody Tuesday night.Ypsilanti police said the boy was shot in the head.")
    assert "police" in {n: place_slots(doc, s, e) for n, s, e in candidate_names(doc)}["Ypsilanti"]


def test_a_body_named_like_a_place_is_no_town():
    doc = _doc("x", "Prosecutors in the Crimes Against Police Officers Section said the deputy was shot. An officer "
                    "was stabbed to death at California Institution for Men in Chino.")
    names = [n for n, _, _ in candidate_names(doc)]
    assert "Crimes Against" not in names and "California Institution" not in names and "Chino" in names


def test_a_town_named_after_a_side_is_a_town():
    town = _doc("e", "A boy was shot and killed in North Chicago on Monday, according to the North Chicago Police "
                     "Department. Two people were wounded in North Chicago.")
    city = _city_conflicts([_doc(i, t) for i, t in AGREE] + [town])
    assert len(city) == 1 and city[0]["variants"][1]["value"] == "North Chicago"


def test_a_police_station_may_serve_the_next_town():
    agree = [_doc(i, f"Deputy shot dead in Hawaiian Gardens\n\nA sheriff's deputy was shot and killed in Hawaiian "
                     f"Gardens on Monday{tail}") for i, tail in (("a", ", officials said."), ("b", ". One man was hurt."),
                                                              ("c", ", a spokesman said."))]
    station = _doc("e", "Deputy killed\n\nA sheriff's deputy was shot and killed on Monday. A passer-by who found "
                        "the wounded deputy called the Lakewood sheriff's station to report the shooting.")
    assert not _city_conflicts(agree + [station])


def test_another_place_on_another_day_is_another_event():
    # published 2015-03-03 (a Tuesday): "Monday" is March 2; "Feb. 21" is days before
    other_event = ("Boy, 8, dies of gunshot wound in Riverton\n\nA boy was shot and killed in Riverton on Feb. 21. "
                   "Two people were wounded, police said.")
    assert not _city_conflicts_with(AGREE, "c", other_event)
    same_day = other_event.replace("on Feb. 21", "on Monday")
    assert len(_city_conflicts_with(AGREE, "c", same_day)) == 1


def test_a_resort_on_a_shore_is_no_place_conflict():
    agree = [("a", "Two dead at Turtle Bay Resort\n\nTwo people were found shot dead at Turtle Bay Resort on Monday, "
                   "police said."),
             ("b", "Police investigate double shooting at Turtle Bay Resort\n\nTwo people were shot and killed at "
                   "Turtle Bay Resort on Monday.")]
    shore = ("Man ordered to stay away from teen prior to North Shore shooting\n\nTwo people were shot and killed "
             "on Monday, police said.")
    assert not _city_conflicts_with(agree, "c", shore)


def test_a_follow_up_dated_by_its_hearing_that_names_the_victim_still_dissents():
    agree = [("a", "Boy dies of gunshot wound in Springfield\n\nJohn Carter, 8, was shot and killed in Springfield on "
                   "Monday. Two people were wounded, police said."),
             ("b", "Two hurt, boy killed in Springfield shooting\n\nA gunman killed John Carter and wounded two people "
                   "in Springfield on Monday.")]
    follow_up = ("Man charged in Riverton killing\n\nA man was charged on Feb. 21 in the killing of John Carter in "
                 "Riverton. Two people were wounded, police said.")
    assert len(_city_conflicts_with(agree, "c", follow_up)) == 1
