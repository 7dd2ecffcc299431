"""The JSON API under ``/api``: thin routes over :class:`~crosswire.web.service.CorpusService`.

Imported only by :func:`crosswire.web.create_app`, so FastAPI loads only when serving.
"""

from __future__ import annotations

import json
from typing import Any, Literal, Optional

from fastapi import APIRouter, Query, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import JSONResponse, Response

from ..errors import CrosswireError, InputError, InputTooLarge, UnsupportedFormat, ValidationError
from .errors import Forbidden, Unauthorized, envelope, status_of_code
from .security import BRIEF_HTML_CSP, cross_site_write, token_matches
from .service import CorpusService

BRIEF_MEDIA = {
    "json": "application/json",
    "md": "text/markdown; charset=utf-8",
    "html": "text/html; charset=utf-8",
}
_ACCEPT_FORMATS = {"application/json": "json", "text/markdown": "md", "text/x-markdown": "md", "text/html": "html"}
#: raw single-document bodies: POST the file itself with one of these types
RAW_TYPES = {"text/plain", "text/html", "application/xhtml+xml", "application/octet-stream",
             "application/x-ndjson", "application/jsonl"}

ERROR_SCHEMA = {
    "description": "Error envelope",
    "content": {"application/json": {"example": envelope(404, "story_not_found", "no story 'abc'")}},
}


def negotiate_format(fmt: str | None, accept: str | None) -> str:
    """``?format=`` wins; otherwise the Accept type with the highest q we can serve; else JSON."""
    if fmt:
        return fmt
    best: tuple[float, int, str] | None = None
    for position, part in enumerate((accept or "").split(",")):
        media, *params = [p.strip() for p in part.split(";")]
        quality = 1.0
        for param in params:
            if param.startswith("q="):
                try:
                    quality = float(param[2:])
                except ValueError:
                    quality = 0.0
        found = _ACCEPT_FORMATS.get(media.lower())
        if found and quality > 0 and (best is None or (quality, -position) > (best[0], best[1])):
            best = (quality, -position, found)
    return best[2] if best else "json"


async def read_body(request: Any, limit: int) -> bytes:
    """The request body, refusing (413) as soon as it passes ``limit`` bytes."""
    declared = request.headers.get("content-length")
    if declared is not None:
        try:
            if int(declared) > limit:
                raise InputTooLarge("request", f"body of {int(declared)} bytes exceeds the limit of {limit} bytes")
        except ValueError:
            raise InputError("request", "Content-Length is not a number") from None
    chunks: list[bytes] = []
    size = 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:  # a chunked body has no Content-Length to check up front
            raise InputTooLarge("request", f"body exceeds the limit of {limit} bytes")
        chunks.append(chunk)
    return b"".join(chunks)


def check_write_allowed(request: Any) -> None:
    token = request.app.state.token
    if token and not token_matches(request.headers.get("authorization"), token):
        raise Unauthorized("this server needs 'Authorization: Bearer <token>' for writes")
    if cross_site_write(request.headers):
        raise Forbidden("writes from another site are refused")


def records_from_json(body: bytes) -> list[dict[str, Any]]:
    """A list of records, or ``{"articles": [...]}``; each needs ``text`` or ``html``."""
    try:
        data = json.loads(body.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise InputError("request", f"body is not valid JSON: {exc}") from None
    if isinstance(data, dict) and "articles" in data:
        data = data["articles"]
    if not isinstance(data, list):
        raise ValidationError('expected a list of article records or {"articles": [...]}')
    if not data:
        raise ValidationError("no article records in the request")
    for index, record in enumerate(data):
        if not isinstance(record, dict):
            raise ValidationError(f"record {index} is not an object")
        if not any(isinstance(record.get(k), str) and record.get(k).strip() for k in ("text", "html")):
            raise ValidationError(f"record {index} has neither 'text' nor 'html'")
    return data


def merge_reports(reports: list[dict[str, Any]]) -> dict[str, Any]:
    """Several IngestReport dicts as one: lists joined, counts added."""
    merged: dict[str, Any] = {}
    for report in reports:
        for key, value in report.items():
            if isinstance(value, list):
                merged.setdefault(key, []).extend(value)
            elif isinstance(value, bool):
                merged[key] = merged.get(key, True) and value
            elif key == "run_id":  # one ingest run per uploaded file
                merged.setdefault("run_ids", []).append(value)
            elif isinstance(value, (int, float)):
                merged[key] = merged.get(key, 0) + value
            elif isinstance(value, dict) and all(isinstance(v, int) for v in value.values()):
                counts = merged.setdefault(key, {})
                for name, number in value.items():
                    counts[name] = counts.get(name, 0) + number
            else:
                merged.setdefault(key, value)
    for key in ("ingested", "present", "failed"):
        merged.setdefault(key, [])
    return merged


def failure(source: str, exc: CrosswireError) -> dict[str, Any]:
    reason = getattr(exc, "reason", None) or str(exc)
    return {"source": source, "reason": reason, "code": exc.code, "status": int(exc.status_code)}


def failed_report(entry: dict[str, Any]) -> dict[str, Any]:
    """A one-failure report shaped like ``IngestReport.to_dict()``, for a file the library never saw."""
    return {"ok": False, "counts": {"ingested": 0, "present": 0, "failed": 1}, "ingested": [], "present": [],
            "failed": [entry]}


def describe_failure(entry: Any) -> str:
    if isinstance(entry, dict):
        reason = entry.get("reason") or entry.get("error") or ""
        return f"{entry['source']}: {reason}" if entry.get("source") else str(reason)
    return str(entry)


def article_ids_of(entries: list[Any]) -> list[str]:
    ids = []
    for entry in entries:
        if isinstance(entry, str):
            ids.append(entry)
        elif isinstance(entry, dict) and entry.get("id"):
            ids.append(str(entry["id"]))
        elif getattr(entry, "id", None):
            ids.append(str(entry.id))
    return ids


def article_summaries(service: CorpusService, article_ids: list[str]) -> list[dict[str, Any]]:
    """Title, outlet and date of newly added articles, so an upload's answer can name them."""
    out = []
    for article_id in article_ids:
        doc = service.article(article_id)
        out.append({"id": doc.id, "title": doc.title, "outlet": doc.outlet, "published": doc.published})
    return out


def failure_status(failed: list[Any]) -> tuple[int, str]:
    """The status for a request where every item failed: the first failure's own status."""
    for entry in failed:
        if isinstance(entry, dict):
            if isinstance(entry.get("status"), int):
                return entry["status"], str(entry.get("code") or "bad_input")
            code = entry.get("code") or entry.get("error_code")
            if code and status_of_code(str(code)):
                return status_of_code(str(code)), str(code)
    return 400, "bad_input"


def build_api_router(service: CorpusService) -> Any:
    router = APIRouter(prefix="/api", tags=["api"], responses={404: ERROR_SCHEMA})

    @router.get("/stories", summary="List stories")
    def list_stories() -> dict[str, Any]:
        """Every story with its articles, copies and independent-source count."""
        return {"stories": [s.to_dict() if hasattr(s, "to_dict") else {"id": s.id} for s in service.stories()]}

    @router.get("/stories/{story_id}", summary="One story")
    def get_story(story_id: str) -> dict[str, Any]:
        story = service.story(story_id)
        data = story.to_dict() if hasattr(story, "to_dict") else {"id": story.id}
        data.setdefault("brief_url", f"/api/stories/{story.id}/brief")
        return data

    @router.get(
        "/stories/{story_id}/brief",
        summary="The brief of one story",
        responses={200: {"content": {"application/json": {}, "text/markdown": {}, "text/html": {}},
                         "description": "crosswire.brief/1 JSON, Markdown or one self-contained HTML page"}},
    )
    async def get_brief(request: Request, story_id: str,
                  format: Optional[Literal["json", "md", "html"]] = Query(
                      None, description="json (default), md or html; otherwise chosen by the Accept header")) -> Any:
        fmt = negotiate_format(format, request.headers.get("accept"))
        # a cached brief is answered on the event loop; building one goes to a worker thread
        body = service.cached_brief_rendered(story_id, fmt)
        if body is None:
            body = await run_in_threadpool(service.brief_rendered, story_id, fmt)
        headers = {"Vary": "Accept"}
        if fmt == "html":
            headers["Content-Security-Policy"] = BRIEF_HTML_CSP
        return Response(content=body, media_type=BRIEF_MEDIA[fmt], headers=headers)

    @router.get("/articles", summary="List articles")
    def list_articles() -> dict[str, Any]:
        """Every stored article, without its text."""
        out = []
        for doc in service.articles():
            article = doc.to_article()
            article.pop("text", None)
            out.append(article)
        return {"articles": out}

    @router.get("/articles/{article_id}", summary="One article")
    def get_article(article_id: str) -> dict[str, Any]:
        """The article (contract Article object) and what cleaning removed from it."""
        doc = service.article(article_id)
        data = doc.to_article()
        data["removed"] = [{"text": r.text, "reason": r.reason, "offset": r.offset} for r in doc.removed]
        return data

    @router.post(
        "/articles",
        summary="Add articles",
        status_code=201,
        responses={
            200: {"description": "Nothing new: every article was already stored"},
            201: {"description": "Articles were added; the ingest report and the stories they joined"},
            400: ERROR_SCHEMA, 401: ERROR_SCHEMA, 403: ERROR_SCHEMA, 413: ERROR_SCHEMA,
            415: ERROR_SCHEMA, 422: ERROR_SCHEMA,
        },
        openapi_extra={"requestBody": {"required": True, "content": {
            "application/json": {"schema": {"oneOf": [
                {"type": "array", "items": {"type": "object"}},
                {"type": "object", "properties": {"articles": {"type": "array", "items": {"type": "object"}}}},
            ]}, "example": [{"text": "Full article text...", "title": "Headline", "outlet": "Reuters",
                             "published": "2025-10-26"}]},
            "multipart/form-data": {"schema": {"type": "object", "properties": {
                "files": {"type": "array", "items": {"type": "string", "format": "binary"}},
                "text": {"type": "string"}, "title": {"type": "string"}, "outlet": {"type": "string"},
                "published": {"type": "string"}, "url": {"type": "string"}}}},
            "text/plain": {"schema": {"type": "string"}},
            "text/html": {"schema": {"type": "string"}},
        }}},
    )
    async def post_articles(request: Request, name: Optional[str] = Query(
            None, description="for a raw body: a file name, used only in messages and to sniff the format")) -> Any:
        """JSON records (``text`` or ``html`` required), a multipart upload, or one raw document."""
        check_write_allowed(request)
        limit = request.app.state.max_upload_bytes
        body = await read_body(request, limit)
        media = request.headers.get("content-type", "").split(";")[0].strip().lower()
        reports: list[dict[str, Any]] = []
        if media == "application/json":
            records = records_from_json(body)
            report = await run_in_threadpool(service.ingest_records, records, origin="http")
            reports.append(report.to_dict())
        elif media in ("multipart/form-data", "application/x-www-form-urlencoded"):
            async def replay() -> dict[str, Any]:  # the bytes we already read and measured
                return {"type": "http.request", "body": body, "more_body": False}

            form = await Request(request.scope, receive=replay).form(max_files=1000, max_fields=100,
                                                                      max_part_size=limit)
            try:
                uploads = [v for k, v in form.multi_items() if not isinstance(v, str)]
                fields = {k: v for k, v in form.multi_items() if isinstance(v, str) and v.strip()}
                if not uploads and "text" not in fields:
                    raise ValidationError("the upload has no file and no 'text' field")
                for upload in uploads:
                    data = await upload.read()
                    filename = upload.filename or "upload"
                    if not data:
                        reports.append(failed_report({"source": filename, "reason": "empty file",
                                                      "code": "empty", "status": 400}))
                        continue
                    try:
                        report = await run_in_threadpool(service.ingest_bytes, filename, data)
                        reports.append(report.to_dict())
                    except CrosswireError as exc:
                        reports.append(failed_report(failure(filename, exc)))
                if "text" in fields:
                    record = {k: fields[k] for k in ("text", "title", "outlet", "published", "url") if k in fields}
                    report = await run_in_threadpool(service.ingest_records, [record], origin="http-form")
                    reports.append(report.to_dict())
            finally:
                await form.close()
        elif media in RAW_TYPES:
            if not body.strip():
                raise InputError(name or "request", "empty body")
            report = await run_in_threadpool(service.ingest_bytes, name or "upload", body)
            reports.append(report.to_dict())
        else:
            raise UnsupportedFormat("request", f"cannot read a {media or 'missing'} Content-Type; "
                                    "send application/json records, multipart/form-data or a raw document")

        merged = merge_reports(reports)
        stored = article_ids_of(merged["ingested"]) + article_ids_of(merged["present"])
        if not stored and merged["failed"]:
            status, code = failure_status(merged["failed"])
            message = "; ".join(describe_failure(f) for f in merged["failed"])
            return JSONResponse(envelope(status, code, message, report=merged), status_code=status)
        merged["stories"] = await run_in_threadpool(service.story_of_articles, stored) if stored else []
        merged["articles"] = await run_in_threadpool(article_summaries, service, article_ids_of(merged["ingested"]))
        return JSONResponse(merged, status_code=201 if merged["ingested"] else 200)

    return router
