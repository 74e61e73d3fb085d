"""Claims: a thing that "promises" ('the Black Friday Apple deals promise to be even better', 'The new emissions
rules promise to transform the economy') holds out a prospect, no one's words; a person, a body or a noun for
people who promises keeps the claim."""

from __future__ import annotations

import pytest

from tests.extract.helpers import rows_of


@pytest.mark.parametrize(
    "text",
    [
        "Apple products are pricey, and the Black Friday Apple deals promise to be even better than they usually are.",
        "The new emissions rules promise to transform the United States economy.",
    ],
)
def test_a_thing_that_promises_is_no_source(parsed, text: str) -> None:
    assert rows_of(parsed, text) == []


# Near misses: someone who promises.
@pytest.mark.parametrize(
    ("text", "row"),
    [
        (
            "The company promised to refund every customer by Friday.",
            ("The company", "to refund every customer by Friday"),
        ),
        ("Officials promised to reopen the bridge by Friday.", ("Officials", "to reopen the bridge by Friday")),
    ],
)
def test_someone_who_promises_is_a_source(parsed, text: str, row: tuple[str, str]) -> None:
    assert rows_of(parsed, text) == [row]
