# ------------------------------------------------------------------ Australia expels Iran's ambassador over the arson attacks (full HTML, Australian broadcaster, 2025-08-27)
d = "page_australia_iran_expulsion_broadcaster.html"
# no rows: headline, "In short:" and "What's next?" bullets, caption (never statements)
U(d, "Australia has expelled Iran's ambassador and pulled its own diplomats out of Tehran", "since the Second World War.",
  ("Australia", C, neg, "Iran", "long lead: expulsion (a measure) + the spy agency's finding; Tehran = place"))
U(d, "Prime Minister Anthony Albanese told a press conference in Canberra on Tuesday", "firebombing of the Adass Israel Synagogue in December.",
  ("Australia", C, neg, "Iran", "Canberra = place; blaming Iran for the attacks via ASIO's evidence = accusation"))
U(d, "\"What happened in Bondi and in Ripponlea was an attack on this country", "Mr Albanese said.",
  ("Australia", C, neg, "Iran", "two-sentence quote closed by the speaker; Iran not named in the quote but the subject of the story (unsure on target)"))
U(d, "He said the ambassador, Ahmad Sadeghi, and three other officials", "within seven days.",
  ("Australia", C, neg, "Iran", "'He' = Albanese; expelling diplomats = condemning; the ambassador is an object, not a speaker"))
U(d, "The government will also legislate to list the Islamic Revolutionary Guard Corps", "he said.",
  ("Australia", C, neg, "Iran", "attribution tail; terrorist listing of a state body = a measure against Iran"))
# no row: "No-one was injured in either attack, ..." (narration)
U(d, "The director-general of ASIO, Mike Burgess, said his officers had traced both attacks", "chain of go-betweens overseas.",
  ("Australia", C, neg, "Iran", "role then name; ASIO = Australia; IRGC = Iran's state body -> target Iran"))
U(d, "Mr Burgess said the agency believed Iran was probably behind other antisemitic attacks", "was continuing.",
  ("Australia", C, neg, "Iran", "surname only; 'the agency' = ASIO; further accusation"))
U(d, "He said there was no evidence that Iranian diplomats posted in Australia", "directly involved.",
  ("Australia", N, neu, "", "'He' = Burgess; a finding that narrows the accusation, no judgement"))
U(d, "Foreign Minister Penny Wong said the expulsion was the first of an ambassador", "what Iran had done.",
  ("Australia", C, neg, "Iran", "the expulsion presented as a measure of how grave Iran's acts were"))
U(d, "Senator Wong said the embassy in Tehran had suspended its operations", "safe in a third country.",
  ("Australia", N, neu, "", "own procedure; Tehran = place"))
U(d, "She said Canberra would keep some lines open to Tehran", "detained in Iran.",
  ("Australia", T, neu, "Iran", "'She' = Wong; Canberra and Tehran as metonyms; keeping diplomatic channels open = diplomatic course (unsure: could be neutral)"))
U(d, "Australians in Iran should leave if it was safe to do so, she said.", "Australians in Iran should leave if it was safe to do so, she said.",
  ("Australia", N, neg, "", "travel advice to own citizens, attribution tail"))
U(d, "Home Affairs Minister Tony Burke said the attacks had been designed", "allowed to do that.",
  ("Australia", C, neg, "Iran", "'no foreign regime' = Iran by context; judgement + warning"))
# no row: "Related:" link, crossheads
U(d, "In Tehran, foreign ministry spokesman Esmaeil Baghaei told his weekly news conference", "rejected outright.",
  ("Iran", N, neg, "", "denial = neutral, negative; Tehran = place"))
U(d, "Iran would respond to Canberra measure for measure, he said", "might involve.",
  ("Iran", C, neg, "Australia", "threat of reciprocal measures; Canberra = metonym (object)"))
U(d, "He suggested the decision had more to do with Australian politics", "Israel's conduct in Gaza.",
  ("Iran", C, neg, "Australia", "imputes bad faith to the Australian government = judgement; Israel only mentioned"))
U(d, "Mr Baghaei also said hatred of Jews had grown out of Europe's own history", "before lecturing Iran.",
  ("Iran", C, neg, "", "jab at 'Western governments' (not canonical) -> target empty"))
# no row: "The semi-official Tasnim news agency carried his remarks in full." (agency, not an actor)
U(d, "Israel's embassy in Canberra welcomed the decision", "around the world.",
  ("Israel", S, pos, "Australia", "welcome of a measure = supporting Australia; the judgement of Iran sits inside the welcome (unsure: could be condemning Iran)"))
U(d, "Israeli Foreign Minister Gideon Sa'ar said the findings showed that Tehran exported terror", "follow Australia's lead.",
  ("Israel", C, neg, "Iran", "Tehran = metonym; 'exported terror' = judgement + call on others to follow (rule 1)"))
U(d, "Israeli government spokesman David Mencer suggested in interviews", "recognise a Palestinian state.",
  ("Israel", N, neu, "", "claim of credit for Netanyahu; Netanyahu and Albanese are objects; no judgement stated (unsure)"))
U(d, "Asked about that on Wednesday morning, Mr Burke said the suggestion had no basis whatsoever", "ASIO's findings alone.",
  ("Australia", N, neg, "", "rebuttal of Israel's claim = denial, neutral with a negative tone"))
# no row: "Jewish community groups welcomed the expulsion, ..." (summary line before the specific statements)
U(d, "The Executive Council of Australian Jewry said the findings confirmed", "for their work.",
  ("Executive Council of Australian Jewry", S, pos, "Australia", "thanks to the government's agencies = supporting"))
U(d, "The Jewish Council of Australia, a smaller progressive group, said it was shocked", "against the war in Gaza.",
  ("Jewish Council of Australia", T, neg, "", "shock + an appeal for restraint in public debate, no judgement of an actor (unsure: could be neutral)"))
U(d, "Opposition Leader Sussan Ley said the Coalition supported the expulsion", "activities in Australia.",
  ("Liberal Party of Australia", C, neg, "Australia", "support for the measure + 'too slow' = judgement of her own government (rule 1)"))
# no rows: the unnamed former diplomat (two sentences), the congregant, background on the embassies
U(d, "The AFP said two people had already been charged over the synagogue fire", "the remaining cases.",
  ("Australia", N, neu, "", "AFP = the Australian Federal Police here (not the news agency), by context; charges and cooperation, no judgement"))
# no row: "The two fires were part of a wider run of antisemitic incidents ..." / "Police had long suspected ..." (background narration, unnamed police)
