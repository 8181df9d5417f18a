# ------------------------------------------------------------------ drone attack on the Homs Military College graduation ceremony (round-up of world reactions, 2023-10-06)
d = "page_syria_homs_militarycollege2023_roundup.txt"
# Not statements: site name, menu, section, time stamps, headline, standfirst, byline, [Image] caption with "1 of 4",
# "Here is how governments and organisations responded:", the capitals/body headings, ADVERTISEMENT, Related:, newsletter, tags, copyright.
# "A drone attack on a graduation ceremony ..." = narration; "No group has claimed the attack." = narration;
# "Government and Russian forces shelled towns ... according to rescuers there." = narration from unnamed sources: no rows.
U(d, "Syrian Health Minister Hassan al-Ghabbash said on Friday", "more than 270 others were wounded.",
  ("Syria", N, neu, "", "death toll given without blame = neutral"))
U(d, "The General Command of the Army and Armed Forces blamed armed groups", "wherever they hid.",
  ("Syria", C, neg, "", "blame + threat; the groups are not named -> target empty"))
U(d, "The government declared three days of national mourning starting on Friday.", "starting on Friday.",
  ("Syria", N, neg, "", "a decision about its own mourning, no position on another actor"))
U(d, "Foreign Minister Faisal Mekdad told his Iranian counterpart in a phone call", "published in Tehran.",
  ("Syria", C, neg, "United States", "accusation aimed at Washington (metonym); second-hand attribution through Tehran's account of the call"))
U(d, "Secretary-General Antonio Guterres is deeply concerned by the reports from Homs", "protected at all times.",
  ("United Nations", T, neg, "", "concern + a reminder that civilians must be protected = appeal (calling_for_talks)"))
U(d, "In a statement on Friday, Guterres condemned all violence in Syria", "without a countrywide ceasefire.",
  ("United Nations", C, neg, "", "explicit 'condemned' + ceasefire appeal: rule 1 makes it condemning; aimed at no single side -> target empty (unsure: 'all violence' is close to an appeal)"))
U(d, "Special Envoy Geir Pedersen condemned the attack", "including in the northwest.",
  ("United Nations", C, neg, "", "condemnation + de-escalation appeal (rule 1); the attackers are unnamed -> target empty"))
U(d, "In a statement, foreign ministry spokesman Nasser Kanaani said those who arm", "blood of the victims on their hands.",
  ("Iran", C, neg, "", "holds the groups' backers responsible, none named"))
U(d, "President Ebrahim Raisi, in a message to Bashar al-Assad, said the attack", "doing Israel's work.",
  ("Iran", C, neg, "Israel", "accusation: the sponsors do 'Israel's work'"))
U(d, "Foreign ministry spokeswoman Maria Zakharova said Moscow condemned the attack", "still had to be eliminated.",
  ("Russia", C, neg, "", "condemnation + call to eliminate enclaves (a threatened operation); target empty"))
U(d, "Condemnation of the attack and sympathy for the families of the victims", "spokeswoman Mao Ning.",
  ("China", C, neg, "", "bullet with no verb of saying; condemnation"))
U(d, "Firm condemnation of the terrorist attack, condolences to the Syrian government", "reaching terrorist groups.",
  ("Egypt", C, neg, "", "entry under the EGYPT heading, no verb; condemnation + condolences + appeal: rule 1"))
U(d, "Condolences to Syria's leadership and people and wishes for a swift recovery", "of the injured.",
  ("United Arab Emirates", S, neg, "Syria", "entry under the heading, no verb; condolences = supporting"))
U(d, "The foreign ministry said the kingdom stood by Syria in the face of this attack.", "in the face of this attack.",
  ("Jordan", S, neg, "Syria", "'the foreign ministry', 'the kingdom' resolved by the JORDAN heading; solidarity"))
U(d, "Iraq sent its condolences and offered to receive wounded Syrians", "the government's media office said.",
  ("Iraq", S, pos, "Syria", "condolences + offer of treatment = aid offered"))
U(d, "Rejection of violence in all its forms, and the hope that security and stability return", "to Syria soon.",
  ("Oman", T, pos, "", "entry with no verb; rejection aimed at no one + hope for stability = calling_for_talks"))
U(d, "The foreign ministry called the attack cowardly and said Algeria would stand by Damascus.", "stand by Damascus.",
  ("Algeria", C, neg, "", "'cowardly' judgement + solidarity: the judgement decides (rule 1); attackers unnamed"))
U(d, "Caretaker Prime Minister Najib Mikati called President Assad to offer his condolences.", "offer his condolences.",
  ("Lebanon", S, neg, "Syria", "condolences by call = supporting"))
U(d, "Secretary-General Ahmed Aboul Gheit deplored the killing of civilians and cadets", "meant for their families.",
  ("Arab League", C, neg, "", "'deplored' = judgement of the attack"))
U(d, "The Lebanese group said in a statement carried by Al-Manar that the attack", "keep Syria from recovering.",
  ("Hezbollah", C, neg, "United States", "'The Lebanese group' under the HEZBOLLAH heading; accusation of an American campaign"))
U(d, "The Syrian National Coalition said the opposition factions had nothing to do with the attack.", "nothing to do with the attack.",
  ("Syrian National Coalition", N, neg, "", "denial = neutral, negative"))
U(d, "It accused the government of using the massacre as a pretext to bomb civilians in Idlib.", "to bomb civilians in Idlib.",
  ("Syrian National Coalition", C, neg, "Syria", "'It' = the Coalition; accusation of bombing civilians"))
U(d, "The Syrian Observatory for Human Rights, a Britain-based war monitor, gave a higher death toll", "by Friday evening.",
  ("Syrian Observatory for Human Rights", N, neu, "", "a figure given, no blame"))
U(d, "Nadim Haddad, a Syria analyst at the Beirut-based Orient Policy Institute", "made public.",
  ("Nadim Haddad", N, neu, "", "invented analyst; assessment with a caution, no position"))
U(d, "\"The danger now is that Damascus and Moscow answer this", "Haddad said.",
  ("Nadim Haddad", T, neg, "", "appeal to revive the ceasefire arrangements; the warning is a scenario, not a judgement"))
U(d, "Samer Khaddour, whose cousin graduated on Thursday, said families", "when the first explosion hit.",
  ("Samer Khaddour", N, neg, "", "invented witness; what he saw"))
