"""Quotes: a participle set off by a comma after a cue's object is what the speaker did besides, not what was said
("talked with the man over the phone, trying to zero in on a cause")."""

from __future__ import annotations

from tests.extract.helpers import rows_of


def test_set_off_participle_is_no_content(parsed):
    text = "Dempsey talked with the man over the phone, trying to zero in on any potential causes for his symptoms."
    assert all("trying" not in c for _, c in rows_of(parsed, text))


def test_trailing_participle_after_object_is_cut(parsed):
    text = (
        "Small groups of protesters continued to call for more information about the shooting, looping the streets "
        "around the stadium."
    )
    assert [c for _, c in rows_of(parsed, text)] == ["more information about the shooting"]


def test_participle_of_speech_keeps_its_own_row(parsed):
    rows = rows_of(parsed, "The senator criticized the plan, saying it would raise taxes.")
    assert ("The senator", "it would raise taxes") in rows
