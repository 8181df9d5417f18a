# ------------------------------------------------------------------ Bulgaria: Gebrev poisoning charges and the expulsion of two Russian diplomats (party press-release page, full HTML, 23-28 Jan 2020)
d = "page_bulgaria_gebrev_expulsions2020_partyreleases.html"
DB = "Democratic Bulgaria"
# Not statements: top bar, nav, breadcrumb, page title, release headlines and dates, figcaption with credit, pager,
# share bar, comments box, newsletter prompt, footer. "Democratic Bulgaria", "DB", "the coalition", "We" = Democratic Bulgaria.
# "On 28 January Democratic Bulgaria held a round table ..." = the party's event in narration (no diplomatic convening), no row.
U(d, "Lyubomir Dechev, a retired intelligence officer, told the participants", "not the means, to act.",
  ("Lyubomir Dechev", C, neg, "Bulgaria", "invented former officer speaking for no body; judgement of Bulgaria's services"))
U(d, "Investigative journalist Milena Taneva said the public still knew nothing", "paid for the operation.",
  ("Milena Taneva", N, neg, "", "invented journalist; a statement of what is not known"))
U(d, "“If we want to be taken seriously in NATO and the EU, we must raise this case", "said in closing.",
  (DB, T, neu, "Russia", "co-chair speaks for the coalition; raising the case in every forum with Russia = a diplomatic course, no judgement word (unsure: could be read as pressure, condemning)"))
U(d, "Democratic Bulgaria welcomes the statement of the British Embassy in Sofia", "from the Salisbury case.",
  (DB, S, pos, "United Kingdom", "welcome of an ally's statement = supporting"),
  ("United Kingdom", S, pos, "Bulgaria", "reported clause: the UK's offer to share its experience = backing by act"))
U(d, "The coalition also welcomes the position of the US Embassy", "hostile intelligence operations.",
  (DB, S, pos, "United States", "welcome = supporting"),
  ("United States", S, pos, "Bulgaria", "reported clause: US backing of Bulgaria's right to defend itself; no actor named as the hostile service"))
U(d, "An EU spokesperson in Brussels said the Union did not comment", "national investigations.",
  ("European Union", N, neu, "", "procedural no-comment line = neutral"))
U(d, "The Russian Ministry of Foreign Affairs described the expulsions as a hostile step", "promised a response.",
  ("Russia", C, neg, "Bulgaria", "judgement + promised response (threat)"))
U(d, "Democratic Bulgaria regrets that Moscow has once again answered with threats", "on Bulgarian soil.",
  (DB, C, neg, "Russia", "'regrets' + 'crimes committed on Bulgarian soil' = judgement of Moscow"))
U(d, "We call on the Russian authorities to hand over to Bulgarian investigators", "the three suspects.",
  (DB, T, neu, "Russia", "appeal for cooperation, no judgement word in the sentence = calling_for_talks"))
U(d, "The coalition rejects the claim of the Bulgarian Socialist Party", "in Parliament on Friday.",
  (DB, N, neg, "", "rejects another party's claim = a denial on the government's behalf, no judgement of its own (unsure)"),
  ("Bulgarian Socialist Party", C, neg, "", "reported clause: the BSP's claim that the expulsions were ordered from Washington = a judgement of the government's motives; several targets -> empty"))
U(d, "President Rumen Radev said on Friday that the public was entitled to see the evidence", "an entire state.",
  ("Bulgaria", N, neu, "", "the head of state's call for evidence before conclusions = caution, no judgement, no peaceful-course appeal"))
U(d, "DB considers that such caution from the head of state sends the wrong signal", "country's allies.",
  (DB, C, neg, "Bulgaria", "criticism of the president (Bulgaria's head of state) = judgement"))
U(d, "Democratic Bulgaria supports the decision of the Ministry of Foreign Affairs", "trade representation.",
  (DB, S, pos, "Bulgaria", "support for the government's decision"),
  ("Bulgaria", C, neg, "Russia", "the expulsion itself, reported in the same sentence = condemning (a measure)"))
U(d, "According to the Prosecutor's Office, the two had been collecting classified material", "energy supplies.",
  ("Bulgaria", C, neg, "Russia", "second-hand attribution ('according to'); espionage accusation"))
U(d, "Foreign Minister Ekaterina Zaharieva said the same day that Sofia wanted normal relations", "for foreign services.",
  ("Bulgaria", C, neg, "Russia", "wish for normal relations joined to a warning ('would not let its territory become a playground'): rule 1"))
U(d, "“Expulsions are necessary, but they are not a policy:", "said co-chair Atanas Atanasov.",
  (DB, C, neg, "Russia", "call for further measures against Russian influence = condemning"))
U(d, "The coalition called on Prime Minister Boyko Borissov to tell the National Assembly", "in the Gebrev case.",
  (DB, N, neu, "", "a procedural demand to its own government (information to Parliament), neither a judgement nor a peaceful-course appeal"))
U(d, "Democratic Bulgaria welcomes the charges brought today by the Sofia City Prosecutor's Office", "who gave the orders.",
  (DB, T, pos, "Bulgaria", "welcome joined to an appeal to take the investigation further: rule 2 before rule 3 (unsure: the welcome could make it supporting)"),
  ("Bulgaria", C, neg, "", "the prosecutors' charges against three Russian citizens = accusation; the suspects are people, not the Russian state -> empty"))
U(d, "“For almost five years the institutions behaved as if nothing had happened", "said the coalition's co-chair Hristo Ivanov.",
  (DB, C, neg, "Bulgaria", "judgement of Bulgaria's own institutions"))
U(d, "Ivanov added that letting the case lie dormant for years had been a failure", "an explanation.",
  (DB, C, neg, "Bulgaria", "'a failure' of the prosecutors = judgement"))
# "About forty lawyers, journalists and members of Parliament ... attended the discussion ..." = narration, no row.
# "Gebrev, the owner of the arms maker EMCO, fell ill in late April 2015, ..." = background narration, no row.
