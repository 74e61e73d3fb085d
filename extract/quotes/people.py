"""Whether a noun phrase names people or someone who can speak ("officials", "the man", "residents"), and plain
singulars of nouns."""

from __future__ import annotations

from typing import TYPE_CHECKING

from extract.actors.names import TITLE_WORDS
from extract.quotes.lexicon import _NOT_SOMEONE_ENTS, _ORG_NOUNS, _PEOPLE_NOUNS

if TYPE_CHECKING:
    from spacy.tokens import Token


# Entity types of a source that holds views and intentions (a law, a work or a date does not).
_HOLDER_ENTS = ("PERSON", "NORP", "ORG", "GPE")


def _people(head: Token) -> bool:
    """Whether a subject's head names people or an organisation: a named one, a title, an organisation noun, a
    noun for people ("critics", "voters", "others"), or "a number of" such."""
    if head.lower_ in _GROUP_OF:
        # "a number of tax experts", "a majority of voters": who the quantity counts.
        counted = [g for c in head.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children]
        head = next((g for g in counted if g.dep_ == "pobj"), head)
    if head.ent_type_ in _HOLDER_ENTS:
        return True
    low = head.lower_
    return any(w in TITLE_WORDS or w in _ORG_NOUNS or w in _PEOPLE_NOUNS for w in (low, _singular(low)))


# Plurals of nouns for people that add no "s" ("women", "congressmen", "children", "people").
_IRREGULAR_PLURALS = {"children": "child", "people": "person", "folks": "folk", "police": "police"}


def _singular(low: str) -> str:
    """A lower-case noun's singular (the pipeline has no lemmatizer): the irregular plurals of people ("men",
    "spokeswomen", "children", "people"), then the regular ones ("companies", "critics", "witnesses")."""
    if low in _IRREGULAR_PLURALS:
        return _IRREGULAR_PLURALS[low]
    if low.endswith("men"):
        return low[:-3] + "man"  # "men", "women", "chairmen", "congresswomen"
    if low.endswith("ies"):
        return low[:-3] + "y"
    if low.endswith(("sses", "shes", "ches", "xes")):
        return low[:-2]
    return low[:-1] if low.endswith("s") and not low.endswith("ss") else low


# Nouns counting the people of their "of" phrase ("a number of experts", "a majority of voters").
_GROUP_OF = {"number", "majority", "minority", "handful", "dozens", "hundreds", "thousands", "millions", "plurality"}


def _someone(tok: Token) -> bool:
    """Whether a noun phrase's head is a person or people: a personal pronoun, a person, organisation or group
    by name, or a noun for people. A place, a building or a date is no one, though it is a proper noun."""
    if tok.lower_ in ("him", "her", "them", "me", "us"):
        return True
    if tok.ent_type_ in _NOT_SOMEONE_ENTS:
        return False
    return tok.ent_type_ in ("PERSON", "ORG", "NORP") or _people(tok)
