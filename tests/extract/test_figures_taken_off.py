"""Figures: a length a verb takes off or adds to something is about that thing ("shaved 3.2 years from the life
expectancies of 660 million people": life expectancies), not the verb's subject."""

from __future__ import annotations

import pytest

from tests.extract.helpers import figures_of, one_of

TAKEN = [
    ("Pollution has also shaved 3.2 years from the life expectancies of 660 million people.", 3.2, "life expectancies"),
    ("The new line will cut 20 minutes off the journey to London.", 20.0, "journey"),
    ("The upgrade adds 30 miles to the car's range.", 30.0, "range"),
    # guards: a length taken (no verb of taking), and a count cut from something counts its own noun
    ("The project took five years from start to finish.", 5.0, "project"),
    ("The company cut 20 jobs from its payroll.", 20.0, "jobs"),
    # review r2 MED-2: a measure with its own 'of' noun is about the material measured, not where it is cut from
    ("The company cut 5 million tonnes of carbon emissions from its operations.", 5e6, "carbon emissions"),
    ("The company cut 2,000 tons of plastic from its packaging.", 2000.0, "plastic"),
    ("The storm added 2 inches of rain to the city's record total.", 2.0, "rain"),
    # review r2 LOW-4: 'addressed' is no 'add' (verb forms, not prefixes)
    ("The president addressed 30 minutes to the economy in his speech.", 30.0, "president addressed"),
    # guard: a bare measure is still about what it is cut from
    ("Organizers cut 10 miles from the marathon route.", 10.0, "marathon route"),
]


@pytest.mark.parametrize(("text", "value", "about"), TAKEN)
def test_a_length_taken_off_is_about_what_it_is_taken_from(parsed, text, value, about) -> None:
    assert one_of(figures_of(parsed, text), value).about == about
