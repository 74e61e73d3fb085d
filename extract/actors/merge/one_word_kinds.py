"""A one-word "person" that the story's other documents give as an organisation mentioned more often is that
organisation ("Instagram")."""

from __future__ import annotations

from operator import attrgetter

from extract.actors.merge.build import _fold
from extract.records import Actor


def _one_word_kinds(actors: list[Actor], index: dict[str, str]) -> tuple[list[Actor], dict[str, str]]:
    """A one-word "person" with no role whose name the story's other documents give an organisation mentioned more
    often is that organisation ("Instagram" tagged PERSON in two articles, ORG in three; one "Chase" each way may
    be a person and a bank). Documents merge their own mentions first, so such a name has no fuller personal name
    in its documents."""
    orgs: dict[str, int] = {}
    for n, a in enumerate(actors):
        # The most mentioned of several: a "person" the story re-typed as a team or a brand ("the Sabres") is a
        # second organisation of that name, which joins it.
        if (
            a.kind == "organization"
            and " " not in a.name
            and (a.name not in orgs or actors[orgs[a.name]].mentions < a.mentions)
        ):
            orgs[a.name] = n
    if not orgs:
        return actors, index
    joins = {
        n: orgs[a.name]
        for n, a in enumerate(actors)
        if a.name in orgs
        and orgs[a.name] != n
        and " " not in a.name
        and (
            (a.kind == "person" and not a.roles and actors[orgs[a.name]].mentions > a.mentions)
            or a.kind == "organization"
        )
    }
    if not joins:
        return actors, index
    out = list(actors)
    for n, t in joins.items():
        b, base = actors[n], out[t]
        known = {base.name.lower(), *(x.lower() for x in base.aliases)}
        out[t] = _fold(base, b, tuple(x for x in b.aliases if x.lower() not in known))
    result = [a for n, a in enumerate(out) if n not in joins]
    result.sort(key=attrgetter("mentions"), reverse=True)
    # Both actors bore the one name, so the index's values need no renaming.
    return result, index
