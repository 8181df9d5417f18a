# ------------------------------------------------------------------ Ukraine's "Spiderweb" drone attack on Russian air bases (TASS-style state media, 2025-06-04)
d = "page_spiderweb_airbases_statemedia.txt"
U(d, "Russian President Vladimir Putin told US President Donald Trump", "told reporters.",
  ("Russia", C, neg, "Ukraine", "dateline excluded; Putin's warning relayed by his aide = threatened response; 'the Kiev regime' = Ukraine"))
U(d, "According to Ushakov, Trump told Putin that the United States had not been warned", "these attacks.",
  ("United States", N, neu, "", "a US position reported by a Russian official is a US statement (guide); plain fact, no position of Russia in it"))
U(d, "Putin also drew Trump's attention to the sabotage of railway bridges", "the aide said.",
  ("Russia", C, neg, "Ukraine", "accusation of deliberate provocations"))
U(d, "The two presidents reaffirmed their readiness to stay in constant contact", "Ushakov added.",
  ("Russia", T, neu, "United States", "both leaders' commitment to keep talking, reported by Ushakov: one row per actor"),
  ("United States", T, neu, "Russia", "same sentence, the US side of the commitment"))
U(d, "The Kremlin hopes that the direct contacts with the Ukrainian side", "he noted.",
  ("Russia", T, pos, "Ukraine", "hope that talks continue = calling_for_talks; 'he' = Ushakov"))
U(d, "The Russian Defense Ministry said on Sunday that drones launched by the Kiev regime", "act of terrorism.",
  ("Russia", C, neg, "Ukraine", "'act of terrorism' = judgement"))
U(d, "Air defenses beat off the raids on the bases", "several planes caught fire.",
  ("Russia", N, neu, "", "'the ministry'; own losses and interceptions, facts only"))
U(d, "The flames were quickly extinguished and nobody was killed or wounded", "it added.",
  ("Russia", N, neu, "", "second sentence of the same paragraph; 'it' = the ministry; figures"))
U(d, "Several people involved in the attack have been detained", "according to the ministry.",
  ("Russia", N, neu, "", "own law-enforcement act reported, no judgement"))
U(d, "Irkutsk Region Governor Igor Kobzev said the drones had been launched", "sealed off.",
  ("Russia", N, neu, "", "regional governor resolves to his state (README: provincial officials); facts"))
U(d, "On Monday, he said the regional authorities would consider rewarding", "whatever was at hand.",
  ("Russia", N, pos, "", "'he' = Kobzev; praise of own residents = self-praise, neutral with positive tone"))
U(d, "Kremlin Spokesman Dmitry Peskov told journalists on Monday", "was complete.",
  ("Russia", N, neu, "", "declining to detail with a procedural reason = neutral"))
U(d, "The second round of direct Russian-Ukrainian talks took place", "chairing the meeting.",
  ("Turkey", T, neu, "", "the host chairing the talks is the host's calling_for_talks (README); the two delegations get no row for a meeting listed in narrative"))
U(d, "Russian delegation head, Presidential Aide Vladimir Medinsky, said Moscow had handed Kiev", "could be collected.",
  ("Russia", T, neu, "Ukraine", "settlement terms + proposed local ceasefire = offer of talks/ceasefire"))
U(d, "The sides also agreed to exchange all severely wounded prisoners", "Ukrainian servicemen.",
  ("Russia", T, neu, "", "agreement on a prisoner exchange = agreeing at talks (README); 'the sides' = both delegations; Russia's handover of remains in the same sentence"),
  ("Ukraine", T, neu, "", "same agreement, the Ukrainian side"))
U(d, "Deputy Chairman of the Russian Security Council Dmitry Medvedev wrote", "would not be disappointed.",
  ("Russia", C, neg, "Ukraine", "Russia's Security Council (not the UN's); threat of retaliation naming Kiev"))
U(d, "\"The offensive goes on and it will go faster.", "he wrote.",
  ("Russia", C, neg, "", "multi-sentence quote closed by its speaker = one unit; threat; no actor named in the unit -> target empty"))
U(d, "In Kiev, Vladimir Zelensky, whose presidential term expired in May 2024", "used in it.",
  ("Ukraine", N, pos, "", "own strike praised, no judgement of another actor = neutral, positive; the outlet's jibe about his term is not a statement"))
U(d, "The Security Service of Ukraine (SBU) claimed that 41 aircraft", "by the Russian side.",
  ("Ukraine", N, neu, "", "SBU = Ukraine; claimed figures; 'not confirmed by the Russian side' is the outlet's remark, no Russian position"))
U(d, "White House Press Secretary Karoline Leavitt said on Tuesday", "a negotiated deal.",
  ("United States", T, neu, "", "fact (not notified) + wish for a negotiated end = calling_for_talks"))
U(d, "Sevim Dagdelen, a foreign policy expert with Germany's Sahra Wagenknecht Alliance (BSW)", "must have helped with.",
  ("Sahra Wagenknecht Alliance", C, neg, "Ukraine", "a party speaks under its own name (guide); accusation that Kiev tried to sink the talks; the Western help is a second accusation aimed at no named state"))
U(d, "She called on Chancellor Friedrich Merz to explain whether Germany", "planning the operation.",
  ("Sahra Wagenknecht Alliance", T, neg, "Germany", "'She' = Dagdelen; demand for an explanation with no judgement word = calling_for_talks (README); addressed to her own country's government (unsure)"))
# no rows: the unnamed Russian military expert; 'ALSO READ' / 'Read more' link titles, tags and the photo credit
