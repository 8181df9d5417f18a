# ------------------------------------------------------------------ Grand-Bassam beach resort attack, Ivory Coast (live blog, 2016-03-13/14)
d = "page_ivorycoast_grandbassam2016_liveblog.txt"
# Not statements: menu, LIVE tag, headline, standfirst, last-updated line, Key events bullets, "Show key events only | Refresh",
# day headers and time stamps, the closing note, share line, Related, Topics, copyright.
U(d, "Jean-Baptiste Yao, a security consultant who advises hotels in Abidjan", "an obvious target.",
  ("Jean-Baptiste Yao", N, neu, "", "invented analyst; assessment, no position"))
U(d, "\"The hotels had guards at the door, but nobody was watching the sand.", "he told us.",
  ("Jean-Baptiste Yao", N, neg, "", "description of a security gap; no canonical actor judged"))
U(d, "Yao says the government should share intelligence", "not after every attack\".",
  ("Jean-Baptiste Yao", T, neu, "Ivory Coast", "appeal for regional cooperation, no judgement word (unsure: could be neutral advice)"))
U(d, "Germany's foreign minister Frank-Walter Steinmeier says Berlin is shaken", "in contact with the family.",
  ("Germany", N, neg, "", "shock without an appeal or a judgement = neutral, negative; consular fact"))
U(d, "The UN Security Council has issued a press statement condemning the attack", "planned and paid for it.",
  ("United Nations", C, neg, "", "condemnation + appeal to help try the organisers: rule 1; perpetrators not named in the sentence"))
U(d, "Council members also said they stood with Ivory Coast", "against armed extremism.",
  ("United Nations", S, pos, "Ivory Coast", "solidarity = supporting"))
U(d, "France's foreign minister Jean-Marc Ayrault and interior minister Bernard Cazeneuve will fly", "the Élysée says.",
  ("France", S, pos, "Ivory Coast", "solidarity visit announced = backing by act; attribution tail"))
U(d, "A team of French police investigators and forensic specialists", "a French diplomatic source tells us.",
  ("France", S, neu, "Ivory Coast", "unnamed source of a named government = France; investigators sent = backing by act"))
U(d, "President Alassane Ouattara, in an address broadcast on RTI", "or beyond its borders.",
  ("Ivory Coast", C, neg, "", "announced hunt for the attackers' helpers = operation against another side; not named -> target empty"))
U(d, "\"Those who planned this will find no hiding place in our region,\" Ouattara said.", "Ouattara said.",
  ("Ivory Coast", C, neg, "", "threat"))
U(d, "Interior minister Hamed Bakayoko, speaking after a national security council meeting", "three attackers dead.",
  ("Ivory Coast", N, neu, "", "revised toll = neutral"))
U(d, "Bakayoko says the government has declared three days of national mourning", "hotels and border posts.",
  ("Ivory Coast", N, neu, "", "mourning and security plans = neutral"))
U(d, "The minister also dismissed reports circulating on social media", "\"nothing of the sort has happened\".",
  ("Ivory Coast", N, neg, "", "denial of rumours = neutral, negative"))
U(d, "AQIM has issued a new message praising the attackers", "SITE Intelligence Group.",
  ("AQIM", N, pos, "", "the group praising its own fighters = self-praise, neutral (unsure); SITE is not an actor"))
U(d, "In the message, the group said the attack was a response to France's military operation", "would be \"on the list\".",
  ("AQIM", C, neg, "France", "attack framed as retaliation + threat to Paris's allies = condemning"))
U(d, "Mali's government, which lived through the Radisson Blu siege", "\"peace can return to West Africa\".",
  ("Mali", T, pos, "", "hope that peace returns = calling_for_talks"))
U(d, "Burkina Faso's President Roch Marc Christian Kaboré has sent a message of solidarity", "\"knows this pain too well\".",
  ("Burkina Faso", S, neg, "Ivory Coast", "solidarity message = supporting; grief in tone"))
U(d, "Morocco's King Mohammed VI has sent a message of condolence", "the royal cabinet says.",
  ("Morocco", S, pos, "Ivory Coast", "condolence + security cooperation offered = backing by act"))
U(d, "The African Union Commission chairperson, Nkosazana Dlamini-Zuma, says in a statement", "indifference to human life.",
  ("African Union", C, neg, "", "judgement without a stock word; attackers not named"))
U(d, "She calls on member states to share intelligence", "\"with everything the continent has\".",
  ("African Union", S, neu, "Ivory Coast", "appeal to back Ivory Coast with means = supporting (README: appeal for arms or money)"))
U(d, "Serge Kouassi, a waiter at one of the beach bars", "lying on the sand.",
  ("Serge Kouassi", C, neg, "", "invented witness; accusation by describing attacks on civilians (rule 4); unsure: could be neutral testimony"))
U(d, "\"I hid in the kitchen with the cook.", "he said.",
  ("Serge Kouassi", N, neg, "", "own experience, no position"))
U(d, "The ECOWAS Commission says it is following the situation with great anxiety", "cooperate with the security forces.",
  ("ECOWAS", T, neg, "", "concern joined to an appeal for calm = calling_for_talks"))
U(d, "In Washington, State Department spokesman John Kirby says the United States condemns", "finding those responsible.",
  ("United States", C, neg, "", "condemnation + offer of help: rule 1"))
U(d, "UN Secretary-General Ban Ki-moon's spokesman says Ban condemns the killings", "tracking down those behind them.",
  ("United Nations", C, neg, "", "condemnation + offer of help: rule 1"))
U(d, "French President François Hollande has praised the speed", "a Sunday by the sea.",
  ("France", C, neg, "", "praise of the Ivorian response joined to a judgement of the attackers: rule 1 decides (welcome + judgement)"))
U(d, "Senegal's President Macky Sall writes on Twitter", "\"Ivorian brothers\".",
  ("Senegal", S, pos, "Ivory Coast", "solidarity; Sall speaks as Senegal's president, not in the name of ECOWAS"))
U(d, "AQIM has claimed responsibility for the attack in a statement relayed", "took part.",
  ("AQIM", N, neu, "", "claiming its own attack with no judgement in the sentence = neutral (contrast with the retaliation message)"))
U(d, "Aïchatou Mindaoudou, head of the UN mission in Ivory Coast (UNOCI)", "instructions of the security forces.",
  ("United Nations", N, neu, "", "practical safety advice to residents, no peace appeal and no judgement (unsure: could be calling_for_talks as protection of civilians)"))
U(d, "He says 14 civilians and two soldiers were killed", "shot dead by the special forces.",
  ("Ivory Coast", N, neu, "", "first toll given by the president"))
U(d, "Aminata Koné, who was swimming with her children", "to a neighbour's house.",
  ("Aminata Koné", N, neg, "", "invented witness; own experience"))
U(d, "\"People were falling on the sand.", "she said.",
  ("Aminata Koné", N, neg, "", "scene described, no position"))
U(d, "Security forces say the operation at the hotels is over.", "is over.",
  ("Ivory Coast", N, neu, "", "own operation reported as done = neutral"))
# "The beach has been sealed off." and "Witnesses describe gunmen ..." = narration / unnamed witnesses, no row.
