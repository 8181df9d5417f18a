# ------------------------------------------------------------------ Syria downs a Turkish RF-4E; NATO Article 4 consultations (Turkish state media in English, full HTML, 2012-06-26)
d = "page_turkish_jet_statemedia.html"
# No rows: brand, language bar, nav menu, LATEST ticker, section, headline, summary, published line, share bar, both figure captions
# with credit, crossheads ("Erdogan: 'a limit was reached on Friday'", "General Staff: ...", "Damascus: plane violated Syrian
# airspace", "International reactions", "Opposition criticises ...", "Experts: risk of escalation"), "Analysts in Ankara said ..."
# (unnamed), "(TRN)", tags, reader comments, related news, most read, footer.
U(d, "NATO allies expressed solidarity with Turkey on Tuesday", "treated as a target.",
  ("NATO", S, pos, "Turkey", "long lead with two actors: the allies' solidarity"),
  ("Turkey", C, neg, "Syria", "same lead: Erdogan's new border rule = threat against Syrian units; dateline excluded"))
U(d, "Ambassadors of the 28 NATO member countries met for around 90 minutes", "on Friday.",
  ("Turkey", N, neu, "", "the meeting is narration; Turkey's permanent representative briefing the allies = own account given, no judgement in this sentence"))
U(d, "Speaking to reporters after the meeting, NATO Secretary General Anders Fogh Rasmussen said", "expected of any state.",
  ("NATO", C, neg, "Syria", "condemnation + 'how little the Syrian regime cared' = judgement"))
U(d, "\"Turkey is not alone.", "Rasmussen said.",
  ("NATO", S, pos, "Turkey", "multi-sentence quote closed by the speaker = solidarity"))
U(d, "Rasmussen said the consultations under Article 4 had not discussed military options", "back to the table.",
  ("NATO", N, neu, "", "procedure; 'any repetition would bring the allies back' is a mild warning without a named response (unsure: could be read as a threat)"))
U(d, "Addressing his AK Party's parliamentary group in Ankara, Prime Minister Erdogan said", "attack on its aircraft.",
  ("Turkey", C, neg, "Syria", "'without any warning', 'never forget the attack' = judgement; Ankara = place"))
U(d, "\"Yes, the jet crossed the line for a few moments", "Erdogan said.",
  ("Turkey", C, neg, "Syria", "admits the brief violation, then rejects Syria's self-defence claim: 'no one can call that self-defence' = judgement (rule 1 over the admission)"))
U(d, "The prime minister said the rules of the Turkish Armed Forces had been revised", "answered accordingly.",
  ("Turkey", C, neg, "Syria", "'The prime minister' = Erdogan; new rules against Syrian elements = threat; 'danger' as topic"))
U(d, "\"Our restraint has a limit", "the prime minister said.",
  ("Turkey", C, neg, "Syria", "multi-sentence quote: threat of an answer at a time of Turkey's choosing"))
U(d, "Erdogan also said that Turkey would keep its door open to Syrians fleeing", "Gaziantep, Kilis and Sanliurfa.",
  ("Turkey", S, pos, "", "shelter for refugees = aid (supporting); the people, not the Syrian state -> target empty; figures included"))
U(d, "The Turkish General Staff said in a written statement that the wreckage", "deep-sea research vessel.",
  ("Turkey", N, neu, "", "the military speaks for its state; search facts"))
U(d, "Deputy Prime Minister Bulent Arinc said after Monday's cabinet meeting", "had not been hit.",
  ("Turkey", C, neg, "Syria", "accusation by describing the other side's firing on a rescue aircraft (unsure: a bare fact could be neutral)"))
U(d, "President Abdullah Gul, speaking in Ankara, said Turkey would respond in a measured way", "calm and care.",
  ("Turkey", N, neu, "", "a measured response 'once the facts were established' + duty of calm = neutral plan (unsure: a promised response could be read as a threat)"))
U(d, "Foreign Minister Ahmet Davutoglu told TRN on Sunday", "national radar system.",
  ("Turkey", N, neg, "", "denial of spying = neutral, negative (guide); the outlet as addressee is not an actor"))
U(d, "He said that the Syrian claims about the route of the jet did not match", "with its allies.",
  ("Turkey", N, neg, "", "reasoned rebuttal of Syria's account without a judgement word = neutral (as batch5c's HUR rebuttal)"))
U(d, "Syria's Foreign Ministry spokesman Jihad Makdissi told reporters in Damascus on Monday", "inside Syrian territory.",
  ("Syria", N, neu, "", "own strike reported as done + the jet's route, no judgement word = neutral (guide); Damascus = place"))
U(d, "\"Our air defence saw an unidentified aircraft", "toward the Turkish people.",
  ("Syria", C, neg, "Turkey", "'we would do the same tomorrow' = warning (threat decides) + reassurance to the Turkish people in the attribution tail (unsure)"))
U(d, "The Syrian state news agency SANA quoted a military source", "protect its airspace.",
  ("Syria", N, neu, "", "an agency quoting an unnamed military official of a named state = Syria; justification of own act, no judgement"))
U(d, "US Secretary of State Hillary Clinton said in a statement over the weekend", "government in Damascus.",
  ("United States", C, neg, "Syria", "condemnation + coordination of next steps against Damascus"))
U(d, "British Foreign Secretary William Hague said the attack on an aircraft of a NATO ally", "at the United Nations.",
  ("United Kingdom", C, neg, "Syria", "judgement ('a regime ready to use force without restraint') + tougher measures sought"))
U(d, "European Union foreign ministers, meeting in Luxembourg on Monday, condemned", "assets are frozen.",
  ("European Union", C, neg, "Syria", "condemnation + new sanctions (measure) in one sentence; Luxembourg = place"))
U(d, "EU foreign policy chief Catherine Ashton urged Ankara to respond with restraint.", "EU foreign policy chief Catherine Ashton urged Ankara to respond with restraint.",
  ("European Union", T, neu, "Turkey", "appeal for restraint to one side; Ankara = metonym"))
U(d, "In Moscow, Russian Foreign Minister Sergei Lavrov said there was no evidence", "into a new front.",
  ("Russia", T, neg, "", "defends Damascus's intent without judging Turkey + warns against any escalatory step, aimed at no one = calling for talks (guide: 'opposes any escalation' aimed at no one)"))
U(d, "He called on Ankara and Damascus to clarify what happened through direct contacts.", "He called on Ankara and Damascus to clarify what happened through direct contacts.",
  ("Russia", T, neu, "", "appeal for direct contacts to both capitals (metonyms); two parties -> target empty"))
U(d, "Chinese Foreign Ministry spokesman Hong Lei said Beijing hoped", "tension in the region.",
  ("China", T, pos, "", "hope for calm = calling for talks; Beijing = metonym; both sides -> target empty"))
U(d, "German Foreign Minister Guido Westerwelle said in Luxembourg that Berlin stood firmly", "the best answer.",
  ("Germany", T, neu, "Turkey", "backing + appeal for prudence, no judgement: rule 2 before rule 3 (labels/README: welcome with a peace appeal = talks); Berlin = metonym (unsure: could be supporting)"))
U(d, "Republican People's Party (CHP) leader Kemal Kilicdaroglu said the government", "accounts of the incident.",
  ("Republican People's Party", C, neg, "Turkey", "the opposition party judges its own government ('dangerous adventure', 'contradictory accounts')"))
U(d, "\"Once commanders on the border have the authority", "Ankara-based research centre.",
  ("Serkan Aydemir", N, neg, "", "analyst; quote opened at paragraph start, speaker named at the end; risk of escalation, no judgement"))
U(d, "Prof. Leyla Ozbek of a university in Istanbul said Turkey's interest lay", "rather than acting alone.",
  ("Leyla Ozbek", N, neu, "", "scholar's reading of Turkey's interests"))
U(d, "\"The sensible path for Ankara is to document everything", "she said.",
  ("Leyla Ozbek", T, neu, "Turkey", "advice: take it to the Security Council, keep a technical investigation open = diplomatic course"))
