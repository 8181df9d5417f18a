# ------------------------------------------------------------------ UAE troops on Socotra, Yemen's protest (pan-Arab site, full HTML, 2018-05-08)
d = "page_yemen_socotra_uaetroops2018_panarab.html"
# Not statements: top bar, masthead, nav, breadcrumb, headline, standfirst, byline/time/read time, figcaptions with credits,
# Advertisement slots, crossheads (h2, incl. the quoted "A rift Riyadh can paper over"), tags, share bar, comments, Read more, Most read, footer.
U(d, "Yemen's internationally recognised government has accused the United Arab Emirates", "war against the Houthis.",
  ("Yemen", C, neg, "United Arab Emirates", "lead carrying the position: accusation + 'an affront to Yemeni sovereignty'"))
U(d, "The government said four Emirati aircraft", "several ministers were visiting.",
  ("Yemen", N, neu, "", "the government's own account of the landings, facts without evaluation"))
U(d, "Bin Dagher told reporters in Hadibu", "handed back to Yemeni staff.",
  ("Yemen", C, neg, "United Arab Emirates", "PM introduced in the previous sentence, now by surname; staying on the island in protest until the ports are returned = protest by act (unsure: the demand alone would be talks)"))
U(d, "He said he was grateful to the Emirates", "handing over Yemeni land to anyone.",
  ("Yemen", C, neg, "United Arab Emirates", "thanks joined to a judgement ('handing over Yemeni land'): rule 1"))
U(d, "A senior official in the Yemeni foreign ministry, speaking on condition of anonymity", "role in the coalition to be reviewed.",
  ("Yemen", C, neg, "United Arab Emirates", "unnamed official of a named government; a prepared complaint to the UNSC and a review of the UAE's role = threatened measures"))
U(d, "In its statement, the government welcomed the arrival of a Saudi delegation", "normal life could resume.",
  ("Yemen", T, neu, "United Arab Emirates", "welcome of the mediation joined to an appeal, no judgement in the sentence: rule 2 before rule 3 -> talks; the appeal is aimed at the UAE"))
U(d, "The UAE's Minister of State for Foreign Affairs, Anwar Gargash, wrote on Twitter", "schools and power station.",
  ("United Arab Emirates", S, pos, "", "leader on social media; continued aid to the islanders = supporting; islanders are no canonical actor -> target empty"))
U(d, "Gargash said the UAE had no designs on the island", "campaign of distortion against the coalition.",
  ("United Arab Emirates", C, neg, "", "denial joined to an accusation of unnamed parties: the accusation decides; target empty"))
U(d, "A statement from the Emirati foreign ministry said its troops were on Socotra", "President Abd-Rabbu Mansour Hadi.",
  ("United Arab Emirates", S, pos, "Yemen", "ministry by its state's adjective; justification of its troops + backing of Hadi's government = supporting"))
U(d, "Emirati officials quoted by an Abu Dhabi daily said", "local authorities on the island.",
  ("United Arab Emirates", N, neu, "", "'Emirati officials' = officials of a named state; a factual claim, no judgement"))
U(d, "Saudi Arabia sent a team of officers to the island on Sunday", "support local security services.",
  ("Saudi Arabia", T, neu, "", "mediation by act (a team sent to defuse the standoff) + the coalition's plan; 'the Saudi-led coalition' resolves to Saudi Arabia"))
U(d, "Coalition spokesman Colonel Turki al-Maliki dismissed reports of a rift", "had not changed.",
  ("Saudi Arabia", N, neg, "", "denial of a rift = neutral, negative tone"))
U(d, "Saudi Arabia, in a statement carried by the official Saudi Press Agency", "channels they had agreed.",
  ("Saudi Arabia", T, neu, "", "'in a statement carried by' the agency; appeal to both partners to settle differences -> talks, two parties -> target empty"))
U(d, "The Southern Transitional Council, the UAE-backed southern separatist body", "any government in Aden.",
  ("Southern Transitional Council", S, pos, "United Arab Emirates", "praise of the Emirati role; the dig at Aden is aimed at no canonical actor by name (unsure: could add a judgement of the government)"))
U(d, "The Houthi movement's spokesman, Mohammed Abdulsalam, said the events on Socotra", "not to restore any government.",
  ("Houthis", C, neg, "", "judgement of the coalition (several states) -> target empty"))
U(d, "In Tehran, foreign ministry spokesman Bahram Qassemi described the deployment", "ambitions of those waging it.",
  ("Iran", C, neg, "", "judgement without a stock word aimed at the coalition states -> target empty"))
U(d, "A UNESCO spokesperson said the organisation was following developments", "with concern.",
  ("UNESCO", N, neg, "", "concern with no appeal = neutral, negative tone"))
U(d, "UN spokesman Stephane Dujarric told reporters in New York", "focus on the political process.",
  ("United Nations", T, pos, "", "reported clause: the Secretary-General's hope = calling_for_talks"))
U(d, "Hana Abdulqawi, a political scientist at the Levant Institute for Gulf Studies", "paper over but not close.",
  ("Hana Abdulqawi", N, neu, "", "invented scholar; analysis of the coalition, no judgement of an actor"))
U(d, "\"Abu Dhabi has overplayed its hand.", "read it,\" she said.",
  ("Hana Abdulqawi", C, neg, "United Arab Emirates", "multi-sentence quote closed by its speaker; 'overplayed its hand' = judgement without a stock word"))
U(d, "She urged Abu Dhabi and the Hadi government", "on a World Heritage site.",
  ("Hana Abdulqawi", T, neu, "", "appeal to both sides -> target empty"))
U(d, "In Hadibu, shopkeeper Saeed Abdullah said the Emirati soldiers", "in charge of their island.",
  ("Saeed Abdullah", N, neu, "", "invented resident, named: a witness account with no judgement"))
U(d, "Foreign Minister Abdulmalik al-Mekhlafi, who was in Riyadh", "served only the Houthis.",
  ("Yemen", C, neg, "United Arab Emirates", "hope joined to a judgement ('a mistake'): rule 1"))
# "President Hadi, who lives in the Saudi capital, discussed the situation with bin Dagher ..." = a call narrated, no position: no row.
U(d, "Abdulsalam warned that foreign troops on Yemen's islands", "legitimate targets.",
  ("Houthis", C, neg, "", "spokesman by surname; threat against foreign troops (the UAE's by context, but 'foreign troops' generally) -> target empty"))
U(d, "Arab League Secretary-General Ahmed Aboul Gheit said he was in contact", "kept the coalition together.",
  ("Arab League", T, pos, "", "contact with both sides + confidence in a settlement = mediation and hope -> talks"))
