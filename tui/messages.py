"""Messages that carry events up to the app: file-system changes and finished extractions."""

from __future__ import annotations

from textual.message import Message

from extract.diff import Change
from extract.records import DocFacts, Story


class FileChanged(Message):
    """A file under the story folder was created, modified, moved or deleted."""

    def __init__(self, path: str) -> None:
        super().__init__()
        self.path = path
        """Absolute path of the file that changed (for a move, one message per end)."""

    def can_replace(self, message: Message) -> bool:
        # A burst of saves to one file collapses into one message; other files' events are kept.
        return isinstance(message, FileChanged) and message.path == self.path


class FolderProblem(Message):
    """The story folder vanished, came back or cannot be read."""

    def __init__(self, text: str, present: bool) -> None:
        super().__init__()
        self.text = text
        """What the user should read."""
        self.present = present
        """Whether the folder exists now."""


class StoryUpdated(Message):
    """A worker finished extracting: the new story and what changed."""

    def __init__(
        self,
        story: Story,
        changed: tuple[str, ...] = (),
        summary: str = "",
        changes: tuple[Change, ...] = (),
        first_seen: dict[str, str] | None = None,
        notices: tuple[str, ...] = (),
        final: bool = True,
        facts: dict[str, DocFacts] | None = None,
    ) -> None:
        super().__init__()
        self.story = story
        """The rebuilt story."""
        self.changed = changed
        """Files that were (re-)extracted or removed in this update."""
        self.summary = summary
        """One-line description of what changed, for a toast."""
        self.changes = changes
        """The fact changes."""
        self.first_seen = first_seen or {}
        """Fact key -> ISO time first seen."""
        self.notices = notices
        """Notices for the user (store rebuilt...)."""
        self.final = final
        """False while more work for this update is still running."""
        self.facts = facts or {}
        """A snapshot of the per-file facts the story was built from (path -> facts)."""


class IndexProgress(Message):
    """Progress of a long (re-)index."""

    def __init__(self, done: int, total: int) -> None:
        super().__init__()
        self.done = done
        """Files done."""
        self.total = total
        """Files to do."""


class ModelReady(Message):
    """The spaCy model finished loading."""

    def __init__(self, name: str) -> None:
        super().__init__()
        self.name = name
        """The loaded model's name."""
