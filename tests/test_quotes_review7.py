"""The quote board as the seventh blind review found it: things that cannot speak ("Initial
estimates indicate that ...") are no speakers, and one speaker written in two cases is one."""

from crosswire.corroborate import corroborate_story
from crosswire.doc import Doc
from crosswire.extract import extract_doc


def _board(texts: dict[str, str]) -> list[dict]:
    docs = [extract_doc(Doc(id=k, text=v, published="2011-10-11")) for k, v in texts.items()]
    return corroborate_story(docs, {k: k for k in texts}).quotes


def test_an_estimate_or_feedback_is_no_speaker_and_a_company_in_capitals_is_the_company():
    board = _board({
        "a": "The cable went down on Saturday, and initial feedback suggests that the downtime may last for a "
             "few days. SEACOM said that its backhaul provider is experiencing an outage.",
        "b": "Initial estimates indicate that the total repair time will be around twelve days. Seacom said "
             "that a repair vessel is now in transit.",
    })
    speakers = {q["speaker"] for q in board}
    assert speakers == {"Seacom"}
    assert len(board) == 2


ECONOMIST = ("\"We are all deeply shocked,\" Mr Papandreou said.\n\n"
             "A professor of economics at the University of Athens, Yanis Varoufakis, did not go to work today "
             "because it was not safe.\n\n"
             "But he rode his bicycle into the city to survey the aftermath of the day's mass demonstration.\n\n"
             "\"What I did witness was the battlefields after the troops had departed,\" he said.\n\n"
             "But Professor Varoufakis says there is \"a very deep sense of injustice\" across Greece.\n")


def test_he_goes_on_from_a_subject_named_in_apposition_whom_a_title_makes_a_person():
    # the tagger reads both "Yanis Varoufakis" and "Professor Varoufakis" as organisations
    doc = extract_doc(Doc(id="a", text=ECONOMIST, published="2010-05-06"))
    speakers = {doc.span_text(s)[:18]: s.attrs["speaker"] for s in doc.spans_of("quote")}
    assert speakers == {"We are all deeply ": "Papandreou", "What I did witness": "Yanis Varoufakis",
                        "a very deep sense ": "Yanis Varoufakis"}


def test_a_participle_of_saying_before_the_marks_names_the_speaker_not_the_trailing_reporter():
    text = ("Michael Vance made a Facebook video afterward, saying, \u201cThis is more intense than what I "
            "thought it was going to be,\u201d authorities said.")
    doc = extract_doc(Doc(id="a", text=text, published="2016-10-24"))
    assert [s.attrs["speaker"] for s in doc.spans_of("quote")] == ["Michael Vance"]


def test_a_rendering_alike_to_two_others_joins_them_on_the_board():
    # the first and the third share too few words in order; the second is alike to both
    board = _board({
        "a": "\u201cThis is more intense than I thought it was gonna' be,\u201d Michael Vance said in a video.",
        "c": "\u201cThis is more intense than what I thought it was going to be, to say the least. I'm about to "
             "steal another car, like right now. Watch this people,\u201d Michael Vance said.",
        "b": "\u201cThis is more intense than what I thought it was going to be,\u201d Michael Vance said.",
    })
    intense = [q for q in board if "intense" in q["text"]]
    assert len(intense) == 1 and sorted(intense[0]["sources"]) == ["a", "b", "c"]


def test_a_quote_paragraph_after_an_issued_update_is_the_issuers():
    text = ("Internet providers have been scrambling to keep their customers connected.\n\n"
            "MWEB operations has issued an update regarding the downtime to its customers.\n\n"
            "\u201cSome more bandwidth was brought online last night bringing us up to 83% of our required "
            "capacity.\u201d\n")
    doc = extract_doc(Doc(id="a", text=text, published="2011-10-11"))
    quotes = {doc.span_text(s)[:20]: s.attrs["speaker"] for s in doc.spans_of("quote")}
    assert quotes == {"Some more bandwidth ": "MWEB operations"}
