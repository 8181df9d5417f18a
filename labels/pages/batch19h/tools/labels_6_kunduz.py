# ------------------------------------------------------------------ The US air strike on the MSF hospital in Kunduz (full HTML, South Asian English-language site, 2015-10-08)
d = "page_kunduz_msf_strike_southasiansite.html"
MSF = "Médecins Sans Frontières"
# No rows: cookie bar, edition strip, logo, menu, breadcrumb, headline, excerpt, author/dates, share bar, captions with credits and "(N of 2)",
# Advertisement, crossheads, Also Read, tags, comments, newsletter, trending, footer.
U(d, "US President Barack Obama telephoned the head of Medecins Sans Frontieres", "the laws of war.",
  (MSF, C, neg, "United States", "long lead: the apology is narrated (Earnest's sentence below carries it); MSF: 'not enough' + inquiry + 'attack on the laws of war' = judgement (rule 1); dateline excluded"))
# No row: "Twelve MSF staff and ten patients ..." (narration, toll from no named source)
U(d, "White House spokesman Josh Earnest said the president had expressed", "what happened.",
  ("United States", S, neg, MSF, "regret and condolences to the charity = solidarity (unsure: an apology for one's own act could be neutral); promise of an account"))
U(d, "Obama also spoke to Afghan President Ashraf Ghani to offer condolences", "Earnest said.",
  ("United States", S, neg, "Afghanistan", "condolences = supporting; attribution tail"))
U(d, "\"The president would not hesitate to make changes", "he told reporters.",
  ("United States", N, neu, "", "own procedure, conditional"))
U(d, "Speaking in Geneva, Liu said MSF was asking the International Humanitarian Fact-Finding Commission", "investigate the strike.",
  (MSF, T, neu, "", "request for an inquiry with no judgement word = talks (as batch5c); In Geneva = place"))
U(d, "She called on the 76 states that recognise the commission to activate it.", "She called on the 76 states that recognise the commission to activate it.",
  (MSF, T, neu, "", "'She' = Liu; appeal to states"))
U(d, "\"We cannot rely on internal military investigations", "Liu said.",
  (MSF, C, neg, "", "two-sentence quote closed by the speaker: distrust of three parties' inquiries + 'story has changed' = judgement; three actors -> target empty"))
U(d, "\"If we let this pass, we are giving a blank cheque to any country at war.\"", "\"If we let this pass, we are giving a blank cheque to any country at war.\"",
  (MSF, C, neg, "", "quote continued after the attribution = same speaker; the strike judged as something not to 'let pass' (unsure: could be read as a warning without a target)"))
U(d, "She said the hospital's coordinates had been shared", "more than half an hour.",
  (MSF, C, neg, "", "accusation by describing the attack on a protected hospital (guide); several authorities named -> target empty"))
U(d, "MSF's general director, Christopher Stokes, had earlier rejected claims", "inside the compound.",
  (MSF, N, neg, "", "denial of the Afghan claim = neutral, negative"))
U(d, "None of the staff had reported any fighting within the hospital grounds", "fully functioning hospital.",
  (MSF, C, neg, "", "denial + 'would not have justified destroying' = judgement of the strike; no perpetrator named in the sentence -> target empty"))
U(d, "The charity has pulled its international staff out of Kunduz", "north-eastern Afghanistan.",
  (MSF, N, neg, "", "own measure reported as done, no judgement; 'The charity' = MSF by context"))
U(d, "The commander of US and NATO forces in Afghanistan, General John Campbell, told", "within the US chain of command.",
  ("United States", N, neg, "", "role then name; admission of the mistake = facts about own act (speaks as US commander before the Senate)"))
U(d, "A day earlier, he had told reporters that Afghan troops under fire had asked for air support.", "A day earlier, he had told reporters that Afghan troops under fire had asked for air support.",
  ("United States", N, neu, "", "'he' = Campbell; earlier account, no judgement"))
U(d, "\"We hit a hospital by mistake.", "Campbell said.",
  ("United States", N, neg, "", "two-sentence quote: admission + denial of intent ('by mistake', 'never ... on purpose') = neutral, negative"))
U(d, "Defence Secretary Ashton Carter said the Pentagon would hold those responsible", "rules had been broken.",
  ("United States", N, neu, "", "conditional accountability for own forces = procedure (the Pentagon = US)"))
U(d, "He said he had ordered that the inquiry be carried out quickly and completely.", "He said he had ordered that the inquiry be carried out quickly and completely.",
  ("United States", N, neu, "", "own procedure"))
# No row: "In Kabul, the picture presented by Afghan officials was different." (summary line; In Kabul = place)
U(d, "Interior ministry spokesman Sediq Sediqqi said on Saturday", "fire on security forces.",
  ("Afghanistan", C, neg, "Taliban", "accusation that the insurgents used the hospital as cover"))
U(d, "A spokesman for the acting governor of Kunduz", "go after them.",
  ("Afghanistan", C, neg, "Taliban", "provincial officials resolve to their state; accusation + justification of the operation"))
U(d, "President Ghani's office said the Afghan government would cooperate fully", "lost in the fighting.",
  ("Afghanistan", N, neg, "", "procedure + grief, no judgement"))
U(d, "The UN High Commissioner for Human Rights, Zeid Ra'ad Al Hussein, said no excuse", "as a war crime.",
  ("United Nations", C, neg, "", "'no excuse could be made' + possible war crime; perpetrator not named in the sentence -> target empty"))
U(d, "He demanded a prompt, thorough and independent investigation", "made public.",
  ("United Nations", T, neu, "", "'He' = Zeid; demand for an inquiry, no judgement word in this sentence"))
U(d, "Secretary-General Ban Ki-moon condemned the attack in the strongest terms", "international humanitarian law.",
  ("United Nations", C, neg, "", "condemnation + reminder to all parties (rule 1); attribution mid-sentence; no perpetrator named -> target empty"))
U(d, "NATO Secretary-General Jens Stoltenberg said the alliance deeply regretted", "under way.",
  ("NATO", N, neg, "", "regret at the loss of life (not aimed at an actor) + cooperation = neutral, negative"))
U(d, "He said the alliance remained committed to supporting the Afghan security forces.", "He said the alliance remained committed to supporting the Afghan security forces.",
  ("NATO", S, pos, "Afghanistan", "backing of Afghan forces"))
U(d, "The Taliban denied that their fighters had used the hospital.", "The Taliban denied that their fighters had used the hospital.",
  ("Taliban", N, neg, "", "bare denial = neutral, negative"))
U(d, "In a statement on its website, the group accused American forces", "true face of the occupiers.",
  ("Taliban", C, neg, "United States", "'the group' = the Taliban; accusation of deliberate targeting"))
U(d, "The International Committee of the Red Cross said it was deeply shocked", "do their jobs.",
  ("ICRC", N, neg, "", "shock without an appeal = neutral, negative"))
# No rows: the Islamabad analyst (unnamed), the Kunduz shopkeeper (unnamed), the background paragraphs on the trauma centre and US air strikes.
