# Hand labels: page_kenya_willie_kimani2016_wire.txt (each row decided by reading the sentence against the guide)
DOC = 'page_kenya_willie_kimani2016_wire.txt'
KE = 'Kenya'
JOINT = "In a joint statement, the ambassadors of the United States, Britain, Germany, Denmark and Sweden offered their condolences to the families and urged the Kenyan authorities to conduct a swift, transparent investigation that brings everyone responsible to justice."
ROWS = [
("Kenya's police chief said on Friday that officers detained over the disappearance of a human rights lawyer, his client and their taxi driver would be charged with murder, after the three men's bodies were pulled from a river north-east of the capital.",
 KE, 'condemning', 'negative', '', "dateline excluded; police chief = Kenya; murder charges announced against the suspects = a taken response against wrongdoers; the officers are not an actor -> target empty (unsure: could be neutral procedure)"),
# "The bodies of lawyer Willie Kimani ..." -> narration, no row
# "The three had been missing since June 23 ..." -> narration; Mwenda's complaint sits in a background clause ("charges he said had been brought ..."), no row for him (unsure)
("Inspector-General of Police Joseph Boinnet told reporters that investigators had found evidence tying the officers in custody to the killings and that they would be brought before a court next week.",
 KE, 'neutral', 'negative', '', "IG = Kenya; investigative finding + court date = facts and procedure, no judgement word"),
('"What was done to these three men has nothing to do with policing. Those who did it will answer for it as murderers, whatever uniform they wore," Boinnet said.',
 KE, 'condemning', 'negative', '', "multi-sentence quote closed by its speaker (surname only); judgement of the killers + promise of punishment; killers not an actor -> target empty"),
("He said the National Police Service was cooperating fully with the Independent Policing Oversight Authority (IPOA), and denied that the force had tried to slow the search in its first days.",
 KE, 'neutral', 'negative', '', "'He' = Boinnet; cooperation statement + denial = neutral, negative tone (denial)"),
("Interior Cabinet Secretary Joseph Nkaissery said the government would not shield any officer, and asked Kenyans to let detectives finish their work rather than take the law into their own hands.",
 KE, 'calling_for_talks', 'neutral', '', "interior minister = Kenya; reassurance + appeal for restraint to the public, no judgement (unsure: an appeal to its own public could be neutral)"),
# "Kimani worked for International Justice Mission (IJM) ..." -> narration, no row
("In a statement, IJM said it was heartbroken and called the killings a deliberate attack on a man who had done nothing but defend a poor client in a court of law.",
 'International Justice Mission', 'condemning', 'negative', '', "IJM (new organisation, acronym on the page); 'deliberate attack' = judgement of the killers; no actor named -> target empty"),
('"Willie believed the courts could protect people like Josephat. We owe it to him and to the two families to make sure that belief was not misplaced," the group said, adding that its staff would keep assisting the families and the prosecution.',
 'International Justice Mission', 'supporting', 'neutral', '', "'the group' = IJM; commitment to justice + continued assistance to families and prosecution = support by act; several beneficiaries -> target empty (unsure: could be read as a call for justice)"),
("The Law Society of Kenya (LSK), which had led a march of lawyers through Nairobi on Wednesday, said the bodies confirmed what it had feared since the men vanished.",
 'Law Society of Kenya', 'neutral', 'negative', '', "grief/alarm, no appeal, no one blamed = neutral, negative; the march is background in a relative clause"),
("LSK President Isaac Okero accused rogue elements in the police of running what he called a killing machine that answered to no one, and said the society would ask its members to stay away from the courts for a week from Monday in protest.",
 'Law Society of Kenya', 'condemning', 'negative', KE, "LSK president speaks for the society; accusation against the police (= Kenya) + court boycott in protest"),
('"We will not go back to business as usual while the men suspected of this sit in the same force that is supposed to protect us," Okero said.',
 'Law Society of Kenya', 'condemning', 'negative', KE, "surname only; refusal in protest with the grievance stated (the force keeps the suspects)"),
("The society also demanded that the Director of Public Prosecutions take personal charge of the case.",
 'Law Society of Kenya', 'calling_for_talks', 'neutral', KE, "'The society' = LSK; demand for a procedural step of accountability with no judgement word = calling_for_talks (labels/README: demand to one side without judgement)"),
("IPOA chairman Macharia Njeru said the authority had opened its own investigation, and had sent a team to the Administration Police post in Mlolongo, near where the men were last seen, to secure evidence.",
 'Independent Policing Oversight Authority', 'neutral', 'neutral', '', "oversight body (canonical actor); its own investigation = procedure"),
("State House spokesman Manoah Esipisu said President Uhuru Kenyatta had been briefed and had directed that the investigation be completed without delay.",
 KE, 'neutral', 'neutral', '', "presidency spokesman = Kenya; a directive to its own agencies = procedure (unsure: could be read as a call for accountability)"),
("Opposition leader Raila Odinga went further, saying the deaths were part of a pattern of extrajudicial killings that the government had long refused to confront, and called for an independent inquiry into police death squads.",
 'Orange Democratic Movement', 'condemning', 'negative', KE, "Raila Odinga = ODM (actors.csv); 'extrajudicial killings', 'refused to confront' = judgement of the government; the inquiry call does not lift it (rule 1)"),
("Human Rights Watch researcher Otsieno Namwaya said Kenyan police had for years been accused of killing suspects with little fear of being punished.",
 'Human Rights Watch', 'condemning', 'negative', KE, "HRW researcher = HRW; points to impunity of police killings = judgement (unsure: framed as others' accusations, could be neutral background)"),
('"The arrests are a start, but only a start. Kenya needs to show it can convict police officers for murder, and so far it has not," he said.',
 'Human Rights Watch', 'condemning', 'negative', KE, "'he' = Namwaya; 'so far it has not' = criticism of Kenya's record joined to a demand: rule 1 (unsure: could be calling_for_talks)"),
(JOINT, 'United States', 'calling_for_talks', 'negative', KE, "joint statement: one row per listed state; condolences + appeal for a transparent investigation, no judgement = calling_for_talks"),
(JOINT, 'United Kingdom', 'calling_for_talks', 'negative', KE, "joint statement, 'Britain' = United Kingdom"),
(JOINT, 'Germany', 'calling_for_talks', 'negative', KE, "joint statement, listed ambassador = Germany"),
(JOINT, 'Denmark', 'calling_for_talks', 'negative', KE, "joint statement, listed ambassador = Denmark"),
(JOINT, 'Sweden', 'calling_for_talks', 'negative', KE, "joint statement, listed ambassador = Sweden"),
("US Ambassador Robert Godec said separately that Washington was ready to provide any technical help Kenya's investigators asked for.",
 'United States', 'supporting', 'positive', KE, "ambassador = United States; offer of technical assistance = supporting"),
("Amnesty International's regional office in Nairobi said it was alarmed by the killings and feared for the safety of others who had filed complaints against police officers.",
 'Amnesty International', 'neutral', 'negative', '', "concern/alarm with no appeal and no one named = neutral, negative"),
# "Mwenda's relatives said ..." -> unnamed relatives, not an actor: no row
# "According to people who took part in the search, ..." -> unnamed sources: no row
# "Police have not said how the men died ..." -> absence of a statement + narration: no row
# "Rights groups say hundreds of people are killed ..." -> unnamed speakers: no row
]
