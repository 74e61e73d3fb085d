"""The Figures panel: numbers grouped by what they count, with conflicts flagged."""

from __future__ import annotations

from extract.keys import figure_key
from extract.records import Figure, Story
from tui.widgets.safe import literal, short_path
from tui.widgets.table import FactTable

ARROWS = {"up": "\u2191", "down": "\u2193"}


def figure_row_key(f: Figure) -> str:
    """Row key of a figure: its identity plus its position, since one file can repeat a figure."""
    return f"{figure_key(f)}|{f.start}"


def _value_text(f: Figure) -> str:
    shown = f.display or f.text
    if f.qualifier:
        shown = f"{f.qualifier} {shown}"
    if f.direction:
        shown = f"{ARROWS.get(f.direction, '')} {shown}"
    return shown


class FiguresPanel(FactTable):
    """Figures, grouped by what they count; a '!' marks a value another source contradicts."""

    BORDER_TITLE = "Figures"

    def on_mount(self) -> None:
        super().on_mount()
        self.add_column("", key="new", width=1)
        self.add_column("About", key="about")
        self.add_column("Figure", key="value")
        self.add_column("Kind", key="kind")
        self.add_column("", key="conflict", width=1)
        self.add_column("Source", key="source")

    def show_story(self, story: Story, unseen: set[str], text_filter: str = "") -> None:
        """Replace the rows with the story's figures."""
        keep = self.current_key()
        self.clear()
        conflicted = {(v.document, v.start) for c in story.conflicts for v in c.values}
        shown = 0
        last_about = None
        for f in story.figures:
            if text_filter and text_filter.lower() not in f"{f.about} {f.text}".lower():
                continue
            key = figure_row_key(f)
            if key in self.rows:
                continue
            about = f.about or "\u2014"
            self.add_row(
                literal("\u25cf" if figure_key(f) in unseen else "", "bold yellow"),
                # Repeat the group label only when it changes, so groups read as blocks.
                literal(about if about != last_about else "\u3003", "" if about != last_about else "dim", limit=36),
                literal(_value_text(f), "bold", limit=36),
                literal(f.kind, "dim"),
                literal("!" if (f.document, f.start) in conflicted else "", "bold red"),
                literal(f"{short_path(f.document)}:{f.line}", "dim", limit=28),
                key=key,
            )
            last_about = about
            shown += 1
        n_conf = len(story.conflicts)
        self.border_title = f"Figures {shown}" + (f"  ! {n_conf} conflict{'s' * (n_conf != 1)}" if n_conf else "")
        self.restore_cursor(keep)
