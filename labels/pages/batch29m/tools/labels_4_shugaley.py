# ------------------------------------------------------------------ Shugaley and Sueifan held in Tripoli (Russian MFA briefing, 2020-02-20)
d = "page_shugaley_tripoli2020_mfabriefing.txt"
G = "Government of National Accord"
# Not statements: ministry name, breadcrumbs, title, table of contents, section headings, the journalists' own questions
# ("Is that why they are being held?" etc.), photo caption, print/share line, copyright.
U(d, "The Russian citizens brought home from Wuhan completed their quarantine", "this week.",
  ("Russia", N, neu, "", "the spokeswoman speaks for Russia; fact"))
U(d, "We are grateful to our Chinese partners", "waiting to leave.",
  ("Russia", S, pos, "China", "gratitude/praise for China's help = supporting"))
U(d, "Russia will continue to provide China with whatever support", "the epidemic.",
  ("Russia", S, pos, "China", "offer of support = supporting"))
U(d, "As you know, the Security Council adopted Resolution 2510 on February 12", "the Berlin conference.",
  ("United Nations", T, neu, "", "Council act endorsing a peace process, reported by Russia = calling_for_talks"))
U(d, "Russia abstained.", "Russia abstained.",
  ("Russia", N, neu, "", "a vote reported without judgement in the sentence = neutral"))
U(d, "Our concerns were not taken into account", "many sources have reported.",
  ("Russia", C, neg, "", "complaint about the text and about fighters moved from Idlib; no single actor named -> target empty (unsure: could be neutral procedure about a vote)"))
U(d, "We regard the transfer of these fighters across the Mediterranean", "bear responsibility for what follows.",
  ("Russia", C, neg, "", "holds the organisers responsible; Turkey implied, not named -> target empty"))
U(d, "Russia remains committed to the Berlin process and calls on the Libyan parties", "a lasting ceasefire.",
  ("Russia", T, neu, "", "appeal to the parties to negotiate in the 5+5 committee"))
U(d, "Nine months have passed since the sociologist Maxim Shugaley", "were seized in Tripoli.",
  ("Russia", N, neg, "", "fact of the detention's length; 'seized' colours the tone, no explicit judgement of an actor"))
U(d, "They are still held in Mitiga prison without a trial", "without consular access.",
  ("Russia", C, neg, G, "accusation by description of the conditions of detention"))
U(d, "This is lawlessness, plain and simple.", "plain and simple.",
  ("Russia", C, neg, G, "judgement without a stock word"))
U(d, "The people who hold them have no evidence", "trying to find any.",
  ("Russia", C, neg, G, "judgement of the captors"))
U(d, "We demand their immediate release.", "immediate release.",
  ("Russia", T, neg, G, "demand addressed to one side with no judgement word in the sentence = calling_for_talks, negative (labels/README)"))
U(d, "Foreign Minister Sergey Lavrov raised the case again with Mohamed Siala", "in constant contact with Tripoli.",
  ("Russia", T, neu, G, "diplomatic contacts pursued by Russia on the case = calling_for_talks"))
U(d, "I would like to remind our citizens once more that travel to Libya", "not to send staff there.",
  ("Russia", N, neg, "", "travel advice, no judgement or appeal to another actor"))
U(d, "Libya's interior minister Fathi Bashagha said last week in Tripoli", "met Saif al-Islam Gaddafi.",
  (G, C, neg, "", "journalist's question reporting another actor's position = that actor's statement (labels/README); accusation against the two men (no canonical target)"))
U(d, "We have heard these claims many times.", "many times.",
  ("Russia", N, neg, "", "start of a denial"))
U(d, "Not a single document has been produced to back them up.", "to back them up.",
  ("Russia", N, neg, "", "denial: no evidence for the charge"))
U(d, "Maxim Shugaley and Samer Sueifan were doing sociological research", "invited to do.",
  ("Russia", N, neu, "", "Russia's account of their work = denial by counter-fact"))
U(d, "If someone in Tripoli believes otherwise, let them show the evidence to a court.", "to a court.",
  ("Russia", N, neg, "", "denial continued as a challenge; no judgement word (unsure: could be read as condemning the GNA)"))
U(d, "The Foundation for National Values Protection, where the two men worked, says it is ready", "exchange or negotiation.",
  ("Foundation for National Values Protection", T, neu, "", "readiness to negotiate, reported in a question"))
U(d, "We are in contact with the foundation, as we are with the families.", "with the families.",
  ("Russia", N, neu, "", "fact about contacts"))
U(d, "All the efforts are coordinated.", "are coordinated.",
  ("Russia", N, neu, "", "procedural line"))
U(d, "According to a statement from the foundation on Monday, its head Alexander Malkevich described", "to intervene.",
  ("Foundation for National Values Protection", C, neg, G, "'hostage-taking' = judgement; appeal to the UN follows (rule 1)"))
U(d, "The foundation's position is understandable.", "is understandable.",
  ("Russia", S, neu, "Foundation for National Values Protection", "approval of another actor's position = supporting"))
U(d, "We ourselves have brought the case to the attention of the UN mission in Libya", "with the Government of National Accord.",
  ("Russia", T, neu, "United Nations", "asks the UN mission to use its contacts = appeal for mediation"))
U(d, "A Libyan analyst, Khaled al-Mabrouk of the Sadeq Institute in Tripoli, told our agency", "ties to Benghazi.",
  ("Khaled al-Mabrouk", N, neu, "", "invented analyst quoted in a question; reading of motives, no explicit judgement or appeal"))
U(d, "I do not want to comment on what analysts say.", "what analysts say.",
  ("Russia", N, neu, "", "declines to comment = procedural"))
# "Our position is simple." = lead-in, no position of its own.
U(d, "Two civilians are being held without grounds, and they must be freed.", "must be freed.",
  ("Russia", C, neg, G, "'without grounds' = judgement + demand: rule 1"))
U(d, "On Tuesday, a US State Department official said that Russian private military contractors", "to withdraw them.",
  ("United States", C, neg, "Russia", "unnamed official of a named government; accusation + demand addressed to Moscow: rule 1"))
U(d, "Washington has been repeating this story for months, without facts.", "without facts.",
  ("Russia", C, neg, "United States", "a denial that carries a judgement of the accuser ('repeating this story ... without facts') = condemning"))
U(d, "Russia has no military personnel in Libya.", "in Libya.",
  ("Russia", N, neg, "", "denial"))
U(d, "If there are Russian citizens there, they are not representing the Russian state.", "the Russian state.",
  ("Russia", N, neu, "", "denial of state responsibility"))
U(d, "The Turkish Defence Minister said on Sunday that Turkey would stay in Libya", "asked it to.",
  ("Turkey", S, neu, G, "office holder by title only; commitment to keep forces for its ally = backing by act"))
U(d, "Ankara is a partner with whom we discuss Libya regularly", "agreed in Berlin.",
  ("Russia", C, neg, "Turkey", "judgement of sending armed groups (does not help, contradicts Berlin) despite the courteous opening"))
U(d, "Some Russian media have quoted Oleg Danilenko", "from the first week.",
  ("Oleg Danilenko", C, neg, "Russia", "invented political scientist quoted second-hand; criticism of the ministry's silence"))
U(d, "We have used every channel, including public ones, and we will continue.", "we will continue.",
  ("Russia", N, neu, "", "defence of own conduct = neutral"))
U(d, "Dmitry Peskov said on Wednesday that President Putin is personally following the case.", "following the case.",
  ("Russia", N, neu, "", "Kremlin spokesman reported in a question; a fact about the President's attention"))
U(d, "Questions about the President's conversations should be addressed to the Kremlin.", "to the Kremlin.",
  ("Russia", N, neu, "", "procedural line"))
U(d, "I can only say that the case is on the agenda of all our contacts with the Libyan side.", "with the Libyan side.",
  ("Russia", N, neu, "", "fact about the agenda, no appeal"))
