# ------------------------------------------------------------------ Bashir's departure from the AU summit via Waterkloof (South African live blog, full HTML, 2015-06-15)
d = "page_bashir_waterkloof2015_liveblog.html"
# Not statements: masthead, nav, breadcrumb, headline, standfirst, byline, captions with credits and "(2 of 4)",
# live status, time stamps, ADVERTISEMENT, share bar, tags, readers' comments, most read, footer.
# "That is where we will leave our live coverage ..." and "Bashir's plane has landed in Khartoum ..." = blog furniture and narration, no row.
U(d, "Sudan's state minister for information, Yasser Youssef, told the crowd", "come home the same way.",
  ("Sudan", N, pos, "", "defiant framing of the trip, no judgement of another actor and no appeal = neutral, positive tone"))
# "The ANC has weighed in, and it is not on the side of the court in The Hague." = summary line before the statement, no row.
U(d, "In a statement signed by secretary-general Gwede Mantashe", "belonged to the Rome Statute.",
  ("ANC", C, neg, "International Criminal Court", "governing party (not the state); 'lost its way', selective prosecution + threat to leave = condemning"))
U(d, "Minister in the Presidency Jeff Radebe told a briefing", "get round the order.",
  ("South Africa", N, neg, "", "minister speaks for the state; reassurance about own conduct + denial of helping = neutral, negative"))
U(d, "Radebe: \"Nobody in this government instructed anyone to defy a judge.\"", "defy a judge.\"",
  ("South Africa", N, neg, "", "label + quotation, no verb of saying; denial"))
U(d, "DA leader Mmusi Maimane:", "a party to his escape.\"",
  ("Democratic Alliance", C, neg, "South Africa", "label + multi-sentence quotation after a colon; judgement on the government"))
# "Washington has responded." = summary line, no row.
U(d, "State Department spokesman Jeff Rathke said the United States was disappointed", "without answering them.",
  ("United States", C, neg, "South Africa", "'disappointed' that SA let him go = judgement without a stock word"))
U(d, "He said Washington backed the ICC's efforts", "host the Sudanese leader.",
  ("United States", S, pos, "International Criminal Court", "'He' = Rathke carried over a paragraph break; backing the court"))
U(d, "From New York, UN spokesman Stephane Dujarric told reporters", "had been lost.",
  ("United Nations", C, neg, "", "spokesman for the secretary-general; 'regretted' = judgement; the failing state is implied, not named -> target empty"))
U(d, "\"The secretary-general has been consistent:", "Dujarric said.",
  ("United Nations", S, neu, "International Criminal Court", "backing the authority of the court's decisions (unsure: could be neutral)"))
U(d, "Human Rights Watch: \"The victims in Darfur", "meant nothing.\"",
  ("Human Rights Watch", C, neg, "South Africa", "label + quotation; judgement"))
U(d, "The government has now confirmed in court that Bashir is gone.", "that Bashir is gone.",
  ("South Africa", N, neu, "", "fact confirmed by the government"))
U(d, "Counsel for the state, William Mokhari, told the bench", "before the court.",
  ("South Africa", N, neu, "", "government counsel = state; procedure, an inquiry into its own officials"))
U(d, "Judge President Mlambo gave the government seven days", "had left.",
  ("South Africa", N, neu, "", "a court is a state organ; procedural order"))
U(d, "BREAKING: The full bench of the North Gauteng High Court", "surrender to the ICC.",
  ("South Africa", C, neg, "", "court ruling: judgement on its own government + arrest order against Sudan's president; two aims -> target empty (unsure: a court ruling against its own state)"))
# "The Southern Africa Litigation Centre ... is furious." = the outlet's summary line, no row.
U(d, "Its executive director, Kaajal Ramjathan-Keogh, said the state had treated", "take or leave.",
  ("Southern Africa Litigation Centre", C, neg, "South Africa", "'Its' = the centre's; judgement without a stock word"))
U(d, "She said the centre would ask the court to consider contempt proceedings", "officials responsible.",
  ("Southern Africa Litigation Centre", C, neg, "South Africa", "threatened legal response = condemning"))
# "Khartoum is confirming what the cameras saw." = summary line, no row.
U(d, "Youssef, the information minister, told Sudanese television", "around 18:30.",
  ("Sudan", N, neu, "", "surname first, then role; travel facts"))
U(d, "Inside court, government counsel Mokhari told the judges", "arguments continue.",
  ("South Africa", N, neu, "", "procedural request, no word on the departure"))
# "Photographers at Waterkloof ... filmed ... taking off at 11:46." = narration, no row.
# "The Department of International Relations and Cooperation has been asked ..." = narration, no row.
U(d, "Its spokesman, Clayson Monyela, said every head of state", "before the court.",
  ("South Africa", N, neu, "", "DIRCO spokesman; immunities under the host agreement + no comment = procedural, neutral"))
U(d, "At the Sandton convention centre, an African Union spokesperson said", "found its defendants in Africa.",
  ("African Union", C, neg, "International Criminal Court", "unnamed official of a named body; refusal to hand over heads of state, in protest at a court seen as biased = condemning"))
U(d, "The AU Commission chairperson, Nkosazana Dlamini-Zuma, had welcomed Bashir", "re-election in April.",
  ("African Union", S, pos, "Sudan", "welcome and congratulations by act = supporting"))
U(d, "Recap from The Hague: the president of the ICC's Assembly of States Parties", "the court's judges.",
  ("Assembly of States Parties", C, neg, "South Africa", "reminder of the duty to arrest + warning of referral to the judges = threatened response (unsure: could be neutral procedure)"))
# "We asked two people how today should be read." = blog link, no row.
U(d, "Lindiwe Maseko, who teaches international law", "South Africa's own statute book.",
  ("Lindiwe Maseko", C, neg, "South Africa", "invented scholar introduced by role; 'could not hide behind' = judgement"))
U(d, "\"A host agreement cannot trump an Act of Parliament.", "Maseko said.",
  ("Lindiwe Maseko", N, neg, "", "surname only; legal assessment and risk, no judgement on an actor"))
U(d, "Adil Osman, who fled El Fasher in 2004", "on Sunday night.",
  ("Adil Osman", N, neu, "", "named witness (invented) = independent person; what he did, told by him"))
U(d, "\"He came here as a guest.", "he said.",
  ("Adil Osman", C, neg, "Sudan", "same paragraph, pronoun; accusation of burning villages + wish to see him tried"))
# "Good morning. The High Court in Pretoria sits at 11:30 ..." and "An interim order issued on Sunday bars him ..." = background, no row.
U(d, "Brussels: an EU spokesperson said the bloc hoped", "drift further apart.",
  ("European Union", T, pos, "", "live-blog entry opening with the capital; unnamed official of a named body; hope that AU and ICC talk = calling_for_talks; two parties -> target empty"))
