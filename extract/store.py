"""The on-disk story store: per-file facts, every file version seen, and when each fact was first and last seen.

One SQLite database per story folder, by default in ``user_state_dir("storywatch")/stories/``.  WAL mode, a busy
timeout and short ``BEGIN IMMEDIATE`` write transactions let two storywatch processes share one store.  A store
that is corrupt or has another schema version is moved aside and rebuilt; an unwritable location falls back to a
memory-only store.  Either way ``Store.notice`` says so and no method raises for a database problem.

Staleness: facts are reusable for a file when its sha256, the model name and the record format all match what was
stored; ask ``Store.stale(path, sha256, model)``.  ``file_versions()`` gives (sha256, mtime, size) so a caller can
skip hashing files whose mtime and size did not move.
"""

from __future__ import annotations

import contextlib
import dataclasses
import hashlib
import json
import os
import re
import sqlite3
import sys
import threading
import types
import typing
from collections.abc import Callable, Collection, Iterable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any, TypeVar

import platformdirs

from extract.bulk import no_cycle_collection
from extract.diff import cached_claim_key, cached_figure_key, cached_quote_key, in_documents
from extract.keys import actor_key
from extract.records import Actor, Claim, DocFacts, DocumentInfo, Figure, Mention, Quote, Story

SCHEMA_VERSION = 1
"""Bump when the tables change; a store with another version is moved aside and rebuilt."""
REFRESH_SECONDS = 60
"""A fact still present has its last_seen rewritten at most this often (per process)."""
BUSY_TIMEOUT_MS = 10_000
"""How long a write waits for another process's transaction before giving up."""
APP_NAME = "storywatch"

_SCHEMA = (
    """CREATE TABLE IF NOT EXISTS files (
        path TEXT PRIMARY KEY,
        sha256 TEXT NOT NULL,
        mtime REAL NOT NULL,
        size INTEGER NOT NULL,
        model TEXT NOT NULL,
        format TEXT NOT NULL,
        facts TEXT NOT NULL,
        saved TEXT NOT NULL
    )""",
    """CREATE TABLE IF NOT EXISTS versions (
        path TEXT NOT NULL,
        sha256 TEXT NOT NULL,
        mtime REAL NOT NULL,
        size INTEGER NOT NULL,
        model TEXT NOT NULL,
        first_seen TEXT NOT NULL,
        last_seen TEXT NOT NULL,
        PRIMARY KEY (path, sha256)
    )""",
    """CREATE TABLE IF NOT EXISTS seen (
        key TEXT PRIMARY KEY,
        first_seen TEXT NOT NULL,
        last_seen TEXT NOT NULL
    ) WITHOUT ROWID""",
    "CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
)
_INDEXES = (
    # Covers what the files fingerprint reads (_files_fingerprint): without it SQLite reads every file's row through
    # its facts to reach ``saved`` (the facts of 1,000 files are about 35 MB), 20-50 ms on each snapshot load.
    "CREATE INDEX IF NOT EXISTS files_fingerprint ON files (path, sha256, model, format, saved)",
)
"""Indexes a store of this schema version has; made when a store without them is opened (older versions' stores)."""
_TABLES = frozenset({"files", "versions", "seen", "meta"})
# SQLite primary result codes that mean the file itself is damaged (SQLITE_CORRUPT, SQLITE_NOTADB).
_CORRUPT_CODES = frozenset({11, 26})

_T = TypeVar("_T")


def _record_format() -> str:
    """A fingerprint of the record layouts, so facts stored by a build with other fields count as stale."""
    parts = [
        f"{cls.__name__}:{','.join(f.name for f in dataclasses.fields(cls))}"
        for cls in (DocFacts, DocumentInfo, Mention, Figure, Quote, Claim)
    ]
    return hashlib.sha256(";".join(parts).encode()).hexdigest()[:16]


RECORD_FORMAT = _record_format()


def now_iso() -> str:
    """The current time as ISO 8601 UTC to the second ("2026-05-09T12:04:31Z"), the form every timestamp here uses."""
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _seconds_before(iso: str, seconds: int) -> str:
    """The ISO time ``seconds`` before ``iso``; ``iso`` itself when it does not parse (then everything is rewritten)."""
    try:
        t = datetime.fromisoformat(iso)
    except ValueError:
        return iso
    if t.tzinfo is None:
        t = t.replace(tzinfo=UTC)
    return (t - timedelta(seconds=seconds)).astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def store_path(story_dir: str | Path, state_dir: str | Path | None = None) -> Path:
    """Where a story folder's store lives: ``<state>/stories/<folder name>-<hash of its resolved path>.sqlite3``."""
    folder = Path(story_dir).expanduser()
    try:
        folder = folder.resolve()
    except (OSError, RuntimeError):  # a symlink loop: the absolute path still names the folder
        folder = folder.absolute()
    name = re.sub(r"[^\w.-]+", "_", folder.name).strip("._")[:40] or "story"
    digest = hashlib.sha256(str(folder).encode("utf-8", "surrogateescape")).hexdigest()[:12]
    base = Path(state_dir).expanduser() if state_dir is not None else Path(platformdirs.user_state_dir(APP_NAME))
    return base / "stories" / f"{name}-{digest}.sqlite3"


PRIVATE_FOLDER = 0o700
PRIVATE_FILE = 0o600
"""The store holds quotes and sentences from a reporter's drafts, and the log names their files: on a shared machine
other users could read them (with umask 022 the state folder was 0755 and the stores and log 0644; probe s27 r6).
Folders storywatch makes and its own files are its user's only."""


def private_folder(folder: Path, ours: bool = True) -> None:
    """Make ``folder`` readable by its owner only when this makes it, or when it exists and is storywatch's own
    (``ours``: not a folder the user named, which may be shared on purpose); missing parents (``~/.local/state``) are
    made as ``mkdir -p`` makes them, and no other folder is touched. Raises OSError."""
    if not folder.is_dir():
        folder.parent.mkdir(parents=True, exist_ok=True)
        with contextlib.suppress(FileExistsError):  # made meanwhile by another process
            folder.mkdir(mode=PRIVATE_FOLDER)
            return
    if ours and folder.stat().st_mode & 0o077:
        folder.chmod(PRIVATE_FOLDER)


def private_file(path: Path, ours: bool = True) -> None:
    """Create ``path`` empty if missing, readable and writable by its owner only; an existing one loses the group's and
    others' rights when it is storywatch's own (``ours``), and is left as it is in a folder the user named, which may
    be shared on purpose (a teammate's run could not change its rights: EPERM, and no store or log). A symlink in its
    place is refused (a link planted in a shared folder would have the rights of its target changed). Raises
    OSError."""
    nofollow = getattr(os, "O_NOFOLLOW", 0)
    if not ours:
        try:
            os.close(os.open(path, os.O_RDWR | os.O_CREAT | os.O_EXCL | nofollow, PRIVATE_FILE))
        except FileExistsError:
            if path.is_symlink():
                raise OSError(f"{path} is a symbolic link") from None
        return
    fd = os.open(path, os.O_RDWR | os.O_CREAT | nofollow, PRIVATE_FILE)
    try:
        if os.fstat(fd).st_mode & 0o077:
            os.fchmod(fd, PRIVATE_FILE)
    finally:
        os.close(fd)


def write_private(path: Path, text: str) -> None:
    """Write ``text`` (UTF-8) to ``path`` readable and writable by its owner only, as the store is: an export holds the
    same quotes and sentences from a reporter's drafts, and went out 0644 (umask 022) into the working folder, the
    downloads folder or the temporary one. A file already there (an export of the same second) is replaced and made
    private; a symlink in its place is refused (a link planted in a shared folder, /tmp, would have its target
    overwritten). Raises OSError."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_NOFOLLOW", 0), PRIVATE_FILE)
    with open(fd, "w", encoding="utf-8") as out:
        if os.fstat(fd).st_mode & 0o077:
            # A file system without Unix modes (a FAT stick, an SMB share) refuses the change: written all the same.
            with contextlib.suppress(OSError):
                os.fchmod(fd, PRIVATE_FILE)
        out.write(text)


def _private_store_files(path: Path, ours: bool) -> None:
    """The store's file made private before SQLite opens it (SQLite gives its WAL and shared-memory files the
    database file's permissions), and, in storywatch's own folder, any WAL or shared-memory file left by an earlier
    version too."""
    private_file(path, ours)
    for extra in (path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        if ours and extra.exists():
            private_file(extra)


# Facts as JSON ------------------------------------------------------------------------------------


_FIELD_NAMES: dict[type, tuple[str, ...]] = {}


def _record_as_dict(obj: object) -> dict[str, Any]:
    """The JSON encoder's hook for records: the fields of one level (the C encoder does the rest, tuples as lists)."""
    cls = type(obj)
    names = _FIELD_NAMES.get(cls)
    if names is None:
        if not dataclasses.is_dataclass(obj):
            raise TypeError(f"cannot store a {cls.__name__}")
        names = _FIELD_NAMES[cls] = tuple(f.name for f in dataclasses.fields(obj))
    return {name: getattr(obj, name) for name in names}


def facts_to_json(facts: DocFacts) -> str:
    """The facts of one file as compact JSON, the same as ``dataclasses.asdict`` would give (about 6x faster)."""
    return json.dumps(facts, default=_record_as_dict, ensure_ascii=False, separators=(",", ":"))


SHARED_CHARS = 64
"""Strings up to this long read from the store are shared (``sys.intern``): document names, kinds, units, speakers and
roles repeat in thousands of records, and json.loads makes a new string for each (at 1,000 files, about 390,000
strings of 12,000 distinct values, 26 MB)."""


def shared(value: Any) -> Any:
    """``value`` shared with every equal short string (``sys.intern``, up to SHARED_CHARS); anything else as it is.
    The store's reader and the engine (facts from worker processes) share strings by this one rule."""
    return sys.intern(value) if type(value) is str and len(value) <= SHARED_CHARS else value


def _shared_strings(v: Any) -> tuple[Any, ...]:
    return tuple(map(shared, v))


def _converter(hint: Any) -> Callable[[Any], Any] | None:
    """How to turn a JSON value back into a value of type ``hint``; None when it is already right."""
    if dataclasses.is_dataclass(hint) and isinstance(hint, type):
        return _builder(hint)
    if hint is str or hint == (str | None):
        return shared
    origin = typing.get_origin(hint)
    if origin is tuple:
        args = typing.get_args(hint)
        if args and args[0] is str:
            return _shared_strings
        item = _converter(args[0]) if args else None
        if item is None:
            return tuple
        convert_item = item

        def to_tuple(v: Any) -> tuple[Any, ...]:
            return tuple(convert_item(x) for x in v)

        return to_tuple
    if origin in (typing.Union, types.UnionType):
        inner = [a for a in typing.get_args(hint) if a is not type(None)]
        conv = _converter(inner[0]) if len(inner) == 1 else None
        if conv is None:
            return None
        convert = conv

        def optional(v: Any) -> Any:
            return None if v is None else convert(v)

        return optional
    return None


_BUILDERS: dict[type, Callable[[dict[str, Any]], Any]] = {}


def _builder(cls: type[_T]) -> Callable[[dict[str, Any]], _T]:
    """A function rebuilding a frozen record (with tuples) from its asdict form; unknown keys are ignored."""
    if cls in _BUILDERS:
        return _BUILDERS[cls]
    hints = typing.get_type_hints(cls)
    fields = dataclasses.fields(cls)  # type: ignore[arg-type]
    names = frozenset(f.name for f in fields)
    convs = [(f.name, conv) for f in fields if (conv := _converter(hints[f.name])) is not None]

    def build(data: dict[str, Any]) -> _T:
        # ``data`` comes fresh from json.loads, so converting in place is safe and saves a copy per record.
        for name, conv in convs:
            if name in data:
                data[name] = conv(data[name])
        if data.keys() <= names:
            return cls(**data)
        return cls(**{k: v for k, v in data.items() if k in names})  # a field this build no longer has

    _BUILDERS[cls] = build
    return build


_SNAPSHOT = "story"
"""Meta key of a saved story's header; its chunks are ``story:<field>:<n>`` (an older version used 'snapshot')."""
_HEAD = "story_head"
SNAPSHOT_CHUNK = 256
"""Records encoded per json.dumps call when saving a story: one call holds the GIL throughout, so a whole large story
in one call would freeze the UI thread for a noticeable moment."""


def _rows_named(name: str) -> tuple[str, tuple[str, str, str]]:
    """SQL condition and parameters for the meta rows of a saved story: its header ``name`` and its chunks."""
    return "key = ? OR (key > ? AND key < ?)", (name, f"{name}:", f"{name};")  # ';' follows ':' in code order


def _snapshot_rows(name: str, story: Story, of: str, extra: bool = False) -> list[tuple[str, str]]:
    """A story as meta rows: ``name`` holds a header, ``name:field:n`` the n-th chunk of a field's records.

    Each chunk is a few hundred records of JSON (ASCII-only: one non-ASCII character makes a Python string 4 bytes a
    character, which for a 1,000-file story made about 140 MB of transient copies instead of about 25 MB), so neither
    saving nor reading a large story holds the interpreter for one long call (the UI thread waits meanwhile).
    ``of`` is the fingerprint of the stored facts the story was built from; ``extra`` keeps ``Story.extra`` too (it
    must be plain JSON data).
    """
    rows: list[tuple[str, str]] = []
    header: dict[str, Any] = {"of": of, "chunks": {}, "values": {}}
    for f in dataclasses.fields(Story):
        value = getattr(story, f.name)
        if f.name == "extra":
            if extra:
                header["values"]["extra"] = value
        elif isinstance(value, tuple):
            n = 0
            for i in range(0, len(value), SNAPSHOT_CHUNK):
                body = json.dumps(value[i : i + SNAPSHOT_CHUNK], default=_record_as_dict, separators=(",", ":"))
                rows.append((f"{name}:{f.name}:{n:06d}", body))
                n += 1
            header["chunks"][f.name] = n
        else:
            header["values"][f.name] = value
    rows.append((name, json.dumps(header, default=_record_as_dict, separators=(",", ":"))))
    return rows


def _story_from_rows(name: str, rows: dict[str, str], of: str) -> Story | None:
    """The story ``_snapshot_rows`` wrote, or None when it was built from other facts than ``of`` says; raises
    ValueError/TypeError/KeyError/AttributeError when it cannot be read."""
    header = json.loads(rows[name])
    if not isinstance(header, dict):
        raise ValueError("the stored story is not an object")
    if header.get("of") != of:
        return None
    data: dict[str, Any] = dict(header["values"])
    for field_name, n in header["chunks"].items():
        items: list[Any] = []
        for i in range(n):
            items.extend(json.loads(rows[f"{name}:{field_name}:{i:06d}"]))
        data[field_name] = items
    return _builder(Story)(data)


def facts_from_json(text: str) -> DocFacts:
    """Rebuild the frozen records from ``facts_to_json``; raises ValueError/TypeError/KeyError when it cannot."""
    data = json.loads(text)
    if not isinstance(data, dict):
        raise ValueError("stored facts are not an object")
    return _builder(DocFacts)(data)


# Opening ------------------------------------------------------------------------------------------


class _Incompatible(Exception):
    """The file is a database, but not one of ours at this schema version."""

    def __init__(self, version: int) -> None:
        super().__init__(f"schema version {version}")
        self.version = version


class _Corrupt(Exception):
    """PRAGMA quick_check found damage."""


def _is_corrupt(exc: BaseException) -> bool:
    if isinstance(exc, _Corrupt):
        return True
    code = getattr(exc, "sqlite_errorcode", None)
    return isinstance(exc, sqlite3.DatabaseError) and code is not None and (code & 0xFF) in _CORRUPT_CODES


def _create_schema(conn: sqlite3.Connection) -> None:
    for statement in _SCHEMA + _INDEXES:
        conn.execute(statement)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")


def _quick_check(conn: sqlite3.Connection) -> None:
    """Raise _Corrupt when SQLite's quick_check finds damage (it reads the whole file: 50-60 ms at 1,000 files)."""
    check = conn.execute("PRAGMA quick_check").fetchone()
    if not check or check[0] != "ok":
        raise _Corrupt(check[0] if check else "quick_check returned nothing")


def _open_file(path: Path, story_dir: str, check: bool = True) -> sqlite3.Connection:
    """Connect, switch to WAL, check integrity (unless not ``check``) and schema; raises _Corrupt, _Incompatible or
    sqlite3 errors."""
    conn = sqlite3.connect(path, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None, check_same_thread=False)
    try:
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        conn.execute("PRAGMA journal_mode = WAL")
        # In WAL mode NORMAL loses at most the last transactions on power loss, never consistency.
        conn.execute("PRAGMA synchronous = NORMAL")
        if check:
            _quick_check(conn)
        # A write on every open: a read-only file or folder shows up here rather than on the first save.
        conn.execute("BEGIN IMMEDIATE")
        try:
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            if version == 0 and not tables:
                _create_schema(conn)
            elif version != SCHEMA_VERSION or not tables >= _TABLES:
                raise _Incompatible(version)
            else:
                for statement in _INDEXES:
                    conn.execute(statement)
            conn.execute(
                "INSERT INTO meta (key, value) VALUES ('story_dir', ?)"
                " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                (story_dir,),
            )
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
    except BaseException:
        conn.close()
        raise
    return conn


def _open_memory() -> sqlite3.Connection:
    conn = sqlite3.connect(":memory:", isolation_level=None, check_same_thread=False)
    _create_schema(conn)
    return conn


def _move_aside(path: Path, tag: str) -> Path:
    """Rename the store (and its WAL, which holds committed data) out of the way; returns the new name."""
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%f")
    aside = path.with_name(f"{path.name}.{tag}-{stamp}")
    path.rename(aside)
    for suffix in ("-wal", "-shm"):
        extra = path.with_name(path.name + suffix)
        if extra.exists():
            extra.rename(aside.with_name(aside.name + suffix))
    return aside


def _reason(exc: BaseException) -> str:
    return str(exc) or type(exc).__name__


# The store ----------------------------------------------------------------------------------------


class Store:
    """The story store of one folder.  Thread-safe (one connection behind a lock); never raises for a bad database.

    ``notice`` holds the latest problem met (store rebuilt, memory-only fallback, a failed write); it is not cleared.
    """

    def __init__(self, path: Path, conn: sqlite3.Connection, persistent: bool, notice: str | None = None) -> None:
        self.path = path
        """Where the database file is (or would be, for a memory-only store)."""
        self.persistent = persistent
        """False when the store lives in memory only and nothing will be remembered."""
        self.notice = notice
        """What went wrong and what was done about it, for the user; None when all is well."""
        self._conn: sqlite3.Connection | None = conn
        self._lock = threading.RLock()
        self._story_dir = ""
        # key -> (first_seen, last_seen this process wrote): skips rewriting unchanged facts, answers when the
        # database fails, and re-seeds first-seen times into a rebuilt store.
        self._stamps: dict[str, tuple[str, str]] = {}
        self._unwritten: dict[str, tuple[str, str]] = {}
        """key -> (first_seen, last_seen) marked but not yet written (``mark_seen(defer=True)``)."""
        self._forgot = False
        """Whether ``forget_stamps`` dropped times from memory (``mark_seen`` then looks up keys it does not know)."""
        self._actor_keys: tuple[tuple[Actor, ...], list[str]] = ((), [])
        """The keys of the last story's actors (a story rebuilt after an edit usually has the very same tuple)."""
        self._unchecked = False
        """Opened without the integrity check (``open(check=False)``): ``check`` runs it."""

    # Opening and closing -------------------------------------------------------------------------
    @classmethod
    def open(cls, story_dir: str | Path, state_dir: str | Path | None = None, check: bool = True) -> Store:
        """Open (creating, repairing or replacing as needed) the store of ``story_dir``; never raises.

        Without ``check`` the integrity check of the whole file is left to ``check()``: a launch reads the head of
        the stored story first and paints it, then checks (damage met before that is still found by the reads,
        which rebuild a corrupt store as any read does)."""
        path = store_path(story_dir, state_dir)
        story = str(Path(story_dir).expanduser().absolute())
        try:
            # The default state folder and its stories/ folder are storywatch's own; a --state folder is the user's.
            ours = state_dir is None
            private_folder(path.parent.parent, ours=ours)
            private_folder(path.parent, ours=ours)  # a user-named folder's stories/ may be shared too
        except OSError as exc:
            return cls._memory(path, f"cannot create {path.parent} ({_reason(exc)})", story)
        notice: str | None = None
        for attempt in range(2):
            try:
                _private_store_files(path, ours)
            except OSError as exc:  # a folder in its place, a read-only folder
                return cls._memory(path, f"cannot use {path} ({_reason(exc)})", story)
            try:
                store = cls(path, _open_file(path, story, check=check), True, notice)
                store._story_dir = story
                store._unchecked = not check
                return store
            except _Incompatible as exc:
                tag = f"v{exc.version}"
                problem = f"store had schema version {exc.version} (this storywatch uses {SCHEMA_VERSION})"
            except (sqlite3.Error, _Corrupt) as exc:
                if not _is_corrupt(exc):
                    return cls._memory(path, f"cannot use {path} ({_reason(exc)})", story)
                tag, problem = "corrupt", "store was corrupt"
            if attempt:
                break
            try:
                aside = _move_aside(path, tag)
            except OSError as exc:
                return cls._memory(path, f"{problem} and could not be moved aside ({_reason(exc)})", story)
            notice = f"{problem}; moved to {aside} and rebuilt"
        return cls._memory(path, f"{problem} even after rebuilding", story)

    def check(self) -> None:
        """Run the integrity check ``open(check=False)`` left out: a damaged store is moved aside and rebuilt (with a
        notice), as ``open`` does. Does nothing for a store already checked."""
        with self._lock:
            if not self._unchecked or self._conn is None:
                return
            self._unchecked = False
            try:
                _quick_check(self._conn)
            except (sqlite3.Error, _Corrupt) as exc:
                if not _is_corrupt(exc):
                    self.notice = f"story store error ({_reason(exc)}); it could not be checked"
                    return
                self._rebuild()

    @classmethod
    def _memory(cls, path: Path, why: str, story_dir: str) -> Store:
        store = cls(path, _open_memory(), False, f"{why}; using a memory-only store, nothing will be remembered")
        store._story_dir = story_dir
        return store

    def close(self) -> None:
        """Close the database; the store cannot be used afterwards."""
        with self._lock:
            if self._conn is not None:
                self.flush_seen()
                self._conn.close()
                self._conn = None

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # Running statements --------------------------------------------------------------------------
    def _run(self, work: Callable[[sqlite3.Connection], _T], fallback: Callable[[], _T], write: bool) -> _T:
        """Run ``work`` (in one write transaction when ``write``); a corrupt store is rebuilt and ``work`` retried,
        any other database failure sets ``notice`` and returns ``fallback()``."""
        with self._lock:
            if self._conn is None:
                raise sqlite3.ProgrammingError("the store is closed")
            for attempt in range(2):
                conn = self._conn
                try:
                    if not write:
                        return work(conn)
                    conn.execute("BEGIN IMMEDIATE")
                    try:
                        result = work(conn)
                        conn.execute("COMMIT")
                    except BaseException:
                        if conn.in_transaction:
                            conn.execute("ROLLBACK")
                        raise
                    return result
                except (sqlite3.ProgrammingError, sqlite3.InterfaceError, sqlite3.IntegrityError):
                    raise  # our bugs, not the database's
                except sqlite3.Error as exc:
                    if attempt == 0 and self.persistent and _is_corrupt(exc):
                        self._rebuild()
                        continue
                    done = "this change was not saved" if write else "it could not be read"
                    self.notice = f"story store error ({_reason(exc)}); {done}"
                    return fallback()
            return fallback()

    def _rebuild(self) -> None:
        """The database broke while open: move it aside and start a fresh one (or fall back to memory)."""
        assert self._conn is not None
        self._conn.close()
        known = self._stamps
        self._stamps = {k: (first, "") for k, (first, _) in known.items()}  # last-seen rewritten at the next mark
        # Every time this process knows goes into the new store with the next flush, also for facts no later update
        # marks (their documents do not change).
        self._unwritten = {k: (first, last or first) for k, (first, last) in known.items()} | self._unwritten
        try:
            aside = _move_aside(self.path, "corrupt")
            self._conn = _open_file(self.path, self._story_dir)
            self.notice = f"store was corrupt; moved to {aside} and rebuilt"
        except (OSError, sqlite3.Error, _Corrupt, _Incompatible) as exc:
            self._conn = _open_memory()
            self.persistent = False
            self.notice = f"store was corrupt and could not be rebuilt ({_reason(exc)}); using a memory-only store"

    # Files ---------------------------------------------------------------------------------------
    def file_versions(self) -> dict[str, tuple[str, float, int]]:
        """Latest stored version of every file: path -> (sha256, mtime, size)."""

        def work(conn: sqlite3.Connection) -> dict[str, tuple[str, float, int]]:
            return {p: (h, m, s) for p, h, m, s in conn.execute("SELECT path, sha256, mtime, size FROM files")}

        return self._run(work, dict, write=False)

    def stale(self, path: str, sha256: str, model: str) -> bool:
        """True unless facts are stored for exactly this content, made by this model in this record format."""

        def work(conn: sqlite3.Connection) -> bool:
            row = conn.execute("SELECT sha256, model, format FROM files WHERE path = ?", (path,)).fetchone()
            return row is None or tuple(row) != (sha256, model, RECORD_FORMAT)

        return self._run(work, lambda: True, write=False)

    def versions(self, path: str) -> list[tuple[str, float, int, str]]:
        """Every version of a file seen, oldest first: (sha256, mtime, size, first_seen)."""

        def work(conn: sqlite3.Connection) -> list[tuple[str, float, int, str]]:
            rows = conn.execute(
                "SELECT sha256, mtime, size, first_seen FROM versions WHERE path = ? ORDER BY first_seen, rowid",
                (path,),
            )
            return [tuple(r) for r in rows]  # type: ignore[misc]

        return self._run(work, list, write=False)

    def load_facts(self) -> dict[str, DocFacts]:
        """The stored facts of every file (stale ones included: showing them beats an empty screen).

        Rows that no longer decode into the current records are deleted, so the caller re-extracts those files.
        """

        def read(conn: sqlite3.Connection) -> list[tuple[str, str]]:
            # Row by row: list() over the cursor would make every row's string in one call, holding the
            # interpreter (a quarter of a second at 1,000 files) while the UI thread waits.
            return [row for row in conn.execute("SELECT path, facts FROM files ORDER BY path")]  # noqa: C416

        out: dict[str, DocFacts] = {}
        broken: list[str] = []
        rows: list[tuple[str, str]] = self._run(read, list, write=False)
        with no_cycle_collection(keep=True):  # the facts live as long as the story is open
            for path, text in rows:
                try:
                    out[path] = facts_from_json(text)
                except (ValueError, TypeError, KeyError, AttributeError):
                    broken.append(path)
        if broken:
            self._run(lambda c: c.executemany("DELETE FROM files WHERE path = ?", [(p,) for p in broken]), _none, True)
        return out

    def save_facts(self, facts: DocFacts, size: int, model: str) -> None:
        """Store (replacing) the facts of one file version, and remember the version in the history."""
        doc = facts.document
        payload = facts_to_json(facts)
        now = now_iso()

        def work(conn: sqlite3.Connection) -> None:
            conn.execute(
                """INSERT INTO files (path, sha256, mtime, size, model, format, facts, saved)
                   VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                   ON CONFLICT (path) DO UPDATE SET sha256 = excluded.sha256, mtime = excluded.mtime,
                       size = excluded.size, model = excluded.model, format = excluded.format,
                       facts = excluded.facts, saved = excluded.saved""",
                (doc.path, doc.sha256, doc.modified, size, model, RECORD_FORMAT, payload, now),
            )
            if doc.sha256:  # an unreadable file has no content version to remember
                conn.execute(
                    """INSERT INTO versions (path, sha256, mtime, size, model, first_seen, last_seen)
                       VALUES (?, ?, ?, ?, ?, ?, ?)
                       ON CONFLICT (path, sha256) DO UPDATE SET mtime = excluded.mtime, size = excluded.size,
                           model = excluded.model, last_seen = excluded.last_seen""",
                    (doc.path, doc.sha256, doc.modified, size, model, now, now),
                )

        self._run(work, _none, write=True)

    def remove_file(self, path: str) -> None:
        """Forget a file's facts (its version history and first-seen times stay, for when it comes back)."""
        self._run(lambda conn: conn.execute("DELETE FROM files WHERE path = ?", (path,)) and None, _none, write=True)

    # The built story ----------------------------------------------------------------------------
    def _files_fingerprint(self, conn: sqlite3.Connection) -> str:
        """Which facts the files table holds now: any saved, removed or re-made file changes it."""
        h = hashlib.sha256(RECORD_FORMAT.encode())
        for row in conn.execute("SELECT path, sha256, model, format, saved FROM files ORDER BY path"):
            h.update("\0".join(row).encode("utf-8", "surrogatepass") + b"\n")
        return h.hexdigest()

    def save_snapshot(self, story: Story, head: Story | None = None) -> None:
        """Keep ``story``, built from exactly the facts stored now, so the next launch can paint it at once instead
        of decoding and merging every file's facts first; ``head``, a small part of it with its ``extra`` kept, is
        what a launch can read first (the caller decides what it holds)."""
        # Encoded outside the write transaction (a large story takes a moment), against the facts stored now.
        of = self._run(self._files_fingerprint, _none, write=False)
        if of is None:
            return
        rows = _snapshot_rows(_SNAPSHOT, story, of)
        if head is not None:
            rows += _snapshot_rows(_HEAD, head, of, extra=True)

        def work(conn: sqlite3.Connection) -> None:
            for name in (_SNAPSHOT, _HEAD):
                where, params = _rows_named(name)
                conn.execute(f"DELETE FROM meta WHERE {where}", params)
            # The single-row snapshot of earlier versions: gone, so an older storywatch on this store builds from facts.
            conn.execute("DELETE FROM meta WHERE key IN ('snapshot', 'snapshot_of', 'snapshot_head')")
            conn.executemany("INSERT INTO meta (key, value) VALUES (?, ?)", rows)

        self._run(work, _none, write=True)

    def load_snapshot(self, head: bool = False) -> Story | None:
        """The story saved by ``save_snapshot`` (or with ``head`` its head), or None when there is none or the stored
        facts changed since."""
        name = _HEAD if head else _SNAPSHOT
        where, params = _rows_named(name)

        def work(conn: sqlite3.Connection) -> tuple[dict[str, str], str] | None:
            rows: dict[str, str] = {}
            # Row by row: a list() of them all would build every string in one call, holding the interpreter.
            for key, value in conn.execute(f"SELECT key, value FROM meta WHERE {where}", params):
                rows[key] = value
            return (rows, self._files_fingerprint(conn)) if name in rows else None

        found = self._run(work, _none, write=False)
        if found is None:
            return None
        try:
            with no_cycle_collection(keep=True):  # shown until the first update replaces it
                return _story_from_rows(name, *found)
        except (ValueError, TypeError, KeyError, AttributeError):
            return None  # from an older record format: the facts are still there

    # First and last seen -------------------------------------------------------------------------
    def mark_seen(
        self, story: Story, now: str | None = None, documents: Collection[str] | None = None, defer: bool = False
    ) -> dict[str, str]:
        """Record that every actor, figure, quote and claim of ``story`` is seen ``now`` (ISO 8601 UTC, default the
        current second); returns fact key -> first-seen time for every key of the story.

        With ``documents``, only the figures, quotes and claims of those documents (and every actor) are marked and
        returned: the caller re-marks only what it re-extracted, so an update costs what changed.

        A fact's first_seen is never moved once stored.  last_seen is written at most once per ``REFRESH_SECONDS``
        per fact by this process, so an update touching one paragraph writes only its new facts.

        With ``defer``, the answer comes from what this process knows and the writing waits for ``flush_seen`` (an
        app shows an edit first and writes after: the write is a transaction on the path to the screen).
        """
        now = now or now_iso()
        if self._actor_keys[0] is not story.actors:
            self._actor_keys = (story.actors, [actor_key(a) for a in story.actors])
        keys = list(dict.fromkeys(story_keys(story, documents, actor_keys=self._actor_keys[1])))
        cutoff = _seconds_before(now, REFRESH_SECONDS)
        if self._forgot:
            # A fact back in the story after ``forget_stamps`` keeps the time the store holds for it.
            self.seed_stored_first_seen([k for k in keys if k not in self._stamps])
        with self._lock:  # a rebuild of a broken store (another thread's write) replaces the stamps
            stamps = self._stamps
            todo = [k for k in keys if (st := stamps.get(k)) is None or st[1] <= cutoff]
            # A first-seen time this process already knows is offered again, so a rebuilt store keeps it.
            for k in todo:
                first = stamps.get(k, (now,))[0]
                self._unwritten[k] = (first, now)
                stamps[k] = (first, now)
            seen = {k: stamps[k][0] for k in keys}
        if todo and not defer:
            seen.update(self.flush_seen())  # the times another process stored first, for facts written now
        return seen

    def flush_seen(self) -> dict[str, str]:
        """Write what ``mark_seen`` recorded and has not written; returns the facts whose stored first-seen time
        differs from the one this process gave them (another process saw them first), with the stored time."""
        with self._lock:
            todo, self._unwritten = self._unwritten, {}
        if not todo:
            return {}

        def work(conn: sqlite3.Connection) -> dict[str, str]:
            conn.execute(
                "CREATE TEMP TABLE IF NOT EXISTS marked (key TEXT PRIMARY KEY, first TEXT, last TEXT) WITHOUT ROWID"
            )
            conn.execute("DELETE FROM marked")
            conn.executemany(
                "INSERT INTO marked (key, first, last) VALUES (?, ?, ?)", [(k, *v) for k, v in todo.items()]
            )
            # "WHERE true" lets SQLite parse the upsert after INSERT ... SELECT.
            conn.execute(
                """INSERT INTO seen (key, first_seen, last_seen) SELECT key, first, last FROM marked WHERE true
                   ON CONFLICT (key) DO UPDATE SET last_seen = excluded.last_seen"""
            )
            stored = dict(
                conn.execute("SELECT key, first_seen FROM seen JOIN marked USING (key) WHERE first_seen != first")
            )
            conn.execute("DELETE FROM marked")
            return stored

        stored: dict[str, str] | None = self._run(work, _none, write=True)
        with self._lock:
            if stored is None:  # not written (``notice`` says why): kept for the next flush, unless marked again
                self._unwritten = {**todo, **self._unwritten}
                return {}
            for k, first in stored.items():
                self._stamps[k] = (first, todo[k][1])
        return stored

    def forget_stamps(self, keep: Collection[str]) -> int:
        """Forget in memory the times of facts not in ``keep`` (those of the story now) and not yet written; the store
        keeps them, and ``mark_seen`` reads back the time of one that returns. Returns how many were forgotten.

        The times of every fact ever seen were kept for the process's life: a session of hours grew by some ten keys
        a save (each edit's new claim text, each new article's facts; bench/longrun.py)."""
        with self._lock:
            before = len(self._stamps)
            self._stamps = {k: v for k, v in self._stamps.items() if k in keep or k in self._unwritten}
            gone = before - len(self._stamps)
            self._forgot = self._forgot or gone > 0
            return gone

    def seed_stored_first_seen(self, keys: Collection[str]) -> None:
        """Take the stored first-seen times of ``keys`` this process does not know (forgotten ones) into memory."""
        if not keys:
            return

        def work(conn: sqlite3.Connection) -> dict[str, str]:
            out: dict[str, str] = {}
            wanted = list(keys)
            for i in range(0, len(wanted), 500):
                part = wanted[i : i + 500]
                marks = ",".join("?" * len(part))
                out.update(conn.execute(f"SELECT key, first_seen FROM seen WHERE key IN ({marks})", part))
            return out

        stored: dict[str, str] = self._run(work, dict, write=False)
        with self._lock:
            for k, first in stored.items():
                self._stamps.setdefault(k, (first, ""))

    def seed_first_seen(self, keys: Iterable[str], when: str) -> None:
        """Give facts never seen before the first-seen time ``when`` (written by the next ``mark_seen``): facts a
        new engine found in a file it re-read date from when the file's facts were first seen."""
        with self._lock:
            for k in keys:
                if k not in self._stamps:
                    self._stamps[k] = (when, "")

    def first_seen(self) -> dict[str, str]:
        """Fact key -> first-seen time for every fact ever seen in this story."""

        def work(conn: sqlite3.Connection) -> dict[str, str]:
            return dict(conn.execute("SELECT key, first_seen FROM seen"))

        def fallback() -> dict[str, str]:
            return {k: v[0] for k, v in self._stamps.items()}

        with self._lock:
            seen = self._run(work, fallback, write=False)
            for k, first in seen.items():
                if k not in self._stamps:
                    self._stamps[k] = (first, "")  # known, but last_seen not written by this process yet
        return seen


def story_keys(
    story: Story, documents: Collection[str] | None = None, actor_keys: Iterable[str] | None = None
) -> Iterable[str]:
    """The stable key of every actor, figure, quote and claim of a story (extract/keys.py), or with ``documents``
    of every actor and of the figures, quotes and claims in those documents (``actor_keys``: the actors' keys, when
    the caller has them)."""
    yield from (actor_key(a) for a in story.actors) if actor_keys is None else actor_keys
    yield from map(cached_figure_key, in_documents(story.figures, documents))
    yield from map(cached_quote_key, in_documents(story.quotes, documents))
    yield from map(cached_claim_key, in_documents(story.claims, documents))


def _none() -> None:
    return None
