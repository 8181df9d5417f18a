# ------------------------------------------------------------------ Kashmir unrest after Burhan Wani's killing (Pakistani English daily, scraped .txt, 2016-08-15)
d = "page_kashmir_wani_pakdaily.txt"
# No row: menu, date line, headline, byline, standfirst, caption with credit and "1 of 3", ADVERTISEMENT, crossheads,
# "Read more:", tags, reader comments, Most Popular, copyright. The dateline "ISLAMABAD: " is outside the first unit.
U(d, "Pakistan on Monday formally invited India to foreign secretary-level talks", "Balochistan and Azad Kashmir.",
  ("Pakistan", T, neu, "India", "long lead: invitation to talks (Pakistan) ..."),
  ("India", C, neg, "Pakistan", "... and Modi's accusation of atrocities reported in the same sentence; New Delhi = place"))
U(d, "Foreign Secretary Aizaz Ahmad Chaudhry handed the letter", "the Foreign Office said in a statement.",
  ("Pakistan", T, neu, "India", "specific diplomatic act + reminder to settle the dispute under UNSC resolutions, no judgement; Jaishankar and Bambawala are addressees, not speakers"))
U(d, "Adviser to the Prime Minister on Foreign Affairs Sartaj Aziz said Modi's reference", "terrorism in the province.",
  ("Pakistan", C, neg, "India", "accusation of fuelling terrorism"))
U(d, "\"By raising Balochistan, Mr Modi has tried to divert the world's eyes", "he told reporters in Islamabad.",
  ("Pakistan", C, neg, "India", "'he' = Aziz; judgement of Modi's move"))
U(d, "\"It will not work.\"", "\"It will not work.\"",
  ("Pakistan", C, neg, "India", "quote continued after the attribution (Aziz), same judgement"))
U(d, "Modi told the crowd at the Red Fort that people from Balochistan", "speaking up for them.",
  ("India", N, pos, "", "surname only; claim of thanks received = own account, no explicit judgement (unsure: implies Pakistani abuses)"))
# No row: "The invitation comes as India-held Kashmir enters ..." and the account of Wani's killing and the toll (narration, no source).
U(d, "A police spokesman in Srinagar said curfew remained in force", "a post in Pulwama.",
  ("India", N, neu, "", "state police = India; facts in security vocabulary (curfew, wounded personnel)"))
# No row: "India has defended the conduct of its forces." (summary line before the specific statements).
U(d, "Home Minister Rajnath Singh told the Rajya Sabha earlier this month", "within two months.",
  ("India", N, neu, "", "procedure and instructions to forces (pellet guns as topic), no judgement"))
U(d, "External Affairs Minister Sushma Swaraj said in parliament that Pakistan's praise", "a weapon against India.",
  ("India", C, neg, "Pakistan", "judgement without stock words ('shown the world which side it was on') + refusal"))
U(d, "The chief minister of the state, Mehbooba Mufti, appealed to parents", "dealing with the crowds.",
  ("India", T, neu, "", "the state's chief minister = provincial official -> her state (India), per labels/README (unsure: the name files list her as the PDP's); appeal for calm and restraint"))
# No row: "Pakistan's response to the killings has been loud from the start." (summary line).
U(d, "Chairing a special cabinet meeting in Lahore on July 15, Prime Minister Nawaz Sharif announced", "martyr of the freedom movement.",
  ("Pakistan", C, neg, "India", "black day 'to protest against the brutality of Indian forces' = judgement; Lahore = place"))
U(d, "He said the Pakistani nation would stand by the people of Kashmir", "right to self-determination.",
  ("Pakistan", S, pos, "", "'He' = Sharif; political and diplomatic backing of the Kashmiris (not a canonical actor -> target empty)"))
U(d, "New Delhi rejected the cabinet's decision the same day", "terrorism in the region.",
  ("India", C, neg, "Pakistan", "New Delhi = metonym; rejection in protest + 'stop backing terrorism' = accusation"))
U(d, "At the United Nations, Pakistan's Permanent Representative Maleeha Lodhi met senior officials", "by Indian troops.",
  ("Pakistan", C, neg, "India", "demand for an inquiry + 'extrajudicial killings' = judgement (rule 1); the UN = place/addressee"))
U(d, "Foreign Office spokesman Nafees Zakaria, at his weekly briefing on Thursday, rejected Indian claims", "to terrorism.",
  ("Pakistan", N, neg, "", "denial of infiltration claims = neutral, negative"))
U(d, "The corps commanders' conference, chaired by army chief General Raheel Sharif", "a full response.",
  ("Pakistan", C, neg, "India", "the army speaks for its state; solidarity + warning of a 'full response' = threat (rule 1 over support)"))
U(d, "UN Secretary-General Ban Ki-moon, through his spokesman, said he was concerned", "maximum restraint.",
  ("United Nations", T, neg, "", "concern + appeal to all parties = calling_for_talks"))
U(d, "The UN High Commissioner for Human Rights, Zeid Ra'ad Al Hussein, asked both India and Pakistan", "assess the situation.",
  ("United Nations", T, neu, "", "request for access addressed to both sides, no judgement"))
U(d, "Organisation of Islamic Cooperation Secretary-General Iyad Ameen Madani condemned", "lift the curfew.",
  ("Organisation of Islamic Cooperation", C, neg, "India", "condemnation + demand (rule 1); New Delhi = metonym"))
U(d, "In Washington, State Department spokesman John Kirby said the United States was troubled", "reduce tension.",
  ("United States", T, neg, "", "concern + appeal to all sides; Washington = place"))
U(d, "He added that American policy on Kashmir had not changed", "for India and Pakistan to decide.",
  ("United States", N, neu, "", "'He' = Kirby; statement of unchanged policy, no appeal or judgement"))
# No row: "Separatists dig in" (crosshead).
U(d, "In Srinagar, the separatist alliance of Syed Ali Geelani, Mirwaiz Umar Farooq and Yasin Malik thanked", "a joint statement said.",
  ("Joint Resistance Leadership", S, pos, "Pakistan", "joint statement of the three leaders' alliance = one actor; thanks to Pakistan (supporting) + own protest programme"))
U(d, "Geelani, who has been under house arrest for most of the past month", "the people's consent.",
  ("All Parties Hurriyat Conference", C, neg, "India", "Geelani speaking for his Hurriyat faction; judgement 'held Kashmir by force alone'"))
U(d, "Syed Salahuddin, the Muzaffarabad-based chief of the Hizbul Mujahideen", "avenge Wani's death.",
  ("Hizbul Mujahideen", C, neg, "", "armed group under its own name; threat of escalation, no canonical target named"))
# No row: "Analysts in Islamabad said ..." (unnamed).
U(d, "Dr Naila Siddiqui, who teaches international relations at the University of Karachi", "where they started.",
  ("Naila Siddiqui", N, neg, "", "independent scholar (invented): scenario"))
U(d, "\"Each side wants to be seen as the one that offered talks.", "Neither expects them to happen,\" she said.",
  ("Naila Siddiqui", N, neg, "", "two-sentence quote closed by the speaker ('she'): reading of both governments' motives, no judgement"))
U(d, "\"The danger is that, with the diplomacy stuck", "where messages are sent.\"",
  ("Naila Siddiqui", N, neg, "", "quote continued after the attribution: military risk, no appeal"))
U(d, "She said the unrest had a new character", "control events.",
  ("Naila Siddiqui", N, neu, "", "analysis of the protest generation"))
U(d, "Imtiaz Warraich, a former diplomat who served at Pakistan's high commission", "something to hide.",
  ("Imtiaz Warraich", C, neg, "India", "former diplomat speaking in his own name (invented): 'indefensible' + insinuation = judgement"))
U(d, "\"Both governments must sit down, and they must include the Kashmiris", "Warraich said.",
  ("Imtiaz Warraich", T, neg, "", "appeal for talks including the Kashmiris, no judgement in the sentence"))
# No row: reader comments.
U(d, "A spokesperson for the European Union's foreign service said in Brussels", "following events in the valley closely.",
  ("European Union", N, neg, "", "sorrow and monitoring, no appeal = neutral, negative; Brussels = place"))
