# ------------------------------------------------------------------ Nicaragua: HRC dialogue with the Group of Human Rights Experts after the expulsions and denationalisations (UN meetings coverage, 2023-03-07)
d = "page_nicaragua_ghren_denationalisation2023_hrcmeeting.txt"
# Not statements: site header, breadcrumb, title and subtitle (the subtitle carries positions; never statements), date, meeting number, crossheads, the disclaimer, media contact, Related line, footer.
# "The Human Rights Council this morning concluded its interactive dialogue ..." = procedure of the body, no row.
# The Group of Experts is a body created by the Council: United Nations.
U(d, "Presenting the Group's first report, Jan-Michael Simon, Chair of the Group, said", "amounted to crimes against humanity.",
  ("United Nations", C, neg, "Nicaragua", "UN expert body; findings of crimes against humanity"))
U(d, "Mr. Simon said the Group had found that President Daniel Ortega", "kept for any future proceedings.",
  ("United Nations", C, neg, "Nicaragua", "holds the leadership responsible; Ortega and Murillo are only mentioned (targets, not speakers)"))
U(d, "He told the Council that the expulsion on 9 February", "without a State to protect them.",
  ("United Nations", C, neg, "Nicaragua", "accusation by describing the harm done by the State's act = condemning"))
U(d, "The Group had sent notes verbales to the Government", "none had been answered.",
  ("United Nations", N, neg, "", "attribution in the middle ('the Chair said'); facts of non-cooperation, no judgement word"))
U(d, "He asked the Council to renew the Group's mandate", "those deprived of it.",
  ("United Nations", C, neg, "Nicaragua", "urging prosecutions of those responsible = a punitive response (condemning) joined to a renewal request and a demand to restore nationality"))
U(d, "Ángela Buitrago, a member of the Group, said the victims", "into families and parishes.",
  ("United Nations", C, neg, "Nicaragua", "second expert, same body; judgement without a stock word"))
U(d, "The representative of the European Union said the bloc was appalled", "the tools of a government.",
  ("European Union", C, neg, "Nicaragua", "'the bloc'; alarm joined to a judgement of denationalisation"))
U(d, "She said the European Union would continue to work with partners", "supported the renewal of the mandate.",
  ("European Union", C, neg, "Nicaragua", "speaker named by pronoun; targeted restrictive measures (sanctions) = condemning"))
U(d, "The representative of Costa Rica, which hosts the largest community", "keep its doors open to them.",
  ("Costa Rica", S, pos, "", "refuge offered to exiles = backing by act; aimed at the exiles -> target empty"))
U(d, "The representative of the United States said the release of the 222 detainees", "had not changed.",
  ("United States", C, neg, "Nicaragua", "welcome joined to a judgement: rule 1, the judgement decides"))
U(d, "He said the United States had offered the released prisoners humanitarian parole", "rebuild their lives.",
  ("United States", S, pos, "", "assistance to the released prisoners = supporting, target empty"))
U(d, "The representative of Spain recalled that his Government had offered Spanish nationality", "already accepted it.",
  ("Spain", S, pos, "", "nationality offered to the stateless = backing by act"))
U(d, "The speaker said Spain hoped that the Nicaraguan authorities", "all sectors of the society.",
  ("Spain", T, pos, "Nicaragua", "'the speaker' = Spain's representative; hope for dialogue = calling_for_talks"))
U(d, "Speaking for Brazil, the representative said Brazil was prepared", "restore rights in the country.",
  ("Brazil", T, pos, "", "offer to receive the stateless + belief in dialogue, no judgement: rule 2 before 3 (unsure: the offer alone would be supporting)"))
U(d, "The representative of Chile said the report described a pattern of persecution", "renewing the mandate.",
  ("Chile", C, neg, "Nicaragua", "'no government could defend' = judgement without a stock word"))
U(d, "The representative of Argentina said his country had also offered nationality", "those affected.",
  ("Argentina", S, pos, "", "nationality offered = supporting"))
U(d, "Colombia's representative said the situation should be addressed", "the situation of the stateless.",
  ("Colombia", T, neg, "", "concern joined to an appeal for dialogue = calling_for_talks"))
U(d, "The representative of Canada, speaking also on behalf of Australia and New Zealand", "cooperate with the Group.",
  ("Canada", T, neg, "Nicaragua", "concern ('deeply troubled') + demand to release and cooperate, no judgement word = calling_for_talks"),
  ("Australia", T, neg, "Nicaragua", "joint statement delivered by Canada, one row per state"),
  ("New Zealand", T, neg, "Nicaragua", "joint statement delivered by Canada, one row per state"))
# "A number of delegations rejected the dialogue itself." = summary line, no row.
U(d, "The representative of Venezuela said the Group was part of a campaign", "prepare the ground for intervention.",
  ("Venezuela", C, neg, "United Nations", "accusation against the Group and the Council"))
U(d, "Cuba's representative said the report was selective", "were ignored.",
  ("Cuba", C, neg, "United Nations", "report judged selective and politically motivated"))
U(d, "The representative of the Russian Federation said country-specific mandates", "would not support the renewal.",
  ("Russia", C, neg, "", "refusal of the format with its grievance stated = condemning; aimed at mandates in general -> target empty"))
U(d, "He added that unilateral coercive measures imposed on Nicaragua by Western States", "suffering in the country.",
  ("Russia", C, neg, "", "blame on 'Western States' (not a canonical actor) -> target empty"))
U(d, "The representative of China said human rights issues should not be politicised", "choice of development path.",
  ("China", S, neu, "Nicaragua", "defence of Nicaragua's choices = supporting (unsure: could be neutral)"))
U(d, "Belarus, in remarks delivered by its representative, said the Council should rely", "imposed on them.",
  ("Belarus", T, neu, "", "objection to the mechanism with a counter-offer of cooperation = calling_for_talks"))
# "The Council was informed that Nicaragua had not taken the floor ..." = non-answer, no row.
U(d, "Speaking by video message, Norma Castellón", "read out on the radio.",
  ("Norma Castellón", N, neg, "", "invented witness under her own name; her own account, no judgement"))
U(d, "\"They took my passport, my pension and my house", "Ms. Castellón said.",
  ("Norma Castellón", C, neg, "Nicaragua", "'They' = the authorities; accusation by describing what was done to her"))
U(d, "Tomás Leiva, a former student leader who was among the 222", "could not wait for another report.",
  ("Tomás Leiva", T, neg, "", "invented former prisoner; appeal for urgent action for detainees (unsure: could be neutral)"))
U(d, "\"Renew this mandate, but do not let it become a ritual,\" Mr. Leiva said.", "Mr. Leiva said.",
  ("Tomás Leiva", S, neu, "United Nations", "asks the Council to renew the Group's mandate = backing of the body (unsure)"))
U(d, "Mr. Simon, in closing, thanked delegations", "refusal to engage.",
  ("United Nations", N, neg, "", "plans; the Government's refusal stated as a fact"))
U(d, "He said the Group welcomed the offers of nationality", "follow their example.",
  ("United Nations", S, pos, "", "welcome joined to an appeal for more nationality offers (not a peace appeal) = supporting; several states -> target empty"))
