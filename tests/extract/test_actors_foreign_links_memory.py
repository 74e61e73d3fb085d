"""Actors: the table of other languages' linking words is built reading one of wordfreq's lists at a time, so that
the first run does not hold every language's list at once (about 80 MB)."""

from __future__ import annotations


def test_the_links_table_reads_one_language_list_at_a_time(monkeypatch) -> None:
    import wordfreq

    from extract.actors import names

    real = wordfreq.get_frequency_list
    held: list[int] = []

    def spy(*args, **kwargs):
        held.append(real.cache_info().currsize)  # lists still held when the next one is read
        return real(*args, **kwargs)

    spy.cache_clear = real.cache_clear  # type: ignore[attr-defined]
    monkeypatch.setattr(wordfreq, "get_frequency_list", spy)
    real.cache_clear()
    table = names._build_foreign_links()
    # English may be held too (the English frequencies the test of each word reads), never a second language.
    assert len(held) > 10 and max(held) <= 1, held
    assert {"und", "für", "sans"} <= set(table)
