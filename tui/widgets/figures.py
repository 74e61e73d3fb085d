"""The Figures panel: numbers grouped by what they count, with conflicts flagged."""

from __future__ import annotations

import calendar
import re

from extract.diff import cached_figure_key
from extract.records import Figure, Story
from tui.widgets.safe import Cell, cell, place
from tui.widgets.table import FactTable, PanelRows, Row

ARROWS = {"up": "\u2191", "down": "\u2193"}
ABOUT_CELLS = 28
"""Longest 'about' shown whole in the panel (the detail view has it all): one long label ("results of American
presidential elections") widened the column for every row and cut the figures beside it at 120 columns."""


def figure_row_key(f: Figure) -> str:
    """Row key of a figure: its identity plus its position, since one file can repeat a figure."""
    return f"{cached_figure_key(f)}|{f.start}"


_NO_YEAR = re.compile(r"--(\d\d)-(\d\d)")
"""ISO 8601's month and day of an unknown year ("--11-05"), which no reader parses at a glance."""


def _month_day(m: re.Match[str]) -> str:
    month, day = int(m.group(1)), int(m.group(2))
    return f"{calendar.month_abbr[month]} {day}" if 1 <= month <= 12 else m.group(0)


def value_text(f: Figure) -> str:
    """The figure as shown: qualifier, direction arrow and normalised value (a date without its year as "Nov 5")."""
    shown = f.display or f.text
    if f.kind == "date":
        shown = _NO_YEAR.sub(_month_day, shown)
    # A vague plural's display ("1,000+" for "thousands of") already says how vague it is: "approximately 1,000+"
    # would say it twice.
    if f.qualifier and not (f.qualifier == "approximately" and f.vague):
        shown = f"{f.qualifier} {shown}"
    if f.direction:
        shown = f"{ARROWS.get(f.direction, '')} {shown}"
    return shown


def figure_rows(view: Story, styles: dict[str, str], ditto: bool, total: int, limit: int) -> PanelRows:
    """The panel's rows for the view's figures (the first ``limit``), as plain data: safe to make in a worker.

    ``ditto``: repeat a group label only when it changes, so groups read as blocks (not when sorted otherwise).
    """
    conflicted = {(v.document, v.start) for c in view.conflicts for v in c.values}
    rows = []
    last_about = None
    for f in view.figures[:limit]:
        about = f.about or "\u2014"
        same = ditto and about == last_about
        rows.append(
            Row(
                figure_row_key(f),
                (
                    cell("\u3003" if same else about, "dim" if same else "", limit=ABOUT_CELLS),
                    cell(value_text(f), "bold", limit=36),
                    cell(f.kind, "dim"),
                    cell("!" if (f.document, f.start) in conflicted else "", styles["conflict"]),
                    cell(place(f.document, f.line, 28), "dim"),
                ),
                f,
                cached_figure_key(f),
            )
        )
        last_about = about
    return PanelRows(tuple(rows), total=total, conflicts=len(view.conflicts))


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

    def show_rows(self, panel: PanelRows, unseen: set[str], styles: dict[str, str]) -> None:
        """Show the rows (keeping the cursor on the same figure); ● marks a new or changed figure."""
        new_style = styles["new"]

        def mark(r: Row) -> Cell:
            return ("\u25cf" if r.seen_key in unseen else "", new_style)

        self.apply_rows(panel, mark)
        shown = self.shown
        title = f"Figures {shown}" if shown == self.total else f"Figures {shown} of {self.total}"
        n = panel.conflicts
        self.set_title(title + (f"  ! {n} conflict{'s' * (n != 1)}" if n else ""))
