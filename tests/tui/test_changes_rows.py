"""The Changes log counts what the Claims panel shows: a quote inside a claim is part of that claim's row, and an
added sentence holding both read '+1 claim, +1 quote' for one new row (brief s30)."""

from __future__ import annotations

from extract.store import Store
from tests.tui.conftest import ARTICLE_A
from tui.tracker import StoryTracker
from tui.widgets.claims import claim_count, claim_rows

QUOTED_CLAIM = "Mayor Jane Doe said the city \u201cwill rebuild every home within a year\u201d after the storm.\n"
LONE_QUOTE = "\u201cWe are not leaving.\u201d\n"  # no speaker: a quote, no claim


def make(seeds, tmp_path, engine) -> StoryTracker:
    return StoryTracker(seeds, engine, Store.open(seeds, tmp_path / "state"))


def test_a_quote_inside_a_new_claim_is_not_counted_again(seeds, tmp_path, engine):
    t = make(seeds, tmp_path, engine)
    t.update(t.stale_files())
    rows_before = claim_count(t.story)
    (seeds / "acme.txt").write_text(ARTICLE_A + QUOTED_CLAIM, encoding="utf-8")
    up = t.update(["acme.txt"])
    # The extraction holds both (the quote and the claim around it) ...
    assert any(c.kind == "quote" and c.op == "added" for c in up.changes), up.changes
    assert any(c.kind == "claim" and c.op == "added" for c in up.changes), up.changes
    # ... the panel shows one new row, and the log says so.
    assert claim_count(up.story) == rows_before + 1
    assert "+1 claim" in up.summary and "quote" not in up.summary, up.summary
    # Taken out again: one row gone.
    (seeds / "acme.txt").write_text(ARTICLE_A, encoding="utf-8")
    down = t.update(["acme.txt"])
    assert "-1 claim" in down.summary and "quote" not in down.summary, down.summary


def test_a_quote_of_its_own_is_still_counted(seeds, tmp_path, engine):
    t = make(seeds, tmp_path, engine)
    t.update(t.stale_files())
    (seeds / "acme.txt").write_text(ARTICLE_A + LONE_QUOTE, encoding="utf-8")
    up = t.update(["acme.txt"])
    added = [c for c in up.changes if c.kind in ("quote", "claim") and c.op == "added"]
    assert [c.kind for c in added] == ["quote"], added
    assert "+1 quote" in up.summary, up.summary


def test_the_index_line_counts_claims_as_the_panel_does(seeds, tmp_path, engine):
    (seeds / "acme.txt").write_text(ARTICLE_A + LONE_QUOTE, encoding="utf-8")
    t = make(seeds, tmp_path, engine)
    first = t.update(t.stale_files())
    rows = len(claim_rows(first.story, {}))
    assert rows > len(first.story.claims)  # a quote no claim contains is a row of its own
    assert first.summary.endswith(f"{rows} claims"), first.summary
