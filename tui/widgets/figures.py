"""The Figures panel: numbers grouped by what they count, with conflicts flagged."""

from __future__ import annotations

from extract.keys import figure_key
from extract.records import Figure, Story
from tui.widgets.safe import literal, place
from tui.widgets.table import FactTable

ARROWS = {"up": "\u2191", "down": "\u2193"}


def figure_row_key(f: Figure) -> str:
    """Row key of a figure: its identity plus its position, since one file can repeat a figure."""
    return f"{figure_key(f)}|{f.start}"


def value_text(f: Figure) -> str:
    """The figure as shown: qualifier, direction arrow and normalised value."""
    shown = f.display or f.text
    if f.qualifier:
        shown = f"{f.qualifier} {shown}"
    if f.direction:
        shown = f"{ARROWS.get(f.direction, '')} {shown}"
    return shown


class FiguresPanel(FactTable):
    """Figures, grouped by what they count; a '!' marks a value another source contradicts."""

    BORDER_TITLE = "Figures"
    SORTABLE = ("about", "value", "kind", "conflict", "source", "new")

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        # Columns exist from the start, so an early redraw (theme load) never meets a table without them.
        self.add_column("", key="new", width=1)
        self.add_column("About", key="about")
        self.add_column("Figure", key="value")
        self.add_column("Kind", key="kind")
        self.add_column("", key="conflict", width=1)
        self.add_column("Source", key="source")

    def show_story(self, story: Story, unseen: set[str], styles: dict[str, str], total: int = 0) -> None:
        """Replace the rows with the story's figures."""
        keep = self.current_key()
        self.clear()
        self.records = {}
        conflicted = {(v.document, v.start) for c in story.conflicts for v in c.values}
        last_about = None
        for f in story.figures:
            key = figure_row_key(f)
            if key in self.rows:
                continue
            self.records[key] = f
            about = f.about or "\u2014"
            # Repeat the group label only when it changes, so groups read as blocks (not when sorted otherwise).
            ditto = about == last_about and self.sort_column is None
            self.add_row(
                literal("\u25cf" if figure_key(f) in unseen else "", styles["new"]),
                literal("\u3003" if ditto else about, "dim" if ditto else "", limit=36),
                literal(value_text(f), "bold", limit=36),
                literal(f.kind, "dim"),
                literal("!" if (f.document, f.start) in conflicted else "", styles["conflict"]),
                literal(place(f.document, f.line, 28), "dim"),
                key=key,
            )
            last_about = about
        self.total = total or len(self.records)
        shown = len(self.records)
        title = f"Figures {shown}" if shown == self.total else f"Figures {shown} of {self.total}"
        n_conf = len(story.conflicts)
        self.border_title = title + (f"  ! {n_conf} conflict{'s' * (n_conf != 1)}" if n_conf else "")
        self.finish_rows(keep)
