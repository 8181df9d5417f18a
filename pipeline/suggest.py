"""Suggest the actors a crisis needs: names that speak in the articles but resolve to no actor.

A name is a candidate when it is used the way a speaker is:

- the subject of a position verb ("John Roe said", "Jane Doe, the ..., condemned");
- introduced with a role, before or after it ("the Ghanaian government spokesman John Roe",
  "John Roe, the Ghanaian government spokesman,", "Canadian Foreign Minister Jane Doe");
- the speaker of an inverted quotation or of "according to" ("..., said John Roe").

Names the registry already resolves are left out: the suggestions are for people and bodies it
does not know at all, which is why a row added for them persists across articles (attribution
handles a role-introduced person within one article on its own).

For each name: how many sentences name it, two example sentences, and a proposed
``actor,alias,kind`` row when a role names a state (a demonym or a country name the registry
knows: "the Ghanaian ... spokesman", "Ghana's foreign minister") or a body ("spokesman for the
African Union"); a name that is itself a body ("the Tigray Interim Administration said") is
proposed as its own actor. A surname used alone ("Roe said") inherits the proposal of the full
name it ends ("John Roe") in the same documents.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable

import pandas as pd

from pipeline.actors import ROLE_NOUNS, Alias, ActorRegistry, read_alias_csv
from pipeline.attribution import VERB_FORMS

# Roles of independent people, who are actors under their own name ("analyst Tom Brick").
INDEPENDENT_ROLES = frozenset("""
analyst analysts researcher scholar expert professor resident residents activist journalist historian
economist commentator witness refugee survivor doctor lawyer teacher farmer student nurse trader
""".split())
# Title-case words that belong to a role, never to a name ("Foreign Minister Jane Doe").
TITLE_WORDS = frozenset("""
minister prime foreign defence defense interior finance information communications health humanitarian
affairs president vice secretary general secretary-general spokesman spokeswoman spokesperson ambassador
envoy special chancellor premier king queen emir senator governor mayor commander colonel lieutenant
major marshal chief director deputy head chairman chair chairperson commissioner representative mr mrs ms
dr sheikh professor prof director-general archbishop bishop pope rev sir lord lady judge justice attorney adviser advisor
spokesmen officials official army military police state government ministry commissioner-general
""".split()) | INDEPENDENT_ROLES
# The last word of a body's name: "Tigray Interim Administration", "Fano Militia", "Rights Council".
BODY_HEADS = frozenset("""
administration front forces force party council committee commission union movement army militia
alliance agency organisation organization ministry office group coalition authority authorities
government assembly parliament court tribunal institute foundation network league bank fund programme
program mission brigade battalion corps federation association society church
""".split())
# Capitalised words that open sentences or clauses and never start a name.
NOT_NAME_STARTS = frozenset("""
the a an but and or in on at after before as if when while since though although this that these those
it its he she they we his her their our on monday tuesday wednesday thursday friday saturday sunday
january february march april may june july august september october november december meanwhile
however earlier later speaking asked according yet also still separately elsewhere instead both
""".split())
NAME_CONNECTORS = frozenset({"of", "for", "de", "del", "da", "van", "von", "al", "bin", "ibn", "la", "le", "the",
                             "and"})
# Between a subject and its verb: "John Roe also said", "Jane Doe on Monday condemned".
_ADVERB = r"(?:\s+(?:also|again|later|earlier|then|further|separately|repeatedly|strongly|sharply|"\
          r"firmly|publicly|\w+ly|on\s+\w+day|in\s+a\s+statement))*"
_CAP = r"[A-Z][\w'’-]*"
# A run of capitalised words, with lower-case connectors inside ("Ministry of Foreign Affairs").
_RUN = rf"{_CAP}(?:\s+(?:(?:{'|'.join(sorted(NAME_CONNECTORS))})\s+)*{_CAP})*"
_RUN_RE = re.compile(rf"(?<![\w'’-]){_RUN}")
_ROLE_NOUN_RE = re.compile(
    r"(?i)\b(?:" + "|".join(re.escape(r).replace(r"\ ", r"\s+")
                            for r in sorted({*ROLE_NOUNS, *TITLE_WORDS} - {"side", "source"}, key=len,
                                            reverse=True)) + r")\b")
# A role noun right before a name: "the Ghanaian government spokesman John Roe".
_ROLE_END_RE = re.compile(_ROLE_NOUN_RE.pattern + r"\s*,?\s*$")
# Up to two asides between a subject and its verb: "Mebrat Gebru, 34, who walked for four days, said".
_ASIDES = re.compile(r"^(?:,\s*[^,;:“”\"]{1,100}?){1,2},")
_VERBS = "|".join(sorted(VERB_FORMS, key=len, reverse=True))
_VERB_AFTER = re.compile(rf"^{_ADVERB}\s+(?:has\s+|had\s+|have\s+)?(?:{_VERBS})\b")
_APPOSITIVE_AFTER = re.compile(r"^,\s*(?P<role>(?:the|a|an|its|his|her)?\s*[^,;:“”\"]{3,90}?),")
_INVERTED_BEFORE = re.compile(r"(?:\b(?:said|says|added|adds|wrote|stated|according\s+to)\s+"
                              r"(?P<role>(?:[\w'’-]+\s+){0,6}?)?)$")
_ROLE_BEFORE = re.compile(r"(?P<role>(?:\b[\w'’-]+[\s]+){1,7})$")
_PERSON_NAME = re.compile(rf"^{_CAP}(?:\s+(?:(?:de|van|von|al|bin|ibn|la|le|del|da)\s+)?{_CAP}){{1,3}}$")
_SURNAME = re.compile(rf"^{_CAP}$")
INDEPENDENT = "(independent)"
_NAME_ENDS = re.compile(r"^(?:\s*[,.;:!?)]|\s*$|\s+(?:on|in|at|to|that|who|after|when|of|as|before)\b)")
_AFTER_PREPOSITION = re.compile(r"\b(?:of|in|to|from|at|by|with|for|on|near|into|across|toward|towards|and)\s+$")
_NOT_IN_ROLE = {"that", "whether", "if", "it", "they", "he", "she", "we", "on", "in", "to", "was", "is", "would"}


@dataclass
class Suggestion:
    """A name that speaks but resolves to no actor, and the row proposed for it."""

    name: str
    count: int = 0
    examples: list[tuple[str, str]] = field(default_factory=list)  # (doc, sentence)
    roles: list[str] = field(default_factory=list)
    actor: str = ""
    kind: str = ""

    @property
    def row(self) -> Alias | None:
        return Alias(self.actor, self.name, self.kind) if self.actor else None


def alias_row_text(alias: Alias) -> str:
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="").writerow([alias.actor, alias.alias, alias.kind])
    return buffer.getvalue()


def _split_run(run: str, registry: ActorRegistry) -> tuple[str, str]:
    """(title prefix, name) of a capitalised run: "Canadian Foreign Minister Jane Doe" gives
    ("Canadian Foreign Minister", "Jane Doe"); a body's name is kept whole."""
    words = run.split()
    while words and words[0].lower() in NOT_NAME_STARTS:
        words = words[1:]
    if not words:
        return "", ""
    if len(words) >= 2 and words[-1].lower() in BODY_HEADS:
        return "", " ".join(words)
    cut = 0
    for i, word in enumerate(words):
        bare = word.lower().strip(".,")
        if bare in TITLE_WORDS or registry.demonyms(word) or registry.resolve(word.rstrip("'’s")):
            cut = i + 1
    return " ".join(words[:cut]), " ".join(words[cut:])


def _is_name(name: str) -> bool:
    words = name.split()
    if not words or words[0].lower() in NOT_NAME_STARTS:
        return False
    if words[-1].lower() in BODY_HEADS and len(words) >= 2:
        return True
    return bool(_PERSON_NAME.match(name) or _SURNAME.match(name)) and not name.isupper()


def _role_actor(role: str, registry: ActorRegistry) -> str:
    """The state or body a role phrase names ("the Ghanaian government spokesman" -> Ghana)."""
    if not role or not _ROLE_NOUN_RE.search(role):
        return ""
    for mention in registry.mentions(role):
        # A capital in a role is a place ("negotiator at the Pretoria talks"), not the one represented.
        if mention.actor != "-" and mention.kind != "capital":
            return mention.actor
    for start, end in registry.demonyms(role):
        resolved = registry.resolve(role[start:end] + " government")
        if resolved:
            return resolved
    if not registry.mentions(role) and set(re.findall(r"[a-z]+", role.lower())) & INDEPENDENT_ROLES:
        return INDEPENDENT
    # "spokesman for the Tigray Interim Administration": a body the registry does not know yet.
    body = re.search(rf"\b(?:for|of)\s+(?:the\s+)?(?P<body>{_RUN})", role)
    if body and body.group("body").split()[-1].lower() in BODY_HEADS:
        return body.group("body")
    return ""


def _candidates(sentence: str, registry: ActorRegistry) -> Iterable[tuple[str, str]]:
    """(name, role phrase) for each unknown name used as a speaker in the sentence."""
    known = [(m.start, m.end) for m in registry.mentions(sentence)]
    for match in _RUN_RE.finditer(sentence):
        prefix, name = _split_run(match.group(), registry)
        if not name or not _is_name(name) or re.search(r"['’]s?$|-[a-z]", name):
            continue  # a possessive ("Abiy's government") or a compound ("Union-led") is not the speaker
        if any(a == 0 and b == len(name) for a, b in registry.demonyms(name)):
            continue  # "South African"
        start = match.start() + match.group().rindex(name)
        end = start + len(name)
        if any(a < end and start < b for a, b in known) or registry.resolve(name):
            continue
        before, after = sentence[:start], sentence[end:]
        appositive = _APPOSITIVE_AFTER.match(after)
        role = ""
        if prefix:
            role = sentence[max(0, start - 80):start]
            role = _ROLE_BEFORE.search(role).group("role") if _ROLE_BEFORE.search(role) else prefix
        elif _ROLE_END_RE.search(before) and (lower := _ROLE_BEFORE.search(before)):
            role = re.split(r"[,;:“”\"(]|\b(?:who|which|that|and|said|says|with|after|by|while)\b",
                            lower.group("role"))[-1]
        if appositive and _ROLE_NOUN_RE.search(appositive.group("role")):
            role = role or appositive.group("role")
        asides = _ASIDES.match(after)
        rest = after[asides.end():] if asides and _VERB_AFTER.match(after[asides.end():]) else after
        inverted = _INVERTED_BEFORE.search(before)
        between = (inverted.group("role") or "").strip() if inverted else ""
        if inverted and between and (set(between.lower().split()) & _NOT_IN_ROLE or not _ROLE_END_RE.search(between)):
            inverted = None  # "added that Lome would", "said 35 trucks had reached Shire": not the speaker
        if inverted and not _NAME_ENDS.match(after):
            inverted = None  # "said Tigrayan forces would": the name is only part of the subject
        subject = bool(_VERB_AFTER.match(rest)) and not _AFTER_PREPOSITION.search(before)
        speaks = subject or bool(inverted)
        if speaks or (role.strip() and len(name.split()) >= 2):
            yield name, role.strip()


def suggest_actors(sentences: pd.DataFrame, registry: ActorRegistry) -> list[Suggestion]:
    """Unknown speakers in a sentence frame (``doc``, ``sentence``), most frequent first."""
    found: dict[str, Suggestion] = {}
    for doc, sentence in zip(sentences["doc"], sentences["sentence"]):
        for name, role in _candidates(sentence, registry):
            item = found.setdefault(name, Suggestion(name))
            if (doc, sentence) not in item.examples and len(item.examples) < 2:
                item.examples.append((doc, sentence))
            if role and role not in item.roles:
                item.roles.append(role)
    # Count every sentence that names the candidate, not only those where it speaks.
    patterns = {name: re.compile(rf"(?<![\w-]){re.escape(name)}(?![\w-])") for name in found}
    for sentence in sentences["sentence"]:
        for name, pattern in patterns.items():
            if pattern.search(sentence):
                found[name].count += 1
    for item in found.values():
        # The state or body most of its roles name (the first named wins a tie).
        named = [a for a in (_role_actor(role, registry) for role in item.roles) if a]
        if named:
            item.actor = max(named, key=named.count)
            item.actor = item.name if item.actor == INDEPENDENT else item.actor
        words = item.name.split()
        if item.actor:
            item.kind = "body" if words[-1].lower() in BODY_HEADS else "person"
        elif len(words) >= 2 and words[-1].lower() in BODY_HEADS:
            item.actor, item.kind = item.name, "body"
    # A surname (or a first name, as in "Abiy") alone takes the proposal of the one full name it is part of.
    full_names = [s for s in found.values() if len(s.name.split()) >= 2 and s.actor]
    for item in found.values():
        if not item.actor and len(item.name.split()) == 1:
            owners = {s.actor for s in full_names if s.name.split()[-1] == item.name}
            owners = owners or {s.actor for s in full_names if s.name.split()[0] == item.name}
            if len(owners) == 1:
                item.actor, item.kind = owners.pop(), "person"
    ranked = sorted(found.values(), key=lambda s: (-s.count, s.name))
    return [s for s in ranked if s.count > 0]


# --- the actors file ------------------------------------------------------------------------------


class ActorsFileError(Exception):
    """The actors file is not valid; the message names the line."""


def check_actors_file(path: Path) -> list[Alias]:
    """The rows of a valid actors file (built with the registry as ``stance`` would load it)."""
    if not path.exists():
        return []
    try:
        rows = read_alias_csv(path)
        ActorRegistry.load(path)
    except (ValueError, OSError, UnicodeDecodeError) as error:
        raise ActorsFileError(str(error)) from error
    return rows


def known_alias(alias: str, rows: list[Alias], registry: ActorRegistry) -> bool:
    """Whether the alias is already in the file or already resolves to an actor."""
    return any(r.alias == alias for r in rows) or registry.resolve(alias) is not None


def append_rows(path: Path, new: list[Alias]) -> list[Alias]:
    """Append the rows whose alias is new to the actors file (written atomically) and check the
    file after; returns the rows written. On a failed check the file is restored."""
    from pipeline.persistence import atomic_write_bytes

    existing = check_actors_file(path)
    seen = {r.alias for r in existing}
    rows = []
    for row in new:
        if row.alias not in seen:
            seen.add(row.alias)
            rows.append(row)
    if not rows:
        return []
    before = path.read_bytes() if path.exists() else b""
    text = before.decode("utf-8-sig") if before else "actor,alias,kind\n"
    if text and not text.endswith("\n"):
        text += "\n"
    text += "".join(alias_row_text(r) + "\n" for r in rows)
    atomic_write_bytes(path, text.encode("utf-8"))
    try:
        check_actors_file(path)
    except ActorsFileError:
        if before:
            atomic_write_bytes(path, before)
        else:
            path.unlink(missing_ok=True)
        raise
    return rows


def parse_row(text: str) -> Alias | None:
    """An ``actor,alias,kind`` row typed by the user (CSV quoting allowed); None if malformed."""
    try:
        values = next(csv.reader([text.strip()]))
    except (csv.Error, StopIteration):
        return None
    values = [v.strip() for v in values]
    if len(values) == 2:
        values.append("person")
    if len(values) != 3 or not values[0] or not values[1]:
        return None
    return Alias(*values)
