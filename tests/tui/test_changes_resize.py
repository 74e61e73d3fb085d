"""The Changes log wraps its lines again when it is resized (probe s29 UX-9): lines written at 200 columns kept that
wrapping, so after a resize to 120 '1,841 claims' was cut at the log's edge and read '1,84'."""

from __future__ import annotations

from textual.app import App, ComposeResult

from tui.widgets.changes import ChangesLog


class LogApp(App):
    def compose(self) -> ComposeResult:
        yield ChangesLog(id="changes")


def _lines(log: ChangesLog) -> list[str]:
    return [strip.text.rstrip() for strip in log.lines]


async def test_lines_written_wide_are_wrapped_again_when_narrower():
    app = LogApp()
    summary = "indexed 210 files: 2,037 actors, 3,089 figures, 1,841 claims"
    async with app.run_test(size=(200, 20)) as pilot:
        log = app.query_one(ChangesLog)
        await pilot.pause()
        for i in range(3):
            log.log_change(
                ("042bb7b5feda.txt", "04a6711caa7c.txt", "05844573ca7e.txt", "x.txt"), summary, f"21:39:0{i}"
            )
        await pilot.pause()
        assert len(_lines(log)) == 3  # one line each at 200
        for size in ((120, 20), (80, 24), (60, 20), (200, 20)):
            await pilot.resize_terminal(*size)
            await pilot.pause()
            await pilot.pause()
            lines = _lines(log)
            width = log.scrollable_content_region.width
            assert all(len(line) <= width for line in lines), (size, lines)
            text = " ".join(lines)
            assert text.count("1,841 claims") == 3, (size, lines)
        assert len(_lines(log)) == 3  # back at 200: one line each again
        assert log.is_vertical_scroll_end


async def test_a_rename_names_each_file_once():
    """Review s28 UI-2: '19:06:56 a.txt, b.txt  renamed a.txt to b.txt' named both files twice."""
    app = LogApp()
    async with app.run_test(size=(120, 20)) as pilot:
        log = app.query_one(ChangesLog)
        await pilot.pause()
        log.log_change(("old-name.txt", "new-name.txt"), "renamed old-name.txt to new-name.txt", "19:06:56")
        log.log_change(("a.txt",), "+1 claim", "19:07:00")
        await pilot.pause()
        assert _lines(log) == ["19:06:56 renamed old-name.txt to new-name.txt", "19:07:00 a.txt  +1 claim"]
