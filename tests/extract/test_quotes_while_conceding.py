"""Quotes and claims: a participle opened by a subordinator after a comma ("X said A, while conceding that B") is the
same speaker's second act: B is X's, and A ends before ", while"."""

from __future__ import annotations

import pytest

from tests.extract.helpers import rows_of


# Probe s27 class 1 (4 of 4): the parser hangs "while conceding" on the reported clause's verb and the participle took
# that clause's subject for its speaker ("doing so", "profits", "the bridge", "the deal"), while the first claim ran on
# over ", while conceding that ...".
@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        (
            "Finance Minister Ama Owusu cautioned that doing so would blow a hole in the budget, while conceding that "
            "the levy was unpopular.",
            ("Finance Minister Ama Owusu", "that doing so would blow a hole in the budget"),
            ("Finance Minister Ama Owusu", "that the levy was unpopular"),
        ),
        (
            "The chairman said profits would recover next year, while admitting that the first half had been "
            "difficult.",
            ("The chairman", "profits would recover next year"),
            ("The chairman", "that the first half had been difficult"),
        ),
        (
            "The mayor said the bridge would reopen on Monday, while warning that delays were likely.",
            ("The mayor", "the bridge would reopen on Monday"),
            ("The mayor", "that delays were likely"),
        ),
        (
            "Tanaka said the deal was good for Japan, while admitting that farmers would lose out.",
            ("Tanaka", "the deal was good for Japan"),
            ("Tanaka", "that farmers would lose out"),
        ),
        (
            "The union said the offer was an insult, though acknowledging that talks would go on.",
            ("The union", "the offer was an insult"),
            ("The union", "that talks would go on"),
        ),
    ],
)
def test_subordinated_participle_is_the_speakers_second_act(parsed, text, first, second) -> None:
    rows = rows_of(parsed, text)
    assert first in rows
    assert second in rows


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bare participle after a comma, as before
        (
            "The mayor said the bridge would reopen on Monday, warning that delays were likely.",
            [("The mayor", "the bridge would reopen on Monday"), ("The mayor", "that delays were likely")],
        ),
        # a clause with a subject of its own speaks for itself
        (
            "The mayor said the bridge would reopen, while the council warned that delays were likely.",
            [("The mayor", "the bridge would reopen"), ("the council", "that delays were likely")],
        ),
    ],
)
def test_kept(parsed, text, expected) -> None:
    assert rows_of(parsed, text) == expected


# Review s27 rev2q HIGH 3: behind "while" the participle is the reported clause subject's own act when that subject
# can speak; 10827f3 gave it to the outer speaker always.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Prosecutors said Smith lied to investigators, while insisting that he had never met the victim.",
            ("Smith", "that he had never met the victim"),
        ),
        (
            "Police said the man attacked a guard, while claiming that he had been robbed.",
            ("the man", "that he had been robbed"),
        ),
    ],
)
def test_participle_of_a_clause_subject_who_speaks(parsed, text, expected) -> None:
    assert expected in rows_of(parsed, text)


# Review s27 rev3q HIGH 1: the reporter keeps the participle unless the clause tells a plain past act of its subject;
# 23a0356 gave it to any subject who can speak.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The chief executive said the workers would get a raise, while warning that some jobs could be cut.",
            ("The chief executive", "that some jobs could be cut"),
        ),
        (
            "The company said its chief executive would step down, while denying that he had been forced out.",
            ("The company", "that he had been forced out"),
        ),
        (
            "The union said members had voted to strike, while stressing that talks could still resume.",
            ("The union", "that talks could still resume"),
        ),
        (
            "The minister said the company had acted lawfully, while acknowledging that mistakes were made.",
            ("The minister", "that mistakes were made"),
        ),
    ],
)
def test_participle_stays_the_reporters(parsed, text, expected) -> None:
    assert expected in rows_of(parsed, text)


# Review s27 rev5q MED 4: a plain past act of people reported is not enough; the participle's words must hold a pronoun
# for the clause subject and not for the reporter.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The police chief said officers followed procedure, while acknowledging that the footage was troubling.",
            ("The police chief", "that the footage was troubling"),
        ),
        (
            "The lawsuit says the company fired her, while arguing that she had broken its rules.",
            ("The lawsuit", "that she had broken its rules"),
        ),
    ],
)
def test_participle_stays_the_reporters_without_a_pronoun_of_the_subject(parsed, text, expected) -> None:
    assert expected in rows_of(parsed, text)


# Review s27 rev6 1: "they" in the participle does not hand it to a plural clause subject; the reporter speaking about
# the group it reported is as common.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Mayor Karen Bass said the protesters blocked the freeway for hours, while noting that they had been "
            "largely peaceful.",
            ("Mayor Karen Bass", "that they had been largely peaceful"),
        ),
        (
            "The company said the workers walked out on Monday, while stressing that they would be paid in full.",
            ("The company", "that they would be paid in full"),
        ),
    ],
)
def test_a_plural_pronoun_leaves_the_participle_to_the_reporter(parsed, text, expected) -> None:
    assert expected in rows_of(parsed, text)
