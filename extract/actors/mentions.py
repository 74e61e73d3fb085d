"""Mentions of named actors in one parsed document: entities cleaned, split and joined, kinds and roles.

``extract_mentions`` is the driver. Each entity passes the guards of ``guards`` in order (``ENTITY_GUARDS``: where
the name starts and ends, whether it is an actor at all, its kind), then names the tagger missed are added, then the
drops of ``drops`` (``CANDIDATE_DROPS``) remove what the whole document shows is no actor. The rules themselves live
in the module of their concern (``trim``, ``roles``, ``entities``, ``splits``, ``places``, ``kinds``,
``organisations``, ``things``, ``teams``, ``glue``, ``filters``), over the token view of ``tokens`` and the word lists
of ``lexicon`` and ``names``."""

from __future__ import annotations

from typing import TYPE_CHECKING

from extract.actors.drops import _kept
from extract.actors.filters import _sentence_period
from extract.actors.glue import _unglued
from extract.actors.guards import _candidate, _Doc, _says_of_self
from extract.actors.kinds import _COMPANY_ONLY, _after_org_noun
from extract.actors.names import COMPANY_USE, NAMED_COMPANY, THING_USE, _key
from extract.actors.organisations import (
    _employers,
    _named_by_org_noun,
    _names_with_s,
    _parenthesised,
    _untagged_organisations,
)
from extract.actors.places import _gazetteer_places, _name_with_region, _region_codes
from extract.actors.roles import _relational_roles
from extract.actors.teams import _plural_teams, _used_as_thing
from extract.records import Mention

__all__ = ["extract_mentions"]

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from extract.repair import Repaired


def extract_mentions(doc: Doc, rep: Repaired, document: str) -> list[Mention]:
    """One Mention per named actor in ``doc`` (parsed from ``rep.text``), offsets into the original file."""
    d = _Doc.of(doc, rep.text)
    sents, toks, ents, cands = d.sents, d.toks, d.ents, d.cands
    for ent in ents:
        cand = _candidate(ent, d)
        if cand is not None:
            cands.append(cand)
    _relational_roles(doc, toks, cands)
    employers = _employers(doc, toks, cands)
    cands.extend(employers)
    # "Adidas CEO Bjorn Gulden ... Adidas said sales rose": an untagged employer before a title only a company has is a
    # company wherever the document writes it alone (review s30 revA R11), unless it says "he" of itself somewhere.
    d.companies.update(
        key
        for c in employers
        if c.end - c.start == 1
        and c.end < len(toks)
        and toks[c.end].lower_ in _COMPANY_ONLY
        and not any(t.text == c.name and _says_of_self(t) for t in toks)
        and (key := _key(c.name))
    )
    cands.extend(_untagged_organisations(doc, ents, cands, sents))
    cands.extend(_named_by_org_noun(doc, ents, cands, sents))
    cands.extend(_gazetteer_places(doc, ents, sents, d.casing))
    cands.extend(_region_codes(doc, cands, sents))
    cands.sort(key=lambda c: c.start)
    _name_with_region(toks, cands)
    kept = _kept(d)
    # "the White House", tagged an organisation with its article: the gazetteer's place at the words another kept
    # mention holds is no second mention.
    held = {(c.start, c.end) for c in kept if c.label != "GAZETTEER"}
    # "Sydney Sweeney", "Paris Jackson": a place opening a person's name of two words or more is the given name.
    given = {c.start for c in kept if c.kind == "person" and c.label != "GAZETTEER" and c.end - c.start > 1}
    kept = [
        c
        for c in kept
        if c.label != "GAZETTEER" or ((c.start, c.end) not in held and not (c.start in given and c.end - c.start == 1))
    ]
    if d.casing == "upper":
        for c in kept:
            if c.label == "GAZETTEER" and c.name.isupper() and len(c.name) > 3:
                c.name = c.name.title()  # "PARIS" in a text all in capitals is Paris
    kept = _unglued(doc, kept, sents)
    _names_with_s(toks, kept, d.full_surnames)
    same_as = _parenthesised(toks, kept)
    # Surnames of the document's people, whose plurals name families ("The Obamas"), not teams.
    family_names = d.surnames | {_key(toks[c.end - 1].text) for c in kept if c.kind == "person"}
    teams = _plural_teams(toks, sents.texts, kept, family_names)
    out: list[Mention] = []
    for c in kept:
        if c.cut == 0 and c.kind in ("person", "organization") and _sentence_period(c, sents):
            # "..., said Harrison Ford and Stephen Fry.": the tagger leaves the sentence's period on the name.
            c.name = c.name[:-1]
            if sents.texts[c.end - 1] == ".":
                c.end -= 1
            else:
                c.cut = 1
    for n, c in enumerate(kept):
        start, end = rep.span(toks[c.start].idx, toks[c.end - 1].idx + len(toks[c.end - 1].text) - c.cut)
        out.append(
            Mention(
                text=rep.original[start:end],
                name=c.name,
                kind=c.kind,
                start=start,
                end=end,
                document=document,
                role=c.role,
                label=THING_USE
                if c.label == "PERSON" and (_used_as_thing(toks, c, family_names) or _key(c.name) in teams)
                else NAMED_COMPANY
                if c.label in ("GPE", "LOC") and c.kind == "organization" and _after_org_noun(toks, c.start, c.end)
                else COMPANY_USE
                if c.kind == "organization" and c.end - c.start == 1 and _key(c.name) in d.companies
                else c.label,
                same_as=same_as.get(n),
            )
        )
    return out
