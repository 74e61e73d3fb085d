"""The story header: folder, files, words, last update, conflicts, pause state."""

from __future__ import annotations

from rich.text import Text
from textual.widgets import Static

from extract.records import Story
from tui.widgets.safe import literal


class StoryHeader(Static):
    """One line that says what the story is and how fresh it is."""

    def show(self, folder: str, story: Story | None, updated: str, status: str, paused: bool, queued: int) -> None:
        """Redraw the header."""
        t = Text()
        t.append(" storywatch ", style="bold reverse")
        t.append("  ")
        t.append_text(literal(folder, "bold"))
        if story is not None:
            docs = story.documents
            errors = sum(1 for d in docs if d.error)
            words = sum(d.words for d in docs)
            t.append(f"  {len(docs)} file{'s' * (len(docs) != 1)}  {words:,} words")
            t.append(f"  {len(story.actors)} actors  {len(story.figures)} figures  {len(story.claims)} claims")
            if story.conflicts:
                t.append(f"  {len(story.conflicts)} conflict{'s' * (len(story.conflicts) != 1)}", style="bold red")
            if errors:
                t.append(f"  {errors} file error{'s' * (errors != 1)}", style="bold red")
        if updated:
            t.append(f"  updated {updated}", style="dim")
        if status:
            t.append("  ")
            t.append_text(literal(status, "italic"))
        if paused:
            t.append(f"  [paused: {queued} queued]", style="bold yellow")
        self.update(t)
