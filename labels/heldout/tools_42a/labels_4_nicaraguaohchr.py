# ------------------------------------------------------------------ Nicaragua expels the UN human rights team (live blog, full HTML, 2018-08-31)
d = "page_managua_un_rights_team_expelled2018_liveblog.html"
# Not statements: utility bar, header, nav, LIVE badge, headline, meta line, key events list, post time stamps, Advertisement,
# caption with credit, share, topics, Related, reader comments, most read, newsletter prompt, footer.
# Pinned summary: "Nicaragua's government has ordered the team ... out of the country, two days after the office published a report
# accusing ..." = the blog's summary of events (narration of the order and of the report), no row; "Rights groups count more
# than 300 dead" = unnamed speakers, no row.
U(d, "The UN Secretary-General's spokesman, Stéphane Dujarric, said", "return to the national dialogue.",
  ("United Nations", T, neu, "Nicaragua", "took note + appeal to cooperate and to return to dialogue, no judgement"))
U(d, "Vice-President and government spokeswoman Rosario Murillo used her evening broadcast", "reject the UN report again.",
  ("Nicaragua", N, neg, "", "rejecting a report = denial of its findings, no judgement word in this sentence (the next quote carries the judgement)"))
U(d, "\u201cThat document was written to the order of those who tried to overthrow", "Murillo said.",
  ("Nicaragua", C, neg, "United Nations", "accuses the UN report of serving the coup plotters = judgement"))
U(d, "She said the government had \u201calways cooperated\u201d", "would keep doing so.",
  ("Nicaragua", N, neu, "", "reassurance about own conduct (an implied jab at the UN, no explicit judgement)"))
U(d, "Costa Rica, which has taken in tens of thousands of Nicaraguans since April, said it regretted the expulsion.", "regretted the expulsion.",
  ("Costa Rica", C, neg, "Nicaragua", "'regretted' aimed at Nicaragua's act = judgement (labels/README)"))
U(d, "Vice-President and Foreign Minister Epsy Campbell Barr said in San José", "under the bishops' mediation.",
  ("Costa Rica", T, neg, "", "concern over the loss of witnesses + appeal to both sides to negotiate, no judgement word"))
U(d, "The Episcopal Conference of Nicaragua, which mediated the stalled national dialogue, said it hoped", "allowed to stay.",
  ("Episcopal Conference of Nicaragua", T, pos, "", "hope that talks resume = calling_for_talks"))
U(d, "From Washington, State Department spokeswoman Heather Nauert issued a statement condemning the expulsion.", "condemning the expulsion.",
  ("United States", C, neg, "Nicaragua", "condemnation"))
U(d, "\u201cBy throwing out the very people who documented its abuses", "the statement said.",
  ("United States", C, neg, "Nicaragua", "accusation without a stock word"))
U(d, "It called on Managua to allow the UN and the Inter-American Commission", "early elections.",
  ("United States", T, neu, "Nicaragua", "'It' = the US statement; appeal for access and elections, no judgement in the sentence"))
U(d, "The US ambassador to the UN, Nikki Haley, whose country holds the Security Council presidency", "on 5 September.",
  ("United States", N, neu, "", "announces a meeting date = neutral"))
U(d, "\u201cThe Council cannot stay silent while a government jails and shoots", "Haley said on Twitter.",
  ("United States", C, neg, "Nicaragua", "accusation of jailing and shooting its people"))
U(d, "OAS Secretary General Luis Almagro called the expulsion", "take up the matter next week.",
  ("Organization of American States", C, neg, "Nicaragua", "'regime that fears the truth' = judgement; the Permanent Council plan is a tail"))
U(d, "The Inter-American Commission on Human Rights, whose own follow-up team MESENI", "documenting abuses.",
  ("Organization of American States", S, pos, "United Nations", "IACHR = an OAS organ (name files); solidarity with the UN team"))
U(d, "A spokeswoman for EU foreign policy chief Federica Mogherini said the European Union was concerned", "dialogue with the opposition.",
  ("European Union", T, neg, "Nicaragua", "concern + appeal, no judgement word = calling_for_talks"))
U(d, "The opposition Civic Alliance for Justice and Democracy said the expulsion confirmed", "in the report.",
  ("Civic Alliance for Justice and Democracy", C, neg, "Nicaragua", "the expulsion as proof of the abuses = accusation"))
U(d, "\u201cA government with nothing to hide does not give investigators", "the alliance said in a statement.",
  ("Civic Alliance for Justice and Democracy", C, neg, "Nicaragua", "judgement by implication; attribution tail"))
U(d, "Vilma Núñez, president of the Nicaraguan Center for Human Rights (CENIDH), said", "silence the witnesses.",
  ("Nicaraguan Center for Human Rights", C, neg, "Nicaragua", "judgement of the government"))
U(d, "Human Rights Watch said the expulsion was retaliation", "responsible for the repression.",
  ("Human Rights Watch", C, neg, "Nicaragua", "'retaliation' + call for sanctions = condemning"))
U(d, "Amnesty International's Americas director, Erika Guevara-Rosas, said the authorities", "without anyone watching.",
  ("Amnesty International", C, neg, "Nicaragua", "accusation: crackdown carried on unseen"))
U(d, "The head of the UN team, Guillermo Fernández-Maldonado, told a news conference", "on Saturday.",
  ("United Nations", N, neu, "", "plan to leave = neutral"))
U(d, "He said the office would continue to follow the situation from Panama City", "further findings.",
  ("United Nations", N, neu, "", "plans, no evaluation"))
U(d, "In Geneva, OHCHR spokesman Rupert Colville said the office regretted the government's decision", "to reconsider.",
  ("United Nations", C, neg, "Nicaragua", "'regretted' the decision = judgement (labels/README) + an appeal: rule 1 (unsure: mild; could be calling_for_talks)"))
U(d, "In a letter dated Thursday, the foreign ministry told the OHCHR regional office", "no longer existed.",
  ("Nicaragua", C, neu, "United Nations", "the letter that expels the team: expelling = a taken measure (guide), though worded procedurally, hence neutral tone (unsure: could be neutral as a procedural ending of an invitation)"))
U(d, "Foreign Minister Denis Moncada had already told a news conference on Wednesday", "opposition's roadblocks.",
  ("Nicaragua", C, neg, "United Nations", "'biased' report = judgement of the UN office; the roadblocks charge is aimed at the opposition (not canonical)"))
# "Good morning and welcome to our live coverage." and the background on the team's arrival and the report = the blog's narration, no row.
