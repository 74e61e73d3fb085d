"""The Actors panel: one row per real-world actor."""

from __future__ import annotations

from collections.abc import Sequence

from rich.cells import cell_len

from extract.export import middle_cut
from extract.keys import actor_key
from extract.records import Actor
from tui.widgets.safe import Cell, cell, paths_generation, short_path
from tui.widgets.table import FactTable, PanelRows, Row, new_note


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
NAME_MIN = 16
"""Shortest the Name column gets when a narrow panel shares its room with the roles."""
ROLE_CELLS = 50
"""Longest roles shown whole in a wide panel (the detail view has them all)."""
ROLE_MIN = 8
"""Shortest the Role column gets: in a narrower panel the roles are cut by its edge (the detail view has them)."""
ROLE_WANT = 15
"""Room the roles keep beside a long name, and before the Files column gets any (120x36 and 60x20: 58 cells)."""
FILES_CELLS = 30
"""Longest list of files shown."""
FILES_MIN = 16
"""Shortest the Files column gets when it shows at all (one file name like "04a6711caa7c.txt"); below that room it
is left out (0 cells) rather than cut at the panel's edge, where no key scrolls to it."""
_CHROME = 2 + 3 + 5 * 2
"""Panel cells that are not text of the name, kind, count, role and files columns: the vertical scrollbar (2), the
mark column (1 cell and 2 of padding) and the padding of name, kind, count, role and files (2 each)."""
KIND_LABELS = {"organization": "org"}
"""Kinds as the panel shows them: "organization" took seven cells of every row from the roles beside it."""

_ROWS: dict[int, tuple[Actor, tuple[str, tuple[int, int, int], int], Row]] = {}
"""Rows made before, by the identity of their actor: a story rebuilt after an edit keeps most Actor objects (the
tuple itself when no name changed), so their rows are not made again on every update."""
_ROWS_MAX = 2_000
"""A few updates' worth of rows (the panel makes at most 400): bounded, so replaced actors are not kept for long."""


def column_widths(width: int, shown: Sequence[Actor]) -> dict[str, int]:
    """The columns' widths in a panel ``width`` cells wide, so a row fits it (no column cut at the panel's edge):
    name, kind and count whole (a long name cut to NAME_CELLS, or down to NAME_MIN when a narrow panel needs room for
    roles), the roles up to ROLE_CELLS, then the files when at least FILES_MIN cells are left. 0 width: not known
    yet (every column its longest, up to its cap)."""
    name = max(4, min(NAME_CELLS, max((cell_len(a.name) for a in shown), default=0)))
    kind = max(4, max((cell_len(KIND_LABELS.get(a.kind, a.kind)) for a in shown), default=0))
    count = max(1, max((len(str(a.mentions)) for a in shown), default=0))
    roles = min(ROLE_CELLS, max((cell_len(joined(a.roles, "; ", ROLE_CELLS)) for a in shown), default=0))
    files = min(FILES_CELLS, max((cell_len(_files(a)) for a in shown), default=0))
    if width <= 0:
        return {"name": name, "kind": kind, "mentions": count, "role": max(4, roles), "files": max(5, files)}
    room = width - _CHROME - kind - count
    name = min(name, max(NAME_MIN, room - ROLE_WANT))
    room -= name
    # The files get one name's room first if the roles can keep ROLE_WANT beside it; then the roles take what they
    # need, and the files what is left.
    files_first = min(files, FILES_MIN) if room - min(roles, ROLE_WANT) >= min(files, FILES_MIN) > 0 else 0
    role = min(max(roles, 4), max(ROLE_MIN, room - files_first))
    files = min(files, room - role) if files_first else 0
    return {"name": name, "kind": kind, "mentions": count, "role": role, "files": max(0, files)}


def _files(a: Actor, limit: int = FILES_CELLS) -> str:
    """The actor's files within ``limit`` cells: all of them when they fit, else the first and how many more
    ("04a6711caa7c.txt +1", the name cut in the middle if need be) rather than a list cut mid-name."""
    names = [short_path(d) for d in a.documents[:16]]
    text = joined(names, ", ", limit)
    if cell_len(text) <= limit or not names:
        return text
    more = f" +{len(a.documents) - 1}" if len(a.documents) > 1 else ""
    return middle_cut(names[0], max(4, limit - len(more))) + more


def _actor_row(a: Actor, style: str, widths: tuple[int, int, int]) -> Row:
    known = _ROWS.get(id(a))
    shape = (style, widths, paths_generation())  # a file name shown with its folder since makes the row again
    if known is not None and known[0] is a and known[1] == shape:
        return known[2]
    name, role, files = widths
    row = Row(
        actor_key(a),
        (
            cell(a.name, style, limit=name),
            cell(KIND_LABELS.get(a.kind, a.kind)),
            cell(a.mentions),
            cell(joined(a.roles, "; ", role), limit=role),
            cell(_files(a, files), limit=files) if files else ("", ""),
        ),
        a,
    )
    if len(_ROWS) >= _ROWS_MAX:
        _ROWS.clear()
    _ROWS[id(a)] = (a, shape, row)  # holding the actor keeps its id from being reused
    return row


def actor_rows(
    actors: Sequence[Actor], styles: dict[str, str], chosen: Actor | None, total: int, limit: int, width: int = 0
) -> PanelRows:
    """The panel's rows for ``actors`` (the first ``limit`` of them), as plain data: safe to make in a worker.

    ``width``: the panel's width, which the columns share (see column_widths; 0: not known yet).
    """
    shown = actors[:limit]
    widths = column_widths(width, shown)
    cut = (widths["name"], widths["role"], widths["files"])
    rows = tuple(_actor_row(a, styles.get(a.kind, ""), cut) for a in shown)
    chosen_key = actor_key(chosen) if chosen is not None else None
    return PanelRows(rows, total=total, chosen=chosen_key, widths=tuple(widths.items()))


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

        self.fit_columns(panel)
        self.apply_rows(panel, mark)
        shown = self.shown
        title = f"Actors {shown:,}" if shown == self.total else f"Actors {shown:,} of {self.total:,}"
        self.set_title(title + new_note(self.new_rows))
