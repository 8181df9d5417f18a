# ------------------------------------------------------------------ Houthi missile at Riyadh and the coalition's closure of Yemen's ports (live blog, 2017-11-06)
d = "page_yemen_riyadhmissile_portclosure2017_liveblog.txt"
# Not statements: masthead, menu, LIVE headline, standfirst, update stamp, byline, key events bullets, share bar, the GMT time stamps,
# ADVERTISEMENT, sign-off and welcome lines, reader question, Related lines, topics, newsletter prompt, most viewed, copyright.
# "That's where we'll leave our live coverage ..." = blog furniture, no row.
# "The Saudi-led coalition has shut Yemen's airports ..." = summary narration of the closure (the specific statement comes at 16.35), no row.
U(d, "The UN humanitarian coordinator for Yemen, Jamie McGoldrick, said two UN flights", "millions of people.",
  ("United Nations", N, neg, "", "facts + warning of consequences, no appeal in this sentence = neutral, negative tone"))
U(d, "McGoldrick urged the coalition to let humanitarian flights and ships through", "without delay.",
  ("United Nations", T, neg, "Saudi Arabia", "appeal for humanitarian access, no judgement; the coalition resolves to Saudi Arabia"))
U(d, "The International Committee of the Red Cross said a consignment", "since Sunday.",
  ("ICRC", N, neg, "", "a fact about a blocked shipment, no blame and no appeal"))
U(d, "The Houthi movement's spokesman, Mohammed Abdulsalam, said shutting every route", "for the sake of one missile.",
  ("Houthis", C, neg, "Saudi Arabia", "judgement of the closure ('a punishment inflicted on 27 million people')"))
U(d, "Abdulsalam said more launches would follow", "Yemeni cities continued.",
  ("Houthis", C, neg, "Saudi Arabia", "spokesman by surname; threat of further launches"))
U(d, "Iran's foreign ministry spokesman, Bahram Qassemi, dismissed the Saudi charge", "as untrue.",
  ("Iran", N, neg, "", "a denial = neutral, negative tone"))
U(d, "Qassemi said the kingdom should look at the toll of its own air strikes", "before pointing at others.",
  ("Iran", C, neg, "Saudi Arabia", "counter-accusation by describing the other side's strikes on civilians = condemning"))
U(d, "The Saudi Press Agency reports that Foreign Secretary Boris Johnson", "directly answerable for the missile.",
  ("United Kingdom", C, neg, "Houthis", "the agency is no actor; Johnson condemned the launch (fired by the Houthis)"),
  ("Saudi Arabia", C, neg, "Iran", "passive attribution: the crown prince 'quoted as holding Tehran directly answerable'"))
U(d, "Foreign Minister Adel al-Jubeir told CNN that Riyadh would choose", "was not unlimited.",
  ("Saudi Arabia", C, neg, "Iran", "veiled threat of a response = condemning"))
U(d, "Bahrain said it stood with Saudi Arabia and backed every step", "according to its official news agency.",
  ("Bahrain", S, pos, "Saudi Arabia", "solidarity and backing, with an attribution tail"))
U(d, "The United Arab Emirates, Kuwait and Egypt also condemned the launch", "attack on a civilian airport.",
  ("United Arab Emirates", C, neg, "Houthis", "list of three states: one row each; condemnation of the launch"),
  ("Kuwait", C, neg, "Houthis", "same sentence, second state"),
  ("Egypt", C, neg, "Houthis", "same sentence, third state"))
U(d, "Arab League Secretary-General Ahmed Aboul Gheit called the launch", "hundreds of travellers.",
  ("Arab League", C, neg, "Houthis", "'a dangerous escalation by the Houthis' = judgement"))
# 18.20: reader question and the airport's own account: the airport is no actor (a facility reporting operations), no row.
U(d, "The White House said President Donald Trump had spoken to King Salman", "Iran had made possible.",
  ("United States", C, neg, "Iran", "a call narrated + the US belief that Iran made the launch possible = blame (unsure: the meeting part alone would be no row)"))
U(d, "UN spokesman Stephane Dujarric said Secretary-General Antonio Guterres condemned", "show restraint.",
  ("United Nations", C, neg, "", "condemnation + appeal: rule 1; the firing party is not named in the sentence -> target empty"))
U(d, "The UN envoy for Yemen, Ismail Ould Cheikh Ahmed, said he hoped", "a return to negotiations.",
  ("United Nations", T, pos, "", "a hope for talks = calling_for_talks"))
U(d, "The coalition said in a statement on the Saudi Press Agency that it was shutting", "under its inspection procedures.",
  ("Saudi Arabia", C, neg, "Houthis", "the Saudi-led coalition announces a closure aimed at the Houthis' supply = a measure"))
U(d, "Coalition spokesman Colonel Turki al-Maliki said the missile's debris", "pointed to Iranian manufacture.",
  ("Saudi Arabia", C, neg, "Iran", "an accusation made through findings"))
U(d, "The Norwegian Refugee Council said aid ships were now waiting", "reopen the ports within days.",
  ("Norwegian Refugee Council", T, neg, "Saudi Arabia", "facts + appeal to one side, no judgement word = calling_for_talks"))
U(d, "Yemen's internationally recognised government, whose president lives in Riyadh, said it supported", "for the consequences.",
  ("Yemen", C, neg, "Houthis", "backing of the coalition joined to blame of the Houthis: rule 1"))
# "Oman, which borders Yemen ..., has so far said nothing in public." = non-answer, no row.
# "Some reaction from analysts." = lead-in, no row.
U(d, "Layla Haddad, a Gulf security analyst at the Meridian Policy Forum", "slow the flow of weapons.",
  ("Layla Haddad", C, neg, "Saudi Arabia", "invented analyst; 'a blunt instrument' = judgement of the coalition's measure"))
U(d, "\"Closing every door into a country", "she said.",
  ("Layla Haddad", C, neg, "Saudi Arabia", "multi-sentence quote closed by its speaker; 'a siege by another name' = judgement"))
U(d, "Per Lindqvist of the Nordic Institute for Conflict Studies said", "before the next missile.",
  ("Per Lindqvist", T, neu, "", "invented analyst; appeal for mediation, several parties -> target empty"))
U(d, "Abdullah al-Harbi, who lives a few kilometres from the airport", "flash in the sky to the east.",
  ("Abdullah al-Harbi", N, neu, "", "invented resident, a named witness: account of what he heard"))
