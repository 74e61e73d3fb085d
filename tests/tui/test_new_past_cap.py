"""A fact not seen yet is shown even past a panel's row cap (probe s30 U11, brief s30 job 3): a changed figure at row
400 of 691 was neither shown nor counted in the title's '● N new', and the reporter found it only by filtering."""

from __future__ import annotations

from extract.keys import actor_key
from extract.records import Story
from tests.tui.test_sort_whole_view import FIGURES, STYLES, _actors
from tui.widgets.figures import figure_seen_key
from tui.widgets.panels import RowInputs, prepare_rows, with_unseen

INPUTS = RowInputs(styles=STYLES, figures_width=100, actors_width=100, claims_width=100)


def test_rows_past_the_cap_not_seen_yet_come_after_the_first_ones():
    actors = _actors()
    story = Story(figures=FIGURES, actors=actors)
    late_figure, late_actor = FIGURES[150], sorted(actors, key=lambda a: -a.mentions)[180]
    unseen = {figure_seen_key(late_figure), actor_key(late_actor)}
    rows = prepare_rows(story, {}, INPUTS, limit=20, unseen=unseen)
    figure_keys = [r.seen_key for r in rows.figures.rows]
    assert figure_keys[-1] == figure_seen_key(late_figure) and len(rows.figures.rows) <= 21
    assert [r.key for r in rows.actors.rows][-1] == actor_key(late_actor) and len(rows.actors.rows) == 21
    assert rows.figures.total == len(FIGURES) and rows.actors.total == len(actors)  # 'Figures 21 of 200'
    # Nothing unseen, or only facts already among the first rows: the cap as before.
    plain = prepare_rows(story, {}, INPUTS, limit=20)
    assert len(plain.actors.rows) == 20
    seen_first = prepare_rows(story, {}, INPUTS, limit=20, unseen={figure_seen_key(FIGURES[0])})
    assert [r.seen_key for r in seen_first.figures.rows] == [r.seen_key for r in plain.figures.rows]


def test_unseen_rows_past_the_cap_are_bounded_and_keep_their_order():
    records = list(range(100))
    assert with_unseen(records, 10, {50, 20, 99}.__contains__) == (*range(10), 20, 50, 99)
    assert len(with_unseen(records, 10, lambda r: True, late_rows=5)) == 15  # a batch's hundreds are not all shown
    assert with_unseen(records, 10, None) == records[:10]
