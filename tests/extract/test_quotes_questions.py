"""Quotes and claims: a cue inside a question asks about a claim and makes none; a claim or quote that holds a
question still reports."""

from __future__ import annotations

import pytest

from tests.extract.helpers import rows_of


# A cue whose auxiliary comes before its subject in a sentence that ends with a question mark is asked about
# (real news: "Would Adam Schiff have pleaded to keep the whistleblower's identity secret?", "But has he called for
# changing any of the provisions that benefit him?").
@pytest.mark.parametrize(
    "text",
    [
        "Did Trump say that the election was rigged?",
        "Did Trump really say the election was rigged?",
        "Will Smith offer an apology?",
        "Why did the minister claim that prices would fall?",
        "Has the mayor claimed that crime is down?",
        "Is Biden arguing that the economy is strong?",
        "Will Trump try to claim that the vote was rigged?",
        "Would Adam Schiff have pleaded to keep the whistleblower's identity secret?",
        'Did Trump say "the election was rigged"?',
    ],
)
def test_cue_in_a_question_is_no_claim(parsed, text: str) -> None:
    assert rows_of(parsed, text) == []


# A weak cue inside the question's content stays held by it, as before: "Patriot Coal was seeking to get rid of"
# was never a claim of its own there.
def test_weak_cue_inside_a_question_stays_nested(parsed) -> None:
    text = (
        "Why then, would someone like Mr. Clarke want to take over a troubled mine and the environmental"
        " obligations that Patriot Coal was seeking to get rid of?"
    )
    assert rows_of(parsed, text) == []


# Near misses: reported questions, quoted questions, a question inside the content, a writer's tail question and
# an emphatic inversion with no question mark all still report.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("She asked whether the plan would work.", ("She", "whether the plan would work")),
        ("Smith wondered whether the plan would work.", ("Smith", "whether the plan would work")),
        (
            '"Who do you want answering the phone?" the ad asks.',
            ("the ad", "Who do you want answering the phone?"),
        ),
        ('"Will it work?" Smith asked.', ("Smith", "Will it work?")),
        ('Smith said: "Will it work?"', ("Smith", "Will it work?")),
        (
            "Smith said that voters want to know: will the plan work?",
            ("Smith", "that voters want to know: will the plan work"),
        ),
        ("Trump said the vote was rigged, but was it?", ("Trump", "the vote was rigged, but was it")),
        ("Trump said that the election was rigged. Was it?", ("Trump", "that the election was rigged")),
        ("Only later did Smith admit that he had lied.", ("Smith", "that he had lied")),
        ("Trump said that the election was rigged.", ("Trump", "that the election was rigged")),
    ],
)
def test_question_near_misses_still_report(parsed, text: str, expected: tuple[str, str]) -> None:
    assert expected in rows_of(parsed, text)
