"""Actors: what joins one document's actor to another document's, and what must not."""

from __future__ import annotations

import pytest

from extract.actors import MergeMemo, merge_actors, merge_documents
from extract.records import Actor, Mention


def mention(name: str, kind: str, document: str, start: int, role: str | None = None, label: str = "") -> Mention:
    text = name.split()[-1] if kind == "person" and name.split()[0] in ("Vice", "President", "Senator") else name
    return Mention(text, name, kind, start, start + len(text), document, role, label)


def merged(docs: list[list[Mention]], memo: bool) -> list[Actor]:
    """The story's actors, the builder's way (per document, with a memo) or by one flat merge: both must agree."""
    if memo:
        return merge_documents([tuple(d) for d in docs], MergeMemo())[0]
    return merge_actors([m for d in docs for m in d])[0]


def docs_of(actors: list[Actor]) -> dict[str, tuple[str, ...]]:
    return {a.name: a.documents for a in actors}


@pytest.mark.parametrize("memo", [False, True])
def test_a_lone_given_name_joins_no_full_name_of_another_document(memo: bool) -> None:
    # "a friend of mine on Martha's Vineyard" in one article is not the "Martha Fry" of another.
    docs = [[mention("Martha Fry", "person", "a.txt", 0)], [mention("Martha", "person", "b.txt", 0)]]
    assert docs_of(merged(docs, memo)) == {"Martha Fry": ("a.txt",), "Martha": ("b.txt",)}
    # Near misses: her surname alone joins her, and so does a first word that is no given name ("Moon Jae-in").
    docs = [[mention("Martha Fry", "person", "a.txt", 0)], [mention("Fry", "person", "b.txt", 0)]]
    assert docs_of(merged(docs, memo)) == {"Martha Fry": ("a.txt", "b.txt")}
    docs = [[mention("Moon Jae-in", "person", "a.txt", 0)], [mention("Moon", "person", "b.txt", 0)]]
    assert docs_of(merged(docs, memo)) == {"Moon Jae-in": ("a.txt", "b.txt")}


@pytest.mark.parametrize("memo", [False, True])
@pytest.mark.parametrize(
    ("long", "long_kind", "short"),
    [
        ("Gush Etzion", "organization", "GE"),  # General Electric of a business article
        ("Central Avenue", "place", "CA"),  # California of a tour's dates
        ("Geoffrey Berman", "person", "GB"),  # gigabytes of a gadget article
        ("Amnesty International", "organization", "AI"),  # artificial intelligence
        ("Cape Town", "place", "CT"),  # Connecticut: a city is no state's short form
    ],
)
def test_a_two_letter_acronym_does_not_meet_a_long_name_by_initials_alone(
    memo: bool, long: str, long_kind: str, short: str
) -> None:
    # Each article names others, and none the same: two stories.
    a = [mention(long, long_kind, "a.txt", 0), mention("Palestinian Authority", "organization", "a.txt", 50)]
    b = [mention(short, long_kind, "b.txt", 0), mention("Best Buy", "organization", "b.txt", 50)]
    assert docs_of(merged([a, b], memo)) == {long: ("a.txt",), short: ("b.txt",), **_others}


_others = {"Palestinian Authority": ("a.txt",), "Best Buy": ("b.txt",)}


@pytest.mark.parametrize("memo", [False, True])
def test_two_letter_acronyms_of_one_story_meet_their_long_names(memo: bool) -> None:
    # A later article of one story writes "the EU", "GM shares", "the UN said" and spells none of them out.
    a = [
        mention("European Union", "organization", "a.txt", 0),
        mention("General Motors", "organization", "a.txt", 40),
        mention("United Nations", "organization", "a.txt", 80),
    ]
    b = [mention(x, "organization", "b.txt", 10 * k) for k, x in enumerate(("EU", "GM", "UN"))]
    assert docs_of(merged([a, b], memo)) == {
        "European Union": ("a.txt", "b.txt"),
        "General Motors": ("a.txt", "b.txt"),
        "United Nations": ("a.txt", "b.txt"),
    }


@pytest.mark.parametrize("memo", [False, True])
@pytest.mark.parametrize(
    ("long", "kind", "short", "restated"),
    [
        # Near misses: a country or a state meets its letters; so does a name another article restates them
        # beside ("European Union (EU)"), and an acronym of three letters still meets its long name.
        ("United Kingdom", "place", "UK", False),
        ("North Carolina", "place", "NC", False),
        ("European Union", "organization", "EU", True),
        ("National Football League", "organization", "NFL", False),
    ],
)
def test_short_acronyms_that_still_meet_their_long_names(
    memo: bool, long: str, kind: str, short: str, restated: bool
) -> None:
    first = [mention(long, kind, "a.txt", 0)]
    if restated:
        first.append(mention(short, kind, "a.txt", 40))
    docs = [first, [mention(short, kind, "b.txt", 0)]]
    assert docs_of(merged(docs, memo)) == {long: ("a.txt", "b.txt")}


@pytest.mark.parametrize("memo", [False, True])
def test_a_title_and_a_surname_are_the_person_holding_the_title(memo: bool) -> None:
    # "political rival Joe Biden ... Hunter Biden had a seat ... Vice President Biden would have been influenced":
    # the nearest full name before the title is the son; another article says Joe Biden is the vice president.
    docs = [
        [mention("Joe Biden", "person", "a.txt", 0, "former Vice President")],
        [
            mention("Joe Biden", "person", "b.txt", 0),
            mention("Hunter Biden", "person", "b.txt", 100),
            mention("Vice President Biden", "person", "b.txt", 200, "Vice President"),
        ],
    ]
    actors = {a.name: a for a in merged(docs, memo)}
    assert set(actors) == {"Joe Biden", "Hunter Biden"}
    assert actors["Joe Biden"].mentions == 3 and actors["Hunter Biden"].roles == ()
    # Near miss: one full name with the surname takes the titled surname, whatever the document says of titles.
    docs = [[mention("Elizabeth Warren", "person", "a.txt", 0), mention("Senator Warren", "person", "a.txt", 50)]]
    assert [(a.name, a.mentions) for a in merged(docs, memo)] == [("Elizabeth Warren", 2)]


def test_a_title_no_full_name_holds_stays_apart_in_its_document() -> None:
    # Two people share the surname and the document gives the title to neither: the title is not the nearest's.
    ms = [
        mention("Hunter Biden", "person", "a.txt", 0),
        mention("Joe Biden", "person", "a.txt", 100),
        mention("Vice President Biden", "person", "a.txt", 200, "Vice President"),
    ]
    assert sorted(a.name for a in merge_actors(ms)[0]) == ["Hunter Biden", "Joe Biden", "Vice President Biden"]
    # Near miss: the document gives the title to one of them.
    ms[1] = mention("Joe Biden", "person", "a.txt", 100, "former Vice President")
    assert sorted((a.name, a.mentions) for a in merge_actors(ms)[0]) == [("Hunter Biden", 1), ("Joe Biden", 2)]


@pytest.mark.parametrize("memo", [False, True])
def test_a_common_surname_joins_no_full_name_of_an_unrelated_document(memo: bool) -> None:
    # "Mueller, Stormy, Cohen, the tax returns" in an impeachment column is not the geneticist "Noam Cohen".
    science = [mention("Noam Cohen", "person", "a.txt", 0), mention("Weizmann Institute", "organization", "a.txt", 50)]
    politics = [mention("Cohen", "person", "b.txt", 0), mention("Rudy Giuliani", "person", "b.txt", 50)]
    assert docs_of(merged([science, politics], memo))["Noam Cohen"] == ("a.txt",)
    # Near misses: the articles share someone else, the story gives the full name in two articles, or the surname
    # is rare: then it is that person.
    shared = [*politics, mention("Weizmann Institute", "organization", "b.txt", 90)]
    assert docs_of(merged([science, shared], memo))["Noam Cohen"] == ("a.txt", "b.txt")
    again = [mention("Noam Cohen", "person", "c.txt", 0), mention("Tel Aviv University", "organization", "c.txt", 50)]
    assert docs_of(merged([science, again, politics], memo))["Noam Cohen"] == ("a.txt", "c.txt", "b.txt")
    rare = [mention("Jim Bridenstine", "person", "a.txt", 0), *science[1:]]
    lone = [mention("Bridenstine", "person", "b.txt", 0), mention("Rudy Giuliani", "person", "b.txt", 50)]
    assert docs_of(merged([rare, lone], memo))["Jim Bridenstine"] == ("a.txt", "b.txt")


@pytest.mark.parametrize("memo", [False, True])
def test_two_common_surnames_spelled_alike_are_two_people(memo: bool) -> None:
    # "Republican counsel Steve Castor" of the impeachment hearings is not the "Steve Castro" of another article.
    docs = [[mention("Steve Castor", "person", "a.txt", 0)], [mention("Steve Castro", "person", "b.txt", 0)]]
    assert sorted(a.name for a in merged(docs, memo)) == ["Steve Castor", "Steve Castro"]
    # Near miss: transliterations of one name still join.
    one, other = "Volodymyr Zelenskiy", "Volodymyr Zelenskyy"
    docs = [[mention(one, "person", "a.txt", 0)], [mention(other, "person", "b.txt", 0)]]
    assert len(merged(docs, memo)) == 1


def test_an_organisation_does_not_start_a_name_mistagged_as_a_person() -> None:
    # "Apple Watches" tagged PERSON once: Apple's ten mentions as a company are not its first name.
    ms = [mention("Apple", "organization", "a.txt", 0, label="ORG"), mention("Apple Watches", "person", "a.txt", 50)]
    ms += [mention("Apple", "organization", "a.txt", 100 + 10 * k, label="ORG") for k in range(3)]
    assert sorted((a.name, a.mentions) for a in merge_actors(ms)[0]) == [("Apple", 4), ("Apple Watches", 1)]
    # Near misses: a given name mistagged ORG joins, and so does a first name of a full name the text gives a role
    # ("his brother Dale Ford ... Dale wrote").
    for full, first, role in (("Sarah Sanders", "Sarah", None), ("Dale Ford", "Dale", "brother")):
        ms = [mention(full, "person", "a.txt", 0, role)]
        ms += [mention(first, "organization", "a.txt", 50 + 10 * k, label="ORG") for k in range(3)]
        assert [(a.name, a.mentions) for a in merge_actors(ms)[0]] == [(full, 4)]


def test_a_title_is_not_held_by_a_longer_office_with_its_word() -> None:
    # "Eric Trump, executive vice president of the Trump Organization ... President Trump said": an executive vice
    # president does not hold the title President, nor a press secretary the title Secretary.
    ms = [
        mention("Donald Trump", "person", "a.txt", 0),
        mention("Eric Trump", "person", "a.txt", 50, "executive vice president of the Trump Organization"),
        mention("President Trump", "person", "a.txt", 200, "President"),
    ]
    assert "President Trump" not in {
        alias for a in merge_actors(ms)[0] if a.name == "Eric Trump" for alias in a.aliases
    }
    # Near miss: "a former Vice President" holds the title Vice President.
    ms[1] = mention("Eric Trump", "person", "a.txt", 50, "a former President")
    assert [a.aliases for a in merge_actors(ms)[0] if a.name == "Eric Trump"] == [("President Trump",)]


@pytest.mark.parametrize("memo", [False, True])
def test_a_title_across_documents_is_not_a_longer_office_with_its_word(memo: bool) -> None:
    docs = [
        [mention("Mike Pompeo", "person", "a.txt", 0), mention("NATO", "organization", "a.txt", 40)],
        [mention("Kayleigh Pompeo", "person", "b.txt", 0, "a press secretary for a House committee")],
        [mention("Secretary Pompeo", "person", "c.txt", 0, "Secretary")],
    ]
    assert docs_of(merged(docs, memo))["Kayleigh Pompeo"] == ("b.txt",)


def test_a_father_named_before_his_son_jr_is_another_person() -> None:
    # "Donald Trump has long relied on his children ... Donald Trump Jr. campaigned in Kentucky".
    ms = [mention("Donald Trump", "person", "a.txt", 0), mention("Donald Trump Jr.", "person", "a.txt", 100)]
    assert sorted(a.name for a in merge_actors(ms)[0]) == ["Donald Trump", "Donald Trump Jr."]
    # Near miss: after "Patrick Carlineo Jr." the shorter forms are the same man.
    ms = [
        mention("Patrick Carlineo Jr.", "person", "a.txt", 0),
        mention("Pat Carlineo", "person", "a.txt", 100),
        mention("Patrick W. Carlineo", "person", "a.txt", 200),
    ]
    assert [a.mentions for a in merge_actors(ms)[0]] == [3]


def test_a_father_named_after_his_son_with_a_role_is_another_person() -> None:
    # "Robert F. Kennedy Jr. announced a run ... His father, Robert F. Kennedy, told a crowd in 1968".
    ms = [
        mention("Robert F. Kennedy Jr.", "person", "a.txt", 0),
        mention("Robert F. Kennedy", "person", "a.txt", 100, "father"),
    ]
    assert sorted(a.name for a in merge_actors(ms)[0]) == ["Robert F. Kennedy", "Robert F. Kennedy Jr."]


def test_an_office_taken_as_the_role_of_a_surname_goes_to_its_holder() -> None:
    # "Attorney General William Barr testified ... Jane Barr, a neighbor ... 'The law is clear,' Attorney General
    # Barr said": the speaker's mention is "Barr" with the role "Attorney General", the title of William Barr.
    ms = [
        mention("William Barr", "person", "a.txt", 0, "Attorney General"),
        mention("Jane Barr", "person", "a.txt", 100, "neighbor"),
        mention("Barr", "person", "a.txt", 200, "Attorney General"),
    ]
    assert sorted((a.name, a.mentions) for a in merge_actors(ms)[0]) == [("Jane Barr", 1), ("William Barr", 2)]
    # Near miss: a role that is no office leaves the nearest full name as before.
    ms[2] = mention("Barr", "person", "a.txt", 200, "neighbor")
    assert sorted((a.name, a.mentions) for a in merge_actors(ms)[0]) == [("Jane Barr", 2), ("William Barr", 1)]


def test_a_capitalised_office_before_a_name_keeps_its_modifier() -> None:
    # "White House Press Secretary Kayleigh Pompeo ... Secretary Pompeo told reporters": a press secretary does not
    # hold the title Secretary, capitalised or not.
    ms = [
        mention("Mike Pompeo", "person", "a.txt", 0),
        mention("Kayleigh Pompeo", "person", "a.txt", 50, "White House Press Secretary"),
        mention("Secretary Pompeo", "person", "a.txt", 200, "Secretary"),
    ]
    assert [a.aliases for a in merge_actors(ms)[0] if a.name == "Kayleigh Pompeo"] == [()]
    # Near miss: the body before the office is stripped ("Ukrainian President" holds President).
    ms[1] = mention("Kayleigh Pompeo", "person", "a.txt", 50, "State Department Secretary")
    assert [a.aliases for a in merge_actors(ms)[0] if a.name == "Kayleigh Pompeo"] == [("Secretary Pompeo",)]


@pytest.mark.parametrize("memo", [False, True])
def test_a_dateline_state_does_not_meet_a_street_of_a_short_article(memo: bool) -> None:
    # "SAN JOSE, Calif. (AP) — Central Avenue was closed" / "MOUNTAIN VIEW, CA — Google said": neither names a
    # person or an organisation of several words, but two letters meet only an organisation so.
    docs = [[mention("Central Avenue", "place", "a.txt", 0)], [mention("CA", "place", "b.txt", 0)]]
    assert docs_of(merged(docs, memo)) == {"Central Avenue": ("a.txt",), "CA": ("b.txt",)}


@pytest.mark.parametrize("memo", [False, True])
@pytest.mark.parametrize(
    ("full", "town"),
    [
        # A town named with its region in one article is the bare town of another ('Houston, Texas' and 'Houston',
        # 'Nashville, Tennessee' and 'Nashville' were two rows each in the 160 articles).
        ("Houston, Texas", "Houston"),
        ("Nashville, Tennessee", "Nashville"),
        ("Hanoi, Vietnam", "Hanoi"),
        # California's code in the table of towns is Canada's too.
        ("Los Angeles, California", "Los Angeles"),
    ],
)
def test_a_town_with_its_region_is_the_bare_town_of_another_document(memo: bool, full: str, town: str) -> None:
    docs = [[mention(full, "place", "a.txt", 0)], [mention(town, "place", "b.txt", 0)]]
    assert docs_of(merged(docs, memo)) == {full: ("a.txt", "b.txt")}


@pytest.mark.parametrize("memo", [False, True])
@pytest.mark.parametrize(
    ("full", "town"),
    [
        # Near misses: a bare name that means a bigger namesake elsewhere, or that two states' towns share.
        ("Paris, Texas", "Paris"),
        ("Portland, Maine", "Portland"),
        ("Cleveland, Tennessee", "Cleveland"),
        ("Birmingham, Alabama", "Birmingham"),
        # Review s22 r1a LOW-3: a Canadian town is no town of California, whose code the table of towns shares.
        ("Orillia, California", "Orillia"),
    ],
)
def test_a_town_with_another_region_stays_apart_from_the_bare_name(memo: bool, full: str, town: str) -> None:
    docs = [[mention(full, "place", "a.txt", 0)], [mention(town, "place", "b.txt", 0)]]
    assert docs_of(merged(docs, memo)) == {full: ("a.txt",), town: ("b.txt",)}


@pytest.mark.parametrize("memo", [False, True])
@pytest.mark.parametrize(("plural", "singular"), [("Russians", "Russian"), ("Muslims", "Muslim")])
def test_a_group_in_the_plural_is_the_singular_group_of_another_document(
    memo: bool, plural: str, singular: str
) -> None:
    # 'Russians' and 'Russian', 'Indians' and 'Indian' were two rows each in the 160 articles.
    docs = [[mention(plural, "group", "a.txt", 0)], [mention(singular, "group", "b.txt", 0)]]
    assert [set(a.documents) for a in merged(docs, memo)] == [{"a.txt", "b.txt"}]


@pytest.mark.parametrize("memo", [False, True])
def test_a_group_ending_in_a_double_s_keeps_its_name(memo: bool) -> None:
    # Near miss: 'Swiss' is no plural of 'Swis'; an organisation's plural-looking name is no group's.
    docs = [[mention("Swiss", "group", "a.txt", 0)], [mention("Swis", "group", "b.txt", 0)]]
    assert len(merged(docs, memo)) == 2
    docs = [[mention("Steelers", "organization", "a.txt", 0)], [mention("Steeler", "group", "b.txt", 0)]]
    assert len(merged(docs, memo)) == 2


@pytest.mark.parametrize("memo", [False, True])
def test_a_company_with_its_legal_form_joins_the_same_company_without_it(memo: bool) -> None:
    # A press release names "Ceres Robotics Inc." and then "Ceres Robotics", a news article "Ceres Robotics": one
    # company of the story.
    docs = [
        [
            mention("Ceres Robotics Inc.", "organization", "a.txt", 0),
            mention("Ceres Robotics", "organization", "a.txt", 40),
        ],
        [mention("Ceres Robotics", "organization", "b.txt", 0)],
    ]
    assert docs_of(merged(docs, memo)) == {"Ceres Robotics Inc.": ("a.txt", "b.txt")}
    docs = [
        [mention("Target Corp.", "organization", "a.txt", 0), mention("Target", "organization", "a.txt", 30)],
        [mention("Target", "organization", "b.txt", 0)],
    ]
    assert docs_of(merged(docs, memo)) == {"Target Corp.": ("a.txt", "b.txt")}
    # Near misses: a company only ever written with its legal form (the mountains' "Sierra Nevada" of another article
    # is no "Sierra Nevada Corp"), and no legal form ("Corporation" is an everyday word).
    docs = [
        [mention("Sierra Nevada Corp", "organization", "a.txt", 0)],
        [mention("Sierra Nevada", "organization", "b.txt", 0)],
    ]
    assert docs_of(merged(docs, memo)) == {"Sierra Nevada Corp": ("a.txt",), "Sierra Nevada": ("b.txt",)}
    docs = [
        [mention("Sierra Nevada Corporation", "organization", "a.txt", 0)],
        [mention("Sierra Nevada", "organization", "b.txt", 0)],
    ]
    assert docs_of(merged(docs, memo)) == {"Sierra Nevada Corporation": ("a.txt",), "Sierra Nevada": ("b.txt",)}


@pytest.mark.parametrize("memo", [False, True])
def test_a_full_name_joins_the_same_name_with_a_middle_name(memo: bool) -> None:
    # One article names "Owen Dempsey", another "Owen John Dempsey": one person, as "Donald J. Trump" is.
    docs = [[mention("Owen Dempsey", "person", "a.txt", 0)], [mention("Owen John Dempsey", "person", "b.txt", 0)]]
    assert docs_of(merged(docs, memo)) == {"Owen John Dempsey": ("a.txt", "b.txt")}
    # Near miss: two variants of the plain name (a father and a son) join neither.
    docs = [
        [mention("George Bush", "person", "a.txt", 0)],
        [mention("George Herbert Walker Bush", "person", "b.txt", 0)],
        [mention("George Walker Bush", "person", "c.txt", 0)],
    ]
    assert len(merged(docs, memo)) == 3
