"""Quotes: a second verb of saying that the parser hung on the verb of the clause the first one reports ('said the
damage was "devastating" and promised help', 'conceded some measures were needed but argued ...') is the speaker's
second act: before, its source was the clause's subject ('the damage in Pontypridd', 'some measures'). (A clause
subject who can speak keeps it, as before: "said Jones had resigned and warned" stays ambiguous; so does a text that
can speak: "said the report was leaked and concluded that ..." stays the report's.)"""

from __future__ import annotations

import pytest

from tests.extract.helpers import claims_of


def _sources(parsed, text: str) -> dict[str, str | None]:
    return {c.cue: c.source_text for c in claims_of(parsed, text)}


# Actors probe s29 A27 (via the lead), quotes probe s29 Q-P10 (MED)
@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        (
            'First Minister Eluned Morgan said the damage in Pontypridd was "devastating" and promised help for '
            "residents.",
            "promised",
            "First Minister Eluned Morgan",
        ),
        (
            "Shadow treasurer Angus Taylor conceded some measures were needed but argued spending was out of control.",
            "argued",
            "Shadow treasurer Angus Taylor",
        ),
    ],
)
def test_the_second_verb_is_the_speakers(parsed, text, cue, source) -> None:
    assert _sources(parsed, text)[cue] == source
