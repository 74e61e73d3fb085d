"""“X, who heads Y, a group that ...”: the group's relative clause is the organisation's, not the person's."""

from __future__ import annotations

import pytest

from tests.extract.helpers import sources_of


@pytest.mark.parametrize(
    ("text", "claim", "source"),
    [
        (
            "The tariffs also strengthened the United States’ leverage, said Scott Paul, who heads the Alliance for "
            "American Manufacturing, a group that has applauded some of Trump’s tariff decisions.",
            "some of Trump’s tariff decisions",
            "Alliance for American Manufacturing",
        ),
        # near miss: a title set beside the name is the person's own ("now the majority leader, who said")
        (
            "Mitch McConnell, now the majority leader, who said the Senate would act, spoke on Tuesday.",
            "the Senate would act",
            "Mitch McConnell",
        ),
    ],
)
def test_group_appositive_after_organisation(parsed, text, claim, source):
    assert sources_of(parsed, "Trade news\n\n" + text).get(claim) == source
