"""Actors: a one-word name the tagger calls a person is an organisation when it owns what only an organisation has
("Universal's music division") or is credited with a chart ("This graphic, provided by Statista"); then it takes no
"he said"."""

from __future__ import annotations

import pytest

from extract.actors import extract_mentions
from tests.extract.helpers import speaker_of

STUDIO = (
    'The director, Tom Harper, needed a closing song. "I had faith that we could figure it out," Harper said. '
    "Universal's music division provided some demos, but none of them worked. At the last minute, a sample came "
    'in. "It grabbed me by the heart," he said.'
)
CHART = (
    "Ian Hamilton, an expert in drug use at the University of York, was not involved in the study. This graphic, "
    "provided by Statista, shows the states where marijuana is legal. However, he pointed out it is difficult to "
    "draw firm conclusions."
)


def kinds_of(parsed, text: str) -> dict[str, set[str]]:
    doc, rep = parsed(text)
    out: dict[str, set[str]] = {}
    for m in extract_mentions(doc, rep, "a.txt"):
        out.setdefault(m.name, set()).add(m.kind)
    return out


@pytest.mark.parametrize(("text", "name"), [(STUDIO, "Universal"), (CHART, "Statista")])
def test_a_name_with_a_company_part_or_a_chart_credit_is_an_organisation(parsed, text: str, name: str) -> None:
    assert kinds_of(parsed, text)[name] == {"organization"}


def test_he_said_goes_past_the_organisation(parsed) -> None:
    assert speaker_of(parsed, STUDIO, "grabbed me") == "Tom Harper"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # Near misses: a photo credit is a person's, and the surname of a full name stays the person's whatever
        # it owns.
        ("This photo, provided by Smith, shows the flood. Smith said he took it at noon.", "Smith"),
        ("Jeff Bezos owns the paper. Bezos's shareholders were happy.", "Bezos"),
        # A map a person compiled, and shareholders said to be a person's (review s17 LOW-3).
        ("This map, compiled by Johnson, shows the route. Johnson said he drew it by hand.", "Johnson"),
        (
            'Buffett\'s shareholders gathered in Omaha for the annual meeting. "It is a celebration," Buffett said.',
            "Buffett",
        ),
    ],
)
def test_a_person_with_staff_or_a_photo_credit_stays_a_person(parsed, text: str, name: str) -> None:
    assert kinds_of(parsed, text)[name] == {"person"}
