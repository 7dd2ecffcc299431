"""Metadata: datelines in the wire styles, year inference, outlets, syndication, provenance."""

from __future__ import annotations

from datetime import date

import pytest

from crosswire.clean import clean_stage
from crosswire.doc import Doc
from crosswire.metadata import find_credits, find_dates, infer_year, is_date_line, metadata_stage, parse_dateline
from crosswire.metadata.stage import metadata_doc

LEAD = "Officials met on Sunday to discuss the framework, which would pause tariffs for a year, they said."


@pytest.mark.parametrize(
    "opening, place, agency, month_day, year",
    [
        ("KUALA LUMPUR, Oct 26 (Reuters) – ", "KUALA LUMPUR", "Reuters", (10, 26), None),
        ("WASHINGTON (AP) — ", "WASHINGTON", "Associated Press", None, None),
        ("(CNN) — ", None, "CNN", None, None),
        ("PARIS, France (AFP) - ", "PARIS, France", "AFP", None, None),
        ("BEIJING, Oct. 26 (Xinhua) -- ", "BEIJING", "Xinhua", (10, 26), None),
        ("NEW DELHI, 26 October (PTI): ", "NEW DELHI", "PTI", (10, 26), None),
        ("WASHINGTON, Oct. 26, 2025 — ", "WASHINGTON", None, (10, 26), 2025),
        ("Oct. 26, 2025 — ", None, None, (10, 26), 2025),
        ("LONDON, Sept. 3 (Reuters) - ", "LONDON", "Reuters", (9, 3), None),
        ("DALLAS (KXYZ/AP) – ", "DALLAS", "KXYZ", None, None),
    ],
)
def test_dateline_styles(opening, place, agency, month_day, year):
    found = parse_dateline(opening + LEAD)
    assert found is not None
    assert found.place == place
    assert found.agency == agency
    if month_day is None:
        assert found.date is None
    else:
        assert (found.date.month, found.date.day, found.date.year) == (*month_day, year)
    assert (opening + LEAD)[found.end :].startswith("Officials")


@pytest.mark.parametrize("text", [LEAD, "Bessent said: we have a deal.", "Trump: I think we will get a deal.",
                                  "(Updated) — Officials met on Sunday."])
def test_no_dateline_where_there_is_none(text):
    assert parse_dateline(text) is None


def test_oct_period_is_one_date_not_two():
    (mention,) = find_dates("Talks ended Oct. 26, 2025, in Kuala Lumpur.")
    assert (mention.year, mention.month, mention.day) == (2025, 10, 26)


def test_may_the_verb_is_not_a_month():
    assert find_dates("Prices may 5 percent rise") == []
    assert find_dates("on May 5, 2025")[0].month == 5


def test_date_lines():
    assert is_date_line("Wednesday, February 4, 2026")
    assert is_date_line("Updated: Oct. 26, 2025 10:32 AM EDT")
    assert not is_date_line("Oct 26 was the day the talks ended")


def test_year_inference_closest_not_after_the_page_date():
    assert infer_year(10, 26, not_after=date(2026, 2, 4)) == 2025
    assert infer_year(1, 15, not_after=date(2026, 2, 4)) == 2026
    assert infer_year(2, 4, not_after=date(2026, 2, 4)) == 2026


def test_year_inference_follows_full_dates_in_the_text():
    assert infer_year(10, 26, not_after=date(2026, 2, 4), context=[date(2024, 10, 20)]) == 2024


def test_year_inference_uses_the_weekday_named_in_the_report():
    # Nov 12 was a Wednesday in 2025 and a Thursday in 2026
    assert infer_year(11, 12, not_after=date(2026, 11, 24), weekdays={2}) == 2025
    assert infer_year(11, 12, not_after=date(2026, 11, 24), weekdays={3}) == 2026
    assert infer_year(11, 12, not_after=date(2026, 11, 24)) == 2026


def test_credits_and_reprint_notices():
    text = ("Body.\n\nThis report was originally published by Reuters.\n\nSource: AFP\n"
            "(Reporting by A. Writer; Editing by B. Editor)\n© 2025 The Associated Press. All rights reserved.")
    kinds = {(c.name, c.kind) for c in find_credits(text)}
    assert ("Reuters", "originally published") in kinds
    assert ("AFP", "credit line") in kinds
    assert ("Reuters", "sign-off") in kinds
    assert ("Associated Press", "copyright") in kinds


def ingest(raw: str, fmt: str = "text", **extra) -> Doc:
    doc = Doc(raw=raw, format=fmt, extra=extra)
    return metadata_stage(clean_stage(doc))


def test_reprint_with_crawl_header_gets_the_dateline_date_and_the_agency():
    raw = ("Wednesday, February 4, 2026\nNo menu items!\nUS, China talks end\n\n"
           "KUALA LUMPUR, Oct 26 (Reuters) – Senior officials outlined a framework on Sunday, officials said.\n\n"
           "This report was originally published by Reuters.\n")
    doc = ingest(raw)
    assert doc.published == "2025-10-26"
    assert doc.meta["published"].source == "dateline:year-inferred"
    assert doc.outlet == "Reuters" and doc.syndicated_from == "Reuters"
    assert doc.meta["outlet"].source == "text:originally published"
    assert doc.title == "US, China talks end" and doc.meta["title"].source == "text:headline"


def test_header_date_is_the_last_resort():
    doc = ingest("Wednesday, February 4, 2026\n" + LEAD + "\n")
    assert doc.published == "2026-02-04" and doc.meta["published"].source == "page header"


def test_dateline_with_full_date():
    doc = ingest("WASHINGTON, Oct. 26, 2025 — " + LEAD)
    assert doc.published == "2025-10-26" and doc.meta["published"].source == "dateline"


def test_ap_dateline_on_its_own_is_the_outlet_not_a_reprint():
    doc = ingest("WASHINGTON (AP) — " + LEAD)
    assert doc.outlet == "Associated Press" and doc.meta["outlet"].source == "dateline"
    assert doc.syndicated_from is None


def test_staff_byline_names_the_outlet_and_the_dateline_the_source():
    doc = ingest("By Harbour Gazette Staff\n\nTOLVENMOUTH, Nov 12 (AFP) – " + LEAD)
    assert doc.outlet == "Harbour Gazette" and doc.meta["outlet"].source == "byline"
    assert doc.syndicated_from == "AFP" and doc.meta["syndicated_from"].source == "dateline"


def test_crawl_date_from_the_record_bounds_the_year():
    doc = ingest("KUALA LUMPUR, Oct 26 (Reuters) – " + LEAD, crawl_date="2026-02-04")
    assert doc.published == "2025-10-26"


def test_record_values_are_never_overridden():
    doc = Doc(raw="Wednesday, February 4, 2026\nKUALA LUMPUR, Oct 26 (Reuters) – " + LEAD)
    for name, value in (("outlet", "The Star"), ("published", "2025-10-27"), ("title", "Given title")):
        doc.set_meta(name, value, "record")
    metadata_doc(clean_stage(doc))
    assert (doc.outlet, doc.published, doc.title) == ("The Star", "2025-10-27", "Given title")
    assert all(doc.meta[n].source == "record" for n in ("outlet", "published", "title"))
    # the record's outlet is not Reuters, so the Reuters dateline marks a copy
    assert doc.syndicated_from == "Reuters"


PAGE = """<html><head><title>Talks end in Kuala Lumpur | The Daily Planet</title>
<meta property="og:site_name" content="The Daily Planet">
<meta property="og:title" content="Talks end in Kuala Lumpur">
<meta property="article:published_time" content="2025-10-27T08:00:00Z">
<link rel="canonical" href="https://www.dailyplanet.example/world/talks-end"></head>
<body><article><h1>Talks end in Kuala Lumpur</h1>
<p>KUALA LUMPUR, Oct 26 (Reuters) – Senior officials outlined a framework for a trade deal on Sunday, officials said,
in talks on the sidelines of a regional summit.</p>
<p>The draft would suspend planned tariffs and delay export controls on rare earth minerals for a year.</p>
</article></body></html>"""


def test_html_page_site_name_title_and_syndication():
    doc = ingest(PAGE, "html")
    assert doc.outlet == "The Daily Planet" and doc.meta["outlet"].source == "html:site_name"
    assert doc.title == "Talks end in Kuala Lumpur" and doc.meta["title"].source.startswith("html")
    assert doc.syndicated_from == "Reuters"
    assert doc.published == "2025-10-26"  # the dateline, bounded by the page's own date
    assert "Talks end in Kuala Lumpur" not in doc.text
    assert doc.url == "https://www.dailyplanet.example/world/talks-end" and doc.meta["url"].source == "html:canonical"


def test_html_page_without_site_name_uses_the_title_suffix():
    doc = ingest(PAGE.replace('<meta property="og:site_name" content="The Daily Planet">', ""), "html")
    assert doc.outlet == "The Daily Planet"


def test_a_sign_off_cut_from_the_body_still_names_the_agency():
    doc = ingest("Officials met on Sunday to discuss the framework, which would pause tariffs for a year.\n\n"
                 "(Reporting by A. Writer; Editing by B. Editor)\n")
    assert "Reporting by" not in doc.text
    assert doc.outlet == "Reuters" and doc.meta["outlet"].source == "text:sign-off"


def test_unknown_agency_abbreviation_is_spelled_out_from_the_text():
    doc = ingest("TOLVENMOUTH, Nov 12 (MPA) – " + LEAD + "\n\nThis is a Meridian Press Agency report, the agency said.")
    assert doc.outlet == "Meridian Press Agency"
    plain = ingest("TOLVENMOUTH, Nov 12 (MPA) – " + LEAD)
    assert plain.outlet == "MPA"


def test_an_export_source_field_names_the_outlet():
    doc = ingest("Title: Talks end in Kuala Lumpur\nSource: The Valley Gazette\nDate: October 27, 2025\n\n" + LEAD)
    assert (doc.title, doc.outlet, doc.published) == ("Talks end in Kuala Lumpur", "The Valley Gazette", "2025-10-27")
    assert doc.meta["outlet"].source == "text:field"


def test_a_source_line_gives_the_url():
    doc = ingest("https://news.example.org/2025/10/26/talks-end\n\n" + LEAD)
    assert doc.url == "https://news.example.org/2025/10/26/talks-end" and doc.meta["url"].source == "text:header"


def test_a_site_name_written_as_a_url_becomes_its_host():
    page = (PAGE.replace('content="The Daily Planet"', 'content="https://www.dailyplanet.example"')
            .replace("<title>Talks end in Kuala Lumpur | The Daily Planet</title>", "<title>Talks end</title>"))
    doc = ingest(page, "html")
    assert doc.outlet == "dailyplanet.example"


@pytest.mark.parametrize("credit, outlet, source", [
    ("KXYZ/AP", "KXYZ", "Associated Press"),
    ("WKRN/CNN", "WKRN", "CNN"),
    ("KUNA, AFP", "KUNA", "AFP"),
])
def test_a_shared_dateline_credit_names_the_outlet_and_the_agency_it_carries(credit, outlet, source):
    found = parse_dateline(f"DALLAS ({credit}) – " + LEAD)
    assert found.agency == outlet and found.sources == (source,)
    doc = ingest(f"Flooding closes roads across the county\n\nDALLAS ({credit}) – " + LEAD)
    assert doc.outlet == outlet and doc.meta["outlet"].source == "dateline"
    assert doc.syndicated_from == source


@pytest.mark.parametrize("credit", ["Updated/Corrected", "AT&T", "Photo/Staff"])
def test_a_parenthesis_of_other_words_is_no_shared_credit(credit):
    found = parse_dateline(f"DALLAS ({credit}) – " + LEAD)
    assert found is None or (found.agency is None and found.sources == ())


def test_a_site_address_after_a_text_files_headline_is_the_outlet_and_leaves_the_title():
    doc = ingest("Bridge reopens after repairs - KXYZ.com | Local News | Springfield\n\n" + LEAD + "\n\n" + LEAD + "\n")
    assert doc.title == "Bridge reopens after repairs"
    assert doc.outlet == "kxyz.com" and doc.meta["outlet"].source == "title:site-name"


@pytest.mark.parametrize("headline", ["US-China talks - what next for tariffs", "Shares fall as Amazon.com slumps",
                                      "Amazon.com - earnings beat forecasts again"])
def test_a_headline_without_a_site_address_after_a_separator_stays_whole(headline):
    doc = ingest(headline + "\n\n" + LEAD + "\n")
    assert doc.title == headline and doc.outlet is None


# ---------------------------------------------------------------- date stamps, updated dates, page owners

BODY = ("The county board voted on Monday to reopen the river bridge, the chairman said.\n\n"
        "Work on the deck will begin next month and take about four weeks, officials said.\n")


def test_a_date_stamp_with_an_agency_gives_the_date_and_the_outlet():
    doc = ingest("Board votes to reopen bridge\n\nSpringfield, Jul 13, 2009/02:00 pm (MNA)\n\n" + BODY)
    assert doc.published == "2009-07-13"
    assert doc.outlet == "MNA" and doc.meta["outlet"].source == "text:date line"
    assert "Jul 13" not in doc.text


def test_a_publication_date_wins_over_an_updated_one_shown_first():
    doc = ingest("Board votes to reopen bridge\n\nUpdated: 18 June 2013 | Published: 10 June 2013\n\n" + BODY)
    assert doc.published == "2013-06-10" and doc.meta["published"].source == "page header"


def test_an_updated_stamp_alone_is_used_but_marked():
    doc = ingest("Board votes to reopen bridge\n\nLast updated at 11:24, Tuesday, 18 June 2013\n\n" + BODY)
    assert doc.published == "2013-06-18" and doc.meta["published"].source == "page header:updated"


def test_the_page_owner_of_a_copyright_line_is_the_outlet():
    doc = ingest("Board votes to reopen bridge\n\nHOUSTON -- " + BODY + "\n© 2017 KXYZ-TV\n")
    assert doc.outlet == "KXYZ-TV" and doc.meta["outlet"].source == "text:copyright"
    assert doc.syndicated_from is None


def test_an_agency_copyright_stays_a_credit_and_the_station_copyright_the_outlet():
    doc = ingest("Board votes to reopen bridge\n\nHOUSTON (AP) — " + BODY
                 + "\nCopyright 2017 by KXYZ Click2Springfield - All rights reserved.\n")
    assert doc.outlet == "KXYZ Click2Springfield" and doc.syndicated_from == "Associated Press"


def test_a_station_call_sign_on_its_media_label_is_the_outlet_when_nothing_else_is():
    doc = ingest("Board votes to reopen bridge\n\nMORE MEDIA KXYZ - clip\n\n" + BODY)
    assert doc.outlet == "KXYZ" and doc.meta["outlet"].source == "text:station credit"
    dated = ingest("Board votes to reopen bridge\n\nMORE MEDIA KXYZ - clip\n\nSPRINGFIELD (AP) — " + BODY)
    assert dated.outlet == "Associated Press"


def test_an_agencys_stamp_on_a_line_of_its_own_credits_it():
    text = ("Microsoft releases security patch for Internet Explorer\n\nReuters Sep 18, 2013, 02.16PM IST\n\n"
            "Microsoft released an emergency software fix for Internet Explorer on Tuesday.\n")
    assert [(c.name, c.kind) for c in find_credits(text)] == [("Reuters", "credit line")]
    # a name that is no agency, or an agency in a sentence, is no stamp
    assert find_credits(text.replace("Reuters Sep", "Jim Smith Sep")) == []
    assert find_credits("Title\n\nReuters reported Sep 18, 2013 that the fix was out.\n") == []


def test_a_paper_crediting_its_own_reporter_at_the_foot_is_the_outlet():
    raw = ("4 killed on Far South Side may have died in home invasion\n\n"
           "The deaths of four people during an attack in the Fernwood neighborhood Saturday may have been part "
           "of a home invasion, police said Sunday.\n\n"
           "Police have not announced any arrests in the killings.\n\n"
           "The Chicago Tribune's Liam Ford contributed.")
    doc = ingest(raw)
    assert doc.outlet == "Chicago Tribune"
    # a line naming someone else's reporter with no credit verb names no outlet
    assert ingest(raw.replace(" contributed.", " was at the scene.")).outlet is None
