# ------------------------------------------------------------------ Greenland 2019: Trump cancels his Denmark visit over the rebuffed purchase idea (wire copy, 2019-08-21)
d = "page_greenland2019_trumpvisit_wire.txt"
# Not statements: masthead, headline (carries positions, never a statement), time stamp, byline, ADVERTISEMENT, reporting/editing tail, standards line.
U(d, "COPENHAGEN/WASHINGTON (Meridian) - U.S. President Donald Trump has cancelled", "politicians across the spectrum angry.",
  ("United States", C, neg, "Denmark", "dateline lede; cancelling a state visit in protest at the answer given (grievance stated) = condemning"),
  ("Denmark", N, neu, "", "reported clause 'Frederiksen said Greenland was not for sale' = a refusal with no judgement = neutral"))
U(d, "Trump said on Twitter late on Tuesday", "autonomous territory of the Danish kingdom.",
  ("United States", C, neg, "Denmark", "postponement explained by the other side's refusal = refusal in protest"))
U(d, "Frederiksen told a news conference in Copenhagen", "were sound.",
  ("Denmark", N, neg, "", "regret + reassurance, no judgement, no appeal = neutral"))
U(d, "\"We still want to work more closely with the Americans", "she said.",
  ("Denmark", T, pos, "United States", "standing offer of closer cooperation = offering talks"))
U(d, "She repeated that the future of the island belonged", "the island's premier, Kim Kielsen.",
  ("Denmark", S, pos, "Greenland", "backing Greenland's answer = supporting"))
U(d, "Kielsen's government had said at the weekend", "not up for discussion.",
  ("Greenland", N, neu, "", "refusal of the sale with openness to cooperation, no judgement = neutral"))
U(d, "Speaking to reporters at the White House later on Wednesday", "disrespect to the United States.",
  ("United States", C, neg, "Denmark", "judgement of the Danish PM's words ('mean-spirited', 'disrespect')"))
U(d, "He said Denmark should also be spending more on defence", "several European allies.",
  ("United States", C, neg, "Denmark", "reproach for unmet NATO pledge = judgement (unsure: could be calling_for_talks as a demand)"))
U(d, "White House press secretary Stephanie Grisham said", "a valued ally.",
  ("United States", S, pos, "Denmark", "reasons given + 'still a valued ally' = approval; supporting"))
U(d, "The U.S. ambassador in Copenhagen, Carla Sands, had posted", "ready to receive the president.",
  ("United States", N, pos, "", "readiness for the visit, fact-like; neutral, positive"))
U(d, "The royal household said it had learned of the decision with surprise", "a palace spokeswoman said.",
  ("Denmark", N, neu, "", "the royal household (head of state's office) = Denmark; surprise + no comment"))
U(d, "Foreign Minister Jeppe Kofod said he had spoken", "would carry on.",
  ("Denmark", S, pos, "United States", "affirming the partnership after a call = supporting"),
  ("United States", S, pos, "Denmark", "Pompeo's agreement as reported by Kofod (X's position reported by Y is X's)"))
# "Opposition politicians were less restrained." = transition, no row.
U(d, "Soren Espersen, foreign affairs spokesman of the Danish People's Party", "treated friends like property.",
  ("Danish People's Party", C, neg, "United States", "judgement without stock words ('slap in the face')"))
U(d, "Rasmus Jarlov, a lawmaker of the Conservative People's Party", "past two decades.",
  ("Conservative People's Party", C, neg, "United States", "'an insult' = judgement"))
# "In Nuuk, members of the Greenland parliament said ..." = unnamed members, no tie to one party or the government: no row.
U(d, "Greenland's foreign minister, Ane Lone Bagger, said", "a U.S. consulate in Nuuk.",
  ("Greenland", S, pos, "United States", "welcome of investment and a consulate = supporting"))
U(d, "Aaja Chemnitz Larsen, one of Greenland's two members", "as an equal partner.",
  ("Inuit Ataqatigiit", C, neg, "United States", "MP speaks for her party; 'not a commodity' judgement joined to an appeal (rule 1)"))
U(d, "The Kremlin said it was following the discussion", "declining to say more.",
  ("Russia", N, neu, "", "monitoring, no appeal = neutral"))
U(d, "Norway's Prime Minister Erna Solberg said in Oslo", "existing agreements.",
  ("Norway", T, neu, "", "appeal to settle Arctic questions through the Arctic Council = calling_for_talks"))
U(d, "A spokeswoman for the European Commission said", "two of its partners.",
  ("European Union", N, neu, "", "no comment, procedural = neutral"))
U(d, "Anders Vestergaard, a senior fellow", "Arctic surveillance.",
  ("Anders Vestergaard", C, neg, "United States", "invented analyst; 'damaged trust in Washington' = judgement of the US"))
U(d, "\"Copenhagen cannot simply shrug this off.", "Vestergaard said.",
  ("Anders Vestergaard", N, neu, "", "advice to Denmark, no judgement, no peace appeal = neutral"))
U(d, "Ulla Lynge, who runs a guesthouse in Nuuk", "she told them it was not.",
  ("Ulla Lynge", N, neu, "", "invented resident; what she was asked and said"))
# Background on 1917 and 1946 = narration, no row.
