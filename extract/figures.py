"""Figures: numbers in the text, normalised (value, kind, unit, qualifier, direction, what they count).

v1: built on spaCy's numeric entities; a token-level scan replaces it in the next step.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from text_to_num import text2num

from extract.records import Conflict, Figure, FigureValue

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

    from extract.repair import Repaired

_LABELS = {"CARDINAL": "count", "MONEY": "money", "PERCENT": "percent", "QUANTITY": "quantity", "DATE": "date"}
_SCALES = {"thousand": 1e3, "k": 1e3, "million": 1e6, "m": 1e6, "mn": 1e6, "billion": 1e9, "bn": 1e9, "b": 1e9,
           "trillion": 1e12, "tn": 1e12}
_SYMBOLS = {"$": "USD", "US$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "₹": "INR", "₽": "RUB", "₩": "KRW"}
_CURRENCY_WORDS = {"dollar": "USD", "dollars": "USD", "euro": "EUR", "euros": "EUR", "pound": "GBP", "pounds": "GBP",
                   "yen": "JPY", "yuan": "CNY", "rupee": "INR", "rupees": "INR", "ruble": "RUB", "rubles": "RUB",
                   "roubles": "RUB", "won": "KRW"}
_QUALIFIERS = {"up to": "up to", "at least": "at least", "more than": "more than", "over": "more than",
               "less than": "less than", "fewer than": "less than", "at most": "at most", "about": "approximately",
               "around": "approximately", "nearly": "approximately", "roughly": "approximately",
               "almost": "approximately", "some": "approximately", "approximately": "approximately",
               "thousands": "approximately", "up": "up to"}
_NUM = re.compile(r"\d+(?:[.,]\d+)*")
_SCALE_RE = re.compile(r"(?i)\b(thousand|million|billion|trillion|bn|mn|tn)\b|(?<=\d)(k|m|bn|b)\b")
_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
           "november", "december")


def _number(text: str) -> float | None:
    """The numeric value of an entity's text ("50 billion" -> 5e10, "13,000" -> 13000, "ten" -> 10)."""
    m = _NUM.search(text)
    value: float | None = None
    if m:
        raw = m.group()
        if re.fullmatch(r"\d{1,3}(,\d{3})+(\.\d+)?", raw):
            raw = raw.replace(",", "")
        value = float(raw.replace(",", ""))
    else:
        words = [w for w in re.findall(r"[a-zA-Z-]+", text.lower())]
        for i in range(len(words)):
            for j in range(len(words), i, -1):
                try:
                    value = float(text2num(" ".join(words[i:j]), "en"))
                    break
                except ValueError:
                    continue
            if value is not None:
                break
    if value is None:
        return None
    s = _SCALE_RE.search(text)
    if s and not re.search(r"(?i)\b(thousand|million|billion|trillion)\b", text[: m.start()] if m else ""):
        word = (s.group(1) or s.group(2)).lower()
        if m or word not in ("thousand",) or value < 1000:
            value *= _SCALES[word] if value < _SCALES[word] else 1
    return value


def _currency(text: str) -> str | None:
    for sym, code in _SYMBOLS.items():
        if sym in text:
            return code
    for w in re.findall(r"[a-zA-Z]+", text.lower()):
        if w in _CURRENCY_WORDS:
            return _CURRENCY_WORDS[w]
    return None


def _qualifier(ent: Span) -> tuple[str | None, str | None]:
    doc = ent.doc
    before = doc[max(0, ent.start - 2) : ent.start].text.lower()
    inside = ent.text.lower()
    for phrase in ("up to", "at least", "more than", "less than", "fewer than", "at most"):
        if before.endswith(phrase) or inside.startswith(phrase):
            return _QUALIFIERS[phrase], None
    prev = doc[ent.start - 1].lower_ if ent.start else ""
    first = ent[0].lower_
    for w in (first, prev):
        if w in ("about", "around", "nearly", "roughly", "almost", "approximately", "some"):
            return "approximately", None
        if w == "up" and ent.label_ in ("CARDINAL",):
            return "up to", None
    if prev == "by" and ent.start >= 2:
        verb = doc[ent.start - 2].lemma_.lower() or doc[ent.start - 2].lower_
        if verb in ("rise", "increase", "grow", "climb", "jump", "up", "rose", "increased", "grew"):
            return None, "up"
        if verb in ("fall", "drop", "decline", "decrease", "down", "fell", "dropped", "declined", "decreased"):
            return None, "down"
    return None, None


def _about(ent: Span) -> str | None:
    root = ent.root
    head = root.head
    if head.pos_ in ("NOUN", "PROPN") and head.i >= ent.end:
        mods = [t for t in head.lefts if t.dep_ in ("amod", "compound") and t.i >= ent.end]
        start = min([head.i] + [t.i for t in mods])
        return ent.doc[start : head.i + 1].text
    for t in ent:
        if t.dep_ == "prep" or t.lower_ == "of":
            objs = [c for c in t.children if c.dep_ == "pobj"]
            if objs:
                return objs[0].text
    if ent.end < len(ent.doc) and ent.doc[ent.end].lower_ == "of":
        objs = [c for c in ent.doc[ent.end].children if c.dep_ == "pobj"]
        if objs:
            o = objs[0]
            mods = [t for t in o.lefts if t.dep_ in ("amod", "compound")]
            start = min([o.i] + [t.i for t in mods])
            return ent.doc[start : o.i + 1].text
    if head.lemma_ in ("worth", "be") or head.dep_ == "amod":
        for anc in root.ancestors:
            if anc.pos_ in ("NOUN", "PROPN"):
                return anc.text
    if root.dep_ in ("nsubj", "nsubjpass"):
        return None
    return None


def _date_iso(text: str) -> str | None:
    low = text.lower()
    year = re.search(r"\b(1[5-9]\d\d|20\d\d)\b", low)
    month = next((i + 1 for i, m in enumerate(_MONTHS) if m in low), None)
    day = re.search(r"\b([0-3]?\d)(?:st|nd|rd|th)?\b", re.sub(r"\b(1[5-9]\d\d|20\d\d)\b", "", low))
    if year and month and day:
        return f"{year.group(1)}-{month:02d}-{int(day.group(1)):02d}"
    if year and month:
        return f"{year.group(1)}-{month:02d}"
    if month and day:
        return f"--{month:02d}-{int(day.group(1)):02d}"
    if year:
        return year.group(1)
    return None


def _display(value: float | None, kind: str, unit: str | None, date: str | None) -> str:
    if kind == "date":
        return date or ""
    if value is None:
        return ""
    if kind == "money":
        for scale, name in ((1e12, "tn"), (1e9, "bn"), (1e6, "m")):
            if value >= scale:
                return f"{unit or '?'} {value / scale:g} {name}"
        return f"{unit or '?'} {value:,.0f}" if value == int(value) else f"{unit or '?'} {value:,}"
    num = f"{value:,.0f}" if value == int(value) else f"{value:,}"
    if kind == "percent":
        return f"{num} %"
    return f"{num} {unit}" if unit else num


def extract_figures(doc: Doc, rep: Repaired, document: str) -> list[Figure]:
    """Every numeric figure in ``doc`` with offsets into the original file text."""
    out: list[Figure] = []
    last_currency: str | None = None
    for ent in doc.ents:
        kind = _LABELS.get(ent.label_)
        if kind is None:
            continue
        text = ent.text
        if re.fullmatch(r"[A-Z]+\d+|\d+[A-Z]+", text.strip()):
            continue  # labels such as G7 or 5G
        value = _number(text)
        unit: str | None = None
        date: str | None = None
        if kind == "money":
            unit = _currency(text) or last_currency
            last_currency = unit
        elif kind == "percent":
            unit = "%"
        elif kind == "date":
            date = _date_iso(text)
            if re.search(r"\b(years?|months?|weeks?|days?)\b", text.lower()) and not date:
                kind = "duration"
                unit = re.search(r"\b(year|month|week|day)", text.lower()).group(1)  # type: ignore[union-attr]
        elif kind == "count" and ent.end < len(doc) and doc[ent.end].lower_ in ("dollars", "euros") :
            kind = "money"
        elif kind == "count" and last_currency and ent.start > 0 and value and value >= 1e6:
            kind, unit = "money", last_currency
        if kind == "count" and ent.end < len(doc) and ent.start and doc[ent.end].lemma_ == "year":
            kind = "duration"
        qualifier, direction = _qualifier(ent)
        s, e = rep.span(ent.start_char, ent.end_char)
        sent = ent.sent
        ss, se = rep.span(sent.start_char, sent.end_char)
        out.append(
            Figure(
                text=rep.original[s:e],
                value=value if kind != "date" else (float(date[:4]) if date and date[:4].isdigit() else None),
                kind=kind,
                unit=unit,
                qualifier=qualifier,
                direction=direction,
                about=_about(ent) if kind != "date" else None,
                sentence=rep.original[ss:se].strip(),
                document=document,
                start=s,
                end=e,
                display=_display(value, kind, unit, date),
                date=date,
            )
        )
    return out


def _key(about: str) -> str:
    return " ".join(w for w in re.findall(r"[a-z0-9]+", about.lower()) if w not in ("the", "a", "an", "of"))


def find_conflicts(figures: Sequence[Figure]) -> list[Conflict]:
    """Figures about the same thing, with the same kind and unit, that state different values."""
    groups: dict[tuple[str, str, str | None], list[Figure]] = {}
    for f in figures:
        if f.value is None or not f.about or f.kind in ("date", "number"):
            continue
        groups.setdefault((_key(f.about), f.kind, f.unit), []).append(f)
    out: list[Conflict] = []
    for (about, kind, unit), fs in groups.items():
        values = {f.value for f in fs}
        if len(values) < 2:
            continue
        seen: dict[float, Figure] = {}
        for f in fs:
            seen.setdefault(f.value, f)  # type: ignore[arg-type]
        out.append(
            Conflict(
                about=fs[0].about or about,
                kind=kind,
                unit=unit,
                values=tuple(FigureValue(v, f.display, f.document, f.start) for v, f in seen.items()),
            )
        )
    return out
