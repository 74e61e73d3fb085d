"""The story header: folder, counts, last update, conflicts, file errors, pause state."""

from __future__ import annotations

from typing import Any

from rich.text import Text
from textual.widgets import Static

from extract.export import counted
from extract.records import Story
from tui.widgets.claims import claim_count
from tui.widgets.head import totals
from tui.widgets.safe import file_name, literal, short_path


class StoryHeader(Static):
    """One line that says what the story is and how fresh it is."""

    def show(
        self,
        folder: str,
        story: Story | None,
        updated: str,
        status: str,
        paused: bool,
        queued: int,
        styles: dict[str, str],
        unsaved: bool = False,
    ) -> None:
        """Redraw the header (``unsaved``: the story store is in memory only, nothing is kept for the next launch)."""
        self._last = (folder, story, updated, status, paused, queued, styles, unsaved)
        self._draw(*self._last)

    def on_resize(self) -> None:
        # The compact form depends on the width, which is only known after layout.
        if getattr(self, "_last", None) is not None:
            self._draw(*self._last)

    def _draw(self, *args: Any) -> None:
        """Draw from ``show``'s arguments (kept in ``_last`` for a resize)."""
        t = self._text(0, *args)
        for level in (1, 2, 3):
            if not 0 < self.size.width < t.cell_len:
                break
            # In a narrow terminal, or with a long status ("indexing with en_core_web_lg"), the counts and the status
            # matter more than the word count and labels; then the name badge goes, then the fact counts (each panel's
            # title has its own), so the time and the status show (60x20 cut '31 figures  31' before them).
            t = self._text(level, *args)
        # One line high by the stylesheet: no layout pass needed (it would re-render the whole screen).
        self.update(t, layout=False)

    def _text(
        self,
        level: int,
        folder: str,
        story: Story | None,
        updated: str,
        status: str,
        paused: bool,
        queued: int,
        styles: dict[str, str],
        unsaved: bool = False,
    ) -> Text:
        compact = level >= 1
        t = Text(no_wrap=True, overflow="ellipsis")
        if level < 2:
            t.append(" storywatch ", style="bold reverse")
        t.append(" ")
        t.append_text(literal(short_path(folder.rstrip("/")) + "/", "bold"))
        if unsaved:
            # The store could not be opened (a --state that is a file, a read-only folder): its 10 s notice goes,
            # this stays (probe s27 r16).
            t.append("  \u26a0 not saved", style=styles["error"])
        if paused:
            t.append(f"  [paused: {queued} queued]", style=styles["new"])
        if story is not None:
            docs = story.documents
            errors = [d for d in docs if d.error]
            words = sum(d.words for d in docs)
            t.append(f"  {counted(len(docs), 'file')}" + ("" if compact else f"  {words:,} words"))
            if errors:
                # The badge names the first bad file, so the reporter knows where to look (f lists them all).
                t.append("  ")
                badge = f"\u26a0 {counted(len(errors), 'file error')}: "
                # The name cut in the middle, so its extension shows (the whole badge in 40 cells, as before).
                t.append_text(literal(badge + file_name(errors[0].path, max(8, 40 - len(badge))), styles["error"]))
            if level < 3:
                counts = totals(story)  # a head (tui/widgets/head.py) knows the whole story's counts
                t.append(f"  {counted(counts['actors'], 'actor')}  {counted(counts['figures'], 'figure')}")
                # As the Claims panel counts them (its title's total): claims and the quotes no claim contains
                # (probe s29 UX-8: '1,841 claims' in the header, 'Recent claims 120 of 1856' below it).
                rows = counts.get("claim_rows")
                t.append(f"  {counted(rows if rows is not None else claim_count(story), 'claim')}")
            if story.conflicts:
                t.append(f"  {counted(len(story.conflicts), 'conflict')}", style=styles["conflict"])
        if updated:
            t.append(f"  {updated}" if compact else f"  updated {updated}", style="dim")
        if status:
            t.append("  ")
            t.append_text(literal(status, "italic"))
        return t
