"""Where a name stands in its clause: the subject of a sentence's main verb, of an adverbial clause, of a clause
another subject reports; which verb governs a pronoun."""

from __future__ import annotations

from typing import TYPE_CHECKING

from extract.quotes.lexicon import _QUOTE_TOKENS, SPEECH, WEAK
from extract.quotes.people import _someone
from extract.quotes.resolve.base import _Base
from extract.quotes.speakers import _name_as_modifier
from extract.records import Mention

if TYPE_CHECKING:
    from spacy.tokens import Token


# Parts of speech of the words that may stand between a speech verb and the clause it reports: its object
# and adverbials ("told reporters on Tuesday, after the vote, that"), with no verb of their own (of the
# punctuation, only commas).
_BETWEEN_CUE = frozenset({"ADP", "DET", "NOUN", "PROPN", "NUM", "ADJ", "ADV", "PRON", "PUNCT", "PART"})


def _subjectless_verb(tok: Token) -> Token | None:
    """The verb a name the parser made its modifier is the subject of ("Early says there is ...")."""
    verb = tok.head
    named = _name_as_modifier(verb) if verb.i > tok.i else None
    return verb if named is not None and named.i == tok.i else None


def _same_clause(subj: Token, pron: Token) -> bool:
    """Whether a pronoun hangs under its sentence subject's verb through nothing but complements
    ("Trump said he ...", "Clinton defended her record"), not a coordinated or adverbial clause."""
    verb = subj.head if subj.dep_ in ("nsubj", "nsubjpass") else subj.head.head
    governor = pron.head.head if pron.dep_ == "pobj" else pron.head
    if pron.dep_ in ("dobj", "dative", "pobj") and governor.i == verb.i:
        return False  # "Matthesen found him", "asked her about it": an object of the subject's verb is someone else
    t = pron
    for _ in range(12):
        if t.i == verb.i:
            return True
        if t.dep_ in ("conj", "advcl", "relcl", "parataxis") or t.head.i == t.i:
            return False
        t = t.head
    return False


class _Clauses(_Base):
    """A mention's place in the parse."""

    def _owns_subject(self, m: Mention) -> bool:
        """Whether a name owns the subject of its sentence's main verb, a thing and not a person ("Mr. Trump's
        theatrical embrace is not limited to China"): the sentence is about him. "Smith's lawyer said" is about the
        lawyer."""
        h = self._name_head(m)
        if h is None or h.dep_ != "poss":
            return False
        owned = h.head
        return owned.dep_ in ("nsubj", "nsubjpass") and owned.head.dep_ == "ROOT" and not _someone(owned)

    def _reported(self, i: int) -> bool:
        """Whether the subject at token ``i`` is of a clause another subject before it reports with a speech
        verb ("Schumer said McConnell has blocked every bill"): whom the report is about, not who speaks."""
        doc = self.d.doc
        tok = doc[i]
        t = tok if tok.dep_ in ("nsubj", "nsubjpass") else tok.head
        if t.dep_ == "appos":
            t = t.head
        # The cue before the subject's phrase (or its "that"): the parser often hangs the clause on a "he said"
        # after the quote instead ("Belichick said Tom Brady has earned the job — “...,” he said"). Between
        # the cue and the phrase there may be its object and adverbials, never a verb of their own ("said on
        # Tuesday that", "told reporters at a news conference").
        k = t.left_edge.i - 1
        if k >= 0 and doc[k].lower_ == "that":
            k -= 1
        stop = max(0, k - 12)
        while k >= stop and not self.inside[k] and doc[k].lower_ not in SPEECH and not doc[k].is_sent_start:
            if doc[k].pos_ not in _BETWEEN_CUE or doc[k].is_punct and doc[k].text != ",":
                break
            k -= 1
        if k < 0 or self.inside[k]:
            return False
        cue = doc[k]
        if cue.lower_ not in SPEECH and cue.lower_ not in WEAK or not cue.tag_.startswith("VB"):
            return False
        return any(c.dep_ in ("nsubj", "nsubjpass") and c.i < k and not self.inside[c.i] for c in cue.children)

    def _dash_quote(self, i: int, pos: int) -> bool:
        """Whether a dash and a quote opening a sentence of its own come between the subject at token ``i``
        and the pronoun at original offset ``pos``: the quote bears out what the subject's clause told."""
        doc = self.d.doc
        k = self._tok_at_offset(pos)
        for j in range(i + 1, min(k, len(doc)) - 2):
            if doc[j].text in ("\u2014", "\u2013", "--") and not self.inside[j] and doc[j + 1].text in _QUOTE_TOKENS:
                return doc[j + 2].text[:1].isupper() and self.inside[j + 2]
        return False

    def _governs(self, i: int, pos: int) -> bool:
        """Whether the verb of the subject at token ``i`` governs the token at original offset ``pos``."""
        k = self._tok_at_offset(pos)
        tok = self.d.doc[i]
        verb = tok.head if tok.dep_ in ("nsubj", "nsubjpass") else tok.head.head
        return k < len(self.d.doc) and verb.left_edge.i <= k <= verb.right_edge.i and k > i

    def _adverbial(self, i: int) -> bool:
        """Whether the subject at token ``i`` is the subject of an adverbial clause ("When Ghani ...")."""
        tok = self.d.doc[i]
        verb = tok.head if tok.dep_ in ("nsubj", "nsubjpass") else tok.head.head
        return verb.dep_ == "advcl"

    def _subject_level(self, i: int) -> int:
        """2 for the subject of a sentence's main verb, 1 for another subject, 0 otherwise."""
        if not self._is_subject(i):
            # A name opening its sentence is its subject or topic, also when the parser misread it or the
            # verb after it ("Scott bristles at the suggestion ...", "Trump made this statement").
            return 2 if i == self.d.sent_starts[self.d.sent_of_tok(i)] else 0
        tok = self.d.doc[i]
        verb = _subjectless_verb(tok)
        if verb is not None:
            return 2 if verb.dep_ == "ROOT" else 1
        t = tok if tok.dep_ in ("nsubj", "nsubjpass") else tok.head
        if t.dep_ == "appos":
            t = t.head
        return 2 if t.head.dep_ == "ROOT" else 1

    def _is_subject(self, i: int) -> bool:
        tok = self.d.doc[i]
        if _subjectless_verb(tok) is not None:
            return True
        # A name modifying a common noun ("a Clinton surrogate", "Trump's campaign") is not who the phrase is.
        own = (tok,) if tok.dep_ not in ("compound", "flat") or tok.head.pos_ != "PROPN" else (tok, tok.head)
        for t in own:
            if t.dep_ in ("nsubj", "nsubjpass"):
                return True
            if t.dep_ == "appos" and t.head.dep_ in ("nsubj", "nsubjpass"):
                return True
        return False
