"""Merging mentions into actors: per document, then across the documents of a story (with a memo).

- ``driver``: ``merge_actors`` and ``merge_documents``, which run the rest in order;
- per document: ``document`` (``_merge_document``), with the name rules it asks: ``people`` (full names, middle
  initials, fathers and sons), ``given_names`` (the ``nicknames`` dataset), ``titles`` (titles, honorifics, offices,
  courtesy titles), ``royals`` (monarchs' titles and regnal numbers), ``part_names`` (a short organisation or place
  name inside a longer one), ``acronyms`` (initials and spelled-out words) and ``spellings`` (close spellings);
- a cluster's actor: ``tally`` (what is read of its mentions), ``naming`` (its name), ``actor_kinds`` (its kind) and
  ``build`` (the Actor); ``cluster_info`` (what merging across documents needs to know of a cluster);
- across documents: ``across_documents`` (from scratch) with ``lone_names`` (a lone surname and the one full name
  it joins), and with a memo (``memo``): ``story`` (the incremental merge), ``story_index`` (its indexes) and
  ``sums`` (components' tallies kept from call to call);
- after the merge: ``glued`` (a name glued to a common word) and ``one_word_kinds`` (a one-word person that other
  documents name an organisation).
"""

from __future__ import annotations

from extract.actors.merge.driver import merge_actors, merge_documents
from extract.actors.merge.given_names import is_given_name
from extract.actors.merge.memo import MergeMemo

__all__ = ["MergeMemo", "is_given_name", "merge_actors", "merge_documents"]
