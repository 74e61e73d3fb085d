"""What a count counts when its noun is left out or shared with a neighbour: "42 people were killed and more than
100 injured", "12 others", "About 45% of respondents said yes, while 30% said no", "a 64GB or 256GB iPhone",
"These 11 had until Nov. 1"."""

from __future__ import annotations

from typing import TYPE_CHECKING

from extract.figures.about.phrases import _about_noun
from extract.figures.core import _Fig, _singular, _span_root
from extract.figures.scales import _people_noun
from extract.quotes.lexicon import SPEECH

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


def _shared_noun_about(doc: Doc, figs: list[_Fig]) -> None:
    """ "on both a 512GB and 1TB model", "a 64GB or 256GB iPhone": measures joined by "and"/"or" before one noun
    both measure it; the parse hangs the noun on the second only, and the first had no about (s23 figures
    audit, row 47)."""
    for a, b in zip(figs, figs[1:], strict=False):
        if a.kind != "quantity" or b.kind != "quantity" or a.about is not None or not b.about:
            continue
        if b.start != a.end + 1 or doc[a.end].lower_ not in ("and", "or") or a.qualifier or b.qualifier:
            continue
        if a.direction or b.direction or a.start == 0 or doc[a.start - 1].pos_ not in ("DET", "ADP", "CCONJ"):
            continue  # "Capacity grew 5 GW and 10 GW projects were approved": the first is the verb's own
        words = b.about.split()
        if [t.text for t in doc[b.end : b.end + len(words)]] == words:
            a.about = b.about  # the noun right after the second measure, not one the parse found further on


def _coordinated_count_about(doc: Doc, figs: list[_Fig]) -> None:
    """ "annual sales of $50 billion and 100,000 employees": the parse hangs the amount on the count's noun, which
    is the count's, not the amount's; the amount measures what the "of" before it hangs on (annual sales), or
    nothing found."""
    for a, b in zip(figs, figs[1:], strict=False):
        if a.kind not in ("money", "percent", "quantity") or b.kind != "count" or b.counted is None:
            continue
        if b.start != a.end + 1 or doc[a.end].lower_ not in ("and", "or") or not a.about or a.about != b.about:
            continue
        noun = doc[b.counted]
        if _span_root(doc, a.num.start, a.end).head.i != noun.i:
            continue  # the amount's own noun, shared with the count ("$5 and 10 dollars" is no such pair)
        of = doc[a.start - 1] if a.start > 0 else None
        held = of.head if of is not None and of.lower_ == "of" else None
        if held is not None and held.pos_ in ("NOUN", "PROPN") and held.i < of.i:
            a.about = _about_noun(doc, held, a.start, a.end)
        else:
            a.about = None


def _others_about(doc: Doc, figs: list[_Fig]) -> None:
    """ "Three people died and 12 others were injured", "cut 300 jobs and moved 200 others", "The five companies
    join nine others": "N others" counts more of the noun an earlier count of its sentence counts, when that noun is
    the parallel argument (both subjects, or both objects) or the subject of the verb whose object the others are;
    not a count that modifies a noun ("a 12-storey block"), one in another sentence, or one in another role ("The
    driver was killed and 12 others were injured" after "2 cars": the driver, no count; review s26 rev4 HIGH)."""

    def role(t: Token) -> str | None:
        return "subject" if t.dep_ in ("nsubj", "nsubjpass") else "object" if t.dep_ == "dobj" else None

    for k, b in enumerate(figs):
        if b.kind not in ("count", "number") or b.unit or b.counted is None or doc[b.counted].lower_ != "others":
            continue
        others, sent = doc[b.counted], doc[b.start].sent
        for a in reversed(figs[:k]):
            if a.start < sent.start or a.kind != "count" or not a.unit or not a.about or a.counted is None:
                continue
            if a.num.end < len(doc) and doc[a.num.end].text in ("-", "–"):
                continue  # "a 12-storey block": a measure of a thing, no count of the others' kind
            noun = doc[a.counted]
            parallel = role(noun) is not None and role(noun) == role(others)
            joined = role(noun) == "subject" and role(others) == "object" and noun.head.i == others.head.i
            if parallel or joined:
                b.kind, b.unit, b.about = "count", a.unit, a.about
            break  # only the nearest count of the sentence is a candidate


def _elided_count_about(doc: Doc, figs: list[_Fig]) -> None:
    """ "42 people were killed and more than 100 injured": a bare number in the next clause counts the same noun,
    left out, as long as no other noun comes between them."""
    for a, b in zip(figs, figs[1:], strict=False):
        if a.kind != "count" or a.counted is None or not a.unit or b.kind != "number" or b.counted is not None:
            continue
        if b.end != b.num.end or b.num.fraction or not 0 < b.start - a.counted <= 8:
            continue  # a bare number's own 'about' is its clause's subject ("The typhoon killed 12 people and
            # displaced 20,000"): the noun left out is the better reading when no other noun comes between
        if doc[b.start].sent.start != doc[a.start].sent.start or (b.end < len(doc) and doc[b.end].pos_ == "NOUN"):
            continue
        if (
            b.end < len(doc)
            and doc[b.end].tag_ in ("VB", "VBP")
            and doc[b.end].is_alpha
            and doc[b.num.start].dep_ not in ("nsubj", "nsubjpass")  # "12 remain hospitalized": the verb's subject
        ):
            # "1 QH, 1 pass defended", "6 tackles, 1 assist": a bare verb form after a number is its own noun,
            # mis-tagged, and the count's unit
            b.kind, b.unit, b.about = "count", _singular(doc[b.end].lower_), doc[b.end].text
            continue
        gap = doc[a.counted + 1 : b.start]
        if any(t.pos_ == "NOUN" for t in gap) or not any(t.lower_ in ("and", ",", "while", "but") for t in gap):
            continue
        b.kind, b.unit, b.about = "count", a.unit, a.about
    for a, b in zip(figs, figs[1:], strict=False):
        if a.kind != "count" or a.counted is None or not a.unit or b.kind != "number" or b.counted is not None:
            continue
        if b.end != b.num.end or b.num.fraction or doc[b.start].sent.start != doc[a.start].sent.start:
            continue
        if b.end < len(doc) and doc[b.end].pos_ in ("NOUN", "PROPN", "ADJ"):
            continue
        counted, root = doc[a.counted], _span_root(doc, b.num.start, b.end)
        verb = counted.head
        if counted.dep_ != "dobj" or root.dep_ != "dobj" or verb.pos_ != "VERB" or root.head.i <= verb.i:
            continue
        if root.head.lower_ == verb.lower_:
            # "GateHouse laid off more than 60 employees (...) and Gannett laid off several hundred", "X cut 60 jobs
            # last year, while Y cut 200": the same verb again counts the same noun, whatever comes between
            b.kind, b.unit, b.about = "count", a.unit, a.about


def _elided_share_about(doc: Doc, figs: list[_Fig]) -> None:
    """ "About 45% of respondents said yes, while 30% said no", "52% of voters back the measure, with 41% opposed":
    a bare share that is the subject of a clause joined to a share "of X" is a share of X too, left out."""
    for a, b in zip(figs, figs[1:], strict=False):
        if a.kind != "percent" or b.kind != "percent" or not a.about or a.end >= len(doc) or doc[a.end].lower_ != "of":
            continue
        if b.end < len(doc) and (doc[b.end].lower_ == "of" or doc[b.end].pos_ in ("NOUN", "PROPN")):
            continue  # "30% of businesses", "30% growth": a share of its own
        if doc[b.start].sent.start != doc[a.start].sent.start or b.direction or a.direction:
            continue
        root = _span_root(doc, b.num.start, b.end)
        clause = root.head
        if root.dep_ not in ("nsubj", "nsubjpass") or clause.dep_ not in ("advcl", "conj"):
            continue
        joins = {t.lower_ for t in doc[a.end : b.start]}
        if not joins & {"while", "with", "whereas"} and not (joins & {"and", "but"} and _same_verb(doc, a, clause)):
            continue  # "won 52% of the vote in the city, but 60% turned out": turnout, not the vote (review s24 #6)
        b.about = a.about


def _same_verb(doc: Doc, a: _Fig, verb: Token) -> bool:
    """Whether the share ``a`` is the subject of a verb written as ``verb`` is ("About 40% of the budget goes to
    defense, and 20% goes to Medicaid"): joined by "and"/"but" only the same verb leaves the same noun out."""
    head = _span_root(doc, a.num.start, a.end).head
    return head.i != verb.i and head.pos_ in ("VERB", "AUX") and head.lower_ == verb.lower_


# Determiners that point a bare number back to a count named before ("These 11 had until Nov. 1").
_BACK_DETERMINERS = frozenset(("the", "these", "those"))


def _repeated_count_about(doc: Doc, figs: list[_Fig]) -> None:
    """ "the agency selected 11 companies. These 11 had until Nov. 1 to submit", "Police arrested 30 people. The 30
    were released": a bare number that a determiner points back ('these', 'those'; 'the' only for people, as 'the two'
    after two things counted is mostly two parties doing something: "Chelsea and Arsenal played two matches ... The
    two drew 1-1", review s18 r3 HIGH-1; no noun after it) counts what the count of the same number just before
    counts (within about 150 tokens). None when two counts of
    that number count different things (review s18 LOW-1), and none of things when that many people are named as a
    pair or a list in between: "President Trump and Kim Jong Un have held two summits. The two met again" are the
    two men, not summits (HIGH-2)."""
    for k, b in enumerate(figs):
        if b.kind != "number" or b.counted is not None or b.end != b.num.end or b.low is not None or not b.value:
            continue
        root = _span_root(doc, b.num.start, b.end)
        det = next((c.lower_ for c in root.children if c.dep_ == "det" and c.lower_ in _BACK_DETERMINERS), None)
        if root.dep_ == "nummod" or det is None:
            continue
        if b.end < len(doc) and doc[b.end].pos_ in ("NOUN", "PROPN", "NUM"):
            continue  # "the 11 finalists": the noun is there
        same = []
        for a in reversed(figs[:k]):
            if b.start - a.start > 150:
                break  # only the last few sentences
            if a.kind == "count" and a.unit and a.value == b.value:
                same.append(a)
        if not same or len({a.unit for a in same}) > 1:
            continue
        a = same[0]
        people = _people_noun(a.unit.lower())
        if det == "the" and not people:
            continue  # "Chelsea and Arsenal played two matches ... The two drew 1-1": 'the two' are mostly parties
        if not people and _named_together(doc, a.start, b.start, int(b.value), _acts(root)):
            continue
        b.kind, b.unit, b.about = "count", a.unit, a.about


def _acts(t: Token) -> bool:
    """Whether a number standing for things is the subject of what parties do: speaks ("The two said", "agreed"),
    meets, or undergoes ("The two were charged with theft") - not what a thing does ("the two would take effect")."""
    v = t.head
    if t.dep_ == "nsubjpass":
        return True
    return t.dep_ == "nsubj" and (v.lower_ in SPEECH or v.lower_ in ("met", "meet", "meets", "meeting"))


def _named_together(doc: Doc, start: int, end: int, n: int, acts: bool) -> bool:
    """Whether ``n`` parties are named together from the sentence of token ``start`` to token ``end``: names joined
    by "and" of which one is tagged a person and none a place ("Trump and Kim Jong Un", "Smith and Jones"), or, when
    the number stands for them doing what parties do (``acts``), any names or nouns of people so joined ("Apple and
    Google ... The two said", "The United States and China ... The two agreed", "A man and a woman ... The two were
    charged": review s18 HIGH-8); "Mexico and Canada signed two trade deals ... the two would take effect": deals."""
    for t in doc[doc[start].sent.start : end]:
        if t.dep_ == "conj" or not (t.pos_ == "PROPN" or (acts and _people_noun(_singular(t.lower_)))):
            continue
        kinds = ("PROPN", "NOUN") if acts else ("PROPN",)
        names = [t, *(c for c in t.subtree if c.dep_ == "conj" and c.pos_ in kinds)]
        if len(names) != n:
            continue
        types = {x.ent_type_ for x in names}
        if acts or ("PERSON" in types and not types & {"GPE", "LOC", "NORP", "FAC"}):
            return True
    return False
