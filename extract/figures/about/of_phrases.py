"""Prepositional chains after a figure: "N grams of rice raised ...", "borne by X"."""

from __future__ import annotations

from typing import TYPE_CHECKING

from extract.figures.about.phrases import _np

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


def _noun_before_verb(doc: Doc, of: int) -> Token | None:
    """The last noun of the noun phrase right after "of" at token ``of`` when a verb in a tense of its own follows it
    (maybe after an adverb): "200 grams of rice raised levels of sugar", "16 grams of fiber daily reduced hunger":
    rice, fiber. None when no such verb follows ("10% of the newly raised funds": no noun before the verb) or the
    phrase runs on into a possessive ("5% of the company's recently acquired shares")."""
    n = len(doc)
    k = of + 1
    while k < n and k <= of + 5 and doc[k].pos_ in ("DET", "ADJ", "NUM", "NOUN", "PROPN"):
        k += 1
    last = doc[k - 1]
    if k == of + 1 or last.pos_ not in ("NOUN", "PROPN") or last.like_num:
        return None
    while k < n and doc[k].pos_ == "ADV":
        k += 1
    if k < n and doc[k].pos_ == "VERB" and doc[k].tag_ in ("VBD", "VBN", "VBZ", "VBP"):
        return last
    return None


def _agent(doc: Doc, v: Token) -> str | None:
    """ "borne by X" for a passive "are borne by X", "from X" for "come from X": whose share a part is."""
    for c in v.children:
        if c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "from"):
            for o in c.children:
                if o.dep_ == "pobj" and o.pos_ in ("NOUN", "PROPN"):
                    return f"{v.text} by {_np(doc, o)}" if c.dep_ == "agent" else f"from {_np(doc, o)}"
    return None
