"""Quotes with speakers: the seed corpus, hand-written cases, and property tests."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from crosswire.doc import Doc
from crosswire.extract.quotemarks import find_quotes
from crosswire.extract.quotes import extract_quotes, quotes_stage


def run(text: str) -> list:
    doc = quotes_stage(Doc(text=text))
    return list(doc.spans_of("quote"))


def quotes_of(text: str) -> list[tuple[str, str | None, bool]]:
    return [(text[s.start:s.end], s.attrs["speaker"], s.attrs["direct"]) for s in run(text)]


# --- the seed corpus: every expected quote in every listed article -----------------------------

def _seed_cases() -> list[tuple[str, str, str]]:
    import json

    from shared_data import SEED

    path = SEED / "expected.json"
    if not path.exists():
        return [("missing", "", "")]
    expected = json.loads(path.read_text(encoding="utf-8"))
    return [(article, q["speaker_contains"], q["text_contains"])
            for q in expected["quotes"] for article in q["sources_superset"]]


@pytest.mark.shared
@pytest.mark.parametrize("article,speaker,words", _seed_cases())
def test_seed_quote_found_with_speaker(seed_dir: Path, article: str, speaker: str, words: str) -> None:
    text = next(seed_dir.glob(f"{article}*.txt")).read_text(encoding="utf-8")
    doc = quotes_stage(Doc(text=text))
    found = [s for s in doc.spans_of("quote") if words.lower() in doc.span_text(s).lower()]
    assert found, f"no quote containing {words!r} in {article}"
    speakers = [s.attrs["speaker"] for s in found]
    assert any(sp and speaker.lower() in sp.lower() for sp in speakers), speakers
    for s in found:
        assert s.attrs["content"] == doc.span_text(s)


def test_seed_li_speaker_through_interpreter(seed_dir: Path) -> None:
    """'“…,” he said through an interpreter' after a sentence naming Li Chenggang."""
    text = next(seed_dir.glob("002_*.txt")).read_text(encoding="utf-8")
    doc = quotes_stage(Doc(text=text))
    quote = next(s for s in doc.spans_of("quote") if "position has been tough" in doc.span_text(s))
    assert quote.attrs["speaker"] == "Li Chenggang"
    assert doc.text[quote.attrs["speaker_start"]:quote.attrs["speaker_end"]] == "he"
    assert quote.attrs["direct"] is True


def test_programme_titles_are_not_quotes(seed_dir: Path) -> None:
    text = next(seed_dir.glob("003_*.txt")).read_text(encoding="utf-8")
    contents = [c for c, _, _ in quotes_of(text)]
    assert "Face the Nation" not in contents and "This Week" not in contents
    assert "candid" in contents


# --- hand-written cases ------------------------------------------------------------------------

def test_attribution_after_the_quote() -> None:
    text = "Janet Okafor runs the port. “We will reopen on Monday,” Okafor said."
    assert ("We will reopen on Monday", "Janet Okafor", True) in quotes_of(text)


def test_inverted_attribution() -> None:
    text = "Officials met in Lagos. “Nothing is settled,” said Maria Lopez, the envoy."
    quotes = quotes_of(text)
    assert quotes[0][0] == "Nothing is settled"
    assert quotes[0][1] == "Maria Lopez"


def test_attribution_before_the_quote_and_pronoun() -> None:
    text = ("Prime Minister Anna Berg arrived late. She said, “The budget is final.” "
            "Later she added: “No more changes.”")
    quotes = {c: sp for c, sp, d in quotes_of(text) if d}
    assert quotes["The budget is final."] == "Anna Berg"
    assert quotes["No more changes."] == "Anna Berg"


def test_quote_continued_after_attribution() -> None:
    text = "“We are ready,” said Tom Ruiz. “The talks went well.”"
    quotes = {c: sp for c, sp, d in quotes_of(text) if d}
    assert quotes["The talks went well."] == "Tom Ruiz"


def test_quote_across_paragraphs() -> None:
    text = "Carla Diaz spoke first. “The first part\n\n“and the second part,” Diaz said."
    quotes = [q for q in quotes_of(text) if q[2]]
    assert len(quotes) == 1
    assert quotes[0][0].startswith("The first part") and quotes[0][0].endswith("second part")
    assert quotes[0][1] == "Carla Diaz"


def test_single_marked_quote_across_paragraphs_keeps_its_speaker() -> None:
    text = ("‘Seven victims were shot,’ said police chief Michael Ciminelli.\n\n"
            "‘We will run this down and find out who did this.\n\n"
            "‘This was an outrageous act.’\n\n"
            "The names of the victims have not been released.")
    quotes = {q[0]: q[1] for q in quotes_of(text) if q[2]}
    assert quotes == {"Seven victims were shot": "Michael Ciminelli",
                      "We will run this down and find out who did this.": "Michael Ciminelli",
                      "This was an outrageous act.": "Michael Ciminelli"}
    # an unclosed single mark the next paragraph does not go on from stays unbalanced
    assert find_quotes("‘We will run this down.\n\nThe names were not released.") == []


def test_a_single_mark_spaced_off_the_words_it_closes() -> None:
    text = ("A relative said Jenkin had been ill for years.\n\n"
            "'John begged people for help, but he didn't get it, ' she said.")
    quotes = [q for q in quotes_of(text) if q[2]]
    assert quotes == [("John begged people for help, but he didn't get it", "relative", True)]


def test_partial_quote_and_role_noun() -> None:
    text = ("Finance Minister Ravi Menon met the board. The finance minister said the plan was "
            "“fully funded” and would start in May.")
    quotes = quotes_of(text)
    direct = [q for q in quotes if q[2]]
    assert direct == [("fully funded", "Ravi Menon", True)]
    reported = [q for q in quotes if not q[2]]
    assert reported and reported[0][1] == "Ravi Menon"
    assert reported[0][0].startswith("the plan was")


def test_reported_speech_and_according_to() -> None:
    text = ("Sara Klein said the factory would close in June. "
            "The deal is off, according to the union.")
    quotes = quotes_of(text)
    assert ("the factory would close in June", "Sara Klein", False) in quotes
    assert ("The deal is off", "union", False) in quotes


def test_straight_marks_and_apostrophes() -> None:
    text = "Tom O'Neil said: \"It's the farmers' turn now.\" That's all."
    quotes = [q for q in quotes_of(text) if q[2]]
    assert quotes == [("It's the farmers' turn now.", "Tom O'Neil", True)]


def test_single_marks_are_not_apostrophes() -> None:
    marks = find_quotes("It’s Trump‘s plan, the ‘final offer’ for farmers’ groups.")
    assert [m.double for m in marks] == [False]


def test_unbalanced_marks_produce_nothing() -> None:
    assert find_quotes("He said “this never ends\n\nNext paragraph without a mark.") == []


def test_empty_text() -> None:
    assert extract_quotes(Doc(text="")) == []
    assert run("   \n ") == []


# --- properties --------------------------------------------------------------------------------

_MARKS = st.sampled_from(list("“”\"‘’'„«» \n,.")) 
_WORDS = st.sampled_from(["he said", "Anna Berg", "told", "said", "“", "”", "’s", "according to",
                          "\n\n", ". ", "X", "interview with CNN", "that"])


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=200))
def test_random_unicode_never_crashes(text: str) -> None:
    for span in run(text):
        assert 0 <= span.start <= span.end <= len(text)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.one_of(_MARKS, _WORDS, st.text(max_size=8)), max_size=40))
def test_unbalanced_marks_spans_inside_text(parts: list[str]) -> None:
    text = " ".join(parts)
    for span in run(text):
        assert 0 <= span.start <= span.end <= len(text)
        start, end = span.attrs["speaker_start"], span.attrs["speaker_end"]
        if start is not None:
            assert 0 <= start <= end <= len(text)
    for mark in find_quotes(text):
        # a single-marked paragraph that the next one goes on from has no closing mark: its
        # content runs to the paragraph's end (close == end)
        assert 0 <= mark.open < mark.start <= mark.end <= mark.close <= len(text)
        assert mark.end < mark.close or not mark.double


def test_attribution_scope_adds_stances_and_headlines() -> None:
    text = ("Pence: Flowers Will Not Be at the Debate.\n\n"
            "Senator Ruth Adler called for a new inquiry. The leak was first reported by The Daily Star.")
    speech = extract_quotes(Doc(text=text))
    assert all(q["kind"] in {"direct", "reported"} for q in speech)
    wide = extract_quotes(Doc(text=text), scope="attribution")
    found = {(q["kind"], q["speaker"], q["content"]) for q in wide}
    assert ("stance", "Ruth Adler", "for a new inquiry") in found
    assert any(k == "headline" and c.startswith("Flowers Will Not") for k, _, c in found)
    assert any(k == "stance" and sp and "Daily Star" in sp and c == "The leak" for k, sp, c in found)
    with pytest.raises(ValueError):
        extract_quotes(Doc(text=text), scope="everything")


def test_typewriter_double_marks() -> None:
    text = "''The sooner he releases them, the better,'' Mr. Goldberg told CNBC."
    quotes = [q for q in quotes_of(text) if q[2]]
    assert quotes[0][0] == "The sooner he releases them, the better"
    assert quotes[0][1] and "Goldberg" in quotes[0][1]


def test_dash_attribution_and_said_first() -> None:
    text = "“He represents our greatest shame.” ― Sonya Herridge\nSaid Ellis: “I don’t get the sense she cares.”"
    quotes = {c: sp for c, sp, d in quotes_of(text) if d}
    assert quotes["He represents our greatest shame."] == "Sonya Herridge"
    # the small model may read "Said Ellis" as one name; the speaker must be Ellis either way
    assert "Ellis" in (quotes["I don’t get the sense she cares."] or "")


def test_quote_goes_on_after_a_long_attribution() -> None:
    text = ('"It is not working," said Victor Cha, a Korea scholar at the Center for Strategic Studies. '
            '"There is no bigger threat than this."')
    quotes = {c: sp for c, sp, d in quotes_of(text) if d}
    assert quotes["There is no bigger threat than this."] == "Victor Cha"


def test_parenthetical_said_reports_the_sentence() -> None:
    text = "Senator Maria Lopez spoke. The museum, Lopez said, would make visitors face hard truths."
    reported = [(c, sp) for c, sp, d in quotes_of(text) if not d]
    assert ("would make visitors face hard truths", "Maria Lopez") in reported


def test_trailing_attribution_needs_a_comma_not_a_full_stop() -> None:
    text = "Tom Ruiz spoke. “We are ready.” His team has threatened new tariffs."
    quotes = [q for q in quotes_of(text) if q[2]]
    assert quotes and quotes[0][1] != "His team"


def test_without_the_model_rules_still_work(monkeypatch: pytest.MonkeyPatch) -> None:
    """With the blank fallback pipeline (no parser, no NER) the stage runs on text rules alone."""
    import spacy

    import crosswire.extract.nlp as nlp

    blank = spacy.blank("en")
    blank.add_pipe("sentencizer")
    monkeypatch.setattr(nlp, "load_nlp", lambda: blank)
    text = "Ana Berg arrived. “We will reopen on Monday,” Berg said. Speaking later, Berg said, “No changes.”"
    doc = quotes_stage(Doc(text=text))
    found = {doc.span_text(s): s.attrs["speaker"] for s in doc.spans_of("quote")}
    assert found["We will reopen on Monday"] == "Berg"
    assert found["No changes."] == "Berg"


def test_apposition_names_the_speaker() -> None:
    text = "Tad Devine is an aide. “We are not done,” his top aide, Tad Devine, told reporters."
    quotes = {c: sp for c, sp, d in quotes_of(text) if d}
    assert quotes["We are not done"] == "Tad Devine"


def _sources(text: str, scope: str) -> list[tuple[str | None, str]]:
    return [(text[q["speaker_start"]:q["speaker_end"]] if q["speaker_start"] is not None else None, q["kind"])
            for q in extract_quotes(Doc(text=text), scope=scope)]


def test_dateline_is_not_the_speaker() -> None:
    text = "LONDON (Reuters) - Donald Trump said he was unlikely to meet the British prime minister this year."
    assert _sources(text, "speech") == [("Donald Trump", "reported")]
    text = "WASHINGTON, Dec. 8 (UPI) -- The White House said on Tuesday that the talks would resume next week."
    assert _sources(text, "speech") == [("The White House", "reported")]


def test_said_inside_a_relative_clause() -> None:
    text = ("The policy changes, which officials said will go into effect in the next few months, "
            "will not apply to all Central Americans seeking entry into the U.S.")
    (q,) = extract_quotes(Doc(text=text))
    assert text[q["speaker_start"]:q["speaker_end"]] == "officials"
    assert q["content"].startswith("will go into effect")


def test_attribution_scope_stance_adjectives_and_nouns() -> None:
    text = "Several Republican senators are confident that the bill will pass."
    wide = extract_quotes(Doc(text=text), scope="attribution")
    assert [(text[q["speaker_start"]:q["speaker_end"]], q["content"]) for q in wide] == [
        ("Several Republican senators", "that the bill will pass")]
    assert extract_quotes(Doc(text=text)) == []  # not speech: the quotes stage leaves it out
    text = "On Tuesday the senator stood by his claim that the election had been rigged against him."
    assert ("his", "nominal") in _sources(text, "attribution")
    # repeating a claim is one attribution, the one who repeats it
    text = "On Tuesday the senator repeated his claim that the election had been rigged against him."
    assert _sources(text, "attribution") == [("the senator", "stance")]
    text = "Hollande denounced the remarks and warned of the global consequences of the decision."
    assert [s for s, _ in _sources(text, "attribution")] == ["Hollande", "Hollande"]
    # an eventive "saw" holds no stance
    assert _sources("The referendum saw the continuation of a series of campaigns.", "attribution") == []


def test_sentence_final_news_source() -> None:
    text = "Abortion rights will be in the party platform for the first time, reported the Washington Examiner."
    assert _sources(text, "speech") == [("the Washington Examiner", "reported")]
    text = "The engineer was based in Johannesburg, South Africa, Portuguese newspaper Correio de Manha reports."
    assert _sources(text, "speech") == [("Portuguese newspaper Correio de Manha", "reported")]


def test_phrasal_verbs_of_retort() -> None:
    text = '"Let me talk," Trump shot back.'
    assert [(s, k) for s, k in _sources(text, "speech")] == [("Trump", "direct")]
    text = "Critics pointed out that the plan had no funding."
    assert _sources(text, "speech") == [("Critics", "reported")]


def test_trailing_attribution_after_a_nested_single_quote() -> None:
    text = ("The event “was the first time I walked away with the idea that maybe it’s not as simple as, "
            "‘He’s the ringleader,’” Sexton said in a phone interview.")
    assert _sources(text, "speech") == [("Sexton", "direct")]


def test_speaker_names_do_not_depend_on_hash_order():
    """Two people who share a surname: the result is the same in every process."""
    import subprocess
    import sys

    code = (
        "from crosswire.doc import Doc\n"
        "from crosswire.extract.quotes import quotes_stage\n"
        "text = ('Wendell Warren and Silford Warren run the mill. '\n"
        "        '\"We will reopen on Monday,\" Warren said.')\n"
        "doc = quotes_stage(Doc(text=text, published='2025-03-01'))\n"
        "print([s.attrs.get('speaker') for s in doc.spans if s.label == 'quote'])\n"
    )
    outputs = {
        subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                       env={**__import__("os").environ, "PYTHONHASHSEED": str(seed)}).stdout
        for seed in (0, 1, 2, 3)
    }
    assert len(outputs) == 1, outputs


def test_a_title_or_an_initial_does_not_end_the_speaker_after_the_verb():
    text = ('"Georgia is a conservative state," said state Rep. Earl Ehrhart, a Republican.\n\n'
            '"Everyone was respectful," said Juror No. 8, one of six women on the panel.\n\n'
            '"We will appeal," said John F. Kerry.')
    speakers = [s.attrs["speaker"] for s in run(text)]
    assert speakers == ["Earl Ehrhart", "Juror No. 8", "John F. Kerry"]
    # before the verb too, where the parser takes the title's full stop for the subject
    (speaker,) = [s.attrs["speaker"] for s in run('"We were searching," Juror No. 12 said.')]
    assert speaker.startswith("Juror No")  # the tagger may keep "Juror No" as the name, never "."


def test_according_to_data_from_an_agency_is_the_agency() -> None:
    text = ("The quake struck at 7:37 AM local time according to data from the US Geological Survey. "
            "Prices rose 3 percent, according to figures from the statistics office.")
    speakers = {q[1] for q in quotes_of(text)}
    assert "US Geological Survey" in speakers and "data" not in speakers


def test_the_statement_speaks_for_whoever_issued_it() -> None:
    text = ("Kraft Foods issued a statement on Friday announcing that the plant is closed. The statement "
            "expresses condolences to the families, saying, “This is a tragic loss for all of us.” "
            "The statement said counselors would be on site.")
    found = quotes_of(text)
    assert ("This is a tragic loss for all of us.", "Kraft Foods", True) in found
    assert not [q for q in found if q[1] == "statement"]


def test_clause_before_a_semicolon_is_not_what_the_next_clause_confirms():
    text = ("The proposed blueprint is set to be reviewed at an upcoming leaders’ meeting in Gyeongju, "
            "South Korea; the U.S. has confirmed the planned Trump-Xi encounter, while Chinese "
            "authorities have yet to publicly confirm it.")
    assert not [q for q in quotes_of(text) if q[0].startswith("The proposed blueprint")]
    # without the semicolon the clause is what was confirmed
    said = quotes_of("The blueprint will be reviewed at the summit, the White House confirmed.")
    assert any("blueprint will be reviewed" in q[0] for q in said)


TRANSCRIPT = """Fox News Sunday host Chris Wallace pressed Mike Pence on the debate. Partial transcript as follows:

"WALLACE: Let's start with breaking news on the debate story.

"PENCE: Well, look, Hillary Clinton apparently thinks this is an episode of “Shark Tank.” Donald Trump is going to be there.

"WALLACE: If I may, sir, because we've got limited time.

UPDATE: This story has been updated."""


def test_transcript_turns_are_the_speakers_direct_quotes():
    found = [(q, who, direct) for q, who, direct in quotes_of(TRANSCRIPT) if direct]
    assert ("Let's start with breaking news on the debate story.", "Chris Wallace", True) in found
    assert any(q.startswith("Well, look, Hillary Clinton") and q.endswith("going to be there.")
               and who == "Mike Pence" for q, who, _ in found)
    assert ("If I may, sir, because we've got limited time.", "Chris Wallace", True) in found
    # a label is no speaker, and the cited title is part of Pence's turn, not a quote of its own
    assert not any(who in (None, "Update") for _, who, _ in found)


def test_one_name_and_colon_is_a_headline_not_a_transcript():
    text = "Pence: Gennifer Flowers Won't Be at Debate\n\nMike Pence spoke on Sunday about the debate."
    assert not any(direct for _, _, direct in quotes_of(text))


def test_party_and_state_after_a_name_belong_to_the_speaker():
    text = ('"He was a mentor to many. One of the brightest members of the entire Congress," '
            'Rep. Elijah E. Cummings (D-Md.) said in a phone interview.')
    assert quotes_of(text)[0][1] == "Elijah E. Cummings"
    assert quotes_of('"We will fight this," said Sen. Ted Cruz (R-Texas).')[0][1] == "Ted Cruz"


def test_a_word_of_the_quote_is_never_its_speaker():
    for q in run('"One of the brightest members of Congress," he wrote (see below) and said.'):
        if q.attrs["direct"] and q.attrs["speaker_start"] is not None:
            assert not (q.start <= q.attrs["speaker_start"] < q.end)


def test_according_to_a_source_the_parser_reads_as_a_verb():
    text = ("As a reality TV boss, Donald Trump repeatedly demeaned women with sexist language, "
            "according to show insiders.")
    doc = quotes_stage(Doc(text=text))
    found = [(text[s.attrs["speaker_start"]:s.attrs["speaker_end"]], s.attrs["cue"]) for s in doc.spans_of("quote")]
    assert ("show insiders", "according to") in found


def test_paragraph_after_a_lead_in_colon_is_a_block_quote():
    text = "Rush Limbaugh spoke on Monday.\n\nLimbaugh added:\n\nLook, folks, this is the most important election.\n\nMore later."
    assert ("Look, folks, this is the most important election.", "Rush Limbaugh", True) in quotes_of(text)
    # a colon after no verb of saying introduces a list or an explanation, not speech
    assert quotes_of("Here is what we know:\n\nThe fire started at 3 a.m. in the basement.") == []


def test_time_after_an_inverted_verb_is_not_the_speaker():
    text = "“Our assumption is that the veto will be overridden,” Senate Majority Leader Mitch McConnell, R-Ky., said Tuesday."
    assert quotes_of(text)[0][1] == "Mitch McConnell"


def test_clause_after_said_and_a_time_phrase_is_what_was_said():
    text = "Trump said after the convention he would not accept Cruz's endorsement if it were offered."
    assert any(who == "Trump" and "he would not accept" in q for q, who, _ in quotes_of(text))


def test_second_speakers_clause_is_not_part_of_the_first_report():
    text = ("Lynch said the demands of government work sometimes erase the barriers that women face in "
            "private work, though she noted clients are beginning to demand diverse legal teams.")
    said = {q: who for q, who, _ in quotes_of(text)}
    assert not any("clients are beginning" in q and who == "Lynch" for q, who in said.items())
    assert any(q.startswith("clients are beginning") for q in said)


def test_a_report_opening_the_story_leaves_the_dateline_out():
    text = ("ARDENNE, Nov 12 (Wire) \u2013 Two people were hurt when a crane fell onto a school roof in the "
            "town centre, fire officials said on Wednesday.\n"
            "BERLIN \u2013 the strike hit ports, unions said.")
    found = quotes_of(text)
    assert ("Two people were hurt when a crane fell onto a school roof in the town centre",
            "fire officials", False) in [(t, (s or "").lower(), d) for t, s, d in found]
    assert not any(t.startswith(("ARDENNE", "BERLIN")) for t, _, _ in found)


def test_according_to_reports_is_not_a_speaker() -> None:
    text = "Carl Moss was sentenced to life in prison for a 2005 shooting in Atlanta, according to reports."
    speakers = [sp for _, sp, d in quotes_of(text) if not d]
    assert speakers == ["reports"]


def test_clause_before_and_is_not_what_the_next_speaker_said() -> None:
    text = ("They became the focus of testimony about their son's upbringing, and his mother testified "
            "about events leading up to his trial.")
    assert not [c for c, sp, d in quotes_of(text) if sp == "his mother" and "focus of testimony" in c]


def test_a_question_reports_nothing() -> None:
    text = "Whether he knew Ray Wills was a federal agent could make a difference on whether he is indicted."
    assert quotes_of(text) == []


def test_as_clause_inside_another_report_stays_with_it() -> None:
    text = ("At trial, prosecutors contended Nichols ambushed Wills and that he had no gun drawn "
            "as Nichols claimed.")
    reported = [(sp, c) for c, sp, d in quotes_of(text) if not d]
    assert [sp for sp, _ in reported] == ["prosecutors"]
    assert reported[0][1].startswith("Nichols ambushed Wills")


def test_he_is_never_a_plural_people() -> None:
    text = ("“I understand the anger,” Anna Weiss said. But Greeks must also understand that without "
            "these measures, “the situation would be far worse,” he said.")
    speakers = {sp for _, sp, _ in quotes_of(text)}
    assert "Greeks" not in speakers


def test_a_relative_clause_reports_nothing_around_it() -> None:
    text = "The protesters threw rocks at the officers, who responded with stun grenades and tear gas."
    assert quotes_of(text) == []


def test_reports_from_a_place_and_a_passive_report_name_no_speaker():
    text = ("According to reports from the scene, people vandalized property and threw bottles at police. "
            "One person has been arrested, though no injuries have been reported.")
    speakers = [sp for _, sp, _ in quotes_of(text)]
    assert speakers == ["reports"]


def test_according_to_with_a_participle_or_a_phrase_after_reports_what_came_before():
    text = ("The state attorney general is investigating Nordvik, according to two people familiar with the "
            "matter, adding to a mounting series of problems that have turned the firm into a pariah. "
            "Two men were arrested, according to police, during a raid on a house in the north of the city.")
    reported = {sp: c for c, sp, d in quotes_of(text) if not d}
    assert reported["two people"] == "The state attorney general is investigating Nordvik"
    assert reported["police"] == "Two men were arrested"


def test_an_inverted_speaker_ends_where_a_clause_begins():
    text = "“We received an inquiry,” said a Nordvik spokesperson when contacted by Reuters."
    assert [(sp, d) for _, sp, d in quotes_of(text)] == [("Nordvik spokesperson", True)]


def test_a_name_wins_over_a_split_title_as_the_subject():
    text = ("Rainfall occurs everywhere on Titan, but the equatorial regions are drier than the poles, said "
            "study co-author Anezina Solomonidou, a European Space Agency research fellow.")
    assert [sp for _, sp, _ in quotes_of(text)] == ["Anezina Solomonidou"]


def test_the_medium_is_not_part_of_an_inverted_speaker_and_which_is_no_one():
    from crosswire.extract.speakers import resolve_speaker

    text = '"We have released a security update for our browser," said the company in a statement.'
    assert [sp for _, sp, d in quotes_of(text) if d] == ["company"]
    doc = Doc(text="The ministry, which said little, left.")
    start = doc.text.index("which")
    assert resolve_speaker(doc, start, start + len("which")) is None
