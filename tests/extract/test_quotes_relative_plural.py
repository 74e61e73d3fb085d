"""“players, including Harry Kane, who have ...”: a plural verb's "who" is not the one name before it."""

from __future__ import annotations

from tests.extract.helpers import sources_of

PLAYERS = (
    "Football news\n\nIt will also raise questions about the futures of some of Spurs' star players, including "
    "England captain Harry Kane, who {verb} lauded Pochettino during his time at the club."
)


def test_plural_who_is_not_the_example(parsed):
    assert "Harry Kane" not in sources_of(parsed, PLAYERS.format(verb="have")).values()


def test_singular_who_is_the_name(parsed):
    # near miss: "who has" is Harry Kane
    text = (
        "Football news\n\nIt will also raise questions about England captain Harry Kane, who has lauded Pochettino "
        "during his time at the club."
    )
    assert sources_of(parsed, text).get("Pochettino during his time at the club") == "Harry Kane"
