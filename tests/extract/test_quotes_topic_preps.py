"""Quotes: the topic of a verb of talking. A date's "on" is when, not what ("testified ... on Tuesday about the call");
an "about" the parser hung on the place or time after the cue is still the topic ("spoke at a news conference in
Washington about the shooting"); "under oath" is how, not what."""

from __future__ import annotations

import pytest

from tests.extract.helpers import claims_of, rows_of


@pytest.mark.parametrize(
    ("text", "cue", "topic"),
    [
        (
            "The ambassador testified before the committee on Tuesday about the July call.",
            "testified about",
            "the July call",
        ),
        ("He commented on Tuesday on the decision.", "commented on", "the decision"),
        ("The senator spoke at a news conference in Washington about the shooting.", "spoke about", "the shooting"),
        ("Obama spoke at length about the legacy of racism.", "spoke about", "the legacy of racism"),
    ],
)
def test_topic_past_time_and_place(parsed, text, cue, topic):
    assert [(c.cue, c.text) for c in claims_of(parsed, text)] == [(cue, topic)]


def test_under_oath_is_no_content(parsed):
    assert rows_of(parsed, "The ambassador testified under oath.") == []


@pytest.mark.parametrize(
    ("text", "cue", "topic"),
    [
        ("The governor spoke to reporters on Monday about the budget.", "spoke about", "the budget"),
        ("She wrote on Twitter about her experience.", "wrote about", "her experience"),
        ("The officer complained under his breath about the order.", "complained about", "the order"),
    ],
)
def test_near_misses_keep_their_topic(parsed, text, cue, topic):
    assert [(c.cue, c.text) for c in claims_of(parsed, text)] == [(cue, topic)]


def test_time_alone_is_no_topic(parsed):
    assert rows_of(parsed, "The mayor spoke on Sunday.") == []
