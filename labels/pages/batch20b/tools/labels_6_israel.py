# ------------------------------------------------------------------ Israel's overhaul crisis: Gallant fired, strike, pause, Biden-Netanyahu exchange (Israeli English-language site, scraped, 2023-03-29)
d = "page_israel_overhaul_gallant_ilsite.txt"
# No row: masthead, date/weather, menu, breadcrumbs, headline, subtitle, byline, published/updated, "Listen to this article",
# share bar, image caption with credit, ADVERTISEMENT, "Read more:", capitals crossheads, "Related Articles", tags,
# newsletter prompt, most read, footer.
U(d, "Prime Minister Benjamin Netanyahu answered US President Joe Biden", "any time soon.",
  ("Israel", C, neg, "United States", "long lead: refusal of foreign dictation in reply to Biden = rejection in protest ('will not bow' type, judgement without stock words)"),
  ("United States", T, neg, "Israel", "Biden's position reported inside the same sentence ('told Jerusalem to change course' + no visit soon): a demand to one side with no judgement word = calling_for_talks, negative (as his own remarks below; unsure); Jerusalem = metonym"))
U(d, "\"Joe Biden has been a friend of Israel", "issued in English.",
  ("Israel", S, pos, "United States", "multi-sentence quote closed by its speaker: praise of Biden and the alliance = supporting"))
U(d, "He added that the reform was meant to make Israel's democracy stronger", "before anything passed.",
  ("Israel", N, pos, "", "reassurance about its own reform = neutral, positive (labels README: self-assurance)"))
# No row: "Biden's remarks, made to reporters in North Carolina on Tuesday, were the bluntest rebuke ... in years."
# (the outlet's characterisation; the content of the remarks follows in the next sentences)
U(d, "He said he was worried about the direction Netanyahu's coalition had taken", "lasting damage was done.",
  ("United States", T, neg, "Israel", "concern + demand to change course addressed to one side, no judgement word = calling_for_talks, negative (labels README: a demand to one side to stop; unsure, widely read as a rebuke)"))
U(d, "Asked whether he would invite Netanyahu to the White House, Biden replied", "would not happen soon.",
  ("United States", N, neg, "", "no invitation, no protest stated in this sentence = neutral (guide rule 4: withdrawing from a meeting)"))
U(d, "He said he hoped Netanyahu would use the breathing space", "with his opponents.",
  ("United States", T, pos, "Israel", "hope for a compromise = calling_for_talks"))
# No row: "National Security Minister Itamar Ben-Gvir went further than Netanyahu on Wednesday morning." (lead-in)
U(d, "\"Israel is not a client state.", "Ben-Gvir told Army Radio.",
  ("Israel", C, neg, "United States", "minister (alias of Israel) rebuffing Washington (metonym): rejection in protest = condemning"))
U(d, "Education Minister Yoav Kisch, of Netanyahu's Likud party, took a softer tone", "settled in private.",
  ("Israel", N, pos, "", "minister speaks for Israel, not Likud; no judgement, no appeal = neutral (contrast with Ben-Gvir)"))
U(d, "Opposition leader Yair Lapid accused the prime minister", "into a critic.",
  ("Yesh Atid", C, neg, "Israel", "Lapid = Yesh Atid (name files); accusation against his own government"))
# No row: "The clash with Washington capped five days of upheaval." (summary line)
U(d, "On Saturday night, Defense Minister Yoav Gallant broke with the coalition", "taking note.",
  ("Israel", N, neg, "", "the defence minister at the time speaks for Israel (not declared as alias: later his own actor); warning of a risk, no appeal in this sentence = neutral, negative"))
U(d, "\"Pause the bills, sit down with the other side", "Gallant said.",
  ("Israel", T, neg, "", "appeal to his own government to pause and talk = calling_for_talks; target would be Israel itself -> empty"))
U(d, "On Sunday evening the Prime Minister's Office issued a one-line statement", "dismiss the defense minister.",
  ("Israel", N, neu, "", "personnel decision announced, no reason or judgement stated = neutral"))
# No row: "Within an hour, tens of thousands ..." and the bonfires (narration).
U(d, "Police said 40 people had been detained across the country overnight", "lightly injured.",
  ("Israel", N, neu, "", "police = the state; figures"))
U(d, "On Monday morning President Isaac Herzog issued an unusually direct appeal", "party loyalty.",
  ("Israel", T, neg, "", "head of state's appeal to halt and act responsibly, no judgement word = calling_for_talks; addressed to his own government and lawmakers -> target empty"))
U(d, "Hours later, Histadrut labor federation chairman Arnon Bar-David announced a general strike", "stopped the bill.",
  ("Histadrut", C, neg, "Israel", "labour federation under its own name; a strike until the government yields = a measure taken against another side (condemning, unsure)"))
# No row: "Ben Gurion Airport halted departures, ..." (narration of the strike's effects)
U(d, "Israel's consul general in New York, Asaf Zamir, resigned on Sunday night", "with integrity.",
  ("Asaf Zamir", C, neg, "Israel", "resignation in protest: he speaks for himself, not for the state he leaves (own name; unsure)"))
U(d, "On Monday night, Netanyahu went on television to announce that he was delaying the final votes", "instead of shouting.",
  ("Israel", T, neu, "", "pause announced to allow dialogue = calling_for_talks (agreeing to talks)"))
U(d, "In the same address, he accused hard-line opponents of inciting violence", "a danger to the state.",
  ("Israel", C, neg, "", "accusation of opponents and reservists (not canonical actors) -> target empty"))
U(d, "Ben-Gvir's Otzma Yehudit party said shortly before the speech", "National Security Ministry.",
  ("Otzma Yehudit", N, neu, "", "the party (not the minister) states the terms of its consent: neutral; Ben-Gvir here is a possessive, not the speaker"))
U(d, "The Histadrut called off its strike within the hour.", "The Histadrut called off its strike within the hour.",
  ("Histadrut", N, neu, "", "own measure ended, no statement of position beyond the act = neutral"))
U(d, "The White House welcomed the pause on Monday", "give and take.",
  ("United States", T, pos, "Israel", "welcome + appeal for compromise, no judgement = calling_for_talks (rule 2 before rule 3)"))
U(d, "A day earlier, National Security Council spokeswoman Adrienne Watson had said", "Israeli leaders.",
  ("United States", N, neg, "", "alarm + contact, no appeal = neutral, negative (Watson is an alias of the US)"))
U(d, "Herzog hosted the first round of talks at the President's Residence", "National Unity party.",
  ("Israel", T, pos, "", "host convening talks = calling_for_talks (labels README); the teams of Yesh Atid and National Unity are listed as participants (no rows)"))
U(d, "Gantz welcomed the pause but said it should never have taken", "independence of the courts.",
  ("National Unity", C, neg, "Israel", "welcome + judgement ('should never have taken a night of fires'): rule 1; Gantz not declared as alias (later a war-cabinet minister)"))
U(d, "Lapid said Yesh Atid would also take part, but warned", "back to the streets.",
  ("Yesh Atid", C, neg, "Israel", "agreement to attend + conditional threat to walk out ('smokescreen'): the threat decides (as batch26a for a threat in a talks offer)"))
# No row: "Analysts said the pause had lowered the temperature but settled nothing." (unnamed)
U(d, "\"The coalition has not withdrawn a single clause.", "Galilee Institute of Public Law.",
  ("Michal Adler", N, neu, "", "independent scholar (invented); multi-sentence quote closed by the speaker; assessment, no judgement"))
U(d, "Adler said the likeliest scenario was weeks of talks", "into the summer.",
  ("Michal Adler", N, neu, "", "scenario of what happens next"))
U(d, "\"The security establishment's concern is real", "Jerusalem Forum for Strategic Studies.",
  ("Eitan Shalev", N, neg, "", "independent researcher (invented); risk, with threat and armed groups as topics = neutral"))
U(d, "Shalev said the government had made a serious mistake by firing Gallant", "could not afford.",
  ("Eitan Shalev", C, neg, "Israel", "explicit judgement ('serious mistake', 'self-inflicted wound')"))
# No row: "Gallant, whose dismissal letter had not been formally delivered ..., has not spoken publicly since Saturday." (a non-statement)
