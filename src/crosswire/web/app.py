"""The FastAPI app factory: API routes, web pages, error envelope, security headers."""

from __future__ import annotations

from contextlib import asynccontextmanager
from typing import Any, AsyncIterator, Iterable

from . import DEFAULT_MAX_UPLOAD_BYTES
from .errors import envelope, install_error_handlers
from .security import PAGE_CSP, host_without_port, security_headers
from .service import CorpusService


class SecurityHeadersMiddleware:
    """Pure ASGI: adds security headers to every response and refuses unknown Host headers.

    The Host check defeats DNS rebinding: a web page whose name resolves to 127.0.0.1
    could otherwise read the corpus of a server bound to loopback.
    """

    def __init__(self, app: Any, allowed_hosts: Iterable[str] | None = None):
        self.app = app
        self.allowed_hosts = {h.lower() for h in allowed_hosts} if allowed_hosts else None
        self.defaults = [(k.lower().encode("latin-1"), v.encode("latin-1")) for k, v in security_headers(PAGE_CSP).items()]

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        if self.allowed_hosts is not None:
            host = dict(scope.get("headers") or []).get(b"host", b"").decode("latin-1")
            if host_without_port(host) not in self.allowed_hosts:
                from fastapi.responses import JSONResponse

                response = JSONResponse(envelope(403, "forbidden", f"this server does not answer for host {host!r}"),
                                        status_code=403)
                await response(scope, receive, send)
                return

        async def send_with_headers(message: Any) -> None:
            if message["type"] == "http.response.start":
                present = {k.lower() for k, _ in message.get("headers", [])}
                message.setdefault("headers", [])
                message["headers"] = list(message["headers"]) + [(k, v) for k, v in self.defaults if k not in present]
            await send(message)

        await self.app(scope, receive, send_with_headers)


def create_app(corpus_or_db: Any = None, *, token: str | None = None,
               max_upload_bytes: int = DEFAULT_MAX_UPLOAD_BYTES,
               allowed_hosts: Iterable[str] | None = None, title: str = "crosswire") -> Any:
    """Build the app over a :class:`~crosswire.api.Corpus` or a store path.

    ``token``: when set, every write (POST) needs ``Authorization: Bearer <token>``.
    ``max_upload_bytes``: limit on one POST body; larger bodies get 413.
    ``allowed_hosts``: Host header names to answer for (None: any); ``crosswire serve``
    passes the loopback names when bound to loopback.
    """
    from fastapi import FastAPI

    from .. import __version__
    from .api import build_api_router
    from .pages import build_page_router, render_error_page

    owns = not hasattr(corpus_or_db, "brief")
    if owns:
        from ..api import Corpus

        corpus = Corpus(corpus_or_db)
    else:
        corpus = corpus_or_db
    service = CorpusService(corpus, owns_corpus=owns)

    @asynccontextmanager
    async def lifespan(_app: Any) -> AsyncIterator[None]:
        yield
        service.close()

    app = FastAPI(
        lifespan=lifespan,
        title=title,
        version=__version__,
        description="Briefs of what news outlets agree on, contradict, and quote. "
        "Every error answers with `{\"error\": {\"code\", \"message\", \"status\"}}`.",
        docs_url=None,  # served below with a CSP that names the Swagger UI's inline script
        redoc_url=None,
    )
    app.state.service = service
    app.state.token = token
    app.state.max_upload_bytes = int(max_upload_bytes)

    install_error_handlers(app, render_error_page)
    app.include_router(build_api_router(service))
    app.include_router(build_page_router(service))
    app.add_middleware(SecurityHeadersMiddleware, allowed_hosts=allowed_hosts)

    return app
