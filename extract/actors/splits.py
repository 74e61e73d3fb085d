"""One entity that holds two names, cut in two: "Black Widow and Captain America", "Mayer, Disney", "The World
Health Organisation (WHO", "the envoy to Ukraine Kurt Volker", "Hipcricket to Augme Technologies"."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from extract.actors.kinds import _known_given_name
from extract.actors.lexicon import ORG_HEADS
from extract.actors.names import (
    CAPTION_WORDS,
    DESIGNATORS,
    TITLE_WORDS,
    _is_acronym,
    _words,
    common_given_name,
    country_code,
    legal_forms,
    place_rank,
)
from extract.actors.tokens import _Sents
from extract.repair import zipf

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


def _split_tail_person(ent: Span, sents: _Sents) -> list[Span]:
    """ "the Council on American-Islamic Relations Alia Salem said": a person's name closing an organisation's.

    Only after a name with its own linking word, before a verb or a comma, and with a surname that is no
    everyday word, organisation noun or place."""
    doc = ent.doc
    toks = sents.toks
    if ent.label_ != "ORG" or len(ent) < 5 or ent.end >= len(toks):
        return [ent]
    first, last = toks[ent.end - 2], toks[ent.end - 1]
    if toks[ent.end].pos_ not in ("VERB", "AUX") and toks[ent.end].text != ",":
        return [ent]
    if not all(t.is_alpha and t.is_title and t.pos_ == "PROPN" and not t.is_stop for t in (first, last)):
        return [ent]
    if not any(t.is_lower and t.lower_ in ("of", "on", "for") for t in toks[ent.start : ent.end - 3]):
        return [ent]
    if (
        any(t.lower_ in ORG_HEADS or t.lower_ in DESIGNATORS or t.lower_ in TITLE_WORDS for t in (first, last))
        or zipf(last.lower_) >= 3.8
        or place_rank(last.text) >= 3
        or place_rank(first.text)
        or not toks[ent.end - 3].text[:1].isupper()
    ):
        return [ent]
    from spacy.tokens import Span  # here, not on top: most entities return above

    return [Span(doc, ent.start, ent.end - 2, label="ORG"), Span(doc, ent.end - 2, ent.end, label="PERSON")]


def _split_portfolio(ent: Span, sents: _Sents) -> list[Span]:
    """ "Secretary of" + "Labour Grace Mbeki", "Director of" + "Transport Luis Brandt": a title's portfolio the tagger
    took into the name after it. The entity opens on the object of an "of" or "for" that hangs on a title word right
    before it, and its rest is a common given name and a surname that is no everyday word or place; the rest is the
    person (the portfolio stays in the role before the name: "Secretary of Labour")."""
    toks, lowers = sents.toks, sents.lowers
    s = ent.start
    if ent.label_ not in ("PERSON", "ORG") or len(ent) < 3 or s < 2:
        return [ent]
    link = toks[s - 1]
    if link.lower_ not in ("of", "for") or toks[s].head.i != s - 1 or link.head.lower_ not in TITLE_WORDS:
        return [ent]
    for k in range(s + 1, min(ent.end - 1, s + 3)):
        if not common_given_name(lowers[k]):
            continue
        words = toks[s : ent.end]
        last = toks[ent.end - 1]
        if (
            ent.end - k > 3
            or not all(t.is_alpha and t.is_title and t.pos_ == "PROPN" for t in words)
            or zipf(last.lower_) >= 3.8
            or place_rank(last.text)
        ):
            return [ent]
        from spacy.tokens import Span  # here, not on top: most entities return above

        return [Span(ent.doc, k, ent.end, label="PERSON")]
    return [ent]


_TITLE_PLACE_LINKS = frozenset({"to", "for", "in", "at"})


def _split_place_person(ent: Span, sents: _Sents, surnames: set[str]) -> list[Span]:
    """ "the envoy to Ukraine Kurt Volker": the place that ends a title, tagged as one ORG with the name after it.

    Only a country or an acronym ("EU") right after a linking word of a title, then two or three capitalised words,
    none an organisation noun ("China Mobile Limited" stays), the last one a surname the text gives a person
    elsewhere or no everyday word ("Volker"), or after a given name ("Nikki Haley"); not "the U.S. Capitol Police",
    "BMI Albyn Hospital"."""
    toks = sents.toks
    s = ent.start + (sents.lowers[ent.start] == "the")
    if ent.label_ not in ("ORG", "PERSON") or not 3 <= ent.end - s <= 4 or s == 0:
        return [ent]
    k = s - 1
    if sents.lowers[k] == "the" and k > 0:  # "to the UN Nikki Haley", with "the" outside the tagged name
        k -= 1
    before = toks[k]
    # "The prime minister of India Narendra Modi", "the minister of economy of Argentina Luis Caputo", "The opposition
    # leader of AfD Alice Weidel" (translated copy): after "of" in a title's phrase, before a given name. Only what
    # the tagger calls an organisation otherwise: "Jordan Lee Smith" tagged a person is a person.
    of_title = (
        before.lower_ == "of"
        and any(sents.lowers[x] in TITLE_WORDS for x in range(max(0, k - 4), k))
        and (
            common_given_name(sents.lowers[s + 1])
            or _known_given_name(sents.lowers[s + 1])
            or (
                country_code(toks[s].text) is not None
                and zipf(sents.lowers[s + 1]) < _RARE_GIVEN
                and all(zipf(sents.lowers[x]) < _NAME_WORD for x in range(s + 1, ent.end))
            )
        )
    )
    if not before.is_lower or not (of_title or (before.lower_ in _TITLE_PLACE_LINKS and ent.label_ == "ORG")):
        return [ent]
    place = toks[s]
    if not (country_code(place.text) or _is_acronym(place.text) or (of_title and _party_letters(place.text))):
        return [ent]
    rest = toks[s + 1 : ent.end]
    if not all(
        t.is_alpha and t.is_title and t.pos_ == "PROPN" and t.lower_ not in ORG_HEADS and t.lower_ not in DESIGNATORS
        for t in rest
    ):
        return [ent]
    if not of_title and sents.texts[ent.end - 1] not in surnames and zipf(sents.lowers[ent.end - 1]) >= 3.0:
        from extract.actors.merge.given_names import is_given_name

        if not is_given_name(sents.lowers[ent.end - 2]):
            return [ent]
    from spacy.tokens import Span  # here, not on top: most entities return above

    kind = "GPE" if country_code(place.text) else "ORG"
    return [Span(ent.doc, s, s + 1, label=kind), Span(ent.doc, s + 1, ent.end, label="PERSON")]


# After a country, a rare word (a given name) and words no everyday one are a name ("India Narendra Modi"), not
# "India Today Group".
_RARE_GIVEN = 3.5
_NAME_WORD = 4.0


def _party_letters(word: str) -> bool:
    """A party's or a body's short name of two to four letters, two capitals or more ("AfD", "PiS", "SPD")."""
    return 2 <= len(word) <= 4 and word.isalpha() and sum(c.isupper() for c in word) >= 2


def _split_for(ent: Span, sents: _Sents) -> list[Span]:
    """ "Lydia Buchtmann for Food Standards Australia": someone speaking for an organisation, tagged as one ORG.

    Only a first name and a surname that is no everyday word or organisation noun ("Joint Council for ...")."""
    doc = ent.doc
    toks = sents.toks
    s = ent.start
    if ent.label_ != "ORG" or len(ent) < 4 or toks[s + 2].lower_ != "for" or not toks[s + 2].is_lower:
        return [ent]
    first, last = toks[s], toks[s + 1]
    if not all(t.is_alpha and t.is_title and t.pos_ == "PROPN" and not t.is_stop for t in (first, last)):
        return [ent]
    if (
        last.lower_ in ORG_HEADS
        or last.lower_ in DESIGNATORS
        or first.lower_ in TITLE_WORDS
        or zipf(last.lower_) >= 3.5
        or place_rank(last.text)
        or place_rank(first.text)
    ):
        return [ent]
    rest = s + 3 + (toks[s + 3].lower_ == "the")
    if ent.end - rest < 1 or not toks[rest].text[:1].isupper():
        return [ent]
    from spacy.tokens import Span  # here, not on top: most entities return above

    return [Span(doc, s, s + 2, label="PERSON"), Span(doc, rest, ent.end, label="ORG")]


def _split_moved(ent: Span, sents: _Sents) -> list[Span]:
    """ "by selling Hipcricket to Augme Technologies", "the move of Thibaut Courtois to Real Madrid": two names tagged
    one entity, joined by a lowercase "to" or "from" that hangs outside it (on the verb or the noun of the move). The
    first is a person's when it opens on a given name. "The National Society for the Prevention of Cruelty to
    Children" keeps its "to", which hangs on a word of the name."""
    if ent.label_ not in ("ORG", "PERSON", "GPE", "FAC") or len(ent) < 3:
        return [ent]
    toks, texts = sents.toks, sents.texts
    for k in range(ent.start + 1, ent.end):
        if (
            texts[k] in ("to", "from")
            and not ent.start <= toks[k].head.i < ent.end
            and texts[k - 1][:1].isupper()
            and (k == ent.end - 1 or texts[k + 1][:1].isupper())
            # A linking word before it ("for the Prevention of Cruelty to Children") makes one long name.
            and not any(toks[x].is_lower for x in range(ent.start, k))
        ):
            # "Chelsea sold Thibaut Courtois to Real Madrid": the tagger may leave the second name out.
            from spacy.tokens import Span  # here, not on top: most entities return above

            first = texts[ent.start].lower()
            person = 2 <= k - ent.start <= 3 and (_known_given_name(first) or common_given_name(first))
            left = Span(ent.doc, ent.start, k, label="PERSON" if person else ent.label_)
            if k == ent.end - 1:
                return [left]
            return [left, *_split_moved(Span(ent.doc, k + 1, ent.end, label=ent.label_), sents)]
    return [ent]


_LAW_HEADS = _words("act bill law treaty accord agreement convention")


# Heads of a public body's name that ORG_HEADS leaves out, whose name often joins two fields with "and" ("UN Food and
# Agriculture Organization", "National Oceanic and Atmospheric Administration", "Medicines and Healthcare products
# Regulatory Agency"): the whole name is one body (probe s30 P90). A closed list.
_ONE_BODY_TAILS = _words("organization organisation administration authority bureau")


def _split_and(ent: Span, sents: _Sents) -> list[Span]:
    """ "Black Widow and Captain America": two names of two words or more joined by "and" are two entities;
    "Procter and Gamble", "Bosnia and Herzegovina" or "Department of Health and Human Services" stay one."""
    doc = ent.doc
    if ent.label_ not in ("PERSON", "ORG", "FAC", "LOC"):
        return [ent]
    toks, lowers = sents.toks, sents.lowers
    # "&" joins the words of one name ("Procter & Gamble", "Sales & Regional Operations").
    cut = next((k for k in range(ent.start + 1, ent.end - 1) if lowers[k] == "and"), None)
    if cut is None:
        return [ent]
    last = toks[ent.end - 1].lower_
    if ent.label_ == "ORG" and _two_companies(toks[ent.start : cut], toks[cut + 1 : ent.end]):
        from spacy.tokens import Span

        return [Span(doc, ent.start, cut, label="ORG"), Span(doc, cut + 1, ent.end, label="ORG")]
    if (
        last in ORG_HEADS
        or last in _ONE_BODY_TAILS
        or last in DESIGNATORS
        or last in _LAW_HEADS
        or (last.endswith("s") and zipf(last) >= 3.0)
    ):
        # A head noun after the second part names the whole ("Department of Health and Human Services",
        # "Hong Kong Human Rights and Democracy Act", "UN Food and Agriculture Organization").
        return [ent]
    left, right = toks[ent.start : cut], toks[cut + 1 : ent.end]
    # Leading articles and trailing caption words are trimmed later; here every other word must be a title word.
    if left[0].lower_ == "the":
        left = left[1:]

    trimmed = right
    while len(trimmed) and trimmed[-1].lower_ in CAPTION_WORDS:
        trimmed = trimmed[:-1]
    # After a plural noun the names are several, one word each or more ("the schools Santo Spirito and Immacolata");
    # so are two names the text also writes apart ("the SLS and Orion" after "SLS" and "Orion" alone).
    plural = ent.start and toks[ent.start - 1].tag_ == "NNS" and toks[ent.start - 1].is_lower
    shortest = 1 if plural or _both_alone(left, trimmed, ent, sents) else 2

    def named(words: Sequence[Token]) -> bool:
        return len(words) >= shortest and all(t.is_alpha and t.text[:1].isupper() and not t.is_stop for t in words)

    if not (named(left) and named(trimmed)) or ent.label_ in ("GPE",) and country_code(ent.text):
        return [ent]
    from spacy.tokens import Span  # here, not on top: most entities return above

    return [Span(doc, ent.start, cut, label=ent.label_), Span(doc, cut + 1, ent.end, label=ent.label_)]


def _two_companies(left: Sequence[Token], right: Sequence[Token]) -> bool:
    """ "HSBC Holdings and Tencent Holdings Ltd", "HSBC and Tencent led declines": the words before "and" are a
    company's whole name, closed by a legal form or a trade noun of its own ("Holdings", "Group", "Inc"), or an
    acronym of two letters or more beside a capitalised name; so the words after it are another's (probe s28 A5). Not
    "Procter and Gamble", "Department of Health and Human Services", "Simon and Schuster" (no such word), nor "BB and
    T" (one letter)."""
    if not left or not right or not all(t.text[:1].isupper() for t in (left[0], right[0])):
        return False
    if left[0].lower_ == "the":
        left = left[1:]
    if (
        len(left) >= 2
        and left[-1].lower_.rstrip(".") in _company_words()
        and right[0].lower_ not in _company_words()
        and right[0].lower_ not in _SECOND_TRADES
    ):
        # Not a bank's name of two trades ("First National Bank and Trust Company", "Savings Bank and Loan").
        return True

    def acronym(words: Sequence[Token]) -> bool:
        return len(words) == 1 and _is_acronym(words[0].text) and words[0].text.isalpha()

    def capitalised(words: Sequence[Token]) -> bool:
        return all(t.is_alpha and t.text[:1].isupper() and not t.is_stop for t in words) and len(words[0].text) > 1

    return (acronym(left) and capitalised(right)) or (acronym(right) and capitalised(left))


_SECOND_TRADES = _words("trust trusts savings loan loans investment investments")


def _company_words() -> frozenset[str]:
    """Words that close a company's name: its legal forms and trade nouns ("ltd", "inc", "holdings", "group")."""
    from extract.actors.merge.part_names import _COMPANY_TAILS

    return _COMPANY_TAILS | legal_forms() | _words("corp corporation company")


def _both_alone(left: Sequence[Token], right: Sequence[Token], ent: Span, sents: _Sents) -> bool:
    """Each of two names joined by "and" is written elsewhere in the text without the other ("SLS and Orion" after
    "the SLS rocket" and "Orion will carry"); "Procter and Gamble" and "Johnson and Johnson" are one name."""
    a, b = [t.text for t in left], [t.text for t in right]
    if not a or not b or a == b:
        return False
    texts = sents.texts
    # Tokens inside this entity or inside the pair written again elsewhere, with "and" or "&" ("Procter and Gamble
    # ... Procter & Gamble": one name; review s19 r1 HIGH-6).
    inside = set(range(ent.start, ent.end))
    for pair in ([*a, "and", *b], [*a, "&", *b]):
        for p in range(len(texts) - len(pair) + 1):
            if texts[p : p + len(pair)] == pair:
                inside.update(range(p, p + len(pair)))

    def alone(words: list[str]) -> bool:
        n = len(words)
        return any(texts[p : p + n] == words and p not in inside for p in range(len(texts) - n + 1))

    return alone(a) and alone(b)


def _split_commas(ent: Span, sents: _Sents) -> list[Span]:
    """ "Mayer, Disney" or "Irving, Texas": names on both sides of a comma (or of an at sign, "ON @ Budweiser Stage",
    or of a dash between spaces, "TORONTO, ON — Shopify said") are two entities."""
    doc = ent.doc
    texts = sents.texts
    # "Toronto, ON @ Budweiser Stage": an at sign in a listing parts a place or its code from its venue as a comma
    # does; "Excite @ Home" stays one brand (review s19 r3 LOW-8). A dash with a space on each side parts a place or
    # its code from a name too: a dateline's from the story's first name ("TORONTO, ON — Shopify"), a venue's from its
    # town ("Hollywood Casino Amphitheatre – Chicago"); "Council on American - Islamic Relations" stays one name.
    cuts = [
        k
        for k in range(ent.start + 1, ent.end - 1)
        if texts[k] == ","
        or (texts[k] == "@" and _place_before(ent.start, k, texts))
        or (
            texts[k] in _DASHES
            and sents.toks[k - 1].whitespace_
            and sents.toks[k].whitespace_
            and (_place_before(ent.start, k, texts) or _place_before(k + 1, ent.end, texts))
        )
    ]
    if not cuts or _portfolio_list(ent, cuts, sents):
        return [ent]
    from spacy.tokens import Span  # here, not on top: most entities return above

    out: list[Span] = []
    start = ent.start
    for k in [*cuts, ent.end]:
        if k > start and texts[start][:1].isupper():
            out.append(Span(doc, start, k, label=ent.label_))
        start = k + 1
    return out


_DASHES = frozenset(("-", "\u2013", "\u2014"))


def _place_before(start: int, k: int, texts: Sequence[str]) -> bool:
    """The words from ``start`` to ``k`` are a region's code ("ON", "MA") or a place the gazetteer knows."""
    before = " ".join(texts[start:k])
    return (len(before) == 2 and before.isupper() and before.isalpha()) or place_rank(before) > 0


def _portfolio_list(ent: Span, cuts: Sequence[int], sents: _Sents) -> bool:
    """ "Ministry of Trade, Industry and Energy", "Department for Environment, Food and Rural Affairs": a body's name
    whose "of" or "for" lists its portfolios, the last after "and"; every part after the first comma is one to three
    capitalised words. "Mayer, Disney" and "Irving, Texas" have no such head."""
    toks, lowers = sents.toks, sents.lowers
    link = next((k for k in range(ent.start + 1, cuts[0]) if lowers[k] in ("of", "for") and toks[k].is_lower), None)
    if link is None or lowers[link - 1] not in ORG_HEADS:
        return False
    if "and" not in lowers[cuts[-1] + 1 : ent.end]:
        return False
    bounds = [*cuts, ent.end]
    for a, b in zip(bounds, bounds[1:], strict=False):
        words = [t for t in toks[a + 1 : b] if t.lower_ != "and"]
        if not 1 <= len(words) <= 3 or not all(t.is_alpha and t.text[:1].isupper() for t in words):
            return False
    return True


def _split_parenthesis(ent: Span, sents: _Sents) -> list[Span]:
    """ "The World Health Organisation (WHO": the name and its acronym, as two entities."""
    doc = ent.doc
    texts = sents.texts
    for k in range(ent.start + 1, ent.end - 1):
        if texts[k] == "(":
            rest = doc[k + 1 : ent.end]
            if len(rest) == 1 and _is_acronym(rest.text):
                from spacy.tokens import Span

                return [Span(doc, ent.start, k, label=ent.label_), Span(doc, k + 1, ent.end, label=ent.label_)]
            break
    return [ent]
