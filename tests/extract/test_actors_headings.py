"""Actors: names in title-case headings end where the heading's verb starts."""

from __future__ import annotations

import pytest

from extract.actors import extract_mentions, merge_actors


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
        # A heading's verb of saying after the speaker (polnear: 20 quote rows read 'Obama Says').
        (
            "Obama Says African-American Museum Will Tell of 'Suffering and Delight.'\n\nWASHINGTON -- President "
            "Obama, dedicating the museum on Saturday, said it would tell an American story.",
            "Obama",
            "Obama Says",
        ),
        ("Biden Warns Putin Over Ukraine\n\nThe president spoke on Monday.", "Biden", "Biden Warns Putin"),
        # Near misses: a given name that is a verb's form, in a heading and in running text.
        ("Edward Said Wrote The Book On Orientalism\n\nIt changed the field.", "Edward Said", "Edward"),
        ("Edward Said wrote the book in 1978, and Said taught at Columbia.", "Edward Said", "Edward"),
    ],
)
def test_a_heading_verb_is_no_part_of_a_name(parsed, text: str, present: str, absent: str) -> None:
    doc, rep = parsed(text)
    names = {m.name for m in extract_mentions(doc, rep, "a.txt")}
    assert present in names
    assert absent not in names


def test_a_heading_verb_of_saying_leaves_the_speaker_one_actor(parsed) -> None:
    doc, rep = parsed(
        "Obama Says African-American Museum Will Tell of 'Suffering and Delight.'\n\nWASHINGTON -- President Obama, "
        "dedicating the museum on Saturday, said it would tell an American story. Mr. Obama said it was a gift."
    )
    actors, _ = merge_actors(extract_mentions(doc, rep, "a.txt"))
    assert [(a.name, a.mentions) for a in actors if a.kind == "person"] == [("Obama", 3)]


@pytest.mark.parametrize(
    "text",
    [
        # Section headings of everyday words, on a line of their own or before a colon (polnear: 'Gender Equality'
        # and 'Gap Goes' were people, and a later "he said" took 'Gender Equality' for its speaker).
        "Troops have been targeted by insurgents.\n\nGender Equality.\n\nThe Gap Goes On: It was under Mr. Ban's "
        "watch that the General Assembly established U.N. Women. He has championed gay rights.",
    ],
)
def test_a_section_heading_is_no_person(parsed, text: str) -> None:
    doc, rep = parsed(text)
    names = {m.name for m in extract_mentions(doc, rep, "a.txt")}
    assert not names & {"Gender Equality", "Gap Goes", "The Gap Goes"}
    assert "Mr. Ban" in names


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # Near misses: people in a heading whose names open on given names.
        ("Will Smith Slaps Chris Rock At Oscars\n\nThe actor apologised on Monday.", "Will Smith"),
        ("Will Smith Slaps Chris Rock At Oscars\n\nThe actor apologised on Monday.", "Chris Rock"),
    ],
)
def test_people_in_headings_and_everyday_words_in_text_stay(parsed, text: str, name: str) -> None:
    doc, rep = parsed(text)
    assert name in {m.name for m in extract_mentions(doc, rep, "a.txt")}
