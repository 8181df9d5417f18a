# ------------------------------------------------------------------ The storming of the British embassy in Tehran, reactions (scraped round-up page with furniture, 2011-11-30)
d = "page_tehran_embassy_roundup.txt"
U(d, "Britain on Wednesday ordered Iran to close its embassy in London", "compounds in Tehran.",
  ("United Kingdom", C, neg, "Iran", "lead: expulsion of diplomats = measure (condemning); the storming in the subordinate clause is narration (the protesters are not an actor)"))
U(d, "Foreign Secretary William Hague told the House of Commons that he held Iran's rulers responsible:", "our staff were in danger.",
  ("United Kingdom", C, neg, "Iran", "holds responsible (guide cue) + quotation opened after a colon and left open; the repeated headline and the captions are furniture"))
U(d, "\"We will not host a full Iranian mission in London", "he said.",
  ("United Kingdom", C, neg, "Iran", "the same quotation continued over the paragraph break; justification of the expulsion = measure against the other side"))
U(d, "Hague said Britain was not cutting off relations altogether", "had now left Iran.",
  ("United Kingdom", N, neu, "", "facts about its own diplomatic posture, no evaluation"))
U(d, "Prime Minister David Cameron, who chaired a meeting of the government's emergency committee", "to foreign diplomats.",
  ("United Kingdom", C, neg, "Iran", "judgement without stock words ('failed in the most basic duty'); Tehran = metonym"))
U(d, "Iran's foreign ministry said in a statement on Tuesday that it regretted the unlawful acts", "prevent any repetition.",
  ("Iran", C, neg, "", "'regretted the unlawful acts' aimed at the protesters' act = a judgement ('regrettable' cue); the protesters are not a canonical actor -> target empty (unsure: could be read as neutral damage control)"))
U(d, "The ministry added that Iran respected its obligations", "protection of diplomats.",
  ("Iran", N, neu, "", "'The ministry' by context; reassurance about its own conduct = neutral"))
U(d, "Britain's decision to expel Iranian diplomats was an overreaction", "said on Wednesday.",
  ("Iran", C, neg, "United Kingdom", "possessive before the speaker ('Britain's decision' is not a speaker); judgement + threatened response; attribution tail"))
U(d, "Parliament speaker Ali Larijani told lawmakers that the students' anger", "the Iranian nation.",
  ("Iran", C, neg, "United Kingdom", "speaker of parliament = Iran (state body); accusation of British hostility; the students only mentioned"))
U(d, "He accused the UN Security Council of double standards", "by gunmen in 1980.",
  ("Iran", C, neg, "United Nations", "'He' = Larijani; accusation of the Council"))
U(d, "Tehran's police said a number of people had been arrested", "had been reinforced.",
  ("Iran", N, neu, "", "state police = Iran; facts and own measures (the possessive 'Tehran's' names a place)"))
U(d, "The 15 members of the UN Security Council, in a statement issued late on Tuesday", "international law requires.",
  ("United Nations", C, neg, "Iran", "condemnation + appeal to Iran: rule 1; the Basij sentence before this crosshead is narration (protesters' chants, no actor)"))
U(d, "UN Secretary-General Ban Ki-moon was deeply concerned and hoped", "his spokesman said.",
  ("United Nations", T, neg, "", "concern + hope that tensions fall = calling_for_talks (hope, guide); both governments -> target empty; attribution tail"))
U(d, "Germany, France and the Netherlands all recalled their ambassadors", "on Wednesday.",
  ("Germany", C, neg, "Iran", "list of three states (no Oxford comma): one row each; recall of an ambassador in reaction = measure (condemning)"),
  ("France", C, neg, "Iran", "same list"),
  ("Netherlands", C, neg, "Iran", "same list"))
U(d, "German Foreign Minister Guido Westerwelle said Germany stood firmly at Britain's side.", "at Britain's side.",
  ("Germany", S, pos, "United Kingdom", "solidarity = supporting; no judgement in this sentence"))
U(d, "French Foreign Minister Alain Juppé telephoned Hague", "the Quai d'Orsay said.",
  ("France", S, pos, "United Kingdom", "solidarity conveyed to Hague (addressed, not a speaker); attribution tail with a metonym (Quai d'Orsay = France)"))
U(d, "Norway closed its embassy in Tehran as a precaution", "in Oslo said.",
  ("Norway", N, neu, "", "precautionary closure with no protest stated = neutral (contrast with the recalls); Oslo = place"))
U(d, "President Barack Obama told reporters at the White House that for diplomatic compounds", "obligations seriously.",
  ("United States", C, neg, "Iran", "judgement of Iran's leaders (not taking obligations seriously); the White House here is a place"))
U(d, "State Department spokeswoman Victoria Nuland said Washington had offered Britain", "help it needed.",
  ("United States", S, pos, "United Kingdom", "offer of help = supporting; Washington = metonym"))
U(d, "EU foreign policy chief Catherine Ashton said the 27 member states stood together with Britain", "measures against Iran.",
  ("European Union", C, neg, "Iran", "solidarity with Britain + further measures against Iran in one sentence: the threatened measures decide (rule 1)"))
U(d, "Russia's foreign ministry called the attack unacceptable", "matters worse.",
  ("Russia", C, neg, "", "'unacceptable' aimed at the attack (judgement), with a warning against sanctions aimed at the West; no single actor named as responsible -> target empty"))
U(d, "China's foreign ministry spokesman Hong Lei said diplomatic missions must be protected", "calmly through dialogue.",
  ("China", T, neu, "", "principle + appeal to both sides for dialogue, no judgement"))
