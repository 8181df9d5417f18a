# ------------------------------------------------------------------ Kye-Ossi arrests / Equatorial Guinea coup plot (Cameroonian national daily, full HTML, 2018-01-04)
d = "page_kyeossi_mercenaries2018_cameroondaily.html"
# Not statements: top bar, masthead, nav, breadcrumb, headline, standfirst, byline, captions, ADVERTISEMENT, crossheads, Related, tags, share bar, comments, most read, footer.
U(d, "The Government has said that Cameroon will never allow its territory", "in the South Region.",
  ("Cameroon", C, neg, "", "lede carrying a position: warning against anyone using its soil (veiled threat, no named target)"))
U(d, "The Minister of Communication, speaking to the press in Yaoundé on Wednesday, said the men", "a large stock of ammunition.",
  ("Cameroon", N, neu, "", "minister by title only (national paper); facts of the arrest"))
U(d, "\"Our forces did their duty calmly and professionally", "the minister said.",
  ("Cameroon", C, neg, "", "threat to 'anyone' who tries the same = condemning; no named target"))
U(d, "He said the suspects, of several nationalities, were being questioned", "once the investigation was complete.",
  ("Cameroon", N, neu, "", "procedure"))
U(d, "The minister refused to speculate on who had financed the group.", "The minister refused to speculate on who had financed the group.",
  ("Cameroon", N, neu, "", "declining to comment = neutral"))
U(d, "\"It is not for the Government to name sponsors", "he told reporters.",
  ("Cameroon", N, neu, "", "procedural line, no judgement"))
U(d, "He added that the Head of State had personally instructed", "the entire southern border.",
  ("Cameroon", N, neu, "", "own security measure at its border, aimed at no actor = neutral (unsure)"))
U(d, "The Minister of Defence, who visited units in Ambam and Kyé-Ossi on Tuesday, congratulated", "according to a communiqué from his department.",
  ("Cameroon", N, pos, "", "praise of its own forces = self-praise, neutral with positive tone"))
U(d, "The communiqué said additional troops had been deployed", "Equatorial Guinea and Gabon.",
  ("Cameroon", N, neu, "", "own deployment, fact"))
U(d, "The Governor of the South Region told The Courier that life in Kyé-Ossi", "the market had reopened.",
  ("Cameroon", N, pos, "", "provincial official resolves to the state; fact"))
U(d, "In Malabo, the Equatorial Guinean Minister of National Security, Nicolas Obama Nchama, said", "over the Christmas holiday.",
  ("Equatorial Guinea", N, neg, "", "account of the plot, no named culprit in this sentence"))
U(d, "Obama Nchama accused activists of hard-line opposition groups", "did not trace to any country.",
  ("Equatorial Guinea", C, neg, "", "accusation of the opposition (not one canonical party named) -> target empty"))
U(d, "The minister thanked the Cameroonian security services", "before it reached its target.",
  ("Equatorial Guinea", S, pos, "Cameroon", "thanks = supporting"))
U(d, "Equatorial Guinea's ambassador in Paris was quoted by French media", "unsettle its institutions.",
  ("Equatorial Guinea", C, neg, "", "passive attribution; judgement of the attempt, no named culprit"))
U(d, "The opposition party Citizens for Innovation, whose activists have been detained", "rejected any link with the plot.",
  ("Citizens for Innovation", N, neg, "", "denial = neutral, negative"))
U(d, "In a statement, the party said the coup story was being used", "the release of its detained members.",
  ("Citizens for Innovation", C, neg, "Equatorial Guinea", "judgement: coup story as a pretext for repression"))
U(d, "Chad's government said it had learned with surprise", "any plan against a brotherly country.",
  ("Chad", N, neg, "", "denial of involvement = neutral, negative"))
U(d, "The Chadian spokesman said his government would cooperate fully", "to shed light on the affair.",
  ("Chad", N, neu, "", "pledge to cooperate with an inquiry = neutral (as the template's Jaafari row)"))
U(d, "The President of the CEMAC Commission, Daniel Ona Ondo, expressed", "the speed of the Cameroonian response.",
  ("CEMAC", S, pos, "Equatorial Guinea", "solidarity + praise; two actors supported, the solidarity's addressee as target"))
U(d, "The African Union Commission condemned any attempt to seize power by force", "along their borders.",
  ("African Union", C, neg, "", "condemnation of coup attempts in general + appeal; rule 1; no named target"))
U(d, "France said it was following the situation closely", "a Quai d'Orsay spokeswoman told reporters in Paris.",
  ("France", N, neu, "", "monitoring, no comment = neutral"))
U(d, "Dr. Joseph Mbarga Essomba, a security researcher", "the Central African Republic\".",
  ("Joseph Mbarga Essomba", N, neg, "", "independent analyst; assessment of the border, no judgement on an actor"))
U(d, "\"Yaoundé has done Malabo a great service", "Mbarga Essomba said.",
  ("Joseph Mbarga Essomba", C, neg, "Equatorial Guinea", "praise of Yaoundé + judgement of Malabo's treatment of opponents; rule 1"))
U(d, "A trader at the Kyé-Ossi market, Pauline Mengue, said residents had been frightened", "in the following days.",
  ("Pauline Mengue", N, neg, "", "named witness; fear, no appeal"))
U(d, "\"We only ask the two governments to keep the border open", "she said.",
  ("Pauline Mengue", T, neg, "", "appeal to both governments, no judgement (unsure: a border appeal rather than peace talks)"))
