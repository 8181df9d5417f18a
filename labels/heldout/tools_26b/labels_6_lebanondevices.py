# ------------------------------------------------------------------ Pager and radio explosions in Lebanon, Security Council meeting (UN meetings-coverage press release, 2024-09-20)
d = "page_lebanon_devices_unscpress.txt"
# No rows: UN banner, languages, menu, breadcrumb, document number, date, meeting number, headline, subheadline,
# "Briefings"/"Statements" headings, "* *** *", "For information media. Not an official record.", related documents,
# share line, footer. The opening summary paragraph and the rule 37 paragraph are the press release's narration.
U(d, "ROSEMARY DICARLO, Under-Secretary-General for Political and Peacebuilding Affairs, reminded the Council", "resolution 1701 (2006).",
  ("United Nations", C, neg, "", "USG = United Nations; fire across the Blue Line 'ran counter to' 1701 = a breach charged to both sides -> target empty"))
U(d, "More than 100,000 people have fled their homes in southern Lebanon", "she said.",
  ("United Nations", N, neu, "", "displacement figures with the attribution tail 'she said'"))
U(d, "Turning to the events of 17 and 18 September, she said the devices had blown up", "some 3,000 injured.",
  ("United Nations", N, neu, "", "account of the explosions, no perpetrator named"),
  ("Lebanon", N, neu, "", "the Ministry of Public Health's toll reported by the USG = Lebanon's statement (a position of X reported by Y); figures = neutral"))
U(d, "She called on every party to hold back and to honour its duty to shield civilians", "without delay.",
  ("United Nations", T, neg, "", "appeal for restraint and protection of civilians to all parties and to States with influence"))
U(d, "VOLKER TÜRK, United Nations High Commissioner for Human Rights, said that setting off thousands", "international humanitarian law.",
  ("United Nations", C, neg, "", "OHCHR = United Nations; the act called a breach of law; perpetrator not named -> target empty"))
U(d, "He called for an independent and thorough inquiry", "answer for them.",
  ("United Nations", C, neg, "", "pronoun subject; inquiry + accountability for those who 'ordered and carried out the attacks' (rule 1; unsure: an investigation demand alone would be calling_for_talks)"))
U(d, "ABDALLAH BOU HABIB, Minister for Foreign Affairs and Emigrants of Lebanon, said Israel", "among civilians.",
  ("Lebanon", C, neg, "Israel", "accusation by describing attacks on civilians"))
U(d, "Holding up a photograph of a wounded hand, he warned", "ordinary technology into bombs.",
  ("Lebanon", C, neg, "", "warning + demand that the Council condemn and name the State behind the attacks (asking for a condemnation is itself a judgement); no State named in the sentence -> target empty"))
U(d, "Lebanon did not want war, he said, and remained committed", "along its southern border.",
  ("Lebanon", T, pos, "", "attribution inside the sentence; commitment to 1701 and a diplomatic solution"))
U(d, "The representative of Algeria said the explosions were a flagrant violation", "no law applied to it.",
  ("Algeria", C, neg, "Israel", "judgement; Algeria requested the meeting (narration above, no row)"))
U(d, "The representative of the United States said her country had not been involved", "advance knowledge of them.",
  ("United States", N, neg, "", "denial of involvement = neutral, negative"))
U(d, "She said Hizbullah had broken nearly two decades of relative quiet", "almost every day since.",
  ("United States", C, neg, "Hezbollah", "Hizbullah = Hezbollah; accusation; 'to back Hamas' is the US's characterisation, not a Hezbollah or Hamas statement"))
U(d, "Noting that Hizbullah's leader, Hassan Nasrallah, had promised on Thursday", "to the Lebanese people.",
  ("Hezbollah", C, neg, "Israel", "Nasrallah's vow of retaliation reported inside the US speaker's sentence = Hezbollah's threat"),
  ("United States", T, neg, "Hezbollah", "warning against further retaliation = implicit appeal not to escalate, no judgement word (unsure: could be neutral)"))
U(d, "A broader war could still be avoided, she continued", "drag the region into it.",
  ("United States", T, neg, "", "attribution in mid-sentence ('she continued'); appeal to all parties"))
U(d, "The representative of the Russian Federation said the synchronized explosions", "responsibility for its conduct.",
  ("Russia", C, neg, "Israel", "accusation of Israel + blame on its unnamed suppliers in the same sentence (one row)"))
U(d, "The representative of China said his country condemned the detonations", "international humanitarian law.",
  ("China", C, neg, "", "condemnation; no perpetrator named -> target empty"))
U(d, "He called on the Council to act swiftly to prevent the conflict from spreading.", "from spreading.",
  ("China", T, neg, "", "pronoun subject; appeal to the Council to prevent escalation"))
U(d, "The representative of France said the explosions, which had struck indiscriminately", "resolution 1701 (2006).",
  ("France", C, neg, "", "'unacceptable' + appeal: rule 1; no perpetrator named"))
U(d, "The representative of the United Kingdom said her country was deeply concerned", "return home.",
  ("United Kingdom", T, neg, "", "concern + appeal to all sides"))
U(d, "The representative of Sierra Leone, also speaking on behalf of Guyana and Mozambique", "pull back from the brink.",
  ("Sierra Leone", T, neg, "", "joint statement: one row per state named"),
  ("Guyana", T, neg, "", "same"),
  ("Mozambique", T, neg, "", "same"))
U(d, "Similar appeals for restraint came from Malta and Ecuador.", "Malta and Ecuador.",
  ("Malta", T, neu, "", "positions reported in one short sentence, the only content for these states: one row each"),
  ("Ecuador", T, neu, "", "same"))
U(d, "DANNY DANON (Israel) said the meeting should have been about Hizbullah", "from their homes.",
  ("Israel", C, neg, "Hezbollah", "accusation"))
# no row: "He did not address the question of Israel's role in the explosions." (the release notes an omission)
U(d, "Turning to the Lebanese minister, he told him that his Government", "reined in Hizbullah.",
  ("Israel", C, neg, "Lebanon", "blame addressed to Lebanon's Government; Beirut = metonym inside the sentence"))
U(d, "Israel preferred the diplomatic path, he added", "home safely.",
  ("Israel", C, neg, "", "stated preference for diplomacy + 'whatever was necessary' = conditional threat; no one named -> target empty (unsure: could be calling_for_talks)"))
U(d, "AMIR SAEID IRAVANI (Iran) said the attacks", "international law.",
  ("Iran", C, neg, "Israel", "'the Israeli regime' = Israel; the wounded ambassador is background"))
U(d, "KOUSSAY ALDAHHAK (Syria) said Israel had turned ordinary objects", "hold it accountable.",
  ("Syria", C, neg, "Israel", "accusation + accountability demand"))
# no row: meeting times.
