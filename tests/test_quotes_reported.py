"""Reported speech that is not a statement, fragments, and speakers: hand-written cases.

Each case is a short invented text in the shape of a defect seen on unseen stories:
negated or withheld cues ("declined to say where …"), embedded questions ("asked if …"),
contents that are no clause ("A tired Mayor", "that to be Monday"), contents cut inside a
word, and speakers that are not the one speaking.
"""

from __future__ import annotations

from crosswire.doc import Doc
from crosswire.extract.quotes import extract_quotes, quotes_stage


def quotes_of(text: str) -> list[tuple[str, str | None, bool]]:
    doc = quotes_stage(Doc(text=text))
    return [(text[s.start:s.end], s.attrs["speaker"], s.attrs["direct"]) for s in doc.spans_of("quote")]


def contents(text: str) -> list[str]:
    return [content for content, _, _ in quotes_of(text)]


# --- negated, withheld and question reports are not things said ------------------------------

def test_declined_to_say_reports_nothing():
    text = "Her lawyer met reporters on Friday. He declined to say where the singer is receiving treatment."
    assert contents(text) == []


def test_would_not_say_keeps_what_was_said():
    text = "Marsh wouldn't say when the two firms began talks, but said the deal came together quickly."
    assert quotes_of(text) == [("the deal came together quickly", "Marsh", False)]


def test_not_said_whether_reports_nothing():
    assert contents("Police have not named the suspect nor said whether anyone was killed.") == []


def test_asked_if_is_the_question_not_the_answer():
    text = 'When asked if the gunman had made any demands, Ruiz said "no."'
    found = quotes_of(text)
    assert all(not content.startswith("if") for content, _, _ in found)
    assert any(content.startswith("no") and speaker == "Ruiz" and direct for content, speaker, direct in found)


def test_a_fronted_when_clause_is_still_a_statement_but_a_question_is_not():
    text = ("Ruiz said when officers arrived, the suspect began firing at them. "
            "Ruiz did not say why the suspect fired.")
    assert quotes_of(text) == [("when officers arrived, the suspect began firing at them", "Ruiz", False)]


def test_questions_leave_the_board_but_stay_in_the_wider_attribution_scope():
    text = "Chief Ruiz would not confirm how many residents have been hurt."
    assert contents(text) == []
    found = extract_quotes(Doc(text=text), scope="attribution")
    assert any(q["content"].startswith("how many residents") for q in found)


# --- fragments ----------------------------------------------------------------------------------

def test_content_does_not_stop_inside_a_hyphenated_word():
    found = contents("The agency said that the trainer has re-hired his old staff.")
    assert found == ["that the trainer has re-hired his old staff"]


def test_a_subordinate_clause_alone_is_not_the_report():
    found = quotes_of("As the storm hit, villagers said, roofs flew off.")
    assert found == [("roofs flew off", "villagers", False)]


def test_content_without_a_clause_is_dropped():
    assert contents("He expected that to be Monday.") == []


def test_a_report_with_no_statement_still_names_the_next_speaker():
    text = ("UPDATE 11/28 1 p.m.: Springfield Police Chief Pete Carey outlined the police department's "
            "top priorities going forward in the investigation.\n\n"
            "\u201cFirst and foremost is to take care of the victims.\u201d")
    found = quotes_of(text)
    assert found == [("First and foremost is to take care of the victims.", "Pete Carey", True)]


def test_a_report_does_not_start_with_a_conjunction():
    text = ("The firm is small, she said, and Acme thinks its value will outweigh the concerns.")
    assert contents(text) == ["Acme thinks its value will outweigh the concerns"]


def test_a_verb_phrase_after_the_speaker_is_no_report_even_with_a_relative_clause():
    text = ("The company will honor the firm's existing deals with its own partners, Su said, and will "
            "sell SeaMicro-branded servers, which currently use server chips made by rival Intel.")
    assert contents(text) == ["The company will honor the firm's existing deals with its own partners"]


# --- speakers: pronouns and descriptions ------------------------------------------------------

def speakers_of(text: str) -> dict[str, str | None]:
    return {content: speaker for content, speaker, _ in quotes_of(text)}


def test_he_goes_to_the_speaker_before_not_a_nearer_woman():
    text = ("About 40 houses were damaged by the quake, said agency official Tomas Fauzi.\n\n"
            "Ema Suryani, a nurse, said she had treated 30 of the injured.\n\n"
            "Most of the damaged houses were in the hill district, he added.")
    assert speakers_of(text)["Most of the damaged houses were in the hill district"] == "Tomas Fauzi"


def test_she_goes_to_the_woman_who_spoke_not_the_last_man_named():
    text = ("District Attorney Dan Moss said the suspect would be charged.\n\n"
            "A woman in a nearby salon said she heard 10 shots. \u201cWe can't stop shaking,\u201d she said.")
    assert speakers_of(text)["We can't stop shaking"] == "woman"


def test_an_officer_is_not_the_slain_officer_named_earlier():
    text = ("Slain officer Garrett Dunn, 44, had served for six years.\n\n"
            "An officer pulled up and told the man, \u201cYou are in the line of fire.\u201d")
    assert speakers_of(text)["You are in the line of fire."] != "Garrett Dunn"


def test_he_is_never_a_person_said_to_be_killed():
    text = ("The gunman killed Officer Garrett Dunn before dawn.\n\n"
            "\u201cWe are trying to get her out,\u201d he said on the radio.")
    assert speakers_of(text)["We are trying to get her out"] != "Garrett Dunn"


def test_a_group_is_not_the_person_whose_title_it_shares():
    text = ("Retired Chesapeake Police Officer Todd Dooley was among the dead.\n\n"
            "Chesapeake police said six people have died following a murder-suicide Wednesday.")
    assert speakers_of(text)["six people have died following a murder-suicide Wednesday"] != "Todd Dooley"


def test_she_is_not_a_man():
    text = ("Her lawyer, Mark Heller, said he expected her to stay.\n\n"
            "\u201cShe is settling in,\u201d she said.")
    assert speakers_of(text)["She is settling in"] != "Mark Heller"


def test_a_wire_report_of_what_the_mayor_says_is_the_mayors():
    text = ("The Associated Press reports Springfield Mayor John Suter says authorities aren't ready to "
            "discuss a possible motive of the gunman who attacked the clinic there, but says people can "
            "make \u201cinferences from where it took place.\u201d")
    found = speakers_of(text)
    assert found["inferences from where it took place."] == "John Suter"
    assert [s for c, s in found.items() if c.startswith("authorities")] == ["John Suter"]


def test_our_partners_at_an_outlet_are_the_outlet():
    text = "According to our partners at the Gazette, the suspect has been identified as Robert Dean."
    assert speakers_of(text) == {"the suspect has been identified as Robert Dean": "Gazette"}


def test_a_cue_in_a_dash_aside_does_not_speak_for_the_quote_after_it():
    text = ("Prosecutor Terry Whyte told The Post a couple hours after a court hearing \u2014 where the "
            "actress's lawyer Mark Heller said she was \u201censconced in the bosom\u201d of the clinic in "
            "Newport Beach \u2014 \u201cI hear "
            "she\u2019s on her way to LAX and getting on a flight back to New York.\u201d")
    found = speakers_of(text)
    assert found["I hear she\u2019s on her way to LAX and getting on a flight back to New York."] == "Terry Whyte"


def test_a_report_under_a_headline_line_keeps_its_clause():
    # the parser runs the headline line into the first sentence; the report is still a statement
    text = ("Proposed deal pauses tariffs and delays China\u2019s rare-earths rules\n\n"
            "Top economic officials from China and the United States reached a preliminary framework for a "
            "trade deal that could be finalized later this week, U.S. officials said.")
    assert [(speaker, content.startswith("Top economic officials")) for content, speaker, _ in quotes_of(text)] \
        == [("U.S. officials", True)]
