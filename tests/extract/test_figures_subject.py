"""Figures: a figure that is the subject of its verb counts what it is 'of' or what it is said to be ("40% were
women"), never the verb's object ("99% of those do not require clinical intervention": not interventions)."""

from __future__ import annotations

import pytest

from tests.extract.helpers import figures_of, one_of

SUBJECT_FIGURES = [
    ("Even though up to 99% of those do not even require clinical intervention, alarms ring.", 99.0, None),
    ("Teachers chanted as hundreds of them lined entrances to the Statehouse.", 100.0, None),
    ("The new 2.0-liter will deliver better fuel efficiency.", 2.0, None),
    # guards: the complement of "be" says what the figure is; an "of" object what it counts
    ("About 40% were women.", 40.0, "women"),
    ("The biggest winner was 45 percent of voters.", 45.0, "voters"),
]


@pytest.mark.parametrize(("text", "value", "about"), SUBJECT_FIGURES)
def test_a_subject_figure_does_not_count_the_verbs_object(parsed, text, value, about) -> None:
    assert one_of(figures_of(parsed, text), value).about == about


# A clause with a pronoun subject of its own that the parse hangs on another verb (ccomp, advcl) does not borrow
# that verb's subject as what its figure counts; who did an event still does ("before he died, Epstein ...").
OWN_SUBJECT = [
    (
        "You'll save $250 compared to getting an Apple Watch Series 5 and let's face it, most people probably"
        " won't fully appreciate the ECG.",
        250.0,
        None,
    ),
    ("The companies will let you go $50 into the red before they start charging fees.", 50.0, None),
    ("In the US, Volkswagen estimates that could be more like 300 miles on the EPA cycle.", 300.0, None),
    # guards
    ("Three weeks before he died, Epstein had been found in his jail cell.", 3.0, "Epstein died"),
    ("Shares of the company rose after it reported revenue of $5 billion.", 5e9, "revenue"),
]


@pytest.mark.parametrize(("text", "value", "about"), OWN_SUBJECT)
def test_a_pronoun_subject_clause_does_not_borrow_another_subject(parsed, text, value, about) -> None:
    assert one_of(figures_of(parsed, text), value).about == about


# 'it', 'they', 'he', 'she' can be the subject of the clause they hang on, and usually are in company news
# ("Ford expects it will lose ..."); 'it' cannot be a plural subject ("Analysts think it will earn ...").
BACK_PRONOUN = [
    ("Ford expects it will lose $2 billion this year.", 2e9, "Ford"),
    ("Because it lost $2 billion, Ford cut jobs.", 2e9, "Ford"),
    ("The airlines expect they will lose $5 billion.", 5e9, "airlines"),
    # near misses: 'it' is not a plural subject; 'you' and 'that' are never the main clause's subject
    ("Analysts think it will earn $3 a share.", 3.0, None),
    ("The airlines expect it will cost $5 billion.", 5e9, None),
    ("Ford hopes you will spend $2,000.", 2000.0, None),
    ("Ford expects that will cost $2 billion.", 2e9, None),
]


# The pronoun must agree with the subject it borrows: an organisation named in the plural is 'it' ("General
# Motors"), a person is never 'it', and 'he'/'she' is one person, not a company or a plural.
PRONOUN_AGREES = [
    ("General Motors expects it will lose $2 billion this year.", 2e9, "General Motors"),
    ("Lehman Brothers feared it would lose $3 billion.", 3e9, "Lehman Brothers"),
    ("Jeff Bezos thinks it will cost $10 billion to reach Mars.", 1e10, None),
    ("Apple expects he will earn $5 million this year.", 5e6, None),
    ("The analysts expect he will earn $5 million.", 5e6, None),
    # near misses: a person is 'he'; a company named in the singular is still 'it'
    ("John Smith expects he will earn $5 million this year.", 5e6, "John Smith"),
    ("Tesla expects it will earn $5 billion.", 5e9, "Tesla"),
]


@pytest.mark.parametrize(("text", "value", "about"), PRONOUN_AGREES)
def test_a_pronoun_borrows_only_a_subject_it_agrees_with(parsed, text, value, about) -> None:
    assert one_of(figures_of(parsed, text), value).about == about


# 'he'/'she' says its antecedent is a person, so a bare surname the small model leaves untagged can be it; a name
# tagged as a company or a plural subject still cannot.
GENDERED_PRONOUN_UNTAGGED_NAME = [
    ("Pelosi expects she will raise $10 million.", 1e7, "Pelosi"),
    ("Hochul expects she will raise $10 million.", 1e7, "Hochul"),
    # near misses: a company is no 'she'/'he'; a person is no 'it'; a plural is no 'he'
    ("Amazon expects she will earn $5 million.", 5e6, None),
    ("Apple expects he will earn $5 million this year.", 5e6, None),
    ("Jeff Bezos thinks it will cost $10 billion to reach Mars.", 1e10, None),
    ("The analysts expect he will earn $5 million.", 5e6, None),
]


@pytest.mark.parametrize(("text", "value", "about"), GENDERED_PRONOUN_UNTAGGED_NAME)
def test_he_or_she_borrows_an_untagged_name(parsed, text, value, about) -> None:
    assert one_of(figures_of(parsed, text), value).about == about


# A surname the story gives a person elsewhere is that person for 'he'/'she', though the tagger calls it an ORG.
GENDERED_PRONOUN_KNOWN_SURNAME = [
    ("Gavin Newsom spoke on Monday. Newsom expects he will raise $20 million.", 2e7, "Gavin Newsom"),
    ("Keir Starmer spoke on Monday. Starmer expects he will raise $20 million.", 2e7, "Keir Starmer"),
    # near misses: a company the story names no person by; the surname alone, with no full name in the story
    ("Tim Cook spoke on Monday. Apple expects he will earn $5 million.", 5e6, None),
    ("Newsom expects he will raise $20 million.", 2e7, None),
]


@pytest.mark.parametrize(("text", "value", "about"), GENDERED_PRONOUN_KNOWN_SURNAME)
def test_he_or_she_borrows_a_surname_the_story_gives_a_person(parsed, text, value, about) -> None:
    assert one_of(figures_of(parsed, text), value).about == about


@pytest.mark.parametrize(("text", "value", "about"), BACK_PRONOUN)
def test_a_pronoun_that_can_be_the_main_subject_borrows_it(parsed, text, value, about) -> None:
    assert one_of(figures_of(parsed, text), value).about == about


# Money spent on something is about what it pays for, even as the subject ("$2 billion will fund the bridge").
MONEY_SUBJECT = [
    ("$2 billion will fund the new bridge.", 2e9, "bridge"),
    ("$5 million bought the land.", 5e6, "land"),
    # near misses: a count or percent subject still does not count the object
    ("Hundreds of them lined entrances.", 100.0, None),
    ("$2 billion will help the city.", 2e9, None),
]


@pytest.mark.parametrize(("text", "value", "about"), MONEY_SUBJECT)
def test_money_subject_is_about_what_it_pays_for(parsed, text, value, about) -> None:
    assert one_of(figures_of(parsed, text), value).about == about
