"""How a speaker phrase links to the persons of an article: pairs who speak together ("Zadan
and Meron"), a surname several relatives share, a role held at another body, a name that only
modifies the head ("the Trump campaign"), a title the parser cut from its name ("SAPD Sgt" of
"SAPD Sgt. Jesse Salame"), and names that stand for no one who could speak (a costume, an app).

Split from :mod:`.speakers`, whose :func:`.speakers.resolve_speaker` calls in here.
"""

from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING

from ..doc import Doc

if TYPE_CHECKING:
    from .speakers import Mention, People

_POSSESSIVE = re.compile(r"(?:’s|‘s|'s|’|')$")


def _joint_speakers(doc: Doc, people: People, start: int, end: int) -> str | None:
    """'said Zadan and Meron', 'producers Craig Zadan and Neil Meron said': two people who speak
    as one are one speaker, "Craig Zadan and Neil Meron"."""
    m = re.search(r"\s(?:and|&)\s", doc.text[start:end])
    if m is None:
        return None
    split_a, split_b = start + m.start(), start + m.end()
    left = [x for x in people.mentions if start <= x.start and x.end <= split_a]
    right = [x for x in people.mentions if split_b <= x.start and x.end <= end]
    if not left or not right or left[-1].name == right[0].name:
        return None
    # nothing but the two names (and titles before the first) on either side of "and"
    if doc.text[left[-1].end:split_a].strip(" ,") or doc.text[right[0].end:end].strip(" ,.’'s"):
        return None
    return f"{left[-1].name} and {right[0].name}"


def _family_member(doc: Doc, people: People, start: int, phrase: str, name: str) -> str:
    """'says Barley' where the story names Jonah Barley (killed) and Anita Barley, his mother:
    a bare surname several people of the story share is the one of them still alive, named
    last before it (the first named after it if none is named before)."""
    surname = _POSSESSIVE.sub("", phrase.split()[-1]) if phrase.split() else ""
    if len(phrase.split()) != 1 or surname != name.split()[-1] or not surname[:1].isupper():
        return name
    known = list(dict.fromkeys(people.names + [m.name for m in people.mentions]))
    family = [n for n in known if len(n.split()) > 1 and n.split()[-1] == surname]
    if len(family) < 2:
        return name
    alive = [n for n in family if n not in people.victims] or family
    full = [m for m in people.mentions if m.name in alive and " " in doc.text[m.start:m.end].strip()]
    before = [m for m in full if m.end <= start]
    # 'said Susan Gemmer. … Gemmer says her granddaughter, 18-year-old Alexis Gemmer, was … /
    # Gemmer says …': the one of them who has spoken goes on speaking
    spoke = [m for m in before if _spoke(doc, m)]
    if spoke:
        return spoke[-1].name
    if before:
        return before[-1].name
    after = [m for m in full if m.start > start]
    return after[0].name if after else (name if name in alive else alive[0])


def _spoke(doc: Doc, mention: Mention) -> bool:
    """Whether a person mention is the subject of a verb of saying ("said Susan Gemmer")."""
    from .cues import _is_cue
    from .nlp import parse

    span = parse(doc).char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    root = span.root
    return root.dep_ == "nsubj" and root.head is not root and _is_cue(root.head)


def _of_another_body(doc: Doc, start: int, end: int, people: People) -> bool:
    """'CHA president': a role noun held at an organisation never written against the person
    who holds that title in the story ("President Obama") is someone else's role."""
    from .nlp import parse

    span = parse(doc).char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    # 'the president of Planned Parenthood'
    of = [c for c in span[-1].children if c.dep_ == "prep" and c.lower_ == "of" and c.i == span[-1].i + 1]
    if any(o.ent_type_ in {"ORG", "GPE"} or o.pos_ == "PROPN" for p in of for o in p.children if o.dep_ == "pobj"):
        return True
    return len(span) >= 2 and any(t.ent_type_ == "ORG" and t.lower_ not in people.roles and t.text[:1].isupper()
                                  for t in span[:-1])


def _head_in_mention(doc: Doc, mention: Mention, head: str, start: int, end: int) -> bool:
    """True when the phrase is about the person itself ("Scott Bessent"), not "the Trump administration"."""
    tail = doc.text[mention.end:end]
    # anything but punctuation, an apposition or a possessive-free end after the name means
    # the name only modifies the head ("Trump campaign", "Bessent's team")
    stripped = tail.strip(" ,")
    if not stripped:
        return True
    if tail.startswith(("’s", "'s")):
        return False
    if re.match(r"\s+(?:of|with|from|at)\s", tail):
        return True  # 'Sgt. Clark Parrott with the Missouri State Highway Patrol': the person, of a body
    return tail.startswith(",") or head in doc.text[mention.start:mention.end]


#: social networks and messaging apps, whose names the tagger often reads as a person's
SOCIAL_PLATFORMS = frozenset("""
facebook twitter instagram snapchat tiktok youtube linkedin reddit tumblr pinterest whatsapp
telegram periscope myspace wechat weibo
""".split())
#: '… dressed as X', 'disguised as X', 'a costume of X': a character worn, not a person present
_COSTUME_BEFORE = re.compile(r"\b(?:dressed|disguised|costumed|dressing|disguising|masquerading)(?:[ \t]+up)?"
                             r"[ \t]+as[ \t]+(?:an?[ \t]+|the[ \t]+)?$|\b(?:costume|mask|outfit)s?[ \t]+of[ \t]+$",
                             re.IGNORECASE)
_COSTUME_AFTER = re.compile(r"(?:’s|'s)?[ \t]+(?:costume|mask|outfit|getup|get-up)s?\b", re.IGNORECASE)
#: 'the 2900 block of Aspen Meadow': an address, not a person
_STREET_BEFORE = re.compile(r"\bblock[ \t]+of[ \t]+$", re.IGNORECASE)


def _inert_mention(text: str, m: Mention) -> bool:
    """True when a person-typed name stands for no one who could speak in the story: a costume,
    a street in an address, a social network (see :attr:`Mention.inert`)."""
    before = text[max(0, m.start - 40):m.start]
    if _COSTUME_BEFORE.search(before) or _STREET_BEFORE.search(before) or _COSTUME_AFTER.match(text, m.end):
        return True
    return text[m.start:m.end].strip().lower() in SOCIAL_PLATFORMS


#: abbreviated titles whose full stop the parser takes for a sentence end ("SAPD Sgt. Jesse Salame")
_TITLE_ABBREVIATIONS = frozenset({"sgt", "lt", "det", "capt", "cpl", "col", "gen", "maj", "adm", "insp", "supt",
                                  "cmdr", "sen", "rep", "gov", "rev", "dr", "atty", "prof", "mr", "mrs", "ms",
                                  "pfc", "spc", "sr", "st"})


def titled_person_after(doc: Doc, start: int, end: int) -> Mention | None:
    """The person whose title a speaker phrase only begins: "SAPD Sgt" of "SAPD Sgt. Jesse
    Salame", "Troy police" of "Troy police Lt. Gerry Scherlinck" (the parser ends the phrase,
    or the sentence, at the rank's full stop). Only title words and their full stops may stand
    between the phrase and the name, and the phrase must end on a title or be followed by one."""
    from .entities import ROLE_HEADS, TITLE_WORDS
    from .speakers import _RANKS, people_of

    text = doc.text
    phrase = text[start:end].split()
    if not phrase or not re.match(r"\.?[ \t]+[A-Z]", text[end:end + 4]):
        return None
    people = people_of(doc)
    i = bisect.bisect_right(people._starts, end)
    following = people.mentions[i] if i < len(people.mentions) else None  # the first after the phrase
    if following is None or following.start > end + 60:
        return None
    gap = text[end:following.start]
    if not re.fullmatch(r"\.?(?:[ \t]+[A-Z][a-z]{1,11}\.?)*[ \t]+", gap):
        return None
    between = gap.replace(".", " ").split()
    titles = _TITLE_ABBREVIATIONS | TITLE_WORDS | ROLE_HEADS | _RANKS
    if any(w.lower() not in titles for w in between):
        return None
    last = phrase[-1].lower().rstrip(".")
    # the phrase's full stop is outside it ('Sgt' + '. Jesse') or its last character ('Sgt.')
    stop = gap.startswith(".") or phrase[-1].endswith(".")
    if stop and last not in _TITLE_ABBREVIATIONS:
        return None  # '…, said police. Sgt. John Smith added …': a sentence ends after the phrase
    if not between and not stop:
        return None  # 'police John Smith': no title ties the two together
    return following
