# ------------------------------------------------------------------ US tariffs on Canada and Ottawa's response (Canadian news site, full HTML, 2025-03-04)
d = "page_canada_tariffs_canadiansite.html"
# no rows: headline, standfirst, kicker, byline, captions with credits and "Photo N of 3"
U(d, "Canada hit back on Tuesday with 25 per cent tariffs", "against its closest friend.",
  ("Canada", C, neg, "United States", "long lead: counter-tariffs (a measure) + Trudeau's accusation; Trump's duties narrated; Washington = metonym"))
U(d, "\"Canadians did not go looking for this fight.", "Trudeau told reporters in Ottawa.",
  ("Canada", C, neg, "United States", "multi-sentence quote closed by speaker; blame on the US; Ottawa = place"))
U(d, "He said the counter-tariffs would remain until the American measures were lifted", "take effect in 21 days.",
  ("Canada", C, neg, "United States", "pronoun subject; measures kept and extended against the other side"))
U(d, "Ottawa will also file challenges at the World Trade Organization", "a clear breach of both.",
  ("Canada", C, neg, "United States", "Ottawa = metonym; attribution tail; 'clear breach' = judgement; legal challenge"))
U(d, "He said Canadians had no quarrel with them", "if their government would let them.",
  ("Canada", T, pos, "United States", "the preceding sentence is narration (no row); wish to cooperate with Americans = appeal for a peaceful course; the tail 'if their government would let them' is a jab, but no judgement word (unsure)"))
# no row: "But he also said the real goal in Washington was plain." (lead-in before the quote)
U(d, "\"What he wants is to see our economy buckle", "referring to Trump.",
  ("Canada", C, neg, "United States", "quote opened after a lead-in sentence in the same paragraph; accusation of a plan to annex; 'he' = Trump, resolved by the tail"))
U(d, "Trudeau went on to contrast Washington's treatment of Canada", "reaching out to Vladimir Putin.",
  ("Canada", C, neg, "United States", "Kremlin and Putin are objects, not speakers (no Russia row)"))
# no row: "The White House did not wait long to reply." (summary line before the specific statement)
U(d, "Within hours, Trump wrote on his Truth Social platform", "an equal increase in U.S. duties.",
  ("United States", C, neg, "Canada", "threat of a matching increase; 'Governor Trudeau' quoted as an object"))
# no row: "Trump has for weeks mused that Canada would be better off as the 51st state ..." (vague background, reaction narrated)
U(d, "On Monday, the president said there was nothing left for Canada or Mexico", "crossing the border.",
  ("United States", C, neg, "", "'the president' = Trump; tariffs go ahead against two states -> target empty"))
U(d, "Commerce Secretary Howard Lutnick struck a softer note", "possibly within days.",
  ("United States", T, neu, "", "compromise with both neighbours = calling_for_talks; two parties -> target empty"))
U(d, "Foreign Affairs Minister Mélanie Joly, speaking on Parliament Hill, said the tariffs", "\"with everything we have.\"",
  ("Canada", C, neg, "United States", "'threat to the country's very existence' + promised response"))
U(d, "She said she had made clear to U.S. Secretary of State Marco Rubio", "not up for discussion.",
  ("Canada", C, neg, "United States", "rejects the annexation talk in protest (unsure: could be neutral, a refusal); Rubio is the addressee, no US row"))
U(d, "Finance Minister Dominic LeBlanc said the federal government would waive", "hard-hit businesses.",
  ("Canada", N, pos, "", "own relief measures for its workers = neutral (own measures), positive"))
# no row: "The provinces moved just as fast." (summary line)
U(d, "Ontario Premier Doug Ford, fresh from winning a third term, said his province would impose", "if the tariffs stayed.",
  ("Canada", C, neg, "United States", "provincial premier resolves to his state; surcharge + threat of a cut-off"))
U(d, "\"You come after Ontario's jobs, we'll turn off the lights", "Ford said at a mining conference in Toronto.",
  ("Canada", C, neg, "United States", "threat quote closed by surname"))
U(d, "Ontario has also ordered its liquor board to pull American wine", "Elon Musk's Starlink.",
  ("Canada", C, neg, "United States", "Ontario (province) = Canada; measures by act; Starlink/Musk = objects"))
U(d, "In Victoria, British Columbia Premier David Eby said the province would stop buying", "could not ignore.",
  ("Canada", C, neg, "United States", "provincial measure aimed at US states; Victoria = place"))
# no row: "Alberta Premier Danielle Smith, ... struck a different tone." (lead-in)
U(d, "She said she would not support any export tax", "until a deal was reached.",
  ("Canada", T, neu, "", "Alberta premier = Canada (provincial official); refuses export taxes + urges talks with Washington; addressed to Ottawa (the actor's own government) -> target empty; same actor, different stance from Ontario"))
U(d, "Conservative Leader Pierre Poilievre said the government should match", "\"a betrayal of a friend.\"",
  ("Conservative Party of Canada", C, neg, "United States", "opposition leader = his party; 'betrayal' + call for matching tariffs"))
U(d, "Mexico, hit by the same 25 per cent tariff, will set out its own response on Sunday", "non-tariff measures.",
  ("Mexico", C, neg, "United States", "announced counter-measures = a response against another side; attribution tail"))
U(d, "She said Mexico would nonetheless keep talking with Washington", "did not want a confrontation.",
  ("Mexico", T, neu, "United States", "pronoun subject = Sheinbaum; dialogue with Washington"))
U(d, "In Beijing, the State Council's tariff commission said China would impose", "bullying its trading partners.",
  ("China", C, neg, "United States", "counter-duties + 'bullying'; In Beijing = place"))
# no row: "The reaction from Canadian business was grim." (summary line)
U(d, "Candace Laing, president of the Canadian Chamber of Commerce, said the tariffs", "within weeks.",
  ("Canadian Chamber of Commerce", C, neg, "United States", "business body under its own name; 'a wound the American economy had inflicted on itself' = judgement"))
U(d, "Unifor national president Lana Payne said her union", "counter-measures.",
  ("Unifor", S, pos, "Canada", "union backing the federal response = supporting"))
U(d, "\"This is the moment to stand together, and the government has done the right thing,\" she said.", "she said.",
  ("Unifor", S, pos, "Canada", "approval of the government"))
# no rows: "Economists warned ..." (unnamed); "Many shoppers have already made up their minds." (summary line)
U(d, "At a grocery store in Windsor, Ont., retiree Linda Ouellet said she had stopped buying", "made in the United States.",
  ("Linda Ouellet", C, neg, "United States", "named resident = independent person; a boycott in protest = condemning (unsure: could be neutral, a personal habit)"))
U(d, "\"Not one more dollar from me until they come to their senses,\" she said.", "she said.",
  ("Linda Ouellet", C, neg, "United States", "'come to their senses' = judgement"))
# no rows: background on the February delay; Liberal leadership vote; markets; "With files from";
# tags, newsletter, the four reader comments, most read, footer
