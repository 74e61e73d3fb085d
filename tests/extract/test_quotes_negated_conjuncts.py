"""Quotes and claims: a "not" reaches a joined verb only when that verb shares its auxiliary."""

from __future__ import annotations

import pytest

from tests.extract.helpers import rows_of


# "did not reveal X and said Y": the finite "said" has a tense of its own, so the "did not" of the infinitive
# before it does not negate it (160 articles: the US military's 'said it was withholding the names ...', which
# had no row).
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The army did not reveal the crash location and said it was withholding the names of the dead.",
            ("The army", "it was withholding the names of the dead"),
        ),
        (
            "The company has not commented on the report and says it is reviewing the findings.",
            ("The company", "it is reviewing the findings"),
        ),
    ],
)
def test_finite_verb_after_a_negated_one_reports(parsed, text: str, expected: tuple[str, str]) -> None:
    assert expected in rows_of(parsed, text)


# Near misses: verbs sharing the auxiliary share its "not" ("didn't suggest ... or declare ...", "has not
# confirmed or denied ..."), so nothing was said.
@pytest.mark.parametrize(
    "text",
    [
        "The senator didn't suggest retaliation or declare that the deal was dead.",
        "The ministry has not confirmed or denied that the talks failed.",
    ],
)
def test_verb_sharing_the_negated_auxiliary_says_nothing(parsed, text: str) -> None:
    assert rows_of(parsed, text) == []
