"""docs/usage.md stays in step with the code: every CLI command, option and API route it
names exists. (A new command missing from the guide is not a failure here, so adding one never
turns main red; the guide's owner adds it.)"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

USAGE = Path(__file__).resolve().parents[1] / "docs" / "usage.md"


@pytest.fixture(scope="module")
def cli():
    import typer.main

    from crosswire.cli import build_app

    return typer.main.get_command(build_app())


def _documented_commands(text: str) -> set[str]:
    table = text.split("## Command line", 1)[1].split("### ", 1)[0]
    return set(re.findall(r"^\| `([a-z-]+)", table, flags=re.M))


def test_documented_commands_exist(cli):
    documented = _documented_commands(USAGE.read_text(encoding="utf-8"))
    assert len(documented) >= 9
    assert documented <= set(cli.commands)


def test_documented_command_lines_use_real_options(cli):
    """Each ``crosswire CMD ...`` example names only options that CMD accepts."""
    text = USAGE.read_text(encoding="utf-8")
    checked = 0
    for line in text.splitlines():
        match = re.search(r"\bcrosswire ([a-z-]+)\b(.*)", line)
        if not match or match.group(1) not in cli.commands:
            continue
        command = cli.commands[match.group(1)]
        accepted = {opt for param in command.params for opt in (*param.opts, *param.secondary_opts)}
        for option in re.findall(r"(?<![\w-])(--?[a-z][a-z-]*)", match.group(2)):
            assert option in accepted, f"{line.strip()!r}: {option} is not an option of {command.name}"
        checked += 1
    assert checked >= 15


def test_documented_api_routes_exist():
    from crosswire.web import create_app

    def shape(path: str) -> str:  # parameter names may differ: /stories/{id} ~ /stories/{story_id}
        return re.sub(r"\{[^}]*\}", "{}", path)

    app = create_app(":memory:")
    try:
        routes = {(method.upper(), shape(path)) for path, item in app.openapi()["paths"].items() for method in item}
    finally:
        app.state.service.close()
    text = USAGE.read_text(encoding="utf-8")
    documented = {(m, shape(p)) for m, p in re.findall(r"^\| `(GET|POST) (/\S+)`", text, flags=re.M)}
    assert documented and documented <= routes
