# ------------------------------------------------------------------ Russia vetoes the UK-Sierra Leone draft on a Sudan ceasefire (UN meetings coverage, .txt, 2024-11-18)
d = "page_sudan_veto_unmeetings.txt"
# No rows: skip link, banner, languages, menu, organ, meeting number, symbol, date, headline, subheadline, crossheads,
# meeting times, "* *** *", "For information media. Not an official record.", related documents, share bar, footer.
# No row: "The Security Council today failed to adopt ..." (lead: the Council's outcome; Russia's negative vote is the procedure
# of the vote, its position comes in its own explanation below). The vote tally (14-1-0) and "By its terms ..." (the draft's
# content) are procedure/background. "Speaker after speaker ... Several members said ... others stressed ..." = summary lines.
U(d, "Introducing the draft alongside the United Kingdom as co-penholder", "with the African Union.",
  ("Sierra Leone", N, neu, "", "role only ('the representative of Sierra Leone'); how the text was drafted = procedure"))
U(d, "\"We heard the concerns of the Government in Port Sudan", "he said.",
  ("Sierra Leone", T, neg, "", "multi-sentence quote closed by the speaker = one unit; reassurance + plea for protection of civilians, no judgement"))
U(d, "He appealed to all members to let the resolution pass", "without conditions.",
  ("Sierra Leone", T, neu, "", "'He' = Sierra Leone's representative; appeal to members and to both generals (target empty)"))
U(d, "DAVID LAMMY, Secretary of State for Foreign", "against the people of Sudan.",
  ("United Kingdom", C, neg, "Russia", "speaking in his national capacity (not as Council president) = United Kingdom; 'one delegation' = Russia by context"))
U(d, "He called the veto shameful", "today's meeting was over.",
  ("United Kingdom", C, neg, "Russia", "judgement of the veto (Russia's act)"))
U(d, "Turning to the Russian delegate, he said: \"You have sent", "on the ground.\"",
  ("United Kingdom", C, neg, "Russia", "quote opened after a colon, two sentences; accusation of encouraging the fighters"))
U(d, "The United Kingdom would not walk away, he added", "every forum available.",
  ("United Kingdom", S, pos, "", "backing by act: more humanitarian funding (London = metonym); aid to the population, not to a party -> target empty"))
U(d, "DMITRY POLYANSKIY (Russian Federation) said his delegation agreed", "negotiated it between themselves.",
  ("Russia", T, neu, "", "agreement that the war must end + ceasefire negotiated by the sides = appeal, no judgement"))
U(d, "However, the Council had no business dictating terms", "cross-border aid and on monitoring.",
  ("Russia", C, neg, "", "reproach of 'the authors' (two states: UK and Sierra Leone) -> target empty"))
U(d, "He said the draft was one more attempt by London", "from a distance.",
  ("Russia", C, neg, "United Kingdom", "London = metonym; accusation of colonial meddling"))
U(d, "The United Kingdom's outrage over Sudan was hard to take seriously", "still looked at Africa.",
  ("Russia", C, neg, "United Kingdom", "attribution tail 'he said'; Israel is an object of the sentence, not a speaker"))
U(d, "Russia would support any initiative that Khartoum itself accepted", "the African Union.",
  ("Russia", S, pos, "Sudan", "backing of the Sudanese government's say over any initiative (Khartoum = metonym for a government now seated in Port Sudan) (unsure: could be calling_for_talks)"))
U(d, "LINDA THOMAS-GREENFIELD (United States) said Russia had once again", "the lives of civilians.",
  ("United States", C, neg, "Russia", "judgement"))
# No row: "\"Let us be honest about what we just watched,\" she said." and "\"Spare us the talk of sovereignty." (lead-in of the
# quote; the position is carried by the next sentence).
U(d, "This veto is about keeping a war going", "its own advantage.\"",
  ("United States", C, neg, "Russia", "quote continued after 'she said'; Moscow = metonym; accusation"))
U(d, "FU CONG (China) said his delegation had voted in favour", "as soon as possible.",
  ("China", T, pos, "", "own vote explained + hope that the parties lay down arms and return to dialogue = calling_for_talks (the hope decides)"))
U(d, "AMAR BENDJAMA (Algeria) said the Council had let down", "at an hour of need.",
  ("Algeria", C, neg, "", "judgement of the Council's failure (a body Algeria sits on); no state named -> target empty"))
U(d, "\"The guns must fall silent in Sudan,\" he said", "regional mediation.",
  ("Algeria", T, neg, "", "appeal for an immediate ceasefire, mediation"))
U(d, "NICOLAS DE RIVIÈRE (France) said his country deplored a veto", "documented in Darfur.",
  ("France", C, neg, "Russia", "'deplored ... impossible to justify' = judgement without stock words; the veto is Russia's"))
U(d, "France condemned the ethnic killings attributed to the Rapid Support Forces", "he said.",
  ("France", C, neg, "", "condemns both the RSF and the army -> target empty"))
U(d, "The representatives of Malta, Slovenia and Switzerland each regretted", "duty towards civilians.",
  ("Malta", C, neg, "", "list of three states = one row each; 'regretted' + failure of the Council, nobody named"),
  ("Slovenia", C, neg, "", "same list"),
  ("Switzerland", C, neg, "", "same list"))
U(d, "The representative of Japan said his country was deeply troubled", "famine in Sudan.",
  ("Japan", N, neg, "", "concern without an appeal = neutral, negative"))
U(d, "The representative of the Republic of Korea called on both parties", "to every region.",
  ("South Korea", T, neu, "", "Republic of Korea = South Korea; humanitarian access, both parties"))
U(d, "AL-HARITH IDRISS AL-HARITH MOHAMED (Sudan) said the Council could not substitute", "a rebel militia.",
  ("Sudan", C, neg, "", "rejects the Council's role in protest (format refused with a grievance) and calls the RSF a 'rebel militia' (unsure: target could be the RSF)"))
U(d, "He thanked the Russian Federation for what he called a principled position", "imposed from outside.",
  ("Sudan", S, pos, "Russia", "thanks = approval; the rejection of 'any monitoring arrangement' names no actor, so the thanks decide"))
U(d, "The Rapid Support Forces, he said, had committed atrocities", "responsibility as well.",
  ("Sudan", C, neg, "Rapid Support Forces", "reported speech with the RSF as grammatical subject: the speaker (Sudan) is the actor; 'those who armed them' unnamed"))
U(d, "Mr. LAMMY, taking the floor a second time", "of its neighbour's territory.",
  ("United Kingdom", C, neg, "Russia", "surname only; 'a delegation whose country was occupying ...' = Russia"))
U(d, "Later in the day, the Foreign Ministry of Sudan said", "run its own affairs.",
  ("Sudan", S, pos, "Russia", "ministry statement praising Russia's vote; Moscow = metonym"))
U(d, "Asked about the vote at the noon briefing, Stéphane Dujarric", "contacts with both sides.",
  ("United Nations", T, neu, "", "UN spokesperson note: 'no military solution' + urging the parties + envoy's contacts"))
U(d, "The Rapid Support Forces, in a post on social media, said they welcomed the draft", "to end the war.",
  ("Rapid Support Forces", T, pos, "", "welcome + readiness for talks = calling_for_talks (rule 2 before rule 3)"))
U(d, "An adviser to the group blamed the army", "the Jeddah talks.",
  ("Rapid Support Forces", C, neg, "Sudan", "an unnamed adviser of a named group speaks for it; 'the army' = Sudan (SAF)"))
