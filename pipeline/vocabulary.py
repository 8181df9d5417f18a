"""One vocabulary of the words by which news names who speaks for a state or body.

Each role word carries the uses attribution and actor matching make of it:

- ``DEMONYM``: after a demonym it names a state's voice ("the Kenyan foreign ministry");
- ``HEAD``: a preposition after it ties a speaker to the actor it speaks for ("spokesman for
  the AK Party", "head of American diplomacy");
- ``AFTER_POSSESSIVE``: "X's <word>" is X speaking ("Kenya's foreign minister"), where
  "X's decision" is not;
- ``DEFINITE``: "the <word> said" is a speaker the article already named ("the ministry added");
- ``BODY``: a body the article ties to one actor ("the junta", "the bloc"): "the <word> said"
  resolves to the actor the article last tied that word to, or the one its headline names.

A newcomer adds a word here, once, with its uses.
"""

from __future__ import annotations

DEMONYM = "demonym"
HEAD = "head"
AFTER_POSSESSIVE = "after_possessive"
DEFINITE = "definite"
BODY = "body"

_D, _H, _P, _F, _B = DEMONYM, HEAD, AFTER_POSSESSIVE, DEFINITE, BODY

ROLES: dict[str, frozenset[str]] = {word: frozenset(uses) for word, uses in {
    "prime minister": {_D, _F, _B},
    "foreign minister": {_D, _F, _B},
    "defence minister": {_D, _B},
    "defense minister": {_D, _B},
    "minister": {_D, _H, _F},
    # "The vice minister urged Tokyo ...": the deputy the article just named
    "vice minister": {_D, _F},
    "vice-minister": {_D, _F},  # Latin American and European copy's spelling
    "deputy minister": {_D, _F},
    "vice foreign minister": {_D, _F},
    # "Vice President, Dr Bharrat Jagdeo, said ... The Vice President dismissed": the deputy the article just named
    "vice president": {_F},
    "vice-president": {_F},
    "deputy prime minister": {_F},
    "deputy foreign minister": {_D, _F},
    "ministry": {_D, _H, _P, _F, _B},
    "foreign ministry": {_B},
    "defence ministry": {_B},
    "defense ministry": {_B},
    "president": {_D, _H, _P, _F},
    "presidency": {_D, _H, _P, _F, _B},
    "premier": {_D, _F},
    "chancellor": {_D, _F},
    "government": {_D, _H, _P, _F, _B},
    "governments": {_H},
    "embassies": {_H},  # "the embassies of the United States, Britain and Germany said"
    "missions": {_H},
    "ministers": {_H},
    "forces": {_D, _H},
    "ministries": {_H},
    "authorities": {_D, _H, _F},
    "authority": {_D, _B},  # "the Norwegian Maritime Authority"; "The authority said" after "the Panama Canal Authority"
    "officials": {_D, _H},
    "official": {_D, _H, _F},
    "diplomacy": {_D},
    "diplomats": {_D},
    "diplomat": {_D, _H, _F},  # "the diplomat said": the one the article just quoted (agency copy)
    "ambassador": {_D, _H, _P, _B},  # "The Ambassador added": the one the article tied ("Cuba's ambassador")
    "envoy": {_D, _H, _P},
    # "a lawyer for Kabund", "Kabund's lawyers said": the client's voice, as the labels read a defence
    "lawyer": {_H, _P},
    "lawyers": {_H, _P},
    "attorney": {_H, _P},
    "attorneys": {_H, _P},
    "spokesperson": {_D, _H, _P, _F},
    "spokesman": {_D, _H, _P, _F},
    "spokeswoman": {_D, _H, _P, _F},
    "spokesmen": {_F},
    "prosecutor general": {_D, _H},
    "prosecutor-general": {_D, _H},
    "prosecutors": {_D, _B},  # "Prosecutors said ...": the state's, as "Police said" is
    "supreme court": {_P, _B},  # "The Supreme Court said": the state's highest court (a state body, as the guide has it)
    "defence headquarters": {_P, _B},  # "Defence Headquarters said": the armed forces' command
    "attorney general": {_D, _H},
    "attorney-general": {_D, _H},
    "army": {_D, _P, _B},
    "armed forces": {_D, _P},  # "Venezuela's armed forces rejected"
    # "the defence force said", "the Maldives National Defence Force": a state's army by its own name
    "defence force": {_D, _P, _B},
    "defense force": {_D, _P, _B},
    "defence forces": {_D, _P, _B},
    "defense forces": {_D, _P, _B},
    "military": {_D, _P, _B},
    "junta": {_D, _P, _B},
    "coup leaders": {_D, _P, _B},  # "the coup leaders dismissed the threats": the junta
    "putschists": {_P, _B},
    "coupists": {_P, _B},
    "military rulers": {_D, _P, _B},
    "generals": {_D, _P},  # "Sudan's ruling generals said", "the Sudanese generals": the junta
    "juntas": {_H},  # "the juntas of Niger, Mali and Burkina Faso said"
    "navy": {_D, _P, _B},
    "air force": {_D, _P, _B},
    "aerospace force": {_D, _P, _B},  # "the Colombian Aerospace Force", "Russia's Aerospace Forces"
    "aerospace forces": {_D, _P, _B},
    "coast guard": {_D, _P, _B},
    # "Finnish Customs said", "the Finnish Border Guard said": a state's own services
    "coastguard": {_D, _P, _B},
    "customs": {_D},
    "border guard": {_D, _P},
    "border police": {_D, _P},
    "intelligence service": {_D, _P},
    "police": {_D, _P, _B},
    # Ireland's police, An Garda Síochána: "Gardaí said", "the gardaí have"
    "gardaí": {_B},
    "gardai": {_B},
    "health": {_P},
    "side": {_D},
    "security services": {_D},
    "security": {_P},
    # "Parliament voted 328 to nil", "The Senate passed a resolution": the state's legislature acting (the guide: the
    # Armenian parliament is Armenia), unless the article tied the word to another body (the European Parliament)
    "parliament": {_D, _P, _B},
    "judiciary": {_D, _P, _B},  # "Iran's judiciary announced", "the judiciary said"
    "leader": {_D, _H, _P, _F},
    "leaders": {_H},
    "presidents": {_H},  # "the presidents agreed": people, not "the deal agreed"
    "leadership": {_D},
    "head of state": {_D, _F},
    "embassy": {_D, _H, _P, _F},  # "The Embassy of the United States in Djibouti said"
    # a Commonwealth state's ambassador and embassy in another: "British High Commissioner Philip Barton"
    "high commissioner": {_D, _P},
    "high commission": {_D, _P, _F},
    "chargé d'affaires": {_D, _H, _P},
    "charge d'affaires": {_D, _H, _P},
    "command": {_D, _P, _B},  # "the Ukrainian Southern Command"
    "general staff": {_D, _P, _B},
    "staff": {_P, _H},  # "the chief of staff of Chad's armed forces told"
    "commander": {_D, _H, _P},  # "the commander of Chad's armed forces said", "the Israeli commander"
    "delegation": {_D, _H, _P},
    "delegate": {_D, _H, _P, _F},  # "The delegate of the Russian Federation rejected", "the Chinese delegate"
    "state media": {_D},
    "state": {_P, _H},
    "college": {_B},
    "administration": {_D, _P},
    "cabinet": {_D, _P, _B},
    "king": {_D},
    "kingdom": {_F, _B},  # "the kingdom said": Saudi Arabia, Jordan, Morocco ... as the article has it
    "sultanate": {_F, _B},
    "emirate": {_F, _B},
    "ruler": {_D, _P},  # "Kuwait's ruler, Emir Sheikh Sabah", "the Kuwaiti ruler"
    "rulers": {_D, _P},  # "Niger's military rulers barred French aircraft"
    "governor": {_D, _P, _H},  # "a local Ukrainian governor", "Russia's Belgorod governor", "the governor of Kherson"
    "mayor": {_D, _P, _H},  # "the mayor of Kyiv", "Kyiv's mayor"
    "political bureau": {_P, _F, _B},  # "Hamas's political bureau said", "the Houthis' political bureau"
    "politburo": {_P, _F, _B},
    "press service": {_P, _F},  # "Lukashenko's press service said"
    "press office": {_P, _F},
    "emir": {_D, _F},
    "amir": {_D, _F},
    "foreign office": {_D, _P, _B},
    "fo": {_B},  # "the FO said": the Foreign Office (Pakistani and British copy)
    "security council": {_D},
    "senator": {_D},
    "congressman": {_D},  # "U.S. Congressman Adam Kinzinger called on": a member of the state's legislature, as a senator
    "congresswoman": {_D},
    "counterpart": {_D},
    "source": {_D, _H, _F},
    "sources": {_D, _H},  # "Turkish diplomatic sources said": a named government's officials (the guide)
    "presidential office": {_D, _B},
    # "the presidential press service said": the state's voice, as its office is ("the press service of the
    # ministry" is the ministry's, so the bare words are no body)
    "presidential press service": {_D, _B},
    # "In Stockholm, the prosecution authority said": a state's own prosecution service
    "prosecution authority": {_D, _B},
    # "The Prosecutor's Office said", "the federal prosecutor's office said": the state's prosecution service
    "prosecutor's office": {_D, _B},
    "prosecutor’s office": {_D, _B},
    "prosecution service": {_D, _B},
    "national assembly": {_D, _B},
    "house of representatives": {_B},
    "council of representatives": {_B},
    "chamber of deputies": {_B},
    "senate": {_D, _P, _B},  # "Brazil's Senate voted to remove", "the Brazilian Senate": an act of the state
    "camp": {_P},  # "numbers that Ping's camp says are impossible": the person's people
    "office": {_H, _P, _B},  # "Such a course, the office said": the office the article named (the Taiwan Affairs Office)
    "speaker": {_D, _H, _F},  # "U.S. House Speaker Nancy Pelosi", "the Iranian speaker", "Speaker of the Arab Parliament X"
    "house speaker": {_D},
    # "the mission said": the UN or AU mission the article named; "the Iranian mission said": Iran's
    "mission": {_D, _H, _P, _F, _B},
    "representation": {_D, _P},  # "Moscow's representation in Washington", "the Russian representation"
    "adviser": {_H},
    "advisor": {_H},
    "aide": {_H},
    "member": {_H},
    "members": {_H},  # "Most members of the Lima Group said"
    "representative": {_D, _H, _P, _F},  # "the Netherlands' representative said", "the Dutch representative"
    "head": {_H},
    "chairman": {_H},
    "chairwoman": {_H},  # "Monika Kryemadhi, chairwoman of the Socialist Movement for Integration, said": the party's
    # "Human Rights Defender of the Republic of Armenia X", "Prosecutor General of the Republic of Azerbaijan X":
    # a state's ombudsman and prosecutors
    "human rights defender": {_H},
    "ombudsman": {_H},
    "prosecutor": {_H},
    "chair": {_H},
    "chairperson": {_H, _B},
    "co-chairs": {_H},  # "The Co-Chairs of the OSCE Minsk Group appealed"
    "co-chair": {_H},
    "secretary": {_H},
    "foreign secretary": {_D, _F, _B},
    "defence secretary": {_D},
    "defense secretary": {_D},
    "secretary-general": {_H, _B},  # "Jubilee Party secretary-general Raphael Tuju"
    "secretary general": {_H, _B},  # "OAS Secretary General Luis Almagro" ... "the Secretary General added"
    "committee": {_B},
    # the capitalised head of a state organ's proper name: "the Security Service of Ukraine" (the state
    # after "of" is the organ's, not an object)
    "service": {_H},
    "director": {_H},
    "executive": {_H},  # "the chief executive of Binance", "the executive director of UNICEF"
    "coordinator": {_H},
    "commissioner": {_H},
    "negotiator": {_H},
    "mediator": {_H},
    "rapporteur": {_H},
    "coordinators": {_H},
    "bloc": {_B},
    "summit": {_B},  # "the summit announced sanctions on Niger": the bloc that held it
    # "the world body" is the UN; "the 15-nation body", "the continental body": the council or bloc named last
    "world body": {_B},
    "body": {_B},
    "agency": {_D, _B},  # "the Danish Energy Agency"; "the UN refugee agency (UNHCR)" ... "The agency said", not after a news agency
    "opposition": {_B},  # "the opposition says": the party the article named as the opposition, else no one
    # "the court said", "the bank said", "the union said": the court, bank or union the article named last
    "court": {_B},
    "bank": {_B},
    "union": {_B},
    # "the federation replied", "the coalition said": the federation or coalition the article named last
    "federation": {_B},
    "confederation": {_B},
    "coalition": {_B},
    "society": {_B},
    "front": {_B},
    "network": {_B},
    "institute": {_B},
    "party": {_B},
    "group": {_B},
    # "The company said", "the firm added": the company the article named last (Orano, MSC)
    "company": {_B},
    "firm": {_B},
    # "the airline said", "the carrier added": the airline the article named last (Kenya Airways, Swiftair)
    "airline": {_B},
    "carrier": {_B},
    "rebels": {_B},
    "militia": {_B},
    "movement": {_B},
    "regional bloc": {_B},
    # "the League", "the alliance": the bloc of that kind the article named last (Arab League, NATO)
    "league": {_B},
    "alliance": {_B},
    "commission": {_B},
    # "The general secretariat of the Organization of American States said", "the Commonwealth's secretariat":
    # the body's own office
    "secretariat": {_H, _P, _B},
    # "the council said": the council the article named last (the Security Council, the GCC), else no one
    "council": {_B},
    # "The Foundation said", "the syndicate accused": the foundation or syndicate the article named last
    "foundation": {_B},
    "syndicate": {_B},
    "association": {_B},
    "church": {_B},  # "The church says it is ready to settle": the church the article named last (the Unification Church)
    "directorate": {_B},  # "The Public Security Directorate said": a state's own service
    # State institutions that speak for their state (the guide: state agencies resolve to it).
    "election commission": {_P, _B},
    "electoral commission": {_P, _B},
    "electoral council": {_P, _B},
    "constitutional council": {_P, _B},
    "constitutional court": {_P, _B},
    "department": {_B},
    "foreign": {_P},
    "defence": {_P},
    "defense": {_P},
    "prime": {_P},
    "permanent": {_P},
    "deputy": {_P},
    "top": {_P},
    "chief": {_P, _H},  # "the deputy chief of Ukrainian military intelligence, Jane Doe,"
    "national": {_P},
    # Definite descriptions that are not roles of a state.
    "secretary of state": {_F},
    "analyst": {_F},
    "report": {_F},
    "statement": {_D, _F},  # "..., the Cuban statement said": the state's text
    "communique": {_F},
    "communiqué": {_F},
    "note": {_F},  # "..., says the note": the text the article said the foreign ministry issued
    "readout": {_F},
    "organisation": {_F},
    "organization": {_F},
    "country": {_F},
}.items()}


# Words before a role that make it no state's voice: "Kenya's opposition leader", "Syria's Druze
# spiritual leaders", "a Sudanese rebel commander". Such a person speaks for a party, a faith or a
# group (an actor under its own name where the article or the actors file gives one), never the state.
NON_STATE_MODIFIERS: tuple[str, ...] = (
    "opposition", "rebel", "rebels", "militia", "spiritual", "religious", "tribal", "separatist", "insurgent",
    "community", "clan", "student", "protest", "union", "church", "party", "exiled", "dissident",
    "shadow",  # "Shadow foreign secretary Priti Patel": the opposition's spokesperson, not the state's
    # "Iraq's most senior Shia cleric": a faith's voice (not "ayatollah": "Iran's Supreme Leader Ayatollah ...")
    "cleric", "clerics", "clergy", "imam", "bishop", "bishops", "archbishop", "patriarch", "rabbi",
)


# Capitalised words that open sentences and are no one's name ("And Borrell said", "Meanwhile Jane Roe").
SENTENCE_OPENERS = frozenset({
    "the", "a", "an", "in", "on", "at", "for", "with", "from", "to", "by", "of", "and", "but", "so", "then", "yet",
    "also", "as", "if", "when", "while", "after", "before", "meanwhile", "still", "now", "later", "earlier", "today",
    "here", "there", "asked", "this", "that", "these", "those", "his", "her", "their", "its", "our", "we", "it", "he",
    "she", "they",
})


def words(use: str) -> tuple[str, ...]:
    """The role words with one use, longest first (so a regex alternation prefers them)."""
    return tuple(sorted((w for w, uses in ROLES.items() if use in uses), key=lambda w: (-len(w), w)))


# National news agencies (their names as `pipeline/data/organisations.csv` has them, where they are no actor) and
# the state each belongs to: an untitled official quoted by one ("Vice Foreign Minister X said in a statement
# carried by the state news agency KCNA") is that state's, whatever the page's own state.
NATIONAL_AGENCIES: dict[str, str] = {
    "KCNA": "North Korea", "Korean Central News Agency": "North Korea", "SPA": "Saudi Arabia",
    "WAM": "United Arab Emirates", "KUNA": "Kuwait", "QNA": "Qatar", "IRNA": "Iran", "SANA": "Syria",
    "Xinhua": "China", "Xinhua News Agency": "China", "TASS": "Russia", "RIA Novosti": "Russia",
    "BelTA": "Belarus", "Armenpress": "Armenia", "Anadolu": "Turkey", "Anadolu Agency": "Turkey",
    "Yonhap": "South Korea", "Kyodo": "Japan", "Bernama": "Malaysia", "SONNA": "Somalia",
    "WAFA": "Palestine", "Tasnim": "Iran", "Fars news agency": "Iran", "Ukrinform": "Ukraine",
    "Associated Press of Pakistan": "Pakistan",
}
