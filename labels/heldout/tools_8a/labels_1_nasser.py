# ------------------------------------------------------------------ Israeli double strike on Nasser hospital, Khan Younis, five journalists killed (full HTML live blog, 2025-08-25/26)
d = "page_nasser_hospital_liveblog.html"
U(d, "The Israeli military said on Tuesday that an initial inquiry", "watch their movements.",
  ("Israel", N, neu, "", "own inquiry's finding about its own fire, no judgement in this sentence"))
U(d, "It said six of those killed were militants", "throughout the war.",
  ("Israel", C, neg, "Hamas", "'It' = the military; figures + accusation that Hamas exploited the hospital = condemning"))
U(d, "Chief of Staff Eyal Zamir regretted any harm", "the statement added.",
  ("Israel", N, neg, "", "regret + internal review of own strike = own procedure, no judgement of another actor"))
U(d, "Basem Naim, a member of Hamas's political bureau", "off the hook.",
  ("Hamas", C, neg, "Israel", "not a bare denial: calls the army's account an invention to escape responsibility (counter-accusation)"))
U(d, "“A camera is not a reason", "he said.",
  ("Hamas", C, neg, "Israel", "'he' = Naim; judgement of the double strike; Israel by context of the previous sentence (its account)"))
U(d, "The Committee to Protect Journalists said Israel had now killed", "in any conflict.",
  ("Committee to Protect Journalists", C, neg, "Israel", "figures framed as Israel's killing of media workers = accusation"))
U(d, "Sara Qudah, the group's regional director, put it bluntly:", "were hit.",
  ("Committee to Protect Journalists", C, neg, "", "'the group' = CPJ; quote opened after a colon and left open at the paragraph's end; accusation that reporters and rescuers were hit knowingly; no actor named in the unit -> target empty"))
U(d, "“Every government that keeps arming this war", "Qudah said.",
  ("Committee to Protect Journalists", C, neg, "", "quotation continued over the paragraph break, closed by its speaker; judgement aimed at unnamed governments -> target empty"))
U(d, "Thibaut Bruttin, director-general of Reporters Without Borders (RSF)", "more than words.",
  ("Reporters Without Borders", C, neg, "Israel", "RSF here = Reporters Without Borders, not the Rapid Support Forces; accusation against Israeli officials + appeal (rule 1)"))
U(d, "The Foreign Press Association in Jerusalem called the strike", "once and for all.",
  ("Foreign Press Association", C, neg, "Israel", "journalists' association under its own name; judgement + demand addressed to Israel (rule 1); Jerusalem = place"))
U(d, "The Palestinian Journalists Syndicate said Israel was hunting", "left in the strip.",
  ("Palestinian Journalists Syndicate", C, neg, "Israel", "union under its own name; accusation"))
U(d, "Asked about the hospital in the Oval Office, President Donald Trump said", "what he was hearing.",
  ("United States", N, neg, "", "displeasure without a judgement on an actor and without an appeal = neutral, negative (guide: alarm without judgement)"))
U(d, "He added that the war as a whole needed to be wound up soon.", "He added that the war as a whole needed to be wound up soon.",
  ("United States", T, neu, "", "'He' = Trump; wish that the war ends = calling_for_talks"))
U(d, "British Foreign Secretary David Lammy said on social media", "kept safe.",
  ("United Kingdom", T, neg, "", "appalled (alarm, no judgement word on an actor) + appeal for the fighting to stop and for protection = calling_for_talks; London = metonym"))
U(d, "French President Emmanuel Macron called the Israeli strikes", "cover the war.",
  ("France", C, neg, "Israel", "'intolerable' = judgement on Israel's strikes"))
U(d, "The German foreign ministry said it was shocked by the deaths", "allowed into Gaza.",
  ("Germany", T, neg, "", "shock + demand for an investigation and media access, no judgement word = calling_for_talks (README: demands for an investigation); Israel not named -> target empty; Berlin = metonym"))
U(d, "UN Secretary-General Antonio Guterres strongly condemned the killing", "in New York.",
  ("United Nations", C, neg, "Israel", "condemnation of killings in the Israeli strikes; attribution tail via the spokesman"))
U(d, "Dujarric said the Secretary-General wanted a swift and impartial investigation", "without being harmed.",
  ("United Nations", T, neg, "", "investigation + ceasefire + protection of reporters, no judgement in this sentence"))
U(d, "In Geneva, Ravina Shamdasani, spokeswoman for the UN human rights office", "rather than silence.",
  ("United Nations", C, neg, "", "OHCHR = United Nations; 'grave breach of the laws of war' = judgement; no perpetrator named -> target empty; Geneva = place"))
U(d, "Philippe Lazzarini, who heads the UN agency for Palestinian refugees, UNRWA", "hunger in Gaza.",
  ("UNRWA", C, neg, "Israel", "UNRWA kept as its own actor (name files); accusation"))
U(d, "Egypt, Jordan, and Qatar issued separate statements", "international humanitarian law.",
  ("Egypt", C, neg, "Israel", "list with Oxford comma: one row each; Cairo = metonym for Egypt's own wording"),
  ("Jordan", C, neg, "Israel", "same list"),
  ("Qatar", C, neg, "Israel", "same list"))
U(d, "Prime Minister Benjamin Netanyahu's office called the deaths a tragic accident", "what went wrong.",
  ("Israel", N, neg, "", "possessive before the speaker (the office speaks for Israel); regret + own investigation, no judgement of another actor"))
U(d, "The statement said Israel respected the work of reporters", "not with civilians.",
  ("Israel", N, neu, "", "reassurance about its own conduct; naming Hamas as the enemy is framing, not a new judgement (unsure)"))
U(d, "The Israeli military confirmed, some three hours after the first reports", "an initial inquiry.",
  ("Israel", N, neu, "", "own strike confirmed + inquiry ordered, no judgement"))
U(d, "The army said it does not deliberately target journalists", "involved in the fighting.",
  ("Israel", N, neg, "", "'The army' = Israel; denial = neutral, negative"))
U(d, "At least 20 people, five journalists among them, were killed", "health ministry.",
  ("Hamas", N, neu, "", "toll from the Hamas-run health ministry (name files: Hamas); figures = neutral"))
U(d, "The ministry said the second strike landed", "where the first had hit.",
  ("Hamas", N, neu, "", "'The ministry' by context; sequence of events, no judgement"))
U(d, "Hamas accused Israel of a deliberate massacre", "shared the blame.",
  ("Hamas", C, neg, "", "accusation of two actors (Israel, and Washington as a metonym for the US) -> target empty"))
# no rows: Reuters, the Associated Press and Al Jazeera mourning their staff (news organisations, '-' in the name files); the key points, captions and reader comments
