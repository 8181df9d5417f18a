# ------------------------------------------------------------------ Abzas Media smuggling case (Azerbaijani state news agency, .txt, 2024-01-12)
d = "page_azerbaijan_abzasmedia_smuggling2024_stateagency.txt"
# Not statements: masthead, language bar, sections, breadcrumb, headline, dateline line, photo credit, ADVERTISEMENT, crossheads, tags, read also, copyright.
# "President of the Republic of Azerbaijan Ilham Aliyev, in an interview ... addressed the statements ..." = lead-in, no position, no row.
U(d, "The head of state stressed that the case had been opened on the basis of evidence", "by the court alone.",
  ("Azerbaijan", N, neu, "", "'the head of state' = Aliyev; procedure and the legal basis of the case, no judgement"))
U(d, "\"Some capitals want to present people who carried bags", "heroes of free speech.",
  ("Azerbaijan", C, neg, "", "quote paragraph without a verb of saying (speaker given in the next paragraph); mockery of 'some capitals' = judgement; several unnamed states -> target empty"))
U(d, "Let them explain where this money came from", "the President said.",
  ("Azerbaijan", C, neg, "", "quote continued across the paragraph break; insinuation of hidden foreign funding = accusation"))
U(d, "\"Azerbaijan is an independent state.", "independent state.",
  ("Azerbaijan", N, neu, "", "bare assertion of sovereignty, no judgement or appeal"))
U(d, "Our judicial system will not be led by tweets from ambassadors", "the head of state noted.",
  ("Azerbaijan", C, neg, "", "rejects foreign diplomats' comments as pressure on the courts = judgement; several actors -> target empty"))
U(d, "President Ilham Aliyev said Azerbaijan remained open to honest dialogue", "continue to develop.",
  ("Azerbaijan", T, pos, "", "offer of dialogue = calling_for_talks"))
U(d, "The head of state also recalled that Azerbaijan had restored its sovereignty", "reconcile themselves to this.",
  ("Azerbaijan", C, neg, "", "'certain circles abroad' cannot accept it = judgement of unnamed foreign actors"))
U(d, "\"The campaign we see today did not begin with these journalists", "the President said.",
  ("Azerbaijan", C, neg, "", "a 'campaign' against the country = accusation"))
# "Earlier, the Head of the Press Service Department ... commented on the remarks ..." = lead-in, no row.
U(d, "\"Such public comments on a criminal case that is still under investigation", "Aykhan Hajizada said.",
  ("Azerbaijan", C, neg, "European Union", "interference charge against the EU Delegation's head"))
U(d, "The spokesperson said the allegations regarding ill-treatment", "to medical care.",
  ("Azerbaijan", N, neg, "", "'the spokesperson' = Hajizada; denial = neutral, negative"))
U(d, "Hajizada added that the Ministry expected the EU Delegation to respect the principles", "Diplomatic Relations.",
  ("Azerbaijan", C, neg, "European Union", "reminding a mission of the Vienna Convention = rebuke for overstepping (unsure: could be an appeal only)"))
U(d, "It will be recalled that the EU Delegation had posted on social media", "the jailed employees.",
  ("European Union", N, neg, "", "reported clause: dismay with no appeal = concern without appeal -> neutral"))
U(d, "The Ministry of Internal Affairs of the Republic of Azerbaijan has previously stated", "breach of customs rules.",
  ("Azerbaijan", N, neu, "", "facts of the investigation"))
U(d, "Minister of Internal Affairs, Colonel General Vilayat Eyvazov, in a letter", "gathered by the investigators.",
  ("Azerbaijan", N, neg, "", "denial that the case concerns journalism = neutral, negative"))
# "Minister of Foreign Affairs ... Jeyhun Bayramov held a telephone conversation with ... Ian Borg." = narration of a call, no row.
# "The two sides exchanged views on the priorities ..." = narration of the call's agenda, no row.
U(d, "The Azerbaijani side provided detailed information on the legal proceedings", "were being observed.",
  ("Azerbaijan", N, neu, "", "'the Azerbaijani side' = Bayramov; information and reassurance about procedure"))
U(d, "The Maltese side noted the importance of keeping channels of dialogue open", "in a constructive spirit.",
  ("OSCE", T, pos, "Azerbaijan", "'the Maltese side' = Borg speaking as OSCE Chairperson-in-Office -> the OSCE; dialogue + hope"))
U(d, "The United States Department of State spokesperson Matthew Miller had earlier urged", "pressure on independent media.",
  ("United States", C, neg, "Azerbaijan", "call for release joined to a judgement ('broader pressure') = rule 1"))
U(d, "Minister of Foreign Affairs and Trade of Hungary Péter Szijjártó", "in the face of pressure.",
  ("Hungary", S, pos, "Azerbaijan", "praise + standing by Baku = supporting"))
U(d, "The New York-based Committee to Protect Journalists and the Paris-based organisation", "described the case as fabricated.",
  ("Committee to Protect Journalists", C, neg, "Azerbaijan", "list of two bodies: 'fabricated' case = accusation"),
  ("Reporters Without Borders", C, neg, "Azerbaijan", "same sentence, second body"))
U(d, "Chairman of the Committee on Human Rights of the Milli Majlis Zahid Oruj said", "lecture the country today.",
  ("Azerbaijan", C, neg, "", "parliament committee chair = his state; 'no moral ground' = judgement of unnamed organisations"))
U(d, "\"Their selective concern is not about journalists", "Zahid Oruj said.",
  ("Azerbaijan", C, neg, "", "'selective concern ... about politics' = judgement"))
U(d, "Political analyst Rauf Guliyev, speaking to AZERINFORM, said", "a tool for influence.",
  ("Rauf Guliyev", C, neg, "", "invented analyst; charges Western institutions with using civil society; two capitals -> target empty"))
U(d, "\"When funding comes from abroad through hidden channels", "Guliyev said.",
  ("Rauf Guliyev", S, neu, "Azerbaijan", "backs the state's right to act = approval of Azerbaijan's action"))
U(d, "Lawyer Samira Akhundova, a specialist in customs law, told AZERINFORM", "had been broken.",
  ("Samira Akhundova", N, neu, "", "invented lawyer; the rule and the court's task = facts"))
U(d, "\"The question before the judge is a technical one", "she noted.",
  ("Samira Akhundova", N, neu, "", "procedural view, no judgement or appeal to an actor"))
# "The investigation into the case is continuing ..." = narration, no row.
