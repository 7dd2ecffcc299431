"""Is a report a statement? Cues that are negated, withheld, reversed or corrected, and
contents that are questions or no clause at all.

Used by :mod:`.reported`: a report these checks reject says nothing, but still names who
speaks next (a lead-in).
"""

from __future__ import annotations

from typing import Any

from ..doc import Doc
from .cues import COGNITION_VERBS, SPEECH_VERBS, _is_cue, cue_lemma

#: subjects that think nothing: "it’s hard to know", "That would … than the industry says"
_NO_THINKER = frozenset({"it", "that", "this", "there"})


#: verbs whose "to" complement is a saying that did not happen ("declined to say", "refused to
#: confirm"); adjectives of the same ("unable to say")
_WITHHOLDING = frozenset({"decline", "refuse", "unable", "reluctant", "unwilling", "hesitate"})


def _negated(verb: Any) -> bool:
    """'He declined to say where …', 'Marsh wouldn't say when …', 'would not confirm how many
    …', 'have not named the suspect nor said whether …': a cue that is negated, withheld or
    a conjunct of a negated verb reports nothing the speaker said."""
    node = verb
    for _ in range(4):
        children = list(node.children)
        if any(c.dep_ == "neg" for c in children):
            return True
        if node.dep_ == "conj" and node.head is not node:
            # 'have not named the suspect nor said …': "nor"/"or" after a negated verb
            if any(c.dep_ == "cc" and c.lower_ == "nor" for c in node.head.children):
                return True
            if any(c.dep_ == "neg" for c in node.head.children) and any(
                    c.dep_ == "cc" and c.lower_ == "or" for c in node.head.children):
                return True
            return False
        if node.dep_ == "xcomp" and node.head is not node:
            node = node.head  # 'declined to say', 'did not want to say'
            if node.lemma_.lower() in _WITHHOLDING:
                return True
            continue
        if node.dep_ == "acomp" and node.head is not node:
            node = node.head
            continue
        return False
    return False


#: verbs of belief whose past the text can reverse; verbs that reverse it
_BELIEVING = frozenset({"think", "believe", "assume", "suppose", "figure", "feel", "expect"})
_FINDING_OUT = frozenset({"realize", "realise", "know", "notice", "understand", "learn", "discover", "find",
                          "see"})


def _belief_reversed(verb: Any) -> bool:
    """'Baptiste thought she was hurt from falling, and didn't realize she was hit', 'She
    believed it was fireworks, but then learned …', 'thought it was a prank until she saw …':
    a past belief the sentence itself takes back is no statement. A plain 'believes that …' is."""
    if cue_lemma(verb) not in _BELIEVING or verb.tag_ != "VBD":
        return False
    for child in verb.children:
        if child.dep_ == "conj" and child.i > verb.i and child.lemma_.lower() in _FINDING_OUT:
            negated = any(c.dep_ == "neg" for c in child.children)
            contrast = any(c.dep_ == "cc" and c.lower_ in {"but", "yet"} for c in verb.children
                           if verb.i < c.i < child.i)
            if negated or contrast:
                return True
    for node in [verb] + [c for c in verb.children if c.dep_ == "ccomp"]:
        if any(c.dep_ == "advcl" and c.i > verb.i and any(m.dep_ == "mark" and m.lower_ == "until" for m in c.children)
               for c in node.children):
            return True
    return False


#: adverbs with which a later report corrects an earlier one ("… but deputies say the grows are
#: actually on a separate property")
_CORRECTING = frozenset({"actually", "really", "instead", "rather"})
#: words that date a report as superseded ("Earlier reports stated …")
_SUPERSEDED = frozenset({"earlier", "early", "initial", "previous", "prior", "first", "original"})


def _corrected(verb: Any) -> bool:
    """'Earlier reports stated the farm was combined with a marijuana farm, but deputies say the
    grows are actually on a separate property': a report the same sentence corrects with "but"
    and a later report (with "actually", "in fact", or a subject dated as earlier) is no statement."""
    subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    dated = subject is not None and any(c.lower_ in _SUPERSEDED for c in subject.children if c.dep_ == "amod")
    for child in verb.children:
        if child.dep_ != "conj" or child.i < verb.i or not _is_cue(child, SPEECH_VERBS | COGNITION_VERBS):
            continue
        if not any(c.dep_ == "cc" and c.lower_ in {"but", "yet"} for c in verb.children if verb.i < c.i < child.i):
            continue
        later = [t for c in child.children if c.dep_ == "ccomp" for t in c.subtree]
        fact = any(t.lower_ in _CORRECTING for t in later) or any(
            t.lower_ == "in" and t.i + 1 < len(t.doc) and t.doc[t.i + 1].lower_ == "fact" for t in later)
        if fact or dated:
            return True
    return False


#: determiners and pronouns of people in general ("those who think …", "anyone who believes …")
_GENERIC = frozenset({"those", "anyone", "anybody", "whoever", "everyone", "any"})


def _generic_holders(verb: Any) -> bool:
    """'for those naysayers and cynics who think that this is not going to happen': what people
    in general who think so would think is no one's statement."""
    if verb.dep_ != "relcl" or cue_lemma(verb) not in COGNITION_VERBS - SPEECH_VERBS:
        return False
    head = verb.head
    while head.dep_ == "conj" and head.head is not head:
        head = head.head
    return head.lower_ in _GENERIC or any(c.dep_ == "det" and c.lower_ in _GENERIC for c in head.children)


#: words that open an embedded question ("said whether …", "would not say how many …")
_QUESTION_WORDS = frozenset({"where", "when", "whether", "if", "how", "why", "who", "what", "which",
                             "whom", "whose"})
#: conjunctions that make a clause depend on another one ("because they are occurring")
_SUBORDINATORS = frozenset({"because", "since", "although", "though", "as", "when", "whenever", "if",
                            "unless", "until", "while", "after", "before", "once", "whereas", "so"})
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "expl", "csubj", "csubjpass"})


def _tokens(doc: Doc, start: int, end: int) -> list[Any]:
    from .nlp import parse

    span = parse(doc).char_span(start, end, alignment_mode="expand")
    return [t for t in span] if span is not None else []


def _embedded_question(doc: Doc, start: int, end: int) -> bool:
    """'where Lohan is receiving treatment', 'how many civilians were hurt', 'if he could help':
    content opened by a question word that belongs to the content's own main verb is a
    question (asked, or not answered), not a statement. 'when officers arrived, the suspect
    began firing' opens with an adverbial clause and is a statement."""
    tokens = _tokens(doc, start, end)
    if not tokens or tokens[0].lower_ not in _QUESTION_WORDS:
        return False
    inside = {t.i for t in tokens}
    node = tokens[0]
    for _ in range(8):
        if node.head is node or node.head.i not in inside:
            break
        node = node.head
        if node.pos_ in {"VERB", "AUX"} and node.dep_ not in {"aux", "auxpass"}:
            break
    # the first verb above the question word heads the content: the content is the question
    return node.head is node or node.head.i not in inside


def _is_statement(doc: Doc, start: int, end: int, small_clause: bool = False) -> bool:
    """The content holds a clause with a subject that no subordinating word makes dependent:
    'A tired Mayor', 'that to be Monday', 'is Nathan DeSai' (its would-be subject parsed as the
    cue's object), 'As the quake hit', 'because obviously they are occurring' are not things
    said (a subject before the content will do: 'which officials said will go into effect').
    After a verb of thought or evidence (``small_clause``) a non-finite clause with a subject
    of its own that names something will do ('expects them to become …', 'showed Clinton's
    lead eroding', not 'expected that to be …', 'found the children trapped'); a verb of
    saying takes none ('outlined the department's priorities going forward')."""
    tokens = _tokens(doc, start, end)
    if tokens and "\n" in doc.text[tokens[0].sent.start_char:start]:
        # the parser ran a headline line into the content's sentence and read the content as a
        # part of it: the content parsed alone shows its own clause
        from .nlp import load_nlp

        tokens = list(load_nlp()(doc.text[start:end]))
    inside = {t.i for t in tokens}
    finite_tags = {"VBD", "VBZ", "VBP", "MD"}

    def subjects(verb: Any) -> list[Any]:
        # the subject may hang on an auxiliary in a misparse ("has re-hired")
        found = [c for c in verb.children if c.dep_ in _SUBJECT_DEPS]
        for a in verb.children:
            if a.dep_ in {"aux", "auxpass"}:
                found += [c for c in a.children if c.dep_ in _SUBJECT_DEPS]
        if not found and verb.dep_ == "conj" and verb.head.i in inside:
            found = [c for c in verb.head.children if c.dep_ in _SUBJECT_DEPS]
        # the subject may stand before the content: 'The changes, which officials said will go
        # into effect …', 'And that, as Trump points out, is quite a bit'
        return found

    for t in tokens:
        # the head may be an adjective in the parse ('Clinton was "justified"')
        if t.dep_ in {"aux", "auxpass"} or t.is_punct:
            continue
        if t.dep_ in {"relcl", "acl"} and t.head.i in inside:
            continue  # 'and will sell servers, which use Intel chips': a relative clause says nothing
        children = list(t.children)
        if any(c.dep_ == "mark" and c.lower_ in _SUBORDINATORS for c in children):
            continue
        found = subjects(t)
        if not found:
            continue
        finite = t.tag_ in finite_tags or any(c.dep_ in {"aux", "auxpass"} and c.tag_ in finite_tags
                                              for c in children)
        # 'says people cut through …' tagged as a participle, but with a subject of its own
        finite = finite or (t.tag_ in {"VBN", "VB"} and any(c.dep_ == "nsubj" and c.i in inside for c in children)
                            and not any(c.tag_ == "TO" for c in children))
        if finite:
            return True
        # an infinitive or participle with a subject of its own in the content that names
        # something ('expects them to become …'), not 'found one person dead', 'found himself …'
        if small_clause and t.pos_ == "VERB" and t.tag_ != "VBN" and any(
                c.i in inside and c.lower_ not in _NO_THINKER and not c.lower_.endswith("self") for c in found):
            return True
    return False


def _not_a_statement(doc: Doc, start: int, end: int, small_clause: bool = False) -> bool:
    return _embedded_question(doc, start, end) or not _is_statement(doc, start, end, small_clause)
