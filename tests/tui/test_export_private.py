"""Exports are their owner's only, as the store is (0600): an export holds the quotes and sentences of a reporter's
drafts, and went out 0644 (umask 022) into the working folder, the downloads folder or the temporary one."""

from __future__ import annotations

import os
import stat

import pytest

from extract.store import write_private
from tests.tui.conftest import wait_for
from tests.tui.test_dashboard import loaded, make, story_dir  # noqa: F401  (fixtures)


@pytest.fixture
def loose_umask():
    old = os.umask(0o022)
    yield
    os.umask(old)


def mode(path) -> int:
    return stat.S_IMODE(os.lstat(path).st_mode)


async def test_an_export_is_written_for_its_owner_only(make, tmp_path, monkeypatch, loose_umask):  # noqa: F811
    monkeypatch.chdir(tmp_path)
    app = make()
    async with app.run_test(size=(140, 40)) as pilot:
        await loaded(pilot)
        await pilot.press("e", "enter")
        await wait_for(pilot, lambda: list(tmp_path.glob("storywatch-*.md")))
    (written,) = tmp_path.glob("storywatch-*.md")
    assert mode(written) == 0o600
    assert "Jane Smith" in written.read_text(encoding="utf-8")


def test_a_file_already_there_is_replaced_and_made_private(tmp_path, loose_umask):
    target = tmp_path / "storywatch-s-20260102-120431.md"
    target.write_text("an older, longer export of the same second\n", encoding="utf-8")
    target.chmod(0o644)
    write_private(target, "new\n")
    assert target.read_text(encoding="utf-8") == "new\n"
    assert mode(target) == 0o600


def test_a_symlink_in_its_place_is_refused(tmp_path):
    victim = tmp_path / "victim.txt"
    victim.write_text("keep me\n", encoding="utf-8")
    link = tmp_path / "storywatch-s-20260102-120431.md"
    link.symlink_to(victim)
    with pytest.raises(OSError):
        write_private(link, "planted\n")
    assert victim.read_text(encoding="utf-8") == "keep me\n"


def test_a_file_system_without_modes_still_gets_the_export(tmp_path, monkeypatch, loose_umask):
    """Review revB-R23: a FAT stick or an SMB share refuses fchmod (EPERM); the export is written all the same."""
    import extract.store as store

    def refuse(fd, mode):
        raise PermissionError(1, "Operation not permitted")

    monkeypatch.setattr(store.os, "fchmod", refuse)
    target = tmp_path / "storywatch-s-20260102-120431.md"
    target.write_text("an export of the same second\n", encoding="utf-8")
    target.chmod(0o644)  # (the mode such a mount gives every file)
    write_private(target, "kept\n")
    assert target.read_text(encoding="utf-8") == "kept\n"
