DOC = "page_lebanon_aoun_presidency2025_liveblog.html"
LB = "Lebanon"
# (sentence, actor, stance, sentiment, target, note)
ROWS = [
# 18.40
("Mikati said afterwards that his government would help the president start binding consultations on a new prime minister as early as next week, and that he saw the election as the beginning of the country's recovery.",
 LB, "neutral", "positive", "", "caretaker PM = Lebanon; plans + hope about its own country, no other actor targeted"),
# 17.05
("Congratulations to Lebanon on the election of its President after a long political crisis.",
 "Israel", "supporting", "positive", LB, "embedded post: each sentence is a unit; author Sa'ar (foreign minister) = Israel; congratulations = supporting"),
("I hope the new president brings Lebanon the calm its people need, and that our northern border stays quiet.",
 "Israel", "calling_for_talks", "positive", "", "hope for calm in Lebanon and on the border = calling_for_talks (guide: hoping stability returns); calm for both countries -> target empty"),
("A Hezbollah official told reporters in the parliament's lobby that the group did not need Israel's good wishes and that the occupation of Lebanese villages had to end by the deadline.",
 "Hezbollah", "condemning", "negative", "Israel", "unnamed official of a named body = Hezbollah; rejects Israel's message and calls its presence an 'occupation'"),
# 16.40
("Iran's foreign ministry spokesman, Esmaeil Baghaei, congratulated Aoun and said the Islamic Republic respected the choice of the Lebanese people and would stand by Lebanon in rebuilding what Israel's war had destroyed.",
 "Iran", "supporting", "positive", LB, "spokesman = Iran; congratulation + offer of help ('Israel's war' is a descriptive phrase, not the point of the statement)"),
("The Saudi Press Agency said King Salman and Crown Prince Mohammed bin Salman had sent cables of congratulations wishing the new president success, a notable gesture after years in which Riyadh kept its distance from Beirut.",
 "Saudi Arabia", "supporting", "positive", LB, "King and Crown Prince = Saudi Arabia; SPA only carries it; 'Riyadh ... Beirut' in the closing clause is narration"),
("Qatar's emir, Sheikh Tamim bin Hamad al-Thani, telephoned Aoun to congratulate him, and Egypt's President Abdel Fattah al-Sisi told him in a call that Cairo would back Lebanon's institutions and its army.",
 "Qatar", "supporting", "positive", LB, "two positions in one sentence: the emir's congratulations"),
("Qatar's emir, Sheikh Tamim bin Hamad al-Thani, telephoned Aoun to congratulate him, and Egypt's President Abdel Fattah al-Sisi told him in a call that Cairo would back Lebanon's institutions and its army.",
 "Egypt", "supporting", "positive", LB, "second position: Sisi = Egypt ('Cairo' = metonym for Egypt here); backing offered"),
# 16.20
("I have just called President Joseph Aoun to congratulate him.",
 "France", "supporting", "positive", LB, "embedded post by Macron = France; congratulations"),
("His election opens the way to reforms and to a Lebanon that is sovereign and united.",
 "France", "supporting", "positive", LB, "continuation of Macron's post; approval of the election"),
("France will stand with him, and I will come to Beirut very soon.",
 "France", "supporting", "positive", LB, "pledge of support + announced visit; 'Beirut' is a place"),
("The White House released a statement in which President Joe Biden congratulated Aoun and said the United States would work closely with him to consolidate the ceasefire and help the Lebanese army extend its authority across the south.",
 "United States", "supporting", "positive", LB, "congratulations + offer to help the army = supporting (welcome with help, labels/README), though it mentions the ceasefire"),
# 15.55
("UN Secretary-General António Guterres welcomed the vote through his spokesman and called on Lebanon's leaders to form a government quickly and on all parties to respect the ceasefire and Security Council resolution 1701.",
 "United Nations", "calling_for_talks", "positive", "", "welcome + appeal to respect the ceasefire, no judgement = calling_for_talks (rule 2 before rule 3, labels/README); several addressees -> target empty"),
("Congratulations to President Joseph Aoun and to the Lebanese people, who deserve institutions that work for them.",
 "United Nations", "supporting", "positive", LB, "post of the special coordinator (UNSCOL) = UN; the opening 'A long wait is over.' takes no position, no row"),
("The UN remains a committed partner.",
 "United Nations", "supporting", "positive", LB, "continuation of the post; pledge of partnership"),
("The EU's foreign policy chief, Kaja Kallas, said the bloc was ready to support the new president with the reforms the country needed to unlock international help.",
 "European Union", "supporting", "positive", LB, "High Representative = EU ('the bloc'); offer of support"),
# 15.10
("Mohammad Raad, who heads Hezbollah's parliamentary bloc, said its deputies and those of its ally Amal had withheld their votes in the morning to show that no president could be elected without them, and had cast them in the afternoon so that the country would not be left without a head of state.",
 "Hezbollah", "supporting", "neutral", "", "backing by act (their votes for Aoun in the second round) explained by the bloc's head; Aoun was a candidate, not yet the state -> target empty (unsure: a show of leverage, could be neutral); Amal's position is reported by Hezbollah, not Amal's own"),
("\"Whoever is betting on shutting us out of the coming government is making a mistake, and he will find that this country cannot be run against a large part of its people,\" Raad told reporters.",
 "Hezbollah", "condemning", "negative", "", "veiled warning to unnamed rivals = threat -> condemning, target empty"),
("Samir Geagea, the Lebanese Forces leader, hailed the result as the day the state took back its own decision, and he praised Aoun as a man who had kept the army together through the worst years.",
 "Lebanese Forces", "supporting", "positive", LB, "party leader = Lebanese Forces; praise of the elected president (= Lebanon after the vote)"),
("Gebran Bassil, whose Free Patriotic Movement refused to back Aoun, said electing a serving army commander without first amending the constitution set a dangerous precedent that parliament would regret.",
 "Free Patriotic Movement", "condemning", "negative", LB, "Bassil as party leader (he left the foreign ministry in 2020) = FPM; judgement of parliament's vote (parliament -> Lebanon; unsure about the target)"),
# 14.30
("He said he would work so that the state alone held weapons on Lebanese territory, a line that was heard in the chamber as a reference to Hezbollah's arsenal.",
 LB, "neutral", "neutral", "", "the president = Lebanon; a pledge with no judgement word; the reading as aimed at Hezbollah is the reporters' gloss (unsure: could be condemning Hezbollah as an announced measure)"),
("\"The Lebanese state, and only the Lebanese state, will drive the Israeli occupation from our land and put an end to its attacks. That is my commitment to the people of the south,\" he said.",
 LB, "condemning", "negative", "Israel", "two-sentence quote = one unit; 'occupation' and 'attacks' = judgement of Israel + pledge to end them"),
("He promised to call consultations on naming a prime minister without delay, to seek the best relations with Arab countries, and to talk frankly with the authorities in Damascus about everything still unresolved between the two neighbours.",
 LB, "calling_for_talks", "positive", "", "offer of talks with Damascus (= Syria, a capital as metonym) and ties with Arab states = calling_for_talks; several addressees -> target empty"),
# 13.45
("Speaker Nabih Berri has announced that Joseph Aoun won 99 of the 128 votes in the second round and was therefore elected President of the Republic.",
 LB, "neutral", "neutral", "", "Berri (alias of Lebanon) announcing a result = fact"),
# 11.20
("Aoun received 71 votes in the first round, short of the 86 needed, and Berri adjourned the session for two hours.",
 LB, "neutral", "neutral", "", "the speaker's procedural act (adjournment) + a result; neutral (unsure: could be narration with no row)"),
# 09.02
("The army commander, Joseph Aoun, goes into the session as the clear favourite after Suleiman Frangieh withdrew on Wednesday and endorsed him.",
 "Marada Movement", "supporting", "positive", "", "Frangieh (Marada leader, new actor) withdrawing and endorsing Aoun = backing by act; Aoun not yet the state -> target empty"),
]
