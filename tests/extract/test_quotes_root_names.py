"""Quotes: a sentence the parser rooted at its subject's name, with the past-tense verb hung on it as a participle
("Aaron Kall, the director of debate at the University of Michigan, compared Trump to a coach ..."), still has that
name speak and all that follows the verb as what was said."""

from __future__ import annotations

from tests.extract.helpers import claims_of

TEXT = (
    "Aaron Kall, the director of debate at the University of Michigan, compared Trump to a coach at a basketball game"
    ' who is "working the referees" in hopes that "they\'ll go easier" on him.'
)


def test_the_root_name_speaks(parsed) -> None:
    rows = [(c.source, c.cue, c.text) for c in claims_of(parsed, TEXT)]
    assert rows == [
        (
            "Aaron Kall",
            "compared",
            'Trump to a coach at a basketball game who is "working the referees" in hopes that "they\'ll go easier" on'
            " him",
        )
    ]


# Near misses: a participle after a name with a preposition or an agent stays a participle.
def test_participles_stay(parsed) -> None:
    assert claims_of(parsed, "Jane Doe, accused of fraud in 2019.") == []
    assert [c.cue for c in claims_of(parsed, "The report, compiled by the agency, was released.")] == []
