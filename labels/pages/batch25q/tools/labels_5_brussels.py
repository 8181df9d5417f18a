# ------------------------------------------------------------------ Brussels shooting of Swedish fans (live blog, 16-17 October 2023)
d = "page_brussels_sainctelette_shooting2023_liveblog.txt"
# Not statements: masthead, breadcrumb, headline, updated line, bylines, Key events bullets, "Show key events only",
# entry times, "BREAKING:" tag (its sentence is labelled), unavailable-embed line, closing note, Related, share line, topics, copyright.
U(d, "Belgian officials denied reports that the suspect had been under active surveillance", "before the attack.",
  ("Belgium", N, neg, "", "officials of a named government given by adjective; denial = neutral, negative"))
U(d, "A spokesperson for the interior ministry said his name had appeared", "preparing violence.",
  ("Belgium", N, neu, "", "spokesperson by role; facts about the file"))
U(d, "Asylum secretary Nicole de Moor said the man's asylum claim", "failed to leave the country.",
  ("Belgium", N, neu, "", "facts of the asylum file"))
U(d, "Annelies Goossens, a terrorism researcher at the Brussels Institute for Security and Society", "known about for years.",
  ("Annelies Goossens", C, neg, "Belgium", "invented researcher: a known weakness left unfixed = judgement without a stock word"))
U(d, "\"A man whose asylum claim was refused three years ago", "she said.",
  ("Annelies Goossens", C, neg, "Belgium", "'a failure of the state'"))
U(d, "Norwegian Prime Minister Jonas Gahr Støre said Norway was deeply troubled", "its own assessment.",
  ("Norway", N, neg, "", "concern without an appeal = neutral, negative; own review = procedure"))
U(d, "Denmark, Finland, Iceland and Norway issued a joint message of condolence", "in grief and in resolve\".",
  ("Denmark", S, neg, "Sweden", "joint message by a list of states: condolence/solidarity, one row per state; grief = negative tone"),
  ("Finland", S, neg, "Sweden", "same"),
  ("Iceland", S, neg, "Sweden", "same"),
  ("Norway", S, neg, "Sweden", "same"))
U(d, "Tunisia's foreign ministry said in a statement that it had learned", "any information they needed.",
  ("Tunisia", S, neg, "Belgium", "sympathy + offer of information to the Belgian inquiry = offer of help (unsure: cooperation could be neutral)"))
U(d, "Swedish Prime Minister Ulf Kristersson told a news conference in Stockholm that he was relieved", "because they were Swedes.",
  ("Sweden", C, neg, "", "relief at the arrest joined to a judgement of the attack: rule 1; attacker not an actor -> target empty"))
U(d, "Kristersson said he had spoken to De Croo twice overnight", "the Belgian response.",
  ("Sweden", S, pos, "Belgium", "thanks/praise; the calls themselves are narration"))
U(d, "He also said Sweden's security police had sent liaison officers", "the Belgian investigators.",
  ("Sweden", S, neu, "Belgium", "officers sent = backing by act"))
U(d, "Foreign Minister Tobias Billström, in a separate interview with public radio", "families of the victims.",
  ("Sweden", N, neu, "", "consular advice to citizens, not a diplomatic appeal"))
U(d, "NATO Secretary General Jens Stoltenberg, whose headquarters is a few kilometres", "divide us\".",
  ("NATO", S, neg, "", "sympathy and solidarity (grief = negative tone); several addressees -> target empty"))
U(d, "German Chancellor Olaf Scholz wrote that Germany stood by Belgium and Sweden", "act of terrorism.",
  ("Germany", C, neg, "", "solidarity + condemnation: rule 1; attacker not an actor -> target empty"))
U(d, "French President Emmanuel Macron, whose country is still reeling", "in different streets.",
  ("France", C, neg, "", "'the same enemy' = judgement of the attackers without a stock word"))
U(d, "\"This hatred has no place anywhere in Europe", "Macron said.",
  ("France", C, neg, "", "judgement + vow to fight it"))
U(d, "BREAKING: The suspect has died of his injuries", "confirmed.",
  ("Belgium", N, neu, "", "fact confirmed by the minister"))
U(d, "She told VRT that police had found the weapon", "unverified images online.",
  ("Belgium", T, neu, "", "appeal for calm, no judgement (unsure: a domestic appeal)"))
# "Police shot a man in a café in Schaerbeek early this morning." = narration: no row.
U(d, "Federal prosecutor's office spokesman Eric Van Duyse said the man was believed", "to be the gunman.",
  ("Belgium", N, neu, "", "facts of the inquiry"))
U(d, "Van Duyse said the man had posted a video", "as part of the case.",
  ("Belgium", N, neu, "", "the prosecutor reports the gunman's claim; the gunman is not labelled as an actor (unsure)"))
# "Fans were finally allowed to leave ..." = narration and figures from no source: no row.
U(d, "European Commission President Ursula von der Leyen said she was shocked", "with Sweden and Belgium\".",
  ("European Union", C, neg, "", "'vile' = judgement; solidarity too: rule 1"))
U(d, "European Council President Charles Michel, who lives in Brussels", "bow to fear.",
  ("European Union", C, neg, "", "'the killers of innocent supporters would not win' = judgement"))
U(d, "European Parliament President Roberta Metsola said the attack was aimed", "Europeans share.",
  ("European Union", C, neg, "", "attack on shared freedoms = judgement without a stock word"))
U(d, "UEFA said the match had been abandoned", "teams and officials.",
  ("UEFA", N, neu, "", "fact about the match"))
U(d, "In a statement, European football's governing body said it was", "Swedish Football Association.",
  ("UEFA", S, neg, "", "body given by description; condolences = sympathy (addressees not actors -> target empty)"))
U(d, "Prime Minister Alexander De Croo called the shooting", "because they were Swedes.",
  ("Belgium", C, neg, "", "'a brutal act of terror'"))
U(d, "\"My thoughts are with the Swedish people tonight", "De Croo wrote on X.",
  ("Belgium", S, neg, "Sweden", "sympathy (grief = negative tone)"))
U(d, "\"Belgium and Sweden will face this threat side by side.\"", "side by side.\"",
  ("Belgium", S, pos, "Sweden", "quote continued after the attribution: solidarity"))
U(d, "De Croo said the attacker would be found", "to do it.",
  ("Belgium", C, neg, "", "vow to hunt the attacker = threatened response; target not an actor"))
U(d, "The national crisis centre raised the threat level", "rest of the country.",
  ("Belgium", N, neu, "", "domestic security measure, not aimed at another side"))
U(d, "Karim Benali, a taxi driver who was waiting at lights", "were fireworks.",
  ("Karim Benali", N, neu, "", "invented witness; account"))
U(d, "\"Then I saw a man in a fluorescent jacket", "he said.",
  ("Karim Benali", N, neg, "", "account of the scene, no judgement"))
U(d, "Two people have been killed and a third wounded", "police said.",
  ("Belgium", N, neu, "", "casualty figures from the police"))
