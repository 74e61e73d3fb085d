"""spaCy's entities repaired into names: spans joined again or widened ("Ursula von der" + "Leyen", "Joint
Council" + "for the Welfare of Immigrants"), and names the tagger missed (surnames repeated, "3M", acronyms defined
in parentheses, conjuncts of tagged names, "X, who ...")."""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from typing import TYPE_CHECKING

from extract.actors.kinds import _THING_TAILS
from extract.actors.lexicon import _BODY_HEADS, _TRADE_HEADS, FACILITY_HEADS, ORG_HEADS
from extract.actors.names import (
    DESIGNATORS,
    GAZETTEER_LABELS,
    HONORIFICS,
    NAME_LINKS,
    PARTICLES,
    TITLE_WORDS,
    _is_acronym,
    _is_title_word,
    _words,
    common_given_name,
    country_code,
    foreign_links,
    place_rank,
)
from extract.actors.places import _abbreviated_places
from extract.actors.splits import (
    _split_and,
    _split_commas,
    _split_for,
    _split_moved,
    _split_parenthesis,
    _split_place_person,
    _split_portfolio,
    _split_tail_person,
)
from extract.actors.teams import club_names
from extract.actors.things import _thing_use
from extract.actors.tokens import _capitalised, _Sents
from extract.repair import zipf

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token


def _entities(doc: Doc, sents: _Sents) -> list[Span]:
    """spaCy's entities, with names it split at a particle joined again ("Ursula von der" + "Leyen")."""
    from spacy.tokens import Span

    toks, texts = sents.toks, sents.texts
    ents = _possessive_names(doc, _abbreviated_places(doc, _dated_names(doc, list(doc.ents), sents), sents), sents)
    ents = club_names(doc, ents, texts)
    ents = _titled_names(doc, _regnal_names(doc, _officers_bodies(doc, ents, sents), sents), sents)
    ents = _title_noun_people(doc, ents, sents)
    ents = _nicknamed_people(doc, ents, sents)
    surnames = {texts[e.end - 1] for e in ents if e.label_ == "PERSON"}
    alone = {texts[e.start] for e in ents if len(e) == 1}
    out: list[Span] = []
    n = 0
    while n < len(ents):
        ent = ents[n]
        end = ent.end
        while (
            end < len(toks) and sents.lowers[end - 1] in PARTICLES and texts[end][:1].isupper() and toks[end].is_alpha
        ):
            end += 1
            if n + 1 < len(ents) and ents[n + 1].start < end:
                end = max(end, ents[n + 1].end)
                n += 1
        if ent.label_ == "PERSON" and end == ent.end:
            head = _name_head(ent.start, end, sents, alone)
            if head is not None:
                # "Erik" + "ten Hag", "Marc-André" + "ter" + "Stegen", "Yoon Suk" + "Yeol": the name runs on.
                end = head + 1
                while n + 1 < len(ents) and ents[n + 1].start < end and ents[n + 1].end <= end:
                    n += 1
        start = ent.start
        nxt = ents[n + 1] if n + 1 < len(ents) else None
        if (
            ent.label_ in ("GPE", "LOC")
            and nxt is not None
            and nxt.label_ in ("GPE", "LOC")
            and nxt.start == end
            and toks[end - 1].whitespace_ == " "
            and place_rank(sents.text(start, nxt.end)) >= 2
            and place_rank(sents.text(start, end)) < 2
        ):
            # "Navi" + "Mumbai": one place the gazetteer knows, of which the first part alone is none.
            end = nxt.end
            n += 1
        if ent.label_ == "PERSON" and len(ent) == 1 and start > 0:
            start = _given_name(ents, ent, out[-1].end if out else 0, sents)
        if ent.label_ == "PERSON" and end - start >= 2:
            end = _hyphenated_given_name(end, sents)
        if ent.label_ == "ORG":
            end = _org_tail(doc, end, sents)
            start = _org_head(doc, start, end, out[-1].end if out else 0, sents)
            nxt = ents[n + 1] if n + 1 < len(ents) else None
            if (
                nxt is not None
                and nxt.start == end
                and nxt.label_ == "GPE"
                and toks[end - 1].whitespace_ == " "
                and place_rank(texts[end - 1]) >= 3
                and end - start > 1
            ):
                # "Food Standards Australia New Zealand": a body of two countries names both.
                end = nxt.end
                n += 1
            elif (
                nxt is not None
                and nxt.start == end
                and nxt.label_ in ("GPE", "LOC", "ORG", "FAC")
                and sents.lowers[end - 1] in ("of", "for")
                and end - start > 1
            ):
                # "the U.S. Attorney's Office for the Western District of" + "New York": an organisation's name
                # does not end on its linking word; the place it links to is the rest of it.
                end = nxt.end
                n += 1
        if end - start <= 2:
            # Every split below cuts a name of three words or more: a shorter one is kept as it is.
            out.append(Span(doc, start, end, label=ent.label_))
            n += 1
            continue
        for part in (
            x
            for y in _split_portfolio(Span(doc, start, end, label=ent.label_), sents)
            for x in _split_parenthesis(y, sents)
        ):
            for piece in _split_commas(part, sents):
                for one in _split_and(piece, sents):
                    for two in (x for y in _split_for(one, sents) for x in _split_moved(y, sents)):
                        for three in _split_tail_person(two, sents):
                            out.extend(_split_place_person(three, sents, surnames))
        n += 1
    out = _national_branches(doc, out, sents)
    out = _defined_acronyms(doc, out, sents)
    out += _conjuncts(doc, out, toks)
    out += _capitalised_words(doc, out, sents)
    out += _numbered_names(doc, out, sents)
    out = _untagged_full_names(doc, out, sents)
    out = _aged_people(doc, out, sents)
    out = _untagged_speakers(doc, out, sents)
    out = _kin_names(doc, out, sents)
    # Every span is at least one token long: ``toks[e.end - 1]`` is ``e[-1]`` without building a Token.
    surnames = {
        last for e in out if e.label_ == "PERSON" and toks[e.end - 1].is_alpha and (last := texts[e.end - 1]).istitle()
    }
    full_names = {sents.text(e.start, e.end) for e in out if e.label_ == "PERSON" and len(e) > 1}
    # Surnames of full names that open on a given name ("Erik Hamren"), or of a person named by title and surname
    # ("Minister Petrov"): alone and tagged an organisation ("Hamren said", "Petrov said"), the same person, when the
    # word is a rare one (not "Ford" or "Apple") and stands alone.
    given_surnames = {
        texts[e.end - 1]
        for e in out
        if e.label_ == "PERSON"
        and texts[e.end - 1].istitle()
        and (
            (len(e) > 1 and common_given_name(sents.lowers[e.start]))
            or (len(e) == 1 and e.start > 0 and _is_title_word(toks[e.start - 1]))
        )
    }
    for n, e in enumerate(out):
        if (
            e.label_ == "ORG"
            and len(e) == 1
            and texts[e.start] in given_surnames
            and zipf(sents.lowers[e.start]) < _NAME_WORD_ZIPF
            and not (e.start > 0 and texts[e.start - 1][:1].isupper() and not sents.is_start(e.start))
            and not (e.end < len(texts) and texts[e.end][:1].isupper())
        ):
            out[n] = e = Span(doc, e.start, e.end, label="PERSON")
        # spaCy tags some full names PRODUCT ("Dries Mertens"); the same full name tagged PERSON elsewhere tells, or
        # the surname tagged PERSON when both words are rare as common words ("Google Chrome", "Magic Mouse" and
        # "World Cup" are no names).
        # So are initials and a surname after a title word ("chairman N Chandrasekaran").
        if e.label_ in GAZETTEER_LABELS and (
            (
                1 < len(e) <= 3
                and texts[e.end - 1] in surnames
                and texts[e.start].istitle()
                and (
                    sents.text(e.start, e.end) in full_names
                    or (zipf(toks[e.start].lower_) < _NAME_WORD_ZIPF and zipf(toks[e.end - 1].lower_) < _NAME_WORD_ZIPF)
                )
            )
            or _initialled_name(e.start, e.end, sents)
        ):
            out[n] = Span(doc, e.start, e.end, label="PERSON")
    products = {texts[e.end - 1] for e in out if e.label_ == "PRODUCT" and len(e) > 1}
    if products:
        # "Google Chrome ... tied with Chrome": the product's short name, which the tagger takes for a person,
        # unless it is the surname of a full name tagged PERSON too.
        surnames = {texts[e.end - 1] for e in out if e.label_ == "PERSON" and len(e) > 1}
        out = [
            e
            for e in out
            if not (
                e.label_ == "PERSON" and len(e) == 1 and (text := texts[e.start]) in products and text not in surnames
            )
        ]
    out += _who_people(doc, out, sents)
    out += _titled_surnames(doc, out, sents)
    return sorted(out + _surnames(doc, out, sents) + _company_repeats(doc, out, sents), key=lambda e: e.start)


def _initialled_name(start: int, end: int, sents: _Sents) -> bool:
    """ "Tata Motors chairman N Chandrasekaran said": initials without their dots ("N", "AK") and a rare capitalised
    word after a lowercase title word are a person's name, Indian style, though the tagger calls it a product (probe
    s30 P213: no actor, and the claim had no source)."""
    texts, lowers = sents.texts, sents.lowers
    if not 2 <= end - start <= 3 or start == 0 or not texts[start - 1].islower():
        return False
    if lowers[start - 1] not in TITLE_WORDS:
        return False
    initials, last = texts[start : end - 1], texts[end - 1]
    return (
        all(1 <= len(w.rstrip(".")) <= 2 and w.rstrip(".").isalpha() and w.rstrip(".").isupper() for w in initials)
        and last.istitle()
        and last.isalpha()
        and zipf(lowers[end - 1]) < _NAME_WORD_ZIPF
    )


_QUOTES = frozenset(('"', "\u201c", "\u201d", "'", "\u2018", "\u2019"))


def _nicknamed_people(doc: Doc, ents: list[Span], sents: _Sents) -> list[Span]:
    """'found Sean "Diddy" Combs not guilty', 'Dwayne "The Rock" Johnson': a given name, a nickname of one to three
    capitalised words in quote marks, and a capitalised surname are one person, whatever the tagger made of the pieces
    (probe s30 P141: "Sean" a people, 'Diddy" Combs' a work, and no actor Combs)."""
    from spacy.tokens import Span

    toks, texts, lowers = sents.toks, sents.texts, sents.lowers
    found: list[Span] = []
    for k in range(len(toks) - 4):
        if texts[k + 1] not in _QUOTES or not (common_given_name(lowers[k]) or _known_given_name(lowers[k])):
            continue
        # The nickname's quote marks stand apart from the names ("James' Tom" is a possessive).
        if not (texts[k].istitle() and texts[k].isalpha() and toks[k].whitespace_):
            continue
        close = next((x for x in range(k + 3, min(k + 6, len(toks))) if texts[x] in _QUOTES), None)
        if close is None or close + 1 >= len(toks) or not toks[close].whitespace_:
            continue
        nick = range(k + 2, close)
        last = close + 1
        if not all(texts[x][:1].isupper() and texts[x].replace(".", "").isalpha() for x in nick):
            continue
        if not (texts[last].istitle() and texts[last].isalpha() and toks[last].pos_ == "PROPN"):
            continue
        if (
            toks[last].ent_type_ in ("DATE", "TIME", "GPE", "LOC")
            or lowers[last] in _CALENDAR_WORDS
            or place_rank(texts[last]) >= 2
            or lowers[last] in ORG_HEADS
        ):
            # 'told Mark "Get Out" Monday night', 'Voters in May "Leave" Britain': a quotation before a date or a
            # place, no nickname (review s30 revA R16).
            continue
        if last + 1 < len(toks) and texts[last + 1][:1].isupper() and texts[last + 1].isalpha():
            continue
        found.append(Span(doc, k, last + 1, label="PERSON"))
    if not found:
        return ents
    kept = [e for e in ents if not any(f.start < e.end and e.start < f.end for f in found)]
    return sorted(kept + found, key=lambda e: e.start)


# Dashes that end a dateline's date ("BUENOS AIRES, Sept 8 - President Milei and his party ...").
_DATELINE_DASHES = frozenset(("-", "\u2013", "\u2014", "--"))


def _dated_names(doc: Doc, ents: list[Span], sents: _Sents) -> list[Span]:
    """ "BUENOS AIRES, Sept 8 - President Milei and his party suffered ...": a date the tagger runs on past a dateline's
    dash into the lead's titled name ("Sept 8 - President Milei" tagged a date) ends at the dash; the capitalised title
    and name after it are a person (lead s30 L1: Milei was no actor, and no speaker of his quote, in that story)."""
    from spacy.tokens import Span

    texts, lowers = sents.texts, sents.lowers
    out: list[Span] = []
    for e in ents:
        dash = next((k for k in range(e.start + 1, e.end - 2) if texts[k] in _DATELINE_DASHES), None)
        if e.label_ not in ("DATE", "TIME") or dash is None:
            out.append(e)
            continue
        start = dash + 1
        words = range(start, e.end)
        if (
            lowers[start] in TITLE_WORDS
            # "Sept 8 - General Motors", "Admiral Group": a company's name opened by a title word (review s30 revA R14).
            and lowers[e.end - 1] not in ORG_HEADS
            and lowers[e.end - 1] not in _BODY_HEADS
            and lowers[e.end - 1] not in _TRADE_HEADS
            and texts[start][:1].isupper()
            and all(texts[k][:1].isupper() and texts[k].replace(".", "").isalpha() for k in words)
            and lowers[e.end - 1] not in TITLE_WORDS
        ):
            out.append(Span(doc, e.start, dash, label=e.label_))
            out.append(Span(doc, start, e.end, label="PERSON"))
        else:
            out.append(e)
    return out


# Head nouns of bodies and buildings named after whom they serve ("Magistrates' Court", "Children's Hospital").
_SERVING_HEADS = (
    ORG_HEADS | FACILITY_HEADS | _words("court courts hospital school church clinic museum library trust fund club")
)
_POSSESSIVES = frozenset(("'s", "\u2019s", "'", "\u2019"))


def _possessive_names(doc: Doc, ents: list[Span], sents: _Sents) -> list[Span]:
    """ "Westminster Magistrate's" + "Court", "Boston Children's" + "Hospital": a name of two words or more the tagger
    cut after a common noun's possessive, before the head noun of the body it names, is one name; a lone name's
    possessive ("Harvard's" + "Kennedy School") and a place's or a person's stay the owner's."""
    from spacy.tokens import Span

    toks, texts = sents.toks, sents.texts
    out: list[Span] = []
    n = 0
    while n < len(ents):
        e = ents[n]
        nxt = ents[n + 1] if n + 1 < len(ents) else None
        # The head after the possessive, tagged alone as an organisation or a building, or not tagged.
        joined = nxt is not None and nxt.start == e.end and len(nxt) == 1 and nxt.label_ in ("ORG", "FAC")
        if (
            e.label_ in ("ORG", "FAC")
            and e.end < len(toks)
            and (joined or toks[e.end].ent_iob_ == "O")
            and texts[e.end - 1] in _POSSESSIVES
            and sum(t.is_alpha and t.lower_ != "the" for t in toks[e.start : e.end - 1]) >= 2
            and toks[e.end].is_title
            and sents.lowers[e.end] in _SERVING_HEADS
            and _common_possessor(toks[e.end - 2])
        ):
            out.append(Span(doc, e.start, e.end + 1, label="ORG"))
            n += 2 if joined else 1
            continue
        out.append(e)
        n += 1
    return out


# A monarch's title before a given name and a regnal number ("King Abdullah II", "Queen Margrethe II").
_MONARCHS = frozenset(("King", "Queen", "Pope", "Emperor"))
_NUMERAL = re.compile(r"[IVX]{1,5}")


def _regnal_names(doc: Doc, ents: list[Span], sents: _Sents) -> list[Span]:
    """ "Jordan's King Abdullah II met President Trump": a monarch's title, one or two capitalised names and a regnal
    number name a monarch, whom the small tagger may leave untagged; the name with its number is a person (the title
    becomes the role), unless the tagger tagged a person there already ("King Charles III")."""
    from spacy.tokens import Span

    texts = sents.texts
    people = {k for e in ents if e.label_ == "PERSON" for k in range(e.start, e.end)}
    found: list[tuple[int, int]] = []
    for i in range(len(texts) - 2):
        if texts[i] not in _MONARCHS:
            continue
        k = i + 1
        while (
            k < len(texts)
            and k - i <= 2
            and texts[k].istitle()
            and texts[k].isalpha()
            and not _NUMERAL.fullmatch(texts[k])
        ):
            k += 1
        if k == i + 1 or k >= len(texts) or not _NUMERAL.fullmatch(texts[k]) or texts[k] == "I":
            continue
        if any(x in people for x in range(i + 1, k + 1)):
            continue
        if (k + 1 < len(texts) and texts[k + 1][:1].isupper() and texts[k + 1].isalpha()) or (
            i > 0 and sents.lowers[i - 1] == "the"
        ):
            # "King Edward VII Hospital", "the Queen Elizabeth II Bridge", "The Queen Mary II sailed": a place, a body
            # or a ship named after a monarch (review s21 r3a HIGH-8).
            continue
        if any(e.start < k + 1 and i < e.end and (e.start < i or e.end > k + 1) for e in ents):
            continue  # a name the tagger found runs on past the monarch's ("King Edward VI School")
        found.append((i + 1, k + 1))
    if not found:
        return ents
    kept = [e for e in ents if not any(e.start < end and start < e.end for start, end in found)]
    return sorted(kept + [Span(doc, start, end, label="PERSON") for start, end in found], key=lambda e: e.start)


def _officers_bodies(doc: Doc, ents: list[Span], sents: _Sents) -> list[Span]:
    """ "the U.S. Attorney's Office for the Western District of New York", "the Cook County Sheriff's Office": a body
    named after its officer, which the tagger cuts after the possessive ("Office for the Western District of ..."),
    is one name with the officer's title and the words before it (an everyday word before the possessive, as
    "Attorney", "Sheriff": not a person's name, "Trump's Office")."""
    from spacy.tokens import Span

    toks, texts = sents.toks, sents.texts
    out = list(ents)
    for e in ents:
        k = e.start - 1  # the possessive
        if (
            e.label_ != "ORG"
            or k < 2
            or sents.lowers[e.start] not in _BODY_HEADS
            or texts[k] not in _POSSESSIVES
            or toks[k - 1].whitespace_
            or not _common_possessor(toks[k - 1])
        ):
            continue
        start = k - 1
        floor = sents.bounds(e.start)[0]
        while start > floor and toks[start - 1].pos_ == "PROPN" and not toks[start - 1].is_punct:
            start -= 1
        out = [x for x in out if not (start <= x.start < e.start)]
        out[out.index(e)] = Span(doc, start, e.end, label="ORG")
    return sorted(out, key=lambda x: x.start)


def _titled_names(doc: Doc, ents: list[Span], sents: _Sents) -> list[Span]:
    """ "Det Supt" + "John Smith", "Det Insp" + "Sarah Cole": titles the tagger tagged as a person of their own, right
    before the person's name, are one name with it, whose titles become the role (British style writes ranks without
    their dot)."""
    from spacy.tokens import Span

    toks, texts = sents.toks, sents.texts
    out: list[Span] = []
    n = 0
    while n < len(ents):
        e = ents[n]
        nxt = ents[n + 1] if n + 1 < len(ents) else None
        if (
            nxt is not None
            and e.label_ == nxt.label_ == "PERSON"
            and nxt.start - e.end <= 3
            # "Det" + "Chief Insp" + "Mark Lee": untagged title words may stand between (review s21 r3a LOW-7).
            and (
                all(_rank_word(toks[k]) for k in range(e.start, nxt.start))
                # "Lady Justice" + "Carr", "Lord Justice" + "Leveson": an everyday word before the title word.
                or (
                    nxt.start == e.end
                    and _rank_word(toks[e.end - 1])
                    and all(_rank_word(toks[k]) or _common_possessor(toks[k]) for k in range(e.start, e.end - 1))
                )
            )
        ):
            out.append(Span(doc, e.start, nxt.end, label="PERSON"))
            n += 2
            continue
        if (
            nxt is not None
            and e.label_ in ("PERSON", "ORG", "GPE")
            and nxt.label_ in ("LOC", "FAC", "GPE")
            and nxt.start == e.end + 1
            and len(nxt) == 1
            and texts[e.end] in _POSSESSIVES
            and not toks[e.end - 1].whitespace_
            and _common_place_word(toks[nxt.start])
        ):
            # "on Martha's Vineyard", "Fisherman's Wharf": a common noun after a name's possessive, tagged a place
            # alone, is the place's name with the possessive; a place's own name after it ("China's Xinjiang") is not.
            out.append(Span(doc, e.start, nxt.end, label=nxt.label_))
            n += 2
            continue
        out.append(e)
        n += 1
    return out


def _title_noun_people(doc: Doc, ents: list[Span], sents: _Sents) -> list[Span]:
    """ "Coach Pep Guardiola insisted", "Striker Erling Haaland" (tagged an organisation), "Actor Tom Hanks" (the
    tagger left the title out): a capitalised title word or everyday noun for a person (see ``trim._title_noun``)
    opening a run of two or three capitalised proper nouns is a person's title, and the run the person's name. The
    span is given from the title on, which ``trim`` cuts off into the role. Untagged or tagged an organisation, the
    run must read as a person's: its last word a name, rare as a common word and no head noun of a body, building or
    place ("Major League Baseball", "Queen Elizabeth Park" stay what they are), and its first word a given name or,
    untagged, its last word written alone elsewhere, not opening a sentence ("... Guardiola said"; review s25 r2
    finding 1: "Baseball fans cheered" is no such mention)."""
    from spacy.tokens import Span

    from extract.actors.trim import _title_noun

    toks, texts, lowers = sents.toks, sents.texts, sents.lowers
    at = {k: e for e in ents for k in range(e.start, e.end)}
    changed: dict[int, Span | None] = {}
    added: list[Span] = []
    for k in range(len(texts) - 2):
        own = at.get(k)
        if (own is not None and (own.start != k or own.label_ != "ORG")) or not texts[k].istitle():
            continue
        if k > 0 and texts[k - 1][:1].isupper() and not sents.is_start(k):
            continue  # the word is inside a longer capitalised phrase ("Shadow Home Secretary Yvette Cooper")
        if toks[k].pos_ not in ("PROPN", "NOUN"):
            continue
        stop = sents.bounds(k)[1]
        end = k + 1
        while (
            end < stop and end - k <= 4 and texts[end].istitle() and texts[end].isalpha() and toks[end].pos_ == "PROPN"
        ):
            end += 1
        if not 3 <= end - k <= 4 or (end < stop and texts[end][:1].isupper()):
            continue
        if not (lowers[k] in TITLE_WORDS or _title_noun(k, end, sents)):
            continue
        inside = {id(e): e for x in range(k, end) if (e := at.get(x)) is not None}
        if len(inside) > 1:
            continue
        e = next(iter(inside.values()), None)
        if e is not None and (e.start != k + 1 and e.start != k or e.end != end):
            continue
        if e is not None and e.label_ == "PERSON":
            if lowers[k] not in TITLE_WORDS:  # a title word before a tagged person is the role's already
                changed[id(e)] = Span(doc, k, end, label="PERSON")
            continue
        if e is not None and e.label_ != "ORG":
            continue
        first, last = lowers[k + 1], texts[end - 1]
        low = lowers[end - 1]
        titled = lowers[k] in TITLE_WORDS or lowers[k + 1] in TITLE_WORDS
        if titled:
            # A title word proper ("Air Marshal Smith", "Field Marshal Montgomery", "Deputy Marshal Jones"; review s25
            # r3 finding 3): a person whatever the surname's frequency, unless a word of the rest heads a body, a
            # building or a place ("Major League Baseball") or the run is where something happens ("at Queen Elizabeth
            # Park").
            name_words = [x for x in range(k + 1, end) if lowers[x] not in TITLE_WORDS]
            if (
                low in TITLE_WORDS
                or any(
                    lowers[x] in ORG_HEADS
                    or lowers[x] in FACILITY_HEADS
                    or lowers[x] in _BODY_HEADS
                    or lowers[x] in _THING_TAILS
                    for x in name_words
                )
                or _place_object(toks[end - 1])
            ):
                continue
        elif (
            zipf(low) >= _NAME_WORD_ZIPF
            or low in ORG_HEADS
            or low in FACILITY_HEADS
            or low in _BODY_HEADS
            or place_rank(last)
        ):
            continue
        alone = e is None and any(
            texts[x] == last
            and not sents.is_start(x)
            and not (x > 0 and texts[x - 1][:1].isupper())
            and not (x + 1 < len(texts) and texts[x + 1][:1].isupper())
            for x in range(len(texts))
            if not k <= x < end
        )
        if not (titled or common_given_name(first) or alone):
            continue
        if e is not None:
            changed[id(e)] = Span(doc, k, end, label="PERSON")
        else:
            added.append(Span(doc, k, end, label="PERSON"))
        for x in ents:
            # The surname alone, tagged an organisation as the run was ("Guardiola said"), is the person too.
            if x.label_ == "ORG" and len(x) == 1 and texts[x.start] == last and not k <= x.start < end:
                changed[id(x)] = Span(doc, x.start, x.end, label="PERSON")
    if not changed and not added:
        return ents
    out = [changed.get(id(e), e) for e in ents]
    return sorted([e for e in out if e is not None] + added, key=lambda e: e.start)


# Prepositions of where something happens, whose object is a place ("at Queen Elizabeth Park").
_PLACE_PREPOSITIONS = frozenset(("at", "in", "near", "outside", "inside"))


def _place_object(tok: Token) -> bool:
    """The run ending on ``tok`` is the object of a preposition of place, as a park or a hall is."""
    root = tok
    while root.dep_ == "compound" and root.head.i > root.i:
        root = root.head
    return root.dep_ == "pobj" and root.head.lower_ in _PLACE_PREPOSITIONS


def _common_place_word(tok: Token) -> bool:
    """A capitalised everyday word that names no region or city ("Vineyard", "Wharf"; not "Xinjiang", "Siberia";
    small towns share many everyday words: a town Vineyard is in Utah)."""
    return tok.is_title and tok.is_alpha and zipf(tok.lower_) >= 3.0 and not place_rank(tok.text)


def _rank_word(tok: Token) -> bool:
    """A title word or its dot, capitalised ("Det", "Chief", "Insp", "Supt"), portfolios' words included ("Chief")."""
    return tok.text == "." or _is_title_word(tok) or (tok.text[:1].isupper() and tok.lower_.rstrip(".") in TITLE_WORDS)


def _common_possessor(tok: Token) -> bool:
    """A capitalised frequent word, no place or given name: a common noun, as for people ("Magistrate", "Children",
    "Veterans"), though the test is frequency only ("Reserve" and "Times" pass too)."""
    low = tok.lower_
    return (
        tok.is_title and tok.is_alpha and zipf(low) >= 3.5 and not place_rank(tok.text) and not common_given_name(low)
    )


# Verbs whose subject reports or states something (the pipeline has no lemmas): a name of digits and capitals before
# one is a company's.
_STATING = _words(
    """say says said tell tells told announce announces announced report reports reported state states stated
    confirm confirms confirmed deny denies denied add adds added warn warns warned claim claims claimed"""
)


def _numbered_names(doc: Doc, ents: Sequence[Span], sents: _Sents) -> list[Span]:
    """ "3M said": the tokenizer cuts a name of digits and capitals in two ("3" + "M") and the tagger tags neither,
    so the cue's subject is "M". Such a pair with no space inside, as the subject of a verb of saying, is an
    organisation's name; elsewhere it is more often a unit, a network or a format ("$3M", "5G", "4K", "3D")."""
    from spacy.tokens import Span

    toks, texts = sents.toks, sents.texts
    pairs = [
        k
        for k in range(len(toks) - 1)
        if texts[k].isdigit()
        and not toks[k].whitespace_
        and texts[k + 1].isalpha()
        and texts[k + 1][:1].isupper()
        and (k == 0 or not toks[k - 1].is_currency)
        and not any(e.start <= k + 1 and k < e.end and e.label_ != "CARDINAL" for e in ents)
    ]
    # Once the text makes the name a speaker, its other uses are the company too ("3M shares fell").
    names = {
        texts[k] + texts[k + 1] for k in pairs if toks[k + 1].dep_ == "nsubj" and toks[k + 1].head.lower_ in _STATING
    }
    return [Span(doc, k, k + 2, label="ORG") for k in pairs if texts[k] + texts[k + 1] in names]


_NAME_WORD_ZIPF = 3.8


# Lowercase words after a hyphen that make a name a modifier ("Al Gore-era", "Ted Cruz-like"), not a given name's.
_COMPOUND_TAILS = _words("era run like free type born made wide less ish")


def _hyphenated_given_name(end: int, sents: _Sents) -> int:
    """Where a full name ends whose given name of two syllables the tagger cut at the hyphen ("president Moon Jae" +
    "-in", "Yoon Suk" + "-yeol"): a short capitalised syllable, a glued hyphen, a short lowercase one that is no
    compound tail ("Al Gore-era"). A participle after the hyphen ("Rand Paul-led") is cut again by ``_trim``."""
    toks, texts = sents.toks, sents.texts
    if end + 1 >= len(toks) or texts[end] != "-" or toks[end - 1].whitespace_ or toks[end].whitespace_:
        return end
    first, second = texts[end - 1], texts[end + 1]
    if (
        len(first) <= 4
        and first.istitle()
        and first.isalpha()
        and len(second) <= 4
        and second.isalpha()
        and second.islower()
        and second not in _COMPOUND_TAILS
    ):
        return end + 2
    return end


def _given_name(ents: Sequence[Span], ent: Span, floor: int, sents: _Sents) -> int:
    """Where a surname tagged alone starts when the tagger left the given name before it outside ("Adolf" of
    "Adolf Hitler"): a capitalised proper noun compounded to it, no title, not opening the sentence, written
    nowhere in lowercase, before a surname the tagger calls a person at least twice in the document."""
    toks = sents.toks
    tok = toks[ent.start - 1]
    if (
        tok.i < floor
        or tok.ent_iob_ != "O"
        or tok.tag_ != "NNP"
        or tok.dep_ != "compound"
        or tok.head.i != ent.start
        or not tok.is_title
        or not tok.is_alpha
        or sents.is_start(tok.i)
        or _is_title_word(tok)
        or zipf(tok.lower_) >= _NAME_WORD_ZIPF
    ):
        return ent.start
    text, low = ent.text, tok.lower_
    if sum(e.label_ == "PERSON" and e.text == text for e in ents) < 2 or low in sents.texts:
        return ent.start
    return ent.start - 1


def _national_branches(doc: Doc, ents: list[Span], sents: _Sents) -> list[Span]:
    """ "the company Hitwise UK's": an untagged brand (a word rare in English) before a country is that brand's
    national branch, an organisation, not the country."""
    from spacy.tokens import Span

    toks = sents.toks
    covered = {k for e in ents for k in range(e.start, e.end)}
    out = []
    for e in ents:
        k = e.start - 1
        if e.label_ != "GPE" or len(e) > 2 or k < 0 or k in covered or sents.is_start(k):
            out.append(e)
            continue
        tok = toks[k]
        if (
            tok.pos_ == "PROPN"
            and tok.dep_ == "compound"
            and e.start <= tok.head.i < e.end
            and tok.is_alpha
            and tok.text[:1].isupper()
            and tok.lower_ not in TITLE_WORDS
            and zipf(tok.lower_) < _BRAND_ZIPF
            and (country_code(e.text) or _is_acronym(e.text))
        ):
            out.append(Span(doc, k, e.end, label="ORG"))
        else:
            out.append(e)
    return out


# A brand's name is a word English text hardly uses otherwise ("Hitwise"), unlike "Northern" or "Air".
_BRAND_ZIPF = 3.0


def _org_head(doc: Doc, start: int, end: int, floor: int, sents: _Sents) -> int:
    """Start of an organisation's name the tagger began too late: "Doctor Who" + "Society of Canada"."""
    toks = sents.toks
    floor = max(floor, sents.bounds(start)[0])
    first = start + (toks[start].lower_ == "the")
    if toks[first].lower_ not in ORG_HEADS and toks[first].lower_ not in DESIGNATORS:
        # Only a name that opens on its organisation noun lacks its modifiers ("Black Friday Apple deals").
        return start
    start = first
    while start - 1 > floor:
        tok = toks[start - 1]
        if not (
            tok.pos_ == "PROPN"
            and tok.dep_ == "compound"
            and tok.is_alpha
            and tok.text[:1].isupper()
            and start <= tok.head.i < end
            and not tok.ent_type_
            and tok.lower_ not in TITLE_WORDS
            and tok.lower_ not in HONORIFICS
        ):
            break
        start -= 1
    return start


def _defined_acronyms(doc: Doc, ents: list[Span], sents: _Sents) -> list[Span]:
    """ "Movimento 5 Stelle (M5S)": a name defined by the acronym after it is one organisation, whatever pieces the
    tagger made of it; the acronym's letters must start the name's words in order (Schwartz and Hearst)."""
    from spacy.tokens import Span

    toks, texts = sents.toks, sents.texts
    tagged = {e.start: e for e in ents}
    for i in range(2, len(toks) - 1):
        if texts[i - 1] != "(" or texts[i + 1] != ")" or not _is_acronym(texts[i]):
            continue
        tok = toks[i]
        letters = [c.lower() for c in tok.text if c.isalnum()]
        end = i - 1
        k, li = end - 1, len(letters) - 1
        while k >= 0 and li >= 0 and end - k <= len(letters) + 4:
            t = toks[k]
            if t.is_lower and (t.lower_ in NAME_LINKS or t.lower_ in ("and", "the", "&")) or t.text == "-":
                k -= 1
            elif t.text[:1].lower() == letters[li] and (t.is_title or t.is_upper or t.like_num):
                li -= 1
                k -= 1
            else:
                break
        start = k + 1
        if li >= 0 or start >= end or not (toks[start].is_title or toks[start].is_upper):
            continue
        inside = [e for e in ents if e.start < end and e.end > start]
        if any(e.start < start or e.end > end for e in inside) or any((e.start, e.end) == (start, end) for e in inside):
            continue
        if not inside and i not in tagged:
            # Only names the tagger saw something of: "Gross Domestic Product (GDP)" is no actor.
            continue
        if any(e.label_ == "PERSON" and e.end - e.start > 1 for e in inside):
            continue
        ents = [e for e in ents if e not in inside]
        ents.append(Span(doc, start, end, label="ORG"))
        if i not in tagged:
            ents.append(Span(doc, i, i + 1, label="ORG"))
    return sorted(ents, key=lambda e: e.start)


def _capitalised_words(doc: Doc, ents: Sequence[Span], sents: _Sents) -> list[Span]:
    """ "the FIRST Global Challenge": an everyday word in capitals inside a lowercase sentence, opening a
    capitalised name, is an organisation's acronym (the tagger calls it an ordinal)."""
    from spacy.tokens import Span

    covered = {k for e in ents if e.label_ not in ("ORDINAL", "CARDINAL") for k in range(e.start, e.end)}
    out: list[Span] = []
    # spaCy's shape flags are ``str.isupper``, ``isalpha`` ... of the text: asked of the strings, no Token is read.
    texts = sents.texts
    for i in range(1, len(texts) - 1):
        text = texts[i]
        if not (text.isupper() and text.isalpha() and len(text) >= 3) or i in covered:
            continue
        prev, nxt = texts[i - 1], texts[i + 1]
        if prev.islower() and prev.isalpha() and nxt.istitle() and nxt.isalpha() and zipf(sents.lowers[i]) >= 3.0:
            out.append(Span(doc, i, i + 1, label="ORG"))
    return out


def _conjuncts(doc: Doc, ents: Sequence[Span], toks: Sequence[Token]) -> list[Span]:
    """ "NTU Hospital Station or Shandao Station", "the State and Homeland Security Departments": an untagged name
    that the parser coordinates with a tagged one is a name of the same sort."""
    from spacy.tokens import Span

    covered = {k for e in ents for k in range(e.start, e.end)}
    n_tok = len(doc)
    out: list[Span] = []
    for e in ents:
        if e.label_ not in ("PERSON", "ORG", "GPE", "LOC", "FAC") or e.end + 1 >= n_tok:
            continue
        if toks[e.end].lower_ not in ("and", "or"):
            continue
        k = end = e.end + 1
        while (
            end < n_tok
            and end not in covered
            and toks[end].pos_ == "PROPN"
            and toks[end].is_title
            and toks[end].is_alpha
            and not toks[end].is_stop
        ):
            end += 1
        # A shared head after the run belongs to both names ("Departments"), not to the second alone.
        while end > k and not (toks[end - 1].dep_ == "conj" or k <= toks[end - 1].head.i < end - 1):
            end -= 1
        if end == k or not any(toks[x].dep_ == "conj" and e.start <= toks[x].head.i < e.end for x in range(k, end)):
            continue
        if (
            toks[k].lower_ in TITLE_WORDS
            or toks[k].lower_ in HONORIFICS
            or (end - k == 1 and len(toks[k].text) <= 3 and end < n_tok and toks[end].text == ".")
        ):
            # "and Hon. Funke Adedoyin": a title or an abbreviation opens the next name, it is none.
            continue
        out.append(Span(doc, k, end, label=e.label_))
    out.extend(_conjuncts_before(doc, ents, toks, covered))
    return out


def _untagged_full_names(doc: Doc, ents: list[Span], sents: _Sents) -> list[Span]:
    """ "Minister of Health Ana Reyes and Minister of Finance Paulo Dias announced ... Reyes said": a given name and a
    surname the tagger left untagged, or whose surname alone it tagged, when the document vouches for the pair: the
    surname is tagged alone (elsewhere, or here with the given name left out), or the pair is coordinated with a
    tagged person ("... and ... Paulo Dias"). The pair is what the parse joins: its words hang on its last one
    ("Health" before it is the object of "of", no part of it); the first word is a common given name and the last a
    rare word that heads no body, building or place."""
    from spacy.tokens import Span

    toks, texts, lowers = sents.toks, sents.texts, sents.lowers
    at = {k: e for e in ents for k in range(e.start, e.end)}
    alone = {texts[e.start]: e for e in ents if len(e) == 1 and e.label_ in ("PERSON", "ORG")}
    people = [e for e in ents if e.label_ == "PERSON" and len(e) > 1]
    found: list[Span] = []
    for last in range(1, len(toks)):
        text = texts[last]
        if not (text[:1].isupper() and text.isalpha()):
            continue  # the strings first: most words are no name's, and a Token's attributes cost more
        tok = toks[last]
        own = at.get(last)
        if (own is not None and (len(own) > 1 or own.label_ not in ("PERSON", "ORG"))) or not _name_word(tok):
            continue
        if tok.dep_ == "compound" and tok.head.i == last + 1:
            continue
        low = lowers[last]
        # A surname the tagger calls a person may be a common word ("Anders" + "Lee" tagged alone), as may one after
        # a noun for a person ("Liverpool boss Arne Slot").
        common = zipf(low) >= _NAME_WORD_ZIPF and (own is None or own.label_ != "PERSON")
        if low in ORG_HEADS or low in FACILITY_HEADS or low in _BODY_HEADS:
            continue
        if low in _THING_TAILS or place_rank(texts[last]):
            continue
        # The surname the tagger calls a person where it stands alone ("... Djokovic said") vouches for a rare first
        # word before it that it tagged a body alone or not at all ("Novak" + "Djokovic beat Carlos Alcaraz"): a given
        # name no list holds (probe s30 P91: the lone "Djokovic" then read as a fragment of "Novak Djokovic", no actor).
        tagged_alone = own is None and texts[last] in alone and alone[texts[last]].label_ == "PERSON"
        start = last
        while (
            start > 0
            and last - start < 2
            and (start - 1 not in at or (tagged_alone and _slipped_given_name(at[start - 1])))
            and _name_word(toks[start - 1])
            and toks[start - 1].dep_ == "compound"
            and toks[start - 1].head.i == last
        ):
            start -= 1
        hyphened = start < last and _hyphened_given_name(start, sents)
        if hyphened:
            start -= 2  # "Yet-Ming Chiang": a given name of two capitalised parts
        elif (
            start == last
            or not (common_given_name(lowers[start]) or (tagged_alone and _rare_first_word(toks[start])))
            or lowers[start] in TITLE_WORDS
        ):
            continue
        if common and (hyphened or not _after_role_noun(start, sents)):
            continue
        if lowers[start] in _CALENDAR_WORDS or (
            zipf(low) >= _NAME_WORD_ZIPF and start > 0 and toks[start - 1].pos_ == "ADP"
        ):
            # "In May Lee won the seat": a month or a weekday is no given name, and after a preposition a common
            # surname's given name may be the object's last word (review s26 rev4 MED).
            continue
        if last + 1 < len(toks) and texts[last + 1][:1].isupper():
            continue
        if hyphened and (texts[last] not in alone or alone[texts[last]].label_ != "PERSON"):
            continue  # a hyphened first part wants the surname tagged a person alone ("... Chiang said")
        vouched = (
            texts[last] in alone
            or any(toks[x].dep_ == "conj" and toks[x].head.i == last for e in people for x in range(e.start, e.end))
            or _after_role_noun(start, sents)
            or _speaker_alone(texts[last], start, last + 1, sents)
        )
        if vouched:
            found.append(Span(doc, start, last + 1, label="PERSON"))
    if not found:
        return ents
    kept = [e for e in ents if not any(f.start <= e.start < f.end for f in found)]
    return sorted(kept + found, key=lambda e: e.start)


def _slipped_given_name(e: Span) -> bool:
    """A one-word entity tagged a body that may be a given name the tagger did not know ("Novak")."""
    return len(e) == 1 and e.label_ == "ORG"


def _rare_first_word(tok: Token) -> bool:
    """A first word rare in English that names no place ("Novak"; not "Apple", "Paris" or "Texas")."""
    return zipf(tok.lower_) < _NAME_WORD_ZIPF and not place_rank(tok.text) and tok.lower_ not in ORG_HEADS


def _after_role_noun(k: int, sents: _Sents) -> bool:
    """The word before token ``k`` is a lowercase noun for a person or a title word ("Arsenal boss", "defence
    minister", "the economist"): what follows names a person."""
    from extract.actors.roles import _is_role_head

    if k == 0 or sents.is_start(k):
        return False
    prev = sents.toks[k - 1]
    return prev.is_lower and prev.pos_ == "NOUN" and _is_role_head(prev)


def _speaker_alone(word: str, start: int, end: int, sents: _Sents) -> bool:
    """ "Mikel Arteta praised ... Arteta said he": ``word`` stands alone elsewhere (outside ``start``-``end``; no
    capitalised word right after it, nor before it inside a sentence) as the subject of a verb of saying."""
    toks, texts = sents.toks, sents.texts
    return any(
        texts[x] == word
        and not start <= x < end
        and toks[x].dep_ == "nsubj"
        and toks[x].head.lower_ in _STATING
        and not (x + 1 < len(texts) and texts[x + 1][:1].isupper())
        and not (x > 0 and texts[x - 1][:1].isupper() and not sents.is_start(x))
        for x in range(len(texts))
    )


# Pronouns of what a speaker says of itself: a body's, a person's.
_NEUTER = _words("it its")
_PERSONAL = _words("he she")
# Courtesy titles of South Asian and West African copy, before a full name ("Shri Amit Shah", "Hon. Femi ...").
_NAME_HONORIFICS = _words("shri smt hon hon. alhaji alhaja")


def _untagged_speakers(doc: Doc, ents: list[Span], sents: _Sents) -> list[Span]:
    """ "Human Rights Watch said 23 people had been killed", "Anthropic said it would expand", "Reform UK said it",
    "Shri Amit Shah said": a run of capitalised proper nouns the tagger left untagged (or tagged a place at its end
    only: "UK" of "Reform UK") that is the subject of a verb of saying names the speaker. A person when it is a common
    given name and a surname (after any title or courtesy title); a body when what it says is of "it", or when it is
    two words or more with no given name, no title word and no place's name. Alone and with no such clue (one word,
    "Lula said Brazil would host") it stays untagged."""
    from spacy.tokens import Span

    toks, texts, lowers = sents.toks, sents.texts, sents.lowers
    at = {k: e for e in ents for k in range(e.start, e.end)}
    # Last words of the names tagged already: "the Argentine Schwartzman said" after "Diego Schwartzman" is the
    # person the quotes' rules find by the surname, no new name.
    named = {texts[e.end - 1] for e in ents if len(e) > 1}
    found: list[Span] = []
    dropped: set[int] = set()
    for i, tok in enumerate(toks):
        if tok.dep_ != "nsubj" or tok.pos_ != "PROPN" or tok.head.lower_ not in _STATING or tok.head.i < i:
            continue
        if texts[i] in named:
            continue
        if not texts[i][:1].isupper() or (i + 1 < len(texts) and texts[i + 1][:1].isupper()):
            continue
        start = i
        while (
            start > 0
            and i - start < 4
            and toks[start - 1].dep_ == "compound"
            and start <= toks[start - 1].head.i <= i
            and toks[start - 1].pos_ == "PROPN"
            and texts[start - 1][:1].isupper()
        ):
            start -= 1
        if start > 0 and texts[start - 1][:1].isupper() and not sents.is_start(start):
            continue  # the run goes on before ("the Human Rights Watch ...": a longer name the parse cut)
        inside = {id(e): e for k in range(start, i + 1) if (e := at.get(k)) is not None}
        if any(e.label_ in ("PERSON", "ORG") or e.start < start or e.end > i + 1 for e in inside.values()):
            continue
        if inside and not (
            len(inside) == 1
            and (e := next(iter(inside.values()))).end == i + 1
            and e.start > start
            and e.label_ == "GPE"
        ):
            continue
        opened = start
        while start < i and (lowers[start] in HONORIFICS or lowers[start] in _NAME_HONORIFICS):
            start += 1
        if texts[start] == ".":
            start += 1
        honoured = start > opened  # "Shri Amit Shah", "Hon. Femi Gbajabiamila": a person's courtesy title
        words = range(start, i + 1)
        if not all(texts[k].isalpha() and texts[k][:1].isupper() for k in words):
            continue
        name = sents.text(start, i + 1)
        last = lowers[i]
        said = next((c for c in tok.head.children if c.dep_ == "ccomp" and c.i > i), None)
        pron = next((c.lower_ for c in said.children if c.dep_ == "nsubj"), "") if said is not None else ""
        given = common_given_name(lowers[start]) or _known_given_name(lowers[start])
        heads = last in ORG_HEADS or last in _BODY_HEADS or last in FACILITY_HEADS or last in _THING_TAILS
        label = ""
        if len(words) >= 2 and (given or honoured) and not heads and zipf(last) < 4.5 and pron not in _NEUTER:
            label = "PERSON"
        elif place_rank(name) or any(lowers[k] in TITLE_WORDS for k in words):
            continue
        elif pron in _NEUTER or (
            len(words) >= 2 and not any(common_given_name(lowers[k]) for k in words) and pron not in _PERSONAL
        ):
            label = "ORG"
        if label:
            found.append(Span(doc, start, i + 1, label=label))
            dropped |= {id(e) for e in inside.values()}
    if not found:
        return ents
    return sorted([e for e in ents if id(e) not in dropped] + found, key=lambda e: e.start)


# Nouns for kin that a given name is set beside ("his wife, Melania,"): a closed list.
_KIN = _words(
    """wife husband son daughter father mother brother sister partner fiance fiancee widow widower grandson
    granddaughter grandfather grandmother uncle aunt nephew niece cousin"""
)
_OWNERS = _words("his her their my our")


def _kin_names(doc: Doc, ents: list[Span], sents: _Sents) -> list[Span]:
    """ "Trump and his wife, Melania, attended", "Her father, Emeka, a retired engineer, admits": one or two
    capitalised words set off by commas after an owner's noun for kin name a person, whatever the tagger said (a place,
    a body, or nothing: "his wife, Jordan," too)."""
    from spacy.tokens import Span

    texts, lowers = sents.texts, sents.lowers
    found: list[Span] = []
    for k in range(3, len(texts) - 1):
        if texts[k - 1] != "," or lowers[k - 2] not in _KIN or lowers[k - 3] not in _OWNERS:
            continue
        end = k
        while end < len(texts) and end - k < 2 and texts[end].istitle() and texts[end].isalpha():
            end += 1
        if end == k or end >= len(texts) or texts[end] not in (",", "."):
            continue
        found.append(Span(doc, k, end, label="PERSON"))
    if not found:
        return ents
    spans = {(f.start, f.end) for f in found}
    kept = [e for e in ents if not any(f.start <= e.start < f.end or e.start <= f.start < e.end for f in found)]
    kept += [f for f in found if (f.start, f.end) in spans]
    return sorted(kept, key=lambda e: e.start)


def _known_given_name(word: str) -> bool:
    from extract.actors.merge.given_names import is_given_name

    return is_given_name(word)


_ADULT = 18


def _aged(sents: _Sents) -> set[int]:
    """Tokens of capitalised words an age is set beside ("Djokovic, 38, has won", "Calhoun, 66, led"): a comma, a
    whole number from 15 to 110, a comma and a lowercase word; not in a list of names and counts ("Apple, 150, Google,
    130, and Tesla, 90, rose")."""
    texts = sents.texts
    return {
        k
        for k in range(len(texts) - 4)
        if texts[k].istitle()
        and texts[k].isalpha()
        and texts[k + 1] == ","
        and texts[k + 2].isdigit()
        and 15 <= int(texts[k + 2]) <= 110
        and texts[k + 3] == ","
        and texts[k + 4].islower()
        and texts[k + 4] not in ("and", "or")
        and not (k > 0 and texts[k - 1] in (",", "and", "or"))
    }


def _aged_people(doc: Doc, ents: list[Span], sents: _Sents) -> list[Span]:
    """ "Novak Djokovic withdrew ... Djokovic, 38, has won 24 titles": a name of two or three capitalised words tagged
    a body or a place whose last word the text gives an age is a person, as is that word alone (tagged a body, or
    untagged after the full name); a name that heads a body, a building or a place stays."""
    from spacy.tokens import Span

    aged = _aged(sents)
    if not aged:
        return ents
    texts, lowers = sents.texts, sents.lowers
    words = {texts[k] for k in aged if not place_rank(texts[k]) and lowers[k] not in ORG_HEADS | _BODY_HEADS}
    # A one-word name given a number under 18 is a team's or a firm's count as often ("Ferrari, 16, has won more
    # titles"; review s29 rev1 RA8); a person's full name is a person's whatever the age.
    adult = {texts[k] for k in aged if int(texts[k + 2]) >= _ADULT}
    out: list[Span] = []
    named: set[str] = set()
    for e in ents:
        last = texts[e.end - 1]
        if (
            e.label_ in ("ORG", "GPE", "NORP", "PRODUCT")
            and last in words
            and (len(e) > 1 or last in adult)
            and 1 <= len(e) <= 3
            and all(texts[k].istitle() and texts[k].isalpha() for k in range(e.start, e.end))
            and lowers[e.end - 1] not in _THING_TAILS
            and not place_rank(sents.text(e.start, e.end))
        ):
            e = Span(doc, e.start, e.end, label="PERSON")
        if e.label_ == "PERSON":
            named.add(texts[e.end - 1])
        out.append(e)
    covered = {k for e in out for k in range(e.start, e.end)}
    # The aged word itself, untagged, once a full name ends on it.
    out += [Span(doc, k, k + 1, label="PERSON") for k in sorted(aged) if k not in covered and texts[k] in named & words]
    return sorted(out, key=lambda e: e.start)


def _hyphened_given_name(k: int, sents: _Sents) -> bool:
    """ "Yet-Ming", "Hae-Won", "Jean-Luc": token ``k`` is the second capitalised part of a given name that a glued
    hyphen joins to a first, untagged, part not opening the sentence."""
    toks, texts = sents.toks, sents.texts
    if k < 2 or texts[k - 1] != "-" or toks[k - 2].whitespace_ or toks[k - 1].whitespace_:
        return False
    first = toks[k - 2]
    return (
        first.is_alpha
        and first.text.istitle()
        and first.ent_iob_ == "O"
        and not sents.is_start(k - 2)
        and texts[k].istitle()
        and texts[k].isalpha()
    )


# Months and weekdays, which many people bear as given names ("May", "June", "April") but which open a date as often
# (a closed list, in English).
_CALENDAR_WORDS = _words(
    """january february march april may june july august september october november december monday tuesday
    wednesday thursday friday saturday sunday"""
)


def _name_head(start: int, end: int, sents: _Sents, alone: Collection[str] = ()) -> int | None:
    """Where a person's name the tagger cut short goes on: the next word, or the one after a short lowercase word (a
    particle: "ten", "ter", "van"), is a capitalised word the parse hangs the name's last word on ("Erik ten Hag",
    "Marc-André ter Stegen", "Yoon Suk Yeol"). That word is the whole name's head (no compound of a word further on),
    tagged a person or rare in English (zipf < 3: "Hag", "Yeol"), or fairly rare (zipf < 3.8) and tagged alone
    elsewhere in the document (``alone``: "Maria Corina" + "Machado ... Machado, 58, spoke", probe s30 P180), and
    heads no body, building or place ("Donald Trump Tower")."""
    toks, lowers = sents.toks, sents.lowers
    stop = sents.bounds(start)[1]
    head = end
    if head < stop and _particle(toks[head]):
        head += 1
    if head >= stop or not end <= toks[end - 1].head.i <= head:
        return None
    h = toks[head]
    if not _name_word(h) or h.dep_ == "compound" or place_rank(h.text):
        return None
    low = lowers[head]
    if low in ORG_HEADS or low in FACILITY_HEADS or low in _BODY_HEADS or low in _THING_TAILS:
        return None
    if h.ent_type_ != "PERSON" and zipf(low) >= 3.0 and not (h.text in alone and zipf(low) < _NAME_WORD_ZIPF):
        return None
    return head


def _particle(tok: Token) -> bool:
    """A short lowercase word inside a name: a particle ("van", "de"), another language's linking word ("ter"), or a
    word the tagger reads as a noun there ("ten" of "Erik ten Hag"); not a verb or an English function word ("Mike was
    John")."""
    low = tok.lower_
    if not (tok.is_alpha and tok.is_lower and len(low) <= 3):
        return False
    return low in PARTICLES or low in foreign_links() or tok.tag_ in ("NN", "NNP")


def _name_word(tok: Token) -> bool:
    """A capitalised proper noun of letters only, as a name's words are."""
    return tok.pos_ == "PROPN" and tok.is_title and tok.is_alpha


def _conjuncts_before(doc: Doc, ents: Sequence[Span], toks: Sequence[Token], covered: set[int]) -> list[Span]:
    """ "Regulators fined Barclays and HSBC": the untagged name before "and" that a tagged name is coordinated with
    (the parser hangs "HSBC" on "Barclays") is a name of the same sort, when its words are no everyday words
    ("Research and Advocacy Director", "Buy Pokemon Sword or Shield")."""
    from spacy.tokens import Span

    out: list[Span] = []
    for e in ents:
        if e.label_ not in ("PERSON", "ORG", "GPE", "LOC", "FAC") or e.start < 2:
            continue
        if toks[e.start - 1].lower_ not in ("and", "or"):
            continue
        end = start = e.start - 1
        while (
            start > 0
            and start - 1 not in covered
            and toks[start - 1].pos_ == "PROPN"
            and toks[start - 1].is_title
            and toks[start - 1].is_alpha
            and not toks[start - 1].is_stop
        ):
            start -= 1
        if start == end or not any(
            toks[x].dep_ == "conj" and start <= toks[x].head.i < end for x in range(e.start, e.end)
        ):
            continue
        if toks[start].lower_ in TITLE_WORDS or toks[start].lower_ in HONORIFICS:
            continue
        if any(zipf(toks[x].lower_) >= _NAME_WORD_ZIPF for x in range(start, end)) and not _surname_pair(
            e, start, end, toks
        ):
            continue
        out.append(Span(doc, start, end, label=e.label_))
    return out


def _surname_pair(e: Span, start: int, end: int, toks: Sequence[Token]) -> bool:
    """ "Mr Smith said ... Smith and Jones told the inquiry": a surname tagged a person alone, no capitalised phrase
    going on after it, and one word before it that the tagger reads as a proper noun (NNP) and the story writes
    elsewhere as a person's name, after a courtesy title, a title or a common given name: a second surname, however
    common the word is in English (review s26 probe_q class 8; not "Barnes and Noble closed 20 stores", review s26
    rev3q MED 7)."""
    if e.label_ != "PERSON" or len(e) != 1 or end - start != 1 or toks[start].tag_ != "NNP":
        return False
    if e.end < len(toks) and toks[e.end].text[:1].isupper():
        return False  # "Research and Advocacy Director": the pair goes on into a longer capitalised phrase
    word = toks[start].text
    return any(
        t.text == word
        and k != start
        and k > 0
        and (_is_title_word(toks[k - 1]) or (toks[k - 1].is_title and common_given_name(toks[k - 1].lower_)))
        for k, t in enumerate(toks)
    )


def _surnames(doc: Doc, ents: Sequence[Span], sents: _Sents) -> list[Span]:
    """Untagged repeats of a named person's surname ("Mark Rathbun ... Rathbun said") are that person."""
    from spacy.tokens import Span

    toks = sents.toks
    surnames = {
        last.text
        for e in ents
        if e.label_ == "PERSON"
        and len(e) > 1
        and (last := toks[e.end - 1]).is_alpha
        and last.text[:1].isupper()
        and toks[e.end - 2].text != "-"
    }
    if not surnames:
        return []
    covered = {k for e in ents for k in range(e.start, e.end)}
    out: list[Span] = []
    for i, text in enumerate(sents.texts):
        if text not in surnames or i in covered:
            continue
        tok = toks[i]
        prev = toks[tok.i - 1] if tok.i else None
        nxt = toks[tok.i + 1] if tok.i + 1 < len(toks) else None
        inside_name = prev is not None and _capitalised(prev) and not sents.is_start(tok.i)
        if inside_name or (nxt is not None and _capitalised(nxt)):
            continue
        if (
            sents.is_start(tok.i)
            and zipf(tok.lower_) >= 4.0
            # Not a pronoun that is a surname too ("He said" after "Liu He").
            and not (tok.pos_ in ("PROPN", "NOUN") and (_says(tok) or _verb_subject(tok)))
        ):
            continue  # "Swift action followed"; "Swift said she was inspired", "Trump thanked God" are the person
        out.append(Span(doc, tok.i, tok.i + 1, label="PERSON"))
    return out


def _titled_surnames(doc: Doc, ents: Sequence[Span], sents: _Sents) -> list[Span]:
    """ "Chancellor Merz declared that ...", "the chancellor Merz declared": a title word right before one untagged
    capitalised word, rare in English, no place and no head of a body, that is the subject of a verb, is a person
    called by title and surname; so is the word wherever else the document writes it alone ("Merz added")."""
    from spacy.tokens import Span

    from extract.actors.roles import _title

    toks, texts, lowers = sents.toks, sents.texts, sents.lowers
    covered = {k for e in ents for k in range(e.start, e.end)}
    found: set[str] = set()
    for k in range(1, len(texts)):
        text = texts[k]
        if k in covered or not (text.istitle() and text.isalpha()) or text in found:
            continue
        prev = toks[k - 1]
        if not (
            (_title(prev) or lowers[k - 1] in HONORIFICS)
            and lowers[k - 1].rstrip(".") not in _NO_SURNAME_TITLES
            and (prev.text[:1].isupper() or (k > 1 and lowers[k - 2] == "the"))
        ):
            continue
        tok = toks[k]
        low = lowers[k]
        if (
            tok.pos_ != "PROPN"
            or not _subject(tok)
            or zipf(low) >= _NAME_WORD_ZIPF
            or place_rank(text)
            or low in ORG_HEADS
            or low in FACILITY_HEADS
            or low in _BODY_HEADS
            or low in _THING_TAILS
            or (k + 1 < len(texts) and texts[k + 1][:1].isupper())
        ):
            continue
        found.add(text)
    out: list[Span] = []
    for k, text in enumerate(texts):
        if text in found and k not in covered and not (k + 1 < len(texts) and texts[k + 1][:1].isupper()):
            if k > 0 and texts[k - 1][:1].isupper() and not sents.is_start(k) and not _title(toks[k - 1]):
                continue  # inside another capitalised name
            out.append(Span(doc, k, k + 1, label="PERSON"))
    return out


def _subject(tok: Token) -> bool:
    """The subject of a verb, or set beside one ("the chancellor Merz declared": the parse hangs the name on the
    title)."""
    if tok.dep_ == "appos" and tok.head.i == tok.i - 1:
        tok = tok.head
    return tok.dep_ in ("nsubj", "nsubjpass") and tok.head.pos_ in ("VERB", "AUX")


# Title words that name an office, not a person's rank before a surname ("General Motors", "Chief Justice").
# Royal titles go before given names, which the royals' rules read ("King Charles", "Prince Harry").
_NO_SURNAME_TITLES = _words(
    """general chief head vice deputy foreign defense defence interior king queen prince princess pope emperor sultan
    emir sheikh"""
)


def _verb_subject(tok: Token) -> bool:
    """The word is the active subject of a verb after it, a verb in the past or present tense ("Trump thanked God",
    "Swift performs tonight"), not a modifier of the noun after it ("Swift action"), nor of a verb that things do
    ("Snow fell", "Silver rose": weather and markets; review s29 rev1 RA1)."""
    verb = tok.head
    if tok.dep_ != "nsubj" or verb.i < tok.i or verb.tag_ not in ("VBD", "VBZ", "VBP"):
        return False
    return verb.lower_ not in _THING_VERBS


# Verbs whose subject is a thing as often as a person: weather's and markets' (a closed list of forms).
_THING_VERBS = _words(
    """fell falls rose rises dropped drops climbed climbs slipped slips gained gains jumped jumps surged surges plunged
    plunges soared soars tumbled tumbles slid slides eased eases dipped dips rallied rallies covered covers melted
    melts blanketed blankets swept sweeps spread spreads hit hits closed closes opened opens ended ends traded trades
    lost loses"""
)


def _says(tok: Token) -> bool:
    """The word is the subject of a verb of saying ("Swift said ...")."""
    return tok.dep_ == "nsubj" and tok.head.lower_ in _STATING


def _company_repeats(doc: Doc, ents: Sequence[Span], sents: _Sents) -> list[Span]:
    """Repeats of a one-word organisation's name that is no everyday word, untagged or tagged a product ("The New York
    state attorney general is investigating WeWork amid layoffs. The company confirmed ...", where a later "WeWork's
    founder" is tagged an organisation): the organisation, so that "the company" finds it. Not inside a longer
    capitalised name, nor an everyday word ("Apple", "Target", "Deadline"), which the tagger's silence may mean is no
    name there."""
    from spacy.tokens import Span

    toks, texts = sents.toks, sents.texts
    # A capitalised name ("ecobee" may be a common word in lowercase), not the name of a thing ("its Dragonfly
    # mission ... Dragonfly is scheduled to reach Titan").
    names = {
        texts[e.start]
        for e in ents
        if e.label_ == "ORG"
        and len(e) == 1
        and toks[e.start].is_alpha
        and texts[e.start][:1].isupper()
        and zipf(sents.lowers[e.start]) < _EVERYDAY_ORG
        and not _thing_use(toks, e.start, e.end, "ORG")
    }
    # A surname is no company's name ("Adam Schiff ... Schiff's company"): _surnames makes its repeats the person.
    names -= {texts[e.end - 1] for e in ents if e.label_ == "PERSON"}
    if not names:
        return []
    # The tagger's other reading of the same word, a product, is a slip ("investigating WeWork amid layoffs").
    covered = {k for e in ents if not (e.label_ == "PRODUCT" and len(e) == 1) for k in range(e.start, e.end)}
    out: list[Span] = []
    for i, text in enumerate(texts):
        if text not in names or i in covered or toks[i].ent_type_ not in ("", "PRODUCT"):
            continue
        prev = toks[i - 1] if i else None
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if (prev is not None and _capitalised(prev) and not sents.is_start(i)) or (
            nxt is not None and _capitalised(nxt)
        ):
            continue
        out.append(Span(doc, i, i + 1, label="ORG"))
    return out


# Words at least this frequent are everyday words before they are companies' names ("Apple", "Target").
_EVERYDAY_ORG = 4.0


def _org_tail(doc: Doc, end: int, sents: _Sents) -> int:
    """End of an organisation name the tagger cut before its "for"/"of"/"on" part: "Joint Council" + "for the
    Welfare of Immigrants". Only capitalised, untagged words after the link count."""
    toks = sents.toks
    stop = sents.bounds(end - 1)[1]
    while end + 1 < stop and toks[end].lower_ in ("for", "of", "on") and toks[end].is_lower:
        k = end + 1
        if toks[k].lower_ == "the" and toks[k].is_lower:
            k += 1
        run = k
        while (
            run < stop and toks[run].is_title and toks[run].is_alpha and not (toks[run].ent_type_ or toks[run].is_stop)
        ):
            run += 1
        if run == k:
            break
        end = run
    return end


def _who_people(doc: Doc, ents: Sequence[Span], sents: _Sents) -> list[Span]:
    """Untagged capitalised names followed by "who" are people ("Moscow, Choe Son-hui who met ...")."""
    from spacy.tokens import Span

    covered = {k for e in ents for k in range(e.start, e.end)}
    out: list[Span] = []
    toks, texts = sents.toks, sents.texts
    for i, text in enumerate(texts):
        if text not in ("who", "whom", "whose") or i == 0:
            continue
        tok = toks[i]
        end = tok.i - 1 if texts[tok.i - 1] == "," else tok.i
        start = end
        floor = sents.bounds(tok.i)[0]
        while start > floor:
            t = toks[start - 1]
            joined = t.text == "-" or (start - 2 >= 0 and toks[start - 2].text == "-" and t.is_alpha)
            if not (joined or (t.is_alpha and t.text[:1].isupper() and not t.is_stop)):
                break
            start -= 1
        if start >= end or toks[start].text == "-" or toks[start].pos_ != "PROPN":
            continue
        if any(k in covered for k in range(start, end)) or (sents.is_start(start) and end - start == 1):
            continue
        out.append(Span(doc, start, end, label="PERSON"))
    return out
