"""Page furniture and metadata missed on unseen stories (review 5): wire captions longer than a
line, a gallery flattened with its "Image 2 of 10" counters, a paper's doubled caption, template
placeholders never filled in, a rights notice after its service's name, a call to click closing
a paragraph, HTML entities in a text export's headline, and a dateline on its own line."""

from __future__ import annotations

import pytest

from crosswire.clean import clean_text
from crosswire.metadata.dateline import lone_dateline
from doc_helpers import cleaned_with_metadata, meta_value
from test_clean_widgets import reasons

TITLE = "Seven shot at record release party in Auburn Gresham\n\n"
LEAD = ("Seven people were shot inside a South Side nightclub early Thursday during a record release party, "
        "police said.")
MORE = ("A fight broke out inside the club around 1:15 a.m. and three men pulled out guns and began shooting, "
        "police said.")
LAST = "No one was in custody Thursday morning as Area South detectives investigate."


def article(*middle: str, tail: tuple[str, ...] = ()) -> str:
    return TITLE + "\n\n".join((LEAD, *middle, MORE, LAST, *tail)) + "\n"


# ---------------------------------------------------------------- captions

LONG_CAPTION = (
    "Crime scene tape hangs on a light pole across from a food store December 28, 2012 in Chicago, Illinois. "
    "A man believed to be the 500th murder victim of the year in Chicago was shot in the head and killed outside "
    "the store on December 27. After news organizations began reporting about his murder, the police department's "
    "news affairs office issued a statement stating the city's murder total remains at 499 because classification "
    "of one death investigation remains pending. The murder rate is up about 11 percent from 2011, much of which "
    "is attributed to growing gang violence. (Photo by Scott Olson/Getty Images)")
SHORTER_CAPTION = (
    "In this Wednesday, Dec. 5, 2012 photo, a lone cross stands in a vacant lot on the corner of 79th and Loomis "
    "in the Auburn-Gresham neighborhood on Chicago's South Side. Up to 80 percent of the city's murders and "
    "shootings are gang-related, according to police. By one estimate, the city has almost 70,000 gang members. "
    "A police audit last spring identified 59 gangs and 625 factions. (AP Photo/Charles Rex Arbogast)")


def test_a_wire_pictures_long_captions_are_cut():
    assert len(LONG_CAPTION) > 500 and len(SHORTER_CAPTION) > 400
    result = clean_text(article(LONG_CAPTION, SHORTER_CAPTION))
    assert "Getty Images" not in result.text and "AP Photo" not in result.text
    assert "500th murder victim" not in result.text and LEAD in result.text and LAST in result.text
    assert "photo caption" in reasons(result)


def test_a_paragraph_closed_by_a_parenthesis_naming_no_picture_stays():
    line = ("The county's board voted 9-2 to approve the budget on Tuesday, a week after the hearing "
            "(the two votes against came from the suburban members).")
    assert line in clean_text(article(line)).text


GALLERY = ("Photo: Pro 21 Video Image 1 of / 10 Caption Close Image 1 of 10 San Antonio police investigate a "
           "shooting on the Northwest Side that left five people wounded Sunday morning, Oct. 30, 2016. "
           + " ".join(f"Photo: Pro 21 Video Image {n} of 10 San Antonio police investigate a shooting on the "
                      "Northwest Side that left five people wounded Sunday morning, Oct. 30, 2016." for n in range(2, 11))
           + " Five shot in overnight party on Northwest Side 1 / 10 Back to Gallery")


def test_a_gallery_flattened_with_its_counters_and_credit_labels_is_cut():
    result = clean_text(article(GALLERY))
    assert "Back to Gallery" not in result.text and "Image 3 of 10" not in result.text
    assert reasons(result)["photo gallery"] == [GALLERY]


def test_numbered_steps_in_prose_are_no_gallery():
    line = ("Photo: the council's plan lists step 1 of 3 as repaving, step 2 of 3 as new lights and step 3 of 3 "
            "as a bus lane, the mayor said on Tuesday.")
    assert line in clean_text(article(line)).text


PAPER_CAPTION = (
    "Four dead in Far South Side shooting Abel Uribe / Chicago Tribune A plainclothes Chicago police officer "
    "tries to calm a woman who said she knew victims of a shooting in the 100 block of West 105th Street on "
    "Dec. 17, 2016. A plainclothes Chicago police officer tries to calm a woman who said she knew victims of a "
    "shooting in the 100 block of West 105th Street on Dec. 17, 2016. (Abel Uribe / Chicago Tribune) "
    "(Abel Uribe / Chicago Tribune)")


def test_a_papers_caption_printed_twice_with_its_credit_is_cut():
    result = clean_text(article(PAPER_CAPTION))
    assert "Abel Uribe" not in result.text and "plainclothes" not in result.text
    assert reasons(result)["photo caption"] == [PAPER_CAPTION]


def test_a_sentence_closed_by_a_name_and_a_paper_once_stays():
    line = ("The study of the city's shootings was written by two reporters and published last year "
            "(Jane Smith / Chicago Tribune).")
    assert line in clean_text(article(line)).text


@pytest.mark.parametrize("caption", [
    "Emergency crews clog the intersection of 105th and La Salle as neighbors peeked out of their homes. | Sam Charles",
    "First Deputy Police Supt. Kevin Navarro addresses reporters near the home on the Far South Side. "
    "| Sam Charles / Sun-Times",
])
def test_a_caption_with_its_photographer_after_a_bar_is_cut(caption):
    result = clean_text(article(caption))
    assert "Sam Charles" not in result.text and reasons(result)["photo caption"] == [caption]


def test_a_title_with_its_site_after_a_bar_is_no_caption():
    line = "Police say three men opened fire at the club after a fight | Chicago News"
    assert "photo caption" not in reasons(clean_text(article(line)))


# ---------------------------------------------------------------- templates, notices, calls

CLIP_TITLE = "Boy Recovering in Hospital After Father Accidentally Shoots Him"
CLIP_CAPTION = ("An 11-year-old boy is recovering in the hospital after his father accidentally fired his gun "
                "in Monroe on Sunday, striking his son in the cheek. (Published Monday, ${__output} 9, 2015)")
TEMPLATE_LINE = "( Mon Mar 09 17:08:35 PDT 2015 $__output ) ( Mon Mar 09 17:08:35 PDT 2015 $__output )"


def test_a_clips_caption_with_an_unfilled_placeholder_and_the_template_line_are_cut():
    result = clean_text(article(CLIP_TITLE, CLIP_CAPTION, TEMPLATE_LINE))
    assert "$__output" not in result.text and "${" not in result.text
    assert CLIP_TITLE not in result.text and "11-year-old boy" not in result.text
    assert reasons(result)["template junk"] == [TEMPLATE_LINE]
    assert LEAD in result.text and MORE in result.text


def test_a_lone_stamp_with_a_placeholder_takes_its_clips_title_along():
    clip = "11-Year-Old Boy Accidentally Shot in Monroe"
    result = clean_text(article(clip, "(Published Sunday, ${__output} 8, 2015)", TEMPLATE_LINE))
    assert clip not in result.text and "Published" not in result.text and "$__output" not in result.text
    assert reasons(result)["video caption"] == [clip]


def test_a_placeholder_left_inside_a_sentence_is_cut_and_the_sentence_stays():
    line = "The boy was taken to Bridgeport Hospital ${hospital_link} and later moved to Yale-New Haven Hospital."
    result = clean_text(article(line))
    assert "The boy was taken to Bridgeport Hospital and later moved to Yale-New Haven Hospital." in result.text
    assert reasons(result)["template junk"] == ["${hospital_link}"]


def test_prices_and_cashtags_are_no_placeholders():
    line = "Shares of $AAPL rose to $185 on Tuesday, and the company set aside $2 billion for buybacks, analysts said."
    assert "$AAPL rose to $185" in clean_text(article(line)).text


RIGHTS = ("Sun-Times Media Wire © Chicago Sun-Times 2013. All Rights Reserved. This material may not be published, "
          "broadcast, rewritten, or redistributed.")


def test_a_rights_notice_after_its_services_name_is_cut():
    result = clean_text(article(tail=(RIGHTS,)))
    assert "All Rights Reserved" not in result.text and LAST in result.text
    assert reasons(result)["copyright"] == [RIGHTS]


def test_a_sentence_about_rights_stays():
    line = ("The club's owner said he reserved the right to sue, and that all rights of the performers would be "
            "respected.")
    assert line in clean_text(article(tail=(line,))).text


def test_a_call_to_click_closing_a_paragraph_is_cut_and_the_paragraph_stays():
    para = ("Mata's biggest focus now is supporting Carrasco during his long road to recovery. Carrasco was "
            "scheduled to make his pro-boxing debut in December.")
    result = clean_text(article(para + " To support Carrasco's recovery, click here."))
    assert "click here" not in result.text and para in result.text
    assert reasons(result)["promotion"] == ["To support Carrasco's recovery, click here."]


def test_a_sentence_mentioning_clicking_stays():
    para = "The video shows the gunman near the door. Police said a man told them to click here to see it later."
    assert para in clean_text(article(para)).text


# ---------------------------------------------------------------- headline and dates

LONG_HEADLINE = ("7 shot during rap CD release party at Auburn Gresham nightclub Mr. G&#39;s Supper Club and "
                 "Entertainment Center at 87th and Ashland; performers included Nino, King Samson, Lil Mouse")


def test_a_long_headline_with_an_html_entity_is_the_title():
    result = clean_text(LONG_HEADLINE + "\n\n" + LEAD + "\n\n" + MORE + "\n")
    assert result.title == LONG_HEADLINE.replace("&#39;", "'")
    assert result.text.startswith(LEAD)


def test_a_first_paragraph_closed_by_a_full_stop_stays_body():
    lead = ("Chicago police confirm seven people were shot inside a supper club and entertainment center during "
            "a rap CD release party early Thursday in the Auburn Gresham neighborhood.")
    result = clean_text(lead + "\n\n" + MORE + "\n\n" + LAST + "\n")
    assert result.text.startswith(lead)


@pytest.mark.parametrize("raw, decoded", [
    ("The owner of Mr. G&#39;s said the club was closed.", "The owner of Mr. G's said the club was closed."),
    ("Police said &quot;nobody&quot; was in custody &amp; asked for tips.",
     'Police said "nobody" was in custody & asked for tips.'),
    ("AT&T and R&D staff were there; the &nosuch; stays.", "AT&T and R&D staff were there; the &nosuch; stays."),
])
def test_html_entities_in_a_text_export_are_decoded(raw, decoded):
    assert decoded in clean_text(article(raw)).text


def test_a_dateline_on_its_own_line_dates_the_report():
    lead = ("A 4.6-magnitude earthquake rattled Northern California overnight Thursday, shaking residents from "
            "San Francisco to north of Sacramento.")
    doc = cleaned_with_metadata(lead + "\n\nMarch 14, 2013-UNITED STATES-\n\n" + MORE + "\n\n" + LAST + "\n")
    assert meta_value(doc, "published") == "2013-03-14"
    assert "UNITED STATES" not in doc.text
    assert doc.text.startswith(lead)  # a sentence over a dateline may be the lead: it stays body


@pytest.mark.parametrize("line, place", [("March 14, 2013-UNITED STATES-", "UNITED STATES"),
                                          ("Mar. 14, 2013 — SAN FRANCISCO —", "SAN FRANCISCO")])
def test_a_date_closed_by_a_place_in_capitals_is_a_dateline(line, place):
    found = lone_dateline(line)
    assert found is not None and found.place == place and found.date.year == 2013


@pytest.mark.parametrize("line", ["March 14, 2013 - Police said -", "March 14-LONDON-"])
def test_a_date_before_a_sentence_or_without_a_year_is_no_lone_dateline(line):
    assert lone_dateline(line) is None


def test_a_page_dated_only_by_its_photo_captions_takes_their_date():
    doc = cleaned_with_metadata(article(GALLERY))
    assert meta_value(doc, "published") == "2016-10-30"
    assert doc.meta["published"].source == "photo caption"
    assert meta_value(cleaned_with_metadata(article()), "published") is None
