"""Kind corrections: signs in the text that a name the tagger called a place or an organisation is a person's, or
a "place" or a person a company's ("Universal's music division", "an Alibaba spokesperson", "energy company Burisma",
"X, a catholic school", "Eva-Marie Persson ... Persson explained")."""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping, Sequence
from typing import TYPE_CHECKING

from extract.actors.lexicon import (
    _BODY_HEADS,
    _TRADE_HEADS,
    EVENT_HEADS,
    FACILITY_HEADS,
    MODEL_WORDS,
    ORG_HEADS,
    ORG_NOUNS,
    PERSON_NOUNS,
    PLACE_NOUNS,
    PROFESSIONS,
    WORK_HEADS,
)
from extract.actors.names import (
    DESIGNATORS,
    PARTICLES,
    TITLE_WORDS,
    _key,
    _words,
    common_given_name,
    country_code,
    foreign_links,
    is_town,
    legal_forms,
    place_rank,
)
from extract.actors.tokens import _Sents
from extract.repair import zipf

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


# Bodies named after their leader ("the Monti government", "the Biden administration").
_LED_BY = _words("government administration cabinet presidency")


_GROUP_OF_STATES = re.compile(r"[A-Z]\d{1,2}")


# A web site named by its address ("Gawker.com", "Scientology.org") is the organisation that runs it.
_SITE = re.compile(r"([A-Z][\w-]{2,})\.(?:com|org|net|gov|edu|info|io)")


# What only an organisation owns: its units, its seat and chief officers (a closed list; not "shares", "shareholders",
# "employees", "label" or "spokesman", which people are said to have too: "Buffett's shareholders").
_COMPANY_PARTS = _words("division divisions subsidiary subsidiaries headquarters ceo cfo")


# What a data company, not a person, is credited with providing (not a map, which a person draws and compiles).
_CHART_NOUNS = _words("graphic graphics chart charts infographic")


_CREDIT_VERBS = _words("provided supplied")


def _owns_as_company(tok: Token) -> bool:
    """A name that owns a part only an organisation has ("Universal's music division") or is credited with a chart
    ("This graphic, provided by Statista, shows")."""
    head = tok.head
    if tok.dep_ == "poss":
        return head.lower_ in _COMPANY_PARTS
    if tok.dep_ != "pobj" or head.lower_ != "by":
        return False
    verb = head.head
    return verb.lower_ in _CREDIT_VERBS and verb.head.lower_ in _CHART_NOUNS


def _listed_with_companies(tok: Token, name: str) -> bool:
    """The token is coordinated by "and"/"or" with names tagged organisations only, and names no place the gazetteer
    knows ("the University of Goethe, Frankfurt," is no list)."""
    if tok.dep_ != "conj" and not any(c.dep_ == "conj" for c in tok.rights):
        return False
    others = tok.conjuncts
    return (
        bool(others)
        and all(c.ent_type_ == "ORG" for c in others)
        and any(c.dep_ == "cc" for t in (tok, *others) for c in t.children)
        and not is_town(name)
        and not country_code(name)
        and not place_rank(name)
    )


def _among_organisations(tok: Token, name: str) -> bool:
    """The token is coordinated by "and"/"or" with two names or more, all tagged organisations (a common noun in the
    list aside: "..., Baltimore Sun and Hartford Courant, and the former owner of The Times"), and names no place the
    gazetteer knows."""
    named = [c for c in tok.conjuncts if c.pos_ == "PROPN" or c.ent_type_]
    return (
        len(named) >= 2
        and all(c.ent_type_ == "ORG" for c in named)
        and any(c.dep_ == "cc" for t in (tok, *tok.conjuncts) for c in t.children)
        and not is_town(name)
        and not place_rank(name)
    )


def _beside_persons_noun(tok: Token) -> bool:
    """The name's head is set beside a title, an occupation or a noun for a person: "Sweden's deputy director of
    public prosecutions, Eva-Marie Persson, said" (the tagger's organisation)."""
    head = tok.head
    return (
        tok.dep_ == "appos"
        and head.i != tok.i
        and head.pos_ == "NOUN"
        and (head.lower_ in TITLE_WORDS or head.lower_ in PROFESSIONS or head.lower_ in PERSON_NOUNS)
        # "The company's adviser, Morgan Stanley": a firm named for two given names (review s20 r1a MED).
        and not (_known_given_name(tok.lower_) or common_given_name(tok.lower_))
    )


def _named_as_person(
    i: int, j: int, lone: Mapping[str, bool], surnames: Collection[str], sents: _Sents, people: Collection[str] = ()
) -> bool:
    """A name of two or three capitalised words tagged an organisation or a place that the text uses as a person's:
    its last word is tagged a person when written alone and is a rare word or follows a given name ("Eyamba Sowers
    didn't know ... Sowers said", "Mason Rudolph ... Rudolph"), or it starts with a given name and is coordinated
    with a name tagged a person ("Caitlyn Smith and Kate York"). Not a name whose first words are a known place or
    a name the text tags alone as a thing ("Los Angeles Lakers", "Google Stadia"), nor one ending on a word that
    names a kind of body, building, place or event ("Victoria Hospital", "Bartholomew County"). ``lone`` tells of
    each one-word entity whether it is tagged a person at least once; ``surnames`` are the last words of the full
    names tagged a person. A given name the text tags a person alone before a rare surname makes a person too
    ("Rose-Lynn ... Rose-Lynn Harlan": ``people`` are the texts of the entities tagged a person)."""
    if j - i < 2:
        return False
    toks, texts, lowers = sents.toks, sents.texts, sents.lowers
    # "Eva-Marie Persson": a hyphen joins the parts of one given name.
    words = [k for k in range(i, j) if texts[k] not in (".", "-") and not (k > i and texts[k - 1] == "-")]
    if not 2 <= len(words) <= 3 or j - i > 5:
        return False
    for k in words:
        # A middle initial ("Ryan S. Hollman") may stand between the names.
        initial = k not in (words[0], words[-1]) and _INITIAL.fullmatch(texts[k]) is not None
        if not initial and (not (texts[k].isalpha() and texts[k].istitle()) or toks[k].tag_ != "NNP"):
            return False
    first, last = texts[words[0]], texts[words[-1]]
    if (
        lowers[words[-1]] in _THING_TAILS
        or lowers[words[-1]] in legal_forms()
        or lone.get(first) is False
        or place_rank(sents.text(words[0], words[-1]))
        or place_rank(sents.text(i, j))
    ):
        return False
    given = _known_given_name(first.lower())
    before = sents.text(i, words[-1])
    if before in people and zipf(last.lower()) < _RARE_SURNAME and (given or "-" in before):
        return True
    if lone.get(last):
        # "Goldman Sachs ... Jeffrey Sachs ... Sachs said": the lone surname is the other full name's.
        return (given or zipf(last.lower()) < _RARE_SURNAME) and _key(last) not in surnames
    if given:
        return any(_coordinated_person(toks[k]) for k in words)
    # "Patrik Laine and Nikolaj Ehlers scored": among people's names only, a given name few people bear before a word
    # English hardly writes is one too (not in "Lockheed Martin, Draper, Northrop Grumman", where a company is tagged
    # an organisation).
    rare = zipf(first.lower()) < _RARE_SURNAME and zipf(last.lower()) < _RARE_SURNAME
    return rare and any(_among_people(toks[k]) for k in words)


_RARE_SURNAME = 3.5


def _given_and_surname(i: int, j: int, lone: Mapping[str, bool], sents: _Sents) -> bool:
    """Two capitalised words, a given name many people bear and a word English hardly writes ("Brad Marchand added
    three assists", "Jeanine Pirro", "Eli Ankou"): a person's name whatever the tagger said, unless the last word names
    a kind of body, building or event, or the given name alone is tagged a thing. Brands named for their founders
    by a common word stay ("Calvin Klein", "Morgan Stanley", "Ralph Lauren"). A particle may stand between ("Ludwig van
    Beethoven", "Erik ten Hag")."""
    toks, texts, lowers = sents.toks, sents.texts, sents.lowers
    if j - i == 3 and (lowers[i + 1] in PARTICLES or lowers[i + 1] in foreign_links()) and texts[i + 1].islower():
        surname = i + 2
    elif j - i == 2:
        surname = i + 1
    else:
        return False
    if not all(texts[k].isalpha() and texts[k].istitle() and toks[k].tag_ == "NNP" for k in (i, surname)):
        return False
    first, last = lowers[i], lowers[surname]
    root = toks[surname]
    if root.dep_ == "pobj" and root.head.lower_ == "at":
        return False  # "chief market strategist at Miller Tabak": where someone works
    return (
        (_known_given_name(first) or common_given_name(first))
        and zipf(last) < _RARE_SURNAME
        and last not in _THING_TAILS
        and last not in legal_forms()
        and lone.get(texts[i]) is not False
        and not place_rank(sents.text(i, j))
        and not place_rank(texts[surname])
    )


_INITIAL = re.compile(r"[A-Z]\.?")


def _coordinated_person(tok: Token) -> bool:
    """The token is coordinated with a word of a name tagged a person, anywhere in its list ("producer John Shanks
    (Bon Jovi, Sheryl Crow, ...)")."""
    return any(c.ent_type_ == "PERSON" for c in tok.conjuncts)


def _among_people(tok: Token) -> bool:
    """The token is coordinated with a name tagged a person and with no name tagged anything else."""
    tags = {c.ent_type_ for c in tok.conjuncts if c.ent_type_}
    return tags == {"PERSON"}


def _known_given_name(word: str) -> bool:
    from extract.actors.merge.given_names import is_given_name

    return is_given_name(word)


# What a company or a service has and no town has: staff who speak for it, shares, users, shows (a closed list).
_COMPANY_NOUNS = _words(
    """spokesperson spokeswoman spokesman analyst analysts executive executives ceo cfo cofounder co-founder shares
    stock shareholders investors listing ipo offering earnings subscribers users customers documentary special
    series app subscription"""
)


# What a news outlet does as a subject and a town does not: report news, with a clause or none ("Bloomberg reported
# WeWork is ...", "as Bloomberg has reported"); a town reports a count ("Hopkinton reported 12 new cases") and
# announces, launches and releases as often as a company. Listed as forms, since the pipeline has no lemmatizer.
_REPORT_VERBS = _words("report reports reported")


# What "of" a company only a company has ("Shares of Nvidia fell", "the CEO of Tesla"; not "analysts of China").
_COMPANY_HOLDINGS = _words("shares stock stocks shareholders stockholders earnings ceo cfo")


# What only a company has, not a person nor a town, before or after the name: its founders, its chief officers and
# its stock ("Amazon founder Jeff Bezos", "Ford CEO Jim Farley", "Ford shares fell", "Shares of Ford"); not staff who
# speak for a person too ("Trump spokesperson", "Biden adviser"), nor earnings, which a star has too. A closed list.
_COMPANY_ONLY = _words(
    "shares stock stocks shareholders stockholders ceo cfo coo cto founder founders co-founder cofounder"
)


def _owned_by_company(tok: Token) -> bool:
    """The one-word name modifies or owns one of ``_COMPANY_ONLY`` ("Amazon founder", "Ford's CEO", "Ford shares"),
    or is what "of" such a noun names ("Shares of Ford")."""
    head = tok.head
    if tok.dep_ in ("compound", "poss"):
        return head.lower_ in _COMPANY_ONLY
    return tok.dep_ == "pobj" and head.lower_ == "of" and head.head.lower_ in _COMPANY_ONLY


def _used_as_company(tok: Token) -> bool:
    """A name modifying or owning one of ``_COMPANY_NOUNS`` or ``_COMPANY_HOLDINGS``, or the subject (or a conjunct of
    it) of "report" with no object: "an Alibaba spokesperson", "Alibaba's shares", "Shares of Nvidia", "NBC News and
    Bloomberg have reported"."""
    head = tok.head
    if tok.dep_ in ("compound", "poss"):
        return head.lower_ in _COMPANY_NOUNS
    if tok.dep_ == "pobj" and head.lower_ == "of":
        return head.head.lower_ in _COMPANY_HOLDINGS
    while tok.dep_ == "conj" and head.i != tok.i:
        tok, head = head, head.head
    return (
        tok.dep_ == "nsubj"
        and head.pos_ == "VERB"
        and head.lower_ in _REPORT_VERBS
        and not any(c.dep_ in ("dobj", "attr") for c in head.children)
    )


def _after_org_noun(toks: Sequence[Token], i: int, j: int) -> bool:
    """ "energy company Burisma", "news site Politico": a name right after a lowercase organisation noun that
    modifies it or that it restates, not the subject of a clause ("the company Smith founded", "the party Netanyahu
    now leads")."""
    if i == 0 or j >= len(toks):
        return False
    noun = toks[i - 1]
    if not noun.is_lower or noun.lower_ not in ORG_NOUNS:
        return False
    # Only a noun with a determiner ("the party", "a company") heads a clause whose subject is the name; a bare
    # title noun ("News site Politico first reported ...") is set before the name as its subject.
    if any(c.dep_ in ("det", "poss", "predet") for c in noun.lefts):
        if toks[j - 1].dep_ in ("nsubj", "nsubjpass"):
            return False
        # "The party Netanyahu now leads", "The team Brady once led": adverbs may stand between subject and verb.
        k = j
        while k < len(toks) - 1 and toks[k].tag_ == "RB":
            k += 1
        if toks[k].tag_ in ("VBD", "VBZ", "VBP", "MD"):
            return False
    return i <= noun.head.i < j or (toks[j - 1].dep_ == "appos" and toks[j - 1].head.i == noun.i)


def _apposition_kind(doc: Doc, i: int, j: int, sents: _Sents) -> str | None:
    """ "X, a catholic school", "X, a 43-year-old man": the kind the apposition after a name gives it, when its noun
    says; "X's wife" makes X a person too."""
    toks = sents.toks
    stop = sents.bounds(i)[1]
    if j + 1 < stop and toks[j].tag_ == "POS" and toks[j + 1].lower_ in PERSON_NOUNS:
        return "person"
    if j >= stop or toks[j].text != ",":
        return None
    for k in range(j + 1, min(stop, j + 10)):
        t = toks[k]
        if t.dep_ == "appos" and i <= t.head.i < j and t.pos_ == "NOUN":
            if t.lower_ in _DIRECTIONS:
                # "of Addison, a village southwest of Ithaca": the parser made the noun a compound of the direction
                # after it ('village' of 'southwest'), which the noun's kind is then ("a city council member" is not
                # read so: its head 'member' says nothing).
                t = next((c for c in t.lefts if c.dep_ == "compound" and c.pos_ == "NOUN" and c.i > j), t)
            if t.lower_ in PERSON_NOUNS or t.lower_ in PROFESSIONS:
                return "person"
            return "organization" if t.lower_ in ORG_NOUNS else "place" if t.lower_ in PLACE_NOUNS else None
    return None


def _instance_kind(toks: Sequence[Token], i: int, j: int) -> str | None:
    """ "public companies such as Gannett and McClatchy", "cities like Houston", "lawmakers including Sasse": the kind
    the noun a list of examples follows gives each name in the list, when its noun says."""
    first = next((t for t in toks[i:j] if not i <= t.head.i < j or t.head.i == t.i), toks[j - 1])
    while first.dep_ == "conj" and first.head.i < first.i:
        first = first.head
    link = first.head
    if first.dep_ != "pobj" or link.lower_ not in ("as", "like", "including"):
        return None
    if link.lower_ == "as" and (link.i == 0 or toks[link.i - 1].lower_ != "such"):
        return None
    noun = link.head
    if noun.pos_ != "NOUN" or noun.i > link.i:
        return None
    low = noun.lower_
    # The singulars the plural may stand for (the pipeline runs no lemmatizer): "companies", "firms", "churches".
    forms = {low, low[:-1], low[:-2], low[:-3] + "y"} if low.endswith("s") else {low}
    if forms & PERSON_NOUNS or forms & PROFESSIONS:
        return "person"
    return "organization" if forms & ORG_NOUNS else "place" if forms & PLACE_NOUNS else None


# Directions a place is given by ("a village southwest of Ithaca"), which the parser takes for the apposition's noun.
_DIRECTIONS = frozenset(f"{a}{b}" for a in ("", "north", "south") for b in ("", "east", "west") if a or b)


# Last words that make a name of two or three words a thing's, not a person's (see _named_as_person).
_THING_TAILS = (
    ORG_HEADS
    | FACILITY_HEADS
    | PLACE_NOUNS
    | DESIGNATORS
    | EVENT_HEADS
    | WORK_HEADS
    | MODEL_WORDS
    | _BODY_HEADS
    | _TRADE_HEADS
    | _words("award prize medal trophy card hospital clinic school jail prison court police sheriff")
)
