# ------------------------------------------------------------------ West Papua at the General Assembly and Indonesia's right of reply (UN meetings coverage, 2019-09-28)
d = "page_westpapua_unga_meetings.txt"
# No rows: the UN banner, menu, document symbol, meeting line, headline and subheadline; the three summary paragraphs
# ("With the General Assembly's annual general debate ...", "Several Pacific delegations also turned ...", "Late in the afternoon,
# Indonesia, exercising its right of reply, rejected ...": summary lines before the specific statements, as batch 26a);
# "The Assembly will reconvene ..." (procedure); "Statements" and "Right of Reply" crossheads.
U(d, "LOTAY TSHERING, Prime Minister of Bhutan, said", "it intended to keep it that way.",
  ("Bhutan", N, pos, "", "speaker in capitals with title = Bhutan; own record and plan, no evaluation of others"))
U(d, "He called on developed countries to deliver the climate finance", "done nothing to cause.",
  ("Bhutan", T, neg, "", "pronoun subject; appeal for promised help (asking for help = calling_for_talks, labels README); 'developed countries' is not a canonical target"))
U(d, "Bhutan was on course to leave the least developed country category", "shrinking year by year.",
  ("Bhutan", N, neg, "", "fact + worry, no appeal; attribution in mid-sentence ('he said')"))
U(d, "CHARLOT SALWAI TABIMASMAS, Prime Minister of Vanuatu, said", "but a daily emergency.",
  ("Vanuatu", N, neg, "", "own country's situation, alarm without appeal"))
U(d, "Major emitters could not go on treating the atmosphere", "including the international courts.",
  ("Vanuatu", C, neg, "", "judgement of 'major emitters' (no canonical target) + legal action held out as a response"))
U(d, "Turning to decolonization, he welcomed the peaceful conduct", "foreseen under the Nouméa Accord.",
  ("Vanuatu", S, pos, "France", "welcome of the New Caledonia consultation and of France's preparations = supporting"))
U(d, "In recent weeks, he said, the world had seen images of indigenous Papuans", "without any accounting.",
  ("Vanuatu", C, neg, "Indonesia", "accusation made by describing the security forces' acts against civilians (rule 4 note) = condemning; 'he said' inside the sentence"))
U(d, "He noted that the United Nations High Commissioner for Human Rights", "in the two provinces.",
  ("United Nations", N, neg, "", "a position of the UN rights chief reported by Vanuatu's speaker = a UN statement (guide); alarm without an appeal in this sentence; Vanuatu only 'noted' it (no Vanuatu row)"))
U(d, "Leaders of the Pacific Islands Forum, meeting in Funafuti in August", "he recalled.",
  ("Pacific Islands Forum", T, neu, "", "the Forum's August position reported by Vanuatu = a Forum statement (the visit and a report = a diplomatic course); 'he recalled' = reporting, no Vanuatu position in this sentence"))
U(d, "He called on Jakarta to let that visit go ahead without further delay.", "He called on Jakarta to let that visit go ahead without further delay.",
  ("Vanuatu", T, neu, "Indonesia", "Jakarta = metonym for Indonesia; appeal without a judgement word"))
U(d, "Vanuatu would continue to raise the matter in every forum", "he said.",
  ("Vanuatu", S, pos, "", "solidarity with the people of West Papua (a people, not a canonical actor -> target empty) pledged as continued advocacy (unsure: could be neutral, a plan)"))
U(d, "JEREMIAH MANELE, Minister for Foreign Affairs and External Trade of Solomon Islands", "made in the national interest.",
  ("Solomon Islands", S, neu, "China", "switching recognition to Beijing = backing for the People's Republic, as on the Nicaragua page; 'sovereign choice' framing only"))
U(d, "The country's development depended on partners who respected its priorities", "among them.",
  ("Solomon Islands", N, neu, "", "own priorities; the partners are not named"))
U(d, "On West Papua, he said Solomon Islands shared the concerns", "to refrain from violence.",
  ("Solomon Islands", T, neg, "", "concern + appeal (visit, refrain from violence) addressed to all sides = calling_for_talks"))
U(d, "Dialogue between Jakarta and the Papuan people, not force", "he added.",
  ("Solomon Islands", T, neu, "", "attribution tail; dialogue as the only path; Jakarta here = the Indonesian government as a party to talks, no judgement -> target empty (two parties)"))
U(d, "The Chair of the delegation of Tuvalu, speaking first on behalf of the Pacific Islands Forum", "and their way of life.",
  ("Pacific Islands Forum", N, neg, "", "speaker identified by role only, speaking as the Forum's chair = the Forum (guide); the Forum's declaration reported, alarm without an appeal in the sentence"))
U(d, "Speaking then in his national capacity, he said Tuvalu would keep standing", "independent observers and journalists.",
  ("Tuvalu", T, neu, "Indonesia", "same speaker in his national capacity = Tuvalu; solidarity with a people + appeal to Indonesia, no judgement: rule 2 before 3"))
U(d, "For an atoll nation whose highest point was less than five metres", "a question of survival.",
  ("Tuvalu", N, neg, "", "'he continued'; own vulnerability, no appeal"))
U(d, "The representative of Indonesia, speaking in exercise of the right of reply, said Vanuatu", "the unity of its territory.",
  ("Indonesia", C, neg, "Vanuatu", "right of reply by a representative (role only) = Indonesia; 'turned the rostrum against the sovereignty' of another State = judgement"))
U(d, "Behind its professed concern for human rights, he said", "government offices in Wamena.",
  ("Indonesia", C, neg, "Vanuatu", "accusation of backing separatism; Wamena = place"))
U(d, "He accused the United Liberation Movement for West Papua", "of inciting the unrest.",
  ("Indonesia", C, neg, "United Liberation Movement for West Papua", "accusation of the movement; Vanuatu only in a relative clause -> single target"))
U(d, "The riots had been set off by hoaxes spread on social media", "he said.",
  ("Indonesia", C, neg, "", "blame on 'armed groups' (not a canonical actor) by describing attacks on civilians = condemning, target empty"))
U(d, "The status of Papua and West Papua as part of Indonesia had been settled", "was final, he said.",
  ("Indonesia", N, neu, "", "own legal position stated, no evaluation of another actor"))
U(d, "He rejected as baseless the allegations of systematic abuses", "examined every complaint.",
  ("Indonesia", N, neg, "", "denial of an accusation = neutral, negative (guide); 'baseless' qualifies the allegations, the denial decides (unsure: could be read as a judgement of Vanuatu)"))
U(d, "The Government had invested heavily in roads, schools and health care", "he added.",
  ("Indonesia", N, pos, "", "reassurance about own conduct = neutral, positive"))
U(d, "The invitation extended to the High Commissioner still stood", "discussed with her Office.",
  ("Indonesia", T, neu, "United Nations", "keeping the UN visit open and discussing its timing = agreeing to a meeting (calling_for_talks); contrast with the rejection around it"))
U(d, "Indonesia remained open to dialogue with any Pacific neighbour", "gave separatists a platform.",
  ("Indonesia", C, neg, "Vanuatu", "offer of dialogue + 'lectures from a State that gave separatists a platform' (Vanuatu by context): the judgement decides (rule 1)"))
U(d, "The representative of Vanuatu, in exercise of the right of reply, said", "sponsored no movement.",
  ("Vanuatu", N, neg, "", "denial of Indonesia's accusation = neutral, negative"))
U(d, "It asked only that Indonesia honour its own invitation", "he said.",
  ("Vanuatu", T, neu, "Indonesia", "'It' = Vanuatu; appeal for the visit, no judgement"))
U(d, "Taking the floor a second time, the representative of Indonesia said", "by every lawful means.",
  ("Indonesia", C, neg, "Vanuatu", "brush-off + warning that it will defend its territory 'by every lawful means' = a veiled response to Vanuatu (unsure: could be neutral posture)"))
# No rows: "* *** *", "For information media. Not an official record.", related documents, share bar, footer.
