"""Verb cues in a parsed document: speech verbs with their subject and content, and the finder that also hands
"according to", assertion nouns and attitude adjectives to their own modules; plus the colon blocks and ranges
that end a cue's content."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from extract.quotes.according import _according
from extract.quotes.agents import _agent_judgement
from extract.quotes.bounds import _with_condition
from extract.quotes.clause_forms import (
    _finite,
    _has_clause,
    _names_as,
    _predicate_as_acl,
    _that_clause,
    _topic,
    _weak_object,
)
from extract.quotes.content import _content
from extract.quotes.docview import _Att, _Doc, _hashes
from extract.quotes.lexicon import (
    _ATTITUDE,
    _CLAIM_NOUNS,
    _CLAUSE_NEEDED,
    _CLAUSE_ONLY,
    _HEDGES,
    _INTENT_NOUNS,
    _MARK_CHARS,
    _OFFERING,
    _PARTICLES,
    _PUBLISHING,
    _REALIZING,
    _SEEING_AS,
    _SUBJ,
    _TOPIC_NOUNS,
    _WRITTEN,
    SEEING,
    SPEECH,
    WEAK,
)
from extract.quotes.marks import _skip_space
from extract.quotes.noun_cues import _attitude, _claim_noun, _verb_as_noun
from extract.quotes.people import _singular, _someone
from extract.quotes.sourcing import _inverted_as, _sourcing_as
from extract.quotes.speakers import (
    _RELAYING,
    _aside_owner,
    _bare_subject,
    _dateline_apposition,
    _hyphen_start,
    _issues,
    _parenthetical_name,
    _past_dateline,
    _reduced_passive,
    _speaking_text,
    _subject,
)
from extract.quotes.verb_senses import (
    _DECLINED,
    _POWERS,
    _SHOWING_NAMED,
    _WHATEVER,
    _aimed,
    _asked,
    _asked_for_oneself,
    _counted,
    _dated,
    _for_clause_mark,
    _goods,
    _hypothetical,
    _nor_before,
    _noun_as_verb,
    _object_clause,
    _plea,
    _portrayed,
    _prospect,
    _put_at_figure,
    _realized,
    _relative_gap_where,
    _relays_saying,
    _requested,
    _ruling,
    _said_adjective,
    _under_hearsay,
    _uttered,
)

if TYPE_CHECKING:
    from spacy.tokens import Token


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
        if is_weak and _under_hearsay(tok):
            continue  # "dismissing reports that she planned to retire": the reports' word, not her plan
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
            and _inverted_as(tok) is None  # "As stated by Deputy Foreign Minister Sergei Ryabkov, ..."
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
        if lemma == "recall" and not _has_clause(tok) and _called_back(tok, subj):
            continue  # "Ford recalled 300,000 trucks", "Mexico recalled its ambassador": called back, not remembered
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
        att.that = att.that or _inverted_as(tok) is not None
        out.append(att)
    return out


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


def _called_back(tok: Token, subj: Token) -> bool:
    """Whether "recall" with an object and no clause calls something back rather than remembers it: goods counted
    ("Ford recalled 300,000 trucks"), someone ("Mexico recalled its ambassador", unless judged "as" something), or
    anything an organisation or a country recalls ("Abbott recalled infant formula"); a person remembers ("She
    recalled the day her father died")."""
    objs = [c for c in tok.children if c.dep_ == "dobj"]
    if not objs:
        return False
    if any(_counted(c) for c in objs):
        return True
    if any(_someone(c) for c in objs) and not any(c.dep_ == "prep" and c.lower_ == "as" for c in tok.children):
        return True
    return subj.ent_type_ in ("ORG", "GPE") and subj.tag_ != "PRP"
