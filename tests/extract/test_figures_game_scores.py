"""Conflicts: a score in points belongs to one game or one race, so two documents' scores of one player ("LeBron James
finished with 25 points" / "... with 31 points", two games) are no conflict (they were one, keyed by the player), while
one document's two scores of the same player still clash (conflicts.conflict_key)."""

from __future__ import annotations

from extract.figures import find_conflicts
from tests.extract.helpers import figures_of


def _in(parsed, text: str, document: str):
    return [
        f.__class__(**{**{k: getattr(f, k) for k in f.__slots__}, "document": document})
        for f in figures_of(parsed, text)
    ]


def test_two_documents_scores_are_two_games(parsed) -> None:
    figs = _in(parsed, "LeBron James finished with 25 points as the Lakers beat the Thunder on Tuesday.", "a.txt")
    figs += _in(parsed, "LeBron James finished with 31 points as the Lakers beat the Clippers on Friday.", "b.txt")
    assert find_conflicts(figs) == []


def test_one_documents_two_scores_clash(parsed) -> None:
    text = (
        "LeBron James finished with 25 points as the Lakers beat the Thunder on Tuesday. "
        "Later, the team said LeBron James finished with 27 points."
    )
    assert len(find_conflicts(_in(parsed, text, "a.txt"))) == 1


def test_two_documents_career_totals_clash(parsed) -> None:
    # review s21 r2b MED-9: a career total is one number, which two documents may contradict
    figs = _in(parsed, "LeBron James has scored 40,474 career points, the most in NBA history.", "a.txt")
    figs += _in(parsed, "LeBron James has scored 39,474 career points, the most in NBA history.", "b.txt")
    assert len(find_conflicts(figs)) == 1


def test_two_documents_season_points_clash(parsed) -> None:
    figs = _in(parsed, "LeBron James scored 1,800 points this season for the Lakers.", "a.txt")
    figs += _in(parsed, "LeBron James scored 1,900 points this season for the Lakers.", "b.txt")
    assert len(find_conflicts(figs)) == 1


def test_a_season_high_is_one_games_score(parsed) -> None:
    # review s21 r3b H1: "season-high", "career-high" qualify one game's score
    for a, b in (
        (
            "Stephen Curry scored a season-high 40 points as the Warriors beat the Kings on Monday.",
            "Stephen Curry scored a season-high 45 points as the Warriors beat the Lakers on Friday.",
        ),
        (
            "LeBron James scored a career-high 61 points as the Lakers beat the Thunder on Tuesday.",
            "LeBron James scored a career-high 56 points as the Lakers beat the Hawks on Sunday.",
        ),
    ):
        assert find_conflicts(_in(parsed, a, "a.txt") + _in(parsed, b, "b.txt")) == []


def test_a_season_opener_is_one_game(parsed) -> None:
    # review s21 r3b M3: "the season opener", "the season finale" are games, not a season's total
    a = "LeBron James scored 31 points in the season opener against the Thunder."
    b = "LeBron James scored 29 points in the season finale against the Clippers."
    assert find_conflicts(_in(parsed, a, "a.txt") + _in(parsed, b, "b.txt")) == []


def test_points_in_a_career_are_a_total(parsed) -> None:
    a = "LeBron James has 40,474 points in his career, the most ever."
    b = "LeBron James has 39,474 points in his career, the most ever."
    assert len(find_conflicts(_in(parsed, a, "a.txt") + _in(parsed, b, "b.txt"))) == 1
