"""Server-rendered pages (Jinja2, autoescaped) and the static files they use.

Static files are read from the package once, into memory, and served by exact name:
no path taken from a request is ever opened on disk.
"""

from __future__ import annotations

import hashlib
from functools import lru_cache
from importlib import resources
from typing import Any

from fastapi import APIRouter, Request
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import HTMLResponse, Response

from ..brief.render import fact_items
from .service import CorpusService
from .timeline import timeline_axis
from .views import article_pieces, badge_for, copies_of, fact_matrix, source_badges

STATIC_TYPES = {".css": "text/css; charset=utf-8", ".js": "text/javascript; charset=utf-8",
                ".svg": "image/svg+xml"}


@lru_cache(maxsize=1)
def template_env() -> Any:
    """One Jinja2 environment; autoescape is on for every template, whatever its name."""
    from jinja2 import Environment, PackageLoader, StrictUndefined

    env = Environment(loader=PackageLoader("crosswire.web", "templates"), autoescape=True,
                      undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True)
    env.globals["badge_for"] = badge_for
    env.globals["static"] = static_url
    return env


@lru_cache(maxsize=1)
def static_files() -> dict[str, tuple[bytes, str, str]]:
    """``{name: (bytes, media type, etag)}`` for every file shipped in ``web/static``."""
    files = {}
    for entry in resources.files("crosswire.web").joinpath("static").iterdir():
        suffix = "." + entry.name.rsplit(".", 1)[-1]
        if entry.is_file() and suffix in STATIC_TYPES:
            data = entry.read_bytes()
            files[entry.name] = (data, STATIC_TYPES[suffix], hashlib.sha256(data).hexdigest()[:16])
    return files


def static_url(name: str) -> str:
    """URL of a static file, versioned by content so browsers may cache it for long."""
    entry = static_files().get(name)
    return f"/static/{name}?v={entry[2]}" if entry else f"/static/{name}"


def render(name: str, **context: Any) -> str:
    return template_env().get_template(name).render(**context)


def render_error_page(request: Any, status: int, code: str, message: str) -> Any:
    from fastapi.responses import HTMLResponse

    return HTMLResponse(render("error.html", status=status, code=code, message=message, title=f"Error {status}"),
                        status_code=status)


def story_page_context(service: CorpusService, story_id: str) -> dict[str, Any]:
    """Everything the story page shows, from the brief and the stored articles."""
    story = service.story(story_id)
    data = service.brief_story(story.id)
    copies = copies_of(story)
    articles = list(data.get("articles") or [])
    badges = source_badges(articles, copies)
    docs = []
    for article in articles:
        doc = service.article(str(article.get("id")))
        pieces, apart = article_pieces(doc)
        docs.append({"doc": doc, "badge": badges[str(article.get("id"))], "pieces": pieces, "apart": apart,
                     "removed_count": len(doc.removed)})
    facts = list(data.get("facts") or [])
    return {
        "title": data.get("headline") or story.id,
        "story": story,
        "data": data,
        "badges": badges,
        "facts": facts,
        "fact_items": fact_items(facts),
        "conflicts": list(data.get("conflicts") or []),
        "quotes": list(data.get("quotes") or []),
        "appearances": list(data.get("appearances") or []),
        "entities": list(data.get("entities") or []),
        "timeline": list(data.get("timeline") or []),
        "axis": timeline_axis(list(data.get("timeline") or [])),
        "matrix": fact_matrix(facts, badges),
        "docs": docs,
        "independent_sources": getattr(story, "independent_sources", None),
    }


def api_operations(spec: dict[str, Any]) -> list[dict[str, Any]]:
    """The operations of an OpenAPI schema, flattened for the reference page."""
    operations = []
    for path, methods in spec.get("paths", {}).items():
        for method, op in methods.items():
            parameters = []
            for param in op.get("parameters", []):
                schema = param.get("schema") or {}
                options = schema.get("anyOf") or [schema]
                kinds = ", ".join(sorted({str(v) for o in options for v in o.get("enum", [])}
                                         | {o["type"] for o in options if o.get("type") and not o.get("enum")}
                                         - {"null"}))
                parameters.append({**param, "kinds": kinds, "description": param.get("description")
                                   or schema.get("description", "")})
            responses = [(code, r.get("description", "")) for code, r in sorted(op.get("responses", {}).items())]
            operations.append({
                "method": method, "path": path, "summary": op.get("summary", ""),
                "description": op.get("description", ""), "parameters": parameters,
                "body": list((op.get("requestBody") or {}).get("content", {})), "responses": responses,
                "anchor": f"{method}-{path.strip('/').replace('/', '-').replace('{', '').replace('}', '')}",
            })
    return operations


def build_page_router(service: CorpusService) -> Any:
    from ..errors import NotFound
    from .security import csp_for_inline_scripts

    router = APIRouter(include_in_schema=False)

    def html(body: str) -> HTMLResponse:
        return HTMLResponse(body, headers={"Cache-Control": "no-cache"})

    @router.get("/")
    def index(request: Request) -> HTMLResponse:
        def build() -> str:
            summaries = [service.story_summary(story) for story in service.stories()]
            return render("index.html", title="Stories", stories=summaries,
                          needs_token=bool(request.app.state.token))

        return html(service.cached(("page", "index", bool(request.app.state.token)), build))

    @router.get("/stories/{story_id}")
    def story_page(story_id: str) -> HTMLResponse:
        return html(service.cached(("page", "story", story_id),
                                   lambda: render("story.html", **story_page_context(service, story_id))))

    @router.get("/articles/{article_id}")
    def article_page(article_id: str) -> HTMLResponse:
        doc = service.article(article_id)
        pieces, apart = article_pieces(doc)
        badges = source_badges([doc.to_article()])
        return html(render("article.html", title=doc.title or doc.id, doc=doc, source=badges[doc.id],
                           pieces=pieces, apart=apart))

    @router.get("/upload")
    def upload_page(request: Request) -> HTMLResponse:
        return html(render("upload.html", title="Add articles", needs_token=bool(request.app.state.token),
                           max_upload_bytes=request.app.state.max_upload_bytes))

    @router.get("/static/{name}")
    def static(name: str, request: Request) -> Response:
        entry = static_files().get(name)  # a dict lookup: the name never reaches the file system
        if entry is None:
            raise NotFound(f"no static file {name!r}")
        data, media, etag = entry
        headers = {"ETag": f'"{etag}"', "Cache-Control": "public, max-age=86400"}
        if request.headers.get("if-none-match") == f'"{etag}"':
            return Response(status_code=304, headers=headers)
        return Response(data, media_type=media, headers=headers)

    @router.get("/docs")
    def docs(request: Request) -> HTMLResponse:
        """An API reference rendered here from the OpenAPI schema: works offline, no script."""
        spec = request.app.openapi()
        return html(render("docs.html", title="API", spec=spec, openapi_url=request.app.openapi_url,
                           operations=api_operations(spec)))

    @router.get("/docs/swagger")
    def swagger(request: Request) -> HTMLResponse:
        page = get_swagger_ui_html(openapi_url=request.app.openapi_url, title=f"{request.app.title} API")
        body = page.body.decode("utf-8")
        csp = csp_for_inline_scripts(body, ["https://cdn.jsdelivr.net", "https://fastapi.tiangolo.com"])
        return HTMLResponse(body, headers={"Content-Security-Policy": csp})

    return router
