# ------------------------------------------------------------------ Israeli fire kills Reuters videographer Issam Abdallah near Alma al-Shaab (Lebanese live blog, 2023-10-13/14)
d = "page_lebanon_almashaab_journalists2023_liveblog.txt"
# Not statements: masthead, menu, title, update stamp, byline, key points, auto-refresh line, entry time stamps and entry
# headings (headlines), "Load earlier posts", share line, Related, newsletter prompt, copyright.
U(d, "The Lebanese army command said in a statement shortly after midnight", "wounding others.",
  ("Lebanon", C, neg, "Israel", "army speaks for its state; accusation made by describing a deadly strike on civilians (guide rule 4)"))
U(d, "The army said Israeli forces had also shelled the outskirts of several other villages", "during the evening.",
  ("Lebanon", N, neg, "", "report of shelling, no victims or judgement = neutral, negative (unsure: could be condemning)"))
U(d, "The Committee to Protect Journalists said it was deeply saddened and called on Israel", "investigation into the strike.",
  ("Committee to Protect Journalists", T, neg, "Israel", "grief + demand for an inquiry, no judgement = calling_for_talks (README: inquiry demands)"))
U(d, "Reporters Without Borders went further, saying the evidence gathered so far pointed", "held to account.",
  ("Reporters Without Borders", C, neg, "Israel", "'went further' + charge of a deliberate shot and accountability = condemning; the shooter is Israel by context"))
U(d, "The International Federation of Journalists said it would bring the case", "mark the killing on Saturday.",
  ("International Federation of Journalists", N, neg, "", "plan and procedure, no judgement"))
U(d, "Rami Haidar, a freelance photographer who was filming about 200 metres away, told the Cedar Post", "vests marked PRESS.",
  ("Rami Haidar", N, neg, "", "invented witness introduced by role; account"))
U(d, "\"There was no fighting where we were.", "Haidar said.",
  ("Rami Haidar", N, neg, "", "multi-sentence quote; account of two rounds, no stated judgement (unsure: the account implies deliberate fire)"))
U(d, "He said the journalists had chosen the spot because it was known as a place", "any military position.",
  ("Rami Haidar", N, neu, "", "account"))
U(d, "The UN peacekeeping force in southern Lebanon, UNIFIL, said it was following the situation", "with great concern.",
  ("United Nations", N, neg, "", "UNIFIL = UN (name files); concern without an appeal = neutral"))
U(d, "In a separate message, UNIFIL spokesman Andrea Tenenti said the mission was in contact", "avoid a wider conflict.",
  ("United Nations", T, neg, "", "appeal to both sides to stop firing and use liaison channels"))
U(d, "\"Every death on either side of the line makes it harder", "Tenenti said.",
  ("United Nations", N, neg, "", "surname only; concern, no appeal in this unit"))
U(d, "An Israeli military spokesman, Lieutenant Colonel Richard Hecht, told foreign reporters", "checking what had happened.",
  ("Israel", N, neu, "", "army spokesman = Israel; awareness + checking = neutral"))
U(d, "The army regretted the loss of life, Hecht said, but he stopped short", "had caused it.",
  ("Israel", N, neg, "", "regret + refusal to accept responsibility = neutral (denial-like, README: 'stopped short of' is neutral)"))
U(d, "He said Israeli forces had been responding throughout the day", "an active combat zone.",
  ("Israel", N, neg, "", "own account of operations; 'responding to' fire is a justification, no judgement word"))
U(d, "Earlier, the military said its artillery and aircraft had struck Hezbollah observation posts", "the security fence.",
  ("Israel", N, neu, "", "own strike reported as done, no judgement = neutral (guide)"))
U(d, "In a statement carried by its Al-Manar television, Hezbollah said the killing", "without a reply.",
  ("Hezbollah", C, neg, "Israel", "'crime' + threat of a reply; 'the enemy' = Israel"))
U(d, "The group said its fighters had targeted several Israeli positions", "during the afternoon.",
  ("Hezbollah", N, neu, "", "'the group' = Hezbollah; own attack reported as done = neutral"))
U(d, "Foreign Minister Abdallah Bou Habib instructed Lebanon's mission to the United Nations", "the ministry said.",
  ("Lebanon", C, neg, "Israel", "complaint to the UNSC = formal accusation; attribution tail"))
U(d, "According to the ministry, the complaint blames Israel", "the wider region at risk.",
  ("Lebanon", C, neg, "Israel", "'according to the ministry'; blame + warning to the Council"))
U(d, "Caretaker Prime Minister Najib Mikati condemned the strike in the strongest terms", "from the world.",
  ("Lebanon", C, neg, "Israel", "condemnation + charge of hiding the truth; the strike is Israel's"))
U(d, "Mikati said he had asked the foreign ministry to contact the ambassadors", "the Security Council.",
  ("Lebanon", N, neu, "", "surname only; diplomatic procedure, no judgement"))
U(d, "The caretaker Information Minister, Ziad Makary, said on X", "every forum open to it.",
  ("Lebanon", N, neg, "", "minister = Lebanon; plan to pursue the case, no named target or judgement (unsure: could be condemning as a threatened legal response)"))
U(d, "France expressed its sorrow at the death of the journalist", "fully established.",
  ("France", T, neg, "", "sorrow + solidarity with the wounded (not an actor) + expectation of a full account = appeal for an inquiry, no judgement (rule 2 before rule 3)"))
U(d, "A State Department spokesperson said the United States had seen the reports", "establish what happened.",
  ("United States", N, neu, "", "unnamed spokesperson of a named government; condolences and deference to Israel's inquiry, no appeal"))
# "Al Jazeera said two of its staff ... and accused Israeli forces of targeting the crews." = a media company (not an actor in the name files), no row.
U(d, "The Lebanese Red Cross said its teams had evacuated six wounded people", "in serious condition.",
  ("Lebanese Red Cross", S, neu, "", "aid provided (evacuation of the wounded) = backing by act; figures in the same sentence; no actor target"))
# "Reuters said in a statement that its videographer ..." = a news agency (not an actor in the name files), no row.
U(d, "Dr. Nadine Khoury, a researcher at the Beirut Institute for Conflict Studies, said", "still held.",
  ("Nadine Khoury", N, neu, "", "invented researcher; reading of the stakes"))
U(d, "\"Both sides have so far kept their fire to military targets", "Khoury said.",
  ("Nadine Khoury", N, neg, "", "scenario, no judgement"))
U(d, "She said the UN Security Council should press both Israel and Hezbollah", "a second front.",
  ("Nadine Khoury", T, neu, "", "appeal for pressure to respect 1701 on both sides = calling_for_talks"))
# "Our correspondent in Tyre reports heavy Israeli shelling ..." = the outlet's own reporting, no row.
