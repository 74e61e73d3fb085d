"""The `/` filter input and the line that says which filters are on."""

from __future__ import annotations

from rich.text import Text
from textual import events
from textual.binding import Binding
from textual.message import Message
from textual.widgets import Input, Static

from tui.widgets.safe import literal
from tui.widgets.view import ViewFilter

PANEL_NAMES = {"actors": "Actors", "figures": "Figures", "claims": "Claims"}


class FilterInput(Input):
    """Filters one panel as you type; Enter keeps the filter, Esc clears it."""

    BINDINGS = [Binding("escape", "cancel", "Clear filter")]

    class Cancelled(Message):
        """The user pressed Esc in the filter input."""

    def __init__(self, **kwargs) -> None:
        super().__init__(placeholder="filter\u2026 (Enter keeps, Esc clears)", **kwargs)
        self.target = "actors"
        """The panel this input filters."""

    def action_cancel(self) -> None:
        self.post_message(self.Cancelled())

    def _on_key(self, event: events.Key) -> None:
        """Enter and Esc hand the focus back to the panel now, not when their binding comes back from the app: the
        keys typed behind them in one burst are read by this input before then ('/', 'Smith', Enter, '1' made the
        filter 'Smith1' and lost the panel key; review s28 rev1 UI-7), and such a key, which the input gets once it
        lost the focus, goes to the widget focused now (the rule of StoryWatchApp.on_key)."""
        focused = self.app.focused
        if focused is not self:
            if focused is not None:
                event.stop()
                event.prevent_default()
                key = events.Key(event.key, event.character)
                key._handed_to = focused  # type: ignore[attr-defined]
                focused._forward_event(key)
            return
        if event.key in ("enter", "escape"):
            event.stop()
            event.prevent_default()
            self.post_message(self.Submitted(self, self.value) if event.key == "enter" else self.Cancelled())
            self.screen.set_focus(self.screen.query_one(f"#{self.target}"))


class FilterStatus(Static):
    """One line naming the active filters and the key that clears them."""

    def show(self, view: ViewFilter, styles: dict[str, str]) -> None:
        self.display = view.active
        if not view.active:
            return
        t = Text(no_wrap=True, overflow="ellipsis")
        t.append(" filtered ", style="bold reverse")
        if view.actor is not None:
            t.append("  involving ")
            t.append_text(literal(view.actor.name, styles["match"], limit=40))
        for panel, needle in view.text.items():
            if needle:
                t.append(f"  {PANEL_NAMES.get(panel, panel)} \u2287 ")
                t.append_text(literal(repr(needle), "bold", limit=30))
        t.append("   x clears", style="dim")
        self.update(t, layout=False)  # one line high by the stylesheet
