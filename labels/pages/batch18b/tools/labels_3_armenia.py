# ------------------------------------------------------------------ Armenia ratifies the Rome Statute; Moscow's reaction (Russian state media in English, .txt, 2023-10-04)
d = "page_armenia_romestatute_statemedia.txt"
# Not statements: masthead, menu, section, time line, headline, subheadline, "Read ENW on Telegram", the dateline
# "MOSCOW, October 4. /ENW/. ", crossheads in quotes, "Read also" link titles, tags, NEWS FEED items, footer.
U(d, "Russia sees Armenia's ratification of the Rome Statute", "on Tuesday.",
  ("Russia", C, neg, "Armenia", "lead: 'mistaken step' against the spirit of the alliance, attributed to unnamed 'Russian officials' of a named state"))
U(d, "The National Assembly of Armenia voted 60 to 22 in favor of ratification", "no abstentions.",
  ("Armenia", N, neu, "", "parliament = Armenia (guide); ratifying a treaty = specific act reported as done, with figures"))
U(d, "Lawmakers of the opposition factions Armenia and I Have Honor", "outside powers.",
  ("Armenia Alliance", C, neg, "Armenia", "the faction called 'Armenia' is the opposition Armenia Alliance, not the state; it judges its own government's step"),
  ("I Have Honor", C, neg, "Armenia", "second faction in the same sentence = its own row"))
# "The law now goes to President Vahagn Khachatryan for his signature." : procedure ahead, no position (no row)
U(d, "Kremlin Spokesman Dmitry Peskov told reporters on Tuesday that Moscow had never been convinced", "ill-judged.",
  ("Russia", C, neg, "Armenia", "'ill-judged' = judgement"))
U(d, "\"There will now be more questions for Armenia's present leadership", "Peskov said.",
  ("Russia", T, neg, "Armenia", "multi-sentence quote closed by the speaker: questions to be put + a diplomatic way out, no explicit judgement in the quote -> calling_for_talks"))
U(d, "He said the Kremlin would not want a situation in which the Russian president", "because of the court.",
  ("Russia", N, neg, "", "'He' = Peskov; worry about Putin's future trips without an appeal = concern, neutral (guide)"))
U(d, "At the same time, the Kremlin spokesman stressed that Armenia remained Russia's ally", "would endure.",
  ("Russia", S, pos, "Armenia", "role only ('the Kremlin spokesman'); praise of the alliance and the 'fraternal' people"))
U(d, "Peskov also brushed aside Yerevan's recent complaints", "had failed Armenia.",
  ("Russia", N, neg, "", "rejecting Armenia's criticism of Russia/CSTO = a denial, neutral with a negative tone (unsure)"))
U(d, "State Duma Speaker Vyacheslav Volodin wrote on his Telegram channel", "bear the cost.",
  ("Russia", C, neg, "Armenia", "Duma speaker on social media = Russia (state body); 'acted rashly' = judgement"))
U(d, "\"Our peoples chose to build this relationship together.", "Volodin wrote.",
  ("Russia", C, neg, "Armenia", "multi-sentence quote closed by 'Volodin wrote'; judgement + 'owe an explanation'"))
U(d, "Federation Council Deputy Speaker Konstantin Kosachev wrote on Telegram", "judges in The Hague.",
  ("Russia", C, neg, "Armenia", "upper-house deputy speaker on social media = Russia; 'a step no friend of Russia should have taken' = judgement without stock words"))
U(d, "He predicted that the court, which in his view has a habit of meddling", "Armenian authorities themselves.",
  ("Russia", C, neg, "International Criminal Court", "'He' = Kosachev; the judgement is aimed at the court ('meddling'); the warning to Yerevan is a prediction"))
U(d, "Foreign Ministry Spokeswoman Maria Zakharova told a briefing on Wednesday", "to a vote.",
  ("Russia", C, neg, "Armenia", "reproach of the authorities for deciding without the public"))
U(d, "She said Armenians had been promised something quite different when they went to the polls.", "She said Armenians had been promised something quite different when they went to the polls.",
  ("Russia", C, neg, "Armenia", "'She' = Zakharova; accusation of breaking electoral promises, no stock word"))
U(d, "Deputy Foreign Minister Sergei Ryabkov said the vote was of a piece", "drifting from Moscow.",
  ("Russia", C, neg, "Armenia", "judgement without stock words ('showy' distancing)"))
U(d, "The ministry had cautioned last week that ratification would do serious damage", "ratification procedure.",
  ("Russia", C, neg, "Armenia", "'The ministry' = Russian MFA by context; a warning of consequences + an ambassador summoned in protest"))
U(d, "Moscow does not recognize the jurisdiction of the ICC.", "Moscow does not recognize the jurisdiction of the ICC.",
  ("Russia", N, neu, "", "standing legal position stated as fact, no judgement in the sentence"))
U(d, "In March, the court issued arrest warrants for President Vladimir Putin", "legally null and void.",
  ("International Criminal Court", C, neg, "Russia", "background, but a specific act (arrest warrants against Russian officials) = a measure against another side"),
  ("Russia", C, neg, "International Criminal Court", "Moscow's rejection of the warrants as 'null and void' = judgement of the court's decisions"))
# "Under the Rome Statute, states parties are obliged ..." : legal background (no row)
U(d, "Armenian Prime Minister Nikol Pashinyan has repeatedly argued that the move is not aimed at Russia.", "Armenian Prime Minister Nikol Pashinyan has repeatedly argued that the move is not aimed at Russia.",
  ("Armenia", N, neg, "", "denial that the step targets Russia = neutral, negative tone"))
U(d, "Armenian officials have linked it instead to the situation on the border with Azerbaijan", "on its soil.",
  ("Armenia", C, neg, "Azerbaijan", "two Armenian speakers in one sentence = one row; Simonyan's war-crimes accusation decides"))
U(d, "Yeghishe Kirakosyan, Armenia's representative on international legal issues", "on its territory.",
  ("Armenia", C, neg, "Azerbaijan", "official of a named government; accusation of crimes by Azerbaijani soldiers"))
U(d, "Deputy Speaker Hakob Arshakyan, who co-chairs the Armenian-Russian inter-parliamentary commission", "would be overcome.",
  ("Armenia", T, pos, "Russia", "denial that the vote is unfriendly + confidence that tension will be overcome: the hope decides (guide: hopes = calling_for_talks)"))
U(d, "Yerevan has also proposed that the two countries sign a bilateral agreement", "over the court.",
  ("Armenia", T, neu, "Russia", "offer of a bilateral agreement = offering talks; Yerevan = metonym"))
U(d, "The ratification process began in December 2022", "Basic Law.",
  ("Armenia", N, neu, "", "the Constitutional Court's ruling = an Armenian state body's act reported as done (unsure: could be background without a row)"))
# "The West was quick to applaud." : summary line in the outlet's voice (no row)
U(d, "EU foreign policy chief Josep Borrell welcomed the ratification", "to do so.",
  ("European Union", S, pos, "Armenia", "welcome + an appeal to join the court (not a peace or negotiation appeal) -> rule 3, supporting"))
# "Observers in Moscow note ..." : unnamed, not actors (no row)
U(d, "Political scientist Pavel Ermolin of the Moscow-based Institute for Neighbourhood Studies told ENW", "a single Armenian village.",
  ("Pavel Ermolin", C, neg, "Armenia", "named independent analyst (invented) = his own actor; explicit judgement of Pashinyan's government"))
# Ermolin's quote "Membership of the court gives Yerevan nothing ..." : an analytical claim without an explicit position (no row, as for op-ed narration)
# "According to the expert, the timing of the vote ... is telling." : insinuation without a position (no row)
# Treaty and Gyumri base: background (no row)
