# ------------------------------------------------------------------ Kuwait: the Imam Sadiq mosque bombing (live blog, full HTML, 2015-06-26)
d = "page_kuwait_imamsadiq_mosque2015_liveblog.html"
# Not statements: masthead, nav, edition line, breadcrumb, LIVE badge, headline, standfirst, byline, captions with "1 of 6",
# key points, share bar, time stamps, ADVERTISEMENT, newsletter, tags, related, comments, most read, footer.
# Entries run newest first; labels follow the page order.
U(d, "The interior ministry says several people suspected of helping the bomber", "has been found.",
  ("Kuwait", N, neu, "", "investigation facts from the ministry, no judgement"))
# "Iraq's Foreign Minister Ibrahim al-Jaafari telephoned his Kuwaiti counterpart ..." = a call reported as narration, no row.
U(d, "Jaafari said Iraqis knew from bitter experience", "the network behind the bombing.",
  ("Iraq", S, neg, "Kuwait", "surname only; offer to share intelligence = backing by act; tone of grief"))
U(d, "From the GCC secretariat in Riyadh, Secretary-General Abdullatif al-Zayani:", "to speak for Islam\".",
  ("Gulf Cooperation Council", C, neg, "Islamic State", "live-blog quote with no verb of saying; judgement of the killers (the attack was claimed by an IS affiliate); Riyadh = place"))
# "We've been speaking to Dr Fatima Al-Ansari ..." = lead-in, no row.
U(d, "\"The choice of a Shia mosque in Kuwait is deliberate", "she said.",
  ("Fatima Al-Ansari", N, neg, "", "invented political scientist; analysis of the group's aim, no explicit judgement or appeal"))
U(d, "Al-Ansari said the government's first hours had been handled well", "someone else's problem.",
  ("Fatima Al-Ansari", C, neg, "", "praise of Kuwait's response joined to a judgement of the Gulf states' neglect (rule 1); several states -> target empty"))
# "Cairo weighs in." = lead-in, no row.
U(d, "Egypt's foreign ministry said Egypt stood shoulder to shoulder with Kuwait", "might ask for.",
  ("Egypt", S, pos, "Kuwait", "solidarity + offer of security cooperation = supporting"))
U(d, "Al-Azhar, the Cairo seat of Sunni learning, called the bombing", "could excuse.",
  ("Al-Azhar", C, neg, "Islamic State", "judgement of the attack (a crime) without the stock verb"))
U(d, "Ahmad Al-Mutairi, who heads the Sawaber residents' committee, is urging", "anything else.",
  ("Ahmad Al-Mutairi", T, neu, "", "invented community leader (independent person); appeal for calm"))
U(d, "\"Stay together, go to the hospitals and give blood", "outside Amiri Hospital.",
  ("Ahmad Al-Mutairi", T, pos, "", "appeal for calm and restraint, no judgement"))
# "The cabinet has wrapped up its emergency session." = narration, no row.
U(d, "Ministers declared Saturday a day of national mourning", "\"wherever they are hiding\".",
  ("Kuwait", C, neg, "Islamic State", "mourning (neutral) + announced pursuit of everyone involved = a threatened response against the perpetrators (condemning); the IS affiliate had claimed it"))
U(d, "Security around all mosques, Sunni and Shia, will be stepped up", "the spokesman added.",
  ("Kuwait", N, neu, "", "security plans, attribution tail, no judgement"))
# "Washington reacts." = lead-in, no row.
U(d, "State Department spokesman John Kirby said the United States condemned", "Tunisia and France today.",
  ("United States", C, neg, "", "condemnation of three attacks by different authors -> target empty"))
U(d, "\"We stand with the government and people of Kuwait", "any way they ask.\"",
  ("United States", S, pos, "Kuwait", "quote carried to the next paragraph without a verb of saying, same speaker; solidarity + offer of help"))
U(d, "UN Secretary-General Ban Ki-moon, through his spokesman, said the three attacks", "put on trial.",
  ("United Nations", C, neg, "", "judgement of the three attacks + demand for trial (rule 1); several authors -> target empty"))
# "Tehran." = place label, no row.
U(d, "Iranian Foreign Ministry spokeswoman Marzieh Afkham condemned the bombing", "the families of the dead.",
  ("Iran", C, neg, "Islamic State", "condemnation + condolences: rule 1"))
U(d, "Afkham said three Iranian nationals were among those killed", "the IRNA news agency.",
  ("Iran", N, neu, "", "figure given by an actor; IRNA is not an actor"))
U(d, "The Organisation of Islamic Cooperation's Secretary-General Iyad Madani:", "the faith he claims.\"",
  ("Organisation of Islamic Cooperation", C, neg, "Islamic State", "quote after a colon, no verb; judgement of the bomber without a stock word"))
U(d, "Arab League chief Nabil al-Araby denounced the bombing", "the Egyptian state news agency MENA.",
  ("Arab League", C, neg, "Islamic State", "'in remarks carried by'; condemnation + backing: rule 1"))
# "Manama." = place label, no row.
U(d, "Bahrain's King Hamad bin Isa Al Khalifa sent a cable of condolence", "its own alert level.",
  ("Bahrain", S, neu, "Kuwait", "condolences sent (an act of solidarity) + own alert level (neutral); one actor, one row: supporting"))
U(d, "From Abu Dhabi, the UAE's foreign minister", "the WAM news agency reports.",
  ("United Arab Emirates", C, neg, "Islamic State", "solidarity + condemnation without reservation: rule 1"))
# "Riyadh." = place label, no row.
U(d, "Saudi Foreign Minister Adel al-Jubeir called Sheikh Sabah Khaled to condemn the attack", "KUNA says.",
  ("Saudi Arabia", C, neg, "Islamic State", "a call made to condemn; KUNA is not an actor"))
U(d, "The kingdom's security services were in contact with their Kuwaiti counterparts", "a Saudi interior ministry spokesman added.",
  ("Saudi Arabia", S, neu, "Kuwait", "backing by act: security cooperation; 'the kingdom' = Saudi Arabia"))
U(d, "The health ministry now puts the toll at 25 dead and 202 wounded", "five public hospitals.",
  ("Kuwait", N, neu, "", "casualty figures from the ministry, no blame"))
# "Prime Minister Sheikh Jaber al-Mubarak al-Sabah has been visiting the wounded" = what he did, no row.
U(d, "\"They came for our unity, and they picked the wrong country", "at the hospital gates.",
  ("Kuwait", C, neg, "Islamic State", "the prime minister; defiance aimed at the attackers = judgement of their aim (unsure: could be neutral)"))
U(d, "A group calling itself Najd Province, which pledges allegiance to ISIL", "Abu Suleiman al-Muwahhid.",
  ("Islamic State", N, neu, "", "Najd Province = IS affiliate; claiming its own attack and naming the bomber, no judgement in the sentence"))
U(d, "Hussein Jawad, a worshipper who was in one of the rear rows", "the second prostration.",
  ("Hussein Jawad", N, neu, "", "invented witness; facts of what he saw"))
U(d, "\"I thought the roof had fallen in.", "he said.",
  ("Hussein Jawad", N, neg, "", "witness account, multi-sentence quote closed by the speaker"))
# "The Emir ... has arrived at the mosque, state television shows. He walked through the debris" = narration, no row.
U(d, "The interior ministry confirms in a brief statement", "has left dead and wounded.",
  ("Kuwait", N, neg, "", "confirmation of the blast; 'terrorist explosion' is the ministry's label for the event, not a judgement aimed at anyone (unsure: could be condemning)"))
# "Reports are coming in of a large explosion ..." = newsroom narration, no row.
