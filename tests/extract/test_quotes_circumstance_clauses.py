"""Quotes and claims: a clause of time or circumstance set off by a comma after what was said is the writer's."""

from __future__ import annotations

import pytest

from tests.extract.helpers import rows_of


# ", as ...", ", while ...", ", although ..." after the object of a cue tell the story around the words, not the
# words (audit s23 row 24; 160 articles: 'dismiss any criticism, as it has that from Britain'; polnear_dev:
# 'cited the audit as the reason he's not releasing his returns, as he did again during the debate').
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            'Aviation analysts called it the "end of an era," as the industry\'s symbol of excess was sidelined.',
            ("Aviation analysts", 'it the "end of an era,"'),
        ),
        ("Critics called the plan a disaster, as prices rose sharply.", ("Critics", "the plan a disaster")),
        (
            "Sen. Bernie Sanders offered some pointed advice to Hillary Clinton on Friday in the upcoming debates and"
            " beyond, as the Democratic nominee looks to shore up support.",
            (
                "Sen. Bernie Sanders",
                "some pointed advice to Hillary Clinton on Friday in the upcoming debates and beyond",
            ),
        ),
        (
            "Mr. Trump cited the audit as the reason he's not releasing his returns, as he did again during the"
            " debate.",
            ("Mr. Trump", "the audit as the reason he's not releasing his returns"),
        ),
        (
            "Von der Leyen and Rutte promised greater coordination between the EU and NATO, although they did not"
            " detail the steps.",
            ("Von der Leyen and Rutte", "greater coordination between the EU and NATO"),
        ),
    ],
)
def test_circumstance_after_the_object_is_not_said(parsed, text: str, expected: tuple[str, str]) -> None:
    assert expected in rows_of(parsed, text)


# Near misses: without a comma, a "because" (maybe the speaker's reason), or an "as long as" condition of a
# reported clause, the words stay.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Critics called it a disaster as prices rose.", ("Critics", "it a disaster as prices rose")),
        (
            "Critics called the plan a disaster because it raised prices.",
            ("Critics", "the plan a disaster because it raised prices"),
        ),
        (
            "The minister said the plan would work, as long as banks cooperate.",
            ("The minister", "the plan would work, as long as banks cooperate"),
        ),
        (
            "She called the remarks a wake-up call to his supporters.",
            ("She", "the remarks a wake-up call to his supporters"),
        ),
    ],
)
def test_words_before_no_set_off_circumstance_stay(parsed, text: str, expected: tuple[str, str]) -> None:
    assert expected in rows_of(parsed, text)
