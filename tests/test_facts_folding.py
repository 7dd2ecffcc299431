"""A sentence carrying several values is one fact line, with every value it holds."""

from __future__ import annotations

from doc_helpers import corroborated

SENTENCE = "A six-month trade truce reached in May and extended in August failed to prevent new export curbs."


def facts(texts: list[str]) -> list[dict]:
    return corroborated(texts, "2025-10-26").facts


def test_one_sentence_with_three_values_is_one_fact():
    found = facts([SENTENCE + " Officials met in Kuala Lumpur on Sunday.",
                   "Officials met in Kuala Lumpur on Sunday to discuss rare earth export controls."])
    lines = [f for f in found if SENTENCE in f["statement"]]
    assert len(lines) == 1, [f["statement"] for f in found]
    fact = lines[0]
    assert fact["statement"].startswith("[") and fact["statement"].endswith(SENTENCE)
    assert {"May", "August"} <= {v["value"] for v in fact["values"]}
    assert len(fact["evidence"]) == 1 and fact["evidence"][0]["quote"] == SENTENCE
    # the label names each value once, however it was read ("six-month" and "6 month" are one)
    labels = fact["statement"][1:fact["statement"].index("]")].split("; ")
    assert len(labels) == len(set(labels)) and sum("month" in x for x in labels) == 1


def test_a_count_is_labelled_with_its_noun_as_written():
    sentence = "The earthquake killed six children and left 14 others trapped when a mosque collapsed."
    found = facts([sentence + " Rescuers dug through the night.",
                   "The quake killed six children and left 14 others trapped in the mosque, officials said."])
    line = next(f["statement"] for f in found if f["statement"].endswith(sentence))
    labels = line[1:line.index("]")].split("; ")
    assert "six children" in labels and "six child" not in labels


def test_one_person_is_labelled_as_written():
    sentence = "The shooting killed one person and injured eight others at a private club early Sunday."
    found = facts([sentence + " Police are searching for the gunmen.",
                   "Officers arrived within minutes. " + sentence,
                   "Gunmen injured eight others at a private club, police said. Nine people were shot "
                   "and about 300 people ran; people hid under tables."])  # "people" written more than "person"
    labels = {label for f in found if f["statement"].endswith(sentence) and f["statement"].startswith("[")
              for label in f["statement"][1:f["statement"].index("]")].split("; ")}
    assert "one person" in labels and "one people" not in labels


def test_a_count_is_labelled_with_its_noun_as_written_after_an_adjective():
    sentence = "The jury of six African-American women and three white men heard the case over 12 days in March."
    found = facts([sentence + " The verdict came on Friday.",
                   "Officials said the trial ran long. " + sentence])
    line = next(f["statement"] for f in found if f["statement"].endswith(sentence))
    labels = line[1:line.index("]")].split("; ")
    assert "six women" in labels and "six woman" not in labels


def test_a_quoted_phrase_and_its_longer_form_from_the_same_outlets_are_one_line():
    found = facts([
        "In a statement before the bombing, the president talked of Sudan's \"pending invasion\" of its "
        "neighbor. The accusations were being used to justify Sudan's \"pending invasion of the South,\" he said.",
        "\"Whatever allegations Khartoum labels against the Republic are baseless, but intended to justify his "
        "pending invasion of the South,\" the statement said.",
    ])
    phrases = [f for f in found if f["kind"] == "phrase" and "pending invasion" in str(f["normalized"])]
    assert len(phrases) == 1, [f["statement"] for f in phrases]
    assert {v["normalized"] for v in phrases[0]["values"]} >= {"pending invasion of the south"}


def test_each_value_label_is_of_its_own_fact_when_ages_told_of_a_person_drop_out():
    # the people facts replace the age lines ("Robert Buckley, 32"): the labels that remain must still
    # name the values of their own lines, not of the line that stood there before
    texts = ["Robert Buckley, 32, was climbing to a small hut on Mount Sefton on Saturday, police said. "
             "A day earlier, 36-year-old Duncan Rait died after falling 200 meters from a ridge. "
             "Rescuers reached his three companions on Sunday.",
             "Robert Buckley, 32, died while climbing to a hut on Mount Sefton on Saturday. "
             "On Friday, 36-year-old Duncan Rait died after falling 200 meters from a ridge near the glacier. "
             "Rescuers reached his three companions on Sunday morning.",
             "Robert Buckley, 32, fell while climbing to a small hut on Mount Sefton on Saturday. "
             "Duncan Rait, 36, died on Friday after falling 200 meters from a ridge."]
    found = corroborated(texts, "2013-09-16").facts
    labelled = [f for f in found if f["statement"].startswith("[")]
    assert labelled
    for f in labelled:
        # the value a line shows is written in one of its own evidence sentences
        value = f["statement"][1:f["statement"].index("]")].split()[0].lower()
        assert any(value in e["quote"].lower() for e in f["evidence"]), f["statement"]


def test_an_exact_three_digit_figure_in_three_outlets_is_one_fact_whatever_else_its_sentences_hold():
    found = corroborated([
        "The undrafted rookie averaged 5.2 yards a carry and finished with a team-high 716 yards rushing and "
        "five touchdowns. The Saints play Seattle on Saturday.",
        "Ivory showed off his power this season, running through arm tackles en route to 716 yards rushing. "
        "The Saints play Seattle on Saturday.",
        "After joining the Saints as an undrafted rookie, he rushed for 716 yards in 12 games and had a "
        "team-leading five rushing touchdowns. The Saints play Seattle on Saturday.",
    ], "2011-01-05").facts
    yards = [sorted(f["sources"]) for f in found if f["statement"].startswith("[716 yards]")]
    assert yards == [["a0", "a1", "a2"]], [(f["statement"], f["sources"]) for f in found if "716" in f["statement"]]


def test_one_female_and_one_woman_in_critical_condition_are_one_fact():
    found = corroborated([
        "One female is in critical condition with a gunshot wound to the face. The party had 100 guests.",
        "Police said one woman was in critical condition with injuries to her face. The party had 100 guests.",
    ], "2016-08-21").facts
    critical = [sorted(f["sources"]) for f in found if "critical" in f["statement"]]
    assert ["a0", "a1"] in critical, [(f["statement"], f["sources"]) for f in found]
