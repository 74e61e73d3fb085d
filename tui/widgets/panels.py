"""The rows of the three fact panels made from a story in one pure step, so a worker thread can do it.

The event loop then only applies the difference to the tables (FactTable.apply_rows). Whatever the rows were
made from (filters, theme styles, figure grouping, the panels' widths) travels with them as
``RowInputs``; rows made from other inputs than the screen's current ones are made again on the event loop.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass, field, replace
from itertools import islice
from typing import TypeVar

from extract.diff import in_documents
from extract.keys import actor_key
from extract.records import Actor, Figure, Story
from tui.widgets.actors import actor_rows
from tui.widgets.claims import claim_count, claim_panel_rows
from tui.widgets.figures import figure_rows, figure_seen_key
from tui.widgets.head import totals
from tui.widgets.safe import know_paths
from tui.widgets.sorting import NATURAL, Sort, sort_actors, sort_figures, sorts_upstream
from tui.widgets.table import PanelRows
from tui.widgets.view import ViewFilter, view_story

_T = TypeVar("_T")

MAX_ROWS = 120
"""Rows per panel: several screens' worth (a reporter filters rather than scrolls further), and every row costs the
UI thread on each update: growing a table by hundreds of rows re-lays the screen out at each step, 0.1-0.25 s on this
box. The panel title says "120 of N" and `/` or an actor filter reaches the rest."""
LATE_ROWS = 30
"""Rows not seen yet that a panel shows past MAX_ROWS at most (with_unseen): a save's few new facts, not a batch's
hundreds (8 new files made 138 new actors)."""


@dataclass(frozen=True)
class RowInputs:
    """Everything besides the story that the panel rows depend on."""

    view: ViewFilter = field(default_factory=ViewFilter)
    """The user's filters."""
    styles: dict[str, str] = field(default_factory=dict)
    """Rich styles of the current theme."""
    figures_ditto: bool = True
    """The Figures panel is in its natural (grouped) order, so repeated group labels show as a ditto mark."""
    claims_width: int = 0
    """Width of the claims panel (its column widths and the heights of wrapped rows follow from it)."""
    figures_width: int = 0
    """Width of the figures panel (how long a label of what a figure counts may be)."""
    actors_width: int = 0
    """Width of the actors panel (how long an actor's roles may be)."""
    actors_sort: Sort = NATURAL
    figures_sort: Sort = NATURAL
    claims_sort: Sort = NATURAL
    """Each panel's sort (column, descending): the whole view is ordered before the first rows are taken."""


@dataclass(frozen=True)
class PreparedRows:
    """The three panels' rows for one story."""

    story: Story
    inputs: RowInputs
    actors: PanelRows
    figures: PanelRows
    claims: PanelRows

    def fits(self, story: Story | None, inputs: RowInputs) -> bool:
        """Whether these rows show ``story`` under ``inputs``."""
        return story is self.story and inputs == self.inputs


def with_unseen(
    records: Sequence[_T], limit: int, unseen: Callable[[_T], bool] | None, late_rows: int = LATE_ROWS
) -> Sequence[_T]:
    """The rows a panel shows of ``records``: the first ``limit``, then those further down not seen yet (at most
    ``late_rows``), in their order. A new fact past a panel's cut was neither shown nor counted in its '● N new'
    (probe s30 U11: a changed figure at row 400 of 691, found only by filtering), and it is what the reporter came
    for. ``unseen``: whether a record is not seen yet (None: none is)."""
    first = records[:limit]
    if unseen is None or len(records) <= limit:
        return first
    late = tuple(islice(filter(unseen, islice(records, limit, None)), late_rows))
    return (*first, *late) if late else first


def _unseen_actor(unseen: Collection[str]) -> Callable[[Actor], bool] | None:
    keys = frozenset(k for k in unseen if k.startswith("actor|"))
    return (lambda a: actor_key(a) in keys) if keys else None


def _unseen_figure(figures: Sequence[Figure], unseen: Collection[str]) -> Callable[[Figure], bool] | None:
    """Whether a figure is not seen yet, looking only at the figures of the files its unseen keys name (a figure's key
    starts 'figure|<file>|'): the keys of a large story's every figure cost 60 ms per 20,000."""
    keys = frozenset(k for k in unseen if "\0" in k)
    if not keys:
        return None
    files = {k.split("|", 2)[1] for k in keys}
    hits = {id(f) for f in in_documents(figures, files) if figure_seen_key(f) in keys}
    return (lambda f: id(f) in hits) if hits else None


def prepare_rows(
    story: Story,
    first_seen: dict[str, str],
    inputs: RowInputs,
    limit: int = MAX_ROWS,
    unseen: Collection[str] = frozenset(),
) -> PreparedRows:
    """Filter the story and make the first ``limit`` rows of each panel, and the rows further down whose facts are in
    ``unseen`` (keys not seen yet, see with_unseen), no widgets touched."""
    know_paths(d.path for d in story.documents)  # file names that two folders share are shown with their folder
    view = view_story(story, inputs.view)
    styles = inputs.styles
    counts = totals(story)  # a head (tui/widgets/head.py) knows the whole story's counts
    whole = view.claims is story.claims and view.quotes is story.quotes
    claims_total = counts.get("claim_rows") or (None if whole else claim_count(story))
    actors = with_unseen(sort_actors(view.actors, inputs.actors_sort), limit, _unseen_actor(unseen))
    actor_panel = actor_rows(
        actors, styles, inputs.view.actor, total=counts["actors"], limit=len(actors), width=inputs.actors_width
    )
    figures = view
    if sorts_upstream("figures", inputs.figures_sort):
        conflicted = {(v.document, v.start) for c in view.conflicts for v in c.values}
        figures = replace(view, figures=sort_figures(view.figures, inputs.figures_sort, conflicted))
    shown = with_unseen(figures.figures, limit, _unseen_figure(figures.figures, unseen))
    if len(shown) > limit:
        figures = replace(figures, figures=tuple(shown))
    figure_panel = figure_rows(
        figures, styles, inputs.figures_ditto, total=counts["figures"], limit=len(shown), width=inputs.figures_width
    )
    return PreparedRows(
        story,
        inputs,
        _sorted(actor_panel, "actors", inputs.actors_sort),
        _sorted(figure_panel, "figures", inputs.figures_sort),
        claim_panel_rows(
            view, first_seen, inputs.claims_width, total=claims_total, limit=limit, sort=inputs.claims_sort
        ),
    )


def _sorted(rows: PanelRows, panel: str, sort: Sort) -> PanelRows:
    """``rows`` marked as made in the order of ``sort`` when they were (see tui.widgets.sorting)."""
    return replace(rows, sorted_by=sort) if sorts_upstream(panel, sort) else rows
