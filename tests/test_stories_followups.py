"""Follow-up reports (an arrest, a hearing, a verdict) join the incident's story; another
incident of one kind in one city stays apart. Hand-written cases in the shape of stories
seen split: a quadruple murder whose first report names no one and whose hearings, months
later, name the brothers charged and the four victims; a page whose body is another report."""

from __future__ import annotations

from crosswire.doc import Doc
from crosswire.stories.features import off_topic_body, signature, streets
from crosswire.stories.placing import cluster_docs
from doc_helpers import pair_score as _pair_score

# --- the incident, undated, in the order a folder gives them ----------------------------------

FIRST = Doc(id="first", title="Police: Four women found dead in Wichita, Kan., apartment", text=(
    "Officials in Kansas said four people were found shot dead at a Wichita apartment on Monday.\n\n"
    "Police responded to the scene in the south part of Wichita at around 12:30 p.m. local time, where four "
    "women were found dead inside the Briarwood Terrace apartments, station KWCH reported.\n\n"
    "\"The victims were shot multiple times,\" Wichita Police Officer Dana Ferrell confirmed in a statement.\n\n"
    "Authorities also found an unharmed 4-year-old child in the apartment, Ferrell said. The child was taken "
    "into protective custody.\n\n"
    "\"It's not everyday you see something like this in the city of Wichita,\" Wichita Police Officer Leon "
    "Marsh told the Wichita Eagle. \"It's very tough right now.\"\n\n"
    "The victims have not been identified. The crime remains under investigation, while police look for "
    "witnesses."))

SCHEDULED = Doc(id="scheduled", title="Wichita Apartment Murders Update: Hearing scheduled for brothers charged in "
                "quadruple killing", text=(
    "WICHITA, Kan. - A preliminary hearing is scheduled for two brothers charged in the January shooting deaths "
    "of four women at a crime-plagued Wichita apartment complex.\n\n"
    "Preliminary hearings for Darnell and Marcus Quarles are scheduled in Sedgwick County District Court "
    "Tuesday morning.\n\n"
    "The two are charged in the killings of 23-year-old twins Shaunte Ebright and Kiara Ebright-Vance, "
    "33-year-old Lacey Tunstall and 55-year-old Brenda Oakley. They've pleaded not guilty.\n\n"
    "Court records show both men have prior felony convictions for robbery. Prosecutors have yet to decide "
    "whether they will seek the death penalty.\n\n"
    "Police say the Quarleses were staying in the same apartment complex as the four victims, who were found "
    "bound and shot in the head.\n\n"
    "Authorities believe the brothers robbed the women, then killed them because they feared they would be "
    "identified."))

CONTINUED = Doc(id="continued", title="Briarwood Terrace quadruple murder suspects Darnell Quarles, Marcus Quarles "
                "hearing continued to September", text=(
    "WICHITA - Only two days into court proceedings, the case against a pair of Wichita brothers accused of "
    "murdering four women inside a 61st and Hydraulic apartment has been pushed to September.\n\n"
    "Preliminary hearings wrapped up Tuesday and won't resume until Sept. 9. A motion hearing is also slated "
    "for August.\n\n"
    "Darnell and Marcus Quarles, who have pleaded not guilty to murder and robbery charges, are suspected of "
    "shooting Lacey Tunstall, Brenda Oakley, Shaunte Ebright and Kiara Ebright-Vance inside a Briarwood "
    "Terrace apartment Jan. 7. All four were discovered bound with gunshot wounds to the head.\n\n"
    "Tuesday's hearing focused primarily on the brother of Marcus Quarles' girlfriend, Tyrell Banks, who sat on "
    "the stand for four hours. Banks, who said Marcus Quarles lived with him and his sister at Briarwood "
    "Terrace, testified seeing the Quarleses with guns on New Year's Eve.\n\n"
    "On Monday, several witnesses took the stand, including Darnell Quarles' 19-year-old daughter who testified "
    "her uncle, Marcus Quarles, admitted he killed the women.\n\n"
    "Nia Quarles said she told her uncle she was scared to visit Briarwood Terrace because of the murders.\n\n"
    "Joy Pruitt, a neighbor of Ebright's, testified about finding the women's bodies. She said Ebright's "
    "3-year-old son led her to the women in a bedroom."))

# the page's body was a weather ticker; cleaning left its headline
TRIAL = Doc(id="trial", title="Brothers Marcus Quarles, Darnell Quarles to stand trial for January quadruple murder "
            "at Briarwood Terrace", text="Brothers Marcus Quarles, Darnell Quarles to stand trial for January "
            "quadruple murder at Briarwood Terrace")

# another shooting in the same city: other people, another complex, other counts
OTHER = Doc(id="other", title="Two men shot outside Wichita convenience store", text=(
    "WICHITA - Two men were wounded in a shooting outside a convenience store on East Harry Street late Saturday, "
    "Wichita police said.\n\n"
    "Officers found Jerome Whitlock, 28, and Andre Pickens, 31, with gunshot wounds in the parking lot of the "
    "store in the 2900 block of East Harry. Whitlock was taken to Wesley Medical Center in serious condition; "
    "Pickens was treated and released.\n\n"
    "Witnesses told police a man in a dark hoodie fired several shots after an argument, then ran. Police have "
    "not made an arrest. Anyone with information is asked to call Crime Stoppers."))


def _stories(docs: list[Doc]) -> list[set[str]]:
    return [set(group) for group in cluster_docs(docs)]


def test_the_first_report_and_the_hearings_months_later_are_one_story():
    """The hearings name the brothers and the four victims; the first report names no one but
    the complex, the city and the four women. At HEAD the hearing-scheduled report stood apart
    ("Sedgwick County District Court" read as a street, against the complex) and so did the first."""
    assert _stories([CONTINUED, FIRST, SCHEDULED, TRIAL]) == [{"continued", "first", "scheduled", "trial"}]


def test_another_shooting_in_the_same_city_stays_apart():
    stories = _stories([CONTINUED, FIRST, OTHER, SCHEDULED, TRIAL])
    assert {"other"} in stories and len(stories) == 2


# --- streets ------------------------------------------------------------------------------------

def test_a_court_of_law_is_no_street():
    assert streets("Hearings are set in Sedgwick County District Court and Allen Superior Court.") == []
    assert streets("He lived on Elm Street, near Ouray Court.") == ["elm", "ouray"]


def test_one_street_spelled_two_ways_is_one_street():
    """"Fifth Street" is "5th Street"; "Northwest 7th Avenue" is "7th Avenue": two reports of one
    shooting placed it on one street, not on two."""
    assert streets("shot on Fifth Street") == streets("shot on 5th Street") == ["5th"]
    assert streets("near Northwest 7th Avenue and SW 59th Terrace") == ["59th", "7th"]
    assert streets("near 7th Avenue and 59th Terrace") == ["59th", "7th"]


# --- people -------------------------------------------------------------------------------------

def test_a_person_is_named_again_by_surname_a_place_or_an_official_is_not():
    from crosswire.stories.cluster import StoryIndex

    text = ("Deputy Police Chief Al Roechner said Kaylin Marchetti, 17, was shot outside a house in Mount Vernon. "
            "Friends said Marchetti was a junior at the high school. Officers found the gun, Roechner said. Mount "
            "Vernon police arrested Dwayne Oldaker, a neighbor. Records show Oldaker has a prior conviction.")
    index = StoryIndex()
    sig = signature("x", "Teen killed in Mount Vernon", text, "2015-08-20")
    index.count([sig])
    people = {index.terms[t][1:] for t in index.people("x")}
    assert people == {"kaylin marchetti", "dwayne oldaker"}
    assert "mount vernon" in {index.terms[t][1:] for t in index.rare_names("x")}  # rare, but a place


def test_a_hearing_naming_the_victim_is_not_discounted_for_its_own_dates(monkeypatch):
    """The incident report states the day of the shooting, the hearing seven months later the
    day of the hearing: dates of one case, not two incidents."""
    import crosswire.stories.cluster as cluster

    incident = Doc(id="i1", title="Teen killed in Benbrook shooting", published="2015-08-20",
                   text="BENBROOK — Kaylin Marchetti, 17, was shot and killed Thursday outside a house on Sagebrush "
                        "Road, police said. Marchetti was a junior at Westfield High School. Friends said Marchetti "
                        "had just finished a shift at a grocery store. A neighbour, Dwayne Oldaker, was arrested; "
                        "police said Oldaker had argued with the family.")
    hearing = Doc(id="i2", title="Jury hears opening statements in Benbrook killing", published="2016-03-14",
                  text="FORT WORTH — Opening statements began Monday in the murder trial of Dwayne Oldaker, accused "
                       "of killing Kaylin Marchetti outside a Benbrook house. Prosecutors said Oldaker fired through "
                       "a window, and that Marchetti was unarmed. Oldaker has pleaded not guilty.")
    kept = _pair_score(incident, hearing)
    monkeypatch.setattr(cluster, "PEOPLE_KEEP_DATES", False)
    discounted = _pair_score(incident, hearing)
    assert 0.0 < discounted < 0.75 * kept


# --- a body about something else ------------------------------------------------------------------

def test_a_body_about_something_else_leaves_the_headline():
    title = "Family members identify female civilian victim of Planned Parent"
    ticker = ("News-5 has learned that recruiting sanctions brought against Pine Creek High School earlier this "
              "week have been lifted. Pueblo Police said a man attacked two officers late Thursday.")
    assert off_topic_body(title, ticker)
    sig = signature("x", title, ticker, None)
    assert "planned" in sig.tf and "sanctions" not in sig.tf and not sig.names
    # a body that tells the headline's event in other words is kept
    assert not off_topic_body("Fatal shooting of local high school student",
                              "JOPLIN, Mo. - Authorities found Ronnie Daniels, 18, had been shot at his home. "
                              "Daniels was a senior at Joplin High.")
    # the site's name first: the event's part of the headline vouches for the body
    assert not off_topic_body("Wichita, Kansas News, Weather, Sports - Accidental shooting at Park City mobile home",
                              "A 15-year-old boy was accidentally shot by his older brother in Park City.")
