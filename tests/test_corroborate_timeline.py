"""The timeline: one event per happening, however each outlet words it."""

from __future__ import annotations

from crosswire.corroborate import corroborate_story
from crosswire.doc import Doc


def _doc(doc_id: str, text: str, dates: dict[str, str], names: dict[str, str] | None = None) -> Doc:
    """A Doc with a day span at each date surface and an entity span at each name."""
    doc = Doc(id=doc_id, text=text, path=f"{doc_id}.txt")
    for surface, iso in dates.items():
        start = text.index(surface)
        doc.add_span("time", start, start + len(surface), kind="date", iso=iso, precision="day",
                     modifier=None, relative=True)
    for surface, kind in (names or {}).items():
        start = text.index(surface)
        doc.add_span("entity", start, start + len(surface), type=kind, name=surface)
    return doc


def _events(found, day: str) -> list[list[str]]:
    return [e["sources"] for e in found.timeline if e["date"] == day]


def test_a_name_one_outlet_tags_and_another_writes_in_plain_words_is_one_event():
    a = _doc("a", "Police have this morning charged him and he will appear before Furness District Magistrates "
                  "on Monday. The two women were found dead at the house in Millom.",
             {"on Monday": "2013-06-10"}, {"Furness District Magistrates": "ORG", "Millom": "PLACE"})
    b = _doc("b", "He is due before Furness district magistrates' court on Monday. "
                  "Neighbours said the family had lived in Millom for years.",
             {"on Monday": "2013-06-10"}, {"Millom": "PLACE"})
    assert _events(corroborate_story([a, b]), "2013-06-10") == [["a", "b"]]


def _camp_story(extra: Doc) -> list[Doc]:
    a = _doc("a", "The Yida refugee camp in South Sudan was bombed on Thursday afternoon, aid workers said. "
                  "A vigil for peace was held in Juba on Thursday evening.",
             {"on Thursday afternoon": "2011-11-10", "on Thursday evening": "2011-11-10"},
             {"Yida": "PLACE", "South Sudan": "PLACE", "Juba": "PLACE"})
    b = _doc("b", "Warplanes bombed the Yida refugee camp on Thursday, the UN refugee agency said.",
             {"on Thursday": "2011-11-10"}, {"Yida": "PLACE"})
    return [a, b, extra]


def test_an_outlet_telling_the_days_main_event_in_its_own_words_joins_it():
    c = _doc("c", "Our correspondent reached the settlement at about noon on Thursday as a second round of bombs hit. "
                  "Thousands have fled the fighting across the border since June.",
             {"on Thursday": "2011-11-10"})
    found = corroborate_story(_camp_story(c))
    assert ["a", "b", "c"] in _events(found, "2011-11-10")


def test_other_happenings_of_the_day_stay_apart():
    # the vigil of an outlet the main event already has, and another outlet's news that shares no
    # word with the bombing, are events of their own
    d = _doc("d", "The finance minister resigned on Thursday after a row over the budget.",
             {"on Thursday": "2011-11-10"})
    events = _events(corroborate_story(_camp_story(d)), "2011-11-10")
    assert ["a", "b"] in events and ["a"] in events and ["d"] in events


def test_what_happens_as_a_rule_is_no_event_of_the_story():
    from doc_helpers import corroborated

    texts = ["A British climber fell to his death on Mount Sefton on Saturday. The climbing season generally "
             "starts in November, police said.",
             "Police said the climber died on Saturday. The climbing season generally starts in November."]
    found = corroborated(texts, "2013-09-15")
    assert [e["date"] for e in found.timeline if e["date"].startswith("2013-11")] == []
    assert any(e["date"] == "2013-09-14" for e in found.timeline)


def test_a_page_date_stamp_is_no_event():
    from doc_helpers import corroborated

    found = corroborated(["Microsoft released an emergency fix on Tuesday for the browser flaw.\n\n"
                          "Reuters Sep 18, 2013, 02.16PM IST\n\nThe company said attacks were limited."],
                         "2013-09-18")
    assert [e["date"] for e in found.timeline] == ["2013-09-17"], found.timeline
