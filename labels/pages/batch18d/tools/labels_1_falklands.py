# ------------------------------------------------------------------ Argentina ends the 2016 Foradori-Duncan pact (South Atlantic site, scraped .txt, 2023-03-03)
d = "page_falklands_pact_southatlantic.txt"
# No row: menu, date/weather strip, BREAKING ticker, breadcrumbs, headline, standfirst (it quotes Stanley), byline,
# published/updated line, share bar, captions "1 of 3" ... "3 of 3" with credits, ADVERTISEMENT, crossheads,
# "Related:" links, newsletter prompt, tags, comments, MOST READ, footer.
U(d, "Argentina has formally ended a 2016 agreement with Britain", "calling the Argentine decision disappointing.",
  ("Argentina", T, neu, "United Kingdom", "long lead mixing narration and two positions: ending the accord is stated without a judgement, the request for sovereignty negotiations decides (rule 2); addressed to London"),
  ("United Kingdom", C, neg, "Argentina", "same lead: refusal of the request plus 'disappointing' aimed at the decision = judgement (rule 1)"))
U(d, "Foreign Minister Santiago Cafiero said he handed the notice", "in New Delhi on Thursday.",
  ("Argentina", N, neu, "", "own procedure (notice handed over); Cleverly is an object, not a speaker: no UK row"))
U(d, "In a thread on Twitter later that day, Cafiero said Buenos Aires had also proposed", "should discuss first.",
  ("Argentina", T, neu, "United Kingdom", "surname only; proposes a meeting at the UN and an agenda = calling for negotiations; Buenos Aires = metonym"))
U(d, "\"The General Assembly and the Decolonisation Committee have been asking", "Cafiero wrote.",
  ("Argentina", T, neu, "", "multi-sentence quote closed by its speaker = one unit; justifies the call to talk by the UN's requests to both sides (no judgement), target empty"))
U(d, "\"For seven years that communiqué let British fishing", "asked nothing of the other side in return.\"",
  ("Argentina", C, neg, "United Kingdom", "quote continued in the next paragraph, same speaker (Cafiero); judgement without stock words on a one-sided deal that favoured Britain"))
U(d, "The Argentine foreign ministry went further in a written statement", "exploitation of South Atlantic resources.",
  ("Argentina", C, neg, "United Kingdom", "ministry readout: 'illegitimate exploitation' = judgement of the UK"))
U(d, "The ministry said Argentina remained willing to negotiate", "considered appropriate.",
  ("Argentina", T, neu, "", "'the ministry' resolved by context; offer of negotiation in any UN forum"))
# No row: "The joint communiqué, known in Argentina as the Foradori-Duncan pact ..." (background on the 2016 signing);
# "Critics in Argentina complained from the start ..." (unnamed critics, background);
# "Cleverly did not wait long to answer." (narration, the content follows).
U(d, "\"The people of the Falklands settled their own future", "he wrote on Twitter.",
  ("United Kingdom", S, pos, "Falkland Islands Government", "leader on social media, quote split by its attribution: backing the islanders' self-determination = supporting the islands (their government as canonical target)"))
U(d, "\"No amount of pressure from Buenos Aires will get Britain", "bargain over their heads.\"",
  ("United Kingdom", C, neg, "Argentina", "second half of the same post: refuses talks in protest and calls Argentina's move pressure ('will not bow to' type judgement)"))
U(d, "Hours later, Prime Minister Rishi Sunak's official spokesman", "decide for themselves.",
  ("United Kingdom", S, pos, "Falkland Islands Government", "unnamed spokesman of a named leader = UK; London = place here; standing behind the islanders = supporting"))
U(d, "The Foreign Office said a senior official had called in Argentina's ambassador", "objections to the decision.",
  ("United Kingdom", C, neg, "Argentina", "summoning the ambassador to hear objections = a diplomatic protest taken as a response"))
U(d, "A Foreign Office official, who asked not to be named", "the agenda Cafiero described.",
  ("United Kingdom", N, neu, "", "unnamed official of a named government speaks for it; a plain fact (no written agenda received)"))
# No row: "The news broke while David Rutley ... was in Buenos Aires on a long-planned visit." (narration).
U(d, "Rutley said the decision was a step backwards", "without consulting anyone.",
  ("United Kingdom", C, neg, "Argentina", "Rutley = UK (name files); 'a step backwards' + dropping it without consulting = judgement without stock words"))
U(d, "He said Britain still hoped to keep working with Argentina", "protection of the Antarctic.",
  ("United Kingdom", T, pos, "Argentina", "pronoun subject (Rutley); hope for continued cooperation = a diplomatic course, no judgement"))
U(d, "Britain's ambassador in Buenos Aires, Kirsty Hayes, wrote on Twitter", "throwing that achievement away.",
  ("United Kingdom", C, neg, "Argentina", "ambassador on social media; 'throwing that achievement away' = judgement of the decision"))
# No row: "The Argentine government's secretary ..., Guillermo Carmona, replied to her within the hour." (a reply announced,
# its content is the next sentence of the same paragraph).
U(d, "\"Nobody should pretend that our soldiers", "addressed to the ambassador.",
  ("Argentina", N, neg, "", "rebuttal of the ambassador's claim ('nobody should pretend') = denial, neutral with a negative tone"))
U(d, "He said Argentina owed that work to the families", "and that it would go on.",
  ("Argentina", N, neu, "", "pronoun subject (Carmona); the work's legal basis and its continuation = reassurance, neutral; the Red Cross is mentioned, not speaking"))
U(d, "The ICRC, whose forensic teams carried out the DNA work at Darwin", "missing from both countries.",
  ("ICRC", S, pos, "", "offers continued humanitarian help to the families = supporting (offers assistance); both sides' families, target empty; Geneva = place"))
# No row: the woman from Córdoba (unnamed relative); "The reaction in Stanley was swift." (summary line before the statements).
U(d, "MLA Leona Roberts, who chairs the Legislative Assembly, said Argentina", "curbs on the islands' commerce.",
  ("Falkland Islands Government", C, neg, "Argentina", "chair of the Legislative Assembly speaks for the islands' government; accuses Argentina of going back on its word"))
U(d, "\"We kept our side of this, including the humanitarian work", "she said.",
  ("Falkland Islands Government", N, pos, "", "multi-sentence quote closed by the speaker = one unit; own conduct and commitment = self-praise, neutral"))
U(d, "Roberts added: \"Our future was decided by us", "negotiating table.\"",
  ("Falkland Islands Government", N, neu, "", "quote opened after a colon; refuses sovereignty talks with no grievance stated = neutral (unsure: could be read as a refusal in protest)"))
# No row: referendum figures (narration); the Ross Road shop owner (unnamed resident).
U(d, "In Buenos Aires, presidential spokeswoman Gabriela Cerruti told her weekly news conference", "got nothing back.",
  ("Argentina", C, neg, "", "'a serious error' of the previous Argentine administration = judgement of a non-canonical party (own predecessor), target empty; Buenos Aires = place"))
# No row: "Several opposition lawmakers said ..." (unnamed, no party named).
U(d, "Asked about the dispute at a regular briefing in Beijing, Chinese foreign ministry spokeswoman Mao Ning", "claim to the islands.",
  ("China", S, pos, "Argentina", "support for Argentina's claim; Beijing = place"))
U(d, "She said Beijing hoped London would respond positively", "the call for talks.",
  ("China", T, pos, "United Kingdom", "pronoun subject (Mao Ning); hope addressed to London that talks happen = calling_for_talks; Beijing metonym, London object"))
# No row: "Diplomats in both capitals said privately ..." (unnamed, no tie); the analysts' sentence; the June C-24 session (narration).
