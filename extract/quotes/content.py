"""The reported content of a cue: its clause (also when the parser hung it elsewhere), the rest of a
"..., X said" sentence or an "as X noted" one, or its object; plus the clause tests the cue finder uses."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import lru_cache
from typing import TYPE_CHECKING

from extract import datelines
from extract.quotes.lexicon import (
    _CIRCUMSTANCE,
    _CLAIM_NOUNS,
    _CLAUSE_NEEDED,
    _CLAUSE_ONLY,
    _DIRECTIVE,
    _EVIDENCE_NOUNS,
    _HONORIFIC,
    _INTENTION,
    _NOT_PLAIN,
    _OFFERING,
    _OWN_DEPS,
    _PEOPLE_NOUNS,
    _RECORDINGS,
    _SAID_THINGS,
    _SEEING_AS,
    _STATEMENT_NOUNS,
    _SUBJ,
    _TOPIC_PREPS,
    _TOPIC_VERBS,
    SPEECH,
    WEAK,
)
from extract.quotes.people import _people

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from extract.quotes.docview import _Doc


def _finite(clause: Token) -> bool:
    """Whether a clause is finite ("that X was", "X is"), not a small clause ("a man bleeding")."""
    if clause.tag_ in ("VBD", "VBZ", "VBP", "MD") or _that_clause(clause):
        return True
    if _past_as_participle(clause):
        return True
    return any(c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBD", "VBZ", "VBP", "MD") for c in clause.children)


def _past_as_participle(verb: Token) -> bool:
    """A past tense the tagger took for a participle: a subject of its own, an object, and no auxiliary ("The study
    found voters rated Democrats higher"); a participle of a small clause has no object ("found the man injured")."""
    if verb.tag_ != "VBN" or any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return False
    return any(c.dep_ == "nsubj" for c in verb.children) and any(c.dep_ == "dobj" for c in verb.children)


def _weak_object(tok: Token, lemma: str) -> bool:
    """Whether a cognition verb reports its plain object: evidence that shows or finds something ("polls
    show a close contest", "a study found 31 incidents") or a wish ("Democrats want policies that ...")."""
    if not any(c.dep_ == "dobj" for c in tok.children):
        return False
    if lemma in _SEEING_AS:
        subj = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None and (subj.ent_type_ in ("DATE", "TIME", "EVENT") or subj.like_num):
            return False  # "The decade saw China as a rising power", "2016 saw Trump as ...": a time witnesses
        return _judged_as(tok)
    if lemma == "want":
        return True  # a named speaker is still required (an intention verb)
    if lemma in _OFFERING:
        # "offered some pointed advice", "gave his assessment": words handed over, if the object is an utterance
        # (verb_senses._uttered); "offered loans" is a deed.
        return True
    if lemma not in ("show", "find"):
        return False
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    return subj is not None and subj.lower_ in _EVIDENCE_NOUNS


def _judged_as(tok: Token) -> bool:
    """ "see the program as an opportunity", "viewed the comment as a dig": an object, then "as" and what it is
    judged to be (a noun or an adjective; "as recently as" is a time)."""
    obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
    if obj is None:
        return False
    # The parser hangs the "as" on the verb or on the object ("saw the comment as a dig").
    for c in [*tok.children, *obj.children]:
        if c.dep_ == "prep" and c.lower_ == "as" and c.i > obj.i:
            return any(g.dep_ in ("pobj", "pcomp") and g.pos_ in ("NOUN", "PROPN", "ADJ", "VERB") for g in c.children)
    return False


def _names_as(tok: Token, inside: Sequence[bool] = ()) -> bool:
    """ "called the decision a huge win", "called Trump a “pathological liar”": a verb naming its object as
    something (an evaluation). The parser often misses the second object; a quoted label after the
    object ("calls Obamacare ‘crazy system’") shows it as well."""
    objs = [c for c in tok.children if c.dep_ in ("dobj", "oprd")]
    # "was called a mistake by the union": the passive's subject is the object named.
    named = len(objs) >= 2 or any(c.dep_ == "nsubjpass" for c in tok.children)
    if named and any(c.dep_ == "oprd" for c in objs):
        return True
    if not objs or not inside:
        return False
    first = min(c.i for c in objs)
    return any(inside[k] for k in range(first, tok.right_edge.i + 1))


def _has_clause(tok: Token) -> bool:
    return any(c.dep_ in ("ccomp", "xcomp") for c in tok.children)


def _interrupted(d: _Doc, cue: Token, subj: Token, clause: Token) -> int:
    """Where the clause a cue set off by commas interrupts starts, when the that-clause right after the cue
    completes it ("orders had fallen so sharply, the manager admitted, that the plant might close", "It is
    clear, the mayor said, that ..."): the parser hung the cue on that clause, the that-clause on the cue. As
    when the parser hangs that clause on the cue ("..., but the air pollution had become so bad, Mr. Obama
    noted, that ..."), an earlier clause joined to it with a subject of its own is not reported. Otherwise
    the that-clause's own start."""
    doc = d.doc
    lo = clause.left_edge.i
    head = cue.head
    if cue.dep_ != "parataxis" or head.i >= subj.i or head.pos_ not in ("VERB", "AUX"):
        return lo
    left = subj.left_edge.i
    if left < 1 or doc[left - 1].text != "," or doc[lo - 1].text != "," or doc[lo].lower_ != "that":
        return lo  # the cue is no aside between commas with the that-clause right after it
    joined = [
        cj
        for cj in head.children
        if cj.dep_ == "conj" and cj.right_edge.i < left and any(g.dep_ in ("nsubj", "nsubjpass") for g in cj.children)
    ]
    own = joined[-1] if joined else head
    if not any(g.dep_ in ("nsubj", "nsubjpass", "expl") for g in own.children):
        return lo
    end = doc[left - 2]
    if end != own and not own.is_ancestor(end):
        return lo  # the clause the cue interrupts ends right before it
    return own.left_edge.i


def _past_report_time(cue: Token, clause: Token, lo: int) -> int:
    """Start a reported clause after the time of the report the parser hung on it: "Senate leaders said on Monday the
    bill would pass", "The mayor said Tuesday the city would recover" report 'the bill would pass' (with "that" after
    the time the clause starts at "that" already)."""
    # The report's own time the parser hung on the cue may stand before ("said on Monday at 0600 hours the offensive
    # had begun": 'on Monday' is the cue's).
    start = cue.i + 1
    for c in cue.rights:
        if c.i == start and c.right_edge.i < lo and c.dep_ in ("prep", "npadvmod") and _time_phrase_only(c):
            start = c.right_edge.i + 1
    if clause.dep_ != "ccomp" or lo != start or clause.left_edge.i != lo:
        return lo
    subj = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or subj.left_edge.i <= lo:
        return lo
    before = [c for c in clause.children if lo <= c.i < subj.left_edge.i]
    clock = {i for c in before for t in c.subtree for i in _clock_time(t)}
    # (a year belongs to the report: "She said in 2008 she had voted for Obama"; a clock time does not: "said at 0900
    # local time the border would reopen")
    timed = all(_time_phrase_only(c, clock) for c in before)
    return subj.left_edge.i if before and timed else lo


def _subject_after_day(cue: Token, clause: Token, lo: int) -> int:
    """Start a reported clause at the name the parser joined to the report's day: "said on Wednesday Australia would
    not back down" (the object of "on" became "Wednesday Australia", and the clause was left without a subject);
    "said Friday China had lodged a protest" (the day became part of the subject)."""
    doc = cue.doc
    subj = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is not None:
        # Only the day of the report: a month or a holiday describes the subject ("said January inflation data would
        # be key", "said Christmas sales were ..."), and a day's possessive is the subject's ("said Tuesday's vote").
        k = lo
        while k < subj.i and doc[k].lower_ in _REPORT_DAYS and doc[k].dep_ == "compound" and doc[k].head.i == subj.i:
            k += 1
        return k
    if clause.dep_ != "ccomp" or lo != clause.left_edge.i or lo < 2:
        return lo
    name = doc[lo - 1]
    if not (
        name.dep_ == "pobj"
        and name.pos_ == "PROPN"
        and name.ent_type_ not in ("", "DATE", "TIME")
        and name.head.dep_ == "prep"
        and name.head.head.i == cue.i
    ):
        return lo
    k = name.left_edge.i
    while k < name.i and doc[k].lower_ in _REPORT_DAYS:
        k += 1
    return k if k > name.left_edge.i else lo


# The days a report is dated by ("said on Wednesday", "said Friday"), in English whatever the locale.
_REPORT_DAYS = frozenset(
    ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday", "tonight")
)


def _time_phrase_only(c: Token, clock: set[int] | None = None) -> bool:
    """Whether a dependent is a date or a time and nothing else ("on Monday", "Tuesday", "at 1500 GMT"); ``clock``:
    the clock times' tokens, when the caller found them over a wider span than this dependent."""
    if clock is None:
        clock = {i for t in c.subtree for i in _clock_time(t)}
    return all(
        t.ent_type_ in ("DATE", "TIME") or t.dep_ in ("prep", "det") or t.is_punct or t.i in clock for t in c.subtree
    ) and not any(t.like_num and len(t.text) == 4 and t.i not in clock for t in c.subtree)


def _clock_time(tok: Token) -> tuple[int, ...]:
    """The tokens of a clock time of four digits with its zone ("1500 GMT", "0900 local time", "1800 hours") when
    ``tok`` is its number, else none: a time of day, never a year."""
    text = tok.text
    if len(text) != 4 or not text.isdigit() or int(text[:2]) > 23 or int(text[2:]) > 59:
        return ()
    doc = tok.doc
    k = tok.i + 1
    if k >= len(doc):
        return ()
    nxt = doc[k]
    if nxt.text in _time_zones() or nxt.lower_ in ("hours", "hrs", "h"):
        return (tok.i, k)
    if nxt.lower_ == "local" and k + 1 < len(doc) and doc[k + 1].lower_ == "time":
        return (tok.i, k, k + 1)
    return ()


@lru_cache(maxsize=1)
def _time_zones() -> frozenset[str]:
    """The time zones' abbreviations of the IANA database ("GMT", "UTC", "EST", "CET", "JST", ...; read once, when a
    four-digit number is first met before a reported clause), and the US news' short zones ("ET", "PT")."""
    import datetime
    import zoneinfo

    found = {"GMT", "UTC", "ET", "CT", "MT", "PT"}
    for name in zoneinfo.available_timezones():
        try:
            zone = zoneinfo.ZoneInfo(name)
        except (OSError, ValueError):
            continue
        for month in (1, 7):
            abbr = datetime.datetime(2024, month, 15, tzinfo=zone).tzname()
            if abbr and abbr.isalpha() and abbr.isupper():
                found.add(abbr)
    return frozenset(found)


_ASIDE_DASHES = frozenset(("-", "--", "\u2014", "\u2013"))


def _spaced_dash(tok: Token) -> bool:
    """Whether a token is a dash set off by blanks (or an em dash or "--"), not a hyphen inside a word nor an en dash
    joining a range or a pair ("Dallas–Fort Worth", "the Paris–Berlin rail link")."""
    doc = tok.doc
    if tok.text not in _ASIDE_DASHES:
        return False
    return tok.text in ("\u2014", "--") or (tok.i > 0 and bool(doc[tok.i - 1].whitespace_) and bool(tok.whitespace_))


def _own_words_before(doc: Doc, start: int, k: int) -> bool:
    """Whether words of the sentence's own clause (a word in lower case) stand before the dash at ``k``: a dateline
    ("WASHINGTON —", "KYIV, Ukraine (AP) —") is names, numbers and brackets only."""
    return any(doc[j].is_alpha and doc[j].is_lower for j in range(start, k))


def _person_before(doc: Doc, start: int, k: int) -> bool:
    """Whether only a person's name (and an honorific) stands before the dash at ``k``: "Mr. Trump —", "Angela
    Merkel —" open the sentence's own subject, never a dateline."""
    return k > start and all(doc[j].ent_type_ == "PERSON" or doc[j].lower_ in _HONORIFIC for j in range(start, k))


def _dash_aside(cue: Token, subj: Token, floor: int = 0, bounds: tuple[int, int] | None = None) -> bool:
    """Whether "X said" stands between dashes inside the sentence it sources ("The deal - officials said - would be
    signed in May", "The plan — the minister said on Tuesday — is dead"): a dash right before the subject's own words
    and another within a few words after the cue, with words before the first dash. (``bounds``: the cue sentence's
    token range, when the caller has it; ``Token.sent`` walks the sentence each time.)"""
    doc = cue.doc
    start, send = bounds if bounds is not None else (cue.sent.start, cue.sent.end)
    if cue.dep_ == "relcl" or any(t.tag_ in ("WDT", "WP", "WP$") for t in subj.subtree):
        return False  # "-- most of whom had previously announced their support --": a relative aside
    k = subj.i - 1
    while (
        k > start and doc[k].dep_ in ("det", "amod", "compound", "nummod", "poss", "case") and not _spaced_dash(doc[k])
    ):
        k -= 1
    if k <= max(start, floor) or not _spaced_dash(doc[k]):
        return False
    if not (_own_words_before(doc, start, k) or _person_before(doc, max(start, floor), k)):
        return False
    end = min(send, cue.i + 7)
    after = next((j for j in range(cue.i + 1, end) if _spaced_dash(doc[j])), None)
    if after is None or after + 1 >= send or doc[after + 1].is_punct:
        return False
    # Only when and where it was said stand between the cue and the dash; "- critics would call them messianic
    # impulses -" reports what is inside the dashes.
    return _only_when_where_whom(cue, after)


def _comma_aside(cue: Token, subj: Token, floor: int = 0, bounds: tuple[int, int] | None = None) -> bool:
    """Whether "X said" stands between commas that split its sentence's subject from its predicate ("The ceasefire,
    the minister said in an interview, would hold until Friday", "The ceasefire, Lavrov told reporters, would
    hold"), however the parser hung the two halves: words with no verb before the first comma, a verb right after
    the second, and between the cue and the second comma only when, where and (after "told") whom."""
    doc = cue.doc
    start, send = bounds if bounds is not None else (cue.sent.start, cue.sent.end)
    if cue.dep_ == "relcl" or subj.i > cue.i or any(t.tag_ in ("WDT", "WP", "WP$") for t in subj.subtree):
        return False
    k = subj.i - 1
    while k > start and doc[k].dep_ in ("det", "amod", "compound", "nummod", "poss", "case") and doc[k].text != ",":
        k -= 1
    if k <= max(start, floor) or doc[k].text != "," or not _own_words_before(doc, max(start, floor), k):
        return False
    if any(doc[j].pos_ in ("VERB", "AUX") or doc[j].is_quote for j in range(max(start, floor), k)):
        return False  # "Prices rose, the minister said, ...": a clause before the cue, not a subject alone
    if doc[max(start, floor)].pos_ not in ("DET", "NOUN", "PROPN", "ADJ", "NUM", "PRON"):
        return False  # "During the call, he asked about X, called Y ...": an adverbial, not the sentence's subject
    end = min(send, cue.i + 8)
    after = next((j for j in range(cue.i + 1, end) if doc[j].text == ","), None)
    if after is None or after + 1 >= send or doc[after + 1].pos_ not in ("VERB", "AUX"):
        return False
    return _only_when_where_whom(cue, after, whom_described=True)


def _only_when_where_whom(cue: Token, end: int, whom_described: bool = False) -> bool:
    """Whether only when and where it was said, and after "told" whom ("- police told reporters -"), stand between
    the cue and the closing mark at ``end``; with ``whom_described`` also the adjectives of whom ("told local
    reporters")."""
    doc = cue.doc
    told = SPEECH.get(cue.lower_) in ("tell", "inform", "assure")
    return all(
        doc[j].dep_ in _WHEN_WHERE
        or doc[j].ent_type_ in ("DATE", "TIME")
        or told
        and doc[j].dep_ in ("dobj", "dative")
        and doc[j].head.i == cue.i
        or whom_described
        and doc[j].dep_ in ("det", "amod")
        and doc[j].head.dep_ in ("dobj", "dative")
        and doc[j].head.head.i == cue.i
        for j in range(cue.i + 1, end)
    )


# Dependents that only say when, where or to whom something was said ("on Tuesday", "in a statement", "yesterday").
_WHEN_WHERE = frozenset(("prep", "pobj", "npadvmod", "advmod", "det", "compound", "nummod", "punct", "poss", "case"))


def _predicate_as_acl(tok: Token) -> bool:
    """Whether a verb the parser hung on a name as a participle is the sentence's own past-tense predicate: the name is
    the root (the sentence has no other verb), a comma closes its apposition before the verb, and a noun or a name
    follows the verb as its object ("Kall, the director of debate, compared Trump to a coach"). "Jane Doe, accused of
    fraud." (a preposition after it) and "the report, compiled by ..." are participles."""
    head = tok.head
    doc = tok.doc
    return (
        tok.dep_ == "acl"
        and tok.tag_ in ("VBD", "VBN")
        and head.dep_ == "ROOT"
        and head.pos_ == "PROPN"
        and tok.i > head.i + 1
        and doc[tok.i - 1].text == ","
        and tok.i + 1 < len(doc)
        and doc[tok.i + 1].pos_ in ("PROPN", "NOUN", "DET", "PRON")
        and not any(c.dep_ in ("agent", "auxpass") for c in tok.children)
    )


def _content(
    d: _Doc, cue: Token, sent: int, lemma: str | None, subj: Token, objective: bool = False
) -> tuple[int, int] | None:
    """What a cue reports: its clause, the rest of a "..., X said" sentence, or its object (for a
    cognition verb only when ``objective``: "polls show a close race")."""
    bounds = d.sent_range(sent)  # the cue's sentence (``sent`` is the cue's)
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


def _title_before_cue(cue: Token, lo: int, hi: int) -> bool:
    """Whether the clause a cue interrupts ("..., X explained, ...") has a subject both before the cue's phrase,
    ending right at its comma, and after it: then the one before is the speaker's title set before the name ("The
    Minister of Agriculture, Mr. Suharto Wijaya explained, the rice stock is enough"), which the parser made a
    subject of the clause (and maybe the cue's head)."""
    head = cue.head
    if head.i == cue.i:
        return False
    if head.dep_ in ("nsubj", "nsubjpass") and head.i < lo:
        title, clause = head, head.head
        end = max((t.i for c in title.children if c.i < lo for t in c.subtree), default=title.i)
    else:
        clause = head
        title = next(
            (c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass") and c.right_edge.i == lo - 2), None
        )
        if title is None:
            return False
        end = title.right_edge.i
    return (
        end == lo - 2
        and title.pos_ in ("NOUN", "PROPN")
        # a title, an office or people ("The main problem, the report said, the city has ..." is the clause's own)
        and _people(title)
        and any(c.dep_ in ("nsubj", "nsubjpass") and c.i > hi for c in clause.children)
    )


def _before_cut_subject(d: _Doc, subj: Token, lo: int, hi: int) -> int:
    """The end of a quote before its cue when the parser hung the first of two joined speakers on the quote:
    '“This is a fair deal,” union leader Tom Walsh and federation chair Karen Lee said' (the quote's verb took
    "union leader Tom Walsh and federation chair"): a closing mark followed by words that name someone (a name, no
    verb) right up to the subject ends what was said."""
    doc = d.doc
    if hi + 1 != subj.left_edge.i or hi - lo < 2:
        return hi
    close = next(
        (k for k in range(hi, lo, -1) if doc[k].text in ("\u201d", "\u00bb", '"', "''") and doc[k - 1].is_punct), None
    )
    if close is None or close == hi:
        return hi
    rest = doc[close + 1 : hi + 1]
    if any(t.pos_ in ("VERB", "AUX") for t in rest) or not any(t.pos_ == "PROPN" for t in rest):
        return hi
    if not any(t.dep_ == "cc" for t in rest):
        return hi  # only a joined speaker is cut so
    return close - 1 if doc[close - 1].text == "," else close


def _after_time(c: Token, t: Token) -> bool:
    """Whether a "relative clause" on the time a cue is set at is what was said: "The mayor said at the time that he
    was in Paris", "The New York Times reported at the time that the RT editor ... conveyed ...", "claimed at the
    time that they were being treated well" (the parser read "the time that ..." as "the time when ..."). Only "at
    the time" or "at that time" right after the cue (or its addressee): "said on the day that the bill passed" and
    "spoke that week that ..." tell when. The "that" must be no argument of the clause ("the time that followed" is a
    relative clause)."""
    if c.dep_ != "prep" or c.lower_ != "at" or t.dep_ != "relcl":
        return False
    noun = t.head
    if noun.lower_ != "time" or noun.dep_ != "pobj" or noun.head.i != c.i or noun.i != c.i + 2:
        return False
    if c.nbor(1).lower_ not in ("the", "that"):
        return False
    cue = c.head
    before = [g for g in cue.children if g.dep_ in ("dobj", "dative") and cue.i < g.i < c.i]
    if c.i != (max(g.right_edge.i for g in before) if before else cue.i) + 1:
        return False
    first = t.doc[t.left_edge.i]
    if first.lower_ != "that" or first.dep_ not in ("advmod", "mark"):
        return False
    return any(g.dep_ in ("nsubj", "nsubjpass") and g.i != first.i for g in t.children)


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


def _before_joined_cue(d: _Doc, clause: Token) -> int:
    """The last token of a reported clause before a cue the parser joined to it ("that they were being treated well
    and asked their government to act": the asking is an act of its own)."""
    hi = clause.right_edge.i
    for c in clause.children:
        if c.dep_ == "conj" and c.lower_ in SPEECH and c.i <= hi:
            hi = c.left_edge.i - 1
            while hi > clause.left_edge.i and (d.doc[hi].dep_ == "cc" or d.doc[hi].is_punct):
                hi -= 1
    return hi


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


def _before_misread_predicate(d: _Doc, lo: int, hi: int) -> int:
    """End a content before a past tense the parser hung on a noun of it as a modifier after a comma: "asked about
    the Muslim Brotherhood, called Omar a “terrorist” and said ..." (a reduced relative is a participle, "the
    Brotherhood, founded in 1928"; a past tense with an object of its own is the speaker's next act)."""
    doc = d.doc
    return _end_before(
        d,
        lo,
        hi,
        lambda t: (
            t.dep_ == "acl"
            and t.tag_ == "VBD"
            and t.left_edge.i == t.i
            and t.i > 0
            and doc[t.i - 1].text == ","
            and any(c.dep_ in ("dobj", "oprd", "ccomp") for c in t.children)
        ),
    )


def _before_circumstance(d: _Doc, lo: int, hi: int, lemma: str | None = None) -> int:
    """End an object before a clause of time or circumstance that closes it, set off by a comma, though the parser
    hung it on a noun of the object ("called it the “end of an era,” as the industry's symbol ... was sidelined")."""
    return _end_before(
        d, lo, hi, lambda t: t.right_edge.i == hi and t.left_edge.i > lo + 1 and _set_off_circumstance(t, lemma)
    )


def _end_before(d: _Doc, lo: int, hi: int, hit: Callable[[Token], bool]) -> int:
    """The last token of tokens lo..hi before the first phrase after ``lo`` that ``hit`` picks (with the commas and
    semicolons before it), or ``hi`` when none is picked."""
    doc = d.doc
    for t in doc[lo + 1 : hi + 1]:
        if hit(t):
            end = t.left_edge.i - 1
            while end > lo and doc[end].text in (",", ";"):
                end -= 1
            return end
    return hi


# Subordinators of a clause of time or circumstance ("..., as prices rose", "..., while others disagreed").
_CIRCUMSTANCE_MARKS = frozenset(
    ("as", "while", "whilst", "when", "after", "before", "since", "until", "although", "though", "whereas", "once")
)


# Cues of promising or demanding, whose clause of time is the condition of what is promised or asked for ("promised
# new elections, once the fighting ends", "demanded a pay freeze, until the company returns to profit").
_PROMISING = frozenset(("promise", "pledge", "vow", "demand", "urge", "propose", "threaten", "ask", "order"))
# Subordinators that may set such a condition.
_CONDITION_MARKS = frozenset(("once", "until", "after", "before", "when"))


def _present(verb: Token) -> bool:
    """Whether a clause is in the present tense or under a modal, as a condition is ("once the fighting ends", "after
    the investigation is complete"); one in the past tells when ("after the bridge collapsed last week")."""
    return verb.tag_ in ("VBZ", "VBP") or any(
        c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBZ", "VBP", "MD") for c in verb.children
    )


def _set_off_circumstance(c: Token, lemma: str | None = None) -> bool:
    """Whether an adverbial clause of a cue is one of time or circumstance set off by a comma: ", as the industry's
    symbol of excess was sidelined", ", while prices rose" (a "because" may give the speaker's reason: kept). After a
    cue of promising or demanding (its ``lemma``) a clause of time in the present is the condition of what was
    promised: kept."""
    if c.dep_ != "advcl" or c.left_edge.i == 0:
        return False
    if lemma in _PROMISING and c.doc[c.left_edge.i].lower_ in _CONDITION_MARKS and _present(c):
        return False
    first = c.doc[c.left_edge.i]
    comma = c.doc[c.left_edge.i - 1].text in (",", ";") or (
        c.doc[c.left_edge.i - 1].text in ('"', "\u201d", "''")
        and c.left_edge.i > 1
        and c.doc[c.left_edge.i - 2].text == ","
    )
    # ("when" is the parser's adverb of the clause, not its mark: ", when it met management on Monday")
    opener = first.dep_ == "mark" or first.dep_ == "advmod" and first.lower_ == "when"
    return comma and opener and first.lower_ in _CIRCUMSTANCE_MARKS and first.head.i == c.i


def _subject_as_object(cue: Token, clause: Token, lo: int, lemma: str | None = None) -> int:
    """Start of a reported clause whose subject the parser took for the cue's object: in "Parents worried their
    children would fall behind" it read "worried their children" and left "would fall behind" a finite clause
    with no subject. An object right before such a clause (no "that" between) is the clause's subject."""
    if clause.dep_ != "ccomp" or clause.pos_ not in ("VERB", "AUX") or _that_clause(clause):
        return lo
    # "recommends all adults get a flu shot", "demanded Obama make a pledge": a mandative verb's clause has a bare
    # verb, finite all the same (the cue's lemma from the cue tables: the pipeline has no lemmatizer, and
    # ``Token.lemma_`` is empty for verbs).
    if not _finite(clause) and not (clause.tag_ == "VB" and lemma in _MANDATIVE and not _to_infinitive(clause)):
        return lo
    if any(c.dep_ in _SUBJ for c in clause.children):
        return lo
    doc = cue.doc
    obj = next((c for c in cue.children if c.dep_ == "dobj" and cue.i < c.i < clause.i), None)
    if obj is None:
        return lo
    # "said single people and families - gay, straight, adoptive and foster - would qualify": the dash or
    # bracket closing an aside of the subject may stand between it and its verb; "recommends all individuals above
    # age 6 months get": so may a modifier the parser hung on the cue. A "that" or another verb between means the
    # object is the cue's own ("told reporters on Monday that ...").
    between = doc[obj.right_edge.i + 1 : clause.left_edge.i]
    if any(t.lower_ == "that" or t.pos_ in ("VERB", "AUX") or t.text in (",", ";", ":") for t in between):
        return lo
    if any(not t.is_punct and t.head.i != cue.i and not _under(t, cue, obj) for t in between):
        return lo
    return min(lo, obj.left_edge.i)


def _set_off_after(cue: Token, clause: Token) -> bool:
    """Whether a comma or dash stands between a cue and the clause after it ("..., Mr. Obama noted, that ...")."""
    return any(t.text in (",", "\u2014", "\u2013", "-", "--") for t in cue.doc[cue.i + 1 : clause.left_edge.i])


def _under(t: Token, cue: Token, obj: Token) -> bool:
    """Whether ``t`` hangs (through its heads) on the object or on a modifier of the cue, not on something else."""
    while t.head.i != t.i:
        if t.head.i in (cue.i, obj.i):
            return True
        t = t.head
    return False


# Verbs whose reported clause may be a bare subjunctive ("recommends that everyone get", "demands he resign").
_MANDATIVE = frozenset(("recommend", "demand", "insist", "urge", "ask", "propose", "suggest", "require", "request"))


def _before_misread_conj(d: _Doc, cue: Token, subj: Token, clause: Token, lo: int, hi: int) -> int:
    """End of a reported clause before what the parser joined to it from the rest of the sentence: a noun
    joined to the clause's verb ("would fall behind, and many hired tutors", where "hired" became an adjective),
    or, after a cue set off by commas right after its subject ("Residents, worried that the plant would close,
    packed the town hall"), a finite verb with no subject of its own after a comma, the sentence's main verb."""
    if clause.pos_ not in ("VERB", "AUX"):
        return hi
    doc = d.doc
    for c in clause.children:
        if c.left_edge.i <= lo or c.left_edge.i > hi or not _misread_conj(cue, subj, c):
            continue
        hi = min(hi, c.left_edge.i - 1)
        while hi > lo and (doc[hi].dep_ == "cc" or doc[hi].is_punct):
            hi -= 1
    return hi


def _misread_conj(cue: Token, subj: Token, c: Token) -> bool:
    """Whether a conjunct of a reported clause's verb is the parser's join of the sentence's next clause: a noun
    after "and" with a verb taken for its adjective ("would fall behind, and many hired tutors"), or the main
    verb after a cue set off by commas right after its subject ("Residents, worried that the plant would close,
    packed the town hall")."""
    clause = c.head
    if c.dep_ != "conj" or c.i <= clause.i or clause.pos_ not in ("VERB", "AUX"):
        return False
    if (
        c.pos_ in ("NOUN", "PROPN")
        and any(t.dep_ == "cc" for t in clause.children if t.i < c.i)
        # a verb the tagger took for an adjective after its own subject ("many hired tutors"), not a verb that
        # goes on with the clause's subject ("enhanced metabolism, ..., and increased levels of ...")
        and any(v.dep_ == "amod" and v.tag_ in ("VBD", "VBN") and c.left_edge.i < v.i for v in c.children)
    ):
        return True
    doc = cue.doc
    set_off = cue.i >= 2 and doc[cue.i - 1].text == "," and subj.i < cue.i and subj.right_edge.i == cue.i - 2
    return (
        set_off
        and c.tag_ in ("VBD", "VBZ", "VBP")
        and doc[c.left_edge.i - 1].text == ","
        and not any(g.dep_ in _SUBJ or g.dep_.startswith("aux") for g in c.children)
    )


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


def _before_own_report(d: _Doc, lo: int, hi: int) -> int:
    """End an object before a relative clause set off by a comma in which the object reports something of its
    own ("Ted Cruz endorses Trump, who says he is honored": Trump says it; Cruz endorses Trump). That clause
    is a claim of its own, with its own speaker."""
    doc = d.doc
    for t in doc[lo + 1 : hi + 1]:
        if t.dep_ != "relcl" or t.head.i < lo or t.left_edge.i <= lo or doc[t.left_edge.i - 1].text != ",":
            continue
        rel = doc[t.left_edge.i]
        if rel.tag_ != "WP" or rel.dep_ not in ("nsubj", "nsubjpass") or not _is_cue(t):
            continue
        end = t.left_edge.i - 1
        while end > lo and (doc[end].is_punct or doc[end].is_space):
            end -= 1
        return end
    return hi


# What "by" brings that is no one who judges ("called a mistake by the standards of most economists", "by any
# measure", "by most accounts", "by definition").
_NO_AGENTS = {
    *(w for n in ("standard", "measure", "account", "definition", "metric", "yardstick") for w in (n, n + "s")),
    "criteria",
    "criterion",
}

# Roles someone is called to fill, not judged to be ("She was called a witness by the defense": summoned).
_SUMMONED = {"witness", "witnesses", "juror", "jurors"}


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


def _no_agent(g: Token) -> bool:
    """Whether the object of "by" is a measure, not someone: a common noun only ("by the standards of the day";
    not "by Standard & Poor's" nor "by the Evening Standard", names)."""
    return g.lower_ in _NO_AGENTS and g.pos_ != "PROPN" and not g.ent_type_


def _passive_agent(tok: Token, misplaced: bool = False) -> Token | None:
    """Who a passive verb's "by" names: the object of its agent ("was announced by the ministry") or, with
    ``misplaced``, of a "by" the parser hung on the verb's judgement ("Trump was called a liar by critics": "by
    critics" on "liar"; only for a verb with a passive subject). None for a measure ("by the standards of the
    day") and for a role someone is summoned to ("was called a witness by the defense")."""
    for c in tok.children:
        if c.dep_ == "agent":
            g = next((g for g in c.children if g.dep_ == "pobj"), None)
            if g is not None:
                return None if _no_agent(g) else g
    if not misplaced or not any(c.dep_ == "nsubjpass" for c in tok.children):
        return None
    for j in tok.children:
        if j.dep_ not in ("oprd", "xcomp", "attr"):
            continue
        if (
            SPEECH.get(tok.lower_) == "call"
            and j.lower_ in _SUMMONED
            and not any(c.dep_ == "amod" and c.pos_ == "ADJ" for c in j.children)
        ):
            return None  # "called a witness by the defense"; "called a reliable witness by the judge" judges
        for p in j.children:
            if p.dep_ == "prep" and p.lower_ == "by":
                g = next((g for g in p.children if g.dep_ == "pobj"), None)
                if g is not None:
                    return None if _no_agent(g) else g
    return None


def _misplaced_agent(subj: Token, cue: Token) -> bool:
    """Whether a subject is the agent of a passive cue that the parser hung on the cue's judgement ("Trump was
    called a liar by critics": "by critics" on "liar")."""
    if subj.head.dep_ == "agent":
        return False
    agent = _passive_agent(cue, misplaced=True)
    return agent is not None and agent.i == subj.i


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


# Verbs whose passive takes its charge with "of" ("was accused by critics of lying").
_CHARGING = {"accuse", "suspect", "convict"}


def _agent_judgement(agent: Token, lemma: str) -> list[Token]:
    """What a passive cue judges its subject to be, when the parser hung it inside the agent's phrase: an "as"
    phrase or a predicate ("was described by organisers as the largest ...") and, for a charge, its "of" ("was
    accused by prosecutors of endangering ..."), hung on a noun of the agent's phrase and not inside a clause of
    its own; "groups such as Amnesty", "such groups as Amnesty" and "X as well as Y" name more agents."""
    doc = agent.doc
    out = []
    for t in agent.subtree:
        if t.i <= agent.i or t.head.pos_ not in ("NOUN", "PROPN", "PRON"):
            continue
        path, up = [], t.head
        while up.i != agent.i and up.head.i != up.i:
            path.append(up)
            up = up.head
        if any(p.pos_ in ("VERB", "AUX") for p in path):
            continue  # "by Abigail Van Buren, also known as ...", "by papers ranging from ...": the agent's own clause
        if t.dep_ == "oprd":
            out.append(t)
        elif t.dep_ == "prep" and t.lower_ == "as":
            before, after = doc[t.i - 1].lower_, doc[t.i + 1].lower_ if t.i + 1 < len(doc) else ""
            such = any(c.lower_ == "such" for c in t.head.children)  # "such expected backers as The Times"
            if before not in ("such", "well") and after != "well" and not such:
                out.append(t)
        elif t.dep_ == "prep" and t.lower_ == "of" and lemma in _CHARGING:
            out.append(t)
    return out


# Punctuation that sets a cue apart from the sentence before it, unlike the commas of "A, X said, that B".
_BREAKS = {"(", "[", ";"}


# Punctuation that ends one clause before another ("... impulses - it has also exposed ...", "...; she called").
_CLAUSE_BREAKS = frozenset(";\u2014\u2013-")

# Auxiliaries that open an inverted condition ("should he fail to ...", "had they known ...").
_INVERTING = {"should", "had", "were"}


def _with_condition(d: _Doc, cue: Token, span: tuple[int, int]) -> tuple[int, int]:
    """Extend a content over the end of its sentence when the parser made that end the root and the cue its
    complement: a condition ("threatened to make him testify, should he fail to ...", "cautioned that the
    plans might evolve should she become president") or a list it misread as a clause ("stressing that her
    plans will solve problems — the cost of childcare, mounting student debt and unpaid family leave").
    A dash or a semicolon after the content ends it ("critics would call them impulses - it has exposed")."""
    head = cue.head
    if cue.dep_ not in ("ccomp", "parataxis") or head.dep_ != "ROOT" or head.i <= cue.i:
        return span
    if head.lower_ in SPEECH or head.lower_ in WEAK or d.idx[head.i] < span[1]:
        return span  # "X said A, Y said": another cue reports the whole
    subj = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    inverted = subj is not None and any(
        c.dep_ == "aux" and c.lower_ in _INVERTING and c.i < subj.i for c in head.children
    )
    end = head.right_edge.i
    while end > head.i and (cue.doc[end].is_punct or cue.doc[end].is_space):
        end -= 1
    conditional = inverted or any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in head.children)
    if not conditional and any(ch in _CLAUSE_BREAKS for ch in d.text[span[1] : d.end_char(end)]):
        return span
    out = d.trim(span[0], d.end_char(end))
    return out if out is not None else span


# Subordinators that open a sentence's adverbial clause ("When the advisers suggested that ..., Mr. Trump ...").
_OPENING_SUBORDINATORS = frozenset(
    ("when", "after", "before", "once", "because", "although", "though", "while", "since", "until", "if", "unless")
)


def _before_main_clause(d: _Doc, cue: Token, span: tuple[int, int]) -> tuple[int, int]:
    """End a content before the main clause of its sentence when the parser missed that the cue's clause is
    subordinate: in "When President Trump's advisers suggested that Beijing resume buying ... as part of a trade deal,
    Mr. Trump wasn't satisfied" it made "suggested" the root and gave the reported clause a second subject, the main
    clause's, after a comma. Only for a cue its sentence's opening subordinator hangs on."""
    doc = cue.doc
    first = doc[cue.sent.start]
    if first.lower_ not in _OPENING_SUBORDINATORS or first.head.i != cue.i or first.dep_ not in ("advmod", "mark"):
        return span
    if cue.dep_ != "ROOT":
        return span
    for c in cue.children:
        if c.dep_ != "ccomp" or c.i < cue.i:
            continue
        subjects = [g for g in c.children if g.dep_ in ("nsubj", "nsubjpass")]
        if len(subjects) < 2:
            continue
        k = subjects[-1].left_edge.i - 1
        if k <= subjects[0].i or doc[k].text != ",":
            continue
        while k > cue.i and (doc[k].is_punct or doc[k].is_space):
            k -= 1
        if d.idx[k] <= span[0]:
            continue
        out = d.trim(span[0], min(span[1], d.end_char(k)))
        return out if out is not None else span
    return span


def _after_dateline(d: _Doc, a: int, stop: int) -> int:
    """The first token of a sentence after its dateline ("DUBAI, United Arab Emirates — Emirates finalized
    ..., executives announced"): the place the story was filed from is no part of what was reported. The shared
    reader says whether a dateline starts at the sentence (also mid-line, after a byline); ``stop`` when the
    dateline fills the span ("ANKARA, Turkey — President Erdogan, speaking ...": nothing before the speaker)."""
    doc = d.doc
    dl = datelines.opening(d.text, doc[a].idx)
    if dl is None:
        return a
    k = d.tok_at(dl.end)
    if k < len(doc) and doc[k].idx < dl.end:
        k += 1
    return min(k, stop) if k > a else a


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


def _topic(cue: Token, lemma: str | None) -> Token | None:
    """The topic of a verb of talking ("spoke out Tuesday about the death of X" -> "the death of X"), when
    it says nothing more (no object, no clause)."""
    if lemma not in _TOPIC_VERBS:
        return None
    # "asked Clinton about her emails": whom one asks is no object said.
    said = ("ccomp", "xcomp") if lemma == "ask" else ("dobj", "ccomp", "xcomp")
    if any(c.dep_ in said and c.i > cue.i for c in cue.children):
        return None
    for c in cue.rights:
        # "testified before the committee on Tuesday about the call": a date's "on" is when, not the topic.
        if c.dep_ == "prep" and lemma in _TOPIC_PREPS.get(c.lower_, ()) and not _when(c):
            return next((g for g in c.children if g.dep_ in ("pobj", "pcomp")), None)
    # "testified side-by-side before the House Intelligence Committee Tuesday about the events at the center of
    # the inquiry": the parser hung the "about" on the place or time after the cue; it is still the topic.
    for c in cue.rights:
        if c.dep_ != "prep" or c.lower_ not in _CIRCUMSTANCE:
            continue
        for g in c.subtree:
            if g.dep_ == "prep" and g.lower_ == "about" and g.head.dep_ in ("pobj", "npadvmod"):
                return next((o for o in g.children if o.dep_ in ("pobj", "pcomp")), None)
    return None


def _when(prep: Token) -> bool:
    """Whether a preposition only dates or times its verb ("on Tuesday"): its object is a date or a time."""
    objs = [g for g in prep.children if g.dep_ == "pobj"]
    return bool(objs) and all(g.ent_type_ in ("DATE", "TIME") for g in objs)


# Verbs whose object is whom they address ("warned voters that ...", "assured investors that ...").
_ADDRESSEE_VERBS = {"remind", "assure", "reassure", "inform", "notify", "convince", "persuade", "caution"}


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


# Adverbs that say how often or when, never what about ("spoken about before", "talked about often").
_TIME_ADVERBS = {
    "before",
    "often",
    "repeatedly",
    "previously",
    "frequently",
    "recently",
    "lately",
    "earlier",
    "again",
    "already",
    "always",
    "since",
}
# Words counting occasions ("many times", "several occasions").
_OCCASIONS = {"time", "times", "occasion", "occasions"}


def _time_phrase(tok: Token) -> bool:
    """Whether a preposition's object only says when or how often: a date or a time, an adverb of time
    ("before", "often"), or a count of occasions ("many times", "on several occasions")."""
    if tok.lower_ in _TIME_ADVERBS or tok.ent_type_ in ("DATE", "TIME"):
        return True
    return tok.lower_ in _OCCASIONS and any(c.dep_ in ("amod", "nummod", "det") for c in tok.children)


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


def _content_end(d: _Doc, cue: Token, clause: Token) -> int:
    """Last token of a reported clause, with the coordinated clauses after it that go on with it."""
    hi = clause.right_edge.i
    for c in cue.rights:
        if c.i > hi and _continues_content(c):
            hi = c.right_edge.i
    return hi


# Complements that fill a verb's object position: without one a "that" clause has a gap to fill.
_FILLED = {"dobj", "ccomp", "xcomp", "attr", "acomp", "oprd", "dative", "prep", "auxpass", "nsubjpass"}


def _complement_in_disguise(t: Token) -> bool:
    """Whether a "relative clause" opened by "that" is a that-clause: "that" marks it, or the clause
    has a subject and a predicate that leaves no gap for "that" ("tweeted in the morning hours that
    Machado was “disgusting”")."""
    first = t.doc[t.left_edge.i]
    if first.lower_ != "that":
        return False
    if t.pos_ == "VERB" and not any(c.dep_ in _FILLED for c in t.children):
        return False  # "the ties that Mr. Trump so admires": the verb's missing object is "that"
    if first.dep_ == "mark":
        return True
    if first.dep_ == "dobj" and first.head.i == t.i and t.tag_ in ("NNS", "VBZ", "VBP", "VBD"):
        return False  # "the strong leader that Mr. Trump so admires" (with "admires" tagged a noun)
    subj = any(c.dep_ in ("nsubj", "nsubjpass") and c.i != first.i for c in t.children)
    return subj and (t.pos_ in ("ADJ", "NOUN", "PROPN") or any(c.dep_ in ("acomp", "attr") for c in t.children))


def _under_cue(t: Token, cue: Token) -> bool:
    """Whether another speech or cognition verb stands between a clause and the cue above it."""
    h = t.head
    while h.i != cue.i and h.head.i != h.i:
        if h.lower_ in SPEECH or h.lower_ in WEAK:
            return True
        h = h.head
    return False


def _continues_content(tok: Token) -> bool:
    """Whether a dependent to the right of a cue's clause is more of the reported content."""
    if tok.dep_ == "advcl":
        return not _is_cue(tok)  # "..., adding that ...": a claim of its own
    if tok.dep_ == "dep" and tok.tag_ == "VB" and not any(c.dep_ in _SUBJ for c in tok.children):
        # "planned to revitalize ticket sales, then hand over the property": a bare verb the parser left hanging
        # is the reported infinitive's second verb.
        head = tok.head
        return any(c.dep_ == "xcomp" and c.tag_ == "VB" and c.i < tok.i and _to_infinitive(c) for c in head.children)
    if tok.dep_ != "conj" or tok.pos_ not in ("VERB", "AUX") or _is_cue(tok):
        return False
    said = [c for c in tok.head.children if c.dep_ in ("ccomp", "xcomp") and c.i < tok.i]
    own = any(c.dep_ in _SUBJ for c in tok.children) or tok.tag_ == tok.head.tag_ and tok.tag_ in ("VBD", "VBZ")
    if said and all(c.dep_ == "xcomp" and _to_infinitive(c) for c in said) and own:
        # "promised to lower taxes, but voters remain skeptical", "urged Congress to act, then left for Hawaii":
        # a reported infinitive has no subject nor tense of its own, so a clause with a subject, or a verb in the
        # cue's own tense (the speaker's next act), is not more of it.
        return False
    if not any(c.dep_ in _SUBJ for c in tok.children):
        # "said he would order a review and warned against hackers": a report verb in the cue's own tense,
        # with no auxiliary of the reported clause's ("but would add"), is the speaker's next act.
        return not _second_act(tok)
    # "said it was too early, and there was no evidence yet": a clause of its own joined by "and"/"but"
    # goes on with what was said, unless a cue inside it reports someone else.
    joined = any(c.dep_ == "cc" for c in tok.head.children if c.i < tok.i)
    # "..., and his deputy said the same": a verb of saying with a subject of its own is another report, clause or not.
    return joined and tok.lower_ not in SPEECH and not any(_is_cue(t) for t in tok.subtree)


def _before_next_act(d: _Doc, cue: Token, lo: int, hi: int) -> int:
    """End a reported clause before the speaker's next act that the parser coordinated inside it: "said he
    would order a review and warned against hackers" cannot mean "would warned", so "warned", in the cue's
    own tense, goes with "said"."""
    doc = d.doc
    for t in doc[lo : hi + 1]:
        h = t.head
        if t.dep_ != "conj" or t.tag_ != cue.tag_ or t.tag_ not in ("VBD", "VBZ") or h.tag_ != "VB":
            continue
        if any(c.dep_ in _SUBJ or c.dep_ in ("aux", "auxpass") for c in t.children):
            continue
        if not any(c.dep_ == "aux" and (c.tag_ == "MD" or c.lower_ == "to") for c in h.children):
            continue
        end = t.left_edge.i - 1
        while end > lo and (doc[end].dep_ == "cc" or doc[end].is_punct):
            end -= 1
        return min(hi, end) if end > lo else hi
    return hi


def _before_main_verb(d: _Doc, cue: Token, lo: int, hi: int) -> int:
    """End a report in a relative clause set off by commas before the sentence's own verb, which the parser
    swallowed into the report when it left the sentence without a verb root ("The mayor of Chicago, who said
    the city was safe, faced protests": the mayor said "the city was safe", and faced protests)."""
    doc = d.doc
    rel = next((c for c in cue.children if c.dep_ in _SUBJ and c.tag_ in ("WP", "WDT")), None)
    if cue.dep_ != "relcl" or rel is None or rel.i == 0 or doc[rel.i - 1].text != ",":
        return hi
    if cue.sent.root.pos_ in ("VERB", "AUX"):
        return hi
    for t in doc[lo + 1 : hi + 1]:
        if t.tag_ in ("VBD", "VBZ", "VBP", "VBN") and doc[t.i - 1].text == "," and t.i - 1 > lo:
            return t.i - 2
    return hi


def _apart(d: _Doc, clause: Token, subj: Token) -> bool:
    """Whether a clause before a cue's subject is a sentence of its own, set apart by a semicolon ("Border
    agents say ..., he said" reports the agents' report and stays whole)."""
    between = d.doc[clause.right_edge.i : subj.left_edge.i]
    if any(t.text == ";" for t in between):
        return True
    # "It was the second such case this year — police said the suspect was known to them", "Then came the twist: the
    # minister said the report was flawed": a dash or colon sets the writer's sentence apart when the cue reports a
    # clause of its own after it.
    cue = subj.head
    own = any(c.dep_ == "ccomp" and c.i > cue.i for c in cue.children)
    if not own and any(t.text == ":" for t in between):
        # "We have been here before: Osama bin Laden declared war on the United States", "... the story of Copenhagen:
        # In December 2009, ..., the two learned of a meeting": a cue with an object of its own after a colon.
        # Whom a cue of telling tells is no object of that kind: "The plan is dead: the mayor told reporters",
        # "Tensions are rising: the minister warned lawmakers on Tuesday" report the clause before.
        lemma = SPEECH.get(cue.lower_)
        own = any(
            c.i > cue.i
            and (c.dep_ in ("dobj", "xcomp", "oprd", "attr") or c.dep_ == "prep" and c.lower_ not in _CIRCUMSTANCE)
            and not (c.dep_ in ("dobj", "dative") and _addressee(lemma, c))
            for c in cue.children
        )
    return own and any(t.text == ":" or _spaced_dash(t) for t in between)


# Subordinators of a contrast the writer sets against a report ("..., though she noted ...").
_CONCESSIVE = {"though", "although", "while", "whereas"}


def _before_aside(d: _Doc, lo: int, hi: int) -> int:
    """End a reported clause before a closing "though/although X noted/refused ...": a report or stance of
    someone's, with its own subject, set against the report is the writer's aside or a claim of its own."""
    doc = d.doc
    for t in doc[lo : hi + 1]:
        if t.dep_ != "advcl" or t.right_edge.i < hi - 1 or t.left_edge.i <= lo:
            continue
        if t.lower_ not in SPEECH and t.lower_ not in WEAK:
            continue
        marks = [c for c in t.children if c.dep_ == "mark" and c.i < t.i]
        if not marks or marks[0].lower_ not in _CONCESSIVE:
            continue
        if not any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children):
            continue
        end = t.left_edge.i - 1
        while end > lo and (doc[end].is_punct or doc[end].dep_ == "cc"):
            end -= 1
        return end
    return hi


def _second_act(tok: Token) -> bool:
    """Whether a verb coordinated with a cue is another report by the same speaker ("said ... and warned
    against ...", "says ... and wants ..."): a speech or cognition verb in the cue's own finite form."""
    head = tok.head
    if tok.lower_ not in SPEECH and tok.lower_ not in WEAK:
        return False
    if head.lower_ not in SPEECH and head.lower_ not in WEAK:
        return False
    return (
        tok.tag_ == head.tag_
        and tok.tag_ in ("VBD", "VBZ", "VBP")
        and not any(c.dep_ in ("aux", "auxpass") for c in tok.children)
    )


def _is_cue(tok: Token) -> bool:
    """A speech verb with a clause of its own ("and added that ..."), or a cognition verb with a finite
    one: its own claim. "and refused to drop the gun" goes on with what was said."""
    if tok.lower_ in SPEECH:
        return _has_clause(tok)
    if tok.lower_ in WEAK and WEAK[tok.lower_] not in _INTENTION:
        return any(c.dep_ == "ccomp" for c in tok.children)
    return False


def _to_infinitive(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _that_clause(tok: Token) -> bool:
    return any(m.dep_ == "mark" and m.lower_ == "that" for m in tok.children)


def _valued(lemma: str | None, prep: Token) -> bool:
    """ "estimated the number at 13,000", "likened the refugees to a snake": the phrase is the figure or
    the comparison said, not a place."""
    if prep.lower_ in ("to", "with") and lemma in ("liken", "compare"):
        return True
    return prep.lower_ == "at" and lemma in ("estimate", "put", "calculate", "forecast", "project")
