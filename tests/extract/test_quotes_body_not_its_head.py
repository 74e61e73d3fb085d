"""Quotes: a body that speaks is the body, not the person whose role names it as what they head ("Carlos Mazón,
president of the regional government ... the regional government said": lead s30, seen in tmux)."""

from __future__ import annotations

import pytest

from tests.extract.helpers import claims_of


@pytest.mark.parametrize(
    ("text", "head"),
    [
        (
            "About 1,900 people are missing, said Carlos Mazón, president of the regional government. The death toll "
            "rose to 223, the regional government said on Friday.",
            "Carlos Mazón",
        ),
        ("Jane Roe, chair of the committee, opened the hearing. The committee said the report was late.", "Jane Roe"),
        ("Tom Baker, head of the agency, spoke first. The agency said the checks would go on.", "Tom Baker"),
    ],
)
def test_a_body_is_not_the_person_who_heads_it(parsed, text: str, head: str) -> None:
    last = claims_of(parsed, text)[-1]
    assert last.source_text.lower().startswith("the ")
    assert last.source != head


def test_the_title_still_names_the_person(parsed) -> None:
    text = "Carlos Mazón, president of the regional government, visited Paiporta. The president said aid was coming."
    assert [c.source for c in claims_of(parsed, text)] == ["Carlos Mazón"]
