"""Speakers and quotes: hand-written cases in the shape of defects seen on a fourth set of
unseen stories (review 4): subjects the parser split in two, ranks cut off at their full stop,
names after a quote with no verb, pairs who speak together, documents taken for speakers,
titles in quotation marks, and quotes of different speakers joined on the board.
"""

from __future__ import annotations

from crosswire.doc import Doc
from crosswire.extract.appearances import appearances_stage
from crosswire.extract.quotes import quotes_stage
from doc_helpers import quotes_of, speaker_of


# --- the parser's two subjects: the person right before the verb -----------------------------

def test_a_show_before_its_writer_is_not_the_speaker():
    text = ('Following the announcement, The Thick of It writer Armando Ianucci tweeted: "There can\'t be a '
            'funnier, wiser, more exciting Time Lord than Peter Capaldi. The universe is in great hands."')
    assert speaker_of(text, "There can't be") == "Armando Ianucci"


def test_a_character_before_the_actor_is_not_the_speaker():
    text = ('Captain Jack Harkness, John Barrowman added his congrats: "Peter Capaldi good choice and good '
            'actor. Welcome to the family."')
    assert speaker_of(text, "Peter Capaldi good choice") == "John Barrowman"


# --- ranks and the body a person serves -------------------------------------------------------

def test_a_rank_cut_off_at_its_full_stop_is_the_name_after_it():
    text = ("Authorities believe the shooter knew the victims, but even those who were shot have been reluctant "
            "to provide details, said Sgt. Clark Parrott of the Missouri State Highway Patrol.")
    assert speaker_of(text, "Authorities believe") == "Clark Parrott"


def test_a_person_with_a_body_is_the_person():
    text = ('The Missouri State Highway Patrol said the shooting happened around 3:50 a.m.\n\n'
            '"There was a large group trying to leave the building when gunshots rang out. I believe there '
            'were 11 shots fired," said Sgt. Clark Parrott with the Missouri State Highway Patrol.')
    assert speaker_of(text, "There was a large group") == "Clark Parrott"


# --- a name after the quote with no verb -------------------------------------------------------

def test_a_name_after_a_quote_without_a_verb_is_its_speaker():
    text = ("The Allegheny County police said Monday that an additional $1,000 is being offered.\n\n"
            "\"This is not normal our kids being shot and killed,” the Rev. Maurice Trent of Light House "
            "Church in Mount Oliver.\n\nTrent has organized a town hall meeting.")
    assert speaker_of(text, "This is not normal") == "Maurice Trent"


def test_another_then_a_name_is_the_name():
    text = ("Another victim was 16. Another, Denzel Harris, 31, of Knoxville, told the Trib a bullet grazed "
            "him. He was treated at the scene.")
    assert speaker_of(text, "a bullet grazed him") == "Denzel Harris"
    found = [dict(s.attrs) for s in appearances_stage(Doc(text=text)).spans_of("appearance")]
    assert [(a["speaker"], a["outlet"]) for a in found] == [("Denzel Harris", "Trib")]


# --- two people speaking together --------------------------------------------------------------

def test_two_people_saying_one_quote_are_one_speaker():
    text = ("Television icon Ellen DeGeneres will return to host the Oscars, producers Craig Zadan and Neil "
            "Meron announced today. “We are thrilled to have Ellen DeGeneres host the Oscars,” said Zadan and "
            "Meron.\n\n\"We are thrilled to host,\" producers Craig Zadan and Neil Meron said in a statement."
            "\n\nZadan and Meron added: \"We are thrilled to have her.\"")
    speakers = {speaker for _, speaker, direct in quotes_of(text) if direct}
    assert speakers == {"Craig Zadan and Neil Meron"}


def test_pairs_are_named_alike_on_the_board():
    from crosswire.corroborate.quotes import _joint_person

    class Names:
        def person(self, name):
            return {"Zadan": "Craig Zadan", "Meron": "Neil Meron"}.get(name, name)

    assert _joint_person(Names(), "Zadan and Meron") == "Craig Zadan and Neil Meron"
    assert _joint_person(Names(), "Zadan") == "Craig Zadan"


def test_a_verb_opening_the_sentence_is_no_part_of_a_name():
    text = ("Ellen DeGeneres will host the Oscars.\n\nChoosing DeGeneres, known for her kindler, gentler humor, "
            "signals a different tone.\n\n\"I am so excited to be hosting the Oscars for the second time,\" "
            "DeGeneres said in a statement.")
    from crosswire.extract.entities import entities_stage

    doc = quotes_stage(entities_stage(Doc(text=text)))  # the entities stage tags "Choosing DeGeneres"
    assert [s.attrs["speaker"] for s in doc.spans_of("quote") if doc.span_text(s).startswith("I am so excited")] \
        == ["Ellen DeGeneres"]


# --- documents speak for who issued them --------------------------------------------------------

def test_a_document_speaks_for_its_issuer():
    text = ("Elections will be held on a two-party basis, a message from the Central Election Commission said."
            "\n\n'Two parties will compete for victory in the elections. This will give a powerful impetus to "
            "the campaign', the message said.\n\n'The objectives of this meeting are to provide expert "
            "support', the information said.")
    assert "Commission" in speaker_of(text, "Elections will be held")
    assert "Commission" in speaker_of(text, "Two parties will compete")
    assert speaker_of(text, "The objectives of this meeting") is None


# --- not quotes -----------------------------------------------------------------------------------

def test_titles_in_quotation_marks_are_no_quotes():
    text = ("On October 1-2 Ashgabat hosts a seminar on 'Enhancing the electoral system and processes in "
            "Turkmenistan', a statement of the event organisers said.\n\nDeGeneres hosted the Oscars in 2007, "
            "for which she received an Emmy nomination for “Outstanding Individual Performance in a Variety or "
            "Music Program.”")
    contents = [c for c, _, _ in quotes_of(text)]
    assert not any(c.startswith(("Enhancing", "Outstanding")) for c in contents), contents


def test_a_lead_in_before_a_colon_is_no_part_of_the_report():
    text = ("Here’s the Academy’s official release: Television icon Ellen DeGeneres will return to host the "
            "Oscars for a second time, producers Craig Zadan and Neil Meron announced today.")
    found = [c for c, _, direct in quotes_of(text) if not direct]
    assert found and all(c.startswith("Television icon") for c in found), found


def test_what_someone_will_say_is_not_reported_speech():
    text = "Moffat is sure that fans will agree that Capaldi is the perfect choice."
    assert not any(c.startswith("that Capaldi") or c.startswith("Capaldi") for c, _, _ in quotes_of(text))


# --- who "he" is, who a participle's speaker is -----------------------------------------------------

def test_he_goes_on_from_the_main_clause_subject():
    text = ("Doctor Who boss Steven Moffat has revealed that Peter Capaldi was the only name considered.\n\n"
            "Producer Steven Moffat, who is also a co-creator of Sherlock, is sure that Capaldi is the perfect "
            "choice. \"When you watched him walk out in the room tonight, didn't you just think 'well, there "
            "he is'?\" he said.")
    assert speaker_of(text, "When you watched him") == "Steven Moffat"


def test_a_passive_agent_speaks_in_the_participle():
    text = ('The decision was welcomed by Smith who pre-recorded a message to Capaldi, saying: "I just want to '
            'wish my successor all the best and say good luck."')
    assert speaker_of(text, "I just want to wish") == "Smith"


# --- the board joins no group's paraphrase to a person's quote -----------------------------------

def test_a_group_paraphrase_is_not_given_to_a_person():
    from crosswire.corroborate.quotes import _norm_quote, _reattribute

    def item(text):
        norm = _norm_quote(text)
        return {"article": "a", "text": text, "direct": True, "quote": text, "norm": norm,
                "words": frozenset(norm.split())}

    class Names:
        records = [("PERSON", "Mark Gatiss")]

    clustered = {"Mark Gatiss": [[item("Cometh the hour, cometh the man! Peter Capaldi is the PERFECT choice.")]],
                 "fans": [[item("that Peter Capaldi is the perfect choice")]]}
    _reattribute(clustered, Names())
    assert clustered["fans"][0] and len(clustered["Mark Gatiss"][0]) == 1
