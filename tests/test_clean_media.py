"""Page furniture found on unseen stories (review 3): a video's closed captions, a playlist
flattened into one paragraph and its titles listed again, tabloid and station captions, a
date stamp standing alone below the lead, photo credits and calls to click, and the
headline printed twice or run into its standfirst."""

from __future__ import annotations

import pytest

from crosswire.clean import clean_text
from crosswire.doc import Doc
from crosswire.clean import clean_doc
from crosswire.metadata.stage import metadata_doc
from test_clean_widgets import reasons

TITLE = "Gunfire at riverside club leaves one dead\n\n"
LEAD = ("One man was killed and 15 people were hurt when gunfire broke out inside a riverside nightclub "
        "early Sunday, the police chief said.")
MORE = ("Investigators were reviewing footage from cameras in the parking lot, and two men were being "
        "questioned, a police spokesman said.")
LAST = "The club will stay closed while the investigation continues, its owner said in a statement."


def article(*middle: str, tail: tuple[str, ...] = ()) -> str:
    return TITLE + "\n\n".join((LEAD, *middle, MORE, LAST, *tail)) + "\n"


# ---------------------------------------------------------------- transcripts

TRANSCRIPT = ("WEBVTT >> IS EVERYONE READY?GOOD MORNING.LET ME BEGIN BY OFFERING MYTHOUGHTS AND PRAYERS "
              "ANDCONDOLENCES TO THE INDIVIDUALSTHAT WERE THE VICTIMS OF THISACT OF VIOLENCE THAT TOOK PLACEIN "
              "OUR CITY LAST NIGHT.I WANT TO BEGIN BY ALSO STATINGTHAT THIS INVESTIGATION IS ONLYEIGHT HOURS OLD.")


def test_a_video_transcript_in_capitals_is_cut_and_the_article_kept():
    result = clean_text(article(tail=(TRANSCRIPT,)))
    assert reasons(result)["video transcript"] == [TRANSCRIPT]
    assert result.text == "\n\n".join((LEAD, MORE, LAST))


def test_a_capitals_block_without_its_header_is_cut_in_a_mixed_case_article():
    block = TRANSCRIPT.removeprefix("WEBVTT >> ")
    result = clean_text(article(block))
    assert "video transcript" in reasons(result)
    assert MORE in result.text


def test_a_report_written_all_in_capitals_is_kept():
    # old wire copy: every paragraph in capitals, none in mixed case to set it apart from
    paragraphs = [p.upper() for p in (LEAD, MORE, LAST)] + [
        "THE MAYOR SAID THE CITY WOULD REVIEW THE LICENCES OF ALL CLUBS IN THE DISTRICT, AND THAT OFFICERS "
        "WOULD PATROL THE RIVERFRONT ON WEEKEND NIGHTS UNTIL FURTHER NOTICE, A SPOKESMAN SAID ON MONDAY."]
    result = clean_text(TITLE.upper() + "\n\n".join(paragraphs) + "\n")
    assert "video transcript" not in reasons(result)
    assert paragraphs[-1] in result.text


def test_a_short_heading_in_capitals_stays():
    result = clean_text(article("VOLATILE BORDER"))
    assert "VOLATILE BORDER" in result.text


# ---------------------------------------------------------------- playlists

PLAYLIST = " ".join(
    f"CLOSE Skip in Skip x Embed x Share CLUB SHOOTING {title} | 1:{10 + n} {caption} The Enquirer {n} of 4"
    for n, (title, caption) in enumerate([
        ("Arrests made in club shooting", "Police announce the arrests of two men charged with murder."),
        ("911 calls from the club shooting", "Multiple calls were made to dispatchers to report the shooting."),
        ("Prayer vigil for the victims of the club shooting", "Mourners pray for the man who was killed."),
        ("Witness describes the shooting at the club", "A man talks about being inside when shots rang out."),
    ], start=1)
)


def test_a_playlist_flattened_into_a_paragraph_and_its_titles_below_are_cut():
    titles = ["Arrests made in club shooting", "911 calls from the club shooting",
              "Prayer vigil for the victims of the club shooting"]
    result = clean_text(TITLE + PLAYLIST + "\n\n" + "\n\n".join(titles) + "\n\n" + "\n\n".join((LEAD, MORE, LAST)))
    found = reasons(result)
    assert found["photo gallery"] == [PLAYLIST]
    assert found["video links"] == ["\n".join(titles)]
    assert result.text == "\n\n".join((LEAD, MORE, LAST))


def test_a_sentence_counting_one_of_several_stays():
    line = ("The dead man was 1 of 4 brothers, 2 of 3 of whom were at the club, and 3 of 5 friends who came "
            "with them were hurt, his family said.")
    assert line in clean_text(article(line)).text


def test_a_subheading_is_not_a_playlist_title_without_a_player():
    assert "Prayer vigil for the victims" in clean_text(article("Prayer vigil for the victims")).text


# ---------------------------------------------------------------- captions

TABLOID = [
    "Ambushed: Jeremy Lewis, of Fullerton, was carjacked and shot dead early on Tuesday in California",
    "Trail of blood: Orange County coroner's officials remove the gunman's body from the scene",
    "Gunshots: The body of one of the shooting victims is examined by law enforcement officers",
    "Crime scene: Officers move a tent at one of the sites where a victim was shot",
]


def test_a_tabloids_labelled_captions_are_cut():
    result = clean_text(article(TABLOID[0], TABLOID[1], "Scroll down for video", TABLOID[2], TABLOID[3]))
    assert result.text == "\n\n".join((LEAD, MORE, LAST))
    assert sum(len(t.splitlines()) for t in reasons(result)["photo caption"]) == 4


@pytest.mark.parametrize("lines", [
    # a page's few links to other stories, each a headline and its standfirst
    ("Internal memo: Federal prison guards falsified records of cell checks, inmate counts",
     "Staffers 'don't care': Federal prison suicides were quietly rising before the death",
     "Inner circle eyed: Prosecutors could still go after his inner circle if they helped him"),
    # an interview's questions and answers
    ("Q: What was the favourite technology purchase in the last five years",
     "A: A phone that lets me read the news on the train every morning",
     "Q: Which city would you most like to visit again some day",
     "A: A tie between Istanbul and Cape Town, both of them in the spring"),
    # labelled sentences, closed by their full stops
    ("UPDATE: Police have arrested a second man in connection with the shooting.",
     "Victims: Two of the injured remain in critical condition at the hospital.",
     "Motive: Detectives believe the shooting grew out of a dispute earlier in the day.",
     "Reward: A local restaurant owner is offering $10,000 for information."),
])
def test_labelled_lines_that_are_no_caption_run_stay(lines):
    result = clean_text(article(*lines))
    for line in lines:
        assert line in result.text


def test_a_stations_video_captions_and_their_titles_are_cut():
    title = "Club Shooting Began After Dispute"
    caption = ("Authorities discussed the events that led to the shooting early Sunday. Raw video broadcast "
               "March 26, 2017. (Published Sunday, March 26, 2017)")
    result = clean_text(article(title, caption))
    assert reasons(result)["video caption"] == [title + "\n" + caption]
    assert result.text == "\n\n".join((LEAD, MORE, LAST))


def test_a_paragraph_citing_a_published_report_stays():
    line = ("The club's licence was suspended once before, according to a city report (published in 2015) "
            "that the newspaper obtained.")
    assert line in clean_text(article(line)).text


@pytest.mark.parametrize("line", ["ALEX GALLARDO/REUTERS", "Mark Rightmire,/AP", "Uncredited/AP"])
def test_a_photographer_and_agency_credit_is_cut(line):
    result = clean_text(article(line))
    assert line not in result.text
    assert MORE in result.text


def test_a_buy_photo_caption_is_cut():
    line = ("Buy Photo A large crime scene unit at the club on Kellogg Ave. The overnight shooting left one dead "
            "and 14 injured. (Photo: Liz Dufour, The Enquirer)Buy Photo")
    assert reasons(clean_text(article(line)))["photo caption"] == [line]


# ---------------------------------------------------------------- date stamps


def test_a_date_stamp_below_the_lead_is_cut_and_dates_the_report():
    doc = Doc(raw=TITLE + "\n\n".join((LEAD, "12:48PM BST 09 Sep 2013", MORE, LAST)) + "\n")
    clean_doc(doc)
    assert "12:48PM" not in doc.text
    metadata_doc(doc)
    assert doc.meta["published"].value == "2013-09-09"


def test_a_chronologys_dated_headings_stay():
    text = article("March 3, 2019", "The first protest drew about 200 people to the square, organisers said.",
                   "April 9, 2019", "A second march the next month was twice the size, police estimated.")
    result = clean_text(text)
    assert "March 3, 2019" in result.text and "April 9, 2019" in result.text


def test_a_two_digit_year_stamp_is_a_date_line():
    from crosswire.metadata.dates import parse_date_stamp

    stamp = parse_date_stamp("11/10/11 02:39 PM ET")
    assert stamp is not None and stamp.dates[0].as_date().isoformat() == "2011-11-10"


# ---------------------------------------------------------------- calls and players


@pytest.mark.parametrize("line", [
    "For the latest information, click or tap here.",
    "On the go? Click or tap here for a summary of what we know.",
    "Tap or click here for a guide on mass shooting terminology.",
    "View video of the aftermath of the shooting here.",
    "Scroll down for video",
    "Read or Share this story: http://cin.ci/2mDygpf",
    "Don’t miss another post on Facebook or Twitter for all the latest breaking news",
    "Keep checking WXYZ.com for the latest news, weather and sports. To get alerts for breaking news, grab the "
    "FREE WXYZ News App for iPhone or Android.",
    "Embed Three Killed, Four Hurt in Drive-By Shooting 1:19 autoplay autoplay Copy this code to your website or blog",
    "Hide Transcript Show Transcript",
    "Copy Link Copy",
])
def test_calls_and_player_lines_are_cut(line):
    result = clean_text(article(line))
    assert line not in result.text
    assert MORE in result.text


def test_also_on_heading_and_app_links_after_the_report_are_cut():
    tail = ("Also on HuffPost:", "Stay in Touch Anywhere, Anytime with News, Weather and Video -- Download the WXYZ app:",
            "Android App", "iPhone/iPad App", "Or Sign up for our Daily Newsletter -- Delivered to Your E-mail:",
            "E-News")
    result = clean_text(article(tail=tail))
    assert result.text == "\n\n".join((LEAD, MORE, LAST))


def test_a_flash_notice_ahead_of_the_video_links_is_cut():
    line = ("Sorry, your browser doesn't support Flash , needs a Flash update , or has Flash disabled. You need "
            "Flash to watch this video. EMBED </>More News Videos Eyewitness News helped police find new evidence")
    result = clean_text(article(line))
    assert result.text == "\n\n".join((LEAD, MORE, LAST))
    assert "video player" in reasons(result) and "video links" in reasons(result)


def test_a_paragraph_about_a_browser_stays():
    line = "Your browser does not support the new rules, the company warned users in a statement on Monday."
    assert line in clean_text(article(line)).text


# ---------------------------------------------------------------- headlines


def test_a_headline_printed_twice_is_the_title():
    head = ("Pictured: The two male victims of OC student, 20, who gunned down a woman in his family home "
            "before stealing five cars to go on a bloody 25-minute murder spree")
    result = clean_text(head + "\n\n" + head + "\n\n" + "\n\n".join((LEAD, MORE, LAST)))
    assert result.title == head
    assert result.text == "\n\n".join((LEAD, MORE, LAST))


def test_the_headline_run_into_its_standfirst_and_share_link_is_cut():
    result = clean_text(TITLE + TITLE.strip() + " No arrests made yet | Share\n\n" + "\n\n".join((LEAD, MORE, LAST)))
    assert result.title == TITLE.strip()
    assert result.text == "\n\n".join((LEAD, MORE, LAST))


def test_an_advert_label_between_two_sentences_is_cut_and_both_kept():
    para = ("Sixteen people were shot inside the club Sunday morning. Advertisement Obryan Spikes, 27, died in "
            "the shooting, police said.")
    result = clean_text(article(para))
    assert ("Sixteen people were shot inside the club Sunday morning. Obryan Spikes, 27, died in the shooting, "
            "police said.") in result.text
    assert reasons(result)["advertisement"] == ["Advertisement"]


def test_the_word_advertisement_in_a_sentence_stays():
    para = "The council banned billboard advertisement near schools. Advertisement revenue fell 4 percent, it said."
    assert para in clean_text(article(para)).text


def test_a_spaced_abbreviation_ends_a_headline():
    result = clean_text("Colts clinch playoff berth with 20-13 win in K. C.\n\n" + "\n\n".join((LEAD, MORE, LAST)))
    assert result.title == "Colts clinch playoff berth with 20-13 win in K. C."
    assert result.text.startswith("One man was killed")
