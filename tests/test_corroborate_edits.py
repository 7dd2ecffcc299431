"""One sentence reprinted with another value: a conflict even one outlet against one.

The stories are extracted by the real pipeline (spaCy, quantities, times) and corroborated; each
test gives two or three reports that share sentences word for word and change, or do not
change, one value in them.
"""

from __future__ import annotations

from crosswire.corroborate import corroborate_story
from crosswire.doc import Doc
from crosswire.extract import extract_many
from crosswire.extract.entities import entities_stage
from crosswire.extract.quantities import quantities_stage
from crosswire.extract.times import times_stage
from crosswire.pipeline import STORED_FIELDS, Pipeline


def edits(reports: list[tuple[str, str]]) -> list[dict]:
    """The same-sentence conflicts of a story of (published, text) reports."""
    pipeline = Pipeline([entities_stage, quantities_stage, times_stage], provides=STORED_FIELDS)
    docs = list(extract_many([Doc(id=f"a{i}", text=t, published=p) for i, (p, t) in enumerate(reports)],
                             pipeline=pipeline))
    found = corroborate_story(docs).conflicts
    for c in found:
        for v in c["variants"]:
            for e in v["evidence"]:
                assert e["quote"] in docs[int(e["article"][1:])].text
    return [c for c in found if c.get("same_sentence")]


BEEBE = ("A father was arrested Tuesday after police say his daughter was shot at their home. "
         "The girl remains in critical condition, according to a news release from the {town} Police Department. "
         "Owens is being held in the county jail on a charge of endangering the welfare of a minor.")
OTHER = ("Police arrested a man whose seven-year-old daughter was found shot inside a house on Monday evening. "
         "The girl remains in critical condition, according to a news release from the Beebe Police Department. "
         "Neighbors said the family had moved to the street last year.")


def test_a_place_changed_in_one_sentence_is_a_conflict_one_outlet_against_one():
    found = edits([("2017-02-28", BEEBE.format(town="Kokomo")), ("2017-02-28", OTHER)])
    assert len(found) == 1
    conflict = found[0]
    assert conflict["slot"] == "place"
    assert {v["value"] for v in conflict["variants"]} == {"Kokomo", "Beebe"}
    assert "news release from the … Police Department" in conflict["subject"]
    assert all(v["independent_sources"] == 1 for v in conflict["variants"])


def test_the_same_place_in_both_sentences_is_no_conflict():
    assert edits([("2017-02-28", BEEBE.format(town="Beebe")), ("2017-02-28", OTHER)]) == []


def test_one_place_at_two_spellings_is_no_conflict():
    text = "Four people were wounded in a shooting at a house party in {town} late on Friday, police said."
    assert edits([("2015-12-12", text.format(town="Mt. Oliver")), ("2015-12-12", text.format(town="Mount Oliver"))]) == []


def test_a_report_that_names_both_places_does_not_contradict_either():
    first = ("The toddler was shot at a home along Doswell Town Road in Meherrin, deputies said. "
             "Meherrin is a small community in Lunenburg County, near Kenbridge.")
    second = "The toddler was shot at a home along Doswell Town Road in Kenbridge, deputies said."
    assert edits([("2015-05-25", first), ("2015-05-25", second)]) == []


def test_a_count_changed_in_one_sentence_is_a_conflict():
    text = ("Investigators are still trying to learn whether the car is connected to the shooting that killed "
            "Brandon Lanier and sent {n} others to local hospitals for treatment.")
    found = edits([("2016-10-26", text.format(n="three")), ("2016-10-26", text.format(n="five"))])
    assert [{v["normalized"] for v in c["variants"]} for c in found] == [{"3", "5"}]


def test_a_lower_count_printed_first_rose_and_is_no_conflict():
    text = "Real estate agent found the woman and {n} slain victims in an upstairs bedroom of the home."
    # the earlier report gives two, the next day's four: a toll that rose
    assert edits([("2015-07-19", text.format(n="two")), ("2015-07-20", text.format(n="four"))]) == []
    # ... but a higher toll printed first, then a lower one, contradicts it
    assert len(edits([("2015-07-19", text.format(n="four")), ("2015-07-20", text.format(n="two"))])) == 1


def test_a_running_figure_in_reports_days_apart_is_no_conflict():
    text = "Jordan now has {n} career points, the most of any player in the history of the program."
    assert edits([("2015-01-03", text.format(n="2,129")), ("2015-01-20", text.format(n="2,180"))]) == []


def test_a_day_changed_in_one_sentence_is_a_conflict_but_one_day_written_two_ways_is_not():
    text = "The shooting happened around 2:15 a.m. {day} near 28th Street and Capitol Drive, police said."
    found = edits([("2016-06-28", text.format(day="on Tuesday")), ("2016-06-28", text.format(day="on Friday"))])
    assert len(found) == 1 and found[0]["slot"] == "day"
    assert {v["normalized"] for v in found[0]["variants"]} == {"2016-06-28", "2016-06-24"}
    # 2016-06-28 was a Tuesday: "Tuesday" and "June 28" are one day
    assert edits([("2016-06-28", text.format(day="on Tuesday")), ("2016-06-28", text.format(day="on June 28"))]) == []


def test_another_outlet_or_person_named_in_one_sentence_is_no_conflict():
    outlet = "The senator said on Sunday that the talks would resume next week, she told {who} in an interview."
    assert edits([("2025-10-26", outlet.format(who="CNN")), ("2025-10-26", outlet.format(who="ABC"))]) == []
    person = "The victim was taken to the hospital, where he later died, according to Sheriff {who} of the county."
    assert edits([("2016-11-28", person.format(who="Thomas Dougherty")),
                  ("2016-11-28", person.format(who="James Whitfield"))]) == []


def test_a_sentence_reworded_around_the_value_is_no_edit():
    first = "It happened shortly before 9:30 a.m. at a somewhat secluded home along Doswell Town Road in Atoka."
    second = "The boy was shot just before 9:30 a.m. at a somewhat secluded home along Doswell Town Road in Meherrin."
    assert edits([("2015-05-25", first), ("2015-05-25", second)]) == []


def test_page_stamps_are_each_outlets_own_moment():
    stamp = "Published: Wednesday, October 26, 2016 @ {t} PM. A man was shot on Ryburn Avenue late on Tuesday night."
    assert edits([("2016-10-26", stamp.format(t="9:25")), ("2016-10-26", stamp.format(t="4:07"))]) == []


def test_three_reports_make_one_conflict_with_each_side_cited():
    text = ("Deputies with the {county} Sheriff's Department did a welfare check after neighbors had not "
            "seen the family for several days.")
    found = edits([("2015-08-27", text.format(county="Henry County")),
                   ("2015-08-27", text.format(county="Henry County") + " The coroner will release the names."),
                   ("2015-08-28", text.format(county="Lagrange"))])
    assert len(found) == 1
    sides = {v["value"]: v for v in found[0]["variants"]}
    assert set(sides) == {"Henry County", "Lagrange"}
    assert sides["Henry County"]["independent_sources"] == 2
    assert found[0]["variants"][0]["value"] == "Henry County"  # the side more sources take comes first


def test_a_gallery_position_and_an_update_stamp_are_no_figures():
    caption = "Image {n} of {total} TV news stations line the street where 8 people were killed Sunday in Houston."
    assert edits([("2015-08-10", caption.format(n="76", total="111")),
                  ("2015-08-10", caption.format(n="5", total="40"))]) == []
    update = "UPDATE (11/23/16 at {h} p.m.): Police have named the man who was shot on the east side."
    assert edits([("2016-11-23", update.format(h="4")), ("2016-11-23", update.format(h="10"))]) == []


def test_a_state_and_its_abbreviation_are_one_place():
    text = ("HESSTON, {state} – Law enforcement officers responded to the scene of a workplace shooting at "
            "Excel Industries in Hesston Thursday afternoon.")
    assert edits([("2016-02-25", text.format(state="Kansas")), ("2016-02-25", text.format(state="Kan."))]) == []


def test_each_reports_own_day_is_news_moving_on():
    text = "No one answered the door at the apartment {day}, and neighbors said the family had left."
    # Monday's report says Monday, Tuesday's says Tuesday: each reporter's visit
    assert edits([("2016-03-21", text.format(day="Monday")), ("2016-03-22", text.format(day="Tuesday"))]) == []


def test_a_town_that_begins_like_a_month_is_compared_as_a_place():
    # "Marshall", "Augusta", "Decatur" start like a month abbreviation; they are places, not days
    found = edits([("2017-02-28", BEEBE.format(town="Marshall")), ("2017-02-28", OTHER)])
    assert [{v["value"] for v in c["variants"]} for c in found] == [{"Marshall", "Beebe"}]
