"""Figures: when "one" counts ("only one shot on goal", "one or two indulgences") and when it is a pronoun ("the
only one who", "one or the other")."""

from __future__ import annotations

import pytest

from tests.extract.helpers import figures_of

# "only"/"just" before "one" and a noun limits a count ("allowed only one shot"); after a determiner "only one" is
# the pronoun ("the only one who voted"). "one or two X" is a pair of alternatives: both ends count X.
ONE_COUNTS = [
    ("Portugal allowed only one shot on goal.", [(1.0, "shot")]),
    ("A cell held 155 adult males with only one toilet and sink.", [(155.0, "male"), (1.0, "toilet")]),
    ("The team won just one game all season.", [(1.0, "game")]),
    ("Just choose the one or two indulgences you can't live without.", [(1.0, "indulgence"), (2.0, "indulgence")]),
    # guards
    ("He was the only one who voted no.", []),
    ("He was my only one friend.", []),
    ("It was only one thing after another.", []),
    ("You have to pick one or the other.", []),
    ("She is just one more reason to go.", []),
]


@pytest.mark.parametrize(("text", "expected"), ONE_COUNTS)
def test_only_one_and_one_or_two_count(parsed, text, expected) -> None:
    assert [(f.value, f.unit) for f in figures_of(parsed, text)] == expected


# "from one X to another", "one X after another" go through X in turn: no count. Without "from", "one X to
# another Y" moves one X ("moved one patient to another hospital") and counts it.
ONE_IN_TURN = [
    ("He couldn't walk from one room to another without getting out of breath.", []),
    ("We listened to content from one machine to the other.", []),
    ("It has talked of one iteration after another.", []),
    # guards
    ("Only one room to the north was damaged.", [(1.0, "room")]),
    ("They sent one soldier to the front.", [(1.0, "soldier")]),
    ("They moved one patient to another hospital.", [(1.0, "patient")]),
]


@pytest.mark.parametrize(("text", "expected"), ONE_IN_TURN)
def test_one_x_to_another_is_no_count(parsed, text, expected) -> None:
    assert [(f.value, f.unit) for f in figures_of(parsed, text)] == expected


# "another"/"the other"/"the next" before a noun of its own determines that noun: "one day after another mass
# shooting" is a real span of one day, not "one X after another".
ONE_BEFORE_ANOTHER_NOUN = [
    ("One month after another attack, the city closed its markets.", [(1.0, "month")]),
    ("The town flooded one week after another storm hit the coast.", [(1.0, "week")]),
    # near misses: the same noun again, or none, is still each in turn
    ("He couldn't walk from one room to another room without help.", []),
    ("Officials went from one town to the next, warning residents.", []),
]


@pytest.mark.parametrize(("text", "expected"), ONE_BEFORE_ANOTHER_NOUN)
def test_one_x_after_another_noun_counts(parsed, text, expected) -> None:
    assert [(f.value, f.unit) for f in figures_of(parsed, text) if f.kind != "date"] == expected


# "One X after another" as the subject of a verb is each X in turn however the parse reads "another": a PRON with
# the verb after it ("One scandal after another hit the company"), or a determiner of the verb taken as an
# adjective ("One company after another cut jobs"); only a time X starts a span ("One month after another attack")
ONE_AFTER_ANOTHER_SUBJECT = [
    ("One scandal after another hit the company.", []),
    ("One company after another cut jobs last year.", []),
    ("One storm after another battered the coast.", []),
    ("Shoppers went from one store to another searching for deals.", []),
    # near misses: a time before "after another" and a noun of its own is a span; a count elsewhere stays
    ("The bridge reopened one week after another storm hit the coast.", [(1.0, "week")]),
    ("One company cut jobs after another quarter of losses.", [(1.0, "company")]),
]


@pytest.mark.parametrize(("text", "expected"), ONE_AFTER_ANOTHER_SUBJECT)
def test_one_x_after_another_as_subject_is_no_count(parsed, text, expected) -> None:
    assert [(f.value, f.unit) for f in figures_of(parsed, text) if f.kind != "date"] == expected


# "another Y" that opens a clause of its own ("after another victim came forward") is no "one X after another":
# the X before it is counted, whatever X is; "one X after another" ending its phrase stays each X in turn
ONE_BEFORE_ANOTHER_CLAUSE = [
    ("Police arrested one man after another victim came forward.", [(1.0, "man")]),
    ("The company fired one manager after another complaint was filed.", [(1.0, "manager")]),
    # near misses: the idiom, with or without a verb after it, and a span of time
    ("They fired one coach after another.", []),
    ("One scandal after another hit the company.", []),
    ("One company after another cut jobs last year.", []),
    ("Shoppers went from one store to another searching for deals.", []),
    ("The bridge reopened one week after another storm hit the coast.", [(1.0, "week")]),
]


@pytest.mark.parametrize(("text", "expected"), ONE_BEFORE_ANOTHER_CLAUSE)
def test_one_x_before_another_clause_counts(parsed, text, expected) -> None:
    assert [(f.value, f.unit) for f in figures_of(parsed, text) if f.kind != "date"] == expected


# Adverbs and a short aside between "another Y" and its verb leave the clause its own: the X before is counted.
ONE_BEFORE_ANOTHER_CLAUSE_PAST_ADVERBS = [
    ("Police arrested one man after another victim also came forward.", [(1.0, "man")]),
    ("Police arrested one man after another woman, 32, came forward.", [(1.0, "man"), (32.0, "year of age")]),
    # near misses: the idiom with an adverb before its verb or a clause after a comma stays each X in turn
    ("One company after another quickly cut jobs.", []),
    ("One scandal after another, and the company fell.", []),
]


@pytest.mark.parametrize(("text", "expected"), ONE_BEFORE_ANOTHER_CLAUSE_PAST_ADVERBS)
def test_one_x_before_another_clause_past_adverbs_counts(parsed, text, expected) -> None:
    assert [(f.value, f.unit) for f in figures_of(parsed, text) if f.kind != "date"] == expected
