"""A shorter organisation or place name inside a longer one: where it stands, the longer name's head word, and
which last words leave a name the same actor ("Labour Party", "Volvo AB", "Washington D.C."; not "Washington
Post")."""

from __future__ import annotations

from extract.actors.lexicon import _TRADE_HEADS
from extract.actors.names import (
    DESIGNATORS,
    NAME_LINKS,
    _words,
    legal_forms,
    place_rank,
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


# Words after a company's short name in its full name that say what trade or kind of body it is: the trade nouns of
# ``lexicon._TRADE_HEADS`` ("Robotics", "Electronics", "Holdings") and a few singular ones ("Toyota Motor", "Barclays
# Bank", "Alden Capital"); a closed list.
_COMPANY_TAILS = _TRADE_HEADS | _words("motor bank capital partners holding group")
# At most this many words other than a legal form stand between a company's short name and the legal form closing its
# full name ("Toyota Motor Corp", "Samsung Electronics Co.", "Acme Robotics Inc.").
_MAX_TRADE_WORDS = 2


def _company_short_form(long: tuple[str, ...], short: tuple[str, ...]) -> bool:
    """Whether ``short`` is the short name of the company whose full name ``long`` opens on it: the rest names its
    trade ("Rolls-Royce Holdings", "Barclays Bank"), or closes on a legal form after a word or two that name no place
    ("Toyota Motor Corp", "Samsung Electronics Co."). Not "Apple TV", "Washington Post", "Europa Clipper": the rest
    names another thing."""
    n = len(short)
    if len(long) <= n + 1 and not (len(long) == n + 1 and long[-1] in _COMPANY_TAILS):
        return False
    if long[:n] != short:
        return False
    rest = list(long[n:])
    forms = 0
    while rest and (rest[-1] in legal_forms() or rest[-1] in DESIGNATORS):
        rest.pop()
        forms += 1
    if not rest:
        # One legal form alone ("Volvo AB") is _same_actor_tail's; two are one company's too ("Samsung Electronics Co
        # Ltd" and "Samsung Electronics": probe s28 A11).
        return forms >= 2
    if forms:
        # "Nissan North America Inc." is a regional arm, another company than "Nissan".
        return (
            len(rest) <= _MAX_TRADE_WORDS and not any(w in NAME_LINKS for w in rest) and not place_rank(" ".join(rest))
        )
    return len(rest) == 1 and rest[0] in _COMPANY_TAILS


# A legal form written out, and its abbreviation: "Toyota Motor Corporation" is "Toyota Motor Corp", "Acme Company" is
# "Acme Co." (a closed list; another form is another company: "Nissan Motor Co." is no "Nissan Motor Corp").
_SPELLED_FORMS = {"corporation": "corp", "company": "co", "incorporated": "inc", "limited": "ltd"}


def _abbreviated_form(key: str) -> str:
    """An organisation's key with the legal form that closes it abbreviated ("toyota motor corporation" -> "toyota
    motor corp"); the key itself if it closes on none, or is the form alone."""
    head, _, last = key.rpartition(" ")
    return f"{head} {_SPELLED_FORMS[last]}" if head and last in _SPELLED_FORMS else key
