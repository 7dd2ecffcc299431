"""Story-level entity types: the tagger's slips are outvoted, surnames join their person."""

from __future__ import annotations

from crosswire.corroborate.entities import EntityIndex
from crosswire.doc import Doc
from doc_helpers import tagged_doc as doc


def entities(docs: list[Doc]) -> dict[str, str]:
    return {e["name"]: e["type"] for e in EntityIndex(docs).to_list()}


def test_types_follow_most_mentions_and_facility_names_are_not_people():
    docs = [
        doc("a", "Ana Reyes checked into the Harbor View Center in Salem.",
            [("Ana Reyes", "PERSON"), ("Harbor View Center", "PERSON"), ("Salem", "GPE")]),
        doc("b", "Reyes left the Harbor View Center on Friday, Ana Reyes told reporters in Salem.",
            [("Reyes", "GPE"), ("Harbor View Center", "ORG"), ("Ana Reyes", "PERSON"), ("Salem", "GPE")]),
        doc("c", "The Ocean Clinic in Salem said Ana Reyes was well.",
            [("Ocean Clinic", "ORG"), ("Salem", "PERSON"), ("Ana Reyes", "PERSON")]),
    ]
    found = entities(docs)
    assert found["Harbor View Center"] == "ORG"
    assert found["Salem"] == "PLACE"  # two places against one slip
    assert found["Ana Reyes"] == "PERSON" and "Reyes" not in found  # the surname joined its person


def test_a_city_named_more_than_a_namesake_stays_a_city():
    docs = [doc("a", "Talks in Washington resumed. Washington said little. Denzel Washington attended.",
                [("Washington", "GPE"), ("Denzel Washington", "PERSON")]),
            doc("b", "Officials in Washington met again.", [("Washington", "GPE")])]
    found = entities(docs)
    assert found["Washington"] == "PLACE" and found["Denzel Washington"] == "PERSON"


def records(docs: list[Doc]) -> dict[str, dict]:
    return {e["name"]: e for e in EntityIndex(docs).to_list()}


def test_one_name_written_in_capitals_with_dots_or_a_dropped_letter_is_one_entity():
    docs = [
        doc("a", "KUALA LUMPUR - The U.S. Treasury said talks in Kuala Lumpur went well.",
            [("KUALA LUMPUR", "GPE"), ("U.S. Treasury", "ORG"), ("Kuala Lumpur", "GPE")]),
        doc("b", "The US Treasury met officials in Kuala Lumpu on Sunday.",
            [("US Treasury", "ORG"), ("Kuala Lumpu", "GPE")]),
        doc("c", "Mark Kelly and Mary Kelly spoke. ABC News Live and NBC News Live aired it.",
            [("Mark Kelly", "PERSON"), ("Mary Kelly", "PERSON"), ("ABC News Live", "ORG"),
             ("NBC News Live", "ORG")]),
    ]
    found = records(docs)
    city = found["Kuala Lumpur"]  # the mixed-case spelling names it, not the dateline's capitals
    assert city["type"] == "PLACE" and set(city["aliases"]) == {"KUALA LUMPUR", "Kuala Lumpu"}
    assert set(city["sources"]) == {"a", "b"}
    treasury = [name for name in found if name.replace(".", "") == "US Treasury"]
    assert len(treasury) == 1 and set(found[treasury[0]]["sources"]) == {"a", "b"}
    # one letter apart, but two people and two channels
    assert {"Mark Kelly", "Mary Kelly", "ABC News Live", "NBC News Live"} <= set(found)


def test_an_acronym_joins_the_one_name_it_abbreviates():
    docs = [
        doc("a", "Leaders meet at the Asia-Pacific Economic Cooperation forum.",
            [("Asia-Pacific Economic Cooperation", "ORG")]),
        doc("b", "The APEC forum opens Thursday; the WHO was not invited.", [("APEC", "ORG"), ("WHO", "ORG")]),
    ]
    found = records(docs)
    assert found["Asia-Pacific Economic Cooperation"]["aliases"] == ["APEC"]
    assert set(found["Asia-Pacific Economic Cooperation"]["sources"]) == {"a", "b"}
    assert "WHO" in found  # no spelled-out name in the story: it stays as written


def test_the_words_around_a_name_fix_its_type():
    docs = [
        doc("a", "In Suka Makmur village a landslide buried a plantation, said disaster agency official Fauzi.",
            [("Suka Makmur", "PERSON"), ("Fauzi", "GPE")]),
        doc("b", "Ten houses were damaged in Takengon, and residents of nearby Bellaire fled.",
            [("Takengon", "ORG"), ("Bellaire", "PERSON")]),
        # an organisation whose building is sometimes a landmark stays an organisation
    ]
    clinic = Doc(id="c", text="Acme Health said it was safe. A man was seen near Acme Health. Acme Health staff "
                              "left. Acme Health thanked police. Acme Health reopened.")
    at = -1
    while (at := clinic.text.find("Acme Health", at + 1)) >= 0:
        clinic.add_span("entity", at, at + len("Acme Health"), type="ORG", name="Acme Health")
    docs.append(clinic)
    found = entities(docs)
    assert found["Suka Makmur"] == "PLACE" and found["Takengon"] == "PLACE" and found["Bellaire"] == "PLACE"
    assert found["Fauzi"] == "PERSON"
    assert found["Acme Health"] == "ORG"


def test_an_organisation_named_without_its_head_word_is_that_organisation():
    docs = [
        doc("a", "Lohan checked into Morningside Recovery Center on Thursday.", [("Morningside Recovery Center", "ORG")]),
        doc("b", "She left Morningside Recovery after minutes.", [("Morningside Recovery", "GPE")]),
    ]
    found = entities(docs)
    assert found == {"Morningside Recovery Center": "ORG"}


def test_a_town_is_not_a_place_in_it():
    docs = [doc("a", "Police in Millom searched the beach near Millom Pier.", [("Millom", "GPE"), ("Millom Pier", "LOC")]),
            doc("b", "Talks in Kuala Lumpur went on; Lumpur hotels were full.", [("Kuala Lumpur", "GPE"), ("Lumpur", "GPE")])]
    found = EntityIndex(docs).to_list()
    names = {e["name"]: e["aliases"] for e in found}
    assert "Millom" in names and "Millom Pier" in names and "Millom" not in names["Millom Pier"]
    assert "Lumpur" in names["Kuala Lumpur"]  # a shorter form of the same place still joins it


def test_a_name_with_a_known_persons_surname_is_a_person():
    docs = [doc("a", "James Poore was charged. Casey Poore testified on Friday.",
                [("James Poore", "PERSON"), ("Casey Poore", "ORG")]),
            doc("b", "The family of James Poore sat in Tulsa County court.",
                [("James Poore", "PERSON"), ("Tulsa County", "GPE")])]
    found = entities(docs)
    assert found["Casey Poore"] == "PERSON" and found["Tulsa County"] == "PLACE"


def test_a_call_sign_is_a_broadcaster():
    docs = [doc("a", "KJRH reported the arrest. WAVY-TV and Tulsa police said more.",
                [("KJRH", "PERSON"), ("WAVY-TV", "GPE"), ("Tulsa", "GPE")])]
    found = entities(docs)
    assert found["KJRH"] == "ORG" and found["WAVY-TV"] == "ORG" and found["Tulsa"] == "PLACE"


def test_a_first_name_typed_a_place_is_the_one_person_of_that_name():
    docs = [doc("a", "Cedric Poore was charged on Friday. Cedric told the court he was innocent.",
                [("Cedric Poore", "PERSON"), ("Cedric", "GPE")]),
            doc("b", "Cedric Poore appeared in court.", [("Cedric Poore", "PERSON")])]
    assert entities(docs) == {"Cedric Poore": "PERSON"}


def test_a_name_moved_to_another_type_takes_that_types_spelling():
    # the tagger took "Nathan DeSai" for a place in one article; the others name the person "Desai"
    docs = [
        doc("a", "Records identify him as Nathan Desai. Desai was armed.", [("Nathan Desai", "PERSON"), ("Desai", "PERSON")]),
        doc("b", "The shooter was Nathan Desai, police said.", [("Nathan Desai", "PERSON")]),
        doc("c", "The car is registered to Nathan DeSai, a lawyer.", [("Nathan DeSai", "GPE")]),
    ]
    found = EntityIndex(docs).to_list()
    people = [e for e in found if "Desai" in e["name"] or "DeSai" in e["name"]]
    assert len(people) == 1 and people[0]["type"] == "PERSON" and set(people[0]["sources"]) == {"a", "b", "c"}


def test_in_before_a_name_that_modifies_a_noun_is_no_place():
    docs = [doc("a", "It was the first time in NFL history. The NFL fined him. He broke an NFL record.",
                [("NFL", "ORG")]),
            doc("b", "Nobody had done it in NFL history.", [("NFL", "ORG")])]
    assert entities(docs)["NFL"] == "ORG"


def test_a_name_less_its_head_word_joins_the_organisation_however_it_is_canonical():
    docs = [doc("a", "One victim is at Memorial Hermann Hospital; three went to Memorial Hermann Southwest Hospital. "
                     "Two went to Memorial Hermann.",
                [("Memorial Hermann Hospital", "ORG"), ("Memorial Hermann Southwest Hospital", "ORG"),
                 ("Memorial Hermann", "PERSON")])]
    found = {e["name"]: e for e in EntityIndex(docs).to_list()}
    assert "Memorial Hermann" in found["Memorial Hermann Southwest Hospital"]["aliases"]
    assert "Memorial Hermann" not in found


def test_a_leading_the_is_no_other_name_and_the_tagger_slips_join_it():
    docs = [doc("a", "Asked by The Gazette, he said no.", [("The Gazette", "ORG")]),
            doc("b", "According to The Gazette, the suspect fled.", [("The Gazette", "ORG")]),
            doc("c", "The Gazette reported it; Gazette reporters saw it.", [("Gazette", "PERSON")])]
    found = EntityIndex(docs).to_list()
    assert [(e["name"], e["type"]) for e in found] == [("The Gazette", "ORG")]
    assert found[0]["aliases"] == ["Gazette"]


def test_accents_and_an_arabic_article_are_one_name_written_two_ways():
    docs = [doc("a", "Gérard Bénézat, the insurer, spoke. Omar al-Bashir denied it.",
                [("Gérard Bénézat", "PERSON"), ("Omar al-Bashir", "PERSON")]),
            doc("b", "Gerard Benezat said so. Omar Bashir said nothing.",
                [("Gerard Benezat", "PERSON"), ("Omar Bashir", "PERSON")])]
    found = {e["name"]: e for e in EntityIndex(docs).to_list()}
    assert len(found) == 2
    assert all(set(e["sources"]) == {"a", "b"} for e in found.values())


def test_north_and_south_make_another_country_of_a_name():
    docs = [doc("a", "Sudan denied bombing the Republic of South Sudan; the Sudanese army said so.",
                [("Sudan", "GPE"), ("Republic of South Sudan", "GPE"), ("Sudanese", "NORP")]),
            doc("b", "South Sudan accused Sudan. South Sudanese troops massed.",
                [("South Sudan", "GPE"), ("Sudan", "GPE"), ("South Sudanese", "NORP")])]
    found = {e["name"]: e for e in EntityIndex(docs).to_list()}
    assert "Sudan" in found and "Sudan" not in found["Republic of South Sudan"]["aliases"]
    assert "Sudanese" in found and "South Sudanese" in found


def test_a_first_name_misspelt_by_a_letter_is_one_person():
    docs = [doc("a", "Police Chief Eliot Isaac said the club was closed.", [("Eliot Isaac", "PERSON")]),
            doc("b", "Chief Elliot Isaac spoke on Sunday.", [("Elliot Isaac", "PERSON")]),
            doc("c", "Eliot Isaac said more on Monday.", [("Eliot Isaac", "PERSON")])]
    found = EntityIndex(docs).to_list()
    assert [e["name"] for e in found] == ["Eliot Isaac"] and found[0]["aliases"] == ["Elliot Isaac"]


def test_a_country_abbreviated_in_a_name_and_spaced_initials_are_one_name():
    docs = [doc("a", "The U. S. Geological Survey put it at 6.1. The U. S. Geological Survey said so.",
                [("U. S. Geological Survey", "ORG")]),
            doc("b", "The US Geological Survey put the epicentre 58km away.", [("US Geological Survey", "ORG")]),
            doc("c", "The United States Geological Survey said 5.9.", [("United States Geological Survey", "ORG")])]
    found = EntityIndex(docs).to_list()
    assert len(found) == 1 and set(found[0]["sources"]) == {"a", "b", "c"}
    assert "U. S." not in found[0]["name"]


def test_a_short_first_name_joins_its_person_even_from_another_type():
    # "Mo Cheeks" is "Maurice Cheeks"; the tagger took him for a place in one article
    docs = [
        doc("a", "The Sixers hired Maurice Cheeks. Maurice Cheeks spoke.", [("Maurice Cheeks", "PERSON"),
                                                                            ("Maurice Cheeks", "PERSON")]),
        doc("b", "King hired Mo Cheeks on Tuesday.", [("Mo Cheeks", "PERSON")]),
        doc("c", "I know Mo Cheeks and Mo Cheeks knows me.", [("Mo Cheeks", "GPE"), ("Mo Cheeks", "GPE")]),
    ]
    people = [e for e in EntityIndex(docs).to_list() if "Cheeks" in e["name"]]
    assert len(people) == 1 and people[0]["name"] == "Maurice Cheeks" and people[0]["type"] == "PERSON"
    assert set(people[0]["sources"]) == {"a", "b", "c"}


def test_a_surname_two_forms_of_one_person_held_joins_that_person():
    docs = [doc("a", "The Sixers hired Maurice Cheeks. Cheeks spoke.", [("Maurice Cheeks", "PERSON"), ("Cheeks", "PERSON")]),
            doc("b", "King hired Mo Cheeks on Tuesday.", [("Mo Cheeks", "PERSON")])]
    people = [e for e in EntityIndex(docs).to_list() if "Cheeks" in e["name"]]
    assert [(p["name"], p["type"]) for p in people] == [("Maurice Cheeks", "PERSON")]


def test_a_speaker_written_with_a_role_word_before_a_known_surname_is_that_person():
    from crosswire.corroborate.entities import EntityIndex
    from doc_helpers import tagged_doc

    doc = tagged_doc("a", "Steven Moffat announced the casting on Sunday.", [("Steven Moffat", "PERSON")])
    index = EntityIndex([doc])
    assert index.person("Producer Moffat") == "Steven Moffat"
    assert index.person("Producer Smith") == "Producer Smith"


def test_an_address_town_and_a_place_set_off_as_a_community_are_places():
    docs = [doc("a", "Two women were found at 7050 Old State Road, Holly Hill on July 15.",
                [("Holly Hill", "PERSON")]),
            doc("b", "The home is just west of Holly Hill, a community about 60 miles northwest of Charleston.",
                [("Holly Hill", "PERSON"), ("Charleston", "GPE")])]
    assert entities(docs)["Holly Hill"] == "PLACE"


def test_a_name_with_a_win_loss_record_is_a_team():
    docs = [doc("a", "The Saints (11-5) face the Seattle Seahawks (7-9) on Saturday.",
                [("Saints", "ORG"), ("Seattle Seahawks", "PERSON")])]
    assert entities(docs)["Seattle Seahawks"] == "ORG"


def test_a_person_named_with_a_street_before_a_comma_elsewhere_stays_a_person():
    # "Main Street, Carter said" is a street, then the speaker: a person's own words outvote it
    docs = [doc("a", "He was shot on Main Street, Dale Carter said.", [("Dale Carter", "PERSON")])]
    assert entities(docs)["Dale Carter"] == "PERSON"


def test_an_organisation_set_off_as_a_city_run_initiative_is_no_place():
    docs = [doc("a", "Many were from Pathways to Peace, a city-run initiative that connects youth to resources.",
                [("Pathways to Peace", "ORG")])]
    assert entities(docs)["Pathways to Peace"] == "ORG"


def test_a_place_only_a_dateline_names_in_capitals_is_shown_as_a_reader_writes_it():
    docs = [doc("a", "VELLHAVEN - The harbour authority closed the port. Officials met in Abu Dhabi and the UAE.",
                [("VELLHAVEN", "GPE"), ("Abu Dhabi", "GPE"), ("UAE", "GPE")])]
    listed = {e["name"]: e for e in EntityIndex(docs).to_list()}
    assert "Vellhaven" in listed and "VELLHAVEN" in listed["Vellhaven"]["aliases"]
    assert "UAE" in listed  # an abbreviation stays as written


def test_a_towns_man_or_residents_make_a_place_but_a_peoples_name_stays_as_it_is():
    docs = [doc("a", "A Moncks Corner man says he is not the person who shot four people. Vance residents "
                     "were shocked. A Muslim woman was among the mourners.",
                [("Moncks Corner", "ORG"), ("Vance", "PERSON"), ("Muslim", "NORP")])]
    found = entities(docs)
    assert found["Moncks Corner"] == "PLACE" and found["Vance"] == "PLACE"
    assert found["Muslim"] == "NORP"


def test_a_firms_officer_or_founder_makes_an_organisation_and_its_legal_form_joins_it():
    docs = [doc("a", "Ivanov is the founder of Skirmos, a laser tag system.", [("Skirmos", "GPE")]),
            doc("b", "It is very targeted, said Wolfgang Kandek, chief technology officer of Qualys.",
                [("Wolfgang Kandek", "PERSON"), ("Qualys", "GPE")]),
            doc("c", "Researchers at Qualys Inc. saw the attacks.", [("Qualys Inc.", "ORG")]),
            doc("d", "The president of France met the mayor of Boston.", [("France", "GPE"), ("Boston", "GPE")])]
    listed = {e["name"]: e for e in EntityIndex(docs).to_list()}
    assert listed["Skirmos"]["type"] == "ORG"
    assert listed["Qualys Inc."]["type"] == "ORG" and "Qualys" in listed["Qualys Inc."]["aliases"]
    assert "Qualys" not in listed
    assert listed["France"]["type"] == "PLACE" and listed["Boston"]["type"] == "PLACE"


def test_a_city_written_with_its_teams_record_stays_a_city():
    docs = [doc("a", "When the Saints open the playoffs in Seattle (7-9) on Saturday, they play the Seahawks.",
                [("Seattle", "GPE"), ("Saints", "ORG")])]
    assert entities(docs)["Seattle"] == "PLACE"


def test_a_person_only_title_or_trade_before_a_name_makes_a_person():
    # a title inside the name ("Professor Varoufakis") is extraction's (test_extract_entities.py)
    docs = [doc("a", "Prime Minister Papandreou spoke. General Motors and Major League Baseball sent statements.",
                [("Papandreou", "ORG"), ("General Motors", "ORG"), ("Major League Baseball", "ORG")]),
            doc("b", "Many listened to economist Yanis Varoufakis on the radio.", [("Yanis Varoufakis", "ORG")])]
    found = entities(docs)
    assert found["Yanis Varoufakis"] == "PERSON"
    assert found["Papandreou"] == "PERSON"
    assert found["General Motors"] == "ORG" and found["Major League Baseball"] == "ORG"
