"""The legal adjective "said" ("aforementioned") is no cue: "only to find said civilisation had issues of its own"."""

from __future__ import annotations

from tests.extract.helpers import rows_of


def test_said_before_a_bare_noun_after_a_verb_is_no_cue(parsed):
    text = (
        "The general setup of visiting the remnants of an ancient civilisation to obtain items or power intended to "
        "deal with a modern problem, only to find said civilisation had issues of its own, is familiar and ends up "
        "having little bearing on the narrative. The main force propelling me forward wasn\u2019t so much the need to "
        "get the things, as it was to spend more time with these incredibly well-realised characters."
    )
    assert rows_of(parsed, text) == []


def test_said_verbs_stay(parsed):
    # near misses: after an auxiliary or a subject "said" reports
    assert rows_of(parsed, "He would have said prices rose.") == [("He", "prices rose")]
    assert rows_of(parsed, "After she said costs had risen, the board voted.") == [("she", "costs had risen")]
