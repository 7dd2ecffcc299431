"""Blocking finds the reports of one event even when their rarest words are their own."""

from crosswire.doc import Doc
from crosswire.stories.placing import place_docs

SHARED = ("A magnitude 6.1 earthquake struck Aceh province in Indonesia on Tuesday, collapsing houses "
          "and a mosque in Bener Meriah district, the disaster agency said. ")
OWN = [
    "Villagers in Lampahan dug through rubble with shovels. Lampahan farmers said coffee terraces slid downhill "
    "and irrigation channels cracked. A Lampahan teacher, Rahmat Saputra, said pupils sheltered under desks; "
    "Saputra said the school's roof beams split.",
    "Hospital corridors in Takengon overflowed with patients on stretchers. Takengon surgeons set fractured "
    "limbs by generator light, nurse Yusnidar Hanum said. Hanum said blood supplies ran short before a convoy "
    "from Medan arrived with plasma.",
    "Seismologists at the Meteorology Agency recorded aftershocks above magnitude five. Agency geophysicist "
    "Daryono warned of landslides on saturated slopes; Daryono said monsoon rains loosened ridges above "
    "Ketol and Bintang.",
    "Traders in Bireuen shuttered kiosks as glass storefronts shattered. Bireuen shopkeeper Zulkifli Ahmad "
    "swept cinnamon sacks from the pavement; Ahmad said tourists fled guesthouses toward the harbour pier.",
]


def test_reports_whose_rarest_words_are_their_own_still_form_one_story():
    docs = [Doc(id=f"a{i}", title=f"Report {i}", text=SHARED + own, published="2013-07-02")
            for i, own in enumerate(OWN)]
    stories = {p.story_id for p in place_docs(docs)}
    assert len(stories) == 1


def test_they_still_meet_when_the_index_is_big_enough_to_block():
    import random

    from crosswire.stories.cluster import MAX_CANDIDATES

    rng = random.Random(5)
    words = [f"{a}{b}" for a in ("kor", "vel", "mun", "tas", "rid", "pol", "sen", "gar") for b in
             ("ant", "ose", "ine", "ulo", "arp", "eck", "ium", "ode", "ast", "ene")]
    filler = [Doc(id=f"f{i}", title=f"Notice {i}", text=" ".join(rng.choice(words) for _ in range(80)) + ".",
                  published="2013-06-01") for i in range(MAX_CANDIDATES + 10)]
    reports = [Doc(id=f"a{i}", title=f"Report {i}", text=SHARED + own, published="2013-07-02")
               for i, own in enumerate(OWN)]
    placed = {p.article_id: p.story_id for p in place_docs(filler + reports)}
    assert len({placed[d.id] for d in reports}) == 1
    assert not {placed[d.id] for d in reports} & {placed[d.id] for d in filler}
