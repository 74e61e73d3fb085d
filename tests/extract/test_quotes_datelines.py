"""Quotes and claims: the dateline that opens wire copy is where the story was filed, never who speaks."""

from __future__ import annotations

import pytest

from tests.extract.helpers import rows_of


# "NEW DELHI: ..." opening an article is a dateline; a transcript gives several speakers' lines.
@pytest.mark.parametrize(
    ("text", "sources"),
    [
        (
            "NEW DELHI: Nearly 150 Indians returned home broke on Wednesday after being deported.\n\n"
            "They stepped outside the airport one after the other.\n",
            [],
        ),
        # near miss: a transcript of two speakers keeps both lines
        (
            "WALLACE: Do you think the economy is strong?\n\nTRUMP: I think the economy is stronger than ever.\n",
            ["WALLACE", "TRUMP"],
        ),
    ],
)
def test_dateline_label_is_no_speaker(parsed, text, sources):
    assert [s for s, _ in rows_of(parsed, text)] == sources


# The label itself decides: a place's label on the first line, or on the line after a headline, is a dateline
# even when transcript lines follow; an article opening with a person's one transcript line keeps it.
@pytest.mark.parametrize(
    ("text", "sources"),
    [
        (
            "Indians deported from the US arrive home\nNEW DELHI: Their American dream shattered, 104 Indians "
            "returned home on Wednesday.\n",
            [],
        ),
        (
            "NEW DELHI: Their American dream shattered, 104 Indians returned home on Wednesday.\n\nOfficials "
            "read out the exchange:\n\nSINGH: Why were they put in chains on the flight?\n\nJAISHANKAR: The "
            "deportations follow the American rules.\n",
            ["SINGH", "JAISHANKAR"],
        ),
        (
            "TRUMP: We are going to build the wall and Mexico is going to pay for it.\n\nThat was the promise "
            "Donald Trump made in 2016.\n",
            ["TRUMP"],
        ),
        # near miss: a person's label after a headline line stays a speaker
        (
            "The debate in full\nWALLACE: Do you think the economy is strong?\n\nTRUMP: I think the economy is "
            "stronger than ever.\n",
            ["WALLACE", "TRUMP"],
        ),
    ],
)
def test_dateline_by_its_label(parsed, text, sources):
    assert [s for s, _ in rows_of(parsed, text) if s and s.isupper()] == sources


# "HONOLULU, Hawaii (HawaiiNewsNow) - NASA scientists ... have confirmed": the speaker as written starts after the
# dateline's dash; a hyphen inside the speaker's phrase ("A 43-year-old man") is no dateline.
@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "HONOLULU, Hawaii (HawaiiNewsNow) - NASA scientists using a telescope atop Mauna Kea have confirmed the "
            "presence of water vapor on the surface of Europa.",
            "NASA scientists",
        ),
        ("A 43-year-old man said he was fine.", "A 43-year-old man"),
    ],
)
def test_dateline_is_not_in_the_speaker(parsed, text, source):
    assert [s for s, _ in rows_of(parsed, text)] == [source]
