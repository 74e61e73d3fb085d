"""Where a name ends: never on an amount ("fined Apple 500 million euros" tagged "Apple 500 million", probe s30 P142)
nor on a lowercase preposition ("rival Leqembi from Eisai" tagged "Leqembi from", probe s30 P224)."""

from __future__ import annotations

from tests.extract.helpers import names_of


def test_an_amount_after_a_name_is_no_part_of_it(parsed):
    text = (
        "The European Commission fined Apple 500 million euros and Meta 200 million euros on Wednesday. "
        "Apple said it would appeal."
    )
    names = names_of(parsed, text)
    assert "Apple" in names
    assert not any("million" in n or "500" in n for n in names)


def test_a_preposition_after_a_name_is_no_part_of_it(parsed):
    text = "The drug costs more than the $26,500 list price of rival Leqembi from Eisai and Biogen."
    assert not any(n.endswith(" from") for n in names_of(parsed, text))
