"""Each cleaning rule on small texts: what it cuts, why, and what it must leave alone."""

from __future__ import annotations

import pytest

from crosswire.clean import clean_stage, clean_text, looks_random
from crosswire.clean.text import is_menu_line, split_units
from crosswire.doc import Doc

BODY = (
    "Officials from both countries met on Sunday to discuss the proposed framework, which would pause "
    "tariffs for a year.\n"
    "The talks ended without a joint statement, but both delegations said they would report to their "
    "leaders this week.\n"
)


def reasons(result) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for removal in result.removed:
        found.setdefault(removal.reason, []).append(removal.text)
    return found


def test_date_header_is_cut_and_recorded():
    result = clean_text("Wednesday, February 4, 2026\n" + BODY)
    assert "February 4, 2026" not in result.text
    assert reasons(result)["date header"] == ["Wednesday, February 4, 2026"]
    assert result.removed[0].offset == 0


@pytest.mark.parametrize("header", ["Updated: Oct. 26, 2025 10:32 AM EDT", "26 October 2025", "2025-10-26 14:05",
                                    "5 min read", "3 hours ago"])
def test_other_header_date_styles(header):
    result = clean_text(header + "\n" + BODY)
    assert header not in result.text
    assert "date header" in reasons(result)


def test_menus_and_glued_breadcrumb_are_navigation():
    text = ("No menu items!\nHome News World Business Sport Weather Contact\n"
            "HomeWorldTalks end without a deal\nTalks end without a deal\n" + BODY)
    result = clean_text(text)
    assert result.title == "Talks end without a deal"
    assert "No menu items" not in result.text and "HomeWorld" not in result.text
    assert "Home News World" not in result.text
    assert len(reasons(result)["navigation"]) == 1  # contiguous units merge into one removal
    assert result.text.startswith("Officials from both countries")


def test_separated_breadcrumb_trail():
    result = clean_text("Home > World > Asia\n" + BODY)
    assert "Home > World" not in result.text
    assert "navigation" in reasons(result)


def test_comment_form_in_its_usual_phrasings():
    form = ("LEAVE A REPLY\nPlease enter your comment!\nPlease enter your name here\n"
            "You have entered an incorrect email address!\n"
            "Save my name, email, and website in this browser for the next time I comment.\nPost Comment\n")
    result = clean_text(BODY + form)
    assert result.text == clean_text(BODY).text
    assert "comment form" in reasons(result)
    assert clean_text(BODY + "Leave a Reply Cancel reply\nYour email address will not be published. "
                             "Required fields are marked *\n").text == clean_text(BODY).text


def test_related_and_most_popular_blocks_take_their_links_with_them():
    tail = ("RELATED ARTICLES\nMarkets rally as talks resume\nWhat the truce means for farmers\n"
            "Most Popular\nReaders' photos of the week\n")
    result = clean_text(BODY + tail)
    assert result.text == clean_text(BODY).text
    assert len(reasons(result)["related links"]) == 1


def test_related_block_ends_at_the_next_paragraph_of_prose():
    text = (BODY + "Read more\nMarkets rally as talks resume\n"
            "Analysts said the agreement could still collapse if either side changed course before the summit.\n")
    result = clean_text(text)
    assert "Markets rally" not in result.text
    assert "Analysts said the agreement could still collapse" in result.text


def test_one_line_teaser_is_related_links():
    result = clean_text(BODY + "ALSO READ: Markets rally as talks resume\n" + BODY.split("\n")[0])
    assert "ALSO READ" not in result.text
    assert "related links" in reasons(result)


def test_share_widgets():
    for widget in ("Share this:\nFacebook\nX\nWhatsApp\nEmail\nPrint", "Share: Facebook X WhatsApp Email",
                   "Click to share on Twitter (Opens in new window)"):
        result = clean_text(BODY + widget)
        assert result.text == clean_text(BODY).text, widget
        assert "share widget" in reasons(result)


def test_end_of_article_marker_and_what_follows():
    result = clean_text(BODY + "End of Article\nTrending Stories\nSome other headline here\n")
    assert "End of Article" not in result.text
    assert "Some other headline" not in result.text
    assert "end of article" in reasons(result)


def test_repeated_headline_is_kept_once_as_title():
    headline = "U.S. and China outline trade truce framework"
    text = f"{headline}\n\nProposed deal pauses tariffs and delays rare-earth rules\n\n{headline}\n\n{BODY}"
    result = clean_text(text)
    assert result.title == headline
    assert headline not in result.text
    assert "Proposed deal pauses tariffs" in result.text  # the standfirst is content
    assert reasons(result)["repeated headline"] == [headline]


def test_title_hint_removes_the_headline_from_an_html_body():
    result = clean_text("Talks end\n" + BODY, title_hint="Talks end", keep_offsets=False)
    assert result.text.startswith("Officials")
    assert all(r.offset is None for r in result.removed)


def test_random_letter_junk_tail_by_character_statistics():
    result = clean_text(BODY + "End of Article\nqzxkvbnmwrtplkjhgfdsxcvbn\n")
    assert "qzxkvbnm" not in result.text
    junk = clean_text(BODY + "\nwmzuzowsuyhhjkihzfxrlewsjdwdnv")
    assert "junk tail" in reasons(junk)
    glued = clean_text(BODY.strip() + " xkqjzvbwpltrmnhgfdcq")
    assert "xkqjzvbw" not in glued.text and glued.text.endswith("this week.")


@pytest.mark.parametrize("word", ["internationalization", "Massachusetts", "counterrevolutionary",
                                  "Rechtsschutzversicherung", "photosynthesis", "strengths", "Kuala"])
def test_real_words_are_not_junk(word):
    assert not looks_random(word)


@pytest.mark.parametrize("token", ["wmzuzowsuyhhjkihzfxrlewsjdwdnv", "xkqjzvbwpltrmnhgfdcq", "a8f3k2j9d0s7l4m1q6w5"])
def test_random_tokens_are_junk(token):
    assert looks_random(token)


def test_short_subheadings_and_short_sentences_stay():
    text = (BODY + "\nSoybeans and rare earths at the heart of the deal\n\n"
            "Bessent told ABC that farmers will benefit.\n\nHe declined.\n\n" + BODY)
    result = clean_text(text)
    assert "Soybeans and rare earths at the heart of the deal" in result.text
    assert "He declined." in result.text
    assert "Bessent told ABC that farmers will benefit." in result.text


def test_body_sentences_mentioning_chrome_words_stay():
    text = (BODY + "Readers were asked to share their comments on the deal by email, and most popular "
            "responses favoured an extension.\nRelated talks are expected in Geneva next month, officials said.\n")
    result = clean_text(text)
    assert "share their comments" in result.text
    assert "Related talks are expected in Geneva" in result.text


def test_paragraphs_blank_lines_and_trailing_whitespace():
    result = clean_text("First paragraph here, with words.   \n\n\n\n\nSecond paragraph, also words.  \t\n\n")
    assert result.text == "First paragraph here, with words.\n\nSecond paragraph, also words."


def test_hard_wrapped_text_is_rejoined_into_paragraphs():
    para = ("The delegations met for two days in the Malaysian capital and agreed on a framework that\n"
            "would pause the planned tariffs, officials said, while the leaders are expected to review\n"
            "the terms at a summit later this week in South Korea, where both sides hope to sign it.\n")
    units = split_units(para + "\n" + para + "\n" + para)
    assert len(units) == 3
    assert "framework that would pause" in units[0].text


def test_menu_line_detector():
    assert is_menu_line("Home News Nation Business Sport Weather Contact")
    assert not is_menu_line("Business leaders welcome the news from the summit")


def test_markup_never_survives_in_text():
    result = clean_text("<script>alert(1)</script>\n" + BODY + '<img src=x onerror="alert(1)">\n')
    assert "alert" not in result.text and "<script" not in result.text and "onerror" not in result.text


HOSTILE = """<html><head><title>Talks end | The Daily</title><style>p{color:red}</style>
<script>document.write('STEAL')</script></head>
<body onload="evil()"><nav>Home World</nav><h1>Talks end</h1>
<p onclick="evil()">Officials from both countries met on Sunday to discuss the proposed framework, which would pause tariffs for a year.</p>
<p>The talks ended without a joint statement, but both delegations said they would report to their leaders this week.</p>
<script>var secret = 'STEAL';</script><noscript>ENABLE JS</noscript><style>.x{}</style>
<iframe src="https://evil.example">IFRAME</iframe>
</body></html>"""


def test_hostile_html_leaves_no_script_style_or_attributes():
    doc = clean_stage(Doc(raw=HOSTILE, format="html"))
    assert "Officials from both countries" in doc.text
    for bad in ("STEAL", "evil", "onclick", "color:red", "ENABLE JS", "IFRAME", "<"):
        assert bad not in doc.text, bad


@pytest.mark.parametrize("cut", [200, 400, 600])
def test_truncated_html_still_yields_text(cut):
    doc = clean_stage(Doc(raw=HOSTILE[: HOSTILE.index("<p onclick") + cut], format="html"))
    assert "Officials from both countries met" in doc.text
    assert "STEAL" not in doc.text and "evil" not in doc.text


def test_tag_soup_falls_back_to_visible_text():
    raw = "<div><b>Officials met <i>on Sunday</b> to talk</i><script>x=1</script><p>Tariffs paused"
    doc = clean_stage(Doc(raw=raw, format="html"))
    assert "Officials met" in doc.text and "Tariffs paused" in doc.text
    assert "x=1" not in doc.text


def test_clean_stage_does_not_override_a_record_title():
    doc = Doc(raw="A headline from the page\n\n" + BODY)
    doc.set_meta("title", "The record's title", "record")
    clean_stage(doc)
    assert doc.title == "The record's title"
    assert doc.meta["title"].source == "record"
    assert doc.text.startswith("Officials")


def test_promotions_credits_and_copyright_after_the_body():
    tail = ("Follow NBC News on Twitter, Facebook and Instagram.\n"
            "Sign up for our free daily newsletter to get the news in your inbox.\n"
            "(Reporting by A. Writer; Editing by B. Editor)\n"
            "Associated Press writers Jane Roe and John Doe contributed to this report.\n"
            "Write to Jane Roe at jane.roe@example.com\n"
            "© 2025 Example Media. All rights reserved.\n")
    result = clean_text(BODY + tail)
    assert result.text == clean_text(BODY).text
    found = reasons(result)
    assert {"promotion", "credits", "copyright"} <= set(found)


def test_a_named_contributor_credit_after_the_body_without_a_job_word():
    tail = "KING 5's Drew Mikkelsen contributed to this report and is tweeting the latest developments.\n"
    result = clean_text(BODY + tail)
    assert result.text == clean_text(BODY).text
    assert "credits" in reasons(result)


def test_labelled_field_rows_and_tag_lists():
    text = ("05/10/2018 - Publicado por: Clarissa Borba - Categoria: Saúde - Tags: carros\n" + BODY +
            "Tags\ncalendario stock car 2018, stock car brasil, stock car cascavel, stock car interlagos\n")
    result = clean_text(text)
    assert "Publicado por" not in result.text and "stock car brasil" not in result.text
    assert "page metadata" in reasons(result) and "related links" in reasons(result)


def test_shortcodes_and_photo_credits():
    text = (BODY + '[button link="http://example.com/submit" type="big"] Send us YOUR review[/button]\n'
            "Main image credit: Getty Images\n")
    result = clean_text(text)
    assert "button" not in result.text and "Send us YOUR review" not in result.text
    assert "Getty" not in result.text and "photo credit" in reasons(result)


def test_foreign_language_date_header():
    result = clean_text("segunda-feira, 22 de janeiro de 2018 às 0:13\n" + BODY)
    assert "janeiro" not in result.text and "date header" in reasons(result)


def test_runs_of_truncated_teasers_are_related_links():
    teasers = "".join(f"Another story number {n} begins here and goes on for a while before it stops …\n"
                      for n in range(3))
    result = clean_text(BODY + teasers)
    assert "Another story" not in result.text
    two = clean_text(BODY + "The next BIG challenge is …\n" + BODY)
    assert "The next BIG challenge is …" in two.text  # a single cliffhanger is content


def test_pages_that_declare_themselves_articles():
    from crosswire.clean.html import declares_article

    assert declares_article('<meta content="article" property="og:type">')
    assert declares_article('<script type="application/ld+json">{"@type": "NewsArticle"}</script>')
    assert declares_article('<meta property="article:published_time" content="2025-10-26">')
    assert not declares_article('<meta property="og:type" content="website">')


# -- property: whatever chrome surrounds them, sentences of the body survive cleaning --------

from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

_WORDS = ("the officials said talks would resume next week after both sides agreed to pause tariffs on "
          "imports while negotiators reviewed export rules for rare earth minerals and farm goods in the "
          "capital where ministers met reporters on Sunday").split()
_CHROME = ["No menu items!", "Share this:", "Facebook", "LEAVE A REPLY", "Please enter your comment!",
           "RELATED ARTICLES", "Most Popular", "End of Article", "Advertisement", "Wednesday, February 4, 2026",
           "Home News World Business Sport", "Subscribe", "wmzuzowsuyhhjkihzfxrlewsjdwdnv"]

# words drawn without repeats: a sentence of one word said 24 times is no prose, and two of them
# are rightly near-duplicates
sentence = st.lists(st.sampled_from(_WORDS), min_size=8, max_size=30, unique=True).map(
    lambda ws: " ".join(ws).capitalize() + ".")

# ... and no sentence twice in a body: a paragraph said again inside the next one is a repeated
# lead, rightly cut
@st.composite
def _body(draw) -> list[str]:
    sentences = draw(st.lists(sentence, min_size=1, max_size=12, unique=True))
    sizes = draw(st.lists(st.integers(1, 3), min_size=len(sentences), max_size=len(sentences)))
    paragraphs, i = [], 0
    for size in sizes:
        if i >= len(sentences):
            break
        paragraphs.append(" ".join(sentences[i:i + size]))
        i += size
    return paragraphs[:6]


@settings(max_examples=200, deadline=None)
@given(body=_body(),
       chrome=st.lists(st.tuples(st.integers(0, 6), st.sampled_from(_CHROME)), max_size=8))
def test_body_paragraphs_always_survive(body, chrome):
    lines = list(body)
    for position, line in sorted(chrome, reverse=True):
        lines.insert(min(position, len(lines)), line)
    result = clean_text("\n".join(lines))
    for para in body:
        # a first line right above a date stamp is the page's headline: it survives as the title
        assert para in result.text or para == result.title
    assert "\n\n\n" not in result.text


@pytest.mark.parametrize("line", ["Filed under: Politics |", "Tags: trade, tariffs, China", "[Related: Markets rally as talks resume]",
                                  "SEE MORE: Hong Kong protests: students under siege", "Tempo de leitura: 1 minuto",
                                  "Most read in world news", "More from GlobalPost: Aceh's bloodstained elections"])
def test_taxonomy_teasers_and_reading_times_anywhere(line):
    result = clean_text(BODY + line + "\n" + BODY.split("\n")[0] + "\n")
    assert line not in result.text


def test_contact_and_source_lines_after_the_report():
    result = clean_text(BODY + "paul.writer@example.com\ntwitter.com/paulwriter\nSOURCE: News agencies\n")
    assert result.text == clean_text(BODY).text
    assert "credits" in reasons(result)


@pytest.mark.parametrize("line", ["Image copyright Getty Images", "Image caption Officials at the talks",
                                  "Photo: Jane Doe/Reuters", "© ENERTRAG GmbH / Fotograf: Jewgeni Roppel"])
def test_caption_and_credit_lines(line):
    result = clean_text(BODY.split("\n")[0] + "\n" + line + "\n" + BODY.split("\n")[1])
    assert line not in result.text
    assert "photo credit" in reasons(result)


def test_dateline_on_its_own_line_opens_the_first_paragraph():
    result = clean_text("Talks end\n\nKUALA LUMPUR, Oct 26 (Reuters) -\n" + BODY)
    assert result.title == "Talks end"
    assert result.text.startswith("KUALA LUMPUR, Oct 26 (Reuters) - Officials from both countries")


def test_export_field_lines_are_cut_and_the_title_keeps_its_value():
    text = ("Title: Talks end without a statement\nSource: The Valley Gazette\nAuthor: Jane Roe\n"
            "Date: October 27, 2025\nSection: World; Pg. 4\nLENGTH: 512 words\n\n" + BODY
            + "\nLOAD-DATE: October 28, 2025\nLANGUAGE: ENGLISH\n")
    result = clean_text(text)
    assert result.title == "Talks end without a statement"
    assert result.text.strip() == BODY.strip().replace("\n", "\n\n")
    assert reasons(result) == {
        "headline": ["Title: Talks end without a statement"], "outlet field": ["Source: The Valley Gazette"],
        "byline": ["Author: Jane Roe"], "date header": ["Date: October 27, 2025", "LOAD-DATE: October 28, 2025"],
        "page metadata": ["Section: World; Pg. 4\nLENGTH: 512 words", "LANGUAGE: ENGLISH"]}


@pytest.mark.parametrize("line", ["Update: the council met again on Monday and voted to delay the plan.",
                                  "WASHINGTON: The president said on Sunday that talks would go on."])
def test_a_sentence_with_a_colon_is_not_a_field(line):
    assert clean_text(line + "\n" + BODY).text.startswith(line)


def test_a_one_line_flash_is_its_own_body():
    doc = clean_stage(Doc(raw="\n\nhttp://www.example.com/video/52126262\nJune 06, 2013\n"
                              "Esther Williams, swimming star, dies at 91\n", format="text"))
    assert doc.text == "Esther Williams, swimming star, dies at 91"
    assert doc.title == "Esther Williams, swimming star, dies at 91"
    assert "headline" not in {r.reason for r in doc.removed}
    assert {r.reason: r.text for r in doc.removed}["page metadata"] == "http://www.example.com/video/52126262"


def test_a_headline_glued_to_the_first_paragraph_is_cut_with_its_byline_and_date():
    text = ("Seeking a bigger role for a big rocket by Jeff Foust Monday, November 18, 2019 Earlier this month, "
            "NASA announced the newest milestone in the development of its Space Launch System.\n\n" + BODY)
    result = clean_text(text, title_hint="Seeking a bigger role for a big rocket", keep_offsets=False, guess_title=False)
    assert result.text.startswith("Earlier this month, NASA announced")
    assert reasons(result)["repeated headline"] == [
        "Seeking a bigger role for a big rocket by Jeff Foust Monday, November 18, 2019"]
    # a paragraph that only starts with the headline's words, and goes on as a sentence, stays
    kept = clean_text("Seeking a bigger role for a big rocket is what NASA's managers want now, officials said.\n\n"
                      + BODY, title_hint="Seeking a bigger role for a big rocket", keep_offsets=False, guess_title=False)
    assert kept.text.startswith("Seeking a bigger role")


def test_a_table_layout_row_of_one_prose_cell_is_a_paragraph():
    from crosswire.clean.html import unwrap_layout_cells

    text = ("|  | Earlier this month, NASA announced the newest milestone in the development of its rocket. |\n"
            "| Year | Launches |\n| 2019 | 4 |")
    assert unwrap_layout_cells(text).split("\n") == [
        "Earlier this month, NASA announced the newest milestone in the development of its rocket.",
        "| Year | Launches |", "| 2019 | 4 |"]


BODY_AFTER_TITLE = (
    "Officers were called to the riverside warehouse shortly after midnight and found the door forced open.\n"
    "A spokeswoman said the investigation would take several weeks and asked witnesses to come forward.\n"
)


@pytest.mark.parametrize("headline", [
    "Who was the warehouse fire suspect?",
    "Four workers hurt in warehouse blast in Dayton, Ohio in Norfolk, Va.",
    "Two firms to merge under new Acme Holdings Inc.",
    "4.8-magnitude tremor shakes coastal towns in the north",
    "12 hurt as ferry strikes pier in U.S.",
])
def test_a_first_line_headline_that_reads_as_a_sentence_is_the_title(headline):
    for gap in ("\n", "\n\n"):
        result = clean_text(headline + gap + BODY_AFTER_TITLE)
        assert result.title == headline
        assert headline not in result.text
        assert result.text.startswith("Officers were called")


@pytest.mark.parametrize("opening", [
    "Police said four workers were hurt in a blast at a warehouse in Dayton.",
    "WASHINGTON (Reuters) - Who will pay for the new bridge?",
    "What happens next? Nobody at the warehouse in Dayton seemed to know.",
    "Four workers were hurt, police in Dayton, Ohio, said late on Sunday as crews cleared the site and "
    "neighbours gathered at the tape to watch them work through the night in Norfolk, Va.",
])
def test_a_one_sentence_lead_or_a_dateline_stays_in_the_body(opening):
    result = clean_text(opening + "\n" + BODY_AFTER_TITLE)
    assert result.title is None
    assert result.text.startswith(opening.split(" (")[0][:20])


def test_a_reporters_phone_and_social_handle_after_the_report_are_credits():
    tail = ["Contact Jane Roe: 555-0175", "Twitter @janeroe_news", "Contact the desk: news@example.com"]
    result = clean_text(BODY + "\n" + "\n".join(tail) + "\n")
    for line in tail:
        assert line not in result.text
    assert "credits" in reasons(result)
    assert result.text.startswith("Officials from both countries")


def test_sentences_glued_by_a_lost_paragraph_break_get_their_space_back():
    glued = ("Deputies said a man with a rifle opened fire.The suspect then got back in the car and left the "
             "area.\"Haverstock Hills has been a project for years now,\" says Deputy Thomas Gilliland.\"We do "
             "have an office here.\"He said the U.S. Marshals and Acme Inc. helped.")
    text = clean_text(BODY + "\n" + glued).text
    assert "opened fire. The suspect" in text
    assert "the area. \"Haverstock Hills has been" in text
    assert "Gilliland. \"We do have an office here.\" He said the U.S. Marshals" in text


def test_a_glued_sentence_lets_the_quote_board_find_the_whole_quote():
    from crosswire.extract import extract_doc

    raw = ("Shooting at apartments\n\n" + BODY + "\nThe complex has seen trouble in the past, but recently has seen "
           "more deputies patrolling the area.\"Haverstock Hills has been a project the sheriff's office had for "
           "several years now,\" says Harris County Deputy Thomas Gilliland.\n")
    doc = extract_doc(clean_stage(Doc(id="x", raw=raw, format="text")))
    contents = [s.attrs.get("content") for s in doc.spans_of("quote")]
    assert any(c and c.startswith("Haverstock Hills has been a project") for c in contents), contents
