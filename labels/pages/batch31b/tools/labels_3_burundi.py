# ------------------------------------------------------------------ Security Council resolution 2303 on a UN police component for Burundi (UN meetings coverage, 2016-07-29)
d = "page_burundi_res2303_police2016_unmeetings.txt"
# Not statements: site menu, meeting number, document code, date, headline, the subheadline ("Bujumbura Rejects ..."),
# the crosshead "Statements", the meeting times, "For information media. Not an official record.", related documents, copyright.
U(d, "The Security Council today authorized the establishment", "to seek a third term.",
  ("United Nations", T, neu, "Burundi", "the Council's decision = United Nations; a police component to monitor security and human rights = pursuing protection of civilians through a resolution (labels/README) -> calling_for_talks (unsure: deployed against Bujumbura's wishes, could be read as a measure)"))
U(d, "Resolution 2303 (2016), drafted by France, was adopted", "Egypt, Venezuela).",
  ("United Nations", N, neu, "", "adoption and tally reported as done; the abstentions are only narrated here (no rows for the four, as in earlier Council pages)"),
  ("France", T, neu, "Burundi", "drafting the text = France's own act; a resolution for monitoring and protection counts as an appeal (France's UN resolution work in the seeds)"))
U(d, "Under the text, the officers would be deployed in Bujumbura", "in documenting abuses.",
  ("United Nations", N, neu, "", "content of the decision (where, under whom, what task) = procedure"))
U(d, "By the text, the Council pressed the Government and every political and armed actor", "facilitated by the East African Community.",
  ("United Nations", T, neu, "", "pressing all sides to end violence and protect the talks, no judgement word = calling_for_talks; government and all parties -> target empty"))
U(d, "It also condemned inflammatory rhetoric, from any quarter, that stirs up hatred.", "stirs up hatred.",
  ("United Nations", C, neg, "", "'It' = the Council; 'condemned' = judgement; no named speaker -> target empty"))
U(d, "The Council also asked the Secretary-General to report on progress", "tasks of the component.",
  ("United Nations", N, neu, "", "reporting request and contingency = procedure"))
U(d, "Speaking after the vote, the representative of France said the Council had today sent Burundi a clear message", "almost daily.",
  ("France", C, neg, "Burundi", "'would not stand by while killings, disappearances and torture continued' = pressure and a charge by describing abuses"))
U(d, "\"This police component is not an occupation force.", "he said.",
  ("France", T, neu, "Burundi", "multi-sentence quote closed by its speaker; reassurance + call on the Burundian authorities to receive the police, no judgement = calling_for_talks"))
U(d, "He added that France would keep working with the African Union", "all Burundian stakeholders.",
  ("France", T, pos, "", "work so that dialogue can resume = calling_for_talks; AU and EAC are partners, not the target"))
U(d, "The representative of Egypt, explaining his abstention, said a decision of this kind should have waited", "the host Government.",
  ("Egypt", C, neg, "United Nations", "'should have waited' + 'rushed to a vote over the objections of the host Government' = judgement on the Council's decision"))
U(d, "The Council was now testing its authority on a text", "set foot in Bujumbura.",
  ("Egypt", C, neg, "United Nations", "reported speech continued ('he warned'); a text the Council cannot enforce and will have to answer for = judgement on the Council"))
U(d, "China's representative said that any deployment should rest on the consent", "unable to support the draft.",
  ("China", N, neg, "", "principle of consent + explanation of the abstention, no judgement word on an actor = neutral, negative (unsure: could be condemning the text)"))
U(d, "He called on the international community to respect Burundi's sovereignty", "to produce results.",
  ("China", T, neu, "", "appeal to respect sovereignty and give the mediation time = calling_for_talks; addressed to 'the international community' -> target empty"))
U(d, "The representative of Venezuela said his delegation rejected any attempt to use human rights as a pretext", "the Burundian Government.",
  ("Venezuela", C, neg, "", "'a pretext for interfering' + 'an imposition' = judgement on the text and its sponsors; target empty"))
U(d, "Angola's representative said the Great Lakes region had itself proposed solutions", "Bujumbura did not accept.",
  ("Angola", C, neg, "United Nations", "'the Council should have built on ... rather than on a text that Bujumbura did not accept' = criticism of the Council's choice (unsure: mild, could be neutral)"))
U(d, "He urged all Burundian parties to return to the negotiating table in Arusha.", "negotiating table in Arusha.",
  ("Angola", T, neu, "", "appeal to return to talks; all parties -> target empty"))
U(d, "The representative of the United States said that government security forces", "recorded since last year.",
  ("United States", C, neg, "", "blame for killings and disappearances; aimed at the state's forces and the ruling party's youth wing (CNDD-FDD's Imbonerakure) = two actors -> target empty"))
U(d, "\"The Government has spent months telling this Council", "she said.",
  ("United States", C, neg, "Burundi", "multi-sentence quote closed by its speaker; 'those terms have produced more graves' = judgement on the Government"))
U(d, "She said her country expected the police to deploy rapidly", "hold those who obstructed them to account.",
  ("United States", C, neg, "", "warning to hold obstructers to account = threatened response; 'those who obstructed' not named -> target empty"))
U(d, "The United Kingdom's representative welcomed the adoption", "presence on the ground.",
  ("United Kingdom", S, pos, "United Nations", "welcome of the Council's decision = supporting; no peace appeal in the sentence"))
U(d, "He added that the Council could not accept that people were still being taken from their homes", "responsibility for stopping it.",
  ("United Kingdom", C, neg, "Burundi", "'could not accept' + the authorities bear the first responsibility = judgement on Burundi's authorities"))
U(d, "The representative of the Russian Federation said his delegation had voted in favour", "in detail with Bujumbura.",
  ("Russia", T, neu, "", "vote explained + the deployment 'must be agreed in detail with Bujumbura' = appeal for consultation, no judgement; target empty"))
U(d, "Senegal's representative, speaking as an African member of the Council", "rather than adversaries.",
  ("Senegal", T, pos, "Burundi", "speaks for Senegal (not for the AU); hope that Burundi cooperates = calling_for_talks, hopeful tone"))
U(d, "New Zealand's representative said it was unfortunate that the Council had not been able to speak with one voice", "such a delicate moment.",
  ("New Zealand", N, neg, "", "regret about the Council's division, aimed at no actor's act = neutral, negative (unsure: 'unfortunate' could be read as a judgement on the abstainers)"))
U(d, "Japan's representative, speaking in his national capacity, said his Government stood ready", "East African Community facilitator.",
  ("Japan", S, pos, "", "'in his national capacity' (Japan held the presidency) -> Japan; offer of continued support to OHCHR and the EAC facilitator = supporting; two bodies -> target empty"))
U(d, "The representative of Burundi said his Government had informed the Council in writing", "worth keeping.",
  ("Burundi", C, neg, "France", "grievance (the sponsor kept nothing of its letter) stated with the counter-offer of 50 unarmed officers; the grievance decides (rule 1); the sponsor = France"))
U(d, "\"My country was not consulted; it was informed.", "he said.",
  ("Burundi", C, neg, "", "multi-sentence quote closed by its speaker; refusal of the resolution written in Paris and voted in New York (capitals as metonyms: France and the UN) -> two actors, target empty"))
U(d, "He said that calm had returned to almost every province", "chosen to pass over.",
  ("Burundi", C, neg, "Rwanda", "accusation that the attackers were enlisted among refugees in Rwanda = condemning Rwanda (the jab at the Council is secondary)"))
U(d, "He added that his Government remained committed to the East African Community-led dialogue", "already under way.",
  ("Burundi", T, pos, "", "commitment to the dialogue and to the AU observers = calling_for_talks"))
