"""The `/` filter input and the line that says which filters are on."""

from __future__ import annotations

from rich.text import Text
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
