# ------------------------------------------------------------------ Security Council meeting on the humanitarian situation in Venezuela (10 April 2019) (UN meetings coverage, 2019-04-10)
d = "page_venezuela_unsc_humanitarian2019_unmeetings.txt"
# Not statements: site bar, breadcrumb, meeting number and document symbol, date, headline, subheadline, the
# "Briefings"/"Statements" crossheads, the closing "For information media" line.
# "The Security Council heard today that roughly 7 million people ..." = the press release's summary lead (the figures are
# the briefers', given again below), no row.
U(d, "MARK LOWCOCK, Under-Secretary-General for Humanitarian Affairs", "millions of families.",
  ("United Nations", N, neg, "", "humanitarian chief = UN; description of needs, no actor judged"))
U(d, "Health needs alone affected an estimated 2.8 million people", "schooling disrupted.",
  ("United Nations", N, neu, "", "figures"))
U(d, "The United Nations had almost 400 staff in the country and was ready to do far more", "political contest.",
  ("United Nations", T, neu, "", "appeal for access, funding and the separation of aid from politics = humanitarian access (calling_for_talks)"))
U(d, "\"Keep relief separate from the struggle for power", "he told the Council.",
  ("United Nations", T, neu, "", "appeal to all sides, no judgement"))
U(d, "EDUARDO STEIN, Joint Special Representative", "Chile and Brazil.",
  ("UNHCR", N, neu, "", "joint representative of two agencies: one row per body; figures"),
  ("International Organization for Migration", N, neu, "", "same sentence, second agency"))
U(d, "He said the countries receiving them had shown remarkable generosity", "international support.",
  ("UNHCR", S, pos, "", "praise of the host countries (several -> target empty); the call for more support is an appeal for aid, not itself supporting"),
  ("International Organization for Migration", S, pos, "", "same sentence"))
U(d, "ANA CRISTINA LUGO, a paediatrician who coordinates a network of hospital doctors in Caracas", "their own syringes.",
  ("Ana Cristina Lugo", N, neg, "", "invented civil-society briefer (independent person); description of conditions"))
U(d, "\"I did not come here to speak for any party.", "she knew of.",
  ("Ana Cristina Lugo", N, neg, "", "testimony, no actor judged"))
U(d, "She urged all sides to allow medicines into the country without conditions", "political argument.",
  ("Ana Cristina Lugo", T, neg, "", "appeal to all sides for humanitarian access, no actor named"))
U(d, "MIKE PENCE, Vice-President of the United States, said the suffering described by the briefers", "no claim to power.",
  ("United States", C, neg, "Venezuela", "blame + 'dictator' = judgement of the Maduro government"))
U(d, "The United States would soon circulate a draft resolution recognizing Juan Guaidó", "to support it.",
  ("United States", S, pos, "National Assembly of Venezuela", "backing of Guaidó (National Assembly of Venezuela in the name files) by a draft resolution; attribution in the middle"))
U(d, "He also asked the United Nations to withdraw the credentials", "chosen by Mr. Guaidó.",
  ("United States", C, neg, "Venezuela", "demand to unseat the government's envoy = measure against it"))
U(d, "Washington would give additional humanitarian funding", "free elections were held.",
  ("United States", C, neg, "Venezuela", "aid + continued pressure (a threatened measure): the pressure decides (rule 1 / recurring case)"))
U(d, "VASSILY NEBENZIA (Russian Federation) said the meeting had nothing to do with humanitarian concern", "Washington disliked.",
  ("Russia", C, neg, "United States", "accusation of a regime-change agenda"))
U(d, "The speaker said the real threat to peace came from those who openly discussed military options", "Venezuelan assets abroad.",
  ("Russia", C, neg, "United States", "'the speaker' = Nebenzia; accusation aimed at Washington from context"))
U(d, "Russia was sending medicines and other supplies to Venezuela", "he said.",
  ("Russia", S, pos, "Venezuela", "aid by act = supporting"))
U(d, "MA ZHAOXU (China) said Venezuela's affairs should be decided by Venezuelans themselves", "political tool.",
  ("China", T, neu, "", "appeal for inclusive dialogue; 'should never be turned into a political tool' names no one"))
U(d, "Unilateral sanctions had only worsened the lives of ordinary people", "Caribbean Community.",
  ("China", C, neg, "", "judgement of unilateral sanctions (imposer not named; more than one state imposes them) + support for mediation: rule 1; target empty"))
U(d, "KAREN PIERCE (United Kingdom) said the Maduro Government had presided over the collapse", "with violence.",
  ("United Kingdom", C, neg, "Venezuela", "judgement of the government"))
U(d, "The United Kingdom stood with the National Assembly and its President", "United Nations agencies.",
  ("United Kingdom", S, pos, "National Assembly of Venezuela", "backing + aid"))
U(d, "FRANÇOIS DELATTRE (France) said the only way out of the crisis was a free and transparent presidential election", "humanitarian response.",
  ("France", T, neu, "", "a free election as the way out = peaceful course; aid pledge secondary: rule 2 before rule 3"))
U(d, "GUSTAVO MEZA-CUADRA (Peru), speaking for the Lima Group", "by peaceful means.",
  ("Lima Group", C, neg, "Venezuela", "speaks for the Group; 'illegitimate regime' + 'full responsibility' = judgement (rule 1 over the peaceful-means line)"))
U(d, "JOSÉ SINGER WEISINGER (Dominican Republic) said the Council should support a negotiated solution", "lead to violence.",
  ("Dominican Republic", T, neu, "", "appeal for negotiations and restraint"))
U(d, "JERRY MATJILA (South Africa) said the situation in Venezuela did not threaten international peace", "Council's agenda.",
  ("South Africa", N, neg, "", "procedural objection to the agenda with no judgement word (README: objecting with no judgement = neutral)"))
U(d, "He said South Africa opposed any outside interference in Venezuela's internal affairs", "resume talks.",
  ("South Africa", T, neu, "", "'opposed any outside interference' aimed at no one + call for talks = calling_for_talks (the guide's 'opposes any escalation' case)"))
U(d, "Speakers from Côte d'Ivoire, Equatorial Guinea, Indonesia and Kuwait joined in calling for dialogue", "to be respected.",
  ("Ivory Coast", T, neu, "", "list of four delegations: one row each; Côte d'Ivoire = Ivory Coast in the name files"),
  ("Equatorial Guinea", T, neu, "", "same sentence"),
  ("Indonesia", T, neu, "", "same sentence"),
  ("Kuwait", T, neu, "", "same sentence"))
U(d, "CHRISTOPH HEUSGEN (Germany), speaking in his national capacity", "without obstruction.",
  ("Germany", T, neu, "Venezuela", "recognition of Guaidó and aid (backing) + an appeal to the government for humanitarian access: rule 2 before rule 3 (unsure: the recognition could make it supporting)"))
U(d, "SAMUEL MONCADA (Venezuela) said his country was the victim of an economic blockade", "food and medicine.",
  ("Venezuela", C, neg, "United States", "accusation of a 'blockade' (the US sanctions, from context)"))
U(d, "\"You cannot strangle a country's finances", "he said.",
  ("Venezuela", C, neg, "United States", "judgement without stock words"))
U(d, "The speaker rejected the demand to remove his credentials", "represented a Member State.",
  ("Venezuela", N, neg, "", "rejects the demand on a procedural ground, no judgement word = neutral negative"))
U(d, "He also complained that his delegation's movements in New York had been restricted", "Headquarters Agreement.",
  ("Venezuela", C, neg, "United States", "'host country' = the US; 'a violation' = judgement"))
U(d, "Venezuela was ready to work with the United Nations on humanitarian assistance", "country's sovereignty.",
  ("Venezuela", T, neu, "United Nations", "conditional offer of cooperation = calling_for_talks (README: offers, even conditional)"))
