"""The document model: one article, its cleaned text, and typed spans into that text.

Everything found in an article is a :class:`Span` with offsets into ``Doc.text``, so an
evidence quote is always ``doc.text[span.start:span.end]`` and never re-typed.

Span labels and their ``attrs`` (the contract between the extract stages and
corroboration):

``entity``      ``type`` PERSON|ORG|PLACE, ``name`` canonical name (in-article linking)
``quantity``    ``value`` float, ``unit`` ("%", "USD", "people", "" ...), ``qualifier``
                (None|"about"|"more than"|"less than"|"up to"|"at least"), ``normalized`` str
``time``        ``kind`` "date"|"duration"|"range", ``iso`` "YYYY-MM-DD"|"YYYY-MM"|"YYYY",
                ``precision`` "day"|"month"|"year", ``modifier`` None|"early"|"mid"|"late",
                ``normalized`` str, ``relative`` bool, for durations ``days`` float
``quote``       ``speaker`` str|None, ``speaker_start``/``speaker_end`` offsets or None,
                ``cue`` str|None, ``direct`` bool, ``content`` the quoted words; also
                ``kind`` "direct"|"reported", ``cue_start``, ``speaker_is_person`` bool
``appearance``  ``speaker``, ``venue`` ("ABC's This Week"), ``outlet``, ``programme``
                (also ``cue``, ``speaker_start``/``speaker_end``)
``sentence``    sentence boundaries (from the entities stage)
"""

from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field
from typing import Any, Iterator


def content_id(text: str) -> str:
    """Stable id of an article: a hash of its content, so re-ingesting is a no-op."""
    normalized = " ".join(text.split())
    return hashlib.sha256(normalized.encode("utf-8")).hexdigest()[:16]


@dataclass
class Span:
    label: str
    start: int
    end: int
    attrs: dict[str, Any] = field(default_factory=dict)

    def text_in(self, text: str) -> str:
        return text[self.start:self.end]

    def to_dict(self) -> dict[str, Any]:
        return {"label": self.label, "start": self.start, "end": self.end, "attrs": self.attrs}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Span":
        return cls(data["label"], int(data["start"]), int(data["end"]), dict(data.get("attrs") or {}))


@dataclass
class Removal:
    """A piece of the input that cleaning cut, and the rule that cut it."""

    text: str
    reason: str
    #: offset in the pre-cleaning text where the piece stood (None where unknown, e.g. HTML)
    offset: int | None = None


@dataclass
class MetaValue:
    """A metadata value with where it came from ("dateline", "html:og:site_name", ...)."""

    value: Any
    source: str


@dataclass
class Doc:
    """One article. ``text`` is the cleaned body; ``raw`` is what was read."""

    id: str = ""
    raw: str = ""
    format: str = "text"  # text | html | jsonl-text | jsonl-html
    path: str | None = None
    source_id: str | None = None
    url: str | None = None
    title: str | None = None
    outlet: str | None = None
    published: str | None = None  # YYYY-MM-DD
    #: the date relative expressions resolve against when ``published`` is unknown
    #: (set from the article's story); see :attr:`reference_date`
    context_date: str | None = None
    syndicated_from: str | None = None
    text: str = ""
    removed: list[Removal] = field(default_factory=list)
    meta: dict[str, MetaValue] = field(default_factory=dict)
    extra: dict[str, Any] = field(default_factory=dict)  # JSONL fields we do not know
    spans: list[Span] = field(default_factory=list)
    #: "name@version" of every stage that ran on this doc, in order
    stages: list[str] = field(default_factory=list)
    #: per-run scratch space shared by stages (e.g. the parsed spaCy doc); never stored
    cache: dict[str, Any] = field(default_factory=dict, repr=False, compare=False)

    @property
    def reference_date(self) -> str | None:
        return self.published or self.context_date

    def spans_of(self, label: str) -> Iterator[Span]:
        return (s for s in self.spans if s.label == label)

    def span_text(self, span: Span) -> str:
        return self.text[span.start:span.end]

    def drop_spans(self, *labels: str) -> None:
        """Forget spans of these labels, so a stage that runs again replaces its own output."""
        self.spans = [s for s in self.spans if s.label not in labels]

    def add_span(self, label: str, start: int, end: int, **attrs: Any) -> Span:
        if not (0 <= start <= end <= len(self.text)):
            raise ValueError(f"span {start}:{end} lies outside the text (length {len(self.text)})")
        span = Span(label, start, end, attrs)
        self.spans.append(span)
        return span

    def set_meta(self, name: str, value: Any, source: str) -> None:
        """Set a metadata field and record where its value came from."""
        self.meta[name] = MetaValue(value, source)
        if name in {"title", "outlet", "published", "syndicated_from", "url"}:
            setattr(self, name, value)

    def provenance(self) -> dict[str, dict[str, Any]]:
        return {k: {"value": v.value, "source": v.source} for k, v in self.meta.items()}

    def to_article(self) -> dict[str, Any]:
        """The Article object of the brief contract (plus a few additive fields)."""
        return {
            "id": self.id,
            "path": self.path,
            "outlet": self.outlet,
            "title": self.title,
            "published": self.published,
            "text": self.text,
            "source_id": self.source_id,
            "url": self.url,
            "syndicated_from": self.syndicated_from,
            "provenance": self.provenance(),
        }

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data.pop("cache", None)
        data["meta"] = self.provenance()
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Doc":
        data = dict(data)
        meta = {k: MetaValue(v["value"], v["source"]) for k, v in (data.pop("meta", None) or {}).items()}
        removed = [Removal(**r) for r in data.pop("removed", None) or []]
        spans = [Span.from_dict(s) for s in data.pop("spans", None) or []]
        known = {f for f in cls.__dataclass_fields__}
        doc = cls(**{k: v for k, v in data.items() if k in known})
        doc.meta, doc.removed, doc.spans = meta, removed, spans
        return doc
