"""The HTTP API in-process (FastAPI TestClient) over real SQLite files: every endpoint, every error status."""

from __future__ import annotations

import json
import warnings

import pytest

warnings.filterwarnings("ignore", message=".*httpx.*", category=DeprecationWarning)

from fastapi.testclient import TestClient  # noqa: E402

from crosswire.api import Corpus  # noqa: E402
from crosswire.web import create_app  # noqa: E402

#: three short reports of one invented event, told differently (test data, not a corpus rule)
RECORDS = [
    {"title": "Flood closes Arden ring road", "outlet": "Arden Echo", "published": "2025-05-02",
     "text": "ARDEN, May 2 - Floodwater closed the Arden ring road on Friday after the river Sel rose "
             "2.1 metres overnight, the county council said. About 300 homes were evacuated. "
             "\"We expect the road to reopen on Monday,\" council leader Mira Holt told reporters."},
    {"title": "Arden ring road shut as Sel floods", "outlet": "Sel Valley News", "published": "2025-05-02",
     "text": "The Arden ring road was shut on Friday as the river Sel burst its banks. The council said "
             "the river rose 2.4 metres and that 300 homes were evacuated. Council leader Mira Holt said: "
             "\"We expect the road to reopen on Monday.\""},
]


def make_client(db, **kwargs) -> TestClient:
    return TestClient(create_app(Corpus(db), **kwargs), raise_server_exceptions=False)


def assert_envelope(response, status: int, code: str | None = None) -> dict:
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/json")
    error = response.json()["error"]
    assert set(error) >= {"code", "message", "status"}
    assert error["status"] == status
    assert error["message"]
    if code:
        assert error["code"] == code
    return error


@pytest.fixture
def client(tmp_path):
    with make_client(tmp_path / "api.db") as c:
        yield c


@pytest.fixture(scope="module")
def demo_client(tmp_path_factory):
    """The demo corpus ingested once into a real SQLite file, behind the app."""
    from web_demo import demo_store_copy

    corpus = Corpus(demo_store_copy(tmp_path_factory, "api"))
    with TestClient(create_app(corpus), raise_server_exceptions=False) as c:
        yield c, corpus


# -- writes -------------------------------------------------------------------------------


def test_post_json_records_then_again_is_a_no_op(client):
    first = client.post("/api/articles", json=RECORDS)
    assert first.status_code == 201, first.text
    body = first.json()
    assert len(body["ingested"]) == 2 and body["failed"] == []
    assert {a["title"] for a in body["articles"]} == {r["title"] for r in RECORDS}
    assert body["stories"] and set(body["ingested"]) <= {a for s in body["stories"] for a in s["articles"]}
    again = client.post("/api/articles", json={"articles": RECORDS})
    assert again.status_code == 200
    assert sorted(again.json()["present"]) == sorted(body["ingested"])
    article = client.get(f"/api/articles/{body['ingested'][0]}").json()
    assert article["title"] in {r["title"] for r in RECORDS}
    assert isinstance(article["removed"], list)
    listing = client.get("/api/articles").json()["articles"]
    assert sorted(a["id"] for a in listing) == sorted(body["ingested"])
    assert all("text" not in a for a in listing)


def test_post_multipart_files_and_pasted_text(client):
    files = [("files", ("a.txt", RECORDS[0]["text"].encode(), "text/plain")),
             ("files", ("b.txt", RECORDS[1]["text"].encode(), "text/plain"))]
    response = client.post("/api/articles", files=files)
    assert response.status_code == 201, response.text
    assert len(response.json()["ingested"]) == 2
    pasted = client.post("/api/articles", data={"text": "A third report: the Sel fell back by Sunday evening, "
                                                "officials in Arden said, and the road reopened early.",
                                                "title": "Sel falls back", "outlet": "Arden Echo"})
    assert pasted.status_code == 201, pasted.text
    (new_id,) = pasted.json()["ingested"]
    assert client.get(f"/api/articles/{new_id}").json()["title"] == "Sel falls back"


def test_post_raw_document_body(client):
    html = ("<html><head><title>Arden flood</title></head><body><article><h1>Arden flood</h1>"
            + "".join(f"<p>{s}.</p>" for s in RECORDS[0]["text"].split(". ")) + "</article></body></html>")
    response = client.post("/api/articles?name=arden.html", content=html.encode(),
                           headers={"Content-Type": "text/html"})
    assert response.status_code == 201, response.text


@pytest.mark.parametrize("body, headers, status, code", [
    (b"{not json", {"Content-Type": "application/json"}, 400, "bad_input"),
    (b'{"text": "a lone object"}', {"Content-Type": "application/json"}, 422, "invalid"),
    (b"[]", {"Content-Type": "application/json"}, 422, "invalid"),
    (b'[{"title": "no body"}]', {"Content-Type": "application/json"}, 422, "invalid"),
    (b'["just a string"]', {"Content-Type": "application/json"}, 422, "invalid"),
    (b"\x89PNG\r\n", {"Content-Type": "image/png"}, 415, "unsupported_format"),
    (b"   ", {"Content-Type": "text/plain"}, 400, "bad_input"),
])
def test_post_bad_bodies(client, body, headers, status, code):
    assert_envelope(client.post("/api/articles", content=body, headers=headers), status, code)


def test_uploaded_binary_file_is_415(client):
    png = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8
    response = client.post("/api/articles", files=[("files", ("photo.txt", png, "text/plain"))])
    error = assert_envelope(response, 415, "unsupported_format")
    assert error["report"]["failed"][0]["code"] == "unsupported_format"


def test_post_multipart_without_file_or_text_is_422(client):
    assert_envelope(client.post("/api/articles", data={"title": "nothing else"}), 422, "invalid")


def test_post_where_every_item_fails_reports_why(client):
    response = client.post("/api/articles", files=[("files", ("junk.html", b"<html><body></body></html>", "text/html"))])
    error = assert_envelope(response, 400)
    assert error["report"]["failed"] and error["message"].startswith("junk.html: ")
    files = [("files", ("a.txt", RECORDS[0]["text"].encode(), "text/plain")), ("files", ("empty.txt", b"", "text/plain")),
             ("files", ("b.txt", RECORDS[1]["text"].encode(), "text/plain"))]
    mixed = client.post("/api/articles", files=files)  # one bad file does not sink the others
    assert mixed.status_code == 201
    body = mixed.json()
    assert len(body["ingested"]) == 2 and [f["source"] for f in body["failed"]] == ["empty.txt"]
    assert body["counts"] == {"ingested": 2, "present": 0, "failed": 1} and body["ok"] is False
    assert len(body["run_ids"]) == 2


def test_upload_limit_gives_413(tmp_path):
    with make_client(tmp_path / "small.db", max_upload_bytes=1000) as c:
        big = [{"text": "word " * 400}]
        assert_envelope(c.post("/api/articles", json=big), 413, "too_large")
        # no Content-Length (chunked): the limit is enforced while reading
        chunks = (b"x" * 300 for _ in range(10))
        assert_envelope(c.post("/api/articles", content=chunks, headers={"Content-Type": "text/plain"}), 413)
        files = [("files", ("big.txt", b"y" * 5000, "text/plain"))]
        assert_envelope(c.post("/api/articles", files=files), 413)


def test_token_guards_writes_only(tmp_path):
    with make_client(tmp_path / "tok.db", token="s3cret") as c:
        assert_envelope(c.post("/api/articles", json=RECORDS[:1]), 401, "unauthorized")
        wrong = c.post("/api/articles", json=RECORDS[:1], headers={"Authorization": "Bearer nope"})
        assert_envelope(wrong, 401)
        assert wrong.headers["www-authenticate"] == "Bearer"
        ok = c.post("/api/articles", json=RECORDS[:1], headers={"Authorization": "Bearer s3cret"})
        assert ok.status_code == 201
        assert c.get("/api/articles").status_code == 200


def test_cross_site_writes_are_refused(client):
    evil = client.post("/api/articles", json=RECORDS[:1], headers={"Origin": "http://evil.example"})
    assert_envelope(evil, 403, "forbidden")
    fetch = client.post("/api/articles", json=RECORDS[:1], headers={"Sec-Fetch-Site": "cross-site"})
    assert_envelope(fetch, 403)
    same = client.post("/api/articles", json=RECORDS[:1], headers={"Origin": "http://testserver"})
    assert same.status_code == 201


def test_unknown_host_is_refused_when_hosts_are_pinned(tmp_path):
    with make_client(tmp_path / "h.db", allowed_hosts=["127.0.0.1", "localhost"]) as c:
        assert_envelope(c.get("/api/articles", headers={"Host": "rebound.example:8000"}), 403, "forbidden")
        assert c.get("/api/articles", headers={"Host": "127.0.0.1:8000"}).status_code == 200


# -- reads and FastAPI's own errors --------------------------------------------------------


def test_not_found_everywhere(client):
    assert_envelope(client.get("/api/stories/nope"), 404, "story_not_found")
    assert_envelope(client.get("/api/stories/nope/brief"), 404, "story_not_found")
    assert_envelope(client.get("/api/articles/nope"), 404, "article_not_found")
    assert_envelope(client.get("/api/no/such/path"), 404, "not_found")
    assert_envelope(client.get("/static/../../etc/passwd"), 404)
    assert_envelope(client.get("/static/nothing.css"), 404)


def test_method_not_allowed_uses_the_envelope(client):
    assert_envelope(client.delete("/api/articles"), 405, "method_not_allowed")


def test_unexpected_error_is_a_500_envelope_without_internals(client):
    service = client.app.state.service

    def explode(*_a, **_k):
        raise RuntimeError("secret internal detail")

    service.corpus.articles = explode
    response = client.get("/api/articles")
    assert_envelope(response, 500, "internal")
    assert "secret" not in response.text


def test_openapi_and_docs(client):
    spec = client.get("/openapi.json").json()
    for path in ("/api/articles", "/api/stories", "/api/stories/{story_id}", "/api/stories/{story_id}/brief",
                 "/api/articles/{article_id}"):
        assert path in spec["paths"]
    docs = client.get("/docs")  # rendered here: readable offline, no script
    assert docs.status_code == 200
    for path in spec["paths"]:
        assert f"<code>{path}</code>" in docs.text
    assert "<script" not in docs.text
    swagger = client.get("/docs/swagger")
    assert swagger.status_code == 200 and "swagger" in swagger.text.lower()
    assert "'sha256-" in swagger.headers["content-security-policy"]
    assert "unsafe-inline" not in swagger.headers["content-security-policy"]


def test_security_headers_on_every_response(client):
    for path in ("/api/articles", "/api/nope"):
        headers = client.get(path).headers
        assert headers["x-content-type-options"] == "nosniff"
        csp = headers["content-security-policy"]
        assert "script-src 'self'" in csp and "unsafe-inline" not in csp


# -- stories and briefs over the demo corpus -----------------------------------------------


def test_stories_list_and_one_story(demo_client):
    c, corpus = demo_client
    listed = c.get("/api/stories").json()["stories"]
    assert [s["id"] for s in listed] == [s.id for s in corpus.stories()]
    assert listed, "the demo corpus makes stories"
    one = c.get(f"/api/stories/{listed[0]['id']}").json()
    assert one["id"] == listed[0]["id"]
    assert one["brief_url"].endswith("/brief")


def test_brief_formats_by_query_and_accept(demo_client):
    c, corpus = demo_client
    story_id = corpus.stories()[0].id
    as_json = c.get(f"/api/stories/{story_id}/brief")
    assert as_json.headers["content-type"].startswith("application/json")
    data = as_json.json()
    assert data["schema"] == "crosswire.brief/1"
    assert [s["id"] for s in data["stories"]] == [story_id]
    library = json.loads(json.dumps(c.app.state.service.brief(story_id).to_dict()))
    assert data == library  # the library's Brief, unchanged

    md = c.get(f"/api/stories/{story_id}/brief?format=md")
    assert md.headers["content-type"].startswith("text/markdown")
    assert data["stories"][0]["headline"] in md.text  # the same brief, rendered by the library
    assert md.text.lstrip().startswith("#")
    assert c.get(f"/api/stories/{story_id}/brief", headers={"Accept": "text/markdown"}).text == md.text

    html = c.get(f"/api/stories/{story_id}/brief", headers={"Accept": "text/html,application/xhtml+xml;q=0.9"})
    assert html.headers["content-type"].startswith("text/html")
    assert "script-src" not in html.headers["content-security-policy"]  # default-src 'none': no script at all
    assert html.headers["vary"] == "Accept"
    assert c.get(f"/api/stories/{story_id}/brief?format=json",
                 headers={"Accept": "text/html"}).headers["content-type"].startswith("application/json")
    assert_envelope(c.get(f"/api/stories/{story_id}/brief?format=xml"), 422, "invalid")


def test_brief_is_cached_and_invalidated_by_writes(demo_client):
    c, corpus = demo_client
    story_id = corpus.stories()[0].id
    service = c.app.state.service
    calls = []
    real_brief = type(corpus).brief

    def counting(self, ids=None):
        calls.append(ids)
        return real_brief(self, ids)

    corpus.brief = counting.__get__(corpus)
    try:
        service.invalidate()
        first = c.get(f"/api/stories/{story_id}/brief").content
        c.get(f"/api/stories/{story_id}/brief?format=md")
        assert c.get(f"/api/stories/{story_id}/brief").content == first
        assert len(calls) == 1
        service.invalidate()  # what every write does
        c.get(f"/api/stories/{story_id}/brief")
        assert len(calls) == 2
    finally:
        del corpus.brief


def test_another_process_writing_the_file_invalidates_the_cache(tmp_path):
    from crosswire.store import Store
    from crosswire.web import service as service_module

    db = tmp_path / "shared.db"
    with make_client(db) as c:
        assert c.get("/api/articles").json()["articles"] == []
        service = c.app.state.service
        service.cached(("probe",), lambda: "old")
        with Store(db) as other:  # a second connection, as `crosswire ingest` in another shell
            Corpus(other).ingest_records(RECORDS[:1])
        service._checked_at -= service_module.EXTERNAL_CHECK_INTERVAL + 1
        assert service.cached(("probe",), lambda: "new") == "new"
        assert len(c.get("/api/articles").json()["articles"]) == 1
