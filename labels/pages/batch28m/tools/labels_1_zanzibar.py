# ------------------------------------------------------------------ Zanzibar: annulment of the isles' vote (international wire copy, 2015-10-29)
d = "page_zanzibar_annulment2015_wire.txt"
# Not statements: menu, timestamp, headline, byline, read time, the three bullets, ADVERTISEMENT, crosshead,
# reporting credits, Our Standards, Related Coverage, tags.
U(d, "Western governments pressed Zanzibar's election authorities", "a choice they had already made.",
  ("", T, neg, "", "dateline excluded; 'Western governments' = unnamed speakers (kept as a stance example); pressing to finish the count = appeal"),
  ("Civic United Front", C, neg, "Tanzania", "'the opposition' = CUF in this story; 'robbed voters of a choice' = judgement without a stock word; the commission resolves to Tanzania"))
U(d, "Jecha Salim Jecha, chairman of the Zanzibar Electoral Commission", "before any official figures were out.",
  ("Tanzania", C, neg, "Civic United Front", "the electoral commission is a state body (Tanzania); annulment justified by breaches and the CUF candidate's premature claim = judgement on CUF"))
# "Tallying at the Bwawani Hotel had been suspended ..." = narration, no row.
U(d, "Seif Sharif Hamad, the Civic United Front (CUF) candidate", "ruling Chama Cha Mapinduzi (CCM).",
  ("Civic United Front", C, neg, "", "the party's candidate speaks for CUF; charge that the chairman acted for CCM (two actors accused -> target empty)"))
U(d, "\"The commissioners did not meet", "Hamad said.",
  ("Civic United Front", C, neg, "Tanzania", "multi-sentence quote closed by its speaker; judgement on the chairman's act"))
U(d, "He said CUF would not take part in any repeat vote", "his patience had limits.",
  ("Civic United Front", C, neg, "Tanzania", "boycott of a rerun after the grievance is stated + veiled warning = condemning (reported clause; keeping supporters off the streets is not the decider)"))
U(d, "In a joint statement issued in Dar es Salaam, the diplomatic missions", "begun in good faith.",
  ("United States", T, neg, "Tanzania", "joint statement by a list of states: one row each; 'deeply troubled' = concern, joined to an appeal to the commission -> calling_for_talks"),
  ("United Kingdom", T, neg, "Tanzania", "list of states (Britain); concern + appeal to finish the count"),
  ("Canada", T, neg, "Tanzania", "list of states; concern + appeal"),
  ("Norway", T, neg, "Tanzania", "list of states; concern + appeal"),
  ("Switzerland", T, neg, "Tanzania", "list of states; concern + appeal"))
U(d, "The statement called on all parties to show restraint", "rather than on the streets.",
  ("United States", T, neu, "", "'the statement' = the joint statement; restraint and dialogue to all parties"),
  ("United Kingdom", T, neu, "", "joint statement continued"),
  ("Canada", T, neu, "", "joint statement continued"),
  ("Norway", T, neu, "", "joint statement continued"),
  ("Switzerland", T, neu, "", "joint statement continued"))
# Crosshead "Chief observers at odds with the commission" = no row.
U(d, "Judith Sargentini, the chief observer of the European Union's", "throwing out the entire vote.",
  ("European Union", C, neg, "Tanzania", "EU observation mission = EU; 'nothing that could justify' = judgement on the annulment without a stock word"))
U(d, "\"Polling was orderly and the counting we witnessed was transparent,\"", "Sargentini told reporters.",
  ("European Union", N, pos, "", "observers' finding about the conduct of the vote; assessment, no appeal or judgement on an actor"))
U(d, "\"To wipe it all away at this stage", "their queueing was for nothing.\"",
  ("European Union", C, neg, "Tanzania", "quote continued after the attribution, same speaker; judgement on the annulment"))
U(d, "Former Nigerian president Goodluck Jonathan, who led the Commonwealth observer group", "agree on a way forward.",
  ("Commonwealth", T, neg, "", "speaks for the Commonwealth group (not Nigeria); concern + appeal to meet = calling_for_talks; several addressees -> target empty"))
U(d, "The African Union observer mission said in a statement that it hoped calm", "resolved within the law.",
  ("African Union", T, pos, "", "hope for calm = calling_for_talks"))
# "The union government in Dar es Salaam distanced itself ..." = summary line before Sefue's statement, no row.
U(d, "Chief Secretary Ombeni Sefue said in a statement that the ZEC", "no power to direct it.",
  ("Tanzania", N, neu, "", "procedural line on who decides = neutral"))
U(d, "He said President Jakaya Kikwete had asked security chiefs", "talk to one another.",
  ("Tanzania", T, pos, "", "'He' = Sefue reporting the president; hope that leaders talk = calling_for_talks"))
U(d, "CCM's ideology and publicity secretary, Nape Nnauye, welcomed the annulment", "CUF stronghold of Pemba.",
  ("Chama Cha Mapinduzi", C, neg, "Civic United Front", "welcome joined to a judgement ('poisoned by cheating' in CUF's stronghold): rule 1 -> condemning"))
U(d, "Nnauye denied that the ruling party had any hand", "chairman's announcement.",
  ("Chama Cha Mapinduzi", N, neg, "", "surname only; denial = neutral, negative"))
U(d, "\"The CCM did not write that statement", "by the Daily News.",
  ("Chama Cha Mapinduzi", N, neg, "", "passive attribution ('was quoted as saying by'); denial continued; the paper is not an actor"))
U(d, "The police commissioner for Zanzibar said officers had been deployed", "according to a police statement.",
  ("Tanzania", N, neu, "", "police = state; deployment and a ban on gatherings aimed at no named side = neutral measure (unsure)"))
# "On the mainland, the National Electoral Commission was still announcing results ..." = narration, no row.
U(d, "Lowassa's Chadema party said it would not accept the union result either", "carried by local broadcasters.",
  ("Chadema", C, neg, "Tanzania", "rejecting the result as rigged = judgement on the (state) count; attribution by 'in remarks carried by'"))
U(d, "Kenya's President Uhuru Kenyatta was among the first to reach out", "State House in Nairobi.",
  ("Kenya", S, pos, "", "congratulations by act (a call), per a State House statement = supporting; Magufuli not yet declared, so target left empty"))
U(d, "A spokesman for U.N. Secretary-General Ban Ki-moon said", "established legal channels.",
  ("United Nations", T, neu, "", "following events + appeal to refrain from violence = calling_for_talks"))
# "Zanzibar, a semi-autonomous archipelago ..." and "In Stone Town, shops ..." = background and scene, no row.
U(d, "\"We stood in line for hours on Sunday and nobody fought,\"", "sells spices near the market.",
  ("Salma Abdalla", N, neu, "", "named resident (invented) = independent person; her account of polling day"))
U(d, "\"Now I am afraid to send my children to school.\"", "to school.\"",
  ("Salma Abdalla", N, neg, "", "quote continued after the attribution; fear without appeal or judgement = neutral, negative"))
U(d, "Neema Mushi, a political analyst at the Institute for Democratic Governance", "able to show in writing.",
  ("Neema Mushi", C, neg, "Tanzania", "invented analyst introduced by role; 'no basis' = judgement on the annulment"))
U(d, "\"The chairman has produced an announcement, not evidence.", "Mushi said.",
  ("Neema Mushi", C, neg, "Tanzania", "surname only; multi-sentence quote: the decision looks made elsewhere = judgement"))
U(d, "She said the most likely outcome was a long standoff", "no real contest.",
  ("Neema Mushi", N, neg, "", "scenario, no appeal"))
U(d, "Omar Bakari, who teaches constitutional law", "against the commission.",
  ("Omar Bakari", N, neg, "", "invented scholar introduced by role; legal assessment + warning about the courts, no judgement on an actor"))
