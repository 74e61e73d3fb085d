"""Whom a cue tells, not what: addressees of telling verbs ("told the jury"), the press and media nouns, and the
"relative clauses" on an addressee that are what was told ("tells the paper that he fought ...")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from extract.quotes.lexicon import _CLAUSE_ONLY, _DIRECTIVE, _PEOPLE_NOUNS, _SAID_THINGS, _STATEMENT_NOUNS, SPEECH

if TYPE_CHECKING:
    from spacy.tokens import Token


def _says_something(cue: Token) -> bool:
    """Whether a cue has what was said of its own: an object that is no addressee ("said nothing", "denied the
    report"), a clause, or "so" ("said so")."""
    for c in cue.children:
        if c.dep_ == "ccomp" or c.dep_ == "advmod" and c.lower_ == "so" and c.i == cue.i + 1:
            return True
        if c.dep_ == "dobj" and not _addressee(SPEECH.get(cue.lower_), c):
            return True
    return False


# What one tells as a thing, not whom ("told the truth", "told a story", "told reporters nothing").
_TOLD_THINGS = frozenset(("truth", "story", "stories", "lie", "lies", "tale", "news", "secret", "joke", "jokes"))


def _addressee(lemma: str | None, obj: Token) -> bool:
    """Whether an object of a cue is whom it tells: after a verb of telling (tell, warn, inform, remind, ...) anything
    but what was told ("told the jury", "warned the legislature"; "told the truth", "told reporters nothing"), after
    another cue that may have one a person, a group or the press ("asked him", "urged voters", not "urged calm")."""
    low = obj.lower_
    if lemma in _TELLING:
        return not (low in _TOLD_THINGS or low in _SAID_THINGS or low in _WORDS_NOUNS or low in _STATEMENT_NOUNS)
    if not (lemma in _CLAUSE_ONLY or lemma in _DIRECTIVE or lemma in _ADDRESSEE_VERBS):
        return False
    return (
        low in ("him", "her", "them", "me", "us", "himself", "herself", "themselves")
        or obj.ent_type_ in ("PERSON", "ORG", "NORP")
        or low in _MEDIA_NOUNS
        or low in _PEOPLE_NOUNS
        or low.endswith("s")
        and low[:-1] in _PEOPLE_NOUNS
    )


# Verbs of telling, whose object is whom they tell unless it is what was told.
_TELLING = frozenset(("tell", "inform", "notify", "remind", "assure", "reassure", "warn", "brief"))


# Verbs of talking that take no that-clause ("spoke at the time that the fire broke out": a time).
_NO_CLAUSE = frozenset(("speak", "talk", "rail"))


def _told_whom(lemma: str | None, obj: Token, t: Token) -> bool:
    """Whether a "relative clause" on whom a cue tells is what was told: "Employee Steve Castro tells the paper that
    he fought with the shirtless man" (the parser made "that" the object of "fought"). Only after "tell" with a
    person, a group or the press as its object, for a clause opened by "that" with a subject of its own and no
    preposition left without its object ("told the paper that he writes for" is a relative clause)."""
    if lemma != "tell" or obj.dep_ != "dobj" or t.head.i != obj.i or t.dep_ != "relcl":
        return False
    first = t.doc[t.left_edge.i]
    if first.lower_ != "that" or first.dep_ in ("nsubj", "nsubjpass"):
        return False
    if not (
        obj.lower_ in ("him", "her", "them", "me", "us")
        or obj.ent_type_ in ("PERSON", "ORG", "NORP")
        or obj.lower_ in _MEDIA_NOUNS
        # "A witness told the tribunal that soldiers had fired on the crowd": whom one tells as a body, when the
        # clause's verb is filled without "that" (no gap for it to fill; "that" after "with" in "the man that he
        # fought with" fills one).
        or _addressee(lemma, obj)
        and first.dep_ != "pobj"
        and any(c.i != first.i and _fills(c) for c in t.children)
    ):
        return False
    if not any(c.dep_ in ("nsubj", "nsubjpass") and c.i != first.i for c in t.children):
        return False
    return not any(g.dep_ == "prep" and not any(p.dep_ in ("pobj", "pcomp") for p in g.children) for g in t.subtree)


def _fills(c: Token) -> bool:
    """Whether a dependent fills its verb so that no relative gap is left: an object, a complement, or a phrase
    ("fired on the crowd"; a time or a named place does not: "the man that he hired in 2010", "the team that he had
    built in Chicago")."""
    if c.dep_ in _GAPLESS:
        return True
    return c.dep_ == "prep" and any(
        p.dep_ == "pobj" and p.ent_type_ not in ("DATE", "TIME", "GPE", "LOC", "FAC") for p in c.children
    )


def _told_contact(lemma: str | None, obj: Token, t: Token) -> bool:
    """Whether a "relative clause" with no relative word right after whom a cue tells is what was told: "told the
    inquest the ward had been understaffed", "told the panel her mother had been let down" (the parser hung the
    clause on the addressee). A clause whose verb leaves a gap is a relative one ("told the people she met")."""
    if lemma not in _TELLING or obj.dep_ != "dobj" or t.dep_ != "relcl" or t.head.i != obj.i:
        return False
    if t.left_edge.i != obj.i + 1 or not _addressee(lemma, obj):
        return False
    subj = next((c for c in t.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or subj.left_edge.i != t.left_edge.i or subj.tag_ in ("WDT", "WP") or subj.lower_ == "that":
        return False
    return any(c.dep_ in _GAPLESS for c in t.children)


# What fills a clause's verb so that no relative gap is left ("had been understaffed", "had seen the car").
_GAPLESS = frozenset(("dobj", "ccomp", "xcomp", "attr", "acomp", "oprd", "auxpass", "nsubjpass"))


# Nouns for the very words someone said ("added the words, “...”", "repeated the phrase ...", "used the line ...").
_WORDS_NOUNS = frozenset(("words", "word", "phrase", "line", "lines", "slogan", "refrain", "message"))


# Common nouns for the press, which report news rather than results ("as the newspaper reported").
_MEDIA_NOUNS = {
    *(
        w
        for n in (
            "newspaper",
            "paper",
            "agency",
            "broadcaster",
            "network",
            "magazine",
            "outlet",
            "station",
            "channel",
            "daily",
            "tabloid",
            "journal",
            "website",
            "reporter",
            "correspondent",
            "journalist",
        )
        for w in (n, n + "s")
    ),
    "dailies",
    "media",
    "press",
    "television",
    "radio",
}


# Verbs whose object is whom they address ("warned voters that ...", "assured investors that ...").
_ADDRESSEE_VERBS = {"remind", "assure", "reassure", "inform", "notify", "convince", "persuade", "caution"}
