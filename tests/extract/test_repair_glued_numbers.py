"""Repair: a number glued to the common word before it, as machine translation writes it ("killed15 people"), is
split off so that it is a number for every stage; code and product names keep their digits (brief s30 known error)."""

from __future__ import annotations

import pytest

from extract.repair import repair


@pytest.mark.parametrize(
    ("text", "repaired"),
    [
        ("Shelling has killed15 people.", "Shelling has killed 15 people."),
        ("It injured about2,000 in the region.", "It injured about 2,000 in the region."),
        # not a glued word: codes, products, formats, short stems, words inside longer tokens
        ("Play the mp3 on windows10 with python3.", "Play the mp3 on windows10 with python3."),
        ("The covid19 data and x86_64 builds.", "The covid19 data and x86_64 builds."),
        ("h264-encoded video, key abc123def, user@mail4 and /path/file2.", None),
        ("Read zzyzx42 now.", None),  # a word wordfreq does not know well
    ],
)
def test_a_number_glued_to_a_common_word_is_split_off(text: str, repaired: str | None) -> None:
    rep = repair(text)
    assert rep.text == (repaired if repaired is not None else text)
    assert rep.original == text


def test_the_split_number_is_a_figure_with_its_offsets_in_the_file(parsed) -> None:
    from extract.figures import extract_figures

    text = "Russian shelling has killed15 people in Kharkiv, officials said."
    doc, rep = parsed(text)
    figs = extract_figures(doc, rep, "a.txt")
    assert [(f.value, text[f.start : f.end], f.about) for f in figs] == [(15.0, "15", "people")]
