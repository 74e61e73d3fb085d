"""Named actors: mentions from spaCy entities, merged into one actor per real-world actor."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence
from typing import TYPE_CHECKING

from extract.records import Actor, Mention

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from extract.repair import Repaired

LABEL_KINDS = {
    "PERSON": "person",
    "ORG": "organization",
    "GPE": "place",
    "LOC": "place",
    "FAC": "place",
    "NORP": "group",
}


def clean_name(text: str) -> str:
    """Display form: no leading "the", no trailing possessive, single spaces."""
    name = " ".join(text.split())
    if name[:4].lower() == "the ":
        name = name[4:]
    for tail in ("'s", "\u2019s", "'", "\u2019"):
        if name.endswith(tail):
            name = name[: -len(tail)]
            break
    return name.strip(" .,;:-")


def extract_mentions(doc: Doc, rep: Repaired, document: str) -> list[Mention]:
    """One Mention per named entity of an actor kind, offsets into the original file."""
    out: list[Mention] = []
    for ent in doc.ents:
        kind = LABEL_KINDS.get(ent.label_)
        if kind is None:
            continue
        name = clean_name(ent.text)
        if not name or not any(c.isalpha() for c in name):
            continue
        start, end = rep.span(ent.start_char, ent.end_char)
        out.append(
            Mention(
                text=rep.original[start:end],
                name=name,
                kind=kind,
                start=start,
                end=end,
                document=document,
                label=ent.label_,
            )
        )
    return out


def merge_actors(mentions: Sequence[Mention]) -> tuple[list[Actor], dict[str, str]]:
    """Merge mentions by name (case-insensitive) and surnames into full names; most mentioned first."""
    groups: dict[str, list[Mention]] = defaultdict(list)
    for m in mentions:
        groups[m.name.lower()].append(m)
    # A single-word person name joins the one longer person name ending with it.
    full_by_last: dict[str, set[str]] = defaultdict(set)
    for key, ms in groups.items():
        words = key.split()
        if len(words) > 1 and any(m.kind == "person" for m in ms):
            full_by_last[words[-1]].add(key)
    target: dict[str, str] = {}
    for key in groups:
        fulls = full_by_last.get(key, set())
        target[key] = next(iter(fulls)) if " " not in key and len(fulls) == 1 else key
    merged: dict[str, list[Mention]] = defaultdict(list)
    for key, ms in groups.items():
        merged[target[key]].extend(ms)
    actors: list[Actor] = []
    index: dict[str, str] = {}
    for ms in merged.values():
        forms = Counter(m.name for m in ms)
        name = max(forms, key=lambda f: (len(f.split()), forms[f], f))
        kind = Counter(m.kind for m in ms).most_common(1)[0][0]
        roles = Counter(m.role for m in ms if m.role)
        docs = tuple(dict.fromkeys(m.document for m in ms))
        aliases = tuple(f for f in forms if f != name)
        actors.append(Actor(name, kind, aliases, tuple(r for r, _ in roles.most_common()), len(ms), docs))
        for f in (name, *aliases, *(m.text for m in ms)):
            index[f.lower()] = name
    actors.sort(key=lambda a: (-a.mentions, a.name))
    return actors, index
