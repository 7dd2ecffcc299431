"""How common a term is in general English: a prior for the document frequencies of a small corpus.

In a batch of ten reports of one event, the event's own words ("Teixeira", "Aceh", "rehab")
are in every report, so the batch alone gives them the lowest weight and leaves the
comparison to each report's incidental words. Blending in ``BACKGROUND_DOCS`` pseudo-documents
of general English (word frequencies from :mod:`wordfreq`) keeps rare words weighty and common
ones light until the corpus is big enough to speak for itself. On ECB+ stories briefed one
topic at a time (20-40 reports of two similar events), B-cubed F1 .842 -> .909; a folder of
one event's reports is one story for 69 of 86 events, against 30 without the prior.

Without ``wordfreq`` installed there is no prior: the corpus frequencies are used alone.
"""

from __future__ import annotations

import functools
import json
import math
import os
from pathlib import Path

import numpy as np

#: pseudo-documents of general English blended into the corpus's document frequencies ...
BACKGROUND_DOCS = 300
#: ... for a corpus of up to this many articles; for a bigger one, proportionally fewer
BACKGROUND_FADE_FROM = 50
#: words in a typical news report: turns a word's frequency into the share of reports using it
DOC_WORDS = 400
#: frequency of a word the list does not hold (rarer than anything it holds)
UNSEEN_FREQUENCY = 1e-8


#: numbers whose frequencies the kept word list holds from the start ("0" to "9999")
CACHED_NUMBERS = 10_000


class WordList:
    """The 29,000 commonest English words and the numbers' frequencies, kept in the user's cache
    between runs: reading them back takes 10 ms, importing wordfreq 110 ms of a cold brief."""

    def __init__(self, words: dict[str, float], numbers: dict[str, float], path: Path | None):
        self.words, self.numbers, self.path = words, numbers, path
        self.changed = False

    @classmethod
    def load(cls) -> "WordList | None":
        path = _cache_path()
        if path is not None:
            try:
                data = json.loads(path.read_text(encoding="utf-8"))
                return cls(data["words"], data["numbers"], path)
            except (OSError, ValueError, KeyError, TypeError):
                pass  # no cache yet, or a broken one: build it again
        try:
            import wordfreq
        except ImportError:
            return None
        # any word beyond the commonest 29,000 is rare, which is all a prior needs to know
        words = wordfreq.get_frequency_dict("en", wordlist="small")
        kept = cls(words, {}, path)
        kept.numbers = {str(n): kept._looked_up(str(n)) for n in range(CACHED_NUMBERS)}
        kept.changed = True
        kept.save()
        return kept

    def number(self, token: str) -> float:
        if token not in self.numbers:
            self.numbers[token] = self._looked_up(token)
            self.changed = True
        return self.numbers[token] or UNSEEN_FREQUENCY

    @staticmethod
    def _looked_up(token: str) -> float:
        import wordfreq

        # the list keeps numbers by shape ("200" as "000"), which word_frequency looks up; the small
        # list gives the same figures as the default large one, which costs 70 ms more to load
        return wordfreq.word_frequency(token, "en", wordlist="small")

    def save(self) -> None:
        """Keep the list (and numbers looked up since) for the next run; a cache that cannot be
        written only costs the next run the import."""
        if not self.changed or self.path is None:
            return
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            tmp = self.path.with_suffix(f".{os.getpid()}.tmp")
            tmp.write_text(json.dumps({"words": self.words, "numbers": self.numbers}), encoding="utf-8")
            os.replace(tmp, self.path)  # readers see the old file or the new one, never half of one
            self.changed = False
        except OSError:
            pass


def _cache_path() -> Path | None:
    try:
        from importlib.metadata import PackageNotFoundError, version

        from platformdirs import user_cache_dir

        return Path(user_cache_dir("crosswire")) / f"wordfreq-{version('wordfreq')}-en-small.json"
    except (ImportError, PackageNotFoundError):
        return None


@functools.lru_cache(maxsize=1)
def _word_list() -> WordList | None:
    return WordList.load()


def _frequency(term: str, kept: WordList) -> float:
    if term[:1] in "#%":
        return kept.number(term[1:])
    if term[:1] == "@":
        # a name is as rare as its rarest word ("Mark Teixeira" as "Teixeira")
        return min((kept.words.get(word, UNSEEN_FREQUENCY) for word in term[1:].split()),
                   default=UNSEEN_FREQUENCY)
    return kept.words.get(term, UNSEEN_FREQUENCY)


def background_doc_shares(terms: list[str]) -> np.ndarray | None:
    """For each term, the share of general news reports expected to use it; None without
    a word list."""
    kept = _word_list()
    if kept is None:
        return None
    shares = np.fromiter((1.0 - math.exp(-_frequency(t, kept) * DOC_WORDS) for t in terms), dtype=np.float64,
                         count=len(terms))
    kept.save()  # numbers first seen here are looked up once, not on every run
    return shares
