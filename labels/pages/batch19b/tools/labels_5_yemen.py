# ------------------------------------------------------------------ Houthi detention of UN and NGO staff (UN noon briefing + press statements, 2024-06-11)
d = "page_yemen_detentions_unbriefing.txt"
# Not statements: skip link, UN banner, languages, menu, "Noon Briefings", date, title, the transcript note, "Highlights"
# list, "**" crossheads, the journalists' own questions (except the positions of other actors they report), the
# "* *** *" line, "For information media. Not an official record.", statement titles and dates, media contacts, footer.
# The opening schedule lines (the Secretary-General in Jordan, travel to Geneva) are narration of his programme: no rows.
U(d, "While in Amman, the Secretary-General met with his Special Envoy for Yemen", "immediately and without conditions.",
  ("United Nations", T, neg, "Houthis", "demand addressed to one side to release detainees, no judgement word = calling_for_talks, negative (labels/README); Amman = place"))
U(d, "The Secretary-General condemns all arbitrary detention of civilians,", "over the past week.",
  ("United Nations", C, neg, "", "'condemns' = judgement; the Houthis are implied by the previous sentence but not named here -> target empty (as batch5c)"))
U(d, "Mr. Grundberg briefed the Secretary-General on his efforts", "senior Omani officials.",
  ("United Nations", T, neu, "Houthis", "envoy = United Nations; his meetings with the Houthi negotiator to obtain the release = diplomatic course; Muscat = place"))
U(d, "The Secretary-General is grateful to Oman for its continued support", "to these efforts.",
  ("United Nations", S, pos, "Oman", "thanks = supporting"))
U(d, "To date, 13 UN personnel are being held,", "Office of the Special Envoy.",
  ("United Nations", N, neu, "", "figures given by the actor"))
U(d, "In addition, four UN colleagues have been held for longer:", "two from UNESCO.",
  ("United Nations", N, neu, "", "figures; UNESCO is named as the employer, not a speaker"))
U(d, "We are also aware that staff members of national and international non-governmental organizations,", "how many people are affected.",
  ("United Nations", N, neg, "", "facts + inquiry, no appeal = neutral"))
U(d, "The Resident and Humanitarian Coordinator for Yemen, Julien Harneis,", "safe return to their families.",
  ("United Nations", T, neg, "Houthis", "'the de facto authorities in Sana'a' = Houthis; pressing for access and release = diplomatic demand, no judgement; Harneis not declared"))
U(d, "Our colleagues at the World Food Programme and UNICEF,", "home before Eid al-Adha.",
  ("World Food Programme", T, pos, "", "position reported by the UN spokesman ('tell us'); hope that the detainees come home = calling_for_talks; WFP is its own actor in the name files"),
  ("UNICEF", T, pos, "", "same sentence, second agency = second row"))
U(d, "We categorically reject the allegations made in recent days against our personnel.", "against our personnel.",
  ("United Nations", N, neg, "", "denial = neutral, negative"))
U(d, "Also on Yemen, the International Organization for Migration (IOM) says at least 49 migrants,", "140 people are still missing.",
  ("International Organization for Migration", N, neu, "", "casualty figures given by an actor, no blame = neutral, neutral tone; Shabwah = place"))
U(d, "IOM has sent two mobile medical teams to help the 71 survivors.", "the 71 survivors.",
  ("International Organization for Migration", S, neu, "", "aid provided = supporting (backing by act); survivors are not an actor -> target empty. The previous sentence (the boat's route) is narration"))
U(d, "The agency says the route from the Horn of Africa to Yemen remains", "make journeys along it safer.",
  ("International Organization for Migration", T, neg, "", "'The agency' = IOM; danger + appeal for joint action to protect migrants = calling_for_talks"))
U(d, "Turning to Sudan, our humanitarian colleagues remain alarmed", "civilians are trapped.",
  ("United Nations", N, neg, "", "OCHA ('humanitarian colleagues') = United Nations; alarm without an appeal = neutral, negative (contrast with the next sentence)"))
U(d, "We call on the parties to stop the fighting in the city,", "those who need it.",
  ("United Nations", T, neg, "", "appeal to all parties = calling_for_talks; several parties -> target empty"))
U(d, "On Monday night, the head of the Houthi intelligence service went on Al-Masirah television", "UN organizations.",
  ("Houthis", C, neg, "", "position reported inside a journalist's question (a position of X reported by Y is X's); spy accusation aimed at the US, Israel and aid organisations -> target empty; Al-Masirah is a channel, not an actor; the journalist gets no row"))
U(d, "Our colleagues in Yemen are humanitarian, development and human rights workers, and nothing else.", "and nothing else.",
  ("United Nations", N, neg, "", "Deputy Spokesman's answer; denial of the spying claim = neutral, negative"))
U(d, "What I can say beyond that is that we have had no access to them at all,", "since they were taken.",
  ("United Nations", N, neg, "", "facts, no appeal"))
U(d, "Our work in the north continues, because millions of people there depend on it,", "on a daily basis.",
  ("United Nations", N, neu, "", "own operations and security review = neutral (no withdrawal, no protest)"))
U(d, "The Government in Aden called the Houthi detentions a kidnapping", "out of Sana'a.",
  ("Yemen", C, neg, "Houthis", "position reported inside a question; 'The Government in Aden' = Yemen (Aden = place); 'kidnapping', 'piracy' = judgement; the request to the UN is part of the same sentence (rule 1)"))
U(d, "Decisions on where we work are made on the basis of where the people in need are,", "control of the de facto authorities.",
  ("United Nations", N, neu, "", "procedure; declines the Government's request without protest = neutral"))
U(d, "Mohammed Abdulsalam posted on X over the weekend", "no one in Yemen was above the law.",
  ("Houthis", N, neu, "", "position reported inside a question (Houthi chief negotiator's post); justification of the group's own arrests, no judgement of another actor and no appeal = neutral (unsure: 'no one above the law' hints at the detainees' guilt)"))
# "I'm not going to go into the details of private diplomatic conversations. The envoy made very clear what our position is ..." = non-answer (no row)
U(d, "The Special Envoy for Yemen, Hans Grundberg, is deeply troubled by the detention", "over the past two days.",
  ("United Nations", N, neg, "", "press statement; concern without an appeal = neutral, negative; 'Ansar Allah' = Houthis (object)"))
U(d, "He calls on Ansar Allah to release all of them at once and without conditions,", "has undertaken to uphold.",
  ("United Nations", T, neg, "Houthis", "'He' = Grundberg; appeal to one side, no judgement word = calling_for_talks"))
U(d, "Such detentions, the Special Envoy stresses, eat away at the trust", "a political settlement.",
  ("United Nations", C, neg, "", "attribution mid-sentence; the detentions damage trust and the peace effort = judgement of the act; the Houthis are not named in this sentence -> target empty"))
U(d, "The Office of the Special Envoy will continue to use every channel available", "our colleagues are released.",
  ("United Nations", T, neu, "", "diplomatic channels to obtain the release = calling_for_talks"))
U(d, "The UN High Commissioner for Human Rights, Volker Türk, said on Tuesday that he dismissed out of hand", "baseless and deeply offensive.",
  ("United Nations", N, neg, "", "High Commissioner = United Nations (the UN Human Rights Office is a UN alias); denial of the accusations = neutral, negative"))
U(d, "\"Nobody has been able to see them or to tell us where they are.", "Türk said.",
  ("United Nations", T, neg, "", "multi-sentence quote closed by 'Türk said' = one unit; concern + 'they should be at home' = appeal for release without a judgement word = calling_for_talks; no authority named -> target empty"))
# "Türk's office opened its presence in Yemen in 2012 ..." = background (no row).
