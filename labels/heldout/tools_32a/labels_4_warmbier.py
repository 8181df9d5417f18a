# ------------------------------------------------------------------ Death of Otto Warmbier and reactions (live blog, scraped, 13-23 June 2017; page date 2017-06-23)
d = "page_warmbier_death_liveblog.txt"
# No rows: masthead, menu, LIVE badge, headline, standfirst, byline, share bar, image captions ("Image N of 2", credits),
# Key events and "What we know so far" bullets, day headings, timestamps, entry headings, ADVERTISEMENT, "Related:",
# "Show earlier updates", topics, comments, most viewed, newsletter prompt, footer.
U(d, "North Korea has commented on Warmbier's death for the first time", "according to the state news agency KCNA.",
  ("North Korea", N, neg, "", "denial of torture claims = neutral, negative; KCNA is not an actor"))
U(d, "A ministry spokesman said Warmbier had received medical treatment", "purely on humanitarian grounds.",
  ("North Korea", N, pos, "", "reassurance about its own conduct = neutral (positive tone in the speaker's framing); 'with all sincerity' kept as a short reported tag"))
U(d, "The spokesman went on to accuse Washington and the \"puppet\" government in Seoul", "smear campaign against the country.",
  ("North Korea", C, neg, "", "accusation aimed at two actors (Washington and Seoul as metonyms) -> target empty"))
U(d, "\"If anyone must answer for what happened to him after he left our hands", "he said.",
  ("North Korea", N, neg, "", "pronoun = the spokesman; deflection of responsibility read as a denial = neutral, negative (unsure: it hints at blaming the US side)"))
# "There was no immediate reaction from the State Department ..." = a non-response: no row.
# The funeral in Wyoming, Ohio = narration; the Seoul correspondent's analysts and the former official = unnamed, not actors: no rows.
U(d, "US Defense Secretary Jim Mattis, speaking after the first US-China diplomatic and security dialogue", "what had been done to Warmbier.",
  ("United States", C, neg, "North Korea", "judgement of the treatment (North Korea by the page's context); Washington = place"))
# "He and Secretary of State Rex Tillerson hosted the Chinese delegation ..." = narration of a meeting: no row.
U(d, "Yang said China would keep enforcing UN sanctions in full", "through dialogue and negotiation.",
  ("China", T, neu, "", "sanctions enforcement + denuclearisation through dialogue: the appeal for negotiation decides, no judgement = calling_for_talks"))
U(d, "At the daily briefing in Beijing, foreign ministry spokesman Lu Kang responded", "did not lie with China alone.",
  ("China", N, neg, "", "defence of its own role against Trump's complaint = neutral, negative (a rebuttal without a judgement word)"))
U(d, "The White House press secretary, Sean Spicer, said the administration would go on squeezing Pyongyang", "allies and partners.",
  ("United States", C, neg, "North Korea", "continued economic and diplomatic pressure = a measure against another side"))
U(d, "Asked whether a travel ban was coming, State Department spokeswoman Heather Nauert", "had made no decision.",
  ("United States", N, neu, "", "procedure under review, no decision = neutral"))
U(d, "Trump has taken to Twitter to say that Chinese help on North Korea", "failed to produce results.",
  ("United States", N, neg, "", "assessment of China's help, acknowledged as welcome but without result: no explicit judgement, no appeal = neutral, negative (unsure)"))
U(d, "South Korea's president, Moon Jae-in, told CBS News in an interview", "the way he had been treated.",
  ("South Korea", C, neg, "North Korea", "blame + 'denounced' = condemning; CBS is the interviewer, not an actor"))
U(d, "He called on Pyongyang to free the South Koreans and Americans", "still in its prisons.",
  ("South Korea", T, neg, "North Korea", "pronoun = Moon; demand to release detainees with no judgement word = calling_for_talks (humanitarian appeal), negative"))
U(d, "Moon, who has offered the North talks since taking office last month", "ending its nuclear programme.",
  ("South Korea", T, neu, "", "dialogue as the route = calling_for_talks; the relative clause is background"))
U(d, "Young Pioneer Tours, the China-based agency that organised Warmbier's trip", "had become too great.",
  ("Young Pioneer Tours", N, neg, "", "company under its own name; own decision with a risk reason, no judgement = neutral"))
U(d, "Senator John McCain said flatly in a statement", "killed by Kim Jong-un's government.",
  ("United States", C, neg, "North Korea", "senator = United States (as Senator Cardin in the guide; McCain is an alias of the US in the name files); accusation of killing"))
U(d, "The US ambassador to the United Nations, Nikki Haley, said Warmbier's case laid bare", "countless others.",
  ("United States", C, neg, "North Korea", "role then name; US ambassador at the UN speaks for the US, not the UN; 'cruelty of the dictatorship' = judgement"))
U(d, "Secretary of State Rex Tillerson said Washington blamed Pyongyang", "it holds freed.",
  ("United States", C, neg, "North Korea", "blame + demand for release: rule 1"))
U(d, "Trump, in a written statement released by the White House", "condemned the North Korean government as brutal.",
  ("United States", C, neg, "North Korea", "condolences + condemnation: the judgement decides"))
U(d, "Speaking earlier at a meeting with technology executives, Trump said \"bad things\"", "home to his parents.",
  ("United States", N, neg, "", "'bad things had happened' names no one and passes no explicit judgement; own act of bringing him home = neutral, negative (unsure)"))
U(d, "In a statement released to the media, Fred and Cindy Warmbier said their son had died", "held by North Korea for his death.",
  ("Warmbier family", C, neg, "North Korea", "the parents as independent people (one actor, the family); blame for his death"))
U(d, "At a press conference at his son's old high school, Fred Warmbier said", "hidden his condition for so long.",
  ("Warmbier family", C, neg, "North Korea", "the father (alias of the family actor); 'no excuse' + 'no civilised nation' = judgement"))
U(d, "According to the family, North Korean officials told the Americans who collected Warmbier", "taking a sleeping pill.",
  ("North Korea", N, neg, "", "North Korea's account reported by the family = North Korea's statement (guide); an explanation, no judgement = neutral; the family takes no position in this sentence"))
# "Doctors at the Cincinnati hospital said ..." = unnamed doctors, not an actor: no row.
U(d, "Tillerson said the State Department had secured Warmbier's release", "three Americans still detained there.",
  ("United States", N, neu, "", "own act reported (release secured) + ongoing talks on the detainees: a fact, no appeal addressed to anyone = neutral (unsure: 'continuing talks' could be read as calling_for_talks)"))
# "The State Department's special representative ..., Joseph Yun, travelled to Pyongyang ..." = narration of a trip: no row.
