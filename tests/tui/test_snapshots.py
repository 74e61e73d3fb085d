"""SVG snapshots of the dashboard and a detail view at 80x24 and 160x48.

Deterministic: a fixed story (hand-made facts from a stand-in engine, so engine improvements never change these
pictures), a fixed clock, no store. After an intended visual change:
    pytest tests/tui/test_snapshots.py --snapshot-update
"""

from __future__ import annotations

import hashlib
from datetime import datetime
from pathlib import Path
from types import SimpleNamespace

import pytest

from extract.engine import Engine
from extract.records import Claim, DocFacts, DocumentInfo, Figure, Mention, Quote
from tests.tui.conftest import wait_for
from tui.app import make_app
from tui.screens.detail import DetailScreen
from tui.widgets.actors import ActorsPanel

FIXED = datetime(2026, 1, 2, 12, 4, 31)
SIZES = [(80, 24), (160, 48)]

ACME = (
    "Acme Corp said on Monday that it would cut 1,200 jobs.\n"
    "\u201cThis is a hard day for all of us,\u201d said Jane Smith, the chief executive of Acme Corp.\n"
)
LAZARD = (
    "Lazard analysts said the cuts at Acme Corp would save $40 million a year.\n"
    "Union leader Tom Baker warned that 1,500 jobs could go.\n"
    "\u201cWe will [bold]not[/bold] accept this,\u201d Tom Baker said.\n"
)


def _at(text: str, part: str, nth: int = 0) -> tuple[int, int, int]:
    """(start, end, line) of the nth occurrence of ``part``."""
    start = -1
    for _ in range(nth + 1):
        start = text.index(part, start + 1)
    return start, start + len(part), text.count("\n", 0, start) + 1


def _info(name: str, text: str) -> DocumentInfo:
    sha = hashlib.sha256(text.encode()).hexdigest()
    return DocumentInfo(name, text.splitlines()[0], len(text.split()), sha, 1767355471.0)


def _mention(text, name, part, kind, nth=0, role=None):
    s, e, _ = _at(text, part, nth)
    return Mention(part, part, kind, s, e, name, role=role)


def _figure(text, name, part, value, kind, unit, about, sentence_line, display):
    s, e, line = _at(text, part)
    sentence = text.splitlines()[sentence_line - 1]
    return Figure(part, value, kind, unit, None, None, about, sentence, name, s, e, display=display, line=line)


def _claim(text, name, part, source, cue, kind):
    s, e, line = _at(text, part)
    return Claim(part, source, source, cue, kind, name, s, e, line=line)


def _quote(text, name, part, speaker, cue):
    s, e, line = _at(text, part)
    return Quote(part, speaker, speaker, cue, name, s, e, line=line)


def acme_facts(name: str, text: str) -> DocFacts:
    return DocFacts(
        _info(name, text),
        mentions=(
            _mention(text, name, "Acme Corp", "organization"),
            _mention(text, name, "Jane Smith", "person", role="chief executive of Acme Corp"),
            _mention(text, name, "Acme Corp", "organization", nth=1),
        ),
        figures=(_figure(text, name, "1,200", 1200.0, "count", None, "jobs", 1, "1,200"),),
        quotes=(_quote(text, name, "This is a hard day for all of us,", "Jane Smith", "said"),),
        claims=(_claim(text, name, "that it would cut 1,200 jobs", "Acme Corp", "said", "indirect"),),
    )


def lazard_facts(name: str, text: str) -> DocFacts:
    return DocFacts(
        _info(name, text),
        mentions=(
            _mention(text, name, "Lazard", "organization"),
            _mention(text, name, "Acme Corp", "organization"),
            _mention(text, name, "Tom Baker", "person", role="Union leader"),
            _mention(text, name, "Tom Baker", "person", nth=1),
        ),
        figures=(
            _figure(text, name, "$40 million", 4e7, "money", "USD", "cuts", 1, "USD 40 m"),
            _figure(text, name, "1,500", 1500.0, "count", None, "jobs", 2, "1,500"),
        ),
        quotes=(_quote(text, name, "We will [bold]not[/bold] accept this,", "Tom Baker", "said"),),
        claims=(
            _claim(text, name, "the cuts at Acme Corp would save $40 million a year", "Lazard", "said", "indirect"),
            _claim(text, name, "that 1,500 jobs could go", "Tom Baker", "warned", "indirect"),
        ),
    )


class FixedEngine(Engine):
    """Hand-made facts for the two snapshot articles; no spaCy."""

    def __init__(self) -> None:
        super().__init__(nlp=SimpleNamespace(meta={"name": "fixed"}))

    def extract_files(self, files, progress=None, **kwargs) -> list[DocFacts]:
        out = []
        for path, name in files:
            text = Path(path).read_text(encoding="utf-8")
            out.append((acme_facts if name == "acme.txt" else lazard_facts)(name, text))
        if progress:
            progress(len(out), len(out))
        return out


@pytest.fixture
def app(tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "acme.txt").write_text(ACME, encoding="utf-8")
    (seeds / "lazard.txt").write_text(LAZARD, encoding="utf-8")
    return make_app(seeds, engine=FixedEngine(), use_store=False, config=tmp_path / "config", clock=lambda: FIXED)


async def settle(pilot) -> None:
    app = pilot.app
    await wait_for(pilot, lambda: app.story is not None and len(app.story.documents) == 2 and app.status == "",
                   timeout=60)
    app.clear_notifications()
    # DataTable sizes its auto-width columns on a later refresh: let that happen before the screenshot.
    await pilot.pause(0.3)
    await pilot.wait_for_scheduled_animations()


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_main_screen(snap_compare, app, size):
    assert snap_compare(app, terminal_size=size, run_before=settle)


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_detail_view(snap_compare, app, size):
    async def open_detail(pilot) -> None:
        await settle(pilot)
        actors = pilot.app.query_one(ActorsPanel)
        actors.move_cursor(row=actors.get_row_index("actor|person|tom baker"), animate=False)
        await pilot.press("enter")
        await wait_for(pilot, lambda: isinstance(pilot.app.screen, DetailScreen) and pilot.app.screen.detail)
        pilot.app.clear_notifications()
        await pilot.pause(0.3)

    assert snap_compare(app, terminal_size=size, run_before=open_detail)
