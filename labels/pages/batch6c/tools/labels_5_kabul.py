# ------------------------------------------------------------------ Kabul airport bombing at Abbey Gate (Reuters-style wire, 2021-08-27)
d = "page_kabul_airport_wire.txt"
U(d, "Islamic State's Afghan affiliate claimed responsibility on Friday", "before the Aug. 31 deadline.",
  ("Islamic State Khorasan Province", N, neg, "", "long lead: its own claim of the attack reported as done = neutral (as batch5c's JNIM claim)"),
  ("United States", N, neg, "", "'U.S. commanders warned' more attacks were likely = concern with no appeal (neutral, negative); commanders of a named state"))
U(d, "In a statement carried by its Amaq news agency", "worked with the U.S. military.",
  ("Islamic State Khorasan Province", N, neg, "", "own attack described; 'collaborators' labels the victims, no canonical actor judged; Amaq is the outlet, not an actor"))
U(d, "Afghan health officials said on Friday that at least 170 people", "board a flight.",
  ("Afghanistan", N, neu, "", "unnamed officials tied to the Afghan state's health services = Afghanistan (guide: unnamed official of a named government); toll = neutral (unsure: in the interregnum before the Taliban government, this could be read as officials with no body, no row)"))
U(d, "At the Pentagon, Army Major General Hank Taylor told reporters", "on Thursday.",
  ("United States", N, neu, "", "Pentagon = US; correction of facts"))
U(d, "Pentagon press secretary John Kirby said commanders had solid information", "who remained.",
  ("United States", N, neg, "", "threat assessment + own precautions, no appeal and no actor judged = neutral, negative"))
U(d, "In a White House address on Thursday evening, President Joe Biden said", "mission was done.",
  ("United States", C, neg, "Islamic State Khorasan Province", "threat ('found and made to pay') against the attackers; the claimant named on the page -> target ISKP"))
U(d, "He said he had told his commanders to draw up plans", "Washington's choosing.",
  ("United States", C, neg, "Islamic State Khorasan Province", "'He' = Biden; announced military operation against the group = condemning (guide)"))
U(d, "General Kenneth McKenzie, the head of U.S. Central Command, said", "attack to happen.",
  ("United States", N, neu, "", "'seen nothing to suggest' = a finding that clears the Taliban, no judgement, no appeal"))
U(d, "The Taliban, who took Kabul on Aug. 15, condemned the bombing", "control of U.S. troops.",
  ("Taliban", C, neg, "", "condemnation of the bombing + a pointed remark that US forces were in charge = aimed at two parties -> target empty (unsure: ISKP as claimant, or the US)"))
U(d, "\"We take the protection of our people seriously", "wrote on Twitter.",
  ("Taliban", C, neg, "Islamic State Khorasan Province", "threat against 'those behind this' = the claimant; Taliban spokesman speaks for the Taliban (no government formed yet on 27 Aug 2021)"))
U(d, "A Taliban official in Kabul, who asked not to be named, rejected", "road to the gate.",
  ("Taliban", N, neg, "", "unnamed official of a named body = Taliban; denial = neutral, negative"))
U(d, "Emergency, an Italian charity that runs a surgical hospital", "dead on arrival.",
  ("Emergency", N, neu, "", "NGO introduced by role after its name; figures"))
U(d, "British Prime Minister Boris Johnson, who chaired a meeting", "last possible moment.",
  ("United Kingdom", C, neg, "Islamic State Khorasan Province", "'cowardly act of savagery' = judgement; flights continue is a plan inside the same sentence (rule 1)"))
U(d, "Foreign Secretary Dominic Raab said two British nationals", "among the dead.",
  ("United Kingdom", N, neu, "", "casualty figures from an actor = neutral, neutral in tone (guide)"))
U(d, "NATO Secretary-General Jens Stoltenberg denounced", "act of terrorism.",
  ("NATO", C, neg, "Islamic State Khorasan Province", "denunciation of the claimed attack"))
U(d, "\"Our priority has not changed.", "he said.",
  ("NATO", N, neu, "", "quote closed by its speaker; own plan to keep evacuating = neutral"))
U(d, "German Chancellor Angela Merkel said the attack showed utter contempt", "for as long as it could.",
  ("Germany", C, neg, "Islamic State Khorasan Province", "judgement without stock words ('utter contempt for human life')"),
  ("France", S, pos, "United States", "two actors in one sentence ('while'): tribute to the US troops = support; the evacuation plan is his own (no second row)"))
U(d, "Kremlin spokesman Dmitry Peskov said Moscow condemned the bombing", "coming true.",
  ("Russia", C, neg, "Islamic State Khorasan Province", "condemnation + warning that IS exploits the chaos; Moscow = metonym"))
U(d, "Chinese foreign ministry spokesman Wang Wenbin said Beijing strongly condemned", "stabilise quickly.",
  ("China", C, neg, "Islamic State Khorasan Province", "condemnation + hope for stability = rule 1 (the judgement decides)"))
U(d, "Qatar, Pakistan, and Saudi Arabia also condemned the bombing", "separate statements.",
  ("Qatar", C, neg, "Islamic State Khorasan Province", "list with Oxford comma: three rows"),
  ("Pakistan", C, neg, "Islamic State Khorasan Province", "same list"),
  ("Saudi Arabia", C, neg, "Islamic State Khorasan Province", "same list"))
U(d, "Turkish President Tayyip Erdogan told a news conference in Istanbul", "as a nation.",
  ("Turkey", C, neg, "Islamic State Khorasan Province", "condemnation; Istanbul = place"))
U(d, "He said Turkish officials had held a first round of talks with the Taliban", "offered to help operate.",
  ("Turkey", T, pos, "Taliban", "'He' = Erdogan; talks held with the Taliban + offer to help run the airport = diplomatic course (talks)"))
U(d, "The U.N. Security Council said in a statement agreed by its 15 members", "held accountable.",
  ("United Nations", C, neg, "Islamic State Khorasan Province", "UNSC = United Nations; condemnation + accountability; claimant named on the page -> target ISKP"))
