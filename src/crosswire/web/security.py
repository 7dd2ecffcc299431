"""Request hygiene: security headers, the write token, same-origin writes, size limits.

Article content is hostile input. Pages escape it (Jinja2 autoescape) and the
Content-Security-Policy below forbids inline script, so even a missed escape cannot run.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import re
from typing import Any, Iterable
from urllib.parse import urlsplit

#: pages: scripts and styles only from our own static files, no inline anything
PAGE_CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
)
#: a brief rendered by the library as one self-contained HTML page: inline CSS, never script
BRIEF_HTML_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; frame-ancestors 'none'"

LOOPBACK_HOSTS = frozenset({"127.0.0.1", "localhost", "::1", "[::1]"})


def is_loopback(host: str) -> bool:
    """True for addresses only this machine can reach."""
    return host in LOOPBACK_HOSTS or host.startswith("127.")


def security_headers(csp: str) -> dict[str, str]:
    return {
        "Content-Security-Policy": csp,
        "X-Content-Type-Options": "nosniff",
        "Referrer-Policy": "no-referrer",
        "X-Frame-Options": "DENY",
        "Cross-Origin-Opener-Policy": "same-origin",
    }


def csp_for_inline_scripts(html: str, sources: Iterable[str]) -> str:
    """A CSP for a page we did not write (the Swagger UI): its inline scripts by hash."""
    hashes = []
    for body in re.findall(r"<script>(.*?)</script>", html, flags=re.S):
        digest = base64.b64encode(hashlib.sha256(body.encode("utf-8")).digest()).decode("ascii")
        hashes.append(f"'sha256-{digest}'")
    extra = " ".join(sources)
    return (f"default-src 'none'; script-src 'self' {extra} {' '.join(hashes)}; style-src 'self' {extra}; "
            f"img-src 'self' data: {extra}; connect-src 'self'; base-uri 'none'; frame-ancestors 'none'")


def token_matches(header: str | None, token: str) -> bool:
    """Constant-time check of an ``Authorization: Bearer <token>`` header."""
    if not header:
        return False
    scheme, _, value = header.partition(" ")
    if scheme.lower() != "bearer":
        return False
    return hmac.compare_digest(value.strip().encode("utf-8"), token.encode("utf-8"))


def host_without_port(host: str) -> str:
    host = host.strip().lower()
    if host.startswith("["):
        return host[: host.find("]") + 1] if "]" in host else host
    return host.rsplit(":", 1)[0] if host.count(":") == 1 else host


def cross_site_write(headers: Any) -> bool:
    """True when a browser tells us a write comes from another site (a CSRF attempt).

    A form on any web page can POST ``multipart/form-data`` to 127.0.0.1 without a CORS
    preflight, so a write must come from our own origin (or from a non-browser client,
    which sends neither header).
    """
    site = headers.get("sec-fetch-site")
    if site and site not in {"same-origin", "none"}:
        return True
    origin = headers.get("origin")
    if origin and origin != "null":
        host = headers.get("host", "")
        return urlsplit(origin).netloc.lower() != host.lower()
    return origin == "null"
