"""Attribution: which actors take a position in each sentence.

The actor of a statement is its *source*, never an actor merely mentioned or
addressed. Rules, applied to each sentence of an article in order:

- **subject**: for every reporting or position verb, the nearest actor mention
  before it in the same clause that is not the object of a preposition or a
  verb ("France accused Azerbaijan" -> France; "the head of American diplomacy,
  Antony Blinken, called" -> Blinken); "X and Y objected" counts both. Infinitives
  ("to provide"), passives ("was invited") and subjects of *must/should* (the
  addressee of an appeal, not its source) are not positions;
- **inversion**: '"...," said Colonna';
- **according_to**: "according to X";
- **media**: a news agency is never an actor, but what it reports of one is that actor's
  statement ("APA said Aliyev had decided ..." -> Azerbaijan);
- **pronoun**: "she said", "the ministry added", "according to him" resolve to the
  actor that spoke last in the same article;
- **continuation**: a quotation with no speaker of its own (or a sentence inside a
  quotation opened earlier in the paragraph) continues the last speaker's quote;
- **author**: an opinion piece signed by a bio near its end ("Jane Roe is a security
  analyst at ...") gives its author the piece's own judgements and appeals: sentences
  no other rule attributed that carry a cue word or a *must* (``cues.takes_position``),
  except the standfirst (the first paragraph, which restates the argument) and the bio.

Statement frame columns (``statements_frame``): the sentence frame's columns plus
    actor    canonical actor name
    speaker  the mention of the speaker as it appears in the text
    cue      the verb or phrase that marks the position
    rule     the rule that attributed it (see above)
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable

import pandas as pd

from pipeline.actors import NOT_AN_ACTOR, ActorRegistry, Mention
from pipeline.cues import takes_position
from pipeline.sentences import SENTENCE_COLUMNS

STATEMENT_COLUMNS = [*SENTENCE_COLUMNS, "actor", "speaker", "cue", "rule"]

# Base forms of the verbs by which an actor takes a position.
_POSITION_VERBS = """
say tell state announce add call urge condemn denounce accuse blame warn reject refuse welcome
support praise admire hail commend thank agree decide offer provide pledge promise reaffirm
recall estimate judge consider believe deem rule request ask demand insist stress emphasise
emphasize express voice note report claim deny confirm propose appeal press plead describe
criticise criticize slam deplore decry threaten vow assure specify explain write post tweet hope
argue maintain justify respond reply object approach cancel withdraw pull opt ratify inform
acknowledge supply deliver approve endorse recognise recognize suggest indicate view fear oppose
reiterate repeat underline highlight accept declare dismiss protest summon expel sanction impose
veto mourn regret lament invite host mediate commit sign abstain vote block freeze suspend quote
predict expect question echo attend participate brief inquire feel send
""".split()
_IRREGULAR = """
backed backs backing said told wrote sent spoke speaking speaks stood felt froze frozen withdrew withdrawn sought
""".split()
# Verbs that are positions only with a particle: "spoke of 125 dead", not "spoke with Macron".
_NEEDS_PARTICLE = {"spoke": {"of", "about", "out"}, "speaking": {"of", "about", "out"},
                   "speaks": {"of", "about", "out"}, "pull": {"out"}, "pulled": {"out"},
                   "pulls": {"out"}, "opt": {"out"}, "opted": {"out"}, "opts": {"out"}}


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


VERB_FORMS: frozenset[str] = frozenset(
    {form for verb in _POSITION_VERBS for form in _inflections(verb)} | set(_IRREGULAR)
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
}
_MODALS = {"will", "would", "could", "might", "may", "can", "shall"}
_DEONTIC = {"must", "should", "ought"}
_PASSIVE = {"was", "were", "been", "being", "is", "are", "be"}
_OPINION = {"believe", "believes", "believed", "think", "thinks", "thought", "expect", "expects",
            "expected", "fear", "fears", "feared", "hope", "hopes", "hoped", "predict", "predicts",
            "predicted", "consider", "considers", "considered", "estimate", "estimates", "estimated"}
_PREPOSITIONS = {
    "of", "to", "with", "on", "against", "by", "from", "for", "in", "about", "at", "into",
    "between", "among", "toward", "towards", "over", "under", "than", "via", "through", "like",
    "including", "behind", "before", "after", "amid", "despite", "within", "without", "upon",
}
_DETERMINERS = {"the", "a", "an"}
_POSSESSIVE_DETERMINERS = {"his", "her", "its", "their", "our", "my", "your"}
# "a source in Aliyev's administration", "spokesman for the AK Party", "head of American diplomacy":
# a preposition after these nouns links a speaker to the actor it speaks for.
_SPEAKER_NOUNS = {
    "source", "sources", "official", "officials", "spokesman", "spokeswoman", "spokesperson",
    "adviser", "advisor", "aide", "member", "representative", "head", "president", "minister",
    "government", "ministry", "leader", "chairman", "chair", "secretary", "director", "envoy",
    "ambassador", "office", "presidency", "delegation", "mission", "authorities", "diplomat",
}
_ROLE_AFTER_POSSESSIVE = {
    "spokesperson", "spokesman", "spokeswoman", "foreign", "defence", "defense", "ministry",
    "government", "administration", "office", "presidency", "embassy", "envoy", "ambassador",
    "president", "leader", "delegation", "mission", "security", "state", "army", "military",
    "parliament", "cabinet", "prime", "permanent", "deputy", "top", "chief", "national",
}
_SUBJECT_PRONOUNS = {"he", "she", "they", "it", "we"}
_DEFINITE_SPEAKER = re.compile(
    r"(?i)^(?:the\s+)?(?:same\s+)?(?:source|ministry|presidency|president|prime\s+minister|"
    r"minister|leader|head\s+of\s+state|spokesm[ae]n|spokeswoman|spokesperson|official|report|"
    r"statement|government|authorities|secretary\s+of\s+state|foreign\s+minister|analyst|"
    r"chancellor|premier|embassy|agency|organi[sz]ation|mission|country)\b"
)
_TOKEN_RE = re.compile(r"\w+(?:[’'.-]\w+)*\.?|[^\w\s]")
_QUOTE_CHARS = "“”«»\""
_CLAUSE_BREAKS = {";", ":", "that", "whether", "while", "because", "if", "although", "though",
                  "but", "when", "where", "unless"}


@dataclass(frozen=True)
class Token:
    text: str
    start: int
    end: int
    quoted: bool

    @property
    def low(self) -> str:
        return self.text.lower()


# Which attribution of a sentence names its speaker, best first.
_SPEAKER_RANK = {"inversion": 0, "subject": 1, "according_to": 2, "pronoun": 3, "continuation": 4,
                 "quoted_subject": 5, "media": 6}
_SAY_FORMS = {"say", "says", "said", "report", "reports", "reported", "add", "adds", "added", "claim", "claims",
              "claimed", "write", "writes", "wrote"}


@dataclass(frozen=True)
class Attribution:
    actor: str
    speaker: str
    cue: str
    rule: str


def quote_spans(sentence: str, open_at_start: bool = False) -> list[tuple[int, int]]:
    """Character spans of quotations; an unclosed quote runs to the end."""
    spans: list[tuple[int, int]] = []
    opened: int | None = -1 if open_at_start else None
    for i, ch in enumerate(sentence):
        closing = ch in "”»" or (ch == '"' and opened is not None)
        if closing and opened is not None:
            spans.append((opened, i))
            opened = None
        elif ch in "“«\"" and opened is None:
            opened = i
    if opened is not None:
        spans.append((opened, len(sentence)))
    return spans


def ends_inside_quote(sentence: str, open_at_start: bool = False) -> bool:
    spans = quote_spans(sentence, open_at_start)
    return bool(spans) and spans[-1][1] == len(sentence)


def tokenize(sentence: str, open_at_start: bool = False) -> list[Token]:
    spans = quote_spans(sentence, open_at_start)
    tokens = []
    for match in _TOKEN_RE.finditer(sentence):
        inside = any(a < match.start() < b for a, b in spans)
        tokens.append(Token(match.group().rstrip(".") or match.group(), match.start(), match.end(), inside))
    return tokens


def _mention_at(tokens: list[Token], mentions: list[Mention]) -> dict[int, Mention]:
    out: dict[int, Mention] = {}
    for i, tok in enumerate(tokens):
        for mention in mentions:
            if mention.start <= tok.start < mention.end:
                out[i] = mention
                break
    return out


class Attributor:
    """Attributes the sentences of one article in order, remembering the last speaker."""

    def __init__(self, registry: ActorRegistry) -> None:
        self.registry = registry
        self.last: Attribution | None = None

    def reset(self) -> None:
        self.last = None

    def attribute(self, sentence: str, in_quote: bool = False) -> list[Attribution]:
        """Statements of one sentence; ``in_quote``: a quotation opened earlier is still open."""
        tokens = tokenize(sentence, in_quote)
        mentions = self.registry.mentions(sentence)
        at = _mention_at(tokens, mentions)
        found = self._according_to(sentence, mentions)
        found += self._verbs(tokens, at, found)
        if not found and self.last is not None and (in_quote or _is_quotation(sentence)):
            found.append(Attribution(self.last.actor, self.last.speaker, "(quotation)", "continuation"))
        speakers = [f for f in found if f.rule != "quoted_subject"]
        if speakers:
            # The sentence's own speaker is who "he"/"she" means next: a news agency
            # counts here ("It said..." after "APA said..."), though it is never an actor;
            # someone a quotation mentions does not.
            self.last = min(speakers, key=lambda f: _SPEAKER_RANK.get(f.rule, 9))
        unique: list[Attribution] = []
        for item in found:
            if item.actor != NOT_AN_ACTOR and item.actor not in {u.actor for u in unique}:
                unique.append(item)
        return unique

    def _from_last(self, cue: str) -> list[Attribution]:
        if self.last is None:
            return []
        return [Attribution(self.last.actor, self.last.speaker, cue, "pronoun")]

    def _according_to(self, sentence: str, mentions: list[Mention]) -> list[Attribution]:
        out: list[Attribution] = []
        spans = quote_spans(sentence)
        for match in re.finditer(r"(?i)\baccording to\s+(?:the\s+|an?\s+)?", sentence):
            if any(a < match.start() < b for a, b in spans):
                continue
            head = next((m for m in mentions if m.start == match.end()), None)
            if head is not None:
                out.append(Attribution(head.actor, head.text, "according to", "according_to"))
            elif re.match(r"(?i)(?:him|her|them|its|his|their|same source)\b", sentence[match.end():]) \
                    or _DEFINITE_SPEAKER.match(sentence[match.end():]):
                out += self._from_last("according to")
        # "the agency quoted Pashinyan as saying": the one quoted is the speaker.
        for match in re.finditer(r"(?i)\bquot(?:ed|es|ing)\s+(?:the\s+)?", sentence):
            head = next((m for m in mentions if m.start == match.end()), None)
            rest = sentence[head.end:] if head else sentence[match.end():]
            if not re.match(r"(?i)(?:him|her|them|\S+)?\s*as\s+(?:saying|telling|stating)", rest.lstrip()
                            if head else rest):
                continue
            if head is not None:
                out.append(Attribution(head.actor, head.text, "quoted as saying", "according_to"))
            elif re.match(r"(?i)(?:him|her|them)\b", rest):
                out += self._from_last("quoted as saying")
        return out

    def _verbs(self, tokens: list[Token], at: dict[int, Mention], earlier: list[Attribution]) -> list[Attribution]:
        out: list[Attribution] = []
        for v, token in enumerate(tokens):
            if not _is_position_verb(tokens, v, at):
                continue
            if token.quoted:
                subjects = _adjacent_subject(tokens, v, at)
                rule = "subject"
            else:
                subjects, rule = _subject(tokens, v, at), "subject"
                if subjects is None:
                    subjects, rule = _inverted_subject(tokens, v, at), "inversion"
            if token.quoted and subjects:
                rule = "quoted_subject"
            if subjects == "pronoun":
                # "he said" is the sentence's own speaker, never someone his quotation mentions.
                known = [k for k in [*earlier, *out] if k.rule != "quoted_subject"]
                out += ([Attribution(known[0].actor, known[0].speaker, token.text, "pronoun")]
                        if known else self._from_last(token.text))
            elif subjects:
                if token.low in _SAY_FORMS and all(m.actor == NOT_AN_ACTOR for m in subjects):
                    # "APA said Aliyev had decided...": media relay the position of the one they report.
                    reported = _reported_subject(tokens, v, at)
                    out += [Attribution(reported.actor, reported.text, token.text, "media")] if reported else []
                out += [Attribution(m.actor, m.text, token.text, rule) for m in subjects]
        return out


def _is_quotation(sentence: str) -> bool:
    spans = quote_spans(sentence)
    quoted = sum(b - a for a, b in spans)
    return bool(spans) and sentence.lstrip()[:1] in "“\"«‘" and quoted >= 0.6 * len(sentence)


def _is_position_verb(tokens: list[Token], v: int, at: dict[int, Mention]) -> bool:
    token = tokens[v]
    word = token.low
    if word not in VERB_FORMS or v in at:
        return False
    if token.text[:1].isupper() and v > 0 and tokens[v - 1].text not in _QUOTE_CHARS:
        return False  # a capitalised word mid-sentence is a name
    prev = tokens[v - 1].low if v > 0 else ""
    if word in _NOUN_LIKE and not (v - 1 in at and not _ends_possessive(tokens[v - 1])
                                   or prev in _SUBJECT_PRONOUNS or prev in {"also", "then", "now"}):
        return False  # "Erdogan's ruling party": a noun
    if prev == "to" or prev in _PASSIVE and word.endswith("ed"):
        return False  # infinitive or passive: not the subject's own position
    particles = _NEEDS_PARTICLE.get(word)
    if particles is not None:
        return v + 1 < len(tokens) and tokens[v + 1].low in particles
    return True


def _governed(tokens: list[Token], i: int, at: dict[int, Mention]) -> bool:
    """Is the mention starting at token ``i`` an object (of a preposition or a verb)?"""
    j = i - 1
    while j >= 0 and tokens[j].low in _DETERMINERS:
        j -= 1
    if j < 0:
        return False
    prev = tokens[j].low
    if prev in _POSSESSIVE_DETERMINERS:
        return True  # "convened his Security Council": someone else's body
    if prev == "for" and j > 0 and tokens[j - 1].low == "as":
        return False  # "As for Turkey, which ..., it urged"
    if prev in _PREPOSITIONS:
        head = tokens[j - 1].low if j > 0 else ""
        if head in _SPEAKER_NOUNS:
            return False
        if prev == "with":  # "with France calling for ..." is an absolute clause with a subject
            end = i
            while end < len(tokens) and at.get(end) is at[i]:
                end += 1
            return not (end < len(tokens) and tokens[end].low.endswith("ing"))
        return True
    return prev in VERB_FORMS and j not in at


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
    return (tokens[end].low if end < len(tokens) else "") not in _ROLE_AFTER_POSSESSIVE


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


def _coordinated_left(tokens: list[Token], start: int, at: dict[int, Mention]) -> list[Mention]:
    """Mentions joined to the one starting at ``start`` by 'and': 'France and Germany objected'."""
    out: list[Mention] = []
    j = start - 1
    while j >= 1 and tokens[j].low == "and":
        k = j - 1
        if k not in at:
            break
        k = _mention_start(tokens, k, at)
        out.append(at[k])
        j = k - 1
        if j >= 0 and tokens[j].text == ",":
            j -= 1
            if j in at:  # "X, Y and Z"
                k = _mention_start(tokens, j, at)
                out.append(at[k])
                j = k - 1
    return out


def _subject(tokens: list[Token], v: int, at: dict[int, Mention]):
    """Nearest actor mention before verb ``v`` in its clause, or 'pronoun', or None."""
    deontic = False
    modal = False
    i = v - 1
    while i >= 0 and v - i <= 45:
        tok = tokens[i]
        low = tok.low
        if low in _DEONTIC:
            deontic = True
        if low in _MODALS:
            modal = True
        if tok.quoted:
            i -= 1
            continue
        opened = _relative_clause_open(tokens, i) if tok.text == "," else None
        if opened is not None:
            i = opened - 1  # "France, which recalled ... Azerbaijan ..., estimated": skip the aside
            continue
        if low in _CLAUSE_BREAKS or low == "and" and i > 0 and tokens[i - 1].text == ",":
            if low == "that" and modal and _opinion_before(tokens, i):
                return None  # "analysts believe that France will not refuse": a guess, not a position
            if low in _CLAUSE_BREAKS and low not in {"that", ";", ":"}:
                return None
            break
        if i in at:
            start = _mention_start(tokens, i, at)
            mention = at[i]
            end = _mention_end(tokens, i, at)
            if not _governed(tokens, start, at) and not _is_possessive_modifier(tokens, end):
                if deontic or (modal and _after_opinion_that(tokens, start)):
                    return None  # "analysts believe that France will not refuse": a guess, not France's position
                return sorted([mention, *_coordinated_left(tokens, start, at)], key=lambda m: m.start)
            i = start - 1
            continue
        if low in _SUBJECT_PRONOUNS and not _governed(tokens, i, at):
            return None if deontic else "pronoun"
        if _is_position_verb(tokens, i, at) and low not in {"said"}:
            break
        i -= 1
    phrase = " ".join(t.text for t in tokens[max(i + 1, 0):v] if not t.quoted)
    if not deontic and _DEFINITE_SPEAKER.match(re.sub(r"^(?:for\s+\w+\s+part\s*,\s*|also\s+)", "", phrase, flags=re.I)):
        return "pronoun"
    return None


def _relative_clause_open(tokens: list[Token], close: int) -> int | None:
    """Index of the comma opening ", which/who ..." if the comma at ``close`` ends that clause."""
    for k in range(close - 2, max(close - 40, 0), -1):
        if tokens[k].low in {"which", "who"} and tokens[k - 1].text == "," and not tokens[k].quoted:
            return k - 1
    return None


def _opinion_before(tokens: list[Token], i: int) -> bool:
    return any(t.low in _OPINION for t in tokens[max(0, i - 3):i])


def _after_opinion_that(tokens: list[Token], start: int) -> bool:
    """Is the clause opening at ``start`` the complement of an opinion verb ("believe that ...")?"""
    j = start - 1
    if j >= 0 and tokens[j].low == "that":
        j -= 1
    return j >= 0 and (tokens[j].low in _OPINION or _opinion_before(tokens, j + 1))


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


def _inverted_subject(tokens: list[Token], v: int, at: dict[int, Mention]):
    """'"...," said Colonna' / '..., said the leader'."""
    prev = tokens[v - 1].text if v > 0 else ""
    if prev not in {",", "”", '"', "»"}:
        return None
    for j in range(v + 1, min(v + 8, len(tokens))):
        if tokens[j].text in {",", ".", ";", "“", '"'}:
            break
        if j in at:
            start = _mention_start(tokens, j, at)
            before = tokens[start - 1].low if start > 0 else ""
            if before in _PREPOSITIONS or before in _POSSESSIVE_DETERMINERS \
                    or _is_possessive_modifier(tokens, _mention_end(tokens, j, at), attached=True):
                return None  # ", backed Aliyev's decision": an object, not a speaker
            return [at[j]]
    nxt = tokens[v + 1].low if v + 1 < len(tokens) else ""
    phrase = " ".join(t.text for t in tokens[v + 1 : v + 6])
    if nxt in _SUBJECT_PRONOUNS or _DEFINITE_SPEAKER.match(phrase):
        return "pronoun"
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
    authors: dict[str, Author] = {}
    for article, rows in sentences.groupby("article", sort=False):
        paragraphs = sorted(set(rows["paragraph"]))
        for row in rows[rows["paragraph"].isin(paragraphs[-_BIO_FROM_END:])].itertuples(index=False):
            match = _AUTHOR_BIO.match(row.sentence)
            if match:
                name = re.sub(r"\s+", " ", match.group("name"))
                authors[str(article)] = Author(registry.resolve(name) or name, name, row.paragraph, paragraphs[0])
                break
    return authors


def _author_statement(author: Author | None, paragraph: int, sentence: str) -> Attribution | None:
    if author is None or not author.first_paragraph < paragraph < author.bio_paragraph:
        return None
    return Attribution(author.actor, author.name, "(opinion author)", "author") if takes_position(sentence) else None


def statements_frame(sentences: pd.DataFrame, registry: ActorRegistry,
                     progress: Callable[[int], None] | None = None) -> pd.DataFrame:
    """One row per (sentence, actor) statement, in document order; ``progress`` is told the
    characters done after each sentence."""
    rows: list[dict[str, object]] = []
    attributor = Attributor(registry)
    authors = opinion_authors(sentences, registry)
    article, paragraph, in_quote = None, None, False
    for row in sentences.itertuples(index=False):
        if row.article != article:
            attributor.reset()
            article = row.article
        if (row.doc, row.paragraph) != paragraph:
            paragraph, in_quote = (row.doc, row.paragraph), False
        found = attributor.attribute(row.sentence, in_quote)
        if not found:
            by_author = _author_statement(authors.get(row.article), row.paragraph, row.sentence)
            found = [by_author] if by_author else []
        for item in found:
            rows.append({**row._asdict(), "actor": item.actor, "speaker": item.speaker,
                         "cue": item.cue, "rule": item.rule})
        in_quote = ends_inside_quote(row.sentence, in_quote)
        if progress is not None:
            progress(len(row.sentence))
    return pd.DataFrame(rows, columns=[*sentences.columns, *STATEMENT_COLUMNS[len(SENTENCE_COLUMNS):]])


def extract_statements(documents: dict[str, str], registry: ActorRegistry,
                       progress: Callable[[int], None] | None = None) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Documents -> (sentence frame, statement frame). ``progress`` is told characters done, twice
    over the text: once splitting it into sentences, once attributing them."""
    from pipeline.documents import paragraphs_frame
    from pipeline.sentences import sentences_frame

    sentences = sentences_frame(paragraphs_frame(documents), progress)
    return sentences, statements_frame(sentences, registry, progress)


def guess_target(sentence: str, actor: str, registry: ActorRegistry) -> str:
    """The first other actor the sentence names: what a position is most likely aimed at."""
    for mention in registry.mentions(sentence):
        if mention.actor not in (actor, NOT_AN_ACTOR):
            return mention.actor
    return ""
