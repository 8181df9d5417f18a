"""The stance cue lexicon, written here from the labelling guide's definitions.

It feeds the model's ``cues`` features, the keyword-lexicon baseline, and the test of whether
an opinion author's own sentence takes a position (``takes_position``).
"""

from __future__ import annotations

import re

STANCE_CUES: dict[str, tuple[str, ...]] = {
    "condemning": (
        "condemn", "denounc", "accus", "blame", "illegal", "unjustifiab", "inadmissib", "aggression",
        "crime", "cleansing", "complicit", "responsible", "unacceptable", "not acceptable", "deplor",
        "decr", "slam", "violat", "provocat", "atrocit", "outrage", "reject", "protest", "threat",
        "robust reaction", "tough response", "red line", "sanction", "terroris", "genocide", "abandon", "lie",
        "not true", "setback", "brutal", "invasion", "occupation", "retaliat", "summon", "expel",
    ),
    "supporting": (
        "support", "solidarity", "welcome", "admire", "praise", "hail", "commend", "backed", "backs",
        "assistance", "aid", "provide", "supply", "supplies", "equipment", "donat", "pledg", "grant",
        "thank", "stand with", "by the side", "ally", "allies", "allied", "endorse", "approv", "congratulat", "help",
    ),
    "calling_for_talks": (
        "call on", "called on", "calls on", "urge", "negotiat", "dialogue", "talks", "meeting",
        "mediat", "ceasefire", "cease-fire", "cessation", "de-escalat", "restraint", "peaceful",
        "peace", "diplomac", "protect civilians", "humanitarian access", "cease", "stop the",
        "resume", "resolve", "table", "calm", "appeal", "political solution", "ensure",
    ),
}


# Cues match at the start of a word ("aid" is not in "said", "table" not in "stable").
_CUE_PATTERNS = [re.compile(r"(?i)\b(?:" + "|".join(re.escape(c) for c in sorted(cues, key=len, reverse=True)) + ")")
                 for cues in STANCE_CUES.values()]
_NEGATION_PATTERN = re.compile(r"(?i)n't\b|\b(?:not|never|no|without)\b|\b(?:refus|declin)")


# An appeal or a prescription ("the EU must ensure...", "sanctions should follow") is a position
# even with no cue word: the guide counts a "must" appeal.
_DEONTIC = re.compile(r"(?i)\b(?:must|should|ought to|needs? to|has to|have to|cannot|can't)\b")


def cue_counts(text: str) -> list[int]:
    """How many cue words of each stance, then how many negations, the text holds."""
    counts = [len(pattern.findall(text)) for pattern in _CUE_PATTERNS]
    counts.append(len(_NEGATION_PATTERN.findall(text)))
    return counts


def takes_position(sentence: str) -> bool:
    """Whether a sentence carries a judgement, an appeal or support by its words alone."""
    return bool(_DEONTIC.search(sentence)) or any(cue_counts(sentence)[:len(STANCE_CUES)])
