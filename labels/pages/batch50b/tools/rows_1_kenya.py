from common import Page
P = Page("page_kenya_jacobjuma_killing2016_wire.txt")
DOC = P.doc
S = P.S
K, ODM, CORD, JJ = "Kenya", "Orange Democratic Movement", "Coalition for Reform and Democracy", "Jacob Juma"
ROWS = [
(S("A Kenyan businessman who used Twitter", strip="NAIROBI, May 6 (CPA) -"), K, "neutral", "neutral", "", "dateline not part of the unit; 'police said' = the fact of the killing (police = Kenya)"),
(S("A Kenyan businessman who used Twitter", strip="NAIROBI, May 6 (CPA) -"), ODM, "condemning", "negative", "", "Raila Odinga is an alias of ODM in actors.csv (he also headed the CORD coalition in 2016); 'political assassination' judges the killing, no perpetrator named -> target empty"),
(S("was found slumped behind the wheel"), K, "neutral", "neutral", "", "police spokesman gives the facts of the death"),
(S("Whoever did this was not interested in his property"), K, "neutral", "neutral", "", "two-sentence quote closed by Owino = one unit; facts, no judgement"),
(S("He said detectives had not yet identified"), K, "neutral", "neutral", "", "'He' = Owino; appeal for witnesses is police procedure, not an appeal for talks"),
(S("Two people who live near the junction"), "", "neutral", "negative", "", "unnamed witnesses: no actor, kept as an example"),
(S("He repeatedly accused officials of stealing"), JJ, "condemning", "negative", K, "'He' = Juma; his past accusations of theft against government officials"),
(S("He repeatedly accused officials of stealing"), K, "neutral", "negative", "", "the Treasury's rejection of the accusation = denial (neutral, negative tone)"),
(S("Last year he told his followers"), JJ, "condemning", "negative", K, "holds the authorities responsible in advance ('would carry the blame')"),
(S("Inspector-General of Police Joseph Boinnet said"), K, "neutral", "neutral", "", "police chief speaks for the state; procedure"),
(S("Boinnet also warned politicians"), K, "condemning", "negative", "", "warning against 'reckless speculation' = negative judgement of unnamed politicians (unsure: could be read as neutral caution)"),
(S("Interior Cabinet Secretary Joseph Nkaissery"), K, "neutral", "negative", "", "mourning, no judgement or appeal"),
(S("The detectives have been given everything"), K, "neutral", "positive", "", "reassurance about the state's own conduct"),
(S("He accused unnamed opposition politicians"), K, "condemning", "negative", "", "'He' = Nkaissery; accusation aimed at unnamed opposition politicians (non-canonical) -> target empty"),
(S("Odinga, who heads the opposition Coalition"), ODM, "condemning", "negative", "", "killed for refusing to keep quiet = political murder; no perpetrator named"),
(S("This was not a robbery and it was not an accident"), ODM, "condemning", "negative", K, "three-sentence quote closed by Odinga; 'the same government' suspected and distrusted"),
(S("He called for an inquiry led by a judge"), ODM, "calling_for_talks", "neutral", K, "demand for a judge-led inquiry with foreign detectives, no judgement word (labels/README: inquiry demand = calling_for_talks)"),
(S("He called for an inquiry led by a judge"), K, "neutral", "negative", "", "'police officials' = unnamed officials of a named body (the police) -> Kenya; dismissing the request = rejection without judgement"),
(S("Odinga's spokesman, Dennis Onyango"), ODM, "neutral", "neutral", "", "Odinga's spokesman; background facts about Juma"),
(S("The Law Society of Kenya's president"), "Law Society of Kenya", "calling_for_talks", "negative", "Independent Policing Oversight Authority", "'pattern of unexplained shootings' names no culprit; the appeal is to IPOA to watch the inquiry (unsure: implicit criticism of the police)"),
(S("The Kenya National Commission on Human Rights said"), "Kenya National Commission on Human Rights", "neutral", "negative", "", "concern without an appeal"),
(S("The Kenya Private Sector Alliance said"), "Kenya Private Sector Alliance", "calling_for_talks", "negative", K, "appeal to the police to act quickly (like a demand for an investigation)"),
(S("The United States ambassador, Robert Godec"), "United States", "calling_for_talks", "negative", "", "sadness + 'should face justice' = appeal for accountability, perpetrators unknown -> target empty (unsure: could be neutral)"),
(S("A relative who spoke to reporters"), "", "calling_for_talks", "negative", "", "unnamed relative: no actor; wants answers = demand for an investigation"),
(S("Murithi Gachanja, a Nairobi-based governance analyst"), "Murithi Gachanja", "neutral", "negative", "", "invented analyst (independent person); observation, no judgement of an actor"),
(S("When nobody is ever charged"), "Murithi Gachanja", "neutral", "negative", "", "analysis"),
(S("The opposition has led weekly protests"), CORD, "condemning", "negative", K, "'the opposition' = the CORD coalition named above; accuses the electoral commission (a state body) of bias; protests demanding its removal"),
(S("The commission denies the charge."), K, "neutral", "negative", "", "electoral commission = state body -> Kenya; denial"),
]
# Left without a row: headline, byline, dateline furniture; "Juma was among the loudest critics..." (narration);
# "He had also been fighting the state in court..." (background); "Kenya holds presidential..." (narration);
# Related Coverage link titles.
ROWS.insert(23, (S("An embassy spokeswoman said Washington would consider"), "United States", "supporting", "neutral", K,
 "unnamed spokeswoman of a named body (the US embassy) -> United States; conditional offer of technical help = offer of assistance (unsure: conditional, could be neutral)"))
