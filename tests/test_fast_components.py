"""The fast attribute ruler and lemmatizer set exactly what spaCy's own components set."""

from __future__ import annotations

import pytest

spacy = pytest.importorskip("spacy")

from crosswire.extract.fast_components import speed_up, speed_up_attribute_ruler  # noqa: E402
from crosswire.extract.nlp import MODEL_NAME  # noqa: E402

TEXTS = [
    # contractions and the multi-token rules ("gon na", "let 's", "y'all", "there is")
    "Y'all gon na c'm on, let's go. There is a dog and there were two. I ain't doin' nothin', "
    "ol' man, 'em folks'll gotta wait.",
    "Treasury Secretary Scott Bessent said on Monday that the U.S. and China had agreed to cut "
    "tariffs by 115 percentage points for 90 days.\n\nBeijing's Commerce Ministry welcomed it.",
    "Police said a 12-year-old was shot at 3:15 p.m. Tuesday near the court; two others, ages 17 "
    "and 19, were hurt.  \n \n\"We'll be baffled for years,\" Warren said. I don't know, she wasn't.",
    "",
]


def _annotations(doc) -> list[tuple]:
    return [(t.text, t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_, t.head.i, t.ent_iob_, t.ent_type_)
            for t in doc]


@pytest.fixture(scope="module")
def pipelines():
    try:
        reference = spacy.load(MODEL_NAME)
        fast = spacy.load(MODEL_NAME)
    except OSError:
        pytest.skip(f"spaCy model {MODEL_NAME} is not installed")
    assert speed_up(fast) == ["attribute_ruler", "lemmatizer"]
    return reference, fast


def test_same_annotations_as_spacy(pipelines):
    reference, fast = pipelines
    for text in TEXTS:
        assert _annotations(fast(text)) == _annotations(reference(text)), text


def test_same_annotations_through_pipe(pipelines):
    reference, fast = pipelines
    expected = [_annotations(d) for d in reference.pipe(TEXTS * 3, batch_size=2)]
    assert [_annotations(d) for d in fast.pipe(TEXTS * 3, batch_size=2)] == expected


def test_multi_token_rules_apply(pipelines):
    _, fast = pipelines
    lemmas = {t.text: t.lemma_ for t in fast("We are gon na win, let's go.")}
    assert lemmas["gon"] == "go" and lemmas["na"] == "to" and lemmas["'s"] == "us"


def test_unknown_pattern_leaves_the_ruler_alone():
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add([[{"LOWER": "big"}, {"LOWER": "apple", "OP": "+"}]], {"LEMMA": "nyc"})
    assert not speed_up_attribute_ruler(nlp)
    assert [t.lemma_ for t in nlp("the big apple")][1] == "nyc"


def test_blank_rules_are_applied():
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add([[{"LOWER": {"IN": ["big", "large"]}}]], {"LEMMA": "size"})
    ruler.add([[{"LOWER": {"REGEX": "^app"}}]], {"LEMMA": "fruit"}, index=0)
    ruler.add([[{"LOWER": "large"}]], {"LEMMA": "larger"})  # later rules win
    assert speed_up_attribute_ruler(nlp)
    assert [t.lemma_ for t in nlp("a big apple, a large one")] == ["", "size", "fruit", "", "", "larger", ""]


def test_lemmas_of_inflected_and_unknown_words(pipelines):
    reference, fast = pipelines
    text = "The gunmen were fleeing; witnesses saw bloodied victims. Shootings rose. Zorbled glorps were quizzing."
    for _ in range(2):  # the second time from the remembered answers
        assert [t.lemma_ for t in fast(text)] == [t.lemma_ for t in reference(text)]
    lemmas = {t.text: t.lemma_ for t in fast(text)}
    assert lemmas["gunmen"] == "gunman" and lemmas["fleeing"] == "flee" and lemmas["witnesses"] == "witness"
