# ------------------------------------------------------------------ Belgrade rally against the Jadar lithium mine (live blog, full HTML, 2024-08-10)
d = "page_serbia_jadar_lithiumprotest2024_liveblog.html"
# Not statements: brand, nav, language bar, breadcrumbs, LIVE badge, headline, dek, byline/time stamps, share bar, figcaptions
# with credits and "2/6", key points, entry time stamps and entry headings, the welcome and closing entries, ADVERTISEMENT,
# tags, newsletter prompt, Read more, comments, footer.
U(d, "President Aleksandar Vučić said on Friday evening that Serbia had received information from Russia", "dealing with it.",
  ("Serbia", C, neg, "", "claims a plot to topple the government is being prepared = accusation against unnamed plotters (unsure: could be neutral information)"),
  ("Russia", N, neg, "", "Russia's warning relayed by Vučić = Russia's statement (guide: a position of X reported by Y); a warning of unrest passed on, no judgement of a named actor"))
U(d, "\"There is no need for anyone to be afraid.", "Vučić told reporters.",
  ("Serbia", C, neg, "", "quote closed by the speaker; warning to whoever plans violence = threatened response, nobody named"))
U(d, "Interior Minister Ivica Dačić said police in Subotica", "during the protest.",
  ("Serbia", N, neu, "", "arrests of suspects reported as done, no judgement of an actor; facts = neutral tone (changed from negative at the random re-check)"))
U(d, "The justice ministry appealed to citizens to keep the peace", "today's gatherings.",
  ("Serbia", T, neu, "", "appeal for calm"))
U(d, "The organisers, a coalition of environmental groups", "would be welcome.",
  ("", N, pos, "", "unnamed coalition of groups = not a canonical actor (kept as a stance example); reassurance about own conduct"))
U(d, "The Ne damo Jadar association, formed by villagers", "cancel the project for good.",
  ("Ne damo Jadar", C, neg, "Serbia", "accuses the state of breaking its promise"))
U(d, "Deputy Prime Minister Aleksandar Vulin said what was unfolding had been planned abroad", "next trophy.",
  ("Serbia", C, neg, "", "accuses foreign organisers of street revolts (not named) = condemning, target empty"))
U(d, "Russian Foreign Ministry spokeswoman Maria Zakharova said the lithium dispute", "a friendly country.",
  ("Russia", C, neg, "", "accuses unnamed outside forces of exploiting the dispute to destabilise Serbia; target empty"))
U(d, "A European Commission spokesperson praised Serbia's commitment", "on July 19.",
  ("European Union", S, pos, "Serbia", "praise of a partner's commitment = supporting"))
U(d, "The spokesperson said the right of Serbian citizens to protest peacefully", "by everyone.",
  ("European Union", T, neu, "", "appeal to respect peaceful protest, addressed to everyone"))
U(d, "A German government spokesperson said Berlin expected the project", "domestic politics.",
  ("Germany", N, neu, "", "expectation + declines to comment = neutral"))
U(d, "Rio Tinto said in a statement that the mine would be built", "express their views.",
  ("Rio Tinto", N, pos, "", "reassurance about own conduct = neutral, positive"))
U(d, "Mining and Energy Minister Dubravka Đedović Handanović said no mine would open", "confirmed it was safe.",
  ("Serbia", N, pos, "", "reassurance about the state's own procedure"))
U(d, "The U.S. Embassy in Belgrade said on X that any suggestion", "was baseless.",
  ("United States", N, neg, "", "denial of a role in the protests = neutral, negative tone"))
U(d, "Zlatko Kokanović, a farmer from Gornje Nedeljice", "leave it to Rio Tinto.",
  ("Zlatko Kokanović", C, neg, "Rio Tinto", "named resident (person); refusal to sell or leave in protest at the mine"))
U(d, "\"They keep telling us it is safe.", "Kokanović said.",
  ("Zlatko Kokanović", C, neg, "", "sarcastic rejection of the safety claims; 'they' = the company and the state -> target empty"))
U(d, "Savo Manojlović, leader of the Kreni-Promeni movement", "reviving the project.",
  ("Kreni-Promeni", C, neg, "Serbia", "vow of continued protest until a decree is withdrawn = protest against the government's act"))
U(d, "The Green-Left Front called on parliament to pass a law banning lithium", "mining in Serbia.",
  ("Green-Left Front", C, neg, "", "call for a legal ban on the project = a call for measures (README: calls for sanctions are condemning) (unsure); aimed at no named actor"))
U(d, "The ruling Serbian Progressive Party said in a statement that the opposition", "win elections.",
  ("Serbian Progressive Party", C, neg, "", "judgement on the opposition (not a canonical actor) -> target empty"))
U(d, "The interior ministry put the crowd at around 24,000", "a higher figure.",
  ("Serbia", N, neu, "", "crowd figure; the 'independent counters' are unnamed, no row"))
# "Thousands of protesters have walked from Terazije ..." = scene, no row.
U(d, "The interior ministry said the occupation of the rail lines was illegal", "answer for it.",
  ("Serbia", C, neg, "", "'illegal' + organisers will answer for it = judgement + threat; organisers not a canonical actor -> target empty"))
U(d, "Vučić, speaking on Instagram late on Saturday, said the government would not abandon", "debate on the evidence.",
  ("Serbia", T, pos, "", "offer of a public debate = calling_for_talks; keeping the project is not a judgement"))
U(d, "\"The government has chosen to treat an environmental movement as a security threat", "Belgrade Centre for Regional Policy.",
  ("Jelena Mihajlović Ristić", C, neg, "Serbia", "invented analyst: judgement on the government's approach"))
U(d, "She said an independent environmental review involving foreign experts", "calm the dispute.",
  ("Jelena Mihajlović Ristić", T, neu, "", "appeal for an independent review to calm the dispute"))
