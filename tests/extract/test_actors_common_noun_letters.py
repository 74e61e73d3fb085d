"""Actors: letters the news uses as a common noun ("AI would replace 4,000 jobs", "its IPO") are no organisation, and
no short name of one whose initials they are (Amnesty International)."""

from __future__ import annotations

import pytest

from extract.actors import extract_mentions, merge_actors


def actors(parsed, text: str) -> dict[str, tuple[int, tuple[str, ...]]]:
    doc, rep = parsed(text)
    found, _ = merge_actors(extract_mentions(doc, rep, "a.txt"))
    return {a.name: (a.mentions, a.aliases) for a in found}


@pytest.mark.parametrize(
    "text",
    [
        "Amnesty International said the law was repressive. The company said AI would replace 4,000 jobs.",
        "Amnesty International (AI) said the law was repressive. Nvidia sells AI chips.",
    ],
)
def test_ai_is_no_short_name_of_amnesty(parsed, text: str) -> None:
    assert actors(parsed, text)["Amnesty International"] == (1, ())


@pytest.mark.parametrize(("text", "letters"), [("WeWork cancelled its IPO in September.", "IPO")])
def test_common_noun_letters_are_no_actor(parsed, text: str, letters: str) -> None:
    assert letters not in actors(parsed, text)


def test_an_organisation_acronym_still_joins(parsed) -> None:
    found = actors(
        parsed,
        "The Central Bureau of Investigation (CBI) arrested two officials. The CBI said more arrests would follow.",
    )
    assert found["Central Bureau of Investigation"][1] == ("CBI",)


def test_the_letters_are_no_place_either(parsed) -> None:
    # Review s29 rev1 RA4: tagged a place, "AI" is still the technology.
    assert "AI" not in actors(parsed, "The IMF warned that AI could hit jobs.")
