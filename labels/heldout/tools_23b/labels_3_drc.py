# ------------------------------------------------------------------ DR Congo at the end of Kabila's mandate (UN noon briefing in excerpts with Q&A, 2016-12-21)
d = "page_drc_kabila_noonbriefing.txt"
U(d, "The Secretary-General is deeply concerned by the violence", "midnight on 19 December.",
  ("United Nations", N, neg, "", "concern without an appeal = neutral, negative; Kabila's mandate is only mentioned"))
U(d, "He condemns the use of lethal force against demonstrators", "answer for them.",
  ("United Nations", C, neg, "Democratic Republic of the Congo", "'He' = the SG; condemnation + warning to 'the Congolese authorities'"))
U(d, "The Secretary-General calls on all political leaders and their supporters", "resume today in Kinshasa.",
  ("United Nations", T, neu, "", "appeal to all sides: restraint + return to the CENCO talks"))
U(d, "He commends the bishops for their patience and perseverance", "for the transition.",
  ("United Nations", S, pos, "National Episcopal Conference of the Congo", "praise of the mediators = supporting"))
U(d, "The Secretary-General reiterates that the United Nations stands ready to accompany", "inclusive elections.",
  ("United Nations", S, pos, "Democratic Republic of the Congo", "offer of assistance to 'the Congolese people' = supporting (unsure: could be read as a neutral reassurance)"))
U(d, "On the ground, the UN Joint Human Rights Office in the Democratic Republic of the Congo tells us", "on 20 December.",
  ("United Nations", N, neu, "", "UNJHRO = United Nations; figures with no blame in the sentence"))
U(d, "The Office says the majority of the victims were shot with live ammunition", "opposition activists and journalists.",
  ("United Nations", C, neg, "Democratic Republic of the Congo", "'The Office' = UNJHRO; accusation by describing the security forces' shootings and arbitrary arrests (guide: condemning)"))
U(d, "The Special Representative of the Secretary-General and head of MONUSCO, Maman Sambo Sidikou", "without hindrance.",
  ("United Nations", T, neg, "Democratic Republic of the Congo", "demand to free detainees and let journalists work, no judgement word = calling_for_talks, negative (real wording 'gravely concerned by the arrests' avoided)"))
U(d, "The Mission has stepped up its patrols", "further loss of life.",
  ("United Nations", N, neu, "", "own measures; 'The Mission' = MONUSCO"))
U(d, "In a communiqué this morning it said nine people were killed", "275 people were arrested.",
  ("Democratic Republic of the Congo", N, neu, "", "positions reported inside a journalist's question count; 'it' = the Government; figures (the police = the same state); calling six of the dead 'looters' is the government's framing of the victims, no judgement of a named actor (unsure)"))
U(d, "Government spokesman Lambert Mende is also quoted as saying that the unrest was planned", "seize power in the street.",
  ("Democratic Republic of the Congo", C, neg, "", "accusation of the opposition leaders (several parties, not one canonical actor -> target empty)"))
U(d, "We stand by the figures of our human rights colleagues", "may well go up.",
  ("United Nations", N, neu, "", "'Spokesman:' label excluded; the UN maintains its figures, no judgement"))
U(d, "What matters is that every death is investigated", "whoever they are.",
  ("United Nations", T, neg, "", "demand for investigations with no perpetrator named and no judgement word = calling_for_talks (batch5c: demands for an investigation)"))
U(d, "Just to follow up, Mr. Mende also said in the same interview", "send its delegation today.",
  ("Democratic Republic of the Congo", T, neu, "National Episcopal Conference of the Congo", "commitment to attend the mediated talks = calling_for_talks; target = the mediators whose talks it joins (unsure: could be empty)"))
U(d, "My understanding is that the delegations were meeting this afternoon", "backs the bishops' efforts.",
  ("United Nations", S, pos, "National Episcopal Conference of the Congo", "fact + backing of the mediation in one sentence: the backing decides"))
U(d, "Étienne Tshisekedi released a video on Tuesday in which he called on the Congolese people", "now illegitimate.",
  ("Rassemblement", C, neg, "Democratic Republic of the Congo", "opposition coalition leader; call to stop recognizing Kabila = refusal in protest + 'illegitimate'"))
U(d, "It is not for me to pronounce on questions of legitimacy", "found in the street.",
  ("United Nations", T, neu, "", "declines to judge + appeal for a negotiated political agreement (the appeal decides)"))
U(d, "But Tshisekedi also told his supporters in that video", "remain peaceful.",
  ("Rassemblement", T, neu, "", "appeal to his own supporters for non-violence = calling_for_talks"))
U(d, "Any call to refrain from violence is a welcome call", "from every side.",
  ("United Nations", T, pos, "", "welcome + appeal to every side with no judgement: rule 2 before rule 3"))
U(d, "On international reaction, the United States said yesterday it condemned the bloodshed", "whichever camp they belonged to.",
  ("United States", C, neg, "", "condemnation + threat of sanctions 'whichever camp' -> target empty"))
U(d, "Belgium says it will re-examine its relations with the Democratic Republic of the Congo", "with Kinshasa indefinitely.",
  ("Belgium", C, neg, "Democratic Republic of the Congo", "announced review of relations = a measure (condemning); two states in one sentence = two rows"),
  ("Germany", C, neg, "Democratic Republic of the Congo", "development talks postponed indefinitely = a measure; Kinshasa = metonym"))
U(d, "Those are decisions for Member States to take", "get ahead of Council members.",
  ("United Nations", N, neu, "", "procedural answer, no position on the measures"))
U(d, "France's foreign ministry spokesman, Romain Nadal, said today", "deals with Kinshasa.",
  ("France", C, neg, "Democratic Republic of the Congo", "call for the EU to reconsider its relations = call for a measure (condemning, like a call for sanctions); Kinshasa = metonym"))
U(d, "The Mission continues to work with the Congolese authorities on a daily basis", "as its mandate requires.",
  ("United Nations", N, neu, "", "own work and mandate, no judgement"))
U(d, "Human Rights Watch says at least 26 people were killed on Tuesday", "firing directly into crowds.",
  ("Human Rights Watch", C, neg, "Democratic Republic of the Congo", "figure + accusation of the security forces in one sentence: the accusation decides"))
U(d, "Different organizations use different methods", "disagreement into that.",
  ("United Nations", N, neu, "", "explanation of method, no judgement"))
U(d, "My understanding is that the Chairperson, Nkosazana Dlamini-Zuma, has called on", "what we are saying.",
  ("African Union", T, neu, "", "position of the AU Commission chair reported by the UN spokesman: restraint + dialogue; 'I would refer you…' before it is a non-answer (no row)"))
U(d, "The bishops themselves said this morning that they hoped", "before Christmas.",
  ("National Episcopal Conference of the Congo", T, pos, "", "hope for an agreement = calling_for_talks; reported inside a question"))
U(d, "We share that hope, and whether it is realistic", "show at the table.",
  ("United Nations", T, pos, "", "shared hope for an agreement = calling_for_talks; 'I have no calls to read out' earlier is a non-answer (no row)"))
