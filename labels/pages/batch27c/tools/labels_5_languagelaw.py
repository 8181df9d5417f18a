# ------------------------------------------------------------------ UN Security Council on Ukraine's State language law (UN meetings coverage, 2019-07-16)
d = "page_ukraine_languagelaw_unsc2019_unmeetings.txt"
# Not statements: site menu, meeting number and date, headline and subheadline (carry positions), 'Statements' head,
# the closing times line, the 'not an official record' line.
U(d, "Ukraine's new law on the State language should be carried out", "international peace and security.",
  ("United Nations", T, neu, "Ukraine", "lead: the senior official's appeal for care for minorities, no judgement (README: appeal to one side without judgement = calling_for_talks; unsure: neutral if read as a plain recommendation); members' dispute narrated"))
U(d, "Rosemary DiCarlo, Under-Secretary-General for Political and Peacebuilding Affairs, said the law", "some of its provisions.",
  ("United Nations", N, neu, "", "facts of the law's passage and entry into force"))
U(d, "She noted that the Office of the United Nations High Commissioner for Human Rights had found", "education and the media.",
  ("United Nations", N, neg, "", "OHCHR finding reported by the USG = UN; concern with no appeal -> neutral, negative"))
U(d, "Turning to the conflict in the east, she said the Office had recorded", "repeatedly.",
  ("United Nations", N, neg, "", "casualty figures and attacks on water facilities with no blame = neutral"))
U(d, "The United Nations took heart from President Volodymyr Zelensky's pledge", "she said.",
  ("United Nations", T, pos, "", "welcome joined to a hope for steps on Minsk: rule 2 before rule 3 -> calling_for_talks; attribution tail 'she said'"))
U(d, "Ms. DiCarlo, noting that tomorrow would mark five years", "298 people who died.",
  ("United Nations", S, neg, "", "solidarity with victims' families = supporting; grief -> negative; no canonical target"))
U(d, "The Council also heard from Olena Marchuk", "promote its own language.",
  ("Olena Marchuk", N, neu, "", "invented civil-society briefer; observation about public opinion, no position on an actor"))
U(d, "The law's media quotas, however, left schools and newspapers", "were drafted.",
  ("Olena Marchuk", T, neg, "Ukraine", "concern + appeal to the Government to consult minorities = calling_for_talks"))
U(d, "The representative of the Russian Federation, whose delegation had requested the meeting, said the law", "speak it at home.",
  ("Russia", C, neg, "Ukraine", "accusation without stock words ('push ... out of every corner')"))
U(d, "It ran against the spirit and the letter of the package of measures", "changing course.",
  ("Russia", C, neg, "Ukraine", "'he said' mid-sentence; violation charge + reproach of the new authorities"))
U(d, "He called on Ukraine's leadership to suspend the law", "Donetsk and Luhansk.",
  ("Russia", T, neg, "Ukraine", "demand + direct talks, no judgement word in the sentence = calling_for_talks (README)"))
U(d, "Ukraine's representative said the law concerned nothing but the status", "parts of Donbas.",
  ("Ukraine", C, neg, "Russia", "rejection of the Council's remit + accusation of diversion and occupation (judgement decides)"))
U(d, "He said the Constitution of Ukraine guaranteed the free development", "with that guarantee in mind.",
  ("Ukraine", N, neu, "", "reassurance about own conduct = neutral"))
U(d, "The representative of France said his delegation failed to see", "so obviously did.",
  ("France", C, neg, "Russia", "judgement by contrast: the weapons and fighters sent into Donbas (Russia, context) -> condemning"))
U(d, "He encouraged Kyiv to continue working with the Council of Europe's Venice Commission", "implementation.",
  ("France", T, neu, "Ukraine", "appeal for consultation, no judgement = calling_for_talks; Kyiv = Ukraine"))
U(d, "Speaking for Germany, the representative said Berlin and Paris", "progress on the ground.",
  ("Germany", T, neu, "", "offer of a leaders' meeting = calling_for_talks"),
  ("France", T, neu, "", "Germany's report of a joint Franco-German readiness: one row per state named (README: position reported by another party's speaker)"))
U(d, "The speaker also described the Russian decree simplifying the granting of passports", "hollowed out the Minsk agreements.",
  ("Germany", C, neg, "Russia", "'The speaker' = the German representative; judgement without a stock word"))
U(d, "The representative of the United Kingdom said his country rejected the claim", "facts on the ground.",
  ("United Kingdom", C, neg, "Russia", "rejection of Russia's claim + accusation on the passport decree"))
U(d, "The United States representative said his country stood firmly behind Ukraine's sovereignty", "recognized borders.",
  ("United States", S, pos, "Ukraine", "support for sovereignty and territorial integrity = supporting"))
U(d, "He welcomed Mr. Zelensky's efforts to secure the release of prisoners", "without further delay.",
  ("United States", T, neu, "Russia", "welcome joined to an appeal to free the sailors, no judgement word: rule 2 -> calling_for_talks; the party addressed = Russia (unsure: the demand could be read as pressure)"))
U(d, "Poland's representative said the Russian request was one more example", "political campaign.",
  ("Poland", C, neg, "Russia", "judgement on the request (abuse of the agenda) without a stock word"))
U(d, "The representative of Belgium, voicing alarm over the civilian toll", "contact line safely.",
  ("Belgium", T, neg, "", "alarm + appeal for ceasefire and humanitarian access = calling_for_talks; both sides -> target empty"))
U(d, "China's representative said the Council should help the parties narrow their differences", "in good faith.",
  ("China", T, neu, "", "dialogue + hope = calling_for_talks"))
U(d, "South Africa's delegate said the rights of linguistic minorities deserved respect everywhere", "Minsk framework.",
  ("South Africa", T, neu, "", "principle + appeal to honour Minsk commitments = calling_for_talks"))
U(d, "The representative of Indonesia called for a ceasefire that actually held", "paying the price.",
  ("Indonesia", T, neg, "", "appeal for ceasefire; civilian cost gives the negative tone"))
U(d, "The representative of Kuwait reaffirmed his country's support", "territorial integrity of Ukraine.",
  ("Kuwait", S, neu, "Ukraine", "support for sovereignty = supporting; plain diplomatic wording -> neutral tone"))
U(d, "The Dominican Republic's representative said he was deeply troubled", "millions of people.",
  ("Dominican Republic", N, neg, "", "concern with no appeal and no one blamed = neutral, negative"))
U(d, "The representative of Côte d'Ivoire welcomed the disengagement of forces", "end of June.",
  ("Ivory Coast", S, pos, "", "welcome of a step taken by both sides = supporting; two parties -> target empty"))
U(d, "Equatorial Guinea's representative said questions of language were", "within its own borders.",
  ("Equatorial Guinea", N, neu, "", "statement of principle, no judgement or appeal (unsure: implicit backing for Ukraine's view)"))
U(d, "Speaking in his national capacity, the Council President, the representative of Peru", "protect civilians.",
  ("Peru", T, neu, "", "the President speaking in national capacity = Peru; appeal for ceasefire and protection of civilians"))
U(d, "Taking the floor a second time, the representative of the Russian Federation rejected", "humanitarian reasons.",
  ("Russia", N, neg, "", "denial of the passport charges with own justification = neutral, negative ('fantasies' is part of the rebuttal; unsure)"))
U(d, "Ukraine's representative, also speaking again, said his delegation would take no lessons", "occupied Crimea.",
  ("Ukraine", C, neg, "Russia", "reproach + accusation (closing Ukrainian classrooms in occupied Crimea)"))
