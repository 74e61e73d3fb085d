"""Figures: "a"/"an" before a unit of measure or of money is one of it ("a gallon of beer": 1 gallon, "It costs a
dollar": USD 1, "Not a penny was spent": 1 penny), unless "a" is a rate's denominator, a share's, a unit modifying a
noun, or an everyday noun that names a unit too."""

from __future__ import annotations

import pytest

from tests.extract.helpers import figures_of, one_of

ONE = [
    ("She bought a gallon of milk and 3 litres of juice.", "gallon", None),
    ("An inch of rain fell overnight in the valley.", "inch", None),
    ("The ship sank a mile offshore.", "mile", None),
    ("He bought a pound of beef at the market.", "pound", None),
    ("It costs a dollar.", "USD", None),
    # review s20 r1b MED: a penny is sterling with a British cue, else a cent (of the dateline's dollar)
    ("The Bank of England said fares would rise a penny.", "GBP", "penny"),
    ("WASHINGTON (AP) — Congress raised the federal gas tax by a penny.", "USD", "cent"),
    # review s20 r2b MED: a British dateline, a UK nation's people
    ("MANCHESTER (Reuters) - Bus fares rose a penny.", "GBP", "penny"),
    ("The Welsh government said fares would rise a penny.", "GBP", "penny"),
    ("The river rose an inch overnight.", "inch", None),
    # review s20 r2b LOW: a level that falls is no body part
    ("Lake Mead lost a foot in July.", "foot", None),
    # a name the tagger types as a thing is no person who lost a foot ("Folsom Lake": a product, to the small model)
    ("Folsom Lake lost a foot over the summer.", "foot", None),
    ("The Colorado River lost a foot.", "foot", None),
    # review s20 r3b: a rate per dozen, a measure given or yielded, a bound or a distance under a denied verb
    ("Eggs sold for a dollar a dozen.", "USD", None),
    ("The storm gave Buffalo a foot of snow overnight.", "foot", None),
    ("The glacier has retreated a mile since 1990, the study found.", "mile", None),
    ("Officials did not expect more than an inch of rain.", "inch", None),
    ("The fire did not reach the school, a mile away.", "mile", None),
    ("CHICAGO (AP) — The English teacher found a penny on the floor.", "USD", "cent"),
    ("Gas prices rose a penny a gallon, the English-language daily reported.", "USD", "cent"),
    ("LONDON, Ontario (CP) — Bus fares rose a penny.", "CAD", "cent"),  # review s20 r3b LOW: the dateline decides
    # review s20 r3b MED: a British cue in the penny's own sentence decides before the dateline; elsewhere it does not
    ("WASHINGTON (AP) — Britain raised its fuel duty by a penny a litre.", "GBP", "penny"),
    ("WASHINGTON (AP) — Congress raised the gas tax by a penny. Britain did not follow.", "USD", "cent"),
    ("The new fee costs a cent more per text.", "USD", "cent"),
    # review s20 r1b MED: units that are everyday nouns too, as measures; a unit after "of" that is no share
    ("A foot of snow fell in Buffalo.", "foot", None),
    ("Nearly a foot of snow fell overnight.", "foot", None),
    ("There is a meter of snow on the ground.", "metre", None),
    ("Temperatures rose a degree last year.", "degree", None),
    ("He is a foot taller than his brother.", "foot", None),
    ("The sea level rose a foot.", "foot", None),
    ("The Fed raised rates by a full percentage point.", "percentage point", None),
    ("Prices rose a mere penny.", "USD", "cent"),
    ("The well reached a depth of a mile.", "mile", None),
    ("Pay a fee of a dollar per month.", "USD", None),
    # review s20 r1b MED: a unit named in two words
    ("Unemployment rose a percentage point.", "percentage point", None),
    ("The bank cut rates by a basis point.", "basis point", None),
    ("The fire burned a square mile of forest.", "square mile", None),
]

# near misses: no figure of one
NONE = [
    "Gas costs $3 a gallon.",  # a rate's denominator: the $3's per
    "The car does 60 miles an hour.",
    "Prices rose 5 cents a gallon.",
    "The Sierra has seen a fraction of an inch of rain.",  # a share of the unit
    "He ran two-thirds of a mile.",
    "He has a degree in law.",  # everyday nouns that name units too
    "It weighs a ton.",
    "Get a cup of coffee.",
    "She shopped at a dollar store.",  # a unit modifying a noun
    "They issued a dollar-denominated bond.",
    "It was a mile-long queue.",
    "It costs a pound.",  # money or weight: "a pound" only of something weighed
    "Wait a second.",  # a time is a span, not an amount
    "She saw him a year ago.",
    # review s20 r1b: the same words as no measure, a share of money, a liking
    "She earned a degree.",
    "It was a degree of uncertainty.",
    "He was a foot soldier.",
    "He paid for a parking meter.",
    "They mowed a yard.",
    "It costs 10 percent of a dollar.",
    "He has a yen for adventure.",
    "He paid half a dollar.",  # half of the dollar, read whole (below)
    "It is a point of pride.",
    "He lost a foot to frostbite.",  # review s20 r1b LOW: a body part lost
    "He was a full member of the club.",
    "It took a full day.",
    # review s20 r2b HIGH/MED (the lead's decision): denied or yielded, "a <unit>" is an idiom of none, money too
    "Not a penny was spent on the project.",
    "LONDON (Reuters) - Not a pound of public money was spent.",
    "The country would not give up an inch of its land.",
    "There is not an ounce of truth in it.",
    "He refused to give an inch.",
    "Not an inch of rain fell.",
    # review s20 r2b LOW: the words before the article, not before the adjective, decide
    "It fell a fraction of a full inch.",
    "Not a whole penny went to charity.",
    "He won't budge an inch.",
    "A soldier who lost a foot in Iraq ran the marathon.",  # review s20 r3b MED: the noun a 'who' clause hangs on
    "The idea wasn't making a single cent.",  # the idiom of none
    "The soldier lost a foot in the blast.",
    "Jones lost a foot to diabetes.",  # an untyped name is still a person's
    # review s21 r1b MED-4: a lone surname the small model tags ORG is a person's too
    "Kirkland lost a foot in the blast.",
    "Haslet lost a foot in the bombing.",
    "Cpl. Dakota Meyer lost a foot in Afghanistan.",
]

HALVES = [
    ("He paid half a dollar.", 0.5, "USD"),
    ("It cost half a penny in London.", 0.5, "GBP penny"),
    ("It cost half a penny.", 0.5, "USD cent"),
    ("It costs a third of a dollar.", 1 / 3, "USD"),
    ("They walked half a mile.", 0.5, "mile"),  # as before
]


@pytest.mark.parametrize(("text", "value", "unit"), HALVES)
def test_a_share_of_a_unit_of_money_is_read_whole(parsed, text, value, unit) -> None:
    assert one_of(figures_of(parsed, text), value).unit == unit


@pytest.mark.parametrize(("text", "unit", "subunit"), ONE)
def test_a_unit_is_one_of_it(parsed, text, unit, subunit) -> None:
    f = one_of(figures_of(parsed, text), 1.0)
    if subunit is None:
        assert f.unit == unit
    else:
        assert f.unit in (f"{unit} {subunit}", subunit) or f.unit.endswith(subunit), f.unit


@pytest.mark.parametrize("text", NONE)
def test_no_one_of_a_unit(parsed, text) -> None:
    assert not [f for f in figures_of(parsed, text) if f.value == pytest.approx(1.0)], figures_of(parsed, text)


# review s20 r1b LOW: "<a unit> or <number>" gives both in the unit, of what the last is "of"
OR_N = [
    ("The storm dumped an inch or two of rain.", "inch", "rain"),
    ("It costs a dollar or two.", "USD", None),
    ("A mile or two from the coast, the town flooded.", "mile", "town"),
]


@pytest.mark.parametrize(("text", "unit", "about"), OR_N)
def test_a_unit_or_two(parsed, text, unit, about) -> None:
    figs = figures_of(parsed, text)
    assert [(f.value, f.unit, f.about) for f in figs] == [(1.0, unit, about), (2.0, unit, about)]


def test_a_day_or_two_as_before(parsed) -> None:
    assert [(f.value, f.kind, f.unit) for f in figures_of(parsed, "He will stay a day or two.")] == [
        (2.0, "duration", "day")
    ]


def test_a_dime_a_dozen_is_no_figure(parsed) -> None:
    # review s20 r3b HIGH: the idiom gives neither a dime nor a twelve
    assert figures_of(parsed, "Those are a dime a dozen.") == []
