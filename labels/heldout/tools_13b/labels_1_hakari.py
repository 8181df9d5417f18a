# ------------------------------------------------------------------ Hakari bridge checkpoint on the Lachin road (UN noon briefing excerpt, 2023-04-24)
d = "page_hakari_checkpoint_noonbriefing.txt"
U(d, "The Secretary-General is following with concern the reports", "Hakari River.",
  ("United Nations", N, neg, "", "SG via his spokesman: concern with no appeal in the sentence = neutral, negative; the checkpoint's author is not even named"))
U(d, "He once more asks the sides to bring tensions down", "already agreed.",
  ("United Nations", T, neu, "", "'He' = the SG; appeal to both sides for de-escalation and free movement, no judgement -> talks, target empty (both)"))
U(d, "He also reminds the parties that the provisional measures", "in both directions.",
  ("United Nations", T, neu, "", "recalling that the ICJ orders are binding = an appeal to comply, addressed to 'the parties', no judgement (ICJ only mentioned)"))
U(d, "Our colleagues tell us that the UN country teams", "conditions allow.",
  ("United Nations", S, neu, "", "offer of help ('stand ready to help') = supporting; aimed at no single actor"))
U(d, "And the Secretary-General continues to back every effort", "peace settlement.",
  ("United Nations", S, pos, "", "backing of the peace efforts = supporting; no canonical target"))
U(d, "The Armenian Foreign Ministry said on Sunday that the checkpoint", "Armenian population.",
  ("Armenia", C, neg, "Azerbaijan", "position relayed inside a journalist's question (the journalist is no actor); 'flagrant breach' + ethnic cleansing accusation without the stock words; the checkpoint = Azerbaijan's act"))
U(d, "Yerevan has also asked the Russian peacekeepers", "under their control.",
  ("Armenia", T, neg, "Russia", "Yerevan = metonym; demand addressed to Russia's peacekeepers to fulfil their obligations, no judgement word -> talks, negative"))
U(d, "It's not for me, from this podium, to make legal determinations", "belongs to the Court.",
  ("United Nations", N, neu, "", "spokesman declines to characterise = neutral (procedure)"))
U(d, "What we want to see is the Court's orders respected", "restored.",
  ("United Nations", T, neu, "", "appeal for compliance and free movement, no actor named"))
U(d, "Azerbaijan's Foreign Ministry says that placing a border checkpoint", "weapons and mines.",
  ("Azerbaijan", C, neg, "Armenia", "relayed in a question; 'sovereign right' justification + accusation that Armenia smuggled troops, weapons and mines -> the accusation decides"))
U(d, "The ministry also said the post would operate in coordination", "pass through it.",
  ("Azerbaijan", N, neu, "", "'The ministry' = Azerbaijan's MFA by context; plan/reassurance about its own post = neutral; Russia only mentioned"))
U(d, "Our message is the same to both sides:", "negotiating table.",
  ("United Nations", T, neu, "", "appeal to both sides to de-escalate and negotiate"))
U(d, "Armenia's Defence Ministry says one of its servicemen was killed", "Lachin district.",
  ("Armenia", N, neu, "", "casualty figure with no perpetrator named = neutral"),
  ("Azerbaijan", C, neg, "Armenia", "Baku = metonym; denial + counter-accusation in one clause: the accusation (opening fire) decides over the denial"))
U(d, "We've seen those reports too, and obviously we regret the loss of life.", "We've seen those reports too, and obviously we regret the loss of life.",
  ("United Nations", N, neg, "", "regret for the loss of life, no judgement on anyone, no appeal = neutral, negative"))
U(d, "We would again urge both sides to show maximum restraint", "along the border.",
  ("United Nations", T, neu, "", "restraint appeal to both sides"))
U(d, "Russia's Foreign Ministry said today that any unilateral step", "immediately.",
  ("Russia", C, neg, "", "'inadmissible' (stock judgement) aimed at any unilateral step 'whoever takes it' + appeal to return to the agreements: rule 1 -> condemning; target empty because aimed at both sides (unsure)"))
U(d, "The Kremlin, for its part, says it is keeping in touch", "its mediation.",
  ("Russia", T, neu, "", "Kremlin = Russia; continued contacts and mediation = talks; both capitals -> target empty"))
U(d, "The Secretary-General has his own contacts", "every one of them.",
  ("United Nations", N, neu, "", "declines to detail contacts = neutral (as batch5c's 'declines to comment')"))
U(d, "What matters is that the arrangements agreed by the parties are respected", "paying the price.",
  ("United Nations", T, neg, "", "appeal to respect the arrangements and spare civilians = talks"))
U(d, "Azerbaijan's move is a criminal step designed to tighten the blockade", "security council.",
  ("Nagorno-Karabakh authorities", C, neg, "Azerbaijan", "'the authorities in Stepanakert' = NK authorities (README); possessive before the speaker: Azerbaijan is the target, not the speaker; 'criminal step' judgement"))
U(d, "The US State Department said it was deeply concerned and urged Baku", "through the corridor.",
  ("United States", T, neg, "Azerbaijan", "concern + appeal addressed to Baku (metonym), no judgement word -> talks"))
U(d, "Paris, for its part, called the checkpoint a breach", "in 2020.",
  ("France", C, neg, "Azerbaijan", "Paris = metonym for France; 'a breach' of Azerbaijan's commitments = judgement without stock words"))
U(d, "And Borrell said after today's meeting of EU foreign ministers", "through dialogue.",
  ("European Union", C, neg, "Azerbaijan", "Borrell by surname only (known office holder) = EU; 'flies in the face of' the EU's calls = judgement + appeal for dialogue: rule 1 (unsure: mild)"))
U(d, "Member States and regional organizations will speak for themselves", "at the top.",
  ("United Nations", N, neu, "", "refers back to its stated position, no new position = neutral"))
U(d, "There is no UN presence in the corridor itself", "on that today.",
  ("United Nations", N, neu, "", "facts and procedure about a UN deployment, no appeal"))
