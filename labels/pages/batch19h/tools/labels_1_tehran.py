# ------------------------------------------------------------------ Tehran Declaration on a fuel swap brokered by Brazil and Turkey (international wire, 2010-05-18)
d = "page_tehran_declaration_wire.txt"
# No rows: headline, bullets, photo captions, crossheads, byline, Related:, credits, topics, most read.
U(d, "Iran on Monday signed a declaration with Brazil and Turkey", "pact would head off.",
  ("Iran", T, pos, "", "long lead: signing a diplomatic deal = commits to a negotiated course; the mediators' 'hailed' is a summary clause (their own lines are labelled below)"),
  ("United States", C, neg, "Iran", "'Washington said the major powers had agreed ... sanctions' = a measure against Iran; capital as metonym"))
# No row: "Under the 10-point text signed ..." (terms of the deal, narration; the three ministers are named, not speaking)
U(d, "Iran's foreign ministry spokesman, Ramin Mehmanparast, told reporters", "while in Turkey.",
  ("Iran", N, neu, "", "logistics of the swap, no evaluation"))
U(d, "\"The swap and our enrichment are separate files.", "told the state broadcaster.",
  ("Iran", N, neu, "", "two-sentence quote closed by the speaker (name then role); defiant plan but no judgement of another actor = neutral"))
U(d, "Speaking after the signing, President Mahmoud Ahmadinejad said the six powers", "on the table forever.",
  ("Iran", T, neu, "", "invitation to talks with a time hint; not read as an ultimatum (unsure)"))
U(d, "\"The ball is in their court.", "he said.",
  ("Iran", T, neu, "", "'he' = Ahmadinejad; appeal to talk"))
U(d, "The Turkish prime minister, Tayyip Erdogan, who flew to Tehran overnight", "threats had not.",
  ("Turkey", T, pos, "", "praise of dialogue over 'threats' (no actor judged by name) = advocacy of negotiation (unsure: could be read as a jab at the sanctions camp)"))
# No row: "His foreign minister went further." (summary line before the specific statement)
U(d, "Davutoglu said pushing ahead with punitive measures", "had just displayed.",
  ("Turkey", C, neg, "", "'would make no sense' = judgement without stock words on the sanctions push + appeal (rule 1); 'Washington and its allies' = several -> target empty"))
U(d, "\"Today is a day for diplomacy.", "in Istanbul on Tuesday.",
  ("Turkey", C, neg, "", "'spoiling the climate' = judgement of whoever pushes sanctions, no one named -> target empty"))
U(d, "Brazilian President Luiz Inacio Lula da Silva called the signing", "rushing to judge it.",
  ("Brazil", T, pos, "", "praise of negotiation + hope that the powers read before judging = hope (talks)"))
U(d, "Amorim, his foreign minister, said Brazil had kept Washington informed", "out in the autumn.",
  ("Brazil", N, neu, "", "own conduct and a factual claim about the text; Washington = object"))
U(d, "Secretary of State Hillary Clinton told the Senate Foreign Relations Committee", "later in the day.",
  ("United States", C, neg, "Iran", "sanctions draft agreed = a measure against Iran"),
  ("Russia", C, neg, "Iran", "position reported by Clinton: Russia joined the sanctions draft (measure)"),
  ("China", C, neg, "Iran", "position reported by Clinton: China joined the sanctions draft (measure); 'European partners' unnamed -> no rows"))
U(d, "\"We think this draft is our reply", "Clinton said.",
  ("United States", C, neg, "Iran", "sanctions draft as a response to Tehran's moves; Tehran = metonym"))
U(d, "\"It tells Iran plainly what the world expects of it.\"", "\"It tells Iran plainly what the world expects of it.\"",
  ("United States", C, neg, "Iran", "quote continued after its attribution = same speaker; warning that goes with the sanctions"))
U(d, "She said Washington recognised that Brazil and Turkey had tried in good faith", "nothing on enrichment.",
  ("United States", C, neg, "Iran", "acknowledgement of the brokers + 'in violation' judgement of Iran: rule 1 (welcome + judgement = condemning)"))
U(d, "On Monday, White House spokesman Robert Gibbs said the swap would be a positive step", "international obligations.",
  ("United States", C, neg, "Iran", "conditional approval + 'still breaking its obligations' = judgement (rule 1)"))
U(d, "State Department spokesman P.J. Crowley said the United States would take", "had not gone away.",
  ("United States", N, neg, "", "concern without an appeal + procedure = neutral, negative"))
U(d, "Russian President Dmitry Medvedev, speaking to reporters on Monday, said the agreement was a good sign", "should continue.",
  ("Russia", T, neu, "", "a 'good sign' (welcome) + appeal for consultations, 'questions to answer' is not an explicit judgement: rule 2 before rule 3"))
U(d, "Foreign Minister Sergei Lavrov said the deal and the draft resolution", "with the six powers.",
  ("Russia", T, pos, "", "hope that the document reopens negotiations; Moscow = metonym"))
U(d, "The European Union's foreign policy chief, Catherine Ashton, said in a statement", "return to talks.",
  ("European Union", T, neu, "Iran", "partial welcome + worries + 'urged Iran' = appeal (talks)"))
U(d, "In Paris, foreign ministry spokesman Bernard Valero said France", "judging the text.",
  ("France", N, neu, "", "reserves judgement: neutral; Paris = place"))
U(d, "He added that a fuel solution, even if it worked,", "cooperate with inspectors.",
  ("France", C, neg, "Iran", "'He' = Valero; 'Iran's failure to cooperate' = judgement; quote-free list after a colon"))
U(d, "Britain's new Foreign Secretary, William Hague, said Iran's nuclear programme", "with its partners.",
  ("United Kingdom", N, neg, "", "concern without an appeal = neutral, negative; London = metonym"))
U(d, "Germany's foreign ministry said the swap did not release Iran", "to Tehran repeatedly.",
  ("Germany", T, neg, "Iran", "reminder that Iran must halt enrichment, no judgement word = demand to one side (talks, negative); Berlin = metonym"))
U(d, "An Israeli official in Prime Minister Benjamin Netanyahu's office said", "Security Council acted.",
  ("Israel", C, neg, "Iran", "unnamed official of a named government's office = Israel; accusation of manipulation"))
U(d, "China's foreign ministry spokesman Ma Zhaoxu said Beijing welcomed", "dialogue and negotiation.",
  ("China", T, pos, "", "welcome + appeal for dialogue, no judgement: rule 2 before rule 3"))
U(d, "The IAEA said it had not yet received any formal notification from Tehran.", "The IAEA said it had not yet received any formal notification from Tehran.",
  ("IAEA", N, neu, "", "procedural fact"))
U(d, "Venezuelan President Hugo Chavez telephoned Ahmadinejad on Tuesday", "IRNA said.",
  ("Venezuela", S, pos, "Iran", "congratulations + offer of backing = supporting; IRNA reporting is not an actor; Caracas = metonym"))
# No row: "Tehran bristled at the suggestion ..." (summary line before the specific denial)
U(d, "Mehmanparast said the accusations were without basis", "than any other party.",
  ("Iran", N, neg, "", "denial ('without basis') = neutral, negative; self-praise is not a judgement of another"))
U(d, "Speaking on state television on Tuesday, Mottaki warned", "leave the country.",
  ("Iran", C, neg, "", "threat: the deal void if sanctions come = threatened response; aimed at the powers as a group -> target empty"))
# No rows: "Diplomats at the United Nations said ..." and "... diplomats said" (unnamed); the unnamed Sao Paulo researcher; "Another analyst in Tehran".
