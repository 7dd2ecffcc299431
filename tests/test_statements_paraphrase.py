"""Paraphrases of one statement with few words in common are one fact, when they share a name
(or a phrase) the outlets give once, and something else; two things said of one name are not."""

from __future__ import annotations

from crosswire.corroborate import corroborate_story
from crosswire.doc import Doc
from crosswire.extract import extract_doc

# sentences about other things, so the story's words have the spread of a real story's
_FILLER = {
    "a": "Marek Vole was arrested on Tuesday after the robbery of a bank downtown. Vole drove a stolen van to "
         "the bank, police said. Vole had no criminal record. A teller pressed an alarm before Vole fled. "
         "Vole was held without bail.",
    "b": "A man was arrested on Tuesday after a bank robbery downtown, police said. The suspect, Marek Vole, "
         "drove a stolen van. Vole fled on foot before officers caught him. Vole was held without bail at the "
         "county jail.",
    "c": "Police arrested Marek Vole on Tuesday. Vole is accused of robbing a bank downtown. Officers found "
         "the stolen van two blocks away. Vole was held without bail.",
}
_MORE = ("The branch reopened on Wednesday morning. Customers lined up outside before noon. The mayor praised "
         "the response of the city. A hearing is scheduled for next month. Neighbors described a quiet street. "
         "Traffic was diverted for several hours. The bank declined to comment.")


def _facts(extra: dict[str, str]) -> list[dict]:
    docs = [extract_doc(Doc(id=k, text=f"{_FILLER[k]} {_MORE} {extra.get(k, '')}".strip(), published="2013-02-20"))
            for k in _FILLER]
    return [f for f in corroborate_story(docs).facts if f["kind"] == "statement"]


def _with(facts: list[dict], word: str) -> list[list[str]]:
    """Sources of the facts that cite sentences with ``word``, counting those only."""
    cited = [sorted({e["article"] for e in f["evidence"] if word in e["quote"]}) for f in facts]
    return [c for c in cited if c]


def test_paraphrases_sharing_a_rare_name_and_another_word_are_one_fact():
    facts = _facts({
        "a": "Vole was enrolled in an evening class at Brookfield Technical Institute.",
        "b": "Investigators said Vole was enrolled in one welding course at Brookfield Technical Institute, "
             "a two-year school.",
        "c": "Vole worked weekends at a hardware store.",
    })
    assert _with(facts, "Brookfield") == [["a", "b"]]


def test_two_things_said_of_one_rare_name_are_not_one_fact():
    facts = _facts({
        "a": "Vole was enrolled in an evening class at Brookfield Technical Institute.",
        "b": "The van had been stolen from a parking garage behind Brookfield Technical Institute last month.",
    })
    assert _with(facts, "Brookfield") == []


def test_paraphrases_sharing_several_rare_words_are_one_fact():
    facts = _facts({
        "a": "Two off-duty deputies patrol the parking garage and the bank hires its own guards.",
        "b": "The manager said the bank is a busy branch, and it pays off-duty deputies to patrol the parking "
             "garage.",
        "c": "Two off-duty deputies were standing in the parking garage.",
    })
    assert _with(facts, "off-duty") == [["a", "b", "c"]]


def test_a_person_named_once_by_each_outlet_does_not_join_what_they_say():
    # whom an outlet quotes once is no anchor: the spokesman told of two different things
    facts = _facts({
        "a": "The stolen van was found near the river, spokesman Oskar Lindqvist said.",
        "b": "Spokesman Oskar Lindqvist said the teller was treated for shock at a hospital.",
    })
    assert _with(facts, "Lindqvist") != [["a", "b"]]


def test_paraphrases_sharing_a_rare_two_word_phrase_are_one_fact():
    # "loading dock" is no entity, but each outlet says it once: a name for one thing
    facts = _facts({
        "a": "A fire at a loading dock behind the branch may have started when a flare struck a fuel drum.",
        "b": "The loading dock where the chase began is charred after a flare started a fire.",
        "c": "Vole worked weekends at a hardware store.",
    })
    assert _with(facts, "loading dock") == [["a", "b"]]


def test_a_paraphrase_whose_heaviest_words_differ_is_still_compared():
    from doc_helpers import corroborated

    found = corroborated([
        "A man in a costume opened fire at a house party early Sunday. The female victim attempted to drive herself "
        "to the hospital, police say, but wrecked on the way. Police continue to investigate.",
        "Five people were shot at a Halloween party on Sunday. Police said that one injured woman tried to drive to "
        "the hospital, but wrecked her car along the way. The suspects fled before officers arrived.",
        "A man dressed as Freddy Krueger shot five people at a Halloween party, police said. The party's host "
        "regrets not calling police sooner. Three male victims were taken to University Hospital.",
        "San Antonio police are searching for a gunman who shot five people at a party. A fight broke out after "
        "uninvited guests arrived, and a man in a mask pulled a gun. All five are expected to survive.",
        "The shooting happened about 5 a.m. in the 2900 block of Aspen Meadow. Several men showed up uninvited. "
        "Other guests tried to remove them. The suspects then fled. One victim was treated at Baptist Medical Center. "
        "Police did not release the names of the victims. Investigators asked witnesses to call.",
        # a story's other sentences, which make the words the two share rare in it
        " ".join(f"Neighbor {name} said the street had been quiet for years." for name in
                 ["Ann", "Bob", "Carl", "Dee", "Eve", "Fay", "Gus", "Hal", "Ida", "Jo", "Kim", "Lou", "Max", "Ned",
                  "Oda", "Pat", "Quin", "Ray", "Sam", "Ted", "Uma", "Val", "Wes", "Xia", "Yul", "Zed"]),
    ], "2016-10-30")
    wrecked = [f for f in found.facts if "wrecked" in f["statement"]]
    assert wrecked and sorted(wrecked[0]["sources"]) == ["a0", "a1"], found.facts


def test_a_sentence_telling_two_parts_joins_the_outlets_that_tell_one_each():
    # a tells of the hostage, b of the ransom note; c tells both in one sentence: one statement of
    # three outlets, not two of two
    facts = _facts({
        "a": "Vole held the assistant manager hostage in the vault for forty minutes.",
        "b": "A ransom note demanding a helicopter was slipped under the front door.",
        "c": "Vole held the assistant manager hostage in the vault and slipped a ransom note demanding a "
             "helicopter under the front door.",
    })
    assert [f["sources"] for f in facts if any("hostage" in e["quote"] for e in f["evidence"])] == [["a", "b", "c"]]


def test_a_bridging_sentence_does_not_join_clashing_figures():
    facts = _facts({
        "a": "Vole held 4 tellers hostage in the vault for forty minutes.",
        "b": "Vole held 5 tellers hostage while a ransom note demanding a helicopter was slipped under the door.",
        "c": "Vole held the tellers hostage in the vault and slipped a ransom note demanding a helicopter "
             "under the front door.",
    })
    hostage = [f["sources"] for f in facts if any("hostage" in e["quote"] for e in f["evidence"])]
    assert hostage and not any({"a", "b"} <= set(s) for s in hostage)


def test_a_statement_is_a_fact_when_the_value_fact_of_its_sentence_lacks_one_of_its_outlets():
    # a's sentence carries "25 miles" with c; what a and b both say (where it happened) is another fact
    facts = _facts({
        "a": "The robbery happened in the upscale Chennault neighborhood of Mukilteo, 25 miles north of Seattle.",
        "b": "The robbery happened in the upscale Chennault neighborhood, close to the Boeing airfield.",
        "c": "The bank sits 25 miles north of Seattle.",
    })
    assert ["a", "b"] in _with(facts, "Chennault")


def test_paraphrases_sharing_a_rare_name_and_a_person_are_one_fact():
    # "shot" and "killed" are the story's common words: the person named beside the place ties them
    shot = (" A guard was shot and killed in the lobby. Vole shot and killed the guard, police said. The "
            "guard was shot twice. Vole was not shot. A witness said someone was killed. ")
    facts = _facts({
        "a": shot + "Nolan Pike was shot and killed as he arrived for work at a hotel near the Glenmore Depot.",
        "b": shot + "Vole stopped at the Glenmore Depot, where he shot and killed courier Nolan Pike, 26, police said.",
        "c": shot + "Vole worked weekends at a hardware store.",
    })
    assert _with(facts, "Glenmore") == [["a", "b"]]


def test_a_person_and_a_rare_name_in_two_sentences_are_not_enough_below_the_named_cosine():
    facts = _facts({
        "a": "Nolan Pike was shot and killed as he arrived for work at a hotel near the Glenmore Depot.",
        "b": "Pike had once managed the Glenmore Depot's night shift for a trucking firm in another state.",
    })
    assert _with(facts, "Glenmore") == []


def test_a_looser_paraphrase_of_one_place_and_thing_is_one_fact():
    # cosine about 0.26: the depot, where one left the van, and another's cameras saw it left
    facts = _facts({
        "a": "Vole had parked the stolen van behind the Quarry Lane Depot before the robbery, detectives said.",
        "b": "Security cameras at the Quarry Lane Depot, a municipal bus garage with forty buses, recorded a man "
             "in a grey hoodie stepping out of a van shortly after nine.",
    })
    assert _with(facts, "Quarry") == [["a", "b"]]
