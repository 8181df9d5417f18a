# ------------------------------------------------------------------ Haftar's offensive on Tripoli, Libya (full HTML, Gulf English daily, 2019-04-07)
d = "page_tripoli_haftar_webpage.html"
U(d, "Forces loyal to Libya's UN-backed Government of National Accord said on Sunday", "three days ago.",
  ("Government of National Accord", C, neg, "Libyan National Army", "announcing a military operation against another side = condemning (guide); Haftar's troops = LNA"))
U(d, "\"We will drive them back to where they came from", "called Volcano of Anger.",
  ("Government of National Accord", C, neg, "Libyan National Army", "quote + attribution + 'announcing an operation' in one sentence; spokesman introduced by role"))
U(d, "The self-styled Libyan National Army (LNA) said its warplanes", "since the offensive began.",
  ("Libyan National Army", N, neu, "", "own strike reported as done, no judgement = neutral (guide)"))
U(d, "Ahmed al-Mismari, the LNA spokesman, said 14 of its fighters", "to hold the city.",
  ("Libyan National Army", C, neg, "Government of National Accord", "own losses + accusation in one sentence: the accusation decides (rule 1)"))
U(d, "He denied reports that LNA units had been driven out", "still held it.",
  ("Libyan National Army", N, neg, "", "denial = neutral, negative (guide); 'He' = Mismari"))
U(d, "The health ministry in Tripoli said at least 21 people", "since Thursday.",
  ("Government of National Accord", N, neu, "", "the GNA's health ministry (Tripoli = place); casualty figures from no blamed party = neutral"))
U(d, "In a televised address on Saturday, Prime Minister Fayez al-Sarraj said Haftar had deceived him", "ordering his troops west.",
  ("Government of National Accord", C, neg, "Libyan National Army", "accusation of bad faith (judgement without stock words); Haftar = LNA; the crosshead 'Deceived' is not a statement"))
U(d, "\"Those who chose war will find a city", "he said.",
  ("Government of National Accord", C, neg, "Libyan National Army", "quote closed by 'he said' (= Sarraj); warning/defiance aimed at the attackers"))
U(d, "\"They will not enter Tripoli.\"", "\"They will not enter Tripoli.\"",
  ("Government of National Accord", C, neg, "Libyan National Army", "quotation continued after its attribution = its own unit, same speaker (batch5c convention); vow to repel the attackers"))
U(d, "Haftar told UN Secretary-General Antonio Guterres on Friday that his campaign", "Al Arabiya television reported.",
  ("Libyan National Army", C, neg, "", "announces continuing operation against 'terrorism' = announced military operation (condemning); the target is not named (terrorists = not a canonical actor) -> empty; Al Arabiya is the channel, not an actor"))
U(d, "Guterres, who met the commander in the east after visiting Tripoli", "could be averted.",
  ("United Nations", T, neg, "", "worry + hope that a bloodbath is averted = calling_for_talks (hope, guide)"))
U(d, "The UN Support Mission in Libya called for a two-hour humanitarian truce", "trapped civilians.",
  ("United Nations", T, neu, "", "call for a humanitarian truce = calling_for_talks; UNSMIL = UN. The next sentence ('It was not clear ...') is narration"))
U(d, "The UN humanitarian office said more than 2,800 people", "in the area.",
  ("United Nations", N, neg, "", "OCHA figures = neutral"))
U(d, "Ghassan Salame, the UN envoy, said on Saturday that the national conference", "made it impossible.",
  ("United Nations", T, neu, "", "the convenor keeping its peace conference on the calendar = calling_for_talks (README: the host convening a meeting)"))
U(d, "US Secretary of State Mike Pompeo said in a statement on Sunday", "capital at once.",
  ("United States", C, neg, "Libyan National Army", "'was against the Haftar offensive' = 'opposes X's act' (guide: condemning) + demand to stop: rule 1"))
U(d, "Separately, US Africa Command said it had temporarily moved", "on the ground.",
  ("United States", N, neu, "", "own troop movement for safety, no blame = neutral"))
U(d, "Foreign ministers of the Group of Seven, meeting in the French resort of Dinard", "settle Libya's conflict.",
  ("G7", T, neg, "", "appeal to all sides + 'force would not settle' the conflict = calling_for_talks; Dinard = place"))
U(d, "German Foreign Minister Heiko Maas told reporters that each of the seven", "Haftar above all.",
  ("Germany", C, neg, "Libyan National Army", "pressure on 'those behind the escalation, Haftar above all' = holding Haftar responsible and a threatened response (unsure: could be read as talks)"))
U(d, "Italy's foreign minister, Enzo Moavero Milanesi, said he very much hoped", "warnings seriously.",
  ("Italy", T, pos, "Libyan National Army", "hope that Haftar heeds the warnings = calling_for_talks addressed to one party"))
U(d, "On Thursday, the governments of France, Italy, the United Arab Emirates, the United Kingdom, and the United States said in a joint statement", "escalation immediately.",
  ("France", T, neg, "", "joint statement, list with Oxford comma: alarm + appeal to every party, no judgement = talks"),
  ("Italy", T, neg, "", "same joint statement"),
  ("United Arab Emirates", T, neg, "", "same joint statement (Haftar's backer among the signatories)"),
  ("United Kingdom", T, neg, "", "same joint statement"),
  ("United States", T, neg, "", "same joint statement"))
U(d, "The UN Security Council, after a closed-door meeting on Friday, called on Haftar's forces", "military movements.",
  ("United Nations", T, neg, "Libyan National Army", "demand to one side to stop, no judgement word = calling_for_talks, negative (README)"))
U(d, "Russia on Sunday blocked a further council statement", "diplomats said.",
  ("Russia", N, neu, "", "objection to a text that named one side, with a procedural counter-demand and no judgement = neutral (README: objecting with no judgement stated); unsure: 'address all armed groups' could be read as an appeal (talks); the diplomats are unnamed (no row)"))
U(d, "Russian Foreign Minister Sergei Lavrov, speaking in Cairo, said Moscow was in contact", "without outside interference.",
  ("Russia", T, neu, "", "contact with all parties + political process = calling_for_talks; Cairo = place"))
U(d, "India said it had evacuated a contingent of 15", "in Tripoli.",
  ("India", N, neu, "", "own measure for its personnel = neutral"))
