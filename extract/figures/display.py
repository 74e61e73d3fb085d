"""The normalised human form of a figure ("13,000", "USD 50 bn", "10 %", "2 years 8 months")."""

from __future__ import annotations

from decimal import Decimal


def _fmt_num(v: float) -> str:
    if v == int(v) and abs(v) < 1e15:
        return f"{int(v):,}"
    if abs(v) >= 100:
        return f"{v:,.2f}".rstrip("0").rstrip(".")
    return f"{v:.4g}"


def _cents(v: float, pad: bool = True) -> str:
    """A sum of money written out exactly, with its cents as a price is written: two decimals when it has one
    ("1.40", "0.50"), all it has when more ("1.2925", "0.00000812"), none when it is whole ("19,000"); ``pad=False``
    keeps a single decimal ("83.2" rupees per dollar: an exchange rate is no price in cents)."""
    if v == int(v) or abs(v) >= 1e6:
        return _fmt_num(v)
    whole, _, frac = format(Decimal(repr(v)), ",f").partition(".")
    return f"{whole}.{frac}0" if pad and len(frac) == 1 else f"{whole}.{frac}"


def _plural_unit(unit: str, value: float) -> str:
    if " per " in unit:
        head, _, rest = unit.partition(" per ")
        return f"{_plural_unit(head, value)} per {rest}"
    if unit.endswith(" of age"):
        dur = unit.removesuffix(" of age")
        return f"{dur} old" if value == 1 else f"{dur}s old"
    if unit.startswith("degree ") and value != 1:
        return "degrees" + unit[6:]  # "40 degrees Celsius"
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
    if len(parts) == 1 and parts[0][1] == "fold":
        return f"{_fmt_num(parts[0][0])}-fold"  # a multiplier
    if len(parts) == 2 and parts[0][1] == "in":
        return f"{_fmt_num(parts[0][0])} in {_fmt_num(parts[1][0])}"  # a share: "1 in 5"
    if parts:
        return " ".join(f"{_fmt_num(v)} {_plural_unit(u, v)}" for v, u in parts)
    num = f"{_fmt_num(low)}–{_fmt_num(high)}" if low is not None and high is not None else _fmt_num(value)
    if kind == "money":
        code, _, rest = (unit or "?").partition(" ")
        if not rest or rest.startswith("per "):  # a whole unit of the currency, not "cent" or "pence"
            # "$1.40 a share": USD 1.40, as written, not 1.4; not an exchange rate ("INR 83.2 per USD")
            pad = not (rest[4:].isupper() and len(rest) == 7)
            if low is not None and high is not None:
                # "$1 to $1.50 a share": both ends alike, 1.00–1.50
                cents = pad and (low != int(low) or high != int(high))
                num = "–".join(f"{_fmt_num(x)}.00" if cents and x == int(x) else _cents(x, pad) for x in (low, high))
            else:
                num = _cents(value, pad)
        for scale, name in ((1e12, "tn"), (1e9, "bn"), (1e6, "m")):
            if abs(value) >= scale and (not rest or rest.startswith("per ")):
                if low is not None and high is not None:
                    num = f"{_fmt_num(round(low / scale, 6))}–{_fmt_num(round(high / scale, 6))}"
                else:
                    num = _fmt_num(round(value / scale, 6))
                return f"{code} {num} {name}" + (f" {rest}" if rest else "")
        return f"{code} {num}" + (f" {rest}" if rest else "")
    if kind == "percent":
        if unit is not None and unit.startswith("% per "):
            return f"{num} {unit}"  # "3 % per year"
        return f"{num} %" if unit in (None, "%") else f"{num} {_plural_unit(unit, value)}"
    if kind == "duration" and unit in _YEARS_IN and 0 < value < 1 and low is None:
        years = round(value * _YEARS_IN[unit], 6)  # "nearly a quarter century" reads as 25 years, not 0.25 centuries
        return f"{_fmt_num(years)} {_plural_unit('year', years)}"
    if kind in ("quantity", "duration") and unit:
        return f"{num} {_plural_unit(unit, value)}"
    return num


# Years in the long units of time, so that a fraction of one reads in whole years.
_YEARS_IN = {"decade": 10, "century": 100, "millennium": 1000}
