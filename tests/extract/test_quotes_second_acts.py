"""Quotes: a second cue of the same subject that the parser joined to the reported clause's verb ends that clause
("Local authorities said 43 shops had been destroyed and estimated the losses at ...": two rows, the first without
the estimate), and a claim cut before such a verb keeps no dangling "and"."""

from __future__ import annotations

import pytest

from tests.extract.helpers import rows_of


# Probe s30 P192 (69.txt); polnear_dev misses of kind A (one row over two attributions)
def test_the_subjects_second_act_is_a_row_of_its_own(parsed) -> None:
    text = "Local authorities said 43 shops had been destroyed and estimated the losses at 250 million naira."
    assert rows_of(parsed, text) == [
        ("Local authorities", "43 shops had been destroyed"),
        ("Local authorities", "the losses at 250 million naira"),
    ]


def test_no_dangling_and(parsed) -> None:
    text = "The minister said prices would rise and warned that jobs would go."
    assert rows_of(parsed, text) == [("The minister", "prices would rise"), ("The minister", "that jobs would go")]


@pytest.mark.parametrize(
    "text",
    ["He said the company had cut jobs and announced a new plan.", "He said she had resigned and announced a plan."],
)
def test_the_clauses_own_subjects_act_stays_inside(parsed, text: str) -> None:
    assert rows_of(parsed, text)[0][1].endswith("announced a new plan") or rows_of(parsed, text)[0][1].endswith(
        "announced a plan"
    )
