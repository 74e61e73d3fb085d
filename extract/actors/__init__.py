"""Named actors: mentions from spaCy entities, merged into one actor per real-world actor.

Mentions are cleaned (articles, possessives, caption words, titles), get a role from a pre-name title or an
apposition, and are merged per document (surname -> full name, acronym -> long form, "Court" -> "Supreme
Court") before documents are merged with each other by full name, country identity and close spelling.

- ``names``: word lists, the place gazetteer and comparison keys;
- ``mentions``: ``extract_mentions`` for one parsed document, which runs the rules of
  - ``tokens`` (the token view ``_Sents`` and the candidate ``_Candidate``) and ``lexicon`` (shared word lists),
  - ``entities`` (spaCy's entities repaired, names it missed) and ``splits`` (one entity holding two names),
  - ``trim`` (where a name starts and ends: articles, titles, possessives, headings' verbs),
  - ``roles`` (titles and appositions), ``kinds`` (person / organisation / place corrections),
  - ``places`` (gazetteer places, datelines, town and state), ``organisations`` (untagged ones, acronyms restated),
  - ``things`` (products, events, works, missions: no actors), ``teams`` (teams and names used as things),
  - ``glue`` (a common word glued to a name) and ``filters`` (what can be a name at all, lone fragments);
- ``merge``: ``merge_actors`` (with an optional ``MergeMemo``) for a whole story; ``merge_documents`` for mentions
  held per document. A package of one module per concern (its ``__init__`` lists them): ``driver``, ``document``
  (one document's merge) and the name rules it asks (``people``, ``given_names``, ``titles``, ``royals``,
  ``part_names``, ``acronyms``, ``spellings``), an actor's ``naming`` and ``actor_kinds``, merging
  ``across_documents`` (``lone_names``) or incrementally (``story``, ``story_index``, ``sums``), then ``glued`` and
  ``one_word_kinds``.
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
