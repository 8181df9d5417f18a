# ------------------------------------------------------------------ China lists Lockheed Martin and a Raytheon unit as unreliable entities (Xinhua-style state media, 2023-02-17)
d = "page_china_lockheed_sanctions_statemedia.txt"
U(d, "China's Ministry of Commerce (MOFCOM) has placed", "announced on Thursday.",
  ("China", C, neg, "", "dateline excluded; MOFCOM = China; listing = sanctions (condemning); two companies -> target empty (companies, and more than one)"))
U(d, "Under the decision, the two companies are barred", "working mechanism.",
  ("China", N, neu, "", "details of the measure already labelled in the lead, from the notice; content of the sanction, no judgement or new threat (as batch5c's drill details; could be read as condemning)"))
U(d, "Their senior management personnel will not be allowed", "the notice said.",
  ("China", N, neu, "", "further details of the measure, 'the notice' = MOFCOM"))
U(d, "Each company must also pay a fine", "further penalties under the law.",
  ("China", C, neg, "", "fine + warning of further penalties = threat (condemning); target empty (two companies)"))
U(d, "\"Ignoring China's repeated objections, the two firms", "the notice said.",
  ("China", C, neg, "", "judgement of the firms' conduct ('grave damage'); companies -> target empty"))
U(d, "Asked on Friday whether the move was connected", "dealings with Taiwan.",
  ("China", N, neg, "", "unnamed official of a named body = China; denial of a link to the airship affair = neutral, negative tone"))
U(d, "\"Taiwan is part of China's territory, and how China handles", "the official said.",
  ("China", N, neu, "", "statement of its own claim with no actor named or judged (unsure: could be read as an implicit rejection of US interference)"))
U(d, "The official added that foreign enterprises", "stay open to them.",
  ("China", N, pos, "", "reassurance about its own conduct = neutral, positive"))
U(d, "At a regular press briefing on Thursday, Foreign Ministry spokesperson Wang Wenbin", "joint communiques.",
  ("China", C, neg, "United States", "accusation of breaching the one-China principle; Washington = metonym"))
U(d, "\"We urge the U.S. side to honor its commitments", "Wang said.",
  ("China", T, neg, "United States", "demand addressed to one side to stop, no judgement word in the sentence = calling_for_talks, negative (labels README)"))
U(d, "\"China will keep taking firm and strong steps", "territorial integrity.\"",
  ("China", C, neg, "United States", "quote continued after the attribution, same speaker (Wang); threat of further measures"))
U(d, "Wang also said the Chinese airship had drifted", "sanction Chinese firms.",
  ("China", C, neg, "United States", "denial of intent + accusation of overreaction and pretext; the accusation decides"))
U(d, "Zhu Fenglian, a spokesperson for the Taiwan Affairs Office", "\"powder keg.\"",
  ("China", C, neg, "Taiwan", "TAO = China; 'DPP authorities' = Taiwan (batch5c); judgement"))
U(d, "She warned: \"Piling up weapons will never bring security.", "She warned: \"Piling up weapons will never bring security.",
  ("China", C, neg, "Taiwan", "quote opened after a colon; 'She' = Zhu; judgement of Taiwan's arms buying"))
U(d, "Those who rely on outside forces to seek independence", "toward disaster.\"",
  ("China", C, neg, "Taiwan", "second sentence of the same quote; accusation"))
U(d, "The DPP authorities' external affairs department claimed", "deal with Taiwan.",
  ("Taiwan", C, neg, "China", "body named only by state-media wording ('external affairs department') = Taiwan; justification + accusation of coercion; the mainland = China"))
U(d, "In Washington, White House Press Secretary Karine Jean-Pierre", "according to U.S. media.",
  ("United States", C, neg, "China", "'unwarranted' aimed at China's measures = judgement (guide); Washington = place"))
U(d, "A Pentagon spokesperson said the United States would keep providing Taiwan", "Taiwan Relations Act.",
  ("United States", S, neu, "Taiwan", "'the Pentagon' = US by context; continued supply of defense articles = backing by act (supporting)"))
U(d, "Lockheed Martin said in a statement that its foreign military sales", "overseas customers.",
  ("Lockheed Martin", N, neu, "", "company as its own actor; account of its own procedure, no judgement of China"))
U(d, "Gao Linfeng, a research fellow at a Shanghai-based institute", "grounded in law.",
  ("Gao Linfeng", S, pos, "China", "named (invented) scholar = independent person; approval of China's measures"))
U(d, "\"For years these companies have profited", "Gao said.",
  ("Gao Linfeng", C, neg, "", "multi-sentence quote closed by its speaker = one unit; judgement of the companies (two -> target empty)"))
