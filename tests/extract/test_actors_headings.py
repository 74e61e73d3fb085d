"""Actors: names in title-case headings end where the heading's verb starts."""

from __future__ import annotations

import pytest

from extract.actors import extract_mentions


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        ("What Does Stadia Offer?\n\nStadia will offer games in 4K.", "Stadia", "Stadia Offer"),
        (
            "Stadia Is Essentially A Beta Version Until 2020, But The Price Tag Isn't Cheap",
            "Stadia",
            "Stadia Is Essentially A Beta Version",
        ),
        # Near misses: a given name that is an auxiliary's form, and a name in a question with no inversion.
        ("Will Smith and his wife spoke on Tuesday.", "Will Smith", "Smith"),
        ("Who runs the Supreme Court?", "Supreme Court", "Supreme"),
        # A copular question asks who someone is: the surname is no verb, though an everyday word.
        (
            "Who Is Jack Smith?\n\nWASHINGTON (AP) — The special counsel is a veteran war crimes prosecutor. Smith "
            "said in a statement on Friday that he would work quickly.",
            "Jack Smith",
            "Jack",
        ),
        ("Who Is Andrew Young?\n\nATLANTA (AP) — Young said he still speaks at churches.", "Andrew Young", "Andrew"),
        # Near miss: a participle after "Is" is the heading's verb.
        ("Is Gavin Newsom Running?\n\nNewsom spoke at a news conference.", "Gavin Newsom", "Gavin Newsom Running"),
    ],
)
def test_a_heading_verb_is_no_part_of_a_name(parsed, text: str, present: str, absent: str) -> None:
    doc, rep = parsed(text)
    names = {m.name for m in extract_mentions(doc, rep, "a.txt")}
    assert present in names
    assert absent not in names
