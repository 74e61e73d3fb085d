"""Quotes and claims: an "according to" claim that ends on a share keeps its per cent sign."""

from __future__ import annotations

import pytest

from tests.extract.helpers import rows_of


# 'Unemployment fell to 3.5%, according to the Labor Department' gave the claim 'Unemployment fell to 3.5': the
# tokenizer calls '%' punctuation, and the content ended on the last word before the source.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Unemployment fell to 3.5%, according to the Labor Department.",
            ("the Labor Department", "Unemployment fell to 3.5%"),
        ),
        ("According to the company, sales rose 5%.", ("the company", "sales rose 5%")),
    ],
)
def test_share_keeps_its_sign(parsed, text: str, expected: tuple[str, str]) -> None:
    assert expected in rows_of(parsed, text)


def test_set_off_source_unchanged(parsed) -> None:
    assert rows_of(parsed, "The deal, according to officials, is close.") == [
        ("officials", "The deal, according to officials, is close")
    ]
