# ------------------------------------------------------------------ Madagascar's boycotted first round (live blog, 2023-11-16)
d = "page_madagascar_boycott_vote2023_liveblog.txt"
# Not statements: site name, breadcrumb, LIVE badge, headline, date and update lines, "coverage has ended" note, Key events bullets, share line, time stamps, ADVERTISEMENT, Related, tags, copyright.
U(d, "Counting continues overnight and the electoral commission says", "from Friday morning.",
  ("Madagascar", N, neu, "", "the electoral commission is a state body; plan for results"))
# "Fanja Rakotomalala, a political scientist ..., has been watching the day with us." = introduction, no row.
U(d, "\"Both camps have spent the campaign talking past each other", "she said.",
  ("Fanja Rakotomalala", C, neg, "", "invented scholar; judgement of both the government (tear gas) and the opposition (boycott) -> target empty"))
U(d, "Rakotomalala said the two sides should sit down before the second round", "leave the country ungovernable.",
  ("Fanja Rakotomalala", T, neg, "", "reported clause; appeal for talks with mediators"))
# "The Collective of candidates has just issued a communiqué read out by Hajo Andrianainarivelo ..." = announcement of a statement, no row.
U(d, "The group said the day had proved that Malagasy voters did not recognise", "rally on Saturday.",
  ("Collective of Candidates", C, neg, "", "'the group' = the Collective; a ballot organised 'to measure one man' = judgement of the vote; the rally is a plan"))
U(d, "It added that it would not recognise any figures published by the electoral commission.", "It added that it would not recognise any figures published by the electoral commission.",
  ("Collective of Candidates", C, neg, "Madagascar", "refusal to recognise the results in protest (grievance given in the previous sentence) = condemning"))
# "Our correspondent at the Anosy count centre says ..." = the outlet's reporter, not an actor.
U(d, "The AU mission said in a brief note that it had seen very low turnout", "preliminary findings on Saturday.",
  ("African Union", N, neu, "", "observer mission = the AU; observation and plan, no judgement or appeal"))
U(d, "A statement from the Secretary-General's spokesperson in New York says", "through the institutions.",
  ("United Nations", T, neu, "", "'according to a statement from' type attribution; monitoring + appeal to settle peacefully = calling_for_talks"))
U(d, "The spokesperson, Stéphane Dujarric, added that the UN stood ready", "agreed to hold.",
  ("United Nations", T, pos, "", "spokesperson named first by role; offer to support a dialogue = calling_for_talks"))
U(d, "The electoral commission (CENI) says voting took place", "open in the capital.",
  ("Madagascar", N, neu, "", "state electoral body; facts of the vote"))
U(d, "CENI chairman Arsène Dama Andrianarisedo told reporters", "outside Antananarivo.",
  ("Madagascar", N, pos, "", "state electoral body; assessment of own process, no judgement of another actor"))
# "Marc Ravalomanana, the former president ..., spent the afternoon at his home in Faravohitra." = narration, no row.
U(d, "Speaking to supporters at the gate, Ravalomanana said he had stayed away from the polls", "hear the complaint.",
  ("Marc Ravalomanana", C, neg, "", "Ravalomanana is canonical as a person in the name files (kept); boycott in protest with the grievance stated = condemning; aimed at the rival candidate and the courts -> target empty"))
U(d, "\"I will not lend my name to this,\" he said.", "\"I will not lend my name to this,\" he said.",
  ("Marc Ravalomanana", C, neg, "", "refusal in protest, reason given just before (labels/README: refusing in protest is condemning)"))
U(d, "Another former president, Hery Rajaonarimampianina, confirmed through an aide", "make a statement later.",
  ("Hery Rajaonarimampianina", N, neu, "", "former president running as a candidate = person, as Ravalomanana is in the name files; not voting with no reason stated in the sentence = neutral (contrast with Ravalomanana)"))
U(d, "The French foreign ministry, asked about the opposition's objections", "Malagasy institutions to settle.",
  ("France", N, neu, "", "ministry given by its state's adjective; declining to take sides = neutral"))
U(d, "A ministry spokesperson said France had no favourite among the candidates", "the Malagasy people chose.",
  ("France", N, pos, "", "neutrality and readiness to work with the winner, no appeal"))
U(d, "\"I came at seven and there was nobody in the queue.", "who said he had voted.",
  ("Tovo Randriamanana", N, neg, "", "invented witness; description of fear on both sides, no judgement"))
U(d, "Siteny Randrianasoloniaiko, one of the two opposition candidates who stayed in the race", "if the count was clean.",
  ("Siteny Randrianasoloniaiko", N, neu, "", "conditional acceptance of the result = neutral"))
U(d, "He called on both the government and the boycotting candidates", "results were out.",
  ("Siteny Randrianasoloniaiko", T, neu, "", "appeal to both sides for restraint"))
U(d, "The SADC Electoral Observation Mission, headed by former Zambian vice-president Godfrey Miyanda", "according to the mission's coordinator.",
  ("SADC", N, neu, "", "observer mission = SADC; deployment facts, attribution tail"))
U(d, "The mission appealed to Malagasy of every camp to keep the day calm", "calmer atmosphere.",
  ("SADC", T, pos, "", "appeal for peace + hope = calling_for_talks"))
U(d, "Prime Minister Christian Ntsay, who heads the collegial government", "voters and polling staff.",
  ("Madagascar", N, pos, "", "reassurance about own security forces = neutral, positive"))
U(d, "Ntsay denied that the curfew had anything to do with the opposition", "stop arson attacks.",
  ("Madagascar", N, neg, "", "denial = neutral, negative"))
U(d, "The Antananarivo police chief announced the curfew late on Wednesday", "Anosibe district.",
  ("Madagascar", N, neg, "", "security measure aimed at no named actor (arsonists unknown) = neutral"))
U(d, "\"Those who want to sit this out are free to do so.", "Rajoelina told reporters.",
  ("Tanora malaGasy Vonona", C, neg, "", "candidate (he had stepped down as president) speaks for his party; warning that obstructors 'will answer to the law' = threat; no named target"))
U(d, "He said voters had shown that they wanted \"stability and work, not disorder\".", "He said voters had shown that they wanted \"stability and work, not disorder\".",
  ("Tanora malaGasy Vonona", N, pos, "", "claim about voters' wishes; the dig at 'disorder' names no one (unsure: could be condemning the opposition)"))
# 08:50 background (the nationality reports, the court ruling, tear gas at marches) = narration, no row.
# "Overnight, the embassies of the United States and Japan, together with the EU delegation, released a joint statement." = announcement line, no row.
U(d, "The signatories welcomed the commitment of the authorities to a peaceful vote", "had to stop.",
  ("United States", C, neg, "Madagascar", "joint statement by a list: one row per signatory; welcome joined to 'unacceptable ... had to stop' -> judgement decides (rule 1)"),
  ("Japan", C, neg, "Madagascar", "joint statement, one row per signatory; welcome + judgement"),
  ("European Union", C, neg, "Madagascar", "EU delegation as a signatory; welcome + judgement"))
U(d, "They also called on all candidates to voice their disagreements", "any call to violence.",
  ("United States", T, neu, "", "joint appeal to all candidates, no judgement"),
  ("Japan", T, neu, "", "joint appeal, one row per signatory"),
  ("European Union", T, neu, "", "joint appeal, one row per signatory"))
U(d, "Last Saturday the EU's foreign policy chief Josep Borrell said the bloc was uneasy", "rather than at street barricades.",
  ("European Union", T, neg, "", "unease joined to an appeal for negotiation instead of street clashes = calling_for_talks"))
U(d, "FFKM, the council of Madagascar's four main Christian churches, repeated on Wednesday its offer", "to journalists in the capital.",
  ("Council of Christian Churches in Madagascar", T, pos, "", "church council's offer to convene the sides = calling_for_talks"))
U(d, "Liam Okafor, a senior analyst at the Nairobi-based Indian Ocean Risk Monitor", "decide anything.",
  ("Liam Okafor", N, neu, "", "invented think-tank analyst; assessment, no judgement"))
U(d, "\"The real test is December.", "he said.",
  ("Liam Okafor", N, neg, "", "scenario/warning without an appeal"))
