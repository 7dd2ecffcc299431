"""Which of an article's names stand for a person: a victim's, a suspect's.

News style names a person in full once ("Cedric Poore") and by surname after ("Poore
said"); a place ("Mount Vernon", "Pine Bluff") or a body ("Baton Rouge Police") is
written in full each time. An official is named with a title in front ("Deputy Police
Chief Al Roechner"), which makes the two-word name the tail of a longer one. So a name
is a person's when it is two or three words, none of them a stop word (site templates:
"Incidents This Date"), the article writes its last word on its own as a name too, and
it is no tail of a longer name in the article. Regular expressions only, like the rest
of story grouping (see :mod:`.features`).

The story decision (:meth:`.cluster.StoryIndex.pair_scores`) takes two reports naming
the same rare person this way to be about one event, whatever dates each states: the
hearing months later states the hearing's.
"""

from __future__ import annotations

from typing import Iterable


def person_names(candidates: Iterable[str], article_names: Iterable[str], stops: frozenset[str]) -> set[str]:
    """The ``candidates`` (lower-cased names, no "@") that read as a person's, given all the
    names of the article (its one-word names among them)."""
    names = set(article_names)
    out = set()
    for name in candidates:
        words = name.split()
        if not 2 <= len(words) <= 3 or any(word in stops for word in words):
            continue
        if words[-1] not in names:
            continue  # the surname never stands alone: a place or a body, written in full
        tail = " " + name
        if any(other.endswith(tail) for other in names):
            continue  # "Police Chief Al Roechner": an official, named with a title
        out.add(name)
    return out
