# ------------------------------------------------------------------ Colombia-Venezuela border closure and deportations (Latin American news site, full HTML, 2015-09-07)
d = "page_colombia_venezuela_border_latamsite.html"
U(d, "Venezuelan President Nicolás Maduro on Monday night ordered the Paraguachón crossing", "in less than three weeks.",
  ("Venezuela", C, neg, "", "dateline excluded; long lead: border closure + state of exception = announced operation against another side (unsure: could be a neutral measure); aimed at 'gangs and smugglers' (non-canonical) -> target empty"))
U(d, "“For too long Zulia has been bled by paramilitary gangs", "to guard the crossing.",
  ("Venezuela", C, neg, "", "quote closed by speaker + attribution tail; judgement of the gangs and troops sent = operation; target empty; Miraflores = place"))
U(d, "He said members of the Wayuu indigenous people", "to come and go.",
  ("Venezuela", N, neu, "", "pronoun 'He' = Maduro; exemption, procedure"))
U(d, "Hours earlier, Colombian President Juan Manuel Santos had said he accepted an offer", "pulled both ambassadors home.",
  ("Colombia", T, pos, "Venezuela", "accepts mediation to restore relations = talks"),
  ("Uruguay", T, pos, "", "Vázquez's offer of mediation reported inside Santos's sentence = Uruguay's own position; addressed to both"))
U(d, "Maduro, for his part, said he had accepted offers of mediation from Brazil and Argentina", "but without conditions.",
  ("Venezuela", T, neu, "Colombia", "offer to meet (even with a condition) = talks"),
  ("Brazil", T, neu, "", "offer of mediation reported by Maduro"),
  ("Argentina", T, neu, "", "offer of mediation reported by Maduro"))
U(d, "Santos has said he will meet Maduro only if Venezuela lets", "already expelled.",
  ("Colombia", T, neg, "Venezuela", "conditional offer of a meeting = calling_for_talks (README: offering talks, even conditional ones)"))
# no row: ADVERTISEMENT, crosshead
U(d, "The crisis began on August 19, when Maduro shut the main crossings", "blamed on Colombian paramilitaries.",
  ("Venezuela", C, neg, "", "background sentence carrying a specific act and a position: closure + blame on paramilitaries (non-canonical, target empty)"))
U(d, "Two days later he declared a state of exception", "with a “D”.",
  ("Venezuela", C, neg, "", "'he' = Maduro; state of exception and house-to-house operation against residents = the same measure as the lead (unsure: narration of an act)"))
U(d, "Colombia's disaster management agency says 1,443 people have been deported", "through the shallow Táchira River.",
  ("Colombia", N, neu, "", "state agency = Colombia; figures, no evaluation"))
# no row: the La Invasión woman (unnamed resident), "Related:" link, crosshead
U(d, "Santos, who had spent the first week of the crisis", "as though they were criminals.",
  ("Colombia", C, neg, "Venezuela", "recall of the ambassador + judgement of the expulsions; Caracas = place"))
U(d, "Caracas answered within hours by recalling its own envoy", "announced on Twitter.",
  ("Venezuela", C, neg, "Colombia", "'Caracas' = metonym; retaliatory recall = diplomatic measure; Bogotá = place"))
# no row: "A meeting between Rodríguez and ... Holguín ... had ended without agreement." (meeting listed in narration)
U(d, "Maduro has accused Santos's government of leaving its side", "brings them under control.",
  ("Venezuela", C, neg, "Colombia", "accusation; Bogotá = metonym; Santos's government = object"))
U(d, "At the Organization of American States in Washington last Monday, Venezuela's ambassador", "in their own country.",
  ("Venezuela", N, neg, "", "denial of abuse + own record; the OAS and Washington are places here"))
# no row: photo caption, crosshead
U(d, "Colombia's request for an emergency meeting of the hemisphere's foreign ministers", "11 abstentions.",
  ("Colombia", T, neu, "", "request for a ministers' meeting = diplomatic recourse (unsure: could be a complaint); the council's vote is procedure, no OAS row"))
U(d, "Colombia's envoy, Andrés González, told the council before the vote", "the clothes they wore.",
  ("Colombia", C, neg, "Venezuela", "accusation made by describing the treatment of civilians"))
U(d, "Foreign Minister Holguín said afterwards that the vote had let down", "a hard look at itself.",
  ("Colombia", C, neg, "Organization of American States", "judgement of a body ('let down the whole hemisphere'); surname only"))
# no row: "Panama, which Bogotá had counted on, abstained." (a vote, no position)
U(d, "The OAS secretary general, Luis Almagro, said two days later", "humanitarian situation at the border.",
  ("Organization of American States", T, neu, "", "appeal for direct dialogue and humanitarian relief, to both sides"))
U(d, "He toured shelters in Cúcuta on Saturday", "a humanitarian emergency.",
  ("Organization of American States", N, neg, "", "'He' = Almagro; alarm without an appeal = neutral, negative; the mayor is mentioned only"))
U(d, "Santos thanked Almagro for making the trip and urged Caracas", "go back for their belongings.",
  ("Colombia", T, neu, "Venezuela", "welcome + humanitarian appeal, no judgement: rule 2 before rule 3; Caracas = metonym as addressee"))
U(d, "The Inter-American Commission on Human Rights, an autonomous OAS body", "asked Venezuela to stop them.",
  ("Organization of American States", C, neg, "Venezuela", "IACHR = OAS (name files); the expulsions called unlawful + demand to stop (rule 1; unsure: the judgement is put as a reminder of the law)"))
# no row: ADVERTISEMENT, crosshead
U(d, "UNASUR's secretary general, Ernesto Samper, offered the bloc's good offices", "could attend.",
  ("Union of South American Nations", T, pos, "", "'the bloc' = UNASUR; offer of good offices and a meeting; Quito = place"))
U(d, "The U.N. refugee agency said it was worried about the deportees", "refugee status in Venezuela.",
  ("UNHCR", N, neg, "", "concern without an appeal = neutral, negative"))
U(d, "The agency has sent staff, tents and hygiene kits", "run the shelters.",
  ("UNHCR", S, neu, "Colombia", "'the agency' = UNHCR; aid sent = backing by act"))
U(d, "The International Organization for Migration said its teams were helping", "temporary housing.",
  ("International Organization for Migration", S, neu, "Colombia", "help to the Colombian authorities = backing by act"))
U(d, "In Washington, the State Department urged both governments", "with dignity.",
  ("United States", T, neu, "", "appeal to both; 'In Washington' = place"))
U(d, "Former president Álvaro Uribe, Santos's fiercest critic at home", "far too softly.",
  ("Álvaro Uribe", C, neg, "", "opposition figure under his own name (name files); judges Maduro and Santos's government = two targets -> empty"))
U(d, "In San Cristóbal, Táchira's governor, José Gregorio Vielma Mora", "shops were restocking.",
  ("Venezuela", N, pos, "", "state governor resolves to his state; praise of his own side's measure = neutral, positive"))
U(d, "Maduro insisted in Monday's broadcast that Colombians living lawfully", "nothing to fear.",
  ("Venezuela", N, pos, "", "reassurance about own conduct = neutral"))
# no row: "Analysts in Bogotá said ..." (unnamed analysts), "Related:", caption, credits, tags, newsletter, comments, most read
