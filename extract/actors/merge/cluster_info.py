"""What cross-document merging needs to know about one document's cluster (_Info)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from extract.actors.merge.actor_kinds import _story_kind, _vote_kind
from extract.actors.merge.naming import _build_name
from extract.actors.merge.part_names import _abbreviated_form, _company_short_form
from extract.actors.merge.tally import _cluster_forms
from extract.actors.merge.titles import _strip_titles, _title_words
from extract.actors.names import (
    _initials,
    _is_acronym,
    _key,
    _tokens,
    country_code,
    is_region,
    legal_forms,
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
    bare: str = ""
    """An organisation's key without its legal form, when the cluster writes it so too ("ceres robotics" of "Ceres
    Robotics Inc. ... Ceres Robotics will"), or its short name the cluster writes ("big machine" of "Big Machine Label
    Group ... Big Machine"; see ``part_names._company_short_form``), else ""."""


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
    elif kind == "organization":
        # "Toyota Motor Corporation" in one article and "Toyota Motor Corp" in another are one company.
        k = _abbreviated_form(k)
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
    bare = ""
    if kind == "organization":
        forms = _cluster_forms(t)
        # The name as written: a form spelled out is no legal form of _legal_tails ("Sierra Nevada Corporation ...
        # Sierra Nevada" of one article is not the mountains' "Sierra Nevada" of another).
        written = _key(name)
        short = _without_legal_form(written)
        if short is not None and short in forms:
            bare = short
        else:
            # "Big Machine" of "Big Machine Label Group ... Big Machine said": the company's short name, written in
            # the cluster too, is the short name another article writes alone.
            words = _tokens(written)
            bare = min((f for f in forms if _company_short_form(words, _tokens(f))), key=len, default="")
    return _Info(k, kind, fam, country, acronym, words, initials, thing, titles, restated, known, bare)


@lru_cache(maxsize=1)
def _legal_tails() -> frozenset[str]:
    """The legal forms (``names.legal_forms``) and cleanco's other short ones, abbreviations that no everyday name ends
    on ("corp", which English writes often enough to be left out of ``legal_forms``)."""
    from cleanco.clean import prepare_default_terms

    return legal_forms() | frozenset(t for n, (t, *_) in prepare_default_terms() if n == 1 and len(t) <= 4)


def _without_legal_form(key: str) -> str | None:
    """An organisation's key without the legal form that closes it ("ceres robotics inc" -> "ceres robotics"), or
    None."""
    words = key.split()
    return " ".join(words[:-1]) if len(words) > 1 and words[-1] in _legal_tails() else None
