"""Readers: format sniffing, decoding, JSON lines, directories, stdin, limits (no cleaning)."""

from __future__ import annotations

import gzip
import io
import json
import sys

import pytest

from crosswire.errors import EmptyInput, InputError, InputTooLarge, UnsupportedFormat
from crosswire.ingest import expand_paths, read_bytes, read_path
from crosswire.ingest.decode import decode_bytes

ARTICLE = "Officials met in Geneva on Tuesday to discuss the tariff truce.\nTalks will resume next week.\n"
PAGE = ("<!doctype html><html><head><title>Talks resume</title></head><body><article>"
        "<p>Officials met in Geneva on Tuesday to discuss the tariff truce.</p></article></body></html>")


def one(items):
    items = list(items)
    assert len(items) == 1, items
    return items[0]


def test_plain_text(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    item = one(read_path(str(path)))
    assert item.error is None
    assert (item.format, item.raw, item.path, item.source_id) == ("text", ARTICLE, str(path), None)


def test_html_and_gzipped_html(tmp_path):
    (tmp_path / "p.html").write_text(PAGE, encoding="utf-8")
    (tmp_path / "p.html.gz").write_bytes(gzip.compress(PAGE.encode()))
    (tmp_path / "p.bin").write_bytes(gzip.compress(PAGE.encode()))  # gzip found by magic, not name
    for name in ("p.html", "p.html.gz", "p.bin"):
        item = one(read_path(str(tmp_path / name)))
        assert item.error is None, item.error
        assert item.format == "html" and item.raw == PAGE and item.path == str(tmp_path / name)


def test_format_is_sniffed_from_content_not_extension(tmp_path):
    (tmp_path / "page.txt").write_text(PAGE)
    (tmp_path / "records.txt").write_text('{"text": "A record body."}\n{"text": "Another body."}\n')
    (tmp_path / "plain.html").write_text(ARTICLE)
    (tmp_path / "page.jsonl").write_text(PAGE)
    assert one(read_path(str(tmp_path / "page.txt"))).format == "html"
    records = list(read_path(str(tmp_path / "records.txt")))
    assert [r.raw for r in records] == ["A record body.", "Another body."]
    assert one(read_path(str(tmp_path / "plain.html"))).format == "text"
    assert one(read_path(str(tmp_path / "page.jsonl"))).format == "html"


def test_json_lines_records(tmp_path):
    path = tmp_path / "feed.jsonl"
    path.write_text(
        '{"id": "r-1", "text": "First body.", "title": "First", "published": "2025-10-26T09:30:00Z",'
        ' "outlet": "Wire", "url": "https://example.org/1", "lang": "en", "tags": ["a", "b"]}\n'
        "\n"
        '{"html": "<p>Second body.</p>"}\n'
        "{not json\n"
        '{"title": "no body"}\n'
        '["a list"]\n'
        '{"text": "   "}\n',
        encoding="utf-8",
    )
    items = list(read_path(str(path)))
    good = [i for i in items if i.error is None]
    bad = {i.source: i.error for i in items if i.error is not None}
    assert [(g.source_id, g.format, g.raw) for g in good] == [("r-1", "text", "First body."),
                                                                ("3", "html", "<p>Second body.</p>")]
    first = good[0]
    assert first.path == str(path)
    assert first.meta == {"title": "First", "published": "2025-10-26", "outlet": "Wire",
                          "url": "https://example.org/1"}
    assert first.extra == {"lang": "en", "tags": ["a", "b"]}
    assert set(bad) == {f"{path}:{n}" for n in (4, 5, 6, 7)}
    assert "invalid JSON" in bad[f"{path}:4"].reason
    assert "no article text" in bad[f"{path}:5"].reason and "'content'" in bad[f"{path}:5"].reason
    assert "JSON object" in bad[f"{path}:6"].reason
    assert isinstance(bad[f"{path}:7"], EmptyInput)


def test_records_of_other_exports_are_read_by_their_field_names(tmp_path):
    path = tmp_path / "exports.jsonl"
    records = [
        # news-please
        {"maintext": "Body one.", "title": "One", "date_publish": "2025-10-26 09:30:00",
         "source_domain": "example.org", "url": "https://example.org/1"},
        # NewsAPI: the outlet inside "source", the body in "content"
        {"content": "Body two.", "headline": "Two", "publishedAt": "2025-10-27T10:00:00Z",
         "source": {"id": None, "name": "Wire"}, "link": "https://example.org/2", "description": "kept"},
        # a scraper's "body" holding a saved page; a TimeML-style corpus's "dct" and "doc_id"
        {"body": "<html><body><p>Body three.</p><div>x</div></body></html>", "dct": "2014-01-28",
         "doc_id": "d-3", "uri": "https://example.org/3"},
        {"content": {"blocks": []}, "title": "a structure, not an article"},
    ]
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    one, two, three, bad = read_path(str(path))
    assert (one.raw, one.format, one.meta) == ("Body one.", "text", {
        "title": "One", "published": "2025-10-26", "outlet": "example.org", "url": "https://example.org/1"})
    assert (two.raw, two.meta) == ("Body two.", {"title": "Two", "published": "2025-10-27", "outlet": "Wire",
                                                 "url": "https://example.org/2"})
    assert two.extra == {"description": "kept"}
    assert three.format == "html" and three.source_id == "d-3"
    assert three.meta == {"published": "2014-01-28", "url": "https://example.org/3"}
    assert bad.error is not None and "no article text" in bad.error.reason


def test_json_array_and_free_form_dates(tmp_path):
    path = tmp_path / "dump.json"
    path.write_text('[{"text": "One.", "published": "Sun, 26 Oct 2025 10:00:00 +0000"},\n'
                    ' {"text": "Two.", "published": "someday"},\n'
                    ' {"text": "Three.", "published": 1761472800},\n'
                    ' {"text": "Four.", "published": "26 octobre 2025"}]')
    first, second, third, fourth = read_path(str(path))
    assert first.meta["published"] == "2025-10-26" and first.source_id == "1"
    assert "published" not in second.meta and second.extra["published_raw"] == "someday"
    assert third.meta["published"] == fourth.meta["published"] == "2025-10-26"


def test_directories_are_walked_sorted_and_skip_hidden(tmp_path):
    root = tmp_path / "in"
    (root / "b" / "deeper").mkdir(parents=True)
    (root / ".git").mkdir()
    for rel in ("z.txt", "a.txt", "b/deeper/c.txt", "b/a.txt", ".hidden.txt", ".git/config"):
        (root / rel).write_text(ARTICLE)
    files = list(expand_paths([str(root), str(tmp_path / "missing.txt")]))
    assert files[:-1] == [str(root / r) for r in ("a.txt", "z.txt", "b/a.txt", "b/deeper/c.txt")]
    assert isinstance(files[-1], InputError) and files[-1].reason == "no such file or directory"


def test_stdin(monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(PAGE.encode("utf-8"))))
    item = one(read_path("-"))
    assert item.error is None and item.format == "html" and item.path == "-" and item.source == "<stdin>"


@pytest.mark.parametrize("text, encoding", [
    ("Café prices rose in São Paulo, officials said. The naïve plan failed; déjà vu.", "latin-1"),
    ("Señor Muñoz said the “€5 fee” was too high — again.", "cp1252"),
    ("Die Regierung hat über Maßnahmen gegen höhere Zölle beraten.", "latin-1"),
    ("Zażółć gęślą jaźń, powiedział minister w Warszawie.", "cp1250"),
    ("Правительство объявило новые меры поддержки.", "cp1251"),
    ("Η κυβέρνηση ανακοίνωσε νέα μέτρα για την οικονομία.", "cp1253"),
    ("Officials met on Tuesday.", "utf-16"),
    ("Café, naïve.", "utf-8-sig"),
])
def test_decoding_legacy_encodings(text, encoding):
    assert decode_bytes(text.encode(encoding), "x") == text


CZECH = ("Příliš žluťoučký kůň úpěl ďábelské ódy. Vláda v Praze v úterý schválila rozpočet na příští rok, "
         "řekl ministr financí novinářům.")
TURKISH = ("Türkiye Büyük Millet Meclisi salı günü bütçe görüşmelerine başladı. Maliye Bakanı, enflasyonun "
           "düşeceğini söyledi; ağır kış şartları ülkeyi etkiledi.")
POLISH = ("Zażółć gęślą jaźń. Rząd w Warszawie przyjął we wtorek projekt budżetu na przyszły rok, powiedział "
          "minister finansów dziennikarzom.")


@pytest.mark.parametrize("text, encoding", [
    (CZECH, "iso-8859-2"), (CZECH, "cp1250"), (POLISH, "iso-8859-2"), (TURKISH, "cp1254"), (TURKISH, "iso-8859-9"),
])
@pytest.mark.parametrize("as_html", [False, True])
def test_central_european_and_turkish_code_pages_without_a_declaration(text, encoding, as_html):
    """Superscripts glued to letters ("Pøíli¹") and rare Baltic code pages are mojibake; a Turkish
    text reads ı/ş, not cp1252's ý/þ, also inside markup."""
    data = text.encode(encoding)
    if as_html:
        data = b"<html><head><title>News</title></head><body><p>" + data + b"</p></body></html>"
    assert text in decode_bytes(data, "x", html=as_html)


def test_utf16_without_bom_and_html_charset_declaration():
    assert decode_bytes("Officials met on Tuesday.".encode("utf-16-le"), "x") == "Officials met on Tuesday."
    page = '<html><head><meta charset="windows-1251"></head><body><p>Привет мир</p></body></html>'
    assert "Привет мир" in decode_bytes(page.encode("cp1251"), "x")


def test_binary_empty_and_oversized_inputs(tmp_path):
    cases = {
        "nul.txt": (b"some\x00binary\x00data" * 10, UnsupportedFormat, "binary"),
        "doc.pdf.txt": (b"%PDF-1.7\n...", UnsupportedFormat, "PDF"),
        "empty.txt": (b"", EmptyInput, "empty file"),
        "blank.txt": (b" \n\t\r\n  ", EmptyInput, "only whitespace"),
        "big.txt": (b"word " * 30_000, InputTooLarge, "limit"),
        "big.html.gz": (gzip.compress(b"<p>" + b"word " * 30_000), InputTooLarge, "limit"),
        "broken.gz": (b"\x1f\x8b\x08\x00" + b"garbage" * 10, InputError, "gzip"),
    }
    for name, (data, error, words) in cases.items():
        (tmp_path / name).write_bytes(data)
        item = one(read_path(str(tmp_path / name), max_bytes=100_000))
        assert isinstance(item.error, error), (name, item.error)
        assert words in item.error.reason and item.error.source == str(tmp_path / name)


def test_long_json_lines_are_limited_per_record(tmp_path):
    path = tmp_path / "big.jsonl"
    path.write_text('{"text": "small one"}\n{"text": "' + "x" * 5000 + '"}\n{"text": "small two"}\n')
    items = list(read_path(str(path), max_bytes=1000))
    assert [i.raw for i in items if i.error is None] == ["small one", "small two"]
    assert [(i.source, type(i.error)) for i in items if i.error] == [(f"{path}:2", InputTooLarge)]


def test_read_bytes_sniffs_uploads():
    item = one(read_bytes("upload.bin", gzip.compress(ARTICLE.encode("cp1252"))))
    assert item.error is None and item.raw == ARTICLE and item.format == "text" and item.path == "upload.bin"


from hypothesis import given, settings, strategies as st  # noqa: E402


@settings(max_examples=200, deadline=None)
@given(st.one_of(
    st.binary(max_size=3000),
    st.text(max_size=2000).map(lambda t: t.encode("utf-8")),
    st.lists(st.one_of(st.text(max_size=80), st.just('{"text": "x"}'), st.just("{")), max_size=10)
    .map(lambda lines: "\n".join(lines).encode("utf-8", "surrogatepass")),
    st.binary(max_size=2000).map(gzip.compress),
))
def test_any_bytes_give_articles_or_reasons_never_an_exception(data):
    items = list(read_bytes("upload", data, max_bytes=100_000))
    assert items
    for item in items:
        if item.error is None:
            assert item.raw.strip() and item.format in ("text", "html")
        else:
            assert isinstance(item.error, InputError) and item.error.reason and item.error.source.startswith("upload")


def test_a_stray_nul_in_a_real_page_is_dropped_not_fatal():
    page = (PAGE[:60] + "\x00" + PAGE[60:] + "<!-- " + "padding " * 300 + "-->").encode("utf-8")
    item = one(read_bytes("page.html", page))
    assert item.error is None and "\x00" not in item.raw and "Officials met in Geneva" in item.raw


def test_utf8_with_stray_latin1_bytes_keeps_the_utf8():
    data = ("Müller sagte über die Zölle, dass Größe zählt. " * 3).encode("utf-8") + "Straße".encode("latin-1")
    assert decode_bytes(data, "x") == "Müller sagte über die Zölle, dass Größe zählt. " * 3 + "Straße"


def test_truncated_gzip_keeps_what_it_holds(tmp_path):
    body = "".join(f"<p>Paragraph {n} of the report on the talks.</p>" for n in range(2000))
    packed = gzip.compress(f"<html><body><article>{body}</article></body></html>".encode())
    (tmp_path / "cut.html.gz").write_bytes(packed[: len(packed) // 2])
    item = one(read_path(str(tmp_path / "cut.html.gz")))
    assert item.error is None and item.format == "html" and "Paragraph 0 of the report" in item.raw
    records = "".join(f'{{"text": "Record {n} body."}}\n' for n in range(3000)).encode()
    packed = gzip.compress(records)
    (tmp_path / "cut.jsonl.gz").write_bytes(packed[: len(packed) // 2])
    items = list(read_path(str(tmp_path / "cut.jsonl.gz")))
    assert items[0].raw == "Record 0 body." and all(i.error is None for i in items[:-2])
    assert items[-1].error is not None and "truncated" in items[-1].error.reason


def test_a_tag_bomb_is_refused_before_cleaning(tmp_path):
    bomb = "<html><body>" + "<span>w</span>" * 60_000 + "</body></html>"
    (tmp_path / "bomb.html").write_text(bomb)
    item = one(read_path(str(tmp_path / "bomb.html")))
    assert isinstance(item.error, InputTooLarge) and "120,004 tags" in item.error.reason
    (tmp_path / "bomb.jsonl").write_text(json.dumps({"html": bomb}))
    assert isinstance(one(read_path(str(tmp_path / "bomb.jsonl"))).error, InputTooLarge)
