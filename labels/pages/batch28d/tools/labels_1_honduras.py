# ------------------------------------------------------------------ Honduras: Asfura declared president-elect after the stalled count (wire copy, 2025-12-25)
d = "page_honduras_asfura_count2025_wire.txt"
# Not statements: menu, UPDATE headline (carries Nasralla's position; headlines are never statements), byline, read time, four bullets, crossheads, ADVERTISEMENT, credits, Related Coverage, tags, most read.
U(d, "Honduras's electoral council declared conservative Nasry Asfura", "the whole vote be thrown out.",
  ("Honduras", N, neu, "", "dateline excluded; long lede: the council's declaration of a result = procedural, neutral"),
  ("Liberal Party of Honduras", C, neg, "", "'his closest rival' = Nasralla (Liberal candidate): result 'settled behind closed doors' = judgement without a stock word"),
  ("Liberty and Refoundation", C, neg, "", "'the ruling party' = Libre: demand to throw the vote out, in protest = condemning"))
U(d, "The National Electoral Council (CNE) said a review", "the sheets that remained.",
  ("Honduras", N, neu, "", "state electoral body = Honduras; figures and the arithmetic of the count"))
U(d, "Council president Ana Paola Hall told a late-night news conference", "nothing to correct.\"",
  ("Honduras", N, neg, "", "procedure + implicit denial of manipulation = neutral, negative tone"))
U(d, "Asfura, a former mayor of Tegucigalpa running for the National Party", "days before the Nov. 30 vote.",
  ("United States", S, pos, "National Party of Honduras", "a specific act reported as done (Trump's endorsement of the National Party candidate) = backing by act; Asfura's own part is narration"))
U(d, "Nasralla, a television presenter making his third bid", "never invited into.\"",
  ("Liberal Party of Honduras", C, neg, "", "candidate speaks for his party; the result as a 'carve-up' = judgement, aimed at no single actor"))
U(d, "He told reporters on Thursday morning he would fight the result", "would not ask supporters to block roads.",
  ("Liberal Party of Honduras", N, neu, "", "plan of a legal challenge + no street protests: procedure, no appeal to others"))
U(d, "\"I was in the streets in 2017 and I buried young people afterwards,\" Nasralla said.", "Nasralla said.",
  ("Liberal Party of Honduras", N, neg, "", "recollection, no judgement, no appeal"))
U(d, "\"I will not do that to another family.\"", "another family.\"",
  ("Liberal Party of Honduras", N, neg, "", "quote continued after the attribution; own restraint, not an appeal to others = neutral (unsure: could be read as talks)"))
U(d, "The Liberty and Refoundation party (Libre) of outgoing President", "foreign blackmail of Honduran voters.",
  ("Liberty and Refoundation", C, neg, "", "'void from beginning to end' + 'foreign blackmail': judgement; the foreign actor is not named in the sentence -> target empty; Castro only named as narration"))
U(d, "Moncada was quoted by the party's television channel as saying", "on the ballot table.\"",
  ("Liberty and Refoundation", C, neg, "United States", "passive attribution ('was quoted ... as saying'); Trump's aid warning judged as coercion = condemning the US"))
# "Castro herself did not appear in public on Thursday." = narration, no row.
U(d, "Her foreign minister, Eduardo Enrique Reina, said the government had sent a note", "according to a statement from the foreign ministry.",
  ("Honduras", C, neg, "", "the outgoing government's note to the OAS on 'external pressure' on voters = accusation by allusion (unsure: the note itself is a procedural step); foreign actor unnamed -> target empty"))
U(d, "Asfura, 67, thanked voters in a brief address", "\"turn the page together.\"",
  ("National Party of Honduras", T, pos, "", "winner's appeal to rivals to reconcile = calling_for_talks"))
U(d, "\"Honduras needs everyone at the table in January", "he said.",
  ("National Party of Honduras", T, pos, "", "same speaker across the paragraph break ('he' = Asfura); invitation to the table"))
U(d, "In Washington, Secretary of State Marco Rubio congratulated Asfura", "on security and migration.",
  ("United States", S, pos, "National Party of Honduras", "congratulations + future cooperation = supporting"))
U(d, "A State Department spokesperson, Tommy Pigott, said any attempt", "without saying what that response would be.",
  ("United States", C, neg, "", "spokesperson named by role first; threat of a response to anyone who reverses the result = condemning; no named target"))
U(d, "Pigott added that Washington would keep its visa restrictions", "obstructing the count.",
  ("United States", C, neg, "", "surname only; sanctions kept on unnamed officials = condemning, target empty"))
U(d, "Trump, asked about the result at his Florida residence", "a very smart choice.\"",
  ("United States", S, pos, "", "praise of the voters' choice = supporting; aimed at 'the Honduran people' -> target empty"))
U(d, "Argentina's foreign ministry and the Paraguayan government issued congratulations", "export the Venezuelan model.\"",
  ("Argentina", C, neg, "Venezuela", "welcome joined to a judgement on Venezuela: rule 1, the judgement decides"),
  ("Paraguay", S, pos, "National Party of Honduras", "state given by its adjective; congratulations only = supporting"))
U(d, "Venezuela's foreign minister, Yvan Gil, said on Telegram", "in remarks carried by the state news agency AVN.",
  ("Venezuela", C, neg, "United States", "'managed from Washington' = accusation of interference; the agency carrying it is not an actor"))
U(d, "Mexican President Claudia Sheinbaum said her government would wait", "nobody else.\"",
  ("Mexico", N, neu, "", "withholding recognition pending the courts + sovereignty line, no judgement, no appeal"))
U(d, "The OAS electoral observation mission said in a preliminary note", "lasting damage to confidence.\"",
  ("Organization of American States", C, neg, "Honduras", "no fraud found, but the stoppages judged damaging = criticism of the electoral authority (unsure: could be neutral assessment)"))
U(d, "The mission urged all parties to take their complaints", "calling people into the streets.",
  ("Organization of American States", T, neu, "", "'the mission' = OAS; appeal to legal channels and restraint"))
U(d, "The European Union's observer mission, which had earlier described", "publish its assessment in January.",
  ("European Union", N, neg, "", "earlier concern ('worrying') with no appeal + procedure = neutral, negative"))
U(d, "Costa Rica, Guatemala, Panama and the Dominican Republic said in a joint statement", "would take place in peace.",
  ("Costa Rica", T, pos, "", "joint statement by a list of states, one row each; respect for institutions + hope for a peaceful transfer: hope = calling_for_talks (rule 2 before 3)"),
  ("Guatemala", T, pos, "", "listed state, same joint statement"),
  ("Panama", T, pos, "", "listed state, same joint statement"),
  ("Dominican Republic", T, pos, "", "listed state, same joint statement"))
# "Analysts said the margin was too wide ..." = unnamed analysts, no row.
U(d, "\"Asfura will take office with a certificate from the CNE", "in San Pedro Sula.",
  ("Marcela Funes", N, neg, "", "independent political scientist (invented); forecast, no judgement"))
U(d, "Funes said Trump's intervention had been", "paid in legitimacy.\"",
  ("Marcela Funes", C, neg, "United States", "surname only; judgement of Trump's intervention without a stock word"))
U(d, "A municipal election official in Choloma, Osman Reyes, said", "on the night of Dec. 4.",
  ("Osman Reyes", N, neg, "", "invented local official kept as an independent voice (brief); facts of the outage"))
U(d, "\"Nobody changed anything here, I can swear on that,\" Reyes said.", "Reyes said.",
  ("Osman Reyes", N, neg, "", "denial of tampering = neutral, negative"))
# "Tens of thousands of tally sheets were reviewed ..." = narration, no row.
