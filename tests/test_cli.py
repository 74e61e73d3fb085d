"""The command line: extract's JSON contract, exit codes, help and version."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tui.cli import main

CONTRACT = {
    "documents": {"path", "title", "words", "sha256", "modified", "error"},
    "actors": {"name", "kind", "aliases", "roles", "mentions", "documents"},
    "figures": {
        "text",
        "value",
        "kind",
        "unit",
        "qualifier",
        "direction",
        "about",
        "sentence",
        "document",
        "start",
        "end",
    },
    "quotes": {"text", "speaker", "speaker_text", "cue", "document", "start", "end"},
    "claims": {"text", "source", "source_text", "cue", "kind", "document", "start", "end", "first_seen"},
}

ARTICLE = (
    "Acme Corp said on Monday that it would cut 1,200 jobs.\n"
    "\u201cThis is a hard day for all of us,\u201d said Jane Smith, the chief executive of Acme Corp.\n"
    "The cuts will save about $40 million a year, according to analysts at Lazard.\n"
)


@pytest.fixture
def story_dir(tmp_path: Path) -> Path:
    (tmp_path / "acme.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "notes.md").write_text("# Notes\n\nNothing here yet.\n", encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text("Ignored.", encoding="utf-8")
    return tmp_path


def run_cli(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out = capsys.readouterr()
    return code, out.out, out.err


def test_extract_json_has_every_contract_key(story_dir, capsys):
    code, out, _ = run_cli(capsys, "extract", str(story_dir), "--json")
    assert code == 0
    data = json.loads(out)
    assert set(data) >= set(CONTRACT) | {"conflicts", "warnings"}
    assert sorted(Path(d["path"]).name for d in data["documents"]) == ["acme.txt", "notes.md"]
    for section, keys in CONTRACT.items():
        for item in data[section]:
            assert keys <= set(item), (section, keys - set(item))
    text = ARTICLE
    for section in ("figures", "quotes", "claims"):
        for item in data[section]:
            assert text[item["start"] : item["end"]] == item["text"], (section, item)
    values = {f["value"] for f in data["figures"]}
    assert 1200 in values
    assert any(a["name"] == "Jane Smith" and a["kind"] == "person" for a in data["actors"])


@pytest.mark.parametrize("fmt", ["json", "jsonl", "csv", "markdown"])
def test_extract_formats(story_dir, capsys, fmt):
    code, out, _ = run_cli(capsys, "extract", str(story_dir), "--format", fmt)
    assert code == 0
    assert "Jane Smith" in out


def test_missing_path_is_bad_input(tmp_path, capsys):
    code, _, err = run_cli(capsys, "extract", str(tmp_path / "nope"), "--json")
    assert code == 1
    assert "no such file or folder" in err


def test_binary_file_is_a_per_file_error(story_dir, capsys):
    (story_dir / "scan.txt").write_bytes(b"%PDF-1.4\x00\x01\x02" * 50)
    code, out, err = run_cli(capsys, "extract", str(story_dir), "--json")
    assert code == 1
    data = json.loads(out)
    errors = {Path(d["path"]).name: d["error"] for d in data["documents"]}
    assert errors["scan.txt"] and "binary" in errors["scan.txt"]
    assert errors["acme.txt"] is None
    assert data["actors"], "the other files still produce facts"
    assert "scan.txt" in err


def test_usage_error_exits_2(capsys):
    assert main(["extract", "--format", "yaml"]) == 2


def test_missing_seeds_folder_exits_1(tmp_path, capsys):
    code, _, err = run_cli(capsys, str(tmp_path / "missing"))
    assert code == 1
    assert "no such folder" in err


def test_a_file_given_for_the_folder_is_called_a_file(story_dir, capsys):
    """`storywatch f1/crlf2.txt` said "no such folder (create it ...)" of an existing file (probe s27 r10)."""
    code, _, err = run_cli(capsys, str(story_dir / "acme.txt"))
    assert code == 1
    assert "a file, not a folder" in err and f"storywatch extract {story_dir / 'acme.txt'}" in err


def test_help_and_version():
    for args in (["--help"], ["--version"], ["extract", "--help"]):
        out = subprocess.run([sys.executable, "-m", "tui", *args], capture_output=True, text=True)
        assert out.returncode == 0
        assert "storywatch" in out.stdout


def test_the_app_is_imported_with_the_collector_paused_and_kept_for_good():
    """About 430 modules: at Python's default thresholds their import ran some 55 collections of a warm start, walking
    module objects that live as long as the process (tui.cli.import_app). In a fresh interpreter, as a launch is."""
    probe = (
        "import gc\n"
        "runs = []\n"
        "gc.callbacks.append(lambda phase, info: phase == 'start' and runs.append(info['generation']))\n"
        "from tui.cli import import_app\n"
        "import extract.bulk\n"  # the pause's own module (and extract's records) load before it can begin
        "before = len(runs)\n"
        "make_app = import_app()\n"
        "print(len(runs) - before, gc.get_freeze_count() > 10_000, make_app.__module__, gc.get_threshold()[0] > 0)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True, cwd=Path(__file__).parents[1]
    )
    assert out.stdout.split() == ["0", "True", "tui.app", "True"]  # no collection, frozen, collector back on


def test_the_log_and_its_folder_are_the_users_only(tmp_path, monkeypatch) -> None:
    """The log names the story's files; with umask 022 it was 0644 in a 0755 folder (probe s27 r6)."""
    import logging
    import stat

    from tui.cli import setup_logging

    old = os.umask(0o022)
    logger = logging.getLogger("storywatch")
    handlers = list(logger.handlers)
    try:
        monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "xdg"))
        log = setup_logging(None)
        assert log is not None and stat.S_IMODE(log.stat().st_mode) == 0o600
        assert stat.S_IMODE(log.parent.stat().st_mode) == 0o700
        assert stat.S_IMODE(log.parent.parent.stat().st_mode) == 0o755  # made as mkdir -p makes it
        # A storywatch.log link planted in a shared --state folder is refused, its target's rights untouched.
        shared, target = tmp_path / "shared", tmp_path / "target"
        shared.mkdir()
        target.write_text("x")
        target.chmod(0o644)
        (shared / "storywatch.log").symlink_to(target)
        assert setup_logging(str(shared)) is None and stat.S_IMODE(target.stat().st_mode) == 0o644
        # A shared --state folder's existing log keeps its rights (review s27 rev3r MED 1); a new one is 0600.
        (shared / "storywatch.log").unlink()
        (shared / "storywatch.log").write_text("")
        (shared / "storywatch.log").chmod(0o664)
        assert setup_logging(str(shared)) is not None
        assert stat.S_IMODE((shared / "storywatch.log").stat().st_mode) == 0o664
    finally:
        os.umask(old)
        for h in logger.handlers:
            if h not in handlers:
                logger.removeHandler(h)
                h.close()


def test_extract_passes_over_storywatchs_own_export_in_a_folder_and_says_so(story_dir, capsys):
    """The TUI and `extract` agree on what a story folder holds: an export left in it is no article (review s27
    rev2f LOW 9, after probe r1); named on its own, a file is read whatever its name."""
    export = story_dir / "storywatch-story-20261203-151740.md"
    export.write_text("# Story: 1 files\n\nAcme said 9,999 jobs would go.\n", encoding="utf-8")
    code, out, _ = run_cli(capsys, "extract", str(story_dir), "--json")
    data = json.loads(out)
    assert code == 0 and not any(f["value"] == 9999 for f in data["figures"])
    assert f"{export}: storywatch's own export, not read" in data["warnings"]
    code, out, _ = run_cli(capsys, "extract", str(export), "--json")
    assert any(f["value"] == 9999 for f in json.loads(out)["figures"])
