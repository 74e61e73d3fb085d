"""The Actors panel: one row per real-world actor."""

from __future__ import annotations

from extract.keys import actor_key
from extract.records import Actor, Story
from tui.widgets.safe import literal, short_path
from tui.widgets.table import FactTable


class ActorsPanel(FactTable):
    """Actors, most mentioned first, with kind, mentions, roles and files; the cross-filter actor is marked."""

    BORDER_TITLE = "Actors"
    SORTABLE = ("name", "kind", "mentions", "role", "files", "new")

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        # Columns exist from the start, so an early redraw (theme load) never meets a table without them.
        self.add_column("", key="new", width=1)
        self.add_column("Name", key="name")
        self.add_column("Kind", key="kind")
        self.add_column("#", key="mentions")
        self.add_column("Role", key="role")
        self.add_column("Files", key="files")

    def show_story(
        self, story: Story, unseen: set[str], styles: dict[str, str], selected: Actor | None = None, total: int = 0
    ) -> None:
        """Replace the rows with the story's actors (keeping the cursor on the same actor)."""
        keep = self.current_key()
        self.clear()
        self.records = {}
        chosen = actor_key(selected) if selected is not None else None
        for a in story.actors:
            key = actor_key(a)
            if key in self.rows:
                continue
            self.records[key] = a
            marker = "\u25b6" if key == chosen else ("\u25cf" if key in unseen else "")
            self.add_row(
                literal(marker, styles["match"] if key == chosen else styles["new"]),
                literal(a.name, styles.get(a.kind, ""), limit=40),
                literal(a.kind),
                literal(a.mentions),
                literal("; ".join(a.roles), limit=50),
                literal(", ".join(short_path(d) for d in a.documents), limit=30),
                key=key,
            )
        self.total = total or len(self.records)
        shown = len(self.records)
        self.border_title = f"Actors {shown}" if shown == self.total else f"Actors {shown} of {self.total}"
        self.finish_rows(keep)
