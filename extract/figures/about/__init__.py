"""Stage 3: what a figure counts or measures (its ``about``), from the dependency parse around it.

Where things are:
- driver.py: _about, the order in which the concerns below are asked, and the last clean-ups (a unit is no about).
- parse.py: _about_parse, the parse right around the figure: "N of X", the noun it modifies ("13,000 soldiers"),
  the head of its preposition ("worth $50 billion"), the subject of its verb ("rose 6%").
- phrases.py: the noun phrase itself (_np, _about_noun): modifiers kept and dropped, generic heads ("the number of
  X"), model numbers ("iPhone 11"), a measure before a noun ("a 300 MW solar power station"), "N-time champion".
- of_phrases.py: prepositional chains ("200 grams of rice raised ...", "borne by Washington").
- subjects.py: subjects of verbs (_clause_subject, _governing_subject, _holder), through open clauses, pronouns that
  stand for the clause above, and datelines, which are never a subject.
- antecedents.py: what "It will start at $44,000" stands for, from the sentence before.
- changes.py: what a change moves ("sent shares up 5%", "going from 175 to 450", "a record high of N", "shaved 3
  years off X", "50 times the level").
- prices.py: what money buys or who pays ("for $11.99 a month", "spent $3 billion on X", "$5 billion in trade").
- listings.py: listing lines and bracketed specifications ("Apple Watch Series 3 (GPS, 38mm)").
- discounts.py: "N off X" (a discount) and "N off its highs" (no discount).
- times.py: dates and durations (when-words, the event a date or span dates, how long a verb lasted).
- terms.py: prison terms and who serves them. ages.py: whose age an age is.
Passes over all the figures of a document, run by extract_figures after each figure has its own about:
- restated.py: a figure that restates, compares with, sums up or splits another ("1.85 points, or 0.06%"), and
  partitives ("of which some 300", "Of these, 12", "half of whom").
- elided.py: a count whose noun is left out or shared ("42 people were killed and more than 100 injured").
- tallies.py: votes and scores ("voted 68 to 32"), "out of", gatherings of people ("a crowd of several dozen").
- deal_lines.py: shopping headings and price lines ("Apple AirPods 2 ... for $139").
"""

from extract.figures.about.ages import _named_beside, _the_aged_one, _whose_age
from extract.figures.about.driver import _about
from extract.figures.about.phrases import _about_noun, _np
from extract.figures.about.subjects import _clause_subject, _governing_subject, _holder
from extract.figures.about.terms import _CUSTODY

__all__ = [
    "_CUSTODY",
    "_about",
    "_about_noun",
    "_clause_subject",
    "_governing_subject",
    "_holder",
    "_named_beside",
    "_np",
    "_the_aged_one",
    "_whose_age",
]
