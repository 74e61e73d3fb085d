"""Figures: every number in the text, normalised (value, kind, unit, qualifier, direction, what it counts).

A token scan finds numbers (digits, number words through text2num, fractions, scale words), then the
neighbouring tokens give the unit (currency, percent, measurement, duration), the qualifier and the
direction, and the dependency parse gives what the number counts. spaCy's entities are only used to
tell years from counts, because the small model misses or mislabels many numbers.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import TYPE_CHECKING

import pycountry
from spacy.attrs import LOWER, ORTH
from text_to_num import find_numbers
from wordfreq import zipf_frequency

from extract.records import Conflict, Figure, FigureValue

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from extract.repair import Repaired

# ---------------------------------------------------------------------------------------------------------
# Lexicons. Number words come from text2num; months from the calendar module; currencies from pycountry.
# The short tables below are closed linguistic classes (scale words, qualifiers, change verbs, units).
# ---------------------------------------------------------------------------------------------------------

# fmt: off
_SCALE_WORDS = {"hundred": 1e2, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
                "lakh": 1e5, "lakhs": 1e5, "crore": 1e7, "crores": 1e7}
# Abbreviated scales; "m", "b", "t" only count as scales after a currency (else they are metres, tonnes...).
_SCALE_ABBR = {"k": 1e3, "K": 1e3, "mn": 1e6, "mln": 1e6, "mil": 1e6, "MM": 1e6, "M": 1e6,
               "bn": 1e9, "bln": 1e9, "B": 1e9, "tn": 1e12, "tln": 1e12, "trn": 1e12, "T": 1e12}
_MONEY_SCALE_ABBR = {"m": 1e6, "b": 1e9, "t": 1e12}
_VAGUE = {"dozens": 12.0, "hundreds": 100.0, "thousands": 1e3, "millions": 1e6, "billions": 1e9, "trillions": 1e12,
          "tens": 10.0, "scores": 20.0}
_FRACTION_WORDS = {"half": 0.5, "halves": 0.5, "quarter": 0.25, "quarters": 0.25}
_UNICODE_FRACTIONS = {"½": 0.5, "⅓": 1 / 3, "⅔": 2 / 3, "¼": 0.25, "¾": 0.75, "⅕": 0.2, "⅖": 0.4, "⅗": 0.6, "⅘": 0.8,
                      "⅙": 1 / 6, "⅚": 5 / 6, "⅛": 0.125, "⅜": 0.375, "⅝": 0.625, "⅞": 0.875}
_MULTIPLICATIVE = {"halved": (50.0, "down"), "halve": (50.0, "down"), "halving": (50.0, "down"),
                   "doubled": (100.0, "up"), "tripled": (200.0, "up"), "quadrupled": (300.0, "up")}

_QUALIFIERS: dict[tuple[str, ...], str] = {
    ("up", "to"): "up to", ("as", "many", "as"): "up to", ("as", "much", "as"): "up to", ("as", "high", "as"): "up to",
    ("at", "least"): "at least", ("no", "less", "than"): "at least", ("no", "fewer", "than"): "at least",
    ("a", "minimum", "of"): "at least", ("not", "less", "than"): "at least",
    ("more", "than"): "more than", ("over",): "more than", ("above",): "more than", ("greater", "than"): "more than",
    ("in", "excess", "of"): "more than", ("upwards", "of"): "more than", ("exceeding",): "more than",
    ("north", "of"): "more than", ("just", "over"): "more than", ("higher", "than"): "more than",
    ("less", "than"): "less than", ("fewer", "than"): "less than", ("under",): "less than", ("below",): "less than",
    ("just", "under"): "less than", ("lower", "than"): "less than", ("short", "of"): "less than",
    ("at", "most"): "at most", ("no", "more", "than"): "at most", ("a", "maximum", "of"): "at most",
    ("not", "more", "than"): "at most", ("up", "to", "a", "maximum", "of"): "at most",
    ("about",): "approximately", ("around",): "approximately", ("approximately",): "approximately",
    ("roughly",): "approximately", ("nearly",): "approximately", ("almost",): "approximately",
    ("some",): "approximately", ("circa",): "approximately", ("approx",): "approximately",
    ("approx.",): "approximately", ("close", "to"): "approximately", ("an", "estimated"): "approximately",
    ("estimated",): "approximately", ("roughly", "about"): "approximately", ("nearly", "about"): "approximately",
    ("somewhere", "around"): "approximately", ("just", "about"): "approximately",
    ("an", "approximate"): "approximately",
    ("c.",): "approximately", ("~",): "approximately", ("near",): "approximately",
    ("nearly", "some"): "approximately", ("<",): "less than", (">",): "more than",
}
_QUALIFIER_MAX = max(len(k) for k in _QUALIFIERS)
_AFTER_QUALIFIERS = {("or", "more"): "at least", ("or", "so"): "approximately", ("or", "less"): "at most",
                     ("or", "fewer"): "at most", ("-", "odd"): "approximately", ("odd",): "approximately",
                     ("plus",): "more than", ("-", "plus"): "more than", ("+",): "more than"}

# Stems of change verbs and nouns (the lemmatizer is disabled in the pipeline, so match surface stems).
_UP_STEMS = ("rise", "rose", "risen", "rising", "increas", "grew", "grow", "climb", "jump", "gain", "soar", "surg",
             "rall", "advanc", "spik", "rebound", "boost", "rais", "hike", "leap", "leapt", "swell", "swollen",
             "widen", "expand", "up")
_DOWN_STEMS = ("fell", "fall", "drop", "declin", "decreas", "slid", "slip", "plung", "tumbl", "sank", "sink", "sunk",
               "shed", "slump", "reduc", "lower", "shrank", "shrink", "shrunk", "contract", "eased", "eas",
               "dip", "retreat", "plummet", "tank", "crash", "los", "lost", "cut", "down", "narrow", "halv", "slash")
_CHANGE_NOUNS_UP = {"increase", "rise", "gain", "jump", "growth", "hike", "surge", "boost", "climb", "rally", "uptick"}
_CHANGE_NOUNS_DOWN = {"decrease", "decline", "drop", "fall", "loss", "cut", "reduction", "slump", "dip", "downturn",
                      "contraction", "plunge"}

# Nouns that name a label when a number follows them ("Section 427", "Row 21", "Chapter 11").
_LABEL_NOUNS = {"section", "article", "chapter", "part", "row", "exit", "route", "highway", "interstate", "room",
                "gate", "flight", "platform", "page", "paragraph", "clause", "no", "no.", "nr", "nr.", "number",
                "version", "season", "episode", "phase", "level", "grade", "class", "category", "lane", "channel",
                "seat", "station", "stage", "track", "volume", "vol", "vol.", "issue", "item", "figure", "fig",
                "table", "line", "step", "round", "game", "act", "scene", "rule", "resolution", "amendment", "#",
                "week", "model", "edition", "generation", "gen", "tier", "division", "group", "district", "ward",
                "zone"}
# Verbs that introduce a source ("one official said"): a short closed class.
_SPEECH_VERBS = {"said", "says", "say", "told", "tells", "added", "noted", "explained", "claimed", "insisted",
                 "warned", "argued", "stated", "wrote", "believe", "believes", "confirmed", "cautioned", "quipped",
                 "wondered", "asked", "recalled", "posted", "tweeted", "commented", "joked", "replied", "remarked"}
# "one" + these nouns is discourse, not a count ("one thing", "one night", "one reason").
_ONE_IDIOMS = {"thing", "things", "way", "reason", "problem", "question", "night", "morning", "evening", "afternoon",
               "time", "point", "moment", "side", "hand", "another", "more", "last", "such", "or"}
# Label nouns that name even in lower case ("page 12", "type 2 diabetes", "stage 4 cancer").
_LOWER_LABEL_NOUNS = {"section", "article", "chapter", "exit", "route", "room", "highway", "interstate", "model",
                      "page", "p.", "type", "group", "stage", "level", "category", "grade", "phase", "class", "block",
                      "version"}
# Label nouns that also name with a spelled number ("phase one", "number one", "season two").
_WORD_LABEL_NOUNS = {"phase", "number", "edition", "season", "episode", "chapter", "part", "stage", "round", "level",
                     "act", "generation", "tier", "division", "step", "volume", "book", "page"}
_TIME_WORDS = {"am", "a.m.", "pm", "p.m.", "a.m", "p.m", "gmt", "utc", "bst", "est", "edt", "cet", "pst", "o'clock"}
_DETERMINERS_BEFORE_ONE = {"the", "this", "that", "which", "each", "every", "any", "no", "another", "a", "an", "one",
                           "last", "next", "first", "only", "right", "wrong", "same", "new", "old", "big", "little",
                           "latest", "other", "second", "third", "good", "bad", "young"}

# Units: surface form -> (normalised name, kind). Case-sensitive keys are symbols; lower-case keys are names.
_DURATION_UNITS = {"second": "second", "sec": "second", "secs": "second", "minute": "minute", "min": "minute",
                   "mins": "minute", "hour": "hour", "hr": "hour", "hrs": "hour", "day": "day", "week": "week",
                   "wk": "week", "month": "month", "year": "year", "yr": "year", "yrs": "year", "decade": "decade",
                   "century": "century", "centuries": "century", "millennium": "millennium", "fortnight": "fortnight",
                   "quarter": "quarter", "millisecond": "millisecond", "mo": "month"}
_DURATION_ORDER = ("millennium", "century", "decade", "year", "quarter", "month", "fortnight", "week", "day", "hour",
                   "minute", "second", "millisecond")
_DURATION_IN_SECONDS = {"millennium": 3.156e10, "century": 3.156e9, "decade": 3.156e8, "year": 3.156e7,
                        "quarter": 7.889e6, "month": 2.63e6, "fortnight": 1.2096e6, "week": 6.048e5, "day": 86400.0,
                        "hour": 3600.0, "minute": 60.0, "second": 1.0, "millisecond": 0.001}
_UNIT_NAMES = {
    # length
    "metre": "metre", "meter": "metre", "kilometre": "kilometre", "kilometer": "kilometre", "centimetre": "centimetre",
    "centimeter": "centimetre", "millimetre": "millimetre", "millimeter": "millimetre", "micrometre": "micrometre",
    "micrometer": "micrometre", "micron": "micrometre", "nanometre": "nanometre", "nanometer": "nanometre",
    "picometre": "picometre", "picometer": "picometre", "decimetre": "decimetre", "decimeter": "decimetre",
    "mile": "mile", "yard": "yard", "foot": "foot", "feet": "foot", "inch": "inch", "inches": "inch",
    "nautical mile": "nautical mile", "light year": "light year", "light-year": "light year",
    "light - year": "light year",
    # area
    "square metre": "square metre", "square meter": "square metre", "square kilometre": "square kilometre",
    "square kilometer": "square kilometre", "square mile": "square mile", "square foot": "square foot",
    "square feet": "square foot", "square yard": "square yard", "square inch": "square inch", "acre": "acre",
    "hectare": "hectare",
    # volume
    "litre": "litre", "liter": "litre", "millilitre": "millilitre", "milliliter": "millilitre",
    "centilitre": "centilitre", "centiliter": "centilitre", "gallon": "gallon", "barrel": "barrel", "pint": "pint",
    "cubic metre": "cubic metre", "cubic meter": "cubic metre", "cubic foot": "cubic foot", "cubic feet": "cubic foot",
    "cubic kilometre": "cubic kilometre", "cubic kilometer": "cubic kilometre", "cubic centimetre": "cubic centimetre",
    "cubic centimeter": "cubic centimetre", "cup": "cup", "tablespoon": "tablespoon", "teaspoon": "teaspoon",
    "fluid ounce": "fluid ounce", "quart": "quart",
    # mass
    "gram": "gram", "gramme": "gram", "kilogram": "kilogram", "kilogramme": "kilogram", "kilo": "kilogram",
    "milligram": "milligram", "microgram": "microgram", "microgramme": "microgram", "tonne": "tonne", "ton": "ton",
    "metric ton": "tonne", "metric tonne": "tonne", "ounce": "ounce", "stone": "stone", "carat": "carat",
    "pound": "pound",
    # speed, energy, power, data, frequency, temperature, angle
    "kilometre per hour": "kilometre per hour", "kilometer per hour": "kilometre per hour",
    "kilometres per hour": "kilometre per hour", "kilometers per hour": "kilometre per hour",
    "kilometres an hour": "kilometre per hour", "kilometers an hour": "kilometre per hour",
    "mile per hour": "mile per hour", "miles per hour": "mile per hour", "miles an hour": "mile per hour",
    "metre per second": "metre per second", "meters per second": "metre per second", "knot": "knot",
    "watt": "watt", "kilowatt": "kilowatt", "megawatt": "megawatt", "gigawatt": "gigawatt", "terawatt": "terawatt",
    "kilowatt hour": "kilowatt hour", "kilowatt-hour": "kilowatt hour", "megawatt hour": "megawatt hour",
    "megawatt-hour": "megawatt hour", "gigawatt hour": "gigawatt hour", "gigawatt-hour": "gigawatt hour",
    "terawatt hour": "terawatt hour", "terawatt-hour": "terawatt hour", "joule": "joule", "kilojoule": "kilojoule",
    "calorie": "calorie", "kilocalorie": "kilocalorie", "horsepower": "horsepower", "volt": "volt",
    "kilovolt": "kilovolt", "electronvolt": "electronvolt", "ampere": "ampere", "amp": "ampere",
    "bit": "bit", "byte": "byte", "kilobyte": "kilobyte", "megabyte": "megabyte", "gigabyte": "gigabyte",
    "terabyte": "terabyte", "petabyte": "petabyte", "exabyte": "exabyte", "megabit": "megabit", "gigabit": "gigabit",
    "hertz": "hertz", "kilohertz": "kilohertz", "megahertz": "megahertz", "gigahertz": "gigahertz",
    "degree celsius": "degree Celsius", "degrees celsius": "degree Celsius", "degree centigrade": "degree Celsius",
    "degree fahrenheit": "degree fahrenheit", "degrees fahrenheit": "degree fahrenheit", "kelvin": "kelvin",
    "degree": "degree", "radian": "radian", "turn": "turn", "revolutions per minute": "revolution per minute",
    "decibel": "decibel", "dram": "dram", "drachma": "dram", "barrels per day": "barrel per day",
    "barrels a day": "barrel per day",
}
_UNIT_SYMBOLS = {
    "m": "metre", "km": "kilometre", "cm": "centimetre", "mm": "millimetre", "µm": "micrometre", "μm": "micrometre",
    "nm": "nanometre", "dm": "decimetre", "mi": "mile", "yd": "yard", "yds": "yard", "ft": "foot", "in": "inch",
    '"': "inch", "″": "inch", "′": "foot", "'": "foot",
    "m2": "square metre", "m²": "square metre", "km2": "square kilometre", "km²": "square kilometre",
    "sq km": "square kilometre", "sq m": "square metre", "sq mi": "square mile", "sq ft": "square foot",
    "sqm": "square metre", "ha": "hectare", "m3": "cubic metre", "m³": "cubic metre", "km3": "cubic kilometre",
    "cc": "cubic centimetre", "l": "litre", "L": "litre", "ml": "millilitre", "mL": "millilitre", "cl": "centilitre",
    "gal": "gallon", "bbl": "barrel", "bpd": "barrel per day", "b/d": "barrel per day", "tbsp": "tablespoon",
    "tsp": "teaspoon", "oz": "ounce", "g": "gram", "kg": "kilogram", "kgs": "kilogram", "mg": "milligram",
    "µg": "microgram", "μg": "microgram", "mcg": "microgram", "t": "tonne", "lb": "pound", "lbs": "pound",
    "lb-ft": "pound-foot", "lb ft": "pound-foot", "Nm": "newton metre", "cu.ft": "cubic foot", "cu ft": "cubic foot",
    "cu. ft.": "cubic foot", "cu.ft.": "cubic foot",
    "km/h": "kilometre per hour", "kph": "kilometre per hour", "kmph": "kilometre per hour",
    "km/hr": "kilometre per hour", "mph": "mile per hour", "m/s": "metre per second", "kn": "knot", "kt": "knot",
    "W": "watt", "kW": "kilowatt", "MW": "megawatt", "GW": "gigawatt", "TW": "terawatt", "kWh": "kilowatt hour",
    "MWh": "megawatt hour", "GWh": "gigawatt hour", "TWh": "terawatt hour", "Wh": "watt hour", "J": "joule",
    "kJ": "kilojoule", "kcal": "kilocalorie", "cal": "calorie", "hp": "horsepower", "bhp": "horsepower",
    "V": "volt", "kV": "kilovolt", "eV": "electronvolt", "TeV": "teraelectronvolt", "GeV": "gigaelectronvolt",
    "MeV": "megaelectronvolt", "A": "ampere", "mA": "milliampere",
    "KB": "kilobyte", "kB": "kilobyte", "MB": "megabyte", "GB": "gigabyte",
    "TB": "terabyte", "PB": "petabyte", "EB": "exabyte", "Mb": "megabit", "mb": "megabit", "Gb": "gigabit",
    "Mbps": "megabit per second", "Gbps": "gigabit per second", "Hz": "hertz", "kHz": "kilohertz",
    "MHz": "megahertz", "GHz": "gigahertz", "°C": "degree Celsius", "ºC": "degree Celsius", "°F": "degree fahrenheit",
    "ºF": "degree fahrenheit", "°": "degree", "K": "kelvin", "rad": "radian", "rpm": "revolution per minute",
    "dB": "decibel", "dBA": "decibel", "dBa": "decibel",
    "mGy": "milligray", "Gy": "gray", "Sv": "sievert", "mSv": "millisievert", "tpd": "ton per day",
}
# Symbols that are also common words or letters: only units when glued to the number ("5t", "2m").
_GLUED_ONLY = {"m", "t", "l", "g", "A", "V", "K", "J", "W", "in", "'", '"', "kn", "kt", "mi", "cal", "cc", "ha"}
_TEMPERATURE_SCALES = {"celsius": "degree Celsius", "centigrade": "degree Celsius", "fahrenheit": "degree fahrenheit",
                       "c": "degree Celsius", "f": "degree fahrenheit"}
_PERCENT_WORDS = {"%", "percent", "per cent", "percents", "pct", "pct.", "percentage", "per-cent", "percentages"}
_SUBUNITS = {"cent": "cent", "cents": "cent", "¢": "cent", "penny": "penny", "pennies": "penny", "pence": "pence",
             "p": "pence", "kopeck": "kopeck", "kopecks": "kopeck", "paise": "paise"}
_SUBUNIT_CURRENCY = {"penny": "GBP", "pence": "GBP", "kopeck": "RUB", "paise": "INR"}

# Currency symbols; letters before "$" name the dollar ("C$", "HK$"), per ISO 3166 country code where possible.
_SYMBOLS = {"€": "EUR", "£": "GBP", "¥": "JPY", "₹": "INR", "₽": "RUB", "₩": "KRW", "₺": "TRY", "₪": "ILS",
            "₴": "UAH", "₦": "NGN", "₱": "PHP", "฿": "THB", "₫": "VND",
            "₡": "CRC", "₾": "GEL", "₭": "LAK",
            "₸": "KZT", "₮": "MNT", "₲": "PYG", "₵": "GHS", "₼": "AZN", "元": "CNY", "₿": "BTC",
            "zł": "PLN", "Rs": "INR", "Rs.": "INR",
            "R$": "BRL", "Mex$": "MXN", "US$": "USD", "U.S.$": "USD", "A$": "AUD", "AU$": "AUD", "C$": "CAD",
            "CA$": "CAD", "NZ$": "NZD", "HK$": "HKD", "S$": "SGD", "NT$": "TWD", "$": "USD"}
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

_A_NEXT = {"hundred", "thousand", "million", "billion", "trillion", "dozen", "quarter", "half"}
_NUMBER_STARTS = set(_VAGUE) | set(_MULTIPLICATIVE) | {"half", "quarter"}
_MONTHS = {m.lower(): i for i, m in enumerate(calendar.month_name) if m}
_MONTHS.update({m.lower(): i for i, m in enumerate(calendar.month_abbr) if m})
_MONTHS.update({m.lower() + ".": i for i, m in enumerate(calendar.month_abbr) if m})
_MONTHS.update({"sept": 9, "sept.": 9})

# fmt: on

_DIGITS = re.compile(
    r"(?P<pre>(?:[A-Z]{1,3}|Mex|U\.S\.)?\$|[€£¥₹₽₩₺₪₴₦₱฿₫]|[A-Z]{3}(?=\d))?"
    r"(?P<sign>[-+−–])?"
    r"(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+)"
    r"(?P<suf>.*)$"
)
_FRACTION = re.compile(r"^(?P<sign>[-−])?(?P<a>\d+)/(?P<b>\d+)$")
_RANGE_SUFFIX = re.compile(r"^[-–—](?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?P<suf>.*)$")
_EXPONENT = re.compile(r"^(?:e|E|x10\^|×10\^?)(?P<exp>[-+−]?\d+)$")
_DATE_TOKEN = re.compile(r"^(?:\d{1,2}/\d{1,2}/\d{2,4}|\d{4}-\d{2}-\d{2}|\d{1,2}\.\d{1,2}\.\d{4})$")
_DECADE = re.compile(r"^(?:1[0-9]|20)\d0s$|^'\d0s$")
_TIME = re.compile(r"^\d{1,2}:\d{2}(?::\d{2})?(?:[ap]\.?m\.?)?$|^\d{1,2}(?:[.:]\d{2})?(?:[ap]\.?m\.?)$", re.I)
_PHONE = re.compile(
    r"(?<![\w.])(?:\+\d{1,3}[\s.-]?)?(?:\(\d{2,4}\)[\s.-]?)?\d{2,4}(?:[\s.-]\d{2,4}){2,4}(?![\w.])"
    r"|(?<![\w.])\+\d[\d\s/.-]{6,}\d"
)
_HAS_DIGIT = re.compile(r"\d")
_URLISH = re.compile(r"(?:https?://|www\.)\S+|\S+@\S+\.\w+")


# ---------------------------------------------------------------------------------------------------------
# Currency names from pycountry, built once.
# ---------------------------------------------------------------------------------------------------------


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


# ---------------------------------------------------------------------------------------------------------
# Small helpers.
# ---------------------------------------------------------------------------------------------------------


MAX_ABS_VALUE = 1e18
"""Digit strings beyond this are identifiers or noise, not news figures (and would overflow date and int maths)."""


def _to_float(raw: str) -> float:
    value = float(raw.replace(",", ""))
    if not abs(value) <= MAX_ABS_VALUE:  # also catches inf and nan
        raise ValueError(f"not a plausible figure: {raw[:20]}")
    return value


def _to_float_or(raw: str, default: float = 0.0) -> float:
    try:
        return _to_float(raw)
    except ValueError:
        return default


@lru_cache(maxsize=4096)
def _singular(word: str) -> str:
    """Singular of a plural noun, checked against word frequencies (the lemmatizer is off)."""
    w = word.lower()
    irregular = {
        "feet": "foot",
        "men": "man",
        "women": "woman",
        "children": "child",
        "teeth": "tooth",
        "mice": "mouse",
        "geese": "goose",
        "people": "people",
        "police": "police",
        "staff": "staff",
    }
    if w in irregular:
        return irregular[w]
    if not w.endswith("s") or w.endswith(("ss", "us", "is")) or len(w) < 4:
        return w
    cands = []
    if w.endswith("ies"):
        cands.append(w[:-3] + "y")
    if w.endswith("ves"):
        cands += [w[:-3] + "f", w[:-3] + "fe"]
    if w.endswith("es"):
        cands.append(w[:-2])
    cands.append(w[:-1])
    best = max(cands, key=lambda c: zipf_frequency(c, "en"))
    return best if zipf_frequency(best, "en") > 0 else w[:-1]


def _fmt_num(v: float) -> str:
    if v == int(v) and abs(v) < 1e15:
        return f"{int(v):,}"
    if abs(v) >= 100:
        return f"{v:,.2f}".rstrip("0").rstrip(".")
    return f"{v:.4g}"


def _plural_unit(unit: str, value: float) -> str:
    if " per " in unit:
        head, _, rest = unit.partition(" per ")
        return f"{_plural_unit(head, value)} per {rest}"
    if unit == "year of age":
        return "year old" if value == 1 else "years old"
    head, sep, last = unit.rpartition(" ")
    if value == 1 or last.endswith(("s", "Celsius", "fahrenheit", "horsepower", "hertz", "z")):
        return unit
    stem, hyph, last = last.rpartition("-")  # "pound-foot" -> "pound-feet"
    plural = {"foot": "feet", "inch": "inches", "century": "centuries", "penny": "pennies"}.get(last, last + "s")
    return head + sep + stem + hyph + plural


def _display(
    value: float | None,
    kind: str,
    unit: str | None,
    date: str | None,
    low: float | None = None,
    high: float | None = None,
    parts: tuple[tuple[float, str], ...] = (),
) -> str:
    """A normalised human form: "13,000", "USD 50 bn", "10 %", "2022-02", "2 years 8 months"."""
    if kind == "date":
        return date or ""
    if value is None:
        return ""
    if parts:
        return " ".join(f"{_fmt_num(v)} {_plural_unit(u, v)}" for v, u in parts)
    num = f"{_fmt_num(low)}–{_fmt_num(high)}" if low is not None and high is not None else _fmt_num(value)
    if kind == "money":
        code, _, rest = (unit or "?").partition(" ")
        for scale, name in ((1e12, "tn"), (1e9, "bn"), (1e6, "m")):
            if abs(value) >= scale and not rest:
                if low is not None and high is not None:
                    num = f"{_fmt_num(round(low / scale, 6))}–{_fmt_num(round(high / scale, 6))}"
                else:
                    num = _fmt_num(round(value / scale, 6))
                return f"{code} {num} {name}"
        return f"{code} {num}" + (f" {rest}" if rest else "")
    if kind == "percent":
        return f"{num} %" if unit in (None, "%") else f"{num} {_plural_unit(unit, value)}"
    if kind in ("quantity", "duration") and unit:
        return f"{num} {_plural_unit(unit, value)}"
    return num


# ---------------------------------------------------------------------------------------------------------
# Stage 1: numbers on tokens.
# ---------------------------------------------------------------------------------------------------------


@dataclass(slots=True)
class _Num:
    """A number found in the token stream, before units and context."""

    start: int
    end: int
    value: float
    digits: bool = False
    vague: bool = False
    fraction: bool = False
    currency: str | None = None
    suffix: str = ""
    scaled: bool = False
    low: float | None = None
    high: float | None = None
    ordinal: bool = False
    word: bool = False


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


def _scale_at(doc: Doc, i: int, money: bool) -> tuple[float, int] | None:
    """A scale word at token i ("million", "bn", "m" after a currency): multiplier and tokens used."""
    if i >= len(doc):
        return None
    t = doc[i]
    low = t.lower_
    if low in _SCALE_WORDS:
        return _SCALE_WORDS[low], 1
    if t.text in _SCALE_ABBR:
        # Capital letters after a space are scales only for money ("$10 M"); glued ones always ("10M").
        if t.text in ("M", "B", "T", "K", "MM") and not money and doc[i - 1].whitespace_:
            return None
        if (
            t.text in ("M", "B", "T", "K")
            and not money
            and doc[i - 1].like_num
            and _to_float_or(doc[i - 1].text) >= 1000
        ):
            return None  # "Radeon Pro 5300M": a model name, not billions
        return _SCALE_ABBR[t.text], 1
    if low in ("mn", "mln", "bn", "bln", "tn", "tln", "trn"):
        return _SCALE_ABBR[low], 1
    if money and low in _MONEY_SCALE_ABBR and not doc[i - 1].whitespace_:
        return _MONEY_SCALE_ABBR[low], 1
    if low == "m" and t.text == "m" and not doc[i - 1].whitespace_ and _plural_count_noun(doc, i + 1):
        return 1e6, 1  # "2.5m people"
    return None


def _plural_count_noun(doc: Doc, i: int) -> bool:
    """A plural common noun at token i that is no unit ("people", "homes"), as after "2.5m"."""
    return i < len(doc) and doc[i].tag_ == "NNS" and _unit_name(doc[i].lower_) is None


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
    if j in words and words[j][2] and words[j][1] >= 3:
        return num / words[j][1], words[j][0] - i
    return None


def _numbers(doc: Doc, skip: set[int], texts: list[str], lowers: list[str]) -> list[_Num]:
    """Every number in the doc, greedy left to right."""
    words = _word_numbers(lowers)
    out: list[_Num] = []
    n = len(doc)
    i = 0
    while i < n:
        text = texts[i]
        low = lowers[i]
        # Cheap string tests first: most tokens cannot start a number.
        if i in skip or not (
            i in words
            or _HAS_DIGIT.search(text[:6])
            or low in _NUMBER_STARTS
            or text in _UNICODE_FRACTIONS
            or (low in ("a", "an") and i + 1 < n and (lowers[i + 1] in _A_NEXT or i + 1 in words))
        ):
            i += 1
            continue
        t = doc[i]
        num: _Num | None = None
        if text[0].isdecimal() or (len(text) > 1 and any(c.isdecimal() for c in text[1:6])):
            num = _digit_number(doc, i, words)
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
        if num is None and text in _UNICODE_FRACTIONS:
            num = _Num(i, i + 1, _UNICODE_FRACTIONS[text], fraction=True)
        if num is None and low in ("half", "quarter") and i + 1 < n:
            num = _half_number(doc, i, words)
        if num is None and low in ("a", "an") and i + 1 < n:
            num = _a_number(doc, i, words)
        if num is None and i in words:
            end, value, ordinal = words[i]
            num = _word_number(doc, i, end, value, ordinal, words)
        if num is None and low in _MULTIPLICATIVE and t.pos_ == "VERB":
            v, _ = _MULTIPLICATIVE[low]
            num = _Num(i, i + 1, v, word=True)
        if num is None:
            i += 1
            continue
        if num.start > 0 and doc[num.start - 1].lower_ in ("minus", "negative") and num.value > 0:
            num.start -= 1  # "minus five percent", "negative one"
            num.value = -num.value
        out.append(num)
        i = max(num.end, i + 1)
    return out


def _digit_number(doc: Doc, i: int, words: dict[int, tuple[int, float, bool]]) -> _Num | None:
    """A number written with digits at token i, with glued currency, scale, fraction and exponent."""
    t = doc[i]
    text = t.text
    fm = _FRACTION.match(text)
    if fm:
        b = int(fm.group("b"))
        if b == 0 or (b > 12 and int(fm.group("a")) > 12) or b > 100 or int(fm.group("a")) >= b:
            return None  # "24/7" and dates are no fractions
        v = int(fm.group("a")) / b * (-1 if fm.group("sign") else 1)
        return _Num(i, i + 1, v, digits=True, fraction=True)
    m = _DIGITS.match(text)
    if not m:
        return None
    pre, sign, raw, suf = m.group("pre"), m.group("sign"), m.group("num"), m.group("suf")
    if len(suf) > 1 and suf.endswith(".") and suf[:-1] in _SCALE_ABBR:
        suf = suf[:-1]  # "$2.174T." at the end of a sentence
    currency = None
    if pre:
        currency = _symbol_currency(pre)
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
    num = _Num(i, i + 1, value, digits=True, currency=currency, suffix=suf)
    rm = _RANGE_SUFFIX.match(suf) if suf else None
    if rm and not (1000 <= value <= 2100 and re.fullmatch(r"\d{2}|\d{4}", rm.group("num"))):
        high = _to_float_or(rm.group("num"), value)
        if high > value:
            num.low, num.high, num.value, num.suffix = value, high, (value + high) / 2, rm.group("suf")
            suf = num.suffix
    # Space-grouped thousands ("40 000", "1 234 567").
    j = i + 1
    if not suf and "," not in raw and "." not in raw and len(raw) <= 3:
        while j < len(doc) and doc[j - 1].whitespace_ == " " and re.fullmatch(r"\d{3}", doc[j].text):
            value = value * 1000 + float(doc[j].text) * (1 if value >= 0 else -1)
            j += 1
        # One group after a plain space may be a second number ("400 737 Max jets"): only "000"-like
        # groups, several groups, or a unit after make it one number.
        if j == i + 2 and not doc[i + 1].text.startswith("0") and not _unitish(doc, j):
            j = i + 1
        if j > i + 1:
            num.value, num.end = value, j
    # Exponent glued or spelled ("1.3e6" is matched as suffix "e6").
    if suf:
        em = _EXPONENT.match(suf)
        if em:
            exp = int(em.group("exp").replace("−", "-"))
            if abs(exp) > 18 or not abs(value * 10.0**exp) <= MAX_ABS_VALUE:
                return None
            num.value = value * 10.0**exp
            num.suffix = ""
            return num
    # A fraction after the whole number ("2 1/2", "10 ½").
    if not suf and num.end < len(doc):
        nt = doc[num.end]
        fm2 = _FRACTION.match(nt.text)
        if (
            fm2
            and not fm2.group("sign")
            and int(fm2.group("b")) in range(2, 17)
            and int(fm2.group("a")) < int(fm2.group("b"))
        ):
            num.value = value + int(fm2.group("a")) / int(fm2.group("b"))
            num.end += 1
        elif nt.text in _UNICODE_FRACTIONS:
            num.value = value + _UNICODE_FRACTIONS[nt.text]
            num.end += 1
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
        if sm is None and suf.lower() in _SCALE_WORDS:
            sm = _SCALE_WORDS[suf.lower()]
        if sm is not None and not money and suf in ("M", "B", "K", "T") and value >= 1000:
            return None  # "Radeon Pro 5300M", "the 5500M chipset": a model name, not billions
        if sm is not None and not money and i > 0 and doc[i - 1].text.istitle() and doc[i - 1].pos_ == "PROPN":
            return None  # "Block 1B", "Series 7K": a designation after a name
        if sm is not None:
            num.value *= sm
            num.suffix = ""
            num.scaled = True
    else:
        while True:
            sc = _scale_at(doc, num.end, money)
            if sc is None:
                break
            num.value *= sc[0]
            num.end += sc[1]
            num.scaled = True
    # "3 million and a half"
    if num.scaled:
        fr = _fraction_after_and(doc, num.end, words)
        if fr:
            num.value += fr[0] * (num.value / max(1.0, abs(value)) if value else 1)
            num.end += fr[1]
    return num


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
    if prev in ("a", "an") and i >= 2 and doc[i - 2].lower_ == "and":
        return None  # "a cup and a half"
    nxt = doc[i + 1].lower_
    if nxt in ("a", "an") and i + 2 < len(doc):
        sc = _scale_at(doc, i + 2, False)
        if sc:
            return _Num(i, i + 3, frac * sc[0], word=True, scaled=True)
        if doc[i + 2].lower_ == "dozen":
            return _Num(i, i + 3, frac * 12, word=True)
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
    return None


def _a_number(doc: Doc, i: int, words: dict[int, tuple[int, float, bool]]) -> _Num | None:
    """'a million', 'a hundred and two', 'a dozen', 'a third of', 'a quarter million', 'a half'."""
    j = i + 1
    nt = doc[j]
    low = nt.lower_
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
        if doc[j + 1].lower_ == "of" or (low == "half" and i == 0):
            return _Num(i, j + 1, _FRACTION_WORDS[low], fraction=True, word=True)
        return None
    if j in words and words[j][2] and words[j][1] >= 3 and j + 1 <= len(doc):
        end, value, _ = words[j]
        after = doc[end].lower_ if end < len(doc) else ""
        # "a third of", "a fifth", "a hundredth"; "a third" alone is usually an ordinal ("a third term").
        before_noun = end < len(doc) and doc[end].pos_ in ("NOUN", "PROPN", "ADJ", "NUM")
        if after == "of" or (nt.lower_ not in ("third", "fourth") and not before_noun):
            return _Num(i, end, 1.0 / value, fraction=True, word=True)
    return None


def _word_number(
    doc: Doc, i: int, end: int, value: float, ordinal: bool, words: dict[int, tuple[int, float, bool]]
) -> _Num | None:
    """A text2num occurrence, with fractions ('two thirds'), 'and a half' and pronoun 'one' filtered."""
    first = doc[i]
    if ordinal or first.lower_ in ("ones", "zeros", "zeroes", "tens"):
        return None  # "the best ones"
    if first.lower_ in _VAGUE:
        if first.dep_ not in ("nsubj", "nsubjpass", "conj") or end != i + 1:
            return None  # "save hundreds"; vague plurals count with "of" or as a subject ("Thousands marched")
        return _Num(i, end, _VAGUE[first.lower_], vague=True, word=True)
    # text2num reads bare scale words ("million" in "half a million") as numbers; those are taken above.
    if first.lower_ in ("hundred", "thousand", "million", "billion", "trillion") and end == i + 1:
        prev = doc[i - 1].lower_ if i else ""
        if prev in ("a", "an", "half", "quarter", "per"):
            return None
    num = _Num(i, end, value, word=True, scaled=any(doc[k].lower_ in _SCALE_WORDS for k in range(i, end)))
    # "several hundred", "a few thousand": vague amounts.
    if i > 0 and doc[i - 1].lower_ in ("several", "few", "many") and first.lower_ in _SCALE_WORDS:
        num.start, num.vague = i - 1, True
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
    if num.end + 1 < len(doc) and doc[num.end].text == "-" and not doc[num.end - 1].whitespace_:
        h = num.end + 1
        if doc[h].lower_ in _FRACTION_WORDS:
            return _Num(i, h + 1, value * _FRACTION_WORDS[doc[h].lower_], word=True, fraction=True)
        if h in words and words[h][2] and words[h][1] >= 3:
            return _Num(i, words[h][0], value / words[h][1], word=True, fraction=True)
        if (
            first.lower_ == "one"
            and end == i + 1
            and _unit_name(doc[h].lower_) is None
            and _DURATION_UNITS.get(doc[h].lower_) is None
            and _currency_after(doc, h) is None
        ):
            return None  # "one-time", "one-off", "one-sided"
    if num.end < len(doc):
        nt = doc[num.end]
        if nt.lower_ in ("quarters", "quarter", "halves") and value < 10:
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


def _one_is_number(doc: Doc, i: int) -> bool:
    """'one' as a number ("one soldier", "one of the") rather than a pronoun ("the one", "one another")."""
    prev = doc[i - 1] if i else None
    nxt = doc[i + 1].lower_ if i + 1 < len(doc) else ""
    if nxt in ("of", "another") or nxt in _ONE_IDIOMS:
        return False  # "one of the best", "one another", "one thing", "one night"
    if _unit_name(nxt) is not None or _currency_after(doc, i + 1) is not None:
        return True  # "that one mile", "one dollar"
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


# ---------------------------------------------------------------------------------------------------------
# Stage 2: units and context around each number.
# ---------------------------------------------------------------------------------------------------------


@dataclass(slots=True)
class _Fig:
    """A number with its unit and context, in token and character coordinates of the repaired text."""

    num: _Num
    start: int
    end: int
    value: float | None
    kind: str
    unit: str | None = None
    qualifier: str | None = None
    direction: str | None = None
    about: str | None = None
    date: str | None = None
    low: float | None = None
    high: float | None = None
    parts: tuple[tuple[float, str], ...] = ()
    counted: int | None = None


def _match_phrase(doc: Doc, i: int, table: dict[str, str], max_len: int = 3) -> tuple[str, int] | None:
    """Longest lower-cased phrase of ``table`` starting at token i: value and number of tokens."""
    n = len(doc)
    for k in range(min(max_len, n - i), 0, -1):
        span = doc[i : i + k]
        key = " ".join(t.lower_ for t in span)
        if key in table:
            return table[key], k
        if k > 1:
            key2 = span.text.lower()
            if key2 in table:
                return table[key2], k
    return None


def _unit_name(word: str) -> str | None:
    w = word.lower()
    if w in _UNIT_NAMES:
        return _UNIT_NAMES[w]
    s = _singular(w)
    return _UNIT_NAMES.get(s)


def _currency_after(doc: Doc, i: int) -> tuple[str, int] | None:
    """A currency name or code at token i ("dollars", "Australian dollars", "USD", "euros")."""
    if i >= len(doc):
        return None
    t = doc[i]
    if t.text.isupper() and len(t.text) == 3 and t.text in _currency_codes():
        return t.text, 1
    if t.text in ("MUSD", "MEUR", "MGBP", "MAUD", "MCHF"):
        return t.text[1:] + "*1e6", 1
    names = _currency_names()
    hit = _match_phrase(doc, i, names, 3)
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
        return code, k
    return None


def _pounds_are_money(doc: Doc, num: _Num, i: int) -> bool:
    """'pounds' after a number is money for scale words, sterling, or money verbs; else weight."""
    if i + 1 < len(doc) and doc[i + 1].lower_ in ("sterling",):
        return True
    sent = doc[i].sent
    if any(t.lower_ in ("weigh", "weighs", "weighed", "weighing", "weight") for t in sent):
        return False  # "the rocket weighs 1.4 million pounds"
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


def _unit_at(doc: Doc, num: _Num) -> tuple[str, str | None, int] | None:
    """The unit right after a number: (kind, unit, tokens used) or None."""
    n = len(doc)
    i = num.end
    suf = num.suffix
    if suf:
        # Glued suffixes: "200lbs", "75ml", "24703m2", "10kph", "4km^3", "115USD", "45{kg", "50%".
        s = suf.strip("{}()[]<>")
        s = re.sub(r"\^3$", "3", re.sub(r"\^2$", "2", s))
        if s in ("%",):
            return "percent", "%", 0
        if s in ("C", "F") and not doc[i - 1].text[:1].isalpha():
            return "quantity", _TEMPERATURE_SCALES[s.lower()], 0  # "40C in Madrid"
        if s in _SYMBOLS and s != "$":
            return "money", _SYMBOLS[s], 0
        if s.upper() in _currency_codes() and s.isupper():
            return "money", s, 0
        if s in _UNIT_SYMBOLS:
            u = _UNIT_SYMBOLS[s]
            return ("duration" if u in _DURATION_UNITS else "quantity"), u, 0
        if s.lower() in _UNIT_SYMBOLS and s.lower() not in _GLUED_ONLY and s.lower() != s:
            return "quantity", _UNIT_SYMBOLS[s.lower()], 0
        un = _unit_name(s)
        if un:
            return "quantity", un, 0
        if s.lower() in _DURATION_UNITS or _singular(s.lower()) in _DURATION_UNITS:
            return "duration", _DURATION_UNITS.get(s.lower()) or _DURATION_UNITS[_singular(s.lower())], 0
        if s in ("-", "–"):
            return None
        return "label", None, 0
    if i >= n:
        return None
    t = doc[i]
    low = t.lower_
    glued = not doc[i - 1].whitespace_
    if low in ("-", "–") and glued and i + 1 < n and doc[i + 1].lower_ in _PERCENT_WORDS and not doc[i].whitespace_:
        return "percent", "%", 2  # "80-percent"
    # Percent
    if low in _PERCENT_WORDS:
        if low.startswith("percentage") and i + 1 < n and doc[i + 1].lower_ in ("point", "points"):
            return "percent", "percentage point", 2
        return "percent", "%", 1
    if low == "per" and i + 1 < n and doc[i + 1].lower_ in ("cent", "cents"):
        return "percent", "%", 2
    if low in ("basis",) and i + 1 < n and doc[i + 1].lower_ in ("point", "points"):
        return "percent", "basis point", 2
    # A currency symbol after the number ("10 €"), unless it starts the next amount ("10 $ 30").
    if t.text in _SYMBOLS and len(t.text) <= 2 and not (i + 1 < n and doc[i + 1].text[:1].isdecimal()):
        return "money", _SYMBOLS[t.text], 1
    # Hyphenated compounds: "3-inch", "six-mile", "two-year", "15 year-old", "12-cent".
    k0 = i
    if low in ("-", "–") and glued and i + 1 < n:
        k0 = i + 1
        t = doc[k0]
        low = t.lower_
    # Currency names and codes
    cur = _currency_after(doc, k0)
    if cur:
        code, k = cur
        if code.endswith("*1e6"):
            num.value *= 1e6
            code = code[:-4]
        sc = _scale_at(doc, k0 + k, True) if not num.scaled else None
        if sc:  # "75 USD million"
            num.value *= sc[0]
            num.scaled = True
            k += sc[1]
        return "money", code, k0 - i + k
    if low in ("pound", "pounds", "quid") and (low == "quid" or _pounds_are_money(doc, num, k0)):
        return "money", "GBP", k0 - i + 1
    if low in _SUBUNITS and (low != "p" or not doc[k0 - 1].whitespace_):
        sub = _SUBUNITS[low]
        return "money", f"{_SUBUNIT_CURRENCY.get(sub, 'USD')} {sub}", k0 - i + 1
    # Durations ("two years", "15-year-old")
    dur = _DURATION_UNITS.get(low) or (_DURATION_UNITS.get(_singular(low)) if low.endswith("s") else None)
    if dur and low not in ("quarter", "quarters", "min", "sec"):
        if k0 + 2 < n and doc[k0 + 1].text == "-" and doc[k0 + 2].lower_ == "old":
            return "quantity", "year of age", k0 - i + 3
        if k0 + 1 < n and doc[k0 + 1].lower_ in ("old",) and low.startswith("year"):
            return "quantity", "year of age", k0 - i + 2
        return "duration", dur, k0 - i + 1
    if low in ("min", "sec", "mins", "secs") and t.pos_ != "VERB":
        return "duration", _DURATION_UNITS[low], k0 - i + 1
    # Measurement units by name (up to three words) then by symbol.
    for k in (4, 3, 2):
        if k0 + k <= n:
            words = [doc[x].lower_ for x in range(k0, k0 + k)]
            key = " ".join(words)
            key_s = " ".join(words[:-1] + [_singular(words[-1])])
            for kk in (key, key_s):
                if kk in _UNIT_NAMES:
                    return "quantity", _UNIT_NAMES[kk], k0 - i + k
            sym = "".join(doc[x].text for x in range(k0, k0 + k))
            if sym in _UNIT_SYMBOLS and all(not doc[x].whitespace_ for x in range(k0, k0 + k - 1)):
                return "quantity", _UNIT_SYMBOLS[sym], k0 - i + k
            sym_sp = " ".join(doc[x].text for x in range(k0, k0 + k))
            if sym_sp in _UNIT_SYMBOLS:
                return "quantity", _UNIT_SYMBOLS[sym_sp], k0 - i + k
    un = _unit_name(low)
    if un and not (low == "pound" or low == "pounds"):
        if un == "degree" and k0 + 1 < n and doc[k0 + 1].lower_ in _TEMPERATURE_SCALES:
            return "quantity", _TEMPERATURE_SCALES[doc[k0 + 1].lower_], k0 - i + 2
        if un in ("turn", "stone", "cup", "carat", "knot", "amp", "ampere") and t.pos_ == "VERB":
            return None
        return "quantity", un, k0 - i + 1
    if low in ("pound", "pounds"):
        return "quantity", "pound", k0 - i + 1
    sym = t.text
    if sym in ("'", '"', "″", "′") and not num.digits:
        return None  # "a 'phase one' deal": a quotation mark after a word, not feet or inches
    if sym in ('"', "″") and doc[:k0].text.count('"') % 2 == 1:
        return None  # a closing quotation mark, not inches
    if sym in _UNIT_SYMBOLS and (sym not in _GLUED_ONLY or glued or k0 > i or _symbol_unit_ok(doc, k0)):
        u = _UNIT_SYMBOLS[sym]
        if sym == "°" and k0 + 1 < n and doc[k0 + 1].lower_ in _TEMPERATURE_SCALES and not doc[k0].whitespace_:
            return "quantity", _TEMPERATURE_SCALES[doc[k0 + 1].lower_], k0 - i + 2
        # "km / h", "m / s"
        if k0 + 2 < n and doc[k0 + 1].text == "/" and f"{sym}/{doc[k0 + 2].text}" in _UNIT_SYMBOLS:
            return "quantity", _UNIT_SYMBOLS[f"{sym}/{doc[k0 + 2].text}"], k0 - i + 3
        return "quantity", u, k0 - i + 1
    if sym.lower() in ("dozen", "dozens", "dzs", "doz", "dozs"):
        num.value *= 12
        return "count", None, k0 - i + 1
    return None


def _symbol_unit_ok(doc: Doc, i: int) -> bool:
    """Ambiguous one-letter symbols stand alone as units only before punctuation or a measuring adjective."""
    if i + 1 >= len(doc):
        return True
    nxt = doc[i + 1]
    return nxt.is_punct or nxt.lower_ in ("thick", "long", "wide", "tall", "high", "deep", "away", "across", "x")


def _currency_before(doc: Doc, num: _Num) -> tuple[str, int] | None:
    """A currency symbol or code just before the number: code and how many tokens back it starts."""
    i = num.start
    if num.currency:
        return num.currency, 0
    if i == 0:
        return None
    p = doc[i - 1].text
    code = _symbol_currency(p)
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
    if (
        p.lower() in ("dollar", "dollars", "euro", "euros")
        and i >= 2
        and doc[i - 2].lower_ in ("at", "of", "for", "to")
    ):
        return _currency_names()[p.lower()], 1
    return None


def _qualifier_before(doc: Doc, i: int, floor: int) -> tuple[str | None, int]:
    """A qualifier phrase ending right before token i: (qualifier, its start token)."""
    for k in range(min(_QUALIFIER_MAX, i - floor), 0, -1):
        key = tuple(doc[x].lower_ for x in range(i - k, i))
        if key in _QUALIFIERS:
            q = _QUALIFIERS[key]
            if key == ("some",) and i < len(doc) and doc[i].lower_ == "one":
                continue
            if (
                key in (("over",), ("under",), ("above",), ("below",))
                and i - k > 0
                and doc[i - k - 1].lower_ in ("from", "just", "to")
            ):
                continue
            return q, i - k
    return None, i


def _is_change_verb(t: Token) -> str | None:
    low = t.lower_
    if t.pos_ not in ("VERB", "AUX", "ADV", "ADP", "NOUN", "ADJ") and low not in ("up", "down"):
        return None
    if (
        low.startswith(_UP_STEMS)
        and not low.startswith(("upon", "update", "uphold", "upset", "upper", "rais"))
        or low in ("up", "raised", "raises", "raise", "raising", "higher")
    ):
        if t.pos_ == "NOUN" and low.rstrip("s") not in _CHANGE_NOUNS_UP:
            return None
        return "up"
    if (
        low.startswith(_DOWN_STEMS)
        and not low.startswith(
            ("easy", "east", "eastern", "downtown", "lose", "loss", "contractor", "contracts", "tankers", "cuts")
        )
        or low in ("down", "lower", "lost", "lose", "loses", "losing")
    ):
        if t.pos_ == "NOUN" and low.rstrip("s") not in _CHANGE_NOUNS_DOWN:
            return None
        if low.startswith("contract") and t.pos_ != "VERB":
            return None
        return "down"
    return None


def _direction(doc: Doc, f: _Fig, qstart: int) -> str | None:
    """up/down for changes: "rose 5%", "fell by 3", "up 19 cents", "a 10% increase", "an increase of 4"."""
    s = qstart
    prev = doc[s - 1] if s else None
    if prev is not None:
        if (
            prev.lower_ in ("up", "down")
            and prev.i > 0
            and doc[prev.i - 1].lower_ not in ("of", "for", "with", "to", "by")
        ):
            return prev.lower_
        if prev.lower_ == "by" and prev.i > 0:
            for k in range(prev.i - 1, max(-1, prev.i - 4), -1):
                d = _is_change_verb(doc[k])
                if d:
                    return d
                if doc[k].pos_ not in ("ADV", "PART", "ADP", "AUX") and doc[k].lower_ not in ("up", "down"):
                    break
            h = prev.head
            d = _is_change_verb(h) if h.pos_ in ("VERB", "NOUN") else None
            if d:
                return d
        if prev.lower_ == "of" and prev.head.pos_ == "NOUN":
            low = prev.head.lower_.rstrip("s")
            if low in _CHANGE_NOUNS_UP:
                return "up"
            if low in _CHANGE_NOUNS_DOWN:
                return "down"
        if prev.pos_ in ("VERB",) or prev.lower_ in ("rose", "fell", "jumped", "gained", "dropped", "lost", "slid"):
            d = _is_change_verb(prev)
            if (
                d
                and f.kind in ("percent", "money", "quantity", "count")
                and prev.lower_ not in ("cut", "reduced", "raised", "lost")
            ):
                return d
    # "a 10% increase", "a $5 drop"
    if f.end < len(doc):
        nxt = doc[f.end]
        low = nxt.lower_.rstrip("s")
        if nxt.pos_ == "NOUN" and low in _CHANGE_NOUNS_UP:
            return "up"
        if nxt.pos_ == "NOUN" and low in _CHANGE_NOUNS_DOWN:
            return "down"
    # A change verb governing the number directly (dobj / npadvmod), e.g. "sales rose sharply 6%".
    root = _span_root(doc, f.start, f.end)
    if (
        root.dep_ in ("dobj", "npadvmod", "advmod")
        and root.head.i < f.start
        and root.head.pos_ == "VERB"
        and root.head.i >= f.start - 3
    ):
        d = _is_change_verb(root.head)
        if d and root.head.lower_ not in ("cut", "reduced", "raised", "lost", "boosted", "added"):
            return d
    return None


def _span_root(doc: Doc, start: int, end: int) -> Token:
    """The token of [start, end) whose head lies outside the span (the last such one)."""
    best = doc[end - 1]
    for k in range(start, end):
        t = doc[k]
        if not (start <= t.head.i < end) or t.head.i == t.i:
            best = t
    return best


# ---------------------------------------------------------------------------------------------------------
# Stage 3: what the number counts.
# ---------------------------------------------------------------------------------------------------------

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
_PREPOSITION_NOUNS = {"front", "top", "addition", "excess", "terms", "spite", "behalf", "lieu"}
_NP_MODS = ("compound", "amod", "nmod", "poss", "nummod", "npadvmod")
# Adjectives that say nothing about what is counted ("a new loan" counts loans).
_VAGUE_ADJ = {
    "new",
    "more",
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


def _np(doc: Doc, head: Token, floor: int = -1) -> str:
    """A noun and its left modifiers (compounds, adjectives), as plain text: "North Korean soldiers"."""
    k = head.i - 1
    while k > floor:
        t = doc[k]
        attached = k < t.head.i <= head.i
        if t.text == "-" and k - 1 > floor and not t.whitespace_:
            k -= 1
            continue
        if not attached or t.pos_ not in ("ADJ", "NOUN", "PROPN", "VERB") or t.like_num or t.tag_ == "POS":
            break
        if t.pos_ == "VERB" and t.tag_ not in ("VBN", "VBG"):
            break
        k -= 1
    toks = list(doc[k + 1 : head.i + 1])
    while toks[:-1] and (toks[0].lower_ in _VAGUE_ADJ or toks[0].text == "-"):
        toks = toks[1:]
    text = "".join(t.text + (t.whitespace_ if t.i < head.i else "") for t in toks)
    return re.sub(r"\s*-\s*", "-", text).strip()


def _about_noun(doc: Doc, t: Token, fig_start: int, fig_end: int) -> str | None:
    """The noun phrase for a noun, or for a generic head ("number of X") its "of" object."""
    if t.pos_ not in ("NOUN", "PROPN") or fig_start <= t.i < fig_end or t.lower_ in _PREPOSITION_NOUNS:
        return None
    o = _generic_of(t, fig_start, fig_end)
    if o is not None:
        return _np(doc, o, fig_end - 1 if o.i > fig_end else -1)
    return _np(doc, t, fig_end - 1 if t.i >= fig_end else -1)


def _generic_of(t: Token, fig_start: int, fig_end: int) -> Token | None:
    """X in "the number of X", "the total of X": what a generic head counts."""
    if t.lower_ not in _GENERIC_HEADS and _singular(t.lower_) not in _GENERIC_HEADS:
        return None
    for c in t.rights:
        if c.lower_ == "of":
            for o in c.children:
                if o.dep_ == "pobj" and o.pos_ in ("NOUN", "PROPN") and not (fig_start <= o.i < fig_end):
                    return o
    return None


def _clause_subject(doc: Doc, v: Token, fig_start: int, fig_end: int) -> str | None:
    """The subject (or, for relative and participle clauses, the noun they modify) of verb ``v``."""
    for _ in range(4):
        for c in v.children:
            if c.dep_ in ("nsubj", "nsubjpass") and not (fig_start <= c.i < fig_end):
                if c.pos_ == "PRON" or c.lower_ in ("which", "that", "who"):
                    if v.dep_ in ("relcl", "acl") and v.head.pos_ in ("NOUN", "PROPN"):
                        return _about_noun(doc, v.head, fig_start, fig_end)
                    continue
                if c.pos_ in ("NOUN", "PROPN"):
                    return _about_noun(doc, c, fig_start, fig_end)
        if v.dep_ in ("acl", "relcl") and v.head.pos_ in ("NOUN", "PROPN"):
            return _about_noun(doc, v.head, fig_start, fig_end)
        if v.dep_ in ("xcomp", "ccomp", "conj", "advcl", "acomp") and v.head.i != v.i:
            v = v.head
            continue
        break
    return None


def _about(doc: Doc, f: _Fig) -> tuple[str | None, int | None]:
    """What the figure counts or measures, and the counted noun's token (for counts)."""
    about, counted = _about_parse(doc, f)
    if about is not None and f.kind in ("percent", "money") and _singular(about.split()[-1].lower()) in _DURATION_UNITS:
        about = None  # "rose by 6.5% year on year": a time word is when, not what
    if about is not None and f.kind in ("percent", "money") and about.split()[-1].lower() in _GENERIC_HEADS:
        about = _governing_subject(doc, f) or about  # "fell to a 50-year low of 3.5%": unemployment
    if about is None and (f.kind in ("percent", "money", "quantity") or f.direction):
        about = _governing_subject(doc, f)  # a bare count's subject is rarely what it counts
    if about is not None and (about.lower() in _PERCENT_WORDS or _unit_name(about) is not None):
        about = None  # "11.9 percent were black": the subject is another figure's unit
    return about, counted


def _governing_subject(doc: Doc, f: _Fig) -> str | None:
    """The subject of the nearest verb above the figure: "Lowe's stock is off too, down 1.8%"."""
    h = _span_root(doc, f.num.start, f.end)
    for _ in range(4):
        if h.head.i == h.i:
            break
        h = h.head
        if h.pos_ in ("VERB", "AUX"):
            return _clause_subject(doc, h, f.start, f.end)
    return None


def _about_parse(doc: Doc, f: _Fig) -> tuple[str | None, int | None]:
    """What the figure counts from the parse around it (see _about)."""
    s, e = f.num.start, f.end
    root = _span_root(doc, s, e)
    n = len(doc)
    # "N of X": "10% of military aid", "thousands of soldiers", "one of the best speakers", "2 years of war".
    if e + 1 < n and doc[e].lower_ == "worth" and doc[e + 1].lower_ == "of":
        e += 1  # "$125 billion worth of Chinese goods"
    if e < n and doc[e].lower_ == "of":
        for o in doc[e].children:
            if o.dep_ == "pobj" and o.pos_ in ("NOUN", "PROPN") and not o.like_num:
                return _about_noun(doc, o, s, e), (o.i if f.kind in ("count", "number") else None)
        k = e + 1
        while k < n and doc[k].pos_ in ("DET", "ADJ", "PRON", "NUM", "PROPN", "NOUN") and k < e + 6:
            if doc[k].pos_ in ("NOUN", "PROPN") and (k + 1 >= n or doc[k + 1].pos_ not in ("NOUN", "PROPN")):
                return _np(doc, doc[k], e), (k if f.kind in ("count", "number") else None)
            k += 1
    # The number modifies a noun to its right: "13,000 North Korean soldiers", "a $48.2m army contract".
    head = root.head
    if head.i >= e and head.like_num and head.head.i > head.i:
        head = head.head  # "five 787 Dreamliner sales": the model number is part of the name
    if (
        head.i >= e
        and head.pos_ in ("NOUN", "PROPN")
        and root.dep_ in ("nummod", "compound", "amod", "nmod", "quantmod", "npadvmod", "dep", "appos")
        and not (head.pos_ == "PROPN" and f.kind in ("count", "number") and head.i > e + 3)
    ):
        return _about_noun(doc, head, s, e), head.i
    if e < n and f.kind in ("count", "number"):
        # The parser often misses nummod; take a following noun directly ("13000 workers").
        k = e
        while (
            k < n
            and k < e + 4
            and doc[k].pos_ in ("ADJ", "PROPN", "NOUN", "VERB")
            and doc[k].tag_ != "VBD"
            and doc[k].tag_ != "VBZ"
            and doc[k].dep_ not in ("nsubj", "ROOT")
            or (k < n and doc[k].text == "-")
        ):
            if doc[k].pos_ == "NOUN" and (k + 1 >= n or doc[k + 1].pos_ != "NOUN"):
                return _np(doc, doc[k], s), k
            k += 1
    # Prepositional object: "worth 50 billion dollars", "estimated at 61 billion", "at 13,000".
    if root.dep_ == "pobj" or (root.dep_ in ("npadvmod", "dobj") and head.lower_ in ("worth",)):
        prep = head
        if prep.lower_ in (
            "worth",
            "valued",
            "priced",
            "estimated",
            "put",
            "at",
            "of",
            "for",
            "to",
            "about",
            "around",
            "over",
            "than",
            "by",
            "from",
            "with",
            "in",
            "on",
            "into",
            "under",
            "between",
            "up",
        ):
            ph = prep.head
            if prep.lower_ == "worth" or ph.lower_ == "worth":
                k = (prep.i if prep.lower_ == "worth" else ph.i) - 1
                while k >= 0 and doc[k].sent == prep.sent:
                    if doc[k].pos_ == "NOUN" and doc[k].lower_ not in _GENERIC_HEADS:
                        return _about_noun(doc, doc[k], s, e), None
                    k -= 1
            if (
                ph.pos_ in ("NOUN", "PROPN")
                and ph.i < s
                and prep.lower_ in ("of", "at", "to", "worth", "about", "around", "for", "by", "than")
            ):
                gen = _generic_of(ph, s, e)
                return _about_noun(doc, ph, s, e), (
                    gen.i if gen is not None and f.kind in ("count", "number") else None
                )
            if ph.pos_ in ("VERB", "AUX", "ADJ"):
                if prep.lower_ in ("at", "to", "by", "from", "of") or ph.pos_ == "ADJ":
                    for c in ph.children:
                        if c.dep_ in ("dobj",) and c.pos_ in ("NOUN", "PROPN") and not (s <= c.i < e):
                            gen = _generic_of(c, s, e)  # "estimated the number of combatants at 13,000"
                            counted = gen.i if gen is not None and f.kind in ("count", "number") else None
                            return _about_noun(doc, c, s, e), counted
                    subj = _clause_subject(doc, ph, s, e)
                    if subj:
                        return subj, None
                if f.kind in ("date", "duration"):
                    return _event(doc, ph, s, e), None
                subj = _clause_subject(doc, ph, s, e)
                if subj:
                    return subj, None
    # Object or complement of a verb: "rose 6%", "cost it $800 million", "is $2.174T", "are borne".
    if root.dep_ in (
        "dobj",
        "attr",
        "npadvmod",
        "advmod",
        "acomp",
        "oprd",
        "nsubj",
        "nsubjpass",
        "ROOT",
        "appos",
        "conj",
        "dative",
    ):
        v = head if root.dep_ != "ROOT" else root
        if root.dep_ in ("nsubj", "nsubjpass"):
            for c in v.children:
                if c.dep_ == "prep" and c.lower_ == "of":
                    for o in c.children:
                        if o.dep_ == "pobj" and o.pos_ in ("NOUN", "PROPN"):
                            return _about_noun(doc, o, s, e), None
            for c in v.children:
                if c.dep_ in ("dobj", "attr") and c.pos_ in ("NOUN", "PROPN"):
                    return _about_noun(doc, c, s, e), None
            return None, None
        if root.dep_ == "appos" and v.pos_ in ("NOUN", "PROPN"):
            return _about_noun(doc, v, s, e), None
        if v.pos_ in ("VERB", "AUX"):
            if f.kind in ("date", "duration") and root.dep_ in ("npadvmod", "advmod"):
                return _event(doc, v, s, e), None
            subj = _clause_subject(doc, v, s, e)
            if subj:
                return subj, None
    return None, None


def _event(doc: Doc, v: Token, s: int, e: int) -> str | None:
    """A short verb phrase for dates and durations: "Russia invaded Ukraine"."""
    if v.pos_ not in ("VERB", "AUX"):
        return None
    subj = next((c for c in v.children if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ in ("NOUN", "PROPN")), None)
    obj = next((c for c in v.children if c.dep_ in ("dobj",) and c.pos_ in ("NOUN", "PROPN")), None)
    parts = []
    if subj is not None and not (s <= subj.i < e):
        parts.append(_np(doc, subj))
    parts.append(v.text)
    if obj is not None and not (s <= obj.i < e):
        parts.append(_np(doc, obj))
    return " ".join(p for p in parts if p) or None


# ---------------------------------------------------------------------------------------------------------
# Dates.
# ---------------------------------------------------------------------------------------------------------


def _month_at(doc: Doc, i: int) -> int | None:
    if i < 0 or i >= len(doc):
        return None
    t = doc[i]
    m = _MONTHS.get(t.lower_)
    if m is None:
        return None
    if t.text[0].islower() and t.lower_ in ("may", "march", "jan", "sat", "sun", "mar", "dec", "sept", "aug"):
        return None
    if t.lower_ in ("may", "march") and t.pos_ in ("VERB", "AUX") and t.i + 1 < len(doc) and not doc[t.i + 1].like_num:
        return None
    return m


def _year_like(num: _Num, doc: Doc) -> bool:
    t = doc[num.start]
    return (
        num.digits
        and not num.scaled
        and num.end == num.start + 1
        and not num.suffix
        and not num.currency
        and re.fullmatch(r"\d{4}", t.text) is not None
        and 1000 <= num.value <= 2100
    )


def _date_at(doc: Doc, num: _Num, ents: dict[int, str]) -> tuple[int, int, str] | None:
    """A date around a number: (start token, end token, ISO string) or None."""
    i, j = num.start, num.end
    n = len(doc)
    t = doc[i]
    if _DATE_TOKEN.match(t.text):
        return i, i + 1, _iso_from_token(t.text)
    if not num.digits or num.currency or num.scaled:
        return None
    v = num.value
    is_int = v == int(v) and "." not in t.text and "," not in t.text
    if not is_int:
        return None
    iv = int(v)
    # Month before: "November 5", "Nov. 5, 2024", "February 2022"
    m = _month_at(doc, i - 1)
    if (
        m is None
        and i >= 2
        and doc[i - 1].lower_ in ("of",)
        and _month_at(doc, i - 2) is not None
        and _year_like(num, doc)
    ):
        m = _month_at(doc, i - 2)
        return i - 2, j, f"{iv:04d}-{m:02d}"
    if m is not None:
        if 1 <= iv <= 31 and len(t.text) <= 2:
            end = j
            if end < n and doc[end].lower_ in ("st", "nd", "rd", "th"):
                end += 1
            y = None
            k = end
            if k < n and doc[k].text == ",":
                k += 1
            if k < n and re.fullmatch(r"\d{4}", doc[k].text) and 1000 <= int(doc[k].text) <= 2100:
                y = int(doc[k].text)
                end = k + 1
            return i - 1, end, (f"{y:04d}-{m:02d}-{iv:02d}" if y else f"--{m:02d}-{iv:02d}")
        if _year_like(num, doc):
            return i - 1, j, f"{iv:04d}-{m:02d}"
    # Day before month: "5 November 2024", "1 may"
    if 1 <= iv <= 31 and len(t.text) <= 2:
        k = j
        if k < n and doc[k].lower_ in ("st", "nd", "rd", "th"):
            k += 1
        if k < n and doc[k].lower_ == "of":
            k += 1
        m2 = _MONTHS.get(doc[k].lower_) if k < n else None
        if m2 is not None and (doc[k].text[0].isupper() or doc[k].lower_ not in ("may", "march") or t.i > 0):
            end = k + 1
            y = None
            if end < n and re.fullmatch(r"\d{4}", doc[end].text):
                y = int(doc[end].text)
                end += 1
            return i, end, (f"{y:04d}-{m2:02d}-{iv:02d}" if y else f"--{m2:02d}-{iv:02d}")
    if _year_like(num, doc):
        # A year: spaCy calls it a date, or it is not counting a plural noun ("1,500 soldiers" has a comma).
        nxt = doc[j] if j < n else None
        label = ents.get(i)
        counts_noun = (
            nxt is not None
            and nxt.tag_ in ("NNS", "NNPS")
            and nxt.lower_
            not in (
                "sales",
                "earnings",
                "results",
                "elections",
                "levels",
                "prices",
                "figures",
                "profits",
                "olympics",
                "games",
            )
        )
        if counts_noun and label != "DATE":
            return None
        if nxt is not None and nxt.lower_ in _PERCENT_WORDS | {"per"}:
            return None
        # Year ranges "1950-1953", "2013-14", "2019/20"
        if (
            j + 1 < n
            and doc[j].text in ("-", "–", "/")
            and not doc[j].whitespace_
            and re.fullmatch(r"\d{2}|\d{4}", doc[j + 1].text)
        ):
            y2 = doc[j + 1].text
            y2 = str(iv)[:2] + y2 if len(y2) == 2 else y2
            return i, j + 2, f"{iv:04d}/{y2}"
        return i, j, f"{iv:04d}"
    return None


def _iso_from_token(text: str) -> str:
    if "-" in text:
        return text
    parts = re.split(r"[/.]", text)
    if "." in text:
        d, mo, y = parts
    else:
        mo, d, y = parts
        if int(mo) > 12:
            d, mo = mo, d
    yy = int(y) if len(y) == 4 else 2000 + int(y)
    return f"{yy:04d}-{int(mo):02d}-{int(d):02d}"


# ---------------------------------------------------------------------------------------------------------
# Labels and other numbers that are not figures.
# ---------------------------------------------------------------------------------------------------------


def _excluded_tokens(doc: Doc, text: str, texts: list[str]) -> set[int]:
    """Tokens inside phone numbers, URLs, e-mail addresses, times and alphanumeric labels ("G7", "COVID-19")."""
    out: set[int] = set()
    spans = [m.span() for m in _PHONE.finditer(text)] + [m.span() for m in _URLISH.finditer(text)]
    for a, b in spans:
        sp = doc.char_span(a, b, alignment_mode="expand")
        if sp is not None:
            out.update(range(sp.start, sp.end))
    n = len(doc)
    digit_tokens = [i for i, tx in enumerate(texts) if _HAS_DIGIT.search(tx)]
    out.update(_score_tokens(doc, digit_tokens))
    for i in digit_tokens:
        t = doc[i]
        tx = texts[i]
        # Reference marks: "[2]".
        if 0 < i < n - 1 and texts[i - 1] == "[" and texts[i + 1] == "]":
            out.add(i)
            continue
        # Completion ratios: "20-of-24 passing".
        if i + 2 < n and texts[i + 1] == "-" and texts[i + 2].lower().startswith("of"):
            out.update((i, i + 2))
            if texts[i + 2].lower() == "of" and i + 4 < n:
                out.add(i + 4)
            continue
        # List markers: "1. Buy milk" at a line start, "rules: 1) be kind; 2) be fast".
        if len(tx) <= 2 and tx.isdecimal() and i + 1 < n and not t.whitespace_:
            before = texts[i - 1] if i else "\n"
            if (texts[i + 1] == ")" and before != "(") or (
                texts[i + 1] == "." and (before.isspace() or i == 0) and i + 2 < n and texts[i + 2][:1].isupper()
            ):
                out.add(i)
                continue
        # Screen resolutions used as names ("4K Smart HDTV", "8K video").
        if (
            tx.isdecimal()
            and int(tx) <= 16
            and t.i + 1 < n
            and doc[t.i + 1].text == "K"
            and not t.whitespace_
            and not (t.i > 0 and doc[t.i - 1].text in _SYMBOLS)
        ):
            out.update((t.i, t.i + 1))
            continue
        if t.like_url or t.like_email:
            out.add(t.i)
            continue
        if _TIME.match(tx) or (
            t.i + 1 < n and doc[t.i + 1].lower_ in _TIME_WORDS and re.fullmatch(r"\d{1,2}(?:[.:]\d{2})?|[012]\d{3}", tx)
        ):
            out.add(t.i)
            if t.i + 1 < n and doc[t.i + 1].lower_ in _TIME_WORDS:
                out.add(t.i + 1)
            continue
        if tx[0].isalpha() and not _DIGITS.match(tx):
            out.add(t.i)  # "G7", "COVID-19", "F-16s", "S23", "MP3"
            continue
        # A digit glued to a following capitalised letter token that is no unit or scale: "5G", "4K".
        if (
            tx.isdecimal()
            and t.i + 1 < n
            and not t.whitespace_
            and doc[t.i + 1].text.isalpha()
            and doc[t.i + 1].text[0].isupper()
            and doc[t.i + 1].text not in _UNIT_SYMBOLS
            and doc[t.i + 1].text not in _SCALE_ABBR
            and doc[t.i + 1].text.upper() not in _currency_codes()
        ):
            out.add(t.i)
            continue
        # A glued letter after a hyphen ("COVID-19" split, "Su-57"): the number is part of a name.
        if (
            t.i >= 2
            and doc[t.i - 1].text == "-"
            and not doc[t.i - 1].whitespace_
            and not doc[t.i - 2].whitespace_
            and (
                (doc[t.i - 2].text[-1:].isalpha() and doc[t.i - 2].text[-1:].isupper())
                or (doc[t.i - 2].text[:1].isalpha() and any(c.isdecimal() for c in doc[t.i - 2].text))
            )
        ):
            out.add(t.i)
    return out


# Nouns that a score qualifies ("a 2-1 win"); a short closed class of result words.
_SCORE_NOUNS = {
    "win",
    "victory",
    "loss",
    "defeat",
    "lead",
    "draw",
    "tie",
    "vote",
    "decision",
    "result",
    "scoreline",
    "triumph",
    "rout",
    "upset",
    "record",
    "split",
    "verdict",
    "margin",
    "series",
    "advantage",
    "deficit",
}
_SMALL_INT = re.compile(r"\d{1,3}")


def _unitish(doc: Doc, k: int) -> bool:
    """Whether token k could be the unit of the number before it (percent, currency, measurement, duration)."""
    if k >= len(doc):
        return False
    low = doc[k].lower_
    return (
        low in _PERCENT_WORDS
        or low in ("per", "million", "billion", "bn", "m", "k")
        or (doc[k].text in _UNIT_SYMBOLS and (doc[k].text not in _GLUED_ONLY or not doc[k - 1].whitespace_))
        or doc[k].text in _SYMBOLS
        or _unit_name(low) is not None
        or low in _DURATION_UNITS
        or _singular(low) in _DURATION_UNITS
        or _currency_after(doc, k) is not None
    )


def _pair_tokens(doc: Doc, digit_tokens: list[int]) -> list[tuple[int, int, int]]:
    """Glued integer pairs "6-4", "787-9": (first token, second token, kind) with kind 1 = b <= a, 0 = b > a."""
    out = []
    n = len(doc)
    for i in digit_tokens:
        t = doc[i]
        if i + 2 >= n or not _SMALL_INT.fullmatch(t.text) or t.whitespace_:
            continue
        h, b = doc[i + 1], doc[i + 2]
        if h.text not in ("-", "–") or h.whitespace_ or not b.text.isdecimal() or len(b.text) > 3:
            continue
        if i > 0 and (doc[i - 1].text in _SYMBOLS or doc[i - 1].lower_ in ("between", "from", "ages", "aged")):
            continue
        if _unitish(doc, i + 3) or (not b.whitespace_ and i + 3 < n and doc[i + 3].text in ("-", "–")):
            continue  # "10-15 minutes", "3-2-1" countdowns are left to the range logic
        out.append((i, i + 2, int(int(b.text) <= int(t.text))))
    return out


def _score_tokens(doc: Doc, digit_tokens: list[int]) -> set[int]:
    """Tokens of sports scores, vote tallies and model designators ("6-4, 7-6 (5)", "a 2-1 win", "787-9").

    A glued pair whose second number is not larger is never a range, so it is a score or a model number;
    a larger second number is a score only next to another score or before a result noun ("3-6" in a set list).
    """
    pairs = _pair_tokens(doc, digit_tokens)
    if not pairs:
        return set()
    n = len(doc)
    scores: set[int] = set()
    sure = []
    for a, b, down in pairs:
        nxt = doc[b + 1].lower_ if b + 1 < n else ""
        after = doc[b + 2].lower_ if b + 2 < n else ""
        opened = a > 0 and doc[a - 1].text == "(" and nxt in (",", ")", ";")
        sure.append(bool(down) or opened or nxt in _SCORE_NOUNS or (nxt == "(" and after.isdecimal()))
    for idx, (a, b, _) in enumerate(pairs):
        nxt = doc[b + 1].lower_ if b + 1 < n else ""
        is_score = sure[idx]
        if not is_score:
            # a neighbouring score in a comma-separated list ("7-5, 3-6, 7-6", "(4-7, 3-4)")
            for j in (idx - 1, idx + 1):
                if not 0 <= j < len(pairs) or not sure[j]:
                    continue
                other = pairs[j]
                lo, hi = (other[1], a) if other[0] < a else (b, other[0])
                if hi - lo <= 5 and all(
                    doc[k].text in (",", "(", ")", "and") or doc[k].like_num for k in range(lo + 1, hi)
                ):
                    is_score = True
        if is_score:
            scores.update((a, a + 1, b))
            # a tiebreak in parentheses right after ("7-6 (5)")
            if nxt == "(" and b + 3 < n and doc[b + 2].text.isdecimal() and doc[b + 3].text == ")":
                scores.add(b + 2)
    return scores


def _is_label(doc: Doc, num: _Num, has_unit: bool) -> bool:
    """Numbers that name rather than count: "Section 427", "Voyager 2", "iPhone 11", "the 777 program"."""
    if has_unit or num.currency:
        return False
    i = num.start
    if i == 0:
        return False
    prev = doc[i - 1]
    if prev.text == "." and i >= 2 and doc[i - 2].lower_ == "no" and not doc[i - 2].whitespace_:
        return True  # "No. 10" split into "No" "."
    n = len(doc)
    nxt = doc[num.end] if num.end < n else None
    if not num.digits:
        # "phase one", "number one", "edition one"; "Zero Gravity Seats" inside a name.
        if prev.lower_ in _WORD_LABEL_NOUNS and num.end == i + 1:
            return True
        first = doc[i]
        if first.text[:1].isupper() and not first.is_sent_start and prev.pos_ == "PROPN" and prev.text[:1].isupper():
            return True  # "XBox One controller"
        return (
            first.text[:1].isupper()
            and not first.is_sent_start
            and nxt is not None
            and nxt.pos_ == "PROPN"
            and nxt.text[:1].isupper()
            and not (i > 0 and doc[i - 1].text in ('"', "“", "'", "‘", ":", "(", "-", "—"))
        )
    if "." in doc[i].text and num.end == i + 1 and prev.text[:1].isupper() and prev.pos_ in ("PROPN", "NOUN"):
        return True  # "USB 3.2 ports", "Bluetooth 5.0"
    integer = num.value == int(num.value) and num.end == i + 1 and "," not in doc[i].text and not num.suffix
    if integer and nxt is not None and num.value >= 2:
        # "roughly 400 737 Max jets", "five 787 Dreamliner sales": a number right after a number names a model.
        if prev.like_num and nxt.text[:1].isupper() and nxt.pos_ == "PROPN":
            return True
        # "its popular 737 Max jet", "the 777 program": a determiner, the number, then one named thing.
        if prev.lower_ in _DETERMINERS_BEFORE_ONE or prev.tag_ in ("PRP$", "POS", "JJ", "DT"):
            j = num.end
            while j < n and doc[j].tag_ == "NNP" and doc[j].text[:1].isupper():
                j += 1
            h = doc[i].head
            plural_head = h.i >= num.end and h.tag_ in ("NNS", "NNPS")
            singular_head = j < n and doc[j].tag_ == "NN" and h.i == j and doc[j].lower_ not in _PERCENT_WORDS
            if (j > num.end and not plural_head) or (singular_head and num.value >= 100):
                return True
    if prev.lower_ in _LOWER_LABEL_NOUNS or (
        prev.lower_ in _LABEL_NOUNS and (prev.text[0].isupper() or prev.lower_ in ("no", "no.", "#", "nr", "nr."))
    ):
        return True
    if prev.pos_ in ("PROPN", "NOUN") and prev.text[:1].islower() and any(c.isupper() for c in prev.text[1:]):
        return True  # "iPhone 11", "eBay 2"
    if prev.text[:1].isalpha() and any(c.isdecimal() for c in prev.text) and prev.text[:1].isupper():
        return True  # "Dell G3 15", "A380 2"
    if prev.text.isupper() and prev.is_alpha and len(prev.text) >= 2 and not num.scaled:
        if len(prev.text) == 2 and re.fullmatch(r"\d{5}", doc[i].text):
            return True  # a ZIP code after a state ("CA 94107")
        if prev.is_sent_start and num.value < 100 and (nxt is None or nxt.tag_ != "NNS"):
            return True  # "NBC 5 has edited": a name at the start of a sentence
    if prev.lower_ in ("call", "called", "calling", "dial", "dialled", "dialed") and doc[i].text in (
        "911",
        "999",
        "112",
    ):
        return True  # emergency numbers
    if (
        prev.pos_ == "PROPN"
        and prev.text[:1].isupper()
        and not prev.is_sent_start
        and prev.ent_type_ not in ("DATE",)
        and prev.lower_ not in _MONTHS
        and num.value == int(num.value)
        and num.value < 10000
    ):
        nxt = doc[num.end] if num.end < len(doc) else None
        if nxt is None or not (nxt.pos_ == "NOUN" and nxt.tag_ in ("NNS",)):
            return True
    return False


# ---------------------------------------------------------------------------------------------------------
# Public API.
# ---------------------------------------------------------------------------------------------------------


def extract_figures(doc: Doc, rep: Repaired, document: str) -> list[Figure]:
    """Every figure in ``doc`` (parsed from ``rep.text``), with offsets into the original file text."""
    texts, lowers = _token_strings(doc)
    # The pipeline parses rep.text itself; doc.text would rebuild the string from every token.
    aligned = not len(doc) or doc[-1].idx + len(texts[-1]) <= len(rep.text)
    skip = _excluded_tokens(doc, rep.text if aligned else doc.text, texts)
    nums = _numbers(doc, skip, texts, lowers)
    ents = {k: e.label_ for e in doc.ents for k in range(e.start, e.end)}
    figs: list[_Fig] = []
    used_until = -1
    last_money: tuple[str, int] | None = None  # (currency, sentence start)
    k = 0
    while k < len(nums):
        num = nums[k]
        k += 1
        if num.start < used_until:
            continue
        fig = _build(doc, num, ents, last_money)
        if fig is None:
            continue
        # Ranges: "8 to 16 feet", "between 10 and 20 billion dollars", "10-15 exabytes".
        if k < len(nums) and fig.kind not in ("date",):
            nxt = nums[k]
            fig2 = _range(doc, fig, nxt, ents, last_money)
            if fig2 is not None:
                fig = fig2
                k += 1
        # "two years and eight months", "5 feet 2 inches"
        while fig.kind in ("duration", "quantity", "money") and k < len(nums):
            merged = _compound(doc, fig, nums[k], ents)
            if merged is None:
                break
            fig = merged
            k += 1
        used_until = fig.end
        if fig.kind == "money" and fig.unit:
            last_money = (fig.unit.split(" ")[0], doc[fig.start].sent.start)
        figs.append(fig)
    _share_units(doc, figs)
    _restated_about(doc, figs)
    out = []
    for f in figs:
        if f.kind == "label" or (f.kind in ("number", "count") and f.qualifier is None and _not_a_figure(doc, f)):
            continue
        if f.kind == "number" and f.qualifier is None and f.low is None and _is_age(doc, f):
            f.kind, f.unit = "quantity", "year of age"
        out.append(_record(doc, rep, document, f))
    return out


def _restated_about(doc: Doc, figs: list[_Fig]) -> None:
    """A figure restating the one before ("1.85 points, or 0.06%", "90 mpg (38 km/l)") measures the same thing."""
    for a, b in zip(figs, figs[1:], strict=False):
        if b.about or not a.about or b.start - a.end > 2 or b.start <= a.end:
            continue
        gap = [doc[k].text.lower() for k in range(a.end, b.start)]
        if gap in ([",", "or"], ["or"], ["("], [",", "("]):
            b.about = a.about


def _share_units(doc: Doc, figs: list[_Fig]) -> None:
    """ "eight or nine euros", "45 and 50 mg": a bare number takes the unit of the next one."""
    for a, b in zip(figs, figs[1:], strict=False):
        if a.kind not in ("number", "count") or b.kind not in ("money", "percent", "quantity", "duration"):
            continue
        if a.counted is not None and a.counted < b.num.start:
            continue
        if b.num.start - a.end != 1 or doc[a.end].lower_ not in ("and", "or", ",", "to", "-", "–"):
            continue
        if b.start < b.num.start:
            continue  # "$" or a qualifier before the second number: two separate amounts
        value = a.value
        if value is not None and b.num.scaled and not a.num.scaled and value < 1000:
            value *= _scale_of(b.num)  # "1 or 2 billion dollars"
        a.kind, a.unit, a.value, a.counted = b.kind, b.unit, value, None
        a.about = a.about if a.about and a.kind == "count" else b.about


def _build(doc: Doc, num: _Num, ents: dict[int, str], last_money: tuple[str, int] | None) -> _Fig | None:
    """Unit, kind, qualifier, direction and about for one number."""
    n = len(doc)
    low0 = doc[num.start].lower_
    if low0 in _MULTIPLICATIVE:
        f = _Fig(num, num.start, num.end, num.value, "percent", "%", direction=_MULTIPLICATIVE[low0][1])
        for c in doc[num.start].children:
            if c.dep_ in ("dobj", "nsubjpass") and c.pos_ in ("NOUN", "PROPN"):
                f.about = _about_noun(doc, c, num.start, num.end)
        if f.about is None:
            f.about = _clause_subject(doc, doc[num.start], num.start, num.end)
        return f
    date = _date_at(doc, num, ents)
    if date is not None:
        ds, de, iso = date
        f = _Fig(num, ds, de, None, "date", date=iso)
        f.about, _ = _about(doc, replace(f, num=replace(num, start=ds)))
        return f
    cur = _currency_before(doc, num)
    unit = _unit_at(doc, num)
    if num.vague and unit is None and num.end + 1 < n and doc[num.end].lower_ == "of":
        money = _currency_after(doc, num.end + 1)  # "billions of euros"
        if money:
            unit = ("money", money[0].removesuffix("*1e6"), 1 + money[1])
        else:
            dur = _DURATION_UNITS.get(_singular(doc[num.end + 1].lower_))
            if dur:
                unit = ("duration", dur, 2)  # "billions of years"
    start = num.start - (cur[1] if cur else 0)
    end = num.end
    kind, unit_name = "number", None
    if unit is not None:
        kind, unit_name, used = unit
        end = num.end + used
        if kind == "label":
            return _Fig(num, start, end, None, "label")
        if cur and kind != "money":
            # "$15.4/hour" style rates stay money; a currency before a measurement names a price per unit.
            unit_name = f"{cur[0]} per {unit_name}"
            kind = "money"
    if cur:
        if kind == "money" and unit_name and unit_name.split(" ")[0] != cur[0] and " per " not in unit_name:
            unit_name = cur[0] if len(unit_name) == 3 else unit_name
        elif kind != "money":
            kind, unit_name = "money", cur[0]
    if kind == "number" and _is_label(doc, num, False):
        return _Fig(num, start, end, None, "label")
    if (
        num.fraction
        and num.value < 1
        and kind == "number"
        and doc[num.start].lower_ in ("half", "quarter")
        and end + 1 < n
        and doc[end].lower_ in ("a", "an")
    ):
        u = _unit_at(doc, replace(num, end=end + 1, suffix=""))  # "half a year"
        if u and u[0] == "duration":
            kind, unit_name, end = "duration", u[1], end + 1 + u[2]
    # A bare big number after money inherits its currency: "50 billion dollars ... 20 billion".
    if kind == "number" and last_money and num.scaled and doc[num.start].sent.start - last_money[1] <= 400:
        nxt = doc[end] if end < n else None
        counts_something = nxt is not None and (
            nxt.lower_ == "of"
            or (
                nxt.pos_ in ("NOUN", "PROPN")
                and nxt.dep_ in ("pobj", "dobj", "nsubj", "compound")
                and nxt.head.i != num.start
            )
        )
        if not counts_something:
            kind, unit_name = "money", last_money[0]
    # Money rates: "$1.40 a share", "$58 per barrel", "$15.4/hour"
    if kind == "money" and end + 1 < n:
        a, b = doc[end], doc[end + 1]
        if (
            (a.lower_ in ("per", "/") or (a.lower_ in ("a", "an") and b.pos_ == "NOUN"))
            and b.pos_ in ("NOUN", "PROPN")
            and b.lower_ != "cent"
            and not (end + 2 < n and doc[end + 2].lower_ in ("ago", "earlier", "before", "later", "after", "on"))
        ):  # "$50,000 a year" is a rate; "$5 a year ago" is not
            unit_name = f"{unit_name} per {_singular(b.lower_)}"
            end += 2
        elif a.text == "-" and b.lower_ in ("a",) and end + 3 < n and doc[end + 2].text == "-":
            unit_name = f"{unit_name} per {_singular(doc[end + 3].lower_)}"
            end += 4
    if kind == "number" and end < n and doc[end].lower_ == "per" and end + 1 < n and doc[end + 1].pos_ == "NOUN":
        pass
    value = num.value
    f = _Fig(num, start, end, value, kind, unit_name, low=num.low, high=num.high)
    # Qualifiers before ("up to", "about") and after ("or more").
    floor = doc[num.start].sent.start
    q, qstart = _qualifier_before(doc, start, floor)
    if (
        q is None
        and kind in ("number", "count")
        and start > floor
        and doc[start - 1].lower_ == "up"
        and start - 2 >= floor
        and doc[start - 2].lower_ in ("of", "with", "for", "deploy", "send", "by", "to", "reach", "and")
        and doc[start - 2].lower_ not in ("by",)
    ):
        q, qstart = "up to", start - 1  # "deployment of up 13,000": "up to" with "to" lost in translation
    if q is None and end + 1 < n:
        following = tuple(doc[x].lower_ for x in range(end, min(n, end + 2)))
        for key, val in _AFTER_QUALIFIERS.items():
            if (
                key[-1] in ("plus", "+")
                and end + len(key) < n
                and (doc[end + len(key)].like_num or doc[end + len(key)].text in _SYMBOLS)
            ):
                continue  # "$549 plus $50" adds a second amount
            if following[: len(key)] == key:
                q = val
                end += len(key)
                f.end = end
                break
    if num.vague:
        q = "approximately"
    if q == "more than" and kind == "duration" and doc[qstart].lower_ == "over":
        q, qstart = None, start  # "over three years" is a period, not a bound
    f.qualifier = q
    if q is not None and qstart < start:
        f.start = qstart
    f.direction = _direction(doc, f, qstart)
    if f.direction == "up" and q == "up to" and doc[qstart].lower_ == "up":
        f.direction = None
    if f.qualifier is not None:
        f.direction = None  # a stated bound or approximation is what the figure asserts
    # What it counts.
    about, counted = _about(doc, f)
    f.about = about
    noun = doc[counted] if counted is not None else None
    if kind == "number" and noun is not None and not num.fraction and noun.pos_ == "NOUN":
        f.kind = "count"
        f.unit = None if noun.lower_ in ("ones", "others", "one", "other") else _singular(noun.lower_)
        f.counted = counted
    elif kind == "number" and noun is not None and not num.fraction and noun.tag_ == "NNPS":
        f.unit = noun.text[0] + _singular(noun.lower_)[1:]  # "150 Indians": a demonym counts people
    if f.kind == "number" and counted is not None and not num.fraction:
        f.kind = "count"
        f.counted = counted
    _per_rate(doc, f)
    return f


def _per_unit(doc: Doc, k: int) -> str | None:
    """The unit of a rate's denominator at token k ("gallon", "week", "millisecond"), or None."""
    if k >= len(doc):
        return None
    low = doc[k].lower_
    dur = _DURATION_UNITS.get(low) or _DURATION_UNITS.get(_singular(low))
    if dur and low not in ("min", "sec", "mo"):
        return dur
    return _unit_name(low) or _UNIT_SYMBOLS.get(doc[k].text)


def _per_rate(doc: Doc, f: _Fig) -> None:
    """ "90 miles per gallon", "four times per week", "two hours a day": the unit becomes a rate."""
    if f.kind not in ("quantity", "duration", "count") or not f.unit or " per " in f.unit or f.unit == "year of age":
        return
    at = f.end if f.kind != "count" else (f.counted + 1 if f.counted == f.end else -1)
    if at < 0 or at + 1 >= len(doc):
        return
    word = doc[at].lower_
    if word not in ("per", "/", "a", "an", "each", "every"):
        return
    per = _per_unit(doc, at + 1)
    if per is None or (word in ("a", "an", "each", "every") and per not in _DURATION_IN_SECONDS):
        return  # "a" only makes a rate with a time ("two hours a day"), not "5 km a mile away"
    f.unit = f"{f.unit} per {per}"
    if f.kind == "duration":
        f.kind = "quantity"  # "7 days a week" is a frequency, not a length of time
    if f.kind != "count":
        f.end = at + 2


def _not_a_figure(doc: Doc, f: _Fig) -> bool:
    """Small spelled numbers that refer rather than count: "the two were", "an app or two", "said one official"."""
    num = f.num
    if not num.word or num.value > 10 or num.value != int(num.value) or num.fraction or num.vague:
        return False
    if f.counted is None:
        return f.kind == "number"  # "Of the two, only Steyer", "seating for four"
    noun = doc[f.counted]
    if num.value == 1 and noun.pos_ == "PROPN":
        return True  # "one Apple has adopted": a pronoun before a name
    # A source described by how many ("one legal expert said", "according to two people familiar").
    if num.value <= 3 and noun.dep_ in ("nsubj", "nsubjpass") and noun.head.lower_ in _SPEECH_VERBS:
        return True
    prep = noun.head
    return num.value <= 3 and prep.lower_ == "to" and prep.i > 0 and doc[prep.i - 1].lower_ == "according"


def _is_age(doc: Doc, f: _Fig) -> bool:
    """An age: "at age 54", "aged 35", "Parise, 35, had scored"."""
    num = f.num
    if not num.digits or num.value != int(num.value) or not 1 <= num.value <= 120 or num.end != num.start + 1:
        return False
    i = num.start
    if i > 0 and doc[i - 1].lower_ in ("age", "aged", "ages"):
        return True
    return (
        i >= 2
        and doc[i - 1].text == ","
        and (doc[i - 2].ent_type_ == "PERSON" or (doc[i - 2].pos_ == "PROPN" and doc[i - 2].ent_type_ != "GPE"))
        and num.end < len(doc)
        and doc[num.end].text in (",", ";")
    )


def _range(doc: Doc, a: _Fig, nb: _Num, ents: dict[int, str], last_money: tuple[str, int] | None) -> _Fig | None:
    """Join "X to Y", "X-Y", "between X and Y" into one figure (midpoint value, both ends kept)."""
    gap_start, gap_end = a.end, nb.start
    if a.num.vague or nb.vague or a.kind == "date":
        return None
    if gap_end - gap_start > 2:
        return None
    between = [doc[x].lower_ for x in range(gap_start, gap_end)]
    prev = doc[a.num.start - 1].lower_ if a.num.start else ""
    if prev in ("from",) or (a.qualifier and a.qualifier not in ("approximately",)):
        return None
    if a.num.suffix and _RANGE_SUFFIX.match(a.num.suffix):
        return None
    ok = between in (["-"], ["–"], ["—"], ["to"], ["-", "to"]) or (between == ["and"] and prev == "between")
    if not ok:
        return None
    if between in (["-"], ["–"]) and (doc[gap_start - 1].whitespace_ and not doc[gap_start].whitespace_):
        return None  # "10 -5" is a negative number
    b = _build(doc, replace(nb, value=abs(nb.value)) if nb.value < 0 and between[0] in "-–—" else nb, ents, last_money)
    if b is None or b.kind == "label":
        return None
    lo, hi = a.value, b.value
    if lo is None or hi is None:
        return None
    kind, unit = a.kind, a.unit
    if a.kind in ("number", "count") and b.kind not in ("number", "count", "date"):
        kind, unit = b.kind, b.unit
    elif a.kind != b.kind or (a.unit != b.unit and b.kind not in ("number", "count")):
        return None
    if b.num.scaled and not a.num.scaled and lo * _scale_of(b.num) <= hi:
        lo *= _scale_of(b.num)  # "$44 to 50 million"
    if hi <= lo:
        return None
    f = replace(a, end=b.end, value=(lo + hi) / 2, kind=kind, unit=unit, low=lo, high=hi)
    if b.qualifier and b.qualifier not in ("approximately",):
        return None
    f.about = b.about or a.about
    if kind in ("count", "number") and b.counted is not None:
        f.kind, f.unit, f.counted = "count", b.unit, b.counted
    return f


def _scale_of(num: _Num) -> float:
    """The multiplier of a scaled number (1e9 for "20 billion")."""
    v = abs(num.value)
    for s in (1e12, 1e9, 1e6, 1e5, 1e3, 1e2):
        if v >= s and num.scaled:
            return s
    return 1.0


def _compound(doc: Doc, a: _Fig, nb: _Num, ents: dict[int, str]) -> _Fig | None:
    """ "two years and eight months" or "5 feet 2 inches": one figure in the larger unit."""
    if nb.start - a.end > 2:
        return None
    between = [doc[x].lower_ for x in range(a.end, nb.start)]
    if between not in ([], [","], ["and"], [",", "and"]) or a.value is None:
        return None
    b = _build(doc, nb, ents, None)
    if b is None or b.value is None or b.qualifier or b.direction:
        return None
    if a.kind == "duration" and b.kind == "duration" and a.unit in _DURATION_ORDER and b.unit in _DURATION_ORDER:
        if _DURATION_ORDER.index(b.unit) <= _DURATION_ORDER.index(a.unit):
            return None
        value = a.value + b.value * _DURATION_IN_SECONDS[b.unit] / _DURATION_IN_SECONDS[a.unit]
        parts = (a.parts or ((a.value, a.unit),)) + ((b.value, b.unit),)
        return replace(a, end=b.end, value=round(value, 6), parts=parts, about=a.about or b.about)
    if a.kind == "money" and b.kind == "money" and a.unit and b.unit == f"{a.unit} cent" and b.value < 100:
        return replace(a, end=b.end, value=a.value + b.value / 100)  # "13 dollars and 45 cents"
    if (
        a.kind == "quantity"
        and b.kind == "quantity"
        and (a.unit, b.unit) in (("foot", "inch"), ("metre", "centimetre"), ("pound", "ounce"))
    ):
        ratio = {"inch": 12.0, "centimetre": 100.0, "ounce": 16.0}[b.unit or ""]
        parts = ((a.value, a.unit or ""), (b.value, b.unit or ""))
        return replace(a, end=b.end, value=a.value + b.value / ratio, parts=parts)
    return None


def _record(doc: Doc, rep: Repaired, document: str, f: _Fig) -> Figure:
    """The public record, with offsets mapped back to the original text."""
    a = doc[f.start].idx
    last = doc[f.end - 1]
    b = last.idx + len(last.text)
    s, e = rep.span(a, b)
    sent = doc[f.start].sent
    ss, se = rep.span(sent.start_char, sent.end_char)
    sentence = rep.original[ss:se].strip()
    value = f.value
    if value is not None:
        value = float(f"{value:.12g}")  # drop float noise such as 16399999.999999998
    display = _display(value, f.kind, f.unit, f.date, f.low, f.high, f.parts)
    if f.num.vague and value is not None:
        word = doc[f.num.start : f.num.end].text.lower()
        display = f"{(f.unit or '').split(' ')[0]} {word}" if f.kind == "money" else word
    about = f.about.strip() if f.about else None
    unit = f.unit
    if unit == "year of age":
        unit = "year"  # an age is measured in years; the display says "years old"
    return Figure(
        text=rep.original[s:e],
        value=value,
        kind=f.kind,
        unit=unit,
        qualifier=f.qualifier,
        direction=f.direction,
        about=about or None,
        sentence=sentence,
        document=document,
        start=s,
        end=e,
        display=display,
        date=f.date,
    )


# ---------------------------------------------------------------------------------------------------------
# Conflicts.
# ---------------------------------------------------------------------------------------------------------


def _about_key(about: str) -> str:
    """Normalised 'what is counted': lower-case content words, plurals singular, in order."""
    words = [
        w
        for w in re.findall(r"[a-z0-9]+", about.lower())
        if w not in ("the", "a", "an", "of", "these", "those", "this", "that", "its", "their", "his", "her")
    ]
    return " ".join(_singular(w) for w in words)


def _compatible(a: Figure, b: Figure) -> bool:
    """Two values that do not contradict each other given their qualifiers."""
    va, vb = a.value, b.value
    if va is None or vb is None or va == vb:
        return True
    for x, y in ((a, b), (b, a)):
        vx, vy = x.value or 0.0, y.value or 0.0
        if x.qualifier in ("up to", "at most", "less than") and vy <= vx:
            return True
        if x.qualifier in ("at least", "more than") and vy >= vx:
            return True
        if x.qualifier == "approximately" and abs(vx - vy) <= 0.1 * max(abs(vx), abs(vy)):
            return True
    both_approximate = a.qualifier == "approximately" and b.qualifier == "approximately"
    return both_approximate and abs(va - vb) <= 0.2 * max(abs(va), abs(vb))


def find_conflicts(figures: Sequence[Figure]) -> list[Conflict]:
    """Figures about the same thing (same kind and unit) whose values contradict each other.

    Vague figures ("thousands of"), changes ("rose 5%") and ranges that contain the other value do not
    conflict; a bound ("up to 13,000") conflicts only with values outside it ("15,000"), since "up to
    13,000" and "12,000" can both be true.
    """
    groups: dict[tuple[str, str, str | None], list[Figure]] = {}
    for f in figures:
        if f.value is None or not f.about or f.kind in ("date", "number") or f.direction:
            continue
        if f.display and f.display[0].isalpha() and f.kind == "count":
            continue  # vague plurals such as "thousands"
        key = _about_key(f.about)
        if not key:
            continue
        groups.setdefault((key, f.kind, f.unit), []).append(f)
    out: list[Conflict] = []
    for (_, kind, unit), fs in groups.items():
        values = sorted({f.value for f in fs if f.value is not None})
        if len(values) < 2:
            continue
        # Repeats of one statement compare alike, so pairs are taken over distinct variants (linear in repeats).
        variants = list({(f.value, f.qualifier, f.display, f.document): f for f in fs}.values())
        clash = [
            (x, y)
            for i, x in enumerate(variants)
            for y in variants[i + 1 :]
            if _specific(x, y) and not _small_counts(x, y) and not _compatible(x, y) and not _in_range(x, y)
        ]
        if not clash:
            continue
        involved: dict[float, Figure] = {}
        for x, y in clash:
            for f in (x, y):
                if f.value is not None:
                    involved.setdefault(f.value, f)
        out.append(
            Conflict(
                about=fs[0].about or "",
                kind=kind,
                unit=unit,
                values=tuple(FigureValue(v, f.display, f.document, f.start) for v, f in sorted(involved.items())),
            )
        )
    return out


def _specific(a: Figure, b: Figure) -> bool:
    """Whether 'about' is specific enough for two differing values to be a disagreement.

    "North Korean soldiers" is; a bare "countries" or "shots" is not within one article (different
    passages count different things), and small one-word counts are not even across articles.
    """
    words = len(_about_key(a.about or "").split())
    if words >= 2:
        return True
    if a.document == b.document:
        return False
    return a.kind != "count" or min(a.value or 0.0, b.value or 0.0) >= 100


def _small_counts(a: Figure, b: Figure) -> bool:
    """Counts under ten ("two countries", "one of them") are usually about different things."""
    return a.kind == "count" and min(a.value or 0.0, b.value or 0.0) < 10


_RANGE_DISPLAY = re.compile(r"(-?[\d,.]+)–(-?[\d,.]+)")


def _in_range(a: Figure, b: Figure) -> bool:
    """One figure is a range ("10–20") that contains the other's value."""
    for x, y in ((a, b), (b, a)):
        m = _RANGE_DISPLAY.search(x.display)
        if m and y.value is not None and x.value is not None:
            try:
                lo, hi = _to_float(m.group(1)), _to_float(m.group(2))
            except ValueError:
                continue
            scale = x.value / ((lo + hi) / 2) if lo + hi else 1.0
            if lo * scale <= y.value <= hi * scale:
                return True
    return False


__all__ = ["extract_figures", "find_conflicts"]
