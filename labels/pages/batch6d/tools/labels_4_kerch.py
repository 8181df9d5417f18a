# ------------------------------------------------------------------ Kerch Strait naval incident, reactions on 26-27 Nov (TASS-style state media, 2018-11-27)
d = "page_kerch_strait_statemedia.txt"
U(d, "The Federal Security Service (FSB) has established", "said on Tuesday.",
  ("Russia", C, neg, "Ukraine", "FSB = Russia; 'a provocation planned in Kiev' = accusation; dateline excluded"))
U(d, "According to the FSB, two officers of Ukraine's Security Service", "demands to stop.",
  ("Russia", C, neg, "Ukraine", "accusation that the SBU coordinated the action"))
U(d, "Three Ukrainian servicemen who were lightly wounded", "state border).",
  ("Russia", N, neu, "", "casualty facts + a criminal case opened = figures and procedure"))
U(d, "Russian Human Rights Commissioner Tatyana Moskalkova told reporters", "hospital in Kerch.",
  ("Russia", N, neu, "", "state official giving figures"))
U(d, "Russian Presidential Spokesman Dmitry Peskov said on Tuesday", "under control.",
  ("Russia", N, neu, "", "declines outside calming efforts with no protest + reassurance about its own border guards = neutral (a refusal of a format without a grievance)"))
U(d, "He described the incident as a dangerous provocation", "careful investigation.",
  ("Russia", C, neg, "Ukraine", "judgement: a provocation by the Ukrainian side"))
U(d, "Asked when Russian President Vladimir Putin would comment", "considered it necessary.",
  ("Russia", N, neu, "", "procedural answer"))
U(d, "During a telephone conversation with German Chancellor Angela Merkel", "press service reported.",
  ("Russia", C, neg, "Ukraine", "'gross violation of international law' + sole blame; Merkel is only addressed"))
U(d, "He also voiced serious concern over Kiev's decision", "further escalation.",
  ("Russia", T, neg, "Ukraine", "concern + hope that Berlin persuades Kiev to refrain from escalation = an appeal for restraint addressed to Ukraine; Berlin = metonym, only mentioned"))
U(d, "German government spokesman Steffen Seibert said the chancellor", "calm things down and talk.",
  ("Germany", T, neu, "", "de-escalation and dialogue urged; Putin is only the addressee"))
U(d, "At an emergency meeting of the UN Security Council in New York on Monday", "violation of the Russian border.",
  ("United Nations", N, neu, "", "the Council's procedural vote reported as done, no judgement stated (unsure: the vote could be read as narration)"),
  ("Russia", C, neg, "Ukraine", "a position of Russia reported inside the sentence: 'what Moscow described as a violation of the Russian border'; the violator is the Ukrainian navy"))
U(d, "Russia's Permanent Representative to the UN Vasily Nebenzia", "the March election.",
  ("Russia", C, neg, "Ukraine", "accusation; Kiev = metonym"))
U(d, "US Permanent Representative Nikki Haley, for her part", "Washington and Moscow.",
  ("United States", C, neg, "Russia", "state-media framing ('levelled accusations', 'claiming') does not change the actor's stance: accusation + warning"))
U(d, "UN Under-Secretary-General for Political Affairs Rosemary DiCarlo", "drive tensions higher.",
  ("United Nations", T, neu, "", "restraint urged on both sides"))
U(d, "US Secretary of State Mike Pompeo called on Russia to return", "direct contacts.",
  ("United States", T, neg, "", "demand to Russia with no judgement word + restraint and direct contacts for both: calling_for_talks; two addressees -> target empty"))
U(d, "Late on Monday, Ukraine's Verkhovna Rada approved", "Sea of Azov.",
  ("Ukraine", N, neu, "", "own measure (martial law) reported with no judgement in the sentence"))
U(d, "In an address to the nation, Poroshenko claimed", "against Ukraine.",
  ("Ukraine", C, neg, "Russia", "'act of aggression'; surname only after an earlier full mention"))
U(d, "Ukrainian Foreign Minister Pavlo Klimkin called on Kiev's Western partners", "on Russia.",
  ("Ukraine", C, neg, "Russia", "call for sanctions = condemning"))
U(d, "NATO Secretary General Jens Stoltenberg said after an extraordinary session", "its own waters.",
  ("NATO", S, pos, "Ukraine", "backing of Ukraine's sovereignty"))
U(d, "He called on Russia to free the Ukrainian sailors", "without delay.",
  ("NATO", T, neg, "Russia", "demand to one side to release, no judgement word = calling_for_talks, negative"))
U(d, "EU High Representative Federica Mogherini's office said the bloc wanted Moscow", "further escalation.",
  ("European Union", T, neu, "", "demand to Moscow (metonym) with no judgement word + restraint asked of all = calling_for_talks; 'the bloc' = EU"))
U(d, "German Foreign Minister Heiko Maas offered Berlin's help", "between the two countries.",
  ("Germany", T, pos, "", "offer of mediation; Paris only mentioned"))
U(d, "The Turkish Foreign Ministry said that, as a Black Sea state", "stability in the region.",
  ("Turkey", T, neu, "", "free passage + prudence urged on the parties, no judgement"))
