# ------------------------------------------------------------------ Terry Jones's Quran-burning threat (live blog, scraped .txt, 2010-09-10)
d = "page_quran_burning_liveblog.txt"
# Not statements: menu, section path, LIVE headline, standfirst, byline, last modified, share bar, KEY EVENTS list,
# autorefresh, timestamps and entry headings, the "Summary so far" bullets, ADVERTISEMENT, reader comment,
# "Related:", "Show earlier updates", topics, newsletter prompt, Most viewed, copyright.
U(d, "The pastor said the burning planned for Saturday was \"suspended\"", "going ahead.",
  ("Terry Jones", N, neg, "", "the pastor as an independent person under his own name: status of his own plan, no judgement (unsure: the standing threat to burn could be read as condemning)"))
U(d, "\"It now looks as if we were misled,\" he said of the reported deal.", "of the reported deal.",
  ("Terry Jones", C, neg, "Feisal Abdul Rauf", "accuses the other side of the reported deal of misleading him"))
# "Our reporter Rick Delaney says ..." : the outlet (no row)
U(d, "Feisal Abdul Rauf, the imam leading the Cordoba House project, said", "relocate the centre.",
  ("Feisal Abdul Rauf", N, neg, "", "denial of a deal = neutral, negative"))
U(d, "\"I have not spoken to Pastor Jones or anyone on his behalf", "he said.",
  ("Feisal Abdul Rauf", C, neg, "Terry Jones", "'an act of bigotry' = judgement of the plan"))
U(d, "He added that he was ready to meet anyone who wanted peace.", "wanted peace.",
  ("Feisal Abdul Rauf", T, pos, "", "offer to meet = calling_for_talks"))
# "Afghanistan's president, Hamid Karzai, used his message for Eid al-Fitr ... to address the Florida plan directly." : lead-in, no position (no row)
U(d, "The pastor must drop the idea entirely, he said", "respected other faiths.",
  ("Afghanistan", C, neg, "Terry Jones", "Karzai as president in 2010 speaks for Afghanistan (he is his own actor in the name files for later years; unsure); 'an affront' = judgement"))
U(d, "He also asked Afghans to keep their protests peaceful", "excuse for violence.",
  ("Afghanistan", T, neu, "", "appeal for calm to his own people = calling_for_talks"))
U(d, "Karzai's spokesman, Waheed Omar, told us earlier in the week", "stop the burning.",
  ("Afghanistan", T, neg, "United States", "possessive 'Karzai's'; 'told us' = the outlet; request to Washington (object, metonym) to stop it"))
# Badakhshan protest: "local officials" are not actors (no row)
U(d, "ISAF, the NATO-led force, said its troops had not fired on the crowd.", "fired on the crowd.",
  ("NATO", N, neg, "", "ISAF = NATO; denial = neutral, negative"))
# "Pakistan's Foreign Office has issued a strongly worded statement." : summary line before the specific statement (no row)
U(d, "Spokesman Abdul Basit said the planned burning was a deeply offensive act", "share of the responsibility.",
  ("Pakistan", C, neg, "Terry Jones", "spokesman of the Foreign Office named just before; judgement"))
U(d, "He said Islamabad had conveyed its concern to the US embassy.", "to the US embassy.",
  ("Pakistan", N, neg, "", "Islamabad = metonym; concern conveyed, no appeal = neutral, negative"))
# "Iran's foreign ministry spokesman, Ramin Mehmanparast, went further." : summary line (no row)
U(d, "He said the plan showed the extent of hostility to Islam in some Western circles", "the anger of Muslims.",
  ("Iran", C, neg, "", "'He' = Mehmanparast; accusation of 'Western circles' + warning; no canonical target"))
U(d, "Indonesia's president, Susilo Bambang Yudhoyono, has written to Barack Obama", "his foreign minister said.",
  ("Indonesia", N, neu, "", "the letter reported as an act, its content comes next; Obama is the addressee, not a speaker; possessive 'his foreign minister'"))
U(d, "Marty Natalegawa said the letter stressed", "the Muslim world.",
  ("Indonesia", N, neg, "", "warning of consequences without a judgement word or an appeal = neutral, negative (unsure)"))
U(d, "Natalegawa said Jakarta was confident Washington would do what it could.", "do what it could.",
  ("Indonesia", S, pos, "United States", "Jakarta = metonym (speaker), Washington = metonym (target); trust in the US government = approval (unsure: could be calling_for_talks)"))
U(d, "In a televised Eid address on Thursday, Yudhoyono called the plan a hateful provocation", "until it was abandoned.",
  ("Indonesia", C, neg, "Terry Jones", "judgement + pressure until abandoned"))
# "Several thousand people demonstrated outside the US embassy in Jakarta last weekend." : narration (no row)
U(d, "The secretary general of the Organisation of the Islamic Conference, Ekmeleddin Ihsanoglu, said", "claimed to preach.",
  ("Organisation of Islamic Cooperation", C, neg, "Terry Jones", "the OIC's 2010 name (alias in the name files); role then name"))
U(d, "\"A man of religion who burns the holy book of another religion", "headquarters in Jeddah.",
  ("Organisation of Islamic Cooperation", C, neg, "Terry Jones", "quote closed by the speaker; Jeddah = place"))
U(d, "He welcomed the fact that Obama and members of his cabinet had spoken out against the plan.", "against the plan.",
  ("Organisation of Islamic Cooperation", S, pos, "United States", "welcome of the US stance = supporting"),
  ("United States", C, neg, "Terry Jones", "the US position reported by the OIC (guide: X reported by Y is X's)"))
# "President Barack Obama has spoken about the plan for the first time, in an interview with ABC News." : lead-in (no row)
U(d, "He described the plan as a stunt", "in serious danger.",
  ("United States", C, neg, "Terry Jones", "'He' = Obama; 'a stunt' + danger to troops"))
U(d, "\"In Pakistan, in Afghanistan, people could be killed over this,\" he said", "a propaganda gift.",
  ("United States", C, neg, "Terry Jones", "quote + attribution tail: 'handing al-Qaeda a propaganda gift' = judgement"))
U(d, "Obama said he hoped the pastor would think again and call it off.", "call it off.",
  ("United States", T, pos, "Terry Jones", "hope that the plan is dropped = calling_for_talks"))
# "Defense Secretary Robert Gates telephoned Jones personally this afternoon." : narration with no source; the content follows (no row)
U(d, "Pentagon press secretary Geoff Morrell said Gates had urged Jones not to go ahead", "risk to US forces.",
  ("United States", T, neg, "Terry Jones", "Gates's appeal reported by his spokesman: urging without a judgement word"))
# "The call lasted less than two minutes." : narration (no row)
U(d, "Attorney General Eric Holder told a meeting of Muslim and religious leaders", "reckless as well as stupid.",
  ("United States", C, neg, "Terry Jones", "judgement"))
U(d, "NATO secretary general Anders Fogh Rasmussen said burning holy books", "reporters in Brussels.",
  ("NATO", C, neg, "Terry Jones", "'ran against the values' = judgement + security concern; Brussels = place"))
U(d, "UN Secretary-General Ban Ki-moon's spokesman, Martin Nesirky, said", "respect between faiths.",
  ("United Nations", C, neg, "Terry Jones", "concern + 'no place in a world ...' = judgement (unsure: could be neutral concern)"))
U(d, "Gen. David Petraeus, the commander of the NATO-led force in Afghanistan, warned", "think again.",
  ("NATO", T, neg, "Terry Jones", "introduced as commander of the NATO-led force = NATO (he also commanded US forces; unsure); warning of consequences + appeal, no judgement word = rule 2"))
U(d, "Secretary of State Hillary Clinton, speaking at a Ramadan dinner", "American values.",
  ("United States", C, neg, "Terry Jones", "'shameful' = judgement"))
U(d, "The Vatican's council for interreligious dialogue said", "news service reported.",
  ("Holy See", C, neg, "Terry Jones", "Vatican council = Holy See; the news service only reports it"))
