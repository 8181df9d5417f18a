# ------------------------------------------------------------------ Ethiopia: state of emergency in Amhara over the Fano insurgency (Reuters-style wire, 2023-08-05)
d = "page_amhara_emergency_wire.txt"
U(d, "Ethiopia's government on Friday placed the northern Amhara region", "Gondar and Lalibela.",
  ("Ethiopia", C, neu, "Fano", "lead after the dateline: emergency rule imposed in response to the militia's fighting = a measure taken against another side (condemning), told plainly (neutral tone); the residents' claim about Fano in the same sentence has no named speaker (no row)"))
U(d, "Prime Minister Abiy Ahmed's office said in a statement", "ordinary law enforcement system.",
  ("Ethiopia", C, neg, "Fano", "PM's office = Ethiopia; 'illegal armed activity' wrecking life and threatening the constitutional order = judgement; Fano named in the lead, so it is the target"))
U(d, "Justice Minister Gedion Timothewos told state broadcaster EBC", "similar threat appeared.",
  ("Ethiopia", N, neu, "", "scope of the decree = plan/procedure, no judgement"))
U(d, "He said the command post would be headed by Temesgen Tiruneh", "to the prime minister.",
  ("Ethiopia", N, neu, "", "'He' = Gedion; who leads the command post = procedure"))
U(d, "The Government Communication Service warned that any media outlet", "suspended or shut down.",
  ("Ethiopia", C, neg, "", "body resolved only by context (Legesse Tulu's service, not named here); a threat of closure = condemning; aimed at media outlets, not a canonical actor -> target empty"))
U(d, "Amhara's regional president, Yilkal Kefale, had written to Abiy", "federal government to step in.",
  ("Ethiopia", N, neg, "", "regional official resolves to his state (README: provincial officials); describes damage and asks the federal level to intervene: a request for a security response with no judgement and no peace appeal = neutral, negative tone (unsure: could be read as calling for action against Fano)"))
U(d, "The Ethiopian National Defence Force (ENDF) said on Tuesday", "to control towns.",
  ("Ethiopia", C, neg, "Fano", "the army speaks for its state; operations announced against 'extremist groups' = announced operation + judgement"))
U(d, "A Fano commander in West Gojjam, who asked not to be named", "remained in the region.",
  ("Fano", C, neg, "Ethiopia", "unnamed commander of a named group speaks for it (guide: unnamed official of a named body); 'a declaration of war on the Amhara people' + refusal to disarm = judgement/threat"))
U(d, "He said the militia had taken Merawi", "regional capital Bahir Dar.",
  ("Fano", N, neu, "", "own military claim reported as done, no judgement; 'Reuters could not verify' is the agency's note (no row)"))
U(d, "Ethiopian Airlines said on Friday it had cancelled", "once flights resumed.",
  ("Ethiopian Airlines", N, neu, "", "state-owned carrier under its own name (like Air France in actors.csv), not the state; flight cancellations = facts"))
U(d, "Deputy Prime Minister and Foreign Minister Demeke Mekonnen", "settled by peaceful means.",
  ("Ethiopia", T, neg, "", "same government, different register: worry + appeal for a peaceful settlement, no judgement = calling_for_talks (rule 2)"))
U(d, "The Ethiopian Human Rights Commission, a state-funded but independent body", "through dialogue.",
  ("Ethiopian Human Rights Commission", T, neg, "", "national human-rights institution under its own name (like KNCHR); alarm + appeal to both sides to stop and talk = calling_for_talks; both sides -> target empty"))
U(d, "It also asked the authorities to keep any emergency measures", "limited in time.",
  ("Ethiopian Human Rights Commission", T, neu, "Ethiopia", "'It' = the commission; asks for restraint in the use of emergency powers, no judgement word = calling_for_talks, addressed to the government"))
U(d, "In Washington, the State Department said Secretary of State Antony Blinken", "Amhara and Oromia regions.",
  ("United States", N, neg, "", "concern with no appeal in the sentence = neutral, negative (guide); Washington = place"))
U(d, "The two men also discussed a new system of oversight", "it said.",
  ("United States", N, neu, "", "the department's account of the call (food-aid oversight) = facts; Ethiopia takes no position in the US readout (no row)"))
U(d, "The Amhara Association of America, a diaspora advocacy group", "actions of armed men.",
  ("Amhara Association of America", C, neg, "Ethiopia", "advocacy group under its own name; accusation of collective punishment"))
U(d, "Federal officials have accused Fano leaders", "the militia denies.",
  ("Ethiopia", C, neg, "Fano", "'Federal officials' are tied to the federal government = Ethiopia; accusation of seeking to topple the regional administration"),
  ("Fano", N, neg, "", "denial of the accusation = neutral, negative tone (guide); two actors in one sentence"))
