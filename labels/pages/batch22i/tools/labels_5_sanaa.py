# ------------------------------------------------------------------ Coalition air strike on the Sanaa funeral hall and the October truce (UN noon briefing transcript, .txt, 2016-10-17)
d = "page_sanaa_funeral_noonbriefing.txt"
# No row: banner, menu, title, date, transcript note, "Good afternoon ...", item headings (**Yemen ...), "That is it for me. Yes, Maggie.",
# "Thank you, Steph." and the journalists' own words (not actors), Related links, "For information media. Not an official record.", footer.
U(d, "The Secretary-General welcomes the announcement by his Special Envoy for Yemen", "if it holds.",
  ("United Nations", T, pos, "", "welcome of a ceasefire announced by its own envoy = calling_for_talks; the SG read by his spokesman = United Nations"))
U(d, "The Special Envoy has received assurances from the Government of Yemen and from Ansar Allah and the General People's Congress", "the April arrangement.",
  ("Yemen", T, neu, "", "commitment to a ceasefire reported by the UN (a position of X reported by Y); the Government of Yemen = Yemen"),
  ("Houthis", T, neu, "", "Ansar Allah = Houthis (name files); same commitment"),
  ("General People's Congress", T, neu, "", "Saleh's party as its own actor; same commitment"))
U(d, "The Secretary-General calls on all parties, and on the countries that have influence over them", "under UN auspices.",
  ("United Nations", T, neu, "", "appeal to all parties and their backers"))
U(d, "In a statement issued over the weekend, the Special Envoy said he was heartened", "lasting settlement.",
  ("United Nations", T, pos, "", "hope that the truce becomes a settlement = calling_for_talks"))
U(d, "On the humanitarian side, our colleagues at the Office for the Coordination of Humanitarian Affairs tell us", "over 525 injured.",
  ("United Nations", N, neu, "", "casualty figures given by an actor (OCHA = United Nations): neutral, neutral tone (guide)"))
U(d, "The Humanitarian Coordinator, Jamie McGoldrick, who visited two of the hospitals", "for treatment.",
  ("United Nations", N, neg, "", "account of the strain on hospitals, no appeal"))
U(d, "The World Health Organization has delivered trauma kits and medicines", "hospitals in Sana'a.",
  ("World Health Organization", S, neu, "", "aid delivered = supporting; recipients are hospitals (target empty)"))
U(d, "As you will recall, the Secretary-General said on the day of the attack that he condemned it", "quick and impartial inquiry.",
  ("United Nations", C, neg, "", "condemnation + accountability after an investigation: rule 1; the coalition is not named in the sentence, target empty"))
U(d, "Turning to Iraq, the Humanitarian Coordinator there, Lise Grande, said", "hundreds of thousands.",
  ("United Nations", N, neg, "", "displacement scenario and preparations ('military operation' as topic), no appeal"))
U(d, "She urged all parties to the fighting to do everything possible to protect the civilians", "remain in the city.",
  ("United Nations", T, neu, "", "appeal to protect civilians, all parties"))
U(d, "On Yemen, the coalition's Joint Incidents Assessment Team said on Saturday", "compensation for the families.",
  ("Saudi Arabia", N, neg, "", "position reported inside a journalist's question; the coalition's assessment team = Saudi-led coalition = Saudi Arabia (name files); finding + compensation, blame put on someone 'attached to' the Yemeni army's chief of staff (unsure: could be read as condemning Yemen)"))
U(d, "The Secretary-General's position has not changed:", "to cooperate with one.",
  ("United Nations", T, neu, "Saudi Arabia", "demand for an independent investigation with no judgement word = calling_for_talks (as batch5c); 'the coalition' addressed"))
# No row: "We have seen the report." and "It is not for me to grade ..." (non-positions)
U(d, "Question: Follow-up. The Saudi-led coalition first said that it had not carried out any strike", "in the area.",
  ("Saudi Arabia", N, neg, "", "earlier denial reported in the question = neutral, negative"))
# No row: "Do you think that credibility has been damaged?" (journalist); "I'm not going to comment ..." (non-answer)
U(d, "Steph, the US said the day of the strike that it had started a review of its support to the coalition.", "support to the coalition.",
  ("United States", C, neg, "Saudi Arabia", "review of support after the strike = threatened withdrawal of backing, a measure (unsure: could be read as neutral procedure)"))
U(d, "And the State Department said over the weekend that it was encouraged", "so quickly.",
  ("United States", S, pos, "Saudi Arabia", "welcome of the coalition's published findings = approval"))
# No row: "Is the US doing enough?"; "You'd have to ask the US about its review." and "We're in contact ..." (non-answers)
U(d, "The Pentagon called them limited self-defence strikes", "never fired at any ship.",
  ("United States", N, neu, "", "own strikes described as self-defence, no judgement"),
  ("Houthis", N, neg, "", "denial reported in the same sentence"))
U(d, "Spokesman: Obviously, the Secretary-General is concerned about any incident", "in the Red Sea.",
  ("United Nations", N, neg, "", "concern without an appeal = neutral, negative (guide)"))
U(d, "Question: Yesterday in London, Secretary Kerry and Foreign Secretary Boris Johnson called for a ceasefire", "as soon as possible.",
  ("United States", T, neu, "", "appeal for an unconditional ceasefire reported in a question; London = place"),
  ("United Kingdom", T, neu, "", "same appeal, Johnson = United Kingdom"))
# No row: "Was the envoy involved ...", "You'd have to ask the Special Envoy's office ...", "He has been in a great many capitals ..." (non-answers)
U(d, "The Houthi negotiator, Mohammed Abdulsalam, said on Twitter that they would abide by it", "Sana'a airport.",
  ("Houthis", T, neu, "", "conditional acceptance of the truce = calling_for_talks (conditional offers count, labels/README)"))
U(d, "Question: And the coalition spokesman, General Asiri, said this morning", "any violation.",
  ("Saudi Arabia", C, neg, "Houthis", "Asiri = Saudi Arabia (name files); conditional truce + 'would respond to any violation': the threat decides (as batch5c)"))
U(d, "Question: Steph, former President Ali Abdullah Saleh called after the funeral strike", "take revenge.",
  ("General People's Congress", C, neg, "Saudi Arabia", "Saleh leads the GPC; call to go to the Saudi border for revenge = threat / mobilisation against another side"))
U(d, "Spokesman: I think calls for revenge from any side are unhelpful, to put it mildly.", "to put it mildly.",
  ("United Nations", C, neg, "", "'unhelpful' aimed at the calls for revenge = mild judgement; 'from any side' = target empty (unsure)"))
U(d, "The Secretary-General wants to see calm language and a real cessation", "more mobilisation.",
  ("United Nations", T, neu, "", "appeal for calm and a cessation"))
# No row: "Two analysts I spoke to today read the truce very differently." (the journalist's lead-in); "Do you share that analysis?"; "I'm not going to get into ..."
U(d, "Farida al-Sharabi of the Gulf Policy Centre in Amman said the funeral strike had changed the political balance:", "forced to stop.\"",
  ("Farida al-Sharabi", N, neg, "", "analyst quoted inside a question, quote opened after a colon: interests and why the truce may fail, nobody judged"))
U(d, "The other, Tom Ashworth, a former member of the UN Panel of Experts on Yemen, said the previous truces collapsed", "violations.",
  ("Tom Ashworth", N, neg, "", "former panel member as an independent voice (no longer speaks for the UN); causes of past failures"))
U(d, "He said, and I quote, \"Without a mechanism on the ground", "on the border.\"",
  ("Tom Ashworth", N, neg, "", "'He' = Ashworth; scenario ('reposition forces'), both sides described, no judgement word"))
U(d, "He also called the funeral strike an indefensible breach of the laws of war.", "laws of war.",
  ("Tom Ashworth", C, neg, "Saudi Arabia", "'indefensible breach' = judgement of the coalition's strike (the Saudi-led coalition = Saudi Arabia)"))
# No row: "Is the UN putting monitors in?"; the De-escalation and Coordination Committee answer (procedure of a UN-backed body: "is meant to play that role" kept without a row, unsure); "I don't have any details ..."
U(d, "The High Representative, Federica Mogherini, said after the strike that the EU expected", "go back to the talks.",
  ("European Union", T, neu, "", "demand for an investigation + appeal for talks, no judgement word"))
# No row: "They speak regularly.", "I don't have a readout ..."
U(d, "The Yemeni Government's foreign minister, Abdulmalik al-Mekhlafi, said his Government had agreed to the truce", "into Taiz.",
  ("Yemen", C, neg, "Houthis", "agreement + warning not to let the Houthis rearm: the threat decides (unsure: could be calling_for_talks)"))
# No row: "Any comment?"; "I think I've said what I can say on that." (non-answer)
