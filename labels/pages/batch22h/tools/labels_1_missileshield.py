# ------------------------------------------------------------------ US-Poland missile-defence agreement and Russia's threats (Polish English-language site, full HTML, 2008-08-21)
d = "page_missileshield_poland_plsite.html"
U(d, "Poland and the United States on Wednesday signed the agreement", "describing the future base as a target.",
  ("Poland", S, pos, "United States", "dateline excluded; long lead mixing narration (the signing, Moscow's generals) with Sikorski's approval of the accord = supporting; the generals' talk is narration here, their own statements come below"))
U(d, "Rice, who flew in from an emergency meeting", "Prime Minister Donald Tusk.",
  ("United States", S, neu, "Poland", "a specific act reported as done (signing the basing treaty) = backing by act; Kaczyński and Tusk are objects, not speakers"))
U(d, "“This is a defensive system, and there is nobody", "after the ceremony.",
  ("United States", N, neu, "", "reassurance about its own system, an implicit denial that it targets Russia = neutral; quote closed by the attribution tail"))
U(d, "“We are talking about ten interceptors without warheads", "even if somebody wanted them to.”",
  ("United States", N, neu, "", "quote continued after the attribution, same speaker; facts about the system"))
U(d, "She dismissed the warnings heard from Moscow", "standing in the world.",
  ("United States", C, neg, "Russia", "pronoun subject = Rice; judgement without stock words ('did nothing for Russia's standing'); Moscow = metonym"))
U(d, "“Threatening Poland with nuclear weapons is not how", "she said.",
  ("United States", C, neg, "Russia", "judgement of the Russian threat; Poland is an object"))
# "The text was agreed last Thursday by the two chief negotiators ..." : background narration, no row
U(d, "Kremer said the agreement would go to parliament", "within a few months.",
  ("Poland", N, neu, "", "surname only (introduced in the previous paragraph); ratification procedure = neutral"))
# "The Russian response was swift ..." : summary line before the specific statements, no row
U(d, "Colonel-General Anatoly Nogovitsyn, deputy chief", "against such targets.",
  ("Russia", C, neg, "Poland", "deputy chief of the general staff = Russia; a threat of attack (nuclear doctrine) = condemning"))
U(d, "“Warsaw should understand what it has signed up for.", "relations with Washington for years.",
  ("Russia", C, neg, "Poland", "multi-sentence quote closed by 'he said' = one unit; threat; Warsaw and Washington = metonyms as objects"))
U(d, "President Dmitry Medvedev, speaking in Sochi", "whom it was meant for.",
  ("Russia", C, neg, "", "accusation that the deployment targets Russia; aimed at the US and Poland together -> target empty; Merkel is not a speaker"))
U(d, "“Ten missiles a short flight from our border", "he said.",
  ("Russia", C, neg, "United States", "accusation of bad faith without stock words (the Iran rationale is a pretext)"))
U(d, "“Our planners will take that into account.”", "“Our planners will take that into account.”",
  ("Russia", C, neg, "", "quote continued in the next paragraph, same speaker; veiled threat = condemning"))
U(d, "In a statement posted on its website on Wednesday evening", "in its military planning.",
  ("Russia", C, neg, "", "foreign-ministry readout: accusation + announced military response; aimed at the project of both states -> target empty"))
U(d, "Foreign Minister Sergei Lavrov has called off a visit", "giving no reason.",
  ("Russia", N, neg, "Poland", "cancelling a visit with no protest stated = neutral (guide rule 4); reported by the spokesman"))
U(d, "Nesterenko also rejected suggestions", "the Interfax news agency.",
  ("Russia", N, neg, "", "denial = neutral, negative; Interfax is an agency, not an actor"))
U(d, "Kaczyński, who has been among the loudest European critics", "still standing in Gori.",
  ("Poland", C, neg, "Russia", "judgement without stock words ('no lessons in security from a country whose tanks ...'); Rice is the addressee"))
U(d, "Speaking to Polish public radio on Thursday morning", "held hostage to it.",
  ("Poland", T, pos, "Russia", "pronoun subject = Tusk; hope for better understanding and relations = calling_for_talks"))
# "Tusk struck a calmer note." : lead-in, no row
U(d, "He added that Poland was still ready to let Russian officers", "last winter.",
  ("Poland", T, pos, "Russia", "offer of inspections = a confidence-building, diplomatic course"))
U(d, "Defence Minister Bogdan Klich said the base", "rotating from Germany.",
  ("Poland", N, neu, "", "troops, battery and crews as topics: plans and procedures = neutral"))
U(d, "Under that declaration on strategic cooperation", "the last day of talks.",
  ("United States", S, pos, "Poland", "commitment to come to Poland's aid = backing by act; 'the Polish side had insisted' is background"))
U(d, "At NATO headquarters in Brussels, spokesman James Appathurai", "summit in April.",
  ("NATO", S, pos, "United States", "NATO spokesman = NATO; approval of the American sites; Brussels = place"))
U(d, "Secretary General Jaap de Hoop Scheffer was blunter", "would take seriously.",
  ("NATO", C, neg, "Russia", "judgement of the general's remarks without stock words"))
U(d, "He said the alliance would be ready to discuss missile defence", "before the war in Georgia.",
  ("NATO", T, neu, "Russia", "conditional offer of talks = calling_for_talks (labels/README)"))
U(d, "In Prague, the government of Prime Minister Mirek Topolánek", "the radar treaty with Rice.",
  ("Czech Republic", S, pos, "", "welcome of the signing = supporting; welcomes a step of two states -> target empty; the July treaty is background"))
U(d, "Schwarzenberg told Czech Television", "handed us”.",
  ("Czech Republic", C, neg, "Russia", "ironic judgement of Moscow's threats (quote opened inside the sentence); Moscow = metonym"))
U(d, "A spokesman for the Czech defence ministry said", "readiness of its forces.",
  ("Czech Republic", N, neg, "", "concern without an appeal = neutral, negative; own forces' readiness = fact"))
# "Analysts in Warsaw were divided ..." : summary line, no row
U(d, "Agnieszka Borowiec, who follows Russian military policy", "a change of doctrine.",
  ("Agnieszka Borowiec", N, neu, "", "independent analyst under her own name; reading of the threat, no judgement"))
U(d, "“Russia has said the same things about the radar", "she said.",
  ("Agnieszka Borowiec", N, neg, "", "multi-sentence quote closed by 'she said'; analysis of Moscow's aims, no explicit judgement"))
U(d, "She expected the Kremlin to return to its idea", "conventional arms control.",
  ("Agnieszka Borowiec", N, neg, "", "scenario of what may happen next; Kremlin is the subject of her forecast, not a speaker"))
U(d, "Borowiec was less forgiving about the nuclear talk itself", "argued for the shield”.",
  ("Agnieszka Borowiec", C, neg, "Russia", "explicit judgement ('reckless') of the Russian threat"))
U(d, "In Moscow, Dmitri Kalugin, a defence analyst", "considerable political weight.",
  ("Dmitri Kalugin", N, neu, "", "independent analyst; assessment"))
U(d, "“For the general staff the ten interceptors are a pretext.", "Kalugin said.",
  ("Dmitri Kalugin", N, neg, "", "multi-sentence quote closed by the speaker; risks and scenarios without judging either side"))
U(d, "He said the sensible course would be for Washington and Moscow", "had let drop.",
  ("Dmitri Kalugin", T, neu, "", "appeal to both sides to resume a cooperative course -> target empty"))
# Redzikowo residents and the unnamed pensioner: not actors, no rows. Captions, related link, credits, tags, comments: never statements.
