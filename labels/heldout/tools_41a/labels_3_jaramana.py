# ------------------------------------------------------------------ Killing of Samir Kuntar (al-Qantar) in Jaramana (Syrian state media, 2015-12-21)
d = "page_jaramana_kuntar2015_statemedia.txt"
# Not statements: agency header, menu, section, headline, time stamp, photo caption, crossheads, editors' initials,
# share line, related news, copyright.
U(d, "The Foreign and Expatriates Ministry sent two identical letters", "late on Saturday.",
  ("Syria", C, neg, "Israel", "letters of complaint to the UN about 'the Israeli aggression' = protest by act (dateline excluded)"))
U(d, "The ministry said in the letters that the raid was a blatant breach", "armed terrorist groups.",
  ("Syria", C, neg, "Israel", "breach of sovereignty + coordination with terrorists = accusation"))
U(d, "\"The Syrian Arab Republic calls on the Security Council to shoulder", "the letters said.",
  ("Syria", C, neg, "Israel", "call for deterrent measures against Israel + 'total impunity' = condemning (call for measures)"))
U(d, "The ministry added that Syria reserves its full right to respond", "under the UN Charter.",
  ("Syria", C, neg, "Israel", "reserved right of response = veiled threat"))
U(d, "A source at Damascus Countryside Police Command told SANA", "nearby homes and cars.",
  ("Syria", N, neu, "", "unnamed official of a named state body: toll and damage"))
# "The martyrs include the Lebanese freedom fighter ..." = narration in the agency's voice, no row.
U(d, "Information Minister Omran al-Zoubi said that the investigation was continuing", "Damascus Countryside.",
  ("Syria", C, neg, "Israel", "'fingerprints of the Zionist enemy' = blame"))
U(d, "\"Whoever carried out this cowardly act is a partner", "al-Zoubi said.",
  ("Syria", C, neg, "", "judgement on an unnamed perpetrator ('whoever'); target empty"))
U(d, "Deputy Foreign Minister Faisal al-Mekdad said in a statement to SANA", "by killing their leaders.",
  ("Syria", C, neg, "Israel", "imputes the killing to Israel and defies it = judgement"))
U(d, "Foreign and Expatriates Minister Walid al-Moallem sent a cable", "resistance in Lebanon.",
  ("Syria", S, pos, "Hezbollah", "condolences + solidarity with Hezbollah"))
U(d, "People's Assembly Speaker Mohammad Jihad al-Laham condemned the raid", "against the Syrian people.",
  ("Syria", C, neg, "Israel", "parliament speaker = state; condemnation + campaign exposing Israel"))
U(d, "Hezbollah said in a statement on Sunday that al-Qantar had fallen", "with anger.\"",
  ("Hezbollah", N, neg, "", "attributes the strike to Israel as a fact, grief and anger, no explicit judgement (unsure: could be condemning)"))
U(d, "Hezbollah's Secretary General, Sayyed Hassan Nasrallah, said in a televised speech", "the response would come.",
  ("Hezbollah", C, neg, "Israel", "vow of retaliation = threat"))
U(d, "\"Samir al-Qantar was one of us, and we will not let", "Nasrallah said.",
  ("Hezbollah", C, neg, "", "threat against 'those who killed him' (not named in the quote); target empty"))
U(d, "He added that the party had no doubt that Israel was behind the raid", "silence of its government.",
  ("Hezbollah", C, neg, "Israel", "'He' = Nasrallah; blame"))
U(d, "In Tehran, Iranian Foreign Ministry spokesman Hossein Jaber Ansari condemned", "laws and norms.",
  ("Iran", C, neg, "Israel", "condemnation; 'Zionist entity' = Israel"))
U(d, "Jaber Ansari offered condolences to the Syrian people", "terrorism and occupation.",
  ("Iran", S, pos, "", "condolences + solidarity with Syria, Hezbollah and the 'axis'; several addressees -> target empty"))
U(d, "Members of Iran's Islamic Consultative Assembly issued a statement", "Israel's aggressions.",
  ("Iran", C, neg, "Israel", "the parliament's members as a body = state; condemnation + call to confront Israel"))
U(d, "Lebanese Parliament Speaker Nabih Berri said that the assassination", "martyr's sacrifices.",
  ("Lebanon", C, neg, "Israel", "parliament speaker = state (Lebanon); 'Israeli aggression' = judgement"))
U(d, "Prime Minister Tammam Salam, on the other hand, called for calm", "resolution 1701.",
  ("Lebanon", T, neu, "", "appeal for calm and for respect of 1701, no judgement"))
U(d, "Head of the Lebanese Democratic Party, MP Talal Arslan, offered his condolences", "in the face of the occupation.",
  ("Lebanese Democratic Party", S, pos, "Hezbollah", "condolences + standing with the resistance = solidarity"))
U(d, "The Palestinian Islamic Jihad movement said in a statement that the assassination", "Lebanon and Syria.",
  ("Palestinian Islamic Jihad", C, neg, "", "'cowardly crime'; perpetrator not named in the sentence -> target empty"))
U(d, "The Popular Front for the Liberation of Palestine - General Command mourned", "responsible for his killing.",
  ("Popular Front for the Liberation of Palestine - General Command", C, neg, "Israel", "mourning + 'held the occupation fully responsible' = blame (occupation = Israel)"))
U(d, "In Sanaa, the Ansarullah movement condemned the Israeli raid", "course of the conflict.",
  ("Houthis", C, neg, "Israel", "Ansarullah = Houthis; condemnation"))
U(d, "Russian Foreign Ministry spokeswoman Maria Zakharova said Moscow had taken note", "inflame the situation in the region.",
  ("Russia", T, neu, "", "noted + appeal to all sides to avoid escalation, no judgement"))
U(d, "The enemy's Housing Minister Yoav Gallant told Israeli radio", "link to the incident.",
  ("Israel", N, neu, "", "neither confirms nor denies = neutral"))
U(d, "The enemy's Justice Minister Ayelet Shaked, for her part, said that al-Qantar", "no one should mourn.",
  ("Israel", C, neg, "", "judgement on the dead man ('a murderer'); he is not a canonical actor -> target empty (unsure: Hezbollah)"))
# "Al-Qantar's body was laid to rest on Monday ..." = narration, no row.
