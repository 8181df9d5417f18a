# ------------------------------------------------------------------ Trump's threat of US military action in Nigeria and Abuja's response (scraped .txt, Nigerian daily, 2025-11-03)
d = "page_nigeria_trump_threat_ngdaily.txt"
# no rows: masthead, menu, breadcrumb, headline, byline, share bar, image captions, ADVERTISEMENT, crossheads, "ALSO READ:"
U(d, "President Bola Tinubu's government said on Sunday it would welcome American help", "killing of Christians in the country.",
  ("Nigeria", C, neg, "United States", "long lead: conditional welcome + rejection of any action that disregards sovereignty = 'rejects any violation of' aimed at the US threat (judgement, unsure)"),
  ("United States", C, neg, "Nigeria", "Trump's threat reported in the subordinate clause (a specific act, not background) = condemning"))
U(d, "In a post on his Truth Social platform on Saturday, Trump said", "prepare for possible action.",
  ("United States", C, neg, "Nigeria", "aid cut-off + order to prepare military action = threat/ultimatum"))
U(d, "He said any American strike would be swift and merciless", "Islamic terrorists.",
  ("United States", C, neg, "", "'He' = Trump; threat aimed at the armed groups (not named as a canonical actor) -> target empty"))
U(d, "A day earlier, Trump had designated Nigeria a \"Country of Particular Concern\"", "the world looked away.",
  ("United States", C, neg, "Nigeria", "designation under religious freedom law = a measure (like sanctions)"))
U(d, "Defence Secretary Pete Hegseth, whom the administration now styles Secretary of War", "go after the militants themselves.",
  ("United States", C, neg, "Nigeria", "threat conditioned on Abuja (metonym, object)"))
U(d, "Riley Moore, a Republican congressman from West Virginia", "failed their Christian citizens for years.",
  ("United States", C, neg, "Nigeria", "a member of Congress = United States (as Senator Cardin in the name files); judgement of Nigeria's authorities"))
U(d, "In a statement issued by his office on Saturday, Tinubu said the claim that Nigeria persecutes Christians", "against armed groups.",
  ("Nigeria", N, neg, "", "denial = neutral, negative"))
U(d, "He said Nigerians of every faith had been victims of the terrorists", "all of them equally.",
  ("Nigeria", N, neu, "", "'He' = Tinubu; reassurance about own state, no judgement"))
U(d, "The Ministry of Foreign Affairs said Nigeria remained determined to defeat violent extremism", "\"regardless of creed\".",
  ("Nigeria", T, neu, "United States", "commitment to keep cooperating with the US = diplomatic course (unsure: could be neutral)"))
U(d, "Daniel Bwala, a spokesman for the president, told reporters on Sunday", "territorial integrity.",
  ("Nigeria", N, neu, "", "conditional acceptance of help; accepting or asking for aid is not supporting, no judgement stated (unsure)"))
U(d, "He said he expected the two leaders to meet soon", "fighting terrorism together.",
  ("Nigeria", T, pos, "United States", "'He' = Bwala; hope for a leaders' meeting = calling_for_talks"))
U(d, "The militants, Bwala added, were killing Muslims and Christians alike", "single out one faith.",
  ("Nigeria", N, neg, "", "attribution mid-sentence; rebuttal of the religious framing = denial"))
U(d, "Senate President Godswill Akpabio told reporters in Abuja", "however powerful.",
  ("Nigeria", C, neg, "United States", "Senate president = Nigeria (Nigeria's Senate in the name files); 'would not be bullied' aimed at the US threat (unsure: no country named)"))
U(d, "Defence Headquarters said troops had killed dozens of insurgents", "over the past week.",
  ("Nigeria", N, neu, "", "own operations and figures"))
# no row: "Reactions at home split along familiar lines." (summary line)
U(d, "The Christian Association of Nigeria said the killings of Christians", "act on its own.",
  ("Christian Association of Nigeria", C, neg, "Nigeria", "'gone unpunished for far too long' = judgement of the state + appeal to Washington (rule 1)"))
U(d, "The Nigeria Supreme Council for Islamic Affairs rejected the claim of a genocide", "the same groups.",
  ("Nigeria Supreme Council for Islamic Affairs", N, neg, "", "rejection of a claim = denial, neutral negative; nobody named as its author"))
U(d, "Peter Obi, the Labour Party's candidate in the 2023 presidential election", "protect Nigerian lives.",
  ("Peter Obi", C, neg, "Nigeria", "opposition politician under his own name (not the UK 'Labour Party' of the name files); judgement of the government"))
U(d, "In Beijing, foreign ministry spokeswoman Mao Ning said China firmly opposed", "sanctions and force.",
  ("China", C, neg, "", "'opposes' aimed at an act (interference, threats of force) = judgement; the US is not named -> target empty (unsure)"))
U(d, "The chairperson of the African Union Commission, Mahmoud Ali Youssouf, called for calm dialogue", "worked with its governments.",
  ("African Union", T, neu, "", "role then name; appeal for dialogue between two capitals (metonyms) -> target empty"))
U(d, "The US embassy in Abuja said on Sunday that its consular services were operating normally.", "The US embassy in Abuja said on Sunday that its consular services were operating normally.",
  ("United States", N, neu, "", "procedure; Abuja = place"))
# no rows: the Yelwata farmer, the unnamed Abuja security analyst, background on the insurgency, "Rights groups ... disagreed" (unnamed), the Congress hearings and aircraft purchase (narration), related news, tags, prompts
U(d, "Information Minister Mohammed Idris said the government had invited American officials", "see the facts for themselves.",
  ("Nigeria", T, neu, "United States", "an invitation to visit = diplomatic engagement, no judgement (unsure: could be neutral)"))
# no rows: the CPC listing history in the passive; "Officials in Abuja have said since then ..." (unnamed officials, vague background); population split (narration); author bios
