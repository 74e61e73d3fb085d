"""Direct quotes and reported claims, each attributed to the actor who said it.

Quotes come from pairing quote marks in the file (curly or straight, closing marks typed as opening
ones, quotes re-opened in the next paragraph). Claims come from reporting cues: a speech or report
verb with a subject ("X said that ...", "..., X warned"), "according to X", a "NAME:" transcript
label or a "― NAME" signature. A quote belongs to the cue whose content contains it or that sits
right next to it; a quote that is a sentence of its own continues the previous quote's speaker.
Speakers are the cue's subject resolved to an actor mention: names directly, pronouns to the
nearest compatible earlier actor, titles ("the minister") to the actor the story gave that title.
Marks between which nobody is cited (scare quotes, titles) give no Quote: the record means "who said
what", and a speakerless row would be noise in the panel a reporter copies from. Odd marks never
raise: what pairs is used and each unpaired mark becomes a warning.

Modules: marks (pairing quote marks), lexicon (cue words and patterns), cues (finding attributions),
content (what a cue reports), resolve (speakers to actor mentions), assign (quotes to attributions);
this one builds the records.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from typing import TYPE_CHECKING

from extract.actors.names import TITLE_WORDS
from extract.quotes.asides import _own_words_before, _person_before, _spaced_dash
from extract.quotes.assign import _assign, _inside_mask, _joined, _only_punct, _signatures, _term_quote, _title_like
from extract.quotes.bounds import (
    _after_dateline,
    _before_circumstance,
    _before_main_clause,
    _before_main_verb,
    _before_misread_predicate,
    _misread_conj,
    _set_off_circumstance,
    _subject_after_time,
)
from extract.quotes.clause_forms import _has_clause, _topic
from extract.quotes.cues import _before_range_end, _colon_blocks, _find_cues
from extract.quotes.docview import _Att, _Doc
from extract.quotes.interviews import _interview_answers
from extract.quotes.labels import _headline_cues, _labels
from extract.quotes.lexicon import (
    _AMBIGUOUS,
    _BARE_PRONOUNS,
    _CHARACTERIZE,
    _DOCUMENT_NOUNS,
    _EVIDENCE_NOUNS,
    _INTENTION,
    _MARK_CHARS,
    _MARKS,
    _NOT_SOMEONE_ENTS,
    _PERSON_PRONOUNS,
    _PLURAL_PRONOUNS,
    _PROCEDURE,
    _QUOTE_TOKENS,
    _SOUGHT_NOUNS,
    _STANCE,
    _STATEMENT_NOUNS,
    _SUBJ,
    _THING_WORDS,
    _VERBAL,
    _WRITER_PRONOUNS,
    SPEECH,
    WEAK,
)
from extract.quotes.marks import QuoteSpan, find_quote_spans
from extract.quotes.people import _people, _singular, _someone
from extract.quotes.resolve import _by_surname, _Resolver
from extract.quotes.speakers import _set_off_participle
from extract.records import Claim, Mention, Quote

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from extract.repair import Repaired


_PRONOUN_WORDS = _BARE_PRONOUNS | _PERSON_PRONOUNS | _PLURAL_PRONOUNS | _WRITER_PRONOUNS

# Subject heads that are a person, whom "it" never continues.
_PERSON_HEADS = frozenset(_PERSON_PRONOUNS | TITLE_WORDS)

__all__ = ["SPEECH", "WEAK", "QuoteSpan", "extract_quotes", "find_quote_spans"]


def extract_quotes(
    doc: Doc, rep: Repaired, document: str, mentions: Sequence[Mention]
) -> tuple[list[Quote], list[Claim], list[str]]:
    """Direct quotes and reported claims of one document, with speakers resolved to mentions."""
    spans, warnings = find_quote_spans(rep, doc)
    d = _Doc(doc, rep.text)
    d.single = bool(spans) and _MARKS.search(rep.text) is None
    # The single marks paired into quotes: all of a story that quotes with them only, or a headline's (not the '' of
    # a double mark typed as two).
    singles = [
        sp for sp in spans if d.single or sp.para == 0 and rep.text[max(0, sp.start - 2) : sp.start] in ("'", " '")
    ]
    d.single_marks = frozenset(k for sp in singles for k in (sp.start - 1, sp.end) if rep.text[k : k + 1] == "'")
    inside = _inside_mask(d, spans)
    atts = _find_cues(d, inside)
    atts += _labels(d, rep, mentions)
    atts += _interview_answers(d, rep, mentions)
    atts += _headline_cues(d, rep, mentions, inside, atts)
    _colon_blocks(d, atts)
    atts.sort(key=lambda a: a.cue_start)
    _split_successive(d, atts)
    _take_trailing(d, atts)
    for a in atts:
        if a.cue_tok is not None:
            a.content = _before_range_end(d, doc[a.cue_tok], a.content)
            if a.content is not None:
                # (after _take_trailing, which would take the main clause back as a clause of the cue)
                a.content = _before_main_clause(d, doc[a.cue_tok], a.content)
                a.content = _subject_after_time(d, doc[a.cue_tok], a.content)
    _end_relative(d, atts)
    _end_at_closing_dash(d, atts)
    _end_before_own_act(d, atts)
    _mark_nested(atts)
    atts = [a for a in atts if not a.asked and not (a.nested and (a.weak or a.lemma in _AMBIGUOUS and not a.that))]
    resolver = _Resolver(d, rep, mentions, inside)
    prev: _Att | None = None
    for a in atts:
        _who(d, rep, resolver, a)
        if prev is not None and _continues_text(d, a, prev):
            # "“...,” the article read. “...,” it added": "it" goes on with the text that spoke just before;
            # "“...,” the Times wrote. “...,” it further wrote": or with the organisation.
            if prev.names and all(_thing(resolver, n) for n in prev.names):
                a.names, a.actor = prev.names, True
            elif not prev.names:
                a.said = prev.said
        prev = a
    # The writer's own "I think" is no claim; half-speech verbs need a named speaker or a that-clause.
    atts = [
        a
        for a in atts
        if (a.actor or a.that or a.lemma not in _AMBIGUOUS or _described(doc, a))
        and not _thing_calls(doc, a)
        and (a.said or "").lower() not in _WRITER_PRONOUNS
        and not (a.subj_tok is not None and _writer_itself(doc[a.subj_tok]))
        and (a.lemma not in _VERBAL or _person_speaks(d, resolver, a))
        and not _inquiry(doc, a)
        # "his claim that ...", "her decision to ...": a possessive owner speaks only when it stands for a name.
        and (a.names or a.subj_tok is None or doc[a.subj_tok].tag_ != "PRP$")
    ]
    own = _relayed(d, atts)
    atts = [a for a in atts if id(a) not in own]
    _by_author(d, rep, resolver, atts)
    owner = _assign(d, spans, atts, inside)
    _signatures(d, spans, owner)
    titles: list[QuoteSpan] = []
    for qi, sp in enumerate(spans):
        if _title_like(d.text, sp.start, sp.end, d.finite_in) or _term_quote(d, sp):
            owner[qi] = None  # a song, a show, a slogan named in the sentence: nobody says it there
            titles.append(sp)
    for qi, o in enumerate(owner):
        if o is not None:
            if o.said is None and not o.names:
                _who(d, rep, resolver, o)
            o.quotes.append(qi)
    for qi, o in enumerate(owner):
        if o is not None and o.names and (o.said or "").lower() in _PERSON_PRONOUNS:
            # "“It could have been really easy for Mary Steenburgen to ...,” she said": words that name the
            # person the pronoun was taken for, in full, are someone else's about her; no speaker beats a wrong one.
            qs, qe = rep.span(spans[qi].start, spans[qi].end)
            named = [
                m.name
                for m in mentions
                if m.kind == "person"
                and qs <= m.start
                and m.end <= qe
                and " " in m.name
                # "“My name is Maria Lopez, and I have lived on Elm Street for 30 years,” she said": she names herself
                and not (
                    _SELF_NAMING.search(rep.original, max(qs, m.start - 20), m.start)
                    # "“This is Mike Johnson's shutdown,” he said": a name owning something is no self-introduction
                    and not _POSSESSIVE.match(rep.original, m.end)
                )
            ]
            if any(n == m or n.split()[-1] == m.split()[-1] and " " not in n for n in o.names for m in named):
                o.names = ()
    known = {id(a) for a in atts}
    extra: list[_Att] = []
    for o in owner:
        if o is not None and id(o) not in known:
            known.add(id(o))
            extra.append(o)
    atts_all = sorted([*atts, *extra], key=lambda a: a.cue_start)

    quotes: list[Quote] = []
    for qi, sp in enumerate(spans):
        q_att = owner[qi]
        if q_att is None or (not q_att.names and (q_att.said or "").lower() in _THING_WORDS):
            continue  # a scare quote, a title or a saying in the writer's own words: nobody is quoted
        names, said = q_att.names, q_att.said
        s, e = rep.span(sp.start, sp.end)
        quotes.append(
            Quote(
                rep.original[s:e],
                names[0] if names else None,
                said,
                q_att.cue,
                document,
                s,
                e,
                names,
                stands_for=None if names else q_att.shown,
            )
        )

    claims: list[Claim] = []
    span_starts = [sp.start for sp in spans]
    span_ends = {sp.end for sp in spans}
    for a in atts_all:
        content = a.content = _before_speaker_word(d, spans, a, a.content)
        kind = a.kind
        near = _claim_quotes(d, spans, a)
        if content is not None and a.cue_start < content[0]:
            # "“...” He added that X": a quote before the cue's sentence is his, but not what "added" reports.
            first = d.sent_chars_range(a.sent)[0]
            near = [q for q in near if spans[q].end > first]
        reported = content
        if near:
            pieces = [(spans[q].start, spans[q].end) for q in near]
            lo, hi = min(p[0] for p in pieces), max(p[1] for p in pieces)
            # The reported clause around the quotes, unless the parser let it swallow the speaker.
            opens = content is not None and _only_punct(d.text[content[0] : lo]) and _holds_source(a, content)
            if content is not None and content[0] <= lo and hi <= content[1] + 2 and not opens:
                # The reported clause already holds its quotes ("African-Americans, he said, can ''rock''"); a
                # sentence opening with the quote ("“...,” he said, adding ...") is the quote's row instead.
                lo, hi = content[0], max(hi, content[1])
            elif (
                content is not None
                and (
                    content[0] <= hi
                    and lo <= content[1]
                    or content[1] < lo
                    and (_joined(d.text[content[1] : lo]) or _goes_on(d.text, content[1], lo, a))
                )
                and not _holds_source(a, content)
            ):
                lo, hi = min(lo, content[0]), max(hi, content[1])
            content = (lo, hi)
            if reported is not None and reported[0] < lo and _reported_before(d, spans, near, a, reported):
                # "The tuft cell, Herbert said, is ... “Once ...”": the clause he reported is a row of its own.
                _add_claim(claims, d, rep, spans, span_starts, span_ends, a, reported, kind, document)
            # Direct only when the quotes are the claim: a reported clause holding a partial quote stays
            # indirect, else the panel would wrap it in marks around the quote's own marks.
            if _all_quoted(d, content, pieces, a):
                kind = "direct"
        if content is not None and not near and content[1] <= a.cue_start and _ends_in_title(d, content, titles):
            # "In her memoir “Becoming,” Michelle Obama wrote about her childhood": the parser made the title the
            # cue's clause; what she wrote about is the topic after the cue, if any.
            topic = _topic(doc[a.cue_tok], a.lemma) if a.cue_tok is not None else None
            content = d.tok_span(topic.left_edge.i, topic.right_edge.i) if topic is not None else None
        if content is None:
            continue
        names, said = a.names, a.said
        if not names and (not said or said.lower() in _BARE_PRONOUNS):
            continue  # "it says ...", "who complains ..." with nothing named: a row that names nobody
        if not near and len(d.text[content[0] : content[1]].split()) < 2:
            continue  # "put it", "according to MSNBC, basically": one word reports nothing
        if not near and a.nested and content[0] <= a.cue_start < content[1] and _by_agent(doc, a):
            # "Vindman said he was told by Bolton — his supervisor — to go": a report inside another's whose
            # content runs back over its own cue is the parser's misreading ("X, Cook said, is Y" is not nested).
            continue
        if not near and _bare_cue(d.text[content[0] : content[1]]):
            continue  # "He said, she said" (a heading), "he said he told them": a cue, and nothing it reports
        if not near and _only_circumstance(d, content):
            continue  # "After that, Ford wrote, and wrote, and wrote": when he wrote, not what
        if not near and a.lemma == "report" and _reported_event(d, a, content):
            continue  # "staffers who reported for duty", "the staff member who reported the call": no words told
        if not near and a.lemma not in _NAMING and _pronoun_object(d, content):
            continue  # "explained them to me", "described it to friends": what was said is not in the text
        _add_claim(claims, d, rep, spans, span_starts, span_ends, a, content, kind, document)
    return quotes, claims, warnings


# Words with which a speaker gives her own name ("My name is Maria Lopez", "I'm Tom Reyes", "This is Jane Doe").
_POSSESSIVE = re.compile(r"['\u2019](?:s\b|\s)")
_SELF_NAMING = re.compile(r"\b(?:my name is|my name's|name['\u2019]s|i am|i['\u2019]m|this is)\s+$", re.I)


def _relayed(d: _Doc, atts: list[_Att]) -> set[int]:
    """ "X said Y, according to Z", "Y, X said, according to Z": X's claim is Y, ending before ", according to Z"
    and before X when the parser ran it over its own speaker. Z's row (the report as relayed) stays, as PolNeAR
    annotates both, unless Z is only the text X said it in ("The Kremlin said the talks had been useful, according to
    a statement": one statement, one row): the ids of those "according to" cues are returned, to be dropped."""
    text = d.text
    own: set[int] = set()
    for a in atts:
        if a.kind != "according_to" or a.content is None:
            continue
        for b in atts:
            if b is a or b.kind == "according_to" or b.content is None or b.subj_tok is None:
                continue
            if a.subj_tok is None or not a.content[0] <= b.cue_start < a.content[1]:
                continue
            if a.content[0] <= b.content[0] and b.content[1] <= a.cue_start and _own_text(d.doc[a.subj_tok], b):
                own.add(id(a))  # the report is whole before ", according to a statement": nothing to trim
                continue
            if not b.content[0] < a.cue_start < b.content[1]:
                continue
            z = d.doc[a.subj_tok].right_edge
            if text[z.idx + len(z) : b.content[1]].strip(" ,.;:)]\u201d\"'\u2019"):
                continue  # "Officials said the dam, according to engineers, could fail": Z is inside the claim
            # "Y, the commission said, according to Reuters": the parser ran the claim over its own speaker too.
            bs = d.doc[b.subj_tok].left_edge.idx
            end = bs if b.content[0] < bs < a.cue_start else a.cue_start
            while end > b.content[0] and (text[end - 1].isspace() or text[end - 1] in ",;\u2014-"):
                end -= 1
            if end > b.content[0]:
                b.content = (b.content[0], end)
            if _own_text(d.doc[a.subj_tok], b):
                own.add(id(a))
    return own


def _ends_in_title(d: _Doc, content: tuple[int, int], titles: Sequence[QuoteSpan]) -> bool:
    """Whether a cue's content before it is a lead-in and a work's title only ("In her memoir “Becoming,”"): it ends
    with the title's closing marks, and no verb stands before the title ("Ms. LaBelle got a huge roar when, at the end
    of her rendition of “A Change Is Gonna Come,” she added ..." tells more than a title)."""
    text = d.text
    tail = text[content[0] : content[1]].rstrip(" ,;:\u201d\"'\u2019")
    for sp in titles:
        if content[0] <= sp.start and content[0] + len(tail) <= sp.end <= content[1] + 1:
            lo, hi = d.tok_at(content[0]), d.tok_at(sp.start)
            return not any(d.doc[i].pos_ in ("VERB", "AUX") for i in range(lo, min(hi, len(d.doc))))
    return False


def _own_text(src: Token, speaker: _Att) -> bool:
    """Whether the source of "according to" is the text of the speaker who said what it relays: a text that names no
    other author ("a statement", "its readout of the call", "a statement released by the White House" after "The
    White House said"); "a statement by the ministry", "the ministry's statement", "a Reuters statement", "a
    statement issued by the Russian foreign ministry" or "published by the news agency TASS" name another."""
    authors = _text_authors(src)
    if authors is None:
        return False
    if not authors:
        return True
    own = {w for n in (*speaker.names, speaker.said or "") for w in n.lower().split()}
    # The author's head word names it ("by the White House" after "The White House said"): a country's name or a
    # title the speaker shares with it is no author's ("U.S. Secretary of State Antony Blinken ... according to a
    # statement released by the U.S. Embassy in Beijing").
    return all(a.lower_ in own for a in authors)


def _text_authors(src: Token) -> list[Token] | None:
    """The authors a text names ("a statement by the ministry", "the ministry's statement", "a Reuters statement", "a
    statement issued by the ministry", "a readout of the call published by Downing Street"), those of a "by"/"from"
    phrase or a participle's agent first; none for a bare "a statement" or "a Monday statement" (a day is no author),
    None when the source is no text."""
    if _singular(src.lower_) not in _DOCUMENT_NOUNS or src.lower_ == "joint":
        return None
    named: list[Token] = []
    before: list[Token] = []
    for c in src.children:
        if c.dep_ == "poss" and c.tag_ != "PRP$" or c.dep_ == "compound" and c.pos_ == "PROPN":
            if c.ent_type_ not in ("DATE", "TIME"):
                before.append(c)
        elif c.dep_ == "prep" and c.lower_ in ("by", "from"):
            named += [g for g in c.children if g.dep_ == "pobj"]
        elif c.dep_ == "prep" and c.lower_ == "of":
            for g in c.children:
                if g.dep_ != "pobj":
                    continue
                if g.pos_ == "PROPN" or g.ent_type_:
                    named.append(g)  # "a statement of the Foreign Ministry"
                else:
                    named += _agents(g)  # "a readout of the call published by Downing Street"
        elif c.dep_ == "acl":
            named += _agent_of(c)  # "a statement issued by the ministry"
    return named + before


def _agent_of(participle: Token) -> list[Token]:
    """The agent of a participle ("issued by the ministry", "released by the White House")."""
    return [
        o
        for g in participle.children
        if g.dep_ == "agent" or g.dep_ == "prep" and g.lower_ == "by"
        for o in g.children
        if o.dep_ == "pobj"
    ]


def _agents(noun: Token) -> list[Token]:
    """The agents of the participles on a noun ("the call published by Downing Street")."""
    return [o for c in noun.children if c.dep_ == "acl" for o in _agent_of(c)]


def _by_author(d: _Doc, rep: Repaired, resolver: _Resolver, atts: Sequence[_Att]) -> None:
    """An "according to" a text that names its author speaks for that author, not for whoever spoke of the text
    before ("Putin told Biden the talks had been useful, according to a statement released by the White House": the
    White House's row, not Putin's): the author's name and phrase, or its phrase alone when no actor stands for it."""
    for a in atts:
        if a.kind != "according_to" or a.subj_tok is None:
            continue
        authors = _text_authors(d.doc[a.subj_tok])
        if not authors:
            continue
        author = authors[0]
        m = resolver.at_tok(author.i)
        end = author.right_edge.i
        if end > author.left_edge.i and d.doc[end].dep_ == "case":
            end -= 1  # "the ministry's statement": the author is "the ministry"
        span = d.tok_span(author.left_edge.i, end)
        a.names = (resolver.full_name(m),) if m is not None else ()
        a.said = rep.original_slice(*span) if span else author.text


def _by_agent(doc: Doc, a: _Att) -> bool:
    """Whether a cue is a passive verb whose speaker is its "by" phrase ("was told by Bolton")."""
    return a.cue_tok is not None and any(c.dep_ == "agent" for c in doc[a.cue_tok].children)


# A conjunction left at a claim's end where the clause after it was cut off ("said prices would rise and").
_DANGLING_JOIN = re.compile(r"(?:[\s,;\u2014\u2013]+(?:and|or|but))+[\s,;\u2014\u2013]*$")


def _add_claim(
    claims: list[Claim],
    d: _Doc,
    rep: Repaired,
    spans: Sequence[QuoteSpan],
    span_starts: list[int],
    span_ends: set[int],
    a: _Att,
    content: tuple[int, int],
    kind: str,
    document: str,
) -> None:
    dangling = _DANGLING_JOIN.search(d.text, content[0], content[1])
    if dangling is not None and dangling.end() == content[1] and dangling.start() > content[0]:
        content = (content[0], dangling.start())  # "prices would rise and": the join of a cut-off second verb
    content = _whole_quotes(spans, span_starts, content)
    marks = d.single_marks
    s, e = rep.span(*_outer_marks(d.text, span_starts, span_ends, *_balance(d.text, *content, marks), marks=marks))
    if e > s:
        names = a.names
        claims.append(
            Claim(
                rep.original[s:e],
                names[0] if names else None,
                a.said,
                a.cue,
                kind,
                document,
                s,
                e,
                sources=names,
                stands_for=None if names else a.shown,
            )
        )


def _reported_before(d: _Doc, spans: Sequence[QuoteSpan], near: list[int], a: _Att, content: tuple[int, int]) -> bool:
    """Whether a cue's own clause, with no quote in it, is told in its sentence before quotes that all stand in
    later sentences of the paragraph: both are what the speaker said."""
    first = d.sent_chars_range(a.sent)[1]
    if (
        any(spans[q].start < first for q in near)
        or content[1] > first
        or len(d.text[content[0] : content[1]].split()) < 3
    ):
        return False
    return not any(content[0] < sp.end and sp.start < content[1] for sp in spans)


_OBJECT_PRONOUNS = frozenset({"him", "her", "them", "me", "us", "it"})
_SUBJECT_PRONOUNS = frozenset({"he", "she", "they", "i", "we", "you"})


# What a story calls its own outlet ("this newspaper", "our editorial board") or, with "this", its writer ("this
# reporter"); "our correspondent" is a colleague the outlet quotes.
_OWN_OUTLET = frozenset({"newspaper", "paper", "magazine", "publication", "website", "editorial", "board", "blog"})
_OWN_WRITER = frozenset({"reporter", "writer", "columnist", "author"})


def _writer_itself(subj: Token) -> bool:
    """Whether a subject is the story's own outlet or writer ("This newspaper believes the chancellor must act",
    "our editorial board thinks", "this reporter was told"): the writer's view, no one's claim; "the newspaper
    reported" is another outlet's."""
    if subj.pos_ != "NOUN" or subj.lower_ not in _OWN_OUTLET and subj.lower_ not in _OWN_WRITER:
        return False
    owners = ("this", "our") if subj.lower_ in _OWN_OUTLET else ("this",)
    return any(c.dep_ in ("det", "poss") and c.lower_ in owners for c in subj.children)


def _only_circumstance(d: _Doc, content: tuple[int, int]) -> bool:
    """Whether a claim's content is only a circumstance: prepositions, adverbs, a demonstrative or a date or time,
    with no noun, verb or name of its own ("After that", "Since then", "On Monday"): nothing that was said."""
    doc = d.doc
    lo, hi = d.tok_at(content[0]), d.tok_at(max(content[0], content[1] - 1))
    seen = False
    for i in range(lo, min(hi + 1, len(doc))):
        t = doc[i]
        if t.is_punct or t.is_space:
            continue
        if not (
            t.pos_ in ("ADP", "ADV", "DET", "PART", "CCONJ", "SCONJ")
            or t.pos_ == "PRON"
            and t.lower_ in ("that", "this", "then")
            or t.ent_type_ in ("DATE", "TIME")
        ):
            return False  # (the first word that says something ends the look: most contents open with one)
        seen = True
    return seen


def _bare_cue(content: str) -> bool:
    """Whether a claim's content is only a pronoun and a speech verb: "she said" in the heading "He said, she
    said". With an object it reports a speech act ("Smith said he wrote it", "Smith said she told them")."""
    words = [w.strip(".,;:!?\u2014-").lower() for w in content.split()]
    words = [w for w in words if w]
    return len(words) == 2 and words[0] in _SUBJECT_PRONOUNS and SPEECH.get(words[1]) in ("say", "tell", "write", "add")


def _reported_event(d: _Doc, a: _Att, content: tuple[int, int]) -> bool:
    """Whether what "report" takes is no account: showing up ("staffers who reported for duty") or, for someone a
    relative clause picks out, the event in a few words ("the staff member who reported the call"). "The Post
    reported for the first time that ..." has a clause; "the AP, which first reported the story" and "Police
    reported the deaths" are reports the news cites (PolNeAR annotates them)."""
    toks = [t for t in d.doc[d.tok_at(content[0]) : d.tok_at(content[1] - 1) + 1] if not t.is_punct]
    if not toks:
        return False
    if toks[0].lower_ == "for" and toks[0].pos_ == "ADP":
        return not any(t.pos_ in ("VERB", "AUX") for t in toks)
    cue = d.doc[a.cue_tok] if a.cue_tok is not None else None
    who = cue is not None and cue.dep_ == "relcl" and any(c.dep_ == "nsubj" and c.lower_ == "who" for c in cue.children)
    return (
        who
        and len(toks) <= 3
        and toks[0].lower_ in ("the", "this", "that", "it")
        and not any(t.pos_ in ("VERB", "AUX", "NUM", "PROPN") or t.like_num for t in toks)
    )


# Cues whose pronoun object with a complement is the claim ("critics would call them messianic impulses",
# "branded it an outlaw nation").
_NAMING = frozenset({"call", *_CHARACTERIZE})


def _pronoun_object(d: _Doc, content: tuple[int, int]) -> bool:
    """Whether a claim's content is only a pronoun object and what goes with it, with no verb: "the novelist
    Jo Walton explained them to me", "was how Ford described it to friends". The pronoun stands for words said
    elsewhere; the row would show the reader nothing claimed. A charge aimed at the pronoun ("Democrats accused
    him of obstruction of justice", "The report blamed them for the crash") or a second object ("He promised
    them a raise") is what was said."""
    doc = d.doc
    # Tokens starting before the content's end: d.idx is sorted, so they end at bisect_left (a pass over the rest
    # of the document, building a Token each, for every claim, was most of this check's time).
    toks = [doc[i] for i in range(d.tok_at(content[0]), bisect_left(d.idx, content[1]))]
    toks = [t for t in toks if t.idx >= content[0] and not t.is_punct]
    if not toks or toks[0].tag_ != "PRP" or toks[0].lower_ not in _OBJECT_PRONOUNS:
        return False
    # "described it as a disaster": the complement after "as" is what was said of it.
    if any(t.pos_ in ("VERB", "AUX") or t.lower_ == "as" for t in toks):
        return False
    # Only where, when, how or to whom it was said may follow: "it in a statement", "them in detail",
    # "it categorically", "them to me".
    nxt = toks[1] if len(toks) > 1 else None
    return nxt is None or nxt.pos_ == "ADV" or (nxt.pos_ == "ADP" and nxt.lower_ not in _CHARGE_PREPS)


# Prepositions that carry the charge, blame or warning aimed at a person ("accused him of ...", "blamed them for
# ...", "charged him with ...", "criticized her over ...", "warned us against ...", "warned them about ...").
_CHARGE_PREPS = frozenset({"of", "for", "with", "over", "against", "about"})


# Half-speech cues that are mostly deeds ("many regulars continued to stay away", "the spokesman refused to say
# whether ..."): they still need a speaker resolved to an actor.
_DEEDS = {"continue", "refuse"}


# Half-speech cues that things do as often as people ("the techniques revealed an elegant side", "the
# rules point to ...", "the war threatens ..."): a plural noun is no speaker for them.
_THINGS_DO = {"threaten", "point", "put", "indicate", "order", "rule", "signal", "reveal", "label"}


def _inquiry(doc: Doc, a: _Att) -> bool:
    """Whether a cue is a step of an inquiry aimed at a person, no stance nor statement: an intention to
    identify, locate, question or arrest someone ("Police are seeking to identify the man seen in the video",
    "Detectives want to question the men"), or questioning someone ("investigators questioned the driver")."""
    if a.cue_tok is None:
        return False
    cue = doc[a.cue_tok]
    if a.lemma in _INTENTION:
        acts = [c for c in cue.children if c.dep_ == "xcomp" and c.lower_ in _PROCEDURE]
    elif a.lemma in ("question", "interview") and not _has_clause(cue):
        acts = [cue]
    else:
        return False
    objs = [o for act in acts for o in act.children if o.dep_ == "dobj"]
    # Whom an inquiry seeks is a person it does not know by office: "find a candidate who can win", "question
    # the nominee about her record" are steps of politics, which the news reports as positions.
    return any(
        _singular(o.lower_) in _SOUGHT_NOUNS or _someone(o) and _singular(o.lower_) not in TITLE_WORDS for o in objs
    )


def _thing_calls(doc: Doc, a: _Att) -> bool:
    """Whether "call" or "call for" has a thing for its subject, no one named: "The script called for ...", "the
    original recipe called for three cups of sugar", "a sample called Glasgow", "what better fix than to ... call it
    a revolution": a need or a name, nobody's words (a person, a group or an organisation calls). A text or a
    finding calls for things as its authors do ("The report called for an immediate ceasefire", "A new study calls for
    stricter limits", "The editorial called the decision a disgrace")."""
    if a.lemma != "call" or a.names or a.that or a.subj_tok is None:
        return False
    head = doc[a.subj_tok]
    if head.lower_ in _CALLING_TEXTS:
        return False
    return head.tag_ == "NN" and not head.ent_type_ and not _people(head) and head.lower_ not in _PERSON_HEADS


# Texts and findings that speak for their authors when they call for something or call something so.
_CALLING_TEXTS = frozenset(
    {*_EVIDENCE_NOUNS, *_DOCUMENT_NOUNS, *_STATEMENT_NOUNS}
    | {"editorial", "lawsuit", "suit", "petition", "complaint", "resolution", "motion", "ruling", "op-ed", "column"}
)


def _described(doc: Doc, a: _Att) -> bool:
    """Whether a half-speech cue has a described source that can hold a view: a group ("several judges
    have cited ...", "critics oppose ..."), evidence ("the poll indicates ...") or an organisation noun.
    PolNeAR attributes these; a singular thing ("the war threatens ...") and pronouns do not speak."""
    if a.subj_tok is None or not a.said or a.said.lower() in _PRONOUN_WORDS:
        return False
    head = doc[a.subj_tok]
    low = head.lower_
    k = head.left_edge.i - 1
    if (
        a.lemma == "continue"
        and (low in _DOCUMENT_NOUNS or low in _STATEMENT_NOUNS)
        and k > 0
        and doc[k].text in _QUOTE_TOKENS
        and doc[k - 1].text == ","
        and a.cue_tok is not None
        and a.cue_tok + 1 < len(doc)
        and doc[a.cue_tok + 1].text in (",", ".", ";", *_QUOTE_TOKENS)
    ):
        # "“...,” the statement continued.": a text goes on saying what the quote before it says; not "“...” The
        # statement continued to circulate online", which tells what became of it.
        return True
    if a.lemma in _DEEDS:
        return False
    if a.lemma in _INTENTION:
        # "the bill seeks to ...", "the plan aims to ...": things have purposes too; only people, groups of
        # people and organisations have intentions ("companies seek to limit ...", "the coalition wants ...").
        return _people(head)
    if _people(head) or bool(head.ent_type_) or low in _EVIDENCE_NOUNS:
        return True  # "Judge rejects ...", "a retired general revealed ...", "others in the party opposed ..."
    # A plural noun may be people or things ("judges have cited", "the new rules support"): only a verb that
    # things do not do takes one that names no people.
    return head.tag_ in ("NNS", "NNPS") and a.lemma not in _STANCE and a.lemma not in _THINGS_DO


def _person_speaks(d: _Doc, resolver: _Resolver, a: _Att) -> bool:
    """Whether every speaker of an attribution is a person (an army or a country attacks in deeds); "he"
    and "she" are, also when they went with a speaker the story names only by title."""
    if a.subj_tok is not None and d.doc[a.subj_tok].lower_ in _PERSON_PRONOUNS:
        return a.said is not None and (bool(a.names) or a.said.lower() not in _PERSON_PRONOUNS)
    found = [resolver.by_name.get(n.lower()) for n in a.names]
    return bool(found) and all(m is not None and resolver.kind_of(m) == "person" for m in found)


def _continues_text(d: _Doc, a: _Att, prev: _Att) -> bool:
    """Whether an unresolved "it" may speak for the text or organisation cited just before (never for a
    person: "he" or a title such as "the GOP candidate")."""
    if a.names or (a.said or "").lower() != "it" or not 0 <= a.sent - prev.sent <= 2:
        return False
    if prev.subj_tok is not None and d.doc[prev.subj_tok].lower_ in _PERSON_HEADS:
        return False
    return bool(prev.said) and (prev.said or "").lower() not in _PRONOUN_WORDS


def _thing(resolver: _Resolver, name: str) -> bool:
    """Whether a speaker's name is an organisation or place ("it" may stand for it), not a person."""
    if name in resolver.bodies:
        return True  # "Russia's foreign ministry said ... and said it would ...": a body named by its phrase
    m = resolver.by_name.get(name.lower())
    return m is not None and resolver.kind_of(m) != "person"


def _all_quoted(d: _Doc, span: tuple[int, int], pieces: list[tuple[int, int]], a: _Att) -> bool:
    """Whether a claim is nothing but its quotes: its reported clause (or, when that clause holds the
    speaker, the claim itself) has only punctuation and the "X said" of split quotes besides them."""
    if a.content is None:
        return True
    text = d.text
    # A reported clause the claim did not take in ("“...,” judge Inaba noted as she made her decision") is
    # no part of it: the claim is its quotes.
    apart = a.content[1] <= span[0] or span[1] <= a.content[0]
    pos, hi = span if apart or _holds_source(a, a.content) else a.content
    for s, e in sorted(pieces):
        gap = (pos, min(s - 1, hi))
        if gap[0] < gap[1] and not _only_punct(text[gap[0] : gap[1]]) and not gap[0] <= a.cue_start < gap[1]:
            return False
        pos = max(pos, e + 1)
    return pos >= hi or _only_punct(text[pos:hi])


def _goes_on(text: str, end: int, quote: int, a: _Att) -> bool:
    """Whether the quote at ``quote`` goes on with a reported clause ending at ``end`` in the same paragraph:
    only a sentence break ("identified X as one of the reasons. “The younger people ...”") or the closing
    "X said" ("A, Schiff said. “The other factor ...”") stands between them (one utterance, one row)."""
    gap = text[end:quote]
    if "\n" in gap:
        return False
    if _only_punct(gap):
        return True
    left = a.subj_left if a.subj_left is not None and a.subj_left < a.cue_start else a.cue_start
    after = text[a.cue_end : quote]
    # The quote opens a sentence of its own ("..., Schiff said. “..."); "Lamenting X, Mexicans say, ''...''" quotes
    # what they say, not the participle before it.
    return end <= left <= a.cue_end <= quote and _only_punct(text[end:left]) and _only_punct(after) and "." in after


def _claim_quotes(d: _Doc, spans: Sequence[QuoteSpan], a: _Att) -> list[int]:
    """The quotes a claim row covers: those of the cue's paragraph and the quotes they continue."""
    para = d.para_of(a.cue_start)
    chains = {spans[q].chain for q in a.quotes if spans[q].para == para}
    return [q for q in a.quotes if spans[q].para == para or spans[q].chain in chains]


def _holds_source(a: _Att, span: tuple[int, int]) -> bool:
    """Whether a span contains the cue or the speaker (a bad parse made them part of the content)."""
    if span[0] <= a.cue_start < span[1]:
        return True
    return a.subj_start is not None and span[0] <= a.subj_start < span[1]


def _whole_quotes(spans: Sequence[QuoteSpan], starts: list[int], content: tuple[int, int]) -> tuple[int, int]:
    """Never cut a quote in two: a claim that ends inside a quote it opened ('told Fox that "they hit Matt
    ... tougher. ... What they are doing is gaming the ref."', where the parse ends at the first sentence)
    runs to the quote's end."""
    lo, hi = content
    k = bisect_left(starts, lo)
    for sp in spans[k:]:
        if sp.start >= hi:
            break
        if sp.end > hi:
            hi = sp.end
    return lo, hi


def _outer_marks(
    text: str, starts: list[int], ends: set[int], s: int, e: int, marks: frozenset[int] = frozenset()
) -> tuple[int, int]:
    """Take in the outer marks of a split quote's claim: a span from the first piece's first word to the last
    piece's last word ('...program," X said. "Expanding ...') would open and close on the wrong side of its
    marks; with them the row reads as the sentence does and its marks pair."""
    k = bisect_left(starts, s)
    # A span that took in part of a '' mark at either edge is still its pieces' span.
    lo = starts[k] if k < len(starts) and starts[k] - s <= 2 and _only_marks(text, s, starts[k]) else -1
    hi = next((e - i for i in range(3) if e - i in ends and _only_marks(text, e - i, e)), -1)
    marked = _MARKS.search(text, lo, hi) or any(lo <= k < hi for k in marks)  # (``marks``: paired single marks)
    if lo < 0 or hi <= lo or not marked:
        return s, e  # not a run of quote pieces, or a single quote: its marks stay out, as in its Quote
    opening, closing = _mark_before(text, lo), _mark_after(text, hi)
    if not opening or not closing:
        return s, e
    return lo - opening, hi + closing


def _only_marks(text: str, a: int, b: int) -> bool:
    return all(text[i] in _MARK_CHARS for i in range(a, b))


_MARK_PAIRS = ("''", "``")


def _mark_before(text: str, s: int) -> int:
    """Length of the quote mark that ends right before ``s`` (2 for '' and ``), 0 when there is none."""
    if s >= 2 and text[s - 2 : s] in _MARK_PAIRS:
        return 2
    return 1 if s >= 1 and text[s - 1] in _MARK_CHARS else 0


def _mark_after(text: str, e: int) -> int:
    """Length of the quote mark that starts at ``e``, 0 when there is none."""
    if text[e : e + 2] in _MARK_PAIRS:
        return 2
    return 1 if text[e : e + 1] in _MARK_CHARS else 0


def _balance(text: str, s: int, e: int, marks: frozenset[int] = frozenset()) -> tuple[int, int]:
    """Widen a span by one quote mark at an edge when it holds an odd number of marks, and by the closing
    parenthesis of one it opens ("offerings (based on your data)"). ``marks``: the single marks paired into quotes,
    in a story quoted with single marks ("she was 'a fighter'" keeps its closing mark)."""
    if text.count("(", s, e) > text.count(")", s, e) and text[e : e + 1] == ")":
        e += 1
    if (len(_MARKS.findall(text, s, e)) + sum(s <= k < e for k in marks)) % 2 == 0:
        return s, e
    k = e
    while k < len(text) and k < e + 2 and text[k] in ".,;:!?":
        k += 1
    m = _MARKS.match(text, k)
    if m is not None:
        return s, m.end()
    if k in marks:
        return s, k + 1
    m = _MARKS.match(text, max(0, s - 1))
    if m is not None and m.end() == s:
        return s - 1, e
    if s - 1 in marks:
        return s - 1, e
    return s, e


def _split_successive(d: _Doc, atts: list[_Att]) -> None:
    """End a cue's content where the same speaker's next cue starts: "urged X to act, and criticized Y",
    "said A, arguing that B" are two claims (PolNeAR and PARC give each cue its own content), while a
    report nested with a subject of its own ("said that Trump claimed ...") stays inside."""
    doc = d.doc
    for a in atts:
        if a.content is None or a.cue_tok is None:
            continue
        lo, hi = a.content
        if hi <= a.cue_start:
            continue  # "Content, X said": nothing of the cue's own follows it
        cut = None
        for b in atts:
            if b is a or b.cue_tok is None or not (lo < b.cue_start < hi) or b.cue_start <= a.cue_start:
                continue
            if _successive(doc[b.cue_tok], a.cue_tok):
                k = doc[b.cue_tok].left_edge.i
                cut = k if cut is None else min(cut, k)
        if cut is None:
            continue
        k = cut - 1
        if lo <= a.cue_start and a.subj_tok is not None and lo < doc[a.subj_tok].left_edge.idx < a.cue_start:
            # "A, the agency said, citing B": a content the parser ran over the "X said" ends before it.
            k = min(k, doc[a.subj_tok].left_edge.i - 1)
        while k > 0 and (doc[k].is_punct or doc[k].dep_ == "cc"):
            k -= 1
        first = d.tok_at(lo)
        span = d.tok_span(first, k) if k >= first else None
        if span is not None:
            a.content = span


def _take_trailing(d: _Doc, atts: list[_Att]) -> None:
    """Let a content that follows its cue take in the cue's own trailing phrases ("attacked officers
    nationwide", "threatened to make him testify, should he fail to ...", "called the remarks a wake-up
    call to his supporters"): the parser hangs them on the cue, but they are part of what was said. A new
    predicate of the speaker ("and were released"), another cue or the main clause of a sentence the cue
    is subordinate in are never taken."""
    doc = d.doc
    starts = sorted(a.cue_start for a in atts)
    for a in atts:
        if a.content is None or a.cue_tok is None or a.content[0] <= a.cue_end:
            continue
        if d.text[a.content[0] - 1] in _OPENING or d.text[a.content[0]] in _OPENING:
            continue  # a quote stays the quote ("chanted “Red for Ed” in a hallway")
        cue = doc[a.cue_tok]
        lemma = SPEECH.get(cue.lower_)
        hi = d.tok_at(max(a.content[0], a.content[1] - 1))
        grew = hi
        reach = grew
        for c in cue.rights:
            if c.right_edge.i <= reach:
                continue
            if c.left_edge.i <= hi and a.subj_tok is not None:
                subj = doc[a.subj_tok]
                if any(_misread_conj(cue, subj, doc[k]) for k in range(hi + 1, c.right_edge.i + 1)):
                    # "Parents worried their children would fall behind, and many hired tutors": the content's own
                    # clause ends before what the parser joined to it from the next clause; that stays out.
                    break
            if _set_off_circumstance(c, lemma):
                break  # "called it the “end of an era,” as the industry's symbol ... was sidelined": the writer's
            gap = range(reach + 1, c.left_edge.i)
            if c.dep_ == "cc" and _joins_object(cue, c):
                continue  # "mentioned refinancing loans and forcing universities to ...": "and" joins two objects
            if c.dep_ == "conj" and _object_conj(cue, c):
                gap = range(0)  # the conjunction and its comma stand between the two things said
            elif c.dep_ == "dep" and c.pos_ == "NOUN" and doc[c.left_edge.i - 1].text == "," and len(gap) == 0:
                pass  # "because of the nature of his crimes, the humiliation he felt ...": a list the parser lost
            elif c.dep_ not in _TRAILING or any(not doc[k].is_punct for k in gap):
                break
            reach = c.right_edge.i
            if not c.is_punct and not _when(c):
                grew = reach  # "on Monday" alone adds nothing said; it stays in only between said things
        first = d.tok_at(a.content[0])
        grew = max(hi, _before_misread_predicate(d, first, _before_circumstance(d, first, grew, lemma)))
        if grew == hi:
            continue
        end = d.end_char(grew)
        k = bisect_left(starts, a.content[1])
        if k < len(starts) and starts[k] < end:
            continue  # another cue reports the rest
        span = d.trim(a.content[0], end)
        if span is not None:
            a.content = span


def _object_conj(cue: Token, c: Token) -> bool:
    """Whether a conjunct the parser hung on a cue cannot be a second act of its subject, so goes with what the cue
    reports: a noun ("emphasizing economic fairness, and a need to raise the minimum wage") or a gerund after a
    finite or past cue ("has mentioned refinancing student loans and forcing universities to spend more")."""
    if any(g.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for g in c.children):
        return False
    if c.pos_ in ("NOUN", "PROPN") and any(g.dep_ == "dobj" for g in cue.children):
        return True
    return c.tag_ == "VBG" and cue.tag_ in ("VBD", "VBN", "VBZ", "VBP") and any(g.dep_ == "dobj" for g in cue.children)


def _joins_object(cue: Token, cc: Token) -> bool:
    """Whether a coordinating word on a cue joins a conjunct that :func:`_object_conj` takes in."""
    return any(c.dep_ == "conj" and c.i > cc.i and _object_conj(cue, c) for c in cue.children)


def _end_relative(d: _Doc, atts: list[_Att]) -> None:
    """End a report in a relative clause set off by commas before the sentence's own verb, however the
    parser and the trailing phrases ran it on ("The mayor, who said the city was safe, faced protests")."""
    doc = d.doc
    for a in atts:
        if a.content is None or a.cue_tok is None or a.content[0] <= a.cue_end:
            continue
        lo, hi = d.tok_at(a.content[0]), d.tok_at(max(a.content[0], a.content[1] - 1))
        end = _before_main_verb(d, doc[a.cue_tok], lo, hi)
        if end < hi:
            span = d.tok_span(lo, end)
            if span is not None:
                a.content = span


def _before_speaker_word(
    d: _Doc, spans: Sequence[QuoteSpan], a: _Att, content: tuple[int, int] | None
) -> tuple[int, int] | None:
    """End a reported clause at a closing quote when the one word after the quote opens the speaker's phrase:
    '“It could be one of the biggest wins we've ever had,” lead researcher Rob Kinley said', where the parser read
    "lead" as a verb reporting the quote."""
    if content is None or a.subj_tok is None:
        return content
    doc = d.doc
    first = doc[a.subj_tok].left_edge.i
    k = first - 1
    if k < 2 or not d.idx[k] < content[1] <= d.idx[first] or not doc[k].is_alpha:
        return content
    close = k - 1
    while close > 0 and doc[close].is_punct and doc[close].text not in _QUOTE_TOKENS:
        close -= 1
    if doc[close].text not in _QUOTE_TOKENS or d.idx[close] <= content[0]:
        return content
    if any(sp.end <= d.idx[close] and sp.start - 2 <= content[0] for sp in spans if sp.end > content[0]):
        return None  # the quote alone: its own row reports it, as after any speaker
    return content[0], d.idx[close]


def _end_before_own_act(d: _Doc, atts: list[_Att]) -> None:
    """End a reported clause before a cue of the same subject that the parser joined to the clause's verb: "Local
    authorities said 43 shops had been destroyed and estimated the losses at ...": what the subject went on to do
    or say is a row of its own, not part of what it said first. (A cue whose subject is the clause's own, "said the
    company had cut jobs and announced a plan", stays inside.)"""
    doc = d.doc
    for a in atts:
        if a.content is None or a.subj_tok is None:
            continue
        lo, hi = a.content
        for b in atts:
            if b is a or b.cue_tok is None or not lo < b.cue_start < hi:
                continue
            cue = doc[b.cue_tok]
            clause = cue.head
            if cue.dep_ != "conj" or b.subj_tok != a.subj_tok or clause.dep_ != "ccomp" or clause.head.i != a.cue_tok:
                # (joined to the clause the first cue reports, not to a clause about its subject: "said Don Fowler,
                # who helmed the DNC ... and has backed Hillary Clinton")
                continue
            if any(c.dep_ in _SUBJ and (_someone(c) or c.lower_ in _PERSON_PRONOUNS) for c in clause.children):
                continue  # "NATO said he was attacked by protesters and called for calm": he may well have called
            k = cue.left_edge.i - 1
            while k >= 0 and (doc[k].dep_ == "cc" or doc[k].is_punct):
                k -= 1
            if k >= 0 and d.idx[k] > lo:
                hi = d.end_char(k)
        a.content = (lo, hi)


def _end_at_closing_dash(d: _Doc, atts: list[_Att]) -> None:
    """End what a cue set off by dashes reports at the closing dash: "The bill — Democrats said it was a giveaway —
    passed on Friday" reports 'it was a giveaway', not what the sentence goes on to say."""
    doc = d.doc
    for a in atts:
        if a.content is None or a.cue_tok is None or a.subj_tok is None or a.content[0] <= a.cue_end:
            continue
        k = doc[a.subj_tok].left_edge.i - 1
        start = doc[a.subj_tok].sent.start
        floor = _after_dateline(d, start, a.subj_tok)
        relative = doc[a.subj_tok].lower_ in ("who", "which")  # "Police - who said ... -": an aside by its form
        # A person's name before the dash is no dateline: "Mr. Trump — critics said he lied — won the vote".
        person = _person_before(doc, floor, k)
        if (
            k <= max(start, floor)
            or not _spaced_dash(doc[k])
            or not (relative or person or _own_words_before(doc, start, k))
        ):
            continue  # "WASHINGTON — The White House said the bill — passed ... — would": a dateline's dash
        if sum(_spaced_dash(doc[j]) for j in range(floor, k)) % 2:
            continue  # "On Tuesday — a day after the vote — officials said ...": the dash closes an earlier aside
        lo, hi = d.tok_at(a.content[0]), d.tok_at(max(a.content[0], a.content[1] - 1))
        dashes = [j for j in range(lo + 1, hi + 1) if _spaced_dash(doc[j])]
        # (a pair of dashes inside the report is its own aside: "said the suspect — a 43-year-old man — was known")
        close = dashes[0] if len(dashes) % 2 else None
        if close is not None:
            span = d.tok_span(lo, close - 1)
            if span is not None:
                a.content = span


def _when(tok: Token) -> bool:
    """Whether a dependent only says when it was said ("on Monday", "Tuesday", "last week", "then")."""
    if tok.dep_ == "advmod" and tok.lower_ in _CONNECTIVES:
        return True
    return all(t.is_punct or t.ent_type_ in ("DATE", "TIME") or t.dep_ in ("prep", "det") for t in tok.subtree)


# Adverbs that link to what comes next rather than add to what was said ("to revitalize sales, then").
_CONNECTIVES = {"then", "also", "later", "again", "too", "still", "now", "already", "instead", "however", "though"}

_OPENING = frozenset("\"'`\u201c\u2018\u00ab")

# Dependents of a cue after its content that go on with what was said (never "conj": a new predicate).
_TRAILING = {
    "prep",
    "npadvmod",
    "advmod",
    "advcl",
    "dobj",
    "dative",
    "attr",
    "oprd",
    "appos",
    "punct",
    "ccomp",
    "xcomp",
}


def _successive(tok: Token, cue: int) -> bool:
    """Whether a cue verb is another act of the subject of the cue at index ``cue``: coordinated with it
    ("said ... and warned ..."), or a participle set off by a comma with no subject of its own (", arguing
    that ...", ", while conceding that ...", which the parser may hang on the reported clause)."""
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
        return False
    if tok.dep_ == "conj":
        own_aux = any(c.dep_[:3] == "aux" for c in tok.children)
        if own_aux and not any(c.dep_[:3] == "aux" for c in tok.doc[cue].children):
            return False  # "says it would depress revenue, but would add ...": the reported clause goes on
        h = tok.head
        while h.dep_ == "conj" and h.head.i != h.i:
            h = h.head
        return h.i == cue
    # ", adding to a series of problems" is no report: the participle reports a clause or an object.
    reports = any(c.dep_ in ("ccomp", "xcomp", "dobj") for c in tok.children)
    return reports and tok.dep_ in ("advcl", "xcomp") and tok.tag_ == "VBG" and _set_off_participle(tok)


def _mark_nested(atts: list[_Att]) -> None:
    """Flag attributions whose cue sits inside another attribution's content."""
    for a in atts:
        for b in atts:
            if b is not a and b.content is not None and b.content[0] <= a.cue_start < b.content[1]:
                a.nested = True
                break


def _quoted_person(cue: Token) -> Token | None:
    """The someone a cue passes words on from: the object of its "quoting" ("said, quoting a firefighter:",
    "said, quoting Mayor Ann Smith,"); a text cited ("citing a report") is not."""
    for c in cue.children:
        if c.dep_ == "advcl" and c.lower_ == "quoting":
            obj = next((g for g in c.children if g.dep_ == "dobj"), None)
            if obj is not None and (
                obj.pos_ == "PROPN"
                and obj.ent_type_ not in _NOT_SOMEONE_ENTS
                or _someone(obj)
                or _singular(obj.lower_) in _SOUGHT_NOUNS
            ):
                return obj
    return None


def _who(d: _Doc, rep: Repaired, resolver: _Resolver, a: _Att) -> None:
    """Fill in an attribution's speaker names and what the text calls the speaker."""
    if a.source_span is not None:
        s, e = a.source_span
        said = rep.original_slice(s, e)
        os_, oe = rep.span(s, e)
        m = resolver.covering(os_, oe) or _by_surname(resolver, said)
        name = resolver.full_name(m) if m is not None else (" ".join(said.split()).title() if said.isupper() else said)
        a.names, a.said, a.actor = (name,), said, True
        return
    if a.subj_tok is None:
        return
    relayed = _quoted_person(d.doc[a.cue_tok]) if a.cue_tok is not None else None
    if relayed is not None:
        # "The fire chief said, quoting a firefighter: “...”": the words are the firefighter's, passed on
        a.subj_tok, a.subj_stop = relayed.i, None
    found, names, said = resolver.resolve(a.subj_tok, a.subj_stop)
    # "Schwab said in its quarterly report ...": a speaker the sentence calls "it" is a company, not the person
    # of the story who has that surname.
    cue = d.doc[a.cue_tok] if a.cue_tok is not None else None
    neuter = (
        cue is not None
        and "its" in d.text[d.idx[cue.i] : d.end_char(cue.right_edge.i)].lower()  # (a subtree walk only then)
        and any(t.lower_ == "its" for t in cue.subtree if t.i > cue.i)
    )
    a.names = tuple(dict.fromkeys([m.name if neuter else resolver.full_name(m) for m in found] + names))
    a.said = said or None
    if not a.names and said.lower() in _PLURAL_PRONOUNS and d.doc[a.subj_tok].lower_ == said.lower():
        # "Analysts expect ... They say ...": whom an unresolved "they" goes on with, as the text called them (no
        # actor's name): the row's stands_for (lead, s20 r2a); source None, source_text "They".
        a.shown = resolver.they_phrase(d.doc[a.subj_tok])
    # A "he" that went with a speaker named by title stands for a person as much as a resolved one.
    a.actor = (
        bool(a.names) or d.doc[a.subj_tok].lower_ in _PERSON_PRONOUNS and (said or "he").lower() not in _PERSON_PRONOUNS
    )
    # Unresolved speakers are kept too: "the statement" means the latest one mentioned, named or not.
    sa, sb = d.sent_chars_range(a.sent)
    resolver.note(rep.to_original(a.cue_start), found, d.text[sa:sb], said or "", a.subj_tok)
