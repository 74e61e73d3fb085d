"""Resolving a cue's subject to actor mentions: names, pronouns, titles, relative pronouns, statements.

``resolver._Resolver`` is the one class the rest of quotes uses; it joins one class per concern, each in its module:

- ``resolver``: ``resolve`` (a subject to its mentions, fallback names and what the text says), ``_resolve_head``
  (one head word: a pronoun, a name, an appositive, a title, a body, a statement), ``_renamed`` (a name set beside
  a noun's phrase) and ``note`` (the attributions so far, for chains of pronouns and "the statement");
- ``base``: the state every part reads; ``mentions``: the mention at an offset or a token, a mention's kind;
  ``phrases``: a speaker's phrase as the text gives it; ``clauses``: where a name stands in its clause (subject of
  the main verb, of an adverbial clause, of a reported clause);
- people: ``pronouns`` ("he"/"she": the earlier person meant, chains of pronouns, unnamed relatives and titles
  in between), ``genders`` (a person's gender from honorifics, pronouns and given names), ``titles`` ("the
  minister": the office-holder the story named), ``surnames`` (a surname alone: the one person named in full with
  it, relatives aside), ``relatives`` ("who"/"which": the noun a relative pronoun stands for);
- groups, organisations and texts: ``groups`` ("they" and "it": the subject before, a joint statement's
  speakers, the phrase an unresolved "they" goes on with), ``bodies`` ("the Pentagon's press office", "Ukraine's
  defence ministry"), ``companies`` ("the company", "the automaker"), ``agencies`` ("the agency", public bodies),
  ``statements`` ("the statement", "a Kremlin spokesman": who issued it, whom a voice speaks for).
"""

from __future__ import annotations

from extract.quotes.resolve.resolver import _Resolver
from extract.quotes.resolve.surnames import _by_surname

__all__ = ["_Resolver", "_by_surname"]
