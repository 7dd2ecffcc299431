"""Facts the seventh blind review found made of page stamps and subheads: a line that is only a
date or a clock time ("First Posted 23:37:00 05/05/2010", "Monday, 2:38 a.m.") tells of nothing."""

from crosswire.corroborate import corroborate_story
from crosswire.doc import Doc
from crosswire.extract import extract_doc


def test_a_stamp_or_a_time_subhead_is_no_fact_and_no_event():
    texts = {
        "a": "Three die as bank is set on fire\n\nFirst Posted 23:37:00 05/05/2010\n\nThree people died when "
             "protesters set fire to a bank in Athens on Wednesday, police said.\n\nMonday, 2:38 a.m.\n\n"
             "Firefighters arrived at 2:40 a.m. and found the bodies.",
        "b": "Three people died on Wednesday when protesters set fire to a bank in Athens.\n\nMonday, 2:38 a.m.\n\n"
             "Firefighters arrived at 2:40 a.m., officials said.",
    }
    docs = [extract_doc(Doc(id=k, text=v, published="2010-05-05")) for k, v in texts.items()]
    story = corroborate_story(docs, {k: k for k in texts})
    quotes = [e["quote"] for f in story.facts for e in f["evidence"]] + \
             [e["quote"] for ev in story.timeline for e in ev["evidence"]]
    assert not [q for q in quotes if "First Posted" in q or q.strip() == "Monday, 2:38 a.m."]
    # the times told in sentences stay
    assert any("2:40 a.m." in f["statement"] for f in story.facts)


def test_a_value_spelt_otherwise_in_a_corroborated_statement_is_no_single_source_line_of_its_own():
    from crosswire.corroborate.story import _without_restated_singles

    a = "During the unrest, one protester threw a petrol bomb."
    b = "During the unrest, one protestor threw a petrol bomb."
    c = "The three bank workers were killed after a protester threw a petrol bomb inside, and one protester fled."
    d = "He was speeding down state Route 94 when one protester threw a petrol bomb."

    def fact(kind, status, value, quotes):
        return {"kind": kind, "status": status, "value": value, "statement": quotes[0][1],
                "sources": [q[0] for q in quotes], "evidence": [{"article": x, "quote": q} for x, q in quotes]}

    statement = fact("statement", "corroborated", "", [("a", a), ("b", b), ("c", c), ("d", d)])
    singles = [fact("amount", "single-source", "one protester", [("a", "one protester threw a petrol bomb")]),
               fact("amount", "single-source", "one protestor", [("b", "one protestor threw a petrol bomb")]),
               fact("amount", "single-source", "Route 94", [("d", "speeding down state Route 94")])]
    kept = _without_restated_singles([statement, *singles])
    # "one protester" is in c's sentence too; the Route 94 only d gives
    assert [f["value"] for f in kept] == ["", "Route 94"]
