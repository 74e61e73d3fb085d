"""`o` with an editor that cannot run: a notice, and the app keeps the terminal (probe s30 U17: with
EDITOR='nosuchedit --wait' the app stayed suspended for good, every key echoed raw, only ctrl+c ended it: the
FileNotFoundError went through Textual's suspend(), which resumes only when its block ends normally)."""

from __future__ import annotations

import contextlib
import stat

from tests.tui.test_dashboard import loaded, make, story_dir  # noqa: F401  (fixtures)


def _suspend_as_textual_does(log: list[str]):
    @contextlib.contextmanager
    def suspend():
        log.append("suspended")
        yield
        log.append("resumed")  # (no try/finally, as in textual.app.App.suspend)

    return suspend


async def _open_with(new_app, monkeypatch, editor: str) -> tuple[list[str], list[str]]:
    """Open acme.txt with ``editor`` as $EDITOR: what the app did with the terminal, and the notices it gave."""
    monkeypatch.setenv("EDITOR", editor)
    monkeypatch.delenv("VISUAL", raising=False)
    app = new_app()
    log: list[str] = []
    async with app.run_test(size=(100, 30)) as pilot:
        await loaded(pilot)
        monkeypatch.setattr(app, "suspend", _suspend_as_textual_does(log))
        app.open_in_editor("acme.txt", 1)
        await pilot.pause()
        return log, [str(n.message) for n in app._notifications]


async def test_a_missing_editor_is_named_and_the_terminal_never_handed_over(make, monkeypatch):  # noqa: F811
    log, notices = await _open_with(make, monkeypatch, "nosuchedit-s30 --wait")
    assert log == []
    assert any("cannot run nosuchedit-s30" in n for n in notices)


async def test_an_editor_that_fails_to_start_gives_the_terminal_back(make, tmp_path, monkeypatch):  # noqa: F811
    editor = tmp_path / "broken-editor"
    editor.write_text("#!/nonexistent/interpreter\n", encoding="utf-8")  # found on the path, but exec fails
    editor.chmod(editor.stat().st_mode | stat.S_IEXEC)
    log, notices = await _open_with(make, monkeypatch, str(editor))
    assert log == ["suspended", "resumed"]
    assert any("cannot run" in n for n in notices)


async def test_ctrl_c_in_the_editor_gives_the_terminal_back(make, monkeypatch):  # noqa: F811
    """Review revB-R9: ctrl+c while waiting on 'code --wait' quit the whole app instead of coming back."""
    import tui.app

    monkeypatch.setenv("EDITOR", "sh")
    monkeypatch.delenv("VISUAL", raising=False)

    def interrupted(cmd):
        raise KeyboardInterrupt

    app = make()
    log: list[str] = []
    async with app.run_test(size=(100, 30)) as pilot:
        await loaded(pilot)
        monkeypatch.setattr(app, "suspend", _suspend_as_textual_does(log))
        monkeypatch.setattr(tui.app.subprocess, "call", interrupted)
        app.open_in_editor("acme.txt", 1)
        await pilot.pause()
        assert log == ["suspended", "resumed"]
        assert any("sh interrupted" in str(n.message) for n in app._notifications)
