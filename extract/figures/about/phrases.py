"""The noun phrase a figure counts: a noun with its modifiers, generic heads ("the number of X"), model numbers."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from extract.figures.core import _Fig, _singular
from extract.figures.qualifiers import _CHANGE_NOUNS_DOWN, _CHANGE_NOUNS_UP
from extract.figures.units import _DURATION_UNITS, _MEASURING_ADJECTIVES, _PERCENT_WORDS, _a_unit, _unit_name

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token


_GENERIC_HEADS = {
    "number",
    "total",
    "figure",
    "amount",
    "sum",
    "toll",
    "count",
    "level",
    "share",
    "portion",
    "tally",
    "estimate",
    "rate",
    "value",
    "proportion",
    "percentage",
    "majority",
    "minority",
    "part",
    "group",
    "range",
    "set",
    "lot",
    "average",
    "maximum",
    "minimum",
    "record",
    "high",
    "low",
    "fraction",
}
# Nouns inside complex prepositions ("in front of", "in excess of"): never what is counted.
_PREPOSITION_NOUNS = {
    "front",
    "top",
    "addition",
    "excess",
    "terms",
    "spite",
    "behalf",
    "lieu",
}
# Adjectives that say nothing about what is counted ("a new loan" counts loans).
_VAGUE_ADJ = {
    "new",
    "more",
    "fewer",
    "less",
    "other",
    "such",
    "same",
    "last",
    "first",
    "next",
    "recent",
    "further",
    "additional",
    "extra",
    "current",
    "previous",
    "latest",
    "total",
    "overall",
    "estimated",
    "whole",
    "entire",
    "only",
    "own",
    "many",
    "several",
    "few",
    "some",
    "certain",
    "various",
    "mere",
    "just",
    "another",
    "feared",
}


def _a_measure(t: Token) -> bool:
    """Whether an object is a measure of its own, the change on the way to a record ("The Dow gained 300 points /
    12 cents / 2.1 percent to a record high": the Dow's record, review r2 HIGH-1), not a thing sent to it."""
    if t.like_num or t.ent_type_ in ("MONEY", "PERCENT", "QUANTITY", "CARDINAL"):
        return True
    return any((c.dep_ == "nummod" or c.like_num) and c.i < t.i for c in t.children)  # not "iPhone 15"


def _ent_at(doc: Doc, i: int) -> Span | None:
    """The entity holding token ``i``, if any."""
    return next((e for e in doc.ents if e.start <= i < e.end), None)


def _person_at(doc: Doc, i: int) -> Span | None:
    """The PERSON entity holding token ``i``, if any."""
    ent = _ent_at(doc, i)
    return ent if ent is not None and ent.label_ == "PERSON" else None


def _name_as_written(e: Span) -> str:
    """A name as the text writes it, without a possessive: "Sam Bankman-Fried", not "Sam Bankman - Fried"."""
    return "".join(t.text_with_ws for t in e if t.tag_ != "POS").strip()


def _np(doc: Doc, head: Token, floor: int = -1) -> str:
    """A noun and its left modifiers (compounds, adjectives), as plain text: "North Korean soldiers"."""
    code = _split_code_start(doc, head.i)
    if code is not None and code - 1 > floor and doc[code - 1].pos_ in ("NOUN", "PROPN"):
        head = doc[code - 1]  # "Siemens SIEGn.DE rose 3%": the parse's subject is the code's exchange, "DE"
    k = head.i - 1
    # "a state Trump won": a past-tense verb hung on a name is a reduced relative clause the parser misread,
    # and the common noun before the name is that clause's object, not part of the name.
    reduced = head.pos_ == "PROPN" and any(
        c.dep_ == "acl" and c.tag_ in ("VBD", "VBN") and c.i == head.i + 1 for c in head.rights
    )
    while k > floor:
        t = doc[k]
        attached = k < t.head.i <= head.i
        if reduced and t.pos_ == "NOUN" and t.text.islower():
            break
        if t.text == "-" and k - 1 > floor and not t.whitespace_:
            w = doc[k - 1]
            if w.is_alpha and not w.whitespace_ and w.pos_ in ("DET", "ADV", "ADP", "PRON"):
                k -= 2  # "all-time high", "all-wheel-drive version": a word glued by a hyphen is part of the word
                continue
            k -= 1
            continue
        code = _split_code_start(doc, k)
        if code is not None and code - 1 > floor:
            k = code - 1  # "Volkswagen VOWG_p.DE shares": the name before the code is the shares'
            continue
        # (a capitalised ordinal inside a name is a word of the name: "350 Fifth Avenue", review s21 r2b LOW-6)
        named_ordinal = t.pos_ == "PROPN" and (
            (t.is_alpha and t.text[:1].isupper()) or re.fullmatch(r"\d+(?:st|nd|rd|th)", t.lower_) is not None
        )  # "Third Avenue", "2nd Avenue" (review s21 r3b LOW)
        if not attached or t.pos_ not in ("ADJ", "NOUN", "PROPN", "VERB") or t.tag_ == "POS":
            break
        if t.like_num and not named_ordinal:
            break
        if t.pos_ == "VERB" and t.tag_ not in ("VBN", "VBG"):
            break
        k -= 1
    k = _name_with_model(doc, k + 1, floor) - 1
    toks = list(doc[k + 1 : head.i + 1])
    named = _named_before_spec(doc, k + 1, floor)
    measure = False  # inside a hyphenated measure ("a 27-year-old Australian", "a 2.5-mile bridge")
    while toks[:-1]:
        t0 = toks[0]
        hyphen_before = t0.i >= 1 and doc[t0.i - 1].text == "-"
        if hyphen_before and (measure or (t0.i >= 2 and doc[t0.i - 2].like_num)):
            measure = True
        elif t0.i >= 1 and doc[t0.i - 1].like_num and _a_unit(t0):
            pass  # "The 256 GB model costs $700": the unit of a measure before the noun
        elif t0.lower_ not in _VAGUE_ADJ and t0.text != "-":
            break
        toks = toks[1:]  # vague adjectives and the words of a measure say nothing about what is counted
    first = toks[0]
    glued = first.i - 1 > floor and doc[first.i - 1].like_num and not doc[first.i - 1].whitespace_
    if glued and first.is_alpha and not _a_unit(first):
        toks = [doc[first.i - 1], *toks]  # "T-Mobile's 5G plan costs $35": one model word, not 'G plan' (r1b LOW-11)
    if _model_after(doc, head):
        toks.append(doc[head.i + 1])  # "The iPhone 11 starts at $699": the name's model number is the name's
    toks += _ampersand_rest(doc, head)  # "the Eve Door & Window HomeKit Entry Sensor for $30": one name
    if named:
        # "offers Apple's 12-inch MacBook 256GB for $700": the MacBook with its specifications, which tell the model
        toks = named + list(doc[named[-1].i + 1 : head.i + 1])
    last = toks[-1].i
    text = "".join(t.text + (t.whitespace_ if t.i < last else "") for t in toks)
    return re.sub(r"\s*-\s*", "-", text).strip()


def _name_with_model(doc: Doc, k: int, floor: int) -> int:
    """Where a name that the phrase from token k continues starts, when a model number stands inside it: "the $999
    iPhone 11 Pro", "the $249 AirPods 3 Max headphones", "the $139 Windows 11 Pro licence" start at the name before
    the number, whichever way the parse hung its words (by order: a capitalised word, a whole number, a capitalised
    word). k itself otherwise."""

    def capital(t: Token) -> bool:
        return t.is_alpha and not t.is_stop and (t.pos_ == "PROPN" or t.text[:1].isupper())  # not "The 4K TV"

    while k - 2 > floor and capital(doc[k]) and doc[k - 1].text.isdigit() and capital(doc[k - 2]):
        k -= 2
        while k - 1 > floor:
            if doc[k - 1].pos_ == "PROPN" and capital(doc[k - 1]):
                k -= 1  # "Apple AirPods 2 Wireless Earphones": the whole run of names
            elif k - 2 > floor and doc[k - 1].text == "-" and not doc[k - 2].whitespace_ and capital(doc[k - 2]):
                k -= 2  # "Linksys Velop Wi-Fi 6 Mesh Router": a hyphenated word of the name
            else:
                break
    return k


def _named_before_spec(doc: Doc, k: int, floor: int) -> list[Token]:
    """The name of a product whose specifications a phrase from token k starts in, when it starts with the unit of a
    measure glued to its number ("MacBook 256GB", "iPad Pro 12.9-inch 64GB Wi-Fi"): the proper nouns right before
    the measures, which the parse did not make the head; [] otherwise."""
    j = k - 1
    if j <= floor or not doc[j].like_num or doc[j].whitespace_ or not _a_unit(doc[k]):
        return []
    while j > floor and (doc[j].like_num or doc[j].text == "-" or _a_unit(doc[j])):
        j -= 1  # the measures: "64GB", "12.9-inch"
    end = j
    while j > floor and doc[j].pos_ == "PROPN" and doc[j].tag_ != "POS":
        j -= 1
    return list(doc[j + 1 : end + 1])


def _ampersand_rest(doc: Doc, head: Token) -> list[Token]:
    """The rest of a name that runs on past "&" after its head ("Eve Door & Window HomeKit Entry Sensor", "Procter &
    Gamble"), which the parse splits into two conjoined names: "&" between proper nouns joins the words of one
    name, not two things; [] when no such name follows."""
    amp = head.i + 1
    if head.pos_ != "PROPN" or amp >= len(doc) or doc[amp].text != "&":
        return []
    conj = next((c for c in head.children if c.dep_ == "conj" and c.pos_ == "PROPN" and c.i > amp), None)
    if conj is None or not all(t.pos_ == "PROPN" for t in doc[amp + 1 : conj.i + 1]):
        return []
    return list(doc[amp : conj.i + 1])


# The stock part of a Reuters instrument code the tokenizer splits at its dot ("VOWG_p.DE", "SIEGn.DE", "BMWG.DE"):
# letters or digits, maybe with a share class in lower case.
_CODE_STOCK = re.compile(r"[A-Z0-9]{2,6}(?:_[a-z]|[a-z])?")


def _split_code_start(doc: Doc, k: int) -> int | None:
    """The first token of a stock's instrument code whose exchange ("DE", "PA", "L") is token k, when the tokenizer
    split the code at its dot ("VOWG_p.DE": "VOWG_p", ".", "DE"), or None."""
    if k < 2 or not (1 <= len(doc[k].text) <= 2 and doc[k].text.isupper() and doc[k].text.isalpha()):
        return None
    dot, stock = doc[k - 1], doc[k - 2]
    if dot.text != "." or dot.whitespace_ or stock.whitespace_ or not _CODE_STOCK.fullmatch(stock.text):
        return None
    return k - 2


def _model_after(doc: Doc, head: Token) -> bool:
    """A short whole number right after a name and hung on it ("iPhone 11", "Windows 10", "Game 7"): the name's model
    or number, not a count of it (nothing measured follows: "Biden 48%" is no model)."""
    k = head.i + 1
    if head.pos_ != "PROPN" or k >= len(doc) or not head.whitespace_:
        return False
    t = doc[k]
    nxt = doc[k + 1] if k + 1 < len(doc) else None
    return (
        t.head.i == head.i
        and t.dep_ == "nummod"
        and t.text.isdecimal()
        and len(t.text) <= 4
        and (nxt is None or (nxt.pos_ not in ("NOUN", "PROPN", "NUM", "SYM") and nxt.text not in ("%", "-")))
    )


def _about_noun(doc: Doc, t: Token, fig_start: int, fig_end: int) -> str | None:
    """The noun phrase for a noun, or for a generic head ("number of X") its "of" object."""
    if t.pos_ not in ("NOUN", "PROPN") or fig_start <= t.i < fig_end:
        return None
    if t.lower_ in _PREPOSITION_NOUNS and (
        t.dep_ not in ("nsubj", "nsubjpass") or any(c.lower_ == "of" for c in t.children)
    ):
        return None  # "in front of", "the terms of the offer"; a subject alone is a thing ("Its front is retreating")
    o = _generic_of(t, fig_start, fig_end)
    if o is not None and t.lower_ == "shares" and _a_company_stock(t, o):
        # "Shares of Nvidia jumped 9%": a company's stock, as "Nvidia shares" says it, not a part of Nvidia
        return f"{_np(doc, o)} shares"
    if o is not None:
        return _np(doc, o, fig_end - 1 if o.i > fig_end else -1)
    return _np(doc, t, fig_end - 1 if t.i >= fig_end else -1)


def _a_company_stock(shares: Token, o: Token) -> bool:
    """Whether "shares of" name ``o`` is one company's stock: a bare "shares" (not "market shares", "voting shares
    of") of one name that is no people, group or person ("Shares of Republicans who approve ...", review s26 rev2f
    3), alone (not "shares of Samsung and Apple")."""
    if any(c.dep_ in ("amod", "compound", "nummod", "poss") for c in shares.children):
        return False
    return (
        o.pos_ == "PROPN"
        and o.ent_type_ not in ("NORP", "PERSON")
        and not any(c.dep_ in ("relcl", "acl") for c in o.children)
        and not any(c.dep_ == "conj" and c.doc[c.i - 1].text != "&" for c in o.children)  # "Johnson & Johnson"
    )


def _generic_of(t: Token, fig_start: int, fig_end: int) -> Token | None:
    """X in "the number of X", "the total of X": what a generic head counts; X in "a 12% increase in X":
    what a change moves (the direction already says it is an increase)."""
    low = _singular(t.lower_)
    if (low in _CHANGE_NOUNS_UP or low in _CHANGE_NOUNS_DOWN) and low not in ("loss", "gain"):
        for c in t.rights:
            if c.lower_ == "in" and c.i >= fig_end:
                for o in c.children:
                    if (
                        o.dep_ == "pobj"
                        and o.pos_ in ("NOUN", "PROPN")
                        and not o.like_num
                        and o.ent_type_ not in ("DATE", "TIME", "GPE", "LOC", "ORG", "NORP", "FAC")
                        and _singular(o.lower_) not in _DURATION_UNITS
                    ):
                        # not "a 5% rise in the quarter" (when) nor "a 3% drop in China" (where, or whose): review
                        inner = _generic_of(o, fig_start, fig_end)
                        return inner if inner is not None else o  # "an increase in the number of cases": cases
        return None
    if t.lower_ not in _GENERIC_HEADS and low not in _GENERIC_HEADS and t.lower_ not in _PERCENT_WORDS:
        return None  # "sold 15 percent of its stake for 2 billion euros": the stake is what the money buys
    for c in t.rights:
        if c.lower_ == "of":
            for o in c.children:
                if o.dep_ == "pobj" and o.pos_ in ("NOUN", "PROPN") and not (fig_start <= o.i < fig_end):
                    return o
    return None


def _model_number(doc: Doc, t: Token) -> bool:
    """A number the parse made the head of a name it ends ("AirPods 2", "iPhone 11", "Windows 10"): a name glued to
    the number before it, which is the name's model, not a count."""
    return (
        t.pos_ == "NUM"
        and t.i > 0
        and doc[t.i - 1].pos_ == "PROPN"
        and doc[t.i - 1].head.i == t.i
        and doc[t.i - 1].dep_ == "compound"
    )


def _conjoined_noun(doc: Doc, e: int, head: Token) -> bool:
    """Whether ``head`` lies past "and"/"or" right after a measure ending at token e and no second figure follows
    the conjunction (a noun of its own: "4km and battery life"; not "71 kWh and 95 kWh of battery capacity")."""
    if e + 1 >= len(doc) or doc[e].pos_ != "CCONJ" or head.i <= e + 1:
        return False
    nxt = doc[e + 1]
    return not (nxt.like_num or nxt.tag_ == "$" or nxt.pos_ in ("SYM", "NUM", "ADV"))


def _titled(doc: Doc, k: int) -> str | None:
    """What an "N-time" title is held as, from token k: the noun phrase up to its last noun, short of the
    holder's name ("a five time NBA champion Tim Duncan": NBA champion; "four-time Grammy winner")."""
    words: list[Token] = []
    while k < len(doc) and len(words) < 5:
        t = doc[k]
        if t.ent_type_ == "PERSON" and any(w.pos_ == "NOUN" for w in words):
            break
        hyphened = k + 1 < len(doc) and doc[k + 1].text == "-" and not t.whitespace_  # "All-Pro"
        if not (t.pos_ in ("ADJ", "NOUN", "PROPN") or t.tag_ in ("VBG", "VBN") or t.text == "-" or hyphened):
            break  # "a two-time defending champion"
        words.append(t)
        k += 1
    while words and words[-1].pos_ not in ("NOUN", "PROPN"):
        words.pop()
    if not words:
        return None
    return re.sub(r"\s*-\s*", "-", "".join(w.text + w.whitespace_ for w in words).strip())


def _measured_after(doc: Doc, f: _Fig) -> str | None:
    """The noun a measure stands before as its modifier, past the words that build the noun up ("a 300 MW solar
    power station", "a 22 kW second on-board charging device", "150 kW DC fast charging support"): what the
    measure is of, however the parse hung the unit. None when no noun follows in a few words, or when the noun is
    a time ("ran 5 km Sunday morning") or a unit ("5 kg apiece")."""
    n = len(doc)
    k = f.end
    while k < n and k < f.end + 9:
        t = doc[k]
        glued = t.pos_ == "ADP" and not t.whitespace_ and k + 1 < n and doc[k + 1].text == "-"  # "on-board"
        if t.pos_ == "ADV" and k + 1 < n and doc[k + 1].pos_ in ("ADJ", "VERB") and doc[k + 1].tag_ != "VBD":
            k += 1  # "fast charging"
            continue
        if any(c.isdigit() for c in t.text) or not (
            t.pos_ in ("ADJ", "NOUN", "PROPN") or t.tag_ in ("VBG", "VBN") or t.text == "-" or glued
        ):
            return None  # not a run of specifications ('34" 3440x1440 1900R Curved 4ms ... Monitor')
        nxt = doc[k + 1] if k + 1 < n else None
        builds_on = nxt is not None and (nxt.pos_ in ("NOUN", "PROPN") or nxt.text == "-" or nxt.tag_ == "VBG")
        # the compound's last noun ("on-board charging device"); a name's last word only before a word that ends
        # the phrase ("61W ... GaN Wall Charger is"), not "150 kW DC fast charging" nor "87W Thunderbolt 3 dock"
        ends = nxt is None or nxt.pos_ in ("AUX", "ADP", "PUNCT", "CCONJ", "DET", "PART", "SCONJ", "PRON")
        ends = ends or (nxt.pos_ == "VERB" and nxt.tag_ != "VBG")
        if (t.pos_ == "NOUN" or (t.pos_ == "PROPN" and ends)) and not builds_on:
            low = _singular(t.lower_)
            if t.ent_type_ in ("DATE", "TIME") or low in _DURATION_UNITS or _unit_name(t.lower_):
                return None
            if low in _CHANGE_NOUNS_UP or low in _CHANGE_NOUNS_DOWN or low in _GENERIC_HEADS:
                return None  # "a 0.8-inch cut in headroom": the parse's "in" object says what the change moves
            words = [w for w in doc[f.end : k + 1] if w.lower_ not in _VAGUE_ADJ]
            while words and (words[0].text == "-" or (words[0].lower_ in _MEASURING_ADJECTIVES and len(words) > 1)):
                words = words[1:]  # "a 2-mile-long steel bridge": what the measure says is long is the bridge
            text = "".join(w.text + w.whitespace_ for w in words).strip()
            return re.sub(r"\s*-\s*", "-", text) or None
        k += 1
    return None
