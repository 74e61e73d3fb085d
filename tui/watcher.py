"""A watchdog observer on the story folder whose handler only posts messages to the app."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from textual.message import Message
from watchdog.events import FileSystemEvent, FileSystemEventHandler
from watchdog.observers import Observer
from watchdog.observers.api import BaseObserver
from watchdog.observers.polling import PollingObserver

from extract.textio import is_article_name
from tui.messages import FileChanged, FolderProblem


class _Handler(FileSystemEventHandler):
    """Runs on watchdog's thread: filters names and posts; never does work itself."""

    def __init__(self, root: Path, post: Callable[[Message], object], given: Path | None = None) -> None:
        self.root = root
        """The folder as watchdog reports it (links resolved)."""
        self.given = given or root
        """The folder as the user gave it (and the tracker names files under it)."""
        self.post = post

    def _path(self, path: str | bytes) -> str:
        """An event's path under the folder as given: watchdog reports the resolved folder's paths, and a path
        through a link (a linked story folder, any link on the way to it) would be outside the story for the
        tracker, whose root keeps the links (review s16 HIGH-r2-1)."""
        p = os.fsdecode(path)
        root = str(self.root)
        if self.given != self.root and (p == root or p.startswith(root + os.sep)):
            return str(self.given) + p[len(root) :]
        return p

    def _file(self, path: str | bytes) -> None:
        p = self._path(path)
        if is_article_name(os.path.basename(p)):
            self.post(FileChanged(p))

    def on_any_event(self, event: FileSystemEvent) -> None:
        if event.event_type in ("opened", "closed_no_write"):
            return
        if event.is_directory:
            # A folder moved or deleted takes its files with it: let the app rescan.
            if event.event_type in ("deleted", "moved", "created"):
                self.post(FileChanged(self._path(event.src_path)))
                if event.event_type == "moved":
                    self.post(FileChanged(self._path(event.dest_path)))
            if os.fsdecode(event.src_path) == str(self.root) and event.event_type in ("deleted", "moved"):
                # A root renamed away is gone from its path as a deleted one is (watchdog 7 reports no event for
                # it on inotify: the app also looks at the path itself, FolderWatcher.moved).
                gone = "was deleted" if event.event_type == "deleted" else "was moved away"
                self.post(FolderProblem(f"{self.given} {gone}; waiting for it to come back", present=False))
            return
        self._file(event.src_path)
        if event.event_type == "moved":
            self._file(event.dest_path)


class FolderWatcher:
    """Watches ``root`` recursively; survives the folder being deleted and recreated."""

    def __init__(self, root: Path, post: Callable[[Message], object], poll: bool = False) -> None:
        self.given = Path(os.path.abspath(root))
        """The folder as given (links kept, as the tracker's root): events are reported under it, and ``moved``
        looks at it, so a linked folder re-pointed or removed is seen."""
        self.root = self.given.resolve()
        self.post = post
        self.poll = poll
        self._observer: BaseObserver | None = None
        self._identity: tuple[int, int] | None = None
        """(device, inode) of the folder watched since the last start."""

    def start(self) -> None:
        """Start (or restart) watching; raises OSError when the folder cannot be watched."""
        self.stop()
        st = os.stat(self.given)
        self._identity = (st.st_dev, st.st_ino)
        self.root = self.given.resolve()  # a link re-pointed since the last start: watch where it leads now
        observer: BaseObserver = PollingObserver(timeout=1.0) if self.poll else Observer()
        observer.schedule(_Handler(self.root, self.post, self.given), str(self.root), recursive=True)
        observer.daemon = True
        observer.start()
        self._observer = observer

    def stop(self) -> None:
        if self._observer is not None:
            self._observer.stop()
            self._observer.join(timeout=2)
            self._observer = None

    def moved(self) -> bool:
        """Whether the folder watched is no longer at its path (renamed away or deleted, another one made there):
        the observer follows the folder it started on, and watchdog reports no event when that one is renamed."""
        if self._identity is None:
            return False
        try:
            st = os.stat(self.given)  # follows a link: one re-pointed or removed is another folder or none
        except OSError:
            return True
        return (st.st_dev, st.st_ino) != self._identity

    @property
    def running(self) -> bool:
        return self._observer is not None and self._observer.is_alive()
