# ------------------------------------------------------------------ Balakot, the aerial clash and the pilot's release (Pakistani English-language daily, full HTML, 2019-03-02)
d = "page_balakot_abhinandan_pkdaily.html"
# No rows: top bar, masthead, nav, ticker, breadcrumb, headline, standfirst, byline, share bar, captions with "1 of 2",
# crossheads, "Also read", tags, newsletter, comments, most read, footer.
U(d, "Pakistan on Friday night returned captured Indian Air Force pilot", "back from the edge.",
  ("Pakistan", T, pos, "India", "dateline 'LAHORE / ISLAMABAD:' excluded; long lead: the release done as a 'goodwill move' for peace = de-escalation = calling_for_talks"))
# "The handover, delayed by several hours, ..." : narration of the handover, no position stated, no row.
U(d, "Foreign Office spokesman Dr Mohammad Faisal said the pilot had been treated", "during the day.",
  ("Pakistan", N, pos, "", "reassurance about own conduct + procedure = neutral"))
U(d, "On the other side of the border, Air Vice Marshal R.G.K. Kapoor told reporters", "medical examination.",
  ("India", N, pos, "", "the IAF officer speaks for India; relief + procedure, no judgement"))
U(d, "Announcing the release on the floor of a joint sitting of parliament on Thursday", "terrorism included.",
  ("Pakistan", T, neu, "India", "'the prime minister' (role only); offer of talks = calling_for_talks; Modi is the object"))
U(d, "\"Let nobody in Delhi think we are stepping back because we are afraid.", "from both benches.",
  ("Pakistan", C, neg, "India", "two-sentence quote closed by 'Khan told the house' (surname only); conditional threat of a response = condemning; Delhi = metonym"))
U(d, "Foreign Minister Shah Mehmood Qureshi said Islamabad would match any step", "examined seriously.",
  ("Pakistan", T, neu, "India", "reciprocal de-escalation offer + examining the dossier = calling_for_talks; New Delhi = metonym"))
U(d, "Qureshi stayed away from the opening of the Organisation of Islamic Cooperation's Council", "in his place.",
  ("Pakistan", C, neg, "India", "refusing a format in protest with the grievance stated = condemning; the refusal is aimed at India's presence (unsure about the target: the OIC/UAE issued the invitation)"))
U(d, "\"I cannot sit in a hall where the foreign minister of a country that has just bombed us", "favoured India.",
  ("Pakistan", C, neg, "India", "quote opened at the paragraph start, closed by 'he told parliament' + instruction to oppose pro-India texts"))
U(d, "In her address to the gathering, Swaraj said the fight against terrorism", "stop doing so.",
  ("India", C, neg, "", "veiled accusation of states sheltering militants (Pakistan not named) -> target empty"))
U(d, "The OIC foreign ministers on Saturday adopted a resolution on Jammu and Kashmir", "civilians in the valley.",
  ("Organisation of Islamic Cooperation", C, neg, "India", "resolution criticising India's use of force = condemning"))
U(d, "It also praised the prime minister's decision to free the pilot", "temperature in the region.",
  ("Organisation of Islamic Cooperation", S, pos, "Pakistan", "'It' = the OIC; praise = supporting"))
# "The crisis began before dawn on Tuesday, ..." : narration of the strike, no row.
U(d, "Director General of the Inter-Services Public Relations Major General Asif Ghafoor wrote on Twitter", "nothing of value.",
  ("Pakistan", N, neg, "", "ISPR = Pakistan; spokesman on social media; denial of damage and casualties = neutral, negative"))
U(d, "In New Delhi, Foreign Secretary Vijay Gokhale described the raid", "dismissed as a fabrication.",
  ("India", N, neu, "", "own strike reported as done, with a claimed toll, no judgement = neutral; short quoted tag"),
  ("Pakistan", N, neg, "", "position reported inside the same sentence: 'Islamabad' (metonym) dismissing the claim = denial, neutral"))
U(d, "The National Security Committee, chaired by the prime minister, denounced the raid", "Pakistan's reply.",
  ("Pakistan", C, neg, "India", "'unprovoked act of aggression' + announced reply = condemning (threat)"))
U(d, "ISPR said Pakistan Air Force jets had struck targets across the Line of Control", "entered Pakistani airspace in pursuit.",
  ("Pakistan", N, neu, "", "own strike and shoot-downs reported as done, without judgement = neutral; 'That reply came on Wednesday morning.' before it is narration, no row"))
U(d, "The Indian military said at a joint news conference of its three services", "an AMRAAM missile.",
  ("India", N, neu, "", "the military speaks for the state; claim and evidence, no judgement"))
U(d, "Ghafoor rejected that account, saying no F-16", "none had been lost.",
  ("Pakistan", N, neg, "", "surname only; denial = neutral, negative"))
# "The confrontation drew appeals for restraint from Washington, Beijing, Riyadh and Ankara ..." : summary line, no row.
U(d, "US Secretary of State Mike Pompeo said he had spoken separately to Qureshi and Swaraj", "direct communication.",
  ("United States", T, neu, "", "appeal to both sides -> target empty"))
U(d, "The State Department also called on Pakistan to take meaningful action against militant groups", "killed by terrorism.",
  ("United States", C, neg, "Pakistan", "demand implying that Pakistan lets militants operate = accusation (unsure: could be read as a plain demand)"),
  ("Pakistan", N, neg, "", "the Foreign Office's rebuttal reported in the same sentence = denial, neutral"))
U(d, "US President Donald Trump, speaking in Hanoi after his summit", "would soon be over.",
  ("United States", T, pos, "", "hope that hostilities end = calling_for_talks; Hanoi = place"))
U(d, "Chinese Foreign Ministry spokesman Lu Kang said Beijing hoped both sides", "release of the pilot.",
  ("China", T, neu, "", "appeal for restraint + welcome = calling_for_talks (rule 2 before rule 3); addressed to both"))
U(d, "UN Secretary-General Antonio Guterres welcomed the release through his spokesman", "meaningful dialogue.",
  ("United Nations", T, pos, "", "welcome + hope for dialogue = calling_for_talks (rule 2 before rule 3)"))
U(d, "Saudi Arabia said its Minister of State for Foreign Affairs, Adel al-Jubeir, would travel", "ease the tension.",
  ("Saudi Arabia", T, neu, "", "mediation mission announced = calling_for_talks"))
U(d, "Turkish President Recep Tayyip Erdogan telephoned Khan on Thursday", "the Prime Minister's Office said.",
  ("Turkey", T, neu, "", "offer to help defuse = calling_for_talks; attribution tail is Pakistan's PMO reporting Turkey's offer (no Pakistan row); Ankara = metonym"))
U(d, "At home, Pakistan Peoples Party chairman Bilawal Bhutto Zardari wrote on Twitter", "handing India a pretext.",
  ("Pakistan Peoples Party", C, neg, "Pakistan", "opposition party judging its own government: leader on social media; backing + 'had been wrong' = condemning (rule 1)"))
U(d, "\"Both sides have now crossed a line they had never crossed since 1971", "Potohar University in Rawalpindi.",
  ("Saima Rauf", N, neg, "", "independent scholar; multi-sentence quote closed by the speaker; escalation risk, no judgement"))
U(d, "Air Vice Marshal (retd) Khalid Mehmood Sheikh said the Indian government had gambled", "a single aircraft.",
  ("Khalid Mehmood Sheikh", C, neg, "India", "retired officer under his own name; 'gambled with the peace of the whole region' = judgement"))
U(d, "Ravi Sethuraman, a former Indian diplomat who served in Islamabad", "rebuild contact.",
  ("Ravi Sethuraman", T, neu, "", "former official under his own name; appeal to both governments to restore envoys and talk"))
U(d, "The Civil Aviation Authority said Pakistani airspace would remain closed", "until Monday at the earliest.",
  ("Pakistan", N, neu, "", "state agency's measure on its own airspace = neutral (plan/procedure)"))
