# ---------------------------------------------------------------- 3. Ukraine: Security Council after the Ternopil strike (UN meetings coverage)
d = "page_ukraine_ternopil_strike2025_unmeetings.txt"
UN, UA, RU = "United Nations", "Ukraine", "Russia"
A3 = ["Algeria", "Guyana", "Sierra Leone", "Somalia"]
U(d, "A senior United Nations official told the Security Council today that the previous day's missile and drone strike", "to seize every chance for negotiations.",
  (UN, T, neg, "", "the summary lead reports the briefer's position: alarm + appeal to spare civilians and negotiate, no judgement of a named side -> calling_for_talks, negative tone"))
U(d, "Kayoko Gotoh, Officer-in-Charge of the Europe, Central Asia and Americas Division", "dozens remained unaccounted for.",
  (UN, N, neu, "", "UN official = United Nations; casualty and rescue figures = neutral (guide)"))
U(d, "\"Attacks that strike homes while families are asleep are prohibited", "she said.",
  (UN, C, neg, "", "quote of two sentences: the Secretary-General 'condemns them without reservation' = explicit condemnation (rule 1 over 'they must stop'); 'whoever carries them out' -> no named target"))
U(d, "She also reported that monitors of the Office of the United Nations High Commissioner for Human Rights", "in line with the Charter and relevant resolutions.",
  (UN, T, neu, "", "casualty trend (fact) + call to support any effort towards a ceasefire and peace = calling_for_talks"))
U(d, "The representative of Ukraine said that the people of Ternopil had been killed in their beds", "still claimed to be interested in peace.",
  (UA, C, neg, RU, "accuses the Russian Federation of the strike, with sarcasm about its claimed interest in peace"))
U(d, "\"Yesterday my country lowered its flags at every embassy in the world.", "from its partners without delay.",
  (UA, C, neg, RU, "quote + reported tail: demand to 'name the perpetrator' and 'hold him to account' = judgement (rule 1); asking partners for air defence is a request for aid, not supporting; Kyiv = metonym"))
U(d, "The representative of the United Kingdom said that the strike on Ternopil was another deliberate assault", "and its shadow fleet.",
  ("United Kingdom", C, neg, RU, "'deliberate assault' + sanctions on Moscow = judgement and measures; Moscow = metonym for Russia"))
U(d, "France's representative said that President Vladimir Putin's answer to every peace initiative", "more missiles on apartment blocks.",
  ("France", C, neg, RU, "judgement of Putin's answer to peace efforts = condemning Russia"))
U(d, "He announced that Paris would deliver additional air defence equipment to Ukraine", "before the end of the year.",
  ("France", S, pos, UA, "'He' = France's representative; announced delivery of air defence = aid -> supporting; Paris = metonym"))
U(d, "The speaker for Denmark, also speaking on behalf of the Nordic countries,", "in the strongest terms.",
  ("Denmark", C, neg, RU, "condemned the attack 'in the strongest terms' (the attacker named by the context: Russia); 'the Nordic countries' are not named one by one, so only Denmark gets a row (unsure: could give rows to the four other Nordic states)"))
U(d, "Copenhagen's support for Ukraine, including its model of financing weapons", "the speaker said.",
  ("Denmark", S, pos, UA, "Copenhagen = Denmark (metonym, also the possessor of the support); continued military support = supporting (the 'Danish model')"))
U(d, "Greece's delegate expressed the deep sorrow of the Greek Government for the victims", "the Russian Federation bore responsibility.",
  ("Greece", C, neg, RU, "sorrow + 'grave violation of international humanitarian law for which the Russian Federation bore responsibility' = holds Russia responsible"))
U(d, "Slovenia's representative said that Ljubljana stood with the people of Ternopil", "as a first step towards negotiations.",
  ("Slovenia", T, neg, RU, "solidarity with the city's people (not an actor) + ceasefire appeal addressed to Moscow, no judgement word -> calling_for_talks, target the one party addressed (labels/README); Ljubljana = metonym"))
U(d, "The representative of the Republic of Korea said that attacks on civilian infrastructure could never be justified,", "the Democratic People's Republic of Korea.",
  ("South Korea", C, neg, "", "'could never be justified' = judgement of the attacks; concern about Russia-DPRK military cooperation: aimed at two actors -> target empty"))
U(d, "The representative of the United States said that Washington was working with both sides", "wanted the killing to stop.",
  ("United States", T, neu, "", "mediation by act (working with both sides on a framework) + wish that the killing stop = calling_for_talks; both sides -> target empty"))
U(d, "\"The images from Ternopil are exactly why this war must end now.", "the representative said.",
  ("United States", T, neg, "", "quote: the war must end + asks Kyiv and Moscow to engage with the proposals = appeal to both sides, no blame; negative tone (the images)"))
U(d, "The Russian Federation's delegate said that his country's armed forces struck only military targets", "falling on residential areas.",
  (RU, C, neg, UA, "denial of targeting civilians + blames Ukrainian air defence for the destruction = counter-accusation (rule 1, not a bare denial); 'the Kyiv regime' pejorative"))
U(d, "He accused Western members of staging yet another meeting", "responsible for every new death.",
  (RU, C, neg, "", "'He' = the Russian delegate; accuses Western members and European countries = several actors -> target empty; Kyiv = place"))
U(d, "China's representative said that his country was saddened by the civilian casualties,", "direct talks between the parties.",
  ("China", T, neu, "", "sorrow + restraint appeal to all parties + support for peace efforts and direct talks = calling_for_talks; all parties -> target empty; Beijing = metonym"))
U(d, "Pakistan's representative said that dialogue and diplomacy remained the only way out of the conflict,", "the suffering of the population.",
  ("Pakistan", T, neu, "", "dialogue + hope for a ceasefire = calling_for_talks (guide: hopes)"))
U(d, "Speaking on behalf of Algeria, Guyana, Sierra Leone and Somalia, the representative of Somalia said", "global food and fertilizer prices.",
  *[(s, N, neg, "", "a state speaking for a listed group: one row per listed state (labels/README); alarm with no appeal in this sentence -> neutral, negative (guide)") for s in A3])
U(d, "He urged the parties to respect international humanitarian law,", "return to negotiations without preconditions.",
  *[(s, T, neu, "", "'He' = Somalia's representative still speaking for the four states; appeal to protect civilians and negotiate, no judgement = calling_for_talks") for s in A3])
U(d, "The representative of Panama said that his delegation welcomed any initiative", "its full backing.",
  ("Panama", T, pos, "", "welcome of initiatives that bring the parties to the table + encouragement to back them = peace appeal with no judgement -> calling_for_talks (rule 2 before rule 3, labels/README)"))
U(d, "Taking the floor a second time, the representative of Ukraine said that his delegation rejected", "found in the rubble.",
  (UA, C, neg, RU, "rejects Russia's account as 'a cynical lie' = judgement, not a bare denial"))
U(d, "The representative of the Russian Federation responded that Ukraine had never presented any evidence", "shelled Donetsk for eight years.",
  (RU, C, neg, UA, "dismisses Ukraine's evidence + 'a regime that shelled Donetsk for eight years' = judgement"))
