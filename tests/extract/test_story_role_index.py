"""Story: the actor index with roles and per-document names, kept up to date from one build to the next, is the one
made from scratch (``_with_roles``) after any change of the story's actors."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extract.records import Actor
from extract.story import _RoleIndex, _with_roles

NAMES = ("Kim", "Trump", "Bloomberg", "Chase", "Moon")
ALIASES = ("kim", "Donald Trump", "Michael Bloomberg", "Chase Bank", "KIM", "Bloomberg")
ROLES = ("President", "president", "spokesman", "Prime Minister", "mayor")
DOCS = ("a.txt", "b.txt", "c.txt")

actors = st.builds(
    Actor,
    st.sampled_from(NAMES),
    st.sampled_from(("person", "organization")),
    st.lists(st.sampled_from(ALIASES), max_size=3).map(tuple),
    st.lists(st.sampled_from(ROLES), max_size=2).map(tuple),
    st.integers(1, 5),
    st.lists(st.sampled_from(DOCS), min_size=1, max_size=3, unique=True).map(tuple),
)


@settings(max_examples=100, deadline=None)
@given(st.lists(st.tuples(st.lists(actors, max_size=6), st.lists(st.integers(0, 20), max_size=6)), max_size=8))
def test_the_kept_index_is_the_index_made_from_scratch(steps) -> None:  # noqa: ANN001
    """Each step keeps some of the last step's actors (the very objects, as the merge does for unchanged ones),
    drops the rest and adds new ones (some equal to others in value but other objects)."""
    roles = _RoleIndex()
    last: list[Actor] = []
    index = {"kim": "Kim", "trump": "Trump"}
    for new, keep in steps:
        now = [last[k] for k in dict.fromkeys(keep) if k < len(last)] + new
        assert roles.update(now, index) == _with_roles(now, index)
        last = now


def test_an_actor_that_comes_and_goes_gives_its_shared_forms_back() -> None:
    """Two actors called "Kim" in other documents: each document's "Kim" is its own actor; once one of them leaves,
    "kim" is no longer shared and the other needs no local entries (and a role held by one again names it)."""
    a = Actor("Kim", "person", (), ("President",), 2, ("a.txt",))
    b = Actor("Kim", "organization", ("KIM",), ("President",), 1, ("b.txt",))
    c = Actor("Kim Jong Un", "person", ("Kim",), (), 1, ("b.txt",))
    roles = _RoleIndex()
    both = roles.update([a, b, c], {})
    assert both == _with_roles([a, b, c], {})
    # a.txt's "Kim" is a's; b.txt has two actors giving "kim"; both holders of "President" are called "Kim".
    assert both["name:kim\0a.txt"] == "Kim" and "name:kim\0b.txt" not in both and both["role:president"] == "Kim"
    after = roles.update([a], {})
    assert after == _with_roles([a], {}) == {"role:president": "Kim", "role:president\0a.txt": "Kim"}


def test_an_update_that_stops_half_way_leaves_no_missing_entries(monkeypatch) -> None:  # noqa: ANN001
    """An update that raises half-way (here on the second actor's roles) must not leave the next update believing
    the actors it had taken in are indexed: 'role:governor' stays the governor's."""
    import extract.story as story

    a = Actor("John Bel Edwards", "person", (), ("Governor",), 2, ("a.txt",))
    b = Actor("Andy Beshear", "person", (), ("Democratic candidate",), 1, ("b.txt",))
    roles = _RoleIndex()
    roles.update([], {})
    real = story._role_entries
    calls = []

    def failing(actor: Actor) -> list[str]:
        calls.append(actor)
        if len(calls) == 2:
            raise MemoryError
        return real(actor)

    monkeypatch.setattr(story, "_role_entries", failing)
    with pytest.raises(MemoryError):
        roles.update([a, b], {})
    monkeypatch.setattr(story, "_role_entries", real)
    assert roles.update([a, b], {}) == _with_roles([a, b], {})
    assert roles.update([a, b], {})["role:governor"] == "John Bel Edwards"


def test_an_actor_named_in_one_more_document_moves_that_documents_entries_only(monkeypatch) -> None:  # noqa: ANN001
    # A president the story names in 600 articles, named in a new one: two entries (the title, the title in that
    # article) change, where the actor's every entry (1,202) was taken out and put back.
    docs = tuple(f"d{i:03}.txt" for i in range(600))
    was = Actor("Volodymyr Zelensky", "person", roles=("president",), mentions=900, documents=docs)
    now = Actor("Volodymyr Zelensky", "person", roles=("president",), mentions=903, documents=(*docs, "new.txt"))
    other = Actor("Kim", "person", roles=("mayor",), documents=("d001.txt",))
    roles = _RoleIndex()
    roles.update([was, other], {})
    held: list[str] = []
    real = _RoleIndex._hold
    monkeypatch.setattr(
        _RoleIndex, "_hold", lambda self, key, name, sign: (held.append(key), real(self, key, name, sign))
    )
    assert roles.update([now, other], {}) == _with_roles([now, other], {})
    assert len(held) <= 2
