"""Acronyms and initials: one name with a word spelled out ("US Navy", "United States Navy"), and when an acronym
of another document meets a long name by its initials ("EU", "European Union")."""

from __future__ import annotations

from collections.abc import Collection
from typing import TYPE_CHECKING

from extract.actors.merge.lone_names import _one_story

if TYPE_CHECKING:
    from extract.actors.merge.cluster_info import _Info
    from extract.actors.merge.lone_names import _Context


def _acronym_variant(short: tuple[str, ...], long: tuple[str, ...]) -> bool:
    """The same name with one word spelled out: one token of ``short`` is the initials of a run in ``long``."""
    if len(short) < 2 or len(long) <= len(short):
        return False
    extra = len(long) - len(short)
    for p, tok in enumerate(short):
        span = long[p : p + extra + 1]
        if (
            short[:p] == long[:p]
            and short[p + 1 :] == long[p + extra + 1 :]
            and len(tok) == len(span)
            and tok == "".join(w[0] for w in span)
        ):
            return True
    return False


def _initials_index(i: _Info) -> tuple[str, ...]:
    """The initials a long name is found by across documents (a person's two initials never: "GB" is gigabytes)."""
    return tuple(x for x in i.initials if len(x) > SHORT_ACRONYM or i.fam != "person")


def _short_acronym_meets(
    letters: str, sure: bool, kind: str, mine: Collection[str], where: Collection[str], context: _Context
) -> bool:
    """Whether an acronym in documents ``mine`` meets a long name (of ``kind``) of ``where`` with its initials: three
    letters or more do; two only a country or a state, a name some document restates them beside (``sure``), or an
    organisation of one story (see _one_story: "EU" of a story naming the "European Union" elsewhere; not "AI" of a
    tech article and the "Amnesty International" of a report on protests, nor a dateline's "CA" and a street)."""
    return len(letters) > SHORT_ACRONYM or sure or (kind == "organization" and _one_story(mine, where, context))


def _restated_index(i: _Info) -> tuple[str, ...]:
    return tuple(x for x in i.restated if len(x) <= SHORT_ACRONYM)


SHORT_ACRONYM = 2
"""An acronym of this many letters or fewer stands for too many names ("CA", "GE", "TD", "GB", "AI") to meet another
document's long name by its initials alone: only a country or a state ("UK", "NJ"), a name some document restates
it beside ("European Union (EU)"), or a name of the same story (see _short_acronym_meets)."""
