"""Finding article files and reading them as text, whatever their encoding, size or state.

Reading never raises anything but ReadError, whose message is shown to the user as the file's error;
everything that can be read is read, and what was cut or guessed is said in ``Loaded.warnings``.
"""

from __future__ import annotations

import codecs
import errno
import hashlib
import os
import re
import stat
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from charset_normalizer import from_bytes

from extract.markdown import blank_markdown, is_markdown
from extract.records import DocumentInfo

SUFFIXES = (".txt", ".md")
MAX_BYTES = 200_000
"""Only this many bytes of a file are read: about 33,000 words, longer than any news feature, and under a
minute of parsing and extraction on one core (bench/stress.py); whatever lands in the folder, time and
memory stay bounded, and the document says it was cut."""
MAX_RUN = 5_000
"""A run of this many characters without whitespace is not prose (base64, minified data) and is blanked."""
CHUNK = 1 << 16
"""Bytes per read call."""
READ_ATTEMPTS = 4
"""Reads of a file that changes while it is read, before settling for the last one (with a warning)."""
FRESH_NS = 50_000_000
"""A file modified this recently (ns) may be mid-write with its size not grown yet: it is looked at again shortly."""
BINARY_PROBE = 8192
"""A NUL byte in this many leading bytes means binary (git's rule), unless it is UTF-16/32 text."""
DETECT_BYTES = 200_000
"""Bytes handed to charset-normalizer (it samples them anyway)."""
STRAY_NULS = 8
"""NUL bytes a file may hold and still be read as text (more where the file is long: one per 1,000 bytes)."""
BINARY_RATIO = 0.05
"""Share of control or undecodable characters above which decoded "text" is really binary."""

_IGNORED_NAME = re.compile(r"(^\.|~$|\.swp$|\.swx$|\.tmp$|\.part$|^4913$|^#.*#$)")
_WORD = re.compile(r"\S+")
_LONG_RUN = re.compile(rf"(?<!\S)\S{{{MAX_RUN},}}")  # the lookbehind keeps the scan linear
# C0 controls but tab, newlines, form feed and ESC (escape sequences are neutralised later, they are not binary).
_BINARY_CHAR = re.compile(r"[\x00-\x08\x0e-\x1a\x1c-\x1f\ufffd]")
_OTHER_CONTROL = re.compile(r"[\x01-\x08\x0e-\x1a\x1c-\x1f]")
_BOMS = (  # UTF-32 first: its little-endian BOM starts with UTF-16's
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# Unlabelled legacy bytes in English-language text are Windows-1252 far more often than anything else
# (it is the web's default legacy encoding, WHATWG); charset-normalizer alone often guesses a DOS code page.
_WESTERN_DEFAULT = "cp1252"
_WESTERN_MAX_CHAOS = 0.10
_OPEN_FLAGS = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_CLOEXEC", 0)


class ReadError(Exception):
    """A file that cannot be turned into article text; the message is shown to the user."""


@dataclass(frozen=True, slots=True)
class Loaded:
    """A decoded file."""

    info: DocumentInfo
    """What the document is."""
    text: str
    """Its decoded text (possibly truncated, see ``warnings``)."""
    warnings: tuple[str, ...] = ()
    """Non-fatal problems met while reading."""


@dataclass(frozen=True, slots=True)
class Scan:
    """What a folder holds: the article files, and the entries that were passed over and why."""

    files: tuple[Path, ...]
    """Article files, sorted."""
    skipped: tuple[tuple[Path, str], ...] = ()
    """(path, reason) of article-named entries and folders that are not read (loops, links out, unreadable)."""


# Listing ---------------------------------------------------------------------------------------------


def is_article_name(name: str) -> bool:
    """True for names storywatch reads (not editor temp files, not hidden files)."""
    return name.lower().endswith(SUFFIXES) and not _IGNORED_NAME.search(name)


_EXPORT_NAME = re.compile(r"^storywatch-.*-\d{8}-\d{6}\.(?:md|csv|json|jsonl)$")
EXPORT_NOT_READ = "storywatch's own export, not read"


def is_export_name(name: str) -> bool:
    """Whether a file name is one storywatch's export gives its files (``storywatch-<folder>-<YYYYmmdd-HHMMSS>.<ext>``,
    tui/export_names.export_name): its output, not an article. An export written into the watched folder was read
    back in as an article (+8,643 figures; probe s27 r1): ``scan`` and ``skip_reason`` pass such files over."""
    return bool(_EXPORT_NAME.match(name))


def inside(path: str, root: str) -> bool:
    """Whether ``path`` is ``root`` or lies under it (both absolute, resolved alike)."""
    return path == root or path.startswith(root.rstrip(os.sep) + os.sep)


def _symlink_problem(path: str, root: str) -> str | None:
    """Why a symlink inside the story folder is not read, or None when it is read like a file."""
    # A symlink that leaves the story folder is not part of the story (and may point anywhere).
    target = os.path.realpath(path)
    if not inside(target, root):
        return "symlink to outside the story folder, not read"
    if not os.path.isfile(target):
        return "broken symlink or symlink loop"
    return None


def skip_reason(path: str | os.PathLike[str], root: str | os.PathLike[str]) -> str | None:
    """Why a file under the story folder ``root`` is passed over as ``scan`` would pass it over, or None when it is
    read: storywatch's own export, a symlink leaving the folder or a broken one, or a file reached through a symlinked
    folder (``scan`` never follows folder links: they can leave the folder or loop).  For single files met by
    file-system events."""
    p, top = Path(os.path.abspath(path)), Path(os.path.abspath(root))
    try:
        p.relative_to(top)
    except ValueError:
        return "outside the story folder, not read"
    if is_export_name(p.name):
        return EXPORT_NOT_READ
    try:
        if in_linked_folder(p.parent, top):
            return "inside a symlinked folder, not read"
        if p.is_symlink():
            return _symlink_problem(os.fspath(p), os.path.realpath(top))
    except OSError as exc:
        return _os_reason(exc)
    return None


def in_linked_folder(folder: str | os.PathLike[str], root: str | os.PathLike[str]) -> bool:
    """True when ``folder`` (under ``root``) is a symlink or lies inside one: ``scan`` never goes there."""
    f, top = Path(os.path.abspath(folder)), Path(os.path.abspath(root))
    try:
        parts = f.relative_to(top).parts
    except ValueError:
        return False
    return any(top.joinpath(*parts[:n]).is_symlink() for n in range(1, len(parts) + 1))


def _scan_folder(top: Path) -> tuple[list[Path], list[tuple[Path, str]]]:
    """Walk one folder without recursion (any depth) and without following folder symlinks (no loops)."""
    root = os.path.realpath(top)
    found: list[Path] = []
    skipped: list[tuple[Path, str]] = []
    stack = [os.fspath(top)]
    while stack:
        folder = stack.pop()
        try:
            with os.scandir(folder) as it:
                entries = list(it)
        except OSError as exc:
            skipped.append((Path(folder), f"folder not readable: {_os_reason(exc)}"))
            continue
        for entry in entries:
            try:
                if entry.is_dir(follow_symlinks=False):
                    if not entry.name.startswith("."):
                        stack.append(entry.path)
                    continue
                if not is_article_name(entry.name):
                    continue
                if is_export_name(entry.name):
                    skipped.append((Path(entry.path), EXPORT_NOT_READ))
                    continue
                if entry.is_symlink():
                    why = _symlink_problem(entry.path, root)
                    if why:
                        skipped.append((Path(entry.path), why))
                        continue
                elif not entry.is_file(follow_symlinks=False):
                    continue  # pipes, sockets and devices named like articles are not articles
            except OSError as exc:
                skipped.append((Path(entry.path), _os_reason(exc)))
                continue
            found.append(Path(entry.path))
    return sorted(found), skipped


def scan(paths: Iterable[str | os.PathLike[str]]) -> Scan:
    """Article files under the given files and folders (recursively), plus what was passed over and why."""
    files: list[Path] = []
    skipped: list[tuple[Path, str]] = []
    for given in paths:
        p = Path(given)
        if p.is_dir():
            found, passed = _scan_folder(p)
            files += found
            skipped += passed
        elif p.exists():
            # A file named explicitly is read whatever its name; a pipe or a device named so is "read" too, and
            # load() gives the per-file error that says why not (before, it vanished from the story unreported).
            files.append(p)
    return Scan(tuple(files), tuple(skipped))


def iter_article_files(paths: Iterable[str | os.PathLike[str]]) -> Iterator[Path]:
    """Article files under the given files and folders, recursively, sorted, without symlink loops."""
    yield from scan(paths).files


# Decoding --------------------------------------------------------------------------------------------


def _decode_with(raw: bytes, encoding: str, partial_tail: bool) -> tuple[str, int]:
    """Decode leniently; returns the text and how many bad sequences became U+FFFD."""
    text = codecs.getincrementaldecoder(encoding)(errors="replace").decode(raw, final=not partial_tail)
    bad = text.count("\ufffd")
    if bad:
        try:
            literal = raw.count("\ufffd".encode(encoding))  # U+FFFD written in the file is no decoding error
        except UnicodeEncodeError:
            literal = 0
        bad = max(0, bad - literal)
    return text, bad


def _replaced(bad: int, encoding: str) -> list[str]:
    return [f"{bad:,} invalid {encoding} byte sequence{'s' if bad != 1 else ''} replaced by \ufffd"] if bad else []


def _legacy_encoding(raw: bytes) -> str | None:
    """The 8-bit encoding of non-UTF-8 text: Windows-1252 when it fits, else charset-normalizer's guess."""
    sample = raw[:DETECT_BYTES]
    western = from_bytes(sample, cp_isolation=[_WESTERN_DEFAULT]).best()
    if western is not None and western.percent_chaos <= _WESTERN_MAX_CHAOS * 100:
        return _WESTERN_DEFAULT
    best = from_bytes(sample).best()
    return None if best is None else best.encoding


def decode(raw: bytes, truncated: bool = False) -> tuple[str, list[str]]:
    """Decode bytes to text: BOMs, UTF-8 (damaged or not), then the legacy encoding that fits.

    Raises ReadError for binary data. ``truncated`` means the bytes were cut and may end mid-character.
    """
    for bom, encoding in _BOMS:
        if raw.startswith(bom):
            text, bad = _decode_with(raw[len(bom) :], encoding, truncated)
            name = encoding.upper()
            return text, ([f"decoded as {name} (byte order mark)"] if "16" in name or "32" in name else []) + (
                _replaced(bad, name)
            )
    nuls = raw.count(b"\x00") if b"\x00" in raw[:BINARY_PROBE] else 0
    if nuls and nuls <= max(STRAY_NULS, len(raw) // 1000):
        # A stray NUL or two in a pasted article (UTF-16/32 writes one every other or every fourth byte, binary
        # files far more): each reads as a space, offsets kept, and the rest of the file is read as usual.
        text, warnings = decode(raw.replace(b"\x00", b" "), truncated)
        if not _OTHER_CONTROL.search(text):  # with other control bytes beside it ("\x00\x01..."): binary after all
            return text, [f"{nuls} NUL byte{'s' if nuls != 1 else ''} read as spaces", *warnings]
    if nuls:
        # Text with more NUL bytes is UTF-16/32 without a byte order mark, or not text at all.
        guess = from_bytes(raw[:DETECT_BYTES]).best()
        if guess is None or not guess.encoding.startswith(("utf_16", "utf_32")):
            raise ReadError("binary file, not text (it contains NUL bytes)")
        text, bad = _decode_with(raw, guess.encoding, truncated)
        if not any(ch.isspace() for ch in text[: DETECT_BYTES // 2]):
            # Text of any script has spaces or line breaks, which UTF-16/32 writes with NUL bytes; a few bytes
            # such as "\x00\x01binary" read as UTF-16 are a run of unrelated ideographs.
            raise ReadError("binary file, not text (it contains NUL bytes)")
        return text, [f"decoded as {guess.encoding.upper().replace('_', '-')} (no byte order mark)"] + _replaced(
            bad, "UTF-16/32"
        )
    utf8, bad = _decode_with(raw, "utf-8", truncated)
    if not bad:
        return utf8, []
    # UTF-8 with a few damaged bytes has more good multi-byte characters than bad ones; legacy text has none.
    good = len(utf8) - len(utf8.encode("ascii", "ignore")) - utf8.count("\ufffd")
    if good >= bad:
        return utf8, _replaced(bad, "UTF-8")
    legacy = _legacy_encoding(raw)
    if legacy is None:
        if bad <= len(raw) // 1000:
            return utf8, _replaced(bad, "UTF-8")
        raise ReadError("binary or undecodable file, not text")
    text, bad = _decode_with(raw, legacy, truncated)
    label = "Windows-1252" if legacy == _WESTERN_DEFAULT else legacy
    return text, [f"decoded as {label} (not UTF-8)"] + _replaced(bad, label)


def _looks_binary(text: str) -> bool:
    if not text:
        return False
    bad = sum(1 for _ in _BINARY_CHAR.finditer(text))
    return bad > max(8, BINARY_RATIO * len(text))  # a stray byte or two in a short note is not binary


def _blank_long_runs(text: str) -> tuple[str, int]:
    """Replace whitespace-free runs over MAX_RUN characters by spaces, keeping every offset true."""
    if len(text) < MAX_RUN:
        return text, 0
    runs = 0

    def blank(m: re.Match[str]) -> str:
        nonlocal runs
        runs += 1
        return " " * len(m.group())

    return _LONG_RUN.sub(blank, text), runs


def title_of(text: str) -> str:
    """The first non-empty line, trimmed to a readable length."""
    for line in text[:20_000].splitlines():
        line = line.replace("\ufeff", "").strip().lstrip("#").strip()  # a byte order mark read as a character
        if line:
            return line[:120]
    return ""


# Reading ---------------------------------------------------------------------------------------------


def _os_reason(exc: OSError) -> str:
    """A short user-facing reason for an OS error."""
    if exc.errno in (errno.EACCES, errno.EPERM):
        return "permission denied"
    if exc.errno == errno.ELOOP:
        return "symlink loop"
    if exc.errno == errno.ENAMETOOLONG:
        return "path too long"
    if exc.errno == errno.ENOENT:
        return "not found"
    return exc.strerror or str(exc)


def _read_chunk(fd: int, size: int) -> bytes:
    """One read call (a seam for tests that change the file while it is read)."""
    return os.read(fd, size)


def _read_once(path: str) -> tuple[bytes, os.stat_result, bool]:
    """The first MAX_BYTES + 1 bytes, the file's stat, and whether the file stayed the same while read."""
    # O_NONBLOCK: a FIFO named like an article must not block the reader forever.
    fd = os.open(path, _OPEN_FLAGS)
    try:
        before = os.fstat(fd)
        if stat.S_ISDIR(before.st_mode):
            raise ReadError("a folder, not a file")
        if not stat.S_ISREG(before.st_mode):
            raise ReadError("not a regular file (a pipe, socket or device)")
        chunks: list[bytes] = []
        n, limit = 0, MAX_BYTES + 1
        while n < limit:
            chunk = _read_chunk(fd, min(CHUNK, limit - n))
            if not chunk:
                break
            chunks.append(chunk)
            n += len(chunk)
        after = os.fstat(fd)
    finally:
        os.close(fd)
    same = (before.st_size, before.st_mtime_ns, before.st_ino) == (after.st_size, after.st_mtime_ns, after.st_ino)
    try:
        if same and time.time_ns() - after.st_mtime_ns < FRESH_NS:
            # A writer paused between two pages of one write leaves a shorter file that stats alike before and after
            # the read (seen under load): a file written a moment ago must stay the same a moment longer.
            time.sleep(0.005)
        now = os.stat(path)
        same = same and (now.st_size, now.st_mtime_ns) == (after.st_size, after.st_mtime_ns)
        # Replaced by a rename (an editor's atomic save) or deleted: what was read is no longer the file.
        same = same and after.st_nlink > 0 and (now.st_ino, now.st_dev) == (after.st_ino, after.st_dev)
    except OSError:
        same = False
    return b"".join(chunks), after, same


def _read_stable(path: str) -> tuple[bytes, os.stat_result, list[str]]:
    """Read until two stats agree around a read, so the bytes are one version of the file, not a mix."""
    for attempt in range(READ_ATTEMPTS):
        try:
            raw, st, same = _read_once(path)
        except OSError as exc:
            if exc.errno == errno.ENOENT:
                if os.path.islink(path):
                    raise ReadError("broken symlink (its target does not exist)") from exc
                raise ReadError(
                    "deleted or moved while it was being read" if attempt else "file not found (deleted or moved)"
                ) from exc
            raise ReadError(_os_reason(exc)) from exc
        if same:
            return raw, st, []
        time.sleep(0.005 * (attempt + 1))
    return raw, st, ["the file kept changing while it was read; these facts may come from a half-written version"]


def load(path: str | os.PathLike[str], display: str | None = None) -> Loaded:
    """Read and decode one file; raises ReadError with a user-facing message."""
    name = display if display is not None else str(path)
    raw, st, warnings = _read_stable(os.fspath(path))
    truncated = len(raw) > MAX_BYTES
    if truncated:
        raw = raw[:MAX_BYTES]
    digest = hashlib.sha256(raw).hexdigest()
    text, more = decode(raw, truncated)
    warnings += more
    if _looks_binary(text):
        raise ReadError("binary file, not text")
    if truncated:
        # End on a line boundary so the last sentence read is a whole one.
        cut = text.rfind("\n")
        if cut > len(text) // 2:
            text = text[: cut + 1]
        warnings.append(f"only the first {MAX_BYTES // 1000:,} KB of {_size(st.st_size)} were read")
    if is_markdown(os.fspath(path)):
        text = blank_markdown(text)  # read as the article it shows, offsets unchanged
    text, runs = _blank_long_runs(text)
    if runs:
        warnings.append(
            f"{runs:,} run{'s' if runs != 1 else ''} of over {MAX_RUN:,} characters without spaces (not prose) skipped"
        )
    if not text.strip():
        warnings.append("the file is empty")
    info = DocumentInfo(
        path=name,
        title=title_of(text),
        words=sum(1 for _ in _WORD.finditer(text)),  # no list of every word: a capped file has 80,000
        sha256=digest,
        modified=st.st_mtime,
    )
    return Loaded(info, text, tuple(warnings))


def _size(n: int) -> str:
    return f"{n / 1e6:,.1f} MB" if n >= 1e6 else f"{n / 1e3:,.0f} KB"


def error_info(path: str, message: str, source: str | os.PathLike[str] | None = None) -> DocumentInfo:
    """A DocumentInfo named ``path`` for a file (at ``source``, default ``path``) that could not be read."""
    try:
        mtime = os.stat(source if source is not None else path).st_mtime
    except OSError:
        mtime = 0.0
    return DocumentInfo(path=path, title="", words=0, sha256="", modified=mtime, error=message)
