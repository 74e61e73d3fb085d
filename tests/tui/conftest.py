"""App-test helpers: a shared engine (model loaded once) and a wait-until for asynchronous updates."""

from __future__ import annotations

import time
from collections.abc import Callable

import pytest

from extract.engine import Engine

ARTICLE_A = (
    "Acme Corp said on Monday that it would cut 1,200 jobs.\n"
    "\u201cThis is a hard day for all of us,\u201d said Jane Smith, the chief executive of Acme Corp.\n"
)
ARTICLE_B = (
    "Lazard analysts said the cuts at Acme Corp would save $40 million a year.\n"
    "Union leader Tom Baker warned that 1,500 jobs could go.\n"
)


@pytest.fixture
def engine(nlp) -> Engine:
    return Engine(nlp=nlp)


@pytest.fixture
def seeds(tmp_path):
    d = tmp_path / "seeds"
    d.mkdir()
    (d / "acme.txt").write_text(ARTICLE_A, encoding="utf-8")
    return d


async def wait_for(pilot, predicate: Callable[[], object], timeout: float = 20.0) -> None:
    """Let the app run until ``predicate()`` is true (fails the test after ``timeout`` seconds)."""
    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            app = pilot.app
            state = f"dirty={app._dirty} busy={app._busy} status={app.status!r}"
            raise AssertionError(f"timed out waiting for the app: {state}")
        await pilot.pause(0.05)
