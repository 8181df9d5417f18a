# ------------------------------------------------------------------ Lugo's impeachment and Paraguay's suspension (Latin American news site, full HTML, 2012-06-29)
d = "page_lugo_impeachment_latamsite.html"
UN_SA = "Union of South American Nations"
# No rows: top bar, masthead, nav, BREAKING ticker, section label, headline, summary, byline box, share, captions with
# credits and "1 of 2", ADVERTISEMENT, crossheads, "Paraguay's new government reacted with fury." (summary line before the
# specific statements), "Lugo was removed by 39 votes to four ..." (narration of the vote and the Curuguaty deaths),
# "The reaction around the region was immediate." (summary line), "The crisis has divided the region's governments ..."
# (summary, no actor named), "At the Organization of American States in Washington, the Permanent Council met in special
# session on Tuesday but adopted no resolution." (procedure with no position; see README), the Asunción political scientist
# (unnamed, not an actor), "Venezuela went furthest." (summary line before the specific statements), the closing scene in the capital, Related, tags, newsletter, comments, most read, footer.
U(d, "The presidents of Argentina, Brazil and Uruguay on Friday suspended Paraguay", "four founding members.",
  ("Mercosur", C, neg, "Paraguay", "dateline excluded; the three remaining members acting in the bloc's summit = Mercosur (one row for the body, not three: the decision is the bloc's); suspension + 'broken the democratic order' = condemning (unsure: could be three state rows)"))
U(d, "The leaders decided against economic sanctions, and in the same session approved Venezuela's entry", "blocked for years.",
  ("Mercosur", N, neu, "", "decision not to sanction + admission of a member = procedure, no judgement = neutral; the Paraguayan Senate's past blocking is background"))
U(d, "\"What happened in Asunción was a trial without a defence", "as Mercosur's rotating chair.",
  ("Mercosur", C, neg, "Paraguay", "quote closed by its speaker; the host president closing the summit as rotating chair speaks for the bloc (guide); 'no member of this bloc can accept' = judgement (unsure: could be Argentina)"))
U(d, "\"But we will not make the Paraguayan people pay", "politicians did.\"",
  ("Mercosur", N, pos, "", "quote continued after the attribution = own unit, same speaker (as chair); decision not to punish the people = neutral, positive"))
U(d, "She said sanctions \"end up on the tables of the poor\"", "go on normally.",
  ("Mercosur", N, pos, "", "'She' = Fernández as chair; reasons for not sanctioning + trade goes on = neutral, positive toward Paraguayans"))
U(d, "Hours later, the Union of South American Nations (UNASUR), meeting in the same city, also suspended Paraguay", "held since October.",
  (UN_SA, C, neg, "Paraguay", "suspension + loss of the rotating presidency = a measure = condemning; Asunción = metonym"))
U(d, "Foreign Minister José Félix Fernández Estigarribia told reporters in Asunción", "without being heard.",
  ("Paraguay", C, neg, "Mercosur", "'no legal basis' + 'condemned without being heard' = judgement of the bloc's decision; Asunción = place"))
U(d, "He said the admission of Venezuela without the approval of Paraguay's Congress violated", "court in Asunción.",
  ("Paraguay", C, neg, "Mercosur", "'He' = the foreign minister; 'violated the founding treaty' + legal action threatened; Venezuela only the object"))
U(d, "President Federico Franco, Lugo's former vice-president, who was sworn in", "the country was calm.",
  ("Paraguay", N, neu, "", "defence of the procedure's legality + calm = denial/reassurance = neutral"))
U(d, "In an interview with a radio station on Thursday, Franco said several of the region's leftist governments", "Paraguay's democracy.",
  ("Paraguay", C, neg, "", "accusation of bad faith aimed at unnamed 'leftist governments' -> target empty"))
U(d, "Senate president Jorge Oviedo Matto said the upper house had used powers", "start of the trial.",
  ("Paraguay", N, neu, "", "the Senate is a state organ = Paraguay; justification of its own act = neutral"))
U(d, "Mercosur had already barred Franco's government from the Mendoza summit last Sunday", "under review.",
  ("Mercosur", C, neg, "Paraguay", "an earlier measure reported as done (barred from the summit), voiced by the three founding members = the bloc"))
U(d, "Lugo, a former Roman Catholic bishop elected in 2008, accepted the verdict", "accepted his election.",
  ("Fernando Lugo", C, neg, "", "the ousted president speaks for himself (no longer for the state); 'parliamentary coup' by the traditional parties (not canonical) -> target empty; his first acceptance is narration inside the same sentence"))
U(d, "He had said he would travel to Mendoza to put his case to the presidents", "stay in Paraguay.",
  ("Fernando Lugo", N, neu, "", "'He' = Lugo; change of plan told to reporters, no reason or protest stated = neutral"))
U(d, "\"I ask our neighbours not to punish Paraguay's farmers and workers", "his home in the capital.",
  ("Fernando Lugo", N, pos, "", "appeal against sanctions: neither a call for talks nor a judgement of an actor = neutral (unsure: could be read as calling_for_talks)"))
U(d, "\"Isolation would hurt the people who voted for change", "took it away.\"",
  ("Fernando Lugo", N, neg, "", "quote continued after the attribution; a warning about the effect of isolation, 'those who took it away' only alluded to = neutral, negative"))
U(d, "Brazil recalled its ambassador for consultations on June 23, and President Dilma Rousseff said in Mendoza", "hurt ordinary Paraguayans.",
  ("Brazil", C, neg, "Paraguay", "recall of the envoy + democratic clause must be applied = a measure taken (condemning), with a reservation on sanctions; Mendoza = place"))
U(d, "Argentina withdrew its ambassador the same weekend, and Foreign Minister Héctor Timerman said", "right to a defence.",
  ("Argentina", C, neg, "Paraguay", "withdrawal + non-recognition = condemning"))
U(d, "President Hugo Chávez ordered a halt to oil shipments to Paraguay", "Paraguayan people.",
  ("Venezuela", C, neg, "Paraguay", "oil halt + envoy withdrawn + 'assault on the will' = measures and judgement"))
U(d, "\"They got rid of him overnight because he dared to govern for the poor.", "televised address from Caracas.",
  ("Venezuela", C, neg, "Paraguay", "multi-sentence quote closed by Chávez; threat of continued embargo; Caracas = place"))
U(d, "Ecuador's President Rafael Correa said his government would not recognise Franco", "landowners' parties.",
  ("Ecuador", C, neg, "Paraguay", "non-recognition = refusing a party in protest = condemning"),
  ("Bolivia", C, neg, "", "'coup by the landowners' parties' = judgement; target = the parties, not canonical -> empty"))
U(d, "The day before the impeachment vote, foreign ministers from UNASUR flew to Asunción", "among them.",
  (UN_SA, T, neu, "Paraguay", "ministers' mission to secure due process = a diplomatic appeal = calling_for_talks; Patriota only reports it (no Brazil row)"))
U(d, "Secretary-General José Miguel Insulza, who had earlier said the trial had moved far too fast", "report back to the council.",
  ("Organization of American States", C, neg, "Paraguay", "OAS Secretary-General; 'far too fast to give Lugo a fair chance' = judgement of Paraguay's Congress, rule 1 over the fact-finding mission (unsure: the mission alone would be neutral or calling_for_talks)"))
U(d, "Nicaragua, with the support of Venezuela, Bolivia and Ecuador, proposed calling a special General Assembly", "after the 2009 coup.",
  ("Nicaragua", C, neg, "Paraguay", "proposal to consider suspension = a call for a measure = condemning"),
  ("Venezuela", C, neg, "Paraguay", "listed backer of the same proposal = one row per state"),
  ("Bolivia", C, neg, "Paraguay", "same"),
  ("Ecuador", C, neg, "Paraguay", "same"))
U(d, "The United States called on all sides in Paraguay to stay calm", "had unfolded.",
  ("United States", T, neg, "", "appeal for calm to all sides + concern, no judgement word = calling_for_talks, negative; Washington = metonym"))
