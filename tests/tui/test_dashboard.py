"""Every dashboard key, driven with Pilot: drill-down, filters, sort, copy, export, help, palette, themes, layout."""

from __future__ import annotations

import json
import os
import stat
from datetime import datetime

import pytest
from textual.command import CommandPalette
from textual.widgets import OptionList

from tests.tui.conftest import ARTICLE_B, wait_for
from tests.tui.fixed_story import FixedEngine
from tui.app import make_app
from tui.screens.detail import DetailScreen
from tui.screens.export import ExportScreen
from tui.screens.files import FilesScreen
from tui.screens.help import HelpScreen
from tui.widgets.actors import ActorsPanel
from tui.widgets.claims import ClaimsPanel
from tui.widgets.figures import FiguresPanel
from tui.widgets.filterbar import FilterInput, FilterStatus
from tui.widgets.header import StoryHeader

FIXED = datetime(2026, 1, 2, 12, 4, 31)


def table_text(table) -> str:
    return "\n".join(" ".join(str(c) for c in table.get_row_at(i)) for i in range(table.row_count))


def column(table, name: str) -> list[str]:
    return [str(c) for c in table.get_column(name)]


@pytest.fixture
def story_dir(seeds):
    (seeds / "lazard.txt").write_text(ARTICLE_B, encoding="utf-8")
    return seeds


@pytest.fixture
def make(story_dir, tmp_path):
    """An app on the two-article story (stand-in engine: these tests are about the UI, not extraction quality),
    with its own state and settings folders and a fixed clock."""

    def _make(**kwargs):
        kwargs.setdefault("use_store", False)
        return make_app(
            story_dir,
            state_dir=tmp_path / "state",
            engine=FixedEngine(),
            config=tmp_path / "config",
            clock=lambda: FIXED,
            **kwargs,
        )

    return _make


async def loaded(pilot) -> None:
    app = pilot.app
    await wait_for(
        pilot, lambda: app.story is not None and len(app.story.documents) == 2 and app.status == "", timeout=60
    )


def move_to(table, text: str) -> None:
    """Put the cursor on the first row whose text contains ``text``."""
    for i in range(table.row_count):
        if text in " ".join(str(c) for c in table.get_row_at(i)):
            table.move_cursor(row=i, animate=False)
            return
    raise AssertionError(f"{text!r} not in {table.id}:\n{table_text(table)}")


async def test_enter_opens_detail_of_actor_figure_claim_and_esc_goes_back(make):
    app = make()
    async with app.run_test(size=(140, 40)) as pilot:
        await loaded(pilot)
        actors = app.query_one(ActorsPanel)
        actors.focus()
        move_to(actors, "Jane Smith")
        await pilot.press("enter")
        await wait_for(pilot, lambda: isinstance(app.screen, DetailScreen) and app.screen.detail is not None)
        detail = app.screen.detail
        assert detail.title == "Jane Smith"
        sections = {e.section for e in detail.entries}
        assert "Mentions" in sections and "Quotes" in sections
        mention = next(e for e in detail.entries if e.section == "Mentions")
        assert mention.match == "Jane Smith" and mention.document == "acme.txt" and mention.line == 2
        assert "hard day" in mention.before  # the sentence in context
        await pilot.press("escape")
        assert app.screen is app.dashboard

        await pilot.press("2")
        figures = app.query_one(FiguresPanel)
        move_to(figures, "1,500")
        await pilot.press("enter")
        await wait_for(pilot, lambda: isinstance(app.screen, DetailScreen) and app.screen.detail is not None)
        occurrence = app.screen.detail.entries[0]
        assert occurrence.match == "1,500" and occurrence.document == "lazard.txt" and occurrence.line == 2
        assert ("About", "jobs") in app.screen.detail.facts
        await pilot.press("escape")

        await pilot.press("3")
        claims = app.query_one(ClaimsPanel)
        move_to(claims, "cut 1,200 jobs")
        await pilot.press("enter")
        await wait_for(pilot, lambda: isinstance(app.screen, DetailScreen) and app.screen.detail is not None)
        assert ("Who", "Acme Corp") in app.screen.detail.facts
        # Enter on a related fact drills further; Esc unwinds one level at a time.
        first = app.screen
        listing = first.query_one(OptionList)
        index = next(i for i in range(listing.option_count) if "Figures" in str(listing.get_option_at_index(i).prompt))
        listing.highlighted = index + 1
        await pilot.press("enter")
        await wait_for(pilot, lambda: app.screen is not first and isinstance(app.screen, DetailScreen))
        await wait_for(pilot, lambda: app.screen.detail is not None)
        assert app.screen.detail.entries[0].match == "1,200"
        await pilot.press("escape")
        assert app.screen is first
        await pilot.press("escape")
        assert app.screen is app.dashboard


async def test_o_opens_editor_at_the_line(make, tmp_path, monkeypatch):
    log = tmp_path / "editor.log"
    editor = tmp_path / "fake-editor"
    editor.write_text(f'#!/bin/sh\necho "$@" > {log}\n', encoding="utf-8")
    editor.chmod(editor.stat().st_mode | stat.S_IEXEC)
    monkeypatch.setenv("EDITOR", str(editor))
    monkeypatch.delenv("VISUAL", raising=False)
    app = make()
    async with app.run_test(size=(140, 40)) as pilot:
        await loaded(pilot)
        await pilot.press("3")
        move_to(app.query_one(ClaimsPanel), "1,500 jobs could go")
        await pilot.press("o")
        await wait_for(pilot, log.exists)
        assert log.read_text().split() == ["+2", str(app.tracker.root / "lazard.txt")]
        # In a detail view, o opens the highlighted occurrence.
        log.unlink()
        move_to(app.query_one(ClaimsPanel), "hard day")
        await pilot.press("enter")
        await wait_for(pilot, lambda: isinstance(app.screen, DetailScreen) and app.screen.detail is not None)
        await pilot.press("o")
        await wait_for(pilot, log.exists)
        assert log.read_text().split() == ["+2", str(app.tracker.root / "acme.txt")]
        # The file deleted meanwhile (the view stays open): no editor on a new, empty article; a notice instead.
        log.unlink()
        (app.tracker.root / "acme.txt").unlink()
        await pilot.press("o")
        await pilot.pause()
        assert not log.exists() and not (app.tracker.root / "acme.txt").exists()
        assert any("no longer in the folder" in str(n.message) for n in app._notifications)


async def test_actor_cross_filter_narrows_other_panels_and_x_clears(make):
    app = make()
    async with app.run_test(size=(140, 40)) as pilot:
        await loaded(pilot)
        actors, figures, claims = app.query_one(ActorsPanel), app.query_one(FiguresPanel), app.query_one(ClaimsPanel)
        all_claims = claims.row_count
        actors.focus()
        move_to(actors, "Tom Baker")
        await pilot.press("a")
        status = app.query_one(FilterStatus)
        assert status.display and "Tom Baker" in status.content.plain
        assert "1,500" in table_text(figures) and "1,200" not in table_text(figures)
        assert claims.row_count == 1 and "1,500 jobs could go" in table_text(claims)
        assert actors.row_count == len(app.story.actors)  # the actor list itself stays whole
        assert "of" in str(claims.border_title)
        await pilot.press("x")
        assert not status.display and claims.row_count == all_claims
        # a again on the chosen actor toggles the filter off; Esc also clears.
        await pilot.press("a")
        assert claims.row_count == 1
        await pilot.press("escape")
        assert claims.row_count == all_claims


async def test_slash_filters_the_focused_panel_as_you_type(make):
    app = make()
    async with app.run_test(size=(140, 40)) as pilot:
        await loaded(pilot)
        await pilot.press("3", "slash")
        assert isinstance(app.focused, FilterInput)
        await pilot.press(*"baker")
        claims = app.query_one(ClaimsPanel)
        assert claims.row_count == 1 and "Tom Baker" in table_text(claims)
        assert app.query_one(ActorsPanel).row_count == len(app.story.actors)  # other panels untouched
        await pilot.press("enter")  # keeps the filter, back to the panel
        assert app.focused is claims and claims.row_count == 1
        await pilot.press("slash", "escape")  # Esc in the input clears this panel's filter
        assert app.focused is claims and claims.row_count > 1


async def test_sort_by_column_with_keys_and_header_click(make):
    app = make()
    async with app.run_test(size=(140, 40)) as pilot:
        await loaded(pilot)
        actors = app.query_one(ActorsPanel)
        actors.focus()
        await pilot.press("s")  # first sortable column: name, ascending
        names = column(actors, "name")
        assert names == sorted(names, key=str.lower)
        await pilot.press("S")
        assert column(actors, "name") == sorted(names, key=str.lower, reverse=True)
        await pilot.press("s")  # next: kind
        assert actors.sort_column == "kind"
        # Clicking a header sorts by it (mentions, numerically). The click goes to the middle of the header cell,
        # measured once the column widths hold still. On a loaded machine a pending row update can still change the
        # auto-width columns between measuring and clicking (CI once hit "Role" so), so a click that lands on another
        # header is measured and made again; where it lands is the layout's business, what it sorts is ours.
        tries = []
        for _ in range(4):
            widths = None
            while True:
                await pilot.pause()
                now = [c.get_render_width(actors) for c in actors.ordered_columns]
                if now == widths:
                    break
                widths = now
            x = 1 + sum(widths[:3]) - int(actors.scroll_x) + widths[3] // 2
            await pilot.click(ActorsPanel, offset=(x, 1))
            tries.append((widths, actors.scroll_x, x, actors.sort_column))
            if actors.sort_column == "mentions":
                break
        assert actors.sort_column == "mentions", tries
        counts = [int(c) for c in column(actors, "mentions")]
        assert counts == sorted(counts)
        # The sort survives an update.
        app.dashboard.render_story()
        assert [int(c) for c in column(actors, "mentions")] == sorted(counts)


async def test_c_and_y_copy_with_attribution(make):
    app = make()
    async with app.run_test(size=(140, 40)) as pilot:
        await loaded(pilot)
        await pilot.press("3")
        move_to(app.query_one(ClaimsPanel), "hard day")
        await pilot.press("c")
        assert app.clipboard == "\u201cThis is a hard day for all of us,\u201d Jane Smith said, per acme.txt, line 2"
        assert any("copied" in (n.title or "") for n in app._notifications)
        move_to(app.query_one(ClaimsPanel), "1,500 jobs could go")
        await pilot.press("c")
        assert app.clipboard == "Tom Baker warned that 1,500 jobs could go (per lazard.txt, line 2)"
        await pilot.press("2")
        move_to(app.query_one(FiguresPanel), "1,200")
        await pilot.press("y")
        assert app.clipboard.startswith("1,200 (jobs), per acme.txt, line 1: \u201cAcme Corp said")
        # On an actor there is nothing to cite: a notice, and the clipboard is unchanged.
        before = app.clipboard
        await pilot.press("1", "c")
        assert app.clipboard == before


async def test_e_exports_the_filtered_view(make, tmp_path):
    app = make()
    out = tmp_path / "out"
    async with app.run_test(size=(140, 40)) as pilot:
        await loaded(pilot)
        await pilot.press("3", "slash", *"baker", "enter")
        await pilot.press("e")
        assert isinstance(app.screen, ExportScreen)
        await pilot.press("down")  # Markdown -> CSV: moving chooses
        await pilot.press("tab", "ctrl+u", *str(out), "enter")
        await wait_for(pilot, lambda: out.exists() and list(out.iterdir()))
        (written,) = out.iterdir()
        assert written.name == "storywatch-seeds-20260102-120431.csv"
        rows = written.read_text(encoding="utf-8")
        assert "1,500 jobs could go" in rows and "hard day" not in rows  # filters applied
        assert "Jane Smith" in rows  # the actors panel was not filtered
        assert app.screen is app.dashboard


async def test_export_json_to_default_folder_and_cancel(make, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    app = make()
    async with app.run_test(size=(140, 40)) as pilot:
        await loaded(pilot)
        await pilot.press("e", "escape")
        assert app.screen is app.dashboard and not list(tmp_path.glob("storywatch-*"))
        await pilot.press("e", "down", "down", "up", "down")  # JSON
        await pilot.press("enter")  # Enter on the chosen format exports
        await wait_for(pilot, lambda: list(tmp_path.glob("storywatch-*.json")))
        data = json.loads(next(tmp_path.glob("storywatch-*.json")).read_text(encoding="utf-8"))
        assert {"documents", "actors", "figures", "quotes", "claims", "conflicts", "warnings"} <= data.keys()


async def test_help_palette_and_theme_memory(make, tmp_path):
    app = make()
    async with app.run_test(size=(140, 40)) as pilot:
        await loaded(pilot)
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        await pilot.press("escape")
        assert app.screen is app.dashboard
        await pilot.press("ctrl+p")
        assert isinstance(app.screen, CommandPalette)
        await pilot.press("escape")
        await pilot.press("t")  # the theme picker is the palette too
        assert isinstance(app.screen, CommandPalette)
        await pilot.press("escape")
        titles = {c.title for c in app.get_system_commands(app.screen)}
        for b in (*app.dashboard.BINDINGS, *app.BINDINGS):
            assert b.description in titles or b.action in ("quit", "change_theme"), b.action
        assert {"Theme", "Quit", "Export", "Copy", "Filter", "By actor", "Detail"} <= titles
        # A palette command runs its action on the screen it was opened from.
        command = next(c for c in app.get_system_commands(app.screen) if c.title == "Files")
        await command.callback()
        await pilot.pause()
        assert isinstance(app.screen, FilesScreen)
        await pilot.press("escape")
        app.theme = "textual-light"
        await pilot.pause(0.2)
    saved = json.loads((tmp_path / "config" / "settings.json").read_text(encoding="utf-8"))
    assert saved == {"theme": "textual-light"}
    again = make()
    async with again.run_test(size=(140, 40)) as pilot:
        await pilot.pause()
        assert again.theme == "textual-light"


async def test_file_errors_show_in_header_and_files_list(make, story_dir):
    (story_dir / "broken.txt").write_bytes(b"\x00\x01\x02binary\x00" * 50)
    app = make()
    async with app.run_test(size=(140, 40)) as pilot:
        three = lambda: app.story is not None and len(app.story.documents) == 3 and app.status == ""  # noqa: E731
        await wait_for(pilot, three, timeout=60)
        await pilot.pause()
        header = app.dashboard.query_one(StoryHeader).content.plain
        assert "1 file error: broken.txt" in header
        await pilot.press("f")
        assert isinstance(app.screen, FilesScreen)
        files = app.screen.query_one("#files-table")
        first = " ".join(str(c) for c in files.get_row_at(0))
        assert "broken.txt" in first and "binary" in first
        await pilot.press("escape")
        assert app.screen is app.dashboard


async def test_header_drops_the_word_count_before_it_cuts_a_long_status(make):
    app = make()
    async with app.run_test(size=(120, 30)) as pilot:
        await loaded(pilot)
        header = app.dashboard.query_one(StoryHeader)
        assert "words" in header.content.plain and "updated" in header.content.plain  # room for it all
        app.status = "indexing with en_core_web_trf"
        await pilot.pause()
        shown = header.content.plain
        assert shown.endswith(app.status) and header.content.cell_len <= header.size.width
        assert "words" not in shown and "updated" not in shown


async def test_a_resize_makes_the_width_dependent_rows_again(make):
    """Wrapped claims, the figures' 'about' length and the actors' roles follow the panels' width: a resize makes
    those rows again."""
    app = make()
    async with app.run_test(size=(120, 36)) as pilot:
        await loaded(pilot)
        claims = app.query_one(ClaimsPanel)
        before = app.dashboard.rows
        await pilot.resize_terminal(160, 48)
        await wait_for(pilot, lambda: app.dashboard.rows is not before)
        inputs = app.dashboard.rows.inputs
        assert inputs.claims_width == claims.size.width
        assert inputs.figures_width == app.query_one(FiguresPanel).size.width
        assert inputs.actors_width == app.query_one(ActorsPanel).size.width


async def test_80x24_uses_tabs_and_wraps_claims(make):
    app = make()
    async with app.run_test(size=(80, 24)) as pilot:
        await loaded(pilot)
        dash = app.dashboard
        assert dash.has_class("-narrow")
        shown = [p for p in ("actors", "figures", "claims", "changes") if dash.query_one(f"#{p}").display]
        visible = [p for p in shown if dash.query_one(f"#{p}").region.height > 0]
        assert visible == ["actors"]
        await pilot.press("3")
        claims = app.query_one(ClaimsPanel)
        assert claims.region.height > 10 and app.query_one(ActorsPanel).region.height == 0
        # Long claims wrap onto more lines rather than being cut off.
        assert any(row.height > 1 for row in claims.rows.values())
        await pilot.resize_terminal(160, 48)
        await pilot.pause()
        assert not dash.has_class("-narrow")
        assert all(dash.query_one(f"#{p}").region.height > 0 for p in ("actors", "figures", "claims", "changes"))


async def test_new_markers_until_the_panel_is_left_and_newest_claims_first(story_dir, tmp_path):
    (story_dir / "lazard.txt").unlink()
    app = make_app(story_dir, state_dir=tmp_path / "state", engine=FixedEngine(), config=tmp_path / "config")
    async with app.run_test(size=(140, 40)) as pilot:
        await wait_for(pilot, lambda: app.story is not None and app.story.documents and app.status == "", timeout=60)
        claims = app.query_one(ClaimsPanel)
        assert "NEW" not in table_text(claims)  # the first load is not news
        await pilot.pause(1.1)  # first-seen times have a one-second resolution
        (story_dir / "lazard.txt").write_text(ARTICLE_B, encoding="utf-8")
        await wait_for(pilot, lambda: len(app.story.documents) == 2)
        first = claims.get_row_at(0)
        assert str(first[0]) == "NEW" and "lazard.txt" in str(first[4])  # newest first
        assert "\u25cf" in table_text(app.query_one(ActorsPanel))
        await pilot.press("3", "1")  # leave Actors, visit Claims, leave it
        assert "NEW" not in table_text(claims)
        assert "\u25cf" not in table_text(app.query_one(ActorsPanel))
        assert "\u25cf" in table_text(app.query_one(FiguresPanel))  # not visited yet


async def test_markup_and_escapes_are_literal_in_detail_and_clipboard(seeds, tmp_path, engine):
    (seeds / "acme.txt").write_text(
        "\u201c[bold]Free[/bold] \x1b]52;c;ZXZpbA==\x07lunch\x1b[31m for all,\u201d said Jane Smith of Acme Corp.\n",
        encoding="utf-8",
    )
    app = make_app(seeds, state_dir=tmp_path / "state", engine=engine, config=tmp_path / "config", use_store=False)
    async with app.run_test(size=(140, 40)) as pilot:
        await wait_for(pilot, lambda: app.story is not None and app.story.quotes)
        await pilot.press("3")
        await pilot.press("c")
        assert "[bold]Free[/bold]" in app.clipboard
        assert not any(ord(ch) < 32 or 0x7F <= ord(ch) <= 0x9F for ch in app.clipboard)
        await pilot.press("enter")
        await wait_for(pilot, lambda: isinstance(app.screen, DetailScreen) and app.screen.detail is not None)
        listing = app.screen.query_one(OptionList)
        rendered = " ".join(str(listing.get_option_at_index(i).prompt) for i in range(listing.option_count))
        assert "[bold]Free[/bold]" in rendered
        assert "\x1b" not in rendered and "\x07" not in rendered
        # The screen as drawn contains no escape from the file either.
        svg = app.export_screenshot()
        assert "[bold]Free[/bold]" in svg.replace("&#160;", " ")


# Pure helpers ---------------------------------------------------------------------------------------------

from extract.records import Actor, Claim, Figure, Quote  # noqa: E402
from tui.widgets.cite import cite_claim, cite_figure, cite_quote  # noqa: E402
from tui.widgets.clipboard import multiplexer, osc52, screen_passthrough  # noqa: E402
from tui.widgets.detail_data import CONTEXT_CHARS, context  # noqa: E402
from tui.widgets.editor import editor_command  # noqa: E402
from tui.widgets.safe import clip_text  # noqa: E402
from tui.widgets.table import natural_key  # noqa: E402
from tui.widgets.view import ViewFilter, view_story  # noqa: E402


@pytest.mark.parametrize(
    ("record", "expected"),
    [
        (
            Quote("We will not give up.", "Volodymyr Zelensky", "Zelensky", "said", "seed.txt", 10, 30, line=8),
            "\u201cWe will not give up,\u201d Volodymyr Zelensky said, per seed.txt, line 8",
        ),
        (Quote("Why now?", None, None, None, "a/b.txt", 0, 8, line=3), "\u201cWhy now?\u201d per b.txt, line 3"),
        (
            Claim("that 1,500 jobs could go", "Tom Baker", "Tom Baker", "warned", "indirect", "l.txt", 0, 5, line=2),
            "Tom Baker warned that 1,500 jobs could go (per l.txt, line 2)",
        ),
        (
            Claim("the talks failed", "Reuters", "Reuters", "according to", "according_to", "r.txt", 0, 5, line=4),
            "According to Reuters, the talks failed (per r.txt, line 4)",
        ),
        (
            Claim("Line one\nline\x1b[31m two", "Ann", "Ann", "said", "direct", "x.txt", 0, 5, line=1),
            "\u201cLine one line\ufffd[31m two,\u201d Ann said, per x.txt, line 1",
        ),
    ],
)
def test_citations(record, expected):
    cite = cite_quote if isinstance(record, Quote) else cite_claim
    assert cite(record) == expected


def test_figure_citation():
    f = Figure(
        "up to 13,000",
        13000.0,
        "count",
        None,
        "up to",
        None,
        "North Korean soldiers",
        "Up to 13,000 North Korean soldiers are in Russia.",
        "seed.txt",
        0,
        12,
        display="13,000",
        line=2,
    )
    assert cite_figure(f) == (
        "up to 13,000 (North Korean soldiers), per seed.txt, line 2: "
        "\u201cUp to 13,000 North Korean soldiers are in Russia.\u201d"
    )


def test_clipboard_sequences():
    assert osc52("hi") == "\x1b]52;c;aGk=\a"
    wrapped = screen_passthrough(osc52("x" * 200))
    assert wrapped.startswith("\x1bP\x1b]52;c;") and wrapped.endswith("\x1b\\")
    assert all(len(part) <= 76 for part in wrapped.split("\x1bP")[1:] for part in [part.removesuffix("\x1b\\")])
    assert multiplexer({"TMUX": "/tmp/tmux-0/default,1,0", "STY": "x"}) == "tmux"
    assert multiplexer({"STY": "123.pts-0.host"}) == "screen"
    assert multiplexer({}) is None
    assert clip_text("a\tb\n\x1b]52;c;evil\x07 \u202e") == "a b \ufffd]52;c;evil\ufffd \ufffd"


async def test_copy_inside_tmux_goes_through_load_buffer(make, tmp_path, monkeypatch):
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    log = tmp_path / "tmux.log"
    fake = bin_dir / "tmux"
    fake.write_text(f'#!/bin/sh\necho "$@" >> {log}\ncat >> {log}\n', encoding="utf-8")
    fake.chmod(fake.stat().st_mode | stat.S_IEXEC)
    monkeypatch.setenv("PATH", f"{bin_dir}:{os.environ['PATH']}")
    monkeypatch.setenv("TMUX", "/tmp/fake,1,0")
    app = make()
    async with app.run_test(size=(140, 40)) as pilot:
        await loaded(pilot)
        await pilot.press("3")
        move_to(app.query_one(ClaimsPanel), "hard day")
        await pilot.press("c")
        await wait_for(pilot, lambda: log.exists() and "per acme.txt" in log.read_text())
        assert log.read_text().startswith("load-buffer -w -\n\u201cThis is a hard day")


async def test_figures_columns_up_to_kind_fit_the_panel_at_120_columns(make):
    """A long label of what a figure counts is cut to what the panel has room for, so the figure and its kind show
    whole beside it at 120x36; a wider terminal gives the label more room."""
    from extract.records import Story
    from tui.widgets.figures import ABOUT_CELLS, figure_rows
    from tui.widgets.safe import theme_styles

    about = "results of American presidential elections"
    figs = (
        Figure("November 5", None, "date", None, None, None, about, "", "a.txt", 0, 10, display="--11-05"),
        Figure(
            "two years and eight months",
            2.67,
            "duration",
            "year",
            None,
            None,
            "war",
            "",
            "a.txt",
            20,
            46,
            display="2 years 8 months",
        ),
    )
    app = make()
    async with app.run_test(size=(120, 36)) as pilot:
        await loaded(pilot)
        panel = app.query_one(FiguresPanel)

        def fits() -> tuple[int, int, str]:
            rows = figure_rows(Story(figures=figs), theme_styles({}), True, total=2, limit=10, width=panel.size.width)
            panel.show_rows(rows, set(), theme_styles({}))
            used = sum(c.get_render_width(panel) for c in panel.ordered_columns[:5])
            return used, panel.scrollable_content_region.width, rows.rows[0].cells[0][0]

        used, room, label = fits()
        assert used <= room and label.startswith("results of") and len(label) < ABOUT_CELLS
        await pilot.resize_terminal(160, 48)
        await pilot.pause()
        used, room, wide = fits()
        assert used <= room and len(wide) > len(label)


def test_editor_commands():
    from pathlib import Path

    p = Path("/s/a.txt")
    assert editor_command(p, 8, {"EDITOR": "vim"}) == ["vim", "+8", "/s/a.txt"]
    assert editor_command(p, 0, {}) == ["vi", "+1", "/s/a.txt"]
    assert editor_command(p, 3, {"VISUAL": "code --wait", "EDITOR": "vim"}) == ["code", "--wait", "-g", "/s/a.txt:3"]


def test_natural_sort_key():
    cells = ["13,000", "9", "", "USD 50 bn", "\u2014", "apple"]
    assert sorted(cells, key=natural_key) == ["9", "13,000", "apple", "USD 50 bn", "", "\u2014"]


def test_context_cuts_long_paragraphs_to_the_sentence():
    text = "Title\n" + "First sentence here. " * 20 + "The 13,000 troops arrived. " + "Later text. " * 20
    start = text.index("13,000")
    before, match, after, line = context(text, start, start + 6)
    assert (before, match, after, line) == ("The ", "13,000", " troops arrived.", 2)


def test_context_of_a_long_sentence_is_cut_between_words_with_an_ellipsis():
    words = " ".join(f"word{i}" for i in range(60))
    text = f"{words} thousands of soldiers {words} end"
    start = text.index("thousands")
    before, match, after, _ = context(text, start, start + 9)
    assert before.startswith("\u2026word") and after.endswith("\u2026") and match == "thousands"
    assert all(w.startswith("word") for w in (before[1:] + after[:-1]).split() if w not in {"of", "soldiers"})
    assert len(before) + len(after) <= CONTEXT_CHARS + 2


def test_view_filters_by_actor_and_text():
    from extract.records import Story

    baker = Actor("Tom Baker", "person", aliases=("Baker",))
    f1 = Figure("1,500", 1500.0, "count", None, None, None, "jobs", "Baker warned 1,500 jobs could go.", "l", 0, 5)
    f2 = Figure("1,200", 1200.0, "count", None, None, None, "jobs", "Acme cut 1,200 jobs.", "a", 0, 5)
    c1 = Claim("jobs could go", "Tom Baker", "Tom Baker", "warned", "indirect", "l", 0, 5)
    c2 = Claim("Bakery sales rose", "Acme", "Acme", "said", "indirect", "a", 0, 5)
    story = Story(actors=(baker,), figures=(f1, f2), claims=(c1, c2))
    shown = view_story(story, ViewFilter(actor=baker))
    assert shown.figures == (f1,) and shown.claims == (c1,)  # "Bakery" is not "Baker"
    shown = view_story(story, ViewFilter(text={"figures": "acme"}))
    assert shown.figures == (f2,) and shown.claims == (c1, c2)


async def test_r_reindexes_the_whole_folder(make):
    app = make()
    async with app.run_test(size=(140, 40)) as pilot:
        await loaded(pilot)
        calls = []
        app.refresh_files = calls.append
        await pilot.press("r")
        assert calls == [[str(app.seeds_dir)]]


def test_fact_colours_follow_light_and_dark_themes():
    from tui.widgets.safe import theme_styles

    dark = theme_styles({"text-warning": "#FFC473", "text-error": "#D17E92"})
    light = theme_styles({"text-warning": "#A86D1C", "text-error": "#7A273C"})
    assert dark["new"] == "bold #FFC473" and light["new"] == "bold #A86D1C"
    # Variables Rich cannot use (alpha, ANSI names) fall back to named colours.
    assert theme_styles({"text-warning": "ansi_yellow"})["new"] == "bold yellow"


async def test_enter_right_after_e_exports_the_chosen_format(make, tmp_path, monkeypatch):
    """The hint says "enter export", but Enter right after `e` did nothing (the format set's mount un-chose and
    re-chose Markdown by moving to it, so the highlighted button was not yet the pressed one); probe s27 r2."""
    monkeypatch.chdir(tmp_path)
    app = make()
    async with app.run_test(size=(140, 40)) as pilot:
        await loaded(pilot)
        await pilot.press("e", "enter")
        await wait_for(pilot, lambda: list(tmp_path.glob("storywatch-*.md")))
        assert app.screen is app.dashboard
        await pilot.press("e", "down", "enter")  # CSV, then remembered: Enter right away exports CSV again
        await wait_for(pilot, lambda: list(tmp_path.glob("storywatch-*.csv")))
        for f in tmp_path.glob("storywatch-*"):
            f.unlink()
        await pilot.press("e", "enter")
        await wait_for(pilot, lambda: list(tmp_path.glob("storywatch-*")))
        assert [f.suffix for f in tmp_path.glob("storywatch-*")] == [".csv"]
        await pilot.press("e", "down", "enter")  # from the remembered CSV, the next format down
        await wait_for(pilot, lambda: list(tmp_path.glob("storywatch-*.json")))


async def test_the_export_does_not_default_to_the_watched_folder(make, story_dir, tmp_path, monkeypatch):
    """`cd story && storywatch .` then `e`, Enter: the Markdown export landed in the story folder and was read back in
    as an article (+8,643 figures); probe s27 r1. The default folder is now outside the watched one."""
    monkeypatch.chdir(story_dir)
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    (tmp_path / "home").mkdir()
    app = make()
    async with app.run_test(size=(140, 40)) as pilot:
        await loaded(pilot)
        await pilot.press("e")
        folder = app.screen.query_one("#export-folder").value
        assert not os.path.abspath(folder).startswith(str(story_dir))
        await pilot.press("escape")


class _WarningEngine(FixedEngine):
    """The stand-in engine, with each file's reading warnings kept (as the real engine keeps them)."""

    def extract_files(self, files, progress=None, **kwargs):
        from dataclasses import replace

        from extract.textio import load

        files = list(files)
        out = super().extract_files(files, progress, **kwargs)
        kept = zip(out, files, strict=True)
        return [f if f.document.error else replace(f, warnings=load(p, n).warnings) for f, (p, n) in kept]


async def test_a_files_warnings_show_in_the_files_list_and_once_in_a_notice(story_dir, tmp_path):
    """ "only the first 200 KB of 5.0 MB were read", "the file is empty" reached only the JSON: the Files screen said
    '33,334 words' of a 5 MB file with no hint that 96 % of it was not read (probe s27 r3)."""
    from dataclasses import replace

    (story_dir / "big.txt").write_text("The minister said 5,000 troops were sent to the border today.\n" * 5000)
    app = make_app(
        story_dir, state_dir=tmp_path / "state", engine=_WarningEngine(), config=tmp_path / "config", use_store=False
    )
    said: list[str] = []
    real = app.notify
    app.notify = lambda message, **kw: (said.append(str(message)), real(message, **kw))[1]
    async with app.run_test(size=(140, 40)) as pilot:
        await wait_for(pilot, lambda: app.story is not None and len(app.story.documents) == 3 and app.status == "")
        await pilot.pause()
        assert [m for m in said if "KB" in m] == ["big.txt: only the first 200 KB of 310 KB were read"]
        await pilot.press("f")
        assert isinstance(app.screen, FilesScreen)
        assert "1 with warnings" in app.screen.query_one("#files-title").content.plain
        first = " ".join(str(c) for c in app.screen.query_one("#files-table").get_row_at(0))
        assert "big.txt" in first and "only the first 200 KB of 310 KB were read" in first
        await pilot.press("escape")
        # Saved again, the same warning (its numbers aside) is not said again; another file's is.
        again = replace(app.story, warnings=("big.txt: only the first 200 KB of 320 KB were read",))
        app._notify_file_warnings(again, ["big.txt"])
        assert len([m for m in said if "KB" in m]) == 1
        other = replace(again, warnings=("acme.txt: the file is empty", "lazard.txt: decoded as Windows-1252"))
        app._notify_file_warnings(other, ["acme.txt", "lazard.txt"])
        assert said[-1] == "acme.txt: the file is empty (+1 more file with warnings: f)"


def test_the_default_export_folder_can_be_written(tmp_path, monkeypatch):
    """A story in $HOME with no Downloads folder defaulted to /home, which a user cannot write (review s27 rev3r
    LOW 5): the first folder outside the story that can be written, else the temporary folder."""
    import tempfile

    from tui.export_names import default_export_folder

    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DOWNLOAD_DIR", str(home / "Downloads"))
    monkeypatch.chdir(home)
    real = os.access
    monkeypatch.setattr(os, "access", lambda p, m: False if os.path.realpath(p) == str(tmp_path) else real(p, m))
    assert default_export_folder(home) == tempfile.gettempdir()


async def test_a_store_in_memory_only_is_said_in_the_header_for_good(story_dir, tmp_path):
    """`--state` pointing at a file: the store falls back to memory and its notice goes after 10 s; nothing on screen
    then said the story was not being saved (probe s27 r16)."""
    state = tmp_path / "state-file"
    state.write_text("not a folder")
    app = make_app(story_dir, state_dir=state, engine=FixedEngine(), config=tmp_path / "config")
    async with app.run_test(size=(140, 40)) as pilot:
        await loaded(pilot)
        assert app.tracker.store is not None and not app.tracker.store.persistent
        assert "not saved" in app.dashboard.query_one(StoryHeader).content.plain
