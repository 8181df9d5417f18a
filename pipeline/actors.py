"""Actors and the ways text names them.

Three sources, merged into one ``ActorRegistry``:

1. every sovereign state from the ``countryinfo`` package: name, alternative
   spellings, capital, demonym (demonyms only name a state together with a role
   noun: "the Azerbaijani presidency", "Turkish President", "French foreign ministry");
2. ``pipeline/data/organisations.csv``: international organisations, agencies,
   NGOs and metonyms ("the Kremlin", "White House") built into the tool;
3. the editable ``labels/actors.csv`` (``actor,alias,kind``): crisis-specific
   people and groups. Adding an actor is adding a row there.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from countryinfo.countryinfo import load_countries

from pipeline import config

ALIAS_COLUMNS = ("actor", "alias", "kind")
# The actor column of names that must be recognised only so that they are *not*
# taken for actors: news agencies and institutes ("Agence France Presse" is not France).
NOT_AN_ACTOR = "-"

# Dependencies and historical entries in countryinfo that are not states.
_NOT_STATES = {
    "American Samoa", "Anguilla", "Antarctica", "Antilles néerlandaises", "Aruba", "Bermuda",
    "Bonaire, Sint Eustatius and Saba", "Bouvet Island", "British Indian Ocean Territory",
    "Cayman Islands", "Christmas Island", "Cocos (Keeling) Islands", "Cook Islands", "Curaçao",
    "Falkland Islands", "Faroe Islands", "French Guiana", "French Polynesia",
    "French Southern and Antarctic Lands", "Gibraltar", "Greenland", "Guadeloupe", "Guam",
    "Guernsey", "Heard Island and McDonald Islands", "Hong Kong", "Isle of Man", "Jersey", "Macau",
    "Martinique", "Mayotte", "Montserrat", "New Caledonia", "Niue", "Norfolk Island",
    "Northern Mariana Islands", "Pitcairn Islands", "Puerto Rico", "Réunion", "Saint Barthélemy",
    "Saint Helena", "Saint Martin (French part)", "Saint Pierre and Miquelon", "Scotland",
    "Serbia and Montenegro", "Sint Maarten (Dutch part)", "South Georgia", "Svalbard and Jan Mayen",
    "Tokelau", "Turks and Caicos Islands", "United States Minor Outlying Islands",
    "Virgin Islands, British", "Virgin Islands, U.S.", "Wales", "Wallis and Futuna", "Åland Islands",
    "Palestine, State of", "Vatican City State", "Burma",
}
# countryinfo names that differ from the name an analyst expects in a table.
_RENAME = {
    "Republic of Macedonia": "North Macedonia",
    "Swaziland": "Eswatini",
    "Holy See (Vatican City State)": "Holy See",
    "The Bahamas": "Bahamas",
    "The Gambia": "Gambia",
}
# Capitals that are also ordinary words or common names.
_AMBIGUOUS_CAPITALS = {"Victoria", "Kingston", "Male", "Malé", "Georgetown", "Castries", "Basseterre"}

# Nouns that, after a demonym, name a state's voice ("the Armenian health minister").
ROLE_NOUNS = (
    "prime minister", "foreign minister", "defence minister", "defense minister", "minister",
    "ministry", "president", "presidency", "premier", "chancellor", "government", "authorities",
    "officials", "official", "diplomacy", "diplomats", "diplomat", "ambassador", "envoy",
    "spokesperson", "spokesman", "spokeswoman", "army", "military", "side", "security services",
    "parliament", "leader", "leadership", "head of state", "embassy", "delegation", "state media",
    "administration", "cabinet", "king", "emir", "foreign office", "security council", "senator",
    "counterpart", "source", "presidential office", "national assembly",
)


@dataclass(frozen=True)
class Mention:
    """A span of a sentence that names an actor."""

    start: int
    end: int
    text: str
    actor: str
    kind: str


@dataclass(frozen=True)
class Alias:
    actor: str
    alias: str
    kind: str


def _clean_spellings(values: list[str]) -> list[str]:
    """Keep alternative spellings a news text could use: Latin script, no bare codes."""
    keep = []
    for value in values:
        if len(value) <= 3 and value.isupper():
            continue  # ISO codes ("AM", "ARM") are rarely names in prose
        if not re.fullmatch(r"[A-Za-zÀ-ÿ' .()-]+", value):
            continue
        keep.append(value)
    return keep


@lru_cache(maxsize=1)
def country_aliases() -> tuple[tuple[Alias, ...], tuple[Alias, ...]]:
    """(name aliases, demonym aliases) for every state countryinfo knows."""
    names: list[Alias] = []
    demonyms: list[Alias] = []
    for entry in load_countries()["countries"].values():
        raw_name = entry.get("name", "")
        if not raw_name or raw_name in _NOT_STATES:
            continue
        actor = _RENAME.get(raw_name, raw_name)
        spellings = {raw_name, actor, *_clean_spellings(entry.get("altSpellings") or [])}
        for spelling in sorted(spellings):
            names.append(Alias(actor, spelling, "country"))
        capital = (entry.get("capital") or "").replace(" D.C.", "").strip()
        if capital and capital not in _AMBIGUOUS_CAPITALS:
            names.append(Alias(actor, capital, "capital"))
        demonym = (entry.get("demonym") or "").strip()
        if demonym:
            demonyms.append(Alias(actor, demonym, "demonym"))
    return tuple(names), tuple(demonyms)


def read_alias_csv(path: Path) -> list[Alias]:
    """Rows of an ``actor,alias,kind`` file; raises ValueError naming the bad line."""
    aliases: list[Alias] = []
    with path.open(encoding="utf-8-sig", newline="") as handle:
        reader = csv.DictReader(handle)
        missing = [c for c in ALIAS_COLUMNS if c not in (reader.fieldnames or [])]
        if missing:
            raise ValueError(f"{path}:1: missing column(s) {', '.join(missing)}")
        for line, row in enumerate(reader, start=2):
            actor, alias = (row.get("actor") or "").strip(), (row.get("alias") or "").strip()
            if not actor or not alias:
                raise ValueError(f"{path}:{line}: actor and alias must both be filled in")
            aliases.append(Alias(actor, alias, (row.get("kind") or "").strip() or "alias"))
    return aliases


class ActorRegistry:
    """Finds actor mentions in text and maps them to canonical actor names."""

    def __init__(self, aliases: list[Alias], demonyms: list[Alias]) -> None:
        # Later sources win: a crisis file may re-map an alias the built-ins know.
        self._by_alias: dict[str, Alias] = {}
        for alias in aliases:
            self._by_alias[alias.alias] = alias
        self._by_demonym: dict[str, Alias] = {}
        for demonym in demonyms:
            # countryinfo gives some demonyms to two states ("American"); the built-in
            # demonym rows, read last, settle those.
            self._by_demonym[demonym.alias] = demonym
        self.actors: frozenset[str] = frozenset(
            a.actor for a in [*self._by_alias.values(), *self._by_demonym.values()]
        ) - {NOT_AN_ACTOR}
        self._alias_re = self._compile(self._by_alias)
        roles = "|".join(re.escape(r).replace(r"\ ", r"\s+") for r in sorted(ROLE_NOUNS, key=len, reverse=True))
        demonyms_alt = "|".join(re.escape(d) for d in sorted(self._by_demonym, key=len, reverse=True))
        # Demonym, up to three modifiers ("Defense", "health", "foreign ministry"), then a role noun.
        self._demonym_re = re.compile(rf"(?<![\w])(?:{demonyms_alt})s?(?![\w])")
        self._role_re = re.compile(
            rf"(?<![\w-])(?P<dem>{demonyms_alt})(?:\s+[A-Za-z-]+){{0,3}}?\s+(?i:{roles})(?![\w-])"
        )

    @staticmethod
    def _compile(table: dict[str, Alias]) -> re.Pattern[str]:
        alternatives = "|".join(re.escape(a) for a in sorted(table, key=len, reverse=True))
        # Not inside a word or a hyphenated compound ("EU-brokered", "Brussels-based").
        return re.compile(rf"(?<![\w-])(?:{alternatives})(?![\w]|-\w)")

    @classmethod
    def load(cls, extra: Path | None = config.ACTOR_ALIASES) -> "ActorRegistry":
        names, demonyms = country_aliases()
        builtin = read_alias_csv(config.BUILTIN_ACTORS)
        aliases = [*names, *(a for a in builtin if a.kind != "demonym")]
        more_demonyms = [*demonyms, *(a for a in builtin if a.kind == "demonym")]
        if extra is not None and extra.exists():
            crisis = read_alias_csv(extra)
            aliases.extend(a for a in crisis if a.kind != "demonym")
            more_demonyms.extend(a for a in crisis if a.kind == "demonym")
        return cls(aliases, more_demonyms)

    def records(self) -> list[dict[str, str]]:
        """The whole actor table as plain rows (``actor, alias, kind``): what a saved model carries."""
        return [{"actor": a.actor, "alias": a.alias, "kind": a.kind}
                for a in [*self._by_alias.values(), *self._by_demonym.values()]]

    @classmethod
    def from_records(cls, records: list[dict[str, str]]) -> "ActorRegistry":
        rows = [Alias(r["actor"], r["alias"], r["kind"]) for r in records]
        return cls([a for a in rows if a.kind != "demonym"], [a for a in rows if a.kind == "demonym"])

    def mentions(self, text: str) -> list[Mention]:
        """Non-overlapping actor mentions, left to right; the longest wins a tie."""
        found: list[tuple[int, int, int, Mention]] = []
        for match in self._alias_re.finditer(text):
            alias = self._by_alias[match.group()]
            found.append((match.start(), -(match.end() - match.start()), 0,
                          Mention(match.start(), match.end(), match.group(), alias.actor, alias.kind)))
        for match in self._role_re.finditer(text):
            actor = self._by_demonym[match.group("dem")].actor
            found.append((match.start(), -(match.end() - match.start()), 1,
                          Mention(match.start(), match.end(), match.group(), actor, "role")))
        found.sort(key=lambda item: item[:3])
        out: list[Mention] = []
        for _, _, _, mention in found:
            if out and mention.start < out[-1].end:
                continue
            out.append(mention)
        return out

    def demonyms(self, text: str) -> list[tuple[int, int]]:
        """Spans of bare demonyms ("Azerbaijani offensive"), which name a side without a speaker."""
        return [m.span() for m in self._demonym_re.finditer(text)]

    def resolve(self, name: str) -> str | None:
        """The canonical actor a single name stands for, if any."""
        if name in self.actors:
            return name
        hits = self.mentions(name)
        if len(hits) == 1 and hits[0].start == 0 and hits[0].end == len(name):
            return hits[0].actor
        return None


@lru_cache(maxsize=4)
def default_registry(extra: Path | None = config.ACTOR_ALIASES) -> ActorRegistry:
    return ActorRegistry.load(extra)
