# Kazakhstan MFA news page (full HTML): the remarks of Ukraine's ambassador Petro Vrublevskyi, releases of 23 Aug,
# 12 Sep and 5 Oct 2022 (newest first, as the ministry's news list shows them).
DOC = "page_kazakhstan_vrublevskyi_envoy2022_mfanews.html"
KZ = "Kazakhstan"; RU = "Russia"; UA = "Ukraine"
ARSK = "Association of Russian, Slavic and Cossack Organisations of Kazakhstan"
ROWS = [
# --- 5 October 2022 briefing ---
# "Astana, 5 October 2022." / "The following are excerpts ..." -> release furniture, no row
("Question: Yesterday the Russian Foreign Ministry summoned the Ambassador of Kazakhstan.",
 RU, "condemning", "negative", KZ, "journalist's question reporting Russia's act (labels/README: such sentences are the reported actor's statement); summoning an ambassador = diplomatic protest"),
("The official representative of the Russian ministry, Maria Zakharova, said Moscow was indignant that Petro Vrublevskyi was still heading the Ukrainian Embassy in Astana.",
 RU, "condemning", "negative", KZ, "Zakharova = Russia; indignation aimed at Kazakhstan for keeping the envoy (unsure: could be aimed at Ukraine's envoy); Astana = place"),
("She also said Moscow had been assured in September that he would leave the country for good.",
 RU, "neutral", "negative", "", "claim of a broken assurance stated as a fact, no judgement word -> neutral, negative (unsure: implicit reproach)"),
# "How do you respond?" -> the question itself, no row
("Answer: On 4 October, the Ambassador of the Republic of Kazakhstan to the Russian Federation, Yermek Kosherbayev, was invited to the Ministry of Foreign Affairs of the Russian Federation, where the Russian side voiced its displeasure that Ambassador Vrublevskyi had not left Kazakhstan.",
 RU, "condemning", "negative", KZ, "Russia's protest reported by Kazakhstan's spokesman; Kazakhstan takes no position in this sentence"),
# "Let me recall the facts." -> no position
("Immediately after the interview appeared, the Ministry lodged a protest with the Ambassador, and we informed the Ukrainian side that the remarks of its Ambassador are unacceptable for Kazakhstan and wounding for our citizens, whatever their ethnic origin.",
 KZ, "condemning", "negative", UA, "protest + 'unacceptable' aimed at Ukraine's ambassador (the envoy speaks for Ukraine)"),
("The Ukrainian side has since sent a request for agrément for a new Ambassador, and that request is being considered in the established order.",
 UA, "neutral", "neutral", "", "Ukraine's act (request for agrément) reported by Kazakhstan = Ukraine's statement, procedural"),
("The Ukrainian side has since sent a request for agrément for a new Ambassador, and that request is being considered in the established order.",
 KZ, "neutral", "neutral", "", "Kazakhstan's own procedure ('being considered')"),
("Mr Vrublevskyi no longer has any contacts with the Ministry or other state bodies of Kazakhstan, and his stay in our country will end with the arrival of his successor.",
 KZ, "condemning", "neutral", UA, "freezing all official contact with the envoy = diplomatic measure short of expulsion -> condemning with a neutral tone (unsure: could be read as a neutral arrangement)"),
("No entry ban has been imposed on him, and none is being prepared.",
 KZ, "neutral", "neutral", "", "declining a measure (Russia's demand) without judgement = neutral"),
("As for the statement made yesterday by the official representative of the Russian Foreign Ministry, we regret the tone that was chosen.",
 KZ, "condemning", "negative", RU, "'regret' aimed at an actor's act = judgement (labels/README)"),
("It is not the language in which allies and partners speak to each other, and we expect the sovereign decisions of Kazakhstan to be respected.",
 KZ, "condemning", "negative", RU, "rebuke continued"),
("Today the Ambassador of the Russian Federation to Kazakhstan, Alexey Borodavkin, has been invited to the Ministry for a conversation.",
 KZ, "condemning", "neutral", RU, "summoning the ambassador in reply = diplomatic protest, procedural wording (unsure: 'invited for a conversation' is soft)"),
("Question: Does Kazakhstan intend to expel the Ukrainian Ambassador, as Moscow is demanding?",
 RU, "condemning", "negative", UA, "question reporting Russia's demand for the expulsion of Ukraine's envoy = a demanded measure (unsure: the question itself is no one's)"),
("Answer: Kazakhstan decides independently, on the basis of its national interests and the Vienna Convention on Diplomatic Relations, which foreign diplomats work on its territory and on what terms.",
 KZ, "neutral", "neutral", "", "assertion of its own procedure; implicit rebuff of Moscow without a judgement word"),
("We consider that the matter has been settled with the Ukrainian side, and we see no reason for it to become a source of disagreement with our allies.",
 KZ, "calling_for_talks", "neutral", "", "de-escalation: wish that the row not become a dispute ('our allies' = unnamed, mostly Russia) (unsure: could be neutral)"),
("Question: The Association of Russian, Slavic and Cossack Organisations of Kazakhstan has asked the Prosecutor General's Office to open a criminal case over the interview.",
 ARSK, "condemning", "negative", UA, "question reporting the association's act: asking for prosecution over the envoy's interview = demanded measure; new actor"),
# "Is there any progress?" -> no row
("Answer: Appeals of this kind are examined by the law enforcement bodies in accordance with the procedure established by law, and it would not be correct for the Ministry to comment on them.",
 KZ, "neutral", "neutral", "", "procedure, declines to comment"),
# "Question: Some commentators say ..." -> unnamed speakers; "Is that so?" -> no row
("Answer: Our position is unchanged.",
 KZ, "neutral", "neutral", "", "lead-in to the next sentence; restates position without content"),
("Kazakhstan stands for an end to hostilities and for the settlement of the conflict through negotiations on the basis of the UN Charter and the principles of international law.",
 KZ, "calling_for_talks", "neutral", "", "appeal for an end to fighting and negotiations; the UN Charter is not a speaker"),
# banner "From 17 September 2022 the capital ..." -> furniture
# --- 12 September 2022 comment ---
# "Nur-Sultan, 12 September 2022." / "... commented on media reports ..." -> lead, no position
("\"As we reported on 5 September, during a conversation at the Ministry the Ambassador of Ukraine expressed regret for what he had said, telling us that he had spoken under the weight of what his country has lived through since February,\" the Official Representative said.",
 UA, "neutral", "neutral", "", "the envoy's apology, reported by Kazakhstan = Ukraine's statement (the envoy speaks for his state); apology/explanation = no stance toward another actor"),
("\"We took note of the apology. At the same time, our assessment of his words has not changed. For Kazakhstan, where people of more than a hundred ethnic groups live side by side, remarks of this kind are unacceptable,\" he added.",
 KZ, "condemning", "negative", UA, "three-sentence quote closed by its speaker; 'unacceptable' decides"),
("According to the Official Representative, no decision to expel the Ambassador has been taken by the Kazakh side.",
 KZ, "neutral", "neutral", "", "denial of an expulsion = neutral"),
("\"The Ambassador is currently on leave. Questions of his further work are a matter for the Ukrainian side,\" Aibek Smadiyarov said.",
 KZ, "neutral", "neutral", "", "facts and procedure"),
# --- 23 August 2022 release ---
("Deputy Minister of Foreign Affairs of the Republic of Kazakhstan Yermukhambet Konuspayev received the Ambassador Extraordinary and Plenipotentiary of Ukraine to the Republic of Kazakhstan Petro Vrublevskyi in connection with his remarks in an interview with a Kazakh video blogger published on the internet on 21 August.",
 KZ, "condemning", "neutral", UA, "'Nur-Sultan, 23 August 2022.' is a separate dateline sentence; summoning the envoy over his remarks = protest, procedural wording"),
("The Kazakh side lodged a protest and made clear that a head of mission who speaks in this way in the media of the host country oversteps his role, and that Kazakhstan expects the Ukrainian side to prevent any repetition.",
 KZ, "condemning", "negative", UA, "protest + judgement"),
("It was stressed that Kazakhstan, as a multinational state, rejects any words capable of stirring up hatred on ethnic grounds, whoever utters them.",
 KZ, "condemning", "negative", UA, "'rejects any words ... whoever utters them' in a release about the envoy's remarks = judgement aimed at them (unsure: phrased as a general principle)"),
("The Ambassador was asked to provide explanations regarding the content of the interview.",
 KZ, "neutral", "neutral", "", "request for explanations = procedure (unsure: part of the protest)"),
("The Kazakh side also reaffirmed its consistent position in favour of resolving the conflict between Russia and Ukraine by peaceful, political and diplomatic means.",
 KZ, "calling_for_talks", "neutral", "", "peaceful settlement; both sides -> target empty"),
]
