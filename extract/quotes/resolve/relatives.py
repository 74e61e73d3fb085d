"""Relative "who"/"which": the noun a relative pronoun stands for (people before a thing the parser hung the
clause on, the subject a copula predicates, no place or date), and what the text calls an unnamed one."""

from __future__ import annotations

from typing import TYPE_CHECKING

from extract.actors.names import TITLE_WORDS
from extract.quotes.lexicon import (
    _DOCUMENT_NOUNS,
    _EVIDENCE_NOUNS,
    _KIN_NOUNS,
    _NOT_SOMEONE_ENTS,
    _ORG_NOUNS,
    _STATEMENT_NOUNS,
    _VOICE_NOUNS,
    _is_be,
)
from extract.quotes.people import _singular, _someone
from extract.quotes.resolve.base import _PERSON_NOUNS, _Base

if TYPE_CHECKING:
    from spacy.tokens import Token


# Common nouns that may speak through "which": organisations, texts, evidence and voices ("the agency, which
# said", "the report, which found"), and people by title.
_SPEAKING_NOUNS = frozenset(
    {*_ORG_NOUNS, *_DOCUMENT_NOUNS, *_EVIDENCE_NOUNS, *_VOICE_NOUNS, *_STATEMENT_NOUNS, *TITLE_WORDS}
)


def _org_before(noun: Token) -> Token | None:
    """The proper noun heading the organisation's name that ends right before ", a group": the token the
    appositive describes ("the Alliance for American Manufacturing, a group that ...")."""
    doc = noun.doc
    k = noun.left_edge.i - 1
    if k < 1 or doc[k].text != ",":
        return None
    last = doc[k - 1]
    if last.ent_type_ != "ORG":
        return None
    t = last
    while t.dep_ == "pobj" and t.head.dep_ == "prep" and t.head.head.ent_type_ == "ORG":
        t = t.head.head  # "Alliance for American Manufacturing": the name's head, not its last word
    return t if t.ent_type_ == "ORG" and t.pos_ == "PROPN" else None


def _people_before(doc, rel: int) -> Token | None:
    """The nearest noun for people before a relative "who" within its noun phrase and the prepositional phrases
    after it (a quoted title inside is passed over), up to a verb or a clause's punctuation, or the people its
    "of" belongs to: "parents of students at the school who said" -> "parents"."""
    quoted = False
    for k in range(rel - 1, max(-1, rel - 25), -1):
        t = doc[k]
        if t.text in ('"', "\u201c", "\u201d", "''", "``"):  # double marks only: "Keepin'" ends on an apostrophe
            if k == rel - 1:
                return None  # 'the “Never Trumpers” who oppose ...': the quoted words are whom "who" stands for
            quoted = not quoted
            continue
        if quoted:
            continue
        if t.is_sent_start and k < rel - 1 and t.pos_ not in ("NOUN", "PROPN", "DET", "ADJ"):
            return None
        if t.pos_ in ("VERB", "AUX") or t.text in (",", ";", ":", "(", ")") or t.tag_ in ("WDT", "WP"):
            return None
        if t.dep_ == "mark" or k == rel - 1 and t.pos_ in ("PRON", "DET"):
            return None  # "statements that those who question ...": "those" is who, and "that" opens its clause
        if t.pos_ in ("NOUN", "PROPN") and _someone(t):
            # "supporters of Donald Trump at the rally who said", "parents of students at the school who said": the
            # phrase's head, never the object of its "of".
            while t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.pos_ in ("NOUN", "PROPN"):
                if not _someone(t.head.head):
                    break
                t = t.head.head
            if t.pos_ == "PROPN":
                # "fans of Taylor Swift at the show who said", "workers at Amazon in the warehouse who said": a name
                # that is the object of "of", "at" or "for" under a common noun is only whose or where they are.
                up = t
                while (
                    up.dep_ == "pobj"
                    and up.head.lower_ in ("of", "at", "for")
                    and up.head.head.pos_
                    in (
                        "NOUN",
                        "PROPN",
                    )
                ):
                    up = up.head.head
                if up is not t and up.pos_ == "NOUN" and (_someone(up) or _singular(up.lower_) in _KIN_NOUNS):
                    return up
                # "the testimony of Maria Lopez at the trial who said", "a photo of John Smith who said": above the
                # name is a thing, so "who" is the name's own.
            return t
        if t.is_sent_start:
            return None
    return None


def _plural_verb(rel: Token) -> bool:
    """Whether a relative pronoun's verb (or its first auxiliary) is in the plural: "who have", "who are"."""
    verb = rel.head
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.i > rel.i]
    first = aux[0] if aux else verb
    return first.tag_ == "VBP" or first.lower_ == "were"


def _thing_noun(tok: Token) -> bool:
    """Whether a common noun the tagger names nothing with is no organisation, text or titled person."""
    return tok.pos_ == "NOUN" and not tok.ent_type_ and tok.lower_ not in _SPEAKING_NOUNS


def _predicated(noun: Token) -> Token:
    """ "Smith is a lawyer who said ...", "Trump is a liar, xenophobe and birther who has pledged ...": a
    common noun the copula says the subject is stands for that subject, who is the speaker."""
    head = noun
    while head.dep_ == "conj" and head.head.i != head.i:
        head = head.head
    common = noun.pos_ == "NOUN" or noun.pos_ == "PROPN" and not noun.ent_type_  # the tagger's "xenophobe"
    if not common or head.dep_ != "attr" or not _is_be(head.head):
        return noun
    cop = head.head
    for verb in (cop, cop.head if cop.dep_ == "conj" else None):
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None) if verb is not None else None
        if subj is not None:
            return subj
    return noun


class _Relatives(_Base):
    """Relative pronouns."""

    def _antecedent(self, rel: Token) -> tuple[Token, str] | None:
        """The token a relative "who" or "which" (of a relative clause) stands for and what the text calls the speaker,
        or None when it stands for no one who may speak (a place, a date, a thing)."""
        doc = self.d.doc
        tok = rel.head.head
        before = doc[rel.i - 1] if rel.i > 0 else rel
        if tok.pos_ in ("VERB", "AUX") and before.pos_ in ("NOUN", "PROPN") and before.i > tok.i:
            # "turned to the police department which reported ...": the parser hung the clause on the
            # verb; the noun right before the pronoun is what it stands for.
            tok = before
        if tok.dep_ == "appos" and tok.head.pos_ == "PROPN":
            org = _org_before(tok) if tok.lower_ in _ORG_NOUNS else None
            # "McConnell, now the majority leader, who said": the name speaks; but "Scott Paul, who heads the
            # Alliance for American Manufacturing, a group that has applauded ...": the group is the one just
            # named, which the parser took the appositive away from.
            tok = org if org is not None else tok.head
        holder = tok.head.head if tok.dep_ == "pobj" and tok.head.dep_ == "prep" else tok
        if (
            rel.lower_ in ("who", "whom")
            and tok.ent_type_ != "PERSON"
            and holder.pos_ == "NOUN"
            and _singular(holder.lower_) in _PERSON_NOUNS
        ):
            tok = holder  # "an economist at Goldman Sachs, who said": "who" is the economist, not the bank
        if rel.lower_ in ("who", "whom") and not _someone(tok):
            # "a focal point for demonstrators here, who have ... called for ...": "who" stands for people,
            # so a noun for people right before it is what it stands for, wherever the parser hung it.
            k = rel.i - 1
            while k > tok.i and (doc[k].is_punct or doc[k].dep_ == "advmod"):
                k -= 1
            if k > tok.i and doc[k].pos_ in ("NOUN", "PROPN") and _someone(doc[k]):
                tok = doc[k]
            # "calls from black listeners to his radio program who said", "parents of students at the school
            # who said": a thing the parser gave the clause to is only whose or where the people are; the
            # nearest people up its chain of prepositions are who spoke.
            up = _people_before(doc, rel.i) if not _someone(tok) else None
            if up is not None and up.i < tok.i:
                tok = up
            while tok.ent_type_ in _NOT_SOMEONE_ENTS and tok.dep_ == "pobj" and tok.head.dep_ == "prep":
                if tok.head.head.pos_ not in ("NOUN", "PROPN"):
                    break
                tok = tok.head.head  # "a panel in Washington, who said": the place only says where the panel is
            if tok.ent_type_ in _NOT_SOMEONE_ENTS:
                # "gathered near Trump Tower, who shouted ...": a place or a date is no one, and the
                # pronoun's true antecedent is not in reach; no speaker is better than a wrong one.
                return None
        if rel.lower_ == "who" and _plural_verb(rel) and tok.tag_ == "NNP" and tok.dep_ == "pobj":
            # "star players, including England captain Harry Kane, who have lauded ...": a plural verb's
            # "who" is the plural noun the name was an example of.
            up = tok.head.head
            if up.tag_ == "NNS":
                tok = up
        said = rel.text
        subject = _predicated(tok)
        if subject is not tok:
            tok = subject
            span = self._np_span(tok)
            said = self.rep.original_slice(*span) if span else tok.text
        if self.at_tok(tok.i) is None and tok.pos_ in ("NOUN", "PROPN"):
            if rel.lower_ == "which" and _thing_noun(tok) and not self._resolve_head(tok):
                # "a saying about flowers, which describes ...", "gives the city its starry night back,
                # which reminds us ...": "which" stands for a thing (or the whole clause), and things do
                # not speak; the row is dropped as for any unresolved "which".
                return None
            # "an architect who said ...": nobody named, so the text's noun for the speaker is shown.
            ante = self.d.tok_span(tok.left_edge.i, tok.i)
            said = self.rep.original_slice(*ante) if ante else said
        return tok, said
