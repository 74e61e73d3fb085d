"""Claims: a thing that "promises" to be or become something ('the Black Friday Apple deals promise to be even
better', 'The rematch promises to be one of the fights of the year') holds out a prospect, no one's words; a person,
a body or an institution named by a common noun who promises ('The city promised to repave the road') keeps the
claim."""

from __future__ import annotations

import pytest

from tests.extract.helpers import rows_of


@pytest.mark.parametrize(
    "text",
    [
        "Apple products are pricey, and the Black Friday Apple deals promise to be even better than they usually are.",
        "The rematch promises to be one of the fights of the year.",
        # review s18 MED-6: a law, a rule or a merger promising an outcome
        "The new law promises to cut health care costs for millions of families.",
        "The merger promises to create the largest airline in the world.",
    ],
)
def test_a_thing_that_promises_is_no_source(parsed, text: str) -> None:
    assert rows_of(parsed, text) == []


# Near misses: someone who promises, also a body named by a common noun (review s18 MED-4).
@pytest.mark.parametrize(
    ("text", "row"),
    [
        (
            "The company promised to refund every customer by Friday.",
            ("The company", "to refund every customer by Friday"),
        ),
        ("Officials promised to reopen the bridge by Friday.", ("Officials", "to reopen the bridge by Friday")),
        ("The city promised to repave the road before winter.", ("The city", "to repave the road before winter")),
        ("The hospital promised to review its billing practices.", ("The hospital", "to review its billing practices")),
        ("The league promised to investigate the incident.", ("The league", "to investigate the incident")),
        # review s18 MED-8: a school or health system is a body too
        (
            "The school system promised to hire 200 more teachers.",
            ("The school system", "to hire 200 more teachers"),
        ),
        (
            "The health system promised to reopen its clinics.",
            ("The health system", "to reopen its clinics"),
        ),
    ],
)
def test_someone_who_promises_is_a_source(parsed, text: str, row: tuple[str, str]) -> None:
    assert rows_of(parsed, text) == [row]
