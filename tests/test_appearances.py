"""Appearances (who spoke to which outlet or programme): the seed corpus, cases, properties."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from crosswire.doc import Doc
from crosswire.extract.appearances import appearances_stage


def appearances(text: str) -> list[dict]:
    doc = appearances_stage(Doc(text=text))
    return [dict(s.attrs, phrase=doc.span_text(s)) for s in doc.spans_of("appearance")]


def _seed_cases() -> list[tuple[str, str, tuple[str, ...]]]:
    import json

    from shared_data import SEED

    path = SEED / "expected.json"
    if not path.exists():
        return [("missing", "", ())]
    expected = json.loads(path.read_text(encoding="utf-8"))
    return [(article, a["speaker_contains"], tuple(a["venue_any"]))
            for a in expected["appearances"] for article in a["sources_superset"]]


@pytest.mark.shared
@pytest.mark.parametrize("article,speaker,venues", _seed_cases())
def test_seed_appearance_found(seed_dir: Path, article: str, speaker: str, venues: tuple[str, ...]) -> None:
    text = next(seed_dir.glob(f"{article}*.txt")).read_text(encoding="utf-8")
    found = appearances(text)
    assert any(speaker.lower() in (a["speaker"] or "").lower()
               and any(v.lower() in a["venue"].lower() for v in venues) for a in found), found


def test_seed_programme_and_outlet_split(seed_dir: Path) -> None:
    text = next(seed_dir.glob("003_*.txt")).read_text(encoding="utf-8")
    found = {a["programme"]: a for a in appearances(text)}
    assert found["Face the Nation"]["outlet"] == "CBS"
    assert found["Face the Nation"]["venue"] == "CBS's Face the Nation"
    # "while on ABC’s “This Week,” he mentioned": the pronoun resolves to Bessent
    assert found["This Week"]["speaker"] == "Scott Bessent"
    assert found["This Week"]["phrase"].startswith("on ABC")


@pytest.mark.parametrize("text,speaker,venue", [
    ("Senator Maria Lopez told CNN that the bill was dead.", "Maria Lopez", "CNN"),
    ("In an interview with the Financial Times, Chancellor Otto Brandt said rates would rise.",
     "Otto Brandt", "Financial Times"),
    ("Governor Ana Silva, speaking to Sky News on Monday, denied the report.", "Ana Silva", "Sky News"),
    ("Mayor Lee Chan appeared on CBS’s “60 Minutes” last week.", "Lee Chan", "CBS's 60 Minutes"),
    ("Paul Meyer was calm. Asked on NPR’s “Morning Edition,” he said nothing had changed.",
     "Paul Meyer", "NPR's Morning Edition"),
    # a station by its channel number; a post on one's own social account; a confirmation given
    # to an agency, by the person a role is said to be
    ("Witness Verronica Lynch told News 2, \u201cI was standing in the bus station.\u201d",
     "Verronica Lynch", "News 2"),
    ("\u201cIt is sad,\u201d Mayor Greg Fischer said on his Twitter account, @louisvillemayor.",
     "Greg Fischer", "Twitter"),
    ("Williams' publicist, Harlan Boll, confirmed her death to the Associated Press on Thursday.",
     "Harlan Boll", "Associated Press"),
])
def test_general_patterns(text: str, speaker: str, venue: str) -> None:
    found = appearances(text)
    assert [(a["speaker"], a["venue"]) for a in found] == [(speaker, venue)]


def test_people_and_institutions_are_not_outlets() -> None:
    text = ("Minister Karl Bauer told Xi that tariffs on China would stay. He told Congress on Monday. "
            "Mayor Ann Ray confirmed the closure to the Senate. Chief Bo Lee was driving on Highway 2 when he "
            "said it.")
    assert appearances(text) == []


def test_anonymous_sources_are_sourcing_not_appearances() -> None:
    text = ("The actress checked into a clinic late Thursday, sources told the Daily News. "
            "A person familiar with the talks told Reuters that no deal was near. "
            "Her spokesman, Dan Roe, told CNN she was doing well.")
    assert [(a["speaker"], a["venue"]) for a in appearances(text)] == [("Dan Roe", "CNN")]


def test_empty() -> None:
    assert appearances("") == []


@settings(max_examples=200, deadline=None)
@given(st.lists(st.one_of(
    st.sampled_from(["told", "CNN", "’s", "“", "”", "Face the Nation", "in an interview with",
                     "he", "Anna Berg", "on", "Fox News", "\n", ","]),
    st.text(max_size=6)), max_size=30))
def test_spans_inside_text(parts: list[str]) -> None:
    text = " ".join(parts)
    doc = appearances_stage(Doc(text=text))
    for span in doc.spans_of("appearance"):
        assert 0 <= span.start <= span.end <= len(text)


def test_programme_named_before_its_station() -> None:
    text = "Transport Minister Petra Lindqvar told the Evening Bulletin programme on Radio Northwind that 38 bridges would be checked."
    found = appearances(text)
    assert [(a["speaker"], a["outlet"], a["programme"]) for a in found] == \
        [("Petra Lindqvar", "Radio Northwind", "Evening Bulletin")]
    assert found[0]["venue"] == "Radio Northwind's Evening Bulletin"
    assert found[0]["phrase"] == "told the Evening Bulletin programme on Radio Northwind"


@pytest.mark.parametrize("text,speaker,venue", [
    ('"They are absolutely not afraid," Gérard Bénézat, the store\'s insurer, told France Info.',
     "Gérard Bénézat", "France Info"),
    ("'Jonah was like my grandson,' Latanya Banks told MailOnline.", "Latanya Banks", "MailOnline"),
    ("Shane Caporaso, the foreman, told KNBC that the gunman ran.", "Shane Caporaso", "KNBC"),
    # the day it was said is no part of the venue; a programme's "Sunday" is
    ("Several victims were in surgery, Sgt. Eric Franz told CNN Sunday morning.", "Eric Franz", "CNN"),
    ("Senator Maria Lopez told Fox News Sunday that the bill was dead.", "Maria Lopez", "Fox News Sunday"),
])
def test_media_name_shapes_and_a_day_after_the_outlet(text: str, speaker: str, venue: str) -> None:
    assert [(a["speaker"], a["venue"]) for a in appearances(text)] == [(speaker, venue)]


def test_the_articles_own_outlet_is_no_appearance() -> None:
    text = "\"We have not identified an occupation,\" Gail Krause, a spokeswoman, told the Daily News."
    doc = appearances_stage(Doc(text=text, outlet="Daily News"))
    assert list(doc.spans_of("appearance")) == []
    doc = appearances_stage(Doc(text=text, url="https://www.nydailynews.com/news/crime/article-1.1267000"))
    assert list(doc.spans_of("appearance")) == []
    assert [a["venue"] for a in appearances(text)] == ["Daily News"]


def test_investigators_are_sourcing_not_someone_who_appeared() -> None:
    assert appearances("Investigators told Eyewitness News the gunman had fled.") == []
