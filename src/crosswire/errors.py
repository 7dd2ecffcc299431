"""One exception tree for the whole library.

Everything crosswire raises on purpose derives from :class:`CrosswireError`, so callers
can catch one class; the HTTP layer maps each subclass to one status code.
"""

from __future__ import annotations


class CrosswireError(Exception):
    """Base of every error crosswire raises on purpose."""

    #: HTTP status the API answers with for this error.
    status_code = 500
    #: short machine-readable code used in the API's JSON error envelope.
    code = "error"


class InputError(CrosswireError):
    """An input (file, record, upload) cannot be read as an article."""

    status_code = 400
    code = "bad_input"

    def __init__(self, source: str, reason: str):
        self.source = source
        self.reason = reason
        super().__init__(f"{source}: {reason}")


class UnsupportedFormat(InputError):
    status_code = 415
    code = "unsupported_format"


class InputTooLarge(InputError):
    status_code = 413
    code = "too_large"


class EmptyInput(InputError):
    code = "empty"


class NotFound(CrosswireError):
    status_code = 404
    code = "not_found"


class ArticleNotFound(NotFound):
    code = "article_not_found"


class StoryNotFound(NotFound):
    code = "story_not_found"


class StoreError(CrosswireError):
    """The store cannot be opened, migrated or written."""

    code = "store_error"


class StoreDriverError(StoreError):
    """The database server or driver failed a statement (connection lost, lock timeout...)."""


class PipelineError(CrosswireError):
    """A stage is missing what it requires, or failed."""

    code = "pipeline_error"


class ModelUnavailable(CrosswireError):
    """An optional model (spaCy pipeline, embeddings) is not installed."""

    code = "model_unavailable"


class ValidationError(CrosswireError):
    """A request or argument is well-formed but not acceptable."""

    status_code = 422
    code = "invalid"
