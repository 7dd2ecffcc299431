"""Named stages, Doc in, Doc out, and the pipelines built from them.

A stage declares what it ``requires`` (fields or span labels already on the Doc) and what it
``assigns``; :class:`Pipeline` checks the chain before running and records
``name@version`` on every Doc, so a brief can say which code made it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from importlib import import_module, metadata
from typing import Callable, Iterable, Protocol, runtime_checkable

from .doc import Doc
from .errors import PipelineError


@runtime_checkable
class Stage(Protocol):
    name: str
    version: str
    requires: tuple[str, ...]
    assigns: tuple[str, ...]

    def __call__(self, doc: Doc) -> Doc: ...


@dataclass
class FunctionStage:
    """Wrap a plain ``Doc -> Doc`` function as a stage."""

    name: str
    version: str
    func: Callable[[Doc], Doc]
    requires: tuple[str, ...] = ()
    assigns: tuple[str, ...] = ()

    def __call__(self, doc: Doc) -> Doc:
        return self.func(doc)


def stage(name: str, version: str, requires: Iterable[str] = (), assigns: Iterable[str] = ()):
    """Decorator: ``@stage("quotes", "1", requires=("text",), assigns=("quote",))``."""

    def wrap(func: Callable[[Doc], Doc]) -> FunctionStage:
        return FunctionStage(name, version, func, tuple(requires), tuple(assigns))

    return wrap


# Fields every Doc has from construction: these names can always be required.
BASE_FIELDS = ("raw", "path", "format")
# Fields a stored (cleaned) Doc has: what extraction may require.
STORED_FIELDS = BASE_FIELDS + ("text", "title", "outlet", "published")


@dataclass
class Pipeline:
    stages: list[Stage] = field(default_factory=list)
    #: what the Docs fed to this pipeline already carry
    provides: tuple[str, ...] = BASE_FIELDS

    def __post_init__(self) -> None:
        available = set(self.provides)
        for st in self.stages:
            missing = [r for r in st.requires if r not in available]
            if missing:
                raise PipelineError(f"stage {st.name!r} requires {missing}, which no earlier stage assigns")
            available.update(st.assigns)

    @property
    def names(self) -> list[str]:
        return [f"{s.name}@{s.version}" for s in self.stages]

    def __call__(self, doc: Doc) -> Doc:
        for st in self.stages:
            try:
                result = st(doc)
            except Exception as exc:  # name the stage so failures are traceable
                if isinstance(exc, PipelineError):
                    raise
                raise PipelineError(f"stage {st.name}@{st.version} failed on {doc.path or doc.id}: {exc}") from exc
            if not isinstance(result, Doc):  # e.g. a stage function that forgot `return doc`
                raise PipelineError(f"stage {st.name}@{st.version} returned {type(result).__name__}, not a Doc,"
                                    f" on {doc.path or doc.id}")
            doc = result
            doc.stages.append(f"{st.name}@{st.version}")
        return doc

    def pipe(self, docs: Iterable[Doc]) -> Iterable[Doc]:
        for doc in docs:
            yield self(doc)


# Where the default stages live; imported lazily so that `import crosswire` stays cheap.
INGEST_STAGES = ("crosswire.clean:clean_stage", "crosswire.metadata:metadata_stage")
EXTRACT_STAGES = (
    "crosswire.extract.entities:entities_stage",
    "crosswire.extract.quantities:quantities_stage",
    "crosswire.extract.times:times_stage",
    "crosswire.extract.quotes:quotes_stage",
    "crosswire.extract.appearances:appearances_stage",
)


def load_stage(ref: str) -> Stage:
    module, _, attr = ref.partition(":")
    obj = getattr(import_module(module), attr)
    return obj() if isinstance(obj, type) else obj


def plugin_stages() -> list[Stage]:
    """Extra extraction stages registered by other packages under ``crosswire.stages``."""
    return [ep.load() for ep in metadata.entry_points(group="crosswire.stages")]


def ingest_pipeline() -> Pipeline:
    """Clean the body and read metadata: what runs before an article is stored."""
    return Pipeline([load_stage(r) for r in INGEST_STAGES])


def extract_pipeline() -> Pipeline:
    """Entities, quantities, times, quotes, appearances: runs on stored, cleaned Docs."""
    return Pipeline([load_stage(r) for r in EXTRACT_STAGES] + plugin_stages(), provides=STORED_FIELDS)
