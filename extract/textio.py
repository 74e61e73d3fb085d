"""Finding article files and reading them as text, whatever their encoding."""

from __future__ import annotations

import hashlib
import os
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from charset_normalizer import from_bytes

from extract.records import DocumentInfo

SUFFIXES = (".txt", ".md")
MAX_BYTES = 5_000_000
"""Files larger than this are cut at this size (and the document says so) to bound time and memory."""
MAX_LINE = 20_000
"""A line longer than this without spaces is not prose (minified data, base64) and is cut."""

_IGNORED_NAME = re.compile(r"(^\.|~$|\.swp$|\.swx$|\.tmp$|\.part$|^4913$|^#.*#$)")


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


def is_article_name(name: str) -> bool:
    """True for names storywatch reads (not editor temp files, not hidden files)."""
    return name.lower().endswith(SUFFIXES) and not _IGNORED_NAME.search(name)


def iter_article_files(paths: Iterable[str | os.PathLike[str]]) -> Iterator[Path]:
    """Article files under the given files and folders, recursively, sorted, without symlink loops."""
    for given in paths:
        p = Path(given)
        if p.is_file():
            yield p
            continue
        if not p.is_dir():
            continue
        root = p.resolve()
        found: list[Path] = []
        for dirpath, dirnames, filenames in os.walk(p, followlinks=False):
            dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
            for name in filenames:
                f = Path(dirpath) / name
                if not is_article_name(name) or not f.is_file():
                    continue
                # A symlink that leaves the story folder is not part of the story.
                if f.is_symlink() and not f.resolve().is_relative_to(root):
                    continue
                found.append(f)
        yield from sorted(found)


def decode(raw: bytes) -> tuple[str, list[str]]:
    """Decode bytes to text: BOMs, UTF-8, then charset-normalizer's best guess."""
    warnings: list[str] = []
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return raw.decode("utf-16"), warnings
    if raw.startswith(b"\xef\xbb\xbf"):
        return raw[3:].decode("utf-8", errors="replace"), warnings
    if b"\x00" in raw[:4096]:
        raise ReadError("binary file (NUL bytes), not text")
    try:
        return raw.decode("utf-8"), warnings
    except UnicodeDecodeError:
        pass
    best = from_bytes(raw[:200_000]).best()
    if best is None or best.encoding is None:
        raise ReadError("binary or undecodable file, not text")
    warnings.append(f"decoded as {best.encoding}")
    return raw.decode(best.encoding, errors="replace"), warnings


def _looks_binary(text: str) -> bool:
    sample = text[:4096]
    if not sample:
        return False
    bad = sum(1 for c in sample if (ord(c) < 32 and c not in "\n\r\t\f\v") or c == "\ufffd")
    return bad / len(sample) > 0.1


def _cut_long_lines(text: str) -> tuple[str, bool]:
    if len(text) < MAX_LINE:
        return text, False
    cut = False
    out = []
    for line in text.split("\n"):
        if len(line) > MAX_LINE and " " not in line[:MAX_LINE]:
            # Replace with blanks so offsets of the following lines stay true to the file.
            out.append(" " * len(line))
            cut = True
        else:
            out.append(line)
    return "\n".join(out), cut


def title_of(text: str) -> str:
    """The first non-empty line, trimmed to a readable length."""
    for line in text.splitlines():
        line = line.strip().lstrip("#").strip()
        if line:
            return line[:120]
    return ""


def load(path: str | os.PathLike[str], display: str | None = None) -> Loaded:
    """Read and decode one file; raises ReadError with a user-facing message."""
    p = Path(path)
    name = display if display is not None else str(path)
    try:
        st = p.stat()
        if not p.is_file():
            raise ReadError("not a regular file")
        with p.open("rb") as fh:
            raw = fh.read(MAX_BYTES + 1)
    except ReadError:
        raise
    except PermissionError as exc:
        raise ReadError(f"permission denied: {exc.strerror or exc}") from exc
    except FileNotFoundError as exc:
        raise ReadError("file vanished while being read") from exc
    except OSError as exc:
        raise ReadError(f"cannot read: {exc.strerror or exc}") from exc
    warnings: list[str] = []
    if len(raw) > MAX_BYTES:
        raw = raw[:MAX_BYTES]
        warnings.append(f"only the first {MAX_BYTES // 1_000_000} MB were read")
    digest = hashlib.sha256(raw).hexdigest()
    text, more = decode(raw)
    warnings += more
    if _looks_binary(text):
        raise ReadError("binary file, not text")
    text, cut = _cut_long_lines(text)
    if cut:
        warnings.append(f"lines over {MAX_LINE} characters without spaces were skipped")
    info = DocumentInfo(
        path=name,
        title=title_of(text),
        words=len(text.split()),
        sha256=digest,
        modified=st.st_mtime,
    )
    return Loaded(info, text, tuple(warnings))


def error_info(path: str, message: str) -> DocumentInfo:
    """A DocumentInfo for a file that could not be read."""
    try:
        mtime = os.stat(path).st_mtime
    except OSError:
        mtime = 0.0
    return DocumentInfo(path=path, title="", words=0, sha256="", modified=mtime, error=message)
