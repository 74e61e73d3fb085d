"""Marking a rebuilt story seen keys only the actors that are not the very objects of the last story marked."""

from __future__ import annotations

from pathlib import Path

import extract.store
from extract.keys import actor_key
from extract.records import Actor, Story
from extract.store import Store


def _actor(name: str, mentions: int = 2) -> Actor:
    return Actor(name, "organization", (), (), mentions, ("a.txt",))


def _counting(monkeypatch) -> list[str]:
    keyed: list[str] = []

    def counted(a: Actor) -> str:
        keyed.append(a.name)
        return actor_key(a)

    monkeypatch.setattr(extract.store, "actor_key", counted)
    return keyed


def test_a_rebuilt_story_keys_only_its_new_actors(tmp_path: Path, monkeypatch) -> None:
    keyed = _counting(monkeypatch)
    nato, un, eu = _actor("NATO"), _actor("United Nations"), _actor("European Union")
    with Store.open(tmp_path / "seeds", tmp_path / "state") as store:
        store.mark_seen(Story(actors=(nato, un)), now="2026-01-01T10:00:00Z")
        assert keyed == ["NATO", "United Nations"]
        seen = store.mark_seen(Story(actors=(eu, nato)), now="2026-01-01T11:00:00Z")
        assert keyed == ["NATO", "United Nations", "European Union"]
    assert seen == {actor_key(eu): "2026-01-01T11:00:00Z", actor_key(nato): "2026-01-01T10:00:00Z"}


def test_an_equal_actor_made_again_is_keyed_again_and_keeps_its_time(tmp_path: Path, monkeypatch) -> None:
    keyed = _counting(monkeypatch)
    with Store.open(tmp_path / "seeds", tmp_path / "state") as store:
        store.mark_seen(Story(actors=(_actor("NATO"),)), now="2026-01-01T10:00:00Z")
        # Another object (its mentions changed): keyed afresh, the same key, so the same first-seen time.
        seen = store.mark_seen(Story(actors=(_actor("NATO", 3),)), now="2026-01-01T11:00:00Z")
    assert keyed == ["NATO", "NATO"]
    assert seen == {actor_key(_actor("NATO")): "2026-01-01T10:00:00Z"}
