# ------------------------------------------------------------------ Armenia-Azerbaijan treaty text agreed (AFP-style wire, 2025-03-14)
d = "page_armenia_azerbaijan_treaty_wire.txt"
U(d, "Governments from Washington to Beijing on Friday welcomed", "rewrote its constitution.",
  ("Azerbaijan", N, neg, "", "dateline 'Yerevan (AFP) - ' excluded; 'Governments' unnamed = narration; Baku (metonym) insisting on a precondition with no grievance stated = neutral"))
U(d, "The two former Soviet republics, which fought two wars", "more than two years of exchanges.",
  ("Armenia", T, pos, "", "completing a peace text = agreeing to a settlement (like agreeing to a ceasefire)"),
  ("Azerbaijan", T, pos, "", "second party of the same announcement"))
U(d, "\"The peace agreement is ready for signing,\" the Armenian foreign ministry said", "date and place of a ceremony.",
  ("Armenia", T, pos, "Azerbaijan", "readiness for consultations; Yerevan and Baku = metonyms"))
U(d, "Prime Minister Nikol Pashinyan told reporters in Yerevan: \"We accepted", "lose the moment.\"",
  ("Armenia", T, pos, "", "quotation opened after a colon, two sentences + inner attribution = one unit"))
U(d, "Azerbaijan's foreign minister Jeyhun Bayramov confirmed that the talks had ended", "preconditions for a signature.",
  ("Azerbaijan", N, neu, "", "procedure: completion confirmed, conditions announced"))
U(d, "Armenia must remove from its constitution the references", "Bayramov said.",
  ("Azerbaijan", C, neg, "Armenia", "demand resting on a grievance ('territorial claims') = judgement; unsure, could be calling_for_talks (demand with no judgement word)"))
U(d, "His spokesman, Aykhan Hajizada, rejected suggestions", "for two years.",
  ("Azerbaijan", N, neg, "", "'His spokesman' = Bayramov's = Azerbaijan; denial"))
U(d, "US Secretary of State Marco Rubio called the agreement \"historic\"", "take the final step.",
  ("United States", S, pos, "", "welcome + offer of help; both parties -> target empty"))
U(d, "\"Now is the time to commit to peace, sign and ratify the treaty", "Rubio said in a statement.",
  ("United States", T, pos, "", "appeal to sign; attribution tail"))
U(d, "The European Union's foreign policy chief Kaja Kallas praised both leaders", "expertise and funding.",
  ("European Union", S, pos, "", "praise + backing by act (expertise, funding)"))
U(d, "French Foreign Minister Jean-Noël Barrot said Paris hailed", "without new demands\".",
  ("France", T, pos, "", "welcome + appeal to sign: rule 2; 'without new demands' an implicit jab at Baku, not an explicit judgement"))
U(d, "In Moscow, foreign ministry spokeswoman Maria Zakharova said Russia welcomed", "finalise the deal.",
  ("Russia", S, pos, "", "welcome + offer of assistance; Moscow = place"))
U(d, "She also said Western attempts to \"privatise\" the process had harmed it.", "had harmed it.",
  ("Russia", C, neg, "", "'She' = Zakharova; judgement aimed at 'the West' (non-canonical) -> target empty"))
U(d, "\"Our partners in Washington and Paris spent years", "Zakharova told a briefing.",
  ("Russia", C, neg, "", "accusation aimed at two actors (Washington, Paris) -> target empty"))
U(d, "Turkish Foreign Minister Hakan Fidan said Ankara welcomed the step", "with the peace process\".",
  ("Turkey", S, pos, "", "welcome; own normalisation plan"))
U(d, "Iran's foreign ministry spokesman Esmaeil Baghaei said Tehran was following", "some concern\".",
  ("Iran", N, neg, "", "concern with no appeal and no actor judged = neutral, negative"))
U(d, "The opposition Armenia Alliance, led by former president Robert Kocharyan", "receiving nothing\".",
  ("Armenia Alliance", C, neg, "Armenia", "opposition bloc judging its own government; Kocharyan only mentioned"))
U(d, "\"Pashinyan has signed up to Aliyev's agenda line by line,\" the alliance said", "in a statement.",
  ("Armenia Alliance", C, neg, "Armenia", "'the alliance' by context; possessive 'Aliyev's' before the speaker"))
U(d, "Armenia's parliament speaker Alen Simonyan dismissed the criticism.", "dismissed the criticism.",
  ("Armenia", N, neg, "", "rejecting criticism = denial"))
U(d, "\"No article of the treaty cedes", "he said.",
  ("Armenia", N, neg, "", "'he' = Simonyan; denial"))
U(d, "In Baku, presidential foreign policy adviser Hikmet Hajiyev struck a harder tone", "founding documents.",
  ("Azerbaijan", C, neg, "Armenia", "accusation ('revanchist'); Baku = place"))
U(d, "UN Secretary-General Antonio Guterres welcomed the agreement", "Stephane Dujarric said.",
  ("United Nations", T, pos, "", "welcome + appeal to finalise: rule 2; SG relayed by his spokesman"))
U(d, "Germany's foreign ministry said it had \"taken note with great relief\" of the news.", "of the news.",
  ("Germany", N, pos, "", "relief, no welcome verb and no appeal: neutral, positive; unsure, could be supporting"))
U(d, "China's foreign ministry spokesman Guo Jiakun said Beijing supported", "dialogue and consultation\".",
  ("China", T, pos, "", "'supports resolving differences through dialogue' = appeal for dialogue, not backing of a party"))
U(d, "Kazakhstan, whose capital Astana hosted a round of talks", "Tokayev's office said.",
  ("Kazakhstan", T, pos, "", "offer to host = offering talks; Astana = place"))
U(d, "Georgian Prime Minister Irakli Kobakhidze congratulated both neighbours", "including Georgia\".",
  ("Georgia", S, pos, "", "congratulation = approval"))
U(d, "The Azerbaijani defence ministry meanwhile accused Armenian forces", "as \"untrue\".",
  ("Azerbaijan", C, neg, "Armenia", "accusation"),
  ("Armenia", N, neg, "", "second actor in the sentence: denial (Yerevan's defence ministry)"))
U(d, "Azerbaijan's ruling New Azerbaijan Party, in a statement carried by state agency AZERTAC", "on Azerbaijan's terms\".",
  ("New Azerbaijan Party", S, pos, "Azerbaijan", "ruling party praising the president; the agency is not an actor"))
