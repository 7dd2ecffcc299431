"""Outlets and wire agencies: names in datelines, credits and reprint notices.

The agency table is the world's news agencies and dateline-style outlets (their own
names and common abbreviations), so "(AP)", "Agence France-Presse" and "Reuters" all
resolve to one canonical outlet name.
"""

from __future__ import annotations

import re
from urllib.parse import urlparse

#: what parts a page title into its headline and a site's name: "Teen hurt - KSLA News 12",
#: "Bridge falls | The Capital Post", "Crash :: WRAL.com"
TITLE_SEPARATOR = re.compile(r"\s+(?:[-|–—:]{1,2}|::)\s+|\s*\|\s*")

#: canonical name -> the spellings it appears under (matched case-sensitively for short forms)
AGENCIES: dict[str, tuple[str, ...]] = {
    "Reuters": ("Reuters", "Thomson Reuters", "REUTERS"),
    "Associated Press": ("AP", "Associated Press", "The Associated Press", "AP News"),
    "AFP": ("AFP", "Agence France-Presse", "Agence France Presse", "AFP News"),
    "Bloomberg": ("Bloomberg", "Bloomberg News"),
    "dpa": ("dpa", "DPA", "Deutsche Presse-Agentur"),
    "Xinhua": ("Xinhua", "Xinhua News Agency"),
    "Kyodo": ("Kyodo", "Kyodo News"),
    "Jiji": ("Jiji", "Jiji Press"),
    "Yonhap": ("Yonhap", "Yonhap News Agency"),
    "PTI": ("PTI", "Press Trust of India"),
    "IANS": ("IANS", "Indo-Asian News Service"),
    "ANI": ("ANI", "Asian News International"),
    "UNI": ("UNI", "United News of India"),
    "EFE": ("EFE", "Agencia EFE"),
    "ANSA": ("ANSA",),
    "UPI": ("UPI", "United Press International"),
    "Bernama": ("Bernama",),
    "Antara": ("Antara",),
    "AAP": ("AAP", "Australian Associated Press"),
    "Canadian Press": ("CP", "The Canadian Press", "Canadian Press"),
    "PA Media": ("PA", "PA Media", "Press Association"),
    "TASS": ("TASS", "ITAR-TASS"),
    "RIA Novosti": ("RIA Novosti", "RIA"),
    "Interfax": ("Interfax",),
    "Anadolu": ("Anadolu", "Anadolu Agency", "AA"),
    "KUNA": ("KUNA",),
    "WAM": ("WAM",),
    "SPA": ("SPA", "Saudi Press Agency"),
    "Lusa": ("Lusa",),
    "Europa Press": ("Europa Press",),
    "NTB": ("NTB",),
    "CNA": ("CNA", "Central News Agency"),
    "CNN": ("CNN", "CNN Business", "CNN Politics"),
    "NPR": ("NPR",),
    "BBC": ("BBC", "BBC News"),
    "The New York Times": ("New York Times", "The New York Times", "NYT"),
    "The Washington Post": ("Washington Post", "The Washington Post"),
}

_ALIAS: dict[str, str] = {}
for _canonical, _names in AGENCIES.items():
    for _name in _names:
        _ALIAS[_name.casefold()] = _canonical


def canonical_agency(name: str) -> str | None:
    """The canonical agency for a spelling ("The Associated Press" -> "Associated Press")."""
    cleaned = " ".join(name.replace("\u00a0", " ").split()).strip(" .,;:-–—()")
    if not cleaned:
        return None
    found = _ALIAS.get(cleaned.casefold())
    if found is None:
        return None
    # short forms ("AP", "PA", "AA") count only in capitals: "ap" or "Pa" are words
    if len(cleaned) <= 3 and cleaned != cleaned.upper() and found != "dpa":
        return None
    return found


def agency_pattern() -> str:
    """Regex alternation of every agency spelling, longest first."""
    names = sorted({n for names in AGENCIES.values() for n in names}, key=len, reverse=True)
    return "|".join(re.escape(n) for n in names)


_COMPANY_SUFFIX = re.compile(r"\s*[|–—-]\s*(?:home|news|latest news.*|breaking news.*)$", re.IGNORECASE)


#: a web archive's copy of a page: "http://web.archive.org/web/20151030223013/http://www.wral.com/…"
#: (the Wayback Machine and the archives that share its URL scheme, such as arquivo.pt)
_ARCHIVED = re.compile(r"^(?:https?:)?//[^/]+/(?:web|wayback)/\d{8,14}(?:[a-z]{2}_)?/(?P<original>.+)$", re.IGNORECASE)


def original_url(url: str) -> str:
    """The page a web archive's URL is a copy of; any other URL as it is."""
    m = _ARCHIVED.match(url.strip())
    if not m:
        return url
    original = m.group("original")
    try:
        host = urlparse(original if "//" in original else f"//{original}").hostname or ""
    except ValueError:
        return url
    return original if "." in host else url


def outlet_from_domain(url: str | None) -> str | None:
    """A readable outlet name from a URL's host: "https://www.reuters.com/x" -> "reuters.com";
    an archived copy's outlet is the archived page's site, not the archive."""
    if not url:
        return None
    url = original_url(url)
    try:
        host = urlparse(url if "//" in url else f"//{url}").hostname or ""
    except ValueError:
        return None
    host = re.sub(r"^(?:www\d?|m|mobile|amp|edition|news)\.", "", host.lower())
    if not host or "." not in host:
        return None
    # a known agency's own domain gives its canonical name
    stem = host.split(".")[0]
    return canonical_agency(stem) or (canonical_agency(stem.upper()) if len(stem) >= 3 else None) or host


def clean_site_name(name: str | None) -> str | None:
    if not name:
        return None
    name = _COMPANY_SUFFIX.sub("", " ".join(name.split())).strip()
    if re.match(r"(?i)https?://", name):
        return outlet_from_domain(name)  # og:site_name "https://www.hawaiinewsnow.com": the host
    return canonical_agency(name) or name or None


#: a page owner's copyright line: "© 2017 KHOU-TV", "Copyright 2017 by KPRC Click2Houston - All rights reserved."
_COPYRIGHT_HOLDER = re.compile(
    r"^\W{0,3}(?i:©|\(c\)|copyright)\s*(?:©\s*)?(?:(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)\d\d)?\s*,?\s*)?(?i:by\s+)?"
    r"(?P<name>(?:[Tt]he\s+)?[A-Z][\w&'’.-]*(?:[ ]+(?:of[ ]+|&[ ]+)?[A-Z0-9][\w&'’.-]*){0,4})"
)
_RIGHTS = re.compile(r"(?i)[\s,.;-]*\ball rights reserved\b.*$")
_CORPORATE_SUFFIX = re.compile(r"(?:,?\s+(?:Inc|LLC|L\.L\.C|Ltd|Corp|Co|GmbH|plc|S\.A)\.?)+$")
#: holders of photo and stock copyrights, whose line credits a picture, not the page
_PHOTO_HOLDERS = re.compile(r"(?i)\b(?:getty|shutterstock|istock|alamy|imago|dreamstime|depositphotos|photo|photos|"
                            r"images?|pictures?)\b")


def copyright_holder(line: str) -> str | None:
    """The name a copyright line gives the page to ("© 2017 KHOU-TV" -> "KHOU-TV",
    "Copyright 2017 by KPRC Click2Houston - All rights reserved." -> "KPRC Click2Houston"):
    the page's owner, unless it holds only a picture's rights. None when the line names none."""
    line = _RIGHTS.sub("", " ".join(line.split()))
    m = _COPYRIGHT_HOLDER.match(line)
    if not m:
        return None
    name = re.split(r"\s+[-–—|]\s+|\.\s", m["name"])[0]
    name = _CORPORATE_SUFFIX.sub("", name).strip(" .,;:-")
    if len(name) < 2 or _PHOTO_HOLDERS.search(name):
        return None
    return canonical_agency(name) or name


#: a North American broadcaster's call sign, as a station credits its own clips and photos
#: ("MORE MEDIA KATU - clip", "(Photo: KHOU 11)")
_CALL_SIGN = re.compile(r"(?<![\w-])(?P<call>[KW][A-Z]{3})(?:-(?:TV|DT|FM|AM|CD|LD))?(?![\w-])")
_NOT_CALL_SIGNS = frozenset({"WWII", "WNBA", "WADA", "WIPO", "WHOI", "KFC"})


def station_call_sign(text: str) -> str | None:
    """The call sign a station's media credit or label carries; None when there is none."""
    for m in _CALL_SIGN.finditer(text):
        if m["call"] not in _NOT_CALL_SIGNS:
            return m.group(0)
    return None


#: a station or paper naming its own team: "our abc13 Eyewitness News team", "our KXYZ crew"
_SELF_REFERENCE = re.compile(
    r"\b[Oo]ur (?P<brand>[a-z]{2,5}\d{1,2}|[A-Z]{2,5}\d{1,2}|[KW][A-Z]{3}(?:-TV)?)(?: [A-Z0-9][\w-]*){0,3} "
    r"(?:team|news team|crew|reporters?|newsroom|cameras?|photographers?|i-team|investigators?)\b"
)


def self_named_outlet(text: str) -> str | None:
    """The brand a station or paper gives itself when it names its own team in the text ("after
    our abc13 Eyewitness News team discovered papers" -> "ABC13"); None when it names none."""
    for m in _SELF_REFERENCE.finditer(text):
        before = text[text.rfind("\n", 0, m.start()) + 1 : m.start()]
        if before.count('"') % 2 or before.count("“") > before.count("”"):
            continue  # a speaker's "our", inside a quotation
        brand = m["brand"]
        if brand[0] in "KW" and len(brand) == 4 and station_call_sign(brand) is None:
            continue
        return canonical_agency(brand) or (brand.upper() if re.fullmatch(r"[a-z]+\d+", brand) else brand)
    return None


#: the paper's own staff credited at the foot of a report: "The Chicago Tribune's Liam Ford contributed."
_STAFF_CREDIT = re.compile(r"^(?:The[ \t]+)?(?P<outlet>[A-Z][\w.&-]*(?:[ \t]+[A-Z][\w.&-]*){0,4})['\u2019]s[ \t]+"
                           r"[A-Z][\w.'\u2019-]*(?:[ \t]+[A-Z][\w.'\u2019-]*){1,3}[ \t]+contributed\b", re.M)


def staff_credit(text: str) -> str | None:
    """The outlet whose staff a report's last lines credit ("The Chicago Tribune's Liam Ford
    contributed." -> "Chicago Tribune"); None when no such line."""
    found = [m["outlet"] for m in _STAFF_CREDIT.finditer(text)]
    return found[-1] if found else None


_SITE_DOMAIN = re.compile(r"(?:www\.)?[A-Za-z0-9][A-Za-z0-9-]*(?:\.[A-Za-z0-9-]+)*\.(?:com|net|org|tv|news|info|co|us|ca|"
                          r"co\.uk|com\.au|ie|in)")


_SUFFIX_CALL_SIGN = re.compile(r"(?P<call>[KW][A-Z]{3})(?:-(?:TV|DT|FM|AM|CD|LD))?(?:\s?\d{1,2})?(?![\w-])")


def title_domain_suffix(title: str) -> tuple[str, str] | None:
    """``(headline, site)`` when a headline carries its site's address or a station's call sign
    after a separator, as a page's <title> does ("Teen hurt in crash - KXYZ.com | Local News |
    Springfield", "Two hurt - WSIL-TV 3 Southern Illinois"); None otherwise. Only an address or
    a call sign counts: other words after a dash may be the headline's own."""
    for m in TITLE_SEPARATOR.finditer(title):
        rest = title[m.end():]
        part = TITLE_SEPARATOR.split(rest, maxsplit=1)[0].strip()
        headline = title[: m.start()].strip()
        # the address alone, or followed by the site's slogan: "KiiiTV.com South Texas, Corpus Christi"
        site = _SITE_DOMAIN.match(part)
        # ... or glued to it by a dash: "wave3.com-Louisville News, Weather & Sports"
        if site and (site.end() == len(part) or part[site.end()] in " -–|") and len(headline.split()) >= 3:
            return headline, outlet_from_domain(site.group(0)) or site.group(0)
        # a broadcaster's call sign opening the suffix: "- WPSD Local 6: Your news", "- KAIT Jonesboro, AR"
        call = _SUFFIX_CALL_SIGN.match(part)
        if call and call["call"] not in _NOT_CALL_SIGNS and len(headline.split()) >= 3 and len(part.split()) <= 12:
            return headline, call["call"]
    return None
