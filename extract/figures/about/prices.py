"""What a price or an amount of money buys: "for $N", "spent $N on X", "$N in trade", and who pays."""

from __future__ import annotations

from typing import TYPE_CHECKING

from extract.figures.about.phrases import _GENERIC_HEADS, _a_measure, _about_noun, _np
from extract.figures.about.verbs import CLAIMING, invests, money_reading
from extract.figures.core import _Fig, _singular, _span_root
from extract.figures.scales import _MONEY_SCALE_ABBR, _SCALE_ABBR, _SCALE_WORDS, _people_noun
from extract.figures.units import _DURATION_UNITS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


def _priced_for(doc: Doc, f: _Fig) -> str | None:
    """What "for $N" prices when nothing else names it: the object of the verb the price hangs on, or the thing of
    the verb's "for"/"to" before the price ("Sign up for a Hulu ad-free account for $11.99 a month", "upgrade to
    512GB of storage for $900", "find AirPods 2 with wireless charging case for $150"); a measure's "of" noun for
    a measure ("Get 4 Months of Amazon Music Unlimited for $1"). Not a pronoun ("Get it ... for $N": the deal
    lines' rule), nor the party of a claim ("sued the city for $5 million")."""
    prep = _span_root(doc, f.num.start, f.end).head
    if prep.lower_ != "for" or prep.dep_ != "prep" or prep.i >= f.start:
        return None
    v = prep.head
    if v.pos_ != "VERB" or v.lower_ in CLAIMING:
        return None
    thing = next((c for c in v.children if c.dep_ == "dobj" and c.i < prep.i), None)
    if thing is None:
        thing = next(
            (
                o
                for p in v.children
                if p.dep_ == "prep" and p.lower_ in ("for", "to") and p.i < prep.i
                for o in p.children
                if o.dep_ == "pobj"
            ),
            None,
        )
    if thing is not None and (_a_measure(thing) or _singular(thing.lower_) in _DURATION_UNITS):
        of = next((p for p in thing.children if p.dep_ == "prep" and p.lower_ == "of"), None)
        thing = next((o for o in of.children if o.dep_ == "pobj"), None) if of is not None else None
    if thing is None or thing.pos_ not in ("NOUN", "PROPN") or thing.ent_type_ in ("DATE", "TIME", "MONEY"):
        return None
    if _a_party(thing):
        return None  # "The painting went to a private collector for $50 million": a recipient (review s18 HIGH-5)
    return _about_noun(doc, thing, f.start, f.end)


# Nouns of a time a "for" phrase gives ("for the period", "for the first time"): no purpose.
_TIME_NOUNS = frozenset(("time", "times", "period", "periods", "occasion", "moment", "stretch", "span"))


def _paid_for(doc: Doc, v: Token, amount: Token, s: int, e: int, start: int) -> str | None:
    """What an amount that verb ``v`` moves is for, when its subject only pays it: the "for" phrase after the amount
    ("sanctioned Rs 5 crore for repairs to the bridge", "will pay $68.7 billion for Activision Blizzard", "approved
    $4 million for a new library"; not a time: "for the period", "for the first time"), else the object of a
    purpose clause after a verb that pays or sets aside ("paid $12 million to buy the building"; not "needs $40
    million to keep its doors open"), else who gets it ("has lent Belarus 50 billion dollars", "pledged
    C$1.2bn to the fund"). Not for a verb whose subject is the thing priced ("Tickets cost $50 for adults") or earns
    or reports it ("Netflix earned $2 billion for the period", "posted $1.2 billion to beat expectations"), nor a
    time ("for the year", "to date"), nor a company or person "for" whom the amount is made ("The film earned $5
    million for Disney": the film's), nor who pays a fine or a charge ("fined the bank $5 million"). ``start`` is
    where the figure starts, its currency included ("Rs 25 lakh"); the "for" and "to" phrases may hang on the verb or
    on the ``amount`` (the figure's root: "will pay $28 billion for Cerner")."""
    reading = money_reading(v)  # which of the verb's words can say it, by the verb's class (verbs.py's table)
    if v.pos_ != "VERB" or reading.subject:
        return None
    if reading.penalty:
        return None  # a fine or a penalty: the driver's _penalised reads it, before every other reading

    def what(o: Token) -> str | None:
        about = _about_noun(doc, o, s, e)
        if about and about.count("(") > about.count(")") and o.i + 1 < len(doc) and doc[o.i + 1].text == ")":
            about += ")"  # "to a 401(k)": the tokenizer split off the closing bracket the name ends with
        return about

    def named(o: Token) -> bool:
        return (
            o.pos_ in ("NOUN", "PROPN")
            and o.ent_type_ not in ("DATE", "TIME", "MONEY", "PERCENT", "CARDINAL")
            and _singular(o.lower_) not in _DURATION_UNITS
            and o.lower_ not in _TIME_NOUNS
            and not any(c.ent_type_ == "ORDINAL" for c in o.children)  # "for the third time", "for a second year"
            and not o.like_num
        )

    preps = [c for c in (*v.children, *amount.children) if c.dep_ == "prep" and c.i >= e]
    for p in preps:
        if p.lower_ == "for":
            o = next((x for x in p.children if x.dep_ == "pobj"), None)
            if o is not None and named(o) and (reading.for_party or not _a_party(o)):
                return what(o)
    for c in v.children if reading.purpose else ():
        if c.dep_ in ("advcl", "xcomp") and c.tag_ == "VB" and c.i > e and any(a.lower_ == "to" for a in c.lefts):
            o = next((x for x in c.children if x.dep_ == "dobj"), None)
            if o is not None and named(o):
                return what(o)  # "to buy the building": what the amount buys
    if not reading.recipient:
        return None  # "fined the bank $5 million": the bank pays
    to = next((c for c in v.children if c.dep_ == "dative" and c.i < start), None)
    if to is None:
        p = next((p for p in preps if p.lower_ == "to"), None)
        to = next((x for x in p.children if x.dep_ == "pobj"), None) if p is not None else None
        if to is not None and to.lower_ == "date":
            to = None  # "has raised $40 million to date": so far, no one's
    if to is not None and named(to):
        return what(to)
    return None


def _penalty(doc: Doc, v: Token, noun: str, start: int) -> str:
    """The penalty an amount is, with who pays it when the clause names them: the noun the passive verb says it of
    ("The bank was fined 2 million euros": bank fine), the verb's object ("The regulator fined Barclays £40 million",
    "fined Barclays, the British bank, £40 million", "fined Meta a record €1.2 billion": Meta fine; "fined Smith and
    Jones $1 million each": both), or, after an earlier amount and "and", the noun of the second pair ("fined the
    team $50,000 and the coach $25,000": coach fine); the bare noun ("fine") when the payer is a pronoun or unnamed.
    Never who imposes it, and never why ("for misconduct")."""

    def named(t: Token) -> bool:
        return t.pos_ == "PROPN" or (t.pos_ == "NOUN" and t.lower_ not in _GENERIC_HEADS)  # not "a record", "a total"

    between = doc[v.i + 1 : start]
    money = [t.i for t in between if _money_token(t)]
    joined = [t.i for t in between if t.lower_ == "and" and money and t.i > money[0]]
    payer = next((c for c in v.children if c.dep_ == "nsubjpass" and named(c)), None)
    if joined:
        after = [t for t in doc[joined[-1] + 1 : start] if named(t) and t.dep_ != "compound"]
        payer = after[-1] if after else None
    elif payer is None:
        # the object, whatever the tagger made of it ("fined the firm $10 million": 'firm' tagged an adjective)
        obj = next((c for c in v.children if c.dep_ in ("dobj", "dative") and c.i < start and c.pos_ != "PRON"), None)
        payer = obj if obj is not None and (named(obj) or obj.pos_ == "ADJ") else None
        if payer is not None and any(c.dep_ == "conj" for c in payer.children):
            last = max(c.i for c in payer.subtree if c.i < start)
            return f"{doc[payer.i : last + 1].text} {noun}"  # "fined Smith and Jones $1 million each"
    if payer is None and not joined:
        rest = [t for t in between if named(t) and t.dep_ not in ("compound", "appos")]
        payer = rest[-1] if rest and not any(t.is_punct for t in between) else None
    return f"{_np(doc, payer)} {noun}" if payer is not None else noun


def _money_token(t: Token) -> bool:
    """Whether token t is part of an amount of money: a currency sign or a number the tagger marks as money."""
    return t.tag_ == "$" or (t.ent_type_ == "MONEY" and t.like_num)


def _penalised(doc: Doc, f: _Fig) -> str | None:
    """The penalty a money amount after a verb of penalty is, whatever else the parse hangs it on ("fined Meta a
    record €1.2 billion for data transfers", "fined 12 banks a total of $4 billion", "The watchdog fined Lloyds £30
    million" with the amount hung on Lloyds): by token order, the nearest verb before the amount in its sentence,
    with no other verb or clause break between, and no earlier amount unless "and" joins a second pair ("fined the
    team $50,000 and the coach $25,000"; not "fined Google €4.3 billion, far more than the €2.4 billion it levied on
    Apple", review s26 rev3f 2); None when that verb is no verb of penalty (see _penalty)."""
    if f.kind != "money" or f.direction:
        return None
    sent = doc[f.start].sent
    v = next((doc[k] for k in range(f.start - 1, sent.start - 1, -1) if doc[k].pos_ in ("VERB", "AUX")), None)
    if v is None or any(t.text in (";", ":") for t in doc[v.i + 1 : f.start]):
        return None
    money = [t.i for t in doc[v.i + 1 : f.start] if _money_token(t)]
    if money and not any(t.lower_ == "and" for t in doc[money[-1] + 1 : f.start]):
        return None
    noun = money_reading(v).penalty
    return _penalty(doc, v, noun, f.start) if noun else None


def _a_party(t: Token) -> bool:
    """Whether a noun names who pays or receives: a person, an organisation, a group, or a noun for people."""
    return t.ent_type_ in ("PERSON", "ORG", "NORP") or t.lower_ == "public" or _people_noun(_singular(t.lower_))


def _a_subject(doc: Doc, f: _Fig, about: str) -> bool:
    """Whether ``about`` is the subject of the verb a figure's "for" hangs on and a payer (a person, organisation
    or people: "Subscribers can sign up for the premium plan for $15"), not a thing sold ("Tickets went on sale to
    the public for $50 each", review s18 HIGH-5)."""
    prep = _span_root(doc, f.num.start, f.end).head
    if prep.lower_ != "for":
        return False
    return any(c.dep_ == "nsubj" and about.endswith(c.text) and _a_party(c) for c in prep.head.children)


# Nouns of a market's trading time: "$150.20 in early trading", "in the afternoon session". "Deals" and "trade" are
# what money is made of ("$5 billion in deals", "$650 billion in bilateral trade"), so "trade"/"trading" is a time
# only with a modifier of time or market place ("in early trading", "in Asian trade", "in New York trade").
_SESSIONS = frozenset(("session", "sessions"))
_TRADE_TIMES = frozenset(
    (
        *("early", "late", "morning", "afternoon", "midday", "after-hours", "overnight", "premarket", "pre-market"),
        *("extended", "heavy", "light", "volatile", "choppy", "thin", "busy", "electronic", "floor", "opening"),
        *("closing", "after", "hours", "evening", "night", "afternoon", "holiday", "lunchtime"),
    )
)


def _a_session(doc: Doc, t: Token, s: int, e: int) -> bool:
    """Whether "in" + noun t after a money amount ending at token e says when a price was set ("fell to $150.20 in
    early trading", "in New York trade", "in the morning session") rather than what the amount is made of ("$5
    billion in trade", "$650 billion in bilateral trade", "$5 billion in deals")."""
    if t.lower_ in _SESSIONS:
        return True
    if t.lower_ not in ("trade", "trading", "dealings"):
        return False
    mods = [doc[x] for x in range(e + 1, t.i) if doc[x].pos_ not in ("DET", "PUNCT")]
    if t.lower_ == "trading" and not mods:
        return True  # "closed at $45 in trading": a session
    scaled = any(
        x.lower_ in _SCALE_WORDS or x.lower_.lstrip("0123456789.,$£€") in {*_SCALE_ABBR, *_MONEY_SCALE_ABBR}
        for x in doc[s:e]
    )
    price = (s > 0 and doc[s - 1].lower_ in ("to", "at")) or not scaled
    if t.lower_ == "trading" and price:
        return True  # "rose to $130 in regular trading", "hit $180 in intraday trading"
    return bool(mods) and all(m.lower_ in _TRADE_TIMES or m.ent_type_ in ("GPE", "NORP", "LOC") for m in mods)


# Words that take a part of what follows "of" ("some of the shares", "half of the stake").
_PART_WORDS = frozenset(("some", "all", "most", "part", "many", "much", "each", "any", "half", "rest", "portion"))


def _spent_on(doc: Doc, v: Token, s: int, e: int, *, parties: bool = True) -> str | None:
    """X in "spent $3 billion on X", "paid $5 for X": what an amount buys (not a time: "for a year"); with
    ``parties`` False, not a payer either ("$7.99/mo for Prime members")."""
    preps = ("on", "for", "in", "into") if invests(v) else ("on", "for")
    for c in v.children:
        if c.dep_ == "prep" and c.lower_ in preps and c.i >= e:
            for o in c.children:
                if o.dep_ == "pobj" and o.lower_ in _PART_WORDS:
                    # "$1 billion for some of Neumann's shares": the part bought is of the shares
                    of = next((p for p in o.children if p.dep_ == "prep" and p.lower_ == "of"), None)
                    o = next((x for x in of.children if x.dep_ == "pobj"), o) if of is not None else o
                if (
                    o.dep_ == "pobj"
                    and o.pos_ == "NOUN"
                    and o.ent_type_ not in ("DATE", "TIME")
                    and _singular(o.lower_) not in _DURATION_UNITS
                    and (parties or not _a_party(o))
                ):
                    return _about_noun(doc, o, s, e)
    return None
