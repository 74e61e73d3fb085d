"""Figures: every number in the text, normalised (value, kind, unit, qualifier, direction, what it counts).

A token scan finds numbers (digits, number words through text2num, fractions, scale words), then the
neighbouring tokens give the unit (currency, percent, measurement, duration), the qualifier and the
direction, and the dependency parse gives what the number counts. spaCy's entities are only used to
tell years from counts, because the small model misses or mislabels many numbers.

Where things are:
- numbers.py: stage 1, numbers on tokens (digits, number words, fractions); scales.py: scale words ("bn").
- kinds.py: the unit after a number; units.py: measurement, duration and percent units; money.py: currencies.
- qualifiers.py: "up to", "about", "rose by"; about/: what a figure counts (one module per concern); dates.py: dates.
- labels.py: numbers that are no figures ("G7", phone numbers, scores, ages).
- build.py: stage 2, one figure from one number (_build); ranges.py: two numbers that make one figure ("8 to 16
  feet", "one in five", "two years and eight months"); rates.py: "per gallon", exchange rates, accelerations.
- shared_units.py: units a figure takes from another ("eight or nine euros", "A gallon costs $3.50").
- display.py: "USD 50 bn"; conflicts.py: find_conflicts.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from extract.actors.names import _is_title_word
from extract.figures.about import _holder, _named_beside, _the_aged_one, _whose_age
from extract.figures.about.antecedents import (
    _forecast_gap_about,
    _forecast_subject_about,
    _named_figure_about,
    _reduced_relative_about,
    _said_number_about,
)
from extract.figures.about.deal_lines import _bought_it_about, _deal_line_about, _price_line_about
from extract.figures.about.elided import (
    _coordinated_count_about,
    _elided_count_about,
    _elided_share_about,
    _others_about,
    _repeated_count_about,
    _shared_noun_about,
)
from extract.figures.about.phrases import _name_as_written
from extract.figures.about.restated import (
    _anaphoric_about,
    _breakdown_about,
    _compared_about,
    _level_pair_about,
    _partitive_about,
    _pointed_back_about,
    _restated_about,
)
from extract.figures.about.tallies import _gathered_people, _out_of_about, _share_for_a_side, _tally_about
from extract.figures.build import _build
from extract.figures.conflicts import find_conflicts
from extract.figures.core import _Fig, _Num, _singular
from extract.figures.display import _display
from extract.figures.labels import _excluded_tokens, _is_age, _not_a_figure
from extract.figures.numbers import _numbers, _token_strings
from extract.figures.ranges import _compound, _over, _range, _ratio
from extract.figures.rates import _acceleration, _acceleration_time, _per_counted
from extract.figures.scales import _people_noun
from extract.figures.shared_units import _priced_unit, _share_units, _unit_or_n
from extract.figures.units import _MEASURING_ADJECTIVES
from extract.keys import compared_unit_of
from extract.records import Figure

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from extract.repair import Repaired


def extract_figures(doc: Doc, rep: Repaired, document: str) -> list[Figure]:
    """Every figure in ``doc`` (parsed from ``rep.text``), with offsets into the original file text."""
    texts, lowers = _token_strings(doc)
    # The pipeline parses rep.text itself; doc.text would rebuild the string from every token.
    aligned = not len(doc) or doc[-1].idx + len(texts[-1]) <= len(rep.text)
    skip = _excluded_tokens(doc, rep.text if aligned else doc.text, texts)
    nums = _numbers(doc, skip, texts, lowers)
    ents = {k: e.label_ for e in doc.ents for k in range(e.start, e.end)}
    figs: list[_Fig] = []
    used_until = -1
    last_money: tuple[str, int] | None = None  # (currency, sentence start)
    last_count: _Fig | None = None  # the last figure that counts a noun
    k = 0
    while k < len(nums):
        num = nums[k]
        k += 1
        if num.start < used_until:
            continue
        restated = last_count is not None and _restates_total(doc, num, last_count)
        fig = _build(doc, num, ents, None if restated else last_money)
        if fig is None:
            continue
        if restated and last_count is not None and fig.kind == "number" and fig.end == num.end and fig.low is None:
            # "added 6.8 million subscribers, bringing its total to 158 million": the total goes on counting them
            fig.kind, fig.unit, fig.about = last_count.kind, last_count.unit, last_count.about
        if k < len(nums):
            share = _ratio(doc, fig, nums[k], ents)  # "one in five Americans"
            if share is not None:
                fig = share
                k += 1
            elif (fraction := _over(doc, fig, nums[k], ents)) is not None:
                fig = fraction  # "one over three"
                k += 1
        # Ranges: "8 to 16 feet", "between 10 and 20 billion dollars", "10-15 exabytes".
        if k < len(nums) and fig.kind not in ("date",):
            nxt = nums[k]
            fig2 = _range(doc, fig, nxt, ents, None if restated else last_money)
            if fig2 is not None:
                fig = fig2
                k += 1
        # "two years and eight months", "5 feet 2 inches"
        while fig.kind in ("duration", "quantity", "money") and k < len(nums):
            merged = _compound(doc, fig, nums[k], ents)
            if merged is None:
                break
            fig = merged
            k += 1
        _acceleration(doc, fig)
        used_until = fig.end
        if fig.kind == "money" and fig.unit:
            last_money = (fig.unit.split(" ")[0], doc[fig.start].sent.start)
        elif fig.kind in ("count", "quantity") and fig.counted is not None and fig.value is not None:
            last_count = fig
        figs.append(fig)
    _share_units(doc, figs)
    _per_counted(doc, figs)
    _priced_unit(doc, figs)
    _restated_about(doc, figs)
    _level_pair_about(doc, figs)
    _shared_noun_about(doc, figs)
    _coordinated_count_about(doc, figs)
    _compared_about(doc, figs)
    _elided_count_about(doc, figs)
    _others_about(doc, figs)
    _partitive_about(doc, figs)
    _elided_share_about(doc, figs)
    _breakdown_about(doc, figs)
    _out_of_about(doc, figs)
    _repeated_count_about(doc, figs)
    _gathered_people(doc, figs)
    _unit_or_n(doc, figs)
    _tally_about(doc, figs)
    _share_for_a_side(doc, figs)
    _anaphoric_about(doc, figs)
    _pointed_back_about(doc, figs)
    _named_figure_about(doc, figs)
    _reduced_relative_about(doc, figs)
    _forecast_gap_about(doc, figs)
    _said_number_about(doc, figs)
    _forecast_subject_about(doc, figs)
    _conjoined_direction(doc, figs)
    _listed_about(doc, figs)
    _acceleration_time(doc, figs)
    _deal_line_about(doc, figs)
    _price_line_about(doc, figs)
    _bought_it_about(doc, figs)
    _unit_words_out_of_about(doc, figs)
    out = []
    ages: dict[float, str] = {}
    last_age: _Fig | None = None
    for f in figs:
        if f.kind == "label" or (f.kind in ("number", "count") and f.qualifier is None and _not_a_figure(doc, f)):
            continue
        after = f.start == f.num.start  # "aged 65 and older": a bound written after the age keeps it an age
        # a count that borrows a noun named before it is no count after "aged": "Two men, aged 25 and 31"
        borrowed = f.kind == "count" and (f.counted is None or f.counted < f.num.start)
        if (f.kind == "number" or borrowed) and (f.qualifier is None or after) and f.low is None and _is_age(doc, f):
            f.kind, f.unit, f.counted = "quantity", "year of age", None
            if f.about is None or borrowed:
                # the later ages of a list are the first one's people's ("The suspects, aged 17 and 19")
                listed = last_age is not None and last_age.num.end >= f.num.start - 4 and last_age.about
                f.about = last_age.about if listed and last_age is not None else f.about
            last_age = f
        if f.kind == "number" and f.qualifier is not None and f.low is None and _aged_bound(doc, f):
            f.kind, f.unit, f.counted = "quantity", "year of age", None  # "Children aged under 5", "aged over 65"
        elif f.kind == "number" and f.qualifier is not None and f.low is None and _people_bound(doc, f):
            # "3,400 children under 5", "people 45 and older": an age bound on the people named right before it
            f.kind, f.unit, f.counted, f.about = "quantity", "year of age", None, doc[f.start - 1].text
        if f.kind == "number" and _aged_range(doc, f):
            f.kind, f.unit = "quantity", "year of age"  # "The men, aged between 24 and 51": a range of ages
        if f.unit == "year of age" and (f.about is None or f.about.lower() in ("age", "the age")):
            f.about = _whose_age(doc, f) or f.about  # "Smith, who retired at age 43": Smith's age
        if f.unit == "year of age" and (who := _the_aged_one(doc, f, ages)) is not None:
            f.about = who or None  # "Kepa Arrizabalaga will ... The 23-year-old flew to London": Kepa Arrizabalaga
        if f.unit == "year of age" and f.about and (named := _named_beside(doc, f)) is not None:
            f.about = named  # "Prince Andrew, the nearly 60-year-old younger brother of ...": Prince Andrew
        _full_name(doc, f)
        if f.unit == "year of age" and f.about and f.value is not None:
            # "Harry Maguire, 26": whose age 26 is, for a later "The 26-year-old"; "" when two people are 26
            ages[f.value] = f.about if ages.get(f.value, f.about) == f.about else ""
        out.append(_record(doc, rep, document, f))
    return out


def _surnames(doc: Doc) -> dict[str, str]:
    """Each surname the document gives to one person only, named in full at its first mention -> that full name
    (computed once per document). A second full name of the surname ("Mark Smith" and "Adam Smith"), a bare
    surname before the full name ("Shares of Ford fell 3% ... Bill Ford said", "Jordan will receive ..., Rep. Jim
    Jordan said") or a title + surname not written before the full name too ("President Biden ... his son Hunter
    Biden", review r2 HIGH-2/HIGH-3) leaves it out: the story may be about another person or a company."""
    key = "figures.surnames"
    if key not in doc.user_data:
        full: dict[str, set[str]] = {}
        inside: dict[str, set[int]] = {}  # the surname's tokens inside the full-name mentions
        titles: dict[str, set[str]] = {}  # the title words right before a full-name mention ("President Donald Trump")
        for e in doc.ents:
            if e.label_ == "PERSON" and 2 <= len(e) <= 5 and all(_a_name_token(t) or _joins_name(t) for t in e):
                last = e[-1].i
                while last - 2 >= e.start and _joins_name(doc[last - 1]):
                    last -= 2  # "Alexandria Ocasio-Cortez": the surname starts at "Ocasio"
                if last == e.start:
                    continue  # one hyphenated word is no full name
                surname = doc[last : e.end].text
                full.setdefault(surname, set()).add(_name_as_written(e))
                inside.setdefault(surname, set()).add(last)
                if e.start > 0:
                    titles.setdefault(surname, set()).add(doc[e.start - 1].lower_)
        out = {}
        for name, names in full.items():
            if len(names) != 1:
                continue
            words = next(iter(names)).split()
            uses = _surname_uses(doc, name)
            for t in uses:  # the full name where the entity tagger missed it (a heading's "Taylor Swift")
                if t.i >= len(words) - 1 and [w.text for w in doc[t.i - len(words) + 1 : t.i + 1]] == words:
                    inside[name].add(t.i)
            if uses[0].i not in inside[name]:
                continue
            if all(_bare_use(doc, t, titles.get(name, set())) for t in uses if t.i not in inside[name]):
                out[name] = next(iter(names))
        doc.user_data[key] = out
    return doc.user_data[key]


def _joins_name(t: Token) -> bool:
    """A hyphen glued between two words of a name ("Ocasio-Cortez", "Jean-Pierre")."""
    return (
        t.text in ("-", "–")
        and not t.whitespace_
        and t.i > 0
        and not t.doc[t.i - 1].whitespace_
        and t.i + 1 < len(t.doc)
        and _a_name_token(t.doc[t.i + 1])
    )


def _surname_uses(doc: Doc, name: str) -> list[Token]:
    """The first tokens of the mentions of a surname, which may be written in several tokens ("Ocasio-Cortez")."""
    where = _token_places(doc)
    if "-" not in name and "–" not in name:
        return [doc[i] for i in where.get(name, ())]
    first = re.split(r"[-–]", name, maxsplit=1)[0]
    n = len(name)
    return [doc[i] for i in where.get(first, ()) if doc[i : min(len(doc), i + 5)].text[:n] == name]


def _token_places(doc: Doc) -> dict[str, list[int]]:
    """Each token text of the document -> where it stands, in order (once per document: the surnames of a long
    article are looked up many times, and a pass over every token each time grew with the names)."""
    key = "figures.token_places"
    places = doc.user_data.get(key)
    if places is None:
        places = {}
        for i, w in enumerate(t.text for t in doc):
            places.setdefault(w, []).append(i)
        doc.user_data[key] = places
    return places


def _bare_use(doc: Doc, t: Token, titles: set[str]) -> bool:
    """Whether a surname token outside the full name is the surname alone: not after a title ("President Biden",
    "Sen. Brown", "Mr. Smith") or another name word, unless the full name has that title too ("President Donald
    Trump ... President Trump"). The small model tags bare surnames as organisations as often as people ("convicting
    Webb, 51"), so the entity label is no test."""
    if t.i == 0:
        return True
    prev = doc[t.i - 1]
    if prev.lower_ in titles:
        return True
    return not (_is_title_word(prev) or (prev.pos_ == "PROPN" and prev.text[:1].isupper()))


def _a_name_token(t: Token) -> bool:
    """A word of a person's full name: a capitalised word or an initial ("John", "W."), not a dash or a product
    listing's words ("Wireless Earphones - Black")."""
    initial = len(t.text) == 2 and t.text[0].isupper() and t.text[1] == "."
    word = t.is_alpha or _APOSTROPHE_NAME.fullmatch(t.text) is not None  # "O'Brien", "D'Angelo"
    return t.pos_ == "PROPN" and (initial or (word and t.text[0].isupper() and not t.is_upper))  # "LeBron"


_APOSTROPHE_NAME = re.compile(r"[A-Z][a-z]?['’][A-Z][a-z]+")


# Words after which a range of whole numbers is a range of ages ("aged between 24 and 51", "ages 18 to 24").
_AGE_WORDS = frozenset(("age", "aged", "ages"))


def _unit_words_out_of_about(doc: Doc, figs: list[_Fig]) -> None:
    """An about that opens with the unit words of another figure of its sentence ("The 500 sq m flat sold for £1m":
    'sq m'; "The 4,500 sq ft mansion ... sold for $7.25 million": 'ft mansion'; "The 6ft 5in centre scored 34
    points": 'ft') loses them: what is left ('mansion'), else the word right after that figure ('flat', 'centre').
    Only short unit words (symbols and abbreviations of three letters at most) are taken out."""
    by_sentence: dict[int, list[_Fig]] = {}  # a sentence's start -> its measures, read once (Token.sent walks)
    for g in figs:
        if g.kind in ("quantity", "money"):
            by_sentence.setdefault(doc[g.start].sent.start, []).append(g)
    if not by_sentence:
        return
    for f in figs:
        if not f.about:
            continue
        words = f.about.split()
        for g in by_sentence.get(doc[f.start].sent.start, ()):
            if g is f:
                continue
            units = set(re.findall(r"[A-Za-z]+", doc[g.num.start : g.end].text))
            k = 0
            while k < len(words) and words[k] in units and len(words[k]) <= 3 and words[k].islower():
                k += 1
            if k == 0:
                continue
            if k < len(words):
                f.about = " ".join(words[k:])
            else:
                after = doc[g.end] if g.end < len(doc) else None
                f.about = after.text if after is not None and _names_the_measured(after) else None
            break


def _names_the_measured(t: Token) -> bool:
    """Whether the word after a measure names what it measures: a noun, or an adjective the parse uses as one ("A
    500 sq m flat ... sold"); not a measuring adjective ("5 km long")."""
    return (
        t.is_alpha
        and t.pos_ in ("NOUN", "PROPN", "ADJ")
        and t.dep_ in _NOUNISH
        and t.lower_ not in _MEASURING_ADJECTIVES
    )


# Dependencies of a word the tagger may call an adjective where it is the noun ("A 500 sq m flat ... sold").
_NOUNISH = frozenset(("nsubj", "nsubjpass", "dobj", "pobj", "compound", "ROOT", "acomp"))


def _aged_bound(doc: Doc, f: _Fig) -> bool:
    """A bound on an age written after "aged" ("Children aged under 5 are most at risk", "residents aged over 65",
    "aged up to 30"): a whole number up to 120, the bound's words right after "aged"."""
    v = f.value
    return (
        f.start > 0
        and doc[f.start - 1].lower_ == "aged"
        and v is not None
        and v == int(v)
        and 0 < v <= 120
        and f.end == f.num.end
    )


def _people_bound(doc: Doc, f: _Fig) -> bool:
    """A bound on an age written right after a plural noun of people ("children under 5", "adults over 65", "people
    45 and older", "patients 18 or younger"): a whole number under 100 ("members over 100" is a count), its bound a
    word of age (under/over/above/below before it, older/younger/over/under after), nothing after it that it counts
    or a capacity's "at a time"/"per group" ("passengers up to 12", "visitors up to 20 per group" are no ages), and
    people who have an age (not families, households, groups)."""
    v = f.value
    if f.start == 0 or v is None or v != int(v) or not 0 < v < 100:
        return False
    before = doc[f.start].lower_ in _AGE_BOUNDS_BEFORE and f.start + 1 == f.num.start and f.end == f.num.end
    after = f.end == f.num.end + 2 and doc[f.end - 1].lower_ in _AGE_BOUNDS_AFTER
    if not (before or after):
        return False
    noun = doc[f.start - 1]
    word = _singular(noun.lower_)
    if noun.tag_ != "NNS" or not _people_noun(word) or word in _AGELESS_GROUPS:
        return False
    return f.end >= len(doc) or (
        doc[f.end].pos_ not in ("NOUN", "PROPN", "NUM") and doc[f.end].lower_ not in ("per", "at")
    )


# Words of an age bound before the number ("children under 5") and after it ("people 45 and older").
_AGE_BOUNDS_BEFORE = frozenset(("under", "over", "above", "below"))
_AGE_BOUNDS_AFTER = frozenset(("older", "younger", "over", "under", "above", "below"))
# Nouns of groups of people, which have no age.
_AGELESS_GROUPS = frozenset(("family", "household", "group", "crowd", "team", "couple", "party", "delegation"))


def _aged_range(doc: Doc, f: _Fig) -> bool:
    """Whether a range of numbers is a range of ages: right after "aged"/"ages", or "between" after one ("The men,
    aged between 24 and 51, were charged", "voters ages 18 to 24"), both ends whole numbers a person may be."""
    if f.low is None or f.high is None or f.start == 0:
        return False
    if not all(x == int(x) and 0 < x <= 120 for x in (f.low, f.high)):
        return False
    k = f.start - 1
    if doc[k].lower_ == "between" and k > 0:
        k -= 1
    return doc[k].lower_ in _AGE_WORDS


def _full_name(doc: Doc, f: _Fig) -> None:
    """A person's surname alone in an 'about' ("Smith, 41, was placed on leave", "prison term for Smith") becomes
    the full name the document gives that surname ("John Smith"), so the figure keys with the same person's figures
    in other files; only when the document names one person of that surname, in full at first (see _surnames), and
    the surname by the figure has no title of its own. Only a person's age or prison term, or a figure 'he'/'she'
    ties to the surname ("Newsom expects he will raise $20 million"), review r2 HIGH-3: a company named for its
    founder is tagged as a person often enough ("Michael Dell founded the company. Dell earned $1.1 billion") that
    other money and shares stay with the bare name; counts are never a person's ("190 Democrats")."""
    if not f.about or f.kind in ("count", "number", "date"):
        return
    words = f.about.split()
    if len(words) > 1 and not words[-2].islower():
        return  # already a full name, or a name of two words ("New York", "iPad Pro")
    name = _surnames(doc).get(words[-1])
    if name is None:
        return
    sent = doc[f.start].sent
    uses = [t for t in _surname_uses(doc, words[-1]) if t.sent == sent and not f.start <= t.i < f.end]
    if not uses:
        return
    own = min(uses, key=lambda t: abs(t.i - f.start))  # the about's own token: the surname nearest the figure
    gendered = any(t.lower_ in ("he", "she") for t in doc[own.i + 1 : f.start])  # "Newsom expects he will raise"
    if (f.unit == "year of age" or f.kind == "duration" or gendered) and _bare_use(doc, own, set()):
        f.about = " ".join([*words[:-1], name])


def _conjoined_direction(doc: Doc, figs: list[_Fig]) -> None:
    """A change joined to a change by "and"/"or" moves the same way: "Sales rose 5% and 7%", "rose 3x and 12x"
    (the second figure is the verb's conjunct, which the direction rules do not reach). Not a figure of another kind
    or unit, nor one that opens a noun phrase of its own ("rose 5%, and 7% of staff left")."""
    for i, (a, b) in enumerate(zip(figs, figs[1:], strict=False)):
        if b.direction or not a.direction or a.kind != b.kind or a.unit != b.unit:
            continue
        if a.kind not in ("percent", "money", "quantity") and not (b.parts and b.parts[0][1] == "fold"):
            continue
        k = a.end
        while k < b.start and (doc[k].ent_type_ in ("DATE", "TIME") or _dates_after(doc[k])):
            k += 1  # "grow 2.5 percent this year and 2.8 percent next year": a time the first change is of
        gap = [t.lower_ for t in doc[k : b.start]]
        if doc[a.start].sent != doc[b.start].sent:
            continue
        if gap not in (["and"], ["or"], [",", "and"], [",", "or"]) and not (gap == [","] and _listed(doc, figs, i + 1)):
            continue
        nxt = doc[b.end] if b.end < len(doc) else None
        if nxt is not None and (nxt.lower_ == "of" or nxt.pos_ in ("NOUN", "PROPN", "VERB", "AUX")):
            continue
        b.direction = a.direction


def _listed(doc: Doc, figs: list[_Fig], j: int) -> bool:
    """Whether figure ``j`` is a middle item of a list of figures of one kind and unit in one sentence, the list
    closed by "and"/"or" ("5%, 6% and 7%", "$5, $6, $7 or $8"): the next figure follows it after a comma or the
    closing conjunction."""
    b = figs[j]
    for c in figs[j + 1 :]:
        if c.kind != b.kind or c.unit != b.unit:
            return False
        k = b.end
        while k < c.start and (doc[k].ent_type_ in ("DATE", "TIME") or _dates_after(doc[k])):
            k += 1  # "rose 3% on Monday, 2% on Tuesday and 1% on Wednesday": the time each item is of
        if c.start - k > 2 or doc[c.start].sent != doc[b.start].sent:
            return False  # a gap of more than two words is none of those below (read only when it is short)
        gap = [t.lower_ for t in doc[k : c.start]]
        if gap in (["and"], ["or"], [",", "and"], [",", "or"]):
            return True
        if gap != [","]:
            return False
        b = c
    return False


def _listed_about(doc: Doc, figs: list[_Fig]) -> None:
    """The middle items of a list of figures measure what its first and last items measure: "The rates were 5%, 6%
    and 7%" gave the 6% (the parse's apposition of the first) no about, the first and last 'rates'."""
    i = 0
    while i < len(figs) - 2:
        first, j = figs[i], i + 1
        while (
            j < len(figs) and _listed(doc, figs, j) and [t.text for t in doc[figs[j - 1].end : figs[j].start]] == [","]
        ):
            j += 1  # figs[i+1 .. j-1] are middle items
        last = figs[j] if j < len(figs) else None
        if j > i + 1 and last is not None and first.about and last.about == first.about and first.kind == last.kind:
            for b in figs[i + 1 : j]:
                if b.about is None and b.kind == first.kind and b.unit == first.unit:
                    b.about = first.about
        i = max(j, i + 1)


def _dates_after(t: Token) -> bool:
    """Whether t is a preposition before a date ("in October", "on Monday")."""
    return t.pos_ == "ADP" and any(c.dep_ == "pobj" and c.ent_type_ in ("DATE", "TIME") for c in t.children)


# Nouns that sum up what a sentence counted ("bringing its total to 158 million").
_TOTAL_NOUNS = frozenset({"total", "tally", "count", "number"})
# A total "is" or "stands at" its level.
_BE_FORMS = frozenset({"be", "is", "am", "are", "was", "were", "been", "being", "stand", "stands", "stood", "standing"})


def _restates_total(doc: Doc, num: _Num, count: _Fig) -> bool:
    """A bare amount that gives the new total of what its sentence just counted, not money: the object of "to" or
    "from" of a verb whose subject or object is a total or the counted noun itself ("added 6.8 million subscribers,
    bringing its total to 158 million", "... and its subscribers rose from 150 million to 158 million"), what a
    total is or stands at ("..., and the total is now 158 million"), or the level the count is up or down from
    ("has 158 million subscribers, up from 140 million")."""
    if count.counted is None or count.end > num.start or doc[count.start].sent.start != doc[num.start].sent.start:
        return False
    top = next((doc[k] for k in range(num.start, num.end) if not num.start <= doc[k].head.i < num.end), None)
    if top is None:
        return False
    prep = top.head if top.dep_ == "pobj" else None
    if prep is not None and prep.lower_ == "from" and prep.head.lower_ in ("up", "down"):
        return prep.head.head.i == count.counted
    if prep is not None and prep.lower_ in ("to", "from", "at"):
        verb = prep.head
        if prep.lower_ == "at" and verb.lower_ not in _BE_FORMS:
            return False
    elif top.dep_ == "attr":
        verb = top.head
    else:
        return False
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    counted = _singular(doc[count.counted].lower_)
    return any(
        c.dep_ in ("nsubj", "nsubjpass", "dobj") and _names_the_count(c, counted, num, count) for c in verb.children
    )


def _names_the_count(noun: Token, counted: str, num: _Num, count: _Fig) -> bool:
    """``noun`` is the counted noun itself or a total of it: "the number of customers" when customers were
    counted, not "the number of loans"; a bare "total" only when the amount is of the count's size (from the
    count to a hundred times it: "added 6.8 million subscribers, bringing its total to 158 million", not "fed
    30,000 families, and its total rose to 6 million", where the total is the money raised)."""
    word = _singular(noun.lower_)
    if word == counted:
        return True
    if word not in _TOTAL_NOUNS:
        return False
    of = next((p for p in noun.children if p.dep_ == "prep" and p.lower_ == "of"), None)
    if of is not None:
        return any(o.dep_ == "pobj" and _singular(o.lower_) == counted for o in of.children)
    return count.value is not None and count.value <= num.value <= 100 * count.value


# Scale letters the tokenizer glues a sentence's full stop to ("£300m.", "5bn."): none is written with a dot.
_SENTENCE_DOT_AFTER = frozenset(("m", "bn", "b", "k", "tn", "mn", "M", "B", "K", "T"))


# What follows "N times" when it multiplies an amount: a comparison ("10 times as many cases", "10 times more
# calories", "10 times higher") or the amount itself ("18 times the number of cells", "25 times his expenses").
_MULTIPLIED = frozenset(("more", "less", "fewer"))
_COPULAS = frozenset(("is", "are", "was", "were", "be", "been", "remains", "remained", "stands", "stood"))


def _multiplier(doc: Doc, f: _Fig) -> bool:
    """A count of "times" that multiplies an amount ("Officials reported 10 times as many flu cases"), a plain
    number: it counts no cases, so it contradicts no count of them ("5,000 flu cases"). "He was arrested three
    times", "three times at the border", "three times this year" and "four times per week" count occurrences, and
    so do "three times as a juvenile" (a role), "three times over the past decade" (a period) and "Three times the
    prime minister has survived" (a fronted count). A multiplier is "<N> times as many/much/large ...", "<N> times
    the/its <noun>" inside a clause, "<N> times higher/more ..." and "three times over" closing a clause."""
    if f.kind != "count" or compared_unit_of(f.kind, f.unit) is not None:
        return False  # a rate ("four times per week") is no multiplier
    k = f.end if f.low is not None else f.num.end  # "two to three times as many": after the range
    if k + 1 >= len(doc) or doc[k].lower_ != "times":
        return False
    nxt = doc[k + 1]
    if nxt.ent_type_ in ("DATE", "TIME"):
        return False
    after = doc[k + 2] if k + 2 < len(doc) else None
    if nxt.lower_ == "as":
        return after is not None and (after.lower_ in ("many", "much") or after.pos_ in ("ADJ", "ADV"))
    if nxt.lower_ == "over":
        # "oversubscribed three times over", "three times over 10 years" is a period
        return after is None or after.is_punct or (after.like_num and after.ent_type_ not in ("DATE", "TIME"))
    if nxt.lower_ in _MULTIPLIED or nxt.tag_ in ("JJR", "RBR"):
        return True
    if nxt.lower_ in ("what", "average", "median") and not doc[f.start].is_sent_start:
        # "Rents are 10 times what they were", "is now 8.3 times average earnings" (probe s29 F20): a level said
        # with a copula; "He asked three times what had happened" counts askings
        return any(t.lower_ in _COPULAS for t in doc[max(doc[f.start].sent.start, f.start - 3) : f.start])
    if nxt.lower_ in ("the", "that", "those") or nxt.tag_ == "PRP$":
        return not doc[f.start].is_sent_start  # "Three times the prime minister has survived a vote": occurrences
    return False


def _record(doc: Doc, rep: Repaired, document: str, f: _Fig) -> Figure:
    """The public record, with offsets mapped back to the original text."""
    a = doc[f.start].idx
    last = doc[f.end - 1]
    b = last.idx + len(last.text)
    if (
        len(last.text) > 1
        and last.text.endswith(".")
        and (last.text[:-1] in _SENTENCE_DOT_AFTER or last.i == last.sent.end - 1 or doc[last.i + 1].is_sent_start)
    ):
        b -= 1  # "spent £300m.", "start at 99€.": the tokenizer kept the full stop that ends the sentence
    s, e = rep.span(a, b)
    sent = doc[f.start].sent
    ss, se = rep.span(sent.start_char, sent.end_char)
    sentence = rep.original[ss:se].strip()
    value = f.value
    if value is not None:
        # Drop float noise such as 16399999.999999998 (15 digits: 12 cut the national debt to the dollar,
        # "$22,719,401,753,433" read as 22,719,401,753,400)
        value = float(f"{value:.15g}")
    kind = "number" if _multiplier(doc, f) else f.kind
    display = _display(value, kind, f.unit, f.date, f.low, f.high, f.parts)
    if f.num.vague and value is not None:
        # "thousands" is shown as its floor with a plus ("1,000+", "USD 1 bn+", "1,000,000,000+ years"): the
        # panel puts the qualifier first, and "approximately 1,000+" reads where "approximately thousands" did not.
        head, sep, rest = display.partition(" ")
        display = f"{display}+" if f.kind == "money" else f"{head}+{sep}{rest}"
    about = f.about.strip() if f.about else None
    if about and not any(c.isalpha() for c in about.split(" ", 1)[0]):
        # "9.83 ± 0.01 cm", "7 3/4 % bonds": the parse may hang the number on a symbol, which names nothing
        words = about.split(" ")
        while words and not any(c.isalpha() or c.isdigit() for c in words[0]):
            words.pop(0)
        about = " ".join(words) or None
    about = _without_codes(about)
    unit = f.unit
    if f.kind == "count" and compared_unit_of(f.kind, unit) is None:
        # A count's unit is the singular of the noun it counts ("13,000 North Korean soldiers": unit "soldier",
        # about "North Korean soldiers"), as the noun-based units of news quantity benchmarks (CQE) write it;
        # "three times" counts occurrences and has none. A count whose noun is all it names keeps the noun as
        # written as its 'about', so that two counts in one sentence stay apart. A count the build gave a noun
        # it does not write keeps it: the restated total ("added 6.8 million subscribers, bringing its total to
        # 158 million": subscriber) and the dead or hurt ("At least 50 died": people).
        if not about and unit and unit != "time" and f.counted is not None and doc[f.counted].is_alpha:
            about = doc[f.counted].text
        times = f.num.end < len(doc) and doc[f.num.end].lower_ == "times"
        if unit == "time" or times or kind == "number" or (f.counted is not None and not doc[f.counted].is_alpha):
            unit = None  # "18 times the number of cells", "10 times more calories": a multiplier counts no noun
    # Who gives or holds an amount, for the conflicts of amounts of stuff and of rates ("The earbuds give 5 hours of
    # battery life", "Amazon holds a 10% stake in Rivian"): the parse's subject, not the words before it.
    # Only for the amounts whose conflicts it keys (review s19 r3 MED-9): an amount of stuff ("5 hours of battery
    # life") and a rate before its noun ("a 10% stake"); a code alone holds nothing ("Spot gold XAU= added 0.1%").
    after = doc[f.end] if f.end < len(doc) else None
    portion = after is not None and kind in ("money", "quantity", "duration") and after.lower_ == "of"
    rate = after is not None and kind == "percent" and after.pos_ in ("NOUN", "PROPN", "ADJ")
    # and for the conflicts of counts and shares whose owner the verb's subject is ("Acme Corp employs 26,000
    # employees", "The Social Democrats won 31.2% of the vote": probe s28 F10, F22, asked by conflicts.py)
    owned = kind == "count" and f.counted is not None and doc[f.counted].dep_ == "dobj"
    share = after is not None and kind == "percent" and after.lower_ == "of"
    holder = _without_codes(_holder(doc, f)) if portion or rate or owned or share else None
    if holder is not None and _QUOTE_CODE.fullmatch(holder):
        holder = None
    per = None
    if kind in ("money", "percent") and unit and " per " in unit:
        # A money unit is an ISO 4217 code: "$1.40 a share" is USD, per share; "108.55 yen per dollar" JPY, per USD
        # (the display keeps the rate whole: "USD 1.40 per share"); a percent stays one: "grew 3% a year" is %, per year
        unit, _, per = unit.partition(" per ")
    return Figure(
        text=rep.original[s:e],
        value=value,
        kind=kind,
        unit=unit,
        qualifier=f.qualifier,
        direction=f.direction,
        about=about or None,
        sentence=sentence,
        document=document,
        start=s,
        end=e,
        display=display,
        date=f.date,
        vague=f.num.vague and value is not None,
        per=per,
        holder=holder,
    )


# A market quote code that wire copy writes after an instrument's name (Reuters instrument codes): "GBP=", "EUR=",
# "US10YT=RR", ".SPX", ".DJI", "CLc1", "LCOc1", "CMCU3"; not a model name ("A320", "G7", "737").
_QUOTE_CODE = re.compile(
    r"\(?(?:\S*=\S*|\.[A-Z]{2,6}|[A-Z]{2,4}[a-z]\d|[A-Z]{4}\d|[A-Z0-9]{2,6}(?:_[a-z])?\.[A-Z]{1,2})\)?"
)  # and a stock's: "AAPL.O", "7203.T", "0700.HK", "VOWG_p.DE" (review s19 r3 MED-3)


def _without_codes(text: str | None) -> str | None:
    """``text`` without the market quote codes among its words ("Brent LCOc1 futures": "Brent futures", "S&P 500
    .SPX": "S&P 500", "Gold XAU=": "Gold", "Apple AAPL.O shares": "Apple shares"); a code alone stays."""
    if not text or " " not in text:
        return text
    named = [w for w in text.split(" ") if not _QUOTE_CODE.fullmatch(w)]
    return " ".join(named) if named else text


__all__ = ["extract_figures", "find_conflicts"]
