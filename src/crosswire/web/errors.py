"""One error envelope for every error the server answers with.

``{"error": {"code": "story_not_found", "message": "...", "status": 404}}`` for the API
and for any client that does not ask for HTML; a small HTML page (same status) for a
browser on the web pages.
"""

from __future__ import annotations

import logging
from http import HTTPStatus
from typing import Any

from ..errors import CrosswireError

log = logging.getLogger("crosswire.web")

#: codes for HTTP errors that FastAPI/Starlette raise themselves
HTTP_CODES = {
    400: "bad_request",
    401: "unauthorized",
    403: "forbidden",
    404: "not_found",
    405: "method_not_allowed",
    406: "not_acceptable",
    413: "too_large",
    415: "unsupported_format",
    422: "invalid",
    500: "internal",
}


class Unauthorized(CrosswireError):
    """A write without the server's bearer token."""

    status_code = 401
    code = "unauthorized"


class Forbidden(CrosswireError):
    """A write a browser sent from another site, or a request for a host we do not serve."""

    status_code = 403
    code = "forbidden"


def envelope(status: int, code: str, message: str, **extra: Any) -> dict[str, Any]:
    body: dict[str, Any] = {"code": code, "message": message, "status": status}
    body.update(extra)
    return {"error": body}


def status_of_code(code: str) -> int | None:
    """The HTTP status the library attaches to an error code (``unsupported_format`` -> 415)."""

    def walk(cls: type) -> list[type]:
        return [cls] + [sub for child in cls.__subclasses__() for sub in walk(child)]

    for cls in walk(CrosswireError):
        if getattr(cls, "code", None) == code:
            return int(cls.status_code)
    return None


def wants_html(request: Any) -> bool:
    """A browser on a web page (not the API) gets an HTML error page."""
    path = request.url.path
    if path.startswith("/api") or path.endswith(".json"):
        return False
    return "text/html" in request.headers.get("accept", "")


def install_error_handlers(app: Any, render_error_page: Any) -> None:
    """Route FastAPI's own errors, library errors and crashes into the envelope."""
    from fastapi.exceptions import RequestValidationError
    from fastapi.responses import JSONResponse
    from starlette.exceptions import HTTPException as StarletteHTTPException

    def respond(request: Any, status: int, code: str, message: str, headers: dict | None = None,
                **extra: Any) -> Any:
        if wants_html(request):
            return render_error_page(request, status, code, message)
        return JSONResponse(envelope(status, code, message, **extra), status_code=status, headers=headers)

    @app.exception_handler(CrosswireError)
    async def crosswire_error(request: Any, exc: CrosswireError) -> Any:
        status = int(getattr(exc, "status_code", 500))
        headers = {"WWW-Authenticate": "Bearer"} if status == 401 else None
        if status >= 500:
            log.error("request %s failed: %s", request.url.path, exc)
        return respond(request, status, exc.code, str(exc), headers=headers)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Any, exc: StarletteHTTPException) -> Any:
        status = exc.status_code
        message = exc.detail if isinstance(exc.detail, str) else HTTPStatus(status).phrase
        if status == 404 and message == "Not Found":
            message = f"no such path: {request.url.path}"
        return respond(request, status, HTTP_CODES.get(status, f"http_{status}"), message,
                       headers=getattr(exc, "headers", None))

    @app.exception_handler(RequestValidationError)
    async def validation_error(request: Any, exc: RequestValidationError) -> Any:
        details = [
            {"loc": [str(p) for p in err.get("loc", ())], "message": err.get("msg", ""), "type": err.get("type", "")}
            for err in exc.errors()
        ]
        message = "; ".join(f"{'.'.join(d['loc'])}: {d['message']}" for d in details) or "invalid request"
        return respond(request, 422, "invalid", message, details=details)

    @app.exception_handler(Exception)
    async def crash(request: Any, exc: Exception) -> Any:
        # never leak a traceback or internals to the client; the log has them
        log.exception("unexpected error on %s", request.url.path)
        return respond(request, 500, "internal", "internal server error")
