"""Review 5: speeds written three ways, numbers inside product names, and entity types that the
words around a name settle (a team's record, a distance from a town, a person identified by
police), with junk mentions (datelines run on, photo credits, magnitudes, one-letter "names")."""

from __future__ import annotations

import pytest

from crosswire.doc import Doc
from crosswire.extract.entities import entities_stage
from crosswire.extract.nlp import has_model
from crosswire.extract.quantities import iter_quantities
from crosswire.values import Amount, compatible

needs_model = pytest.mark.skipif(not has_model(), reason="spaCy model not installed")


def _normalized(text: str) -> list[str]:
    return [attrs["normalized"] for _, _, attrs in iter_quantities(text, Doc(text=text))]


def test_speeds_in_mph_miles_per_hour_and_miles_an_hour_are_one_unit():
    texts = ["LaCalamita led police on a chase that reached speeds of 120 mph.",
             "He led police on a chase at speeds up to 120 miles per hour.",
             "The chase reached up to 120 miles an hour on Interstate 75."]
    assert [_normalized(t) for t in texts] == [["120 mph"]] * 3
    assert _normalized("The storm's winds reached 100 kilometres per hour, or 100 km/h.") == ["100 km/h"] * 2
    assert compatible(Amount(120, "miles per hour"), Amount(120, "mph"))


def test_a_number_inside_a_product_name_is_no_count():
    assert _normalized("The BlackBerry Q10 combines a keyboard with the power of the BlackBerry® 10 platform.") == []
    assert _normalized("Sales of Windows 8 were slow, and buyers waited for the iPhone 5.") == []
    # ... but a count after a verb, and one in a title-case headline, stay
    assert _normalized("The gunman shot 3 people.") == ["3 people"]
    assert _normalized("Gunman Kills 3 At Troy Office Building") == ["3"]


def _types(text: str) -> dict[str, set[str]]:
    doc = entities_stage(Doc(id="t", text=text))
    out: dict[str, set[str]] = {}
    for span in doc.spans_of("entity"):
        out.setdefault(doc.text[span.start:span.end], set()).add(span.attrs["type"])
    return out


@needs_model
def test_teams_with_a_record_a_score_or_a_seed_are_organisations():
    text = ("Doug McDermott scored 23 points as top-seeded Creighton defeated Drake, 65-53, on Friday.\n\n"
            "In Saturday's semifinals, Creighton (25-7) will play No. 5 seed Indiana State, which defeated "
            "Evansville 51-50.\n\nCreighton broke open a 12-all game in Creighton history.")
    types = _types(text)
    assert types["Creighton"] == {"ORG"}
    assert types["Indiana State"] == {"ORG"}
    assert types["Doug McDermott"] == {"PERSON"}


@needs_model
def test_a_player_line_makes_a_lone_surname_a_person():
    text = ("The Jays answered, as Echenique threw down a powerful alley-oop.\n\n"
            "Echenique generated a double-double with 11 points and 11 rebounds.")
    assert _types(text)["Echenique"] == {"PERSON"}


@needs_model
def test_distances_hometowns_and_lists_of_places_type_places():
    types = _types("The quake struck about 14 miles north-northeast of Healdsburg. It was six miles west of "
                   "Anderson Springs. Shaking was felt in Santa Rosa, Marin County and Vallejo.")
    assert types["Healdsburg"] == {"PLACE"}
    assert types["Anderson Springs"] == {"PLACE"}
    assert types["Vallejo"] == {"PLACE"}
    types = _types("The Detroit Free Press identified them as Paul Riva, 47, of Sterling Heights and "
                   "Alan Steinberg, 48, of Bruce Township.")
    assert types["Sterling Heights"] == {"PLACE"}
    assert types["Paul Riva"] == {"PERSON"}


@needs_model
def test_identified_as_names_a_person_and_a_job_at_names_an_organisation():
    types = _types("The woman, identified by the police as Madeline Kafoury, died at the scene.")
    assert types["Madeline Kafoury"] == {"PERSON"}
    types = _types('"This is great," said Drew Kelton, executive vice president of business markets at T-Mobile.')
    assert types["T-Mobile"] == {"ORG"}


@needs_model
def test_datelines_credits_magnitudes_and_one_letter_names_are_cleaned():
    types = _types("SAN ANTONIO - One of the hosts of a Halloween party where five people were shot spoke "
                   "on Monday.\n\nCHICAGO, IL - JUNE 20: Family and friends watch as the remains of Joseph "
                   "Briggs are carried. (AP Photo/Charles Rex Arbogast)\n\nThe study determined M7.5 as the "
                   "maximum magnitude for the fault system.\n\nSeven people were shot at Mr. G’s Supper Club.")
    assert "SAN ANTONIO" in types and "PLACE" in types["SAN ANTONIO"]
    assert not any(" - " in name or "Photo" in name or name in {"M7.5", "G", "IL"} for name in types)
    assert "Joseph Briggs" in types


@needs_model
def test_a_town_run_on_into_a_numbered_road_is_cut():
    types = _types("Police located Anthony LaCalamita, 38, of Troy on Interstate 75, north of Detroit.")
    assert types.get("Troy") == {"PLACE"}
    assert "Troy on Interstate" not in types
