"""Story grouping and copy labels on hand-written articles, the seed corpus, and the store."""

from __future__ import annotations

import json

import pytest

from crosswire.doc import Doc
from crosswire.errors import StoryNotFound
from crosswire.stories import cluster_docs, independent_groups, update_stories
from crosswire.stories.cluster import story_id_for
from crosswire.stories.placing import place_docs

# -- two shootings of one kind, in one city, in one week ------------------------------------

SHOOTING_A = (
    "RIVERTON — Two men were wounded Monday night when gunfire broke out outside a convenience store "
    "on Elm Street, Riverton police said.\n\n"
    "Officers were called to the Quick Stop at 1400 Elm Street at about 9:40 p.m. and found Marcus Delaney, 24, "
    "with a gunshot wound to the leg and a 31-year-old man shot in the shoulder. Both were taken to "
    "St. Brendan Medical Center, where they were listed in stable condition.\n\n"
    "Police Chief Laura Whitcomb said investigators believe the shots were fired from a dark sedan that drove "
    "off toward Harbor Avenue. No arrests have been made.\n\n"
    "Anyone with information is asked to call the Riverton Police Department tip line at 555-0142."
)

# the same body under another headline, byline and page chrome
SHOOTING_A_REPRINT = (
    "By Staff | Updated 6:12 AM\n\n" + SHOOTING_A + "\n\nShare this story\nMost read: weather, sports, traffic"
)

# a light rewrite: the same facts and sentences, reworded (no reporting of its own)
SHOOTING_A_REWRITE = (
    "Riverton police said two men were wounded outside a convenience store on Elm Street on Monday night "
    "when gunfire broke out.\n\n"
    "Marcus Delaney, 24, was found by officers at the Quick Stop at 1400 Elm Street at about 9:40 p.m. with a "
    "gunshot wound to his leg, and a 31-year-old man had been shot in the shoulder. Both men were taken to "
    "St. Brendan Medical Center and listed in stable condition.\n\n"
    "Investigators believe the shots came from a dark sedan that drove off toward Harbor Avenue, said Police "
    "Chief Laura Whitcomb. Nobody has been arrested.\n\n"
    "The Riverton Police Department asks anyone with information to call its tip line at 555-0142."
)

# an own report of the same event: its own interviews and facts
SHOOTING_A_OWN = (
    "Neighbors on Elm Street in Riverton said they were shaken after Monday night's shooting outside the "
    "Quick Stop, where Marcus Delaney and another man were wounded.\n\n"
    "\"I heard five or six pops and hit the floor,\" said Rosa Jimenez, who has lived across the street for "
    "twelve years. She said the store's owner had asked the city for better lighting in the parking lot last "
    "spring.\n\n"
    "Delaney's cousin, Andre Delaney, said Marcus had stopped at the store on his way home from a shift at the "
    "Harbor Avenue warehouse. \"He wasn't part of anything. He was buying milk,\" he said.\n\n"
    "Councilwoman Denise Park said she would ask for extra patrols on Elm Street and cameras near the store. "
    "Police Chief Laura Whitcomb said detectives were reviewing video from nearby businesses."
)

# a second shooting in the same city, the same week: other names, street, day and numbers
SHOOTING_B = (
    "RIVERTON — A woman was killed Thursday afternoon in a shooting at an apartment complex on Cedar Lane, "
    "Riverton police said.\n\n"
    "Tanya Oakes, 42, was found shot in the parking lot of the Cedar Court Apartments at 2250 Cedar Lane shortly "
    "after 3 p.m. She died at the scene. Detectives arrested a 45-year-old man, Gerald Pruitt, at a relative's "
    "home in Maple Heights about two hours later.\n\n"
    "Sergeant Omar Reyes said Pruitt and Oakes had been in a relationship and that the shooting followed an "
    "argument. Pruitt was booked on a charge of first-degree murder and is held at the Lake County jail."
)

# a wire story and a trimmed, credited reprint of it
WIRE = (
    "SPRINGFIELD, Ill. (AP) — Illinois lawmakers on Tuesday approved a $48 billion budget that raises spending "
    "on public schools by $350 million and delays a planned cut to the state income tax.\n\n"
    "The measure passed the House 71-45 after a late-night debate and now goes to Gov. Helen Marsh, who said "
    "she would sign it. Republicans said the plan relies on one-time transfers from special funds.\n\n"
    "The budget also sets aside $120 million for road repairs and adds 300 state troopers over two years. "
    "Senate President Carl Hobbs called it a responsible plan that protects classrooms.\n\n"
    "Analysts at the Civic Budget Institute said the state still faces a structural deficit of about $1.2 "
    "billion a year, which the budget does not close."
)
WIRE_REPRINT = (
    "Illinois lawmakers on Tuesday approved a $48 billion budget that raises spending on public schools by "
    "$350 million and delays a planned cut to the state income tax.\n\n"
    "The measure passed the House 71-45 after a late-night debate and now goes to Gov. Helen Marsh, who said "
    "she would sign it.\n\n"
    "The budget also sets aside $120 million for road repairs and adds 300 state troopers over two years."
)

# the wire story again, credited only in its dateline, with a paragraph of local reaction
WIRE_LOCAL = (
    "SPRINGFIELD, Ill. (AP) — Illinois lawmakers on Tuesday approved a $48 billion budget that raises spending "
    "on public schools by $350 million and delays a planned cut to the state income tax.\n\n"
    "The measure passed the House 71-45 after a late-night debate and now goes to Gov. Helen Marsh, who said "
    "she would sign it. Republicans said the plan relies on one-time transfers from special funds.\n\n"
    "In Rockford, school board president Dana Oyelaran said the extra money would pay for 40 teachers."
)


def doc(article_id: str, title: str, text: str, published: str, outlet: str, syndicated_from: str | None = None) -> Doc:
    return Doc(id=article_id, title=title, text=text, published=published, outlet=outlet,
               syndicated_from=syndicated_from)


@pytest.fixture
def articles() -> list[Doc]:
    return [
        doc("a1", "Two men wounded in Elm Street shooting", SHOOTING_A, "2024-03-12", "Riverton Herald"),
        doc("a2", "Two hurt in shooting", SHOOTING_A, "2024-03-12", "Lake County News"),
        doc("a3", "Gunfire outside Riverton store wounds 2", SHOOTING_A_REPRINT, "2024-03-12", "WRVT"),
        doc("a4", "Riverton: two men shot near Elm Street store", SHOOTING_A_REWRITE, "2024-03-13", "Daily Digest"),
        doc("a5", "'I hit the floor': Elm Street neighbors shaken after shooting", SHOOTING_A_OWN, "2024-03-13",
            "Riverton Courier"),
        doc("b1", "Woman killed in Cedar Lane apartment shooting; man arrested", SHOOTING_B, "2024-03-14",
            "Riverton Herald"),
        doc("w1", "Illinois lawmakers approve $48 billion budget", WIRE, "2024-05-21", "AP", "AP"),
        doc("w2", "Budget passes House", WIRE_REPRINT, "2024-05-22", "Peoria Ledger", "AP"),
        doc("w3", "State budget heads to governor", WIRE_LOCAL, "2024-05-22", "Rockford Star"),
    ]


def by_story(placements):
    groups: dict[str, set[str]] = {}
    for p in placements:
        groups.setdefault(p.story_id, set()).add(p.article_id)
    return groups


def test_stories_and_copy_labels(articles):
    placements = {p.article_id: p for p in place_docs(articles)}
    groups = sorted(sorted(g) for g in by_story(placements.values()).values())
    assert groups == [["a1", "a2", "a3", "a4", "a5"], ["b1"], ["w1", "w2", "w3"]]

    assert placements["a1"].copy is None  # the first report
    assert placements["a2"].copy.kind == "exact" and placements["a2"].copy.copy_of == "a1"
    assert placements["a3"].copy.kind == "near" and placements["a3"].copy.copy_of in {"a1", "a2"}
    assert placements["a3"].copy.similarity >= 0.8
    assert placements["a4"].copy is not None and placements["a4"].copy.kind == "rewrite"
    assert placements["a5"].copy is None  # its own reporting: an independent source
    assert placements["w2"].copy.kind == "wire" and placements["w2"].copy.copy_of == "w1"
    assert "AP" in placements["w2"].copy.why
    # credited only by its dateline, with a local paragraph added: still the wire's report
    assert placements["w3"].copy.kind == "wire" and placements["w3"].copy.copy_of == "w1"
    assert "5-word shingles" in placements["a3"].copy.why


def test_different_events_of_one_kind_stay_apart(articles):
    groups = cluster_docs(articles)
    story_of = {a: i for i, g in enumerate(groups) for a in g}
    assert story_of["b1"] != story_of["a1"]
    assert story_of["w1"] == story_of["w2"] == story_of["w3"]


def test_update_stories_in_the_store(store, articles):
    for d in articles:
        store.put_article(d)
    touched = update_stories(store)
    assert len(touched) == 3
    story = store.get_story(story_id_for("a1"))
    assert story.article_ids[0] == "a1" and set(story.article_ids) == {"a1", "a2", "a3", "a4", "a5"}
    # a2, a3 and a4 copy a1; a1 and a5 are own reports from two outlets
    assert story.independent_sources == 2
    groups = independent_groups(story)
    assert groups["a1"] == "a1" and groups["a5"] == "a5"
    assert {groups["a2"], groups["a3"], groups["a4"]} == {"a1"}
    data = story.to_dict()
    assert set(data) >= {"id", "headline", "articles", "independent_sources", "copies"}
    assert data["articles"] == story.article_ids
    assert {c["article"] for c in data["copies"]} == {"a2", "a3", "a4"}
    assert all(set(c) >= {"article", "copy_of", "similarity", "why"} for c in data["copies"])
    why_a5 = story.evidence["a5"]
    assert "delaney" in " ".join(why_a5["shared_names"])
    json.dumps(data)  # serialisable
    # nothing new: nothing changes
    assert update_stories(store) == []
    assert [s.id for s in store.list_stories()] == [s.id for s in touched]


def test_incremental_join_keeps_ids_stable(tmp_path, articles):
    from crosswire.store import Store

    batch_store = Store(tmp_path / "batch.db")
    for d in articles:
        batch_store.put_article(d)
    update_stories(batch_store)
    batch = {s.id: sorted(s.article_ids) for s in batch_store.list_stories()}

    inc = Store(tmp_path / "inc.db")
    first, rest = articles[:3] + articles[6:7], articles[3:6] + articles[7:]
    for d in first:
        inc.put_article(d)
    ids_before = {s.id for s in update_stories(inc)}
    for d in rest:
        inc.put_article(d)
    update_stories(inc)
    incremental = {s.id: sorted(s.article_ids) for s in inc.list_stories()}
    assert ids_before <= set(incremental)
    assert incremental == batch
    inc.close()
    # re-opening the file and re-running changes nothing
    again = Store(tmp_path / "inc.db")
    assert update_stories(again) == []
    assert {s.id: sorted(s.article_ids) for s in again.list_stories()} == batch
    again.close()
    batch_store.close()


def test_blobs_stored_by_the_minhash_version_are_ignored(tmp_path, articles):
    """A store whose rows carry MinHash blobs (stories VERSION 9 and before) still finds its
    stories: blocking keys are taken anew from the stored term counts."""
    from crosswire.store import Store

    batch_store = Store(tmp_path / "batch.db")
    for d in articles:
        batch_store.put_article(d)
    update_stories(batch_store)
    batch = {s.id: sorted(s.article_ids) for s in batch_store.list_stories()}
    batch_store.close()

    old = Store(tmp_path / "old.db")
    first, rest = articles[:3] + articles[6:7], articles[3:6] + articles[7:]
    for d in first:
        old.put_article(d)
    update_stories(old)
    with old.transaction():
        old.conn.execute("UPDATE story_signatures SET minhash = ?", (bytes(range(256)) * 2,))
    for d in rest:
        old.put_article(d)
    update_stories(old)
    assert {s.id: sorted(s.article_ids) for s in old.list_stories()} == batch
    old.close()


def test_key_index_finds_every_article_sharing_a_key():
    """Blocking is exact: one shared key of many makes two articles candidates (a MinHash
    LSH finds such a pair only with a probability near their Jaccard share per band)."""
    from crosswire.stories.cluster import KeyIndex

    index = KeyIndex()
    for i in range(200):
        index.insert(f"other{i}", [f"w{i}_{k}" for k in range(32)])
    index.insert("a", [f"a{k}" for k in range(31)] + ["@Delaney"])
    index.insert("b", ["@Delaney", "elm"])
    assert index.query(["@Delaney"]) == {"a", "b"}
    assert index.query([f"q{k}" for k in range(31)] + ["a30"]) == {"a"}
    assert index.query(["nothing"]) == set()


def test_get_story_prefix_and_not_found(store, articles):
    for d in articles[:2]:
        store.put_article(d)
    update_stories(store)
    story_id = story_id_for("a1")
    assert store.get_story(story_id[:6]).id == story_id
    with pytest.raises(StoryNotFound):
        store.get_story("nope")
    with pytest.raises(StoryNotFound):
        store.get_story("")


def test_seed_corpus_is_one_story(seed_dir, tmp_path):
    from crosswire.ingest import ingest_paths
    from crosswire.store import Store

    store = Store(tmp_path / "seed.db")
    report = ingest_paths(store, [seed_dir])
    assert len(report.ingested) == 5
    stories = update_stories(store)
    assert len(stories) == 1
    assert sorted(stories[0].article_ids) == sorted(report.ingested)
    assert 1 <= stories[0].independent_sources <= 5
    store.close()


def test_cli_stories_and_story(tmp_path, articles):
    from typer.testing import CliRunner

    from crosswire.cli import build_app
    from crosswire.store import Store

    db = tmp_path / "cli.db"
    store = Store(db)
    for d in articles:
        store.put_article(d)
    update_stories(store)
    store.close()
    runner = CliRunner()
    app = build_app()
    result = runner.invoke(app, ["stories", "--db", str(db), "--format", "json"])
    assert result.exit_code == 0, result.output
    listed = json.loads(result.output)
    assert len(listed) == 3 and all("independent_sources" in s for s in listed)
    table = runner.invoke(app, ["stories", "--db", str(db)])
    assert table.exit_code == 0 and story_id_for("a1") in table.output
    shown = runner.invoke(app, ["story", story_id_for("a1")[:7], "--db", str(db)])
    assert shown.exit_code == 0, shown.output
    assert "copy (exact) of a1" in shown.output and "why:" in shown.output
    as_json = runner.invoke(app, ["story", story_id_for("w1"), "--db", str(db), "--format", "json"])
    assert json.loads(as_json.output)["copies"][0]["copy_of"] == "w1"
    missing = runner.invoke(app, ["story", "zzz", "--db", str(db)])
    assert missing.exit_code == 2
    for command in ("stories", "story"):
        helped = runner.invoke(app, [command, "--help"])
        assert "Example:" in helped.output


def test_demo_corpus_story_counts_independent_sources(tmp_path):
    """The bundled demo: eight bridge reports, one a credited wire reprint, an explainer that
    restates facts in its own words (an own report), and an undated analysis piece."""
    from pathlib import Path

    import crosswire
    from crosswire import Corpus

    articles = Path(crosswire.__file__).parent / "demo" / "corpus" / "articles"
    with Corpus(tmp_path / "demo.db") as corpus:
        corpus.ingest([articles])
        stories = sorted(corpus.stories(), key=lambda s: -len(s.article_ids))
    assert [len(s.article_ids) for s in stories] == [8, 1]
    bridge = stories[0]
    assert bridge.independent_sources == 7
    assert [c.kind for c in bridge.copies] == ["wire"]


def test_grouping_a_small_corpus_does_not_import_sklearn():
    """Grouping needs no scikit-learn (its package import costs over a second at cold start),
    nor SciPy (0.4 s) for a small batch, nor datasketch at all."""
    import subprocess
    import sys

    code = (
        "import sys\n"
        "from crosswire.doc import Doc\n"
        "from crosswire.stories import cluster_docs\n"
        f"docs = [Doc(id='a', text={SHOOTING_A!r}), Doc(id='b', text={SHOOTING_A_REPRINT!r})]\n"
        "assert len(cluster_docs(docs)) == 1\n"
        "print(sorted(m for m in ('sklearn', 'datasketch', 'scipy') if m in sys.modules))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


# -- a follow-up months later -----------------------------------------------------------------

FOLLOW_UP = (
    "RIVERTON — A Riverton man was sentenced to 12 years in prison for the shooting outside the Quick Stop "
    "on Elm Street {when} that wounded Marcus Delaney and another man.\n\n"
    "Judge Carla Benton said the gunfire could have killed anyone in the parking lot. Delaney, who was shot "
    "in the leg, told the court he still walks with a cane. Police Chief Laura Whitcomb said the conviction "
    "came after detectives traced the dark sedan seen leaving toward Harbor Avenue."
)


def test_follow_up_naming_the_incident_date_scores_higher(articles):
    """Months later, a report naming the incident's date is lifted over the time discount,
    and one whose stated dates are all far from the incident's is discounted."""
    from crosswire.stories.cluster import StoryIndex
    from crosswire.stories.placing import batch_signatures

    later = [doc("f_date", "Man sentenced in Elm Street shooting", FOLLOW_UP.format(when="on March 11"),
                 "2024-09-10", "Riverton Herald"),
             doc("f_none", "Man sentenced in Elm Street shooting", FOLLOW_UP.format(when="last spring"),
                 "2024-09-10", "Riverton Herald"),
             doc("f_other", "Man sentenced in Elm Street shooting", FOLLOW_UP.format(when="on June 20"),
                 "2024-09-10", "Riverton Herald")]
    index = StoryIndex()
    signatures = {s.article_id: s for s in batch_signatures([articles[0]] + later)}
    index.count(signatures.values())
    first = signatures["a1"]
    index.place(first)
    assert "2024-03-11" in first.dates and "2024-03-11" in signatures["f_date"].dates
    dated, undated, other = (index.pair_scores(signatures[a], [first.article_id])[0]
                             for a in ("f_date", "f_none", "f_other"))
    assert dated > undated > other > 0.0
    assert dated >= 1.2 * undated



def test_nearest_in_time_keeps_the_closest_dated_candidates():
    """At most ``limit`` candidates: the nearest in publication time, undated ones last, ties
    by id; returned in id order."""
    from crosswire.stories.cluster import StoryIndex
    from crosswire.stories.placing import batch_signatures

    days = {"a": "2024-03-01", "b": "2024-03-09", "c": "2024-03-11", "d": None, "e": "2024-03-13",
            "f": "2024-03-20", "me": "2024-03-12"}
    docs = [Doc(id=k, title=f"Report {k}", text=f"Council meeting number {i} on roads.", published=v)
            for i, (k, v) in enumerate(days.items())]
    index = StoryIndex()
    signatures = {s.article_id: s for s in batch_signatures(docs)}
    index.count(signatures.values())
    for sig in signatures.values():
        index.place(sig)
    others = ["f", "d", "e", "c", "b", "a"]
    assert index.nearest_in_time(signatures["me"], others, limit=3) == ["b", "c", "e"]
    assert index.nearest_in_time(signatures["me"], others, limit=5) == ["a", "b", "c", "e", "f"]
    assert index.nearest_in_time(signatures["me"], others, limit=6) == ["a", "b", "c", "d", "e", "f"]
    # an undated article has no nearest: the first ids
    assert index.nearest_in_time(signatures["d"], ["f", "e", "c"], limit=2) == ["c", "e"]


def test_stored_blocking_keys_hold_the_names_a_probe_asks_for():
    """A name outside an article's top terms is still a stored key, so a later report's
    names probe (:meth:`StoryIndex.name_keys`) meets it."""
    from crosswire.stories.cluster import StoryIndex
    from crosswire.stories.placing import batch_signatures

    rare = " ".join(f"zq{chr(97 + i)}word zq{chr(97 + i)}word" for i in range(20))
    feature = Doc(id="feature", title="", text=f"A long feature, {rare}. Marcus Delaney was there.",
                  published="2024-03-12")
    later = Doc(id="later", title="", text="Marcus Delaney spoke in court on Friday.", published="2024-03-20")
    # another article shares the rare words: they outrank the name among the shared terms too
    other = Doc(id="other", title="", text=f"Another feature, {rare}.", published="2024-03-10")
    index = StoryIndex()
    signatures = {s.article_id: s for s in batch_signatures([feature, later, other])}
    index.count(signatures.values())
    stored = index.blocking_keys("feature")
    for seen_elsewhere in (False, True):
        assert "@marcus delaney" not in index._top_terms("feature", lambda t: True, index.blocking_terms,
                                                         seen_elsewhere)
    assert "@marcus delaney" in stored and len(stored) == len(set(stored))
    index.key_index.insert("feature", stored)
    assert "feature" in index.key_index.query(index.name_keys("later"))


def test_two_reports_quoting_one_statement_at_length_are_no_copies_and_a_reprint_is():
    from crosswire.stories.copies import classify_pair
    from crosswire.stories.placing import batch_signatures

    statement = ('"Initial estimates indicate that the total repair time will be around twelve days depending on '
                 'weather conditions. This entails gaining the necessary permits and the actual repair time. A '
                 'repair vessel has been notified of the call-out and mobilization will occur immediately once '
                 'permits are received," the operator said in an official statement.\n\n'
                 '"The outage initially affected all traffic to Europe, however the operator was able to restore '
                 'some services by Saturday afternoon."\n\n'
                 '"Further restoration has continued throughout the weekend in cooperation with customers and '
                 'partners and the operator will continue to work on securing additional capacity."\n\n')
    first = ("The cable operator said today that repairs of its link between Egypt and France will take about "
             "twelve days. The trouble started on Saturday on the stretch between Abu Talat and Marseilles, "
             "and internet providers moved their traffic to other routes overnight.\n\n" + statement)
    second = ("Gamers across the country noticed the cable was down again on Saturday. A university network "
              "chief said they had confirmation that the link is offline and unlikely to return for days, and "
              "the failure seems to lie on another operator's cable in the Mediterranean.\n\n" + statement)
    reprint = first + "Customers were advised to expect slower browsing."
    docs = [Doc(id=k, title="Cable outage", text=t, published="2011-10-10")
            for k, t in (("first", first), ("second", second), ("reprint", reprint))]
    sigs = {s.article_id: s for s in batch_signatures(docs)}
    texts = {d.id: d.text for d in docs}
    assert classify_pair(sigs["second"], sigs["first"], texts.get) is None
    assert classify_pair(sigs["reprint"], sigs["first"], texts.get) is not None
