"""The Figures panel: numbers grouped by what they count, with conflicts flagged."""

from __future__ import annotations

from rich.cells import cell_len

from extract.diff import Change, cached_figure_key, figure_shown
from extract.export import counted, figure_text
from extract.records import Figure, Story
from tui.widgets.safe import Cell, cell, place, safe_cell
from tui.widgets.table import FactTable, PanelRows, Row, new_note

ABOUT_CELLS = 28
"""Longest 'about' shown whole in the panel (the detail view has it all): one long label ("results of American
presidential elections") widened the column for every row and cut the figures beside it at 120 columns."""
ABOUT_MIN = 12
"""Shortest the 'about' column gets in a narrow panel before the columns right of it are cut instead."""
VALUE_CELLS = 36
"""Longest figure shown whole (a range with its qualifier and unit)."""
SOURCE_CELLS = 28
"""Longest source shown ("file.txt:12", the name cut in the middle)."""
SOURCE_MIN = 12
"""Shortest the Source column gets when it shows at all ("04a67…txt:11"); below that room it is left out (0 cells)
rather than cut at the panel's edge, where no key scrolls to it."""
_CHROME = 2 + 3 + 3 + 4 * 2
"""Panel cells that are not text of the about, figure, kind or source columns: the vertical scrollbar (2), the mark and
conflict columns (1 cell and 2 of padding each), and the padding of about, figure, kind and source (2 each)."""


def column_widths(width: int, values: list[str], kinds: list[str], sources: list[str]) -> dict[str, int]:
    """The columns' widths in a panel ``width`` cells wide, so a row fits it (no column cut at the panel's edge): the
    figure and its kind whole, 'about' up to ABOUT_CELLS (down to ABOUT_MIN), the source with what is left when that
    is at least SOURCE_MIN cells. 0 width: not known yet (every column its longest, up to its cap)."""
    value = max(6, max((cell_len(v) for v in values), default=0))
    kind = max(4, max((cell_len(k) for k in kinds), default=0))
    source = max((cell_len(s) for s in sources), default=0)
    if width <= 0:
        return {"about": ABOUT_CELLS, "value": value, "kind": kind, "source": max(6, source)}
    # The figure gives way before the kind: a sort that brought 'approximately USD 17.99 per month' into view widened
    # it until Kind was cut to 'mon' at the panel's edge (review s29 RT4).
    value = max(6, min(value, width - _CHROME - kind - ABOUT_MIN))
    room = width - _CHROME - value - kind
    with_source = source > 0 and room - ABOUT_MIN >= SOURCE_MIN
    about = max(ABOUT_MIN, min(ABOUT_CELLS, room - (SOURCE_MIN if with_source else 0)))
    return {"about": about, "value": value, "kind": kind, "source": min(source, room - about) if with_source else 0}


def about_cells(width: int, values: list[str], kinds: list[str]) -> int:
    """How long an 'about' may be in a panel ``width`` cells wide (see column_widths)."""
    return column_widths(width, values, kinds, [])["about"]


def figure_seen_key(f: Figure) -> str:
    """What marks a figure row as new: its fact key and its value, since several figures of one file share a key
    (they count the same thing) and a change of one of them should mark that one alone."""
    return f"{cached_figure_key(f)}\0{figure_shown(f)}"


def change_seen_key(change: Change) -> str:
    """The key an added or changed fact puts in the app's unseen set (figure_seen_key for a figure)."""
    return f"{change.key}\0{change.after}" if change.kind == "figure" else change.key


def figure_row_key(f: Figure) -> str:
    """Row key of a figure: its identity plus its position, since one file can repeat a figure."""
    return f"{cached_figure_key(f)}|{f.start}"


value_text = figure_text
"""The figure as shown: qualifier, direction arrow and normalised value (extract.export.figure_text, which the
Markdown export and the copies use too)."""


def figure_rows(view: Story, styles: dict[str, str], ditto: bool, total: int, limit: int, width: int = 0) -> PanelRows:
    """The panel's rows for the view's figures (the first ``limit``), as plain data: safe to make in a worker.

    ``ditto``: repeat a group label only when it changes, so groups read as blocks (not when sorted otherwise); a
    figure one file repeats in a group ("the July 25 call" four times) is then one row, its source "file:3 ×4".
    ``width``: the panel's width, which bounds the 'about' column (see about_cells; 0: not known yet).
    """
    conflicted = {(v.document, v.start) for c in view.conflicts for v in c.values}
    runs: list[tuple[Figure, str, list[Figure]]] = []
    for f in view.figures[:limit]:
        value = safe_cell(value_text(f), VALUE_CELLS)
        if ditto and runs and _repeats(runs[-1][0], runs[-1][1], f, value):
            runs[-1][2].append(f)
        else:
            runs.append((f, value, [f]))
    sources = [_source(f, len(same)) for f, _, same in runs]
    widths = column_widths(width, [v for _, v, _ in runs], [f.kind for f, _, _ in runs], sources)
    about_limit, source_limit = widths["about"], widths["source"]
    if source_limit and width > 0:
        # The about column shrinks to its longest label below; what it leaves goes to the sources first, which were
        # cut to the room beside a full-width about ('04a67…c.txt:11' with 25 blank cells beside it at 80x24:
        # review s29 RT6).
        about_need = max((cell_len(f.about or "\u2014") for f, _, _ in runs), default=0)
        spare = about_limit - max(5, min(about_limit, about_need))
        longest = max((cell_len(_source(f, len(same), SOURCE_CELLS)) for f, _, same in runs), default=0)
        source_limit = widths["source"] = min(longest, source_limit + max(0, spare))
    rows = []
    last_about = None
    for f, value, same_figures in runs:
        about = f.about or "\u2014"
        same = ditto and last_about is not None and about.lower() == last_about.lower()
        rows.append(
            Row(
                figure_row_key(f),
                (
                    cell("\u3003" if same else about, "dim" if same else "", limit=about_limit),
                    (safe_cell(value, widths["value"]) if cell_len(value) > widths["value"] else value, "bold"),
                    cell(f.kind, "dim"),
                    cell(
                        "!" if any((g.document, g.start) in conflicted for g in same_figures) else "",
                        styles["conflict"],
                    ),
                    cell(_source(f, len(same_figures), source_limit), "dim") if source_limit else ("", ""),
                ),
                f,
                figure_seen_key(f),
                stands_for=len(same_figures),
            )
        )
        last_about = about
    widths["about"] = max(5, min(about_limit, max((cell_len(r.cells[0][0]) for r in rows), default=0)))
    return PanelRows(tuple(rows), total=total, conflicts=len(view.conflicts), widths=tuple(widths.items()))


def _source(f: Figure, times: int, limit: int = SOURCE_CELLS) -> str:
    """ "file.txt:12", and "×4" for a figure the row shows four times, within ``limit`` cells."""
    more = f" \u00d7{times}" if times > 1 else ""
    return place(f.document, f.line, limit - len(more)) + more


def _repeats(first: Figure, shown: str, f: Figure, value: str) -> bool:
    """``f`` says again, in the same file and group, what the row of ``first`` shows."""
    return (
        f.document == first.document
        and value == shown
        and f.kind == first.kind
        and (f.about or "").lower() == (first.about or "").lower()
    )


class FiguresPanel(FactTable):
    """Figures, grouped by what they count; a '!' marks a value another source contradicts."""

    BORDER_TITLE = "Figures"
    WIDTH_SHAPES_ROWS = True
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

        self.fit_columns(panel)
        self.apply_rows(panel, mark)
        shown = self.shown
        title = f"Figures {shown:,}" if shown == self.total else f"Figures {shown:,} of {self.total:,}"
        n = panel.conflicts
        self.set_title(title + (f"  ! {counted(n, 'conflict')}" if n else "") + new_note(self.new_rows))
