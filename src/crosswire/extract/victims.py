"""Who the text says is dead: "slain officer X", "X, who was killed", "the bodies of X and Y",
"X and Y are among the three killed", "Three people were killed: X, Y and Z", "X's body".

The speakers index (:mod:`.speakers`) marks such people as victims: a pronoun never goes on
from them, and a surname several relatives share goes to the living one. Split from
:mod:`.speakers` to keep modules small.
"""

from __future__ import annotations

import re
from typing import Any

SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
#: verbs and words that say a person was killed
_KILLED_VERBS = frozenset({"kill", "slay", "murder", "execute", "assassinate"})
_KILLED_WORDS = frozenset({"slain", "late", "victim", "victims", "deceased", "dead", "murdered", "killed"})


def said_killed(parsed: Any, tokens: Any, roles: list[str]) -> bool:
    """'slain officer Garrett Swasey', 'Swasey, who was killed', 'Dooley was one of five killed',
    'killing Jane Roe', 'the victim, Jane Roe': the text says this person died by violence."""
    if any(w in _KILLED_WORDS for w in roles):
        return True
    head = tokens.root
    if head.lemma_.lower() in _KILLED_VERBS:
        return False
    if head.dep_ in {"nsubjpass", "dobj"} and head.head.lemma_.lower() in _KILLED_VERBS:
        return True
    if _listed_as_dead(head):
        return True
    if _found_dead(head):
        return True
    if head.dep_ == "appos" and head.head.lower_ in {"victim", "victims"}:
        return True
    if _among_the_dead(head):
        return True
    if head.dep_ == "poss" and head.head.lower_ in {"body", "bodies", "remains", "funeral", "autopsy", "death"}:
        return True  # 'Sayed's body is covered by a tarp'
    if head.dep_ == "nsubj" and head.head.lemma_.lower() in {"kill"} and any(
            c.dep_ == "dobj" and c.lower_ in {"himself", "herself"} for c in head.head.children):
        return True  # 'Syed … killed himself
    for child in head.children:
        if child.dep_ in {"appos", "relcl", "acl"}:
            # 'Jane Roe, friend of victim Jonah …', 'X, the victim's mother': the word that says
            # someone died belongs to another person when an "of" or a possessive ties it to a
            # noun of the apposition that is not itself a victim
            subtree = [t for t in child.subtree if not _of_another(t, child)]
            words = {t.lemma_.lower() for t in subtree} | {t.lower_ for t in subtree}
            if words & (_KILLED_VERBS | {"victim", "slain"}) and not any(
                    t.dep_ in {"dobj"} and t.head.lemma_.lower() in _KILLED_VERBS for t in subtree):
                return True
    return False


#: a list of the dead opening with a colon: 'Three people were killed: X, Y and Z', 'The dead:'
_DEAD_LIST = re.compile(r"\b(?:killed|slain|murdered|dead|died|deceased|victims\s+who\s+died)\s*:[^:;.]*$",
                        re.IGNORECASE)


def _listed_as_dead(head: Any) -> bool:
    """'Three people were killed: 19-year-old X, 17-year-old Y and Z': named in a list after
    a colon that closes a clause saying people died."""
    sent = head.sent
    before = head.doc.text[sent.start_char:head.idx]
    return bool(_DEAD_LIST.search(before))


#: nouns that say someone died, as the object of "among" or "one of" ('among the dead')
_DEAD_NOUNS = frozenset({"dead", "killed", "slain", "deceased", "fatalities", "dying"})


def _of_another(token: Any, top: Any) -> bool:
    """True when ``token`` hangs, below ``top``, from an "of" phrase or a possessive of a noun
    other than a victim word ('friend of victim', 'the victim's mother')."""
    node = token
    while node.i != top.i and node.head.i != node.i:
        if node.dep_ == "poss" or (node.dep_ == "pobj" and node.head.lower_ == "of"
                                   and node.head.head.lower_ not in {"one", "some", "two", "three", "among"}
                                   and node.head.head.lemma_.lower() not in _KILLED_VERBS):
            return True
        node = node.head
    return False


def _among_the_dead(head: Any) -> bool:
    """'X and Y are among the three killed', 'X was one of three people killed', 'X is among the
    dead': the clause of which the person is the subject counts them among the dead."""
    node = head
    for _ in range(4):
        if node.dep_ != "conj" or node.head is node:
            break
        node = node.head
    if node.dep_ not in SUBJECT_DEPS:
        return False
    verbs = [node.head] + [c for c in node.head.children if c.dep_ == "xcomp"]
    for verb in verbs:
        for prep in verb.children:
            if prep.dep_ == "attr" and prep.lower_ == "one":
                prep = next((c for c in prep.children if c.dep_ == "prep" and c.lower_ == "of"), None)
                if prep is None:
                    continue
            elif not (prep.dep_ == "prep" and prep.lower_ == "among"):
                continue
            for obj in prep.children:
                if obj.dep_ != "pobj":
                    continue
                if obj.lower_ in _DEAD_NOUNS or any(
                        c.dep_ in {"acl", "amod", "relcl"} and (c.lemma_.lower() in _KILLED_VERBS | {"die"}
                                                              or c.lower_ in _DEAD_NOUNS)
                        for c in obj.children):
                    return True
    return False


#: nouns whose "of" names the dead: "the bodies of X", "the murder of X"
_DEATH_NOUNS = frozenset({"body", "bodies", "remains", "murder", "murders", "killing", "killings", "death",
                          "deaths", "funeral", "autopsy"})


def _found_dead(head: Any) -> bool:
    """'X and Y were found dead', 'found X dead', 'the bodies of X and Y', 'the murder of X'."""
    node = head
    for _ in range(4):  # 'X, 20, and her mother Y were found dead': from a conjunct to the first
        if node.dep_ not in {"conj", "appos"} or node.head is node:
            break
        node = node.head
        if node.lower_ in _DEATH_NOUNS and node.dep_ != "conj":
            return True  # 'the bodies of X and her daughter, Y' read as "bodies … and daughter"
    verb = node.head
    if node is not head and node.dep_ in {"nsubjpass", "dobj", "oprd"} and verb.lemma_.lower() in _KILLED_VERBS:
        return True  # 'Three people were killed: X, Y and Z'
    if node.dep_ in {"nsubjpass", "dobj"} and verb.lemma_.lower() in {"find", "shoot", "stab", "beat"} and any(
            c.lower_ in {"dead", "murdered", "slain", "killed"} for c in verb.children if c.i > node.i):
        return True
    return (node.dep_ == "pobj" and verb.lower_ == "of" and verb.head.lower_ in _DEATH_NOUNS
            and verb.head.i < node.i)
