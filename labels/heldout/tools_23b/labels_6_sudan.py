# ------------------------------------------------------------------ The ouster of Omar al-Bashir (scraped Gulf English-language daily with its furniture, 2019-04-12)
d = "page_sudan_bashir_gulfdaily.txt"
U(d, "The head of Sudan's new military council, Defence Minister Awad Ibn Auf, stepped down", "army headquarters in Khartoum.",
  ("Sudan", N, neu, "", "dateline 'Khartoum: ' excluded; resignation reported as done = own decision, no position on another actor; the council speaks for its state (guide: a junta speaks for its state)"))
U(d, "In a brief address on state television, Ibn Auf said he was leaving the post", "as his successor.",
  ("Sudan", N, neu, "", "reason for his own resignation + successor named; state television only carries it"))
U(d, "On Thursday, Ibn Auf had told the nation that Bashir", "from 10pm to 4am.",
  ("Sudan", N, neu, "", "the takeover's measures announced (removal, council, emergency, curfew) = own procedure, no judgement in this sentence (unsure: the curfew could be read as a measure against the protesters)"))
U(d, "He blamed the ousted government for years of corruption", "edge of collapse.",
  ("Sudan", C, neg, "", "the junta judges the former regime of its own state: condemning, target empty (not a separate canonical actor; target cannot equal the actor)"))
U(d, "The Sudanese Professionals Association, the umbrella group of unions", "speak for the revolution.",
  ("Sudanese Professionals Association", C, neg, "Sudan", "rejection of the council in protest + judgement (Bashir's men) = condemning; the council = Sudan"))
U(d, "The association urged people to stay in the streets and ignore the curfew", "civilian transitional government.",
  ("Sudanese Professionals Association", C, neg, "Sudan", "'The association' = SPA; call to defy the council's curfew = refusal in protest (unsure: could be read as a demand, calling_for_talks)"))
U(d, "Late on Friday, the SPA hailed Ibn Auf's departure", "not yet been met.",
  ("Sudanese Professionals Association", S, pos, "Sudan", "welcome of a step taken by the council (Ibn Auf's resignation) = supporting (unsure: 'victory' of its own movement could be neutral self-praise)"))
U(d, "At a news conference in Khartoum on Friday, Lieutenant General Omar Zain Al Abdin", "if the parties agreed.",
  ("Sudan", T, pos, "", "speaker introduced by role; offer to shorten the transition by agreement = calling_for_talks (real wording 'no ambitions … reins of power' avoided)"))
U(d, "He said the council would open a dialogue with all political forces", "interior ministries.",
  ("Sudan", T, neu, "", "offer of dialogue; the NCP's exclusion is procedural"))
U(d, "\"What happened was not a coup.", "Zain Al Abdin said.",
  ("Sudan", N, neg, "", "multi-sentence quote closed by the speaker; denial that it was a coup = neutral, negative"))
U(d, "Asked about the International Criminal Court, which has sought Bashir's arrest", "shame the country.",
  ("Sudan", N, neg, "", "refusal to extradite with a reason of national honour, no judgement of the ICC (unsure: could be read as rejecting a format in protest)"))
U(d, "He also warned that the security forces would act firmly", "attacked public property.",
  ("Sudan", C, neg, "", "threat against those blocking roads (protesters, not a canonical actor) -> target empty"))
U(d, "A police spokesman said 16 people had been killed", "Thursday and Friday.",
  ("Sudan", N, neu, "", "police = the state; casualty figures without blame"))
U(d, "The alliance of opposition parties and professional groups known as the Forces of Freedom and Change", "civilian authority.",
  ("Forces of Freedom and Change", T, neu, "Sudan", "readiness to talk with the army about a handover = calling_for_talks"))
U(d, "Moussa Faki Mahamat, the chairperson of the African Union Commission, said that seizing power", "hopes of its people.",
  ("African Union", C, neg, "Sudan", "judgement of the military takeover ('the wrong answer'; real wording 'not the appropriate response' avoided)"))
U(d, "In the same statement, Faki called on all Sudanese parties to remain calm", "rights of citizens.",
  ("African Union", T, neg, "", "appeal for calm and restraint to all sides"))
U(d, "The AU chief also assured the people of Sudan of the organisation's solidarity", "through the transition.",
  ("African Union", S, pos, "Sudan", "'The AU chief' = Faki; solidarity + offer of help = supporting (target: the people of Sudan, by the demonym)"))
U(d, "UN Secretary-General Antonio Guterres called for calm and restraint", "told reporters in New York.",
  ("United Nations", T, pos, "", "appeal + hope for an inclusive transition; spokesman's attribution tail"))
U(d, "Asked whether Bashir should be sent to The Hague", "particular warrants.",
  ("United Nations", N, neu, "", "declines to comment on a specific warrant; general line on cooperation, no appeal to Sudan stated"))
U(d, "In Washington, State Department deputy spokesman Robert Palladino said", "at the helm of the transition.",
  ("United States", T, neu, "Sudan", "backing of a civilian-led transition, no judgement word (unsure: implied pressure on the council); real wording avoided"))
U(d, "The State Department also ordered non-emergency US government employees", "not to travel there.",
  ("United States", N, neu, "", "own measure for its staff and citizens, not aimed at another actor"))
U(d, "British Foreign Secretary Jeremy Hunt said two years of army rule", "risked their lives for.",
  ("United Kingdom", C, neg, "Sudan", "judgement of the council's two-year plan (real tweet wording avoided)"))
U(d, "Hunt urged the council to move quickly to a representative civilian leadership", "right to protest.",
  ("United Kingdom", T, neu, "Sudan", "surname only; appeal addressed to the council, no judgement word"))
U(d, "EU foreign policy chief Federica Mogherini said only an inclusive political process", "without delay.",
  ("European Union", T, neu, "Sudan", "appeal for an inclusive process and a civilian handover, no judgement"))
U(d, "Egypt's foreign ministry said Cairo stood behind whatever path the Sudanese people chose", "back Sudan's transition.",
  ("Egypt", S, pos, "Sudan", "support + trust in the army + appeal to others to back the transition = supporting; Cairo = metonym"))
U(d, "Qatar urged every Sudanese party to think of the nation first", "the foreign ministry in Doha said.",
  ("Qatar", T, neu, "", "appeal for dialogue and no bloodshed; attribution tail with Doha as the ministry's seat"))
U(d, "Turkish President Recep Tayyip Erdogan told reporters on Thursday that he wished", "without bloodshed.",
  ("Turkey", T, pos, "Sudan", "wish for a democratic, bloodless settlement = hope (calling_for_talks); real wording 'national conciliation' avoided"))
U(d, "Amnesty International urged Sudan's new authorities to hand Bashir to the ICC", "ten years for justice.",
  ("Amnesty International", T, neg, "Sudan", "demand for accountability with no judgement word = calling_for_talks, negative (as demands for investigation; unsure: could be condemning); Saudi/UAE silence before it is narration (no row)"))
