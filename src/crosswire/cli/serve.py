"""CLI command: serve (the HTTP API and the web page under uvicorn)."""

from __future__ import annotations

from typing import Annotated, Optional

import typer

from .common import DbOption, handle_errors, open_corpus


def register(app: typer.Typer) -> None:
    @app.command()
    @handle_errors
    def serve(
        db: DbOption = None,
        host: Annotated[str, typer.Option(help="Address to bind. Anything but loopback needs --token.")] = "127.0.0.1",
        port: Annotated[int, typer.Option(help="TCP port.", min=0, max=65535)] = 8000,
        token: Annotated[Optional[str], typer.Option(
            help="Bearer token that writes (POST) must send; also read from $CROSSWIRE_TOKEN.",
            envvar="CROSSWIRE_TOKEN", show_envvar=False)] = None,
        max_upload_mb: Annotated[float, typer.Option(help="Largest POST body, in MB.", min=0.001)] = 10.0,
        log_level: Annotated[str, typer.Option(help="uvicorn log level.")] = "info",
    ) -> None:
        """Serve the HTTP API (/api, docs at /docs) and the web page for a store.

        Binds 127.0.0.1 by default. Binding any other address requires --token, and
        every write must then send 'Authorization: Bearer <token>'.

        Example: crosswire serve --db news.db --port 8000
        """
        import uvicorn

        from ..web import create_app
        from ..web.security import LOOPBACK_HOSTS, is_loopback

        if not is_loopback(host) and not token:
            typer.echo(f"crosswire: refusing to bind {host} without --token "
                       "(anyone on the network could add articles)", err=True)
            raise typer.Exit(2)
        allowed_hosts = sorted(LOOPBACK_HOSTS) if is_loopback(host) else None
        corpus = open_corpus(db)
        app = create_app(corpus, token=token, max_upload_bytes=int(max_upload_mb * 1024 * 1024),
                         allowed_hosts=allowed_hosts)
        app.state.service.owns_corpus = True
        shown = f"[{host}]" if ":" in host else host
        typer.echo(f"crosswire: serving {corpus.store.path} on http://{shown}:{port}/ (API docs at /docs)", err=True)
        uvicorn.run(app, host=host, port=port, log_level=log_level, server_header=False,
                    proxy_headers=False, timeout_graceful_shutdown=5)
