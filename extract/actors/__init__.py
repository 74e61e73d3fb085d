"""Named actors: mentions from spaCy entities, merged into one actor per real-world actor.

Mentions are cleaned (articles, possessives, caption words, titles), get a role from a pre-name title or an
apposition, and are merged per document (surname -> full name, acronym -> long form, "Court" -> "Supreme
Court") before documents are merged with each other by full name, country identity and close spelling.

- ``names``: word lists, the place gazetteer and comparison keys;
- ``mentions``: ``extract_mentions`` for one parsed document;
- ``merge``: ``merge_actors`` (with an optional ``MergeMemo``) for a whole story; ``merge_documents`` for mentions
  held per document.
"""

from __future__ import annotations

from extract.actors.mentions import extract_mentions
from extract.actors.merge import MergeMemo, merge_actors, merge_documents
from extract.actors.names import Gazetteer, clean_name, country_code, gazetteer, place_rank

__all__ = [
    "Gazetteer",
    "MergeMemo",
    "clean_name",
    "country_code",
    "extract_mentions",
    "gazetteer",
    "merge_actors",
    "merge_documents",
    "place_rank",
]
