"""The presentation helpers behind the pages (timeline layout, matrix, badges, removals) and ``serve``."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from crosswire.doc import Doc, Removal
from crosswire.web.api import negotiate_format
from crosswire.web.timeline import timeline_axis
from crosswire.web.views import article_pieces, copies_of, fact_matrix, source_badges


def test_timeline_axis_places_dates_in_order_with_month_spans():
    events = [
        {"date": "2025-11-24", "precision": "day", "description": "first hearing", "sources": ["b"]},
        {"date": "2025-11-12", "precision": "day", "description": "bridge collapses", "sources": ["a"]},
        {"date": "2025-11-12", "precision": "day", "description": "two missing", "sources": ["c"]},
        {"date": "2025-12-01", "precision": "month", "description": "engineers report", "sources": ["a"]},
        {"date": "not a date", "precision": "day", "description": "skipped", "sources": []},
    ]
    axis = timeline_axis(events)
    assert [(m.date, m.count) for m in axis.marks] == [("2025-11-12", 2), ("2025-11-24", 1), ("2025-12-01", 1)]
    assert axis.marks[0].sources == ["a", "c"]
    xs = [m.x for m in axis.marks]
    assert xs == sorted(xs) and axis.left <= xs[0] and xs[-1] <= axis.right
    assert axis.breaks == []  # three weeks of news: one unbroken axis
    assert axis.marks[2].end_x > axis.marks[2].x  # a month-precise event is drawn as a span
    assert all(m.labelled for m in axis.marks)
    assert axis.ticks and all(axis.left <= x <= axis.right for x, _ in axis.ticks)
    assert timeline_axis([]) is None


def test_timeline_breaks_the_axis_over_decades_and_gives_the_news_the_room():
    events = [{"date": "1963", "precision": "year", "description": "bridge built", "sources": []}]
    events += [{"date": f"2025-11-{d:02d}", "precision": "day", "description": f"day {d}", "sources": []}
               for d in (12, 13, 17, 24)]
    axis = timeline_axis(events, width=900)
    assert len(axis.segments) == 2 and len(axis.breaks) == 1
    (old_from, old_to), (news_from, news_to) = axis.segments
    assert news_to - news_from > 3 * (old_to - old_from)
    assert old_to < axis.breaks[0] < news_from


def test_timeline_labels_never_overlap():
    events = [{"date": f"2025-03-{d:02d}", "precision": "day", "description": "x" * 40, "sources": []}
              for d in range(1, 29)]
    axis = timeline_axis(events, width=600)
    labelled = [m for m in axis.marks if m.labelled]
    assert labelled and len(labelled) < len(axis.marks)  # some marks keep only their tooltip
    width = 34 * 6.2
    for a in labelled:
        for b in labelled:
            if a is not b and (a.above, a.lane) == (b.above, b.lane):
                a_low = a.x - width if a.anchor == "end" else a.x
                b_low = b.x - width if b.anchor == "end" else b.x
                assert abs(a_low - b_low) >= width


def test_fact_matrix_marks_the_articles_that_carry_each_fact():
    badges = source_badges([{"id": "a", "outlet": "MPA"}, {"id": "b", "outlet": "MPA"}, {"id": "c"}])
    assert [b.label for b in badges.values()] == ["MPA #1", "MPA #2", "c"]
    rows = fact_matrix([{"statement": "3 dead", "status": "corroborated", "sources": ["a", "c"],
                         "evidence": [{"article": "a", "quote": "three people died"}]}], badges)
    assert [cell["carries"] for cell in rows[0]["cells"]] == [True, False, True]
    assert rows[0]["cells"][0]["quote"] == "three people died"


def test_article_pieces_strike_removals_where_they_stood():
    raw = "Menu Home\nThe bridge fell.\nSubscribe now"
    doc = Doc(id="x", raw=raw, text="The bridge fell.", format="text",
              removed=[Removal("Menu Home\n", "chrome", 0), Removal("Subscribe now", "trailer", raw.index("Subscribe"))])
    pieces, apart = article_pieces(doc)
    assert "".join(text for text, _ in pieces) == raw
    assert [reason for _, reason in pieces] == ["chrome", None, "trailer"]
    assert apart == []
    html_doc = Doc(id="y", raw="<p>x</p>", text="x", format="html", removed=[Removal("Cookie banner", "chrome", None)])
    pieces, apart = article_pieces(html_doc)
    assert pieces == [("x", None)] and [r.text for r in apart] == ["Cookie banner"]


def test_copies_of_reads_the_usual_shapes():
    assert copies_of(SimpleNamespace(copies={"b": "a"})) == {"b": "a"}
    assert copies_of(SimpleNamespace(copies={"a": ["b", "c"]})) == {"b": "a", "c": "a"}
    assert copies_of({"copies": [{"article": "b", "copy_of": "a"}]}) == {"b": "a"}
    assert copies_of(SimpleNamespace(copies=None)) == {}
    assert copies_of(SimpleNamespace(copies=[SimpleNamespace(article="b", copy_of="a")])) == {"b": "a"}
    assert copies_of(SimpleNamespace(copy_of={"b": "a"}, copies=[])) == {"b": "a"}


@pytest.mark.parametrize("fmt, accept, expected", [
    (None, None, "json"),
    (None, "text/markdown", "md"),
    (None, "text/html,application/xhtml+xml,*/*;q=0.8", "html"),
    (None, "text/html;q=0.5, application/json", "json"),
    (None, "image/png", "json"),
    ("md", "text/html", "md"),
])
def test_negotiate_format(fmt, accept, expected):
    assert negotiate_format(fmt, accept) == expected


def test_serve_refuses_a_public_bind_without_token(monkeypatch, tmp_path):
    from typer.testing import CliRunner

    from crosswire.cli import build_app

    ran = []
    monkeypatch.setattr("uvicorn.run", lambda app, **kw: ran.append((app, kw)))
    runner = CliRunner()
    refused = runner.invoke(build_app(), ["serve", "--db", str(tmp_path / "s.db"), "--host", "0.0.0.0"])
    assert refused.exit_code == 2 and not ran
    assert "--token" in refused.output
    ok = runner.invoke(build_app(), ["serve", "--db", str(tmp_path / "s.db"), "--host", "0.0.0.0",
                                     "--token", "t0k", "--port", "8123"])
    assert ok.exit_code == 0, ok.output
    app, kwargs = ran[0]
    assert kwargs["host"] == "0.0.0.0" and kwargs["port"] == 8123 and app.state.token == "t0k"
    local = runner.invoke(build_app(), ["serve", "--db", str(tmp_path / "s.db")])
    assert local.exit_code == 0 and ran[1][1]["host"] == "127.0.0.1"
