# ------------------------------------------------------------------ ICJ provisional measures, The Gambia v. Myanmar (UN noon-briefing summary, 2020-01-24)
d = "page_gambia_myanmar_icj_unbriefing.txt"
# Not statements: skip link, UN banner, languages, menu, "Noon Briefing", date, title, the summary's lead-in line,
# subject headings, "* *** *", "For information media. Not an official record.", related documents, share, address, footer.
# Journalists asking questions are not actors; positions of others reported inside their questions are those others' rows.
U(d, "The Spokesman recalled that on Thursday the Secretary-General had welcomed", "filed by The Gambia.",
  ("United Nations", S, pos, "International Court of Justice", "the Spokesman = United Nations; welcome of the Court's order (recalled, a specific act)"))
U(d, "The Court, in a unanimous decision read out in The Hague", "every six months after that.",
  ("International Court of Justice", T, neu, "Myanmar", "the Court's order (active voice) to protect a group and prevent acts = calling_for_talks (protection of civilians), as blind26a's 'World Court ordered' (unsure); the President reads for the Court; The Hague = place"))
U(d, "Mr. Guterres expects Myanmar to carry out what the Court has ordered", "the Spokesman added.",
  ("United Nations", T, neu, "Myanmar", "expectation of compliance addressed to Myanmar, no judgement word; attribution tail"))
U(d, "In line with Article 41 of the Statute, notice of the provisional measures", "he said.",
  ("United Nations", N, neu, "", "procedure"))
U(d, "Asked about a statement issued late on Thursday by Myanmar's Ministry of Foreign Affairs", "still before the Court.",
  ("Myanmar", N, neg, "", "the ministry's position reported inside the question: its commission 'found that no genocide took place' = denial, neutral, negative"),
  ("United Nations", N, neu, "", "the Spokesman declines to debate the substance = neutral"))
U(d, "Complying with the Order, however, was not open to debate, he said.", "was not open to debate, he said.",
  ("United Nations", T, neu, "Myanmar", "continuation: compliance is not negotiable = demand addressed to Myanmar without a judgement word (unsure: could be neutral)"))
U(d, "The correspondent noted that the ministry had also blamed", "a number of governments.",
  ("Myanmar", C, neg, "", "'the ministry' = Myanmar's foreign ministry by context, reported by a correspondent; blames rights advocates (not a canonical actor, target empty)"))
U(d, "Mr. Dujarric said he had seen the statement and had nothing to add", "already said.",
  ("United Nations", N, neu, "", "declines to comment = neutral"))
U(d, "Another correspondent asked about an opinion article published on Thursday by State Counsellor Aung San Suu Kyi", "to deal with them.",
  ("Myanmar", N, neu, "", "State Counsellor = Myanmar; her own account (possible war crimes by some soldiers, domestic justice to deal with them), no judgement of another actor and no appeal for peace; reported inside a question"))
U(d, "The Spokesman said that holding to account those responsible for the serious crimes", "gathering evidence.",
  ("United Nations", C, neg, "", "'serious crimes committed in Rakhine' + accountability = judgement with no perpetrator named (target empty; unsure: Myanmar's forces are implied)"))
U(d, "Asked whether the Secretary-General would raise the Order with the authorities in Nay Pyi Taw", "to go home.",
  ("United Nations", T, neu, "Myanmar", "the Special Envoy = United Nations; pressing for conditions for refugees' return = calling_for_talks; Nay Pyi Taw = metonym for the authorities"))
U(d, "A journalist asked about remarks by the military's spokesman, Brigadier General Zaw Min Tun", "responding to the Order.",
  ("Myanmar", N, neu, "", "role then name; the military = Myanmar (the army speaks for its state); own conduct, reported inside a question"))
U(d, "Asked whether the Order would speed up the return of Rohingya refugees", "had not yet been met.",
  ("United Nations", T, neu, "", "returns must be voluntary, safe and dignified = protection of refugees' return; conditions in Rakhine not met (no actor named)"))
U(d, "He noted that Bangladesh's Foreign Minister, AK Abdul Momen, had greeted the Order", "sheltered them.",
  ("Bangladesh", S, pos, "International Court of Justice", "Bangladesh's welcome reported by the Spokesman (who takes no position here: no UN row)"))
U(d, "The Office of the United Nations High Commissioner for Refugees (UNHCR) says", "earlier waves of violence.",
  ("United Nations", N, neu, "", "UNHCR figures (UN agency) = neutral"))
U(d, "A journalist, noting that The Gambia had called on the Security Council", "to the Council himself.",
  ("Gambia", T, neu, "", "The Gambia's appeal to the Council to ensure compliance, reported inside a question = calling_for_talks; two parties involved (the Council, Myanmar), target empty"))
U(d, "The Spokesman said any action by the Council was for its 15 members to decide.", "for its 15 members to decide.",
  ("United Nations", N, neu, "", "procedure"))
U(d, "Another correspondent said the Organisation of Islamic Cooperation (OIC)", "until the case was over.",
  ("Organisation of Islamic Cooperation", S, pos, "", "welcome of the Order + paying for The Gambia's legal team (backing by act); two targets (the Court, The Gambia), target empty"))
U(d, "A third correspondent said Human Rights Watch had described the Order", "to comply with it.",
  ("Human Rights Watch", T, neu, "", "welcome + appeal to the Council with no judgement: rule 2 before rule 3; target empty (Council and Myanmar)"))
U(d, "The Spokesman said the Secretary-General's position on compliance had been made clear", "addressed to them.",
  ("United Nations", N, neu, "", "non-answer, procedure"))
U(d, "Canada and the Netherlands, which announced last month", "standing with The Gambia.",
  ("Canada", S, pos, "", "joint statement = one row per signatory; welcome of the Order + backing of The Gambia (two targets, empty)"),
  ("Netherlands", S, pos, "", "same joint statement"))
U(d, "In Geneva, a spokesperson for the Office of the United Nations High Commissioner for Human Rights (OHCHR)", "since 2012.",
  ("United Nations", T, neu, "Myanmar", "OHCHR = United Nations; welcome + appeal to lift restrictions on a minority with no judgement: rule 2 before rule 3; Geneva = place"))
U(d, "Yanghee Lee, the Special Rapporteur on the situation of human rights in Myanmar", "deepening their ties with it.",
  ("United Nations", C, neg, "Myanmar", "name then role; UN special rapporteur = United Nations (unsure: an independent expert); 'grave crimes by its security forces' = accusation"))
# No row: "She was barred from entering Myanmar in December 2017 ..." (background narration).
U(d, "Turning to Libya, the Spokesman said the United Nations Support Mission in Libya (UNSMIL)", "since 12 January.",
  ("United Nations", T, neg, "", "UN mission = United Nations; concern + appeal to the parties to respect the truce"))
U(d, "The Mission also reminded all Member States of their obligations under the arms embargo", "on Sunday.",
  ("United Nations", T, neu, "", "reminder of the embargo obligations = appeal, no judgement (unsure: could be neutral)"))
U(d, "Asked about the outbreak of the novel coronavirus in China, the Spokesman said that the World Health Organization's Emergency Committee", "sooner if needed.",
  ("World Health Organization", N, neu, "", "the WHO committee's decision relayed by the Spokesman (who takes no position: no UN row); procedure"))
U(d, "The World Health Organization said it was in close contact with the Chinese authorities", "to support them.",
  ("World Health Organization", S, pos, "China", "offer of expert help = supporting"))
# No rows: "Upcoming Briefings" items (schedule).
