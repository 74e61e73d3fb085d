"""A shorter organisation or place name inside a longer one: where it stands, the longer name's head word, and
which last words leave a name the same actor ("Labour Party", "Volvo AB", "Washington D.C."; not "Washington
Post")."""

from __future__ import annotations

from extract.actors.names import (
    DESIGNATORS,
    NAME_LINKS,
    legal_forms,
)


def _contains(long: tuple[str, ...], short: tuple[str, ...]) -> int:
    """Position of ``short`` as a contiguous run inside ``long``, or -1."""
    n = len(short)
    for p in range(len(long) - n + 1):
        if long[p : p + n] == short:
            return p
    return -1


def _head(tokens: tuple[str, ...]) -> str:
    """Last word before the first linking word ("court" in "supreme court of cassation")."""
    for p, t in enumerate(tokens):
        if p and t in NAME_LINKS:
            return tokens[p - 1]
    return tokens[-1]


def _same_actor_tail(tail: str, kind: str) -> bool:
    """Whether a name plus this last word is still the same actor: a designator, a company's legal form ("Volvo AB",
    "SAP SE", cleanco's list), or a place's abbreviation ("Washington D.C.").

    "Volgograd Arena", "Europa Clipper" and "Washington Post" are other things named after the first, and so are an
    organisation's products and parts with a short tail ("Apple TV", "Group A").
    """
    return tail in DESIGNATORS or tail in legal_forms() or (kind == "place" and len(tail) <= 2 and tail.isalpha())
