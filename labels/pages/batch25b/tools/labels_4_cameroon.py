# ------------------------------------------------------------------ Cameroon: Nigeria's transfer of Ayuk Tabe and 46 other separatists (Cameroonian state media, 2018-02-02)
d = "page_cameroon_ayuktabe_handover2018_statemedia.txt"
# Not statements: masthead, date, menu, section label, headline, standfirst, byline, [PHOTO] captions "1 of 3", ADVERTISEMENT,
# capitals crossheads, RELATED NEWS, tags, share, subscribe prompt, most read, copyright.
U(d, "Forty-seven members of the secessionist movement", "announced on Monday evening in Yaoundé.",
  ("Cameroon", C, neg, "Interim Government of Ambazonia", "lede: announced prosecution of the movement's 'self-styled' leader and members = a measure against the other side; Ayuk Tabe led the interim government"))
U(d, "Speaking at a press briefing, the minister said the transfer had taken place on January 26", "sought by the Cameroonian courts.",
  ("Cameroon", N, neu, "", "'the minister' = Tchiroma; date and legal basis = facts"))
U(d, "Tchiroma paid tribute to President Muhammadu Buhari and the Nigerian Government", "plotting against either state.",
  ("Cameroon", S, pos, "Nigeria", "praise of Nigeria's act = supporting"))
U(d, "\"Those who took up arms or financed violence against our compatriots", "the minister said.",
  ("Cameroon", C, neg, "Interim Government of Ambazonia", "quote closed by its speaker; accusation of violence + vow of prosecution"))
U(d, "The Government Spokesman added that the suspects were in good health", "as provided for by law.",
  ("Cameroon", N, pos, "", "spokesman carried by role only; reassurance about own conduct = neutral, positive"))
U(d, "Asked about criticism from human rights groups, Tchiroma said Cameroon needed no lessons", "protect its own citizens.",
  ("Cameroon", C, neg, "", "rebuke of critics (rights groups, not canonical) = judgement without stock words; target empty"))
# "Ayuk Tabe and several members of his so-called cabinet were arrested at a hotel in Abuja on January 5." = narration (passive, no actor), no row.
U(d, "The Nigerian authorities handed the group over to Cameroonian officials on January 26", "in the Nigerian capital.",
  ("Nigeria", S, neu, "Cameroon", "backing by act: the handover reported as done (guide: a specific act reported as done is a statement); Nigeria itself made no statement"))
U(d, "Speaking to officers in Bamenda on Wednesday, the Minister Delegate at the Presidency in charge of Defence", "laid down its weapons.",
  ("Cameroon", C, neg, "", "announced continuation of operations against 'armed gangs' = condemning (announced operation); gangs not a named actor -> target empty"))
U(d, "In the South-West, Governor Bernard Okalia Bilai told the regional station", "over the past week.",
  ("Cameroon", N, pos, "", "provincial governor resolves to his state; report of calm = neutral"))
U(d, "He warned that anyone enforcing the separatists' \"ghost town\" orders", "dealt with firmly.",
  ("Cameroon", C, neg, "", "speaker carried by pronoun; threat = condemning; 'anyone enforcing' = no named actor -> target empty"))
U(d, "The ruling Cameroon People's Democratic Movement (CPDM), in a statement signed by its Secretary General", "policy of firmness.",
  ("Cameroon People's Democratic Movement", S, pos, "Cameroon", "ruling party praises the state's action = supporting"))
U(d, "The Social Democratic Front, whose national chairman John Fru Ndi", "without preconditions.",
  ("Social Democratic Front", T, neu, "Cameroon", "arrests 'alone would not end the crisis' + appeal for unconditional talks = calling_for_talks; relative clause is background"))
U(d, "The UN refugee agency UNHCR said on Thursday that most of the 47 had lodged asylum claims", "forced return.",
  ("UNHCR", C, neg, "Nigeria", "breach of the non-refoulement principle = judgement of Nigeria's act"))
U(d, "The agency also asked Yaoundé to guarantee the detainees' physical safety and a fair trial.", "The agency also asked Yaoundé to guarantee the detainees' physical safety and a fair trial.",
  ("UNHCR", T, neu, "Cameroon", "'The agency' = UNHCR; appeal for protection, no judgement = calling_for_talks"))
U(d, "Government sources in Yaoundé said the persons concerned were wanted", "behind refugee status.",
  ("Cameroon", N, neg, "", "unnamed sources of a named government speak for it; rebuttal of UNHCR's claim = denial, neutral, negative"))
U(d, "The African Union Commission Chairperson, Moussa Faki Mahamat, restated", "territorial integrity of Cameroon.",
  ("African Union", S, pos, "Cameroon", "backing for Cameroon's unity = supporting"))
U(d, "Faki also encouraged all Cameroonians to settle their differences through dialogue.", "Faki also encouraged all Cameroonians to settle their differences through dialogue.",
  ("African Union", T, neu, "", "speaker carried by surname; appeal for dialogue = calling_for_talks"))
U(d, "The French Ambassador, Gilles Thibault, said after an audience", "in favour of the two regions.",
  ("France", S, pos, "Cameroon", "support for a united Cameroon + encouragement of the government's own measures (no appeal for talks or restraint) = supporting (unsure)"))
U(d, "The United States Embassy said it had taken note of the transfer", "broad-based dialogue.",
  ("United States", T, neu, "Cameroon", "noting + appeal for due process and dialogue = calling_for_talks"))
U(d, "The British High Commission said it was following the situation", "welfare of the detainees.",
  ("United Kingdom", N, neu, "", "monitoring and contacts, no appeal = neutral"))
U(d, "In a message circulated on social media, the separatists' so-called interim government", "its resistance.",
  ("Interim Government of Ambazonia", C, neg, "", "'kidnapping' + threat to escalate = condemning; aimed at both Nigeria and Cameroon -> target empty"))
U(d, "The rival Ambazonia Governing Council, led from abroad by Ayaba Cho Lucas", "sought its protection.",
  ("Ambazonia Governing Council", C, neg, "Nigeria", "accusation of betrayal = condemning"))
U(d, "Dr Emmanuel Ngwa Tanjong, a lecturer in international law", "cross their borders.",
  ("Emmanuel Ngwa Tanjong", S, pos, "", "invented independent scholar; praise of the cooperation of two states -> target empty"))
U(d, "Tanjong said the courts would nevertheless have to show", "win the argument abroad.",
  ("Emmanuel Ngwa Tanjong", T, neu, "Cameroon", "conditional appeal for fair trials, no judgement = calling_for_talks"))
U(d, "In Buea, trader Grace Ebai said she hoped the arrests would put an end", "for more than a year.",
  ("Grace Ebai", T, pos, "", "invented resident; hope that the shutdowns end = calling_for_talks (hope) (unsure: hoping the arrests work could be read as approval of the state = supporting)"))
# "The crisis in the North-West and South-West began in late 2016 ..." = background, no row.
