"""Discounts: what "N off X" is taken off, and "N off its highs", which is no discount."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from extract.figures.about.phrases import _VAGUE_ADJ
from extract.figures.about.times import _when
from extract.figures.core import _Fig, _singular

if TYPE_CHECKING:
    from spacy.tokens import Doc


# Levels a price is "N off" without being discounted ("2% off its highs"): the subject is what is measured.
_OFF_LEVELS = {"high", "highs", "low", "lows", "peak", "peaks", "record", "records", "level", "levels", "top", "best"}


# Verbs that say where a price stands ("Shares now trade 40% off the IPO price"): "N off X" is then how far the
# subject is from X, not a discount taken off X.
_STANDING_VERBS = {
    f"{stem}{end}"
    for stem in ("trade", "close", "end", "finish", "sit", "hover", "stand", "remain", "stay", "open", "settle")
    for end in ("", "s", "d", "ed", "ing")
} | {"sat", "sitting", "stood", "trading", "closing", "settling", "hovering"}


# What a discount is called: the subject of "The sale ends today with 40% off" or "The offer remains 25% off all
# orders" runs a discount, it does not stand at a level.
_DEAL_NOUNS = {"sale", "deal", "offer", "promotion", "promo", "discount", "coupon", "code", "voucher", "event"}


def _off_level(doc: Doc, f: _Fig) -> bool:
    """Whether "N off X" says how far the subject stands from X: the figure hangs right on a standing verb
    ("Shares now trade 40% off the IPO price", "The stock closed 3% off its record"), not through a preposition
    ("The sale ends today with 40% off all jackets"), and the subject is no sale or offer."""
    t = doc[f.end - 1]
    while f.start <= t.head.i < f.end and t.head.i != t.i:
        t = t.head  # the figure's own root ("%" of "40 %", "200" of "$ 200")
    if t.dep_ not in ("npadvmod", "dobj", "attr", "advmod", "acomp", "oprd", "nmod"):
        return False
    verb = t.head
    if verb.pos_ not in ("VERB", "AUX") or verb.lower_ not in _STANDING_VERBS:
        return False
    return not any(c.dep_ in ("nsubj", "nsubjpass") and _singular(c.lower_) in _DEAL_NOUNS for c in verb.children)


def _past_date_modifier(doc: Doc, k: int) -> int | None:
    """Where the noun a date word at k modifies begins, when it does ("Black Friday deals", "summer dresses",
    "Tuesday's delivery fee", "Sunday Riley skincare"); None when the date stands alone ("$200 off today", "$50
    off this weekend", "$300 off Black Friday.")."""
    n = len(doc)
    j = k
    while j < n and j < k + 5 and (_when(doc[j]) or doc[j].tag_ == "POS"):
        j += 1
    m = j
    while m < n and m < j + 3 and doc[m].pos_ == "ADJ":
        m += 1  # "tomorrow's best deals"
    if m >= n or j == k or doc[m].pos_ not in ("NOUN", "PROPN") or any(c.isdigit() for c in doc[m].text):
        return None
    # the parse hangs a date word on the noun after it, or the noun after it is a common noun ("Halloween
    # costumes", which the parse may split); a name after a date is another phrase ("$20 off today Amazon says")
    if doc[m].pos_ == "NOUN" or any(doc[i].head.i >= j for i in range(k, j)):
        return j
    return None


def _discounted(doc: Doc, k: int) -> str | None:
    """What a discount ("N off X") is taken off: the noun phrase from token k, without its article, up to the
    first word that is no part of a name or noun ("$10 Off Nintendo Switch Lite and ...", "nearly $600 off the
    original price"); a model code or a size ends it ('35% Off Dell Alienware AW3418DW 34" ...')."""
    n = len(doc)
    while k < n and (doc[k].pos_ == "DET" or (doc[k].lower_ in _VAGUE_ADJ and not _when(doc[k]))):
        k += 1  # "the", "select"; not "last" of "last year's MacBook Air"
    words = []
    while k < n and len(words) < 6:
        t = doc[k]
        if any(c.isdigit() for c in t.text) or not (t.pos_ in ("ADJ", "NOUN", "PROPN") or t.text == "-"):
            break
        if _when(t):
            j = _past_date_modifier(doc, k)
            if j is not None:
                words.extend(doc[k:j])  # "Black Friday deals", "summer dresses", "last year's MacBook Air"
                k = j
                continue
            while words and words[-1].head.i == t.i:
                words.pop()  # "Black" of "Black Friday"
            break  # "$200 off today", "$50 off this weekend": when, not what
        words.append(t)
        k += 1
    while words and words[-1].pos_ == "ADJ":
        words.pop()
    if not words or not any(w.pos_ in ("NOUN", "PROPN") for w in words):
        return None
    if (k < n and doc[k].tag_ == "POS") or words[-1].lower_ in _OFF_LEVELS:
        return None  # "closed 2% off the day's highs", "3% off its record": how far the subject is from a level
    text = "".join(w.text + w.whitespace_ for w in words).strip()
    return re.sub(r"\s*-\s*", "-", text)
