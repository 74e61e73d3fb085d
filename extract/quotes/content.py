"""The reported content of a cue: its clause (also when the parser hung it elsewhere), the rest of a
"..., X said" sentence or an "as X noted" one, or its object. The tests it applies live by job: clause_forms (what
kind of clause or object a verb has; shared with the cue finder), bounds (where the content starts and ends),
asides ("X said" set between dashes or commas), sourcing (closing "..., X said" and "as X noted"), addressees (whom
a cue tells), agents (a passive cue's "by"), report_times (the time of the report, not of what it reports)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from extract.quotes.addressees import (
    _ADDRESSEE_VERBS,
    _NO_CLAUSE,
    _TELLING,
    _WORDS_NOUNS,
    _addressee,
    _says_something,
    _told_contact,
    _told_whom,
)
from extract.quotes.agents import _CHARGING, _agent_judgement, _misplaced_agent
from extract.quotes.asides import (
    _apart,
    _before_aside,
    _comma_aside,
    _dash_aside,
    _interrupted,
    _set_off_after,
    _title_before_cue,
)
from extract.quotes.bounds import (
    _after_dateline,
    _before_circumstance,
    _before_cut_subject,
    _before_joined_cue,
    _before_main_verb,
    _before_misread_conj,
    _before_misread_predicate,
    _before_next_act,
    _before_own_report,
    _content_end,
    _continues_content,
    _set_off_circumstance,
    _subject_as_object,
)
from extract.quotes.clause_forms import (
    _complement_in_disguise,
    _finite,
    _is_cue,
    _predicate_as_acl,
    _that_clause,
    _topic,
    _valued,
)
from extract.quotes.lexicon import (
    _CIRCUMSTANCE,
    _CLAIM_NOUNS,
    _CLAUSE_NEEDED,
    _CLAUSE_ONLY,
    _DIRECTIVE,
    _INTENTION,
    _OFFERING,
    _OWN_DEPS,
    _RECORDINGS,
    _SAID_THINGS,
    _SUBJ,
    SPEECH,
    WEAK,
)
from extract.quotes.people import _someone
from extract.quotes.report_times import _after_time, _past_report_time, _subject_after_day
from extract.quotes.sourcing import (
    _as_split,
    _before_sourcing,
    _closing_cue,
    _dashed_quote,
    _ends_sentence,
    _inverted_as,
    _outer_closing,
    _plain_speech,
    _quote_before,
    _reduced_relative,
    _sourcing_as,
)

if TYPE_CHECKING:
    from spacy.tokens import Token

    from extract.quotes.docview import _Doc


# Verbs whose passive subject is the one asked ("The senator was questioned by reporters", "was asked by ...");
# "The results were questioned by the opposition" doubts a thing, which is what was said.
_QUESTIONING = frozenset(["question", "ask", "quiz", "interview", "press", "grill", "interrogate", "query"])
_ASKED_PRONOUNS = frozenset(["he", "she", "they", "i", "we", "you"])


def _content(
    d: _Doc, cue: Token, sent: int, lemma: str | None, subj: Token, objective: bool = False
) -> tuple[int, int] | None:
    """What a cue reports: its clause, the rest of a "..., X said" sentence, or its object (for a
    cognition verb only when ``objective``: "polls show a close race")."""
    bounds = d.sent_range(sent)  # the cue's sentence (``sent`` is the cue's)
    inverted = _inverted_as(cue)
    if inverted is not None:
        # "As noted the Kremlin spokesman Dmitry Peskov, the talks will continue": the rest after the speaker.
        k = bounds[1] - 1
        while k > inverted[1] and d.doc[k].is_punct:
            k -= 1
        return d.tok_span(inverted[1] + 1, k)
    if _dash_aside(cue, subj, _after_dateline(d, bounds[0], subj.i), bounds):
        # "A 43-year-old man — police said — was arrested": the dash twin of "A man, police said, was arrested".
        a, b = d.sent_range(sent)
        k = b - 1
        while k > a and d.doc[k].is_punct:
            k -= 1
        return d.tok_span(_after_dateline(d, a, cue.i), k)
    if _comma_aside(cue, subj, _after_dateline(d, bounds[0], subj.i), bounds):
        # "The ceasefire, the minister said in an interview, would hold until Friday": the sentence's subject, the
        # aside and its predicate are one report.
        a, b = d.sent_range(sent)
        k = b - 1
        while k > a and d.doc[k].is_punct:
            k -= 1
        return d.tok_span(_after_dateline(d, a, cue.i), k)
    if _predicate_as_acl(cue):
        # "Kall, the director of debate, compared Trump to a coach ...": all that follows the misparsed verb.
        a, b = d.sent_range(sent)
        k = b - 1
        while k > cue.i and d.doc[k].is_punct:
            k -= 1
        return d.tok_span(cue.i + 1, k) if k > cue.i else None
    if _as_split(cue, subj, lemma):
        # "Hawaii, as one of his advisers pointed out, normally does not get ...": the parser made the
        # sentence's subject a second subject of the cue; the "as" clause sources all the sentence.
        a, b = d.sent_range(sent)
        return d.tok_span(a, b - 1)
    broken = _broken_clause(d, cue, sent, lemma)
    if broken is not None:
        return broken
    clauses = [c for c in cue.children if c.dep_ in ("ccomp", "xcomp") and c.i != subj.i]
    # "Senator Elizabeth Warren, expected to run for president, told voters that ...": an aside before the cue
    # whose subject the speaker is (the parser hung the name on it) is no part of what was said.
    clauses = [c for c in clauses if not (c.i < cue.i and subj.head.i == c.i and subj.dep_ in _SUBJ)]
    # '... and said, “somebody ought to ...,” the prosecutor's office said': a closing cue with a subject of its own
    # after another clause of the cue reports the whole sentence; it is no part of what this cue says.
    closing = [c for c in clauses if _outer_closing(cue, c, clauses)]
    clauses = [c for c in clauses if c not in closing]
    if closing and not clauses:
        # 'The mayor said, "The plan is dead," a spokesman said': the parser hung the quote on the closing cue; it
        # is what this cue says.
        clauses = [g for c in closing for g in c.children if g.dep_ == "ccomp" and cue.i < g.i < c.left_edge.i]
    if any(c.dep_ == "dobj" and c.i > cue.i and c.lower_ in _WORDS_NOUNS for c in cue.children):
        # "..., she added the words, ''Hillary Clinton.''": what she added is the words after the cue, not the
        # sentence before it the parser hung on the cue
        clauses = [c for c in clauses if c.i > subj.i]
    if lemma in _INTENTION and any(c.i > cue.i and c.dep_ == "xcomp" for c in clauses):
        # "They have imposed sharp cuts ... — McClatchy is planning to end Saturday publication ...": an intention is
        # the infinitive after it; a clause before the subject the parser hung on it is the sentence before.
        clauses = [c for c in clauses if c.i > subj.i]
    if subj.dep_ in ("advmod", "npadvmod", "amod") and subj.i < cue.i:
        # "While the lineup is light (only three games ... have been announced), Early says there is ...": a
        # name the parser made a modifier leaves the verb without a subject to bound it; what the verb
        # reports is after it.
        clauses = [c for c in clauses if c.i > cue.i]
    # "concludes with footage of Trump saying during the debate, “That makes me smart”": the parser hung the
    # quote on the outer verb; it is what the participle of saying right before it reports.
    clauses = [c for c in clauses if not _reported_between(cue, c)]
    # "Obama said Biden had been a loyal partner — “He never once let me down,” he said": the parser hung the report
    # before the dash (and the quote) on the closing "he said"; what it reports is the quote after the dash only.
    dashed = _dashed_quote(d, sent, subj)
    if dashed is not None and any(
        c.i < subj.i and c.idx < dashed[0] and c.lower_ in SPEECH and any(g.dep_ in _SUBJ for g in c.children)
        for c in clauses
    ):
        return dashed
    if not clauses:
        hung = _clause_after(cue)
        clauses = [hung] if hung is not None and hung not in closing else []
    after = [c for c in clauses if c.i > cue.i and _that_clause(c)]
    before = [c for c in clauses if c.i < subj.i]
    if after and before and any(t.text in _BREAKS for t in cue.doc[before[-1].right_edge.i : subj.left_edge.i]):
        # "Both candidates face questions (her campaign disclosed that she has pneumonia)": a that-clause
        # after a cue set apart from the sentence is what it reports; the parser hung the sentence on it too
        # ("so bad, Mr. Obama noted, that ..." is one clause split by the cue, and stays whole).
        clauses = after
    elif after and before and subj.i < cue.i and not _set_off_after(cue, after[0]):
        # "Writing for a panel that all agreed Pence won the debate, Mark Z. Barabak noted that the way ...": a
        # that-clause right after the cue is what it reports; a clause the parser hung on the cue from a fronted
        # participle before the subject is no part of it (a cue set off by commas, "so bad, Mr. Obama noted,
        # that ...", splits one clause and stays whole).
        clauses = after
    # "A estimates that ...; B puts the figure at ...": a clause before the subject that a semicolon sets
    # apart is no content of this cue.
    clauses = [c for c in clauses if not (c.i < subj.i and _apart(d, c, subj))]
    # "..., a prospect Vindman denied": the clause before is what the prospect stands for, not what was denied.
    clauses = [c for c in clauses if not (c.i < subj.i and _reduced_relative(subj))]
    # "..., a possibility analyst John Smith said was likely": what follows the cue of a misread relative clause
    # has the idea noun's gap in it ("was likely", "the board would discuss"), no claim of its own.
    if _reduced_relative(subj):
        return None
    if clauses:
        lo = min(c.left_edge.i for c in clauses)
        hi = max(c.right_edge.i for c in clauses)
        if before and after:
            # "China had resisted such agreements, but the air pollution had become so bad, Mr. Obama noted,
            # that ...": a cue inside a sentence reports the clause it interrupts, not an earlier one joined to
            # it by "but" or "and".
            last = [
                cj
                for cj in before[-1].children
                if cj.dep_ == "conj"
                and cj.right_edge.i < subj.left_edge.i
                and any(g.dep_ in ("nsubj", "nsubjpass") for g in cj.children)
            ]
            if last:
                lo = max(lo, last[-1].left_edge.i)
        if lo < cue.i < min(c.i for c in clauses):
            lo = cue.i + 1  # "which she plans to do": the relative pronoun fronted before the cue is no content
        if after and not before:
            lo = min(lo, _interrupted(d, cue, subj, after[0]))
        last = clauses[-1]
        if last.dep_ == "ccomp" and last.tag_ in ("VBD", "VBN") and not any(c.dep_ in _SUBJ for c in last.children):
            # "wrote a memoir of her time entitled ...": a participle the parser took for a clause without a
            # subject modifies the object before it, which is what was written.
            obj = next((c for c in cue.children if c.dep_ == "dobj" and cue.i < c.i < last.i), None)
            if obj is not None:
                lo = min(lo, obj.left_edge.i)
        if last.dep_ == "ccomp" and any(
            c.dep_ in _SUBJ and c.tag_ == "WDT" and c.i == last.left_edge.i for c in last.children
        ):
            # "reported telephone wait times that exceeded two hours": a clause whose subject is a relative "that"
            # or "which" is a relative clause the parser took for the report; it tells of the object before it.
            objs = [c for c in cue.children if c.dep_ in ("dobj", "npadvmod") and cue.i < c.i < last.i]
            if objs:
                lo = min(lo, *(c.left_edge.i for c in objs))
        lo = _subject_as_object(cue, last, lo, lemma)
        lo = _past_report_time(cue, last, lo)
        lo = _subject_after_day(cue, last, lo)
        # "told reporters the city would recover" reports a clause with a subject of its own, as "told reporters that
        # ..." does: whom it was told is no part of it (PolNeAR's content starts at the clause too).
        finite = any(
            _that_clause(c)
            or c.doc[c.left_edge.i].lower_ == "that"
            or c.dep_ == "ccomp"
            and _finite(c)
            and any(g.dep_ in _SUBJ for g in c.children)
            for c in clauses
        )
        if (lemma in _DIRECTIVE or lemma == "call") and not finite:
            # "urged people to protest peacefully": who is told to act is part of what was said (whom
            # one tells that something is so is not).
            told = [c for c in cue.children if c.dep_ in ("dobj", "dative") and cue.i < c.i < lo]
            # "called on people to protest": the addressee of "call on" is the object of its particle (which
            # the parser may tag as a preposition or as a particle).
            told += [
                g
                for c in cue.children
                if c.dep_ in ("prep", "prt") and c.lower_ in ("on", "upon") and c.i > cue.i and lemma == "call"
                for g in c.children
                if g.dep_ == "pobj" and g.i < lo
            ]
            lo = min([lo, *(c.left_edge.i for c in told)])
        # "said the videos were inconclusive and that the footage did not show ...": a second that-clause
        # is more of what was said, whatever verb it has.
        conj = [c for c in clauses[-1].children if c.dep_ == "conj" and (not _is_cue(c) or _that_clause(c))]
        hi = max(hi, *(c.right_edge.i for c in conj)) if conj else hi
        for c in clauses[-1].children:
            if c.dep_ == "conj" and _is_cue(c) and not _that_clause(c):
                # "said he would win and added that ...": the second cue reports its own claim.
                hi = min(hi, c.left_edge.i - 1)
                while hi > lo and (d.doc[hi].dep_ == "cc" or d.doc[hi].is_punct):
                    hi -= 1
        # "said it would cut revenue, but would add ... later": a subjectless verb or an adverbial clause
        # after the reported clause, hung on the cue by the parser, continues what was said.
        for c in cue.rights:
            if c.i > hi and _continues_content(c):
                hi = c.right_edge.i
        hi = _before_misread_conj(d, cue, subj, last, lo, hi)
        hi = _before_next_act(d, cue, lo, hi)
        hi = _before_aside(d, lo, hi)
        hi = _before_main_verb(d, cue, lo, hi)
        hi = _before_cut_subject(d, subj, lo, hi)
        a, b = d.sent_range(sent)
        # (Not a "..., he said" inside another's report: "Schumer said McConnell has blocked every bill — “...,” he
        # said", where the words before the quote are Schumer's report.)
        reported_in = dashed is not None and any(
            t.i < lo and t.lower_ in SPEECH and any(g.dep_ in _SUBJ for g in t.children) for t in cue.ancestors
        )
        if (
            a < lo
            and hi < subj.left_edge.i
            and _plain_speech(lemma)
            and _ends_sentence(cue, subj, b)
            and not reported_in
        ):
            # "A, but B, another source said.": a closing "X said" reports all of the sentence before it,
            # however the parser split it between the cue and its head.
            lo = a
        if lo == a:
            lo = _after_dateline(d, a, hi)
        return d.tok_span(lo, hi)
    if lemma in SPEECH.values():
        # "said after the convention he would not accept ...", "tells his supporters to go ...": a
        # complement clause the parser hung on the cue as an adverbial one (it has no "if", "when" ...).
        # "unveiled a list of endorsements -- most of whom had announced ...": a verb with an object of its
        # own takes no second complement, unless the object is whom it tells ("told reporters he would").
        telling = lemma in _CLAUSE_ONLY or lemma in _DIRECTIVE or lemma in _ADDRESSEE_VERBS
        has_object = any(c.dep_ == "dobj" and c.i > cue.i for c in cue.children)
        for c in cue.rights if telling or not has_object else ():
            if c.dep_ == "advcl" and c.pos_ in ("VERB", "AUX") and not _is_cue(c):
                marks = [m for m in c.children if m.dep_ == "mark" and m.lower_ != "that" or m.tag_ == "WRB"]
                own_subject = any(m.dep_ in ("nsubj", "nsubjpass") for m in c.children)
                infinitive = any(m.dep_ == "aux" and m.lower_ == "to" for m in c.children)
                # An infinitive is what was told only after an addressee ("tells his supporters to go"),
                # not a purpose ("spoke to discuss ...").
                addressee = lemma in _DIRECTIVE and any(
                    m.dep_ in ("dobj", "dative") and m.i < c.i for m in cue.children
                )
                if not marks and own_subject:
                    return d.tok_span(c.left_edge.i, _content_end(d, cue, c))
                if not marks and infinitive and addressee:
                    told = min(m.left_edge.i for m in cue.children if m.dep_ in ("dobj", "dative") and m.i < c.i)
                    return d.tok_span(told, _content_end(d, cue, c))
    # "said at the time that he was in Paris": the parser read the clause as a relative one on the time. Only when the
    # cue says nothing else: "said nothing at the time that the suspect was arrested", "said so at the time that the
    # bill passed" tell when (an addressee is no object here: "told reporters at the time that ...").
    if lemma in SPEECH.values() and lemma not in _NO_CLAUSE and not _says_something(cue):
        for c in cue.children:
            if c.i > cue.i and c.dep_ in ("prep", "npadvmod"):
                t = next((t for t in c.subtree if _after_time(c, t)), None)
                if t is not None:
                    return d.tok_span(t.left_edge.i, _before_joined_cue(d, t))
    # "X stated, after meeting Y, that ...": a that-clause further down the cue's right side, unless
    # another cue reports it ("said many critics failed to note that ...": the parser's object).
    for t in cue.subtree:
        if t.i <= cue.i or t.dep_ != "ccomp" or not _that_clause(t):
            continue
        if not _under_cue(t, cue) and not _reported_between(cue, t):
            return d.tok_span(t.left_edge.i, t.right_edge.i)
    # "told a meeting of leaders that few people understood ...": the parser made the that-clause a
    # relative clause of the addressee; a "that" marking it (not its subject or object) says otherwise.
    for c in cue.children:
        if c.dep_ in ("dobj", "dative", "prep", "npadvmod") and c.i > cue.i:
            for t in c.subtree:
                # "on a regular basis that ...": a that-clause the parser hung on a noun as its complement.
                as_acl = t.dep_ == "acl" and _that_clause(t)
                # "told The Hill in a statement that her client did not intend ...": a statement the words came
                # in is the medium, and the that-clause the parser gave it is what was told.
                medium = c.dep_ == "prep" and c.lower_ == "in" and t.head.dep_ == "pobj" and t.head.head.i == c.i
                if (
                    (t.dep_ == "relcl" or as_acl)
                    and (t.head.lower_ not in _CLAIM_NOUNS or medium and as_acl)
                    and (
                        _complement_in_disguise(t)
                        or _told_whom(lemma, c, t)
                        or _told_contact(lemma, c, t)
                        # "conveyed assurances that the ceasefire would hold": "that" marks the object's complement
                        or as_acl
                        and lemma in _CLAUSE_NEEDED
                    )
                ):
                    told = lemma in _CLAUSE_ONLY or lemma in _DIRECTIVE or lemma in _ADDRESSEE_VERBS
                    if c.dep_ == "dobj" and c.pos_ == "NOUN" and t.head.i == c.i and not told:
                        # "echoed statements by Trump that ...": the noun the clause completes was echoed.
                        return d.tok_span(c.left_edge.i, t.right_edge.i)
                    return d.tok_span(t.left_edge.i, t.right_edge.i)
    a, b = d.sent_range(sent)
    if subj.head.dep_ == "agent" or _misplaced_agent(subj, cue):
        # "The tariffs were announced by the ministry on Monday": the passive's subject is what was said; the
        # agent and the when and where after it are not ("was criticised by Merkel as reckless", "was called
        # a charlatan by doctors" keep the judgement, which is what was said of it).
        patient = next((c for c in cue.children if c.dep_ == "nsubjpass" and c.lower_ != "it"), None)
        if patient is None:
            return None
        if lemma in _QUESTIONING and (patient.lower_ in _ASKED_PRONOUNS or _someone(patient)):
            return None  # "The senator was questioned by reporters": the one asked, not anything said
        judged = [
            c
            for c in cue.children
            if c.dep_ in ("oprd", "xcomp") or c.dep_ == "prep" and c.lower_ == "as" and c.i > cue.i
        ]
        # "is accused by critics of promoting ...": the charge, wherever the parser hung its "of"; "was described by
        # organisers as the largest ...": the judgement, though the parser hung its "as" on the agent.
        judged += _agent_judgement(subj, lemma)
        judged += [c for c in cue.children if lemma in _CHARGING and c.dep_ == "prep" and c.lower_ == "of"]
        hi = max([patient.right_edge.i, *(c.right_edge.i for c in judged)])
        if subj.head.dep_ != "agent" and subj.head.i > patient.i:
            hi = min(hi, subj.head.i - 1)  # "was called a liar by critics": the judgement ends before its "by"
        if hi == patient.right_edge.i and not any(not t.is_punct for t in patient.subtree if t.i != patient.i):
            hi = b - 1  # "Assange was accused ...", "he was told by ...": a bare name alone says nothing
        return d.tok_span(patient.left_edge.i, hi)
    left = min(cue.left_edge.i, subj.left_edge.i)
    if cue.dep_ in ("parataxis", "ROOT"):
        # "The benefit, it says, would be $300": a cue set off by commas inside a sentence reports all of it.
        own = [cue, *subj.subtree]
        own += [t for c in cue.children if c.dep_ in _OWN_DEPS for t in c.subtree]
        words = [t.i for t in own if not t.is_punct]
        lo, hi = min(words), max(words)
        doc = d.doc
        if a < lo - 1 and hi + 2 < b and doc[lo - 1].text == "," and doc[hi + 1].text == ",":
            if _title_before_cue(cue, lo, hi):
                # "The Minister of Agriculture, Mr. Suharto Wijaya explained, the rice stock is enough": the title
                # before the name is the speaker's, which the parser made a second subject of the clause.
                return d.tok_span(hi + 2, b - 1)
            return d.tok_span(a, b - 1)
    if _sourcing_as(cue, lemma):
        # "As experts have pointed out, Mr. Trump is free to ...": the "as" clause sources the rest.
        lo, hi = cue.left_edge.i, cue.right_edge.i
        if lo <= a + 1 and hi + 1 < b:
            return d.tok_span(hi + 1, b - 1)
        last = b - 1
        while last > hi and (d.doc[last].is_punct or d.doc[last].is_space):
            last -= 1  # the sentence's full stop, and the blank line a paragraph ends with
        if (hi >= b - 2 or hi == last) and lo > a:
            quoted = _quote_before(d, a, lo)
            if quoted is not None:
                # '... is a "lawful source of investment income," as a memo put it': the memo's words are the
                # quote the "as" clause follows, not the writer's sentence around it.
                return quoted
            return d.tok_span(a, lo - 1)
        return d.tok_span(a, b - 1)
    # "Content, X said." parsed with the content verb as the root.
    subordinate = any(c.dep_ == "mark" or c.tag_ == "WRB" for c in cue.children)  # "when X blasted him"
    if (
        cue.dep_ != "relcl"
        and not subordinate
        and _plain_speech(lemma)
        and cue.head.i != cue.i
        and cue.head.i < left
        and left > a
        and d.doc[left - 1].is_punct
        # ", each touting their own experience": a cue with an object of its own reports that object.
        and not any(c.dep_ in ("dobj", "attr", "oprd") and c.i > cue.i for c in cue.children)
    ):
        return d.tok_span(_after_dateline(d, a, left), left - 1)
    # "..., said Derek Scissors, a China scholar": an inverted cue opens its closing clause itself.
    opening = cue.i if subj.i > cue.i else subj.left_edge.i
    if _closing_cue(d, cue, lemma, subj, a, b, opening, subordinate):
        # "..., not by value, an agency spokesman told us.", "..., executives announced Wednesday.": a verb
        # of saying that closes its sentence after a comma reports the clause before, however it was parsed.
        return d.tok_span(_after_dateline(d, a, opening), opening - 1)
    if lemma == "say":
        # "said many of the examples ... failed": "say" takes a clause, so a noun-phrase object holding
        # a verb is the parser's misreading of a clause; what follows the cue is what was said.
        obj = next((c for c in cue.rights if c.dep_ == "dobj"), None)
        if obj is not None and obj.pos_ != "PRON" and obj.lower_ not in _SAID_THINGS:
            verbs = [t for t in obj.subtree if t.pos_ in ("VERB", "AUX") and t.i > obj.i]
            if verbs:
                hi = max(t.right_edge.i for t in cue.rights if not t.is_punct)
                return d.tok_span(obj.left_edge.i, hi)
    topic = _topic(cue, lemma)
    if topic is not None:
        return d.tok_span(topic.left_edge.i, _before_misread_predicate(d, topic.left_edge.i, topic.right_edge.i))
    said_words = next((c for c in cue.children if c.dep_ == "dobj" and c.i > cue.i and c.lower_ in _WORDS_NOUNS), None)
    if said_words is not None and lemma in SPEECH.values():
        return d.tok_span(said_words.left_edge.i, said_words.right_edge.i)  # "added the words, ''Hillary Clinton.''"
    if lemma in _CLAUSE_ONLY or (lemma in WEAK.values() and not objective):
        return None
    objs = [c for c in cue.rights if c.dep_ in ("dobj", "attr", "oprd", "prep", "dative", "acomp", "advcl")]
    # "denounced the presence of X and that Y": a that-clause coordinated with the object.
    objs += [c for c in cue.rights if c.dep_ == "conj" and _that_clause(c)]
    objs = [c for c in objs if not (c.dep_ == "prep" and c.lower_ in _CIRCUMSTANCE and not _valued(lemma, c))]
    # "criticized Obama, saying that ...": the participle's report is a claim of its own.
    objs = [c for c in objs if not (c.dep_ == "advcl" and c.lower_ in SPEECH)]
    # "Dempsey talked with the man over the phone, trying to zero in on a cause": a participle set off by a comma is
    # what the speaker did besides, not what was said.
    objs = [c for c in objs if not (c.dep_ == "advcl" and c.tag_ == "VBG" and c.doc[c.left_edge.i - 1].text == ",")]
    # "Aviation analysts called it the “end of an era,” as the industry's symbol of excess was sidelined": a clause
    # of time or circumstance set off by a comma after the object is the writer's, not what was said.
    objs = [c for c in objs if not _set_off_circumstance(c, lemma)]
    if lemma in _OFFERING:
        # "gave his players advice before the game", "gave testimony before the committee for three hours": the
        # words handed over and whom they went to ("advice to Hillary Clinton"), not the receiver or the occasion.
        objs = [c for c in objs if c.dep_ == "dobj" or c.lower_ == "to" and c.dep_ in ("dative", "prep")]
    if not objs or objs[0].dep_ == "dative" and len(objs) == 1:
        return None
    if lemma in _TELLING and all(c.dep_ in ("dobj", "dative") and _addressee(lemma, c) for c in objs):
        return None  # "the governor warned the legislature in 2019": whom it was told is no content
    lo = min(c.left_edge.i for c in objs)
    hi = max(c.right_edge.i for c in objs)
    return d.tok_span(lo, _before_circumstance(d, lo, _before_own_report(d, lo, _before_sourcing(d, lo, hi)), lemma))


def _of_recording(tok: Token) -> bool:
    """Whether a token is the object of "of" on a recording noun: what a recording shows ("footage of Trump",
    "a video of the senator saying")."""
    return tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lower_ in _RECORDINGS


def _clause_after(cue: Token) -> Token | None:
    """The clause a participle of saying with nothing of its own reports, though the parser hung it on a verb
    further up: the next words after the participle's phrase, past a comma or quote mark and nothing else."""
    if cue.tag_ != "VBG" or cue.lower_ not in SPEECH or cue.dep_ in ("ROOT", "relcl"):
        return None  # "the story the White House is telling doesn't ...": a relative clause reports nothing new
    # Only someone a recording shows ("footage of Trump saying", "a video of the senator saying"), which the
    # parser makes the object of "of" or the participle hung on it: a participle in an adverbial phrase is an
    # act of the subject's or of people heard ("told reporters after hearing protesters shouting outside,
    # “...”": the governor's words).
    rec = cue.head if cue.dep_ == "acl" and cue.head.dep_ == "pobj" else cue if cue.dep_ == "pobj" else None
    if rec is None or not _of_recording(rec):
        return None
    if any(c.dep_ in ("ccomp", "xcomp", "dobj") for c in cue.children):
        return None
    doc = cue.doc
    end = cue.right_edge.i
    anc = cue.head
    for _ in range(4):
        for c in anc.children:
            between = doc[end + 1 : c.left_edge.i]
            # Set off by a comma, colon or quote mark, as words said are.
            if c.dep_ == "ccomp" and c.left_edge.i > end + 1 and all(t.is_punct for t in between):
                return c
        if anc.head.i == anc.i:
            break
        anc = anc.head
    return None


def _reported_between(cue: Token, clause: Token) -> bool:
    """Whether a participle of saying between a cue and a clause reports the clause (see _clause_after)."""
    return any(
        (hung := _clause_after(t)) is not None and hung.i == clause.i for t in cue.doc[cue.i + 1 : clause.left_edge.i]
    )


# Punctuation that sets a cue apart from the sentence before it, unlike the commas of "A, X said, that B".
_BREAKS = {"(", "[", ";"}


def _under_cue(t: Token, cue: Token) -> bool:
    """Whether another speech or cognition verb stands between a clause and the cue above it."""
    h = t.head
    while h.i != cue.i and h.head.i != h.i:
        if h.lower_ in SPEECH or h.lower_ in WEAK:
            return True
        h = h.head
    return False


def _broken_clause(d: _Doc, cue: Token, sent: int, lemma: str | None) -> tuple[int, int] | None:
    """The clause after "said" the parser broke up, leaving the cue with nothing of its own: a subject whose verb
    under a modal it read as a modifier ("Officials said the outage would last hours": "last" an adjective of
    "hours", "would" hung on it). The subject and the modal make a clause; it runs to the sentence's end."""
    if lemma not in ("say", "tell"):
        return None
    # "told aides that the war would last years": whom it told is no content of its own
    told = [c for c in cue.children if c.dep_ == "dobj" and lemma == "tell" and _addressee(lemma, c)]
    if any(c.dep_ in ("ccomp", "xcomp", "dobj", "attr") and c.i > cue.i and c not in told for c in cue.children):
        return None
    doc = d.doc
    a, b = d.sent_range(sent)
    for t in doc[cue.i + 1 : b]:
        h = t.head
        if t.dep_ != "nsubj" or h.dep_ not in ("amod", "compound", "nmod") or not cue.i < t.i < h.i:
            continue
        if any(c.i >= t.i for c in told):
            return None
        if any(c.dep_ == "aux" and c.tag_ == "MD" and t.i < c.i < h.i for c in h.children) and h.head.head.i == cue.i:
            k = b - 1
            while k > t.i and doc[k].is_punct:
                k -= 1
            lo = t.left_edge.i
            if lo - 1 > cue.i and doc[lo - 1].dep_ == "mark" and doc[lo - 1].lower_ == "that":
                lo -= 1  # "told aides that the war would last years": the clause opens at "that"
            return d.tok_span(lo, k)
        return None
    return None
