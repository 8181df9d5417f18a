# ------------------------------------------------------------------ US raid that killed Osama bin Laden in Abbottabad (scraped Pakistani English-language daily, 2011-05-06)
d = "page_binladen_abbottabad_pkdaily.txt"
U(d, "Pakistan's top generals warned the United States on Thursday", "without Pakistan's knowledge.",
  ("Pakistan", C, neg, "United States", "dateline excluded; long lead: warning of a review of cooperation (threat) + cut in US personnel (measure); the raid narrated; Washington = metonym"))
U(d, "The decisions were taken at a special meeting of the corps commanders", "said in a statement.",
  ("Pakistan", N, neu, "", "ISPR = Pakistan (name files); procedure"))
U(d, "The forum acknowledged shortcomings in developing intelligence", "senior al Qaeda figures.",
  ("Pakistan", N, neu, "", "self-assessment + own record = neutral"))
U(d, "\"The forum was clear that no one should doubt the commitment", "it said.",
  ("Pakistan", N, pos, "", "reassurance about own conduct = neutral, positive"))
U(d, "The army also ordered an investigation into how bin Laden had lived", "at Kakul.",
  ("Pakistan", N, neu, "", "the army = Pakistan; own measure"))
# no rows: crosshead; "The generals' statement was the firmest reaction yet from Islamabad, ..." (summary line)
U(d, "Within hours of President Barack Obama's announcement on Sunday night Washington time, the Foreign Office said", "to defeat terrorism.",
  ("Pakistan", S, pos, "United States", "Foreign Office = Pakistan by context; attributing the raid to US forces + approving its outcome = supporting (unsure: could be neutral)"))
U(d, "Prime Minister Yousaf Raza Gilani, on a visit to Paris, called it a victory", "fighting terrorism.",
  ("Pakistan", S, pos, "", "approval; Paris = place"))
# no row: "President Asif Ali Zardari went further." (summary line)
U(d, "In an article published in The Washington Post on Monday, he wrote", "acknowledgement of Pakistan's help.",
  ("Pakistan", S, pos, "United States", "op-ed by the president: welcome of Obama's acknowledgement + credit to cooperation"))
# no row: "By Tuesday the tone had changed."
U(d, "The Foreign Office said the government had serious reservations", "a model for anyone.",
  ("Pakistan", C, neg, "United States", "objection to an operation without authorisation = judgement"))
U(d, "\"Pakistan will not accept that its territory can be entered at will", "in Islamabad on Thursday.",
  ("Pakistan", C, neg, "", "foreign secretary; 'will not accept' = judgement/warning aimed at 'anyone' -> target empty; Islamabad = place"))
U(d, "\"Let nobody draw the wrong lesson from what happened on Monday.\"", "what happened on Monday.\"",
  ("Pakistan", C, neg, "", "quote continued after its attribution; veiled warning, no one named"))
U(d, "He said the country had the means to defend itself and would do so.", "would do so.",
  ("Pakistan", C, neg, "", "pronoun subject; threat of a response"))
U(d, "The Foreign Office also rejected suggestions that the state had sheltered bin Laden", "al Qaeda and its allies.",
  ("Pakistan", N, neg, "", "denial ('baseless') = neutral, negative"))
# no rows: Related link; crosshead; "In Washington, officials have offered praise ... and pointed questions in the same breath." (summary line)
U(d, "White House counterterrorism adviser John Brennan said on Monday that it was hard to believe", "not accusing the government.",
  ("United States", N, neg, "", "suspicion explicitly stopping short of an accusation = neutral, negative (unsure: could be condemning)"))
U(d, "CIA Director Leon Panetta told Time magazine that Pakistan had not been told in advance", "reached bin Laden.",
  ("United States", C, neg, "Pakistan", "distrust of Pakistan as the stated reason = implied accusation (unsure: could be a neutral account of procedure)"))
U(d, "Secretary of State Hillary Clinton said on Monday that cooperation with Pakistan had helped", "keep working with Islamabad.",
  ("United States", S, pos, "Pakistan", "praise of cooperation + commitment; Islamabad = metonym"))
# no row: "Senators from both parties have demanded answers." (summary line before the specific demand)
U(d, "Some have called for US aid to Pakistan, worth more than $3 billion a year, to be suspended", "went undetected.",
  ("United States", C, neg, "Pakistan", "US senators (unnamed members of a named body) = United States; call to suspend aid = sanction (unsure: unnamed)"))
# no rows: crosshead; "New Delhi wasted no time in turning the raid into an argument about Pakistan." (summary line)
U(d, "Home Minister P. Chidambaram said on Monday that the fact bin Laden had been found", "found sanctuary there.",
  ("India", C, neg, "Pakistan", "accusation of harbouring terrorists"))
U(d, "He demanded again that Pakistan arrest those India holds responsible", "Mumbai attacks.",
  ("India", T, neg, "Pakistan", "demand addressed to one side with no judgement word = calling_for_talks, negative (unsure: the accusation is implied)"))
U(d, "Prime Minister Manmohan Singh welcomed the killing as an important advance", "groups linked to it.",
  ("India", S, pos, "United States", "welcome of the US operation + hope it weakens al Qaeda (not a peace appeal) = supporting"))
U(d, "Indian Army chief General V.K. Singh said on Wednesday that all three services", "if the need ever arose.",
  ("India", C, neg, "Pakistan", "army chief = India; veiled threat of a similar operation (Pakistan by context)"))
# no row: "The Foreign Office in Islamabad answered him the next day." (lead-in)
U(d, "A spokeswoman said any such move against Pakistan would be met with full force", "irresponsible.",
  ("Pakistan", C, neg, "India", "unnamed spokeswoman of the Foreign Office; threat + 'irresponsible'"))
# no row: crosshead "Reactions abroad"
U(d, "UN Secretary-General Ban Ki-moon said the death of bin Laden was a turning point", "around the world.",
  ("United Nations", S, pos, "", "welcome of the outcome; no actor named"))
U(d, "The Security Council, in a statement read by its president for May, welcomed the news", "stay vigilant.",
  ("United Nations", S, pos, "", "welcome + appeal for vigilance against terrorism (not a peace appeal) = supporting"))
U(d, "Afghan President Hamid Karzai said the raid showed, as he had long argued", "Afghan villages.",
  ("Afghanistan", N, neg, "", "assessment naming no actor (unsure: implicit criticism of the war's conduct)"))
U(d, "He urged NATO to look at the sanctuaries across the border rather than at Afghan homes.", "Afghan homes.",
  ("Afghanistan", C, neg, "", "appeal to NATO carrying an implied accusation of Pakistan's sanctuaries and of raids on homes: two parties -> target empty (unsure)"))
U(d, "In Gaza, Hamas leader Ismail Haniyeh condemned the killing", "Arab holy warrior.",
  ("Hamas", C, neg, "United States", "condemnation of the US killing; Gaza = place"))
U(d, "The Palestinian Authority's spokesman said the death was good for the cause of peace.", "cause of peace.",
  ("Palestine", S, pos, "", "Palestinian Authority = Palestine (name files); approval"))
# no row: "The Pakistani Taliban vowed revenge." (summary line before the spokesman)
U(d, "Their spokesman, Ehsanullah Ehsan, told reporters by telephone", "the Americans after.",
  ("Pakistani Taliban", C, neg, "", "possessive 'Their spokesman' = the group; threat against Pakistan and the US: two targets -> empty"))
# no rows: crosshead "At home"; "The opposition has seized on the affair." (summary line)
U(d, "Pakistan Muslim League-N leader Nawaz Sharif demanded an independent judicial commission", "and when.",
  ("PML-N", T, neg, "Pakistan", "party leader = his party; demand for an inquiry, no judgement word = calling_for_talks (as batch5c)"))
U(d, "\"Somebody failed, and the nation deserves to know who,\" he told a news conference in London.", "news conference in London.",
  ("PML-N", C, neg, "Pakistan", "judgement of failure aimed at the state; London = place"))
U(d, "Imran Khan's Pakistan Tehreek-e-Insaf called the raid an assault on national sovereignty", "US drone strikes.",
  ("Pakistan Tehreek-e-Insaf", C, neg, "United States", "possessive of the leader's name; judgement + protests announced"))
# no rows: the retired brigadier (not an actor), police sealing the compound (narration), residents and the shopkeeper, tags, most read
