"""Names of things, not actors: products ("MacBook Pro" tagged a person, "Apple AirPods Pro for $235"), product
lines ("IE6" and "IE9"), events and works ("FIFA World Cup", "the National Iodine Nutrition study"), missions,
vaccines and novels ("NASA's Europa Clipper mission")."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from extract.actors.kinds import _known_given_name
from extract.actors.lexicon import _BODY_HEADS, _ROMAN, _TRADE_HEADS, EVENT_HEADS, MODEL_WORDS, ORG_HEADS, WORK_HEADS
from extract.actors.names import (
    AGENCY_ACRONYMS,
    DESIGNATORS,
    _key,
    _words,
    common_given_name,
    is_town,
    legal_forms,
    place_rank,
)
from extract.actors.tokens import _Candidate, _mixed, _Sents
from extract.repair import zipf

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token


# Event heads that end no personal name, so that a name ending on one is an event even when the tagger calls it a
# person ("Davis Cup"); "Fair", "Marathon", "Gala" are surnames too.
NO_SURNAME_EVENTS = EVENT_HEADS - _words("fair marathon gala exhibition")


# Words before "Survey" in the names of the agencies that map a country or a field, besides a science's adjective in
# -logical ("Geological", "Archaeological", "Zoological"): a closed list.
_SURVEYED = _words("ordnance hydrographic geodetic")


def _surveying_agency(words: Sequence[str]) -> bool:
    """ "U.S. Geological Survey", "Ordnance Survey": a capitalised "Survey" after a map's word, or after a science's
    adjective with a country's name before it, names the agency that surveys, not a survey (probe s30 P110);
    "Household Pulse Survey" and "The Biological Survey results" are surveys."""
    low = words[-2].lower()
    # A science's adjective alone before it may name what a survey covers ("The Biological Survey results"); with a
    # country's name before it the agency ("U.S. Geological Survey", "British Geological Survey"; review s30 revA R12).
    return words[-1] == "Survey" and (low in _SURVEYED or (low.endswith("logical") and len(words) > 2))


def _is_event(name: str) -> bool:
    """A multi-word name whose head is an event noun or an award, possibly followed by a place ("Fan Expo Canada") or
    by what it is for ("Academy Award for Best Actress", "Nobel Prize in Physics")."""
    words = name.split()
    if len(words) < 2:
        return False
    if words[0] == "Operation":
        # "Operation Clambake", "Operation Desert Storm": a named campaign, not who runs it.
        return True
    for p in range(len(words) - 1, 0, -1):
        # After "for" or "of" a work noun is a field ("Salk Institute for Biological Studies"); after a science's
        # adjective "Survey" is the agency that surveys it ("U.S. Geological Survey", "Ordnance Survey").
        work = (
            words[p].lower() in WORK_HEADS
            and not any(w in ("for", "of") for w in words[:p])
            and not _surveying_agency(words[: p + 1])
        )
        if (words[p].lower() in EVENT_HEADS or work) and words[p][:1].isupper():
            rest = " ".join(words[p + 1 :])
            return not rest or place_rank(rest) >= 2 or words[p + 1] in ("for", "of", "in")
    return False


def _names_a_work(toks: Sequence[Token], i: int, j: int) -> bool:
    """ "the National Iodine Nutrition study": a name of several words before a lowercase work or event noun names
    that work, unless it ends on an organisation noun ("the Pew Research Center survey")."""
    if j - i < 2 or j >= len(toks):
        return False
    nxt, last = toks[j], toks[j - 1].lower_
    return (
        nxt.is_lower
        and (nxt.lower_ in WORK_HEADS or nxt.lower_ in EVENT_HEADS)
        and last not in ORG_HEADS
        and last not in DESIGNATORS
        and last not in _BODY_HEADS
    )


# Kinds of things that carry a proper name, written after it in lowercase: "NASA's Europa Clipper mission", "its
# Dragonfly mission", "the T3 terminal", "a more detailed CT scan", "two Star Trek novels", "Feather Duvet Lung
# disease". A name between a possessive owner and one of these names the thing, no actor (the owner is written apart);
# without an owner only the nouns no organisation makes or runs count (_NAME_ONLY_HEADS): "A World Bank program",
# "an FBI probe", "the IMF mission", "the Pfizer vaccine", "the Netflix series" name their owner or maker. Not
# "models", "devices", "shares" or "team", whose modifier is the maker or the owner even after a possessive ("his
# Ford sedan"); a closed, linguistic list.
NAMED_THINGS = _words(
    """mission missions program programs programme programmes spacecraft lander rover probe telescope satellite
    rocket disease syndrome virus terminal franchise novel novels series scan scans"""
)


_NAME_ONLY_HEADS = _words("disease syndrome virus terminal novel novels scan scans")


# Of those, the ones a person's name before still names (an eponym: "Alzheimer disease"); a person's name before a
# novel is its author's ("a John M. Ford novel").
_EPONYM_HEADS = _words("disease syndrome virus")


_NAMING_VERBS = _words("called named dubbed")


def _thing_use(toks: Sequence[Token], i: int, j: int, label: str) -> int:
    """How the text says a name names a thing of NAMED_THINGS. 1: it modifies one after a possessive owner ("its
    Dragonfly mission") or one of _NAME_ONLY_HEADS ("the T3 terminal"), which a use as an actor elsewhere in the
    document outweighs; 2: the text's own words
    say so: the noun closes the tagged name ("the Wheel of Time series") or the name is what one is called ("a mission
    called Europa Clipper", "the medieval disease dubbed the Black Death"); 0: neither."""
    last = toks[j - 1]
    if j - i > 1 and last.is_lower and last.lower_ in NAMED_THINGS:
        return 2
    head = last.head
    if last.dep_ == "compound" and head.i >= j and head.is_lower and head.lower_ in NAMED_THINGS:
        if label == "PERSON" and head.lower_ not in _EPONYM_HEADS:
            return 0
        if head.lower_ in _NAME_ONLY_HEADS:
            return 1
        # A possessive names the owner of a body too ("Trump's Justice Department probe"): a name that is plainly a
        # body's stays the owner. An acronym is no sign ("NASA's DART mission", "the Pentagon's JEDI program") unless it
        # is a known agency's ("the Trump administration's EPA program"); another the story also uses as an actor stays
        # by that use ("The city's FEMA program ..., FEMA said").
        last_word = toks[j - 1].lower_
        known = j - i == 1 and toks[i].text.replace(".", "") in AGENCY_ACRONYMS  # "Biden's EPA probe" (r2 MED-3)
        body = last_word in ORG_HEADS or last_word in _BODY_HEADS or known
        return 1 if not body and any(c.dep_ == "poss" and c.i < i for c in head.children) else 0
    if head.lower_ in _NAMING_VERBS and head.i < i and head.head.is_lower and head.head.lower_ in NAMED_THINGS:
        return 2
    return 0


# Verbs whose object is a thing one works with, not an actor ("instructions for using SecureDrop", "I also use
# Wunderlist", "download the Online Business Success Roadmap"); not "run" or "buy", whose object may be a company
# ("runs GateHouse", "bought Big Machine"), "install" (a chairman: "installed Claure") nor "play" (a role, a team). A
# closed list of word forms (the pipeline runs no lemmatizer).
_USE_VERBS = _words("use uses used using download downloads downloaded downloading")
# Nouns whose "to" takes a service one pays for ("a subscription to Amazon Music Unlimited").
_SUBSCRIPTION_WORDS = _words("subscription subscriptions subscribe subscribes subscribed subscribing")
# Adjectives that set a product beside its other models: "the original Nintendo Switch", "The new Echo Dot".
_MODEL_ADJECTIVES = _words("new latest original upcoming redesigned refreshed updated")
# Artefacts, parts, features and services an organisation's possessive owns under a name: "Audi's familiar Singleframe
# grille", "its Starship vehicle", "its Apple Arcade subscription service", "Salesforce's Dreamforce conference", "its
# Payboo Credit Card" (a closed list, beside the artefacts of THING_NOUNS).
_OWNED_THINGS = _words(
    """grille display screen engine feature features service platform assistant jet plane aircraft project conference
    controller card lineup app apps software"""
)
# Kinds of works an apposition may call a title ("The Last Hot Time, an urban fantasy about bootleggers"), beside the
# artefacts of THING_NOUNS (a closed list).
_WORK_NOUNS = _words(
    """fantasy thriller memoir biography documentary sitcom comedy drama musical podcast anthology sequel prequel
    trilogy novella painting poem opera"""
)
_PERSONAL_OWNERS = _words("his her my your our their")


def _company_tail(word: str) -> bool:
    """A word that closes companies' names after another: a trade noun, a legal form, a head noun of a body or a
    designator ("Holdings", "Partners", "Inc", "Group")."""
    from extract.actors.merge.part_names import _COMPANY_TAILS

    return (
        word in _COMPANY_TAILS
        or word in legal_forms()
        or word in ORG_HEADS
        or word in _BODY_HEADS
        or word in DESIGNATORS
    )


def _root(toks: Sequence[Token], i: int, j: int) -> Token:
    """The root of the name at [i, j): its first word whose head lies outside it or is itself, else its last word.
    The tests of a name's use below take it from the caller, which reads it once for all of them (``root``)."""
    return next((t for t in toks[i:j] if not i <= t.head.i < j or t.head.i == t.i), toks[j - 1])


def _tool_use(toks: Sequence[Token], i: int, j: int, root: Token | None = None) -> bool:
    """The name is what one uses or downloads ("instructions for using SecureDrop", "I also use Wunderlist") or
    subscribes to ("a Prime membership or subscription to Amazon Music Unlimited"), with no lowercase "the" before it
    ("used the W.M. Keck Observatory"; a title's own "The" counts: "using Steven Covey's The 7 Habits of Highly
    Effective People"). A company is used too ("use Google", "using Twitter"), so the caller asks for a product's
    shape before dropping the name beyond this mention."""
    root = _root(toks, i, j) if root is None else root
    if i > 0 and toks[i - 1].text == "the":
        return False
    head = root.head
    if root.dep_ == "dobj" and head.lower_ in _USE_VERBS and head.i < i:
        return True
    # "a subscription to", or the parser's "a Prime membership or subscription to" hung on the first noun.
    subscribed = head.head.lower_ in _SUBSCRIPTION_WORDS or (
        head.i > 0 and toks[head.i - 1].lower_ in _SUBSCRIPTION_WORDS
    )
    return root.dep_ == "pobj" and head.lower_ == "to" and subscribed


def _brand_shaped(toks: Sequence[Token], i: int, j: int) -> bool:
    """A word of the name mixes letters and digits or has a capital inside ("iPhone", "AirPower", "RDR2")."""
    return any(_mixed(t.text) or _CAMEL.match(t.text) is not None for t in toks[i:j])


def _product_use(toks: Sequence[Token], i: int, j: int, label: str, stop: int, root: Token | None = None) -> int:
    """How the words around a name say it names a product, a service or a work, not an actor (0, 1 or 2 as in
    ``_thing_use``). 2: an apposition calls it a work or an artefact ("The Last Hot Time, an urban fantasy about ...").
    1: "the new" or "the original" model of a name the tagger calls a person or a product, or written like a brand
    ("the original Nintendo Switch", "the new iPhone"). ``stop`` ends the sentence."""
    root = _root(toks, i, j) if root is None else root
    if j < stop and toks[j].text == ",":
        appos = next((c for c in root.children if c.dep_ == "appos" and c.i > j), None)
        if appos is not None and appos.pos_ == "NOUN" and (appos.lower_ in THING_NOUNS or appos.lower_ in _WORK_NOUNS):
            return 2
    noun = root.head
    if (
        root.dep_ == "appos"
        and noun.i < i
        and noun.pos_ == "NOUN"
        and noun.is_lower
        and (noun.lower_ in THING_NOUNS or noun.lower_ in _WORK_NOUNS)
        and not (j - i > 1 and _company_tail(toks[j - 1].lower_.rstrip(".")))
    ):
        # "its new app, Journal", "its chatbot, Gemini", "the thriller Oppenheimer": the apposition before the name
        # calls it a work or an artefact (probe s27 actors class 2); not a company's name ("an investment vehicle,
        # Crescent Holdings": review s27 rev4q 5).
        return 2
    last = toks[j - 1]
    if (
        j - i > 1
        and last.text[:1].isupper()
        and (last.lower_ in THING_NOUNS or last.lower_ in _VERSION_NOUNS)
        and last.lower_ not in _COMPANY_ARTEFACTS
        and not _given_name_word(toks[j - 2].lower_)
    ):
        # "Magic Keyboard", "Brydge Pro Keyboard", "Hubble Space Telescope": the artefact's noun closes the name; not
        # after a given name, where the noun is a surname ("Defender Alex Song", review s24 r2 finding 1). So does the
        # noun of a version of one ("Premiere Edition", "Zacian and Zamazenta Edition").
        return 1
    if label != "PERSON" and _sized(toks, i, j) and not _given_name_word(toks[i].lower_):
        # "Apple's 12-inch MacBook", "the 11-inch iPad Pro": a size is an object's, no organisation's.
        return 1
    if root.dep_ != "compound" and label in ("PERSON", "PRODUCT", "ORG"):
        article = next((c for c in root.children if c.dep_ == "det" and c.lower_ == "the" and c.i < i), None)
        shaped = label != "ORG" or _brand_shaped(toks, i, j)
        # Only lowercase adjectives between "the" and the name: not a coined phrase in quote marks ('the “new
        # Gannett,” as Reed dubbed the combination').
        between = toks[article.i + 1 : i] if article is not None else []
        if (
            shaped
            and between
            and all(t.is_alpha and t.is_lower for t in between)
            and any(t.lower_ in _MODEL_ADJECTIVES and t.dep_ == "amod" for t in between)
        ):
            return 1
        # "the way that the iPod or the iPhone did", "typing on glass, like the iPad": one word written like a brand,
        # with a lowercase letter, right after its own "the" is a model; no company takes "the" so ("the YouTube",
        # "the PayPal"), but a group of states or a body's code does ("the G20", "the P5": review s24 r2 finding 2).
        if (
            article is not None
            and article.i == i - 1
            and j - i == 1
            and _brand_shaped(toks, i, j)
            and any(ch.islower() for ch in toks[i].text)
            and _alone(toks, i, j)
        ):
            return 1
    return 0


# Nouns of a version of a product or a work, which close its name ("the Premiere Edition", "Founder's Edition").
_VERSION_NOUNS = _words("edition editions")


# Artefacts' nouns that also close the names of companies and newspapers ("Apple Computer", "Dell Computer", "The
# Christian Science Monitor", "Iridium Satellite"), which the artefact's noun alone does not make things.
_COMPANY_ARTEFACTS = _words("computer monitor satellite")


def _sized(toks: Sequence[Token], i: int, j: int) -> bool:
    """A size of the name's right before it: a number, a hyphen and a unit hung on the name ("12-inch", "12.9-inch",
    "55-inch"); not a size of a noun after it ("a 30-mile Amtrak route"). The word is a unit when the tagger calls it
    part of a quantity here or anywhere in the document (no table of units: the figures' own is private to them; the
    tagger may take one "16-inch" into a longer name, and tags the others)."""
    if not (
        i >= 3
        and toks[i - 2].text == "-"
        and toks[i - 3].like_num
        and toks[i - 1].is_alpha
        and toks[i - 1].is_lower
        and i <= toks[i - 1].head.i < j
    ):
        return False
    word = toks[i - 1].lower_
    return toks[i - 1].ent_type_ == "QUANTITY" or any(t.ent_type_ == "QUANTITY" and t.lower_ == word for t in toks)


def _given_name_word(word: str) -> bool:
    """A lowercase word many people bear as a given name ("alex", "jay")."""
    return _known_given_name(word) or common_given_name(word)


def _alone(toks: Sequence[Token], i: int, j: int) -> bool:
    """No capitalised word right before or after the name (not part of a longer name: "the iPhone Pro")."""
    before = toks[i - 1] if i > 0 else None
    after = toks[j] if j < len(toks) else None
    return not any(t is not None and t.text[:1].isupper() and t.is_alpha for t in (before, after))


# Of the owned things, those a company may be too ("Amazon's Twitch platform", "Facebook's WhatsApp service",
# "Google's Waymo project"): such a use names a product at that mention only.
COMPANY_LIKE_THINGS = _words("service platform app apps software assistant project feature features lineup")


def _owned_artefact(toks: Sequence[Token], i: int, j: int, root: Token | None = None) -> Token | None:
    """The noun of an organisation's own artefact the name names ("Audi's familiar Singleframe grille", "its Starship
    vehicle", "its Payboo Credit Card"), or None; a person's possessive names a maker ("Webb's Ford sedan"), and a
    capitalised word between the name and the noun names the product, the name its maker ("its Sony Now service")."""
    root = _root(toks, i, j) if root is None else root
    # The artefact the name modifies (the run of compounds ends on it), or the name's own last word ("Credit Card").
    noun = root
    while noun.dep_ == "compound" and noun.head.i > noun.i:
        noun = noun.head
    last = toks[j - 1]
    named_between = any(t.text[:1].isupper() for t in toks[j : noun.i])
    artefact = (
        noun.i >= j
        and not named_between
        and noun.is_lower
        and (noun.lower_ in THING_NOUNS or noun.lower_ in _OWNED_THINGS)
    ) or (noun.i < j and j - i > 1 and last.text[:1].isupper() and last.lower_ in _OWNED_THINGS)
    if not artefact:
        return None
    owner = next((c for c in noun.children if c.dep_ == "poss" and c.i < i), None)
    if owner is None or owner.lower_ in _PERSONAL_OWNERS or owner.ent_type_ == "PERSON":
        return None
    return noun


# Hardware and its parts, which come "with" a feature ("a chip with Neural Engine", "a display with ProMotion"); not a
# drug, a vaccine, a car, a film or a platform, which one makes "with" a partner ("testing a new drug with
# AstraZeneca": review s24 r3 F2). A closed list.
_FEATURED_NOUNS = _words("chip chips processor display displays screen screens camera cameras engine feature keyboard")


def _artefact_feature(toks: Sequence[Token], i: int, j: int, root: Token | None = None) -> bool:
    """The name is what a piece of hardware comes with ("A12X Bionic chip with Neural Engine", "a Liquid Retina
    display with ProMotion"): the object of "with" hung on a noun of _FEATURED_NOUNS, a feature of it, no actor."""
    root = _root(toks, i, j) if root is None else root
    prep = root.head
    if root.dep_ != "pobj" or prep.lower_ != "with" or prep.i >= i:
        return False
    noun = prep.head
    return noun.pos_ == "NOUN" and noun.lower_ in _FEATURED_NOUNS


# Parts of speech that may follow the last word of a noun phrase.
_PHRASE_ENDS = frozenset(("PUNCT", "VERB", "AUX", "ADP", "CCONJ", "SCONJ", "PART"))


def _one_of_many(toks: Sequence[Token], i: int, j: int, label: str, root: Token | None = None) -> bool:
    """ "charge an iPhone or iPad", "the victim was a good Samaritan", "a new Plasma Blue": a name with an indefinite
    article of its own, maybe after lowercase adjectives, is one thing of many (a model, a colour, a common noun), no
    actor; not a place ("a China that is destined"), a people ("an American"), a person by a given name, a body ("a new
    Congress"), an organisation after an adjective ("a stronger Hezbollah"), the subject of a clause the parser hangs
    the article of a noun before on ("a rover NASA plans to fly"), a name before a relative pronoun ("a White House that
    lies") or a name modifying a noun after it ("a lost Christopher Marlowe play"). A store, a ride or a car of a
    company is one of many too ("at a Walmart", "an Uber home"): the caller asks for a product's shape before dropping
    the name beyond this mention."""
    root = _root(toks, i, j) if root is None else root
    if root.dep_ in ("nsubj", "nsubjpass", "compound", "poss") or label in ("GPE", "LOC", "NORP", "FAC"):
        return False
    # "another HomePod": one more of them.
    article = next(
        (c for c in root.children if c.dep_ == "det" and c.lower_ in ("a", "an", "another") and c.i < i), None
    )
    if article is None or not all(t.is_alpha and t.is_lower and t.pos_ == "ADJ" for t in toks[article.i + 1 : i]):
        return False  # "in a state Trump won": the parser hung the noun's article on the name
    nxt = toks[j] if j < len(toks) else None
    # The name ends its noun phrase ("at a new Amazon all-time low" goes on), and is no subject of a finite verb
    # after it ("a wealthy hotelier Trump tapped as his ambassador").
    if nxt is not None and (
        nxt.pos_ not in _PHRASE_ENDS
        or nxt.lower_ in ("that", "who", "whom")
        or nxt.tag_ in ("VBD", "VBZ", "VBP", "VBN")
    ):
        return False
    first = toks[i].lower_
    if label == "PERSON" and (_known_given_name(first) or common_given_name(first)):
        return False
    if toks[j - 1].lower_ in ORG_HEADS or toks[j - 1].lower_ in _BODY_HEADS or toks[j - 1].lower_ in _LEGISLATURES:
        return False  # "a new Congress", "a divided Parliament": a body at a time of its life
    # An organisation with an adjective of its own is the organisation at a time ("a stronger Hezbollah", "a resurgent
    # Taliban"); a product is one of many ("a new iPhone"): after adjectives the name must be tagged a person or a
    # product, or written like a brand or a model.
    adjectives = article.i + 1 < i
    return not adjectives or label != "ORG" or _brand_shaped(toks, i, j)


# Bodies of state a name may call by one word ("Congress"), which take an adjective and an article as any body does.
_LEGISLATURES = _words("congress parliament senate assembly government administration cabinet court army navy")


# Post-nominal letters that may close a personal name ("Jane Smith MP").
_SUFFIX_CAPS = _words("JR SR MP MEP QC KC MD OBE MBE")


def _acronym_tail(span: Sequence[Token]) -> bool:
    """The last word is an acronym in everyday use ("VR", "XP"), after a word not in capitals: not a generation
    number ("Louis XV"), post-nominal letters or a citation's initials ("Ruskin KJ"), which wordfreq knows less."""
    last, before = span[-1].text, span[-2].text
    return (
        len(last) >= 2
        and last.isalpha()
        and last.isupper()
        and last not in _SUFFIX_CAPS
        and not _ROMAN.fullmatch(last)
        and not before.isupper()
        and zipf(last.lower()) >= 3.6
    )


_VERSIONED = re.compile(r"([A-Z][A-Za-z]*[A-Za-z])(\d{1,2})")


def _product_lines(doc: Doc, sents: _Sents) -> set[str]:
    """Names the text writes with two or more version numbers ("IE6" and "IE9", "Internet Explorer 6" and
    "Internet Explorer 9", "Windows 7" and "Windows 10"): a line of products, not an actor."""
    versions: dict[str, set[str]] = defaultdict(set)
    toks, texts = sents.toks, sents.texts
    for i, text in enumerate(texts):
        if not text[-1:].isdigit():
            continue
        if not i or not texts[i - 1][:1].isupper():
            if i and (m := _VERSIONED.fullmatch(text)):
                versions[_key(m.group(1))].add(m.group(2))
            continue
        tok = toks[i]
        if tok.ent_type_ in ("MONEY", "PERCENT", "QUANTITY") or toks[i - 1].ent_type_ in ("DATE", "TIME"):
            # "March 8", "$ 5": a date or an amount, not a version.
            continue
        m = _VERSIONED.fullmatch(text)
        if m:
            versions[_key(m.group(1))].add(m.group(2))
        elif text.isdigit() and len(text) <= 2:
            k = i
            while k > 0 and i - k < 3 and toks[k - 1].is_alpha and texts[k - 1][:1].isupper():
                k -= 1
            versions[_key(sents.text(k, i))].add(text)
    lines = {name for name, seen in versions.items() if len(seen) > 1}
    # "Explorer" alone is the product line "Internet Explorer" too.
    return lines | {name.rsplit(" ", 1)[1] for name in lines if " " in name}


def _product_shaped(ent: Span, toks: Sequence[Token], i: int, j: int) -> bool:
    """A name the tagger calls a person that is shaped like a product: a model word after a capitalised name
    ("MacBook Pro", "Switch Lite"), or a word mixing letters and digits or a number after the first word
    ("RAV4 Hybrid", "Thunderbolt 3", "Dell G3 15"); "50 Cent" keeps its leading number."""
    if j - i > 1 and toks[j - 1].lower_ in MODEL_WORDS and toks[j - 1].text[:1].isupper():
        return True
    for k in range(i, j):
        text = toks[k].text
        if any(c.isdigit() for c in text) and (k > i or any(c.isalpha() for c in text)):
            return True
    # A version number after the name ("Thunderbolt 3"), not a score or a range ("Nicolas Jarry 6-4").
    nxt = toks[j] if j < len(toks) else None
    after = toks[j + 1].text if j + 1 < len(toks) else ""
    return nxt is not None and j < ent.end and nxt.text.isdigit() and len(nxt.text) <= 2 and after not in "-\u2013:/,"


# Artefacts a text says a name is ("Fallen Order is a confident, focused game"): a closed list of things no actor is;
# not "service", "platform" or "network", which companies are said to be ("Netflix is a streaming service"), nor
# "show" ("Washington is a show").
THING_NOUNS = _words(
    """game film movie album song book novel app device phone smartphone laptop tablet console browser vaccine drug
    car vehicle rocket spacecraft satellite telescope camera keyboard monitor computer chip processor chatbot"""
)
_QUOTES = frozenset(('"', "'", "\u201c", "\u201d", "\u2018", "\u2019", "``", "''"))


def _quoted(toks: Sequence[Token], i: int, j: int) -> bool:
    """The name stands between quote marks, as a title does ("\u201cGlasgow\u201d", "\u2018Glasgow,\u2019")."""
    if i == 0 or toks[i - 1].text not in _QUOTES:
        return False
    k = j + 1 if j < len(toks) and toks[j].text in (",", ".") else j
    return k < len(toks) and toks[k].text in _QUOTES


_DOUBLE_QUOTES = frozenset(('"', "\u201c", "\u201d", "``", "''"))
# The words a title leaves in lower case (articles, conjunctions, short prepositions): a closed list.
_TITLE_LOWERCASE = _words("a an the and but or nor for so yet as at by in of off on per to up via with from into onto")


def _in_quoted_title(toks: Sequence[Token], texts: Sequence[str], i: int, j: int, start: int, stop: int) -> bool:
    """The name is a part of a title in quote marks, a song's, a book's or a headline's, all its words capitalised
    but function words ('"Takin' It to the Streets"', '"The Captain and Me"'): no actor there. A name that is the whole
    quoted text stays ('"Islamic State"'), as does speech ('"Meth. We're on it."'). ``start`` and ``stop`` bound the
    sentence; ``texts`` are the tokens' texts (the search for the marks reads no Token)."""
    k = i - 1
    while k >= start and i - k <= 10 and texts[k] not in _DOUBLE_QUOTES:
        k -= 1
    m = j
    while m < stop and m - j <= 10 and texts[m] not in _DOUBLE_QUOTES:
        m += 1
    if k < start or m >= stop or texts[k] not in _DOUBLE_QUOTES or texts[m] not in _DOUBLE_QUOTES:
        return False
    # The first mark opens (nothing between it and the word after) and the second closes (nothing before it), so the
    # name is not between one quotation's end and the next one's start.
    if (
        toks[k].text in ("\u201d", "''")
        or toks[m].text in ("\u201c", "``")
        or toks[k].whitespace_
        or toks[m - 1].whitespace_
    ):
        return False
    inside = [t for t in toks[k + 1 : m] if not (t.is_punct or t.is_space)]
    if len(inside) == j - i or len(inside) > 10:
        return False
    return all(t.text[:1].isupper() or t.lower_ in _TITLE_LOWERCASE or t.text[:1] in "'\u2019" for t in inside)


def _titled_work(toks: Sequence[Token], i: int, j: int) -> bool:
    """The name is a work's title in quote marks right after the noun for the work ("in his book “Musicophilia”",
    "the song ‘Glasgow’", "the film \"Joker\""): a title, no actor."""
    return i >= 2 and _quoted(toks, i, j) and toks[i - 2].is_lower and toks[i - 2].lower_ in THING_NOUNS


# Endings of the Latin species word after a genus ("Yersinia pestis", "Escherichia coli", "Homo sapiens").
_SPECIES_ENDINGS = ("is", "us", "um", "ae", "i", "ens")
_SPECIES_ZIPF = 3.0
"""A species word rarer than this in English ("pestis", "sapiens"), not an everyday one ("coronavirus", "quorum",
"palladium"); after a genus's initial ("E. coli") a commoner one passes (_INITIAL_SPECIES_ZIPF)."""
_INITIAL_SPECIES_ZIPF = 3.5
_GENUS_ZIPF = 3.0
# Nouns that announce a living thing's scientific name near it ("the bacteria Yersinia pestis", "the Yersinia pestis
# bacterium").
_TAXON_NOUNS = frozenset(
    [
        "bacteria",
        "bacterium",
        "species",
        "genus",
        "strain",
        "strains",
        "virus",
        "parasite",
        "fungus",
        "microbe",
        "pathogen",
        "plant",
        "insect",
    ]
)


def _species_name(toks: Sequence[Token], i: int, j: int) -> bool:
    """A genus before its species ("the bacteria Yersinia pestis", "Y. pestis"): a living thing's scientific name, no
    actor. The genus is an initial or a rare word that names no place ('The Wuhan coronavirus outbreak', 'China
    coronavirus cases', 'The Trump coronavirus response' keep their names, review s20 r2a HIGH); the species word is
    lowercase, rare and has a Latin ending."""
    if j - i != 1 or j >= len(toks):
        return False
    genus, nxt = toks[i].text, toks[j]
    initial = len(genus) == 2 and genus[0].isupper() and genus[1] == "."
    if not initial and (zipf(genus.lower()) >= _GENUS_ZIPF or place_rank(genus) or is_town(genus)):
        return False
    if not (
        nxt.is_alpha
        and nxt.is_lower
        and len(nxt.text) > 2
        and nxt.text.endswith(_SPECIES_ENDINGS)
        and zipf(nxt.text) < (_INITIAL_SPECIES_ZIPF if initial else _SPECIES_ZIPF)
    ):
        return False
    # 'The Knesset plenum', 'Kaspersky antivirus software': a rare Latin-looking word after a rare name is no species
    # unless the text says, somewhere, that the pair names a living thing ("the bacteria Yersinia pestis", "the
    # Yersinia pestis bacterium"): review s20 r3a HIGH.
    return initial or any(
        toks[k].text == genus and k + 1 < len(toks) and toks[k + 1].text == nxt.text and _taxon_near(toks, k)
        for k in range(len(toks))
    )


def _taxon_near(toks: Sequence[Token], k: int) -> bool:
    """A noun for a living thing within three words before the genus at ``k`` or right after its species word."""
    near = [toks[n] for n in range(max(0, k - 3), k)] + [toks[n] for n in range(k + 2, min(len(toks), k + 3))]
    return any(t.lower_ in _TAXON_NOUNS for t in near)


def _said_to_be_a_thing(toks: Sequence[Token], i: int, j: int, root: Token | None = None) -> bool:
    """The name is the subject of "is" or "was" whose predicate noun is an artefact ("But Fallen Order is a
    confident, focused game", "The Pixel 4 is a phone"): the text's own words say it names a thing."""
    root = _root(toks, i, j) if root is None else root
    verb = root.head
    if root.dep_ != "nsubj" or verb.lower_ not in ("is", "was", "'s") or any(c.dep_ == "neg" for c in verb.children):
        return False  # "Stadia isn't a console" says what it is not
    return any(c.dep_ == "attr" and c.lower_ in THING_NOUNS for c in verb.children)


# Model words that also close companies' names ("Hawaiian Air", "Canal Plus"): a product's only with a sign of one.
_COMPANY_MODEL_WORDS = _words("air plus")


def _model_named(toks: Sequence[Token], i: int, j: int) -> bool:
    """A name of several words ending on a capitalised model word: a model of a product line ("Retina MacBook Pro",
    "Switch Lite", "Chromecast Ultra", "Stadia Pro"), whatever the tagger calls it. "Air" and "Plus" close companies'
    names too ("Hawaiian Air", "Canal Plus"), so with them a word with a capital or a digit inside must show the
    product ("MacBook Air", "iPhone 7 Plus")."""
    last = toks[j - 1]
    if j - i < 2 or last.lower_ not in MODEL_WORDS or not last.text[:1].isupper():
        return False
    if last.lower_ not in _COMPANY_MODEL_WORDS:
        return True
    return any(_mixed(t.text) or t.text.isdigit() or _CAMEL.match(t.text) is not None for t in toks[i : j - 1])


# A model's code: a word mixing letters and digits ("R6700", "A12X", "LC500", "3D", "4K"), not an ordinal ("21st
# Century Fox"); in capitals and a number after a hyphen, a compound's, an aircraft's or a weapon's ("IL-25", "GLP-1",
# "F-35"); a ticker's is capitals then digits ("CMAL3").
_CODE = re.compile(r"(?:[A-Za-z]+\d|\d+[A-Za-z])[A-Za-z\d]*")
_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)", re.IGNORECASE)
_HYPHEN_CODE = re.compile(r"[A-Z]{1,5}-\d{1,4}[A-Z]?")
_TICKER = re.compile(r"[A-Z]{2,}\d{1,2}")
# A group of states written with a hyphen ("G-7", "G-20"), no model.
_GROUP_CODE = re.compile(r"G-?\d{1,2}")


def _is_code(word: str) -> bool:
    return _CODE.fullmatch(word) is not None and _ORDINAL.fullmatch(word) is None and _TIMES.fullmatch(word) is None


# "24x7" ("NDTV 24x7"), "4x4": a number times a number, no model's code.
_TIMES = re.compile(r"\d+x\d+")


def _model_code(name: str, after: str = "") -> bool:
    """A product's, a model's or a compound's name, by a code in it with a sign of a product beside it: a name of two
    words or more with a word mixing letters and digits after its first word, the maker's or the line's ("Netgear
    Nighthawk R6700", "Apple A10 Fusion", "Stadia RDR2", "Bang & Olufsen Premium 3D Sound System"), or first with a
    lowercase artefact's noun right ``after`` the name ("A12X Bionic chip"); not when an organisation's head noun,
    legal form or a place closes it ("3D Systems", "K12 Inc", "FOX5 Atlanta"). A code first with no such noun is a
    body's or a firm's name as often ("The CO2 Coalition", "G20 Secretariat", "S4 Capital", "K2 Intelligence": review
    s21 r1a MED-5). One word of capitals, a hyphen and a number is a compound's ("IL-25", "GLP-1"), not a group of
    states ("G-20"). A company of one word with digits stays ("3M", "Cloud9", "O2", "MI5")."""
    words = name.split()
    if len(words) == 1:
        return _HYPHEN_CODE.fullmatch(name) is not None and _GROUP_CODE.fullmatch(name) is None
    last = words[-1].lower().rstrip(".")
    if last in ORG_HEADS or last in DESIGNATORS or last in _TRADE_HEADS or last in _BODY_HEADS or place_rank(words[-1]):
        return False
    if any(_is_code(w) for w in words[1:]):
        return True
    return _is_code(words[0]) and after in THING_NOUNS


def _ticker_tail(name: str) -> bool:
    """The name ends on a market ticker after an organisation's name of two words or more and holds no other code
    ("the London Metal Exchange CMAL3"): the organisation, without the ticker."""
    words = name.split()
    return len(words) >= 3 and _TICKER.fullmatch(words[-1]) is not None and not any(_is_code(w) for w in words[:-1])


def _ticker_after(toks: Sequence[Token], j: int, name: str) -> bool:
    """A stock ticker in parentheses right after the name, or after its possessive ("Lowe's (LOW)", "Home Depot (HD)"):
    two to five capitals whose letters the name holds in order, so not a person's post-nominal letters ("Jane Smith
    (MP)") or a party's ("(D-Calif.)")."""
    k = j + 1 if j < len(toks) and toks[j].text in ("'s", "\u2019s") else j
    if k + 2 >= len(toks) or toks[k].text != "(" or toks[k + 2].text != ")":
        return False
    ticker = toks[k + 1].text
    if not (2 <= len(ticker) <= 5 and ticker.isalpha() and ticker.isupper()):
        return False
    letters = iter(name.lower())
    return all(c in letters for c in ticker.lower())


# Prepositions of time only: a name as their object is a time, a holiday or an event ("Since Diwali", "during
# Ramadan", "until Brexit"); "before" and "after" take places and people too ("after Iraq", "before Congress").
_TIME_PREPOSITIONS = frozenset(("since", "during", "until", "till"))


def _occasions(toks: Sequence[Token], cands: Sequence[_Candidate]) -> set[str]:
    """Keys of one-word names no gazetteer knows as a place that the document writes as the object of a preposition of
    time ("Since Diwali, the air quality has plunged", "during Diwali, the Hindu festival of lights"): a holiday or an
    event, no actor wherever the document names it; not a person's name ("during Obama's presidency" takes the
    possessive's noun)."""
    out: set[str] = set()
    for c in cands:
        tok = toks[c.start]
        if (
            c.end - c.start == 1
            and c.kind != "person"
            and tok.dep_ == "pobj"
            and tok.head.lower_ in _TIME_PREPOSITIONS
            and tok.head.i == c.start - 1
            and not is_town(c.name)
            and not place_rank(c.name)
        ):
            out.add(_key(c.name))
    return out


def _counted(toks: Sequence[Token], i: int, j: int) -> bool:
    """An acronym a number counts ("3.7 GW of capacity", "1 TFL, 2 QH"): a unit or a statistic, no organisation. In
    "3 FBI agents" and "three SLS rockets" the number counts the noun the acronym modifies, and in "In 2019 NASA said"
    it is a date."""
    if j - i != 1 or i == 0 or not toks[i].text.isupper():
        return False
    num, tok = toks[i - 1], toks[i]
    if not num.like_num or num.ent_type_ in ("DATE", "TIME", "MONEY"):
        return False
    modifier = tok.head.i > i and tok.dep_ in ("compound", "amod", "nmod")
    return not modifier and tok.dep_ not in ("nsubj", "nsubjpass", "poss")


def _priced(toks: Sequence[Token], i: int, j: int) -> bool:
    """A name of several words right before "for" and an amount of money that hang on it, not the object of a verb
    or a preposition ("Apple AirPods Pro for $235"; not "Get it at Walmart for $238", "bought Big Machine for")."""
    if j - i < 2 or j + 1 >= len(toks) or toks[j].lower_ != "for" or not i <= toks[j].head.i < j:
        return False
    money = toks[j + 1]
    if not (money.is_currency or money.ent_type_ == "MONEY"):
        return False
    head = toks[toks[j].head.i]
    return head.dep_ not in ("dobj", "pobj", "dative", "poss", "conj", "appos")


_CAMEL = re.compile(r"(?:[a-z]+|[A-Z][a-z]{2,})[A-Z][a-z]")


def _product_sign(i: int, j: int, lone: Mapping[str, bool], sents: _Sents) -> bool:
    """A sign that a priced name is a product's, not a person's or a retailer's ("Gerrit Cole for $324 million", "Best
    Buy for $199"): a model word last ("Pro"), a word with a capital or a digit inside ("AirPods", "RDR2"), or a first
    word the text tags alone as a thing (the maker: "Amazon" of "Amazon Echo Buds"); never after a given name."""
    texts = sents.texts
    first = texts[i]
    if _known_given_name(first.lower()) or lone.get(texts[j - 1]):
        # "Hopkins said": a surname the text tags a person alone.
        return False
    if sents.lowers[j - 1] in ORG_HEADS or sents.lowers[j - 1] in DESIGNATORS:
        return False  # "JetBlue Airways for $59", "PayPal Holdings Inc for $4 billion": a company's head noun
    if sents.lowers[j - 1] in MODEL_WORDS or lone.get(first) is False:
        return True
    # A capital inside a word after a lowercase stem or a stem of three letters or more ("iPhone", "AirPods"), not
    # after a name's prefix ("DeAndre", "LeBron", "McDonald", "O'Neal").
    return any(_mixed(w) or _CAMEL.match(w) is not None for w in texts[i:j])
