"""Listing lines and bracketed specifications: "Apple Watch Series 3 (GPS, 38mm)"."""

from __future__ import annotations

from typing import TYPE_CHECKING

from extract.figures.about.phrases import _model_after, _np
from extract.figures.core import _Fig

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


def _a_product_spec(doc: Doc, f: _Fig, name: Token) -> bool:
    """Whether a figure in brackets after a name is a spec or price of it, as in a listing, and not a figure of
    something else the brackets give (review r1 MED-1): not after a place or a people ("Germany (83 million people,
    GDP $3.8 trillion)"), nor a name after a preposition of place or relation ("The fine on Google (4.3 billion
    euros, or $5 billion)", "a contract with Dallas ($160 million, ...)", "The attack in Nashville (...)", "Prices at
    Walmart (up 3%, ...)"), nor a figure with a noun of its own ("$10 million in damage", "GDP $3.8 trillion") or a
    direction."""
    if name.ent_type_ in ("GPE", "LOC", "NORP") or f.direction:
        return False
    if name.ent_type_ == "PERSON" and not _branded(doc, name):
        return False
    head = name
    while head.dep_ in ("compound", "flat") and head.head.i != head.i:
        head = head.head
    if head.dep_ == "pobj" and head.head.lower_ in ("on", "at", "in", "with", "from", "to", "of", "by", "against"):
        return False
    prev = doc[f.start - 1] if f.start > 0 else None
    if prev is not None and prev.pos_ in ("NOUN", "PROPN"):
        return False
    nxt = doc[f.end] if f.end < len(doc) else None
    return not (nxt is not None and (nxt.pos_ == "NOUN" or (nxt.lower_ in ("in", "of") and f.end + 1 < len(doc))))


def _branded(doc: Doc, name: Token) -> bool:
    """A name the tagger calls a person's that a company's name opens, a product's ("Amazon Echo Dot (3rd Gen,
    $49.99)"): a person is not written after a company's name without a title or a possessive between."""
    k = name.i - 1
    while k >= 0 and doc[k].pos_ == "PROPN" and doc[k].ent_type_ in ("PERSON", "ORG"):
        if doc[k].ent_type_ == "ORG":
            return True
        k -= 1
    return False


def _listed_for(doc: Doc, f: _Fig) -> str | None:
    """The product a specification or price list gives the figure of: the name before a parenthesised list with no
    verb in it ("Apple Watch Series 3 (GPS, 38mm)", "the Brydge Pro ($129, regular $149)"), or the first item of a
    line with no verb that lists a name and its specifications ("Apple iPhone 7 Plus, GSM Unlocked, 128GB"). Not a
    conversion ("3,200 miles (5,150 km)": no name before it), nor an aside with a verb ("Tribune (which owns ...,
    and 25.2% of ...)")."""
    sent = doc[f.start].sent
    k = f.start - 1
    while k > sent.start and doc[k].text not in ("(", ")"):
        k -= 1
    if doc[k].text == "(" and k > sent.start:
        close = next((j for j in range(f.end, sent.end) if doc[j].text in ("(", ")")), None)
        inner = doc[k + 1 : close] if close is not None and doc[close].text == ")" else None
        name = doc[k - 1]
        run = k - 1  # "Apple Watch Series 3 (GPS, 38mm)": a model number ends the name
        while run > sent.start and doc[run].like_num and doc[run - 1].pos_ in ("PROPN", "NUM"):
            run -= 1
        if (
            inner is not None
            and any(t.text == "," for t in inner)
            and not any(t.pos_ in ("VERB", "AUX") and t.tag_ != "VBN" for t in inner)
            and doc[run].pos_ == "PROPN"
            and _a_product_spec(doc, f, doc[run])
        ):
            if name.like_num:
                rest = run + 2 if _model_after(doc, doc[run]) else run + 1  # the model number _np already took
                return (_np(doc, doc[run]) + " " + doc[rest:k].text).strip() or None
            return _np(doc, name) or None
        return None
    if any(t.pos_ == "AUX" or (t.pos_ == "VERB" and t.tag_ != "VBN") for t in sent):
        return None
    start = sent.start  # the record the figure is in: after the last ";" ("Boston, 12 inches; Worcester, 15 inches")
    for t in doc[sent.start : f.start]:
        if t.text == ";":
            start = t.i + 1
    first = next((t for t in doc[start : f.start] if t.text == ","), None)
    if first is None or first.i - start > 6 or any(t.like_num for t in doc[first.i : f.start]):
        return None  # "Microsoft Corp, $1.2 trillion, Apple Inc, $1.1 trillion": another figure's item between
    head = doc[start : first.i]
    if not all(t.pos_ in ("PROPN", "NUM") or t.text[:1].isupper() for t in head):  # "Plus" may be a conjunction
        return None
    if not any(t.pos_ == "PROPN" for t in head):
        return None
    return head.text
