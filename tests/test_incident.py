"""Single-article incident facts: date, city, killed, injured, each with its evidence."""

from __future__ import annotations

from crosswire.doc import Doc
from crosswire.extract.incident import incident_city, incident_facts, past_sentences

ARTICLE = """Two dead, three hurt in Rocky Mount shooting

ROCKY MOUNT, N.C. — Two people were killed and three others were wounded when a gunman opened fire
outside a church in Rocky Mount on Monday evening, police said Tuesday.

The victims were taken to Nash General Hospital in Greenville. Police Chief Ann Lee said the
shooter fled in a small SUV. A vigil is planned for Wednesday.
"""


def facts(text: str, published: str = "2014-01-28") -> dict:
    return incident_facts(Doc(text=text, published=published))


def test_reads_all_four_facts_with_evidence():
    got = facts(ARTICLE)
    assert got["date"]["value"] == "2014-01-27"  # the Monday before the Tuesday it was published
    assert got["city"]["value"] == "Rocky Mount"
    assert got["killed"]["value"] == 2
    assert got["injured"]["value"] == 3
    for name in ("date", "city", "killed", "injured"):
        for ev in got[name]["evidence"]:
            assert ARTICLE[ev["start"]:ev["end"]] == ev["quote"]


def test_single_victim_phrasing_and_ages_are_not_counts():
    got = facts("A 17-year-old was shot and killed in Gary, Indiana, on Saturday night.", "2014-02-16")
    assert got["killed"]["value"] == 1
    assert got["injured"]["value"] == 0
    assert got["city"]["value"] == "Gary"
    assert got["date"]["value"] == "2014-02-15"


def test_people_shot_minus_the_dead_are_injured():
    got = facts("Four people were shot in Memphis, Tennessee, late Friday. One man was killed.", "2014-03-01")
    assert got["killed"]["value"] == 1
    assert got["injured"]["value"] == 3


def test_nothing_stated_gives_zero_and_no_city():
    got = facts("The council met to discuss the budget.", "2014-03-01")
    assert got["killed"]["value"] == 0 and got["killed"]["evidence"] == []
    assert got["city"]["value"] is None
    assert got["date"]["value"] == "2014-03-01"


def test_empty_text_does_not_crash():
    got = facts("", "2014-03-01")
    assert got["killed"]["value"] == 0


def test_no_one_is_zero_and_dozens_is_no_figure():
    def counts(text: str) -> tuple[int, int]:
        facts = incident_facts(Doc(text=text, published="2020-01-06"))
        return facts["killed"]["value"], facts["injured"]["value"]

    assert counts("Police said no one was killed in the shooting on Sunday.") == (0, 0)
    # "dozens" is not "a dozen": no figure rather than twelve
    assert counts("The gunman opened fire on Sunday, injuring dozens of people.")[1] != 12
    assert counts("Two people were killed and a dozen were injured in the shooting.") == (2, 12)


def test_the_shooter_killing_himself_is_no_victim_count():
    got = facts("Man shot his family, then killed himself in his car on a desolate street a few miles away.")
    assert got["killed"]["value"] == 0
    assert got["killed"]["evidence"] == []


def test_a_family_size_is_no_toll():
    assert facts("A 59-year-old mother of two died when a drunken driver struck her, police said.")["killed"]["value"] == 1
    assert facts("A Brooklyn mother of 12 was killed in a gang shootout on Monday.")["killed"]["value"] == 1


def test_a_person_fired_from_a_job_is_no_gunfire():
    from crosswire.extract.incident import SHOOTING_WORDS

    for text in ("The deputy has been fired after an internal review.", "Clerk fired for taking cash from the till",
                 "She was fired from her job at the bakery last spring."):
        assert not SHOOTING_WORDS.search(text), text
    for text in ("Several shots were fired near the bus stop.", "The man fired twice at the car.",
                 "A rifle was fired from the roof.", "He kept firing at officers."):
        assert SHOOTING_WORDS.search(text), text


def test_the_day_a_photo_was_taken_is_not_the_incident_date():
    text = ("Teen shot on porch\n\nThis Feb. 20, 2014 file photo shows officers outside a home where a man was shot "
            "and killed.\n\nA 17-year-old boy was shot and wounded on Sunday on Elm Street, police said.")
    got = facts(text, published="2014-02-25")
    assert got["date"]["value"] == "2014-02-23"


def test_a_wire_photo_caption_dates_its_photo_not_the_incident():
    text = ("Teen shot on porch\n\nMIDVALE, UT - FEB. 20: Neighbors gather at a memorial to a teen who was shot on "
            "Thursday.\n\nA 17-year-old boy was shot and wounded on Sunday on Elm Street, police said.")
    got = facts(text, published="2014-02-25")
    assert got["date"]["value"] == "2014-02-23"


def test_a_credited_photo_line_dated_with_its_year_is_a_caption():
    from crosswire.extract.incident import caption_line

    text = ("Accused killer smiles as he enters a Vancouver court for his first appearance, July 18, 2016 (KOIN)\n"
            "Graffiti near the spot where a man was gunned down on December 28, 2012 in Chicago. He was the 499th "
            "victim. (Photo by Scott Olson/Getty Images)\n"
            "He was shot July 18, 2016 in the yard (police said) and died.")
    assert caption_line(text, 10) and caption_line(text, text.index("Graffiti") + 5)
    assert not caption_line(text, text.index("He was shot") + 3)


def test_a_town_a_shooting_is_placed_in_is_read_whatever_the_tagger_made_of_it():
    # the small English model calls "Chattanooga" a product and "Chattanooga Sunday" a date
    read = facts("Teen dies in laundromat shooting\n\nA teenager is dead and three other men are injured after a "
                 "shooting in Chattanooga Sunday. The men were shot at a laundromat on Dodds Avenue.", "2013-06-24")
    assert read["city"]["value"] == "Chattanooga" and read["city"]["evidence"][0]["quote"] == "Chattanooga"
    for text in ("A man was shot in the leg on Monday.", "He was shot in Smith's yard on Monday.",
                 "A man was shot in Dodds Avenue on Monday.", "A man was shot in March, police said.",
                 "A soldier was killed in Iraq on Monday."):
        assert facts(text)["city"]["value"] is None, text


def test_a_country_is_no_town_unless_a_state_follows_it():
    assert facts("Two people were killed in a shooting in Kabul, Afghanistan on Monday.")["city"]["value"] == "Kabul"
    assert facts("A soldier was shot and killed in Iraq on Monday, officials said.")["city"]["value"] is None
    assert facts("Two people were shot in Lebanon, Pa., on Monday night.")["city"]["value"] == "Lebanon"


def test_killed_an_estimated_figure_is_no_single_victim():
    got = facts("The Black Death pandemic killed an estimated 25 million people in Europe in the 14th century.")
    assert got["killed"]["value"] != 1
    assert facts("A gunman killed a man outside a bar on Monday.")["killed"]["value"] == 1


def test_a_day_of_the_month_before_a_casualty_word_is_no_count():
    got = facts("The boy faces a felony charge in the March 3 death of his best friend, prosecutors said.")
    assert got["killed"]["value"] == 1 and "3" not in got["killed"]["evidence"][0]["quote"]


def test_a_sentence_dated_to_an_older_period_tells_of_another_incident():
    text = ("A gunman shot three people at an accounting firm in Troy on Monday, killing one, police said. "
            "In February, a gunman killed five people and injured several others at a shopping mall in "
            "Salt Lake City, Utah.")
    got = facts(text, "2007-04-10")
    assert got["killed"]["value"] == 1
    assert got["city"]["value"] == "Troy"
    # "since March" compares with the past; the sentence is still this incident's
    got = facts("Five people were killed in Troy on Monday, the worst shooting since March 2005.", "2007-04-10")
    assert got["killed"]["value"] == 5


def test_an_article_with_no_day_of_its_own_trusts_no_older_date():
    # its date may be a crawl date months after the event: the dated sentence is all it has
    got = facts("On Feb. 3, a gunman killed five people at a shopping mall in Salt Lake City, Utah.", "2007-06-20")
    assert got["killed"]["value"] == 5
    assert got["city"]["value"] == "Salt Lake City"


def test_a_part_of_a_month_ends_with_that_part():
    # "early February" was over by the 15th: three weeks before an article of 8 March it is past,
    # though February as a whole ended only a week before
    text = ("A gunman shot three people in Troy on Monday, killing one, police said. In early February, "
            "a gunman killed five people at a shopping mall in Salt Lake City.")
    doc = Doc(text=text, published="2007-03-08")
    incident_facts(doc)
    second = text.index("In early")
    assert second in past_sentences(doc)
    late = Doc(text=text.replace("In early February", "In late February"), published="2007-03-08")
    incident_facts(late)  # late February ran to the 28th: within two weeks of the article
    assert not past_sentences(late)


def test_a_dateline_with_a_county_places_the_incident():
    text = ("Indictment: shooting spree motivated by race\n\nOAKWOOD, PITT COUNTY -\n\nThe summer shooting "
            "spree that injured five people was motivated by race, according to indictment documents.")
    got = facts(text, "2013-09-24")
    assert got["city"]["value"] == "Oakwood"
    assert got["city"]["evidence"][0]["quote"] == "OAKWOOD"


def test_a_first_name_is_no_reason_to_doubt_a_place():
    # places the tagger also saw inside a person's name ("Oakwood Strong", a fund it took for one):
    # only a surname alone is suspect ("Yattoni" is a person however it was tagged)
    text = "A gunman shot four people in Oakwood on Friday. Donations go to Oakwood Strong. Troy was calm."
    doc = Doc(text=text, published="2013-06-22")
    for surface, kind, name in (("Oakwood", "PLACE", "Oakwood"), ("Oakwood Strong", "PERSON", "Oakwood Strong"),
                                ("Troy", "PLACE", "Troy")):
        start = text.index(surface)
        doc.add_span("entity", start, start + len(surface), type=kind, name=name)
    for start, end in ((0, 48), (49, 80), (81, len(text))):
        doc.add_span("sentence", start, end)
    assert incident_city(doc).value == "Oakwood"


def test_a_local_police_force_names_the_place():
    text = ("Man arrested after shooting\n\nKokomo police arrested a man on Monday after a shooting on South "
            "Street. The child was taken to a hospital in Little Rock.")
    got = facts(text, "2017-03-01")
    assert got["city"]["value"] == "Kokomo"
    assert got["city"]["evidence"][0]["quote"] == "Kokomo"
    # "Metro police" serve no town called Metro
    got = facts("Metro police said a man was shot on Monday. He was taken to a hospital in Little Rock.",
                "2017-03-01")
    assert got["city"]["value"] != "Metro"


def test_the_town_of_a_hospital_weighs_less_than_the_scene():
    text = ("Two men were wounded in a shooting Sunday and taken to a clinic at Jonesboro. One was released "
            "from the clinic at Jonesboro on Monday. Police said the shooting happened near Trumann.")
    assert facts(text, "2017-03-01")["city"]["value"] == "Trumann"


def test_a_part_of_a_state_is_no_town_but_a_town_named_after_one_is():
    assert facts("A man was shot and killed in Southern Pines on Monday, police said.")["city"]["value"] == \
        "Southern Pines"
    got = facts("A deputy was shot and killed in Lakewood on Monday. The sheriff returned to Southern California.")
    assert got["city"]["value"] == "Lakewood"


def test_a_neighbourhood_named_as_one_yields_to_its_city():
    text = ("Two men shot in Englewood\n\nCHICAGO - Two men were shot Sunday in Englewood. Police in Chicago said "
            "the men were standing outside when a car pulled up in the Englewood neighborhood. No one is in "
            "custody in Englewood.")
    assert facts(text)["city"]["value"] == "Chicago"
    # named alone, the neighbourhood is still the best answer there is
    assert facts("A man was shot Sunday in the Englewood neighborhood, police said.")["city"]["value"] == "Englewood"


def test_a_side_of_a_city_counts_for_the_city():
    text = ("Man killed in Southwest Charlotte\n\nA man was shot and killed in Southwest Charlotte on Sunday. "
            "The shooting in Southwest Charlotte was the city's third this week. Charlotte police are "
            "looking for a gunman.")
    got = facts(text)
    assert got["city"]["value"] == "Charlotte"
    assert got["city"]["evidence"][0]["quote"] == "Charlotte"
    # a town named after a side of another is its own town when the other is not named
    assert facts("A man was shot and killed in West Palm Beach on Sunday.")["city"]["value"] == "West Palm Beach"
    text = ("A man was wounded in North Las Vegas on Sunday, North Las Vegas police said. He was taken to a "
            "hospital in Las Vegas. The shooting in North Las Vegas is under review.")
    assert facts(text)["city"]["value"] == "North Las Vegas"


def test_a_town_named_only_before_whom_it_places_is_the_place():
    text = ("4-year-old Gresham boy injured in accidental shooting\n\nA 4-year-old boy shot himself in the hand "
            "with his father's gun on Sunday, police said. Running to a neighbor, he asked for help.")
    got = facts(text)
    assert got["city"]["value"] == "Gresham"
    assert got["city"]["evidence"][0]["quote"] == "Gresham"
    # only when nothing else places the incident
    assert facts("Gresham boy hurt\n\nA boy was shot in Troutdale on Sunday.")["city"]["value"] == "Troutdale"
    # a word the article writes in lower case opened a headline, and names no town
    assert facts("Running Teen shot\n\nA teen running home was shot on Sunday.")["city"]["value"] is None


def test_a_town_placed_in_the_article_is_more_precise_than_its_county():
    text = ("Man killed in shooting\n\nKaufman County deputies said a man was shot and killed Sunday. The "
            "shooting happened at a home in Forney, the Kaufman County Sheriff's Office said.")
    assert facts(text)["city"]["value"] == "Forney"
    # a county alone is still the answer
    assert facts("Kaufman County deputies said a man was shot and killed Sunday in Kaufman County.")["city"][
        "value"] == "Kaufman County"


def test_the_ways_a_story_of_one_wounded_victim_tells_it():
    for text in ("16-year-old flown to hospital\n\nA 16-year-old was flown to the hospital after he was "
                 "accidentally shot at a home on Sunday, police said.",
                 "A Logan teenager accidentally shot himself in the leg Saturday while cleaning a handgun.",
                 "An 8-year-old boy is recovering after being accidentally shot Sunday, police said.",
                 "1-year-old injured in Wichita shooting\n\nPolice are looking for a gunman.",
                 "A 5-year-old boy remained in critical condition Sunday after an accidental shooting."):
        got = facts(text)
        assert (got["killed"]["value"], got["injured"]["value"]) == (0, 1), text
        assert got["injured"]["evidence"], text
    # a death is read first: the victim who was taken to hospital and died is no injured one
    got = facts("A man was shot Sunday and taken to a hospital, where he died, police said.")
    assert (got["killed"]["value"], got["injured"]["value"]) == (1, 0)


def test_a_headline_tells_of_one_death_its_own_way():
    for text in ("Female Juvenile Killed After Accidental Shooting\n\nPolice are investigating.",
                 "7-year-old girl, man found dead in Rio Rancho home\n\nPolice say it was a murder-suicide.",
                 "Slain teen identified\n\nPolice said the double shooting had a gang component.",
                 "John McLean Found With Fatal Gunshot Wound To Head\n\nDeputies are investigating."):
        assert facts(text)["killed"]["value"] >= 1, text
    assert facts("Family speaks after quadruple homicide in Troup County\n\nA vigil was held.")["killed"]["value"] == 4
    assert facts("Four people suffered non-fatal gunshot wounds on Sunday.")["killed"]["value"] == 0
    # a family slain is no single death
    assert facts("Memorial planned for family allegedly slain by teen\n\nA service is set.")["killed"]["value"] == 0


def test_counts_of_the_dead_by_role():
    assert facts("Two courthouse bailiffs were shot and killed on Monday.")["killed"]["value"] == 2
    assert facts("Three family members were killed Sunday, police said.")["killed"]["value"] == 3
    assert facts("Man who shot Marion PD K-9 found dead behind McDonald's")["killed"]["value"] == 1


def test_how_badly_the_injured_were_hurt_is_no_bar_to_their_count():
    assert facts("3 killed, 3 seriously injured in Harbor Gateway shooting\n\nPolice said.")["injured"]["value"] == 3
    assert facts("Two people were critically wounded in a shooting on Friday.")["injured"]["value"] == 2


def test_groups_of_victims_told_together_are_added_up():
    assert facts("Two civilians and one police officer were killed in the attack on Friday.")["killed"]["value"] == 3
    assert facts("Two men and a woman were wounded in the shooting Friday.")["injured"]["value"] == 3
    assert facts("A father and son were killed in a shooting on Friday night.")["killed"]["value"] == 2
    assert facts("His mother and grandmother were shot dead in their home.")["killed"]["value"] == 2
    # a pair that is not two people killed
    assert facts("A man and his dog were killed by a train.")["killed"]["value"] == 1


def test_one_of_so_many_killed_is_read_as_the_toll():
    assert facts("The officer was one of three people killed in the attack on Friday.")["killed"]["value"] == 3


def test_people_who_did_the_shooting_are_not_its_victims():
    assert facts("Police said two men shot a clerk at the store on Friday.")["injured"]["value"] == 0
    assert facts("Two men were shot at the store on Friday.")["injured"]["value"] == 2


def test_two_victims_named_after_the_verb_are_two_deaths():
    assert facts("Police said a man fatally shot a woman and girl, then killed himself.")["killed"]["value"] == 2
    assert facts("Police say he shot and killed his wife and son on Friday.")["killed"]["value"] == 2


def test_a_family_pair_in_a_headline_and_both_victims_are_two_deaths():
    assert facts("Son held as mum and sister killed\n\nPolice were called to the house.")["killed"]["value"] == 2
    assert facts("3 adults, 1 child found shot to death inside hotel room")["killed"]["value"] == 4
    # an animal is nobody's death toll
    assert facts("Police found a dead dog in the yard of the house.")["killed"]["value"] == 0


# --- review 3: dates of other events, places standing for governments, counts of the hurt ---

CAMEO = """Gunmen open fire in Cincinnati nightclub

Cincinnati has experienced at least nine shootings of more than four victims in Cincinnati since 2013.

The worst mass shooting in recent city history was Aug. 21, 2015, when two people were killed and five injured at the Elks club in Madisonville.

In his statement about the daylong dispute that apparently led to the shooting, City Manager Black also pointed out that the nightclub has a history of gun violence, including a shooting inside on Jan. 1, 2015, and a parking-lot shooting in September 2015.
"""


def test_a_day_named_as_another_event_is_not_the_incident_date():
    # cincinnati-cameo (undated, GVC): both written-out days are past incidents at other places or times
    got = incident_facts(Doc(text=CAMEO))
    assert got["date"]["value"] is None
    # ... while a day written out of the shooting itself still is its date
    got = incident_facts(Doc(text="A man was shot and killed outside the club on Jan. 1, 2015, police said."))
    assert got["date"]["value"] == "2015-01-01"


def test_a_capital_standing_for_its_government_is_not_the_scene():
    # yida-bombing 41_5 (Reuters): "Khartoum reported", "They (Khartoum)", "Khartoum submitted" are Sudan's
    # government; the camp bombed is Yida, named as "the Yida refugee camp"
    text = ("Refugee camp in South Sudan bombed\n\nA refugee camp in South Sudan's Unity state was bombed Thursday, "
            "South Sudan officials said. Taban Deng, the governor of Unity state, accused Sudan of carrying out the "
            "attack.\n\n\"These people (Khartoum) should be taken to book,\" he said.\n\n"
            "A Reuters correspondent heard a large explosion in the Yida refugee camp, then saw a crater.\n\n"
            "Yida is a camp of about 20,000 refugees from South Kordofan, a state north of the border.\n\n"
            "Khartoum reported fresh clashes in the state Thursday.\n\n"
            "\"They (Khartoum) don't want any life in the Nuba mountains,\" said a refugee.\n\n"
            "Last week, Khartoum submitted its second complaint to the U.N. Security Council.")
    got = incident_facts(Doc(text=text, published="2011-11-10"))
    assert got["city"]["value"] == "Yida"


def test_the_hurt_counted_with_a_bound_a_plain_verb_or_reported_injuries():
    # orange-county-rampage: three outlets, three ways of writing "at least three injured"
    def injured(text: str) -> int:
        return incident_facts(Doc(text=text, published="2013-02-20"))["injured"]["value"]

    assert injured("Three motorists reported injuries after Syed opened fire at vehicles on the freeway, "
                   "police said.") == 3
    assert injured("He killed two more people during carjackings, injured at least three more with wild, random "
                   "shooting, authorities said.") == 3
    assert injured("Syed went on to kill two drivers during carjackings, shoot up cars on a busy freeway "
                   "interchange and injure at least three others before shooting himself, police said.") == 3
    # ... but places are no people: "five places where victims had been shot" counts nobody
    assert injured("Investigators marked five places where victims had been shot along the route.") != 4


def test_what_names_another_event_and_what_does_not():
    from crosswire.extract.incident_dates import another_event

    def names_another(text: str, day: str) -> bool:
        start = text.index(day)
        return another_event(text, 0, start, {"precision": "day", "relative": False})

    assert names_another("The worst mass shooting in recent city history was Aug. 21, 2015, when two died.",
                         "Aug. 21, 2015")
    assert names_another("It was the deadliest since Aug. 1, 1966.", "Aug. 1, 1966")
    # "the previous night" dates this incident from a photo's day; "prior to" what it tells of
    assert not names_another("bullets entered the home during a drive-by shooting the previous night, on East "
                             "Houston Street on Thursday, Sept. 1, 2016.", "Thursday, Sept. 1, 2016")
    assert not names_another("He posted a video prior to the shooting on March 3, 2016.", "March 3, 2016")


def test_a_video_length_is_no_count():
    # a list of videos (GVC 6accc5fd): "0:47 Driver shot to death" is one driver, not 47
    got = incident_facts(Doc(text="Four wounded at southeast Fresno party\n\n0:47 Driver shot to death on Blackstone "
                                  "and Saginaw Pause", published="2016-06-13"))
    assert got["killed"]["value"] != 47


def test_a_fatal_shooting_named_by_its_place_is_one_death():
    # GVC 06ed112a: a headline and a list of videos
    got = incident_facts(Doc(text="Deputies arrest two additional men in fatal Foothill Farms apartment shooting\n\n"
                                  "1:47 Mother of defendant in Clavo shooting speaks Pause", published="2017-01-10"))
    assert got["killed"]["value"] == 1
    got = incident_facts(Doc(text="A fatal crash and a shooting on the same road kept police busy.",
                             published="2017-01-10"))
    assert got["killed"]["value"] == 0
    got = incident_facts(Doc(text="The chief spoke about a fatal officer-involved shooting last year.",
                             published="2017-01-10"))
    assert got["killed"]["value"] == 0


def test_a_death_in_an_older_incident_is_not_this_ones():
    older = facts("Five people were wounded outside a Kansas City club early Sunday, police said. This is the second "
                  "time in five years that a shooting at the club has seen multiple victims. In 2008, Dion Wiley, 20, "
                  "was killed at the club.", "2013-06-10")
    previous = facts("Four people were wounded in a shooting Saturday night. Witnesses said the victims were mourning a "
                     "teen who was killed in a previous shooting at the same location just weeks earlier.", "2015-05-03")
    this_one = facts("Four people were wounded in a shooting Saturday night. A fifth man died at the hospital Sunday, "
                     "police said.", "2015-05-03")
    assert older["killed"]["value"] == 0 and previous["killed"]["value"] == 0
    assert this_one["killed"]["value"] == 1


def test_homicide_detectives_and_an_attempted_homicide_charge_tell_of_no_death():
    detectives = facts("Six people were wounded near the station Saturday night. Homicide detectives were called in "
                       "to investigate, police said.", "2015-05-03")
    charge = facts("Two people were wounded Saturday. Sims, 20, is charged with attempted criminal homicide and four "
                   "counts of aggravated assault.", "2015-05-03")
    last_week = facts("Three people were wounded Saturday. A 19-year-old was shot and killed on the same block last "
                      "week.", "2015-05-03")
    assert [f["killed"]["value"] for f in (detectives, charge, last_week)] == [0, 0, 0]
    assert facts("Police are investigating the homicide of a man found Saturday.", "2015-05-03")["killed"]["value"] == 1


def test_deaths_of_several_told_without_a_figure_are_no_single_death():
    # a plural verb, or one killing of coordinated victims: more than one dead, no figure to read
    plural = facts("Police said they were slain by Lee's husband in their log cabin on June 7.", "2015-06-14")
    family = facts("A man called to say that Bournes had just killed his wife and three children, and planned to "
                   "take his own life.", "2015-06-09")
    listed = facts("Investigators say he shot at the house, killing her husband, son and daughter.", "2015-06-09")
    assert [f["killed"]["value"] for f in (plural, family, listed)] == [0, 0, 0]
    assert facts("A man was shot and killed Sunday night, police said.", "2015-06-09")["killed"]["value"] == 1


def test_a_headline_naming_the_killer_is_no_death_of_his_kind():
    killer = facts("Ex-Habersham deputy killed ex-wife, man before shooting himself\n\nDeputies are investigating.",
                   "2015-02-23")
    assert not killer["killed"]["evidence"] or "deputy killed" not in killer["killed"]["evidence"][0]["quote"]
    assert facts("Deputy killed in crash\n\nThe sheriff spoke Sunday.", "2015-02-23")["killed"]["value"] == 1


def test_a_toll_told_of_an_older_incident_is_not_this_ones():
    text = ("Thirteen people were wounded at a house party early Sunday, police said. Last summer, one man was "
            "killed and eight people were injured in a shooting at the Trumbull Gardens complex.")
    found = facts(text, "2016-08-14")
    assert found["killed"]["value"] == 0 and found["injured"]["value"] == 13
    assert facts("Two men were killed at a house party early Sunday, police said.", "2016-08-14")["killed"]["value"] == 2
    # words of the older incident after the toll leave it this one's
    after = facts("Two men were killed at a house party early Sunday, weeks after a previous shooting at the same "
                  "address.", "2016-08-14")
    assert after["killed"]["value"] == 2


def test_a_death_of_natural_causes_is_no_casualty():
    obituary = facts("Fred LaRue, a Watergate figure, died Saturday at a motel in Biloxi. The coroner said he died of "
                     "natural causes.", "2004-07-28")
    assert obituary["killed"]["value"] == 0
    assert facts("A man died Saturday after he was shot outside a motel in Biloxi.", "2004-07-28")["killed"]["value"] == 1


def test_the_outlets_home_in_a_headlines_tail_is_not_the_place():
    text = ("Clarification: Girl Shot-Milwaukee story - WXOW News 19 La Crosse, WI – News, Weather and Sports |\n\n"
            "MILWAUKEE (AP) - In a May 16 story about a 9-year-old girl struck earlier this week by gunfire, "
            "police said the girl was shot in the head while she sat on a bed doing her homework.")
    assert facts(text, "2016-05-18")["city"]["value"] == "Milwaukee"


def _tagged_city(text: str, tagged: list[tuple[str, str]], published: str = "2015-06-01") -> str | None:
    """The city read from ``text`` with the given surfaces tagged (every occurrence), as the tagger had it."""
    import re as _re

    doc = Doc(text=text, published=published)
    for surface, kind in tagged:
        for m in _re.finditer(_re.escape(surface), text):
            doc.add_span("entity", m.start(), m.end(), type=kind, name=surface)
    return incident_city(doc).value


def test_a_name_given_kin_a_home_or_a_death_is_a_person():
    text = ("Officers were called to a domestic incident at Anthony Giaquinta's home. Inside the garage they found "
            "Giaquinta's wife dead, police in Clarkesville said. A man identified as Giaquinta opened fire.")
    assert _tagged_city(text, [("Giaquinta", "PLACE"), ("Clarkesville", "PLACE")]) == "Clarkesville"


def test_a_first_name_is_a_person_unless_a_place_is_written_there():
    text = ("Montana murder-suicide victims named. The victims were Arie Lee and her mother, police in Deer Lodge "
            "said. August and Arie are the only two who know what happened. Arie was 16 months old.")
    doc = Doc(text=text, published="2015-06-01")
    doc.add_span("entity", text.index("Arie Lee"), text.index("Arie Lee") + 8, type="PERSON", name="Arie Lee")
    for start in (text.index("and Arie") + 4, text.index("Arie was")):
        doc.add_span("entity", start, start + 4, type="PLACE", name="Arie")
    doc.add_span("entity", text.index("Deer Lodge"), text.index("Deer Lodge") + 10, type="PLACE", name="Deer Lodge")
    assert incident_city(doc).value == "Deer Lodge"


def test_a_headlines_capitals_before_shooting_are_no_place():
    text = ("News Channel 12 - Five Injured in Nightclub Shooting\n\n"
            "Five people were injured early Sunday in a shooting at a club in Starkville, police said.")
    assert _tagged_city(text, [("Nightclub Shooting", "PLACE"), ("Starkville", "PLACE")]) == "Starkville"


def test_a_person_the_tagger_ran_into_a_place_is_cut_off():
    text = ("The victims were Tolitha Bowman, Bianca Horton and one-year-old Zoey Horton Chattanooga police said. "
            "The shooting happened at a home on W. Main Street.")
    assert _tagged_city(text, [("Zoey Horton", "PERSON"), ("Zoey Horton Chattanooga", "PLACE")]) == "Chattanooga"


def test_a_sites_address_menu_or_brand_is_no_place():
    for text, tagged, expected in (
            ("TRY NWADG FREE FOR 30 DAYS\n\nWe hope you've enjoyed your preview of NWADG.com. A man was shot dead "
             "on Saturday night.", [("NWADG.com", "PLACE")], None),
            ("Utah News, Sports, Weather and Classifieds\n\nA man was shot and killed on Tuesday.",
             [("Weather", "PLACE")], None),
            ("Police Investigating Shooting In Greenacres\n\nFollow CBSMIAMI.COM: Facebook | Twitter\n\n"
             "GREENACRES (CBSMiami) – Authorities are investigating a scene where four people were shot.",
             [("CBSMiami", "PLACE"), ("Greenacres", "PLACE")], "Greenacres")):
        assert _tagged_city(text, tagged) == expected, text
