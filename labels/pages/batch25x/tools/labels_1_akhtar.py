# ------------------------------------------------------------------ India-Pakistan spy expulsions, Oct 2016 (wire copy, 2016-10-28)
d = "page_india_pakistan_akhtar_expulsions2016_wire.txt"
# Not statements: menu, time stamps, headline, byline, read time, the three bullets, ADVERTISEMENT, crossheads, credits, standards line, Related Coverage, tags, most read, copyright.
U(d, "India and Pakistan each ordered an official", "what its agents did on Indian soil.",
  ("India", C, neg, "Pakistan", "dateline excluded; long lead: narration of both expulsions + New Delhi's judgement that Islamabad will not answer for its agents (judgement without a stock word)"))
# "The expulsions add to a standoff ..." = background narration (Uri, the raids), no row.
U(d, "Delhi police said they had detained Mehmood Akhtar", "Border Security Force units.",
  ("India", N, neu, "", "police = state agency; facts of the detention, no judgement stated"))
U(d, "\"He was the one running the network", "the better part of two years.",
  ("India", C, neg, "Pakistan", "police official: Akhtar (a Pakistani mission official) as the ring's leader = accusation; quote + 'adding that'"))
U(d, "Foreign Secretary S. Jaishankar summoned Pakistan's High Commissioner", "the Ministry of External Affairs said.",
  ("India", C, neg, "Pakistan", "expelling a diplomat = condemning (guide); attribution tail"))
U(d, "Jaishankar also warned the envoy that India would not look away", "Vikas Swarup told reporters.",
  ("India", C, neg, "Pakistan", "a warning of further action against the mission = threat"))
U(d, "Swarup rejected Pakistani complaints that Akhtar had been roughed up", "said he was treated well.",
  ("India", N, neg, "", "denial of mistreatment = neutral, negative tone"))
U(d, "The Pakistan High Commission in New Delhi said it rejected the charges", "in their entirety.",
  ("Pakistan", N, neg, "", "bare denial = neutral, negative"))
U(d, "It accused Indian police of seizing and mistreating", "breach of the Vienna Convention.",
  ("Pakistan", C, neg, "India", "'It' = the High Commission; accusation of a breach of the convention"))
U(d, "Hours later, Pakistan's Foreign Secretary Aizaz Ahmad Chaudhry summoned", "the Foreign Office said in a statement.",
  ("Pakistan", C, neg, "India", "retaliatory expulsion = condemning; long sentence with attribution tail"))
U(d, "The statement said Singh had been engaged in work", "it gave no details.",
  ("Pakistan", C, neg, "India", "accusation against the Indian official without a stock word"))
U(d, "At his weekly briefing on Friday, Foreign Office spokesman Nafees Zakaria said", "national security.",
  ("Pakistan", C, neg, "India", "charge that the Indian official harmed Pakistan's security"))
U(d, "\"India has made a habit of levelling charges", "Zakaria said.",
  ("Pakistan", C, neg, "India", "two-sentence quote closed by the speaker; judgement of India + accusation over Balochistan/Karachi"))
U(d, "He said Akhtar had been pressed into making statements", "was worthless.",
  ("Pakistan", C, neg, "India", "denial carried by an accusation of coercion by Indian police: the judgement decides (unsure: could be a denial, neutral)"))
U(d, "India's foreign ministry said later on Friday that Pakistan's move", "deeply regrettable.",
  ("India", C, neg, "Pakistan", "'a reflex with no facts behind it' + 'deeply regrettable' = judgement"))
U(d, "Swarup said the expulsion showed that Islamabad would rather silence the messenger", "up to in India.",
  ("India", C, neg, "Pakistan", "judgement without a stock word; Islamabad = metonym"))
U(d, "Pakistan's Defence Minister Khawaja Asif told a private television channel", "in a way India will remember.\"",
  ("Pakistan", C, neg, "India", "threat of a response"))
# "Firing across the de facto border has killed at least eight civilians ..." = figures from no named source, no row.
U(d, "The Foreign Office offered its condolences to the families of villagers", "nothing to do with any fighting.",
  ("Pakistan", C, neg, "India", "condolences joined to a judgement (deliberate targeting of civilians): rule 1"))
U(d, "In Washington, State Department spokesman John Kirby said the United States was troubled", "nuclear-armed neighbours.",
  ("United States", N, neg, "", "concern with no appeal = neutral, negative"))
U(d, "\"We would like to see both governments keep their channels open", "Kirby told reporters.",
  ("United States", T, neu, "", "appeal to both for dialogue, no judgement"))
U(d, "U.N. spokesman Stephane Dujarric said Secretary-General Ban Ki-moon had received", "members of the Security Council.",
  ("United Nations", N, neu, "", "procedure: a letter received and circulated"))
U(d, "Dujarric said Ban's good offices remained available", "through dialogue.",
  ("United Nations", T, pos, "", "offer of good offices + hope for dialogue"))
U(d, "China's foreign ministry spokesman Lu Kang said Beijing had taken note", "important neighbours.",
  ("China", N, neu, "", "noting the expulsions, no evaluation"))
U(d, "\"We hope India and Pakistan will handle their differences calmly", "Lu told a daily briefing.",
  ("China", T, pos, "", "hope for a calm settlement = calling_for_talks"))
U(d, "Afghanistan's ambassador in New Delhi, Shaida Mohammad Abdali, said Kabul stood with India", "as a base.",
  ("Afghanistan", S, pos, "India", "solidarity with India; the jab at 'a neighbour' names no one (unsure: implied judgement of Pakistan)"))
U(d, "Ayesha Rahimtoola, who studies South Asian security", "knew by heart.",
  ("Ayesha Rahimtoola", N, neg, "", "invented analyst; a reading of the ritual, no judgement of one side"))
U(d, "\"Neither side loses much by sending home a clerk or two.", "she said.",
  ("Ayesha Rahimtoola", N, neg, "", "worry with no appeal = neutral, negative; two-sentence quote closed by the speaker"))
U(d, "Devendra Kashyap, a professor of international relations", "revive their quiet channel.",
  ("Devendra Kashyap", T, neu, "", "invented scholar; advice + appeal to revive the NSA channel; no explicit judgement"))
U(d, "\"Pakistan's army keeps betting that New Delhi will blink first", "Kashyap said.",
  ("Devendra Kashyap", C, neg, "Pakistan", "judgement of Pakistan's army (the army speaks for its state)"))
