"""Details only one outlet has: a sentence naming someone or something no other source names."""

from crosswire.corroborate import corroborate_story
from crosswire.doc import Doc
from crosswire.extract import extract_doc

SHOOTING = {
    "a": "Five people were found shot to death at a home in Belfair on Friday, the sheriff's office said. "
         "The suspect, David Campbell, killed himself. "
         "A spokesperson said the handgun Campbell used was owned by Terry Carlson, a former neighbour.",
    "b": "Five people were found shot to death at a home in Belfair on Friday, deputies said. "
         "The suspect, David Campbell, killed himself. "
         "A teenage girl was taken by ambulance to Harrison Hospital in Bremerton.",
    "c": "Five people were found shot to death at a home in Belfair on Friday, the sheriff's office said. "
         "The suspect, David Campbell, killed himself. "
         "A spokesperson said the handgun Campbell used was owned by Terry Carlson, a former neighbour.",
}


def _details(texts: dict[str, str], roots: dict[str, str]) -> list[dict]:
    docs = [extract_doc(Doc(id=k, text=v, published="2016-06-03")) for k, v in texts.items()]
    facts = corroborate_story(docs, roots).facts
    return [f for f in facts if f.get("kind") == "detail"]


def test_a_name_no_other_source_writes_makes_a_single_source_detail_with_its_sentence():
    details = _details({k: SHOOTING[k] for k in "ab"}, {"a": "a", "b": "b"})
    by_name = {n: f for f in details for n in f["names"]}
    assert "Terry Carlson" in by_name and "Harrison Hospital" in by_name
    carlson = by_name["Terry Carlson"]
    assert carlson["status"] == "single-source" and carlson["sources"] == ["a"]
    assert carlson["evidence"][0]["quote"] in SHOOTING["a"]
    assert carlson["statement"].startswith("A spokesperson said the handgun")
    # what both name (Campbell, Belfair) is no detail
    assert not any(n in by_name for n in ("David Campbell", "Campbell", "Belfair"))


def test_a_copy_is_the_same_source_and_a_name_two_sources_give_is_no_detail():
    # c copies a: Terry Carlson is still one source's, listed with its copy
    details = _details(SHOOTING, {"a": "a", "b": "b", "c": "a"})
    carlson = next(f for f in details if "Terry Carlson" in f["names"])
    assert carlson["sources"] == ["a", "c"] and carlson["independent_sources"] == 1
    # c on its own: two sources name Terry Carlson, so neither has the detail
    details = _details(SHOOTING, {"a": "a", "b": "b", "c": "c"})
    assert not any("Terry Carlson" in f["names"] for f in details)


def test_a_quotation_is_the_quote_boards_and_one_source_has_no_details():
    texts = {"a": "Five people were found shot in Belfair on Friday. \"Harrison Hospital treated a girl,\" "
                  "said Ryan Spurling.",
             "b": "Five people were found shot in Belfair on Friday, deputies said."}
    assert not any("Harrison Hospital" in f["names"] for f in _details(texts, {"a": "a", "b": "b"}))
    assert _details({"a": SHOOTING["a"]}, {"a": "a"}) == []
