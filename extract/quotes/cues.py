"""Reporting cues in a parsed document: speech verbs with their subject and content, "according to X",
assertion nouns, transcript and headline labels; plus array views of the Doc."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from extract import datelines
from extract.actors.names import TITLE_WORDS
from extract.quotes.content import (
    _after_dateline,
    _agent_judgement,
    _complement_in_disguise,
    _content,
    _finite,
    _has_clause,
    _names_as,
    _of_recording,
    _passive_agent,
    _predicate_as_acl,
    _sourcing_as,
    _spaced_dash,
    _split_as,
    _that_clause,
    _to_infinitive,
    _topic,
    _weak_object,
    _with_condition,
)
from extract.quotes.lexicon import (
    _AMBIGUOUS,
    _ATTITUDE,
    _CHARACTERIZE,
    _CLAIM_NOUNS,
    _CLAUSE_NEEDED,
    _CLAUSE_ONLY,
    _DOCUMENT_NOUNS,
    _EDGE_SOFT,
    _EFFORT,
    _EVIDENCE_NOUNS,
    _GENDERED,
    _GENDERED_ROLES,
    _HEADLINE_SOURCES,
    _HEDGES,
    _INTENT_NOUNS,
    _INTENTION,
    _JUDGE_FOR,
    _KIN_NOUNS,
    _LABEL,
    _LABEL_STOP,
    _MARK_CHARS,
    _MARKS,
    _NONEMPTY_LINE,
    _NOT_SOMEONE_ENTS,
    _OBJECT_CONTROL,
    _OFFERING,
    _ORG_NOUNS,
    _PARTICLES,
    _PEOPLE_NOUNS,
    _PUBLISHING,
    _QUOTE_TOKENS,
    _REALIZING,
    _SEEING_AS,
    _SET_LEVELS,
    _SPEAKING_TEXTS,
    _SUBJ,
    _TEXT_VERBS,
    _TOPIC_NOUN_PREPS,
    _TOPIC_NOUNS,
    _UTTERED,
    _UTTERED_ABOUT,
    _WRITTEN,
    SEEING,
    SPEECH,
    WEAK,
    verb_forms,
)
from extract.quotes.marks import _skip_space
from extract.records import Mention

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from extract.repair import Repaired


@dataclass(slots=True, eq=False)
class _Att:
    """One attribution found in the text (parser-text offsets)."""

    cue: str
    kind: str
    sent: int
    cue_start: int
    cue_end: int
    cue_tok: int | None = None
    subj_tok: int | None = None
    source_span: tuple[int, int] | None = None
    content: tuple[int, int] | None = None
    weak: bool = False
    quotes: list[int] = field(default_factory=list)
    nested: bool = False
    # A cue in a question ("Did Trump say that ...?"): it still holds what it asks about (so a weak cue inside stays
    # nested, as before), then gives no row.
    asked: bool = False
    lemma: str = ""
    subj_start: int | None = None
    subj_left: int | None = None
    subj_stop: int | None = None
    """Last token of the speaker's phrase when the parser ran it into the content."""
    """Where the subject's phrase starts ("“...,” the minister said": the quote ends right before it)."""
    names: tuple[str, ...] = ()
    said: str | None = None
    actor: bool = False
    """Whether the source resolved to an actor mention (or a named label)."""
    shown: str | None = None
    """The phrase an unresolved "they" goes on with ("Analysts"): the records' ``stands_for``."""
    that: bool = False
    """Whether the cue takes a clause opened by "that" or sources one with "as X noted" (then even a
    half-speech verb reports)."""


class _Doc:
    """Array views of a parsed Doc so that the per-token work stays in C."""

    def __init__(self, doc: Doc, text: str) -> None:
        import numpy as np

        self.doc = doc
        self.text = text  # == doc.text, which spaCy rebuilds token by token on every access
        if len(doc):
            arr = doc.to_array(["IDX", "SENT_START"]).astype(np.int64)
            self.idx: list[int] = arr[:, 0].tolist()
            starts = np.flatnonzero(arr[:, 1] == 1).tolist()
        else:
            self.idx, starts = [], []
        if not starts or starts[0] != 0:
            starts = [0, *starts]
        self.sent_starts: list[int] = starts
        self.sent_chars: list[int] = [self.idx[s] for s in starts] if self.idx else [0]
        # Starts of non-empty lines, numbered like QuoteSpan.para.
        self.para_starts: list[int] = [m.start() for m in _NONEMPTY_LINE.finditer(self.text)]
        self._lower: Any = None
        self.single = False  # the story quotes with single marks only (``marks._single_spans``)
        self.single_marks: frozenset[int] = frozenset()  # the offsets of the single marks paired into quotes

    @property
    def lower(self) -> Any:
        """The tokens' lower-case string hashes (a numpy array), read from the Doc once."""
        if self._lower is None:
            self._lower = self.doc.to_array("LOWER")
        return self._lower

    def para_of(self, char: int) -> int:
        return max(0, bisect_right(self.para_starts, char) - 1)

    def tok_at(self, char: int) -> int:
        """Index of the token that contains or follows ``char``."""
        return max(0, bisect_right(self.idx, char) - 1)

    def sent_of_tok(self, i: int) -> int:
        return bisect_right(self.sent_starts, i) - 1

    def sent_of_char(self, char: int) -> int:
        return max(0, bisect_right(self.sent_chars, char) - 1)

    def sent_range(self, s: int) -> tuple[int, int]:
        """Token range [a, b) of sentence ``s``."""
        a = self.sent_starts[s]
        b = self.sent_starts[s + 1] if s + 1 < len(self.sent_starts) else len(self.idx)
        return a, b

    def sent_chars_range(self, s: int) -> tuple[int, int]:
        a, b = self.sent_range(s)
        tok = self.doc[b - 1]
        return self.idx[a], tok.idx + len(tok)

    def end_char(self, i: int) -> int:
        tok = self.doc[i]
        return tok.idx + len(tok)

    def trim(self, s: int, e: int) -> tuple[int, int] | None:
        """Strip spaces and punctuation from both ends of a character span, and quote marks that
        would be left unpaired (a span that starts inside a quote keeps the quote's closing mark)."""
        text = self.text
        while s < e and text[s] in _EDGE_SOFT:
            s += 1
        while e > s and text[e - 1] in _EDGE_SOFT:
            e -= 1
        for _ in range(4):
            if e <= s:
                break
            marks = len(_MARKS.findall(text, s, e))
            if self.single_marks:
                marks += sum(s <= k < e for k in self.single_marks)
            odd = marks % 2 == 1
            if text[s] in _MARK_CHARS and (odd or text[e - 1] in _MARK_CHARS):
                s += 1
            elif odd and text[e - 1] in _MARK_CHARS:
                e -= 1
            else:
                break
            while s < e and text[s] in _EDGE_SOFT:
                s += 1
            while e > s and text[e - 1] in _EDGE_SOFT:
                e -= 1
        return (s, e) if e > s else None

    def finite_in(self, s: int, e: int) -> bool:
        """Whether the characters [s, e) hold a finite verb or a modal ("We will not raise your taxes")."""
        lo, hi = self.tok_at(s), self.tok_at(max(s, e - 1))
        return any(self.doc[i].tag_ in ("VBD", "VBZ", "VBP", "MD") for i in range(lo, hi + 1))

    def tok_span(self, lo: int, hi: int) -> tuple[int, int] | None:
        """Trimmed character span of tokens lo..hi inclusive."""
        if hi < lo:
            return None
        return self.trim(self.idx[lo], self.end_char(hi))


@lru_cache(maxsize=1)
def _hashes() -> tuple[Any, dict[int, int]]:
    """spaCy's (deterministic) string hashes of the cue words and of the gendered words."""
    import numpy as np
    from spacy.strings import hash_string  # type: ignore[attr-defined]

    words = (*SPEECH, *WEAK, *SEEING, *_CLAIM_NOUNS, *_INTENT_NOUNS, *_TOPIC_NOUNS, *_ATTITUDE, "according")
    cues = np.sort(np.fromiter({hash_string(f) for f in words}, dtype=np.uint64))  # sorted for ``_find_cues``
    return cues, {hash_string(w): v for w, v in {**_GENDERED, **_GENDERED_ROLES}.items()}


def _find_cues(d: _Doc, inside: list[bool]) -> list[_Att]:
    """Speech-verb and "according to" attributions outside quotes."""
    import numpy as np

    doc = d.doc
    if not len(doc):
        return []
    lower = d.lower
    wanted = _hashes()[0]
    out: list[_Att] = []
    # (np.isin sorts both arrays on every call; the cue words are sorted once: a binary search per token)
    at = np.searchsorted(wanted, lower)
    at[at == len(wanted)] = 0
    for i in np.flatnonzero(wanted[at] == lower).tolist():
        if inside[i]:
            continue
        tok = doc[i]
        sent = d.sent_of_tok(i)
        if tok.lower_ == "according":
            att = _according(d, tok, sent)
            if att is not None:
                out.append(att)
            continue
        if tok.tag_ == "NNS" and tok.lower_ in SPEECH:
            att = _verb_as_noun(d, tok, sent, inside)
            if att is not None:
                out.append(att)
                continue
        if tok.tag_.startswith("NN") and (
            tok.lower_ in _CLAIM_NOUNS or tok.lower_ in _INTENT_NOUNS or tok.lower_ in _TOPIC_NOUNS
        ):
            # "Trump claims that ..." and "is warning that ..." are verbs: only the noun names a claim.
            att = _claim_noun(d, tok, sent, inside)
            if att is not None:
                out.append(att)
            continue
        if tok.lower_ in _ATTITUDE and not (tok.tag_.startswith("VB") and tok.dep_ != "acomp" and tok.lower_ in WEAK):
            # ("Regulators worried that ...": a finite verb of the cognition list is one, not the adjective)
            if tok.dep_ == "acomp" and _has_clause(tok):
                att = _attitude(d, tok, sent, inside)
                if att is not None:
                    out.append(att)
            continue
        if not tok.tag_.startswith("VB") and not _noun_as_verb(tok):
            continue
        if _said_adjective(tok):
            continue
        low = tok.lower_
        is_weak = low not in SPEECH
        lemma = SPEECH.get(low) or WEAK.get(low) or SEEING.get(low) or ""
        objective = is_weak and _weak_object(tok, lemma)
        if not lemma or (is_weak and not _has_clause(tok) and not objective):
            continue
        if tok.tag_ in ("VBG", "VBN") and tok.dep_ in ("amod", "compound") and tok.head.i > tok.i:
            continue  # "its failed AirPower charging mat project", "a widely reported deal": a noun's modifier
        if (
            lemma in _SHOWING_NAMED
            and not _has_clause(tok)
            and any(c.dep_ == "dobj" and c.pos_ == "PROPN" for c in tok.children)
        ):
            # "Tor published Scholars with a blank back cover", "Lexus revealed the LC Convertible at the show",
            # "Apple unveiled its 16-inch MacBook Pro": a named thing shown to the public (a title, a product) is a
            # deed, no claim
            continue
        if any(c.dep_ == "mark" and c.lower_ in ("whether", "if") for c in tok.children):
            # "signals about whether he actually wants a deal", "uncertainty over whether the United States and China
            # could agree to end the trade war": a question or condition, no one's view and nothing said
            continue
        if is_weak and any(c.dep_ == "advmod" and c.lower_ in _HEDGES for c in tok.children):
            # "those people probably already know that they need to wait", "Trump perhaps believes ...": the
            # writer's guess at a view, not one anybody voiced
            continue
        if lemma in _CLAUSE_NEEDED and not _has_clause(tok) and not _object_clause(tok):
            continue  # "Ambulances conveyed the injured to hospital", "conveyed the message to Tehran"
        if lemma in _OFFERING and not (objective and _uttered(tok)):
            continue  # "offered to resign", "gave them hope": only words handed over are reported
        if lemma == "paint" and not _portrayed(tok):
            continue  # "Banksy painted Trump as a clown on a wall", "Rembrandt painted himself as ...": a brush
        if lemma in _SEEING_AS and not objective:
            continue  # "saw Kaine speak", "see how galaxies emerged", "see if it works": perception, no judgement
        if lemma == "find" and not objective and not any(c.dep_ == "ccomp" and _finite(c) for c in tok.children):
            continue  # "found a man bleeding", "found it difficult": what someone came upon, not a finding
        # "was called a mistake by the union on Friday": a preposition of time is no particle of the verb.
        particle = next((c for c in tok.children if c.lower_ in _PARTICLES.get(lemma, ()) and not _dated(c)), None)
        if particle is None and lemma == "call":
            particle = _for_clause_mark(tok)  # "Protesters called for the footage to be released"
        if (
            lemma in _PARTICLES
            and particle is None
            and not _has_clause(tok)
            and not _names_as(tok, inside)
            and not (lemma == "put" and _put_at_figure(tok))
        ):
            continue
        if lemma in _PARTICLES and particle is None and any(c.dep_ == "prt" for c in tok.children):
            continue  # "laid off 60 employees", "called off the strike": another particle, another verb
        # A "not" inside quotes is the speaker's ("“Probably not,” Ms. Moore said"), not the cue's.
        # Only a "not" before the verb negates it: one after it ("promising not to ...", or a later clause
        # the parser hung on it: "promising to lift ... ― probably not exactly what Graham had in mind") does not.
        if any(c.dep_ == "neg" and not inside[c.i] and c.i < tok.i for c in tok.children) or (
            tok.dep_ == "conj"
            and any(c.dep_ == "neg" and not inside[c.i] for c in tok.head.children)
            and not any(c.dep_ in _SUBJ for c in tok.children)
            # "She didn't give a date, but said SpaceX would fly ...": "but" opposes the verb to the negated one.
            and not any(c.dep_ == "cc" and c.lower_ in ("but", "yet") and c.i < tok.i for c in tok.head.children)
            # "The airline did not reveal the crash location and said it was withholding the names": a finite verb
            # joined to a negated infinitive or participle has a tense of its own, so no share of its "not"
            # ("didn't suggest retaliation or declare ...", "hasn't confirmed or denied ..." share it; a present
            # form without -s is the infinitive's own: "didn't threaten Moscow or even directly declare ...").
            and not (tok.tag_ in ("VBD", "VBZ") and tok.head.tag_ in ("VB", "VBN", "VBG"))
        ):
            continue  # "he didn't suggest retaliation (or declare ...)": nothing was said
        if lemma in _REALIZING and not _realized(tok):
            continue  # "trying to understand what happened", "remembered to lock the door", "must remember that"
        if lemma not in _REALIZING and _hypothetical(tok, lemma, is_weak):
            continue  # "People will begin to think ...", "only if a professional concludes ...": no view held
        if _nor_before(tok, inside):
            continue  # "Nor did the senator say that ...", "..., nor do they understand what ...": nothing was said
        # "declined to threaten Moscow or even directly declare it responsible": a verb joined to the infinitive
        # shares its "declined" (one with a subject of its own does not).
        ctl = tok
        while ctl.dep_ == "conj" and ctl.head.i != ctl.i and not any(c.dep_ in _SUBJ for c in ctl.children):
            # A bare verb the parser joined to a finite one goes with that verb's infinitive ("declined to threaten
            # Moscow or even directly declare ...": "declare" cannot be coordinated with "declined").
            inf = next((c for c in ctl.head.children if c.dep_ == "xcomp" and c.i < ctl.i), None)
            bare = ctl.tag_ in ("VB", "VBP") and ctl.head.tag_ in ("VBD", "VBZ")
            ctl = inf if bare and inf is not None else ctl.head
        if ctl.dep_ in ("xcomp", "acl") and (
            ctl.head.lower_ in _DECLINED
            or _singular(ctl.head.lower_) in _DECLINED
            or any(c.dep_ == "neg" and not inside[c.i] for c in ctl.head.children)
            or any(
                c.dep_ == "advmod" and c.lower_ == "yet" and c.i < ctl.i and c.nbor(1).lower_ == "to"
                for c in ctl.head.children
            )
        ):
            # "declined to comment on the report", "did not want to say", "has yet to offer an explanation":
            # nothing was said (a discourse "Yet, critics continued to argue that ..." still reports)
            continue
        if lemma in _RELAYING and _relays_saying(tok):
            # "Faeser was quoted by Der Spiegel as saying ...", "State media cited the general as saying ...": the
            # outlet relays the words, which "as saying" reports for whom it quotes; it says nothing of its own.
            continue
        if _requested(tok):
            continue  # "urged Congress to reject the bill", "asked him to explain": asked for, not yet said
        if lemma == "ask" and _asked_for_oneself(tok):
            continue  # "a refugee who asked not to be identified": a request about oneself, nothing claimed
        if lemma in _PUBLISHING and any(
            c.dep_ == "dobj"
            and _speaking_text(c)
            and _issues(tok, c)
            and any(g.dep_ == "acl" and g.lower_ in SPEECH for g in c.children)
            for c in tok.children
        ):
            # "published a report saying the mayor had lied": the participle reports it for the publisher (one row)
            continue
        if lemma in _PUBLISHING and tok.dep_ == "advcl" and any(c.lower_ == "to" for c in tok.children):
            continue  # "spoke on Thursday to discuss clean energy": a purpose, nothing made public yet
        if (
            tok.tag_ == "VBN"
            and tok.dep_ in ("advcl", "acl")
            and not any(c.dep_[:3] == "aux" or c.dep_ == "nsubj" for c in tok.children)
            and not _predicate_as_acl(tok)
        ):
            # "Asked about it, Ford said": the subject was asked, the participle is no speech of his; a past
            # tense the tagger took for a participle keeps its own subject (", as the bank noted on Tuesday").
            continue
        if _reduced_passive(tok):
            # "Hilly and mountainous areas, thought to represent exposed portions of the crust, cover ...": what
            # someone thinks of the areas, not what they think (the parser made the participle the root).
            continue
        if tok.dep_ == "pcomp" and tok.head.lower_ == "with" and tok.tag_ in ("VBD", "VBN"):
            continue  # "with Obama expected to visit": a passive participle, what others expect of him
        subj = _parenthetical_name(tok) or _subject(tok, inside)
        if subj is None or inside[subj.i]:
            # "“... pushed by the media system,” Cyril, ..., told the Post": a subject inside the quote is the
            # parser's misreading of a cue it hung on the quoted verb; the name after the quote speaks.
            subj = _bare_subject(tok, inside) or subj
        if subj is None:
            subj = _dateline_apposition(d, tok) or _aside_owner(tok)
        if subj is not None:
            subj = _past_dateline(d, subj)
        if subj is not None and subj.lower_ in ("instance", "example") and subj.head.lower_ == "for":
            continue  # "For instance, calls to ...": the writer's example, nobody who spoke
        if subj is None or inside[subj.i] or subj.lower_ in ("'s", "\u2019s"):
            continue  # "let's talk about it": the writer and the reader
        if any(
            c.dep_ in ("compound", "nmod", "amod") and c.i == subj.left_edge.i and c.lower_ in _WHATEVER
            for c in subj.children
        ):
            continue  # "Everything Trump says is a lie": a relative clause on "everything", what he says is its head
        if subj.lower_ in ("nothing", "nobody", "none") or any(
            # "No fewer than 30 economists said ...": a comparison of a number, not the determiner "no".
            c.dep_ == "det" and c.lower_ == "no" and c.nbor(1).lower_ not in ("fewer", "more", "less")
            for c in subj.children
        ):
            continue  # "No one said that ...", "Nothing indicated that ...": nobody said it
        if subj.lower_ == "neither" or any(
            c.dep_ in ("preconj", "det") and c.lower_ == "neither" for c in subj.children
        ):
            continue  # "neither his staff nor the whistleblower will testify", "Neither of them said": nobody did
        going_on = next((c for c in tok.children if c.dep_ == "xcomp"), None) if lemma == "continue" else None
        if going_on is not None and (
            going_on.lower_ in ("be", "being", "been", "remain", "stay")
            or going_on.lower_ in SPEECH
            or going_on.lower_ in WEAK
            or subj.ent_type_ not in ("PERSON", "NORP")
            and subj.lower_ not in ("he", "she", "they", "i", "we")
            or not _aimed(going_on)
        ):
            # "Biden continues to be the favorite", "Apple continues to offer free repairs", "London continues to
            # suffer": a state or a thing's deed goes on; a verb of saying after it ("continues to insist that
            # ...") reports on its own. A person's doing that goes on ("continue to ignore the reality that ...",
            # "continued to plot against him") stays a stance, as PolNeAR has it, but only when aimed at something:
            # "He continues to search for answers" or "she continued to work" is a deed that goes on.
            continue
        if lemma == "decide" and not _ruling(tok, subj):
            # "The company decided to close the plant", "the Dems decided to wage ...": a deed or the writer's
            # narrative; only a holder's ruling or judgement ("The Supreme Court decided that ...") reports.
            continue
        if lemma in _OFFERING and not (
            _someone(subj) or subj.ent_type_ == "GPE" or subj.lower_ in ("he", "she", "they", "i", "we", "you")
        ):
            # "The data provided little reassurance", "The study provides insight into ...": no one spoke; a
            # country or its capital is its government ("Beijing offering new guidance")
            continue
        if lemma == "promise" and _prospect(tok, subj):
            continue  # "the Black Friday Apple deals promise to be even better": a prospect held out, no words
        if lemma == "add" and any(c.dep_ == "dobj" and _counted(c) for c in tok.children):
            continue  # "Marchand added three assists", "the index added 0.5 percent": a count added, no words
        if lemma == "charge" and not _has_clause(tok) and not any(c.lower_ == "with" for c in tok.children):
            # "The Justice Department charged the man on Tuesday", "charged customers $5 a month", "began charging
            # passengers for bags": only a charge "with" something ("charged him with murder") or one that says
            # what ("charged that the company lied") accuses anyone.
            continue
        if lemma == "recall" and not _has_clause(tok) and any(c.dep_ == "dobj" and _counted(c) for c in tok.children):
            continue  # "Ford recalled 300,000 trucks", "GM is recalling nearly 1 million SUVs": goods called back
        if lemma == "order" and not _has_clause(tok) and any(c.dep_ == "dobj" and _goods(c) for c in tok.children):
            continue  # "Howitt ordered another set of mice", "United ordered 50 Boeing 787s": goods bought
        if lemma == "plead" and not _has_clause(tok) and any(_plea(c) for c in tok.children):
            continue  # "after pleading guilty to threatening ...", "pleaded not guilty", "pleaded no contest": a plea
        if lemma == "assert" and any(c.dep_ == "dobj" and c.lower_ in _POWERS for c in tok.children):
            continue  # "would assert his Fifth Amendment rights", "asserted its authority": a power used, no claim
        if _relative_gap_where(tok):
            # "the short story he wrote where God cheats at Scrabble": what he wrote is the story; the "where" clause
            # tells of the story, not what was written
            continue
        if (
            lemma == "advise"
            and not _has_clause(tok)
            and not any(c.dep_ in ("xcomp", "prep", "advcl") and c.i > tok.i for c in tok.children)
            and any(c.dep_ == "dobj" and _someone(c) for c in tok.children)
        ):
            continue  # "a role as state counselor, in which she advises President Htin Kyaw": a job, nothing said
        if lemma == "boast" and not _has_clause(tok) and any(c.dep_ == "dobj" for c in tok.children):
            # "The hotel boasts a rooftop pool", "a service that boasts such a high technical makeup", "the team
            # boasts three former champions": with a plain object "boast" is to have a feature; words are boasted
            # with a clause or a topic ("boasted that ...", "boasted about the deal")
            continue
        if lemma == "read" and subj.lower_ not in _WRITTEN and subj.lower_ not in ("it", "which"):
            continue  # "she read the report": only a text "reads"
        if particle is None and lemma not in _CLAUSE_ONLY:
            # "ruled out Taliban involvement", "backed up": a verb particle changes what the cue means (a
            # verb of saying keeps its plain form: "said out loud").
            particle = next((c for c in tok.children if c.dep_ == "prt" and c.i == tok.i + 1), None)
        cue = tok.text if particle is None else f"{tok.text} {particle.text}"
        if subj.lower_ == "it" and subj.dep_ == "nsubjpass":
            continue  # "it is feared that ...": nobody in particular
        if is_weak and subj.lower_ in ("which", "that"):
            continue  # "the summit, which showed that ...": a thing as evidence is the writer's inference
        att = _Att(cue, "indirect", sent, tok.idx, tok.idx + len(tok), i, subj.i, weak=is_weak, lemma=lemma)
        # "Did Trump say that the election was rigged?": a question about a claim, not the claim.
        att.asked = _asked(tok, subj)
        att.subj_start = subj.idx
        judged = _agent_judgement(subj, lemma) if subj.head.dep_ == "agent" else []
        if judged:
            # "was accused by prosecutors of endangering sources": the speaker is "prosecutors", not the charge.
            att.subj_stop = min(t.left_edge.i for t in judged) - 1
        att.subj_left = doc[_hyphen_start(doc, subj.left_edge.i)].idx  # "study co-author X": the whole title
        owned = subj.head if subj.dep_ == "appos" and subj.head.i < subj.i else None
        if owned is not None and any(c.dep_ == "poss" and not inside[c.i] for c in owned.children):
            # "“...,” NASA's chief scientist, Jim Green, said": the speaker's phrase opens at the owner.
            att.subj_left = next(c for c in owned.children if c.dep_ == "poss").left_edge.idx
        att.content = _content(d, tok, sent, lemma, subj, objective)
        if att.content is not None:
            att.content = _with_condition(d, tok, att.content)
        topic = _topic(tok, lemma)
        if topic is not None and particle is None:
            att.cue = f"{tok.text} {topic.head.text}"  # "spoke about": the preposition says it is a topic
        if particle is not None and att.content is not None and att.content[0] == particle.idx:
            # "called for a moratorium": the particle is part of the cue, what is called for the content.
            att.content = d.trim(particle.idx + len(particle), att.content[1])
        # A that-clause or a sourcing "as X noted, ..." makes even a half-speech verb report.
        att.that = any(c.dep_ == "ccomp" and _that_clause(c) for c in tok.children) or _sourcing_as(tok, lemma)
        out.append(att)
    return out


def _aside_subject(cue: Token, inside: Sequence[bool]) -> Token | None:
    """The subject a reduced-passive aside took from the cue after it: in "Residents, told to leave, said they would
    stay" the parser made "Residents" the subject of the aside's "told" and left "said" without one (review s22 r1
    LOW-2)."""
    for c in cue.children:
        if c.i < cue.i and c.dep_ in ("parataxis", "advcl", "acl", "ccomp") and _reduced_passive(c):
            subj = next((g for g in c.children if g.dep_ == "nsubj" and g.i < c.i and not inside[g.i]), None)
            if subj is not None:
                return subj
    return None


def _inverted_aside_subject(cue: Token, inside: Sequence[bool]) -> Token | None:
    """The speaker of an inverted cue set off by commas inside a clause whose subject the parser gave to the clause:
    in "This system, says Richard Locksley, an immunologist at ..., helps direct ..." "Locksley" became a second
    subject of "helps" and "says" had none. The name must start right after the cue, and the clause keep a subject
    of its own before the cue."""
    if cue.dep_ != "parataxis" or cue.i == 0 or cue.doc[cue.i - 1].text != "," or cue.head.i <= cue.i:
        return None
    head = cue.head
    name = next(
        (c for c in head.children if c.dep_ == "nsubj" and c.left_edge.i == cue.i + 1 and not inside[c.i]), None
    )
    if name is None or name.pos_ != "PROPN":
        return None
    end = name.right_edge.i  # the closing comma may be the name's own last token
    if cue.doc[end].text != "," and (end + 1 >= len(cue.doc) or cue.doc[end + 1].text != ","):
        return None
    if not any(c.dep_ in ("nsubj", "nsubjpass") and c.i < cue.i for c in head.children):
        return None
    return name


def _before_range_end(d: _Doc, cue: Token, span: tuple[int, int] | None) -> tuple[int, int] | None:
    """The content of a gerund opening a "from ... to ..." range ends where the range's other end starts: "from Bernie
    Sanders's declaring an end to all deportations to Elizabeth Warren's dreaming up a wealth tax" reports "an end to
    all deportations"; the "to" whose object is another gerund (or someone's gerund) is the range's."""
    if span is None or cue.dep_ != "pcomp" or cue.head.lower_ != "from" or cue.tag_ != "VBG":
        return span
    doc = d.doc
    for t in doc[cue.i + 1 : cue.right_edge.i + 1]:
        if t.lower_ != "to" or t.dep_ != "prep" or d.idx[t.i] < span[0] or d.idx[t.i] >= span[1]:
            continue
        k = t.i + 1
        while k < len(doc) and (
            doc[k].tag_ in ("NNP", "NNPS", "PRP$") or doc[k].tag_ == "POS" or doc[k].dep_ == "case"
        ):
            k += 1  # "to Elizabeth Warren's dreaming up ...": someone's gerund
        if k < len(doc) and doc[k].tag_ == "VBG" and k > t.i:
            end = t.i - 1
            while end > cue.i and (doc[end].is_punct or doc[end].is_space):
                end -= 1
            return d.trim(span[0], d.end_char(end)) if end > cue.i else span
    return span


def _asked_for_oneself(tok: Token) -> bool:
    """Whether "ask" asks for something done to the asker: a passive infinitive and no one asked ("asked not to be
    identified", "asked not to be named", "asked to be included")."""
    if any(c.dep_ in ("dobj", "dative", "ccomp") for c in tok.children):
        return False
    return any(
        c.dep_ == "xcomp"
        and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)
        and any(g.dep_ == "auxpass" for g in c.children)
        for c in tok.children
    )


def _reduced_passive(tok: Token) -> bool:
    """A participle set off by commas right after a noun, with a to-infinitive and no auxiliary: the reduced passive
    "X, thought (said, believed) to be Y, ..." tells what others hold of X, whoever they are, and "The governor, asked
    to comment, said ..." what he was asked; X says nothing by it (the tagger often takes the participle for a past
    tense)."""
    doc = tok.doc
    if tok.tag_ not in ("VBN", "VBD") or tok.i < 2 or doc[tok.i - 1].text != ",":
        return False
    if doc[tok.i - 2].pos_ not in ("NOUN", "PROPN") or any(c.dep_ in ("aux", "auxpass", "neg") for c in tok.children):
        return False
    for c in tok.children:
        if c.dep_ == "xcomp" and c.i > tok.i and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children):
            # The aside closes with a comma before the sentence's own finite verb ("..., cover 14 percent", "...,
            # said the plan would pass"); "One Republican, Rep. Jim Jordan, threatened to make Kadzik testify ...,
            # should he fail ..." is the sentence's predicate.
            end = c.right_edge.i + 1
            if not (end + 1 < len(doc) and doc[end].text == "," and doc[end + 1].tag_ in ("VBD", "VBZ", "VBP")):
                return False
            # "Tim Cook, pledged to keep prices low, said people familiar with the matter": an inverted closing cue
            # (its subject after it) follows a predicate, not an aside (review r1 MED-1).
            after = doc[end + 1]
            return not (
                after.lower_ in SPEECH
                and any(g.dep_ in ("nsubj", "nsubjpass") and g.i > after.i for g in after.children)
            )
    return False


def _said_adjective(tok: Token) -> bool:
    """Whether "said" is the legal adjective "aforementioned" the parser took for the verb: after a bare verb or a
    preposition and before a noun with no article ("only to find said civilisation had issues", "the owner of said
    property"); not after an auxiliary ("would have said prices rose")."""
    if tok.lower_ != "said" or tok.i == 0 or tok.i + 1 >= len(tok.doc):
        return False
    prev, nxt = tok.doc[tok.i - 1], tok.doc[tok.i + 1]
    if prev.lower_ in ("have", "has", "had", "be", "been", "being", "having"):
        return False
    return prev.tag_ in ("VB", "IN") and nxt.tag_ in ("NN", "NNS") and not any(c.dep_ == "det" for c in nxt.children)


def _noun_as_verb(tok: Token) -> bool:
    """Whether a verb the tagger took for a noun heads its sentence with a subject before it and a finite clause
    after it ("Documents from his 1995 tax return show he took a $916 million loss", "show" tagged NN)."""
    return (
        tok.tag_ in ("NN", "NNS")
        and tok.dep_ == "ROOT"
        and any(c.dep_ in ("nsubj", "nsubjpass") and c.i < tok.i for c in tok.children)
        and any(c.dep_ == "ccomp" and c.i > tok.i and _finite(c) for c in tok.children)
    )


# Words that say a report was withheld ("declined to comment", "refused to say", "a request to comment", "his
# refusal to say which side he would be on").
_DECLINED = {
    *verb_forms("decline refuse fail request"),
    "unable",
    "unavailable",
    "reluctant",
    "refusal",
    "failure",
    "reluctance",
    "unwillingness",
    "inability",
}

# Verbs of asking someone to act ("urged X to", "pressed X to", "wants X to"): the infinitive after their
# object is what was asked for, not something the object has said (unlike "forced X to admit").
_REQUESTS = verb_forms(
    "tell:told ask urge order advise remind warn instruct encourage implore exhort beg:begged,begging"
    " press pressure push challenge invite dare:dared,daring call want expect need persuade convince"
    " allow permit let:letting require oblige"
)


# What a plea in court is ("pleaded guilty", "pleaded not guilty", "pleaded no contest", "pleaded innocent", "pleaded
# the Fifth"): a legal act, not a claim ("pleaded that he be spared", "pleaded with the judge" stay).
# Verbs by which an outlet passes on another's words ("quoted the minister as saying", "cited officials as saying").
_RELAYING = frozenset({"quote", "cite"})

_PLEAS = frozenset({"guilty", "innocent", "contest", "insanity", "fifth"})


def _prospect(cue: Token, subj: Token) -> bool:
    """Whether "promise" holds out a prospect, not words: a subject that is no one ("the deals", not "the city",
    "the hospital", "officials") promising to be or become something ("promise to be even better")."""
    if subj.pos_ != "NOUN" or _someone(subj) or subj.lower_ in _ORG_NOUNS:
        return False
    if _singular(subj.lower_) in _PROSPECT_THINGS:
        return True  # "The new law promises to cut health care costs", "The merger promises to create ..."
    return any(c.dep_ == "xcomp" and c.lower_ in _BECOMING for c in cue.children)


# Things the news says "promise" an outcome (a law, a rule, a deal, a product), never someone who promises. Not
# "system" nor "program": "The school system / health system promised to ..." are bodies that speak.
_PROSPECT_THINGS = frozenset(
    {
        "law",
        "bill",
        "rule",
        "plan",
        "deal",
        "merger",
        "policy",
        "measure",
        "reform",
        "budget",
        "project",
        "product",
        "technology",
        "proposal",
        "agreement",
        "change",
        "update",
        "feature",
        "treaty",
        "settlement",
    }
)


# Verbs of being or becoming after "promise to" ("promise to be even better", "promises to become a classic").
_BECOMING = frozenset({"be", "become", "prove", "remain", "get"})


def _plea(c: Token) -> bool:
    """Whether a cue's child is a plea's word ("guilty", "the Fifth", "the Fifth Amendment")."""
    return (
        c.lower_ in _PLEAS
        or c.dep_ == "dobj"
        and any(g.dep_ in ("compound", "amod", "nmod") and g.lower_ in _PLEAS for g in c.children)
    )


def _goods(obj: Token) -> bool:
    """Whether what is ordered is goods: counted ("50 Boeing 787s", "2,000 doses", "100 jets at a list price of
    $13 billion") or a lot of something ("another set of mice", "a batch of vaccines"); an act ordered ("the
    deployment of four battalions", "an investigation", "a new round of sanctions") is a directive, which PolNeAR
    attributes, and so are people or things sent somewhere or held ("3,000 more troops to the Middle East", "two
    men held without bail", "two aircraft carriers to the region") and a time set ("three days of mourning")."""
    verb = obj.head
    for c in (*verb.children, *obj.children):
        if c.i <= obj.i:
            continue
        if c.dep_ == "prep" and c.lower_ in _DIRECTIONS or c.dep_ == "oprd" and c.head.i == verb.i:
            return False  # sent "to"/"into" somewhere, or held: a directive ("to replace its fleet" is a purpose)
        if c.dep_ == "acl" and c.head.i == obj.i and c.tag_ == "VBN" and c.lower_ not in _PRICED:
            return False  # "two men held without bail"
    if obj.lower_ in _LOTS:
        return any(c.dep_ == "prep" and c.lower_ == "of" for c in obj.children)
    return _counted(obj) and not _someone(obj) and obj.ent_type_ not in ("DATE", "TIME")


# Prepositions that send what is ordered somewhere ("troops to the Middle East", "into the city").
_DIRECTIONS = frozenset({"to", "into", "toward", "towards", "onto"})
# Participles that price goods ("valued at $9 billion", "priced at").
_PRICED = frozenset({"valued", "priced", "worth", "costing", "totaling", "totalling"})


# Nouns for an amount of goods, before "of" ("a set of", "a batch of", "a shipment of").
_LOTS = frozenset({"set", "batch", "shipment", "supply", "pair", "box", "case", "crate", "dozen", "fleet"})


def _counted(obj: Token) -> bool:
    """Whether an object is a number or counts something ("three assists", "0.5 percent", "$2 billion")."""
    if obj.lower_ in _UTTERANCES:
        return False  # "He added two things: the plant will close ...": things said, counted
    if obj.pos_ == "NUM" or obj.ent_type_ in ("CARDINAL", "PERCENT", "MONEY", "QUANTITY"):
        return True
    return any(c.dep_ == "nummod" for c in obj.children)


# Nouns for what is said, which 'added' may count ("added two things", "added a few words"; not "points", a score).
_UTTERANCES = {
    *(
        w
        for n in ("thing", "word", "reason", "caveat", "condition", "detail", "remark", "comment", "note")
        for w in (n, n + "s")
    ),
    *(w for n in ("warning", "question", "example", "argument", "observation", "thought") for w in (n, n + "s")),
}


# What one asserts by using it, not by saying anything ("assert his rights", "asserted control over ...").
_POWERS = {
    *(w for n in ("right", "power", "privilege", "prerogative") for w in (n, n + "s")),
    "authority",
    "control",
    "dominance",
    "sovereignty",
    "independence",
    "influence",
    "jurisdiction",
    "leadership",
    "presence",
    "will",
}


# Object-control verbs that make their object do what the infinitive says ("forced Stumpf to admit").
_MADE_TO = verb_forms(
    "force compel:compelled,compelling prompt lead:led cause get:got,gotten,getting drive:drove,driven inspire help"
)


def _object_controller(tok: Token) -> Token | None:
    """The object that controls an infinitive cue ("forced Stumpf to admit that ...": Stumpf admits), in
    the "verb + object + to-infinitive" pattern of object-control verbs ("used language to denounce"
    is a purpose: the subject denounces)."""
    if tok.dep_ != "xcomp" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
        return None
    if tok.head.lower_ not in _MADE_TO and tok.head.lower_ not in _REQUESTS:
        return None
    head = tok.head
    return next((c for c in head.children if c.dep_ == "dobj" and head.i < c.i < tok.i), None)


def _realized(tok: Token) -> bool:
    """Whether a verb of coming to know reports a belief its subject holds: a declarative finite clause ("realized
    that she had to act"), not a question ("discovered how the fire started"), and not in an effort, an
    obligation, a condition or a negative count ("trying to understand that", "must remember that", "if the
    company discovers that", "few people understand that")."""
    # The first finite clause: the parser may split one ("learned ... that no matter the setting, ... Trump will
    # insist ...": a noun "setting" and the verb "insist", both ccomp).
    clause = next((c for c in tok.children if c.dep_ == "ccomp" and _finite(c)), None)
    if clause is None:
        # "Cook remembered Jobs rehearsing there", "remembers going to get pizza": a memory of what happened
        # ("remembered to lock the door" is a deed).
        memory = next((c for c in tok.children if c.dep_ in ("ccomp", "xcomp") and c.tag_ == "VBG"), None)
        if memory is None or WEAK.get(tok.lower_) != "remember":
            return False
        clause = memory
    first = tok.doc[clause.left_edge.i]
    if first.tag_ in ("WDT", "WP", "WP$", "WRB") and first.lower_ != "that":
        return False
    if any(c.dep_ == "mark" and c.lower_ in ("whether", "if") for c in clause.children):
        return False
    verbs = (tok, tok.head) if tok.dep_ == "xcomp" else (tok,)
    if any(c.dep_ == "aux" and c.tag_ == "MD" for v in verbs for c in v.children):
        return False  # "must remember that", "will soon realize that", "may understand that": not (yet) held
    if any(
        (c.dep_ == "mark" and c.lower_ in ("if", "unless", "once"))
        or (c.dep_ in ("mark", "advmod") and c.lower_ == "when" and tok.tag_ in ("VBP", "VBZ"))
        for c in tok.children
    ):
        return False  # "if the company discovers that", "Once voters understand that ...": a condition
    if tok.dep_ == "xcomp" and tok.head.lower_ in _EFFORT:
        return False
    subj = next((c for c in verbs[-1].children if c.dep_ == "nsubj"), None)
    if _question(tok, subj):
        return False  # "Did the president realize that the deal was dead?"
    return subj is None or not _generic(subj)


def _hypothetical(tok: Token, lemma: str, weak: bool) -> bool:
    """Whether a cue tells a view no one holds yet: under a condition ("only if a licensed professional concludes the
    inmate is no longer at risk", "unless voters feel ..."), in a comparative correlative ("the more the people
    shrug and think ..."), or, for a belief (a cognition verb or "conclude"), under a modal other than "would"
    ("People will begin to think ...", "Investors might conclude ..."). A plan or a wish under a modal is still one
    ("the company will seek to ..."), and a verb of saying under one is left to the rules of speech."""
    verbs = [tok]
    t = tok
    while t.dep_ in ("xcomp", "conj") and t.head.i != t.i and t.head.pos_ in ("VERB", "AUX", "NOUN"):
        if t.dep_ == "conj" and any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children):
            break  # "Fad diets can be unhealthy, and studies show that ...": a clause of its own
        t = t.head  # "will begin to think", "shrug and think": the verb whose clause the cue is in
        verbs.append(t)
    for v in verbs:
        for c in v.children:
            if c.dep_ == "mark" and (c.lower_ in ("if", "unless") or c.lower_ == "once" and v.tag_ in ("VBP", "VBZ")):
                return True  # ("once the man mentioned that ...": a time, no condition)
            if c.dep_ == "advmod" and c.tag_ in ("RBR", "JJR") and c.i > 0 and tok.doc[c.i - 1].lower_ == "the":
                return True  # "the more ..., the more ...": a correlation the writer draws
    if not (weak or lemma == "conclude") or lemma in _INTENTION:
        return False
    # "would" with a time of its own tells a view held later in a narrative ("Investigators would later conclude
    # that ...", "Smith, who would later conclude that the dam was unsafe"); without one it is a forecast or a
    # condition ("A jury would likely conclude that ...", "Any reasonable person would conclude ...").
    later = any(c.dep_ == "advmod" and c.lower_ in _LATER for v in verbs for c in v.children)
    if lemma in ("show", "find"):
        # "The audit, released on Monday, would show that ...": a document's result, told in the narrative's time
        later = later or any(c.dep_ == "nsubj" and c.lower_ in _EVIDENCE_NOUNS for v in verbs for c in v.children)
    return any(
        c.dep_ == "aux" and c.tag_ == "MD" and not (c.lower_ in _NARRATIVE and later) for v in verbs for c in v.children
    )


_NARRATIVE = frozenset({"would", "'d"})
# Adverbs that set a "would" in a narrative's later time.
_LATER = frozenset({"later", "eventually", "ultimately", "soon", "subsequently", "afterwards", "afterward"})


# Quantifiers that make a subject the writer's generalisation ("few people understand", "Most voters realize",
# "many understand that").
_QUANTIFIERS = {"few", "most", "many", "some", "all", "every", "any", "everyone", "everybody", "anyone", "anybody"}


def _generic(subj: Token) -> bool:
    """Whether a subject is a quantified or bare generic group, not someone who holds a view: "few people",
    "most people", "many", "everyone", bare "people"."""
    if subj.lower_ in _QUANTIFIERS or any(
        c.dep_ in ("det", "amod") and c.lower_ in _QUANTIFIERS for c in subj.children
    ):
        return True
    return subj.lower_ == "people" and not any(c.dep_ in ("det", "poss", "amod", "compound") for c in subj.children)


def _question(tok: Token, subj: Token | None) -> bool:
    """Whether a cue asks rather than states: an auxiliary before its subject ("Does he understand that ...") or a
    sentence that ends with a question mark."""
    return _inverted((tok,), subj) or _asking_sentence(tok)


def _inverted(verbs: Sequence[Token], subj: Token | None) -> bool:
    """Whether an auxiliary of the verbs comes before their subject: "Did Trump say ...", "Why did the minister
    claim ...", "Will Trump try to claim ..." (the cue and the verb whose infinitive it is)."""
    return subj is not None and any(c.dep_ == "aux" and c.i < subj.i for v in verbs for c in v.children)


def _asking_sentence(tok: Token) -> bool:
    """Whether the cue's sentence ends with a question mark (closing quotes aside)."""
    last = next((t for t in reversed(list(tok.sent)) if not t.is_space and not t.is_quote), None)
    return last is not None and last.text == "?"


def _text_speaker(verb: Token, text: Token) -> Token | None:
    """Who speaks through a text a participle of saying hangs on ("a statement saying ...", "letters saying ..."),
    given the verb the text is the object of; None when that verb's subject made or issued the text and speaks.

    A passive's subject got the text ("Residents were sent letters saying ..."): its sender (the agent) wrote it,
    else the text speaks. A text by someone else speaks for them ("published a letter from a reader saying ...": the
    reader, not the newspaper). A text received, cited, shared or delivered says it itself ("received a letter
    saying ...", "Smith denied a report saying he had resigned"), not who got it or passed it on."""
    if any(c.dep_ == "nsubjpass" for c in verb.children):
        agent = _passive_agent(verb)
        return agent if agent is not None and _someone(agent) else text
    other = _others_text(text)
    if other is not None:
        return other
    return None if _issues(verb, text) else text


def _asked(tok: Token, subj: Token) -> bool:
    """Whether any cue is itself asked: an inverted auxiliary in a sentence that ends with a question mark ("Did
    Trump say that the election was rigged?", "Why did the minister claim that prices would fall?", "Will Smith
    offer an apology?"). Both are needed: an inversion alone may be emphatic ("Only later did Smith admit that he
    had lied."), and a question mark alone may close a quoted question or the writer's own tail ("Smith asked,
    'Will it work?'", "Trump said the vote was rigged, but was it?"), where the cue still reports."""
    verbs = (tok, tok.head) if tok.dep_ == "xcomp" else (tok,)
    own = next((c for v in verbs for c in v.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return own is not None and own.i == subj.i and _inverted(verbs, own) and _asking_sentence(tok)


# Bodies that rule, which the people nouns do not cover ("The jury decided that ...").
_RULING_BODIES = {"jury", "court", "panel", "tribunal"}


def _ruling(tok: Token, subj: Token) -> bool:
    """Whether "decided" reports a ruling or judgement: a finite clause decided by a named person or organisation
    or by a described body or person ("The judge decided that the evidence was inadmissible", "The board decided
    that the CEO should resign"; not bare "Voters decided that ..."), and not the decider's own next step ("Apple
    decided that it would stop selling the phone" is "decided to stop")."""
    clause = next((c for c in tok.children if c.dep_ == "ccomp" and _finite(c)), None)
    if clause is None:
        return False
    described = any(c.dep_ in ("det", "poss") for c in subj.children)
    if not (
        subj.ent_type_ in ("PERSON", "ORG")
        or described
        and (_someone(subj) or _singular(subj.lower_) in _RULING_BODIES)
    ):
        return False
    own = any(c.dep_ == "nsubj" and c.lower_ in ("he", "she", "it", "they", "we", "i") for c in clause.children)
    return not (own and any(c.dep_ == "aux" and c.lower_ in ("would", "will", "'d", "’d") for c in clause.children))


def _nor_before(tok: Token, inside: Sequence[bool]) -> bool:
    """Whether a "nor" negates a cue: the sentence's opening "Nor did X say ...", or the "nor" that joins the
    cue to the verb before it (", nor do they understand ..."). A "nor" between subjects ("neither A nor B
    said") hangs on a noun and negates nothing here."""
    if any(c.lower_ == "nor" and c.i < tok.i and not inside[c.i] for c in tok.children):
        return True
    return tok.dep_ == "conj" and any(
        c.lower_ == "nor" and tok.head.i < c.i < tok.i and not inside[c.i] for c in tok.head.children
    )


def _aimed(verb: Token) -> bool:
    """Whether the verb after "continue" takes a stance by its meaning, pressing or resisting a cause ("continue to
    ignore the reality that ...", "continued to plot against him", "continued to push for an investigation"); a
    verb of saying or judging after it ("continued to oppose the merger") reports on its own. "continues to search
    for answers", "continues to work at the hospital" and "continued to pay the bills" tell a deed that goes on."""
    if verb.lower_ in _RESISTING:
        return True  # "continue to ignore the warnings", "continued to plot against him"
    if verb.lower_ not in _PRESSING:
        return False
    # "continued to push for an investigation", "press lawmakers to pass the bill", "challenge the ruling": a cause
    # pressed, not "fight the blaze", "fight for his life at a hospital", "push the stroller", "campaign in Iowa".
    return any(
        c.dep_ in ("xcomp", "ccomp")
        or c.dep_ == "prep"
        and c.lower_ == "against"
        or c.dep_ == "prep"
        and c.lower_ == "for"
        and not any(g.lower_ == "life" for g in c.subtree)
        or c.dep_ == "dobj"
        and (c.lower_ in _DOCUMENT_NOUNS or c.lower_ in _CAUSE_OBJECTS)
        for c in verb.children
    )


def _requested(tok: Token) -> bool:
    """Whether a cue is an infinitive after the object of a verb of asking ("urged Congress to reject")."""
    return tok.head.lower_ in _REQUESTS and _object_controller(tok) is not None


def _colon_blocks(d: _Doc, atts: Sequence[_Att]) -> None:
    """ "The governor added:" closing a paragraph introduces the next paragraph as his words, also when
    the outlet sets them as a block without quote marks."""
    text = d.text
    for a in atts:
        if a.content is not None or a.cue_tok is None:
            continue
        nl = text.find("\n", a.cue_end)
        line_end = len(text) if nl < 0 else nl
        tail = text[a.cue_end : line_end].rstrip()
        if nl < 0 or not tail.endswith(":") or len(tail) > 40:
            continue
        start = _skip_space(text, line_end)
        if start >= len(text) or text[start] in _MARK_CHARS:
            continue  # a quote: the quote pairing gives it to this cue
        nxt = text.find("\n", start)
        block = d.trim(start, len(text) if nxt < 0 else nxt)
        if block is not None:
            a.content, a.kind = block, "direct"


def _named_words(doc: Doc) -> frozenset[str]:
    """The words of the document's person and organisation names, computed once per document."""
    words = doc.user_data.get("sw_named_words")
    if words is None:
        words = frozenset(t.text for t in doc if t.ent_type_ in ("PERSON", "ORG"))
        doc.user_data["sw_named_words"] = words
    return words


def _name_as_modifier(verb: Token) -> Token | None:
    """A capitalised word the parser made a modifier of a finite verb that has no subject, with at most
    adverbs between them: a surname that is also an adverb or adjective ("Early says there is ...", "but
    Early still says ...") is the verb's subject; a finite "says" or "said" needs one, unlike an imperative."""
    if verb.tag_ not in ("VBZ", "VBD", "VBP") or any(
        c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in verb.children
    ):
        return None
    doc = verb.doc
    k = verb.i - 1
    while k >= 0 and doc[k].dep_ in ("advmod", "npadvmod", "amod") and doc[k].is_alpha:
        t = doc[k]
        if t.text[:1].isupper() and (t.head.i == verb.i or t.head.head.i == verb.i and t.head.i < verb.i):
            # Only a word the story names someone by elsewhere ("Chris Early"), not "Earlier said ...".
            named = t.ent_type_ in ("PERSON", "ORG") or t.text in _named_words(doc)
            return t if named else None
        k -= 1
    return None


def _finite_with_participle(tok: Token) -> bool:
    """Whether a past-tense verb with an object of its own is coordinated with a participle the parser hung on the
    sentence's root noun ("The group, X, formed in recent weeks and sent a letter ..."): the root has no verb of its
    own, so both verbs are its predicate."""
    if tok.dep_ != "conj" or tok.tag_ != "VBD" or not any(c.dep_ == "dobj" for c in tok.children):
        return False
    part = tok.head
    return (
        part.dep_ == "acl"
        and part.tag_ in ("VBN", "VBD")
        and part.i < tok.i
        and part.head.dep_ == "ROOT"
        and part.head.pos_ in ("NOUN", "PROPN")
        and part.head.i < part.i
    )


def _subject(cue: Token, inside: Sequence[bool]) -> Token | None:
    """The subject of a cue verb, through conjunctions, xcomps, participles and relative clauses."""
    recorded = _quoted_as(cue) or _recorded(cue) or _subordinate_subject(cue) or _as_object(cue) or _aside_object(cue)
    if recorded is not None:
        return recorded
    named = _name_as_modifier(cue)
    if named is not None and not inside[named.i]:
        return named
    tok = cue
    for _ in range(4):
        # A passive cue speaks with its agent ("was announced by the ministry").
        agent = _passive_agent(tok)
        if agent is not None:
            return agent
        # With two subjects ("the president of X, Ursula Y warned") the one next to the verb names the speaker.
        subjects = [c for c in tok.children if c.dep_ in _SUBJ and c.dep_ != "expl" and not inside[c.i]]
        # "said co-founder Jane Smith", "said former vice-president Mike Pence": the parser may make each piece of a
        # hyphenated title a subject; the hyphen and the prefix before it ("co", "vice") are no speaker.
        subjects = [c for c in subjects if not _hyphen_piece(c)] or subjects
        if not subjects and tok.i == cue.i:
            stolen = _aside_subject(cue, inside) or _inverted_aside_subject(cue, inside)
            if stolen is not None:
                return stolen
        if subjects:
            if tok.i == cue.i and all(c.dep_ == "nsubjpass" for c in subjects) and subjects[0].lower_ != "it":
                # "Trump was called a liar by critics": the parser hung the agent on the judgement.
                agent = _passive_agent(cue, misplaced=True)
                # "the plan was criticised": what was said, not who said it
                return agent if agent is not None and _someone(agent) else None
            before = [c for c in subjects if c.i < tok.i]
            if len(before) >= 2 and _cut_conjunct(before[-2], before[-1]):
                # "A lawyer for union leader Tom Walsh and federation chair Karen Lee said": the name the parser made a
                # second subject ends a conjunct inside the first subject's preposition, whose client it is.
                return before[-2]
            return before[-1] if before else subjects[0]
        misread = _misread_predicate_subject(tok) if tok.i == cue.i else None
        if misread is not None:
            return misread
        if _predicate_as_acl(tok):
            # "Aaron Kall, the director of debate at ..., compared Trump to a coach ...": the parser made the name the
            # sentence's root and its verb a participle on it; a past verb with an object after the name speaks for it.
            return tok.head
        if _finite_with_participle(tok):
            # "The group, WeWorkers Coalition, formed in recent weeks and sent a letter ... stating that ...": the
            # parser made the group the root and "formed" a participle on it; a past tense coordinated with that
            # participle is the sentence's predicate, and the root noun its subject.
            return tok.head.head
        if tok.dep_ == "relcl":
            # "a way to maintain ...": an infinitive says what the noun is for, not what it said.
            infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)
            return None if infinitive else tok.head
        if tok.dep_ == "acl" and _speaking_text(tok.head) and tok.head.head.i != tok.head.i:
            verb = _text_verb(tok.head)
            if verb is None:
                if tok.head.lower_ not in _DOCUMENT_NOUNS:
                    return tok.head
                tok = tok.head.head  # "in a statement saying ...": who the statement is by
                continue
            speaker = _text_speaker(verb, tok.head)
            if speaker is not None:
                return speaker
            tok = verb  # "issued a statement calling X ...", "made a statement saying ...": its maker speaks
            continue
        text = _text_before(tok)
        if text is not None:
            speaker = _text_speaker(tok.head, text)  # "Customers were sent an email saying ...": not Customers
            if speaker is not None:
                return speaker
        if _conj_of_reported(tok) or _conj_of_passive_report(tok):
            # "May said the country would leave and suggested that ...": a finite verb cannot be coordinated
            # with the bare verb after "would"; it goes with the cue that reported that clause.
            tok = tok.head.head
            continue
        if tok.dep_ in ("conj", "xcomp", "advcl") and tok.head.i != tok.i:
            controller = _object_controller(tok)
            if controller is not None:
                return controller  # "forced Stumpf, who ..., to admit that ...": the object speaks
            if tok.dep_ != "conj" and tok.tag_ == "VBG":
                head = tok.head
                obj = next((c for c in head.children if c.dep_ == "dobj" and c.i < tok.i), None)
                if obj is not None and head.lower_ in _OBJECT_CONTROL and obj.right_edge.i + 1 == tok.i:
                    return obj  # "left many nations feeling that ...": the object feels, not the subject
                outside = _outside_dashed_aside(tok)
                if outside is not None:
                    # "protesters ... looping the streets around the stadium - where the Panthers played the Vikings
                    # - while chanting, “...”": a participle after the aside's closing dash goes with the clause the
                    # aside interrupts, not with the aside the parser hung it on.
                    tok = outside
                    continue
                if tok.i > 0 and tok.doc[tok.i - 1].text == "," and _in_relative(head) and not _own_subject(head):
                    # "defend not paying an architect who said ..., saying “...”": a participle set off at
                    # the end speaks for the main clause, not for the relative clause the parser hung it on.
                    tok = tok.doc[head.sent.root.i] if head.sent.root.i != head.i else head
                    continue
                if (
                    tok.i > 0
                    and tok.doc[tok.i - 1].text == ","
                    and head.dep_ == "ccomp"
                    and head.head.lower_ in SPEECH
                    and head.head.i < head.i < tok.i
                ):
                    # "Analysts said geopolitical factors have helped, citing ...": a participle set off after
                    # a reported clause backs the report; its speaker cites, not the clause's subject.
                    tok = head.head
                    continue
                # Only a participle a subordinator opens ("while shouting") tells what the patient did: a bare one set
                # off by a comma ("The mayor was criticized by the union, saying ...") goes with the agent.
                opened = any(c.dep_ == "mark" and c.i < tok.i for c in tok.children)
                # ("The minister was interviewed by the BBC, saying ...": whom one interviews or asks answers)
                opened = opened or head.lower_ in _ASKED_PASSIVES
                patient = _passive_patient(head, tok) if tok.dep_ == "advcl" and opened else None
                if patient is not None:
                    return patient  # "The student was led away by guards while shouting, “...”": the student
            tok = tok.head
            continue
        if tok.dep_ == "pcomp":
            prep = tok.head
            while prep.dep_ == "conj" and prep.head.i != prep.i and prep.head.pos_ == "ADP":
                prep = prep.head  # "for his role in ... and for saying ...": the first preposition's head
            if prep.dep_ == "prep" and prep.head.i != prep.i:
                head = prep.head
                obj = next((c for c in head.children if c.dep_ == "dobj" and c.i < prep.i), None)
                if (
                    tok.head.lower_ == "for"
                    and obj is not None
                    and head.lower_ in _JUDGE_FOR
                    and obj.pos_ in ("NOUN", "PROPN", "PRON")
                    and obj.ent_type_ not in ("DATE", "TIME", "CARDINAL", "MONEY", "PERCENT", "QUANTITY")
                ):
                    # "attacked Clinton for saying ...", "praised him for noting ...", "blasted the White House
                    # for claiming ...", "fired the host for saying ...": after a verb that judges, rewards or
                    # punishes, the object is blamed or praised for what it said; the subject only judges it.
                    return obj
                patient = _passive_patient(head, prep)
                if patient is not None:
                    return patient  # "The protester was arrested by police after shouting ...": the protester
                tok = head  # "After saying ..., she was ...": who the main clause is about
                continue
        return None
    return None


# Pronouns a bare relative clause may follow ("Everything Trump says", "Anything she said"), which the parser may
# take for a modifier of the clause's subject.
_WHATEVER = frozenset(("everything", "anything", "nothing", "something", "whatever", "all"))


def _misread_predicate_subject(tok: Token) -> Token | None:
    """The subject of a past tense the parser hung after a comma on a noun as its modifier: in "he asked about the
    Muslim Brotherhood, called Omar a “terrorist” and said ..." "called" is his next act, so its subject is that of
    the verb whose object or topic the noun is (a reduced relative is a participle: "the Brotherhood, founded in
    1928")."""
    doc = tok.doc
    if tok.dep_ != "acl" or tok.tag_ != "VBD" or tok.left_edge.i != tok.i or tok.i == 0 or doc[tok.i - 1].text != ",":
        return None
    if not any(c.dep_ in ("dobj", "oprd", "ccomp") for c in tok.children):
        return None
    noun = tok.head
    verb = noun.head
    if noun.dep_ == "pobj" and verb.dep_ == "prep":
        verb = verb.head
    elif noun.dep_ != "dobj":
        return None
    if verb.pos_ not in ("VERB", "AUX") or verb.i >= noun.i:
        return None
    return next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)


def _relative_gap_where(tok: Token) -> bool:
    """Whether a cue in a relative clause has its antecedent for object and only a "where"/"when" clause after it:
    "the short story he wrote where God cheats at Scrabble", "the speech she gave when the plant closed" (the clause
    is the noun's, extraposed; "the senator, who said where the money went" keeps its content: the relative
    pronoun is the subject)."""
    if tok.dep_ != "relcl" or tok.head.pos_ not in ("NOUN", "PROPN"):
        return False
    subj = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or subj.tag_ in ("WP", "WDT") or subj.i > tok.i:
        return False
    if any(c.dep_ in ("dobj", "dative") for c in tok.children):
        return False
    clauses = [c for c in tok.children if c.dep_ in ("ccomp", "advcl") and c.i > tok.i]
    return bool(clauses) and all(
        tok.doc[c.left_edge.i].tag_ == "WRB" and tok.doc[c.left_edge.i].lower_ in ("where", "when") for c in clauses
    )


def _for_clause_mark(tok: Token) -> Token | None:
    """The "for" right after "call" that the parser made the mark of a for-to clause ("Protesters called for the
    footage to be released", "called for him to resign"): the particle of "call for", the clause what is called for."""
    if tok.i + 1 >= len(tok.doc):
        return None
    mark = tok.doc[tok.i + 1]
    if (
        mark.lower_ != "for"
        or mark.dep_ != "mark"
        or mark.head.head.i != tok.i
        or mark.head.dep_ not in ("advcl", "ccomp")
    ):
        return None
    clause = mark.head
    return mark if any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children) else None


# Passive participles of putting questions to someone ("was interviewed by the BBC, saying ...", "was asked by
# reporters, saying ..."): the one asked answers, so a bare participle after them is the patient's.
_ASKED_PASSIVES = frozenset(
    ("interviewed", "asked", "questioned", "quoted", "reached", "contacted", "pressed", "approached", "polled")
)


def _passive_patient(head: Token, adjunct: Token) -> Token | None:
    """The person a passive with an agent happens to, who does what a participle beside it tells: "The student was led
    away by guards while shouting, “...”", "The protester was arrested by police after shouting ...", "After saying
    ..., she was booed by the crowd" (the student, the protester and she speak). A thing says nothing ("The tariffs
    were announced by the ministry, saying ...": the ministry speaks)."""
    if _passive_agent(head) is None or any(c.dep_ in ("dobj", "dative") for c in head.children):
        return None  # "Residents were sent letters by the city saying ...": the letters speak for the city
    patient = next((c for c in head.children if c.dep_ == "nsubjpass" and c.i < head.i), None)
    if patient is None or not (_someone(patient) or patient.lower_ in ("he", "she", "they", "i", "we")):
        return None
    return patient


def _hyphen_piece(tok: Token) -> bool:
    """Whether a token is a hyphen inside a word or the piece before one ("co" of "co-founder")."""
    doc = tok.doc
    if tok.text in _HYPHENS and tok.i > 0 and not doc[tok.i - 1].whitespace_:
        return True
    return tok.i + 1 < len(doc) and not tok.whitespace_ and doc[tok.i + 1].text in _HYPHENS


def _hyphen_start(doc: Doc, lo: int) -> int:
    """Where a phrase starting at token ``lo`` starts with the pieces of a hyphenated word before it ("former
    vice-president Mike Pence" where the parser began the name at "-" or "president")."""
    while lo >= 1:
        if doc[lo].text in _HYPHENS and not doc[lo - 1].whitespace_:
            prefix = doc[lo - 1]
        elif lo >= 2 and doc[lo - 1].text in _HYPHENS and not doc[lo - 1].whitespace_ and not doc[lo - 2].whitespace_:
            prefix = doc[lo - 2]
        else:
            break
        lo = min(prefix.i, prefix.left_edge.i)
    return lo


_HYPHENS = ("-", "\u2010", "\u2011")


# Verbs of making or putting out a text ("issued a statement saying ...", "posted a tweet calling ...", "ran an
# ad hitting ...", "made a statement saying ...", "drafted a letter urging ..."): their subject speaks through the
# text. Any other verb (receiving, citing, sharing, carrying, dismissing one) does not, whatever the text (_issues).
_ISSUING = verb_forms(
    "issue release publish post send:sent write:wrote,written,writing put:putting unleash file pen:penned"
    " tweet run:ran,running air sign fire:fired submit read:reads,reading make:made,making draft prepare produce"
    " author compose craft"
)

# Verbs that hand a text over: its maker's own words only for a speech noun ("delivered a statement saying ..."),
# else they carry someone else's ("The postman delivered letters saying ...": the text speaks).
_GIVING = verb_forms("deliver give:gave,given,giving")

# Texts one gives or delivers in one's own voice ("delivered a statement saying ...", "gave a speech calling for
# ..."): with these "deliver" and "give" issue the text; with others ("delivered letters") they only carry it.
_DELIVERED = {"statement", "speech", "address", "remark", "message", "testimony", "sermon", "lecture", "briefing"}

# Nouns counting texts ("a series of tweets", "a flurry of posts"): the verb takes the count, the text says.
_TEXT_COUNTS = {"series", "flurry", "string", "barrage", "stream", "volley", "pair", "couple", "number"}


def _text_verb(text: Token) -> Token | None:
    """The verb whose object is a text whose participle speaks ("posted a tweet saying", "unleashed a series of
    tweets criticizing"), or None if the text is no verb's object."""
    noun = text
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lower_ in _TEXT_COUNTS:
        noun = noun.head.head
    return noun.head if noun.dep_ == "dobj" else None


def _text_before(tok: Token) -> Token | None:
    """The text a speech participle describes when the parser hung the participle on the verb instead of the
    text ("were sent an email saying ...", "denied a report saying ..."): the verb's object text right before the
    participle, with no comma between (", saying ..." is the verb's subject speaking)."""
    if tok.dep_ != "advcl" or tok.tag_ != "VBG" or tok.lower_ not in SPEECH or tok.head.i == tok.i:
        return None
    obj = next((c for c in tok.head.children if c.dep_ == "dobj" and c.i < tok.i), None)
    if obj is None or obj.right_edge.i + 1 != tok.i or not _speaking_text(obj):
        return None
    return obj


def _others_text(text: Token) -> Token | None:
    """Who wrote a text that someone else puts out: the person after "from" ("The newspaper published a letter
    from a reader saying ...": the reader), or the text itself when it was leaked ("published leaked emails
    saying ..."). None for a text with no other author named."""
    for c in text.children:
        if c.dep_ == "amod" and c.lower_ == "leaked":
            return text
        if c.dep_ == "prep" and c.lower_ == "from":
            author = next((p for p in c.children if p.dep_ == "pobj"), None)
            if author is not None and (_someone(author) or author.ent_type_ == "GPE"):
                return author
    return None


def _issues(verb: Token, text: Token) -> bool:
    """Whether the subject of a verb with a text as object made or put out that text: a verb of issuing, or "give"
    or "deliver" with a speech noun. Any other verb reacts to the text or passes it on ("The Kremlin dismissed a
    statement saying ...", "The minister ignored a letter saying ..."): the text speaks, not the verb's subject."""
    low = verb.lower_
    if low in _ISSUING:
        return True
    if low in _GIVING:
        return _singular(text.lower_) in _DELIVERED
    return False


# What a brush paints on or in ("on a wall", "on canvas", "in oils"), and who paints with one.
_PAINTED_ON = {
    "wall",
    "canvas",
    "mural",
    "board",
    "ceiling",
    "door",
    "fence",
    "poster",
    "panel",
    "facade",
    "billboard",
    "banner",
    "sign",
    "oil",
    "watercolor",
    "watercolour",
    "acrylic",
    "pastel",
    "portrait",
    "street",
    "building",
}
_PAINTERS = {"artist", "painter", "muralist", "illustrator"}


def _portrayed(verb: Token) -> bool:
    """Whether "painted X as Y" paints someone in words ("Obama painted Romney as an out-of-touch rich guy"): the
    object is someone (cues._someone: not a place, not oneself, which is a self-portrait as often), and nothing
    says a brush (a surface or a medium on the verb or its "as" phrase: "on a wall in Bristol", "in oils"; an
    artist painting). A place or an occasion is no brush ("as a liar in Ohio", "in a speech in Iowa")."""
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None or not _someone(obj):
        return False
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is not None and _singular(subj.lower_) in _PAINTERS:
        return False
    # The PPs on the verb, its object and its "as" phrase; not deeper ("in a speech in Iowa").
    heads = [verb, obj]
    for prep in [c for h in (verb, obj) for c in h.children if c.dep_ == "prep" and c.lower_ == "as"]:
        heads += [c for c in prep.children if c.dep_ == "pobj"]
    return not any(
        prep.dep_ == "prep"
        and prep.lower_ in ("on", "onto", "in")
        and (_singular(t.lower_) in _PAINTED_ON or t.lower_ in _PAINTED_ON)
        for h in heads
        for prep in h.children
        for t in prep.children
        if t.dep_ == "pobj"
    )


def _uttered(verb: Token) -> bool:
    """Whether what a verb of handing over has as object is words: an utterance noun ("offered some pointed
    advice", "gave his assessments"), singular or plural; a noun with another sense too ("a savings account",
    "views of London") only when it is someone's ("his account", "their views") or says what about ("an account
    of the crash", "views on the deal"). "offered no explanation" says none was given (the writer's remark)."""
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None:
        return False
    noun = next((w for w in (obj.lower_, _singular(obj.lower_)) if w in _UTTERED), None)
    if noun is None:
        return False
    if noun in _UTTERED_ABOUT and not any(
        c.dep_ == "poss" or c.dep_ == "prep" and c.lower_ in _UTTERED_ABOUT[noun] for c in obj.children
    ):
        return False
    # "offered no explanation", "offered neither an apology nor ...", "gave little explanation": none given
    # ("a little advice" is some).
    if any(c.dep_ in ("det", "preconj") and c.lower_ in ("no", "neither") for c in obj.children):
        return False
    article = any(c.dep_ == "det" and c.lower_ == "a" for c in obj.children)
    return article or not any(c.dep_ in ("det", "amod") and c.lower_ in ("little", "few") for c in obj.children)


def _recorded(cue: Token) -> Token | None:
    """The person a recording shows saying something: a participle cue right after the object of "of" on a
    recording noun ("footage of Hillary Clinton asking, ..."); the parser hangs it on the verb whose subject
    uses or shows the recording."""
    if cue.tag_ != "VBG" or cue.i == 0 or any(c.dep_ in _SUBJ for c in cue.children):
        return None
    if _of_recording(cue):
        # "footage of Donald Trump saying": the parser may make the participle the object and the name its compound.
        name = [c for c in cue.children if c.dep_ == "compound" and c.pos_ == "PROPN" and c.i == cue.i - 1]
        return name[0] if name else None
    prev = cue.doc[cue.i - 1]
    if not _of_recording(prev):
        return None
    if prev.pos_ == "NOUN" and not _someone(prev):
        # "Clinton was shown in a clip of the 2016 debate saying, ...": an event recorded says nothing; who the
        # verb the recording hangs on shows or hears does ("was shown in a clip": Clinton), else no one.
        rec = prev.head.head
        if rec.dep_ == "pobj" and rec.head.dep_ == "prep" and rec.head.head.pos_ in ("VERB", "AUX"):
            subj = next((c for c in rec.head.head.children if c.dep_ == "nsubjpass"), None)
            if subj is not None and _someone(subj):
                return subj
        return None
    return prev if prev.pos_ in ("PROPN", "NOUN", "PRON") else None


# Subordinators the parser reads as prepositions when a clause follows them ("since Clinton cited ...").
_SUBORDINATORS = {"since", "after", "before", "until", "because", "once"}


def _subordinate_subject(cue: Token) -> Token | None:
    """The subject of a cue the parser coordinated with the main verb after taking the subordinator before
    it for a preposition ("Trump has been targeting Machado since Clinton, at Monday's debate, cited ...":
    Clinton cites, not Trump): the object of that "since"/"after", with only commas and phrases of the main
    verb between it and the cue."""
    if cue.dep_ != "conj" or any(c.dep_ in _SUBJ for c in cue.children) or any(c.dep_ == "cc" for c in cue.children):
        return None
    head = cue.head
    if any(c.dep_ == "cc" and head.i < c.i < cue.i for c in head.children):
        return None  # "said X and cited Y": a true coordination
    prep = next((c for c in head.children if c.dep_ == "prep" and c.lower_ in _SUBORDINATORS and c.i < cue.i), None)
    obj = next((g for g in prep.children if g.dep_ == "pobj"), None) if prep is not None else None
    if obj is None or obj.pos_ not in ("PROPN", "NOUN", "PRON") or obj.right_edge.i >= cue.i:
        return None
    if not (obj.pos_ == "PRON" or obj.ent_type_ == "GPE" or _someone(obj)):
        return None  # "has opposed the plan since January, argued ...": a time cannot speak; the main subject does
    for t in cue.doc[obj.right_edge.i + 1 : cue.i]:
        if not t.is_punct and not any(
            a.dep_ == "prep" and a.head.i == head.i and obj.i < a.i < cue.i for a in (t, *t.ancestors)
        ):
            return None
    return obj


def _relays_saying(verb: Token) -> bool:
    """Whether a verb of relaying has an "as" with a participle of saying ("quoted X as saying")."""
    return any(
        c.dep_ == "prep" and c.lower_ == "as" and any(g.dep_ == "pcomp" and g.lower_ in SPEECH for g in c.children)
        for c in verb.children
    )


def _cut_conjunct(first: Token, second: Token) -> bool:
    """Whether a second subject runs on, with nothing between, from a title joined by "and" inside the first
    subject's preposition ("A lawyer for union leader Tom Walsh and federation chair | Karen Lee"); not a name set
    apart by a comma ("The president of the Commission, Ursula von der Leyen") nor one after a body's name
    ("Wikileaks editor-in-chief Kristinn Hrafnsson", "CPUC President Marybel Batjer")."""
    k = second.left_edge.i - 1
    if k != first.right_edge.i or k < 0:
        return False
    prev = first.doc[k]
    if prev.dep_ == "cc" and prev.lower_ == "and" and not any(c.dep_ == "conj" for c in prev.head.children):
        prev = prev.head  # "An aide to party leader Ana Reyes and | deputy leader Tom Hale": the conjunct was cut
    elif prev.dep_ != "conj" or prev.pos_ != "NOUN":
        return False
    t = prev
    while t.i != first.i and t.head.i != t.i:
        if t.dep_ == "pobj":
            # whom one works or speaks for ("a lawyer for", "an aide to"); "Officials from Acme and union leader Tom
            # Hale said" may be two speakers
            return t.head.lower_ in ("for", "to") and t.head.head.i == first.i
        t = t.head
    return False


def _quoted_as(cue: Token) -> Token | None:
    """The speaker of "Reuters quoted a company spokesman as saying ...", "state media cited the general as saying
    ...": whom the outlet quotes (its object), not the outlet, which only relays the words."""
    as_ = cue.head
    if cue.dep_ != "pcomp" or as_.lower_ != "as" or as_.dep_ != "prep" or as_.i > cue.i:
        return None
    relay = as_.head
    if SPEECH.get(relay.lower_) not in _RELAYING:
        return None
    return next((c for c in relay.children if c.dep_ == "dobj" and c.i < as_.i), None)


def _as_object(cue: Token) -> Token | None:
    """The speaker of "Hawaii, as one of his advisers pointed out, ..." when the parser made "as" a
    preposition of the cue and the sentence's subject the cue's: the object of "as", right before the cue."""
    as_ = _split_as(cue)
    if as_ is None or as_.dep_ != "prep":
        return None
    obj = next((g for g in as_.children if g.dep_ == "pobj"), None)
    if obj is None or obj.right_edge.i + 1 != min([cue.i, *(c.i for c in cue.children if c.dep_.startswith("aux"))]):
        return None
    return obj


def _aside_object(cue: Token) -> Token | None:
    """The speaker of "As we've noted, a March 2019 study ... concluded that ..." when the parser made the subject
    the object of the "as" aside of saying before it and left the cue without a subject: that object, which ends
    right before the cue (a comma aside)."""
    if any(c.dep_ in _SUBJ for c in cue.children):
        return None
    for c in cue.children:
        if c.dep_ != "advcl" or c.i > cue.i or not any(g.dep_ == "mark" and g.lower_ == "as" for g in c.children):
            continue
        if c.lower_ not in SPEECH:
            continue  # "As you build these tangible business assets, remember: ...": a deed, whose object it is
        obj = next((g for g in c.children if g.dep_ == "dobj"), None)
        if obj is not None and all(t.is_punct for t in cue.doc[obj.right_edge.i + 1 : cue.i]):
            return obj
    return None


def _conj_of_passive_report(tok: Token) -> bool:
    """Whether a finite verb was hung as a conjunct on the passive verb of a reported clause whose subject is a
    thing ("said the deaths were caused by gunshot wounds and called on the government to ...": the deaths call
    on no one; the office that said it did)."""
    head = tok.head
    if tok.dep_ != "conj" or tok.tag_ not in ("VBD", "VBZ") or any(c.dep_ in _SUBJ for c in tok.children):
        return False
    if head.dep_ != "ccomp" or head.head.lower_ not in SPEECH or not head.head.i < head.i:
        return False
    subjects = [c for c in head.children if c.dep_ in _SUBJ]
    # A text says things itself ("said the contract was signed in 2019 and states that ...": the contract states),
    # but only what a text can do ("said the bill was passed and promised that ...": the reporter promised).
    text_act = tok.lower_ in _TEXT_VERBS
    return bool(subjects) and all(
        c.dep_ == "nsubjpass" and not _someone(c) and not (text_act and _speaking_text(c)) for c in subjects
    )


def _speaking_text(tok: Token) -> bool:
    """Whether a noun is a text or record that says things itself ("the contract", "studies")."""
    w = tok.lower_
    return (
        w in _SPEAKING_TEXTS
        or w[-1:] == "s"
        and w[:-1] in _SPEAKING_TEXTS
        or w[-3:] == "ies"
        and w[:-3] + "y" in _SPEAKING_TEXTS
    )


def _conj_of_reported(tok: Token) -> bool:
    """Whether a finite verb was hung as a conjunct on the bare verb of a modal in a reported clause ("said
    the country would declare ... and suggested that ..."), where it can only be the reporting verb's."""
    head = tok.head
    return (
        tok.dep_ == "conj"
        and tok.tag_ in ("VBD", "VBZ")
        and head.tag_ == "VB"
        and head.dep_ == "ccomp"
        and any(c.dep_ == "aux" and c.tag_ == "MD" for c in head.children)
        and head.head.pos_ == "VERB"
        and head.head.i < head.i
        and not any(c.dep_ in _SUBJ for c in tok.children)
    )


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


def _dated(prep: Token) -> bool:
    """Whether a preposition only dates or times its verb ("on Friday", "for two hours"): its object is a date or
    a time."""
    objs = [g for g in prep.children if g.dep_ == "pobj"]
    return bool(objs) and all(g.ent_type_ in ("DATE", "TIME") for g in objs)


_FIGURE_ENTS = ("MONEY", "PERCENT", "CARDINAL", "QUANTITY")


def _object_clause(tok: Token) -> bool:
    """Whether a verb's object has a that-clause of its own ("conveyed assurances that the ceasefire would hold",
    "conveyed a message that the border would reopen"): "that" marks a complement, never a relative clause."""
    return any(
        c.dep_ == "dobj" and any(g.dep_ in ("acl", "ccomp", "relcl") and _that_clause(g) for g in c.children)
        for c in tok.children
    )


def _put_at_figure(tok: Token) -> bool:
    """ "Police put the number at 4,000", "the ministry puts the death toll at 52": "put" with an object and
    "at" before a figure estimates that figure (the form of "estimated the number at 13,000"); "put the blame at
    the feet of" and "put the meeting at 3 p.m." put no figure."""
    objs = [c for c in tok.children if c.dep_ == "dobj"]
    if not objs:
        return False
    # An estimate puts a measure at a figure; a level one sets ("put the benchmark rate at 5 percent", "put the price
    # of the tickets at $50"), one's own ("its new fares") or a person put somewhere ("put Smith at No. 3") is none.
    obj = objs[0]
    if obj.pos_ != "NOUN" or {obj.lower_, _singular(obj.lower_)} & _SET_LEVELS:
        return False
    if any(c.dep_ == "poss" for c in obj.children):
        return False
    # (the parser hangs the "at" on the verb, or on the object's last noun: "the chance of a recession at 40 percent")
    preps = [c for c in tok.children if c.dep_ == "prep" and c.i > objs[0].i]
    preps += [t for t in objs[0].subtree if t.dep_ == "prep" and t.i > objs[0].i]
    return any(
        p.lower_ == "at"
        and g.dep_ == "pobj"
        and g.ent_type_ not in ("DATE", "TIME")
        and (g.like_num or g.ent_type_ in _FIGURE_ENTS or any(k.dep_ == "nummod" and k.like_num for k in g.children))
        for p in preps
        for g in p.children
    )


def _someone(tok: Token) -> bool:
    """Whether a noun phrase's head is a person or people: a personal pronoun, a person, organisation or group
    by name, or a noun for people. A place, a building or a date is no one, though it is a proper noun."""
    if tok.lower_ in ("him", "her", "them", "me", "us"):
        return True
    if tok.ent_type_ in _NOT_SOMEONE_ENTS:
        return False
    return tok.ent_type_ in ("PERSON", "ORG", "NORP") or _people(tok)


def _aside_owner(cue: Token) -> Token | None:
    """ "The senator - speaking to reporters - said the bill would pass": with hyphens for dashes the parser hangs the
    subject on the participle of the aside and leaves the cue without one; the noun opening the sentence before the
    aside's dash is who spoke."""
    for c in cue.children:
        if c.dep_ != "advcl" or c.i > cue.i or c.tag_ != "VBG":
            continue
        for g in c.children:
            if (
                g.dep_ in ("npadvmod", "nsubj")
                and g.i < c.i
                and g.pos_ in ("NOUN", "PROPN")
                and g.left_edge.i == cue.sent.start
                and any(_spaced_dash(cue.doc[k]) for k in range(g.i + 1, c.i))
            ):
                return g
    return None


def _dateline_apposition(d: _Doc, cue: Token) -> Token | None:
    """ "UVALDE, Texas (AP) — Gov. Greg Abbott, speaking at a news conference, said ...": the parser hung the dateline's
    town on the cue as a clause, with the speaker as its apposition, so the cue has no subject; the name after the
    dateline's dash is the speaker."""
    dl = datelines.opening(d.text, d.sent_chars[d.sent_of_tok(cue.i)])
    if dl is None:
        return None
    for c in cue.children:
        if c.i < cue.i and c.idx < dl.end and c.dep_ in ("advcl", "npadvmod", "nmod", "dep", "prep"):
            return next((g for g in c.children if g.dep_ == "appos" and g.idx >= dl.end), None)
    return None


def _past_dateline(d: _Doc, subj: Token) -> Token:
    """ "WASHINGTON -- President Obama, dedicating ..., said": the parser makes the dateline the subject and
    the speaker its apposition; the speaker is the name after the dateline's dash (the shared reader's)."""
    dl = datelines.opening(d.text, d.sent_chars[d.sent_of_tok(subj.i)])  # (``subj.sent`` walks the sentence)
    if dl is None or subj.idx >= dl.end:
        return subj
    return next((c for c in subj.children if c.dep_ == "appos" and c.idx >= dl.end), subj)


_DASHES = frozenset(("-", "--", "\u2014", "\u2013"))


def _outside_dashed_aside(tok: Token) -> Token | None:
    """For a participle right after the closing dash of a dashed aside (a "while" or "as" between them allowed) that
    the parser hung on a verb inside the aside: the nearest verb above it outside the aside. None otherwise."""
    doc = tok.doc
    k = tok.i - 1
    while k >= 0 and doc[k].dep_ == "mark" and doc[k].head.i == tok.i:
        k -= 1
    if k < 1 or doc[k].text not in _DASHES:
        return None
    start = tok.sent.start
    opening = next((i for i in range(k - 1, start - 1, -1) if doc[i].text in _DASHES), None)
    head = tok.head
    if opening is None or not opening < head.i < k:
        return None
    t = head
    while t.head.i != t.i and t.left_edge.i > opening:
        t = t.head
    return t if t.left_edge.i <= opening and t.i != head.i and t.pos_ in ("VERB", "AUX") else None


def _own_subject(verb: Token) -> bool:
    """Whether a verb below a relative clause has a subject of its own in a clause it opens with a subordinator:
    "... a statement that appeared to make it possible for Swift to perform ... after Swift publicly scolded her
    former label, accusing ...": Swift scolded and accuses (the relative clause is the statement's)."""
    if verb.dep_ == "relcl" or not any(c.dep_ == "mark" for c in verb.children):
        return False
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.tag_ not in ("WP", "WDT") for c in verb.children)


def _in_relative(tok: Token) -> bool:
    """Whether a verb sits in a relative clause (itself or an ancestor is one)."""
    t = tok
    for _ in range(8):
        if t.dep_ == "relcl":
            return True
        if t.head.i == t.i:
            return False
        t = t.head
    return False


_POSSESSIVE_MARKS = frozenset({"'s", "\u2019s", "'", "\u2019"})


def _bare_subject(cue: Token, inside: Sequence[bool]) -> Token | None:
    """ "“...,” Tulsa police Chief Chuck Jordan said", "“...,” Flynn, a top surrogate, said": when the
    parser gave the cue no subject, the name between the quote and the cue (or right after "said")
    speaks."""
    doc = cue.doc
    if cue.lower_ not in SPEECH:
        return None
    sent_start = cue.sent.start
    chunk: list[Token] = []
    k = cue.i - 1
    while k >= sent_start and not inside[k] and doc[k].text not in _QUOTE_TOKENS and doc[k].pos_ not in ("VERB", "AUX"):
        chunk.append(doc[k])
        k -= 1
    if chunk and (k < sent_start or inside[k] or doc[k].text in _QUOTE_TOKENS):
        chunk.reverse()
        named = [t for t in chunk if t.ent_type_ in ("PERSON", "ORG", "GPE", "NORP")]
        nouns = [t for t in chunk if t.pos_ in ("PROPN", "NOUN", "PRON")]
        if named:
            first = named[0]
            while first.i + 1 < cue.i and doc[first.i + 1].ent_type_ == first.ent_type_:
                first = doc[first.i + 1]
            if first.ent_type_ != "PERSON" and (first.dep_ == "poss" or doc[first.i + 1].lower_ in _POSSESSIVE_MARKS):
                # "“...,” NASA's chief scientist, Jim Green, said": the owner's person speaks, not the owner.
                person = next((t for t in named if t.i > first.i and t.ent_type_ == "PERSON"), None)
                if person is not None:
                    first = person
                    while first.i + 1 < cue.i and doc[first.i + 1].ent_type_ == "PERSON":
                        first = doc[first.i + 1]
            kin = _kin_of(first)
            return kin if kin is not None and kin.i > k else first
        if nouns:
            return nouns[-1]
    elif chunk:
        named = _name_after_quote(cue, inside) or _closing_subject(cue, chunk)
        if named is not None:
            return named
    nxt = cue.i + 1
    # "the Muslim Brotherhood, called Omar a “terrorist”": a verb of naming someone takes whom it names after it.
    naming = SPEECH.get(cue.lower_) in ("call", *_CHARACTERIZE)
    if (
        nxt < len(doc)
        and not naming
        and doc[nxt].pos_ == "PROPN"
        and doc[nxt].ent_type_ not in ("DATE", "TIME")
        and (cue.i == sent_start or doc[cue.i - 1].is_punct or inside[cue.i - 1])
    ):  # "“...,” said Smith" and the inverted "Said Smith: “...”" opening a sentence
        while nxt + 1 < len(doc) and doc[nxt + 1].pos_ == "PROPN":
            nxt += 1
        return doc[nxt]
    return None


def _kin_of(name: Token) -> Token | None:
    """ "“...,” the widow of NASA's chief scientist, Jim Green, said": the relative whose "of" phrase holds the
    name, who speaks unnamed. A name set beside another person's name renames the relative ("the wife of
    Senator John McCain, Cindy McCain"), and a name beside an organisation ("the lawyer of the firm, Jo Smith")
    or a title ("the chief scientist of NASA, Jim Green") is the speaker's own."""
    t = name
    while t.dep_ in ("compound", "flat") and t.head.i > t.i:
        t = t.head
    junior = t.text.rstrip(".") in _JUNIOR
    if t.dep_ == "appos":
        if t.head.pos_ != "NOUN":
            return None
        t = t.head
    prep = t.head
    if t.dep_ != "pobj" or prep.lower_ != "of" or prep.dep_ != "prep":
        return None
    kin = prep.head
    if junior and t.dep_ == "pobj" and kin.lower_ == "son" and t.pos_ == "NOUN" and t is not name:
        return None  # "the son of the late senator, Robert Byrd Jr.": "Jr." names the son, set beside his father
    return kin if kin.pos_ == "NOUN" and kin.lower_ in _KIN_NOUNS else None


# Suffixes a son named after his father bears ("Robert Byrd Jr.", "John Smith III").
_JUNIOR = frozenset(("Jr", "II", "III", "IV"))


def _closing_subject(cue: Token, chunk: list[Token]) -> Token | None:
    """ "..., executives of both companies announced Wednesday.": a verb of saying closing its sentence after
    a comma, which the parser hung on a noun, has the noun phrase after that comma for its subject."""
    if cue.dep_ not in ("acl", "appos", "conj") or cue.tag_ not in ("VBD", "VBZ", "VBP"):
        return None
    if any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in cue.children):
        return None
    commas = [t.i for t in chunk if t.text == ","]
    if not commas:
        return None
    span = sorted((t for t in chunk if t.i > max(commas)), key=lambda t: t.i)
    if not span:
        return None
    heads = [t for t in span if t.pos_ in ("NOUN", "PROPN") and not (span[0].i <= t.head.i < cue.i)]
    return heads[0] if len(heads) == 1 else None


def _name_after_quote(cue: Token, inside: Sequence[bool]) -> Token | None:
    """ "“...,” Malkia Cyril, the director of X and who also featured in the film, told the Post": a name
    right after the closing mark, whose apposition holds a clause of its own, speaks for a cue that ends
    the sentence without a subject."""
    doc = cue.doc
    if cue.tag_ not in ("VBD", "VBZ", "VBP"):
        return None  # "the challenge of writing ...": no verb of a speaker
    k = cue.i - 1
    start = cue.sent.start  # (once: each ``Token.sent`` walks the sentence)
    while k >= start and not inside[k] and doc[k].text not in _QUOTE_TOKENS:
        k -= 1
    if k < start or cue.i - k > 40:
        return None
    end = k
    while end > start and doc[end].text in _QUOTE_TOKENS:
        end -= 1
    if doc[end].text not in (",", "?", "!"):
        return None  # the quote must end in the comma (or ?/!) that hands it to its speaker
    j = k + 1
    while j < cue.i and (doc[j].text in _QUOTE_TOKENS or doc[j].text == ","):
        j += 1
    if j >= cue.i or doc[j].ent_type_ not in ("PERSON", "ORG") or doc[j].ent_iob_ != "B":
        return None
    if any(doc[m].lower_ in SPEECH for m in range(j, cue.i)):
        return None
    while j + 1 < cue.i and doc[j + 1].ent_iob_ == "I":
        j += 1
    if j + 1 >= cue.i or doc[j + 1].text != ",":
        return None  # the name is set off by its apposition
    return doc[j]


def _parenthetical_name(cue: Token) -> Token | None:
    """ "To understand the real Dred Scott, Chief Justice Roberts said, one should visit this museum": a name
    set off by commas right before a cue set off the same way speaks, though the parser may have made it an
    apposition of the clause's subject ("Scott")."""
    doc = cue.doc
    if cue.i + 1 >= len(doc) or doc[cue.i + 1].text != ",":
        return None
    k = cue.i - 1
    start = cue.sent.start
    while k > start and doc[k].pos_ == "PROPN" and cue.i - k <= 5:
        k -= 1
    if k == cue.i - 1 or doc[k].text != ",":
        return None
    return doc[cue.i - 1]


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


# Verbs of pressing or resisting a cause, stances when someone "continues to" do them (as PolNeAR has it).
_PRESSING = verb_forms("push fight:fought press lobby campaign challenge")
_RESISTING = verb_forms("ignore plot:plotted,plotting resist poke")
# What a pressed cause may be as an object ("fight the charges", "challenge the ruling").
_CAUSE_OBJECTS = frozenset(
    {"ruling", "charges", "charge", "decision", "law", "bill", "order", "plan", "rule", "policy", "verdict"}
    | {"allegations", "allegation", "merger", "ban", "sanctions", "tariffs", "deal"}
)


# Nouns of a course set in advance that "according to" means keeping to, not a source: "went according to plan".
_COURSE_NOUNS = frozenset({"plan", "plans", "schedule", "timetable", "script", "tradition", "custom", "design"})

# Measures a thing is judged by ("overweight according to his body mass index", "poor according to the official
# definition"), whoever set them: never the source of a claim.
_MEASURE_NOUNS = frozenset(
    {
        "index",
        "scale",
        "standard",
        "standards",
        "definition",
        "formula",
        "measure",
        "metric",
        "metrics",
        "criteria",
        "criterion",
        "yardstick",
        "benchmark",
    }
)


# Verbs of making something public that take a named thing as their object as readily as words ("published Scholars",
# "revealed the LC Convertible", "unveiled the Galaxy Fold"): with a name alone, what was shown, not said.
_SHOWING_NAMED = frozenset({"publish", "reveal", "unveil"})


# Verbs of judging a thing by a measure ("classifies him as overweight", "counts as poor", "is rated obese").
_JUDGING = verb_forms("classify:classified count qualify:qualified consider define rate deem categorize categorise")


def _measure_applied(according: Token, measure: Token) -> bool:
    """Whether "according to" a measure judges a thing by it rather than sourcing what the measure reports: a measure
    of someone's own ("his body mass index"), or one on a judging verb or on "be" with a state, not a number
    ("classifies him as overweight", "is poor", "is in recession"; "was 5%" and "is the poorest in Europe according to
    the index" report)."""
    if any(c.dep_ == "poss" for c in measure.children):
        return True
    head = according.head
    if head.lower_ in _JUDGING:
        return True
    if head.lower_ not in ("is", "are", "was", "were", "be", "been", "being", "'s", "\u2019s"):
        return False
    states = [c for c in head.children if c.dep_ in ("acomp", "attr") or c.dep_ == "prep" and c.lower_ == "in"]
    # A number, a superlative or an ordinal is what the measure reports ("is the poorest in Europe", "was 5%")
    reported = ("JJS", "RBS")
    return bool(states) and not any(
        t.like_num or t.text == "%" or t.tag_ in reported or t.ent_type_ == "ORDINAL" for c in states for t in c.subtree
    )


def _according(d: _Doc, tok: Token, sent: int) -> _Att | None:
    """ "according to X": X is the source, the rest of the sentence the content."""
    doc = d.doc
    if tok.i + 1 >= len(doc) or doc[tok.i + 1].lower_ != "to":
        return None
    to = doc[tok.i + 1]
    src = next((g for g in to.children if g.dep_ == "pobj"), None)
    if src is None:
        src = next((g for g in to.rights), None)
    if src is None or not any(c.isalpha() for c in src.text):
        return None  # "O'Neill" and "Kosiniak-Kamysz" are names too
    if src.lower_ in _COURSE_NOUNS and src.tag_ in ("NN", "NNS") and all(c.dep_ == "amod" for c in src.children):
        # "Construction went according to plan", "according to Jewish tradition": keeping to a course, no source.
        # A plan or a schedule of someone's is a document and sources ("according to a draft plan obtained by The
        # Associated Press", "according to the district's schedule"), as "according to planners" does.
        return None
    if src.lower_ in _MEASURE_NOUNS and src.tag_ in ("NN", "NNS") and _measure_applied(tok, src):
        # "classifies him as overweight according to his body mass index", "is poor according to the official
        # definition": a measure applied to judge a thing, no source ("Inflation rose 5% according to the consumer
        # price index" and "Norway ranks first according to the index" report what the index says)
        return None
    a, b = d.sent_range(sent)
    lo, hi = tok.i, max(src.right_edge.i, to.i)
    hi = _past_contact_clause(doc, hi, b)
    if a < lo:
        a = _after_dateline(d, a, lo)  # "LONDON - Britain will cut taxes, according to ...": the dateline is no content
    before = [i for i in range(a, lo) if _wordlike(doc[i])]
    after = [i for i in range(hi + 1, b) if _wordlike(doc[i])]
    comma = next((i for i in range(src.i + 1, hi + 1) if doc[i].text == ","), None)
    if len(before) < 3 and len(after) < 3 and comma is not None and hi - comma > 3:
        # "According to X, the move reeks of fear": the parser hung the content on X as an apposition.
        hi = comma
        after = [i for i in range(hi + 1, b) if _wordlike(doc[i])]
    aside = _aside_around(doc, a, lo, hi, b)
    if aside is not None:
        # "Given that history -- and the fact that Trump has made more than 13,000 false claims, according to the
        # Fact Checker -- there is every reason to suspect ...": a source inside a dashed or bracketed aside
        # sources the aside only, not the sentence around it.
        content = d.tok_span(*aside)
    elif before and after and (doc[lo - 1].is_punct or len(before) >= 3) and (doc[hi + 1].is_punct or len(after) >= 3):
        # "The deal, according to officials, is close": set off inside the sentence, it sources all of it.
        content = d.tok_span(a, b - 1)
    elif len(after) >= len(before):
        content = d.tok_span(after[0], after[-1]) if after else None
    else:
        first = _after_dashed_clause(doc, before[0], lo)
        content = d.tok_span(first if first is not None else before[0], before[-1])
    att = _Att("according to", "according_to", sent, tok.idx, d.end_char(to.i), tok.i, src.i)
    att.content = content
    att.subj_stop = hi - 1 if comma == hi else None
    return att


def _after_dashed_clause(doc: Doc, a: int, lo: int) -> int | None:
    """The first word of a clause after a dash that an "according to" phrase closing the sentence sources alone: "It's
    unclear whether Hawley's film is still based on the 2016 plan — both Hemsworth and Pine were said to have run into
    contractual issues, according to The Hollywood Reporter". Only when a clause with a subject and a finite verb of
    its own stands on either side of the one dash of the sentence and the second opens with no "and" or "but";
    "That movie was poorly received — and flopped, according to ..." (no subject after it), "Sales rose in the
    spring — the best quarter in a decade, according to ..." (no verb), "... why the other side must be wrong - which
    it often is, according to Scott" (a relative clause) and a dashed aside's closing dash stay whole."""
    dash = next((k for k in range(lo - 1, a, -1) if _spaced_dash(doc[k])), None)
    if dash is None or any(_spaced_dash(doc[k]) for k in range(a, dash)):
        return None  # "Two died — police believe one was a child — and three were hurt, ...": a dashed aside's end
    k = dash + 1
    while k < lo and (doc[k].is_punct or doc[k].is_space):
        k += 1
    if k >= lo or doc[k].dep_ == "cc" or not _own_clause(doc, a, dash) or not _own_clause(doc, k, lo):
        return None  # "— and more rain is expected": the sentence goes on
    return k


def _own_clause(doc: Doc, a: int, b: int) -> bool:
    """Whether tokens a..b-1 hold a subject and its finite verb, both inside."""
    for i in range(a, b):
        t = doc[i]
        if t.dep_ not in ("nsubj", "nsubjpass") or not a <= t.head.i < b:
            continue
        verb = t.head
        if verb.dep_ == "relcl" or doc[a].tag_ in ("WDT", "WP"):
            continue  # "... must be wrong - which it often is, according to Scott": a relative clause
        if verb.tag_ in ("VBD", "VBZ", "VBP") or any(
            c.dep_ in ("aux", "auxpass") and c.tag_ in ("MD", "VBD", "VBZ", "VBP") for c in verb.children
        ):
            return True
    return False


def _wordlike(tok: Token) -> bool:
    """Whether a token is part of what a sentence says, not its punctuation: a per cent sign is ("rose 5%", which the
    tokenizer calls punctuation)."""
    return not tok.is_space and (not tok.is_punct or tok.text == "%")


_ASIDE_OPEN = {"(": ")", "[": "]", "--": "--", "\u2014": "\u2014", "\u2013": "\u2013"}


def _aside_around(doc: Doc, a: int, lo: int, hi: int, b: int) -> tuple[int, int] | None:
    """The words of a bracketed or dashed aside that an "according to" phrase (tokens lo..hi) closes: an opening mark
    before it in the sentence, its closing twin right after it (past a comma), and at least two words between the
    opening mark and the phrase. None when the phrase is no aside's ("LONDON -- Britain will cut taxes, according to
    ..." has no closing dash)."""
    k = hi + 1
    while k < b and doc[k].text == ",":
        k += 1
    if k >= b:
        return None
    close = doc[k].text
    for i in range(lo - 1, a - 1, -1):
        t = doc[i].text
        if t in _ASIDE_OPEN.values() and t != _ASIDE_OPEN.get(t):
            return None  # a bracket closes before the phrase: the phrase is outside it
        if t in _ASIDE_OPEN and _ASIDE_OPEN[t] == close:
            end = lo - 1
            while end > i and (doc[end].is_punct or doc[end].is_space):
                end -= 1
            start = i + 1
            while start < end and (doc[start].dep_ == "cc" or doc[start].is_punct):
                start += 1  # "-- and the fact that ...": the aside's joining word is no content
            words = [j for j in range(start, end + 1) if not doc[j].is_punct]
            return (start, end) if len(words) >= 2 else None
    return None


def _past_contact_clause(doc: Doc, hi: int, b: int) -> int:
    """The end of a source's relative clause without a pronoun that the parser left out of it ("according to multiple
    people I spoke to, also at issue was ..."): a personal pronoun and a verb up to a comma, with a clause after it."""
    k = hi + 1
    if k >= b or doc[k].tag_ != "PRP" or doc[k].lower_ in ("it", "its"):
        return hi
    comma = next((i for i in range(k + 1, min(b, k + 7)) if doc[i].text == ","), None)
    if comma is None or b - comma < 4 or not any(doc[i].pos_ in ("VERB", "AUX") for i in range(k + 1, comma)):
        return hi
    # Only a clause with a gap is the source's ("people I spoke to", "officials we interviewed"): it ends on a
    # preposition or on a verb without its object. "According to the mayor he would resign in May, ..." is the report.
    last = doc[comma - 1]
    gap = last.pos_ == "ADP" or (
        last.pos_ == "VERB" and not any(c.dep_ in ("dobj", "ccomp", "xcomp", "attr", "prep") for c in last.children)
    )
    return comma - 1 if gap else hi


def _headline_cues(
    d: _Doc, rep: Repaired, mentions: Sequence[Mention], inside: Sequence[bool], atts: Sequence[_Att]
) -> list[_Att]:
    """ "Sanders Vows To Eliminate Tax Breaks", "Clean Energy Is Possible, Lindsey Graham Says": a headline
    reports its main claim with a finite speech verb, which the parser misses in title case. Read by
    position instead: the source before the cue and the claim after it (or the claim before ", X Says")."""
    text = d.text
    if not d.para_starts:
        return []
    pos = d.para_starts[0]
    end = text.find("\n", pos)
    if end < 0 or end - pos > 120:
        return []  # one paragraph, or a first line as long as a lead sentence, not a headline
    # The parser (or a "NAME:" label) may have found the headline's claim already; a cue it found later in the
    # line ("Flynn says Trump 'right' in saying ...", where the parser missed "says") is reported by an earlier one.
    found = min((a.cue_start for a in atts if pos <= a.cue_start < end and a.content is not None), default=end)
    doc = d.doc
    first, last = d.tok_at(pos), d.tok_at(max(pos, end - 1))
    for k in range(first, last + 1):
        tok = doc[k]
        if tok.idx >= found:
            break
        low = tok.lower_
        lemma = SPEECH.get(low) or WEAK.get(low)
        if lemma is None or inside[k] or low == lemma or low.endswith("ing") or k == first or tok.ent_type_:
            continue  # a headline's cue is a finite form with something before it
        if lemma in _CLAUSE_ONLY and lemma not in ("say", "tell", "write", "add"):
            continue  # "X spoke on the radio": a verb of talking with no claim after it
        if lemma in _RELAYING and _relays_saying(tok):
            continue  # "Xinhua cited the ministry as saying ...": the participle reports it, as in the body
        seg = max([pos, *(i + 1 for i in range(pos, tok.idx) if text[i] in ":;")])
        rest = text[tok.idx + len(tok) : end]
        tail = rest.strip(" .!?\u2019'\"")
        comma = text.rfind(",", seg, tok.idx)
        if not tail and comma > seg:
            source, content = (comma + 1, tok.idx), (seg, comma)
        else:
            stop = next((i for i in range(tok.idx, end) if text[i] == ";"), end)
            # "Railing Against Trump, Sanders Vows ...": the source is the phrase right before the cue.
            source, content = (max(seg, comma + 1), tok.idx), (tok.idx + len(tok), stop)
        src, body = d.trim(*source), d.trim(*content)
        if src is None or body is None or len(text[body[0] : body[1]].split()) < 2:
            continue
        lead = doc[d.tok_at(body[0])]
        if lead.dep_ == "prt" or lead.pos_ in ("ADP", "ADV") and lead.lower_ not in ("to", "that", "about"):
            continue  # "Trump showed up at debate": a phrasal verb of doing, not a report
        words = text[src[0] : src[1]].split()
        os_, oe = rep.span(*src)
        # The name must end the source: in "Obama Power Plant Rules Face ..." the cue word is a noun.
        named = any(m.kind in ("person", "organization") and os_ <= m.start and m.end == oe for m in mentions)
        if not words or len(words) > 5:
            continue  # a source of only a line separator ("\u2028said Jane Smith") has no words
        if not (named or low in SPEECH and lemma not in _AMBIGUOUS and words[-1][:1].isupper()):
            continue
        att = _Att(tok.text, "indirect", d.sent_of_char(tok.idx), tok.idx, tok.idx + len(tok), source_span=src)
        att.content, att.lemma = body, lemma
        return [att]
    return []


def _labels(d: _Doc, rep: Repaired, mentions: Sequence[Mention]) -> list[_Att]:
    """Transcript lines: "NAME: words" at the start of a paragraph; in the headline, also a named
    person or organisation ("Pat Caddell: Democrats Worried ...", the headline convention for a claim)."""
    out: list[_Att] = []
    text = d.text
    pos = 0
    headline = True
    datelines: list[int] = []
    lone: int | None = None  # the label opening the article's first line, if any
    body_line = 0  # non-empty lines seen
    for line in text.split("\n"):
        body_line += bool(line.strip())
        m = _LABEL.match(line)
        if m is not None:
            label = m.group(1)
            words = label.lower().split()
            named = headline and (
                label.lower() in _HEADLINE_SOURCES or _names_exactly(rep, mentions, pos + m.start(1), pos + m.end(1))
            )
            if words and words[0] not in _LABEL_STOP and words[-1] not in _LABEL_STOP and (named or _is_label(label)):
                s = pos + m.start(1)
                e = pos + m.end(1)
                content = d.trim(pos + m.end(), pos + len(line))
                if content is not None:
                    sent = d.sent_of_char(content[0])
                    kind = "direct" if _is_label(label) else "indirect"  # a headline paraphrases
                    out.append(_Att(":", kind, sent, e, e + 1, source_span=(s, e), content=content))
                    if kind == "direct" and body_line <= 2 and _place_label(rep, mentions, s, e, label):
                        datelines.append(len(out) - 1)  # "NEW DELHI: ...", also after a headline line
                    elif body_line == 1 and not text[:s].strip():
                        lone = len(out) - 1
        elif headline:
            att = _headline_quote(d, rep, mentions, pos, line)
            if att is not None:
                out.append(att)
        headline = headline and not line.strip()
        pos += len(line) + 1
    # "NEW DELHI: Their American dream shattered ...": a place's label on the article's first line (or the one
    # after a headline) is the dateline of wire copy, not a transcript's speaker, whatever lines follow. A label
    # the tagger knows nothing of ("KYIV: ...") opening the article is one too when it is the article's only
    # label and no person of the story goes by it ("TRUMP: We are going to build the wall ..." stays a line).
    if (
        lone is not None
        and sum(a.cue == ":" and a.kind == "direct" for a in out) == 1
        and not _person_label(mentions, text[out[lone].source_span[0] : out[lone].source_span[1]])
    ):
        datelines.append(lone)
    for k in sorted(datelines, reverse=True):
        del out[k]
    return out


# A line of a question-and-answer interview: "Q: ..." (the interviewer) or "A: ..." (the one interviewed).
_QA_LINE = re.compile(r"(?m)^[ \t]*([QA])[:.][ \t]+(?=\S)")
# The frame that names the one interviewed: before the name ("interview with former striker", "we spoke to", "asked
# Senator") or after it ("spoke to the Herald", "answers our questions").
_INTERVIEWED_BEFORE = re.compile(
    r"\b(?:interview(?:ed)?|conversation|q&a|chat)\s+with\s+(?:[\w.'-]+\s+){0,4}$|\b(?:spoke|talked)\s+(?:to|with)\s+"
    r"(?:[\w.'-]+\s+){0,4}$|\binterviewed\s+(?:[\w.'-]+\s+){0,4}$",
    re.I,
)
_INTERVIEWED_AFTER = re.compile(
    r"[\s,]*(?:[\w.'-]+\s+){0,2}?(?:spoke|talked)\s+(?:to|with)\b|\s+answer(?:s|ed)\b", re.I
)


def _interview_answers(d: _Doc, rep: Repaired, mentions: Sequence[Mention]) -> list[_Att]:
    """The answers of a question-and-answer interview ("Q: Will you coach again?" / "A: Never say never."): the words
    of the one person the story frames as interviewed outside the questions and answers ("The interview with former
    striker Marco Rossi was conducted by phone", or named in the headline), more often than anyone else so framed. A
    story without both a "Q" and an "A" line, or with no such person, has none."""
    text = d.text
    lines = [(m.group(1), m.start(), m.end()) for m in _QA_LINE.finditer(text)]
    if not any(k == "Q" for k, _, _ in lines) or not any(k == "A" for k, _, _ in lines):
        return []
    qa = [(s, text.find("\n", e) if text.find("\n", e) >= 0 else len(text)) for _, s, e in lines]
    inside = [rep.span(s, e) for s, e in qa]
    orig = rep.original
    headline_end = orig.find("\n", len(orig) - len(orig.lstrip()))
    framed: dict[str, int] = {}
    for m in mentions:
        # (a name after "the" is a paper's or a body's, whatever the tagger made of it: "spoke to the Herald")
        the = orig[max(0, m.start - 4) : m.start].lower() == "the "
        if m.kind != "person" or the or any(s <= m.start < e for s, e in inside):
            continue
        # Only one the story frames as interviewed answers: "The interview with former striker Marco Rossi",
        # "Maria Cantwell spoke to the Herald", "we spoke to X", "X answers", or one its headline names; the most
        # named person of an explainer ("What we know about ...") or of an interview about someone else is not.
        before, after = orig[max(0, m.start - 60) : m.start], orig[m.end : m.end + 30]
        frame = bool(_INTERVIEWED_BEFORE.search(before) or _INTERVIEWED_AFTER.match(after))
        if frame or m.start < headline_end:
            last = m.name.split()[-1].lower()  # "Rossi" in a headline is "Marco Rossi" of the body
            framed[last] = framed.get(last, 0) + (2 if frame else 1)
    ranked = sorted(framed.items(), key=lambda x: -x[1])
    # (the headline only adds to a frame: "Costa on Silva: ..." names the one talked about too)
    if not ranked or ranked[0][1] < 2 or len(ranked) > 1 and ranked[1][1] == ranked[0][1]:
        return []
    names = [m.name for m in mentions if m.kind == "person" and m.name.split()[-1].lower() == ranked[0][0]]
    name = max(names, key=len)
    out: list[_Att] = []
    for (kind, _, e), (_, end) in zip(lines, qa, strict=True):
        content = d.trim(e, end) if kind == "A" else None
        if content is None:
            continue
        att = _Att(":", "direct", d.sent_of_char(content[0]), e - 2, e - 1, content=content)
        att.names, att.said, att.actor = (name,), name, True
        out.append(att)
    return out


def _place_label(rep: Repaired, mentions: Sequence[Mention], s: int, e: int, label: str) -> bool:
    """Whether an upper-case label is a place (a mention of one, or a city, state or country of the gazetteer:
    "NEW DELHI", "HONOLULU") and no person of the story."""
    if not label.isupper():
        return False
    from extract.actors.names import place_rank

    os_, oe = rep.span(s, e)
    kinds = {m.kind for m in mentions if m.start == os_ and m.end == oe}
    place = "place" in kinds or place_rank(label) >= 2  # the tagger often misses a place in capitals
    return place and "person" not in kinds and not _person_label(mentions, label)


def _person_label(mentions: Sequence[Mention], label: str) -> bool:
    """Whether a label is a person's name or surname elsewhere in the story ("TRUMP" for Donald Trump)."""
    low = label.lower()
    return any(m.kind == "person" and m.name.split() and m.name.lower().split()[-1] == low for m in mentions)


def _headline_quote(d: _Doc, rep: Repaired, mentions: Sequence[Mention], pos: int, line: str) -> _Att | None:
    """ "A lesson from Loretta Lynch: ‘Be the voice ...’", "Warren Hammers CEO: ‘You Should Be ...’": a
    headline quote after a colon belongs to the person the words before the colon name first."""
    colon = line.find(": ")
    opening = rep.original[rep.to_original(pos + colon + 2) : rep.to_original(pos + colon + 2) + 1]
    if colon < 0 or not opening or opening not in "\"'\u2018\u201c\u00ab":
        return None
    os_, oe = rep.span(pos, pos + colon)
    person = next((m for m in mentions if m.kind == "person" and os_ <= m.start and m.end <= oe), None)
    if person is None:
        return None
    first, at = d.tok_at(pos), d.tok_at(pos + colon)
    if d.sent_of_tok(first) != d.sent_of_tok(at) or any(
        t.tag_ in ("VBD", "VBZ", "VBP") and t.text.islower() for t in d.doc[first:at]
    ):
        # 'Police said a man was arrested. Detective Inspector Sarah Cole said: "..." The road ...': a first line
        # that is a body paragraph (a sentence before the colon's, or a lower-case verb: no headline's title case);
        # its cue pairs as in any paragraph.
        return None
    s = d.text.find(rep.original[person.start : person.end], pos, pos + colon)
    content = d.trim(pos + colon + 1, pos + len(line))
    if s < 0 or content is None:
        return None
    e = s + person.end - person.start
    if content[1] - content[0] > 1 and d.text[content[1] - 1] == "'":
        content = (content[0], content[1] - 1)  # the closing single mark of 'Be the voice ...'
    colon_at = pos + colon
    return _Att(":", "direct", d.sent_of_char(content[0]), colon_at, colon_at + 1, source_span=(s, e), content=content)


def _names_exactly(rep: Repaired, mentions: Sequence[Mention], s: int, e: int) -> bool:
    """Whether a person or organisation mention spans exactly parser-text [s, e)."""
    os_, oe = rep.span(s, e)
    if any(m.start == os_ and m.end == oe and m.kind in ("person", "organization") for m in mentions):
        return True
    # Title case hides a name from the parser in a headline ("Politifact: ..."): the body names it the same way.
    label = rep.original[os_:oe]
    return any(m.text == label and m.kind in ("person", "organization") for m in mentions)


def _is_label(label: str) -> bool:
    """A speaker label is upper case ("WALLACE", "MR. TRUMP") or a short capitalised name."""
    letters = [c for c in label if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)
