# ------------------------------------------------------------------ Depayin attack on Aung San Suu Kyi's convoy (Thai-based regional site, scraped, 2003-06-18)
d = "page_depayin_suukyi_convoy_regionalsite_2003.txt"
# Not statements: masthead, menu, breadcrumb, headline, time stamp, byline, print/email/comments bar, [Photo n/3] captions,
# ADVERTISEMENT, crossheads, Related, tags, reader comments, newsletter prompt, most read, copyright.
U(d, "Southeast Asian foreign ministers called on Burma's military government on Tuesday", "attack on her convoy.",
  ("ASEAN", T, neg, "Myanmar", "dateline excluded; the ministers' joint appeal to free her and reopen talks, no judgement = calling_for_talks"),
  ("United States", C, neg, "Myanmar", "Powell to argue the generals 'should pay a price' = call for punitive measures = condemning"))
# "The Nobel peace laureate has been held incommunicado since ..." = narration, no row.
U(d, "Burma's government says four people were killed", "opposed to her tour.",
  ("Myanmar", N, neu, "", "the government's own figures and account, no blame stated"))
# "Exile groups and witnesses ... put the dead at more than 70." = unnamed groups, no row.
# "The junta has given shifting accounts of the night." = outlet's summary line, no row.
U(d, "On May 31 Brig-Gen Than Tun, a senior intelligence officer, told diplomats", "protest against the tour.",
  ("Myanmar", C, neg, "National League for Democracy", "the army officer speaks for the junta = Myanmar; blames NLD members for the violence"))
U(d, "Foreign Minister Win Aung told his ASEAN counterparts in Phnom Penh", "who were in the room.",
  ("Myanmar", N, neu, "", "reassurance about its own detention measure; no judgement, no appeal"))
U(d, "Deputy Foreign Minister Khin Maung Win had earlier denied reports", "on her.",
  ("Myanmar", N, neg, "", "denial = neutral, negative tone"))
U(d, "The state-run New Light of Myanmar on Tuesday accused Western embassies", "disturb the peace.",
  ("Myanmar", C, neg, "", "the junta's mouthpiece = the state (unsure: the guide makes outlets non-actors, but this paper prints the government's line); accusation + threat; several targets -> empty"))
U(d, "In their joint communique, the ASEAN ministers said they wanted the restrictions", "the party resumed.",
  ("ASEAN", T, neg, "Myanmar", "demand to lift restrictions and resume talks, no judgement word = calling_for_talks"))
U(d, "The communique also said the ministers welcomed Win Aung's assurance", "continue his work.",
  ("ASEAN", T, pos, "Myanmar", "welcome + appeal to let the envoy work: rule 2 before rule 3 = calling_for_talks"))
U(d, "Malaysia's Foreign Minister Syed Hamid Albar told reporters that Rangoon", "every international meeting.",
  ("Malaysia", C, neg, "Myanmar", "judgement without a stock word ('embarrassing position', will not defend it); Rangoon = metonym"))
U(d, "Philippine Foreign Secretary Blas Ople said Manila wanted Suu Kyi freed immediately", "see the wounded.",
  ("Philippines", T, neg, "Myanmar", "demand for release + humanitarian access, no judgement = calling_for_talks"))
# "Thailand, Burma's largest neighbour ..., took a softer line." = summary line, no row.
U(d, "Prime Minister Thaksin Shinawatra told reporters in Bangkok that Thailand would not join calls for sanctions", "talking to them quietly.",
  ("Thailand", T, neu, "Myanmar", "Thaksin as prime minister speaks for Thailand (his own canonical name is for his later role); declines sanctions + commits to quiet talks = calling_for_talks"))
U(d, "Foreign Minister Surakiart Sathirathai said he had told Win Aung", "in October.",
  ("Thailand", T, pos, "Myanmar", "hope for release and renewed dialogue = calling_for_talks"))
U(d, "Powell, who is attending the ASEAN Regional Forum, told reporters on his plane", "American market.",
  ("United States", C, neg, "Myanmar", "accusation that the attack was organised + announced trade measure"))
U(d, "The U.S. Senate last week voted 97-1 to ban all imports from Burma", "the administration supported.",
  ("United States", C, neg, "Myanmar", "sanctions voted by the legislature (a congressman speaks for the US, per the guide) and backed by Powell"))
U(d, "European Union foreign ministers agreed in Luxembourg on Monday", "assets in Europe.",
  ("European Union", C, neg, "Myanmar", "sanctions = condemning"))
U(d, "Japan, the military government's largest aid donor, warned", "was not released.",
  ("Japan", C, neg, "Myanmar", "threat to halt aid = condemning"))
U(d, "\"We cannot go on as if nothing happened,\"", "in Phnom Penh.",
  ("Japan", C, neg, "Myanmar", "unnamed spokesman of a named ministry; the warning restated as a quote"))
U(d, "Britain's Foreign Office minister Mike O'Brien called earlier this month", "into the attack.",
  ("United Kingdom", T, neg, "Myanmar", "call for release + international inquiry, no judgement word = calling_for_talks"))
U(d, "China, Burma's closest ally, said the matter was Burma's internal affair.", "internal affair.",
  ("China", N, neu, "", "declines to take a position: neutral"))
U(d, "Foreign ministry spokeswoman Zhang Qiyue said in Beijing that China hoped", "through consultation.",
  ("China", T, pos, "", "hope for stability and consultation = calling_for_talks; addressed to 'its people' -> target empty"))
U(d, "The UN envoy Razali, who met Suu Kyi on June 10, said", "talks restarted.",
  ("United Nations", T, pos, "", "UN special envoy = UN; facts on her health + commitment to mediation = calling_for_talks"))
U(d, "ASEAN Secretary-General Ong Keng Yong said Razali had the association's full backing", "whatever help he asked for.",
  ("ASEAN", S, pos, "United Nations", "backing of the UN envoy + offer of help = supporting"))
U(d, "The UN human rights rapporteur for Burma, Paulo Sergio Pinheiro, asked", "of the attack.",
  ("United Nations", T, neg, "Myanmar", "UN-mandated rapporteur = UN; request for an independent investigation = calling_for_talks (as demands for an inquiry)"))
U(d, "The National Coalition Government of the Union of Burma, the government-in-exile", "take up the case.",
  ("National Coalition Government of the Union of Burma", C, neg, "Myanmar", "government-in-exile as its own actor; accusation of a planned attack + call for Security Council action"))
U(d, "The NLD's members in exile said in a statement from Mae Sot", "were locked up.",
  ("National League for Democracy", C, neg, "Myanmar", "exile members speak for the party; holds the regime responsible; refusal of dialogue under detention follows from the grievance"))
# "One man who was in the convoy and reached Thailand last week described the attack ..." = lead-in, no position, no row.
U(d, "\"They were waiting for us at the bridge.", "not be photographed.",
  ("Ko Zaw Lin", N, neg, "", "invented survivor (independent person); eyewitness facts; multi-sentence quote closed by its attribution"))
U(d, "\"The soldiers were there, and they did nothing.\"", "they did nothing.\"",
  ("Ko Zaw Lin", C, neg, "Myanmar", "quote continued; accuses the army of standing by"))
U(d, "Zaw Lin said he saw at least a dozen people lying in the road", "into the fields.",
  ("Ko Zaw Lin", N, neg, "", "eyewitness figure, no blame"))
U(d, "Kanda Srisuwan, a political scientist at the Mekong Policy Institute in Bangkok, said", "in a formal text.",
  ("Kanda Srisuwan", N, neu, "", "invented analyst; factual reading of the communique"))
U(d, "\"It is a small sentence, but for ASEAN it is a big step,\" she said.", "she said.",
  ("Kanda Srisuwan", S, pos, "ASEAN", "approval of ASEAN's step = supporting"))
U(d, "She said Thailand's \"quiet\" approach had produced nothing", "did not want to give.",
  ("Kanda Srisuwan", C, neg, "Thailand", "judgement of Thai policy without a stock word"))
U(d, "\"Bangkok has confused being polite with being useful,\" she said.", "she said.",
  ("Kanda Srisuwan", C, neg, "Thailand", "judgement; Bangkok = metonym"))
U(d, "Kanda said ASEAN should now send its own envoy to Rangoon", "United Nations alone.",
  ("Kanda Srisuwan", T, neu, "ASEAN", "appeal for mediation addressed to ASEAN = calling_for_talks"))
