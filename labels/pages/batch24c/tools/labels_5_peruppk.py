# ------------------------------------------------------------------ Kuczynski's resignation in Peru on the eve of an impeachment vote (international wire copy, 2018-03-21)
d = "page_peru_kuczynski_resignation2018_wire.txt"
# Not statements: menu, section, UPDATE headline, time stamp, byline, read time, the four bullet points, crossheads,
# ADVERTISEMENT, reporting credits, Our Standards, MORE FROM list, tags.
U(d, "Peruvian President Pedro Pablo Kuczynski resigned on Wednesday", "in exchange for his vote.",
  ("Peru", N, neu, "", "dateline excluded; the president's resignation = a specific act by the head of state, reported without judgement; the videos' content is narration"))
U(d, "In a televised address from the government palace, flanked by his cabinet, Kuczynski said", "committed no crime.",
  ("Peru", N, neg, "", "head of state = Peru; own decision + denial of a crime = neutral, negative"))
U(d, "He said the recordings had been stitched together by his opponents", "impossible to govern.",
  ("Peru", C, neg, "Popular Force", "accuses his opponents (the party that released the videos) of a fabricated case and obstruction"))
U(d, "\"I may have made mistakes in these 20 months", "Kuczynski said.",
  ("Peru", N, neg, "", "denial in a quote closed by the speaker = neutral, negative"))
# "The 79-year-old former Wall Street banker had survived a first impeachment vote ..." and "Days later he pardoned ..." = background, no row.
U(d, "Popular Force, the party of Keiko Fujimori that controls Congress, said in a statement", "only possible outcome.",
  ("Popular Force", C, neg, "Peru", "party (parties.csv); accusation of corruption run from the palace = the presidency"))
U(d, "Fujimori wrote on Twitter that Peruvians deserved a government", "guarantee the succession.",
  ("Popular Force", C, neg, "Peru", "Keiko Fujimori leads Popular Force; 'buy consciences' judgement + reassurance: judgement decides"))
U(d, "The party said later it would not stand in the way", "restore governability.",
  ("Popular Force", T, pos, "", "offer to cooperate on an agenda with the successor = calling_for_talks (offer of talks)"))
U(d, "Congress President Luis Galarreta said party spokespeople had agreed", "within the constitution.",
  ("Peru", N, neu, "", "president of Congress speaks for the state organ (Peru); procedure and date"))
U(d, "Mauricio Mulder, a lawmaker for the Peruvian Aprista Party, said", "his own conduct.",
  ("Peruvian Aprista Party", C, neg, "Peru", "vote plan + demand to record that the president fell by his own conduct = judgement of the outgoing president"))
U(d, "Marco Arana of the leftist Broad Front called the whole political class discredited", "early general elections.",
  ("Broad Front (Peru)", C, neg, "", "judgement of the whole political class (no single target) + plan"))
U(d, "Gilbert Violeta, who heads the bench of the ruling Peruvians for Change party, said", "orderly transition.",
  ("Peruvians for Change", N, pos, "", "respect for the decision + help with the transition; backing its own leader's act, no appeal to others"))
U(d, "Prime Minister Mercedes Araoz, who is also second vice president, said", "calm handover.",
  ("Peru", T, neu, "", "cabinet's posts at disposal (procedure) + appeal to all parties for a calm handover"))
U(d, "Vizcarra, a former regional governor who has served as ambassador to Canada since October, said", "the constitution gave him.",
  ("Peru", N, pos, "", "first vice president = Peru; plan to return and take office"))
U(d, "\"I ask all Peruvians, and every political force, to close ranks.", "Vizcarra said in a statement.",
  ("Peru", T, pos, "", "multi-sentence quote closed by the speaker; appeal for unity and against settling scores = calling_for_talks"))
U(d, "Ombudsman Walter Gutierrez called on Congress", "keep protests peaceful.",
  ("Peru", T, neu, "", "state ombudsman = Peru; appeal for quick resolution and peaceful protest"))
# "Several hundred protesters gathered near Congress ..." = unnamed crowd, narration, no row.
U(d, "Foreign Minister Cayetana Aljovin said the Summit of the Americas", "as planned.",
  ("Peru", N, neu, "", "plan stated as fact"))
U(d, "A State Department official in Washington said the United States", "in line with the constitution.",
  ("United States", N, pos, "", "unnamed official of a named government; monitoring + confidence in institutions, no appeal, no backing of an actor"))
U(d, "Organization of American States Secretary General Luis Almagro said on Twitter", "constitutional succession.",
  ("Organization of American States", S, pos, "Peru", "backing of Peru's institutions = supporting"))
U(d, "Chilean President Sebastian Pinera said Chile stood with the Peruvian people", "difficult moment.",
  ("Chile", S, pos, "", "solidarity with a people (not the government) -> supporting, target empty"))
U(d, "Colombian President Juan Manuel Santos telephoned Araoz", "the Colombian presidency said.",
  ("Colombia", S, pos, "Peru", "offer of support by phone to the Peruvian government"))
U(d, "Argentina's Foreign Ministry expressed its hope", "peaceful transition.",
  ("Argentina", T, pos, "", "hope for a peaceful transition = calling_for_talks"))
U(d, "In Caracas, Venezuelan President Nicolas Maduro, whom Kuczynski's government had told not to come", "his own corruption.",
  ("Venezuela", C, neg, "Peru", "gloating judgement of the outgoing president (his government = Peru)"))
# "Peru's sol weakened 0.4 percent ..." = market narration, no row.
U(d, "Carmen Villanueva, a political scientist at the Pacific Institute of Political Studies", "topple a president.",
  ("Carmen Villanueva", N, neu, "", "invented analyst; reading of the new president's position"))
U(d, "She urged Vizcarra and Fujimori to agree", "cost Peru dearly.",
  ("Carmen Villanueva", T, neg, "", "appeal to both sides for an agreed agenda + risk; no judgement"))
U(d, "Jorge Salcedo, a constitutional lawyer, said lawmakers had used the charge", "political combat.",
  ("Jorge Salcedo", C, neg, "", "invented lawyer; judgement on Congress's use of the impeachment tool (several factions -> target empty)"))
