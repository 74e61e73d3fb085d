"""Mentions of named actors in one parsed document: entities cleaned, split and joined, kinds and roles.

``extract_mentions`` runs the rules of the modules beside it in order; each rule lives in the module of its concern
(``trim``, ``roles``, ``entities``, ``splits``, ``places``, ``kinds``, ``organisations``, ``things``, ``teams``,
``glue``, ``filters``), over the token view of ``tokens`` and the word lists of ``lexicon`` and ``names``."""

from __future__ import annotations

import re
from collections import Counter
from typing import TYPE_CHECKING

from extract.actors.entities import _STATING, _entities
from extract.actors.filters import (
    _common_acronyms,
    _country_pair,
    _fragments,
    _heading_phrase,
    _indefinite,
    _lowercase_evidence,
    _recase,
    _sentence_period,
    _valid_name,
)
from extract.actors.glue import _unglued
from extract.actors.kinds import (
    _GROUP_OF_STATES,
    _LED_BY,
    _SITE,
    _after_org_noun,
    _among_organisations,
    _apposition_kind,
    _beside_persons_noun,
    _known_given_name,
    _listed_with_companies,
    _named_as_person,
    _owns_as_company,
    _used_as_company,
)
from extract.actors.lexicon import _TRADE_HEADS, FACILITY_HEADS, ORG_HEADS, VENUE_HEADS
from extract.actors.names import (
    GAZETTEER_LABELS,
    LABEL_KINDS,
    NAMED_COMPANY,
    THING_USE,
    TITLE_WORDS,
    _is_acronym,
    _is_title_word,
    _key,
    clean_name,
    common_given_name,
    country_code,
    is_town,
    legal_forms,
    place_rank,
)
from extract.actors.organisations import _employers, _named_by_org_noun, _parenthesised, _untagged_organisations
from extract.actors.places import (
    PLACE_ABBREVIATIONS,
    _dateline_town,
    _gazetteer_places,
    _home_town,
    _name_with_region,
    _region_codes,
    _word_before_place,
)
from extract.actors.roles import (
    _linked_title,
    _relational_roles,
    _role_after,
    _role_before,
    _role_displaced,
    _role_text,
    _title_before,
)
from extract.actors.teams import _plural_teams, _team_place, _used_as_thing
from extract.actors.things import (
    NO_SURNAME_EVENTS,
    _acronym_tail,
    _counted,
    _is_event,
    _model_code,
    _model_named,
    _names_a_work,
    _occasions,
    _priced,
    _product_lines,
    _product_shaped,
    _product_sign,
    _quoted,
    _said_to_be_a_thing,
    _species_name,
    _thing_use,
    _ticker_after,
    _ticker_tail,
    _titled_work,
)
from extract.actors.tokens import _Candidate, _Sents
from extract.actors.trim import _after_style, _trim
from extract.records import Mention
from extract.repair import zipf

__all__ = ["extract_mentions"]

_KNOWN_WORD = 3.0
"""A word English writes at least this often (wordfreq's Zipf scale): a place's or a company's first word."""

_SHORT_RANK = 4.5
"""A rank's short form is rarer than this ("Cpl" 3.1, "Sgt" 3.6), an everyday word is not ("General", "Major")."""

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from extract.repair import Repaired


def extract_mentions(doc: Doc, rep: Repaired, document: str) -> list[Mention]:
    """One Mention per named actor in ``doc`` (parsed from ``rep.text``), offsets into the original file."""
    cands: list[_Candidate] = []
    sents = _Sents.of(doc)
    toks = sents.toks
    ents = _entities(doc, sents)
    # Names the tagger calls products anywhere in the document, and person names shaped like products.
    # A surname the tagger once calls a product ("Swift's performance") stays the person's.
    surnames = {_key(toks[e.end - 1].text) for e in ents if e.label_ == "PERSON" and len(e) > 1}
    products = {k for e in ents if e.label_ == "PRODUCT" and (k := _key(clean_name(e.text))) not in surnames}
    product_words: set[str] = set()
    lowered: Counter[str] | None = None
    texts_ = sents.texts
    lowers_ = sents.lowers
    # Words the tagger calls a person (a surname: "Persson explained") or a thing ("Google") when written alone.
    lone_people = {texts_[e.start] for e in ents if len(e) == 1 and e.label_ == "PERSON"}
    companies: set[str] = set()
    priced: set[str] = set()
    makers: set[str] = set()  # the first word of a priced product ("Apple" of "Apple AirPods Pro for $235")
    thing_names: dict[str, int] = {}  # names of missions, vaccines, novels ... (see _thing_use) and how sure
    lone = {texts_[e.start]: texts_[e.start] in lone_people for e in ents if len(e) == 1}
    # Names the text makes speak ("HBO Max said ..."): a service or a company, though named like a product's model.
    # The verb must say something (a clause): "The Retina MacBook Pro adds a faster chip" is no speech (r2 MED-5).
    speakers = {
        _key(clean_name(e.text))
        for e in ents
        if e.root.dep_ == "nsubj"
        and e.root.head.lower_ in _STATING
        and any(c.dep_ == "ccomp" for c in e.root.head.children)
    }
    titled: set[str] = set()  # places' names the text calls a song, a film ...: a thing where written as a title
    people = {sents.text(e.start, e.end) for e in ents if e.label_ == "PERSON"}
    for ent in ents:
        label = ent.label_
        if label not in LABEL_KINDS and label not in GAZETTEER_LABELS:
            continue
        i, j, titles = _trim(ent, sents)
        if i >= j:
            continue
        if (
            label == "PERSON"
            and j - i == 1
            and i > 0
            and texts_[i].isupper()
            and _key(texts_[i]) in legal_forms()
            and toks[i - 1].tag_ == "NNP"
            and texts_[i - 1][:1].isupper()
            and toks[i - 1].ent_type_ == ""
        ):
            # "BioNTech SE said": no one is called by a company's legal form; with the name before it, the company.
            i -= 1
            label = "ORG"
        # "ST. JOSEPH" (see _abbreviated_places), which running text writes "St. Joseph".
        abbreviated = label == "GPE" and j - i > 2 and texts_[i] in PLACE_ABBREVIATIONS and texts_[i + 1] == "."
        if label in ("GPE", "LOC") and not abbreviated and _word_before_place(i, j, sents):
            # "Say Mexico demanded that ...": a sentence's first word glued to the place after it.
            i += 1
        # The span's text joined from the token texts, not doc.text: spaCy rebuilds the whole text on every call.
        name = clean_name(sents.text(i, j))
        if abbreviated:
            name = re.sub(r"(['\u2019])S\b", r"\1s", name.title())
        kind = LABEL_KINDS.get(label)
        if kind == "person" and _heading_phrase(i, j, sents):
            # "Gender Equality." on a line of its own: a section heading's topic, no person.
            continue
        if j - i == 1 and _is_acronym(texts_[i]) and _indefinite(toks[i]):
            # "A CT of his chest showed ...", "an MRI", "a GPU": an acronym with "a" or "an" of its own is a common
            # noun; a name takes none ("a BBC report": the article is the report's).
            continue
        if kind == "person" and (_product_shaped(ent, toks, i, j) or _key(name) in products):
            # Products are no people: "MacBook Pro" tagged PERSON here and PRODUCT or ORG elsewhere.
            products.add(_key(name))
            if " " in _key(name):
                # "Mac" of "Mac Pro": the product line's own word alone.
                product_words.add(_key(name).split(" ", 1)[0])
            continue
        if kind in ("person", "organization") and _priced(toks, i, j) and _product_sign(i, j, lone, sents):
            # "Apple AirPods Pro for $235", "Sonos Move for $400": a deal's listing prices a product, not an actor
            # (a retailer or a company bought is an object: "Get it on Amazon for $649", "bought Big Machine for").
            priced.add(_key(name))
            if " " in name:
                # "Apple's AirPods Pro": the maker's possessive before the same product.
                maker, rest = name.split(" ", 1)
                makers.add(_key(maker))
                priced.update(_key(f"{maker}{s} {rest}") for s in ("'s", "\u2019s"))
                if " " in rest:
                    # "Amazon's Echo Buds", which the tagger cuts after the possessive.
                    priced.add(_key(rest))
            continue
        if kind == "organization" and _ticker_tail(name):
            # "the London Metal Exchange CMAL3": the exchange, not its market's ticker.
            j -= 1
            name = clean_name(sents.text(i, j))
        model = _model_named(toks, i, j) and _key(name) not in speakers  # review s19 r1 MED-7
        after = lowers_[j] if j < len(toks) and toks[j].is_lower else ""
        coded = kind == "organization" and _model_code(name, after) and _key(name) not in speakers
        if kind != "person" and (model or coded or (kind == "organization" and _counted(toks, i, j))):
            # "the Retina MacBook Pro", "the Switch Lite": a model of a product; "3.7 GW", "1 TFL": a unit or a
            # statistic a number counts. Neither is an actor, nor a repeat of the name that the tagger calls a person.
            products.add(_key(name))
            if name.count(" ") >= 2:
                # "the Apple iPad Pro ... Apple said": the maker before the product line stays.
                makers.add(_key(name.split(" ", 1)[0]))
            if coded and name.count(" ") >= 2:
                # "Apple A10 Fusion chip ... A10 Fusion chipset": the model without its maker is the same thing.
                thing_names[_key(name.split(" ", 1)[1])] = 2
            continue
        if kind == "person" and name.islower():
            if lowered is None:
                lowered = _lowercase_evidence(toks)
            if any(lowered[w] for w in name.split()):
                continue
        if (
            kind == "organization"
            and j - i == 2
            and _is_title_word(toks[i])
            and _key(texts_[j - 1]) in surnames
            and zipf(lowers_[i]) < _SHORT_RANK
        ):
            # "Cpl Jack Hart was injured. Cpl Hart said": a rank written short before the surname of the document's
            # person is that person, whatever the tagger said (not "General Motors": an everyday word is no rank here).
            kind = "person"
        if label == "PERSON" and j - i > 1 and toks[j - 1].lower_.rstrip(".") in _TRADE_HEADS:
            # "Ceres Robotics", "Tyvak Nano-Satellite Systems": no personal name ends on a trade noun.
            kind = "organization"
        if label == "ORG" and j - i > 2 and toks[i].lower_ in TITLE_WORDS and toks[i + 1].lower_ == "of":
            # "Founder of Ceres Robotics Inc.": the title belongs to a person, the organisation follows it.
            k = i + 2 + (toks[i + 2].lower_ == "the")
            if j - k >= 2:
                i = k
                name = clean_name(sents.text(i, j))
        if label == "ORG" and toks[j - 1].lower_ in TITLE_WORDS and not _linked_title(toks, i, j):
            k = j
            # "Department of Justice Inspector General Michael Horowitz": the title stops at what "of" links.
            while k > i and toks[k - 1].lower_ in TITLE_WORDS and not _linked_title(toks, i, k):
                k -= 1
            if k - i < 2 or all(toks[x].tag_ == "JJ" for x in range(i, k)):
                # "the North Korean Foreign" (Minister): the start of a title, not an organisation.
                continue
            # "House of Representatives Speaker": the organisation, then the title of whoever follows.
            j = k
            name = clean_name(sents.text(i, j))
        if label in ("ORG", "GPE") and all(toks[k].tag_ == "JJ" for k in range(i, j)):
            kind = "group"
        if label == "NORP" and j - i == 1 and toks[i].tag_ == "NNP" and j < len(doc) and toks[j].lower_ in _LED_BY:
            # "the Monti government": a leader's name before the body he leads, not a nationality.
            kind = "person"
        if _species_name(toks, i, j):
            # "the bacteria Yersinia pestis": a genus (the place 'Yersinia' in three articles), no actor.
            continue
        if _titled_work(toks, i, j):
            # "in his book “Musicophilia”": a work's title (the place Musicophilia); the same name elsewhere stays.
            continue
        said = _said_to_be_a_thing(toks, i, j) and _key(name) not in speakers  # "TikTok is an app ... TikTok said"
        if said and (place_rank(name) or country_code(name)):
            # "'Glasgow' is a song ... grew up in Glasgow": the place's name is the song's only where written as a
            # title, in quote marks (review s19 r2 HIGH-8).
            said = False
            if _quoted(toks, i, j):
                titled.add(_key(name))
                continue
        use = 2 if said else _thing_use(toks, i, j, label)
        if use and (use == 2 or not (place_rank(name) or country_code(name))):
            # "NASA's upcoming Europa Clipper mission", "The HPV vaccine might have protected her": the name of a
            # mission, a vaccine, a novel, no actor; wherever else the document writes it too, unless it is used as
            # an actor there (see below).
            thing_names[_key(name)] = max(use, thing_names.get(_key(name), 0))
            if toks[j - 1].is_lower:
                # "the Wheel of Time series": the name without its noun ("Wheel of Time") is the same thing.
                short = _key(clean_name(sents.text(i, j - 1)))
                thing_names[short] = max(use, thing_names.get(short, 0))
            continue
        # "Davis Cup" tagged a person: no surname is spelled like most event heads (but "Fair", "Marathon" are).
        event = _is_event(name) and (kind != "person" or lowers_[j - 1] in NO_SURNAME_EVENTS)
        if event or (kind != "person" and _names_a_work(toks, i, j)):
            # "Google Science Fair", "FIFA World Cup": events are not actors, their organiser may be.
            if j - i > 1 and _is_acronym(toks[i].text) and not toks[i].is_stop:
                cands.append(_Candidate("ORG", i, i + 1, "organization", toks[i].text, None, None))
            continue
        if label == "ORG" and j - i >= 2 and _after_style(i, sents.texts):
            # "The Rt Hon Keir Starmer MP": the Right Honourable is a parliamentarian, not an organisation.
            kind = "person"
        if kind != "place" and _dateline_town(i, j, name, sents):
            # "UVALDE, Texas (AP) — Uvalde announced ...": a story's dateline is its town, whatever the tagger said.
            kind, name = "place", name.title() if name.isupper() else name
        if name.islower():
            name = _recase(name, kind or "place")
        elif label == "PERSON" and j - i == 1 and name.isupper() and len(name) > 3 and name.isalpha():
            # "WALLACE:" in a transcript is Wallace, not an acronym.
            name = name.title()
        elif name.isupper() and len(name) > 4 and kind in ("place", None) and place_rank(name) >= 2:
            # Datelines ("LOS ANGELES (AP) -", "DUBAI, United Arab Emirates") write the city in capitals.
            name = name.title()
        site = _SITE.fullmatch(name) if kind == "organization" else None
        if site:
            name = site.group(1)
        if kind in ("place", "person") and _GROUP_OF_STATES.fullmatch(name):
            # "G7", "G20": clubs of states, which spaCy tags GPE.
            kind = "organization"
        if not _valid_name(name, kind or "place") or _country_pair(name):
            # "the U.S.-Mexico border": a relation between two countries, no actor.
            continue
        if kind == "person" and j - i > 1 and _acronym_tail(toks[i:j]):
            # "Batman: Arkham VR", "PlayStation VR": a personal name never ends on an acronym; a product or title does.
            continue
        if (
            kind == "place"
            and j - i > 1
            and not abbreviated
            and _acronym_tail(toks[i:j])
            and not place_rank(sents.text(i, j - 1))
        ):
            # "Windows XP": a place the gazetteer does not know, ending on an everyday acronym, is a product's name
            # ("Portland OR" and "Washington DC" start with a known place).
            continue
        if kind is None:
            if place_rank(name) < 2:
                continue
            kind = "place"
        if (
            kind == "person"
            and label == "PERSON"
            and j - i == 1
            and not titles
            and _key(name) not in surnames
            and _owns_as_company(toks[i])
        ):
            # "Universal's music division provided some demos", "This graphic, provided by Statista, shows": no one
            # person has a division or credits a chart; the name is an organisation's (and takes no "he said"), here
            # and wherever else the document writes it alone ("signed to Universal as a songwriter").
            kind = "organization"
            companies.add(_key(name))
        if kind == "person" and j - i == 1 and not titles and _ticker_after(toks, j, name):
            # "peer Lowe's (LOW) stock": a stock ticker in parentheses after the name is a listed company's, here and
            # wherever else the document names it alone.
            kind = "organization"
            companies.add(_key(name))
        if kind == "person" and label == "PERSON" and j - i == 1 and not titles and _home_town(toks[i]):
            # "Ryan S. Hollman, 31, of Hope": where a person named with an age lives, in police and court news.
            kind = "place"
        if (
            kind in ("person", "place")
            and j - i > 1
            and lowers_[j - 1] in ORG_HEADS
            and place_rank(sents.text(i, j - 1)) >= 2
            and not place_rank(name)
            and not (j - i == 2 and label == "PERSON" and _known_given_name(lowers_[i]))
        ):
            # "the Sacramento Bee, Miami Herald and Kansas City Star": a city's name before an organisation's head
            # noun names a newspaper, a university, a bank ("Miami Herald" was tagged a person); a given name that is
            # also a city's starts a person's name ("Austin Post" tagged a person).
            kind = "organization"
        if kind in ("place", "group") and label in ("GPE", "LOC", "ORG") and j - i == 1 and _team_place(toks[i], name):
            # "Wild coach Bruce Boudreau", "the Wild's 4-1 win over the Sabres": a team, here and wherever else the
            # document names it alone ("gave the Wild a two-goal lead").
            kind = "organization"
            companies.add(_key(name))
        if kind == "place" and label in ("GPE", "LOC") and j - i == 1 and _listed_with_companies(toks[i], name):
            # "acquisitions, including Marvel Entertainment, Lucasfilm and BamTech": a name no gazetteer knows, in a
            # list of organisations only, is one too.
            kind = "organization"
        if (
            kind == "person"
            and label == "PERSON"
            and not titles
            and 2 <= j - i <= 3
            and not _known_given_name(lowers_[i])
            and not common_given_name(lowers_[i])
            # A word English writes often ("Hartford", "Berkshire", "Lockheed"), not a rarer given name than the
            # tables know ("Vagit Alekperov", "Mukesh Ambani", review s20 r1a MED).
            and zipf(lowers_[i]) >= _KNOWN_WORD
            and _among_organisations(toks[j - 1], name)
        ):
            # "the Chicago Tribune, New York Daily News, Baltimore Sun and Hartford Courant": a name that opens on no
            # given name, in a list of organisations only, is one too ("Berkshire Hathaway" tagged a person).
            kind = "organization"
        if (
            kind != "person"
            and label in ("ORG", "GPE", "LOC")
            and 2 <= j - i <= 5
            and (_known_given_name(lowers_[i]) or common_given_name(lowers_[i]))
            and _beside_persons_noun(toks[j - 1])
        ):
            # "Sweden's deputy director of public prosecutions, Eva-Marie Persson, said": a name opening on a given
            # name set beside a person's title is a person's, whatever the tagger said.
            kind = "person"
        if (
            kind != "person"
            and label in ("ORG", "GPE", "LOC")
            and _named_as_person(i, j, lone, surnames, sents, people)
        ):
            # "Eva-Marie Persson ... Persson explained", "Caitlyn Smith and Kate York": a personal name the tagger
            # called a company or a place.
            kind = "person"
        if label == "ORG" and j - i > 1 and toks[j - 1].lower_ in FACILITY_HEADS:
            # "NTU Hospital Station", "Century City Towers": buildings and venues are places.
            kind = "place"
        elif (
            kind == "person"
            and j - i > 1
            and toks[j - 1].lower_ in VENUE_HEADS
            and not (_known_given_name(lowers_[i]) or common_given_name(lowers_[i]))
            and lone.get(texts_[j - 1]) is not True
        ):
            # "Shoreline Amphitheatre" tagged a person (review s19 r3 LOW-24); not after a given name or with the last
            # word tagged a person alone ("Bruce Arena ... Arena was hired", review s19 r3 HIGH-12).
            kind = "place"
        described = _apposition_kind(doc, i, j, sents)
        if described is None and kind != "organization" and _after_org_noun(toks, i, j):
            described = "organization"
        if described == "person" and (label in ("GPE", "LOC", "FAC") or place_rank(name)):
            # "In Tulsa, an unarmed man with his hands up": a place is no person whatever the parse attaches to it.
            described = None
        if described is not None and not titles:
            # "Instituto Gonzaga, a catholic school", "Herat, a city in the west": what the text calls it.
            kind = described
        elif (
            kind == "place"
            and label == "GPE"
            and j - i == 1
            and _used_as_company(toks[i])
            and not is_town(name)
            and not country_code(name)
        ):
            # "her Netflix special", "Alibaba's shares", "Bloomberg reported": a one-word "place" that no town or
            # region of any size is named (not "Flint", "Kenosha", "Xinjiang") and that has a spokesperson, shares or
            # a show, or reports news, is a company.
            kind = "organization"
        role_span = None
        if kind == "person" or titles:
            if titles:
                role_span = (titles[0].i, titles[-1].i + 1)
                before = _role_before(ent, titles[0].i, sents)
                if before is not None and before[1] == titles[0].i:
                    role_span = (before[0], role_span[1])
            else:
                role_span = _role_before(ent, i, sents) or _role_after(ent, j, sents) or _role_displaced(ent, i, sents)
        role = _role_text(doc, role_span) if role_span else None
        if kind == "person" and j - i == 1 and i > 0 and _is_title_word(toks[i - 1]):
            # "Professor Eastman", "Ms Bauchtman": the form the story uses for someone named by surname, with the
            # whole title ("Vice President Pence", "Deputy Prime Minister Fedorov", not "President Pence").
            name = f"{_title_before(toks, i - 1)} {name}"
        cands.append(_Candidate(label, i, j, kind, name, role, role_span))
    _relational_roles(doc, toks, cands)
    cands.extend(_employers(doc, toks, cands))
    cands.extend(_untagged_organisations(doc, ents, cands, sents))
    cands.extend(_named_by_org_noun(doc, ents, cands, sents))
    cands.extend(_gazetteer_places(doc, ents, sents))
    cands.extend(_region_codes(doc, cands, sents))
    cands.sort(key=lambda c: c.start)
    _name_with_region(toks, cands)
    roles = [c.role_span for c in cands if c.role_span]
    # A maker written alone besides its priced product is no fragment of it: the product is dropped, the maker stays
    # ("Apple AirPods Pro for $235 ... Apple said", review s17 round 3 MED-1).
    fragments = (_fragments(doc, cands, sents) - makers) | _product_lines(doc, sents)
    # A product's model word alone is the product too ("the Pro" after "MacBook Pro").
    product_words |= {k.rsplit(" ", 1)[1] for k in products if " " in k}
    # A thing's name that the document also uses as an actor's stays ("a NASA spacecraft ... NASA said"), unless the
    # text says outright what it names.
    used = {_key(c.name) for c in cands} if thing_names else set()
    things = {k for k, use in thing_names.items() if use == 2 or k not in used}
    # Only a document with a one-word organisation in capitals asks which capitals are common nouns.
    acronyms = any(c.kind == "organization" and c.end - c.start == 1 and c.name.isupper() for c in cands)
    common = _common_acronyms(sents) if acronyms else set()
    occasions = _occasions(toks, cands)
    kept: list[_Candidate] = []
    for c in cands:
        # Names inside a title ("Defense" in "Secretary of Defense") are part of the role, not actors,
        # unless they are places or groups ("US", "Polish") or multi-word names ("European Commission").
        inside = next(((s, e) for s, e in roles if s <= c.start and c.end <= e), None)
        # "Shadow Home" in "Shadow Home Secretary": a portfolio modifying the title word after it; a name tagged a
        # place is no portfolio ("Jefferies analyst Jonathan Matuszewski": the firm).
        if (
            inside
            and c.label not in ("EMPLOYER", "GPE")
            and c.kind == "organization"
            and not _is_acronym(c.name)
            and (c.end - c.start == 1 or (c.end < inside[1] and toks[c.end].lower_ in TITLE_WORDS))
        ):
            continue
        if _key(c.name) in fragments:
            continue
        if c.kind == "person" and (_key(c.name) in products or _key(c.name) in product_words):
            continue
        if _key(c.name) in priced or _key(c.name) in things:
            continue
        if c.kind != "person" and _key(c.name) in occasions:
            # "Since Diwali", "during Diwali": a holiday, no place, here and wherever else the document names it.
            continue
        if c.kind == "organization" and c.end - c.start == 1 and c.name in common and _key(c.name) not in speakers:
            # "USB" of "USB-C ports", "GPU" of "your CPU and GPU": letters the document uses as a common noun.
            continue
        if _key(c.name) in titled and _quoted(toks, c.start, c.end):
            continue
        if c.kind != "organization" and c.end - c.start == 1 and not c.role and _key(c.name) in companies:
            c.kind = "organization"
        kept.append(c)
    kept = _unglued(doc, kept, sents)
    same_as = _parenthesised(toks, kept)
    # Surnames of the document's people, whose plurals name families ("The Obamas"), not teams.
    family_names = surnames | {_key(toks[c.end - 1].text) for c in kept if c.kind == "person"}
    teams = _plural_teams(toks, kept, family_names)
    out: list[Mention] = []
    for c in kept:
        if c.cut == 0 and c.kind in ("person", "organization") and _sentence_period(c, sents):
            # "..., said Harrison Ford and Stephen Fry.": the tagger leaves the sentence's period on the name.
            c.name = c.name[:-1]
            if sents.texts[c.end - 1] == ".":
                c.end -= 1
            else:
                c.cut = 1
    for n, c in enumerate(kept):
        start, end = rep.span(toks[c.start].idx, toks[c.end - 1].idx + len(toks[c.end - 1].text) - c.cut)
        out.append(
            Mention(
                text=rep.original[start:end],
                name=c.name,
                kind=c.kind,
                start=start,
                end=end,
                document=document,
                role=c.role,
                label=THING_USE
                if c.label == "PERSON" and (_used_as_thing(toks, c, family_names) or _key(c.name) in teams)
                else NAMED_COMPANY
                if c.label in ("GPE", "LOC") and c.kind == "organization" and _after_org_noun(toks, c.start, c.end)
                else c.label,
                same_as=same_as.get(n),
            )
        )
    return out
