"""Quote speakers from the sixth blind review, third round: a quote paragraph after a directive
("urged people not to go"), and one speaker written with a title and with a given name."""

from crosswire.corroborate import corroborate_story
from crosswire.doc import Doc
from crosswire.extract import extract_doc
from doc_helpers import speaker_of

GASKIN = ("Two deaths so close together was unusual for the time of year, Inspector Dave Gaskin said.\n\n"
          "Mr Gaskin urged people not to go into situations unprepared.\n\n"
          "\"This is an extremely dangerous area and you've got to make sure that you know what you're "
          "doing.\"\n")


def test_a_quote_paragraph_after_a_directive_is_the_directors():
    assert speaker_of(GASKIN, "This is an extremely dangerous") == "Dave Gaskin"


def test_a_directive_alone_is_no_quote_of_the_board():
    doc = extract_doc(Doc(id="a", text="Police urged residents to stay indoors on Saturday.", published="2013-09-15"))
    assert not [s for s in doc.spans_of("quote")]


def test_a_titled_surname_on_the_board_is_the_person_the_story_names_in_full():
    texts = {
        "a": "Rescuers reached the climbers on Sunday, Inspector Dave Gaskin said. \"They were not equipped "
             "for the ice,\" he told reporters.",
        "b": "\"We haven't been in a position to speak to the survivors at this stage,\" Insp Gaskin said.",
    }
    docs = [extract_doc(Doc(id=k, text=v, published="2013-09-15")) for k, v in texts.items()]
    story = corroborate_story(docs, {k: k for k in texts})
    assert {q["speaker"] for q in story.quotes} == {"Dave Gaskin"}
