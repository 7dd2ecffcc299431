"""The server-rendered pages, in-process over real SQLite files (helpers: test_web_views.py)."""

from __future__ import annotations

import re
import warnings

import pytest

warnings.filterwarnings("ignore", message=".*httpx.*", category=DeprecationWarning)

from fastapi.testclient import TestClient  # noqa: E402

from crosswire.api import Corpus  # noqa: E402
from crosswire.web import create_app  # noqa: E402

#: an article written to attack the page: every payload must show as text, never run
HOSTILE = {
    "title": 'Dam report <img src=x onerror="window.__pwned=1">',
    "outlet": '<script>window.__pwned=2</script>Evil Times',
    "published": "2025-05-03",
    "text": "The Arden dam held on Saturday, engineers said, after the river Sel rose 2.1 metres. "
            "<script>window.__pwned=3; document.title='pwned'</script> "
            "<img src=x onerror=\"window.__pwned=4\"> <a href=\"javascript:window.__pwned=5\">more</a> "
            "<svg onload=\"window.__pwned=6\"></svg> About 300 homes were evacuated in Arden, officials said.",
}


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    from web_demo import demo_store_copy

    corpus = Corpus(demo_store_copy(tmp_path_factory, "web"))
    with TestClient(create_app(corpus), raise_server_exceptions=False) as client:
        yield client, corpus


@pytest.fixture
def hostile(tmp_path):
    with TestClient(create_app(Corpus(tmp_path / "hostile.db")), raise_server_exceptions=False) as client:
        response = client.post("/api/articles", json=[HOSTILE])
        assert response.status_code == 201, response.text
        yield client, response.json()


HTML = {"Accept": "text/html"}


def scripts_are_external(html: str) -> bool:
    return all("src=" in tag for tag in re.findall(r"<script[^>]*>", html, flags=re.I))


def test_story_list_links_every_story(demo):
    client, corpus = demo
    page = client.get("/", headers=HTML)
    assert page.status_code == 200
    for story in corpus.stories():
        assert f'href="/stories/{story.id}"' in page.text
    assert page.text.count('class="story-row"') == len(corpus.stories())
    assert "Independent sources" in page.text


def test_story_page_shows_every_part_of_the_brief(demo):
    client, corpus = demo
    story = max(corpus.stories(), key=lambda s: len(s.article_ids))
    data = client.get(f"/api/stories/{story.id}/brief").json()["stories"][0]
    page = client.get(f"/stories/{story.id}", headers=HTML)
    assert page.status_code == 200
    html = page.text
    # one item per sentence, each fact of it on its own line
    assert html.count('<li class="fact status-') == len({re.sub(r"^\[[^\]]*\] ", "", f["statement"])
                                                         for f in data["facts"]})
    assert html.count('<div class="fact-part">') == len(data["facts"])
    assert html.count('class="conflict"') == len(data["conflicts"])
    assert html.count('<figure class="quote-card">') == len(data["quotes"])
    # the matrix: one row per fact, one column per article
    matrix = html.split('<table class="agreement">', 1)[1].split("</table>", 1)[0] if data["facts"] else ""
    assert matrix.count("<tr class=") == len(data["facts"])
    if data["timeline"]:
        assert '<svg class="timeline-svg"' in html
        assert sum(map(int, re.findall(r'<g class="event[^"]*" data-date="[^"]*" data-count="(\d+)"', html))) \
            == len(data["timeline"])
    removals = sum(len(corpus.article(a["id"]).removed) for a in data["articles"])
    assert html.count('<del class="removed"') == removals
    assert html.count('<article class="article"') == len(data["articles"])
    assert scripts_are_external(html)


def test_hostile_article_is_rendered_inert(hostile):
    client, report = hostile
    (article_id,) = report["ingested"]
    pages = [client.get(f"/articles/{article_id}", headers=HTML).text, client.get("/", headers=HTML).text]
    pages += [client.get(f"/stories/{s['id']}", headers=HTML).text for s in report["stories"]]
    for html in pages:
        assert not re.search(r"<(script|img|svg)[^>]*(onerror|onload|__pwned)", html, flags=re.I)
        assert "javascript:window" not in re.sub(r"&[#\w]+;", "", " ".join(re.findall(r'href="[^"]*"', html)))
        assert scripts_are_external(html)
    # the payloads are on the page, as text
    assert "Dam report &lt;img src=x onerror=" in pages[0]
    assert "&lt;script&gt;window.__pwned=2&lt;/script&gt;Evil Times" in pages[0]


def test_pages_send_a_strict_csp(demo):
    client, _ = demo
    csp = client.get("/", headers=HTML).headers["content-security-policy"]
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp and "default-src 'none'" in csp


def test_upload_page_has_a_progress_form_and_external_script(demo):
    client, _ = demo
    html = client.get("/upload", headers=HTML).text
    assert 'id="upload-form"' in html and "<progress" in html and 'type="file"' in html
    assert scripts_are_external(html)
    src = re.search(r'<script src="([^"]+)"', html).group(1)
    script = client.get(src)
    assert script.status_code == 200 and script.headers["content-type"].startswith("text/javascript")
    assert "upload.addEventListener(\"progress\"" in script.text
    again = client.get(src, headers={"If-None-Match": script.headers["etag"]})
    assert again.status_code == 304


def test_errors_on_pages_are_html_for_browsers_and_json_otherwise(demo):
    client, _ = demo
    page = client.get("/stories/nope", headers=HTML)
    assert page.status_code == 404 and page.headers["content-type"].startswith("text/html")
    assert "no story" in page.text
    plain = client.get("/stories/nope")
    assert plain.status_code == 404 and plain.json()["error"]["code"] == "story_not_found"
    assert client.get("/nowhere", headers=HTML).status_code == 404
