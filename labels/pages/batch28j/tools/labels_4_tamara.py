# ------------------------------------------------------------------ Támara women's prison massacre, Honduras (UN noon briefing transcript, 2023-06-21)
d = "page_honduras_tamara_prison2023_noonbriefing.txt"
# The Spokesperson, the Secretary-General, the UN Human Rights Office, the Resident Coordinator and the UN team = United Nations.
# Not statements: site header, menu, breadcrumb, title, date, transcript note, "Good afternoon ...", crossheads (HONDURAS, SUDAN ...),
# the guests item, journalists' questions themselves, "Thank you, Steph.", non-answers, closing lines, related documents, footer.
U(d, "The Secretary-General was horrified to learn of the killing of at least 46 women", "on Tuesday.",
  ("United Nations", N, neg, "", "alarm with no appeal and no culprit = neutral, negative"))
U(d, "He extends his deepest condolences to the families of the victims", "women who were injured.",
  ("United Nations", S, pos, "Honduras", "condolences to the people and Government + wishes of recovery = solidarity (supporting); tone sympathetic, read as positive (unsure: grief could make it negative)"))
U(d, "He calls for a prompt, thorough and impartial investigation", "brought to justice.",
  ("United Nations", T, neu, "Honduras", "demand for an inquiry, no judgement = calling_for_talks (as in earlier batches)"))
U(d, "Our colleagues at the UN Human Rights Office in Honduras say the authorities owed", "handed to the military.",
  ("United Nations", C, neg, "Honduras", "second-hand attribution ('our colleagues ... say'); a duty 'plainly not met' = judgement without stock words; rule 1 over the appeal"))
U(d, "The Office has also taken note, with concern, of the Government's decision", "for one year.",
  ("United Nations", N, neg, "Honduras", "'the Office' = OHCHR; concern with no appeal = neutral, negative"))
# "The Resident Coordinator, Alice Shackelford, met relatives of the victims ..." = what someone did (a visit), no row.
U(d, "She told them that the UN team in Honduras is ready to help", "care of survivors.",
  ("United Nations", S, pos, "Honduras", "offer of assistance = supporting; pronoun = the Resident Coordinator"))
U(d, "Turning to Sudan, our humanitarian colleagues tell us that fighting continues", "despite the latest truce.",
  ("United Nations", N, neg, "", "facts from UN humanitarians, no appeal"))
U(d, "We once again call on the parties to silence the guns", "areas of fighting safely.",
  ("United Nations", T, neg, "", "appeal to all parties (target empty)"))
U(d, "President Xiomara Castro has blamed the gangs for the massacre", "dismissed her security minister overnight.",
  ("Honduras", C, neg, "", "a journalist's question reporting the president's position = Honduras's statement (labels/README); blame of gangs and of prison officials (no canonical target)"))
U(d, "I think the President's own words show that the authorities understand the gravity", "what has happened.",
  ("United Nations", N, neu, "", "after 'Spokesperson: '; an assessment, no appeal or judgement"))
U(d, "What matters to us is that the investigation is independent", "get them quickly.",
  ("United Nations", T, neu, "Honduras", "appeal for an independent inquiry"))
U(d, "Foreign Minister Enrique Reina wrote that the killings were meant to derail", "against organized crime.",
  ("Honduras", C, neg, "", "position reported in a question; charge of a plot by unnamed criminal groups (target empty)"))
# "I'm not going to speculate on motives. That's for the investigators." = non-answer, no row.
U(d, "The Government announced this morning that the Military Police would take over all 21 prisons", "moved to the Swan Islands.",
  ("Honduras", C, neg, "", "announced operation against the gangs = condemning (guide: announcing an operation against another side); gangs not canonical (target empty); unsure: could be read as an administrative plan"))
U(d, "The new security minister, Gustavo Sánchez, said there would be no negotiation with the gangs", "inside any prison.",
  ("Honduras", C, neg, "", "refusal of a party in protest + measure = condemning; target empty (gangs)"))
# "The UN office seems unhappy with that." = the journalist's own inference, no row.
U(d, "We have always said that prisons should be run by civilian authorities", "in custody safe.",
  ("United Nations", T, neu, "Honduras", "standing appeal for civilian control, no judgement"))
U(d, "And we stand ready to help the Government carry out that reform.", "And we stand ready to help the Government carry out that reform.",
  ("United Nations", S, pos, "Honduras", "offer of assistance = supporting"))
U(d, "Steph, the criminologist Edwin Sauceda Portillo", "will not change that.",
  ("Edwin Sauceda Portillo", C, neg, "Honduras", "invented independent scholar quoted in a question; judgement of the authorities' tolerance of gang rule"))
U(d, "The human rights office has been reporting for years on overcrowding", "those reports are public.",
  ("United Nations", N, neg, "", "facts about its own reporting"))
U(d, "Dilcia Cálix, whose sister was held at Támara, told reporters", "were being threatened.",
  ("Dilcia Cálix", C, neg, "Honduras", "invented relative (witness) as independent person; ignored warnings = accusation of the guards"))
U(d, "And the US Ambassador, Laura Dogu, said the killings deepened her government's worries", "treated in Honduras.",
  ("United States", N, neg, "Honduras", "concern with no appeal = neutral, negative (reported in a question)"))
U(d, "The safety of every person in State custody is the responsibility of the State", "who remain there.",
  ("United Nations", T, neu, "Honduras", "'we expect the authorities to take every measure' = demand with no judgement word; 'Of course.' before it is left out"))
U(d, "The Inter-American Commission on Human Rights condemned the killings on Tuesday", "regional partners.",
  ("Organization of American States", C, neg, "", "IACHR = OAS body; condemnation of the killings (perpetrators not canonical) joined to an appeal: rule 1"),
  ("United Nations", N, neu, "", "the spokesperson's own clause: regular contact = procedural"))
U(d, "I saw that the EU delegation in Tegucigalpa also urged a reform", "refer you to them.",
  ("European Union", T, neu, "Honduras", "appeal for reform + offer of cooperation, no judgement: rule 2 before rule 3; the UN's referral is procedural (no UN row)"))
# "I have nothing to announce on any calls." = non-answer, no row.
U(d, "UN Women also conveyed its solidarity with the families", "as anyone else.",
  ("United Nations", S, pos, "", "UN Women = United Nations; solidarity with the families (no canonical target); the reminder is a principle, not a judgement of an actor"))
U(d, "The opposition National Party, for its part, said the Government had lost control", "months ago.",
  ("National Party of Honduras", C, neg, "Honduras", "opposition party reported in a question; judgement of the government's failure"))
