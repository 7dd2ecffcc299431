"""The metadata stage: title, outlet, publication date and syndication, each with its source.

Sources, strongest first: a JSONL ``record`` (never overridden), the text itself (the
dateline a wire files under, reprint notices), the HTML page's metadata (og:site_name,
canonical URL, htmldate), and last the page header's display/crawl date.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from ..clock import SystemClock
from ..doc import Doc, Removal
from ..pipeline import stage
from .dateline import Credit, find_credits, parse_dateline
from .dates import find_dates, infer_year, numeric_day_first, parse_date_stamp, weekdays_mentioned
from .outlets import (TITLE_SEPARATOR, canonical_agency, clean_site_name, copyright_holder, outlet_from_domain,
                      self_named_outlet, staff_credit, station_call_sign, title_domain_suffix)

VERSION = "15"

#: keys of ``doc.extra`` a reader may fill with the date a page was fetched
CRAWL_DATE_KEYS = ("crawl_date", "crawled", "fetched", "fetched_at", "retrieved", "date_crawled", "download_date")
#: credit kinds that say the text is a copy of someone else's report
REPRINT_KINDS = {"originally published", "republished", "credit line"}


def html_metadata(doc: Doc) -> dict[str, Any]:
    """Title, site name, date and URL of an HTML page (trafilatura's metadata + htmldate)."""
    from ..clean.stage import is_html

    if not is_html(doc):
        return {}
    try:
        from trafilatura.metadata import extract_metadata

        found = extract_metadata(doc.raw, default_url=doc.url, date_config={"original_date": True, "extensive_search": True})
    except Exception:  # metadata is best effort: a page without it still has a body
        return {}
    data = found.as_dict() if hasattr(found, "as_dict") else dict(found or {})
    if data.get("date") and _is_year_only_guess(str(data["date"]), doc.raw):
        data["date"] = None
    return {k: data.get(k) for k in ("title", "sitename", "date", "url", "hostname") if data.get(k)}


def _is_year_only_guess(found: str, raw: str) -> bool:
    """htmldate's last resort turns a bare year (often a "Copyright 2025" footer) into
    January 1st: keep such a date only when the page really writes January 1 of that year."""
    if not found.endswith("-01-01"):
        return False
    year = found[:4]
    written = (
        rf"{year}[-/.]0?1[-/.]0?1\b",
        rf"\b0?1[-/.]0?1[-/.]{year}\b",
        rf"\bJan(?:uary|\.)?\s+1(?:st)?,?\s+{year}\b",
        rf"\b1(?:st)?\s+Jan(?:uary|\.)?,?\s+{year}\b",
    )
    return not any(re.search(pattern, raw, re.IGNORECASE) for pattern in written)


def _iso(value: Any) -> date | None:
    if isinstance(value, date):
        return value
    if not value:
        return None
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


# the label of a date saying when a page was last changed, not when it was published
_UPDATED_LABEL = re.compile(r"(?i)\b(?:updated|modified|aktualisiert|actualizado|atualizado|aggiornato|mis à jour)\b"
                            r"[^\d]{0,30}(?:\d{1,2}[:.]\d\d[^\d]{0,30})?$")


def header_dates(doc: Doc) -> tuple[date | None, bool]:
    """The date shown in the page header (cut by the clean stage as "date header"), and
    whether it is only an "updated" stamp: a publication date or a plain date line wins over
    a "Last updated …" date wherever both are shown."""
    updated: date | None = None
    day_first = page_day_first(doc)
    for removal in doc.removed:
        if removal.reason != "date header":
            continue
        previous_end = 0
        stamp = parse_date_stamp(removal.text) if "\n" not in removal.text else None
        # a stamp written with a two-digit year ("11/10/11 02:39 PM ET") only a stamp's reading finds
        for mention in find_dates(removal.text, day_first=day_first) or (list(stamp.dates) if stamp else []):
            label = removal.text[previous_end : mention.start]
            previous_end = mention.end
            if not mention.year or not mention.as_date():
                continue
            if _UPDATED_LABEL.search(label):
                updated = updated or mention.as_date()
                continue
            return mention.as_date(), False
    return updated, updated is not None


def page_day_first(doc: Doc) -> bool:
    """Whether the page writes numeric dates day first, from its text and the header lines cut from it."""
    return numeric_day_first("\n".join([doc.text or ""] + [r.text for r in doc.removed if len(r.text) < 2000]))


def date_stamp_agency(removals: list[Removal]) -> str | None:
    """The agency credited on a date stamp the clean stage cut from the page header
    ("Jul 13, 2009/02:00 pm (CNA)")."""
    for removal in removals:
        if removal.reason == "date header":
            for line in removal.text.splitlines():
                stamp = parse_date_stamp(line)
                if stamp is not None and stamp.agency:
                    return stamp.agency
    return None


def header_date(doc: Doc) -> date | None:
    """The date shown in the page header, a publication date before an "updated" one."""
    return header_dates(doc)[0]


def crawl_date(doc: Doc) -> date | None:
    for key in CRAWL_DATE_KEYS:
        found = _iso(doc.extra.get(key))
        if found:
            return found
    return None


def metadata_doc(doc: Doc, *, today: date | None = None) -> Doc:
    """Fill title, outlet, published and syndicated_from, recording each value's source."""
    fixed = {name for name, value in doc.meta.items() if value.source == "record"}

    def put(name: str, value: Any, source: str) -> None:
        if value and name not in fixed:
            doc.set_meta(name, value, source)

    page = html_metadata(doc)
    text = doc.text or ""
    dateline = parse_dateline(text)
    # sign-offs and copyright lines are cut from the body, but still say who wrote it
    closing = "\n".join(r.text for r in doc.removed if r.reason in {"credits", "copyright", "page footer"})
    credits = find_credits(text) + find_credits(closing) + _byline_credits(doc)
    whole = text + "\n" + closing  # where an abbreviation's long form or a staff credit may stand

    # title: trafilatura's reading of the page (og:title, h1, <title> without the site name)
    # beats the clean stage's quick guess
    current = doc.meta.get("title")
    guessed = current is None or current.source == "text:headline" or current.source.startswith("html:")
    if page.get("title") and guessed:
        put("title", page["title"], "html:trafilatura")
    # a text file's first line copied from a page's <title>: "Headline - KXYZ.com | Local News"
    site_in_title: str | None = None
    if current is not None and current.source == "text:headline" and "title" not in fixed:
        split = title_domain_suffix(current.value)
        if split:
            put("title", split[0], "text:headline")
            site_in_title = split[1]

    # a date glued ahead of a text's headline: "27/09/2013-Turkmenistan to hold elections"
    current = doc.meta.get("title")
    if current is not None and current.source == "text:headline" and "title" not in fixed:
        dated = _DATED_HEADLINE.match(current.value)
        if dated and len(current.value[dated.end():].split()) >= 3:
            put("title", current.value[dated.end():], "text:headline")

    # the page's own address (canonical link / og:url, or a text's source line) when the reader gave none
    if not doc.url and page.get("url", "").startswith(("http://", "https://")):
        put("url", page["url"], "html:canonical")
    if not doc.url:
        from ..clean.text import BARE_URL  # clean imports metadata: import when used

        source_line = next((r.text.strip() for r in doc.removed if r.reason == "page metadata"
                            and BARE_URL.match(r.text) and r.text.strip().lower().startswith("http")), None)
        put("url", source_line, "text:header")

    # outlet and syndication
    site = clean_site_name(page.get("sitename"))
    site_source = "html:site_name"
    if not site or _domain_like(site):
        suffix = title_suffix_site(doc.raw) if page else None
        if suffix:
            site, site_source = suffix, "html:title-suffix"
    if not site:
        named = field_outlet(doc.removed)
        if named:
            site, site_source = named, "text:field"
    if not site:
        named = byline_outlet(doc.removed)
        if named and not canonical_agency(named):
            site, site_source = named, "byline"
    if not site:
        # the writer's note after the report: "A. Name is a staff writer for Trib Total Media."
        named = author_note_outlet(doc.removed)
        if named:
            site, site_source = named, "text:author note"
    if not site and site_in_title:
        site, site_source = site_in_title, "title:site-name"
        # the owner a copyright line names reads better than its address: "WAVE 3 News" for wave3.com
        named = copyright_outlet(doc.removed) if _domain_like(site_in_title) else None
        stem = re.sub(r"[^a-z0-9]", "", site_in_title.lower().split(".")[0])
        if named and len(stem) >= 3 and stem in re.sub(r"[^a-z0-9]", "", named.lower()):
            site, site_source = named, "text:copyright"
    if not site:
        named = title_site_of_domain(doc.title, page.get("url") or doc.url)
        if named:
            site, site_source = named, "title:site-name"
    if not site:
        site = outlet_from_domain(page.get("url") or doc.url)
        site_source = "url:domain"
    if not site:
        # the page's own copyright line ("© 2017 KHOU-TV"); an agency's is a credit, read below
        named = copyright_outlet(doc.removed)
        if named:
            site, site_source = named, "text:copyright"
    if not site and not (dateline and dateline.agency):
        # a station naming its own team in the text: "after our abc13 Eyewitness News team discovered ..."
        named = self_named_outlet(text)
        if named:
            site, site_source = named, "text:self-reference"
    reprint = next((c for c in credits if c.kind in REPRINT_KINDS), None)
    origin: tuple[str, str] | None = None
    # a shared dateline credit, "HOUSTON (KXYZ/AP) –": the first name files the report, the
    # others are the agencies whose copy it carries
    shared = dateline is not None and dateline.agency is not None and bool(dateline.sources)
    if reprint:
        origin = (reprint.name, f"text:{reprint.kind}")
    elif shared:
        origin = (expand_abbreviation(dateline.sources[0], whole), "dateline")
    elif dateline and dateline.agency:
        origin = (expand_abbreviation(dateline.agency, whole), "dateline")
    elif stamp_agency := date_stamp_agency(doc.removed):
        # a dateline written as a date stamp on its own line: "Washington, Jul 13, 2009/02:00 pm (CNA)"
        origin = (expand_abbreviation(stamp_agency, whole), "text:date line")
    elif credits:
        origin = (credits[0].name, f"text:{credits[0].kind}")
    if "outlet" in fixed:
        outlet = doc.outlet
    elif site:
        outlet = site
        put("outlet", site, site_source)
    elif shared:
        outlet = expand_abbreviation(dateline.agency, whole)
        put("outlet", outlet, "dateline")
    elif origin:
        outlet = origin[0]
        put("outlet", origin[0], origin[1])
    elif staffed := staff_credit(whole):
        # a paper crediting its own reporter: "The Chicago Tribune's Liam Ford contributed."
        outlet = staffed
        put("outlet", outlet, "text:staff credit")
    else:
        # last: the call sign a station puts on its own clips and photos ("MORE MEDIA KATU - clip")
        outlet = station_outlet(doc.removed)
        put("outlet", outlet, "text:station credit")
    if origin and "syndicated_from" not in fixed:
        same = outlet is not None and _same_outlet(outlet, origin[0])
        # a reprint notice marks a copy even when we could only name the outlet after it
        if not same or (reprint is not None and not site and "outlet" not in fixed):
            put("syndicated_from", origin[0], origin[1])

    # publication date
    if "published" not in fixed:
        published, source = _published(doc, dateline, page, today)
        put("published", published, source)
    return doc


_DATED_HEADLINE = re.compile(r"\s*(?:\d{1,2}[/.]\d{1,2}[/.](?:19|20)\d\d|(?:19|20)\d\d-\d\d-\d\d)\s*[-–—|:]\s*(?=\w)")


def expand_abbreviation(name: str, text: str) -> str:
    """An unknown agency abbreviation spelled out where the text names it ("Meridian Press Agency" for MPA)."""
    if not re.fullmatch(r"[A-Z]{2,6}", name) or canonical_agency(name):
        return name
    words = r"\s+".join(rf"{letter}[\w'’-]*" for letter in name)
    m = re.search(rf"\b{words}\b", text)
    return m.group(0) if m else name


def _domain_like(name: str) -> bool:
    return " " not in name.strip() and "." in name


def title_suffix_site(html: str) -> str | None:
    """The site name after the headline in <title>: "Headline | The Capital Post"."""
    import html as html_lib

    m = re.search(r"<title\b[^>]*>(.*?)</title\s*>", html[:200_000], re.IGNORECASE | re.DOTALL)
    if not m:
        return None
    title = " ".join(html_lib.unescape(m.group(1)).split())
    parts = TITLE_SEPARATOR.split(title)
    if len(parts) < 2:
        return None
    from ..clean.stage import page_title

    headline, source = page_title(html)
    if source != "html:title" and headline and " ".join(headline.split()) == title:
        return None  # the whole <title> is the headline: no site name in it
    last = parts[-1].strip()
    if 1 <= len(last.split()) <= 5 and len(last) <= 50 and last[:1].isupper():
        return canonical_agency(last) or last
    return None


def title_site_of_domain(title: str | None, url: str | None) -> str | None:
    """The site name a headline ends with when the page's address confirms it: "Teen hurt in
    shooting :: WRAL.com" from wral.com, "Bridge falls | The Capital Post" from capitalpost.com.
    Without the address, the last part of a headline could be the headline's own words."""
    domain = outlet_from_domain(url) if title and url else None
    if not domain:
        return None
    parts = TITLE_SEPARATOR.split(" ".join(title.split()))
    last = parts[-1].strip() if len(parts) >= 2 else ""
    stem = re.sub(r"[^a-z0-9]", "", domain.lower().split(".")[0])
    if len(stem) >= 3 and 1 <= len(last.split()) <= 5 and stem in re.sub(r"[^a-z0-9]", "", last.lower()):
        return canonical_agency(last) or last
    return None


def _same_outlet(a: str, b: str) -> bool:
    ca, cb = canonical_agency(a) or a, canonical_agency(b) or b
    return ca.casefold() == cb.casefold() or ca.casefold() in cb.casefold() or cb.casefold() in ca.casefold()


_ROLE_WORDS = re.compile(
    r"\b(?:correspondent|reporter|editor|writer|columnist|staff|contributor|journalist|bureau|chief|"
    r"senior|desk|analyst|producer|photographer|in\s+[A-Z]\w+)\b",
    re.IGNORECASE,
)


#: cut page furniture in which a station credits its own media
_MEDIA_CHROME = {"video links", "photo caption", "photo credit", "video player", "photo gallery", "related links"}


def copyright_outlet(removals: list[Removal]) -> str | None:
    """The page owner a copyright line cut from the page names, unless it is a wire agency."""
    for removal in removals:
        if removal.reason == "copyright":
            for line in removal.text.splitlines():
                name = copyright_holder(line)
                if name and not canonical_agency(name):
                    return name
    return None


def station_outlet(removals: list[Removal]) -> str | None:
    """A broadcaster's call sign on the media labels and photo credits cut from the page."""
    for removal in removals:
        if removal.reason in _MEDIA_CHROME and len(removal.text) <= 300:
            call = station_call_sign(removal.text)
            if call:
                return call
    return None


def field_outlet(removals: list[Removal]) -> str | None:
    """The outlet an export's header field names ("Source: The Valley Gazette")."""
    from ..clean.text import labelled_field

    for removal in removals:
        if removal.reason == "outlet field":
            found = labelled_field(removal.text)
            if found:
                return clean_site_name(found[1]) or found[1]
    return None


def author_note_outlet(removals: list[Removal]) -> str | None:
    """The outlet a writer's note cut from the page's end names ("... is a staff writer for The Ledger")."""
    from ..clean.vocab import AUTHOR_NOTE

    for removal in removals:
        if removal.reason in {"credits", "promotion"}:
            for line in removal.text.splitlines():
                m = AUTHOR_NOTE.match(line)
                if m:
                    return canonical_agency(m["outlet"]) or m["outlet"].rstrip(".")
    return None


def byline_outlet(removals: list[Removal]) -> str | None:
    """The outlet a byline names: "By Harbour Gazette Staff", "By A. Name, Role, The Ledger"."""
    for removal in removals:
        if removal.reason != "byline":
            continue
        line = re.sub(r"^\s*(?i:by|written by|reporting by)\s+", "", removal.text.strip())
        staff = re.fullmatch(r"(?P<name>.+?)\s+(?i:staff|staff writers?|staff reporters?|news desk|desk|reporters?|team)", line)
        if staff:
            return canonical_agency(staff["name"]) or staff["name"].strip()
        parts = [p.strip() for p in re.split(r"\s*[,|/·•]\s*|\s+[-–—]\s+", line) if p.strip()]
        if len(parts) >= 2:
            last = parts[-1]
            agency = canonical_agency(last)
            if agency:
                return agency
            if not _ROLE_WORDS.search(last) and re.match(r"(?:The\s+)?[A-Z]", last) and len(last.split()) <= 5:
                # a person's name is two or three words; an outlet usually starts with "The" or
                # carries a newspaper word
                if last.startswith("The ") or re.search(r"(?i)\b(?:news|times|post|herald|gazette|journal|tribune|"
                                                        r"daily|press|ledger|courier|star|mail|telegraph|guardian|"
                                                        r"observer|chronicle|review|standard|express|today|radio|tv)\b", last):
                    return last
    return None


def _byline_credits(doc: Doc) -> list[Credit]:
    """"By Reuters Staff" cut as a byline still says which agency wrote the report."""
    name = byline_outlet(doc.removed)
    agency = canonical_agency(name) if name else None
    return [Credit(agency, "byline", -1)] if agency else []


def _published(doc: Doc, dateline, page: dict[str, Any], today: date | None) -> tuple[str | None, str]:
    shown, shown_updated = header_dates(doc)
    page_date = _iso(page.get("date"))
    seen = crawl_date(doc)
    if dateline and dateline.date:
        mention = dateline.date
        if mention.year:
            full = mention.as_date()
            if full:
                return full.isoformat(), "dateline"
        # the report is not dated after the page showed it or was fetched
        bounds = [d for d in (page_date, shown, seen) if d]
        not_after = min(bounds) if bounds else (today or SystemClock().now().date())
        context = [m.as_date() for m in find_dates(doc.text or "", day_first=page_day_first(doc)) if m.year and m.as_date()]
        year = infer_year(
            mention.month,
            mention.day,
            not_after=not_after,
            context=[c for c in context if c],
            weekdays=weekdays_mentioned((doc.text or "")[:1500]),
        )
        if year:
            return date(year, mention.month, mention.day).isoformat(), "dateline:year-inferred"
    if page_date:
        return page_date.isoformat(), "html:htmldate"
    lead = _lead_date(doc.text or "", page_day_first(doc))
    # a lead date after the page's own date stamp is an event the report looks ahead to
    if lead and not (shown and not shown_updated and shown < lead):
        return lead.isoformat(), "text:lead"
    if shown:
        return shown.isoformat(), "page header:updated" if shown_updated else "page header"
    if pictured := _caption_date(doc):
        return pictured.isoformat(), "photo caption"
    return None, ""


def _caption_date(doc: Doc) -> date | None:
    """The latest full date in the photo captions the clean stage cut ("... left five people
    wounded Sunday morning, Oct. 30, 2016. Photo: ..."): a wire caption dates its picture, and a
    report is not older than the pictures it shows -- the best date a page with no other has."""
    day_first = page_day_first(doc)
    found = [m.as_date() for r in doc.removed if r.reason in ("photo caption", "photo gallery")
             for m in find_dates(r.text, day_first=day_first) if m.year]
    found = [d for d in found if d]
    return max(found) if found else None


def _lead_date(text: str, day_first: bool | None = None) -> date | None:
    """A full date in the first lines ("Published Oct. 26, 2025") when there is no dateline."""
    head = text[:300]
    for mention in find_dates(head, day_first=day_first):
        if mention.year and mention.start < 120:
            return mention.as_date()
    return None


metadata_stage = stage(
    "metadata", VERSION, requires=("text",), assigns=("title", "outlet", "published", "syndicated_from")
)(metadata_doc)
