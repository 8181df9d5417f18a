# ------------------------------------------------------------------ Peninsula Shield deployment to Bahrain (Gulf English-language daily, scraped, 2011-03-17)
d = "page_bahrain_peninsulashield_gulfdaily.txt"
# Not statements: masthead with date, prayer times, menu, section path, print/share line, headline, standfirst, byline,
# published line, image captions with credits ("Image 2 of 4: ..."), crossheads, ADVERTISEMENT, related stories, tags,
# readers' comments, most read, newsletter, copyright. Dateline "Manama: " excluded.
U(d, "Iran recalled its ambassador from Manama on Wednesday", "took effect.",
  ("Iran", C, neg, "Bahrain", "long lead mixing narration (the clearance, the state of national safety) and Iran's recall of its envoy in protest = a diplomatic measure (condemning); Manama = place; the protest is at the Saudi/Emirati deployment but the measure is taken against Bahrain"))
U(d, "In a royal decree read on state television on Tuesday, King Hamad bin Isa Al Khalifa declared", "to restore order.",
  ("Bahrain", N, neu, "", "own emergency measures announced with no judgement of another actor = neutral (unsure: a crackdown announced against the protest movement could be read as condemning, but the opposition is not a canonical actor here)"))
# "A curfew from 4pm to 4am was imposed ..." = passive narration, no actor (no row)
U(d, "The Interior Ministry said in a statement carried by the Bahrain News Agency", "had been wounded.",
  ("Bahrain", C, neg, "", "ministry = Bahrain (the news agency only carries it); casualty figures that blame the protesters for the policemen's deaths = accusation by describing the other side's attacks; protesters are not an actor -> target empty (unsure: could be neutral figures)"))
U(d, "The ministry denied reports that security forces had fired live ammunition", "had been used.",
  ("Bahrain", N, neg, "", "'The ministry' = Interior Ministry; denial = neutral, negative"))
# "Opposition groups said at least three protesters were killed ..." = unnamed groups (not an actor) + the outlet's caveat: no rows
U(d, "More than 1,000 Saudi soldiers crossed the King Fahd Causeway on Monday, and a Saudi official source said", "protect vital facilities.",
  ("Saudi Arabia", S, neu, "Bahrain", "unnamed official of a named government speaks for it; troops sent at Bahrain's request = backing by act"))
U(d, "The Saudi cabinet, chaired by King Abdullah, said on Monday that the kingdom would not tolerate", "of the Gulf states.",
  ("Saudi Arabia", C, neg, "", "warning against foreign interference = threat; Iran is implied but not named -> target empty"))
U(d, "The UAE sent some 500 police officers.", "500 police officers.",
  ("United Arab Emirates", S, neu, "Bahrain", "a specific act reported as done: police sent to help Bahrain = backing by act"))
U(d, "Foreign Minister Sheikh Abdullah bin Zayed Al Nahyan said Abu Dhabi had answered the call", "threat to its security.",
  ("United Arab Emirates", S, pos, "Bahrain", "Abu Dhabi = metonym; 'a brother state' = Bahrain; solidarity"))
U(d, "The GCC said in a statement that the security of its member states was indivisible", "joint defence agreements.",
  ("Gulf Cooperation Council", S, pos, "Bahrain", "GCC (alias in name files); deployment at Manama's request = backing; Manama = metonym (object)"))
U(d, "GCC Secretary-General Abdul Rahman bin Hamad Al Attiyah said the force's task was limited", "dealing with demonstrators.",
  ("Gulf Cooperation Council", N, neu, "", "secretary-general = GCC; description of the mission, no evaluation; Al Attiyah not declared (left office in 2011)"))
U(d, "On Tuesday, Bahrain recalled its ambassador from Tehran,", "in its internal affairs.",
  ("Bahrain", C, neg, "Iran", "recall in protest + 'blatant meddling' = diplomatic measure and judgement; Tehran = place"))
U(d, "Foreign Minister Shaikh Khalid bin Ahmed Al Khalifa wrote on Twitter on Wednesday", "its own affairs.",
  ("Bahrain", C, neg, "Iran", "social media; 'no business lecturing' = judgement without stock words; not declared (left office in 2020)"))
U(d, "Bahrain's Crown Prince Shaikh Salman bin Hamad Al Khalifa, who on Sunday had offered", "had to come first.",
  ("Bahrain", T, neu, "", "the dialogue offer still stands = calling_for_talks; addressed to the opposition (not a canonical actor) -> target empty"))
U(d, "Iran's foreign ministry spokesman, Ramin Mehmanparast, told his weekly news conference in Tehran", "only make matters worse.",
  ("Iran", C, neg, "", "first 'Tehran' = place, second 'Tehran' = metonym for Iran; 'could not accept' foreign troops = judgement; two sending states -> target empty"))
U(d, "He urged Manama to hear out the protesters' demands", "without force.",
  ("Iran", T, neu, "Bahrain", "'He' = Mehmanparast; Manama = metonym (addressee); appeal without a judgement word = calling_for_talks (contrast with the previous sentence)"))
U(d, "President Mahmoud Ahmadinejad said in a speech on Wednesday", "those who had ordered it.",
  ("Iran", C, neg, "", "'wrong and could not be justified' + warning = condemning; no state named -> target empty; Ahmadinejad not declared (left office)"))
U(d, "Parliament speaker Ali Larijani told lawmakers on Tuesday", "against their own peoples.",
  ("Iran", C, neg, "", "Larijani = Iran (name files); threat ('would pay a heavy price') aimed at the Gulf rulers and, by insinuation, Washington -> target empty"))
U(d, "In Baghdad, the office of Prime Minister Nuri Al Maliki warned", "across the region.",
  ("Iraq", N, neg, "", "the prime minister's office = Iraq; Baghdad = place; warning of a risk with no judgement of an actor and no appeal = neutral, negative; Maliki not declared"))
U(d, "White House spokesman Jay Carney said on Monday that Washington did not see the Gulf deployment as an invasion,", "hold back from force.",
  ("United States", T, neu, "", "rejects the 'invasion' reading (no judgement) + renewed call for restraint on Bahrain and the GCC governments = calling_for_talks; several addressees -> target empty; Washington = metonym, Manama = metonym (object)"))
U(d, "Secretary of State Hillary Clinton, speaking in Cairo on Tuesday, said the events in Bahrain were deeply worrying.", "deeply worrying.",
  ("United States", N, neg, "", "concern without an appeal = neutral, negative; Cairo = place; Clinton not declared (left office)"))
U(d, "She said the United States had told all sides, including the Gulf governments,", "answered their grievances.",
  ("United States", T, neu, "", "'She' = Clinton; political process instead of security measures = calling_for_talks, addressed to all sides"))
U(d, "President Barack Obama telephoned King Hamad and Saudi Arabia's King Abdullah on Wednesday,", "the White House said.",
  ("United States", T, neg, "", "concern + appeal for 'maximum restraint' = calling_for_talks; two addressees -> target empty; attribution tail; the kings are objects"))
U(d, "The State Department advised Americans against all travel to Bahrain", "embassy staff.",
  ("United States", N, neu, "", "own measure for its citizens, no evaluation = neutral"))
U(d, "In New York, UN Secretary-General Ban Ki-moon said he was deeply troubled", "the rights of their people.",
  ("United Nations", T, neg, "Bahrain", "concern + appeal to the Bahraini authorities; 'reports of the use of force' is not an explicit judgement: rule 2; New York = place"))
U(d, "British Foreign Secretary William Hague said he had spoken to the Bahraini foreign minister", "offer of dialogue.",
  ("United Kingdom", T, neu, "", "appeal to all parties to step back and take up the dialogue offer = calling_for_talks; Hague not declared (left office)"))
U(d, "Al Wefaq, the largest Shiite opposition society, said the arrival of Gulf troops amounted to", "its unarmed people.",
  ("Al Wefaq", C, neg, "Gulf Cooperation Council", "opposition party under its own name; 'occupation', 'undeclared war' = judgement of the Peninsula Shield (GCC) deployment"))
U(d, "Its secretary-general, Shaikh Ali Salman, said Al Wefaq was still ready to sit down", "had stopped.",
  ("Al Wefaq", T, neu, "Bahrain", "'Its secretary-general' = Al Wefaq's leader; conditional offer of talks with the crown prince = calling_for_talks (labels/README: conditional offers count)"))
# The unnamed Salmaniya doctor, "Analysts in the region" and the readers' comments: no rows.
