"""A DataTable of facts that keeps the cursor on the same fact across updates and sorts by any column.

Panels get their rows as plain data (``PanelRows``, made off the UI thread when possible) and apply only the
difference from what they show: rows removed, rows added, cells updated, and a reorder when the order changed.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

from rich.cells import cell_len, set_cell_size
from rich.errors import StyleSyntaxError
from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual.binding import Binding
from textual.cache import LRUCache
from textual.geometry import Region
from textual.message import Message
from textual.render import measure
from textual.strip import Strip
from textual.widgets import DataTable
from textual.widgets._data_table import RowRenderables, default_cell_formatter
from textual.widgets.data_table import CellDoesNotExist, ColumnKey, RowDoesNotExist, RowKey

from tui.widgets.safe import Cell

_NUMBER = re.compile(r"-?\d[\d,]*(?:\.\d+)?")

NEW_MARKS = frozenset({"\u25cf", "NEW"})
"""The mark cells of a row not seen yet (figures and actors: \u25cf; claims: NEW)."""


def new_note(n: int) -> str:
    """What a panel's title adds for ``n`` rows not seen yet ("  \u25cf 2 new"), which may be off screen (probe
    s28 UX-13: a save's new figures sat mid-list with nothing saying so)."""
    return f"  \u25cf {n:,} new" if n else ""


MARK = "new"
"""Key of the first column of every panel: the NEW / ● mark, which depends on what the user has seen."""
REBUILD_SHARE = 2
"""Rebuild the whole table when more than 1/REBUILD_SHARE of its rows come or go (a diff saves nothing then)."""
CHUNK = 100
"""A table filled afresh gets this many rows per screen refresh: the first rows paint at once, and no single step
stalls the screen (a 1,000-file story fills three tables of 400 rows, about 0.4 CPU s in one go)."""
LINE_CACHE = 512
"""Rendered lines each table keeps across updates: its visible lines several times over (cursor on and off a row,
a few scroll positions) at about 2 KB a line, so three panels hold at most about 3 MB for hours."""


def _moved(strip: Strip, index: int, stripe: tuple[object, object] | None = None) -> Strip:
    """``strip`` (a table line) with the row index in its mouse metadata set to ``index``, and with ``stripe``
    (background before, after) the background of the zebra stripe changed.

    DataTable puts {"row": i, "column": j} in the style of every segment of row i, and reads it back to move the
    cursor on a click and the hover on a mouse move; a line reused for a row that moved must point at where the
    row is now. Only segments that carry a row index are changed (a segment's meta is replaced as a whole, so the
    column and out_of_bounds entries are kept). Those segments are the row's style (the stripe) with the cell's
    style on top, so where the cell sets no background (see _restripes) theirs is the stripe's."""
    restyled: dict[Style, Style] = {}
    segments = []
    for segment in strip:
        style = segment.style
        if style is not None and style._meta is not None:
            new = restyled.get(style)
            if new is None:
                meta = style.meta
                if "row" not in meta:
                    new = style
                else:
                    new = style
                    if stripe is not None and style.bgcolor == stripe[0]:
                        new = style.without_color + Style(color=style.color, bgcolor=stripe[1])
                    new = new + Style.from_meta({**meta, "row": index})
                restyled[style] = new
            segment = Segment(segment.text, new, segment.control)
        segments.append(segment)
    return Strip(segments, strip.cell_length)


@lru_cache(maxsize=256)
def _parse(style: str) -> Style | None:
    """The cell style as Rich reads it, or None for one Rich cannot parse ("warning", "$accent"), which Rich draws
    as no style."""
    try:
        return Style.parse(style) if style else Style.null()
    except StyleSyntaxError:
        return None


def natural_key(value: object) -> tuple[int, float, str]:
    """Sort numbers by value ("9" before "13,000") and text case-insensitively; blanks last.

    A cell is a number when one starts within its first 4 characters and is not part of a word: "$50", "↑ 20 %"
    are numbers, "RAV4 Prime" is text (it sorted as 4, before "aid package")."""
    s = value.plain if isinstance(value, Text) else str(value)
    s = s.strip()
    if not s or s == "\u2014":
        return (2, 0.0, "")
    m = _NUMBER.search(s)
    if m and m.start() < 4 and not (m.start() and s[m.start() - 1].isalnum()):
        return (0, float(m.group().replace(",", "")), s.lower())
    return (1, 0.0, s.lower())


SORT_MARKS = {False: "\u25b2", True: "\u25bc"}
"""The sorted column's header mark: ascending, descending."""


def header_label(label: str, width: int, reverse: bool) -> str:
    """The header of the sorted column in ``width`` cells: "Name ▲", "Seen▲" when the space does not fit, the label
    cut before the mark ("Kin▲") when neither does, so the mark always shows (0 width: the label as it is)."""
    mark = SORT_MARKS[reverse]
    if width <= 0:
        return label
    size = cell_len(label)
    if size + 2 <= width:
        return f"{label} {mark}"
    if size + 1 <= width:
        return label + mark
    return set_cell_size(label, width - 1) + mark


@dataclass(frozen=True, slots=True)
class Row:
    """One panel row as plain data."""

    key: str
    """Row key (a fact key, unique in the panel)."""
    cells: tuple[Cell, ...]
    """Every column after the mark column, in column order."""
    record: object
    """The record behind the row (for detail, copy, editor)."""
    seen_key: str = ""
    """The fact key whose presence in ``app.unseen`` marks the row as new (default: ``key``)."""
    height: int | None = None
    """Lines of the row when known ahead (wrapped text); None: the table's ROW_HEIGHT."""
    stands_for: int = 1
    """Facts the row shows (a figure one file repeats is one row), for the 'N of M' in the panel's title."""


@dataclass(frozen=True, slots=True)
class PanelRows:
    """What one panel shows: rows in natural order (at most MAX_ROWS) and the counts for its title."""

    rows: tuple[Row, ...] = ()
    total: int = 0
    """Rows in the whole story before filters."""
    chosen: str | None = None
    """Key of the cross-filter actor (Actors panel)."""
    conflicts: int = 0
    """Conflicts in the view (Figures panel)."""
    sorted_by: tuple[str | None, bool] | None = None
    """(column, descending) the rows come ordered by (sorted over the whole view before the row cap, see
    tui.widgets.sorting); None: natural order, and a sort is the table's, over the rows it holds."""
    widths: tuple[tuple[str, int], ...] = ()
    """(column key, cells) the rows' cells were cut for, so a row fits the panel's width and no column is cut at its
    edge, where no key scrolls to it (the actors' Files, the figures' Source); empty: the columns fit their cells."""


class FactTable(DataTable):
    """Base of the panels: row keys are fact keys (extract.keys); ``records`` maps them to the records."""

    BINDINGS = [
        Binding("home", "scroll_top", "First row", show=False),
        Binding("end", "scroll_bottom", "Last row", show=False),
    ]
    """Home and End go to the first and last row, as the help says (DataTable's own scroll the table sideways, which a
    panel whose columns fit its width never needs: End took About and Figure off screen and left the cursor)."""

    SORTABLE: tuple[str, ...] = ()
    """Column keys that `s` cycles through, in order."""
    RELAYOUT: frozenset[str] = frozenset()
    """Columns whose change needs the row measured again (wrapped text): such rows are removed and re-added."""
    ROW_HEIGHT: int | None = 1
    """Height of each row (None: measured, for wrapped text)."""

    WIDTH_SHAPES_ROWS = False
    """The rows are made for the panel's width (a label cut to the room there is): a change of width posts Resized.
    (The claims panel, whose rows wrap, has its own condition.)"""

    class Sorted(Message):
        """The panel's sort changed (a key or a header click): the screen makes its rows again, sorted over the
        whole view before the row cap (see tui.widgets.sorting)."""

        def __init__(self, table: FactTable) -> None:
            super().__init__()
            self.table = table

        @property
        def control(self) -> FactTable:
            return self.table

    class Resized(Message):
        """The panel's width changed and its rows depend on it (the claims' wrapped heights, the figures' 'about'
        length, the actors' roles): the screen makes them again. Posted by the panels that need it, from
        ``on_resize``."""

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self.records: dict[str, object] = {}
        self.sort_column: str | None = None
        self.sort_reverse = False
        self.total = 0
        """Rows in the story before filters, for the 'n of m' title."""
        self._cells: dict[str, tuple[Cell, ...]] = {}
        """What each row shows now, mark column first (plain data, compared with the next rows)."""
        self._heights: dict[str, int | None] = {}
        """Height each row was added with (None: ROW_HEIGHT)."""
        self._natural: list[str] = []
        """Row keys in the panel's natural order."""
        self._display: list[str] = []
        """Row keys in the order the table shows them (natural, or sorted)."""
        self._marks: dict[str, Text] = {}
        """The mark cell object in each row: sort() sees only cells, so rows are ranked by its identity."""
        self.rebuild_next = False
        """Set when every row must be measured again (width change): the next apply rebuilds the table."""
        self.top_after_sort = False
        """Set when the sort changed and rows sorted over the whole view are on their way: the cursor goes to the
        top once they are in (see the dashboard's on_fact_table_sorted)."""
        self.last_rows: PanelRows | None = None
        self._last_mark: Callable[[Row], Cell] | None = None
        self._generation = 0
        self.shown = 0
        """Rows the panel shows once the last rows are all in (for its title)."""
        self.new_rows = 0
        """Of those, rows marked new (for its title: they may be off screen)."""
        self._follow_top = False
        """The cursor was on the first row when the rows now being applied came: it stays on the first row."""
        self.stats = {"rebuilds": 0, "added": 0, "removed": 0, "updated": 0, "reorders": 0}
        """Counters of what apply_rows did (for tests and measurements)."""
        self.line_stats = {"rendered": 0, "moved": 0, "restriped": 0}
        """Lines rendered afresh by DataTable, cached lines reused for a row that moved, and lines of a row that
        moved to the other zebra stripe, repainted from the other stripe's line (see _render_line)."""
        self._lines: LRUCache[tuple, tuple[int, Strip]] = LRUCache(LINE_CACHE)
        """Rendered lines by what they show, with the row index each was made for (see _render_line): they
        outlive DataTable's per-update caches."""
        self._rows_width = -1
        """The width the rows were last asked for (WIDTH_SHAPES_ROWS)."""
        self._pass_styles: dict[str, Style] | None = None
        """The table's and its components' Rich styles during one render pass (see render_lines), else None."""
        self._pass_widths: tuple[int, ...] | None = None
        """The columns' widths during one render pass (see render_lines), else None."""

    _holding_layout = False
    """Set while _patch removes rows and while the virtual size of a table with a fixed box is set: their layout
    requests are dropped (see refresh and _update_dimensions)."""

    def refresh(self, *regions, repaint: bool = True, layout: bool = False, recompose: bool = False):
        """DataTable.remove_row asks for a layout of the whole screen every time, even when a row comes in for the
        one that goes, as at the row cap (a 160x50 dashboard with three capped panels: 15-20 ms more CPU per update
        with it; the reflow itself is about 2 ms, the rest sizing and repainting what it touched). A table's own box
        is fixed by its panel, so what a removal may change is only its virtual size, and DataTable's dimension
        update sets that once the rows are in (updating the table's scrollbars, see _update_dimensions; a scrollbar that
        comes or goes lays the screen out), and an unchanged one (one row in, one out) repaints only the table."""
        if layout and self._holding_layout:
            layout = False
        return super().refresh(*regions, repaint=repaint, layout=layout, recompose=recompose)

    def _remove(self, key: str) -> None:
        """remove_row without its layout request (see refresh)."""
        self._holding_layout = True
        try:
            self.remove_row(key)
        finally:
            self._holding_layout = False

    def _update_dimensions(self, new_rows: Iterable[RowKey]) -> None:
        """Measure new rows (``_measure_new_rows``) and set the table's virtual size, which DataTable does with a
        layout of the whole screen whenever it changes (Widget.virtual_size is a layout reactive): a new claim with
        its wrapped lines laid the dashboard out on every new article (about 10-50 ms of the event loop at 1,000
        files). A table whose box its CSS fixes (not ``auto``, as every panel's) takes up no other room when its
        content grows: only its scrollbars change, so those are updated here and the table repainted; a scrollbar
        that comes or goes still asks for the layout it needs (Widget.show_vertical_scrollbar is a layout reactive)."""
        before = self.virtual_size
        fixed = self._fixed_box()
        held, self._holding_layout = self._holding_layout, self._holding_layout or fixed
        try:
            self._measure_new_rows(new_rows)
        finally:
            self._holding_layout = held
        if fixed and self.virtual_size != before:
            self._scroll_update(self.virtual_size)
            self.refresh()

    def _fixed_box(self) -> bool:
        """Whether the table's size is set by its CSS alone (never by its content)."""
        styles = self.styles
        height, width = styles.height, styles.width
        return height is not None and width is not None and not height.is_auto and not width.is_auto

    def _measure_new_rows(self, new_rows: Iterable[RowKey]) -> None:
        """DataTable measures every cell of every new row to widen its column, also in columns of a fixed width,
        where the measure is thrown away: the claims panel's columns are all fixed, and measuring its wrapped claim
        texts was most of the cost of adding its rows (a launch adds 100 rows to each panel before its first paint).
        Rows of a known height and no label (all of ours) are measured here in the auto-width columns only; DataTable
        then sets the virtual size as before. Any other row goes through DataTable's own measure."""
        new_rows = list(new_rows)
        auto = [c for c in self.ordered_columns if c.auto_width]
        if len(auto) == len(self.columns):
            return super()._update_dimensions(new_rows)
        metas = []
        for row_key in new_rows:
            if self._row_locations.get(row_key) is None:
                continue  # removed before the table was idle
            row = self.rows.get(row_key)
            if row is None or row.label is not None or row.auto_height:
                return super()._update_dimensions(new_rows)
            metas.append((row_key, row))
        if auto:
            console = self.app.console
            for row_key, row in metas:
                data = self._data.get(row_key, {})
                for column in auto:
                    datum = data.get(column.key)
                    if datum is None:
                        continue  # DataTable's blank cell measures 0 wide
                    renderable = default_cell_formatter(datum, wrap=row.height != 1, height=row.height)
                    column.content_width = max(column.content_width, measure(console, renderable, 1))
        super()._update_dimensions(())

    def on_resize(self) -> None:
        if self.WIDTH_SHAPES_ROWS and self._rows_width != self.size.width:
            self._rows_width = self.size.width
            self.post_message(self.Resized())

    def fit_column(self, key: str, panel: PanelRows) -> None:
        """Column ``key`` as wide as its longest cell in these rows (which were cut to the panel's width): DataTable
        widens a column to the longest cell it ever held and keeps that width after the rows go."""
        column = self.columns.get(ColumnKey(key))
        if column is None:
            return
        i = self.column_keys().index(key) - 1  # rows carry no cell for the mark column
        width = max((cell_len(str(r.cells[i][0])) for r in panel.rows), default=0)
        width = max(width, cell_len(column.label.plain))
        if column.auto_width or column.width != width:
            column.auto_width = False
            column.width = width
            self._require_update_dimensions = True
            if self.sort_column is not None:
                self._update_count += 1  # the header's mark is cut to the column's width (DataTable caches it)
            self.refresh()

    def fit_columns(self, panel: PanelRows) -> None:
        """Columns as wide as ``panel.widths`` says (a label longer than its column is cut; a column of 0 cells,
        left out for lack of room, shows only its padding)."""
        changed = False
        for key, width in self._with_room_for_the_mark(dict(panel.widths)).items():
            column = self.columns.get(ColumnKey(key))
            if column is not None and (column.auto_width or column.width != width):
                column.auto_width = False
                column.width = width
                changed = True
        if changed:
            self._require_update_dimensions = True
            if self.sort_column is not None:
                self._update_count += 1  # the header's mark is cut to the column's width (DataTable caches it)
            self.refresh()

    def _with_room_for_the_mark(self, widths: dict[str, int]) -> dict[str, int]:
        """``widths`` with the sorted column widened for its header's mark ("About ▲") by what the panel has to
        spare right of its columns (never past its edge; without the room the label is cut before the mark)."""
        key = self.sort_column
        width = widths.get(key or "", 0)
        column = self.columns.get(ColumnKey(key)) if key is not None else None
        if column is None or width <= 0 or self.size.width <= 0:
            return widths
        want = cell_len(column.label.plain) + 2 if column.label.plain else 1
        if width >= want:
            return widths
        used = sum(
            2 * self.cell_padding + widths.get(str(c.key.value), c.content_width if c.auto_width else c.width)
            for c in self.ordered_columns
        )
        spare = self.size.width - 2 - used  # the vertical scrollbar, as the panels' column widths count it
        if spare > 0:
            widths[key] = width + min(spare, want - width)
        return widths

    def on_mount(self) -> None:
        self.cursor_type = "row"
        self.zebra_stripes = True

    # Rendering ---------------------------------------------------------------------------------------
    def render_lines(self, crop: Region) -> list[Strip]:
        """DataTable works out the table's Rich style (walking the styles of every ancestor) for each line it draws,
        and the zebra stripe's style for each line again: a new article's update drew some 60 lines, 140 such walks,
        about a fifth of the paint. Nothing can restyle the table or change its columns while one pass draws its
        lines, so within the pass each is worked out once (``rich_style``, ``_component_style``, ``_widths``)."""
        self._pass_styles = {}
        try:
            return super().render_lines(crop)
        finally:
            self._pass_styles = None
            self._pass_widths = None

    @property
    def rich_style(self) -> Style:
        """The table's Rich style (once per render pass, see render_lines)."""
        styles = self._pass_styles
        if styles is None:
            return super().rich_style
        style = styles.get("")
        if style is None:
            style = styles[""] = super().rich_style
        return style

    def _component_style(self, name: str) -> Style:
        """The Rich style of the table's component ``name`` (once per render pass, see render_lines)."""
        styles = self._pass_styles
        style = styles.get(name) if styles is not None else None
        if style is None:
            style = self.get_component_styles(name).rich_style
            if styles is not None:
                styles[name] = style
        return style

    def _widths(self) -> tuple[int, ...]:
        """The columns' widths as drawn, in order (once per render pass, see render_lines)."""
        widths = self._pass_widths
        if widths is None:
            widths = tuple(c.get_render_width(self) for c in self.ordered_columns)
            if self._pass_styles is not None:
                self._pass_widths = widths
        return widths

    def _get_row_style(self, row_index: int, base_style: Style) -> Style:
        """DataTable's style of the row at ``row_index`` (header, fixed row or zebra stripe), once per render pass."""
        if row_index == -1:
            return self._component_style("datatable--header")
        if row_index < self.fixed_rows:
            return self._component_style("datatable--fixed")
        if self.zebra_stripes:
            return self._component_style("datatable--odd-row" if row_index % 2 else "datatable--even-row")
        return base_style

    def _compute_row_renderables(self, row_index: int) -> RowRenderables:
        """DataTable's renderables of a row; the header's with the sorted column's mark (see header_label), cut to
        the column's width as drawn."""
        found = super()._compute_row_renderables(row_index)
        if row_index != -1 or self.sort_column is None:
            return found
        cells = list(found.cells)
        for i, column in enumerate(self.ordered_columns):
            if column.key.value == self.sort_column and i < len(cells):
                width = column.content_width if column.auto_width else column.width
                label = column.label
                cells[i] = Text(header_label(label.plain, width, self.sort_reverse), style=label.style)
        return RowRenderables(found.label, cells)

    def _render_line(self, y: int, x1: int, x2: int, base_style: Style) -> Strip:
        """DataTable's line, remembered by what it shows rather than by DataTable's update counter.

        DataTable drops every rendered cell whenever any row changes, so one new claim repainted every visible
        cell of the panel (the largest part of an update's paint). A line is the same as long as its row shows
        the same cells with the same zebra stripe (the parity of its index), column widths, cursor and hover
        state, focus and theme; the theme clears the cache (notify_style_update). Its position is not part of it:
        a row that only moved (a row came or went above it) keeps its lines, and only the mouse metadata (the row
        index DataTable puts in every cell for clicks and hover) is set to where the row is now (_moved).
        """
        try:
            row_key, line = self._get_offsets(y)
        except LookupError:
            return super()._render_line(y, x1, x2, base_style)
        if self.cursor_type != "row":
            return super()._render_line(y, x1, x2, base_style)
        if row_key is self._header_row_key:
            index = -1
            content: object = (
                *(c.label.markup for c in self.columns.values()),
                self.sort_column,
                self.sort_reverse,
            )
            height = self.header_height
        else:
            content = self._cells.get(row_key.value)
            row = self.rows.get(row_key)
            if content is None or row is None:
                return super()._render_line(y, x1, x2, base_style)
            index = self._row_locations.get(row_key)
            height = row.height
        key = (
            row_key.value,
            content,
            height,
            index % 2,
            index < self.fixed_rows,
            line,
            x1,
            x2,
            self.size.width,
            self._widths(),
            base_style,
            self.cursor_coordinate.row == index,
            self.hover_coordinate.row == index,
            self.show_cursor,
            self._show_hover_cursor,
            self._pseudo_class_state,
            self.zebra_stripes,
            self.fixed_rows,
            self.fixed_columns,
        )
        cached = self._lines.get(key)
        if cached is None and not key[11] and not key[12]:
            stripe = self._restripes(index, content)
            other = self._lines.get((*key[:3], 1 - key[3], *key[4:])) if stripe is not None else None
            if other is not None:
                strip = _moved(other[1], index, stripe)
                self.line_stats["restriped"] += 1
                self._lines[key] = (index, strip)
                return strip
        if cached is None:
            strip = super()._render_line(y, x1, x2, base_style)
            self.line_stats["rendered"] += 1
        elif cached[0] != index:
            strip = _moved(cached[1], index)
            self.line_stats["moved"] += 1
        else:
            return cached[1]
        self._lines[key] = (index, strip)
        return strip

    def _restripes(self, index: int, content: object) -> tuple[object, object] | None:
        """(background of the other stripe, of this row's) when a line of the row drawn on the other stripe can be
        repainted for this one by changing that background: the stripes differ in background only, and no cell of
        the row sets a background of its own; else None."""
        if not self.zebra_stripes or index < self.fixed_rows or not isinstance(content, tuple):
            return None
        this = self._component_style("datatable--odd-row" if index % 2 else "datatable--even-row")
        other = self._component_style("datatable--even-row" if index % 2 else "datatable--odd-row")
        if this.without_color != other.without_color or this.color != other.color or this.bgcolor == other.bgcolor:
            return None
        if other.bgcolor is None or any(
            (parsed := _parse(style)) is None or parsed.bgcolor is not None for _, style in content
        ):
            return None  # a background of its own, or a style only a fresh rendering can tell
        return (other.bgcolor, this.bgcolor)

    def notify_style_update(self) -> None:
        self._lines.clear()
        super().notify_style_update()

    def current_key(self) -> str | None:
        """Key of the row under the cursor."""
        if not self.row_count:
            return None
        try:
            return self.coordinate_to_cell_key(self.cursor_coordinate).row_key.value
        except CellDoesNotExist:
            return None

    def current_record(self) -> object | None:
        """The record under the cursor."""
        key = self.current_key()
        return self.records.get(key) if key is not None else None

    def restore_cursor(self, key: str | None) -> None:
        """Move the cursor back to ``key`` if that row still exists (and is not already under the cursor)."""
        if key is None:
            return
        try:
            row = self.get_row_index(key)
        except RowDoesNotExist:
            return
        if row != self.cursor_row:
            self.move_cursor(row=row, animate=False)

    def column_keys(self) -> list[str]:
        return [str(c.key.value) for c in self.ordered_columns]

    # Applying rows -----------------------------------------------------------------------------------
    def apply_rows(self, panel: PanelRows, mark: Callable[[Row], Cell]) -> None:
        """Show ``panel.rows``: only what differs from the rows shown now is removed, added or updated.

        ``mark`` gives each row's mark cell (NEW / ● / ▶), which depends on state the rows were made without.
        A table filled afresh with many rows gets them CHUNK at a time, one batch per screen refresh.
        """
        self.last_rows, self._last_mark = panel, mark
        self._generation += 1
        # A cursor on the first row stays on the first row, so what an update adds at the top shows ('Recent
        # claims' after a save kept the old top row under the cursor and the new claims above the viewport: probe
        # s29 UX-2); anywhere else it stays on its fact.
        # Rows in a new order the user asked for (a sort) are read from their top: every chunk of a table filled
        # afresh puts the cursor there (the next chunk's restore took it back to its old fact, mid-list: review
        # s29 RT1), and the view scrolls there once the rows are laid out.
        sorted_now = self.top_after_sort and panel.sorted_by == (self.sort_column, self.sort_reverse)
        if sorted_now:
            self.top_after_sort = False
            self.call_after_refresh(self.scroll_to, y=0, animate=False)
        self._follow_top = sorted_now or (bool(self.row_count) and self.cursor_row == 0)
        keep = None if sorted_now else self.current_key()
        self.shown = sum({r.key: r.stands_for for r in panel.rows}.values())
        self.new_rows = sum(1 for r in panel.rows if mark(r)[0] in NEW_MARKS)
        if len(panel.rows) > CHUNK and self._rebuilds(panel, mark):
            self._apply(replace(panel, rows=panel.rows[:CHUNK]), mark, keep)
            self._fill_later(panel, mark, keep, 2 * CHUNK, self._generation)
        else:
            self._apply(panel, mark, keep)

    def _fill_later(
        self, panel: PanelRows, mark: Callable[[Row], Cell], keep: str | None, upto: int, generation: int
    ) -> None:
        def step() -> None:
            if generation != self._generation:  # newer rows replaced these
                return
            whole = upto >= len(panel.rows)
            self._apply(panel if whole else replace(panel, rows=panel.rows[:upto]), mark, keep)
            if not whole:
                self._fill_later(panel, mark, keep, upto + CHUNK, generation)

        self.call_after_refresh(step)

    def _rebuilds(self, panel: PanelRows, mark: Callable[[Row], Cell]) -> bool:
        """Whether showing ``panel`` would rebuild the table (most rows come or go)."""
        if self.rebuild_next or not self._cells:
            return True
        keys = {r.key for r in panel.rows}
        changed = sum(k not in self._cells for k in keys) + sum(k not in keys for k in self._cells)
        return changed * REBUILD_SHARE > max(len(keys), 32)

    def _apply(self, panel: PanelRows, mark: Callable[[Row], Cell], keep: str | None) -> None:
        new: dict[str, tuple[Cell, ...]] = {}
        records: dict[str, object] = {}
        heights: dict[str, int | None] = {}
        for r in panel.rows:
            if r.key in new:  # one key, one row: the first wins
                continue
            new[r.key] = (mark(r), *r.cells)
            records[r.key] = r.record
            heights[r.key] = r.height
        old = self._cells
        added = [k for k in new if k not in old]
        removed = [k for k in old if k not in new]
        appended = not removed and list(new)[: len(old)] == self._natural  # the next batch of a fill
        big = (len(added) + len(removed)) * REBUILD_SHARE > max(len(new), 32)
        if self.rebuild_next or not old or (big and not appended):
            self._rebuild(new, heights)
        else:
            self._patch(new, heights, added, removed)
        self.records = records
        self.total = panel.total or len(new)
        self._place(self._ordered())
        self.restore_cursor(keep if keep in new else self.current_key())
        if self._follow_top and self.cursor_row != 0:
            self.move_cursor(row=0, animate=False)
        # DataTable measures new rows when idle; without a nudge a table that gets no further messages
        # keeps its old (header-wide) columns and cuts the text.
        self.check_idle()

    def set_title(self, title: str) -> None:
        """Set the border title only when it changes (each change repaints the panel)."""
        if self.border_title != title:
            self.border_title = title

    def reapply(self) -> None:
        """Apply the last rows again (after a width change, with rebuild_next set)."""
        if self.last_rows is not None and self._last_mark is not None:
            self.apply_rows(self.last_rows, self._last_mark)

    def _texts(self, key: str, cells: tuple[Cell, ...]) -> list[Text]:
        texts = [Text(s, style=style) for s, style in cells]
        self._marks[key] = texts[0]
        return texts

    def _add(self, key: str, cells: tuple[Cell, ...], height: int | None) -> None:
        # A known height spares DataTable rendering every cell of the row to measure it (on the UI thread).
        self.add_row(*self._texts(key, cells), key=key, height=height if height is not None else self.ROW_HEIGHT)

    def _rebuild(self, new: dict[str, tuple[Cell, ...]], heights: dict[str, int | None]) -> None:
        self.rebuild_next = False
        self.stats["rebuilds"] += 1
        self.clear()
        self._marks = {}
        self._cells = new
        self._heights = heights
        self._natural = list(new)
        self._display = self._ordered()
        for key in self._display:
            self._add(key, new[key], heights[key])

    def _patch(
        self,
        new: dict[str, tuple[Cell, ...]],
        heights: dict[str, int | None],
        added: list[str],
        removed: list[str],
    ) -> None:
        old = self._cells
        columns = self.column_keys()
        gone = set(removed)
        for key in removed:
            self._remove(key)
            self._marks.pop(key, None)
        self._display = [k for k in self._display if k not in gone]
        relayout = [i for i, c in enumerate(columns) if c in self.RELAYOUT]
        for key, cells in new.items():
            before = old.get(key)
            if before is None or (before == cells and heights[key] == self._heights.get(key)):
                continue
            if heights[key] != self._heights.get(key) or any(before[i] != cells[i] for i in relayout):
                # Wrapped text changed: the row's height must be measured again, which only a new row gets.
                self._remove(key)
                self._display.remove(key)
                added.append(key)
                continue
            for i, (was, now) in enumerate(zip(before, cells, strict=True)):
                if was != now:
                    text = Text(now[0], style=now[1])
                    if i == 0:
                        self._marks[key] = text
                    column = self.columns.get(self._column_key(columns[i]))  # type: ignore[arg-type]
                    # Grow the column for a wider cell; never ask DataTable to re-measure a whole column.
                    grow = column is not None and column.auto_width and cell_len(now[0]) > column.content_width
                    self.update_cell(key, columns[i], text, update_width=grow)
                    self.stats["updated"] += 1
        for key in added:
            self._add(key, new[key], heights[key])
            self._display.append(key)
        self.stats["added"] += len(added)
        self.stats["removed"] += len(removed)
        self._cells = new
        self._heights = heights
        self._natural = list(new)

    def _column_key(self, name: str):
        for k in self.columns:
            if k.value == name:
                return k
        return None

    def _ordered(self) -> list[str]:
        """Row keys in the order to show: natural, or by the sort column (ties keep the natural order)."""
        if self.sort_column is None:
            return list(self._natural)
        rows = self.last_rows
        if rows is not None and rows.sorted_by == (self.sort_column, self.sort_reverse):
            return list(self._natural)  # made in this order from the whole view
        try:
            i = self.column_keys().index(self.sort_column)
        except ValueError:
            return list(self._natural)
        cells = self._cells
        keys = {k: natural_key(cells[k][i][0]) for k in self._natural}
        order = sorted(self._natural, key=keys.__getitem__, reverse=self.sort_reverse)
        if self.sort_reverse:  # blank cells last either way (descending put every "—" about first)
            order = [k for k in order if keys[k][0] != 2] + [k for k in order if keys[k][0] == 2]
        return order

    def _place(self, order: Sequence[str]) -> None:
        """Show the rows in ``order`` (only when it differs from what is shown), keeping the cursor's row."""
        order = list(order)
        if order == self._display:
            return
        keep = self.current_key()
        rank = {id(self._marks[k]): i for i, k in enumerate(order)}
        self.sort(MARK, key=lambda mark: rank[id(mark)])
        self._display = order
        self.stats["reorders"] += 1
        self.restore_cursor(keep)

    # Sorting -----------------------------------------------------------------------------------------
    def sort_by(self, column: str | None, reverse: bool = False) -> None:
        """Sort by ``column`` (None: the panel's natural order) and remember it across updates; the column's header
        shows a mark (▲ ascending, ▼ descending)."""
        changed = (column, reverse) != (self.sort_column, self.sort_reverse)
        self.sort_column, self.sort_reverse = column, reverse
        if changed:
            self._update_count += 1  # DataTable's caches hold the header as it was
            if self.last_rows is not None and self.last_rows.widths:
                self.fit_columns(self.last_rows)  # room for the mark, if the panel has it
            self.refresh()
        self.apply_sort()  # the rows held, at once; the screen's new rows (Sorted) bring the whole view's order
        if changed:
            self.post_message(self.Sorted(self))

    def cycle_sort(self) -> str:
        """Next sortable column (after the last one: natural order); returns a label for a notice."""
        order = [None, *self.SORTABLE]
        nxt = order[(order.index(self.sort_column) + 1) % len(order)] if self.sort_column in order else None
        self.sort_by(nxt)
        return self.sort_label()

    def reverse_sort(self) -> str:
        if self.sort_column is not None:
            self.sort_by(self.sort_column, not self.sort_reverse)
        return self.sort_label()

    def sort_label(self) -> str:
        if self.sort_column is None:
            return "natural order"
        label = next((c.label.plain for k, c in self.columns.items() if k.value == self.sort_column), "")
        return f"by {label or self.sort_column} {SORT_MARKS[self.sort_reverse]}"

    def apply_sort(self) -> None:
        """Show the rows in the chosen order (by the sort column, or natural)."""
        if self.row_count:
            self._place(self._ordered())

    def on_data_table_header_selected(self, event: DataTable.HeaderSelected) -> None:
        # Clicking a header sorts by it; clicking it again reverses.
        event.stop()
        column = event.column_key.value
        if column == self.sort_column:
            self.sort_by(column, not self.sort_reverse)
        else:
            self.sort_by(column)
