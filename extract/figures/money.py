"""Currencies: symbols, ISO 4217 codes and names (from pycountry), subunits, and currency context around a number."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

import pycountry

from extract import datelines
from extract.figures.core import _match_phrase, _names_the_us, _Num, _singular, _to_float_or
from extract.figures.scales import _SCALE_WORDS, _scale_at
from extract.figures.units import _UNIT_SYMBOLS, _unit_name
from extract.quotes.lexicon import verb_forms
from extract.repair import zipf

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token


# fmt: off
_SUBUNITS = {"cent": "cent", "cents": "cent", "¢": "cent", "dime": "dime", "dimes": "dime", "penny": "penny",
             "pennies": "penny", "pence": "pence", "p": "pence", "kopeck": "kopeck", "kopecks": "kopeck",
             "paise": "paise"}
_SUBUNIT_CURRENCY = {"penny": "GBP", "pence": "GBP", "kopeck": "RUB", "paise": "INR"}
# Currency symbols; letters before "$" name the dollar ("C$", "HK$"), per ISO 3166 country code where possible.
_SYMBOLS = {"€": "EUR", "£": "GBP", "¥": "JPY", "₹": "INR", "₽": "RUB", "₩": "KRW", "₺": "TRY", "₪": "ILS",
            "₴": "UAH", "₦": "NGN", "₱": "PHP", "฿": "THB", "₫": "VND",
            "₡": "CRC", "₾": "GEL", "₭": "LAK",
            "₸": "KZT", "₮": "MNT", "₲": "PYG", "₵": "GHS", "₼": "AZN", "元": "CNY", "₿": "BTC",
            "zł": "PLN", "Rs": "INR", "Rs.": "INR",
            "R$": "BRL", "Mex$": "MXN", "US$": "USD", "U.S.$": "USD", "A$": "AUD", "AU$": "AUD", "C$": "CAD",
            "CA$": "CAD", "CAN$": "CAD", "Can$": "CAD", "AUS$": "AUD", "Aus$": "AUD", "NZ$": "NZD",
            "HK$": "HKD", "S$": "SGD", "NT$": "TWD", "$": "USD"}
# Letter prefixes glued to an amount in regional copy ("R59 billion", "Sh50 billion", "N5 trillion", "RM2bn"); the
# one-letter ones are also labels ("Cinebench R20"), so all of them count only before a scale word.
_LETTER_PREFIXES = {"R": "ZAR", "N": "NGN", "Sh": "KES", "KSh": "KES", "Ksh": "KES", "RM": "MYR", "Rp": "IDR",
                    "Rs": "INR", "Rs.": "INR"}
_NOT_CURRENCY_CODES = {"ALL", "TOP", "CUP", "BOB", "PEN", "MAD", "SOS", "GEL", "CHE", "STD", "MOP", "SOL", "VES",
                       "BAM", "AMD", "PAB", "ANG"}
_DEFAULT_FOR_NAME = {"dollar": "USD", "pound": "GBP", "franc": "CHF", "peso": "MXN", "rupee": "INR", "krone": "DKK",
                     "krona": "SEK", "won": "KRW", "dinar": "KWD", "riyal": "SAR", "rial": "IRR", "shilling": "KES",
                     "real": "BRL", "lira": "TRY", "ruble": "RUB", "rouble": "RUB", "yuan": "CNY", "renminbi": "CNY",
                     "rmb": "CNY", "sterling": "GBP", "euro": "EUR", "yen": "JPY", "shekel": "ILS", "dirham": "AED",
                     "rand": "ZAR", "kwacha": "ZMW", "dong": "VND", "leu": "RON", "lev": "BGN", "koruna": "CZK",
                     "sheqel": "ILS", "rupiah": "IDR", "ringgit": "MYR", "baht": "THB", "naira": "NGN",
                     "hryvnia": "UAH", "zloty": "PLN", "forint": "HUF", "cedi": "GHS", "taka": "BDT"}
_ADJ_CURRENCY = {"us": "USD", "u.s.": "USD", "american": "USD", "canadian": "CAD", "australian": "AUD",
                 "hong kong": "HKD", "new zealand": "NZD", "singapore": "SGD", "taiwan": "TWD", "swiss": "CHF",
                 "french": "FRF", "british": "GBP", "egyptian": "EGP", "mexican": "MXN", "indian": "INR",
                 "pakistani": "PKR", "russian": "RUB", "chinese": "CNY", "japanese": "JPY", "turkish": "TRY",
                 "south african": "ZAR", "brazilian": "BRL", "argentine": "ARS", "danish": "DKK", "swedish": "SEK",
                 "norwegian": "NOK", "israeli": "ILS", "saudi": "SAR", "korean": "KRW", "south korean": "KRW",
                 "north korean": "KPW", "finnish": "FIM", "dutch": "NLG", "german": "DEM", "philippine": "PHP"}
# fmt: on


@lru_cache(maxsize=1)
def _currency_name_heads() -> frozenset[str]:
    """Every proper prefix of a currency name (for _match_phrase: "australian" of "australian dollar")."""
    return frozenset(name[:k] for name in _currency_names() for k in range(1, len(name)))


@lru_cache(maxsize=1)
def _currency_names() -> dict[str, str]:
    """Lower-case currency names (singular and plural) -> ISO 4217 code."""
    names: dict[str, str] = {}
    skip = (
        "unidad",
        "bond",
        "wir",
        "next day",
        "sdr",
        "(",
        "fund",
        "silver",
        "gold",
        "palladium",
        "platinum",
        "codes",
        "transactions",
        "sucre",
        "adb",
    )
    for cur in pycountry.currencies:
        name = cur.name.lower().replace("’", "'")
        if any(s in name for s in skip):
            continue
        names.setdefault(name, cur.alpha_3)
    for word, code in _DEFAULT_FOR_NAME.items():
        names[word] = code
    for adj, code in _ADJ_CURRENCY.items():
        for base in (
            "dollar",
            "pound",
            "franc",
            "peso",
            "rupee",
            "krone",
            "krona",
            "won",
            "yuan",
            "yen",
            "ruble",
            "rouble",
            "lira",
            "rand",
            "real",
            "shekel",
            "riyal",
            "mark",
            "markka",
            "guilder",
        ):
            names.setdefault(f"{adj} {base}", code)
    names.update(
        {
            "us dollar": "USD",
            "u.s. dollar": "USD",
            "american dollar": "USD",
            "deutsche mark": "DEM",
            "deutschmark": "DEM",
            "finnish markka": "FIM",
            "markka": "FIM",
            "guilder": "NLG",
            "dutch guilder": "NLG",
            "netherlands guilder": "NLG",
            "peseta": "ESP",
            "french franc": "FRF",
            "lira sterling": "GBP",
            "pound sterling": "GBP",
            "yuan renminbi": "CNY",
            "bitcoin": "BTC",
            "satoshi": "satoshi",
            "kuai": "CNY",
        }
    )
    plural: dict[str, str] = {}
    for name, code in names.items():
        last = name.rsplit(" ", 1)[-1]
        if last.endswith(("y",)) and not last.endswith(("ey", "ay")):
            plural[name[:-1] + "ies"] = code
            plural[name + "s"] = code  # borrowed names take a plain s: "zlotys" more often than "zloties"
        elif not last.endswith(("s", "yen", "yuan", "won", "rand", "baht", "renminbi", "rmb", "naira", "dong", "kuai")):
            plural[name + "s"] = code
        if last == "real":
            plural[name[:-4] + "reais"] = code
        if last in ("lira",):
            plural[name[:-4] + "lire"] = code
        if last in ("krona", "krone"):
            plural[name[:-1] + "or"] = code
            plural[name[:-1] + "er"] = code
    names.update(plural)
    return names


@lru_cache(maxsize=1)
def _currency_codes() -> frozenset[str]:
    # BTC is no ISO 4217 code but is written like one in financial news.
    return frozenset(c.alpha_3 for c in pycountry.currencies) - _NOT_CURRENCY_CODES | {"BTC"}


def _symbol_currency(pre: str) -> str | None:
    if pre in _SYMBOLS:
        return _SYMBOLS[pre]
    if pre.endswith("$") and len(pre) >= 2:
        code = pre[:-1].upper()
        if len(code) == 3 and code in _currency_codes():
            return code  # "nzd$15"
        return _SYMBOLS.get(pre.upper()) or _SYMBOLS.get(code + "$")
    if len(pre) == 3 and pre.isupper() and pre in _currency_codes():
        return pre
    return None


# Major currency codes that are no English word, so that they are codes in lower case too ("3 million usd").
_LOWER_CODES = frozenset(
    (
        "usd",
        "eur",
        "gbp",
        "jpy",
        "chf",
        "cny",
        "aud",
        "cad",
        "nzd",
        "hkd",
        "sgd",
        "inr",
        "rub",
        "sek",
        "nok",
        "dkk",
        "pln",
        "brl",
        "mxn",
        "zar",
        "krw",
        "uah",
        "btc",
    )
)


def _currency_after(doc: Doc, i: int) -> tuple[str, int] | None:
    """A currency name or code at token i ("dollars", "Australian dollars", "USD", "euros")."""
    if i >= len(doc):
        return None
    t = doc[i]
    if t.text.isupper() and len(t.text) == 3 and t.text in _currency_codes():
        return t.text, 1
    if t.text in _LOWER_CODES:
        j = i - 1
        while j > 0 and (doc[j].like_num or doc[j].lower_ in _SCALE_WORDS or doc[j].lower_ in ("half", "a")):
            j -= 1
        if j < i - 1 and (doc[j].lower_ in _LOWER_CODES or doc[j].lower_ == "rmb"):
            return None  # "10 rmb 20 usd": a code written before the number is its currency, this one the next's
        return t.text.upper(), 1  # "half million usd", "500 eur": a major code written in lower case
    if t.text in ("MUSD", "MEUR", "MGBP", "MAUD", "MCHF"):
        return t.text[1:] + "*1e6", 1
    names = _currency_names()
    hit = _match_phrase(doc, i, names, 3, _currency_name_heads())
    if hit:
        code, k = hit
        # Common words are currencies only after a scale word ("5 billion won").
        if (
            doc[i].lower_ in ("won", "real", "rand", "mark", "dong", "lev", "leu")
            and k == 1
            and not (i > 0 and doc[i - 1].lower_ in _SCALE_WORDS)
        ):
            return None
        if doc[i].lower_ in ("pound", "pounds") and k == 1:
            return None  # decided by _pounds_are_money
        if k == 1:
            code = _story_currency(doc, _singular(doc[i].lower_), i) or code  # "the peso" in a story on Argentina
        return code, k
    return None


# Units of mass that "pounds" may restate as a conversion ("20 tonnes (44,000 pounds)"), in pounds.
_MASS_IN_POUNDS = {
    "metric ton": 2204.62,
    "ton": 2000.0,
    "long ton": 2240.0,
    "kilogram": 2.20462,
    "gram": 0.00220462,
    "ounce": 0.0625,
    "stone": 14.0,
}
# Words between a measure and its conversion: "20 tonnes (44,000 pounds)", "500 tons of fuel, or 1.1 million".
_CONVERSION_GAP = frozenset(("(", ",", "or", "about", "around", "roughly", "nearly", "some", "approximately"))
# Words naming which ton a "ton" is: "20,000 metric tons" (a tonne), "short tons" (2,000 pounds), "long tons".
_TON_KINDS = {"metric": "metric ton", "short": "ton", "long": "long ton"}


def _number_ending(doc: Doc, k: int) -> float | None:
    """The value of the number whose last token is k, with its scale: "20,000", "2.5 million", "1.5m", "five
    million" (number words read as the number reader reads them)."""
    from extract.figures.numbers import _word_numbers  # numbers.py imports this module

    if k < 0:
        return None
    scale = _scale_at(doc, k, True) if k >= 1 else None
    if scale is not None and doc[k - 1].like_num and any(c.isdigit() for c in doc[k - 1].text):
        k, factor = k - 1, scale[0]
    else:
        factor = 1.0
    if any(c.isdigit() for c in doc[k].text):
        value = _to_float_or(doc[k].text, -1.0)
        return value * factor if value >= 0 else None
    start = max(doc[k].sent.start, k - 6)
    lowers = [t.lower_ for t in doc[start : k + 1]]
    ends = [v for _, (end, v, ordinal) in _word_numbers(lowers).items() if end == len(lowers) and not ordinal]
    return ends[0] if ends else None


def _mass_in_pounds(doc: Doc, u: int) -> float | None:
    """The mass written as a number and a unit of mass ending at token u ("20 tonnes", "2.5 million tons", "20,000
    metric tons", "five million tonnes"), in pounds, or None."""
    name = _unit_name(doc[u].lower_) or _UNIT_SYMBOLS.get(doc[u].text) or ""
    k = u - 1
    if name == "ton" and k >= 0 and doc[k].lower_ in _TON_KINDS:
        name, k = _TON_KINDS[doc[k].lower_], k - 1
    per = _MASS_IN_POUNDS.get(name)
    if per is None or k < 0:
        return None
    value = _number_ending(doc, k)
    return None if value is None else value * per


def _converts_a_mass(doc: Doc, num: _Num, i: int) -> bool:
    """ "pounds" that restate a mass written beside them are weight, however large: "20 tonnes (44,000 pounds)",
    "500 tons of fuel, or 1.1 million pounds", "1.1 million pounds (about 500 metric tons)". The other measure is a
    number and a unit of mass, at most three words away (past "of" and what is weighed), across "(" or "or", and it
    weighs what the pounds say (within a fifth: "500 tonnes of aid, or 20 million pounds" is money)."""

    def same(mass: float | None) -> bool:
        return mass is not None and abs(mass - num.value) <= 0.2 * max(mass, num.value)

    sent = doc[i].sent
    k = num.start - 1
    gap = []
    while k >= sent.start and doc[k].lower_ in _CONVERSION_GAP:
        gap.append(doc[k].lower_)
        k -= 1
    near = range(k, max(sent.start, k - 3) - 1, -1)
    if ("(" in gap or "or" in gap) and k > sent.start and any(same(_mass_in_pounds(doc, u)) for u in near):
        return True
    j = i + 1
    if j >= sent.end or doc[j].text != "(":
        return False
    while j < sent.end and doc[j].lower_ in _CONVERSION_GAP:
        j += 1
    return any(same(_mass_in_pounds(doc, u)) for u in range(j + 1, min(sent.end, j + 5)))


_WEIGH = frozenset(("weigh", "weighs", "weighed", "weighing", "weight", "weights"))
# Verbs and nouns of moving a load, whose "pounds" are the load's weight: "The truck can tow 10,000 pounds", "the
# crane can lift 40,000 pounds", "a towing capacity of 12,000 pounds", "a payload of 50,000 pounds".
_HAULING = frozenset(verb_forms("tow haul hoist"))
# "lift" and "carry" move money as often as loads ("Thieves lifted 2 million pounds", "The job carries 80,000 pounds
# a year"): a load only when they say what a thing can move ("The crane can lift 40,000 pounds").
_HAULING_IF_ABLE = frozenset(verb_forms("lift carry:carried"))
_LOAD_NOUNS = frozenset(("towing", "payload", "load"))


def _money_noun(t: Token) -> bool:
    return t.lower_ in _MONEY_NOUNS or _singular(t.lower_) in _MONEY_NOUNS


def _hauled(doc: Doc, num: _Num, i: int) -> bool:
    """ "pounds" that are the load a hauling verb moves, its object ("The truck can tow 10,000 pounds", "the crane
    can lift 40,000 pounds"), or that a load noun measures ("a towing capacity of 12,000 pounds", "a payload of
    50,000 pounds"). Not an amount in millions or per a time, money measured out "in"/"of" money ("carry 100
    million pounds in losses", "carries 20,000 pounds of debt"), nor a load of money ("a debt load of 500 million
    pounds"): review r1 HIGH-1, MED-3."""
    if num.scaled or num.value >= 1e6:
        return False
    nxt = doc[i + 1] if i + 1 < len(doc) else None
    if nxt is not None and (nxt.lower_ in ("a", "an", "per", "each", "every") or nxt.lower_ in ("in", "of")):
        after = doc[i + 2] if i + 2 < len(doc) else None
        if nxt.lower_ in ("in", "of") and after is not None and (_money_noun(after) or after.pos_ == "ADJ"):
            return False  # "in fines", "in new taxes", "of debt"
        if nxt.lower_ not in ("in", "of"):
            return False  # "80,000 pounds a year"
    t = doc[i]
    if t.dep_ == "dobj" and t.head.lower_ in _HAULING:
        return True  # not "lifted its offer to 50,000 pounds" (a level), nor "carried the team to a win worth ..."
    if t.dep_ == "dobj" and t.head.lower_ in _HAULING_IF_ABLE:
        v = t.head
        able = v.head if v.dep_ == "xcomp" else None  # "is able to lift"
        return any(c.lower_ in ("can", "could") for c in v.children) or (able is not None and able.lower_ == "able")
    # "a towing capacity of 12,000 pounds", "a payload of 50,000 pounds": the noun the "of" hangs on
    k = num.start - 1
    if k > t.sent.start and doc[k].lower_ == "of":
        head = doc[k].head
        mods = [c for c in head.children if c.dep_ in ("compound", "amod")]
        if any(_money_noun(c) for c in mods):
            return False  # "a debt load of 500 million pounds"
        return head.lower_ in _LOAD_NOUNS or any(c.lower_ in _LOAD_NOUNS for c in mods)
    return False


def _weighed(doc: Doc, num: _Num, i: int) -> bool:
    """ "pounds" that a weighing word governs ("the rocket weighs 1.4 million pounds", "Weighing 300 pounds, ...")
    or that follow one closely ("a weight of 5,000 pounds"), or a load hauled (see _hauled). A weight elsewhere in
    the sentence does not make a fee a weight: "The club paid 40 million pounds for the striker, who weighs 170
    pounds"."""
    if any(a.lower_ in _WEIGH for a in doc[i].ancestors):
        return True
    sent = doc[i].sent
    if any(doc[k].lower_ in _WEIGH for k in range(max(sent.start, num.start - 4), num.start)):
        return True
    obj = _of_object(doc, i)
    if obj is not None and _money_noun(obj):
        return False
    return _hauled(doc, num, i)


# What money is measured out as ("40 million pounds of taxpayers' money", "50 million pounds of aid"): "pounds of"
# anything else is its weight.
_MONEY_NOUNS = frozenset(
    (
        "money", "cash", "fund", "funding", "investment", "debt", "saving", "credit", "loan", "tax", "revenue",
        "profit", "sale", "income", "aid", "budget", "spending", "subsidy", "grant", "donation", "bonus", "payment",
        "compensation", "damage", "fee", "fine", "salary", "wage", "earnings", "share", "stock", "bond", "asset",
        "equity", "capital", "reserve", "deposit", "voucher", "value", "expenditure", "contract", "cost", "prize",
        "winnings", "pension", "benefit", "support", "relief", "cut", "loss", "sterling", "fortune", "wealth",
        "proceeds", "dividend", "overdraft", "bill", "rent", "rebate", "refund", "bailout", "settlement", "award",
        "good", "goods", "export", "import", "trade", "property", "arms", "gilt", "sponsorship", "pledge", "ransom",
        "bribe", "tuition", "premium", "takings", "turnover", "spend",
    )
)  # fmt: skip


def _of_object(doc: Doc, i: int) -> Token | None:
    """The noun after "pounds of" at token i, or None."""
    if i + 2 >= len(doc) or doc[i + 1].lower_ != "of":
        return None
    obj = next((c for c in doc[i + 1].children if c.dep_ == "pobj"), None)
    return obj if obj is not None and obj.pos_ in ("NOUN", "PROPN") else None


def _pounds_of_a_thing(doc: Doc, i: int) -> bool:
    """ "pounds of" a thing that is no money, which the pounds weigh: "sold three pounds of methamphetamine",
    "donated 40,000 pounds of chicken", "bought 40 pounds of potatoes"; "pounds of taxpayers' money", "of donations"
    or "of tax rises" is sterling (the noun, or a noun compounded with it, is what money is measured out as)."""
    obj = _of_object(doc, i)
    if obj is None:
        return False
    if obj.ent_type_ in ("PERSON", "GPE", "NORP", "MONEY") and obj.text[:1].isupper():
        return False  # "pounds of Britain's": an owner, not a thing (the tagger may call a drug an ORG or a PERSON)
    words = [obj] + [c for c in obj.children if c.dep_ == "compound"]
    return not any(_money_noun(w) for w in words)


# Connecting words between an amount in pounds and its conversion: "4 billion pounds (about $5 billion)", "4
# billion pounds, or about $5 billion", "pounds ($5.7 billion)".
_CONVERSION_GAP = frozenset(
    ("(", ",", "or", "about", "around", "roughly", "some", "nearly", "almost", "approximately", "equal", "to",
     "equivalent", "—", "–", "-")
)  # fmt: skip


def _sterling_cue(doc: Doc, t: Token) -> bool:
    """Whether token t shows the story's pounds are sterling: '£', "GBP", "sterling" as a word (not part of a name
    such as Sterling Heights or Sterling Bancorp), "pence" after a number (not Mike Pence), or pounds converted into
    another currency ("4.6 billion pounds ($5.7 billion)", "4 billion pounds, or about $5 billion"). "penny" (a US
    cent too) and "quid" ("quid pro quo") show nothing."""
    if t.text.startswith("£") or t.text.startswith("GBP"):
        return True
    low = t.lower_
    if low == "sterling":
        if t.text == "sterling":
            return True
        nxt = doc[t.i + 1 : t.i + 3]  # "Sterling Heights", "Sterling, Illinois": a name goes on
        named = len(nxt) > 0 and (
            nxt[0].pos_ == "PROPN" or (nxt[0].text == "," and len(nxt) > 1 and nxt[1].pos_ == "PROPN")
        )
        return not named and t.ent_type_ not in ("PERSON", "GPE", "ORG", "FAC", "LOC")
    if low == "pence":
        return t.i > 0 and doc[t.i - 1].like_num and t.pos_ != "PROPN" and t.ent_type_ != "PERSON"
    if low not in ("pound", "pounds") or t.i == 0 or not doc[t.i - 1].like_num:
        return False
    end = min(t.sent.end, t.i + 6)
    for k in range(t.i + 1, end):
        w = doc[k]
        if w.text in ("$", "US$", "€") or (w.text in _SYMBOLS and w.text != "£"):
            return k > t.i + 1 and doc[t.i + 1].lower_ != "of"  # "13 billion pounds of cheese, worth $20 billion"
        if w.lower_ not in _CONVERSION_GAP:
            return False
    return False


def _sterling_story(doc: Doc) -> bool:
    """Whether the document names sterling (see _sterling_cue). Large pounds there are money; a dollar figure beside
    pounds of a thing is no sign ("13 billion pounds of cheese, worth $20 billion"). Computed once per document."""
    key = "figures.sterling_story"
    if key not in doc.user_data:
        doc.user_data[key] = any(_sterling_cue(doc, t) for t in doc)
    return bool(doc.user_data[key])


@lru_cache(maxsize=1)
def _british_words() -> tuple[frozenset[str], tuple[str, ...]]:
    """Names of the United Kingdom as a whole place (its names, "Britain" from its official name, "UK"/"U.K.", and
    from pycountry its nations and the City of London: England, Scotland, Wales, Northern Ireland, London) and the
    stems of its peoples' names ("Brit": British, Briton). Not its counties and towns: York, Hampshire, Kent, Durham,
    Norfolk also name places in America ("New York-based Human Rights Watch", review r2 HIGH-5)."""
    gb = pycountry.countries.get(alpha_2="GB")
    # "Kingdom", "Britain" (not "Ireland": another country's name; not "Northern")
    words = {w for w in gb.official_name.split() if len(w) >= 7 and w.isalpha() and w != "Northern"}
    words = {w for w in words if pycountry.countries.get(name=w) is None}
    nations = {
        s.name.split(",")[0].split(" [")[0]
        for s in pycountry.subdivisions.get(country_code="GB")
        if s.type in ("Country", "Province", "City corporation")
    }
    names = {gb.name, "Great Britain", "UK", "U.K.", *words, *nations}
    return frozenset(names), tuple(w[:4] for w in words)


def _british_cue(doc: Doc) -> bool:
    """Whether the document names a British place, institution or people ("the Bank of England said British banks
    hold 20 billion pounds"): its bare pounds may be sterling whatever other pound it names (review r1 MED-2). A
    place must be one of the UK's names as a whole ("Wales", "the U.K.", not "New York" for its "York"); an
    institution must carry one ("Bank of England", "The U.K. government"). Computed once per document."""
    key = "figures.british_cue"
    if key not in doc.user_data:
        doc.user_data[key] = _names_britain(doc)
    return bool(doc.user_data[key])


def _names_britain(doc: Doc | Span, after: int = 0) -> bool:
    """Whether an entity of the document (or of one sentence), from character ``after`` on, is a British place,
    institution or people (``_british_cue``)."""
    names, stems = _british_words()
    for e in doc.ents:
        if e.start_char < after:
            continue
        if e.label_ == "NORP" and e.text.startswith(stems):
            return True
        text = e.text[4:] if e.text.lower().startswith("the ") else e.text
        if e.label_ in ("GPE", "LOC", "FAC") and text in names:
            return True
        if e.label_ == "ORG" and any(
            t.text in names and not (t.i > e.start and t.nbor(-1).text in ("New", "South")) for t in e
        ):
            return True  # "Bank of England", not "New England Patriots" or "New South Wales Police"
    return False


def _pounds_are_money(doc: Doc, num: _Num, i: int) -> bool:
    """'pounds' after a number is money for scale words, sterling, or money verbs; else weight."""
    if i + 1 < len(doc) and doc[i + 1].lower_ in ("sterling", "worth"):
        return True  # "4.4 million pounds worth" is a value, even beside a mass it would weigh
    if i + 2 < len(doc) and doc[i + 1].text in ("'", "’") and doc[i + 2].lower_ == "worth":
        return True  # "pounds' worth"
    if _converts_a_mass(doc, num, i):
        return False
    one = num.value == 1 and doc[num.start].lower_ in ("a", "an")
    if (num.value < 1 or one) and i + 1 < len(doc) and doc[i + 1].lower_ == "of":
        # "bought a quarter pound of beef", "a half pound of butter", "A pound of beef costs 5 pounds in London": a
        # weight of something, not sterling (review s20 r1b LOW)
        return False
    sent = doc[i].sent
    if _weighed(doc, num, i):
        return False  # "the rocket weighs 1.4 million pounds"
    if i + 2 < len(doc) and doc[i + 1].lower_ == "in" and (_sterling_story(doc) or _british_cue(doc)):
        # "In Britain, the offence carries up to 5,000 pounds in fines": money measured out, in a story on Britain;
        # elsewhere small "pounds in donations/relief supplies" are what a food drive ships by weight (review r2
        # MED-r2-1). The head noun of the "in" phrase, not "in support of".
        obj = next((c for c in doc[i + 1].children if c.dep_ == "pobj"), None)
        if obj is not None and _money_noun(obj) and not (obj.i + 1 < len(doc) and doc[obj.i + 1].lower_ == "of"):
            return True
    if _pounds_of_a_thing(doc, i):
        # "N pounds of" a thing weigh it ("recalled 2 million pounds of beef", "sold three pounds of
        # methamphetamine"), but sums of millions are its value in a story that names sterling ("£", "sterling",
        # "pounds ($2.5 billion)"): "It also ordered 2 billion pounds of jets".
        return (num.scaled or num.value >= 1e6) and _sterling_story(doc)
    if num.scaled or num.value >= 10000:
        return True
    money_words = {
        "paid",
        "pay",
        "cost",
        "costs",
        "fined",
        "fine",
        "worth",
        "spent",
        "spend",
        "raised",
        "price",
        "salary",
        "earn",
        "earned",
        "bid",
        "sold",
        "bought",
        "charge",
        "fee",
        "budget",
        "bonus",
        "wage",
        "million",
        "billion",
        "£",
        "sterling",
        "deal",
        "funding",
        "compensation",
        "loan",
        "debt",
    }
    weight_words = {"weigh", "weighs", "weighed", "weight", "heavy", "lost", "gain", "gained", "lose", "baby"}
    words = {t.lower_ for t in sent}
    if words & weight_words:
        return False
    return bool(words & money_words)


# Adjectives of the countries with a rupee, which frame an amount's sentence ("The Sri Lankan government").
_RUPEE_ADJECTIVES = {"pakistani": "PKR", "sri lankan": "LKR", "nepali": "NPR", "nepalese": "NPR", "mauritian": "MUR",
                     "indian": "INR"}  # fmt: skip


def _rupees(doc: Doc, at: int) -> str:
    """The rupee an "Rs" amount at token ``at`` is in: India's, as most copy that writes "Rs" is Indian, unless the
    story's own evidence names another country with a rupee (Pakistan, Sri Lanka, Nepal, Mauritius, the
    Seychelles) by the rule every bare currency name follows (see _story_currency): "Pakistan set aside Rs 500
    billion" is PKR, "ISLAMABAD (Reuters) - ... Rs 20 billion" too (the dateline), "India set aside Rs 500 crore"
    and a story naming no country stay INR."""
    sent = doc[at].sent
    words = " ".join(t.lower_ for t in sent)
    named = [code for adj, code in _RUPEE_ADJECTIVES.items() if re.search(rf"\b{adj}\b", words)]
    if len(named) == 1:
        return named[0]  # "The Pakistani government approved Rs 50 billion" (review s29 rev1 RF6)
    story = _story_currency(doc, "rupee", at)
    if story is not None:
        return story
    colon = re.match(r"\s*([A-Z][A-Z .'-]{2,}):", doc.text)  # "KARACHI: The State Bank ...", Dawn's dateline
    home = datelines.city_country(colon.group(1).strip()) if colon else None
    code = next((c for c in _currencies_named("rupee") if home and c[:2] == home), None)
    return code or "INR"


# Words before a spaced "$" that name its dollar ("c $", "us $"), read by _currency_before itself.
_DOLLAR_PREFIX_WORDS = frozenset(("c", "us", "u.s.", "hk", "au", "nz", "nt", "mex", "usd", "cad", "aud", "mxn", "nzd"))
# Currency names that are everyday words too, no currency after "$5 million" ("$5 million won awards").
_WORD_CURRENCIES = frozenset(("won", "real", "rand", "mark", "dong", "lev", "leu", "pound", "pounds"))


def _writes_other_dollars(doc: Doc) -> bool:
    """Whether the story writes a dollar other than the US one with its letters ("C$5 billion", "A$ 3 million"), so
    that its bare "$" is the US dollar. Computed once per document."""
    key = "figures.other_dollars"
    if key not in doc.user_data:
        doc.user_data[key] = any(
            (c := _symbol_currency(m.group())) is not None and c != "USD"
            for m in re.finditer(r"\b[A-Z][A-Za-z]{0,2}\$", doc.text)
        )
    return doc.user_data[key]


# Heads a country's name frames as the spender of public money ("Canada's federal government", "The Hong Kong
# government", "Australia's central bank"); not a company or a person ("Canada's Shopify", "Canada's prime minister
# met the president": rev1 RF2b).
_PUBLIC_HEADS = frozenset(
    (
        *("government", "treasury", "ministry", "bank", "budget", "province", "cabinet", "parliament", "council"),
        *("administration", "authorities", "economy", "state", "regulator", "exchequer", "finance", "military"),
    )
)


def _governs(t: Token) -> bool:
    """Whether a country's name at token t frames public money: the subject itself ("Canada will spend"), or the
    possessor or first words of a public body ("Canada's federal government", "The Hong Kong government")."""
    root = t
    while root.dep_ == "compound" and root.head.i != root.i and root.head.pos_ == "PROPN":
        root = root.head  # "Hong Kong": the name's last word
    if root.dep_ in ("nsubj", "nsubjpass"):
        return True
    head = root.head
    return root.dep_ in ("poss", "compound", "amod") and head.lower_ in _PUBLIC_HEADS


def _bare_dollar(doc: Doc, num: _Num) -> str:
    """The currency a bare "$" amount is in: the US dollar unless the story says otherwise, by evidence read in this
    order: a currency named right after the amount ("$50 billion pesos": MXN, the peso's sign is "$"); a country
    with a dollar of its own that frames the amount's sentence ("Canada's federal government will spend $12
    billion": CAD; "The Hong Kong government will spend $10 billion": HKD; not a company, "Canada's Shopify"); a city
    of such a country that is the spender ("Ottawa will spend $4 billion": CAD). The US named in the sentence, as a
    country, an institution or a state, keeps USD ("Defense Secretary Lloyd Austin said in Sydney"), and so do wire
    copy under a dateline and a story writing other dollars with their letters ("C$", "A$")."""
    k = num.end
    names = _currency_names()
    hit = _match_phrase(doc, k, names, 3, _currency_name_heads()) if k < len(doc) else None
    if hit is not None and doc[k].lower_ not in _WORD_CURRENCIES and hit[0] in _currency_codes():
        return hit[0]
    if _dateline_country(doc) is not None or _writes_other_dollars(doc):
        # wire copy under a dateline writes "$" for the US dollar and converts to it ("TAIPEI (Reuters) - TSMC said
        # it would spend $3 billion"), as does a story that writes other dollars with their letters ("C$5 billion")
        return "USD"
    sent = doc[num.start].sent
    if _names_the_us(doc, sent.start, sent.end):
        return "USD"  # "The US and Canada agreed ...", "Defense Secretary Lloyd Austin said in Sydney" (rev1 RF1)
    mentions = [(i, c, role) for i, c, role in _currency_mentions(doc, "dollar") if sent.start <= i < sent.end]
    if any(c == "USD" for _, c, _ in mentions):
        return "USD"
    framed = [(abs(i - num.start), c) for i, c, role in mentions if role == "frame" and _governs(doc[i])]
    if framed:
        return min(framed)[1]
    for ent in sent.ents:
        # a city that is the spender itself ("Ottawa will spend $4 billion"); a city where something was said or
        # sold is no evidence ("Lloyd Austin said in Sydney", "opened a showroom in Melbourne": rev1 RF1b)
        if ent.label_ != "GPE" or ent.root.dep_ not in ("nsubj", "nsubjpass"):
            continue
        home = datelines.city_country(ent.text)
        code = next((c for c in _currencies_named("dollar") if home and c[:2] == home), None)
        if code is not None and code != "USD":
            return code
    return "USD"


def _currency_before(doc: Doc, num: _Num) -> tuple[str, int] | None:
    """A currency symbol or code just before the number: code and how many tokens back it starts."""
    i = num.start
    if num.currency:
        if num.currency == "INR" and doc[i].text.startswith("Rs"):
            return _rupees(doc, i), 0  # "Rs500 billion"
        return num.currency, 0
    if i == 0:
        return None
    p = doc[i - 1].text
    if p == "." and i >= 2 and doc[i - 2].text == "Rs" and not doc[i - 2].whitespace_:
        return _rupees(doc, i), 2  # "Rs. 500 crore": the tokenizer splits the abbreviation's full stop off
    if p in ("Rs", "Rs."):
        return _rupees(doc, i), 1
    code = _symbol_currency(p) or (_LETTER_PREFIXES[p] if p in ("KSh", "Ksh") else None)
    if code is None and p in ("RM", "Rp") and (num.scaled or any(c in doc[i].text for c in ",.")):
        code = _LETTER_PREFIXES[p]  # "fined RM 5,000", "Rp 50.000": written as amounts, not "RM 2" (a room)
    if code == "USD" and p == "$" and not (i >= 2 and doc[i - 2].lower_ in _DOLLAR_PREFIX_WORDS):
        return _bare_dollar(doc, num), 1
    if code:
        # "c $", "us $", "hk $" written with spaces
        if (
            p == "$"
            and i >= 2
            and doc[i - 2].lower_
            in ("c", "us", "u.s.", "hk", "au", "nz", "nt", "mex", "usd", "cad", "aud", "mxn", "nzd")
        ):
            c2 = _symbol_currency(doc[i - 2].text.upper() + "$") or _symbol_currency(doc[i - 2].text.upper())
            if c2 is None and doc[i - 2].lower_ in ("usd", "cad", "aud", "mxn", "nzd"):
                c2 = doc[i - 2].text.upper()
            if c2:
                return c2, 2
        return code, 1
    if p.isupper() and len(p) == 3 and p in _currency_codes():
        return p, 1
    if p.lower() in ("usd$", "mxn$", "aud$", "cad$", "nzd$"):
        return p[:3].upper(), 1
    if p.lower() in ("rmb", "usd", "eur", "gbp") and doc[i - 1].is_lower:
        return {"rmb": "CNY"}.get(p.lower(), p.upper()), 1
    if _unread_currency_before(doc, num) and (listed := _abbreviated_currency(p)) is not None:
        return listed, 1  # "Dh 5 billion", "QR 400 million", "TL 200 million": a table's abbreviation
    if (
        p.lower() in ("dollar", "dollars", "euro", "euros")
        and i >= 2
        and doc[i - 2].lower_ in ("at", "of", "for", "to")
    ):
        return _currency_names()[p.lower()], 1
    return None


# Codes of iso4217parse's table that are no money a story prices in: metals, drawing rights, test and fund codes.
_MONEY_X_CODES = frozenset(("XAF", "XOF", "XPF", "XCD"))


@lru_cache(maxsize=1)
def _abbreviations() -> dict[str, str]:
    """Currency abbreviations written with capitals (two letters or more, lower case, full stops dropped) -> the one
    ISO 4217 code that writes them, from iso4217parse's data file (its parser is not used): "dh"/"dhs" AED, "qr"
    QAR, "tl" TRY, "e£" EGP, "ush" UGX, "sfr" CHF. One that several currencies write ("Rs": PKR, LKR, NPR; "SR": SAR,
    SCR; "Br", "Le") names none: no story evidence is read for it here. _SYMBOLS and _LETTER_PREFIXES come first
    ("Rs" is INR in this module, as Indian copy writes it); the table has no "Tk" (BDT), which stays unread."""
    import importlib.resources
    import json

    data = json.loads(importlib.resources.files("iso4217parse").joinpath("data.json").read_text(encoding="utf-8"))
    codes: dict[str, set[str]] = {}
    for code, entry in data.items():
        if code.startswith("X") and code not in _MONEY_X_CODES:
            continue
        for sym in entry.get("symbols", ()):
            letters = [c for c in sym if c.isalpha()]
            if len(letters) >= 2 and any(c.isupper() for c in sym) and " " not in sym:
                codes.setdefault(sym.rstrip(".").lower(), set()).add(code)
    return {sym: next(iter(found)) for sym, found in codes.items() if len(found) == 1}


def _abbreviated_currency(text: str) -> str | None:
    """The ISO 4217 code of a currency abbreviation that only iso4217parse's table reads ("Dh", "Dhs", "QR"), or
    None (see _abbreviations)."""
    code = _abbreviations().get(text.rstrip(".").lower())
    return code if code in _currency_codes() or code == "BTC" else None


def _unread_currency_before(doc: Doc, num: _Num) -> bool:
    """Whether the word right before a bare number looks like a currency abbreviation this module cannot read
    ("invested SFr 120 million", "Tk 500 crore", "raised kr 200 million", "Dhs 3 billion"). Such an amount is in a
    currency of its own, so it must not take the currency of the money before it ("paid C$780 million ..., and
    invested SFr 120 million" is no CAD amount). By what the word is: a spaced word of 2-3 letters (a currency sign
    may end it: "E£", capitals too: "QR", "TL"), tagged as a noun or a symbol, not after an article ("the EU 2
    billion"), no named entity of the tagger's, and no everyday word ("will hit 6 billion", "won 20 million in tax
    credits": verbs and words of every text, review s26 rev2f 1, rev3f 1)."""
    i = num.start
    if num.unread:
        return True  # glued: "Dh5 billion"
    if i == 0 or num.currency or not doc[i - 1].whitespace_:
        return False
    t = doc[i - 1]
    letters = t.text.rstrip(".")
    letters = letters[:-1] if letters[-1:] in _CURRENCY_SIGNS else letters
    if not (1 < len(letters) <= 3 and letters.isalpha()) or t.is_stop:
        return False
    if t.i > 0 and doc[t.i - 1].pos_ == "DET":
        return False  # "the EU 2 billion": a body with its article ("QR 500 million", "TL 300 million" are money)
    if t.pos_ not in ("NOUN", "PROPN", "SYM", "X") or t.ent_type_ in _NAMED_TYPES:
        return False
    # (capitals are abbreviations whatever their lower case means: "TL", "QR"; "tl" is a chat word)
    return t.lower_ not in _SCALE_WORDS and (letters.isupper() or zipf(t.lower_) < _EVERYDAY_ZIPF)


# Signs that may end a currency's abbreviation ("E£", "LE£"); "$" ones are read by _symbol_currency.
_CURRENCY_SIGNS = frozenset("£€¥₹")
# Entity types of a word before a number that names no currency ("Abu Dhabi", "the EU"): places, bodies, people.
_NAMED_TYPES = frozenset(("GPE", "ORG", "NORP", "PERSON", "LOC", "FAC"))
# Word frequency (zipf) from which a word is an everyday word, no currency's abbreviation ("fee" 4.5, "hit" 5.4;
# "kr" 3.3, "Tk" 3.2, "Dhs" 3.3, "SFr" 2.6).
_EVERYDAY_ZIPF = 4.0


# Names that stand for one currency wherever they are read ("the dollar" is the US dollar even in a Canadian
# story that names the US, "euros" the euro): no story changes them.
_NAMES_READ_ALONE = frozenset(("dollar", "sterling", "euro"))


def _named_with_adjective(doc: Doc, name: str) -> list[tuple[int, str]]:
    """Where the document names a currency called ``name`` with its country's adjective ("the Egyptian pound", "500
    Lebanese pounds", "the Mexican peso"): (token index, ISO code) for each mention."""
    names = _currency_names()
    named: list[tuple[int, str]] = []
    for t in doc:
        if _singular(t.lower_) != name:
            continue
        for j in (t.i - 2, t.i - 1):
            hit = _match_phrase(doc, j, names, 3) if j >= 0 else None
            if hit is not None and j + hit[1] == t.i + 1:
                named.append((t.i, hit[0]))
                break
    return named


# Prepositions and comparisons that put a country outside the amount's own money: a destination, a source, a
# comparison or a contrast ("exports to Chile", "more than in Chile", "unlike Mexico's"): review r2 HIGH-1.
_AWAY = frozenset(("to", "from", "than", "unlike", "like", "with", "into", "toward", "towards", "versus", "vs.",
                   "between", "against"))  # fmt: skip


def _country_role(ent: Span) -> str:
    """How a country named in a sentence bears on the money there: "frame" when it owns or frames the clause (a
    possessor or a subject, "Argentina's central bank", "India has given", or a leading "In Argentina, ..."), "away"
    when it is a destination, a source or a comparison ("to Nepal", "than in Chile", "unlike Mexico's"), else
    "plain" ("workers in the United States and Mexico")."""
    r = ent.root
    while r.dep_ == "conj" and r.head.i != r.i:
        r = r.head
    if r.dep_ in ("poss", "nsubj", "nsubjpass"):
        return "frame"
    if r.dep_ == "compound" and r.head.dep_ in ("poss", "nsubj", "nsubjpass"):
        return "frame"  # "The U.S. Treasury said it would borrow ...": the subject's country
    if r.dep_ != "pobj":
        return "plain"
    prep = r.head
    if prep.lower_ in _AWAY or any(a.lower_ in _AWAY for a in list(prep.ancestors)[:2]):
        return "away"
    sent = prep.sent
    leading = prep.i == sent.start or all(t.is_punct for t in prep.doc[sent.start : prep.i])
    return "frame" if prep.lower_ == "in" and leading else "plain"


def _named_countries(doc: Doc) -> list[tuple[int, str, str]]:
    """Where the document names a country: (token index, ISO 3166 alpha-2, role: see _country_role) for each place
    entity that is one."""
    from extract.actors.names import country_code  # the project's country gazetteer (no bare ISO codes)

    key = "figures.story_countries"
    if key not in doc.user_data:
        found: list[tuple[int, str, str]] = []
        for ent in doc.ents:
            if ent.label_ == "GPE":
                name = ent.text.removeprefix("The ").removeprefix("the ").removesuffix("'s").removesuffix("’s")
                code = country_code(name)  # "The United States", "New Zealand's" (the tagger keeps the 's)
                if code is not None:
                    found.append((ent.start, code, _country_role(ent)))
        for t in doc:
            # "the U.S. Treasury", "U.K. officials": a country's name written as its dotted initials, inside another
            # name; not a person's initials ("P.K. Mishra", review s19 r3 HIGH-11) nor a company's form ("Acme S.A.")
            code = _dotted_country(t.text)
            if (
                code is not None
                and t.ent_type_ != "PERSON"
                and not (t.i > 0 and doc[t.i - 1].pos_ == "PROPN")
                and not any(i == t.i for i, _, _ in found)
            ):
                found.append((t.i, code, _country_role(doc[t.i : t.i + 1])))
        found.sort()
        doc.user_data[key] = found
    return doc.user_data[key]


@lru_cache(maxsize=1)
def _country_initials() -> dict[str, str]:
    """Dotted initials of the countries named in several words -> alpha-2 ("U.S.": US, "U.K.": GB, "U.A.E.": AE),
    from pycountry's names (the small words "of", "the", "and" left out); initials two countries share are left out."""
    found: dict[str, set[str]] = {}
    for c in pycountry.countries:
        for name in {c.name, getattr(c, "common_name", c.name)}:  # not official names: "Swiss Confederation"
            words = [w for w in re.findall(r"[A-Za-z]+", name) if w.lower() not in ("of", "the", "and")]
            if len(words) >= 2:
                found.setdefault("".join(f"{w[0].upper()}." for w in words), set()).add(c.alpha_2)
    return {k: v.pop() for k, v in found.items() if len(v) == 1}


def _dotted_country(text: str) -> str | None:
    """The country whose name's initials ``text`` is ("U.S.", "U.K."), or None ("P.K.", "S.C.")."""
    return _country_initials().get(text) if len(text) >= 4 and text.endswith(".") else None


# Words of a sentence on a country's money or economy ("Uganda's central bank raised its rate", "Argentina's economy
# minister resigned"), where a country that frames the sentence says whose money the story is about.
_ECONOMY_WORDS = frozenset(
    (
        *("bank", "economy", "economic", "currency", "inflation", "budget", "treasury", "reserves", "rate", "rates"),
        *("bond", "bonds", "debt", "exports", "imports", "finance", "fiscal", "monetary", "market", "markets"),
        *("gdp", "tax", "taxes", "deficit", "central", "stocks", "shares", "prices", "wages", "spending"),
    )
)


def _money_cue(doc: Doc, i: int, role: str, name: str) -> bool:
    """Whether a mention at token ``i`` says whose money a bare ``name`` is: a currency named with its country, or
    a country framing a sentence on money or the economy (see _ECONOMY_WORDS)."""
    if role == "adjective":
        return True
    if role != "frame":
        return False
    return any(t.lower_ in _ECONOMY_WORDS or _singular(t.lower_) == name for t in doc[i].sent)


@lru_cache(maxsize=64)
def _currencies_named(name: str) -> tuple[str, ...]:
    """ISO codes of the currencies whose name ends in ``name`` ("peso": ARS, CLP, COP, MXN, PHP, ...)."""
    return tuple(cur.alpha_3 for cur in pycountry.currencies if cur.name.lower().split()[-1] == name)


def _dateline_country(doc: Doc) -> str | None:
    """The ISO 3166 alpha-2 code of the country of the story's dateline ("MANILA (Reuters) - ...": PH), as the shared
    dateline reader gives it (extract.datelines.country: the country written after the place, else the place when
    it is a country or a capital, or the country of a state or a province after the place: "KINGSTON, Ontario (CP)"
    CA; see that function for what it reads), else the country of a big city no namesake abroad comes near in size
    ("TORONTO (Reuters) -": CA, see datelines.city_country). Computed once per document."""
    key = "figures.dateline_country"
    if key in doc.user_data:
        return doc.user_data[key]
    # The first dateline in the story's opening lines whose town the gazetteer knows: a headline in capitals before a
    # dash ("LIVE UPDATES — Asian markets") reads as a dateline too, of no known place (review s19 r1 LOW-10), while
    # a known town with a state ("SANTA FE, N.M.") is the story's and names no country (review s19 r1 LOW-24).
    line = datelines.first(doc.text, known=True)
    found = datelines.country(line) if line is not None else None
    if found is None and line is not None and line.region is None and line.town is not None:
        found = datelines.city_country(line.town.text)  # "TORONTO (Reuters) -": a big city's country
    doc.user_data[key] = found
    return found


def _currency_mentions(doc: Doc, name: str) -> list[tuple[int, str, str]]:
    """Every cue to which currency a bare ``name`` means, as (token index, ISO code, role): each mention of a
    currency of that name with its country's adjective (role "adjective") and, for any name but the pound, each
    mention of such a currency's country (an ISO 4217 code starts with its country's ISO 3166 alpha-2 code: ARS and
    Argentina's AR, RSD and Serbia's RS; role: see _country_role). A country named is no cue for the pound: sterling
    sums are common in stories that name Egypt ("Egypt's Mohamed Salah signed a contract worth 350,000 pounds a
    week", review r1 HIGH-1). Computed once per document and name."""
    key = f"figures.currency_mentions.{name}"
    if key in doc.user_data:
        return doc.user_data[key]
    found = [(i, code, "adjective") for i, code in _named_with_adjective(doc, name)]
    if name != "pound":
        codes: dict[str, str] = {}  # country -> the currency of that name ("Argentine Peso"; "Rial Omani": none)
        for cur in pycountry.currencies:
            if cur.name.lower().split()[-1] == name:
                codes.setdefault(cur.alpha_3[:2], cur.alpha_3)
        found = found + [(i, codes[c], role) for i, c, role in _named_countries(doc) if c in codes]
    found.sort()
    doc.user_data[key] = found
    return found


def _story_currency(doc: Doc, name: str, at: int) -> str | None:
    """Which currency a bare name of money at token ``at`` ("pounds", "peso", "dinar", "rupee") means, one rule for
    every name:
    1. a name read alone ("dollar", "euro") means its own currency anywhere: None, the caller's default; but a bare
       "dollars" under the dateline of a country with a dollar of its own is that dollar, as wire copy writes it
       ("OTTAWA (Reuters) - ... 2 billion dollars": CAD; "KINGSTON, Ontario (CP) -": CAD; "CANBERRA (Reuters) -":
       AUD; "TORONTO (Reuters) -": CAD, a big city's country; review s19 r2 MED-12), unless another country frames
       the amount's sentence (rule 3, r3 HIGH-5);
    2. "pound" means sterling where the document names sterling (see _sterling_cue) or a British place, institution
       or people (review r1 MED-2);
    3. else the cue nearest the amount in its own sentence that frames it, a currency named with its adjective or a
       country that owns or frames the clause (see _country_role): "The Mexican peso weakened. Argentina's central
       bank sold 500 million pesos" is ARS (review r1 HIGH-3); "Mexico's exports to Chile rose to 50 billion pesos"
       MXN, a destination or comparison being no cue (review r2 HIGH-1);
    4. else the currency the document cues most (destinations and comparisons left out), a tie going to a framing
       country, then to a currency named with its adjective, then to the cue nearest before the amount ("the
       Egyptian pound has lost half its value ... will save 30 billion pounds": EGP);
    5. else sterling for the pound, and None (the caller's default) for any other name."""
    dateline_dollar = None
    if name == "dollar" and (home := _dateline_country(doc)) is not None:
        dateline_dollar = next((c for c in _currencies_named(name) if c[:2] == home and c != "USD"), None)
    if name in _NAMES_READ_ALONE and dateline_dollar is None:
        return None
    pound = name == "pound"
    if pound and (_sterling_story(doc) or _british_cue(doc)):
        return "GBP"
    mentions = [m for m in _currency_mentions(doc, name) if m[2] != "away"]
    sent = doc[at].sent
    near = [(abs(i - at), i > at, code) for i, code, role in mentions if sent.start <= i < sent.end and role != "plain"]
    if near:
        return min(near)[2]
    if dateline_dollar is not None:
        # the dateline's dollar, unless another country frames a sentence on money ("OTTAWA (Reuters) - The United
        # States will spend 2 billion dollars ...": USD, review s19 r3 HIGH-5); never the document's tally
        framed = any(c != dateline_dollar and _money_cue(doc, i, role, name) for i, c, role in mentions)
        return None if framed else dateline_dollar
    home = _dateline_country(doc)
    if home is not None:
        # "MANILA (Reuters) - Mexico's president arrived ... The city will spend 2 billion pesos": the dateline says
        # where the story is, before a tally of countries merely named; not over a story about another country's
        # money ("NAIROBI (Reuters) - Uganda's central bank raised its rate ... 200 billion shillings", review s18
        # HIGH-3): a currency named with another country, or another country framing a sentence on money
        code = next((c for c in _currencies_named(name) if c[:2] == home), None)
        if code is not None and not any(c != code and _money_cue(doc, i, role, name) for i, c, role in mentions):
            return code
    if mentions:
        votes: dict[str, int] = {}
        for _, code, _ in mentions:
            votes[code] = votes.get(code, 0) + 1
        top = max(votes.values())
        # a tie goes to a country that frames a clause, then to a currency named with its adjective, then to a place
        # merely named ("The Chilean peso firmed. Argentina is in a deep crisis. The government printed 1 trillion
        # pesos": ARS, review r2 HIGH-2; "The Philippine peso fell. ... workers in Mexico sent home ...": PHP)
        rank = {"frame": 0, "adjective": 1, "plain": 2}
        best = min(rank[role] for _, code, role in mentions if votes[code] == top)
        tied = [(i, code) for i, code, role in mentions if votes[code] == top and rank[role] == best]
        before = [(at - i, code) for i, code in tied if i < at]
        after = [(i - at, code) for i, code in tied if i >= at]
        return min(before)[1] if before else min(after)[1]
    return "GBP" if pound else None
