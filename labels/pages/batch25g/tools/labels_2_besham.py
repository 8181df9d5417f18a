# ------------------------------------------------------------------ Besham: the suicide attack on Chinese engineers of the Dasu project (Pakistan FO weekly briefing transcript, 2024-03-28)
d = "page_besham_dasu_convoy2024_fobriefing.txt"
# Not statements: menu, language bar, breadcrumb, title, posting line, section heads, the greeting, "I will now take your questions.",
# the journalists' bare questions, "Thank you.", Related Press Releases, share bar, footer.
# The spokesperson (Mumtaz Zahra Baloch, not named on the page) speaks for Pakistan throughout.
U(d, "Pakistan strongly condemns the terrorist attack of 26 March", "lost their lives.",
  ("Pakistan", C, neg, "", "condemnation; attackers not named -> target empty"))
U(d, "This was a calculated act by those who cannot bear", "will not go unpunished.",
  ("Pakistan", C, neg, "", "judgement without a stock word + promise of punishment (threat); unnamed culprits -> target empty"))
U(d, "Prime Minister Muhammad Shehbaz Sharif visited the Embassy of China", "to the Chinese leadership.",
  ("Pakistan", S, neu, "China", "condolence visit to the victims' state = backing by act"))
U(d, "Foreign Minister Ishaq Dar has also written", "grief and solidarity.",
  ("Pakistan", S, neu, "China", "letter of solidarity = supporting"))
U(d, "A joint investigation team has been formed", "take part in the inquiry.",
  ("Pakistan", N, neu, "", "procedure of the inquiry"),
  ("China", N, neu, "", "China's investigators sent to join the probe: an act reported as done, cooperation without evaluation = neutral (unsure: could be supporting)"))
U(d, "Let me be clear: the safety of Chinese nationals", "two iron brothers.",
  ("Pakistan", S, pos, "China", "pledge of protection + friendship ('iron brothers') = supporting"))
U(d, "On another matter, Pakistan welcomes the adoption on 25 March", "without delay.",
  ("Pakistan", T, pos, "United Nations", "welcome joined to an appeal for a ceasefire to be implemented, no judgement: rule 2 -> calling_for_talks; appeal addressed to the Council"))
U(d, "The Chinese embassy has condemned the attack", "two dam projects.",
  ("China", C, neg, "", "China's position reported inside a journalist's question; condemnation + demand for an investigation (rule 1); the companies' suspension is narration"))
U(d, "There is no question of a trust deficit.", "There is no question of a trust deficit.",
  ("Pakistan", N, neu, "", "denial of a rift, no judgement = neutral"))
U(d, "The Chinese side has been in constant touch with us", "this investigation.",
  ("Pakistan", N, pos, "", "cooperation described, no evaluation of an actor"))
U(d, "The suspension of work is a decision of the companies", "are reviewed.",
  ("Pakistan", N, neu, "", "facts and procedure"))
# "I would not like to pre-empt the findings of the investigation." = non-answer, no row.
U(d, "What I can say is that Pakistan has repeatedly shared", "no meaningful action.",
  ("Pakistan", C, neg, "Taliban", "accusation that the TTP plans attacks from Afghan soil and that Kabul does nothing; the Taliban-run interim government is kept under its own name (unrecognised)"))
U(d, "We expect the Afghan interim authorities to honour", "against any country.",
  ("Pakistan", T, neu, "Taliban", "demand to keep a commitment, no judgement word = calling_for_talks"))
U(d, "The Afghan Taliban spokesman Zabihullah Mujahid has said", "violation of Afghan sovereignty.",
  ("Taliban", C, neg, "Pakistan", "position reported inside a journalist's question ('has said that ...'); accusation of Pakistan"))
# "We have seen these remarks." = acknowledgement, no row.
U(d, "Shifting the blame to Pakistan does not make", "operating from there.",
  ("Pakistan", C, neg, "Taliban", "judgement of Kabul's reply without a stock word"))
U(d, "The operations of 18 March were intelligence-based", "not the people of Afghanistan.",
  ("Pakistan", N, neu, "", "own strikes described as done, no judgement of another actor = neutral"))
U(d, "At the same time, Pakistan believes that dialogue", "remain open.",
  ("Pakistan", T, pos, "Taliban", "offer of dialogue = calling_for_talks"))
U(d, "A security analyst, Dr Sana Gillani", "Dasu bus attack of 2021.",
  ("Sana Gillani", C, neg, "Pakistan", "invented analyst quoted inside a journalist's question; judgement that the authorities were too slow"))
# "I do not comment on columns and opinion pieces." = refusal to comment, no row.
U(d, "The Prime Minister has ordered a complete review", "whether any lapses occurred.",
  ("Pakistan", N, neu, "", "plan and procedure"))
U(d, "These attacks appear to be part of a pattern", "all possible links.",
  ("Pakistan", N, neg, "", "assessment of a pattern by unnamed attackers; no actor judged"))
U(d, "The Security Council issued a press statement yesterday", "brought to justice.",
  ("United Nations", C, neg, "", "the Council's position reported by the spokesperson; condemnation (rule 1 over the call for justice)"))
U(d, "Spokesperson Matthew Miller of the US State Department said", "State Department's readout.",
  ("United States", C, neg, "", "reported clause inside Pakistan's answer: only the US takes a position here; 'according to the ... readout'"))
U(d, "We appreciate the messages of solidarity", "many friendly countries.",
  ("Pakistan", S, pos, "", "gratitude to several actors -> target empty"))
U(d, "Former ambassador Khalid Mehboob told our channel", "any further strikes.",
  ("Khalid Mehboob", T, neu, "Pakistan", "invented former diplomat (speaks for no body), quoted inside a question; appeal to use talks before force"))
U(d, "Pakistan has always preferred to resolve its concerns", "in the same spirit.",
  ("Pakistan", T, pos, "Taliban", "preference for dialogue + hope = calling_for_talks"))
U(d, "The Indian External Affairs Minister said in Singapore", "instrument of policy.",
  ("India", C, neg, "Pakistan", "India's minister reported inside a question; charge of using terrorism as policy"))
U(d, "We reject these remarks.", "We reject these remarks.",
  ("Pakistan", N, neg, "", "bare rejection of remarks = denial, neutral, negative"))
U(d, "A country whose own agents stand accused", "lecture others about terrorism.",
  ("Pakistan", C, neg, "India", "counter-accusation, judgement without a stock word"))
# "I have no announcement to make on high-level visits at this stage." = non-answer, no row.
