# ------------------------------------------------------------------ Maidan killings and Yanukovych's flight (live blog, scraped, 2014-02-23)
d = "page_maidan_yanukovych_liveblog.txt"
# No rows: masthead, headline, standfirst, byline, key events, the 19.42 closing bullets, entry headings and timestamps,
# captions "1 of 4" .. "4 of 4", ADVERTISEMENT, "Related:", newsletter prompt, topics, share bars, comments, most viewed.
# "The ministry gave no date for his return." (non-answer). "On Sunday the powers of the presidency passed to ..." (passive narration, no actor).
U(d, "Moscow has called its ambassador in Kyiv, Mikhail Zurabov, home", "sure of their safety.",
  ("Russia", C, neg, "Ukraine", "Moscow = metonym, Kyiv = place; recalling the envoy with a grievance stated = a measure against the other side"))
U(d, "Katarzyna Wrona, who follows Russian foreign policy", "she said.",
  ("Katarzyna Wrona", N, neg, "", "independent analyst under her own name; multi-sentence quote closed by 'she said' = one unit; risks and levers, no judgement ('told us' = the outlet)"))
U(d, "She added that in her view the Kremlin had spent three months", "on Instytutska Street.",
  ("Katarzyna Wrona", C, neg, "Russia", "pronoun subject; analyst's judgement: the Kremlin shares responsibility"))
U(d, "Susan Rice, Barack Obama's national security adviser, used a Sunday morning", "if that happened.",
  ("United States", C, neg, "Russia", "role then name; warning that a troop move would be met = threat; Moscow = metonym"))
U(d, "\"Ukrainians should not have to pick between Europe and Russia", "Rice said.",
  ("United States", T, pos, "", "surname only; wish for a whole country and a peaceful course = calling_for_talks"))
U(d, "In a televised address, Turchynov said Kyiv was open to talking with Moscow", "lay in Europe.",
  ("Ukraine", T, neu, "Russia", "acting head of state; offer of talks with a condition, no judgement; Kyiv and Moscow metonyms"))
U(d, "Arsen Avakov, whom parliament named acting interior minister", "in the capital overnight.",
  ("Ukraine", N, neu, "", "security measures and facts in crisis vocabulary, no evaluation"))
U(d, "Britain's foreign secretary, William Hague, said Ukraine's public finances", "emerged in Kyiv.",
  ("United Kingdom", S, neu, "Ukraine", "backing by act: working on an emergency support package; London = metonym"))
U(d, "He said Sergei Lavrov had assured him", "intervening militarily.",
  ("Russia", N, neu, "", "Russia's reassurance reported inside Hague's sentence = Russia's statement (neutral); Hague takes no position here, no UK row"))
U(d, "The EU's foreign policy chief, Catherine Ashton, said she would travel", "inclusive transition.",
  ("European Union", S, pos, "Ukraine", "offer of help to the new authorities = supporting"))
U(d, "The Party of Regions, the president's own political machine", "the new majority.",
  ("Party of Regions", C, neg, "", "the party blames its own leader (a person, not a canonical actor: target empty)"))
U(d, "Olena Hrytsenko, a political scientist at the Dnipro Centre", "she said.",
  ("Olena Hrytsenko", N, neg, "", "analyst on risks and scenarios, no judgement; quote closed by 'she said'"))
U(d, "\"The new majority should put a respected figure from the east", "Hrytsenko said.",
  ("Olena Hrytsenko", T, neu, "Ukraine", "analyst's appeal to the new majority (= Ukraine's parliament) to bring the east in"))
U(d, "Dmitry Peskov, Putin's spokesman, said it was untrue", "end the violence.",
  ("Russia", N, neg, "", "denial = neutral, negative tone"))
U(d, "Speaking from a wheelchair on the stage on Independence Square", "answer for it in court.",
  ("Batkivshchyna", C, neg, "", "Tymoshenko = her party; accusation + punishment of Yanukovych (a person after his removal, not canonical: target empty)"))
U(d, "In a call with John Kerry, Lavrov said the opposition had ignored every promise", "the Russian foreign ministry said.",
  ("Russia", C, neg, "", "accusation of the Ukrainian opposition (not canonical: target empty); attribution tail; Kerry is an object, no US row"))
U(d, "The White House welcomed the parliament's votes as a step towards calm", "new government was formed.",
  ("United States", T, pos, "", "welcome + appeal to all sides to avoid violence: rule 2 before rule 3"))
U(d, "Parliament voted 328 to nil on Saturday afternoon", "election for 25 May.",
  ("Ukraine", N, neu, "", "Verkhovna Rada = Ukraine; procedural decision reported without evaluation (unsure: could be read as a measure against Yanukovych)"))
# "Deputies then stood and sang ..." and Tymoshenko's release: narration, no row.
U(d, "Hollande said he was glad Tymoshenko was free", "escape punishment.",
  ("France", C, neg, "", "welcome + judgement (massacre, punishment): rule 1; those who ordered it are not named"))
U(d, "In a recorded interview broadcast from Kharkiv shortly after midday", "no legal force.",
  ("Ukraine", C, neg, "", "still president in law when broadcast (the vote came hours later) = Ukraine; 'coup', 'gangs' aimed at the opposition (not canonical)"))
# Recap: "For readers just joining us ..." (summary line) and "Fighting broke out ..." (narration): no rows.
U(d, "In a televised address in the early hours of Wednesday, Yanukovych accused", "would be prosecuted.",
  ("Ukraine", C, neg, "", "president at the time = Ukraine; accusation + threat of prosecution aimed at the opposition"))
U(d, "Speaking in Mexico on Wednesday, Obama said the Ukrainian government would pay a price", "rein them in.",
  ("United States", C, neg, "Ukraine", "threat of consequences + responsibility put on the government; Mexico = place"))
U(d, "On Thursday morning, snipers opened fire on protesters", "police officers among them.",
  ("Ukraine", N, neu, "", "narration + the health ministry's toll in one sentence: figures from a state body = neutral"))
U(d, "UN Secretary-General Ban Ki-moon said through his spokesman", "go back to dialogue.",
  ("United Nations", T, neg, "", "'appalled' without a judgement on an actor + appeal to all sides"))
U(d, "EU foreign ministers meeting in emergency session in Brussels agreed", "Ashton said.",
  ("European Union", C, neg, "Ukraine", "sanctions (travel bans, asset freezes, export halt) = condemning; Brussels = place; attribution tail"))
U(d, "Moscow dismissed the sanctions as a bid to bully a sovereign government", "indulged for months.",
  ("Russia", C, neg, "European Union", "judgement of the EU sanctions + blame on Western capitals (metonyms for several states)"))
U(d, "The foreign ministers of Germany, France and Poland,", "Oleh Tyahnybok.",
  ("Germany", T, neu, "", "mediation by act (one row per listed state); Klitschko, Yatsenyuk, Tyahnybok and Yanukovych are objects"),
  ("France", T, neu, "", "same list"),
  ("Poland", T, neu, "", "same list"))
U(d, "In a statement posted on the presidential website on Friday morning", "government of national trust.",
  ("Ukraine", T, pos, "", "the president's concessions + invitation to a national-unity cabinet = calling_for_talks"))
U(d, "Sikorski, filmed in a corridor during a meeting with the protest council", "heavy cost in lives.",
  ("Poland", T, neg, "", "surname only; a warning meant to make the protest council accept the deal, not a threat by Poland = appeal for the agreement"))
U(d, "Dmytro Yarosh, who leads the far-right Right Sector", "killings in office.",
  ("Right Sector", C, neg, "", "rejects the deal in protest + accuses Yanukovych (target empty: a person and the deal)"))
# "That evening a young commander ..." : unnamed speaker, not an actor, no row.
