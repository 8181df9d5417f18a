# ------------------------------------------------------------------ Hamas's attack on Israel, first reactions (UN News-style readout, 2023-10-08)
d = "page_hamas_attack_unreadout.txt"
U(d, "UN Secretary-General António Guterres on Sunday renewed his condemnation", "worsening by the hour.",
  ("United Nations", C, neg, "Hamas", "long lead carrying narration and the SG's renewed condemnation; the Council meeting and the agencies' warning are narrative here (detailed below)"))
U(d, "In a recorded message broadcast on Saturday, the commander of the Hamas armed wing", "long blockade of Gaza.",
  ("Hamas", C, neg, "Israel", "announced operation against another side, justified as revenge for Israeli acts = condemning"))
U(d, "Israel's security cabinet on Sunday formally invoked", "against Hamas.",
  ("Israel", C, neg, "Hamas", "state of war invoked to open a campaign against Hamas = announced military operation against a side"))
U(d, "In a statement issued through his Spokesperson on Saturday", "without conditions.",
  ("United Nations", C, neg, "Hamas", "'appalled' + 'flouted the most basic rules' = judgement, with a demand to free the captives (rule 1)"))
U(d, "\"Civilians on both sides are already paying an unbearable price,\"", "into a wider war.\"",
  ("United Nations", T, neg, "", "quote continued after the attribution (one unit up to its close): appeal to all parties to step back; alarm in tone, no judgement"))
U(d, "Tor Wennesland, the Special Coordinator", "keep the violence from spreading.",
  ("United Nations", C, neg, "Hamas", "'horrifying escalation' judges the attack (claimed by Hamas on this page) + contacts to contain it: rule 1"))
U(d, "According to the Ministry of Health in Gaza", "more than 2,300 injured.",
  ("Hamas", N, neu, "", "Gaza health ministry = Hamas (name files); figures"))
U(d, "Israeli authorities said more than 700 people", "held captive in Gaza.",
  ("Israel", N, neu, "", "figures given by the state"))
U(d, "UNRWA, the UN agency for Palestine refugees, said it had thrown open", "sheltering in them.",
  ("UNRWA", S, neu, "Palestine", "shelter opened to displaced families = aid by act (supporting); Gaza's civilians -> Palestine (demonym, as batch5c's airdrops; unsure)"))
U(d, "Its Commissioner-General, Philippe Lazzarini, said he was deeply alarmed", "within days.",
  ("UNRWA", N, neg, "", "'Its' = UNRWA; alarm and a warning with no appeal = neutral, negative"))
U(d, "The UN High Commissioner for Human Rights, Volker Türk, said he was shocked", "under international law.",
  ("United Nations", C, neg, "Hamas", "OHCHR = UN; shock at killings + 'hostage-taking strictly banned' aimed at the attack's authors = judgement; target Hamas as the page names the attackers"))
U(d, "He added that Israel's military response must be guided strictly", "spare Gaza's civilians.",
  ("United Nations", T, neu, "Israel", "'He' = Türk; protection of civilians demanded of Israel with no judgement word = calling_for_talks"))
U(d, "Council members met behind closed doors on Sunday afternoon at the request of Malta", "in the chair.",
  ("Malta", T, neu, "", "requesting emergency Council consultations = seeking a diplomatic course (unsure: could be read as narrative)"),
  ("United Arab Emirates", T, neu, "", "same request; Brazil only presides (no position)"))
U(d, "\"This was not a flare-up, it was a massacre planned for months", "Mr. Erdan told reporters.",
  ("Israel", C, neg, "Hamas", "'massacre' = judgement of the attack (Hamas's on this page); the photographs shown in the sentence before are an act without a position (no row)"))
U(d, "\"Israel will make sure that those who did this", "on Friday.\"",
  ("Israel", C, neg, "Hamas", "quotation continued over a paragraph break with no new attribution = same speaker (Erdan); two-sentence threat"))
U(d, "Riyad Mansour, the Permanent Observer of the State of Palestine, accused Israel", "bombardment of Gaza.",
  ("Palestine", C, neg, "Israel", "accusation ('occupation', 'collective punishment') + appeal: rule 1"))
U(d, "Speaking afterwards, Robert Wood", "a campaign of terror.",
  ("United States", C, neg, "Hamas", "deputy ambassador; 'campaign of terror' judgement; the unnamed 'most members' get no row"))
U(d, "He pointed to the Pentagon's announcement", "on their way to Israel.",
  ("United States", S, neu, "Israel", "'the Pentagon' = US by context; carrier group and munitions for Israel = backing by act"))
U(d, "Vassily Nebenzia of the Russian Federation rejected suggestions", "every attack on civilians.",
  ("Russia", N, neg, "", "denial that Moscow refused to condemn = neutral, negative (guide); the general 'every attack on civilians' names no one"))
U(d, "\"The priority now is to stop the bloodshed", "he said.",
  ("Russia", T, neg, "", "appeal to stop fighting and resume a political process, no judgement"))
U(d, "China's Permanent Representative, Zhang Jun, said as he arrived", "could not remain silent.",
  ("China", T, neu, "", "'opposed any further escalation' aimed at no one = appeal (guide)"))
U(d, "Lana Nusseibeh, the Permanent Representative of the United Arab Emirates", "regional spillover.",
  ("United Arab Emirates", T, neu, "", "expects more meetings + appeal to protect civilians"))
U(d, "Barbara Woodward of the United Kingdom said her Government stood firmly with Israel", "against terrorism.",
  ("United Kingdom", S, pos, "Israel", "solidarity with Israel and its right to self-defence"))
U(d, "Brazil's Ministry of Foreign Affairs had said on Saturday", "maximum restraint.",
  ("Brazil", C, neg, "Hamas", "condemnation + condolences + appeal for restraint: rule 1; 'attacks carried out from Gaza' = Hamas's on this page (target, unsure)"))
