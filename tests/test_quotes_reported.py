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
