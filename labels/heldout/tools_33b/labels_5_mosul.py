# ------------------------------------------------------------------ ISIS captures Mosul: Iraq, the KRG, Iran, Turkey, the US and the UN (Kurdish English-language site, scraped, 2014-06-14)
d = "page_mosul_fall_kurdishsite.txt"
# Not statements: masthead, menu, date/weather, breadcrumb, headline, byline, share bar, image captions with credits, ADVERTISEMENT,
# capitals crossheads, RELATED list, tags, comments, MOST READ, footer.
U(d, "Peshmerga forces tightened their hold on Kirkuk", "defend it together.",
  ("Kurdistan Regional Government", C, neg, "Iraq", "dateline excluded; long lead: peshmerga deployment and the fall of Mosul narrated + Nechirvan Barzani's blame on Baghdad (metonym for Iraq's government)"))
U(d, "Jabbar Yawar, secretary-general of the KRG's Ministry of Peshmerga", "for even one night.\"",
  ("Kurdistan Regional Government", N, neu, "", "own deployment reported and justified, no judgement; quote opened mid-sentence"))
U(d, "He said there were no plans to hand the positions back", "while the threat remained.",
  ("Kurdistan Regional Government", N, neu, "", "'He' = Yawar; own plan (unsure: could be read as a rebuff to Baghdad)"))
# No row: "The speed of the collapse stunned officials in Erbil ..." (narration; 'officials' watching is not a position)
# No row: "Mosul, a city of some two million people ..." (background; al-Qaeda's disowning is narrated in the passive)
U(d, "The International Organization for Migration estimated that as many as 500,000 people", "on the road to Erbil.",
  ("International Organization for Migration", N, neu, "", "IOM is its own actor in the name files (not 'United Nations'); displacement figures given by an actor = neutral, neutral tone"))
U(d, "Barzani appealed to families in the Region to open their homes", "tents, food and water.",
  ("Kurdistan Regional Government", T, neg, "", "surname only (Nechirvan, from the lead); asking for humanitarian help = calling_for_talks (labels/README)"))
U(d, "UNHCR said it was rushing tents and relief items", "in Duhok and Erbil.",
  ("UNHCR", S, pos, "", "aid provided = supporting; the displaced are not a canonical actor -> target empty"))
# No row: the Zuhur shopkeeper (unnamed resident).
U(d, "In Baghdad, Prime Minister Nouri al-Maliki, who asked parliament on Tuesday", "commanders who had fled.",
  ("Iraq", C, neg, "", "'conspiracy' + vow to punish = judgement; conspirators unnamed -> target empty; the emergency request is in a relative clause (same actor)"))
# No row: "Parliament failed to reach a quorum ..." (a non-act; the absent lawmakers are unnamed groups)
U(d, "Foreign Minister Hoshyar Zebari, a Kurd and a veteran of the Kurdistan Democratic Party", "no time to lose.",
  ("Iraq", C, neg, "Islamic State", "Zebari speaks as Iraq's foreign minister, not for the KDP or the KRG; announced joint military action against the militants = a response against another side; Athens = place"))
U(d, "Iraqi military spokesman Qassim Atta said on Saturday that the army had regrouped", "around Samarra.",
  ("Iraq", N, neu, "", "own operation reported as done, no judgement = neutral"))
U(d, "On Friday, Grand Ayatollah Ali al-Sistani, Iraq's most senior Shia cleric, called through his representative", "its holy places.",
  ("Ali al-Sistani", C, neg, "Islamic State", "Sistani is his own actor (name files); the representative speaks for him; call to arms against the militants = a response against another side (unsure: could be read as an appeal, or neutral)"))
# No row: "Some Kurdish politicians in Erbil said privately ..." (unnamed, no tie to a body)
U(d, "ISIS spokesman Abu Mohammed al-Adnani, in an audio message posted online", "still ahead.",
  ("Islamic State", C, neg, "Iraq", "ISIS = Islamic State (name files); threat to push on to Baghdad and Karbala (cities of Iraq)"))
U(d, "The group posted photographs on Saturday that it said showed the execution", "independently verified.",
  ("Islamic State", N, neu, "", "'The group' = ISIS; own killings claimed without judgement = neutral (as batch5c's JNIM claim); a claim of facts -> neutral tone (guide)"))
U(d, "UN human rights chief Navi Pillay said on Friday that she was appalled", "under international law.",
  ("United Nations", C, neg, "", "Pillay = United Nations (name files); alarm + reminder that killing captives is a crime = judgement; perpetrators not named in the sentence -> target empty"))
U(d, "The UN Security Council on Thursday condemned the ISIS offensive", "stand together against it.",
  ("United Nations", C, neg, "Islamic State", "condemnation + appeal (rule 1)"))
U(d, "Nickolay Mladenov, the UN envoy in Baghdad, urged Iraq's political leaders", "deepened further.",
  ("United Nations", T, neu, "Iraq", "appeal for political unity addressed to Iraq's leaders, no judgement"))
U(d, "Iranian President Hassan Rouhani said on Thursday that Tehran would not stand by", "terror on its borders.",
  ("Iran", C, neg, "Islamic State", "warning against the extremists (a threatened response); Tehran = metonym; 'extremists' = the militants of this page"))
U(d, "At a news conference on Saturday he said Iran had not been asked for help", "moved against the militants.",
  ("Iran", T, neu, "United States", "'he' = Rouhani; denial of forces in Iraq + conditional openness to work with Washington (metonym): the offer decides (unsure: could be neutral)"))
U(d, "Turkish Foreign Minister Ahmet Davutoglu warned on Wednesday that whoever harmed", "would pay a heavy price.",
  ("Turkey", C, neg, "Islamic State", "threat against the hostage-takers (ISIS by the page's context)"))
U(d, "At Ankara's request, NATO ambassadors held an emergency meeting in Brussels", "their immediate release.",
  ("NATO", C, neg, "Islamic State", "Rasmussen as NATO Secretary-General; condemnation + demand (rule 1); Brussels = place"),
  ("Turkey", T, neu, "", "'At Ankara's request' = Turkey asked for NATO consultations: diplomatic recourse = calling_for_talks (unsure: procedural, could be neutral)"))
# No row: "The militants had already taken some 30 Turkish truck drivers ..." (narration)
U(d, "U.S. President Barack Obama said on Friday that he had ruled out putting American ground forces", "sectarian agendas aside.",
  ("United States", T, neg, "Iraq", "no troops + help conditioned on Iraqi leaders' reconciliation = appeal for political accommodation, no judgement"))
U(d, "He said he had asked his national security team to prepare a range of other options.", "range of other options.",
  ("United States", N, neu, "", "'He' = Obama; own planning, no target and no threat stated = neutral"))
U(d, "State Department spokeswoman Jen Psaki said Washington was in close contact", "Iraqi security forces.",
  ("United States", S, pos, "", "welcome of peshmerga-army cooperation = supporting; Washington = metonym; aimed at two actors (the KRG and Iraq) -> target empty"))
U(d, "Kurdistan Region President Masoud Barzani told leaders of the Kurdish parties", "religion or ethnicity.",
  ("Kurdistan Regional Government", N, pos, "", "Masoud Barzani = KRG (name files); readiness + reassurance about protecting the displaced = own posture, neutral"))
# No row: "Kurdish officials have long argued that Kirkuk ..." (vague background, not a dated position)
# No row: the Salahaddin University lecturer (unnamed analyst).
