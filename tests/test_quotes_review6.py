"""Quotes as blind review 6 found them (sentences adapted from its articles)."""

from __future__ import annotations

from crosswire.corroborate.quotes import same_quote


def test_one_remark_with_a_word_or_two_put_in_or_left_out_is_one_quote():
    assert same_quote("We believe this incident is an isolated incident",
                      "We believe that this incident is an isolated incident, and we don't believe that there is "
                      "any threat to the community")
    assert same_quote("It's a horrendous act that unfortunately impacted many people",
                      "horrendous act that impacted so many people and, God willing, everyone will recover")
    # the same few words in another order, or two remarks sharing a phrase, are not
    assert not same_quote("We will find the people who did this",
                          "We will not rest until the people who did this are found")
    assert not same_quote("The investigation is ongoing and we ask for patience",
                          "We ask anyone with information about the shooting to call detectives")


def test_a_two_word_remark_is_on_the_board_and_a_phrase_quoted_in_passing_is_not():
    from crosswire.corroborate import corroborate_story
    from crosswire.doc import Doc
    from crosswire.extract import extract_doc

    doc = extract_doc(Doc(id="a", text='"That\'s tough," Brees said after the game. The coach called the injury '
                                       '"very serious" on Monday.', published="2011-01-05"))
    said = [str(q) for q in corroborate_story([doc]).quotes]
    assert any("That's tough" in s for s in said), said
    assert not any("very serious" in s for s in said)


def test_a_mused_remark_and_the_quote_paragraph_after_it_are_the_speakers():
    from doc_helpers import quotes_of

    text = ('Fred LaRue was a Watergate figure.\n\n"Who would it have been?" he mused in a 2000 interview.\n\n'
            '"There were not that many people in the room. It wasn\'t me."')
    found = quotes_of(text)
    assert [(q[0][:12], q[1]) for q in found] == [("Who would it", "Fred LaRue"), ("There were n", "Fred LaRue")]


def test_adding_something_to_something_is_no_saying():
    from doc_helpers import quotes_of

    text = ("Mr. LaRue guessed that the healthy regimen of his months in prison added 10 years to his life.\n\n"
            '"The warden let me make a badminton court and I played every day," he said.\n\n'
            '"We will rebuild," the mayor added.')
    found = {q[0][:12]: q[1] for q in quotes_of(text)}
    assert found["The warden l"] == "LaRue"
    assert found["We will rebu"] == "mayor"


def test_quotes_under_a_heading_naming_their_speaker_are_his():
    from doc_helpers import quotes_of

    text = ("Four people were found dead in Holly Hill on Wednesday, deputies said.\n\n"
            "Quotes from Sheriff Larry Walton:\n\n"
            '"The officers did a great job today. We are grateful."\n\n'
            '"This is just a horrible incident."\n\n'
            "The victims were identified Thursday.")
    found = {q[0][:12]: q[1] for q in quotes_of(text)}
    assert found["The officers"] == "Larry Walton" and found["This is just"] == "Larry Walton"
    # a heading that names no one gives no speaker
    unnamed = quotes_of(text.replace("Quotes from Sheriff Larry Walton:", "Quotes from the scene:"))
    assert all(q[1] != "Larry Walton" for q in unnamed)


def test_a_heading_speaks_for_a_first_quote_that_opens_with_a_speech_verb():
    # the parse runs the heading on into the quote; "responding" inside it is no lead-in's cue
    from doc_helpers import quotes_of

    text = ("Four people were found dead in Hesston on Thursday, deputies said.\n\n"
            "Quotes from Sheriff T. Walton:\n\n"
            "\u201cAs officers were responding to that we had further reports coming in of a shooting at Meridian "
            "and Hesston Road.\u201d\n\n"
            "\u201cThe shooter himself has been shot and killed. He is an Excel employee.\u201d\n\n"
            "The victims were identified Friday.")
    speakers = {q[0].split()[1]: q[1] for q in quotes_of(text)}
    assert speakers["officers"] == "T. Walton" and speakers["shooter"] == "T. Walton", speakers


def test_one_remark_cut_after_its_opening_in_two_ways_is_one_quote():
    assert same_quote("This is just a horrible incident. … There's going to be a lot of sad people before this "
                      "is all over.", "This is just a horrible incident that has happened here")
    # a common opening of few or only small words is no sign of one remark
    assert not same_quote("I think that we will be back in the playoffs next year",
                          "I think that we will need a new quarterback")
    assert not same_quote("We are going to find whoever did this", "We are going to need more officers downtown")


def _board(texts: dict[str, str]) -> list[dict]:
    from crosswire.corroborate import corroborate_story
    from crosswire.doc import Doc
    from crosswire.extract import extract_doc

    docs = [extract_doc(Doc(id=k, text=t, published="2016-03-31")) for k, t in texts.items()]
    return corroborate_story(docs).quotes


def test_one_remark_two_outlets_give_two_surnames_is_one_quote_with_both_speakers():
    board = _board({
        "a": 'Four people were shot dead on Wednesday. "This is a massacre, man. Who would do something like '
             'this?" said Melvin Jackson, who lives on the block.',
        "b": 'Four people were killed in the shooting. "This is a massacre, man. Who would do something like '
             'this?" said neighbour Melvin Powell.',
    })
    massacre = [q for q in board if "massacre" in q["text"]]
    assert len(massacre) == 1 and massacre[0]["sources"] == ["a", "b"]
    assert {s["speaker"] for s in massacre[0]["speakers"]} == {"Melvin Jackson", "Melvin Powell"}


def test_one_remark_from_two_people_with_no_name_in_common_stays_two_quotes():
    board = _board({
        "a": '"This is a massacre, man. Who would do something like this?" said Melvin Jackson.',
        "b": '"This is a massacre, man. Who would do something like this?" said Dana Ortiz.',
    })
    assert len([q for q in board if "massacre" in q["text"]]) == 2
