"""A file name of 240 characters (a scraper's slug) is shortened in the middle wherever the dashboard names a file
in a line of text: the Changes log, the summaries it shows and the notices, so the time, the extension and the
summary stay on the line instead of the name folding over three lines of the log."""

from __future__ import annotations

from textual.app import App, ComposeResult

from extract.diff import file_news
from extract.export import FILE_NAME_CELLS
from extract.records import DocFacts, DocumentInfo, Story
from tui.widgets.changes import ChangesLog

LONG = "a-very-long-article-name-from-a-wire-service-" * 5 + "x" * 11 + ".txt"


class LogApp(App):
    def compose(self) -> ComposeResult:
        yield ChangesLog(id="changes")


def _lines(log: ChangesLog) -> list[str]:
    return [strip.text.rstrip() for strip in log.lines]


async def test_a_long_file_name_is_cut_in_the_middle_in_the_changes_log() -> None:
    assert len(LONG) == 240
    app = LogApp()
    async with app.run_test(size=(120, 20)) as pilot:
        log = app.query_one(ChangesLog)
        log.log_change((f"wire/{LONG}",), "+2 claims, +1 figure", "12:00:00")
        await pilot.pause()
        lines = _lines(log)
        assert len(lines) == 1, lines
        line = lines[0]
        assert line.startswith("12:00:00 a-very-long-article")
        assert "\u2026" in line and "xxxx.txt  +2 claims, +1 figure" in line
        assert len(line) <= len("12:00:00 ") + FILE_NAME_CELLS + len("  +2 claims, +1 figure")


def _doc(path: str) -> DocumentInfo:
    return DocumentInfo(path, "t", 10, "0" * 64, 0.0, None)


def test_a_removed_files_long_name_is_cut_in_the_summary() -> None:
    old = Story(documents=(_doc(LONG), _doc("b.txt")))
    new = Story(documents=(_doc("b.txt"),))
    news = file_news(old, new, {"b.txt": DocFacts(_doc("b.txt"))}, [LONG, "c.txt"])
    assert news.startswith("removed a-very-long-article") and news.endswith("xxxx.txt")
    assert "\u2026" in news and len(news) <= len("removed ") + FILE_NAME_CELLS


async def test_a_file_name_with_escape_sequences_reaches_no_notice_raw(seeds, tmp_path):
    """Probe s28 UX-10: a new file named '\\x1b[2J\\x1b]0;TITLE\\x07name.txt' cleared the screen and set the terminal's
    title through the notice that names it ('<name>: +1 claim'); its Changes line was already safe."""
    import re

    from tests.tui.conftest import wait_for
    from tests.tui.fixed_story import FixedEngine
    from tui.app import make_app

    app = make_app(seeds, state_dir=tmp_path / "state", engine=FixedEngine(), config=tmp_path / "config")
    async with app.run_test(size=(120, 36)) as pilot:
        await wait_for(pilot, lambda: app.story is not None and not app._busy and app.status == "", timeout=60)
        hostile = "\x1b[2J\x1b[31mESC\x1b]0;TITLE\x07name.txt"
        (seeds / hostile).write_text("Chief Rob Tate said 44 fires burned.\n", encoding="utf-8")
        await wait_for(pilot, lambda: any("name.txt" in n.message for n in app._notifications), timeout=60)
        for n in app._notifications:
            assert not re.search("[\x00-\x1f\x7f-\x9f]", n.message + n.title), n.message
        named = [n.message for n in app._notifications if "name.txt" in n.message]
        assert named[0].startswith("\ufffd[2J\ufffd[31mESC\ufffd]0;TITLE\ufffdname.txt")


async def test_a_narrow_log_wraps_its_lines_instead_of_cutting_them() -> None:
    """Review s28 rev1 UI-5: at 60x20 the log wrapped at 78 cells (RichLog's min_width), cutting each line at its
    edge."""
    app = LogApp()
    async with app.run_test(size=(60, 20)) as pilot:
        log = app.query_one(ChangesLog)
        summary = "indexed 1 file: 60 actors, 16 figures, 20 claims, homes 1,200 -> 1,300"
        log.log_change(("north-korean-troops-ukraine.txt",), summary, "19:08:33")
        await pilot.pause()
        text = " ".join(_lines(log))
        assert all(len(line) <= log.scrollable_content_region.width for line in _lines(log))
        assert "60 actors, 16 figures, 20 claims" in text and text.endswith("1,200 -> 1,300")
