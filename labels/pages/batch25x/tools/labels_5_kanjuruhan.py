# ------------------------------------------------------------------ Kanjuruhan stadium crush, Malang (live blog, 2022-10-02)
d = "page_indonesia_kanjuruhan_stampede2022_liveblog.txt"
# Not statements: menu, LIVE label, headline, time stamps, editors, key events bullets, JS notice, entry headings,
# the closing note of the blog, "Share | Copy link", ADVERTISEMENT, Related, topics, sign-up prompt, most viewed, copyright.
# "Our analysis: FIFA's stadium safety rules ..." = the outlet's own background, no row.
# "More than 300 people were being treated ... according to the provincial health office." = figure from an unnamed office, no row (unsure).
# "What we know so far" narration = no row.
U(d, "Indonesia's coordinating minister for political, legal and security affairs, Mahfud MD", "at the Kanjuruhan stadium.",
  ("Indonesia", N, neu, "", "procedure: an inquiry team being set up"))
U(d, "Mahfud said the use of gas inside a closed ground was being examined", "whatever their rank.",
  ("Indonesia", C, neg, "", "promise that those responsible will answer = threatened response; culprits unnamed -> target empty (unsure: could be neutral procedure)"))
U(d, "Andik Prasetyo, 27, an Arema supporter", "never left their seats.",
  ("Andik Prasetyo", C, neg, "Indonesia", "invented witness; accusation by describing police fire on seated families (police = state)"))
U(d, "\"They fired straight into the stands", "he said.",
  ("Andik Prasetyo", C, neg, "Indonesia", "two-sentence quote closed by the speaker; 'treated us like animals' = judgement"))
U(d, "Amnesty International welcomed the president's order for a review", "firing gas inside the ground.",
  ("Amnesty International", C, neg, "Indonesia", "welcome joined to a judgement (police broke the rules): rule 1"))
U(d, "Its Indonesia director Usman Hamid said the officers who gave the order", "moved to a desk job.",
  ("Amnesty International", C, neg, "Indonesia", "demand for prosecution + jab at token sanctions = judgement"))
U(d, "Human Rights Watch said it was disturbed by reports", "trouble on the pitch.",
  ("Human Rights Watch", N, neg, "", "concern with no appeal = neutral, negative (the act is reported, not judged)"))
U(d, "Pope Francis told pilgrims in St Peter's Square", "injured in Malang.",
  ("Holy See", S, neg, "Indonesia", "the pope speaks for the Holy See; prayer for the victims = condolences, supporting (negative tone)"))
U(d, "A spokesperson for UN Secretary-General Antonio Guterres said he was deeply saddened", "people of Indonesia.",
  ("United Nations", S, neg, "Indonesia", "condolences = supporting, negative tone"))
U(d, "The UN human rights office in Geneva said it was troubled", "crowd-control weapons had been used.",
  ("United Nations", T, neg, "Indonesia", "concern + request for outside investigators, no judgement word = calling_for_talks"))
U(d, "Malaysian Prime Minister Ismail Sabri Yaakob sent his condolences", "shared their grief.",
  ("Malaysia", S, neg, "Indonesia", "condolences = supporting"))
U(d, "Australian Foreign Minister Penny Wong said Australians stood beside", "at a terrible time.",
  ("Australia", S, neg, "Indonesia", "solidarity in grief = supporting"))
U(d, "The governments of Singapore, Japan and South Korea also sent messages", "to Jakarta.",
  ("Singapore", S, neg, "Indonesia", "list of states, one row each; messages of sympathy"),
  ("Japan", S, neg, "Indonesia", "list of states, one row each"),
  ("South Korea", S, neg, "Indonesia", "list of states, one row each"))
U(d, "The Asian Football Confederation said it was shocked and saddened", "people of East Java.",
  ("Asian Football Confederation", S, neg, "Indonesia", "condolences; several addressees, the state among them -> target Indonesia (unsure: could be empty)"))
U(d, "Parliament's Commission III, which oversees the police, will summon", "Ahmad Sahroni said.",
  ("Indonesia", N, neu, "", "parliament = state body; procedural: a summons to its own police chief"))
U(d, "Youth and Sports Minister Zainudin Amali said the organisers had sold more tickets", "so late at night.",
  ("Indonesia", C, neg, "Arema FC", "blame on the organisers (the home club ran the match): judgement"))
U(d, "Arema FC president Gilang Widya Pramana said the club would accept", "families of the dead.",
  ("Arema FC", N, neg, "", "apology for its own part, no stance on another actor"))
U(d, "Persebaya Surabaya, whose players were escorted from the ground", "give way to respect.",
  ("Persebaya Surabaya", T, pos, "", "hope that the fan rivalry gives way to respect = calling_for_talks"))
U(d, "The football association PSSI said it had barred Arema FC", "disciplinary committee to Malang.",
  ("PSSI", C, neg, "Arema FC", "a sanction against another side = condemning"))
U(d, "FIFA President Gianni Infantino said the football world was in mourning", "everyone in Indonesian football.",
  ("FIFA", S, neg, "Indonesia", "condolences = supporting"))
U(d, "Infantino said FIFA would give the Indonesian authorities and the PSSI any help", "what had gone wrong.",
  ("FIFA", S, pos, "Indonesia", "offer of assistance = supporting (backing by act offered)"))
U(d, "FIFA said it had asked the PSSI for a full report", "security arrangements.",
  ("FIFA", N, neu, "", "procedural request"))
U(d, "East Java police chief Inspector General Nico Afinta said officers had fired gas only after", "turned into a mob.",
  ("Indonesia", C, neg, "", "the police defend the gas by blaming the fans (not a canonical actor) -> target empty; accusation by describing attacks"))
U(d, "A national police spokesman denied reports that officers had chased fans", "trying to clear the pitch.",
  ("Indonesia", N, neg, "", "unnamed official of a named body; denial = neutral, negative"))
U(d, "East Java's deputy governor Emil Dardak said 125 people had died", "at different hospitals.",
  ("Indonesia", N, neu, "", "provincial official = state; figures, neutral tone"))
U(d, "President Joko Widodo ordered the PSSI to halt all Liga 1 matches", "treated free of charge.",
  ("Indonesia", N, neu, "", "the president's orders to the league and to his own ministers: measures, not aimed against another side in protest (unsure: a suspension ordered on PSSI could be read as condemning)"))
U(d, "\"Nothing like this must ever happen again on an Indonesian football ground,\"", "palace in Bogor.",
  ("Indonesia", T, neg, "", "appeal that such deaths never recur, no judgement = calling_for_talks (unsure: could be neutral)"))
U(d, "Dr Hendra Kusumo, who studies fan culture", "nobody had listened.",
  ("Hendra Kusumo", C, neg, "", "invented scholar; judgement of clubs and police who ignored warnings; two addressees -> target empty"))
U(d, "He urged the government to hand the inquiry to people from outside the police", "whatever it found.",
  ("Hendra Kusumo", T, neu, "Indonesia", "appeal for an outside inquiry, no judgement = calling_for_talks"))
