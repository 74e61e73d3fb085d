"""Actors: a plural name the tagger calls a person is a team when the text uses it as one."""

from __future__ import annotations

import pytest

from tests.extract.helpers import actor_kinds_of


@pytest.mark.parametrize(
    ("text", "team"),
    [
        # NFL and NHL copy: the small model tags lone team names PERSON.
        (
            "The Steelers and Browns were in the news for the wrong reasons. Browns pass rusher Myles Garrett was "
            "suspended. The Steelers are looking forward to facing the Browns again.",
            "Browns",
        ),
        ("Tuukka Rask made 25 saves as the Bruins beat the Devils for the third straight time.", "Bruins"),
        (
            "Last week in the Browns-Steelers game in Cleveland, Browns defensive end Myles Garrett pulled off the "
            "quarterback's helmet.",
            "Browns",
        ),
        ("A: Broncos vs. Raiders at Mile High Stadium in the record-breaking season.", "Broncos"),
    ],
)
def test_a_plural_name_used_as_a_team_is_no_person(parsed, text: str, team: str) -> None:
    assert actor_kinds_of(parsed, text).get(team) == "organization"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # Near misses: a surname shaped like a plural, alone or after the full name, stays a person.
        ("Serena Williams won on Monday. Williams said she was tired, and Williams left early.", "Serena Williams"),
        ("Roberts said the team was tired. Roberts scored twice in the second half.", "Roberts"),
        # Two people as one subject take a plural verb too.
        ("Roberts and Jones were tired. Roberts scored twice in the second half.", "Roberts"),
        ("The Williams sisters won again. Williams said the crowd had helped.", "Williams"),
    ],
)
def test_a_surname_shaped_like_a_plural_stays_a_person(parsed, text: str, name: str) -> None:
    assert actor_kinds_of(parsed, text).get(name) == "person"


@pytest.mark.parametrize(
    ("text", "family"),
    [
        # A family goes by its surname's plural after "the", with a plural verb.
        (
            "WASHINGTON (AP) — Barack Obama and Michelle Obama will attend the funeral on Saturday, their office said. "
            "The Obamas said in a statement that they were heartbroken. The Obamas have known the family for decades.",
            "Obamas",
        ),
        (
            "WASHINGTON (AP) — President Joe Biden and first lady Jill Biden hosted the dinner on Monday. The Bidens "
            "greeted guests at the door. The Bidens will travel to Delaware on Friday.",
            "Bidens",
        ),
    ],
)
def test_a_family_named_by_its_plural_is_no_team(parsed, text: str, family: str) -> None:
    assert actor_kinds_of(parsed, text).get(family) != "organization"


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        # A team named like a player's family: a side in a game, or the modifier of a noun, makes it the team.
        (
            "CLEVELAND (AP) — The Browns honored Jim Brown before Sunday's game. Brown, who died in May, ran for "
            "12,312 yards in nine seasons. The Browns beat the Steelers.",
            "Browns",
            "organization",
        ),
        (
            "PHILADELPHIA (AP) — A.J. Brown caught two touchdown passes as the Eagles beat the Browns on Sunday. "
            "Brown finished with 120 yards. The Browns have lost three straight.",
            "Browns",
            "organization",
        ),
        (
            "CLEVELAND (AP) — The Browns honored Jim Brown before Sunday's game. Brown ran for 12,312 yards. The "
            "Browns won 24-20.",
            "Browns",
            "organization",
        ),
        # Near misses: a family beaten by one person, or voting by a tally, is still the family.
        (
            "WASHINGTON (AP) — Hillary Clinton lost in 2016. Donald Trump beat the Clintons that year. The Clintons "
            "said they were proud.",
            "Clintons",
            "person",
        ),
        (
            "WASHINGTON (AP) — Barack Obama said on Monday that the vote was close. The Obamas voted 3-2 in favor "
            "at the family meeting.",
            "Obamas",
            "person",
        ),
    ],
)
def test_a_team_named_like_a_family_of_the_story(parsed, text: str, name: str, kind: str) -> None:
    assert actor_kinds_of(parsed, text).get(name) == kind


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        # A team named in the plural stays one whether or not it takes "the" when it speaks.
        (
            "CLEVELAND (AP) — The Browns have won three straight. The Browns said in a statement that the coach "
            "would stay.",
            "Browns",
            "organization",
        ),
        (
            "CLEVELAND (AP) — The Browns have won three straight. Browns have said the coach would stay.",
            "Browns",
            "organization",
        ),
    ],
)
def test_a_team_speaking_stays_a_team(parsed, text: str, name: str, kind: str) -> None:
    assert actor_kinds_of(parsed, text).get(name) == kind


def test_a_company_named_in_the_plural_is_no_family(parsed) -> None:
    # final review H3 of ebb5ae4: "Walgreens said" is a company speaking, not one person named by a surname
    text = (
        "Walgreens said on Monday it would close 150 stores. Walgreens has struggled with falling sales. "
        "Shoppers at the Walgreens in Brooklyn said they would miss it."
    )
    assert actor_kinds_of(parsed, text).get("Walgreens") == "organization"
