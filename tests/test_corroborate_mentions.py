"""Mention-level incident conflicts: every statement of a slot in each article."""

from __future__ import annotations

from crosswire.corroborate import corroborate_story
from crosswire.corroborate.counts import count_conflicts, count_mentions
from crosswire.doc import Doc
from test_corroborate_incident import assert_one_killed_conflict


def _doc(doc_id: str, text: str, published: str = "2015-03-03") -> Doc:
    from crosswire.extract import extract_doc

    return extract_doc(Doc(id=doc_id, text=text, published=published))


def test_count_mentions_keep_bounds_and_tallies_loose():
    doc = _doc("a", "At least three people were killed on Monday. Two people were killed in the city this year. "
                    "A 13-year-old was killed. Five people were wounded.")
    killed = count_mentions(doc)["killed"]
    assert [(m.value, m.loose) for m in killed] == [(3, True), (2, True)]
    assert [(m.value, m.loose) for m in count_mentions(doc)["injured"]] == [(5, False)]


def test_an_outlier_count_against_two_agreeing_sources_is_a_conflict():
    docs = [
        _doc("a", "Police said two people were killed in a shooting at a Springfield bar on Monday. "
                  "The two victims were shot inside. Officers found them near the door."),
        _doc("b", "A gunman killed two people at a bar in Springfield early Monday, police said. "
                  "Investigators were still at the scene."),
        _doc("c", "Four people were killed when a man opened fire in a bar in Springfield on Monday. "
                  "Witnesses described chaos."),
    ]
    found = corroborate_story(docs)
    assert_one_killed_conflict(found, docs, {"2 people": ["a", "b"], "4 people": ["c"]})


def test_a_bound_contradicts_only_a_figure_below_it():
    agreed = [
        _doc("a", "Police said three people were killed in a shooting at a Springfield bar on Monday."),
        _doc("b", "A gunman killed three people at a bar in Springfield early Monday, police said."),
    ]
    for bound in ("At least two people", "At least three people", "Nearly four people", "About five people"):
        docs = agreed + [_doc("c", f"{bound} were killed when a man opened fire in a bar in Springfield on Monday.")]
        assert not [c for c in corroborate_story(docs).conflicts if c.get("slot") == "killed"], bound
    # "at least four" cannot be three
    docs = agreed + [_doc("c", "At least four people were killed when a man opened fire in a bar in Springfield on Monday.")]
    assert [c["slot"] for c in corroborate_story(docs).conflicts] == ["killed"]


def test_numbers_that_are_not_counts_of_people():
    from crosswire.corroborate.counts import is_count

    for text, number in [("the gun that killed 13-year-old Ann", "1"), ("1:51 Boy killed", "51"),
                         ("the May 31 shooting death", "31"), ("he was killed two weeks later", "two"),
                         ("she was shot 4 times", "4")]:
        start = text.index(number)
        assert not is_count(text, start, start + len(number)), text
    assert is_count("two people were killed", 0, 3)


def test_a_city_no_other_outlet_names_is_a_conflict_but_a_home_town_is_not():
    lede = "{city} -- Two people were shot and killed at a bar in {city} on Monday, police said. "
    docs = [
        _doc("a", lede.format(city="SPRINGFIELD") + "Springfield police are investigating."),
        _doc("b", lede.format(city="SPRINGFIELD") + "The Springfield bar was closed on Tuesday."),
        _doc("c", lede.format(city="RIVERTON") + "Riverton police are investigating."),
    ]
    city = [c for c in corroborate_story(docs).conflicts if c.get("slot") == "city"]
    assert len(city) == 1
    assert [v["sources"] for v in city[0]["variants"]] == [["a", "b"], ["c"]]
    assert "RIVERTON" in city[0]["variants"][1]["evidence"][0]["quote"]
    home = [
        docs[0], docs[1],
        _doc("d", "Two people were shot and killed at a bar on Monday. One victim, John Roe, 40, of Riverton, "
                  "died at the scene; the other, Jane Roe, 38, of Riverton, died later."),
    ]
    assert not [c for c in corroborate_story(home).conflicts if c.get("slot") == "city"]


def test_shot_and_killed_is_one_verb_not_two_groups():
    # the "and" of "shot and killed" joins no second group: the count is the toll, not a part;
    # "a man and woman dead" and a count of cases are no toll ("three cases, the person killed": a
    # determiner between the number and the person ends the count)
    doc = _doc("a", "Six people were shot and killed in Paris late Wednesday night. A man and woman were found "
                    "dead nearby. In three cases, the person killed was a child.")
    assert [(m.value, m.loose) for m in count_mentions(doc)["killed"] if not m.loose] == [(6, False)]
    assert all(m.value == 1 for m in count_mentions(doc)["killed"] if m.loose)  # "A man ... found dead"


def test_a_dead_end_street_is_no_count():
    from crosswire.extract.incident import casualties

    doc = _doc("a", "In the quiet of a predawn Saturday on a dead-end street, a father came home and shot his "
                    "family, killing three.")
    killed, _ = casualties(doc)
    assert killed.value == 3 and doc.text[slice(*killed.evidence[0])] == "killing three"


def test_a_victim_described_does_not_state_the_toll():
    # "A 24-year-old man died" tells of one of the dead: the article's toll is still three
    docs = [
        _doc("a", "One person was killed in a shooting outside a Springfield bar on Saturday, police said."),
        _doc("b", "One dead after a shooting at a Springfield bar early Saturday. Officers found the victim inside."),
        _doc("c", "3 killed in shooting at Springfield bar. A 24-year-old man died at the scene on Saturday."),
    ]
    found = count_conflicts(docs, {}, {d.id: i for i, d in enumerate(docs)}, "killed")
    assert [[v["sources"] for v in c["variants"]] for c in found] == [[["a", "b"], ["c"]]]


def test_one_source_against_another_on_the_toll_the_same_day():
    shot = "{n} killed in a shooting at a Springfield bar on Monday, police said. Officers found the victims inside."
    docs = [_doc("a", shot.format(n="Three people were")),
            _doc("b", shot.format(n="One person was").replace("Officers", "Deputies"))]
    found = count_conflicts(docs, {}, {d.id: i for i, d in enumerate(docs)}, "killed")
    assert [[v["normalized"] for v in c["variants"]] for c in found] in ([["3 people", "1 people"]],
                                                                          [["1 people", "3 people"]])
    # a toll that rose by the next day is news, not a contradiction ...
    docs[1] = _doc("b", shot.format(n="Five people were"), published="2015-03-04")
    assert not count_conflicts(docs, {}, {d.id: i for i, d in enumerate(docs)}, "killed")
    # ... one that fell contradicts the earlier figure -- within a few days, not a week later
    docs[1] = _doc("b", shot.format(n="One person was"), published="2015-03-04")
    assert len(count_conflicts(docs, {}, {d.id: i for i, d in enumerate(docs)}, "killed")) == 1
    docs[1] = _doc("b", shot.format(n="One person was"), published="2015-03-10")
    assert not count_conflicts(docs, {}, {d.id: i for i, d in enumerate(docs)}, "killed")
    # an outlet that gives two figures is no single statement against the other
    docs[1] = _doc("b", shot.format(n="One person was") + " Two people were killed, a witness said.")
    assert not count_conflicts(docs, {}, {d.id: i for i, d in enumerate(docs)}, "killed")


def test_victims_described_or_listed_are_a_part_of_the_toll():
    doc = _doc("a", "Police said one injured woman tried to drive to the hospital. One was treated at the scene. "
                    "Baby, 4 people injured in drive-by shooting. The two wounded officers were taken to hospital.")
    assert [(m.value, m.loose) for m in count_mentions(doc)["injured"]] == [(1, True), (1, True), (4, True),
                                                                            (2, False)]


def test_a_casualty_word_ending_a_clause_is_no_adjective_of_the_count():
    from crosswire.extract.incident import casualties

    killed, injured = casualties(_doc("a", "Four shot, man dead in Long Beach\n\nFour people were shot on Sunday."))
    assert killed.value != 4 and injured.value == 4


def test_no_one_hyphenated_is_zero():
    doc = _doc("a", "No - one was injured in the fire. No-one was hurt, police said.")
    assert {m.value for m in count_mentions(doc)["injured"]} == {0}


def test_tolls_one_apart_when_the_shooter_died_back_one_figure_against_an_outlier():
    docs = [_doc("a", "Four dead, including the gunman, in a shooting at a Springfield plant on Thursday. "
                      "The gunman was killed by an officer."),
            _doc("b", "Three people were killed in a shooting at a Springfield plant on Thursday, police said."),
            _doc("c", "Six dead in a shooting at a Springfield plant on Thursday, officials said.")]
    found = count_conflicts(docs, {}, {d.id: i for i, d in enumerate(docs)}, "killed")
    assert [[sorted(v["sources"]) for v in c["variants"]] for c in found] == [[["a", "b"], ["c"]]]


def test_the_others_wounded_beside_the_dead_are_the_whole_injured_count():
    doc = _doc("a", "A gunman killed three young men and wounded six other persons outside a club on Monday. "
                    "One person was killed and five others were hurt at Club Envy.")
    assert [(m.value, m.loose) for m in count_mentions(doc)["injured"]] == [(6, False), (5, False)]
    # ... but "two others" with no dead before them is a part of the toll
    part = _doc("b", "One man was shot in the leg. Two others were wounded, police said.")
    assert all(m.loose for m in count_mentions(part)["injured"])
    docs = [_doc("a", "Police said four people were wounded in a shooting at a Springfield bar on Monday."),
            _doc("b", "A gunman wounded four people at a bar in Springfield early Monday, police said."),
            _doc("c", "A gunman killed one man and wounded six other people in a Springfield bar on Monday.")]
    injured = [c for c in corroborate_story(docs).conflicts if c.get("slot") == "injured"]
    assert [[v["normalized"] for v in c["variants"]] for c in injured] == [["4 people", "6 people"]]


def test_a_figure_a_majority_source_also_gives_is_no_outlier():
    # "b" gives the agreed six and, of a later part of the rampage, the dissenter's three
    docs = [_doc("a", "Six people were injured in a shooting rampage in Springfield on Monday."),
            _doc("b", "Six people were injured in the rampage. Later the gunman fired into a house, injuring "
                      "three people, police said."),
            _doc("c", "Six people were wounded when a gunman opened fire in Springfield on Monday."),
            _doc("d", "After the first shots, the gunman walked down the street, wounding three people.")]
    assert not [c for c in corroborate_story(docs).conflicts if c.get("slot") == "injured"]


def test_a_count_confirmed_or_told_with_murder_is_a_count():
    doc = _doc("a", "4 confirmed dead in Lolo shooting. The gunman murdered two women in a second house.")
    assert [(m.value, m.loose) for m in count_mentions(doc)["killed"]] == [(4, False), (2, False)]


def test_where_nobody_died_everyone_shot_is_injured():
    def story(dissent: str) -> list[dict]:
        docs = [_doc("a", "Four people were wounded in a shooting at a Springfield park on Monday."),
                _doc("b", "Four people were injured when a gunman opened fire in a Springfield park on Monday."),
                _doc("c", dissent)]
        found = count_conflicts(docs, {}, {d.id: i for i, d in enumerate(docs)}, "injured")
        return [[v["normalized"] for v in c["variants"]] for c in found]

    assert story("Seven people were shot at a park in Springfield on Monday, police said.") == \
        [["4 people", "7 people"]]
    # ... not where someone died, nor beside the article's own count of the injured
    assert not story("Seven people were shot, one fatally, at a park in Springfield on Monday. One man died.")
    assert not story("Three children shot, 1 injured at a park in Springfield on Monday.")


def test_the_wounded_besides_the_dead_are_the_whole_injured_count():
    # "killing three ... and wounding three others", "killed three and injured three more": everyone
    # hit but the dead
    doc = _doc("a", "He opened fire, killing three law enforcement officers and wounding three others. "
                    "Long killed the three officers and injured three more during the spree.")
    assert [(m.value, m.loose) for m in count_mentions(doc)["injured"]] == [(3, False), (3, False)]


def test_protesters_are_people_and_a_status_count_only_backs_a_toll():
    doc = _doc("a", "Five protesters were shot near the encampment. Two victims in critical condition remain "
                    "at the hospital.")
    counts = count_mentions(doc)
    assert [m.value for m in counts["shot"]] == [5]
    assert [(m.value, m.backs_only) for m in counts["injured"]] == [(2, True)]


def test_a_tally_of_other_shootings_tells_of_no_death_in_this_one():
    # a weekend round-up's dead are other incidents': everyone shot here is injured
    docs = [_doc("a", "Seven people were shot inside a South Side club on Thursday, police said."),
            _doc("b", "Seven people were shot at the club early Thursday, police said."),
            _doc("c", "Nine people were shot inside the club on Thursday, police said. Across the city, nine "
                      "people were killed and 46 wounded in shootings this weekend."),
            _doc("d", "Seven people were shot at a club on Thursday morning, officers said.")]
    found = count_conflicts(docs, {}, {d.id: i for i, d in enumerate(docs)}, "injured")
    assert [[v["normalized"] for v in c["variants"]] for c in found] == [["7 people", "9 people"]]


def test_an_updates_stamp_is_no_day_of_the_incident():
    from crosswire.corroborate.days import _stamp

    text = "UPDATE#1 (01/21/2013): The four remaining victims were identified. Breaking News Staff UPDATE @ 5:30 p.m. " \
           "(Jan. 20): Police released the video. The boy was shot (Jan. 19) in his home."
    assert _stamp(text, text.index("01/21"), text.index("01/21") + 10)
    assert _stamp(text, text.index("Jan. 20"), text.index("Jan. 20") + 7)
    assert not _stamp(text, text.index("Jan. 19"), text.index("Jan. 19") + 7)


def test_shot_then_how_many_fatally_is_a_death_toll():
    doc = _doc("a", "Stockton police say four people were shot, one fatally, at Constitution Park.")
    counts = count_mentions(doc)
    assert [m.value for m in counts["shot"]] == [4]
    assert [(m.value, m.loose) for m in counts["killed"]] == [(1, False)]
    doc = _doc("b", "Four people were shot, one man fatally, outside a North Long Beach home Sunday.")
    assert [(m.value, m.loose) for m in count_mentions(doc)["killed"]] == [(1, False)]


def test_a_tally_over_a_period_before_the_figure_is_no_toll():
    doc = _doc("a", "Five people were killed early Monday at a mobile home. Between January 2010 and August 2013, "
                    "seven people were killed in crashes on the road. So far in 2017, 150 people have been murdered.")
    killed = count_mentions(doc)["killed"]
    assert [(m.value, m.loose) for m in killed] == [(5, False), (7, True), (150, True)]


def test_more_people_shot_than_wounded_and_dead_is_a_conflict():
    from crosswire.corroborate.counts import shot_total_conflicts

    def story(dissent: str) -> list[dict]:
        docs = [_doc("a", "A shooting Downtown wounded four people on Monday night, police said."),
                _doc("b", "Four people were wounded in a shooting Downtown on Monday night."),
                _doc("c", dissent)]
        return shot_total_conflicts(docs, {}, {d.id: i for i, d in enumerate(docs)})

    found = story("Six people have been shot Downtown on Monday night, police said.")
    assert [[v["normalized"] for v in c["variants"]] for c in found] == [["4 people", "6 people shot"]]
    assert found[0]["variants"][1]["sources"] == ["c"]
    # the dead make up the difference: four wounded and one killed are five shot
    assert not story("Five people were shot Downtown on Monday night; one man died at the hospital.")
    # fewer shot than wounded describes one victim or a part
    assert not story("One woman was shot in the chest Downtown on Monday night.")
    # the article gives the others' figure too
    assert not story("Six people have been shot Downtown. Four people were wounded, police said.")


def test_one_of_so_many_shot_counts_the_many():
    # "one" is a part; "five people shot" is the whole count
    doc = _doc("a", "Daquarius Tucker, 19, was one of five people shot on July 4th during a block party.")
    assert [(m.value, m.loose) for m in count_mentions(doc)["shot"]] == [(5, False)]


def test_a_group_listed_before_the_figure_leaves_the_figure_a_part():
    doc = _doc("a", "Police are investigating after four women and one man were shot in northwest Miami-Dade. "
                    "UPDATE: 1 shooting victim has died.")
    counts = count_mentions(doc)
    assert [(m.value, m.loose) for m in counts["shot"]] == [(1, True)]
    assert [(m.value, m.loose) for m in counts["killed"]] == [(1, False)]


def test_a_toll_of_none_is_a_count_of_zero_and_hedged_nones_are_loose():
    doc = _doc("a", "Officials said there were no casualties in the camp. No one else was hurt in the blast. "
                    "There were no immediate reports of injuries. No serious injuries were reported.")
    killed = count_mentions(doc)["killed"]
    injured = count_mentions(doc)["injured"]
    assert [(m.value, m.loose) for m in killed] == [(0, False)]
    assert [(m.value, m.loose) for m in injured] == [(0, False), (0, True), (0, True), (0, True)]


def test_no_casualties_against_a_death_toll_is_a_conflict_even_where_one_outlet_tells_both():
    docs = [
        _doc("a", "Aircraft bombed the Yida refugee camp on Thursday. \"Fortunately there were no casualties "
                  "in the camp,\" a UN spokesman told journalists in Geneva on Friday."),
        _doc("b", "Bombs fell on the Yida refugee camp on Thursday. However, there have been no casualties "
                  "confirmed as a result of the bombing, aid workers said."),
        _doc("c", "Warplanes bombed the Yida refugee camp on Thursday. A local official said 12 people had been "
                  "killed and the toll could rise."),
        _doc("d", "The Yida refugee camp was bombed on Thursday. An official said earlier that 12 people were "
                  "killed, but aid workers later said there were no casualties."),
    ]
    killed = [c for c in corroborate_story(docs).conflicts if c.get("slot") == "killed"]
    assert len(killed) == 1
    sides = {v["normalized"]: set(v["sources"]) for v in killed[0]["variants"]}
    assert sides == {"0 people": {"a", "b"}, "12 people": {"c"}}


def test_a_count_conflict_lists_every_outlet_stating_each_figure():
    docs = [
        _doc("a", "A gunman killed one man and wounded 15 people inside a Springfield nightclub on Sunday."),
        # ... its first figure tells who is in hospital, not how many were hurt
        _doc("b", "Two victims are in critical condition after a Springfield nightclub shooting on Sunday. "
                  "It is not clear whether a gunman is among the 15 wounded patrons."),
        _doc("c", "Police named two suspects in a Springfield nightclub shooting on Sunday in which one person "
                  "was killed and 16 injured."),
        _doc("d", "The police chief says there is no video of the Springfield nightclub shooting on Sunday that "
                  "killed one man and injured 16 people."),
    ]
    injured = count_conflicts(docs, {}, {d.id: i for i, d in enumerate(docs)}, "injured")
    assert len(injured) == 1
    sides = {v["normalized"]: set(v["sources"]) for v in injured[0]["variants"]}
    assert sides == {"15 people": {"a", "b"}, "16 people": {"c", "d"}}


def test_a_count_of_one_episode_told_in_order_is_a_part_of_the_toll():
    doc = _doc("a", "The gunman shot two officers outside the complex. After the shooting, the gunman went into the "
                    "neighborhood and fired a number of shots, wounding three people. Six people were wounded in all.")
    injured = [(m.value, m.loose) for m in count_mentions(doc)["injured"]]
    assert (3, True) in injured and (6, False) in injured


def test_a_count_of_some_kind_of_victim_below_the_toll_is_a_part_not_a_dissent():
    docs = [
        _doc("a", "Five people were killed in a shooting at a Burlington mall on Friday, police said."),
        _doc("b", "Police said five people were killed when a gunman opened fire at a Burlington mall on Friday."),
        _doc("c", "Four women had been killed in the shooting at a Burlington mall on Friday, police said."),
    ]
    assert not [c for c in corroborate_story(docs).conflicts if c.get("slot") == "killed"]
