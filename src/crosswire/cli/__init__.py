"""The ``crosswire`` command: a thin typer layer over :mod:`crosswire.api`.

Each command group lives in its own module with a ``register(app)`` function.
"""

from __future__ import annotations

import typer

COMMAND_MODULES = ("articles", "extract", "stories", "brief", "serve")


def build_app() -> typer.Typer:
    from importlib import import_module

    app = typer.Typer(
        name="crosswire",
        help="Read many news reports of the same events; brief what they agree on, contradict, and quote.\n\n"
        "Example: crosswire brief articles/ --format md",
        no_args_is_help=True,
        add_completion=False,
        pretty_exceptions_enable=False,
    )

    @app.callback()
    def root() -> None:
        """crosswire: cross-outlet news briefs."""

    @app.command()
    def version() -> None:
        """Print crosswire's version.

        Example: crosswire version
        """
        from .. import __version__

        typer.echo(__version__)

    for name in COMMAND_MODULES:
        import_module(f"crosswire.cli.{name}").register(app)
    return app


def main() -> None:
    build_app()()
