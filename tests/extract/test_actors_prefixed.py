"""Actors: a word glued before a full name the document also gives alone is no given name."""

from __future__ import annotations

import pytest

from extract.actors import extract_mentions, merge_actors
from extract.records import Mention


def mention(name: str, start: int, kind: str = "person") -> Mention:
    return Mention(name, name, kind, start, start + len(name), "a.txt", None, "")


def aliases_of(names: list[str]) -> dict[str, set[str]]:
    actors, _ = merge_actors([mention(n, 100 * k) for k, n in enumerate(names)])
    return {a.name: set(a.aliases) for a in actors}


def test_a_team_before_a_full_name_is_not_the_person() -> None:
    # A tweet's "#Browns Greedy Williams has been solid" next to "a rough game for Greedy Williams".
    got = aliases_of(["Browns", "Greedy Williams", "Browns Greedy Williams", "Browns", "Greedy Williams"])
    assert "Browns" not in got["Greedy Williams"]
    assert "Browns" in got


def test_a_given_name_alone_still_joins_its_full_name() -> None:
    # Near misses: no full name after the first word ("Mike Ford"), or only a surname with a particle after it.
    assert aliases_of(["Mike Ford", "Mike"]) == {"Mike Ford": {"Mike"}}
    assert aliases_of(["James Van Der Beek", "Van Der Beek", "James"]) == {
        "James Van Der Beek": {"Van Der Beek", "James"}
    }


def test_a_given_name_joins_a_full_name_with_a_double_surname() -> None:
    # "Arkansas Gov. Sarah Huckabee Sanders signed ... Huckabee Sanders said ... Sarah, as supporters call her".
    got = aliases_of(["Sarah Huckabee Sanders", "Huckabee Sanders", "Sarah"])
    assert got == {"Sarah Huckabee Sanders": {"Huckabee Sanders", "Sarah"}}
    got = aliases_of(["Andrés Manuel López Obrador", "López Obrador", "Andrés"])
    assert got == {"Andrés Manuel López Obrador": {"López Obrador", "Andrés"}}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Browns DL Sheldon Richardson, however, decided to weigh in on Thursday's fight.", "Sheldon Richardson"),
        ("DL Myles Garrett was suspended for the rest of the season.", "Myles Garrett"),
        # Near misses: initials as a given name, a roman numeral, a title word kept for the role.
        ("Steelers linebacker TJ Watt was not suspended.", "TJ Watt"),
        ("Pope John Paul II visited the city in 1987.", "John Paul II"),
        # Initials before a surname and a generational suffix are the given name.
        ("Columnist EJ Dionne Jr wrote on Monday that the bill would pass.", "EJ Dionne Jr"),
    ],
)
def test_a_position_written_short_before_a_full_name(parsed, text: str, name: str) -> None:
    doc, rep = parsed(text)
    assert name in {m.name for m in extract_mentions(doc, rep, "a.txt")}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The array was announced by president Moon Jae-in a year ago.", "Moon Jae-in"),
        ("Former UN chief Ban Ki-moon spoke. President Yoon Suk-yeol arrived.", "Yoon Suk-yeol"),
        # Near misses: a name before a lowercase word it modifies is not a given name cut at the hyphen.
        ("Ted Cruz-backed bills failed in the Senate.", "Ted Cruz"),
        ("Critics attacked the Trump-led talks.", "Trump"),
        # A short lowercase '-ed' word or a compound tail after a short surname is a modifier, no syllable.
        ("Rand Paul-led efforts failed in the Senate.", "Rand Paul"),
        ("The Al Gore-era policies were dropped.", "Al Gore"),
    ],
)
def test_a_given_name_of_two_syllables_stays_whole(parsed, text: str, name: str) -> None:
    doc, rep = parsed(text)
    assert name in {m.name for m in extract_mentions(doc, rep, "a.txt")}


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        (
            "Lawan moved a motion on the death of former Speaker of the House of Representatives Rt. Hon. B. U. "
            "Nzeribe.",
            "House of Representatives",
            "House of Representatives Rt",
        ),
        # Near miss: "Hon" opening a company's name is no style.
        ("Foxconn, also known as Hon Hai Precision, said it would hire.", "Hon Hai Precision", "Hai Precision"),
    ],
)
def test_the_right_honourable_is_no_part_of_a_name(parsed, text: str, present: str, absent: str) -> None:
    doc, rep = parsed(text)
    names = {m.name for m in extract_mentions(doc, rep, "a.txt")}
    assert present in names
    assert absent not in names
