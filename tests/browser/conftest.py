"""Browser tests: Debian's Chromium driven by Playwright against a real uvicorn on 127.0.0.1.

Playwright cannot download its own browsers here, so we launch the system ``chromium``.
Without it the tests skip (with the reason), except under CI=true, where they must run.
"""

from __future__ import annotations

import os
import shutil
from typing import Any, Iterator

import pytest
from web_live_server import LiveServer, start_server

CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]


def chromium_or_skip() -> str:
    path = shutil.which("chromium") or shutil.which("chromium-browser")
    if path is None:
        if os.environ.get("CI") == "true":
            pytest.fail("chromium is not installed, and CI=true requires the browser tests to run")
        pytest.skip("chromium is not installed (apt-get install chromium); browser tests skipped")
    return path


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args: dict[str, Any]) -> dict[str, Any]:
    """pytest-playwright's launch arguments, pointed at the system Chromium."""
    return {**browser_type_launch_args, "executable_path": chromium_or_skip(), "args": CHROMIUM_ARGS}


@pytest.fixture(scope="session")
def live_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    """The demo corpus in a real SQLite file, served once for the whole browser session."""
    chromium_or_skip()  # do not build a corpus for tests that will skip
    from web_demo import demo_store_copy

    from crosswire.api import Corpus
    from crosswire.web import create_app

    corpus = Corpus(demo_store_copy(tmp_path_factory, "browser"))
    app = create_app(corpus, allowed_hosts=["127.0.0.1", "localhost"])
    url, server, thread = start_server(app)
    try:
        yield LiveServer(url, corpus, app)
    finally:
        server.should_exit = True
        thread.join(timeout=10)
        corpus.close()
