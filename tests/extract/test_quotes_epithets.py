"""Speakers: an epithet ("the 52-year-old", "the Australian", "the chief executive") right after a named person spoke
is that person; never a nationality's group, and never when someone else was named since or the title is another's."""

from __future__ import annotations

import pytest

from tests.extract.helpers import first_source_of, speaker_of


# Probe s26 (a1, a2, f, 32, 42, 45): these speakers were None, and 'the Australian' was the group 'Australian'.
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('Nadia Okoro said the clinic would reopen. "We owe it to our patients," the 61-year-old said.', "Nadia Okoro"),
        ('Coach Marco Ventura said the squad was fit. "We go again," the Italian said.', "Marco Ventura"),
        ('Lena Brandt said the talks had stalled. "They will resume," the German said.', "Lena Brandt"),
        ('Pierre Duval praised the team. "They were superb," the Frenchman said.', "Pierre Duval"),
        ('Tom Hale said fares would rise. "Cheap fares are gone," the chief executive said.', "Tom Hale"),
        ('Ravi Menon praised the bowlers. "They are fearless," the former captain said.', "Ravi Menon"),
    ],
)
def test_an_epithet_is_the_person_who_just_spoke(parsed, text: str, speaker: str) -> None:
    assert speaker_of(parsed, text, text.split('"')[1][:8]) == speaker


# No one rather than a wrong one: someone else named since, another title of the speaker, another company's title; a
# title that closes no quote (another person as likely).
@pytest.mark.parametrize(
    "text",
    [
        'Coach Marco Ventura said Luca Bassi was fit. "We go again," the Italian said.',
        'Senator Tom Walsh said the bill would pass. "It will not," the governor said.',
        'Tom Hale said fares would rise. "Fares will fall," Boeing\'s chief executive said.',
        # one sentence's second speaker is someone else
        'Tom Hale has opposed the plan since "it is wrong," the chief executive argued.',
        # review s26 rev3q HIGH 2: a person the story gives a role in apposition is not "the <title>"
        'Sarah Cole, a nurse at the hospital, said staff were tired. "We are recruiting," the chief executive said.',
        'Tom Baker, a fan from Leeds, said the team had failed. "We deserved better," the manager said.',
        'Liam Burke, a season-ticket holder, said the club was drifting. "We will improve," the captain said.',
    ],
)
def test_no_epithet_speaker(parsed, text: str) -> None:
    assert speaker_of(parsed, text, text.split('"')[1][:8]) is None


def test_a_title_without_a_quote_takes_no_one(parsed) -> None:
    text = "Tom Hale spoke on Monday. The chief executive said fares would rise."
    assert first_source_of(parsed, text, "fares") is None
