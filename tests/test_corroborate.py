"""Corroboration on hand-built Docs (spans in the doc.py contract; no spaCy needed)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from crosswire.corroborate import corroborate_story
from crosswire.values import Amount, DateValue, Duration, compatible
from crosswire.doc import Doc


def make_doc(doc_id: str, text: str, spans: list[tuple[str, str, dict]]) -> Doc:
    """A Doc whose spans are placed by finding each surface string in ``text``."""
    doc = Doc(id=doc_id, text=text, path=f"{doc_id}.txt")
    cursor: dict[str, int] = {}
    for label, surface, attrs in spans:
        start = text.index(surface, cursor.get(surface, 0))
        cursor[surface] = start + 1
        doc.add_span(label, start, start + len(surface), **attrs)
    return doc


def day(iso: str) -> dict:
    return {"kind": "date", "iso": iso, "precision": "day", "modifier": None, "relative": False}


def pct(value: float, noun: str = "tariff", qualifier: str | None = None) -> dict:
    return {"value": value, "unit": "%", "qualifier": qualifier, "normalized": f"{value:g} %", "noun": noun}


def _story() -> list[Doc]:
    a = make_doc("a", "Trump threatened 100% tariffs on Chinese imports from November 1. "
                      "Trump and Xi will meet in Gyeongju on October 26. "
                      "The tariff truce expires on November 10. "
                      "China will delay its rare earth licensing for about a year.",
                 [("quantity", "100%", pct(100)), ("time", "November 1", day("2025-11-01")),
                  ("time", "October 26", day("2025-10-26")), ("time", "November 10", day("2025-11-10")),
                  ("time", "about a year", {"kind": "duration", "days": 365.0, "qualifier": "about"}),
                  ("entity", "Xi", {"type": "PERSON", "name": "Xi Jinping"}),
                  ("entity", "Gyeongju", {"type": "PLACE", "name": "Gyeongju"})])
    b = make_doc("b", "The U.S. had threatened a 100 percent levy on Chinese goods starting November 1. "
                      "Trump and Xi Jinping are scheduled to meet in Gyeongju on Thursday, October 30. "
                      "The truce expires in mid-November. "
                      "China will delay its rare earth licensing for one year. "
                      "A separate 20 percent tariff over fentanyl remains.",
                 [("quantity", "100 percent", pct(100, "levy")), ("time", "November 1", day("2025-11-01")),
                  ("time", "Thursday, October 30", day("2025-10-30")),
                  ("time", "mid-November", {"kind": "date", "iso": "2025-11", "precision": "month", "modifier": "mid"}),
                  ("time", "one year", {"kind": "duration", "days": 365.0}),
                  ("quantity", "20 percent", pct(20)),
                  ("entity", "Xi Jinping", {"type": "PERSON", "name": "Xi Jinping"}),
                  ("entity", "Gyeongju", {"type": "PLACE", "name": "Gyeongju"})])
    c = make_doc("c", "Washington may impose one hundred per cent duties on Chinese goods on November 1. "
                      "Trump will meet Xi in Gyeongju on October 30, officials said. "
                      "The trade truce is set to expire on November 10.",
                 [("quantity", "one hundred per cent", pct(100, "duty")), ("time", "November 1", day("2025-11-01")),
                  ("time", "October 30", day("2025-10-30")), ("time", "November 10", day("2025-11-10")),
                  ("entity", "Xi", {"type": "PERSON", "name": "Xi"}),
                  ("entity", "Gyeongju", {"type": "PLACE", "name": "Gyeongju"})])
    return [a, b, c]


def test_same_fact_worded_differently_is_one_corroborated_fact():
    found = corroborate_story(_story())
    hundred = [f for f in found.facts if f["normalized"] == "100 %"]
    assert len(hundred) == 1
    assert hundred[0]["sources"] == ["a", "b", "c"]
    assert hundred[0]["status"] == "corroborated" and hundred[0]["independent_sources"] == 3
    twenty = [f for f in found.facts if f["normalized"] == "20 %"]
    assert twenty and twenty[0]["status"] == "single-source" and twenty[0]["sources"] == ["b"]


def test_meeting_date_conflict_and_compatible_values_are_not_conflicts():
    found = corroborate_story(_story())
    assert len(found.conflicts) == 1
    conflict = found.conflicts[0]
    by_value = {v["normalized"]: set(v["sources"]) for v in conflict["variants"]}
    assert by_value == {"2025-10-30": {"b", "c"}, "2025-10-26": {"a"}}
    assert "meet" in conflict["subject"] and "Gyeongju" in conflict["subject"]
    values = " ".join(v["value"] for v in conflict["variants"])
    assert "mid-November" not in values and "year" not in values
    # the truce date: "mid-November" supports "November 10"
    truce = [f for f in found.facts if f["normalized"] == "2025-11-10"]
    assert truce and set(truce[0]["sources"]) == {"a", "b", "c"}
    year = [f for f in found.facts if f["kind"] == "duration"]
    assert year and set(year[0]["sources"]) == {"a", "b"}


def test_copies_count_once():
    docs = _story()
    found = corroborate_story(docs, roots={"a": "a", "b": "b", "c": "b"})
    hundred = next(f for f in found.facts if f["normalized"] == "100 %")
    assert hundred["independent_sources"] == 2 and hundred["copies"] == ["c"]


def test_timeline_merges_one_event_across_articles_oldest_first():
    found = corroborate_story(_story())
    dates = [e["date"] for e in found.timeline]
    assert dates == sorted(dates)
    nov1 = [e for e in found.timeline if e["date"] == "2025-11-01"]
    assert len(nov1) == 1 and nov1[0]["sources"] == ["a", "b", "c"]
    assert any(w in nov1[0]["description"].lower() for w in ("tariff", "levy", "duties"))


def test_entities_linked_across_articles_and_evidence_is_verbatim():
    docs = _story()
    found = corroborate_story(docs)
    xi = [e for e in found.entities if e["name"] == "Xi Jinping"]
    assert xi and set(xi[0]["sources"]) == {"a", "b", "c"}
    texts = {d.id: d.text for d in docs}
    for item in found.facts + found.timeline:
        for ev in item["evidence"]:
            assert ev["quote"] in texts[ev["article"]]
    for c in found.conflicts:
        for v in c["variants"]:
            for ev in v["evidence"]:
                assert ev["quote"] in texts[ev["article"]]


def test_quotes_merge_across_outlets_and_appearances_merge():
    a = make_doc("a", "Li said: \u201cThe US position has been tough, whereas China has been firm.\u201d "
                      "Bessent told ABC's This Week the deal was close.",
                 [("quote", "The US position has been tough, whereas China has been firm.",
                   {"speaker": "Li Chenggang", "content": "The US position has been tough, whereas China has been firm.",
                    "direct": True}),
                  ("appearance", "told ABC's This Week", {"speaker": "Scott Bessent", "venue": "ABC's This Week",
                                                          "outlet": "ABC", "programme": "This Week"}),
                  ("entity", "Li", {"type": "PERSON", "name": "Li Chenggang"})])
    b = make_doc("b", "\u201cThe U.S. position has been tough, while China has been firm,\u201d Li said. "
                      "Bessent told ABC the deal was close.",
                 [("quote", "The U.S. position has been tough, while China has been firm,",
                   {"speaker": "Li", "content": "The U.S. position has been tough, while China has been firm,",
                    "direct": True}),
                  ("appearance", "told ABC", {"speaker": "Bessent", "venue": "ABC", "outlet": "ABC"}),
                  ("entity", "Li", {"type": "PERSON", "name": "Li"}),
                  ("entity", "Bessent", {"type": "PERSON", "name": "Bessent"})])
    a.add_span("entity", 0, 0, type="PERSON", name="Scott Bessent")
    found = corroborate_story([a, b])
    li = [q for q in found.quotes if q["speaker"] == "Li Chenggang"]
    assert len(li) == 1 and li[0]["sources"] == ["a", "b"] and len(li[0]["variants"]) == 2
    apps = [x for x in found.appearances if "Bessent" in x["speaker"]]
    assert len(apps) == 1 and apps[0]["sources"] == ["a", "b"] and "This Week" in apps[0]["venue"]


def test_quoted_phrase_repeated_by_outlets_is_a_fact_but_titles_are_not():
    a = make_doc("a", "Li said the sides reached a \u201cpreliminary consensus\u201d on Sunday. "
                      "He spoke on \u201cMeet the Press\u201d.", [])
    b = make_doc("b", "The two sides had reached a preliminary consensus, Li said. Also on \u201cMeet the Press\u201d.", [])
    found = corroborate_story([a, b])
    phrases = [f for f in found.facts if f["kind"] == "phrase"]
    assert [f["normalized"] for f in phrases] == ["preliminary consensus"]
    assert phrases[0]["sources"] == ["a", "b"]


# -- value compatibility ----------------------------------------------------------------


def test_compatibility_rules():
    assert compatible(DateValue("2025-11", "month", "mid"), DateValue("2025-11-10"))
    assert not compatible(DateValue("2025-10-26"), DateValue("2025-10-30"))
    assert compatible(Duration(365, "about"), Duration(365))
    assert compatible(Amount(90, "%", "more than"), Amount(90, "percent"))
    assert not compatible(Amount(20, "%"), Amount(100, "%"))
    assert not compatible(Amount(100, "%"), Amount(100, "USD"))
    assert compatible(Amount(100, "people", "about"), Amount(110, "people"))
    assert not compatible(Amount(2, "people"), Amount(3, "people"))


@settings(max_examples=200, deadline=None)
@given(st.dates(), st.sampled_from(["day", "month", "year"]), st.sampled_from([None, "early", "mid", "late"]))
def test_a_date_is_compatible_with_its_coarser_self(d, precision, modifier):
    exact = DateValue(d.isoformat())
    iso = {"day": d.isoformat(), "month": d.isoformat()[:7], "year": d.isoformat()[:4]}[precision]
    coarse = DateValue(iso, precision, None if precision == "day" else modifier)
    if coarse.modifier is None:
        assert compatible(exact, coarse) and compatible(coarse, exact)
    assert compatible(coarse, coarse)


@settings(max_examples=200, deadline=None)
@given(st.floats(min_value=0.5, max_value=1e9), st.sampled_from([None, "about", "more than", "at least", "up to"]))
def test_amount_compatibility_is_symmetric_and_reflexive(value, qualifier):
    a = Amount(value, "%", qualifier)
    b = Amount(value * 1.5, "%")
    assert compatible(a, a)
    assert compatible(a, b) == compatible(b, a)


def test_quote_with_unresolved_speaker_joins_the_person_quoted_elsewhere():
    words = "I think we are going to have a deal with China."
    a = make_doc("a", f"Trump said, \u201c{words}\u201d", [
        ("quote", words, {"speaker": "Donald Trump", "content": words, "direct": True}),
        ("entity", "Trump", {"type": "PERSON", "name": "Donald Trump"})])
    b = make_doc("b", f"His administration has previously said, \u201c{words}\u201d", [
        ("quote", words, {"speaker": "His administration has previously", "content": words, "direct": True})])
    found = corroborate_story([a, b])
    assert [(q["speaker"], q["sources"]) for q in found.quotes] == [("Donald Trump", ["a", "b"])]


def test_quote_wordings_differing_in_punctuation_are_one_wording_and_places_do_not_speak():
    words = "I think we are going to have a deal with China"
    a = make_doc("a", f"\u201c{words}.\u201d Trump said. \u201cIt was a good day,\u201d Kuala Lumpur said.", [
        ("quote", f"{words}.", {"speaker": "Donald Trump", "content": f"{words}.", "direct": True}),
        ("quote", "It was a good day,", {"speaker": "Kuala Lumpur", "content": "It was a good day,", "direct": True}),
        ("entity", "Trump", {"type": "PERSON", "name": "Donald Trump"}),
        ("entity", "Kuala Lumpur", {"type": "PLACE", "name": "Kuala Lumpur"})])
    b = make_doc("b", f"Trump said, \u201c{words}\u201d", [
        ("quote", words, {"speaker": "Donald Trump", "content": words, "direct": True})])
    found = corroborate_story([a, b])
    assert [q["speaker"] for q in found.quotes] == ["Donald Trump"]
    assert len(found.quotes[0]["variants"]) == 1 and found.quotes[0]["variants"][0]["sources"] == ["a", "b"]


def test_a_quote_shortened_and_repunctuated_by_another_outlet_is_one_quote():
    full = ("We have agreed to meet. We are going to meet them later in Lisbon, and we are going to meet "
            "in Madrid, in either the palace or at the old harbour.")
    short = "We have agreed to meet later in Lisbon, and then in Madrid or the old harbour."
    other = "We are going to meet the farmers later and talk about the harbour."
    a = make_doc("a", f"Ana Reyes said: \u201c{full}\u201d She added: \u201c{other}\u201d", [
        ("quote", full, {"speaker": "Ana Reyes", "content": full, "direct": True}),
        ("quote", other, {"speaker": "Ana Reyes", "content": other, "direct": True}),
        ("entity", "Ana Reyes", {"type": "PERSON", "name": "Ana Reyes"})])
    b = make_doc("b", f"\u201c{short}\u201d Reyes said.", [
        ("quote", short, {"speaker": "Ana Reyes", "content": short, "direct": True})])
    found = corroborate_story([a, b])
    by_text = {q["text"]: q["sources"] for q in found.quotes}
    assert by_text == {full: ["a", "b"], other: ["a"]}  # shares words with both, but is another statement


def test_the_words_between_two_quotations_are_not_a_quoted_phrase():
    from crosswire.corroborate.claims import phrase_claims

    long_quote = "A bridge does not fail because of one bad night, or one bad week, or even one bad year"
    texts = {"a": f"\u201c{long_quote},\u201d she said. \u201cIt is many small decisions.\u201d",
             "b": f"\"{long_quote},\" she said. \"It is many small decisions.\" She called it \"tired steel\"."}
    docs = [Doc(id=k, text=t) for k, t in texts.items()]
    keys = {c.value for c in phrase_claims(docs)}
    assert not any("said" in k for k in keys)
    assert any("tired" in k for k in keys)  # a short quoted phrase still is one


def test_a_long_sentence_cut_for_evidence_keeps_who_said_it():
    from crosswire.corroborate.text import trim_evidence

    sentence = ("The negotiating team, led by the minister and her deputy from the trade office in the capital, "
                "said the framework also covers purchases of grain expected to resume after a pause in September, "
                "and work on chemicals, and talks over the rules for apps, ports, ships, fees and the many other "
                "matters the two sides have argued over for most of the past two years without any result at all.")
    at = sentence.index("September")
    lo, hi = trim_evidence(sentence, at, at + len("September"), 0, len(sentence))
    shown = sentence[lo:hi]
    assert shown.startswith("The negotiating team") and "September" in shown and hi - lo <= 320
    plain = sentence.replace("said the framework also covers", "and the framework also covers")
    lo, hi = trim_evidence(plain, at, at + len("September"), 0, len(plain))
    assert lo > 0  # no verb of saying after the cut: the window around the value as before


def test_a_quotes_tonight_is_the_speakers_day_not_a_dated_claim():
    from crosswire.corroborate.claims import doc_claims

    text = "\u201cWe have events tonight,\u201d the manager said on Saturday. The casino reopens tonight."
    doc = make_doc("a", text, [
        ("quote", "We have events tonight,", {"speaker": "the manager", "direct": True}),
        ("time", "tonight", {"kind": "date", "iso": "2013-01-27", "precision": "day", "relative": True,
                             "deictic": True}),
        ("time", "Saturday", day("2013-01-26") | {"relative": True}),
        ("time", "tonight", {"kind": "date", "iso": "2013-01-27", "precision": "day", "relative": True,
                             "deictic": True})])
    dated = [(c.surface, c.start) for c in doc_claims(doc)]
    assert ("Saturday", text.index("Saturday")) in dated
    assert ("tonight", text.rindex("tonight")) in dated and ("tonight", text.index("tonight")) not in dated


def test_a_duration_read_as_a_count_too_is_one_claim_and_agrees_with_a_year():
    from crosswire.corroborate.claims import doc_claims

    one = "China will delay its licensing rules for one year while it reviews the policy."
    a = make_doc("a", one, [("time", "one year", {"kind": "duration", "days": 365})])
    a.add_span("quantity", one.index("one year"), one.index("one year") + 8, value=1, unit="year",
               normalized="1 year")  # the same words, read as a count too
    assert [(c.kind, c.surface) for c in doc_claims(a)] == [("duration", "one year")]
    b = make_doc("b", "China will delay its licensing rules by about a year while the policy is reviewed.", [
        ("time", "about a year", {"kind": "duration", "days": 365, "qualifier": "about"})])
    found = corroborate_story([a, b])
    assert [f["status"] for f in found.facts if "licensing" in f["statement"]] == ["corroborated"]


def test_two_dissents_against_one_agreed_value_are_one_conflict_with_three_sides():
    from crosswire.corroborate.story import _merge_same_slot

    def side(value, sources):
        return {"value": value, "normalized": value.title(), "sources": sources, "evidence": []}

    houston = side("Houston", ["a", "b", "c"])
    conflicts = [{"subject": "place of the incident", "variants": [houston, side("Chatham", ["d"])]},
                 {"subject": "place of the incident", "variants": [dict(houston), side("CHICAGO", ["e"])]},
                 {"subject": "date of the hearing", "variants": [side("Monday", ["a"]), side("Friday", ["d"])]}]
    merged = _merge_same_slot(conflicts)
    assert [[v["value"] for v in c["variants"]] for c in merged] == [["Houston", "Chatham", "CHICAGO"],
                                                                     ["Monday", "Friday"]]


def test_a_group_named_by_its_size_is_no_count_to_compare():
    from crosswire.corroborate.claims import doc_claims

    text = "Li said the two sides agreed. Two people were hurt. The world's two largest economies met. The 300 workers left."
    doc = make_doc("a", text, [
        ("quantity", "two", {"value": 2, "unit": "side", "noun": "side"}),
        ("quantity", "Two", {"value": 2, "unit": "people", "noun": "people"}),
        ("quantity", "two", {"value": 2, "unit": "economy", "noun": "economy"}),
        ("quantity", "300", {"value": 300, "unit": "worker", "noun": "worker"})])
    assert [c.surface for c in doc_claims(doc)] == ["Two", "300"]


def test_a_bound_far_below_a_figure_does_not_corroborate_it():
    from crosswire.extract import extract_doc
    from crosswire.corroborate.align import corroborates

    assert corroborates(Amount(20, "people", "at least"), Amount(24, "people"))
    assert not corroborates(Amount(1, "people", "at least"), Amount(24, "people"))
    assert not corroborates(Amount(300, "house", "more than"), Amount(1500, "house", "about"))
    texts = {
        "a": "The earthquake in Aceh province left 24 people dead and destroyed hundreds of homes, officials said.",
        "b": "The earthquake in Aceh province left 24 people dead and damaged hundreds of homes, the agency said.",
        "c": "The earthquake in Aceh province left at least one person dead and damaged homes, officials said.",
    }
    docs = [extract_doc(Doc(id=k, text=v, published="2013-07-02")) for k, v in texts.items()]
    found = corroborate_story(docs)
    toll = [f for f in found.facts if f["normalized"].startswith("24 ")]
    assert len(toll) == 1 and sorted(toll[0]["sources"]) == ["a", "b"]


def test_one_exact_price_worded_five_ways_is_one_fact():
    from crosswire.extract import extract_doc

    texts = {
        "a": "In a bold move, the chipmaker will acquire low-power server specialist Nimbus for $334 million.",
        "b": "The chipmaker is buying Nimbus today for $334 million, including $281 million in cash.",
        "c": "The company will pay US$334 million in cash and stock for Nimbus, an 80-employee startup.",
        "d": "The chipmaker is paying US$334 million for Nimbus, which had a tight partnership with a rival.",
        "e": "On Wednesday the company announced a deal to acquire startup Nimbus, a maker of data center "
             "fabric technology, for $334 million.",
    }
    docs = [extract_doc(Doc(id=k, text=v, published="2012-02-29")) for k, v in texts.items()]
    found = corroborate_story(docs)
    price = [f for f in found.facts if f["kind"] == "amount" and f["normalized"].startswith("334000000 ")]
    assert len(price) == 1 and sorted(price[0]["sources"]) == ["a", "b", "c", "d", "e"]


def test_one_description_typed_with_two_apostrophes_is_one_speaker():
    words = "she is in rehab right now and doing well"
    a = make_doc("a", f"Lohan\u2019s attorney said {words}.", [
        ("quote", words, {"speaker": "Lohan\u2019s attorney", "content": words, "direct": False})])
    b = make_doc("b", f"Lohan's attorney said {words}.", [
        ("quote", words, {"speaker": "Lohan's attorney", "content": words, "direct": False})])
    found = corroborate_story([a, b])
    assert [(q["speaker"], q["sources"]) for q in found.quotes] == [("Lohan's attorney", ["a", "b"])]
