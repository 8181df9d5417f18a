# ------------------------------------------------------------------ Abkhazia protests over the Russian investment deal; Bzhania resigns (Georgian English-language site, scraped .txt, 2024-11-19)
d = "page_abkhazia_bzhania_georgiansite.txt"
# No rows: masthead, tagline, date/weather line, menu, section path, headline, byline, time, views, share lines,
# image caption with credit, ADVERTISEMENT, crossheads ("What the protest was about", "Moscow: 'an internal matter'",
# "Tbilisi: 'the product of occupation'", "Background"), "Read also:", tags, newsletter prompt, MOST READ, copyright.
U(d, "The de facto parliament of occupied Abkhazia on Tuesday accepted the resignation", "occupied the parliament building.",
  ("Abkhazia authorities", N, neu, "", "the de facto parliament's decision = Abkhazia authorities, a procedure; the storming is narration"))
# No row: "According to Abkhaz media, 28 deputies voted in favour ..." (vote figures reported by media; the decision already has its row)
U(d, "In a short statement released by his press office in the early hours of Tuesday", "a president's resignation.",
  ("Abkhazia authorities", N, neu, "", "the outgoing leader on his own resignation, still speaking as head of the de facto authorities; no judgement"))
U(d, "Under a deal signed overnight by the authorities and the opposition", "by the end of Tuesday.",
  ("Abkhazia authorities", T, neu, "", "a negotiated settlement of the standoff signed by both sides = agreeing to end it (unsure: could be neutral, the terms of a deal)"),
  ("Abkhaz opposition", T, neu, "", "same; two signatories = two rows"))
U(d, "Gunba, now acting president, said an early election would be held", "a new leader was sworn in.",
  ("Abkhazia authorities", N, neu, "", "surname then role; plans and procedure"))
# No rows: "The crisis began over an agreement signed in Moscow on October 30 ..." (background; Moscow = place); the two background paragraphs on the earlier apartments bill ("the opposition has long accused" = vague background) and the November 11 detentions and road blockades (narration);
# "Opponents say it would have allowed ..." (unnamed 'opponents', not an actor).
U(d, "Opposition leader Adgur Ardzinba, who heads the Abkhaz People's Movement", "a narrow circle of its own people.",
  ("Abkhaz opposition", C, neg, "Abkhazia authorities", "role then name; speaks as a leader of the protest coalition (unsure: his own movement could be the actor); 'not against Russia' is not a position on Russia"))
U(d, "\"Nobody here is shouting against Russia.", "outside the complex on Monday.",
  ("Abkhaz opposition", C, neg, "Abkhazia authorities", "two-sentence quote closed by the speaker (surname only); 'those who tried to sell it in a back room' = Bzhania's leadership"))
U(d, "Another opposition figure, Temur Gulia, had said on Friday", "left people no choice.",
  ("Abkhaz opposition", C, neg, "Abkhazia authorities", "blame for the escalation put on the authorities' refusal"))
# No row: "Bzhania, who was not in the complex when it was stormed, had at first refused to go." (summary line before the specific statement)
U(d, "In a video posted on Telegram on Friday, he said he would neither resign", "organised by his opponents.",
  ("Abkhazia authorities", C, neg, "Abkhaz opposition", "pronoun 'he' = Bzhania; refusal + 'provocations organised by his opponents' = judgement of the opposition (rule 1)"))
U(d, "His administration said the same day that it would withdraw the ratification bill", "from parliament.",
  ("Abkhazia authorities", N, neu, "", "possessive 'His administration' = the de facto presidency; own procedural step"))
U(d, "The region's health ministry said nine people had been taken to hospital", "at the gates on Friday.",
  ("Abkhazia authorities", N, neu, "", "de facto health ministry; casualty figures, no blame = neutral"))
# No row: "Read also: ..." link title
U(d, "In Moscow, Russian Foreign Ministry spokeswoman Maria Zakharova said on Friday", "a peaceful way through it.",
  ("Russia", T, pos, "", "non-interference + hope for a peaceful settlement; Moscow = place"))
U(d, "She also faulted the opposition for storming state buildings", "with the authorities.",
  ("Russia", C, neg, "Abkhaz opposition", "pronoun 'She' = Zakharova; faulting the storming = judgement, even with arguing its case as the alternative (rule 1)"))
U(d, "The same day, Russia's Ministry of Economic Development advised Russian tourists", "returning home.",
  ("Russia", N, neu, "", "travel advice to its own citizens: a measure not aimed at another side"))
U(d, "Kremlin spokesman Dmitry Peskov said on Monday that the Kremlin hoped calm", "a great deal to Moscow.",
  ("Russia", T, neu, "", "hope that calm returns within the constitution = calling_for_talks; Sukhumi = the de facto authorities as object"))
U(d, "Konstantin Kosachev, deputy speaker of Russia's Federation Council, told TASS", "wanted the constitution respected.",
  ("Russia", S, pos, "Abkhazia authorities", "Kosachev = Russia (name files); backing of whoever holds power lawfully = the de facto authorities of the day (Sukhumi = metonym); TASS is not an actor"))
# No row: "The pressure from Moscow had been building for months." (summary line)
U(d, "In September the region's de facto foreign minister, Sergei Shamba, confirmed", "commitments it made to Moscow.",
  ("Abkhazia authorities", N, neg, "", "Shamba's account of the cut = facts, negative tone"),
  ("Russia", C, neg, "Abkhazia authorities", "Russia's suspension of budget support for unmet commitments, reported by Shamba = a measure like a sanction (unsure: reported by the other side, and months earlier); Sukhumi = metonym for the authorities"))
U(d, "In Tbilisi, Parliament Speaker Shalva Papuashvili said the unrest was what Russian occupation produces", "to hold it steady.",
  ("Georgia", C, neg, "Russia", "Papuashvili = Georgia (name files); 'occupation' = judgement of Russia; Tbilisi = place"))
U(d, "He said Georgia's answer was to build a strong and prosperous country", "want to be part of.",
  ("Georgia", N, pos, "", "pronoun 'He'; own policy, no appeal = neutral, positive"))
U(d, "President Salome Zourabichvili, who is locked in a standoff with the ruling Georgian Dream party", "for Russia's benefit.",
  ("Georgia", C, neg, "Russia", "head of state = Georgia even in her dispute with the government (unsure); accusation of annexation (Moscow = metonym, target Russia); Georgian Dream only mentioned"))
U(d, "She said they had her support.", "She said they had her support.",
  ("Georgia", S, pos, "", "support for the Sukhumi protesters (not a canonical actor as such -> target empty)"))
U(d, "The Georgian Foreign Ministry said it was following the developments closely", "under international law.",
  ("Georgia", N, neu, "", "monitoring + a legal position, no appeal, no judgement"))
# No rows: "Prime Minister Irakli Kobakhidze has not commented publicly" (non-statement); "Analysts in Tbilisi say ..."
# (unnamed); the unnamed Sukhumi resident; the Background paragraphs (Russian recognition and troops, the standing view of
# 'Georgia and almost all other UN member states' = vague background, Khajimba in 2020).
