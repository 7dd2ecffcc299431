"""Reported (indirect) speech: "Bessent said China would defer …", "according to X, …".

Each report is a ``quote`` record with ``direct`` False whose span is the reported clause:
a cue verb's clausal complement (or the "that" clause the parser hung on the addressee),
the rest of the sentence around a bare "…, Graham said, …", or the sentence around
"according to X". Reports nested in another's content are folded into it.
"""

from __future__ import annotations

import re
from typing import Any

from ..doc import Doc
from .cues import (
    COGNITION_VERBS, DOCUMENT_NOUNS, SAID_FORMS, SPEECH_VERBS, STRONG_SPEECH_VERBS, Attribution,
    _attribution, _inverted_subject,
    _clip_to_paragraph, _fold_nested, _inside, _is_cue, _quote_record, _same_paragraph, _trim_clause,
    cue_lemma,
)
from .quotemarks import find_quotes, quotes_a_title
from .speakers import phrase_bounds, resolve_speaker
from .assertions import _NO_THINKER, _belief_reversed, _corrected, _generic_holders, _negated, _not_a_statement

#: speakers that only point back ('the Council noted they had said …' stays the Council's)
_PRONOUN_SPEAKERS = frozenset({"he", "she", "they", "it", "we", "i", "you"})
#: key of a record that is no report (negated, a question, no clause) but introduces a speaker
_LEAD = "_lead_in"


def reported_speech(doc: Doc, direct: list[dict[str, Any]] | None = None,
                    lead_ins: list[dict[str, Any]] | None = None) -> list[dict[str, Any]]:
    """Indirect speech: a cue verb's clausal complement, and 'according to X' sentences.

    A report nested in another one's content ("Bessent said he believes …") is folded into
    the outer one, so each stretch of text is attributed once. A cue whose content is no
    statement ("declined to say where …", "outlined the priorities") reports nothing; such
    records go to ``lead_ins`` when given, as they still name who speaks next.
    """
    from .nlp import parse

    parsed = parse(doc)
    marks = find_quotes(doc.text)
    speech = [(q.open, q.close) for q in marks
              if not quotes_a_title(doc.text, q)]
    all_marks = [(q.open, q.close) for q in marks]
    # a cue verb that already attributes a direct quote has said what it said
    quoting = {q["cue_start"] for q in direct or () if q.get("cue_start") is not None}
    results: list[dict[str, Any]] = []
    for token in parsed:
        if _inside(token.idx, speech):
            continue
        if token.lower_ == "according" and any(c.lower_ == "to" for c in token.children):
            record = _according_to(doc, token)
        elif _is_cue(token, SPEECH_VERBS | COGNITION_VERBS):
            record = _clausal_report(doc, token, speech, all_marks, bare=token.idx not in quoting)
        elif token.lemma_ in _ISSUING and token.pos_ == "VERB":
            record = _issued(doc, token, speech)
        else:
            record = None
        if record is not None:
            results.append(record)
    cues = {r["cue_start"] for r in results}
    for sent in getattr(parsed, "sents", ()):
        record = _trailing_attribution(doc, sent.start_char, sent.end_char, speech)
        if record is not None and record["cue_start"] not in cues:
            results.append(record)
    # 'The AP reports Mayor Suthers says …': what is reported is what the mayor says; the
    # report that only carries another one is dropped, so the inner one is not folded into it
    # (a verb of saying: 'she said, and AMD thinks …' stays hers)
    results = [r for r in results if not any(
        q is not r and q["speaker_start"] == r["start"] and r["start"] < q["cue_start"] < r["end"]
        and not q.get(_LEAD) and q.get("cue") and q["cue"].lower() in SAID_FORMS | {"reports", "reported"}
        and doc.text[q["speaker_start"]:q["speaker_end"]].lower() not in _PRONOUN_SPEAKERS
        for q in results)]
    # what a negated or question cue covers is not a report, so it folds nothing into itself
    leads = [r for r in results if r.pop(_LEAD, False)]
    if lead_ins is not None:
        lead_ins.extend(leads)
    return _fold_nested([r for r in results if not any(r is lead for lead in leads)])


#: '…, campaign finance records show.' / '…, two officials said.': a short subject and a verb of
#: saying or evidence close the sentence after a comma (found in the words, as the parser
#: often reads "show" or "says" there as a noun)
_TRAILING = re.compile(
    r",[ \t]+(?P<who>(?:[\w.'’&\-]+[ \t]+){0,5}?[\w.'’&\-]+)[ \t]+"
    r"(?P<cue>said|says|say|show|shows|showed|reported|reports|indicate|indicates|suggest|suggests|"
    r"noted|notes|added|adds|wrote|writes|argued|argues|explained|explains)[ \t]*[.!]?[”\"’]?[ \t]*$")
_NOT_SUBJECT_WORDS = frozenset("""
and but or which who that when where while as if because he she it they we i you this these
according though although even yet so
""".split())
#: a subject that ends on one of these is a passive ("… though no injuries have been reported")
_AUXILIARY_WORDS = frozenset({"been", "be", "being", "was", "were", "is", "are", "has", "have", "had"})


def _trailing_attribution(doc: Doc, start: int, end: int, speech: list[tuple[int, int]]) -> dict[str, Any] | None:
    text = doc.text
    sentence = text[start:end].rstrip()
    m = _TRAILING.search(sentence)
    if m is None or "\n" in sentence[m.start():]:
        return None
    who_start, who_end = start + m.start("who"), start + m.end("who")
    words = text[who_start:who_end].split()
    if words[0].lower() in _NOT_SUBJECT_WORDS or words[-1].lower() in _AUXILIARY_WORDS or _inside(who_start, speech):
        return None
    c_start, c_end = _clip_to_paragraph(text, who_start, start, start + m.start())
    c_start, c_end = _trim_clause(text, c_start, c_end)
    if c_end - c_start < 12 or len(text[c_start:c_end].split()) < 3 or _inside(c_start, speech):
        return None
    if _not_a_statement(doc, c_start, c_end):
        return None
    cue_start = start + m.start("cue")
    att = Attribution(resolve_speaker(doc, who_start, who_end), who_start, who_end, m.group("cue"), cue_start)
    return _quote_record(doc, c_start, c_end, att, direct=False)


def _complement(text: str, verb: Any) -> Any | None:
    """The clause a cue verb reports: its ccomp in the same paragraph, or the 'that' clause the
    parser hung on the addressee or a place ("told Fox News that …", "said in a statement
    that …", parsed as a relative clause)."""
    clauses = [c for c in verb.children if c.dep_ == "ccomp" and _same_paragraph(text, verb.idx, c.idx)
               and not _semicolon_between(text, c, verb)]
    if not clauses:
        clauses = [c for c in verb.children if _misparsed_complement(c, verb)]
    if clauses:
        # 'Sanders, who sits at …, said that …': the clause after the verb is what was said
        return next((c for c in clauses if c.i > verb.i), clauses[0])
    for child in verb.children:
        # also 'insisted in the same interview that …', the clause hung on "interview"
        if child.dep_ in {"dobj", "dative"} or (child.dep_ == "prep" and child.i > verb.i):
            for node in child.subtree:
                if node.dep_ in {"relcl", "acl"} and any(
                        c.dep_ == "mark" and c.lower_ == "that" for c in node.children):
                    return node
    return None


def _before_own_report(complement: Any, start: int, end: int) -> int:
    """'Lynch said the demands erase the barriers …, though she noted clients are beginning …':
    a clause after a comma with a speaker and a verb of saying of its own is that speaker's
    report, not the rest of this one; the content ends at the comma."""
    for tok in complement.subtree:
        if tok.i <= complement.i or tok.dep_ not in {"advcl", "conj"} or cue_lemma(tok) not in SPEECH_VERBS:
            continue
        if not any(c.dep_ == "nsubj" for c in tok.children) or not any(c.dep_ == "ccomp" for c in tok.children):
            continue
        comma = next((t for t in reversed(list(complement.doc[complement.i:tok.left_edge.i + 1]))
                      if t.text in {",", ";"}), None)
        if comma is not None and start < comma.idx < end:
            return comma.idx
    return end


def _misparsed_complement(clause: Any, verb: Any) -> bool:
    """'Trump said after the convention he would not accept …': a finite clause with its own
    subject and no conjunction after a verb of saying is what was said, though the parser hung
    it as an adverbial clause behind the time phrase."""
    if clause.dep_ != "advcl" or clause.i < verb.i or verb.lower_ not in SAID_FORMS:
        return False
    children = list(clause.children)
    if any(c.dep_ == "mark" for c in children) or not any(c.dep_ in {"nsubj", "nsubjpass"} for c in children):
        return False
    finite = clause.tag_ in {"VBD", "VBZ", "VBP", "MD"} or any(
        c.dep_ in {"aux", "auxpass"} and c.tag_ in {"MD", "VBD", "VBZ", "VBP"} for c in children)
    # the words between are one phrase, not a clause of their own
    between = verb.doc[verb.i + 1:clause.left_edge.i]
    return finite and not any(t.pos_ in {"VERB", "AUX"} for t in between)


def _semicolon_between(text: str, clause: Any, verb: Any) -> bool:
    """'The blueprint is set to be reviewed …; the U.S. has confirmed the encounter': a clause
    before a semicolon stands on its own; the parser's ccomp across it is not what was said."""
    if clause.i > verb.i:
        return False
    end = clause.right_edge.idx + len(clause.right_edge.text)
    return ";" in text[end:verb.idx]


def _passive(verb: Any) -> bool:
    """'as his case is heard', 'Asked about …, Christie blamed …', 'the mandates Congress had
    written': a cue in the passive (or a bare participle) names no speaker as its subject."""
    children = list(verb.children)
    if any(c.dep_ in {"auxpass", "nsubjpass"} for c in children):
        return True
    # a participle with its own "that" clause after a bare noun is a finite verb the parser
    # misread ('A Quinnipiac poll found that …')
    return verb.tag_ == "VBN" and verb.dep_ in {"advcl", "acl", "amod"} and not any(
        c.dep_ in {"aux", "nsubj", "ccomp"} for c in children)




def _not_asserted(verb: Any) -> bool:
    """'Whether he knew Wilhelm was an agent …', 'if she said so': a cue in a question or a
    condition attributes nothing."""
    return any(c.dep_ == "mark" and c.lower_ in {"whether", "if"} for c in verb.children)


def _inside_other_report(verb: Any) -> bool:
    """'prosecutors contended Nichols ambushed him … as Nichols claimed': a cue within what
    another speaker is reported to say is part of that report, not a report of the sentence."""
    for above in verb.ancestors:
        if not _is_cue(above, SPEECH_VERBS | COGNITION_VERBS):
            continue
        if any(c.dep_ == "nsubj" for c in above.children) and any(
                c.dep_ == "ccomp" and c.left_edge.i <= verb.i <= c.right_edge.i for c in above.children):
            return True
    return False


#: things that carry words nobody is named for: 'a recording said the offices were closed',
#: 'this e-mail assures us that …', 'Mapping reveals that …' (not a website: '…, the website
#: reports' names a publisher, the one the sentence before named)
_ARTEFACTS = frozenset({"recording", "mail", "email", "e-mail", "voicemail", "sign", "screen", "map",
                        "mapping", "notice", "placard", "banner"})


#: what an article calls itself ("this story has been updated to …")
_SELF_NOUNS = frozenset({"story", "article"})


def _thing_speaker(doc: Doc, verb: Any, att: Attribution) -> Attribution:
    """A work or a thing as the subject of a cue: its author when the text names one ('the “Do
    You Feel It?” survey by the USGS showed …' -> USGS); no speaker when it is a thing with no
    author named ('a recording said …') or a bare noun for a method or a finding ('Mapping
    reveals that …', 'Research shows …'). The mention stays, so the report keeps its source."""
    span = verb.doc.char_span(att.speaker_start, att.speaker_end, alignment_mode="expand")
    if span is None or not len(span):
        return att
    head = span.root
    lemma, lower = head.lemma_.lower(), head.lower_
    if head.pos_ not in {"NOUN", "VERB"} or head.ent_type_:
        return att
    if lemma in _SELF_NOUNS and any(c.lower_ == "this" for c in head.children if c.dep_ == "det"):
        # 'This story has been corrected to show that …': the article's own note, nobody's words
        return Attribution(None, att.speaker_start, att.speaker_end, att.cue, att.cue_start)
    if {lemma, lower} & (_WORKS | DOCUMENT_NOUNS | _ARTEFACTS):
        by = next((c for c in head.children if c.dep_ == "prep" and c.lower_ in {"by", "from"}), None)
        author = None if by is None else next((c for c in by.children if c.dep_ == "pobj"), None)
        if author is not None and (author.pos_ == "PROPN" or author.ent_type_ in {"ORG", "PERSON", "GPE"}):
            a, b = phrase_bounds(author)
            return Attribution(resolve_speaker(doc, a, b, author.text, author.ent_type_),
                               att.speaker_start, att.speaker_end, att.cue, att.cue_start)
        named = (att.speaker or "").lower().split()
        if {lemma, lower} & _ARTEFACTS and (not named or named[-1] in {lemma, lower}):
            # (an issuer found for it, 'a message from the Commission … the message said', stays)
            return Attribution(None, att.speaker_start, att.speaker_end, att.cue, att.cue_start)
    from .nominals import holder_token

    if (cue_lemma(verb) in _EVIDENCE_VERBS and head.tag_ in {"NN", "VBG"} and not list(head.lefts)
            and not holder_token(head)):
        return Attribution(None, att.speaker_start, att.speaker_end, att.cue, att.cue_start)
    return att


def _names_someone(verb: Any, att: Attribution) -> bool:
    """A speaker mention has a noun or pronoun in it: 'according to' read as the subject of
    "reports" ("…, according to reports.") names no one."""
    span = verb.doc.char_span(att.speaker_start, att.speaker_end, alignment_mode="expand")
    return span is None or any(t.pos_ in {"NOUN", "PROPN", "PRON"} for t in span)




def _word_end(text: str, end: int, limit: int) -> int:
    """'that Lohan has re' from "re-hired": a content that stops inside a word runs on to the
    end of its sentence (the parser cut the clause there)."""
    if 0 < end < len(text) and text[end - 1].isalnum() and (
            text[end].isalnum() or (text[end] in "-‐" and end + 1 < len(text) and text[end + 1].isalnum())):
        return max(end, limit)
    return end


#: conjunctions that open a clause of time, reason or manner
_SUBORDINATORS = frozenset({"as", "when", "while", "after", "before", "because", "since", "until", "once", "whenever"})
#: words that join a clause to the one before it: "…, and his mother testified about …"
_JOINING_WORDS = frozenset({"and", "but", "or", "so", "yet", "nor"})


def _clausal_report(doc: Doc, verb: Any, speech: list[tuple[int, int]],
                    all_marks: list[tuple[int, int]], *, bare: bool = True) -> dict[str, Any] | None:
    text = doc.text
    if _passive(verb) or _not_asserted(verb):
        return None
    complement = _complement(text, verb)
    if complement is None:
        return (_bare_report(doc, verb, speech) if bare else None) or _directive(doc, verb, speech)
    start = complement.left_edge.idx
    if complement.left_edge.i < verb.i < complement.i:
        # 'the changes, which officials said will go into effect': the relative pronoun opens
        # the clause before the speaker; the report is what follows the verb
        start = verb.doc[verb.i + 1].idx
    last = complement.right_edge
    end = last.idx + len(last.text)
    end = _before_own_report(complement, start, end)
    end = _word_end(text, end, verb.sent.end_char)
    start, end = _clip_to_paragraph(text, verb.idx, start, end)
    # a quoted title straddling the start ("noted on NBC’s “Meet the Press” that …")
    for a, b in all_marks:
        if (a, b) not in speech and a <= start and end <= b + 1:
            return None  # 'reported to USGS's “Did you feel it?” site': the clause is a name
        if a < start < b or (a == start and b < end and verb.idx < start):
            start = max(start, b) if (a, b) not in speech else start
    start, end = _trim_clause(text, start, end)
    colon = text.rfind(": ", start, min(end, verb.idx))
    if colon >= 0 and end <= verb.idx:
        # 'Here’s the Academy’s official release: Television icon … will return …, producers
        # … announced': what comes before the colon introduces the report, it is no part of it
        start, end = _trim_clause(text, colon + 2, end)
    if end - start < 3:
        return None
    # a direct quote already carries these words: do not report them twice
    if any(a <= start < b for a, b in speech) or _inside(start - 1, speech):
        return None
    covered = sum(max(0, min(end, b) - max(start, a)) for a, b in speech)
    if covered > 0.5 * (end - start):
        return None
    att = _attribution(doc, verb)
    if att.speaker_start is None or not _names_someone(verb, att):
        return None
    if start <= att.speaker_start < end:
        return None
    att = _thing_speaker(doc, verb, att)
    phrase = text[att.speaker_start:att.speaker_end].strip().lower()
    if phrase in _NO_THINKER and (phrase != "it" or cue_lemma(verb) in COGNITION_VERBS):
        return None
    record = _quote_record(doc, start, end, att, direct=False)
    small_clause = cue_lemma(verb) in (COGNITION_VERBS | _EVIDENCE_VERBS) - SPEECH_VERBS
    if small_clause and att.speaker_start is not None and cue_lemma(verb) not in _EVIDENCE_VERBS:
        from .nominals import holder_token

        # 'the virtualization software finds two servers to run …': only people think or find
        # (polls and records may show)
        head = verb.doc.char_span(att.speaker_start, att.speaker_end, alignment_mode="expand")
        small_clause = head is None or holder_token(head.root)
    if cue_lemma(verb) in _DENYING and not _negated(verb):
        # 'Sudan's armed forces denied they carried out the strike': what is denied is no
        # statement of the speaker's unless the denial goes with it
        record["content"] = text[verb.idx:end]
    if (_negated(verb) or _predicted(verb) or _belief_reversed(verb) or _corrected(verb) or _generic_holders(verb)
            or _motive(verb)
            or _asked(verb, text[start:end]) or cue_lemma(verb) in _REALIZING or _not_a_statement(doc, start, end, small_clause)):
        # not something the speaker said, but it names who speaks next ('Carey outlined the
        # department's priorities. “First and foremost …”')
        record[_LEAD] = True
    return record


#: verbs that tell someone to do something ("urged people not to go", "warned residents to stay")
_DIRECTIVES = frozenset({"urge", "warn", "ask", "tell", "advise", "caution", "implore", "encourage"})


def _directive(doc: Doc, verb: Any, speech: list[tuple[int, int]]) -> dict[str, Any] | None:
    """'Mr Gaskin urged people not to go into situations unprepared. “This is …”': a directive
    is no statement, but it names who speaks next (a lead-in record)."""
    if cue_lemma(verb) not in _DIRECTIVES:
        return None
    told = next((c for c in verb.children if c.dep_ == "xcomp" and c.i > verb.i
                 and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)), None)
    return _lead_in(doc, verb, told, speech) if told is not None else None


def _lead_in(doc: Doc, verb: Any, part: Any, speech: list[tuple[int, int]]) -> dict[str, Any] | None:
    """A lead-in record for ``verb``'s subject over the words of ``part`` (the directive, the
    statement put out), when a subject before the verb names someone."""
    att = _attribution(doc, verb)
    if att.speaker_start is None or not _names_someone(verb, att) or att.speaker_start > verb.idx:
        return None
    start, end = _clip_to_paragraph(doc.text, verb.idx, part.left_edge.idx,
                                    part.right_edge.idx + len(part.right_edge.text))
    if end - start < 3 or _inside(start, speech):
        return None
    record = _quote_record(doc, start, end, att, direct=False)
    record[_LEAD] = True
    return record


#: verbs that put out a statement, and the statements they put out ("MWEB operations has issued an
#: update regarding the downtime to its customers." then the update, quoted)
_ISSUING = frozenset({"issue", "release", "publish", "post", "send"})
_STATEMENT_NOUNS = frozenset({"statement", "update", "release", "message", "notice", "letter", "note"})


def _issued(doc: Doc, verb: Any, speech: list[tuple[int, int]]) -> dict[str, Any] | None:
    """'X has issued an update regarding the downtime.' then '“…”': no statement in itself, it
    names who speaks next (a lead-in record, as a directive's)."""
    made = next((c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in _STATEMENT_NOUNS), None)
    return _lead_in(doc, verb, made, speech) if made is not None else None


def _motive(verb: Any) -> bool:
    """'Pizzolato … pulled the trigger, believing it was empty': a participle of thought hung on
    another verb tells why someone acted, not anything they said."""
    return (verb.tag_ == "VBG" and verb.dep_ in {"advcl", "xcomp", "conj", "acl"}
            and cue_lemma(verb) in COGNITION_VERBS - SPEECH_VERBS)


#: auxiliaries that make a cue a prediction or a possibility, no speech that took place
_MODALS = frozenset({"will", "would", "might", "may", "could", "should", "'ll", "’ll", "wo"})


def _predicted(verb: Any) -> bool:
    """'Moffat is sure that fans will agree that Capaldi is the perfect choice': what someone
    will or would say is not something they said."""
    return any(c.dep_ == "aux" and c.lower_ in _MODALS for c in verb.children)


#: cue verbs whose complement the speaker says is false
_DENYING = frozenset({"deny", "dispute", "refute", "disavow"})
#: verbs of coming to know: 'that's when she realized she had been injured' tells what
#: someone found out, not what anyone said
_REALIZING = frozenset({"realize", "realise", "notice", "discover", "sense"})
#: cue verbs of asking: what they report is a question or a request, never a statement
_ASKING = frozenset({"ask", "wonder", "inquire", "enquire", "query"})


def _asked(verb: Any, content: str) -> bool:
    """'Marla Carter asked if leaving the items … was a mistake', 'asked whether …': a reported
    question (the parse may hang the question word on a clause inside it)."""
    words = content.split()
    return cue_lemma(verb) in _ASKING and bool(words) and (
        words[0].lower() in {"if", "whether", "where", "when", "how", "why", "who", "what", "which", "whom"}
        or verb.lower_ in {"wondered", "wonders", "wondering"})


def _bare_report(doc: Doc, verb: Any, speech: list[tuple[int, int]]) -> dict[str, Any] | None:
    """'…, Graham said, since …' / 'The museum, Mr. Bush said, celebrated …': a verb of saying
    with no complement of its own reports the rest of its sentence."""
    # 'as Trump points out, …' / 'as he noted': any cue verb in an "as" clause reports its sentence
    as_clause = any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children)
    # '…, campaign finance records show.': a verb of evidence closing its sentence
    closing = cue_lemma(verb) in _EVIDENCE_VERBS and all(t.is_punct for t in verb.doc[verb.i + 1:verb.sent.end])
    if not (verb.lower_ in SAID_FORMS or cue_lemma(verb) in STRONG_SPEECH_VERBS | _REPORTING
            or as_clause or closing):
        return None
    if (as_clause and _inside_other_report(verb)) or verb.dep_ == "relcl":
        return None  # a relative clause ('… at the police, who responded …') reports nothing around it
    if cue_lemma(verb) in _QUOTE_ONLY or (cue_lemma(verb) in _ANSWERS and any(
            c.dep_ == "prep" and c.lower_ in {"to", "with"} for c in verb.children)):
        return None  # 'the campaign continued …', 'responded to Sanders more aggressively
    # 'The Jays answered, as Echenique threw down …': an answer that opens its sentence is a
    # reply in deeds; only "…, she replied." after the words reports them
    answer_first = cue_lemma(verb) in _ANSWERS
    inverted = verb.i > 0 and verb.doc[verb.i - 1].text == ","
    if verb.tag_ == "VBG" or any(
            c.dep_ in {"xcomp", "ccomp", "attr"}
            or (c.dep_ in {"dobj", "dative"} and c.pos_ != "PRON" and c.lower_ != "reporters"
                and not (inverted and c.pos_ == "PROPN" and c.right_edge.i + 2 >= verb.sent.end))
            for c in verb.children):
        return None  # the verb has content of its own; an addressee ("told me") does not count
    text = doc.text
    sent = verb.sent
    s_start, s_end = _clip_to_paragraph(text, verb.idx, sent.start_char, sent.end_char)
    att = _attribution(doc, verb)
    if inverted:
        # '…, reported the Washington Examiner.': the source follows the verb and ends the
        # sentence (the parser often makes the verb a conjunct of the main clause)
        subject = _inverted_subject(verb, sent.end)
        if subject is not None and subject.right_edge.i + 2 >= sent.end and (
                att.speaker_start is None or att.speaker_start < verb.idx):
            a, b = phrase_bounds(subject)
            att = Attribution(resolve_speaker(doc, a, b, subject.text, subject.ent_type_), a, b,
                              verb.text, verb.idx)
    # ', Chief Justice Roberts said,': the words between the comma and the verb, when the
    # parse put the subject elsewhere
    comma_before = text.rfind(",", s_start, verb.idx)
    if comma_before >= 0 and (att.speaker_start is None or not comma_before < att.speaker_start < verb.idx):
        words = text[comma_before + 1:verb.idx].split()
        if 1 <= len(words) <= 6 and words[0][:1].isupper():
            a, b = _trim_clause(text, comma_before + 1, verb.idx)
            att = Attribution(resolve_speaker(doc, a, b), a, b, verb.text, verb.idx)
    if att.speaker_start is None or not (s_start <= att.speaker_start < s_end) or not _names_someone(verb, att):
        return None
    phrase_start = min(att.speaker_start, verb.idx)
    comma = text.find(",", verb.idx, s_end)
    phrase_end = comma if comma >= 0 else s_end
    sides = [_trim_clause(text, s_start, phrase_start), _trim_clause(text, phrase_end, s_end)]
    words_before = text[slice(*sides[0])].split()
    if words_before and words_before[-1].lower() in _JOINING_WORDS:
        sides = sides[1:]  # the clause before "…, and she testified" is not what she said
    # '…, as Echenique threw down …' after the verb: a clause of time or manner is when something
    # happened, not what was said
    sides = [(a, b) for a, b in sides if not (a > verb.idx and (
        answer_first or (text[a:b].split() or [""])[0].lower() in _SUBORDINATORS))]
    def quoted_share(a: int, b: int) -> float:
        return sum(max(0, min(b, qe) - max(a, qs)) for qs, qe in speech) / max(1, b - a)

    # the side a direct quote does not already carry, the longer one if both qualify
    sides = [(a, b) for a, b in sides if b - a >= 12 and len(text[a:b].split()) >= 3
             and quoted_share(a, b) <= 0.3 and not _inside(a, speech) and not _not_a_statement(doc, a, b)]
    if not sides:
        return None
    start, end = max(sides, key=lambda b: b[1] - b[0])
    return _quote_record(doc, start, end, att, direct=False)


#: works whose "by"/"from" names the source: "according to calculations by Amy Glasmeier"
_WORKS = frozenset("""
calculation analysis estimate data figure count research study survey poll transcript book
memoir filing tally review audit investigation
""".split())
#: verbs of evidence that attribute their sentence when they close it ("…, records show.")
_EVIDENCE_VERBS = frozenset({"show", "indicate", "suggest", "reveal", "confirm"})
#: verbs that are verbs of saying only next to a quotation ("“…,” he continued")
_QUOTE_ONLY = frozenset({"continue"})
#: verbs of answering, whose "to" object is what they answer, not what they say
_ANSWERS = frozenset({"respond", "reply", "answer"})
#: verbs of news reporting that attribute a whole sentence ("…, the Post reported.")
_REPORTING = frozenset({"report"})


_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
_NEXT_CLAUSE = re.compile(r"[,;]\s+(?:but|while|whereas|although|though)\b|;\s")


def _misparsed_source(to: Any) -> Any | None:
    """'according to show insiders': a noun phrase whose first noun the parser read as a verb
    ("show" as pcomp, "insiders" its object); its last noun is the source."""
    pcomp = next((c for c in to.children if c.dep_ == "pcomp"), None)
    if pcomp is None:
        return None
    words = list(pcomp.subtree)
    last = words[-1]
    if len(words) > 5 or last.pos_ not in {"NOUN", "PROPN"} or any(w.pos_ in {"ADP", "SCONJ", "PART"} for w in words):
        return None
    return last


def _according_to(doc: Doc, according: Any) -> dict[str, Any] | None:
    to = next(c for c in according.children if c.lower_ == "to")
    source = next((c for c in to.children if c.dep_ == "pobj"), None)
    if source is None:
        source = _misparsed_source(to)
    if source is None:
        return None
    if {source.lemma_.lower(), source.lower_} & (DOCUMENT_NOUNS | _WORKS):  # "data" has the lemma "datum"
        # 'according to a post from Arianna Huffington': the author, not the post
        by = next((c for c in source.children if c.dep_ == "prep" and c.lower_ in {"from", "by"}), None)
        author = next((c for c in by.children if c.dep_ == "pobj"), None) if by is not None else None
        # 'reports from the scene' come from a place, not an author: "from" names one by name
        if author is not None and (author.pos_ == "PROPN" or (author.pos_ == "NOUN" and by.lower_ == "by")):
            source = author
    if any(c.dep_ == "poss" and c.lower_ in {"our", "my", "their", "his", "her", "its"} for c in source.children):
        # 'according to our partners at the Gazette': the outlet named, not "our partners"
        at = next((c for c in source.children if c.dep_ == "prep" and c.lower_ in {"at", "from", "with", "in"}), None)
        named = None if at is None else next(
            (c for c in at.children if c.dep_ == "pobj" and c.pos_ == "PROPN"), None)
        if named is not None:
            source = named
    s_start, s_end = phrase_bounds(source)
    if source.head.dep_ == "pcomp" and source.head.head.i == to.i:
        s_start = min(s_start, source.head.idx)  # "show insiders", as written
    phrase_start = according.idx
    phrase_end = source.right_edge.idx + len(source.right_edge.text)
    sent = according.sent
    left = _clip_to_paragraph(doc.text, phrase_start, sent.start_char, phrase_start)
    right = _clip_to_paragraph(doc.text, phrase_start, phrase_end, sent.end_char)
    # '…, according to a count by the AP, but Sanders has vowed to …': the count does not
    # report what follows "but"
    cut = _NEXT_CLAUSE.search(doc.text, right[0], right[1])
    if cut is not None:
        right = (right[0], cut.start())
    sides = [left, right]
    after = [t for t in according.doc[source.right_edge.i + 1:according.sent.end]
             if t.idx < right[1] and not (t.is_punct or t.is_space)]
    # '…, according to two people, adding to …' / '…, according to police, during a raid': a
    # participle or a phrase with no clause of its own goes on with the sentence the source reports
    if len(doc.text[slice(*left)].split()) >= 3 and after and (
            after[0].tag_ == "VBG" or not any(t.tag_ in _FINITE_TAGS for t in after)):
        sides = [left]
    start, end = max(sides, key=lambda b: len(doc.text[b[0]:b[1]].strip(" ,.")))
    start, end = _trim_clause(doc.text, start, end)
    if end - start < 3:
        return None
    speaker = resolve_speaker(doc, s_start, s_end, source.text, source.ent_type_)
    att = Attribution(speaker, s_start, s_end, "according to", according.idx)
    return _quote_record(doc, start, end, att, direct=False)
