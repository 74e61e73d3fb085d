"""The words and patterns of attribution: speech and report verbs, titles, pronouns, quote-mark shapes."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token


def _is_be(tok: Token) -> bool:
    """Whether a token is a form of "be". The pipeline runs no lemmatizer: the attribute ruler gives "is", "was",
    "are", "been" and a contracted "'s" tagged VBZ ("It's a job") the lemma "be", but not "be" itself."""
    return tok.lemma_ == "be" or tok.lower_ == "be"


def _inflections(lemma: str) -> set[str]:
    """Regular English verb forms (base, -s, -ed, -ing); irregular ones are listed with the lemma."""
    consonant_y = lemma.endswith("y") and lemma[-2:-1] not in "aeiou"
    if lemma.endswith(("s", "x", "z", "ch", "sh")):
        third = lemma + "es"
    else:
        third = lemma[:-1] + "ies" if consonant_y else lemma + "s"
    if lemma.endswith("e"):
        return {lemma, third, lemma + "d", lemma[:-1] + "ing"}
    if consonant_y:
        return {lemma, third, lemma[:-1] + "ied", lemma + "ing"}
    return {lemma, third, lemma + "ed", lemma + "ing"}


def verb_forms(spec: str) -> dict[str, str]:
    """Surface form -> lemma from "lemma" or "lemma:irregular,forms" items."""
    out: dict[str, str] = {}
    for item in spec.split():
        lemma, _, extra = item.partition(":")
        for form in (*_inflections(lemma), *filter(None, extra.split(","))):
            out[form] = lemma
    return out


def _nouns(spec: str) -> frozenset[str]:
    """A set of nouns written as a spaced list."""
    return frozenset(spec.split())


# Speech and report verbs of news attribution (the cue inventories of PARC and PolNeAR).
SPEECH = verb_forms(
    "say:said tell:told state add warn stress complain confirm estimate denounce announce claim note"
    " write:wrote,written,writing report explain insist argue acknowledge admit:admitted,admitting declare"
    " reiterate emphasize emphasise predict promise pledge vow deny describe urge allege recall reveal"
    " disclose mention remark comment reply respond assert tweet testify assure caution concede contend"
    " maintain accuse criticize criticise condemn charge blast slam:slammed,slamming demand propose"
    " threaten ask call continue point indicate suggest agree liken compare cite quote observe conclude"
    " speak:spoke,spoken talk inform affirm hint signal reaffirm repeat recount relate calculate forecast"
    " put:putting acknowledge announce complain counter:countered,countering echo:echoed,echoes"
    " lament question:questioned,questioning recommend brag:bragged,bragging boast dismiss"
    " praise joke:joked,joking scoff shout:shouted yell:yelled whisper:whispered tout rule:ruled"
    " order:ordered advise insist clarify acknowledge concur:concurred,concurring retort remind speculate"
    " underline underscore highlight proclaim posit notify exclaim plead protest quip:quipped,quipping"
    " muse confide elaborate reassure specify grumble:grumbled chant read:reads,reading"
    " support oppose endorse back reject blame applaud favor favour"
    " characterize characterise portray brand label:labelled,labeling,labelling dub:dubbed,dubbing deride"
    " hail mock ridicule decry lambaste rebuke chide scold excoriate castigate express"
    " encourage implore exhort beg:begged,begging instruct reference"
    " attack defend rail chastise dispute outline advocate"
    " unveil detail publish voice discuss"
    " laud commend compliment congratulate thank lay:laid,laying"
    # Report verbs of Indian and South-East Asian English ("He opined that ...", "conveyed that the deficit ...",
    # "termed the announcement 'an eyewash'").
    " opine convey term"
    # Writing on social media or by phone ("posted on X that ...", "texted his friend that he would ..."): only
    # with a clause (_CLAUSE_NEEDED), since one posts a loss, a video or bail and texts a photo.
    " post text message"
)

# Verbs of attacking or defending in words ("Clinton attacked Trump's plan", "railed against the deal"):
# also deeds of armies and countries, so only a person speaks with them.
_VERBAL = {"attack", "defend", "rail", "chastise"}

# Directives: what they report may be an infinitive after the addressee ("tells his supporters to go").
_DIRECTIVE = {
    "tell",
    "ask",
    "urge",
    "order",
    "advise",
    "remind",
    "warn",
    "instruct",
    "encourage",
    "implore",
    "exhort",
    "beg",
}

# Stance verbs of the list above ("Clinton supports a public option"): a position taken, reported as a
# claim only for a named speaker. Verbs that are also deeds ("attack", "defend", "welcome guests") stay out.
_STANCE = {"support", "oppose", "endorse", "back", "reject", "blame", "applaud", "favor", "favour"}

# Verbs of characterising someone in words ("branded North Korea an outlaw nation", "portrayed himself
# as ...") and of expressing an attitude ("expressed concern that ..."): a named speaker's words.
_CHARACTERIZE = {
    "characterize",
    "characterise",
    "portray",
    "brand",
    "label",
    "dub",
    "deride",
    "hail",
    "mock",
    "ridicule",
    "decry",
    "lambaste",
    "rebuke",
    "chide",
    "scold",
    "excoriate",
    "castigate",
    "express",
    "term",
    # Praise in words is the mirror of blame in words ("lauded Mr. Clarke for ...", "complimented the moderator").
    "laud",
    "commend",
    "compliment",
    "congratulate",
    "thank",
}

# Cues of the speech list that are no plain verbs of saying: they never follow what was said
# ("Content, X said") nor source a sentence with "as".
_NOT_PLAIN = {*_STANCE, *_CHARACTERIZE, "continue", "order", "rule", "call", "quote", "cite"}

# "read" reports only what a written text says ("the letter reads", "the sign read"), never a reader.
_WRITTEN = {
    "article",
    "letter",
    "statement",
    "message",
    "note",
    "sign",
    "headline",
    "tweet",
    "post",
    "caption",
    "banner",
    "placard",
    "memo",
    "report",
    "text",
    "release",
    "ad",
    "advertisement",
    "editorial",
    "email",
    "petition",
    "resolution",
    "order",
    "document",
    "label",
    "inscription",
}


# Cognition, evidence and intention verbs only report when they take a clause ("a poll found that
# ...", "Clinton wants to triple ..."): PolNeAR and PARC attribute beliefs and intentions as well as speech.
WEAK = verb_forms(
    "find:found show:shown believe think:thought know:knew,known feel:felt fear expect learn:learnt"
    " worry hope conclude suspect figure guess:guessed reckon:reckoned wonder:wondered"
    " doubt:doubted want plan:planned,planning intend seek:sought aim refuse"
    " understand:understood,understanding realize realise discover remember recognize recognise"
)
# Verbs of handing over words ("Sanders offered some pointed advice to Clinton", "Trump offered insights into his
# dealings", "gave her assessment of the talks"): a cue only when their object is an utterance noun
# (_UTTERED); "offered loans", "gave a speech", "provided help" report nothing.
_OFFERING = {"offer", "give", "provide", "deliver"}
WEAK.update(verb_forms("offer give:gave,given,giving provide deliver"))

# What one offers or gives in words: nouns whose phrase is what was said, in the singular (verb_senses._uttered
# compares a plural's singular: "assessments", "condolences", "criticisms").
_UTTERED = _nouns(
    """
    advice assessment insight retort rebuttal explanation apology condolence reassurance assurance guidance
    prediction opinion view thought criticism praise testimony account rationale justification verdict analysis
    """
)

# Utterance nouns with another, common sense ("a savings account", "views of London", "an analysis of blood
# samples"): words only when someone's ("his account") or with what they are about (one of these prepositions).
_UTTERED_ABOUT = {
    "account": {"of"},
    "view": {"on", "about"},
    "thought": {"on", "about"},
    "opinion": {"on", "about", "of"},
    "insight": {"into", "on", "about"},
    "analysis": {"of", "on"},
    "assessment": {"of", "on"},
}

# Cognition verbs of knowing or coming to know ("realized that ...", "learned that ...", "knew that ..."): a belief
# only with a declarative clause, and only one the subject holds; a wh-clause is an open question ("trying to
# understand what happened", "the author knows what he's doing", "before they knew who they wanted to reach",
# "trying to figure out what private equity is"), "remembered to lock the door" a deed, "must remember that ..."
# or "if it discovers that ..." no belief held.
_REALIZING = {
    "understand",
    "realize",
    "realise",
    "discover",
    "remember",
    "learn",
    "know",
    "figure",
    "recognize",
    "recognise",
}

# Adverbs of the writer's guess ("probably already know that ...", "perhaps believes ..."): on a cognition verb they
# mark a view the writer supposes someone holds, not one that was voiced or reported.
_HEDGES = frozenset({"probably", "perhaps", "maybe", "presumably", "possibly", "likely", "supposedly"})

# Verbs whose infinitive is an effort or a need, not a state reached ("trying to understand", "need to know").
_EFFORT = verb_forms(
    "try:tried work seek:sought hope need struggle attempt want have:has,had,having strive:strove,striven"
    " wait begin:began,begun,beginning start scramble race:racing"
)

# A decision taken is a held intention ("The FBI decided not to recommend charges"); other forms of "decide" are
# mostly hypothetical ("might decide to stream", "if voters decide that ..."), so only the past tense reports.
WEAK["decided"] = "decide"

# Cognition verbs that report a judgement only as "X as Y" ("critics see the program as a loophole", "viewed
# the remark as a dig"): without the "as" they are perception or a look ("saw the video", "viewed the site"),
# so they are kept apart from WEAK, whose verbs are cues wherever they take a clause.
SEEING = verb_forms("see:saw,seen,seeing view regard paint")  # "paint" only of someone (content._weak_object)
_SEEING_AS = set(SEEING.values())

# Adjectives of a held belief or intention with a clause ("are afraid that ...", "is determined to ..."):
# PARC's and PolNeAR's attitude cues; like cognition verbs they need a named holder.
_ATTITUDE = {
    "afraid",
    "worried",
    "concerned",
    "confident",
    "convinced",
    "certain",
    "sure",
    "hopeful",
    "optimistic",
    "pessimistic",
    "skeptical",
    "sceptical",
    "adamant",
    "determined",
    "eager",
    "aware",
    "fearful",
    "doubtful",
}

# Intention verbs of the list above: things do them too ("the bill seeks to ..."), so only a named
# speaker's intention is a claim.
_INTENTION = {"want", "plan", "intend", "seek", "aim", "refuse", "decide"}


# Nouns for people, or groups of people, who hold and voice positions (PARC's and PolNeAR's human sources):
# kinds of people the news cites as a body ("critics say", "voters want", "others opposed"), in singular form.
_PEOPLE_NOUNS = _nouns(
    """
    person people man woman other
    critic expert analyst advocate activist supporter opponent proponent backer ally rival skeptic sceptic
    voter resident citizen member protester demonstrator campaigner organizer organiser
    economist scientist researcher scholar observer strategist consultant pollster historian
    investor worker employee parent teacher student doctor physician nurse lawyer
    conservative liberal progressive moderate republican democrat
    nation country state government administration coalition bloc caucus delegation leadership
    family victim veteran fan
    firefighter paramedic rescuer survivor eyewitness bystander neighbour neighbor
    """
)


# Verbs that judge, reward or punish someone for a deed ("attacked Clinton for saying ...", "held Pagliano in
# contempt for refusing to ..."): their object is who said or did it. Other verbs with "for" give a purpose or a
# means ("used Twitter for announcing ...", "our process for estimating ...") and keep the subject.
_JUDGE_FOR = verb_forms(
    "attack blame criticize criticise praise thank fire sue slam:slammed,slamming mock fault hold:held condemn"
    " applaud commend chide rebuke scold punish reward honor honour credit congratulate denounce ridicule"
    " lambaste berate castigate assail deride censure reprimand suspend sanction admire respect love hate"
    " ban:banned,banning knock fine:fined excoriate"
    " blast rip:ripped,ripping hit:hitting lash pan:panned,panning skewer chastise expel:expelled,expelling oust"
    " arrest jail"
)

# Entity types that name no one who speaks: places, facilities, times and things ("a panel in Washington,
# who said ...", "near Trump Tower, who shouted ...", "on Saturday, who demanded ...").
_NOT_SOMEONE_ENTS = frozenset(("GPE", "LOC", "FAC", "DATE", "TIME", "EVENT", "WORK_OF_ART", "LAW", "PRODUCT"))

# What police and investigators do to a person ("Police are seeking to identify the man seen in the video",
# "want to question the men"): a step of an inquiry, not a stance or a statement.
_PROCEDURE = verb_forms("identify locate find:found question interview arrest apprehend detain trace")

# Whom an inquiry looks for or questions, besides the nouns for people above ("identify the gunman", "locate
# the driver", "question the suspect").
_SOUGHT_NOUNS = _nouns(
    """
    suspect gunman shooter attacker assailant killer perpetrator culprit robber thief driver witness passenger
    individual child boy girl teenager teen fugitive
    """
)


# Verbs of making something public ("unveiled a plan", "voiced concern", "discussed the bill", "laid out her
# proposals"): a named speaker's words, though things get unveiled and published by nobody in particular too.
_PUBLISHING = {"unveil", "detail", "publish", "voice", "discuss", "lay"}


# Verbs that make or put out a text, whose agent is its author ("the letter signed by ...", "a statement issued by
# ..."): not those that pay for, order, obtain or read one ("a study funded by Pfizer", "a report commissioned by the
# mayor", "a memo obtained by Reuters").
_AUTHORING = verb_forms(
    "write:wrote,written,writing co-write:co-wrote,co-written,co-writing author co-author sign co-sign draft issue"
    " release publish pen send:sent,sending submit post circulate prepare compile"
)


# Verbs that report speech only about half the time ("the war threatens", "troops continue"): they
# need a subject that is a named actor or a pronoun for one.
_AMBIGUOUS = {
    "threaten",
    "continue",
    "propose",
    "demand",
    "point",
    "put",
    "indicate",
    "charge",
    "order",
    "rule",
    "signal",
    "project",
    "forecast",
    "calculate",
    "echo",
    "counter",
    "repeat",
    "reveal",
    "expect",
    "hope",
    "fear",
    "feel",
    "figure",
    "quote",
    "cite",
    "compare",
    "dispute",
    "outline",
    "advocate",
    *_PUBLISHING,
    *_VERBAL,
    *_INTENTION,
    *_STANCE,
    *_CHARACTERIZE,
    *_ATTITUDE,
    "encourage",
    *_OFFERING,
}


# What one says as a thing, not a clause ("said nothing that helped", "said a prayer").
_SAID_THINGS = {"nothing", "something", "anything", "everything", "much", "little", "lot", "so", "prayer", "grace"}


# Levels that are set, not estimated: "The central bank put the benchmark rate at 5 percent", "put the price of the
# tickets at $50", "put its new fares at $99". Any other measure put at a figure is someone's estimate ("Police put
# the number at 4,000", "put the deficit at $1.2 trillion", "put the population of the camp at 20,000").
_SET_LEVELS = _nouns(
    """
    rate price fare fee charge tariff tax target limit cap ceiling floor threshold quota wage salary
    """
)


# Sources of evidence that "show" or "find" what the story reports ("polls show a close contest").
_EVIDENCE_NOUNS = {
    "poll",
    "polls",
    "survey",
    "surveys",
    "study",
    "studies",
    "report",
    "reports",
    "analysis",
    "data",
    "figures",
    "statistics",
    "research",
    "review",
    "audit",
    "investigation",
    "inquiry",
    "probe",
    "census",
    "average",
    "averages",
    "video",
    "footage",
    "documents",
    "records",
    "filings",
    "results",
    "tests",
    "estimates",
}


# Verbs whose object is the subject of a participle after it ("left many nations feeling that ...",
# "heard him saying ..."): perception and causation.
_OBJECT_CONTROL = verb_forms(
    "leave:left keep:kept have:has,had,having see:saw,seen hear:heard find:found catch:caught"
    " get:got,gotten,getting set:setting watch show:shown"
)


# Verbs that report only with a particle ("called for", "pointed out"), a clause or a quote.
_PARTICLES = {"call": {"for", "on", "upon"}, "point": {"out", "to"}, "put": {"it"}, "lay": {"out"}}


# Verbs that report only with a clause, whatever their object: "conveyed that the deficit ...", "conveyed assurances
# that ...", not a thing carried ("Ambulances conveyed the injured to hospital") nor one passed on ("conveyed the
# message to Tehran").
_CLAUSE_NEEDED = frozenset({"convey", "post", "text", "message"})


# Verbs whose plain object is an addressee or a topic, not what was said ("told reporters").
_CLAUSE_ONLY = {
    "say",
    "tell",
    "continue",
    "agree",
    "ask",
    "quote",
    "add",
    "write",
    "speak",
    "reply",
    "respond",
    "inform",
    "comment",
    "remark",
    "joke",
    "shout",
    "yell",
    "whisper",
    # Verbs of saying only with a clause; with a plain object they are deeds ("observed a minute of silence",
    # "maintained a polling lead", "maintains a program").
    "observe",
    "maintain",
    # "As he related, “...”", "she related that ...": with a plain object a story told ("related the story"), with
    # "to" a link ("issues related to the case"), never what was said.
    "relate",
    *_CLAUSE_NEEDED,
}


# Verbs of talking whose "about"/"of"/"on" phrase is the topic of what was said ("spoke about the
# shooting", "complained about his microphone"): PolNeAR attributes the topic as the content.
_TOPIC_VERBS = {
    "rail",
    "speak",
    "talk",
    "comment",
    "write",
    "testify",
    "complain",
    "joke",
    "boast",
    "brag",
    "ask",
    "warn",
    "remark",
    "muse",
}
# "about" always gives the topic; "of" and "on" only for some verbs ("spoke on the radio" is a medium,
# "asked of him" an addressee, "wrote on Twitter" a place).
_TOPIC_PREPS = {
    "about": _TOPIC_VERBS,
    "against": {"rail"},
    "of": {"speak", "talk", "write", "warn", "boast", "brag", "muse"},
    "on": {"comment", "remark", "testify", "muse"},
}


# Prepositions after a cue that give time, place or manner, never the content.
_CIRCUMSTANCE = {
    "in",
    "on",
    "at",
    "during",
    "after",
    "before",
    "since",
    "from",
    "with",
    "while",
    "by",
    "through",
    "via",
    "over",
    "to",
    "into",
    "outside",
    "inside",
    "near",
    "amid",
    "without",
    "under",
}


# Titles a story may use alone for someone it named ("the minister said"); abbreviations expanded.
_TITLE_ABBREV = {
    "sen.": "senator",
    "rep.": "representative",
    "gov.": "governor",
    "gen.": "general",
    "pres.": "president",
    "sec.": "secretary",
    "lt.": "lieutenant",
    "col.": "colonel",
    "amb.": "ambassador",
    "atty.": "attorney",
    "supt.": "superintendent",
    "sgt.": "sergeant",
    "det.": "detective",
    "insp.": "inspector",
    "capt.": "captain",
    "cmdr.": "commander",
    "adm.": "admiral",
    "maj.": "major",
    "cllr.": "councillor",
}


# Nouns naming a statement: "the statement also stressed" speaks with the voice of who issued it.
_DOCUMENT_NOUNS = {
    "statement",
    "communique",
    "declaration",
    "letter",
    "release",
    "text",
    "memo",
    "note",
    "readout",
    "document",
    "resolution",
    "joint",
}


# Nouns for a voice of someone else ("a spokesman for the Kremlin", "a statement from the ministry", "a
# poll by Reuters"): the actor they name speaks.
_VOICE_NOUNS = {
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "spokespeople",
    "representative",
    "statement",
    "communique",
    "release",
    "letter",
    "readout",
    "report",
    "poll",
    "survey",
    "study",
    "analysis",
    "speech",
    "article",
    "editorial",
    "column",
    "tweet",
}
_VOICE_PREPS = {"from", "for", "of", "by"}

# Pronouns and honorifics that tell a person's gender (+1 male, -1 female), for pronoun resolution.
_GENDERED = {
    "he": 1,
    "him": 1,
    "his": 1,
    "himself": 1,
    "mr.": 1,
    "mr": 1,
    "she": -1,
    "her": -1,
    "hers": -1,
    "herself": -1,
    "mrs.": -1,
    "mrs": -1,
    "ms.": -1,
    "ms": -1,
}


# Nouns for a role that tell a person's gender ("Hope Hicks, a campaign spokeswoman", "congressman Ed Royce"):
# as an honorific does, they say whom a later "he" or "she" can mean. Not the offices whose title stays in its
# masculine form for women ("Mary Barra, the chairman of General Motors", Chicago's aldermen) nor "actor",
# which the news uses for women too.
_GENDERED_ROLES = {
    **dict.fromkeys(
        _nouns(
            "spokesman congressman councilman businessman assemblyman anchorman"
            " father son brother husband uncle grandfather king prince"
            " man men boy boys gentleman gentlemen"
        ),
        1,
    ),
    **dict.fromkeys(
        _nouns(
            "spokeswoman congresswoman chairwoman councilwoman businesswoman assemblywoman anchorwoman"
            " mother daughter sister wife aunt grandmother widow queen princess actress"
            " woman women girl girls lady ladies"
        ),
        -1,
    ),
}


_HONORIFIC = {"mr.", "mr", "mrs.", "mrs", "ms.", "ms"}


# Nouns that stand for an organisation already named ("the bank said"); the generic ones may stand
# for any organisation named just before.
_ORG_NOUNS = {
    "company",
    "firm",
    "group",
    "bank",
    "agency",
    "ministry",
    "department",
    "government",
    "party",
    "union",
    "council",
    "court",
    "committee",
    "network",
    "newspaper",
    "campaign",
    "organization",
    "organisation",
    "alliance",
    "commission",
    "board",
    "club",
    "university",
    "institute",
    "airline",
    "army",
    "military",
    "police",
    "service",
    "office",
    "team",
    "association",
    "federation",
}


_GENERIC_ORG_NOUNS = {"company", "firm", "group", "organization", "organisation"}


# Nouns of an assertion that name its author and content ("X's claim that ...").
_CLAIM_NOUNS = {
    "claim",
    "claims",
    "assertion",
    "allegation",
    "allegations",
    "warning",
    "warnings",
    "insistence",
    "argument",
    "suggestion",
    "promise",
    "pledge",
    "contention",
    "statement",
    "announcement",
    "report",
    "reports",
    "finding",
    "findings",
    "conclusion",
    "assessment",
    "estimate",
    "prediction",
    "forecast",
    "accusation",
    "accusations",
    "admission",
    "acknowledgment",
    "acknowledgement",
    "belief",
    "view",
    "fear",
    "fears",
    "concern",
    "concerns",
    "hope",
    "demand",
}


# Nouns of hearsay and of others' charges: what goes round of someone ("dismissing rumours that she planned to
# retire", "denied reports that it wanted to sell"); not one's own statement, promise or belief.
_HEARSAY_NOUNS = frozenset(
    {
        *("rumour", "rumours", "rumor", "rumors", "speculation", "suggestion", "suggestions", "talk", "stories"),
        *("report", "reports", "claim", "claims", "allegation", "allegations", "accusation", "accusations"),
    }
)


# Nouns of a held intention whose content is an infinitive ("Clinton's plan to raise taxes", "the
# decision by the FBI not to recommend charges"): PolNeAR attributes intentions like beliefs.
_INTENT_NOUNS = {
    "plan",
    "plans",
    "decision",
    "determination",
    "refusal",
    "promise",
    "pledge",
    "vow",
    "threat",
    "intention",
    "commitment",
    "proposal",
    "demand",
    "bid",
}


# Nouns of something said whose content may be only its topic ("North Korea's claims about its nuclear
# test", "Trump's remarks on Mexico"): with a named owner, the topic is what is attributed.
_TOPIC_NOUNS = {
    "claim",
    "claims",
    "allegation",
    "allegations",
    "assertion",
    "warning",
    "statement",
    "announcement",
    "accusation",
    "accusations",
    "comments",
    "remarks",
}
_TOPIC_NOUN_PREPS = {"about", "on", "of", "regarding"}


# Headline labels that source the headline's claim by the convention "Poll: Clinton leads", "Report: ...".
_HEADLINE_SOURCES = {"poll", "survey", "study", "report"}


# Nouns for something said, which a colon can introduce ("made the following comment:").
_STATEMENT_NOUNS = {
    "comment",
    "comments",
    "statement",
    "remarks",
    "words",
    "message",
    "tweet",
    "post",
    "response",
    "reply",
    "answer",
    "explanation",
    "warning",
    "speech",
    "announcement",
}


_PERSON_PRONOUNS = {"he", "she", "him", "her"}


_PLURAL_PRONOUNS = {"they", "them"}


# Subjects that stand for a thing, not a speaker, when nothing named resolves them.
_THING_WORDS = {"which", "that", "it", "this"}


# Outside quotes, "I", "we" and "you" are the writer and the reader: nobody the story names.
_WRITER_PRONOUNS = {"i", "me", "we", "us", "you"}


_RELATIVE = {"who", "which", "that", "whom", "whose"}


_BARE_PRONOUNS = _THING_WORDS | _RELATIVE


_SUBJ = {"nsubj", "nsubjpass", "csubj", "expl"}


_PLACE_KINDS = ("organization", "place", "group")


# Dependents that belong to the "X said" clause itself, not to what was said.
_OWN_DEPS = {"aux", "auxpass", "neg", "advmod", "npadvmod", "prt"}


_MARKS = re.compile(r"\"|''|``")


# A transcript line: a short speaker label then a colon ("WALLACE: ...", "MR. TRUMP: ...").
_LABEL = re.compile(r"[\"'(\[]?((?:[A-Z][A-Za-z.'\-]*\s){0,3}[A-Z][A-Za-z.'\-]*):\s+(?=\S)")


_LABEL_STOP = {
    "note",
    "update",
    "updated",
    "photo",
    "photos",
    "video",
    "watch",
    "read",
    "related",
    "source",
    "sources",
    "editor's",
    "editors",
    "correction",
    "clarification",
    "q",
    "a",
    "question",
    "answer",
    "warning",
    "disclaimer",
    "credit",
    "caption",
    "see",
    "also",
    "tags",
    "share",
    "image",
    "images",
    "transcript",
    "subscribe",
    "advertisement",
    "listen",
    "breaking",
    "exclusive",
    "opinion",
    # An advice column's salutation: "DEAR ABBY: My husband ...", "DEAR CONCERNED SISTER: If you ..." is the letter
    # or the reply to it, addressed to the one named, who is not the writer.
    "dear",
    # A site's affiliate-link notice ("FTC: We use income earning auto affiliate links"), not the FTC speaking.
    "ftc",
    "disclosure",
}


# A signature after a quote: "” ― Sonya Herridge", "” - John Smith".
_SIGNATURE = re.compile(r"\s*[\u2015\u2014\u2013-]{1,2}\s*(?=[A-Z])")


_QUOTE_TOKENS = frozenset(['"', "''", "``", "'", "\u201c", "\u201d"])


_NONEMPTY_LINE = re.compile(r"(?m)^(?=[^\n]*\S)")


_EDGE = frozenset(" \t\n\r,;:.-\u2014\u2013\u2015\"'`")


_EDGE_SOFT = _EDGE - frozenset("\"'`")


_MARK_CHARS = frozenset("\"'`")


# What may stand between a reported clause and a quote that continues it in the same sentence.
# ("memories of her father, and of ''all the people ...''": a coordinated complement keeps its preposition.)
_JOINER = re.compile(
    r"[\s\"'`,;:\u2014\u2013-]*(?:(?:and|but|or|adding|saying)(?:\s+(?:of|to|about|for|with|on|that))?"
    r"[\s\"'`,;:\u2014\u2013-]*)?"
)


# Words of a name or title ("It Keeps You Runnin’", "Red for Ed"): letters with inner apostrophes and hyphens.
_WORD = re.compile(r"[^\W\d_][\w'\u2019\-]*")


# Short words that a title leaves lowercase ("Red for Ed", "Return of the King"): the usual title-case rule.
_TITLE_SMALL = frozenset(
    [
        "a",
        "an",
        "and",
        "as",
        "at",
        "but",
        "by",
        "for",
        "from",
        "in",
        "into",
        "nor",
        "of",
        "on",
        "or",
        "the",
        "to",
        "vs",
        "with",
    ]
)


# A sentence ending inside quoted words ("The Donald. Big Daddy."): speech, not a title.
_SENTENCE_BREAK = re.compile(r"[.!?]\s+\S")


# Nouns for a recording of someone ("footage of Clinton asking, ...", "a video of Trump saying ...").
_RECORDINGS = {
    *(
        w
        for n in ("footage", "video", "clip", "recording", "tape", "audio", "film", "image", "photo")
        for w in (n, n + "s")
    ),
    "videotape",
    "soundbite",
}


# Texts and records that say things themselves ("the contract ... states that", "the study ... shows that", "the
# letter ... warned that"), in the singular: a verb joined to a passive clause about one of them may be its own act.
_SPEAKING_TEXTS = frozenset(
    """
    accord act affidavit agreement analysis announcement answer application article assessment audit bill book brief
    budget census charter comment communique complaint constitution contract data deal decision declaration document
    email e-mail estimate evaluation explanation figure filing finding footage guidance guideline indictment inquiry
    investigation judgment law lawsuit letter manifesto memo message motion note notice order paper petition plan
    poll policy post probe proposal readout record recording regulation release remark reply report research
    resolution response result review rule ruling speech statement statistic study subpoena suit survey test text
    transcript treaty tweet verdict video warning warrant
    """.split()  # noqa: SIM905
)


# What a text can do itself, any form ("the contract states", "the study shows", "the report concluded", "the letter
# warned", "the indictment alleges"): a person's acts (promise, insist, vow, add, pledge) stay with the reporter
# ("Officials said the bill was passed and promised that ...": the officials promised).
_TEXT_VERBS = verb_forms(
    "allege argue assert cite claim conclude contend demonstrate describe detail find:found indicate mention note"
    " outline read recommend reveal say:said show:shown specify:specified state stipulate suggest warn"
)


# Nouns for a person known by a relation to another ("my father", "her lawyer" is a title word).
_KIN_NOUNS = frozenset(
    [
        "father",
        "mother",
        "dad",
        "mom",
        "wife",
        "husband",
        "son",
        "daughter",
        "brother",
        "sister",
        "uncle",
        "aunt",
        "grandfather",
        "grandmother",
        "grandson",
        "granddaughter",
        "cousin",
        "nephew",
        "niece",
        "partner",
        "boyfriend",
        "girlfriend",
        "fiance",
        "fiancee",
        "friend",
        "boss",
        "stepfather",
        "stepmother",
        "widow",
        "widower",
        "neighbor",
        "neighbour",
        "colleague",
        "doctor",
        "lawyer",
        "aide",
    ]
)
