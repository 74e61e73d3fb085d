"""Actors (probe s27 actors class 6): everyday words before a capitalised "Minister" or "Secretary" name the office's
portfolio, neither an employer nor a person ("Home Affairs Minister Amit Shah", "External Affairs Minister S.
Jaishankar", "Union Civil Aviation Minister K. Rammohan Naidu"); a company's name before a title stays its employer
("Acme Widgets Secretary John Smith": a company secretary)."""

from __future__ import annotations

import pytest

from tests.extract.helpers import mentions_of


@pytest.mark.parametrize(
    ("text", "portfolio", "person", "role"),
    [
        (
            "Home Affairs Minister Amit Shah also spoke at the summit on Friday.",
            "Home Affairs",
            "Amit Shah",
            "Home Affairs Minister",
        ),
        (
            "Home Affairs Minister Amit Shah and External Affairs Minister S. Jaishankar also spoke at the summit.",
            "External Affairs",
            "S. Jaishankar",
            "External Affairs Minister",
        ),
        (
            "Maharashtra Chief Minister Devendra Fadnavis and Union Civil Aviation Minister K. Rammohan Naidu attended "
            "the ceremony.",
            "Union Civil Aviation",
            "K. Rammohan Naidu",
            "Union Civil Aviation Minister",
        ),
    ],
)
def test_a_portfolio_is_no_actor(parsed, text: str, portfolio: str, person: str, role: str) -> None:
    found = mentions_of(parsed, text)
    assert portfolio not in {m.name for m in found}
    assert {m.role for m in found if m.name == person} == {role}


def test_a_company_before_a_title_stays_an_employer(parsed) -> None:
    found = {(m.name, m.kind) for m in mentions_of(parsed, "Acme Widgets Secretary John Smith said the firm was sold.")}
    assert ("Acme Widgets", "organization") in found
