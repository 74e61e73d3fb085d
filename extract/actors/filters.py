"""Whether a cleaned name can name an actor at all (no handle, section heading, time zone, unit or lone legal form),
how a lowercase name is cased, and the lone common words that are pieces of names ("Court", "Defense")."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from functools import lru_cache
from typing import TYPE_CHECKING

from extract.actors.names import (
    CAPTION_WORDS,
    DESIGNATORS,
    HONORIFICS,
    PARTICLES,
    TITLE_WORDS,
    _initials,
    _is_acronym,
    _key,
    _tokens,
    common_given_name,
    country_code,
    gazetteer,
    legal_forms,
    place_rank,
)
from extract.actors.tokens import _Candidate, _capitalised, _mixed, _Sents
from extract.actors.trim import _heading_speech_verb
from extract.repair import DETERMINERS, FUNCTION_WORDS, zipf

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


@lru_cache(maxsize=8192)
def _valid_name(name: str, kind: str) -> bool:
    """Whether a cleaned entity can name an actor: capitalised, not a handle, fragment or version number (memoised:
    a story names the same actors again and again)."""
    if len(name) < 2 or not any(c.isupper() for c in name) or name[0] in "@#" or name.endswith("-"):
        return False
    parts = [w for w in name.replace("-", " ").split() if w.isalpha()]
    if len(parts) > 1 and name.isupper() and all(zipf(w.lower()) >= 3.0 for w in parts) and not place_rank(name):
        # Section headings in capitals ("UP NEXT", "TIP-INS"), not names.
        return False
    if "/" in name or "|" in name:
        return False
    prefix = name.split("-", 1)[0]
    if (
        "-" in name
        and prefix.lower() in _ADJECTIVE_PREFIXES
        and (prefix.islower() or (prefix.istitle() and " " not in name))
    ):
        # "pan-European", "Pro-Israeli", "non-Muslim", "anti-Semitism": a word made of a name, no actor ("al-Tanf"
        # opens on a particle; "Pan-American Health Organization", "Inter-Services Intelligence", "UN-Habitat" are
        # names: review s20 r2a MED).
        return False
    if name in _time_zones():
        # "15:11 GMT": a time zone, which spaCy tags ORG.
        return False
    if kind == "organization" and _section_label(name):
        return False
    if name[0].islower() and len(name) <= 3:
        # Units and symbols ("kW", "mAh"), not names.
        return False
    if name.lower() in PARTICLES:
        # "Von" alone is what is left of "Von der Leyen" after a bad split.
        return False
    if not name.isupper() and (key := _key(name)) in DESIGNATORS and key in legal_forms():
        # "Inc." alone is what is left of "Dräger, Inc." after a split at the comma: a legal form names nobody (in
        # capitals it may be an acronym: "SNC" of "Sierra Nevada Corporation", "S.C.", "AG"; and cleanco's forms of
        # other countries are names too: "Sal", "Sia", "Ong", "Teo").
        return False
    if kind != "organization" and any(_mixed(w) for w in name.split()):
        # "IE6", "Windows XP2": people and places are not named with digits glued to letters.
        return False
    return any(c.isalpha() for c in name)


# Lowercase English prefixes joined to a name by a hyphen (a closed, linguistic list).
_ADJECTIVE_PREFIXES = frozenset(
    "anti pro non pan intra inter post pre ex neo semi trans multi mid un sub super ultra cross".split()  # noqa: SIM905
)


@lru_cache(maxsize=1)
def _time_zones() -> frozenset[str]:
    """Time-zone abbreviations from the system time-zone database ("GMT", "UTC", "EST"), not country codes."""
    import zoneinfo

    return frozenset(
        z for z in zoneinfo.available_timezones() if len(z) == 3 and z.isupper() and (z[-1] == "T" or z[:2] == "UT")
    )


def _section_label(name: str) -> bool:
    """ "Lifestyle-Religion": a page's section path, everyday words joined by a hyphen, not a name."""
    parts = name.split("-")
    return (
        len(parts) > 1
        and " " not in name
        and all(p.istitle() and p.isalpha() and zipf(p.lower()) >= 4.0 and not place_rank(p) for p in parts)
    )


def _recase(name: str, kind: str) -> str:
    """Usual casing for a lowercase name ("donald trump", "kyiv") when it can only be a name; else unchanged.

    spaCy tags lowercase names in machine-translated text; a lowercase "name" made of everyday words
    ("vehicle miles") is a tagging error, so each word must be rarer than the commonest English words.
    """
    words = name.split()
    if not all(w.isalpha() for w in words):
        return name
    if kind == "place" and place_rank(name) < 2:
        return name
    if kind == "person" and (len(words) < 2 or any(zipf(w) >= 5.0 for w in words)):
        return name
    if kind == "organization":
        return name
    return " ".join(w[:1].upper() + w[1:] for w in words)


def _text_casing(sents: _Sents) -> str | None:
    """ "lower" for a text written in lower case throughout (machine translation: "president biden said on tuesday"),
    "upper" for one in capitals ("SHIGERU ISHIBA SAID ON MONDAY"), else None. Lower: most sentences open on a
    lowercase word; upper: most words of two letters or more are in capitals."""
    texts = sents.texts
    opens = [texts[k] for k in sents.starts if k < len(texts) and texts[k][:1].isalpha()]
    if len(opens) >= 2 and sum(w[:1].islower() for w in opens) * 4 >= len(opens) * 3:
        return "lower"
    # Running text has lowercase letters from its first lines on: most documents end the test here.
    if sum(c.islower() for c in sents.doc_text[:400]) > 40:
        return None
    words = [w for w in texts if len(w) > 1 and w.isalpha()]
    if len(words) >= 4 and sum(w.isupper() for w in words) * 5 >= len(words) * 4:
        return "upper"
    return None


def _cased_words(name: str, casing: str) -> str:
    """A name written in one case throughout, in the usual case of names: each word capitalised but the small words
    of a longer name ("Ministry of Foreign Affairs of China"); in capitals, a word of three letters or fewer that is
    no small word stays an acronym ("US Navy")."""
    words = name.split()
    out = []
    for n, w in enumerate(words):
        low = w.lower()
        if n and low in FUNCTION_WORDS | DETERMINERS:
            out.append(low)
        elif casing == "upper" and len(w) <= 3 and len(words) > 1:
            out.append(w)
        else:
            out.append(w[:1].upper() + w[1:].lower())
    return " ".join(out)


def _fragments(doc: Doc, cands: Sequence[_Candidate], sents: _Sents, casing: str | None = None) -> set[str]:
    """Lone common words ("Court", "Defense", "Iodine") that are pieces of names or plain words, not names.

    The document's own evidence decides: it writes the word in lowercase as often, or uses it once alone and
    otherwise only inside longer capitalised names.  A fragment that a longer name of the same sort here
    contains is kept (merging joins it to that name); one with no such name is dropped. A text written in lower case
    throughout (``casing``) writes names so too: that is no evidence.
    """
    if casing == "lower":
        return set()
    alone: Counter[str] = Counter()
    person: set[str] = set()
    for c in cands:
        if c.end - c.start == 1 and c.name[:1].isupper() and not c.name.isupper():
            alone[_key(c.name)] += 1
            if c.kind == "person":
                person.add(_key(c.name))
    words = {w for w in alone if w.isalpha() and not place_rank(w) and zipf(w) >= 3.0}
    if not words:
        return set()
    lower: Counter[str] = Counter()
    inside: Counter[str] = Counter()
    toks = sents.toks
    for n, low in enumerate(sents.lowers):
        if low not in words:
            continue
        t = toks[n]
        if sents.texts[n].islower():
            lower[low] += 1
            continue
        nxt = toks[n + 1] if n + 1 < len(toks) else None
        prev = toks[n - 1] if n else None
        prev2 = toks[n - 2] if n > 1 else None
        if (
            # A caption's credit word after a name ("Belle Image: Nick Moreau") is not part of a longer name.
            # So is a heading's verb of saying ("Obama Says African-American Museum Will Tell").
            (
                nxt is not None
                and _capitalised(nxt)
                and nxt.lower_ not in CAPTION_WORDS
                and not _heading_speech_verb(n + 1, sents)
            )
            # A title before a person's name is no part of it ("President Obama").
            or (
                prev is not None
                and _capitalised(prev)
                and not sents.is_start(t.i)
                and not (
                    (prev.lower_ in TITLE_WORDS or prev.lower_.rstrip(".") in HONORIFICS) and t.ent_type_ == "PERSON"
                )
            )
            or (
                prev is not None
                and prev.lower_ in ("of", "for")
                and prev2 is not None
                and _capitalised(prev2)
                # "Shares of Nvidia fell", "Officials of Tesla said": a plural noun capitalised only because it opens
                # the sentence heads no name.
                and not (sents.is_start(prev2.i) and prev2.tag_ == "NNS")
            )
        ):
            inside[low] += 1
    hosts: dict[str, set[str]] = {"person": set(), "thing": set()}
    for c in cands:
        if c.end - c.start > 1 and c.kind != "group":
            hosts["person" if c.kind == "person" else "thing"].update(_tokens(_key(c.name)))
    out = set()
    for w in words:
        weak = lower[w] >= alone[w] or (alone[w] == 1 and inside[w])
        if weak and w not in hosts["person" if w in person else "thing"]:
            out.add(w)
    return out


_EVERYDAY = 4.0
"""A word at least this frequent in English is an everyday word ("gender", "equality", "gap", "goes")."""


def _heading_phrase(i: int, j: int, sents: _Sents) -> bool:
    """ "Gender Equality.", "The Gap Goes On: It was under Mr. Ban's watch ...": two everyday words or more, none a
    given name, that stand in a title-case heading, the whole of their line or its opening before a colon (a run-in
    heading): a section's topic, not a person's name. Only capitalised words and function words are in it."""
    from extract.actors.merge.given_names import is_given_name

    toks, texts, lowers = sents.toks, sents.texts, sents.lowers
    words = [lowers[k] for k in range(i, j) if toks[k].is_alpha]
    if len(words) < 2 or any(zipf(w) < _EVERYDAY or is_given_name(w) or common_given_name(w) for w in words):
        return False
    start = i
    while start > 0 and "\n" not in texts[start - 1]:
        start -= 1
    end = j
    while end < len(texts) and "\n" not in texts[end] and texts[end] != ":":
        end += 1
    line = [t for t in toks[start:end] if t.is_alpha]
    return len(line) <= 10 and all(t.text[:1].isupper() or t.lower_ in FUNCTION_WORDS for t in line)


def _indefinite(tok: Token) -> bool:
    """The token heads a noun phrase opened by "a" or "an" right before it ("A CT of his chest", "an MRI"; not "a
    rover NASA plans to launch", whose article the parser may hang on the name)."""
    return tok.i > 0 and any(c.dep_ == "det" and c.lower_ in ("a", "an") and c.i == tok.i - 1 for c in tok.children)


def _country_pair(name: str) -> bool:
    """ "the U.S.-Mexico border", "U.S.-China talks": two countries joined by a hyphen in one word name a relation
    between them, no actor; a country's own name ("Guinea-Bissau") and a name with a side no country ("Rolls-Royce",
    "Israel-Hamas") are no pair."""
    parts = name.split("-")
    if len(parts) != 2 or " " in name or place_rank(name) or country_code(name):
        return False
    return all(country_code(p) is not None or (_is_acronym(p) and _key(p) in _country_initials()) for p in parts)


@lru_cache(maxsize=1)
def _country_initials() -> frozenset[str]:
    """Initials of the countries' names of several words ("us" of "United States", "uk", "uae"), as name keys."""
    return frozenset(_initials(k)[1] for k in gazetteer().countries if " " in k)


def _common_acronyms(sents: _Sents) -> set[str]:
    """Acronyms the document uses as common nouns somewhere ("an external GPU", "GPUs", "USB 3.2", "USB-A ports ...
    USB-C cable"): a spec's, a device's or a measure's letters, no organisation's wherever else the tagger calls them
    one. A name takes no article or plural of its own ("a BBC report": the article is the report's), no version
    number, and not two one-letter variants after a hyphen ("USB-A" and "USB-C"; one is a branch's name: "ISIS-K",
    review s21 r1a HIGH-2). A possessive is no sign: "our NHS", "its NBC" name the organisation (r1a HIGH-1)."""
    toks, texts = sents.toks, sents.texts
    words = set(texts)
    out: set[str] = set()
    variants: dict[str, set[str]] = {}
    read_common: Counter[str] = Counter()
    letters = [k for k, text in enumerate(texts) if 2 <= len(text) <= 5 and text.isupper() and text.isalpha()]
    for k in letters:
        text = texts[k]
        tok = toks[k]
        nxt = texts[k + 1] if k + 1 < len(texts) else ""
        after = texts[k + 2] if k + 2 < len(texts) else ""
        if nxt == "-" and not tok.whitespace_ and not toks[k + 1].whitespace_ and len(after) == 1:
            variants.setdefault(text, set()).add(after)
        version = tok.whitespace_ and _VERSION.fullmatch(nxt) is not None
        # The article right before it or before its adjectives ("an external GPU").
        first = k
        while first > 0 and toks[first - 1].dep_ == "amod" and toks[first - 1].head.i == k and toks[first - 1].is_lower:
            first -= 1
        article = any(c.dep_ == "det" and c.lower_ in ("a", "an") and c.i == first - 1 for c in tok.children)
        # "8.69 GW", "1 TFL": a number counting the letters themselves (not "3 NBA titles": the titles are counted).
        counted = any(c.dep_ == "nummod" and c.i == first - 1 for c in tok.children)
        if tok.tag_ == "NN" or tok.tag_.startswith("VB"):
            read_common[text] += 1
        # "a max FPS of 147.4", "an IQ of 140": a measure given its value (an organisation is no "of 140"; "the NATO of
        # 1949" is one in its year).
        valued = nxt == "of" and after[:1].isdigit() and toks[k + 2].like_num and toks[k + 2].ent_type_ != "DATE"
        if article or version or counted or valued or text + "s" in words or _spelled_lowercase(k, sents):
            out.add(text)
    # The tagger reads the letters as a common noun or a verb more often than as a name ("no other CPU load", "a HDMI
    # or DVI monitor", "GET OUT and VOTE"); a name it misreads once stays ("fighting ISIS now" beside "ISIS claimed").
    # Letters the document spells out in capitals are a name's, whatever the tagger reads ("the Volatiles Investigating
    # Polar Exploration Rover (VIPER)", review s22 r1a LOW-4).
    seen = Counter(texts[k] for k in letters)
    named = {texts[k] for k in letters if texts[k] in read_common and _spelled_in_capitals(k, sents)}
    out |= {text for text, n in read_common.items() if 2 * n > seen[text] and text not in named}
    out |= {text for text, letters in variants.items() if len(letters) > 1}
    # Letters that are first of all a common noun in the news ("AI would replace 4,000 jobs", "the IPO"), whatever else
    # shares them (Amnesty International is "Amnesty").
    out |= {texts[k] for k in letters if texts[k] in COMMON_NOUN_LETTERS}
    # "a CPU and GPU": a conjunct of one is one too.
    out |= {texts[k] for k in letters if toks[k].dep_ == "conj" and toks[k].head.text in out}
    return out


# Acronyms the news uses as common nouns (a closed list): artificial intelligence, an initial public offering, a
# company's officers, a country's output, things and devices.
COMMON_NOUN_LETTERS = frozenset(
    "AI IPO GDP CEO CFO COO CTO EV SUV ATM GPS VPN API DNA LED".split()  # noqa: SIM905
)


def _spelled_lowercase(k: int, sents: _Sents) -> bool:
    """The letters at ``k`` are defined in parentheses by common words whose initials they are: "binge eating disorder
    (BED)", "an initial public offering (IPO)", "FIRE (financial independence, retire early)". A name is spelled out
    in capitals ("the Federal Bureau of Investigation (FBI)"); the first word may open the sentence ("Binge")."""
    toks, texts = sents.toks, sents.texts
    letters = texts[k].lower()
    if 0 < k < len(texts) - 1 and texts[k - 1] == "(" and texts[k + 1] == ")":
        # The words before the parenthesis, the nearest last.
        words, m = [], k - 2
        while m >= 0 and len(words) < len(letters) and (toks[m].is_alpha or texts[m] == "-"):
            if toks[m].is_alpha:
                words.append(m)
            m -= 1
        words.reverse()
    elif k + 2 < len(texts) and texts[k + 1] == "(":
        words, m = [], k + 2
        while m < len(texts) and texts[m] != ")" and len(words) <= len(letters):
            if toks[m].is_alpha:
                words.append(m)
            elif texts[m] not in ("-", ","):
                return False
            m += 1
        if m == len(texts) or texts[m] != ")":
            return False
    else:
        return False
    if len(words) != len(letters) or "".join(sents.lowers[w][0] for w in words) != letters:
        return False
    return all(toks[w].is_lower or (w == words[0] and sents.is_start(w)) for w in words)


def _spelled_in_capitals(k: int, sents: _Sents) -> bool:
    """The letters at ``k`` stand in parentheses right after capitalised words whose initials they are, function words
    aside: "the Volatiles Investigating Polar Exploration Rover (VIPER)", "the Federal Bureau of Investigation
    (FBI)"."""
    toks, texts = sents.toks, sents.texts
    letters = texts[k].lower()
    if not (1 < k < len(texts) - 1 and texts[k - 1] == "(" and texts[k + 1] == ")"):
        return False
    words: list[int] = []
    m = k - 2
    while m >= 0 and len(words) < len(letters) and toks[m].is_alpha:
        if not (toks[m].is_lower and toks[m].lower_ in FUNCTION_WORDS):
            words.append(m)
        m -= 1
    words.reverse()
    return (
        len(words) == len(letters)
        and "".join(sents.lowers[w][0] for w in words) == letters
        and all(texts[w][:1].isupper() for w in words)
    )


# A version number after a standard's letters ("USB 3.2", "HDMI 2.1").
_VERSION = re.compile(r"\d\.\d{1,2}")


def _lowercase_evidence(toks: Sequence[Token]) -> Counter[str]:
    """Lowercase words outside person names: a lowercase "name" whose word the text also writes as a common word
    ("a scissor switch keyboard ... the keyboard") is no name."""
    return Counter(t.lower_ for t in toks if t.is_lower and t.is_alpha and t.ent_type_ != "PERSON")


def _sentence_period(c: _Candidate, sents: _Sents) -> bool:
    """A name of several words whose last token keeps the period that ends its sentence ("Stephen Fry.", "Edward
    IV.", "Group D."), not an abbreviation's ("Ceres Robotics Inc.", "James Kennedy Jr.", "U.N.")."""
    texts = sents.texts
    last = texts[c.end - 2] + "." if texts[c.end - 1] == "." and c.end - c.start > 2 else texts[c.end - 1]
    if c.end - c.start < 2 or not c.name.endswith(".") or not last.endswith(".") or last.count(".") > 1:
        return False
    word = last[:-1].lower()
    if not word.isalpha() or word in DESIGNATORS or word in legal_forms() or word in ("jr", "sr"):
        return False
    stop = sents.bounds(c.start)[1]
    return all(sents.toks[k].is_punct or sents.toks[k].is_space for k in range(c.end, stop))
