"""A town the tagger took for a person, written with its country ("Abu Talat in Egypt",
"Marseilles (France)"), is a place for the story, and anchors the statements that name it."""

from crosswire.corroborate import corroborate_story
from crosswire.doc import Doc
from crosswire.extract import extract_doc
from doc_helpers import tagged_doc

TEXTS = {
    "a": "The undersea cable went down on Saturday. Seacom said the outage was caused by a problem on a cable "
         "between Abu Talat in Egypt and Marseilles in France. Customers in Kenya lost service. Repairs could "
         "take twelve days.",
    "b": "Internet users lost service on Saturday. The provider said its backhaul partner is experiencing an "
         "outage between Abu Talat and Marseilles. A repair ship is on its way. Customers in Kenya were told to "
         "wait.",
    "c": "Seacom customers lost service. The break was on a cable between Abu Talat (Egypt) and Marseilles "
         "(France), the company said. Engineers are working on it.",
}
MORE = (" Banks in Nairobi reported slow connections. Mobile operators rerouted traffic through other links."
        " Schools closed their computer labs for the week. Shops in Mombasa took cash only. The regulator asked"
        " for a report. Analysts said the region needs more links. Prices for bandwidth rose on Monday.")


def test_a_name_written_with_its_country_is_a_place_and_an_organisation_there_stays_one():
    from crosswire.corroborate.entities import EntityIndex

    docs = [tagged_doc("a", "The cable between Abu Talat (Egypt) and Marseilles in France, which broke. Seacom in "
                            "South Africa said so.", [("Abu Talat", "PERSON"), ("Marseilles", "PERSON"),
                                                      ("Seacom", "ORG")]),
            tagged_doc("b", "Mr. John Carter in Kenya, a teacher, lost service.", [("John Carter", "PERSON")])]
    index = EntityIndex(docs)
    types = {e["name"]: e["type"] for e in index.to_list()}
    assert types["Abu Talat"] == "PLACE" and types["Marseilles"] == "PLACE" and types["Seacom"] == "ORG"
    assert index.story_type({"type": "PERSON"}, "Abu Talat") == "PLACE"
    # a name the words around it also give a person's title stays a person
    assert types["John Carter"] == "PERSON"


def test_the_place_the_story_types_anchors_the_statements_that_name_it():
    docs = [extract_doc(Doc(id=k, text=v + MORE, published="2011-10-10")) for k, v in TEXTS.items()]
    facts = corroborate_story(docs).facts
    cable = [f for f in facts if f["kind"] == "statement" and "Abu Talat" in f["statement"]]
    assert len(cable) == 1 and cable[0]["sources"] == ["a", "b", "c"]


def test_a_name_a_kind_of_place_stands_before_is_a_place():
    from crosswire.corroborate.entities import EntityIndex

    docs = [tagged_doc("a", "The rioting spread to the northern city of Thessaloniki on Wednesday.",
                       [("Thessaloniki", "ORG")]),
            tagged_doc("b", "Protests reached Greece's second city, Thessaloniki, by nightfall.", [("Thessaloniki", "ORG")]),
            tagged_doc("c", "The shootout was near the town of Leedey, a spokesman said.", [("Leedey", "ORG")]),
            tagged_doc("d", "The Department of Justice and the University of Athens sent statements.",
                       [("Justice", "ORG"), ("Athens", "ORG")])]
    types = {e["name"]: e["type"] for e in EntityIndex(docs).to_list()}
    assert types["Thessaloniki"] == "PLACE" and types["Leedey"] == "PLACE"
    assert types["Justice"] == "ORG"  # a department's "of" is no place's


def test_a_name_saying_something_on_its_own_channel_is_an_organisation():
    from crosswire.corroborate.entities import EntityIndex

    docs = [tagged_doc("a", "Cybersmart posted on its website that its customers were affected.",
                       [("Cybersmart", "PERSON")]),
            tagged_doc("b", "Dale Carter posted on his website that he was fine.", [("Dale Carter", "PERSON")])]
    types = {e["name"]: e["type"] for e in EntityIndex(docs).to_list()}
    assert types["Cybersmart"] == "ORG" and types["Dale Carter"] == "PERSON"


def test_a_name_called_at_a_phone_number_is_a_line_or_an_office_and_a_titled_person_stays_one():
    from crosswire.corroborate.entities import EntityIndex

    moss = Doc(id="b", text="Tips may go to Detective Jane Moss; call Jane Moss at (615) 555-0199.")
    for at in (moss.text.index("Jane Moss"), moss.text.rindex("Jane Moss")):
        moss.add_span("entity", at, at + len("Jane Moss"), type="PERSON", name="Jane Moss")
    docs = [tagged_doc("a", "Anyone with information is asked to call Crime Stoppers at 615-742-7463.",
                       [("Crime Stoppers", "PERSON")]), moss]
    types = {e["name"]: e["type"] for e in EntityIndex(docs).to_list()}
    assert types["Crime Stoppers"] == "ORG" and types["Jane Moss"] == "PERSON"
