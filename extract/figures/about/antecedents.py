"""What a pronoun subject ("It will start at $44,000") stands for, from the sentence before."""

from __future__ import annotations

from typing import TYPE_CHECKING

from extract.figures.about.phrases import _a_measure, _about_noun
from extract.figures.about.subjects import _subject_dep, _verb_above
from extract.figures.about.verbs import FORECASTING
from extract.figures.core import _Fig, _singular
from extract.figures.scales import _people_noun
from extract.figures.units import _unit_name
from extract.quotes.lexicon import SPEECH, verb_forms

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token


# Verbs whose 'it' with an infinitive after them is a dummy ("It cost us $20,000 to rebuild", "It took eight hours
# to complete", "It will need $5 million to finish").
_EXTRAPOSING = frozenset(verb_forms("cost:costing take:took,taken,taking need require"))

# Pronouns a measure's subject may be that stand for a thing named in the sentence before.
_THING_PRONOUNS = frozenset(("it", "that", "this"))


def _antecedent(doc: Doc, f: _Fig) -> str | None:
    """What a pronoun subject of the figure's clause stands for, when the sentence before names it as its main
    subject ("Ford's Mustang Mach E SUV will go 300 miles. It will start at $44,000": the SUV) or, for "that" and
    "this", which point back at the last thing named, its object ("... getting the more powerful version of the EV.
    That promises 355 horsepower"). None when
    the pronoun is a dummy with a clause of its own ("It took nearly eight hours to complete"), or the candidate is a
    pronoun, a person, a plural or a number."""
    v = _verb_above(doc, f)
    pron = None
    for _ in range(3):
        if v is None:
            return None
        pron = next((c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if pron is not None or v.dep_ not in ("xcomp", "conj") or v.head.i == v.i:
            break
        v = v.head  # "That promises 355 horsepower ... and should do 0-62 mph in 6.6 seconds"
    if pron is None or pron.lower_ not in _THING_PRONOUNS or pron.dep_ == "expl":
        return None
    if any(t.tag_ in ("JJR", "RBR") for t in doc[f.end : min(len(doc), f.end + 4)]):
        return None  # "This is ... about 350MB per second faster than ...": a difference, not the thing's measure
    if any(c.dep_ in ("xcomp", "ccomp", "csubj") and c.i > pron.i for c in v.children):
        return None  # "It could take 24-48 hours to look like jam", "It is likely that ...": a dummy subject
    sent = pron.sent
    other = {t.i for c in v.children if c.dep_ == "conj" for t in c.subtree}  # "..., but it's very nice to own"
    after = [t for t in doc[v.i + 1 : sent.end] if t.i not in other]
    if (v.lower_ in _EXTRAPOSING or v.lemma_ == "be" or v.lower_ in ("is", "was", "'s", "be", "been", "are")) and any(
        t.lower_ == "to" and t.i + 1 < sent.end and doc[t.i + 1].tag_ == "VB" for t in after
    ):
        # '"It cost us $20,000 to rebuild"': an infinitive after a verb that makes a dummy 'it' (cost, take, need,
        # require, be), however parsed (review r1 MED-1); a purpose infinitive after another verb leaves 'it' its
        # antecedent ("The Senate approved the bill. It provides $40 billion to help farmers", review r2 MED-1)
        return None
    if any(t.is_quote for t in doc[sent.start : pron.i]):
        return None  # a quotation starts a new voice, whose 'it' need not be the narration's last subject
    if sent.start == 0:
        return None
    prev = doc[sent.start - 1].sent
    root = prev.root
    subj = [c for c in root.children if _subject_dep(c)]
    objs = [c for c in root.children if c.dep_ in ("dobj", "attr")]
    dobjs = [c for c in objs if c.dep_ == "dobj" and not _a_measure(c)]
    if pron.lower_ == "it" and any(_animate(c) for c in subj):
        subj = dobjs  # "The governor signed the bill into law. It will cost ...": bill
    elif pron.lower_ == "it" and subj and dobjs and _a_price(doc[pron.i + 1 : f.start]):
        # "Apple released the iPhone 15. It sells for $799": what a maker launched, sold or bought has the price, not
        # the maker (a plural object is no 'it': none then); "The airline ordered 50 new jets. It will pay $5
        # billion" keeps the airline, as does a sentence with no object (review r2 HIGH-4)
        subj = dobjs
    for c in objs if pron.lower_ != "it" else subj:
        if c.pos_ not in ("NOUN", "PROPN") or c.like_num or _animate(c):
            continue
        if c.pos_ == "PROPN" and (c.ent_type_ == "PERSON" or (not c.ent_type_ and not any(c.children))):
            continue  # a name that may be a person's ("Smith met reporters. It will cost $40 million")
        if c.tag_ in ("NNS", "NNPS") or c.ent_type_ in ("CARDINAL", "MONEY", "QUANTITY", "PERCENT"):
            continue
        return _about_noun(doc, c, f.start, f.end)
    return None


def _a_price(words: Span) -> bool:
    """Whether the words between 'it' and its figure say what a thing costs or is worth: "costs", "is worth",
    "was valued at", "sells for", "starts at", "is priced at"."""
    for t in words:
        w, nxt = t.lower_, (t.nbor(1).lower_ if t.i + 1 < len(t.doc) else "")
        if w.startswith("cost") or w in ("worth", "valued", "priced") or w == "value" and nxt == "of":
            return True
        if (w.startswith(("sell", "start")) or w == "sold") and nxt in ("for", "at"):
            return True
    return False


def _animate(t: Token) -> bool:
    """Whether a noun names a person or people ("the governor", "the quarterback", "Smith"), which "it" is not."""
    from extract.actors.names import TITLE_WORDS
    from extract.actors.roles import _person_noun  # the actors' lexicons and agent suffixes (governor, mayor)

    if t.ent_type_ == "PERSON":
        return True
    w = _singular(t.lower_)
    if t.like_num or _unit_name(w) is not None:
        return False  # "a 2.0-liter engine": a unit is no agent noun ("lit-er")
    return w in TITLE_WORDS or _people_noun(w) or _person_noun(w)


# Nouns by which a text names a figure it gave before ("the $53 million figure McKinley cited", "the 13,000 estimate").
_FIGURE_NOUNS = frozenset(("figure", "number", "estimate", "tally", "total", "sum", "amount", "count"))


def _same_measure(f: _Fig) -> tuple[str, str | None]:
    """What two figures of one value must share to be one amount: a count's noun may be the naming noun itself."""
    if f.kind in ("count", "number"):
        return ("count", None)
    if f.kind == "money":
        return ("money", (f.unit or "").split(" ")[0])
    return (f.kind, f.unit)


def _named_figure_about(doc: Doc, figs: list[_Fig]) -> None:
    """A figure written before a noun that names a figure ("That's less than the $53 million figure McKinley cited",
    "The 13,000 estimate came from Seoul") takes up the amount the document gave before: it measures what the last
    earlier figure of that value and measure (kind, currency or unit) measured, not "figure" (nor, through that
    generic head, the clause's subject: "Critics doubted the $40 billion number" is no amount of critics). A count
    there counts what the earlier count counted; with no earlier figure of that value, the naming noun is no counted
    thing ("the 13,000 estimate" counts no estimates: a plain number) and no about ("figure")."""
    for k, f in enumerate(figs):
        if f.value is None or f.end >= len(doc) or f.low is not None:
            continue
        noun = doc[f.end]
        if noun.pos_ != "NOUN" or noun.lower_ not in _FIGURE_NOUNS or noun.head.i == f.start:
            continue
        if doc[f.start].sent.start > noun.i or (f.end + 1 < len(doc) and doc[f.end + 1].lower_ == "of"):
            continue  # "a 10 number of ..." is no naming noun: "of" goes on to what is counted
        key = _same_measure(f)
        before = next(
            (
                g
                for g in reversed(figs[:k])
                if g.value == f.value
                and _same_measure(g) == key
                and g.about
                and g.about.split()[-1].lower() not in _FIGURE_NOUNS
            ),
            None,
        )
        if before is not None:
            _take_up(f, before)
        elif f.kind == "count" and f.counted == noun.i:
            f.kind, f.unit, f.counted, f.about = "number", None, None, None
        elif f.about and f.about.lower() == noun.lower_:
            f.about = None  # "the $53 million figure" says nothing of what the $53 million is


def _take_up(f: _Fig, before: _Fig) -> None:
    """``f`` measures what the earlier figure ``before`` measured; a count or number counts what it counted."""
    f.about = before.about
    if f.kind in ("count", "number"):
        f.kind, f.unit, f.counted = before.kind, before.unit, before.counted


def _said_number_about(doc: Doc, figs: list[_Fig]) -> None:
    """A bare number that a speech verb takes as its object ("Organisers put the turnout at half a million, while
    police said 80,000", "The union claimed 10,000 marchers, but police said 3,000") is another source's figure for
    what the sentence's earlier figure measures, not a count of the speakers: it takes the about (and, for a count,
    the noun) of the sentence's earlier figure that a source states too (_stated); with none, it has no about."""
    for k, f in enumerate(figs):
        if f.kind != "number" or f.unit or f.counted is not None or f.about is None or f.end != f.num.end:
            continue
        root = doc[f.num.end - 1]
        while f.num.start <= root.head.i < f.num.end and root.head.i != root.i:
            root = root.head
        if root.dep_ != "dobj" or root.head.lower_ not in SPEECH:
            continue
        if f.end < len(doc) and doc[f.end].pos_ in ("NOUN", "PROPN"):
            continue
        sent = doc[f.start].sent
        before = next(
            (
                g
                for g in reversed(figs[:k])
                if g.start >= sent.start and g.kind in ("count", "number") and g.about and _stated(doc, g)
            ),
            None,
        )
        if before is not None:
            _take_up(f, before)
        else:
            f.about = None


def _stated(doc: Doc, g: _Fig) -> bool:
    """Whether figure g is itself a source's figure, the object of a verb of saying or estimating, directly or
    through its "at" ("The union claimed 10,000 marchers", "Organisers put the turnout at half a million"): the
    parallel statement a later "police said 80,000" answers. Not a count that describes a thing ("the town of 20,000
    residents", "a five-storey building": review s26 rev4 MED)."""
    if g.num.end < len(doc) and doc[g.num.end].text in ("-", "–"):
        return False
    root = doc[g.num.end - 1]
    while g.num.start <= root.head.i < g.end and root.head.i != root.i:
        root = root.head
    if g.counted is not None:
        root = doc[g.counted]  # "claimed 10,000 marchers": the counted noun is the verb's object
    head = root.head
    if root.dep_ == "pobj" and head.lower_ == "at":
        root, head = head, head.head  # "put the turnout at half a million", "estimated the crowd at 50,000"
    return root.dep_ in ("dobj", "prep") and head.lower_ in SPEECH


def _reduced_relative_about(doc: Doc, figs: list[_Fig]) -> None:
    """A figure before a name that is the subject of a clause right after ("fewer than the 13,000 South Korea
    estimated last month", "Congress cut the $5 billion Trump requested"): the name says who gave or asked for the
    amount, not what it counts (review s22 r1 LOW-L1). Compared with an earlier figure of the sentence ("fewer/more
    than the N ...") it counts what that one counts; otherwise it has no about."""
    for k, f in enumerate(figs):
        if f.about is None or f.end >= len(doc) or f.kind == "date":
            continue
        name = doc[f.end]
        if name.pos_ not in ("PROPN", "NOUN") or not name.text[:1].isupper():
            continue
        last = name
        while last.i + 1 < len(doc) and doc[last.i + 1].pos_ == "PROPN" and doc[last.i + 1].text[:1].isupper():
            last = doc[last.i + 1]
        verb = doc[last.i + 1] if last.i + 1 < len(doc) else None
        clause = verb is not None and verb.tag_ in ("VBD", "VBN") and verb.dep_ in ("acl", "relcl")
        if not clause or verb.head.i != last.i or f.kind not in ("count", "number", "money", "percent"):
            continue  # (a measure of a product: "the 12-inch MacBook released in 2015")
        # the tagger may read a person as an organisation ("the $5 billion Trump requested"): a bare participle
        # with nothing of its own after a name still takes the amount as its object
        bare = last.ent_type_ == "ORG" and not any(c.dep_ not in ("punct", "advmod", "neg") for c in verb.children)
        if verb.tag_ == "VBN" and last.ent_type_ not in ("PERSON", "GPE", "NORP") and not bare:
            continue  # a participle after a thing is passive: "the 5,000 cars sold in May"
        if f.about.split()[-1] != last.text:
            continue
        sent = doc[f.start].sent
        compared = f.start > 1 and doc[f.start - 1].lower_ == "the" and doc[f.start - 2].lower_ == "than"
        key = _same_measure(f)
        earlier = [g for g in figs[:k] if compared and g.start >= sent.start and _same_measure(g) == key]
        before = earlier[-1] if earlier else None
        if before is not None and before.about:
            _take_up(f, before)
        else:
            f.about = None


# Auxiliaries between a gapped subject and its verb ("the 85,000 economists had forecast").
_GAP_AUX = frozenset(("had", "have", "has", "would", "could", "might", "were", "was"))


# Words of amount in "as many as", "as much as", "as high as": a comparison of figures.
_AMOUNT_WORDS = frozenset(("many", "much", "few", "little", "high", "low", "large", "big", "great", "small"))


def _comparing(mark: Token) -> bool:
    """Whether a clause's subordinator compares ("more than the 85,000 economists forecast", "as many as the 85,000
    economists had expected", "the same as the 2,000 analysts predicted"), not "as" of time or reason ("Shares fell
    as the 300 workers walked out", review s24 round 2 finding 2)."""
    if mark.lower_ in ("than", "below", "above"):
        return True  # "far below the 1,500 investors had hoped for": the parse may make the comparing word a mark
    if mark.lower_ != "as" or mark.i < 2:
        return False
    doc = mark.doc
    # "as many as", "as much as", "the same as", "such as"; not "as soon as", "as long as" (time, condition)
    if doc[mark.i - 1].lower_ in ("same", "such"):
        return True
    return doc[mark.i - 2].lower_ == "as" and doc[mark.i - 1].lower_ in _AMOUNT_WORDS


def _forecast_gap_about(doc: Doc, figs: list[_Fig]) -> None:
    """A figure after "the" and before people who are the subject of a bare clause right after it ("above the
    85,000 economists had forecast", "short of the $2.3 billion analysts expected") is what those people said,
    not a count of them: it measures what the sentence's earlier figure of that measure measures (85,000 jobs), or,
    with none, has no about. Not a main clause ("Some 20,000 residents fled"), a passive participle ("the 300
    workers hired last year"), or a clause with an object of its own ("the 500 volunteers who helped")."""
    for k, f in enumerate(figs):
        if f.kind not in ("count", "number", "money", "percent") or f.end + 1 >= len(doc) or f.start == 0:
            continue
        t = doc[f.end]
        if doc[f.start - 1].lower_ != "the" or t.tag_ != "NNS" or not t.text.islower():
            continue
        if not _people_noun(_singular(t.lower_)):
            continue
        j = t.i + 1
        while j < len(doc) - 1 and doc[j].lower_ in _GAP_AUX:
            j += 1
        v = doc[j]
        # after a word that compares figures, a forecasting verb after the people is what they said ("short of the
        # 460,000 analysts expected"), whatever the tagger made of it (VBN); not "more than the 300 workers hired"
        compares = f.start >= 2 and (
            _comparing(doc[f.start - 2])  # "than the", "below the", "as many as the"
            or (f.start >= 3 and doc[f.start - 2].lower_ == "of" and doc[f.start - 3].lower_ in ("short", "shy"))
        )
        if v.tag_ == "VBN" and j == t.i + 1 and not (compares and v.lower_ in FORECASTING):
            continue  # "the 300 workers hired last year": a passive participle on the noun
        # by order alone: a compared figure, its people, a forecasting verb and the clause's end ("Sales reached 20,000
        # cars, fewer than the 25,000 analysts predicted.", which the parse reads as the analysts' prediction)
        ends = j + 1 >= len(doc) or doc[j + 1].is_punct or doc[j + 1].is_sent_start
        if not (compares and v.lower_ in FORECASTING and ends) and not _gap_clause(t, v, j, f.start, compares):
            continue
        sent = doc[f.start].sent
        if f.kind in ("count", "number"):
            ok = [g for g in figs[:k] if g.start >= sent.start and g.kind in ("count", "number") and g.about]
        else:
            ok = [g for g in figs[:k] if g.start >= sent.start and _same_measure(g) == _same_measure(f) and g.about]
        if ok:
            _take_up(f, ok[-1])
        elif f.kind == "count" and f.counted == t.i:
            f.kind, f.unit, f.counted, f.about = "number", None, None, None
        elif f.about and f.about.split()[-1] == t.text:
            f.about = None


def _gap_clause(t: Token, v: Token, j: int, start: int, compares: bool) -> bool:
    """Whether verb ``v`` (at token j, after the people noun ``t`` right after a figure starting at ``start``) heads a
    bare clause whose subject is those people, by the parse: a relative or adverbial clause on the noun, or one the
    parse hung on an earlier word after a comparing word; not a clause of its own (a mark, a wh-word, an object)."""
    clause = (v.dep_ in ("acl", "relcl") and v.head.i == t.i) or (
        t.dep_ == "nsubj" and t.head.i == v.i and v.dep_ in ("relcl", "acl", "pcomp", "advcl")
    )
    # "made 30,000 cars, well short of the 40,000 executives had promised": the parse hung the bare clause on
    # the earlier noun ("cars [that] executives had promised"); by order its subject is the people noun
    clause = clause or (v.dep_ in ("acl", "relcl") and v.head.i < start and j > t.i + 1)
    # "..., but short of the 460,000 analysts expected": after a word that compares figures, a bare clause the
    # parse hung on the main verb is the gap too
    # ("fewer than the 240,000 economists had expected": the parse may make it a complement of the main verb)
    clause = clause or (compares and v.dep_ in ("acl", "relcl", "advcl", "ccomp") and v.head.i < start)
    if not clause or v.tag_ not in ("VBD", "VBN", "NN", "VBP"):
        return False
    if not (compares or any(c.dep_ == "mark" and _comparing(c) for c in v.children)):
        return False  # "The factory the 300 workers had built closed": no comparison, a count (review s25 rev3f 3)
    if any((c.dep_ == "mark" and not _comparing(c)) or c.tag_ == "WRB" for c in v.children):
        return False  # "where the 49 victims died", "as the 300 workers walked out": a clause of its own
    return not any(
        c.dep_ in ("dobj", "ccomp", "xcomp", "prep", "attr", "dative", "prt", "nsubj")
        for c in v.children
        if c.i != t.i and not (c.dep_ == "prep" and not any(c.children))  # "had hoped for": a stranded "for"
    )


def _forecast_subject_about(doc: Doc, figs: list[_Fig]) -> None:
    """A figure that people forecast ("Analysts had expected 95 cents a share", "Wall Street analysts were expecting
    $2.52 a share") when the story reports a figure of that measure ("Netflix earned $1.10 a share") is not about
    those people; it gets no about. Not the reported figure's about either: the two differ by nature and would read
    as sources that disagree (a conflict of $2.52 and $2.53 per share on the 160 articles). With no reported figure
    of the measure the people may be who gets the amount ("Retirees expect $1,200 a month from the new pension",
    review s25 rev3f 4), and their about stays. Only a money amount or a share, the forecasting verb's object, and a
    subject that is a plural noun for people."""
    forecasts = []
    for f in figs:
        if f.kind not in ("money", "percent") or not f.about:
            continue
        root = doc[f.num.start]
        while f.num.start <= root.head.i < f.end and root.head.i != root.i:
            root = root.head
        verb = root.head
        if root.dep_ != "dobj" or verb.lower_ not in FORECASTING:
            continue
        subj = next((c for c in verb.children if _subject_dep(c)), None)
        if subj is None or subj.tag_ != "NNS" or not _people_noun(_singular(subj.lower_)):
            continue
        if f.about.split()[-1] == subj.text:
            forecasts.append(f)
    for f in forecasts:
        key = (_same_measure(f), _rate_of(f))
        if any(g not in forecasts and (_same_measure(g), _rate_of(g)) == key for g in figs):
            f.about = None


def _rate_of(f: _Fig) -> str:
    """What a rate is per ("share" of "USD per share"), or "" for a plain amount."""
    return (f.unit or "").partition(" per ")[2]
