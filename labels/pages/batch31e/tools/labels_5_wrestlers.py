# ------------------------------------------------------------------ Wrestlers' protest: medals at Haridwar, UWW warning (live blog, full HTML, 2023-05-30)
d = "page_india_wrestlers_haridwar2023_liveblog.html"
# Not statements: masthead, menu, kicker, headline, standfirst, byline, caption, key events, time stamps, entry headings,
# lead-ins to embeds ("... posted this on Twitter:", "Delhi Police have repeated that the sit-in will not be allowed back at
# Jantar Mantar. Their post on Twitter:" = summary before the post, "She posted a statement on their behalf:"), embed credit
# lines, share bar, topics, readers' comments (unnamed), most read, ADVERTISEMENT, also read, footer.
U(d, "Ananya Deshmukh, who researches sports governance", "not only on the protesters.",
  ("Ananya Deshmukh", N, neg, "", "invented analyst; reading of the stakes, no position"))
U(d, "\"The government should have sat down with these athletes weeks ago", "she said.",
  ("Ananya Deshmukh", C, neg, "India", "reproach of the government's failure ('should have ... instead of') = judgement (unsure: could be read as an appeal for talks)"))
# "The wrestlers have left Haridwar without immersing their medals ..." = narration of an unnamed collective, no row.
U(d, "Bajrang Punia said they would wait five days", "together with the farmers' unions.",
  ("Bajrang Punia", C, neg, "India", "five-day deadline with a threatened next step = ultimatum (condemning)"))
U(d, "United World Wrestling, the sport's world governing body, has issued a statement", "has gone nowhere.",
  ("United World Wrestling", C, neg, "India", "criticism of the police's handling and detention + dismay at the stalled inquiry = judgement; Switzerland = place"))
U(d, "The body pressed the Indian authorities to investigate", "without fear or favour.",
  ("United World Wrestling", T, neu, "India", "'The body' = UWW; appeal for an impartial investigation, no judgement"))
U(d, "It also set out a warning: unless the Wrestling Federation of India elects", "without their national flag.",
  ("United World Wrestling", C, neg, "", "threatened suspension (a sanction) of the national federation, not a canonical actor -> target empty"))
U(d, "UWW said it would also speak with the wrestlers themselves", "safety and well-being.",
  ("United World Wrestling", S, neu, "", "care for the wrestlers' safety = support for them (several people -> target empty) (unsure: could be neutral, a planned meeting)"))
U(d, "Naresh Tikait, president of the Bharatiya Kisan Union, has reached the ghat", "take the matter up with the government.",
  ("Bharatiya Kisan Union", T, neu, "", "union president = the union; mediation (asks for five days to raise it with the government) = calling_for_talks"))
U(d, "\"These medals are the country's honour", "Tikait told the crowd.",
  ("Bharatiya Kisan Union", T, pos, "", "surname only; persuasion + promise to press the government = mediation (unsure: 'make the government listen' leans to pressure)"))
U(d, "Sports Minister Anurag Thakur, speaking at an event in New Delhi, urged the wrestlers", "run its course.",
  ("India", T, neu, "", "minister = India; appeal for restraint addressed to the wrestlers (several people) -> target empty"))
U(d, "He said the government had acted on the wrestlers' demands at every stage", "ordering fresh elections.",
  ("India", N, pos, "", "'He' = Thakur; self-praise = neutral, positive"))
# "Sakshi Malik, Vinesh Phogat, Bajrang Punia and several other wrestlers have reached Har Ki Pauri ..." = narration, no row.
U(d, "\"We never wanted it to come to this.", "medals in her lap.",
  ("Vinesh Phogat", C, neg, "India", "two-sentence quote closed by its speaker; reproach of the government's silence"))
U(d, "Brij Bhushan Sharan Singh, who denies all the allegations, told reporters in Gonda", "their own affair.",
  ("Brij Bhushan Sharan Singh", N, neg, "", "dismissive remark from the accused, with the outlet's note that he denies the allegations = neutral, negative"))
U(d, "\"I have said from the first day that if a single charge is proved", "he said.",
  ("Brij Bhushan Sharan Singh", N, neg, "", "denial with a conditional acceptance of punishment = neutral, negative tone"))
U(d, "The daughters who won medals for India are being driven to throw them into a river", "keeps his seat in Parliament.",
  ("Indian National Congress", C, neg, "India", "embedded post of Kharge (alias of the party); judgement of the government"))
U(d, "The Prime Minister's silence tells the whole country where he stands.", "where he stands.",
  ("Indian National Congress", C, neg, "India", "second sentence of the same post; reproach of the Prime Minister"))
U(d, "The protest at Jantar Mantar has ended.", "has ended.",
  ("India", N, neu, "", "embedded post of Delhi Police (= India); fact"))
U(d, "Should the wrestlers wish to protest again, they may seek permission", "it will be considered.",
  ("India", N, neu, "", "conditional permission for another site = procedure, no judgement"))
U(d, "The FIR registered on Sunday accuses Sakshi Malik, Vinesh Phogat, Bajrang Punia and others", "repeated warnings from officers.",
  ("India", C, neg, "", "police charges (FIR) = measure + accusation; several accused -> target empty"))
U(d, "A senior Delhi Police officer told reporters the investigation into the women wrestlers' complaints", "filed in court.",
  ("India", N, neu, "", "unnamed officer of a named body (Delhi Police) = India; progress report"))
U(d, "Sakshi Malik has said the wrestlers will travel to Haridwar today", "at 6 pm.",
  ("Sakshi Malik", N, neg, "", "announcement of a protest act with no judgement in the unit (cf. labels/README: a march announced without judgement is neutral) (unsure)"))
U(d, "We won these medals for India, and on Sunday India's police dragged us", "like criminals.",
  ("Sakshi Malik", C, neg, "India", "embedded post; 'dragged us ... like criminals' = judgement of the police"))
U(d, "So this evening we will give them back to Mother Ganga", "until we are heard.",
  ("Sakshi Malik", C, neg, "India", "protest act (returning medals, fast) after the grievance was stated = condemning (labels/README)"))
# Welcome entry: "On Sunday, as Prime Minister Narendra Modi inaugurated ..., police detained the wrestlers ..." = background narration of
# an arrest operation and of the wrestlers' collective demand, no row (the police's positions are carried by the FIR and the post).
