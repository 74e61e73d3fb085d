"""Shopping and deal lines: a heading's price is its product's ("Apple AirPods 2 ... for $139"), a line that holds
only a price prices the line before it, "Get it at Walmart for $238.99"."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from extract.figures.about.verbs import CALL_TO_BUY
from extract.figures.core import _Fig, _singular
from extract.figures.money import _SYMBOLS
from extract.figures.units import _DURATION_UNITS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token


def _deal_line_about(doc: Doc, figs: list[_Fig]) -> None:
    """A deal's heading, a line with no verb: "[Label:] [N% Off] PRODUCT [with ...] for $X [(Originally $Y)]" or
    "..., Now $X". Its prices are the product's: "New Price Drop: 2019 Apple AirPods 2 Wireless Earphones for $139"
    was about 'Price Drop', "45% Off 65" LG 65UM7300 4K Smart HDTV, Now $549" about 'Dell eGift Card' (the bonus
    named after it), "70" Element 4K UHD Smart HDTV with Roku for $499.99" about 'K UHD Smart HDTV'. The product is
    the words after the label's colon and the discount, up to "," or "for", less a leading size or year; a bundle
    keeps its "with" ("Nintendo Switch Lite with Pokemon Sword or Shield and Case"), another product than the Lite."""
    done: dict[int, tuple[str, bool] | None] = {}
    for f in figs:
        if f.kind != "money" or f.start < 1:
            continue
        sent = doc[f.start].sent
        if sent.start not in done:
            done[sent.start] = _deal_product(doc, sent)
        found = done[sent.start]
        if found is None:
            continue
        product, signal = found
        if not signal and f.about is not None and f.about not in product:
            continue  # "Microsoft to Acquire LinkedIn for $26.2 Billion in Cash": no deal's mark, the parse's reading
        prev = doc[f.start - 1]
        bracket = prev.lower_ in ("originally", "regularly", "reg", "was") and doc[f.start - 2].text == "("
        if prev.lower_ == "for" or (prev.lower_ == "now" and doc[f.start - 2].text == ",") or bracket:
            f.about = product


# One-word labels of a caption or a credit line, which name no product ("Photo: Getty Images").
_CAPTION_LABELS = frozenset(("photo", "photos", "image", "images", "credit", "credits", "source", "video", "related"))


def _price_line_about(doc: Doc, figs: list[_Fig]) -> None:
    """A line that holds only a price is the price of the product the line before it names, as shopping lists set
    them out ("Apple AirPods with Charging Case (Latest Model)" / "$139.00" / "Available from Amazon"): the heading's
    words up to a dash, with the specifications that tell the model ("Apple iPad Pro (11-inch, Wi-Fi, 64GB) - Space
    Gray": Apple iPad Pro (11-inch, Wi-Fi, 64GB)).
    The heading is a line of no sentence: no verb, no full stop at its end, a capital first, a name in it."""
    if not any(f.kind == "money" and f.about is None for f in figs):
        return  # doc.text rebuilds the text from every token: only when a price may be on a line of its own
    text = doc.text
    for f in figs:
        if f.kind != "money" or f.about is not None:
            continue
        a, b = doc[f.start].idx, doc[f.end - 1].idx + len(doc[f.end - 1])
        line_start = text.rfind("\n", 0, a) + 1
        line_end = text.find("\n", b)
        line_end = len(text) if line_end < 0 else line_end
        if text[line_start:a].strip() or text[b:line_end].strip():
            continue
        before = text[:line_start].rstrip()
        head_start = before.rfind("\n") + 1
        heading = before[head_start:].strip()
        if not heading or not heading[0].isupper() or heading[-1] in ".!?:" or len(heading.split()) > 15:
            continue
        span = doc.char_span(head_start, len(before), alignment_mode="expand")
        if span is None or any(t.pos_ in ("VERB", "AUX") and t.tag_ not in ("VBN", "VBG") for t in span):
            continue
        if not any(t.pos_ == "PROPN" for t in span):
            continue  # "Prices" / "$5": a heading that names no product
        label, colon, rest = heading.partition(":")
        if colon:
            if label.strip().lower() in _CAPTION_LABELS or not rest.strip():
                continue  # a caption ("Photo: Getty Images"): no product (review s21 r1b LOW-12)
            heading = rest.strip()  # "Best overall: Apple AirPods Pro 2": the product after the label (r2b HIGH-1)
        # the name with its specifications, which tell one model from another (a colour or an edition after a dash,
        # a bracket of no figures, "(Latest Model)", do not)
        name = re.split(r"\s+[-\u2013\u2014]\s+", heading, maxsplit=1)[0]
        name = re.sub(r"\s*\([^()\d]*\)", "", name).strip()
        if name and not name[0].isdigit():
            f.about = name


def _deal_product(doc: Doc, sent: Span) -> tuple[str, bool] | None:
    """The product a deal's heading names (see _deal_line_about), or None for a line that is no deal heading, with
    whether the line has a deal's mark (a label's colon, "N% Off", ", Now $N", "(Originally $N)")."""
    words = [t for t in sent if not t.is_space]
    if len(words) > 40:
        return None
    priced = [
        t.i
        for t in words
        if (t.lower_ == "for" and t.i + 1 < sent.end and doc[t.i + 1].text in _SYMBOLS)
        or (t.text == "," and t.i + 2 < sent.end and doc[t.i + 1].lower_ == "now")
    ]
    if len(priced) != 1:
        # none, or a list of deals ("Today's deals: AirPods Pro for $199, Echo Dot for $25"): each price is its own
        # product's, as the parse reads them, not all the first one's (review s17 r3 HIGH-1)
        return None
    end = priced[0]
    named_verb = doc[end - 1] if end > sent.start else None  # "Sonos Move for $400": a capitalised base form
    if any(
        (t.pos_ in ("VERB", "AUX") or (t.pos_ == "PART" and t.tag_ not in ("POS", "TO")))
        and not (t.i == end - 1 and t.text[:1].isupper() and not _past_form(t, lexical=True))
        for t in words
    ):
        # "Braun's Ithaca Holdings purchased Big Machine for $300M", "Disney Buys 21st Century Fox for $71.3 Billion"
        # (a headline's verb in Title Case, review s17 HIGH-1), "Tesla Sued for $1 Billion" (HIGH-2): a sentence,
        # not a deal's heading; a capitalised base form that ends the name right before "for" is the product's
        # ("Sonos Move for $400"), a possessive is part of a name ("Amazon's Echo Dot")
        return None
    start = sent.start
    signal = doc[end].text == "," or any(t.lower_ in ("originally", "regularly") for t in doc[end : sent.end])
    for t in doc[sent.start : end]:
        if t.text == ":":
            start, signal = t.i + 1, True  # "New Price Drop: ..."
        elif t.lower_ == "off" and t.i > start and (doc[t.i - 1].text == "%" or doc[t.i - 1].like_num):
            start, signal = t.i + 1, True  # "35% Off Dell Alienware ...", "$10 Off ..."
    if any(t.lower_ == "to" for t in doc[start:end]):
        return None  # "Microsoft to Acquire LinkedIn for ...": an infinitive (not "Up to 40% Off ..." before it)
    if not signal and named_verb is not None and _past_form(named_verb, lexical=True):
        return None  # "Picasso Painting Sold for $179 Million", "Mansion Listed for $95 Million" (HIGH-2)
    stop = next((t.i for t in doc[start:end] if t.text in (",", "(")), end)
    span = [t for t in doc[start:stop] if not t.is_space]
    while len(span) > 1 and (span[0].like_num or span[0].text in ('"', "″") or _SIZED.fullmatch(span[0].text)):
        span.pop(0)  # '70" Element 4K UHD Smart HDTV', "2019 Apple AirPods 2"
        if span and span[0].text in ('"', "″"):
            span.pop(0)
    if len(span) > 2 and _DURATION_UNITS.get(_singular(span[0].lower_)) and span[1].lower_ == "of":
        span = span[2:]  # "4 Month of Amazon Music Unlimited for $0.99": the service
    if not span or not any(t.pos_ == "PROPN" for t in span) or span[0].text[:1].islower():
        return None
    if len(span) > 12:
        span = span[:3]  # "Dell Alienware AW3418DW 34" 3440x1440 ... Gaming Monitor": the brand and model
    return doc[span[0].i : span[-1].i + 1].text, signal


@lru_cache(maxsize=1)
def _irregular_past() -> frozenset[str]:
    """The irregular past forms of English verbs ("sold", "bought", "paid", "won", "sank", "sunk"), from the spaCy
    model's lemmatizer exceptions (the pipeline loads without its lemmatizer; the table ships with every English
    model, so the one installed is read, no model loaded): every verb exception but the "-ing" and "-s" forms
    ("caddies"), compounds ("co-opts"), the forms of "be" and "have" ("is", "has"), and the forms that are also a
    noun or a verb of their own in the same tables, which a product's name may end with ("DeWalt Circular Saw",
    "Casper Original Bed", "Ground", "Rose"; review s19 r1 MED-11). Empty without such a table."""
    from spacy.lookups import Lookups
    from spacy.util import get_package_path

    from extract.pipeline import ModelError, choose_model

    try:
        found = sorted(get_package_path(choose_model()).glob("**/lemmatizer/lookups/lookups.bin"))
    except (ModelError, ImportError, OSError):
        found = []
    if not found:
        return frozenset()
    lookups = Lookups().from_disk(found[0].parent)
    table = lookups.get_table("lemma_exc", {}).get("verb", {})
    index = lookups.get_table("lemma_index", {})
    words = {w for pos in ("noun", "verb") for w in index.get(pos, ())}
    return frozenset(
        form
        for form, lemmas in table.items()
        if not form.endswith(("ing", "s"))
        and not {"_", "-"} & set(form)
        and not {"be", "have"} & set(lemmas)
        and form not in words
    )


def _past_form(t: Token, lexical: bool = False) -> bool:
    """A capitalised word right before "for $N" that reads as a past tense or participle ("Sold", "Sued", "Fined",
    "Listed", "Auctioned"), which the tagger may call a name in a Title Case headline; ``lexical``: by the word
    alone, not the tagger's tag ("Amazon Music Unlimited", tagged VBN, is a name)."""
    low = t.lower_
    if (t.tag_ in ("VBD", "VBN") and not lexical) or low in _irregular_past():
        return True
    if len(low) < 4 or not low.endswith("ed"):
        return False
    from wordfreq import zipf_frequency  # imported on first use, as core.py does (about 0.3 s)

    # "-ed" on a common word: "Sued" (sue), "Listed" (list), "Fined" (fine); not "Unlimited"
    return max(zipf_frequency(low[:-1], "en"), zipf_frequency(low[:-2], "en")) >= 3.5


# A size glued to its mark at the start of a heading: '65"', "70-inch".
_SIZED = re.compile(r"\d+(?:\.\d+)?(?:\"|″|-inch|in)")


def _bought_it_about(doc: Doc, figs: list[_Fig]) -> None:
    """ "Get it at Walmart for $238.99" after a deal's heading "Nintendo Switch Lite with ... Case for $238.99": the
    price the call to buy 'it' repeats is the heading's, so it is about the same thing (the 'it' points back past
    the deal's description, where no parse can follow it). Only an imperative buying verb opening its sentence,
    with 'it'/'one' as its object, and an earlier price of the same value and currency."""
    for i, f in enumerate(figs):
        if f.kind != "money" or f.about is not None or f.value is None:
            continue
        sent = doc[f.start].sent
        v = sent[0]
        if (
            v.lower_ not in CALL_TO_BUY
            or v.tag_ != "VB"
            or not any(c.dep_ == "dobj" and c.lower_ in ("it", "one") for c in v.children)
        ):
            continue
        same = next((g for g in reversed(figs[:i]) if (g.kind, g.value, g.unit) == ("money", f.value, f.unit)), None)
        if same is not None and same.about:
            f.about = same.about
