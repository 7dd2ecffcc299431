"""CLI commands: extract (work in progress)."""

from __future__ import annotations

import typer


def register(app: typer.Typer) -> None:
    pass
