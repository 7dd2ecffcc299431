"""Faster equivalents of two rule-based spaCy components of the English model.

Both give the same annotations as spaCy's own code, token by token; only how the work is
found changes. They are installed on the loaded pipeline by :func:`speed_up`, which leaves a
component alone when it holds something not understood here.

**Attribute ruler.** The model maps each fine-grained tag (and a few words) to a coarse POS,
morphology and lemma exceptions with ~180 one-token :class:`spacy.matcher.Matcher` patterns.
Run through the Matcher that is a fifth of the parse time on news text. Almost every pattern
looks at a single token, and which of them match depends only on a few attributes of that
token (tag, lowercase form, dependency label, a flag or two), so the set of matching rules is
computed once per distinct combination and looked up for every other token. Patterns over
several tokens still go through a Matcher (holding only those few). The same attributes are
set by spaCy's own ``set_token_attrs``, in the same order (later rules win).

**Lemmatizer.** The rule lemmatizer checks candidate forms against word lists up to 57,000
long with ``form in list``; those lists get set-speed membership. Its answer depends only on
the token's text, POS and morphology, but spaCy recomputes it for every token whose form is
a base form (most nouns); the lemma is remembered per (text, POS, morphology) instead.

    from crosswire.extract.fast_components import speed_up
    speed_up(nlp)     # the names of the components that were sped up
"""

from __future__ import annotations

import re
from typing import Any

# token attributes a one-token pattern may test: read as strings ...
_STRING_ATTRS = ("ORTH", "LOWER", "NORM", "TAG", "DEP")
# ... or as 0/1 lexical flags
_FLAG_PREFIXES = ("IS_", "LIKE_")
_OPS = {"IN", "NOT_IN", "REGEX"}


def _attr_supported(name: str) -> bool:
    return name in _STRING_ATTRS or name.startswith(_FLAG_PREFIXES)


def _value_supported(value: Any) -> bool:
    if isinstance(value, (str, bool, int)):
        return True
    if isinstance(value, dict):
        return bool(value) and set(value) <= _OPS
    return False


def _value_matches(want: Any, have: Any) -> bool:
    """One predicate of a Matcher pattern, as spaCy evaluates it (REGEX is ``re.search``)."""
    if isinstance(want, dict):
        for op, arg in want.items():
            if op == "IN" and have not in arg:
                return False
            if op == "NOT_IN" and have in arg:
                return False
            if op == "REGEX" and not re.search(arg, str(have)):
                return False
        return True
    if isinstance(want, bool) or isinstance(have, bool):
        return bool(want) == bool(have)
    return want == have


class FastAttributeRules:
    """The rules of one ``AttributeRuler``, applied by lookup instead of matching."""

    def __init__(self, ruler: Any) -> None:
        from spacy.attrs import IDS
        from spacy.matcher import Matcher

        self.ruler = ruler
        self.vocab = ruler.vocab
        self.attrs: list[dict] = list(ruler.attrs)
        self.indices: list[int] = list(ruler.indices)
        self.single: list[tuple[int, list[dict]]] = []  # (rule, one-token patterns)
        self.multi = Matcher(self.vocab)
        self.has_multi = False
        used: set[str] = set()
        for rule in range(len(self.attrs)):
            patterns = self.ruler.matcher.get(str(rule))[1]
            if not self._rule_supported(patterns, self.indices[rule]):
                raise ValueError(f"attribute rule {rule} has a pattern this module does not handle")
            for pattern in patterns:
                for token in pattern:
                    used.update(token)
            if all(len(p) == 1 for p in patterns):
                self.single.append((rule, [p[0] for p in patterns]))
            else:
                self.multi.add(str(rule), patterns)
                self.has_multi = True
        self.key_names = sorted(used)
        self.key_ids = [IDS[name] for name in self.key_names]
        self._string_key = [name in _STRING_ATTRS for name in self.key_names]
        # every distinct predicate on each attribute; a value is reduced to which of them
        # it satisfies, so 'shooting' and 'police' (both NN, no rule names them) share a key
        self._predicates: list[list[Any]] = [[] for _ in self.key_names]
        self._single_compiled: list[tuple[int, list[list[tuple[int, int]]]]] = []
        for rule, patterns in self.single:
            compiled = []
            for token in patterns:
                compiled.append([(self.key_names.index(name), self._predicate_index(name, want))
                                 for name, want in token.items()])
            self._single_compiled.append((rule, compiled))
        # string predicates that are plain equality or IN: found by one dict lookup per value
        self._exact: list[dict[str, list[int]]] = [{} for _ in self.key_names]
        self._general: list[list[tuple[int, Any]]] = [[] for _ in self.key_names]
        for position, predicates in enumerate(self._predicates):
            for i, want in enumerate(predicates):
                if self._string_key[position] and isinstance(want, str):
                    self._exact[position].setdefault(want, []).append(i)
                elif self._string_key[position] and isinstance(want, dict) and set(want) == {"IN"}:
                    for member in set(want["IN"]):
                        if isinstance(member, str):
                            self._exact[position].setdefault(member, []).append(i)
                else:
                    self._general[position].append((i, want))
        self._classes: list[dict[int, frozenset[int]]] = [{} for _ in self.key_names]
        # distinct combination of classes -> the rules that match, in rule order
        self._memo: dict[tuple, tuple[int, ...]] = {}

    def _predicate_index(self, name: str, want: Any) -> int:
        predicates = self._predicates[self.key_names.index(name)]
        for i, known in enumerate(predicates):
            if type(known) is type(want) and known == want:
                return i
        predicates.append(want)
        return len(predicates) - 1

    def _class_of(self, position: int, raw: int, strings: Any) -> frozenset[int]:
        """Which predicates on attribute ``position`` the value ``raw`` (hash or flag) satisfies."""
        classes = self._classes[position]
        found = classes.get(raw)
        if found is None:
            have = strings[raw] if self._string_key[position] else bool(raw)
            satisfied = list(self._exact[position].get(have, ())) if isinstance(have, str) else []
            satisfied.extend(i for i, want in self._general[position] if _value_matches(want, have))
            found = classes[raw] = frozenset(satisfied)
        return found

    @staticmethod
    def _rule_supported(patterns: list, index: int) -> bool:
        if not patterns:
            return False
        for pattern in patterns:
            if not pattern or not -len(pattern) <= index < len(pattern):
                return False
            for token in pattern:
                if not token:
                    return False
                for name, value in token.items():
                    if not _attr_supported(name) or not _value_supported(value):
                        return False
        return True

    def _rules_for(self, row: list[int], strings: Any) -> tuple[int, ...]:
        key = tuple(self._class_of(position, raw, strings) for position, raw in enumerate(row))
        rules = self._memo.get(key)
        if rules is None:
            rules = tuple(rule for rule, patterns in self._single_compiled
                          if any(all(predicate in key[position] for position, predicate in pattern)
                                 for pattern in patterns))
            self._memo[key] = rules
        return rules

    def __call__(self, doc: Any) -> Any:
        from spacy.tokens._retokenize import set_token_attrs

        if not len(doc):
            return doc
        rows = doc.to_array(self.key_ids).tolist()
        if len(self.key_ids) == 1:  # to_array gives a flat list for one attribute
            rows = [[value] for value in rows]
        strings = doc.vocab.strings
        extra: dict[int, list[int]] = {}
        if self.has_multi:
            for match_id, start, end in self.multi(doc, allow_missing=True, as_spans=False):
                rule = int(self.vocab.strings[match_id])
                index = self.indices[rule]
                extra.setdefault(start + index if index >= 0 else end + index, []).append(rule)
        attrs = self.attrs
        for i, (token, row) in enumerate(zip(doc, rows)):
            rules = self._rules_for(row, strings)
            if i in extra:
                rules = sorted(list(rules) + extra[i])
            for rule in rules:
                set_token_attrs(token, attrs[rule])
        return doc


def speed_up_attribute_ruler(nlp: Any, name: str = "attribute_ruler") -> bool:
    """Make the pipe ``name`` of ``nlp`` apply its rules through :class:`FastAttributeRules`.

    The pipe stays in place (same name, same patterns, same serialisation); only how it
    finds matches changes. Returns False, changing nothing, if the ruler is absent or holds
    a pattern that is not understood here.
    """
    if name not in nlp.pipe_names:
        return False
    ruler = nlp.get_pipe(name)
    if not hasattr(ruler, "matcher") or not hasattr(ruler, "attrs"):
        return False
    try:
        fast = FastAttributeRules(ruler)
    except (ValueError, KeyError, TypeError):
        return False
    # AttributeRuler.__call__ runs self.match then self.set_annotations: route both here
    ruler.match = lambda doc: doc
    ruler.set_annotations = lambda doc, _matches: fast(doc)
    ruler.fast_rules = fast
    return True


def speed_up_lemmatizer(nlp: Any, name: str = "lemmatizer") -> bool:
    """Make the pipe ``name`` of ``nlp`` (a rule or lookup lemmatizer) remember its lemmas.

    Returns False, changing nothing, for another kind of lemmatizer.
    """
    if name not in nlp.pipe_names:
        return False
    lemmatizer = nlp.get_pipe(name)
    # rule and lookup modes read only the token's text, POS and morphology (and fixed tables)
    if getattr(lemmatizer, "mode", None) not in {"rule", "lookup"} or not hasattr(lemmatizer, "lemmatize"):
        return False
    _index_as_sets(lemmatizer)
    compute = lemmatizer.lemmatize
    memo: dict[tuple[int, int, int], list[str]] = {}

    def lemmatize(token: Any) -> list[str]:
        key = (token.orth, token.pos, token.morph.key)
        found = memo.get(key)
        if found is None:
            found = memo[key] = compute(token)
        return found

    # Lemmatizer.__call__ asks self.lemmatize for each token still without a lemma
    lemmatizer.lemmatize = lemmatize
    return True


class _ListWithSet(list):
    """A list whose ``in`` is a set lookup: the rule lemmatizer asks ``form in index`` of
    word lists up to 57,000 long, a linear scan for every new word otherwise."""

    def __init__(self, items: Any) -> None:
        super().__init__(items)
        self._members = frozenset(self)

    def __contains__(self, item: object) -> bool:
        try:
            return item in self._members
        except TypeError:  # unhashable: compare the slow way, as a list would
            return list.__contains__(self, item)


def _index_as_sets(lemmatizer: Any) -> None:
    """Give the ``lemma_index`` lists of ``lemmatizer`` set-speed membership (same contents)."""
    lookups = getattr(lemmatizer, "lookups", None)
    if lookups is None or not lookups.has_table("lemma_index"):
        return
    table = lookups.get_table("lemma_index")
    for key, words in list(table.items()):
        if type(words) is list:
            table[key] = _ListWithSet(words)


def speed_up(nlp: Any) -> list[str]:
    """Install the faster components on ``nlp``; returns the names of those replaced."""
    done = []
    if speed_up_attribute_ruler(nlp):
        done.append("attribute_ruler")
    if speed_up_lemmatizer(nlp):
        done.append("lemmatizer")
    return done
