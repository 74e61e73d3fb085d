"""What every part of the resolver reads: the document, its mentions and the attributions noted so far (``_Base``,
which each part's class extends and ``resolver._Resolver`` joins), and the nouns for a person."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from extract.actors.names import TITLE_WORDS
from extract.quotes.lexicon import _PEOPLE_NOUNS
from extract.records import Mention

if TYPE_CHECKING:
    from extract.quotes.docview import _Doc
    from extract.repair import Repaired

# Nouns for a person or people, by office or by kind ("an economist", "a lawmaker", "an official").
_PERSON_NOUNS = frozenset(TITLE_WORDS) | _PEOPLE_NOUNS


class _Base:
    """The state ``_Resolver.__init__`` sets up, which every part reads. Each part is a class of its own module
    (pronouns, genders, titles, ...); ``_Resolver`` joins them, so a part calls another's methods on ``self``."""

    d: _Doc
    rep: Repaired
    mentions: list[Mention]
    starts: list[int]
    inside: list[bool]
    bodies: set[str]
    body_at: list[tuple[int, str, str]]
    by_name: dict[str, Mention]
    person_names: set[str]
    recent: list[tuple[int, tuple[Mention, ...], str, str, int, bool]]
    _genders: dict[str, str] | None
    _name_word_set: set[str] | None
    _hazards: set[str] | None
    _title_seqs: dict[int, list[str]]
    _title_index: dict[str, list[int]] | None
    _holder_cache: dict[
        tuple[str, frozenset[str]], tuple[list[int], list[int], dict[str, int], list[tuple[int, str]], list[int]]
    ]
    _datelines: list[tuple[int, int]] | None
    _shared: set[str]
    _given: dict[str, str]
    _full: dict[str, str]

    if TYPE_CHECKING:
        # The methods of the other parts, which ``_Resolver`` joins (for the type checker only).
        def __getattr__(self, name: str) -> Any: ...
