# ------------------------------------------------------------------ Damasak: ISWAP raid on the UN humanitarian hub, 10-11 April 2021 (Nigerian national daily, full HTML, 2021-04-12)
d = "page_nigeria_damasak_unhub2021_nationaldaily.html"
# Not statements: top bar, menu, ticker, breadcrumbs, headline, standfirst, byline, share bars, caption, ADVERTISEMENT, Related line,
# crossheads ("Envoys react", the quoted crosshead), reporting credit, tags, newsletter prompt, comments box, related stories, most read, footer.
U(d, "The United Nations on Sunday denounced the overnight assault", "would now have to be scaled back.",
  ("United Nations", C, neg, "", "lede carries the position: 'denounced' + warning of reduced aid; attackers not named by the UN -> target empty"))
# "Suspected fighters of the Islamic State West Africa Province (ISWAP) stormed the town ..." = narration in the paper's voice, no source.
U(d, "In a statement issued in Maiduguri, the UN Resident and Humanitarian Coordinator", "went on through the night.",
  ("United Nations", N, neg, "", "facts of the damage given by the UN coordinator, no judgement word"))
U(d, "He said aid work in Damasak would have to be cut back", "with less help.",
  ("United Nations", N, neu, "", "figures and plan given by an actor = neutral"))
U(d, "\"Those who set fire to a clinic and a food store are not fighting soldiers.", "Kallon said.",
  ("United Nations", C, neg, "", "two-sentence quote closed by the speaker's surname; 'making war on the hungry' = judgement without a stock word"))
U(d, "He appealed to all armed parties to respect international humanitarian law", "out of the fighting.",
  ("United Nations", T, neu, "", "appeal to protect aid workers, no judgement, addressed to all parties = calling_for_talks"))
U(d, "He also pressed donors to make sure the network of aid hubs", "did not run out of money.",
  ("United Nations", T, neu, "", "asking for aid is not supporting; README: asking for humanitarian help = calling_for_talks"))
U(d, "The Nigerian Army, in a statement by its Director of Army Public Relations", "losing fighters and vehicles.",
  ("Nigeria", N, neu, "", "army speaks for its state; own repulse of the attack reported as done, no judgement = neutral"))
U(d, "Two soldiers were killed and an officer and two other personnel wounded", "the statement added.",
  ("Nigeria", N, neu, "", "casualty figures given by the army"))
U(d, "In remarks carried by the Nigerian Television Authority, Yerima described", "failing to dislodge the troops.",
  ("Nigeria", C, neg, "", "second-hand attribution via state TV (the broadcaster is not an actor); 'desperate criminals' who turned on civilians = judgement"))
U(d, "President Muhammadu Buhari, in a statement signed by his spokesman, Garba Shehu", "to end the insurgency.",
  ("Nigeria", C, neg, "", "vow that those behind the raid 'would not escape justice' = threatened response"))
U(d, "\"The government will not be cowed by men who burn food meant for children,\" the statement said.", "the statement said.",
  ("Nigeria", C, neg, "", "judgement on the attackers without a stock word"))
U(d, "\"Our partners in the humanitarian community should know", "every community in need.\"",
  ("Nigeria", N, pos, "", "same statement carried across a paragraph break; reassurance about the government's own conduct = neutral, positive"))
U(d, "The Minister of Humanitarian Affairs, Disaster Management and Social Development", "families displaced from Damasak.",
  ("Nigeria", S, neg, "", "concern + relief materials sent to the displaced (aid by act) = supporting (rule 3 over 4); disturbed tone; own citizens -> target empty"))
U(d, "Borno State Governor Babagana Zulum, who visited the town", "would not let that happen.",
  ("Nigeria", C, neg, "", "state governor resolves to his state; says the insurgents are set on emptying the town = accusation + resolve"))
U(d, "The Multinational Joint Task Force, which brings together troops", "placed on alert.",
  ("Multinational Joint Task Force", N, neu, "", "own measure reported, no judgement"))
U(d, "The European Union's ambassador to Nigeria and ECOWAS, Ketil Karlsen", "the humanitarian workers of Borno.",
  ("European Union", C, neg, "", "'inexcusable' = judgement, joined to solidarity with aid workers; rule 1"))
# "The EU is one of the largest funders ..." = background in the paper's voice.
U(d, "The U.S. Mission in Nigeria said it was saddened", "the humanitarian response in the region.",
  ("United States", S, neg, "", "sadness + pledge to keep funding the response = supporting; aimed at the response, not one actor -> target empty"))
U(d, "Britain's High Commission in Abuja called the raid a callous attack", "in a post on its official account.",
  ("United Kingdom", C, neg, "", "'callous attack' = judgement; 'Britain's' adjective of state"))
U(d, "The International Committee of the Red Cross, which runs a surgical team", "with concern.",
  ("ICRC", N, neg, "", "concern with no appeal = neutral, negative"))
U(d, "According to OCHA, more than 8.7 million people", "need humanitarian assistance this year.",
  ("United Nations", N, neu, "", "OCHA = United Nations; figures given by an actor"))
U(d, "Dr Hauwa Mustapha, a lecturer in peace and conflict studies", "rivals for the loyalty of the population.",
  ("Hauwa Mustapha", N, neg, "", "invented scholar; analysis of motive, no appeal or explicit judgement = neutral"))
U(d, "\"Every time a hub burns, the group tells the villagers", "she said.",
  ("Hauwa Mustapha", N, neg, "", "continued analysis (the group's propaganda described), no position taken on an actor"))
U(d, "A trader, Modu Kachalla, who fled with his family", "setting the warehouses ablaze.",
  ("Modu Kachalla", N, neg, "", "invented witness; account of what he saw = neutral, negative"))
U(d, "\"We have nowhere else to go.", "he said.",
  ("Modu Kachalla", T, neg, "", "hope to be left in peace = calling_for_talks (hope for calm), negative tone"))
U(d, "The ECOWAS Commission said in a brief statement that the raid was a cowardly attack", "the people of Borno.",
  ("ECOWAS", C, neg, "", "'cowardly attack' = judgement, joined to solidarity with Nigeria; rule 1; attackers unnamed -> target empty"))
U(d, "The Nigeria INGO Forum, which represents international aid organisations", "resume work in the town.",
  ("Nigeria INGO Forum", N, neu, "", "new organisation; relocation of staff and a pending decision = facts and plans, no judgement"))
