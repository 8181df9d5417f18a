# ------------------------------------------------------------------ Angola's "15+2" book club verdict (regional daily, scraped, 2016-03-29)
d = "page_angola_luaty_bookclub2016_regionaldaily.txt"
# Not statements: masthead, date, menu, section line, headline, standfirst, byline, comment/print line, [Photo n/4] captions, crossheads, ADVERTISEMENT, Related, tags, most read, reader comments, copyright.
# Lede: the verdict is narration; "human rights groups and opposition parties denounced" = summary line before the specific statements below (unnamed collective), no row.
# The next three paragraphs (sentences, the hunger strike, the custody order) = narration of the court's acts, no row.
# "Defence lawyers said they would appeal to the Supreme Court." = unnamed lawyers, not an actor.
U(d, "Justice and Human Rights Minister Rui Mangueira, in remarks carried by the state news agency Angop", "avenue of appeal open to them.",
  ("Angola", N, neu, "", "second-hand ('in remarks carried by the state news agency'); the trial was lawful = defence of own process, neutral"))
U(d, "Mangueira rejected the description of the accused as prisoners of conscience", "acts, not opinions.",
  ("Angola", N, neg, "", "surname only; rejects a characterisation = denial -> neutral, negative"))
U(d, "A spokesman for the ruling MPLA said the country's courts were independent", "anyone abroad.",
  ("MPLA", N, neu, "", "unnamed official of a named party; assertion of judicial independence = denial of interference, neutral"))
U(d, "He said foreign organisations that had campaigned for the activists", "lectured on justice.",
  ("MPLA", C, neg, "", "reproach of foreign campaigners ('passing sentence on a country they do not know') = judgement; several unnamed organisations -> target empty"))
U(d, "The Attorney General's Office said in a statement that it was studying", "considered too light.",
  ("Angola", N, neg, "", "prosecution = state; considering an appeal for longer terms = procedure; the activists are not an actor"))
U(d, "The Luanda provincial police command warned that any unauthorised gathering", "would be dispersed.",
  ("Angola", C, neg, "", "the police speak for the state; warning of force = threat; protesters are not an actor -> target empty (unsure: could be neutral as a public-order notice)"))
U(d, "Amnesty International's regional director for Southern Africa, Deprose Muchena, said the sentences", "into silence.",
  ("Amnesty International", C, neg, "Angola", "reported clause; the sentences as intimidation = judgement without a stock word"))
U(d, "\"These young people met to talk about ideas.", "Muchena said.",
  ("Amnesty International", C, neg, "Angola", "multi-sentence quote closed by its speaker; judgement of the state"))
U(d, "Amnesty said it had delivered a petition with more than 40,000 signatures", "until all 17 were free.",
  ("Amnesty International", S, pos, "", "backing by act (petition, campaign) for the prisoners; they are not an actor -> target empty"))
U(d, "Human Rights Watch Africa director Daniel Bekele said the convictions exposed", "without conditions.",
  ("Human Rights Watch", C, neg, "Angola", "judgement + demand for release; the judgement decides (rule 1)"))
U(d, "The European Union delegation in Luanda said sentences of this length", "allowed to watch the trial.",
  ("European Union", C, neg, "Angola", "'difficult to justify' = judgement of the sentences + complaint of refused access"))
U(d, "The delegation said it was counting on the Supreme Court", "look at the case afresh.",
  ("European Union", T, pos, "Angola", "'the delegation' = EU; reliance on a fresh look by the court = hope -> calling_for_talks (unsure: could be neutral)"))
# "Portugal, Angola's former colonial power ..., reacted cautiously." = summary line, no row.
U(d, "A statement from the Portuguese foreign ministry said Lisbon would follow the appeal closely", "weigh the case with care.",
  ("Portugal", T, pos, "Angola", "'according to a statement from' type; ministry by adjective; monitoring + trust in the courts = hope (unsure: could be neutral)"))
U(d, "Portuguese President Marcelo Rebelo de Sousa told reporters in Lisbon", "declined to say more.",
  ("Portugal", N, neu, "", "following the case, no comment = neutral"))
U(d, "The Left Bloc, a party that supports Portugal's minority Socialist government", "cooperation programme with Luanda.",
  ("Left Bloc", C, neg, "Angola", "call for diplomatic measures (summoning the envoy, suspending cooperation) = condemning, like calls for sanctions"))
U(d, "In Washington, State Department spokesman John Kirby said the United States was troubled", "meet and speak freely.",
  ("United States", T, neg, "Angola", "concern joined to an appeal, no explicit judgement = calling_for_talks (unsure: 'troubled by the verdicts' is close to a judgement)"))
U(d, "UNITA leader Isaías Samakuva said the trial had been staged", "before next year's election.",
  ("UNITA", C, neg, "Angola", "'staged' trial = accusation"))
U(d, "\"The MPLA needed an example, and it chose seventeen students and a rapper,\"", "at a news conference.",
  ("UNITA", C, neg, "MPLA", "judgement of the ruling party"))
U(d, "Samakuva said UNITA would raise the case in the National Assembly and urged", "before the 2017 vote.",
  ("UNITA", T, neu, "", "parliamentary step + appeal to agree on rules = calling_for_talks; government and opposition -> target empty"))
U(d, "Abel Chivukuvuku, who leads the CASA-CE opposition coalition, said", "for the appeal.",
  ("CASA-CE", S, pos, "", "backing by act (lawyers for the defence); the defendants are not an actor -> target empty"))
U(d, "\"Angola has more to fear from its empty hospitals than from a book,\"", "Chivukuvuku said.",
  ("CASA-CE", C, neg, "Angola", "judgement of the state's priorities without a stock word"))
U(d, "Dr Ricardo Muxima, a researcher at the Centre for Lusophone African Studies in Johannesburg", "uneasy about the succession.",
  ("Ricardo Muxima", C, neg, "Angola", "invented researcher; reads the verdict as a political message = judgement of the government"))
U(d, "\"Dos Santos has said he will step back from active politics in 2018.", "Muxima said.",
  ("Ricardo Muxima", C, neg, "Angola", "multi-sentence quote; 'what a surprise costs' = judgement of the system"))
U(d, "He said he expected the Supreme Court to reduce some sentences", "overturn the convictions.",
  ("Ricardo Muxima", N, neu, "", "forecast"))
U(d, "Esperança Quissanga, a nursing student who waited outside the court all day", "her classmates.",
  ("Esperança Quissanga", N, neu, "", "invented witness; why she came, no position"))
U(d, "\"They read a book.", "she asked.",
  ("Esperança Quissanga", C, neg, "Angola", "rhetorical question judging the verdict (unsure: could be neutral)"))
