# ------------------------------------------------------------------ Russia's partial mobilisation and annexation threats (Reuters-style wire, 2022-09-21)
d = "page_mobilisation_wire.txt"
U(d, "Russia will call up hundreds of thousands of reservists", "taken literally.",
  ("Russia", C, neg, "", "dateline excluded; long lead: mobilisation + endorsing annexation votes + nuclear warning to Western governments = threat (condemning); 'Western governments' is no canonical actor -> target empty"))
U(d, "Defence Minister Sergei Shoigu said about 300,000", "sent to the front.",
  ("Russia", N, neu, "", "figures and plans"))
U(d, "\"Should anyone threaten Russia's land", "Putin said.",
  ("Russia", C, neg, "", "multi-sentence quotation closed by its speaker = one unit; threat. The paragraph before it ('The order, Russia's first mobilisation ...') is narration with no speaker: no row"))
U(d, "He said the West's aim was to break Russia apart", "strike inside Russia.",
  ("Russia", C, neg, "", "accusation of 'the West' and of the US with its allies (several) -> target empty"))
U(d, "OVD-Info, an independent group that monitors arrests,", "late evening.",
  ("OVD-Info", N, neu, "", "monitoring group's figures; the preceding sentence (flights, detentions per booking sites) is narration: no row"))
U(d, "Speaking at the U.N. General Assembly a few hours after Putin", "should recognise.",
  ("United States", C, neg, "Russia", "judgement ('broken the most basic principles', 'sham')"))
U(d, "White House spokesman John Kirby said earlier", "Russia's forces.",
  ("United States", C, neg, "Russia", "'irresponsible' = judgement; monitoring in the same sentence"))
U(d, "British Prime Minister Liz Truss, due to address the assembly", "this year.",
  ("United Kingdom", S, pos, "Ukraine", "pledge of military aid = backing by act"))
U(d, "Her defence secretary, Ben Wallace, said Putin had gone back", "going badly.",
  ("United Kingdom", C, neg, "Russia", "judgement without stock words (broken word, failing invasion)"))
U(d, "German Chancellor Olaf Scholz, also in New York,", "planned votes.",
  ("Germany", C, neg, "Russia", "judgement + non-recognition of the votes"))
U(d, "Foreign Minister Annalena Baerbock said Germany would keep standing by Ukraine", "would not change that.",
  ("Germany", S, pos, "Ukraine", "backing of Ukraine; the mention of Moscow's threats carries no separate judgement word"))
U(d, "Dutch Prime Minister Mark Rutte said the Kremlin's moves", "control of events.",
  ("Netherlands", C, neg, "Russia", "judgement without stock words; Kremlin = Russia"))
U(d, "The Netherlands would keep sending weapons to Kyiv, he added.", "he added.",
  ("Netherlands", S, pos, "Ukraine", "backing by act; 'he' = Rutte (attribution tail)"))
U(d, "NATO Secretary-General Jens Stoltenberg told Reuters in an interview", "would bring.",
  ("NATO", C, neg, "Russia", "escalation blamed on the call-up + warning of consequences (a threatened response)"))
U(d, "EU foreign policy chief Josep Borrell said he would gather", "more arms for Ukraine.",
  ("European Union", C, neg, "Russia", "meeting convened to discuss sanctions (condemning) and arms (supporting): sanctions decide (unsure: could be read as supporting Ukraine)"))
U(d, "In Beijing, foreign ministry spokesman Wang Wenbin said China", "every side.",
  ("China", T, neu, "", "appeal for a negotiated halt, addressed to no one; Beijing = place"))
U(d, "A spokesman for U.N. Secretary-General Antonio Guterres said", "further escalation.",
  ("United Nations", T, neg, "", "concern + appeal to all sides to de-escalate"))
U(d, "Kazakh President Kassym-Jomart Tokayev, asked in New York", "declined to comment.",
  ("Kazakhstan", N, neu, "", "declining to comment, no appeal = neutral (README)"))
U(d, "In Kyiv, Mykhailo Podolyak, an adviser to the Ukrainian president,", "nothing for Ukraine.",
  ("Ukraine", C, neg, "Russia", "judgement without stock words; Kyiv = place"))
U(d, "President Volodymyr Zelenskiy said in an interview with Germany's Bild", "nuclear weapons.",
  ("Ukraine", N, neu, "", "an assessment, no judgement or appeal"))
U(d, "Russian foreign ministry spokeswoman Maria Zakharova wrote on Telegram", "never said.",
  ("Russia", N, neg, "", "rebuttal of Biden's quotation = denial (neutral, negative)"))
U(d, "In Helsinki, Foreign Minister Pekka Haavisto said Finland", "if needed.",
  ("Finland", N, neu, "", "monitoring + readiness to act at its own border, no appeal or judgement; Helsinki = place"))
