"""Measurement, duration and percent units: surface forms -> normalised names (closed lexicons)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from extract.figures.core import _singular

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


# fmt: off
# Unit names follow the unit dictionary of CQE, built on quantulum3's units.json (British spelling, "metric ton",
# "year of age"): the names news quantity benchmarks use; but a pound of weight is "pound", the word a reporter reads
# (quantulum3's "pound-mass" tells it from a pound-force no news story measures; money is "GBP").
# Units: surface form -> normalised name. Case-sensitive keys are symbols; lower-case keys are names.
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
    "nautical mile": "nautical mile", "light year": "light-year", "light-year": "light-year",
    "light - year": "light-year",
    # area
    "square metre": "square metre", "square meter": "square metre", "square kilometre": "square kilometre",
    "square kilometer": "square kilometre", "square mile": "square mile", "square foot": "square foot",
    "square feet": "square foot", "square yard": "square yard", "square inch": "square inch", "acre": "acre",
    "hectare": "hectare",
    # volume
    "litre": "litre", "liter": "litre", "millilitre": "millilitre", "milliliter": "millilitre",
    "centilitre": "centilitre", "centiliter": "centilitre", "decilitre": "decilitre", "deciliter": "decilitre",
    "gallon": "gallon", "barrel": "barrel", "pint": "pint",
    "cubic metre": "cubic metre", "cubic meter": "cubic metre", "cubic foot": "cubic foot", "cubic feet": "cubic foot",
    "cubic kilometre": "cubic kilometre", "cubic kilometer": "cubic kilometre", "cubic centimetre": "cubic centimetre",
    "cubic centimeter": "cubic centimetre", "cup": "cup", "tablespoon": "tablespoon", "teaspoon": "teaspoon",
    "fluid ounce": "fluid ounce", "quart": "quart",
    # mass
    "gram": "gram", "gramme": "gram", "kilogram": "kilogram", "kilogramme": "kilogram", "kilo": "kilogram",
    "milligram": "milligram", "microgram": "microgram", "microgramme": "microgram", "tonne": "metric ton",
    "ton": "ton", "metric ton": "metric ton", "metric tonne": "metric ton", "short ton": "ton", "long ton": "long ton",
    "ounce": "ounce", "stone": "stone", "troy ounce": "troy ounce", "bushel": "bushel",
    "carat": "carat", "pound": "pound",
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
    "sievert": "sievert", "millisievert": "millisievert", "microsievert": "microsievert", "becquerel": "becquerel",
    "decibel": "decibel", "dram": "dram", "drachma": "dram", "barrels per day": "barrel per day",
    "megapixel": "megapixel", "kiloton": "kiloton", "kilotonne": "kiloton", "megaton": "megaton",
    "megatonne": "megaton", "gigaton": "gigaton", "gigatonne": "gigaton", "petaflop": "petaflop",
    "teraflop": "teraflop", "parts per million": "part per million", "parts per billion": "part per billion",
    "frames per second": "frame per second", "beats per minute": "beat per minute",
    "barrels a day": "barrel per day", "pounds per square inch": "pound per square inch", "nit": "nit",
    "acre-foot": "acre-foot",
    "acre-feet": "acre-foot", "acre feet": "acre-foot", "acre foot": "acre-foot", "acre - foot": "acre-foot",
    "acre - feet": "acre-foot",
}
_UNIT_SYMBOLS = {
    "m": "metre", "km": "kilometre", "cm": "centimetre", "mm": "millimetre", "µm": "micrometre", "μm": "micrometre",
    "nm": "nanometre", "dm": "decimetre", "mi": "mile", "yd": "yard", "yds": "yard", "ft": "foot", "in": "inch",
    '"': "inch", "″": "inch", "′": "foot", "'": "foot",
    "m2": "square metre", "m²": "square metre", "km2": "square kilometre", "km²": "square kilometre",
    "sq km": "square kilometre", "sq m": "square metre", "sq mi": "square mile", "sq ft": "square foot",
    "sqm": "square metre", "ha": "hectare", "m3": "cubic metre", "m³": "cubic metre", "km3": "cubic kilometre",
    "cc": "cubic centimetre", "l": "litre", "L": "litre", "ml": "millilitre", "mL": "millilitre", "cl": "centilitre",
    "dl": "decilitre", "dL": "decilitre", "mmol": "millimole",
    "gal": "gallon", "bbl": "barrel", "bpd": "barrel per day", "b/d": "barrel per day", "tbsp": "tablespoon",
    "tsp": "teaspoon", "oz": "ounce", "g": "gram", "kg": "kilogram", "kgs": "kilogram", "mg": "milligram",
    "µg": "microgram", "μg": "microgram", "mcg": "microgram", "t": "metric ton", "lb": "pound",
    "lbs": "pound",
    "lb-ft": "pound-foot", "lb ft": "pound-foot", "Nm": "newton metre", "cu.ft": "cubic foot", "cu ft": "cubic foot",
    "cu. ft.": "cubic foot", "cu.ft.": "cubic foot",
    "km/h": "kilometre per hour", "kph": "kilometre per hour", "kmph": "kilometre per hour",
    "km/hr": "kilometre per hour", "mph": "mile per hour", "m/s": "metre per second", "kn": "knot", "kt": "knot",
    "W": "watt", "kW": "kilowatt", "MW": "megawatt", "GW": "gigawatt", "TW": "terawatt", "kWh": "kilowatt hour",
    "MWh": "megawatt hour", "GWh": "gigawatt hour", "TWh": "terawatt hour", "Wh": "watt hour", "J": "joule",
    "kJ": "kilojoule", "kcal": "kilocalorie", "cal": "calorie", "hp": "horsepower", "bhp": "horsepower",
    "PS": "metric horsepower",
    "V": "volt", "kV": "kilovolt", "eV": "electronvolt", "TeV": "teraelectronvolt", "GeV": "gigaelectronvolt",
    "MeV": "megaelectronvolt", "A": "ampere", "mA": "milliampere",
    "KB": "kilobyte", "kB": "kilobyte", "MB": "megabyte", "GB": "gigabyte",
    "TB": "terabyte", "PB": "petabyte", "EB": "exabyte", "Mb": "megabit", "mb": "megabit", "Gb": "gigabit",
    "Mbps": "megabit per second", "Gbps": "gigabit per second", "Hz": "hertz", "kHz": "kilohertz",
    "MHz": "megahertz", "GHz": "gigahertz", "°C": "degree Celsius", "ºC": "degree Celsius", "°F": "degree fahrenheit",
    "ºF": "degree fahrenheit", "°": "degree", "K": "kelvin", "rad": "radian", "rpm": "revolution per minute",
    "dB": "decibel", "dBA": "decibel", "dBa": "decibel",
    "mGy": "milligray", "Gy": "gray", "Sv": "sievert", "mSv": "millisievert",
    "µSv": "microsievert", "μSv": "microsievert", "Bq": "becquerel", "tpd": "ton per day",
    "MP": "megapixel", "mpg": "mile per gallon", "fps": "frame per second", "mAh": "milliampere-hour",
    "ppm": "part per million", "ppb": "part per billion", "bpm": "beat per minute",
    "ppi": "pixel per inch", "dpi": "dot per inch", "psi": "pound per square inch",  # not "PSI": a haze index
}
# Symbols that are also common words or letters: only units when glued to the number ("5t", "2m").
_GLUED_ONLY = {"m", "t", "l", "g", "A", "V", "K", "J", "W", "in", "'", '"', "kn", "kt", "mi", "cal", "cc", "ha", "MP",
               "PS"}
_TEMPERATURE_SCALES = {"celsius": "degree Celsius", "centigrade": "degree Celsius", "fahrenheit": "degree fahrenheit",
                       "c": "degree Celsius", "f": "degree fahrenheit"}
_PERCENT_WORDS = {"%", "percent", "per cent", "percents", "pct", "pct.", "percentage", "per-cent", "percentages"}
# fmt: on


def _unit_name(word: str) -> str | None:
    w = word.lower()
    if w in _UNIT_NAMES:
        return _UNIT_NAMES[w]
    s = _singular(w)
    return _UNIT_NAMES.get(s)


def _a_unit(t: Token) -> bool:
    """Whether a token names a unit of measure, by name or by symbol ("inch", "GB")."""
    return _unit_name(t.lower_) is not None or t.text in _UNIT_SYMBOLS


# Adjectives a length measures ("13 in thick", "a 2-in-thick slab").
_MEASURING_ADJECTIVES = frozenset(("thick", "long", "wide", "tall", "high", "deep"))


def _symbol_unit_ok(doc: Doc, i: int) -> bool:
    """Ambiguous one-letter symbols stand alone as units only before punctuation, a measuring adjective or "of"
    ("278,000 t of wheat": a letter is no thing to count)."""
    if i + 1 >= len(doc):
        return True
    nxt = doc[i + 1]
    if nxt.text in ("-", "–") and not doc[i].whitespace_:
        return False  # "5 in-person meetings": a word goes on after the hyphen
    if nxt.lower_ == "of":
        return doc[i].text in ("m", "t", "l", "g")  # metric letters; "3 K of memory" is no temperature
    if doc[i].text == "PS" and nxt.pos_ in ("ADP", "CCONJ", "VERB", "AUX"):
        return True  # "151 PS along with 197 Nm": a car's power, not a postscript or a school
    return nxt.is_punct or nxt.lower_ in _MEASURING_ADJECTIVES or nxt.lower_ in ("away", "across", "x")


def _per_width(doc: Doc, k: int) -> int:
    """Tokens of a rate's denominator at token k: 2 for a unit named in two words ("per cubic metre", "per square
    foot", "per troy ounce", "per metric ton", "per kilowatt hour"), else 1."""
    if k + 1 >= len(doc):
        return 1
    low = doc[k].lower_
    return (
        2
        if _UNIT_NAMES.get(f"{low} {_singular(doc[k + 1].lower_)}") or _UNIT_SYMBOLS.get(f"{low} {doc[k + 1].text}")
        else 1
    )


def _per_unit(doc: Doc, k: int) -> str | None:
    """The unit of a rate's denominator at token k ("gallon", "week", "millisecond"), or None."""
    if k >= len(doc):
        return None
    low = doc[k].lower_
    if _per_width(doc, k) == 2:
        two = f"{low} {_singular(doc[k + 1].lower_)}"
        return _UNIT_NAMES.get(two) or _UNIT_SYMBOLS.get(f"{low} {doc[k + 1].text}")
    dur = _DURATION_UNITS.get(low) or _DURATION_UNITS.get(_singular(low))
    if dur and low not in ("min", "sec", "mo"):
        return dur
    return _unit_name(low) or _UNIT_SYMBOLS.get(doc[k].text)
