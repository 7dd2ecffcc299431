"""The HTTP API and the web page: a thin FastAPI layer over :class:`crosswire.api.Corpus`.

    from crosswire.web import create_app
    app = create_app("news.db")            # or create_app(Corpus(...)), token="secret"

``crosswire serve`` runs this app under uvicorn. Nothing heavy is imported until
:func:`create_app` is called.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

#: default limit on one POST body (JSON records or an upload), in bytes
DEFAULT_MAX_UPLOAD_BYTES = 10 * 1024 * 1024

__all__ = ["create_app", "DEFAULT_MAX_UPLOAD_BYTES"]

if TYPE_CHECKING:  # pragma: no cover
    from fastapi import FastAPI


def create_app(corpus_or_db: Any = None, **kwargs: Any) -> "FastAPI":
    """Build the FastAPI app; see :func:`crosswire.web.app.create_app` for the options."""
    from .app import create_app as _create_app

    return _create_app(corpus_or_db, **kwargs)
