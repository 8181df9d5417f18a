# ------------------------------------------------------------------ Mali's junta expels the French ambassador (full HTML, West African English site, 2022-02-01)
d = "page_mali_ambassador_webpage.html"
U(d, "Mali's military-led transitional government on Monday ordered France's ambassador", "former colonial ruler.",
  ("Mali", C, neg, "France", "dateline 'BAMAKO — ' excluded; expulsion = a measure against another side; the junta speaks for its state"))
U(d, "In a communiqué read on the state broadcaster ORTM, the government said", "hostile and offensive language.",
  ("Mali", C, neg, "France", "the expulsion justified by 'hostile and offensive language' = judgement; ORTM only carries it"))
U(d, "Government spokesman Colonel Abdoulaye Maïga, who read the text", "Mali should be governed.",
  ("Mali", C, neg, "France", "speaker introduced by role; rejects the minister's words in protest + 'lessons from no one'"))
U(d, "Foreign Minister Abdoulaye Diop said in an interview on ORTM", "as illegitimate.",
  ("Mali", C, neg, "France", "argument for the expulsion, aimed at Paris's ministers = judgement"))
U(d, "\"Mali is a sovereign country.", "Diop said.",
  ("Mali", T, pos, "France", "multi-sentence quote closed by its speaker = one unit; conditional openness to dialogue, no judgement = calling_for_talks"))
U(d, "France's foreign minister, Jean-Yves Le Drian, had described the junta", "Takuba task force.",
  ("France", C, neg, "Mali", "earlier position reported: 'illegitimate', 'irresponsible' = judgement; Denmark only mentioned in the relative clause"))
U(d, "Armed Forces Minister Florence Parly warned on Saturday", "at any price.",
  ("France", C, neg, "Mali", "warning that troops would not stay = a threatened response (unsure: could be read as a neutral statement of policy)"))
U(d, "The Quai d'Orsay responded within hours of the expulsion", "bringing its ambassador home.",
  ("France", N, neu, "", "Quai d'Orsay = French foreign ministry (metonym); 'noted' + recall in response, no judgement or protest stated = neutral (unsure: a recall is often a protest)"))
U(d, "The ministry said France stood in solidarity with its European partners", "flimsy excuses.",
  ("France", C, neg, "Mali", "solidarity with Denmark + 'flimsy excuses' (judgement of Mali's expulsion of the Danes): rule 1"))
U(d, "It said France would keep working with the region's governments", "jihadist groups.",
  ("France", N, pos, "", "'It' = the ministry; own commitment, no actor targeted = neutral"))
U(d, "Government spokesman Gabriel Attal told reporters on Tuesday morning", "should be reorganised.",
  ("France", N, neu, "", "plan and timetable = neutral"))
U(d, "\"The situation cannot stay as it is,\" Attal said", "with each decision.",
  ("France", C, neg, "Mali", "quote + 'isolating itself' and the expelled ECOWAS representative = judgement of the junta"))
U(d, "In Brussels, the European Union's foreign affairs spokesperson, Nabila Massrali", "isolation from Europe.",
  ("European Union", C, neg, "Mali", "'groundless' = judgement; Brussels = place, Bamako = metonym"))
U(d, "EU foreign policy chief Josep Borrell expressed the bloc's solidarity", "France and Denmark.",
  ("European Union", S, pos, "", "solidarity = supporting; two actors addressed -> target empty"))
U(d, "Danish Foreign Minister Jeppe Kofod, whose country began pulling", "goodwill it had left.",
  ("Denmark", C, neg, "Mali", "'unacceptable' + judgement of the junta's conduct; leader on social media"))
U(d, "Germany's Federal Foreign Office said the step led into a dead end", "all partners shared.",
  ("Germany", C, neg, "Mali", "'led into a dead end' = negative judgement of Mali's step, without stock words (unsure: mild)"))
U(d, "\"Everyone should now step back and talk,\" a ministry spokesperson", "in Berlin.",
  ("Germany", T, neu, "", "unnamed spokesperson of a named ministry = Germany; appeal to all for dialogue"))
U(d, "Bamako denies this, saying it works only with Russian military instructors", "the two states.",
  ("Mali", N, neg, "", "denial = neutral, negative tone; the accusation before it comes from unnamed 'European governments' (vague, no row); Wagner only mentioned"))
U(d, "ECOWAS imposed trade and financial sanctions on Mali on 9 January", "elections this month.",
  ("ECOWAS", C, neg, "Mali", "sanctions reported as done = a measure (background act, still a specific act)"))
U(d, "In Bamako, the pro-junta movement Yerewolo Debout sur les Remparts said", "told the Courier.",
  ("Yerewolo", S, pos, "Mali", "pro-junta movement under its own (canonical) name Yerewolo; rally in support of the authorities = backing"))
