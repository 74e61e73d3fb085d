"""Tallies and gatherings: "voted 68 to 32", "Biden leads Trump 52% to 43%", "seven victories out of eight", "a
crowd of several dozen" (people)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from extract.figures.about.phrases import _about_noun
from extract.figures.core import _CONTEST_VERBS, _contestant, _Fig, _singular, _span_root
from extract.figures.scales import _people_noun
from extract.quotes.lexicon import verb_forms

if TYPE_CHECKING:
    from spacy.tokens import Doc


# Nouns of a gathering of people, whose number counts people ("a crowd of several dozen", "12,000 in attendance").
# (A population's number is left a plain number: the recognizers' number set reads "China's population is
# 1 414 021 100" as no count.)
_GATHERINGS = frozenset(("crowd", "audience", "attendance", "turnout", "workforce", "congregation"))
# Words before a gathering's noun that keep it one of people ("the total workforce", "the local congregation").
_WHOLE_WORDS = frozenset(("world", "global", "total", "human", "national", "local", "state", "city", "country"))


def _gathered_people(doc: Doc, figs: list[_Fig]) -> None:
    """ "was warmly greeted by a crowd of several dozen", "the more than 12,000 in attendance", "a workforce of
    3,000": a bare number of a gathering of people counts people (a people noun before the gathering's noun names
    them: "the student audience of 300" counts students; "a robot workforce of 500" is no count of people)."""
    for f in figs:
        if f.kind != "number" or f.counted is not None or f.num.fraction or f.low is not None or (f.value or 0) < 2:
            continue
        if f.end != f.num.end or (f.end < len(doc) and doc[f.end].pos_ in ("NOUN", "PROPN")):
            continue
        if f.value != int(f.value):
            continue  # "The audience rated the show 8.5", "Voter turnout was 62.3": no head count (review s18 MED-3)
        attended = [t.lower_ for t in doc[f.end : f.end + 2]] == ["in", "attendance"]
        if f.about is None and attended:
            f.about = "attendance"  # "Neymar was among the more than 12,000 in attendance"
        words = (f.about or "").split()
        if not words or _singular(words[-1].lower()) not in _GATHERINGS:
            continue
        root = _span_root(doc, f.num.start, f.end)
        of = root.dep_ == "pobj" and root.head.lower_ == "of" and _singular(root.head.head.lower_) in _GATHERINGS
        if not (attended or of):
            continue  # the gathering's size only: "a crowd of several dozen", not "Attendance was down 3"
        unit = "people"
        before = words[-2] if len(words) > 1 else ""
        if before and not before[:1].isupper() and before.lower() not in _WHOLE_WORDS:
            if not _people_noun(_singular(before.lower())):
                continue  # "a robot workforce": no people
            unit = _singular(before.lower())  # "the student audience of 300": students
        f.kind, f.unit = "count", unit


def _out_of_about(doc: Doc, figs: list[_Fig]) -> None:
    """ "seven victories out of eight", "won 40 games of 82": the bare number after "out of" / "of" that a count
    of a noun is taken from counts the same noun (the whole the part is out of), as "12 of 13 games" does."""
    for a, b in zip(figs, figs[1:], strict=False):
        if a.kind != "count" or a.counted is None or not a.unit or b.kind != "number" or b.counted is not None:
            continue
        if b.end != b.num.end or b.num.fraction or b.low is not None or b.qualifier or a.value is None:
            continue
        if [t.lower_ for t in doc[a.counted + 1 : b.start]] not in (["out", "of"], ["of"]):
            continue
        if b.value is None or b.value <= a.value or (b.end < len(doc) and doc[b.end].pos_ in ("NOUN", "PROPN")):
            continue  # "three members of 10 Downing Street": a name; "40 games of 12" is no part of a whole
        b.kind, b.unit, b.about = "count", a.unit, a.about


# Words that make "X to Y" a tally of votes ("voted 68 to 32", "passed by a vote of 68 to 32"): every inflection of
# the verbs, irregular forms listed after the lemma, and the nouns.
_VOTE_WORDS = frozenset(
    verb_forms("vote pass approve confirm reject adopt ratify acquit:acquitted,acquitting convict defeat")
) | {"ballot", "ballots", "tally", "margin", "votes"}


def _name_before(doc: Doc, i: int, floor: int) -> str | None:
    """The capitalised words right before token i (a name), or None."""
    k = i
    while k > floor and doc[k - 1].text[:1].isupper() and doc[k - 1].is_alpha and doc[k - 1].lower_ not in ("the",):
        k -= 1
    return doc[k:i].text or None


def _tally_about(doc: Doc, figs: list[_Fig]) -> None:
    """ "voted 68 to 32", "Biden leads Trump 52% to 43%": two figures of one tally, each with what it counts
    (votes; the subject's and the object's share), not a range and not a move between two levels."""
    for a, b in zip(figs, figs[1:], strict=False):
        if b.start != a.end + 1 or doc[a.end].lower_ != "to" or a.kind != b.kind:
            continue
        if a.kind not in ("number", "count", "percent") or a.value is None or b.value is None:
            continue
        if a.low is not None or b.low is not None or a.qualifier or b.qualifier or a.direction or a.counted is not None:
            continue
        sent = doc[a.start].sent
        if a.start > sent.start and doc[a.start - 1].lower_ in ("from", "by"):
            continue  # "increased from 10% to 25%", "fell by 8,000 to 215,000": two levels, or a change and a level
        before = doc[max(sent.start, a.start - 8) : a.start]
        verb = next((t for t in reversed(before) if t.lower_ in _CONTEST_VERBS), None)
        if verb is not None:
            # The sides of a contest are named ("Biden leads Trump"); a common noun after the verb is whom the
            # lead is among ("Obama leads voters 18 to 29 by 30 points", "Clinton leads women 55% to 40%").
            subj = next(
                (c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ in ("PROPN", "NOUN")), None
            )
            obj = next(
                (c for c in verb.children if c.dep_ in ("dobj", "npadvmod") and c.pos_ in ("PROPN", "NOUN")), None
            )
            if subj is not None and obj is not None and subj.i < verb.i < obj.i < a.start:
                if _contestant(obj):
                    a.about, b.about = _about_noun(doc, subj, a.start, b.end), _about_noun(doc, obj, a.start, b.end)
                    continue
            elif verb.i + 1 < a.start and verb.i > sent.start:
                # the parse lost the clause ("Trump trails Biden 43% to 52%"): the names on either side of the verb
                left, right = _name_before(doc, verb.i, sent.start), doc[verb.i + 1 : a.start]
                if left and all(t.text[:1].isupper() for t in right) and all(_contestant(t) for t in right):
                    a.about, b.about = left, right.text
                    continue
            if obj is None or _contestant(obj):
                continue
        if a.kind == "percent" or not any(t.lower_ in _VOTE_WORDS for t in before):
            continue
        for f in (a, b):
            if f.counted is None and f.end == f.num.end:
                f.kind, f.unit, f.about = "count", "vote", "votes"


# Words that set a second share against the first ("won 47.3% of the vote against 33.7% for X").
_AGAINST_WORDS = frozenset(("against", "versus", "vs", "vs.", "compared", "to", "with"))


def _share_for_a_side(doc: Doc, figs: list[_Fig]) -> None:
    """ "won 47.3 percent of the vote against 33.7 percent for La Libertad Avanza", "taken 50.49% of the vote against
    48.85% for opposition leader Raila Odinga": a share set against another and "for" a named side is that side's,
    not the sentence subject's (the subject's is the first)."""
    for a, b in zip(figs, figs[1:], strict=False):
        if a.kind != "percent" or b.kind != "percent" or b.end + 1 >= len(doc) or doc[b.end].lower_ != "for":
            continue
        if b.start == 0 or doc[b.start - 1].lower_ not in _AGAINST_WORDS or b.start - a.end > 8:
            continue
        side = next((c for c in doc[b.end].children if c.dep_ == "pobj"), None)
        if side is None or not _contestant(side) or doc[a.start].sent != doc[b.start].sent:
            continue
        ent = next((e for e in doc.ents if e.start <= side.i < e.end), None)
        b.about = ent.text if ent is not None else _about_noun(doc, side, b.start, b.end)
