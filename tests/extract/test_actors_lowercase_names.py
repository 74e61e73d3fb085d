"""A person's name written all in lower case in a text that capitalises others (machine translation: "turkish
president recep tayyip erdogan said") is recased and kept: it has no capitalised words for a lowercase word to stand
between, so the check for "Retina display with Promotion true Tone" does not drop it (probe s30 P217)."""

from __future__ import annotations

from tests.extract.helpers import actor_kinds_of

TRANSLATED = (
    'ANKARA, 5 March - turkish president recep tayyip erdogan said on wednesday, that Turkey will not allow a "terror '
    'state" on its southern border. "We will finish this job," said he in a speech to his party\'s lawmakers.'
)


def test_a_lowercase_full_name_is_a_person(parsed):
    assert actor_kinds_of(parsed, TRANSLATED).get("Recep Tayyip Erdogan") == "person"


def test_a_lowercase_word_between_capitalised_ones_still_ends_the_name(parsed):
    text = "The Liquid Retina display with Promotion true Tone costs more, Apple said."
    assert not any("true" in name.lower() for name in actor_kinds_of(parsed, text))
