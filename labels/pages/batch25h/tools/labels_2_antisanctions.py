# ------------------------------------------------------------------ SADC Anti-Sanctions Day for Zimbabwe (SADC press release page, 2019-10-25)
d = "page_zimbabwe_antisanctionsday2019_sadcrelease.txt"
# Not statements: site name, menu, breadcrumb, share bar, "PRESS RELEASE", headline, date, place line, crossheads, ENDS, contact block, related news, tags, footer.
U(d, "The Member States of the Southern African Development Community (SADC) today stood together", "in August 2019.",
  ("SADC", S, pos, "Zimbabwe", "lede carries the position: the region stands with Zimbabwe = solidarity"))
# "Commemorative events were held in Harare and in capitals across the region ..." = narration, no row.
U(d, "In a message read on his behalf at the National Sports Stadium in Harare", "claimed for them.",
  ("SADC", C, neg, "", "the SADC chair speaking in the body's name = SADC; the measures hurt people without result = judgement without a stock word; US and EU both meant -> target empty"))
U(d, "\"Our region is one body.", "every worker in the Community.",
  ("SADC", C, neg, "", "quote opened in one paragraph and carried to the next; harm done by the measures = judgement of another's act; target empty (two sanctioning actors)"))
U(d, "\"We therefore speak with one voice today", "the Chairperson said.",
  ("SADC", C, neg, "", "same speaker across a paragraph break, closed by 'the Chairperson said'; 'the time for these measures has long passed' = judgement + demand (rule 1)"))
U(d, "The Executive Secretary of SADC, Her Excellency Dr Stergomena Lawrence Tax", "imposed on Zimbabwe.",
  ("SADC", T, neg, "", "bare demand to remove the sanctions, no judgement word in the sentence = calling_for_talks, negative (labels/README: a demand to stop with no judgement); unsure: could be condemning; two addressees -> target empty"))
U(d, "Dr Tax said the Secretariat had, as directed by Summit", "in September.",
  ("SADC", N, neu, "", "surname only; what the Secretariat did = procedure"))
U(d, "It has been pointed out by the Embassy of the United States in Harare", "the country as a whole.",
  ("United States", N, neg, "", "passive attribution; the US position as reported by SADC: its measures do not target the country = rebuttal/denial -> neutral, negative"))
U(d, "Responding to that argument, the Executive Secretary said the distinction offered cold comfort", "line of credit abroad.",
  ("SADC", C, neg, "United States", "'the Executive Secretary' = Tax; dismisses the US argument = judgement without a stock word"))
U(d, "The United States has also said that its measures will stay in place", "political and economic reforms.",
  ("United States", C, neg, "Zimbabwe", "sanctions kept until conditions are met = a measure against another side (guide: sanctions are condemning)"))
U(d, "The European Union, for its part, has stated that what remains of its measures", "single state-owned company.",
  ("European Union", N, neu, "", "facts about its own measures, no judgement"))
U(d, "In Windhoek, His Excellency Dr Hage Geingob, President of the Republic of Namibia", "as the sanctions remained.",
  ("Namibia", S, pos, "Zimbabwe", "reported clause; solidarity with its neighbour"))
U(d, "The Minister of International Relations and Cooperation of the Republic of South Africa", "might once have had.",
  ("South Africa", C, neg, "", "'an obstacle ... outlived any purpose' = judgement of the sanctions (US and EU) -> target empty"))
U(d, "Minister Pandor added that Pretoria would keep raising the matter", "with Brussels.",
  ("South Africa", T, neu, "", "surname only; diplomatic course: keep raising the matter with the sanctioning capitals (unsure: could be neutral plan)"))
U(d, "At a march in Lusaka, the Vice-President of the Republic of Zambia", "a path to their removal.",
  ("Zambia", T, neu, "", "speaks as Zambia's vice-president at a national march (not in SADC's name); appeal to negotiate = calling_for_talks; several addressees -> target empty"))
U(d, "Messages of solidarity were also received from the Kingdom of Eswatini", "the Republic of Botswana.",
  ("Eswatini", S, pos, "Zimbabwe", "passive; list of states sending solidarity messages, one row each"),
  ("Lesotho", S, pos, "Zimbabwe", "list of states, one row each"),
  ("Botswana", S, pos, "Zimbabwe", "list of states, one row each"))
U(d, "The Chairperson of the African Union Commission, His Excellency Moussa Faki Mahamat", "the governments concerned.",
  ("African Union", T, pos, "", "welcome joined to an appeal for dialogue, no judgement = calling_for_talks (rule 2 before rule 3)"))
U(d, "The Embassy of the People's Republic of China in Harare", "the country's internal affairs.",
  ("China", C, neg, "", "second-hand ('in remarks carried by the ... state news agency'); opposes the sanctions and calls them interference = judgement; 'Western countries' -> target empty"))
U(d, "Addressing the main event in Harare, His Excellency Dr Emmerson Dambudzo Mnangagwa", "regional unity.",
  ("Zimbabwe", S, pos, "SADC", "thanks = praise; SADC and AU both thanked -> target SADC kept as the main addressee (unsure: could be empty)"))
U(d, "President Mnangagwa said the sanctions had been designed to bring about a change of government", "fully undo.",
  ("Zimbabwe", C, neg, "", "accusation of a regime-change aim = judgement; US and EU -> target empty"))
U(d, "He said Zimbabwe nevertheless remained open to re-engagement", "mutual respect.",
  ("Zimbabwe", T, pos, "", "offer of re-engagement with the sanctioning states = calling_for_talks"))
# "The march in Harare was led from Robert Mugabe Square by the First Lady ..." = narration naming actors, no row.
U(d, "Presenting research findings at the stadium, Professor Tafadzwa Chikomba", "since 2001.",
  ("Tafadzwa Chikomba", N, neu, "", "invented economist; an estimate given as a figure, no judgement"))
U(d, "At a panel discussion hosted by the Secretariat in Gaborone, Dr Kelebogile Sebego", "the entire Community.",
  ("Kelebogile Sebego", N, neg, "", "invented analyst; assessment of the measures' regional effect; economic analysis rather than a judgement of an actor (unsure: could be condemning)"))
U(d, "Dr Sebego cautioned, however, that the lifting of sanctions would not by itself", "removal of the measures.",
  ("Kelebogile Sebego", T, neu, "", "surname only; appeal to both sides for a structured dialogue"))
U(d, "SADC will continue to observe 25 October each year until the sanctions are lifted.", "SADC will continue to observe 25 October each year until the sanctions are lifted.",
  ("SADC", N, neu, "", "plan; no judgement or appeal in the sentence itself"))
