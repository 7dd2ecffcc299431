"""Words that tell of violence: a shooting, a stabbing, a killing -- and gunfire, told apart from
a dismissal ("the officer has been fired"). Read by the incident extractor and by corroboration."""

from __future__ import annotations

import re

# "fired" is gunfire in "shots were fired" and "he fired twice", but a dismissal in "the officer has
# been fired" and "fired from his job": a person fired (passive) lost a job, shots fired were shots
GUNFIRE_FIRED = (r"(?:(?:shots?|rounds?|bullets?|gunshots?|guns?|weapons?|rifles?|pistols?|firearms?)\s+(?:\w+\s+){0,2}"
                 r"fired|shots\s+rang\s+out|" + "".join(rf"(?<!\b{w} )" for w in ("was", "were", "been", "be", "being", "is", "are", "got",
                                                             "get", "gets", "getting")) +
                 r"fired(?!\s+(?:for|from\s+(?:his|her|their|the|a|being)\s+(?:\w+\s+)?"
                 r"(?:job|post|position|force|department)))|firing(?!\s+(?:of|him|her)\b))")
SHOOTING_WORDS = re.compile(
    r"\b(?:shot|shoot\w*|gunfire|gunman|gunmen|gunshots?|" + GUNFIRE_FIRED + r"|killed|killing|slain|murder\w*|"
    r"homicide|wounded|injured|died|dead|death|stabb\w*|opened fire)\b", re.IGNORECASE)
