# ------------------------------------------------------------------ STC takeover of Aden, Yemen (live blog, 2019-08-11)
d = "page_yemen_aden_stc_takeover2019_liveblog.txt"
# Not statements: masthead, menu, LIVE title, update line, byline, key points (bullets), "Refresh", time stamps,
# separators, the editor's 19:40 summary (the outlet's narration), item lead-ins such as "The UAE has broken its silence.",
# "The coalition says it has carried out an air strike in Aden." and "Yemen's foreign ministry has responded on Twitter."
# (summary lines before the statement), video line, "Follow our coverage", newsletter, copyright.
U(d, "Iran's foreign ministry spokesman, Abbas Mousavi, said the events in Aden showed", "carve Yemen into pieces.",
  ("Iran", C, neg, "", "accuses 'the aggressor states' (Saudi Arabia and the UAE, unnamed) of a plan to split Yemen; several targets -> empty"))
# "The Houthis have been quick to seize on the split in the enemy camp." = the blog's lead-in, no row.
U(d, "Mohammed Abdulsalam, the movement's spokesman and chief negotiator,", "over the spoils of Yemen's south.",
  ("Houthis", C, neg, "Saudi Arabia", "'the movement' = the Houthis (context); calls the Saudi-led coalition an occupation force; coalition = Saudi Arabia"))
U(d, "From Washington, a State Department spokesperson said the United States was concerned", "through dialogue.",
  ("United States", T, neu, "", "concern + appeal to all sides = calling_for_talks"))
U(d, "A spokesperson for the EU's foreign service said the clashes risked", "extremist groups in the south.",
  ("European Union", N, neg, "", "warning of a risk with no appeal and no actor judged = neutral, negative"))
U(d, "Arab League Secretary-General Ahmed Aboul Gheit called on the Yemeni parties", "the League said in a statement.",
  ("Arab League", T, neu, "", "appeal to lay down arms and take up the talks invitation = calling_for_talks; attribution tail"))
U(d, "Egypt's foreign ministry said Cairo supported the Kingdom's efforts", "to the city.",
  ("Egypt", S, pos, "Saudi Arabia", "backing of Saudi mediation = supporting; 'the Kingdom' = Saudi Arabia by context"))
U(d, "Kuwait's foreign ministry said it hoped calm would soon return to Aden", "above everything else.",
  ("Kuwait", T, pos, "", "hope that calm returns = calling_for_talks (guide), positive tone"))
U(d, "The Emirati foreign minister, Sheikh Abdullah bin Zayed, said his country was alarmed", "the war against the Houthis.",
  ("United Arab Emirates", T, neu, "", "ministry given by its state's adjective; alarm + appeal for talks = calling_for_talks"))
U(d, "Minister of State for Foreign Affairs Anwar Gargash wrote on Twitter", "calling it baseless.",
  ("United Arab Emirates", N, neg, "", "denial of the charge = neutral, negative"))
U(d, "Yemen's Interior Minister, Ahmed al-Maysari, appeared in a video conceding", "lost the city.",
  ("Yemen", N, neg, "", "the minister speaks for the Hadi government (Yemen); admission of defeat = a fact, neutral"))
U(d, "Maysari accused the United Arab Emirates of supplying the separatists", "the last round.",
  ("Yemen", C, neg, "United Arab Emirates", "surname only; accusation + veiled promise of another round"))
U(d, "Deputy Foreign Minister Mohammed al-Hadrami welcomed the coalition's warning", "no legitimacy behind it.",
  ("Yemen", C, neg, "Southern Transitional Council", "welcome joined to a judgement ('a rebellion with no legitimacy'): rule 1 decides"))
# "Separatist leader Aidarous al-Zubaidi has spoken for the first time since the palace fell." = lead-in, no row.
U(d, "In a televised speech, the head of the Southern Transitional Council said", "would honour the ceasefire.",
  ("Southern Transitional Council", T, pos, "", "commits to the ceasefire (agreeing to a truce = calling_for_talks); loyalty to the coalition in the same sentence"))
U(d, "Zubaidi said the council would answer Riyadh's call to a meeting in Jeddah,", "settle political scores.",
  ("Southern Transitional Council", C, neg, "Al-Islah", "agrees to talks but refuses a party and accuses it: the judgement decides (rule 1)"))
# "Some context on the casualty figures." = lead-in, no row.
U(d, "The UN humanitarian coordinator for Yemen, Lise Grande, said up to 40 people", "reach the injured.",
  ("United Nations", T, neg, "", "figures + appeal for medical access (humanitarian access) = calling_for_talks"))
U(d, "The International Committee of the Red Cross said hospitals and clinics", "since the fighting began.",
  ("ICRC", N, neu, "", "casualty figures given by an actor = neutral"))
U(d, "UN envoy Martin Griffiths said he was deeply worried by the fighting,", "the political process.",
  ("United Nations", N, neg, "", "concern without an appeal = neutral, negative"))
U(d, "Maha Saleh, a teacher in Aden's Khormaksar district, told us", "away from the windows.",
  ("Maha Saleh", N, neg, "", "invented resident; her family's experience = neutral"))
U(d, "\"All we ask is that they stop fighting in our streets,\" she said.", "she said.",
  ("Maha Saleh", T, neg, "", "appeal to stop fighting, no judgement = calling_for_talks"))
U(d, "\"We have had enough wars for ten lifetimes.\"", "\"We have had enough wars for ten lifetimes.\"",
  ("Maha Saleh", N, neg, "", "quote continued, same speaker; weariness, no appeal or judgement"))
U(d, "In a statement, the coalition said its aircraft had hit a position", "face further strikes.",
  ("Saudi Arabia", C, neg, "Southern Transitional Council", "the Saudi-led coalition = Saudi Arabia (name files); strike + ultimatum = condemning"))
U(d, "Hisham Bawazir, a Yemen analyst at the Red Sea Policy Institute in Amman,", "for two years.",
  ("Hisham Bawazir", N, neu, "", "invented analyst; assessment, no judgement"))
U(d, "\"Abu Dhabi cannot pose as a bystander when the units", "Bawazir said.",
  ("Hisham Bawazir", C, neg, "United Arab Emirates", "holds the UAE responsible, no stock word; Abu Dhabi = metonym"))
U(d, "The Saudi-led coalition has declared a ceasefire in Aden from 1am local time", "carried by the Saudi Press Agency.",
  ("Saudi Arabia", T, neu, "", "'according to a statement from its spokesman ... carried by' the agency; truce and return to positions = calling_for_talks"))
U(d, "Maliki warned that the coalition would act militarily against any side", "ignored the truce.",
  ("Saudi Arabia", C, neg, "", "surname only; threat of force = condemning; no side named -> target empty"))
U(d, "The ministry said the council had overturned the institutions of the state", "answerable for whatever followed.",
  ("Yemen", C, neg, "", "'the ministry' = Yemen's foreign ministry (previous line); holds the STC and the UAE responsible; two targets -> empty"))
U(d, "The government also demanded that Abu Dhabi stop arming and funding the council", "at once.",
  ("Yemen", T, neg, "United Arab Emirates", "demand addressed to one side to stop, no judgement word in the sentence = calling_for_talks (README); Abu Dhabi = metonym"))
# "Separatist fighters say they are inside the Maashiq presidential palace." = lead-in, no row.
U(d, "Nizar Haitham, a spokesman for the Southern Transitional Council, said", "after four days of fighting.",
  ("Southern Transitional Council", N, pos, "", "own military gain reported without judgement = neutral"))
# "Saudi troops guarding the palace had withdrawn ..., according to local officials." = unnamed 'local officials', no actor: no row.
