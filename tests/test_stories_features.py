"""Story features: names, event dates, shingle sketches, site chrome, and the guards of the decision."""

from __future__ import annotations

from crosswire.doc import Doc
from crosswire.stories import Copy, Story, independent_groups
from crosswire.stories.placing import cluster_docs
from crosswire.stories.features import BoilerplateStats, headline_core, piece_hashes, signature, sketch_similarity
from doc_helpers import pair_score as _pair_score


def test_names_numbers_and_event_dates():
    sig = signature(
        "x", "Teen charged in fatal shooting",
        "A 17-year-old sophomore at McGavock High School in Nashville is charged in the shooting of a "
        "fellow student in Hermitage Tuesday evening. Police said Kaemon Robinson was playing with a pistol. "
        "Robinson fled before police arrived. The boy's funeral is set for Feb. 3, 2014.",
        "2014-01-30")
    assert {"mcgavock high school", "nashville", "hermitage", "kaemon robinson"} <= set(sig.names)
    assert "police" not in sig.names  # capitalised only at a sentence start, lower case elsewhere
    assert "17" in sig.numbers and "2014" not in sig.numbers  # years are no counts
    # "Tuesday" resolves against the publication date (a Thursday); explicit dates are kept
    assert sig.dates == ["2014-01-28", "2014-02-03"]


def test_a_dated_page_s_own_time_stamps_are_no_event_dates():
    """"Posted:" / "Updated:" stamps say when the page was written or edited: two reports
    updated on one day share no event date by it. An undated report keeps them (they are
    what tells when it was written)."""
    text = ("Police: Teenager accidentally shoots relative Posted: Wednesday, June 24, 2015 4:51 PM EDT "
            "Updated: Monday, July 6, 2015 6:30 PM EDT\n\nLittle Rock police say a 15-year-old boy shot a "
            "relative. The shooting happened Wednesday afternoon. Last updated on Jan. 3, 2016.")
    assert signature("x", "", text, "2015-06-24").dates == ["2015-06-24"]
    assert signature("x", "", text, None).dates == ["2015-06-24", "2015-07-06", "2016-01-03"]


def test_headline_words_count_once_more_but_not_the_site_name():
    sig = signature("x", "Children among 4 victims in Four Hills shooting - KOB 4",
                    "Police said the shooting in Four Hills left four people dead.", "2016-12-05")
    # headline, lede, and the headline's event part at half weight; the site's name only once
    assert sig.tf["hills"] == 2.5 and sig.tf["victims"] == 1.5
    assert sig.tf["kob"] == 1.0
    # a headline that is the body's first line is counted twice already: no more
    first_line = signature("y", "Four Hills shooting", "Four Hills shooting\nFour people died.", "2016-12-05")
    assert first_line.tf["hills"] == 2.0
    assert headline_core("2 shot, 1 dead, in Russell neighborhood | wave3.com-Louisville News") \
        == "2 shot, 1 dead, in Russell neighborhood"
    # a short first segment is no event headline: kept whole
    assert headline_core("Update - Man shot on Main Street") == "Update - Man shot on Main Street"
    assert headline_core("Police: man shot on Main Street") == "Police: man shot on Main Street"


def test_title_prefixed_names_share_a_suffix():
    sig = signature("x", "", "Police Chief Laura Whitcomb said nothing else.", None)
    assert "laura whitcomb" in sig.names


def test_sketch_similarity_of_copies_and_strangers():
    body = " ".join(f"word{i} filler{i % 7} text{i % 11}" for i in range(300))
    a = signature("a", "", body, None)
    b = signature("b", "", "Header line\n" + body + "\nFooter line", None)
    c = signature("c", "", " ".join(f"other{i} thing{i % 5}" for i in range(300)), None)
    jaccard, containment = sketch_similarity(a, b)
    assert jaccard > 0.9 and containment > 0.95
    assert sketch_similarity(a, c) == (0.0, 0.0)
    half = signature("h", "", " ".join(body.split()[:450]), None)
    assert sketch_similarity(half, a)[1] > 0.8  # a trimmed reprint is (almost) contained in the original


def test_chrome_recurring_for_months_is_boilerplate_but_reprints_are_not():
    stats = BoilerplateStats()
    chrome = "Whenever {} posts new content, you'll get an email delivered to your inbox with a link."
    wire = "The measure passed the House 71-45 after a late-night debate and now goes to the governor."
    for day, author in (("2015-01-05", "Jane Doe"), ("2015-04-09", "John Roe"), ("2015-09-30", "Ann Poe")):
        stats.add(piece_hashes(chrome.format(author) + "\n" + wire), day)
    chrome_keys = piece_hashes(chrome.format("Someone Else"))
    assert stats.boilerplate(chrome_keys)  # the template recurs across nine months
    stats2 = BoilerplateStats()
    for day in ("2015-05-20", "2015-05-21", "2015-05-22"):
        stats2.add(piece_hashes(wire), day)
    assert not stats2.boilerplate(piece_hashes(wire))  # three reprints in three days: news


def test_site_chrome_does_not_chain_unrelated_events():
    chrome = ("Close Get email notifications on {} daily!\n\nYour notification has been saved.\n\n"
              "Whenever {} posts new content, you'll get an email delivered to your inbox with a link.\n\n"
              "Email notifications are only sent once a day, and only if there are new matching items.\n\n")
    events = [
        ("2014-02-03", "Joel Currier", "A man was shot and killed Sunday night outside a tavern on Gravois Avenue. "
         "Police identified him as Darnell Pryor, 33. No arrests have been made in the killing."),
        ("2014-06-11", "Kim Bell", "Two teenagers were wounded Tuesday when someone fired into a car on "
         "Natural Bridge Road. The victims, ages 15 and 17, were taken to Cardinal Glennon hospital."),
        ("2014-11-20", "Joel Currier", "A Jefferson County boy, 4, accidentally shot himself with his "
         "grandfather's handgun Wednesday at a home near Arnold, the sheriff's office said."),
        ("2015-03-02", "Kim Bell", "A woman was charged Monday with assault after firing at her neighbor "
         "during an argument over a parking space in Florissant, police said."),
    ]
    docs = [Doc(id=f"e{i}", title=f"Event {i}", text=chrome.format(author, author) + body, published=day)
            for i, (day, author, body) in enumerate(events)]
    groups = cluster_docs(docs)
    assert len(groups) == 4


def test_near_empty_pages_do_not_merge():
    docs = [Doc(id=f"n{i}", title="", text="en", published="2016-01-0%d" % (i + 1)) for i in range(3)]
    assert len(cluster_docs(docs)) == 3


def test_independent_groups_follow_chains():
    story = Story(id="s1", headline="h", article_ids=["a", "b", "c", "d"],
                  copies=[Copy("b", "a", 0.9, "why"), Copy("c", "b", 0.95, "why")],
                  sources={"a": "x", "b": "y", "c": "z", "d": "x"})
    assert independent_groups(story) == {"a": "a", "b": "a", "c": "a", "d": "d"}
    # a and d are own reports, but of the same outlet: one independent source
    assert story.independent_sources == 1


def test_streets_named_in_several_styles():
    from crosswire.stories.features import streets

    text = ("A boy was shot in the 5700 block of South Racine. Later a man was wounded near Dana Avenue and "
            "N. Sullivant Ave., and officers closed West 13th Street. Shooting On Racine Avenue")
    assert streets(text) == ["13th", "dana", "racine", "sullivant"]
    assert streets("Police said nobody was hurt.") == []


_TEMPLATE = ("A {age}-year-old boy was wounded in a shooting Monday afternoon in the North Lawndale neighborhood on "
             "the West Side. About 2 p.m. the boy was on a sidewalk in the {block} block of {street} when someone in "
             "a passing car opened fire, police said. He was taken to Mount Sinai Hospital in good condition. "
             "Area Four detectives are investigating and no one is in custody.")


def test_reports_placing_the_event_on_other_streets_part():
    """Two templated local reports differ where it happened: the other street weighs against the pair."""
    first = Doc(id="t1", title="Boy wounded in North Lawndale shooting",
                text=_TEMPLATE.format(age=15, block=1300, street="South Hamlin Avenue"), published="2016-11-21")
    same = Doc(id="t2", title="Boy wounded in North Lawndale shooting",
               text=_TEMPLATE.format(age=15, block=1300, street="South Hamlin Avenue"), published="2016-11-22")
    other = Doc(id="t3", title="Boy wounded in North Lawndale shooting",
                text=_TEMPLATE.format(age=15, block=1300, street="South Kedzie Avenue"), published="2016-11-22")
    assert _pair_score(first, other) < 0.6 * _pair_score(first, same)


def test_a_trial_months_later_naming_the_victim_keeps_more_of_its_score(monkeypatch):
    """A rare full name both articles are about lifts the publication-time discount."""
    import crosswire.stories.cluster as cluster

    incident = Doc(id="i1", title="Teen killed in Benbrook shooting", published="2015-08-20",
                   text="BENBROOK — Kaylin Marchetti, 17, was shot and killed Thursday outside a house on Sagebrush "
                        "Road, police said. Marchetti was a junior at Westfield High School. Friends said Marchetti "
                        "had just finished a shift at a grocery store. A neighbour, Dwayne Oldaker, was arrested.")
    trial = Doc(id="i2", title="Jury hears opening statements in Benbrook killing", published="2016-03-14",
                text="FORT WORTH — Opening statements began Monday in the murder trial of Dwayne Oldaker, accused of "
                     "killing Kaylin Marchetti outside a Benbrook house. Prosecutors said Oldaker fired through a "
                     "window. Marchetti's mother testified first. Oldaker has pleaded not guilty.")
    lifted = _pair_score(incident, trial)
    monkeypatch.setattr(cluster, "RARE_NAME_DF", 0)
    assert lifted > 1.5 * _pair_score(incident, trial) > 0.0
