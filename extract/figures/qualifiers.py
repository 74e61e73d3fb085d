"""Qualifiers ("up to", "about", "or more") and direction of change ("rose 5%", "a 10% drop")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from extract.actors.lexicon import PLACE_NOUNS
from extract.figures.core import _Fig, _singular, _span_root
from extract.figures.units import _DURATION_UNITS, _unit_name

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


# fmt: off
_QUALIFIERS: dict[tuple[str, ...], str] = {
    ("up", "to"): "up to", ("as", "many", "as"): "up to", ("as", "much", "as"): "up to", ("as", "high", "as"): "up to",
    ("at", "least"): "at least", ("no", "less", "than"): "at least", ("no", "fewer", "than"): "at least",
    ("a", "minimum", "of"): "at least", ("not", "less", "than"): "at least",
    ("more", "than"): "more than", ("over",): "more than", ("above",): "more than", ("greater", "than"): "more than",
    ("in", "excess", "of"): "more than", ("upwards", "of"): "more than", ("exceeding",): "more than",
    ("upward", "of"): "more than", ("just", "above"): "more than", ("just", "below"): "less than",
    ("topping",): "more than", ("well", "over"): "more than", ("well", "above"): "more than",
    ("well", "under"): "less than", ("well", "below"): "less than", ("far", "more", "than"): "more than",
    ("north", "of"): "more than", ("just", "over"): "more than", ("higher", "than"): "more than",
    ("less", "than"): "less than", ("fewer", "than"): "less than", ("under",): "less than", ("below",): "less than",
    ("just", "under"): "less than", ("lower", "than"): "less than", ("short", "of"): "less than",
    ("at", "most"): "at most", ("no", "more", "than"): "at most", ("a", "maximum", "of"): "at most",
    ("not", "more", "than"): "at most", ("up", "to", "a", "maximum", "of"): "at most",
    # a negated comparative bounds the other way ("holding people no longer than 72 hours")
    ("no", "longer", "than"): "at most", ("not", "longer", "than"): "at most", ("no", "greater", "than"): "at most",
    ("not", "greater", "than"): "at most", ("no", "higher", "than"): "at most", ("not", "higher", "than"): "at most",
    ("no", "shorter", "than"): "at least", ("not", "shorter", "than"): "at least", ("no", "lower", "than"): "at least",
    ("not", "lower", "than"): "at least", ("no", "smaller", "than"): "at least",
    ("longer", "than"): "more than", ("shorter", "than"): "less than",
    ("about",): "approximately", ("around",): "approximately", ("approximately",): "approximately",
    ("roughly",): "approximately", ("nearly",): "approximately", ("almost",): "approximately",
    ("some",): "approximately", ("circa",): "approximately", ("approx",): "approximately",
    ("approx.",): "approximately", ("close", "to"): "approximately", ("an", "estimated"): "approximately",
    ("estimated",): "approximately", ("roughly", "about"): "approximately", ("nearly", "about"): "approximately",
    ("somewhere", "around"): "approximately", ("just", "about"): "approximately",
    ("an", "approximate"): "approximately",
    ("c.",): "approximately", ("~",): "approximately", ("near",): "approximately",
    ("nearly", "some"): "approximately", ("<",): "less than", (">",): "more than",
    # the low end of what is offered or found: "prices cut to as low as 55,800 yuan", "as few as 10 seats"
    ("as", "low", "as"): "at least", ("as", "little", "as"): "at least", ("as", "few", "as"): "at least",
    # "more then 1 500 soldiers": "than" typed "then" in translated copy, only right before a number
    ("more", "then"): "more than", ("less", "then"): "less than", ("fewer", "then"): "less than",
    ("shy", "of"): "less than", ("in", "the", "region", "of"): "approximately",
    ("to", "the", "tune", "of"): "approximately",
    ("on", "the", "order", "of"): "approximately", ("of", "the", "order", "of"): "approximately",
    # Verbs that state a bound on what follows ("sales topped $1bn").
    ("topped",): "more than", ("surpassed",): "more than", ("exceeded",): "more than", ("surpassing",): "more than",
    ("crossed",): "more than", ("breached",): "more than", ("eclipsed",): "more than", ("past",): "more than",
}
_QUALIFIER_MAX = max(len(k) for k in _QUALIFIERS)
_AFTER_QUALIFIERS = {("or", "more"): "at least", ("or", "so"): "approximately", ("or", "less"): "at most",
                     ("or", "fewer"): "at most", ("-", "odd"): "approximately", ("odd",): "approximately",
                     ("plus",): "more than", ("-", "plus"): "more than", ("+",): "more than",
                     ("or", "thereabouts"): "approximately", ("more", "or", "less"): "approximately",
                     # "people aged 65 and older", "children 12 and under", "48 months and above"
                     ("and", "older"): "at least", ("or", "older"): "at least", ("and", "above"): "at least",
                     ("or", "above"): "at least", ("and", "over"): "at least", ("or", "over"): "at least",
                     ("and", "up"): "at least", ("or", "higher"): "at least", ("and", "higher"): "at least",
                     ("and", "under"): "at most", ("or", "under"): "at most", ("and", "below"): "at most",
                     ("or", "below"): "at most", ("and", "younger"): "at most", ("or", "younger"): "at most",
                     ("or", "lower"): "at most"}
# Stems of change verbs and nouns (the lemmatizer is disabled in the pipeline, so match surface stems).
_UP_STEMS = ("rise", "rose", "risen", "rising", "increas", "grew", "grow", "climb", "jump", "gain", "soar", "surg",
             "rall", "advanc", "spik", "rebound", "boost", "rais", "hike", "leap", "leapt", "swell", "swollen",
             "widen", "expand", "up", "strengthen", "appreciat", "recover", "firmed", "lifted", "lifting")
_DOWN_STEMS = ("fell", "fall", "drop", "declin", "decreas", "slid", "slip", "plung", "tumbl", "sank", "sink", "sunk",
               "shed", "slump", "reduc", "lower", "shrank", "shrink", "shrunk", "contract", "eased", "eas",
               "dip", "retreat", "plummet", "tank", "crash", "los", "lost", "cut", "down", "narrow", "halv", "slash",
               "weaken", "soften", "depreciat", "skid", "trim")
# Change verbs whose object is usually an amount moved rather than a change ("cut 4,000 jobs"), except for percent.
# In every form: "would raise at least 88 billion Hong Kong dollars" is money raised, not a rise.
_AMOUNT_VERBS = {"cut", "cuts", "cutting", "reduce", "reduces", "reducing", "reduced", "raise", "raises", "raising",
                 "raised", "lose", "loses", "losing", "lost", "boost", "boosts", "boosting", "boosted", "add", "adds",
                 "adding", "added", "lift", "lifts", "lifting", "lifted"}
# Verbs whose particle "up"/"down" moves no level ("made up 40%", "racked up $2m", "paid down $5bn of debt"):
# the figure after them is an amount, not a change.
_PARTICLE_NOT_CHANGE = {
    "up": ("make", "made", "rack", "sav", "ant", "sign", "set", "sum", "tot", "tall", "pil", "rang", "ring", "run",
           "ran", "took", "tak", "use", "put", "cough", "pony", "poni", "shell", "snap", "bought", "buy", "turn",
           "show", "line", "lin", "free", "mop", "scoop", "stock", "hold", "held", "gave", "giv", "back", "drew",
           "draw", "writ", "wrote"),
    "down": ("hand", "put", "shut", "brok", "break", "turn", "vot", "struck", "strik", "wound", "wind", "lay",
             "laid", "shot", "shoot", "track", "hunt", "paid", "pay", "writ", "wrote", "sat", "sit", "tied",
             "tie", "tying", "jot", "boil", "doubl", "play", "back", "bog", "stood", "stand", "step", "wore", "wear"),
}
# Forms of "be" after which "off N%" is a fall ("shares were off 3%"); extract/figures/__init__.py has a
# _BE_FORMS of its own ("stands at"), hence the name (review s24 finding 5).
_OFF_BE_FORMS = frozenset(("is", "was", "are", "were", "be", "been", "being", "'s", "’s"))
_CHANGE_NOUNS_UP = {"increase", "rise", "gain", "jump", "growth", "hike", "surge", "boost", "climb", "rally", "uptick",
                    "improvement"}
_CHANGE_NOUNS_DOWN = {"decrease", "decline", "drop", "fall", "loss", "cut", "reduction", "slump", "dip", "downturn",
                      "contraction", "plunge"}
# fmt: on


# Words before a number that bound it only as a level crossed ("Bitcoin crossed $60,000"), not a count of things
# crossed, breached or passed ("crossed 3 borders", "breached 40 million accounts", "slipped past two defenders").
_CROSSING = frozenset((("crossed",), ("breached",), ("eclipsed",), ("past",)))
# Words after a number that keep it a level: points, percentages ("surged past 30,000 points", "breached 3%").
_LEVEL_WORDS = frozenset(("point", "points", "%", "percent", "pct", "per", "basis", "bps"))


# Subjects that are a level or total, whose number crossed is a bound whatever noun it counts ("The death toll
# crossed 1,000 people", "Enrollment dropped past 10,000 students"), and totals of an audience ("crossed 200 million
# subscribers"), which grow past a mark rather than being things crossed.
_TOTAL_SUBJECTS = frozenset(
    (
        *("toll", "population", "attendance", "enrollment", "enrolment", "number", "count", "total", "tally"),
        *("sales", "debt", "turnout", "membership", "headcount", "workforce", "ridership", "viewership", "audience"),
        *("temperature", "temperatures", "cases", "deaths", "price", "prices", "value", "revenue", "figure"),
    )
)
_AUDIENCE_NOUNS = frozenset(
    ("subscribers", "views", "downloads", "followers", "viewers", "listeners", "users", "visitors", "fans")
)


def _crossing_subject(doc: Doc, i: int) -> Token | None:
    """The subject of the verb of crossing before the number at token i ("Netflix crossed", "toll climbed past")."""
    v = doc[i - 1] if i > 0 else None
    if v is not None and v.lower_ == "past" and i > 1:
        v = doc[i - 2]
    if v is None or v.pos_ not in ("VERB", "AUX"):
        return None
    for _ in range(2):
        subj = next((c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None or v.head.i == v.i or v.dep_ not in ("xcomp", "conj"):
            return subj
        v = v.head
    return None


def _milestone(doc: Doc, i: int, k: int, scales: dict[str, float]) -> bool:
    """Whether tokens i..k-1 write a count of 100,000 or more ("1 million", "250,000"): a mark a total grows past
    ("crossed 1 million employees"), since things crossed one by one ("crossed 10 states", "slipped past two
    defenders") are few."""
    value = None
    for t in doc[i:k]:
        if t.lower_ in scales:
            value = (value or 1.0) * scales[t.lower_]
        elif value is None:
            try:
                value = float(t.text.replace(",", ""))
            except ValueError:
                return False
    return value is not None and value >= 1e5


def _a_level_at(doc: Doc, i: int) -> bool:
    """Whether the number starting at token i is a level (a price, a share, index points, a bare total) rather than a
    count or measure of things: the first word after its digits and scale words is no noun but a level word, a
    punctuation mark ("crossed 1,000, officials said"), a date ("crossed 5,000 Thursday"), a unit of measure with
    no "of" ("past 40 degrees Celsius"; "crossed 40 miles of desert" is things), or the subject is a total ("The
    death toll crossed 1,000 people"). Adjectives before the noun are skipped ("crossed 3 international borders")."""
    from extract.figures.money import _currency_after  # money.py imports this module's neighbours
    from extract.figures.scales import _SCALE_WORDS
    from extract.figures.units import _DURATION_UNITS, _a_unit, _unit_name

    n, k = len(doc), i
    while k < n and (doc[k].like_num or doc[k].lower_ in _SCALE_WORDS or doc[k].text in ("$", "£", "€")):
        k += 1
    if k >= n or doc[k].is_punct or doc[k].lower_ in _LEVEL_WORDS:
        return True  # "crossed 1,000, officials said": the comma ends the number
    if _currency_after(doc, k) is not None:
        return True  # "crossed 60,000 dollars"
    if doc[k].ent_type_ in ("DATE", "TIME") and doc[k].lower_.rstrip("s") not in _DURATION_UNITS:
        return True  # AP style: "The S&P 500 crossed 5,000 Thursday"
    if doc[k].lower_ == "of":
        return False  # "breached 3 million of the company's customer accounts"
    j = k
    while j < n - 1 and j < k + 3 and doc[j].pos_ == "ADJ":
        j += 1  # "crossed 3 international borders", "climbed past four other cars"
    t = doc[j]
    if t.pos_ not in ("NOUN", "PROPN") or t.lower_ in ("pound", "pounds"):
        return True
    if _a_unit(t) and not (j + 1 < n and doc[j + 1].lower_ == "of"):
        return True  # "Temperatures soared past 40 degrees Celsius", "Wind speeds climbed past 150 mph"
    measured = _unit_name(t.lower_) is not None or (j + 1 < n and doc[j + 1].lower_ == "of")  # "120,000 km of desert"
    if doc[i - 1].lower_ != "breached" and not measured and _milestone(doc, i, k, _SCALE_WORDS):
        return True  # "Amazon crossed 1 million employees", "eclipsed 1 billion streams": a mark, not things
    subj = _crossing_subject(doc, i)
    if subj is not None and subj.lower_ in _TOTAL_SUBJECTS:
        return True  # "The death toll crossed 1,000 people"; not "UPS crossed 10 states"
    return t.lower_ in _AUDIENCE_NOUNS and doc[i - 1].lower_ != "breached"  # "Netflix crossed 200 million subscribers"


# Forms of verbs of lasting, which a bound "over" follows ("It lasted over two hours", "waited over three years"); as
# verbs only: "$550 billion in spending over 10 years" is a budget window (the pipeline has no lemmatizer).
_LASTING_VERBS = frozenset(
    (
        *("last", "lasts", "lasted", "lasting", "take", "takes", "took", "taken", "taking"),
        *("spend", "spends", "spent", "spending", "wait", "waits", "waited", "waiting"),
        *("serve", "serves", "served", "serving", "run", "runs", "ran", "running", "stay", "stays", "stayed"),
    )
)


def _over_bounds(doc: Doc, over: int) -> bool:
    """Whether "over" at token ``over`` bounds the span after it rather than spanning it: after "for", "in" or a verb
    of lasting ("jailed for over two years", "the highest in over a decade", "It lasted over two hours"); "Prices
    rose over two years" spans them."""
    prev = doc[over - 1] if over > 0 else None
    lasting = prev is not None and prev.pos_ in ("VERB", "AUX") and prev.lower_ in _LASTING_VERBS
    return prev is not None and (prev.lower_ in ("for", "in") or lasting)


# Units of length a layer is measured in ("under three feet of snow", "under two metres of water").
_LAYER_UNITS = frozenset(("inch", "foot", "yard", "metre", "centimetre", "millimetre"))


# Verbs of lying, being held or covered under something ("buried", "trapped", "lay"), as written (the pipeline has
# no lemmatizer); a copula only with a place for its subject ("The town was under 3 feet of snow").
_UNDER_PLACE_VERBS = frozenset(
    (
        *("buried", "bury", "buries", "burying", "trapped", "trap", "traps", "pinned", "submerged", "sank", "sunk"),
        *("sink", "sinks", "lay", "lie", "lies", "lying", "lain", "hid", "hidden", "hide", "hides", "sat", "sit"),
        *("sits", "stood", "stand", "stands", "drowned", "flooded", "crushed", "entombed", "vanished", "disappeared"),
        *("stuck", "caught", "covered"),
    )
)
_COPULAS = frozenset(("is", "are", "was", "were", "be", "been", "being"))


def _over_places(doc: Doc, i: int) -> bool:
    """Whether "over" before the number at token i says where a verb with an object of its own acted: the parse hangs
    "over" on the verb and places on "over" ("had downed 84 Ukrainian drones over 11 regions"); "affected over 11
    regions" (the places are the object) is a bound."""
    over = doc[i - 1]
    if over.dep_ != "prep" or over.head.pos_ != "VERB":
        return False
    if not any(c.dep_ == "dobj" and c.i < over.i for c in over.head.children):
        return False
    place = next((c for c in over.children if c.dep_ == "pobj"), None)
    return place is not None and (place.ent_type_ in ("GPE", "LOC") or _singular(place.lower_) in PLACE_NOUNS)


def _a_place_under(verb: Token) -> bool:
    """A copula whose subject is a place ("The town was under 3 feet of snow"), not an amount ("Rainfall is
    expected to be under two inches")."""
    if verb.lower_ not in _COPULAS:
        return False
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None:
        return False
    return subj.ent_type_ in ("GPE", "LOC", "FAC") or _singular(subj.lower_) in PLACE_NOUNS


def _a_layer(doc: Doc, i: int) -> bool:
    """Whether the number at token i, after "under", measures a layer over what lies under it: a length "of" a noun,
    the object of an "under" of place, after a noun or a verb of lying, being held or covered ("buried under eight
    inches of mud", "The village lay under two metres of water"); "Under two inches of rain fell", "expect under two
    inches of rain", "under 5 feet tall", "under 10 percent of the vote" are bounds."""
    under = doc[i - 1]
    if under.dep_ != "prep" or under.head.pos_ not in ("NOUN", "PROPN", "VERB", "AUX"):
        return False
    verb = under.head
    if verb.pos_ in ("VERB", "AUX") and verb.lower_ not in _UNDER_PLACE_VERBS and not _a_place_under(verb):
        return False
    for j in range(i + 1, min(i + 4, len(doc) - 2)):
        if _unit_name(doc[j].lower_) in _LAYER_UNITS:
            return doc[j].head.i == under.i and doc[j + 1].lower_ == "of"
    return False


def _qualifier_before(doc: Doc, i: int, floor: int) -> tuple[str | None, int]:
    """A qualifier phrase ending right before token i: (qualifier, its start token)."""
    for k in range(min(_QUALIFIER_MAX, i - floor), 0, -1):
        key = tuple(doc[x].lower_ for x in range(i - k, i))
        if key in _QUALIFIERS:
            q = _QUALIFIERS[key]
            if key == ("some",) and i < len(doc) and doc[i].lower_ == "one":
                continue
            if key[-1:] == ("then",) and i - k > 0 and doc[i - k - 1].lower_ in ("once", "any", "no", "one"):
                continue  # "He paused once more then 20 minutes later left": "more", then a new clause
            if key in (("over",), ("under",), ("above",), ("below",)) and i - k > 0 and doc[i - k - 1].lower_ == "just":
                continue  # "fell to below $20,000" and "up from over 50%" are bounds; "just over" has its own key
            if key == ("over",) and _over_places(doc, i):
                continue  # "downed 84 drones over 11 regions": where the verb's object was downed, not a bound
            if key == ("under",) and _a_layer(doc, i):
                continue  # "buried under eight inches of mud": what lies on top, not a bound
            if key in _CROSSING and not _a_level_at(doc, i):
                continue  # "breached 40 million accounts", "slipped past two defenders": things, not a level
            if key == ("past",):
                verb = doc[i - k - 1] if i - k > 0 else None
                way = _is_change_verb(verb) if verb is not None and verb.pos_ == "VERB" else None
                if way is None:
                    continue  # "the toll climbed past 1,000" is a bound; "walked past 20 houses", "the past 10 years"
                return ("less than" if way == "down" else "more than"), i - k  # "Oil slid past $80": now below it
            if key == ("about",) and doc[i - 1].dep_ == "prep" and doc[i - 1].head.pos_ in ("NOUN", "PROPN"):
                continue  # "his comment about 47 percent of the country": what the comment is about, no estimate
            return q, _framed_start(doc, i - k, floor)
    return None, i


# Phrases around a noun that frame an amount as an estimate and may frame a qualifier of its own ("to the tune of
# about $2 billion", "in the region of more than 500"): the noun ("tune", "region") measures nothing.
# ("of the order of" is left out: "cancellation of the order of about 100 jets" is an order of jets, review s24
# round 2 finding 11.)
_FRAMES = (
    ("to", "the", "tune", "of"),
    ("in", "the", "region", "of"),
    ("on", "the", "order", "of"),
)


def _framed_start(doc: Doc, start: int, floor: int) -> int:
    """The start of a qualifier with the frame right before it, if any ("to the tune of about")."""
    for frame in _FRAMES:
        k = start - len(frame)
        if k >= floor and tuple(doc[x].lower_ for x in range(k, start)) == frame:
            return k
    return start


# Time nouns a "half" before a noun may still be the size of a fall in front of ("cut in half the following year").
_TIME_NOUNS = frozenset(("year", "month", "week", "day", "quarter", "decade", "season", "time", "period", "term"))


# Verbs that cut an amount of something: written "cut in half the budget", their object follows "half".
_CUTTING_VERBS = ("cut", "slash", "reduc", "trim", "lower", "chop")


def _half_of_a_noun(t: Token) -> bool:
    """ "fell in half the markets": a "half" the parse puts before a noun's determiner is a share of that noun
    (the markets where prices fell), not the size of the fall; "cut in half the following year" is still a fall,
    as what follows is when, and so is "cut in half the number of officers": a cutting verb with no object of its
    own has it after "half" (the parse hangs it on "in" all the same)."""
    if t.dep_ != "predet":
        return False
    head = t.head
    if head.ent_type_ in ("DATE", "TIME") or head.lower_.rstrip("s") in _TIME_NOUNS:
        return False
    verb = head.head.head if head.dep_ == "pobj" and head.head.lower_ == "in" else None
    return not (
        verb is not None
        and verb.pos_ == "VERB"
        and verb.lower_.startswith(_CUTTING_VERBS)
        and not any(c.dep_ == "dobj" for c in verb.children)
    )


def _sinks_money_into(t: Token) -> bool:
    """ "sank $10 million into bonds", "have sunk $2 billion into the project": money put into something."""
    kids = list(t.children)
    return any(c.dep_ == "prep" and c.lower_ == "into" for c in kids) and any(
        c.dep_ == "dobj" and c.ent_type_ == "MONEY" for c in kids
    )


def _misread_change_verb(h: Token) -> Token | None:
    """The change verb the tagger read as a modifier of the noun ``h`` when it made the whole sentence that noun
    phrase ("The drug reduced infections by 13%": 'reduced' an adjective, 'infections' the root; "The drug cut
    infections by 13%": 'cut' a noun): a past form or "cut" right before h, with a subject-like word before it."""
    if h.dep_ != "ROOT" or h.pos_ != "NOUN" or h.i < 2:
        return None
    c = h.doc[h.i - 1]
    if c.head.i != h.i or c.dep_ not in ("amod", "compound", "nmod") or c.tag_ not in ("VBN", "VBD", "NN"):
        return None
    if c.tag_ == "NN" and c.lower_ not in ("cut", "cuts"):
        return None  # a noun before the root is a compound ("a price cut", "the tax rate"), not a verb
    before = h.doc[c.i - 1]
    if before.pos_ not in ("NOUN", "PROPN", "PRON"):
        return None  # "The reduced fares by 13%": no subject before the word
    return c if _is_change_verb(c) else None


def _is_change_verb(t: Token) -> str | None:
    low = t.lower_
    if low.startswith(("sank", "sink", "sunk")) and _sinks_money_into(t):
        return None  # "The fund sank $10 million into bonds": invested, nothing fell
    if t.pos_ not in ("VERB", "AUX", "ADV", "ADP", "NOUN", "ADJ") and low not in ("up", "down"):
        return None
    if (
        low.startswith(_UP_STEMS)
        and not low.startswith(("upon", "update", "uphold", "upset", "upper", "rais"))
        or low in ("up", "raised", "raises", "raise", "raising", "higher")
    ):
        if t.pos_ == "NOUN" and low.rstrip("s") not in _CHANGE_NOUNS_UP:
            return None
        return "up"
    if (
        low.startswith(_DOWN_STEMS)
        and not low.startswith(
            ("easy", "east", "eastern", "downtown", "lose", "loss", "contractor", "contracts", "tankers")
        )
        and not (low == "cuts" and t.pos_ != "VERB")  # "The plan cuts emissions by 40 million tonnes" is a verb
        or low in ("down", "lower", "lost", "lose", "loses", "losing")
    ):
        if t.pos_ == "NOUN" and low.rstrip("s") not in _CHANGE_NOUNS_DOWN:
            return None
        if low.startswith("contract") and t.pos_ != "VERB":
            return None
        return "down"
    return None


def _moves_a_level(f: _Fig) -> bool:
    """Percentages, index points and shares only measure changes of a level: "lost 190 points" is a fall, not a
    loss; "lost a quarter of their value" is a fall of a quarter."""
    return (
        f.kind == "percent" or (f.kind == "quantity" and f.unit == "point") or (f.kind == "number" and f.num.fraction)
    )


def _change_above_object(t: Token) -> str | None:
    """The direction of the change verb whose object holds noun t ("decreased the number of calories [consumed by
    13%]"): up through "of" phrases to the object, then its verb."""
    for _ in range(4):
        if t.dep_ == "dobj":
            return _is_change_verb(t.head) if t.head.pos_ == "VERB" else None
        if t.dep_ not in ("pobj", "prep") or t.head.i == t.i:
            return None
        t = t.head
    return None


def _compound_change(doc: Doc, k: int) -> str | None:
    """The direction of a change noun that one or two nouns at token k modify ("a 9% funding increase", "a 3% pay
    rise", "a 25 basis point rate cut"); not a loss or a gain, which are as often sums ("a $2bn trading loss")."""
    if doc[k].pos_ != "NOUN" or doc[k].dep_ != "compound":
        return None
    head = doc[k].head
    if not k < head.i <= k + 2 or any(t.pos_ != "NOUN" for t in doc[k : head.i]):
        return None
    low = _singular(head.lower_)
    if low in ("loss", "gain") or head.pos_ != "NOUN":
        return None
    if low in _CHANGE_NOUNS_UP:
        return "up"
    if low in _CHANGE_NOUNS_DOWN:
        return "down"
    return None


def _of_a_change(doc: Doc, f: _Fig, particle: Token) -> bool:
    """ "guidance of up 2.3 percent", "a forecast of down 1%": a percent after "of up"/"of down" is the change;
    not one that is a share of something ("A deployment of up 5 percent of troops" lost the "to" of "up to")."""
    return (
        f.kind == "percent"
        and doc[particle.i - 1].lower_ == "of"
        and particle.i + 1 < len(doc)
        and doc[particle.i + 1].lower_ != "to"
        and not (f.end < len(doc) and doc[f.end].lower_ == "of")
    )


# Nouns of a sum or a mean that a change "by" may give its size with: "rose by a total of $3 million".
_BY_TOTALS = frozenset(("total", "average", "combined", "aggregate", "cumulative", "net"))


def _absolute_move(noun: Token) -> bool:
    """Whether a noun before "off N" can be the subject of wire copy's verbless move ("with the Nasdaq off 0.8%", "The
    Dow fell 1.2%, the Nasdaq off 0.8%", "Oil prices slid, Brent crude off 2%"): any noun but a verb's object, which
    is a thing on sale ("Walmart has TVs off 40% this week", "He got the shoes off $20": review s24 findings 4, and
    round 2 finding 3)."""
    return not (noun.dep_ in ("dobj", "dative") and noun.head.pos_ in ("VERB", "AUX"))


def _describes(t: Token) -> bool:
    """A participle or its adverb describing the figure after it ("shrank by an annualized 7.1 percent", "rose by a
    seasonally adjusted 0.3%"), which the tagger calls a verb."""
    return (
        t.dep_ == "amod" and t.tag_ in ("VBN", "VBG") or (t.pos_ == "ADV" and t.head.dep_ == "amod" and t.head.i > t.i)
    )


def _direction(doc: Doc, f: _Fig, qstart: int) -> str | None:
    """up/down for changes: "rose 5%", "fell by 3", "up 19 cents", "a 10% increase", "an increase of 4"."""
    bound = doc[qstart + 1] if doc[qstart].lower_ in ("just", "well") and qstart + 1 < len(doc) else doc[qstart]
    if f.qualifier in ("less than", "more than") and bound.lower_ in ("below", "above", "beneath"):
        return None  # "Bitcoin slid below $7,000": a level crossed, not the size of the fall
    if f.qualifier == "less than" and bound.lower_ in ("short", "shy"):
        return None  # "Sales fell short of $1 billion": a level not reached, nothing fell by it
    s = qstart
    while (
        s > 0
        and s > qstart - 3
        and (doc[s - 1].pos_ in ("DET", "ADJ") or doc[s - 1].lower_ == "record" or _describes(doc[s - 1]))
    ):
        s -= 1  # "rose by a record 20.6%", "gained an additional 5%": the verb precedes words describing the figure
    if s > 0 and doc[s - 1].lower_ not in ("by", "of", "up", "down") and doc[s - 1].pos_ != "VERB":
        s = qstart  # nothing to find behind them: read the words right before the figure as before
    prev = doc[s - 1] if s else None
    if (
        prev is not None
        and prev.lower_ == "in"
        and doc[f.start].lower_ == "half"
        and prev.head.i < prev.i
        and not _half_of_a_noun(doc[f.start])
    ):
        return _is_change_verb(prev.head)  # "cut in half": the fall is half of the level
    if prev is not None:
        if (
            prev.lower_ in ("up", "down")
            and prev.i > 0
            # "guidance of up 2.3 percent": a share after "of" is a change; "of up 13,000 troops" lost its "to"
            and (doc[prev.i - 1].lower_ not in ("of", "for", "with", "to", "by") or _of_a_change(doc, f, prev))
        ):
            verb = doc[prev.i - 1]
            phrasal = verb.pos_ in ("VERB", "AUX") and not verb.is_sent_start
            settled = verb.lower_.startswith("settl")
            if settled and phrasal and f.kind not in ("money", "percent") and f.unit not in ("point", "basis point"):
                return None  # "The couple settled down 20 miles from the city": no market's close
            if phrasal and not settled and verb.lower_.startswith(_PARTICLE_NOT_CHANGE[prev.lower_]):
                # "women made up 40% of staff", "racked up $2m": a phrasal verb's particle; "Savings up 5%",
                # "Users up 20%", "Layoffs down 30%" (tagged a verb) open a headline: nouns whose level moved (review)
                return None
            return prev.lower_
        before = doc[prev.i - 1] if prev.i > 0 else None
        if (
            prev.text == "off"
            and (f.kind in ("money", "percent") or f.unit in ("point", "basis point"))
            and before is not None
            and (before.lower_ in _OFF_BE_FORMS or (before.pos_ in ("NOUN", "PROPN") and _absolute_move(before)))
            and not before.is_sent_start
            and not before.like_num
            and before.text != "%"
            and before.ent_type_ not in ("PERCENT", "MONEY", "QUANTITY", "CARDINAL")
        ):
            # "the Nasdaq off 0.8%", "shares were off 3%": wire copy's fall (not "laid off 1,500", nor a discount
            # before a listing: "45% Off 65\" LG TV")
            return "down"
        total = prev.head
        if prev.lower_ == "of" and total.lower_ in _BY_TOTALS and total.dep_ == "pobj" and total.head.lower_ == "by":
            prev = total.head  # "decreased calorie intake by an average of 441 calories": by 441 calories
        if (
            prev.lower_ == "of"
            and total.lower_ in _BY_TOTALS
            and total.dep_ in ("dobj", "npadvmod")
            and total.head.pos_ == "VERB"
            and total.head.i < total.i
        ):
            d = _is_change_verb(total.head)  # "Wages rose an average of 3.1%", "shares fell a total of 12%"
            if d:
                return d
        if prev.lower_ == "by" and prev.i > 0:
            for k in range(prev.i - 1, max(-1, prev.i - 4), -1):
                t = doc[k]
                if t.dep_ == "dobj" and t.head.pos_ == "VERB" and t.head.i < t.i and _is_change_verb(t.head):
                    return _is_change_verb(t.head)  # "will reduce growth by 1%": the verb moves its object, down
                d = _is_change_verb(t)
                if d:
                    return d
                if doc[k].pos_ not in ("ADV", "PART", "ADP", "AUX") and doc[k].lower_ not in ("up", "down"):
                    break
            h = prev.head
            d = _is_change_verb(h) if h.pos_ in ("VERB", "NOUN") else None
            if d:
                return d
            verb = _misread_change_verb(h)
            if verb is not None:
                return _is_change_verb(verb)  # "The drug reduced infections by 13%", the verb read as a modifier
            if h.dep_ == "acl" and h.tag_ == "VBN" and f.kind == "percent":
                d = _change_above_object(h.head)  # "decreased the number of calories consumed by 13%"
                if d and not (f.end < len(doc) and doc[f.end].lower_ == "of"):
                    return d
        if prev.lower_ == "of" and prev.head.pos_ == "NOUN":
            low = prev.head.lower_.rstrip("s")
            length = (
                f.unit in _LAYER_UNITS
                or (  # (a range's first end has no unit yet: "of 10 to 15 feet")
                    f.kind == "number" and any(_unit_name(t.lower_) in _LAYER_UNITS for t in doc[f.end : f.end + 4])
                )
            )
            if low == "surge" and length:
                return None  # "a storm surge of 10 to 15 feet": the height of the sea's surge, nothing rose by it
            if low in _CHANGE_NOUNS_UP:
                return "up"
            if low in _CHANGE_NOUNS_DOWN:
                return "down"
        if prev.pos_ in ("VERB",) or prev.lower_ in ("rose", "fell", "jumped", "gained", "dropped", "lost", "slid"):
            d = _is_change_verb(prev)
            if (
                d
                and f.kind in ("percent", "money", "quantity", "count")
                and (_moves_a_level(f) or prev.lower_ not in _AMOUNT_VERBS)
            ):
                return d  # "lost 0.12%" is a fall; "lost 5 games" or "cut 4,000 jobs" is an amount
            if (
                _moves_a_level(f)
                and prev.lower_ in ("added", "adds")
                and not any(c.dep_ == "nsubj" and c.ent_type_ == "PERSON" for c in prev.children)
            ):  # "the Nasdaq added 20 points" rose; "Gallinari added 25 points" scored them
                return "up"  # "gold added 1.2%"
    # "a 10% increase", "a $5 drop"
    if f.end < len(doc):
        nxt = doc[f.end]
        low = nxt.lower_.rstrip("s")
        # a noun by its function too: the tagger calls "cut" a verb in "a 20 percent cut in its workforce"
        nominal = nxt.pos_ == "NOUN" or nxt.dep_ in ("dobj", "pobj", "nsubj", "nsubjpass", "attr", "appos")
        if nominal and low in _CHANGE_NOUNS_UP:
            return "up"
        if nominal and low in _CHANGE_NOUNS_DOWN:
            return "down"
        change = _compound_change(doc, f.end)
        if change is not None:
            return change  # "a 9% funding increase", "a 3% pay rise", "a 10% tax cut"
        if (
            nxt.lower_ in ("higher", "lower")
            and f.kind in ("percent", "money", "quantity")
            and nxt.dep_ != "amod"
            and not (f.end + 1 < len(doc) and doc[f.end + 1].pos_ in ("NOUN", "PROPN"))
        ):
            return "up" if nxt.lower_ == "higher" else "down"  # "shares ended 5% higher"
        compared = _compared_amount(doc, f)
        if compared is not None:
            return compared
    # A change verb governing the number directly (dobj / npadvmod), e.g. "sales rose sharply 6%".
    root = _span_root(doc, f.start, f.end)
    if (
        root.dep_ in ("dobj", "npadvmod", "advmod")
        and root.head.i < f.start
        and root.head.pos_ == "VERB"
        and root.head.i >= f.start - 5  # "increased a seasonally adjusted 0.3%"
    ):
        d = _is_change_verb(root.head)
        if d and (_moves_a_level(f) or root.head.lower_ not in _AMOUNT_VERBS):
            return d
    noun = root.head
    if (
        root.dep_ == "npadvmod"
        and noun.pos_ == "NOUN"
        and noun.dep_ in ("xcomp", "dobj")
        and noun.i < f.start
        and noun.head.pos_ == "VERB"
        and noun.head.i < noun.i
        and _moves_a_level(f)
    ):
        # "Germany increased spending 2%": the parse hung the share on the verb's object (an open clause to it)
        return _is_change_verb(noun.head)
    verb = _pace_verb(doc, f)
    if verb is not None:
        return _is_change_verb(verb)  # "The economy grew at a 2.1% annual rate": it grew
    return None


# Comparatives after an amount that say which way it moves: "pay £200 less a year", "costs £300 more than the old
# one", "30% fewer arrests".
_COMPARED = {"more": "up", "less": "down", "fewer": "down"}


def _compared_amount(doc: Doc, f: _Fig) -> str | None:
    """The direction of "more"/"less"/"fewer" right after a figure, a difference from another level: "Households will
    pay £200 less a year", "The new model costs £300 more than the old one", "There were 30% fewer arrests", "1,200
    fewer deaths", "Smokers are 30% more likely to die". Not "or more"/"more or less" (a bound, a hedge); not "more"
    after money or a measure but before "than" or a time it is a rate over ("if they had 15 USD 50 more", "asked
    clients to pay 50 cents more per barrel": as much again); not "less" before the words it subtracts ("to yield
    15.06% less fees": minus); not a count "more" names further ones of ("Three more people died")."""
    k = f.end
    if k >= len(doc) or f.kind not in ("percent", "money", "quantity", "count", "number") or f.low is not None:
        return None
    word = doc[k].lower_
    if word in ("below", "above") and f.kind in ("percent", "money"):
        return _against_a_reference(doc, f, k)
    d = _COMPARED.get(word)
    if d is None or (k > 0 and doc[k - 1].lower_ == "or"):
        return None
    nxt = doc[k + 1] if k + 1 < len(doc) else None
    if nxt is not None and nxt.lower_ == "or":
        return None  # "$5 more or less": a hedge
    than = nxt is not None and nxt.lower_ == "than"
    if than and k + 2 < len(doc) and doc[k + 2].like_num:
        return None  # "20 more than 100 people": a bound of the next number
    if f.kind in ("count", "number"):
        # a count's noun comes after the comparative: "1,200 fewer deaths"; "more" there adds ones ("3 more people")
        return d if word == "fewer" and nxt is not None and nxt.pos_ == "NOUN" else None
    timed = nxt is not None and nxt.lower_ in ("a", "an", "per", "each", "every") and _a_time_at(doc, k + 2)
    if word == "more" and f.kind != "percent":
        return d if than or timed else None
    compared = nxt is not None and nxt.pos_ == "ADJ" and k + 2 < len(doc) and doc[k + 2].lower_ == "than"
    if word == "less" and nxt is not None and nxt.pos_ in ("NOUN", "PROPN", "ADJ", "DET", "NUM") and not timed:
        return d if compared else None  # "15.06% less fees", "less the fees": a subtraction; "20% less costly than"
    return d


def _against_a_reference(doc: Doc, f: _Fig, k: int) -> str | None:
    """ "The house sold 15% below its asking price", "Shares closed 8% above their offer price", "$2 below the
    strike": a percent or money right before "below"/"above" a reference it differs from, up or down. Not a bound
    written before the figure ("below 5%": the qualifier), nor "above" opening a clause of its own ("5%, above
    all"), nor what the reference is not ("10% above average" is up; "5% below zero" is no percent)."""
    if f.qualifier is not None or k + 1 >= len(doc):
        return None
    ref = doc[k + 1]
    if ref.lower_ in ("all", "board") or ref.is_punct:
        return None
    if ref.pos_ not in ("DET", "PRON", "NOUN", "ADJ", "PROPN") and ref.tag_ != "PRP$":
        return None
    return "down" if doc[k].lower_ == "below" else "up"


def _a_time_at(doc: Doc, k: int) -> bool:
    """Whether token k is a unit of time ("a year", "per month"), which makes a comparison a rate's: "£200 less a
    year"."""
    return k < len(doc) and _DURATION_UNITS.get(doc[k].lower_) is not None


# Nouns of the speed a change goes at ("grew at a 2.1% annual rate", "rose at an annual pace of 3%").
_PACE_NOUNS = frozenset(("rate", "pace", "clip"))


def _pace_verb(doc: Doc, f: _Fig) -> Token | None:
    """The change verb a figure gives the pace of: "The economy grew at a 2.1% annual rate", "grew at an annual rate
    of 2.1%", "Sales fell at a 3% clip" (the figure on "rate"/"pace"/"clip", that noun after "at" on a change verb);
    not "carries an interest rate of 5%" (no change verb) nor "at a rate of 60 mph" of a verb that moves nothing."""
    if f.kind != "percent":
        return None  # "Consumer spending rose at a $14 trillion annual rate": a level, not the size of the rise
    root = _span_root(doc, f.num.start, f.end)
    noun = root.head
    if root.dep_ == "pobj" and noun.lower_ == "of":
        noun = noun.head
    elif root.dep_ not in ("nmod", "compound", "amod", "nummod"):
        return None
    if noun.lower_ not in _PACE_NOUNS or noun.dep_ != "pobj" or noun.head.lower_ != "at":
        return None
    verb = noun.head.head
    return verb if verb.pos_ == "VERB" and verb.i < noun.i and _is_change_verb(verb) else None
