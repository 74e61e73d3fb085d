""" "they" and "it": the subject of the clause before (organisations, places, groups), the speakers of a joint
statement just before, who issued the text "it" speaks for, and the phrase an unresolved "they" goes on with."""

from __future__ import annotations

from typing import TYPE_CHECKING

from extract.quotes.lexicon import _DOCUMENT_NOUNS, _EVIDENCE_NOUNS, _PLURAL_PRONOUNS, SPEECH, WEAK, verb_forms
from extract.quotes.people import _people, _singular
from extract.quotes.resolve.base import _PERSON_NOUNS, _Base
from extract.records import Mention

if TYPE_CHECKING:
    from spacy.tokens import Token


def _issues_text(subj: Token) -> bool:
    """Whether a subject's verb issues a text of its own ("they've put out another statement", "they emailed a
    statement to reporters"): what "it" after it stands for. A text received, read or seen ("they received a
    letter") is someone else's, as is one owned by anyone else: "from" someone ("a letter from the singer's
    lawyers", not "from their chief executive"), "by" someone ("a statement by", "written by"), or another's
    ("the singer's open letter", not "their statement")."""
    verb = subj.head
    if subj.dep_ != "nsubj" or verb.lower_ not in _ISSUING:
        return False
    if verb.lower_ in ("put", "puts", "putting") and not any(
        c.dep_ == "prt" and c.lower_ in ("out", "up") for c in verb.children
    ):
        return False
    if any(_others(c, subj) for c in verb.children if c.dep_ == "prep"):
        return False
    return any(
        c.dep_ == "dobj" and c.lower_ in _DOCUMENT_NOUNS and c.lower_ != "joint" and not _owned_by_other(c, subj)
        for c in verb.children
    )


def _own_possessive(tok: Token, subj: Token) -> bool:
    """Whether a possessive pronoun agrees with the subject ("they ... their", "it ... its", "he ... his")."""
    return tok.tag_ == "PRP$" and tok.lower_ == _OWN_POSSESSIVE.get(subj.lower_)


_OWN_POSSESSIVE = {"they": "their", "it": "its", "he": "his", "she": "her", "we": "our", "i": "my"}


def _others(prep: Token, subj: Token) -> bool:
    """Whether a "from"/"by" phrase names someone other than the subject ("from the singer's lawyers", "from her
    lawyers" after "they"; not "from their chief executive")."""
    if prep.lower_ not in ("from", "by"):
        return False
    obj = next((g for g in prep.children if g.dep_ == "pobj"), None)
    return obj is None or not any(g.dep_ == "poss" and _own_possessive(g, subj) for g in obj.children)


def _owned_by_other(text: Token, subj: Token) -> bool:
    """Whether a text is another's: a possessor other than the subject's own pronoun ("the singer's open letter",
    "her open letter" after "they"), a "from"/"by" phrase of someone else, or a participle with its agent ("a letter
    written by the lawyers")."""
    for c in text.children:
        if c.dep_ == "poss" and not _own_possessive(c, subj):
            return True
        if c.dep_ == "prep" and _others(c, subj):
            return True
        if c.dep_ == "acl" and any(g.dep_ == "agent" for g in c.children):
            return True
    return False


# Verbs of issuing a text of one's own ("put out", "issued", "emailed a statement"); a text reacted to ("welcomed",
# "disputed", "denied the statement") or passed on ("quoted", "forwarded", "leaked") is someone else's.
_ISSUING = frozenset(
    verb_forms(
        "put:putting issue release publish send:sent write:wrote,written,writing share sign post circulate"
        " email tweet file make:made give:gave,given provide deliver submit draft pen unveil"
    )
)


def _plural(m: Mention) -> bool:
    """Whether a group's name is a plural noun ("Democrats", "South Koreans"), not an adjective."""
    return m.name.endswith("s")


class _Groups(_Base):
    """ "they" and "it"."""

    def last_subject(self, pron: Token, kinds: tuple[str, ...]) -> list[Mention]:
        """What "it" or "they" stands for: the subject of the clause before it in this sentence or the
        previous one, when that subject is a named actor of a fitting kind. Things ("the ad", "the video")
        are the usual antecedents and are never named, so the nearest name would often be wrong."""
        doc = self.d.doc
        sent = self.d.sent_of_tok(pron.i)
        stop = self.d.sent_starts[max(0, sent - 1)]
        for i in range(pron.i - 1, stop - 1, -1):
            t = doc[i]
            if t.dep_ not in ("nsubj", "nsubjpass") or self.inside[i]:
                continue
            if t.lower_ == pron.lower_:
                continue  # "it said ... it added": the same antecedent further back
            if t.tag_ == "PRP" and pron.lower_ == "it" and _issues_text(t):
                # "Now they've put out another statement. “...,” it says.": the text speaks for who issued it.
                found = [m for m in self._resolve_head(t, 3) or self._spoke_as(t) if self.kind_of(m) in kinds]
                return list({m.name: m for m in found}.values())
            if t.tag_ not in ("NN", "NNS", "NNP", "NNPS"):
                return []  # another pronoun, or an adjective the parser made a subject
            if pron.lower_ in _PLURAL_PRONOUNS and self._object_may_speak(t):
                return []  # "Apple sued two former engineers. They said ...": the engineers as likely as Apple
            # The subject resolves as a speaker would ("the statement" to who issued it), conjuncts too.
            found = [m for c in (t, *t.conjuncts) for m in self._resolve_head(c) if self.kind_of(m) in kinds]
            return list({m.name: m for m in found}.values())
        return []

    def _object_may_speak(self, subj: Token) -> bool:
        """Whether the verb of the subject "they" would take up acts on others who may answer as likely as the subject
        goes on: plural people by a noun for people ("Google fired 200 workers", "The FBI arrested three protesters";
        not "Apple released new iPhones"). A verb of saying ("Democrats criticized the senators. They said ...") has
        its speaker go on."""
        verb = subj.head.head if subj.head.dep_ == "conj" else subj.head
        if verb.lower_ in SPEECH or verb.lower_ in WEAK:
            return False
        own = {subj.i, *(c.i for c in subj.conjuncts)}
        objects = [o for c in verb.children for o in (c, *c.children) if o.dep_ in ("dobj", "pobj", "dative")]
        for o in objects:
            if o.i in own:
                continue
            if o.tag_ == "NNS" and _singular(o.lower_) in _PERSON_NOUNS:
                return True
        return False

    def they_phrase(self, pron: Token) -> str | None:
        """What the text called the people an unresolved "they" goes on with: the nearest main-clause subject before
        it in this sentence or the previous one, when that subject is plural people or evidence that no actor stands for
        ("Analysts expect sales to grow. They say ...": "Analysts"; "Xi and his comrades do not want war. They
        know ...": "Xi and his comrades"). A singular subject, another pronoun or a plural thing ("the rules")
        leaves the "they" as written."""
        doc = self.d.doc
        sent = self.d.sent_of_tok(pron.i)
        stop = self.d.sent_starts[max(0, sent - 1)]
        for i in range(pron.i - 1, stop - 1, -1):
            t = doc[i]
            if t.dep_ not in ("nsubj", "nsubjpass") or self.inside[i] or t.lower_ == pron.lower_:
                continue
            verb = t.head.head if t.head.dep_ == "conj" else t.head
            if verb.dep_ != "ROOT" or verb.i == pron.head.i:
                continue  # the subject of a clause inside ("Protesters believe the bill is ...": not "the bill")
            joined = [c for c in t.conjuncts if c.i > t.i]
            if t.pos_ not in ("NOUN", "PROPN") or not (t.tag_ in ("NNS", "NNPS") or joined):
                return None
            if not (_people(t) or t.lower_ in _EVIDENCE_NOUNS or joined and t.ent_type_ == "PERSON"):
                return None
            objects = [o for c in verb.children for o in (c, *c.children) if o.dep_ in ("dobj", "pobj", "dative")]
            if any(o.tag_ in ("NNS", "NNPS") and _people(o) for o in objects):
                return None  # "Officers arrested three protesters. They say they were beaten": either may speak
            span = self._np_span(t)
            return self.rep.original_slice(*span) if span else None
        return None

    def _spoke_as(self, pron: Token) -> list[Mention]:
        """Whom the last attribution before a pronoun, close by, gave the same pronoun to ("“...,” they said in a
        statement on their website. ... Now they've put out another statement": Big Machine)."""
        pos = self.rep.to_original(pron.idx)
        for off, speakers, _, said, _, _ in reversed(self.recent):
            if off >= pos:
                continue
            return list(speakers) if pos - off < 1000 and said.lower() == pron.lower_ else []
        return []

    def _recent_joint(self, pos: int) -> list[Mention]:
        for off, speakers, *_ in reversed(self.recent):
            if off < pos and pos - off < 800 and len(speakers) > 1:
                return list(speakers)
            if off < pos:
                break
        return []
