"""Quantities: numbers in digits and words, units, qualifiers, counted nouns."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from crosswire.doc import Doc
from crosswire.extract.numbers import parse_number
from crosswire.extract.quantities import iter_quantities, quantities_stage
from crosswire.values import format_number


def quantities(text: str) -> list[tuple[str, dict]]:
    doc = quantities_stage(Doc(text=text))
    return [(doc.span_text(s), s.attrs) for s in doc.spans_of("quantity")]


def only(text: str) -> tuple[str, dict]:
    found = quantities(text)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize("words,value", [
    ("one hundred", 100), ("twenty-five", 25), ("twenty five", 25), ("three million", 3_000_000),
    ("one hundred and five", 105), ("a dozen", 12), ("1,200", 1200), ("1.5", 1.5), ("seventeen", 17),
    ("two thousand three hundred", 2300),
])
def test_parse_number(words, value):
    assert parse_number(words) == value


def test_parse_number_rejects_words_that_are_not_numbers():
    assert parse_number("tariff") is None
    assert parse_number("") is None


def test_percent_in_words_digits_and_symbol_normalise_alike():
    for text in ["imposing one hundred per cent tariffs on goods", "Trump's 100 percent tariffs on imports",
                 "a 100% tariff on Chinese imports", "a 100 per cent tariff"]:
        surface, attrs = only(text)
        assert attrs["normalized"] == "100 %", text
        assert attrs["value"] == 100 and attrs["unit"] == "%"
        assert attrs["noun"] == "tariff"
    assert only("imposing one hundred per cent tariffs")[0] == "one hundred per cent"


def test_money_with_scale():
    surface, attrs = only("The company agreed a $1.2 billion settlement.")
    assert surface == "$1.2 billion"
    assert attrs["normalized"] == "1200000000 USD"
    surface, attrs = only("raised €3bn from investors")
    assert attrs["normalized"] == "3000000000 EUR"


@pytest.mark.parametrize("text,qualifier,value", [
    ("China dominates more than 90% of supply", "more than", 90),
    ("China dominates over 90 percent of global rare earth supply", "more than", 90),
    ("about 40 people gathered", "about", 40),
    ("nearly 300 homes", "nearly", 300),
    ("at least five people died", "at least", 5),
    ("up to 2,000 troops", "up to", 2000),
    ("fewer than ten ships", "less than", 10),
])
def test_qualifiers(text, qualifier, value):
    surface, attrs = only(text)
    assert attrs["qualifier"] == qualifier
    assert attrs["value"] == value
    # the qualifier is part of the evidence span
    assert surface.split()[0].lower() in {"more", "over", "about", "nearly", "at", "up", "fewer"}


def test_counts_of_people_and_casualties():
    found = quantities("Two killed, three injured in shooting on Main Street")
    assert [(s, a["value"], a["unit"], a["noun"]) for s, a in found] == [
        ("Two", 2, "people", "killed"), ("three", 3, "people", "injured")]
    surface, attrs = only("Police said four people were shot.")
    assert attrs["noun"] == "people" and attrs["unit"] == "people" and attrs["normalized"] == "4 people"
    assert attrs["predicate"] == "shot"
    surface, attrs = only("Three young children have been fatally wounded.")
    assert attrs["predicate"] == "wounded"


def test_hyphenated_durations_and_dozen():
    surface, attrs = only("a six-month trade truce")
    assert surface == "six-month" and attrs["unit"] == "month" and attrs["value"] == 6 and attrs["noun"] == "truce"
    surface, attrs = only("his five-day Asia tour")
    assert attrs["unit"] == "day" and attrs["value"] == 5
    surface, attrs = only("a dozen officers")
    assert attrs["value"] == 12 and attrs["unit"] == "people"
    # "several dozen" is at least two dozen: it must not contradict "140 were wounded"
    surface, attrs = only("several dozen people were wounded")
    assert surface == "several dozen" and (attrs["value"], attrs["qualifier"]) == (24, "at least")


def test_dates_times_years_and_addresses_are_not_quantities():
    assert quantities("On November 1, 2025 at 6 p.m. the deal began") == []
    assert quantities("It starts on 17 February in 2026.") == []
    assert quantities("Call 252-972-1411 about the 4800 block of Madyson Ridge Dr") == []
    assert quantities("No one was hurt in the 21st century") == []


def test_spans_are_verbatim():
    text = "Officials said roughly 1,500 tonnes of grain and 20 percent more fuel were shipped."
    doc = quantities_stage(Doc(text=text))
    spans = list(doc.spans_of("quantity"))
    assert [doc.span_text(s) for s in spans] == ["roughly 1,500 tonnes", "20 percent"]
    assert spans[0].attrs["unit"] == "tonne" and spans[0].attrs["qualifier"] == "about"


def test_format_number():
    assert format_number(1.2e9) == "1200000000"
    assert format_number(0.5) == "0.5"


def test_stage_replaces_its_own_spans_on_rerun():
    doc = Doc(text="two killed")
    quantities_stage(quantities_stage(doc))
    assert len(list(doc.spans_of("quantity"))) == 1


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_random_text_never_crashes_and_spans_lie_inside(text):
    for start, end, attrs in iter_quantities(text):
        assert 0 <= start < end <= len(text)
        assert isinstance(attrs["value"], float)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.one_of(st.integers(min_value=0, max_value=10**30).map(str),
                          st.sampled_from(["percent", "%", "$", "billion", "more than", "one hundred", "per cent",
                                           "-month", "twenty-five", ",", ".", " ", "people", "killed", "bn"])),
                max_size=12))
def test_number_like_soup_never_crashes(parts):
    text = " ".join(parts)
    for start, end, attrs in iter_quantities(text):
        assert 0 <= start < end <= len(text)
        assert attrs["normalized"]


def test_partitives_and_family_sizes():
    from crosswire.doc import Doc
    from crosswire.extract import extract_doc

    def counted(text: str) -> list[tuple[str, str]]:
        d = extract_doc(Doc(id="x", text=text, published="2013-07-02"))
        return [(d.span_text(s), s.attrs["normalized"]) for s in d.spans_of("quantity")]

    # "one of Egypt's largest providers" counts providers, not Egypt
    assert counted("Etisalat is one of Egypt's largest internet service providers.") == [("one", "1 provider")]
    # "a mother of two" has two children: no toll of two people
    assert ("two", "2 children") in counted("A 59-year-old mother of two died when a driver struck her.")
    assert counted("Two of the victims died at the scene.") == [("Two", "2 people")]


@pytest.mark.parametrize("text,value,unit", [
    ("The 170,000-square-foot building opened.", 170000, "sq ft"),
    ("The 15,800-square-metre building opened.", 15800, "m²"),
    ("The mall has 170,000 square feet of shops.", 170000, "sq ft"),
    ("The fire burned 40 square miles.", 40, "sq mi"),
    ("The wall is 10 feet tall.", 10, "foot"),
])
def test_areas_keep_their_square_unit(text, value, unit):
    _, attrs = only(text)
    assert (attrs["value"], attrs["unit"]) == (value, unit)


def test_road_numbers_are_names_not_figures():
    for text in ("He drove north on the 5 Freeway to the southbound 55 Freeway.", "The crash closed Loop 610.",
                 "Traffic on the 405 freeway stopped.", "A car left Highway 1 near the beach."):
        assert list(iter_quantities(text)) == [], text
    assert [a["normalized"] for _, _, a in iter_quantities("The crash on Highway 1 killed 5 people.")] == ["5 people"]


def test_a_number_joined_to_a_word_takes_that_word_as_its_unit():
    from crosswire.extract.quantities import iter_quantities

    text = ("The Colts went on a 13-play, 73-yard drive after Charles broke off an 86-yd run. "
            "Luck threw for 205 yards. Two-thirds of the fans stayed for the three-and-out.")
    found = {text[s:e]: a["normalized"] for s, e, a in iter_quantities(text)}
    assert found["13-play"] == "13 play"
    assert found["73-yard"] == "73 yard" and found["86-yd"] == "86 yard" and found["205 yards"] == "205 yard"
    assert found["Two"] == "2" and found["three"] == "3"


def test_a_bare_scale_letter_before_a_currency_word_is_millions():
    span, attrs = only("Jewellery worth 11m euros was taken.")
    assert span == "11m euros" and attrs["normalized"] == "11000000 EUR"
    found = quantities("goods worth 2m euros (£1.7m; $2.6m) were stolen")
    assert [a["normalized"] for _, a in found] == ["2000000 EUR", "1700000 GBP", "2600000 USD"]
    # no currency: a glued "m" is metres, or (before a plural noun) millions spelt short, never read
    assert only("he fell 200m down a gully")[1]["normalized"] == "200 m"
    assert only("the firm has 5m customers")[0] == "5"
    assert only("a climber fell 2,000ft to his death")[1]["normalized"] == "2000 foot"


def test_a_number_that_names_a_precinct_or_a_gate_is_no_count():
    found = quantities("Two deputy constables from Precinct 5 were shot near Gate 12.")
    assert [span for span, _ in found] == ["Two"]
    assert only("5 were shot")[1]["normalized"] == "5 people"


def test_a_currency_joined_by_a_hyphen_is_the_amounts_unit():
    span, attrs = only("Thieves pulled off a two million-euro jewellery heist in Paris.")
    assert span == "two million-euro" and attrs["normalized"] == "2000000 EUR" and attrs["noun"] == "heist"


def test_yards_are_a_measure_however_the_number_is_written():
    assert only("Luck hit Wayne with a 7-yard touchdown pass.")[1]["normalized"] == "7 yard"
    assert only("A Reggie Wayne seven-yard touchdown reception won it.")[1]["normalized"] == "7 yard"
    assert only("Succop tied the game with a 47-yd field goal.")[1]["normalized"] == "47 yard"
    assert only("Charles ran for 226 yards.")[1]["normalized"] == "226 yard"


def test_a_running_total_named_before_its_figure_counts_that_thing():
    text = "The two deaths raise the city's homicide total to 104 for 2016. The death toll rose to 12."
    found = {text[s:e]: a["normalized"] for s, e, a in iter_quantities(text)}
    assert found["104"] == "104 homicide" and found["12"] == "12"


@pytest.mark.parametrize("text", ["shot his 11 year-old son in the cheek", "police said the boy was 11 years old",
                                  "an 11-year-old boy"])
def test_an_age_written_apart_is_an_age(text):
    (_, _, quantity), = iter_quantities(text)
    assert quantity["normalized"] == "11 years old"


def test_years_before_a_word_that_starts_with_old_stay_years():
    (_, _, quantity), = iter_quantities("for 11 years older residents paid more")
    assert quantity["unit"] == "year"


def test_a_day_after_the_counted_noun_is_not_what_is_counted():
    doc = quantities_stage(Doc(text="Doug McDermott scored 23 points Friday and became the school's leading scorer."))
    (span,) = doc.spans_of("quantity")
    assert span.attrs["normalized"] == "23 point"


@pytest.mark.parametrize("text", ["He served 4 1/2 months in federal prison.", "He served 4½ months in prison.",
                                  "He served 4-1/2 months in prison."])
def test_a_whole_number_and_a_half_is_one_figure(text):
    (_, _, quantity), = iter_quantities(text)
    assert quantity["value"] == 4.5 and quantity["unit"] == "month"
    assert parse_number("1/2") is None  # a fraction alone may be a date ("1/2/2015")


@pytest.mark.parametrize("text, value, unit", [("He served four and a half months in prison.", 4.5, "month"),
                                               ("Police said a half dozen people were hurt.", 6, "people"),
                                               ("Police said a half-dozen people were hurt.", 6, "people")])
def test_halves_in_words_are_one_figure(text, value, unit):
    (_, _, quantity), = iter_quantities(text)
    assert (quantity["value"], quantity["unit"]) == (value, unit)


def test_a_police_release_counting_males_and_females_counts_people():
    from crosswire.doc import Doc
    from crosswire.extract import extract_doc

    d = extract_doc(Doc(id="a", text="Eleven males and one female were shot. One woman is in critical condition.",
                        published="2016-08-21"))
    found = [(d.span_text(s).lower(), s.attrs["unit"], s.attrs["noun"]) for s in d.spans_of("quantity")]
    assert found == [("eleven", "people", "man"), ("one", "people", "woman"), ("one", "people", "woman")]
