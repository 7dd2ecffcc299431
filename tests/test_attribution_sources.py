"""Speakers and sources beyond "X said": indefinite pronouns, signature lines, transcript
labels, "as X noted", inserted clauses, and the wide attribution scope (nouns, "make clear",
polls, stance holders)."""

from __future__ import annotations

from crosswire.doc import Doc
from crosswire.extract.quotes import extract_quotes


def speakers(text: str, scope: str = "speech") -> list[tuple[str | None, str | None, str]]:
    """(mention, canonical speaker, content) of every quote."""
    out = []
    for q in extract_quotes(Doc(text=text), scope=scope):
        mention = text[q["speaker_start"]:q["speaker_end"]] if q["speaker_start"] is not None else None
        out.append((mention, q["speaker"], q["content"]))
    return out


def mentions(text: str, scope: str = "speech") -> list[str | None]:
    return [m for m, _, _ in speakers(text, scope)]


def test_indefinite_pronoun_is_no_speaker() -> None:
    found = speakers("Somebody said the talks would resume next week.")
    assert found == [("Somebody", None, "the talks would resume next week")]


def test_signature_line_under_a_quote() -> None:
    text = ("The senator repeated a favourite line.\n\n"
            "\"Almost all new income and wealth is going to the top 1 percent.\"\n\n"
            "- Bernie Sanders.\n\nThe statistic is outdated.")
    found = [f for f in speakers(text) if f[2].startswith("Almost")]
    assert found and found[0][0] == "Bernie Sanders"


def test_transcript_labels_name_the_speaker() -> None:
    text = ('Clinton: "Our goal is not to deter or contain ISIS, but to defeat it." '
            'Bush: "The mission is to destroy ISIS, not to contain it."\n\n'
            'Update: "This line is a label, not a speaker."')
    found = {content[:10]: mention for mention, _, content in speakers(text)}
    assert found["Our goal i"] == "Clinton"
    assert found["The missio"] == "Bush"
    assert found["This line "] != "Update"  # a label, not a speaker


def test_as_clause_reports_its_sentence() -> None:
    found = speakers("And that, as Trump points out, is quite a bit right now.")
    assert found == [("Trump", "Trump", "is quite a bit right now")]


def test_subject_before_an_inserted_clause() -> None:
    text = ("Sanders, meanwhile, who sits at zero such endorsements, said that fact speaks "
            "volumes about the race.")
    found = speakers(text)
    assert found and found[0][0] == "Sanders" and found[0][2].startswith("that fact speaks")


def test_lemma_repair_finds_hoped() -> None:
    found = speakers("Rubio hoped to emerge as the mainstream alternative to Trump.", "attribution")
    assert found and found[0][0] == "Rubio" and found[0][2].startswith("to emerge")


def test_agent_and_stance_nouns() -> None:
    assert "Supporters" in mentions("Supporters of Hillary Clinton avoided confrontations over policy.",
                                    "attribution")
    found = speakers("But Trump's opposition to trade liberalization put him on the unions' side.",
                     "attribution")
    assert ("Trump", "Trump", "to trade liberalization") in found


def test_make_clear_is_a_cue() -> None:
    found = speakers("Devine made it clear that his boss wanted to see something firmer.", "attribution")
    assert found and found[0][0] == "Devine" and found[0][2].startswith("that his boss")


def test_polls_attribute_their_clause_only_when_cited() -> None:
    cited = speakers("In a national CNN poll released Monday, 31% of Republicans said they were "
                     "extremely enthusiastic.", "attribution")
    assert cited and cited[0][0] == "a national CNN poll released Monday"
    standing = mentions("He will head to New Hampshire, where he has been leading in the polls.",
                        "attribution")
    assert "the polls" not in standing


def test_relative_that_and_it_hold_no_stance() -> None:
    found = mentions("He has pushed an agenda that favors workers, veterans and students.", "attribution")
    assert "that" not in found
