# ------------------------------------------------------------------ The Panama-Venezuela row over the money-laundering list and Copa Airlines (Panamanian foreign-ministry press release, full HTML, 2018-04-11)
d = "page_panama_venezuela_copa_row2018_mfa.html"
# Not statements: <head>, government bar, language links, brand, nav, breadcrumb, kicker, headline, meta line, figcaptions with
# credits, crossheads, ad slot (consular appointments), "- END -", share bar, tags, comments notice, related press releases, footer.
U(d, "The Cabinet Council approved on Tuesday a resolution suspending", "against Panamanian citizens and companies.",
  ("Panama", C, neg, "Venezuela", "announced sanction (suspension of Venezuelan airlines) in response to Caracas = a measure"))
# "The carriers concerned include ..." = list, no row.
U(d, "Vice President and Minister of Foreign Affairs Isabel de Saint Malo de Alvarado said the decision answered", "grounded since 6 April.",
  ("Panama", C, neg, "Venezuela", "the measure presented as an answer to Venezuela's measures, long sentence with narration"))
U(d, "\"Panama did not start this dispute", "the Vice President and Foreign Minister said.",
  ("Panama", C, neg, "Venezuela", "blame for the dispute and 'punished' = judgement without a stock word"))
U(d, "She added that the Ministry keeps the diplomatic channel with Caracas open", "taken by both sides.",
  ("Panama", T, neu, "Venezuela", "offer of talks at any level; Caracas = Venezuela"))
U(d, "The Ministry recalls that on 5 April the Government decided to withdraw its ambassador", "Jorge Durán Centeno.",
  ("Panama", C, neg, "Venezuela", "recall of own envoy + request that Venezuela withdraw its ambassador = expulsion"))
U(d, "The Government of Panama considers that the measures announced by Venezuela are a political reprisal", "claim to protect.",
  ("Panama", C, neg, "Venezuela", "judgement: 'political reprisal with no grounding in law'"))
U(d, "The inclusion in late March of 55 Venezuelan politically exposed persons", "the Ministry said.",
  ("Panama", N, neg, "", "denial that the list is a political sanction (neutral, negative tone); attribution tail"))
U(d, "The Ministry notes with concern that thousands of Venezuelan families", "travel to third countries.",
  ("Panama", N, neg, "", "concern without an appeal = neutral"))
U(d, "The Government of Panama urges the Venezuelan authorities to reconsider measures", "for decades.",
  ("Panama", T, neg, "Venezuela", "appeal to one side to reverse its measures with no judgement word -> calling_for_talks (labels/README: demand to one side)"))
U(d, "Should the measures against Panamanian companies remain in force", "the Ministry warned.",
  ("Panama", C, neg, "Venezuela", "conditional threat of further steps = ultimatum"))
U(d, "Consular services for Venezuelan citizens residing in Panama continue", "Directorate General of Consular Affairs said.",
  ("Panama", N, pos, "", "reassurance about own conduct = neutral, positive tone"))
U(d, "Speaking to journalists on Tuesday, President Juan Carlos Varela said President Nicolás Maduro should stop", "for 20 May.",
  ("Panama", C, neg, "Venezuela", "blame ('make ... pay for his quarrels') + refusal to recognise the election = judgement"))
U(d, "\"I hope that the flights between our two countries resume", "the President said.",
  ("Panama", T, pos, "", "a hope = calling_for_talks"))
U(d, "The President will raise the situation in Venezuela with the heads of State", "on 13 and 14 April.",
  ("Panama", N, neu, "", "plan"))
U(d, "The Government of Panama thanks the member countries of the Lima Group", "solidarity with Panama.",
  ("Lima Group", S, pos, "Panama", "the group's solidarity (its position reported by Panama); Panama's thanks not labelled separately"),
  ("Panama", S, pos, "Lima Group", "thanks = approval of the group's step"))
U(d, "In the same statement the group rejected the measures taken by the Venezuelan Government", "financial supervision.",
  ("Lima Group", C, neg, "Venezuela", "'rejected', 'unjustified retaliation' = judgement"))
U(d, "Colombia, Costa Rica and Guatemala also conveyed to the Ministry", "the Panamanian position.",
  ("Colombia", S, pos, "Panama", "list of three states: one row each; support by diplomatic note"),
  ("Costa Rica", S, pos, "Panama", "same sentence"),
  ("Guatemala", S, pos, "Panama", "same sentence"))
U(d, "The Ministry also received a message from the United States Department of State", "its financial system.",
  ("United States", S, pos, "Panama", "praise of Panama's steps"))
U(d, "The Government of Venezuela announced on 5 April that it was calling its ambassador", "for consultations.",
  ("Venezuela", N, neu, "", "recall of own envoy after Panama's request, no protest stated in the sentence = neutral (unsure: a recall is often a protest)"))
U(d, "Venezuelan Executive Vice President Tareck El Aissami accused the Government", "the Venezuelan people.",
  ("Venezuela", C, neg, "Panama", "accusation"))
U(d, "The Venezuelan Government has described the designations of its officials in Panama as baseless.", "as baseless.",
  ("Venezuela", N, neg, "", "denial = neutral, negative"))
U(d, "Copa Airlines said in a statement that passengers holding tickets", "at no cost.",
  ("Copa Airlines", N, neu, "", "company's procedure; new actor (organisation)"))
U(d, "At a forum held on Tuesday at the Diplomatic Academy", "does not forbid.",
  ("Elena Castrellón", N, neu, "", "invented scholar; legal assessment, no judgement"))
U(d, "\"Caracas chose to answer a banking circular with an air blockade", "Castrellón said.",
  ("Elena Castrellón", C, neg, "Venezuela", "'reflects very poorly on its government' = judgement without a stock word"))
U(d, "Former Panamanian ambassador Aníbal Quintero Arosemena", "a regional hub.",
  ("Aníbal Quintero Arosemena", N, neg, "", "former official = independent person (invented); risk warning, no appeal"))
U(d, "\"Both governments have made their point", "Quintero said.",
  ("Aníbal Quintero Arosemena", T, neu, "", "appeal for talks with a third-country mediator"))
