"""The Actors panel: one row per real-world actor."""

from __future__ import annotations

from collections.abc import Sequence

from rich.cells import cell_len

from extract.keys import actor_key
from extract.records import Actor
from tui.widgets.safe import Cell, cell, short_path
from tui.widgets.table import FactTable, PanelRows, Row


def joined(items: Sequence[str], sep: str, limit: int) -> str:
    """``sep.join(items)``, stopped once it is longer than ``limit`` (the cell cuts it there anyway): an actor
    named in every file of a 1,000-file story would otherwise join 1,000 names on every update."""
    out: list[str] = []
    n = 0
    for item in items:
        out.append(item)
        n += len(item) + len(sep)
        if n > limit + len(sep):
            break
    return sep.join(out)


NAME_CELLS = 28
"""Longest name shown whole in the panel (the detail view has it all): one long name ("International Tennis
Federation") widened the column for every row and left the roles a few cells at 120 columns."""
ROLE_CELLS = 50
"""Longest roles shown whole in a wide panel (the detail view has them all)."""
ROLE_MIN = 8
"""Shortest the Role column gets: in a narrower panel the roles are cut by its edge (the detail view has them)."""
_CHROME = 2 + 3 + 4 * 2
"""Panel cells that are not text of the name, kind, count and role columns: the vertical scrollbar (2), the mark column
(1 cell and 2 of padding) and the padding of name, kind, count and role (2 each)."""
KIND_LABELS = {"organization": "org"}
"""Kinds as the panel shows them: "organization" took seven cells of every row from the roles beside it."""

_ROWS: dict[int, tuple[Actor, tuple[str, int], Row]] = {}
"""Rows made before, by the identity of their actor: a story rebuilt after an edit keeps most Actor objects (the
tuple itself when no name changed), so their rows are not made again on every update."""
_ROWS_MAX = 2_000
"""A few updates' worth of rows (the panel makes at most 400): bounded, so replaced actors are not kept for long."""


def role_cells(width: int, shown: Sequence[Actor]) -> int:
    """How long the roles may be in a panel ``width`` cells wide: the mark, name, kind, count and role columns fit
    whole (Files, last, takes what is left, or scrolls into view), up to ROLE_CELLS; 0 width: not known yet."""
    if width <= 0 or not shown:
        return ROLE_CELLS
    name = min(NAME_CELLS, max(cell_len(a.name) for a in shown))
    kind = max(cell_len(KIND_LABELS.get(a.kind, a.kind)) for a in shown)
    count = max(len(str(a.mentions)) for a in shown)
    return max(ROLE_MIN, min(ROLE_CELLS, width - _CHROME - max(name, 4) - max(kind, 4) - max(count, 1)))


def _actor_row(a: Actor, style: str, role_limit: int) -> Row:
    known = _ROWS.get(id(a))
    if known is not None and known[0] is a and known[1] == (style, role_limit):
        return known[2]
    row = Row(
        actor_key(a),
        (
            cell(a.name, style, limit=NAME_CELLS),
            cell(KIND_LABELS.get(a.kind, a.kind)),
            cell(a.mentions),
            cell(joined(a.roles, "; ", role_limit), limit=role_limit),
            cell(joined([short_path(d) for d in a.documents[:16]], ", ", 30), limit=30),
        ),
        a,
    )
    if len(_ROWS) >= _ROWS_MAX:
        _ROWS.clear()
    _ROWS[id(a)] = (a, (style, role_limit), row)  # holding the actor keeps its id from being reused
    return row


def actor_rows(
    actors: Sequence[Actor], styles: dict[str, str], chosen: Actor | None, total: int, limit: int, width: int = 0
) -> PanelRows:
    """The panel's rows for ``actors`` (the first ``limit`` of them), as plain data: safe to make in a worker.

    ``width``: the panel's width, which bounds the Role column (see role_cells; 0: not known yet).
    """
    shown = actors[:limit]
    role_limit = role_cells(width, shown)
    rows = tuple(_actor_row(a, styles.get(a.kind, ""), role_limit) for a in shown)
    return PanelRows(rows, total=total, chosen=actor_key(chosen) if chosen is not None else None)


class ActorsPanel(FactTable):
    """Actors, most mentioned first, with kind, mentions, roles and files; the cross-filter actor is marked."""

    BORDER_TITLE = "Actors"
    WIDTH_SHAPES_ROWS = True
    SORTABLE = ("name", "kind", "mentions", "role", "files", "new")

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        # Columns exist from the start, so an early redraw (theme load) never meets a table without them.
        self.add_column("", key="new", width=1)
        self.add_column("Name", key="name")
        self.add_column("Kind", key="kind")
        self.add_column("#", key="mentions")
        self.add_column("Role", key="role")
        self.add_column("Files", key="files")

    def show_rows(self, panel: PanelRows, unseen: set[str], styles: dict[str, str]) -> None:
        """Show the rows (keeping the cursor on the same actor); ▶ marks the cross-filter actor, ● a new one."""
        chosen = panel.chosen

        def mark(r: Row) -> Cell:
            if r.key == chosen:
                return ("\u25b6", styles["match"])
            return ("\u25cf" if r.key in unseen else "", styles["new"])

        self.fit_column("role", panel)
        self.apply_rows(panel, mark)
        shown = self.shown
        self.set_title(f"Actors {shown}" if shown == self.total else f"Actors {shown} of {self.total}")
