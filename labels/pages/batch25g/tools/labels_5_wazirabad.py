# ------------------------------------------------------------------ Wazirabad: the shooting of Imran Khan at Allahwala Chowk (live blog, 2022-11-03)
d = "page_wazirabad_allahwala_khan2022_liveblog.txt"
# Not statements: menu, LIVE headline, update line, byline, key points, "Refresh for updates", time stamps, entry subheads,
# ADVERTISEMENT, Related, tags, WhatsApp prompt, copyright. Khan, Umar, Qureshi (as party vice-chairman), Chaudhry and Rashid = PTI;
# the PM, the interior minister, the president, the foreign minister, the army and the Punjab chief minister and police = Pakistan.
U(d, "Interior Minister Rana Sanaullah, speaking to a private television channel", "before the bullets were fired\".",
  ("Pakistan", C, neg, "Pakistan Tehreek-e-Insaf", "rejection of the charge framed as a judgement ('a script written before the bullets were fired') -> condemning, not a bare denial"))
U(d, "He said the federal government had no role in security arrangements", "Khan's own ally.",
  ("Pakistan", N, neg, "", "'He' = Sanaullah; denial of responsibility = neutral, negative"))
U(d, "PTI Secretary General Asad Umar has read out a statement", "responsible for the attack.",
  ("Pakistan Tehreek-e-Insaf", C, neg, "Pakistan", "Khan's statement read by Umar; holding the PM and interior minister responsible"))
U(d, "Umar said the party would not accept any inquiry", "all three to step down.",
  ("Pakistan Tehreek-e-Insaf", C, neg, "Pakistan", "surname only; refusal of an inquiry format in protest + resignation demand"))
U(d, "\"They wanted him off the road before he reached Islamabad,\"", "standing beside Umar.",
  ("Pakistan Tehreek-e-Insaf", C, neg, "Pakistan", "Qureshi speaks as PTI vice-chairman (not in office); 'They' = the named officials; accusation"))
U(d, "UN Secretary-General Antonio Guterres deplores the shooting", "told reporters in New York.",
  ("United Nations", C, neg, "", "'deplores' the shooting + wants the culprits tried (rule 1); no named culprit -> target empty"))
U(d, "Dujarric said the Secretary-General hoped", "deeper turmoil by the shooting.",
  ("United Nations", T, neg, "", "hope that the crisis does not deepen = calling_for_talks"))
U(d, "The White House denounced the shooting", "everyone wounded.",
  ("United States", C, neg, "", "'denounced the shooting'; attacker not canonical -> target empty"))
U(d, "Secretary of State Antony Blinken, in a separate statement, said", "political contest peaceful.",
  ("United States", T, neu, "", "general principle + appeal to all sides, no judgement of an actor = calling_for_talks"))
U(d, "Saudi Arabia, Turkey and Qatar issued statements", "people of Pakistan.",
  ("Saudi Arabia", C, neg, "", "states as a list: one row each; condemnation decides over solidarity (rule 1)"),
  ("Turkey", C, neg, "", "listed"),
  ("Qatar", C, neg, "", "listed"))
U(d, "Canadian Prime Minister Justin Trudeau wrote on Twitter", "Khan's recovery.",
  ("Canada", C, neg, "", "judgement without a stock word ('no excuse for turning a gun on a political rally')"))
U(d, "In New Delhi, foreign ministry spokesperson Arindam Bagchi told", "still coming in.",
  ("India", N, neu, "", "following developments, no concern word, no appeal = neutral"))
U(d, "The military's media wing, ISPR, said the armed forces strongly condemned", "a full recovery.",
  ("Pakistan", C, neg, "", "army speaks for its state; condemnation"))
U(d, "Dr Tahira Bashir, a political analyst at the Lahore Institute of Governance", "the next election.",
  ("Tahira Bashir", N, neg, "", "invented analyst; assessment, no judgement or appeal"))
U(d, "\"The worst outcome now is that each side uses this", "she said.",
  ("Tahira Bashir", T, neg, "Pakistan", "appeal for the government to open talks"))
U(d, "Bashir said the PTI's decision to name individuals", "already burning\".",
  ("Tahira Bashir", C, neg, "Pakistan Tehreek-e-Insaf", "judgement of the PTI's accusations without a stock word"))
U(d, "President Arif Alvi said the attempt on Khan's life", "out of danger.",
  ("Pakistan", C, neg, "", "head of state speaks for Pakistan; 'a despicable act aimed at silencing a political leader'; attacker unnamed"))
U(d, "Foreign Minister Bilawal Bhutto-Zardari condemned the shooting", "quick recovery.",
  ("Pakistan", C, neg, "", "as foreign minister = Pakistan (not his party)"))
U(d, "PML-N vice-president Maryam Nawaz called the attack", "differences with Khan.",
  ("PML-N", C, neg, "", "party official; condemnation, no named culprit"))
U(d, "Shahzad Gondal, a PTI worker from Gujranwala", "wrestled him to the ground.",
  ("Shahzad Gondal", N, neg, "", "invented named witness (a party worker speaking for himself); account"))
U(d, "\"Everyone was dancing and then people were lying on the road,\"", "Gondal told our reporter.",
  ("Shahzad Gondal", N, neg, "", "witness account"))
U(d, "\"I did not understand what had happened", "saw the blood.\"",
  ("Shahzad Gondal", N, neg, "", "quote continued after the attribution, same speaker"))
U(d, "Prime Minister Shehbaz Sharif strongly condemned the firing", "his office said.",
  ("Pakistan", C, neg, "", "condemnation + order for a report; attribution tail"))
U(d, "In a tweet, Sharif said Islamabad stood ready", "behind the shooting.",
  ("Pakistan", N, pos, "", "support by the federal to the provincial government = within one state, neutral, positive"))
U(d, "Punjab Chief Minister Chaudhry Parvez Elahi said the attacker", "within hours.",
  ("Pakistan", C, neg, "", "provincial official = Pakistan; promise to punish the attacker"))
U(d, "PTI leader Fawad Chaudhry told reporters outside the hospital", "alongside Khan.",
  ("Pakistan Tehreek-e-Insaf", C, neg, "", "charge of a planned assassination, no culprit named -> target empty"))
U(d, "PTI Punjab president Yasmin Rashid warned on Twitter", "\"will have to face the people\".",
  ("Pakistan Tehreek-e-Insaf", C, neg, "", "threat against unnamed people behind the attack"))
U(d, "Punjab police say one man, identified as Muazzam Nawaz", "Ahmed Chattha.",
  ("Pakistan", N, neu, "", "provincial police = Pakistan; casualty figures"))
# "A video of the arrested suspect ...", "A gunman has opened fire ...", "Footage shows Khan ..." = narration, no row.
