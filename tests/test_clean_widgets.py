"""Widgets a scraped page leaves in a body: video players, galleries, embedded posts,
caption carousels, calls to click, and the headline or a paragraph said twice."""

from __future__ import annotations

import pytest

from crosswire.clean import clean_text

TITLE = "Fire guts riverside warehouse in Millbrook\n\n"
LEAD = ("Firefighters battled a blaze at a riverside warehouse in Millbrook for six hours on Tuesday, "
        "the fire chief said.")
MORE = ("No one was hurt, but the building was destroyed and two nearby roads stayed closed overnight, "
        "a city spokesman said.")
LAST = "Investigators have not said what started the fire, and the owner could not be reached for comment."


def reasons(result) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for removal in result.removed:
        found.setdefault(removal.reason, []).append(removal.text)
    return found


def article(*middle: str) -> str:
    return TITLE + "\n\n".join((LEAD, *middle, MORE, LAST)) + "\n"


def test_player_controls_glued_ahead_of_a_paragraph_are_cut_and_the_paragraph_kept():
    result = clean_text(TITLE + "Skip Ad Ad Loading... x Embed x Share " + LEAD + "\n\n" + MORE + "\n\n" + LAST)
    assert result.text.startswith("Firefighters battled")
    assert reasons(result)["video player"] == ["Skip Ad Ad Loading... x Embed x Share"]


@pytest.mark.parametrize("paragraph", [
    "Share prices of the warehouse owner fell 4 percent on Wednesday, traders said.",
    "Close to 40 firefighters and 12 engines were sent to the scene, the chief said.",
    "Loading docks on the north side were the last part of the building to burn, he said.",
    "Embed reporters were not allowed near the site until the evening, officials said.",
])
def test_paragraphs_opening_with_player_words_stay(paragraph):
    result = clean_text(article(paragraph))
    assert paragraph in result.text


def test_a_gallery_from_its_loading_notice_to_its_controls_is_cut():
    gallery = ["PHOTOS: Warehouse fire in Millbrook",
               "Loading... Smoke rises over the river on Tuesday. Millbrook Daily",
               "Crews spray water on the roof of the warehouse on Tuesday. Millbrook Daily",
               "A firefighter rests near an engine on Tuesday. Millbrook Daily",
               "1 of 3 Autoplay Pause Show Thumbnails Show Captions"]
    result = clean_text(article(*gallery))
    for line in gallery:
        assert line not in result.text
    assert "photo gallery" in reasons(result)
    assert MORE in result.text and LAST in result.text


def test_a_loading_notice_without_player_controls_only_loses_the_notice():
    result = clean_text(article("Loading... Crews spray water on the roof of the warehouse, the chief said."))
    assert "Crews spray water on the roof of the warehouse, the chief said." in result.text
    assert "Loading..." not in result.text


def test_links_to_a_stations_other_videos_and_labelled_media_links_are_cut():
    links = ["EMBED >More News Videos A neighbor describes the moment the roof collapsed",
             "EMBED >More News Videos Crews battle the warehouse blaze.",
             "RAW VIDEO: Drone footage shows smoke over the river.",
             "VIDEO: Fire chief gives an update"]
    result = clean_text(article(*links))
    for line in links:
        assert line not in result.text
    assert LEAD in result.text and MORE in result.text


@pytest.mark.parametrize("paragraph", [
    "Video showed flames coming through the roof shortly after 2 a.m., the chief said.",
    "More videos of the fire were posted online by neighbours during the night.",
])
def test_prose_about_videos_stays(paragraph):
    assert paragraph in clean_text(article(paragraph)).text


def test_an_embedded_post_flattened_with_its_signature_is_cut():
    post = ("Crews on scene at the Millbrook warehouse fire. Avoid River Road. https://t.co/Ab12Cd34 #millbrook "
            "— Millbrook Fire (@MillbrookFD) March 3, 2021")
    result = clean_text(article(post))
    assert "@MillbrookFD" not in result.text and "Avoid River Road" not in result.text
    assert reasons(result)["embedded post"] == [post]


def test_a_signature_alone_and_a_sentence_naming_a_handle_stay():
    kept = ["— Millbrook Fire (@MillbrookFD) March 3, 2021",
            "The department posted an update on Twitter (@MillbrookFD) at 3 a.m. on March 3, saying the fire was out."]
    result = clean_text(article(*kept))
    for line in kept:
        assert line in result.text


def test_a_carousel_of_captions_opened_by_the_word_caption_is_cut():
    carousel = ("Caption Boat sinks at marina A fishing boat sank at the marina on Monday. No one was aboard. "
                "Caption Road closed after crash Main Street was closed after a two-car crash on Sunday.")
    result = clean_text(article(carousel))
    assert "Boat sinks" not in result.text and "two-car crash" not in result.text
    assert "photo gallery" in reasons(result)


def test_a_word_caption_opening_a_sentence_stays():
    line = "Caption writers at the paper said they were told to wait for the chief's statement."
    assert line in clean_text(article(line)).text


@pytest.mark.parametrize("caption", [
    "MILLBROOK, NY - MARCH 2: Firefighters spray water on a burning warehouse on March 2, 2021 in Millbrook, "
    "New York. The blaze burned for six hours. (Photo by Jane Roe/Getty Images)",
    "The warehouse owner, Dale Rivers, stands outside the building. (Photo courtesy: Facebook) Smoke rises over "
    "the river on Tuesday. (Photo courtesy: Facebook)",
    "Firefighters said they were called shortly after 2 a.m. on Tuesday. (Reuters)",
])
def test_captions_closed_by_their_credit_are_cut(caption):
    result = clean_text(article(caption))
    assert caption not in result.text
    assert "photo caption" in reasons(result)
    assert LEAD in result.text


def test_a_dateline_credit_and_a_paragraph_mentioning_photos_stay():
    kept = ["MILLBROOK (Reuters) - Firefighters said they were called shortly after 2 a.m. on Tuesday.",
            "Neighbours shared photos of the blaze, and the chief said crews would study them (as is usual) to "
            "learn how it spread."]
    result = clean_text(article(*kept))
    for line in kept:
        assert line in result.text


@pytest.mark.parametrize("line", [
    "Click here for complete coverage",
    "Click here for more recent updates",
    "Follow KXYZ.COM: Facebook | Twitter",
    "*This is a developing story. Follow KXYZ.com for the latest information.",
    "This story is developing. Check back for updates.",
])
def test_calls_to_click_or_follow_are_cut(line):
    result = clean_text(article(line))
    assert line not in result.text
    assert MORE in result.text


@pytest.mark.parametrize("line", [
    "Follow the money, the auditor told the council on Tuesday, and the fire's cause will be clear.",
    "Click here to get more information or download the county's fire safety guide.",
])
def test_sentences_that_only_start_like_a_call_stay(line):
    assert line in clean_text(article(line)).text


def test_a_paragraph_repeated_right_after_itself_is_kept_once():
    repeated = "County officials said the river trail would stay closed until the site is cleared of debris."
    result = clean_text(article(repeated, repeated, repeated))
    assert result.text.count(repeated) == 1
    assert reasons(result)["repeated paragraph"] == [repeated + "\n" + repeated]


def test_a_line_repeated_further_apart_stays_each_time():
    step = "Containers: 1 green, 1 red, 1 yellow, 1 teaspoon of oil."
    result = clean_text(article(step, "Lunch: grilled chicken with rice and beans.", step))
    assert result.text.count(step) == 2


def test_the_headline_repeated_with_a_section_label_and_a_variant_is_cut_from_the_lead():
    text = ("Fire guts riverside warehouse in Millbrook; no one hurt\n\n"
            "Fire guts riverside warehouse in Millbrook; no one hurt News Fire guts warehouse in Millbrook; "
            "no one hurt " + LEAD + "\n\n" + MORE + "\n\n" + LAST + "\n")
    result = clean_text(text)
    assert result.title == "Fire guts riverside warehouse in Millbrook; no one hurt"
    assert result.text.startswith("Firefighters battled")
    assert "repeated headline" in reasons(result)


def test_a_lead_that_only_starts_with_the_headlines_words_stays():
    text = ("Fire guts warehouse\n\nFire guts warehouse owners' hopes of reopening before summer, the company said "
            "on Tuesday.\n\n" + MORE + "\n")
    result = clean_text(text)
    assert "Fire guts warehouse owners' hopes" in result.text
