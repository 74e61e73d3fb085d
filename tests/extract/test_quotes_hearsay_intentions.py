"""Quotes and claims: a verb of belief or intention in the that-clause of a report, a claim or a rumour ("dismissing
reports that she planned to retire") is what the report says of its subject, never a row of the subject's own."""

from __future__ import annotations

import pytest

from tests.extract.helpers import claims_of, rows_of


# Probe s27 class 4: '"I'm not going anywhere," Margaret Doyle told supporters in Ohio, dismissing reports that she
# planned to retire' gave Doyle the claim 'to retire' (cue "planned"), the opposite of what she said.
@pytest.mark.parametrize(
    "text",
    [
        '"I\'m not going anywhere," Margaret Doyle told supporters in Ohio, dismissing reports that she planned to '
        "retire.",
        '"I\'m not going anywhere," the 72-year-old senator told supporters in Ohio, dismissing reports that she '
        "planned to retire.",
        "The striker laughed off rumours that he wanted to leave the club.",
        "The chief executive brushed aside speculation that she intended to step down.",
    ],
)
def test_no_intention_row_under_hearsay(parsed, text) -> None:
    assert not [c for c in claims_of(parsed, text) if c.cue in ("planned", "wanted", "intended")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("She said she planned to retire.", ("She", "she planned to retire")),
        (
            "The company denied reports that it planned to sell its French unit.",
            ("The company", "reports that it planned to sell its French unit"),
        ),
        ("The minister planned to resign.", ("The minister", "to resign")),
    ],
)
def test_kept(parsed, text, expected) -> None:
    assert expected in rows_of(parsed, text)


# Review s27 rev3q MED 6: one's own statement of a view is no hearsay (4a7f711 dropped it with every claim noun).
def test_own_statement_keeps_its_row(parsed) -> None:
    text = "Chief executive Mary Barra issued a statement that she expects profits to double next year."
    assert [c.source for c in claims_of(parsed, text)] == ["Mary Barra"]
