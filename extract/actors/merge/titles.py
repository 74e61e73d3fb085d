"""Titles, honorifics and offices: the title a name starts with ("Vice President Biden", "Sen. Paul"), the office a
role names ("former Vice President"), whether a title fits a full name's mentions, and the sex a courtesy title
says ("Mr. Clinton", "Mrs. Clinton")."""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from typing import TYPE_CHECKING

from extract.actors.merge.royals import _MONARCH_TITLES
from extract.actors.names import (
    HONORIFICS,
    TITLE_WORDS,
    _key,
    _tokens,
)
from extract.records import Mention

if TYPE_CHECKING:
    from extract.actors.merge.tally import _Tally


def _strip_titles(tokens: tuple[str, ...]) -> tuple[str, ...]:
    """Name words without leading titles: ("professor", "eastman") -> ("eastman",)."""
    k = 0
    while k < len(tokens) - 1 and (tokens[k] in HONORIFICS or tokens[k] in TITLE_WORDS):
        k += 1
    return tokens[k:]


def _office_of(ms: Sequence[Mention], idx: Sequence[int]) -> str:
    """The office all of a lone name's mentions take as their role, when it is a title ("attorney general" of
    "Attorney General Barr", whose name is "Barr"), or ""."""
    offices = {_role_title(r) if (r := ms[n].role) else "" for n in idx}
    office = offices.pop() if len(offices) == 1 else ""
    return office if office.split(" ", 1)[0] in TITLE_WORDS else ""


def _title_fits(title: str, ms: Sequence[Mention], idx: Sequence[int]) -> bool:
    """Whether a title before a surname fits a full name's mentions: they give no title, or one with that word; a
    prince's or a princess's title fits a monarch's, whom they became ("As Prince Charles, he ..." beside "King Charles
    III", review s19 r2 MED-23)."""
    roles = [ms[n].role.lower().replace("-", " ").split() for n in idx if ms[n].role]
    if title in ("prince", "princess") and any(w in _MONARCH_TITLES for r in roles for w in r):
        return True
    return not roles or any(title in r for r in roles)


def _title_held(phrase: str, ms: Sequence[Mention], idx: Sequence[int]) -> bool:
    """Whether a full name's mentions give it a role that is this title (see _role_title)."""
    return bool(phrase) and any(_role_title(ms[n].role) == phrase for n in idx if ms[n].role)


# Abbreviated titles as AP style writes them before a name ("Sen. Paul"), and as name keys write them (no dot).
_TITLE_ABBREVIATIONS = {
    "sen": "senator", "gov": "governor", "rep": "representative", "gen": "general", "lt": "lieutenant",
    "col": "colonel", "capt": "captain", "sgt": "sergeant", "prof": "professor", "pres": "president",
    "atty": "attorney", "supt": "superintendent", "cmdr": "commander", "adm": "admiral", "maj": "major",
}  # fmt: skip

_ROLE_LINKS = frozenset({"of", "for", "at", "to", "in", "with", "on", "from", "and", ","})

# Words before a title that leave the office the same ("former Vice President", "the acting director").
_ROLE_MODIFIERS = frozenset(
    {"former", "then", "acting", "interim", "outgoing", "incoming", "late", "current", "the", "a", "an"}
)


# Words before a title that make it another office, capitalised or not ("Press Secretary", "Assistant Attorney
# General", "Senior Vice President", "Surgeon General", "Managing Director"): not a place or a body to strip.
_OFFICE_MODIFIERS = frozenset(
    {"press", "assistant", "associate", "senior", "junior", "managing", "surgeon", "principal", "under", "lieutenant"}
)


def _title_word(word: str) -> str:
    w = word.lower().rstrip(".")
    return _TITLE_ABBREVIATIONS.get(w, w)


def _name_title(key: str) -> str:
    """The title a name key starts with, as one phrase ("vice president" of "vice president biden", "senator" of
    "sen paul"; "" for "mr trump" or "biden")."""
    toks = _tokens(key)
    return " ".join(_title_word(w) for w in toks[: len(toks) - len(_strip_titles(toks))] if w not in HONORIFICS)


@lru_cache(maxsize=4096)
def _role_title(role: str) -> str:
    """The office a role names, as one phrase: its words before "of", "for" or a comma, without a leading "former" or
    "the" and the names of places and bodies before the title ("vice president" of "former Vice President", "president"
    of "Ukrainian President", "attorney" of "U.S. Attorney for the Western District"). Words that make it another office
    stay: "executive vice president", "press secretary", "deputy director" are not "president", "secretary",
    "director"."""
    head: list[str] = []
    for w in role.replace("-", " ").replace(",", " , ").split():
        if w.lower() in _ROLE_LINKS:
            break
        if w.endswith(("'s", "\u2019s")):
            # "Vindman's superior": the owner is no part of the office.
            head = []
            continue
        head.append(w)
    while head and (
        head[0].lower() in _ROLE_MODIFIERS
        or (
            head[0][:1].isupper()
            and _title_word(head[0]) not in TITLE_WORDS
            and head[0].lower() not in _OFFICE_MODIFIERS
        )
    ):
        head.pop(0)
    return " ".join(_title_word(w) for w in head)


_MEN = frozenset({"mr", "mr.", "sir", "messrs"})

_WOMEN = frozenset({"mrs", "mrs.", "ms", "ms.", "miss", "madam", "dame"})


def _courtesy_sex(key: str) -> str | None:
    """ "m" or "f" when a name starts with a courtesy title that says so ("mrs. clinton"), else None."""
    first = key.split(" ", 1)[0]
    return "m" if first in _MEN else "f" if first in _WOMEN else None


def _title_words(t: _Tally, roles: bool) -> frozenset[str]:
    """The titles of a cluster's forms (see _name_title), and with ``roles`` the offices of its roles."""
    out: set[str] = set()
    for name, _, _, role, _ in t:
        if phrase := _name_title(_key(name)):
            out.add(phrase)
        if roles and role and (office := _role_title(role)):
            out.add(office)
    return frozenset(out)
