"""WARC archives and RSS/Atom feeds: many articles per file, read record by record."""

from __future__ import annotations

import gzip
import io

import pytest

from crosswire.api import Corpus
from crosswire.ingest import read_path

warcio = pytest.importorskip("warcio")

DAM = ("<html><head><title>Dam breach floods valley</title></head><body><nav>Home | World | Sport</nav>"
       "<article><h1>Dam breach floods valley</h1><p>ORVILLE, March 3 - A dam breached on Tuesday, flooding "
       "40 homes, officials said. The county sheriff said nobody was hurt in the flood, which began before "
       "dawn.</p><p>Residents were evacuated to a school gym, the mayor said in a statement on Tuesday "
       "evening.</p></article></body></html>")
CAFE = ("<html><head><title>Caf\xe9 fire</title></head><body><article><p>A fire at the Caf\xe9 Central on Main "
        "Street destroyed the kitchen on Friday, firefighters said. No one was injured, according to the fire "
        "chief, who praised the crew.</p></article></body></html>")


def write_warc(path, *, gz=True, crawled="2026-03-09T10:00:00Z"):
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    records = [
        ("https://example.org/dam", "200 OK", "text/html; charset=utf-8", DAM.encode()),
        ("https://example.org/logo.png", "200 OK", "image/png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\x0dIHDR"),
        ("https://example.org/old", "301 Moved Permanently", "text/html", b"<p>moved</p>"),
        ("https://example.org/cafe", "200 OK", "text/html; charset=windows-1252", CAFE.encode("cp1252")),
    ]
    with open(path, "wb") as out:
        writer = WARCWriter(out, gzip=gz)
        writer.write_record(writer.create_warcinfo_record(path.name, {"software": "test"}))
        for url, status, ctype, body in records:
            http = StatusAndHeaders(status, [("Content-Type", ctype)], protocol="HTTP/1.1")
            record = writer.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=http,
                                               warc_headers_dict={"WARC-Date": crawled})
            writer.write_record(record)
    return path


@pytest.mark.parametrize("gz", [True, False])
def test_warc_pages_are_articles_and_other_records_are_skipped(tmp_path, gz):
    warc = write_warc(tmp_path / ("crawl.warc.gz" if gz else "crawl.warc"), gz=gz)
    items = list(read_path(str(warc)))
    assert [i.error for i in items] == [None, None]
    assert [i.source_id for i in items] == ["https://example.org/dam", "https://example.org/cafe"]
    assert [i.source for i in items] == [f"{warc}#1 <https://example.org/dam>", f"{warc}#4 <https://example.org/cafe>"]
    assert "Café Central" in items[1].raw  # decoded by the HTTP header's charset
    assert items[0].extra == {"crawled": "2026-03-09T10:00:00Z"}


def test_warc_crawl_date_bounds_the_year_but_is_never_the_publication_date(tmp_path):
    warc = write_warc(tmp_path / "crawl.warc.gz", crawled="2026-03-09T10:00:00Z")
    with Corpus(tmp_path / "news.db") as corpus:
        report = corpus.ingest([warc])
        assert report.ok and len(report.ingested) == 2
        dam, cafe = (corpus.article(i) for i in report.ingested)
        again = corpus.ingest([warc])
        assert again.ingested == [] and len(again.present) == 2
    assert dam.title == "Dam breach floods valley" and dam.url == "https://example.org/dam"
    assert dam.published == "2026-03-03"  # the dateline, its year from the crawl
    assert "Home | World" not in dam.text
    assert cafe.published is None  # no date in the page: the crawl date is not a publication date


def test_a_truncated_warc_keeps_its_earlier_pages_and_names_the_broken_record(tmp_path):
    whole = write_warc(tmp_path / "whole.warc", gz=False).read_bytes()
    cut = tmp_path / "cut.warc"
    cut.write_bytes(whole[: whole.index(b"WARC-Target-URI: https://example.org/cafe") - 40] + b"WARC/1.0\r\nbroken")
    items = list(read_path(str(cut)))
    assert items[0].error is None and items[0].source_id == "https://example.org/dam"
    assert items[-1].error is not None and items[-1].error.source.startswith(f"{cut}#")
    assert "WARC" in items[-1].error.reason


RSS = """<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE rss [<!ENTITY secret SYSTEM "file:///etc/hostname">]>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>Valley Gazette</title><link>https://gazette.example/</link>
<item><title>Dam breach floods valley</title><link>https://gazette.example/dam</link>
<guid>gazette-dam-1</guid><pubDate>Tue, 03 Mar 2026 10:00:00 GMT</pubDate>
<description>Teaser &secret;</description>
<content:encoded><![CDATA[<p>A dam breached on Tuesday, flooding 40 homes, officials said. The county sheriff
said nobody was hurt.</p><p>Residents went to a school gym.</p><img src=x onerror="alert(1)"><script>alert(2)</script>]]>
</content:encoded></item>
<item><title>Wire copy</title><link>https://gazette.example/wire</link><source url="https://wire.example/">Example Wire</source>
<description>Rescuers searched the valley on Wednesday for a missing hiker, police said.</description></item>
<item><title>Headline only</title><link>https://gazette.example/h</link></item>
</channel></rss>"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Harbour Times</title><id>urn:ht</id>
<updated>2026-03-05T00:00:00Z</updated>
<entry><title>Ferry strike ends</title><id>urn:ht:1</id><link href="https://ht.example/ferry"/>
<published>2026-03-04T08:00:00Z</published><updated>2026-03-05T08:00:00Z</updated>
<content type="html">&lt;p&gt;The ferry strike ended on Wednesday after 12 days, the union said.&lt;/p&gt;</content></entry>
</feed>"""


def test_rss_entries_become_articles_with_their_own_metadata(tmp_path):
    feed = tmp_path / "gazette.xml"
    feed.write_text(RSS, encoding="utf-8")
    with Corpus(tmp_path / "news.db") as corpus:
        report = corpus.ingest([feed])
        assert report.failed == [(f"{feed}#3", "feed entry has no content or summary")]
        dam, wire = (corpus.article(i) for i in report.ingested)
    assert (dam.title, dam.outlet, dam.published, dam.url, dam.source_id) == (
        "Dam breach floods valley", "Valley Gazette", "2026-03-03", "https://gazette.example/dam", "gazette-dam-1")
    assert "dam breached on Tuesday" in dam.text and "Residents went" in dam.text
    assert "alert" not in dam.raw and "Teaser" not in dam.text  # sanitised; the longer body wins
    assert "/etc/hostname" not in dam.raw and wire.outlet == "Example Wire"  # the entry's <source> wins


def test_atom_feed_gzipped_and_sniffed_without_extension(tmp_path):
    feed = tmp_path / "download"
    feed.write_bytes(gzip.compress(ATOM.encode()))
    with Corpus(tmp_path / "news.db") as corpus:
        report = corpus.ingest([feed])
        assert report.ok, report.failed
        (ferry,) = (corpus.article(i) for i in report.ingested)
    assert (ferry.title, ferry.outlet, ferry.published) == ("Ferry strike ends", "Harbour Times", "2026-03-04")
    assert "ended on Wednesday after 12 days" in ferry.text


def test_xml_that_is_not_a_feed_is_not_read_as_one(tmp_path):
    sitemap = tmp_path / "sitemap.xml"
    sitemap.write_text('<?xml version="1.0"?><urlset><url><loc>https://x.example/a</loc></url></urlset>')
    empty_feed = tmp_path / "empty.rss"
    empty_feed.write_text('<?xml version="1.0"?><rss version="2.0"><channel><title>T</title></channel></rss>')
    assert list(read_path(str(sitemap)))[0].format == "html"  # an ordinary page to the cleaner
    (item,) = read_path(str(empty_feed))
    assert item.error is not None and item.error.reason.startswith("feed has no entries")


def test_an_oversized_warc_record_is_named_and_the_rest_are_read(tmp_path):
    warc = write_warc(tmp_path / "crawl.warc.gz")
    items = list(read_path(str(warc), max_bytes=300))
    too_big = [i for i in items if i.error is not None]
    assert too_big and all("over the 300 bytes limit per record" in i.error.reason for i in too_big)
    assert {i.error.source for i in too_big} <= {f"{warc}#1 <https://example.org/dam>",
                                                 f"{warc}#4 <https://example.org/cafe>"}
