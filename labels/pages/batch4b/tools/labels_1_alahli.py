# ------------------------------------------------------------------ al-Ahli hospital blast (AP-style wire, 2023-10-18)
d = "page_alahli_hospital_wire.txt"
U(d, "An explosion that ripped through the courtyard", "had struck the compound.",
  ("Hamas", N, neu, "", "dateline 'GAZA CITY, Gaza Strip (AP) — ' excluded; Hamas-run Health Ministry giving the toll"),
  ("Israel", N, neg, "", "second actor in the lead: plain denial of a strike = neutral"))
U(d, "The ministry put the number of dead at 471", "had been wounded.",
  ("Hamas", N, neu, "", "'The ministry' tied to the Hamas-run ministry by context; figures"))
U(d, "“What happened last night is a massacre", "outside the damaged building.",
  ("Hamas", C, neg, "Israel", "'the occupation' = Israel; ministry spokesman (alias)"))
U(d, "“Every government that gave Israel cover", "shares in the crime.”",
  ("Hamas", C, neg, "", "quote continued after the attribution = own unit of the same speaker; aimed at several governments -> target empty"))
U(d, "Israel's chief military spokesman, Rear Adm. Daniel Hagari,", "on the hospital grounds.",
  ("Israel", C, neg, "Palestinian Islamic Jihad", "holds Islamic Jihad responsible (evidence that its rocket fell on the hospital); blame, not mere denial"))
U(d, "“We did not fire at the hospital.", "he said.",
  ("Israel", N, neg, "", "multi-sentence quote closed by the speaker; denial = neutral"))
U(d, "Hagari said the damage, a burned-out parking lot", "signature of an airstrike.",
  ("Israel", N, neu, "", "surname only; technical argument, no judgement"))
U(d, "Hamas's claim that Israel had bombed the hospital", "set the region on fire.",
  ("Israel", C, neg, "Hamas", "possessive object before the speaker; 'a lie' = judgement on Hamas"))
U(d, "Prime Minister Benjamin Netanyahu went further", "pin it on Israel.",
  ("Israel", C, neg, "Hamas", "'the same people who slaughtered Israeli families on Oct. 7' = Hamas by context"))
U(d, "Islamic Jihad denied any involvement", "at the time.",
  ("Palestinian Islamic Jihad", N, neg, "", "denial = neutral"))
U(d, "The group accused Israel of inventing a story", "it had committed.",
  ("Palestinian Islamic Jihad", C, neg, "Israel", "'The group' = Islamic Jihad; accusation"))
U(d, "President Joe Biden, who landed in Tel Aviv", "not behind the blast.",
  ("United States", N, neu, "", "assessment that clears Israel, no judgement word and no praise: neutral; could be read as supporting Israel or blaming the militants; Tel Aviv = place"))
U(d, "Standing beside Netanyahu, Biden said Americans were with Israel", "defend its people.",
  ("United States", S, pos, "Israel", "solidarity + pledge of what it needs to defend itself = supporting"))
U(d, "Biden also announced $100 million in humanitarian assistance", "West Bank.",
  ("United States", S, pos, "", "aid announced = supporting; aid to civilians, no actor targeted"))
U(d, "He said Israel had agreed to let food, water and medicine", "reached Hamas.",
  ("Israel", T, neu, "", "position of X reported by Y: agreeing to humanitarian access = calling_for_talks; the condition is not a judgement"))
U(d, "In Amman, Jordan called off a summit", "Mahmoud Abbas.",
  ("Jordan", N, neg, "", "cancelling a meeting with no protest stated in the sentence = neutral; Amman = place"))
U(d, "Foreign Minister Ayman Safadi told state television", "ending the war.",
  ("Jordan", T, neg, "", "introduced by role; alarm + condition that all agree to end the war = appeal"))
U(d, "Safadi said Israel bore responsibility", "killed in Gaza.",
  ("Jordan", C, neg, "Israel", "surname only; 'bore responsibility' + 'massacre'"))
U(d, "Abbas, who had already turned back from the trip,", "made to answer.",
  ("Palestine", C, neg, "Israel", "surname only; mourning (own act) + 'war crime', 'the occupation' in one sentence: the judgement decides"))
U(d, "Saudi Arabia, Egypt, and the United Arab Emirates each condemned", "defenseless civilians.",
  ("Saudi Arabia", C, neg, "Israel", "list with Oxford comma: one row per state; Riyadh = capital as metonym, same actor"),
  ("Egypt", C, neg, "Israel", "list"),
  ("United Arab Emirates", C, neg, "Israel", "list"))
U(d, "The Arab League's secretary-general, Ahmed Aboul Gheit,", "at once.",
  ("Arab League", T, neg, "", "appeal to Western governments to halt the bombardment, no judgement word; addressed to non-canonical 'Western governments' -> target empty"))
U(d, "Turkish President Recep Tayyip Erdogan said", "unprecedented brutality.",
  ("Turkey", C, neg, "Israel", "judgement + appeal: rule 1"))
U(d, "The World Health Organization said it condemned the attack", "to clear out.",
  ("World Health Organization", C, neg, "", "condemns the attack without naming a perpetrator -> target empty"))
U(d, "WHO chief Tedros Adhanom Ghebreyesus said", "had to be withdrawn.",
  ("World Health Organization", T, neg, "Israel", "protection of patients + demand to withdraw Israel's evacuation orders, no judgement word"))
U(d, "U.N. Secretary-General António Guterres said he was appalled", "his spokesman said.",
  ("United Nations", N, neg, "", "alarm without appeal = neutral, negative"))
U(d, "Hamas, which governs Gaza, called on Arab and Muslim countries", "march on Israeli embassies.",
  ("Hamas", C, neg, "Israel", "call for expelling ambassadors and cutting ties = call for sanctions = condemning"))
U(d, "Israeli airstrikes have since killed more than 3,000 people in Gaza", "according to the Health Ministry.",
  ("Hamas", N, neu, "", "toll attributed to the ministry (attribution tail)"))
