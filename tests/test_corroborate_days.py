"""Which day a date in a shooting story gives: the incident's, or a later day of the story."""

from __future__ import annotations

from crosswire.corroborate import corroborate_story
from crosswire.corroborate.mentions import _later_day
from crosswire.doc import Doc


def _doc(doc_id: str, text: str, published: str = "2015-03-09") -> Doc:
    from crosswire.extract import extract_doc

    return extract_doc(Doc(id=doc_id, text=text, published=published))


def _later(text: str, day: str) -> bool:
    doc = _doc("a", text)
    start = text.index(day)
    return _later_day(doc, start, start + len(day))


def test_a_future_in_another_clause_does_not_move_the_incident_day():
    # the attorney's decision is to come; the shot was fired on Sunday
    assert not _later("An 11-year-old boy is recovering in the hospital after his father accidentally fired his "
                      "gun in Monroe on Sunday, striking his son in the cheek and the state's attorney will be "
                      "determining whether charges will be filed.", "Sunday")
    assert _later("A Detroit father was sentenced up to 50 years in prison Thursday for the shooting death of his "
                  "9-year-old.", "Thursday")


def test_a_statement_day_is_not_the_incident_day_but_a_reported_one_is():
    assert _later("A Florida teen has been charged with the murder of his 10-year-old sister, police said Sunday.",
                  "Sunday")
    assert not _later("Pittsburgh police said an argument led to a shooting Monday night Downtown that wounded "
                      "four people.", "Monday")


def test_a_day_that_names_the_shooting_is_the_incident_day():
    assert not _later("Police are looking for a Toledo woman charged in the Monday shooting of her 6-year-old "
                      "daughter in West Toledo, authorities said.", "Monday")


def test_an_article_read_on_its_statement_day_still_dissents_with_its_incident_day():
    docs = [
        _doc("a", "Two people were shot and killed at a Springfield bar early Saturday, police said. "
                  "Officers found both victims inside the bar."),
        _doc("b", "A gunman shot and killed two people at a bar in Springfield on Saturday. "
                  "Police have not named a suspect."),
        _doc("c", "Police announced on Wednesday their first break in Wednesday's early morning shooting at a "
                  "Springfield bar that killed two people. No arrests have been made."),
    ]
    dates = [c for c in corroborate_story(docs).conflicts if c.get("slot") == "date"]
    assert len(dates) == 1
    assert [v["sources"] for v in dates[0]["variants"]] == [["a", "b"], ["c"]]
    assert "Wednesday's early morning shooting" in dates[0]["variants"][1]["evidence"][0]["quote"]



def _date_conflicts(docs: list[Doc]) -> list[dict]:
    return [c for c in corroborate_story(docs).conflicts if c.get("slot") == "date"]


def test_an_undated_reports_weekday_is_a_guess_that_never_dissents():
    dated = [_doc(i, "A police officer shot and killed Alexandros Grigoropoulos, 15, in Athens on December 6, "
                     "police said. The killing set off riots across Greece.", "2008-12-08")
             for i in ("a", "b", "c")]
    undated = Doc(id="u", text="On Wednesday, two police officers involved in the fatal shooting of the teenager "
                               "in Athens were arrested, and one was charged with murder.")
    undated.context_date = "2008-12-13"  # the story's date: all an undated report's weekdays can lean on
    from crosswire.extract import extract_doc

    assert not _date_conflicts(dated + [extract_doc(undated)])
    # the same report with a date of its own says when it was written: its Wednesday can dissent
    dated_too = _doc("u", undated.text, "2008-12-13")
    assert _date_conflicts(dated + [dated_too])


def test_a_posting_stamp_and_a_fronted_statement_day_are_later_days():
    assert _later("The firm's blog posted in Hit and Run Accidents on Friday, September 20, 2013.",
                  "Friday, September 20, 2013")
    assert _later("Yesterday, the police explained that officers shot the teenager because he pointed a gun.",
                  "Yesterday")
    assert not _later("On Sunday, a man was shot in Athens, police said.", "Sunday")
