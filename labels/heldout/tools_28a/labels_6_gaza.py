# ------------------------------------------------------------------ Killings near the Gaza Humanitarian Foundation's aid sites (UN noon-briefing transcript .txt, 2025-06-02)
d = "page_gaza_ghf_aidsites_unbriefing.txt"
# no rows: UN banner, languages, menu, document number, headings with **, "Good afternoon. I will start with Gaza." (procedure, no position)
U(d, "In a statement issued yesterday evening, the Secretary-General said he was shocked", "trying to reach food in Rafah.",
  ("United Nations", N, neg, "", "the SG via the spokesman = UN; shock without an appeal = neutral, negative"))
U(d, "He said it was intolerable that people in Gaza should have to risk being shot", "held to account.",
  ("United Nations", C, neg, "", "'He' = the SG; 'intolerable' + accountability (rule 1); nobody named -> target empty"))
U(d, "He added that, as the occupying Power, Israel was bound by international humanitarian law", "make its delivery possible.",
  ("United Nations", T, neg, "Israel", "reminder of obligations = an appeal to one side, no judgement word (README: demand to one side)"))
U(d, "Our colleagues at the Office for the Coordination of Humanitarian Affairs (OCHA) tell us", "in western Rafah on Sunday.",
  ("Hamas", N, neu, "", "the Gaza health ministry's figures = Hamas (name files), relayed by OCHA; OCHA only relays them, so no UN row (unsure)"))
U(d, "The International Committee of the Red Cross said its field hospital in Rafah had received 179 patients", "dead on arrival.",
  ("ICRC", N, neg, "", "casualty figures from its own hospital"))
U(d, "Most had gunshot or shrapnel wounds, and all of them said", "the ICRC said.",
  ("ICRC", N, neu, "", "attribution tail; facts, no blame"))
U(d, "OCHA says partners are also reporting that the few hospitals still working in the south", "register their deaths.",
  ("United Nations", N, neg, "", "OCHA = UN; humanitarian facts, no appeal"))
U(d, "Last night, the Human Rights Office said the new arrangement, run under the guard of Israeli troops", "serious crime under international law.",
  ("United Nations", C, neg, "Israel", "OHCHR = UN; accuses the Israeli-guarded scheme of exposing people to gunfire + 'serious crime'"))
U(d, "The Commissioner-General of UNRWA, Philippe Lazzarini, said the distribution model humiliated desperate people", "crossings were opened.",
  ("UNRWA", C, neg, "Gaza Humanitarian Foundation", "role then name; judgement of the GHF model"))
U(d, "The World Food Programme (WFP) says it has enough food positioned", "allowed to bring it in.",
  ("World Food Programme", T, neg, "", "appeal for humanitarian access; nobody addressed by name -> target empty"))
U(d, "As we have said many times, the UN is not taking part in the distribution scheme", "on which our work is based.",
  ("United Nations", C, neg, "Gaza Humanitarian Foundation", "refusing a format with the grievance stated = condemning (README: refusal in protest)"))
# no row: "Meanwhile, fuel continues to be a problem. No fuel has entered Gaza ..." (the spokesman's narration; passive, no actor blamed)
U(d, "Turning to Ukraine, the Secretary-General welcomed the second round of direct talks", "exchange prisoners.",
  ("United Nations", T, pos, "", "welcome of talks + encouragement, no judgement (rule 2 before rule 3); both sides -> target empty"))
# no rows: the Sudan item (humanitarian colleagues' facts without a position; convoy waiting) and the Security Council schedule; "More than half of them are children ..." (continuation of the IOM figures, labelled once), noon guest, financial contribution (procedure)
U(d, "The Israeli army says its troops did not fire at civilians near the site", "reports of deaths there are false.",
  ("Israel", N, neg, "", "a position reported inside a journalist's question: the army = Israel; denial = neutral, negative; the journalist is not an actor"))
U(d, "Spokesman: We don't have staff at those sites", "cannot verify the circumstances independently.",
  ("United Nations", N, neu, "", "facts about the UN's own presence"))
U(d, "That is exactly why an independent investigation is needed.", "That is exactly why an independent investigation is needed.",
  ("United Nations", T, neu, "", "call for an investigation with no judgement word = calling_for_talks (as batch5c)"))
U(d, "The Foundation said in a statement that it had handed out aid without incident", "spreading false reports.",
  ("Gaza Humanitarian Foundation", C, neg, "Hamas", "'The Foundation' = GHF by context, inside a question; denial + accusation of Hamas: the accusation decides (rule 1)"))
U(d, "Spokesman: I'm not going to get into a back-and-forth with the Foundation.", "Spokesman: I'm not going to get into a back-and-forth with the Foundation.",
  ("United Nations", N, neu, "", "declining to answer = neutral"))
U(d, "What I can tell you is that people are being killed while trying to get food", "every one of us.",
  ("United Nations", N, neg, "", "alarm without an appeal or a named culprit = neutral, negative"))
U(d, "The US State Department says the Foundation is the only mechanism getting food", "urged the UN to join it.",
  ("United States", S, pos, "Gaza Humanitarian Foundation", "US position reported in a question: backing of the GHF + urging the UN to join it"))
U(d, "Spokesman: Our position has not changed.", "Spokesman: Our position has not changed.",
  ("United Nations", N, neu, "", "restates the refusal without a new reason = neutral"))
U(d, "We are ready to scale up immediately through the system", "allowed to move safely.",
  ("United Nations", T, neu, "", "offer conditioned on open crossings and safe movement = appeal for access"))
U(d, "Hamas said in a statement that the killings were a massacre", "Any reaction?",
  ("Hamas", C, neg, "", "Hamas's statement reported inside a question: 'massacre' + appeal (rule 1); Israel implied, not named in the sentence -> target empty"))
# no row: "Spokesman: We have seen that statement. I have nothing to add ..." (no new position)
U(d, "Israel's defence minister said the army would keep securing the sites", "stop people from reaching them.",
  ("Israel", C, neg, "Hamas", "reported in a question; blame on Hamas decides"))
U(d, "Spokesman: Look, any distribution system that requires starving people to walk for kilometres", "going to put them at risk.",
  ("United Nations", C, neg, "Gaza Humanitarian Foundation", "criticism of the GHF model without naming it; the foundation is the clear referent (unsure: could be neutral alarm)"))
# no rows: fuel follow-up ("days, not weeks" = the spokesman's estimate), Sudan envoy's contacts (procedure), Istanbul "Not that I am aware of" / "stand ready" (a generic offer, no new position), sign-off, "For information media. Not an official record.", related documents, share, footer
U(d, "From Haiti, the International Organization for Migration says", "recorded in the country.",
  ("International Organization for Migration", N, neg, "", "another crisis in the same briefing; displacement figures given by an agency = neutral (IOM is its own actor in the name files)"))
