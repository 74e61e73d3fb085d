"""The facts storywatch extracts, as frozen records of plain strings and numbers.

Every ``start``/``end`` indexes the text of the file as it is on disk (after decoding), so
``original[start:end] == record.text`` for every record that carries a ``text``.
"""

from __future__ import annotations

from dataclasses import dataclass, field

ACTOR_KINDS = ("person", "organization", "place", "group")
FIGURE_KINDS = ("count", "money", "percent", "quantity", "duration", "date", "number")
QUALIFIERS = ("approximately", "more than", "at least", "less than", "at most", "up to")
CLAIM_KINDS = ("direct", "indirect", "according_to")


@dataclass(frozen=True, slots=True)
class DocumentInfo:
    """One input file and how reading it went."""

    path: str
    """Path as given by the user (relative to the story folder in the app)."""
    title: str
    """First non-empty line of the file, trimmed."""
    words: int
    """Whitespace-separated word count."""
    sha256: str
    """Hex digest of the raw bytes on disk."""
    modified: float
    """Modification time (seconds since the epoch)."""
    error: str | None = None
    """Why the file could not be read or extracted; None when it was."""


@dataclass(frozen=True, slots=True)
class Mention:
    """One mention of a named actor in one document."""

    text: str
    """The mention exactly as it is in the file."""
    name: str
    """Display form after repair (glue split, casing fixed, "the" and "'s" dropped)."""
    kind: str
    """person, organization, place or group."""
    start: int
    """Start offset in the file text."""
    end: int
    """End offset in the file text."""
    document: str
    """Path of the document."""
    role: str | None = None
    """Title or role stated next to this mention ("US Secretary of Defense")."""
    label: str = ""
    """The spaCy entity label the mention came from (for votes and debugging)."""
    same_as: str | None = None
    """Name of the mention beside this one that names the same actor ("UAAR" in "... Agnostics (UAAR)")."""


@dataclass(frozen=True, slots=True)
class Actor:
    """One real-world actor of the story, all its mentions merged."""

    name: str
    """Fullest display name."""
    kind: str
    """person, organization, place or group."""
    aliases: tuple[str, ...] = ()
    """Other forms the story uses for this actor."""
    roles: tuple[str, ...] = ()
    """Titles and roles the story gives it, most frequent first."""
    mentions: int = 0
    """Number of mentions across the story."""
    documents: tuple[str, ...] = ()
    """Documents that mention it."""


@dataclass(frozen=True, slots=True)
class Figure:
    """A number in the story, normalised."""

    text: str
    """The figure exactly as in the file ("up 13,000", "50 billion dollars")."""
    value: float | None
    """Numeric value in base units (5e10 for "50 billion dollars"); None when not numeric."""
    kind: str
    """count, money, percent, quantity, duration, date or number."""
    unit: str | None
    """ISO 4217 code for money, "%" for percent, unit name for quantities, "year"... for durations; for a count,
    the singular of the noun it counts ("13,000 North Korean soldiers": "soldier", "people" stays "people"; what is
    counted in full is ``about``) or a rate ("time per week" for "four times per week"); None for a count of
    occurrences ("three times"), a multiplier ("10 times as many cases", a number) or a count of nothing named."""
    qualifier: str | None
    """approximately, more than, at least, less than, at most, up to; or None."""
    direction: str | None
    """"up" or "down" for changes ("rose by"), else None."""
    about: str | None
    """What the number counts or measures ("North Korean soldiers")."""
    sentence: str
    """The sentence the figure is in, as in the file."""
    document: str
    """Path of the document."""
    start: int
    """Start offset in the file text."""
    end: int
    """End offset in the file text."""
    display: str = ""
    """Normalised human form ("13,000", "USD 50 bn", "10 %", "2022-02")."""
    date: str | None = None
    """ISO date (or year-month / year) for date figures."""
    line: int = 0
    """1-based line number of ``start`` in the file (0 when unknown)."""
    vague: bool = False
    """A vague plural ("thousands of", "dozens"): its value is only a floor, so it contradicts no other value."""
    per: str | None = None
    """For a money rate, what one unit is priced for: "share" in "$1.40 a share" (unit "USD"), "GBP" in an exchange
    rate "The pound fell to $1.21 against the dollar"; None otherwise (a quantity or count rate keeps it in ``unit``:
    "barrel per day")."""
    holder: str | None = None
    """Who or what gives or holds the figure when 'about' names only what is measured: the subject of the verb the
    figure hangs on, as written ("The earbuds give 5 hours of battery life": "earbuds"; "Amazon holds a 10% stake in
    Rivian": "Amazon"); None when the clause names no one (a pronoun, a bare line)."""


@dataclass(frozen=True, slots=True)
class Quote:
    """A direct quotation between quote marks."""

    text: str
    """The quoted words exactly as in the file, without the marks."""
    speaker: str | None
    """Canonical actor name of who said it, or None when unattributed."""
    speaker_text: str | None
    """What the text calls the speaker ("he", "the minister", "Zelensky")."""
    cue: str | None
    """The speech verb or phrase ("said", "according to")."""
    document: str
    """Path of the document."""
    start: int
    """Start offset of the quoted words in the file text."""
    end: int
    """End offset of the quoted words in the file text."""
    speakers: tuple[str, ...] = ()
    """Every speaker of a joint statement (the first one is ``speaker``)."""
    line: int = 0
    """1-based line number of ``start`` in the file (0 when unknown)."""
    stands_for: str | None = None
    """What an unresolved pronoun speaker stands for, as an earlier sentence calls it ('They say' after 'Analysts
    expect': "Analysts"); ``speaker_text`` stays as written. Inside the engine only: no export shows it."""


@dataclass(frozen=True, slots=True)
class Claim:
    """Reported speech or an attributed assertion."""

    text: str
    """The claim's content exactly as in the file."""
    source: str | None
    """Canonical actor name of the source."""
    source_text: str | None
    """What the text calls the source."""
    cue: str | None
    """The reporting verb or phrase."""
    kind: str
    """direct, indirect or according_to."""
    document: str
    """Path of the document."""
    start: int
    """Start offset in the file text."""
    end: int
    """End offset in the file text."""
    first_seen: str | None = None
    """ISO timestamp of when storywatch first saw this claim (set by the store)."""
    sources: tuple[str, ...] = ()
    """Every source of a joint claim (the first one is ``source``)."""
    line: int = 0
    """1-based line number of ``start`` in the file (0 when unknown)."""
    stands_for: str | None = None
    """What an unresolved pronoun source stands for, as an earlier sentence calls it ('They say' after 'Analysts
    expect': "Analysts"); ``source_text`` stays as written. Inside the engine only: no export shows it."""


@dataclass(frozen=True, slots=True)
class FigureValue:
    """One side of a conflict."""

    value: float
    """The value."""
    display: str
    """Its normalised human form."""
    document: str
    """Where it is stated."""
    start: int
    """Offset in that document."""


@dataclass(frozen=True, slots=True)
class Conflict:
    """Sources disagree on a number about the same thing."""

    about: str
    """What is counted."""
    kind: str
    """Figure kind."""
    unit: str | None
    """Shared unit."""
    values: tuple[FigureValue, ...]
    """The differing values with where each is stated."""


@dataclass(frozen=True, slots=True)
class DocFacts:
    """Everything extracted from one document."""

    document: DocumentInfo
    """The document."""
    mentions: tuple[Mention, ...] = ()
    """Actor mentions in text order."""
    figures: tuple[Figure, ...] = ()
    """Figures in text order."""
    quotes: tuple[Quote, ...] = ()
    """Direct quotes in text order."""
    claims: tuple[Claim, ...] = ()
    """Claims in text order."""
    warnings: tuple[str, ...] = ()
    """Non-fatal problems (unpaired quote marks, truncated input)."""


@dataclass(frozen=True, slots=True)
class Story:
    """The whole story: every document's facts, aggregated."""

    documents: tuple[DocumentInfo, ...] = ()
    """All documents, errors included."""
    actors: tuple[Actor, ...] = ()
    """Actors, most mentioned first."""
    figures: tuple[Figure, ...] = ()
    """Figures grouped by what they count."""
    quotes: tuple[Quote, ...] = ()
    """Quotes with canonical speakers."""
    claims: tuple[Claim, ...] = ()
    """Claims with canonical sources, newest first."""
    conflicts: tuple[Conflict, ...] = ()
    """Figures where sources disagree."""
    warnings: tuple[str, ...] = ()
    """Story-wide warnings, prefixed with the document path."""
    extra: dict[str, object] = field(default_factory=dict, compare=False, hash=False)
    """Free-form metadata (model name, timings)."""
