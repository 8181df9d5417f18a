# ------------------------------------------------------------------ Ukraine run-off and the Orange Revolution (European English-language news site, full HTML, 2004-12-03)
d = "page_ukraine_orange_eurosite.html"
# Not statements: headline, standfirst, kicker, byline, captions ("1 of 2"), crossheads, "Related:", tags, newsletter, comments, most read.
U(d, "Ukraine's Supreme Court on Friday (3 December) struck down", "lawful way out of the crisis.",
  ("Ukraine", N, neu, "", "dateline excluded; long lead: the Supreme Court's ruling is a state body's act reported as done (court = Ukraine); no judgement of its own in the sentence"),
  ("Our Ukraine", S, pos, "Ukraine", "Yushchenko as opposition leader = his bloc Our Ukraine; hailing the ruling = approval (target: the court = Ukraine)"),
  ("European Union", S, pos, "Ukraine", "'European Union officials in Brussels welcomed' = welcome of the court's step; Brussels = place"))
# No row: "The ruling, read out by presiding judge Anatoliy Yarema ... cannot be appealed." (procedure, narration)
# No row: "Prime Minister Viktor Yanukovych, whom the Central Election Commission had proclaimed ... was not in court." (non-answer; the CEC's proclamation is background)
U(d, "His campaign headquarters said in a statement that the judges", "between east and west.",
  ("Party of Regions", C, neg, "Ukraine", "Yanukovych as candidate: his campaign = Party of Regions (unsure: as prime minister he would be Ukraine); accuses the court (= Ukraine) of yielding to the crowd"))
# No row: "It did not say whether he would stand in the repeat vote." (non-answer)
# No row: "Abroad, the ruling capped a fortnight ..." (summary line)
U(d, "Only on Thursday, after meeting outgoing President Leonid Kuchma", "the ordered answer comes out?\"",
  ("Russia", C, neg, "Our Ukraine", "quote opened after a colon; mockery of the opposition's demand for a re-run = negative judgement; Moscow/Vnukovo = place"))
U(d, "Kuchma has argued for scrapping the whole election", "he would back.",
  ("Ukraine", N, neu, "", "outgoing president's procedural proposal, no judgement"),
  ("Russia", S, pos, "Ukraine", "Putin's backing of Kuchma's course, reported inside the same sentence"))
U(d, "Putin's first intervention came on 22 November, the morning after the vote", "had not yet declared.",
  ("Russia", S, pos, "Party of Regions", "congratulations to the candidate = approval; target Yanukovych as candidate (Party of Regions, unsure)"))
U(d, "The Kremlin has since denied that it tried to steer the vote", "followed early figures.",
  ("Russia", N, neg, "", "denial = neutral, negative tone"))
U(d, "At an EU-Russia summit in The Hague on 25 November, Putin told", "not on its streets.",
  ("Russia", T, neu, "", "appeal for a legal, peaceful course with no judgement; The Hague = place"))
U(d, "Dutch Prime Minister Jan Peter Balkenende, who chaired the meeting", "properly reviewed.",
  ("European Union", C, neg, "Ukraine", "Dutch PM speaking as holder of the EU presidency = European Union; refusing the announced result = rejection"))
U(d, "The two sides left The Hague agreeing on little", "Dutch officials said afterwards.",
  ("European Union", T, neu, "", "position reported by the hosts: the two sides = the EU and Russia, one row each; the reporters (Dutch officials) get no row of their own"),
  ("Russia", T, neu, "", "same sentence; Russia's share of the agreement to avoid bloodshed"))
U(d, "In Washington, Secretary of State Colin Powell said on 24 November", "clean up the vote.",
  ("United States", C, neg, "Ukraine", "rejection of the tally + warning of consequences (threat); Washington = place, Kiev = metonym for the authorities"))
U(d, "\"Nobody should use force against people who are demonstrating peacefully.", "Powell told reporters.",
  ("United States", T, neg, "Ukraine", "two-sentence quote closed by its speaker = one unit; appeal to protect protesters addressed to Kuchma, no judgement word"))
U(d, "President George W. Bush, on a visit to Canada on Wednesday", "as aimed at Moscow.",
  ("United States", T, neu, "", "demand that Ukrainians alone decide any new vote, no actor named (unsure: a veiled warning to outsiders, could be read as condemning Russia); the reading 'in Kiev' is the outlet's, no row"))
U(d, "José Manuel Barroso, whose new European Commission took office", "look again at the result.",
  ("European Union", C, neg, "Ukraine", "Commission president = EU; warning that ties would be affected = threat; Kiev = metonym"))
U(d, "Javier Solana, the EU's foreign policy chief, has twice flown to Kiev to mediate", "Boris Gryzlov.",
  ("European Union", T, neu, "", "mediation by act; list of mediators = one row each"),
  ("Poland", T, neu, "", "Kwasniewski, Polish president, mediating"),
  ("Lithuania", T, neu, "", "Adamkus, Lithuanian president, mediating"),
  ("OSCE", T, neu, "", "OSCE Secretary-General Kubis mediating"),
  ("Russia", T, neu, "", "Duma speaker Gryzlov at the table = Russia (the Duma is a state body)"))
U(d, "At the first session, on 26 November, Kuchma, Yushchenko and Yanukovych pledged", "through a working group.",
  ("Ukraine", T, pos, "", "joint pledge of three parties: one row each; Kuchma = Ukraine"),
  ("Our Ukraine", T, pos, "", "Yushchenko = Our Ukraine"),
  ("Party of Regions", T, pos, "", "Yanukovych as candidate at the table = Party of Regions"))
U(d, "Kwasniewski, who has known Kuchma for a decade, told Polish radio", "close international watch.",
  ("Poland", T, neu, "", "surname only; proposal of a peaceful way out, no judgement"))
U(d, "\"If they start the whole election again from zero", "he said.",
  ("Poland", N, neg, "", "quote continued in the next paragraph by the same speaker; warning without an appeal = neutral, negative"))
U(d, "Wlodzimierz Cimoszewicz, Poland's foreign minister, who also chairs", "keep the protests peaceful.",
  ("Council of Europe", C, neg, "", "Polish FM speaking as chair of the Committee of Ministers in the body's name = Council of Europe (Strasbourg = metonym); judgement + appeal, rule 1; no culprit named -> target empty"))
U(d, "The observer mission led by the OSCE, which also included members", "almost nobody else.",
  ("OSCE", C, neg, "Ukraine", "joint mission led by the OSCE = OSCE; accusation of abuse of the state machinery (the authorities = Ukraine); the other bodies in the mission are listed as members, no rows"))
# No row: "Bruce George, the British MP who led its short-term observers, was blunter still." (lead-in to the quote)
U(d, "\"We told them three weeks ago what had to change.", "he said.",
  ("OSCE", C, neg, "Ukraine", "multi-sentence quote closed by 'he said' = Bruce George for the OSCE mission; 'them' = the authorities"))
U(d, "Yanukovych told a cabinet meeting on 24 November", "working normally.",
  ("Ukraine", N, neu, "", "Yanukovych in his capacity as prime minister = Ukraine (not his party); reassurance about the state of affairs = neutral"))
U(d, "On Independence Square, where tens of thousands have camped", "sold out the voters.",
  ("Our Ukraine", C, neg, "Ukraine", "demand to sack the government + accusation against the election commission (= Ukraine)"))
# No row: the Lviv teacher (unnamed resident) and the unnamed Brussels analyst; "The repeat run-off is now due ..." (narration).
