# ------------------------------------------------------------------ Mali cuts ties with Ukraine after Tinzaouaten (scraped West African page, 2024-08-06)
d = "page_mali_ukraine_scraped.txt"
U(d, "Mali's transitional government has cut diplomatic relations with Ukraine", "late last month.",
  ("Mali", C, neg, "Ukraine", "breaking off relations + accusation = condemning; the photo caption above is furniture"))
U(d, "In a communique read on state television on Sunday evening, government spokesman Colonel Abdoulaye Maiga", "helped the attackers.",
  ("Mali", C, neg, "Ukraine", "spokesman introduced by role; Bamako = metonym; Yusov's words are reported only as what shocked Mali (his own position is the next unit)"))
U(d, "Yusov had said on Ukrainian television on July 29", "more would follow.",
  ("Ukraine", C, neg, "Wagner Group", "HUR spokesman (name files: Ukraine) by surname; 'Russian war criminals' (the Wagner fighters) = judgement + hint of more = condemning (unsure: target could be Russia)"))
U(d, "The communique said those remarks, repeated by Ukraine's ambassador to Senegal", "Mali's sovereignty.",
  ("Mali", C, neg, "Ukraine", "'open backing for terrorism' + attack on sovereignty = judgement; the ambassador's repetition is Mali's account (no separate Ukraine row)"))
U(d, "Besides cutting ties, the government said it would refer the statements", "destabilise Mali.",
  ("Mali", C, neg, "Ukraine", "measures announced against Ukraine (court referral, steps against its embassies)"))
U(d, "“Mali will not let its soil become a playground", "Maiga said.",
  ("Mali", C, neg, "Ukraine", "two-sentence quotation closed by its speaker (surname only) = one unit; accusation of siding with the terrorists (Ukraine by context)"))
U(d, "“They will have to answer for it.", "“They will have to answer for it.",
  ("Mali", C, neg, "Ukraine", "quotation continued after the attribution and left open over the paragraph break (own unit, same speaker); threat"))
U(d, "“We call on all friendly countries to take note of Kyiv's choices", "draw the consequences.”",
  ("Mali", C, neg, "Ukraine", "quotation continued in a new paragraph (same speaker, Maiga); call on others to act against Kyiv (metonym) = a response sought against another side"))
U(d, "The Strategic Framework for the Defence of the People of Azawad (CSP-DPA)", "47 Malian soldiers.",
  ("Strategic Framework for the Defence of the People of Azawad", N, neu, "", "rebel alliance (new actor) giving its own figures = neutral; the preceding sentence of the paragraph is narrative"))
U(d, "The Malian army acknowledged a \"high number\" of deaths", "many of the attackers.",
  ("Mali", N, neg, "", "the army speaks for its state; own losses and own strikes reported, no judgement"))
U(d, "Wagner, in a rare acknowledgement on its Telegram channels,", "heavy fighting.",
  ("Wagner Group", N, neg, "", "own losses = neutral, negative"))
U(d, "Ukraine's foreign ministry said on Monday that Bamako had acted rashly", "calling the break regrettable.",
  ("Ukraine", C, neg, "Mali", "'acted rashly', 'no proof', 'regrettable' = judgement of Mali's act (guide: 'regrettable'); Bamako = metonym"))
U(d, "It rejected any suggestion that Kyiv backs terrorism", "borders and sovereignty.",
  ("Ukraine", N, neg, "", "'It' = Ukraine's foreign ministry; denial + own principles = neutral, negative; Kyiv = metonym"))
U(d, "Senegal's foreign ministry had summoned Pyvovarov on Saturday", "other countries' conflicts.",
  ("Senegal", C, neg, "Ukraine", "summons of the ambassador + reminder of non-interference = a measure in protest"))
U(d, "\"Dakar will not serve as a platform for either side's information war", "in a statement.",
  ("Senegal", C, neg, "Ukraine", "Dakar = metonym; rejects propaganda that 'excuses terrorism' = judgement of the embassy's post"))
U(d, "Burkina Faso's foreign ministry said on Friday it was outraged by the video", "terrorist groups.",
  ("Burkina Faso", C, neg, "Ukraine", "outrage + accusation of siding with terrorists; the video is the Ukrainian embassy's (context)"))
U(d, "Niger's military government went further on Tuesday", "with immediate effect.",
  ("Niger", C, neg, "Ukraine", "junta speaks for its state; severing relations; Kyiv = metonym"))
U(d, "Abdramane said Niger was standing shoulder to shoulder", "authorities and people.",
  ("Niger", S, pos, "Mali", "solidarity = supporting (surname only, introduced in the previous paragraph)"))
U(d, "He said Niamey would also take what he called Ukraine's aggression", "UN Security Council.",
  ("Niger", C, neg, "Ukraine", "'aggression' + referral to the Council = condemning; Niamey = metonym; the Council is only addressed"))
U(d, "The West African bloc ECOWAS, which Mali, Niger and Burkina Faso are leaving,", "West Africa's security.",
  ("ECOWAS", C, neg, "", "rejects any outside meddling; no power named -> target empty (Ukraine implied, unsure)"))
U(d, "The ECOWAS Commission also sent its condolences to the Malian people.", "The ECOWAS Commission also sent its condolences to the Malian people.",
  ("ECOWAS", S, pos, "Mali", "condolences = solidarity (supporting); ECOWAS Commission = ECOWAS (name files)"))
U(d, "It said it would support any effort to bring calm", "to the sub-region.",
  ("ECOWAS", T, pos, "", "'It' = the Commission; readiness to support peace initiatives = calling_for_talks"))
U(d, "Russian Foreign Minister Sergei Lavrov told his Malian counterpart Abdoulaye Diop", "according to Mali's foreign ministry.",
  ("Russia", S, pos, "Mali", "Russia's position reported by Mali's foreign ministry (Lavrov = Russia, name files); backing; the preceding sentence about Moscow is narrative"))
U(d, "Diop said on social media that the two men had talked about", "money from abroad.",
  ("Mali", C, neg, "", "accusation of foreign sponsorship of armed groups; sponsors unnamed -> target empty"))
