# ------------------------------------------------------------------ US-Taliban agreement in Doha and reactions (South Asian news site, full HTML, 2020-03-03)
d = "page_doha_agreement_webpage.html"
# No rows: consent bar, brand/tagline, edition line, nav, ticker, breadcrumbs, headline, standfirst, byline/time, share bar,
# figcaptions with credits and "1 of 3", ADVERTISEMENT, crossheads, the fact box (its bullets name the signatories: never
# statements), Also read, tags, newsletter, comments, Most Read, footer.
U(d, "Three days after Washington and the Afghan Taliban signed their agreement in Doha,", "has flatly rejected.",
  ("Taliban", C, neg, "Afghanistan", "dateline excluded; long lead: no talks unless 5,000 prisoners are freed = an ultimatum to Kabul"),
  ("Afghanistan", N, neg, "", "Ghani's rejection of the demand reported inside the same sentence: a refusal with no judgement = neutral"))
U(d, "Taliban spokesman Zabihullah Mujahid said on Monday that the lull agreed before the signing had run its course,", "as the deal requires.",
  ("Taliban", C, neg, "Afghanistan", "announced resumption of offensive operations against government forces = condemning; Mujahid speaks for the insurgent movement here (in 2020), not for the later Islamic Emirate (name files list him under Afghanistan)"))
U(d, "Speaking at a news conference in Kabul on Sunday, Ghani said his government had given nobody a promise", "not a price to be paid for starting them.",
  ("Afghanistan", T, neu, "", "refusal of the precondition with a counter-offer (the prisoners as an item of negotiation) = calling_for_talks (README: refusal with a counter-offer; unsure)"))
U(d, "Washington, he added, could help bring the two sides together", "walks out of Afghan jails.",
  ("Afghanistan", N, neg, "", "'he added' = Ghani; Washington is the subject of the reported clause, not the speaker; a claim of jurisdiction with no judgement word = neutral (contrast: Iran's 'only trying to dress up', condemning)"))
U(d, "Ghani said government forces would keep to the lower level of fighting,", "a full ceasefire.",
  ("Afghanistan", T, pos, "", "commitment to restraint + wish for a full ceasefire = calling_for_talks"))
# No row: "By Tuesday the fighting had picked up again." (narration in the same paragraph).
U(d, "Marwa Amini, a deputy spokeswoman for the interior ministry, said the Taliban had carried out 33 attacks", "wounding 14.",
  ("Afghanistan", C, neg, "Taliban", "interior ministry = Afghanistan; an accusation made by describing the other side's attacks that killed civilians = condemning (guide rule 4)"))
U(d, "In the eastern province of Khost, a bomb hidden on a motorcycle went off at a football match", "police spokesman Adil Haider said.",
  ("Afghanistan", N, neg, "", "provincial police = Afghanistan; casualty figures from an unattributed blast = neutral"))
# No row: "No group said it was behind the blast." (a non-claim).
U(d, "US President Donald Trump said on Tuesday that he had spoken to Baradar by telephone,", "wanted the killing to stop.",
  ("United States", T, pos, "Taliban", "account of the call + agreement that the violence must stop = calling_for_talks"))
U(d, "A Taliban account of the 35-minute call said Baradar had told Trump", "went ahead without delay.",
  ("Taliban", T, neu, "United States", "Taliban readout; good relations after the withdrawal + urging that the agreed releases go ahead = calling_for_talks (unsure: the prisoner demand is aimed at Kabul)"))
U(d, "Pompeo, speaking at the ceremony, urged the Taliban to keep their promise", "would not be smooth.",
  ("United States", T, neu, "Taliban", "surname only (introduced in the fact box); demand to honour a commitment, no judgement = calling_for_talks"))
U(d, "In Kabul the same day, Defense Secretary Mark Esper, standing beside Ghani and NATO Secretary-General Jens Stoltenberg,", "break their word.",
  ("United States", C, neg, "Taliban", "conditional threat to abandon the deal = condemning (unsure); Ghani and Stoltenberg are only present"))
U(d, "Stoltenberg said the alliance would keep training and funding the Afghan security forces", "happened in the talks.",
  ("NATO", S, pos, "Afghanistan", "'the alliance' = NATO; continued training and funding = supporting"))
U(d, "Foreign Minister Shah Mahmood Qureshi, who attended the signing in Doha, hailed the signing", "agree on a political settlement.",
  ("Pakistan", T, pos, "", "welcome + appeal to negotiate = calling_for_talks (rule 2 before rule 3)"))
U(d, "A day earlier, Qureshi had accused New Delhi of working behind the scenes", "to sink the process.",
  ("Pakistan", C, neg, "India", "accusation; New Delhi = metonym as object"))
U(d, "Prime Minister Imran Khan congratulated both sides on Twitter", "see the agreement through.",
  ("Pakistan", S, pos, "", "leader on social media; congratulations + backing of the agreement = supporting; two parties -> target empty"))
U(d, "India, whose ambassador in Doha, P. Kumaran, watched the signing as an observer, said", "led and owned by Afghans.",
  ("India", T, pos, "", "support for any effort that could quieten the guns with a condition on the process, no judgement = calling_for_talks (unsure: could be supporting)"))
U(d, "The external affairs ministry's spokesperson, Raveesh Kumar, said India, as a close neighbour,", "to scholarships.",
  ("India", S, pos, "Afghanistan", "continued aid to the Afghan government and people = supporting (backing by act)"))
U(d, "Iran's foreign ministry said on Sunday that Tehran welcomed anything that could bring peace to its neighbour,", "as legitimate.",
  ("Iran", C, neg, "United States", "welcome + judgement ('could not decide what kind of country Afghanistan becomes', 'only trying to dress up ... as legitimate') = condemning (rule 1)"))
U(d, "The ministry said the task of brokering and policing", "rather than with Washington.",
  ("Iran", T, neu, "", "'the ministry' = Iran by context; proposes UN mediation and guarantees = calling_for_talks; the UN is the object, no UN row"))
U(d, "UN Secretary-General Antonio Guterres welcomed the agreement and said only negotiations that include all Afghans,", "his spokesman said.",
  ("United Nations", T, pos, "", "welcome + appeal for inclusive negotiations = calling_for_talks; attribution tail via the spokesman"))
U(d, "EU foreign policy chief Josep Borrell said the bloc was ready to back the peace process", "under way.",
  ("European Union", S, pos, "Afghanistan", "offer of political and financial support = supporting"))
U(d, "Former president Hamid Karzai, who has long pressed for talks with the Taliban,", "without delay.",
  ("Hamid Karzai", T, neu, "Afghanistan", "a former head of state speaks for himself (own name, not Afghanistan); appeal to the government to get talks going"))
# No rows: the Shahr-e Naw money changer and 'Analysts in Islamabad' (unnamed).
