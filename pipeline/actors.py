"""Actors and the ways text names them.

Three sources, merged into one ``ActorRegistry``:

1. every sovereign state from the ``countryinfo`` package: name, alternative
   spellings, capital, demonym (demonyms only name a state together with a role
   noun: "the Azerbaijani presidency", "Turkish President", "French foreign ministry");
2. ``pipeline/data/organisations.csv``: international organisations, agencies,
   NGOs and metonyms ("the Kremlin", "White House") built into the tool;
3. ``pipeline/data/officeholders.csv`` (``actor,name,role,from,to,source``): well-known
   office holders with the dates of their office; a full name or an unshared surname names
   the state or body the person held office for on the document's date;
4. an optional crisis file such as ``labels/actors.csv`` (``actor,alias,kind``): crisis-specific
   people and groups, passed in by the caller. Adding an actor is adding a row there.

The registry is a value: ``records()``/``from_records()`` give and take its rows as plain data,
and it pickles through them. Matching is one Aho-Corasick pass with word-boundary checks.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path

import ahocorasick
from countryinfo.countryinfo import load_countries

from pipeline import config, vocabulary
from pipeline.memo import Memo

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
# Seats of government other than the capital countryinfo gives: "the union government in Dar es Salaam" (Tanzania's
# largest city, where its government long sat after Dodoma became the capital; Britannica, "Dar es Salaam"); also
# keeps "Dar" of the city's name from matching Pakistan's Ishaq Dar
_SEATS_OF_GOVERNMENT = {"Dar es Salaam": "Tanzania"}

# Nouns that, after a demonym, name a state's voice ("the Armenian health minister").
ROLE_NOUNS = vocabulary.words(vocabulary.DEMONYM)


# Sentences whose mentions a registry remembers (a batch's worth of statements and their sentences).
MENTION_MEMO_SIZE = 20_000


@dataclass(frozen=True)
class Mention:
    """A span of a sentence that names an actor."""

    start: int
    end: int
    text: str
    actor: str
    kind: str


# Bodies of an organisation whose names states give their own "National ..." councils.
_NATIONAL_NAMESAKES = {"Security Council", "Human Rights Council"}
# A capitalised word before a namesake that still names the organisation's body ("the UN Security Council") or
# opens a sentence ("The Security Council", "At Security Council consultations")
_NAMESAKE_OPENERS = {"UN", "U.N.", "The", "A", "An", "In", "At", "On", "By", "As", "When", "After", "Before", "Since",
                     "During", "Within", "Inside", "Outside", "Both",
                     # a headline's "Minister Tells Human Rights Council"
                     "Tells", "Told", "Addresses", "Briefs", "Urges", "Warns", "To", "Of", "From", "For",
                     "Before", "With"}


def _namesake_owner(text: str, start: int) -> bool:
    """Does a capitalised word before the namesake at ``start`` make it another body's ("the National Security
    Council", "the Regional Security Council", "the Russian Security Council")?"""
    word = re.search(r"([A-Z][\w.-]*)\s+$", text[max(0, start - 30):start])
    return word is not None and word.group(1) not in _NAMESAKE_OPENERS


# Social-media platforms, which copy names mostly as the medium a speaker posts on
_PLATFORMS = {"Facebook", "Twitter", "Telegram", "Instagram", "YouTube", "TikTok", "WhatsApp"}
_PLATFORM_THING = re.compile(r"\s+(?:post|posts|posting|page|pages|account|accounts|user|users|video|videos|live|"
                             r"message|messages|channel|channels|feed|story|stories|thread|handle|profile|group|broadcast)\b")
# (the longest "through his official verified " is well inside this reach: no need to scan the whole text before)
_PLATFORM_REACH = 60
_ON_A_PLATFORM = re.compile(r"\b(?:on|via|through|over)\s+(?:(?:his|her|its|their|the|a|an|our|my|official|own|"
                            r"verified)\s+){0,3}$")


# British services whose names other monarchies' services carry with their state after "of" ("Royal Navy of Oman")
_ROYAL_SERVICES = {"Royal Navy", "Royal Air Force"}


@dataclass(frozen=True)
class Alias:
    actor: str
    alias: str
    kind: str


# Alternative spellings countryinfo gives that English copy uses for something else: a common word
# ("Island": "The Island Courier", "Rhode Island"), a first name ("Dominique de Villepin"), or a demonym
# that names a state only beside a role word ("Thai Airways", "Togolese opposition parties").
_NOT_SPELLINGS = {"Island", "Dominique", "Thai", "Togolese", "Montenegrin"}


def _clean_spellings(values: list[str]) -> list[str]:
    """Keep alternative spellings a news text could use: Latin script, no bare codes, no English words."""
    keep = []
    for value in values:
        if len(value) <= 3 and value.isupper():
            continue  # ISO codes ("AM", "ARM") are rarely names in prose
        if value in _NOT_SPELLINGS:
            continue
        if not re.fullmatch(r"[A-Za-zÀ-ÿ' .()-]+", value):
            continue
        keep.append(value)
    return keep


def _state_entries() -> list[tuple[str, dict]]:
    """(actor, countryinfo entry) of every state: dependencies and historical entries left out, names as the tables
    write them."""
    return [(_RENAME.get(entry["name"], entry["name"]), entry) for entry in load_countries()["countries"].values()
            if entry.get("name") and entry["name"] not in _NOT_STATES]


@lru_cache(maxsize=1)
def city_states(path: Path = config.BUILTIN_CITIES) -> dict[str, str]:
    """City name -> the state it lies in, for datelines that name a city but no capital ("UTRECHT –", "DAVAO CITY,"):
    GeoNames' cities of 100,000 people or more ("St." spelt "Saint"), a name two states' large cities share left out
    (Hyderabad)."""
    states = {(entry.get("ISO") or {}).get("alpha2"): actor for actor, entry in _state_entries()}
    with path.open(encoding="utf-8", newline="") as handle:
        return {row["city"]: states[row["country_code"]] for row in csv.DictReader(handle)
                if row["country_code"] in states}


@lru_cache(maxsize=1)
def country_aliases() -> tuple[tuple[Alias, ...], tuple[Alias, ...]]:
    """(name aliases, demonym aliases) for every state countryinfo knows."""
    names: list[Alias] = []
    demonyms: list[Alias] = []
    for actor, entry in _state_entries():
        raw_name = entry["name"]
        spellings = {raw_name, actor, *_clean_spellings(entry.get("altSpellings") or [])}
        spellings |= {s.replace("-", " ") for s in spellings if "-" in s}  # copy writes "Guinea Bissau" too
        for spelling in sorted(spellings):
            names.append(Alias(actor, spelling, "country"))
        capital = (entry.get("capital") or "").replace(" D.C.", "").strip()
        if capital and capital not in _AMBIGUOUS_CAPITALS:
            names.extend(Alias(actor, c, "capital") for c in sorted({capital, capital.replace("-", " ")}))
        names.extend(Alias(actor, seat, "capital") for seat, state in _SEATS_OF_GOVERNMENT.items() if state == actor)
        demonym = (entry.get("demonym") or "").strip()
        if demonym:
            demonyms.append(Alias(actor, demonym, "demonym"))
    return tuple(names), tuple(demonyms)


@lru_cache(maxsize=1)
def _state_codes() -> tuple[dict[str, str], dict[str, str]]:
    """(country-code top-level domain -> state, international calling code -> state), for states only and only
    the codes one state holds ("+1" is shared by many)."""
    tlds: dict[str, set[str]] = {}
    calling: dict[str, set[str]] = {}
    for actor, entry in _state_entries():
        for tld in entry.get("tld") or []:
            tlds.setdefault(tld.lower().lstrip("."), set()).add(actor)
        for code in entry.get("callingCodes") or []:
            calling.setdefault(str(code).strip(), set()).add(actor)
    return ({k: next(iter(v)) for k, v in tlds.items() if len(v) == 1 and k},
            {k: next(iter(v)) for k, v in calling.items() if len(v) == 1 and k})


def state_of_domain(host: str) -> str | None:
    """The state whose country-code domain a host name ends on ("www.minrel.gob.cl": Chile), else None."""
    return _state_codes()[0].get(host.lower().rstrip(".").rsplit(".", 1)[-1]) if "." in host else None


def state_of_calling_code(code: str) -> str | None:
    """The state an international calling code ("56", from "+56 2 2827 4200") belongs to, else None."""
    return _state_codes()[1].get(code)


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


@dataclass(frozen=True)
class OfficeHolder:
    """A row of ``pipeline/data/officeholders.csv``: who held which office, from when to when."""

    actor: str
    name: str
    role: str
    start: str  # ISO "YYYY-MM-DD"; empty: since always
    end: str  # ISO "YYYY-MM-DD"; empty: still in office
    source: str = ""

    def in_office(self, date: str) -> bool:
        return (not self.start or self.start <= date) and (not self.end or date <= self.end)


OFFICEHOLDER_COLUMNS = ("actor", "name", "role", "from", "to", "source")
# One record per alias, demonym or office-holder row: what ``records`` gives and ``from_records`` takes.
RECORD_COLUMNS = ("actor", "alias", "kind", "role", "from", "to", "source")
OFFICEHOLDER_KIND = "officeholder"
DEMONYM_KIND = "demonym"
# Surnames that are also ordinary words or months never stand alone for an office holder.
# Roles whose holders news copy names by surname alone with no introduction ("Putin said",
# "Guterres urged"). Spokespeople, envoys and commissioners are introduced by full name first,
# and their surnames ("Williams", "Swan", "Bishop", "Keita") are too common to stand alone: the
# article's context learns the surname from the full name instead.
_INTRODUCED_ROLES = {"commissioner", "humanitarian_coordinator", "chief_cabinet_secretary",
                     "presidential_foreign_policy_adviser", "vice_president"}


def surname_alone(role: str) -> bool:
    """Whether a holder of ``role`` is matched by surname alone (not only by full name)."""
    return not (role in _INTRODUCED_ROLES or role.startswith("special_") or "spokesperson" in role
                or "press_secretary" in role)


# States whose leaders English copy names surname first ("Xi Jinping", "Lai Ching-te", "Yoon Suk
# Yeol"): "Xi said" is Xi Jinping; "Jinping said" is never written.
_SURNAME_FIRST = {"China", "Taiwan", "North Korea", "South Korea"}


# Acronyms whose capitalised form is an ordinary word or a first name ("Care", "Fact", "Sana").
_ACRONYMS_THAT_ARE_WORDS = {"CARE", "FACT", "SANA", "WAFA", "IRNA", "MEND", "PACE", "SAFE", "HOPE", "STAR"}


def _surname_first(holder: "OfficeHolder") -> bool:
    """"Xi Jinping", "Tsai Ing-wen", "Yoon Suk Yeol": a short first word is the surname; "Joseph Wu"
    and "William Lai" are written in the Western order."""
    parts = holder.name.split()
    return holder.actor in _SURNAME_FIRST and len(parts) > 1 and len(parts[0]) <= 4 and parts[0] not in {"John", "Mark"}


_SURNAME_STOPWORDS = {
    "May", "March", "June", "July", "August", "Bush", "Brown", "Black", "White", "Green", "Long", "Little",
    "King", "Rice", "Hill", "Young", "Wood", "Church", "Lee", "Kim", "Ali", "Khan", "Abe", "Ban", "Sun",
    "Moon", "Li", "Wang", "He", "Ma", "Yu", "Hu", "Wu", "Go", "Do", "An", "No", "So", "Yi", "Singh", "Johnson",
    "Smith", "Jones", "Said", "Love", "Hope", "Will", "Power", "Sen",
}

# Words between a demonym and a role noun that end the phrase: verbs of saying, pronouns, articles.
_NEVER_MODIFIERS = ["said", "says", "told", "added", "his", "her", "their", "its", "our", "the", "an?", "that",
                    "was", "is", "has", "had", "will", "would", "of", "to", "in", "on", "news"]
# Aliases the office-holder table may give another actor for a time: people, and armed movements
# that came to govern a state.
_DATED_KINDS = {"person", "armed group"}
# Roles whose holders are named by surname alone even where their state goes unnamed.
_LEADING_ROLES = {"head_of_state", "head_of_government", "secretary_general"}
# Surnames of the table that many other people bear: they stand alone only where the article
# named the holder's state ("Davis said" is rarely the prime minister of the Bahamas). Those of
# _SURNAME_STOPWORDS ("Kim", "Ali") never stand alone at all, so they are not repeated here.
_COMMON_SURNAMES = {
    "Davis", "Mitchell", "Burton", "Connolly", "Phillips", "Cruz", "Rodriguez", "Rodríguez", "Pena", "Peña",
    "Pereira", "Delgado", "Martin", "Mason", "Schmidt", "Simons", "Haas", "Nova", "Neves", "Guillaume", "Store",
    "Montenegro", "Belgium", "Luxembourg", "Charles", "Pierre", "Ibrahim", "Idris", "Khalifa", "Hamad",
    "Salman", "Tariq", "Taha", "Levi", "Drew", "Song", "Sharif", "Ahmed", "Mohamed", "Hassan", "Hussein",
    "Abdullah", "Abdullahi", "Thani", "Nahyan", "Zayed", "Maktoum", "Al-Sabah", "Taylor",
    "Wilson", "Thomas", "Walker", "Wright", "Scott", "Stewart", "Campbell", "Harris", "Clark", "Lewis",
    "Robinson", "Hall", "Allen", "Moore", "Jackson", "Baker", "Turner", "Evans", "Edwards", "Hughes", "Garcia",
    "García", "Gonzalez", "González", "Lopez", "López", "Perez", "Pérez", "Sanchez", "Sánchez", "Ramos",
    "Torres", "Flores", "Diaz", "Díaz", "Castro", "Silva", "Santos", "Costa", "Fernandes", "Ferreira", "Gomes",
    "Lima", "Ortega", "Morales", "Vargas", "Rojas", "Herrera", "Medina", "Mendoza", "Sow", "Diallo", "Traore",
    "Traoré", "Kone", "Koné", "Bah", "Keita", "Toure", "Touré", "Camara", "Cisse", "Cissé", "Ndiaye", "Fall",
    "Hamid", "Saleh", "Salih", "Omar", "Yusuf", "Musa", "Bello", "Nasser", "Karim", "Rahman",
    "Chowdhury", "Kumar", "Sharma", "Patel", "Nguyen", "Tran", "Pham", "Park", "Choi",
    "Abbott", "Aguirre", "Ayala", "Bennett", "Bilal", "Cameron", "Carmona", "Castillo", "Chaves", "Christie",
    "Coelho", "Conde", "Condé", "Coulibaly", "Douglas", "Duncan", "English", "Fischer", "Fonseca", "Francis",
    "Halim", "Harper", "Heine", "Henri", "Henry", "Hernandez", "Hernández", "Higgins", "Hinds", "Hussain",
    "Ivanov", "Ivanic", "Ivanić", "Jalali", "Jesus", "Jonathan", "Kedah", "Kelantan", "Pahang", "Khamis",
    "Marin", "Marcos", "Markovic", "Marković", "Marti", "Martí", "Merino", "Michal", "Mohamoud", "Mohamud",
    "Novak", "Novák", "O'Neill", "Quesada", "Rosário", "Schmid", "Sousa", "Solis", "Solís", "Vazquez",
    "Vázquez", "Varela", "Vella", "Weekes", "Yassin", "Yadav", "Zamora", "Nikolic", "Nikolić", "Lapin",
    "Risch", "Ramdin", "al-Khalid", "al-Arabi", "Arabi", "Pinda", "Masum", "Rinne", "Sarmas", "Sella",
}

# An undated article reads the office-holder table from this date on: the table covers every state
# since then, and only dated articles reach back further.
UNDATED_SINCE = "2015-01-01"


def read_officeholders_csv(path: Path) -> list[OfficeHolder]:
    """Rows of an ``actor,name,role,from,to,source`` file; raises ValueError naming the bad line."""
    rows: list[OfficeHolder] = []
    with path.open(encoding="utf-8-sig", newline="") as handle:
        reader = csv.DictReader(handle)
        missing = [c for c in OFFICEHOLDER_COLUMNS[:5] if c not in (reader.fieldnames or [])]
        if missing:
            raise ValueError(f"{path}:1: missing column(s) {', '.join(missing)}")
        for line, row in enumerate(reader, start=2):
            cells = {k: (row.get(k) or "").strip() for k in OFFICEHOLDER_COLUMNS}
            if not cells["actor"] or not cells["name"]:
                raise ValueError(f"{path}:{line}: actor and name must both be filled in")
            for key in ("from", "to"):
                if cells[key] and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", cells[key]):
                    raise ValueError(f"{path}:{line}: {key} must be YYYY-MM-DD or empty")
            rows.append(OfficeHolder(cells["actor"], cells["name"], cells["role"], cells["from"], cells["to"],
                                     cells["source"]))
            short = _without_middle_initial(cells["name"])
            if short:  # "George W. Bush" is "George Bush" in much copy
                rows.append(replace(rows[-1], name=short))
    return rows


def _without_middle_initial(name: str) -> str | None:
    """"George W. Bush" -> "George Bush"; None when the name has no middle initial after a first name."""
    hit = re.fullmatch(r"([A-Z][a-z]{2,}) [A-Z]\. (\S.*)", name)
    return f"{hit.group(1)} {hit.group(2)}" if hit else None


# The lower-case particle that links a name to a father's ("bin", "bint", "ibn", "ould"): what follows it is a
# forebear inside someone else's name.
_PATRONYMIC_BEFORE = re.compile(r"(?:^|\s)(?:bin|bint|binti|ibn|ould)\s+$")


def _inside_longer_name(text: str, start: int) -> bool:
    """Is the word before ``start`` a capitalised word of the same name ("Maldivian" before "Democratic
    Party", "Peoples'" before it), rather than an article, a title or a possessive?"""
    before = re.search(r"(?:^|\s)([A-Z][\w'’-]*)\s+$", text[max(0, start - 40):start])
    if before is None:
        return False
    word = before.group(1)
    return word not in _BEFORE_A_PARTY and word not in _TITLE_WORDS and not word.endswith(("'s", "’s", "'", "’"))


# Capitalised words that open a sentence before a party's name without being part of it ("Ruling Saenuri Party
# chairman Kim said", "Opposition Democratic Party leader ...").
_BEFORE_A_PARTY = {"The", "A", "An", "Ruling", "Opposition", "Main", "Governing", "Conservative", "Former", "Rival",
                   "Junior", "Coalition", "Centrist", "Nationalist", "Islamist", "Leftist", "Rightist", "Both"}


def _the_people(text: str, start: int, end: int) -> bool:
    """Is the demonym at ``start:end`` the plural after "the" ("the Russians", "The Emiratis")?
    Without "the", a plural demonym is people ("Ukrainians said they felt abandoned"), no state."""
    return (text[end:end + 1] == "s" and (end + 1 == len(text) or not _word_char(text[end + 1]))
            and text[max(0, start - 4):start] in ("the ", "The ") and _free_before(text, start - 4))


class _Matcher:
    """Exact, case-sensitive multi-string search in one pass (Aho-Corasick), with the word
    boundaries the old alternation regex had: not inside a word or a hyphenated compound."""

    def __init__(self, words: list[str]) -> None:
        self._automaton = ahocorasick.Automaton()
        for word in words:
            if word:
                self._automaton.add_word(word, len(word))
        self._empty = not words
        if not self._empty:
            self._automaton.make_automaton()

    def longest_at_starts(self, text: str) -> dict[int, int]:
        """Start -> end of the longest word starting there (no boundary checks)."""
        out: dict[int, int] = {}
        if self._empty:
            return out
        for last, length in self._automaton.iter(text):
            start = last + 1 - length
            if out.get(start, -1) < last + 1:
                out[start] = last + 1
        return out

    def whole_words(self, text: str) -> list[tuple[int, int]]:
        """(start, end) of each start, left to right, where a word of the matcher stands as a whole
        word (nothing word-like on either side), with the longest such end; overlaps are the caller's."""
        out = []
        for start, ends in sorted(self.all_at_starts(text).items()):
            end = next((e for e in ends if _free_after(text, e)), None) if _free_before(text, start) else None
            if end is not None:
                out.append((start, end))
        return out

    def all_at_starts(self, text: str) -> dict[int, list[int]]:
        """Start -> ends of every word starting there, longest first."""
        out: dict[int, list[int]] = {}
        if self._empty:
            return out
        for last, length in self._automaton.iter(text):
            out.setdefault(last + 1 - length, []).append(last + 1)
        for ends in out.values():
            ends.sort(reverse=True)
        return out


# Words that may stand before an office holder's surname ("President Ruto", "Mr Lavrov").
_TITLE_WORDS = {
    "President", "Minister", "Prime", "Foreign", "Defence", "Defense", "Secretary", "General", "Chancellor",
    "PM", "FM", "MP", "Sen", "Rep", "Gov", "Pres",
    "King", "Queen", "Emir", "Sheikh", "Mr", "Ms", "Mrs", "Dr", "Premier", "Ambassador", "Envoy", "Spokesman",
    "Spokeswoman", "Spokesperson", "Chief", "Deputy", "Vice", "Acting", "Interim", "Senator", "Governor", "Leader",
    "Chairman", "Chairperson", "Commissioner", "Director", "Colonel", "Gen", "Lt", "Col", "Sir", "Dame", "Prince",
    "Crown", "Sultan", "Pope", "Speaker", "Representative", "High", "Special", "State", "Counsellor", "Marshal",
    # religious and military honorifics news copy puts before a leader's surname ("Ayatollah Khamenei")
    "Ayatollah", "Grand", "Imam", "Mullah", "Maulana", "Cardinal", "Archbishop", "Patriarch", "Admiral",
    "Brigadier", "Field", "Commander",
    # academic and service titles before an analyst's surname ("Professor Cai told", "Commodore Pryce said")
    "Professor", "Prof", "Commodore", "Captain", "Major", "Judge", "Justice", "Rabbi", "Reverend", "Rev",
}


def _other_first_name(text: str, start: int, names: list[str]) -> bool:
    """Is the word before ``start`` a capitalised word that is neither a title nor part of one of
    the person's own full ``names`` ("Bola Tinubu" for Bola Ahmed Tinubu): another person's first name?"""
    match = re.search(r"([A-Z][\w'’-]*)\.?\s+$", text[:start])
    if not match or match.group(1) in _TITLE_WORDS or match.group(1).endswith(("'s", "’s", "'", "’")) \
            or match.group(1).lower() in vocabulary.SENTENCE_OPENERS or len(match.group(1)) == 1:
        # a title, a possessive ("Turkey's Erdogan"), a sentence's first word ("And Borrell said"), or the
        # person's own middle initial ("Joseph R. Biden")
        return False
    return not any(match.group(1) in name.split() for name in names)


def _word_char(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


def _free_before(text: str, start: int) -> bool:
    return start == 0 or not (_word_char(text[start - 1]) or text[start - 1] == "-")


def _free_after(text: str, end: int) -> bool:
    if end >= len(text):
        return True
    ch = text[end]
    if _word_char(ch):
        return False
    return not (ch == "-" and end + 1 < len(text) and _word_char(text[end + 1])) \
        or _RUN_BY.match(text, end) is not None


# A one-word name followed by another capitalised word is the first word of someone else's name
# ("Michel Moto Muhima", "Michel Barnier"), not the office holder's or the alias's surname.
# Honorifics an article may put before a name the office-holder table has bare.
_HONORIFIC = re.compile(r"^(?:Sir|Dame|Lord|Dr\.?)\s+")
_NAME_GOES_ON = re.compile(r"\s[A-Z][a-z]")

# "the Houthi-run health ministry", "Hamas-controlled Gaza": the body is the group's (unlike
# "Iran-backed", "Saudi-led", which name a patron, not the speaker).
_RUN_BY = re.compile(r"-(?:run|controlled|administered)\b")


# "then Secretary-General", "then-President", "the then foreign minister": the office at the time told of
_THEN_TITLE = re.compile(r"\b[Tt]hen[-\s]+(?:[\w.'’-]+\s+){1,4}$")


_NATIONAL_BODY = re.compile(r"(?P<name>[A-Z][^()]+?) \((?P<state>[A-Z][^()]+)\)")
# ... and a party named with its state after "of" ("Democratic Party of Albania", "Socialist Party of Albania"): "the
# Democratic Party" of an article on Albania is Albania's
_PARTY_OF_STATE = re.compile(r"(?P<name>[A-Z][\w'’ -]+? Party) of (?:the )?(?P<state>[A-Z][^()]+)")


class ActorRegistry:
    """Finds actor mentions in text and maps them to canonical actor names.

    A value: built from alias, demonym and office-holder rows, it reads no file itself
    (``load`` does), and ``records``/``from_records`` turn it into plain rows and back."""

    def __init__(self, aliases: list[Alias], demonyms: list[Alias],
                 officeholders: list[OfficeHolder] | None = None) -> None:
        self._alias_rows = list(aliases)
        self._demonym_rows = list(demonyms)
        self._holder_rows = list(officeholders or [])
        # Later sources win: a crisis file may re-map an alias the built-ins know.
        self._by_alias: dict[str, Alias] = {}
        for alias in aliases:
            self._by_alias[alias.alias] = alias
        self._by_demonym: dict[str, Alias] = {}
        for demonym in demonyms:
            # countryinfo gives some demonyms to two states ("American"); the built-in
            # demonym rows, read last, settle those.
            self._by_demonym[demonym.alias] = demonym
        # Office holders: full names, and surnames that name no one else and no place.
        self._holders: dict[str, list[OfficeHolder]] = {}
        # A first name of someone who speaks for another actor is no surname to match alone
        # ("Mohamed", "Petro": Gustavo Petro of Colombia, Petro Poroshenko of Ukraine).
        # With a date, only a first name of someone in office then blocks the surname (Petro
        # Poroshenko left office in 2019; "Petro said" in 2025 is Gustavo Petro).
        first_names: dict[str, list[OfficeHolder]] = {}
        for holder in self._holder_rows:
            parts = holder.name.split()
            if len(parts) > 1:
                first_names.setdefault(parts[0], []).append(holder)
        # A person's surname alias ("Patel") and the full names it is short for ("Vedant Patel").
        self._full_names: dict[str, list[str]] = {}
        for row in self._alias_rows:
            parts = row.alias.split()
            if row.kind == "person" and len(parts) > 1:
                self._full_names.setdefault(parts[-1], []).append(row.alias)
        self._first_names: dict[str, list[OfficeHolder]] = {}
        for holder in self._holder_rows:
            if holder.actor == NOT_AN_ACTOR:
                continue
            self._holders.setdefault(holder.name, []).append(holder)
            if "-" in holder.name and " " in holder.name:
                # copy drops the hyphen of a double surname ("Jose Ramos Horta" for "José Ramos-Horta")
                self._holders.setdefault(holder.name.replace("-", " "), []).append(holder)
            if not surname_alone(holder.role):
                continue  # named in full; the article's own "Williams added" is learned from the full name
            surname = holder.name.split()[0 if _surname_first(holder) else -1]
            # "al-Sisi" is "Sisi" too, and "Al-Sisi" where it opens a sentence
            short = [surname, re.sub(r"^(?:[Aa]l|[Ee]l)-", "", surname), surname[:1].upper() + surname[1:]]
            for word in dict.fromkeys(short):
                if word != holder.name and len(word) > (1 if _surname_first(holder) else 2) \
                        and word not in _SURNAME_STOPWORDS \
                        and word not in self._by_demonym:
                    self._holders.setdefault(word, []).append(holder)
                    others = [h for h in first_names.get(word, []) if h.actor != holder.actor]
                    if others:
                        self._first_names[word] = others
        # An alias of the built-ins or the crisis file wins over the table, except that a person the
        # file names out of office ("Evo Morales": his party) is the table's office holder on a date
        # the table has them in office (``_in_office_instead``).
        self._aliased_holders = {n: rows for n, rows in self._holders.items() if n in self._by_alias}
        for name in self._aliased_holders:
            del self._holders[name]
        self.well_known_surnames = self._well_known(first_names)
        # Out of every office on the article's date, a person named in full speaks for no state:
        # "Former president Rafael Correa wrote" is Rafael Correa's own statement (the guide's
        # independent people). Each spelling goes to the person's longest name in the table.
        spellings: dict[tuple[str, str, str], list[str]] = {}
        for holder in self._holder_rows:
            if " " in holder.name and holder.actor != NOT_AN_ACTOR and holder.name not in self._by_alias:
                spellings.setdefault((holder.actor, holder.role, holder.start), []).append(holder.name)
        self._former: dict[str, str] = {}
        for names in spellings.values():
            for name in names:
                self._former.setdefault(name, max(names, key=len))
        self.former_people: frozenset[str] = frozenset(self._former.values())
        self.actors: frozenset[str] = frozenset(
            a.actor for a in [*self._by_alias.values(), *self._by_demonym.values()]
        ) - {NOT_AN_ACTOR}
        self.actors |= frozenset(h.actor for hs in self._holders.values() for h in hs) - {NOT_AN_ACTOR}
        # The actors that are states: a name of theirs is a country's ("the IDF" names Israel, "the UN
        # Security Council" names no state).
        self.states: frozenset[str] = frozenset(a.actor for a in self._by_alias.values() if a.kind == "country")
        # Bodies the files name by their state ("Democratic Party (Italy)", "Progress Party (Norway)"): in an article
        # on that state, the bare name ("the opposition Democratic Party") is that state's body, whichever other body
        # the files give the bare name to
        self.national_bodies: dict[str, dict[str, str]] = {}
        for actor in sorted(self.actors):
            hit = _NATIONAL_BODY.fullmatch(actor) or _PARTY_OF_STATE.fullmatch(actor)
            if hit and hit.group("state") in self.states:
                self.national_bodies.setdefault(hit.group("name"), {})[hit.group("state")] = actor
        self.national_body_matcher = _Matcher(list(self.national_bodies))
        self._memo: Memo = Memo(MENTION_MEMO_SIZE)  # (text, date) -> its mentions
        # Matching reads curly apostrophes as straight ones ("Democratic People’s Republic of Korea"),
        # so every name is known by its straight spelling too.
        for table in (self._by_alias, self._holders):
            for name in [n for n in table if "’" in n]:
                table.setdefault(name.replace("’", "'"), table[name])  # type: ignore[arg-type]
        # House styles that write acronyms as words ("Nato", "Ecowas", "Amisom") name the same body.
        for name in [n for n in self._by_alias if len(n) >= 4 and n.isalpha() and n.isupper()
                     and n not in _ACRONYMS_THAT_ARE_WORDS]:
            self._by_alias.setdefault(name.capitalize(), self._by_alias[name])
        self._alias_matcher = _Matcher([*self._by_alias, *self._holders])
        self._demonym_matcher = _Matcher(list(self._by_demonym))
        roles = "|".join(re.escape(r).replace(r"\ ", r"\s+") for r in sorted(ROLE_NOUNS, key=len, reverse=True))
        demonyms_alt = "|".join(re.escape(d) for d in sorted(self._by_demonym, key=len, reverse=True))
        # nor words no modifier is: "the Russian Federation said his delegation" is no role
        non_state = "|".join([*vocabulary.NON_STATE_MODIFIERS, *_NEVER_MODIFIERS])
        # Demonym, up to three modifiers ("Defense", "health", "foreign ministry"), then a role noun; not
        # "Kenyan opposition leader" (vocabulary.NON_STATE_MODIFIERS).
        self._role_re = re.compile(
            rf"(?<![\w-])(?P<dem>{demonyms_alt})(?:\s+(?!(?i:{non_state})\b)[A-Za-z-]+){{0,3}}?\s+(?i:{roles})(?![\w-])"
            # "Jordanian official news agency Petra", "the Iranian state media": an outlet, no official
            r"(?!\s+(?i:news\s+agency|media|television|newspaper|broadcaster|radio)\b)"
        )

    # -- plain data -------------------------------------------------------------------------
    def records(self) -> list[dict[str, str]]:
        """Every alias, demonym and office-holder row, in order, as plain strings."""
        out = [{"actor": a.actor, "alias": a.alias, "kind": a.kind, "role": "", "from": "", "to": "",
                "source": ""} for a in self._alias_rows]
        out += [{"actor": d.actor, "alias": d.alias, "kind": DEMONYM_KIND, "role": "", "from": "", "to": "",
                 "source": ""} for d in self._demonym_rows]
        out += [{"actor": h.actor, "alias": h.name, "kind": OFFICEHOLDER_KIND, "role": h.role, "from": h.start,
                 "to": h.end, "source": h.source} for h in self._holder_rows]
        return out

    @classmethod
    def from_records(cls, records: list[dict[str, str]]) -> "ActorRegistry":
        aliases, demonyms, holders = [], [], []
        for row in records:
            kind = row.get("kind", "") or "alias"
            if kind == OFFICEHOLDER_KIND:
                holders.append(OfficeHolder(row["actor"], row["alias"], row.get("role", ""), row.get("from", ""),
                                            row.get("to", ""), row.get("source", "")))
            elif kind == DEMONYM_KIND:
                demonyms.append(Alias(row["actor"], row["alias"], DEMONYM_KIND))
            else:
                aliases.append(Alias(row["actor"], row["alias"], kind))
        return cls(aliases, demonyms, holders)

    def __getstate__(self) -> dict[str, object]:
        return {"records": self.records()}

    def __setstate__(self, state: dict[str, object]) -> None:
        self.__dict__.update(ActorRegistry.from_records(state["records"]).__dict__)  # type: ignore[arg-type]

    def _key(self) -> tuple[tuple[str, ...], ...]:
        if "_key_cache" not in self.__dict__:
            self.__dict__["_key_cache"] = tuple(tuple(r.values()) for r in self.records())
        return self.__dict__["_key_cache"]

    def __eq__(self, other: object) -> bool:
        return isinstance(other, ActorRegistry) and self._key() == other._key()

    def __hash__(self) -> int:
        return hash(self._key())

    @classmethod
    def load(cls, actors_file: Path | None = None) -> "ActorRegistry":
        """The built-in states, organisations and office holders, plus an optional crisis file."""
        names, demonyms = country_aliases()
        builtin = read_alias_csv(config.BUILTIN_ACTORS)
        if config.BUILTIN_PARTIES.exists():
            builtin += read_alias_csv(config.BUILTIN_PARTIES)
        aliases = [*names, *(a for a in builtin if a.kind != DEMONYM_KIND)]
        more_demonyms = [*demonyms, *(a for a in builtin if a.kind == DEMONYM_KIND)]
        holders = read_officeholders_csv(config.BUILTIN_OFFICEHOLDERS) if config.BUILTIN_OFFICEHOLDERS.exists() else []
        if actors_file is not None and actors_file.exists():
            crisis = read_alias_csv(actors_file)
            aliases.extend(a for a in crisis if a.kind != DEMONYM_KIND)
            more_demonyms.extend(a for a in crisis if a.kind == DEMONYM_KIND)
        return cls(aliases, more_demonyms, holders)

    # -- matching ---------------------------------------------------------------------------
    def _in_office_instead(self, name: str, alias: Alias | None, date: str | None) -> str | None:
        """The actor a person of the actors file speaks for on ``date`` when the table has them in an
        office of another actor then ("Evo Morales" in 2018: Bolivia, not his party), or a movement
        that governs a state then ("the Taliban" since the fall of Kabul: Afghanistan); else None."""
        if alias is None or alias.kind not in _DATED_KINDS:
            return None
        # (a body's alias by the table's full name only: "Wagner" is no surname of a minister's here)
        # "Sir Michael Somare" in 2003: the table's "Michael Somare", Papua New Guinea's prime minister then
        rows = self._aliased_holders.get(name) or self._aliased_holders.get(_HONORIFIC.sub("", name), ())
        # (an undated article: the office the person holds now, as for the table's own names: "Chancellor Friedrich
        # Merz says" is Germany's, though the actors file keeps his years as his party's leader)
        actors = {h.actor for h in rows if (h.in_office(date) if date else not h.end and alias.kind == "person")
                  and (alias.kind == "person" or h.name == name)}
        return next(iter(actors)) if len(actors) == 1 and alias.actor not in actors else None

    def holder(self, name: str, date: str | None = None) -> OfficeHolder | None:
        """The office holder a name stands for on ``date`` (ISO; None or "": the most recent office)."""
        rows = self._holders.get(name)
        if not rows:
            return None
        others = self._first_names.get(name)
        if others and (not date or any(h.in_office(date) for h in others)):
            return None  # also the first name of someone speaking for another actor then
        if date:
            current = [h for h in rows if h.in_office(date)]
            if len({h.actor for h in current}) != 1:
                return None  # out of office then, or two people of that name in office
            return max(current, key=lambda h: h.start)
        # No date: the most recent office (a surname several people share goes to the latest holder),
        # among offices held since the table covers every state; an office left long before stands
        # for nothing in an undated article ("Ali Babacan", foreign minister until 2009, an opposition
        # leader in 2020)
        recent = [h for h in rows if not h.end or h.end >= UNDATED_SINCE]
        return max(recent, key=lambda h: (h.end == "", h.end, h.start)) if recent else None

    def _well_known(self, first_names: dict[str, list[OfficeHolder]]) -> frozenset[str]:
        """Surnames that news copy uses alone for a leader whose state the article may never name
        ("Zelensky said", "Netanyahu vowed", "Guterres urged"): the surname of a head of state or
        government or a secretary-general that one person of the table bears, of five letters or
        more, that is no one's first name and no common surname."""
        out = set()
        for word, rows in self._holders.items():
            if " " in word or len(word) < 5 or word in first_names or word in _COMMON_SURNAMES:
                continue
            if len({h.name for h in rows}) == 1 and any(h.role in _LEADING_ROLES for h in rows):
                out.add(word)
        return frozenset(out)

    def _out_of_office(self, name: str, date: str | None) -> bool:
        """Has the person named in full left every office of the table by ``date``?"""
        rows = self._holders.get(name, [])
        return bool(date) and name in self._former and bool(rows) and all(h.end and h.end < date for h in rows)

    def kind_of(self, actor: str) -> str | None:
        """The kind the files give ``actor`` under its own name ("party", "organisation"), if they do."""
        alias = self._by_alias.get(actor)
        return alias.kind if alias is not None and alias.actor == actor else None

    def knows_alias(self, name: str) -> bool:
        """Do the files give the bare ``name`` ("Democratic Party") to an actor of its own?"""
        alias = self._by_alias.get(name)
        return alias is not None and alias.actor != NOT_AN_ACTOR

    def is_person(self, actor: str) -> bool:
        """Is ``actor`` a person who is an actor of their own ("Siham Sergiwa"), not a state or body?"""
        return self.kind_of(actor) == "person"

    def knows(self, actor: str) -> bool:
        """Is ``actor`` a canonical actor: a state, organisation, crisis actor, or a former office
        holder speaking as themselves?"""
        return actor in self.actors or actor in self.former_people or actor in self._former  # any spelling of the table

    def mentions(self, text: str, date: str | None = None) -> list[Mention]:
        """Non-overlapping actor mentions, left to right; the longest wins a tie. ``date`` (ISO)
        picks among office holders of one name."""
        # Attribution, masking and targets each read the same sentence: remember the last few
        # thousand answers (mentions are frozen, the list handed out is a fresh copy).
        key = (text, date)
        memo = self._memo
        if key in memo:
            return list(memo[key])
        found = self._find_mentions(text, date)
        memo.keep(key, tuple(found))
        return found

    def _find_mentions(self, text: str, date: str | None) -> list[Mention]:
        found: list[tuple[int, int, int, Mention]] = []
        last_end = 0
        plain = text.replace("’", "'")  # the same length: offsets hold in both
        spans = self._alias_matcher.whole_words(plain)  # a curly apostrophe is no word character
        ends = dict(spans)
        for start, end in spans:
            if start < last_end:
                continue
            word = plain[start:end]
            if word.startswith("The ") and ends.get(start + 4, 0) > end:
                continue  # "The Gambia Press Union": the union's name after the article, not the state "The Gambia"
            alias = self._by_alias.get(word)
            if " " in word and (alias is None or alias.kind == "person") \
                    and _PATRONYMIC_BEFORE.search(text, max(0, start - 6), start):
                # "Princess Reema bint Bandar bin Sultan bin Abdulaziz": a forebear's full name inside another's (but
                # "Yousuf bin Alawi", "Mohammed bin Zayed": the last name a man is known by)
                continue
            if alias is not None and word in _NATIONAL_NAMESAKES and _namesake_owner(text, start):
                continue  # "the White House National Security Council", "the Regional Security Council": not the UN's
            if word in _PLATFORMS and (_PLATFORM_THING.match(text, end) or _ON_A_PLATFORM.search(text, max(0, start - _PLATFORM_REACH), start)):
                continue  # "on his Facebook page", "a short Facebook post", "expressed on Twitter": a medium, no speaker
            if word in _ROYAL_SERVICES and re.match(r"\s+of\s+(?:the\s+)?[A-Z]", text[end:]):
                continue  # "the Royal Air Force of Oman": Oman's, named after it
            if alias is not None and alias.kind == "party" and _inside_longer_name(text, start):
                continue  # "the Maldivian Democratic Party", "Peoples' Democratic Party": another party's name
            if alias is not None and alias.kind == "person" and " " not in word \
                    and (_other_first_name(text, start, self._full_names.get(word, []))
                         or _NAME_GOES_ON.match(text, end)):
                continue  # "Priti Patel", "Michel Barnier": another Patel, another Michel than the alias's
            in_office = self._in_office_instead(word, alias, date)
            if in_office is not None:
                assert alias is not None  # only an alias can be in office instead
                kind = OFFICEHOLDER_KIND if alias.kind == "person" else alias.kind
                mention = Mention(start, end, text[start:end], in_office, kind)
            elif alias is not None:
                mention = Mention(start, end, text[start:end], alias.actor, alias.kind)
            else:
                holder = self.holder(word, date)
                if holder is None and self._out_of_office(word, date):
                    if _THEN_TITLE.search(text, max(0, start - 60), start):
                        # "then Secretary-General Kofi Annan said": the office the article says they held then
                        held = max(self._holders[word], key=lambda h: h.end or "")
                        mention = Mention(start, end, text[start:end], held.actor, OFFICEHOLDER_KIND)
                    else:
                        mention = Mention(start, end, text[start:end], self._former[word], "person")
                elif holder is None or (" " not in word and (_other_first_name(text, start, [h.name for h in self._holders[word]])
                                                             or _NAME_GOES_ON.match(text, end))):
                    continue  # "Amina Yusuf", "Abbas Araghchi": someone else than the office holder
                else:
                    mention = Mention(start, end, text[start:end], holder.actor, OFFICEHOLDER_KIND)
            last_end = end
            found.append((start, -(end - start), 0, mention))
        alias_at = {mention.start: mention for *_, mention in found}
        last_end = 0
        for start, end in sorted(self._demonym_matcher.longest_at_starts(text).items()):
            if start < last_end:
                continue
            alias = alias_at.get(start)
            if alias is not None and alias.end > end and alias.actor != self._by_demonym[text[start:end]].actor:
                continue  # "British Columbia Premier": the demonym opens another actor's (or a place's) name
            match = self._role_re.match(text, start)
            if match is None:
                if _the_people(text, start, end):
                    # "The Russians said", "talks with the Iranians": a state's side, named by its people
                    last_end = end + 1
                    found.append((start, -(end + 1 - start), 1, Mention(start, end + 1, text[start:end + 1],
                                                                        self._by_demonym[text[start:end]].actor,
                                                                        "role")))
                continue
            actor = self._by_demonym[match.group("dem")].actor
            if any(match.start() < m.start and m.end == match.end() and m.actor != actor
                   and m.kind not in {"country", "capital"} for m in alias_at.values()):
                continue  # "the Sudanese Rapid Support Forces": the demonym qualifies another actor's name
            last_end = match.end()
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
        out: list[tuple[int, int]] = []
        last_end = 0
        for start, ends in sorted(self._demonym_matcher.all_at_starts(text).items()):
            if start < last_end or (start > 0 and _word_char(text[start - 1])):
                continue
            for end in ends:
                if end < len(text) and text[end] == "s" and (end + 1 == len(text) or not _word_char(text[end + 1])):
                    end += 1
                if end == len(text) or not _word_char(text[end]):
                    out.append((start, end))
                    last_end = end
                    break
        return out

    def demonym_actor(self, word: str) -> str | None:
        """The state a demonym names ("Kenyan" -> Kenya), if any."""
        alias = self._by_demonym.get(word) or (self._by_demonym.get(word[:-1]) if word.endswith("s") else None)
        return alias.actor if alias else None

    def resolve(self, name: str, date: str | None = None) -> str | None:
        """The canonical actor a single name stands for, if any."""
        if name in self.actors:
            return name
        hits = self.mentions(name, date)
        if len(hits) == 1 and hits[0].start == 0 and hits[0].end == len(name):
            return hits[0].actor
        return None


@lru_cache(maxsize=4)
def default_registry(extra: Path | None = None) -> ActorRegistry:
    """The registry of the built-ins plus ``extra`` (the caller names the crisis file), cached."""
    return ActorRegistry.load(extra)
