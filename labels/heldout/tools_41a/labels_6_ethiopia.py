# ------------------------------------------------------------------ Security Council on Ethiopia's expulsion of seven UN officials (UN meetings coverage, 2021-10-06)
d = "page_ethiopia_unstaff2021_unmeetings.txt"
# Not statements: site header, menu, document number, date, organ, agenda item, headline, subheadline, "Statements" heading,
# meeting times, "For information media", share, related documents, footer.
U(d, "The Secretary-General of the United Nations told the Security Council today", "a sovereign State's affairs.",
  ("United Nations", C, neg, "Ethiopia", "lead: expulsion 'had no basis in the Charter' = judgement; the members' split is narrated without named actors"))
U(d, "Briefing the 15-member organ, António Guterres said the Charter gave no Member State", "was unambiguous.",
  ("United Nations", C, neg, "Ethiopia", "legal judgement against the expulsion"))
U(d, "\"The doctrine of persona non grata applies to diplomats", "he said.",
  ("United Nations", C, neg, "Ethiopia", "quote continuing the legal rebuttal (unsure: could be neutral legal exposition)"))
U(d, "He asked the Government to send him in writing any complaint", "if action was warranted.",
  ("United Nations", T, neu, "Ethiopia", "request to use the proper channel = offer of a process (unsure: could be neutral)"))
U(d, "Recalling the scale of need in northern Ethiopia, he said some 7 million people", "famine-like conditions.",
  ("United Nations", N, neu, "", "figures given by an actor"))
U(d, "He appealed to all parties to silence their guns", "includes all Ethiopians.",
  ("United Nations", T, neu, "", "ceasefire, access, dialogue"))
U(d, "The representative of the United States said her delegation condemned the expulsions", "from the world.",
  ("United States", C, neg, "Ethiopia", "condemnation + motive imputed"))
U(d, "She recalled that her Government had created a sanctions regime", "obstructing humanitarian assistance.",
  ("United States", C, neg, "", "threat of sanctions against anyone obstructing aid; no single target named"))
U(d, "Ireland's representative said the expulsions were an assault", "without delay.",
  ("Ireland", C, neg, "Ethiopia", "'an assault on humanitarian principles' + demand: rule 1"))
U(d, "The representative of Norway said her delegation was deeply alarmed", "full humanitarian access.",
  ("Norway", T, neg, "Ethiopia", "alarm + appeal to reverse and restore access, no judgement word"))
U(d, "Estonia's delegate said that attacking the messenger", "to feed its population.",
  ("Estonia", C, neg, "Ethiopia", "judgement without stock words: 'attacking the messenger', 'drove out'"))
U(d, "The representative of the United Kingdom said the decision was unjustifiable.", "was unjustifiable.",
  ("United Kingdom", C, neg, "Ethiopia", "'unjustifiable'"))
U(d, "She said her country would keep funding the United Nations agencies", "behind their staff.",
  ("United Kingdom", S, pos, "United Nations", "funding + backing of UN staff"))
U(d, "France's delegate said his country regretted a decision", "the Secretary-General and his staff.",
  ("France", C, neg, "Ethiopia", "'regretted' + confidence in the UN: rule 1"))
U(d, "Mexico's representative said the expulsion of international civil servants", "should not accept.",
  ("Mexico", C, neg, "Ethiopia", "'dangerous precedent' the Council should not accept = judgement"))
U(d, "Speaking on behalf of the \"A3+1\"", "respect for Ethiopia's sovereignty.",
  ("Kenya", T, neu, "", "joint statement: depoliticised aid, quiet engagement, respect for sovereignty; one row per listed state"),
  ("Niger", T, neu, "", "listed member of the A3+1"),
  ("Tunisia", T, neu, "", "listed member of the A3+1"),
  ("Saint Vincent and the Grenadines", T, neu, "", "listed member of the A3+1"))
U(d, "He said the A3+1 supported the efforts of the African Union's High Representative", "to the table.",
  ("Kenya", S, pos, "African Union", "backing the AU envoy's mediation (rule 3; unsure: calling_for_talks, as the backed effort is talks)"),
  ("Niger", S, pos, "African Union", "listed member"),
  ("Tunisia", S, pos, "African Union", "listed member"),
  ("Saint Vincent and the Grenadines", S, pos, "African Union", "listed member"))
U(d, "India's delegate said that his country hoped the Government and the United Nations", "neutrality and impartiality.",
  ("India", T, pos, "", "hope for dialogue between two sides"))
U(d, "The representative of Viet Nam encouraged the Government and the United Nations", "Ethiopian people first.",
  ("Vietnam", T, neu, "", "appeal for cooperation"))
U(d, "China's delegate said the sovereignty and territorial integrity of Ethiopia", "to rebuild trust.",
  ("China", T, neu, "", "sovereignty + avoid complicating + communication; no judgement of a named actor"))
U(d, "The representative of the Russian Federation said that he saw no reason", "on a sovereign Government.",
  ("Russia", C, neg, "", "accuses 'some Council members' of using humanitarian concerns as pressure; several -> target empty"))
U(d, "Ethiopia's representative, Taye Atske Selassie, said his Government had acted", "take up the matter at all.",
  ("Ethiopia", N, neg, "", "defence of its act + surprise; no judgement of a named actor (unsure: implicit reproach of the Council)"))
U(d, "He said the seven officials had breached their duty of impartiality", "communications equipment.",
  ("Ethiopia", C, neg, "United Nations", "accusations against UN staff (the UN)"))
U(d, "\"These individuals served an agenda that was not the agenda", "he said.",
  ("Ethiopia", C, neg, "United Nations", "judgement on the officials"))
U(d, "He said his Government would transmit documents", "respect its laws.",
  ("Ethiopia", N, neu, "", "plan + own commitment = neutral"))
U(d, "Taking the floor again, Mr. Guterres said he had never received", "without a reply.",
  ("United Nations", N, neg, "", "denial of having received complaints (unsure: the 'without a reply' is a reproach)"))
U(d, "He said the United Nations would go on delivering assistance", "suffering of the Ethiopian people.",
  ("United Nations", S, pos, "Ethiopia", "continued aid to Ethiopia = supporting"))
