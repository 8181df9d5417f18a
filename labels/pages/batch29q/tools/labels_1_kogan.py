# ------------------------------------------------------------------ Zvi Kogan's killing in the UAE (wire copy, 2024-11-25)
d = "page_uae_kogan_rabbi2024_wire.txt"
# Not statements: menu, UPDATE headline (carries Israel's vow), byline, summary bullets, crossheads, ADVERTISEMENT, credits, Related, tags, most read.
U(d, "The United Arab Emirates said on Monday police had arrested", "once initial questioning was done.",
  ("United Arab Emirates", N, neu, "", "dateline excluded; arrests and procedure given by the state, no judgement"))
# "Kogan, 28, served as an emissary ..." = background, no row.
U(d, "The interior ministry named the men", "how and why the rabbi was killed.",
  ("United Arab Emirates", N, neu, "", "ministry = state; facts and the state of the inquiry"))
U(d, "Israel's government, which on Sunday called the killing", "whoever sent the killers.",
  ("Israel", C, neg, "", "judgement (antisemitic terror) + vow of pursuit = threat; no named target"))
U(d, "\"Zvi Kogan was murdered because he was a Jew", "said in a statement.",
  ("Israel", C, neg, "", "PM's office = Israel; judgement of the killing without a stock verb; perpetrators unnamed -> target empty"))
U(d, "Netanyahu had thanked the Emirati authorities", "his office added.",
  ("Israel", S, pos, "United Arab Emirates", "surname only; thanks/praise for the UAE's search = supporting; attribution tail"))
U(d, "Foreign Minister Gideon Saar, who spoke by phone", "come out of the affair stronger.",
  ("Israel", S, pos, "United Arab Emirates", "'was quoted by his ministry as saying'; affirmation of the partnership = approval (unsure: could be neutral)"))
U(d, "Israel's National Security Council told Israelis", "to a minimum.",
  ("Israel", N, neu, "", "travel advisory for own citizens = plan/procedure, no judgement of the UAE"))
# "Kogan's widow, Rivky, ..." = background, no row.
U(d, "The Emirati ambassador in Washington, Yousef Al Otaiba, said", "built its society.",
  ("United Arab Emirates", C, neg, "", "judgement of the crime without a stock word; perpetrators unnamed -> target empty"))
U(d, "\"Whoever planned this will find that we do not bend,\"", "he said.",
  ("United Arab Emirates", C, neg, "", "'he' = Al Otaiba; veiled warning to the planners = threat (unsure: no named side)"))
U(d, "Anwar Gargash, diplomatic adviser to the UAE president, wrote", "without fear.",
  ("United Arab Emirates", N, pos, "", "reassurance about own country = neutral, positive tone"))
U(d, "Iran, which Israeli media reports had linked", "a role in the affair.",
  ("Iran", N, neg, "", "denial = neutral, negative"))
U(d, "\"These stories are invented by parties whose aim", "state news agency IRNA.",
  ("Iran", C, neg, "", "'in remarks carried by the state news agency'; denial + accusation of unnamed parties of poisoning ties: the judgement decides; target empty"))
U(d, "In Washington, National Security Council spokesperson Sean Savett called", "Jewish communities everywhere.",
  ("United States", C, neg, "", "judgement ('savage act') + solidarity: judgement decides (rule 1); no target"))
U(d, "Savett said Washington stood ready to help", "in any way we are asked to\".",
  ("United States", S, pos, "United Arab Emirates", "surname only; offer of assistance = supporting"))
U(d, "Moldova's foreign ministry said it was appalled", "posted on its website.",
  ("Moldova", C, neg, "", "'antisemitic crime' = judgement; request to be informed is procedural; 'the Emirati side' named by adjective"))
U(d, "A spokesperson for the European Union's diplomatic service offered", "Israel and Moldova.",
  ("European Union", S, neg, "", "condolences = solidarity -> supporting; several addressees -> target empty; grief tone"))
U(d, "Chabad-Lubavitch said its emissary had been killed", "would go on.",
  ("Chabad", C, neg, "", "organisation; judgement of the killers ('hate'), no named actor"))
U(d, "Uzbekistan's foreign ministry said it had asked for consular access", "the Uzbek news agency UzA.",
  ("Uzbekistan", N, neu, "", "'was quoted as saying by' the agency; consular procedure"))
# "The accords that established ties ..." = background, no row.
U(d, "Jonathan Reiss, a senior fellow at the Washington-based", "their own hands hidden.",
  ("Jonathan Reiss", C, neg, "Iran", "invented analyst; accusation of Iran by pattern, no stock word"))
U(d, "But Reiss cautioned against firm conclusions", "was complete.",
  ("Jonathan Reiss", N, neu, "", "surname; caution, no appeal for talks"))
U(d, "Reem Al-Sayegh, a professor of international relations in Sharjah, said", "wider regional rivalry.",
  ("Reem Al-Sayegh", T, neu, "", "invented scholar; appeal to both governments to keep the case apart from rivalry = de-escalation appeal"))
# "In Dubai, the grocery Kogan ran stayed shut ..." = scene narration, no row.
U(d, "Mendy Goldfarb, a member of the city's Jewish community, said", "on Sunday night.",
  ("Mendy Goldfarb", N, neu, "", "invented witness; fact"))
U(d, "\"People here are frightened, but nobody I know is packing to leave,\"", "he said.",
  ("Mendy Goldfarb", N, neg, "", "feeling, no judgement or appeal"))
U(d, "President Isaac Herzog said he had called Kogan's widow", "standing with her family.",
  ("Israel", S, neg, "", "condolences to the family = solidarity -> supporting; no actor addressed"))
U(d, "The Mossad, which took part in the search, said", "on the case.",
  ("Israel", N, neu, "", "state agency = Israel; cooperation reported as fact, no evaluation"))
