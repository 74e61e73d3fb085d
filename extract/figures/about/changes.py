"""What a change moves: "sent shares up 5%", "going from 175 to 450", record highs, lengths taken off, multiples."""

from __future__ import annotations

from typing import TYPE_CHECKING

from extract.figures.about.phrases import _GENERIC_HEADS, _a_measure, _about_noun
from extract.figures.about.prices import _SESSIONS
from extract.figures.about.subjects import _clause_subject, _governing_subject, _verb_above
from extract.figures.about.times import _event
from extract.figures.core import _Fig, _singular, _span_root
from extract.figures.labels import _SPEECH_VERBS
from extract.figures.qualifiers import _DOWN_STEMS, _UP_STEMS
from extract.figures.units import _DURATION_UNITS
from extract.quotes.lexicon import verb_forms

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


# Nouns of a record level ("an all-time high of 40,816", "a record low of 3.5%"): a level of the clause's subject.
_RECORDS = frozenset(("high", "highs", "low", "lows", "peak"))


def _record_holder(doc: Doc, rec: Token, f: _Fig) -> str | None:
    """Whose record level a figure is ("a record high of N"): the subject of a verb the record is the object of
    ("The Sensex scaled a new all-time high"), the object of a verb that sends something "to" it ("Investors
    pushed Tesla shares to a record high": Tesla shares, review r1 HIGH-5), or the subject of a verb that goes "to"
    it alone ("Bitcoin soared to an all-time high")."""
    if rec.dep_ == "pobj" and rec.head.lower_ == "to" and rec.head.head.pos_ in ("VERB", "AUX"):
        v = rec.head.head
        obj = next((c for c in v.children if c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN")), None)
        if obj is not None and not _a_measure(obj):
            return _about_noun(doc, obj, f.start, f.end)
        return _clause_subject(doc, v, f.start, f.end)
    return _governing_subject(doc, f)


_MOVING = frozenset(verb_forms("go:going move rise:rising climb grow:growing increase jump fall:falling drop:dropping"))
_MULTIPLYING = ("doubl", "tripl", "quadrupl", "halv")


def _moving_from(doc: Doc, f: _Fig) -> str | None:
    """What a participle "going from X to Y" after a change moves, when the change has an object: the object
    ("Modi pledged that his country would more than double its renewable energy production, going from 175
    gigawatts to 450 gigawatts": the production, not Modi, whose clause the parse hung the participle on). None when
    the change has no object ("Sales rose sharply, going from $10 million to $15 million": its subject, as read)."""
    root = _span_root(doc, f.num.start, f.end)
    for _ in range(3):
        if root.dep_ in ("quantmod", "nummod", "compound") and root.head.pos_ in ("NUM", "SYM", "NOUN"):
            root = root.head  # "from $2 million to $3 million", parsed as one amount
    prep = root.head
    if root.dep_ != "pobj" or prep.lower_ not in ("from", "to"):
        return None
    part = prep.head if prep.head.lower_ in _MOVING else prep.head.head
    if part.lower_ not in _MOVING or part.tag_ != "VBG" or part.i > f.start or part.dep_ not in ("advcl", "xcomp"):
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in part.children):
        return None
    # the change the participle follows: the verb it hangs on, or (for a verb that is no change, "pledged that his
    # country would double ...") the change in that verb's clause; a change with no object moved its subject
    # ("the jobless rate dropped, going from 5% to 4%", "revenue rose after it raised prices, going ...": review r1
    # MED-4), and an earlier clause's object is no part of it
    verb = part.head
    if _a_change(verb):
        changes = [verb]
    else:
        # the change in the clauses below the verb, nearest the participle first ("passed a bill to increase the
        # minimum wage, going from $7.25 to $15": the bill's clause; review r2 MED-r2-3); not through "and"
        below, todo = [], [c for c in verb.children if c.i < part.i and c.dep_ not in ("conj", "punct", "cc")]
        while todo:
            t = todo.pop()
            if _a_change(t):
                below.append(t)
            todo.extend(c for c in t.children if c.i < part.i and c.dep_ not in ("conj", "punct", "cc"))
        changes = sorted(below, key=lambda t: -t.i)
    for v in changes:
        obj = next((c for c in v.children if c.dep_ == "dobj" and c.i < part.i), None)
        if obj is not None and obj.pos_ in ("NOUN", "PROPN") and not _a_measure(obj):
            return _about_noun(doc, obj, f.start, f.end)
    return None


def _a_change(v: Token) -> bool:
    """Whether a word is a change verb ("raised", "dropped", "double": tagged a determiner before its object)."""
    low = v.lower_
    return v.pos_ in ("VERB", "DET") and low.startswith((*_MULTIPLYING, *_UP_STEMS, *_DOWN_STEMS))


def _by_a_total(doc: Doc, f: _Fig) -> str | None:
    """What a change "by a total/an average of N" moves: the verb's object ("adjust its height by a total of
    3-inches", "decreased daily calorie intake by an average of 441 calories"), else its subject ("Sales rose by a
    total of $3 million"); not the total or the average, which only say how the size was counted."""
    root = _span_root(doc, f.num.start, f.end)
    of = root.head
    if root.dep_ != "pobj" or of.lower_ != "of" or of.head.dep_ != "pobj" or of.head.head.lower_ != "by":
        return None
    verb = of.head.head.head
    if verb.pos_ != "VERB":
        return None
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN")), None)
    if obj is not None and not _a_measure(obj) and obj.lower_ not in _GENERIC_HEADS:
        return _about_noun(doc, obj, f.start, f.end)
    if obj is None:
        return _clause_subject(doc, verb, f.start, f.end)
    return None


_MOVED = frozenset(("up", "down", "higher", "lower"))
# Verbs that make their object move (causatives, and changes done to an object): "sent shares up 5%", "drove the
# stock up 12%", "raised prices by 5%". Not verbs whose object is a time, an event or a path ("ended the session",
# "posted its biggest gain", "reversed course"), after which the subject moved (review r1 HIGH-2).
_MOVERS = frozenset(
    verb_forms(
        "send:sent drive:drove,driven push pull lift knock leave:left put:putting take:took,taken bid:bidding"
        " see:saw,seen boost raise cut:cutting lower reduce increase trim:trimmed,trimming slash hike mark"
    )
)


def _moved_object(doc: Doc, f: _Fig) -> str | None:
    """What a verb moved by a change figure: its object, when the change hangs on the verb or on its "up"/"down"/
    "higher"/"lower" ("That sent shares up 5%", "The buyback drove the stock up 12 percent", "The report pushed
    the dollar higher by 0.5%", "sending the index up 2%"): the subject only made the object move. Not an object
    that is a measure itself ("gained 300 points, or 1.2%"), nor one after the figure."""
    root = _span_root(doc, f.num.start, f.end)
    h = root.head
    if h.lower_ == "by" and h.dep_ == "prep" and h.i < f.start:
        h = h.head
    particle = None  # the "up"/"down" between the verb's object and the figure
    if h.lower_ in _MOVED and h.dep_ in ("prt", "advmod") and h.i < f.start:
        particle, h = h, h.head
    elif (
        root.dep_ == "npadvmod"
        and h.pos_ == "NOUN"
        and h.dep_ in ("xcomp", "dobj")
        and h.head.lower_ in _MOVERS
        and h.head.i < h.i < f.start
        and not _a_measure(h)
    ):
        return _about_noun(doc, h, f.start, f.end)  # "Germany increased spending 2%": the object the share hangs on
    elif root.head.lower_ != "by" and not (root.dep_ == "npadvmod" and h.lower_ in _MOVERS):
        # "sold 303,417 vehicles, up 4 percent": the change is not the verb's; "Exporters raised prices 5%" (no
        # "by") is the verb's all the same
        return None
    if h.pos_ != "VERB" or h.i == root.i:
        return None
    obj = next((c for c in h.children if c.dep_ == "dobj" and c.i < f.start), None)
    # any verb written "V <object> down N%" moved its object ("dragging the FTSE 100 down 0.7%", "marked its stake
    # down 30%"); other shapes ("raised prices by 5%") only after a verb that moves what it acts on
    between = particle is not None and particle.lower_ in ("up", "down") and obj is not None and obj.i < particle.i
    if h.lower_ not in _MOVERS and not between:
        return None  # "posted its biggest weekly gain in a year, up 8%": the subject's
    if obj is None or obj.pos_ not in ("NOUN", "PROPN") or _a_measure(obj) or obj.lower_ in _GENERIC_HEADS:
        return None
    if obj.ent_type_ in ("DATE", "TIME") or _singular(obj.lower_) in _DURATION_UNITS or obj.lower_ in _SESSIONS:
        return None  # "Oil ended the session down 2%", "closed the week up 1%": when, not what moved
    if obj.lower_ in ("trading", "trade", "streak", "run"):
        return None  # "opened trading up 3%", "ended its losing streak up 0.5%": an event of the subject's
    if any(t.text == "," for t in doc[obj.i : f.start]):
        return None  # "..., up 8%": a change set off by a comma is the clause's subject's
    return _about_noun(doc, obj, f.start, f.end)


# Verbs that take a length off or add it to something: "shaved 3.2 years from", "cut 20 minutes off" (their forms
# from verb_forms: the pipeline has no lemmatizer). "lop" is spelled out, as a regular "-ed" would give "loped".
_ADDING = frozenset(verb_forms("add"))
_TAKING = (
    _ADDING
    | frozenset(
        verb_forms("shave cut:cutting knock trim:trimmed,trimming slash shorten chop:chopped,chopping wipe shear")
    )
    | frozenset(("lop", "lops", "lopped", "lopping"))
)


def _taken_off(doc: Doc, f: _Fig) -> str | None:
    """What a length is taken off or added to, when a verb of taking has it as its object and names the thing with
    "from"/"off"/"to" after it: "Pollution has shaved 3.2 years from the life expectancies of 660 million people"
    (life expectancies), "The new line will cut 20 minutes off the journey" (journey). "cut 20 minutes from the
    show's running time" likewise; "took 20 minutes to arrive" names nothing."""
    if f.end < len(doc) and doc[f.end].lower_ == "of":
        return None  # "cut 5 million tonnes of carbon emissions from its operations": the material measured
    root = _span_root(doc, f.num.start, f.end)
    v = root.head
    if root.dep_ not in ("dobj", "npadvmod") or v.pos_ != "VERB" or v.lower_ not in _TAKING:
        return None
    for c in v.children:
        if (
            c.dep_ == "prep"
            and c.i >= f.end
            and c.lower_ in ("from", "off", "onto")
            or (c.dep_ == "prep" and c.i >= f.end and c.lower_ == "to" and v.lower_ in _ADDING)
        ):
            o = next((x for x in c.children if x.dep_ == "pobj" and x.pos_ in ("NOUN", "PROPN")), None)
            if o is not None and o.ent_type_ not in ("DATE", "TIME") and _singular(o.lower_) not in _DURATION_UNITS:
                return _about_noun(doc, o, f.start, f.end)
    return None


# Verbs that report or expect a change rather than undergo it ("Nissan claims a 20% improvement").
_REPORTING = _SPEECH_VERBS | {
    "claims",
    "claim",
    "reported",
    "reports",
    "report",
    "posted",
    "posts",
    "announced",
    "announces",
    "expects",
    "expected",
    "forecast",
    "forecasts",
    "sees",
    "saw",
    "predicted",
}


def _reported(doc: Doc, f: _Fig) -> bool:
    """Whether the nearest verb above the figure reports the change rather than undergoes it."""
    verb = _verb_above(doc, f)
    return verb is not None and verb.lower_ in _REPORTING


def _trailing_particle(doc: Doc, f: _Fig) -> Token | None:
    """The "up"/"down" of a trailing ", up 4 percent" that the figure hangs on, after a comma and a verb's clause
    before it; None for any other figure."""
    particle = _span_root(doc, f.num.start, f.end).head
    if particle.lower_ not in ("up", "down") or particle.i >= f.start or particle.i == 0:
        return None
    if doc[particle.i - 1].text != "," or particle.head.pos_ not in ("VERB", "AUX") or particle.head.i > particle.i:
        return None
    return particle


def _trailing_change_object(doc: Doc, f: _Fig) -> str | None:
    """The plural object of the clause that a trailing ", up 4 percent" / ", down 5%" follows: what rose or fell
    ("Dealers sold 303,417 new vehicles, up 4 percent from the previous year"); a clause with no such object
    ("Shares closed at $185, up 0.35%") or with money for object ("earned $2 billion, up 5%") has none."""
    particle = _trailing_particle(doc, f)
    if particle is None:
        return None
    for c in particle.head.children:
        if c.dep_ == "dobj" and c.tag_ == "NNS" and c.ent_type_ not in ("MONEY", "PERCENT", "QUANTITY"):
            return _about_noun(doc, c, f.start, f.end)
    return None


def _trailing_level_object(doc: Doc, f: _Fig) -> str | None:
    """The object of the clause a trailing ", up 35%" / ", down 5%" follows when that object is given a level by
    "of" ("Amazon's cloud unit posted revenue of $9 billion, up 35% from a year ago": the revenue rose, not the
    unit; "reported net income of $2 billion, down 5%"). None for any other clause (see _trailing_change_object)."""
    particle = _trailing_particle(doc, f)
    if particle is None:
        return None
    for c in particle.head.children:
        if c.dep_ != "dobj" or c.pos_ != "NOUN" or c.i > particle.i:
            continue
        of = next((p for p in c.children if p.dep_ == "prep" and p.lower_ == "of"), None)
        level = of is not None and any(
            o.dep_ == "pobj" and (o.like_num or o.ent_type_ in ("MONEY", "PERCENT", "QUANTITY", "CARDINAL"))
            for o in of.children
        )
        if level:
            return _about_noun(doc, c, f.start, f.end)
    return None


def _level_before_comma(doc: Doc, f: _Fig) -> str | None:
    """The noun a level is "of" right before a trailing ", up 94%" or ", down from Rs 45 crore", by token order,
    wherever the parse hung the particle ("reported revenue of $35.1 billion, up 94% from a year earlier": the
    revenue rose, not the chipmaker; "sales of $4 billion, up 12%, and profit of $900 million, down 3%"; "posted a
    net profit of Rs 3 crore for the quarter, down from Rs 45 crore": the earlier profit). A time phrase may end
    the level ("for the quarter"). None when no noun is given a level by "of" right before the comma."""
    w = _span_root(doc, f.num.start, f.end).head
    if w.lower_ == "from" and w.i == f.start - 1:
        w = w.head  # ", down from Rs 45 crore": the level the amount was before
    if w.lower_ not in ("up", "down") or w.i >= f.start or w.i < 3 or doc[w.i - 1].text != ",":
        return None
    k = w.i - 2
    while k > 0 and (doc[k].ent_type_ in ("DATE", "TIME") or doc[k].lower_ in ("for", "in", "during")):
        k -= 1  # "Rs 3 crore for the quarter, down from ...": when the level was, not the level
    level = doc[k]
    if level.dep_ != "pobj" or level.head.lower_ != "of" or not any(t.like_num for t in level.subtree):
        return None
    noun = level.head.head
    if noun.pos_ != "NOUN" or noun.i > level.head.i:
        return None
    return _about_noun(doc, noun, f.start, f.end)


def _times_what(doc: Doc, f: _Fig, v: Token) -> str | None:
    """ "50 times the level" -> level; "went to the polls four times" -> who went (occurrences of an event)."""
    k = f.end
    if k < len(doc) and doc[k].lower_ in ("the", "its", "their", "that"):
        k += 1  # a multiple of the noun after it, whatever the parse made of it
        while k < len(doc) and k < f.end + 4 and doc[k].pos_ in ("ADJ", "NOUN", "PROPN"):
            if doc[k].pos_ in ("NOUN", "PROPN") and (k + 1 >= len(doc) or doc[k + 1].pos_ not in ("NOUN", "PROPN")):
                return _about_noun(doc, doc[k], f.start, f.end)
            k += 1
    return _event(doc, v, f.start, f.end)
