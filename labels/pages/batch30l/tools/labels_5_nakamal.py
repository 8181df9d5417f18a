# ------------------------------------------------------------------ Nakamal Agreement left unsigned in Port Vila (radio interview transcript, 2025-09-10)
d = "page_vanuatu_nakamal2025_radiointerview.txt"
# Host = Mele Tupou (not an actor; her questions are no one's, but positions she reports are their actors', labels/README).
# Guests: Helen Koro and James Whitcombe, both invented independent voices (a former diplomat speaks for no body).
# Not statements: menu, programme title, headline, broadcast line, duration, presenter, transcript note, the host's greetings,
# links and questions, "[END OF TRANSCRIPT]", audio link, related stories, share, comments, acknowledgement line.
# Host intro: "Anthony Albanese flew into Port Vila ..." and "He flew out without a signature." = narration, no row.
U(d, "At a joint press conference, Prime Minister Jotham Napat said", "China included.",
  ("Vanuatu", N, neu, "", "host reports Napat: the reason for the delay, no judgement"))
U(d, "Mr Albanese said Vanuatu was entitled to take its time", "the agreement to be signed.",
  ("Australia", T, pos, "Vanuatu", "patience with the process + confidence in an agreement = hope for a negotiated outcome"))
U(d, "What happened is that the coalition did what coalitions in Port Vila do", "he does not govern alone.",
  ("Helen Koro", N, neu, "", "invented analyst; explanation of domestic politics"))
U(d, "KORO: The clause on critical infrastructure reads", "hard to swallow.",
  ("Helen Koro", N, neg, "", "speaker label carried by surname; reports how others read the clause (unsure: could be condemning Australia)"))
U(d, "KORO: I think Canberra asked for more than a friend should ask", "parliament never ratified.",
  ("Helen Koro", C, neg, "Australia", "judgement of Canberra's demand without stock words"))
U(d, "KORO: That said, nobody in Port Vila wants to walk away", "climate adaptation.",
  ("Helen Koro", N, neu, "", "assessment of the mood"))
U(d, "My advice to both governments is simple:", "both parliaments can defend.",
  ("Helen Koro", T, neu, "", "appeal to both governments to negotiate and sign (two addressees -> target empty)"))
U(d, "JAMES WHITCOMBE: It is an embarrassment rather than a setback.", "rather than a setback.",
  ("James Whitcombe", N, neg, "", "invented former diplomat; assessment of the event, no actor judged yet"))
U(d, "The prime minister travelled on the assumption that the text was closed", "misread the politics.",
  ("James Whitcombe", C, neg, "Australia", "criticism of his own government's handling ('somebody in Canberra')"))
U(d, "WHITCOMBE: But I don't accept that the clause is a veto.", "is a veto.",
  ("James Whitcombe", N, neu, "", "rejects another guest's reading = denial-type line, no actor judged"))
U(d, "Australia is offering to pay for the infrastructure that matters most", "a security competitor.",
  ("James Whitcombe", S, pos, "Australia", "defence of Australia's position = approval"))
U(d, "MELE TUPOU: Foreign Minister Penny Wong said last month", "two families of the Pacific.",
  ("Australia", S, pos, "Vanuatu", "host's question reporting Wong's earlier position (labels/README); praise of the relationship"))
# "Does that still hold?" = the question itself; "Largely, yes." = reply with no position of its own, no row.
U(d, "I would hope both sides now lower their voices.", "lower their voices.",
  ("James Whitcombe", T, neu, "", "hope for calm = calling_for_talks"))
U(d, "Nothing has been lost that can't be recovered in a month of quiet talks.", "quiet talks.",
  ("James Whitcombe", T, pos, "", "talks as the way out"))
# "China's foreign ministry was asked about the agreement overnight." = narration, no row.
U(d, "A spokesperson said China's cooperation with Pacific island countries was open", "to choose sides.",
  ("China", C, neg, "Australia", "self-description + principle against coercion aimed, in context, at the Australian deal (unsure: could be neutral)"))
U(d, "KORO: It lands, because Beijing is our largest creditor", "every day.",
  ("Helen Koro", N, neu, "", "facts"))
U(d, "But I would say Beijing is not a neutral voice here either.", "here either.",
  ("Helen Koro", C, neg, "China", "judgement of Beijing's stance"))
U(d, "It has its own conditions, they are simply written in loan contracts instead of treaties.", "instead of treaties.",
  ("Helen Koro", C, neg, "China", "accusation of hidden conditions"))
# "There is also a regional angle." = host link, no row.
U(d, "The Pacific Islands Forum leaders are gathering in Honiara this week", "should guide them.",
  ("Pacific Islands Forum", N, neu, "", "secretary-general speaks for the Forum; principle/procedure, no judgement, no appeal for talks"))
U(d, "WHITCOMBE: That is the right frame", "rather than on bilateral clauses.",
  ("James Whitcombe", S, pos, "Pacific Islands Forum", "approval of the Forum's frame + advice to Canberra"))
# "Meanwhile the Vanuatu Prime Minister's Office put out a statement overnight." = narration, no row.
U(d, "It says the government values Australia as a close and trusted partner", "internal consultations are complete.",
  ("Vanuatu", T, pos, "Australia", "praise + commitment to conclude the agreement: the commitment to negotiate decides (rule 2 before 3)"))
U(d, "MELE TUPOU: And Australia's Pacific minister, Pat Conroy, told Sky News", "remained on the table.",
  ("Australia", T, pos, "Vanuatu", "host reports Conroy: offer kept open, no pressure = calling_for_talks"))
U(d, "KORO: I welcome that tone from Mr Conroy", "who its friends should be.",
  ("Helen Koro", S, pos, "Australia", "welcome + hope; the 'lecture' is a hypothetical warning, not an explicit judgement, so the welcome decides (unsure)"))
U(d, "WHITCOMBE: My prediction is the agreement is signed before Christmas", "call it a win.",
  ("James Whitcombe", N, pos, "", "forecast"))
U(d, "KORO: I think it will be signed, but Australia has learned something this week", "finished talking.",
  ("Helen Koro", C, neg, "Australia", "forecast + rebuke of Australia's haste"))
