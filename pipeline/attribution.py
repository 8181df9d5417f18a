"""Attribution: which actors take a position in each sentence.

The actor of a statement is its *source*, never an actor merely mentioned or addressed.

How it works: each sentence of an article is read once into a ``SentenceView`` (its tokens,
actor mentions, quotation spans and the ``ArticleContext``: the last speaker, people the
article introduced by their role, the bodies it tied to an actor, its headline's actors, its
date). The ordered table ``RULES`` of small named rule functions then runs over the view; each
returns typed ``Candidate`` statements (actor, speaker, cue, rule, rank). The rules, in order:

- ``according_to``: "according to X";
- ``quoted_as_saying``: "the agency quoted Pashinyan as saying";
- ``subject``: for every reporting or position verb, the nearest actor mention before it in the
  same clause that is not the object of a preposition or a verb, nor a possessive ("France
  accused Azerbaijan" -> France; "the head of American diplomacy, Antony Blinken, called" ->
  Blinken); "X and Y objected", "the governments of A, B, and C issued" count each. Infinitives,
  passives and subjects of *must/should* are not positions;
- ``inversion``: '"...," said Colonna';
- ``quoted_subject``: inside a quotation, a subject right before its verb ("the U.S. and EU asked us");
- ``media``: a news agency is never an actor, but what it reports of one is that actor's
  statement ("APA said Aliyev had decided ..." -> Azerbaijan);
- ``pronoun``: "she said", "according to him" resolve to the speaker of the same sentence or the
  actor that spoke last in the article;
- ``body``: "the ministry added", "the junta said", "the bloc warned": the actor the article last
  tied that body to, else (for the words the seeds used) the last speaker, else the actor its
  headline names;
- ``continuation``: a quotation with no speaker of its own (or a sentence inside a quotation
  opened earlier in the paragraph, or in the paragraph before when this one opens a quote)
  continues the last speaker's quote;
- ``author``: an opinion piece signed by a bio near its end ("Jane Roe is a security analyst at
  ...") gives its author the piece's own judgements and appeals: sentences no other rule
  attributed that carry a cue word or a *must* (``cues.takes_position``), except the standfirst
  and the bio.

Adding a rule: write ``def rule_x(view, found) -> list[Candidate]``, add its name to ``Rule`` and
a row to ``RULES`` (its place is its priority), and a test in ``tests/test_attribution.py``'s
``RULE_EXAMPLES`` that fails when the row is removed.

Statement frame columns (``statements_frame``): the sentence frame's columns (and any extra
input columns, such as ``date`` or ``source``) plus
    actor    canonical actor name
    speaker  the mention of the speaker as it appears in the text
    cue      the verb or phrase that marks the position
    rule     the ``Rule`` that attributed it
Rows of the sentence frame with a true ``heading`` column are context only (headline and
standfirst): they never become statements and are not in the output.
"""

from __future__ import annotations

import re
import warnings
from dataclasses import dataclass, field, replace
from enum import Enum
from functools import cached_property
from urllib.parse import urlsplit
from typing import Callable, Iterator, NamedTuple, Union

import pandas as pd

from pipeline import vocabulary
from pipeline.actors import (NOT_AN_ACTOR, ActorRegistry, Mention, _Matcher, _TITLE_WORDS, city_states,
                             state_of_calling_code, state_of_domain)
from pipeline.cues import takes_position
from pipeline.documents import dateline_place, post_author
from pipeline.memo import Memo
from pipeline.sentences import SENTENCE_COLUMNS, single_quotes_as_double

# ``government``: the state the sentence's unqualified "the government", "the authorities", "the regime" means, as
# the article tied it (a target the sentence names only so: "urged the authorities to free him"), else "".
STATEMENT_COLUMNS = [*SENTENCE_COLUMNS, "actor", "speaker", "cue", "rule", "government"]

# A government named by no name of its own: "the authorities", "the transitional government", "the regime", and its
# forces, "accused the security forces of", "the police" (not "the government of Mali", "the Malian authorities",
# "Mali's government", which name it, nor "the government and the opposition", two sides, or "the Government and
# people of Spain").
GOVERNMENT_REFERENCE = re.compile(
    r"\b(?:[Tt]he|[Tt]his|[Tt]hat)\s+(?:(?:current|military|transitional|interim|federal|central|de\s+facto|ruling|"
    r"incumbent|new)\s+)?(?:[Gg]overnment|[Aa]uthorities|[Rr]egime|[Jj]unta|[Aa]dministration|security\s+forces|"
    r"police|army|military|armed\s+forces)\b(?!\s+(?:(?:of|in|at)\s+(?:the\s+)?[A-Z]|and\b))")


# The article's own state where a sentence needs it before anything named it: settled when the article ends
PENDING_HOME = "\x00home"

class Rule(str, Enum):
    """Every rule's name, defined once: the ``rule`` column holds these values."""

    ACCORDING_TO = "according_to"
    QUOTED_AS_SAYING = "quoted_as_saying"
    SUBJECT = "subject"
    INVERSION = "inversion"
    PERSON = "person"
    QUOTED_SUBJECT = "quoted_subject"
    MEDIA = "media"
    PRONOUN = "pronoun"
    ON_BEHALF = "on_behalf"
    BODY = "body"
    CONTINUATION = "continuation"
    AUTHOR = "author"
    TRANSCRIPT = "transcript"
    ORGANISATION = "organisation"
    PASSIVE = "passive"
    GROUP = "group"
    SAID_THIS = "said_this"
    COLON_QUOTE = "colon_quote"
    REACTION_FROM = "reaction_from"
    AMONG = "among"
    DASH_CREDIT = "dash_credit"

    def __str__(self) -> str:
        return self.value


# Which rule names a sentence's speaker best, for "he said" in the next sentence (lower first).
RULE_RANK: dict[Rule, int] = {
    Rule.INVERSION: 0, Rule.SUBJECT: 1, Rule.PERSON: 1, Rule.ACCORDING_TO: 2, Rule.QUOTED_AS_SAYING: 2, Rule.PRONOUN: 3,
    Rule.BODY: 3, Rule.ON_BEHALF: 1, Rule.CONTINUATION: 4, Rule.QUOTED_SUBJECT: 5, Rule.MEDIA: 6, Rule.AUTHOR: 7,
    Rule.TRANSCRIPT: 1, Rule.ORGANISATION: 1, Rule.PASSIVE: 2, Rule.GROUP: 3, Rule.SAID_THIS: 4,
    Rule.COLON_QUOTE: 1, Rule.REACTION_FROM: 2, Rule.AMONG: 1, Rule.DASH_CREDIT: 1,
}


@dataclass(frozen=True)
class Candidate:
    """One statement a rule proposes: ``actor`` speaks in the sentence, named as ``speaker``."""

    actor: str
    speaker: str
    cue: str
    rule: Rule
    position: int = 0  # token index of the cue, to keep candidates in reading order

    @property
    def rank(self) -> int:
        return RULE_RANK[self.rule]


Attribution = Candidate  # the name earlier code used

# Base forms of the verbs by which an actor takes a position.
_POSITION_VERBS = """
say tell state announce add call urge condemn denounce accuse blame warn reject refuse welcome
support praise admire hail commend thank agree decide offer provide pledge promise reaffirm
recall advise estimate judge consider believe deem rule request ask demand insist stress emphasise
emphasize express voice note report claim deny confirm propose appeal press plead describe
criticise criticize slam deplore decry threaten vow assure specify explain write post tweet hope
argue maintain justify respond reply object approach cancel withdraw pull opt ratify inform
acknowledge supply deliver approve endorse recognise recognize suggest indicate view fear oppose
reiterate repeat underline highlight accept declare dismiss protest summon expel sanction impose
veto mourn regret lament invite host mediate commit sign abstain vote block freeze suspend quote
predict expect question echo attend participate brief inquire feel send issue order conclude
lash hit caution underscore point assert allege implore applaud congratulate sever deploy signal label brand clarify
renew observe contend
appoint affirm extend postpone remind read reveal lodge follow convey turn charge defend raise cut counter remark
mock ridicule deride decline rebuke salute reproach lambast chide castigate berate censure
apologise apologize downgrade admit present portray cast hand
encourage instruct complain disclose retort proclaim concede contend boast bemoan scoff quip wish
distance revoke repeal rescind
""".split()
_IRREGULAR = """
back backed backs backing said told wrote sent spoke speaking speaks stood felt froze frozen withdrew withdrawn sought
barred barring lay lays laid laying put puts putting withheld withhold withholds withholding
took take takes taking taken
stand stands standing made strike strikes striking struck led leads leading give gives gave given giving
pay pays paid paying
""".split()
# Verbs that are positions only with certain words after them (checked in ``_is_position_verb``):
# "held Iran responsible", not "held talks"; "closed its border", not "closed the session".
_HOLD_FORMS = {"hold", "holds", "holding", "held"}
# "President Buhari has directed the security services to ...", "The Head of State directed that ...": an order (not
# "a more direct appeal", "who directs the institute", "had directed what he called")
_DIRECT_FORMS = {"directed", "directs"}
_GIVE_FORMS = {"give", "gives", "gave", "given", "giving"}
_TIME_UNITS = {"hours", "days", "weeks", "months", "hour", "day", "week", "month"}
_COUNT_WORDS = {"a", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "twelve", "fifteen",
                "thirty", "few", "several"}
_CLOSE_FORMS = {"close", "closes", "closed", "closing"}
_CLOSED_OBJECTS = {"border", "borders", "airspace", "embassy", "embassies", "consulate", "consulates", "crossing",
                   "crossings", "frontier", "frontiers"}
# Verbs that are positions only with a particle: "spoke of 125 dead", not "spoke with Macron".
_BREAK_FORMS = ("break", "breaks", "broke", "breaking")
# Measures a participle after a comma reports as the subject's act ("Nicaragua went further, breaking off
# relations with Ecuador"); each still needs its particle or object
_MEASURE_PARTICIPLES = {"breaking", "severing", "expelling", "suspending", "cutting"}
# "took serious note of", "takes due note of": the formal notice a ministry takes, graded
_NOTE_ADJECTIVES = {"serious", "careful", "due", "full", "good", "keen", "special", "particular", "close", "grave"}
_NEEDS_PARTICLE = {"lash": {"out"}, "lashed": {"out"}, "lashes": {"out"}, "lashing": {"out"},
                   "hit": {"out", "back"}, "hits": {"out", "back"}, "hitting": {"out", "back"},
                   "point": {"out"}, "pointed": {"out"}, "points": {"out"}, "pointing": {"out"},
                   "spoke": {"of", "about", "out"}, "speaking": {"of", "about", "out"},
                   "speaks": {"of", "about", "out"}, "pull": {"out"}, "pulled": {"out"},
                   "pulls": {"out"}, "pulling": {"out"}, "opt": {"out"}, "opted": {"out"}, "opts": {"out"},
                   # "the EU stands with the people of Georgia", not "the law stands"
                   **{form: {"with", "by", "behind", "ready", "firmly", "shoulder"} for form in ("stand", "stands", "standing")},
                   # "the Maldives followed suit": the same act as the actors before
                   "follow": {"suit"}, "followed": {"suit"}, "follows": {"suit"}, "following": {"suit"},
                   # "had turned them down", "turned down the offer"; "charged that", not "charged with"
                   **{form: {"down", "them", "it", "him", "her", "the"} for form in ("turn", "turned", "turns", "turning")},
                   **{form: {"that"} for form in ("charge", "charged", "charges", "charging")},
                   # "declined to comment": a statement of its own; not "exports declined"
                   **{form: {"to"} for form in ("decline", "declined", "declines", "declining")},
                   # "struck down the decree": a court's or a council's ruling
                   **{form: {"down"} for form in ("strike", "strikes", "struck", "striking")},
                   # "countered that the claims had no basis", not "to counter the threat"
                   **{form: {"that"} for form in ("counter", "countered", "counters", "countering")},
                   # "cut diplomatic ties with Kigali", not "cut the price"
                   **{form: {"ties", "diplomatic", "relations", "off"} for form in ("cut", "cuts", "cutting")},
                   # "took note of the Court's decision": a body's formal position; not "took part", "took place"
                   **{form: {"note"} for form in ("take", "takes", "took", "taking", "taken")},
                   # "broke off diplomatic relations with Ecuador", not "broke the record"
                   **{form: {"off"} for form in _BREAK_FORMS},
                   # "distanced itself from the video": a position taken; not "distanced the two camps"
                   **{form: {"itself", "themselves", "himself", "herself", "ourselves"}
                      for form in ("distance", "distances", "distanced", "distancing")},
                   # "paid tribute to the passers-by", "paid homage to the victims"; not "paid the bill"
                   **{form: {"tribute", "homage"} for form in ("pay", "pays", "paid", "paying")}}


def _inflections(base: str) -> set[str]:
    forms = {base}
    stem = base[:-1] if base.endswith("e") else base
    forms.add(base + ("es" if base.endswith(("s", "sh", "ch", "x", "z")) else "s"))
    forms.add(stem + "ing")
    if base.endswith("e"):
        forms.add(base + "d")
    elif base.endswith("y") and base[-2] not in "aeiou":
        forms |= {base[:-1] + "ied", base[:-1] + "ies"}
    else:
        forms.add(base + "ed")
        if re.search(r"[^aeiou][aeiou][bdglmnprt]$", base):  # cancel -> cancelled, commit -> committed
            forms |= {base + base[-1] + "ed", base + base[-1] + "ing"}
    return forms


# Characterising something "as" what it is in the speaker's eyes: "presented the results as", "cast Ottawa's
# accusations as a diversion", "portrayed the strike as self-defence".
_PRESENT_AS_FORMS = {"present", "presents", "presented", "presenting", "portray", "portrays", "portrayed", "portraying",
                     "cast", "casts", "casting"}
# "adopted by acclamation a resolution that condemns the coup": a body's text, not "adopted a new law"
_ADOPT_FORMS = {"adopt", "adopts", "adopted", "adopting"}
_ADOPTED_TEXTS = {"resolution", "resolutions", "declaration", "statement", "communique", "communiqué"}
VERB_FORMS: frozenset[str] = frozenset(
    {form for verb in _POSITION_VERBS for form in _inflections(verb)} | set(_IRREGULAR) | _HOLD_FORMS | _CLOSE_FORMS \
    | _DIRECT_FORMS
    | set(_BREAK_FORMS) | _ADOPT_FORMS | {"challenged"}
)
# Forms that are nouns far more often than verbs; they count only right after a subject
# ("Tokyo views the situation", "Paris hopes", "France backs").
_NOUN_LIKE = {
    "states", "state", "note", "notes", "view", "views", "support", "report", "reports", "call",
    "calls", "offer", "offers", "request", "requests", "vote", "votes", "sign", "signs", "post",
    "posts", "press", "claim", "claims", "fear", "fears", "back", "backs", "rule", "rules", "hope",
    "hopes", "approach", "demand", "demands", "appeal", "appeals", "protest", "protests", "ask",
    "object", "objects", "sanction", "sanctions", "veto", "block", "question", "questions",
    "echo", "echoes", "host", "thanks", "pledge", "pledges", "promise", "promises", "brief",
    "regret", "regrets", "tweet", "quote", "quotes", "ruling", "backing", "offering", "freeze",
    "commit", "supply", "supplies", "voice", "expects", "deal", "feel", "stress", "dismiss",
    "order", "orders", "briefing", "briefings", "issue", "issues", "signal", "signals", "label", "labels",
    "brand", "brands", "caution", "point", "points", "remark", "remarks",
}
# Verbs that are positions only with one of these objects soon after: "issued a joint statement".
# "issued a statement", "raised concerns": positions only with such an object (not "the issues facing
# Armenia", "raised the alert level").
_NEEDS_OBJECT = {"issue", "issues", "issued", "issuing", "raise", "raises", "raised", "raising",
                 # "laid the blame on the government", "put out a statement"; not "laid a wreath", "put pressure"
                 "lay", "lays", "laid", "laying", "put", "puts", "putting",
                 # "handed a note of protest to Sweden's ambassador"; not "handed over the prisoners"
                 "hand", "hands", "handed", "handing",
                 # "led international criticism of the strike", "leads calls for a truce"; not "led the delegation"
                 "led", "leads", "leading"}
# The texts an actor issues, which "read" or "said" what it said: "..., the statement read".
_TEXT_NOUNS = {"statement", "communique", "communiqué", "release", "declaration", "letter", "message", "text"}
_ISSUED_OBJECTS = {"statement", "statements", "communique", "communiqué", "declaration", "warning", "appeal",
                   "response", "reply", "rebuttal", "call", "ultimatum", "condemnation", "demand", "rebuke", "protest",
                   "concern", "concerns", "objection", "objections", "alarm", "blame", "note", "memorandum",
                   "criticism", "calls"}
_MODALS = {"will", "would", "could", "might", "may", "can", "shall"}
_DEONTIC = {"must", "should", "ought"}
_PASSIVE = {"was", "were", "been", "being", "is", "are", "be"}
_PLURAL_AUXILIARIES = {"have", "had", "were", "are"}
# Positions one actor reports of another in a clause with no "that" ("He said Italy condemned the
# test", "Zakharova said the US and EU asked for a meeting"): speech acts, not deeds
_REPORTED_POSITIONS = {
    "condemn", "condemns", "condemned", "denounce", "denounces", "denounced", "welcome", "welcomes", "welcomed",
    "urge", "urges", "urged", "call", "calls", "called", "ask", "asks", "asked", "demand", "demands", "demanded",
    "reject", "rejects", "rejected", "refuse", "refuses", "refused", "agree", "agrees", "agreed", "back", "backs",
    "backed", "support", "supports", "supported", "oppose", "opposes", "opposed", "accept", "accepts", "accepted",
    "stand", "stands", "stood", "regret", "regrets", "regretted", "praise", "praises", "praised", "criticise",
    "criticises", "criticised", "criticize", "criticizes", "criticized", "deplore", "deplores", "deplored",
    # acts reported as done are positions too (the guide: "recalled its envoy"): "Officials said Poland had
    # expelled two envoys" (past forms only: "sanctions", "blame", "the recall" are nouns as often)
    "expelled", "recalled", "summoned", "sanctioned", "severed", "blocked", "vetoed", "imposed", "recognised",
    "recognized", "threatened", "blamed", "accused",
}
# Verbs whose clause may drop its "that" ("which Kyiv insists will fail")
_CLAUSE_VERBS = {"warns", "insists", "argues", "alleges", "maintains", "stresses", "admits", "acknowledges", "knows"}
_CLAUSE_AUXILIARIES = {"had", "has", "have", "was", "were", "is", "are", "would", "could", "will", "can", "should"}
_IRREGULAR_PARTICIPLES = {"sent", "told", "given", "shown", "made", "held", "taken", "seen", "brought", "set",
                          "put", "kept", "said", "written", "spoken", "met", "read", "sought", "thrown", "driven",
                          # "the Interpol notice has not been withdrawn", "the assets were frozen": acts suffered
                          "withdrawn", "frozen", "withheld", "struck", "laid", "paid", "broken", "cut", "hit", "cast"}
_OPINION = {"believe", "believes", "believed", "think", "thinks", "thought", "expect", "expects",
            "expected", "fear", "fears", "feared", "hope", "hopes", "hoped", "predict", "predicts",
            "predicted", "consider", "considers", "considered", "estimate", "estimates", "estimated"}
_PREPOSITIONS = {
    "of", "to", "with", "on", "against", "by", "from", "for", "in", "about", "at", "into",
    "between", "among", "toward", "towards", "over", "under", "than", "via", "through", "like",
    "including", "behind", "before", "after", "amid", "despite", "within", "without", "upon",
    "near", "outside", "inside", "across", "around", "beyond", "along", "throughout", "onto", "off", "above",
    "below", "beside", "opposite", "unlike", "alongside",
}
_DETERMINERS = {"the", "a", "an"}
_POSSESSIVE_DETERMINERS = {"his", "her", "its", "their", "our", "my", "your"}
# "a source in Aliyev's administration", "spokesman for the AK Party", "head of American diplomacy":
# a preposition after these nouns links a speaker to the actor it speaks for.
_SPEAKER_NOUNS = set(vocabulary.words(vocabulary.HEAD))
_ROLE_AFTER_POSSESSIVE = set(vocabulary.words(vocabulary.AFTER_POSSESSIVE))
_SUBJECT_PRONOUNS = {"he", "she", "they", "it", "we"}
# A body word followed by one of these is a modifier ("Government troops"), not the speaker.
_NOT_A_BODY_HEAD = (r"(?!\s+(?:troops|forces|soldiers|officials|sources|buildings|offices|media|supporters|critics|"
                    r"members|staff|employees|vehicles|aircraft|ships|units|positions|rules|leaders?|commanders?|fighters|"
                    r"pilots|passengers|crews?)\b)")
_DELEGATE_WORDS = {"speaker": r"(?-i:speaker)(?=\s*$)", "representative": r"representative(?=\s*$)",
                   "delegate": r"delegate(?=\s*$)",
                   # "The Vice President dismissed", never "Vice President Leni Robredo and several senators called"
                   # nor "Vice President-elect Mike Pence": someone the article has not named yet
                   "vice president": r"vice\s+president(?!\s*-\s*elect|\s+[A-Z])",
                   "vice-president": r"vice-president(?!\s*-\s*elect|\s+[A-Z])",
                   "deputy prime minister": r"deputy\s+prime\s+minister(?!\s+[A-Z])"}
# A description of someone of a body that is no state's ("The organisation's representative on freedom of the media")
_NON_STATE_OWNER = re.compile(r"(?i)\b(?:organi[sz]ation|group|bloc|alliance|union|agency|mission|party|movement|"
                              r"coalition|network|association|federation|league)['’]s\s")
# A name in commas closing a description ("The chief minister of Gujarat , Vijay Rupani ,"): a person introduced
_NEW_NAME_APPOSED = re.compile(r"\s,\s+(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)+\s*,?$")
_DEFINITE_SPEAKER = re.compile(
    r"(?i)^(?:the\s+)?(?:same\s+)?(?:(?:presidential|chief|top|government|official)\s+){0,2}(?:"
    # "the speaker", "the representative" of a meeting's delegations, alone: never "The Speaker" of a parliament nor
    # "The representative designated by the National Assembly, X,"
    + "|".join(_DELEGATE_WORDS.get(w) or re.escape(w).replace(r"\ ", r"\s+")
               for w in vocabulary.words(vocabulary.DEFINITE)) + r")\b"
    + _NOT_A_BODY_HEAD
)
# "the junta said", "the bloc added": a body the article ties to one actor.
_BODY_WORDS = vocabulary.words(vocabulary.BODY)
# A ministry's portfolio ("the health ministry", "the unification ministry"): its own body, which the
# article ties apart from the ministry of another state it named ("India's external affairs ministry").
_NOT_PORTFOLIO = ("his", "her", "its", "their", "our", "my", "your", "this", "that", "same", "the", "a", "an")
_PORTFOLIO = rf"(?:(?!(?:{'|'.join(_NOT_PORTFOLIO)})\s)[a-z]{{3,}}\s+(?=ministry\b))?"
# "the Ministry of Foreign Affairs (and International Cooperation)", "the Ministry of Defence": a
# ministry named in full, read as "the foreign ministry", "the defence ministry".
_MINISTRY_OF = (r"(?:ministry|department)\s+of\s+(?:the\s+)?(?:foreign|defen[cs]e|interior|home|health|justice|information|external)"
                r"(?:\s+affairs)?(?:\s+and\s+(?!the\b)(?:[a-z]+\s+){0,2}?(?:cooperation|expatriates|trade|integration|"
                r"relations|diaspora|francophonie|worship|communities))?")
# A minister of a home portfolio ("the country's health minister said"): the state's, as its ministry is.
_PORTFOLIO_MINISTER = (r"(?:health|interior|finance|justice|information|security|energy|trade|economy|agriculture|"
                       r"education|transport|water|environment|communications?)\s+minister")
_MINISTRY_OF_RE = re.compile(r"(?i)(?:ministry|department)\s+of\s+(?:the\s+)?(?P<portfolio>\w+)")
# What a civic group's own copy calls it ("the rights group", "the aid group"): never an armed group
_CIVIC_MODIFIER = r"(?-i:(?:human\s+)?rights|campaign|advocacy|aid|relief|humanitarian)"
_CIVIC_GROUP = re.compile(r"(?i)\b(?:" + _CIVIC_MODIFIER + r")\s+(?:group|organi[sz]ation)\b")
_BODY_RE = re.compile(
    r"(?i)^(?:the\s+|an?\s+(?=(?:[\w-]+\s+){0,3}?(?:spokes(?:man|woman|person)|official|source)\b))?"
    r"(?:(?!(?-i:Its|His|Her|Their|Our|Shadow|No|Any|Every|Each|Another|Which|What|Neither|Either|Both)\s)(?-i:[A-Z][a-z]+)\s+)?(?:(?:same|country's|group's|regional|continental|15-nation|military|ruling|militant|rebel|"
    r"armed|paramilitary|islamist|jihadist|[a-z]+-led|[a-z]+-backed|[A-Za-z]+-based|" + _CIVIC_MODIFIER + r")\s+)*(?P<body>" + _MINISTRY_OF + "|"
    + _PORTFOLIO_MINISTER + "|" + _PORTFOLIO
    + "(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in _BODY_WORDS) + r"))\b"
    + _NOT_A_BODY_HEAD + r"(?!\s+of\b)"  # "the Department of Migrant Workers": a body of someone unnamed
)
# A multi-word body name written in capitals ("The Foreign Office", "the Defence Ministry").
_CAPITALISED_BODY_RE = re.compile(r"(?i)^(?:the\s+)?(?P<body>" + "|".join(
    re.escape(w).replace(r"\ ", r"\s+") for w in sorted(_BODY_WORDS, key=len, reverse=True) if " " in w) + r")\b")
# ("U.S.-led", "U.N.-backed": one word, as "Saudi-led" is)
_TOKEN_RE = re.compile(r"\w+(?:[’'.-]\w+|\.-\w+)*\.?|[^\w\s]")
_QUOTE_CHARS = "“”«»\""
_CLAUSE_BREAKS = {";", ":", "that", "whether", "while", "because", "if", "although", "though",
                  "but", "when", "where", "unless"}


def _is_participle(word: str) -> bool:
    """A past participle, regular or irregular ("condemned", "told")."""
    return word.endswith("ed") or word in _IRREGULAR_PARTICIPLES


class Token(NamedTuple):
    """A word or mark of a sentence; a tuple with its lower case computed once, because the rules
    read ``low`` tens of times per token and build a few dozen tokens per sentence."""

    text: str
    start: int
    end: int
    quoted: bool
    low: str


# Verbs that report another actor's stated position ("have stated clearly", "announced").
_REPORTING = {"said", "says", "stated", "states", "announced", "declared", "reiterated", "told", "wrote", "insisted"}
_SAY_FORMS = {"say", "says", "said", "report", "reports", "reported", "add", "adds", "added", "claim", "claims",
              "claimed", "write", "writes", "wrote"}


def quote_spans(sentence: str, open_at_start: bool = False) -> list[tuple[int, int]]:
    """Character spans of quotations; an unclosed quote runs to the end."""
    spans: list[tuple[int, int]] = []
    opened: int | None = -1 if open_at_start else None
    for match in _QUOTE_MARK.finditer(sentence):
        i, ch = match.start(), match.group()
        closing = ch in "”»" or (ch == '"' and opened is not None)
        if closing and opened is not None:
            spans.append((opened, i))
            opened = None
        elif ch in "“«\"" and opened is None:
            opened = i
    if opened is not None:
        spans.append((opened, len(sentence)))
    return spans


_QUOTE_MARK = re.compile(r'[“”«»"]')


def ends_inside_quote(sentence: str, open_at_start: bool = False) -> bool:
    spans = quote_spans(sentence, open_at_start)
    return bool(spans) and spans[-1][1] == len(sentence)


_TOKENS = Memo(20_000)
_VERB_SITES = Memo(20_000)


def tokenize(sentence: str, open_at_start: bool = False) -> list[Token]:
    key = (sentence, open_at_start)
    tokens = _TOKENS.get(key)
    return list(tokens if tokens is not None else _TOKENS.keep(key, tuple(_tokenize(sentence, open_at_start))))


def _tokenize(sentence: str, open_at_start: bool) -> list[Token]:
    spans = quote_spans(sentence, open_at_start)
    # Lowercasing the sentence once is only slicing-safe when no character changes length ("İ").
    low = sentence.lower()
    same_length = len(low) == len(sentence)
    tokens = []
    span = 0  # spans are in order and tokens come left to right: one pointer walks them
    for match in _TOKEN_RE.finditer(sentence):
        start, end = match.span()
        while span < len(spans) and spans[span][1] <= start:
            span += 1
        inside = span < len(spans) and spans[span][0] < start < spans[span][1]
        text = match.group()
        word = text.rstrip(".") or text
        lower = low[start:start + len(word)] if same_length else word.lower()
        if word == "HE" and _TITLE_AFTER_HE.match(sentence, end):
            lower = "h.e"  # Gulf media's "HE the Prime Minister", "HE Dr. X": His Excellency, no pronoun
        tokens.append(Token(word, start, end, inside, lower))
    return tokens


_TITLE_AFTER_HE = re.compile(r"\s+(?:the\s+)?[A-Z]")


def _token_from(tokens: list[Token], offset: int) -> int:
    """Index of the first token that starts at or after character ``offset`` (``len(tokens)`` if none)."""
    return next((v for v, t in enumerate(tokens) if t.start >= offset), len(tokens))


def _mention_at(tokens: list[Token], mentions: list[Mention]) -> dict[int, Mention]:
    out: dict[int, Mention] = {}
    for i, tok in enumerate(tokens):
        for mention in mentions:
            if mention.start <= tok.start < mention.end:
                out[i] = mention
                break
    return out


# --- subjects that are not mentions -------------------------------------------------------------

class _Marker:
    """A subject that is not a mention."""

    def __init__(self, name: str) -> None:
        self.name = name

    def __repr__(self) -> str:
        return self.name


PRONOUN = _Marker("PRONOUN")  # "he said": the sentence's or the article's last speaker
AGENCY = _Marker("AGENCY")  # "the news agency reported": a subject that is no actor


# What copy calls a body besides its usual name: the same body, tied to the same state ("the coup
# leaders" are the junta; "the FO", Pakistani and British copy's Foreign Office).
_BODY_SYNONYMS = {"coup leaders": "junta", "putschists": "junta", "coupists": "junta", "military rulers": "junta",
                  "fo": "foreign office"}


@dataclass(frozen=True)
class Definite:
    """A definite description in the speaker's place: "the ministry", "the junta"."""

    phrase: str

    @property
    def body(self) -> str | None:
        match = _BODY_RE.match(self.phrase)
        if not match or re.match(r"\s+of\b", self.phrase[match.end():]) and match.group("body").lower() == "group":
            return None  # "the group of experts": not the group the article named
        if _modifies_a_name(match, self.phrase):
            return None  # "The opposition Alliance for Democratic Renewal": a modifier of a name, not the body
        body = re.sub(r"\s+", " ", match.group("body").lower())
        whole = _CAPITALISED_BODY_RE.match(self.phrase)
        if whole and len(whole.group("body")) > len(body) and body not in _HOME_BODIES:
            body = re.sub(r"\s+", " ", whole.group("body").lower())  # "The Foreign Office": not merely "office"
        full = _MINISTRY_OF_RE.match(body)
        if full:  # "ministry of foreign affairs" -> "foreign ministry"
            return f"{full.group('portfolio')} ministry".replace("defense", "defence")
        return _BODY_SYNONYMS.get(body, body)

    @property
    def seen_before(self) -> bool:
        """The descriptions the seeds used for a speaker named just before ("the ministry added")."""
        return bool(_DEFINITE_SPEAKER.match(self.phrase))


@dataclass(frozen=True)
class Group:
    """A plural description of actors named just before: "The four countries called", "The two
    ministers agreed"; ``size`` is the number it gives, if any."""

    phrase: str
    size: int | None


# "The four countries", "the two ministers", "The missions", "Both governments", "The three agencies": actors
# named just before.
_NUMBER_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
                 "both": 2}
_GROUP_ANAPHOR = re.compile(
    r"(?i)^(?:the|both|all)\s+(?:(?P<n>two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+)?"
    r"(?-i:[a-z-]+\s+)?(?:countries|governments|states|nations|ministers|leaders|presidents|missions|embassies|"
    r"chiefs|delegations|capitals|signatories|foreign\s+ministers|defence\s+ministers|heads\s+of\s+state|sides|"
    r"diplomats|envoys|ambassadors|counterparts|agencies|organi[sz]ations|groups)$")


# A call or meeting between two sides: "had a telephone conversation with", "the call between".
_CONVERSATION = re.compile(r"(?i)\b(?:(?:tele)?phone\s+(?:conversation|call|talks)|conversation\s+(?:with|between)|"
                           r"(?:call|talks|meeting)\s+between|spoke\s+by\s+(?:tele)?phone\s+with|held\s+talks\s+with)\b")
# The words a readout uses for both sides of the call it reports.
# ("the sides" alone is as often the warring sides as the callers)
_PARTIES_PHRASE = re.compile(r"(?i)^(?:(?:the\s+two|both)\s+(?:sides|leaders|presidents|heads\s+of\s+state|diplomats|"
                             r"(?:foreign\s+|prime\s+)?ministers)|the\s+(?:leaders|presidents|heads\s+of\s+state))$")


def _group_of(phrase: str) -> Group | None:
    phrase = phrase.rsplit(",", 1)[-1]  # "In a joint statement after the talks, the two defence chiefs"
    phrase = re.sub(r"(?i)\s+(?:also|then|later|again|jointly|together|all|[a-z]+ly)$", "", phrase.strip())
    bare = re.fullmatch(r"(?i)the\s+(two|three|four)", phrase)
    if bare:
        return Group(phrase, _NUMBER_WORDS[bare.group(1).lower()])  # "the two said": the two just named
    hit = _GROUP_ANAPHOR.match(phrase)
    if hit is None:
        return None
    n = hit.group("n")
    size = int(n) if n and n.isdigit() else _NUMBER_WORDS.get(n.lower()) if n else (
        2 if phrase.lower().startswith("both") else None)
    # "the ministers said" with no number: the group only after a joint statement (``rule_group``)
    return Group(phrase, size)


Subjects = Union[list[Mention], _Marker, Definite, Group, None]

# Speakers sent *to* a state: "envoy for Sudan", "ambassador to Ethiopia" are not Sudan's or Ethiopia's.
_SENT_TO = {"envoy", "ambassador", "ambassadors", "envoys", "representative", "mission", "embassy", "delegation"}
# Participles after a comma that carry their clause's position ("..., saying", "..., urging");
# other participles ("..., hosting French troops") describe, and take no position.
_SAYING_PARTICIPLES = {
    "saying", "adding", "calling", "urging", "warning", "accusing", "noting", "stressing", "insisting",
    "arguing", "claiming", "describing", "denouncing", "condemning", "rejecting", "demanding", "vowing",
    "pledging", "threatening", "welcoming", "blaming", "praising", "announcing", "declaring", "telling",
    "quoting", "citing", "expressing", "reiterating", "asking", "appealing", "deploring", "reaffirming",
    "writing", "posting", "tweeting", "informing", "assuring", "emphasising", "emphasizing", "recalling",
}
# States of mind an actor declares: "the Secretary-General is deeply concerned".
_STATES_OF_MIND = {"concerned", "alarmed", "worried", "dismayed", "saddened", "appalled", "outraged", "shocked",
                   "encouraged", "disappointed", "troubled", "committed", "determined", "opposed",
                   # "is following (closely, with grave concern)", "is monitoring": concern stated (the guide's neutral)
                   "following", "monitoring", "watching"}
# States of mind whose form is also an active verb with an object: "France opposed the plan", "the EU
# encouraged both sides to talk" (not "opposed to", "encouraged by").
_ALSO_ACTIVE = {"opposed", "encouraged"}
# A client's counsel in a role phrase ("Her Moscow lawyer", not "the Attorney General")
_COUNSEL = re.compile(r"(?i)\b(?:lawyers?|attorneys?(?![\s-]+general)|counsel)\b")
# A role an apposition says was held before ("who was once the Laude family's lawyer")
_ONCE_HELD = re.compile(r"\b(?:who|which)\s+(?:was|were|had\s+been)\s+(?:once|formerly|previously|earlier)\b")
# A role held no longer: "former Nigerian president ...".
_FORMER = {"former", "ex", "ex-", "late", "retired", "erstwhile", "ousted", "deposed", "toppled", "overthrown"}
# "did not say", "would not comment": no position taken.
_SILENT_WHEN_DENIED = {"say", "said", "specify", "elaborate", "comment", "confirm", "explain", "give", "respond",
                       "provide", "offer", "disclose", "reveal", "identify",  # "did not provide evidence"
                       # "has not (yet) responded to the commission", "did not reply": silence, no position
                       "responded", "reply", "replied", "commented"}
# Words that modify a place name: "northern Ethiopia", "war-torn Sudan".
_PLACE_MODIFIERS = {"northern", "southern", "eastern", "western", "central", "north-western", "north-eastern",
                    "south-western", "south-eastern", "northwestern", "northeastern", "southwestern", "southeastern",
                    "neighbouring", "neighboring", "war-torn", "landlocked", "mainland", "rural", "coastal",
                    "lower", "upper", "middle"}  # "Elders from Lower Juba": a region named after a city
# Nouns a place name modifies: "the Pretoria agreement", "the Doha talks" (the place is no speaker).
_MODIFIED_NOUNS = {"agreement", "accord", "accords", "deal", "talks", "summit", "meeting", "process", "declaration",
                   "format", "ceasefire", "truce", "protocol", "conference", "framework", "initiative", "plan",
                   "negotiations", "forum", "dialogue", "peace", "airport", "border", "region", "province", "state",
                   "move", "moves"}  # "The U.S. move sends a wrong signal": the move judged, not a US statement
# Place nouns before a capital: "Kenya's capital Nairobi" is a place, not a government.
_PLACE_NOUNS = {"capital", "city", "town", "port", "streets", "outskirts"}
_BODY_ALTERNATIVES = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in _BODY_WORDS)
_BODY_SET = set(_BODY_WORDS)
_BODY_IN_TEXT = re.compile(rf"\b(?:{_BODY_ALTERNATIVES})\b")
# "Kenya's foreign ministry", "Kenya defence forces"; not "the United States welcomed the army's ...":
# without a possessive, the words between may not be a verb or a determiner.
_BODY_AFTER = re.compile(rf"(?:['’]s\s+(?:[a-z-]+\s+){{0,2}}?|\s+(?:(?!(?:the|a|an|its|their|his|her|and|or)\s)"
                         rf"[a-z-]+(?<!ed)(?<!s)\s+){{0,2}}?)(?P<w>{_BODY_ALTERNATIVES})\b")
_BODY_BEFORE_NAME = re.compile(r"(?<![\w-])(?P<w>agency|bloc|alliance|council|commission)\s+$")
_BODY_APPOSITION = re.compile(r",\s+(?:the|a)\s+(?:[\w-]+\s+){0,2}?(?P<w>bloc|junta|commission|party)\b")
_BODY_OF = re.compile(rf"\b(?P<w>(?i:{_BODY_ALTERNATIVES}))\s+of\s+(?:the\s+)?(?:[A-Z][\w-]*\s+(?:of\s+)?(?:the\s+)?){{0,4}}$")
# "the military junta in Niger", "the authorities in Niamey": who governs the place named.
_GOVERNING_BODY_IN = re.compile(r"(?i)\bthe\s+(?:(?:military|ruling|interim|transitional|de\s+facto)\s+)?"
                                r"(?P<w>junta|regime|government|authorities|rulers)\s+in\s+$")
# "the health ministry in the Hamas-run territory": the body of the one that runs the place.
_BODY_IN_RUN_PLACE = re.compile(rf"\b(?P<w>(?i:(?:[a-z]{{3,}}\s+)?{_BODY_ALTERNATIVES}))\s+in\s+the\s+$")
_RUN_PLACE_AFTER = re.compile(r"-(?:run|controlled|held|ruled)\s+(?:territory|enclave|strip|area|region|city|north|south)\b")
# Bodies that, untied by the article, have one usual actor: "the Secretary-General" is the UN's.
_BODY_DEFAULTS = {"secretary-general": "United Nations", "secretary general": "United Nations",
                  "world body": "United Nations"}


def _home_body(body: str) -> bool:
    return body in _HOME_BODIES or body.endswith(" ministry") or body.endswith(" minister")


# Two capitalised name words right before a capital ("Sidi Yahya Tunis"): the capital is a surname.
_TWO_WORDS_BEFORE = re.compile(r"(?<![\w'’.-])([A-Z][a-z]+)\s+([A-Z][a-z]+)\s+$")
_PLACE_KINDS = {"capital", "country"}
# Capitalised heads of a group's or a text's name a place can open ("Moscow Helsinki Group", "Paris Club")
_NAME_HEAD_AFTER_PLACE = re.compile(r"(?:\s+[A-Z][a-z]+){0,2}\s+(?:Group|Club|Process|Format|Accords?|Agreements?"
                                    r"|Protocols?|Declaration|Conventions?|Initiative|Compact|Consensus)\b")
# Titles of UN officials in the Organization's own records, which name no state: "Under-Secretary-General
# for Political Affairs", "Special Coordinator for the Middle East Peace Process", "High Commissioner".
_UN_TITLE = re.compile(r"Secretary-General|Special\s+(?:Coordinator|Envoy|Representative|Adviser)|High\s+Commissioner|"
                       r"Resident\s+Coordinator|Emergency\s+Relief\s+Coordinator")
# The states "the kingdom", "the sultanate" and "the emirate" can name (their constitutions' own words).
_MONARCHIES = {
    "kingdom": {"Saudi Arabia", "Jordan", "Morocco", "Bahrain", "United Kingdom", "Spain", "Netherlands", "Belgium",
                "Sweden", "Norway", "Denmark", "Thailand", "Cambodia", "Eswatini", "Lesotho", "Bhutan", "Tonga"},
    "sultanate": {"Oman", "Brunei"},
    "emirate": {"Qatar", "Kuwait", "United Arab Emirates"},
}
# A run of words in capitals, four letters or more in all ("EGYPT", "SAUDI ARABIA", "REPUBLIC OF KOREA")
_CAPS_RUN = re.compile(r"(?<![\w-])[A-Z]{2,}(?:[ -](?:OF|THE|AND|[A-Z]{2,}))*(?![\w-])(?<=[A-Z]{4})|"
                       r"(?<![\w-])[A-Z]{2,}(?:[ -](?:OF|THE|AND|[A-Z]{2,}))+(?![\w-])")
# A ministry named in full by its portfolio ("The Ministry of Interior"), not the anaphoric "the ministry"
_FORMAL_MINISTRY = re.compile(r"(?:[Tt]he\s+)?Ministry\s+(?:of|for)\s+(?:the\s+)?[A-Z]")
# A state's own bodies as its state agency's copy writes them, capitalised ("the Government condemned").
_CAPITALISED_OWN_BODY = re.compile(r"\b(?:Government|Cabinet|Presidency)\b")
# Bodies that are only the actor the article tied them to.
_TIED_ONLY = {"opposition", "ambassador", "court", "bank", "union", "agency", "league", "alliance", "council", "summit", "body",
              "federation", "confederation", "coalition", "society", "front", "network", "institute", "church"}
# The blocs "the League" and "the alliance" can mean: the one of them the article named last.
_BLOC_HEADS = {"league": {"Arab League"}, "alliance": {"NATO", "Alliance of Sahel States"}}


# Capitalised words that open a sentence's adverbial, not a name ("Since Sunday Quito has expelled")
_SENTENCE_OPENERS = {"Since", "Until", "After", "Before", "When", "While", "Meanwhile", "Later", "Earlier", "Also",
                     "From", "To", "Of", "For", "By", "With", "Then", "Now", "Today", "Yesterday", "Last", "Next"}


def _ends_a_name(text: str, start: int) -> bool:
    """Do two capitalised words that are no title, weekday or sentence opener stand right before ``start``?"""
    hit = _TWO_WORDS_BEFORE.search(text, max(0, start - 40), start)
    return hit is not None and not any(w in _NOT_NAMES or w in _TITLE_WORDS or w in _SENTENCE_OPENERS
                                       for w in hit.groups())


# Capitals that are first names too ("Santiago Maldonado", "Victoria Nuland", "Sofia Gatica"), and the words after
# a capital that make it a place's name, not a person's ("Santiago Metropolitan Region", "Victoria Falls")
_CAPITAL_FIRST_NAMES = {"Santiago", "Victoria", "Sofia"}
_PLACE_NAME_WORDS = {"Metropolitan", "Region", "Province", "Falls", "Lake", "Airport", "Harbour", "Harbor", "Port",
                     "Island", "Islands", "City", "Declaration", "Agreement", "Conference", "Process", "Group", "Stock",
                     "Exchange", "Metro", "University", "Court", "Hospital", "Station", "Street", "Square", "Park",
                     "Cathedral", "Bay", "River", "Mountains", "Stadium", "Protocol", "Convention", "Summit"}
_NEXT_CAPITALISED_WORD = re.compile(r"\s+([A-ZÀ-Þ][\w'’-]+)")


def _opens_a_name(text: str, m: Mention) -> bool:
    """Is a capital that is also a first name followed by a surname ("Santiago Maldonado"), not a place's noun?"""
    if m.text not in _CAPITAL_FIRST_NAMES:
        return False
    word = _NEXT_CAPITALISED_WORD.match(text, m.end)
    return word is not None and word.group(1) not in _PLACE_NAME_WORDS and word.group(1) not in _NOT_NAMES


def _modifies_a_name(match: re.Match, phrase: str) -> bool:
    """Is a tied-only body word (``_BODY_RE``'s match in ``phrase``) followed by more words, so that
    it modifies a name ("the opposition Alliance for Democratic Renewal") rather than being the body?"""
    rest = phrase[match.end():].split()
    return re.sub(r"\s+", " ", match.group("body").lower()) in _TIED_ONLY and bool(rest) \
        and not all(w.lower() in {"also", "later", "then", "again", "itself", "now"} or w.endswith("ly") for w in rest)


# Bodies only a state has: untied by the article and its headline, they are the article's own state's.
# A state's legislature, which acting is the state ("The Senate passed a resolution", "Parliament voted")
_LEGISLATURES = ("parliament", "national assembly", "house of representatives", "council of representatives",
                 "chamber of deputies", "senate")
_HOME_BODIES = {"ministry", "foreign ministry", "defence ministry", "defense ministry", "army", "military", "police",
                "defence force", "defense force", "defence forces", "defense forces",
                "navy", "air force", "coast guard", "junta", "presidency", "presidential office", "government",
                "foreign office", "election commission", "electoral commission", "electoral council",
                "constitutional council", "constitutional court", "cabinet", "directorate", "prosecutors",
                "supreme court", "defence headquarters", "presidential press service", "prosecution authority",
                "prosecutor's office", "prosecutor’s office", "prosecution service", "gardaí", "gardai",
                *_LEGISLATURES}
# A legislature the article names with a qualifier ("the regional parliament", "the Greenland parliament", "the
# eastern-based House of Representatives") or a seat ("The House of Representatives in Tobruk"): a region's, a
# territory's or a rival camp's, not the state's own parliament acting
_LEGISLATURE_OF_A_PART = re.compile(
    r"(?i)^(?:the\s+)?(?:(?!(?:the|national|federal|upper|lower)\s)[\w-]+\s+)+(?:"
    + "|".join(w.replace(" ", r"\s+") for w in _LEGISLATURES) + r")\b"
    r"|\b(?:" + "|".join(sorted({w.split()[-1] for w in _LEGISLATURES})) + r")\s+in\s+[A-Z]")
# Mentions that name a state (not a person, body or organisation).
_STATE_KINDS = {"country", "capital", "demonym", "role"}
# Bodies every side has, that a speaker's own clause means as the speaker's own.
# State media's name for their own president, capitalised ("The President of the Republic reiterated his call")
_PRESIDENT_OF_THE_REPUBLIC = re.compile(r"[Tt]he\s+President\s+of\s+the\s+Republic$")
_OWN_BODIES = {"government", "authorities", "administration", "cabinet", "presidency", "kingdom", "sultanate", "emirate"}
# Short names two states share: the article's own full name settles which ("Congo").
_SHORT_NAMES = {"Congo": ("Republic of the Congo", "Democratic Republic of the Congo"),
                "Korea": ("North Korea", "South Korea"),
                "Brussels": ("Belgium", "European Union"),
                # Libya's capital, and Lebanon's second city: a page on Lebanon that never names Libya means Lebanon's
                "Tripoli": ("Libya", "Lebanon")}
# Unsettled by the article, "Congo" in news copy is the Democratic Republic ("Republic of Congo" or
# Brazzaville name the other), and "Brussels" the EU ("Brussels will give 30 million euros"): it is
# Belgium's capital only in an article that names Belgium.
_SHORT_NAME_DEFAULTS = {"Congo": "Democratic Republic of the Congo", "Brussels": "European Union", "Tripoli": "Libya"}
# A capital read as a body is a metonym, so it never counts as a state the article names.
_SHORT_NAME_KINDS = {("Brussels", "European Union"): "metonym"}
# Regional blocs: "the bloc" is the one the article named last.
BLOCS = {"European Union", "ECOWAS", "African Union", "ASEAN", "Alliance of Sahel States", "SADC",
         "East African Community", "Arab League", "Gulf Cooperation Council", "G7", "G20", "NATO", "CARICOM",
         "Organization of American States", "IGAD", "Organisation of Islamic Cooperation", "Council of Europe"}


# --- people an article introduces by their role ---------------------------------------------------

# "Matiang'i", "Ja'afari": an apostrophe inside a name, but not a possessive's ("Ruto's")
# (an initial, or a given name abbreviated with a point: the Philippines' "Ma." for María, "Md." and "Mohd." for
# Mohammad in Bangladesh and Malaysia)
# (a capital and an apostrophe may open a name word: "N'Kodia", "O'Neill", "D'Souza")
_NAME_WORD = r"(?:(?:[A-Z]['’](?=[A-Z]))?[A-ZÀ-ÖØ-ÞĀ-Ž][^\W\d_]*[a-zà-ÿā-ž'’](?:-[A-Z]?[^\W\d_]+|(?<=[a-z])['’](?!s\b)[a-z]+)*|[A-Z]\.|(?:Ma|Md|Mohd)\.)"
# Particles inside a name: "al-" and "el-" are joined to the next word, the others stand apart.
_NAME_PARTICLES = ("al", "el", "bin", "ibn", "de", "da", "van", "von", "dos", "du", "le", "la", "ould")
_PARTICLE = "(?:" + "|".join(p + ("-" if p in {"al", "el"} else r"\s+") for p in _NAME_PARTICLES) + ")"
_NAME = rf"{_NAME_WORD}(?:\s+{_PARTICLE}?{_NAME_WORD}){{0,3}}"
_TITLES = (r"(?:(?:Acting|Interim|Deputy|Vice|First|Prime|Foreign|Defen[cs]e|Interior|Finance|Information|"
           r"Chief|Senior|Permanent|Special|Top|Army|Military|Government|Presidential|State|Junta|Transitional"
           r"|Cabinet|Foreign\s+Affairs|Home|Justice|Security|National|Federal)(?:\s+|-))*"  # "Vice-Minister" too
           r"(?:President|Minister|Chancellor|Premier|Spokesman|Spokeswoman|Spokesperson|Ambassador|Envoy|"
           r"Secretary|Leader|King|Emir|Representative|Chairman|Chairperson|General|Colonel|Commander|"
           r"Governor|Senator|Adviser|Advisor|Director|Lieutenant|Captain|Major)"
           r"(?:\s+(?:of\s+State|for\s+Foreign\s+Affairs|of\s+Foreign\s+Affairs|of\s+Defen[cs]e))?"
           r"(?:\s+to\s+the\s+(?:UN|U\.N\.|United\s+Nations|EU|European\s+Union|African\s+Union|[A-Z][a-z]+))?")
_ROLE_WORDS_LOW = r"(?:[a-z-]+\s+){0,3}?(?:" + "|".join(re.escape(w) for w in vocabulary.words(vocabulary.HEAD)) + r")"
# Words a name never contains, though they are capitalised.
_NOT_NAMES = {
    "The", "A", "An", "He", "She", "It", "They", "We", "In", "On", "At", "But", "And", "Mr", "Ms", "Mrs", "Dr",
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February",
    "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
    "President", "Minister", "Chairman", "Chairwoman", "Chairperson", "Prime", "Foreign", "Chancellor", "General", "Secretary", "Ambassador", "Colonel",
    "Spokesman", "Spokeswoman", "Spokesperson", "Ministry", "Government", "Army", "Defence", "Defense",
    "Affairs", "State", "Council", "Union", "Nations", "United", "Republic", "National", "Assembly",
    "This", "That", "These", "Those", "His", "Her", "Their", "Its", "After", "Before", "As", "If", "When",
    "While", "Speaking", "Asked", "Earlier", "Later", "Meanwhile", "However", "Reuters", "AFP",
    # sentence adverbs before a comma ("Overnight, Ukraine's president, ...") are no one's name
    "Overnight", "Yesterday", "Today", "Tonight", "Separately", "Elsewhere", "Instead", "Still", "Also", "Now",
    "Then", "Previously", "Afterwards", "Nonetheless", "Nevertheless", "Additionally", "Moreover", "Furthermore",
    "Recently", "Initially", "Finally", "Eventually", "Indeed", "Similarly", "Likewise", "Notably", "Shortly",
    "Soon", "Thus", "Hence", "Accordingly", "Consequently", "Specifically", "Overall", "Publicly", "Privately",
    "Officially", "Subsequently", "Originally", "Ultimately", "Importantly", "Crucially", "Again",
    # titles before an independent person's name ("Professor Jane Doe", "Commodore (retd) John Roe")
    "Professor", "Prof", "Commodore", "Sir", "Dame", "Rev", "Reverend",
    # military ranks before a retired officer's name ("Lt Gen (retd) Jane Doe"); not "Major", a surname too
    "Lt", "Gen", "Maj", "Brig", "Col", "Capt", "Adm",
    # a military or police operation's name ("Operation Containment mobilised 2,500 officers") is no one's
    "Operation",
}
# Months that are surnames too ("Theresa May" ... "May told lawmakers"), known as a person once the
# article names one in full, except where a date reads them ("in May", "May 4").
_MONTH_SURNAMES = {"May"}
_MONTH_BEFORE = re.compile(r"(?i)\b(?:in|since|until|till|of|last|next|early|late|mid|by|from|to|through|during|"
                           r"this|each|every)[\s-]+$")
_CALENDAR = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February",
             "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"}


# The portfolio after a minister's title: "Saudi Minister of State for Foreign Affairs Adel al-Jubeir"
_OF_PORTFOLIO = (r"of\s+(?:State\s+for\s+)?(?:Foreign\s+Affairs|Defen[cs]e|(?:the\s+)?Interior|Finance|Justice|"
                 r"Information|Foreign\s+Affairs\s+and\s+(?:International\s+Cooperation|Expatriates))")
_TITLE_NAME = re.compile(rf"(?:['’]s)?\s+(?:{_TITLES}\s+|{_ROLE_WORDS_LOW}\s+|{_OF_PORTFOLIO}\s+)?(?P<name>{_NAME})")
_POSSESSIVE_AIDE = re.compile(r"['’]s\s+(?:chief\s+of\s+staff|spokes(?:man|woman|person)|press\s+secretary|"
                              r"(?:senior\s+|top\s+|national\s+security\s+|foreign\s+policy\s+)?advis[eo]r|aide)\b")
_NAME_APPOSITION = re.compile(rf"(?P<name>{_NAME}),\s+(?:the|a|an|{_NAME_WORD}['’]s)?\s*(?:[\w-]+\s+){{0,4}}$")
# ... the second of two roles: "Jorge Rodríguez, the president of the National Assembly and Caracas's chief negotiator"
_NAME_APPOSITION_AND = re.compile(rf"(?P<name>{_NAME}),\s+the\s+(?:[\w-]+\s+){{1,6}}and\s+$")
# "Tinubu, who chairs the bloc,", "Rama, whose country holds the rotating chairmanship of the OSCE,",
# "Anwar Ibrahim, speaking as this year's chair of ASEAN,": the chair speaks for the body.
_CHAIR_OF = re.compile(
    rf"(?P<name>{_NAME}),\s+(?:the\s+(?:current\s+|rotating\s+|outgoing\s+)?(?i:chair|chairman|chairwoman|chairperson)"
    rf"(?:-in-[Oo]ffice)?\s+of|"
    rf"who\s+(?:currently\s+|also\s+)?(?:chairs|heads|holds\s+the\s+(?:rotating\s+)?(?:presidency|"
    rf"chairmanship|chair)\s+of)|whose\s+country\s+(?:chairs|holds\s+the\s+(?:rotating\s+)?(?:presidency|chairmanship|"
    rf"chair)\s+of)|(?:speaking\s+(?:in\s+(?:his|her)\s+capacity\s+)?|who\s+(?:chaired|hosted|led|opened|addressed)\s+(?:the\s+)?(?:[\w-]+\s+){{0,4}}?|"
    rf"in\s+(?:his|her)\s+capacity\s+)as\s+(?:the\s+|this\s+year['’]s\s+)?(?:current\s+|rotating\s+)?"
    rf"(?:chair|chairman|chairwoman|chairperson|president|head)(?:-in-[Oo]ffice)?\s+of)\s+(?:the\s+)?(?P<body>[^,]+),"
    # "Ouattara, the current ECOWAS chairman,": the body named before the chair
    rf"|(?P<name_b>{_NAME}),\s+the\s+(?:current\s+|rotating\s+)?(?P<body_b>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){{0,2}})\s+"
    rf"(?i:chair|chairman|chairwoman|chairperson),"
    # "Martin Riman, the Czech industry minister who speaks for the EU's rotating presidency": the bloc
    # named before its presidency (not "whose country took over the EU's presidency": at home they are its own)
    rf"|(?P<name_c>{_NAME}),\s+(?:[^,]{{0,60}}?\s)?who\s+(?:currently\s+)?speaks\s+for\s+the\s+"
    rf"(?P<body_c>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){{0,2}})['’]s\s+(?:rotating\s+)?(?:presidency|chairmanship|chair)\b")
# Words every reading of _CHAIR_OF holds: a cheap test before the name-first pattern, which is slow to try at every word
_CHAIR_WORDS = re.compile(r"(?i:chair|heads|presidency)|\bas\s+(?:the\s+|this\s+year['’]s\s+)?(?:current\s+|rotating\s+)?"
                          r"(?:president|head)\b")
# A state office before a name: "Defence Minister Panos Kammenos, who heads the ... party," speaks for the state
_GOVERNMENT_TITLE = re.compile(r"\b(?:Minister|President|Chancellor|Premier)\s+(?=[A-Z])")
# The Security Council's president of the month speaks for its members (the guide's chair rule): "X,
# who holds the Security Council presidency", "the Council President, Ambassador X of Argentina,".
# (Not the European Council's president: "the Council" alone only right after "the".)
_COUNCIL = r"(?:(?:UN|U\.N\.|United\s+Nations)\s+)?Security\s+Council"
_COUNCIL_PRESIDENT = re.compile(
    rf"(?P<name>{_NAME}),\s+who\s+(?:holds|held)\s+the\s+(?:rotating\s+)?{_COUNCIL}(?:['’]s)?\s+presidency|"
    # "Zalmay Khalilzad of the United States, which holds the Council presidency for June,"
    rf"(?P<name3>{_NAME})\s+of\s+(?:the\s+)?(?:[A-Z][\w-]*\s+){{0,2}}[A-Z][\w-]*,\s+which\s+(?:holds|held)\s+the\s+"
    rf"(?:rotating\s+)?(?:{_COUNCIL}|Council)(?:['’]s)?\s+presidency|"
    rf"\b(?:{_COUNCIL}\s+President|(?<=[Tt]he\s)Council\s+President|"
    rf"President\s+of\s+the\s+{_COUNCIL}(?:\s+for\s+\w+)?),?\s+(?:Ambassador\s+)?(?P<name2>{_NAME})")
# A sentence opening with where an official spoke: "At a Pentagon briefing,", "At a Kremlin news conference,".
_VENUE_OPENING = re.compile(r"At\s+(?:a|an|the|his|her|its|their)\s+(?:[\w.'’-]+\s+){1,4}?(?:briefing|news\s+conference|"
                            r"press\s+conference|press\s+briefing|conference|meeting|ceremony|event|hearing|forum),\s+")
_CARRIED_BY = re.compile(r"\b(?:carried|quoted|cited|reported|published|released)\s+by\s+(?:the\s+)?(?:[\w-]+\s+){0,4}$"
                         r"|\b(?:told|to|with)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}$")
# Two bars or more cut a line of page furniture: a masthead's bureaus, a menu of sections (whose first state
# is most often the outlet's own: "Home | UAE | Gulf | Arab World").
_MENU_BARS = re.compile(r"\|[^|]*\|")


def _dateline_city(place: str) -> str | None:
    """The state of the city a dateline opens with ("Utrecht", "Davao City"), None for a place the cities file lacks."""
    name = re.split(r"\s*[,(–—-]\s*|\s+\d", place.strip(), maxsplit=1)[0].strip()
    if name in _SEATS_OF_BODIES:
        return None  # "GENEVA, 21 June --": where the UN's councils meet, not the speakers' state
    name = re.sub(r"^St\.?\s+", "Saint ", name)  # "ST. PETERSBURG": the cities file spells "Saint"
    states = city_states()
    return states.get(name) or states.get(re.sub(r"\s+City$", "", name))


_COLON_DATELINE = re.compile(r"(?P<place>[A-Z][a-z'’-]+(?:[ -][A-Z][a-z'’-]+){0,2}):\s+(?=[A-Z“\"‘'])")
# Also "The Chairperson of SADC, His Excellency President Cyril Ramaphosa of the Republic of South Africa,"
_CHAIR_IN_OFFICE = re.compile(rf"(?:(?P<body>[A-Z][\w-]+)\s+[Cc]hair(?:man|woman|person)?-in-[Oo]ffice|"
                              rf"\b[Tt]he\s+(?:current\s+)?Chair(?:man|woman|person)?\s+of\s+(?:the\s+)?(?P<body2>[A-Z][\w-]+(?:\s+[A-Z][\w-]+){{0,2}})),\s+"
                              rf"(?:(?:His|Her)\s+Excellency\s+)?(?:[A-Z][\w-]+\s+){{0,4}}?(?P<name>{_NAME})(?:,|\s+of\s+)")
# "CARICOM Chairman Ralph Gonsalves", "ECOWAS chair Bola Tinubu": a regional body's chair by title
_BLOC_CHAIR_NAME = re.compile(rf"(?P<body>[A-Z][\w-]+)\s+(?:[Cc]urrent\s+)?[Cc]hair(?:man|woman|person)?\s+"
                              rf"(?:(?:and\s+)?(?:President|Prime\s+Minister)\s+)?(?P<name>{_NAME})")
# "Mr. Wang, in his capacity as President of the Council, said": the month's Council president speaks
# for the Council there, whatever he says in his national capacity elsewhere (the guide's chair rule).
_COUNCIL_CAPACITY = re.compile(r"\bin\s+(?:his|her)\s+capacity\s+as\s+(?:the\s+)?(?:[Pp]resident|[Cc]hair(?:man|woman|person)?)"
                               rf"\s+of\s+the\s+(?:{_COUNCIL}|Council)\b")
_UN_SPOKESMAN = re.compile(r"^(?:[Tt]he\s+)?(?:Deputy\s+|Associate\s+)?Spokes(?:man|woman|person)$")
_HEAD_OF_BODY = re.compile(rf"(?P<name>{_NAME}),\s+(?:the|an?)\s+(?:(?:deputy|senior|chief)\s+)?(?:head|chair(?:man|woman|person)?|"
                           rf"president|director|spokes(?:man|woman|person)|secretary-general)\s+(?:of|for)\s+the\s+"
                           rf"(?P<body>[a-z][a-z ]{{2,40}}?),"
                           # "The League's Deputy Secretary-General, Ahmed Bin Helli,": the body's official, named after
                           rf"|\b[Tt]he\s+(?P<owner>[A-Za-z]+)['’]s\s+(?:(?:[Dd]eputy|[Aa]ssistant)\s+)?(?:Secretary-General|"
                           rf"secretary-general|[Ss]pokes(?:man|woman|person)|[Cc]hair(?:man|woman|person)?|"
                           # ("The airline's Group Managing Director and Chief Executive Officer, Mr. Allan Kilavuka,")
                           rf"(?:Group\s+)?Managing\s+Director(?:\s+and\s+Chief\s+Executive(?:\s+Officer)?)?|"
                           rf"[Cc]hief\s+[Ee]xecutive(?:\s+[Oo]fficer)?|"
                           # ("In a separate message, the mission's head, Francisco Madeira, said AMISOM would")
                           rf"[Hh]ead|[Cc]ommander|[Dd]irector),\s+"
                           rf"(?:(?:Dr|Mr|Ms|Mrs)\.?\s+|Ambassador\s+)?(?P<name2>{_NAME}),"
                           # "Qin Gang, the ministry's spokesman, told": the body the article last tied
                           # ("Richard Ahiagbah, the party's national communications director, said", "..., the
                           # movement's general secretary,")
                           rf"|(?P<name3>{_NAME}),\s+the\s+(?P<owner3>[a-z]+)['’]s\s+(?:(?:deputy|chief|senior|main|national|"
                           rf"general|acting|communications|press|information|publicity)\s+){{0,2}}"
                           rf"(?:spokes(?:man|woman|person)|head|director|chair(?:man|woman|person)?|secretary|organi[sz]er|"
                           rf"officer)(?:\s+and\s+(?:spokes(?:man|woman|person)|head|director|secretary))?"  # "deputy head and spokesman"
                           rf"(?:\s+for\s+(?:[a-z]+\s+){{0,2}}?(?:operations|affairs|relations))?"  # "spokesman for military operations"
                           rf"(?=,|\s+(?:said|told|added)\b)")
# Words every reading of _HEAD_OF_BODY holds (with a comma): the cheap test before it
_HEAD_WORDS = re.compile(r"(?i:head|chair|president|director|spokes|secretary|commander|executive|organi[sz]er|officer)")
# "The head of the National Narcotics Agency, Budi Waseso, said", "the director of the Guatemalan Migration Institute,
# Guillermo Díaz,": the head of a service named in full, then the name
_HEAD_OF_SERVICE = re.compile(rf"\b[Tt]he\s+(?:(?:deputy|acting)\s+)?(?:head|chief|director(?:-general)?|commander)\s+of\s+the\s+"
                              rf"(?P<service>(?:[A-Z][\w'’-]*\s+(?:of\s+|for\s+|and\s+)?){{1,5}}?(?:Agency|Service|Institute|Police|"
                              rf"Directorate|Authority|Guard|Bureau|Office|Department))(?:\s+\([A-Za-z]{{2,8}}\))?,\s+"
                              rf"(?:(?:Dr|General|Gen|Colonel|Col|Brigadier|Commissioner)\.?\s+)?(?P<name>{_NAME}),")
_CAPITALISED_SPEAKER = re.compile(
    # capitals with accents too ("MIROSLAV JENČA"): Latin-1 and Latin Extended-A
    r"^(?P<name>[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ\u0100-\u017F'’.-]+"
    r"(?:\s+(?:[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ\u0100-\u017F'’.-]+|de|da|van|von|al|bin)){1,4})\s*"
    r"(?:\((?P<state>[^)]{2,60})\)|,\s+(?P<role>[^,]{3,120}),)")
_BODY_ACRONYM = re.compile(r"\b[Tt]he\s+(?P<body>[A-Z][a-z]+(?:\s+(?:[A-Z][a-z]+|of|and|for)){0,6})\s+"
                           r"\((?P<acronym>[A-Z][A-Za-z]{1,6})\)")
# "Speaker Rebecca Kadaga", "Senate Speaker X", "Speaker of the House of Representatives X", "Senate President X":
# the presiding officers of the state's own parliament (the guide's state organs)
_PARLIAMENT_CHAIRS = (r"(?:(?:Deputy|Senate|Assembly)\s+)?Speaker(?:\s+of\s+(?:the\s+)?(?:[A-Z][a-z'’]+\s+){0,3}"
                      r"(?:Assembly|House(?:\s+of\s+[A-Z][a-z]+)?|Parliament|Senate|Majlis|Congress|Council(?:\s+of\s+"
                      r"(?:the\s+)?[A-Z][a-z]+)?))?|Senate\s+President|President\s+of\s+the\s+(?:Senate|National\s+Assembly)")
_HOME_TITLES = (r"(?:(?:Acting|Interim|Deputy|Vice|First|State)[\s-]+)?(?:(?:Foreign|Defen[cs]e|Interior|Finance|Information|"
                r"Justice|Home|Security|Trade|Energy|Health|Cabinet|Foreign\s+Affairs|Communications?|Economy|"
                r"Transport|Oil|Petroleum|Agriculture|Education|Environment|Water|Labou?r)\s+(?:Minister|Cabinet\s+Secretary)|(?:foreign|defen[cs]e|interior|finance|information|justice|security|"
                r"communications?|economy|transport|health)\s+minister|Minister\s+of\s+(?:State\s+for\s+)?"
                r"(?:(?:Foreign|Home|Internal)\s+Affairs(?:\s+and\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)?|(?:National\s+)?Defen[cs]e|"
                r"Interior|Information|Justice|Finance|Health|Oil|Petroleum|Energy|Trade|Communications?|Culture|"
                r"Education|Agriculture|Economy)|"
                # "Minister of Digital Development and Transport", "The Minister of the Environment": any portfolio in
                # capitals after "of"
                r"Minister\s+of\s+(?:the\s+)?[A-Z][a-z]+(?:\s+(?:and\s+)?[A-Z][a-z]+){0,3}?|"
                # "Minister for Justice Helen McEntee", "Minister for Foreign Affairs Penny Wong": Irish, British and
                # Australian copy's order
                r"Minister\s+for\s+(?:the\s+)?[A-Z][a-z]+(?:\s+(?:and\s+)?[A-Z][a-z]+){0,3}?|"
                r"Prime\s+Minister|Vice[- ]President|President(?:\s+of\s+the\s+Republic)?|Attorney[- ]General|"
                # "Prosecutor General Anna Vardapetyan", "Chief Election Commissioner KM Nurul Huda": state offices
                r"Prosecutor[- ]General|(?:Chief\s+)?Election\s+Commissioner|Director\s+of\s+Public\s+Prosecutions|"
                # "State Minister for Foreign Affairs Md Shahriar Alam" (South Asian copy's junior ministers)
                r"State\s+Minister\s+(?:for|of)\s+[A-Z][a-z]+(?:\s+(?:and\s+)?[A-Z][a-z]+){0,3}?|"
                # "Federal judge Federico Villena", "Presiding judge X": the state's courts (the guide's state organs)
                r"(?:Federal|Chief|Presiding|District|Investigating|Supreme\s+Court|High\s+Court)\s+[Jj]udge|"
                # "Interior Secretary Manuel Roxas": a cabinet secretary (not "Foreign Secretary", "Home
                # Secretary", "Defence Secretary": British copy names its own without a state word, and so
                # would vote Britain the home of a British outlet's page on another crisis)
                r"(?:Interior|Justice|Finance|Health|Social\s+Welfare|Energy|Trade|Agriculture|Education|Labou?r|"
                r"Transportation|Homeland\s+Security|Local\s+Government)\s+Secretary|"
                # "Family and Social Policies Minister", "Diaspora Affairs Minister": any portfolio in capitals
                # ("Tourism and Wildlife Cabinet Secretary Najib Balala": Kenya's ministers)
                # (not "Chief Cabinet Secretary": Japan's, whose pages other states' outlets quote untitled)
                r"(?:[A-Z][a-z]+[\s-]+(?:and\s+)?){1,4}Minister|"  # "Vice-Minister Jane Doe" too
                r"(?:(?!Chief\s)[A-Z][a-z]+[\s-]+(?:and\s+)?){1,4}Cabinet\s+Secretary|"
                r"[Aa]rmy\s+[Cc]hief(?:\s+of\s+[Ss]taff)?|Chief\s+of\s+(?:the\s+)?(?:Army|General\s+Staff|Defen[cs]e\s+Staff)|"
                r"[Cc]hief\s+of\s+[Ss]taff|"
                # ("Garda Commissioner Drew Harris": Ireland's police, An Garda Síochána)
                # ("Police inspector Trine Møller", "Court spokesman Kuch Kimlong": the state's police and courts)
                # ("Police attorney Ann Mathiassen": Norway's police prosecutors; "Immigration Commissioner X")
                r"(?:[Pp]olice|Garda)\s+(?:[Ss]pokes(?:man|woman|person)|[Cc]hief|[Cc]ommissioner|[Ii]nspector|"
                r"[Ss]uperintendent|[Aa]ttorney)|(?:[Cc]ourt|[Jj]udiciary)\s+[Ss]pokes(?:man|woman|person)|"
                r"(?:[Ii]mmigration|[Cc]ustoms)\s+[Cc]ommissioner|"
                # "Human Rights Defender of the Republic of Armenia Kristinne Grigoryan": an ombudsman's title
                r"Human\s+Rights\s+Defender|"
                r"(?:[Gg]overnment|[Pp]residential(?:\s+[Oo]ffice)?|[Ff]oreign\s+(?:[Mm]inistry|[Oo]ffice)|"
                # ("The Navy Media Spokesman, Captain X,", "Air Force spokesman X": the forces' press officers)
                r"[Dd]efen[cs]e\s+[Mm]inistry|(?<![a-z]\s)Ministry|[Mm]ilitary|[Aa]rmy|[Nn]avy|[Aa]ir\s+[Ff]orce|[Cc]abinet)"
                r"\s+(?:[Mm]edia\s+)?[Ss]pokes(?:man|woman|person)|"
                # "Armed forces commander Air Chief Marshal Hadi Tjahjanto": the state's own forces' head
                r"(?:[Aa]rmed\s+[Ff]orces|[Mm]ilitary|[Aa]rmy|[Nn]avy)\s+(?:[Cc]ommander|[Cc]hief)|"
                r"National\s+Security\s+(?:Council\s+Secretary[- ]General|Advis[oe]r)|"
                # "Press secretary Karoline Leavitt", "the commander of the armed forces, General Williams Kaliman,"
                r"(?:White\s+House\s+)?[Pp]ress\s+[Ss]ecretary|"
                # "Inspector General of Police Japhet Koome", "Parliament Speaker Mohammed al-Halbousi"
                r"Inspector[- ]General\s+of\s+(?:the\s+)?Police|(?:[Pp]arliament(?:ary)?\s+|(?:Lower\s+|Upper\s+)?House\s+)[Ss]peaker|"
                rf"{_PARLIAMENT_CHAIRS}|"
                # "Chief Justice David Maraga", "Interior Cabinet Secretary Fred Matiang'i" (Kenya's ministers)
                r"Chief\s+Justice|"
                # "Children's rights ombudsman Pavel Astakhov", "Human rights ombudsman X": a state's own office
                r"(?:(?:[A-Z][a-z]+['’]s|[Hh]uman)\s+[Rr]ights\s+)?[Oo]mbuds(?:man|woman|person)|"
                # "Jammu and Kashmir Governor Satya Pal Malik", "Central Bank Governor X", "Ontario Premier Doug Ford"
                r"(?:[A-Z][a-z]+\s+(?:and\s+)?){0,3}(?:Governor|Gov\.|(?<=[a-z]\s)Premier)|"
                # "Rio state Governor X", "the governor of the Littoral region, X,", "The Governor of Falcón state, X,":
                # a province's governor (the labels' convention: provincial officials speak for their state)
                r"(?:[A-Z][\w'’-]+\s+){1,3}(?:state|province|region)\s+[Gg]overnor|"
                # "Antioquia governor X", "Cali mayor X", "Mayor X", "the mayor of Cali, X,": a city's or a department's
                # head, whose place the files may not know (the labels' convention: local officials speak for their state)
                r"(?!(?:Provincial|Regional|Local|State|The|A|An|Former|Deputy|Acting)\s)(?:[A-Z][\w'’-]+\s+){1,3}"
                r"(?:governor|[Mm]ayor)|(?:Lord\s+)?Mayor|"
                r"(?:[Ll]ord\s+)?[Mm]ayor\s+of\s+(?:the\s+)?(?:[A-Z][\w'’-]+\s+){0,2}[A-Z][\w'’-]+|"
                r"(?:[Pp]rovincial\s+|[Rr]egional\s+)?[Gg]overnor\s+of\s+(?:the\s+)?(?:[A-Z][\w'’-]+\s+){0,2}[A-Z][\w'’-]+"
                r"(?:\s+(?:[Ss]tate|[Pp]rovince|[Rr]egion|[Gg]overnorate|[Dd]epartment|[Cc]ounty|[Oo]blast))?|"
                r"[Cc]ommander\s+of\s+the\s+(?:[Aa]rmed\s+[Ff]orces|[Aa]rmy|[Mm]ilitary|[Nn]avy|[Aa]ir\s+[Ff]orce))")
_RANKS_BEFORE_NAME = (r"(?:(?:Lieutenant|Lt\.?|Major|Maj\.?|Brigadier|Brig\.?|General|Gen\.?|Colonel|Col\.?|Admiral|"
                      r"Adm\.?|Captain|Capt\.?|Air\s+Marshal|Field\s+Marshal|Rear|Vice)\s+)*")
_TITLE_BEFORE = re.compile(rf"(?<![\w'’])(?:{_HOME_TITLES})\s+(?:Datuk\s+Seri\s+|Datuk\s+|Dato['’]?\s+Sri\s+|Tan\s+Sri\s+)?$")
_HOME_TITLE = re.compile(_HOME_TITLES)
_PARLIAMENT_CHAIR = re.compile(_PARLIAMENT_CHAIRS)
# Capitals that seat international bodies, where other states' ministers meet (EU, NATO, OSCE, IAEA, AU).
_SEATS_OF_BODIES = {"Brussels", "Luxembourg", "Vienna", "Addis Ababa", "Strasbourg", "Geneva", "New York",
                    "New York City", "The Hague"}
_SPOKE_IN_CAPITAL = re.compile(r"\s+(?:[a-z]+\s+){0,2}?(?:said|told\s+(?:reporters|journalists|a\s+news\s+conference)|"
                               r"says)\s+in\s+(?P<place>[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)\b")
# (two officials joined: "Mineral and Petroleum Resources Minister Gwede Mantashe and Police Minister Senzo Mchunu have
# been briefed", the second after "and")
_HOME_TITLE_NAME = re.compile(rf"(?:^(?:(?:And|But)\s+)?(?:[A-Z][^,]{{0,40}},\s+)?|(?<=,\s)|(?<=,[\"”’']\s)|(?<=[a-z]\sand\s))(?P<title>{_HOME_TITLES})\s+"
                              # the office's acronym: "Public Works Cabinet Secretary (CS) James Macharia"
                              rf"(?:\([A-Z]{{2,5}}\)\s+)?"
                              # a rank after the title: "Police spokesperson Senior Assistant Commissioner X"
                              # ("Armed forces commander Air Chief Marshal X": a rank of three words)
                              rf"(?:(?:General|Gen\.|Colonel|Col\.|(?:Senior\s+|Deputy\s+)?Assistant\s+Commissioner|"
                              rf"Air\s+(?:Chief\s+|Vice\s+)?Marshal|"
                              rf"(?:Chief\s+)?Superintendent|(?:Chief\s+)?Inspector|Major|Captain|Lieutenant)\s+)?"
                              # an honorific before the name: "Attorney General Dr Ali bin Fadhul Al Buainain said"
                              # ... and Malaysia's: "Human Resources Minister Datuk Seri Richard Riot Jaem"
                              rf"(?:(?:Dr|Shaikh|Sheikh|Hon|H\.E|Prof)\.?\s+|(?:Datuk\s+Seri|Datuk|Dato['’]?\s+Sri|Dato['’]?|Tan\s+Sri)\s+)?"
                              rf"(?P<name>{_NAME})(?=(?:\s+(?:II|III|IV|Jr\.|Sr\.))?(?:\s+\([^()]{{1,30}}\))?"
                              rf"(?:\s+(?:(?:has|have|had)\s+(?:been\s+)?)?(?:[a-z]+ed|says|told|warned|said)\b|,|\s+and\s+(?={_HOME_TITLES}\s)))")
# A minister's office among the home titles, which the article gives over a party's name file (not a speaker's, a
# president's or a prime minister's, whom the labels keep the party's or the person's)
_FOREIGN_AFFAIRS_TITLE = re.compile(r"(?i)\b(?:foreign|external)\b")
_STATE_MINISTER_TITLE = re.compile(r"(?<!Prime )(?<!Chief )\bMinister\b|\bCabinet\s+Secretary\b|\bAttorney[- ]General\b")
_HOME_ROLE_COMMA_NAME = re.compile(rf"^(?:[A-Z][^,]{{0,40}},\s+)?[Tt]he\s+(?:president|prime\s+minister|government|"
                                   rf"presidency)['’]s\s+(?:acting\s+)?(?:press\s+secretary|spokes(?:man|woman|person)|"
                                   rf"chief\s+of\s+staff),\s+(?P<name>{_NAME}),")
_ITS_ROLE_NAME = re.compile(rf"^(?:Its|Their)\s+(?:[a-z-]+\s+)?(?:spokes(?:man|woman|person)|leader|chief|head|"
                            rf"chairman|chairwoman|chairperson|president|commander|secretary-general)\s+(?P<name>{_NAME})"
                            rf"(?=\s+(?:[a-z]+ed|said|says|told|warned)\b|,)")
# ... "Its spokesperson, Gan Yu, said": the name in commas (not "Their": whose they are is less sure)
# ("Its general secretary, Rana Dasgupta, said": the body's officers too)
_ITS_ROLE_COMMA_NAME = re.compile(rf"^Its\s+(?:[a-z-]+\s+){{0,2}}(?:spokes(?:man|woman|person)|secretary|secretary-general|president|"
                                  rf"chairman|chairwoman|chairperson|leader|head|director|officer|organi[sz]er|representative|coordinator|"
                                  rf"envoy),\s+(?P<name>{_NAME}),\s+[a-z]")
# "The commander of the armed forces, General Williams Kaliman, said": the title first, then the name.
# State agencies' honorifics before a named official: "Her Excellency Ms. Dagmawit Moges", "H.E. Mr X", "Dr. X"
_AGENCY_HONORIFIC = (r"(?:(?:(?:His|Her)\s+Excellency|H\.\s?E\.?|the\s+Honou?rable)\s+)?"
                     r"(?:(?:Dr|Mr|Ms|Mrs|Prof|Hon|Eng)\.?\s+)?")
# ... and agency copy drops the article when the title opens the sentence: "Minister of Transport, Her Excellency
# Ms. Dagmawit Moges, disclosed today"
_THE_HOME_TITLE_COMMA_NAME = re.compile(rf"(?:^(?:[A-Z][^,]{{0,40}},\s+)?(?:[Tt]he\s+)?|(?<=,\s)[Tt]he\s+)"
                                        # ("The new justice minister, Emilie Enger Mehl, said", "The acting foreign minister, X,")
                                        # (one official's two offices: "The Attorney-General and Minister for Justice, Dr X,")
                                        rf"(?:(?:new|acting|interim|chief)\s+)?(?P<title>(?:(?:{_HOME_TITLES})\s+and\s+(?:the\s+)?)?"
                                        # ("The Director of Public Prosecutions (DPP), Mr. X,": the office's acronym)
                                        rf"(?:{_HOME_TITLES}))(?:\s+\([A-Z]{{2,6}}\))?,\s+"
                                        rf"{_RANKS_BEFORE_NAME}{_AGENCY_HONORIFIC}(?P<name>{_NAME}),")
# "Jan Hamacek, the interior minister, said", "Jane Doe, the acting foreign minister who ...": a national
# office after the name, with no state; the article's own state, as for "Interior Minister Jan Hamacek".
# "Minister of State for Media Affairs and Government Spokesperson, Dr. Mohammad Momani, said": a
# state news agency's own official, a capitalised office opening the sentence, then the name.
_OPENING_OFFICE_COMMA_NAME = re.compile(rf"^(?P<title>(?:Minister|Government|Presidential|Cabinet)\b[A-Za-z ]{{0,70}}?"
                                        rf"(?:Minister|Spokes(?:man|woman|person)|Affairs)),\s+(?:Dr\.?\s+)?"
                                        rf"(?P<name>{_NAME}),\s+(?:[a-z]+ed|said|says|told)\b")
# A state agency's long title before an unknown name, with no comma: "Chairman of the State Committee for Work with
# Religious Associations Mubariz Gurbanli said", "Assistant to the President of the Republic of Azerbaijan for public
# and political issues Ali Hasanov told" (the name: the last two capitalised words before the verb)
_LONG_TITLE_NAME = re.compile(r"^(?:(?:First|Deputy|Vice|Acting|Executive)\s+)*(?P<title>(?:Chairman|Chairwoman|Chairperson|"
                              r"Assistant|Adviser|Advisor|Head|Director|Commissioner|Minister|Secretary|Speaker|"
                              r"Prosecutor[- ]General|Ombudsman|Governor|Spokes(?:man|woman|person)|Representative)\s+"
                              r"(?:of|to|for|on)\s+[^.;:\"“”,]{3,160})\s+(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?"
                              r"(?P<name>[A-ZÀ-ÖØ-Þ][\w'’-]+\s+[A-ZÀ-ÖØ-Þ][\w'’-]+)\s+(?:also\s+)?(?P<verb>[a-z]+)\b")
# the words of a title that make its holder a state's official when it names no state ("the State Committee", "the
# Milli Majlis", "the President")
_STATE_TITLE_WORDS = re.compile(r"\b(?:State|President|Presidential|Prime\s+Minister|Ministry|Cabinet|Government|Republic|"
                                r"Parliament|National\s+Assembly|Majlis|Mejlis|Senate|Duma|Sejm|Rada|Knesset)\b")
_NAME_COMMA_HOME_TITLE = re.compile(rf"(?:^|(?<=,\s)){_RANKS_BEFORE_NAME}(?P<name>{_NAME}),\s+the\s+(?:acting\s+|interim\s+)?"
                                    rf"(?P<title>{_HOME_TITLES})(?=,|\s+who\b|\s+and\b)")
# "Daniel Bwala, a spokesman for the president, told reporters", "a spokesman for the interim government,": the
# home government's spokesman.
_NAME_COMMA_SPOKESPERSON_FOR = re.compile(rf"(?:^|(?<=,\s))(?P<name>{_NAME}),\s+an?\s+(?P<title>spokes(?:man|woman|person)"
                                          rf"\s+for\s+the\s+(?:(?:interim|transitional|caretaker|military|new)\s+)?"
                                          rf"(?:president|presidency|prime\s+minister|government))(?=,)")
# "Claudio Avruj, the national government's Secretary of Human Rights,": an office the article gives its own
# government, with no state word
_NAME_COMMA_GOVERNMENTS_TITLE = re.compile(rf"(?:^|(?<=,\s)|(?<=\bare\s)|(?<=\bis\s))(?P<name>{_NAME}),\s+the\s+"
                                           rf"(?P<title>(?:national\s+|federal\s+|central\s+)?government['’]s\s+"
                                           rf"(?:[\w-]+\s+){{0,5}}?[\w-]+)(?=,|\s+and\b)")
_FORMER_TITLE_NAME = re.compile(rf"\b(?:[Ff]ormer|[Ee]x-)\s+(?:[a-z]+\s+){{0,2}}?(?:president|prime\s+minister|minister|"
                                rf"leader|President|Prime\s+Minister|(?:security\s+)?advis[eo]r|ambassador|"
                                rf"[Ss]ecretary\s+of\s+[Ss]tate)\s+(?P<name>{_NAME})")
_NON_STATE_MODIFIERS = set(vocabulary.NON_STATE_MODIFIERS)
# "former Kenyan", and "the former head of Congo's": a role held no longer, with its state after it
_FORMER_BEFORE = re.compile(r"(?i)\b(?:former|ex-?|late|retired)\s*(?:(?:head|chief|leader|chairman|president|director|"
                            r"secretary|minister|commander)\s+of\s+(?:the\s+)?)?$")
# How far before a mention its apposition's name may start: a name and four words fit in it many times
# over, and searching only there keeps the search from rereading the whole sentence for every mention.
_APPOSITION_REACH = 200
_NON_STATE_ROLE = re.compile(r"(?i)\b(?:" + "|".join(vocabulary.NON_STATE_MODIFIERS) + r")\b")
_NON_STATE_ROLE_AFTER = re.compile(r"(?i)(?:['’]s)?\s+(?:[\w-]+\s+){0,3}?(?:"
                                   + "|".join(vocabulary.NON_STATE_MODIFIERS) + r")\b")
_SENT_TO_BEFORE = re.compile(r"(?i)\b(?:(?:envoys?|ambassadors?|high\s+commissioners?|representatives?|coordinators?|mission|delegation)"
                             r"\s+(?:to|for|in)|director(?:[- ]general)?\s+for)\s+(?:the\s+)?$")
_TITLE_NAME_OF = re.compile(rf"\b{_TITLES}\s+(?P<name>{_NAME})\s+of\s+(?:the\s+)?")
# "the appointment of Mr Christian Ntsay as Prime Minister of the Republic of Madagascar"
_NAME_AS_TITLE_OF = re.compile(rf"(?P<name>{_NAME})\s+as\s+(?:the\s+)?(?:new\s+)?{_TITLES}\s+of\s+(?:the\s+)?")
_POSSESSIVE_ROLE = re.compile(rf"['’]s\s+{_ROLE_WORDS_LOW}\s*")
# "Deputy Foreign Minister of Mongolia Jane Doe", "Spokesperson of the Ministry of Foreign Affairs of
# Mongolia Jane Doe": a title whose last "of" names the state, then the name (agency copy's order).
_TITLE_OF_BEFORE = re.compile(rf"\b(?:{_TITLES}|(?i:{_ROLE_WORDS_LOW}))(?:\s+of\s+(?:the\s+)?[A-Z][\w ]{{2,40}}?)?"
                              rf"\s+of\s+(?:the\s+)?$")
_NAME_AFTER_STATE = re.compile(rf"\s+(?P<name>{_NAME})")
# ... or whose last "of" names an organisation, maybe with its acronym, then honorifics and the name, then a verb or a
# comma: "Secretary General of the Gulf Cooperation Council (GCC) Dr. Abdullatif Al-Zayani condemned"
_NAME_AFTER_BODY = re.compile(rf"(?:\s+\([A-Z]{{2,8}}\))?\s+(?:(?:Dr|Mr|Mrs|Ms|Prof|Sheikh|H\.\s?E)\.?\s+)*"
                              rf"(?P<name>{_NAME})(?=\s*,|\s+[a-z])")
_NAMED_BODY_KINDS = {"organisation", "party", "group", "armed group", "company", "institution"}
# Ranks before a name after a comma: "..., Lieutenant General Ahmed Gaid Salah,".
_ROLE_COMMA_NAME = re.compile(rf",\s+{_RANKS_BEFORE_NAME}(?P<name>{_NAME})(?=,|\s+(?:said|told|added|says|urged|warned|called))")


# The trades of independent people (the guide: analysts, scholars, refugees, residents are actors under
# their own name), and any office held no longer ("a former Israeli diplomat").
_INDEPENDENT_TRADES = (r"(?:analyst|political\s+scientist|scientist|scholar|researcher|professor|academic|lecturer|"
                       r"historian|economist|commentator|columnist|strategist|specialist|expert|fellow|author|writer|"
                       r"activist|campaigner|resident|refugee|teacher|student|blogger|"
                       r"(?:former|retired)\s+(?:[\w-]+\s+){0,3}?(?:diplomat|official|ambassador|minister|general|officer|"
                       r"adviser|advisor|negotiator|envoy|president|prime\s+minister|judge|lawmaker|senator|mp|lawyer|"
                       r"brigadier|colonel|commander|director|chief|head|spokes(?:man|woman|person)|commissioner))")
# "professor of public law at ...", "director of the Caracas consultancy ...": a trade with no article
_TRADE_OF = r"(?:professor|director|(?:senior\s+)?fellow|researcher|lecturer)\s+(?:of|at)\b"
# "who teaches politics at ...", "who served on Israel's National Security Council and now lectures ..."
_WHO_TRADE = r"who\s+(?:[^,;]{0,60}?\s)?(?:teaches|lectures|researches|studies|writes|served|commanded)\b"
_NAME_RETD = rf"(?:{_NAME}\s+\(retd\.?\)\s+)?{_NAME}"
_INDEPENDENT_PERSON = re.compile(
    # "Jane Doe, a Bishkek political analyst, said", "Jane Doe, who teaches politics at ..., said"
    rf"(?P<name>{_NAME}),\s+(?:(?:a|an)\s+(?P<desc>(?:[^,;.]{{0,80}}?\s)?{_INDEPENDENT_TRADES}\b[^,;]{{0,100}}?)|"
    rf"(?P<desc3>{_TRADE_OF}[^,;]{{0,100}}?)|{_WHO_TRADE}[^,;]{{0,100}}?),\s+"
    rf"(?:[a-z]+\s+){{0,2}}?(?:said|says|told|tells|added|wrote|argued|warned|noted|believes|thinks|explained|"
    rf"has\s+been\s+(?:speaking|giving))\b"
    # "..., said Jane Doe, an analyst at ...", "We have been speaking to Commodore (retd) John Roe, a former ..."
    rf"|\b(?:said|says|added|wrote|argued|warned|noted|speaking\s+to)\s+(?P<name2>{_NAME_RETD}),\s+(?:(?:a|an)\s+"
    rf"(?P<desc2>(?:[^,;.]{{0,80}}?\s)?{_INDEPENDENT_TRADES}\b)|(?P<desc4>{_TRADE_OF})|{_WHO_TRADE})"
    # "..., said North Korean expert Cai Jian of Fudan University"
    rf"|\b(?:said|says|according\s+to)\s+(?:[A-Za-z-]+\s+){{0,3}}?(?:expert|analyst|researcher|scholar|economist|"
    rf"commentator|historian|academic|political\s+scientist)\s+(?P<name3>{_NAME})")
_CLAUSE_END = re.compile(r"[,;]|\.(?:\s|$)|$")
# An interview's guests as its host introduces them ("With me in the studio is Jane Doe, professor of ...", "on the
# line from Mazara is John Roe, who heads a cooperative"): people who will speak under their surname's label
_GUEST_INTRO = re.compile(rf"(?i:\bwith\s+me\s+(?:[a-z]+\s+){{0,4}}?(?:is|are)|\bjoining\s+(?:me|us)\s+(?:now\s+|today\s+)?(?:is|are)|\bjoined\s+by|\b(?:on\s+the\s+line|in\s+the\s+studio)"
                          rf"(?:\s+from\s+[A-Z][\w-]+)?\s+is|\bour\s+guests?\s+(?:today\s+)?(?:is|are))\s+"
                          rf"(?P<name>{_NAME}),\s+(?P<desc>[^,;.]{{0,120}})")
_ROLE_WORDS = {w for w in vocabulary.ROLES if " " not in w} | {"leader", "chief", "founder", "lawmaker", "mp"}
# A person's title heading a body's name ("The Chair of the Permanent Council"), which is not the body's own name
_PERSON_TITLES = {"chair", "chairman", "chairwoman", "chairperson", "president", "head", "secretary", "director",
                  "speaker", "chief", "minister"}
# A description of someone who speaks for a body: no independent person.
_SPEAKS_FOR = re.compile(r"(?i)\b(?:spokes(?:man|woman|person)|official|officials|representative|envoy|ambassador|"
                         r"minister|adviser\s+to|advisor\s+to|aide|negotiator|delegate|member\s+of)\b")


def _clean_name(name: str) -> str | None:
    words = name.split()
    titled = [n for n, w in enumerate(words) if w in _NOT_NAMES]
    if titled and titled[-1] < len(words) - 1 and words[titled[-1]] not in {"Mr", "Ms", "Mrs", "Dr"}:
        words = words[titled[-1] + 1:]  # "Nigerian President Bola Tinubu": the name after the title
    while words and words[0] in _NOT_NAMES:
        words = words[1:]
    while words and words[-1] in _NOT_NAMES:
        words = words[:-1]
    if not words or any(w in _NOT_NAMES for w in words):
        return None
    return " ".join(words)


# "the Kenya Red Cross Society", "the Ukrainian Red Cross": a national society, not the ICRC.
_NATIONAL_SOCIETY = re.compile(r"(?P<society>(?:(?!The\b|International\b)[A-Z][\w'’-]+\s+){1,3}Red\s+Cross(?:\s+Society)?)")


# The Koreas' halves, as their coverage names them once the article has named one: "the North's Foreign
# Ministry", "the South".
_KOREAS = ("North Korea", "South Korea")
_HALF_RE = re.compile(r"\bthe (?P<half>North|South)(?![\w-])(?!\s+(?:Korean?|Sudan|Pole|Caucasus|Africa|China|Sea)\b)")


def _halves(text: str, found: list[Mention]) -> list[Mention]:
    """Mentions of "the North" and "the South" added, where no other mention covers them."""
    extra = []
    for hit in _HALF_RE.finditer(text):
        start, end = hit.start("half"), hit.end("half")
        if not any(m.start < end and start < m.end for m in found):
            extra.append(Mention(start, end, hit.group("half"), _KOREAS[hit.group("half") == "South"], "country"))
    return sorted([*found, *extra], key=lambda m: m.start) if extra else found


def _national_societies(text: str, found: list[Mention]) -> list[Mention]:
    """A national Red Cross society is its own organisation: its mention replaces the ICRC's
    (and the state's, "Kenya" in "Kenya Red Cross")."""
    out = list(found)
    for m in found:
        if m.text != "Red Cross":
            continue
        hit = _NATIONAL_SOCIETY.search(text, max(0, m.start - 60), m.end + 8)
        if hit is None or hit.end() < m.end:
            continue
        society = hit.group("society")
        out = [o for o in out if not (hit.start() <= o.start and o.end <= hit.end())]
        out.append(Mention(hit.start(), hit.end(), society, society, "organisation"))
    return sorted(out, key=lambda o: o.start)


# A state's own security council: "Russia's Security Council", "Algeria's High Security Council", "the
# National Security Council" (not the UN's, as "Security Council" alone is).
_OWN_COUNCIL_BEFORE = re.compile(r"(?:['’]s\s+(?:(?:High|Supreme|National|Federal|Collective)\s+)?"
                                 r"|\b(?:High|Supreme|National|Federal|Collective)\s+)$")


def _national_security_councils(text: str, found: list[Mention]) -> list[Mention]:
    """Drop the UN's mention from a council that is someone's own ("Russia's Security Council", "the
    National Security Council"): the owner's possessive, where there is one, speaks for it instead."""
    out = []
    for m in found:
        if m.text == "Security Council" and m.actor == "United Nations":
            before = _OWN_COUNCIL_BEFORE.search(text, max(0, m.start - 30), m.start)
            if before is not None:
                continue  # someone's own council ("Russia's", "the alliance's"): its owner's, never the UN's
        out.append(m)
    return out


_POSSESSIVE_S = re.compile(r"['’]s\s+")


def _other_states_bodies(text: str, found: list[Mention], states: frozenset[str] | set[str]) -> list[Mention]:
    """A state body the name files give one state, named as another state's ("Belarus's Investigative
    Committee"): the owner's body, not the files' state's."""
    out = list(found)
    for i in range(1, len(out)):
        owner, body = out[i - 1], out[i]
        if body.kind == "body" and body.actor in states and owner.kind == "country" and owner.actor in states \
                and owner.actor != body.actor and _POSSESSIVE_S.fullmatch(text, owner.end, body.start):
            out[i] = replace(body, actor=owner.actor)
    return out


def _bodies_of_today(text: str, found: list[Mention]) -> list[Mention]:
    """Mentions without the bodies the text names as past ones ("the Soviet-era KGB", "the former
    Securitate"): no state's voice today."""
    return [m for m in found if m.kind != "body" or not _PAST_BODY_BEFORE.search(text, max(0, m.start - 20), m.start)]


_PAST_BODY_BEFORE = re.compile(r"(?i)\b(?:Soviet(?:-era)?|former|defunct|disbanded)\s+$")


def _owns_a_named_group(text: str, state: Mention, mentions: list[Mention]) -> bool:
    """Does the state's possessive name an actor of its own ("Lebanon's Hezbollah", "Yemen's Houthi
    movement")? Then a role before it is that actor's."""
    possessive = _POSSESSIVE_S.match(text, state.end)
    return possessive is not None and any(
        o.start == possessive.end() and o.kind not in _STATE_KINDS and o.actor != NOT_AN_ACTOR for o in mentions)


# The head nouns of a party's, movement's or alliance's name ("Orange Democratic Movement", "Zionist
# Union", "Confederation of Indigenous Nationalities of Ecuador"); not the state's own bodies
# (council, court, commission) nor its armed forces.
_GROUP_HEAD_WORDS = ["Party", "Movement", "Front", "Alliance", "Coalition", "Confederation", "Association",
                     "Federation", "League", "Congress", "Union"]
_GROUP_HEADS = "(?:" + "|".join(_GROUP_HEAD_WORDS) + ")"
_GROUP_WORD = r"[A-Z][\w'’.-]*[\w'’]"
_GROUP_NAME = re.compile(
    # "Confederation of Indigenous Nationalities of Ecuador", "Movement for Democratic Change" (named
    # after their head, tried first so that "The Confederation of ..." is not cut at its head) ...
    rf"(?<![\w'’-])(?P<name>(?:{_GROUP_WORD}\s+){{0,3}}{_GROUP_HEADS}\s+(?:of|for)\s+(?:the\s+)?{_GROUP_WORD}"
    rf"(?:\s+(?:(?:of|for|and|the)\s+){{0,2}}{_GROUP_WORD}){{0,4}}"
    # ... or before it ("Jubilee Party", "National Super Alliance")
    rf"|(?:{_GROUP_WORD}\s+){{1,4}}{_GROUP_HEADS})"
    r"(?![\w'’-])(?:\s+\((?P<acronym>[A-Z][A-Z0-9-]{1,11})\))?"
    r"(?:\s+and\s+(?P<second>[A-Z]{3,12})(?![\w'’-]))?"  # "The Baltic Shipping Federation and INTERTANKO said"
)
# An acronym the article names as a party or group ("the opposition VMRO-DPMNE", "the youth
# association RAJ (Rally for Youth Action)")
_GROUP_ACRONYM = re.compile(
    r"\b(?:opposition|ruling|governing|nationalist|separatist|rebel|party|movement|alliance|association|coalition"
    r"|front|union)\s+(?P<name>[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)*[A-Z0-9])(?![\w'’-])"
    r"(?:\s+\((?P<long>[A-Z][\w'’ -]{3,80}?)\))?"
)
# A name the article itself calls a party or a movement: "Pheu Thai, the party that led the government,".
_GROUP_APPOSITION = re.compile(
    rf"(?<![\w'’-])(?P<name>(?:{_GROUP_WORD}\s+){{0,3}}{_GROUP_WORD}),\s+(?:the|a|an)\s+(?:[\w-]+\s+){{0,3}}?"
    r"(?:party|movement|alliance|coalition)\s+(?:that|which|of|led|founded|headed|behind)\b")
# Capitalised words that open a sentence or a title, not a group's name ("On Monday the Jubilee Party")
_NOT_GROUP_WORDS = _NOT_NAMES - {"National", "United", "Union", "Nations", "Republic", "Assembly", "Council", "State",
                                 "Army", "Government", "Affairs", "Defence", "Defense"}


def _past_opening_words(words: list[str]) -> list[str]:
    """A group name's words past those that open a sentence or a title ("The", "President")."""
    while words and (words[0] in _NOT_GROUP_WORDS or _SPONSORED.fullmatch(words[0])):
        words = words[1:]
    return words


# "U.S.-appointed", "Iran-backed": who stands behind a body, no word of its name
_SPONSORED = re.compile(r"[\w.]+-(?:led|backed|appointed|sponsored|allied|aligned|run|installed|supported|funded)")


_NAME_POSSESSIVES = {"People's", "People’s"}


def _named_groups(text: str) -> list[tuple[str, str | None]]:
    """The (name, acronym) of every party, movement or alliance the text names in full, the words that
    open the sentence or a title stripped ("In Nairobi, the Jubilee Party" -> "Jubilee Party")."""
    out: list[tuple[str, str | None]] = []
    for hit in _GROUP_NAME.finditer(text):
        words = hit.group("name").split()
        # "Morgan Tsvangirai's Movement for ...": the movement's name; but "People's" is a word of the name
        # ("Sudan People's Liberation Movement", "Tigray People's Liberation Front")
        owner = max((i for i, w in enumerate(words) if w.endswith(("'s", "’s")) and w not in _NAME_POSSESSIVES),
                    default=-1)
        words = _past_opening_words(words[owner + 1:])
        heads = [i for i, w in enumerate(words) if re.fullmatch(_GROUP_HEADS, w)]
        head = heads[0] if heads else None
        last = heads[-1] if heads else 0  # "Nationalist Movement Party": the words before its last head name it
        if head is None or (head == 0 and len(words) == 1) \
                or last == len(words) - 1 and last > 0 and all(w in _GENERIC_GROUP_WORDS for w in words[:last]):
            # "the opposition National Party", "the Communist Party": whose, the name does not say (but "United
            # Front for Democracy Against Dictatorship" is one front)
            continue
        out.append((" ".join(words), hit.group("acronym")))
        if hit.group("second"):
            out.append((hit.group("second"), None))
    for hit in _GROUP_APPOSITION.finditer(text):
        words = _past_opening_words(hit.group("name").split())
        if words and not all(w in _GENERIC_GROUP_WORDS for w in words):
            out.append((" ".join(words), None))
    for hit in _GROUP_ACRONYM.finditer(text):
        if len(hit.group("name")) >= 3 and hit.group("name") not in _NOT_GROUP_ACRONYMS:
            out.append((hit.group("long") or hit.group("name"), hit.group("name") if hit.group("long") else None))
    return out


_ACRONYM = re.compile(r"[A-Z][A-Z0-9]{1,7}")
_BRACKETED_ACRONYM = re.compile(r"\s*\((?P<acronym>[A-Z][A-Z0-9-]{1,11})\)")
# (a state's or a person's bracket is no acronym of theirs: "Russian Federation (RF)", "Jane Doe (DPP)")
_NOT_ACRONYM_OWNERS = {"person", "officeholder", "country", "capital", "demonym", "role", "media"}
_POSSESSIVE_BEFORE = re.compile(r"['’]s?\s$")
# Head words of a state's own bodies, named in full with an acronym (not an army's or a party's)
_STATE_BODY_HEADS = {"commission", "council", "court", "committee", "authority", "agency", "office", "tribunal", "board",
                     "directorate", "ministry"}
# Words that many states' parties share: a name made only of them before its head names no one party
_GENERIC_GROUP_WORDS = {
    "National", "Communist", "Democratic", "Republican", "Socialist", "Conservative", "Liberal", "Labour", "Labor",
    "Green", "Greens", "People's", "Peoples'", "Peoples", "Popular", "Progressive", "Social", "Christian", "Islamic",
    "Patriotic", "Revolutionary", "Workers'", "Workers", "United", "Unity", "Independent", "New", "Free",
    "Nationalist", "Radical", "Reform", "Justice", "Development", "Freedom", "Left", "Right", "Centre", "Center",
    "Opposition", "Ruling", "Main",
}
# Capitals after a group word that name no group ("the opposition MPs", "the ruling AKP" is known anyway)
_NOT_GROUP_ACRONYMS = {"MPS", "MP", "TV", "US", "UK", "EU", "UN", "AFP", "AP", "BBC", "CNN"}


# A lower-case word that is no name particle: "High Commissioner for Human Rights", "UN aid chief".
_TITLE_WORD = re.compile(r"(?:^|\s)(?!(?:" + "|".join(_NAME_PARTICLES) + r")\b)[a-z]+(?=\s|$)")


# The role patterns the learning scans try at every mention, compiled once.
_ROLE_AFTER = re.compile(rf"(?:['’]s)?\s*{_ROLE_WORDS_LOW}\b|\s*$")
_ROLE_OF_BEFORE = re.compile(rf"\b{_ROLE_WORDS_LOW}\s+(?:to|for|of)\s+(?:the\s+)?(?:[\w'’-]+\s+)?$")
_ROLE_WORD_ANY_CASE = re.compile(r"(?i)" + _ROLE_WORDS_LOW + r"\b")
_ROLE_WORD_BOUNDED = re.compile(rf"(?i)\b(?:{_ROLE_WORDS_LOW})\b")
_ROLE_THEN_NAME = re.compile(rf"(?:the\s+)?(?:{_HOME_TITLES}|{_TITLES}|(?:[A-Z][a-z]+\s+)?(?:[a-z-]+\s+){{0,3}}?(?:{_ROLE_WORDS_LOW}))"
                             rf"\s+(?P<name>{_NAME})")
_ROLE_THEN_FULL_NAME = re.compile(rf"(?:['’]s)?\s*(?i:{_ROLE_WORDS_LOW})\s+[A-Z][\w'’-]+\s+[A-Z][\w'’-]+")


@dataclass
class ArticleContext:
    """What the sentences of one article read so far tell about its speakers."""

    registry: ActorRegistry
    date: str | None = None
    defer_home: bool = False  # give PENDING_HOME to a home body read before anything named the state (see Attributor)
    last: Candidate | None = None
    body_started: bool = False  # a sentence of the article's prose has been read
    section: "tuple[str | None] | None" = None  # under a heading that names a state: the dateline before it
    people: dict[str, tuple[str, str]] = field(default_factory=dict)  # name or surname -> (actor, full name)
    chairs: set[str] = field(default_factory=set)  # people the article gave a body's chair: that wins over any name file
    bodies: dict[str, str] = field(default_factory=dict)  # "ministry" -> the actor last tied to it
    headline: list[str] = field(default_factory=list)  # actors the headline and standfirst name
    blocs: list[str] = field(default_factory=list)  # regional blocs, in the order last named
    blocs_before: list[str] = field(default_factory=list)  # those named before the sentence being read
    named: set[str] = field(default_factory=set)  # actors the article named by more than a short name
    states: dict[str, int] = field(default_factory=dict)  # actor -> how often the article named it as a state
    latest_states: list[str] = field(default_factory=list)  # the states named, the most recently named last
    states_before: dict[str, int] = field(default_factory=dict)  # the same, before the sentence being read
    bodies_before: dict[str, str] = field(default_factory=dict)  # the bodies' ties before the sentence being read
    author: "Author | None" = None
    transcript: "Turn | None" = None  # the press-conference turn the article is in
    house: str | None = None  # whose spokesperson a bare "Spokesperson:" label is, once read
    # the last speaker a label named who answers, not asks: whose "Answer:" follows a journalist's question
    answerer: "Candidate | None" = None
    # The spokesperson a briefing transcript announces ("The following is a near-verbatim transcript of
    # today's noon briefing by ..., Spokesman for the Secretary-General."): the voice of every
    # paragraph that names no speaker of its own, until a label gives the floor to someone.
    narrator: "Candidate | None" = None
    site_voice: "Candidate | None" = None  # a government's own page: its text with no speaker of its own
    # The actors of the last sentence that named two or more: whom "the two ministers" or "the four
    # countries" are (its speakers if it had several, else the states and people it named).
    group: list["Candidate"] = field(default_factory=list)
    # people a UN meetings readout named in capitals, by lower-cased full name and surname
    caps_people: dict[str, tuple[str, str]] = field(default_factory=dict)
    group_spoke: bool = False  # the group were the speakers of a joint statement, not merely named
    # The two sides of the last call or meeting the article reported ("Putin had a telephone
    # conversation with Macron"): whom a readout's "the two leaders" and "both sides" mean.
    parties: list["Candidate"] = field(default_factory=list)
    letterhead: str | None = None  # the state a ministry's letterhead names, before its "Press Statement" line
    # The state whose own site the page is ("HELLENIC REPUBLIC | Ministry of Foreign Affairs", "Royal Norwegian
    # Embassy in Moscow"): its "the Ministry", "the Government" are that state's, in every article of the page
    site_owner: str | None = None
    # the site's spokespeople its heading names ("Jalina Porter, Principal Deputy Spokesperson"), carried to the
    # page's later articles as the site owner is: their labels ("MS PORTER:") are the site's state's
    site_people: dict[str, str] = field(default_factory=dict)
    masthead_lines: int = 0  # heading lines read before the first prose (a site's masthead is among the first)
    masthead_state: str | None = None  # a state named alone in the masthead ("Republic of the Philippines")
    # the masthead named an institution with no state, the state's name on a later line ("OFFICE OF THE PRIME
    # MINISTER" / "Independent State of Papua New Guinea")
    masthead_institution: bool = False
    numbered_release: bool = False  # the article opened with a numbered release's heading ("No: 152, 23 May 2017, ...")
    spoken: dict[str, int] = field(default_factory=dict)  # statements per actor before any transcript turn
    dateline: str | None = None  # the state of the dateline's place
    # the state of a dateline's city that is no capital ("UTRECHT –"): the home while the article names no other state
    # or once it names that one too (a city's name is less sure than a capital's: "ST. JOHN'S" is Antigua's too)
    city_dateline: str | None = None
    # the state whose capital names the outlet ("Dhaka Tribune", "Asunción Hoy"): a national paper's own, whose
    # officials it names by title alone
    outlet_state: str | None = None
    label_cut: int = 0  # length of the speaker label opening the sentence just read (not part of the statement)
    home_votes: dict[str, int] = field(default_factory=dict)  # states whose known officials it names without a state
    # Parties, movements and alliances the name files lack, named in full by the article ("the Jubilee
    # Party", "the Confederation of Indigenous Nationalities of Ecuador (CONAIE)"): name -> actor
    groups: dict[str, str] = field(default_factory=dict)
    group_acronyms: dict[str, str] = field(default_factory=dict)  # a group's name -> the acronym it gave
    group_uses: dict[str, int] = field(default_factory=dict)  # how often each name and acronym was used
    _groups_matcher: "_Matcher | None" = None
    _people_matcher: "_Matcher | None" = None
    _people_dirty: bool = False
    _shared: set[str] = field(default_factory=set)  # short names two people of the article share
    # The person the sentence just read opened with, when it stated no position ("The
    # Secretary-General spoke to reporters."): whom the next "He said" means.
    subject: "Candidate | None" = None
    # the body or state the sentence before opened with when it had no speaker: who "it" and "its"
    # mean next ("The African Union's Peace and Security Council met on Friday. Its communiqué condemned")
    thing: "Candidate | None" = None
    # the state the sentence before opened with as its subject, spoken or not ("Somalia went further."):
    # whose an official named next by a title with no state is ("State Minister of Foreign Affairs X said")
    topic: str | None = None
    # the actor of the person the article last named with each head-of-office title ("President Yoon Suk
    # Yeol" ... "the president accused"): whom "the president" means, when no body word resolves it
    titled: dict[str, str] = field(default_factory=dict)
    hosts: frozenset[str] = frozenset()  # an interview's host labels: the outlet asking, no speaker
    # an interview's role labels, by the bracket that first gave them ("MAURICIO ALVARENGA (GUEST):", then
    # "GUEST:"): role -> the speaker
    roles: dict[str, "Candidate"] = field(default_factory=dict)

    # -- mentions ---------------------------------------------------------------------------
    def mentions(self, text: str) -> list[Mention]:
        """The registry's mentions plus the people this article introduced; the article's own
        word on a person wins over the office-holder table."""
        found = self.registry.mentions(text, self.date)
        if _CAPS_RUN.search(text):
            found = self._capitalised_states(text, found)
        if any(m.kind == "officeholder" and " " not in m.text for m in found):
            found = [m for m in found if not self._unplaced_surname(m, found)]
        if " affairs" in text.lower() or "Commonwealth Office" in text:
            # "Turkey's minister for EU affairs", "the Commissioner for African Union Affairs": a portfolio
            found = [m for m in found if not (_PORTFOLIO_BEFORE.search(text, max(0, m.start - 30), m.start)
                                              and _PORTFOLIO_AFTER.match(text, m.end))]
        if any(m.kind in _PLACE_KINDS for m in found):
            # "APC spokesman Sidi Yahya Tunis said": a capital ending a person's name is no place; "the Moscow
            # Helsinki Group", "the Paris Club", "the Oslo Accords": a place naming a group or a text, not its state
            found = [m for m in found if m.kind not in _PLACE_KINDS or not (
                m.kind == "capital" and (_ends_a_name(text, m.start) or _opens_a_name(text, m))
                or _NAME_HEAD_AFTER_PLACE.match(text, m.end))]
        if " presidency" in text:
            # "The European Union's Slovenian presidency urged": the Union speaking through its rotating chair
            found = [replace(m, actor=found[i - 1].actor) if i and m.kind == "role" and m.text.endswith(" presidency")
                     and found[i - 1].actor in BLOCS and re.fullmatch(r"['’]s\s+", text[found[i - 1].end:m.start])
                     else m for i, m in enumerate(found)]
        if any(m.text == "Red Cross" for m in found):
            found = _national_societies(text, found)
        if any(m.text == "Security Council" for m in found):
            found = _national_security_councils(text, found)
        if any(m.text in _SHORT_NAMES for m in found):
            found = [self._settle_short_name(m, found) for m in found]
        if self.registry.national_bodies:
            found = self._national_bodies(text, found)
        if any(m.kind == "body" for m in found):
            found = _bodies_of_today(text, _other_states_bodies(text, found, self.registry.states))
        if ("the North" in text or "the South" in text) and any(k in self.named for k in _KOREAS):
            found = _halves(text, found)
        if self.caps_people:
            found = self._capitalised_people(text, found)
        if self._groups_matcher is not None:
            found = self._group_mentions(text, found)
        if self._people_dirty:
            self._people_matcher = _Matcher(list(self.people)) if self.people else None
            self._people_dirty = False
        if self._people_matcher is None:
            return found
        learned: list[Mention] = []
        last_end = 0
        for start, end in self._people_matcher.whole_words(text):
            if start < last_end:
                continue
            name = text[start:end]
            if name in _MONTH_SURNAMES and (_MONTH_BEFORE.search(text, max(0, start - 12), start)
                                            or re.match(r"\s*\d", text[end:end + 3])):
                continue  # "in May 2018", "since May": the month, not Theresa May
            if " " not in name and _inside_other_name(text, start, end):
                continue  # "Islam" of Nahid Islam inside "Mirza Fakhrul Islam Alamgir"
            learned.append(Mention(start, end, name, self.people[name][0], "person"))
            last_end = end
        if not learned:
            return found
        # the article's word wins over the table's and the name files', for an office holder, a former
        # one and a person of the files alike ("Prime Minister Charles Michel" in 2016 ... "Michel said":
        # Belgium's, though the files know Michel as the EU's)
        # (and over a body's alias inside the person's name: "Therese Kayikwamba Wagner" ... "Kayikwamba
        # Wagner said", "Wagner told the council" is the minister, not the Wagner Group)
        keep = [m for m in found if not any(p.start < m.end and m.start < p.end for p in learned)
                or m.kind not in {"officeholder", "person"} and not any(p.start <= m.start and m.end <= p.end
                                                                        for p in learned)]
        keep += [p for p in learned if not any(m.start < p.end and p.start < m.end for m in keep)]
        return sorted(keep, key=lambda m: m.start)

    def _national_bodies(self, text: str, found: list[Mention]) -> list[Mention]:
        """``found`` with a body's bare name read as the state's own where the files name one by that state
        ("the opposition Democratic Party" after "Italy's", or in an article on Italy: "Democratic Party (Italy)",
        not the Korean party the bare name means elsewhere): the state the sentence names first, else the home."""
        spans = self.registry.national_body_matcher.whole_words(text)
        if not spans:
            return found
        named = [m.actor for m in found if m.kind in {"country", "demonym"} and m.actor != NOT_AN_ACTOR]
        home = self.home()
        out = list(found)
        for start, end in spans:
            bodies = self.registry.national_bodies[text[start:end]]
            before = [m.actor for m in found if m.end <= start and m.kind in {"country", "demonym"} and m.actor in bodies]
            if home is not None and home not in bodies and not before and self.registry.knows_alias(text[start:end]):
                continue  # "the main opposition Democratic Party" of a Korean page that names Japan: the files' own
            state = next((a for a in named if a in bodies), home if home in bodies else None)
            if state is None or any(m.start < end and start < m.end and (m.start < start or m.end > end) for m in out):
                continue  # no state of its own here, or part of a longer name ("Democratic Party of Korea")
            actor = bodies[state]
            out = [m for m in out if not (start <= m.start and m.end <= end)]
            out.append(Mention(start, end, text[start:end], actor, self.registry.kind_of(actor) or "party"))
        return sorted(out, key=lambda m: m.start)

    def _capitalised_states(self, text: str, found: list[Mention]) -> list[Mention]:
        """``found`` with the states a UN meetings summary writes in capitals ("The UNITED STATES said", "QATAR and
        SAUDI ARABIA welcomed"): a run of capitalised words that is a state's name and nothing else."""
        added = []
        for run in _CAPS_RUN.finditer(text):
            start, end = run.span()
            if any(m.start < end and start < m.end for m in found):
                continue
            readable = _as_names_files_write(run.group())
            named = [m for m in self.registry.mentions(readable, self.date) if m.kind == "country"
                     and m.actor != NOT_AN_ACTOR and m.start == 0 and m.end == len(readable)]
            if named:
                added.append(replace(named[0], start=start, end=end, text=run.group()))
        return sorted([*found, *added], key=lambda m: m.start) if added else found

    def _group_mentions(self, text: str, found: list[Mention]) -> list[Mention]:
        """``found`` with the groups the article named; a group's name wins over a place inside it
        ("Confederation of Indigenous Nationalities of Ecuador" is no mention of Ecuador)."""
        assert self._groups_matcher is not None
        groups: list[Mention] = []
        for start, end in self._groups_matcher.whole_words(text):
            if any(g.end > start for g in groups):
                continue
            name = text[start:end]
            groups.append(Mention(start, end, name, self.groups[name], "party" if name.endswith("Party") else "organisation"))
        if not groups:
            return found
        keep = [m for m in found if not any(g.start <= m.start and m.end <= g.end for g in groups)]
        keep += [g for g in groups if not any(m.start < g.end and g.start < m.end for m in keep)]
        return sorted(keep, key=lambda m: m.start)

    def _learn_groups(self, text: str, mentions: list[Mention]) -> bool:
        """Learn the parties, movements and alliances a sentence names in full that no name file knows,
        each its own actor (the guide: parties and movements are actors under their usual name), with
        the acronym it gives in brackets."""
        learned = False
        for name, acronym in _named_groups(text):
            start = text.find(name)
            if name in self.groups or self.registry.resolve(name, self.date) is not None \
                    or any(m.start <= start and start + len(name) <= m.end and m.kind != "person" for m in mentions):
                continue  # a known body ("the African Union"), or part of a longer known name
            if any(m.start < start < m.end or m.start < start + len(name) < m.end for m in mentions):
                continue  # a name the files know runs across its edge
            if any(start <= m.start and m.end <= start + len(name) and m.kind not in _STATE_KINDS
                   and m.actor != NOT_AN_ACTOR for m in mentions):
                continue  # "the European Union for Foreign Affairs": a known body inside, not a new one
            if _POSSESSIVE_BEFORE.search(text, max(0, start - 3), start) and any(
                    m.end in (start - 3, start - 2) and m.actor != NOT_AN_ACTOR for m in mentions):
                continue  # "the Council of Europe's Congress of Local and Regional Authorities": the owner's body
            self.groups[name] = name
            if acronym and self.registry.resolve(acronym, self.date) is None:
                self.groups[acronym] = name
                self.group_acronyms[name] = acronym
            learned = True
        for hit in _BRACKETED_ACRONYM.finditer(text):
            # "the governing New Patriotic Party (NPP)": a party or body the files know by its full name only,
            # which the article goes on to call by the acronym ("NPP general secretary John Boadu said")
            acronym = hit.group("acronym")
            named = next((m for m in mentions if m.end == hit.start() and m.kind not in _NOT_ACRONYM_OWNERS
                          and m.actor != NOT_AN_ACTOR and m.actor not in self.registry.states), None)
            if named is not None and acronym not in self.groups and self.registry.resolve(acronym, self.date) is None:
                self.groups[acronym] = named.actor
                learned = True
        if learned:
            self._groups_matcher = _Matcher(list(self.groups))
        return learned

    def usual_group_names(self) -> dict[str, str]:
        """Each group's name -> its usual name in the article: the acronym where the article used it
        more often than the full name ("CONAIE" after one "Confederation of Indigenous Nationalities of
        Ecuador (CONAIE)"), else the full name."""
        return {name: acronym for name, acronym in self.group_acronyms.items()
                if self.group_uses.get(acronym, 0) > self.group_uses.get(name, 0)}

    def _capitalised_people(self, text: str, found: list[Mention]) -> list[Mention]:
        """The people of ``caps_people`` in any casing ("NEBENZIA", "Mr. Nebenzia", "Ms. DiCarlo")."""
        extra: list[Mention] = []
        for hit in re.finditer(r"\b[A-Z][\w'’.-]*\w(?:\s+[A-Z][\w'’.-]*\w){0,3}", text):
            words = [(w.start(), w.end()) for w in re.finditer(r"\S+", hit.group())]
            # the longest run of its words that names someone: "Under-Secretary-General Rosemary DiCarlo"
            runs = sorted(((i, j) for i in range(len(words)) for j in range(i, len(words))), key=lambda r: r[0] - r[1])
            for i, j in runs:
                start, end = hit.start() + words[i][0], hit.start() + words[j][1]
                key = text[start:end].lower()
                if key in self.caps_people and not any(m.start < end and start < m.end for m in [*found, *extra]):
                    extra.append(Mention(start, end, text[start:end], self.caps_people[key][0], "person"))
        return sorted([*found, *extra], key=lambda m: m.start) if extra else found

    # -- learning -----------------------------------------------------------------------------
    def learn(self, text: str, mentions: list[Mention]) -> list[Mention]:
        """Read a sentence (or a headline) for people introduced by their role and bodies tied
        to an actor; returns the sentence's mentions with the people just learned."""
        if self._learn_groups(text, mentions):
            mentions = self.mentions(text)
        for m in mentions:
            if m.text in self.groups:
                self.group_uses[m.text] = self.group_uses.get(m.text, 0) + 1
        learned = self._learn_people(text, mentions)
        for m in mentions:
            if m.kind == "officeholder" and " " in m.text and m.text not in self.people:
                learned |= self._add_person(m.text, m.actor)  # "Abiy Ahmed" ... "Abiy said"
            elif m.kind == "person" and " " in m.text and m.text not in self.people \
                    and not _TITLE_WORD.search(m.text):  # not a title the files list ("High Commissioner for Human Rights")
                # a person of the actors file ("Riyad Mansour" ... "said Mansour"), or one out of office
                # ("former President Jair Bolsonaro" ... "Bolsonaro wrote": his own voice)
                learned |= self._add_person(m.text, m.actor)
        for m in mentions:
            if m.text in self.people and " " in m.text:
                self._name_again(m.text)
        if learned:
            mentions = self.mentions(text)
        self.states_before = dict(self.states)
        self.bodies_before = dict(self.bodies)
        self.blocs_before = list(self.blocs)
        self._learn_bodies(text, mentions)
        for m in mentions:
            title = _TITLE_RIGHT_BEFORE.search(text, max(0, m.start - 20), m.start) \
                if m.kind in {"person", "officeholder"} and m.actor != NOT_AN_ACTOR else None
            if title:
                self.titled[_title_key(title.group(1))] = m.actor
        if _CONVERSATION.search(text):
            parties = self._parties(text, mentions)
            if len(parties) == 2:
                self.parties = parties
        return mentions

    def _parties(self, text: str, mentions: list[Mention]) -> list["Candidate"]:
        """The distinct actors a sentence about a call or meeting names as people or states (not places)."""
        parties: list[Candidate] = []
        for m in mentions:
            if m.actor == NOT_AN_ACTOR or m.kind not in (_STATE_KINDS - {"capital"}) | {"person", "officeholder"} \
                    or _LOCATIVE_BEFORE.search(text, max(0, m.start - 12), m.start):
                continue
            if m.actor not in {c.actor for c in parties}:
                parties.append(Candidate(m.actor, m.text, "", Rule.GROUP, -1))
        return parties

    def _name_again(self, name: str) -> None:
        """A person named in full once more: a short name two people share ("Kim" of Kim Jong Un and
        of Kim Yung-ho) means the one named last, as a reader takes it."""
        for word in _short_names(name):
            if word in self._shared and self.people.get(word) != self.people[name]:
                self.people[word] = self.people[name]
                self._people_dirty = True

    def _unplaced_surname(self, m: Mention, found: list[Mention]) -> bool:
        """A surname alone from the office-holder table ("Saleh said") whose state neither the
        article so far nor the sentence names: more likely someone else of that name."""
        return (m.kind == "officeholder" and " " not in m.text and m.actor not in self.named
                and m.text not in self.registry.well_known_surnames
                and not any(o.actor == m.actor for o in found if o is not m))

    def _settle_short_name(self, m: Mention, found: list[Mention]) -> Mention:
        """"Congo" is the Congo the article (or the same line: "Tripoli boat sinking: Lebanon mourns") named in full,
        if it named one; "Brussels" is Belgium in an article that names Belgium, else the EU."""
        choices = _SHORT_NAMES.get(m.text)
        if not choices:
            return m
        named = [c for c in choices if c in self.named or any(o.actor == c and o.text not in _SHORT_NAMES for o in found)]
        actor = named[-1] if len(named) == 1 else None if named else _SHORT_NAME_DEFAULTS.get(m.text)
        if actor is None:
            return m
        return Mention(m.start, m.end, m.text, actor, _SHORT_NAME_KINDS.get((m.text, actor), m.kind))

    def _add_person(self, name: str | None, actor: str, article_wins: bool = False) -> bool:
        """Tie a person (and their surname) to an actor for the rest of the article; ``article_wins``: the
        article made them a body's chair or gave them a state's office, which wins over any name file (the
        guide's rule)."""
        if not name or actor == NOT_AN_ACTOR or name in self.registry.actors and name != actor and not article_wins:
            return False  # (a person who is an actor of their own, "Rodrigo Duterte", is learned for "Duterte said")
        resolved = self.registry.resolve(name, self.date)
        if not article_wins and resolved not in (None, actor, name) and resolved not in self.registry.former_people and \
                not any(m.kind == "officeholder" for m in self.registry.mentions(name, self.date)):
            return False  # a name the registry gives to someone else (not merely the table)
        self.people[name] = (actor, name)
        short = _short_names(name)
        for word in short:
            # two letters name someone too ("Joseph Wu" ... "Wu said"), unless they are an English word
            if word != name and (len(word) > 2 or len(word) == 2 and word.lower() not in _TWO_LETTER_WORDS) \
                    and (word not in _NOT_NAMES or word in _MONTH_SURNAMES) and word not in self.registry.actors:
                if word in self.people and _GENERATION.sub("", self.people[word][1]) != _GENERATION.sub("", name):
                    self._shared.add(word)  # (not "Benigno Aquino" and "Benigno Aquino III": one person)
                self.people[word] = (actor, name)
        for word in self._shared:
            self.people.pop(word, None)
        self._people_dirty = True
        return True

    def _learn_people(self, text: str, mentions: list[Mention]) -> bool:
        learned = False
        learned_here: set[str] = set()
        # the state's and bodies' mentions, and the acronyms the article gave a body ("IEBC chairman Wafula
        # Chebukati" after "the Independent Electoral and Boundaries Commission (IEBC)")
        states = [m for m in mentions if m.actor != NOT_AN_ACTOR
                  and (m.kind not in {"person", "officeholder"} or m.kind == "person" and _ACRONYM.fullmatch(m.text))
                  and not _FORMER_BEFORE.search(text, max(0, m.start - 30), m.start)]
        for m in states:
            if _SENT_TO_BEFORE.search(text, max(0, m.start - 40), m.start):
                continue  # "The AU Special Representative for Somalia, Ambassador X": sent to Somalia, not its voice
            if _NON_STATE_ROLE_AFTER.match(text, m.end):
                continue  # "Kenya's opposition leader Jane Doe", "Syria's three Druze spiritual leaders": not Kenya's voice
            if _owns_a_named_group(text, m, mentions):
                continue  # "Hassan Nasrallah, the leader of Lebanon's Hezbollah,": the group's voice, not Lebanon's
            owner = _state_owner_before(text, m, mentions)
            if owner is not None:
                # "China's deputy U.N. ambassador Geng Shuang": China's envoy, not the UN's
                hit = _TITLE_NAME.match(text[m.end:])
                name = _clean_name(hit.group("name")) if hit else None
                if name and not self._overlaps_actor(text, m.end + hit.start("name"), mentions):
                    learned |= self._add_person(name, owner.actor)
                continue
            after = text[m.end:]
            # "Canadian Foreign Minister Jane Doe", "Kenya's President William Ruto", "Kenyan foreign minister Jane Doe"
            hit = _TITLE_NAME.match(after)
            if hit and (m.kind == "role" or hit.group(0).lstrip("'’s ").split()[0] != hit.group("name").split()[0]):
                name = _clean_name(hit.group("name"))
                if name and not self._overlaps_actor(text, m.end + hit.start("name"), mentions):
                    learned |= self._add_person(name, m.actor)
            # "Jane Doe, the Ghanaian government spokesman," / "Kari Nordmann, Norway's ambassador to the UN,"
            if re.match(r"\s+[A-Z][a-z]", after) and m.kind != "role":
                continue  # "the Congo River Alliance": the mention is part of a longer name
            app = _NAME_APPOSITION.search(text, max(0, m.start - _APPOSITION_REACH), m.start)
            if app is None and text.endswith(" and ", 0, m.start):
                app = _NAME_APPOSITION_AND.search(text, max(0, m.start - _APPOSITION_REACH), m.start)
            if app and any(w in _SAYING or w in _REPORTING for w in text[app.end("name"):m.start].lower().split()):
                app = None  # "Jane Doe, told state television that Sweden's ambassador ...": a clause, no apposition
            if app and _ONCE_HELD.search(text, app.end("name"), m.start):
                app = None  # "Harry Roque, who was once the Laude family's lawyer,": a role he no longer holds
            role_after = app and _ROLE_AFTER.match(text[m.end:m.end + 60].lower())
            # "an adviser to RSF commander", "head of the Mykolaiv regional military administration"
            role_before = app and _ROLE_OF_BEFORE.search(text[app.end("name"):m.start].lower())
            if role_before and re.search(r"\b(?:envoys?|ambassadors?|coordinators?|representatives?|mission|delegation)"
                                         r"\s+(?:to|for|in)\s+(?:the\s+)?$", role_before.group()):
                role_before = None  # "the UN coordinator for Sudan": sent to Sudan, not its voice
            if app and _clean_name(app.group("name")) in learned_here:
                continue  # the first actor of the apposition owns the person ("the UN coordinator for Sudan")
            if app and (role_after or role_before) \
                    and (m.kind == "role" or _ROLE_WORD_ANY_CASE.search(text[app.end("name"):m.end + 60])):
                name = _clean_name(app.group("name"))
                if name and not self._overlaps_actor(text, app.start("name"), mentions) \
                        and not _role_of_the_next_name(text, m.end) \
                        and not (role_after and not role_before and _title_of_the_next_name(text, m.end)):
                    if self._add_person(name, m.actor):
                        learned = True
                        learned_here.add(name)
        # "In Kigali, government spokeswoman Yolande Makolo ...", "In Tokyo, Prime Minister Shigeru Ishiba ..."
        place = re.match(r"(?:(?:In|From|Speaking\s+in|Speaking\s+from|At\s+[^,]{0,60}?\s+in)\s+)(?P<place>[^,]{2,40}),\s+",
                         text)
        if place:
            where = [m for m in states if m.start == place.start("place") and m.end == place.end("place")]
            role = _ROLE_THEN_NAME.match(text[place.end():])
            envoy = role is not None and re.search(r"(?i)\b(?:ambassador|envoy|embassy|consul|charg[ée])", role.group())
            if role is not None and re.match(r"(?i)(?:the\s+)?(?:former|ex-)", role.group()):
                role = None  # "In Washington, former national security adviser John Bolton": no one's voice now
            if role is not None and _NON_STATE_ROLE.search(role.group()):
                role = None  # "In Kuala Lumpur, opposition leader Anwar Ibrahim": the capital's, not the state's voice
            if where and role and not envoy \
                    and not any(place.end() <= m.start < place.end() + role.start("name") for m in states):
                name = _clean_name(role.group("name"))
                start = place.end() + role.start("name")
                # ... but not "In Manila, Defense Secretary Lloyd Austin said": someone known as another state's
                known = any(m.start <= start < m.end and m.kind in {"officeholder", "person"}
                            and m.actor not in {NOT_AN_ACTOR, where[0].actor} for m in mentions)
                if name and not known and not self._overlaps_actor(text, start, mentions):
                    learned |= self._add_person(name, where[0].actor)
        # "Onyx Lorenzoni, Bolsonaro's chief of staff,": an office holder's aide speaks for the holder's actor
        for m in mentions:
            if m.kind != "officeholder" or m.actor == NOT_AN_ACTOR or not _POSSESSIVE_AIDE.match(text, m.end):
                continue
            app = _NAME_APPOSITION.search(text, max(0, m.start - _APPOSITION_REACH), m.start)
            name = _clean_name(app.group("name")) if app else None
            if name and name not in self.people and not self._overlaps_actor(text, app.start("name"), mentions):
                learned |= self._add_person(name, m.actor)
        # "Interior Minister Jane Doe said", "The president's press secretary, John Roe,": a national
        # office with no state named; news copy names the state of a foreign official, so the
        # office is the article's own state (the first its headline names).
        for m in mentions:
            title = _TITLE_BEFORE.search(text, max(0, m.start - 60), m.start) \
                if m.kind == "officeholder" or m.kind == "person" and m.actor in self.registry.states else None
            # (a state named at or before the title's start: "Indian Prime Minister Narendra Modi" votes for no home)
            # (nor one the sentence named before it: "The Republic of Honduras, by instruction of the President Juan
            # Orlando Hernández, sent trucks" on a Guatemalan agency's page)
            if title and " " in m.text and not any(o.start <= title.start() <= o.end + 4 and o.start < m.start
                                                   or o.actor == m.actor and o.end <= title.start() and o is not m
                                                   and text[:title.start()].endswith(("the ", "The "))
                                                   for o in mentions):
                # "President Irfaan Ali said": news copy gives its own officials no state word
                self.home_votes[m.actor] = self.home_votes.get(m.actor, 0) + 1
        hits = [*_HOME_TITLE_NAME.finditer(text), *filter(None, [_HOME_ROLE_COMMA_NAME.match(text)]),
                *_NAME_COMMA_HOME_TITLE.finditer(text), *_THE_HOME_TITLE_COMMA_NAME.finditer(text),
                *_NAME_COMMA_SPOKESPERSON_FOR.finditer(text), *_NAME_COMMA_GOVERNMENTS_TITLE.finditer(text),
                *filter(None, [_OPENING_OFFICE_COMMA_NAME.match(text)])]
        home = self.home() if hits else None
        venue = _VENUE_OPENING.match(text) if hits else None
        venue_actor = next((m.actor for m in mentions if venue and m.start < venue.end() and m.actor != NOT_AN_ACTOR
                            and m.kind not in {"person", "officeholder"}), None)
        for hit in hits if home or venue_actor else ():
            # no state or officeholder named in the title or the name ("Kenyan Interior Minister Jane Doe")
            start = hit.start("title") if "title" in hit.groupdict() else 0
            if venue_actor and venue is not None and start <= venue.end() + 4:
                # "At a Pentagon briefing, Under Secretary of Defense Ellen Lord said": the venue's official
                name = _clean_name(hit.group("name"))
                if name and name not in self.people and not self._overlaps_actor(text, hit.start("name"), mentions):
                    learned |= self._add_person(name, venue_actor)
                continue
            if not home:
                continue
            if "title" in hit.groupdict() and text[:hit.start("title")].endswith(" and ") \
                    and not any(other.start() == 0 for other in hits):
                continue  # "Australia's Foreign Minister Marise Payne and Environment Minister Melissa Price": the first's state
            if "title" in hit.groupdict() and _PARLIAMENT_CHAIR.search(hit.group("title")) and not self._home_given():
                continue  # "The Speaker of the National Assembly, X," in a UN meeting: whose, the article does not say
            # a former office holder the article gives a new office ("Secretary-General Joseph Wu") holds it; so does a
            # party's leader the name files know ("Interior Minister Suleiman Frangieh" in 2005: the state's minister,
            # not the Marada Movement the files make him)
            # (a minister's office only: a speaker, a president or a prime minister of a party's own the labels keep
            # the party's or the person's, "House Speaker Kevin McCarthy", "President Zelaya" after the coup)
            minister = "title" in hit.groupdict() and _STATE_MINISTER_TITLE.search(hit.group("title")) is not None
            party = next((m.actor for m in mentions if m.kind == "person" and m.actor != m.text
                          and m.actor not in self.registry.states and m.actor != NOT_AN_ACTOR
                          and hit.start("name") <= m.start < hit.end("name")), None) if minister else None
            if not any(start - 3 <= m.end and m.start < hit.end("name") and m.actor != NOT_AN_ACTOR
                       and not (m.kind == "person" and (m.actor == m.text or m.actor in self.registry.former_people
                                                        or m.actor == party) and m.start >= hit.start("name"))
                       for m in mentions if m.end > start - 30):
                name = _clean_name(hit.group("name"))
                known = self.people.get(name or "")
                if name and (known is None or party is not None and known[0] == party) \
                        and not self._overlaps_actor(text, hit.start("name"), mentions):
                    spoke_in = _SPOKE_IN_CAPITAL.match(text, hit.end("name"))
                    place = next((m.actor for m in mentions if spoke_in and m.kind == "capital"
                                  and m.start == spoke_in.start("place") and m.actor != NOT_AN_ACTOR
                                  and m.text not in _SEATS_OF_BODIES), None)
                    # "Foreign Minister Jose Valencia told reporters in Quito": the capital he speaks from (not
                    # "Interior Minister X told reporters in Luxembourg": a seat of meetings ministers travel to)
                    # "Vice Foreign Minister X said in a statement carried by the state news agency KCNA": the
                    # agency's state, not the page's (but not "rejecting the KCNA report")
                    carrier = next((vocabulary.NATIONAL_AGENCIES[m.text] for m in mentions
                                    if m.actor == NOT_AN_ACTOR and m.text in vocabulary.NATIONAL_AGENCIES
                                    and _CARRIED_BY.search(text, max(0, m.start - 45), m.start)), None)
                    # a government's own site names its own foreign minister so: "Minister for Foreign Affairs
                    # Hayashi Yoshimasa" on Japan's embassy's page, whose news item is headed "Visit to China by ..."
                    # (not its other ministers: an embassy's page reports the host's, "Information Minister X")
                    site = self.site_owner if self.dateline is None and "title" in hit.groupdict() \
                        and _FOREIGN_AFFAIRS_TITLE.search(hit.group("title")) else None
                    learned |= self._add_person(name, place or carrier or self.topic or self._ministry_tied(hit) or site
                                                or home, article_wins=party is not None)
        learned |= self._learn_long_title(text, mentions)
        # "Jane Doe, the head of the commission,": the body's actor (tied by the article, else its own state)
        for hit in _HEAD_OF_BODY.finditer(text) if "," in text and _HEAD_WORDS.search(text) else ():
            group = next(g for g in ("name", "name2", "name3") if hit.group(g) is not None)
            name = _clean_name(hit.group(group))
            definite = Definite("the " + (hit.group("body") or (hit.group("owner") or hit.group("owner3")).lower()))
            home = self.home() if definite.body is not None and _home_body(definite.body) else None
            actor = (self.tied_body(definite) or home) if definite.body else None
            if name and actor and group == "name3" and "chair" in hit.group().lower():
                # "Prime Minister P.J. Patterson, the bloc's chairman,": the chair speaks for the body (the guide)
                self.people.pop(name, None)
                learned |= self._add_person(name, actor) or self._add_chair(name, actor)
            elif name and actor and name not in self.people \
                    and not any(m.start < hit.end(group) and hit.start(group) < m.end for m in mentions):
                learned |= self._add_person(name, actor)
        for hit in _HEAD_OF_SERVICE.finditer(text):
            name = _clean_name(hit.group("name"))
            if not name or name in self.people or any(m.start < hit.end("name") and hit.start("name") < m.end for m in mentions):
                continue
            # the state or organisation the service's name holds, else the article's own state where the name is a
            # state's style ("National", "Federal", "Security")
            inside = [m for m in mentions if hit.start("service") <= m.start < hit.end("service") and m.actor != NOT_AN_ACTOR]
            first = hit.group("service").split()[0]
            actor = inside[0].actor if inside else _demonym_state(self.registry, first) \
                or (self.own_state() if first in _STATE_ORGAN_WORDS else None)
            if actor:
                learned |= self._add_person(name, actor)
        # "the Ministry of Foreign Affairs (MoFA)": the acronym is the body's name from now on
        for hit in _BODY_ACRONYM.finditer(text):
            acronym, definite = hit.group("acronym"), Definite("the " + hit.group("body"))
            head = hit.group("body").split()[-1]
            if definite.body is None and head.lower() in _STATE_BODY_HEADS:
                definite = Definite("the " + head)  # "the Independent Electoral and Boundaries Commission"
            # ("The Ministry of Foreign Affairs (MOFA)" on a ministry's own site: the site's, whichever
            # state's ministry the page named before)
            own = self.site_owner if self.site_owner is not None and _SITE_OWN_BODY.match(definite.phrase) else None
            actor = (own or self.tied_body(definite) or self.own_state() or self.home()) if definite.body else None
            if actor and acronym not in self.people and self.registry.resolve(acronym) is None:
                learned |= self._add_person(acronym, actor)
        # "Former president Jane Doe": no longer anyone's voice but her own
        for hit in _FORMER_TITLE_NAME.finditer(text):
            name = _clean_name(hit.group("name"))
            known = any(m.start < hit.end("name") and hit.start("name") < m.end for m in mentions) \
                or (name is not None and self.registry.resolve(name) is not None)  # the table's, at any date
            if name and name not in self.people and " " in name and not known:
                self._add_person(name, name)
                learned = True
        # "President Ruto of Kenya", "Foreign Minister Jane Doe of Canada"
        for hit in [*_TITLE_NAME_OF.finditer(text), *_NAME_AS_TITLE_OF.finditer(text)]:
            m = next((m for m in states if m.start == hit.end()), None)
            if m is not None:
                name = _clean_name(hit.group("name"))
                if name and not self._overlaps_actor(text, hit.start("name"), mentions):
                    learned |= self._add_person(name, m.actor)
        for m in states:
            # ("Secretary General of the Muslim World League (MWL) Sheikh Dr. Mohammed Al-Issa condemned": a body's head)
            hit = _NAME_AFTER_STATE.match(text, m.end) if m.kind == "country" \
                else _NAME_AFTER_BODY.match(text, m.end) if m.kind in _NAMED_BODY_KINDS else None
            if hit and _TITLE_OF_BEFORE.search(text, max(0, m.start - 80), m.start) \
                    and not _SENT_TO_BEFORE.search(text, max(0, m.start - 40), m.start):
                name = _clean_name(hit.group("name"))
                if name and not self._overlaps_actor(text, hit.start("name"), mentions):
                    learned |= self._add_person(name, m.actor)
        # "the president of Senegal, Macky Sall," / "Norway's ambassador to the UN, Kari Nordmann,"
        for hit in _ROLE_COMMA_NAME.finditer(text):
            if _table_office(hit.start("name"), hit.end("name"), mentions):
                continue  # "..., Foreign Minister Hossein Amir-Abdollahian said": the table knows his office
            # (a name then its verb after a long clause is the clause's speaker, not the role's holder:
            # "Japan lodged a protest with Burma's ambassador in Tokyo over the killing, Machimura added.")
            head = text[max(0, hit.start() - 80):hit.start()]
            owner = [m for m in states if hit.start() - 80 <= m.start < hit.start()]
            clause = head.rsplit(",", 1)[-1] if head.count(",") else head
            # the role phrase is the last few words before the comma ("... with the Prime Minister of Haiti,")
            phrase = " ".join(clause.split()[-7:])
            # past a clause of its own: "a US military commander's remark that the drills were worrying, Wang said"
            phrase = re.split(r"(?i)\b(?:that|which|who|whom|whose|when|where|while)\s", phrase)[-1]
            tail = not text.startswith(",", hit.end("name")) and len(clause.split()) > 8
            if owner and not tail and _ROLE_WORD_BOUNDED.search(phrase) \
                    and not any(w in _FORMER for w in phrase.lower().split()):  # "Burkina Faso's ousted leader, X,"
                # the owner is the first actor of the role phrase: "Norway's ambassador to the UN"
                owner = [m for m in owner if text[m.start:m.end] in clause] or owner
                # "The AU Special Representative for Somalia, X,": the AU's, not the state it is sent to
                # "The Special Envoy for Syria, Geir Pedersen,": sent to Syria by someone unnamed, so no owner here
                owner = [m for m in owner if not _SENT_TO_BEFORE.search(text, max(0, m.start - 40), m.start)]
                # "In Port Sudan, the Resident Coordinator for Sudan, Jane Doe,": the role phrase's own first actor
                owner = [m for m in owner if m.start >= hit.start() - len(phrase) - 1] or owner
                # "... summoned Russia's chargé d'affaires, Andrei Ordash,": the possessive right before the role
                owner = [m for m in owner if _POSSESSIVE_ROLE.fullmatch(text, m.end, hit.start())] or owner
                # "Israel's opposition leader, Yair Lapid,": someone of Israel, not its voice
                owner = [m for m in owner if not _NON_STATE_ROLE_AFTER.match(text, m.end)]
                if _COUNSEL.search(phrase):
                    # "Her Moscow lawyer, X,", "Igboho's lead lawyer in Nigeria, X,": a client's counsel, never the
                    # voice of the state or city the phrase names
                    owner = [m for m in owner if m.kind not in _STATE_KINDS | {"capital"}
                             and m.actor not in self.registry.states]
                if re.search(r"(?i)\b(?:its|their)\s", phrase) and not any(text[m.start:m.end] in phrase for m in owner):
                    # "The MILF, whose talks in Kuala Lumpur ..., said through its chief negotiator, X,": the
                    # sentence's subject owns the role, not a place on the way
                    owner = [m for m in mentions if m.start <= 4 and m.actor != NOT_AN_ACTOR
                             and m.kind not in {"person", "officeholder"}]
                name = _clean_name(hit.group("name"))
                if owner and name and not self._overlaps_actor(text, hit.start("name"), mentions):
                    # "The UDPS secretary general, Jean-Marc Kabund,": a party's office the article gives wins over the
                    # name files' making him an actor of his own (he spoke for the party then)
                    party = (owner[0].kind == "party" or self.registry.kind_of(owner[0].actor) == "party") \
                        and name in self.registry.actors
                    learned |= self._add_person(name, owner[0].actor, article_wins=party)
        # "Daniel Chapo of the ruling Frelimo party": the party's man ("Chapo said" next)
        for m in mentions:
            if m.kind in _STATE_KINDS | {"person", "officeholder", "media"} or m.actor == NOT_AN_ACTOR \
                    or not _OF_BEFORE.search(text, max(0, m.start - 80), m.start):
                continue  # (the cheap test first: most mentions have no "of" before them)
            hit = _NAME_OF_BODY.search(text, max(0, m.start - 80), m.start)
            name = _clean_name(hit.group("name")) if hit else None
            if name and " " in name and name not in self.people and not _INSTITUTION_WORDS & set(name.split()) \
                    and not self._overlaps_actor(text, hit.start("name"), mentions):
                learned |= self._add_person(name, m.actor)
        # "Its spokesman Kyaw Zaw said": the spokesman of the one that spoke last
        # ("The European Commission answered on Thursday. Its spokesman, Christian Spahr, told": the body the
        # sentence before opened with, when that sentence had no speaker, not the one that spoke before it)
        own = _ITS_ROLE_NAME.match(text) or _ITS_ROLE_COMMA_NAME.match(text)
        owner = self.thing if own and self.thing is not None else self.last
        if own and owner is not None and owner.actor != NOT_AN_ACTOR:
            name = _clean_name(own.group("name"))
            if name and name not in self.people and not self._overlaps_actor(text, own.start("name"), mentions) \
                    and not any(m.start <= own.start("name") < m.end for m in mentions):
                learned |= self._add_person(name, owner.actor)
        # "Tinubu, who chairs the bloc,": a head of state speaking as chair speaks for the bloc (last: it
        # overrides the role phrase of "Dominica's prime minister, Roosevelt Skerrit, who chairs CARICOM,")
        for hit in _CHAIR_OF.finditer(text) if _CHAIR_WORDS.search(text) else ():
            part, who = next((p, w) for p, w in (("body", "name"), ("body_b", "name_b"), ("body_c", "name_c"))
                             if hit.group(p) is not None)
            body = [m for m in states if hit.start(part) <= m.start < hit.end(part) and m.kind not in _STATE_KINDS]
            bloc_word = re.search(r"\b(?:bloc|alliance)\b", hit.group(part))
            # "On ECOWAS, Ghana's President, who chairs the bloc,": a bloc the sentence named before the chair
            named = [m.actor for m in mentions if m.actor in BLOCS and m.end <= hit.start()]
            actor = body[0].actor if body else (named[-1] if bloc_word and named else
                                                self.blocs[-1] if bloc_word and self.blocs else None)
            name = _clean_name(hit.group(who))
            if body and body[0].kind == "party" and _GOVERNMENT_TITLE.search(hit.group(who)):
                continue  # "Defence Minister X, who heads the Independent Greeks party,": the office speaks
            if actor and name:
                self.people.pop(name, None)
                if self._add_person(name, actor):
                    learned = True
                elif "whose country" not in hit.group() and self._add_chair(name, actor):
                    learned = True  # a name file ties them to a state; the article's chair wins (the guide's rule)
        # "The OSCE Chairperson-in-Office, German Foreign Minister Frank-Walter Steinmeier,": the body's chair
        for hit in _CHAIR_IN_OFFICE.finditer(text):
            where = hit.start("body") if hit.group("body") else hit.start("body2")
            body = [m for m in states if m.start == where and m.kind not in _STATE_KINDS]
            name = _clean_name(hit.group("name"))
            if body and name:
                learned |= self._retie_as_chair(name, body[0].actor)
        for hit in _BLOC_CHAIR_NAME.finditer(text) if any(m.actor in BLOCS for m in states) else ():
            body = [m for m in states if m.start == hit.start("body") and m.actor in BLOCS]
            name = _clean_name(hit.group("name"))
            if body and name and " " in name and self.people.get(name, ("",))[0] != body[0].actor:
                learned |= self._retie_as_chair(name, body[0].actor)
        for hit in _COUNCIL_PRESIDENT.finditer(text) if "Council" in text else ():
            name = _clean_name(hit.group("name") or hit.group("name2") or hit.group("name3"))
            if name and self.people.get(name, ("",))[0] != "United Nations":
                learned |= self._retie_as_chair(name, "United Nations")
        learned |= self._learn_independents(text, mentions)
        return self._learn_capitalised_speaker(text) or learned

    def _learn_independents(self, text: str, mentions: list[Mention]) -> bool:
        """"Jane Doe, a political scientist at a university in Nairobi, said": an independent person,
        an actor under her own name (the guide), not the state her description names."""
        learned = False
        for hit in _INDEPENDENT_PERSON.finditer(text):
            group = next(g for g in ("name", "name2", "name3") if hit.group(g))
            name = _clean_name(re.sub(r"\s*\(retd\.?\)", "", hit.group(group)))
            if not self._new_full_name(name):
                continue
            start, end = hit.span(group)
            if any(m.start < end and start < m.end for m in mentions):
                continue  # a name the files know, or a body's name
            part = next((g for g in ("desc", "desc2", "desc3", "desc4") if hit.group(g)), None)
            described = hit.group(part) if part else ""
            if _SPEAKS_FOR.search(described) and not re.search(r"(?i)\b(?:former|retired)\b", described):
                continue  # "a spokesman for the ministry", "an official at the embassy": a body's voice
            lo, hi = hit.span(part) if part else (hit.start(), hit.start())
            if part:  # (to the clause's end: "said Jane Roe, a researcher at Human Rights Watch.")
                hi = _CLAUSE_END.search(text, hi).start()
            if _employer_within(mentions, lo, hi):
                continue  # "an analyst at the International Crisis Group": the employer's (another rule's)
            learned |= self._add_person(name, name)
        for hit in _GUEST_INTRO.finditer(text):
            name = _clean_name(hit.group("name"))
            if not self._new_full_name(name) or _SPEAKS_FOR.search(hit.group("desc")) \
                    or _employer_within(mentions, *hit.span("desc")):
                continue  # a known name, a body's voice, or the employer's ("an analyst at Crisis Group")
            learned |= self._add_person(name, name)
        return learned

    def _learn_long_title(self, text: str, mentions: list[Mention]) -> bool:
        """A state agency's long title opening the sentence, then an unknown name and its verb: the first state or
        body the title names, else (a state's office: "the State Committee for ...") the article's home."""
        hit = _LONG_TITLE_NAME.match(text)
        if hit is None or hit.group("verb") not in VERB_FORMS or not self._new_full_name(hit.group("name")) \
                or any(m.start < hit.end("name") and m.end > hit.start("name") for m in mentions):
            return False
        owners = [m for m in mentions if m.actor != NOT_AN_ACTOR and m.kind not in {"person", "officeholder"}
                  and hit.start("title") <= m.start and m.end <= hit.end("title")]
        actor = owners[0].actor if owners else \
            (self.site_owner or (self.home() if self._home_given() else None)
             if _STATE_TITLE_WORDS.search(hit.group("title")) else None)
        return bool(actor) and self._add_person(hit.group("name"), actor)

    def _new_full_name(self, name: str | None) -> bool:
        """Is ``name`` a full name (two words or more) that neither the article nor the name files tie to anyone?"""
        return bool(name) and " " in name and name not in self.people and self.registry.resolve(name, self.date) is None

    def _retie_as_chair(self, name: str, actor: str) -> bool:
        """Untie whatever the article had tied ``name`` to, then make them ``actor``'s chair."""
        self.people.pop(name, None)
        return self._add_chair(name, actor)

    def _add_chair(self, name: str, actor: str) -> bool:
        """Tie a person the article makes a body's chair to the body, over any name file, for good."""
        if not self._add_person(name, actor, article_wins=True):
            return False
        self.chairs.update(n for n, (a, full) in self.people.items() if full == name)
        return True

    def _ministry_tied(self, hit: re.Match) -> str | None:
        """The actor the article tied the ministry of a title to ("foreign ministry spokesman Jane Doe"
        after "Iran's foreign ministry said"): a ministry the article just named, not the home state."""
        title = hit.groupdict().get("title")
        body = Definite("the " + title).body if title and re.search(r"(?i)\bministry\b", title) else None
        return self.bodies.get(body) if body is not None else None

    def _learn_capitalised_speaker(self, text: str) -> bool:
        """UN meetings coverage names a speaker in capitals first, with the state in brackets or the
        role after a comma ("VASSILY NEBENZIA (Russian Federation) said", "ROSEMARY DICARLO,
        Under-Secretary-General for Political Affairs, said"), then as "Mr. Nebenzia", "Ms. DiCarlo"."""
        hit = _CAPITALISED_SPEAKER.match(text)
        if hit is None or hit.group("name").lower() in self.caps_people:
            return False
        owner = hit.group("state") or hit.group("role")
        named = [m.actor for m in self.registry.mentions(owner, self.date) if m.actor != NOT_AN_ACTOR]
        actor = named[0] if named else "United Nations" if _UN_TITLE.search(owner) else None
        if actor is None:
            return False
        name = hit.group("name").title()
        # "Mr. Nebenzia" after "VASSILY NEBENZIA"; "Mr. Wang" after "WANG YI", the family name first
        family = name.split()[0] if name.split()[0] in _FAMILY_FIRST else name.split()[-1]
        for key in {hit.group("name").lower(), family.lower()}:
            if len(key) > 2:
                self.caps_people[key] = (actor, name)
        return True

    def _learn_dateline(self, text: str) -> None:
        """"GEORGETOWN, Guyana –", "Bratislava, April 14 (TASR) -": the state the article is filed from."""
        place = re.sub(r"[A-Z][A-Z'’.-]+", lambda m: m.group().capitalize(), text)  # "GEORGETOWN" -> "Georgetown"
        found = [m for m in self.mentions(place) if m.kind in {"capital", "country"} and m.actor != NOT_AN_ACTOR]
        if len({m.actor for m in found}) > 1 and "|" in text:
            return  # "THE HORN & LAKES DAILY | Nairobi | Addis Ababa | Kampala": a masthead's bureaus, no dateline
        if found and self.dateline is None:
            self.dateline = found[0].actor
        elif not found and self.dateline is None and self.city_dateline is None:
            # "UTRECHT –", "DAVAO CITY, Sept 9": a city no capital's name, its state the article names elsewhere
            city = _dateline_city(dateline_place(place) or place)
            self.city_dateline = city if city in self.registry.states else None

    def learn_colon_dateline(self, text: str) -> None:
        """"Khartoum: The head of ...": the Gulf dailies' dateline, opening the article's first sentence."""
        colon = _COLON_DATELINE.match(text)
        if colon and self.dateline is None:
            self._learn_dateline(colon.group("place"))

    def own_state(self) -> str | None:
        """The state an untied state body ("Police said", "the Joint Chiefs of Staff said") belongs to:
        the dateline's state ("Bratislava (TASR) - The Foreign Affairs Ministry condemned Iran's
        attacks"), else the first state of the headline, else the article's home state; those two
        named before the sentence being read, since a state the sentence itself names is its
        object ("Serbia's decision deepens the crisis, the ministry said" is not Serbia's)."""
        named = self.states_before
        # (an outlet named for a capital, "Tallinn Herald", is its state's paper: its "government" is Estonia's
        # though the headline leads with Russia's threats)
        return self.dateline or self.outlet_state or next((a for a in self.headline if a in named), None) \
            or self.home(named)  # (PENDING_HOME where nothing named a state before: see ``home``)

    def home(self, states: dict[str, int] | None = None) -> str | None:
        """The article's own state: the one it is filed from when the article names it too, else the
        one it has named most so far (the headline's first breaks a tie); ``states``: the counts to
        read (default: every state named so far)."""
        states = self.states if states is None else states
        if self.dateline is not None and self.dateline in states:
            return self.dateline
        city = self._city_home(states) if self.dateline is None and self.outlet_state is None else None
        if city is not None:
            return city
        if self.outlet_state is not None and self.dateline is None:
            return self.outlet_state
        voted = max(self.home_votes, key=lambda a: self.home_votes[a]) if self.home_votes else None  # first of equals
        headline_states = [a for a in self.headline if a in self.registry.states]
        if voted is not None and (self.home_votes[voted] > 1 or not headline_states or voted in headline_states):
            # (one untitled "President Donald Trump" in a live blog whose headline is Tehran's attacks is no home)
            return voted
        if not states:
            return self._pending_home()
        top = max(states.values())
        leaders = [a for a, n in states.items() if n == top]
        return next((a for a in self.headline if a in leaders), leaders[0])

    def _city_home(self, states: dict[str, int]) -> str | None:
        """The state of a dateline's city ("ABIDJAN -") while the article has named no state or once it named that
        one (an agency's "Abidjan, 12 June (AIP) –" may name no state at all)."""
        return self.city_dateline if self.city_dateline in states or not states else None

    def settled_home(self) -> str | None:
        """The article's own state once it has all been read, where it said it (a dateline, its outlet, its own
        officials named without a state word), not merely the state it named most or a heading named (a presidency's
        page on a plot names France as often as Madagascar, and heads a section "Audience with the Ambassador of
        France")."""
        if self.dateline is None and self.city_dateline is None and self.outlet_state is None and not self.home_votes:
            return None
        home = self.home()
        return None if home == PENDING_HOME else home

    def _pending_home(self) -> str | None:
        """Nothing named a state yet, nor said where the article is from, and no one has spoken: its own state,
        settled at its end (once someone spoke, "the minister" after them is read as before)."""
        return None if not self.defer_home or self.home_votes or self.last is not None else PENDING_HOME

    def _home_given(self) -> bool:
        """Has the article said where it is from (its dateline, outlet or headline), rather than only
        named some state most?"""
        return self.dateline is not None or self.outlet_state is not None or bool(self.home_votes) \
            or any(a in self.registry.states for a in self.headline)

    @staticmethod
    def _overlaps_actor(text: str, start: int, mentions: list[Mention]) -> bool:
        return any(m.start <= start < m.end and m.kind not in {"officeholder", "person"} for m in mentions)

    def _learn_bodies(self, text: str, mentions: list[Mention]) -> None:
        for m in mentions:
            if m.actor == NOT_AN_ACTOR:
                self.bodies.pop("agency", None)  # "IRNA reported ... The agency said": the news agency's, no one's
                continue
            if m.actor in BLOCS:
                self.blocs = [b for b in self.blocs if b != m.actor] + [m.actor]
                for head, blocs in _BLOC_HEADS.items():
                    if m.actor in blocs:
                        self.bodies.pop(head, None)  # "NATO ... the alliance": the bloc named last, not a party's alliance
            if m.text not in _SHORT_NAMES:
                self.named.add(m.actor)
            if m.kind in _STATE_KINDS or m.kind in {"metonym", "body", "officeholder"} and m.actor in self.registry.states:
                # "the Kremlin", "the IDF" name their state as "Russia" and "Israel" do
                self.states[m.actor] = self.states.get(m.actor, 0) + 1
                if self.latest_states[-1:] != [m.actor]:
                    self.latest_states = [a for a in self.latest_states if a != m.actor] + [m.actor]
            words = {hit.group() for hit in _BODY_IN_TEXT.finditer(m.text.lower())}
            named_body = bool(words)  # "International Court of Justice": a court, never "the group"
            after = text[m.end:m.end + 40].lower()
            tail = _BODY_AFTER.match(after)
            if tail and re.search(r",\s+the\s+$", text[max(0, m.start - 8):m.start]):
                tail = None  # "UNESCO, the UN's cultural agency,": the apposition describes UNESCO, not a UN body
            if tail:
                # "Kenya's foreign ministry": "the foreign ministry" and "the ministry" alike
                words |= {hit.group() for hit in _BODY_IN_TEXT.finditer(after[:tail.end()])}
                portfolio = re.search(r"\b([a-z]{3,})\s+ministry$", after[:tail.end()])
                if portfolio and portfolio.group(1) not in _NOT_PORTFOLIO:
                    words.add(f"{portfolio.group(1)} ministry")  # "Kenya's health ministry"
            apposition = _BODY_APPOSITION.match(after)
            if apposition:
                words.add(apposition.group("w"))
            # "the Government of the Transition of the Republic of Mali", "the foreign ministry of Kenya"
            of = _BODY_OF.search(text[max(0, m.start - 60):m.start])
            if of:
                words.add(of.group("w").lower())
            governing = _GOVERNING_BODY_IN.search(text[max(0, m.start - 40):m.start]) \
                if m.kind in _STATE_KINDS or m.kind == "capital" else None
            if governing:
                words.add(governing.group("w").lower())
            named_as = _BODY_BEFORE_NAME.search(text, max(0, m.start - 30), m.start) \
                if m.kind not in _STATE_KINDS and m.actor not in self.registry.states else None
            if named_as:
                words.add(named_as.group("w").lower())  # "the UN refugee agency UNHCR": "the agency" from now on
            run = _BODY_IN_RUN_PLACE.search(text[max(0, m.start - 60):m.start]) \
                if _RUN_PLACE_AFTER.match(text, m.end) else None
            if run:
                words.add(run.group("w").lower())
            if m.kind == "armed group":
                words |= {"group", "rebels", "militia", "movement"}
            elif m.kind == "party" or "Party" in m.actor or "Party" in m.text:
                words.add("party")  # "The party said": the party the article last named
            elif m.kind in {"organisation", "institution"} and m.actor not in BLOCS and not named_body:
                words.add("group")
            elif m.kind in _GROUP_KINDS and not named_body and (m.text == m.actor or m.text.isupper()) \
                    and self.registry.kind_of(self.bodies.get("group", "")) != "armed group":
                # "Democracy Hub ... the group said" (by its own name, not a word as "separatists"; and "the group" of
                # an article about gunmen stays theirs)
                words.add("group")
            elif m.kind == "company":
                # "Orano ... the company added", and "the group said" unless an armed group or another
                # organisation has that word already ("the group" of a Houthi article is the Houthis)
                words |= {"company", "firm"} | (set() if "group" in self.bodies else {"group"})
                if _AIRLINE_NAME.search(m.actor):
                    words |= {"airline", "carrier"}
            # "officials attached to France's interior ministry", "summoned to the Japanese Foreign Ministry":
            # a body named as an object does not take "the ministry" from the speaker it was tied to
            aside = _BODY_AS_OBJECT.search(text, max(0, m.start - 25), m.start) is not None
            if m.actor not in self.registry.states and m.kind not in _STATE_KINDS | {"officeholder"} \
                    and "opposition" in text[max(0, m.start - 25):m.start].lower():
                # "the opposition Unitary Platform", "opposition leader María Corina Machado"
                words.add("opposition")
            if m.kind in _STATE_KINDS or m.actor in self.registry.states:
                words.discard("opposition")  # "Haiti's opposition says": the state's opponents, never its voice
            for word in words:
                word = re.sub(r"\s+", " ", word)
                for tie in (word, word.split()[-1]) if word.split()[-1] in _BODY_SET else (word,):
                    if not (aside and tie in self.bodies):  # "foreign ministry" ties "the ministry" too
                        self.bodies[tie] = m.actor

    def remember_person(self, name: str) -> None:
        """A person who speaks for themself: later mentions ("Haddad added") are theirs."""
        if name not in self.people:
            self._add_person(name, name)

    def learn_headline(self, text: str, paragraph: int | None = None) -> None:
        author = post_author(text) if paragraph is not None else None
        if author is not None:
            # "— Jagmeet Singh (@theJagmeetSingh) February 14, 2022", set before the post it signs: the post's words
            # are its author's, as a labelled turn's are its speaker's (an author the files do not know leaves the
            # post to whoever the article said posted it: "Scholz wrote on X:")
            speaker = self._post_author(author)
            if speaker is not None:
                self.transcript, self.last = Turn(paragraph, speaker, True, paragraph), speaker
            elif self.transcript is None or self.transcript.until is not None and self.transcript.until < paragraph:
                self.transcript, self.last = None, None  # nor is the post's "we" the last speaker's
            return
        self.transcript = None  # a heading ("Related reports") ends a press conference's turns
        if self.body_started and _ENTRY_TIME.fullmatch(text.strip()):
            # a live blog's time stamp opens a new entry: "The presidency said" there is no longer the last
            # entry's speaker's
            self.last = None
        if self.narrator is not None and paragraph is not None and _CAPS_LABEL.fullmatch(text.strip()):
            # "CCTV:" read as a dateline under a briefing's heading: a journalist's question follows
            self.transcript = Turn(paragraph, None, True)
            return
        if self.narrator is None and (_BRIEFING_HEADING.search(text) or _ATTRIBUTABLE_STATEMENT.match(text)):
            self.narrator = self._briefing_speaker(text)
        numbered = bool(_NUMBERED_RELEASE.match(text.strip())) and not self.body_started
        if numbered:
            self.numbered_release = True
        if self.site_owner is not None and self.narrator is None and (numbered or _STATEMENT_HEADING.match(text.strip())):
            # "No: 136, 14 May 2018, Press Release Regarding ...", "Statement: Cook Islands Prime Minister's visit to
            # China" on a ministry's own site: the site's text
            self.narrator = Candidate(self.site_owner, text.strip(), "(statement)", Rule.TRANSCRIPT, -1)
        if self.narrator is None and _LETTERHEAD.fullmatch(text.strip()):
            self._learn_letterhead(text.strip())
        if not self.body_started and self.outlet_state is None and text.count("|") >= 2:
            self._learn_bureaus(text)
        if not self.body_started and self.site_owner is None and self.masthead_lines < _MASTHEAD_LINES:
            self.masthead_lines += 1
            self._learn_site_owner(text.strip())
        elif not self.body_started and self.site_owner is not None:
            byline = _SPOKES_BYLINE.fullmatch(text.strip())
            if byline:
                # "Jalina Porter, Principal Deputy Spokesperson" under the State Department's masthead: the site's
                # spokesperson, whose label ("MS PORTER:") speaks for the site's state
                self.site_people[byline.group("name")] = self.site_owner
                self._add_person(byline.group("name"), self.site_owner)
        speaker = self._heading_speaker(text, self.mentions(text)) if self.body_started else None
        if dateline_place(text) and speaker is None:
            self._learn_dateline(text)
            return
        mentions = self.learn(text, self.mentions(text))
        states = list(dict.fromkeys(m.actor for m in mentions if m.kind in _STATE_KINDS and m.actor != NOT_AN_ACTOR))
        if len(states) >= 2 and _JOINT_HEADING.search(text):
            # "Joint statement by the Foreign Ministers of Egypt, France, Germany and Jordan": "The Ministers" below
            self.group = [Candidate(a, a, "", Rule.GROUP, -1) for a in states]
            self.group_spoke = True
        if speaker is not None:
            # "Australian foreign minister Penny Wong" over the quotes of a round-up of reactions
            # (a label with its colon, "GEORGIAN DREAM:", which the dateline reading set apart: the entry after it)
            entry = text.rstrip().endswith(":")
            self.transcript = Turn(-1, speaker, False, quoted_only=not entry, entry=entry)
            self.last = speaker
            if speaker.actor in self.registry.states:
                # "Qatar" over "The foreign ministry condemned ...": the section's bodies are Qatar's
                self.bodies.clear()
                self.dateline = speaker.actor
            return
        opening = self._section_state(text, mentions) if self.body_started else None
        if self.body_started and self.section is not None:
            self.dateline = self.section[0]  # the section before is over: the article's own dateline again
            self.section = None
            # ... and so are the bodies it tied ("Chad offers help ... Chad's presidency said"; the next entry's
            # "The presidency said" is the page's own state's again)
            self.bodies.clear()
        if opening is not None:
            # a live-blog entry or crosshead that opens with a state ("11:30 GMT - Poland summons Israeli
            # ambassador"): until the next heading, its untied bodies and untitled officials are that state's
            self.bodies.clear()
            self.section = (self.dateline,)
            self.dateline = opening
        if _MENU_BARS.search(text) and (len({m.actor for m in mentions if m.kind in {"capital", "country"}}) >= 3
                                        or self._bureau_states(text)):
            # "THE HORN & LAKES DAILY | Nairobi | Addis Ababa | Kampala", "Accra | Abidjan | Lagos | Dakar": a
            # masthead's bureaus, no headline
            return
        # (a headline's bare demonym names its state too, after the states the line names: "Indonesian submarine found
        # broken off Bali" is Indonesia's story, "Russian strike kills 10 in Kyiv" first Ukraine's)
        # (not a demonym opening a place's or a body's name: "the Indian Ocean island", "Palestinian Authority")
        demonyms = [self.registry.demonym_actor(text[start:end]) for start, end in self.registry.demonyms(text)
                    if not _NEXT_CAPITALISED_WORD.match(text, end)]
        for actor in dict.fromkeys(a for a in demonyms if a is not None and a not in self.states):
            self.states[actor] = 1  # (counted as a state the headline names: "Indonesian" beside "Singapore")
        for actor in [*(m.actor for m in mentions), *demonyms]:
            if actor is not None and actor != NOT_AN_ACTOR and actor not in self.headline:
                self.headline.append(actor)

    def _section_state(self, text: str, mentions: list[Mention]) -> str | None:
        """The state a heading inside the article opens with, before a verb ("Poland summons ...",
        "14:30 GMT - Saudi Arabia condemns attack"), if any."""
        start = _ENTRY_TIME.match(text)
        at = start.end() if start else 0
        first = next((m for m in mentions if m.start >= at), None)
        if first is None or first.start != at or first.kind not in _STATE_KINDS or first.actor == NOT_AN_ACTOR:
            return None
        after = text[first.end:].split()
        if not (after and after[0].islower() and after[0].isalpha()):
            return None
        if first.kind in {"demonym", "role"}:
            # "Polish foreign ministry summons envoy", "Israeli army gives its account" open a section of
            # that state's voice; "Israeli cabinet decision", with no verb, is a topic
            tokens = tokenize(text)
            if not any(_is_position_verb(tokens, v, {}) or t.text.islower() and t.low.endswith("s")
                       and not t.low.endswith("ss") for v, t in enumerate(tokens) if t.start >= first.end):
                return None
        return first.actor

    def start_site_voice(self) -> None:
        """A government's own page (its masthead, site name or footer named the state): the text that names
        no speaker of its own is the government's, facts included, as a release is."""
        if self.site_owner is not None:
            self.site_voice = Candidate(self.site_owner, self.site_owner, "(site)", Rule.TRANSCRIPT, -1)

    def carry_site(self, owner: str | None, people: dict[str, str]) -> None:
        """The site owner and spokespeople an earlier article of the same page learned: still the site's."""
        self.site_owner = owner
        for name, actor in people.items():
            self.site_people[name] = actor
            self._add_person(name, actor)

    def learn_site_name(self, name: str) -> None:
        """A page's site name (its metadata's, or its title's last part, or an export's outlet): read as a
        masthead line; a capital in it ("Dhaka Tribune", "The Jakarta Post") is the outlet's own state.
        (A state's name is not: "France 24", "Voice of America" report the world.)"""
        if self.site_owner is None:
            self._learn_site_owner(name.strip())
        capitals = {m.actor for m in self.registry.mentions(name, self.date) if m.kind == "capital"
                    and m.actor != NOT_AN_ACTOR}
        if len(capitals) == 1 and self.site_owner is None:
            self.outlet_state = capitals.pop()

    def learn_site_imprint(self, imprint: str, url: str, site_name: str = "") -> None:
        """An institution's site whose name gives no state ("Ministry of Foreign Affairs"): the state of its
        footer's address or phone ("Teatinos 180, Santiago", "+962 6 573 5150"), else of its domain
        ("minrel.gob.cl"). A newspaper's footer address ("Av. Arequipa, Lima, Peru") is no voice but its home:
        the state of its officials named by title alone, as a capital in its name is. (Not its domain:
        "bbc.co.uk" reports the world.)"""
        if self.site_owner is not None:
            return
        lead = _IMPRINT_PIECES.split(imprint.strip(), 1)[0]
        if len(lead.split()) <= 12:
            # "Ministry of Foreign Affairs of the Republic of Guatemala · 2a. Avenida ...": the footer names the
            # institution and its state, where the title and masthead named neither
            institution, states, _ = self._masthead_parts(lead)
            if institution and states:
                self.site_owner = states[0].actor
                return
        named = [m for m in self.mentions(imprint) if m.actor != NOT_AN_ACTOR]
        if not self.masthead_institution:
            # a city in an address only: a country there may be part of a name ("Gulf of Guinea Times Media Ltd")
            cities = {m.actor for m in named if m.kind == "capital"}
            if len(cities) == 1 and self.outlet_state is None:
                self.outlet_state = cities.pop()
            return
        places = {m.actor for m in named if m.kind in {"capital", "country"}}
        phones = {state_of_calling_code(code) for code in _CALLING_CODE.findall(imprint)} - {None}
        host = urlsplit(url).hostname or "" if url else ""
        domain = {state_of_domain(host)} - {None} if host else set()
        if _MISSION_SITE.search(site_name):
            places, phones = set(), set()  # "Embassy in Athens | Athens | Tel. +30 ...": the host's address, not its own
        for found in (places, phones, domain):
            if len(found) == 1:
                self.site_owner = found.pop()
                return

    def _learn_site_owner(self, line: str) -> None:
        """A government site's masthead: an institution of one state ("THE MINISTRY OF FOREIGN AFFAIRS OF THE
        RUSSIAN FEDERATION", "Norway in Russia | Royal Norwegian Embassy in Moscow"), or the state's name on one
        line and the institution on the next ("Republic of the Philippines" / "DEPARTMENT OF FOREIGN AFFAIRS")."""
        if len(line.split()) > 12 or _SENTENCE_END_IN_LINE.search(line):
            return
        institution, states, readable = self._masthead_parts(line)
        if institution and states:
            # the state's own institution by its name before a place ("November 20, 2022 - Djerba, Tunisia - Global
            # Affairs Canada": where it spoke, then who)
            self.site_owner = next((m.actor for m in states if m.kind == "body"), states[0].actor)
        elif institution and self.masthead_state is not None:
            self.site_owner = self.masthead_state
        elif institution:
            self.masthead_institution = True
        elif len(states) == 1 and states[0].start in (0, _STATE_STYLE.match(readable).end()) \
                and states[0].end == len(readable):
            # the state's name and nothing else ("Republic of the Philippines", "REPUBLIC OF TÜRKİYE")
            self.masthead_state = states[0].actor
            if self.masthead_institution:
                self.site_owner = self.masthead_state

    def _learn_bureaus(self, line: str) -> None:
        """A masthead's bureaus ("Melbourne | Sydney | Brisbane | Perth"): a national paper's cities, all of one state,
        whose officials it names by title alone (not "Nairobi | Addis Ababa | Kampala": a regional paper's)."""
        states = self._bureau_states(line)
        if len(states) == 1:
            self.outlet_state = states.pop()

    def _bureau_states(self, line: str) -> set[str]:
        """The states of a line of places between bars ("Accra | Abidjan | Lagos | Dakar"), none if a piece is no
        capital or city ("Home | UAE | Gulf": a menu)."""
        states = set()
        for piece in (p.strip() for p in line.split("|")):
            capitals = [m.actor for m in self.registry.mentions(piece, self.date) if m.kind == "capital"
                        and m.end - m.start == len(piece)]
            state = capitals[0] if capitals else city_states().get(piece)
            if state is None or state not in self.registry.states:
                return set()
            states.add(state)
        return states

    def _masthead_parts(self, line: str) -> tuple["re.Match[str] | None", list[Mention], str]:
        """A masthead line's institution ("Ministry of Foreign Affairs"), the states it names as its own (not a
        host's: "Embassy in Moscow"), and the line as the name files write it."""
        # "REPUBLIC OF THE PHILIPPINES", "HELLENIC REPUBLIC | Ministry ...": each piece as the name files write it
        # ("MINISTRY OF FOREIGN AFFAIRS - SOCIALIST REPUBLIC OF VIET NAM": a dash separates pieces as a bar does)
        readable = "".join(_as_names_files_write(piece) if piece.isupper() else piece for piece in _MASTHEAD_PIECES.split(line))
        # (a role that is itself the institution counts: "U.S. Embassy in Guatemala")
        # (so does a state's ministry by its own name: "Ministry for Europe and Foreign Affairs", France's)
        states = [m for m in self.mentions(readable) if (m.kind in {"country", "demonym"} or m.kind == "role"
                                                         and _SITE_INSTITUTION.search(m.text)
                                                         or m.kind == "body" and m.actor in self.registry.states)
                  and m.actor != NOT_AN_ACTOR
                  and not re.search(r"\b(?:in|to)\s+$", readable[:m.start])]  # not the host: "Embassy in Moscow"
        return _SITE_INSTITUTION.search(readable), states, readable

    def _learn_letterhead(self, line: str) -> None:
        """A ministry's letterhead ("The Republic of Sudan", "Ministry of Foreign Affairs") names whose
        statement follows; its "Press Statement" line makes that state the voice of the paragraphs
        that name no speaker of their own, as a briefing's heading does."""
        states = [m.actor for m in self.mentions(line) if m.kind == "country" and m.actor != NOT_AN_ACTOR]
        if len(set(states)) == 1:
            self.letterhead = states[0]
        if self.letterhead is not None and (_STATEMENT_LINE.search(line) or self.numbered_release):
            self.narrator = Candidate(self.letterhead, line, "(statement)", Rule.TRANSCRIPT, -1)

    def _post_author(self, name: str) -> "Candidate | None":
        """The actor an embedded post's signature names: a known person, body or state filling the name (not a
        name the files do not know, whose post the labels give no actor)."""
        name = re.sub(r"^[Tt]he\s+", "", name.strip())  # "The White House (@WhiteHouse)": the name after the article
        named = [m for m in self.mentions(name) if m.actor != NOT_AN_ACTOR]
        whole = [m for m in named if m.end - m.start >= len(name.strip()) - 1 or m.kind in {"person", "officeholder"}]
        organ = _ORGAN_AFTER_STATE.fullmatch(name.strip(), named[0].end) if len(named) == 1 and named[0].start == 0 \
            and named[0].kind in {"country", "demonym"} else None
        if not whole and organ:
            whole = named  # "Ghana Police Service", "Kenya Defence Forces": the state's organ posts for it
        if not whole:
            # "U.S. Embassy Havana", "Embassy of Japan in Kenya": the sending state's post, not the host city's
            post = _DIPLOMATIC_POST.search(name)
            whole = [m for m in named if post and m.kind in {"country", "demonym", "role", "organisation"}
                     and (m.end <= post.end() or post.end() <= m.start and not _HOST_BEFORE.search(name, 0, m.start))]
        return Candidate(whole[0].actor, name, "(post signature)", Rule.TRANSCRIPT, -1) if len(whole) == 1 else None

    def _briefing_speaker(self, heading: str) -> "Candidate | None":
        """The spokesperson a briefing's heading names, as the voice of its unlabelled paragraphs and
        its "A:" answers: a named person first, else the body or state the heading names."""
        # the speaker's phrase only: not "the Philippines" of "... Remarks on the Philippines' ..."
        topic = _BRIEFING_TOPIC.search(heading)
        cut = topic.start() if topic else len(heading)
        found = [m for m in self.mentions(heading) if m.actor != NOT_AN_ACTOR and m.end <= cut
                 and not _PORTFOLIO_AFTER.match(heading, m.end)]  # "Department of U.S. Affairs of Foreign Ministry of DPRK"
        briefs = [m for m in found if _SENT_TO_BEFORE.search(heading, max(0, m.start - 40), m.start)]
        if briefs and self.site_owner is not None:
            # "Statement by Josefina Vidal Ferreiro, Director General for the United States" on Cuba's own site: the
            # state is her brief; she speaks for the site's
            found = [m for m in found if m not in briefs] or \
                [replace(briefs[0], actor=self.site_owner, kind="country")]
        people = [m for m in found if m.kind in {"person", "officeholder"}]
        chosen = (people or found or [None])[0]
        if chosen is None and re.search(r"(?i)secretary[- ]general", heading[:cut]):  # "... FOR THE SECRETARY-GENERAL"
            return Candidate("United Nations", "Secretary-General", "(briefing)", Rule.TRANSCRIPT, -1)
        if chosen is None and self.site_owner is not None \
                and re.search(r"(?i)\bspokes(?:man|woman|person)\b|\bofficial\s+representative\b", heading[:cut]):
            # "DAILY PRESS BRIEFING BY THE SPOKESPERSON" on a foreign ministry's own site: the site's spokesperson
            return Candidate(self.site_owner, heading.strip(), "(briefing)", Rule.TRANSCRIPT, -1)
        return None if chosen is None else Candidate(chosen.actor, chosen.text, "(briefing)", Rule.TRANSCRIPT, -1)

    def _heading_speaker(self, text: str, mentions: list[Mention]) -> "Candidate | None":
        """The speaker a subheading names in a round-up of reactions ("US secretary of state Marco
        Rubio", "Australian foreign minister Penny Wong", "UNITED NATIONS"): a heading of at most a
        few words that is only an actor, a role and a name, with no verb."""
        label = text.strip().rstrip(":").strip()
        if label.isupper():
            label = _as_names_files_write(label)  # "COUNCIL OF EUROPE": "Council of Europe", not "Council Of Europe"
            mentions = self.mentions(label)
        words = label.split()
        if not mentions or len(words) > 9 or not words:
            return None
        spans = [(m.start, m.end) for m in mentions]
        for word in re.finditer(r"[^\s,()]+", label):
            inside = any(a <= word.start() < b for a, b in spans)
            token = word.group().lower().strip(".'’")
            if not inside and token not in _HEADING_ROLE_WORDS:
                return None  # "Israel strikes Iran", "Mariam Al Hashimi": a headline or an unknown name, no speaker
        actors = [m for m in mentions if m.actor != NOT_AN_ACTOR]
        people = [m for m in actors if m.kind in {"person", "officeholder", "role"}]
        chosen = people[-1] if people else actors[0] if len(actors) == 1 and actors[0].kind != "capital" \
            and actors[0].end - actors[0].start >= len(label) - 1 else None
        return Candidate(chosen.actor, label, "(heading)", Rule.TRANSCRIPT, -1) if chosen else None

    # -- resolving --------------------------------------------------------------------------
    def un_spokesman(self, definite: Definite) -> bool:
        """"the Spokesman said" in a UN readout: the capital is the UN's house style."""
        # (not on a government's own site: "The Spokesperson said" there is the site's own)
        return "United Nations" in self.named and self.site_owner is None and bool(_UN_SPOKESMAN.match(definite.phrase))

    def bloc_before(self, mentions: list[Mention], offset: int) -> list[str]:
        """The bloc a sentence's "the bloc" at ``offset`` means: the last named before it ("speaking as
        chairman of the bloc, said West Africa would ask the AU and the EU": not a bloc named after it)."""
        named = [m.actor for m in mentions if m.actor in BLOCS and m.end <= offset]
        return named[-1:] or self.blocs_before[-1:]

    def tied_body(self, definite: Definite) -> str | None:
        """The actor the article itself tied the body to, or its one usual actor."""
        body = definite.body
        if body is not None and body in self.bodies:
            if _CIVIC_GROUP.search(definite.phrase) and self.registry.kind_of(self.bodies[body]) == "armed group":
                return None  # "the rights group" in an article on a militia: not the militia
            return self.bodies[body]
        if body == "department" and "ministry" in self.bodies:
            return self.bodies["ministry"]  # "the department" after "the Ukrainian Foreign Ministry"
        if body in {"bloc", "regional bloc", "summit"} and self.blocs:
            return self.blocs[-1]
        if body == "body":
            # "the 15-nation body" after the Security Council; "the continental body" after the AU
            regional = re.search(r"(?i)\b(?:regional|continental|sub-?regional)\b", definite.phrase)
            council = self.bodies.get("council")
            return (self.blocs[-1] if self.blocs else None) if regional or council is None else council
        if body in _BLOC_HEADS:
            return next((b for b in reversed(self.blocs) if b in _BLOC_HEADS[body]), None)
        return _BODY_DEFAULTS.get(body) if body is not None else None

    def is_person(self, actor: str) -> bool:
        """Is ``actor`` a person under their own name, from the name files or learned here ("Jane Roe, an analyst")?"""
        return self.registry.is_person(actor) or self.people.get(actor, (None,))[0] == actor

    def resolve_body(self, definite: Definite) -> str | None:
        if _LEGISLATURE_OF_A_PART.search(definite.phrase):
            return None  # "the regional parliament", "The House of Representatives in Tobruk": not the state's own
        if _HONORIFIC.match(definite.phrase) or _PRESIDENT_OF_THE_REPUBLIC.match(definite.phrase):
            # "His Highness said", "The President of the Republic reiterated": the house's own head of state
            return self.dateline or self.own_state()
        body = definite.body
        if self.site_owner is not None and _SITE_OWN_BODY.match(definite.phrase):
            return self.site_owner  # "The Ministry calls on ..." on the ministry's own page, whoever it named before
        tied = self.tied_body(definite)
        if tied is not None:
            return tied
        if _CIVIC_GROUP.search(definite.phrase):
            return None  # "the aid group" the article has not tied: never a state's body nor the headline's actor
        if body in _MONARCHIES:
            # "the kingdom said": the kingdom the article named last, not the last speaker (who may be its foe)
            return next((a for a in reversed(self.latest_states) if a in _MONARCHIES[body]), None)
        if body in _TIED_ONLY:
            return None  # "the opposition said" with no opposition named: no state's or headline's voice
        if self.dateline is not None and (body in _OWN_BODIES and _CAPITALISED_OWN_BODY.search(definite.phrase)
                                          or _FORMAL_MINISTRY.match(definite.phrase)):
            # "Amman (Petra) -- ... the Government condemned", "... The Ministry of Interior announced" after another
            # state spoke: the house's own government, its ministry named in full
            return self.dateline
        if definite.seen_before and self.last is not None:
            return None  # the caller gives it to the last speaker, as before
        if body is not None and _home_body(body):
            # "Police said", "The health ministry said": a state's body, the state the headline
            # names first, else the article's own state
            return self.own_state()
        if body is not None and self.headline:
            return self.headline[0]
        return None


# A state's organ named after it ("Ghana Police Service", "Nigerian Army", "Kenya Defence Forces", "Ministry of ..."
# after the name): the words after the state's name
_ORGAN_AFTER_STATE = re.compile(r"\s+(?:National\s+)?(?:Police(?:\s+(?:Service|Force))?|Armed\s+Forces|Defen[cs]e\s+(?:Forces?|"
                               r"Ministry)|Army|Navy|Air\s+Force|Presidency|Government|Foreign\s+Ministry|MFA|State\s+House|"
                               r"Ministry\s+of\s+(?:Foreign\s+Affairs|Defen[cs]e|Interior|Information))")
# An airline's name ("Kenya Airways", "Air Tanzania", "Swiftair"), which "the airline" and "the carrier" mean next
_AIRLINE_NAME = re.compile(r"(?i)\b(?:airways|airlines?|air)\b|air$")
# The name files' kinds of civic bodies that "the group" means next (a campaign, a union, a coalition of them)
_GROUP_KINDS = {"group", "movement", "coalition", "trade union", "student union", "student group"}
# A diplomatic post in a signature's name, and the host after "in" or "to"
_DIPLOMATIC_POST = re.compile(r"\b(?:Embassy|Mission|Delegation|Consulate(?:\s+General)?|High\s+Commission)\b")
_HOST_BEFORE = re.compile(r"\b(?:in|to)\s+(?:the\s+)?$")


@dataclass
class SentenceView:
    """One sentence, read once: every rule looks at this and nothing else."""

    text: str
    tokens: list[Token]
    mentions: list[Mention]
    at: dict[int, Mention]
    quotes: list[tuple[int, int]]
    in_quote: bool  # a quotation opened earlier is still open at the start
    context: ArticleContext
    paragraph: int = 0

    @classmethod
    def build(cls, text: str, context: ArticleContext, in_quote: bool = False, paragraph: int = 0) -> "SentenceView":
        tokens = tokenize(text, in_quote)
        if not context.body_started:
            context.learn_colon_dateline(text)
            context.start_site_voice()
        context.body_started = True
        mentions = context.learn(text, context.mentions(text))
        return cls(text, tokens, mentions, _mention_at(tokens, mentions), quote_spans(text, in_quote), in_quote,
                   context, paragraph)

    @cached_property
    def participle_opener(self) -> int:
        """Where an opening participle clause before a pronoun speaker ends ("Noting that X had
        promised ..., she said"), else 0: read once for the rules and the last speaker."""
        return _opening_participle_clause(self.tokens)

    @cached_property
    def verbs(self) -> list["VerbSite"]:
        """Every position verb with its subject, found once for all the rules that need it (a
        function of the words and the mentions alone)."""
        key = (self.text, self.in_quote, tuple(self.mentions))
        sites = _VERB_SITES.get(key)
        return list(sites if sites is not None else _VERB_SITES.keep(key, tuple(self._verb_sites())))

    def _verb_sites(self) -> list["VerbSite"]:
        sites: list[VerbSite] = []
        question_end = _question_clause_end(self.tokens)
        for v, token in enumerate(self.tokens):
            contact = _contact_before(self.tokens, v, self.at) if v >= question_end else None
            if contact is not None:
                # "Kuwait's emir telephoned King Salman to condemn the attack": the caller's position
                subjects = _subject(self.tokens, contact, self.at)
                if isinstance(subjects, list) or subjects is PRONOUN or isinstance(subjects, Definite):
                    sites.append(VerbSite(v, token, "subject", subjects))
                continue
            if v < question_end or not _is_position_verb(self.tokens, v, self.at):
                continue  # "Asked whether the US stood behind the attack, ...": a question, no one's position
            if token.quoted and not _short_quoted_verb(self.tokens, v):
                sites.append(VerbSite(v, token, "quoted", _adjacent_subject(self.tokens, v, self.at)))
                continue
            if token.low.endswith("ing") and v > 0 and self.tokens[v - 1].text == ",":
                main = next((s for s in reversed(sites) if s.kind != "quoted" and s.subjects is not None), None)
                if main is not None:
                    sites.append(VerbSite(v, token, main.kind, main.subjects))  # "..., the ministry said, adding"
                    continue
                opening = _opening_subject(self.tokens, self.at)
                if opening is not None:
                    # "Trump was coy about pressuring Moscow, saying ...": the sentence's subject, not Moscow
                    sites.append(VerbSite(v, token, "subject", opening))
                    continue
                if any(s.kind != "quoted" for s in sites):
                    # "the Foreign and Expatriates Ministry sent letters to the Security Council, describing
                    # ...": the participle is the earlier verb's, whose subject no rule named; not its object
                    sites.append(VerbSite(v, token, "inversion", None))
                    continue
            c = _past_auxiliaries(self.tokens, v)
            relative = c < v and any(t.low in {"who", "which"} for t in self.tokens[:c])
            # "the ambassador, who is based in Costa Rica and had told ...": the relative clause's own
            if c > 0 and self.tokens[c - 1].low in {"and", "but"} and not token.quoted and not relative:
                # "Putin conveyed condolences to Erdogan and said ...": the first verb's subject, not Erdogan;
                # "X said that Minsk would err, and warned ...": after a comma, the main clause's
                subjects = [s for s in sites if s.kind == "subject" and isinstance(s.subjects, (list, Definite))]
                main = (subjects[0] if c > 1 and self.tokens[c - 2].text == "," else subjects[-1]) if subjects else None
                opening = main.subjects if main is not None else _opening_subject(self.tokens, self.at)
                if opening is not None:
                    sites.append(VerbSite(v, token, "subject", opening))
                    continue
            if _closing_inversion(self.tokens, v, self.at):
                # "... from the attackers who struck Berlin, said Laura Doe, a researcher": the speaker after the
                # verb, not the clause's last place before its comma
                sites.append(VerbSite(v, token, "inversion", _inverted_subject(self.tokens, v, self.at)))
                continue
            subjects = _subject(self.tokens, v, self.at)
            if isinstance(subjects, list) and _background_deed(self.tokens, sites, v, subjects, self.at):
                continue  # "..., which Washington had voted for", "the type Pyongyang threatened to fire"
            if subjects is not None:
                sites.append(VerbSite(v, token, "subject", subjects))
            else:
                sites.append(VerbSite(v, token, "inversion", _inverted_subject(self.tokens, v, self.at)))
        return sites


def _as_names_files_write(capitals: str) -> str:
    """Words in capitals as the name files write them: "REPUBLIC OF THE PHILIPPINES" -> "Republic of the Philippines"
    ("TÜRKİYE": the dotted capital I is an I, not an I and a combining dot, once in lower case)."""
    return re.sub(r"\b(?:Of|The|And|For|In|To)\b", lambda w: w.group().lower(), capitals.replace("İ", "I").title())


def _demonym_state(registry: ActorRegistry, word: str) -> str | None:
    """The state a demonym opening a name is ("Guatemalan Migration Institute", "the Pakistani High Commission"): a
    demonym names a state only before a role, so the word is read before one."""
    return next((m.actor for m in registry.mentions(f"{word} embassy") if m.kind == "role" and m.actor != NOT_AN_ACTOR),
                None)


def _closing_inversion(tokens: list[Token], v: int, at: dict[int, Mention]) -> bool:
    """Is saying verb ``v`` a closing tail after a comma with its speaker after it (", said Laura Doe.", ", said
    Jane Roe, a researcher at ..."), a name and nothing more before the sentence's end or an apposition? Then
    the words before the comma are the reported clause, whatever mention ends it."""
    if v < 2 or tokens[v - 1].text != "," or tokens[v].low not in _SAY_FORMS or tokens[v].quoted \
            or _apposed_name_before(tokens, v - 1) or _independent_apposition_before(tokens, v - 1):
        return False
    k = v + 1
    while k < len(tokens) and (k in at or _name_word(tokens, k, at)
                               or tokens[k].low in _NAME_PARTICLES and k > v + 1):
        k += 1
    # (not "said China, Norway and Tunisia would ...", "said Armenia, which ...": the reported clause's subject)
    return k > v + 1 and (k == len(tokens) or tokens[k].text == "." or tokens[k].text == ","
                          and k + 1 < len(tokens) and tokens[k + 1].low in _DETERMINERS)


def _told_by_no_actor(tokens: list[Token], n: int, at: dict[int, Mention]) -> bool:
    """Is the word at ``n`` a verb of saying whose own subject is someone who is no actor ("Nijjar had
    told"), not an actor nor the speaker again ("and said", "it said")?"""
    if tokens[n].low not in _SAYING or tokens[n].quoted or any(j in at for j in range(max(0, n - 3), n)):
        return False
    c = _past_auxiliaries(tokens, n)
    return c > 0 and tokens[c - 1].text.isalpha() and tokens[c - 1].low not in _NOT_A_SPEAKER_BEFORE_SAYING


def _tail_speaker_after(tokens: list[Token], v: int) -> bool:
    """Does the sentence close on its speaker after the verb at ``v`` (", he said.", ", the ministry said
    in a statement.")?"""
    for c in range(len(tokens) - 1, v, -1):
        if tokens[c].text == ",":
            say = next((k for k in range(c + 1, min(c + 7, len(tokens))) if tokens[k].low in _SAYING
                        and not tokens[k].quoted), None)
            return say is not None and len(tokens) - say <= 6
    return False


_NEW_CLAUSE_AFTER_COMMA = {"while", "whereas", "but", "and", "as", "though", "although"}
# what one actor reports of another inside a relative clause is still a position ("the staff whom
# Israel accused", "something Damascus has denied", "a step Israel answered by recalling its envoys")
_SPEECH_ACTS = _REPORTED_POSITIONS | {form for base in ("accuse", "deny", "warn", "describe", "criticise",
                                                         "criticize", "threaten", "declare", "announce",
                                                         "claim", "answer", "respond", "dismiss", "say",
                                                         "recognise", "recognize")
                                      for form in _inflections(base)} | {"said"}
# "if"/"unless": a condition's deed is hypothetical ("ready to send experts if Tripoli asked, Stano added")
# Verbs that deny a claim ("..., which Azerbaijan denies", "a charge Islamabad rejects")
_DENIALS = {form for base in ("deny", "reject", "dispute") for form in _inflections(base)}
_BACKGROUND_OPENERS = {"which", "whom", "once", "until", "till", "since", "if", "unless"}
_NOT_A_NOUN_BEFORE = {"that", "after", "before", "since", "when", "while", "as", "because", "and", "or", "but",
                      "if", "than", "so", "where", "how", "why", "whether", "both", "also", "then", "now",
                      "even", "only", "yet", "though", "although", "whereas", "unless", "what", "who"}
# Words before a second verb of saying that make it the same speaker's ("and said", "it said"), not another's.
_NOT_A_SPEAKER_BEFORE_SAYING = {"and", "but", "also", "he", "she", "it", "they", "we", "i", "who", "which", "that",
                                "what", "as"}
_HEARSAY = {"informed", "told", "heard", "learned", "learnt", "notified", "assured"}


def _what_was_said_follows(tokens: list[Token], v: int) -> bool:
    """After "what X said" at ``v``, does the sentence give what was said ("what UNAMA said: the Mission will ...",
    "What UNHCR had told the refugees is that ...")?"""
    if v + 1 < len(tokens) and tokens[v + 1].text == ":":
        return True
    return any(t.low in {"is", "was"} and n + 1 < len(tokens) and tokens[n + 1].low == "that"
               for n, t in enumerate(tokens[v + 1:v + 10], v + 1))


def _background_deed(tokens: list[Token], sites: list["VerbSite"], v: int, subjects: list[Mention],
                     at: dict[int, Mention]) -> bool:
    """Is the deed at verb ``v`` background its subject takes no position by? Inside what an earlier
    speaker of the sentence said: a relative or time clause whose verb is a deed ("the resolutions,
    which Washington had voted for", "the type Pyongyang fired", "once the Dutch government
    apologized"), or a clause the speaker only heard ("she had been informed that the Saudi delegation
    objected"). In the narration: an object relative ("migrants whom Turkey had sent"). The guide's
    reported positions stay ("Zakharova said the US and EU asked for a meeting", "after Poland pledged
    four jets", "the staff whom Israel accused")."""
    if tokens[v].quoted:
        return False
    start = _mention_start(tokens, min(k for k in at if at[k] in subjects), at)
    k = _before_determiners(tokens, start - 1, at)
    word = tokens[k]
    if word.low == "whatever" or k >= 1 and tokens[k - 1].low == "whatever" and word.text.islower():
        return True  # "its support for whatever steps Kuwait deems necessary": a measure left open, no position
    if word.low == "what" and tokens[v].low in _SAYING and not _what_was_said_follows(tokens, v):
        return True  # "she could only second what the French president had said": a saying named, not what it said
    # ("raised its guard in case the North answers the defection with a provocation": a condition too)
    if any(t.low in {"if", "unless"} or t.low == "case" and j > 0 and tokens[j - 1].low == "in"
           for j, t in enumerate(tokens[max(0, k - 3):k + 1], max(0, k - 3))) and not any(
            t.text in {",", ";"} for t in tokens[max(0, k - 3):start]):
        return True  # "ready to send experts if the authorities in Tripoli asked for them": a condition, no deed
    speaker = next((s for s in sites if s.kind in {"subject", "inversion"} and s.subjects is not None
                    and s.token.low in _SAYING and not s.token.quoted), None)
    if speaker is None and _tail_speaker_after(tokens, v):
        # "Ukraine's troops would leave once Moscow accepted a just peace, he said": inside what the
        # tail's speaker said, a time or relative clause tells of someone else's deed
        return word.low in _BACKGROUND_OPENERS and (word.low not in {"which", "whom"} or tokens[v].low not in _SPEECH_ACTS)
    if speaker is None and word.low in {"since", "until", "till", "once"} and tokens[v].low not in _SPEECH_ACTS \
            and any(t.low in _SAYING and not t.quoted for t in tokens[v + 1:]):
        # "García-Margallo, who has led the response since Kirchner sent her bill to Congress, said": a time
        # clause before the saying verb dates what the speaker said, no deed of its own subject's
        return True
    if speaker is None:
        # an object relative of the narration describes its noun ("migrants whom Turkey had sent"),
        # not one after a comma or a preposition ("a week in which Nicaragua expelled the envoy")
        return k >= 1 and word.low in {"whom", "which"} and tokens[k - 1].text != "," \
            and tokens[k - 1].low not in _PREPOSITIONS and tokens[v].low not in _SPEECH_ACTS
    between = tokens[speaker.v + 1:start]
    if start > speaker.v and any(_told_by_no_actor(tokens, n, at) for n in range(speaker.v + 1, start)):
        # "The group said Nijjar had told members that Canadian officials had warned him": what someone who
        # is no actor told the speaker, a report of a report
        return True
    if start <= speaker.v or any(t.text == ";" or t.text == "," and n + 1 < len(between)
                                 and between[n + 1].low in _NEW_CLAUSE_AFTER_COMMA for n, t in enumerate(between)):
        return False  # "X said A, while Russia warned B": a clause of its own
    if word.low == "that":
        # "had been informed that", "was told that": what the speaker heard, not what the subject did
        return k >= 1 and tokens[k - 1].low in _HEARSAY and k - 1 != speaker.v
    if tokens[v].low in _SPEECH_ACTS or k == speaker.v:
        return False
    contact = word.text.isalpha() and word.text.islower() and not word.low.endswith("ly") \
        and word.low not in _NOT_A_NOUN_BEFORE | _PREPOSITIONS | _SAYING | _CLAUSE_VERBS | _AUXILIARIES
    return word.low in _BACKGROUND_OPENERS or contact  # "the type Pyongyang fired": a contact relative


# A partial quotation this short that holds the verb quotes the subject's own word for its act:
# 'ASEAN "strongly condemns" the air strike', 'China "firmly opposes" the move'.
_SHORT_QUOTE_TOKENS = 3


# Verbs of contact whose purpose infinitive states the subject's position ("telephoned X to condemn").
_CONTACT_VERBS = {"telephoned", "phoned", "called", "wrote", "met", "visited", "summoned", "travelled", "traveled",
                  "spoke", "rang", "cabled"}
_PURPOSE_VERBS = {"condemn", "express", "offer", "convey", "pledge", "voice", "reaffirm", "urge", "demand",
                  "protest", "denounce", "support", "welcome", "congratulate", "appeal", "press", "call", "reiterate",
                  "thank", "praise", "warn", "reassure"}  # "telephoned Erdogan to thank him"


def _contact_before(tokens: list[Token], v: int, at: dict[int, Mention]) -> int | None:
    """The contact verb whose purpose the infinitive at ``v`` states ("telephoned King Salman to
    condemn"), or None."""
    if v < 2 or tokens[v - 1].low != "to" or tokens[v].low not in _PURPOSE_VERBS or tokens[v].quoted:
        return None
    # (a second purpose after "and to" reaches further back: "telephoned Maduro on Sunday to wish him well
    # and to express Turkey's solidarity")
    reach = 16 if tokens[v - 2].low == "and" else 10
    for c in range(v - 2, max(-1, v - reach), -1):
        if tokens[c].text in {",", ";", ":"} or tokens[c].quoted:
            return None
        if tokens[c].low in _CONTACT_VERBS and c not in at:
            return c
    return None


# Lower-case role words inside an opening subject: "Israel's defence minister Israel Katz".
_OPENING_ROLE_WORDS = set(vocabulary.ROLES) | set(vocabulary.words(vocabulary.AFTER_POSSESSIVE))


def _opening_role_word(tokens: list[Token], k: int) -> bool:
    """A role word, or a lower-case adjective right before one ("Sudan's ruling generals")."""
    return tokens[k].low in _OPENING_ROLE_WORDS or tokens[k].text.isalpha() and tokens[k].text.islower() \
        and k + 1 < len(tokens) and tokens[k + 1].low in _OPENING_ROLE_WORDS and tokens[k].low not in _PREPOSITIONS


def _past_auxiliaries(tokens: list[Token], v: int) -> int:
    """The index of the first of the auxiliaries and adverbs right before the verb at ``v`` ("and was
    now blaming": the index of "was"), ``v`` itself with none."""
    c = v
    while c > 0 and (tokens[c - 1].low in _CLAUSE_AUXILIARIES | {"been", "also", "now", "then", "later", "again"}
                     or tokens[c - 1].low.endswith("ly") and tokens[c - 1].text.islower()):
        c -= 1
    return c


# "In Haiti, the civil protection authorities have reported ...": a place's authorities acting
_PLACE_AUTHORITIES = re.compile(r"In\s+[^,]{2,40},\s+(?:the\s+)?(?:[a-z-]+\s+){0,3}authorities\s+(?:have\s+|had\s+)?[a-z]+")


def _organisation_act(view: "SentenceView", speaker: str) -> "Candidate | None":
    """In a briefing's spokesperson's voice, a sentence that opens with another organisation acting ("IOM is
    continuing to provide food ...", "The International Rescue Committee followed on Monday, halting ..."): the
    organisation's statement, not the spokesperson's."""
    if _PLACE_AUTHORITIES.match(view.text):
        # "In Haiti, the civil protection authorities have reported more than 20 deaths": the state's authorities
        state = _place_opening(view)
        return Candidate(state, state, "", Rule.SUBJECT, -1) if state is not None and state != speaker else None
    opening = _opening_subject(view.tokens, view.at)
    if not opening or opening[0].kind != "organisation" or opening[0].actor in {speaker, NOT_AN_ACTOR} \
            or opening[0].start != _opening_start(view):
        return None
    verb = next((t for t in view.tokens if t.start >= opening[0].end), None)
    after = next((t for t in view.tokens if verb is not None and t.start > verb.start), None)
    if verb is not None and verb.low in {"is", "are", "was", "were"} and not (after and after.low.endswith("ing")):
        return None  # "The OPCW is an independent organization": what it is, not what it does
    return Candidate(opening[0].actor, opening[0].text, "", Rule.SUBJECT, -1)



def _opening_start(view: "SentenceView") -> int:
    """Where a sentence's first word starts, past "The" and a transcript's "And" ("And IOM is ...")."""
    return _OPENING_CONNECTIVE.match(view.text).end()


_OPENING_CONNECTIVE = re.compile(r"(?:(?:And|But|Also|Meanwhile),?\s+)?(?:[Tt]he\s+)?")  # matches every text


_ASIDE_CLAUSE_TOKENS = 20


def _opening_subject(tokens: list[Token], at: dict[int, Mention]) -> list[Mention] | None:
    """The mention that opens the sentence as its subject ("Trump was ...", "The Kremlin has ...",
    "Russian President Vladimir Putin conveyed ...", "Israel's defence minister Israel Katz on Monday
    had ...", "Kuwait's ruler, Emir Sheikh Sabah, telephoned ..."): the last mention of the run of
    names and role words that opens the sentence (past "The", an apposition, "on Monday" or "later"),
    with a lower-case word, the verb, right after it; None for an owner ("Maduro's threats")."""
    # past an opening adverbial with no actor in it: "Overnight, Ukraine's president, ..., released"
    comma = next((c for c in range(1, min(6, len(tokens))) if tokens[c].text == ","), None)
    start = comma + 1 if comma is not None and not any(c in at or tokens[c].quoted for c in range(comma)) else 0
    if start == 0 and len(tokens) > 2 and tokens[1].text == ":" and 0 not in at:
        start = 2  # "Question: The African Union's council met ...": past a transcript's label
    k, last, last_at = start, None, 0
    while k < len(tokens) and not tokens[k].quoted and (k in at or tokens[k].low == "the" and k == start
                                                        or tokens[k].text[:1].isupper() and tokens[k].text.isalpha()
                                                        or last is not None and _opening_role_word(tokens, k)
                                                        # "Minister of Foreign Affairs Elmar Mammadyarov held ..."
                                                        or tokens[k].text == "of" and k > start and last is None
                                                        and tokens[k - 1].text[:1].isupper() and k + 1 < len(tokens)
                                                        and tokens[k + 1].text[:1].isupper()):
        if k in at:
            last, last_at = at[k], k
            k = _mention_end(tokens, k, at)
        else:
            k += 1
    if last is not None and k + 1 < len(tokens) and tokens[k].text == "," and tokens[k + 1].text in {"Jr", "Sr"}:
        k += 2  # "President Joseph R. Biden, Jr. spoke": the name's suffix
    if last is not None and k < len(tokens) and tokens[k].text == ",":
        # "Kuwait's ruler, Emir Sheikh Sabah al-Ahmad al-Sabah, telephoned ...": past the apposition
        j = k + 1
        owned = False
        while j < len(tokens) and j - k <= 12 and (j in at or tokens[j].text[:1].isupper()
                                                    or tokens[j].low in _OPENING_ROLE_WORDS
                                                    or owned and tokens[j].text.isalpha() and tokens[j].text.islower()):
            if j in at:
                end = _mention_end(tokens, j, at)
                # "Michael O'Leary, Ryanair's chief executive, has ...": the owner of the role is
                # not the subject; the name before it is
                owned = last.kind == "person" and _ends_possessive(tokens[end - 1])
                if not owned:
                    last, last_at = at[j], j
                j = end
            else:
                j += 1
        if j < len(tokens) and tokens[j].text == "," and j > k + 1:
            k = j + 1
    if last is not None and k + 1 < len(tokens) and tokens[k].text == "," \
            and (tokens[k + 1].low.endswith("ing") or tokens[k + 1].low in {"who", "whose", "a", "an", "the"}):
        # "Haysom, addressing the same meeting by video link, did not mention ...", "Waberi, a former diplomat who
        # now teaches in Paris, was more hopeful": past the participle's or the relative's clause, or the apposition
        close = next((j for j in range(k + 2, min(len(tokens), k + _ASIDE_CLAUSE_TOKENS))
                      if tokens[j].text == "," or tokens[j].quoted), None)
        if close is not None and tokens[close].text == ",":
            k = close + 1
    if last is not None and k + 1 < len(tokens) and tokens[k].low == "on" and tokens[k + 1].text in _CALENDAR:
        k += 2  # "Israel Katz on Monday had to row back ..."
    while k < len(tokens) and tokens[k].low in {"also", "later", "earlier", "then", "again", "meanwhile", "now"}:
        k += 1
    after = tokens[k] if k < len(tokens) else None
    owner_end = _mention_end(tokens, last_at, at) if last is not None else 0
    if last is not None and _ends_possessive(tokens[owner_end - 1]) \
            and not (owner_end < len(tokens) and _opening_role_word(tokens, owner_end)):
        return None  # "Maduro's threats and expressed intentions": an owner, not the subject ("Kuwait's ruler" is)
    if last is None or last.actor == NOT_AN_ACTOR or after is None or not after.text.isalpha() \
            or not after.text.islower() or after.low in _PREPOSITIONS or after.low in {"and", "or"}:
        return None
    if after.low in _MODIFIED_NOUNS and last.kind in {"capital", "country"}:
        return None  # "The U.S. move ... sends": the name modifies the subject
    return [last]


def _short_quoted_verb(tokens: list[Token], v: int) -> bool:
    start = v
    while start > 0 and tokens[start - 1].quoted and tokens[start - 1].text not in _QUOTE_CHARS:
        start -= 1
    end = v
    while end + 1 < len(tokens) and tokens[end + 1].quoted and tokens[end + 1].text not in _QUOTE_CHARS:
        end += 1
    return end - start + 1 <= _SHORT_QUOTE_TOKENS and start > 1 and not tokens[start - 2].quoted


def _question_clause_end(tokens: list[Token]) -> int:
    """End of an opening "Asked whether/if ...," clause (0 without one)."""
    opener = next((k for k in range(1, min(4, len(tokens))) if tokens[k].low in {"whether", "if", "asked"}), None)
    if len(tokens) > 2 and tokens[0].low in {"asked", "when"} and opener is not None \
            and all(t.low.endswith("ly") or t.low in {"later", "again", "earlier"} for t in tokens[1:opener]):
        # the comma after the question's verb, not one inside a list ("whether the US, Britain and Ukraine stood")
        return next((k for k, t in enumerate(tokens) if t.text == "," and any(
            w.text.isalpha() and w.text.islower() and w.low not in {"and", "or", "the"} for w in tokens[2:k])), 0)
    return 0


@dataclass(frozen=True)
class VerbSite:
    v: int
    token: Token
    kind: str  # "subject", "inversion" or "quoted"
    subjects: Subjects


# --- the rules ----------------------------------------------------------------------------------

def _last(view: SentenceView, cue: str, rule: Rule, position: int = 0) -> list[Candidate]:
    last = view.context.last
    return [Candidate(last.actor, last.speaker, cue, rule, position)] if last is not None else []


# '"...," read the statement issued by X' / '..., read a communiqué from X': the text is X's.
_READ_THE_STATEMENT = (r"(?:,|[\"”])\s*read\s+(?:the|a)\s+(?:[\w-]+\s+){0,2}(?:statement|communiqu[ée]|message|post|"
                       r"note|letter)\s+(?:(?:issued|released|published|posted|signed|sent)\s+)?(?:by|from)\s+(?:the\s+)?")


# Capitalised title words before an office holder's name: "Foreign Minister ", "President ", "Prime Minister ".
_TITLE_BEFORE_HOLDER = re.compile(r"(?:(?:" + "|".join(sorted(_TITLE_WORDS, key=len, reverse=True)) + r")\.?\s+){1,4}")
# "The move drew swift condemnation from Ankara", "won praise from Kenya and Ghana": a reaction of each.
_REACTION_FROM = re.compile(
    r"(?i)\b(?:drew|draws|drawing|prompted|prompting|triggered|triggering|sparked|sparking|provoked|provoking|"
    r"won|earned)\s+(?:an?\s+)?(?:(?:swift|sharp|strong|immediate|widespread|angry|fierce|quick|international|firm|"
    r"rare|warm|cautious|strongly\s+worded)\s+)*(?:condemnation|criticism|rebukes?|protests?|praise|support|backing|"
    r"welcomes?|objections?|warnings?)\s+from\s+(?:the\s+)?")
# "Similar appeals for restraint came from Malta and Ecuador", "Condemnation also came from Cairo".
_REACTION_CAME_FROM = re.compile(
    r"(?i)\b(?:condemnation|criticism|protests?|praise|support|backing|welcomes?|appeals?|calls?|warnings?|"
    r"messages?|statements?|pledges?|offers?)\b[^.;:\"“”]{0,70}?\b(?:came|come|also\s+came|poured\s+in|(?:were|was)\s+(?:also\s+)?"
    r"received)\s+from\s+(?:the\s+)?"
    # "... have also come from the Presidents of Tajikistan, Azerbaijan and Georgia", "from the Heads of State of Chad"
    r"(?:(?:Presidents?|Heads?\s+of\s+State|Heads?\s+of\s+Government|[Ll]eaders|[Gg]overnments|Prime\s+Ministers|"
    r"Foreign\s+Ministers)\s+of\s+(?:the\s+)?)?")
# A ministry's release noting others' words (the guide: a position of X reported by Y is X's): "The Ministry has taken
# note of the statements of the OSCE Mission", "values the statements of condemnation issued by UNAMI", "has received
# messages of sympathy and solidarity from the governments of Cambodia, China and ..."
# (a decision only noted: "welcomed the decision of EU leaders to bar ..." is the welcomer's own position)
_NOTED_FROM = re.compile(
    r"(?i)\b(?:(?:(?:has\s+|have\s+)?(?:taken|takes?|took)\s+note\s+of|notes|noted)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:decision|statements?|messages?|words|remarks|position)|(?:values|valued|welcomes|welcomed|appreciates|"
    r"appreciated|(?:has|have)\s+received|received)\s+(?:the\s+|with\s+appreciation\s+the\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:statements?|messages?|words|remarks|position|condolences|congratulations|expressions?))\s+"
    r"(?:of\s+(?:condemnation|sympathy|solidarity|support|condolence)(?:\s+and\s+\w+)?\s+)?"
    r"(?:(?:issued|made|sent|expressed|posted)\s+)?(?:of|by|from)\s+(?:the\s+)?(?:governments?\s+of\s+(?:the\s+)?)?")
# ... a reaction's list names its items with their article: "from Egypt, Jordan and the Arab League".
_LIST_GLUE = re.compile(r"(?:,\s*|\s+and\s+|,\s+and\s+)(?:the\s+)?")


def rule_delegates(view: SentenceView, found: list[Candidate]) -> list[Candidate]:
    """'VANESSA FRAZIER (Malta), SAMUEL ŽBOGAR (Slovenia) and PASCALE BAERISWYL (Switzerland) each
    stressed': the UN meetings coverage's list of delegates, each speaking for the state after the name."""
    tokens, at = view.tokens, view.at
    listed: list[Mention] = []
    k = 0
    while k < len(tokens):
        n = k
        while n < len(tokens) and (n not in at or at[n].kind in {"person", "officeholder"}) \
                and tokens[n].text.isupper() and len(tokens[n].text) > 1 \
                and tokens[n].text.replace("-", "").replace("'", "").isalpha():
            n += 1
        if n == k or n + 2 >= len(tokens) or tokens[n].text != "(" or n + 1 not in at:
            break
        end = _mention_end(tokens, n + 1, at)
        if end >= len(tokens) or tokens[end].text != ")" or at[n + 1].actor == NOT_AN_ACTOR:
            break
        listed.append(at[n + 1])
        k = end + 1
        while k < len(tokens) and tokens[k].low in {",", "and"}:
            k += 1
    if len(listed) < 2 or k >= len(tokens) or tokens[k - 1].text != ")":
        return []
    while k < len(tokens) and tokens[k].low in {"each", "also", "both", "all", "jointly", "separately"}:
        k += 1
    if k >= len(tokens) or not tokens[k].text.islower() or tokens[k].low not in VERB_FORMS:
        return []
    return [Candidate(m.actor, m.text, tokens[k].text, Rule.SUBJECT, k) for m in listed]


def rule_reaction_from(view: SentenceView, found: list[Candidate]) -> list[Candidate]:
    """'The move drew swift condemnation from Ankara and Athens': a reaction each actor listed made."""
    out: list[Candidate] = []
    for match in [*_REACTION_FROM.finditer(view.text), *_REACTION_CAME_FROM.finditer(view.text),
                  *_NOTED_FROM.finditer(view.text)]:
        if any(a < match.start() < b for a, b in view.quotes):
            continue
        out += [Candidate(m.actor, m.text, match.group().strip(), Rule.REACTION_FROM, -1)
                for m in _listed_from(view, match.end(), _LIST_GLUE)]
    return out + _asked_about(view)


# A briefing's question that reports another actor's position (the guide: a position of X reported by Y
# is X's statement): "Asked about the Sovereignty Council's statement holding the RSF responsible",
# "Asked about condemnations by the United States and Britain".
_POSITION_NOUN_WORDS = r"condemnations?|rejection|accusations?|criticism|demands?|calls?|warnings?|denials?|threats?"
_ASKED_ABOUT = re.compile(
    r"^(?:Asked|Questioned)\s+about\s+(?:an?\s+|the\s+)?(?:(?P<owner>[^,]{2,60}?)['’]s?\s+)?(?:[a-z]+\s+){0,2}?"
    rf"(?P<noun>statements?|remarks?|comments?|announcement|video|{_POSITION_NOUN_WORDS})\b"
    r"(?:\s+(?:issued|made|posted))?(?:\s+(?:late\s+)?(?:on|last)\s+\w+)?"
    r"(?P<by>\s+(?:by|from)\s+(?:the\s+)?)?")
# What a neutral noun needs after it to report a position: "... statement that", "remarks by X, who had called"
_REPORTED_CONTENT = re.compile(r"(?:\s*,\s*[A-Z][^,]{0,40},)?\s*(?:(?:late\s+)?on\s+\w+\s+)?(?:that|which|who|holding|"
                               r"blaming|calling|accusing|saying|rejecting|dismissing|demanding|urging|describing|"
                               r"denying|of)\b")
_POSITION_NOUNS = re.compile(_POSITION_NOUN_WORDS)


def _asked_about(view: SentenceView) -> list[Candidate]:
    match = _ASKED_ABOUT.match(view.text)
    if match is None or not (match.group("owner") or match.group("by")):
        return []
    if match.group("owner"):
        start, end = match.span("owner")
        actors = [m for m in view.mentions if start <= m.start < end and m.actor != NOT_AN_ACTOR][-1:]
    else:
        actors = _listed_from(view, match.end(), _LIST_GLUE)
    if not actors:
        return []
    after = match.end() if match.group("owner") else actors[-1].end
    if not _POSITION_NOUNS.fullmatch(match.group("noun")) and not _REPORTED_CONTENT.match(view.text, after):
        return []  # "Asked about a statement by the Sudanese Government, the Spokesman said": no position reported
    return [Candidate(m.actor, m.text, match.group("noun"), Rule.REACTION_FROM, -1) for m in actors]


def _according_to_body(view: SentenceView, rest: str, opening: bool = False) -> str | None:
    """The actor of a state body after "according to the" ("according to the police"): the one the
    article tied it to, else, for a state's own body, the article's own state; where "According to" opens the
    sentence, a body named in more words too (``_according_to_named_body``)."""
    if not re.match(r"(?i)(?:police|army|military|interior\s+ministry|civil\s+defen[cs]e)\s*(?:[,.;]|$)", rest):
        return _according_to_named_body(view, rest) if opening else None
    definite = Definite("the " + rest)
    if definite.body is None:
        return None
    return view.context.tied_body(definite) or (view.context.own_state() if _home_body(definite.body) else None)


# "According to a statement from the Presidential Office,", "according to the information available to the
# Ministry,": the body behind the text
_TEXT_FROM = re.compile(r"(?i)(?:(?:a|the|same)\s+)?(?:statement|release|communiqu[ée]|information|figures|data|notice)"
                        r"(?:\s+[a-z]+)?\s+(?:from|by|of|available\s+to|released\s+by|issued\s+by)\s+(?:the\s+)?")
_ACCORDING_TO_BODY_WORDS = 6
_STATE_BODY_OF = re.compile(r"(?i)(?:the\s+)?(?:ministry|department|office|agency|service|directorate|commission|committee|"
                            r"council|presidency|government|secretariat)\b")


_ACRONYM_AFTER = re.compile(r"\s+\([A-Z]{2,6}\)$")
_PORTFOLIO_OF = re.compile(r"^(?:the\s+)?(?:Ministry|Department(?!\s+of\s+State$))\s+of\s+(?:the\s+)?"
                           r"[A-Z][a-z]+(?:\s+(?:and\s+)?[A-Z][a-z]+){0,3}$")


def _according_to_named_body(view: SentenceView, rest: str) -> str | None:
    """The actor of a body after "according to" that the first words before a comma name: "the Ministry of Energy of
    Belarus" (the state after its last "of"), "the foreign ministry", "the Presidential Office" (as the body would be
    resolved as a subject)."""
    if "," not in rest:
        return None
    phrase = rest.split(",", 1)[0].strip()
    text_from = _TEXT_FROM.match(phrase)
    phrase = phrase[text_from.end():] if text_from else phrase
    if not phrase or len(phrase.split()) > _ACCORDING_TO_BODY_WORDS:
        return None
    start = len(view.text) - len(rest) + rest.index(phrase)
    owner = next((m for m in view.mentions if m.end == start + len(phrase) and m.kind in _STATE_KINDS
                  and view.text[:m.start].endswith("of ")), None)
    if owner is not None and _STATE_BODY_OF.match(phrase):
        return owner.actor  # "the Ministry of Energy of Belarus"
    if any(start <= m.start < start + len(phrase) for m in view.mentions):
        return None  # a name the mentions read already
    # "the Ministry of Tourism", "the electoral commission (CENI)": a state's body by the name its own state gives it, or
    # with its acronym, read as "the ministry" and "the electoral commission"
    portfolio = _PORTFOLIO_OF.match(phrase) is not None
    if not text_from and not portfolio and _DEFINITE_SPEAKER.match("the " + phrase):
        return None  # "According to the ministry,": the last speaker's, as "the ministry said" after it would be
    if portfolio:
        return view.context.site_owner or view.context.own_state()  # (another state's is named with it, "of Belarus")
    phrase = _ACRONYM_AFTER.sub("", phrase)
    definite = Definite("the " + phrase)
    if definite.body is None or not _BODY_RE.fullmatch("the " + phrase):
        return None
    return view.context.resolve_body(definite)


def rule_according_to(view: SentenceView, found: list[Candidate]) -> list[Candidate]:
    """'according to X', 'according to him' (the last speaker); in a UN readout, 'Our colleagues at
    UNICEF tell us ...' (UNICEF); '"...," read the statement issued by the Jordanian foreign ministry'."""
    out: list[Candidate] = []
    for match in re.finditer(r"(?i)\baccording to\s+(?:the\s+|an?\s+)?|^our\s+(?:[a-z]+\s+)?colleagues\s+"
                             r"(?:at|from|in)\s+(?:the\s+)?|" + _READ_THE_STATEMENT, view.text):
        if any(a < match.start() < b for a, b in view.quotes):
            continue
        head = next((m for m in view.mentions if m.start == match.end()), None)
        if head is None:
            # "according to Foreign Minister Amir-Abdollahian": past the title to the office holder it names
            title = _TITLE_BEFORE_HOLDER.match(view.text, match.end())
            head = next((m for m in view.mentions if title and m.start == title.end()
                         and m.kind in {"officeholder", "person"}), None)
        rest = view.text[match.end():]
        if head is not None:
            out.append(Candidate(head.actor, head.text, "according to", Rule.ACCORDING_TO, -1))
        elif _STATE_OFFICE_AT.match(rest) and (state := view.context.own_state()) is not None:
            # "According to the Prosecutor General's Office, four women are among the dead": the state's own office
            out.append(Candidate(state, "the office", "according to", Rule.ACCORDING_TO, -1))
        elif (body := _according_to_body(view, rest, opening=match.start() == 0
                                          and match.group().lower().startswith("according"))) is not None:
            out.append(Candidate(body, "the " + rest.split()[0], "according to", Rule.ACCORDING_TO, -1))
        elif re.match(r"(?i)(?:him|her|them|its|his|their|same source)\b", rest) or _DEFINITE_SPEAKER.match(rest):
            source = re.match(r"(?i)[a-z]+\s+(?:by|from|of|in)\s+(?:the\s+)?", rest)
            if source is None:
                out += _last(view, "according to", Rule.PRONOUN, -1)
                continue
            # "according to a report by the Interfax news agency": whoever is named, not the last speaker
            owner = next((m for m in view.mentions if m.start == match.end() + source.end()), None)
            if owner is not None and owner.actor != NOT_AN_ACTOR:
                out.append(Candidate(owner.actor, owner.text, "according to", Rule.ACCORDING_TO, -1))
    return out


def rule_quoted_as_saying(view: SentenceView, found: list[Candidate]) -> list[Candidate]:
    """'the agency quoted Pashinyan as saying': the one quoted is the speaker."""
    out: list[Candidate] = []
    for match in re.finditer(r"(?i)\bquot(?:ed|es|ing)\s+(?:the\s+)?", view.text):
        head = next((m for m in view.mentions if m.start == match.end()), None)
        rest = view.text[head.end:] if head else view.text[match.end():]
        if not re.match(r"(?i)(?:him|her|them|\S+)?\s*as\s+(?:saying|telling|stating)", rest.lstrip()
                        if head else rest):
            continue
        if head is not None:
            out.append(Candidate(head.actor, head.text, "quoted as saying", Rule.QUOTED_AS_SAYING, -1))
        elif re.match(r"(?i)(?:him|her|them)\b", rest):
            out += _last(view, "quoted as saying", Rule.PRONOUN, -1)
    # "Kim was quoted by KCNA as saying": the one quoted, before the verb
    for match in re.finditer(r"(?i)\b(?:was|were|is|are)\s+(?:also\s+)?quoted\s+(?:by\s+[^,.]{1,60}?\s+)?as\s+"
                             r"(?:saying|telling|stating)", view.text):
        head = [m for m in view.mentions if m.end <= match.start() and not view.text[m.end:match.start()].strip()]
        if head and not re.search(r"\b(?:in|at)\s+$", view.text[:head[-1].start]):
            # not "a spokesman for Russia's embassy in Bamako was quoted": the embassy's place is no speaker
            out.append(Candidate(head[-1].actor, head[-1].text, "quoted as saying", Rule.QUOTED_AS_SAYING, -1))
    return out


def _unnamed_speaker(tokens: list[Token], v: int) -> bool:
    """Is the speaker of a saying verb an unnamed person ("one woman said", "said a resident")?"""
    before = tokens[v - 1] if v > 0 else None
    after = tokens[v + 1] if v + 1 < len(tokens) else None
    if before is not None and before.text.isalpha() and not before.quoted:
        return before.text.islower() and before.low not in _SUBJECT_PRONOUNS and before.low not in {"also", "then"}
    return after is not None and after.text.isalpha() and after.text.islower() and after.low not in _SUBJECT_PRONOUNS \
        and after.low not in _PREPOSITIONS and after.low not in {"that", "on", "in", "at", "after", "before", "late"}


_PHRASE_OPENERS = {"the", "some", "many", "several", "two", "three", "dozens", "hundreds", "local", "other"}
_HEAD_ENDS = {"in", "of", "from", "at", "on", "for", "with", "who", "across", "near", "inside", "outside"}


def _plural_unnamed_before(tokens: list[Token], v: int) -> bool:
    """Is the subject of verb ``v`` a plural common noun ("Residents of the capital said", "analysts told")?
    The head is the first word of the clause before the verb, past a determiner."""
    k = v - 1
    while k > 0 and v - k < 8 and tokens[k - 1].text not in {",", ";", ":"} and not tokens[k - 1].quoted:
        k -= 1
    while k < v - 1 and tokens[k].low in _PHRASE_OPENERS:
        k += 1
    # "Some Kurdish politicians in Erbil said": the noun that ends the phrase's first words
    end = next((j for j in range(k, v) if tokens[j].low in _HEAD_ENDS or tokens[j].text == "("), v)
    head = tokens[end - 1] if end > k and tokens[end - 1].text.islower() else tokens[k] if 0 <= k < v else None
    return head is not None and head.text.isalpha() and head.low.endswith("s") and not head.low.endswith("ss") \
        and head.low not in _SUBJECT_PRONOUNS and head.low not in {"this", "its", "his", "has", "was", "is"} \
        and (head.text.islower() or k == 0 or tokens[k - 1].text in {",", ";", ":"})


_SAYING = _SAY_FORMS | {"told", "tells", "asked", "asks", "explained", "recalled", "insisted", "stressed"}


def _mention_candidates(site: VerbSite, rule: Rule) -> list[Candidate]:
    return [Candidate(m.actor, m.text, site.token.text, rule, site.v) for m in site.subjects]  # type: ignore[union-attr]


def rule_subject(view: SentenceView, found: list[Candidate]) -> list[Candidate]:
    """The subject of a position verb: 'France accused Azerbaijan', 'France and Germany objected'."""
    return [c for s in view.verbs if s.kind == "subject" and isinstance(s.subjects, list)
            for c in _mention_candidates(s, Rule.SUBJECT)]


def rule_inversion(view: SentenceView, found: list[Candidate]) -> list[Candidate]:
    """'"...," said Colonna'."""
    return [c for s in view.verbs if s.kind == "inversion" and isinstance(s.subjects, list)
            for c in _mention_candidates(s, Rule.INVERSION)]


# A quotation credited after a dash, as live blogs and round-ups print it: '"France stands with Denmark." -
# Foreign Minister Jean-Noël Barrot.', '"..." — German Foreign Minister Johann Wadephul, on X'
_DASH_CREDIT = re.compile(r"[\"”]\s+[-–—]\s+(?=\S)")


def rule_dash_credit(view: SentenceView, found: list[Candidate]) -> list[Candidate]:
    """'"...." - Foreign Minister Jean-Noël Barrot': the quotation is the one the credit after the dash names
    (its first actor: a state's office holder, a body, a person the article knows)."""
    if found or not view.quotes:
        return []
    credit = _DASH_CREDIT.match(view.text, view.quotes[-1][1])  # (a span ends at its closing quotation mark)
    if credit is None or view.text[:view.quotes[0][0]].strip(' "“'):
        return []  # the sentence is the quotation and its credit, nothing more
    speaker = next((m for m in view.mentions if m.start >= credit.end() and m.actor != NOT_AN_ACTOR), None)
    if speaker is None:
        return []
    return [Candidate(speaker.actor, view.text[credit.end():].strip(" ."), "-", Rule.DASH_CREDIT, len(view.tokens) - 1)]


_COORDINATED_REACH = 12  # tokens back from "and" to the passive it may continue
# What a summoned envoy is, in the passive that "and" continues ("was summoned ... and handed a protest note"): done to
# the envoy, not by it (not "France was consulted and agreed", the subject's own act)
_RECEIVED_WHEN_SUMMONED = {"handed", "given", "told", "informed", "shown", "presented", "reminded", "asked", "urged",
                           "warned", "notified", "served"}


def _passive_before(tokens: list[Token], conjunction: int) -> bool:
    """Does a passive ("was summoned") open the clause that "and" at ``conjunction`` continues, with no comma between?"""
    for k in range(conjunction - 1, max(0, conjunction - _COORDINATED_REACH) - 1, -1):
        if tokens[k].text in {",", ";", ":"}:
            return False
        if tokens[k].low in _PASSIVE and k + 1 < conjunction \
                and _is_participle(tokens[k + 1].low):
            return True
    return False
# Reactions whose agent the passive names ("was condemned by"); not "is claimed by", "was reported by".
_PASSIVE_REACTIONS = {"condemned", "criticised", "criticized", "denounced", "rejected", "welcomed", "praised",
                      "hailed", "applauded", "commended", "endorsed", "backed", "supported", "opposed", "deplored",
                      "slammed", "decried", "dismissed", "denied", "disputed", "blamed", "accused", "echoed",
                      "approved", "vetoed", "protested", "contested", "urged", "demanded", "requested"}


# Putting a text to a vote is a position on it, said in the passive without an auxiliary too
_PUT_FORWARD = {"tabled", "sponsored", "co-sponsored", "drafted", "submitted", "proposed"}
_TEXTS_PUT_FORWARD = {"resolution", "draft", "text", "motion", "proposal", "amendment", "plan"}


# "Messages of condolence were also sent by ...", "Condolences have been received from ...": the senders' sympathy
# (after an opening phrase too: "By the evening of April 3, messages of sympathy had been received from the leaders of
# Paraguay, Guatemala ...")
_MESSAGES_FROM = re.compile(r"^(?:[A-Z][^,]{0,60},\s+)?(?:(?:[Mm]essages?|[Ll]etters?|[Nn]otes?|[Ee]xpressions?)\s+of\s+"
                            r"(?:condolences?|solidarity|sympathy|support|congratulations?)|[Cc]ondolences|[Cc]ongratulations)"
                            r"\b[^.;]{0,60}?\b(?P<verb>sent|received|conveyed|"
                            r"expressed|addressed)\s+(?:[a-z]+\s+)?(?:by|from)\s+")
_SENDERS_END = re.compile(r",?\s+(?:according\s+to|to\s+(?:the|his|her|their)\b|for\s+the\s+victims)|[;:]")


def rule_passive(view: SentenceView, found: list[Candidate]) -> list[Candidate]:
    """'The move was criticised by Serbian authorities', 'the plan has been rejected by Kyiv': the
    agent of a position verb in the passive is its speaker; so is the agent of "This was stated (at a
    briefing) by X", which gives the sentence before it to X (``rule_said_this``)."""
    out: list[Candidate] = []
    tokens = view.tokens
    said = _THIS_WAS_SAID.match(view.text)
    if said:
        agent = next((m for m in view.mentions if m.start >= said.end() and m.actor != NOT_AN_ACTOR), None)
        verb = _token_from(tokens, said.start("verb"))  # the regex matched the verb, so it is a token
        return [] if agent is None else [Candidate(agent.actor, agent.text, tokens[verb].text, Rule.PASSIVE, verb)]
    messages = _MESSAGES_FROM.match(view.text)
    if messages:
        # "Messages of solidarity were received from the Prime Ministers of Fiji, Solomon Islands and Vanuatu": each
        # sender's (not the source after "according to", nor whom they went to)
        end = _SENDERS_END.search(view.text, messages.end())
        senders = [m for m in view.mentions if messages.end() <= m.start < (end.start() if end else len(view.text))
                   and m.actor != NOT_AN_ACTOR and m.kind != "capital"]
        verb = _token_from(tokens, messages.start("verb"))
        return [Candidate(actor, actor, tokens[verb].text, Rule.PASSIVE, verb)
                for actor in dict.fromkeys(m.actor for m in senders)]
    for v, token in enumerate(tokens):
        if token.quoted or token.low not in _PASSIVE_REACTIONS | _PUT_FORWARD or v + 1 >= len(tokens):
            continue
        aux = v - 1 if v >= 1 and tokens[v - 1].low in _PASSIVE else \
            v - 2 if v >= 2 and tokens[v - 2].low in _PASSIVE and tokens[v - 1].low.endswith("ly") else None
        if aux is None and token.low in _PUT_FORWARD and v >= 1 and (tokens[v - 1].low in _TEXTS_PUT_FORWARD
                                                                      or tokens[v - 1].text == ","):
            aux = v  # "a draft resolution tabled by Russia", "The text, sponsored by the United States and Canada,"
        if aux is None:
            continue
        clause = aux
        while clause > 0 and tokens[clause - 1].text not in {",", ";", ":"}:
            clause -= 1
        if tokens[v + 1].low != "by" \
                or any(t.low in {"who", "which", "could", "would", "might", "may"} for t in tokens[clause:aux]):
            continue  # "Gallant, who was dismissed by Netanyahu", "could be blocked by": no position stated
        k = v + 2
        while k < len(tokens) and tokens[k].low in {"the", "its", "their"}:
            k += 1
        if k in view.at and view.at[k].actor != NOT_AN_ACTOR and not _modifies_noun(tokens, k, view.at):
            agent = view.at[k]
            out += [Candidate(m.actor, m.text, token.text, Rule.PASSIVE, v)
                    for m in [agent, *_coordinated_right(tokens, k, view.at)]]
    return out


def _modifies_noun(tokens: list[Token], start: int, at: dict[int, Mention]) -> bool:
    """Is the mention starting at ``start`` a modifier of the noun after it ("a U.S. veto")?"""
    k = _mention_end(tokens, start, at)
    return k < len(tokens) and tokens[k].text.isalpha() and tokens[k].text.islower() \
        and tokens[k].low not in _PREPOSITIONS and tokens[k].low not in {"and", "or", "as", "but", "that", "which", "who"}


def _coordinated_right(tokens: list[Token], start: int, at: dict[int, Mention]) -> list[Mention]:
    """Mentions joined by "and" after the one starting at ``start``: "by Serbia and Russia"."""
    out: list[Mention] = []
    k = _mention_end(tokens, start, at)
    while k + 1 < len(tokens) and tokens[k].low in {"and", ","}:
        j = k + 1
        while j < len(tokens) and tokens[j].low in _DETERMINERS | {"and"}:
            j += 1
        if j not in at:
            break
        out.append(at[j])
        k = _mention_end(tokens, j, at)
    return out


_INDEPENDENT_AFTER = re.compile(rf"\s+(?P<name>{_NAME})(?P<rest>\s*(?:,(?P<appo>[^,.;]*)|[.;]|$|\s+(?:on|in|at|told)\b))")
# "Jane Roe, senior Libya researcher at Human Rights Watch, said": wire copy's trade with no article
_TRADE_WITHOUT_ARTICLE = rf"(?:[\w-]+\s+){{0,3}}?{_INDEPENDENT_TRADES}\s+(?:at|with|for)\b[^,;]*"
_INDEPENDENT_BEFORE = re.compile(rf"(?:^|^(?i:another|one|a|an)\s+[a-z]+,\s+)(?P<name>{_NAME}),\s+(?:\d{{1,3}},\s+)?"
                                 rf"(?P<appo>(?:an?|who|one of)\b[^,;]*|{_TRADE_WITHOUT_ARTICLE}),\s+$")


# (the first word may open the sentence: "Security analyst Jane Roe said"; the name may carry its
# workplace or a relative clause: "Political analyst Jane Roe of the Caspian Institute said", "Aid
# worker John Roe, who left the city on Friday, says")
_TITLED_INDEPENDENT = re.compile(
    rf"(?:^(?:[A-Z][a-z-]+\s+)?|[,;]\s+)(?:[A-Z][\w-]*-based\s+)?(?:[a-z-]+\s+){{0,3}}(?:analyst|researcher|expert|"
    rf"scholar|professor|economist|lawyer|activist|commentator|historian|academic|resident|witness|scientist|"
    rf"(?<=[Aa]id\s)worker)\s+(?P<name>{_NAME})(?P<appo>\s+of\s+the\s+[A-Z][^,;]{{0,80}}|,\s+(?:who|whose)\s[^,;]{{0,120}},)?\s+$")


# The trade before the name, between commas: "Interviewed by ACP, the professor of political science at the
# University of Kinshasa, Mrs Honorine Ndaya Tshimanga, considered ..."
_INDEPENDENT_THEN_NAMED = re.compile(
    rf"(?:^|[,;]\s+)[Tt]he\s+(?:[a-z-]+\s+){{0,3}}(?P<appo>(?:analyst|researcher|expert|scholar|professor|economist|"
    rf"lawyer|activist|commentator|historian|academic|scientist|lecturer)\s+(?:of|at|in|on|with)\s+[^,;]{{3,100}}),\s+"
    rf"(?:(?:Mr|Mrs|Ms|Dr|Prof)\.?\s+)?(?P<name>{_NAME}),\s+$")
_MILITARY_RANKS = r"(?:brigadier|general|colonel|major|captain|lieutenant|admiral|commander|officer)"


_DEMONYM_WORDS = "|".join(map(re.escape, vocabulary.words(vocabulary.DEMONYM)))
_DEMONYM_WORD = re.compile(rf"(?i)\b(?:{_DEMONYM_WORDS})\b")
_DEMONYM_OR_RANK = re.compile(rf"(?i)\b(?:{_DEMONYM_WORDS}|{_MILITARY_RANKS})\b")


# Titles of an office or a rank before a name: whoever bears one is no independent voice.
_OFFICE_TITLES = {"Senator", "Sen.", "Speaker", "Deputy", "Prince", "Princess", "King", "Queen", "Governor", "Mayor",
                  "Minister", "President", "Judge", "Justice", "Ambassador", "Congressman", "Congresswoman", "Rep.",
                  "Representative", "MP", "Commissioner", "Chairman", "Chairwoman", "Secretary"}


def _independent(view: SentenceView, name: str | None, apposition: str, start: int) -> str | None:
    """A named person who speaks for no state or body the article names: an actor of their own."""
    if not name or len(name.split()) < 2 or any(m.start <= start < m.end for m in view.mentions):
        return None
    if name.split()[0] in _OFFICE_TITLES:
        return None  # "Senator John Kerry, who flew to Lahore,", "Deputy Speaker X, who co-chairs ...": an office, not a private voice
    if _DEMONYM_WORD.search(apposition):
        return None  # "an army spokesman": an official of a side the sentence does not name
    if any(start <= m.start < start + len(name) + len(apposition) + 3 and m.actor != NOT_AN_ACTOR
           and m.kind != "capital" for m in view.mentions):
        return None  # "a researcher at Human Rights Watch": the body is the voice, not the person
    return name


# "a senior researcher at Human Rights Watch", "a lawyer with Amnesty International": a trade at a body
_TRADE_AT = re.compile(rf"(?i)\b(?:{_INDEPENDENT_TRADES}|lawyer|researchers?|campaigners?|directors?|heads?|chiefs?)"
                       rf"\s+(?:at|with|for|of)\s+(?:the\s+)?$")


# A state as a researcher's beat, not her employer: "senior Libya researcher at Human Rights Watch"
_BEAT_TRADE = re.compile(rf"(?i)\s+{_INDEPENDENT_TRADES}\b")


def _employer_candidate(view: SentenceView, name: str | None, apposition: str, start: int,
                        site: "VerbSite") -> "Candidate | None":
    """'Jane Roe, a senior researcher at Human Rights Watch, said': the body she works at speaks (the
    guide: a body's staff speak for it), learned for her later mentions; None unless the apposition
    names one body, of a non-state kind, right after a trade and 'at' or 'with' (and not "a former
    official at the bank", who speaks for no one but herself)."""
    if not name or len(name.split()) < 2 or any(w in _FORMER for w in apposition.lower().split()):
        return None
    offset = view.text.find(apposition, start) if apposition else -1
    if offset < 0:
        return None
    inside = [m for m in view.mentions if offset <= m.start < offset + len(apposition) and m.actor != NOT_AN_ACTOR
              and not (m.kind in _STATE_KINDS and _BEAT_TRADE.match(view.text, m.end))]
    if len(inside) != 1 or inside[0].kind not in _EMPLOYER_KINDS \
            or not _TRADE_AT.search(view.text, offset, inside[0].start):
        return None
    view.context.people.pop(name, None)
    view.context._add_person(name, inside[0].actor)
    return Candidate(inside[0].actor, name, site.token.text, Rule.PERSON, site.v)


def _official_of(view: SentenceView, name: str | None, apposition: str) -> str | None:
    """'said Riyad Mansour, the Palestinian UN ambassador', 'Ahmed Asiri, a Saudi brigadier general who
    briefs reporters, said': a state's official, by a demonym and a role or rank in the apposition; the
    article learns the name for later."""
    leads = _LEADS_AN_ORGANISATION.match(apposition) if name else None
    if leads is not None and not view.context.mentions(leads.group("org")):
        # "Olivier Bancoult, who leads the Chagos Refugees Group ..., told": the group speaks (the guide:
        # a body's leader speaks for it), an actor under its own name, and so does the name later
        view.context.people.pop(name, None)
        view.context._add_person(name, leads.group("org"))
        return leads.group("org")
    if not name or not _DEMONYM_OR_RANK.search(apposition):
        return None
    states = [view.context.registry.demonym_actor(w) for w in re.findall(r"\b[A-Z][a-z]+\b", apposition)]
    state = next((a for a in states if a), None)
    if state is not None:
        view.context.people.pop(name, None)
        view.context._add_person(name, state)
    return state


_ADDRESSING = {"told", "tells", "telling", "tell", "asked", "asks", "informed", "assured", "reminded", "urged"}


def rule_person(view: SentenceView, found: list[Candidate]) -> list[Candidate]:
    """A named person of no state or body: '"...," said Jane Roe, a resident of the town' or
    'Jane Roe, an analyst at the institute, said ...' (the guide: independent people are actors)."""
    out: list[Candidate] = []
    for s in view.verbs:
        if s.subjects is not None or s.kind == "quoted" or any(c.position == s.v for c in found):
            continue
        person = None
        if s.kind == "inversion" and s.token.low not in _ADDRESSING:
            # (not '"...," Professor Cai told The Straits Times': whom one tells is no speaker)
            hit = _INDEPENDENT_AFTER.match(view.text, s.token.end)
            name = _clean_name(hit.group("name")) if hit else None
            official = _official_of(view, name, hit.group("appo") or "" if hit else "")
            if official is not None:
                out.append(Candidate(official, name or "", s.token.text, Rule.INVERSION, s.v))
                continue
            person = _independent(view, name, hit.group("appo") or "" if hit else "", hit.start("name") if hit else 0)
            employer = _employer_candidate(view, name, hit.group("appo") or "", hit.start("name"), s) \
                if hit and person is None else None
            if employer is not None:
                out.append(employer)
                continue
        if person is None:
            hit = _TITLED_INDEPENDENT.search(view.text[:s.token.start])  # "security analyst Yusuf Danjuma told"
            name = _clean_name(hit.group("name")) if hit else None
            person = _independent(view, name, hit.group("appo") or "" if hit else "", hit.start("name") if hit else 0)
        if person is None:
            hit = _INDEPENDENT_THEN_NAMED.search(view.text[:s.token.start])
            name = _clean_name(hit.group("name")) if hit else None
            # (not when its workplace is a body the article knows: "the researcher at Human Rights Watch, Jane Roe,")
            person = _independent(view, name, hit.group("appo"), hit.start("appo")) \
                if hit and not any(hit.start("name") <= m.start < hit.end("name") for m in view.mentions) else None
        if person is None:
            hit = _INDEPENDENT_BEFORE.match(view.text[:s.token.start])
            name = _clean_name(hit.group("name")) if hit else None
            official = _official_of(view, name, hit.group("appo")) if hit else None
            if official is not None:
                out.append(Candidate(official, name or "", s.token.text, Rule.PERSON, s.v))
                continue  # "Ahmed Asiri, a Saudi brigadier general who briefs reporters, said": Saudi Arabia's
            person = _independent(view, name, hit.group("appo") if hit else "", 0)
            employer = _employer_candidate(view, name, hit.group("appo"), 0, s) if hit and person is None else None
            if employer is not None:
                out.append(employer)
                continue
        if person:
            view.context.remember_person(person)
            out.append(Candidate(person, person, s.token.text, Rule.PERSON, s.v))
    return out


# Head words of the names of non-state organisations: "the Law Society of Kenya", "the Hostages and
# Missing Families Forum", "the opposition Coalition for Change".
# A state's services: "The National Forest and Wildlife Service (Serfor) reported", "the Swedish Migration Agency"
_SERVICE_HEADS = {"Service", "Agency", "Authority"}
_ORG_HEADS = "(?:" + "|".join([
    "Society", "Conference", "Forum", "Council", "Commission", "Committee", "Organi[sz]ation", "Chamber", *_GROUP_HEAD_WORDS,
    "Institute", "Observatory", "Watch", "Network", "Foundation", "Centre", "Center", "Church", "Platform", "Syndicate",
    "Trust", "Initiative", "Campaign", "Command", "Staff", "Directorate", *sorted(_SERVICE_HEADS)]) + ")"
_ORG_WORD = r"[A-Z][\w'’.&-]*"
_WEEKDAYS_AND_MONTHS = "(?:" + "|".join(sorted(_CALENDAR)) + ")"
_ORGANISATION_BEFORE = re.compile(
    rf"(?:^|\b[Tt]he\s+)(?:[a-z][a-z-]+\s+){{0,2}}"
    rf"(?P<org>(?!(?:The|His|Her|Its|Their|Our)\b)(?:{_ORG_WORD}(?:\s+(?:{_ORG_WORD}|of|for|and|on|in|the))*?\s+)?{_ORG_HEADS}"
    # "of the Army and Armed Forces" (not "Congress on Tuesday": a day is no part of a name)
    rf"(?:\s+(?:of|for|on|in)\s+(?:the\s+)?(?!{_WEEKDAYS_AND_MONTHS}\b){_ORG_WORD}(?:\s+(?:and\s+)?{_ORG_WORD}){{0,3}})?)"
    rf"(?:\s+\((?P<acronym>[A-Z][A-Za-z]{{1,7}})\))?(?:\s+and\s+(?P<second>[A-Z]{{3,12}}))?"
    # ", the country's largest union,", ", which brings together the main union federations,"
    rf"(?:,\s+(?:the|a|an|which|who)\s+[^,]{{3,120}},)?(?:\s+also|\s+itself)?\s+$")
# "who leads the Chagos Refugees Group", "who heads the Abkhaz People's Movement": a body the registry
# does not know, named in full with the head word of a group or organisation.
_LEADS_AN_ORGANISATION = re.compile(
    rf"who\s+(?:leads|heads|chairs|runs|founded|co-founded|directs)\s+the\s+"
    rf"(?P<org>(?:{_ORG_WORD}\s+){{1,5}}?(?:{_ORG_HEADS}|{_GROUP_HEADS}|Group))\b")


# First words of state organs ("the National Assembly", "the Constitutional Council"), which speak for a state.
_STATE_ORGAN_WORDS = {"National", "Constitutional", "Supreme", "Electoral", "Presidential", "Federal", "Central",
                      "State", "Royal", "Interim", "Transitional", "Military", "Security", "General", "Executive",
                      "Legislative", "Sovereign", "Joint", "Permanent", "Independent", "High", "Election", "Cabinet",
                      "Ministerial", "Sovereignty"}


# Heads only a state's organs have, and heads that make a state organ of a name opening with a state word.
# A state's cabinet or legislature by its own name (not "the Council of the League", a body's organ).
_STATE_ORGAN_NAME = re.compile(r"\b(?:Council\s+of\s+Ministers|Chamber\s+of\s+Deputies|House\s+of\s+Representatives|"
                               r"(?<=[A-Z]\.\s)Congress|(?<=U\.S\.\s)Senate|"
                               # a state's chambers, regulators, election commission, judicial council: "the Chamber of
                               # Senators", "the Telecommunications Regulatory Commission", "the Guyana Elections
                               # Commission", "Office of the State Council" (not a national human rights commission: the
                               # labels keep it an actor of its own, as they do an ombudsman)
                               r"Chamber\s+of\s+Senators|Council\s+of\s+Representatives|Council\s+of\s+the\s+Magistracy|"
                               r"State\s+Council|Superior\s+Council|Regulatory\s+(?:Commission|Authority|Agency)|"
                               r"Elections?\s+Commission|State\s+(?:Border|Security)\s+Committee)\b")
_STATE_HEADS = {"Command", "Staff", "Directorate"}  # "The Public Security Directorate said": a state's service
_STATE_ORGAN_HEADS = {"Council", "Committee", "Commission"}
# A state's mission abroad after its name: "the Pakistan High Commission in London", "the Kenyan Embassy"
_MISSION_AFTER = re.compile(r"\s+(?:High\s+Commission|Embassy|Consulate(?:\s+General)?|(?:Permanent\s+)?Mission)\b")


# "Marie-Claire Duvalier of the Lumiere Rights Foundation said": a member named before the body she speaks for
_MEMBER_OF = re.compile(rf"(?:{_NAME_WORD}\s+){{1,2}}{_NAME_WORD}\s+of\s+the\s+(?=\S)")


# "The Abu Dhabi-based Muslim Council of Elders": where it sits is no part of its name
_BASED_IN = re.compile(r"^(?:[A-Z][\w'’.]*\s+){0,2}[A-Z][\w'’.]*-based\s+")


def _without_member(org: str) -> str:
    """The organisation's own name, without the person named before it as its member."""
    member = _MEMBER_OF.match(org)
    if member is None or re.search(_ORG_HEADS + r"\b", org[:member.end()]) \
            or _INSTITUTION_WORDS & set(org[:member.end()].split()):
        return org  # "Supreme Council of the Islamic Revolution", "Bank of the South": one name
    return org[member.end():]


def rule_organisation(view: SentenceView, found: list[Candidate]) -> list[Candidate]:
    """A non-state organisation the registry does not know, named in full as the subject ("The Law
    Society of Kenya said ..."): an actor under its own name, as the guide has it."""
    out: list[Candidate] = []
    for s in view.verbs:
        if s.subjects is not None or s.kind == "quoted" or any(c.position == s.v for c in found):
            continue
        hit = _ORGANISATION_BEFORE.search(view.text[:s.token.start])
        if hit is None or len(hit.group("org").split()) < 2:
            continue
        org = _BASED_IN.sub("", _without_member(hit.group("org")))
        org_start = hit.end("org") - len(org)
        words = org.split()
        security = re.search(r"\b(?:Council|Committee|Commission)\s+(?:for|of)\s+(?:National\s+)?(?:Security|Defen[cs]e)$",
                             org)  # "the Ministerial Council for National Security"
        named_part = re.split(r"\s+(?:of|for|on|in)\s+", org)[0]
        head = named_part.split()[-1]  # "General Command of the Army"
        mission = _MISSION_AFTER.search(" " + named_part)
        if _STATE_ORGAN_NAME.search(org):
            # "In Riyadh, the Council of Ministers condemned", "The U.S. Congress sent a bill", "Chamber of
            # Deputies President X said": a state's cabinet or legislature, the state named in it or the article's
            inside = [m for m in view.mentions if org_start <= m.start < hit.end("org")
                      and m.kind in _STATE_KINDS and m.actor != NOT_AN_ACTOR]
            owner = inside[0].actor if inside else _place_opening(view) or view.context.own_state()
            if owner:
                out.append(Candidate(owner, org, s.token.text, Rule.BODY, s.v))
            continue
        if {words[-1], head} & _STATE_HEADS or words[0] in _STATE_ORGAN_WORDS and (words[-1] in _STATE_ORGAN_HEADS or security) \
                or mission:  # "the Pakistan High Commission in London said": the state's own mission
            # "The Joint Chiefs of Staff said", "The National Security Committee said": a state's
            # organ, named with no state: the article's own state, as "the ministry" untied is
            inside = [m for m in view.mentions if org_start <= m.start < hit.end("org")]
            if mission:  # not the host: "the Pakistani High Commission in London"
                host = re.search(r"\s+in\s+", org)
                inside = [m for m in inside if host is None or m.start < org_start + host.start()]
            owner = next((m.actor for m in inside if m.kind in _STATE_KINDS and m.actor != NOT_AN_ACTOR), None)
            if mission and owner is None:  # "the Pakistani High Commission": the demonym as in "the Pakistani embassy"
                owner = _demonym_state(view.context.registry, words[0])
            owner = owner or (view.context.own_state() if not inside and not mission else None)  # "US Southern Command said"
            if owner:
                out.append(Candidate(owner, org, s.token.text, Rule.BODY, s.v))
            continue
        if {words[-1], head} & _SERVICE_HEADS:
            # a service is a state's: the state named in it ("the Swedish Migration Agency"), else the article's own
            # where the name is a state's style ("The National Forest and Wildlife Service"); never an organisation
            inside = [m for m in view.mentions if org_start <= m.start < hit.end("org")]
            owner = next((m.actor for m in inside if m.kind in _STATE_KINDS and m.actor != NOT_AN_ACTOR), None) \
                or (view.context.own_state() if not inside and words[0] in _STATE_ORGAN_WORDS else None)
            if owner:
                out.append(Candidate(owner, org, s.token.text, Rule.BODY, s.v))
            continue
        if words[0] in _STATE_ORGAN_WORDS or words[0].lower() in _PERSON_TITLES:
            continue  # "The Chair of the Permanent Council took note": a person's title, no organisation's name
        if _SPONSORED.fullmatch(words[0]):
            continue  # "the U.S.-appointed Governing Council": a body described by its sponsor, not named in full
        if re.search(r"(?i)\b(?:by|of|and|with|to|from|for|against|between|including)\s+$", view.text[:hit.start()]):
            continue  # "an investigation by the UN and the Ethiopian Human Rights Commission said": an object
        if re.search(r"['’]s\b", org) or any(
                org_start <= m.start < hit.end("org") and m.kind not in {"country", "capital", "demonym"}
                for m in view.mentions):
            continue  # "Ethiopia's Council of Ministers", a known body or person: the other rules' business
        for name in filter(None, (org, hit.group("second"))):
            out.append(Candidate(name, name, s.token.text, Rule.ORGANISATION, s.v))
    return out


def rule_quoted_subject(view: SentenceView, found: list[Candidate]) -> list[Candidate]:
    """Inside a quotation, a subject right before its verb: '"The U.S. and EU asked us," Zakharova said'."""
    return [c for s in view.verbs if s.kind == "quoted" and isinstance(s.subjects, list)
            and (s.token.low in _QUOTED_SPEECH_ACTS or s.token.low in _SAY_FORMS and s.v + 1 < len(view.tokens)
                 and view.tokens[s.v + 1].low in {"that", "it", "they", "he", "she", "we"})
            and not _DISMISSED_SAYING.search(" ".join(t.low for t in view.tokens[max(0, s.v - 6):s.v + 3]))
            for c in _mention_candidates(s, Rule.QUOTED_SUBJECT)]


# What a quotation reports another actor asked, agreed or proposed, or said in a clause ('"Moscow has said it
# will pull back," said a lawmaker'), is that actor's position ('"The U.S. and EU asked us," Zakharova said');
# its other deeds are the speaker's account of them ('"Washington has
# cancelled a summit to punish Russia," he wrote': an analyst's judgement of Washington, no statement of it)
_QUOTED_SPEECH_ACTS = {form for base in ("ask", "approach", "agree", "call", "urge", "demand", "propose", "request",
                                         "emphasize", "emphasise", "stress", "condemn", "welcome", "support", "reject",
                                         "announce", "insist", "appeal")
                       for form in _inflections(base)}


# A speaker quoting another's words only to wave them away: "Whatever Moscow says in public", "Nothing
# Moscow has said so far explains", "The U.S. side says one thing and does another"
_DISMISSED_SAYING = re.compile(r"^(?:.* )?(?:whatever|nothing|what) (?:\S+ ){1,4}?(?:says|said|decides|has said)\b"
                               r"|\b(?:says|said) one thing\b")


def rule_media(view: SentenceView, found: list[Candidate]) -> list[Candidate]:
    """'APA said Aliyev had decided ...': an agency relays the position of the one it reports."""
    out: list[Candidate] = []
    for s in view.verbs:
        if s.kind == "quoted" or not isinstance(s.subjects, list) or s.token.low not in _SAY_FORMS:
            continue
        if all(m.actor == NOT_AN_ACTOR for m in s.subjects):
            reported = _reported_subject(view.tokens, s.v, view.at)
            if reported is not None:
                out.append(Candidate(reported.actor, reported.text, s.token.text, Rule.MEDIA, s.v))
    return out


def _speakers_before(found: list[Candidate], position: int) -> list[Candidate]:
    known = [c for c in found if c.rule not in {Rule.QUOTED_SUBJECT, Rule.REACTION_FROM} and c.position < position]
    return sorted(known, key=lambda c: (c.position >= 0, c.position))


# A Council president or a chair who speaks for their own state for a moment
_NATIONAL_CAPACITY = re.compile(r"(?i)\bin\s+(?:his|her|their)\s+(?:national|own\s+country['’]s)\s+capacity\b")


def rule_pronoun(view: SentenceView, found: list[Candidate]) -> list[Candidate]:
    """'he said': the sentence's own speaker, else the last speaker; never someone a quotation mentions."""
    out: list[Candidate] = []
    crowd = next((s.v for s in view.verbs if s.kind != "quoted" and s.subjects is None and s.token.low in _SAYING
                  and _plural_unnamed_before(view.tokens, s.v)), None)
    for s in view.verbs:
        if s.subjects is not PRONOUN:
            continue
        if crowd is not None and s.v > crowd and s.v >= 1 and view.tokens[s.v - 1].low == "they":
            continue  # "Residents said they feared ...": "they" are the residents, no actor
        if s.v >= 2 and view.tokens[s.v - 2].low == "what":
            continue  # "what it called false claims": the phrase of the sentence's own speaker
        # a source the speaker cites later in the sentence is not who "she" is ("she said ... according
        # to Lebanon's Ministry of Public Health"), nor one the opening participle clause reports
        cited = view.text.find("according to", view.tokens[s.v].start) if view.tokens[s.v - 1].low in {"he", "she"} else -1
        known = [c for c in _speakers_before([*found, *out], s.v) if not (c.rule is Rule.ACCORDING_TO and c.position < 0
                                                                          and cited >= 0)
                 and not 0 <= c.position < view.participle_opener]
        if view.context.narrator is not None and not known \
                and any(t.low in {"we", "i"} and not t.quoted for t in view.tokens[max(0, s.v - 3):s.v]):
            out.append(view.context.narrator)  # "We remind everyone ...": the briefing's spokesperson
            continue
        he_she = any(t.low in {"he", "she"} for t in view.tokens[max(0, s.v - 3):s.v])
        person = view.context.subject if he_she else None
        its = next((k for k in range(max(0, s.v - 3), s.v) if view.tokens[k].low in {"it", "its"}), None)
        if its is not None:
            person = view.context.thing
            if its > 0 and view.tokens[its - 1].low == "and":
                # "Mali repatriated 133 people, and its foreign ministry said": the state the sentence opens with
                person = _opening_body(view) or person
            if any(t.low in {"that", "which"} for t in view.tokens[max(0, s.v - 4):s.v - 1]):
                # "US Central Command released footage that it said showed ...": the sentence's own subject
                person = _opening_body(view) or person
        if he_she and any(t.low in {"which", "where", "whom"} for t in view.tokens[max(0, s.v - 4):s.v]):
            # "Zelensky released a video message in which he expressed hope": the sentence's own subject
            person = _opening_person(view) or person
            if _opening_person(view) is None and _UNKNOWN_OPENING_NAME.match(view.text) and not view.at.get(0):
                continue  # "Jean-Pierre Mbala released a video in which he called": someone the article did not tie
        owner = _opening_owner(view, s.v) if he_she else None
        if owner is not None:
            person = owner  # "Putin's first move came a day later, when he sent ...": the owner the sentence opens with
        if not known and person is not None:
            out.append(Candidate(person.actor, person.speaker, s.token.text, Rule.PRONOUN, s.v))
            continue
        if not known and view.context.group_spoke and any(t.low == "they" for t in view.tokens[max(0, s.v - 3):s.v]):
            # "They called for ...": after a joint statement, all who made it
            out += [Candidate(c.actor, "they", s.token.text, Rule.PRONOUN, s.v) for c in view.context.group]
            continue
        last = [Candidate(known[0].actor, known[0].speaker, s.token.text, Rule.PRONOUN, s.v)] if known \
            else _last(view, s.token.text, Rule.PRONOUN, s.v)
        if _NATIONAL_CAPACITY.search(view.text):
            # "Speaking in his national capacity, he said Italy condemned": the Council president, not the UN
            last = [c for c in last if c.actor != "United Nations"]
        if its is not None:
            # "It called the abduction ...": a state or body, never a person the article quoted last
            last = [c for c in last if not view.context.is_person(c.actor)]
        out += last
    return out


def _joint_text_tail(tokens: list[Token], v: int) -> bool:
    """"..., the statement said", "the joint communiqué added": the text the group issued, speaking."""
    return v >= 2 and tokens[v - 1].low in _JOINT_TEXTS and tokens[v - 2].low in {"the", "joint"}


_JOINT_TEXTS = {"statement", "communiqué", "communique", "declaration", "text"}


# A sentence opening with a full name the registry and the article do not know, then its verb.
_UNKNOWN_OPENING_NAME = re.compile(rf"(?!(?:The|A|An|In|On|At|After|Before|When|While|But|And)\s){_NAME_WORD}"
                                   rf"(?:\s+{_PARTICLE}?{_NAME_WORD}){{1,3}}\s+(?:[a-z]+ly\s+)?[a-z]+ed\b")


def _opening_thing(view: SentenceView) -> "Candidate | None":
    """The state, body or organisation a sentence opens with as its subject, if it is no person."""
    opening = _opening_subject(view.tokens, view.at)
    if opening is None or opening[0].actor == NOT_AN_ACTOR or opening[0].kind in {"person", "officeholder"}:
        return None
    m = opening[0]
    return Candidate(m.actor, m.text, "", Rule.PRONOUN, -1)


# A live-blog entry's time before its heading: "11:30 GMT - ", "14:05 - ", "9.45am: ".
_ENTRY_TIME = re.compile(r"\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s*(?:GMT|BST|CET|CEST|EST|EDT|ET|UTC|local\s+time)?"
                         r"\s*[-–—:|]?\s*")
# Roles of one person: "The Secretary-General spoke to reporters. He said ..."
_PERSON_ROLES = {"secretary-general", "president", "prime minister", "foreign minister", "defence minister",
                 "minister", "spokesman", "spokeswoman", "spokesperson", "chairperson", "chairman", "envoy",
                 "leader", "foreign secretary", "emir", "king"}


def _opening_body(view: SentenceView) -> "Candidate | None":
    """The state or body a sentence opens with as its subject ("US Central Command released ...")."""
    opening = _opening_subject(view.tokens, view.at)
    m = opening[0] if opening else None
    return Candidate(m.actor, m.text, "", Rule.PRONOUN, -1) \
        if m is not None and m.actor != NOT_AN_ACTOR and m.kind not in {"person", "officeholder"} else None


# "We have been speaking to X", "we talked to X": whom a live blog has been interviewing.
_INTERVIEWED = re.compile(r"\b(?:speaking|spoken|talking|talked|spoke)\s+(?:to|with)\s+")


def _interviewed_person(view: SentenceView) -> "Candidate | None":
    """The person a sentence says the outlet has been speaking to ("We have been speaking to Commodore
    (retd) John Roe, a former officer"): whom the next "He expects" means."""
    hit = _INTERVIEWED.search(view.text)
    if hit is None:
        return None
    person = next((m for m in view.mentions if m.start >= hit.end() and m.kind == "person"
                   and m.actor != NOT_AN_ACTOR), None)
    if person is None or not re.fullmatch(r"(?:[A-Z][\w.]*\s+)*(?:\(retd\.?\)\s+)?", view.text[hit.end():person.start]):
        return None  # a title at most between ("Commodore (retd)"), no other words
    return Candidate(person.actor, person.text, "", Rule.PRONOUN, -1)


def _opening_owner(view: SentenceView, v: int) -> "Candidate | None":
    """The person a sentence opens with as an owner ("Putin's first intervention came ..."), if no
    other person stands between them and the verb ``v``."""
    first = view.at.get(0)
    if first is None or first.kind not in {"person", "officeholder"} or first.actor == NOT_AN_ACTOR:
        return None
    end = _mention_end(view.tokens, 0, view.at)
    if end >= v or not _ends_possessive(view.tokens[end - 1]) and view.tokens[end].low not in {"'s", "’s"}:
        return None
    if any(m.kind in {"person", "officeholder"} for k, m in view.at.items() if end <= k < v):
        return None
    return Candidate(first.actor, first.text, "", Rule.PRONOUN, -1)


def _opening_person(view: SentenceView) -> "Candidate | None":
    """The person a sentence opens with as its subject: a named person, or a one-person role the
    article ties to an actor ("The Secretary-General")."""
    opening = _opening_subject(view.tokens, view.at)
    if opening is not None:
        m = opening[0]
        return Candidate(m.actor, m.text, "", Rule.PRONOUN, -1) if m.kind in {"person", "officeholder", "role"} else None
    head = re.match(r"The\s+(?:[A-Z][\w-]*\s+){0,2}[A-Z][\w-]*(?=\s+[a-z])", view.text)
    if head is None:
        return None
    definite = Definite(head.group())
    if definite.body not in _PERSON_ROLES:
        return None
    actor = "United Nations" if view.context.un_spokesman(definite) else view.context.resolve_body(definite)
    return Candidate(actor, head.group(), "", Rule.PRONOUN, -1) if actor else None


_ON_BEHALF = re.compile(r"(?i)\b(?:(?P<in_name>in\s+the\s+(?:[\w-]+\s+){0,2}?(?:bloc|body|union|grouping|alliance|"
                        r"organi[sz]ation)['’]s\s+name\b)|on\s+behalf\s+of|in\s+the\s+name\s+of|as\s+(?:the\s+)?(?:current\s+)?chair\s+of"
                        # "speaking as pro tempore president of CELAC", "speaking as the rotating chair of the AU"
                        r"|speaking\s+as\s+(?:the\s+)?(?:current\s+|rotating\s+|pro\s+tempore\s+|outgoing\s+)?"
                        r"(?:president|chair|chairman|chairwoman|chairperson|head)\s+of"
                        # "Speaking for the three African members of the Council, Gabon, ...", "Speaking also for Australia"
                        r"|^Speaking\s+(?:also\s+)?for"
                        r"|(?<=,\s)speaking\s+(?P<also>also\s+)?for)"  # "Bernard Bot, speaking for the EU presidency, said"
                        r"\s+(?:the\s+)?")


# What may stand before "on behalf of" when a speaker speaks so: the sentence's start, a comma, or a
# verb of speaking or issuing ("Speaking on behalf of", "said on behalf of", "a statement issued on behalf of").
_SPEAKING_BEFORE = re.compile(r"(?i)(?:^|[,;:(]\s*|\b(?:speaking|spoke|speaks|said|says|told\s+\w+|wrote|stated|"
                              r"declared|added|issued|delivered|read|signed|acting|attended|statement|message)\s+(?:also\s+)?)$")


def rule_on_behalf(view: SentenceView, found: list[Candidate]) -> list[Candidate]:
    """'On behalf of the bloc, Ruto warned ...': a speaker in a body's name speaks for the body
    (the guide: the chair of a regional body speaking in its name is that body)."""
    out: list[Candidate] = []
    for match in _ON_BEHALF.finditer(view.text):
        if any(a < match.start() < b for a, b in view.quotes):
            continue
        if match.group().lower().startswith(("on", "in")) and not _SPEAKING_BEFORE.search(view.text, 0, match.start()):
            continue  # "accused the royal family of waging the war on behalf of Washington": no one speaks so
        in_name = match.group("in_name") is not None  # "said in the bloc's name": no list of members follows
        actors = [] if in_name else [m.actor for m in _listed_from(view, match.end())]
        named = None if in_name else re.match(r"[^—–(.;:,]{1,80}?\s(?:[—–(]|-(?=\s))\s*", view.text[match.end():])
        if not actors and named:
            # "on behalf of the three African members of the Council — Gabon, Ghana and Kenya —": the list after the
            # dash (a plain hyphen between spaces in copy typed without one: 'on behalf of the "A3+1" - Kenya, ...')
            actors = [m.actor for m in _listed_from(view, match.end() + named.end())]
        apposed = None if in_name else re.match(r"[^—–(.;:,]{1,80}?,\s+", view.text[match.end():])
        if not actors and apposed and not re.search(r"(?i)\bincluding\b", apposed.group()):
            # "Speaking for the three African members of the Council, Gabon, Ghana and Mozambique, the
            # representative of Ghana said": the list in commas, if it names more than one
            mentions = _listed_from(view, match.end() + apposed.end())
            closed = bool(mentions) and view.text[mentions[-1].end:mentions[-1].end + 1] == ","
            actors = list(dict.fromkeys(m.actor for m in mentions)) if closed else []
            actors = actors if len(actors) > 1 else []
        if not actors and re.match(r"(?i)(?:regional\s+)?bloc\b", view.text[match.end():]):
            actors = view.context.bloc_before(view.mentions, match.end())
        if not actors and _MEMBERS_AFTER.match(view.text, match.end()) or in_name:
            # "Finland, which holds the EU's rotating presidency, said on behalf of the 25 member states",
            # "Austria, ... said in the bloc's name": the body whose chair or presidency the sentence gave the speaker
            chaired = [m for m in view.mentions if m.end <= match.start() and m.actor != NOT_AN_ACTOR
                       and m.kind not in _STATE_KINDS | {"person", "officeholder"}
                       and _CHAIR_NEAR.search(view.text, max(0, m.start - 40), min(len(view.text), m.end + 30))]
            bloc = view.context.bloc_before(view.mentions, match.end()) if "bloc" in match.group().lower() else []
            actors = [chaired[-1].actor] if chaired else bloc
        speakers = [c for c in found if c.rule in {Rule.SUBJECT, Rule.INVERSION, Rule.PRONOUN, Rule.PERSON}]
        delegate = _DELEGATE_AFTER.match(view.text, match.end()) if match.start() == 0 and actors else None
        if not speakers and delegate is not None:
            # "Speaking for Mexico, the delegate said": the delegation the opening names, no one named before
            v = _token_from(view.tokens, delegate.start("verb"))
            speakers = [Candidate(actors[0], delegate.group("who"), view.tokens[v].text, Rule.ON_BEHALF, v)]
        own = [c.actor for c in speakers if c.actor not in actors]
        if speakers and not own:
            # "Jane Doe (Kenya), speaking on behalf of Niger and Tunisia, said": the subject rule read the
            # list of the aside; the speaker is the one named before it
            own = [m.actor for m in view.mentions[:1] if m.end <= match.start() and m.actor != NOT_AN_ACTOR]
        # "speaking also on behalf of ...": the speaker's own voice too
        # ("..., also speaking on behalf of Guyana and Mozambique, called for": the "also" before the participle)
        also = match.group("also") or re.search(r"(?i)\balso\s+(?:speaking\s+|spoke\s+)?$",
                                                view.text[max(0, match.start() - 20):match.start()]) \
            or re.match(r"Speaking\s+also\b", match.group())
        voices = list(dict.fromkeys([*own, *actors] if also else actors))
        out += [Candidate(actor, c.speaker, c.cue, Rule.ON_BEHALF, c.position) for c in speakers for actor in voices]
    return out


# "Speaking for Mexico, the delegate said": the unnamed speaker of a meeting's delegation, and the verb
_DELEGATE_AFTER = re.compile(r"[^,]{1,80},\s+(?P<who>the\s+(?:representative|delegate|speaker|ambassador))\s+"
                             r"(?:also\s+)?(?P<verb>(?!(?:of|for|to|from|in|at|on|and|who|whose|which)\b)[a-z]+)\b")
# "on behalf of the 27 member states", "... of all its members", "... of the grouping": a body not named
_MEMBERS_AFTER = re.compile(r"(?i)(?:its\s+|all\s+(?:its\s+)?|the\s+)?(?:\d+\s+|[a-z]+(?:-[a-z]+)?\s+(?=member))?"
                            r"(?:member\s+(?:states|countries|nations|governments)|members|grouping|bloc|union)\b")
_CHAIR_NEAR = re.compile(r"(?i)\b(?:chair|chairs|chaired|chairing|chairmanship|presidency|presides|presiding)\b")


# What stands between the items of a list of actors: "Niger, Tunisia and Saint Vincent".
_LIST_SEPARATOR = re.compile(r",?\s+(?:and\s+)?|,\s*")


def _listed_from(view: SentenceView, start: int, separator: re.Pattern = _LIST_SEPARATOR) -> list[Mention]:
    """The actors a list starting at ``start`` names: "Niger, Tunisia and Saint Vincent and the Grenadines"."""
    listed: list[Mention] = []
    at = start
    for m in view.mentions:
        if m.start < at or m.actor == NOT_AN_ACTOR:
            continue
        if m.start != at and not separator.fullmatch(view.text, at, m.start):
            break
        if m.start != start and not listed:
            break
        listed.append(m)
        at = m.end
    return listed


_PERFECT_AUXILIARY = re.compile(r"\s+(?:has|have|had)\s+")


def rule_body(view: SentenceView, found: list[Candidate]) -> list[Candidate]:
    """'the ministry added', 'the junta said': the body's actor from the article's context."""
    out: list[Candidate] = []
    for s in view.verbs:
        if not isinstance(s.subjects, Definite):
            continue
        same = next((c for c in out if c.speaker == s.subjects.phrase and c.rule is Rule.BODY), None)
        if same is not None:
            # "In Accra, the ministry advised ... and said ...": the second verb's body is the first's
            out.append(Candidate(same.actor, same.speaker, s.token.text, Rule.BODY, s.v))
            continue
        # "Police in Belarus said": the state the body's own phrase names, before any tie or home
        # ... but not the state an envoy is sent to ("The Secretary-General's Special Representative for Somalia")
        # ... the body's own phrase, not an aside after a comma ("The commission, in a statement issued in Abuja,")
        # ... nor a place in a clause of its own before the verb ("The Mission has increased its patrols around
        # Juba and says")
        phrase = _PERFECT_AUXILIARY.split(s.subjects.phrase.split(",", 1)[0], 1)[0]
        named = [m.actor for m in view.context.mentions(phrase) if m.kind in _STATE_KINDS and m.actor != NOT_AN_ACTOR
                 and not _SENT_TO_BEFORE.search(phrase, max(0, m.start - 40), m.start)]
        actor = named[0] if named and s.subjects.body else (
            "United Nations" if view.context.un_spokesman(s.subjects) or _SECRETARY_GENERALS.match(phrase)
            else view.context.resolve_body(s.subjects))
        if actor is None and _states_body_after_non_state(view, s):
            actor = view.context.own_state()
        body = s.subjects.body
        if body is not None and not named and _tied_later_in_the_sentence(view, body, s.v):
            # "The ministry dismissed the claims spread by the Armenian Defense Ministry": the ministry
            # the article meant before this sentence named another one after the verb
            actor = view.context.bodies_before.get(body) or view.context.own_state()
            if actor is not None:
                view.context.bodies[body] = actor  # and the next "the ministry added" is still this one
        earlier = _speakers_before([*found, *out], s.v)
        if earlier and earlier[0].actor != NOT_AN_ACTOR and (
                view.context.tied_body(s.subjects) is None or s.subjects.body in _OWN_BODIES):
            # "Somalia's spokesman told reporters that the government had asked ...": an untied
            # body, or "the government", in the clause an earlier speaker reports is the speaker's own.
            actor = earlier[0].actor
        place = _place_opening(view) or _place_of_speaking(view, s.v)
        if place is not None and not earlier and s.subjects.body in _OWN_BODIES | _STATE_BODIES:
            actor = place  # "In Brasília, the foreign ministry said": the ministry of the place
        if actor is not None and actor in _summoned_envoys(view, s.v) and not named:
            # "The foreign ministry summoned Russia's chargé d'affaires in Tallinn": not Russia's ministry,
            # but the host's (the place it names), else none
            hosts = [m.actor for m in view.mentions if m.start > view.tokens[s.v].start and m.kind == "capital"
                     and re.search(r"\bin\s+$", view.text[max(0, m.start - 4):m.start]) and m.actor != actor]
            actor = hosts[0] if hosts else None
        title = re.fullmatch(r"(?i)the\s+(president|prime\s+minister|chancellor|head\s+of\s+state)", phrase.strip())
        last, subject = view.context.last, view.context.subject
        states = view.context.registry.states
        if actor is None and title and not _speakers_before([*found, *out], s.v) \
                and (subject is None or subject.actor not in states) and (last is None or last.actor not in states):
            # "President Yoon Suk Yeol lifted ..., while the Democratic Party called ..." ... "the president
            # accused": the one the article titled so, not the party that spoke last; "the head of state said"
            # after an activist opened the sentence before: the president the article named
            key = _title_key(title.group(1))
            actor = view.context.titled.get("president" if key == "head of state" else key)
        if actor is not None and body is not None and " " in body and body.split()[-1] in _BODY_SET:
            # "The defence ministry said ..." then "The ministry said ...": the ministry named last, not
            # another state's foreign ministry the article named before it
            view.context.bodies[body.split()[-1]] = actor
        if actor is not None:
            out.append(Candidate(actor, s.subjects.phrase, s.token.text, Rule.BODY, s.v))
        elif s.subjects.seen_before and _NEW_NAME_APPOSED.search(s.subjects.phrase) \
                and len(s.subjects.phrase.split(",")[0].split()) >= 3 and not _NON_STATE_OWNER.search(s.subjects.phrase) \
                and not _speakers_before([*found, *out], s.v):
            # "The chief minister of Gujarat, Vijay Rupani, announced": someone new in a title of the article's own
            # state, not the last speaker (another state's ministry, a party, the UN)
            own = view.context.own_state()
            if own is not None:
                out.append(Candidate(own, s.subjects.phrase, s.token.text, Rule.BODY, s.v))
        elif s.subjects.seen_before:
            known = _speakers_before([*found, *out], s.v)
            # "President Biden spoke today with President Erdoğan. The President reaffirmed ...": the
            # person the sentence before opened with, as for "He reaffirmed"
            person = view.context.subject
            known = known or ([person] if person is not None and person.actor != NOT_AN_ACTOR else [])
            last = view.context.last
            if not known and view.context.group_spoke and _joint_text_tail(view.tokens, s.v) and last is not None \
                    and last.actor in {c.actor for c in view.context.group}:
                # "..., the statement said" after a joint statement: all who issued it, not the first of them
                out += [Candidate(c.actor, s.subjects.phrase, s.token.text, Rule.PRONOUN, s.v) for c in view.context.group]
                continue
            out += ([Candidate(known[0].actor, known[0].speaker, s.token.text, Rule.PRONOUN, s.v)] if known
                    else _last(view, s.token.text, Rule.PRONOUN, s.v))
    return out


def _states_body_after_non_state(view: SentenceView, site: "VerbSite") -> bool:
    """Does a sentence open with a state's body ("The government calls it a temporary measure") right after an
    agency, a party or a person spoke, which cannot be that body? Then it is the article's own state's."""
    body, last = site.subjects.body, view.context.last
    if body is None or not _home_body(body) or body.endswith(" minister") or not site.subjects.seen_before \
            or last is None or last.actor in view.context.registry.states:
        return False  # (not "the prime minister", whom the article titled: the caller finds them)
    where = view.text.find(site.subjects.phrase)
    before = [t for t in view.tokens if t.start < where]
    # the clause's own subject, opening the sentence or a coordinated clause ("Ministers declared ..., and the
    # government spokesman said"), not one a speaker reports or an object ("said the Government had refused")
    return where >= 0 and (not before or before[-1].text in {",", ";", ":"} or before[-1].low in {"and", "but"})


_ENVOY_AFTER = re.compile(r"(?:['’]s)?\s+(?:(?:acting|deputy|top|new)\s+)?(?:ambassador|charg[ée]|envoy|diplomats?)\b", re.I)


def _summoned_envoys(view: SentenceView, v: int) -> set[str]:
    """The states whose envoy the verb at ``v`` summons, hands a note to or expels ("summoned Russia's
    chargé d'affaires", "summoned the US ambassador"): never the summoning body's own."""
    if view.tokens[v].low not in _SUMMON_FORMS and not any(t.low in _SUMMON_FORMS for t in view.tokens[v + 1:v + 3]):
        return set()
    return {m.actor for m in view.mentions if m.start > view.tokens[v].start and m.kind in _STATE_KINDS
            and _ENVOY_AFTER.match(view.text, m.end)}


_SUMMON_FORMS = {"summoned", "summons", "summon", "summoning", "expelled", "expels", "expel", "handed"}


def _tied_later_in_the_sentence(view: SentenceView, body: str, v: int) -> bool:
    """Did a mention after the verb at ``v`` tie ``body`` to another actor than before the sentence?"""
    context = view.context
    if context.bodies.get(body) == context.bodies_before.get(body):
        return False
    head = body.split()[-1]
    return any(m.start > view.tokens[v].start and head in m.text.lower() for m in view.mentions)


# "The Secretary-General's Special Representative ...": the UN's, whatever place the title names
_SECRETARY_GENERALS = re.compile(r"(?:the\s+)?(?:UN\s+|U\.N\.\s+)?Secretary-General['’]s\s", re.I)
_PLACE_OPENING = re.compile(r"(?:In|From)\s+(?P<place>[^,]{2,40}),\s+")
# Bodies of a state, which a sentence opening in its capital names ("In Brasília, the ministry said").
_STATE_BODIES = {"ministry", "foreign ministry", "defence ministry", "defense ministry", "army", "military",
                 "foreign office", "president", "prime minister", "prosecution authority", "prosecutors", "police"}


def _place_opening(view: SentenceView) -> str | None:
    """The state of a capital or country the sentence opens in ("In Brasília, ...")."""
    hit = _PLACE_OPENING.match(view.text)
    if not hit:
        return None
    return next((m.actor for m in view.mentions if m.start == hit.start("place") and m.end == hit.end("place")
                 and m.kind in {"capital", "country"} and m.actor != NOT_AN_ACTOR), None)


# "a ministry spokesperson told reporters in Berlin", "the ministry said in Ankara": where it spoke
_AUDIENCE = {"reporters", "journalists", "the", "press", "media", "a", "news", "conference", "briefing", "on", "monday",
             "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}


def _place_of_speaking(view: SentenceView, v: int) -> str | None:
    """The state of the capital a speaking verb at ``v`` is said in ("told reporters in Berlin")."""
    tokens = view.tokens
    k = v + 1
    while k < len(tokens) and k - v <= 5 and tokens[k].low in _AUDIENCE:
        k += 1
    if k + 1 >= len(tokens) or tokens[k].low != "in" or k + 1 not in view.at:
        return None
    place = view.at[k + 1]
    return place.actor if place.kind == "capital" and place.actor != NOT_AN_ACTOR else None


# 'Orbán was unrepentant: "..."', 'Zakharova was blunter on Telegram: "..."': a clause whose subject is
# a named actor, then a colon and the quotation it introduces.
_COLON_QUOTE = re.compile(r"^(?P<head>[^\"“”:]{3,200}?):\s*[\"“]")
_GOVERNING = {"to", "in", "of", "by", "with", "for", "from", "against", "at", "on", "about", "over"}


def rule_colon_quote(view: SentenceView, found: list[Candidate]) -> list[Candidate]:
    """A quotation after a colon whose clause's subject is a named actor or "he"/"she", though with no
    verb of saying ("Jane Doe, a member of the bureau, was blunt:", "Doe's message to Kyiv was blunt:"):
    the actor's words."""
    hit = None if found or view.in_quote else _COLON_QUOTE.match(view.text)
    if hit is None:
        return []
    subject = _clause_subject(view, hit.end("head"), Rule.COLON_QUOTE)
    if subject is not None:
        return [subject]
    if re.search(r"(?i)(?:^|,\s+)(?:he|she)\s+(?:was|had|is|has)\b", hit.group("head")) \
            or re.match(r"(?i)(?:his|her|its|their)\s|the\s+(?:letter|statement|communiqu[ée]|message|note|post)\s",
                        hit.group("head")):
        # "he was blunt:", "His message to British nationals was simple:", "The letter put it plainly:"
        person = view.context.subject  # the person the sentence before opened with, else the last speaker
        return [Candidate(person.actor, person.speaker, ":", Rule.COLON_QUOTE, -1)] if person is not None \
            else _last(view, ":", Rule.COLON_QUOTE, -1)
    return []


def _clause_subject(view: SentenceView, end: int, rule: Rule) -> Candidate | None:
    """The first actor named before ``end`` that no preposition governs: the subject of a clause with
    no verb of saying ("Jane Doe, a member of the bureau, was blunt", "Charles Michel followed")."""
    governed, last_end = False, 0
    for m in view.mentions:
        if m.end > end:
            break
        words = view.text[:m.start].split()
        prev = words[-1].lower() if words else ""
        prev = words[-2].lower() if prev == "the" and len(words) > 1 else prev
        # "statements from Tehran and Cairo": a governed list stays governed
        listed = re.fullmatch(r",?\s+(?:and|or)\s+", view.text[last_end:m.start]) is not None
        governed, last_end = prev in _GOVERNING or governed and listed, m.end
        if not governed and m.actor != NOT_AN_ACTOR:
            return Candidate(m.actor, m.text, ":", rule, -1)
    return None


def rule_continuation(view: SentenceView, found: list[Candidate]) -> list[Candidate]:
    """A quotation with no speaker of its own continues the last speaker's, though it names an actor
    as the subject of its own verb ('"While Ukraine accepted the truce, Russia continues the war."'
    after Macron's paragraph is Macron's)."""
    if any(c.rule is not Rule.QUOTED_SUBJECT for c in found) or not (view.in_quote or _is_quotation(view.text)):
        return []
    if any(s.kind != "quoted" and s.token.low in _SAYING and _speaker_of_no_actor(view.tokens, s.v, view.at)
           for s in view.verbs):
        return []  # '"...," one woman said', '"...," said Aziz': a speaker of its own, no actor
    return _last(view, "(quotation)", Rule.CONTINUATION)


@dataclass
class Turn:
    """A turn of a press-conference transcript: the paragraph it was read in, who speaks (None for
    a question), and whether that paragraph opened with the speaker's label."""

    paragraph: int
    speaker: Candidate | None
    labelled: bool
    until: int | None = None  # the last paragraph the turn may run to (None: until another speaker)
    quoted_only: bool = False  # a round-up's speaker heading: its quotations, not the narration after them
    entry: bool = False  # a round-up's speaker label on a line of its own ("COUNCIL OF EUROPE:"): the next paragraph is its


# "Guo Jiakun: ...", "Spokesman: ...", "Question (Reuters): ...", "Deputy Spokesperson Farhan Haq: ..."
# "Shri Randhir Jaiswal, Official Spokesperson: ...", "Sidhant Sibal, WION: ...": a name and its role or outlet
# "President of Russia Vladimir Putin: ...", and in capitals with a dash: "Q - ...", "THE MINISTER - ..."
# ("2. Question (Reuters): ...": a numbered question)
_TURN_LABEL = re.compile(r"(?:\d{1,3}[.)]\s+)?(?P<label>[A-ZÀ-ÖØ-Þ][\w.'’-]*(?:\s+(?:of\s+|the\s+|for\s+)?[A-ZÀ-ÖØ-Þ][\w.'’-]*){0,6}"
                         r"(?:,\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})?)"
                         r"(?:\s*\((?P<aside>[^)]{1,80})\)(?:\s*\([^)]{1,80}\))?)?(?::|(?<=[A-Z)])\s+[-–—](?=\s))\s+(?=\S)")
_CAPS_LABEL = re.compile(r"[A-Z][A-Za-z .&'-]{1,40}:")
_TITLE_LABEL = re.compile(r"(?:[A-Z][\w'’-]*\s+(?:of\s+(?:the\s+)?)?){1,4}")  # "President of Russia ", "Foreign Minister "
_ROLE_LABEL = re.compile(r"(?i)the\s+(?:minister|president|prime\s+minister|secretary|spokes(?:man|woman|person)|"
                         r"secretary-general|chancellor)")
_SPOKES_LABEL = re.compile(r"(?:(?:Official|Principal|Deputy|Associate|Chief|Foreign\s+Ministry)\s+)*Spokes(?:man|woman|person)\b")
_ANSWER_LABELS = {"A", "Answer"}
# A briefing's byline under a ministry's masthead: "Jalina Porter, Principal Deputy Spokesperson"
_SPOKES_BYLINE = re.compile(r"(?P<name>[A-ZÀ-ÖØ-Þ][\w.'’-]+(?:\s+[A-ZÀ-ÖØ-Þ][\w.'’-]+){1,3}),\s+(?:the\s+)?"
                            + _SPOKES_LABEL.pattern + r"(?:,[^,]{2,60})?")
_LABEL_HONORIFIC = re.compile(r"^(?:Mr|Mrs|Ms|Dr|Amb|Ambassador|Shri|Smt|H\.E)\.?\s+")
_BARE_ANSWER_WORDS = 2
_TRAILING_VOCATIVE = re.compile(r",\s+[A-Z][\w'’-]+[.!]?\s*$")
# An interviewer thanking the guests by name: addressed to them, no one's position
_THANKING_GUESTS = re.compile(r"\s*[A-ZÀ-ÖØ-Þ][^.!?]{1,100},\s+(?:(?:thank you|thanks)(?:\s+(?:both|all|very much|so much))?"
                              r"(?:\s+for (?:(?:joining|being with|talking to|coming on) (?:us|me|the (?:programme|program|show))"
                              r"|coming in|being here|your time))?"
                              r")[.!]?\s*$"
                              # ... and the host's welcome by name or title alone: "Mariana, welcome.", "Minister, welcome."
                              # (not "Any support ... is, of course, welcome.")
                              r"|\s*(?:[A-ZÀ-ÖØ-Þ][\w'’.-]*\s+){0,3}[A-ZÀ-ÖØ-Þ][\w'’-]*,\s+welcome(?:\s+back)?"
                              r"(?:\s+to\s+the\s+(?:programme|program|show|studio))?[.!]?\s*$")
# A briefing's procedure, no position: its own header ("Transcript (near-verbatim) of today's noon briefing by ..."), and
# the spokesperson giving the floor ("Edie, go ahead.", "Iftikhar, and then Nabil.", "Maria first, and then Tom.")
_PROCEDURE = re.compile(r"(?i)\s*(?:(?:this\s+|what\s+follows\s+is\s+a\s+)?(?:transcript|near-verbatim\s+record)\b"
                        r"[^.]{0,80}\bbriefing\b.*"
                        # "Below is a close record of the briefing given ...", "... an almost verbatim record of ..."
                        r"|(?:below\s+is|this\s+is|what\s+follows\s+is)\s+an?\s+(?:close|almost\s+verbatim|near-verbatim|"
                        r"verbatim|full|partial)\s+record\b[^.]{0,80}\bbriefing\b.*"
                        r"|(?-i:[A-Z][\w'’-]+)(?:(?:\s+first)?,?\s+(?:and\s+)?then\s+(?-i:[A-Z][\w'’-]+)"
                        r"(?:,\s+(?:please\s+)?go\s+ahead)?|\s+first|,\s+(?:please\s+)?go\s+ahead)[.!]?\s*"
                        # "Now I am ready for your questions.", "Before your questions, three items."
                        r"|(?:and\s+|so\s+)?(?:now\s+)?(?:I\s+am|I'm|I’m)\s+(?:now\s+)?(?:ready|happy|glad)\s+"
                        r"(?:for|to\s+take)\s+(?:your\s+)?questions[.!]?\s*"
                        r"|before\s+(?:I\s+take\s+)?(?:your\s+)?questions,?\s+(?:a\s+few|one|two|three|four|five|several)"
                        r"\s+(?:items|announcements|things|updates|notes)(?:\s+to\s+(?:share|mention|flag))?[.:]?\s*)$")
_QUESTION_LABELS = {"Q", "Question", "Questions", "Journalist", "Reporter", "Correspondent"}
# A host addressing a guest by name before a clause of its own ("Mr Qureshi, the state says it ..."), not an
# apposition ("Mr Qureshi, the petitioners' lawyer, said")
_HONORIFIC_VOCATIVE = re.compile(r"\s*(?:Mr|Ms|Mrs|Dr|Prof)\.?\s+(?P<name>[A-Z][\w'’-]+),\s+"
                                 r"(?![^,]{0,150},)(?=(?:the|a|an|you|your|we|I)\b)")
# A guest's role in a label's bracket, which later labels use alone ("MAURICIO ALVARENGA (GUEST):", then "GUEST:")
_ROLE_ASIDE = re.compile(r"\s*(?i:guest|interviewee|caller|panell?ist|expert|analyst|guest\s+\d)\s*")
# An interview's host, by the label or its bracket ("HÉLÈNE MARCHAL (HOST):"): the outlet's voice, asking, no actor's
_HOST_WORDS = {"HOST", "PRESENTER", "INTERVIEWER", "ANCHOR", "MODERATOR", "CO-HOST", "NEWSREADER"}


def _bracketed_host(aside: str | None) -> bool:
    """Does a label's bracket call its speaker the host ("HÉLÈNE MARCHAL (HOST):")?"""
    return (aside or "").strip().upper() in _HOST_WORDS


def _asks(context: "ArticleContext", label: str, aside: str) -> bool:
    """Is a transcript label the interview's host's ("PRESENTER:", "HÉLÈNE MARCHAL (HOST):", or a label the
    article's pre-pass found asking): the outlet's voice, no actor's?"""
    return label.upper() in _HOST_WORDS or _bracketed_host(aside) or label in context.hosts
_TURN_FORMALITY = re.compile(r"(?i)\?[\"”’']?\s*$|^[^a-z]*$|^(?:[A-Z][\w ,.]{0,60}:\s+)?(?:(?:yes|no|well|ok|okay),\s+)?(?:thank you|"
                             r"thanks|see you|good (?:afternoon|morning)|all right|have a good|"
                             r"next question|I (?:have|had) nothing (?:more |further )?to add|no comment|I(?:'d| would) "
                             r"refer you|(?:I|we)(?:'ve| have) (?:seen|no information)(?![^.;]*,\s+(?:but|and)\s)|I don't have (?:any|anything|figures|"
                             r"details|information)|not that I(?:'m| am) aware|you(?:'d| would| will) have to ask|"
                             r"I(?:'ll| will) leave it to|[\w ]{1,30}, the floor is yours|"
                             r"(?:that|this|sanctions|it)(?:'s| is| are) (?:a )?(?:matter|question)s? for|"
                             # the briefing's own business: "I will start with Haiti.", "Go ahead.", "I will check
                             # with our colleagues", "I do not have an update", "over to you", "[Excerpt: ...]"
                             # (but not "I will start with Papua New Guinea, where the Secretary-General is horrified")
                             r"(?:so,?\s+)?I(?:'ll| will) (?:start|begin|check|get back|get you|leave|take|come back)\b"
                             r"(?![^.]*,\s+where\s+(?:the\s+)?(?:Secretary-General|Deputy\s+Secretary-General|High\s+Commissioner|"
                             r"Special\s+(?:Representative|Envoy|Coordinator)|UN\b|United\s+Nations|our\s+))|"
                             r"let(?:'s| us| me) (?:take|go|start|turn|move|begin)\b|go ahead|I have (?:\w+ ){0,3}(?:announcements?|items?) "
                             r"(?:at the top|to (?:start|make))|I have no announcements?\b|stay (?:warm|safe|dry)|absolutely\.?$|"
                             r"please\b|(?:yes|okay|ok),\s+please\b|(?:yes,\s+)?in the (?:front|back|middle)\b|"
                             r"(?:sure|right|yes|no|okay|ok)\.?$|I (?:do not|don't) have (?:an update|anything|any update)|"
                             r"I (?:can't|cannot) (?:confirm|speak to)|I(?:'m| am) not going to comment\b|"
                             # "I will not speculate.", "I think that speaks for itself.", "I've told you where we stand.",
                             # "I wouldn't accept that premise.", "I just stated our position.", "Press conferences today:
                             # none scheduled.", a readout's "It is provided for the use of the media ..."
                             r"I (?:will not|won['’]t|would not|wouldn['’]t|do not want to|don['’]t want to) speculate\b|"
                             r"(?:I think )?(?:that|it) speaks for itself\.?$|I(?:['’]ve| have) (?:told|given) you (?:where|what)\b|"
                             r"I (?:would not|wouldn['’]t) (?:accept|agree with) (?:that|the|your) (?:premise|characteri[sz]ation)\b|"
                             r"I (?:would not|wouldn['’]t) say that\.?$|I(?:['’]ve| have)? just (?:stated|given|set out) (?:our|my|the) position\b|"
                             r"press conferences? today\b|[^.]*\bfor the use of the media and is not an official record\b|[\w ,]{0,30}over to you|if there are no (?:more|further) "
                             r"questions|that concludes|\[|[^\[]*\]\s*$|that statement (?:is|was|has been) (?:being )?(?:shared|"
                             r"issued|distributed)|"
                             # nothing to give yet: "Not yet.", "I have no calls to read out.", "If that changes,
                             # we will let you know.", "I have a note on Afghanistan, which I will read now."
                             r"(?:not yet|no,? (?:we|I) (?:do|did|have) not|yes,? (?:we|I) (?:do|did|have))\.?$|"
                             r"(?:I|we) (?:have|had) no (?:\w+ )?(?:calls?|readouts?|updates?|announcements?) (?:to|for|at)\b|"
                             r"I have nothing to announce|I have a note on\b|enjoy the rest of|the floor is open|"
                             # the briefing's housekeeping: "Monica, all yours.", "Tomorrow, my guest will be ...",
                             # "X has paid its regular budget dues in full", "(Excerpt: Togo.)", the editor's
                             # "The following is a near-verbatim transcript ..."
                             r"[\w ,]{0,30}\ball yours\b|(?:[\w ,]{0,30})?my guest(?:s)? (?:will be|is|are|today)\b|"
                             r"[^.]*\b(?:regular )?budget dues\b|[^.]*\bfully paid-up Member States\b|\(excerpt\b|"
                             r"[^.]*\bnear-verbatim transcript\b|[^.]*\bare reproduced below\b|"
                             r"(?:if|when|once) [^,]{3,40}, (?:we|I)(?:'ll| will| would) (?:let you know|share|update you|"
                             r"keep you)|(?:we|I)(?:'ll| will) (?:let you know|share (?:more |the )?details|keep you (?:posted|"
                             r"updated))|"
                             # more housekeeping: "Tomorrow's guest at the noon briefing will be ...", "Welcome to the
                             # briefing.", "That's it for me.", "Joining us today are ...", "I want to start with UNRWA.",
                             # "On that, I'd refer you to the authorities.", "Yes, Maggie.", "I don't have the names with me"
                             r"[\w ,]{0,30}\b(?:the |our )?guests? (?:at|for) (?:the |tomorrow's |today's )?(?:noon )?briefing\b|"
                             r"(?:tomorrow|today)['’]s guest\b|welcome to (?:the|today's|this|our) (?:[\w-]+ ){0,2}briefing\b|"
                             # "Welcome back, I hope you all had a restful weekend", "I will say a word on this before I
                             # take questions.", "We will meet again next week."
                             r"welcome back\b|[^.]*\bbefore I take (?:your |any )?questions\b|(?:we|I)(?:['’]ll| will) (?:meet|see you) "
                             r"again(?: [\w ]{0,25})?\.?$|"
                             r"I(?:'ll| will| shall) now (?:take|turn to) (?:your |the )?(?:questions|floor)\b|"
                             r"(?:assalam|as-?salaam?u?|bismillah|namaste)\b|in the name of (?:God|Allah)\b[^.]{0,40}\.?$|"
                             r"that(?:['’]s| is) (?:it|all) (?:for|from) (?:me|us|today)\b|nothing (?:further |more |else )?to announce\b|"
                             # "Then I will leave you with Paulina.", "After I am done, we will be joined by ...", "We will
                             # share his remarks with you.", "Let's wait for our guest."
                             r"(?:then,? )?I(?:['’]ll| will) leave you (?:with|in)\b|[^.]*\bwe(?:['’]ll| will) be joined by\b|"
                             r"(?:we|I)(?:['’]ll| will) share (?:his|her|their|the|those|these) (?:remarks|statement|readout|text)s? "
                             r"with you\b|let['’]s wait for\b|"
                             r"joining us (?:today|here|now)\b|I (?:want|would like|['’]d like) to (?:start|begin) with [^,;:]{1,40}\.$|"
                             # nothing to give, the floor passed on: "I have nothing to share on that.", "Not to my
                             # knowledge.", "The press conference concluded.", "I hope to have something for you on
                             # Monday.", "I'll let them speak for themselves.", "Let me just go to Edie first", "I've said
                             # what I have to say on that.", "I don't have a readout of a specific call."
                             r"(?:I|we) (?:have|had) nothing (?:to share|more to say|further to say)\b|not to my knowledge\.?$|"
                             r"(?:the|this|today['’]s) press conference (?:concluded|ended|is over)\b|"
                             r"(?:I|we) (?:hope to|will|['’]ll) (?:have something for you|give you an update|get you an update)\b|"
                             r"I(?:['’]ll| will) let (?:them|him|her|the [\w ]{1,30}) (?:speak|answer) for\b|"
                             r"let me just (?:go|take|turn|move)\b|send (?:your |any )?questions\b|"
                             r"I(?:['’]ve| have)? ?said what I\b|I(?:['’]m| am) saying what I said\b|"
                             r"I(?:['’]d| would) (?:ask|encourage) you to (?:check|ask)\b|available in my office\b|"
                             r"I (?:don['’]t|do not) have (?:a|any) (?:readout|read-out|specific call)\b|"
                             r"let me (?:first |just )?recall\b|(?:(?:on|for|as for) [\w ,'’-]{1,40}?,?\s+)?I(?:'d| would) (?:simply )?"
                             r"(?:refer|point) you to\b|(?:yes|okay|ok|sure),\s+\w+\.$|I don['’]t have (?:the|those) [\w ]{1,30} with me\b|"
                             # "Farhan will be here tomorrow.", "That was the statement.", "Issued for the information media."
                             r"[\w .]{1,30} will be (?:here|with us|back) (?:tomorrow|on \w+day|next week)\.?$|"
                             # "Farhan Haq will brief you tomorrow.", "I don't have those figures.": who briefs next,
                             # and a bare "I don't have ..." with nothing said after it
                             r"[\w .]{1,30} will brief you (?:tomorrow|shortly|next|in a (?:few|couple of) minutes|after me|"
                             r"on behalf of [^.]{1,60} in a few minutes)\.?$|I don['’]t have (?:a|an|any|that|those|the) "
                             r"(?:[\w-]+ ){0,3}[\w-]+(?: (?:to share|with me|for you))?\.?$|"
                             r"that was the statement\.?$|issued for the information media\b|not in recent days\.?$|"
                             # "A couple of things at the top, and then I'll take your questions.", "Now the floor is
                             # open.", a communiqué's "Done at Abuja, 31 December 2014."
                             r"(?:(?:and|now|so)\s+)?(?:with that,?\s+)?the floor is (?:open|yours)\.?$|"
                             # ("..., I will go directly to your questions.")
                             r"[^.]{0,120}\b(?:I|we)(?:'ll| will)(?:\s+then)?(?:\s+be happy to)? (?:take|go (?:directly |straight )?to) "
                             r"your questions\.?$|"
                             r"[^.]{0,60}\bbefore (?:I|we) take your questions\b|done (?:in|at) [A-Z][^.]{0,60}\d{4}\.?$|"
                             # "With that, I'm happy to take your questions.", "(The briefing was concluded at 2:58 p.m.)"
                             r"(?:with that,\s+)?I(?:'m| am|'d be| would be| will be|'ll be) (?:happy|glad|pleased) to take "
                             r"(?:your |any )?questions\b|\((?:the\s+)?(?:briefing|press\s+conference|meeting)\s+(?:was\s+)?"
                             r"(?:concluded|ended|adjourned|closed)\b|"
                             # who speaks next and the day's courtesies: "I'll see you tomorrow.", "Enjoy your
                             # afternoon.", "James, and then we'll go to the chat.", "Paulina will brief you on the General
                             # Assembly in a moment.", "I have one item off the top", "I hope everyone had a restful
                             # weekend.", "Our colleagues at OCHA can give you ..." (not "I'm not going to get into ...",
                             # which the labels keep as the spokesperson's position)
                             r"I(?:'ll| will) see you (?:all )?(?:tomorrow|on \w+day|next week)\b|"
                             r"enjoy (?:your|the) (?:afternoon|weekend|evening|lunch|day)\b|"
                             r"[A-Z][\w'’-]+, (?:and )?then (?:we['’]ll|we will|I['’]ll|I will) (?:go|come|turn)\b|"
                             r"[\w .]{1,30} will (?:brief you|be briefing)\b(?![^.]*,\s+and\s)|I have (?:one|two|three|a few|a couple of) "
                             r"(?:items?|things?|notes?) (?:off|at) the top\b|I hope (?:everyone|you all|you) had a\b|"
                             r"(?:our )?colleagues (?:at|in|from) [\w ]{1,30} (?:can|will|could) (?:give|share|provide) you\b|"
                             r"the full (?:statement|text|readout) is (?:online|available)\b)")


_NAME_LINE_WORDS = {"of", "the", "and", "for", "in", "de", "del", "la", "no", "st"}


def _is_name_line(view: SentenceView) -> bool:
    """A line of names only, no words of a sentence: a site's footer ("Ministry of Foreign Affairs of the
    Republic of Cuba.", "Calzada No. 360, Vedado, Havana."), which no spokesperson says."""
    words = [t.text for t in view.tokens if t.text[:1].isalpha()]
    return bool(words) and all(w[:1].isupper() or w.lower() in _NAME_LINE_WORDS for w in words)


def _label_speaker(context: ArticleContext, label: str, aside: str = "") -> Candidate | None:
    """The actor a transcript's speaker label names: a known or introduced person, the state or
    person its bracket names ("Mr. Nebenzia (Russian Federation) (spoke in Russian):", a Council
    record; "The Secretary of State ... (David Cameron):", a parliament's), or the spokesperson of
    the article's own house (the UN in a UN readout, else its home state)."""
    if _asks(context, label, aside):
        return None  # "HÉLÈNE MARCHAL (HOST):", "PRESENTER:": the outlet asking
    named = [m for m in context.mentions(aside) if m.kind in _ASIDE_SPEAKER_KINDS and m.actor != NOT_AN_ACTOR] \
        if aside and label not in _QUESTION_LABELS else []
    if len(named) == 1 and named[0].start == 0 and named[0].end == len(aside.strip()):
        return Candidate(named[0].actor, named[0].text, "(speaker label)", Rule.TRANSCRIPT, -1)
    if label.upper() in context.roles:
        return context.roles[label.upper()]  # "GUEST:" after "MAURICIO ALVARENGA (GUEST):"
    if label in _ANSWER_LABELS:
        # "A: ...": the answering speaker of the turn before, else the last one a label named ("Deputy Spokesperson
        # Ngo Toan Thang: Good afternoon ..." before the numbered questions), else the briefing's announced spokesperson
        # (a ministry's own site: "Answer:" after "The Official Spokesperson of the Ministry ... answered" is the site's)
        return (context.transcript.speaker if context.transcript is not None else None) or context.answerer \
            or context.narrator or context.site_voice
    if label.isupper():
        label = label.title()  # "MR MILLER:", a State Department transcript's label
    # "Shri Randhir Jaiswal, Official Spokesperson": the name before its role; "Official Spokesperson, Shri
    # Arindam Bagchi": the role before the name
    parts = [_LABEL_HONORIFIC.sub("", part.strip()) for part in label.split(",")]
    label = parts[0]
    if len(parts) > 1 and _SPOKES_LABEL.match(label):
        named = [m for m in context.mentions(parts[1]) if m.kind in {"person", "officeholder"} and m.actor != NOT_AN_ACTOR]
        if named and named[-1].start == 0 and named[-1].end == len(parts[1]):
            return Candidate(named[-1].actor, parts[1], "(speaker label)", Rule.TRANSCRIPT, -1)
    mentions = context.mentions(label)
    people = [m for m in mentions if m.kind in {"person", "officeholder"} and m.actor != NOT_AN_ACTOR]
    if people and people[-1].end == len(label) and (people[-1].start == 0 or _TITLE_LABEL.match(label)):
        # "Vladimir Putin:", "President of Russia Vladimir Putin:"
        return Candidate(people[-1].actor, label, "(speaker label)", Rule.TRANSCRIPT, -1)
    if _ROLE_LABEL.fullmatch(label) and context.narrator is not None:
        return context.narrator  # "THE MINISTER - ...": the interviewee the page's heading names
    bodies = [m for m in mentions if m.actor != NOT_AN_ACTOR and m.kind not in {"person", "capital"}]
    if bodies and _SPEAKS_FOR.search(label):
        # "SENIOR STATE DEPARTMENT OFFICIAL:", "Foreign Ministry Spokesperson:": an official the label ties to a body
        return Candidate(bodies[0].actor, label, "(speaker label)", Rule.TRANSCRIPT, -1)
    if _SPOKES_LABEL.match(label):
        if not people and context.house is None:
            context.house = _house(context)  # once: later questions name the other side as often
        actor = people[0].actor if people else context.house
        if actor:
            return Candidate(actor, label, "(speaker label)", Rule.TRANSCRIPT, -1)
    return None


# What a speaker label's bracket may name for the speaker: a state, a body or a person (not an outlet,
# "Question (Reuters):", nor a constituency).
_ASIDE_SPEAKER_KINDS = {"country", "organisation", "person", "officeholder"}


def _house(context: ArticleContext) -> str | None:
    """Whose spokesperson a bare "Spokesperson:" label is: the UN where the page's heading names it,
    else the state whose own site the page is, else the spokesperson the briefing's heading announced,
    else the actor the opening remarks spoke for ("Pakistan once again calls for ..."), else the UN
    where the page names it, else the article's own state."""
    if "United Nations" in context.headline:
        return "United Nations"
    if context.site_owner is not None:
        return context.site_owner  # "Official Spokesperson:" on the Ministry of External Affairs' own page
    if context.narrator is not None:
        # "Transcript of weekly media briefing by the Official Spokesperson, Ministry of External Affairs": the
        # heading's spokesperson, not the state the answers have named most
        return context.narrator.actor
    if context.spoken:
        return max(context.spoken, key=lambda a: context.spoken[a])  # the first of equals
    return "United Nations" if "United Nations" in context.named else context.home()


_OUTLET_WORDS = re.compile(r"\b(?:TV|News|Radio|Television|Agency|Times|Post|Press|Daily|Broadcasting)$")


def _is_question_label(context: ArticleContext, hit: re.Match) -> bool:
    """"Question:", "Question (Reuters):", "Reuters:", "Phoenix TV:": a journalist's turn."""
    label = hit.group("label")
    if label in _QUESTION_LABELS or "(" in hit.group() or _OUTLET_WORDS.search(label) \
            or _asks(context, label, hit.group("aside") or ""):
        return True
    return any(m.kind == "media" and m.start == 0 for m in context.registry.mentions(label))


# The opening line of a UN (or ministry) briefing transcript, which names its one speaker.
_BRIEFING_TRANSCRIPT = re.compile(
    # "The following is the near-verbatim transcript of ...", "(The following are) excerpts from the near-verbatim
    # transcript of the noon briefing by ...", "Highlights of the noon briefing by ..."
    # ("Below is a close-to-verbatim record of the midday briefing given today at United Nations Headquarters by ...")
    r"(?i)(?:\b(?:the\s+following|what\s+follows|below)\s+(?:is|are)\s+(?:a\s+|the\s+)?(?:excerpts?\s+from\s+the\s+)?|"
    r"^\s*(?:excerpts?\s+from|highlights\s+(?:of|from))\s+the\s+)(?:(?:near|close[- ]to)[- ]verbatim\s+|full\s+|edited\s+)?"
    r"(?:(?:transcript|record|summary)\s+of\s+(?:today['’]s\s+|the\s+)?)?(?:noon\s+|midday\s+|daily\s+|regular\s+)?(?:press\s+)?"
    r"briefing\s+(?:given\s+(?:today\s+)?(?:at\s+[^,]{3,60}?\s+)?)?by\s+[^,]{2,60},\s+"
    r"(?P<office>(?:Deputy\s+|Associate\s+)?Spokes(?:man|woman|person)\s+for\s+the\s+[^.]{2,80})")
# A UN statement's opening line or heading: "The following statement is attributable to the Spokesman for
# UN Secretary-General Kofi Annan:", "Statement attributable to the Spokesperson for the Secretary-General
# on the situation in the Sahel": every paragraph after it with no speaker of its own is the statement's.
_ATTRIBUTABLE_STATEMENT = re.compile(
    r"(?i)^\s*(?:the\s+following\s+)?(?:(?:press|joint)\s+)?statement\s+(?:is\s+|was\s+)?attributable\s+to\s+"
    r"[^:]{2,160}?\s*(?::\s*)?$")
_TRANSCRIPT_NOTE = re.compile(r"(?i)\s*(?:(?:items|questions)\s+on\s+other\s+(?:subjects|topics)\s+(?:have\s+been|were)\s+"
                              r"(?:left\s+out|omitted)|(?:\(?unofficial|non-official|informal)\s+translation\b|"
                              r"only\s+the\s+(?:spoken|delivered)\s+(?:words?|text|version)\s+(?:is|are)\s+authentic|"
                              r"\(?check\s+against\s+delivery)")
# A page heading that names a briefing's one speaker: "Foreign Ministry Spokesperson Mao Ning's Regular
# Press Conference on March 12, 2024", "Briefing by Foreign Ministry Spokesperson Maria Zakharova, Moscow",
# a State Department transcript's "Matthew Miller, Spokesperson".
# "The following are excerpts from the answers of the Official Representative of the Ministry of Foreign Affairs of the
# Republic of Kazakhstan, X, to questions from journalists": who answers the transcript's questions
_ANSWERS_OF = re.compile(r"(?i)\bexcerpts\s+from\s+(?:the\s+)?answers\s+(?:of|by|given\s+by)\s+"
                         r"(?P<office>[^.]{5,200}?)\s+to\s+(?:the\s+)?(?:questions|media)\b")
_BRIEFING_HEADING = re.compile(
    r"(?i)\bspokes(?:man|woman|person)(?:\s+(?-i:[A-Z][\w.'’-]*)){0,4}['’]s\s+(?:regular\s+|daily\s+|weekly\s+)?"
    r"(?:press\s+conference|(?:press\s+|media\s+)?briefing|remarks|answers?|comments?)\b"
    r"|^(?:transcript\s+of\s+(?:the\s+)?)?(?:regular\s+|daily\s+|weekly\s+)?(?:press\s+conference|"
    # ("Briefing of the Official Representative of the Ministry of Foreign Affairs": the Kazakh and Russian title)
    r"(?:press\s+|media\s+)?briefing)\s+(?:by\s+(?:the\s+)?(?:[\w.-]+\s+){0,3}spokes(?:man|woman|person)|"
    r"(?:by|of)\s+the\s+official\s+representative)\b"
    r"|^[^,.]{3,40},\s+(?:[\w-]+\s+){0,3}spokes(?:man|woman|person)\s*$"
    r"|\binterview\s+(?:of|with)\s+(?:Mr|Ms|Mrs|Dr)?\.?\s*(?-i:[A-Z])"  # "Interview of Mr Jean-Yves Le Drian, ..."
    # "Statement of the Ministry of Foreign Affairs of the People's Republic of China on the Award ..."
    r"|^(?:press\s+)?(?:statement|declaration|communiqu[ée])\s+(?:of|by|from)\s+(?:the\s+)?(?-i:[A-Z])")
# A state's style before its name: "Republic of", "Socialist Republic of the", "Kingdom of" (empty if none)
_STATE_STYLE = re.compile(r"(?:The\s+)?(?:(?:Socialist|Federal|Islamic|Democratic|People['’]s|Arab|United|Hellenic|Plurinational|Independent|"
                          r"Bolivarian|Hashemite|Co-operative|Cooperative)\s+)*(?:(?:Republic|Kingdom|State|Sultanate|Emirate|"
                          r"Commonwealth|Principality|Grand\s+Duchy|Federation)\s+of\s+(?:the\s+)?)?")
# A government site's masthead: its first heading lines, an institution of a state in them
_MASTHEAD_LINES = 4
_MASTHEAD_PIECES = re.compile(r"(\s[|–—-]\s)")  # the separators kept, so the pieces' offsets stay the line's
# A state's mission abroad: its site's address is the host's ("Embassy in Athens")
_MISSION_SITE = re.compile(r"\b(?:Embassy|High\s+Commission|Consulate|Permanent\s+Mission)\b")
# "+56 2 2827 4200", "Tel: +962 6 573 5150": an international calling code in a site's footer
_IMPRINT_PIECES = re.compile(r"\s+[·|•]\s+|\s*©|\s+-\s+")  # a footer's separators: its first piece is its name
_CALLING_CODE = re.compile(r"(?<![\w+])\+(\d{1,3})[\s(-]")
_SITE_INSTITUTION = re.compile(r"(?i)\b(?:Ministry|Department)\s+(?:of|for)\s+(?:\w+\s+and\s+)?(?:Foreign|External)\s+"
                               r"(?:and\s+\w+\s+)?(?:Affairs|Relations)\b"  # "... of Foreign and Diaspora Affairs" too
                               r"|\bForeign\s+(?:Ministry|Office)\b|\bGovernment\s+Offices\b|\bEmbassy\b"
                               r"|\bForeign\s+Affairs\s+and\s+Trade\b|\bGlobal\s+Affairs\b"  # New Zealand's, Canada's
                               r"|\bHigh\s+Commission\b|\bPermanent\s+Mission\b|\bPresidency\b|\bState\s+House\b"
                               r"|\bDepartment\s+of\s+State\b|\bState\s+Department\b"  # the United States' foreign ministry
                               r"|\bOffice\s+of\s+the\s+(?:Prime\s+Minister|President)\b|\b(?:Prime\s+Minister|President)['’]s\s+Office\b")
_SENTENCE_END_IN_LINE = re.compile(r"[.!?]\s*$|\b(?:said|says|condemns?|calls?|urges?)\b")
# The site's own body as it writes it, capitalised: "the Ministry", "The Government", "the Embassy"
_SITE_OWN_BODY = re.compile(r"(?:[Tt]he\s+)?(?:Ministry(?:\s+(?:of|for)\s+Foreign\s+Affairs)?|Foreign\s+Ministry|Government|"
                            r"Spokes(?:person|man|woman)|"
                            r"Embassy|High\s+Commission|Mission|Department|(?:Prime\s+|Foreign\s+)?Minister|President)"
                            r"(?:\s+(?:has|have|had|is|was|will|would|can|could|also|further|again|once|continue\s+to|remains|"
                            r"(?!only\b)[a-z]+ly))*$")  # "The Embassy once again urges", "The Ministry firmly rejects"
# A letterhead line: capitalised words of a state's or ministry's name, and maybe "Press Statement"
# ("The Republic of Sudan", "Republic of Sudan Ministry of Foreign Affairs Office of the Spokesperson",
# "press release"), with no verb.
# (words separated by spaces: an optional separator would let one long word split exponentially many ways)
_LETTERHEAD_WORD = r"(?:[A-Z][\w'’-]*|of|and|the|for|on|press|release|statement)"
_LETTERHEAD = re.compile(rf"{_LETTERHEAD_WORD}(?:\s+{_LETTERHEAD_WORD}){{0,15}}(?:\s+\d{{1,2}}[./]\d{{1,2}}[./]\d{{4}})?\s*")
# A numbered press release's heading ("No: 152, 23 May 2017, Press Release Regarding the Attack in ..."):
# the ministry whose letterhead follows speaks every unlabelled paragraph, as after a "Press Statement" line.
_NUMBERED_RELEASE = re.compile(r"^No\s*:\s*\d+\s*,\s*\d{1,2}\s+[A-Z][a-z]+\s+\d{4}\s*,\s*(?:Press\s+Release\s+|"
                               r"Statement\s+)?(?:Regarding|On|Concerning)\b")
_STATEMENT_HEADING = re.compile(r"(?i)(?:joint\s+|press\s+|media\s+)?(?:statement|release|communiqu[ée])\s*[:–—-]\s+\S")
_STATEMENT_LINE = re.compile(r"(?i)\bpress\s+(?:statement|release)$|^(?:statement|communiqu[ée])$")
# Where a briefing heading's speaker phrase ends and its topic or date begins.
_BRIEFING_TOPIC = re.compile(r"(?i)['’]s\s+(?:regular|daily|weekly|press|media|remarks|answers?|comments?)\b"
                             r"|\s+on\s+|\s+\(|,\s+\w+\s+\d")
# A sentence that announces the text after it: "A spokesman for the Foreign Ministry issued the
# following statement:", "The communiqué reads:", "The following statement was issued by ...:".
_ANNOUNCED_TEXT = re.compile(
    # "gave the following answer to a question put by KCNA ... made by ... Glyn Davis:"
    r"(?i)(?:\b(?:issued|released|published|made(?:\s+public)?|read\s+out|delivered|gave)\s+the\s+following\b[^:]{0,200}"
    r"|\bthe\s+following\s+(?:[\w-]+\s+){0,2}(?:statement|communiqu[ée]|press\s+release|declaration|message)\s+"
    r"(?:was|has\s+been)\s+(?:issued|released|published|made)\b[^:]{0,120}"
    r"|\b(?:the|its|his|her|their)\s+(?:[\w-]+\s+){0,2}(?:statement|communiqu[ée]|press\s+release|declaration)\s+"
    r"(?:reads|read|states|stated|said)\b[^:]{0,20})(?::|(?<=statement)\.|(?<=release)\.)\s*$")  # "... the following statement."


# How many paragraphs a speaker's words announced by a closing colon may run to ("stating on X:").
_COLON_TURN_PARAGRAPHS = 3


_FIRST_PERSON_WORDS = {"we", "us", "our", "i", "my", "me"}
_FIRST_PERSON = re.compile(rf"(?i)\b(?:{'|'.join(sorted(_FIRST_PERSON_WORDS))})\b")


def _own_voice(text: str) -> bool:
    """Does an unquoted sentence sound like a speaker's own words (first person, an exclamation, a
    position), not the article's narration?"""
    return bool(_FIRST_PERSON.search(text)) or text.rstrip().endswith("!") or takes_position(text)


def _announcer(view: SentenceView, found: list[Candidate]) -> Candidate | None:
    """Who speaks the text a sentence announces: its own speaker, else the actor of its "by" phrase
    ("The following statement was issued by the Spokesman for the Secretary-General:"), else the
    first actor named before the announcing verb ("Jane Doe, vice-minister of Foreign Affairs of the
    DPRK, made public the following press statement:")."""
    if found:
        return found[0]
    # the agent of the announcing verb, not any "by" ("an answer to a question put by KCNA ... made by X")
    by = re.search(r"\b(?:was|were|has\s+been|have\s+been)\s+(?:issued|released|published|made(?:\s+public)?|"
                   r"read\s+out|delivered|signed|given)(?:\s+[\w-]+){0,3}?\s+by\s+", view.text)  # "was issued today by"
    announced = _ANNOUNCED_TEXT.search(view.text)
    after = [m for m in view.mentions if by and m.start >= by.end() and m.actor != NOT_AN_ACTOR]
    # not a portfolio named after a state ("director-general of the Department of U.S. Affairs of the
    # Ministry of Foreign Affairs of the DPRK"): the ministry's state
    before = [m for m in view.mentions if announced and m.end <= announced.start() and m.actor != NOT_AN_ACTOR
              and not _PORTFOLIO_AFTER.match(view.text, m.end)]
    chosen = (after or before or [None])[0]
    if chosen is None and view.context.site_owner is not None and _SITE_OWN_OPENING.match(view.text):
        # "The Minister of Foreign Affairs has issued the following statement." on the ministry's own site
        return Candidate(view.context.site_owner, view.text, "(announced text)", Rule.TRANSCRIPT, -1)
    return Candidate(chosen.actor, chosen.text, "(announced text)", Rule.TRANSCRIPT, -1) if chosen else None


_SITE_OWN_OPENING = re.compile(r"(?i)\s*the\s+(?:minister|ministry|embassy|government|spokes(?:person|man|woman)|department|"
                               r"president|prime\s+minister)\b")


def _post_announced(view: SentenceView, found: list[Candidate]) -> Turn | None:
    """The turn a sentence ending in a colon opens for the words after it: "Maduro took to X to condemn
    the coup:", "Charles Michel followed minutes later:" (the post that follows, a few paragraphs at
    most, is theirs; the paragraph right after is theirs whatever it names, as a labelled turn)."""
    if not view.text.rstrip().endswith(":") or view.in_quote:
        return None
    first = found[0] if found else _clause_subject(view, len(view.text), Rule.TRANSCRIPT) \
        if _ANNOUNCES_WHAT_FOLLOWS.search(view.text) else None
    if first is None:
        return None
    speaker = Candidate(first.actor, first.speaker, first.cue, Rule.TRANSCRIPT, -1)
    return Turn(view.paragraph + 1, speaker, True, view.paragraph + _COLON_TURN_PARAGRAPHS)


# Rules that find a sentence's own speaker, and the words by which a spokesperson speaks for herself
_OWN_SPEAKER_RULES = {Rule.SUBJECT, Rule.INVERSION, Rule.ACCORDING_TO, Rule.PERSON, Rule.BODY, Rule.ORGANISATION}
# ("Whatever Canberra says today, it hid its plans": the spokesperson's own)
_SPEAKER_CONJUNCTIONS = {"but", "yet", "however", "while", "whatever", "although", "though"}


def _speaker_own_words(tokens: list[Token], found: list[Candidate], anywhere: bool = False) -> bool:
    """Does the turn's speaker speak in a sentence that reports another actor's position: a first person
    outside quotes, or a "but" or "while" of the speaker's own, before the reported verb or after a comma
    ("Iraq said it welcomed the deal, but ...")? A conjunction inside the reported clause is the
    reported actor's ("Kabund said the party regretted the expulsion but would not ..."). ``anywhere``: any
    conjunction is the speaker's, as in a round-up's entry ("Kuwait: The ministry said it welcomed ... but ...",
    the entry's actor reported) or a state spokesperson's turn."""
    first = min((c.position for c in found if c.position >= 0), default=None)
    verb = len(tokens) if anywhere or first is None else first
    # (a possessive in the reported subject is no word of the speaker's own: a guest's "Our foreign minister, X,
    # told reporters that ..." reports the minister)
    subject_end = first or 0
    return any(not t.quoted and (t.low in _FIRST_PERSON_WORDS and not (t.low in {"our", "my"} and i < subject_end)
                                 or t.low in _SPEAKER_CONJUNCTIONS
                                 and (i < verb or i > 0 and tokens[i - 1].text in {",", ";"}))
               for i, t in enumerate(tokens))


# A government's own page speaks in its releases, but not in its notices about the site ("This is the official
# website of ...", "Translations are unofficial."), in its diary of meetings and calls ("The Minister met ...",
# "held a telephone conversation with"), where another speaks ("According to the Norwegian ministry, ...",
# "Curruchiche said ...") or in a news story it reposts ("Thousands of protesters marched ...").
_SITE_NOTICE = re.compile(
    r"(?i)©|\(c\)\s*\d{4}|\b(?:official\s+(?:website|site|page)|this\s+(?:page|site|website)|web\s*site|internet|"
    r"hyperlinks?|external\s+links?|translations?\s+(?:is|are)\s+unofficial|unofficial\s+translation|prevails|"
    r"reproduc\w+|reprint\w*|all\s+rights|privacy|cookies?|subscribe|newsletter|consular\s+(?:notice|questions|"
    r"duty|services?\s+for)|omitted|shortened|left\s+out|will\s+(?:take\s+place|be\s+held)|invited\s+guests)\b")
_SITE_DIARY = re.compile(
    r"(?i)\b(?:met|meets|received|receives|visited|visits|chaired|chairs|hosted|hosts|attended|attends|held\s+(?:a\s+)?"
    r"(?:\w+\s+){0,2}(?:conversation|call|talks|meeting|seminar|roundtable|round\s+table|consultations|briefing|"
    r"(?:video\s*)?conference)|"
    r"(?:spoke|speaks|talked)\s+(?:\w+\s+){0,2}?(?:by\s+(?:tele)?phone|with)|was\s+(?:held|received)|were\s+(?:held|received)|"
    r"took\s+place|paid\s+(?:a|an)\s+(?:\w+\s+)?visit|agreed\s+to\s+(?:remain|stay|keep)\s+in\s+(?:close\s+)?"
    r"contact)\b")
_SITE_OTHERS = re.compile(r"(?i)\baccording\s+to\b|\b(?:said|says|told|stated|reported|claimed|announced|added|"
                          r"described|wrote|tweeted)\b")


def _site_says(view: SentenceView) -> bool:
    """Is a sentence on a government's own page, with no speaker of its own, the government's voice?"""
    text = view.text
    if _SITE_NOTICE.search(text) or _SITE_DIARY.search(text) or _SITE_OTHERS.search(text):
        return False
    # a first person, an appeal or a judgement is the site's; a plain fact only where the site or its state
    # acts or is named ("Latvia is grateful", "The Embassy is in contact", "users in Latvia have not been
    # affected"), not a scene of the news it reposts ("Documents were thrown from the windows")
    if takes_position(text) or any(t.low in _FIRST_PERSON_WORDS and not t.quoted for t in view.tokens):
        return True
    owner = view.context.site_voice.actor if view.context.site_voice is not None else None
    return any(m.actor == owner for m in view.mentions) or bool(_SITE_OWN_OPENING.match(text))


def rule_transcript(view: SentenceView, found: list[Candidate]) -> list[Candidate]:
    """A press-conference transcript: a paragraph opening with a speaker's label ("Guo Jiakun: ...",
    "Spokesman: ...") is that speaker's, and so are the unlabelled paragraphs after it until the next
    label (a question, "Reuters: ...", whose own reported positions the other rules read) or a
    paragraph with a speaker of its own. A text a sentence announces ("issued the following
    statement:") is read as one such turn of the announced speaker."""
    context = view.context
    briefing = _BRIEFING_TRANSCRIPT.search(view.text) or _ANSWERS_OF.search(view.text)
    if briefing:
        actor = next((m.actor for m in view.context.mentions(briefing.group("office")) if m.actor != NOT_AN_ACTOR),
                     "United Nations" if "Secretary-General" in briefing.group("office") else None)
        if actor is not None:
            context.narrator = Candidate(actor, briefing.group("office").strip(), "(briefing)", Rule.TRANSCRIPT, -1)
        return []  # the announcement itself states nothing
    if _ATTRIBUTABLE_STATEMENT.match(view.text):
        context.narrator = context.narrator or context._briefing_speaker(view.text)
        return []  # the line that introduces the statement states nothing
    if _TRANSCRIPT_NOTE.match(view.text):
        return []  # "Items on other subjects have been left out.": the editor's note, no one's turn
    if _ANNOUNCED_TEXT.search(view.text):
        speaker = _announcer(view, found)
        if speaker is not None:
            context.transcript = Turn(view.paragraph, speaker, False)
            return [] if found else [speaker] if takes_position(view.text) else []
    post = _post_announced(view, found)
    if post is not None:
        context.transcript, context.last = post, post.speaker
        return []
    turn = context.transcript
    if turn is not None and turn.until is not None and view.paragraph > turn.until:
        turn = context.transcript = None
    context.label_cut = 0
    if turn is None or turn.paragraph != view.paragraph:
        hit = _TURN_LABEL.match(view.text)
        label_speaker = _label_speaker(context, hit.group("label"), hit.group("aside") or "") if hit else None
        if label_speaker is not None and _ROLE_ASIDE.fullmatch(hit.group("aside") or ""):
            context.roles.setdefault(hit.group("aside").strip().upper(), label_speaker)
        actor_hit = None if label_speaker else _ACTOR_LABEL.match(view.text)
        actor = context._heading_speaker(actor_hit.group("label"), context.mentions(actor_hit.group("label"))) \
            if actor_hit and context.body_started else None
        entry = _entry_speaker(context, view.text) if actor is None and not hit and context.body_started else None
        if entry is not None:
            actor, actor_hit = entry
        if actor is not None and actor_hit is not None:
            # a round-up's "Germany: The foreign ministry condemned ...": this paragraph is Germany's
            turn = Turn(view.paragraph, actor, True, view.paragraph)
            context.label_cut = actor_hit.end()
            context.last = actor
        elif hit:
            speaker = label_speaker
            context.answerer = speaker or context.answerer
            # under a briefing's heading, a label that names no speaker is a journalist's ("CCTV: ...")
            question = _is_question_label(context, hit) or speaker is None and context.narrator is not None
            turn = Turn(view.paragraph, speaker, True) if speaker is not None or turn is not None or question else None
            context.label_cut = hit.end() if turn is not None else 0
        elif turn is not None and turn.entry and turn.paragraph < 0:
            # the paragraph under "COUNCIL OF EUROPE:": the label's, as "Germany: The foreign ministry condemned ..." is
            turn = Turn(view.paragraph, turn.speaker, True, view.paragraph)
        elif turn is not None:
            turn = Turn(view.paragraph, turn.speaker, False, turn.until, turn.quoted_only)
        context.transcript = turn
    if turn is not None and turn.until is not None and not turn.labelled and not _own_voice(view.text):
        turn = context.transcript = None  # "The square was quiet by night.": the article's narration again
    if turn is not None and turn.quoted_only and not (view.in_quote or _is_quotation(view.text)):
        turn = context.transcript = None  # the round-up's narration after a speaker's quotations
    if _TURN_FORMALITY.search(view.text):
        return []  # a question back, a greeting, "I have nothing to add": no position taken
    # ("Not really, Claire.": the host's name after the comma is no word of the answer)
    vocative = _TRAILING_VOCATIVE.search(view.text, context.label_cut)
    if sum(1 for t in view.tokens if t.text[:1].isalnum() and context.label_cut <= t.start
           and (vocative is None or t.start < vocative.start())) <= _BARE_ANSWER_WORDS:
        return []  # "Certainly.", "Very little.", "Eventually, yes.": an answer's opening, its position follows
    voice = context.narrator or context.site_voice
    if (turn is None or turn.speaker is None and not turn.labelled) and voice is not None:
        # the briefing's spokesperson, in a paragraph with no speaker of its own (a question is labelled)
        # a line announcing a list ("The following Heads of State took part:") states nothing
        if found or view.text.rstrip().endswith(":") or _is_name_line(view):
            return []
        agency = _organisation_act(view, voice.actor) if context.narrator is not None else None
        if agency is not None:
            return [agency]
        return [] if context.narrator is None and not _site_says(view) else [voice]
    if turn is None or turn.speaker is None:
        return []
    if not turn.labelled and any(c.actor != turn.speaker.actor for c in found):
        context.transcript = Turn(view.paragraph, None, False)  # the paragraph has a speaker of its own
        return []
    # a guest of an interview (a person or a body, not a state's spokesperson, whose account of another's act
    # is the state's own charge)
    guest = turn.until is None and turn.speaker.actor not in context.registry.states
    # (a round-up entry's own subject, "GEORGIAN DREAM: The ruling party said ...", is the entry's actor, whatever
    # party "the ruling party" was tied to before)
    opening = view.text[context.label_cut:].lstrip()
    if any(c.actor != turn.speaker.actor and c.rule in _OWN_SPEAKER_RULES and c.position >= 0
           and not (c.rule is Rule.BODY and turn.until == view.paragraph and opening.startswith(c.speaker))
           and (view.tokens[c.position].low in _SAYING or guest and (_reported_act(view.tokens, c)
                                                                     or _reports_clause(view.tokens, c)))
           for c in found) \
            and not _speaker_own_words(view.tokens, found, anywhere=not guest):
        # "Iraq's foreign ministry said it welcomed the deal", a guest's "Fayulu's coalition called the expulsion a
        # sign ...": the speaker reports another's position (the guide: X's statement, Y's only if Y takes one, as
        # "we note", "we appreciate" or "..., but" would). A round-up entry's act ("Maldives: the government
        # welcomed ...") is the entry's own actor's, whichever state "the government" was tied to before.
        return []
    # the turn's speaker was found in another sentence: no word of this one is its verb
    return [replace(turn.speaker, position=-1)]


# A round-up's or live blog's entry opening with a speaker, a role and where they spoke, then a colon: "Germany's
# human rights commissioner Bärbel Kofler: a call for ...", "Secretary General Jens Stoltenberg, at a news conference
# in Brussels: the alliance ...", "Argentine Foreign Minister Jorge Faurie on Twitter: Argentina ..."
_ENTRY_LABEL = re.compile(r"^[•●▪*·-]?\s*(?P<label>[A-Z][^:\"“”;!?]{2,150}?)\s*:\s+(?=\S)")
# where and how the speaker spoke, around the label: "From Brussels, ", ", on Yle radio on Sunday", " on Twitter"
_ENTRY_WHERE = re.compile(r"^(?:From|In|At)\s+[A-Z][\w .'’-]{1,40},\s+|,?\s+(?:on|via)\s+(?:Twitter|X|Facebook|Telegram|"
                          r"Instagram|Weibo|[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?\s+(?:radio|TV|television))\b.*$|"
                          r",\s+(?:on|at|in|via|through|speaking|writing|quoted|according|during|after|from)\b[^,]*$")
# the lower-case words a speaker's label may hold besides its names
_ENTRY_WORDS = {"acting", "human", "rights", "interim", "senior", "official", "a", "an", "its", "to", "at", "in", "'s",
                "’s", "mr", "ms"}  # and the roles' words
_ENTRY_SPEAKER_KINDS = {"country", "demonym", "organisation", "body", "person", "officeholder", "role"}
_ENTRY_LABEL_WORDS = 14


def _entry_speaker(context: "ArticleContext", text: str) -> "tuple[Candidate, re.Match] | None":
    """The speaker an entry's label names, when it is only names, roles and where they spoke: a known
    person first, else the state or organisation whose role it names (and the unknown name after the
    role is then that actor's for the rest of the article)."""
    hit = _ENTRY_LABEL.match(text)
    if hit is None:
        return None
    label = hit.group("label")
    for _ in range(3):
        label = _ENTRY_WHERE.sub("", label).strip()
    words = re.findall(r"[\w’'-]+|’s|'s", label)
    allowed = _ENTRY_WORDS | _HEADING_ROLE_WORDS | _ROLE_WORDS
    if not words or len(words) > _ENTRY_LABEL_WORDS or any(w[0].islower() and w.lower() not in allowed for w in words):
        return None  # "The message was clear: ...": a sentence, not a speaker's label
    mentions = [m for m in context.mentions(label) if m.actor != NOT_AN_ACTOR and m.kind in _ENTRY_SPEAKER_KINDS]
    people = [m for m in mentions if m.kind in {"person", "officeholder"}]
    if people:
        return Candidate(people[-1].actor, label, "(entry label)", Rule.TRANSCRIPT, -1), hit
    if not mentions or not _ROLE_WORD_BOUNDED.search(label):
        return None  # "Council of Representatives": no actor named, or an actor's name and no role
    owner = mentions[0]
    name = re.search(rf"{_NAME_WORD}(?:\s+{_PARTICLE}?{_NAME_WORD}){{1,3}}$", label[owner.end:])
    if name:
        context._add_person(_clean_name(name.group()), owner.actor)
    return Candidate(owner.actor, label, "(entry label)", Rule.TRANSCRIPT, -1), hit


# A round-up's paragraph opening with its speaker: "Germany: ...", "China – ...", "EU foreign policy chief Kaja Kallas:".
_ACTOR_LABEL = re.compile(r"^[•●▪*·-]?\s*(?P<label>[A-Z][^:–—\"“”,.;]{1,60}?)\s*(?::|\s[–—]\s)\s*(?=\S)")


def _within_turn(view: SentenceView, found: list[Candidate]) -> list[Candidate]:
    """The candidates of every rule, as a labelled transcript turn has them: a journalist's
    question takes no position; every word of a speaker's turn is the speaker's, but for the
    positions it reports in others' names ("Baghaei: Russia and China have stated clearly that ...")."""
    turn = view.context.transcript
    if turn is None or not turn.labelled or turn.paragraph != view.paragraph:
        return found
    if turn.speaker is None:
        if view.text.rstrip("\"”’' ").endswith("?"):
            return []
        # "Question: Farhan, one of the coup leaders told ...": the journalist addresses the spokesperson
        vocative = _VOCATIVE.match(view.text, view.context.label_cut)
        narrator = view.context.narrator
        return [c for c in found if vocative is None or c.speaker != vocative.group("name")
                or narrator is not None and c.actor != narrator.actor]
    return [c for c in found if c.rule is Rule.TRANSCRIPT or c.rule is Rule.SUBJECT
            and (c.cue.lower() in _REPORTING or _reported_act(view.tokens, c) or _reports_clause(view.tokens, c)
                 or _tells_us(view.tokens, c))]


def _tells_us(tokens: list[Token], c: Candidate) -> bool:
    """"The World Health Organization tells us that ...", "The Permanent Mission of Fiji has informed us": what
    another actor told the briefing's speaker, relayed in its name."""
    return c.cue.lower() in {"tells", "told", "informs", "informed"} and 0 <= c.position < len(tokens) - 1 \
        and tokens[c.position + 1].low in {"us", "me"}


def _reports_clause(tokens: list[Token], c: Candidate) -> bool:
    """Is the candidate's verb followed by the "that" of a reported clause ("The State Department has warned
    that ..." in a guest's turn): another actor's words, told as such?"""
    return 0 <= c.position < len(tokens) - 1 and tokens[c.position + 1].low == "that" \
        and c.cue.lower() in VERB_FORMS and _is_participle(c.cue.lower())


def _reported_act(tokens: list[Token], c: Candidate) -> bool:
    """Is the candidate's verb a position another actor took, told as a past act inside a speaker's turn
    ("Senegal asked Italy, through its embassy, to ..."), not the speaker's own account of a state of
    things ("China and Russia support each other", "the only thing Bahrain has asked of us")?"""
    low = c.cue.lower()
    return low in _REPORTED_POSITIONS and low.endswith("ed") and 0 < c.position < len(tokens) \
        and tokens[c.position - 1].low not in {"has", "have", "had"}


# A first name opening a journalist's question, set off by a comma: the spokesperson it is put to.
_VOCATIVE = re.compile(r"\s*(?P<name>[A-Z][\w'’-]+),")


def rule_author(view: SentenceView, found: list[Candidate]) -> list[Candidate]:
    """An opinion piece's own judgements and appeals, given to the author its bio names."""
    if found:
        return []
    item = _author_statement(view.context.author, view.paragraph, view.text)
    return [item] if item else []


# A group of states opening a sentence with the members it names: "Several European governments,
# including France and Spain,", "Western allies such as Britain and Canada"; then the group's verb.
# ("Yesterday, thirteen Western embassies in Nairobi, including those of the United States and Germany, issued ...",
# "Human rights groups in Kenya, including Amnesty International Kenya, say ...")
_INCLUDING_OPENING = re.compile(
    r"(?i)^(?:(?:yesterday|today|earlier|meanwhile|separately|later|on\s+\w+day),?\s+)?"
    r"(?:[\w'’-]+\s+){0,4}?(?:governments|countries|states|nations|allies|capitals|partners|members|embassies|missions|"
    r"groups|organi[sz]ations|agencies|parties)"
    r"(?:\s+(?:in|of|from|across)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}?[\w'’-]+)?"  # "Governments in Latin America, including"
    r",?\s+(?:including|such\s+as|among\s+them)\s+(?:those\s+of\s+)?(?:the\s+(?=[A-Z]))?")
_MEMBERS_SEPARATOR = re.compile(r",?\s+(?:and\s+)?(?:the\s+)?|,\s*(?:the\s+)?")  # "the United States, the United Kingdom and"
_AFTER_THE_MEMBERS = re.compile(r",?\s+(?:(?:have|has|had|also|[a-z]+ly)\s+)*")
# "Brazil, Colombia and Peru were among seven governments that signed a joint statement", "Canada and
# Argentina were among more than a dozen governments that followed Washington's lead"
_AMONG = re.compile(
    r"\s+(?:were|was)\s+(?:also\s+)?among\s+(?:the\s+)?(?:more\s+than\s+|at\s+least\s+|some\s+|about\s+)?"
    r"(?:[\w-]+\s+){0,3}?(?:governments|countries|states|nations)\b[^.;]*?\b(?:that|which|to)\s+(?:[a-z]+\s+){0,2}?"
    r"(?:signed|backed|followed|recogni[sz]ed?|condemned|condemn|joined|join|supported|support|endorsed|endorse|called|"
    r"voted|vote|rejected|reject|welcomed|welcome|expelled|recalled|sign|back|follow)\b")


# "Downing Street said the partners supported the treaty, as did India.": India took the same position.
_AS_DID = re.compile(r",\s+as\s+(?:did|do|does|have|has|had)\s+(?:the\s+)?(?=[A-Z])")


def rule_among(view: SentenceView, found: list[Candidate]) -> list[Candidate]:
    """States a sentence lists as among the governments that took a position: each took it; and the
    states a speaker's position is shared with at the sentence's end ("..., as did India")."""
    shared = _AS_DID.search(view.text)
    speakers = [c for c in found if c.rule in {Rule.SUBJECT, Rule.BODY, Rule.INVERSION}]
    if shared is not None and speakers and not any(a < shared.start() < b for a, b in view.quotes):
        listed = _listed_from(view, shared.end())
        return [Candidate(m.actor, m.text, "as did", Rule.AMONG, speakers[0].position) for m in listed
                if m.actor not in {c.actor for c in found}]
    including = _INCLUDING_OPENING.match(view.text)
    if including:
        # "Several European governments, including France and Spain, condemned ...": the ones it names
        # (all of them: the subject rule may have read the list's tail alone, "Brazil, Colombia and Peru have")
        listed = _listed_from(view, including.end(), _MEMBERS_SEPARATOR)
        if not listed:
            return []
        after = _AFTER_THE_MEMBERS.match(view.text, listed[-1].end)
        verb = _token_from(view.tokens, after.end())
        if verb < len(view.tokens) and view.tokens[verb].start == after.end() \
                and _is_position_verb(view.tokens, verb, view.at):
            return [Candidate(m.actor, m.text, view.tokens[verb].text, Rule.AMONG, verb) for m in listed
                    if m.actor not in {c.actor for c in found}]
        return []
    if found:
        return []
    hit = _AMONG.search(view.text)
    if hit is None:
        return []
    listed = [(k, m) for k, m in sorted(view.at.items()) if m.end <= hit.start() and m.actor != NOT_AN_ACTOR
              and m.kind in {"country", "capital", "organisation"}]
    rest = view.text[:hit.start()]
    for _, m in reversed(listed):
        rest = rest[:m.start] + rest[m.end:]
    if not listed or not re.fullmatch(r"(?i)[\s,]*(?:(?:and|the|also|on\s+\w+day)[\s,]*)*", rest):
        return []  # only a list of states opens the sentence
    return [Candidate(m.actor, m.text, "among", Rule.AMONG, k) for k, m in listed]


def rule_group(view: SentenceView, found: list[Candidate]) -> list[Candidate]:
    """"The four countries called on ...", "The two ministers agreed ...": one statement for each actor
    of the last sentence that named that many (any number of two or more when none is given)."""
    out: list[Candidate] = []
    for s in view.verbs:
        if not isinstance(s.subjects, Group):
            continue
        group = view.context.group
        # "The foreign ministers condemned ..." after their joint statement: no number needed
        fits = s.subjects.size == len(group) if s.subjects.size is not None else view.context.group_spoke
        if view.context.parties and s.subjects.size in (None, 2) and not (fits and s.subjects.size is None) \
                and _PARTIES_PHRASE.match(s.subjects.phrase):
            # "The two leaders exchanged views", "Both sides stressed": the sides of the call reported
            group, fits = view.context.parties, True
        if not fits and s.subjects.size is not None:
            # "In a joint statement read out by Mogherini and then by Zarif, the two said": the sentence's own
            named = list(dict.fromkeys(view.at[k].actor for k in sorted(view.at) if k < s.v
                                       and view.at[k].actor != NOT_AN_ACTOR and view.at[k].kind in {"person", "officeholder"}))
            group, fits = [Candidate(a, s.subjects.phrase, s.token.text, Rule.GROUP, s.v) for a in named], \
                len(named) == s.subjects.size
        if len(group) >= 2 and fits:
            out += [Candidate(c.actor, s.subjects.phrase, s.token.text, Rule.GROUP, s.v) for c in group]
        elif s.subjects.size is None and _MEMBERS_OF_A_BLOC.match(s.subjects.phrase) and view.context.last is not None \
                and view.context.last.actor in BLOCS:
            # "ECOWAS called for Bazoum's release. The leaders also rejected ...": the bloc's summit speaking
            out.append(Candidate(view.context.last.actor, s.subjects.phrase, s.token.text, Rule.GROUP, s.v))
    return out


# The members of a bloc at its summit: "the leaders", "the heads of state", "the foreign ministers".
_MEMBERS_OF_A_BLOC = re.compile(r"(?i)^the\s+(?:[a-z-]+\s+)?(?:leaders|heads\s+of\s+state|ministers|"
                                r"foreign\s+ministers|defence\s+ministers|chiefs)$")


# "A senior administration official told reporters", "a government source said": an official the phrase ties to the
# state's own executive or forces, unnamed (the guide: "a senior UAE official" speaks for the UAE; the home state
# where the phrase names no state: "a military source said" in a state agency's dispatch is its own army's)
_INDEFINITE_OFFICIAL = re.compile(r"(?:^|,\s+|\band\s+)(?:A|An|One|a|an|one)\s+(?:(?:senior|top|high-ranking|second|"
                                  r"well-placed)\s+)?(?P<body>administration|presidential|government|cabinet|ministry|"
                                  r"foreign\s+ministry|defen[cs]e\s+ministry|interior\s+ministry|military|army|police)\s+"
                                  r"(?:official|source|officer)(?:,\s+(?:speaking|who)\s[^,]{3,80},)?\s+$")


def _saying_verbs_with_no_speaker(view: SentenceView, found: list[Candidate], out: list[Candidate],
                                  pattern: re.Pattern[str]) -> Iterator[tuple[VerbSite, re.Match[str]]]:
    """The saying verbs no rule gave a speaker yet, whose words before them ``pattern`` finds (a speaker's phrase)."""
    for s in view.verbs:
        if s.kind == "quoted" or s.token.low not in _SAYING or any(c.position == s.v for c in [*found, *out]):
            continue
        hit = pattern.search(view.text[:s.token.start])
        if hit is not None:
            yield s, hit


def rule_indefinite_official(view: SentenceView, found: list[Candidate]) -> list[Candidate]:
    """'A senior administration official told reporters ...': the article's own state, as "the government said"."""
    out: list[Candidate] = []
    for s, hit in _saying_verbs_with_no_speaker(view, found, out, _INDEFINITE_OFFICIAL):
        # ("a senior administration official" in wire copy that names the United States: Washington's, whatever the
        # dateline, as the labels have it throughout)
        us = hit.group("body") == "administration" and "United States" in {*view.context.named, *view.context.states}
        actor = "United States" if us else _place_opening(view) or view.context.own_state()
        if actor is not None:
            out.append(Candidate(actor, "official", s.token.text, Rule.BODY, s.v))
    return out


# "At the State Department, spokesman Ian Kelly said", "At the Foreign Ministry in Beijing, a spokesman told reporters":
# the body the sentence opens at speaks through its spokesperson
_AT_THE_BODY = re.compile(rf"^At\s+the\s+(?P<body>[A-Z][^,]{{2,60}}),\s+(?:(?:a|the|its)\s+)?(?:(?:chief|deputy|senior)\s+)?"
                          rf"(?:spokes(?:man|woman|person)|official)(?:,?\s+(?P<name>{_NAME}),?)?\s+$")


def rule_venue_spokesperson(view: SentenceView, found: list[Candidate]) -> list[Candidate]:
    """'At the State Department, spokesman Ian Kelly said ...': the body's actor (its capital's state for "the Foreign
    Ministry in Beijing"), and the named spokesperson is its voice for the rest of the article."""
    out: list[Candidate] = []
    for s, hit in _saying_verbs_with_no_speaker(view, found, out, _AT_THE_BODY):
        inside = [m for m in view.mentions if hit.start("body") <= m.start < hit.end("body") and m.actor != NOT_AN_ACTOR]
        actor = next((m.actor for m in inside if m.kind != "capital"), None) or next((m.actor for m in inside), None)
        if actor is None:
            continue
        name = _clean_name(hit.group("name")) if hit.group("name") else None
        if name and name not in view.context.people:
            view.context._add_person(name, actor)
        out.append(Candidate(actor, hit.group("body"), s.token.text, Rule.BODY, s.v))
    return out


RuleFunction = Callable[[SentenceView, list[Candidate]], list[Candidate]]
# The ordered rule table: each rule sees the candidates of the rules above it.
RULES: list[tuple[Rule, RuleFunction]] = [
    (Rule.ACCORDING_TO, rule_according_to),
    (Rule.QUOTED_AS_SAYING, rule_quoted_as_saying),
    (Rule.REACTION_FROM, rule_reaction_from),
    (Rule.SUBJECT, rule_subject),
    (Rule.SUBJECT, rule_delegates),
    (Rule.INVERSION, rule_inversion),
    (Rule.DASH_CREDIT, rule_dash_credit),
    (Rule.PASSIVE, rule_passive),
    (Rule.PERSON, rule_person),
    (Rule.ORGANISATION, rule_organisation),
    (Rule.QUOTED_SUBJECT, rule_quoted_subject),
    (Rule.MEDIA, rule_media),
    (Rule.PRONOUN, rule_pronoun),
    (Rule.ON_BEHALF, rule_on_behalf),
    (Rule.BODY, rule_body),
    (Rule.BODY, rule_indefinite_official),
    (Rule.BODY, rule_venue_spokesperson),
    (Rule.GROUP, rule_group),
    (Rule.AMONG, rule_among),
    (Rule.COLON_QUOTE, rule_colon_quote),
    (Rule.CONTINUATION, rule_continuation),
    (Rule.AUTHOR, rule_author),
    (Rule.TRANSCRIPT, rule_transcript),
]
_ORDER = {rule: n for n, (rule, _) in enumerate(RULES)}


def attribute_view(view: SentenceView, rules: list[tuple[Rule, RuleFunction]] | None = None) -> list[Candidate]:
    """Run the rule table over one sentence; update the article's last speaker; one candidate per actor."""
    found: list[Candidate] = []
    for _, rule in (RULES if rules is None else rules):
        found += rule(view, found)
    found = _within_turn(view, found)
    found = _reporters_of_anothers_act(view, found)
    if _THANKING_GUESTS.match(view.text, view.context.label_cut):
        found = []  # "Rana Haddadin in Amman and Eyal Ben-Ami in Jerusalem, thank you both.": a host's farewell
    vocative = _HONORIFIC_VOCATIVE.match(view.text, view.context.label_cut)
    if vocative is not None:
        found = [c for c in found if c.speaker != vocative.group("name")]  # "Mr Qureshi, the state says ...": addressed
    if _PROCEDURE.fullmatch(view.text, view.context.label_cut) and all(c.rule is Rule.TRANSCRIPT for c in found) \
            and any(c.rule is Rule.TRANSCRIPT for c in found):
        found = []  # a briefing's header or the floor given to a journalist: the spokesperson takes no position
    found = _pronouns_of_the_sentences_speaker(view, found)
    found = _in_the_councils_capacity(view, found)
    if any(c.rule is Rule.CONTINUATION for c in found):
        found = [c for c in found if c.rule is not Rule.QUOTED_SUBJECT]
    behalf = {c.position for c in found if c.rule is Rule.ON_BEHALF}
    found = [c for c in found if c.rule is Rule.ON_BEHALF or c.position not in behalf
             or c.rule not in {Rule.SUBJECT, Rule.INVERSION, Rule.PRONOUN, Rule.PERSON}]
    found.sort(key=lambda c: (c.position >= 0, c.position, c.rule is not Rule.MEDIA))
    # (nor the states a list of reactions names: "Messages were also received from the Heads of State of Chad and
    # Mali." is no one whom "The Head of State thanks ..." next means)
    speakers = [c for c in found if c.rule not in {Rule.QUOTED_SUBJECT, Rule.AUTHOR, Rule.REACTION_FROM}]
    if speakers:
        # The sentence's own speaker is who "he"/"she" means next: a news agency counts here
        # ("It said..." after "APA said..."), though it is never an actor. Not the source the speaker
        # cites ("she said ... according to Lebanon's health ministry"), nor a speaker the opening
        # participle clause reports ("Noting that Hizbullah's leader had promised ..., she said").
        main = [c for c in speakers if c.rule is not Rule.ACCORDING_TO and not 0 <= c.position < view.participle_opener]
        main = main or speakers
        # nor a subject inside what the first speaker said ("The ministry said ... because Seoul would
        # not agree"): Seoul's position is reported, the ministry spoke
        said = [c.position for c in main if c.position >= 0 and view.tokens[c.position].low in _SAYING]
        spoke = [c for c in main if not (said and c.position > min(said))]
        pool = spoke or main
        behalf = [c for c in pool if c.rule is Rule.ON_BEHALF]
        if len(behalf) > 1:
            # 'Speaking on behalf of the "A3" - Gabon, Ghana and Kenya - the representative of Kenya said': "he"
            # next is Kenya's representative, the list's one state named twice
            own = [c for c in behalf if sum(m.actor == c.actor for m in view.mentions) > 1]
            pool = own[:1] + [c for c in pool if c not in own[:1]]
        view.context.last = min(pool, key=lambda c: c.rank)
    elif any(s.kind != "quoted" and s.token.low in _SAYING and (_speaker_of_no_actor(view.tokens, s.v, view.at)
             or _unknown_acronym_before(view.tokens, s.v, view.at)) for s in view.verbs):
        # "An analyst at a think tank told us ...": the next "she said" is the analyst's, no actor's
        view.context.last = Candidate(NOT_AN_ACTOR, "", "", Rule.SUBJECT, -1)
    elif _opens_with_an_unknown_person(view.tokens, view.at):
        # "Bertrice Pompe, one of the claimants, spoke outside the court." ... "she said": hers, no actor's
        view.context.last = Candidate(NOT_AN_ACTOR, "", "", Rule.SUBJECT, -1)
    view.context.topic = _topic_state(view)
    view.context.subject = None if speakers else _opening_person(view) or _interviewed_person(view)
    view.context.thing = None if speakers else _opening_thing(view)
    unique: list[Candidate] = []
    for item in found:
        if item.actor != NOT_AN_ACTOR and item.actor not in {u.actor for u in unique}:
            unique.append(item)
    _remember_group(view, unique)
    spoke_blocs = [c.actor for c in unique if c.actor in BLOCS and c.rule is not Rule.QUOTED_SUBJECT]
    if spoke_blocs:
        # "ECOWAS will ask the AU and the EU to help. The summit also warned ...": the bloc that spoke,
        # not those its statement names, is whom "the bloc" and "the summit" mean next
        view.context.blocs = [b for b in view.context.blocs if b not in spoke_blocs] + spoke_blocs
    if view.context.transcript is None:
        for item in unique:
            if item.rule in _SPEAKER_RULES:
                view.context.spoken[item.actor] = view.context.spoken.get(item.actor, 0) + 1
    if not view.in_quote and _ANNOUNCES_WHAT_FOLLOWS.search(view.text):
        return []  # "French President Emmanuel Macron wrote:": the post after it is the statement
    if not view.in_quote and view.text.rstrip().endswith("?") and not any(q in view.text for q in _QUOTE_CHARS):
        return []  # "What has President Kenyatta said?": an anchor's or a writer's question, no one's position
    return unique


_TELLING = _SAYING | {"tell", "report"}  # a spokesperson's "our colleagues tell us", "they report"


def _reporters_of_anothers_act(view: SentenceView, found: list[Candidate]) -> list[Candidate]:
    """'Macron called Rouhani to express his sympathy ..., according to the Iranian presidency': the one who acts is the
    speaker; the source that reports the act takes no position of its own (the guide: Y's statement only if Y takes
    one). A source of facts a speaker reports ('... tell us that 90,000 people have been displaced, according to IOM')
    keeps its own."""
    if not any(c.rule is Rule.ACCORDING_TO for c in found):
        return found
    actors = [c for c in found if c.rule is not Rule.ACCORDING_TO and c.position >= 0 and c.actor != NOT_AN_ACTOR
              and view.tokens[c.position].low not in _TELLING and not view.tokens[c.position].quoted]
    if not actors:
        return found
    own = {c.actor for c in actors}
    return [c for c in found if c.rule is not Rule.ACCORDING_TO or c.actor in own]


def _in_the_councils_capacity(view: SentenceView, found: list[Candidate]) -> list[Candidate]:
    """The speaker named before "in his capacity as President of the Council" speaks for the UN."""
    hit = _COUNCIL_CAPACITY.search(view.text)
    if hit is None:
        return found
    out = []
    for c in found:
        before = c.speaker and 0 <= view.text.find(c.speaker) < hit.start()
        if c.rule in _SPEAKER_RULES | {Rule.PRONOUN} and (before or c.rule is Rule.PRONOUN):
            c = Candidate("United Nations", c.speaker, c.cue, c.rule, c.position)
        out.append(c)
    return out


# A sentence that only announces the words after it: a verb of saying or posting and a few words
# (where, when) before the closing colon.
# (and "posted this on Facebook a few minutes ago:", "has posted this (our translation from French):", "issued the
# following statement in Abuja on Wednesday:", "posting within minutes of the Spanish offer:")
_ANNOUNCES_WHAT_FOLLOWS = re.compile(
    r"(?i)\b(?:wrote|writes|posted|posts|post|posting|tweeted|said|says|added|followed|answered|replied|responded|"
    r"stated|declared|commented|reacted)\b(?:\s+[\w@.'’-]+){0,6}\s*:\s*$"
    r"|\b(?:posted|posting|tweeted|issued|released|published|shared)\s+(?:this|the\s+following|a\s+(?:[\w-]+\s+){0,2}"
    r"(?:message|warning|statement|video|post|note))\b[^:.;\"“”]{0,80}:\s*$"
    r"|\bposting\s+(?:within|minutes|hours|shortly|soon)\b[^:.;\"“”]{0,60}:\s*$")
_LOCATIVE_BEFORE = re.compile(r"(?i)\b(?:in|at|from|to|into|near|outside|across|over|around)\s+(?:the\s+)?$")


_JOINT_HEADING = re.compile(r"(?i)\bjoint\s+(?:statement|communiqu[ée]|declaration|press\s+release)\b")
_JOINT = re.compile(r"(?i)\bjoint(?:ly)?\b|\btogether\b|\bsignator")


def _remember_group(view: SentenceView, unique: list[Candidate]) -> None:
    """The actors "the two ministers" may mean next: the sentence's speakers if two or more, else
    the states and people it names if two or more (a group statement itself keeps the group)."""
    if any(c.rule is Rule.GROUP for c in unique):
        view.context.group_spoke = True  # "The eight governments said": whom "the signatories" mean next
        return
    if len(unique) >= 3 and _JOINT.search(view.text):
        view.context.group_spoke = True  # a joint statement of three or more: whom "the ministers" and "they" mean next
    elif unique and not {c.actor for c in unique} <= {c.actor for c in view.context.group}:
        view.context.group_spoke = False  # someone else has spoken since
    if len(unique) >= 2:
        view.context.group = unique
        return
    named: list[Candidate] = []
    for m in view.mentions:
        if _LOCATIVE_BEFORE.search(view.text, max(0, m.start - 12), m.start):
            continue  # "met his Chinese counterpart in Moscow": a place, not one of the group
        if m.actor != NOT_AN_ACTOR and (m.kind in _STATE_KINDS - {"capital"} or m.kind in {"person", "officeholder"}) \
                and m.actor not in {c.actor for c in named}:
            named.append(Candidate(m.actor, m.text, "", Rule.GROUP, -1))
    if len(named) >= 2:
        view.context.group = named
        # "Denmark, Finland, France and Germany have released a joint statement": its authors, though the sentence
        # itself reports no position
        if len(named) >= 3 and _JOINT_HEADING.search(view.text):
            view.context.group_spoke = True


def _topic_state(view: SentenceView) -> str | None:
    """The state a sentence opens with as its subject ("Somalia went further.", "China, which
    abstained, was more guarded."), not as an owner ("Britain's decision ...")."""
    first = view.at.get(0)
    if first is None or first.kind not in _STATE_KINDS - {"role"} or first.actor == NOT_AN_ACTOR:
        return None
    end = _mention_end(view.tokens, 0, view.at)
    after = view.tokens[end] if end < len(view.tokens) else None
    if _ends_possessive(view.tokens[end - 1]) or after is None or not (after.text == "," or after.text.islower()):
        return None  # an owner, or a state word in a title ("US Secretary of State Mike Pompeo said")
    return first.actor


def _pronouns_of_the_sentences_speaker(view: SentenceView, found: list[Candidate]) -> list[Candidate]:
    """A pronoun after the sentence's own speaker is that speaker ("In Moscow, the foreign ministry
    called the expulsions ..., which it said ..."), and "according to an official source" in a
    sentence with a speaker is that speaker's source: neither is the last sentence's speaker. A
    speaker inside an opening participle clause is reported by the pronoun ("Noting that Hizbullah's
    leader had promised to make Israel pay, she said"): both speak."""
    own = [c.position for c in found if c.rule in _SPEAKER_RULES and c.position >= view.participle_opener]
    if not own:
        return found
    return [c for c in found if not (c.rule is Rule.PRONOUN and (c.position > min(own) or c.cue == "according to"))]


# Participles that open a speaker's sentence with what they cite or turn to ("Noting that ...,",
# "Turning to the events of ...,", "Recalling that ...,").
_OPENING_PARTICIPLES = {"noting", "recalling", "turning", "stressing", "citing", "referring", "pointing",
                        "acknowledging", "welcoming", "observing", "emphasizing", "emphasising", "underlining"}


def _opening_participle_clause(tokens: list[Token]) -> int:
    """The token index of the comma closing an opening participle clause before a pronoun speaker
    ("Noting that X had promised ..., she said"), else 0."""
    if not tokens or tokens[0].low not in _OPENING_PARTICIPLES:
        return 0
    for k in range(1, len(tokens) - 2):
        if tokens[k].text == "," and not tokens[k].quoted and tokens[k + 1].low in {"he", "she", "they", "it"} \
                and (tokens[k + 2].low in _SAYING or tokens[k + 2].low in _SAY_FORMS):
            return k
    return 0


# Rules that name a sentence's own speaker (not a relayed or continued one).
_SPEAKER_RULES = {Rule.SUBJECT, Rule.INVERSION, Rule.PERSON, Rule.BODY, Rule.ACCORDING_TO}


class Attributor:
    """Attributes the sentences of one article in order, remembering its context."""

    def __init__(self, registry: ActorRegistry, date: str | None = None,
                 rules: list[tuple[Rule, RuleFunction]] | None = None, defer_home: bool = False) -> None:
        """``defer_home``: a home body read before anything named the article's state is given ``PENDING_HOME``,
        for a caller that settles it once the article is read (``statements_frame`` does); else it speaks for no one."""
        self.registry = registry
        self.rules = rules
        self.defer_home = defer_home
        self.context = ArticleContext(registry, date or None, defer_home=defer_home)

    @property
    def last(self) -> Candidate | None:
        return self.context.last

    def reset(self, date: str | None = None) -> None:
        self.context = ArticleContext(self.registry, date or None, defer_home=self.defer_home)

    def headline(self, text: str, paragraph: int | None = None) -> None:
        """A headline or standfirst: context for the article, never a statement."""
        self.context.learn_headline(text, paragraph)

    def attribute(self, sentence: str, in_quote: bool = False, paragraph: int = 0) -> list[Candidate]:
        """Statements of one sentence; ``in_quote``: a quotation opened earlier is still open."""
        host = _host_label(self.context, sentence)
        if host:
            # an interview's host tells the news and links the guests, as an article's narration does: the
            # positions it reports are their holders', its own words no one's, and the guest's turn is over
            self.context.transcript = None
            sentence = sentence[host:]
        # offsets stay valid: marks and line breaks (a hard-wrapped text's) are replaced character for character
        text = _caps_surnames_titled(single_quotes_as_double(sentence).translate(_LINE_BREAKS_AS_SPACES),
                                     self.context.registry)
        view = SentenceView.build(text, self.context, in_quote, paragraph)
        found = attribute_view(view, self.rules)
        if host:
            self.context.label_cut = host  # the label is no part of the statements' sentence
        return found


_LINE_BREAKS_AS_SPACES = str.maketrans("\r\n\t", "   ")
# A family name in capitals after a first name, a title or "Mr", as francophone agencies print it ("Mr Mamani NASSIRE",
# "Minister NASSIRE", "General Assimi GOITA"): read as "Nassire" (not after a word that opens a body's acronym: "The
# UPC", "of ECOWAS")
_CAPS_SURNAME = re.compile(r"\b(?P<before>[A-Z][a-zà-ÿ'’-]+\.?)\s+(?P<caps>[A-ZÀ-ÖØ-Þ]{4,}(?:-[A-ZÀ-ÖØ-Þ]{2,})?)"
                           r"(?![\w'’-]|\s+[A-Z])")  # (not "the Nigeria INGO Forum": an acronym opening a name)
_NOT_BEFORE_A_NAME = {"The", "A", "An", "In", "On", "At", "Of", "For", "And", "But", "By", "From", "To", "With", "Its",
                      "His", "Her", "Their", "Our", "Under", "Against", "As", "After", "Before", "Like", "Via"}


def _caps_surnames_titled(text: str, registry: ActorRegistry) -> str:
    """The sentence with capitalised family names title-cased, character for character (offsets stay valid)."""
    def titled(hit: re.Match) -> str:
        caps = hit.group("caps")
        if hit.group("before").rstrip(".") in _NOT_BEFORE_A_NAME or registry.resolve(caps) is not None:
            return hit.group()
        return hit.group()[:hit.start("caps") - hit.start()] + "-".join(p.capitalize() for p in caps.split("-"))
    return _CAPS_SURNAME.sub(titled, text)


def _is_quotation(sentence: str) -> bool:
    spans = quote_spans(sentence)
    quoted = sum(b - a for a, b in spans)
    return bool(spans) and sentence.lstrip()[:1] in "“\"«‘" and quoted >= 0.6 * len(sentence)


_PRESS_NOUNS = {"secretary", "secretaries", "conference", "conferences", "release", "releases", "briefing", "office",
                "officer", "service", "statement", "agency", "attache", "attaché", "freedom", "aide", "adviser", "advisor"}
# What an actor "puts at" a figure: "put the death toll at 46", "puts the number of people ... at".
_COUNT_NOUNS = {"toll", "number", "figure", "count", "tally", "cost", "casualties"}


def _puts_a_count_at(tokens: list[Token], v: int) -> bool:
    """Is the "put" at ``v`` "put the (death) toll / number of ... at"?"""
    near = tokens[v + 1:v + 5]
    return any(t.low in _COUNT_NOUNS for t in near) and any(t.low == "at" for t in tokens[v + 2:v + 20])


_PLAINLY = {"plainly", "bluntly", "simply", "starkly", "succinctly", "frankly", "differently", "another", "this", "so"}


def _puts_a_position(tokens: list[Token], v: int) -> bool:
    """Is the "put" at ``v`` one that states a position: "put forward a plan" (a proposal), "put the toll
    at 46" (a figure the actor gives), "put the choice plainly:", "put on hold the dispatch of an
    ambassador" (a measure)?"""
    return v + 1 < len(tokens) and tokens[v + 1].low == "forward" or _puts_a_count_at(tokens, v) \
        or _puts_it_plainly(tokens, v) or any(t.low == "on" and k + 1 < len(tokens) and tokens[k + 1].low == "hold"
                                              for k, t in enumerate(tokens[v + 1:v + 8], start=v + 1)) \
        or _puts_on_a_list(tokens, v)


def _puts_on_a_list(tokens: list[Token], v: int) -> bool:
    """Is the "put" at ``v`` "put the morality police on its sanctions list" (a measure)?"""
    after = " ".join(t.low for t in tokens[v + 1:v + 14])
    return _ON_A_LIST.search(after) is not None


_ON_A_LIST = re.compile(r"\bon(?:to)?\s+(?:(?:its|the|a|an|their|his|her)\s+)?(?:[\w-]+\s+){0,2}(?:blacklist|list|watchlist)\b"
                        r"(?!\s+(?:its|their|the)\b)")


def _puts_it_plainly(tokens: list[Token], v: int) -> bool:
    """Is the "put" at ``v`` "put it bluntly", "put the choice plainly"?"""
    k = v + 1
    if k < len(tokens) and tokens[k].low == "it":
        k += 1
    elif k + 1 < len(tokens) and tokens[k].low == "the" and tokens[k + 1].low in {"choice", "matter", "case", "point",
                                                                                    "question", "issue"}:
        k += 2
    else:
        return False
    return k < len(tokens) and tokens[k].low in _PLAINLY


# The UN meetings coverage's procedure: who took part or took the floor, not what they said.
_PROCEDURAL_VERBS = {"participated", "participate", "participating", "took", "take", "takes", "taking", "taken",
                     "invited"}


def _procedure_after(tokens: list[Token], v: int) -> bool:
    """Do the words after verb ``v`` make it a meeting's procedure ("took the floor", "participated
    under rule 37", "participated in the meeting")?"""
    words = [t.low for t in tokens[v + 1:v + 4]]
    if tokens[v].low == "invited":
        return words[:2] == ["to", "participate"]  # "delegations invited to participate under rule 37"
    if tokens[v].low in {"took", "take", "takes", "taking", "taken"}:
        return words[:2] == ["the", "floor"]
    return words[:2] == ["under", "rule"] or words[:1] == ["in"] and len(words) >= 3 \
        and words[2] in {"meeting", "debate", "discussion", "session", "briefing"}


# "a long record of labelling journalists": a habit described, no act now
_HABIT_NOUNS = {"record", "history", "habit", "practice", "pattern", "tradition"}


_RENEWED_STANCES = {"call", "calls", "appeal", "appeals", "demand", "demands", "condemnation", "criticism",
                    "warning", "warnings", "threat", "threats", "pledge", "commitment", "offer", "invitation"}


def _saying_tail(tokens: list[Token], v: int, at: dict[int, Mention]) -> bool:
    """Is ``v`` ("continued", "went" + "on") the verb of a tail closing the sentence after a comma or a
    closing quote, with a pronoun or an actor as its subject ("..., he went on.")?"""
    end = v + 1
    if tokens[v].low == "went":
        if end >= len(tokens) or tokens[end].low != "on":
            return False
        end += 1
    if end < len(tokens) and tokens[end].text not in {".", "!", "?"}:
        return False
    s = v - 1
    if s < 0 or not (tokens[s].low in _SUBJECT_PRONOUNS or s in at):
        return False
    start = _mention_start(tokens, s, at) if s in at else s
    return start >= 1 and (tokens[start - 1].text == "," or tokens[start - 1].text in _QUOTE_CHARS)


_WISHED_FOR = {"recovery", "success", "luck", "well", "happiness", "prosperity", "strength", "patience"}
# A communiqué's "wishes to state": the saying verb after "wishes to" makes it a statement
_WISHED_SAYING = {"state", "stress", "reiterate", "inform", "assure", "clarify", "reaffirm", "emphasise", "emphasize",
                  "underline", "express", "announce", "condemn", "remind", "recall", "note"}


def _is_position_verb(tokens: list[Token], v: int, at: dict[int, Mention]) -> bool:
    token = tokens[v]
    word = token.low
    if v > 0 and _ends_possessive(tokens[v - 1]) and token.text.islower() and not word.endswith(("ed", "ing")) \
            and tokens[v - 1].low not in {"it's", "it’s", "that's", "that’s", "what's", "what’s", "he's", "she's"}:
        return False  # "rejected the prime minister's charge that ...", "Moscow's warning": a noun after its owner
    if word in _STATES_OF_MIND:  # "is deeply concerned", "was alarmed": a position stated
        j = v - 1
        while j >= 0 and tokens[j].low.endswith("ly") and tokens[j].low not in {"only"}:
            j -= 1
        if j >= 0 and tokens[j].low in {"is", "are", "was", "were", "remains", "remained"}:
            return True
        if word not in _ALSO_ACTIVE or v + 1 >= len(tokens) or tokens[v + 1].low in {"to", "by", "with", "at"}:
            return False
        if word == "encouraged" and not any(t.low == "to" for t in tokens[v + 2:v + 9]):
            return False  # "encouraged both sides to talk" is an appeal; "encouraged hatred" a charge against someone
    if word in {"continued", "went"} and _saying_tail(tokens, v, at):
        return True  # "..., he went on.", "..., Peskov continued.": the tail of what he said
    if word in _GO_ON and v + 1 < len(tokens) and tokens[v + 1].low == "further" and v not in at:
        # "X went further, calling Uganda's denial a fiction", "went further in a post on Twitter, ...": a
        # stronger position than the last (not "Washington went further.", which leads into the next sentence)
        comma = next((k for k in range(v + 2, min(len(tokens), v + 12)) if tokens[k].text == ","), None)
        return comma is not None and comma + 1 < len(tokens) and tokens[comma + 1].low.endswith("ing")
    if word not in VERB_FORMS or v in at:
        return False
    if word.startswith("renew") and not any(t.low in _RENEWED_STANCES for t in tokens[v + 1:v + 4]):
        return False  # "renewed its call for a ceasefire", not "Dbeibah's renewed support" nor "to renew talks"
    if word.startswith("wish") and not any(t.low in _WISHED_FOR for t in tokens[v + 1:v + 7]) \
            and not (v + 2 < len(tokens) and tokens[v + 1].low == "to" and tokens[v + 2].low in _WISHED_SAYING):
        # "wished the wounded a quick recovery" is sympathy; "if it wishes to join" no position ("Government wishes to
        # state categorically that ..." is a statement)
        return False
    if word.startswith("observ") and (v + 1 >= len(tokens) or tokens[v + 1].low != "that"):
        return False  # "observed a minute's silence", "observing the vote": a deed; "observed that ..." a view
    if word == "mourning" and v > 0 and tokens[v - 1].low == "in":
        return False  # "as the country was still in mourning": the noun
    if word in _PROCEDURAL_VERBS and _procedure_after(tokens, v):
        return False  # "participated under rule 37", "also took the floor": a delegation's turn, no position
    if token.text[:1].isupper() and v > 0 and tokens[v - 1].text not in _QUOTE_CHARS:
        return False  # a capitalised word mid-sentence is a name
    prev = tokens[v - 1].low if v > 0 else ""
    calls_on = word in {"calls", "call"} and v + 1 < len(tokens) and tokens[v + 1].low in {"on", "upon"}
    b = v - 1
    k = b
    while k > 0 and (tokens[k].low.endswith("ly") or tokens[k].low in {"further", "also", "again", "once"}) \
            and tokens[k].text.islower():
        k -= 1
    if k < b and k in at:
        b = k  # "CARICOM earnestly hopes", "SADC further notes", "Kenya once again urges": past the adverbs to the subject
    eager = prev == "to" and v > 1 and (tokens[v - 2].low in _EAGER_BEFORE_TO  # "was quick to back Prague"
                                        # "The ministry went on to stress that ...": the subject's next words
                                        or v > 2 and tokens[v - 2].low == "on" and tokens[v - 3].low in _GO_ON)
    if b in at:
        start = _mention_start(tokens, b, at)
        if word.endswith("ing") and start >= 1 and tokens[start - 1].low in {"with", "without"} \
                and word not in _SAYING_PARTICIPLES:
            return False  # "That starts with Moscow pulling its soldiers out": what is asked of Moscow, not its act
        if start >= 2 and tokens[start - 1].low in {"whom", "which"} and tokens[start - 2].text == "," \
                and word not in _SAY_FORMS | _CLAUSE_VERBS | _DENIALS:
            # "Gulen, whom Ankara accuses of organising the coup,": a description, no statement; but
            # "the balloon, which US officials say was gathering intelligence": a claim reported; "..., which
            # Azerbaijan denies": a denial of the claim, the guide's neutral statement
            return False
    if word in _NOUN_LIKE and not calls_on and not eager and not (b in at and not _ends_possessive(tokens[b])
                                   or prev in _SUBJECT_PRONOUNS or prev in {"also", "then", "now"}
                                   or prev in vocabulary.ROLES and v > 1 and tokens[v - 2].low == "the"
                                   or _named_speaker_before(tokens, v, at) or _body_name_before(tokens, v)):
        return False  # "Erdogan's ruling party": a noun
    if word in _NOUN_LIKE and v + 1 < len(tokens) and tokens[v + 1].low in _FINITE_AFTER_A_NOUN:
        return False  # "the Islamic State claim did not sit easily": the noun is the subject of the verb after it
    if word in {"sanctions", "sanction"} and v + 1 < len(tokens) and tokens[v + 1].low in {"on", "against", "over",
                                                                                          "targeting", "relief"}:
        return False  # "Wednesday's U.S. sanctions on 24 officials": the measures, not the United States sanctioning
    if word in _NOUN_LIKE and word.endswith("s") and v + 1 == len(tokens) and b in at \
            and tokens[_mention_start(tokens, b, at) - 1].low in _PREPOSITIONS | {"and", "or"}:
        return False  # "under national and EU rules.": a noun that ends the sentence, the state its modifier
    if prev in _DETERMINERS or prev in _POSSESSIVE_DETERMINERS or prev in {"this", "that", "press", "news"}:
        return False  # "a warning", "its support", "a press briefing": nouns
    if prev in _PREPOSITIONS and prev != "to" and not word.endswith("ing"):
        return False  # "rested on charges that ...", "amid calls for": a noun after a preposition
    if word == "posted" and v + 1 < len(tokens) and tokens[v + 1].low in {"in", "to", "at", "abroad"}:
        return False  # "Iranian diplomats posted in Australia": stationed there, nothing posted online
    if word.endswith("ing") and prev == "of" and v > 1 and tokens[v - 2].low in _HABIT_NOUNS:
        return False  # "Israel had a long record of labelling journalists": a habit, no act now
    if word.endswith("s") and v + 1 < len(tokens) and tokens[v + 1].low in _MODALS | _DEONTIC | _PLURAL_AUXILIARIES \
            and word not in _SAY_FORMS | _OPINION | _CLAUSE_VERBS:
        # "UN sanctions would snap back", "the calls have grown": a plural noun, no finite verb; but
        # "the road, which India says will cut ...": a verb before a clause with no "that"
        return False
    if word == "back" and (v + 1 >= len(tokens) or not tokens[v + 1].text.isalpha()
                           or tokens[v + 1].low in _PREPOSITIONS or tokens[v + 1].low in {"home", "down", "off", "up"}):
        return False  # "bring Yerevan and Baku back to the table", "Belgrade and Pristina back at the dialogue"
    passive = prev in _PASSIVE or prev.endswith("ly") and v > 1 and tokens[v - 2].low in _PASSIVE
    if prev == "to" and not eager or passive and _is_participle(word):
        # infinitive or passive ("would be sent home", "was widely condemned"): not the subject's own position
        return False
    if prev == "and" and word in _RECEIVED_WHEN_SUMMONED and _passive_before(tokens, v - 1):
        return False  # "The Indian Chargé d'Affaires was summoned to the Ministry and handed a strong protest"
    if word.endswith("ed") and _describes_noun(tokens, v, at):
        return False  # "with a $8bn arms deal announced earlier this month": a participle describing a noun
    if (prev in {"not", "n't", "never"} or prev == "yet" and v > 1 and tokens[v - 2].low == "not") \
            and word in _SILENT_WHEN_DENIED:
        return False  # "did not say when the drills would end"
    if word in _SILENT_WHEN_DENIED and v + 1 < len(tokens) and tokens[v + 1].low in {"little", "nothing"} \
            and not (v + 2 < len(tokens) and tokens[v + 2].low in _CLAUSE_AUXILIARIES):
        return False  # "Eritrea has said little", not "Trump said nothing had been ruled out"
    if prev in {"when", "if", "as", "unless", "once"} and word.endswith("ed"):
        return False  # "when asked about ...": a circumstance, not a position
    if prev == "," and word.endswith("ing") and word not in _SAYING_PARTICIPLES | _MEASURE_PARTICIPLES:
        return False  # "Niger, ..., hosting French troops": a description ("..., breaking off relations": a measure)
    if word in {"read", "reads"}:  # "the statement read": a text speaking; not "a statement read on radio by"
        nxt = tokens[v + 1].low if v + 1 < len(tokens) else ""
        return prev in _TEXT_NOUNS and nxt not in _PREPOSITIONS and nxt not in {"out", "aloud", "by"}
    if prev == "-" and v > 1 and tokens[v - 2].text == ")":
        return False  # "the United Arab Emirates (UAE)-backed militia": a compound adjective
    if word.endswith("ing") and (v - 1 in at and _ends_possessive(tokens[v - 1]) or prev in {"’s", "'s"}):
        return False  # "Russia's signing of the treaty": a noun, what Russia did, not a word on it
    if word.endswith("ing") and prev in _GERUND_PREPOSITIONS:
        return False  # "thanked Putin for responding", "hours after dismissing": no position of the one before
    if word in _HYPOTHETICAL_VERBS and _hypothetical(tokens, v):
        return False  # "Belarus could still say no": what it might do, not what it said
    if word == "challenged":
        # "challenged Israel to produce any evidence", "challenged every member to do the same": a dare, a position;
        # not "had not challenged the timetable", "is challenging Kenyatta", "faced the biggest challenge"
        return prev not in {"not", "n't", "never"} and _dares(tokens, v)
    particles = _NEEDS_PARTICLE.get(word)
    if particles is not None:
        if word.startswith("turn") and v + 1 < len(tokens) and tokens[v + 1].low != "down":
            # "turned the offer down", not "turned the area into a disputed zone"
            return any(t.low == "down" for t in tokens[v + 2:v + 5]) and tokens[v + 1].low in particles
        if word.startswith("pull") and any(t.low in _ENVOYS_AND_TROOPS for t in tokens[v + 1:v + 5]):
            return True  # "pulling its own envoys from Bamako", not "a patrol boat pulling alongside"
        if "note" in particles and v + 2 < len(tokens) and tokens[v + 1].low in _NOTE_ADJECTIVES \
                and tokens[v + 2].low == "note":
            return True  # "The Ministry has taken serious note of reports that ..."
        return v + 1 < len(tokens) and tokens[v + 1].low in particles
    if word in {"claimed", "claims", "claiming", "claim"} and any(
            t.low in {"lives", "life", "victims"} for t in tokens[v + 1:v + 4]):
        return False  # "the attack, which claimed the lives of many": a toll, not a claim
    if word in _GIVE_FORMS:  # "gave the junta 72 hours to restore order": an ultimatum, not "gave a speech"
        window = [t.low for t in tokens[v + 1:v + 9]]
        if window[:1] in (["up"], ["in"], ["way"]):
            return False  # "gave up the presidency after 18 days of protests"
        return any(unit.rstrip("'’") in _TIME_UNITS and (window[k - 1].isdigit() or window[k - 1] in _COUNT_WORDS)
                   for k, unit in enumerate(window) if k > 0)
    if word in {"branded", "labelled", "labeled"} and v + 1 < len(tokens) and tokens[v + 1].low in {"with", "by", "in"}:
        return False  # "vehicles branded with its logo": a description, not "branded the strike a crime"
    if word == "made":  # "made the remarks at a briefing", "made (it) clear that", not "made progress"
        after = [t.low for t in tokens[v + 1:v + 3]]
        if after[:1] in (["clear"], ["plain"]) or after in (["it", "clear"], ["it", "plain"]):
            return True
        return any(t.low in {"remarks", "comments"} for t in tokens[v + 1:v + 4]) \
            and not any(not t.text.isalpha() for t in tokens[v + 1:v + 3])  # "made disparaging remarks"
    if word == "press" and v + 1 < len(tokens) and tokens[v + 1].low in _PRESS_NOUNS:
        return False  # "press secretary Karoline Leavitt said", "a press conference": a noun's modifier
    if word in _CLOSE_FORMS:  # "closed its border with Colombia", not "closed the session"
        return any(t.low in _CLOSED_OBJECTS for t in tokens[v + 1:v + 4])
    if word in _PRESENT_AS_FORMS:  # "presented the results as the will of the people", not "presented its report"
        window = tokens[v + 1:v + 14]
        cut = next((k for k, t in enumerate(window) if t.text in {",", ";", ":"} or t.low in {"what", "which", "that"}),
                   len(window))
        return any(t.low == "as" for t in window[1:cut])  # not "..., as two judges dissented": a conjunction
    if word in _ADOPT_FORMS:
        return any(t.low in _ADOPTED_TEXTS for t in tokens[v + 1:v + 7])
    if word in _DIRECT_FORMS:
        return prev not in {"who", "which", "that"} and v + 1 < len(tokens) \
            and tokens[v + 1].low in {"that", "the", "all", "its", "their", "his", "her"}
    if word in _HOLD_FORMS:  # "held Iran responsible", not "held talks" or "held a meeting"
        return any(t.low in {"responsible", "accountable", "liable"} for t in tokens[v + 1:v + 9])
    if word in _NEEDS_OBJECT:  # "issued a joint statement", not "the issues facing Armenia"
        if word.startswith("put") and _puts_a_position(tokens, v):
            return True
        return any(t.low in _ISSUED_OBJECTS for t in tokens[v + 1:v + 4])
    if word in _ADD_FORMS and v + 1 < len(tokens) and tokens[v + 1].low in _ADDED_OBJECTS \
            and prev not in {",", "'", "’"} and tokens[v - 1].text not in _QUOTE_CHARS:
        return False  # "Russia had added one more provocation" (not "'...,' added the spokesman"): a thing, not words
    if word.startswith("defend") and v + 1 < len(tokens) and tokens[v + 1].low in _REFLEXIVES:
        return False  # "Israel was defending itself": an act of war, not a word on one ("defended the decision")
    return True


def _dares(tokens: list[Token], v: int) -> bool:
    """Does a "to" follow the verb at ``v`` within eight words, after its object and before any comma
    ("challenged Israel to produce any evidence")?"""
    window = tokens[v + 1:v + 9]
    to = next((k for k, t in enumerate(window) if t.low == "to"), None)
    return to is not None and to >= 1 and not any(t.text in {",", ";"} for t in window[:to])


_ADD_FORMS = {"add", "adds", "added", "adding"}
# What a state pulls out in protest or as a measure
_ENVOYS_AND_TROOPS = {"envoy", "envoys", "ambassador", "ambassadors", "diplomats", "troops", "forces", "soldiers",
                      "contingent", "peacekeepers"}
# Prepositions before which a gerund is a noun phrase, not a verb of the sentence ("thanked Tajani for
# hosting"). Not "by", "of", "in": "answered by recalling its envoys", "stopped short of condemning",
# "joined Russia in condemning" state the subject's own position.
_GERUND_PREPOSITIONS = {"for", "without", "after", "before", "against", "about"}
_HYPOTHETICAL_VERBS = {"say"}  # not "could agree to a meeting": a reported offer


def _hypothetical(tokens: list[Token], v: int) -> bool:
    """Is the verb at ``v`` under "could", "might" or "may" ("could still say no")?"""
    k = v - 1
    while k >= 0 and tokens[k].low in {"still", "yet", "also", "well", "even", "eventually", "simply"}:
        k -= 1
    return k >= 0 and tokens[k].low in {"could", "might", "may"} and not tokens[k].quoted
_REFLEXIVES = {"itself", "themselves", "himself", "herself", "ourselves", "myself"}
# "was quick to condemn", "moved to expel", "the first to recognise": the infinitive is the subject's act.
_EAGER_BEFORE_TO = {"quick", "quicker", "swift", "swifter", "first", "rushed", "hastened", "moved", "hurried"}
_GO_ON = {"went", "goes", "go", "going"}
# Words that start the object of "add" when something other than words is added (not "added its voice
# to the condemnation", "added his signature": acts of position).
_ADDED_OBJECTS = {"a", "an", "the", "one", "two", "three", "four", "five", "more", "new", "another",
                  "fuel", "weight", "pressure", "troops", "air-defence", "air-defense", "to"}


# Verbs that take an object and its complement ("keeping the Houthis supplied", "left Kyiv exposed"): a
# mention right after one is their object, never the subject of the participle after it.
_OBJECT_TAKERS = {"keep", "keeps", "keeping", "kept", "leave", "leaves", "leaving", "left", "make", "makes", "making",
                  "made", "get", "gets", "getting", "got", "see", "sees", "seeing", "saw", "seen", "want", "wants",
                  "wanted", "wanting", "find", "finds", "finding", "found", "let", "lets", "letting", "help", "helps",
                  "helped", "helping"}
# Independent people named by their field ("a Russian military expert", "Chinese analysts"): unnamed, no
# actor (the guide); the state word before them says where they are from, not whom they speak for.
_INDEPENDENT_NOUNS = {"expert", "experts", "analyst", "analysts", "researcher", "researchers", "scholar", "scholars",
                      "commentator", "commentators", "historian", "historians", "academic", "academics",
                      "economist", "economists", "strategist", "strategists", "blogger", "bloggers",
                      "columnist", "columnists", "professor", "professors", "scientist", "scientists",
                      "resident", "residents", "activist", "activists", "lecturer", "lecturers", "fellow",
                      "correspondent", "correspondents", "reporter", "reporters", "journalist", "journalists"}
# Speakers in a capital who are not its government's: "a Western diplomat in Kyiv", "a diplomat in Chisinau".
_OUTSIDE_SPEAKERS = {"a", "one", "another", "western", "foreign", "european", "asian", "african", "arab", "several",
                     "two", "three", "some", "other"}
def _describes_noun(tokens: list[Token], v: int, at: dict[int, Mention]) -> bool:
    """Is the participle at ``v`` a reduced relative after a thing's name ("a deal announced earlier",
    "the sanctions imposed on Iran")? The noun before it is no speaker, and no object follows."""
    if v < 2 or v - 1 in at:
        return False
    noun = tokens[v - 1]
    if not (noun.text.isalpha() and noun.text.islower()) or noun.low in vocabulary.ROLES or noun.low in _BODY_SET \
            or noun.low in _SUBJECT_PRONOUNS or noun.low.endswith("ly") or noun.low in _AUXILIARIES \
            or noun.low in {"and", "or", "but", "that", "which", "who", "then", "also", "not", "never", "already",
                            "again", "still", "just", "now", "later", "earlier", "soon", "once", "first", "since"} \
            or _GROUP_ANAPHOR.match(f"the {noun.low}"):
        return False  # "The missions urged": speakers the article named before, not a thing
    nxt = tokens[v + 1].low if v + 1 < len(tokens) else ""
    # (one adjective between: "an extraordinary session called in the middle of the recess")
    adjective = v >= 3 and tokens[v - 3].low in _DETERMINERS and tokens[v - 2].text.isalpha() \
        and tokens[v - 2].text.islower() and tokens[v - 2].low not in VERB_FORMS and not tokens[v - 2].low.endswith("ed")
    return tokens[v - 2].low in _DETERMINERS or adjective and nxt in _PREPOSITIONS \
        or nxt in {"earlier", "last", "this", "yesterday", "by"}


# Lower-case words a speaker's label in a round-up may hold besides names: "US secretary of state Marco Rubio".
_HEADING_ROLE_WORDS = {"of", "the", "and", "for", "state", "affairs", "foreign", "prime", "deputy", "chief",
                       "general", "secretary", "secretary-general", "minister", "president", "spokesperson",
                       "spokesman", "spokeswoman", "ambassador", "envoy", "leader", "head", "commissioner", "high",
                       "representative", "defence", "defense", "national", "security", "adviser", "advisor",
                       "ministry", "office", "chancellor", "premier", "king", "emir", "supreme", "un", "eu",
                       "policy", "top", "diplomat", "chair", "chairman", "chairperson", "government"}
_SUBORDINATORS = {"after", "before", "since", "until", "because", "once", "while"}
_AUXILIARIES = {"had", "has", "have", "was", "were", "is", "are", "would", "will", "could", "did", "had", "also"}


def _clause_verb_after(tokens: list[Token], i: int, at: dict[int, Mention]) -> bool:
    """Does a verb follow the mention starting at ``i`` ("the US unilaterally withdrew", "the U.S. embassy in
    Ankara said": past the seat a body is named with)?"""
    k = _mention_end(tokens, i, at) if i in at else i + 1
    while k < len(tokens) and k in at:
        k = _mention_end(tokens, k, at)  # "U.S. Ambassador Laura Dogu told": the title's holder
    if k + 1 < len(tokens) and tokens[k].low == "in" and k + 1 in at and at[k + 1].kind in {"capital", "country"}:
        k = _mention_end(tokens, k + 1, at)
    while k < len(tokens) and (tokens[k].low.endswith("ly") or tokens[k].low in _AUXILIARIES):
        k += 1
    return k < len(tokens) and k not in at and tokens[k].text.islower() \
        and (tokens[k].low in VERB_FORMS or tokens[k].low.endswith("ed"))


# "The rebel-run Health Ministry", "the junta-controlled council": a body of the group the article named.
_RUN_BY_BODY = re.compile(r"(?i)^the\s+(?P<body>rebel|militia|junta|group|insurgent)s?-(?:run|controlled|led|held)\s+"
                          r"(?!(?:\S+\s+){0,2}?(?:news\s+)?(?:agency|television|tv|radio|media|channel|newspaper|"
                          r"broadcaster)\b)")
# "The attorney general's office", "the Hatay Governor's Office": the office of a state's official,
# which speaks for the state as its ministries do.
# (and in the state media's order: "the Office of the Prime Minister issued a statement")
_STATE_OFFICIALS = (r"(?:public\s+prosecutor|attorney[- ]general|prosecutor[- ]general|state\s+prosecutor|chief\s+prosecutor|"
                    r"(?:inspector|comptroller|auditor)[- ]general|governor|president|prime\s+minister|vice[- ]president|(?:[a-z]+\s+)?minister)")
_STATE_OFFICE_NAME = (rf"(?:(?-i:[A-Z][\w-]*\s+)?{_STATE_OFFICIALS}['’]s\s+office|office\s+of\s+the\s+"
                      rf"(?:(?-i:[A-Z][\w-]*\s+)?{_STATE_OFFICIALS}))")
_STATE_OFFICE = re.compile(rf"(?i)^the\s+{_STATE_OFFICE_NAME}$")
# ("A spokesman for the presidential administration told": Central Asian and Russian copy's name of the office)
_PRESIDENTIAL_SPOKESPERSON = re.compile(r"(?i)^an?\s+(?:senior\s+)?(?:presidential\s+(?:spokes(?:man|woman|person)|aide|adviser|"
                                        r"advisor)|spokes(?:man|woman|person)\s+for\s+the\s+presidential\s+"
                                        r"administration)$")
# ... after "according to (the)": "According to the Prosecutor General's Office, four women ..."
_STATE_OFFICE_AT = re.compile(rf"(?i){_STATE_OFFICE_NAME}\b")
# Nouns of a news outlet (lower case, one token each).
_OUTLET_NOUNS = {"agency", "television", "tv", "channel", "broadcaster", "radio", "newspaper", "daily", "media",
                 "outlet", "outlets", "website", "station"}


def _runs_an_outlet(tokens: list[Token], end: int, v: int) -> bool:
    """Does "-run", "-controlled" or "-owned" after a mention ending at ``end`` make it the owner of a
    news outlet before the verb at ``v`` ("the Houthi-run Saba news agency reported")?"""
    return 0 < end < v and tokens[end - 1].low.endswith(("-run", "-controlled", "-owned")) \
        and any(t.low in _OUTLET_NOUNS for t in tokens[end:v])


# "A spokesman for the foreign ministry", "an official at the Ministry of Defence": a body's voice.
# ("An official source at the Ministry ...", "a responsible source in the ministry": the Gulf agencies' forms)
_OFFICIAL_OF_BODY = re.compile(r"(?i)^(?:an?|the)\s+(?:(?:senior|deputy|official|responsible|informed|well-informed|"
                               r"high-ranking)\s+){0,2}(?:spokes(?:man|woman|person)|official|"
                               r"source|representative)\s+(?:for|of|at|from|in)\s+(?P<body>the\s+[^,]+)$")


# Bodies whose "for X" names their brief ("the office for Kosovo", "the ministry for European affairs").
_PORTFOLIO_BODIES = {"office", "ministry", "department", "directorate", "commission", "committee"}


_NAME_GLUE = {"of", "the", "and", "for"}


def _name_head(tokens: list[Token], last: int, span: int, is_head: Callable[[int], bool]) -> int | None:
    """The first word, walking back from ``last`` over at most ``span`` words of a capitalised proper name ("Ministry
    of Foreign Affairs and International Cooperation"), for which ``is_head`` holds; None if the name has none."""
    k = last
    while k >= 0 and last - k < span and (tokens[k].text[:1].isupper() or tokens[k].low in _NAME_GLUE):
        if is_head(k):
            return k
        k -= 1
    return None


def _body_name_before(tokens: list[Token], v: int) -> bool:
    """Does a body's capitalised name headed by a role word end right before ``v`` ("The Ministry of Foreign Affairs
    reports that", "The Office of the President claims"), making the word at ``v`` its verb, not a noun?"""
    k = _name_head(tokens, v - 1, 8, lambda k: k >= 1 and tokens[k].low in vocabulary.ROLES
                   and tokens[k].text[:1].isupper() and tokens[k - 1].low == "the")
    # (the name opens its clause: not "He read the Office of the President reports")
    return k is not None and tokens[v - 1].text[:1].isupper() and (k == 1 or tokens[k - 2].text in {",", ";", ":"})


# An opening participle's phrase: "Asked whether ...,", "Commenting on ...,", "Speaking to ...,"
_PARTICIPLE_OPENERS = {"asked", "questioned", "pressed", "quizzed"}


def _in_participle_opener(tokens: list[Token], start: int, v: int, at: dict[int, Mention]) -> bool:
    """Is the mention at ``start`` inside the participle's phrase that opens the sentence, before its first
    comma, with the verb ``v`` after it ("Asked by foreign correspondents whether the case affects relations
    with Moscow, the Deputy Minister stated")? The phrase is an adverbial; its names are not the main verb's subject."""
    if len(tokens) < 2 or 0 in at or not tokens[0].text.isalpha() or not tokens[0].text[:1].isupper() \
            or not tokens[1].text.islower():
        return False  # "King Abdullah said", "Beijing, which ...", "Pro-Beijing lawmaker X": a name, not a participle
    if tokens[1].low == "and" and len(tokens) > 2 and tokens[2].text[:1].isupper():
        return False  # "Housing and Local Government Minister X, whose ...": a portfolio's name, not a participle
    first = tokens[0].low
    if first not in _PARTICIPLE_OPENERS and not (first.endswith("ing") and len(first) > 5 and first != "according"):
        return False
    if at[start].kind in {"capital", "metonym"} or any(t.low in {"for", "behalf"} for t in tokens[1:start]):
        return False  # "Meeting in Brussels, the ministers said", "Speaking for the VHP, its leader said": whose they are
    comma = next((k for k, t in enumerate(tokens) if t.text == ","), None)
    return comma is not None and start < comma < v


# Nouns of a claim that a contact clause after them answers ("a charge Islamabad denies", "an offer Nikulin says he
# turned down"), which are verbs too
_CLAIM_NOUNS = {"charge", "claim", "accusation", "allegation", "demand", "offer", "assertion", "suggestion", "account",
                "version", "proposal"}


def _governed(tokens: list[Token], i: int, at: dict[int, Mention]) -> bool:
    """Is the mention starting at token ``i`` an object (of a preposition or a verb)?"""
    j = i - 1
    while j >= 0 and i - j <= 2 and tokens[j].low in _PLACE_MODIFIERS:
        j -= 1  # "the people of northern Ethiopia"
    while j >= 0 and tokens[j].low in _DETERMINERS:
        j -= 1
    if i in at and at[i].kind in {"person", "officeholder"}:
        # "Inspector General of Police Japhet Koome told": past a national title of several words
        j = next((i - 1 - n for n in range(6, 1, -1) if i - n >= 0
                  and _HOME_TITLE.fullmatch(" ".join(t.text for t in tokens[i - n:i]))), j)
        # "allied with former President Jair Bolsonaro": past the title before a person
        while j >= 0 and i - j <= 4 and (tokens[j].low in vocabulary.ROLES or tokens[j].low in _FORMER):
            j -= 1
        if j >= 0 and j in at and j + 1 < i and _ends_possessive(tokens[j]):
            j = _mention_start(tokens, j, at) - 1  # "chaired by Nigeria's President Goodluck Jonathan": past the owner
        while j >= 0 and tokens[j].low in _DETERMINERS:
            j -= 1
    if j < 0:
        return False
    prev = tokens[j].low
    if prev in _POSSESSIVE_DETERMINERS:
        # "convened his Security Council": someone else's body; but "Its spokesman Kyaw Zaw said" opens
        # the sentence with the name's own title
        # (also after a colon or semicolon: "... went further on Friday: its spokesman Geng Shuang accused")
        opens = j == 0 or tokens[j - 1].text in {":", ";"}
        return not (opens and i in at and at[i].kind in {"person", "officeholder"} and i - j >= 2)
    if prev in _PLACE_NOUNS and at[i].kind == "capital":
        return True  # "in Kenya's capital Nairobi": a place, not the government
    if prev == "for" and j > 0 and tokens[j - 1].low == "as":
        return False  # "As for Turkey, which ..., it urged"
    if prev in _PREPOSITIONS:
        head = tokens[j - 1].low if j > 0 else ""
        if prev in {"from", "by"} and head in _TEXT_NOUNS and j <= 3:
            return False  # "A statement from the Cuban Foreign Ministry said": the ministry speaks
        if prev == "for" and j > 1 and tokens[j - 1].text[:1].isupper() and tokens[j - 1].low in _SPEAKER_NOUNS \
                and tokens[j - 2].text not in {",", "“", '"'}:
            return True  # "the Serbian government's Office for Kosovo": part of a proper name
        if prev in {"at", "from"} and head in {"colleagues", "colleague"} and at[i].kind not in {"capital", "country"}:
            return False  # "our colleagues at the International Committee of the Red Cross tell us": the ICRC speaks
        if head in _SENT_TO and prev in {"to", "for", "in"}:
            return True  # "the U.S. envoy for Sudan", "its ambassador to Ethiopia": sent to it, not its voice
        if prev == "for" and head in _PORTFOLIO_BODIES:
            return True  # "head of the Serbian government's office for Kosovo": the body's brief, not its voice
        if head in _SPEAKER_NOUNS and prev == "with":
            return True  # "Caracas's chief negotiator with Washington": the other side, not whose he is
        if head in _SPEAKER_NOUNS:
            if (prev == "in" and at[i].kind == "capital" or prev == "at") and j > 1 \
                    and tokens[j - 2].low in _OUTSIDE_SPEAKERS:
                return True  # "a Western diplomat in Kyiv", "... at the UN": someone posted there, not its voice
            if prev == "in" and any(t.low.endswith(("-run", "-controlled", "-held")) for t in tokens[max(0, j - 4):j]):
                return True  # "The rebel-run Health Ministry in Sanaa": the rebels' ministry, Sanaa is a place
            named = next((at[k] for k in (j - 1, j - 2) if k in at), None) or _owner_before_head(tokens, j - 1, at)
            if prev in {"in", "at"} and named is not None and named.actor not in {NOT_AN_ACTOR, at[i].actor}:
                # "A Chinese embassy spokesperson in Manila", "A North Korean diplomat at the United Nations":
                # the speaker's state is named, the rest says where they serve
                return True
            if prev == "in" and _organisation_in_name(tokens, j - 1, at):
                return True  # "the UN Joint Human Rights Office in the Congo": the organisation's office, a place
            if prev == "in" and at[i].kind == "capital" and j > 1 and tokens[j - 2].low in _POSSESSIVE_DETERMINERS:
                return True  # "through his office in London, the deposed prime minister said": where his office is
            return _head_governed(tokens, j - 1, at)  # "declared by the Government of Ethiopia": an object
        if prev == "of" and head in _TERRITORY_NOUNS and tokens[j - 1].text.islower():
            # "officials in the semi-autonomous region of Puntland said": the region's name, as "officials in Puntland"
            return _territory_governed(tokens, j - 1, at)
        if prev == "of":
            person = at.get(j - 1)
            if person is not None and person.kind == "person" and person.actor not in {at[i].actor, NOT_AN_ACTOR}:
                return True  # "the Council President, Ambassador X of Argentina,": X speaks in the role the article gave
            # "The Ministry of Foreign Affairs of Kazakhstan", "Minister for Foreign Affairs and International
            # Cooperation of Mali": a proper name headed by a speaker noun
            k = _name_head(tokens, j - 1, 7, lambda k: tokens[k].low in _SPEAKER_NOUNS and tokens[k].text[:1].isupper())
            if k is not None:
                return _head_governed(tokens, k, at)
            if _delegate_name(tokens, j, at):
                return False  # "Nikki Haley of the United States said": a delegate speaking for the state
        if prev in _SUBORDINATORS and _clause_verb_after(tokens, i, at):
            return False  # "after the US unilaterally withdrew": the subject of a clause, not an object
        if prev == "with":  # "with France calling for ..." is an absolute clause with a subject
            mention, end = at.get(i), i + 1  # a pronoun ("registered with it were") is no mention
            while mention is not None and end < len(tokens) and at.get(end) is mention:
                end += 1
            return not (end < len(tokens) and tokens[end].low.endswith("ing"))
        return True
    if prev.endswith("ing") and j == 1 and tokens[0].low in _DETERMINERS or prev in {"ruling", "governing"}:
        return False  # "The ruling People Power Party praised", "Azerbaijan's ruling New Azerbaijan Party": adjectives
    if prev == "press" and j + 1 < len(tokens) and tokens[j + 1].low in _PRESS_NOUNS:
        return False  # "Press secretary Karoline Leavitt said": a title, no verb governing the name
    if prev.endswith("ing") and len(prev) > 5 and tokens[j].text.islower() and j >= 1 and tokens[j - 1].text.isalpha() \
            and tokens[j - 1].text.islower() and tokens[j - 1].low not in _DETERMINERS | _CLAUSE_AUXILIARIES:
        return True  # "a street vendor selling G20 caps said": the object of the vendor's participle
    if j >= 1 and tokens[j - 1].low in {"a", "an", "the"} and prev in _CLAIM_NOUNS and tokens[j].text.islower():
        return False  # "..., a charge Islamabad denies": a noun the clause after it describes, not a verb
    return (prev in VERB_FORMS or prev in _OBJECT_TAKERS) and j not in at \
        and not (tokens[j].text[:1].isupper() and j > 0)


def _after_noun_that(tokens: list[Token], start: int, end: int, v: int) -> bool:
    """Does the mention at ``start`` open a clause describing a noun by an act ("until Argentina chose a
    replacement that Venezuela accepted", "ready to give any assistance Maputo asked for"), not a position (but
    "a decision that Israel hailed as historic", "a move that Taipei insists was bought" say what they hold)?"""
    if tokens[v].low in _SAY_FORMS | _REPORTING | _CLAUSE_VERBS | _NAMING_VERBS | _PASSIVE_REACTIONS:
        return False
    at_that = start >= 1 and tokens[start - 1].low == "that"
    noun = start - 2 if at_that else start - 1
    if noun < 1 or not at_that and (noun - 2 < 0 or tokens[noun - 2].low in _PREPOSITIONS
                                    or not tokens[noun - 2].text.isalpha()):
        return False  # "In a statement Kenya said", "At the summit Kenya warned": an opening phrase, not a noun's
    if noun >= 2 and tokens[noun - 2].low in _TELLING_VERBS:
        return False  # "told the court that South Africa condemned": whom it was said to, then what
    word = tokens[noun]
    # with no "that", the verb right after the name ("the dossier New Delhi had sent"), not a noun the word may
    # be an adjective of ("the centrist Blue and White alliance announced")
    if not at_that and not all(t.low in _CLAUSE_AUXILIARIES or t.low.endswith("ly") for t in tokens[end:v]):
        return False
    return word.text.isalpha() and word.text.islower() and not word.low.endswith("ly") \
        and word.low not in VERB_FORMS | _SAY_FORMS | _CLAUSE_VERBS | _SAYING_NOUNS \
        and tokens[noun - 1].low in _DETERMINERS | {"any", "every", "no"}


_NAMING_VERBS = {"called", "calls", "described", "describes", "termed", "terms", "dubbed", "labelled", "labeled"}
_TELLING_VERBS = {"told", "tell", "tells", "telling", "assured", "assures", "informed", "informs", "reminded",
                  "reminds", "warned", "warns", "notified", "briefed", "reassured", "promised", "convinced"}
# Nouns of saying whose "that" reports what was said ("said in a statement that Uganda condemned")
_SAYING_NOUNS = _TEXT_NOUNS - {"text"} | {"post", "interview", "briefing", "speech", "note", "tweet", "address", "readout",
                                           "report", "conference", "call"}


def _places_after_preposition(tokens: list[Token], left: int, at: dict[int, Mention]) -> bool:
    """Does a list of places start at ``left`` after "in", "at", "from", "between" or "among" ("analysts
    in Beirut and Amman", "the worst row between Prague and Moscow")?"""
    j = left - 1
    while j >= 0 and tokens[j].low in _DETERMINERS:
        j -= 1
    while j >= 1 and tokens[j].text == "," and j - 1 in at and at[j - 1].kind in {"capital", "country"}:
        j = _before_determiners(tokens, _mention_start(tokens, j - 1, at) - 1, at)  # "in Washington, London, ..."
    if j >= 1 and tokens[j].low == "from" and tokens[j - 1].low in _SPEAKER_NOUNS \
            and not _head_governed(tokens, j - 1, at):
        return False  # "Ministers from Malaysia, Singapore and the Philippines voiced concern": whose they are
    return j >= 0 and tokens[j].low in {"in", "at", "from", "between", "among"} \
        and at[left].kind in {"capital", "country"}


def _owner_before_head(tokens: list[Token], h: int, at: dict[int, Mention], reach: int = 5) -> Mention | None:
    """The actor named at the start of the noun phrase the speaker noun at ``h`` heads, past its modifiers
    ("Amnesty International's regional office", "The United Nations human rights office"): the office is
    that actor's, and the place after it ("... in Dakar") only where it sits."""
    for k in range(h - 1, max(-1, h - 1 - reach), -1):
        if k in at:
            return at[k] if at[k].actor != NOT_AN_ACTOR else None
        if not (tokens[k].low in {"'s", "’s", "’", "'"} or tokens[k].text.islower() and tokens[k].text.isalpha()
                and tokens[k].low not in VERB_FORMS):
            return None
    return None


# Words for a territory whose name follows "of" ("the breakaway region of Transnistria")
_TERRITORY_NOUNS = {"region", "province", "state", "district", "territory", "enclave", "island"}


def _territory_governed(tokens: list[Token], h: int, at: dict[int, Mention]) -> bool:
    """Is the territory noun at ``h`` ("the semi-autonomous region" of X) the object of a preposition
    or verb other than the "in" of a speaker's post ("officials in ...")?"""
    k = h - 1
    while k >= 0 and h - k <= 3 and tokens[k].text.islower() and tokens[k].low not in _PREPOSITIONS \
            and tokens[k].low not in _DETERMINERS and tokens[k].low not in VERB_FORMS:
        k -= 1  # past "semi-autonomous", "breakaway", "northern"
    while k >= 0 and tokens[k].low in _DETERMINERS:
        k -= 1
    if k >= 1 and tokens[k].low == "in" and tokens[k - 1].low in _SPEAKER_NOUNS and k - 1 not in at:
        return _head_governed(tokens, k - 1, at)
    return True


_TIME_SUBORDINATORS = _SUBORDINATORS | {"when"}
_COURTS = {"court", "tribunal", "judge", "judges", "justice", "justices"}


def _clause_of_its_own(tokens: list[Token], last: int, at: dict[int, Mention]) -> bool:
    """Does a noun phrase that names no actor ("the National Immigration Agency", "a court") end at ``last``,
    right before a verb, and open after "after", "when" ...: a clause with its own subject?"""
    j = last
    while j >= 0 and last - j < 6 and j not in at and tokens[j].text.isalpha() and not tokens[j].quoted \
            and tokens[j].low not in _DETERMINERS and tokens[j].low not in _TIME_SUBORDINATORS \
            and tokens[j].low not in _SUBJECT_PRONOUNS:
        j -= 1
    if not (1 <= j < last and tokens[j].low in {"the", "a", "an"} and tokens[j - 1].low in _TIME_SUBORDINATORS):
        return False
    phrase = tokens[j + 1:last + 1]
    if any(t.low in {"and", "or", "but", "then"} for t in phrase):
        return False  # "after the vote and urged them": the sentence's own verb
    # a court ("the Supreme Court", "a federal judge"), or a phrase with no body or role a later rule resolves
    # ("a rally", but not "the ministry", "the Government", "the Holness administration")
    return phrase[-1].low in _COURTS or not any(t.low in vocabulary.ROLES or t.low in _BODY_SET for t in phrase)


def _organisation_before(tokens: list[Token], i: int, at: dict[int, Mention]) -> bool:
    """Does an organisation's mention end up to two lower-case words before ``i`` ("UN human rights experts")?"""
    k = i - 1
    while k >= 0 and i - k <= 2 and k not in at and tokens[k].text.islower() and tokens[k].text.isalpha():
        k -= 1
    return k in at and at[k].kind == "organisation"


def _organisations_experts(tokens: list[Token], end: int, v: int) -> bool:
    """Do "experts" (after up to two lower-case words: "human rights experts") follow an organisation's
    mention ending at ``end`` right before the verb at ``v``?"""
    k = end
    while k < v and k - end < 2 and tokens[k].text.islower() and tokens[k].text.isalpha() \
            and tokens[k].low not in {"experts", "investigators"}:
        k += 1
    return k < v and tokens[k].low in {"experts", "investigators"} and all(
        t.low in {"have", "has", "had", "also", "jointly"} for t in tokens[k + 1:v])


def _head_governed(tokens: list[Token], h: int, at: dict[int, Mention]) -> bool:
    """Is the speaker noun at ``h`` ("the Government" of Ethiopia) itself the object of a preposition
    or a verb?"""
    k = h - 1
    while k >= 0 and h - k <= 3 and (tokens[k].low in _DETERMINERS or tokens[k].low in vocabulary.ROLES):
        k -= 1
    if k < 0 or k in at:
        return False
    low = tokens[k].low
    if low in _PREPOSITIONS and low != "of" and not (low == "for" and k > 0 and tokens[k - 1].low == "as"):
        return tokens[k - 1].low not in _SPEAKER_NOUNS if k > 0 else True
    return low in VERB_FORMS and not tokens[k].text[:1].isupper()


def _is_possessive_modifier(tokens: list[Token], end: int, attached: bool = False) -> bool:
    """'France's decision' (not a speaker) versus 'Azerbaijan's foreign ministry' (a speaker).

    The possessive is a token of its own ("France ’"), or with ``attached`` also the end of the
    mention's last token. Subjects leave ``attached`` off on purpose: "France's decision,
    announced on Tuesday" reports France's own act; after an inverted verb ("..., backed
    Aliyev's decision") the possessive can only mark an object."""
    if end < len(tokens) and tokens[end].low in {"’s", "'s", "’", "'"}:
        end += 1
    elif not (attached and end > 0 and _ends_possessive(tokens[end - 1])):
        return False
    return not _role_after_possessive(tokens, end)


def _role_after_possessive(tokens: list[Token], at: int) -> bool:
    """Does a role of a state start at token ``at`` ("ministry", "air force", "coast guard")?"""
    if at >= len(tokens):
        return False
    two = f"{tokens[at].low} {tokens[at + 1].low}" if at + 1 < len(tokens) else ""
    if tokens[at].low in _ROLE_AFTER_POSSESSIVE or two in _ROLE_AFTER_POSSESSIVE:
        return True
    # "Lithuania's State Border Guard Service", "Russia's Emergency Situations Ministry": a state organ's own name
    k = at
    while k < len(tokens) and k - at < 6 and tokens[k].text[:1].isupper() and tokens[k].text.replace("-", "").isalpha():
        k += 1
    if k == at:  # "Haiti's transitional council": a lower-case organ after up to two adjectives
        while k < len(tokens) and k - at < 3 and tokens[k].text.isalpha() and tokens[k].text.islower() \
                and tokens[k].low not in _ORGAN_HEADS:
            k += 1
        k += k < len(tokens) and tokens[k].low in _ORGAN_HEADS and tokens[k].text.islower()
        return k > at and tokens[k - 1].low in _ORGAN_HEADS and tokens[k - 1].text.islower()
    return k > at and tokens[k - 1].low in _ORGAN_HEADS


# The last word of a state organ's proper name.
_ORGAN_HEADS = {"service", "agency", "council", "committee", "office", "directorate", "command", "guard", "forces",
                "force", "authority", "bureau", "department", "commission", "ministry", "police", "army", "navy",
                "administration", "secretariat", "inspectorate", "prosecutor", "court"}


def _possessive_in_apposition(tokens: list[Token], start: int, end: int, v: int, at: dict[int, Mention]) -> bool:
    """'Japan, Bangladesh's largest bilateral donor, said': a possessive that opens an apposition set
    off by commas after another actor's name describes that actor; the named actor speaks."""
    if not (start >= 2 and tokens[start - 1].text == "," and start - 2 in at and _ends_possessive(tokens[end - 1])):
        return False
    if _role_after_possessive(tokens, end):
        return False  # "Iran, Russia's foreign ministry said": a list, the ministry speaks
    k = end
    while k < v and tokens[k].text.isalpha() and tokens[k].text.islower():
        k += 1
    return end < k < v and tokens[k].text == ","


def _possessor_of_subject(tokens: list[Token], end: int, v: int) -> bool:
    """'Beijing's drills gravely threaten ...': the possessed noun, not its owner, is the subject of a
    verb that follows it directly. ('France's decision, announced on Tuesday' stays France's own act:
    there the verb follows a comma.)"""
    if end == 0 or not _ends_possessive(tokens[end - 1]) or end >= len(tokens) or v == 0:
        return False
    if _role_after_possessive(tokens, end):
        return False
    between = tokens[end:v]
    if _own_verb_before_tail(between):
        return True  # "Britain's decision was an overreaction, the spokesman said": the tail's speaker, not Britain
    if tokens[v - 1].text == ",":
        # "Washington's closest Arab partners, whose ties with Assad remain frozen, distanced themselves": the
        # possessed noun before its relative aside is the subject
        aside = next((k for k in range(len(between) - 1) if between[k].text == ","
                      and between[k + 1].low in {"whose", "which", "who"}), None)
        head = between[:aside] if aside is not None else []
        return 0 < len(head) <= 4 and all(t.text.isalpha() for t in head) and head[-1].text.islower() \
            and head[-1].low not in _MEMBER_NOUNS and not any(t.low in vocabulary.ROLES for t in head)
    if tokens[v - 1].text == ",":
        return False
    if any(t.low in vocabulary.ROLES for t in between):
        return False  # "Syria's health ministry said": the possessive names the speaker's state
    if between and between[-1].low in _SUB_BODY_NOUNS and all(t.text[:1].isupper() for t in between):
        return False  # "UNESCO's World Heritage Centre said", "Singapore's Central Narcotics Bureau said": its own unit
    if 0 < len(between) <= 4 and all(t.text.isalpha() and not t.quoted for t in between):
        return True
    return _noun_with_phrase(between)


# Its people ("Srpska Lista's deputies in the Kosovo assembly") and its texts ("the Kremlin's account of the call")
# speak for the owner
_MEMBER_NOUNS = {"deputies", "members", "lawmakers", "legislators", "mps", "senators", "representatives", "delegates",
                 "envoys", "diplomats", "negotiators", "leaders", "ministers", "officials", "spokespeople", "lawyers",
                 "lawyer", "campaign", "team", "camp", "aides", "aide"}
_ACCOUNT_NOUNS = _TEXT_NOUNS | {"account", "readout", "summary", "version", "transcript", "record", "note", "notes"}
_PHRASE_PREPOSITIONS = {"about", "of", "on", "over", "against", "toward", "towards", "for", "with", "in"}


def _noun_with_phrase(between: list[Token]) -> bool:
    """Are these words a noun with its prepositional phrase ("aside about Germany's gas rationing plans",
    "decision on the grain deal"): the possessed noun is still the verb's subject?"""
    return 2 < len(between) <= 9 and between[0].text.isalpha() and between[0].text.islower() \
        and between[0].low not in _MEMBER_NOUNS and between[0].low not in _ACCOUNT_NOUNS \
        and between[1].low in _PHRASE_PREPOSITIONS \
        and all((t.text.isalpha() or _ends_possessive(t) or t.low in {"’s", "'s", "’", "'"}) and not t.quoted
                for t in between)


# The last word of a body's own unit's name after its possessive ("UNESCO's World Heritage Centre").
_SUB_BODY_NOUNS = {"centre", "center", "programme", "division", "unit", "directorate", "bureau", "secretariat"}
# The possessed noun's own finite verb: "was an overreaction", "had given a distorted account".
_OWN_VERBS = {"is", "was", "are", "were", "has", "had", "have", "would", "will"}


def _own_verb_before_tail(between: list[Token]) -> bool:
    """Do the words between a possessed noun and a verb of saying hold the noun's own verb ("is",
    "had", "would") and, after it, the comma before an attribution tail ("... was an attempt to cover
    up a defeat, the minister told reporters")?"""
    own = next((k for k, t in enumerate(between) if t.low in _OWN_VERBS and not t.quoted), None)
    return own is not None and any(t.text == "," for t in between[own + 1:])


def _non_state_role_after(tokens: list[Token], end: int) -> bool:
    """Does a possessive mention ending at ``end`` own a role that is no state's voice ("Kenya's main
    opposition leader", "Syria's three Druze spiritual leaders")?"""
    if end < len(tokens) and tokens[end].low in {"’s", "'s", "’", "'"}:
        end += 1
    elif not (end > 0 and _ends_possessive(tokens[end - 1])):
        return False
    for t in tokens[end:end + 4]:
        if t.low in _NON_STATE_MODIFIERS:
            return True
        if t.low in VERB_FORMS and not t.text[:1].isupper() and not t.low.endswith("ing"):
            return False  # "Venezuela's army rejected opposition leader Guaido's claim": the role is the object's
    return False


_ADVISERS = {"adviser", "advisor", "analyst", "expert", "researcher"}
# Whose staff speak for their employer, not for the place their job title names.
_EMPLOYER_KINDS = {"organisation", "party", "company", "university", "trade union", "institution", "movement"}


def _employer_after_role(tokens: list[Token], end: int, v: int, at: dict[int, Mention]) -> Mention | None:
    """The organisation a place-named job belongs to, when the mention ending at ``end`` names the job's
    brief ("China director at Amnesty International", "Sudan country director of the Norwegian Refugee
    Council"): the employer speaks, not the place. An envoy's state stays his ("Russia's ambassador at
    the UN")."""
    k = end
    while k < v and k - end < 3 and tokens[k].text.isalpha() and tokens[k].text.islower() and k not in at \
            and tokens[k].low not in _ENVOY_WORDS | _DETERMINERS | _POSSESSIVE_DETERMINERS | {"and", "or"} \
            and tokens[k].low not in vocabulary.ROLES:
        k += 1  # "country", "programme"
    if k >= v or k in at or tokens[k].low not in vocabulary.ROLES or tokens[k].low in _ENVOY_WORDS:
        return None
    return _employer_at(tokens, k + 1, v, at)


def _employer_at(tokens: list[Token], k: int, v: int, at: dict[int, Mention]) -> Mention | None:
    """The organisation named right after "at", "of" or "for" at ``k`` ("... at the International Crisis Group")."""
    if k >= v or tokens[k].low not in {"at", "of", "for"}:
        return None
    j = k + 1
    while j < v and j not in at and tokens[j].low in _DETERMINERS:
        j += 1
    employer = at.get(j)
    return employer if employer is not None and employer.kind in _EMPLOYER_KINDS else None


def _ends_possessive(token: Token) -> bool:
    return token.low.endswith(("'s", "’s"))


def _mention_end(tokens: list[Token], i: int, at: dict[int, Mention]) -> int:
    end = i
    while end < len(tokens) and at.get(end) is at[i]:
        end += 1
    return end


def _mention_start(tokens: list[Token], i: int, at: dict[int, Mention]) -> int:
    """First token of the mention at ``i``, joining a title to a name ("Armenian Prime Minister Nikol Pashinian")."""
    start = i
    while start > 0 and start - 1 in at and at[start - 1].actor == at[i].actor:
        start -= 1
    return start


def _inside_other_name(text: str, start: int, end: int) -> bool:
    """Is the one word at ``start:end`` part of a longer name (a capitalised word right after it,
    or right before it that is no title)?"""
    if re.match(r"\s+[A-Z][a-z]", text[end:end + 3]):
        return True
    before = re.search(r"([A-Z][\w'’-]*)\s+$", text[max(0, start - 30):start])
    return bool(before) and before.group(1) not in _TITLE_WORDS and before.group(1) not in _NOT_NAMES \
        and not before.group(1).endswith(("'s", "’s")) and not _after_title_of_body(text, start)


def _after_title_of_body(text: str, start: int) -> bool:
    """Does a title ending in its body come right before ``start`` ("Member of the Presidency Komšić")?"""
    hit = _TITLE_OF_BODY_END.search(text, max(0, start - 60), start)
    return hit is not None and hit.group("body").lower() in vocabulary.ROLES


# A title ending in its body right before a surname: "Member of the Presidency Komšić", "Speaker of Parliament X"
_TITLE_OF_BODY_END = re.compile(r"\b[A-Z][a-z]+\s+of\s+(?:the\s+)?(?P<body>[A-Z][a-z]+)\s+$")


def _plain_plural(token: Token) -> bool:
    """A lower-case plural common noun ("leaders", "residents"), not a word of the grammar."""
    return token.text.isalpha() and token.text.islower() and token.low.endswith("s") \
        and not token.low.endswith(("ss", "ous", "ics")) and token.low not in _AUXILIARIES \
        and token.low not in {"its", "his", "this", "was", "is", "has", "as", "thus", "us", "always", "perhaps",
                              "besides", "afterwards", "towards", "whereas", "unless", "across"}


def _list_after_with(tokens: list[Token], left: int, at: dict[int, Mention]) -> bool:
    """Does a list whose leftmost mention starts at ``left`` follow "together with" ("with Egypt, Qatar and
    the EU"), its first item maybe left out of it as governed?"""
    j = _before_determiners(tokens, left - 1, at)
    if j >= 1 and tokens[j].text == "," and j - 1 in at:
        j = _before_determiners(tokens, _mention_start(tokens, j - 1, at) - 1, at)
    return j >= 0 and tokens[j].low in {"with", "alongside"}


def _before_determiners(tokens: list[Token], j: int, at: dict[int, Mention]) -> int:
    while j >= 1 and j not in at and tokens[j].low in _DETERMINERS:
        j -= 1
    return j


_ENVOY_WORDS = {"ambassador", "ambassadors", "envoy", "envoys", "delegate", "delegates", "representative",
                "mission", "delegation", "spokesman", "spokeswoman", "spokesperson", "diplomat"}


# Words between a state's possessive and its envoy's title: "Russia's top U.N. delegate", "China's deputy U.N. ambassador".
_ENVOY_MODIFIERS = ("top", "chief", "deputy", "permanent", "senior", "new", "acting")
# ... the possessive and those words, right before an organisation's name
_OWNER_BEFORE = re.compile(r"['’]s?\s+(?:(?:" + "|".join(_ENVOY_MODIFIERS) + r")\s+)*$")


# A person named with the body they belong to: "Daniel Chapo of the ruling Frelimo party", "Isaac Herzog of
# the Zionist Union".
_NAME_OF_BODY = re.compile(rf"(?P<name>{_NAME})\s+of\s+(?:the\s+)?(?:(?:ruling|governing|main|opposition|"
                            rf"right-wing|left-wing|centrist|conservative|far-right|far-left)\s+)*$")


_OF_BEFORE = re.compile(r"\sof\s")


# Words of a body's name, never of a person's: "the Central Committee of the Workers' Party", "Summit of SADC".
_INSTITUTION_WORDS = {"Committee", "Council", "Summit", "Congress", "Assembly", "Bureau", "Office", "Department",
                      "Ministry", "Commission", "Secretariat", "Conference", "Party", "Board", "Court", "Union",
                      "Authority", "Agency", "Institute", "Foundation", "Centre", "Center", "University", "Group"}


# A head-of-office title right before a person's name: "President Yoon Suk Yeol", "Prime Minister X".
# (not "Vice President X", "Vice-President X", "former President X": not the president the article means)
_TITLE_RIGHT_BEFORE = re.compile(r"(?<!\bVice\s)(?<!\bVice-)(?<![Ff]ormer\s)\b(President|Prime\s+Minister|Chancellor)\s+$")


def _title_key(title: str) -> str:
    """"Prime  Minister" and "prime minister" alike: the key of ``ArticleContext.titled``."""
    return re.sub(r"\s+", " ", title.lower())


_NEXT_WORD = re.compile(r"\s+([a-z]+)")


def _state_owner_before(text: str, m: Mention, mentions: list[Mention]) -> Mention | None:
    """The state whose title organisation mention ``m`` is a word of ("China's deputy U.N. ambassador")."""
    following = _NEXT_WORD.match(text, m.end)
    if m.kind in _STATE_KINDS or not following or following.group(1) not in _ENVOY_WORDS:
        return None  # (not "Lebanon's Hezbollah leader": the group's own)
    hit = _OWNER_BEFORE.search(text, max(0, m.start - 30), m.start)
    return next((o for o in mentions if hit is not None and o.end == hit.start() and o.kind in _STATE_KINDS
                 and o.actor not in {NOT_AN_ACTOR, m.actor}), None)


def _owner_of_envoy(tokens: list[Token], start: int, end: int, at: dict[int, Mention]) -> Mention | None:
    """The state whose envoy an organisation's name describes ("Russia's U.N. ambassador", "the Russian
    Federation's top United Nations delegate"): the possessor before, when a role word follows."""
    if end >= len(tokens) or tokens[end].low not in _ENVOY_WORDS:
        return None
    k = start - 1
    while k >= 0 and tokens[k].low in _ENVOY_MODIFIERS:
        k -= 1
    if k >= 0 and k in at and _ends_possessive(tokens[k]) and at[k].actor != NOT_AN_ACTOR \
            and at[k].kind in _STATE_KINDS:
        return at[k]
    return None


def _delegate_name(tokens: list[Token], of: int, at: dict[int, Mention]) -> bool:
    """Is the "of" at ``of`` preceded by a person's name that opens the clause, as the UN's meetings
    coverage names delegates ("Nikki Haley of the United States said"), or a wire its sources ("Juan Quintero, of
    the Peasant Association of Catatumbo, said")?"""
    k = of - 2 if of >= 1 and tokens[of - 1].text == "," else of - 1
    of = k + 1
    while k >= 0 and of - k <= 3 and k not in at and tokens[k].text[:1].isupper() \
            and tokens[k].text.replace("-", "").replace("'", "").isalpha() \
            and tokens[k].low not in vocabulary.ROLES and tokens[k].low not in _SPEAKER_NOUNS \
            and tokens[k].text not in _NOT_NAMES:
        k -= 1
    return of - k >= 3 and (k < 0 or tokens[k].text in {",", ";"})


# Plural voices whose "of" list speaks: "the representatives of Ghana, Gabon and Mozambique".
_VOICES_OF = {"representatives", "delegates", "delegations", "governments", "leaders", "ministers",
              "presidents", "ambassadors", "envoys", "heads"}
# A state's or body's organ named before it with "of" in a list: "and the Embassy of Japan"
_BODIES_OF = {"government", "governments", "embassy", "embassies", "delegation", "mission", "ministry"}


def _body_of(tokens: list[Token], start: int) -> bool:
    """Does "the Embassy of (the)" or another organ in ``_BODIES_OF`` come right before the mention at ``start``?"""
    j = start - 1
    if j >= 0 and tokens[j].low == "the":
        j -= 1
    return j >= 1 and tokens[j].low == "of" and tokens[j - 1].low in _BODIES_OF


def _list_governed(tokens: list[Token], start: int, at: dict[int, Mention]) -> bool:
    """Is the list that ends with the mention at ``start`` the addressees of a call ("calling on Baku
    and Yerevan to withdraw", "urged Kinshasa and Kigali to"), not speakers?"""
    j = _before_list(tokens, start, at)
    return j >= 0 and (tokens[j].low in {"on", "upon"} and j > 0 and tokens[j - 1].low in _CALL_FORMS
                       or tokens[j].low in _DEMAND_FORMS | _PRESS_FORMS)


# Finite verbs that make the noun-like word before them a noun: "the Islamic State claim did not ...".
_FINITE_AFTER_A_NOUN = {"did", "does", "was", "were", "is", "are", "has", "had", "have", "would", "will", "could",
                        "should", "may", "might", "must", "cannot", "can"}
# Verbs that call on someone ("calling on X"), and those that press someone directly ("pressed X to").
_CALL_FORMS = _inflections("call")
_PRESS_FORMS = {form for base in ("press", "encourage", "invite", "tell", "exhort") for form in _inflections(base)}


_SEATS = {"capital", "metonym", "country"}  # where a body sits or a person speaks from


def _coordinated_left(tokens: list[Token], start: int, at: dict[int, Mention]) -> list[Mention]:
    """Mentions joined to the one starting at ``start`` by 'and': 'France and Germany objected',
    'Chile, Peru, and Ecuador issued' (any length, with or without the Oxford comma)."""
    out: list[Mention] = []
    j = start - 1
    while j >= 1 and tokens[j].low in _DETERMINERS:
        j -= 1  # "... and the Netherlands"
    if j >= 3 and tokens[j].low == "of" and tokens[j - 1].low in _BODIES_OF \
            and tokens[j - 2].low == "the" and tokens[j - 3].low == "and":
        j -= 3  # "Cuba's president and the government of Bolivia", "... and the Delegation of the European Union"
    k = _past_item_modifiers(tokens, j, at)  # "... and the pro-Kurdish Peoples' Democratic Party"
    if k < j and k >= 1 and tokens[k].low in _DETERMINERS and tokens[k - 1].low == "and":
        j = k - 1
    if j >= 1 and tokens[j].low == "and":
        j -= 1
        oxford = tokens[j].text == "," and j - 1 in at
        if oxford:
            j -= 1  # the Oxford comma
        j = _acronym_after(tokens, j, at) or j  # "the Nationalist Movement Party (MHP) and ..."
        while j >= 0 and j not in at and tokens[j].low in _DETERMINERS:
            j -= 1
        if j not in at:
            return out
        k = _mention_start(tokens, j, at)
        b = _before_determiners(tokens, k - 1, at)
        if at[k].kind in _SEATS and at[start].kind not in _SEATS and b >= 0 and tokens[b].low in {"in", "at"}:
            # "the tribunal in The Hague and the ICJ have described": where the item sits, no speaker; the
            # item is the one named right before ("the United Nations system in Ecuador and ...") if any
            own = next((j for j in (b - 1, b - 2) if j >= 0 and j in at), None)
            if own is None or at[own].kind in _SEATS and not _body_of(tokens, _mention_start(tokens, own, at)):
                return out  # (but "the Embassy of the United States of America in Dushanbe and ...": the state's)
            k = _mention_start(tokens, own, at)
        b = _before_determiners(tokens, k - 1, at)
        if oxford and _governed(tokens, k, at) and not (b >= 1 and tokens[b].low == "of"
                                                        and tokens[b - 1].low in _VOICES_OF):
            # "sent condolences to the people of India, and Afghan President Ashraf Ghani said": the object ends
            # one clause, the comma opens another
            return out
        out.append(at[k])
        j = _before_list_item(tokens, k - 1, at)  # "Norway, the United Kingdom and ...", "..., the main opposition X"
    elif not (j >= 1 and tokens[j].text == "," and _and_others_after(tokens, start, at)):
        return out
    while j >= 1 and tokens[j].text == "," and (j - 1 in at or j >= 2 and tokens[j - 1].low in _DETERMINERS
                                                  and j - 2 in at or _acronym_after(tokens, j - 1, at) is not None):
        last = _acronym_after(tokens, j - 1, at)
        k = _mention_start(tokens, last if last is not None else j - 1 if j - 1 in at else j - 2, at)
        if _governed(tokens, k, at):
            b = _before_determiners(tokens, k - 1, at)
            if b >= 1 and tokens[b].low == "of" and tokens[b - 1].low in _VOICES_OF:
                out.append(at[k])  # "The representatives of Kenya, Mexico, and India called": the first is one too
            break
        out.append(at[k])
        j = _before_list_item(tokens, k - 1, at)
    return out


# Words that describe a party or a body in a list of them ("the main opposition", "the ruling").
_LIST_MODIFIERS = {"main", "opposition", "ruling", "governing", "junior", "coalition", "conservative", "liberal",
                   "socialist", "centrist", "nationalist", "islamist", "largest", "smaller", "former", "exiled"}


def _item_modifier(token: Token) -> bool:
    """A lower-case word that describes the party or body of a list item: one of ``_LIST_MODIFIERS`` or
    a hyphenated one ("pro-Kurdish", "far-right")."""
    return token.text[:1].islower() and (token.low in _LIST_MODIFIERS or "-" in token.text.strip("-"))


def _past_item_modifiers(tokens: list[Token], j: int, at: dict[int, Mention]) -> int:
    """The token before at most two list-item modifiers ending at ``j`` ("the main opposition")."""
    k = j
    while k >= 1 and k not in at and _item_modifier(tokens[k]) and j - k < 3:
        k -= 1
    return k


def _acronym_after(tokens: list[Token], j: int, at: dict[int, Mention]) -> int | None:
    """The last token of the mention before a bracketed acronym ending at ``j`` ("the Nationalist
    Movement Party (MHP)"), if that is what stands there."""
    if j < 3 or tokens[j].text != ")" or tokens[j - 2].text != "(" or j - 3 not in at:
        return None
    return j - 3


def _before_list_item(tokens: list[Token], j: int, at: dict[int, Mention]) -> int:
    """Past the determiner and lower-case modifiers opening a list item ("the main opposition", "the
    pro-Kurdish") to the comma before it; ``j`` unchanged when the words are not such an opening."""
    k = _past_item_modifiers(tokens, j, at)
    if k >= 1 and tokens[k].low in _DETERMINERS and tokens[k - 1].text == ",":
        return k - 1
    return _before_determiners(tokens, j, at)


def _and_others_after(tokens: list[Token], start: int, at: dict[int, Mention]) -> bool:
    """Does the mention at ``start`` end a list with "and ten other countries"?"""
    end = start
    while end + 1 in at and at[end + 1] is at[start]:
        end += 1
    return end + 1 < len(tokens) and tokens[end + 1].low == "and" and any(
        t.low == "other" for t in tokens[end + 2:end + 6])


def _together_with_aside(tokens: list[Token], v: int) -> int | None:
    """The comma opening ", together with X," (or ", along with X,", ", joined by X,") right before verb ``v``, if
    any."""
    if v < 5 or tokens[v - 1].text != ",":
        return None
    for k in range(v - 2, max(0, v - 30), -1):
        if tokens[k].text == "," and (tokens[k + 1].low in {"together", "along"} and tokens[k + 2].low == "with"
                                      or tokens[k + 1].low == "joined" and tokens[k + 2].low == "by"):
            return k  # (", joined by Japan and the Republic of Korea,": those who join the list speak with it)
        if tokens[k].text == "," and k > 0 and tokens[k - 1].text[:1].isupper():
            continue  # "..., together with the embassies of the United Kingdom, Canada, Norway and Switzerland,"
        if tokens[k].text in {",", ";", ":"} or tokens[k].quoted:
            return None
    return None


# "Koy Kuong, Spokesperson of the Ministry of Foreign Affairs and International Cooperation, said", "General X, Deputy
# Commissioner-General and Spokesperson of the National Police, said" (state media's order, on tokens joined by spaces)
_NAME_COMMA_SPOKESPERSON_OF = re.compile(
    r"^(?:H\s?\.\s?E\s?\.\s+)?(?:[A-Z][\w'’.-]*\s+){1,5},\s+(?:the\s+)?(?:[A-Z][\w-]*\s+(?:and\s+)?){0,4}?"
    r"Spokes(?:man|woman|person)\s+(?:of|for)\s+(?P<body>the\s+[^,]+?)\s+,\s*$")


def _spokesperson_of_body(tokens: list[Token], v: int, at: dict[int, Mention]) -> "Definite | None":
    """The body a person the files do not know is the spokesperson of, in an apposition before the verb: its voice."""
    comma = next((k for k in range(v) if tokens[k].text == ","), v)
    if any(k in at for k in range(comma)):
        return None  # a name the article or the files tie to an actor: theirs
    hit = _NAME_COMMA_SPOKESPERSON_OF.match(" ".join(t.text for t in tokens[:v]))
    return Definite(hit.group("body")) if hit and _BODY_RE.match(hit.group("body")) else None


def _subject(tokens: list[Token], v: int, at: dict[int, Mention]):
    """Nearest actor mention before verb ``v`` in its clause, or PRONOUN, or a Definite
    description ("the ministry said"), or None."""
    aside = _together_with_aside(tokens, v)
    # (not "The United Nations, together with Egypt, Qatar and the EU, said it would host": a singular "it" after
    # the verb keeps the subject alone, the aside its partners)
    if aside is not None and not (v + 1 < len(tokens) and tokens[v + 1].low in {"it", "he", "she"}):
        # "The foreign ministers of A, B and C, together with the EU's foreign policy chief, said": the list
        # before the aside speaks, and so does whoever the aside adds
        before = _subject(tokens, aside, at)
        if isinstance(before, list) and before:
            added = [at[j] for j in range(aside + 3, v - 1) if j in at and at[j].actor != NOT_AN_ACTOR
                     and at[j].kind != "capital"]  # not "the European Union delegation in Juba"
            return before + [m for m in dict.fromkeys(added) if m not in before]
    definite = _definite_before(tokens, v, at)
    if definite is None:
        definite = _spokesperson_of_body(tokens, v, at)
    if definite is AGENCY:
        return None  # "..., Yonhap news agency reported": an agency reporting, no actor
    if definite is PRONOUN:
        # "Sanchez telephoned Guaido ..., his office said": the office of the sentence's subject, if it opens it
        return _opening_subject(tokens, at) or PRONOUN
    if v >= 2 and tokens[0].low in {"his", "her"} and not any(k in at for k in range(v)) \
            and _HIS_SPOKESMAN.fullmatch(" ".join(t.text for t in tokens[:v])):
        return PRONOUN  # "His press secretary, Tolgonai Stamalieva, told reporters": the one "his" is
    place = _opening_capital(tokens, at)
    speaker = " ".join(t.low for t in tokens[_mention_end(tokens, 1, at) + 1:v]) if place is not None else ""
    if place is not None and _CAPITALS_BODY.fullmatch(speaker):
        return [place]  # "In Ouagadougou, the transitional government said": the capital's own
    if definite is not None:
        return definite  # "Serbia's decision deepens the crisis, the ministry said": the ministry
    if place is not None and _UNNAMED_OFFICIAL.match(speaker):
        return [place]  # "In Riyadh, an official source quoted by the Saudi Press Agency said": the capital's state
    if v >= 3 and tokens[v - 3].text == "," and _A_SPOKESMAN.fullmatch(f"{tokens[v - 2].low} {tokens[v - 1].low}"):
        # "The Pentagon put all cooperation under review, a spokesman said": the opening body's spokesman
        return _opening_subject(tokens, at)
    r = v - 1
    while r > 0 and tokens[r].low in {"has", "had", "have", "also"}:
        r -= 1  # "London, which has sought"
    if r >= 2 and tokens[r].low in {"which", "who"} and tokens[r - 1].text == "," and r - 2 in at \
            and at[r - 2].actor != NOT_AN_ACTOR:
        before = _mention_start(tokens, r - 2, at) - 1
        # not "a draft tabled by Russia, which called for", "the deal with Turkey, which says": what the
        # preposition's phrase names is the antecedent, except a reaction's source ("from Ankara, which")
        governed = before >= 0 and tokens[before].low in _PREPOSITIONS and tokens[before].low != "from"
        if r == v - 1 and not governed:
            return [at[r - 2]]  # "... condemnation from Ankara, which called it illegal": the relative's antecedent
        if r < v - 1 and governed:
            return None  # "Beijing's relations with London, which has sought closer ties": not Beijing's act
    deontic = False
    modal = False
    aside: Mention | None = None  # a known acronym in brackets after a name the registry lacks
    joined: list[Mention] = []  # the object of "X joined Y in condemning"
    aside_tokens: set[int] = set()  # the asides skipped, which are no part of the subject's phrase
    owner: Mention | None = None  # "the health ministry in Gaza, which is run by Hamas,": whose the body is
    if tokens[v].low.endswith("ing") and v >= 1 and v - 1 not in at and _plain_plural(tokens[v - 1]) \
            and any(t.low == "with" for t in tokens[max(0, v - 7):v - 1]) \
            and not any(t.text == "," for t in tokens[max(0, v - 7):v - 1]):
        return None  # "... with more presidents and other leaders expressing dismay": unnamed subjects
    adjacent = v - 1  # the word right before the verb, past an auxiliary ("Belga News Agency has reported")
    while adjacent > 0 and tokens[adjacent].low in {"has", "had", "have", "also", "later", "then"}:
        adjacent -= 1
    if _clause_of_its_own(tokens, adjacent, at):
        return None  # "... flew out after the National Immigration Agency revoked her permit": not the sentence's subject
    i = v - 1
    while i >= 0 and v - i <= 45:
        tok = tokens[i]
        low = tok.low
        if tok.quoted:
            i -= 1
            continue  # a quotation's own "must" or "will" is not the subject's clause
        if low == "what" and not tok.quoted:
            return None  # "for what the DPP authorities described as": the free relative's own subject, no actor
        if low in {"which", "whom"} and i > 0 and tokens[i - 1].low in _PREPOSITIONS and i + 1 < v \
                and any(t.text.isalpha() and t.text.islower() and t.low not in _CLAUSE_AUXILIARIES
                        and not t.low.endswith("ly") for t in tokens[i + 1:v]) \
                and not any(t.low in {"its", "his", "her", "their"} for t in tokens[i + 1:v]):
            # "a summit at which several allies had hoped": the relative's own subject, no actor (but "a
            # video in which one of its commanders threatened" is the antecedent's owner's)
            return None
        if low == "it" and i > 0 and tokens[i - 1].low in _SAY_FORMS and not tok.quoted:
            return PRONOUN  # "Thailand ... said it would expel Cambodia's envoy": the speaker's own "it"
        if low in _DEONTIC:
            deontic = True
        if low in _MODALS:
            modal = True
        opened = _relative_clause_open(tokens, i, at) if tok.text == "," else None
        if opened is not None:
            aside_tokens.update(range(opened, i + 1))
            owner = _run_by(tokens, opened, i, at) or owner
            i = opened - 1  # "France, which recalled ... Azerbaijan ..., estimated": skip the aside
            continue
        if low == "as" and i + 1 < v and tokens[i + 1].low == "you":
            # "As you will have seen, in his statement the Secretary-General called": a preface to the clause
            i = next((k for k in range(i + 1, v) if tokens[k].text == ","), i)
            break
        if low == "that" and i > 0 and tokens[i - 1].low in _DEMAND_FORMS:
            return None  # "demanded that the group withdraw": what is asked of the group, not its position
        if low == "whose" and not tok.quoted and i + 1 < v and tokens[i + 1].low not in vocabulary.ROLES \
                and not any(t.text == "," for t in tokens[i:v]):
            return None  # "partners, whose ties with Assad remain frozen": the ties' verb; not "X, whose ministry said"
        if low in _CLAUSE_BREAKS or low == "and" and i > 0 and tokens[i - 1].text == ",":
            if low == "that" and modal and _opinion_before(tokens, i):
                return None  # "analysts believe that France will not refuse": a guess, not a position
            if low in _CLAUSE_BREAKS and low not in {"that", ";", ":"}:
                return None
            break
        if tok.text == ")":
            k = i - 1
            while k >= 0 and tokens[k].text != "(" and i - k < 12:
                k -= 1
            if k >= 0 and tokens[k].text == "(":
                if aside is None:
                    aside = next((at[j] for j in range(k + 1, i) if j in at and at[j].actor != NOT_AN_ACTOR), None)
                aside_tokens.update(range(k, i + 1))  # "the Ministry of Foreign Affairs (MoFA) called": the body
                i = k - 1  # "The Armed Forces of the Philippines (AFP) said": an aside
                continue
        pronoun = i - 2 if i >= 2 and tokens[i - 1].low == "royal" else i - 1  # "His Royal Highness affirmed"
        if i >= 1 and low in _HONORIFICS and tokens[pronoun].low in {"his", "her"} and tokens[i].text[:1].isupper() \
                and (i == adjacent or all(t.text[:1].isupper() or t.low == "the" for t in tokens[i + 1:v])):
            # '"...," His Highness said', "His Highness the Prime Minister warned": state media's title for
            # its own ruler or head of government
            return Definite(f"{tokens[pronoun].text} {tokens[i].text}")
        if i == adjacent and i not in at and _unknown_name(tokens, i, at):
            return None  # "..., Hipper added": a person the article has not tied to an actor
        if i == adjacent and i not in at and low in _INDEPENDENT_NOUNS and i - 1 not in at \
                and not _organisation_before(tokens, i, at):
            return None  # "The dispute is the worst between Prague and Moscow, analysts said": no one's
        if i in at:
            start = _mention_start(tokens, i, at)
            mention = at[i]
            end = _mention_end(tokens, i, at)
            if _inside_longer_name(tokens, end, at):
                i = start - 1  # "China's Taiwan Affairs Office": Taiwan names the office, not a speaker
                continue
            if mention.kind == "country" and start >= 1 and start - 1 in at and at[start - 1].kind == "organisation":
                return [at[start - 1]]  # "Greenpeace Brazil said": the organisation's national branch
            if _in_participle_opener(tokens, start, v, at):
                return None  # "Asked whether the government would contact Managua, the press office said": not Managua
            if mention.kind == "organisation" and _organisations_experts(tokens, end, v):
                return [mention]  # "A group of UN human rights experts said": the experts its council appointed
            if end < v and (tokens[end].low in _INDEPENDENT_NOUNS or end + 1 < v and tokens[end].text.islower()
                            and tokens[end + 1].low in _INDEPENDENT_NOUNS):
                return None  # "A Russian military expert told TASS": an unnamed expert, not Russia
            employer = _employer_after_role(tokens, end, v, at)
            if employer is not None:
                return [employer]  # "Sarah Brooks, China director at Amnesty International, said": Amnesty's
            if start >= 2 and tokens[start - 1].low == "on" and (tokens[start - 2].low in vocabulary.ROLES
                                                                  or tokens[start - 2].low in _ADVISERS):
                # "Richard Horsey, senior adviser on Myanmar at the International Crisis Group, said": the
                # brief names the place; the employer after it, if any, speaks
                employer = _employer_at(tokens, end, v, at)
                if employer is not None:
                    return [employer]
                i = start - 1
                continue
            if _non_state_role_after(tokens, end):
                i = start - 1  # "Kenya's opposition leader Jane Doe said": someone of Kenya, not its voice
                continue
            if _possessive_in_apposition(tokens, start, end, v, at):
                i = start - 1  # "Japan, Bangladesh's largest donor, said": the apposition describes Japan
                continue
            if _runs_an_outlet(tokens, end, v):
                return None  # "The Houthi-run Saba news agency reported": an outlet reporting, no one's position
            if end < len(tokens) and tokens[end].low in _MODIFIED_NOUNS and mention.kind in {"capital", "country"} \
                    and end < v and not (_ends_possessive(tokens[end - 1]) and _role_after_possessive(tokens, end)):
                i = start - 1  # "the Pretoria agreement was followed ...": the place names the agreement
                continue
            if _opens_a_condition(tokens, _before_determiners(tokens, start - 1, at)) \
                    or _opens_a_condition(tokens, _before_list(tokens, start, at)):
                # "... if Kinshasa refused to negotiate", "why the Kazakh government had felt the need", "how
                # hard New Delhi pressed Doha": a condition or an embedded question, not a position
                return None
            if mention.kind == "role" and start > 0 and tokens[start - 1].low in _FORMER:
                i = start - 1  # "former Nigerian president Olusegun Obasanjo": no longer the state's voice
                continue
            if start > 0 and tokens[start - 1].low in _FORMER and end < v and tokens[end].low in vocabulary.ROLES:
                i = start - 1  # "a former US diplomat who served in Bogotá told us": no longer the state's voice
                continue
            k = _before_determiners(tokens, start - 1, at)
            if k >= 2 and tokens[k].low == "of" and tokens[k - 2].low in _FORMER:
                i = start - 1  # "Jane Roe, the former head of Kenya's electoral commission,": not Kenya's voice
                continue
            if not joined and any(t.low == "in" for t in tokens[end:v]):
                group = [mention, *_coordinated_left(tokens, start, at)]
                left = min(k for k in at if at[k] in group)
                if left > 0 and tokens[left - 1].low in _JOIN_VERBS:
                    # "Beijing joined Russia and Arab states in condemning ...": both positions, the joiner first
                    joined = sorted(group, key=lambda m: m.start)
                    i = left - 2
                    continue
            # "He said Italy condemned the test": the subject of the clause a verb of saying reports,
            # as after "said that", not that verb's object
            said = _before_determiners(tokens, start - 1, at) if start >= 1 else -1  # "said the United States asked"
            reported = said >= 0 and tokens[said].low in _SAY_FORMS | _CLAUSE_VERBS and tokens[said].text.islower() \
                and tokens[v].low in _REPORTED_POSITIONS \
                and all(t.low in _CLAUSE_AUXILIARIES | {"also", "now", "then", "again"} or t.low.endswith("ly")
                        for t in tokens[end:v])
            if (reported or not _governed(tokens, start, at) and not _list_governed(tokens, start, at)) \
                    and not _is_possessive_modifier(tokens, end) and not _possessor_of_subject(tokens, end, v):
                if start >= 2 and tokens[start - 1].low == "that" and tokens[start - 2].low in _DEMAND_FORMS:
                    return None  # "demanded that Moscow admit its guilt": what is asked of Moscow
                if _after_noun_that(tokens, start, end, v):
                    return None  # "a replacement that Venezuela accepted", "the claim that Kigali backs": a noun's clause
                if start >= 1 and tokens[_before_determiners(tokens, start - 1, at)].low == "what" \
                        and tokens[v].low not in _SAY_FORMS and tokens[v].low not in _REPORTING:
                    # "a breach of what Azerbaijan signed up to": a free relative, no position taken (but
                    # "what UNAMA said" reports UNAMA's words)
                    return None
                if deontic or (modal and (_after_opinion_that(tokens, start) or _after_reported_that(tokens, start))):
                    # "analysts believe that France will not refuse", "Sonko wrote that Paris could not expect
                    # to set the terms": the speaker's guess or claim about the subject, not its position
                    return None
                group = [mention, *_coordinated_left(tokens, start, at)]
                left = min(k for k in at if at[k] in group) if len(group) > 1 else start
                if left != start and (_list_after_with(tokens, left, at) or _places_after_preposition(tokens, left, at)):
                    # "The UN, together with Egypt, Qatar and the EU, will host", "Analysts in Beirut and
                    # Amman cautioned": the list is an object
                    i = left - 1
                    continue
                if start >= 1 and tokens[start - 1].low in {"any", "every"}:
                    return None  # "any Swedish government official attending it": anyone who might, no one's act
                owner = _owner_of_envoy(tokens, start, end, at)
                if owner is not None:
                    return [owner]  # "Russia's U.N. ambassador said": Russia's envoy, not the UN
                return sorted(group, key=lambda m: m.start) + joined
            i = start - 1
            continue
        # "In a later post he wrote": the pronoun after an opening adverbial is the clause's subject,
        # not the object of "post"
        opening = _opening_adverbial(tokens, i) and low != "it"
        if low in {"he", "she", "they", "we"} and not opening and _in_reduced_relative(tokens, i):
            return None  # "thanked the EU for the help they had given": never an object, so the noun's clause
        if low in _SUBJECT_PRONOUNS and (opening or not _governed(tokens, i, at)):
            if _in_reduced_relative(tokens, i) and not opening:
                return None  # "the militias it backs": the pronoun's clause describes a noun
            if i + 2 < v - 1 and tokens[i + 1].low in _SAY_FORMS and tokens[i + 2].low in {"was", "were", "is", "are"}:
                return None  # "read out what he said was an email sent to": the pronoun's verb is "said"
            return None if deontic else PRONOUN
        if _is_position_verb(tokens, i, at) and low not in {"said"}:
            break
        i -= 1
    if aside is not None and not deontic:
        return [aside]  # "The Office for the Coordination of Humanitarian Affairs (OCHA) says"
    phrase_end = next((k for k in range(v - 1, max(i, -1), -1) if tokens[k].low in _JOIN_VERBS), v) if joined else v
    phrase = " ".join(t.text for k, t in enumerate(tokens[max(i + 1, 0):phrase_end], start=max(i + 1, 0))
                      if not t.quoted and t.text not in _QUOTE_CHARS and k not in aside_tokens)
    phrase = re.sub(r"^(?:for\s+\w+\s+part\s*,\s*|also\s+)", "", phrase, flags=re.I)
    phrase = _PARLIAMENTARY_HONORIFIC.sub("", phrase)  # "the Hon. Minister said": the minister
    opener = _OPENER_BEFORE_THE.match(phrase)
    if opener and opener.group("first").lower() in _ADVERBIAL_OPENERS \
            and _MINISTRY_PHRASE.fullmatch(phrase[opener.end():]):
        phrase = phrase[opener.end():]  # "Earlier in the day, the Office of the Prime Minister issued": the office
    group = _group_of(phrase) if not deontic else None
    if group is not None:
        return group  # "The four countries called ...": the actors named just before
    run_by = _RUN_BY_BODY.match(phrase)
    if run_by and not deontic:
        word = run_by.group("body").lower()
        return Definite(f"the {word}s" if word in {"rebel", "insurgent"} else f"the {word}")  # "The rebel-run ..."
    if not deontic and (_STATE_OFFICE.match(phrase) or _PRESIDENTIAL_SPOKESPERSON.match(phrase)):
        # "The attorney general's office said", "A presidential spokesman said": a state's own office
        return Definite("the presidential office")
    issued = _TEXT_OF_BODY.match(phrase)
    if issued and not deontic:
        # "A government statement said", "A statement from the president's office said": the body's text
        inner = issued.group("body") or issued.group("modifier")
        inner = inner if re.match(r"(?i)the\s", inner) else f"the {inner}"
        if _STATE_OFFICE.match(inner):
            return Definite("the presidential office")
        if _BODY_RE.match(inner):
            return Definite(inner)
    official = _OFFICIAL_OF_BODY.match(phrase)
    if official and not deontic and _BODY_RE.match(official.group("body")):
        return Definite(official.group("body"))  # "A spokesman for the foreign ministry said": the ministry's voice
    body = _BODY_RE.match(phrase)
    if body and _modifies_a_name(body, phrase):
        body = None  # "The opposition Alliance for Democratic Renewal called": a name, read by the organisation rule
    if not deontic and (_DEFINITE_SPEAKER.match(phrase) or body):
        if _TITLE_BEFORE_UNKNOWN_NAME.match(phrase):
            return None  # "Cabinet minister Mel Stride said": a person the article has not tied to an actor
        return [owner] if owner is not None else Definite(phrase)
    tail = re.search(r"\b[Tt]he\s+\S+(?:\s+\S+)?$", re.sub(r"\s+(?:also|then|later|again)$", "", phrase))
    if not deontic and tail and tail.start() > 0 and (phrase[:tail.start()].split()[0].lower() in _ADVERBIAL_OPENERS
                                                      or _LATER.fullmatch(phrase[:tail.start()].strip())) \
            and _BODY_RE.fullmatch(tail.group()):
        return Definite(tail.group())  # "In this connection the Ministry calls for ...": the body after an adverbial
    if not deontic and _OWN_SPOKESMAN.match(phrase):
        return PRONOUN  # "His spokesman said", "Her office said": the voice of the one "his" is
    return None


# The courtesy a Commonwealth house gives its ministers ("the Hon. Minister", "the Rt. Hon. Prime Minister"): no part
# of the title.
_HONORIFIC_WORDS = {"rt", "hon", "honourable", "honorable"}
_PARLIAMENTARY_HONORIFIC = re.compile(r"(?<=^the\s)(?:Rt\.?\s+)?Hon(?:ou?rable)?\.?\s+(?=[A-Z])", re.I)


# A state's own body after "In <capital>,": "the transitional government", "the foreign ministry".
_CAPITALS_BODY = re.compile(r"the\s+(?:[a-z-]+\s+){0,2}(?:government|ministry|presidency|junta|authorities|"
                            r"military|army|cabinet|prime\s+minister's\s+office|president's\s+office)(?:\s+(?:also|later|then))?")
# An unnamed official with no body named: "an official source", "a senior official".
_UNNAMED_OFFICIAL = re.compile(r"(?i)^an?\s+(?:senior\s+|high-ranking\s+|top\s+)?(?:official|source)s?\b")


def _opening_capital(tokens: list[Token], at: dict[int, Mention]) -> Mention | None:
    """The capital or state of an opening "In Riyadh," or "In Kuwait," (a dateline in the sentence), if any."""
    if len(tokens) < 4 or tokens[0].low != "in" or 1 not in at or at[1].kind not in {"capital", "country"}:
        return None
    end = _mention_end(tokens, 1, at)
    return at[1] if end < len(tokens) and tokens[end].text == "," else None


# A text a body issued, as the subject: "a statement from the president's office", "a government statement".
_TEXT_OF_BODY = re.compile(r"(?i)^(?:an?|the)\s+(?:(?:statement|communiqu[ée]|release|notice)\s+(?:from|by|of|issued\s+by)\s+"
                           r"(?P<body>.+)|(?P<modifier>(?:[a-z-]+\s+)?(?:government|presidency|ministry|army|military|"
                           r"junta|police|presidential))\s+(?:statement|communiqu[ée]|release))$")
# "Hours later the government condemned": a time adverbial before a body, with no comma.
_LATER = re.compile(r"(?i)(?:(?:hours|minutes|days|weeks|moments|shortly|soon|not\s+long|a\s+day|a\s+week|an\s+hour)\s+)?"
                    r"(?:later|afterwards|after\s+that|earlier)")
# Words opening an adverbial before a body ("In his statement yesterday the Secretary-General called").
# A ministry's or an office's own name ("the Ministry of Foreign Affairs and the National Community Abroad", "the
# Foreign Office in Islamabad"), which an opening adverbial does not hide
_MINISTRY_PHRASE = re.compile(r"(?i)the\s+(?:[\w'’-]+\s+){0,3}?(?:ministry|department|office)(?:\s+(?:of|for|in)\s+[^,]+)?")
_OPENER_BEFORE_THE = re.compile(r"(?P<first>\w+)[^,]{0,40}?\s*,\s+(?=[Tt]he\s)")
_ADVERBIAL_OPENERS = {"in", "on", "at", "for", "yesterday", "today", "earlier", "later", "meanwhile"}
# A capitalised title with no article, then a name: "Cabinet minister Mel Stride", not "the cabinet".
_TITLE_BEFORE_UNKNOWN_NAME = re.compile(r"(?!(?:The|An?)\s)[A-Z][a-z]+\s+[a-z]+\s+[A-Z][\w'’-]+\s+[A-Z][\w'’-]+")
# A possessive pronoun before a speaker's role or office: "his spokesman", "her office", "its media office".
_OWN_SPOKESMAN = re.compile(r"(?i)^(?:(?:his|her|its|their)\s+(?:[a-z-]+\s+){0,2}?(?:spokes(?:man|woman|person)|office|"
                            r"press\s+secretary|ministry(?:\s+of\s+\w+(?:\s+affairs)?)?|government|aides?|statement|"
                            r"communiqu[ée]|declaration|envoy|(?:permanent\s+)?mission)"
                            r"|the\s+(?:joint\s+|same\s+|latest\s+)?(?:statement|communiqu[ée]|press\s+release|release|notice)"
                            # "Its Niger director said", "Its chief said": a body's head or officer
                            r"|its\s+(?:[a-z-]+\s+){0,2}?(?:director(?:-general)?|chief|head|president|chair(?:man|woman|person)?|"
                            r"secretary-general|leader|representative|coordinator|officer))$")
# A sentence opening with the spokesperson of the one "his"/"her" is, maybe named after a comma.
_HIS_SPOKESMAN = re.compile(r"(?:His|Her)\s+(?:[a-z-]+\s+){0,2}?(?:spokes(?:man|woman|person)|press\s+secretary|"
                            r"office|aides?)(?:\s+,\s+[^,]{2,60}\s+,)?(?:\s+(?:also|later|then))?")
# An unnamed spokesperson in an attribution tail, whose body the sentence opened with.
_A_SPOKESMAN = re.compile(r"(?i)an?\s+spokes(?:man|woman|person)")
_MINISTRY_WORDS = {"of", "affairs", "interior", "health", "justice", "information", "external", "home",
                   "international", "cooperation", "expatriates", "trade", "regional", "integration", "relations",
                   "diaspora", "worship", "communities", "francophonie", "african"}


# Family names that Korean and Chinese names in English copy put first ("Kim Jong Un" ... "Kim said").
_FAMILY_FIRST = {"Kim", "Lee", "Park", "Choi", "Choe", "Jung", "Jeong", "Kang", "Cho", "Yoon", "Yun", "Jang", "Han",
                 "Kwon", "Hwang", "Ahn", "Ri", "Pak", "Moon", "Mun", "Ryu", "Hong", "Jo", "Xi", "Li", "Wang", "Zhang",
                 "Liu", "Chen", "Yang", "Zhao", "Zhou", "Xu", "Sun", "Hu", "Zhu", "Guo", "Lin", "Ma", "Zheng", "Hun"}


_PORTFOLIO_BEFORE = re.compile(r"(?i)(?:\b(?:minister|ministry|commissioner|secretary|department|office|directorate)\s+"
                               r"(?:for|of|on)\s+(?:the\s+)?(?:\w+,?\s+(?:and\s+)?)?|\bForeign,?\s+(?:and\s+)?)$")
_PORTFOLIO_AFTER = re.compile(r"(?i)(?:,?\s+(?:and\s+)?[A-Z]\w+)?\s+(?:affairs|integration|relations|office)\b")
_GENERATION = re.compile(r",?\s+(?:Jr\.?|Sr\.?|II|III|IV)$")
# Malaysian and Bruneian honorifics that open a name in the region's copy ("Tan Sri Ismail Omar")
_MALAY_HONORIFICS = re.compile(r"(?:(?:(?:Datuk|Dato['’]?|Tun|Tunku|Tengku|Haji|Hajah|Datin)(?:\s+(?:Seri|Sri|Paduka))?"
                               r"|(?:Tan|Puan)\s+Sri)\s+)+")


def _short_names(name: str) -> list[str]:
    """The words a later mention may use for a person: the surname, and for two-word names the
    first word too ("Lin Jian": "Lin" may be the surname); "Michael Makuei Lueth" is "Makuei" as often
    as "Lueth"; "Kim Jong Un" is "Kim"; "al-Ansari" opens a sentence as "Al-Ansari"."""
    parts = name.split()
    if len(parts) == 3 and parts[1] == "Tun":
        return [parts[-1], parts[0], " ".join(parts[1:])]  # "Najib Tun Razak" ... "Najib said"
    honoured = _MALAY_HONORIFICS.match(name)
    if honoured and honoured.end() < len(name):
        # "Datuk Seri Najib Tun Razak" ... "Najib said": a Malay name goes by its first word after the titles
        parts = name[honoured.end():].split()
        short = [w for w in _short_names(" ".join(parts)) if w not in {"Tun", "bin", "binti"}]
        return list(dict.fromkeys([*short, parts[0], *([" ".join(parts)] if len(parts) > 1 else [])]))
    short = [parts[-1]] + ([parts[0]] if len(parts) == 2 else parts[1:-1] if len(parts) == 3 else [])
    if len(parts) == 3 and parts[0] in _FAMILY_FIRST:
        short.append(parts[0])
    if len(parts) >= 3 and parts[-2][:1].isupper():
        short.append(" ".join(parts[-2:]))  # "Ahmed Gaid Salah" ... "Gaid Salah said": a two-word surname
    short += [w[3:] for w in short if re.match(r"(?:[Aa]l|[Ee]l)-[A-Z]", w)]  # "al-Jubeir" ... "Jubeir told"
    # "Hugo de Zela" ... "De Zela hit back", "Ursula von der Leyen" ... "Von der Leyen said": a surname with its
    # particles, which open a sentence in capitals
    k = len(parts) - 1
    while k > 1 and parts[k - 1] in _SURNAME_PARTICLES:
        k -= 1
    if k < len(parts) - 1:
        short.append(" ".join(parts[k:]))
    return short + [w[0].upper() + w[1:] for w in short if w[:1].islower() and ("-" in w[:4] or " " in w)]


_SURNAME_PARTICLES = {"de", "da", "del", "della", "di", "dos", "das", "do", "du", "van", "von", "der", "den", "ter",
                      "le", "la"}


_TWO_LETTER_WORDS = {"he", "we", "it", "in", "on", "at", "an", "as", "of", "to", "us", "mr", "ms", "dr", "no", "so",
                     "or", "if", "is", "by", "do", "go", "up", "my", "me", "be", "am", "oh", "ok", "un", "eu", "de"}
_JOIN_VERBS = {"joined", "joins", "join", "joining"}
_NOUN_DETERMINERS = {"the", "a", "an", "its", "their", "his", "her", "those", "these", "any", "all", "some"}


# A preposition right before a body's actor: the body is an object there ("according to" and "by" name a speaker).
_BODY_AS_OBJECT = re.compile(r"(?<!according )\b(?:to|at|with|from|against|into|for|of|on)\s+(?:the\s+)?$")


def _run_by(tokens: list[Token], opened: int, close: int, at: dict[int, Mention]) -> Mention | None:
    """The actor of an aside ", which is run by Hamas," (tokens ``opened``..``close``), if it is one."""
    words = [t.low for t in tokens[opened + 1:opened + 5]]
    if len(words) == 4 and words[0] == "which" and words[1] in {"is", "was", "are", "were"} \
            and words[2] in {"run", "controlled", "administered"} and words[3] == "by":
        k = opened + 5
        while k < close and tokens[k].low in _DETERMINERS:
            k += 1
        mention = at.get(k)
        return mention if mention is not None and mention.actor != NOT_AN_ACTOR else None
    return None


# Verbs whose "that" clause is a demand ("demanded that the group withdraw"), in the subjunctive.
_DEMAND_FORMS = {form for base in ("demand", "insist", "ask", "request", "propose", "recommend", "require", "urge")
                 for form in _inflections(base)}


def _named_speaker_before(tokens: list[Token], v: int, at: dict[int, Mention]) -> bool:
    """Is the word before ``v`` the end of a named speaker, so that a noun-like verb after it is a
    verb: "The International Organization for Migration (IOM) reports", "Haiti's civil protection
    authorities report"?"""
    prev = v - 1
    if prev < 1:
        return False
    if tokens[prev].text == ")":
        opened = next((k for k in range(prev - 1, max(prev - 8, 0) - 1, -1) if tokens[k].text == "("), None)
        return opened is not None and opened - 1 in at
    if tokens[prev].low not in vocabulary.ROLES or not tokens[prev].text.islower():
        return False
    for k in range(prev - 1, max(prev - 5, -1), -1):
        if k in at:
            return _ends_possessive(tokens[k])  # "Haiti's ... authorities"
        if not tokens[k].text.isalpha() or not tokens[k].text.islower():
            return False
    return False


def _role_of_the_next_name(text: str, after: int) -> bool:
    """Does the role phrase running on from ``after`` end in a comma and a name ("the Prime Minister of
    Haiti, Garry Conille, the President of Kenya, William Ruto,")? Then it is that next name's role, not
    the name before it."""
    comma = text.find(",", after, after + 60)
    return comma >= 0 and re.match(r"\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)+\s*[,.]", text[comma + 1:comma + 60]) is not None


def _title_of_the_next_name(text: str, after: int) -> bool:
    """Does a title run from ``after`` straight into a name ("Prime Ministers Alexis Tsipras and Zoran
    Zaev, UN mediator Matthew Nimetz and ...")? Then, in a list of people, it is that name's title."""
    return _ROLE_THEN_FULL_NAME.match(text[after:after + 80]) is not None


def _table_office(start: int, end: int, mentions: list[Mention]) -> bool:
    """Does the office-holder table name the person at ``start:end`` (on the article's date)? An
    apposition read around them ("the Prime Minister of Haiti, Garry Conille, the President of Kenya,
    William Ruto") is then no better than the table, and easily another person's."""
    return any(m.kind == "officeholder" and m.start < end and start < m.end for m in mentions)


def _opening_adverbial(tokens: list[Token], i: int) -> bool:
    """Do the words before the pronoun at ``i`` form a prepositional phrase opening the sentence
    ("In a statement he said", "On Monday they wrote")? Then the pronoun is the clause's subject."""
    return i >= 2 and tokens[0].low in _ADVERBIAL_OPENERS and all(t.text.isalpha() for t in tokens[1:i])


def _in_reduced_relative(tokens: list[Token], i: int) -> bool:
    """Is the pronoun at ``i`` the subject of a relative clause with no "that" ("the militias it
    backs", "a plan they reject")? Then it speaks for no one in the sentence."""
    return i >= 2 and tokens[i - 1].text.isalpha() and tokens[i - 1].text.islower() \
        and tokens[i - 1].low not in _NOUN_DETERMINERS and tokens[i - 2].low in _NOUN_DETERMINERS


# An indefinite speaker a state's own civil body vouches for ("a health ministry official"), not "a
# military source", whom state media and wires alike leave unnamed and untied.
_INDEFINITE_VOICE = re.compile(r"(?i)\b(?:ministry|government|presidency|presidential)\s+(?:official|spokes(?:man|woman|person))\b")


def _definite_before(tokens: list[Token], v: int, at: dict[int, Mention]) -> "Definite | object | None":
    """A definite description right before the verb, after a comma: '..., the ministry said' (PRONOUN
    for '..., his ministry said', AGENCY for '..., the news agency reported')."""
    if v >= 3 and tokens[v - 1].text == ")":
        # "..., the Ministry of Foreign Affairs (MoFA) called": the acronym in brackets is an aside
        v = next((k for k in range(v - 2, max(v - 6, -1), -1) if tokens[k].text == "("), v)
    j = v - 1
    # "..., the ministry's spokeswoman said": a possessive body word is part of the description
    while j >= 0 and v - j <= 9 and j not in at and not tokens[j].quoted \
            and re.sub(r"['’]s$", "", tokens[j].text).replace("-", "").isalpha() \
            and (tokens[j].text.islower() or tokens[j].text == "The" or tokens[j].low in vocabulary.ROLES
                 or tokens[j].low in _MINISTRY_WORDS or tokens[j].low in _HONORIFIC_WORDS
                 or tokens[j].low == "secretary-general"
                 or j == v - 1 and j >= 1 and tokens[j - 1].low == "agency"  # "the state news agency KUNA reported"
                 or j + 2 < v and tokens[j + 1].low == "news" and tokens[j + 2].low == "agency"):
        j -= 1
    first = j + 1  # the description's first word
    if j >= 1 and tokens[j].text in _QUOTE_CHARS and tokens[j - 1].text == ",":
        j -= 1  # 'The visit was "absolutely unacceptable," the spokesman said': the comma inside the quote
    if j < 0 or first == v or tokens[j].text != ",":
        return None
    phrase = " ".join(t.text for t in tokens[first:v])
    if re.fullmatch(r"(?i)(?:the\s+)?(?:official\s+|state(?:-run)?\s+)?news\s+agency(?:\s+\w+)?", phrase):
        return AGENCY
    phrase = _PARLIAMENTARY_HONORIFIC.sub("", re.sub(r"(?i)(?:\s+(?:also|has|have|had|will|would|then))+$", "", phrase))
    if re.match(r"(?i)the\s", phrase) and (_DEFINITE_SPEAKER.match(phrase) or _BODY_RE.match(phrase)) \
            or re.match(r"(?i)an?\s", phrase) and _BODY_RE.match(phrase) and _INDEFINITE_VOICE.search(phrase):
        return Definite(phrase)  # "..., the ministry said", "..., a health ministry official said"
    if phrase.lower() in _BARE_BODIES:
        return Definite("the " + phrase.lower())  # "..., police said on Sunday": as "Police said" opening a sentence
    if _OWN_SPOKESMAN.match(phrase):
        return PRONOUN  # "..., his ministry said": the voice of the one "his" is, not a name before the comma
    if _THE_TEXT.fullmatch(phrase):
        return PRONOUN  # "The bloc would back ..., the declaration adds": the text of the one who spoke last
    bloc = _BLOC_OFFICIAL.fullmatch(phrase)
    if bloc:
        return Definite("the " + bloc.group("bloc").lower())  # "..., an alliance official said": the bloc named
    return None


# Bodies wire copy names without an article in a tail ("..., police said on Sunday")
_BARE_BODIES = {"police", "prosecutors"}
# A text as the tail's speaker: "..., the declaration adds", "..., the joint statement said".
_THE_TEXT = re.compile(r"(?i)the\s+(?:joint\s+|same\s+)?(?:" + "|".join(sorted(_TEXT_NOUNS)) + ")")
# An unnamed official of the bloc the article named: "an alliance official", "a bloc diplomat".
_BLOC_OFFICIAL = re.compile(r"(?i)an?\s+(?:senior\s+)?(?P<bloc>alliance|bloc|league)\s+"
                            r"(?:official|spokes(?:man|woman|person)|diplomat|source)")


def _name_word(tokens: list[Token], k: int, at: dict[int, Mention]) -> bool:
    """Can the word at ``k`` be part of a person's name no actor owns: capitalised, no mention, no role
    word, not one of the capitalised words that are never names?"""
    token = tokens[k]
    return k not in at and token.text[:1].isupper() and token.text.replace("-", "").isalpha() \
        and token.low not in vocabulary.ROLES and token.text not in _NOT_NAMES


def _opens_with_an_unknown_person(tokens: list[Token], at: dict[int, Mention]) -> bool:
    """Does the sentence open with a person's name the article has tied to no actor, set off by a
    comma or followed by its verb ("Bertrice Pompe, one of two claimants, spoke ...")?"""
    k = 0
    while k < len(tokens) and _name_word(tokens, k, at) and tokens[k].low not in vocabulary.SENTENCE_OPENERS \
            and tokens[k].text not in _CALENDAR:
        k += 1
    if 2 <= k <= 3 and k < len(tokens) and (tokens[k].text == "," or tokens[k].text.islower()
                                            and tokens[k].low in VERB_FORMS | {"spoke", "speaking"}):
        return True
    # "Shadow foreign secretary Priti Patel says ...": a title of no state's voice, then a name no actor owns
    v = next((j for j, tok in enumerate(tokens[:9]) if tok.text.islower() and tok.low in _SAYING), None)
    return v is not None and v >= 3 and not any(j in at for j in range(v)) \
        and all(tok.text[:1].isupper() and tok.text.isalpha() and tok.low not in vocabulary.ROLES
                and tok.text not in _NOT_NAMES for tok in tokens[v - 2:v]) \
        and any(tok.low in _NON_STATE_MODIFIERS for tok in tokens[:v - 2])


def _unknown_name(tokens: list[Token], i: int, at: dict[int, Mention]) -> bool:
    """Is token ``i`` the end of a run of capitalised words that names no actor, right after a
    comma ("..., Hipper added"): a person the article has not tied to an actor?"""
    k = i
    while k >= 0 and _name_word(tokens, k, at):
        k -= 1
    if k == i:
        return False
    # "..., Foreign Ministry spokesperson Pham Thu Hang said": a title of no state before the name
    title = k
    while title >= 0 and title not in at and (tokens[title].low in vocabulary.ROLES or tokens[title].text.istitle()) \
            and tokens[title].text.isalpha():
        title -= 1
    return k >= 0 and tokens[k].text == "," or title < k and title >= 0 and tokens[title].text == "," \
        and any(t.low in vocabulary.ROLES for t in tokens[title + 1:k + 1])


def _speaker_of_no_actor(tokens: list[Token], v: int, at: dict[int, Mention]) -> bool:
    """Is the speaker of saying verb ``v`` unnamed ("one woman said") or a name that is no actor
    ('"...," said Aziz')? Either way no one's quotation continues and no actor spoke last."""
    return _unnamed_speaker(tokens, v) or _unknown_name_after(tokens, v, at) or _unnamed_phrase_before(tokens, v, at)


def _unnamed_phrase_before(tokens: list[Token], v: int, at: dict[int, Mention]) -> bool:
    """Is the subject of saying verb ``v`` an unnamed person with a place ('"...," a hotel worker in Tumon
    told us', '"...," a 41-year-old office worker in Sapporo said'): no actor, whatever the place?"""
    k = v - 1
    while k >= 0 and tokens[k].text not in {",", "”", '"', "»", ";", ":"} and v - k < 10:
        k -= 1
    phrase = tokens[k + 1:v]
    if k < 0 or len(phrase) < 2 or phrase[0].low not in {"a", "an", "one", "another"}:
        return False
    # a place after "in"/"from"/"near" is where the person is, not whose voice: "a US official" is the US's
    return all(j not in at or tokens[j - 1].low in {"in", "from", "near", "outside"} or at[j].kind == "capital"
               for j in range(k + 1, v))


def _unknown_acronym_before(tokens: list[Token], v: int, at: dict[int, Mention]) -> bool:
    """Is the subject of saying verb ``v`` an acronym the tool does not know ("MSS said"): an
    organisation of its own, so the next "it said" is not the last known speaker's?"""
    k = v - 1
    return k >= 0 and k not in at and tokens[k].text.isalpha() and tokens[k].text.isupper() \
        and 2 <= len(tokens[k].text) <= 6 and (k == 0 or tokens[k - 1].low == "the")


def _unknown_name_after(tokens: list[Token], v: int, at: dict[int, Mention]) -> bool:
    """Is the inverted subject of saying verb ``v`` a name that is no actor ('"...," said Aziz.'):
    a speaker the article has not tied to an actor, so no one's quotation continues?"""
    k = v + 1
    while k < len(tokens) and _name_word(tokens, k, at) and tokens[k].low not in _SUBJECT_PRONOUNS \
            and tokens[k].text not in _CALENDAR:
        k += 1
    return k > v + 1 and v > 0 and tokens[v - 1].text in {",", "”", '"', "»"} \
        and (k == len(tokens) or tokens[k].text in {".", ",", ";", ":"})


def _inside_longer_name(tokens: list[Token], end: int, at: dict[int, Mention]) -> bool:
    """Is the mention ending before token ``end`` the first word of a longer proper name
    ("Taiwan Affairs Office", "Congo River Alliance")?"""
    if end >= len(tokens) or end in at or at[end - 1].kind not in {"country", "capital"} \
            or _ends_possessive(tokens[end - 1]):
        return False  # "Poland's Operational Command": the owner of a body, not part of its name
    nxt = tokens[end]
    if not (nxt.text[:1].isupper() and nxt.text.isalpha()) or nxt.low in VERB_FORMS \
            or nxt.low in vocabulary.ROLES and nxt.low != "council":  # "the Zambia Council of Churches": a name
        return False
    if end + 1 < len(tokens) and f"{nxt.low} {tokens[end + 1].low}" in vocabulary.ROLES:
        return False  # "the China Coast Guard": a body of the state
    if _state_service_name(tokens, end):
        return False  # "the Uganda Prisons Service", "the Uganda Revenue Authority": the state's own service
    return re.fullmatch(_TITLES, nxt.text) is None and nxt.text not in _CALENDAR


# The heads of a state's own services named after the state ("Uganda Prisons Service"), and the words that make such a
# name another's brief or no state's body ("Taiwan Affairs Office", "Kenya Human Rights Commission")
_STATE_SERVICE_HEADS = {"Service", "Services", "Authority", "Agency", "Directorate", "Administration", "Bureau",
                        "Inspectorate", "Force"}
# A state's own service named by the state's name and one word ("Kuwait Municipality", "Kuwait Prosecution")
_STATE_SERVICE_ALONE = {"Municipality", "Prosecution"}
_NOT_STATE_SERVICE_WORDS = {"Affairs", "Rights", "Human", "Association", "Union", "Federation", "Society", "Council",
                            "Chamber", "Foundation", "Institute", "Party", "Movement", "Front", "Media", "Broadcasting",
                            "News", "Press", "Airways", "Airlines"}


def _state_service_name(tokens: list[Token], end: int) -> bool:
    """Do the capitalised words after a state's name at ``end`` name one of its services ("Prisons Service",
    "Revenue Authority"), at most three words to the head?"""
    if tokens[end].text in _STATE_SERVICE_ALONE:
        return True
    for k in range(end, min(end + 4, len(tokens))):
        word = tokens[k].text
        if not (word[:1].isupper() and word.isalpha()) or word in _NOT_STATE_SERVICE_WORDS:
            return False
        if word in _STATE_SERVICE_HEADS:
            return k > end
    return False


# Words that open an aside with a participle: ", after meeting Talon in Cotonou,".
_ASIDE_OPENERS = {"after", "before", "while", "when", "since", "upon", "on"}


_LED_BY = {"led", "headed", "chaired", "founded", "run", "backed", "supported", "commanded"}


def _organisation_in_name(tokens: list[Token], head: int, at: dict[int, Mention]) -> bool:
    """Does the capitalised name ending at ``head`` ("UN Joint Human Rights Office") hold an
    organisation's mention?"""
    k = head
    while k >= 0 and head - k < 8 and (tokens[k].text[:1].isupper() or k in at):
        if k in at and at[k].kind not in _STATE_KINDS and at[k].actor != NOT_AN_ACTOR:
            return True
        k -= 1
    return False


# Subordinators opening an aside between commas, whose clause holds no subject of the sentence.
_ASIDE_SUBORDINATORS = {"because", "although", "though", "since", "unless", "whereas"}
# ", in a message to ...," / ", in a telephone call with ...,": how the subject spoke, never who
_MESSAGE_PREPOSITIONS = {"in", "during", "via", "through"}
_MESSAGE_NOUNS = {"message", "messages", "letter", "statement", "call", "interview", "speech", "address", "remarks", "comments",
                  "post", "posts", "tweet", "conversation", "cable", "telegram", "note", "talks", "meeting"}
# ", nominated to succeed X,", ", quoted by TASS,", ", elected in 2012,": a participle's aside
_PARTICIPLE_LINKS = {"to", "as", "by", "in", "at", "for"}


# The courtesy titles state media use in place of "he" for a ruler or minister it has named.
_HONORIFICS = {"highness", "majesty", "excellency"}
_HONORIFIC = re.compile(rf"(?i)^(?:his|her)\s+(?:{'|'.join(sorted(_HONORIFICS))})$")
_COUNTS = {"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "both", "all"}


def _relative_clause_open(tokens: list[Token], close: int, at: dict[int, Mention] | None = None) -> int | None:
    """Index of the comma opening ", which/who ..." if the comma at ``close`` ends that clause, or
    opening an apposition to the actor before it ("the United States, the so-called Troika, said")."""
    mentioned = at or {}
    for k in range(close - 2, max(close - 40, 0), -1):
        if tokens[k].quoted or tokens[k - 1].text != ",":
            continue
        word = tokens[k].low
        closed = not any(t.text == "," for t in tokens[k:close])  # the aside holds no comma of its own
        named = k >= 2 and (k - 2 in mentioned or tokens[k - 2].text.istitle())  # an actor or a name before the comma
        if word == "where" and named and closed:
            return k - 1  # "Kazakhstan, where the Soviet Union carried out its tests, said": the place's own clause
        if word in {"which", "who", "whose", "whom"} or word.endswith("ing") \
                and (named or k >= 2 and tokens[k - 2].low in vocabulary.ROLES):
            # ", whose country holds ...,", "Muttaqi, speaking in New Delhi where he is ...,", "The Special
            # Representative on Children and Armed Conflict, briefing the Council on Syria and Mali,"
            return k - 1
        if word in _PREPOSITIONS and k + 1 < close and tokens[k + 1].low in {"which", "whom"} and named:
            return k - 1  # "The Algerian League ..., of which Fekhar was once a member, said": the body's own clause
        if not closed:
            continue  # every aside below is one clause with no comma inside
        if word in _LED_BY and k + 1 < close and tokens[k + 1].low == "by":
            return k - 1  # "the opposition party Les Transformateurs, led by Succès Masra, said": an aside
        if word in _ASIDE_OPENERS and k + 1 < close and tokens[k + 1].low.endswith("ing"):
            return k - 1  # "Ambassador Peng, after meeting Talon in Cotonou, said": an aside
        if word in _MESSAGE_PREPOSITIONS and any(t.low in _MESSAGE_NOUNS for t in tokens[k + 1:k + 4]):
            return k - 1  # "Putin, in a message to Khamenei and Raisi, condemned": the channel, not the subject
        if word.endswith("ed") and named and k + 1 < close and tokens[k + 1].low in _PARTICIPLE_LINKS:
            return k - 1  # "Kaja Kallas, nominated to succeed Borrell, accused": an aside about the subject
        if word in _ASIDE_SUBORDINATORS and k >= 2:
            return k - 1  # "deputies, because the White House was unusable, voted": a reason, no subject
        if (word.endswith("ly") or word in {"all", "both", "each"}) and k + 1 < close \
                and tokens[k + 1].low.endswith("ed"):
            return k - 1  # "an air raid, widely blamed on Israel, destroyed", "The four countries, all governed by"
        if at is not None and (word == "the" or word in _COUNTS) and (k - 2 in at and at[k - 2].actor != NOT_AN_ACTOR
                                                                   or _acronym_after_actor(tokens, k - 2, at)):
            # "France, the so-called Troika,", "the UK and France, three permanent members of the Council,",
            # "The Oromo Federalist Congress (OFC), the party to which X belongs,"
            return k - 1
        if at is not None and word in {"a", "an"} and (k - 2 in at or tokens[k - 2].text == ")"
                                                       or named and not _role_in(tokens[k:close])):
            # "JNIM, an al Qaeda affiliate active across the Sahel, said", "Congressman Adam Kinzinger, a
            # longtime supporter of Georgia's bid to join NATO, called": an apposition
            return k - 1
    return None


def _role_in(words: list[Token]) -> bool:
    """Does an apposition name a role ("a spokesman for Saleh's party", "an adviser in Netanyahu's office"),
    which ties its person to the actor in it, unlike a description ("a longtime supporter of NATO")?"""
    return any(t.low in _ROLE_WORDS for t in words) or bool(_SPEAKS_FOR.search(" ".join(t.text for t in words)))


def _employer_within(mentions: list[Mention], lo: int, hi: int) -> bool:
    """Does a person's description between ``lo`` and ``hi`` name their employer ("an analyst at Crisis Group")?"""
    return any(lo <= m.start < hi and m.kind in _EMPLOYER_KINDS for m in mentions)


def _acronym_after_actor(tokens: list[Token], close: int, at: dict[int, Mention]) -> bool:
    """Does ``close`` end "(ACRONYM)" right after an actor's mention ("the Oromo Federalist Congress (OFC)")?"""
    return tokens[close].text == ")" and close >= 3 and tokens[close - 2].text == "(" \
        and any(j in at and at[j].actor != NOT_AN_ACTOR for j in (close - 1, close - 3))


def _opinion_before(tokens: list[Token], i: int) -> bool:
    return any(t.low in _OPINION for t in tokens[max(0, i - 3):i])


def _after_reported_that(tokens: list[Token], start: int) -> bool:
    """Does the clause opening at ``start`` follow "that" after a reporting verb ("said that", "writing
    on social media that")?"""
    return start >= 1 and tokens[start - 1].low == "that" and any(
        t.low in _SAY_FORMS or t.low in _REPORTING or t.low in {"saying", "writing", "adding"}
        for t in tokens[max(0, start - 6):start - 1])


def _after_opinion_that(tokens: list[Token], start: int) -> bool:
    """Is the clause opening at ``start`` the complement of an opinion verb ("believe that ...")?"""
    j = start - 1
    if j >= 0 and tokens[j].low == "that":
        j -= 1
    return j >= 0 and (tokens[j].low in _OPINION or _opinion_before(tokens, j + 1))


_CONDITION_OPENERS = {"if", "unless", "whether", "why"}


def _before_list(tokens: list[Token], start: int, at: dict[int, Mention]) -> int:
    """The word before a list that ends with the mention at ``start`` ("if both the Awami League and the
    BNP asked": "if"), past determiners and "both"; -1 if the mention ends no list."""
    left = _coordinated_left(tokens, start, at)
    if not left:
        return -1
    j = _before_determiners(tokens, min(k for k in at if at[k] in left) - 1, at)
    return j - 1 if j >= 0 and tokens[j].low in {"both", "either", "neither"} else j


def _opens_a_condition(tokens: list[Token], k: int) -> bool:
    """Does the word at ``k`` (right before a subject) open a condition or an embedded question: "if",
    "unless", "whether", "why", "how" or "how hard"?"""
    return k >= 0 and (tokens[k].low in _CONDITION_OPENERS or tokens[k].low == "how"
                       or k >= 1 and tokens[k - 1].low == "how")


def _adjacent_subject(tokens: list[Token], v: int, at: dict[int, Mention]):
    """Inside a quotation only a subject right before the verb counts ('the U.S. and EU asked');
    a modal makes it the speaker's forecast ('France will not refuse'), not the subject's position."""
    j = v - 1
    while j >= 0 and tokens[j].low in {"also", "then", "have", "has", "had", "repeatedly", "both",
                                       "will", "would", "not", "never", "did", "does", "do"}:
        if tokens[j].low in _MODALS:
            return None
        j -= 1
    if j >= 0 and j in at:
        start = _mention_start(tokens, j, at)
        if tokens[_before_determiners(tokens, start - 1, at)].low == "what":
            return None  # '"What Ottawa has said does not match the facts"': a free relative, not Ottawa's position
        if _opens_a_condition(tokens, _before_determiners(tokens, start - 1, at)):
            return None  # '"If the Philippine side insists ...': a condition, not a position
        if not _governed(tokens, start, at):
            return sorted([at[j], *_coordinated_left(tokens, start, at)], key=lambda m: m.start)
    return None


def _reported_subject(tokens: list[Token], v: int, at: dict[int, Mention]) -> Mention | None:
    """The subject of the clause a reporting verb introduces: 'said (that) Baku had been angered'."""
    j = v + 1
    while j < len(tokens) and tokens[j].low in {"that", ","}:
        j += 1
    if j < len(tokens) and j in at and not tokens[j].quoted and at[j].actor != NOT_AN_ACTOR:
        return at[j]
    return None


def _apposed_name_before(tokens: list[Token], comma: int) -> bool:
    """Is the phrase before ``comma`` a name set off by an earlier comma ("the deputy chief of the
    army, Jane Doe, said ..."): the subject's apposition, so the verb after it is not inverted?"""
    k = comma - 1
    while k >= 0 and comma - k <= 4 and tokens[k].text[:1].isupper() and tokens[k].text.replace("-", "").isalpha():
        k -= 1
    return k >= 0 and k < comma - 1 and tokens[k].text == ","


# Words that show the reported clause after a verb of saying has begun: what follows is said, not who says it.
_REPORTED_CLAUSE_OPENERS = {"that"} | _MODALS | _CLAUSE_AUXILIARIES


def _independent_apposition_before(tokens: list[Token], comma: int) -> bool:
    """Is the phrase before ``comma`` an apposition that makes its name someone of no actor ("Zhang
    Mingyuan, a senior research fellow at the Hainan Institute of Ocean Policy, said the Philippines
    had ...")? The name is the subject, so the verb is not inverted."""
    k = comma - 1
    while k >= 0 and tokens[k].text != ",":
        k -= 1
    phrase = tokens[k + 1:comma]
    return k > 0 and bool(phrase) and phrase[0].low in {"a", "an"} and any(t.low in _INDEPENDENT_NOUNS for t in phrase)


_BOTH = {"both", "either", "all"}


def _inverted_subject(tokens: list[Token], v: int, at: dict[int, Mention]):
    """'"...," said Colonna' / '..., said the leader'."""
    prev = tokens[v - 1].text if v > 0 else ""
    if prev not in {",", "”", '"', "»"} or prev == "," and (_apposed_name_before(tokens, v - 1)
                                                           or _independent_apposition_before(tokens, v - 1)):
        return None
    # '"...," said a statement from Kenya': the text's issuer is the speaker
    issued = v + 2 < len(tokens) and tokens[v + 1].low in {"a", "the"} and tokens[v + 2].low in _TEXT_NOUNS
    for j in range(v + 1, min(v + 8, len(tokens))):
        if tokens[j].text in {",", ".", ";", "“", '"'}:
            break
        if tokens[j].low in {"before", "after", "while", "when", "during", "since"} \
                or tokens[j].text.islower() and tokens[j].low.endswith("ing") and j not in at:
            break  # ', told reporters before leaving Canberra': a place of the speaker's act, no speaker
        if tokens[j].low in _INDEPENDENT_NOUNS and j not in at:
            if j + 1 in at and at[j + 1].kind == "person":
                return [at[j + 1]]  # '..., said expert Cai Jian': the independent person the article learned
            return None  # '..., said a political scientist at a Seoul university': someone of no actor
        if j not in at and tokens[j].low in _FORMER:
            return None  # ', said a retired Ethiopian diplomat': someone who holds no office now
        if j not in at and tokens[j].low in _REPORTED_CLAUSE_OPENERS:
            break  # ', said that Moscow was suspending ...', ', said each week could cost Niger': the clause has begun
        if j in at:
            start = _mention_start(tokens, j, at)
            k = start - 1
            while k > v + 1 and (tokens[k].low in _DETERMINERS or tokens[k].low in _BOTH):
                k -= 1  # ", appealed to both the MCP and the DPP", "... to the General Assembly": objects, past "both the"
            before = tokens[k].low if k > 0 else ""
            trade = _mention_end(tokens, j, at)
            while trade < min(len(tokens), j + 4) and tokens[trade].text.islower() \
                    and tokens[trade].low not in _INDEPENDENT_NOUNS:
                trade += 1
            if trade < len(tokens) and tokens[trade].low in _INDEPENDENT_NOUNS and trade + 1 in at \
                    and at[trade + 1].kind == "person":
                return [at[trade + 1]]  # '..., said North Korean expert Cai Jian': the expert, not the demonym
            if issued and before in {"by", "from", "of"}:
                return [at[j]]  # '"...," said a statement issued by Guterres's spokesperson': its issuer
            if before in _PREPOSITIONS or before in _POSSESSIVE_DETERMINERS \
                    or _is_possessive_modifier(tokens, _mention_end(tokens, j, at), attached=True):
                return None  # ", backed Aliyev's decision": an object, not a speaker
            end = _mention_end(tokens, j, at)
            if end < len(tokens) and tokens[end].low in _REPORTED_CLAUSE_OPENERS:
                return None  # "NAME, a fellow at an institute, said the Philippines had ...": the clause's subject
            return [at[j]]
    nxt = tokens[v + 1].low if v + 1 < len(tokens) else ""
    phrase = " ".join(t.text for t in tokens[v + 1 : v + 6])
    if nxt in _SUBJECT_PRONOUNS:
        after = tokens[v + 2] if v + 2 < len(tokens) else None
        if after is not None and after.text.isalpha() and after.low not in _PREPOSITIONS:
            return None  # "..., said he hoped ...": the pronoun opens the reported clause
        return PRONOUN
    if _DEFINITE_SPEAKER.match(phrase) or _BODY_RE.match(phrase):
        return Definite(phrase)
    return None


# The bio that signs an opinion piece: a name, "is a", and a trade of people who write opinions.
_AUTHOR_BIO = re.compile(
    r"^(?P<name>(?:[A-Z][\w'’.-]+\s+){1,3}[A-Z][\w'’-]+)\s+is\s+(?:an?|the)\s+[^.]{0,200}?\b(?:expert|analyst"
    r"|researcher|journalist|writer|professor|fellow|scholar|columnist|author|editor|director|lecturer"
    r"|commentator|correspondent|historian|economist|consultant|diplomat|ambassador)s?\b")
# A bio sits in the last paragraphs of its piece (a URL or a link title may follow it).
_BIO_FROM_END = 2


@dataclass(frozen=True)
class Author:
    actor: str
    name: str
    bio_paragraph: int
    first_paragraph: int


def opinion_authors(sentences: pd.DataFrame, registry: ActorRegistry) -> dict[str, Author]:
    """Article -> its author, for the articles signed by an author bio."""
    by_article: dict[str, list[tuple[int, str]]] = {}
    for article, paragraph, sentence in zip(sentences["article"], sentences["paragraph"], sentences["sentence"]):
        by_article.setdefault(str(article), []).append((int(paragraph), sentence))
    authors: dict[str, Author] = {}
    for article, rows in by_article.items():
        paragraphs = sorted({p for p, _ in rows})
        last = set(paragraphs[-_BIO_FROM_END:])
        for paragraph, sentence in rows:
            match = _AUTHOR_BIO.match(sentence) if paragraph in last else None
            if match:
                name = re.sub(r"\s+", " ", match.group("name"))
                authors[article] = Author(registry.resolve(name) or name, name, paragraph, paragraphs[0])
                break
    return authors


def _author_statement(author: Author | None, paragraph: int, sentence: str) -> Attribution | None:
    if author is None or not author.first_paragraph < paragraph < author.bio_paragraph:
        return None
    return Candidate(author.actor, author.name, "(opinion author)", Rule.AUTHOR) if takes_position(sentence) else None


def _cell(row: object, name: str, default: object = None) -> object:
    value = getattr(row, name, default)
    return default if value is None or (isinstance(value, float) and value != value) else value


_MONTH_NUMBERS = {m: n for n, names in enumerate(
    [("jan", "january"), ("feb", "february"), ("mar", "march"), ("apr", "april"), ("may",), ("jun", "june"),
     ("jul", "july"), ("aug", "august"), ("sep", "sept", "september"), ("oct", "october"), ("nov", "november"),
     ("dec", "december")], start=1) for m in names}
_MONTH_RE = r"(?:" + "|".join(sorted(_MONTH_NUMBERS, key=len, reverse=True)) + r")\.?"
_TEXT_DATE = re.compile(
    rf"(?i)\b(?:(?P<d1>\d{{1,2}})\s+(?P<m1>{_MONTH_RE}),?\s+(?P<y1>(?:19|20)\d{{2}})"
    rf"|(?P<m2>{_MONTH_RE})\s+(?P<d2>\d{{1,2}})(?:,\s*|\s+|\s*/\s*)(?P<y2>(?:19|20)\d{{2}})"
    rf"|(?P<iso>(?:19|20)\d{{2}}-\d{{2}}-\d{{2}}))(?!\d)"
)


def text_date(text: str) -> str | None:
    """The first full date a headline block or dateline gives ("November 5, 2020", "9 December 2020",
    "November 26/2020"), as ISO "YYYY-MM-DD"."""
    for match in _TEXT_DATE.finditer(text):
        if match.group("iso"):
            return match.group("iso")
        day, month, year = ((match.group("d1"), match.group("m1"), match.group("y1")) if match.group("d1")
                            else (match.group("d2"), match.group("m2"), match.group("y2")))
        number = _MONTH_NUMBERS.get(month.lower().rstrip("."))
        if number and 1 <= int(day) <= 31:
            return f"{year}-{number:02d}-{int(day):02d}"
    return None


def _iso_date(value: object) -> str | None:
    """"2024-03-05", a Timestamp or "2024-03-05T10:00" -> "2024-03-05"; anything else -> None."""
    match = re.match(r"\d{4}-\d{2}-\d{2}", str(value or ""))
    return match.group() if match else None


# "We reject the claims. A spokesperson for the ministry said this in an answer to ...": agency copy
# that gives its speaker after the words, pointing back at them.
# Not "said this week", "said this was a violation": "this" is the words before only when nothing follows
# it but the circumstances ("said this on Wednesday", "said this in an answer to a question").
_SAID_THIS = re.compile(r"(?i)\b(?:said|stated|declared|stressed|wrote)\s+this(?=\s*(?:[.,;]|$)|\s+(?:in|on|at|during|"
                        r"when|while|after|before|to|yesterday|today|late|earlier)\b)")
# The same in the passive, the house style of translated agency copy: "This was stated at a briefing by
# the official representative of the Russian Foreign Ministry, Maria Zakharova." The agent is found by
# ``rule_passive``; the sentence may open the next paragraph.
_THIS_WAS_SAID = re.compile(r"(?i)^\s*(?:this|that|these\s+words)\s+(?:was|were|has\s+been|have\s+been)\s+"
                            r"(?P<verb>stated|said|announced|declared|noted|stressed|emphasi[sz]ed|underlined|written|"
                            r"reported|pointed\s+out)\b[^.;]{0,80}?\bby\b")
# "A Chinese Foreign Ministry spokesperson made the remarks on Tuesday in response to a question": agency
# copy that gives the speaker of the sentences before it only after them.
_MADE_THE_REMARKS = re.compile(r"(?i)\bmade\s+(?:the|these|those|his|her|its)\s+(?:remarks|comments)\b")
# How far back "made the remarks" reaches over sentences no rule gave a speaker.
_REMARKS_REACH = 8


def rule_said_this(sentence: str, found: list[Candidate]) -> list[Candidate]:
    """The statements a sentence that says "X said this" gives the sentence before it (in its
    paragraph, when that one had no speaker): X's."""
    if not found or not (_SAID_THIS.search(sentence) or _THIS_WAS_SAID.match(sentence)):
        return []
    return [Candidate(c.actor, c.speaker, c.cue, Rule.SAID_THIS, c.position) for c in found]


def _opens_with_quote(sentence: str) -> bool:
    return sentence.lstrip()[:1] in "“\"«"


def _host_label(context: "ArticleContext", sentence: str) -> int:
    """The length of the interview host's label opening a sentence ("KHOURY: ", "HÉLÈNE MARCHAL (HOST): "), else 0;
    a briefing's labels are its journalists' and its spokesperson's, no host's."""
    if context.narrator is not None or not context.hosts and "(" not in sentence[:80]:
        return 0
    hit = _TURN_LABEL.match(sentence)
    if hit is None or not (hit.group("label") in context.hosts or _bracketed_host(hit.group("aside"))):
        return 0
    return hit.end()


_HOST_QUESTIONS = 2  # an interviewer's turns ending in a question, at the least
# What only a programme's host says: the welcome, the guests' introduction, the farewell
_HOST_PHRASE = re.compile(r"(?i)\b(?:welcome to (?:the |this |our )?[A-Z]|(?:joins|join|joining) (?:me|us)\b|with me (?:now |today |here |"
                          r"in the studio |to talk about it )?(?:is|are)\b|that['’]s (?:all|it) for (?:this|tonight|today)|"
                          r"thank you (?:both|all) for (?:joining|being)|you['’]re listening to)")


def interview_hosts(sentences: pd.DataFrame) -> dict[str, frozenset[str]]:
    """Per article, the speaker labels of an interview's host: a label bracketed as the host's, or whose turn
    welcomes the listeners or introduces the guests (and its surname alone, "KHOURY:" after "NADINE KHOURY (HOST):"),
    or whose turns end in a question mark (twice at least, and half its turns or more), as "SARAH WHITCOMBE: ... What
    do you say to that?" does. A host asks and links; a guest's label that a name file knows ("NADINE KHOURY:") is
    no speaker then."""
    out: dict[str, frozenset[str]] = {}
    for article, group in sentences.groupby("article", sort=False):
        turns: dict[str, list[int]] = {}  # label -> [turns, turns ending in a question]
        named: set[str] = set()
        for paragraph, texts in group.groupby("paragraph", sort=False)["sentence"]:
            first, last = str(texts.iloc[0]), str(texts.iloc[-1]).rstrip()
            hit = _TURN_LABEL.match(first)
            if hit is None:
                continue
            label = hit.group("label")
            if label.title() in _QUESTION_LABELS or label in _QUESTION_LABELS or _OUTLET_WORDS.search(label) \
                    or _SPEAKS_FOR.search(label):
                # a briefing's journalists ("Question:", "Reuters:"), asking, and its spokesperson ("Shri Randhir
                # Jaiswal, Official Spokesperson:"), answering: no programme's host
                continue
            counts = turns.setdefault(label, [0, 0])
            counts[0] += 1
            counts[1] += last.endswith("?") or last.endswith("?\"") or last.endswith("?”")
            if _bracketed_host(hit.group("aside")) or _HOST_PHRASE.search(" ".join(texts)):
                # "NADINE KHOURY (HOST):", then "KHOURY:"; "WELLER: Marius Lindqvist joins me from Stockholm."
                named.update({label, label.split()[-1]})
        hosts = frozenset(named | {k for k, (n, q) in turns.items() if q >= _HOST_QUESTIONS and 2 * q >= n}) \
            if len(turns) > 1 else frozenset()
        if hosts:
            out[str(article)] = hosts
    return out


def statements_frame(sentences: pd.DataFrame, registry: ActorRegistry,
                     progress: Callable[[int], None] | None = None) -> pd.DataFrame:
    """One row per (sentence, actor) statement, in document order; ``progress`` is told the
    characters done after each sentence. Extra input columns pass through; rows with a true
    ``heading`` are read as context and never returned; a ``date`` column (ISO) picks office
    holders."""
    extra = [c for c in sentences.columns if c not in STATEMENT_COLUMNS and c != "heading"]
    columns = [*STATEMENT_COLUMNS[:len(SENTENCE_COLUMNS)], *extra, *STATEMENT_COLUMNS[len(SENTENCE_COLUMNS):]]
    heading_column = sentences["heading"].fillna(False).astype(bool) if "heading" in sentences.columns else None
    prose = sentences[~heading_column] if heading_column is not None else sentences
    headings = heading_column.tolist() if heading_column is not None else None  # indexed per row below
    authors = opinion_authors(prose, registry)
    hosts = interview_hosts(prose)
    rows: list[dict[str, object]] = []
    attributor = Attributor(registry, defer_home=True)
    article, paragraph, in_quote, quote_left_open = None, None, False, False
    article_doc: object = None
    given: str | None = None
    before: dict[str, object] | None = None
    prose_seen = 0
    unattributed: list[dict[str, object]] = []  # the article's last sentences no rule gave a speaker
    # Iterating pyarrow-backed string columns cell by cell is slow; plain objects are not.
    article_rows = 0  # where the article's rows start
    for n, row in enumerate(sentences.astype(object).itertuples(index=False)):
        if row.article != article:
            _rename_groups(rows[article_rows:], attributor.context.usual_group_names())
            rows[article_rows:] = _settle_pending_home(rows[article_rows:], attributor.context.settled_home())
            article_rows = len(rows)
            # a government site's later statements are still on its pages ("The Ministry ..." is its own)
            site_owner = attributor.context.site_owner if article is not None and row.doc == article_doc else None
            site_people = attributor.context.site_people if site_owner is not None else {}
            article, article_doc = row.article, row.doc
            given = _iso_date(_cell(row, "date", ""))
            attributor.reset(given)
            attributor.context.carry_site(site_owner, site_people)
            source = str(_cell(row, "source", "") or "")
            if source:
                # "Ministry of Foreign Affairs of Chile", a page's site name: its masthead, which the page's text
                # may not carry
                attributor.context.learn_site_name(source)
            # "Ministry of Foreign Affairs" names no state; its address, phone or domain does
            attributor.context.learn_site_imprint(str(_cell(row, "imprint", "") or ""), str(_cell(row, "url", "") or ""),
                                                  source)
            attributor.context.author = authors.get(str(row.article))
            attributor.context.hosts = hosts.get(str(row.article), frozenset())
            title = str(_cell(row, "title", "") or "")
            if title and str(row.article).endswith("#0"):
                attributor.headline(title)  # a page's or an export's headline, kept apart from its text
            paragraph, in_quote, quote_left_open = None, False, False
            prose_seen = 0
            unattributed = []
        if given is None and attributor.context.date is None and (headings is not None and headings[n]
                                                                  or prose_seen < 2):
            # no date column: the article's own date line, headline block or dateline gives it
            attributor.context.date = text_date(row.sentence if headings is not None and headings[n]
                                                else row.sentence[:80])
        if headings is not None and headings[n]:
            attributor.headline(row.sentence, row.paragraph)
            unattributed = []
            if progress is not None:
                progress(len(row.sentence))
            continue
        opens_paragraph = (row.doc, row.paragraph) != paragraph
        if opens_paragraph:
            # A paragraph that opens with a quotation while the one before ended inside one
            # continues it (news style leaves the quote open across paragraphs).
            in_quote = False
            if paragraph is not None and quote_left_open and _opens_with_quote(single_quotes_as_double(row.sentence)):
                in_quote = True
            paragraph = (row.doc, row.paragraph)
        prose_seen += 1
        try:
            found = attributor.attribute(row.sentence, in_quote, row.paragraph)
        except Exception as error:  # noqa: BLE001 - one sentence a rule cannot read must not stop a corpus
            warnings.warn(f"{row.doc}: no statement taken from a sentence the rules failed on "
                          f"({type(error).__name__}: {error}): {row.sentence[:80]!r}", RuntimeWarning, stacklevel=2)
            found = []
        record = row._asdict()
        record.pop("heading", None)
        record["government"] = _government_meant(attributor.context, row.sentence)
        # "X said this" looks back within its paragraph; "This was stated by X" may open the next one
        if before is not None and before["doc"] == row.doc and (
                before["paragraph"] == row.paragraph or opens_paragraph and _THIS_WAS_SAID.match(row.sentence)):
            given_back = rule_said_this(row.sentence, found)
            for item in given_back:
                rows.append({**before, "actor": item.actor, "speaker": item.speaker,
                             "cue": item.cue, "rule": str(item.rule)})
            if given_back:
                found = []  # "A spokesperson for the Foreign Ministry said this in an answer": only who spoke
        before = None if found else record  # a sentence no rule gave a speaker, in case the next says "said this"
        if found and _MADE_THE_REMARKS.search(row.sentence):
            # the sentence only says who spoke before it: their statements, none of its own
            rows += [{**earlier, "actor": item.actor, "speaker": item.speaker, "cue": item.cue, "rule": str(Rule.SAID_THIS)}
                     for earlier in unattributed for item in found]
            found, unattributed = [], []
        else:
            unattributed = [] if found else [*unattributed, record][-_REMARKS_REACH:]
        cut = attributor.context.label_cut
        if cut and found:
            # "Guo Jiakun: We deplore ...": the label, like a dateline, is not part of the statement
            record["sentence"], record["offset"] = row.sentence[cut:], row.offset + cut
        for item in found:
            rows.append({**record, "actor": item.actor, "speaker": item.speaker,
                         "cue": item.cue, "rule": str(item.rule)})
        in_quote = ends_inside_quote(single_quotes_as_double(row.sentence), in_quote)
        quote_left_open = in_quote
        if progress is not None:
            progress(len(row.sentence))
    _rename_groups(rows[article_rows:], attributor.context.usual_group_names())
    rows[article_rows:] = _settle_pending_home(rows[article_rows:], attributor.context.settled_home())
    return pd.DataFrame(rows, columns=columns)


def _government_meant(context: "ArticleContext", sentence: str) -> str:
    """The state the sentence's unqualified "the government" or "the authorities" means (``GOVERNMENT_REFERENCE``):
    the one the article tied "the government" to, else the article's own state (``home``: its dateline's where it names
    it, else the one it named most), else ""."""
    if GOVERNMENT_REFERENCE.search(sentence) is None:
        return ""
    state = context.tied_body(Definite("the government")) or context.home()
    return state if state in context.registry.states else ""


def _settle_pending_home(rows: list[dict[str, object]], home: str | None) -> list[dict[str, object]]:
    """The article's statements of its own state, read before anything named that state (a live blog's latest
    entries first: "Police spokesperson Brigadier Athlenda Mathe said ..." above the entry that names the president):
    given the state the whole article makes its home, or dropped if it has none (and where the sentence has that
    state already)."""
    if not any(row["actor"] == PENDING_HOME for row in rows):
        return rows
    kept: list[dict[str, object]] = []
    for row in rows:
        if row["actor"] == PENDING_HOME:
            if home is None or any(other["actor"] == home and other["sentence_id"] == row["sentence_id"] for other in rows):
                continue
            row = {**row, "actor": home}
        kept.append(row)
    return kept


def _rename_groups(rows: list[dict[str, object]], usual: dict[str, str]) -> None:
    """Give the article's statements of a group it named with an acronym the name it used most."""
    if usual:
        for row in rows:
            if row["actor"] in usual:
                row["actor"] = usual[str(row["actor"])]


def statements_from_paragraphs(paragraphs: pd.DataFrame, registry: ActorRegistry,
                               progress: Callable[[int], None] | None = None) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Paragraphs (with their ``heading`` column) -> (sentence frame, statement frame). Headlines are
    read as context for attribution; the sentence frame returned holds prose only. Every other
    paragraph column (document metadata such as date and source) is carried into both frames."""
    from pipeline.sentences import sentences_frame

    is_heading = paragraphs["heading"].astype(bool)
    prose = paragraphs.loc[~is_heading, [c for c in paragraphs.columns if c != "heading"]].reset_index(drop=True)
    sentences = sentences_frame(prose, progress)
    heads = paragraphs.loc[is_heading].rename(columns={"text": "sentence"})
    with_heads = sentences.assign(heading=False)
    if len(heads):
        heads = heads.assign(sentence_id=-1, heading=True)[list(with_heads.columns)]
        with_heads = pd.concat([with_heads, heads], ignore_index=True)
        order = {doc: n for n, doc in enumerate(dict.fromkeys(paragraphs["doc"]))}
        with_heads = with_heads.assign(_doc=with_heads["doc"].map(order)).sort_values(
            ["_doc", "offset"], kind="stable").drop(columns="_doc").reset_index(drop=True)
    statements = statements_frame(with_heads, registry, progress)
    # a page's imprint serves attribution only: no analyst's table wants a footer on every row
    return (sentences.drop(columns="imprint", errors="ignore"),
            statements[[c for c in statements.columns if c not in {"heading", "imprint"}]])


def extract_statements(documents: dict[str, str], registry: ActorRegistry,
                       progress: Callable[[int], None] | None = None) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Documents -> (sentence frame, statement frame); see ``statements_from_paragraphs``."""
    from pipeline.documents import paragraphs_frame

    return statements_from_paragraphs(paragraphs_frame(documents, keep_headings=True), registry, progress)


def guess_target(sentence: str, actor: str, registry: ActorRegistry) -> str:
    """The first other actor the sentence names: what a position is most likely aimed at."""
    for mention in registry.mentions(sentence):
        if mention.actor not in (actor, NOT_AN_ACTOR):
            return mention.actor
    return ""
