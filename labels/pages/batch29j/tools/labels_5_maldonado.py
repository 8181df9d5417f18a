# ------------------------------------------------------------------ The disappearance of Santiago Maldonado (radio interview transcript, 2017-09-08)
d = "page_argentina_maldonado2017_radiointerview.txt"
# Not statements: station name, programme, menu, broadcast line, segment title, transcript disclaimer, rules, the host's
# questions and links ("the obvious question first: what does the government know?", "Has Argentina answered it?",
# "is that enough?", "Secretary, a final word.", thanks), the next-week line, Related, share bar, copyright.
# "HOST ...: Good evening. It is five weeks since ..." = narration of the event, no row.
U(d, "Last month the United Nations Committee on Enforced Disappearances asked Argentina", "precautionary measures in his favour.",
  ("United Nations", T, neu, "Argentina", "host reporting another actor's position = that actor's statement (labels/README); urgent-action request to search = humanitarian appeal, no judgement"),
  ("Organization of American States", T, neu, "Argentina", "IACHR = OAS (alias in the name files); precautionary measures = protective appeal"))
U(d, "What we know is what the judge and the prosecutors know", "every resource they ask for.",
  ("Argentina", N, neu, "", "Secretary of Human Rights = Argentina; procedure and own conduct"))
U(d, "More than two hundred gendarmes have been questioned", "searched several times.",
  ("Argentina", N, neu, "", "facts given by an actor"))
# "I want to be very clear on one point." = lead-in before the specific statement: no row (re-check).
U(d, "The government is not hiding anything and is not protecting anyone.", "not protecting anyone.",
  ("Argentina", N, neg, "", "denial = neutral, negative tone"))
U(d, "In the first days, Security Minister Patricia Bullrich said nothing pointed to the gendarmes", "stand by the force.",
  ("Argentina", N, neg, "", "host reporting the minister's position: a denial of gendarmerie involvement + backing of own force = neutral"))
# "Families and human rights groups say that sent the wrong message." = unnamed speakers, no row.
U(d, "The minister was asked about the facts as they were known then", "answered on that basis.",
  ("Argentina", N, neu, "", "defence of a colleague's conduct, no judgement"))
U(d, "No line of inquiry has been closed, including the one that involves the Gendarmerie.", "involves the Gendarmerie.",
  ("Argentina", N, neu, "", "procedure"))
U(d, "The UN committee said the state should investigate the security forces without delay.", "without delay.",
  ("United Nations", T, neu, "Argentina", "the host's report of the committee's position (the question that follows is no one's); demand for an investigation, no judgement"))
U(d, "We have answered the committee and the Inter-American Commission in full and on time", "keep them informed.",
  ("Argentina", N, pos, "", "cooperation with the bodies = own conduct, neutral"))
U(d, "Argentina helped to write the convention on enforced disappearances", "obligations under it seriously.",
  ("Argentina", N, pos, "", "self-praise/reassurance = neutral"))
U(d, "With respect, no.", "looking for a missing young man.",
  ("Julián Etcheverría", C, neg, "Argentina", "invented lawyer; judgement of the executive"))
U(d, "When the only people who saw him alive say the last thing they saw", "suspends the officers involved.",
  ("Julián Etcheverría", C, neg, "Argentina", "demand joined to a reproach of inaction; unsure: could be calling_for_talks (a demand with no judgement word)"))
U(d, "The Citizens' Unity front of former president Cristina Fernández de Kirchner has called for the security minister to resign.", "to resign.",
  ("Citizens' Unity", C, neg, "Argentina", "host reporting the opposition front's demand for a resignation = condemning"))
# "The opposition has gone further." = summary line, no row.
U(d, "I'm not a politician, and I won't join that chorus.", "doing its job.",
  ("Julián Etcheverría", N, neu, "", "declines to back the resignation call; approves the procedure of a summons; no judgement"))
U(d, "We are open to any technical cooperation that helps find Santiago.", "nothing to fear from it.",
  ("Argentina", T, pos, "", "acceptance of outside technical cooperation on the search = agreeing to a cooperative course (unsure: could be neutral)"))
U(d, "People have every right to march and to demand answers", "will face the courts.",
  ("Argentina", C, neg, "", "judgement of the attackers + prosecution threat; unnamed attackers -> target empty"))
U(d, "Amnesty International says the case is being treated in Argentina as a possible enforced disappearance", "to a special team.",
  ("Amnesty International", T, neu, "Argentina", "host reporting Amnesty's position; request for a special team, no judgement word"))
U(d, "And I think Amnesty is right.", "where their son is.",
  ("Julián Etcheverría", S, pos, "Amnesty International", "agreement with Amnesty = supporting (unsure: the second sentence carries an implied criticism of the state)"))
U(d, "I hope the government understands that the best way to calm the streets", "as if it were the enemy.",
  ("Julián Etcheverría", C, neg, "Argentina", "hope joined to a judgement ('stop talking about the community as if it were the enemy'): rule 1"))
U(d, "Our priority is to find Santiago, and to find him alive.", "a fight between Argentines.",
  ("Argentina", T, pos, "", "appeal to all to cooperate and not turn it into a fight = calling_for_talks"))
U(d, "The Ministry of Security has also offered a reward for any information that leads to him.", "leads to him.",
  ("Argentina", N, neu, "", "an act of the state's own search = neutral"))
U(d, "The Chubut provincial government has said its police took no part in the operation", "first of August.",
  ("Argentina", N, neg, "", "provincial government resolves to the state; host reporting a denial = neutral, negative tone"))
U(d, "The committee's letter is not a favour Argentina can take or leave.", "binding obligation it is.",
  ("Julián Etcheverría", T, neu, "Argentina", "two-sentence quote by one speaker; appeal/hope that the state complies, no judgement word"))
U(d, "Nobody will be allowed to use Santiago's name as cover for violence", "institutions of the Republic.",
  ("Argentina", C, neg, "", "warning/threat to unnamed rioters -> target empty"))
