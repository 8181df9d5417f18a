# ------------------------------------------------------------------ Crowd storms Bahrain's embassy in Baghdad after the Manama workshop (wire story, 2019-06-28)
d = "page_bahrain_embassy_baghdad2019_wire.txt"
# Not statements: headline, byline, crossheads GULF ANGER / ANALYSTS, reporting/editing tail.
U(d, "Bahrain recalled its ambassador to Iraq on Friday", "held in Manama this week.",
  ("Bahrain", C, neg, "Iraq", "dateline excluded; recall of the envoy = measure in protest"))
# "Iraqi police fired into the air ..." = narration, no row.
U(d, "The Bahraini foreign ministry condemned the break-in", "posted on the ministry's website.",
  ("Bahrain", C, neg, "Iraq", "condemnation + holds Iraq 'fully responsible'; attribution tail"))
U(d, "The kingdom had decided to call its ambassador home for consultations", "the statement said.",
  ("Bahrain", C, neg, "Iraq", "'the kingdom' by context; recall = measure"))
U(d, "Iraq's foreign ministry said it was sorry", "who had incited it.",
  ("Iraq", N, neg, "", "sorry about an incident on its own soil + arrests (unsure: regret aimed at the act could be read as a judgement, but its authors are no canonical actor): no judgement of another state; own measures = neutral"))
U(d, "\"No protest gives anyone the right to lay hands on an embassy", "had been reinforced.",
  ("Iraq", N, neu, "", "principle + own protective steps; the implied rebuke is aimed at protesters, no canonical actor (unsure: could be condemning)"))
U(d, "A spokesman for Prime Minister Adel Abdul Mahdi said the premier had ordered", "reach the building.",
  ("Iraq", N, neu, "", "investigation ordered = procedure"))
# "The two-day 'Peace to Prosperity' workshop ..." = background; "Palestinian leaders boycotted it ..." = background (vague), no row.
# "Neighbouring Gulf states lined up behind Manama." = summary line, vague background, no row.
U(d, "Saudi Arabia's foreign ministry said the kingdom stood with Bahrain", "the state news agency SPA reported.",
  ("Saudi Arabia", S, pos, "Bahrain", "backing of Bahrain's measures; agency tail"))
U(d, "Thamer al-Sabhan, the Saudi minister of state for Gulf affairs, wrote on Twitter", "could not be excused.",
  ("Saudi Arabia", C, neg, "", "'disgrace' = judgement of the act; perpetrators not a canonical actor -> target empty"))
U(d, "The United Arab Emirates called the storming an affront", "in a statement from its foreign ministry.",
  ("United Arab Emirates", C, neg, "", "judgement + appeal to Baghdad: rule 1 -> condemning; the judgement is aimed at the storming, not at Iraq -> target empty"))
U(d, "Anwar Gargash, the UAE minister of state for foreign affairs, said on Twitter", "in law as well as in politics.",
  ("United Arab Emirates", C, neg, "", "'crossed a line' said of the attack = judgement without stock words"))
U(d, "Kuwait's foreign ministry expressed its rejection of the attack", "the KUNA news agency reported.",
  ("Kuwait", C, neg, "", "rejection of the attack + solidarity: the judgement decides (rule 1)"))
U(d, "Gulf Cooperation Council Secretary-General Abdullatif al-Zayani said", "to justice.",
  ("Gulf Cooperation Council", C, neg, "", "attack on all members + demand for prosecution = judgement"))
U(d, "Egypt's foreign ministry said in a statement that Cairo denounced the incident", "under the Vienna Convention.",
  ("Egypt", C, neg, "", "denounced = condemning; Cairo = metonym"))
U(d, "The Arab League said it hoped calm would return quickly", "the acts of a few.",
  ("Arab League", T, pos, "", "hope for calm and unharmed relations, no judgement of a state = calling_for_talks"))
U(d, "Kataib Hezbollah, an Iran-backed Iraqi armed group", "the betrayal of Palestine.",
  ("Kataib Hezbollah", C, neg, "Bahrain", "denial joined to a judgement ('betrayal of Palestine', aimed at the hosts): the judgement decides; Bahrain as host (unsure: target could be empty)"))
U(d, "Iranian foreign ministry spokesman Abbas Mousavi did not comment on the embassy incident", "doomed from the start.",
  ("Iran", C, neg, "", "dismissal of the Manama meeting = negative judgement of the workshop; several organisers -> target empty"))
U(d, "Rania Haidari, a fellow at the Levant Policy Forum in Beirut, said", "ties with Tehran.",
  ("Rania Haidari", N, neu, "", "invented analyst; reading of the Gulf response, no position"))
U(d, "\"Baghdad has tried hard to be everybody's friend this year", "she said.",
  ("Rania Haidari", N, neg, "", "assessment of the setback, no judgement of an actor, no appeal"))
U(d, "She said she expected the ambassador to return once Iraq showed", "had been charged.",
  ("Rania Haidari", N, neu, "", "forecast, no appeal"))
U(d, "Hussein Kadhim al-Mamouri, who runs a pharmacy facing the embassy, said", "for almost an hour.",
  ("Hussein Kadhim al-Mamouri", N, neu, "", "invented witness; what he saw = facts given by an actor"))
U(d, "\"Nobody here wanted this.", "he said.",
  ("Hussein Kadhim al-Mamouri", T, pos, "", "wish for safety and quiet streets = hope for calm"))
U(d, "Bahrain, a close U.S. ally that hosts the U.S. Navy's Fifth Fleet, had defended", "to Palestinian prosperity.",
  ("Bahrain", N, pos, "", "defence of its own decision = self-praise/reassurance, neutral"))
U(d, "Jordan's foreign ministry spokesman, Sufian Qudah, said the kingdom condemned", "stood by Bahrain.",
  ("Jordan", C, neg, "", "condemnation + solidarity: rule 1; the act's authors are no canonical actor -> target empty"))
U(d, "In Washington, State Department spokeswoman Morgan Ortagus said", "in the country.",
  ("United States", T, neu, "Iraq", "contacts + appeal to Iraq to protect missions, no judgement = calling_for_talks"))
U(d, "Bahraini Foreign Minister Sheikh Khalid bin Ahmed Al Khalifa thanked", "the Bahrain News Agency.",
  ("Bahrain", S, pos, "", "gratitude for the Gulf states' support = approval/praise; several addressees -> target empty (unsure: could be neutral)"))
