# ------------------------------------------------------------------ Moldova's parliamentary election and claims of Russian interference (scraped regional page, 2025-09-29)
d = "page_moldova_election_scraped.txt"
U(d, "The pro-European Party of Action and Solidarity (PAS) has held on to its majority", "spread fear.",
  ("Moldova", C, neg, "Russia", "long lead: result (narrative) + 'what the government called a massive Russian campaign to buy votes' = the government's accusation; dateline 'CHISINAU —' excluded"))
U(d, "Moldova's Central Electoral Commission said on Monday that with all ballots counted", "clearing the threshold.",
  ("Moldova", N, neu, "", "state election body giving results = neutral figures"))
U(d, "\"Moldovans came out in their hundreds of thousands", "after midnight.",
  ("Moldova", N, pos, "", "President speaking for the state; praise of her own voters = neutral, positive; 'bought or frightened' names no one"))
U(d, "\"The Kremlin poured money into this election and it lost.", "she said.",
  ("Moldova", C, neg, "Russia", "quote continued in the next paragraph, 'she' = Sandu; accusation + investigations; the Kremlin = Russia"))
U(d, "Igor Grosu, the PAS leader and speaker of parliament, said the party", "before lawmakers.",
  ("Party of Action and Solidarity", N, neu, "", "speaks as party leader (the party will govern alone) -> the party, not the state (unsure: he is also speaker of parliament); plan = neutral"))
U(d, "Igor Dodon, the former president who led the Patriotic Electoral Bloc", "votes of the diaspora.",
  ("Party of Socialists of the Republic of Moldova", C, neg, "Moldova", "Dodon = the Socialists in the name files (the Socialists lead the bloc; unsure: could be a bloc actor); non-recognition + accusation of rigging against the authorities -> target Moldova (as an opposition party judging its government)"))
U(d, "He called on his supporters to gather outside parliament on Monday afternoon.", "Monday afternoon.",
  ("Party of Socialists of the Republic of Moldova", N, neg, "", "'He' = Dodon; call to rally, no judgement in the sentence = neutral (rule 4 analogue)"))
U(d, "Sandu rejected the fraud claims, saying polling stations", "had used them.",
  ("Moldova", N, neg, "", "surname only; denial = neutral, negative"))
U(d, "Moldova's police said three people had been detained overnight", "several districts.",
  ("Moldova", N, neu, "", "police = Moldova; arrests reported as done = neutral"))
U(d, "The Information Technology and Cyber Security Service said attacks", "had been affected.",
  ("Moldova", N, neu, "", "state agency reporting facts = Moldova, neutral; attackers not named"))
U(d, "The foreign ministry said false bomb alerts had forced", "in the United States.",
  ("Moldova", N, neu, "", "'The foreign ministry' = Moldova's by context; facts, no blame; cities are places"))
U(d, "Kremlin spokesman Dmitry Peskov said Chisinau had shut out most of the Moldovans", "two polling stations there.",
  ("Russia", C, neg, "Moldova", "accusation of disenfranchising voters; Chisinau = metonym"))
U(d, "He said Moscow was in no hurry to deliver a verdict", "as a whole.",
  ("Russia", N, neu, "", "'He' = Peskov; withholds an assessment = neutral"))
U(d, "Foreign Ministry spokeswoman Maria Zakharova accused the Moldovan authorities", "secure the outcome.",
  ("Russia", C, neg, "Moldova", "accusation"))
U(d, "Russia's embassy in Chisinau said the accusations of interference were unfounded", "own failures.",
  ("Russia", C, neg, "Moldova", "denial ('unfounded', neutral by itself) + counter-accusation of the government: the judgement decides (unsure)"))
U(d, "European Commission President Ursula von der Leyen said the result showed", "a European future.",
  ("European Union", S, pos, "Moldova", "praise of Moldovans' choice = approval; 'pressure' names no one"))
U(d, "Moscow's spending on disinformation and bought votes had come to nothing", "said on X.",
  ("European Union", C, neg, "Russia", "possessive before the speaker ('Moscow's spending ...'); accusation with attribution tail"))
U(d, "The leaders of France, Germany and Poland said in a joint statement", "on a massive scale.",
  ("France", C, neg, "Russia", "joint statement of three leaders, one row each; praise of voters + 'Russian interference on a massive scale' = judgement decides (rule 1)"),
  ("Germany", C, neg, "Russia", "same joint statement"),
  ("Poland", C, neg, "Russia", "same joint statement"))
U(d, "Macron, Merz and Tusk promised to keep backing Moldova's reforms", "EU membership.",
  ("France", S, pos, "Moldova", "surnames only; promise of backing = supporting, one row per leader's state"),
  ("Germany", S, pos, "Moldova", "same sentence"),
  ("Poland", S, pos, "Moldova", "same sentence"))
U(d, "Romanian President Nicusor Dan, whose country has championed", "the whole region.",
  ("Romania", S, pos, "Moldova", "approval of the result; 'the bloc' = EU is only mentioned"))
U(d, "Ukrainian President Volodymyr Zelensky congratulated Sandu", "the EU together.",
  ("Ukraine", S, pos, "Moldova", "congratulations + shared EU path = supporting; Sandu = Moldova (target)"))
U(d, "UN Secretary-General Antonio Guterres welcomed the peaceful conduct of the vote", "Stephane Dujarric said.",
  ("United Nations", T, pos, "", "welcome + appeal to settle disputes legally, no judgement: rule 2 before rule 3 = calling_for_talks; relayed by the spokesman (attribution tail)"))
U(d, "International observers led by the OSCE's Office for Democratic Institutions and Human Rights", "illicit financing and disinformation.",
  ("OSCE", N, neu, "", "ODIHR = OSCE; mixed assessment with no actor judged or backed = neutral (unsure: 'genuine choice' could be read as approval)"))
