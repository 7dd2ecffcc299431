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


def test_prepositional_stances_and_topics() -> None:
    found = speakers("Hillary Clinton came out against the Cadillac tax in September.", "attribution")
    assert ("Hillary Clinton", "Hillary Clinton", "against the Cadillac tax") in found
    assert mentions("He came out of the building on Monday.", "attribution") == []
    found = speakers("Trump is even thinking about using the stadium.", "attribution")
    assert found and found[0][0] == "Trump" and found[0][2].startswith("about using")


def test_sentence_closing_attribution_and_evidence() -> None:
    found = speakers("The talks will resume next week, two officials said.")
    assert found == [("two officials", "two officials", "The talks will resume next week")]
    # the parser reads "poll found" as a noun with a clause; the finite verb still has a subject
    found = speakers("A Qunnipiac University poll found last week that Clinton would beat Trump 46 to 40 percent.")
    assert found and found[0][0] == "A Qunnipiac University poll"


def test_according_to_names_the_author_and_stops_at_but() -> None:
    text = ("Clinton leads by 271 delegates, according to a count by The Associated Press, but the "
            "senator has vowed to fight on.")
    found = speakers(text)
    assert found and found[0][0] == "The Associated Press"
    assert found[0][2] == "Clinton leads by 271 delegates"


def test_passive_cue_and_things_name_no_speaker() -> None:
    assert mentions("He will remain in prison as his case is heard by the court next month.") == []
    found = mentions("Davis did not immediately return a request seeking comment on the matter.", "attribution")
    assert "a request" not in found


def test_named_speaker_after_quote_beats_a_label() -> None:
    text = "His final assessment: “It’s not quite optimistic,” he said. “We’re hopeful.”"
    assert mentions(text) == ["he", "he"]


def test_quote_goes_on_after_an_attribution_with_abbreviations() -> None:
    text = ('"Trump is a major influence," said Scott Reed, senior strategist for the U.S. Chamber '
            'of Commerce and a longtime friend. "They\'re close in age."')
    assert mentions(text) == ["Scott Reed", "Scott Reed"]


def test_quote_after_reported_speech_keeps_its_speaker() -> None:
    text = ("Coan, Santilli's attorney, argues that his client was never encouraging violence. "
            '"The government is alleging that his rallying calls were provoking violence."')
    found = speakers(text)
    assert [m for m, _, c in found if c.startswith("The government")] == ["Coan, Santilli's attorney"]
    # another quote in between, or a long stretch of text, breaks the chain
    text = ("Coan argues that his client was never encouraging violence. The judge disagreed with "
            "him on Monday and kept the defendant in jail for the time being, pending trial. "
            '"The government is alleging that his rallying calls were provoking violence."')
    assert [m for m, _, c in speakers(text) if c.startswith("The government")] == [None]
