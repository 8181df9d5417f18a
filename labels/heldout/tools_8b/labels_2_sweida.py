# ------------------------------------------------------------------ Sweida clashes and Israel's strikes on Damascus (live blog, .txt, 2025-07-16)
d = "page_sweida_damascus_liveblog.txt"
U(d, "Sheikh Hikmat al-Hijri, the most influential of Syria's three Druze spiritual leaders", "free of them.",
  ("Hikmat al-Hijri", C, neg, "Syria", "Druze leader = his own actor (name files); refuses to deal with 'armed factions that merely called themselves a state' (the Syrian government) + call to keep fighting = rejection in protest"))
U(d, "He also warned that anyone in the community who struck a separate deal", "held to account.",
  ("Hikmat al-Hijri", C, neg, "", "'He' = Hijri; threat against members of his own community (not an actor) -> target empty; Damascus only mentioned"))
U(d, "Syria's defence ministry said army units had started withdrawing", "from the city.",
  ("Syria", N, neu, "", "own withdrawal reported as done; 'outlaw groups' is a passing label, no new judgement (unsure)"))
U(d, "US Secretary of State Marco Rubio said on X that Washington had been in touch", "night was out.",
  ("United States", T, pos, "", "brokering measures to end the fighting = calling_for_talks; all parties -> target empty"))
U(d, "Sheikh Yousef Jarbou, another of the community's spiritual leaders, read out the ten points", "into the state.",
  ("Yousef Jarbou", T, neu, "", "Druze spiritual leader as his own actor (like Hijri); announcing/agreeing a ceasefire = calling_for_talks"))
U(d, "The interior ministry said the agreement would be overseen", "provincial police.",
  ("Syria", T, neu, "", "'The interior ministry' = Syria by context; the government's side of the ceasefire arrangements = agreeing to a ceasefire (unsure: could be a neutral plan)"))
U(d, "UN Secretary-General António Guterres condemned the Israeli bombardment", "said in a statement.",
  ("United Nations", C, neg, "Israel", "condemnation + call to end violations (rule 1); attribution tail via the spokesperson"))
U(d, "Guterres also denounced the killing of civilians in Sweida", "let aid in.",
  ("United Nations", C, neg, "", "condemnation + appeal (rule 1); no perpetrator named -> target empty"))
U(d, "The Syrian foreign ministry said the strikes on state institutions in the capital", "for the consequences.",
  ("Syria", C, neg, "Israel", "'flagrant assault', 'Israel alone would answer for the consequences' = judgement"))
U(d, "It said Syria would use whatever lawful means it had", "asked the Security Council to act.",
  ("Syria", C, neg, "Israel", "'It' = the foreign ministry; a response by any lawful means = threatened response (condemning) + request to the Council"))
U(d, "Turkey's foreign ministry said the bombing of central Damascus was meant to wreck", "Bashar al-Assad.",
  ("Turkey", C, neg, "Israel", "'meant to wreck' = judgement without stock words; the entry is about Israel's strikes -> target Israel"))
U(d, "The foreign ministries of Saudi Arabia, Qatar, Jordan, and Egypt each condemned the strikes", "with deep concern.",
  ("Saudi Arabia", C, neg, "Israel", "Oxford-comma list: one row per state"),
  ("Qatar", C, neg, "Israel", "same list"),
  ("Jordan", C, neg, "Israel", "same list"),
  ("Egypt", C, neg, "Israel", "same list"),
  ("United Arab Emirates", N, neg, "", "concern without an appeal in the same sentence = neutral, negative"))
U(d, "Jordan's foreign ministry spokesman, Sufian al-Qudah, said the kingdom stood with Syria", "all its citizens.",
  ("Jordan", S, pos, "Syria", "standing with Syria and backing its government = supporting ('the kingdom' = Jordan)"))
U(d, "Defence Minister Israel Katz said the army would keep hitting government forces", "until they withdrew.",
  ("Israel", C, neg, "Syria", "announced continuation of strikes against Syrian forces = threatened/announced operation"))
U(d, "\"The regime in Damascus will pay a rising price", "Katz said.",
  ("Israel", C, neg, "Syria", "multi-sentence quote closed by its speaker; threat ('the regime in Damascus' = Syria)"))
U(d, "The Israeli military said it had struck the entrance of the Syrian army's general staff compound", "presidential palace.",
  ("Israel", N, neu, "", "own strikes reported as done, no judgement = neutral"))
U(d, "It said its forces were watching closely what the Syrian authorities were doing", "in the south.",
  ("Israel", C, neg, "Syria", "'It' = the army; presupposes that the Syrian authorities are harming Druze civilians = accusation by describing attacks on civilians (unsure: could be read as neutral monitoring)"))
U(d, "Syria's health ministry said one person was killed and 18 wounded", "state news agency SANA.",
  ("Syria", N, neu, "", "casualty figures from a ministry = neutral; SANA carries them and is not an actor"))
U(d, "Speaking to reporters at the White House, Rubio said Washington was deeply worried", "the parties involved.",
  ("United States", N, neg, "", "surname only; worry without an appeal = neutral, negative"))
U(d, "The Syrian Observatory for Human Rights, a Britain-based war monitor, said more than 300", "since Sunday.",
  ("Syrian Observatory for Human Rights", N, neu, "", "toll = neutral"))
U(d, "It said 27 of the civilians among the dead had been summarily executed", "interior ministries.",
  ("Syrian Observatory for Human Rights", C, neg, "Syria", "accusation made by describing killings of civilians by the ministries' members = condemning"))
U(d, "Israeli Foreign Minister Gideon Sa'ar told reporters that Syria's new rulers", "Druze of Sweida.",
  ("Israel", C, neg, "Syria", "accusation of persecuting minorities"))
U(d, "In a video message, Prime Minister Benjamin Netanyahu asked Israeli Druze citizens", "their relatives there.",
  ("Israel", N, neu, "", "request to its own citizens + own operation described, no actor judged = neutral"))
U(d, "Syria's defence ministry accused outlaw groups in Sweida of breaking the truce", "spare residents.",
  ("Syria", C, neg, "", "accusation of unnamed armed groups (not canonical) -> target empty"))
U(d, "The Syrian presidency said separately that the abuses reported in Sweida were unacceptable", "as criminal.",
  ("Syria", C, neg, "", "'unacceptable' abuses by unnamed perpetrators + Israel's intervention 'criminal': two objects -> target empty (unsure: Israel is the only actor named)"))
U(d, "The European Union's foreign affairs spokesperson, Anouar El Anouni, urged all sides", "territorial integrity.",
  ("European Union", T, neu, "", "appeal to all sides to protect civilians, no judgement; target empty"))
