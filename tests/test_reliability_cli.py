"""Bad input and hostile text through `storywatch extract`: every failure is a per-file error, never a crash.

Each row of tests/extract/test_textio.py's CASES is run here next to a good article: the JSON stays valid,
the bad file carries its error or warning, and the good article still produces its facts.
"""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from extract import textio
from extract.engine import Engine
from extract.export import safe_text
from tests.extract.test_textio import CASES, GOOD, HOSTILE, Case
from tui.cli import main

ROOT = Path(__file__).resolve().parents[1]
# What must never reach a terminal or a file we write: C0 controls but tab/newline, DEL, C1, bidi controls.
UNSAFE = [chr(c) for c in (*range(0x00, 0x09), *range(0x0B, 0x20), *range(0x7F, 0xA0))] + [
    chr(c) for c in (*range(0x202A, 0x202F), *range(0x2066, 0x206A))
]


def extract(capsys, *args: str) -> tuple[int, dict, str]:
    """Run `storywatch extract ARGS --json` in this process; returns exit code, parsed JSON, stderr."""
    code = main(["extract", *map(str, args), "--json"])
    out = capsys.readouterr()
    return code, json.loads(out.out), out.err


def docs(data: dict) -> dict[str, dict]:
    return {Path(d["path"]).name: d for d in data["documents"]}


def assert_good_article_survives(data: dict) -> None:
    assert docs(data)["good.txt"]["error"] is None
    assert any(a["name"] == "Jane Smith" for a in data["actors"]), "the other files still produce facts"
    assert any(f["value"] == 1200 for f in data["figures"])


@pytest.fixture
def story(tmp_path: Path) -> Path:
    folder = tmp_path / "story"
    folder.mkdir()
    (folder / "good.txt").write_text(GOOD, encoding="utf-8")
    return folder


# Every kind of file -------------------------------------------------------------------------------------


@pytest.mark.parametrize("case", CASES.values(), ids=CASES.keys())
def test_extract_case(story, capsys, case: Case):
    (story / "case.txt").write_bytes(case.data)
    code, data, err = extract(capsys, story)
    doc = docs(data)["case.txt"]
    assert_good_article_survives(data)
    if case.error:
        assert case.error in doc["error"]
        assert code == 1
        assert "case.txt" in err and case.error in err
        return
    assert doc["error"] is None
    assert doc["title"] == case.title
    assert code == 0
    mine = [w for w in data["warnings"] if w.startswith(str(story / "case.txt") + ": ")]
    if case.warning:
        assert any(case.warning in w for w in mine), data["warnings"]
    else:
        assert mine == []


def test_50_mb_file_is_capped_and_says_so(story, capsys, monkeypatch):
    # A small cap keeps the suite fast; bench/stress.py runs the real one. The file is really 50 MB.
    monkeypatch.setattr(textio, "MAX_BYTES", 8_000)
    line = b"The ministry said 13,000 soldiers had arrived in the region on Monday, officials said.\n"
    with (story / "huge.txt").open("wb") as fh:
        block = line * (1_000_000 // len(line))
        for _ in range(50):
            fh.write(block)
    t0 = time.perf_counter()
    code, data, _ = extract(capsys, story)
    assert time.perf_counter() - t0 < 30
    assert code == 0
    assert_good_article_survives(data)
    assert any("huge.txt: only the first 8 KB of" in w for w in data["warnings"]), data["warnings"]
    assert docs(data)["huge.txt"]["words"] < 8_000 // 5


def test_1_mb_single_line_without_spaces(story, capsys):
    (story / "blob.txt").write_bytes((b"QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVo" * 30_000)[:1_000_000])
    t0 = time.perf_counter()
    code, data, _ = extract(capsys, story)
    assert time.perf_counter() - t0 < 30
    assert code == 0
    assert_good_article_survives(data)
    blob = [w for w in data["warnings"] if "blob.txt" in w]
    assert any("without spaces" in w for w in blob) and any("only the first" in w for w in blob), blob
    assert docs(data)["blob.txt"]["words"] == 0


def test_2000_small_files(tmp_path, capsys):
    # bench/stress.py runs 10,000 (and times them); here every file must come back, each with its facts.
    for i in range(2_000):
        (tmp_path / f"f{i:05}.txt").write_text(f"Jane Smith visited the town of Ashford on day {i}.\n")
    t0 = time.perf_counter()
    code, data, _ = extract(capsys, tmp_path)
    elapsed = time.perf_counter() - t0
    assert code == 0
    assert len(data["documents"]) == 2_000
    bad = [d for d in data["documents"] if d["error"] is not None or d["words"] != 10]
    assert bad == []
    jane = next(a for a in data["actors"] if a["name"] == "Jane Smith")
    assert jane["mentions"] == 2_000
    assert elapsed < 120, elapsed


def test_deep_folders(story, capsys):
    folders = [story]
    for _ in range(1_200):
        folders.append(folders[-1] / "d")
        folders[-1].mkdir()
    (folders[-1] / "deep.txt").write_text("Deep in the archive, John Doe said 7 people came.\n")
    try:
        code, data, _ = extract(capsys, story)
        assert code == 0
        assert "deep.txt" in docs(data)
        assert any(a["name"] == "John Doe" for a in data["actors"])
        assert_good_article_survives(data)
    finally:
        (folders[-1] / "deep.txt").unlink()
        for folder in reversed(folders[1:]):  # shutil.rmtree would recurse 1,200 deep
            folder.rmdir()


def _symlinks(story: Path, outside: Path) -> None:
    outside.mkdir()
    (outside / "secret.txt").write_text("Zorblax Quintavius said 99 secrets.\n")
    (story / "alias.txt").symlink_to("good.txt")
    (story / "loop1.txt").symlink_to("loop2.txt")
    (story / "loop2.txt").symlink_to("loop1.txt")
    (story / "dangling.txt").symlink_to("missing.txt")
    (story / "leak.txt").symlink_to(outside / "secret.txt")
    (story / "folder-loop").symlink_to(".")
    (story / "folder-out").symlink_to(outside)


def test_symlink_loops_and_links_leaving_the_folder(story, tmp_path, capsys):
    _symlinks(story, tmp_path / "outside")
    t0 = time.perf_counter()
    code, data, _ = extract(capsys, story)
    assert time.perf_counter() - t0 < 30
    assert code == 0
    assert sorted(docs(data)) == ["alias.txt", "good.txt"]
    assert "Zorblax" not in json.dumps(data), "nothing outside the story folder is read"
    assert_good_article_survives(data)


def test_skipped_symlinks_are_visible(story, tmp_path, capsys):
    _symlinks(story, tmp_path / "outside")
    _, data, _ = extract(capsys, story)
    shown = json.dumps(data)
    assert "loop1.txt" in shown and "leak.txt" in shown and "dangling.txt" in shown


def test_directory_named_like_an_article(story, capsys):
    (story / "x.txt").mkdir()
    (story / "x.txt" / "inner.txt").write_text("Inside the folder, John Doe said 3 people came.\n")
    code, data, _ = extract(capsys, story)
    assert code == 0
    assert sorted(docs(data)) == ["good.txt", "inner.txt"]
    code, data, _ = extract(capsys, story / "x.txt")
    assert code == 0 and list(docs(data)) == ["inner.txt"]


def test_fifo_named_like_an_article(story, capsys):
    os.mkfifo(story / "pipe.txt")
    code, data, _ = extract(capsys, story)
    assert code == 0 and sorted(docs(data)) == ["good.txt"]


needs_non_root = pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() == 0, reason="root reads anything")


@needs_non_root
def test_unreadable_file(story, capsys):
    locked = story / "locked.txt"
    locked.write_text(GOOD)
    locked.chmod(0)
    try:
        code, data, err = extract(capsys, story)
    finally:
        locked.chmod(0o644)
    assert code == 1
    assert docs(data)["locked.txt"]["error"] == "permission denied"
    assert "locked.txt: permission denied" in err
    assert_good_article_survives(data)


def test_unreadable_file_simulated(story, capsys, monkeypatch):
    # The OS refusing the open, for runs as root (CI) where chmod 000 does not stop anyone.
    (story / "locked.txt").write_text(GOOD)
    real = textio._read_once

    def read_once(path: str):
        if path.endswith("locked.txt"):
            raise PermissionError(13, "Permission denied")
        return real(path)

    monkeypatch.setattr(textio, "_read_once", read_once)
    code, data, err = extract(capsys, story)
    assert code == 1
    assert docs(data)["locked.txt"]["error"] == "permission denied"
    assert "locked.txt: permission denied" in err
    assert_good_article_survives(data)


def _only_for(path: Path, action):
    """Run ``action`` only when the chunk just read belongs to ``path`` (Linux: /proc/self/fd)."""

    def act(fd_path: str) -> None:
        if fd_path.startswith(str(path)):
            action()

    return act


@pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="needs /proc to know which file a read is for")
@pytest.mark.parametrize("event", ["deleted", "rewritten shorter", "renamed over"])
def test_file_changing_while_it_is_read(story, capsys, monkeypatch, event):
    victim = story / "victim.txt"
    victim.write_text("Old version: Mary Major said 5 people came.\n" * 20)
    new = story / ".victim.tmp"
    new.write_text("New version: Mary Major said 6 people came.\n")
    action = {
        "deleted": victim.unlink,
        "rewritten shorter": lambda: victim.write_text("New version: Mary Major said 6 people came.\n"),
        "renamed over": lambda: os.replace(new, victim),
    }[event]
    real = textio._read_chunk
    done: list[bool] = []

    def read_chunk(fd: int, size: int) -> bytes:
        data = real(fd, size)
        if not done and os.readlink(f"/proc/self/fd/{fd}").startswith(str(victim)):
            done.append(True)
            action()
        return data

    monkeypatch.setattr(textio, "CHUNK", 64)
    monkeypatch.setattr(textio, "_read_chunk", read_chunk)
    code, data, _ = extract(capsys, story)
    assert done, "the change happened during the read"
    assert_good_article_survives(data)
    doc = docs(data)["victim.txt"]
    if event == "deleted":
        assert code == 1 and doc["error"] == "deleted or moved while it was being read"
    else:
        assert code == 0 and doc["error"] is None
        assert doc["title"] == "New version: Mary Major said 6 people came."
        assert doc["words"] == 8, "only the new version, never a mix"


def test_missing_folder_at_start(tmp_path, capsys):
    code = main(["extract", str(tmp_path / "nope"), "--json"])
    out = capsys.readouterr()
    assert code == 1
    assert f"storywatch: {tmp_path / 'nope'}: no such file or folder" in out.err
    assert json.loads(out.out)["documents"] == []
    code = main([str(tmp_path / "nope")])
    assert code == 1
    assert "no such folder" in capsys.readouterr().err


def test_missing_path_next_to_a_good_one(story, tmp_path, capsys):
    code = main(["extract", str(story), str(tmp_path / "nope"), "--json"])
    out = capsys.readouterr()
    assert code == 1
    assert "no such file or folder" in out.err
    assert_good_article_survives(json.loads(out.out))


# Hostile text -----------------------------------------------------------------------------------------

HOSTILE_NAMES = [
    "esc\x1b[2J\x1b]0;owned\x07.txt",
    "osc52\x1b]52;c;ZXZpbA==\x07.txt",
    "c1\x9b31m.txt",
    "bidi\u202etxt.exe\u202c.txt",
    "[bold red]markup.txt",  # "/" cannot be in a name, so no closing tag
    "[link=file:etc-passwd]x.md",
]


@pytest.fixture
def hostile(story: Path) -> Path:
    (story / "hostile.txt").write_text(HOSTILE + GOOD, encoding="utf-8")
    for name in HOSTILE_NAMES:
        (story / name).write_text(f"Named badly.\nJane Smith said {len(name)} things.\n", encoding="utf-8")
    (story / "bad\x1b]0;x\x07binary.txt").write_bytes(b"\x00\x01\x02" * 100)
    return story


def test_hostile_text_and_names_keep_json_valid(hostile, capsys):
    code, data, _ = extract(capsys, hostile)
    assert code == 1  # the binary file
    names = set(docs(data))
    assert set(HOSTILE_NAMES) <= names, "names round-trip exactly through JSON"
    assert docs(data)["hostile.txt"]["title"] == HOSTILE.splitlines()[0]
    assert_good_article_survives(data)


@pytest.mark.parametrize("fmt", ["csv", "markdown"])
def test_hostile_text_never_reaches_csv_or_markdown_raw(hostile, capsys, fmt):
    main(["extract", str(hostile), "--format", fmt])
    out = capsys.readouterr().out
    assert "Jane Smith" in out
    found = sorted({f"U+{ord(c):04X}" for c in out if c in UNSAFE and c not in "\r"})
    assert found == []
    if fmt == "markdown":
        assert "[bold red]" not in out, "markup is escaped"


def test_csv_rows_end_with_crlf(story, capsys):
    main(["extract", str(story), "--format", "csv"])
    out = capsys.readouterr().out
    assert "\ufffd" not in out
    assert out.splitlines()[0].startswith("type,text")


@pytest.mark.parametrize("fmt", ["json", "jsonl"])
def test_json_output_escapes_c1_and_bidi(hostile, capsys, fmt):
    main(["extract", str(hostile), "--format", fmt])
    out = capsys.readouterr().out
    assert "\x1b" not in out  # JSON escapes C0 itself
    assert sorted({f"U+{ord(c):04X}" for c in out if c in UNSAFE and c not in "\n"}) == []


def test_stderr_never_carries_escape_sequences(hostile, capsys):
    main(["extract", str(hostile), "--json"])
    err = capsys.readouterr().err
    assert "binary" in err
    assert sorted({f"U+{ord(c):04X}" for c in err if c in UNSAFE and c != "\n"}) == []


def test_file_name_that_is_not_utf8(story):
    with open(os.path.join(os.fsencode(story), b"caf\xe9.txt"), "wb") as fh:
        fh.write(b"Cafe news: Jane Smith said 4 people came.\n")
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    run = subprocess.run(
        [sys.executable, "-m", "tui", "extract", str(story), "--json"], capture_output=True, cwd=ROOT, env=env
    )
    assert run.returncode == 0, run.stderr.decode(errors="replace")[-500:]
    data = json.loads(run.stdout.decode("utf-8"))
    assert len(data["documents"]) == 2


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("plain text", "plain text"),
        ("tab\tand\nnewline", "tab\tand\nnewline"),
        ("\x1b[31mred", "\ufffd[31mred"),
        ("\x1b]52;c;ZXZpbA==\x07", "\ufffd]52;c;ZXZpbA==\ufffd"),
        ("\x9b31m", "\ufffd31m"),
        ("\x85next line", "\ufffdnext line"),
        ("del\x7f", "del\ufffd"),
        ("nul\x00", "nul\ufffd"),
        ("\u202eevil\u202c", "\ufffdevil\ufffd"),
        ("\u2066isolate\u2069", "\ufffdisolate\ufffd"),
        ("[bold]markup[/]", "[bold]markup[/]"),  # markup is the display's job (Text, escape), not safe_text's
        ("caf\u00e9 \u201cquoted\u201d \u20ac5", "caf\u00e9 \u201cquoted\u201d \u20ac5"),
    ],
)
def test_safe_text(text, expected):
    assert safe_text(text) == expected


# Live app under a storm of writes (short version of bench/stress.py app) ----------------------------------


def _stress_module():
    spec = importlib.util.spec_from_file_location("stress", ROOT / "bench" / "stress.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["stress"] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def stress(nlp):
    return _stress_module()


async def test_app_after_a_storm_of_writes_equals_a_fresh_extract(stress, tmp_path, nlp):
    folder = tmp_path / "seeds"
    folder.mkdir()
    report = await stress.stress_app(
        folder, files=10, writes=150, seconds=5.0, engine=Engine(nlp=nlp), state_dir=tmp_path
    )
    assert report.writes == 150
    assert report.mismatches == [], "\n".join(report.mismatches)


async def test_app_keeps_updating_while_a_file_is_rewritten_50_times_a_second(stress, tmp_path, nlp):
    folder = tmp_path / "seeds"
    folder.mkdir()
    report = await stress.stress_app(
        folder, files=1, writes=150, seconds=3.0, engine=Engine(nlp=nlp), state_dir=tmp_path
    )
    assert report.mismatches == []
    assert report.updates >= 1, "the story moved on at least once during 3 s of saves"
