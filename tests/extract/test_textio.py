"""Reading files: encodings, binary files, caps, listing folders, and files that change while they are read.

Every row is one kind of file a reporter's folder may hold; tests/test_reliability_cli.py runs the same rows
through `storywatch extract --json`.
"""

from __future__ import annotations

import codecs
import gzip
import os
import threading
import time
import tracemalloc
import zlib
from dataclasses import dataclass
from pathlib import Path

import pytest

from extract import textio
from extract.textio import ReadError, is_article_name, load, scan, title_of

GOOD = (
    "Acme Corp said on Monday that it would cut 1,200 jobs.\n"
    "\u201cThis is a hard day for all of us,\u201d said Jane Smith, the chief executive of Acme Corp.\n"
)
CP1252 = (
    "\u201cWe will not leave,\u201d said Jane Smith \u2013 the caf\u00e9 owner \u2026 in Zurich.\nIt cost \u20ac50.\n"
)
LATIN1 = "Se\u00f1or Mu\u00f1oz of C\u00f3rdoba said the caf\u00e9 in Z\u00fcrich would close.\n"
RUSSIAN = "\u041f\u0440\u0435\u0437\u0438\u0434\u0435\u043d\u0442 \u0420\u043e\u0441\u0441\u0438\u0438 " * 20 + "\n"
HOSTILE = (
    "[bold red]Breaking[/] \x1b[31mred\x1b[0m \x1b]0;owned\x07 \x1b]52;c;ZXZpbA==\x07 \u202eevil\u202c\n"
    "Jane Smith of Acme Corp said 40 people were hurt.\n"
)


def _pdf() -> bytes:
    # An ASCII header and dictionary first, then a compressed stream: the first KBs look like text.
    head = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n" + b"1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n" * 100
    return head + b"3 0 obj\n<< /Length 9999 >>\nstream\n" + zlib.compress(bytes(range(256)) * 64) + b"\nendstream\n"


def _png() -> bytes:
    return b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00" + zlib.compress(bytes(range(256)) * 16)


@dataclass(frozen=True)
class Case:
    """One kind of file: its bytes, and what reading it must give."""

    data: bytes
    text: str | None = None
    """The exact decoded text (None: not checked)."""
    error: str | None = None
    """A substring of the ReadError message; None when the file must read."""
    warning: str | None = None
    """A substring of one of the warnings; None when there must be no warning."""

    @property
    def title(self) -> str:
        return title_of(self.text or "")


CASES: dict[str, Case] = {
    "empty": Case(b"", text="", warning="empty"),
    "blank lines only": Case(b"\n  \n\t\n", text="\n  \n\t\n", warning="empty"),
    "utf-8": Case(GOOD.encode(), text=GOOD),
    "utf-8 with BOM": Case(codecs.BOM_UTF8 + GOOD.encode(), text=GOOD),
    "invalid utf-8 byte": Case(
        GOOD.encode().replace(b"Monday", b"Mon\xffday"), text=GOOD.replace("Monday", "Mon\ufffdday"), warning="UTF-8"
    ),
    "truncated utf-8 sequence at end": Case(GOOD.encode() + b"\xe2\x80", text=GOOD + "\ufffd", warning="UTF-8"),
    "latin-1": Case(LATIN1.encode("latin-1"), text=LATIN1, warning="Windows-1252"),
    "windows-1252 curly quotes 0x93 0x94": Case(CP1252.encode("cp1252"), text=CP1252, warning="Windows-1252"),
    "windows-1252 one short line": Case(
        b"\x93Hello,\x94 she said.", text="\u201cHello,\u201d she said.", warning="Windows-1252"
    ),
    "utf-16 LE with BOM": Case(codecs.BOM_UTF16_LE + GOOD.encode("utf-16-le"), text=GOOD, warning="UTF-16"),
    "utf-16 BE with BOM": Case(codecs.BOM_UTF16_BE + GOOD.encode("utf-16-be"), text=GOOD, warning="UTF-16"),
    "utf-16 LE without BOM": Case(GOOD.encode("utf-16-le"), text=GOOD, warning="no byte order mark"),
    "utf-16 with odd last byte": Case(
        codecs.BOM_UTF16_LE + GOOD.encode("utf-16-le") + b"A", text=GOOD + "\ufffd", warning="UTF-16"
    ),
    "utf-32 with BOM": Case(codecs.BOM_UTF32_LE + GOOD.encode("utf-32-le"), text=GOOD, warning="UTF-32"),
    "windows-1251 russian is not forced to 1252": Case(RUSSIAN.encode("cp1251"), text=RUSSIAN, warning="cp1251"),
    "escape sequences and markup stay data": Case(HOSTILE.encode(), text=HOSTILE),
    "pdf": Case(_pdf(), error="binary"),
    "pdf with NUL in header": Case(b"%PDF-1.4\n\x00\x01\x02\x03" * 50, error="binary"),
    "png": Case(_png(), error="binary"),
    "gzip": Case(gzip.compress(GOOD.encode() * 20, mtime=0), error="binary"),
    "NUL bytes in text": Case(b"Jane Smith said hello.\x00\x00\x00\n" * 20, error="NUL"),
    # Read as UTF-16 these bytes are ideographs with no space or line break: no text of any script.
    "a few bytes with a NUL": Case(b"\x00\x01binary", error="NUL"),
    "control characters": Case(bytes(range(1, 9)) * 200, error="binary"),
    # A stray NUL pasted into an article (reliability probe s28) reads as a space, the file as text, with a warning.
    "one stray NUL in an article": Case(
        GOOD.encode()[:20] + b"\x00" + GOOD.encode()[21:],
        text=GOOD[:20] + " " + GOOD[21:],
        warning="1 NUL byte read as spaces",
    ),
    "a few NULs in a long article": Case(
        (GOOD + "\n").encode() * 40 + b"\x00\x00\x00" + GOOD.encode(),
        text=(GOOD + "\n") * 40 + "   " + GOOD,
        warning="3 NUL bytes read as spaces",
    ),
    "stray NULs beside other control bytes": Case(b"Jane Smith said \x00\x02\x03 hello." * 2, error="NUL"),
}


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    p = tmp_path / name
    p.write_bytes(data)
    return p


@pytest.mark.parametrize("case", CASES.values(), ids=CASES.keys())
def test_load(tmp_path, case: Case):
    path = write(tmp_path, "case.txt", case.data)
    if case.error:
        with pytest.raises(ReadError, match=case.error):
            load(path)
        return
    loaded = load(path, "shown/name.txt")
    if case.text is not None:
        assert loaded.text == case.text
    if case.warning is None:
        assert loaded.warnings == ()
    else:
        assert any(case.warning in w for w in loaded.warnings), loaded.warnings
    assert loaded.info.path == "shown/name.txt"
    assert loaded.info.error is None
    assert loaded.info.title == case.title
    assert loaded.info.words == len(loaded.text.split())
    assert len(loaded.info.sha256) == 64


# Size caps ------------------------------------------------------------------------------------------


def test_50_mb_file_is_cut_at_the_cap_in_bounded_time_and_memory(tmp_path):
    line = b"The ministry said 13,000 soldiers had arrived in the region on Monday, officials said.\n"
    path = tmp_path / "huge.txt"
    with path.open("wb") as fh:
        block = line * (1_000_000 // len(line))
        while fh.tell() < 50_000_000:
            fh.write(block)
    tracemalloc.start()
    t0 = time.perf_counter()
    loaded = load(path)
    elapsed = time.perf_counter() - t0
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert elapsed < 5
    assert peak < 8 * textio.MAX_BYTES, peak  # bytes, text and a few copies of the cap, never the 50 MB
    assert len(loaded.text) <= textio.MAX_BYTES
    assert loaded.text.endswith("officials said.\n"), "cut on a line boundary"
    assert any(
        w.startswith(f"only the first {textio.MAX_BYTES // 1000} KB of 5") and w.endswith("MB were read")
        for w in loaded.warnings
    )


def test_1_mb_single_line_without_spaces_is_skipped(tmp_path):
    run = (b"QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVo" * 30_000)[:1_000_000]
    path = write(tmp_path, "blob.txt", b"Jane Smith said 5 people came.\n" + run + b"\nThe end.\n")
    t0 = time.perf_counter()
    loaded = load(path)
    assert time.perf_counter() - t0 < 5
    assert loaded.text.startswith("Jane Smith said 5 people came.\n")
    assert loaded.text[31 : 31 + 1000] == " " * 1000, "the run is blanked, offsets after it stay true"
    assert len(loaded.text) <= textio.MAX_BYTES
    assert any("without spaces" in w for w in loaded.warnings), loaded.warnings
    assert any("only the first" in w for w in loaded.warnings), loaded.warnings


def test_long_run_below_the_cap_keeps_every_offset(tmp_path):
    text = "Before it.\n" + "x" * 6_000 + " After it, Jane Smith spoke.\n"
    loaded = load(write(tmp_path, "run.txt", text.encode()))
    assert len(loaded.text) == len(text)
    assert loaded.text.index("After it") == text.index("After it")
    assert loaded.warnings == ("1 run of over 5,000 characters without spaces (not prose) skipped",)


def test_runs_just_under_the_limit_are_prose_and_scanned_in_linear_time(tmp_path):
    # Many 4,999-character runs: a naive \S{5000,} search would be quadratic here.
    text = ("y" * (textio.MAX_RUN - 1) + " ") * 30
    t0 = time.perf_counter()
    loaded = load(write(tmp_path, "runs.txt", text.encode()))
    assert time.perf_counter() - t0 < 2
    assert loaded.text == text


def test_cap_never_splits_a_character(tmp_path, monkeypatch):
    monkeypatch.setattr(textio, "MAX_BYTES", 1001)  # odd: lands inside a two-byte character
    loaded = load(write(tmp_path, "e.txt", ("\u00e9" * 2000).encode()))
    assert loaded.text == "\u00e9" * 500
    assert not any("decoded as" in w or "invalid" in w for w in loaded.warnings), loaded.warnings


def test_cap_never_splits_a_utf16_character(tmp_path, monkeypatch):
    monkeypatch.setattr(textio, "MAX_BYTES", 1001)
    loaded = load(write(tmp_path, "e16.txt", codecs.BOM_UTF16_LE + ("ab" * 1000).encode("utf-16-le")))
    assert loaded.text == ("ab" * 1000)[:499]
    assert not any("invalid" in w for w in loaded.warnings), loaded.warnings


# Listing --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "read"),
    [
        ("story.txt", True),
        ("Story.TXT", True),
        ("notes.md", True),
        ("data.csv", False),
        (".hidden.txt", False),
        ("story.txt~", False),
        ("story.txt.swp", False),
        ("#story.txt#", False),
        ("story.txt.part", False),
        ("4913", False),
    ],
)
def test_article_names(name, read):
    assert is_article_name(name) is read


@pytest.fixture
def deep_folder(tmp_path):
    """A folder 1,200 levels deep (os.walk recursed once per level and died at about 1,000)."""
    folders = [tmp_path]
    for _ in range(1_200):
        folders.append(folders[-1] / "d")
        folders[-1].mkdir()
    (folders[-1] / "deep.txt").write_text(GOOD)
    yield tmp_path
    # shutil.rmtree (and so pytest's cleanup) recurses too: remove it level by level.
    (folders[-1] / "deep.txt").unlink()
    for folder in reversed(folders[1:]):
        folder.rmdir()


def test_deep_folders_beyond_the_recursion_limit(deep_folder):
    (deep_folder / "top.txt").write_text(GOOD)
    found = scan([deep_folder])
    assert [p.name for p in found.files] == ["deep.txt", "top.txt"]
    assert load(found.files[0]).text == GOOD


def test_symlinks(tmp_path):
    story, outside = tmp_path / "story", tmp_path / "outside"
    story.mkdir()
    outside.mkdir()
    (outside / "secret.txt").write_text("outside")
    (story / "real.txt").write_text(GOOD)
    (story / "alias.txt").symlink_to("real.txt")
    (story / "loop1.txt").symlink_to("loop2.txt")
    (story / "loop2.txt").symlink_to("loop1.txt")
    (story / "self.txt").symlink_to("self.txt")
    (story / "dangling.txt").symlink_to("missing.txt")
    (story / "leak.txt").symlink_to(outside / "secret.txt")
    (story / "up.txt").symlink_to("../outside/secret.txt")
    (story / "folder-loop").symlink_to(".")
    (story / "folder-out").symlink_to(outside)
    t0 = time.perf_counter()
    found = scan([story])
    assert time.perf_counter() - t0 < 2
    assert sorted(p.name for p in found.files) == ["alias.txt", "real.txt"]
    reasons = {p.name: why for p, why in found.skipped}
    assert reasons == {
        "loop1.txt": "broken symlink or symlink loop",
        "loop2.txt": "broken symlink or symlink loop",
        "self.txt": "broken symlink or symlink loop",
        "dangling.txt": "broken symlink or symlink loop",
        "leak.txt": "symlink to outside the story folder, not read",
        "up.txt": "symlink to outside the story folder, not read",
    }
    with pytest.raises(ReadError, match="symlink loop"):
        load(story / "loop1.txt")
    with pytest.raises(ReadError, match="broken symlink"):
        load(story / "dangling.txt")


def test_directory_named_like_an_article(tmp_path):
    (tmp_path / "x.txt").mkdir()
    (tmp_path / "x.txt" / "inner.txt").write_text(GOOD)
    assert [p.relative_to(tmp_path).as_posix() for p in scan([tmp_path]).files] == ["x.txt/inner.txt"]
    assert [p.name for p in scan([tmp_path / "x.txt"]).files] == ["inner.txt"]
    with pytest.raises(ReadError, match="a folder, not a file"):
        load(tmp_path / "x.txt")


def test_fifo_named_like_an_article_never_blocks(tmp_path):
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    assert scan([tmp_path]).files == ()
    outcome: list[BaseException] = []
    reader = threading.Thread(target=lambda: outcome.append(pytest.raises(ReadError, load, fifo).value), daemon=True)
    reader.start()
    reader.join(5)
    assert not reader.is_alive(), "load() blocked on a FIFO"
    assert "not a regular file" in str(outcome[0])


def test_listing_many_small_files(tmp_path):
    for i in range(2_000):
        (tmp_path / f"f{i:05}.txt").write_text(f"Article {i}.\n")
    t0 = time.perf_counter()
    found = scan([tmp_path])
    loaded = [load(p) for p in found.files]
    assert time.perf_counter() - t0 < 10
    assert len(loaded) == 2_000 and loaded[-1].text == "Article 1999.\n"


needs_non_root = pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() == 0, reason="root reads anything")


@needs_non_root
def test_unreadable_file(tmp_path):
    path = write(tmp_path, "locked.txt", GOOD.encode())
    path.chmod(0)
    try:
        with pytest.raises(ReadError, match="permission denied"):
            load(path)
    finally:
        path.chmod(0o644)


@needs_non_root
def test_unreadable_folder(tmp_path):
    (tmp_path / "locked").mkdir()
    (tmp_path / "locked" / "a.txt").write_text(GOOD)
    (tmp_path / "ok.txt").write_text(GOOD)
    (tmp_path / "locked").chmod(0)
    try:
        found = scan([tmp_path])
    finally:
        (tmp_path / "locked").chmod(0o755)
    assert [p.name for p in found.files] == ["ok.txt"]
    assert [(p.name, why) for p, why in found.skipped] == [("locked", "folder not readable: permission denied")]


def _denied(*args, **kwargs):
    raise PermissionError(13, "Permission denied")


def test_unreadable_file_simulated(tmp_path, monkeypatch):
    # The same path as test_unreadable_file, for runs as root (CI): the OS refuses the open.
    path = write(tmp_path, "locked.txt", GOOD.encode())
    monkeypatch.setattr(textio, "_read_once", _denied)
    with pytest.raises(ReadError, match="^permission denied$"):
        load(path)


def test_unreadable_folder_simulated(tmp_path, monkeypatch):
    (tmp_path / "locked").mkdir()
    (tmp_path / "locked" / "a.txt").write_text(GOOD)
    (tmp_path / "ok.txt").write_text(GOOD)
    real_scandir = os.scandir

    def scandir(path):
        return _denied() if os.fspath(path).endswith("locked") else real_scandir(path)

    monkeypatch.setattr(textio.os, "scandir", scandir)
    found = scan([tmp_path])
    assert [p.name for p in found.files] == ["ok.txt"]
    assert [(p.name, why) for p, why in found.skipped] == [("locked", "folder not readable: permission denied")]


# Files that change while they are read ----------------------------------------------------------------


def during_read(monkeypatch, action, times: int = 1) -> None:
    """Run ``action`` after the first chunk of a read, ``times`` times (reads are 64 bytes at a time)."""
    monkeypatch.setattr(textio, "CHUNK", 64)
    real = textio._read_chunk
    left = [times]

    def read_chunk(fd: int, size: int) -> bytes:
        data = real(fd, size)
        if left[0] and data:
            left[0] -= 1
            action()
        return data

    monkeypatch.setattr(textio, "_read_chunk", read_chunk)


def test_file_gone_before_it_is_read(tmp_path):
    with pytest.raises(ReadError, match="file not found"):
        load(tmp_path / "gone.txt")


def test_file_deleted_while_it_is_read(tmp_path, monkeypatch):
    path = write(tmp_path, "a.txt", GOOD.encode() * 10)
    during_read(monkeypatch, path.unlink)
    with pytest.raises(ReadError, match="deleted or moved while it was being read"):
        load(path)


def test_file_truncated_and_rewritten_while_it_is_read(tmp_path, monkeypatch):
    path = write(tmp_path, "a.txt", GOOD.encode() * 10)
    during_read(monkeypatch, lambda: path.write_text("Short new version.\n"))
    loaded = load(path)
    assert loaded.text == "Short new version.\n", "the new version, not a mix of both"
    assert loaded.warnings == ()


def test_file_truncated_while_it_is_read(tmp_path, monkeypatch):
    path = write(tmp_path, "a.txt", GOOD.encode() * 10)
    during_read(monkeypatch, lambda: os.truncate(path, 100))
    loaded = load(path)
    assert loaded.text == (GOOD.encode() * 10)[:100].decode()
    assert loaded.warnings == ()


def test_file_replaced_by_rename_while_it_is_read(tmp_path, monkeypatch):
    # Editors save by writing a temporary file and renaming it over the article.
    path = write(tmp_path, "a.txt", GOOD.encode() * 10)
    tmp = write(tmp_path, ".a.txt.tmp", b"Saved by the editor.\n")
    during_read(monkeypatch, lambda: os.replace(tmp, path))
    assert load(path).text == "Saved by the editor.\n"


def test_file_that_never_stops_changing_is_read_with_a_warning(tmp_path, monkeypatch):
    path = write(tmp_path, "a.txt", GOOD.encode() * 10)

    def append() -> None:
        with path.open("a") as fh:
            fh.write("more\n")

    # The file grows on every read, like a log being written: each attempt stops at the cap.
    monkeypatch.setattr(textio, "MAX_BYTES", 5_000)
    during_read(monkeypatch, append, times=10**9)
    loaded = load(path)
    assert loaded.text.startswith(GOOD)
    assert any("kept changing" in w for w in loaded.warnings), loaded.warnings


def test_file_rewritten_50_times_a_second(tmp_path):
    versions = [GOOD * 50, "Second version by John Doe.\n" * 80]
    path = write(tmp_path, "busy.txt", versions[0].encode())
    stop = threading.Event()

    def writer() -> None:
        n = 0
        while not stop.is_set():
            n += 1
            path.write_text(versions[n % 2])  # truncate + write, like most editors without atomic save
            time.sleep(0.02)

    thread = threading.Thread(target=writer, daemon=True)
    thread.start()
    try:
        seen = set()
        deadline = time.monotonic() + 1.5
        while time.monotonic() < deadline:
            loaded = load(path)
            assert loaded.text in (*versions, ""), "never a mix of two versions"
            seen.add(loaded.text)
            time.sleep(0.003)
    finally:
        stop.set()
        thread.join(2)
    assert set(versions) <= seen
