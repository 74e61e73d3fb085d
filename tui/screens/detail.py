"""The detail view of one actor, figure, quote or claim: every occurrence in context, and related facts."""

from __future__ import annotations

from collections.abc import Mapping

from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.message import Message
from textual.screen import Screen
from textual.widgets import Footer, OptionList, Static
from textual.widgets.option_list import Option
from textual.worker import Worker, WorkerState

from extract.diff import cached_claim_key, cached_figure_key, cached_quote_key
from extract.keys import actor_key
from extract.records import Actor, Claim, DocFacts, Figure, Quote, Story
from extract.textio import load
from tui.widgets.detail_data import Detail, Entry, Record, build_detail
from tui.widgets.safe import literal, short_path


class DetailReady(Message):
    """The worker finished building the detail view."""

    def __init__(self, detail: Detail) -> None:
        super().__init__()
        self.detail = detail


def entry_text(entry: Entry, styles: dict[str, str]) -> Text:
    """Two or more lines: where (file:line, note), then the sentence with the fact highlighted."""
    t = Text()
    where = f"{short_path(entry.document)}:{entry.line}" if entry.line else short_path(entry.document)
    t.append_text(literal(where, "bold"))
    if entry.note:
        t.append("  ")
        t.append_text(literal(entry.note, "dim"))
    t.append("\n  ")
    t.append_text(literal(entry.before.lstrip()))
    t.append_text(literal(entry.match, styles["match"]))
    t.append_text(literal(entry.after))
    return t


class DetailScreen(Screen):
    """Esc goes back; Enter drills into a related fact; o opens the file at the line; c/y copy."""

    BINDINGS = [
        Binding("escape", "back", "Back"),
        Binding("o", "open_editor", "Open in $EDITOR"),
        Binding("c", "copy_quote", "Copy quote"),
        Binding("y", "copy_figure", "Copy figure"),
    ]

    def __init__(self, record: Record, story: Story, facts: Mapping[str, DocFacts], root: str, styles: dict[str, str]):
        super().__init__()
        self.record = record
        self.story = story
        self.facts = facts
        self.root = root
        self.fact_styles = styles
        self.entries: dict[str, Entry] = {}
        self.detail: Detail | None = None
        self.gone_from: str | None = None
        """The file the record was in, once a save of it no longer holds the record (see follow)."""

    def compose(self) -> ComposeResult:
        with Vertical(id="detail-top"):
            yield Static(id="detail-title")
            yield Static(id="detail-facts")
        yield OptionList(id="detail-list")
        yield Footer()

    def on_mount(self) -> None:
        kind = {Actor: "Actor", Figure: "Figure"}.get(type(self.record), "Claim")
        self.query_one("#detail-title", Static).update(Text(f" {kind} \u2026 reading files", style="bold"))
        self.query_one(OptionList).focus()
        self.load()

    @work(thread=True, exclusive=True, group="detail", exit_on_error=False)
    def load(self) -> None:
        """Read the files and build the view off the UI thread."""
        root = self.root

        def read(document: str) -> str:
            return load(f"{root}/{document}").text

        self.post_message(DetailReady(build_detail(self.record, self.story, self.facts, read)))

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        event.stop()
        if event.state == WorkerState.ERROR:
            error = event.worker.error
            self.notify(f"detail failed: {type(error).__name__}: {error}", severity="error", markup=False)

    def on_detail_ready(self, message: DetailReady) -> None:
        detail = message.detail
        self.detail = detail
        kind = {Actor: "Actor", Figure: "Figure"}.get(type(self.record), "Claim")
        title = Text(f" {kind} ", style="bold reverse")
        title.append(" ")
        title.append_text(literal(detail.title, "bold"))
        self.query_one("#detail-title", Static).update(title)
        facts = Text()
        for label, value in detail.facts:
            facts.append(f"{label:>10}  ", style="dim")
            facts.append_text(literal(value))
            facts.append("\n")
        for w in detail.warnings:
            facts.append_text(literal(f"\u26a0 {w}", self.fact_styles["error"]))
            facts.append("\n")
        facts.rstrip()
        self.query_one("#detail-facts", Static).update(facts)
        options: list[Option | None] = []
        section = None
        for i, e in enumerate(detail.entries):
            if e.section != section:
                section = e.section
                count = sum(1 for x in detail.entries if x.section == section)
                options.append(Option(literal(f"{section} ({count})", "bold underline"), disabled=True))
            self.entries[str(i)] = e
            options.append(Option(entry_text(e, self.fact_styles), id=str(i)))
        listing = self.query_one(OptionList)
        listing.clear_options()
        listing.add_options(options)
        first = next((i for i, o in enumerate(options) if o is not None and not o.disabled), None)
        if first is not None:
            listing.highlighted = first

    def current(self) -> Entry | None:
        listing = self.query_one(OptionList)
        if listing.highlighted is None:
            return None
        option = listing.get_option_at_index(listing.highlighted)
        return self.entries.get(option.id or "")

    def follow(self, story: Story, facts: Mapping[str, DocFacts], changed: tuple[str, ...]) -> None:
        """A save of a file this view shows: the view is built again from the new story, on the record as it now
        reads; a record the file no longer holds (reworded, removed) is said to be gone, and c/y copy nothing of it,
        until a later save holds it again (an edit undone). The view stayed as it was opened and c copied words the
        file no longer held (probe s30 U19)."""
        documents = _documents_of(self.record)
        if self.detail is not None:
            documents |= {e.document for e in self.detail.entries}
        if not documents.intersection(changed):
            return
        now = _same_record(self.record, story)
        self.story, self.facts = story, facts
        if now is None:
            if self.gone_from is not None:
                return
            self.gone_from = next(iter(_documents_of(self.record) & set(changed)), "its file")
            title = Text(" \u26a0 ", style=self.fact_styles["error"])
            title.append_text(
                literal(f"no longer in {short_path(self.gone_from)} (saved since): esc for the panels", "bold")
            )
            self.query_one("#detail-title", Static).update(title)
            return
        self.record, self.gone_from = now, None  # (a save undone: the words are back)
        self.load()

    # Actions ----------------------------------------------------------------------------------------
    def action_back(self) -> None:
        self.dismiss()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        entry = self.entries.get(event.option.id or "")
        if entry is None or entry.record is None or entry.record is self.record:
            return
        if isinstance(entry.record, Figure) or hasattr(entry.record, "cue"):
            self.app.push_screen(DetailScreen(entry.record, self.story, self.facts, self.root, self.fact_styles))

    def _location(self) -> tuple[str, int] | None:
        entry = self.current()
        if entry is not None:
            return entry.document, entry.line
        rec = self.record
        if isinstance(rec, Actor):
            return (rec.documents[0], 1) if rec.documents else None
        return rec.document, rec.line

    def action_open_editor(self) -> None:
        where = self._location()
        if where is None:
            self.notify("nothing to open", severity="warning")
            return
        self.app.open_in_editor(where[0], where[1])

    def _record_for_copy(self) -> object:
        entry = self.current()
        return entry.record if entry is not None and entry.record is not None else self.record

    def _copyable(self) -> bool:
        if self.gone_from is None:
            return True
        self.notify(f"not copied: {short_path(self.gone_from)} no longer holds it", severity="warning", timeout=4)
        return False

    def action_copy_quote(self) -> None:
        if self._copyable():
            self.app.copy_record(self._record_for_copy(), want="claim")

    def action_copy_figure(self) -> None:
        if self._copyable():
            self.app.copy_record(self._record_for_copy(), want="figure")


def _documents_of(record: Record) -> set[str]:
    return set(record.documents) if isinstance(record, Actor) else {record.document}


def _same_record(record: Record, story: Story) -> Record | None:
    """``record`` as it is in ``story``: the same actor, the figure that counts the same thing nearest where it was
    (its value may have changed), the quote or claim with the same words; None when there is none."""
    if isinstance(record, Actor):
        key = actor_key(record)
        return next((a for a in story.actors if actor_key(a) == key), None)
    if isinstance(record, Figure):
        key = cached_figure_key(record)
        same = [f for f in story.figures if f.document == record.document and cached_figure_key(f) == key]
        return min(same, key=lambda f: abs(f.start - record.start), default=None)
    if isinstance(record, Quote):
        key = cached_quote_key(record)
        return next((q for q in story.quotes if q.document == record.document and cached_quote_key(q) == key), None)
    if isinstance(record, Claim):
        key = cached_claim_key(record)
        return next((c for c in story.claims if c.document == record.document and cached_claim_key(c) == key), None)
    return None
