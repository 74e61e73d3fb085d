""" "According to X, ...": the source, the claim it sources (before or after, in a dashed or bracketed aside), and
when "according to" measures by a standard rather than sources ("according to the plan", "according to FBI data")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from extract.quotes.asides import _spaced_dash
from extract.quotes.bounds import _after_dateline
from extract.quotes.docview import _Att, _Doc
from extract.quotes.lexicon import verb_forms
from extract.quotes.people import _people

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


# Nouns of a course set in advance that "according to" means keeping to, not a source: "went according to plan".
_COURSE_NOUNS = frozenset({"plan", "plans", "schedule", "timetable", "script", "tradition", "custom", "design"})

# Bare singular nouns after "according to" that name a course or a tale, never a source ("according to plan on
# Saturday", "according to script", "According to legend").
_UNSOURCED = frozenset({"plan", "schedule", "script", "legend", "myth", "folklore", "lore", "custom", "tradition"})

# What reports, whatever verb "according to" follows ("vary according to a new report by ...").
_SOURCE_NOUNS = frozenset(
    [
        "report",
        "reports",
        "study",
        "studies",
        "survey",
        "surveys",
        "data",
        "figures",
        "poll",
        "polls",
        "analysis",
        "estimate",
        "estimates",
        "statistics",
        "research",
        "census",
        "review",
        "audit",
        "documents",
        "document",
        "filing",
        "filings",
        "sources",
    ]
)

# Verbs that "according to" follows in the sense "in keeping with" or "depending on" ("vary according to region",
# "ranked according to results", "acted according to orders").
_BY_VERBS = verb_forms(
    "vary:varied,varies,varying differ change rank sort adjust allocate distribute divide group:grouped arrange"
    " act behave proceed classify:classified organize organise tailor price"
)

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


def _by_measure(tok: Token, src: Token) -> bool:
    """Whether "according to" follows a verb of varying, sorting or acting in the sense "depending on" or "in keeping
    with", not set off by a comma; a rank given actively is what a measure reports ("Norway ranks first according to
    the index" cites it), a passive one how things were sorted ("Players are ranked according to their results")."""
    head = tok.head
    if head.lower_ not in _BY_VERBS or head.i > tok.i or tok.doc[tok.i - 1].is_punct:
        return False
    owned = any(c.dep_ == "poss" and c.pos_ in ("NOUN", "PROPN") for c in src.children)  # "the survey's authors"
    if src.ent_type_ in ("ORG", "PERSON", "GPE", "NORP") or src.lower_ in _SOURCE_NOUNS or _people(src) or owned:
        return False  # "Wages vary widely according to a new report by the ILO", "according to the survey's authors"
    return _BY_VERBS[head.lower_] != "rank" or any(c.dep_ == "auxpass" for c in head.children)


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
    if _by_measure(tok, src):
        # "Prices vary according to region", "Players are ranked according to their results", "The troops acted
        # according to orders": in keeping with, or depending on, a measure; nobody is cited ("Prices varied,
        # according to traders" is set off, and cites).
        return None
    if src.lower_ in _UNSOURCED and src.tag_ == "NN" and not any(c.dep_ in ("det", "poss") for c in src.children):
        # "went ahead according to plan on Saturday", "went according to script for the home side", "According to
        # legend, ...": a bare singular of a course or a tale, with whatever follows it; "according to a draft plan
        # obtained by AP" has its determiner and sources.
        return None
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
