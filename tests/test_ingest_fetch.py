"""http(s) URLs as inputs: fetched from a real server on 127.0.0.1, with limits and clear errors."""

from __future__ import annotations

import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from typer.testing import CliRunner

from crosswire.api import Corpus
from crosswire.cli import build_app
from crosswire.ingest.fetch import HttpFetcher

PAGE = ("<html><head><title>Dam breach floods valley</title></head><body><nav>Home | World | Sport</nav>"
        "<article><h1>Dam breach floods valley</h1><p>ORVILLE, March 3 - A dam breached on Tuesday, flooding "
        "40 homes, officials said. The county sheriff said nobody was hurt in the flood, which began before "
        "dawn.</p><p>Residents were evacuated to a school gym, the mayor said in a statement.</p></article>"
        "</body></html>").encode()
FEED = b"""<?xml version="1.0"?><rss version="2.0"><channel><title>Valley Gazette</title>
<item><title>Ferry strike ends</title><link>https://gazette.example/ferry</link>
<pubDate>Wed, 04 Mar 2026 08:00:00 GMT</pubDate>
<description>The ferry strike ended on Wednesday after 12 days of talks, the union said.</description></item>
</channel></rss>"""


class Handler(BaseHTTPRequestHandler):
    def log_message(self, *args):  # keep test output clean
        pass

    def do_GET(self):
        routes = {"/page": (200, "text/html; charset=utf-8", PAGE), "/feed": (200, "application/rss+xml", FEED)}
        if self.path == "/moved":
            self.send_response(301)
            self.send_header("Location", "/page")
            self.end_headers()
        elif self.path == "/loop":
            self.send_response(302)
            self.send_header("Location", "/loop")
            self.end_headers()
        elif self.path == "/huge":
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            for _ in range(64):  # no Content-Length: the limit must hold while streaming
                self.wfile.write(b"<p>" + b"x" * 16_000 + b"</p>")
        elif self.path == "/slow":
            time.sleep(2)
            self.send_response(200)
            self.end_headers()
        elif self.path in routes:
            status, ctype, body = routes[self.path]
            self.send_response(status)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
        else:
            self.send_error(404, "Not Found")


@pytest.fixture(scope="module")
def server():
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def test_pages_and_feeds_by_url_with_redirects(tmp_path, server):
    with Corpus(tmp_path / "news.db", fetcher=HttpFetcher(timeout=5)) as corpus:
        report = corpus.ingest([f"{server}/moved", f"{server}/feed"])
        assert report.ok, report.failed
        page, entry = (corpus.article(i) for i in report.ingested)
        again = corpus.ingest([f"{server}/page"])  # the same bytes: already stored
        assert again.ingested == [] and len(again.present) == 1
    assert page.url == f"{server}/page" and page.path is None  # the address after the redirect
    assert page.title == "Dam breach floods valley" and "Home | World" not in page.text
    assert page.extra["fetched"][:4].isdigit()
    assert page.published and page.published.endswith("-03-03")  # dateline; year from the fetch date
    assert (entry.url, entry.outlet, entry.published) == ("https://gazette.example/ferry", "Valley Gazette",
                                                          "2026-03-04")


def test_unreachable_missing_huge_slow_and_looping_urls_are_named_errors(tmp_path, server):
    urls = [f"{server}/missing", f"{server}/huge", f"{server}/slow", f"{server}/loop", "http://127.0.0.1:9/x",
            f"{server}/page"]
    with Corpus(tmp_path / "news.db", fetcher=HttpFetcher(timeout=0.5)) as corpus:
        report = corpus.ingest(urls, max_bytes=200_000)
        assert len(report.ingested) == 1  # the good page after five bad ones
    reasons = dict(report.failed)
    assert reasons[f"{server}/missing"] == "HTTP 404 Not Found"
    assert "over the 200,000 byte limit" in reasons[f"{server}/huge"]
    assert reasons[f"{server}/slow"] == "timed out after 0.5 s"
    assert reasons[f"{server}/loop"] == "too many redirects"
    assert reasons["http://127.0.0.1:9/x"].startswith("cannot fetch")


def test_cli_ingests_a_url(tmp_path, server):
    db = tmp_path / "news.db"
    result = CliRunner().invoke(build_app(), ["ingest", f"{server}/page", "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert "ingested 1" in result.output
