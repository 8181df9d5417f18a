# ------------------------------------------------------------------ The Hunka ovation in Canada's House of Commons (public-radio interview transcript, 2023-09-26)
d = "page_canada_hunka_ovation2023_radiointerview.txt"
# Not statements: station bar, show title, segment line, audio player, transcript note, speaker labels, the host's questions,
# greetings ("Good morning", "Welcome to you both"), [END OF SEGMENT], related segments, credits, comments note, copyright.
# The host's news round-up at the top reports other actors' positions: those get rows for the actors reported (never the host's).
# "On Friday, during President Zelenskyy's visit, the Speaker ..." and "Over the weekend it emerged ..." = narration of the event, no row.
U(d, "Rota apologized to the House on Monday", "as pressure on him grows.",
  ("Canada", N, neg, "", "the Speaker of the House of Commons = Canada's parliament; apology + facts about the invitation, no judgement of another actor; the meeting today is narration"))
U(d, "The government House leader, Karina Gould, said on Monday evening", "before cabinet this morning.",
  ("Canada", C, neg, "", "a minister judging the Speaker (his own side) -> target empty (as Hoekstra in batch22a); Joly's part is a forecast by the host, not her statement"))
U(d, "The prime minister said Friday's scene should never have happened", "because of it.",
  ("Canada", C, neg, "", "office holder by title only ('the prime minister', Canada from context); judgement of the House's own act -> target empty (unsure: the support for Ukraine in the same sentence could make it supporting; rule 1 decides)"))
U(d, "In Warsaw, Poland's education minister, Przemysław Czarnek, said overnight", "sought for extradition.",
  ("Poland", C, neg, "", "a step towards extradition = a legal measure threatened; aimed at a person who is no actor -> target empty"))
U(d, "The Kremlin's spokesman, Dmitry Peskov, said the episode proved", "on a loop.",
  ("Russia", C, neg, "", "judgement of 'Western capitals' (several, non-canonical) -> target empty; state media's coverage is narration"))
U(d, "And the Friends of Simon Wiesenthal Center said in a statement", "how guests are vetted.",
  ("Friends of Simon Wiesenthal Center", C, neg, "Canada", "'an apology is the beginning of accountability' = judgement that Parliament has not done enough, with a procedural demand (rule 1)"))
U(d, "Poland's ambassador in Ottawa, Witold Dzielski, wrote on social media", "an apology from Canada.",
  ("Poland", C, neg, "Canada", "demand for an apology = holds Canada responsible"))
# Guest introductions and greetings: no row. "Honestly, through a chain of people ..." and "The unit's record is not obscure ..." =
# the historian's account of how it happened, no explicit position (narration by an independent voice).
U(d, "What happened on Friday was a failure of the most basic diligence", "whatever the intentions were.",
  ("Daniel Feldman", C, neg, "Canada", "invented historian; judgement of the Speaker's office"))
# "Yes." (to the host's question whether Rota should resign) = too bare to carry its own row; the question is the host's.
U(d, "Whether that is enough depends on whether the House now does the dull work", "rather than score points.",
  ("Daniel Feldman", T, neu, "", "appeal to party leaders to meet and agree, no judgement"))
U(d, "For many Polish families the division is tied to the killings", "was a shock.",
  ("Katarzyna Nowicka", N, neg, "", "invented former diplomat, independent; explanation of the shock, no judgement of an actor"))
U(d, "I think the minister's letter is partly about the election campaign here", "to be frank.",
  ("Katarzyna Nowicka", N, neu, "", "reading of motives, no explicit judgement (unsure: could be a mild criticism of the Polish minister)"))
U(d, "The legal threshold is high, and the foreign ministry will not want a long fight", "Ukraine's closest supporters.",
  ("Katarzyna Nowicka", N, neu, "", "forecast"))
U(d, "And I expect it will stay that way for some time", "not a request from a state.",
  ("Katarzyna Nowicka", N, neu, "", "forecast + a procedural point"))
U(d, "The Kremlin has spent eighteen months dressing up an invasion", "a video clip.",
  ("Daniel Feldman", C, neg, "Russia", "judgement of the Kremlin's propaganda without stock words"))
U(d, "But let me be very clear: a Speaker's blunder in Ottawa tells you nothing", "doing Moscow's work for it.",
  ("Daniel Feldman", C, neg, "", "judgement of those who use the episode; aimed at unnamed arguers -> target empty"))
U(d, "I would also say the government was right to put distance", "the correct one.",
  ("Daniel Feldman", S, pos, "Canada", "approval of the government's response"))
U(d, "In the House yesterday, the Conservative leader, Pierre Poilievre, accused", "demanding Rota's resignation.",
  ("Conservative Party of Canada", C, neg, "Canada", "party leader blaming the prime minister (the government = Canada)"),
  ("Bloc Québécois", C, neg, "Canada", "list of parties: one row each; a demand for the Speaker's resignation = judgement"),
  ("New Democratic Party", C, neg, "Canada", "same sentence"))
# "Ukraine's embassy, for its part, has said nothing publicly so far." = a non-answer, no row.
# "A phone call at the highest level, and soon." = the appeal the next sentence spells out; one row there.
U(d, "A clear word from the prime minister to the Polish president would close most of this.", "close most of this.",
  ("Katarzyna Nowicka", T, pos, "Canada", "appeal for a leaders' call to settle the row"))
U(d, "And I would ask both capitals to keep the historians in the room", "take years to close.",
  ("Katarzyna Nowicka", T, neu, "", "appeal to both capitals, no judgement"))
U(d, "As for Moscow, it will milk this for months", "to do with the victims.",
  ("Katarzyna Nowicka", C, neg, "Russia", "judgement of Russia's motives"))
U(d, "Canada owes survivors and their families a plain apology from the government", "before the week is out.",
  ("Daniel Feldman", C, neg, "Canada", "'owes an apology' = holds the government responsible; the forecast is secondary"))
U(d, "The Centre for Israel and Jewish Affairs welcomed Rota's apology on Monday", "no single apology could fill.",
  ("Centre for Israel and Jewish Affairs", C, neg, "Canada", "welcome joined to a judgement of the House: rule 1, the judgement decides"))
U(d, "I would give Ottawa credit for one thing", "without being forced.",
  ("Katarzyna Nowicka", S, pos, "Canada", "praise of Ottawa's apology; 'Ottawa' = the Canadian government"))
