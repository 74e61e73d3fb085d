"""Cues that are nouns or adjectives: "Trump's claim that ...", "a warning from the IMF that ...", "the
minister's pledges", "Democrats are afraid that ..."."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from extract.quotes.clause_forms import _complement_in_disguise, _that_clause, _to_infinitive
from extract.quotes.docview import _Att, _Doc
from extract.quotes.lexicon import _INTENT_NOUNS, _TOPIC_NOUN_PREPS, _TOPIC_NOUNS, SPEECH
from extract.quotes.people import _HOLDER_ENTS, _people

if TYPE_CHECKING:
    from spacy.tokens import Token


def _attitude(d: _Doc, tok: Token, sent: int, inside: Sequence[bool]) -> _Att | None:
    """ "Many Democrats are afraid that ...", "Obama is determined to ...": a held belief or intention."""
    subj = next((c for c in tok.head.children if c.dep_ in ("nsubj", "nsubjpass") and not inside[c.i]), None)
    clause = next((c for c in tok.children if c.dep_ in ("ccomp", "xcomp")), None)
    if subj is None or clause is None or subj.lower_ in ("it", "this", "that", "which"):
        return None  # "it is certain that ...": nobody in particular
    att = _Att(tok.text, "indirect", sent, tok.idx, tok.idx + len(tok), tok.i, subj.i, weak=True, lemma=tok.lower_)
    att.subj_start = subj.idx
    att.subj_left = subj.left_edge.idx
    att.content = d.tok_span(clause.left_edge.i, clause.right_edge.i)
    return att


def _claim_noun(d: _Doc, tok: Token, sent: int, inside: Sequence[bool]) -> _Att | None:
    """ "Trump's claim that there were thousands of shootings", "a New York Times report that ...", "a
    warning from the IMF that ...": an author (possessor, name before the noun, "by/from X") and a
    that-clause."""
    clause = next(
        (
            c
            for c in tok.children
            if c.dep_ in ("acl", "ccomp") and _that_clause(c) or c.dep_ == "relcl" and _complement_in_disguise(c)
        ),
        None,
    )
    if clause is None and tok.lower_ in _INTENT_NOUNS:
        # "Clinton's plan to raise taxes": the infinitive is the intention.
        clause = next((c for c in tok.children if c.dep_ == "acl" and c.tag_ == "VB" and _to_infinitive(c)), None)
        if clause is not None and tok.dep_ == "ROOT" and any(t.tag_ in _FINITE_OR_PART for t in clause.subtree):
            return None  # "the FBI's decision not to recommend charges angered ...": the parser lost the verb
    topic = clause is None and tok.lower_ in _TOPIC_NOUNS
    if topic:
        # "North Korea's claims about its nuclear test": what the claim is about.
        clause = next(
            (
                g
                for c in tok.children
                if c.dep_ == "prep" and c.lower_ in _TOPIC_NOUN_PREPS
                for g in c.children
                if g.dep_ in ("pobj", "pcomp") and not inside[g.i]
            ),
            None,
        )
    if clause is None or clause.i < tok.i:
        return None
    owners = [c for c in tok.children if c.dep_ == "poss" and not inside[c.i]]
    owners += [
        c for c in tok.children if c.dep_ == "compound" and c.pos_ == "PROPN" and c.ent_type_ and not inside[c.i]
    ]
    owners += [
        g
        for c in tok.children
        if c.dep_ == "prep" and c.lower_ in ("by", "from") and c.i < clause.i
        for g in c.children
        # "a warning from the IMF", also "warnings from his attorney": a name, or a noun for people or an organisation.
        if g.dep_ == "pobj" and (g.pos_ == "PROPN" or _people(g)) and not inside[g.i]
    ]
    owner = owners[0] if owners else None
    if owner is None or owner.tag_ == "WP$" or owner.lower_ in ("my", "our", "your"):
        return None  # "whose claim", and the writer's or the reader's own
    if topic and not (owner.pos_ == "PROPN" or owner.ent_type_):
        return None  # "the group's claims about ...": only a named owner makes a topic an attribution
    owner = _reporter_owns(tok, owner)
    att = _Att(tok.text, "indirect", sent, tok.idx, tok.idx + len(tok), tok.i, owner.i, lemma=tok.lower_)
    att.subj_start = owner.idx
    att.content = d.tok_span(clause.left_edge.i, clause.right_edge.i)
    return att


def _verb_as_noun(d: _Doc, tok: Token, sent: int, inside: Sequence[bool]) -> _Att | None:
    """ "Trump claims that ...", "Trump charges that ...": a present-tense verb of saying the tagger took for
    a plural noun, right after its subject and right before the "that" of its clause; the parser made it the
    root with the name as its subject, or the name the root with the "noun" as its object."""
    doc = d.doc
    if tok.i + 1 >= len(doc) or doc[tok.i + 1].lower_ != "that" or doc[tok.i + 1].dep_ != "mark":
        return None
    clause = doc[tok.i + 1].head
    if clause.head.i != tok.i or inside[tok.i]:
        return None
    if tok.dep_ == "ROOT":
        subj = next((c for c in tok.children if c.dep_ == "nsubj" and c.i < tok.i), None)
    elif tok.dep_ == "dobj" and tok.head.dep_ == "ROOT" and tok.head.i == tok.i - 1:
        subj = tok.head
    else:
        return None
    if subj is None or subj.i != tok.i - 1 or subj.pos_ not in ("PROPN", "NOUN") or inside[subj.i]:
        return None
    if not any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ != "that" for c in clause.children):
        return None  # "the insurance claims that were filed": a relative clause on a noun
    if any(c.dep_ in ("det", "poss", "amod") for c in subj.children) and subj.ent_type_ not in _HOLDER_ENTS:
        return None  # "the legal claims that ...": a noun with a modifier of its own names the claims
    lemma = SPEECH[tok.lower_]
    att = _Att(tok.text, "indirect", sent, tok.idx, tok.idx + len(tok), tok.i, subj.i, lemma=lemma)
    att.subj_start = subj.idx
    att.subj_left = subj.left_edge.idx if subj.left_edge.i < subj.i else subj.idx
    att.subj_stop = subj.i  # the name ends before its "noun": the parser may hang the sentence on it
    att.content = d.tok_span(tok.i + 1, clause.right_edge.i)
    att.that = True
    return att


def _reporter_owns(noun: Token, owner: Token) -> Token:
    """ "The mayor said his claim that crime had fallen was true": a possessive pronoun inside the clause a
    speaker reports stands for that speaker, not for a name further back ("Senator Mary Jones met the mayor.")."""
    if owner.lower_ not in ("his", "her", "their"):
        return owner
    tok = noun
    while tok.head.i != tok.i:
        dep, tok = tok.dep_, tok.head
        if dep == "ccomp" and tok.lower_ in SPEECH:
            subj = next((c for c in tok.children if c.dep_ == "nsubj" and c.i < noun.i), None)
            if subj is None or subj.tag_ in ("PRP", "PRP$", "WP"):
                return owner  # "he said his claim ...": the pronouns go together
            plural = subj.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in subj.children)
            return subj if plural == (owner.lower_ == "their") else owner
    return owner


# A finite verb or participle under a bare noun's infinitive shows the parser lost the sentence's verb.
_FINITE_OR_PART = frozenset(("VBD", "VBZ", "VBP", "VBN"))
