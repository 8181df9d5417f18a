# ------------------------------------------------------------------ Uganda: Walk to Work and Besigye's arrest (scraped East African daily, 2011-05-01)
d = "page_uganda_walktowork_besigye2011_eastafricandaily.txt"
# Not statements: masthead, menu, search, breadcrumb, headline, byline, "In Summary" bullets, share bar, PHOTO captions
# "n of 4", ADVERTISEMENT, crossheads, Related line, tags, SMS prompt, most read, comments, copyright.
# Lead "Forum for Democratic Change (FDC) leader Kizza Besigye was receiving treatment ..." = narration, no row.
U(d, "The arrest on Thursday, broadcast live by several television stations", "police said.",
  ("Uganda", N, neu, "", "police = state; casualty figures, attribution tail"))
# "It was the fourth time Dr Besigye had been arrested ..." = background narration, no row.
U(d, "In a statement on Friday, Internal Affairs Minister Kirunda Kivejinja said", "with the police.",
  ("Uganda", C, neg, "Forum for Democratic Change", "accuses Besigye (FDC leader) of defying the court and seeking a confrontation"))
U(d, "The minister said the conduct of every officer at the scene", "police command.",
  ("Uganda", N, neu, "", "procedure"))
U(d, "Speaking in Nairobi yesterday, President Museveni said Ugandans were paying more", "could solve.",
  ("Uganda", N, neu, "", "explanation of prices; 'no street march could solve' is dismissive but aimed at no actor (unsure)"))
U(d, "He accused his rival of using the price of fuel as cover", "Dr Besigye lost.",
  ("Uganda", C, neg, "Forum for Democratic Change", "accusation of his rival (the FDC leader)"))
U(d, "Mr Museveni has also offered to meet leaders of the opposition parties", "according to State House.",
  ("Uganda", T, neu, "", "offer of talks; several parties -> target empty"))
U(d, "Inspector General of Police Kale Kayihura said 43 people", "Masaka and Mbale.",
  ("Uganda", N, neu, "", "arrest figures"))
U(d, "Gen Kayihura warned that anyone who organised or joined", "arrested and charged.",
  ("Uganda", C, neg, "", "threat against protesters (no canonical target)"))
U(d, "Police spokesperson Judith Nabakooba denied", "in Kampala on Friday.",
  ("Uganda", N, neg, "", "denial = neutral, negative"))
U(d, "Information Minister Kabakumba Masiko accused some broadcasters", "over and over again.",
  ("Uganda", C, neg, "", "accusation of the media (not an actor) -> target empty"))
U(d, "The Uganda Bureau of Statistics said on Friday", "in March.",
  ("Uganda", N, neu, "", "state agency's figures"))
# "Related: ..." = link titles, no row.
U(d, "FDC secretary general Alice Alaso said the violence used against Dr Besigye", "to stay in power.",
  ("Forum for Democratic Change", C, neg, "Uganda", "'the regime ... prepared to maim its opponents' = judgement"))
U(d, "\"Nothing is called off.", "party headquarters in Najjanankumbi.",
  ("Forum for Democratic Change", N, neu, "", "plan to continue the protests, no judgement"))
U(d, "FDC spokesman Wafula Oguttu said doctors in Nairobi", "condition was stable.",
  ("Forum for Democratic Change", N, neu, "", "medical facts given by the party"))
U(d, "Before Thursday's arrest, Dr Besigye had told reporters outside the Nakasongola court", "to offer them.",
  ("Forum for Democratic Change", C, neg, "Uganda", "Besigye speaks for his party (FDC leader); judgement of the government"))
U(d, "Uganda People's Congress president Olara Otunnu said", "calling off the walks.",
  ("Uganda People's Congress", T, neu, "Uganda", "conditional offer of talks = calling_for_talks (labels/README)"))
U(d, "Democratic Party president Norbert Mao called Thursday's arrest", "should be prosecuted.",
  ("Democratic Party (Uganda)", C, neg, "Uganda", "'a disgrace' + prosecution demand"))
U(d, "The United States embassy in Kampala said it was deeply troubled", "protest peacefully.",
  ("United States", T, neg, "Uganda", "concern + appeal to respect peaceful assembly, no judgement word"))
U(d, "In Washington, State Department deputy spokesman Mark Toner said", "excessive and unjustified.",
  ("United States", C, neg, "Uganda", "'excessive and unjustified' = judgement"))
U(d, "British Africa minister Henry Bellingham said in London", "following events closely.",
  ("United Kingdom", N, neg, "", "concern without an appeal = neutral, negative"))
U(d, "The European Union's heads of mission in Kampala said in a joint statement", "security services.",
  ("European Union", C, neg, "", "condemns violence from all quarters and the security forces' excessive force; aimed at both sides -> target empty"))
U(d, "The Uganda Law Society announced that its members would stay away", "other citizens.",
  ("Uganda Law Society", C, neg, "Uganda", "court boycott in protest, with a judgement ('brutal treatment')"))
U(d, "Human Rights Watch's senior Africa researcher, Maria Burnett, said", "suspended and prosecuted.",
  ("Human Rights Watch", C, neg, "Uganda", "'heavy-handed policing' pattern + prosecution demand"))
U(d, "Amnesty International called on the authorities to set up", "during the protests.",
  ("Amnesty International", T, neu, "Uganda", "demand for an independent inquiry, no judgement word (batch convention: inquiry = calling_for_talks)"))
U(d, "Dr Irene Nakalembe, a lecturer in political science at Makerere University, said", "handled it.",
  ("Irene Nakalembe", C, neg, "Uganda", "invented analyst; blames the government's handling"))
U(d, "\"Three weeks ago this was a few hundred people walking.", "she said.",
  ("Irene Nakalembe", N, neg, "", "observation on the effect of the arrests; ironic, no explicit judgement (unsure)"))
U(d, "Dr Nakalembe said the President's offer of talks", "on May 12.",
  ("Irene Nakalembe", T, pos, "", "welcomes the offer as a sign + urges both sides to take it up: welcome with a peace appeal = calling_for_talks"))
U(d, "Godfrey Ssekandi, a boda boda rider who was in Kalerwe", "doors locked.",
  ("Godfrey Ssekandi", N, neg, "", "invented witness; what he saw, no explicit judgement"))
U(d, "\"He was not fighting anybody.", "Mr Ssekandi said.",
  ("Godfrey Ssekandi", C, neg, "Uganda", "'treated him like a wanted criminal' = judgement of the police"))
U(d, "The ruling National Resistance Movement said in a statement", "property in the city.",
  ("National Resistance Movement", S, pos, "Uganda", "ruling party backs and thanks the police (= state) = supporting"))
