# ------------------------------------------------------------------ Moore-Gilbert freed, three Iranians sent home from Thailand: wire (2020-11-26)
d = "page_mooregilbert_swap2020_wire.txt"
# Not statements: menu, UPDATE headline, byline, read time, bullets, ADVERTISEMENT, crossheads (TEHRAN'S ACCOUNT, LONDON,
# JERUSALEM REACT, A PRICE PAID?), reporting credits, Our Standards, Related coverage, tags.
U(d, "Iran on Wednesday released Kylie Moore-Gilbert, a British-Australian academic", "a hero's welcome.",
  ("Iran", N, neu, "", "dateline excluded; a release reported as done by Iran, no evaluation; state TV showing = agency, not an actor"))
# "Moore-Gilbert, a lecturer ... closed trial." = background, no row.
U(d, "Australian Prime Minister Scott Morrison said he had spoken to her by phone", "clear-headed.",
  ("Australia", N, pos, "", "fact of a call + her state, positive tone"))
U(d, "\"Kylie was never guilty of anything, and Australia never accepted the verdict against her,\"", "in Canberra.",
  ("Australia", C, neg, "Iran", "rejection of the verdict = judgement of Iran's court"))
U(d, "Asked whether she had been exchanged for the three men, Morrison said Australia had released no one", "those countries' governments.",
  ("Australia", N, neu, "", "non-confirmation / denial of a swap = neutral"))
U(d, "Foreign Minister Marise Payne said Australian diplomats had worked on the case", "without naming them.",
  ("Australia", S, pos, "", "thanks to unnamed partners = gratitude (supporting), no target"))
U(d, "\"Her detention was unjust from the first day,\" Payne said in a statement", "detained overseas.",
  ("Australia", C, neg, "Iran", "'unjust' = judgement of Iran's detention"))
U(d, "Iran's state broadcaster IRIB said the three Iranians were \"economic activists\"", "Tehran airport lounge.",
  ("Iran", N, neu, "", "state broadcaster's account of the men = the state's framing (unsure: news agency reporting is not an actor; IRIB is a state organ and the claim is an official line)"))
U(d, "Iran's foreign ministry spokesman, Saeed Khatibzadeh, told a weekly news conference", "all her rights respected.",
  ("Iran", N, neg, "", "defence of the trial = denial of wrongdoing -> neutral, negative"))
U(d, "He said Tehran had always been ready to settle consular issues", "a priority of the ministry.",
  ("Iran", C, neg, "", "'held unjustly abroad' = judgement of the countries holding Iranians (Thailand implied, not named -> target empty); the dialogue line is the lead-in (unsure: could be calling_for_talks)"))
U(d, "The Bangkok plot came to light in February 2012", "Iran has always denied any role.",
  ("Israel", C, neg, "Iran", "background: Israeli officials said the target was Israeli diplomats (accusation, implied Iran) (unsure: past statement in background)"),
  ("Iran", N, neg, "", "standing denial = neutral"))
U(d, "Thailand's Department of Corrections said two of the men had been transferred", "a royal pardon in August.",
  ("Thailand", N, neu, "", "state agency gives facts = neutral"))
U(d, "A Thai government spokesman told reporters that there had been no exchange", "normal legal procedure.",
  ("Thailand", N, neu, "", "denial of a swap = neutral"))
U(d, "British Foreign Secretary Dominic Raab said he was delighted", "with her family.",
  ("United Kingdom", S, pos, "", "welcome of the release + sympathy"))
U(d, "\"Iran must now release Nazanin Zaghari-Ratcliffe", "Raab said on Twitter.",
  ("United Kingdom", T, neg, "Iran", "demand addressed to one side with no judgement word = calling_for_talks (labels/README.md)"))
U(d, "Britain's Foreign Office has described the detention of dual nationals in Iran as arbitrary and unacceptable", "had not changed.",
  ("United Kingdom", C, neg, "Iran", "'arbitrary and unacceptable' = judgement"))
U(d, "Israel's foreign ministry said in a brief statement that freeing men convicted", "take more hostages.",
  ("Israel", C, neg, "", "judgement of the release of the plotters (Thailand's act, Iran's hostage-taking) -> two actors, target empty"))
U(d, "Australia's opposition Labor Party welcomed the release", "the country's thanks.",
  ("Australian Labor Party", S, pos, "Australia", "welcome + praise of officials"))
U(d, "Amnesty International said Moore-Gilbert should never have spent a day in prison", "trumped-up charges.",
  ("Amnesty International", C, neg, "Iran", "judgement ('trumped-up') + appeal: rule 1"))
# "Analysts said the case fitted a pattern ..." = unnamed speakers; no row.
U(d, "Farzan Rahimi, an Iran analyst at the Gulf and Caspian Research Centre in London, said", "came at a cost.",
  ("Farzan Rahimi", N, neu, "", "invented analyst; mixed reading, no judgement of an actor"))
U(d, "\"Tehran has learned once again that a foreign passport-holder in Evin", "Other governments will pay for this lesson.\"",
  ("Farzan Rahimi", C, neg, "Iran", "judgement of Iran's hostage diplomacy; two quoted sentences, 'Rahimi said' in the middle"))
U(d, "Claire Whitford, a former Australian diplomat who served in Tehran, said", "blamed for the bargain.",
  ("Claire Whitford", S, pos, "Australia", "former official = independent person; defence of Canberra's action"))
U(d, "\"The moral failing here belongs to the people who locked up an innocent woman", "Whitford said.",
  ("Claire Whitford", C, neg, "Iran", "judgement of Iran's jailers"))
# "Moore-Gilbert, who had spent periods in solitary confinement ..." = narration, no row.
U(d, "Payne said Australia would keep raising the treatment of detained foreigners", "embassy in Tehran.",
  ("Australia", N, neu, "", "plan of own diplomatic representations, no judgement in the unit"))
U(d, "Thailand's foreign ministry said in a statement that Bangkok valued its relations", "either relationship.",
  ("Thailand", N, pos, "", "reassurance about own relations; positive tone, no support act"))
