"""Actors: an untagged name coordinated with a tagged one."""

from __future__ import annotations

from tests.extract.helpers import kinds_of


def test_an_untagged_name_before_and_is_a_name_like_the_one_after(parsed) -> None:
    # "fined Barclays and HSBC": the tagger tags HSBC and leaves Barclays out, which the parser heads the pair with.
    names = kinds_of(parsed, "Regulators fined Barclays and HSBC a total of $2 billion, the watchdog said.")
    assert names.get("Barclays") == "organization" and names.get("HSBC") == "organization"


def test_everyday_words_before_and_stay_out(parsed) -> None:
    # Near misses: "Research and Advocacy Director", "Research also shows" are no names.
    text = (
        "\u201cStop this crackdown,\u201d said Philip Luther, Research and Advocacy Director for the Middle East and "
        "North Africa at Amnesty International."
    )
    names = kinds_of(parsed, text)
    assert "Research" not in names
