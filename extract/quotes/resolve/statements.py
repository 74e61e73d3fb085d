"""Texts and voices as speakers: "the statement" is who issued the latest one; "a Kremlin spokesman" speaks for the
Kremlin; an unnamed issuer is shown as the text called it."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from extract.quotes.lexicon import (
    _AUTHORING,
    _DOCUMENT_NOUNS,
    _PERSON_PRONOUNS,
    _PLURAL_PRONOUNS,
    _VOICE_PREPS,
    _WRITER_PRONOUNS,
)
from extract.quotes.resolve.base import _Base
from extract.records import Mention

if TYPE_CHECKING:
    from spacy.tokens import Token


# What the text may call a speaker that is no phrase of its own to show for a statement's issuer.
_UNNAMED_SAID = _PERSON_PRONOUNS | _PLURAL_PRONOUNS | _WRITER_PRONOUNS | {"it", "which", "who", "that", "this"}


def _said_in(sentence: str, noun: str) -> bool:
    """Whether a sentence tells its speaker spoke in a text of that noun ("said in a statement on Wednesday", "wrote
    in their latest letter"), not of one the speaker reacted to ("The Kremlin dismissed a statement saying ...")."""
    pattern = (
        rf"\b(?:in|via|through)\s+(?:a|an|the|its|their|his|her|a\s+separate|another)\s+(?:\w+\s+)?{re.escape(noun)}\b"
    )
    return re.search(pattern, sentence, re.I) is not None


def _has_word(sentence: str, noun: str) -> bool:
    """Whether a sentence names a noun as a word, singular or plural ("a statement", not "a memorial" for "memo",
    "noted" for "note" or "newsletter" for "letter")."""
    return re.search(rf"\b{re.escape(noun)}s?\b", sentence, re.I) is not None


def _authors(noun: Token) -> list[Token]:
    """The "by" phrases of a participle that tells who made or put out a text ("the letter signed by seven
    physicians", "a statement issued by the ministry"): its author, named or not. Not a participle of paying for,
    ordering or obtaining one ("the study funded by Pfizer", "the report commissioned by the mayor")."""
    return [
        g
        for c in noun.children
        if c.dep_ == "acl" and c.tag_ == "VBN" and c.lower_ in _AUTHORING
        for g in c.children
        if g.dep_ == "agent"
    ]


class _Statements(_Base):
    """Statements and voices."""

    def _voice_of(self, noun: Token) -> list[Mention]:
        """Who a spokesman or a statement speaks for: "for/from/of/by X", "X's", "a Kremlin spokesman",
        "a speech Clinton delivered"."""
        cands = [g for c in noun.children if c.dep_ == "prep" and c.lower_ in _VOICE_PREPS for g in c.children]
        authors = [o for a in _authors(noun) for g in a.children if g.dep_ == "pobj" for o in (g, *g.conjuncts)]
        cands += [c for c in noun.children if c.dep_ in ("poss", "compound") and c.i < noun.i]
        cands += [g for c in noun.children if c.dep_ == "relcl" for g in c.children if g.dep_ == "nsubj"]
        for c in cands:
            m = self.at_tok(c.i)
            if m is not None:
                return [m]
        # "the letter signed by Dr. Mary Cole and Dr. Paul Shaw": every author named
        named = [m for c in authors if (m := self.at_tok(c.i)) is not None]
        return [m for k, m in enumerate(named) if all(m.name != o.name for o in named[:k])]

    def _issuer(self, noun: Token) -> list[Mention]:
        """ "The council issued a statement ... The statement noted": who issued the same noun shortly before."""
        doc = self.d.doc
        stop = self.d.sent_starts[max(0, self.d.sent_of_tok(noun.i) - 3)]
        for i in range(noun.i - 1, stop - 1, -1):
            t = doc[i]
            if t.lower_ == noun.lower_ and t.dep_ == "dobj":
                subj = next((c for c in t.head.children if c.dep_ == "nsubj"), None)
                m = self.at_tok(subj.i) if subj is not None else None
                return [m] if m is not None else []
        return []

    def _statement_issuer(self, pos: int, noun: str) -> str:
        """What the text called the speaker of the latest attribution close before ``pos`` whose sentence mentions
        ``noun`` ("the US military said in a statement"), when that phrase names someone (a capital after its first
        word), not a pronoun, the text itself or a common noun ("The company"); else ""."""
        for off, _, sentence, said, _, _ in reversed(self.recent):
            if off >= pos:
                continue
            if pos - off > 1000:
                return ""
            if _said_in(sentence, noun):
                low = said.lower()
                if not said or low.split()[-1] in _DOCUMENT_NOUNS or low in _UNNAMED_SAID:
                    return ""
                if not any(w[:1].isupper() for w in said.split()[1:]):
                    return ""  # "The company flat-out denied the allegations in a statement": no one named
                return said
        return ""

    def _recent_statement(self, pos: int, noun: str) -> tuple[Mention, ...]:
        """Who issued the latest statement mentioned before (nobody when its author was not named)."""
        for off, speakers, sentence, *_ in reversed(self.recent):
            if off < pos and _has_word(sentence, noun):
                return speakers
        return ()

    def _recent_said_in(self, pos: int, noun: str) -> bool:
        """Whether the latest attribution before ``pos`` whose sentence names the noun spoke in it ("said in a
        statement"), rather than only sharing a sentence with it ("X issued a statement ... after Swift scolded her
        label, accusing ...": Swift did not issue the statement)."""
        for off, _, sentence, *_ in reversed(self.recent):
            if off < pos and _has_word(sentence, noun):
                return _said_in(sentence, noun)
        return False
