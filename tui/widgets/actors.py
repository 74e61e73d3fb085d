"""The Actors panel: one row per real-world actor."""

from __future__ import annotations

from extract.keys import actor_key
from extract.records import Story
from tui.widgets.safe import literal, short_path
from tui.widgets.table import FactTable

KIND_STYLE = {"person": "bold", "organization": "cyan", "place": "green", "group": "magenta"}


class ActorsPanel(FactTable):
    """Actors, most mentioned first, with kind, mentions, roles and files."""

    BORDER_TITLE = "Actors"

    def on_mount(self) -> None:
        super().on_mount()
        self.add_column("", key="new", width=1)
        self.add_column("Name", key="name")
        self.add_column("Kind", key="kind")
        self.add_column("#", key="mentions")
        self.add_column("Role", key="role")
        self.add_column("Files", key="files")

    def show_story(self, story: Story, unseen: set[str], name_filter: str = "") -> None:
        """Replace the rows with the story's actors (keeping the cursor on the same actor)."""
        keep = self.current_key()
        self.clear()
        shown = 0
        for a in story.actors:
            if name_filter and name_filter.lower() not in (a.name + " " + " ".join(a.aliases)).lower():
                continue
            key = actor_key(a)
            if key in self.rows:
                continue
            self.add_row(
                literal("\u25cf" if key in unseen else "", "bold yellow"),
                literal(a.name, KIND_STYLE.get(a.kind, ""), limit=40),
                literal(a.kind),
                literal(a.mentions),
                literal("; ".join(a.roles), limit=50),
                literal(", ".join(short_path(d) for d in a.documents), limit=30),
                key=key,
            )
            shown += 1
        self.border_title = f"Actors {shown}"
        self.restore_cursor(keep)
