"""Actors: a common given name and a word English hardly writes, tagged an organisation, are a person's name ("Brad
Marchand added three assists", "Fox host Jeanine Pirro's show", "DL Eli Ankou"); a firm where someone works ("strategist
at Miller Tabak") and brands named by a common word ("Morgan Stanley") stay organisations."""

from __future__ import annotations

import pytest

from tests.extract.helpers import kinds_of


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Pastrnak scored twice for the Bruins. Brad Marchand added three assists.", "Brad Marchand"),
        (
            "David Pastrnak and Matt Grzelcyk scored two goals apiece, and Brad Marchand added three assists to lead "
            "Boston.",
            "Brad Marchand",
        ),
        ("He appeared on Fox host Jeanine Pirro's show on Saturday.", "Jeanine Pirro"),
        ("LB Sione Takitaki 6 8% No stats registered. DL Eli Ankou 13 18% 1 tackle.", "Eli Ankou"),
    ],
)
def test_a_given_name_and_a_rare_surname_are_a_person(parsed, text: str, name: str) -> None:
    assert kinds_of(parsed, text).get(name) == "person", kinds_of(parsed, text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ('"Stocks are up," said Matt Maley, chief market strategist at Miller Tabak.', "Miller Tabak"),
        ("Morgan Stanley said profits fell in the third quarter.", "Morgan Stanley"),
    ],
)
def test_a_firm_stays_an_organisation(parsed, text: str, name: str) -> None:
    assert kinds_of(parsed, text).get(name) == "organization", kinds_of(parsed, text)


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        # No personal name ends on a body's head noun: a university's or a team's name.
        ("Penn State quarterback Sean Clifford said he received death threats.", "Penn State", "organization"),
        # A given name and a surname stay a person's.
        ("Penn State quarterback Sean Clifford said he received death threats.", "Sean Clifford", "person"),
    ],
)
def test_a_name_ending_on_a_body_noun(parsed, text: str, name: str, kind: str) -> None:
    assert kinds_of(parsed, text).get(name) == kind, kinds_of(parsed, text)
