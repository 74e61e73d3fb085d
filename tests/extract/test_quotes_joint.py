"""Joint speakers by surname ("Ford and Fry replied") are the pair the story named together."""

from __future__ import annotations

import pytest

from extract.actors import extract_mentions
from extract.quotes import extract_quotes

ASKED = " I asked about the estate. {pair} replied that I was threatening them."


def sources_of(parsed, text: str) -> tuple[str, ...]:
    doc, rep = parsed(text)
    _, claims, _ = extract_quotes(doc, rep, "t.txt", extract_mentions(doc, rep, "t.txt"))
    (c,) = [c for c in claims if c.cue == "replied"]
    return c.sources


@pytest.mark.parametrize(
    "intro",
    [
        "Martha Fry and her brother Dale Ford agreed to an interview.",
        "Martha Fry agreed to an interview, and so did Dale Ford, who lives in Ohio.",
    ],
)
def test_surnames_are_the_pair_named_together(parsed, intro):
    text = "Estate feud\n\nJohn Ford wrote eleven novels before he died in 2006. " + intro
    assert sources_of(parsed, text + ASKED.format(pair="Ford and Fry")) == ("Dale Ford", "Martha Fry")


# near misses: a full name is who it says; a pair never named in one sentence is not paired
@pytest.mark.parametrize(
    ("text", "first"),
    [
        (
            "Estate feud\n\nJohn Ford wrote eleven novels before he died in 2006. Martha Fry and her brother Dale Ford "
            "agreed to an interview." + ASKED.format(pair="John Ford and Martha Fry"),
            "John Ford",
        ),
        (
            "Estate feud\n\nJohn Ford wrote eleven novels before he died in 2006. Dale Ford runs a farm in Ohio. "
            "Martha Fry is a teacher who rarely speaks to reporters." + ASKED.format(pair="Ford and Fry"),
            "John Ford",
        ),
    ],
)
def test_surnames_not_paired(parsed, text, first):
    assert sources_of(parsed, text)[0] == first
