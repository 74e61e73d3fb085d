"""A cue that sources words outside its own clause: a closing "..., X said" after the content, "as X noted" set
in or after a sentence, and a quote right before such a cue."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from extract.quotes.addressees import _ADDRESSEE_VERBS, _MEDIA_NOUNS
from extract.quotes.clause_forms import _topic
from extract.quotes.lexicon import (
    _CIRCUMSTANCE,
    _CLAIM_NOUNS,
    _CLAUSE_ONLY,
    _DIRECTIVE,
    _NOT_PLAIN,
    _TOPIC_PREPS,
    _TOPIC_VERBS,
    SPEECH,
)
from extract.quotes.people import _people
from extract.quotes.report_times import _time_phrase

if TYPE_CHECKING:
    from spacy.tokens import Token

    from extract.quotes.docview import _Doc


def _outer_closing(cue: Token, c: Token, clauses: Sequence[Token]) -> bool:
    """Whether a clause the parser hung on a cue is the closing cue of a report around it: a verb of saying with its
    own subject before it, set off by a comma (maybe inside a closing quote mark) ('said, “somebody ought to ...,”
    the prosecutor's office said', 'The mayor said, "The plan is dead," a spokesman said on Tuesday')."""
    if c.i < cue.i or c.lower_ not in SPEECH:
        return False
    subj = next((g for g in c.children if g.dep_ in ("nsubj", "nsubjpass") and g.i < c.i), None)
    if subj is None or subj.left_edge.i <= cue.i:
        return False
    # Before the subject only the quote the parser may have hung on the closing cue ('The mayor said, "The plan is
    # dead," a spokesman said'): a clause of the closing cue, after this one.
    if any(g.i < subj.i and g.dep_ != "ccomp" and not g.is_punct for g in c.children):
        return False
    k = subj.left_edge.i - 1
    while k > cue.i and c.doc[k].text in ('"', "\u201d", "''", "'", "\u2019"):
        k -= 1
    return c.doc[k].text == ","


def _before_sourcing(d: _Doc, lo: int, hi: int) -> int:
    """End a content before a closing "as X put it" of someone else's, which sources the words before it."""
    doc = d.doc
    for t in doc[lo + 1 : hi + 1]:
        if t.right_edge.i == hi and t.left_edge.i > lo and _sourcing_as(t, SPEECH.get(t.lower_)):
            end = t.left_edge.i - 1
            while end > lo and (doc[end].text in (",", ";", "-", "\u2014") or doc[end].is_space):
                end -= 1
            return end
    return hi


# Words that open a subordinate clause, which is never all that a closing cue reports.
_SUBORDINATORS = {
    "though",
    "although",
    "as",
    "when",
    "while",
    "if",
    "after",
    "before",
    "because",
    "since",
    "once",
    "unless",
    "until",
    "whether",
}


def _closing_cue(
    d: _Doc, cue: Token, lemma: str | None, subj: Token, a: int, b: int, left: int, subordinate: bool
) -> bool:
    """Whether a cue and its subject close the sentence after a comma, with only whom it was told and when
    or where after them, and a clause with a verb before the comma ("A is by pounds, a spokesman told us")."""
    doc = d.doc
    if not _plain_speech(lemma) or subordinate or cue.dep_ == "relcl" or _reduced_relative(subj):
        return False
    inverted = subj.i > cue.i
    if inverted and (left != cue.i or cue.dep_ != "ROOT"):
        return False  # "..., said X" as the sentence's own verb only
    if left <= a + 2 or doc[left - 1].text != "," or any(t.text in (";", ":") for t in doc[a : left - 1]):
        return False
    if not any(t.pos_ in ("VERB", "AUX") and not t.is_punct for t in doc[a : left - 1]):
        return False
    first = next((t for t in doc[a : left - 1] if t.dep_ != "cc" and not t.is_punct), None)
    if first is None or first.dep_ == "mark" or first.tag_ == "WRB" or first.lower_ in _SUBORDINATORS:
        return False  # "Though many remain peaceful, protesters responded with violence": no report before
    told = lemma in _CLAUSE_ONLY or lemma in _DIRECTIVE or lemma in _ADDRESSEE_VERBS
    for c in cue.rights:
        if c.is_punct or c.dep_ in ("npadvmod", "advmod"):
            continue
        if c.dep_ == "prep" and c.lower_ in _CIRCUMSTANCE:
            continue
        if told and c.dep_ in ("dobj", "dative"):
            continue  # "told us", "told The Associated Press"
        if inverted and c.i == subj.i:
            continue  # "said Derek Scissors, a China scholar with ..."
        return False
    return cue.right_edge.i >= b - 2


def _reduced_relative(subj: Token) -> bool:
    """Whether a named subject is a relative clause the parser misread ("..., a prospect Vindman denied"): an
    article and a noun for what is said or thought right before the name ("a claim Smith disputes"), where
    "a Reuters reporter Bob Smith" names a person."""
    first = subj.left_edge
    if subj.pos_ != "PROPN" or first.lower_ not in ("a", "an") or first.i + 1 >= subj.i:
        return False
    noun = subj.doc[first.i + 1]
    return noun.pos_ == "NOUN" and (noun.lower_ in _CLAIM_NOUNS or noun.lower_ in _IDEA_NOUNS)


# Nouns that stand for a thought or a course of events a clause before them told ("..., a prospect X denied").
_IDEA_NOUNS = {"prospect", "charge", "notion", "idea", "scenario", "possibility", "theory", "characterization"}


def _ends_sentence(cue: Token, subj: Token, end: int) -> bool:
    """Whether only the speaker ("said Smith"), punctuation, adverbs and time or place phrases follow a
    cue to the sentence end."""
    doc = cue.doc
    for k in range(cue.i + 1, end):
        t = doc[k]
        if t.is_punct or t.is_space or subj.left_edge.i <= k <= subj.right_edge.i:
            continue
        if t.dep_ in ("npadvmod", "advmod") or t.head.i != cue.i and t.head.i > cue.i:
            continue
        if t.dep_ == "prep" and t.lower_ in _CIRCUMSTANCE:
            continue
        return False
    return True


def _plain_speech(lemma: str | None) -> bool:
    """Whether a cue is a verb of saying, which may follow what was said ("Content, X said"); stances,
    intentions and characterisations never do."""
    return bool(lemma) and lemma in SPEECH.values() and lemma not in _NOT_PLAIN


def _as_split(cue: Token, subj: Token, lemma: str | None) -> bool:
    """Whether a sourcing "as X noted" inside a sentence was parsed as the sentence's verb, with the
    sentence's own subject, set off by a comma before "as", as its first subject."""
    if not _plain_speech(lemma):
        return False
    as_ = _split_as(cue)
    return as_ is not None and subj.i > as_.i and subj.dep_ in ("nsubj", "pobj")


def _split_as(cue: Token) -> Token | None:
    """The "as" of "Hawaii, as one of his advisers pointed out, ..." when the parser hung it and the
    sentence's subject before it on the cue ("as" a preposition or a marker, the speaker its object or the
    cue's second subject)."""
    doc = cue.doc
    as_ = next((c for c in cue.children if c.lower_ == "as" and c.dep_ in ("prep", "mark") and c.i < cue.i), None)
    if as_ is None or as_.i < 2 or doc[as_.i - 1].text != ",":
        return None
    first = next((c for c in cue.children if c.dep_ == "nsubj" and c.i < as_.i), None)
    return as_ if first is not None and first.right_edge.i == as_.i - 2 else None


def _quote_before(d: _Doc, a: int, lo: int) -> tuple[int, int] | None:
    """The quote that ends right before token ``lo`` (past a comma), opened after a word of the sentence that
    starts at ``a``: the words an "as X put it" closing the sentence sources."""
    doc = d.doc
    k = lo - 1
    while k > a and doc[k].text == ",":
        k -= 1
    if k <= a or doc[k].tag_ != "''":
        return None
    for j in range(k - 1, a, -1):
        if doc[j].text in ("\u201d", "\u2019") and doc[j].is_punct:
            return None  # a closing mark: the quote before is another one
        # The tagger may tag a straight opening mark as a closing one: the nearest mark opens the quote.
        if doc[j].tag_ in ("``", "''") and doc[j].is_punct:
            end = k - 1
            while end > j and doc[end].is_punct:
                end -= 1
            return d.tok_span(j + 1, end) if end > j and j > a else None
    return None


def _dashed_quote(d: _Doc, sent: int, subj: Token) -> tuple[int, int] | None:
    """The quote right before a closing cue's subject that a dash, a colon or a semicolon sets off from the words
    before it ("... every bill this year — “He is the grim reaper,” he said")."""
    quoted = _quote_before(d, d.sent_range(sent)[0], subj.left_edge.i)
    if quoted is None:
        return None
    k = d.tok_at(quoted[0]) - 1
    doc = d.doc
    while k > 0 and doc[k].is_punct and doc[k].text not in _BREAK_MARKS:
        k -= 1  # the opening mark
    return quoted if doc[k].text in _BREAK_MARKS else None


_BREAK_MARKS = frozenset(("\u2014", "\u2013", "--", "-", ":", ";"))


# Punctuation that sets a clause off from the words before it.
_SET_OFF = frozenset((",", ";", ":", "(", "-", "--", "\u2014", "\u2013"))


def _set_off(mark: Token, cue: Token) -> bool:
    """Whether the "as" of a clause is set off from the words before it: it opens its sentence (after a
    conjunction at most: "But as the mayor noted, ...") or follows a comma or a dash, past its own adverb ("...,
    just as Republicans had predicted") and a closing quote mark ('"balanced and fair," as the council put
    it').  The "as" closing a comparison runs on from it ("twice as fast as economists had predicted")."""
    doc = mark.doc
    start = mark.sent.start
    k = mark.i - 1
    while k >= start and (doc[k].dep_ == "advmod" and doc[k].head.i in (mark.i, cue.i) or doc[k].tag_ in ("''", "``")):
        k -= 1
    if k >= start and doc[k].text in _SET_OFF:
        return True
    return all(doc[j].is_punct or doc[j].pos_ == "CCONJ" for j in range(start, k + 1))


# Entity types of a proper noun that never speaks ("As announced by the Ministry of Defence on Monday").
_NOT_SPEAKER_ENTS = frozenset(("DATE", "TIME", "ORDINAL", "CARDINAL", "LAW", "WORK_OF_ART", "EVENT"))


def _inverted_as(cue: Token) -> tuple[Token, int] | None:
    """The speaker, and the comma after its phrase, of a sourcing "as" clause in the word order that machine
    translation keeps from Russian or Spanish ("As noted the Kremlin spokesman Dmitry Peskov, the talks will
    continue", "As explained the minister of Economy Carlos Cuerpo, ...") or a passive one ("As stated by Deputy
    Foreign Minister Sergei Ryabkov, ..."): "as" right before a verb of saying that opens its sentence, then a
    phrase that names someone (no verb in it) up to a comma; the rest of the sentence is what was said. The
    speaker is the phrase's last name, or its head ("As noted the ministry, ...")."""
    lemma = SPEECH.get(cue.lower_)
    if cue.i == 0 or not _plain_speech(lemma) or cue.tag_ not in ("VBD", "VBN"):
        return None
    doc = cue.doc
    mark = doc[cue.i - 1]
    if mark.lower_ != "as" or any(not (t.is_punct or t.pos_ == "CCONJ") for t in doc[cue.sent.start : mark.i]):
        return None  # (inside a sentence, "Prices rose, as noted X, because ...", the rest is not all it reports)
    if any(c.dep_ in ("nsubj", "nsubjpass") and c.i < cue.i for c in cue.children):
        return None
    end = cue.sent.end
    k = cue.i + 1
    if k < end and doc[k].lower_ == "by":
        k += 1
    elif k < end and doc[k].pos_ == "ADP":
        return None  # "As announced on Monday, ...", "As stated in Article 5 of the Constitution, ...": when or where
    comma = next((j for j in range(k, min(end, k + 14)) if doc[j].text == ","), None)
    if comma is None or comma == k or comma + 2 >= end:
        return None
    phrase = doc[k:comma]
    if any(t.pos_ in ("VERB", "AUX") or t.is_punct for t in phrase):
        return None
    names = [t for t in phrase if t.pos_ == "PROPN" and t.ent_type_ not in _NOT_SPEAKER_ENTS]
    if names:
        return names[-1], comma
    roots = [t for t in phrase if not (k <= t.head.i < comma) or t.head.i == t.i]
    if len(roots) != 1 or not _people(roots[0]):
        return None  # "As noted earlier, ...": no one
    return roots[0], comma


def _sourcing_as(cue: Token, lemma: str | None) -> bool:
    """ "As experts have pointed out, ...": an "as" clause of a verb of saying with nothing said of its
    own sources the rest of the sentence ("as he welcomed guests" is a time, not a source)."""
    if cue.dep_ != "advcl" or not _plain_speech(lemma):
        return False
    mark = next((c for c in cue.children if c.dep_ == "mark" and c.lower_ == "as"), None)
    if mark is None:
        return False
    doc = cue.doc
    if not _set_off(mark, cue) and any(doc[k].lower_ == "as" for k in range(max(cue.sent.start, mark.i - 6), mark.i)):
        # "10 times as many cases as they reported": the second "as" of a comparison runs on from the first;
        # a sourcing "as" is set off from a finished comparison ("as much as it did last year, as the mayor
        # said").
        return False
    # A sourcing clause is set off ("As X noted, ...", "..., as X noted."); "even as he says his plan
    # works" runs on into a clause the parser hung elsewhere, and sources nothing.
    last = cue.right_edge
    if not last.is_punct and last.i + 1 < len(cue.doc):
        nxt = cue.doc[last.i + 1]
        if not nxt.is_punct and nxt.sent.start == cue.sent.start:
            return False
    if lemma == "report" and not _set_off(mark, cue):
        # "Stocks rose as most companies reported": reporting results, a time or a cause run on from the
        # sentence; only a named reporter ("rose as Reuters reported") sources it without a comma.
        subj = next((c for c in cue.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None or subj.pos_ != "PROPN" and subj.lower_ not in _MEDIA_NOUNS:
            return False  # a newspaper, an agency or state media reports news ("fell as the newspaper reported")
    # "as she put it" keeps its "it": the sentence is what she put.
    own = ("dobj", "dative", "ccomp", "xcomp", "attr", "oprd")
    if any(c.dep_ in own and not (c.dep_ == "dobj" and c.lower_ == "it") for c in cue.children):
        return False
    # "As the mayor has talked about many times, the city needs ...": a topic preposition left without an object
    # (or with only a time) points at the rest of the sentence, which is what was talked about.
    if _stranded_topic(cue, lemma):
        return True
    # "As Clinton talked about bringing communities together, Trump ...", "As Obama spoke, the crowd
    # cheered": speaking or talking, or a topic of its own, makes the "as" a time, not a source of the rest.
    return lemma not in ("speak", "talk") and _topic(cue, lemma) is None


def _stranded_topic(cue: Token, lemma: str | None) -> bool:
    """Whether a verb of talking has a topic preposition with no object of its own, or only a time as one ("has
    talked about many times", "has spoken about before"): what it was about is elsewhere in the sentence."""
    if lemma not in _TOPIC_VERBS:
        return False
    for c in cue.rights:
        if c.dep_ == "prep" and lemma in _TOPIC_PREPS.get(c.lower_, ()):
            objs = [g for g in c.children if g.dep_ in ("pobj", "pcomp")]
            return all(_time_phrase(g) for g in objs)
    return False
