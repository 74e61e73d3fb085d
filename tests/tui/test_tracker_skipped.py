"""Files the live story passes over (symlinks leaving the folder, broken ones) are listed, never read."""

from __future__ import annotations

import os

import pytest

from extract.store import Store
from tests.tui.conftest import ARTICLE_B
from tui.tracker import StoryTracker

pytestmark = pytest.mark.skipif(not hasattr(os, "symlink"), reason="needs symlinks")


def make(seeds, tmp_path, engine) -> StoryTracker:
    return StoryTracker(seeds, engine, Store.open(seeds, tmp_path / "state"))


def errors(story) -> dict[str, str | None]:
    return {d.path: d.error for d in story.documents if d.error}


def test_symlinks_out_of_the_folder_are_listed_not_read(seeds, tmp_path, engine):
    outside = tmp_path / "private.txt"
    outside.write_text(ARTICLE_B, encoding="utf-8")
    (seeds / "leak.txt").symlink_to(outside)
    (seeds / "dangling.txt").symlink_to(seeds / "gone.txt")  # inside the folder, but nothing there
    t = make(seeds, tmp_path, engine)
    up = t.update(t.stale_files())
    assert set(t.facts) == {"acme.txt"}
    assert errors(up.story) == {
        "leak.txt": "symlink to outside the story folder, not read",
        "dangling.txt": "broken symlink or symlink loop",
    }
    assert any(w.startswith("leak.txt: symlink to outside") for w in up.story.warnings)
    assert "Lazard" not in {a.name for a in up.story.actors}  # nothing from the private file


def test_a_file_event_for_a_symlink_out_is_not_read(seeds, tmp_path, engine):
    t = make(seeds, tmp_path, engine)
    t.update(t.stale_files())
    outside = tmp_path / "private.txt"
    outside.write_text(ARTICLE_B, encoding="utf-8")
    (seeds / "late.txt").symlink_to(outside)
    up = t.update(t.expand([str(seeds / "late.txt")]))
    assert set(t.facts) == {"acme.txt"}
    assert errors(up.story) == {"late.txt": "symlink to outside the story folder, not read"}
    # Replaced by a real file, it is read and no longer listed as passed over.
    (seeds / "late.txt").unlink()
    (seeds / "late.txt").write_text(ARTICLE_B, encoding="utf-8")
    up = t.update(t.expand([str(seeds / "late.txt")]))
    assert set(t.facts) == {"acme.txt", "late.txt"}
    assert errors(up.story) == {}


def test_a_symlinked_folder_is_never_followed(seeds, tmp_path, engine):
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (elsewhere / "private.txt").write_text(ARTICLE_B, encoding="utf-8")
    (seeds / "linked").symlink_to(elsewhere, target_is_directory=True)
    t = make(seeds, tmp_path, engine)
    t.update(t.stale_files())
    # The watcher reports the link and the file under it, as a polling observer does.
    assert t.expand([str(seeds / "linked")]) == []
    up = t.update(t.expand([str(seeds / "linked" / "private.txt")]))
    assert set(t.facts) == {"acme.txt"}
    assert errors(up.story) == {"linked/private.txt": "inside a symlinked folder, not read"}
