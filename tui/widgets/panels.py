"""The rows of the three fact panels made from a story in one pure step, so a worker thread can do it.

The event loop then only applies the difference to the tables (FactTable.apply_rows). Whatever the rows were
made from (filters, theme styles, figure grouping, the panels' widths) travels with them as
``RowInputs``; rows made from other inputs than the screen's current ones are made again on the event loop.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from extract.records import Story
from tui.widgets.actors import actor_rows
from tui.widgets.claims import claim_count, claim_panel_rows
from tui.widgets.figures import figure_rows
from tui.widgets.head import totals
from tui.widgets.safe import know_paths
from tui.widgets.sorting import NATURAL, Sort, sort_actors, sort_figures, sorts_upstream
from tui.widgets.table import PanelRows
from tui.widgets.view import ViewFilter, view_story

MAX_ROWS = 120
"""Rows per panel: several screens' worth (a reporter filters rather than scrolls further), and every row costs the
UI thread on each update: growing a table by hundreds of rows re-lays the screen out at each step, 0.1-0.25 s on this
box. The panel title says "120 of N" and `/` or an actor filter reaches the rest."""


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


def prepare_rows(story: Story, first_seen: dict[str, str], inputs: RowInputs, limit: int = MAX_ROWS) -> PreparedRows:
    """Filter the story and make the first ``limit`` rows of each panel (no widgets touched)."""
    know_paths(d.path for d in story.documents)  # file names that two folders share are shown with their folder
    view = view_story(story, inputs.view)
    styles = inputs.styles
    counts = totals(story)  # a head (tui/widgets/head.py) knows the whole story's counts
    whole = view.claims is story.claims and view.quotes is story.quotes
    claims_total = counts.get("claim_rows") or (None if whole else claim_count(story))
    actors = sort_actors(view.actors, inputs.actors_sort)
    actor_panel = actor_rows(
        actors, styles, inputs.view.actor, total=counts["actors"], limit=limit, width=inputs.actors_width
    )
    figures = view
    if sorts_upstream("figures", inputs.figures_sort):
        conflicted = {(v.document, v.start) for c in view.conflicts for v in c.values}
        figures = replace(view, figures=sort_figures(view.figures, inputs.figures_sort, conflicted))
    figure_panel = figure_rows(
        figures, styles, inputs.figures_ditto, total=counts["figures"], limit=limit, width=inputs.figures_width
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
