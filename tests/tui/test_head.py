"""The head of a story (tui/widgets/head.py): painted first at launch, it must show what the whole story shows."""

from __future__ import annotations

from dataclasses import replace

import pytest

from extract.diff import cached_claim_key, cached_quote_key
from extract.records import Actor, Claim, Figure, Quote, Story
from tui.widgets.head import head_seen, head_story, totals
from tui.widgets.panels import RowInputs, prepare_rows
from tui.widgets.safe import theme_styles


def big_story(n: int) -> tuple[Story, dict[str, str]]:
    actors = tuple(Actor(f"Person {i}", "person", mentions=n - i, documents=(f"d{i % 7}.txt",)) for i in range(n))
    figures = tuple(
        Figure(
            f"{i} jobs", float(i), "count", None, None, None, f"jobs {i % 5}", "", f"d{i % 7}.txt", 10 * i, 10 * i + 5
        )
        for i in range(n)
    )
    claims = [
        Claim(f"claim {i}", "Acme", "Acme", "said", "indirect", f"d{i % 7}.txt", 100 * i, 100 * i + 9, line=1)
        for i in range(n)
    ]
    # Some quotes sit inside claims (one row with their claim), the others stand alone.
    quotes = tuple(
        Quote(f"q{i}", "Acme", "Acme", "said", c.document, c.start + (1 if i % 2 else 50), c.start + 3, line=1)
        for i, c in enumerate(claims)
    )
    first_seen = {cached_claim_key(c): f"2026-01-{1 + i % 28:02d}T00:00:00" for i, c in enumerate(claims)}
    first_seen.update({cached_quote_key(q): f"2026-02-{1 + i % 28:02d}T00:00:00" for i, q in enumerate(quotes)})
    stamped = tuple(replace(c, first_seen=first_seen[cached_claim_key(c)]) for c in claims)
    stamped = tuple(sorted(stamped, key=lambda c: (c.document, c.start)))
    stamped = tuple(sorted(stamped, key=lambda c: c.first_seen or "", reverse=True))
    return Story(actors=actors, figures=figures, claims=stamped, quotes=quotes), first_seen


@pytest.mark.parametrize("limit", [5, 60])
def test_the_head_shows_the_rows_and_counts_of_the_whole_story(limit: int) -> None:
    story, first_seen = big_story(200)
    head = head_story(story, first_seen, limit)
    assert len(head.actors) == limit and len(head.figures) == limit
    inputs = RowInputs(styles=theme_styles({}), claims_width=120)
    whole_rows = prepare_rows(story, first_seen, inputs, limit=limit)
    head_rows = prepare_rows(head, head_seen(head), inputs, limit=limit)
    for panel in ("actors", "figures", "claims"):
        assert getattr(head_rows, panel).rows == getattr(whole_rows, panel).rows, panel
        assert getattr(head_rows, panel).total == getattr(whole_rows, panel).total, panel
    assert totals(head) == {**totals(story), "claim_rows": whole_rows.claims.total}


def test_a_head_survives_the_store(tmp_path) -> None:
    from extract.store import Store

    story, first_seen = big_story(30)
    head = head_story(story, first_seen, 5)
    store = Store.open(tmp_path / "story", tmp_path / "state")
    store.save_snapshot(story, head=head)
    back = store.load_snapshot(head=True)
    assert back is not None and back.extra == head.extra and back.claims == head.claims
    assert store.load_snapshot() == story
