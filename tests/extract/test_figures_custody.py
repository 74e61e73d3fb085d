"""Figures: a prison term ("up to 10 years in prison") is a term of custody, not a count about whoever faces it."""

from __future__ import annotations

import pytest

from tests.extract.helpers import conflicts_of, figures_of, one_of

HELD = [
    ("Patrick Carlineo Jr., 55, could face up to 10 years in prison.", 10.0, "prison term for Patrick Carlineo Jr."),
    ("He was sentenced to 25 years in federal prison for the killings.", 25.0, "federal prison term"),
    ("She faces a maximum of 20 years in jail.", 20.0, "jail term"),
    # review r2 LOW-2: a hyphenated modifier before the prison
    (
        "Evan Gershkovich was sentenced to 16 years in a maximum-security prison.",
        16.0,
        "maximum-security prison term for Evan Gershkovich",
    ),
    ("He spent five years behind bars.", 5.0, "prison term"),
    ("The conspiracy charge is punishable by up to five years in prison.", 5.0, "prison term"),
]

# guards: a career in a prison service or a prison's kitchen, a term of office and a stay in the army are no custody
NOT_HELD = [
    ("He served 10 years in the prison service before retiring.", 10.0),
    ("She worked for 12 years in the prison's kitchen.", 12.0),
    ("He served 10 years in the jail's medical unit as a nurse.", 10.0),
    ("She spent two years in office.", 2.0),
    ("He spent 15 years in the army.", 15.0),
]


def test_a_named_sentence_keeps_its_noun(parsed) -> None:
    text = "He now faces a maximum sentence of 175 years in prison if convicted."
    assert one_of(figures_of(parsed, text), 175.0).about == "maximum sentence"


def test_two_prison_terms_are_no_conflict(parsed) -> None:
    # the terms of two defendants: "prison" says nothing of whose term it is
    a = "Noel was sentenced to 10 years in prison."
    b = "Thomas was sentenced to 25 years in prison."
    assert conflicts_of(parsed, a, b) == []
    # guard: one defendant's term in two files clashes (review r1 MED-1)
    a = "Smith was sentenced to 20 years in prison on Friday."
    b = "Smith was sentenced to 25 years in prison, prosecutors said."
    assert conflicts_of(parsed, a, b) == [[20.0, 25.0]]
    # guard: two lengths of the same thing still clash
    assert conflicts_of(parsed, "The strike lasted 10 weeks.", "The strike lasted 12 weeks.") == [[10.0, 12.0]]


@pytest.mark.parametrize(("text", "value", "about"), HELD)
def test_a_prison_term_is_about_the_custody(parsed, text, value, about) -> None:
    assert one_of(figures_of(parsed, text), value).about == about


@pytest.mark.parametrize(("text", "value"), NOT_HELD)
def test_other_stays_are_no_custody(parsed, text, value) -> None:
    about = one_of(figures_of(parsed, text), value).about or ""
    assert "prison" not in about and "jail" not in about and about not in ("office", "army")


# review r2 HIGH-1: the judge, prosecutors, lawyers or court hand down or ask for the term; the defendant serves it
WHOSE = [
    (
        "U.S. District Judge Amy Berman Jackson sentenced Smith to 20 years in prison on Friday.",
        20.0,
        "prison term for Smith",
    ),
    ("The judge sentenced him to 5 years in prison.", 5.0, "prison term"),
    ("Prosecutors are seeking 10 years in prison for Smith.", 10.0, "prison term for Smith"),
    ("Defense attorneys asked for 18 months in jail.", 18.0, "jail term"),
    ("The court ordered Brown to spend 90 days in the county jail.", 90.0, "county jail term for Brown"),
    ("Each count carries a maximum of 20 years in prison.", 20.0, "prison term"),
    # guards: the one who serves it is the subject
    ("Smith was sentenced to 20 years in prison on Friday.", 20.0, "prison term for Smith"),
    (
        "The 48-year-old Australian was evicted in April and sentenced to 50 weeks in jail for breaching his bail.",
        50.0,
        "jail term",
    ),
    ("Patrick Carlineo Jr. faces up to 10 years in prison.", 10.0, "prison term for Patrick Carlineo Jr."),
]


@pytest.mark.parametrize(("text", "value", "about"), WHOSE)
def test_the_term_is_the_defendants(parsed, text, value, about) -> None:
    assert one_of(figures_of(parsed, text), value).about == about


def test_one_judge_two_defendants_is_no_conflict(parsed) -> None:
    a = "U.S. District Judge Amy Berman Jackson sentenced Smith to 20 years in prison on Friday."
    b = "U.S. District Judge Amy Berman Jackson sentenced Brown to 25 years in prison on Friday."
    assert conflicts_of(parsed, a, b) == []
    a = "Prosecutors are seeking 10 years in prison for Smith."
    b = "Prosecutors are seeking 15 years in prison for Brown."
    assert conflicts_of(parsed, a, b) == []
    # guard: one defendant sentenced by the judge in two files clashes
    a = "U.S. District Judge Amy Berman Jackson sentenced Smith to 20 years in prison on Friday."
    b = "Judge Jackson sentenced Smith to 25 years in prison."
    assert conflicts_of(parsed, a, b) == [[20.0, 25.0]]


def test_two_unnamed_defendants_are_no_conflict(parsed) -> None:
    # review r2 MED-3: 'a man' in two files is two men; a term keys only a named person
    a = "A man was sentenced to 10 years in prison for the robbery."
    b = "A man was sentenced to 12 years in prison for the shooting."
    assert conflicts_of(parsed, a, b) == []
    a = "The man was held for 72 hours in police custody."
    b = "The man was held for 48 hours in police custody."
    assert conflicts_of(parsed, a, b) == []
    assert one_of(figures_of(parsed, a), 72.0).about == "police custody"


def test_bars_that_close_are_no_custody(parsed) -> None:
    # review r2 LOW-5: drinking places closing for different spans clash as before 49e4e9d
    assert conflicts_of(parsed, "Bars will close for 3 weeks.", "Bars will close for 2 weeks.") == [[2.0, 3.0]]
    # guard: terms behind bars of two unnamed people stay apart
    assert conflicts_of(parsed, "He spent five years behind bars.", "He spent six years behind bars.") == []


# Review r3 HIGH-1: only a person right after the term's own 'for' holds it; the crime's 'for' names no prisoner.
HOLDERS = [
    ("Robert Jones faces 10 years in prison for spying for Microsoft.", 10, "prison term for Robert Jones"),
    ("Robert Jones received 4 years in prison for lying for Trump.", 4, "prison term for Robert Jones"),
    ("Paul Whelan was sentenced to 16 years in prison for spying for Russia.", 16, "prison term for Paul Whelan"),
    # near miss: a person after the term's own 'for' still holds it
    ("Prosecutors are seeking 10 years in prison for Smith.", 10, "prison term for Smith"),
]


@pytest.mark.parametrize(("text", "value", "about"), HOLDERS)
def test_the_crimes_for_names_no_holder(parsed, text, value, about) -> None:
    assert one_of(figures_of(parsed, text), value).about == about


@pytest.mark.parametrize(
    "text",
    [
        "Whelan was sentenced to 16 years in prison for spying for Russia.",
        "A Pennsylvania man was sentenced to 3 years in prison for casting a ballot for Trump.",
    ],
)
def test_the_crimes_for_is_not_the_holder(parsed, text) -> None:
    about = [f.about for f in figures_of(parsed, text) if f.kind == "duration"][0]
    assert not about.endswith(("Russia", "Trump")), about


def test_the_beneficiary_of_a_crime_is_no_holder(parsed) -> None:
    a = "A Gaza man was sentenced to 20 years in prison for working for Hamas."
    b = "Two students were sentenced to 15 years in prison for fighting for Hamas."
    assert conflicts_of(parsed, a, b) == []


# Review r3 MED-2: a passive verb joined to an active one shares its subject.
@pytest.mark.parametrize(
    ("text", "about"),
    [
        ("Smith pleaded guilty and was sentenced to 3 years in prison.", "prison term for Smith"),
        # near miss: an active verb joined to another names no holder of its own
        ("A man pleaded guilty and was sentenced to 3 years in prison.", "prison term"),
    ],
)
def test_a_joined_passive_shares_the_subject(parsed, text, about) -> None:
    assert one_of(figures_of(parsed, text), 3).about == about


# Review r3 HIGH-6: a capitalised common noun after 'a'/'the' is a description, not a name.
@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "A Marine was sentenced to 10 years in prison for the attack.",
            "A Marine was sentenced to 8 years in prison for selling guns.",
        ),
        ("The Briton was sentenced to 3 years in prison.", "The Briton was sentenced to 2 years in prison."),
    ],
)
def test_a_described_defendant_keys_nothing(parsed, a, b) -> None:
    assert conflicts_of(parsed, a, b) == []


def test_a_named_defendant_still_clashes(parsed) -> None:
    a = "Evan Gershkovich was sentenced to 16 years in prison."
    b = "Evan Gershkovich was sentenced to 18 years in prison."
    assert conflicts_of(parsed, a, b) == [[16.0, 18.0]]
