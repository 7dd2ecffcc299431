"""Which day a date in a shooting story gives: the incident's, or a later day of the story."""

from __future__ import annotations

from crosswire.corroborate import corroborate_story
from crosswire.corroborate.days import later_day
from crosswire.doc import Doc


def _doc(doc_id: str, text: str, published: str = "2015-03-09") -> Doc:
    from crosswire.extract import extract_doc

    return extract_doc(Doc(id=doc_id, text=text, published=published))


def _later(text: str, day: str) -> bool:
    doc = _doc("a", text)
    start = text.index(day)
    return later_day(doc, start, start + len(day))


def test_a_future_in_another_clause_does_not_move_the_incident_day():
    # the attorney's decision is to come; the shot was fired on Sunday
    assert not _later("An 11-year-old boy is recovering in the hospital after his father accidentally fired his "
                      "gun in Monroe on Sunday, striking his son in the cheek and the state's attorney will be "
                      "determining whether charges will be filed.", "Sunday")
    assert _later("A Detroit father was sentenced up to 50 years in prison Thursday for the shooting death of his "
                  "9-year-old.", "Thursday")


def test_a_statement_day_is_not_the_incident_day_but_a_reported_one_is():
    assert _later("A Florida teen has been charged with the murder of his 10-year-old sister, police said Sunday.",
                  "Sunday")
    assert not _later("Pittsburgh police said an argument led to a shooting Monday night Downtown that wounded "
                      "four people.", "Monday")


def test_a_day_that_names_the_shooting_is_the_incident_day():
    assert not _later("Police are looking for a Toledo woman charged in the Monday shooting of her 6-year-old "
                      "daughter in West Toledo, authorities said.", "Monday")


def test_an_article_read_on_its_statement_day_still_dissents_with_its_incident_day():
    docs = [
        _doc("a", "Two people were shot and killed at a Springfield bar early Saturday, police said. "
                  "Officers found both victims inside the bar."),
        _doc("b", "A gunman shot and killed two people at a bar in Springfield on Saturday. "
                  "Police have not named a suspect."),
        _doc("c", "Police announced on Wednesday their first break in Wednesday's early morning shooting at a "
                  "Springfield bar that killed two people. No arrests have been made."),
    ]
    dates = [c for c in corroborate_story(docs).conflicts if c.get("slot") == "date"]
    assert len(dates) == 1
    assert [v["sources"] for v in dates[0]["variants"]] == [["a", "b"], ["c"]]
    assert "Wednesday's early morning shooting" in dates[0]["variants"][1]["evidence"][0]["quote"]



def _date_conflicts(docs: list[Doc]) -> list[dict]:
    return [c for c in corroborate_story(docs).conflicts if c.get("slot") == "date"]


def test_an_undated_reports_weekday_is_a_guess_that_never_dissents():
    dated = [_doc(i, "A police officer shot and killed Alexandros Grigoropoulos, 15, in Athens on December 6, "
                     "police said. The killing set off riots across Greece.", "2008-12-08")
             for i in ("a", "b", "c")]
    undated = Doc(id="u", text="On Wednesday, two police officers involved in the fatal shooting of the teenager "
                               "in Athens were arrested, and one was charged with murder.")
    undated.context_date = "2008-12-13"  # the story's date: all an undated report's weekdays can lean on
    from crosswire.extract import extract_doc

    assert not _date_conflicts(dated + [extract_doc(undated)])
    # the same report with a date of its own says when it was written: its Wednesday can dissent
    dated_too = _doc("u", undated.text, "2008-12-13")
    assert _date_conflicts(dated + [dated_too])


def test_a_posting_stamp_and_a_fronted_statement_day_arelater_days():
    assert _later("The firm's blog posted in Hit and Run Accidents on Friday, September 20, 2013.",
                  "Friday, September 20, 2013")
    assert _later("Yesterday, the police explained that officers shot the teenager because he pointed a gun.",
                  "Yesterday")
    assert not _later("On Sunday, a man was shot in Athens, police said.", "Sunday")


def test_a_day_that_opens_a_statement_is_the_statement_day():
    assert _later("On Friday, Henry County Prosecutor Joe Bergacs confirmed the two children died of gunshot "
                  "wounds.", "Friday")
    assert not _later("The girl was shot Friday, police said.", "Friday")
    assert not _later("Friday afternoon, police received a call about a shooting on Faronia Road.", "Friday")


def _dates(docs: list[Doc]) -> list[dict]:
    return [c for c in corroborate_story(docs).conflicts if c.get("slot") == "date"]


def test_one_source_against_another_when_a_day_stands_in_a_fragment_or_tells_what_happened():
    # published Monday 2015-03-09: "Saturday" is 2015-03-07, "Tuesday" 2015-03-03
    one = _doc("a", "Two boys were killed and a girl was injured in a shooting early Saturday morning, police said.")
    fragment = _doc("b", "Police were called to a home on Elm Street where three teens had been found shot\n"
                         "shortly before 2 a.m. Tuesday.\nTwo boys died at the scene.")
    assert len(_dates([one, fragment])) == 1
    happened = _doc("b", "The brother of one boy said there is more to the story than what he was told happened "
                         "Tuesday night. Two boys died.")
    assert len(_dates([one, happened])) == 1
    # a day in a sentence about something else is no statement of the incident's day
    other = _doc("b", "The brother of one boy said he last saw him Tuesday night. Two boys died.")
    assert not _dates([one, other])


def test_the_majority_day_is_the_one_most_sources_give_not_the_day_between():
    shot = "A baby was shot to death {day} afternoon on the west side, police said. {extra}"
    docs = [_doc("a", shot.format(day="Saturday", extra="Officers found her on the porch."), "2015-03-08"),
            _doc("b", shot.format(day="Saturday", extra="A man was also hit."), "2015-03-08"),
            _doc("c", shot.format(day="Saturday", extra="Neighbours gathered."), "2015-03-09"),
            _doc("d", "A separate shooting left a man dead early Sunday on the east side.", "2015-03-10"),
            _doc("f", "Another man was shot Monday on the south side, police said.", "2015-03-10"),
            # a weekday read against another publication day than theirs: the mention-level check
            _doc("e", shot.format(day="Wednesday", extra="Officers found her on the porch."), "2015-03-13")]
    found = _dates(docs)
    assert len(found) == 1 and found[0]["variants"][0]["normalized"] == "2015-03-07"


def test_a_day_after_the_victims_of_a_charge_dates_the_shooting():
    assert not _later("Man Charged With Shooting 6 People Monday Night", "Monday")
    assert _later("A man was charged in the shooting Monday.", "Monday")
    assert _later("Police arrested a man Monday in the shooting.", "Monday")


def _against_two_day_of_reports(text: str, published: str) -> list[dict]:
    """Date conflicts of a report ``c`` against two reports of the day that give March 11."""
    docs = [_doc("a", "A man was shot and killed Wednesday, March 11, outside a bar on Main Street, police said.",
                 "2015-03-12"),
            _doc("b", "Police said a man was fatally shot outside a Main Street bar on Wednesday, March 11.",
                 "2015-03-12"),
            _doc("c", text, published)]
    return _date_conflicts(docs)


def test_a_follow_up_months_later_that_writes_the_day_out_can_contradict_it():
    # the sentencing report's own reading is the day of the sentencing; the day of the shooting it
    # writes out is pinned however long after it was written, and it is not the others' day
    found = _against_two_day_of_reports("A Toledo man was sentenced Monday to 20 years in prison for the March 14 "
                                        "shooting that killed a man outside a Main Street bar.", "2015-07-21")
    assert len(found) == 1
    sides = {v["normalized"]: v["sources"] for v in found[0]["variants"]}
    assert sides == {"2015-03-11": ["a", "b"], "2015-03-14": ["c"]}
    assert "March 14" in found[0]["variants"][1]["evidence"][0]["quote"]


def test_a_follow_up_recalling_an_event_weeks_away_is_no_contradiction():
    # "the Feb. 2 shooting" weeks before is another event the report recalls, not a misdated one
    assert _against_two_day_of_reports("A Toledo man was sentenced Monday for the Feb. 2 shooting that killed his "
                                       "cousin on Elm Street.", "2015-07-21") == []


def test_a_day_told_of_what_occurred_is_the_incident_day():
    # "the incident, which occurred ... March 14": no shooting word, still the incident's day
    found = _against_two_day_of_reports("A second man was arrested Friday. Surveillance video captured the "
                                        "incident, which occurred around 2:10 a.m. March 14 outside the bar.",
                                        "2015-05-23")
    assert len(found) == 1
    assert [v["normalized"] for v in found[0]["variants"]] == ["2015-03-11", "2015-03-14"]


def test_an_autopsy_and_a_status_as_of_a_day_are_later_days():
    assert _later("An autopsy Saturday ruled his death a homicide.", "Saturday")
    assert _later("The suspect remained at large as of Thursday afternoon, police said.", "Thursday")
    assert _later("No arrests had been made as of Thursday.", "Thursday")
    assert not _later("A man was shot and killed Thursday afternoon.", "Thursday")


def test_a_word_that_begins_with_plea_is_no_plea():
    assert not _later("Around 1:00 a.m. Tuesday deputies responded to a home on Pleasant Oak Road.", "Tuesday")
    assert _later("He entered a plea Tuesday.", "Tuesday") and _later("He pleads not guilty Tuesday.", "Tuesday")


def test_a_day_decades_before_any_report_backs_no_incident_date():
    # the second report recalls "Aug. 1, 1966"; the tie between it and Thursday must not go to 1966
    docs = [_doc("a", "A girl was shot and wounded at Alpine High School on Thursday, police said.",
                 published="2016-09-08"),
            _doc("b", "It was the deadliest school shooting since Aug. 1, 1966, when a gunman killed 14 people.",
                 published="2016-09-08"),
            _doc("c", "Police released new details of last Sunday's shooting at Alpine High School.",
                 published="2016-09-13")]
    found = [c for c in corroborate_story(docs).conflicts if c.get("slot") == "date"]
    # one report's day against another's: Thursday the 8th against Sunday the 11th, either way round
    assert [sorted(v["normalized"] for v in c["variants"]) for c in found] == [["2016-09-08", "2016-09-11"]]


def test_a_statement_day_with_its_medium_or_its_speaker_described():
    assert _later("The county attorney said in a press release Wednesday that he had heard of the charges.",
                  "Wednesday")
    assert _later("On Tuesday, the company's lawyer explained that the guard fired first.", "Tuesday")
    # the speaker's relative clause is not the statement: the day dates the shooting
    assert not _later("On Tuesday, a man who shot two people told no one.", "Tuesday")
    # told an outlet or reporters on a day: the day of the telling
    assert _later("Chief Jeff Hadley told 24 Hour News 8 Monday that the girl hid from the gunman.", "Monday")
    assert _later("The sheriff told reporters Monday that the boy was shot.", "Monday")
    assert _later("The mother told The Associated Press on Monday that the boy was shot.", "Monday")
    # ... but what someone told of is dated by its own day
    assert not _later("The suspect told police he shot the man Sunday.", "Sunday")


def test_the_day_of_an_indictment_is_not_the_day_of_the_killing_it_is_for():
    from crosswire.corroborate import corroborate_story
    from crosswire.doc import Doc
    from crosswire.extract import extract_doc

    texts = {
        "a": "Norris Greenhouse Jr. and Lt. Derrick Stafford were indicted Thursday on second-degree murder for "
             "the killing of Jeremy Mardis and attempted second-degree murder charges for injuring his father.",
        "b": "Stafford and Greenhouse were indicted Thursday on second-degree murder and attempted second-degree "
             "murder in the shooting death of Jeremy Mardis and the wounding of his father.",
        "c": "Greenhouse and Stafford both face charges of second-degree murder for the death of Mardis on "
             "November 3 and attempted second-degree murder in the shooting of Chris Few.",
    }
    docs = [extract_doc(Doc(id=k, text=v, published="2016-03-11")) for k, v in texts.items()]
    found = corroborate_story(docs)
    assert not [c for c in found.conflicts if c["subject"].startswith("date")], \
        [c["subject"] for c in found.conflicts]


def _undated(doc_id: str, text: str, removed: str | None = None) -> Doc:
    from crosswire.doc import Removal
    from crosswire.extract import extract_doc

    doc = Doc(id=doc_id, text=text, removed=[Removal(removed, "embedded post")] if removed else [])
    return extract_doc(doc)


def _days_of(doc: Doc) -> dict[str, str | None]:
    return {doc.span_text(s): s.attrs.get("iso") for s in doc.spans_of("time")}


def test_an_undated_story_gives_its_year_less_days_the_year_its_pages_print():
    from crosswire.corroborate.days import fill_story_years

    # rochester-drive-by (GVC, no article dated): only the embedded posts WKBW and NBC kept print a year
    scene = _undated("nbc", "Three people were killed and four wounded in a drive-by shooting outside the Boys and "
                            "Girls Club on Genesee Street, police said.",
                     removed="Shooting happened in front of the Boys and girls club. — Jennifer Mobilia "
                             "(@whec_jmobilia) August 20, 2015")
    arrest = _undated("dandc", "Jalen Jamel Everett, 20, is expected to be arraigned on a murder charge in connection "
                               "with the Aug. 19 drive-by shooting in front of the Boys & Girls Club. Everett was "
                               "arrested Sept. 29 at the Buffalo airport. A mass shooting that left three dead here "
                               "in August.")
    verdict = _undated("whec", "Second suspect found guilty. Sentencing for Jalen Everett is scheduled for January 6.")
    assert _days_of(arrest)["Aug. 19"] is None  # nothing to read it against, alone
    fill_story_years([scene, arrest, verdict])
    days = _days_of(arrest)
    assert (days["Aug. 19"], days["Sept. 29"], days["August"]) == ("2015-08-19", "2015-09-29", "2015-08")
    # a trial's sentencing date is months from any day the story prints: 2016 or later, no one year
    assert _days_of(verdict)["January 6"] is None
    # ... and the incident's date is now read from the arrest report
    from crosswire.extract.incident import facts_from_spans

    assert facts_from_spans(arrest)["date"]["value"] == "2015-08-19"


def test_a_year_less_day_two_years_fit_stays_without_one():
    from crosswire.corroborate.days import fill_story_years

    # cincinnati-cameo: "Feb. 28" lies as near the Jan. 1, 2015 shooting it recalls as the March 26, 2017 one
    doc = _undated("enquirer", "The worst shooting was Aug. 21, 2015. The club saw a shooting inside on Jan. 1, 2015. "
                               "The most recent before Sunday's was on Feb. 28 when six people were shot.",
                   removed="Prayers are with the victims. — John Kasich (@JohnKasich) March 26, 2017")
    fill_story_years([doc])
    assert _days_of(doc)["Feb. 28"] is None


def test_a_story_with_a_dated_article_is_left_as_it_is():
    from crosswire.corroborate.days import fill_story_years

    dated = _doc("a", "Police said the Aug. 19 shooting left three dead.", published="2015-08-21")
    before = [dict(s.attrs) for s in dated.spans_of("time")]
    fill_story_years([dated])
    assert [s.attrs for s in dated.spans_of("time")] == before and before[0]["iso"] == "2015-08-19"


def test_a_day_named_as_a_past_incident_is_no_mention_of_the_incidents_day():
    from crosswire.corroborate.days import date_mentions

    doc = _doc("a", "The nightclub has a history of gun violence, including a shooting inside on Jan. 1, 2015. "
                    "A man was shot and killed there on March 7, 2015, police said.", published="2015-03-09")
    assert [str(m.value) for m in date_mentions(doc)] == ["2015-03-07"]


def test_a_day_years_from_the_agreed_one_is_another_event_recalled():
    from crosswire.corroborate import corroborate_story
    from crosswire.extract import extract_doc

    texts = {
        "a": "Brian Nichols shot and killed four people at the Fulton County Courthouse on March 11, 2005, "
             "police said. He was sentenced Saturday to life without parole.",
        "b": "Nichols killed a judge, a court reporter and two others in a shooting rampage on March 11, 2005 "
             "in Atlanta.",
        "c": "Nichols joins Sept. 11, 2001 conspirator Zacarias Moussaoui among those spared death. The shooting "
             "killed four people in Atlanta.",
    }
    docs = [extract_doc(Doc(id=k, text=v)) for k, v in texts.items()]
    found = corroborate_story(docs)
    dates = [c for c in found.conflicts if c.get("slot") == "date"]
    assert not dates, [[v["value"] for v in c["variants"]] for c in dates]


def test_one_weekday_the_others_also_write_is_not_read_against_their_day():
    # "died Saturday", told by most outlets, and once more in an undated report read against a
    # later week (the story's Wednesday, then the Saturday after it)
    from crosswire.brief.build import set_context_dates
    from crosswire.extract import extract_doc

    texts = {"a": ("Coroner Gary Hargrove said he believes that Mr. LaRue died Saturday.", "2004-07-28"),
             "b": ("Fred LaRue, a Watergate figure, died Saturday, July 24, of natural causes.", "2004-07-28"),
             "c": ("The coroner said he thinks LaRue died Saturday of natural causes.", "2004-07-29"),
             "d": ("LaRue was found Wednesday in his room. The coroner said he believes LaRue died Saturday "
                   "of natural causes.", None)}
    docs = [Doc(id=k, text=t, published=p) for k, (t, p) in texts.items()]
    set_context_dates(docs)
    docs = [extract_doc(d) for d in docs]
    assert not [c for c in corroborate_story(docs).conflicts if c.get("slot") in ("date", None)
                and "Saturday" in str(c)]


def test_one_source_against_another_naming_other_victims_is_two_events():
    # published Monday 2015-03-09: "Saturday" is 2015-03-07, "Tuesday" 2015-03-03
    brown = _doc("a", "Shortly before midnight Saturday, 16-year-old Asir Brown was killed by a stray bullet in a "
                      "drive-by shooting while he was at a cookout, police said.")
    mackey = _doc("b", "On Tuesday, 13-year-old Chris Mackey died in a shooting after a gun found by a group of "
                       "teenagers went off, police said.")
    assert not _dates([brown, mackey])
    # the same victim told of on two days is one event misdated
    same = _doc("b", "On Tuesday, 16-year-old Asir Brown died in a shooting after a gun went off at a cookout, police "
                     "said.")
    assert len(_dates([brown, same])) == 1


def test_a_day_that_names_the_incident_outranks_a_reading_of_another_day_of_the_story():
    # Thursday 2016-01-14 in three reports; the fourth, of 2016-01-20, reads the chase of Friday the 15th
    # first but names its shooting by Sunday (2016-01-17)
    told = ["A 13-month-old child was shot and killed in Dayton on Thursday night, police said.",
            "Police said a toddler died after a shooting in a Dayton home Thursday, January 14.",
            "Dayton police are investigating the shooting death of a child Thursday, officers said."]
    docs = [_doc(str(i), t, "2016-01-15") for i, t in enumerate(told)]
    chase = ("This is the car Dayton police pursued Friday afternoon, Jan. 15, 2016, as part of their investigation "
             "into Sunday's shooting death of a 13-month-old Dayton child. The car ended up in a yard.")
    found = _dates(docs + [_doc("x", chase, "2016-01-20")])
    assert len(found) == 1
    assert found[0]["variants"][1]["normalized"] == "2016-01-17" and found[0]["variants"][1]["sources"] == ["x"]
    # ... and where it names the agreed day, the chase is no dissent
    assert not _dates(docs + [_doc("x", chase.replace("Sunday's", "Thursday's"), "2016-01-20")])
    assert _names("Police named the victim of a shooting that took place Tuesday evening.", "Tuesday")
    assert _names("The drive-by shooting happened on April 19 in Kent.", "April 19")
    assert not _names("The victim was taken to a hospital Tuesday evening after a shooting.", "Tuesday")


def _names(text: str, day: str) -> bool:
    from crosswire.corroborate.days import names_the_incident

    start = text.index(day)
    return names_the_incident(_doc("n", text), start, start + len(day))


def test_the_day_a_body_was_found_is_no_rival_to_the_day_of_the_death():
    # published Wednesday 2004-07-28: "Saturday" is 2004-07-24, "Tuesday" 2004-07-27
    died = ["Fred LaRue, a Watergate figure, died Saturday at a motel in Biloxi after he was shot, police said.",
            "Coroner Gary Hargrove said LaRue died Saturday of a gunshot wound at a Biloxi motel."]
    docs = [_doc(str(i), t, "2004-07-28") for i, t in enumerate(died)]
    found = _doc("x", "He was found dead of a gunshot wound in his room at the Sun Tan Motel Tuesday morning, "
                      "officials said.", "2004-07-28")
    assert not _dates(docs + [found])
    shot = _doc("x", "He was shot in his room at the Sun Tan Motel on Tuesday morning, officials said.", "2004-07-28")
    assert len(_dates(docs + [shot])) == 1


def test_a_day_told_in_the_shootings_own_clause_names_the_incident():
    assert _names("Michael Vance was wanted following a shooting that injured two Wellston police officers "
                  "Wednesday night.", "Wednesday")
    assert _names("The gunfire first erupted near the county road on Wednesday night, KOCO reported.", "Wednesday")
    # ... not a day told after the clause ends, nor one of what followed
    assert not _names("A shooting that injured two officers ended the chase. Deputies searched on Wednesday.",
                      "Wednesday")
    assert not _names("The shooting left two dead, and the suspect was arrested Wednesday.", "Wednesday")
    # a report naming its shooting by that clause dissents with that day, not with another day it mentions
    told = ["Two Wellston police officers were shot Sunday night near Highway 66, the sheriff said.",
            "The officers were wounded in a shootout with a suspect on Sunday night, officials said.",
            "Both officers shot Sunday night near Wellston are expected to recover, the sheriff said."]
    docs = [_doc(str(i), t, "2016-10-24") for i, t in enumerate(told)]
    odd = _doc("x", "Investigators believe he traveled in a different car early Monday. Vance was wanted following "
                    "a shooting that injured two Wellston police officers Wednesday night.", "2016-10-23")
    found = _dates(docs + [odd])
    assert found and "Wednesday" in found[0]["variants"][1]["evidence"][0]["quote"]


def test_a_tie_between_days_goes_to_the_one_a_source_names_the_incident_by():
    # one source names its incident's day ("Saturday's shooting spree"), another -- a news round-up --
    # gives an older day in a sentence with a death in it: the incident's day is the named one, and a
    # later report that writes out a day three days on contradicts it
    docs = [_doc("a", "The 14-year-old girl who was wounded during Saturday's shooting spree in Kalamazoo remained "
                      "in critical condition at the hospital. The chief told 24 Hour News 8 Monday that her friend "
                      "hid from the gunman and survived the shooting.", "2016-02-22"),
            _doc("b", "Justice Antonin Scalia was found dead Saturday morning at a ranch in Texas. In other news, "
                      "a federal judge ruled on the phone case.", "2016-02-19"),
            _doc("c", "Her grandmother was among six people killed in the shooting spree on Feb. 23 in Kalamazoo. "
                      "A 45-year-old Uber driver is charged in the shootings.", "2016-04-23")]
    found = _date_conflicts(docs)
    assert len(found) == 1
    sides = {v["normalized"]: v["sources"] for v in found[0]["variants"]}
    assert sides == {"2016-02-20": ["a"], "2016-02-23": ["c"]}
