"""Actors: a name tagged a person whose words are all everyday English words ("Tiger Woods", "Ma Long", "Young Kim",
"Chip Roy", "Magic Johnson") stays a person and keeps its "he said" / "she said" quotes: surnames are everyday words,
and nicknames and given names the tables miss stand first in many names in the news (review s18 HIGH-3: 590f0d6 made
them organisations on word frequency alone, and is undone)."""

from __future__ import annotations

import pytest

from tests.extract.helpers import kinds_of, speaker_of


@pytest.mark.parametrize(
    ("text", "name", "words"),
    [
        (
            "AUGUSTA, Ga. (AP) — Tiger Woods shot a 4-under 68 on Thursday and trails the leader by two strokes at the "
            'Masters. "I felt good out there," he said.',
            "Tiger Woods",
            "I felt good",
        ),
        (
            "TOKYO (AP) — Ma Long won the men's singles title on Friday, beating his teammate in straight games. "
            '"I am very proud of this medal," he said.',
            "Ma Long",
            "very proud",
        ),
        (
            "WASHINGTON (AP) — Chip Roy, who has led the opposition, said Tuesday the spending bill would not pass the "
            'House. "We have the votes to stop it," he said.',
            "Chip Roy",
            "the votes",
        ),
    ],
)
def test_a_person_of_everyday_words_keeps_the_quotes(parsed, text: str, name: str, words: str) -> None:
    assert kinds_of(parsed, text)[name] == "person"
    assert speaker_of(parsed, text, words) == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Taylor Swift said she was thrilled.", "Taylor Swift"),
        ("Karl Urban will return as Bones, the studio said.", "Karl Urban"),
        ("Greedy Williams made six tackles. Williams said he was happy.", "Greedy Williams"),
    ],
)
def test_a_given_name_keeps_its_person(parsed, text: str, name: str) -> None:
    assert kinds_of(parsed, text)[name] == "person"
