"""Who speaks for a verb cue: the subject through conjunctions, participles, relative clauses and asides, the
agent of a passive, the name after a closing quote ("“...,” Smith, a nurse, said"), the maker of a statement
("issued a statement saying ..."), and the speaker a dateline or an aside sets beside the cue."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from extract import datelines
from extract.actors.names import TITLE_WORDS
from extract.quotes.agents import _passive_agent
from extract.quotes.asides import _spaced_dash
from extract.quotes.clause_forms import _predicate_as_acl
from extract.quotes.content import _of_recording
from extract.quotes.docview import _Doc
from extract.quotes.lexicon import (
    _CHARACTERIZE,
    _DOCUMENT_NOUNS,
    _JUDGE_FOR,
    _KIN_NOUNS,
    _OBJECT_CONTROL,
    _PEOPLE_NOUNS,
    _PERSON_PRONOUNS,
    _PLURAL_PRONOUNS,
    _QUOTE_TOKENS,
    _SPEAKING_TEXTS,
    _SUBJ,
    _TEXT_VERBS,
    SPEECH,
    verb_forms,
)
from extract.quotes.people import _people, _singular, _someone
from extract.quotes.sourcing import _inverted_as, _split_as

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


def _aside_subject(cue: Token, inside: Sequence[bool]) -> Token | None:
    """The subject a reduced-passive aside took from the cue after it: in "Residents, told to leave, said they would
    stay" the parser made "Residents" the subject of the aside's "told" and left "said" without one (review s22 r1
    LOW-2)."""
    for c in cue.children:
        if c.i < cue.i and c.dep_ in ("parataxis", "advcl", "acl", "ccomp") and _reduced_passive(c):
            subj = next((g for g in c.children if g.dep_ == "nsubj" and g.i < c.i and not inside[g.i]), None)
            if subj is not None:
                return subj
    return None


def _inverted_aside_subject(cue: Token, inside: Sequence[bool]) -> Token | None:
    """The speaker of an inverted cue set off by commas inside a clause whose subject the parser gave to the clause:
    in "This system, says Richard Locksley, an immunologist at ..., helps direct ..." "Locksley" became a second
    subject of "helps" and "says" had none. The name must start right after the cue, and the clause keep a subject
    of its own before the cue."""
    if cue.dep_ != "parataxis" or cue.i == 0 or cue.doc[cue.i - 1].text != "," or cue.head.i <= cue.i:
        return None
    head = cue.head
    name = next(
        (c for c in head.children if c.dep_ == "nsubj" and c.left_edge.i == cue.i + 1 and not inside[c.i]), None
    )
    if name is None or name.pos_ != "PROPN":
        return None
    end = name.right_edge.i  # the closing comma may be the name's own last token
    if cue.doc[end].text != "," and (end + 1 >= len(cue.doc) or cue.doc[end + 1].text != ","):
        return None
    if not any(c.dep_ in ("nsubj", "nsubjpass") and c.i < cue.i for c in head.children):
        return None
    return name


def _reduced_passive(tok: Token) -> bool:
    """A participle set off by commas right after a noun, with a to-infinitive and no auxiliary: the reduced passive
    "X, thought (said, believed) to be Y, ..." tells what others hold of X, whoever they are, and "The governor, asked
    to comment, said ..." what he was asked; X says nothing by it (the tagger often takes the participle for a past
    tense)."""
    doc = tok.doc
    if tok.tag_ not in ("VBN", "VBD") or tok.i < 2 or doc[tok.i - 1].text != ",":
        return False
    if doc[tok.i - 2].pos_ not in ("NOUN", "PROPN") or any(c.dep_ in ("aux", "auxpass", "neg") for c in tok.children):
        return False
    for c in tok.children:
        if c.dep_ == "xcomp" and c.i > tok.i and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children):
            # The aside closes with a comma before the sentence's own finite verb ("..., cover 14 percent", "...,
            # said the plan would pass"); "One Republican, Rep. Jim Jordan, threatened to make Kadzik testify ...,
            # should he fail ..." is the sentence's predicate.
            end = c.right_edge.i + 1
            if not (end + 1 < len(doc) and doc[end].text == "," and doc[end + 1].tag_ in ("VBD", "VBZ", "VBP")):
                return False
            # "Tim Cook, pledged to keep prices low, said people familiar with the matter": an inverted closing cue
            # (its subject after it) follows a predicate, not an aside (review r1 MED-1).
            after = doc[end + 1]
            return not (
                after.lower_ in SPEECH
                and any(g.dep_ in ("nsubj", "nsubjpass") and g.i > after.i for g in after.children)
            )
    return False


# Verbs of asking someone to act ("urged X to", "pressed X to", "wants X to"): the infinitive after their
# object is what was asked for, not something the object has said (unlike "forced X to admit").
_REQUESTS = verb_forms(
    "tell:told ask urge order advise remind warn instruct encourage implore exhort beg:begged,begging"
    " press pressure push challenge invite dare:dared,daring call want expect need persuade convince"
    " allow permit let:letting require oblige"
)


# What a plea in court is ("pleaded guilty", "pleaded not guilty", "pleaded no contest", "pleaded innocent", "pleaded
# the Fifth"): a legal act, not a claim ("pleaded that he be spared", "pleaded with the judge" stay).
# Verbs by which an outlet passes on another's words ("quoted the minister as saying", "cited officials as saying").
_RELAYING = frozenset({"quote", "cite"})


# Object-control verbs that make their object do what the infinitive says ("forced Stumpf to admit").
_MADE_TO = verb_forms(
    "force compel:compelled,compelling prompt lead:led cause get:got,gotten,getting drive:drove,driven inspire help"
)


def _object_controller(tok: Token) -> Token | None:
    """The object that controls an infinitive cue ("forced Stumpf to admit that ...": Stumpf admits), in
    the "verb + object + to-infinitive" pattern of object-control verbs ("used language to denounce"
    is a purpose: the subject denounces)."""
    if tok.dep_ != "xcomp" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
        return None
    if tok.head.lower_ not in _MADE_TO and tok.head.lower_ not in _REQUESTS:
        return None
    head = tok.head
    return next((c for c in head.children if c.dep_ == "dobj" and head.i < c.i < tok.i), None)


def _text_speaker(verb: Token, text: Token) -> Token | None:
    """Who speaks through a text a participle of saying hangs on ("a statement saying ...", "letters saying ..."),
    given the verb the text is the object of; None when that verb's subject made or issued the text and speaks.

    A passive's subject got the text ("Residents were sent letters saying ..."): its sender (the agent) wrote it,
    else the text speaks. A text by someone else speaks for them ("published a letter from a reader saying ...": the
    reader, not the newspaper). A text received, cited, shared or delivered says it itself ("received a letter
    saying ...", "Smith denied a report saying he had resigned"), not who got it or passed it on."""
    if any(c.dep_ == "nsubjpass" for c in verb.children):
        agent = _passive_agent(verb)
        return agent if agent is not None and _someone(agent) else text
    other = _others_text(text)
    if other is not None:
        return other
    return None if _issues(verb, text) else text


def _named_words(doc: Doc) -> frozenset[str]:
    """The words of the document's person and organisation names, computed once per document."""
    words = doc.user_data.get("sw_named_words")
    if words is None:
        words = frozenset(t.text for t in doc if t.ent_type_ in ("PERSON", "ORG"))
        doc.user_data["sw_named_words"] = words
    return words


def _name_as_modifier(verb: Token) -> Token | None:
    """A capitalised word the parser made a modifier of a finite verb that has no subject, with at most
    adverbs between them: a surname that is also an adverb or adjective ("Early says there is ...", "but
    Early still says ...") is the verb's subject; a finite "says" or "said" needs one, unlike an imperative."""
    if verb.tag_ not in ("VBZ", "VBD", "VBP") or any(
        c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in verb.children
    ):
        return None
    doc = verb.doc
    k = verb.i - 1
    while k >= 0 and doc[k].dep_ in ("advmod", "npadvmod", "amod") and doc[k].is_alpha:
        t = doc[k]
        if t.text[:1].isupper() and (t.head.i == verb.i or t.head.head.i == verb.i and t.head.i < verb.i):
            # Only a word the story names someone by elsewhere ("Chris Early"), not "Earlier said ...".
            named = t.ent_type_ in ("PERSON", "ORG") or t.text in _named_words(doc)
            return t if named else None
        k -= 1
    return None


def _finite_with_participle(tok: Token) -> bool:
    """Whether a past-tense verb with an object of its own is coordinated with a participle the parser hung on the
    sentence's root noun ("The group, X, formed in recent weeks and sent a letter ..."): the root has no verb of its
    own, so both verbs are its predicate."""
    if tok.dep_ != "conj" or tok.tag_ != "VBD" or not any(c.dep_ == "dobj" for c in tok.children):
        return False
    part = tok.head
    return (
        part.dep_ == "acl"
        and part.tag_ in ("VBN", "VBD")
        and part.i < tok.i
        and part.head.dep_ == "ROOT"
        and part.head.pos_ in ("NOUN", "PROPN")
        and part.head.i < part.i
    )


# Verbs that charge their object with what it did ("accused Musk of calling ...").
_ACCUSE_OF = verb_forms("accuse")


def _quoted_person(cue: Token) -> Token | None:
    """The person a speaker quotes or cites before a colon ('quoted Winston Churchill: “We shall never
    surrender.”', 'cited Martin Luther King Jr.: “...”'): the words after the colon are theirs. A thing cited
    ('cited the figures: “...”') leaves them to the speaker."""
    if SPEECH.get(cue.lower_) not in _RELAYING:
        return None
    obj = next((c for c in cue.children if c.dep_ == "dobj" and c.i > cue.i), None)
    if obj is None or not (obj.ent_type_ == "PERSON" or obj.pos_ == "NOUN" and _people(obj)):
        return None
    end = obj.right_edge.i + 1
    return obj if end < len(cue.doc) and cue.doc[end].text == ":" else None


def _subject(cue: Token, inside: Sequence[bool]) -> Token | None:
    """The subject of a cue verb, through conjunctions, xcomps, participles and relative clauses."""
    relayed = _quoted_person(cue)
    if relayed is not None:
        return relayed
    inverted = _inverted_as(cue)
    if inverted is not None:
        return inverted[0]  # "As noted the Kremlin spokesman Dmitry Peskov, ...": machine translation's order
    recorded = _quoted_as(cue) or _recorded(cue) or _subordinate_subject(cue) or _as_object(cue) or _aside_object(cue)
    if recorded is not None:
        return recorded
    named = _name_as_modifier(cue)
    if named is not None and not inside[named.i]:
        return named
    tok = cue
    for _ in range(4):
        # A passive cue speaks with its agent ("was announced by the ministry").
        agent = _passive_agent(tok)
        if agent is not None:
            return agent
        # With two subjects ("the president of X, Ursula Y warned") the one next to the verb names the speaker.
        subjects = [c for c in tok.children if c.dep_ in _SUBJ and c.dep_ != "expl" and not inside[c.i]]
        # "said co-founder Jane Smith", "said former vice-president Mike Pence": the parser may make each piece of a
        # hyphenated title a subject; the hyphen and the prefix before it ("co", "vice") are no speaker.
        pieces = [c for c in subjects if _hyphen_piece(c)]
        subjects = [c for c in subjects if not _hyphen_piece(c)] or subjects
        if pieces and subjects == pieces and tok.i == cue.i:
            # "“...,” cautioned co-author Priya Nair": the parser made "co" the subject and the name the object; the
            # name whose phrase the piece opens is who speaks.
            named = next(
                (
                    c
                    for c in cue.rights
                    if c.dep_ == "dobj" and c.ent_type_ == "PERSON" and c.left_edge.i <= pieces[0].i + 2
                ),
                None,
            )
            if named is not None and not inside[named.i]:
                return named
        if not subjects and tok.i == cue.i:
            stolen = _aside_subject(cue, inside) or _inverted_aside_subject(cue, inside)
            if stolen is not None:
                return stolen
        if subjects:
            if tok.i == cue.i and all(c.dep_ == "nsubjpass" for c in subjects) and subjects[0].lower_ != "it":
                # "Trump was called a liar by critics": the parser hung the agent on the judgement.
                agent = _passive_agent(cue, misplaced=True)
                # "the plan was criticised": what was said, not who said it
                return agent if agent is not None and _someone(agent) else None
            before = [c for c in subjects if c.i < tok.i]
            if len(before) >= 2 and _cut_conjunct(before[-2], before[-1]):
                # "A lawyer for union leader Tom Walsh and federation chair Karen Lee said": the name the parser made a
                # second subject ends a conjunct inside the first subject's preposition, whose client it is.
                return before[-2]
            return before[-1] if before else subjects[0]
        misread = _misread_predicate_subject(tok) if tok.i == cue.i else None
        if misread is not None:
            return misread
        if _predicate_as_acl(tok):
            # "Aaron Kall, the director of debate at ..., compared Trump to a coach ...": the parser made the name the
            # sentence's root and its verb a participle on it; a past verb with an object after the name speaks for it.
            return tok.head
        if _finite_with_participle(tok):
            # "The group, WeWorkers Coalition, formed in recent weeks and sent a letter ... stating that ...": the
            # parser made the group the root and "formed" a participle on it; a past tense coordinated with that
            # participle is the sentence's predicate, and the root noun its subject.
            return tok.head.head
        if tok.dep_ == "relcl":
            # "a way to maintain ...": an infinitive says what the noun is for, not what it said.
            infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)
            return None if infinitive else tok.head
        if tok.dep_ == "acl" and _speaking_text(tok.head) and tok.head.head.i != tok.head.i:
            verb = _text_verb(tok.head)
            if verb is None:
                if tok.head.lower_ not in _DOCUMENT_NOUNS:
                    return tok.head
                tok = tok.head.head  # "in a statement saying ...": who the statement is by
                continue
            speaker = _text_speaker(verb, tok.head)
            if speaker is not None:
                return speaker
            tok = verb  # "issued a statement calling X ...", "made a statement saying ...": its maker speaks
            continue
        text = _text_before(tok)
        if text is not None:
            speaker = _text_speaker(tok.head, text)  # "Customers were sent an email saying ...": not Customers
            if speaker is not None:
                return speaker
        if _conj_of_reported(tok) or _conj_of_passive_report(tok):
            # "May said the country would leave and suggested that ...": a finite verb cannot be coordinated
            # with the bare verb after "would"; it goes with the cue that reported that clause.
            tok = tok.head.head
            continue
        if tok.dep_ in ("conj", "xcomp", "advcl") and tok.head.i != tok.i:
            controller = _object_controller(tok)
            if controller is not None:
                return controller  # "forced Stumpf, who ..., to admit that ...": the object speaks
            if tok.dep_ != "conj" and tok.tag_ == "VBG":
                head = tok.head
                obj = next((c for c in head.children if c.dep_ == "dobj" and c.i < tok.i), None)
                if obj is not None and head.lower_ in _OBJECT_CONTROL and obj.right_edge.i + 1 == tok.i:
                    return obj  # "left many nations feeling that ...": the object feels, not the subject
                outside = _outside_dashed_aside(tok)
                if outside is not None:
                    # "protesters ... looping the streets around the stadium - where the Panthers played the Vikings
                    # - while chanting, “...”": a participle after the aside's closing dash goes with the clause the
                    # aside interrupts, not with the aside the parser hung it on.
                    tok = outside
                    continue
                if tok.i > 0 and tok.doc[tok.i - 1].text == "," and _in_relative(head) and not _own_subject(head):
                    # "defend not paying an architect who said ..., saying “...”": a participle set off at
                    # the end speaks for the main clause, not for the relative clause the parser hung it on.
                    tok = tok.doc[head.sent.root.i] if head.sent.root.i != head.i else head
                    continue
                if (
                    _set_off_participle(tok, (",",))
                    and head.dep_ == "ccomp"
                    and head.head.lower_ in SPEECH
                    and head.head.i < head.i < tok.i
                    and (tok.doc[tok.i - 1].text == "," or not _clause_subject_speaks(head, tok))
                ):
                    # "Analysts said geopolitical factors have helped, citing ...", "The mayor said the bridge would
                    # reopen, while warning that delays were likely": a participle set off after a reported clause
                    # backs or qualifies the report; its speaker cites or warns, not the clause's subject. Behind
                    # "while" it is the clause subject's own act when that subject can speak ("Prosecutors said Smith
                    # lied to investigators, while insisting that he had never met the victim").
                    tok = head.head
                    continue
                # Only a participle a subordinator opens ("while shouting") tells what the patient did: a bare one set
                # off by a comma ("The mayor was criticized by the union, saying ...") goes with the agent.
                opened = any(c.dep_ == "mark" and c.i < tok.i for c in tok.children)
                # ("The minister was interviewed by the BBC, saying ...": whom one interviews or asks answers)
                opened = opened or head.lower_ in _ASKED_PASSIVES
                patient = _passive_patient(head, tok) if tok.dep_ == "advcl" and opened else None
                if patient is not None:
                    return patient  # "The student was led away by guards while shouting, “...”": the student
            tok = tok.head
            continue
        if tok.dep_ == "pcomp":
            prep = tok.head
            while prep.dep_ == "conj" and prep.head.i != prep.i and prep.head.pos_ == "ADP":
                prep = prep.head  # "for his role in ... and for saying ...": the first preposition's head
            if prep.dep_ == "prep" and prep.head.i != prep.i:
                head = prep.head
                obj = next((c for c in head.children if c.dep_ == "dobj" and c.i < prep.i), None)
                if (
                    (
                        tok.head.lower_ == "for"
                        and head.lower_ in _JUDGE_FOR
                        or tok.head.lower_ == "of"
                        and head.lower_ in _ACCUSE_OF
                    )
                    and obj is not None
                    and obj.pos_ in ("NOUN", "PROPN", "PRON")
                    and obj.ent_type_ not in ("DATE", "TIME", "CARDINAL", "MONEY", "PERCENT", "QUANTITY")
                ):
                    # "attacked Clinton for saying ...", "praised him for noting ...", "blasted the White House
                    # for claiming ...", "fired the host for saying ...": after a verb that judges, rewards or
                    # punishes, the object is blamed or praised for what it said; the subject only judges it.
                    # "accused Elon Musk of calling federal workers “parasites”": the words are the accused's.
                    return obj
                patient = _passive_patient(head, prep)
                if patient is not None:
                    return patient  # "The protester was arrested by police after shouting ...": the protester
                tok = head  # "After saying ..., she was ...": who the main clause is about
                continue
        return None
    return None


def _misread_predicate_subject(tok: Token) -> Token | None:
    """The subject of a past tense the parser hung after a comma on a noun as its modifier: in "he asked about the
    Muslim Brotherhood, called Omar a “terrorist” and said ..." "called" is his next act, so its subject is that of
    the verb whose object or topic the noun is (a reduced relative is a participle: "the Brotherhood, founded in
    1928")."""
    doc = tok.doc
    if tok.dep_ != "acl" or tok.tag_ != "VBD" or tok.left_edge.i != tok.i or tok.i == 0 or doc[tok.i - 1].text != ",":
        return None
    if not any(c.dep_ in ("dobj", "oprd", "ccomp") for c in tok.children):
        return None
    noun = tok.head
    verb = noun.head
    if noun.dep_ == "pobj" and verb.dep_ == "prep":
        verb = verb.head
    elif noun.dep_ != "dobj":
        return None
    if verb.pos_ not in ("VERB", "AUX") or verb.i >= noun.i:
        return None
    return next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)


# Passive participles of putting questions to someone ("was interviewed by the BBC, saying ...", "was asked by
# reporters, saying ..."): the one asked answers, so a bare participle after them is the patient's.
_ASKED_PASSIVES = frozenset(
    ("interviewed", "asked", "questioned", "quoted", "reached", "contacted", "pressed", "approached", "polled")
)


def _passive_patient(head: Token, adjunct: Token) -> Token | None:
    """The person a passive with an agent happens to, who does what a participle beside it tells: "The student was led
    away by guards while shouting, “...”", "The protester was arrested by police after shouting ...", "After saying
    ..., she was booed by the crowd" (the student, the protester and she speak). A thing says nothing ("The tariffs
    were announced by the ministry, saying ...": the ministry speaks)."""
    if _passive_agent(head) is None or any(c.dep_ in ("dobj", "dative") for c in head.children):
        return None  # "Residents were sent letters by the city saying ...": the letters speak for the city
    patient = next((c for c in head.children if c.dep_ == "nsubjpass" and c.i < head.i), None)
    if patient is None or not (_someone(patient) or patient.lower_ in ("he", "she", "they", "i", "we")):
        return None
    return patient


def _hyphen_piece(tok: Token) -> bool:
    """Whether a token is a hyphen inside a word or the piece before one ("co" of "co-founder")."""
    doc = tok.doc
    if tok.text in _HYPHENS and tok.i > 0 and not doc[tok.i - 1].whitespace_:
        return True
    return tok.i + 1 < len(doc) and not tok.whitespace_ and doc[tok.i + 1].text in _HYPHENS


def _hyphen_start(doc: Doc, lo: int) -> int:
    """Where a phrase starting at token ``lo`` starts with the pieces of a hyphenated word before it ("former
    vice-president Mike Pence" where the parser began the name at "-" or "president")."""
    while lo >= 1:
        if doc[lo].text in _HYPHENS and not doc[lo - 1].whitespace_:
            prefix = doc[lo - 1]
        elif lo >= 2 and doc[lo - 1].text in _HYPHENS and not doc[lo - 1].whitespace_ and not doc[lo - 2].whitespace_:
            prefix = doc[lo - 2]
        else:
            break
        lo = min(prefix.i, prefix.left_edge.i)
    return lo


_HYPHENS = ("-", "\u2010", "\u2011")


# Verbs of making or putting out a text ("issued a statement saying ...", "posted a tweet calling ...", "ran an
# ad hitting ...", "made a statement saying ...", "drafted a letter urging ..."): their subject speaks through the
# text. Any other verb (receiving, citing, sharing, carrying, dismissing one) does not, whatever the text (_issues).
_ISSUING = verb_forms(
    "issue release publish post send:sent write:wrote,written,writing put:putting unleash file pen:penned"
    " tweet run:ran,running air sign fire:fired submit read:reads,reading make:made,making draft prepare produce"
    " author compose craft"
)

# Verbs that hand a text over: its maker's own words only for a speech noun ("delivered a statement saying ..."),
# else they carry someone else's ("The postman delivered letters saying ...": the text speaks).
_GIVING = verb_forms("deliver give:gave,given,giving")

# Texts one gives or delivers in one's own voice ("delivered a statement saying ...", "gave a speech calling for
# ..."): with these "deliver" and "give" issue the text; with others ("delivered letters") they only carry it.
_DELIVERED = {"statement", "speech", "address", "remark", "message", "testimony", "sermon", "lecture", "briefing"}

# Nouns counting texts ("a series of tweets", "a flurry of posts"): the verb takes the count, the text says.
_TEXT_COUNTS = {"series", "flurry", "string", "barrage", "stream", "volley", "pair", "couple", "number"}


def _text_verb(text: Token) -> Token | None:
    """The verb whose object is a text whose participle speaks ("posted a tweet saying", "unleashed a series of
    tweets criticizing"), or None if the text is no verb's object."""
    noun = text
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lower_ in _TEXT_COUNTS:
        noun = noun.head.head
    return noun.head if noun.dep_ == "dobj" else None


def _text_before(tok: Token) -> Token | None:
    """The text a speech participle describes when the parser hung the participle on the verb instead of the
    text ("were sent an email saying ...", "denied a report saying ..."): the verb's object text right before the
    participle, with no comma between (", saying ..." is the verb's subject speaking)."""
    if tok.dep_ != "advcl" or tok.tag_ != "VBG" or tok.lower_ not in SPEECH or tok.head.i == tok.i:
        return None
    obj = next((c for c in tok.head.children if c.dep_ == "dobj" and c.i < tok.i), None)
    if obj is None or obj.right_edge.i + 1 != tok.i or not _speaking_text(obj):
        return None
    return obj


def _others_text(text: Token) -> Token | None:
    """Who wrote a text that someone else puts out: the person after "from" ("The newspaper published a letter
    from a reader saying ...": the reader), or the text itself when it was leaked ("published leaked emails
    saying ..."). None for a text with no other author named."""
    for c in text.children:
        if c.dep_ == "amod" and c.lower_ == "leaked":
            return text
        if c.dep_ == "prep" and c.lower_ == "from":
            author = next((p for p in c.children if p.dep_ == "pobj"), None)
            if author is not None and (_someone(author) or author.ent_type_ == "GPE"):
                return author
    return None


def _issues(verb: Token, text: Token) -> bool:
    """Whether the subject of a verb with a text as object made or put out that text: a verb of issuing, or "give"
    or "deliver" with a speech noun. Any other verb reacts to the text or passes it on ("The Kremlin dismissed a
    statement saying ...", "The minister ignored a letter saying ..."): the text speaks, not the verb's subject."""
    low = verb.lower_
    if low in _ISSUING:
        return True
    if low in _GIVING:
        return _singular(text.lower_) in _DELIVERED
    return False


def _recorded(cue: Token) -> Token | None:
    """The person a recording shows saying something: a participle cue right after the object of "of" on a
    recording noun ("footage of Hillary Clinton asking, ..."); the parser hangs it on the verb whose subject
    uses or shows the recording."""
    if cue.tag_ != "VBG" or cue.i == 0 or any(c.dep_ in _SUBJ for c in cue.children):
        return None
    if _of_recording(cue):
        # "footage of Donald Trump saying": the parser may make the participle the object and the name its compound.
        name = [c for c in cue.children if c.dep_ == "compound" and c.pos_ == "PROPN" and c.i == cue.i - 1]
        return name[0] if name else None
    prev = cue.doc[cue.i - 1]
    if not _of_recording(prev):
        return None
    if prev.pos_ == "NOUN" and not _someone(prev):
        # "Clinton was shown in a clip of the 2016 debate saying, ...": an event recorded says nothing; who the
        # verb the recording hangs on shows or hears does ("was shown in a clip": Clinton), else no one.
        rec = prev.head.head
        if rec.dep_ == "pobj" and rec.head.dep_ == "prep" and rec.head.head.pos_ in ("VERB", "AUX"):
            subj = next((c for c in rec.head.head.children if c.dep_ == "nsubjpass"), None)
            if subj is not None and _someone(subj):
                return subj
        return None
    return prev if prev.pos_ in ("PROPN", "NOUN", "PRON") else None


# Subordinators the parser reads as prepositions when a clause follows them ("since Clinton cited ...").
_SUBORDINATORS = {"since", "after", "before", "until", "because", "once"}


def _subordinate_subject(cue: Token) -> Token | None:
    """The subject of a cue the parser coordinated with the main verb after taking the subordinator before
    it for a preposition ("Trump has been targeting Machado since Clinton, at Monday's debate, cited ...":
    Clinton cites, not Trump): the object of that "since"/"after", with only commas and phrases of the main
    verb between it and the cue."""
    if cue.dep_ != "conj" or any(c.dep_ in _SUBJ for c in cue.children) or any(c.dep_ == "cc" for c in cue.children):
        return None
    head = cue.head
    if any(c.dep_ == "cc" and head.i < c.i < cue.i for c in head.children):
        return None  # "said X and cited Y": a true coordination
    prep = next((c for c in head.children if c.dep_ == "prep" and c.lower_ in _SUBORDINATORS and c.i < cue.i), None)
    obj = next((g for g in prep.children if g.dep_ == "pobj"), None) if prep is not None else None
    if obj is None or obj.pos_ not in ("PROPN", "NOUN", "PRON") or obj.right_edge.i >= cue.i:
        return None
    if not (obj.pos_ == "PRON" or obj.ent_type_ == "GPE" or _someone(obj)):
        return None  # "has opposed the plan since January, argued ...": a time cannot speak; the main subject does
    for t in cue.doc[obj.right_edge.i + 1 : cue.i]:
        if not t.is_punct and not any(
            a.dep_ == "prep" and a.head.i == head.i and obj.i < a.i < cue.i for a in (t, *t.ancestors)
        ):
            return None
    return obj


def _cut_conjunct(first: Token, second: Token) -> bool:
    """Whether a second subject runs on, with nothing between, from a title joined by "and" inside the first
    subject's preposition ("A lawyer for union leader Tom Walsh and federation chair | Karen Lee"); not a name set
    apart by a comma ("The president of the Commission, Ursula von der Leyen") nor one after a body's name
    ("Wikileaks editor-in-chief Kristinn Hrafnsson", "CPUC President Marybel Batjer")."""
    k = second.left_edge.i - 1
    if k != first.right_edge.i or k < 0:
        return False
    prev = first.doc[k]
    if prev.dep_ == "cc" and prev.lower_ == "and" and not any(c.dep_ == "conj" for c in prev.head.children):
        prev = prev.head  # "An aide to party leader Ana Reyes and | deputy leader Tom Hale": the conjunct was cut
    elif prev.dep_ != "conj" or prev.pos_ != "NOUN":
        return False
    t = prev
    while t.i != first.i and t.head.i != t.i:
        if t.dep_ == "pobj":
            # whom one works or speaks for ("a lawyer for", "an aide to"); "Officials from Acme and union leader Tom
            # Hale said" may be two speakers
            return t.head.lower_ in ("for", "to") and t.head.head.i == first.i
        t = t.head
    return False


def _quoted_as(cue: Token) -> Token | None:
    """The speaker of "Reuters quoted a company spokesman as saying ...", "state media cited the general as saying
    ...": whom the outlet quotes (its object), not the outlet, which only relays the words."""
    as_ = cue.head
    if cue.dep_ != "pcomp" or as_.lower_ != "as" or as_.dep_ != "prep" or as_.i > cue.i:
        return None
    relay = as_.head
    if SPEECH.get(relay.lower_) not in _RELAYING:
        return None
    return next((c for c in relay.children if c.dep_ == "dobj" and c.i < as_.i), None)


def _as_object(cue: Token) -> Token | None:
    """The speaker of "Hawaii, as one of his advisers pointed out, ..." when the parser made "as" a
    preposition of the cue and the sentence's subject the cue's: the object of "as", right before the cue."""
    as_ = _split_as(cue)
    if as_ is None or as_.dep_ != "prep":
        return None
    obj = next((g for g in as_.children if g.dep_ == "pobj"), None)
    if obj is None or obj.right_edge.i + 1 != min([cue.i, *(c.i for c in cue.children if c.dep_.startswith("aux"))]):
        return None
    return obj


def _aside_object(cue: Token) -> Token | None:
    """The speaker of "As we've noted, a March 2019 study ... concluded that ..." when the parser made the subject
    the object of the "as" aside of saying before it and left the cue without a subject: that object, which ends
    right before the cue (a comma aside)."""
    if any(c.dep_ in _SUBJ for c in cue.children):
        return None
    for c in cue.children:
        if c.dep_ != "advcl" or c.i > cue.i or not any(g.dep_ == "mark" and g.lower_ == "as" for g in c.children):
            continue
        if c.lower_ not in SPEECH:
            continue  # "As you build these tangible business assets, remember: ...": a deed, whose object it is
        obj = next((g for g in c.children if g.dep_ == "dobj"), None)
        if obj is not None and all(t.is_punct for t in cue.doc[obj.right_edge.i + 1 : cue.i]):
            return obj
    return None


def _conj_of_passive_report(tok: Token) -> bool:
    """Whether a finite verb was hung as a conjunct on the passive verb of a reported clause whose subject is a
    thing ("said the deaths were caused by gunshot wounds and called on the government to ...": the deaths call
    on no one; the office that said it did)."""
    head = tok.head
    if tok.dep_ != "conj" or tok.tag_ not in ("VBD", "VBZ") or any(c.dep_ in _SUBJ for c in tok.children):
        return False
    if head.dep_ != "ccomp" or head.head.lower_ not in SPEECH or not head.head.i < head.i:
        return False
    subjects = [c for c in head.children if c.dep_ in _SUBJ]
    # A text says things itself ("said the contract was signed in 2019 and states that ...": the contract states),
    # but only what a text can do ("said the bill was passed and promised that ...": the reporter promised).
    text_act = tok.lower_ in _TEXT_VERBS
    return bool(subjects) and all(
        c.dep_ == "nsubjpass" and not _someone(c) and not (text_act and _speaking_text(c)) for c in subjects
    )


def _speaking_text(tok: Token) -> bool:
    """Whether a noun is a text or record that says things itself ("the contract", "studies")."""
    w = tok.lower_
    return (
        w in _SPEAKING_TEXTS
        or w[-1:] == "s"
        and w[:-1] in _SPEAKING_TEXTS
        or w[-3:] == "ies"
        and w[:-3] + "y" in _SPEAKING_TEXTS
    )


def _conj_of_reported(tok: Token) -> bool:
    """Whether a finite verb was hung as a conjunct on the bare verb of a modal in a reported clause ("said
    the country would declare ... and suggested that ..."), where it can only be the reporting verb's."""
    head = tok.head
    return (
        tok.dep_ == "conj"
        and tok.tag_ in ("VBD", "VBZ")
        and head.tag_ == "VB"
        and head.dep_ == "ccomp"
        and any(c.dep_ == "aux" and c.tag_ == "MD" for c in head.children)
        and head.head.pos_ == "VERB"
        and head.head.i < head.i
        and not any(c.dep_ in _SUBJ for c in tok.children)
    ) or _second_report(tok)


def _second_report(tok: Token) -> bool:
    """Whether a past verb of saying was hung as a conjunct on the verb of the clause another verb of saying
    reports, whose subject is no one ('Eluned Morgan said the damage was "devastating" and promised help',
    'Angus Taylor conceded some measures were needed but argued spending was out of control'): the speaker's
    second act, not the clause subject's ("the damage" promises nothing). A clause subject who can speak keeps it
    ("Smith said Jones had lied and insisted that ...": as before)."""
    head = tok.head
    if tok.dep_ != "conj" or tok.tag_ not in ("VBD", "VBN") or SPEECH.get(tok.lower_) is None or head.dep_ != "ccomp":
        return False
    if any(c.dep_ in ("aux", "auxpass") for c in tok.children):
        return False  # (a past tense the tagger took for a participle beside a passive: "were needed but argued")
    if SPEECH.get(head.head.lower_) is None or head.head.tag_ != "VBD" or head.head.i > head.i:
        return False
    if any(c.dep_ in _SUBJ for c in tok.children):
        return False
    subj = next((c for c in head.children if c.dep_ in _SUBJ), None)
    if subj is None or _someone(subj) or _speaking_text(subj):
        return False  # ("said the report was leaked and concluded that ...": a text speaks, as before)
    return subj.lower_ not in _PERSON_PRONOUNS | _PLURAL_PRONOUNS


def _clause_subject_speaks(verb: Token, participle: Token) -> bool:
    """Whether a participle behind "while" is the reported clause subject's own act, not the reporter's: the clause
    tells a past act of someone who can speak, in the active voice with no auxiliary nor modal, and the participle's
    words hold a pronoun that goes with that subject and not with the reporter ("Prosecutors said Smith lied ...,
    while insisting that he had never met the victim": "he" is Smith). Otherwise ("The police chief said officers
    followed procedure, while acknowledging that the footage was troubling") the reporter acts."""
    if verb.tag_ != "VBD" or any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return False
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    reporter = next((c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or not (subj.lower_ in ("he", "she", "they", "i", "we", "you") or _someone(subj)):
        return False
    # Only a pronoun for one person: "they" in the participle is as often the reporter speaking about the group it
    # reported ("Mayor Karen Bass said the protesters blocked the freeway, while noting that they had been largely
    # peaceful": the mayor notes; review s27 rev6 1).
    pronouns = [t for t in participle.subtree if _PRONOUN_NUMBER.get(t.lower_) == 1]
    return any(_agrees(p, subj) and (reporter is None or not _agrees(p, reporter)) for p in pronouns)


# Person pronouns by number: one person, or several.
_PRONOUN_NUMBER = {"he": 1, "him": 1, "his": 1, "she": 1, "her": 1, "hers": 1, "they": 2, "them": 2, "their": 2}


def _agrees(pronoun: Token, noun: Token) -> bool:
    """Whether a person pronoun can stand for a noun phrase's head: one person (a name, "he"/"she", a title or a noun
    for a person in the singular) or several (a plural, "they")."""
    plural = noun.tag_ in ("NNS", "NNPS") or noun.lower_ in ("they", "we")
    if _PRONOUN_NUMBER[pronoun.lower_] == 2:
        return plural
    if plural:
        return False
    return (
        noun.lower_ in ("he", "she")
        or noun.ent_type_ == "PERSON"
        or noun.lower_ in TITLE_WORDS
        or (_singular(noun.lower_) in _PEOPLE_NOUNS)
    )


def _set_off_participle(tok: Token, marks: tuple[str, ...] = (",", ";", "\u2014", "--")) -> bool:
    """Whether a participle is set off from the words before it by a comma (or ``marks``), maybe with its own
    subordinator between: ", citing ...", ", while conceding that ...", ", though admitting that ..."."""
    doc = tok.doc
    k = tok.i - 1
    if k > 0 and doc[k].dep_ == "mark" and doc[k].head.i == tok.i:
        k -= 1
    return k >= 0 and doc[k].text in marks


def _aside_owner(cue: Token) -> Token | None:
    """ "The senator - speaking to reporters - said the bill would pass": with hyphens for dashes the parser hangs the
    subject on the participle of the aside and leaves the cue without one; the noun opening the sentence before the
    aside's dash is who spoke."""
    for c in cue.children:
        if c.dep_ != "advcl" or c.i > cue.i or c.tag_ != "VBG":
            continue
        for g in c.children:
            if (
                g.dep_ in ("npadvmod", "nsubj")
                and g.i < c.i
                and g.pos_ in ("NOUN", "PROPN")
                and g.left_edge.i == cue.sent.start
                and any(_spaced_dash(cue.doc[k]) for k in range(g.i + 1, c.i))
            ):
                return g
    return None


def _dateline_apposition(d: _Doc, cue: Token) -> Token | None:
    """ "UVALDE, Texas (AP) — Gov. Greg Abbott, speaking at a news conference, said ...": the parser hung the dateline's
    town on the cue as a clause, with the speaker as its apposition, so the cue has no subject; the name after the
    dateline's dash is the speaker."""
    dl = datelines.opening(d.text, d.sent_chars[d.sent_of_tok(cue.i)])
    if dl is None:
        return None
    for c in cue.children:
        if c.i < cue.i and c.idx < dl.end and c.dep_ in ("advcl", "npadvmod", "nmod", "dep", "prep"):
            return next((g for g in c.children if g.dep_ == "appos" and g.idx >= dl.end), None)
    return None


def _past_dateline(d: _Doc, subj: Token) -> Token:
    """ "WASHINGTON -- President Obama, dedicating ..., said": the parser makes the dateline the subject and
    the speaker its apposition; the speaker is the name after the dateline's dash (the shared reader's)."""
    dl = datelines.opening(d.text, d.sent_chars[d.sent_of_tok(subj.i)])  # (``subj.sent`` walks the sentence)
    if dl is None or subj.idx >= dl.end:
        return subj
    return next((c for c in subj.children if c.dep_ == "appos" and c.idx >= dl.end), subj)


_DASHES = frozenset(("-", "--", "\u2014", "\u2013"))


def _outside_dashed_aside(tok: Token) -> Token | None:
    """For a participle right after the closing dash of a dashed aside (a "while" or "as" between them allowed) that
    the parser hung on a verb inside the aside: the nearest verb above it outside the aside. None otherwise."""
    doc = tok.doc
    k = tok.i - 1
    while k >= 0 and doc[k].dep_ == "mark" and doc[k].head.i == tok.i:
        k -= 1
    if k < 1 or doc[k].text not in _DASHES:
        return None
    start = tok.sent.start
    opening = next((i for i in range(k - 1, start - 1, -1) if doc[i].text in _DASHES), None)
    head = tok.head
    if opening is None or not opening < head.i < k:
        return None
    t = head
    while t.head.i != t.i and t.left_edge.i > opening:
        t = t.head
    return t if t.left_edge.i <= opening and t.i != head.i and t.pos_ in ("VERB", "AUX") else None


def _own_subject(verb: Token) -> bool:
    """Whether a verb below a relative clause has a subject of its own in a clause it opens with a subordinator:
    "... a statement that appeared to make it possible for Swift to perform ... after Swift publicly scolded her
    former label, accusing ...": Swift scolded and accuses (the relative clause is the statement's)."""
    if verb.dep_ == "relcl" or not any(c.dep_ == "mark" for c in verb.children):
        return False
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.tag_ not in ("WP", "WDT") for c in verb.children)


def _in_relative(tok: Token) -> bool:
    """Whether a verb sits in a relative clause (itself or an ancestor is one)."""
    t = tok
    for _ in range(8):
        if t.dep_ == "relcl":
            return True
        if t.head.i == t.i:
            return False
        t = t.head
    return False


_POSSESSIVE_MARKS = frozenset({"'s", "\u2019s", "'", "\u2019"})


def _bare_subject(cue: Token, inside: Sequence[bool]) -> Token | None:
    """ "“...,” Tulsa police Chief Chuck Jordan said", "“...,” Flynn, a top surrogate, said": when the
    parser gave the cue no subject, the name between the quote and the cue (or right after "said")
    speaks."""
    doc = cue.doc
    if cue.lower_ not in SPEECH:
        return None
    sent_start = cue.sent.start
    chunk: list[Token] = []
    k = cue.i - 1
    while k >= sent_start and not inside[k] and doc[k].text not in _QUOTE_TOKENS and doc[k].pos_ not in ("VERB", "AUX"):
        chunk.append(doc[k])
        k -= 1
    if chunk and (k < sent_start or inside[k] or doc[k].text in _QUOTE_TOKENS):
        chunk.reverse()
        named = [t for t in chunk if t.ent_type_ in ("PERSON", "ORG", "GPE", "NORP")]
        nouns = [t for t in chunk if t.pos_ in ("PROPN", "NOUN", "PRON")]
        if named:
            first = named[0]
            while first.i + 1 < cue.i and doc[first.i + 1].ent_type_ == first.ent_type_:
                first = doc[first.i + 1]
            if first.ent_type_ != "PERSON" and (first.dep_ == "poss" or doc[first.i + 1].lower_ in _POSSESSIVE_MARKS):
                # "“...,” NASA's chief scientist, Jim Green, said": the owner's person speaks, not the owner.
                person = next((t for t in named if t.i > first.i and t.ent_type_ == "PERSON"), None)
                if person is not None:
                    first = person
                    while first.i + 1 < cue.i and doc[first.i + 1].ent_type_ == "PERSON":
                        first = doc[first.i + 1]
            kin = _kin_of(first)
            return kin if kin is not None and kin.i > k else first
        if nouns:
            return nouns[-1]
    elif chunk:
        named = _name_after_quote(cue, inside) or _closing_subject(cue, chunk) or _after_participle_clause(cue)
        if named is not None:
            return named
    nxt = cue.i + 1
    # "the Muslim Brotherhood, called Omar a “terrorist”": a verb of naming someone takes whom it names after it.
    naming = SPEECH.get(cue.lower_) in ("call", *_CHARACTERIZE)
    if (
        nxt < len(doc)
        and not naming
        and doc[nxt].pos_ == "PROPN"
        and doc[nxt].ent_type_ not in ("DATE", "TIME")
        and (cue.i == sent_start or doc[cue.i - 1].is_punct or inside[cue.i - 1])
    ):  # "“...,” said Smith" and the inverted "Said Smith: “...”" opening a sentence
        while nxt + 1 < len(doc) and doc[nxt + 1].pos_ == "PROPN":
            nxt += 1
        return doc[nxt]
    return None


def _after_participle_clause(cue: Token) -> Token | None:
    """The person named between the comma that closes a sentence's opening participle clause and a cue with no
    subject ('Asked whether he would pardon his son, President Joe Biden said: “No.”', where the parser made the
    name an apposition of "son"): that person speaks, not the clause's object."""
    doc = cue.doc
    first = doc[cue.sent.start]
    if first.tag_ not in ("VBN", "VBG") or first.dep_ != "advcl" or first.head.i != cue.i:
        return None
    comma = next((k for k in range(cue.i - 1, first.i, -1) if doc[k].text == ","), None)
    if comma is None or comma + 1 >= cue.i:
        return None
    words = doc[comma + 1 : cue.i]
    if len(words) > 6 or any(t.pos_ not in ("PROPN", "NOUN", "DET", "ADJ") for t in words):
        return None
    people = [t for t in words if t.ent_type_ == "PERSON"]
    return people[-1] if people else None


def _kin_of(name: Token) -> Token | None:
    """ "“...,” the widow of NASA's chief scientist, Jim Green, said": the relative whose "of" phrase holds the
    name, who speaks unnamed. A name set beside another person's name renames the relative ("the wife of
    Senator John McCain, Cindy McCain"), and a name beside an organisation ("the lawyer of the firm, Jo Smith")
    or a title ("the chief scientist of NASA, Jim Green") is the speaker's own."""
    t = name
    while t.dep_ in ("compound", "flat") and t.head.i > t.i:
        t = t.head
    junior = t.text.rstrip(".") in _JUNIOR
    if t.dep_ == "appos":
        if t.head.pos_ != "NOUN":
            return None
        t = t.head
    prep = t.head
    if t.dep_ != "pobj" or prep.lower_ != "of" or prep.dep_ != "prep":
        return None
    kin = prep.head
    if junior and t.dep_ == "pobj" and kin.lower_ == "son" and t.pos_ == "NOUN" and t is not name:
        return None  # "the son of the late senator, Robert Byrd Jr.": "Jr." names the son, set beside his father
    return kin if kin.pos_ == "NOUN" and kin.lower_ in _KIN_NOUNS else None


# Suffixes a son named after his father bears ("Robert Byrd Jr.", "John Smith III").
_JUNIOR = frozenset(("Jr", "II", "III", "IV"))


def _closing_subject(cue: Token, chunk: list[Token]) -> Token | None:
    """ "..., executives of both companies announced Wednesday.": a verb of saying closing its sentence after
    a comma, which the parser hung on a noun, has the noun phrase after that comma for its subject."""
    if cue.dep_ not in ("acl", "appos", "conj") or cue.tag_ not in ("VBD", "VBZ", "VBP"):
        return None
    if any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in cue.children):
        return None
    commas = [t.i for t in chunk if t.text == ","]
    if not commas:
        return None
    span = sorted((t for t in chunk if t.i > max(commas)), key=lambda t: t.i)
    if not span:
        return None
    heads = [t for t in span if t.pos_ in ("NOUN", "PROPN") and not (span[0].i <= t.head.i < cue.i)]
    return heads[0] if len(heads) == 1 else None


def _name_after_quote(cue: Token, inside: Sequence[bool]) -> Token | None:
    """ "“...,” Malkia Cyril, the director of X and who also featured in the film, told the Post": a name
    right after the closing mark, whose apposition holds a clause of its own, speaks for a cue that ends
    the sentence without a subject."""
    doc = cue.doc
    if cue.tag_ not in ("VBD", "VBZ", "VBP"):
        return None  # "the challenge of writing ...": no verb of a speaker
    k = cue.i - 1
    start = cue.sent.start  # (once: each ``Token.sent`` walks the sentence)
    while k >= start and not inside[k] and doc[k].text not in _QUOTE_TOKENS:
        k -= 1
    if k < start or cue.i - k > 40:
        return None
    end = k
    while end > start and doc[end].text in _QUOTE_TOKENS:
        end -= 1
    if doc[end].text not in (",", "?", "!"):
        return None  # the quote must end in the comma (or ?/!) that hands it to its speaker
    j = k + 1
    while j < cue.i and (doc[j].text in _QUOTE_TOKENS or doc[j].text == ","):
        j += 1
    if j >= cue.i or doc[j].ent_type_ not in ("PERSON", "ORG") or doc[j].ent_iob_ != "B":
        return None
    if any(doc[m].lower_ in SPEECH for m in range(j, cue.i)):
        return None
    while j + 1 < cue.i and doc[j + 1].ent_iob_ == "I":
        j += 1
    if j + 1 >= cue.i or doc[j + 1].text != ",":
        return None  # the name is set off by its apposition
    return doc[j]


def _parenthetical_name(cue: Token) -> Token | None:
    """ "To understand the real Dred Scott, Chief Justice Roberts said, one should visit this museum": a name
    set off by commas right before a cue set off the same way speaks, though the parser may have made it an
    apposition of the clause's subject ("Scott")."""
    doc = cue.doc
    if cue.i + 1 >= len(doc) or doc[cue.i + 1].text != ",":
        return None
    k = cue.i - 1
    start = cue.sent.start
    while k > start and doc[k].pos_ == "PROPN" and cue.i - k <= 5:
        k -= 1
    if k == cue.i - 1 or doc[k].text != ",":
        return None
    return doc[cue.i - 1]
