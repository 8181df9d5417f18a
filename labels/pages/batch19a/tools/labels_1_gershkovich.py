# ------------------------------------------------------------------ Russia arrests WSJ reporter Evan Gershkovich (international wire copy, 2023-04-05)
d = "page_gershkovich_arrest_wire.txt"
# Not statements: headline, byline, timestamps, captions with credits and "1 of 3", ADVERTISEMENT, crossheads
# ('IN THE ACT', CALL WITH LAVROV, ALLIES WEIGH IN), "Related:", reporting credits, Trust Principles, topics,
# newsletter prompt, Most read, copyright.
U(d, "The United States again demanded on Wednesday that Russia free", "in the hands of its judiciary.",
  ("United States", C, neg, "Russia", "long lead mixing narration and two positions: Blinken's 'held wrongly' + demand = judgement (rule 1); dateline excluded"),
  ("Russia", C, neg, "United States", "'Moscow' as metonym: insists the reporter was caught spying for Washington = accusation of the US"))
# no row: "Gershkovich, 31, a U.S. citizen accredited ..." (background narration, sentence length and facts from no named source)
U(d, "The Federal Security Service (FSB), the main heir", "the U.S. government.",
  ("Russia", C, neg, "United States", "FSB = Russia; accusation of spying on the US government's orders"))
U(d, "A district court in Moscow ordered the same day", "until May 29.",
  ("Russia", N, neu, "", "court order reported as done = state procedure (unsure: could be narrative with no row, as batch5c's Moscow court)"))
# no row: "The hearing was closed, and a lawyer ..." (narration)
U(d, "TASS, the state news agency, quoted a source at the court", "pleaded not guilty.",
  ("Evan Gershkovich", N, neg, "", "the agency and the unnamed court source are not actors; the position reported is the reporter's own plea = denial (neutral, negative)"))
# no row: "The Journal has rejected the accusation outright." (summary line before the specific quote)
U(d, "\"Evan is a journalist and nothing else.", "the newspaper said in a statement.",
  ("Wall Street Journal", N, neg, "", "multi-sentence quote closed by its speaker; the newspaper is a party here, not a reporting agency; denial = neutral, negative"))
U(d, "\"We want our colleague home,", "with his family.",
  ("Wall Street Journal", T, neg, "", "quote continued in the next paragraph ('the statement went on'); demand for release with no judgement word = calling_for_talks; Russia not named -> target empty"))
# no row: "The Kremlin has given no ground." (summary line)
U(d, "The paper has thanked governments, press freedom groups", "on his behalf.",
  ("Wall Street Journal", S, pos, "", "thanks = approval of those who backed the reporter; several, non-canonical -> target empty"))
U(d, "Its spokesman, Dmitry Peskov, told reporters on Friday", "for gathering secrets.",
  ("Russia", C, neg, "", "'Its spokesman' resolves to the Kremlin; accusation of spying under cover of a press card; aimed at the reporter (not an actor) -> target empty"))
U(d, "Peskov said accredited foreign correspondents had nothing to fear", "based in the United States.",
  ("Russia", T, neu, "United States", "reassurance + appeal to Washington not to retaliate = de-escalation appeal (unsure: could be read as a veiled warning)"))
U(d, "Foreign ministry spokeswoman Maria Zakharova went further", "in the same way before.",
  ("Russia", C, neg, "", "quote-like report opened after a colon; insinuation of spying, 'Westerners' not canonical -> target empty"))
U(d, "Deputy Foreign Minister Sergei Ryabkov said on Monday", "allowed to see him.",
  ("Russia", N, neu, "", "procedure, no evaluation"))
U(d, "In a rare telephone call on Sunday", "a State Department readout said.",
  ("United States", C, neg, "Russia", "'unjustifiable' + demand to free = judgement (rule 1); Lavrov is only addressed (no Russia row); attribution tail"))
U(d, "Lavrov told Blinken that only the courts in Russia", "according to the Russian foreign ministry.",
  ("Russia", C, neg, "United States", "accuses Washington and the Western press of politicising the case (judgement without stock words); Blinken is the addressee"))
U(d, "President Joe Biden, asked by reporters on Friday", "simply release him.",
  ("United States", T, neg, "Russia", "bare demand for release, no judgement word = calling_for_talks (README: demand to one side)"))
U(d, "He indicated that Washington had no plans at present", "over the case.",
  ("United States", N, neu, "", "'He' = Biden; own plan (no measure taken) = neutral"))
U(d, "White House press secretary Karine Jean-Pierre set out", "reports the truth.\"",
  ("United States", C, neg, "Russia", "quote opened after a colon; 'outrageous' + pattern of going after US citizens = judgement"))
U(d, "She said U.S. diplomats had pressed Moscow directly", "by Wednesday.",
  ("United States", N, neu, "", "'She' = Jean-Pierre; own diplomatic steps, with narration ('had still not been granted') in the tail"))
U(d, "The State Department also repeated its advice", "arbitrary arrest.",
  ("United States", N, neg, "", "travel advice to its own citizens, a measure about itself, not against Russia (unsure: 'arbitrary arrest' implies blame)"))
U(d, "\"Evan Gershkovich has never worked for the U.S. government", "told reporters.",
  ("United States", N, neg, "", "multi-sentence quote closed by its speaker (Kirby, NSC); denial of the accusation = neutral, negative"))
# no row: "The arrest drew a wave of criticism from European capitals and institutions." (summary line before the specific statements)
U(d, "The European Union's foreign policy chief, Josep Borrell,", "as adversaries.",
  ("European Union", C, neg, "Russia", "leader quoted from social media; condemns + 'treat foreign reporters as adversaries'"))
U(d, "Peter Stano, a spokesman for the bloc's diplomatic service", "let the reporter go.",
  ("European Union", T, neg, "Russia", "'the bloc' = EU by context; norm + expectation of release, no judgement word = calling_for_talks (Moscow as metonym)"))
U(d, "German Foreign Minister Annalena Baerbock wrote", "with the West.",
  ("Germany", C, neg, "Russia", "demand + accusation of using the reporter as a bargaining chip (judgement without stock words): rule 1"))
U(d, "In London, a spokesman for Prime Minister Rishi Sunak said", "the reporter's release.",
  ("United Kingdom", S, pos, "United States", "backing of Washington's efforts; London = place, Washington = metonym"))
U(d, "NATO Secretary-General Jens Stoltenberg, speaking as alliance", "in their talks.",
  ("NATO", N, neu, "", "announces the case will be discussed: plan, no evaluation"))
U(d, "He said governments had to let reporters do their jobs", "anywhere else.",
  ("NATO", T, neu, "", "'He' = Stoltenberg; appeal to respect press freedom, no judgement, aimed at no one in particular"))
U(d, "At the United Nations, spokesman Stephane Dujarric said", "independent reporting in Russia.",
  ("United Nations", N, neg, "", "UN spokesperson note: following the case + worry, no appeal = neutral, negative"))
U(d, "More than 30 editors and press freedom groups", "no strings attached.",
  ("Committee to Protect Journalists", T, neg, "Russia", "open letter: 'a reporter rather than a spy' + request for release, no judgement word; Antonov is only the addressee (no Russia row); target = party addressed"))
U(d, "David Whelan, Paul Whelan's brother, said in an email", "home together.",
  ("David Whelan", T, neg, "United States", "named relative = independent person; urges his own government to bring both men home = appeal for a diplomatic course"))
# no row: "Analysts in Moscow said the arrest appeared designed ..." (unnamed speakers)
U(d, "Asked about a possible exchange, Peskov said on Monday", "already been said.",
  ("Russia", N, neu, "", "declines to comment = neutral"))
# no rows: the parents' silence (non-statement), reporting credits.
