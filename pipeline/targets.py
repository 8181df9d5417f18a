"""Who a statement's stance is aimed at, read from the sentence's structure.

A target is looked for in this order; the first rule that finds one wins:

1. ``agent``: the agent of the act the position verb judges, inside the verb's object
   ("condemned Azerbaijan's offensive", "condemned the strikes by Russia", "welcomed the
   Azerbaijani decision");
2. ``reported_subject``: for a judgement, the subject of the clause a verb of saying reports
   ("said Russia was waging its war against marketplaces");
3. ``object``: the object of the position verb ("condemned X", "accused X of", "called on X to",
   "urged X", "backed X", "support for X", "solidarity with X", "held X responsible");
4. ``addressee``: the party an appeal is addressed to inside a quotation or a demand ("X must",
   "X should stop", "demanded that X");
5. ``agent_anywhere``: an act with its agent anywhere in the sentence ("X's offensive",
   "attacks by X") when no verb was found;
6. ``first_other``: the first other actor the sentence names (the old heuristic), only when none
   of the above applies;
7. ``previous``: where the sentence names no other actor, the first target of the same actor's
   last statement in the same paragraph (the speaker going on about the same party).

Several targets are kept where the sentence coordinates them ("condemned Y and Z"). Actors are
the registry's mentions (names, aliases, demonym + role) plus bare demonyms ("Azerbaijani");
the speaker is never its own target. Neutral statements have no target. An unnamed government ("the
authorities") counts as the state the statement's ``government`` column gives.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterable, Sequence

import pandas as pd

from pipeline.actors import NOT_AN_ACTOR, ActorRegistry
from pipeline.attribution import GOVERNMENT_REFERENCE, guess_target

# Columns ``statement_targets`` returns: the target(s) ";"-joined, the rule that found them, and
# the old heuristic (first other actor) kept beside for the evaluation.
TARGET_COLUMNS = ["target", "target_rule", "target_first"]


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    actor: str
    kind: str = ""


_W = r"[A-Za-z-]*"
# Position verbs, each a regex matched at a word start; the object follows them.
POSITION_VERBS = {
    "condemning": [
        r"condemn" + _W, r"denounc" + _W, r"accus" + _W, r"blam" + _W, r"criticis" + _W, r"criticiz" + _W,
        r"slam" + _W, r"lambast" + _W, r"rebuk" + _W, r"censur" + _W, r"deplor" + _W, r"decr(?:y|ie)" + _W,
        r"warn(?:s|ed|ing)?", r"sanction" + _W, r"protest(?:s|ed|ing)? against", r"held", r"hold(?:s|ing)?",
        r"responsib" + _W + r" (?:of|on)", r"fault" + _W, r"attack(?:s|ed|ing)?", r"against",
        r"threat" + _W, r"boycott" + _W, r"expel" + _W, r"summon" + _W, r"reject" + _W,
        r"complicit" + _W + r" (?:of|with)",
    ],
    "supporting": [
        r"support(?:s|ed|ing)?(?: for)?", r"back(?:s|ed|ing)?(?: for)?", r"welcom" + _W, r"prais" + _W,
        r"hail" + _W, r"commend" + _W, r"applaud" + _W, r"thank" + _W, r"solidarity with",
        r"stand(?:s|ing)? (?:by|with)", r"stood (?:by|with)", r"side(?:s|d)? with", r"endors" + _W,
        r"recogni[sz]" + _W, r"aid to", r"assistance to", r"help(?:s|ed|ing)?", r"congratulat" + _W,
        r"sympath" + _W + r" (?:with|for)", r"ally", r"allies", r"friend" + _W + r" (?:of|with)",
    ],
    "calling_for_talks": [
        r"call(?:s|ed|ing)? (?:on|upon)", r"urg" + _W, r"ask" + _W, r"press(?:es|ed|ing)?(?: for)?", r"appeal" + _W + r" to",
        r"demand" + _W + r"(?: that)?", r"implor" + _W, r"request" + _W, r"invit" + _W, r"encourag" + _W,
        r"insist" + _W + r" that", r"(?:spoke|speaks|talked) (?:to|with)",
        r"call(?:s|ed)? with", r"met(?: with)?", r"meet(?:s|ing)?(?: with)?",
    ],
}
_ALL_VERBS = [(stance, v) for stance, verbs in POSITION_VERBS.items() for v in verbs]
_VERB_RE = {stance: re.compile(r"(?<![\w-])(?:" + "|".join(verbs) + r")(?![\w-])", re.IGNORECASE)
            for stance, verbs in POSITION_VERBS.items()}

# Between a verb and its object: articles, adjectives, a few words ("condemned the brutal
# Azerbaijani offensive"), never a clause break.
OBJECT_WINDOW = 90
# The act judged may be named at length before its agent ("the ratification of ... by X").
AGENT_WINDOW = 160
_CLAUSE_BREAK = re.compile(r"[.;:!?\"“”]|,\s*(?:which|who|while|but|as|and said|saying|adding)\b"
                           r"|\s(?:but|while|whereas|although|because|after|before|said|says|told)\s")
# Acts whose agent is a target: "X's offensive", "strikes by X", "the Azerbaijani operation".
ACTS = (r"offensive|operation|attack|assault|strike|bombard|shell|aggress|invasion|incursion|"
        r"decision|move|step|action|policy|polic|blockade|occupation|annex|war|violence|crime|"
        r"campaign|role|efforts?|commitment|plan|proposal|initiative|offer|leadership|troops|forces|army|"
        r"military|government|regime|authorities|conduct|behaviou?r|actions|escalation|provocation|"
        r"violation|recognition|position|stance|statement|"
        r"ratification|launch|closure|firing|fire|shelling|siege|deployment|support|aid|readiness|determination")
_ACT_AFTER = re.compile(rf"^(?:['’]s?\s+)?(?:[a-z-]+\s+){{0,2}}?(?:{ACTS})", re.IGNORECASE)
# What an actor has rather than does: supporting it targets the actor ("support for Armenia's
# sovereignty"); condemning an attack on it does not ("infringed Somalia's sovereignty").
ATTRIBUTES = r"sovereignty|integrity|independence|people|security|unity|territory|right"
_ATTRIBUTE_AFTER = re.compile(rf"^['’]s?\s+(?:[a-z-]+\s+){{0,2}}?(?:{ATTRIBUTES})", re.IGNORECASE)
_BY_BEFORE = re.compile(rf"(?:{ACTS})\w*\s+(?:[^.;,]{{0,80}}?\s)?by\s+(?:the\s+)?(?:[A-Z][\w-]*\s+(?:of\s+(?:the\s+)?)?){{0,5}}$")
_BY_BEFORE_CI = re.compile(_BY_BEFORE.pattern, re.IGNORECASE)
_BY_WORD = re.compile(r"(?i)\bby\s")
_POSSESSIVE = re.compile(r"^['’]s?(?![\w])")
_COORDINATION = re.compile(r"^\s*(?:,\s*(?:and\s+|as well as\s+)?|and\s+|as well as\s+|or\s+|&\s+)(?:the\s+)?$",
                           re.IGNORECASE)
# An appeal addressed inside the sentence: "X must", "X should stop", "X to stop".
_ADDRESSEE_AFTER = re.compile(r"^(?:['’]s?\s+\w+\s+)?\s*(?:must|should|has to|have to|needs? to|is obliged to|"
                              r"ought to)\b", re.IGNORECASE)


# A capital followed by a capitalised word is part of another name ("the Rome Statute", "Moscow Times").
_NAME_GOES_ON = re.compile(r"\s+[A-Z][a-z]")


def _demonym_table(registry: ActorRegistry) -> dict[str, str]:
    cached = getattr(registry, "_target_demonyms", None)
    if cached is None:
        cached = {r["alias"]: r["actor"] for r in registry.records() if r["kind"] == "demonym"}
        try:
            registry._target_demonyms = cached  # type: ignore[attr-defined]
        except AttributeError:
            pass
    return cached


def actor_spans(sentence: str, registry: ActorRegistry) -> list[Span]:
    """Every actor mention (the registry's, plus bare demonyms outside them), left to right."""
    spans = [Span(m.start, m.end, m.actor, m.kind) for m in registry.mentions(sentence)
             if not (m.kind == "capital" and _NAME_GOES_ON.match(sentence, m.end))]
    table = _demonym_table(registry)
    for start, end in registry.demonyms(sentence):
        if any(s.start < end and start < s.end for s in spans):
            continue
        word = sentence[start:end]
        actor = table.get(word) or (table.get(word[:-1]) if word.endswith("s") else None)
        if actor:
            spans.append(Span(start, end, actor, "demonym"))
    return sorted(spans, key=lambda s: s.start)


def _with_government(sentence: str, spans: list[Span], government: str) -> list[Span]:
    """``spans`` with each unqualified "the government", "the authorities", "the regime" of the sentence as a mention of
    ``government``, the state the article tied it to (the statement's ``government`` column): "urged the authorities to
    release him" aims at that state."""
    if not government or government == NOT_AN_ACTOR:
        return spans
    added = [Span(m.start(), m.end(), government, "government") for m in GOVERNMENT_REFERENCE.finditer(sentence)
             if not any(s.start < m.end() and m.start() < s.end for s in spans)]
    return sorted([*spans, *added], key=lambda s: s.start) if added else spans


def _others(spans: Iterable[Span], actor: str) -> list[Span]:
    return [s for s in spans if s.actor not in (actor, NOT_AN_ACTOR, "")]


# Platforms a statement is posted on, and the words before one that name it as the channel ("on his official",
# "via its"): "Nigeria suspended Twitter" aims at the platform, "wrote on Twitter" does not.
_PLATFORMS = {"Twitter", "Facebook", "X", "Instagram", "Telegram", "YouTube", "TikTok", "WhatsApp", "Weibo", "WeChat"}
_CHANNEL_BEFORE = re.compile(r"\b(?:on|via|through)\s+(?:(?:his|her|its|their|the|an?|official|personal|verified|own)\s+)*$",
                             re.IGNORECASE)

# A capital after "in"/"at" names a place ("talks in Abuja", "told reporters in Brussels").
_LOCATIVE_BEFORE = re.compile(r"\b(?:in|at)\s+$", re.IGNORECASE)


def _candidates(sentence: str, spans: Sequence[Span], actor: str) -> list[Span]:
    """The other actors that can be targets: not the speaker, not a co-speaker coordinated with it
    ("Mali and Burkina Faso said"), not a capital named as a place ("decisions taken in Abuja").
    When that leaves none, every other actor (the fallback finds the first of them)."""
    out = []
    co_speakers = _speakers_list(sentence, spans, actor)
    # "wrote on Twitter", "in a live broadcast on Facebook": where it was said, never at whom
    others = [s for s in _others(spans, actor)
              if not (s.actor in _PLATFORMS and _CHANNEL_BEFORE.search(sentence[max(0, s.start - 40):s.start]))]
    for span in others:
        if span.kind == "capital" and _LOCATIVE_BEFORE.search(sentence[max(0, span.start - 6):span.start]):
            continue
        if (span.start, span.end) not in co_speakers:
            out.append(span)
    return out or others


def _speakers_list(sentence: str, spans: Sequence[Span], actor: str) -> set[tuple[int, int]]:
    """The spans of the list the speaker is named in ("Denmark, Finland, Iceland and Norway issued a joint message",
    "The governments of Argentina, Uruguay and Brazil"): its co-speakers, no target of theirs."""
    ordered = sorted(spans, key=lambda s: s.start)
    listed: set[tuple[int, int]] = set()
    for i, span in enumerate(ordered):
        if span.actor != actor:
            continue
        while i > 0 and _COORDINATION.match(sentence[ordered[i - 1].end:ordered[i].start]):
            i -= 1  # back to the list's first name, then the list forward from it
        listed |= {(s.start, s.end) for s in _coordinated(sentence, ordered[i], ordered)}
    return listed


def _coordinated(sentence: str, first: Span, spans: Sequence[Span]) -> list[Span]:
    """``first`` and the actors coordinated with it ("Y and Z", "Y, Z and W")."""
    out = [first]
    for span in spans:
        if span.start <= out[-1].end:
            continue
        if _COORDINATION.match(sentence[out[-1].end:span.start]):
            out.append(span)
        else:
            break
    return out


def _object_region(sentence: str, start: int, window: int = OBJECT_WINDOW) -> int:
    """End of the verb's object: the first clause break after ``start``, at most the window."""
    limit = min(len(sentence), start + window)
    match = _CLAUSE_BREAK.search(sentence, start, limit)
    return match.start() if match else limit


# An actor right after an act "on"/"against" it is the act's victim, not a target of the stance.
_VICTIM_BEFORE = re.compile(rf"(?:{ACTS}|threats?|hostility|war)\w*\s+(?:on|against|in|to)\s+(?:the\s+)?$", re.IGNORECASE)


# The one a judgement's speaker stands with: "solidarity with (the people of) X", "condolences to X", "stood by X".
_SOLIDARITY_WITH = re.compile(r"(?:solidarity|sympathy|sympathies|condolences|support|stands?|stood)\s+(?:with|to|for)\s+"
                              r"(?:the\s+)?(?:(?:government|people|families)\s+(?:and\s+(?:the\s+)?(?:government|people)\s+)?"
                              r"of\s+(?:the\s+)?)?$", re.IGNORECASE)


def _is_victim(sentence: str, span: Span) -> bool:
    return bool(_VICTIM_BEFORE.search(sentence[max(0, span.start - 40):span.start]))


def _is_agent(sentence: str, span: Span, stance: str = "") -> bool:
    """Whether ``span`` names the agent of an act: "X's offensive", "the X operation", "strikes by X"
    (or, for a statement that is not condemning, the holder of what is backed: "X's sovereignty")."""
    if stance != "condemning" and _ATTRIBUTE_AFTER.match(sentence[span.end:span.end + 40]):
        return True
    if _ACT_AFTER.match(sentence[span.end:span.end + 40]):
        return True
    before = sentence[max(0, span.start - 160):span.start]
    # The "strikes by X" pattern is slow to search and needs a "by": look for one first.
    return bool(_BY_WORD.search(before) and _BY_BEFORE_CI.search(before))


def _verbs(sentence: str, stance: str, speaker_spans: Sequence[Span]) -> list[re.Match[str]]:
    """Position verbs of the statement's stance (else of any stance), the speaker's own first."""
    found = list(_VERB_RE[stance].finditer(sentence)) if stance in _VERB_RE else []
    if not found:
        found = sorted((m for r in _VERB_RE.values() for m in r.finditer(sentence)), key=lambda m: m.start())
    if speaker_spans:
        after = [m for m in found if m.start() >= speaker_spans[0].end]
        before = [m for m in found if m.start() < speaker_spans[0].end]
        found = after + before[::-1]
    return found


def rule_agent_in_object(sentence: str, others: Sequence[Span], verbs: Sequence[re.Match[str]],
                         stance: str = "") -> list[Span]:
    """The agent of the act a position verb judges: "condemned Azerbaijan's offensive"."""
    for verb in verbs:
        end = _object_region(sentence, verb.end(), AGENT_WINDOW)
        inside = [s for s in others if verb.end() <= s.start < end]
        agents = [s for s in inside if _is_agent(sentence, s, stance)]
        if agents:
            return _coordinated(sentence, agents[0], inside)
    return []


def rule_verb_object(sentence: str, others: Sequence[Span], verbs: Sequence[re.Match[str]]) -> list[Span]:
    """The first actor in a position verb's object: "called on X to", "urged X", "backed X"."""
    for verb in verbs:
        end = _object_region(sentence, verb.end())
        inside = [s for s in others if verb.end() <= s.start < end and not _is_victim(sentence, s)]
        if inside:
            return _coordinated(sentence, inside[0], inside)
    return []


# A verb of saying and what may stand before the reported clause's subject: "said (that) (the) X ..."
_SAID_BEFORE = re.compile(r"\b(?:said|says|stated|added|charged|alleged|insisted|argued|maintained|noted|wrote|declared|"
                          r"told\s+(?:reporters|journalists|the\s+\w+))\s+(?:that\s+)?(?:the\s+)?$", re.IGNORECASE)


def rule_reported_subject(sentence: str, others: Sequence[Span], stance: str) -> list[Span]:
    """A judgement's reported subject: "the ministry said Russia was waging its war against marketplaces",
    "Colonna said Azerbaijan had chosen force" (what the clause says of its subject is the condemnation)."""
    if stance != "condemning":
        return []
    for span in others:
        if _SAID_BEFORE.search(sentence[max(0, span.start - 45):span.start]):
            return _coordinated(sentence, span, others)
    return []


def rule_addressee(sentence: str, others: Sequence[Span]) -> list[Span]:
    """The party an appeal is addressed to: "X must withdraw", "X should stop"."""
    for span in others:
        if _ADDRESSEE_AFTER.match(sentence[span.end:span.end + 30]):
            return _coordinated(sentence, span, others)
    return []


def rule_agent_anywhere(sentence: str, others: Sequence[Span], stance: str = "") -> list[Span]:
    """An act and its agent anywhere in the sentence: "X's offensive", "attacks by X"."""
    for span in others:
        if _is_agent(sentence, span, stance):
            return _coordinated(sentence, span, others)
    return []


def rule_first_other(others: Sequence[Span]) -> list[Span]:
    """The first other actor named: the fallback (and the old heuristic)."""
    return list(others[:1])


def find_targets(sentence: str, actor: str, stance: str, spans: Sequence[Span]) -> tuple[list[str], str]:
    """(targets, rule) of one statement; ([], "") for a neutral one or when no other actor is named."""
    if stance == "neutral":
        return [], ""
    if stance == "condemning":
        # "condemned the attack and expressed solidarity with the UAE": the victim, not at whom the condemnation aims
        spans = [s for s in spans if not _SOLIDARITY_WITH.search(sentence[max(0, s.start - 60):s.start])]
    others = _candidates(sentence, spans, actor)
    if not others:
        return [], ""
    speaker_spans = [s for s in spans if s.actor == actor]
    verbs = _verbs(sentence, stance, speaker_spans)
    for rule, found in (("agent", lambda: rule_agent_in_object(sentence, others, verbs, stance)),
                        ("reported_subject", lambda: rule_reported_subject(sentence, others, stance)),
                        ("object", lambda: rule_verb_object(sentence, others, verbs)),
                        ("addressee", lambda: rule_addressee(sentence, others)),
                        ("agent_anywhere", lambda: rule_agent_anywhere(sentence, others, stance)),
                        ("first_other", lambda: rule_first_other(others))):
        hits = found()
        if hits:
            return list(dict.fromkeys(s.actor for s in hits)), rule
    return [], ""


def target_of(sentence: str, actor: str, stance: str, registry: ActorRegistry) -> str:
    """The statement's target(s), ";"-joined ("" when none)."""
    return ";".join(find_targets(sentence, actor, stance, actor_spans(sentence, registry))[0])


def first_other(sentence: str, actor: str, registry: ActorRegistry) -> str:
    """The old heuristic: the first other actor the sentence names."""
    others = _others(actor_spans(sentence, registry), actor)
    return others[0].actor if others else ""


def statement_targets(statements: pd.DataFrame, registry: ActorRegistry) -> pd.DataFrame:
    """``TARGET_COLUMNS`` for every statement (sentence, actor, stance).

    A statement the model reads as neutral is given the target of its likeliest other stance (when
    the model's probabilities are there): the target is a matter of the sentence's structure, and a
    wrong neutral would otherwise also lose a right target. Optional columns: ``government`` (the
    state an unnamed "the authorities" means), ``doc`` and ``paragraph`` (for ``previous``)."""
    rows = []
    stances = statements["stance"]
    others = [c for c in ("p_condemning", "p_supporting", "p_calling_for_talks") if c in statements]
    if len(others) == 3:
        likeliest = statements[others].to_numpy().argmax(axis=1)
        names = [c[2:] for c in others]
        stances = [s if s != "neutral" else names[i] for s, i in zip(stances, likeliest)]
    governments = statements["government"] if "government" in statements else [""] * len(statements)
    seen: dict[tuple[str, str, str, str], tuple[str, str, str]] = {}  # repeated paragraphs: one reading each
    for key in zip(statements["sentence"], statements["actor"], stances, governments):
        if key not in seen:
            sentence, actor, stance, government = key
            spans = _with_government(sentence, actor_spans(sentence, registry), government)
            targets, rule = find_targets(sentence, actor, stance, spans)
            first = guess_target(sentence, actor, registry) if stance != "neutral" else ""
            seen[key] = (";".join(targets), rule, first)
        rows.append(seen[key])
    return pd.DataFrame(_carried(rows, statements, stances), columns=TARGET_COLUMNS, index=statements.index)


def _carried(rows: list[tuple[str, str, str]], statements: pd.DataFrame, stances: Sequence[str]) -> list[tuple[str, str, str]]:
    """A statement no rule gave a target takes the first target of the same actor's last statement before it in its
    paragraph ("France condemned Azerbaijan's offensive. It called the shelling of Stepanakert unacceptable."): the
    speaker goes on about the same party. Needs the frame's ``doc`` (and ``paragraph``), in document order."""
    if "doc" not in statements:
        return rows
    paragraphs = statements["paragraph"] if "paragraph" in statements else [None] * len(statements)
    last: dict[tuple[object, object, str], str] = {}
    out = []
    for row, doc, paragraph, actor, stance in zip(rows, statements["doc"], paragraphs, statements["actor"], stances):
        key = (doc, paragraph, actor)
        if row[0]:
            last[key] = row[0].split(";")[0]
        elif stance != "neutral" and key in last:
            row = (last[key], "previous", row[2])
        out.append(row)
    return out
