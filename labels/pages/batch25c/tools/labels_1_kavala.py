# ------------------------------------------------------------------ Turkey's threat to expel ten Western ambassadors over the Kavala statement (wire copy, 2021-10-25)
d = "page_turkey_kavala_envoys2021_wire.txt"
# Not statements: menu, time stamp, headline, byline, read time, the four bullets, crossheads, ADVERTISEMENT, credits, Related Coverage, standards, tags, most read.
U(d, "Turkish President Tayyip Erdogan stepped back on Monday", "an attack on Turkey's courts.",
  ("Turkey", C, neg, "", "dateline excluded; lead: narration of the climbdown + Erdogan's reported view that the statement was an attack on the courts (judgement decides); ten states -> target empty"))
U(d, "The climbdown came hours after the U.S. embassy in Ankara said on Twitter", "the country that hosts them.",
  ("United States", N, neu, "", "embassy = its state; reassurance about its own conduct (Article 41), no judgement, no appeal"))
U(d, "The embassies of Canada, the Netherlands and New Zealand posted the same one-line text", "shared it.",
  ("Canada", N, neu, "", "states acting as a list: one row per named state; same procedural reassurance"),
  ("Netherlands", N, neu, "", "list member; same text"),
  ("New Zealand", N, neu, "", "list member; same text; 'several of the other missions' unnamed -> no row"))
U(d, "\"The ambassadors have corrected themselves, and the lesson for everyone", "Erdogan said in a televised address after chairing the cabinet for more than four hours.",
  ("Turkey", C, neg, "", "judgement without stock words: the envoys had erred ('corrected themselves') and are lectured; ten states -> target empty (unsure: could be read as neutral self-congratulation)"))
U(d, "He said Turkey had never wanted a crisis with its allies", "sit in judgement on its courts.",
  ("Turkey", C, neg, "", "reported clause; reassurance + refusal of foreign 'judgement' on its courts = rejection in protest; target empty"))
# "The dispute began a week ago, when the ten embassies marked ..." = summary line before the content of the statement, no row.
U(d, "In that statement, the United States, Germany, France, the Netherlands and six other governments said", "a just and swift end to the case.",
  ("United States", C, neg, "Turkey", "joint statement by a list: one row per named state; judgement on the trial delays + appeal (rule 1: condemning)"),
  ("Germany", C, neg, "Turkey", "list member of the joint statement"),
  ("France", C, neg, "Turkey", "list member of the joint statement"),
  ("Netherlands", C, neg, "Turkey", "list member of the joint statement; 'six other governments' unnamed -> no row"))
U(d, "Turkey's foreign ministry summoned all ten ambassadors on Tuesday", "according to a ministry official.",
  ("Turkey", C, neg, "", "summons + 'unacceptable meddling'; second-hand attribution tail; ten states -> target empty"))
U(d, "On Saturday, speaking to supporters in the central province of Eskisehir", "persona non grata without delay.",
  ("Turkey", C, neg, "", "ordered expulsion of diplomats = condemning; target empty (ten states)"))
# "Had it been carried out, the order would have been ..." = narration + market figure, no row.
# "Over the weekend the ten governments held hurried consultations among themselves." = meeting in narration, no row.
U(d, "A spokesperson for Norway's foreign ministry said its ambassador had kept strictly", "no grounds to send him home.",
  ("Norway", N, neg, "", "spokesperson named by role first; denial that the envoy did anything wrong = neutral, negative tone"))
U(d, "The spokesperson, Trude Maaseide, said Oslo had received no formal notice", "through ordinary channels.",
  ("Norway", T, neu, "Turkey", "same spokesperson, now named; fact + commitment to raise the case through diplomatic channels = calling_for_talks (unsure: could be neutral plan)"))
U(d, "Danish Foreign Minister Jeppe Kofod was quoted by broadcaster DR as saying", "with its European partners.",
  ("Denmark", N, neg, "", "passive attribution ('was quoted ... as saying'); concern for human rights with no appeal and no named wrongdoer = neutral"))
U(d, "German officials said Berlin was in close contact with the other nine capitals", "until Ankara's intentions were clear.",
  ("Germany", N, neu, "", "'German officials' = unnamed officials of a named government (state adjective); consultations + declining comment = neutral"))
U(d, "In Washington, State Department spokesman Ned Price told reporters", "what exactly the president intended.",
  ("United States", N, neu, "", "spokesman by role and name; asked for clarification, no judgement"))
U(d, "Price said the United States would continue to promote the rule of law", "as it does with every NATO ally.",
  ("United States", N, neu, "", "surname only; standing policy, no judgement or appeal"))
U(d, "\"We want a constructive relationship with Ankara", "not through expulsions,\" he said.",
  ("United States", T, neu, "Turkey", "appeal for dialogue between allies; 'not through expulsions' is an appeal, not a judgement word"))
U(d, "European Parliament President David Sassoli wrote on Twitter", "keep speaking up for Kavala.",
  ("European Union", C, neg, "Turkey", "European Parliament = EU (name files); judgement of the expulsion order on social media"))
U(d, "A Council of Europe spokesman said the Committee of Ministers still expected Turkey", "ordering Kavala's release.",
  ("Council of Europe", T, neg, "Turkey", "unnamed spokesman of a named body; demand to comply with the ruling, no judgement word = calling_for_talks, negative"))
U(d, "He said the committee could open infringement proceedings against Ankara", "if Kavala remained in jail.",
  ("Council of Europe", C, neg, "Turkey", "threatened measure (infringement proceedings) = condemning"))
U(d, "Devlet Bahceli, leader of the Nationalist Movement Party", "stood squarely behind him.",
  ("Nationalist Movement Party", S, pos, "Turkey", "backing of the president's order by his ally = supporting (target: the government = Turkey)"))
U(d, "Opposition leader Kemal Kilicdaroglu of the Republican People's Party said", "falling currency and rising prices.",
  ("Republican People's Party", C, neg, "", "party leader speaks for the party; accusation against his own president -> target empty (as Hoekstra in batch22a)"))
U(d, "\"The people who will pay for this show are not the ambassadors", "told lawmakers of his party on Monday morning.",
  ("Republican People's Party", C, neg, "", "judgement without stock words ('this show'); surname only"))
U(d, "He denies all of them.",  "He denies all of them.",
  ("Osman Kavala", N, neg, "", "the detainee, an independent person; denial of the charges = neutral, negative"))
U(d, "In a written statement released through his lawyers on Friday, Kavala said", "after the president's comments on his case.",
  ("Osman Kavala", C, neg, "Turkey", "refusal to attend hearings in protest, grievance stated = condemning"))
# "His next hearing is set for Nov. 26 in Istanbul." = narration, no row.
U(d, "Selin Yaman, a senior fellow at the Bosphorus Centre for Policy Studies, said", "had not backed down.",
  ("Selin Yaman", N, neu, "", "invented analyst introduced by role; reading of the outcome, no judgement"))
U(d, "\"The embassies repeated something they never disputed", "Yaman said.",
  ("Selin Yaman", N, neu, "", "assessment; quote closed by the speaker"))
U(d, "\"Nothing has changed for Kavala himself.\"", "\"Nothing has changed for Kavala himself.\"",
  ("Selin Yaman", N, neg, "", "quote continued after its attribution, same speaker; assessment"))
U(d, "She said Western capitals should now press the Kavala case through the Council of Europe", "a convenient target.",
  ("Selin Yaman", T, neu, "", "appeal for a diplomatic, institutional course"))
# "Mehmet Ozdil, a professor ... was blunter." = summary line, no row.
U(d, "\"It was reckless to threaten ten allies", "Ozdil said.",
  ("Mehmet Ozdil", C, neg, "", "invented professor; judgement on both Ankara and the embassies -> target empty"))
U(d, "He added that he expected no lasting damage", "a long rupture.",
  ("Mehmet Ozdil", N, neu, "", "forecast, no judgement"))
# "The Turkish foreign ministry did not respond to a request for comment ..." = non-answer, no row.
