"""What cross-document merging needs to know about one document's cluster (_Info)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from extract.actors.merge.actor_kinds import _story_kind, _vote_kind
from extract.actors.merge.naming import _build_name
from extract.actors.merge.titles import _strip_titles, _title_words
from extract.actors.names import (
    _initials,
    _is_acronym,
    _key,
    _tokens,
    country_code,
    is_region,
)
from extract.actors.places import _town_of_its_region

if TYPE_CHECKING:
    from extract.actors.merge.tally import _Tally


@dataclass(frozen=True, slots=True)
class _Info:
    """What cross-document merging needs to know about one per-document cluster."""

    key: str
    kind: str
    fam: str
    country: str | None
    acronym: bool
    words: tuple[str, ...]
    initials: tuple[str, ...]
    thing: bool = False
    """A one-word "person" the text uses mostly as a thing ("land humans on the Moon")."""
    titles: frozenset[str] = frozenset()
    """A person's titles before the name in the cluster's forms, and of a full name also the offices of its roles
    ("vice president" of "Vice President Biden"; of "Joe Biden" with the role "former Vice President")."""
    restated: tuple[str, ...] = ()
    """Letters of the acronyms the cluster has beside its long name ("eu" of "European Union ... EU")."""
    known_place: bool = False
    """A country or a top-level region of the gazetteer ("United Kingdom", "North Carolina"; not a city: "CT" of
    a tour's dates is Connecticut, not "Cape Town")."""


def _cluster_info(t: _Tally) -> _Info:
    name = _build_name(t)
    k = _key(name)
    kind = _vote_kind(t)
    if kind == "place" and ", " in k:
        # "Houston, Texas" in one article and "Houston" in another are one place when the region is the one a bare
        # "Houston" means (not "Portland, Maine" beside "Portland", nor "Cleveland, Tennessee" beside "Cleveland").
        town, region = k.split(", ", 1)
        if _town_of_its_region(town, region):
            k = town
    elif kind == "group" and " " not in k and k.endswith("s") and not k.endswith("ss") and len(k) > 4:
        # "Russians" in one article and "Russian" in another are one group, as they are in one article.
        k = k[:-1]
    fam = "person" if kind == "person" else "group" if kind == "group" else "thing"
    acronym = _is_acronym(name)
    initials = tuple(sorted(set(_initials(k)))) if not acronym and " " in k else ()
    words = _strip_titles(_tokens(k))
    thing = kind == "person" and len(words) == 1 and _story_kind(t) != "person"
    country = country_code(name) if kind != "person" else None
    titles = _title_words(t, len(words) > 1) if fam == "person" else frozenset()
    restated = (
        tuple(sorted({_key(n).replace(" ", "") for n, *_ in t if _is_acronym(n)} - {k.replace(" ", "")}))
        if initials
        else ()
    )
    known = bool(country or is_region(name)) if initials else False
    return _Info(k, kind, fam, country, acronym, words, initials, thing, titles, restated, known)
