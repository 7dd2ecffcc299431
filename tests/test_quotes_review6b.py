"""Quote speakers from the sixth blind review, second round: a pronoun after a titled name the
tagger mistyped, a participle whose clause's subject is a thing, a surname two people share,
given names written as initials, a given name that tells a gender,
an article's own correction note, a quote naming someone before "he said"."""

from doc_helpers import speaker_of


def test_she_goes_on_from_a_titled_speaker_the_tagger_read_as_no_person():
    text = ("One of the victims was identified by his family to NBC News as Jordan Ebner, who listed on "
            "Facebook that he attended Everett Community College.\n\n"
            "\"There were many young people who saw and heard things that no one should ever experience,\" "
            "Mukilteo Mayor Jennifer Gregerson told reporters.\n\n"
            "\"Our community has suffered a great loss tonight,\" she added.\n")
    assert speaker_of(text, "Our community") == "Jennifer Gregerson"


def test_he_goes_on_from_a_sheriff_named_after_his_office_not_a_victim():
    text = ("Orangeburg County Coroner Samuetta Marshall said two adults and two teenagers were each shot. "
            "The victims were Krystal Hutto, 44, and Tamara Perry.\n\n"
            "\"We believe that this incident is an isolated incident,\" Orangeburg County Sheriff Leroy "
            "Ravenell said at an afternoon news conference.\n\n"
            "Ravenell said a car that had been seen at the house was found burned about midday. "
            "Authorities had been seeking the car but didn't know how it was connected to the house.\n\n"
            "\"We are actively following some leads. Anyone who has any information, you need to come "
            "forward,\" he said.\n")
    assert speaker_of(text, "We are actively") == "Leroy Ravenell"


def test_a_participle_after_a_said_clause_about_a_thing_is_the_sayers():
    text = ("Solicitor David Pascoe said Smith is a flight risk. Pascoe said that Smith's record is "
            "\"very extensive,\" noting, \"despite the fact that he's only 27 years old, he's basically "
            "been in trouble for something serious every year of his adult life.\"\n")
    assert speaker_of(text, "despite the fact") == "David Pascoe"


def test_a_surname_two_people_share_is_the_one_who_has_spoken():
    text = ("\"My granddaughter called us about 20 minutes after midnight that she was hiding,\" said Susan "
            "Gemmer. \"We jumped out of bed and got in the car as fast as we could.\"\n\n"
            "Gemmer says her granddaughter, 18-year-old Alexis Gemmer, was hanging out at the home with "
            "friends when a young man showed up with a rifle. Gemmer tells The Associated Press that "
            "according to her granddaughter, the gunman shot two people at a fire pit.\n")
    assert speaker_of(text, "that according to her granddaughter") == "Susan Gemmer"


def test_a_name_with_initials_for_given_names_is_the_full_names_person():
    from crosswire.corroborate.entity_names import first_name_variants

    found = first_name_variants(["A.J. Perez", "Armando J. Perez"], {"Armando J. Perez": 19, "A.J. Perez": 2})
    assert found == {"A.J. Perez": "Armando J. Perez"}
    assert first_name_variants(["AJ Perez", "Armando J. Perez"], {"Armando J. Perez": 3}) == {
        "AJ Perez": "Armando J. Perez"}
    # other initials, or another surname, are someone else
    assert first_name_variants(["A.B. Perez", "Armando J. Perez"], {}) == {}
    assert first_name_variants(["A.J. Lopez", "Armando J. Perez"], {}) == {}


def test_he_is_not_a_woman_known_by_her_given_name():
    text = ("Sheriff Leroy Ravenell spoke to reporters on Thursday. Krystal Hutto, 44, rented the house. "
            "Hutto had lived there for years.\n\n"
            "\"We are actively following some leads,\" he said.\n")
    assert speaker_of(text, "We are actively") == "Leroy Ravenell"


def test_an_articles_correction_note_is_nobodys_words():
    from doc_helpers import quotes_of

    text = ("Sheriff Leroy Ravenell said the car was found burned in Vance.\n\n———\n\n"
            "This story has been corrected to show that the sheriff's last name is spelled Ravenell.\n")
    speakers = {content: speaker for content, speaker, _ in quotes_of(text)}
    assert speakers.get("that the sheriff's last name is spelled Ravenell") is None
    assert speakers["the car was found burned in Vance"] == "Leroy Ravenell"


def test_he_after_a_quote_that_names_someone_is_not_that_one():
    text = ("Orangeburg County Sheriff Leroy Ravenell said on Thursday that the investigation has been "
            "non-stop since it was first called in.\n\n"
            "Investigators then looked at Michael Smith, 27, of Berkeley County. This resulted in Smith "
            "being identified as a person of interest.\n\n"
            "\"We want to assure the community we have been tracing out every new lead, interviewing anyone "
            "even remotely connected with it, including Mr. Smith,\" he said.\n")
    assert speaker_of(text, "We want to assure") == "Leroy Ravenell"
