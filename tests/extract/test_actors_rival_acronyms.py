"""Actors (review s28 rev1 A1, A2 of de5a095): two parties each restated by its own acronym stay two actors though
one's name holds the other's ("Party for Freedom (PVV)", "People's Party for Freedom and Democracy (VVD)"); a code in
parentheses after two different names is no acronym of either ("Bayern Munich (GER)", "Borussia Dortmund (GER)")."""

from __future__ import annotations

from extract.actors import extract_mentions, merge_actors


def actors_of(parsed, text: str) -> dict[str, tuple[str, ...]]:
    doc, rep = parsed(text)
    return {a.name: a.aliases for a in merge_actors(extract_mentions(doc, rep, "a.txt"))[0]}


def test_two_parties_with_their_own_acronyms_stay_two(parsed) -> None:
    actors = actors_of(
        parsed,
        "The far-right Party for Freedom (PVV) of Geert Wilders won the most seats. The PVV said it would seek "
        "partners. The centre-right People's Party for Freedom and Democracy (VVD) said it would not join a cabinet. "
        "The VVD leader Dilan Yesilgoz said the party needed time.",
    )
    assert actors.get("Party for Freedom") == ("PVV",), actors
    assert actors.get("People's Party for Freedom and Democracy") == ("VVD",), actors


def test_a_code_after_two_names_is_no_acronym(parsed) -> None:
    actors = actors_of(
        parsed,
        "Real Madrid (ESP) will face Manchester City (ENG) in the quarter-finals, while Barcelona (ESP) meet Bayern "
        "Munich (GER), UEFA said on Friday. Paris Saint-Germain (FRA) were drawn against Borussia Dortmund (GER).",
    )
    assert "GER" not in actors.get("Borussia Dortmund", ()), actors
    assert "GER" not in actors.get("Bayern Munich", ()), actors
