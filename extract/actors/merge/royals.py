"""Royal names: a monarch's title before a given name and a given name with a regnal number ("Queen Elizabeth",
"Elizabeth II"), and rulers who bear no number ("Sheikh Mohammed" is not "Mohammed VI")."""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Mapping

# Titles that go before a given name, not a surname (a closed list).
_ROYAL_TITLES = frozenset({"prince", "princess", "king", "queen", "pope", "emperor", "sheikh", "emir", "sultan"})


_REGNAL = re.compile(r"x{0,3}(?:ix|iv|v?i{0,3})")

# The titles a monarch numbered by reign bears ("Queen Elizabeth", "King Charles", "Pope Benedict"); not a prince's, a
# princess's, a sheikh's or an emir's, who bear no number and share given names with kings ("Sheikh Mohammed" of Dubai
# is not Morocco's "Mohammed VI", "Prince Edward" not "Edward VIII").
_MONARCH_TITLES = frozenset({"king", "queen", "emperor", "pope"})


def _royal_given(fam: str, key: str) -> tuple[str, bool] | None:
    """The given name of a monarch's two-word name and whether it carries a regnal number: "queen elizabeth" ->
    ("elizabeth", False), "elizabeth ii" -> ("elizabeth", True); None for other names ("elizabeth warren", "prince
    edward", and "jet li" or "charles i", whose one letter is no sure numeral)."""
    if fam != "person" or key.count(" ") != 1:
        return None
    first, second = key.split(" ")
    if first in _MONARCH_TITLES:
        return (second, False) if second.isalpha() else None
    if len(second) > 1 and _REGNAL.fullmatch(second) and first.isalpha() and first not in _ROYAL_TITLES:
        return first, True
    return None


# Gulf rulers' titles, which no regnal number follows ("Sheikh Mohammed" of Dubai, "Emir Tamim" of Qatar); a prince
# is often the king he became ("Prince Charles", "Charles III"), so his title is not here.
_UNNUMBERED_TITLES = frozenset({"sheikh", "emir", "amir"})


def _unnumbered_ruler(short: str, full: tuple[str, ...]) -> bool:
    """A sheikh's or an emir's name and a monarch's given name with a regnal number: two people ("Sheikh Mohammed" and
    "Mohammed VI" of Morocco), for such rulers bear no number (review s19 r2 MED-18)."""
    last = full[-1] if full else ""
    return (
        short.split(" ", 1)[0] in _UNNUMBERED_TITLES
        and " " in short
        and len(full) == 2
        and len(last) > 1
        and _REGNAL.fullmatch(last) is not None
    )


def _royal_pairs(
    titled: Mapping[str, Collection[str]],
    numbered: Mapping[str, Collection[str]],
    crowned: Callable[[str], bool],
) -> list[tuple[str, str]]:
    """Monarchs named by a title before one given name joined to the one name of the story with that given name and a
    regnal number that the story gives a monarch's title too ("queen elizabeth" -> "elizabeth ii" of "Queen Elizabeth
    II's third child"; "king charles" stays apart beside "charles ii" and "charles iii", and beside a "charles ii" who
    licensed a theatre in 1663: a predecessor cited for history bears no title). ``titled`` and ``numbered`` hold the
    two kinds of names by their given names (see _royal_given); ``crowned`` tells of a numbered name whether it bears
    a monarch's title. Only given names of both kinds are looked at."""
    out = []
    for given in titled.keys() & numbered.keys():
        full = [key for key in numbered[given] if crowned(key)]
        if len(full) == 1:
            out.extend((short, full[0]) for short in titled[given])
    return out
