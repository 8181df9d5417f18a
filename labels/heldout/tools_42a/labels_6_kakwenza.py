# ------------------------------------------------------------------ Uganda charges novelist Kakwenza Rukirabashaija (radio interview transcript, 2022-01-12)
d = "page_kampala_kakwenza_detention2022_radiointerview.txt"
# Not statements: station menu, programme title, headline, broadcast line, listen/download line, transcript disclaimer,
# [MUSIC]/[BREAK] cues, greetings and thanks, the host's questions and links, Related episodes, tags, share line, copyright.
U(d, "In Uganda, the award-winning novelist Kakwenza Rukirabashaija appeared in a Kampala court", "Lieutenant General Muhoozi Kainerugaba.",
  ("Uganda", C, neg, "Kakwenza Rukirabashaija", "host narrates the charge brought by the state = a taken measure against the writer (unsure: passive narration could be no row)"))
# "He was remanded to Kitalya prison until 21 January." = narration of a court step, no row. Guest introductions, no row.
U(d, "Police spokesman Fred Enanga said on Tuesday that the writer was being prosecuted", "followed the law.",
  ("Uganda", N, neu, "", "host reports the police account: legal basis + reassurance (reported speech in a host's link; the question after it gets no row)"))
U(d, "The law is on the books, and Parliament passed it.", "Parliament passed it.",
  ("Isaac Mugerwa", N, neu, "", "invented commentator; fact"))
U(d, "Freedom of expression is in our constitution, but it does not give anybody the right", "for days on end.",
  ("Isaac Mugerwa", C, neg, "Kakwenza Rukirabashaija", "judgement of the writer's tweets ('insult ... in the crudest language')"))
U(d, "If you do that, you should expect to answer for it in court.", "answer for it in court.",
  ("Isaac Mugerwa", S, neu, "Uganda", "backs the prosecution (unsure: could be neutral as a general principle)"))
# "But a magistrate ordered his release on the fourth of January ..." = host's narration in a question, no row.
U(d, "That part I cannot defend.", "I cannot defend.",
  ("Isaac Mugerwa", C, neg, "Uganda", "concedes a fault of the state's agencies = mild judgement (unsure)"))
U(d, "When a court gives an order, the security agencies should obey it", "privately agree.",
  ("Isaac Mugerwa", T, neu, "Uganda", "demand to comply, no judgement word = calling_for_talks (labels/README)"))
U(d, "It is a case about a man who made fun of the president's son", "for two weeks.",
  ("Fiona Akello", C, neg, "Uganda", "invented researcher; accusation by describing the disappearance (unsure: the state is implied, not named)"))
U(d, "His lawyer, Eron Kiiza, says his client was tortured in detention", "brought to court.",
  ("Kakwenza Rukirabashaija", C, neg, "Uganda", "the lawyer speaks for his client; torture accusation reported by the guest"))
U(d, "If that is true, what we are looking at is not law enforcement but revenge.", "but revenge.",
  ("Fiona Akello", C, neg, "Uganda", "conditional judgement ('revenge')"))
# "The police reject that." = host's summary line, no row.
U(d, "Enanga told reporters that no one had tortured the writer", "examined by a doctor.",
  ("Uganda", N, neg, "", "denial = neutral, negative"))
U(d, "Then the authorities should let an independent doctor examine him", "whenever they ask.",
  ("Fiona Akello", T, neu, "Uganda", "appeal for access, no judgement"))
# "The opposition has been loud on this." = host's summary line, no row.
U(d, "The Leader of the Opposition in Parliament, Mathias Mpuuga of the National Unity Platform, said", "as a security threat.",
  ("National Unity Platform", C, neg, "Uganda", "judgement of the state's conduct"))
U(d, "And the Forum for Democratic Change said it would raise the case", "campaigns in.",
  ("Forum for Democratic Change", N, neu, "", "plan, no judgement stated"))
# "There has been international reaction." = host's summary line, no row.
U(d, "PEN International, which named him its International Writer of Courage last year, described the charges", "demanded that he be freed.",
  ("PEN International", C, neg, "Uganda", "'attempt to punish a writer' + release demand: rule 1"))
U(d, "Amnesty International has said much the same.", "much the same.",
  ("Amnesty International", C, neg, "Uganda", "position given by reference to PEN's (same judgement)"))
U(d, "And they are right.", "they are right.",
  ("Fiona Akello", S, pos, "", "agreement with PEN and Amnesty = approval; two actors -> target empty"))
U(d, "This is not the first time he has been arrested", "something he wrote.",
  ("Fiona Akello", C, neg, "Uganda", "accusation of a pattern of reprisals"))
U(d, "A government that is confident does not send armed men", "a novelist's door.",
  ("Fiona Akello", C, neg, "Uganda", "judgement without a stock word"))
# "The United States embassy in Kampala also issued a statement." = summary line, no row.
U(d, "It said it was troubled by reports that the writer had been mistreated", "allegations of torture.",
  ("United States", T, neg, "Uganda", "concern + appeal to obey the courts and investigate, no judgement = calling_for_talks"))
U(d, "It may make people in Kampala more careful, but I must say Ugandans do not like being told", "by an embassy.",
  ("Isaac Mugerwa", C, neg, "United States", "rejects the embassy's intervention in protest"))
U(d, "The Americans have their own prisons to look after.", "to look after.",
  ("Isaac Mugerwa", C, neg, "United States", "retort = judgement of the US"))
U(d, "The European Union delegation has said only that it is following the case closely", "with the authorities.",
  ("European Union", N, neu, "", "monitoring and contacts, no evaluation"))
U(d, "That is the sensible approach.", "the sensible approach.",
  ("Isaac Mugerwa", S, pos, "European Union", "approval of the EU's approach"))
# "Quiet diplomacy achieves more than press releases." and "Quiet diplomacy has been tried for years." = general remarks, no actor judged, no row.
U(d, "I would urge the EU and its member states to ask for access to him in prison", "what they find.",
  ("Fiona Akello", T, neu, "European Union", "appeal addressed to the EU"))
U(d, "A government spokesman told this programme this morning that Uganda respected freedom of expression", "whoever they were.",
  ("Uganda", N, neg, "", "reassurance + general warning with no named target (unsure: the warning could be condemning)"))
U(d, "That is the government's position and I think most Ugandans share it.", "share it.",
  ("Isaac Mugerwa", S, pos, "Uganda", "endorses the government's position"))
# "With respect, most Ugandans have never been asked." = rebuttal, no position on an actor, no row.
U(d, "I hope the court grants him bail on the twenty-first", "reached the courtroom.",
  ("Fiona Akello", T, pos, "", "hope = calling_for_talks"))
U(d, "I expect the court to hear the bail application and to grant it with conditions.", "with conditions.",
  ("Isaac Mugerwa", N, neu, "", "forecast"))
U(d, "My advice to the government would be to let the case run its course", "making a martyr of him.",
  ("Isaac Mugerwa", T, neu, "Uganda", "appeal to de-escalate, no judgement"))
