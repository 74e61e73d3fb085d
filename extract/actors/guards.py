"""The guards one named entity passes, in order, before it becomes a candidate mention (``ENTITY_GUARDS``).

Each guard reads the entity being shaped (``_Span``: its bounds, name and kind so far) and what the document says
(``_Doc``: its tokens and the names it has seen). A guard returns True when the entity is no actor, and the entity is
dropped; otherwise it may move the bounds, correct the name or the kind, and returns False. Some guards also
remember names for the whole document (a product, a company, a thing's name) that later entities and the drops
after the loop ask about. The rules themselves live in the modules of their concern; the guards say when to ask."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from extract.actors.entities import _STATING, _after_role_noun, _entities
from extract.actors.filters import (
    _cased_words,
    _country_pair,
    _heading_phrase,
    _indefinite,
    _lowercase_evidence,
    _recase,
    _text_casing,
    _valid_name,
)
from extract.actors.kinds import (
    _GROUP_OF_STATES,
    _LED_BY,
    _SITE,
    _THING_TAILS,
    _after_org_noun,
    _among_organisations,
    _apposition_kind,
    _beside_persons_noun,
    _given_and_surname,
    _instance_kind,
    _known_given_name,
    _listed_with_companies,
    _named_as_person,
    _owned_by_company,
    _owns_as_company,
    _used_as_company,
)
from extract.actors.lexicon import (
    _BODY_HEADS,
    _TRADE_HEADS,
    FACILITY_HEADS,
    ORG_HEADS,
    PERSON_NOUNS,
    PLACE_NOUNS,
    PROFESSIONS,
    SKY_PLACES,
    VENUE_HEADS,
)
from extract.actors.names import (
    GAZETTEER_LABELS,
    LABEL_KINDS,
    PARTICLES,
    TITLE_WORDS,
    _is_acronym,
    _is_title_word,
    _key,
    _words,
    clean_name,
    common_given_name,
    country_code,
    everyday_capitalised,
    foreign_links,
    is_town,
    legal_forms,
    place_rank,
)
from extract.actors.places import (
    PLACE_ABBREVIATIONS,
    _dateline_town,
    _home_town,
    _home_town_of_state,
    _listing_end,
    _region_code,
    _word_before_place,
)
from extract.actors.roles import (
    _linked_title,
    _role_after,
    _role_before,
    _role_displaced,
    _role_text,
    _says_less,
    _title,
    _title_before,
)
from extract.actors.teams import _team_named_for_place, _team_place
from extract.actors.things import (
    COMPANY_LIKE_THINGS,
    NO_SURNAME_EVENTS,
    _acronym_tail,
    _artefact_feature,
    _brand_shaped,
    _counted,
    _in_quoted_title,
    _is_event,
    _model_code,
    _model_named,
    _names_a_work,
    _one_of_many,
    _owned_artefact,
    _priced,
    _product_shaped,
    _product_sign,
    _product_use,
    _quoted,
    _root,
    _said_to_be_a_thing,
    _species_name,
    _thing_use,
    _ticker_after,
    _ticker_tail,
    _titled_work,
    _tool_use,
)
from extract.actors.tokens import _Candidate, _Sents
from extract.actors.trim import _after_style, _trim
from extract.repair import zipf

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

_KNOWN_WORD = 3.0
"""A word English writes at least this often (wordfreq's Zipf scale): a place's or a company's first word."""

_SHORT_RANK = 4.5
"""A rank's short form is rarer than this ("Cpl" 3.1, "Sgt" 3.6), an everyday word is not ("General", "Major")."""


# The words that name a storm before its given name ("Storm Bert", "Hurricane Melissa", "Tropical Storm Erin").
_STORM_WORDS = frozenset(("storm", "hurricane", "typhoon", "cyclone"))


# Words of a sentence about the weather (a closed list): what a storm brings and does.
_WEATHER_WORDS = _words(
    """flood floods flooding flooded rain rainfall winds wind gusts landfall snow warnings warning mph km/h battered
    hit lashed swept struck brought power homes damage"""
)


def _storm_names(sents: _Sents, speakers: set[str]) -> set[str]:
    """Keys of the storms the text names ("Hurricane Melissa ... Holness said Melissa had destroyed homes"): a
    capitalised storm word and one capitalised name word, the name alone and with its storm words; a weather event,
    no actor. Not a person so named who speaks ("Storm Reid said she ...")."""
    texts, lowers = sents.texts, sents.lowers
    out: set[str] = set()
    for k in range(len(texts) - 1):
        if lowers[k] not in _STORM_WORDS or not texts[k].istitle():
            continue
        name = texts[k + 1]
        if not (name.istitle() and name.isalpha()) or (k + 2 < len(texts) and texts[k + 2][:1].isupper()):
            continue
        if k > 0 and texts[k - 1][:1].isupper() and not sents.is_start(k) and lowers[k - 1] != "tropical":
            continue  # inside a longer name ("Operation Desert Storm Veterans")
        if lowers[k] == "storm" and not (k > 0 and lowers[k - 1] == "tropical"):
            # "Storm" is a given name too ("Storm Reid starred in the film"): a storm only in a sentence of weather.
            start, stop = sents.bounds(k)
            if not any(lowers[x] in _WEATHER_WORDS for x in range(start, stop)):
                continue
        keys = {_key(name), _key(f"{texts[k]} {name}"), _key(f"Tropical {texts[k]} {name}")}
        # A "Storm" that speaks may be a person so named; a hurricane or a tropical storm never is (review s29 rev1
        # RA6).
        surely = lowers[k] != "storm" or (k > 0 and lowers[k - 1] == "tropical")
        if surely or not keys & speakers:
            out |= keys
    return out


@dataclass(slots=True)
class _Doc:
    """One document as the guards read it: its tokens, its entities, and the names they have learnt so far."""

    doc: Doc
    sents: _Sents
    toks: list[Token]
    texts: list[str]
    lowers: list[str]
    ents: list[Span]
    surnames: set[str]
    """Last words of the PERSON entities of more than one word ("Swift" of "Taylor Swift")."""
    products: set[str]
    """Names the tagger calls products anywhere in the document, and person names shaped like products. A surname the
    tagger once calls a product ("Swift's performance") stays the person's."""
    lone: dict[str, bool]
    """Words tagged alone, and whether the tagger calls the word a person (a surname: "Persson explained") or a thing
    ("Google") when written alone."""
    speakers: set[str]
    """Names the text makes speak ("HBO Max said ..."): a service or a company, though named like a product's model.
    The verb must say something (a clause): "The Retina MacBook Pro adds a faster chip" is no speech (r2 MED-5)."""
    people: set[str]
    """The texts of the PERSON entities."""
    product_words: set[str] = field(default_factory=set)
    """The product line's own word of a product's name ("Mac" of "Mac Pro")."""
    companies: set[str] = field(default_factory=set)
    """Names used as a company's somewhere, and so wherever the document writes them alone."""
    priced: set[str] = field(default_factory=set)
    """Products a deal's listing prices ("Apple AirPods Pro for $235"), and their possessive forms."""
    makers: set[str] = field(default_factory=set)
    """The first word of a priced product or of a product's model ("Apple" of "Apple AirPods Pro for $235")."""
    thing_names: dict[str, int] = field(default_factory=dict)
    """Names of missions, vaccines, novels ... (see ``_thing_use``) and how sure: 2 when the text says so outright."""
    full_surnames: set[str] = field(default_factory=set)
    """Last words and whole names of the PERSON entities of more than one word that open on a given name ("trump" and
    "donald trump" of "Donald Trump"; not "Nintendo Switch")."""
    product_uses: set[str] = field(default_factory=set)
    """Names the text uses as a product's, a service's or a work's somewhere (see ``things._product_use``): no actor
    anywhere in the document unless the name speaks or holds a role."""
    titled: set[str] = field(default_factory=set)
    """Places' names the text calls a song, a film ...: a thing where written as a title."""
    cands: list[_Candidate] = field(default_factory=list)
    """The candidates made so far (a guard may add an event's organiser)."""
    lowered: Counter[str] | None = None
    """How often each word is written in lower case, counted when a guard first asks."""
    casing: str | None = None
    """ "lower" or "upper" for a text written in one case throughout (see ``filters._text_casing``)."""

    @classmethod
    def of(cls, doc: Doc, text: str | None = None) -> _Doc:
        """The document's view and the facts the guards share; ``text`` is the text ``doc`` was parsed from."""
        sents = _Sents.of(doc, text)
        toks, texts = sents.toks, sents.texts
        ents = _entities(doc, sents)
        surnames = {_key(toks[e.end - 1].text) for e in ents if e.label_ == "PERSON" and len(e) > 1}
        products = {k for e in ents if e.label_ == "PRODUCT" and (k := _key(clean_name(e.text))) not in surnames}
        lone_people = {texts[e.start] for e in ents if len(e) == 1 and e.label_ == "PERSON"}
        speakers = {
            _key(clean_name(e.text))
            for e in ents
            if e.root.dep_ == "nsubj"
            and e.root.head.lower_ in _STATING
            and any(c.dep_ == "ccomp" for c in e.root.head.children)
        }
        full = [
            e
            for e in ents
            if e.label_ == "PERSON"
            and len(e) > 1
            and (_known_given_name(e[0].lower_) or common_given_name(e[0].lower_))
        ]
        # "Amazon founder Jeff Bezos", "Ford shares fell": a one-word organisation used as a company's somewhere is one
        # wherever the document writes it alone, even beside a person of that surname ("Harrison Ford").
        # Whatever the tag, so long as the name modifies the noun ("Adidas CEO", "Tesla stock" tagged a person or a
        # people; not "Musk's shares", a person's). Not a name that says "he" or "she" of itself anywhere ("Ford shares
        # fell ... Bill Ford ... Ford said he was confident": the surname is the person's; review s30 revA R11, R20).
        companies = {
            _key(texts[e.start])
            for e in ents
            if len(e) == 1
            and (e.label_ == "ORG" or (e.label_ in ("PERSON", "NORP") and e.root.dep_ == "compound"))
            and _owned_by_company(e.root)
        } - {_key(texts[e.start]) for e in ents if len(e) == 1 and _says_of_self(e.root)}
        return cls(
            full_surnames={_key(e[-1].text) for e in full} | {_key(clean_name(e.text)) for e in full},
            doc=doc,
            sents=sents,
            toks=toks,
            texts=texts,
            lowers=sents.lowers,
            ents=ents,
            surnames=surnames,
            products=products,
            lone={texts[e.start]: texts[e.start] in lone_people for e in ents if len(e) == 1},
            speakers=speakers,
            people={sents.text(e.start, e.end) for e in ents if e.label_ == "PERSON"},
            casing=_text_casing(sents),
            companies=companies,
            thing_names=dict.fromkeys(_storm_names(sents, speakers), 2),
        )


@dataclass(slots=True)
class _Span:
    """One entity as the guards shape it: token bounds [i, j), the spaCy label, name and kind so far."""

    ent: Span
    label: str
    i: int
    j: int
    titles: list[Token]
    """Title words trimmed off the front ("President" of "President Biden")."""
    name: str = ""
    kind: str | None = None
    """None until a guard or the gazetteer says: a place if the gazetteer knows the name well, else no actor."""
    abbreviated: bool = False
    """A place written with an abbreviation in capitals ("ST. JOSEPH"), which running text writes "St. Joseph"."""

    @classmethod
    def of(cls, ent: Span, d: _Doc) -> _Span | None:
        """The entity trimmed of titles and punctuation (see ``trim``), or None if nothing is left."""
        i, j, titles = _trim(ent, d.sents)
        return cls(ent, ent.label_, i, j, titles) if i < j else None


def _legal_form_alone(s: _Span, d: _Doc) -> bool:
    """ "BioNTech SE said": no one is called by a company's legal form; with the name before it, the company."""
    i, toks, texts = s.i, d.toks, d.texts
    if (
        s.label == "PERSON"
        and s.j - i == 1
        and i > 0
        and texts[i].isupper()
        and _key(texts[i]) in legal_forms()
        and toks[i - 1].tag_ == "NNP"
        and texts[i - 1][:1].isupper()
        and toks[i - 1].ent_type_ == ""
    ):
        s.i -= 1
        s.label = "ORG"
    return False


def _sentence_word_before_place(s: _Span, d: _Doc) -> bool:
    """ "Say Mexico demanded that ...": a sentence's first word glued to the place after it."""
    texts = d.texts
    # "ST. JOSEPH" (see _abbreviated_places), which running text writes "St. Joseph".
    s.abbreviated = s.label == "GPE" and s.j - s.i > 2 and texts[s.i] in PLACE_ABBREVIATIONS and texts[s.i + 1] == "."
    if s.label in ("GPE", "LOC") and not s.abbreviated and _word_before_place(s.i, s.j, d.sents):
        s.i += 1
    return False


def _named(s: _Span, d: _Doc) -> bool:
    """The name (joined from the token texts, not doc.text: spaCy rebuilds the whole text on every call) and the
    kind its label says."""
    s.name = clean_name(d.sents.text(s.i, s.j))
    if s.abbreviated:
        s.name = re.sub(r"(['\u2019])S\b", r"\1s", s.name.title())
    s.kind = LABEL_KINDS.get(s.label)
    return False


def _heading_topic(s: _Span, d: _Doc) -> bool:
    """ "Gender Equality." on a line of its own: a section heading's topic, no person."""
    return s.kind == "person" and _heading_phrase(s.i, s.j, d.sents)


def _acronym_with_article(s: _Span, d: _Doc) -> bool:
    """ "A CT of his chest showed ...", "an MRI", "a GPU": an acronym with "a" or "an" of its own is a common noun; a
    name takes none ("a BBC report": the article is the report's)."""
    return s.j - s.i == 1 and _is_acronym(d.texts[s.i]) and _indefinite(d.toks[s.i])


def _product_as_person(s: _Span, d: _Doc) -> bool:
    """Products are no people: "MacBook Pro" tagged PERSON here and PRODUCT or ORG elsewhere."""
    if not (s.kind == "person" and (_product_shaped(s.ent, d.toks, s.i, s.j) or _key(s.name) in d.products)):
        return False
    d.products.add(_key(s.name))
    if " " in _key(s.name):
        # "Mac" of "Mac Pro": the product line's own word alone.
        d.product_words.add(_key(s.name).split(" ", 1)[0])
    return True


def _priced_product(s: _Span, d: _Doc) -> bool:
    """ "Apple AirPods Pro for $235", "Sonos Move for $400": a deal's listing prices a product, not an actor (a
    retailer or a company bought is an object: "Get it on Amazon for $649", "bought Big Machine for")."""
    if not (
        s.kind in ("person", "organization") and _priced(d.toks, s.i, s.j) and _product_sign(s.i, s.j, d.lone, d.sents)
    ):
        return False
    name = s.name
    d.priced.add(_key(name))
    if " " in name:
        # "Apple's AirPods Pro": the maker's possessive before the same product.
        maker, rest = name.split(" ", 1)
        d.makers.add(_key(maker))
        d.priced.update(_key(f"{maker}{p} {rest}") for p in ("'s", "\u2019s"))
        if " " in rest:
            # "Amazon's Echo Buds", which the tagger cuts after the possessive.
            d.priced.add(_key(rest))
    return True


def _ticker_at_end(s: _Span, d: _Doc) -> bool:
    """ "the London Metal Exchange CMAL3": the exchange, not its market's ticker."""
    if s.kind == "organization" and _ticker_tail(s.name):
        s.j -= 1
        s.name = clean_name(d.sents.text(s.i, s.j))
    return False


def _product_model(s: _Span, d: _Doc) -> bool:
    """ "the Retina MacBook Pro", "the Switch Lite": a model of a product; "3.7 GW", "1 TFL": a unit or a statistic a
    number counts. Neither is an actor, nor a repeat of the name that the tagger calls a person."""
    i, j, name, kind, toks = s.i, s.j, s.name, s.kind, d.toks
    model = _model_named(toks, i, j) and _key(name) not in d.speakers  # review s19 r1 MED-7
    after = d.lowers[j] if j < len(toks) and toks[j].is_lower else ""
    coded = kind == "organization" and _model_code(name, after) and _key(name) not in d.speakers
    if not (kind != "person" and (model or coded or (kind == "organization" and _counted(toks, i, j)))):
        return False
    d.products.add(_key(name))
    if name.count(" ") >= 2:
        # "the Apple iPad Pro ... Apple said": the maker before the product line stays.
        d.makers.add(_key(name.split(" ", 1)[0]))
    if coded and name.count(" ") >= 2:
        # "Apple A10 Fusion chip ... A10 Fusion chipset": the model without its maker is the same thing.
        d.thing_names[_key(name.split(" ", 1)[1])] = 2
    return True


def _lowercase_person(s: _Span, d: _Doc) -> bool:
    """A "name" in lower case whose word the text also writes as a common word outside person names ("a scissor
    switch keyboard ... the keyboard") is no name."""
    if not (s.kind == "person" and s.name.islower()):
        return False
    if d.lowered is None:
        d.lowered = _lowercase_evidence(d.toks)
    lowered = d.lowered
    return any(lowered[w] for w in s.name.split())


# A product line's name, written with a lowercase letter or two before a capital ("iPad", "iPhones", "eGPU", "xCloud").
_LOWER_LED = re.compile(r"[a-z]{1,2}[A-Z][A-Za-z]*")


def _lowercase_led_product(s: _Span, d: _Doc) -> bool:
    """ "charging Apple laptops ... similar to iPhones and iPads", "Apple's latest iPad Pro": a one-word name opening
    on a lowercase letter or two before a capital is a product's or a service's name (audit s27: iPad, iPhones as
    organisations) when it is a plural, the tagger's product or after its maker's name, unless the text makes it speak
    or uses it as a company's."""
    word = d.texts[s.i]
    if s.j - s.i != 1 or s.kind == "place" or not _LOWER_LED.fullmatch(word):
        return False
    key = _key(s.name)
    if key in d.speakers or key in d.companies:
        return False
    # Only on a product's evidence: a plural is copies of a product whatever they do ("After the first iPhones
    # shipped"), the tagger's product, or a company's name before it ("Apple's latest iPad Pro"); a company named so
    # stays ("a stake in eBay", "Shares of iRobot jumped": review s27 rev5q HIGH 1).
    plural = word.endswith("s") and word[-2:-1].islower()
    return plural or s.label == "PRODUCT" or _maker_before(s.i, d)


# Words that may stand between a maker's name and its product's ("Apple's latest 12.9-inch iPad").
_BETWEEN_MAKER_AND_PRODUCT = 4


def _maker_before(i: int, d: _Doc) -> bool:
    """A name tagged an organisation right before the product's name, or before its possessive, adjectives and
    measures ("Apple iPad", "Apple's latest 12.9-inch iPad Pro")."""
    k = i - 1
    while k >= 0 and i - k <= _BETWEEN_MAKER_AND_PRODUCT:
        tok = d.toks[k]
        if tok.ent_type_ == "ORG":
            return True
        if not (tok.tag_ == "POS" or tok.pos_ in ("ADJ", "NUM") or tok.text == "-" or tok.dep_ in ("amod", "nummod")):
            return False
        k -= 1
    return False


def _sentence_opening_modifier(s: _Span, d: _Doc) -> bool:
    """ "Riot police used water cannon": an everyday word the tagger calls a person, capitalised only because it opens
    the sentence, that modifies a lowercase noun after it is that noun's modifier, no name (probe s27 actors class 5);
    a surname the story writes capitalised elsewhere stays ("Brown administration officials" beside "Gordon Brown")."""
    i, texts = s.i, d.texts
    if s.kind != "person" or s.label != "PERSON" or s.j - i != 1 or s.titles or not d.sents.is_start(i):
        return False
    tok = d.toks[i]
    head = tok.head
    if not (tok.dep_ == "compound" and head.i > i and head.tag_ in ("NN", "NNS") and head.is_lower):
        return False
    if not everyday_capitalised(texts[i]):
        return False
    return not any(t == texts[i] and k != i and not d.sents.is_start(k) for k, t in enumerate(texts))


def _shouted_word(s: _Span, d: _Doc) -> bool:
    """ "THE MINISTER SAYS TAXES WILL RISE ... said taxes on fuel will rise": a word in capitals on a line written all
    in capitals, which the text also writes in lower case as a common word, is that word shouted, no name (an
    acronym is never written in lower case: "NATO", "FBI")."""
    i, j, texts = s.i, s.j, d.texts
    if j - i != 1 or not (texts[i].isupper() and texts[i].isalpha() and len(texts[i]) >= 3):
        return False
    start = i
    while start > 0 and "\n" not in texts[start - 1]:
        start -= 1
    stop = j
    while stop < len(texts) and "\n" not in texts[stop]:
        stop += 1
    words = [w for w in texts[start:stop] if w.isalpha()]
    if len(words) < 3 or not all(w.isupper() for w in words):
        return False
    if d.lowered is None:
        d.lowered = _lowercase_evidence(d.toks)
    return d.lowered[d.lowers[i]] > 0


def _short_rank(s: _Span, d: _Doc) -> bool:
    """ "Cpl Jack Hart was injured. Cpl Hart said": a rank written short before the surname of the document's person
    is that person, whatever the tagger said (not "General Motors": an everyday word is no rank here)."""
    i, j = s.i, s.j
    if (
        s.kind == "organization"
        and j - i == 2
        and _is_title_word(d.toks[i])
        and _key(d.texts[j - 1]) in d.surnames
        and zipf(d.lowers[i]) < _SHORT_RANK
    ):
        s.kind = "person"
    return False


# Head nouns of bodies that end no personal name, as "Post", "Times" or "Herald" may ("Emily Post"), and "State" of a
# university's or a team's name ("Penn State quarterback Sean Clifford").
_BODY_ENDS = (ORG_HEADS - _words("news times post journal herald tribune gazette telegraph")) | {"state"}


def _trade_noun_end(s: _Span, d: _Doc) -> bool:
    """ "Ceres Robotics", "Tyvak Nano-Satellite Systems", "Penn State": no personal name ends on a trade noun or a
    body's head noun (capitalised)."""
    last = d.toks[s.j - 1]
    end = last.lower_.rstrip(".")
    if (
        s.label == "PERSON"
        and s.j - s.i > 1
        and (end in _TRADE_HEADS or (end in _BODY_ENDS and last.text[:1].isupper()))
    ):
        s.kind = "organization"
    return False


def _title_of_organisation(s: _Span, d: _Doc) -> bool:
    """ "Founder of Ceres Robotics Inc.": the title belongs to a person, the organisation follows it."""
    i, j, toks = s.i, s.j, d.toks
    if s.label == "ORG" and j - i > 2 and toks[i].lower_ in TITLE_WORDS and toks[i + 1].lower_ == "of":
        k = i + 2 + (toks[i + 2].lower_ == "the")
        if j - k >= 2:
            s.i = k
            s.name = clean_name(d.sents.text(s.i, j))
    return False


def _title_after_organisation(s: _Span, d: _Doc) -> bool:
    """ "House of Representatives Speaker": the organisation, then the title of whoever follows; "the North Korean
    Foreign" (Minister): the start of a title, not an organisation."""
    i, j, toks = s.i, s.j, d.toks
    if not (s.label == "ORG" and toks[j - 1].lower_ in TITLE_WORDS and not _linked_title(toks, i, j)):
        return False
    k = j
    # "Department of Justice Inspector General Michael Horowitz": the title stops at what "of" links.
    while k > i and toks[k - 1].lower_ in TITLE_WORDS and not _linked_title(toks, i, k):
        k -= 1
    if k - i < 2 or all(toks[x].tag_ == "JJ" for x in range(i, k)):
        return True
    s.j = k
    s.name = clean_name(d.sents.text(i, k))
    return False


def _adjectives_only(s: _Span, d: _Doc) -> bool:
    """An organisation or a place the tagger names with adjectives only is a group of people."""
    if s.label in ("ORG", "GPE") and all(d.toks[k].tag_ == "JJ" for k in range(s.i, s.j)):
        s.kind = "group"
    return False


def _leader_of_body(s: _Span, d: _Doc) -> bool:
    """ "the Monti government": a leader's name before the body he leads, not a nationality."""
    i, j, toks = s.i, s.j, d.toks
    if s.label == "NORP" and j - i == 1 and toks[i].tag_ == "NNP" and j < len(d.doc) and toks[j].lower_ in _LED_BY:
        s.kind = "person"
    return False


def _species(s: _Span, d: _Doc) -> bool:
    """ "the bacteria Yersinia pestis": a genus (the place 'Yersinia' in three articles), no actor."""
    return _species_name(d.toks, s.i, s.j)


def _work_title(s: _Span, d: _Doc) -> bool:
    """ "in his book “Musicophilia”": a work's title (the place Musicophilia); the same name elsewhere stays."""
    return _titled_work(d.toks, s.i, s.j)


def _named_thing(s: _Span, d: _Doc) -> bool:
    """ "NASA's upcoming Europa Clipper mission", "The HPV vaccine might have protected her": the name of a mission, a
    vaccine, a novel, no actor; wherever else the document writes it too, unless it is used as an actor there (see
    the drops after the loop)."""
    i, j, name, toks = s.i, s.j, s.name, d.toks
    root = _root(toks, i, j)  # read once for every test of the name's use below
    said = _said_to_be_a_thing(toks, i, j, root) and _key(name) not in d.speakers  # "TikTok is an app ... TikTok said"
    if said and (place_rank(name) or country_code(name)):
        # "'Glasgow' is a song ... grew up in Glasgow": the place's name is the song's only where written as a title,
        # in quote marks (review s19 r2 HIGH-8).
        said = False
        if _quoted(toks, i, j):
            d.titled.add(_key(name))
            return True
    start, stop = d.sents.bounds(i)
    # A person's name the document writes in full, by a given name, is no product's ("Donald Trump ... Nobody expected
    # a Trump"; "Nintendo Switch" tagged a person opens on no given name).
    personal = _key(name) in d.full_surnames
    product = 0 if said or personal else _product_use(toks, i, j, s.label, stop, root)
    # "instructions for using SecureDrop": this mention; every mention only for a name the tagger calls no organisation:
    # a company is used too, however it is written ("use YouTube ... YouTube removed the videos", review s24 finding 3).
    # A name the text also makes a clause's subject elsewhere is a company's, though it is used here and the tagger
    # missed the other mention ("Small businesses use Shopify to sell online. Shopify reported higher revenue").
    tool = not said and not personal and _tool_use(toks, i, j, root) and not _subject_elsewhere(d, i, j)
    if tool and s.label == "PRODUCT":
        # Only the tagger's product: it calls many a company it does not know a person ("pay using Venmo. Venmo
        # processed ...", review s24 r2 finding 3).
        product = max(product, 1)
    # "charge an iPhone or iPad": every mention of a name written like a brand or tagged a product; "a gunman opened
    # fire at a Walmart", "took an Uber home": one store or ride of a company, this mention only (review s24 finding 4).
    if not said and not personal and _one_of_many(toks, i, j, s.label, root):
        tool = True
        if s.label == "PRODUCT" or _brand_shaped(toks, i, j):
            product = max(product, 1)
    # "A12X Bionic chip with Neural Engine": this mention; every mention of a name written like a brand ("a display
    # with ProMotion").
    if not said and not personal and s.label != "PERSON" and _artefact_feature(toks, i, j, root):
        tool = True
        if (s.label == "PRODUCT" or _brand_shaped(toks, i, j)) and not _subject_elsewhere(d, i, j):
            product = max(product, 1)
    # "its Xbox console": every mention; "Amazon's Twitch platform" (a company may be one): this mention only, whatever
    # the tagger calls it (review s24 finding 7: it calls that Twitch a person).
    owned = None if said or personal else _owned_artefact(toks, i, j, root)
    if owned is not None:
        tool = True
        # A name written like a brand is the thing wherever written ("Apple's AirPower project", review s24 r2
        # finding 11); "Amazon's Twitch platform" is not.
        if owned.lower_ not in COMPANY_LIKE_THINGS or _brand_shaped(toks, i, j):
            product = max(product, 1)
    title = 1 if _in_quoted_title(toks, d.texts, i, j, start, stop) else 0  # "“Takin’ It to the Streets”"
    use = 2 if said else max(_thing_use(toks, i, j, s.label), product, title, int(tool))
    if product == 1:
        d.product_uses.add(_key(name))
    if not (use and (use == 2 or not (place_rank(name) or country_code(name)))):
        return False
    thing_names = d.thing_names
    thing_names[_key(name)] = max(use, thing_names.get(_key(name), 0))
    if toks[j - 1].is_lower:
        # "the Wheel of Time series": the name without its noun ("Wheel of Time") is the same thing.
        short = _key(clean_name(d.sents.text(i, j - 1)))
        thing_names[short] = max(use, thing_names.get(short, 0))
    return True


def _subject_elsewhere(d: _Doc, i: int, j: int) -> bool:
    """The words of the name at [i, j) are written elsewhere in the document as a clause's subject."""
    words = d.texts[i:j]
    n = j - i
    return any(
        k != i and d.texts[k : k + n] == words and d.toks[k + n - 1].dep_ in ("nsubj", "nsubjpass")
        for k in range(len(d.texts) - n + 1)
        if d.texts[k] == words[0]
    )


# Last words of names of measures and of cards, which the tagger calls organisations ("Hang Seng Index", "Dow Jones
# Industrial Average", "Shanghai Composite", "SIM Card", "Dell eGift Card"): a closed list of things no actor is.
_MEASURE_TAILS = _words("index indices composite average card cards")


def _measure_or_card(s: _Span, d: _Doc) -> bool:
    """ "Hong Kong's Hang Seng Index (HSI) started in the red", "Headphones, SIM Card and SIM ejector tool are not
    included": a stock index or a card, no actor; nor is the code in brackets right after it ("HSI", "SHCOMP"), here
    or wherever else the document writes it (audit s26)."""
    i, j, toks = s.i, s.j, d.toks
    if s.kind != "organization" or j - i < 2 or d.lowers[j - 1] not in _MEASURE_TAILS or not toks[j - 1].is_title:
        return False
    if j + 2 < len(toks) and toks[j].text == "(" and toks[j + 2].text == ")" and _is_acronym(toks[j + 1].text):
        d.thing_names[_key(toks[j + 1].text)] = 2
    d.thing_names[_key(s.name)] = 2
    return True


def _event_or_work(s: _Span, d: _Doc) -> bool:
    """ "Google Science Fair", "FIFA World Cup": events are not actors, their organiser may be."""
    i, j, toks = s.i, s.j, d.toks
    # "Davis Cup" tagged a person: no surname is spelled like most event heads (but "Fair", "Marathon" are).
    event = _is_event(s.name) and (s.kind != "person" or d.lowers[j - 1] in NO_SURNAME_EVENTS)
    if not (event or (s.kind != "person" and _names_a_work(toks, i, j))):
        return False
    if j - i > 1 and _is_acronym(toks[i].text) and not toks[i].is_stop:
        d.cands.append(_Candidate("ORG", i, i + 1, "organization", toks[i].text, None, None))
    return True


def _right_honourable(s: _Span, d: _Doc) -> bool:
    """ "The Rt Hon Keir Starmer MP": the Right Honourable is a parliamentarian, not an organisation."""
    if s.label == "ORG" and s.j - s.i >= 2 and _after_style(s.i, d.texts):
        s.kind = "person"
    return False


def _dateline(s: _Span, d: _Doc) -> bool:
    """ "UVALDE, Texas (AP) — Uvalde announced ...": a story's dateline is its town, whatever the tagger said."""
    if s.kind != "place" and _dateline_town(s.i, s.j, s.name, d.sents):
        s.kind, s.name = "place", s.name.title() if s.name.isupper() else s.name
    return False


def _recased(s: _Span, d: _Doc) -> bool:
    """A name in lower case or in capitals written as running text writes it."""
    name, kind = s.name, s.kind
    if (
        d.casing == "lower"
        and name.islower()
        and kind in ("person", "organization", "group")
        and _one_case_name(name, kind)
    ):
        # "president biden said", "the ministry of foreign affairs of china": in a text all in lower case, a name the
        # tagger found is written so too (review s26 probe class 1).
        s.name = _cased_words(name, "lower")
    elif (
        d.casing == "upper"
        and name.isupper()
        and (kind == "group" or kind in ("person", "organization") and " " in name)
    ):
        # "US PRESIDENT DONALD TRUMP", "THE WHITE HOUSE", "GERMAN": in a text all in capitals a name of two words or
        # more is no heading's, and a nationality no acronym.
        s.name = _cased_words(name, "upper")
    elif name.islower():
        s.name = _recase(name, kind or "place")
    elif s.label == "PERSON" and s.j - s.i == 1 and name.isupper() and len(name) > 3 and name.isalpha():
        # "WALLACE:" in a transcript is Wallace, not an acronym.
        s.name = name.title()
    elif name.isupper() and len(name) > 4 and kind in ("place", None) and place_rank(name) >= 2:
        # Datelines ("LOS ANGELES (AP) -", "DUBAI, United Arab Emirates") write the city in capitals.
        s.name = name.title()
    return False


def _one_case_name(name: str, kind: str) -> bool:
    """A lowercase name the tagger found that may be a name: letters (and hyphens) only; a person's one word is no
    everyday word ("biden", not "president")."""
    words = name.split()
    if not all(w.replace("-", "").isalpha() for w in words):
        return False
    return kind != "person" or len(words) > 1 or zipf(name) < 5.0


def _site_name(s: _Span, d: _Doc) -> bool:
    """An organisation written as its web site ("Politico.com") is named without the domain."""
    site = _SITE.fullmatch(s.name) if s.kind == "organization" else None
    if site:
        s.name = site.group(1)
    return False


def _group_of_states(s: _Span, d: _Doc) -> bool:
    """ "G7", "G20": clubs of states, which spaCy tags GPE."""
    if s.kind in ("place", "person") and _GROUP_OF_STATES.fullmatch(s.name):
        s.kind = "organization"
    return False


def _lowercase_inside(s: _Span, d: _Doc) -> bool:
    """ "Liquid Retina display with Promotion true Tone": a content word in lower case between a name's capitalised
    words is no part of any name (not a function word, a particle or a linking word: "Bank of America", "Ludwig van
    Beethoven", "Médecins sans Frontières", "Alternative für Deutschland": another language's linking words, found by
    wordfreq, review s24 finding 12)."""
    toks = d.toks
    if d.casing == "lower":
        return False  # a text all in lower case writes every name so
    if not any(toks[k].text[:1].isupper() for k in range(s.i, s.j)):
        # "turkish president recep tayyip erdogan said": a name written all in lower case in a text that capitalises
        # others (machine translation) has no capitalised words to stand between; _recased judged it (probe s30 P217).
        return False
    return any(
        toks[k].is_alpha
        and toks[k].is_lower
        and not toks[k].is_stop
        and toks[k].lower_ not in PARTICLES
        and toks[k].lower_ not in foreign_links()
        for k in range(s.i + 1, s.j - 1)
    )


def _sky_place(s: _Span, d: _Doc) -> bool:
    """ "land humans on the Moon", "beneath the ice of Enceladus": a body of the Solar System is a place whatever the
    tagger said, unless the name speaks ("Mercury said it would cut 300 jobs": a company) or is a person's given name or
    surname ("Venus Williams ... Venus thanked the crowd", "Freddie Mercury ... Mercury recorded it")."""
    key = _key(s.name)
    if s.kind not in ("organization", "group", "person") or key not in SKY_PLACES or key in d.speakers:
        return False
    # "Venus Williams ... Venus", "Freddie Mercury ... Mercury": a given name of a person's full name, or the surname of
    # a name that opens on a given name, whatever its tag.
    personal = any(
        len(e) > 1
        and (
            (e.label_ == "PERSON" and _key(e[0].text) == key)
            or (_key(e[-1].text) == key and (_known_given_name(e[0].lower_) or common_given_name(e[0].lower_)))
        )
        for e in d.ents
    )
    if not personal:
        s.kind = "place"
    return False


def _no_name(s: _Span, d: _Doc) -> bool:
    """What cannot be a name (see ``filters._valid_name``), and "the U.S.-Mexico border": a relation between two
    countries, no actor."""
    return not _valid_name(s.name, s.kind or "place") or _country_pair(s.name) or _lowercase_inside(s, d)


def _person_acronym_tail(s: _Span, d: _Doc) -> bool:
    """ "Batman: Arkham VR", "PlayStation VR": a personal name never ends on an acronym; a product or title does."""
    return s.kind == "person" and s.j - s.i > 1 and _acronym_tail(d.toks[s.i : s.j])


def _place_acronym_tail(s: _Span, d: _Doc) -> bool:
    """ "Windows XP": a place the gazetteer does not know, ending on an everyday acronym, is a product's name ("Portland
    OR" and "Washington DC" start with a known place)."""
    i, j = s.i, s.j
    return (
        s.kind == "place"
        and j - i > 1
        and not s.abbreviated
        and _acronym_tail(d.toks[i:j])
        and not place_rank(d.sents.text(i, j - 1))
    )


def _unknown_kind(s: _Span, d: _Doc) -> bool:
    """A label of no kind of its own (see ``names.GAZETTEER_LABELS``) is a place if the gazetteer knows the name
    well, else no actor."""
    if s.kind is None:
        if place_rank(s.name) < 2:
            return True
        s.kind = "place"
    return False


def _owned_as_company(s: _Span, d: _Doc) -> bool:
    """ "Universal's music division provided some demos", "This graphic, provided by Statista, shows": no one person
    has a division or credits a chart; the name is an organisation's (and takes no "he said"), here and wherever else
    the document writes it alone ("signed to Universal as a songwriter")."""
    if (
        s.kind == "person"
        and s.label == "PERSON"
        and s.j - s.i == 1
        and not s.titles
        and _key(s.name) not in d.surnames
        and _owns_as_company(d.toks[s.i])
    ):
        s.kind = "organization"
        d.companies.add(_key(s.name))
    return False


def _ticker_after_name(s: _Span, d: _Doc) -> bool:
    """ "peer Lowe's (LOW) stock": a stock ticker in parentheses after the name is a listed company's, here and
    wherever else the document names it alone."""
    if s.kind == "person" and s.j - s.i == 1 and not s.titles and _ticker_after(d.toks, s.j, s.name):
        s.kind = "organization"
        d.companies.add(_key(s.name))
    return False


def _home_town_of_person(s: _Span, d: _Doc) -> bool:
    """ "Ryan S. Hollman, 31, of Hope": where a person named with an age lives, in police and court news."""
    if s.kind == "person" and s.label == "PERSON" and s.j - s.i == 1 and not s.titles and _home_town(d.toks[s.i]):
        s.kind = "place"
    return False


def _town_before_state_code(s: _Span, d: _Doc) -> bool:
    """ "Ruoff Music Center, Noblesville, IN", "Blossom Music Center, Cuyahoga Falls, OH @ ...": a name before a comma
    and a state's or a province's postal code that ends a listing's line or part (not a list's item: "IBM, CA, Microsoft
    and Oracle") is the town of that state, whatever the tagger said, when that state has a town of 15,000 people or
    more of the name (``places._home_towns``): not "Acme Holdings, CA" or "Signed, John Smith, NY" (review s22 r1a
    MED-3)."""
    i, j, texts = s.i, s.j, d.texts
    if (
        s.kind in ("person", "organization")
        and not s.titles
        and j - i <= 3
        and j + 1 < len(texts)
        and texts[j] == ","
        and _region_code(texts[j + 1])
        and _listing_end(d.toks[j + 2] if j + 2 < len(texts) else None)
        # Not a list's next item ("IBM, CA, Microsoft and Oracle").
        and (j + 2 == len(texts) or texts[j + 2] != ",")
        and _home_town_of_state(s.name, texts[j + 1])
    ):
        s.kind = "place"
    return False


def _city_masthead(s: _Span, d: _Doc) -> bool:
    """ "the Sacramento Bee, Miami Herald and Kansas City Star": a city's name before an organisation's head noun names
    a newspaper, a university, a bank ("Miami Herald" was tagged a person); a given name that is also a city's starts
    a person's name ("Austin Post" tagged a person)."""
    i, j = s.i, s.j
    if (
        s.kind in ("person", "place")
        and j - i > 1
        and d.lowers[j - 1] in ORG_HEADS
        and place_rank(d.sents.text(i, j - 1)) >= 2
        and not place_rank(s.name)
        and not (j - i == 2 and s.label == "PERSON" and _known_given_name(d.lowers[i]))
    ):
        s.kind = "organization"
    return False


# Heads of bodies a region's or a town's name opens: a force, a court, a council, a university ("West Yorkshire
# Police", "Kent County Court", "London Fire Brigade"); not "Union" ("Soviet Union" is a state), a closed list.
_REGIONAL_BODY_HEADS = _words(
    "police constabulary court brigade authority council university college ministry department agency commission"
)


def _regional_body(s: _Span, d: _Doc) -> bool:
    """ "West Yorkshire Police said officers were not looking for anyone else": a name tagged a place that closes on a
    capitalised head of a body (_REGIONAL_BODY_HEADS: "Police", "Council", "Ministry") names the body, not a place,
    when the gazetteer knows no place nor country of the whole name (probe s28 A13; "Greater Manchester Police" is
    tagged a body already). Not a place ("Lake District", "Orange County", "Soviet Union": no such head)."""
    last = d.toks[s.j - 1]
    if (
        s.kind == "place"
        and s.label in ("GPE", "LOC")
        and s.j - s.i >= 2
        and not s.titles
        and last.text[:1].isupper()
        and last.lower_ in _REGIONAL_BODY_HEADS
        and not place_rank(s.name)
        and not country_code(s.name)
    ):
        s.kind = "organization"
    return False


def _team(s: _Span, d: _Doc) -> bool:
    """ "Wild coach Bruce Boudreau", "the Wild's 4-1 win over the Sabres": a team, here and wherever else the document
    names it alone ("gave the Wild a two-goal lead")."""
    if (
        s.kind in ("place", "group")
        and s.label in ("GPE", "LOC", "ORG")
        and s.j - s.i == 1
        and _team_place(d.toks[s.i], s.name)
    ):
        s.kind = "organization"
        d.companies.add(_key(s.name))
    elif s.kind == "place" and s.label == "GPE" and s.j - s.i == 1 and _team_named_for_place(d.toks[s.i], s.name):
        s.kind = "organization"
    return False


def _place_and_everyday_word(s: _Span, d: _Doc) -> bool:
    """ "Manchester United beat Liverpool", "Leeds United", "Aston Villa" tagged a person: a known place's name that is
    no given name, then an everyday English word (zipf >= 4) that is no given name, names a team or a body, not a
    person ("Sydney Smith", "Chester Young" open on given names; review s26 probe class 3)."""
    i, j = s.i, s.j
    if s.kind != "person" or s.label != "PERSON" or not 2 <= j - i <= 3 or s.titles:
        return False
    first, last = d.lowers[i], d.lowers[j - 1]
    if place_rank(d.texts[i]) < 2 or common_given_name(first) or _known_given_name(first):
        return False
    if zipf(last) >= 4.0 and not common_given_name(last) and not _known_given_name(last):
        s.kind = "organization"
    return False


def _surname_tagged_a_people(s: _Span, d: _Doc) -> bool:
    """ "'We will not be bullied,' says Albanese as China row deepens ... Prime Minister Anthony Albanese said": a word
    tagged a nationality that is the surname of a full name the document tags a person is that person (lead s26 inbox,
    quotes probe class 8)."""
    key = _key(s.name)
    # A plural is a people or a party's members ("Virginia Democrats", tagged a person, makes no surname of them).
    if s.kind == "group" and s.label == "NORP" and s.j - s.i == 1 and key in d.full_surnames and key[-1:] != "s":
        s.kind = "person"
    elif (
        s.kind in ("organization", "place")
        and s.label in ("ORG", "GPE", "LOC")
        and s.j - s.i == 1
        and key in d.surnames
        and key in d.speakers
        and key not in d.companies
        and (place_rank(s.name) < _BIG_PLACE or _only_a_speaker(s, d))
        and _surname_of_a_name(key, d)
    ):
        # "Petroleum Minister Hardeep Singh Puri said ... Puri said India would buy oil": the surname of a full name
        # tagged a person, tagged a body or a town where it says something, is the person (probe s27 actors class 3);
        # not a big place the news makes speak for its government ("Washington said").
        s.kind = "person"
    return False


def _says_of_self(tok: Token) -> bool:
    """The word is the subject of a verb of saying whose reported clause after it has "he" or "she" for its active
    subject ("Ford said he was confident")."""
    verb = tok.head
    if tok.dep_ != "nsubj" or verb.lower_ not in _STATING:
        return False
    for clause in verb.children:
        if clause.dep_ == "ccomp" and clause.i > tok.i:
            subj = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subj is not None and subj.dep_ == "nsubj" and subj.lower_ in _PERSONS_PRONOUNS:
                return True
    return False


# A place this well known (``place_rank``: a country, a state, a big city) speaks for its government in the news.
_BIG_PLACE = 3


# Pronouns only a person is: the subject of what a name said about itself ("Trump said he would attend").
_PERSONS_PRONOUNS = _words("he she")


def _speaks_of_self_as_person(s: _Span, d: _Doc) -> bool:
    """ "Trump said he would attend", "Starmer told reporters she was ready": one word tagged a body that says
    something of "he" or "she" as the active subject of what it says is a person, named by surname (probe s28 A8).
    Not a body ("Tesla said it would", "Moscow said it would respond"), a place the gazetteer knows ("Jordan said he
    would retire" is left), an acronym ("IBM said he"), a name the document uses as a company's, nor a subject the
    reported clause makes passive ("Tesla said he was fired": a body says so of its staff), nor when the document names
    another person or body, who may be "he" ("Boeing said he had retired in March. Calhoun, 66, led the company")."""
    if s.kind != "organization" or s.label != "ORG" or not 1 <= s.j - s.i <= 3 or s.titles:
        return False
    tok = d.toks[s.j - 1]
    verb = tok.head
    if tok.dep_ != "nsubj" or verb.lower_ not in _STATING or not tok.text[:1].isupper():
        return False
    if _is_acronym(s.name) or place_rank(s.name) or _key(s.name) in d.companies:
        return False
    if s.j - s.i > 1:
        # "Paris Hilton said she", "Paetongtarn Shinawatra said she": a given name and a surname, or words English
        # hardly writes, unless a person named before may be "he" or "she" ("Morgan Stanley said he would leave the
        # bank" after the banker's name).
        first, last = d.lowers[s.i], d.lowers[s.j - 1]
        if not (
            all(d.texts[k].istitle() and d.texts[k].isalpha() for k in range(s.i, s.j))
            and (
                _known_given_name(first)
                or common_given_name(first)
                or all(zipf(d.lowers[k]) < _RARE_NAME_WORD for k in range(s.i, s.j))
            )
            and last not in _THING_TAILS
            and last not in ORG_HEADS
            and last not in legal_forms()
        ) or any(e.label_ == "PERSON" and e.start < s.i for e in d.ents):
            return False
    elif any(e.label_ in ("PERSON", "ORG") and d.sents.text(e.start, e.end) != d.texts[s.i] for e in d.ents):
        # Another person or body the document names may be "he" (the tagger reads some surnames as bodies): 'Boeing
        # said he had retired in March. Calhoun, 66, led the company' (review s28 rev1 A5).
        return False
    for clause in verb.children:
        if clause.dep_ == "ccomp" and clause.i > tok.i:
            subj = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subj is not None and subj.dep_ == "nsubj" and subj.lower_ in _PERSONS_PRONOUNS:
                s.kind = "person"
                return False
    return False


# Endings of nouns only for people ("spokesperson", "chairwoman", "economist", "comedian").
_PERSON_ENDINGS = ("person", "man", "woman", "ist", "ian")
# Words rarer than this in English are names' words ("Paetongtarn", "Shinawatra"); "Goldman" and "Sachs" are too.
_RARE_NAME_WORD = 3.5


def _person_after_role_noun(s: _Span, d: _Doc) -> bool:
    """ "MEA spokesperson Randhir Jaiswal said", "Party spokesperson Supriya Shrinate": two or three capitalised words
    tagged a body right after a lowercase noun for a person or a title word are a person's name, when the last is a
    rare word and heads no body, building or event ("activist investor Elliott Management" stays a fund)."""
    if s.kind != "organization" or s.label != "ORG" or not 2 <= s.j - s.i <= 3 or s.titles:
        return False
    prev = d.lowers[s.i - 1] if s.i > 0 else ""
    # Only nouns for people alone: "the lender Goldman Sachs", "insurer", "carrier" may be firms.
    if not (
        _after_role_noun(s.i, d.sents)
        and (prev in TITLE_WORDS or prev in PROFESSIONS or prev in PERSON_NOUNS or prev.endswith(_PERSON_ENDINGS))
    ):
        return False
    last = d.lowers[s.j - 1]
    if (
        all(d.texts[k].istitle() and d.texts[k].isalpha() for k in range(s.i, s.j))
        and zipf(last) < _RARE_NAME_WORD
        and last not in _THING_TAILS
        and last not in ORG_HEADS
        and last not in _BODY_HEADS
        and last not in FACILITY_HEADS
        and last not in legal_forms()
        and not place_rank(s.name)
        and _key(s.name) not in d.companies
    ):
        s.kind = "person"
    return False


def _only_a_speaker(s: _Span, d: _Doc) -> bool:
    """ "Energy Minister Rafael Lima met investors. Lima said Brazil would expand drilling": every use of the word in
    the document is inside a name tagged a person or a subject that says something, so no use is the place's (review
    s27 rev3q LOW 8); "Officials in Washington declined" beside "Washington said" is one."""
    word = d.texts[s.i]
    for k, text in enumerate(d.texts):
        if text != word:
            continue
        tok = d.toks[k]
        if tok.ent_type_ == "PERSON":
            continue
        head = tok.head
        if not (tok.dep_ == "nsubj" and head.lower_ in _STATING and any(c.dep_ == "ccomp" for c in head.children)):
            return False
    return True


def _surname_of_a_name(key: str, d: _Doc) -> bool:
    """ "Hardeep Singh Puri": ``key`` ends a name tagged a person that opens on a given name or on a word rare in
    English (a given name the tables lack), not on an everyday word ("Recent Samsung" tagged a person)."""
    if key in d.full_surnames:
        return True
    return any(
        e.label_ == "PERSON" and len(e) > 1 and _key(d.texts[e.end - 1]) == key and zipf(d.lowers[e.start]) < _RARE_WORD
        for e in d.ents
    )


# A word rarer than this in English (wordfreq's Zipf scale) opening a name tagged a person may be a given name.
_RARE_WORD = 3.0


# Courtesy titles that only a person's name follows ("Ms Okafor"); "Dr", "Sir" and "Dame" open brands' and
# companies' names too ("Dr Pepper", "Dr. Martens"), so they count only before a name not tagged an organisation.
_PERSONS_COURTESY = _words("mr mrs ms mx shri smt alhaji alhaja")
_COURTESY = _words("dr sir dame")


def _portfolio_before_title(s: _Span, d: _Doc) -> bool:
    """ "External Affairs Minister S. Jaishankar": a run of everyday capitalised words the tagger calls a person, right
    before a capitalised title word, is the title's portfolio (probe s27 actors class 6), no one's name."""
    j = s.j
    return (
        s.kind == "person"
        and s.label == "PERSON"
        and not s.titles
        and j < len(d.toks)
        and d.lowers[j] in TITLE_WORDS
        and d.texts[j].istitle()
        and all(everyday_capitalised(d.texts[x]) for x in range(s.i, j))
    )


# Nouns for a part of a country or a settlement whose name stands before them ("Daraa province", "Pangram area"), or
# after "of" ("the province of Daraa"): lexicon.PLACE_NOUNS and "area", but "country" and "capital", which a name
# before them may qualify ("Trump country", "the tech capital").
# With "state" ("governed Quintana Roo state", "Washington state") and "coast" ("the coast of Ilocos Norte") for a name
# the tagger calls a person or a body (probe s30 P145, P3).
_PLACE_PART_NOUNS = (PLACE_NOUNS - {"country", "capital"}) | _words(
    "area parish municipality prefecture governorate oblast borough township state coast"
)


def _named_by_place_noun(s: _Span, d: _Doc) -> bool:
    """ "Fighting spread to Daraa province", "a position in Pangram area of Sarkh": a name the tagger calls a body or a
    person, set before a noun for a part of a country or a settlement as its modifier, or after its "of", is a place
    (audit s27)."""
    if s.kind not in ("organization", "person") or s.label not in ("ORG", "PERSON") or s.j - s.i > 2 or s.titles:
        return False
    last = d.toks[s.j - 1]
    head = last.head
    before = last.dep_ == "compound" and head.i == s.j and head.is_lower
    after = last.dep_ == "pobj" and head.lower_ == "of" and head.i == s.i - 1 and head.head.is_lower
    noun = head if before else head.head if after else None
    # The parser may tag a lowercase noun after a name as a proper noun ("St Elizabeth parish").
    if noun is None or noun.lower_ not in _PLACE_PART_NOUNS or noun.tag_ not in ("NN", "NNP"):
        return False
    if noun.lower_ == "state" and (noun.dep_ in ("compound", "amod") or not before):
        # "Trump state officials", "state media": "state" modifying a noun after it is the government's, no place.
        return False
    key = _key(s.name)
    # Not a body the story names elsewhere without the noun ("a Taliban area near Chaman ... The Taliban denied", "an
    # outage in the AWS region": review s27 rev5q MED 3). A name the tagger made a person is no body: "the Tigray
    # region ... Tigray forces said" is a place (review s27 rev6 3).
    if s.kind != "person" and (
        key in d.speakers or key in d.companies or any(_named_apart(k, s, d) for k in range(len(d.texts)))
    ):
        return False
    s.kind = "place"
    return False


# Last words of funds' and firms' names ("Elliott Management", "Starboard Value" is not one: a common word).
_FIRM_TAILS = _words(
    "management capital partners holdings investments ventures advisors advisers associates securities"
)


def _firm_tagged_a_person(s: _Span, d: _Doc) -> bool:
    """ "activist investor Elliott Management", "Bain Capital": a name of two or three words the tagger calls a person
    that ends on a word closing funds' and firms' names is the firm."""
    if s.kind != "person" or s.label != "PERSON" or not 2 <= s.j - s.i <= 3:
        return False
    last = d.lowers[s.j - 1].rstrip(".")
    if d.texts[s.j - 1].istitle() and (last in _FIRM_TAILS or last in legal_forms()) and not _of_self(d.toks[s.j - 1]):
        s.kind = "organization"
    return False


def _of_self(tok: Token) -> bool:
    """The name says something of "he" or "she" ("Kate Ventures said she would run again"; review s29 rev1 RA11)."""
    if tok.dep_ != "nsubj" or tok.head.lower_ not in _STATING:
        return False
    return any(
        c.dep_ == "nsubj" and c.lower_ in _PERSONS_PRONOUNS
        for clause in tok.head.children
        if clause.dep_ == "ccomp" and clause.i > tok.i
        for c in clause.children
    )


# Nouns for the members of an armed group, which a name before them names ("Boko Haram fighters"): a closed list.
_ARMED_MEMBERS = _words("fighters militants rebels insurgents militia militiamen jihadists gunmen")


# What an armed group claims responsibility for ("for the attack"), not an error or a loss.
_ATTACKS = _words(
    "attack attacks bombing bombings blast blasts killing killings assault ambush kidnapping shooting strike"
)


def _armed_group(s: _Span, d: _Doc) -> bool:
    """ "Boko Haram fighters attacked a village", "Al-Shabaab claimed responsibility for the attack": a name the
    tagger calls a person that modifies a noun for an armed group's members, or claims responsibility, is the group (an
    organisation); a person's own fighters are a possessive ("Putin's fighters")."""
    if s.kind != "person" or s.label != "PERSON" or s.titles:
        return False
    first = d.lowers[s.i]
    given = d.toks[s.i].whitespace_ and (_known_given_name(first) or common_given_name(first))  # not "Al-Shabaab"
    if given or (s.i > 0 and _title(d.toks[s.i - 1])):
        # "President Volodymyr Zelensky claimed responsibility for the drone attack" (review s29 rev1 RA2 HIGH).
        return False
    last = d.toks[s.j - 1]
    head = last.head
    members = last.dep_ == "compound" and head.i == s.j and head.lower_ in _ARMED_MEMBERS
    claims = (
        last.dep_ == "nsubj"
        and head.lower_ in ("claimed", "claims", "claim")
        and any(
            c.dep_ == "dobj"
            and c.lower_ == "responsibility"
            and any(t.lower_ in _ATTACKS for t in c.subtree if t.dep_ == "pobj")
            for c in head.children
        )
    )
    if members or claims:
        s.kind = "organization"
    return False


def _named_apart(k: int, s: _Span, d: _Doc) -> bool:
    """Token ``k`` writes the name's last word outside this mention and not before or after a place noun."""
    if d.texts[k] != d.texts[s.j - 1] or s.i <= k < s.j:
        return False
    tok = d.toks[k]
    head = tok.head
    if tok.dep_ == "compound" and head.i > k and head.lower_ in _PLACE_PART_NOUNS:
        return False
    return not (tok.dep_ == "pobj" and head.lower_ == "of" and head.head.lower_ in _PLACE_PART_NOUNS)


def _courtesy_titled(s: _Span, d: _Doc) -> bool:
    """ "Ms Okafor, 41, said the clinic had closed": a name right after a courtesy title is a person's, whatever the
    tagger said (quotes probe s27 class 13: Okafor tagged a place, so "she said" found no one); after "Dr", "Sir" or
    "Dame", not a country or a big place."""
    if s.kind == "person" or s.label not in ("GPE", "LOC", "NORP", "FAC", "ORG") or not 1 <= s.j - s.i <= 3:
        return False
    k = s.i - 1
    if k >= 0 and d.texts[k] == "." and k > 0 and not d.toks[k - 1].whitespace_:
        k -= 1  # "Mrs." that the tokenizer split
    # The title as written ("Ms", "Dr."), not capitals: "eastern DR Congo" is the country (review s27 rev2q HIGH 2).
    if k < 0 or not d.texts[k].rstrip(".").istitle():
        return False
    low = d.lowers[k].rstrip(".")
    # "Dr", "Sir" and "Dame" name brands and places too; "Mr Washington, the county's sheriff," is a person (review s27
    # rev3q MED 3).
    courtesy = low in _PERSONS_COURTESY or (
        low in _COURTESY and s.label != "ORG" and not country_code(s.name) and place_rank(s.name) < _BIG_PLACE
    )
    if courtesy and all(d.texts[x][:1].isupper() and d.texts[x].replace("-", "").isalpha() for x in range(s.i, s.j)):
        s.kind = "person"
    return False


def _listed_among_companies(s: _Span, d: _Doc) -> bool:
    """ "acquisitions, including Marvel Entertainment, Lucasfilm and BamTech": a name no gazetteer knows, in a list of
    organisations only, is one too."""
    if (
        s.kind == "place"
        and s.label in ("GPE", "LOC")
        and s.j - s.i == 1
        and _listed_with_companies(d.toks[s.i], s.name)
    ):
        s.kind = "organization"
    return False


def _person_among_organisations(s: _Span, d: _Doc) -> bool:
    """ "the Chicago Tribune, New York Daily News, Baltimore Sun and Hartford Courant": a name that opens on no given
    name, in a list of organisations only, is one too ("Berkshire Hathaway" tagged a person)."""
    i, j, lowers = s.i, s.j, d.lowers
    if (
        s.kind == "person"
        and s.label == "PERSON"
        and not s.titles
        and 2 <= j - i <= 3
        and not _known_given_name(lowers[i])
        and not common_given_name(lowers[i])
        # A word English writes often ("Hartford", "Berkshire", "Lockheed"), not a rarer given name than the tables
        # know ("Vagit Alekperov", "Mukesh Ambani", review s20 r1a MED).
        and zipf(lowers[i]) >= _KNOWN_WORD
        and _among_organisations(d.toks[j - 1], s.name)
    ):
        s.kind = "organization"
    return False


def _given_name_beside_title(s: _Span, d: _Doc) -> bool:
    """ "Sweden's deputy director of public prosecutions, Eva-Marie Persson, said": a name opening on a given name set
    beside a person's title is a person's, whatever the tagger said; so is one tagged a people ("Labour's chair,
    Anneliese Dodds, said", "Frans Timmermans, leader of the alliance, said": probe s27 actors class 5), whose title
    may follow it too (a firm's name is no people's: "Morgan Stanley, adviser to the bank" stays)."""
    i, j, lowers = s.i, s.j, d.lowers
    if s.kind == "person" or s.label not in ("ORG", "GPE", "LOC", "NORP") or not 2 <= j - i <= 5:
        return False
    given = _known_given_name(lowers[i]) or common_given_name(lowers[i])
    last = d.toks[j - 1]
    if (
        (given and _beside_persons_noun(last))
        or _name_after_title(s, d)
        or (given and s.label == "NORP" and _persons_noun_after(last))
    ):
        s.kind = "person"
    return False


def _persons_noun_after(tok: Token) -> bool:
    """ "Frans Timmermans, leader of the Green-Left alliance": the name's head has an apposition after it that a title,
    an occupation or a noun for a person heads."""
    return any(
        c.dep_ == "appos"
        and c.i > tok.i
        and c.pos_ == "NOUN"
        and (c.lower_ in TITLE_WORDS or c.lower_ in PROFESSIONS or c.lower_ in PERSON_NOUNS)
        for c in tok.children
    )


def _name_after_title(s: _Span, d: _Doc) -> bool:
    """ "The minister of foreign affairs of Indonesia, Retno Marsudi, expressed ...": two or three name words set off
    by commas right after a phrase a title word heads (``roles._role_before``), the last rare in English and no head of
    a body, building or place, name a person whatever the tagger said (review s26 probe_q class 8); not after an
    organisation's title ("The firm's adviser, Goldman Sachs,")."""
    i, j, toks = s.i, s.j, d.toks
    if not 2 <= j - i <= 3 or j >= len(toks) or toks[j].text != "," or i < 2 or toks[i - 1].text != ",":
        return False
    if not all(t.pos_ == "PROPN" and t.is_title and t.is_alpha for t in toks[i:j]):
        return False
    last = d.lowers[j - 1]
    if zipf(last) >= 3.8 or last in _THING_TAILS or place_rank(d.texts[j - 1]):
        return False
    span = _role_before(s.ent, i, d.sents)
    # "The firm's adviser, Goldman Sachs,": an organisation's adviser, auditor or lender may be a firm.
    return span is not None and not any(toks[k].tag_ == "POS" for k in range(*span))


def _named_as_a_person(s: _Span, d: _Doc) -> bool:
    """ "Eva-Marie Persson ... Persson explained", "Caitlyn Smith and Kate York": a personal name the tagger called a
    company or a place."""
    if (
        s.kind != "person"
        and s.label in ("ORG", "GPE", "LOC")
        and _named_as_person(s.i, s.j, d.lone, d.surnames, d.sents, d.people)
    ):
        s.kind = "person"
    return False


def _given_name_and_surname(s: _Span, d: _Doc) -> bool:
    """ "Brad Marchand added three assists", "Fox host Jeanine Pirro", "Ludwig van Beethoven's": a common given name
    and a rare word, tagged an organisation or a building, are a person's name (see ``kinds._given_and_surname``),
    unless the document uses it as a company's."""
    if (
        s.kind in ("organization", "place")
        and s.label in ("ORG", "FAC")
        and _key(s.name) not in d.companies
        and _given_and_surname(s.i, s.j, d.lone, d.sents)
    ):
        s.kind = "person"
    return False


# Plural nouns for places that a list of names may share ("Barry, Berrien, Cass and Van Buren counties"): a closed list.
_PLACE_PLURALS = _words(
    """counties cities towns villages countries regions provinces islands districts suburbs neighbourhoods
    neighborhoods states parishes boroughs townships prefectures municipalities"""
)


def _listed_before_place_noun(s: _Span, d: _Doc) -> bool:
    """ "The virus has been reported in Barry, Berrien, Calhoun, Cass, Kalamazoo and Van Buren counties": names in a
    list that ends on a plural noun for places are places, whatever the tagger said (not a people: "Republican and
    Democratic states"; not the surname of a person the document names in full: "Trump and Clinton counties")."""
    if s.kind not in ("person", "organization") or s.titles or _key(s.name) in d.surnames:
        return False
    texts, toks = d.texts, d.toks
    listed = s.i > 0 and texts[s.i - 1] in (",", "and", "or")
    k = s.j
    while k < len(texts) and k - s.j <= 30:
        t = toks[k]
        if texts[k] in (",", "and", "or"):
            listed = True
        elif t.is_lower:
            break
        elif not (t.is_alpha and t.text[:1].isupper()):
            return False
        k += 1
    if k < len(texts) and listed and d.lowers[k] in _PLACE_PLURALS:
        s.kind = "place"
    return False


def _building(s: _Span, d: _Doc) -> bool:
    """ "NTU Hospital Station", "Century City Towers": buildings and venues are places; "Shoreline Amphitheatre" tagged
    a person (review s19 r3 LOW-24), but not after a given name or with the last word tagged a person alone ("Bruce
    Arena ... Arena was hired", review s19 r3 HIGH-12)."""
    i, j, toks, lowers = s.i, s.j, d.toks, d.lowers
    if (s.label == "ORG" and j - i > 1 and toks[j - 1].lower_ in FACILITY_HEADS) or (
        s.kind == "person"
        and j - i > 1
        and toks[j - 1].lower_ in VENUE_HEADS
        and not (_known_given_name(lowers[i]) or common_given_name(lowers[i]))
        and d.lone.get(d.texts[j - 1]) is not True
    ):
        s.kind = "place"
    return False


def _described(s: _Span, d: _Doc) -> bool:
    """ "Instituto Gonzaga, a catholic school", "Herat, a city in the west": what the text calls it. Else "her Netflix
    special", "Alibaba's shares", "Bloomberg reported": a one-word "place" that no town or region of any size is
    named (not "Flint", "Kenosha", "Xinjiang") and that has a spokesperson, shares or a show, or reports news, is a
    company."""
    i, j, toks = s.i, s.j, d.toks
    described = _apposition_kind(d.doc, i, j, d.sents)
    if described is None and s.kind != "organization" and _after_org_noun(toks, i, j):
        described = "organization"
    if described is None:
        # "public companies such as Gannett and McClatchy": what the noun before a list of examples calls them; a
        # company so named is one wherever else the document writes it alone ("Gannett said").
        described = _instance_kind(toks, i, j)
        if described == "organization" and j - i == 1 and not s.titles:
            d.companies.add(_key(s.name))
    if described == "person" and (s.label in ("GPE", "LOC", "FAC") or place_rank(s.name)):
        # "In Tulsa, an unarmed man with his hands up": a place is no person whatever the parse attaches to it.
        described = None
    if described is not None and not s.titles:
        s.kind = described
    elif (
        s.kind == "place"
        and s.label == "GPE"
        and j - i == 1
        and _used_as_company(toks[i])
        and not is_town(s.name)
        and not country_code(s.name)
    ):
        s.kind = "organization"
    return False


ENTITY_GUARDS: tuple[Callable[[_Span, _Doc], bool], ...] = (
    _legal_form_alone,
    _sentence_word_before_place,
    _named,
    _heading_topic,
    _acronym_with_article,
    _product_as_person,
    _priced_product,
    _ticker_at_end,
    _product_model,
    _lowercase_person,
    _lowercase_led_product,
    _sentence_opening_modifier,
    _shouted_word,
    _short_rank,
    _trade_noun_end,
    _title_of_organisation,
    _title_after_organisation,
    _adjectives_only,
    _leader_of_body,
    _species,
    _work_title,
    _named_thing,
    _measure_or_card,
    _event_or_work,
    _right_honourable,
    _dateline,
    _recased,
    _site_name,
    _group_of_states,
    _sky_place,
    _no_name,
    _person_acronym_tail,
    _place_acronym_tail,
    _unknown_kind,
    _owned_as_company,
    _ticker_after_name,
    _home_town_of_person,
    _town_before_state_code,
    _city_masthead,
    _regional_body,
    _team,
    _place_and_everyday_word,
    _surname_tagged_a_people,
    _speaks_of_self_as_person,
    _person_after_role_noun,
    _portfolio_before_title,
    _named_by_place_noun,
    _armed_group,
    _firm_tagged_a_person,
    _courtesy_titled,
    _listed_among_companies,
    _person_among_organisations,
    _given_name_beside_title,
    _named_as_a_person,
    _given_name_and_surname,
    _listed_before_place_noun,
    _building,
    _described,
)
"""The guards in the order they run: the order matters (a later guard reads the kind or bounds an earlier set)."""


def _with_role(s: _Span, d: _Doc) -> _Candidate:
    """The candidate for an entity that passed every guard, with its role: the title words trimmed off its front, or
    the role written before, after or away from a person's name."""
    i, j, ent, titles, name = s.i, s.j, s.ent, s.titles, s.name
    role_span = None
    if s.kind == "person" or titles:
        if titles:
            role_span = (titles[0].i, titles[-1].i + 1)
            before = _role_before(ent, titles[0].i, d.sents)
            if before is not None and before[1] == titles[0].i:
                role_span = (before[0], role_span[1])
        else:
            role_span = (
                _role_before(ent, i, d.sents) or _role_after(ent, j, d.sents) or _role_displaced(ent, i, d.sents)
            )
        if role_span is not None and (after := _role_after(ent, j, d.sents)) and _says_less(d.toks, role_span, after):
            role_span = after
    role = _role_text(d.doc, role_span) if role_span else None
    if s.kind == "person" and j - i == 1 and i > 0 and _is_title_word(d.toks[i - 1]):
        # "Professor Eastman", "Ms Bauchtman": the form the story uses for someone named by surname, with the whole
        # title ("Vice President Pence", "Deputy Prime Minister Fedorov", not "President Pence").
        name = f"{_title_before(d.toks, i - 1)} {name}"
    assert s.kind is not None  # _unknown_kind gave every entity left a kind
    return _Candidate(s.label, i, j, s.kind, name, role, role_span)


def _candidate(ent: Span, d: _Doc) -> _Candidate | None:
    """The candidate mention of one entity, or None if a guard drops it."""
    if ent.label_ not in LABEL_KINDS and ent.label_ not in GAZETTEER_LABELS:
        return None
    s = _Span.of(ent, d)
    if s is None:
        return None
    for guard in ENTITY_GUARDS:  # a plain loop: a generator under any() costs a frame switch per guard and entity
        if guard(s, d):
            return None
    return _with_role(s, d)
