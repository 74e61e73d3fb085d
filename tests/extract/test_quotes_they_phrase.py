"""Whom an unresolved "they" goes on with: the unnamed plural subject of the main clause before it (no actor). The row
keeps source None and source_text "They" (the lead's decision, s20 r2a); the phrase waits for the records'
`stands_for` field, so these tests ask the resolver."""

from __future__ import annotations

import pytest

import extract.quotes as _quotes
from extract.actors import extract_mentions
from extract.quotes import extract_quotes
from tests.extract.helpers import claims_of


def _row(parsed, text: str, words: str) -> tuple[str | None, str | None]:
    """(source_text, the phrase its "they" stands for) of the claim holding ``words``."""
    doc, rep = parsed(text)
    mentions = extract_mentions(doc, rep, "t.txt")
    seen: dict[str, str | None] = {}
    real = _quotes._who

    def spy(d, rep_, resolver, a):
        real(d, rep_, resolver, a)
        seen[str(a.cue_start)] = a.shown

    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(_quotes, "_who", spy)
        _, claims, _ = extract_quotes(doc, rep, "t.txt", mentions)
    hits = [c for c in claims if words in c.text]
    assert hits, [c.text for c in claims]
    assert hits[0].source is None
    shown = [v for v in seen.values() if v is not None]
    return hits[0].source_text, shown[-1] if shown else None


@pytest.mark.parametrize(
    ("text", "words", "shown"),
    [
        (
            "Analysts expect the number of electric vehicles for sale in the U.S. to grow from 16 currently to as many "
            "as 80 by 2022. They say the increased selection will make them more popular.",
            "increased selection",
            "Analysts",
        ),
        (
            "Protesters believe the extradition bill is an example of the city's eroding autonomy.\n\n"
            "They worry that Beijing is taking back the freedoms.",
            "taking back",
            "Protesters",
        ),
        (
            "Democratic lawmakers met on Monday and they said that the bill would pass.",
            "would pass",
            "Democratic lawmakers",
        ),
        (
            "To be sure, Xi and his comrades on the powerful Standing Committee do not want to send the army into "
            "the city.\n\nThey know that doing so would spark immediate international furor.",
            "international furor",
            "Xi and his comrades on the powerful Standing Committee",
        ),
    ],
)
def test_they_shows_its_plural_subject(parsed, text, words, shown):
    said, source = _row(parsed, text, words)
    assert (said.lower(), source) == ("they", shown)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # A plural thing does not speak: the "they" stays as written.
        ("The new rules were adopted on Monday. They say that banks must hold more capital.", "more capital"),
        # A singular subject before it is no antecedent of "they".
        ("The mayor spoke on Monday. They said that the bridge would reopen.", "would reopen"),
        # (review s20 r1a MED) people acted on in the subject's clause may be whom "they" goes on with.
        ("Officers arrested three protesters on Monday. They say they were beaten in custody.", "beaten"),
        # Two sentences back is out of reach.
        (
            "Analysts expect sales to grow. The market opened higher on Monday. They say the new models will sell.",
            "new models",
        ),
    ],
)
def test_they_stays_as_written(parsed, text, words):
    assert _row(parsed, text, words) == ("They", None)


def test_named_group_stays_resolved(parsed):
    # near miss: a group the story names is the source, as before
    text = "Democrats blocked the bill on Tuesday. They said the plan was unfair to workers."
    assert [c.source for c in claims_of(parsed, text) if "unfair" in c.text] == ["Democrats"]
