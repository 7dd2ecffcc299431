"""Ways one entity's name is written differently across a story's articles, beyond case and dots:

* a company with and without its legal form ("IBM" / "IBM Corp.", "EYP Mission Critical
  Facilities, Inc.");
* a person under a short form of the first name ("Steve Einhorn" / "Steven Einhorn", "Chris
  Riley" / "Christopher Riley", "Katie Jenkin" / "Kathryn Jenkin") or a first name misspelt by a
  letter ("Eliot Isaac" / "Elliot Isaac"), only when no other person of the story could be meant
  ("Gary Rusher" and "Wayne Rusher" stay two);
* one place or organisation the tagger typed two ways in two articles ("Tulsa" ORG and PLACE,
  "Haverstock Hills Apartment" ORG and "Haverstock Hills Apartments" PLACE).
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from typing import Iterable

from rapidfuzz.distance import Levenshtein

#: legal forms that end a company's name and add nothing to which company it is
_LEGAL_FORM = re.compile(r"(?:,?\s+(?:inc|incorporated|corp|corporation|co|ltd|limited|llc|plc|lp|ag|sa|nv|gmbh))+$")

#: common English short forms of first names (each group: the forms of one name)
_NICKNAME_GROUPS = [
    "william bill billy will willie", "robert bob bobby rob robbie bert", "richard rick ricky dick rich",
    "james jim jimmy jamie", "john johnny jack", "michael mike mikey mick", "thomas tom tommy",
    "anthony tony", "joseph joe joey", "charles charlie chuck chas", "edward ed eddie ted teddy ned",
    "elizabeth liz lizzie beth betty eliza libby", "katherine kathryn catherine kathleen katie kate kathy cathy kat",
    "margaret maggie peggy meg marge", "patricia pat patty trish", "jennifer jen jenny", "deborah debbie deb",
    "rebecca becky becca", "susan sue susie suzanne", "daniel dan danny", "david dave davey",
    "andrew andy drew", "christopher chris", "christine chris chrissy", "alexander alex", "nicholas nick nicky",
    "matthew matt", "benjamin ben benny", "samuel sam sammy", "steven stephen steve", "gregory greg",
    "jeffrey jeff", "timothy tim timmy", "kenneth ken kenny", "ronald ron ronnie", "donald don donnie",
    "lawrence larry", "gerald gerry jerry", "henry hank harry", "frederick fred freddie", "walter walt",
    "raymond ray", "leonard leo len lenny", "vincent vince", "zachary zach zack", "joshua josh",
    "jonathan jon", "nathaniel nathan nate", "victoria vicki vicky tori", "pamela pam", "barbara barb barbie",
    "jacqueline jackie", "stephanie steph", "abigail abby", "alexandra alex sandra sandy", "cynthia cindy",
    "judith judy", "dorothy dot dottie", "theodore ted teddy theo", "douglas doug", "phillip philip phil",
    "wladimir wlad vladimir vlad", "vitali vitaly", "mohammed muhammad mohammad mohamed mo",
    "maurice mo moe", "morris mo moe", "albert al bert", "alan allen al", "alfred al alf", "eugene gene",
    "terrence terence terry", "montgomery monty", "archibald archie", "harold hal harry", "isaac ike",
]
_NICKNAMES: dict[str, set[str]] = defaultdict(set)
for _group in _NICKNAME_GROUPS:
    _forms = _group.split()
    for _form in _forms:
        _NICKNAMES[_form] |= set(_forms)


_FEMININE_ENDINGS = {"ne", "na", "ie", "le", "la", "ia", "ah", "ette", "elle", "ina", "ine"}


def org_key(folded: str) -> str:
    """A company's folded name without its legal form: "ibm corp" -> "ibm"."""
    stem = _LEGAL_FORM.sub("", folded)
    return stem if stem else folded


def _person_words(name: str) -> list[str]:
    return [w for w in re.split(r"[\s\-\u2011]+", re.sub(r"[.'\u2019\"“”]", "", name).lower()) if w]


def same_first_name(a: str, b: str) -> bool:
    """Whether two first names can be one person's: equal, one the other's start ("Steve" /
    "Steven", "Chris" / "Christopher", three letters at least) or short forms of one name."""
    if a == b:
        return True
    short, long_ = sorted((a, b), key=len)
    # ... but "Eric" / "Erica", "Paul" / "Paula" are two names
    if len(short) >= 3 and long_.startswith(short) and len(long_) - len(short) >= 2 \
            and long_[len(short):] not in _FEMININE_ENDINGS:
        return True
    if b in _NICKNAMES.get(a, ()):
        return True
    # "Eliot" / "Elliot", "Jeffery" / "Jeffrey": one letter apart in a long name is a spelling slip
    return min(len(a), len(b)) >= 5 and Levenshtein.distance(a, b) == 1 and a[0] == b[0]


def first_name_variants(people: Iterable[str], mentions: dict[str, int]) -> dict[str, str]:
    """Each person's name written with another form of the first name -> the form the story uses
    most ("Steve Einhorn" -> "Steven Einhorn"), only where exactly one other person fits."""
    people = [p for p in people if len(_person_words(p)) >= 2]
    by_surname: dict[str, list[str]] = defaultdict(list)
    for p in people:
        by_surname[_person_words(p)[-1]].append(p)
    out: dict[str, str] = {}
    for group in by_surname.values():
        if len(group) < 2:
            continue
        fits: dict[str, set[str]] = {}
        for p in group:
            pw = _person_words(p)
            fits[p] = {q for q in group if q != p and (
                same_first_name(pw[0], _person_words(q)[0]) and _middles_agree(pw, _person_words(q))
                or _initials_fit(p, q) or _initials_fit(q, p))}
        seen: set[str] = set()
        for p in group:
            if p in seen or not fits[p]:
                continue
            # the names that fit one another, one through the next ("Fred LaRue", "Frederick C.
            # LaRue", "Frederick Cheney LaRue") are one person only if every two of them fit:
            # "Chris" fits "Christopher" and "Christine", who are two people, so none is merged
            component, todo = {p}, [p]
            while todo:
                for q in fits[todo.pop()] - component:
                    component.add(q)
                    todo.append(q)
            seen |= component
            if any(q not in fits[r] for r in component for q in component if q != r):
                continue
            keep = max(component, key=lambda n: (mentions.get(n, 0), len(n), n))
            out.update({n: keep for n in component if n != keep})
    return out


#: given names written as initials ("A.J.", "AJ", "J.R.")
_INITIALS = re.compile(r"(?:[A-Z]\.?){2,3}")


def _initials_fit(short: str, full: str) -> bool:
    """"A.J. Perez" and "Armando J. Perez": given names written as initials that are the other
    name's given names' first letters, with the same surname."""
    words, other = short.split(), full.split()
    if len(words) != 2 or len(other) < 3 or not _INITIALS.fullmatch(words[0]):
        return False
    letters = words[0].replace(".", "").lower()
    given = _person_words(" ".join(other[:-1]))
    return "".join(w[0] for w in given) == letters and _person_words(other[-1]) == _person_words(words[1])


def _middles_agree(a: list[str], b: list[str]) -> bool:
    """"Pam Shockley Zalabak" and "Pamela Shockley-Zalabak" have the same words after the first;
    "Steven Todd Dooley" and "Steve Dooley" leave one out; "John A. Smith" and "John B. Smith" differ."""
    ma, mb = a[1:-1], b[1:-1]
    if not ma or not mb:
        return True
    if set(ma) <= set(mb) or set(mb) <= set(ma):
        return True
    # "Frederick C. LaRue" and "Frederick Cheney LaRue": an initial stands for the name it begins
    return len(ma) == len(mb) and all(x == y or (min(len(x), len(y)) == 1 and x[0] == y[0]) for x, y in zip(ma, mb))


def _type_key(folded: str) -> str:
    """A name folded further for comparing across types: a last word's plural "s" is dropped
    ("apartments" / "apartment")."""
    words = folded.split()
    if words and len(words[-1]) > 4 and words[-1].endswith("s") and not words[-1].endswith("ss"):
        words[-1] = words[-1][:-1]
    return " ".join(words)


def cross_type_names(keys: Iterable[tuple[str, str]], weight: dict[tuple[str, str], int],
                     fold) -> dict[tuple[str, str], tuple[str, str]]:
    """Non-person names that fold alike but were typed two ways -> the (type, name) most of their
    mentions have: "Haverstock Hills Apartment" (ORG, 2) joins "Haverstock Hills Apartments"
    (PLACE, 4)."""
    groups: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for key in keys:
        # one word ("Morningside") may be the short form of a longer name in one type only
        if key[0] in ("ORG", "PLACE") and " " in key[1].strip():
            groups[_type_key(org_key(fold(key[1])))].append(key)
    out: dict[tuple[str, str], tuple[str, str]] = {}
    for members in groups.values():
        if len({t for t, _ in members}) < 2:
            continue
        by_type: Counter = Counter()
        for key in members:
            by_type[key[0]] += weight.get(key, 0)
        best_type = max(by_type, key=lambda t: (by_type[t], t == "PLACE"))
        best = max((k for k in members if k[0] == best_type), key=lambda k: (weight.get(k, 0), len(k[1])))
        for key in members:
            if key[0] != best_type:
                out[key] = best
    return out
