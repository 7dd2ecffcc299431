"""crosswire: what many news reports of the same events agree on, contradict, and quote."""

from __future__ import annotations

from typing import TYPE_CHECKING

__version__ = "0.1.0"

__all__ = ["Corpus", "Doc", "Span", "Pipeline", "Store", "CrosswireError", "__version__"]

if TYPE_CHECKING:  # pragma: no cover
    from .api import Corpus
    from .doc import Doc, Span
    from .errors import CrosswireError
    from .pipeline import Pipeline
    from .store import Store

_LAZY = {
    "Corpus": "crosswire.api",
    "Doc": "crosswire.doc",
    "Span": "crosswire.doc",
    "Pipeline": "crosswire.pipeline",
    "Store": "crosswire.store",
    "CrosswireError": "crosswire.errors",
}


def __getattr__(name: str):
    # lazy, so `import crosswire` does not pull in spaCy, lxml or sklearn
    if name in _LAZY:
        from importlib import import_module

        return getattr(import_module(_LAZY[name]), name)
    raise AttributeError(name)
