# ------------------------------------------------------------------ Russia revokes its CTBT ratification (international wire copy, 2023-11-02)
d = "page_ctbt_deratification_wire.txt"
# No rows: agency menu, headline, byline, share bar, image captions ("Image N of 3", credits), Summary bullets,
# ADVERTISEMENT, capitals crossheads ("MATCHING WASHINGTON", "'A SERIOUS SETBACK'"), "Related:", reporting credits,
# "Our Standards", Read Next, Most Read, newsletter prompt, copyright.
U(d, "President Vladimir Putin on Thursday signed a law withdrawing Russia's ratification", "a blow to decades of arms control.",
  ("Russia", N, neu, "", "dateline 'MOSCOW/VIENNA, Nov 2 (Meridian) - ' excluded; the signing is a specific act reported as done, with Moscow's parity justification: neutral (unsure: the 'same footing' line implies blame on the US)"),
  ("United States", C, neg, "Russia", "Washington (metonym) 'condemned' the step, reported inside the lead"))
# "The law, published on the government's legal information portal ..." = narration of the law's content: no row.
U(d, "U.S. Secretary of State Antony Blinken said in a statement that Moscow had chosen", "for the treaty ever to take effect.",
  ("United States", C, neg, "Russia", "walking away from a commitment = negative judgement of Russia's act; Moscow = metonym"))
U(d, "\"The United States will continue to observe its moratorium", "Blinken said.",
  ("United States", T, neu, "", "own moratorium + appeal for restraint to all signatories, no judgement in the sentence = calling_for_talks"))
U(d, "Kremlin spokesman Dmitry Peskov told reporters Russia was not preparing to test", "changed nothing in practice.",
  ("Russia", N, neu, "", "reassurance / denial of an intent to test = neutral"))
# "The treaty has never entered into force because eight of the 44 states ..." = background; the listed states do not speak: no rows.
U(d, "Putin first raised the idea on Oct. 5 at the Valdai discussion forum", "need for new tests.",
  ("Russia", N, neg, "", "plan to mirror the US + an open question about tests, no explicit threat or judgement = neutral, negative (unsure: could be read as a veiled threat)"))
U(d, "The State Duma, parliament's lower house, passed the bill unanimously", "approved it a week later.",
  ("Russia", N, neu, "", "parliament's votes = a specific act reported as done (the guide's 'ratified a treaty'), no evaluation"))
U(d, "Speaker Vyacheslav Volodin told lawmakers before the vote", "the treaty it had signed.",
  ("Russia", C, neg, "United States", "Duma speaker = Russia; 'treated global security with contempt' = judgement"))
U(d, "Deputy Foreign Minister Sergei Ryabkov, who oversees arms control", "did so first.",
  ("Russia", C, neg, "United States", "conditional threat: a test in response to a US test"))
U(d, "\"For almost a quarter of a century the Americans have enjoyed", "TASS last month.",
  ("Russia", C, neg, "United States", "multi-sentence quote closed by its speaker = one unit; blame on the US; TASS is not an actor"))
U(d, "The foreign ministry said in a statement on Thursday that Russia would remain a signatory", "monitoring stations running.",
  ("Russia", N, pos, "", "'The foreign ministry' = Russia's by context; reassurance about its own conduct = neutral, positive"))
U(d, "On Oct. 18, the same day as the Duma vote, the U.S. National Nuclear Security Administration", "by other countries.",
  ("United States", N, neu, "", "US agency's own act with its stated purpose = neutral"))
U(d, "Ryabkov said Moscow was following activity at the Nevada site closely.", "at the Nevada site closely.",
  ("Russia", N, neg, "", "'we are monitoring' with no threat stated = neutral, negative (guide)"))
U(d, "Robert Floyd, executive secretary of the Vienna-based Comprehensive Nuclear-Test-Ban Treaty Organization", "in the decade before.",
  ("CTBTO", C, neg, "Russia", "role then name; 'a serious setback' aimed at Russia's decision = judgement (unsure: mild)"))
U(d, "He pressed the countries still outside the treaty", "to ratify it quickly.",
  ("CTBTO", T, neu, "", "pronoun = Floyd; appeal to ratify, no judgement = calling_for_talks (unsure: a diplomatic course rather than talks)"))
U(d, "Floyd said he welcomed Moscow's assurance that the stations on Russian territory", "International Data Centre in Vienna.",
  ("CTBTO", S, pos, "Russia", "welcome of a step by Russia = supporting, even inside an otherwise critical reaction"))
# "The organisation runs a network of seismic ... stations" = background: no row.
U(d, "United Nations spokesman Stephane Dujarric said after the Duma vote", "any retreat from it was worrying.",
  ("United Nations", T, neg, "", "the SG's standing appeal to ratify + concern: appeal with no judgement of a named actor = calling_for_talks, negative"))
U(d, "NATO Secretary General Jens Stoltenberg told reporters at a meeting of alliance defence ministers", "watch Russia's moves closely.",
  ("NATO", N, neu, "", "allies' own posture + monitoring = neutral; Brussels = place"))
U(d, "He accused Moscow of steadily dismantling the arms control framework", "safe for decades.",
  ("NATO", C, neg, "Russia", "pronoun = Stoltenberg; accusation"))
U(d, "The European Union's diplomatic service said the decision undermined", "urged Russia to reverse it.",
  ("European Union", C, neg, "Russia", "'undermined a cornerstone' = judgement + demand (rule 1)"))
U(d, "Britain's Foreign Office said the move was one more sign", "international commitments.",
  ("United Kingdom", C, neg, "Russia", "'disregard for its commitments' = judgement"))
U(d, "In Tokyo, Foreign Minister Yoko Kamikawa told a news conference", "keep its testing moratorium.",
  ("Japan", C, neg, "Russia", "'extremely regrettable' = judgement (guide) + request: rule 1; Tokyo = place"))
U(d, "Kazakhstan, where the Soviet Union carried out hundreds of tests", "no country would ever test again.",
  ("Kazakhstan", T, neg, "", "concern + hope addressed to no one = calling_for_talks (hope), negative tone"))
U(d, "Asked about the move, Chinese foreign ministry spokesperson Wang Wenbin said Beijing hoped", "had not changed.",
  ("China", T, neu, "", "hope that all nuclear powers keep their moratoriums, no judgement of Russia = calling_for_talks; own commitment in the same sentence"))
# "Arms control experts said ..." and the unnamed Geneva-based researcher = not actors: no rows.
