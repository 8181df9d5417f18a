# ------------------------------------------------------------------ Israel intercepts the Global Sumud Flotilla (full HTML live blog, 2025-10-02)
d = "page_sumud_flotilla_liveblog.html"
G = "Global Sumud Flotilla"
U(d, "Prime Minister Benjamin Netanyahu said the sailors who stopped the boats", "blockade intact.",
  ("Israel", N, pos, "", "praise of its own navy = self-praise: neutral, positive"))
U(d, "He called the voyage a provocation dressed up as aid", "back to their countries.",
  ("Israel", C, neg, G, "'He' = Netanyahu; judgement of the voyage ('provocation') = of the flotilla coalition as an actor"))
U(d, "South African President Cyril Ramaphosa said Israel had once again shown contempt", "grandson of Nelson Mandela.",
  ("South Africa", C, neg, "Israel", "judgement + demand to free its citizens (rule 1); Mandla Mandela only mentioned"))
U(d, "He said South Africa backed the call by the UN human rights chief", "without delay.",
  ("South Africa", S, pos, "United Nations", "backing another actor's appeal = supporting that actor"),
  ("United Nations", T, neg, "Israel", "Türk's own appeal reported by Ramaphosa: lift the blockade = appeal to one side, no judgement word"))
U(d, "Greek Foreign Minister George Gerapetritis told the state broadcaster ERT", "treated properly.",
  ("Greece", N, pos, "", "facts about its own citizens, reassuring tone; no judgement of Israel"))
U(d, "Istanbul's chief prosecutor has opened an investigation", "Anadolu Agency reported.",
  ("Turkey", C, neg, "Israel", "state prosecutor = Turkey; criminal investigation into the detentions = measure by act against the other side (unsure: could be read as neutral procedure); Anadolu only reports"))
U(d, "Turkey's foreign ministry had earlier called the raid terrorism", "citizens of other nations.",
  ("Turkey", C, neg, "Israel", "'terrorism' + accusation = judgement; the Netanyahu government = Israel"))
U(d, "Spain summoned Israel's chargé d'affaires in Madrid over the interception", "José Manuel Albares said.",
  ("Spain", C, neg, "Israel", "summoning the envoy in protest = measure (condemning); Madrid = place; attribution tail"))
U(d, "Albares said consular staff would visit the Spaniards held in Israel", "allowed to.",
  ("Spain", N, neu, "", "surname only; consular plans for own citizens = neutral"))
U(d, "Italian Foreign Minister Antonio Tajani said Israel had assured him", "within days.",
  ("Italy", N, neu, "", "Tajani relays an assurance, takes no position"),
  ("Israel", N, pos, "", "Israel's assurance reported by Tajani = reassurance about its own conduct (neutral, positive)"))
U(d, "The president of Colombia, Gustavo Petro, said on X that he was expelling", "detained on the boats.",
  ("Colombia", C, neg, "Israel", "expelling diplomats + ending the trade agreement = measures (guide: expulsions are condemning)"))
U(d, "Malaysian Prime Minister Anwar Ibrahim condemned the interception", "citizens home.",
  ("Malaysia", C, neg, "Israel", "condemnation + 'make Israel answer for it' (threatened legal measures)"))
U(d, "Ireland's Tánaiste and foreign minister, Simon Harris, said the interception was very worrying", "citizens on board.",
  ("Ireland", N, neg, "", "concern with no appeal and no judgement = neutral, negative (guide)"))
U(d, "Pakistani Prime Minister Shehbaz Sharif said the raid on the boats was a despicable act", "freed at once.",
  ("Pakistan", C, neg, "Israel", "'despicable act' (judgement) + demand to free its citizens (rule 1); the raid's author is stated on the page, so the target is Israel (as batch5c's claimed attacks) though the sentence does not name it"))
U(d, "Hamas said Israel had committed piracy", "humanitarian mission.",
  ("Hamas", C, neg, "Israel", "'piracy' = judgement"))
U(d, "Amnesty International said Israel was trying to frighten off anyone", "people of Gaza.",
  ("Amnesty International", C, neg, "Israel", "rights group under its own name; accusation of intimidation"))
U(d, "The flotilla's organisers said more than 400 volunteers", "food and medicine.",
  (G, C, neg, "Israel", "'the flotilla's organisers' = the Global Sumud Flotilla coalition; figures + 'outrage' (rule 1); the boardings are Israel's (stated on the page) -> target Israel"))
U(d, "Their spokesperson, Saif Abukeshek, said water cannon had been turned on several boats", "had been rammed.",
  (G, C, neg, "Israel", "accusation made by describing the other side's use of force on civilians (guide rule 4)"))
U(d, "The remaining boats were still sailing toward Gaza", "early on Thursday.",
  (G, N, neu, "", "own movements, attribution tail"))
U(d, "Israel's foreign ministry said on X that every boat that had tried", "flown to Europe.",
  ("Israel", N, neu, "", "results of its own operation + plans for the passengers"))
U(d, "It said a single remaining boat was still far off", "if it pressed on.",
  ("Israel", C, neg, G, "'It' = the foreign ministry; announced interception of the last boat = threatened action (unsure: could be read as a neutral plan)"))
U(d, "In a message recorded before the interception and posted by the organisers, Thunberg asked", "safety and release.",
  ("Greta Thunberg", T, neu, "", "independent activist under her own name; appeal to press governments, no judgement; addressees non-canonical -> target empty"))
U(d, "The Israeli navy radioed the lead boats", "port of Ashdod.",
  ("Israel", C, neg, G, "the navy speaks for Israel; warning that the boats were breaching a blockade (accusation) decides over the offer to carry the aid (rule 1; unsure)"))
