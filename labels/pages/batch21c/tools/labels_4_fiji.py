# ------------------------------------------------------------------ Bainimarama's coup in Fiji and the reactions (Pacific news site, full HTML, 2006-12-09)
d = "page_fiji_coup_pacificsite.html"
# No row: top bar, masthead, tagline, nav, LATEST ticker, section label, headline, standfirst, byline/time, caption with
# credit, share links, ADVERTISEMENT, crossheads ("Nobody will set our timetable", "Bans, freezes and a refusal", ...),
# "Also read:", tags, reader comments, most read, footer.
# No row: "Commodore Frank Bainimarama, who has assumed the powers of the president, brushed off the suspension." (summary line
#   before his specific statements); "New Zealand moved first." and "Howard was scathing about the commander's justification."
#   (summary lines).
# Actors: the military regime (Bainimarama, its spokesman, "the military") speaks for Fiji (the guide: a junta speaks for its
# state); the deposed prime minister Qarase is his own actor (he does not speak for the state that has been taken from him).
U(d, "The Commonwealth suspended Fiji from its councils on Friday", "eminent persons to Suva.",
  ("Commonwealth", C, neg, "Fiji", "dateline excluded; long lead: the suspension = a measure against the regime"),
  ("Pacific Islands Forum", C, neg, "Fiji", "'Pacific foreign ministers meeting in Sydney' = the Forum's ministerial meeting; condemned + agreed a mission: rule 1"))
U(d, "Don McKinnon, the Commonwealth secretary-general, said the nine ministers", "could work freely again.",
  ("Commonwealth", C, neg, "Fiji", "'trampled on the principles' (judgement without the stock words) + exclusion until civilian rule and free courts return"))
U(d, "\"We are not walking away from the Fijian people.", "after the meeting.",
  ("Commonwealth", T, neu, "", "multi-sentence quote closed by the speaker; continued engagement towards elections = calling_for_talks"))
U(d, "At the Sydney meeting, the Pacific Islands Forum stopped short", "founding members.",
  ("Pacific Islands Forum", N, neu, "", "decision not to suspend, no judgement or appeal in this sentence = neutral"))
U(d, "The Forum secretary-general, Greg Urwin, said ministers wanted", "constitutional rule.",
  ("Pacific Islands Forum", T, neu, "", "mediation mission to all parties = calling_for_talks"))
U(d, "The Commonwealth, he told a press conference at the barracks", "changed nothing.",
  ("Fiji", C, neg, "", "'he' = Bainimarama (the regime = Fiji); dismisses the Commonwealth and judges Qarase's government ('the rot'): two targets -> empty"))
U(d, "\"We will hand over when the clean-up is finished.", "he said.",
  ("Fiji", C, neg, "", "'will not bow to ultimatums': defiance of outside pressure from Canberra, Wellington, London (metonyms) = condemning; several targets -> empty"))
U(d, "The military has dissolved parliament", "report to the barracks.",
  ("Fiji", N, neu, "", "the regime's own measures reported as done"))
U(d, "Its spokesman, Major Neumi Leweni, said on Saturday morning", "protested peacefully.",
  ("Fiji", N, neu, "", "'Its' = the military's; plans about roadblocks and soldiers' orders = neutral"))
U(d, "Leweni denied that Qarase was under arrest", "around his island.",
  ("Fiji", N, neg, "", "denial with an explanation = neutral, negative"))
U(d, "Qarase, who was flown to his home island of Vanua Balavu", "the lawful prime minister.",
  ("Laisenia Qarase", N, neu, "", "deposed prime minister as his own actor; a claim about his own status, no judgement in this sentence"))
U(d, "He called the takeover treason and urged Fijians", "with the soldiers.",
  ("Laisenia Qarase", C, neg, "Fiji", "'He' = Qarase; 'treason' + call to non-cooperation: rule 1; target = the regime (Fiji)"))
U(d, "The Great Council of Chiefs, which had tried until the last hours", "the commander's request.",
  ("Great Council of Chiefs", C, neg, "Fiji", "refuses to recognise the regime or meet at its request, in protest = condemning; the chiefs' council is its own actor (it opposes the regime)"))
U(d, "Prime Minister Helen Clark said on television on Tuesday night", "treat him as one.",
  ("New Zealand", C, neg, "Fiji", "'made himself an outlaw' + vow to treat him as one = condemning"))
U(d, "Her government, which had warned parliament of the measures earlier that day", "events in the country.",
  ("New Zealand", C, neg, "Fiji", "'Her government' = New Zealand; travel bans, suspended defence links, aid review, sports ban = sanctions"))
U(d, "Foreign Minister Winston Peters, who hosted the last talks", "anyone being hurt.",
  ("New Zealand", T, pos, "Fiji", "a hope that the military returns to barracks peacefully = calling_for_talks; the talks he hosted are background in a relative clause"))
U(d, "In Canberra, Foreign Minister Alexander Downer announced a ban", "had been suspended.",
  ("Australia", C, neg, "Fiji", "travel bans and suspended defence cooperation = sanctions; Canberra = place"))
U(d, "Prime Minister John Howard said Australia had turned down a request", "worse off.",
  ("Australia", N, neu, "", "refusal of armed intervention with a reason, no judgement; Qarase's request is reported inside Howard's sentence (no own row: a request for troops is not one of the four stances' acts here, unsure)"))
U(d, "\"Calling this a clean-up does not make it anything other than", "in Canberra.",
  ("Australia", C, neg, "Fiji", "quote closed by the speaker (Howard, from the summary line before); explicit judgement of the regime's justification"))
U(d, "Three Australian navy ships remain in international waters", "Downer's office said.",
  ("Australia", N, neu, "", "own deployment for evacuation, attribution tail; 'navy ships' as topic, not aimed at Fiji"))
U(d, "Downer added that Australian money for health clinics", "had not chosen the coup.",
  ("Australia", S, pos, "", "aid kept flowing to ordinary Fijians = supporting; target empty (the people, not the regime)"))
U(d, "UN Secretary-General Kofi Annan said through his spokesman", "without delay.",
  ("United Nations", C, neg, "Fiji", "'deeply regrettable' aimed at the military's conduct = a judgement (the guide) + call to restore the government: rule 1"))
U(d, "UN officials in New York said Fijian soldiers and police", "looked at again.",
  ("United Nations", N, neu, "", "unnamed officials of a named body = UN; plans for peacekeeping deployments, procedural"))
U(d, "Washington suspended military assistance and some other aid programmes", "Sean McCormack said.",
  ("United States", C, neg, "Fiji", "aid suspension after a coup = a sanction, even if legally required; Washington = metonym; attribution tail"))
U(d, "McCormack said the United States stood behind the Pacific Islands Forum's mission", "the Forum asked.",
  ("United States", S, pos, "Pacific Islands Forum", "backing a body's mission and offering help = supporting"))
U(d, "The European Union, in a statement issued by its Finnish presidency, said", "put at risk.",
  ("European Union", C, neg, "Fiji", "'could not accept' + warning of cooperation cut = condemning; the Finnish presidency speaks for the EU, not for Finland"))
U(d, "China's foreign ministry said it hoped the parties in Fiji", "return to the country.",
  ("China", T, pos, "", "hope for consultation and stability = calling_for_talks (plausible position, not looked up)"))
U(d, "Eroni Tagivakatini, a political scientist at a university in Suva, said", "he said.",
  ("Eroni Tagivakatini", N, neg, "", "invented analyst; the regime's calculation and the economic risks, no judgement"))
U(d, "He expected the military to promise elections", "the commander chooses.\"",
  ("Eroni Tagivakatini", N, neg, "", "scenario; quote opened after a colon in the same sentence"))
U(d, "Simon Ketteridge, a researcher on Pacific security at a Canberra think tank, said", "reluctant to isolate it.",
  ("Simon Ketteridge", N, neu, "", "invented researcher; the islands' interests explained, no judgement"))
U(d, "\"The commander has broken a rule the region needs", "Ketteridge said.",
  ("Simon Ketteridge", C, neg, "Fiji", "explicit judgement of the commander (= the regime) + approval of Canberra and Wellington's criticism; the judgement decides"))
