# ------------------------------------------------------------------ Iran's drone and missile attack on Israel (scraped regional paper, 2024-04-14)
d = "page_iran_israel_attack_scraped.txt"
U(d, "Iran launched more than 300 drones and missiles at Israel overnight", "consulate in Damascus.",
  ("Iran", C, neg, "Israel", "long lead: narration + the Revolutionary Guards (= Iran) calling the attack punishment for Israel's strike"))
U(d, "Israel's military said 99 per cent of the projectiles", "in the Negev.",
  ("Israel", N, neu, "", "the army = Israel; interception and casualty figures; the helping states are named by Israel, not speaking"))
U(d, "\"The threat was met by a strong coalition", "in a televised briefing.",
  ("Israel", N, pos, "", "quote before the speaker; own defence reported, positive"))
U(d, "\"Iran will face the consequences of this escalation at a time we choose.\"", "at a time we choose.\"",
  ("Israel", C, neg, "Iran", "quote continued after the attribution = own unit, same speaker; threat"))
U(d, "Prime Minister Benjamin Netanyahu, who kept his war cabinet", "at Israel's side.",
  ("Israel", S, pos, "", "thanks to the states that helped = approval; several states -> target empty"))
U(d, "Iran's mission to the United Nations said Tehran now regarded", "far harsher reply.",
  ("Iran", C, neg, "Israel", "matter closed (neutral) + conditional threat: condemning"))
U(d, "The mission also told Washington to keep clear of the confrontation.", "of the confrontation.",
  ("Iran", T, neg, "United States", "'The mission' = Iran by context; demand to stay out with no judgement word (labels/README: demand to one side = calling_for_talks, negative); could be read as a warning (condemning), unsure"))
U(d, "Armed forces chief of staff Major General Mohammad Bagheri said", "continue it.",
  ("Iran", N, pos, "", "self-assessment + no plans to continue, no appeal"))
U(d, "Foreign Minister Hossein Amir-Abdollahian said Tehran had notified", "would be limited.",
  ("Iran", N, neu, "", "procedure: notice given; Tehran = Iran, Washington = place of the message"))
U(d, "US President Joe Biden said he had ordered American aircraft", "Israel's security.",
  ("United States", S, pos, "Israel", "backing by act (helping shoot down the attack) + commitment"))
U(d, "A senior US official said Biden had told Netanyahu", "against Iran.",
  ("United States", N, neu, "", "unnamed official of a named government = United States; refusal to join an offensive, no judgement or appeal"))
U(d, "Leaders of the Group of Seven, meeting by video link", "destabilising moves.",
  ("G7", C, neg, "Iran", "condemnation + solidarity + readiness to respond: rule 1; Italy's presidency is narration"))
U(d, "The seven leaders also pledged to keep working for an immediate", "held by Hamas.",
  ("G7", T, neu, "", "'The seven leaders' = G7; ceasefire and hostage release"))
U(d, "British Prime Minister Rishi Sunak condemned what he called Iran's reckless attack", "Iranian drones.",
  ("United Kingdom", C, neg, "Iran", "judgement + own interceptions in one sentence: rule 1"))
U(d, "France's foreign minister, Stéphane Séjourné, said Tehran had crossed a line", "military escalation.",
  ("France", C, neg, "Iran", "judgement without stock words ('crossed a line')"))
U(d, "UN Secretary-General António Guterres told an emergency meeting", "pull the region back.",
  ("United Nations", T, neg, "", "alarm + appeal to all with influence"))
U(d, "He had condemned the attack in a statement on Saturday night.", "Saturday night.",
  ("United Nations", C, neg, "Iran", "'He' = Guterres; the attack = Iran's"))
U(d, "Jordan's cabinet said the kingdom's air defences had intercepted", "from any party.",
  ("Jordan", N, neg, "", "own interceptions + readiness to respond to 'any party' (no one named): neither a judgement on an actor nor an appeal; unsure"))
U(d, "Later on Sunday, Amman summoned Iran's ambassador", "Jordan's affairs.",
  ("Jordan", C, neg, "Iran", "summoning an ambassador in protest + 'interference'; Amman = Jordan"))
U(d, "Riyadh said it was deeply worried by the escalation", "another war.",
  ("Saudi Arabia", T, neg, "", "capital as metonym; concern + appeal to all sides"))
U(d, "Egypt's foreign ministry voiced profound concern", "contain the situation.",
  ("Egypt", T, neg, "", "concern + contacts with all parties to contain = diplomatic course"))
U(d, "Qatar urged all parties to stop the escalation", "calm tensions.",
  ("Qatar", T, neu, "", "appeal to all"))
U(d, "China's foreign ministry said it was deeply concerned and called on the parties", "Gaza conflict.",
  ("China", T, neg, "", "concern + appeal; 'spillover' is description, not a judgement"))
U(d, "Russian foreign ministry spokeswoman Maria Zakharova said Moscow", "show restraint.",
  ("Russia", T, neg, "", "worry + appeal"))
U(d, "She blamed Western members of the Security Council", "what followed.",
  ("Russia", C, neg, "", "'She' = Zakharova; blame on 'Western members' (several, not one canonical actor) -> target empty"))
U(d, "New Delhi said it was watching the hostilities with serious concern", "return to diplomacy.",
  ("India", T, neg, "", "capital as metonym; concern + appeal to both"))
U(d, "In Islamabad, Foreign Office spokesperson Mumtaz Zahra Baloch said", "ceasefire in Gaza.",
  ("Pakistan", T, neg, "", "Islamabad = place; lament + call for a ceasefire"))
U(d, "Hamas said the Iranian operation was a natural right", "consulate strike.",
  ("Hamas", S, pos, "Iran", "approval of Iran's attack"))
