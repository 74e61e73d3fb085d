"""Stage 1: numbers on tokens (digits, number words through text2num, fractions, scale words)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TYPE_CHECKING

from spacy.attrs import LOWER, ORTH
from text_to_num import find_numbers

from extract.figures.core import MAX_ABS_VALUE, _Num, _range_value, _singular, _to_float, _to_float_or
from extract.figures.dates import _MONTHS
from extract.figures.kinds import _unitish
from extract.figures.money import (
    _LETTER_PREFIXES,
    _LOWER_CODES,
    _SUBUNITS,
    _SYMBOLS,
    _abbreviated_currency,
    _currency_after,
    _currency_names,
    _symbol_currency,
)
from extract.figures.qualifiers import _half_of_a_noun, _is_change_verb, _over_bounds, _qualifier_before
from extract.figures.scales import (
    _FRACTION_WORDS,
    _MONEY_SCALE_ABBR,
    _MULTIPLICATIVE,
    _SCALE_ABBR,
    _SCALE_WORDS,
    _UNICODE_FRACTIONS,
    _VAGUE,
    _people_noun,
    _plural_count_noun,
    _plural_people_noun,
    _scale_at,
)
from extract.figures.units import _DURATION_UNITS, _PERCENT_WORDS, _UNIT_NAMES, _unit_name
from extract.quotes.lexicon import verb_forms

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


# fmt: off
# "one" + these nouns is discourse, not a count ("one thing", "one night", "one reason").
_ONE_IDIOMS = {"thing", "things", "way", "reason", "problem", "question", "night", "morning", "evening", "afternoon",
               "time", "point", "moment", "side", "hand", "another", "more", "last", "such", "or"}
# The high ends a "one or ..." pair of alternatives takes ("one or two indulgences", "one or 2 days").
_SMALL_ALTERNATIVES = {"two", "three", "four", "five", "2", "3", "4", "5"}
# Letter prefixes that name a currency and nothing else, so that an amount glued to them is money without a scale
# word ("fined RM5,000", "Rp50,000", "KSh200"), unlike "R20" or "N95"; see _LETTER_PREFIXES.
_OWN_MONEY_PREFIXES = frozenset(("RM", "Rp", "KSh", "Ksh"))
_DETERMINERS_BEFORE_ONE = {"the", "this", "that", "which", "each", "every", "any", "no", "another", "a", "an", "one",
                           "last", "next", "first", "only", "right", "wrong", "same", "new", "old", "big", "little",
                           "latest", "other", "second", "third", "good", "bad", "young"}
# Stems of verbs whose object is people: a vague plural after one counts them ("killed hundreds", "arrested dozens").
_PEOPLE_VERBS = ("kill", "injur", "wound", "arrest", "detain", "evacuat", "displac", "rescu", "hospitali", "infect",
                 "sicken", "strand", "deport", "hurt")
_A_NEXT = {"hundred", "thousand", "million", "billion", "trillion", "dozen", "quarter", "half"}
_NUMBER_STARTS = set(_VAGUE) | set(_MULTIPLICATIVE) | {"half", "quarter", "dozen"}
_SCAN_STARTS = frozenset(_NUMBER_STARTS | {"a", "an"})  # the words that may start a number (_numbers' candidates)
_DIGITS = re.compile(
    r"(?P<pre>(?:[A-Z]{1,3}|Mex|Can|Aus|U\.S\.)?\$|[€£¥₹₽₩₺₪₴₦₱฿₫]|[A-Z]{3}(?=\d)|(?:KSh|Ksh|Sh|RM|Rp|Rs\.?|R|N)(?=\d))?"
    r"(?P<sign>[-+−–])?"
    r"(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,2}(?:,\d{2})+,\d{3}(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+)"
    r"(?P<suf>.*)$"
)
# Letters glued to an amount that are no currency _DIGITS reads ("Dh5 billion", "Dhs5bn", "Tk50 crore"): a
# currency's abbreviation in regional copy, but also names ("F35", "A380", "X9"), so two or three letters, and kept
# only before a scale.
_UNREAD_PREFIX = re.compile(r"[A-Z][A-Za-z]{1,2}\.?(?=\d)")
# Denominators that fractions in prose use; others ("9/11") are dates or names unless "of" follows.
_USUAL_DENOMINATORS = frozenset((2, 3, 4, 5, 6, 8, 10, 12, 16, 20, 25, 32, 64, 100))
_THREE_DIGITS = re.compile(r"\d{3}")
# Continental notation: dots group thousands, a comma starts the decimals.
_EURO_GROUPED = re.compile(r"(?P<int>[1-9]\d{0,2}(?:\.\d{3})+)(?:,(?P<dec>\d+))?(?P<rest>[^.,\d].*|)")
_DECIMAL_COMMA = re.compile(r"(?P<int>\d+),(?P<dec>\d{1,2})(?P<rest>[^.,\d].*|)")
_YEAR_LIKE = re.compile(r"1[89]\d\d|20\d\d")
_FRACTION = re.compile(r"^(?P<sign>[-−])?(?P<a>\d+)/(?P<b>\d+)$")
_RANGE_SUFFIX = re.compile(r"^[-–—](?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?P<suf>.*)$")
_GROUP = re.compile(r"\d{3}(?:\.\d+)?")  # a space-separated group of thousands, the last may carry decimals
_SYMBOL_CODES = frozenset(_SYMBOLS.values())  # currencies common enough to have a symbol of their own
_CURRENCY_RANGE = re.compile(
    r"^(?P<sc1>[A-Za-z]{0,3})[-–](?:[$€£¥₹]|[A-Z]{1,3}\$)(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?P<sc2>[A-Za-z]{0,3})$"
)
_PERCENT_RANGE = re.compile(r"^%[-–](?P<num>\d+(?:\.\d+)?)$")
_EXPONENT = re.compile(r"^(?:e|E|x10\^|×10\^?)(?P<exp>[-+−]?\d+)$")
_POWER = re.compile(r"^(?:[x×](?P<base>\d+(?:\.\d+)?))?\^(?P<signs>[-+−]*)(?P<exp>\d+)$")
_POWER_TAIL = re.compile(r"^[-+−]*\d+$")
_HAS_DIGIT = re.compile(r"\d")
_SCALE_ORDINALS = {w + s: v for w, v in (("hundredth", 100.0), ("thousandth", 1e3), ("millionth", 1e6),
                                          ("billionth", 1e9), ("trillionth", 1e12)) for s in ("", "s")}
_POSSESSIVES = frozenset({"the", "its", "his", "her", "their", "our", "my", "your", "this", "that"})
# fmt: on


class _Tok:
    """The text2num token protocol over spaCy tokens."""

    __slots__ = ("_t",)

    def __init__(self, text: str) -> None:
        self._t = text

    def text(self) -> str:
        return self._t

    def nt_separated(self, previous: object) -> bool:
        return False

    def not_a_number_part(self) -> bool:
        return False


def _token_strings(doc: Doc) -> tuple[list[str], list[str]]:
    """Token texts and lower-cased texts, read from the doc's arrays (no Token objects: they are costly)."""
    arr = doc.to_array([ORTH, LOWER])
    strings = doc.vocab.strings
    if not len(arr):
        return [], []
    return [strings[h] for h in arr[:, 0].tolist()], [strings[h] for h in arr[:, 1].tolist()]


def _word_numbers(lowers: list[str]) -> dict[int, tuple[int, float, bool]]:
    """Number words (text2num) by start token: end token, value, is_ordinal."""
    if not any(w.isalpha() for w in lowers):
        return {}
    out: dict[int, tuple[int, float, bool]] = {}
    for occ in find_numbers([_Tok(w) for w in lowers], "en", 0.0):
        out[occ.start] = (occ.end, float(occ.value), bool(occ.is_ordinal))
    return out


def _fraction_after_and(doc: Doc, i: int, words: dict[int, tuple[int, float, bool]]) -> tuple[float, int] | None:
    """'and a half', 'and a quarter', 'and three quarters', 'and two thirds' starting at token i ("and")."""
    if i + 1 >= len(doc) or doc[i].lower_ != "and":
        return None
    j = i + 1
    num = 1.0
    if doc[j].lower_ in ("a", "an", "one"):
        j += 1
    elif j in words and not words[j][2]:
        num = words[j][1]
        j = words[j][0]
    if j >= len(doc):
        return None
    w = doc[j].lower_
    if w in _FRACTION_WORDS:
        return num * _FRACTION_WORDS[w], j + 1 - i
    if j in words and words[j][2] and (scaled := _scale_fraction(doc, j, words[j][0])) is not None:
        return num * scaled.value, words[j][0] - i  # "and fifty-four hundredths": 54/100, not the 5,400th
    if j in words and words[j][2] and words[j][1] >= 3:
        return num / words[j][1], words[j][0] - i
    return None


def _numbers(doc: Doc, skip: set[int], texts: list[str], lowers: list[str]) -> list[_Num]:
    """Every number in the doc, greedy left to right."""
    words = _word_numbers(lowers)
    # "threefold", "tenfold": found once per doc, so the per-token test below stays as cheap as it was
    folds = {i for i, w in enumerate(lowers) if w.endswith("fold") and len(w) > 6} if "fold" in "".join(lowers) else ()
    out: list[_Num] = []
    n = len(doc)
    notation = _Notation(doc)
    # The tokens that may start a number, found in one pass (the test below reads only these): a word that may,
    # or a text with a digit in its first six characters (tested once per distinct text) or a fraction sign.
    glyphs = {t for t in set(texts) if _HAS_DIGIT.search(t[:6])}
    glyphs.update(_UNICODE_FRACTIONS)
    may = {i for i, (t, w) in enumerate(zip(texts, lowers, strict=True)) if w in _SCAN_STARTS or t in glyphs}
    may.update(words)
    may.update(folds)
    may.difference_update(skip)
    i = 0
    for at in sorted(may):
        if at < i:
            continue  # inside the number before it
        i = at
        text = texts[i]
        low = lowers[i]
        # Cheap string tests first: most tokens cannot start a number.
        if not (
            i in words
            or _HAS_DIGIT.search(text[:6])
            or low in _NUMBER_STARTS
            or text in _UNICODE_FRACTIONS
            or (low in ("a", "an") and i + 1 < n and (lowers[i + 1] in _A_NEXT or i + 1 in words))
            or (low in ("a", "an") and i + 4 < n and lowers[i + 2 : i + 5] == ["and", "a", "half"])
            or (low in ("a", "an") and i + 1 < n and _one_unit(doc, i))
            or (low in ("a", "an") and i + 2 < n and lowers[i + 1] in _ONE_ADJECTIVES and _one_unit(doc, i + 1, i))
            or i in folds
        ):
            continue
        t = doc[i]
        num: _Num | None = None
        if low == "a" and lowers[i + 1 : i + 4] == ["dime", "a", "dozen"]:
            i += 4  # "Those are a dime a dozen": the idiom of the commonplace, neither a dime nor twelve
            continue
        if i in folds and not _HAS_DIGIT.search(low):
            times = find_numbers([_Tok(low[:-4].rstrip("-"))], "en", 0.0)  # "threefold", "tenfold"
            if len(times) == 1 and not times[0].is_ordinal and float(times[0].value) >= 2:
                out.append(_Num(i, i + 1, float(times[0].value), suffix="fold"))  # never a pronoun-like "one"
            continue
        if text[0].isdecimal() or (len(text) > 1 and any(c.isdecimal() for c in text[1:6])):
            num = _digit_number(doc, i, words, notation)
        if num is None and low in _VAGUE and i + 1 < n and doc[i + 1].lower_ == "of":
            num = _Num(i, i + 1, _VAGUE[low], vague=True, word=True)
            # "tens of thousands of", "hundreds of millions of"
            if i + 2 < n and doc[i + 2].lower_ in _VAGUE:  # "of" may follow or not ("tens of thousands more")
                num = _Num(i, i + 3, _VAGUE[low] * _VAGUE[doc[i + 2].lower_], vague=True, word=True)
        if (
            num is None
            and low in _VAGUE
            and low not in ("scores", "tens")
            and t.dep_ in ("nsubj", "nsubjpass", "conj")
            and t.pos_ == "NOUN"
        ):
            num = _Num(i, i + 1, _VAGUE[low], vague=True, word=True)  # "dozens injured", "Thousands marched"
        if (
            num is None
            and low in _VAGUE
            and t.dep_ == "dobj"
            and t.pos_ == "NOUN"
            and t.head.lower_.startswith(_PEOPLE_VERBS)
        ):
            num = _Num(i, i + 1, _VAGUE[low], vague=True, word=True)  # "the blast injured dozens"
        if num is None and low == "dozen" and i > 0 and lowers[i - 1] in ("several", "few"):
            # "a crowd of several dozen", "a few dozen protesters": a vague count of dozens
            start = i - 2 if i > 1 and lowers[i - 1] == "few" and lowers[i - 2] == "a" else i - 1
            num = _Num(start, i + 1, 12.0, vague=True, word=True)
        if num is None and text in _UNICODE_FRACTIONS:
            num = _Num(i, i + 1, _UNICODE_FRACTIONS[text], fraction=True)
        if num is None and low in ("half", "quarter") and i + 1 < n:
            num = _half_number(doc, i, words)
        if num is None and low in ("a", "an") and i + 1 < n:
            num = _a_number(doc, i, words)
        if num is None and low in ("a", "an") and i + 1 < n and _one_unit(doc, i):
            num = _Num(i, i + 1, 1.0, word=True)  # "a gallon of gas", "a penny": one of the unit, read after "a"
        if (
            num is None
            and low in ("a", "an")
            and i + 2 < n
            and lowers[i + 1] in _ONE_ADJECTIVES
            and _one_unit(doc, i + 1, i)
        ):
            num = _Num(i, i + 2, 1.0, word=True)  # "raised rates by a full percentage point"
        if num is None and i in words:
            end, value, ordinal = words[i]
            num = _word_number(doc, i, end, value, ordinal, words)
        if num is None and low in _MULTIPLICATIVE and t.pos_ == "VERB" and not _multiplying_idiom(lowers, i):
            v, _ = _MULTIPLICATIVE[low]
            num = _Num(i, i + 1, v, word=True)
        if num is None:
            continue
        if (
            num.fraction
            and 0 < num.value < 1
            and num.end + 2 < n
            and lowers[num.end] == "of"
            and lowers[num.end + 1] in ("a", "an")
            and lowers[num.end + 2] in ("million", "billion", "trillion", "thousand")
        ):
            num.value *= _SCALE_WORDS[lowers[num.end + 2]]  # "three quarters of a million"
            num.end += 3
            num.scaled, num.fraction = True, False
        plus_or = num.start > 2 and doc[num.start - 3].lower_ == "plus" and doc[num.start - 2].lower_ == "or"
        if num.start > 0 and doc[num.start - 1].lower_ in ("minus", "negative") and num.value > 0 and not plus_or:
            num.start -= 1  # "minus five percent", "negative one"
            num.value = -num.value
        out.append(num)
        i = max(num.end, i + 1)
    return out


def _hyphen_before_scale(doc: Doc, k: int) -> bool:
    """A glued hyphen at token k followed by a scale word ("2-billion")."""
    return (
        k + 1 < len(doc)
        and doc[k].text in ("-", "–")
        and not doc[k - 1].whitespace_
        and not doc[k].whitespace_
        and doc[k + 1].lower_ in ("thousand", "million", "billion", "trillion")
    )


# Continental notation beyond doubt: a decimal comma before one or two digits, thousands grouped by dots with decimals
# or in two groups ("8,3", "11,8%", "1.234,56", "1.500.000"); English notation beyond doubt: thousands grouped by
# commas, a decimal point before one or two digits ("2,500", "1,200,000", "1.5", "3.25").
_CONTINENTAL = re.compile(r"\d+,\d{1,2}%?|\d{1,3}(?:\.\d{3})+,\d+|\d{1,3}(?:\.\d{3}){2,}")
_ENGLISH = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?%?|\d+\.\d{1,2}%?")
# Four dotted groups of one to three digits: an IPv4 address ("185.220.101.145"), no number in any notation.
_IPV4 = re.compile(r"\d{1,3}(?:\.\d{1,3}){3}")


def _a_figure_at(doc: Doc, t: Token, comma: bool) -> bool:
    """Whether a token written in digits is a figure by what follows it: a glued percent sign, or a scale word or a
    percent word after it ("8,3 million", "11,8 percent"), or, but after a decimal comma ("In 2023,12 people"), a unit
    or a plural noun ("1.500.000 residents", "2,500 stores")."""
    if t.text.endswith("%"):
        return True
    if t.i + 1 >= len(doc):
        return False
    nxt = doc[t.i + 1]
    if nxt.lower_ in _SCALE_WORDS or nxt.lower_ in _PERCENT_WORDS:
        return True
    return not comma and (nxt.tag_ == "NNS" or _unitish(doc, t.i + 1))


def _breaks(t: Token) -> bool:
    """Whether whitespace token t ends a paragraph: a blank line, a line break after the end of a sentence or after a
    table row (a line with numbers and no verb); a hard wrap inside a sentence goes on with the paragraph."""
    if not t.is_space or "\n" not in t.text:
        return False
    doc = t.doc
    if "\n\n" in t.text or t.i == 0 or doc[t.i - 1].text in (".", "!", "?", '"', "”", "'", "’", ":"):
        return True
    k = t.i - 1
    numbers = False
    while k >= 0 and not (doc[k].is_space and "\n" in doc[k].text):
        if doc[k].pos_ in ("VERB", "AUX"):
            return False
        numbers = numbers or doc[k].like_num
        k -= 1
    return numbers  # a table row ("North  12,40  3,1%"); a verbless line of words is a hard wrap ("revenue in the")


def _paragraph(doc: Doc, i: int) -> tuple[int, int]:
    """The tokens of the paragraph of token i."""
    start = i
    while start > 0 and not _breaks(doc[start - 1]):
        start -= 1
    end = i + 1
    while end < len(doc) and not _breaks(doc[end]):
        end += 1
    return start, end


def _an_ip_address(text: str) -> bool:
    """Four dotted groups of one to three digits, each at most 255 ("185.220.101.145"); "1.500.000.000" is a number."""
    return _IPV4.fullmatch(text) is not None and all(int(g) <= 255 for g in text.split("."))


def _notation_counts(doc: Doc, tokens: Iterable[Token]) -> tuple[int, int]:
    """The figures of ``tokens`` in continental and in English notation beyond doubt (see _writes_decimal_commas)."""
    continental = english = 0
    for t in tokens:
        text = t.text
        if not text[:1].isdecimal() or _an_ip_address(text):
            continue
        if _CONTINENTAL.fullmatch(text) and _a_figure_at(doc, t, "," in text and "." not in text):
            continental += 1
        elif _ENGLISH.fullmatch(text) and _a_figure_at(doc, t, False):
            english += 1
    return continental, english


def _writes_decimal_commas(doc: Doc, start: int, end: int) -> bool | None:
    """Whether a paragraph writes its numbers in continental notation: more figures in that notation beyond doubt
    ("reaching 8,3 million people", "11,8 percent") than in English notation beyond doubt ("2,500 stores", "1.5
    million"); an IP address is neither. None for a paragraph with no evidence either way, which takes the text's
    balance (_text_writes_decimal_commas): translated copy's paragraphs are short ("8,3 million visitors ...\n\nRevenue
    reached 9.600 million euros"), and a table of continental figures says nothing of the English copy after it."""
    continental, english = _notation_counts(doc, doc[start:end])
    if continental or english:
        return continental > english
    return None


def _text_writes_decimal_commas(doc: Doc) -> bool:
    """The text's balance of continental and English figures, over its lines that have a verb (no table rows)."""
    lines: list[list[Token]] = [[]]
    for t in doc:
        if t.is_space and "\n" in t.text:
            lines.append([])
        else:
            lines[-1].append(t)
    running = [t for line in lines if any(w.pos_ in ("VERB", "AUX") for w in line) for t in line]
    continental, english = _notation_counts(doc, running)
    return continental > english


class _Notation:
    """The notation of one text's numbers by paragraph, read once per paragraph (and once for the text) when a number
    first needs it (only a number of one dotted group before a scale word or a noun, "9.600 million euros": rare)."""

    __slots__ = ("doc", "read", "whole")

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.read: dict[int, bool] = {}  # paragraph start -> continental
        self.whole: bool | None = None  # the text's balance, for a paragraph with no evidence

    def continental(self, i: int) -> bool:
        start, end = _paragraph(self.doc, i)
        if start not in self.read:
            own = _writes_decimal_commas(self.doc, start, end)
            if own is None:
                if self.whole is None:
                    self.whole = _text_writes_decimal_commas(self.doc)
                own = self.whole
            self.read[start] = own
        return self.read[start]


# Words that join the two ends of a range ("between 3.000 and 5.000", "from 3.000 to 5.000", "3.000-5.000").
_RANGE_JOINS = frozenset(("and", "to", "-", "–", "or"))


# One dotted group of three digits, as continental copy writes thousands ("4.000", "1.250").
_ONE_DOTTED = re.compile(r"[1-9]\d{0,2}\.\d{3}")


def _counted_thousands(doc: Doc, i: int) -> bool:
    """Whether a number of one dotted group at token i counts a plural noun right after it that is no unit ("1.250
    people", "2.750 migrants", "12.750 soldiers"): a count, which no fraction is; "1.250 km" stays ambiguous."""
    if i + 1 >= len(doc) or not _ONE_DOTTED.fullmatch(doc[i].text):
        return False
    nxt = doc[i + 1]
    if nxt.tag_ != "NNS" or not nxt.is_alpha or not nxt.is_lower or _unitish(doc, i + 1):
        return False
    return nxt.lower_ not in _SCALE_WORDS and nxt.lower_ not in _PERCENT_WORDS and nxt.lower_ not in _LEVEL_PLURALS


# Plurals of what a level is measured in, which decimals measure ("Shares rose 1.125 points", "2.375 cents").
_LEVEL_PLURALS = frozenset(("points", "cents", "pence", "degrees", "times", "bps", "pips"))


def _bare_after(doc: Doc, i: int) -> bool:
    """Whether nothing a number could measure follows token i: no noun, unit, scale, percent or number ("of which
    4.000 in the south", "3.000 remain in shelters", "injured 3.400.")."""
    if i + 1 >= len(doc):
        return True
    nxt = doc[i + 1]
    if nxt.lower_ in _SCALE_WORDS or nxt.lower_ in _PERCENT_WORDS or _unitish(doc, i + 1):
        return False
    return nxt.pos_ not in ("NOUN", "PROPN", "NUM", "SYM", "ADJ") and nxt.text not in ("%", "/")


def _dotted_counts_in(doc: Doc) -> bool:
    """Whether the text writes a count with one dotted group of thousands ("15.000 teachers", "12.500 people"), the
    evidence that its other bare dotted numbers are thousands too. Computed once per document."""
    key = "figures.dotted_counts"
    if key not in doc.user_data:
        doc.user_data[key] = any(_counted_thousands(doc, t.i) for t in doc if _ONE_DOTTED.fullmatch(t.text))
    return doc.user_data[key]


def _european(doc: Doc, i: int, body: str, notation: _Notation) -> tuple[str, str] | None:
    """A number in continental notation, as translated copy keeps it ("13.000 soldiers", "1.500.000",
    "1.234,56 euros", "2,5 billion", "3,2%"): (the number in English notation, what follows it), or None."""
    nxt = doc[i + 1] if i + 1 < len(doc) else None
    g = _EURO_GROUPED.fullmatch(body)
    if g and not g.group("rest")[:1].isdecimal():
        groups, dec = g.group("int"), g.group("dec")
        if groups.count(".") == 1 and not dec and not notation.continental(i):
            # One dotted group reads as English decimals unless a plural noun or a unit follows and the digits
            # end in zeros that English decimals drop: "13.000 soldiers", "2.500 km", never "a 1.000 average";
            # a paragraph that writes decimal commas groups thousands with dots ("8,3 million ... 9.600 million")
            if g.group("rest"):
                return None
            if _counted_thousands(doc, i) or (_bare_after(doc, i) and _dotted_counts_in(doc)):
                # "Some 1.250 people", "rescued 2.750 migrants": no count of people is fractional, whatever the
                # digits; "of which 4.000 in the south", "and injured 3.400" in a text that writes such counts
                return groups.replace(".", ""), ""
            if not groups.endswith("00") or nxt is None:
                return None
            low = nxt.lower_
            head = doc[i].head  # "1.000 led lights": the plural the number modifies may come after an adjective
            counts = doc[i].dep_ == "nummod" and head.i > i + 1 and head.tag_ == "NNS"
            if low in _RANGE_JOINS and i + 2 < len(doc) and _european(doc, i + 2, doc[i + 2].text, notation):
                counts = True  # "between 3.000 and 5.000 euros": the low end is written as the high one
            if (
                low in _SCALE_WORDS
                or low in _PERCENT_WORDS
                or not (nxt.tag_ == "NNS" or _unitish(doc, i + 1) or counts)
            ):
                return None  # "$1.500 billion" is an exact English amount
        return groups.replace(".", "") + (f".{dec}" if dec else ""), g.group("rest")
    d = _DECIMAL_COMMA.fullmatch(body)
    plural_scale = (
        nxt is not None
        and nxt.lower_ in ("millions", "billions", "trillions")
        and d is not None
        and len(d.group("int")) <= 3  # "In 2023,12 billions were spent": a year, a comma, a number
    )
    if d and (
        d.group("rest") == "%" or (not d.group("rest") and nxt is not None and (_unitish(doc, i + 1) or plural_scale))
    ):  # "3,4 billions of euros": machine-translated copy keeps the plural of the scale word
        return f"{d.group('int')}.{d.group('dec')}", d.group("rest")  # a comma before one or two digits
    return None


def _one_digit_thousands(doc: Doc, i: int, j: int) -> bool:
    """Whether a number of one to three digits and one group of three before a word in lower case or a people's
    name are one number written with a space for the thousands ("1 200 people were evacuated", "About 25 300 people",
    "Some 7 400 Syrian refugees"; SI spacing): no count is written right before another. Not after a month or a
    label's noun ("On March 5 200 people died", "After Chapter 11 300 jobs were cut", "In week 7 300 new cases"),
    nor before a name ("5 737 Max jets", "20 787 Dreamliners") or a percent ("1 100%")."""
    if len(doc[i].text) > 3 or j >= len(doc) or _label_number(doc, i) or _a_model_number(doc, i + 1):
        return False
    nxt = doc[j]
    if nxt.lower_ in _PERCENT_WORDS or not nxt.is_alpha:
        return False
    return nxt.is_lower or nxt.ent_type_ == "NORP"


def _a_model_number(doc: Doc, k: int) -> bool:
    """Whether the group of three digits at token k is a product's number the story writes elsewhere beside a name
    ("Boeing plans to build 38 737 jets a month ... the 737 Max": a count of 737s, not 38,737 jets): the same digits
    as a token of their own before a name ("737 Max") or after a maker's that the tagger makes a product ("Boeing
    737"), anywhere in the document; "The Route 300 bus" is no product."""
    text = doc[k].text
    for t in doc:
        if t.text != text or t.i == k or abs(t.i - k) == 1:
            continue
        before = doc[t.i - 1] if t.i > 0 else None
        after = doc[t.i + 1] if t.i + 1 < len(doc) else None
        if after is not None and after.pos_ == "PROPN" and after.is_alpha and after.text[:1].isupper():
            return True  # "the 737 Max", "787 Dreamliner"
        if before is not None and before.pos_ == "PROPN" and t.ent_type_ == "PRODUCT":
            return True  # "Boeing 737 jets", as the tagger names a product; not "Route 300 bus"
    return False


def _label_number(doc: Doc, i: int) -> bool:
    """Whether the number at token i is a label's or a date's: right after a month or a noun ("March 5", "Chapter
    11", "day 12", "Zone 3", "round 2")."""
    if i == 0:
        return False
    prev = doc[i - 1]
    return prev.lower_.rstrip(".") in _MONTHS or (prev.pos_ in ("NOUN", "PROPN") and prev.is_alpha)


def _digit_number(doc: Doc, i: int, words: dict[int, tuple[int, float, bool]], notation: _Notation) -> _Num | None:
    """A number written with digits at token i, with glued currency, scale, fraction and exponent; after a glued
    prefix of letters that names no currency this module reads, only before a scale ("Dh5 billion", not "F35")."""
    num = _read_digits(doc, i, words, notation)
    if num is not None and num.unread and not num.scaled:
        return None
    return num


def _read_digits(doc: Doc, i: int, words: dict[int, tuple[int, float, bool]], notation: _Notation) -> _Num | None:
    t = doc[i]
    text = t.text
    fm = _FRACTION.match(text)
    if fm:
        b = int(fm.group("b"))
        ticks = b in (32, 64) and int(fm.group("a")) < b  # "rose 29/32 in price": bond prices move in 32nds
        if not ticks and (b == 0 or (b > 12 and int(fm.group("a")) > 12) or b > 100 or int(fm.group("a")) >= b):
            return None  # "24/7" and dates are no fractions
        if b not in _USUAL_DENOMINATORS and not (i + 1 < len(doc) and doc[i + 1].lower_ == "of"):
            return None  # "9/11", "7/7": dates and names, unless a share of something ("1/40 of")
        v = int(fm.group("a")) / b * (-1 if fm.group("sign") else 1)
        return _Num(i, i + 1, v, digits=True, fraction=True)
    m = _DIGITS.match(text)
    listed = None
    if not m:
        u = _UNREAD_PREFIX.match(text)
        m = _DIGITS.match(text, u.end()) if u else None
        if m is None or m.group("pre") or m.group("sign"):
            return None
        # "Dh5 billion": iso4217parse's table reads it (money._abbreviated_currency); "Tk50 crore" stays unread, an
        # amount in a currency of its own
        listed = _abbreviated_currency(u.group())
    pre, sign, raw, suf = m.group("pre"), m.group("sign"), m.group("num"), m.group("suf")
    european = _european(doc, i, raw + suf, notation)
    if european is None and (pre or (i > 0 and doc[i - 1].text in _SYMBOLS)):
        cents = _DECIMAL_COMMA.fullmatch(raw + suf)
        if cents is not None and len(cents.group("dec")) == 2 and not cents.group("rest"):
            european = f"{cents.group('int')}.{cents.group('dec')}", ""  # "€1,85 a litre", "€3,20": a price in cents
    if european is not None:
        raw, suf = european
    rupiah = pre == "Rp" or (not pre and i > 0 and doc[i - 1].text == "Rp")
    if rupiah and re.fullmatch(r"\d{1,3}(?:\.\d{3})+", raw):
        raw = raw.replace(".", "")  # "Rp50.000", "Rp 50.000": rupiah amounts group thousands with dots, no cents
    if len(suf) > 1 and suf.endswith(".") and suf[:-1] in _SCALE_ABBR:
        suf = suf[:-1]  # "$2.174T." at the end of a sentence
    currency = listed  # "Dh5 billion", "Dh500m": a glued abbreviation of the currency table's
    if pre:
        currency = _symbol_currency(pre) or _LETTER_PREFIXES.get(pre)
        if currency is None:
            return None
    try:
        value = _to_float(raw)
    except ValueError:
        return None
    if sign in ("-", "−") and (i == 0 or doc[i - 1].whitespace_ or doc[i - 1].is_punct or doc[i - 1].is_space):
        value = -value
    elif sign in ("+",):
        pass
    elif sign:
        return None
    if suf[:1] in _UNICODE_FRACTIONS and raw.isdecimal():
        # "2½ miles", "7½ pounds": a fraction glyph glued to the whole number is one number
        value += _UNICODE_FRACTIONS[suf[0]] * (-1 if value < 0 else 1)
        suf = suf[1:]
    num = _Num(i, i + 1, value, digits=True, currency=currency, suffix=suf, unread=m.start() > 0)
    pm = _PERCENT_RANGE.match(suf) if suf else None
    if pm and i + 1 < len(doc) and doc[i + 1].text == "%" and not t.whitespace_:
        high = _to_float_or(pm.group("num"), value)  # "4.25%-4.5%" is one token and a "%"
        if high > value:
            num.low, num.high, num.value, num.suffix, num.end = value, high, _range_value(value, high), "%", i + 2
            suf = "%"
    cm = _CURRENCY_RANGE.match(suf) if suf else None
    if cm and (currency or (i > 0 and _symbol_currency(doc[i - 1].text))):
        # "$1.2bn-$1.5bn", "£25,000-£30,000", "$500m-$1bn": one token, the currency written twice
        m1, m2 = _suffix_scale(cm.group("sc1")), _suffix_scale(cm.group("sc2"))
        high = _to_float_or(cm.group("num"), 0.0)
        if m1 is not None and m2 is not None:
            m1 = m1 if cm.group("sc1") else m2
            if high * m2 > value * m1:
                num.low, num.high, num.value = value * m1, high * m2, _range_value(value * m1, high * m2)
                num.scaled, num.suffix, suf = m2 != 1.0, "", ""
    rm = _RANGE_SUFFIX.match(suf) if suf else None
    if rm and not (1000 <= value <= 2100 and re.fullmatch(r"\d{2}|\d{4}", rm.group("num"))):
        high = _to_float_or(rm.group("num"), value)
        if high > value:
            num.low, num.high, num.value, num.suffix = value, high, _range_value(value, high), rm.group("suf")
            suf = num.suffix
    # Space-grouped thousands ("40 000", "1 234 567").
    j = i + 1
    if not suf and "," not in raw and "." not in raw and len(raw) <= 3:
        grouped = value
        while j < len(doc) and doc[j - 1].whitespace_ == " " and _GROUP.fullmatch(doc[j].text):
            grouped = grouped * 1000 + float(doc[j].text) * (1 if value >= 0 else -1)
            j += 1
            if "." in doc[j - 1].text:
                break  # "1 234 567.89": the decimals close the number
        # One group after a plain space may be a second number ("400 737 Max jets"): only "000"-like
        # groups, several groups, or a unit after make it one number; a percent sign makes it two, as a share
        # is never thousands ("Joe Schobert 74 100%": plays, then their share, in a stats table).
        if (
            j == i + 2
            and not doc[i + 1].text.startswith("0")
            and (not _unitish(doc, j) or (j < len(doc) and doc[j].lower_ in _PERCENT_WORDS))
            and not _one_digit_thousands(doc, i, j)
        ):
            j = i + 1
        if j > i + 1:
            value = grouped
            num.value, num.end = value, j
    # Text tokenized with spaces around punctuation ("6 . 2 %", "$ 46 . 8 million", "80 , 000"): prose never
    # puts a space before a decimal point or a thousands comma, so the three tokens are one number.
    spaced = i + 2 < len(doc) and bool(t.whitespace_) and bool(doc[i + 1].whitespace_)
    if spaced and num.end == i + 1 and not suf and raw.isdecimal():
        sep, frac = doc[i + 1].text, doc[i + 2].text
        if (sep == "." and frac.isdecimal()) or (sep == "," and len(raw) <= 3 and _THREE_DIGITS.fullmatch(frac)):
            value = _to_float_or(f"{raw}.{frac}" if sep == "." else raw + frac) * (-1 if value < 0 else 1)
            num.value, num.end = value, i + 3
    # Exponent glued or spelled ("1.3e6" is matched as suffix "e6"; "3x10^8" is three tokens).
    if suf in ("x10", "×10") and i + 2 < len(doc) and doc[i + 1].text == "^" and not t.whitespace_:
        suf += "^" + doc[i + 2].text
        num.end = i + 3
    # Powers ("1.1^23", "2.5^-1", "8x2^10"): the caret may be glued into the token or split off by the tokenizer.
    base_only = not suf or (suf[:1] in ("x", "×") and suf[1:].replace(".", "", 1).isdecimal())
    if base_only and num.end + 1 < len(doc) and doc[num.end].text == "^" and not doc[num.end - 1].whitespace_:
        tail = doc[num.end + 1].text
        if not doc[num.end].whitespace_ and _POWER_TAIL.match(tail):
            suf += "^" + tail
            num.end += 2
    pw = _POWER.match(suf) if "^" in suf else None  # "4km^3" is a unit power, left to the unit reader
    if pw is not None:
        exp = int(pw.group("exp")) * (-1 if (pw.group("signs").count("-") + pw.group("signs").count("−")) % 2 else 1)
        base = float(pw.group("base")) if pw.group("base") else abs(value)
        if abs(exp) > 60 or base == 0:
            return None
        try:
            power = base**exp
        except OverflowError:  # "999999^60" is past any float
            return None
        if not abs(power) <= MAX_ABS_VALUE:
            return None
        num.value = (value if pw.group("base") else (-1.0 if value < 0 else 1.0)) * power
        num.suffix = ""
        return num
    if suf:
        em = _EXPONENT.match(suf)
        if em:
            exp = int(em.group("exp").replace("−", "-"))
            if abs(exp) > 18 or not abs(value * 10.0**exp) <= MAX_ABS_VALUE:
                return None
            num.value = value * 10.0**exp
            num.suffix = ""
            return num
    # "1 / 4 point", "7 3 / 4 %": text tokenized with spaces around the slash.
    if not suf and num.end == i + 1 and raw.isdecimal() and value > 0:
        spaced_fraction = _spaced_fraction(doc, i)
        if spaced_fraction is not None:
            num.value, num.end, num.fraction = spaced_fraction, i + 3, True
        else:
            part = _spaced_fraction(doc, i + 1) if i + 1 < len(doc) and doc[i + 1].text.isdecimal() else None
            if part is not None and t.whitespace_:
                num.value, num.end = value + part, i + 4
    # A fraction after the whole number ("2 1/2", "10 ½", and "1-1/2" as US copy glues it with a hyphen).
    if not suf and num.end < len(doc):
        nt = doc[num.end]
        hyphen = (
            nt.text in ("-", "–")
            and num.end + 1 < len(doc)
            and not doc[i].whitespace_
            and not nt.whitespace_
            and raw.isdecimal()
        )
        if hyphen:
            nt = doc[num.end + 1]  # the hyphen joins the whole number and its fraction
        fm2 = _FRACTION.match(nt.text)
        if (
            fm2
            and not fm2.group("sign")
            and int(fm2.group("b")) in range(2, 17)
            and int(fm2.group("a")) < int(fm2.group("b"))
        ):
            num.value = value + int(fm2.group("a")) / int(fm2.group("b"))
            num.end += 2 if hyphen else 1
        elif nt.text in _UNICODE_FRACTIONS and not hyphen:
            num.value = value + _UNICODE_FRACTIONS[nt.text]
            num.end += 1
    if num.value == value and raw.isdecimal() and not suf and num.end < len(doc) and doc[num.end].lower_ == "and":
        fr = _fraction_after_and(doc, num.end, words)
        after = doc[num.end + fr[1]] if fr is not None and num.end + fr[1] < len(doc) else None
        glued = after is not None and after.text in ("-", "–")  # (not "3 and a half-dozen")
        # "Between 5 and a half dozen people": the two ends of a range, the second "a half dozen" (review s22 r1 LOW-6)
        scale_after = after is not None and after.lower_ in ("dozen", *_SCALE_WORDS)
        # ... unless the scaled half is itself the first end: "between 1 and a half billion and 2 billion dollars"
        then = doc[after.i + 1] if after is not None and after.i + 1 < len(doc) else None
        second_end = then is not None and then.lower_ in ("and", "to", "-", "–")
        ends = i > 0 and doc[i - 1].lower_ == "between" and scale_after and not second_end
        if fr is not None and 0 < fr[0] < 1 and not glued and not ends:
            num.value = value + fr[0]  # "3 and a half hours", "age 59 and a half", "2 and a half million dollars"
            num.end += fr[1]
    # Scale words after ("50 billion", "4.5 bn", "$10 M"); a glued suffix scale ("4.5bn", "10k").
    money = currency is not None or (i > 0 and _symbol_currency(doc[i - 1].text) is not None)
    if suf:
        sm = _SCALE_ABBR.get(suf) or _SCALE_ABBR.get(
            suf.lower() if suf.lower() in ("bn", "mn", "tn", "mln", "bln") else ""
        )
        if sm is None and money and suf.lower() in _MONEY_SCALE_ABBR:
            sm = _MONEY_SCALE_ABBR[suf.lower()]
        if sm is None and suf == "m" and _plural_count_noun(doc, i + 1):
            sm = 1e6  # "some 2.5m people": millions, not metres
        if sm is None and suf == "b" and ("." in raw or _currency_after(doc, i + 1) or _plural_people_noun(doc, i + 1)):
            sm = 1e9  # "1.2b dollars", "lost 1.2b", "3b users": billions; "Article 3b", "2b pencils" are names
        if sm is None and suf.lower() in _SCALE_WORDS:
            sm = _SCALE_WORDS[suf.lower()]
        if sm is not None and not money and suf in ("M", "B", "K", "T") and value >= 1000:
            return None  # "Radeon Pro 5300M", "the 5500M chipset": a model name, not billions
        nxt = doc[i + 1] if i + 1 < len(doc) else None
        if (
            sm is not None
            and not money
            and suf in ("M", "B", "K", "T")
            and nxt is not None
            and nxt.text[:1].isupper()
            and nxt.tag_ == "NNP"
            and not nxt.is_sent_start
        ):
            j = i + 1
            while j < len(doc) and doc[j].tag_ == "NNP":
                j += 1
            if j >= len(doc) or doc[j].tag_ != "NNS":  # "2B Facebook users" counts the users
                return None  # "the weight-loss program 2B Mindset": a name glued to a number, not two billion
        if sm is not None and not money and i > 0 and doc[i - 1].text.istitle() and doc[i - 1].pos_ == "PROPN":
            return None  # "Block 1B", "Series 7K": a designation after a name
        if sm is not None:
            _scale_by(num, sm)
            num.suffix = ""
            num.scaled = True
    else:
        while True:
            sc = _scale_at(doc, num.end, money)
            if sc is None and _hyphen_before_scale(doc, num.end):
                sc = _SCALE_WORDS[doc[num.end + 1].lower_], 2  # "$2-billion plan", "a 1.5-million-strong army"
            if sc is None and num.end < len(doc) and doc[num.end].lower_ in ("millions", "billions", "trillions"):
                sc = _SCALE_WORDS[doc[num.end].lower_[:-1]], 1  # "2 millions of people", "61 thousand millions"
            if sc is None:
                break
            _scale_by(num, sc[0])
            num.end += sc[1]
            num.scaled = True
        if num.scaled and not money and num.low is None:
            _lower_orders(doc, num, words)
    rare_code = pre is not None and len(pre) == 3 and pre.isalpha() and pre not in _SYMBOL_CODES
    if rare_code and value < 100 and raw.isdecimal() and not num.scaled:
        return None  # "COP26": a rarer code glued to a small integer names something; "EUR20", "COP3bn" are money
    if pre in _LETTER_PREFIXES and not num.scaled and not pre.startswith("Rs") and pre not in _OWN_MONEY_PREFIXES:
        return None  # "Cinebench R20", "N95": a letter prefix is a currency only before a scale ("R59 billion")
    # "3 million and a half"
    if num.scaled:
        fr = _fraction_after_and(doc, num.end, words)
        if fr:
            num.value += fr[0] * (num.value / max(1.0, abs(value)) if value else 1)
            num.end += fr[1]
    return num


def _lower_orders(doc: Doc, num: _Num, words: dict[int, tuple[int, float, bool]]) -> None:
    """ "4 thousand 3 hundred and 21", "6 crore and two hundred": digits before a spelled scale go on with the
    smaller orders of the same number, as spelled numbers do ("four thousand three hundred and twenty-one")."""
    n = len(doc)
    order = _SCALE_WORDS.get(doc[num.end - 1].lower_)
    if order is None or num.value != int(num.value) or (num.start and doc[num.start - 1].lower_ == "between"):
        return  # "between 3 hundred and 500" is a range
    last = num.end - 1
    if last in words and words[last][0] > num.end and order < words[last][1] < 2 * order:
        num.value += words[last][1] - order  # text2num read "hundred and one" as 101 on its own
        num.end = words[last][0]
        return
    while order > 1 and num.end + 1 < n:
        j = num.end
        joined = doc[j].lower_ == "and"
        j += joined
        if j >= n:
            return
        if j in words and not words[j][2]:
            end, part = words[j][0], words[j][1]
        elif doc[j].text.isdecimal() and doc[j - 1].whitespace_:
            end, part = j + 1, float(doc[j].text)
        else:
            return
        scale = _SCALE_WORDS.get(doc[end].lower_) if end < n else None
        if scale is not None:
            part, end = part * scale, end + 1
        if not 0 <= part < order or (not joined and scale is None):
            return  # "3 hundred 21" without "and" is two numbers; only "4 thousand 3 hundred" goes on
        num.value += part
        num.end = end
        if joined:
            return  # "and" comes before the last part
        order = scale or 1


def _spaced_fraction(doc: Doc, i: int) -> float | None:
    """ "1 / 4" at token i, spaces around the slash, a proper fraction with a usual denominator: its value."""
    if i + 2 >= len(doc) or doc[i + 1].text != "/" or not (doc[i].whitespace_ and doc[i + 1].whitespace_):
        return None
    a, b = doc[i].text, doc[i + 2].text
    if not (a.isdecimal() and b.isdecimal()) or int(b) not in _USUAL_DENOMINATORS or not 0 < int(a) < int(b):
        return None
    return int(a) / int(b)


def _scale_by(num: _Num, factor: float) -> None:
    """Multiply a number and, for a range ("10-15bn"), both its ends."""
    num.value *= factor
    if num.low is not None and num.high is not None:
        num.low, num.high = num.low * factor, num.high * factor


def _suffix_scale(s: str) -> float | None:
    """The multiplier of a scale glued to a number ("bn", "m", "k"), 1.0 for none, None for other letters."""
    if not s:
        return 1.0
    low = s.lower()
    return _SCALE_ABBR.get(s) or _SCALE_ABBR.get(low) or _MONEY_SCALE_ABBR.get(low) or _SCALE_WORDS.get(low)


# Words naming a half by its place ("the upper half of the laptop").
_PLACE_WORDS = frozenset(
    ("upper", "lower", "top", "bottom", "front", "back", "northern", "southern", "eastern", "western")
)


# Nouns for a body of people ranked from top to bottom ("the bottom half of the population"): a half of one is a
# share of its people, where "the upper half of the laptop" is a part of a thing.
_RANKED_GROUPS = frozenset(("population", "class", "workforce", "electorate", "public", "society", "distribution"))


def _of_plural(doc: Doc, i: int) -> bool:
    """ "half of U.S. households", "half of earners": the object of the "of" after a half is a plural, so the half
    is a share of a group; "half of the laptop" is a part of one thing. A top or bottom half of a body of people
    ("the bottom half of the population", "the top half of the class") is a share of them too."""
    if i + 2 >= len(doc) or doc[i + 1].lower_ != "of":
        return False
    objs = [c for c in doc[i + 1].children if c.dep_ == "pobj"]
    if not objs:
        objs = [t for t in doc[i + 2 : min(len(doc), i + 6)] if t.pos_ in ("NOUN", "PROPN")][:1]
    if not objs:
        return False
    ranked = i > 0 and doc[i - 1].lower_ in ("top", "bottom", "upper", "lower")
    return objs[0].tag_ in ("NNS", "NNPS") or (ranked and objs[0].lower_ in _RANKED_GROUPS)


def _half_number(doc: Doc, i: int, words: dict[int, tuple[int, float, bool]]) -> _Num | None:
    """'half a million', 'half a year', 'half of the', 'a quarter million', 'half million'."""
    t = doc[i]
    frac = _FRACTION_WORDS[t.lower_]
    prev = doc[i - 1].lower_ if i else ""
    if prev in (
        "first",
        "second",
        "third",
        "fourth",
        "last",
        "final",
        "next",
        "latter",
        "former",
        "other",
        "each",
        "and",
        "-",
        "better",
        "this",
        "that",
        "every",
    ):
        return None
    if prev in _PLACE_WORDS and not _of_plural(doc, i):
        return None  # "the upper half of the laptop": a part named by its place; "the bottom half of households" counts
    if prev in ("a", "an") and i >= 2 and doc[i - 2].lower_ == "and":
        return None  # "a cup and a half"
    nxt = doc[i + 1].lower_
    if nxt in ("a", "an") and i + 2 < len(doc):
        sc = _scale_at(doc, i + 2, False)
        if sc:
            return _Num(i, i + 2 + sc[1], frac * sc[0], word=True, scaled=True)  # a double space counts too
        k = i + 3 if doc[i + 2].is_space and "\n" not in doc[i + 2].text and i + 3 < len(doc) else i + 2
        if doc[k].lower_ == "dozen":
            return _Num(i, k + 1, frac * 12, word=True)  # "half a dozen", "half a  dozen"
        if t.lower_ == "half":
            return _Num(i, i + 1, frac, fraction=True, word=True)
        return None
    sc = _scale_at(doc, i + 1, False)
    if sc and sc[0] >= 1e3:
        return _Num(i, i + 2, frac * sc[0], word=True, scaled=True)
    if t.lower_ == "half" and (
        nxt in ("of", "the", "their", "its", "his", "her", "our", "all") or doc[i + 1].pos_ == "NOUN"
    ):
        return _Num(i, i + 1, frac, fraction=True, word=True)
    if t.lower_ == "quarter" and nxt == "of" and prev in ("a", "one", "three"):
        return None  # handled by the article / number before it
    if t.lower_ == "half" and prev not in ("a", "an", "the") and _after_by(doc, i):
        return _Num(i, i + 1, frac, fraction=True, word=True)  # "slashed its workforce by nearly half"
    if t.lower_ == "half" and _cut_in_half(doc, i):
        return _Num(i, i + 1, frac, fraction=True, word=True)  # "cut its workforce in half"
    return None


def _cut_in_half(doc: Doc, i: int) -> bool:
    """ "cut in half", "slashed its budget in half": "in half" on a verb of falling is a share of the fall, as
    "by half" is; "broke in half" and "folded in half" move no amount."""
    if i < 2 or doc[i - 1].lower_ != "in" or _half_of_a_noun(doc[i]):
        return False  # "fell in half the markets": a share of the markets
    verb = doc[i - 1].head
    return verb.pos_ == "VERB" and verb.i < i - 1 and _is_change_verb(verb) == "down"


def _a_number(doc: Doc, i: int, words: dict[int, tuple[int, float, bool]]) -> _Num | None:
    """'a million', 'a hundred and two', 'a dozen', 'a third of', 'a quarter million', 'a half'."""
    j = i + 1
    nt = doc[j]
    low = nt.lower_
    if [t.lower_ for t in doc[j + 1 : j + 4]] == ["and", "a", "half"] and (
        _DURATION_UNITS.get(low) is not None or _unit_name(low) is not None
    ):
        return _Num(i, j, 1.5, word=True)  # "an hour and a half", "a mile and a half": the unit is read after "a"
    if low in ("hundred", "thousand", "million", "billion", "trillion", "dozen"):
        if j in words and not words[j][2]:
            end, value, _ = words[j]
            num = _Num(i, end, value, word=True, scaled=low != "dozen")
        else:
            num = _Num(i, j + 1, 12.0 if low == "dozen" else _SCALE_WORDS[low], word=True, scaled=low != "dozen")
        if (
            num.end < len(doc)
            and doc[num.end].lower_ in ("and",)
            and num.end + 1 in words
            and not words[num.end + 1][2]
        ):
            e2, v2, _ = words[num.end + 1]
            if v2 < num.value:
                num.value += v2
                num.end = e2
        return num
    if low in ("quarter", "half") and j + 1 < len(doc):
        if i > 0 and doc[i - 1].lower_ == "and":
            return None  # "a cup and a half": the half belongs to a unit the scan does not count
        sc = _scale_at(doc, j + 1, False)
        if sc and sc[0] >= 1e3:
            return _Num(i, j + 2, _FRACTION_WORDS[low] * sc[0], word=True, scaled=True)
        if doc[j + 1].lower_ in ("a", "an"):
            return None  # "about a half an inch": the half of a unit, read from "half" on
        if _time_back(doc, i, j + 1):
            return None  # "The economy shrank a quarter ago": a period of time back, not a share
        if doc[j + 1].lower_ == "of" or (low == "half" and i == 0) or _after_by(doc, i):
            return _Num(i, j + 1, _FRACTION_WORDS[low], fraction=True, word=True)
        if doc[j + 1].lower_ in ("point", "percentage"):
            return _Num(i, j + 1, _FRACTION_WORDS[low], word=True)  # "cut rates by a quarter point"
        unit = doc[j + 1].lower_
        if low == "quarter" and (_unit_name(unit) is not None or _DURATION_UNITS.get(unit) is not None):
            return _Num(i, j + 1, 0.25, fraction=True, word=True)  # "a quarter cup", "a quarter mile": of the unit
        return None
    if j in words and words[j][2] and words[j][1] >= 3 and j + 1 <= len(doc):
        end, value, _ = words[j]
        after = doc[end].lower_ if end < len(doc) else ""
        # "a third of", "a fifth", "a hundredth"; "a third" before a noun is an ordinal ("a third straight title"),
        # but "by a third last year" is followed by a time, not by a noun it ranks.
        nxt = doc[end] if end < len(doc) else None
        before_noun = nxt is not None and nxt.pos_ in ("NOUN", "PROPN", "ADJ", "NUM") and nxt.ent_type_ != "DATE"
        # "for a sixth month", "a second year": a singular time noun it ranks (the tagger dates the phrase)
        before_noun = before_noun or (nxt is not None and nxt.tag_ == "NN" and nxt.lower_ in _DURATION_UNITS)
        # "grew a third consecutive quarter", "a third straight year": an adjective and a time noun it ranks
        before_noun = before_noun or (
            nxt is not None
            and nxt.pos_ == "ADJ"
            and nxt.lower_ not in ("last", "next", "past", "previous", "coming", "this")  # "by a third last year"
            and end + 1 < len(doc)
            and _singular(doc[end + 1].lower_) in _DURATION_UNITS
        )
        if _time_back(doc, i, end):
            return None  # "a third ago" is no share
        if after == "of" or (nt.lower_ not in ("third", "fourth") or _after_by(doc, i)) and not before_noun:
            return _Num(i, end, 1.0 / value, fraction=True, word=True)
    return None


# Unit names that are everyday nouns as well ("a bit", "a cup of coffee", "a stone's throw", "a ton of fun", "a turn",
# "a knot"): after "a" they are no measure.
_EVERYDAY_UNITS = frozenset(("bit", "cup", "knot", "nit", "stone", "ton", "turn", "dram", "drachma"))
# Unit names that are everyday nouns too but measure something in the usual ways of writing a measure: "a foot of
# snow", "a metre of water" (before "of" and a noun; not "a degree of uncertainty"), "a foot taller", "rose a degree"
# (a measure of a comparison or a change); not "a foot soldier", "a degree in law", "a parking meter", "a yard".
_MEASURED_ONLY = frozenset(("foot", "yard", "meter", "metre", "degree"))
# Adjectives between "a" and a unit that keep it one of the unit ("a full percentage point", "a whole inch").
_ONE_ADJECTIVES = frozenset(("full", "whole", "mere"))  # not "single": "not a single cent" is none
# Words before "of a <unit>" that make it a share of the unit ("a fraction of an inch", "half of a mile").
_SHARE_WORDS = frozenset(
    ("fraction", "fractions", "part", "parts", "portion", "share", "bit", "half", "quarter", "third", "percent", "%")
)


# Nouns of bodies of water, whose level a name with one of them in it has ("Folsom Lake lost a foot").
_WATERS = frozenset(
    ("lake", "reservoir", "river", "sea", "ocean", "bay", "dam", "pond", "creek", "canal", "lagoon", "glacier")
)


def _waters(t: Token) -> bool:
    """Whether a proper name (its head t and the words compounded onto it) names a body of water ("Folsom Lake",
    "Lake Mead", "the Colorado River")."""
    return any(w.lower_ in _WATERS for w in (t, *(c for c in t.children if c.dep_ in ("compound", "flat"))))


def _one_unit(doc: Doc, i: int, article: int | None = None) -> bool:
    """Whether "a"/"an" at token i is one of the unit or the money after it ("a gallon of gas", "an inch of rain",
    "a mile away", "It costs a dollar", "not a penny", "a fee of a dollar"): a singular unit of measure (not a time:
    "a day", "a year ago" are spans, not amounts) or of money in lower case, heading its own phrase. Not the
    denominator of a rate ("$3 a gallon", "60 miles an hour": a number or a unit before "a"), not a share of a unit
    ("a fraction of an inch", "two-thirds of a mile", "half a dollar": those are read whole), not a unit modifying a
    noun ("a dollar store", "a mile-long queue", "a dollar-denominated bond"), not an everyday noun that names a unit
    too (see _EVERYDAY_UNITS, _MEASURED_ONLY), "a pound" only of something weighed ("a pound of beef"; "a pound" alone
    may be money), "a yen" not of a liking ("a yen for adventure"). ``article``: the index of "a" when an adjective
    stands at i between it and the unit ("a full percentage point"); the words before are read before the article."""
    a = i if article is None else article
    j = i + 1
    u = doc[j]
    if (
        j + 1 < len(doc)
        and (pair := f"{u.lower_} {doc[j + 1].lower_}")
        and (pair in ("percentage point", "basis point") or pair in _UNIT_NAMES)
    ):
        u = doc[j + 1]  # "rose a percentage point", "a square mile of forest": a unit named in two words
        j += 1
    if u.tag_ != "NN" or not u.text.islower() or u.dep_ == "compound" or u.lower_ in _EVERYDAY_UNITS:
        return False
    money = u.lower_ in _currency_names() or u.text in _LOWER_CODES
    if not money and _DURATION_UNITS.get(u.lower_) is not None:
        return _bounded_span(doc, a, u) or _lasted(doc, a, u)
    if not (money or u.lower_ in _SUBUNITS or _unit_name(u.lower_) is not None or (u.lower_ == "point" and j > i + 1)):
        return False  # the common case ("a deal", "a man"), decided by lookups before anything else
    nxt = doc[j + 1] if j + 1 < len(doc) else None
    if nxt is not None and nxt.text in ("-", "–") and not u.whitespace_:
        return False
    if _no_amount(doc, a, u):
        return False
    if a > 0:
        prev = doc[a - 1]
        if (
            prev.like_num
            or _HAS_DIGIT.search(prev.text)
            or prev.lower_ in ("once", "twice", "thrice", "times", "per")
            or prev.lower_ in _FRACTION_WORDS
            or _unit_name(prev.lower_) is not None
            or _DURATION_UNITS.get(prev.lower_) is not None
            or _currency_after(doc, a - 1) is not None
            or (prev.lower_ == "of" and a > 1 and _a_share(doc[a - 2]))
        ):
            return False
    if u.lower_ in _MEASURED_ONLY:
        of_stuff = u.lower_ != "degree" and nxt is not None and nxt.lower_ == "of"
        compared = u.dep_ == "npadvmod" or u.head.tag_ in ("JJR", "RBR")  # "a foot taller", "a degree warmer"
        changed = u.head.pos_ == "VERB" and _is_change_verb(u.head) is not None and u.head.i < u.i  # "rose a degree"
        # "The soldier lost a foot in the blast": a person's body part lost, not a fall of a foot (review s20 r1b LOW,
        # r2b LOW)
        subject = next((c for c in u.head.children if c.dep_ == "nsubj"), None)
        if subject is not None and subject.lower_ in ("who", "whom", "that") and u.head.dep_ == "relcl":
            subject = u.head.head  # "A soldier who lost a foot": the noun the clause hangs on
        person = subject is not None and (
            subject.ent_type_ == "PERSON"
            or subject.lower_ in ("he", "she", "i", "we", "they", "you", "who")
            or _people_noun(_singular(subject.lower_))
            # "Smith lost", "Kirkland lost" (a lone surname the small model tags ORG: review s21 r1b MED-4); a place
            # is none, nor a name of a body of water, whatever its tag ("Folsom Lake", tagged a product)
            or (subject.pos_ == "PROPN" and subject.ent_type_ not in ("GPE", "LOC", "FAC") and not _waters(subject))
        )
        lost = u.lower_ == "foot" and u.dep_ == "dobj" and u.head.lower_.startswith("los")
        changed = changed and not (lost and person)  # "Lake Mead lost a foot in July" is a fall of the level
        return of_stuff or compared or changed
    if u.lower_ == "pound":
        return nxt is not None and nxt.lower_ == "of"
    if u.lower_ == "point" and j > i + 1:
        return True  # "a percentage point", "a basis point"
    if u.lower_ == "yen" and nxt is not None and nxt.lower_ == "for":
        return False
    if _unit_name(u.lower_) is not None or u.lower_ in _SUBUNITS:
        return True
    hit = _currency_after(doc, j)
    return hit is not None and hit[1] == 1


# Words after "a <time unit>" that make it a point in time or an age, not a span: "more than a year ago".
_NOT_A_SPAN_AFTER = frozenset(("ago", "earlier", "later", "back", "old", "before", "after", "since"))


def _multiplying_idiom(lowers: list[str], i: int) -> bool:
    """Whether a verb of multiplying at token i is an idiom, no change: "doubled down on", "doubling-down", "doubled
    up", "The stadium, doubling as a vaccination centre", "Doubling back, the suspect fled", "doubling over in pain"
    (review s26 rev3f 5); not "Sales doubled over the past year"."""
    nxt = lowers[i + 1] if i + 1 < len(lowers) else ""
    if nxt in ("down", "up", "-", "as", "back"):
        return True
    after = lowers[i + 2] if i + 2 < len(lowers) else ""
    return nxt == "over" and (after in ("in", "with", "and", ",", ".", "") or not after.isalnum())


def _bounded_span(doc: Doc, a: int, u: Token) -> bool:
    """Whether "a"/"an" at token a and the time unit u after it are a span a qualifier bounds ("in less than an
    hour", "had run for more than a decade", "nearly a year", "at least a week"): a bound or an estimate says the
    span is an amount. A bare "a year", "an hour" is left alone ("a year ago", "for a while", "once a week", "$5 a
    day": points in time, idioms and rates), and so is a bounded one that dates or ages: the unit measures a word
    after it ("more than a year ago", "at least a week prior to", "less than a year old") or "to the day" follows,
    and a bare "over" that spans the year ("Prices rose over a year"; "jailed for over a year" bounds it)."""
    if a == 0 or u.i != a + 1:
        return False
    # "a year ago", "a week prior to the election", "a year old": a point in time or an age; not a comparative ("at
    # least a year older": a difference, which is a span)
    dating = u.head.pos_ in ("ADV", "ADJ", "ADP") and u.head.tag_ not in ("JJR", "RBR")
    if u.dep_ == "npadvmod" and u.head.i == u.i + 1 and dating:
        return False
    nxt = doc[u.i + 1] if u.i + 1 < len(doc) else None
    if nxt is not None and (nxt.lower_ in _NOT_A_SPAN_AFTER or nxt.text in ("-", "–", "'s", "’s")):
        return False  # (the parse may hang "ago" elsewhere); "nearly a year-long strike", "about a year's worth"
    if nxt is not None and nxt.lower_ == "to" and [t.lower_ for t in doc[u.i + 2 : u.i + 4]] == ["the", "day"]:
        return False  # "nearly a year to the day after the accident": a date
    if doc[a - 1].lower_ == "over" and not _over_bounds(doc, a - 1):
        return False  # "Prices rose over a year": during it; "for over a year", "the highest in over a decade" bound
    q, _ = _qualifier_before(doc, a, doc[a].sent.start)
    return q is not None


# Verbs whose object or measure is how long something goes on: "The talks lasted a week", "He spent a year in prison",
# "served a month in jail", "waited an hour", "It took a year to build".
_LASTING = frozenset(verb_forms("last spend:spent serve wait take:took,taken,taking"))


def _lasted(doc: Doc, a: int, u: Token) -> bool:
    """Whether "a"/"an" at token a and the time unit u after it are how long a verb of lasting goes on ("The talks
    lasted a week", "He spent a year in prison", "It took a year to build"): the unit is the verb's object or measure,
    right after it, and dates nothing ("spent a year ago", "a week-long")."""
    if a == 0 or u.i != a + 1 or u.dep_ not in ("dobj", "npadvmod") or u.head.i != a - 1:
        return False
    if u.head.pos_ != "VERB" or u.head.lower_ not in _LASTING or u.head.is_sent_start:
        return False  # "Wait a second.", "Wait a minute!": a call to stop, no span
    nxt = doc[u.i + 1] if u.i + 1 < len(doc) else None
    return nxt is None or not (nxt.lower_ in _NOT_A_SPAN_AFTER or nxt.text in ("-", "–", "'s", "’s"))


# Words right before "a <unit>" that deny it ("Not a penny was spent", "without a dollar of public money").
_DENYING = frozenset(("not", "never", "without", "no", "nor", "n't"))
# Verbs of yielding: "refused to give an inch", "would not cede an inch of its land" (review s20 r2b MED).
_YIELDING = frozenset(
    verb_forms("give:gave,given cede yield budge withdraw:withdrew,withdrawn retreat surrender concede")
)


def _no_amount(doc: Doc, i: int, u: Token) -> bool:
    """Whether "a <unit>" at token i (the unit u) is an idiom of none rather than an amount (review s20 r2b HIGH/MED,
    the lead's decision: no figure, money included; r3b MEDs): denied by a word right before it ("Not a penny was
    spent", "not an ounce of truth", "without a dollar") or by the negation of the verb whose own object or measure it
    is ("would not give up an inch"), and "an inch" given up where it is denied or refused ("refused to give an inch",
    "won't budge an inch"). Not a bound ("did not expect more than an inch of rain"), a distance in apposition ("did
    not reach the school, a mile away"), nor a measure given ("The storm gave Buffalo a foot of snow", "The glacier
    retreated a mile"). "a dime a dozen" is read in the scan."""
    if i > 0 and doc[i - 1].lower_ in _DENYING:
        return True
    if i > 0 and doc[i - 1].lower_ in ("than", "to", "within", "about", "nearly", "almost"):
        return False  # a bound or an estimate of the amount, whatever denies the verb
    v = u.head
    if v.pos_ not in ("VERB", "AUX") or u.dep_ not in ("dobj", "npadvmod", "nsubj", "nsubjpass", "attr"):
        return False
    denied = any(c.dep_ == "neg" for c in v.children)
    refused = v.head.lower_ in _REFUSING and v.dep_ == "xcomp"
    if u.lower_ == "inch" and v.lower_ in _YIELDING:
        return denied or refused or v.lower_.startswith("budg")
    return denied and u.dep_ in ("dobj", "nsubj", "nsubjpass", "attr")


# Verbs of refusal over a verb of yielding ("refused to give an inch", "declined to cede an inch").
_REFUSING = frozenset(verb_forms("refuse decline reject"))


def _a_share(t: Token) -> bool:
    """Whether the word before "of" in "<t> of a <unit>" makes a share of the unit: a number, a share word, a fraction
    word ("two-thirds of a mile", "a fraction of an inch", "10 percent of a dollar")."""
    low = t.lower_
    return t.like_num or low in _SHARE_WORDS or low in _FRACTION_WORDS or low.endswith(("ths", "thirds"))


# Words before "three quarters" that make the quarters periods of a year ("the past three quarters").
_QUARTER_PERIOD_BEFORE = frozenset(
    ("the", "past", "last", "next", "first", "previous", "recent", "for", "in", "over", "those", "these", "its")
)
# Words after a time that place it back or forward ("a quarter ago", "a quarter earlier"): a period, not a share.
_TIME_AFTER = frozenset({"ago", "earlier", "later"})


def _time_back(doc: Doc, i: int, k: int) -> bool:
    """Whether 'a quarter'/'a third' at token i, followed by token k, is a time placed back or forward ("shrank a
    quarter ago", "a quarter earlier"); after "by" it is always a share ("fell by a third later in the day")."""
    return k < len(doc) and doc[k].lower_ in _TIME_AFTER and not (i > 0 and doc[i - 1].lower_ == "by")


def _after_by(doc: Doc, i: int) -> bool:
    """ "grew by a quarter", "cut by a third", "fell by almost a third", "dropped nearly a quarter": a fraction of
    a change or a bounded share, not an ordinal ("a third term")."""
    q, qstart = _qualifier_before(doc, i, doc[i].sent.start)
    if qstart == 0:
        return q is not None
    prev = doc[qstart - 1]
    return prev.lower_ == "by" or q is not None or (prev.pos_ == "VERB" and _is_change_verb(prev) is not None)


def _word_number(
    doc: Doc, i: int, end: int, value: float, ordinal: bool, words: dict[int, tuple[int, float, bool]]
) -> _Num | None:
    """A text2num occurrence, with fractions ('two thirds'), 'and a half' and pronoun 'one' filtered."""
    first = doc[i]
    if ordinal:
        return _scale_fraction(doc, i, end)
    if first.lower_ in ("ones", "zeros", "zeroes", "tens"):
        return None  # "the best ones"
    if first.lower_ in _VAGUE:
        people = first.dep_ == "dobj" and first.head.lower_.startswith(_PEOPLE_VERBS)  # "The blast injured dozens"
        if (first.dep_ not in ("nsubj", "nsubjpass", "conj") and not people) or end != i + 1:
            return None  # "save hundreds"; vague plurals count with "of" or as a subject ("Thousands marched")
        return _Num(i, end, _VAGUE[first.lower_], vague=True, word=True)
    # text2num reads bare scale words ("million" in "half a million") as numbers; those are taken above.
    if first.lower_ in ("hundred", "thousand", "million", "billion", "trillion") and end == i + 1:
        prev = doc[i - 1].lower_ if i else ""
        if prev in ("a", "an", "half", "quarter", "per") or _HAS_DIGIT.search(prev):
            return None  # ... or the scale of a label-like amount the scan left out ("Rs2bn", "G7 billion")
    split = _and_fraction(doc, i, end, words)
    if split is not None:
        return split
    num = _Num(i, end, value, word=True, scaled=any(doc[k].lower_ in _SCALE_WORDS for k in range(i, end)))
    # "several hundred", "a few thousand": vague amounts.
    if i > 0 and doc[i - 1].lower_ in ("several", "few", "many") and first.lower_ in _SCALE_WORDS:
        num.start, num.vague = i - 1, True
    # "a couple of hundred", "a couple thousand": about two of the scale.
    c = i - 2 if i >= 3 and doc[i - 1].lower_ == "of" else i - 1
    couple = c >= 1 and doc[c].lower_ == "couple" and doc[c - 1].lower_ == "a"
    if couple and first.lower_ in _SCALE_WORDS and end == i + 1:
        num.start, num.vague, num.value = c - 1, True, 2 * num.value
    # Scale words text2num leaves out ("one trillion").
    while num.end < len(doc) and doc[num.end].lower_ in _SCALE_WORDS and _SCALE_WORDS[doc[num.end].lower_] > num.value:
        num.value *= _SCALE_WORDS[doc[num.end].lower_]
        num.end += 1
        num.scaled = True
    # Text2num splits "twenty-one trillion three hundred": join adjacent word numbers of decreasing order.
    while num.end in words and not words[num.end][2] and words[num.end][1] < num.value and num.value >= 1000:
        e2, v2, _ = words[num.end]
        num.value += v2
        num.end = e2
    # "two thirds", "three quarters", "five eighths", "one-half", "two-thirds"
    # "one - fourth" in text tokenized with spaces around hyphens counts as well, but only before a fraction word.
    spaced = num.end + 1 < len(doc) and bool(doc[num.end - 1].whitespace_) and bool(doc[num.end].whitespace_)
    if num.end + 1 < len(doc) and doc[num.end].text == "-" and (not doc[num.end - 1].whitespace_ or spaced):
        h = num.end + 1
        if doc[h].lower_ in _FRACTION_WORDS:
            return _Num(i, h + 1, value * _FRACTION_WORDS[doc[h].lower_], word=True, fraction=True)
        if h in words and words[h][2] and words[h][1] >= 3:
            return _Num(i, words[h][0], value / words[h][1], word=True, fraction=True)
        if (
            first.lower_ in ("one", "zero")
            and end == i + 1
            and _unit_name(doc[h].lower_) is None
            and _DURATION_UNITS.get(doc[h].lower_) is None
            and _currency_after(doc, h) is None
        ):
            return None  # "one-time", "one-off", "one-sided", "zero-sum"
    if num.end < len(doc):
        nt = doc[num.end]
        after = doc[num.end + 1].lower_ if num.end + 1 < len(doc) else ""
        before = doc[i - 1].lower_ if i else ""
        # "two quarters", "the past three quarters": periods of a year; a share of quarters is "three quarters"
        # or quarters "of" something ("two quarters of the budget", "three quarters of voters")
        periods = nt.lower_ == "quarters" and after != "of" and (value != 3 or before in _QUARTER_PERIOD_BEFORE)
        if nt.lower_ in ("quarters", "quarter", "halves") and value < 10 and not periods:
            frac = _FRACTION_WORDS[nt.lower_]
            num = _Num(i, num.end + 1, value * frac, word=True, fraction=True)
            sc = _scale_at(doc, num.end, False)
            if sc and sc[0] >= 1e3:
                num.value *= sc[0]
                num.end += 1
            return num
        if (
            num.end in words
            and words[num.end][2]
            and words[num.end][1] >= 3
            and nt.lower_.endswith(("s", "th"))
            and not nt.lower_.endswith(("first", "second"))
            or (num.end in words and words[num.end][2] and nt.lower_.endswith(("ths", "rds", "ds")))
        ):
            e2, denom, _ = words[num.end]
            return _Num(i, e2, value / denom, word=True, fraction=True)
    fr = _fraction_after_and(doc, num.end, words)
    if fr:
        num.value += fr[0] * (1e6 if num.value >= 1e6 and num.value % 1e6 == 0 else 1)
        num.end += fr[1]
        sc = _scale_at(doc, num.end, False) if num.value < 1000 else None
        if sc is not None and sc[0] >= 1e3:  # "five and a half million": the scale covers the fraction too
            num.value *= sc[0]
            num.end += sc[1]
            num.scaled = True
    elif [t.lower_ for t in doc[num.end : num.end + 5]] == ["-", "and", "-", "a", "-"] and num.end + 5 < len(doc):
        w = doc[num.end + 5].lower_  # "five-and-a-half points"
        if w in _FRACTION_WORDS:
            num.value += _FRACTION_WORDS[w]
            num.end += 6
    # Scale words text2num left out ("one billion and three quarters million" is rare; "5 dozen" is not).
    if num.end < len(doc) and doc[num.end].lower_ in ("dozen", "dozens"):
        num.value *= 12
        num.end += 1
    if first.lower_ == "one" and end == i + 1 and not _one_is_number(doc, i):
        return None
    return num


def _scale_fraction(doc: Doc, i: int, end: int) -> _Num | None:
    """ "one-hundredth of a second", "three thousandths": text2num reads them as the ordinals 100th and 3,000th."""
    denom = _SCALE_ORDINALS.get(doc[end - 1].lower_)
    if denom is None or (i and doc[i - 1].lower_ in _POSSESSIVES):
        return None  # "the one hundredth anniversary"
    if not (doc[end - 1].lower_.endswith("s") or (end < len(doc) and doc[end].lower_ == "of")):
        return None
    top = [doc[k].lower_ for k in range(i, end - 1) if doc[k].text not in ("-", "–")]
    occ = find_numbers([_Tok(w) for w in top], "en", 0.0) if top else []
    if len(occ) != 1 or occ[0].is_ordinal or occ[0].start != 0 or occ[0].end != len(top):
        return None
    return _Num(i, end, float(occ[0].value) / denom, word=True, fraction=True)


def _and_fraction(doc: Doc, i: int, end: int, words: dict[int, tuple[int, float, bool]]) -> _Num | None:
    """ "six million and two thirds", "twenty and three fifths", "three hundred and two dozens".

    text2num reads "six million and two" as 6,000,002, leaving the fraction word after it on its own; the
    small number after "and" is the fraction's numerator (of the scale for millions and up, as in
    "five and a half million" read the other way round), and a dozen multiplies it.
    """
    n = len(doc)
    if end >= n or end - i < 3:
        return None
    nt = doc[end].lower_
    denom: float | None = None
    if nt in _FRACTION_WORDS and nt != "half":
        denom = 1 / _FRACTION_WORDS[nt]
    elif nt == "half":
        denom = 2.0
    elif end in words and words[end][2] and words[end][1] >= 3 and nt.endswith(("s", "th")):
        denom = words[end][1]  # "thirds", "fifths", "hundredths"
    elif nt in ("dozen", "dozens"):
        denom = 1 / 12
    if denom is None:
        return None
    a = max((k for k in range(i + 1, end - 1) if doc[k].lower_ == "and"), default=None)
    if a is None:
        return None
    head = [w for w in find_numbers([_Tok(doc[k].lower_) for k in range(i, a)], "en", 0.0)]
    tail = [w for w in find_numbers([_Tok(doc[k].lower_) for k in range(a + 1, end)], "en", 0.0)]
    if len(head) != 1 or len(tail) != 1 or head[0].end != a - i or tail[0].end != end - a - 1:
        return None
    base, top = float(head[0].value), float(tail[0].value)
    if top >= denom and nt not in ("dozen", "dozens"):
        return None  # "a hundred and two fifths" is no proper fraction: leave it to the usual reading
    unit = 1e6 if base >= 1e6 and base % 1e6 == 0 else 1.0
    if base >= 1e9 and base % 1e9 == 0:
        unit = 1e9
    return _Num(i, words[end][0] if end in words else end + 1, base + top / denom * unit, word=True, scaled=base >= 100)


def _the_other(doc: Doc, k: int, x: Token) -> bool:
    """Whether "another", "the other" or "the next" at token k is the far end of "one X after another" or "from
    one X to another": each X in turn. Only a time can start a span ("One month after another attack": a month
    after an attack), and only when the parse gives "another" a noun of its own other than X; a thing X is "in
    turn" ("One scandal after another hit the company", "One company after another cut jobs", where the parse may
    make 'cut' an adjective of 'jobs') unless "another Y" is the subject of a clause of its own ("Police arrested
    one man after another victim came forward": one man), and X again is in turn too ("from one room to another
    room")."""
    if doc[k].lower_ == "another":
        last = k
    elif doc[k].lower_ == "the" and k + 1 < len(doc) and doc[k + 1].lower_ in ("other", "next"):
        last = k + 1
    else:
        return False
    t = doc[last]
    own = (
        t.dep_ in ("det", "amod") and t.head.i > last and t.head.pos_ in ("NOUN", "PROPN") and t.head.lower_ != x.lower_
    )
    if x.lower_ not in _DURATION_UNITS:
        # a thing X is in turn unless "another Y" opens a clause of its own: "Police arrested one man after another
        # victim came forward" (the parse may hang 'came' on the main verb, so the finite verb after Y tells)
        return not (own and _opens_clause(doc, t.head))
    return not own


def _opens_clause(doc: Doc, y: Token) -> bool:
    """Whether noun ``y`` is followed by a finite verb it is the subject of ("another victim came forward", "another
    complaint was filed"), past adverbs and a short aside between commas ("another victim also came forward",
    "another woman, 32, came forward"), not by more of its phrase ("another cut jobs", "another attack")."""
    n, j = len(doc), y.i + 1
    while j < n and (doc[j].tag_ in ("RB", "RBR", "RBS") or doc[j].text == ","):
        if doc[j].text == ",":
            close = next((m for m in range(j + 1, min(n, j + 6)) if doc[m].text == ","), None)
            if close is None:
                return False  # "another victim, and ...": no aside that closes
            j = close + 1
        else:
            j += 1
    if j >= n:
        return False
    v = doc[j]
    return v.tag_ in ("VBD", "VBZ", "VBP", "MD") and v.pos_ in ("VERB", "AUX")


def _one_is_number(doc: Doc, i: int) -> bool:
    """'one' as a number ("one soldier", "one of the") rather than a pronoun ("the one", "one another")."""
    prev = doc[i - 1] if i else None
    nxt = doc[i + 1].lower_ if i + 1 < len(doc) else ""
    if nxt == "or" and i + 2 < len(doc) and doc[i + 2].lower_ in _SMALL_ALTERNATIVES:
        return True  # "one or two indulgences": the low end of a pair of alternatives (not "one or another")
    if (
        prev is not None
        and prev.lower_ in ("only", "just")
        and (i < 2 or doc[i - 2].lower_ not in _DETERMINERS_BEFORE_ONE and doc[i - 2].tag_ not in ("PRP$", "DT"))
        and i + 1 < len(doc)
        and doc[i + 1].pos_ == "NOUN"
        and nxt not in _ONE_IDIOMS
    ):
        return True  # "allowed only one shot on goal", "with just one toilet" (not "the only one who", "my only one")
    if i + 3 < len(doc) and _the_other(doc, i + 3, doc[i + 1]):
        via = doc[i + 2].lower_
        if via == "after" or (via == "to" and prev is not None and prev.lower_ == "from"):
            return False  # "from one room to another", "one iteration after another": each in turn, not a count
    if nxt in ("of", "another") or nxt in _ONE_IDIOMS:
        return False  # "one of the best", "one another", "one thing", "one night"
    if _unit_name(nxt) is not None or _currency_after(doc, i + 1) is not None:
        return True  # "that one mile", "one dollar"
    if nxt in ("-", "–") and i + 2 < len(doc) and not doc[i].whitespace_:
        w = doc[i + 2]
        if _unit_name(w.lower_) or _DURATION_UNITS.get(w.lower_) or _currency_after(doc, i + 2):
            return True  # "a one-yen bid", "a one-year contract"
    if prev is not None and prev.lower_ in ("minus", "negative"):
        return True  # "negative one" is a signed number, though the tagger calls "negative" an adjective
    k = i + 2 if nxt == "in" else i + 3 if nxt == "out" and i + 2 < len(doc) and doc[i + 2].lower_ == "of" else 0
    if k and k < len(doc) and doc[k].like_num and not _YEAR_LIKE.fullmatch(doc[k].text):
        return True  # "only one in 10 Americans", "a one in five chance": the first half of a share
    if prev is not None and (prev.lower_ in _DETERMINERS_BEFORE_ONE or prev.pos_ == "ADJ"):
        return False
    if nxt in ("another",):
        return False
    # "one day" as "some day" unless a preposition makes it a duration ("for one day").
    return not (
        nxt == "day"
        and (
            prev is None
            or prev.lower_ not in ("for", "in", "after", "within", "over", "than", "about", "only", "just", "of")
        )
    )
