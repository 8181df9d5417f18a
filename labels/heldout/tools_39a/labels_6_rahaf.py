# ------------------------------------------------------------------ Rahaf Mohammed al-Qunun at Bangkok airport (live blog, 2019-01-07)
d = "page_thailand_rahaf_airport2019_liveblog.txt"
# Not statements: menu, breadcrumb, headline, standfirst, byline/time stamps, Key events list, "Show 3 new updates", entry time stamps and entry headlines, the closing note, photo captions, ADVERTISEMENT, newsletter prompt, the welcome entry, "Analysis" head, comments note, topics, copyright.
U(d, "Thailand's immigration police chief, Lieutenant General Surachate Hakparn, has told", "in the care of the UN refugee agency.",
  ("Thailand", N, pos, "", "decision to admit her under UN care, stated by the immigration chief; own act, no evaluation (unsure: could be supporting by act)"))
U(d, "\"Now that we know she fears for her safety", "Surachate said.",
  ("Thailand", N, pos, "", "reassurance about own conduct = neutral, positive"))
U(d, "He said UNHCR had told the Thai side that assessing her case", "five to seven days.",
  ("Thailand", N, neu, "", "procedure relayed by Surachate"))
U(d, "Surachate said her father was due to land in Bangkok", "agreed to see him.",
  ("Thailand", N, neu, "", "facts and procedure"))
U(d, "Government spokesman Buddhipongse Punnakanta says Thailand acted", "on such cases.",
  ("Thailand", N, pos, "", "self-justification = neutral"))
U(d, "The UN refugee agency says the Thai authorities have given it access", "international protection.",
  ("UNHCR", N, neu, "", "procedure"))
U(d, "It says it is keeping the content of the meeting private", "for her own protection.",
  ("UNHCR", N, neu, "", "'It' = UNHCR; keeping the meeting's content private"))
U(d, "In its statement, the agency reminds governments", "would be threatened.",
  ("UNHCR", T, neu, "", "appeal on the protection of asylum seekers, addressed to governments generally, no judgement"))
U(d, "Human Rights Watch's deputy Asia director, Phil Robertson, has welcomed", "after a very tense day.",
  ("Human Rights Watch", S, pos, "Thailand", "welcome + praise of the immigration bureau"))
U(d, "Earlier, Robertson had said Thai officials were wrong to take her passport", "in the first place.",
  ("Human Rights Watch", C, neg, "Thailand", "'wrong', 'no business' = judgement on Thai officials"))
U(d, "The Saudi embassy in Bangkok has denied that it asked", "did not take her passport.",
  ("Saudi Arabia", N, neg, "", "denial = neutral, negative"))
U(d, "The embassy said the case concerned a young woman and her relatives", "keep him informed.",
  ("Saudi Arabia", N, neu, "", "framing as a family case + contact with the father; no evaluation"))
U(d, "Amnesty International says Thailand must not return al-Qunun", "her claim for protection.",
  ("Amnesty International", T, neg, "Thailand", "demand to one side with no judgement word = calling_for_talks, negative"))
U(d, "Australia's Department of Foreign Affairs and Trade says it has raised the case", "UNHCR's office in Bangkok.",
  ("Australia", N, neu, "", "diplomatic step reported, no evaluation"))
U(d, "A department spokesperson said Canberra found her account", "as quickly as possible.",
  ("Australia", T, neg, "", "alarm + appeal for quick processing = calling_for_talks (humanitarian request)"))
U(d, "Global Affairs Canada says it is following the situation", "the Thai authorities and UNHCR.",
  ("Canada", N, neu, "", "monitoring + contacts, no appeal"))
U(d, "Thailand's foreign ministry says it is working with the immigration bureau", "puts her in danger.",
  ("Thailand", N, pos, "", "reassurance about own conduct"))
U(d, "Al-Qunun has posted a new message on Twitter saying she will not leave her room", "someone from UNHCR.",
  ("Rahaf Mohammed al-Qunun", T, neg, "UNHCR", "new actor (person); refusal to leave until she meets UNHCR = asking for humanitarian help/protection"))
U(d, "In a post pinned to the top of her account, she writes that her family will kill her", "she has left Islam.",
  ("Rahaf Mohammed al-Qunun", N, neg, "", "her account of the danger; family not an actor"))
U(d, "Speaking before the UN team arrived, Surachate said Thailand had no intention", "was unclear.",
  ("Thailand", N, pos, "", "reassurance"))
U(d, "Al-Qunun says she was stopped by officials when she got off a Kuwait Airways flight", "taken from her.",
  ("Rahaf Mohammed al-Qunun", N, neg, "", "her account of events (implicit complaint, no judgement word)"))
U(d, "On Sunday, Surachate told reporters she had been refused entry", "back to Kuwait.",
  ("Thailand", N, neu, "", "Sunday decision to refuse entry and return her; procedure, not aimed at a state"))
# "A flight to Kuwait left on Monday morning without her ..." = narration, no row.
U(d, "Kanokwan Thepsiri, who teaches refugee law at a Bangkok university, said Thailand had a poor record", "immigration offenders.",
  ("Kanokwan Thepsiri", C, neg, "Thailand", "invented scholar; negative judgement on Thailand's record"))
U(d, "\"What saved her today was a phone and forty thousand followers", "she said.",
  ("Kanokwan Thepsiri", N, neg, "", "assessment, no explicit judgement on an actor (unsure: implicit criticism of the system)"))
U(d, "Kanokwan said the government should use the case to draw up clear rules", "depend on going viral.",
  ("Kanokwan Thepsiri", T, neu, "Thailand", "policy appeal to the Thai government, no judgement (unsure: could be neutral)"))
