"""An actor's kind: its mentions' tags and what the text says of them vote ("energy company Burisma" tagged
PERSON), the gazetteer's places, and a one-word "person" used as a thing or written like a brand ("SpaceX")."""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from extract.actors.names import (
    COMPANY_USE,
    LABEL_KINDS,
    NAMED_COMPANY,
    THING_USE,
    place_rank,
)
from extract.repair import zipf

if TYPE_CHECKING:
    from extract.actors.merge.tally import _Tally


_SAID_LABELS = (NAMED_COMPANY, COMPANY_USE)


def _vote_kind(t: _Tally) -> str:
    votes: Counter[str] = Counter()
    surnames = {name.rsplit(" ", 1)[1] for name, _, kind, _, _ in t if kind == "person" and " " in name}
    for (name, _, tagged, role, label), n in t.items():
        # A full name's surname alone is that person, whatever the tagger said ("DuVernay" tagged ORG).
        kind = "person" if name in surnames else tagged
        # What the text says overrides a tag, and outweighs one ("energy company Burisma" tagged PERSON); a place tag
        # the text re-typed by a company use ("Bloomberg reported") counts once: towns report and announce too.
        # A place tag an organisation noun re-typed ("news site Politico") is what the text says, and counts twice, and
        # so does a company's use ("Amazon founder Jeff Bezos").
        said = (tagged != LABEL_KINDS.get(label, tagged) and label not in ("GPE", "LOC")) or label in _SAID_LABELS
        votes[kind] += (2 if (kind == "person" and " " in name) or said else 1) * n
        if role:
            # Titles and roles belong to people ("Jeff Sanborn, president of ..." tagged ORG).
            votes["person"] += 2 * n
    kind = max(votes, key=lambda k: (votes[k], k == "person"))
    if (
        kind == "place"
        and votes["organization"] >= votes["place"]
        and all(" " not in name and not place_rank(name) for name, *_ in t)
    ):
        # "from YouTube. Though YouTube is": a one-word name split between place and organisation that the
        # gazetteer does not know is a brand ("Central Avenue" or "Forest Hill" keep their place).
        kind = "organization"
    multi_person = any(tagged == "person" and len(name.split()) > 1 for name, _, tagged, _, _ in t)
    if (
        kind == "person"
        and multi_person
        and all(place_rank(name) >= 2 for name, _, tagged, _, _ in t if tagged == "person")
    ):
        # "Sioux Falls" tagged PERSON: a city's name of several words is no person's.
        return "place"
    if kind != "place" and not multi_person:
        rank = max(place_rank(name) for name, *_ in t)
        labels = {label for *_, label in t}
        # A capital tagged PERSON or a country tagged ORG is a place; an organisation named like a town
        # needs a surer entry ("Herat", not "Metro").
        everyday = all(zipf(name.lower()) >= 3.95 for name, *_ in t if " " not in name)
        if rank >= 3 or (
            rank >= 2 and (labels & {"PERSON", THING_USE, "PRODUCT", "WORK_OF_ART", "EVENT"} or not everyday)
        ):
            return "place"
    return kind


def _story_kind(t: _Tally) -> str:
    """The voted kind; a one-word "person" the story never names in full nor gives a role, and mostly uses as a
    thing ("Twitter users", "on Twitter"), is an organisation. Only the whole story's actor is so re-typed: a
    document's vote decides which actors its mentions join."""
    kind = _vote_kind(t)
    if kind != "person" or any(" " in name or role for name, _, _, role, _ in t):
        return kind
    if all(_brand_cased(name) for name, *_ in t):
        return "organization"
    things = sum(n for (*_, label), n in t.items() if label == THING_USE)
    if things and things == sum(t.values()) and all(_plural_name(name) for name, *_ in t):
        # "as the Bruins beat the Devils": a plural name used only as a thing is a team even when named once.
        return "organization"
    return "organization" if things >= 2 and 2 * things > sum(t.values()) else kind


def _plural_name(name: str) -> bool:
    """A one-word name shaped like a plural ("Bruins"), not like a surname in -ss, -us or -is ("Ross", "Davis")."""
    return name.isalpha() and name.endswith("s") and not name.endswith(("ss", "us", "is"))


# Surname prefixes written with a capital inside the name ("MacArthur", "FitzGerald", "VanDyke").
_CAPITAL_PREFIXES = ("mac", "fitz", "van", "von", "del", "des", "das", "dos", "ter", "ten", "ver")


def _brand_cased(name: str) -> bool:
    """A capital after two lowercase letters or more inside one word ("SpaceX", "YouTube", "WikiLeaks"): how brands
    are written, not people, whose inner capitals follow a short prefix ("McCain", "LeBron", "DeSantis")."""
    k = next((i for i in range(3, len(name)) if name[i].isupper()), 0)
    return (
        k > 0
        and name[0].isupper()
        and name[1:k].isalpha()
        and name[1:k].islower()
        and not name.lower().startswith(_CAPITAL_PREFIXES)
    )
