"""Writes ../statements.csv from the hand decisions below (batch45a).

Each unit is located in its page's visible text by its exact opening and closing words, so the
`sentence` cell is the page's own text (no retyping). Every decision (actor, stance, sentiment,
target, note) was made by hand, reading the sentence in its page, per /work/shared/labelling-guide.md
and /work/main/labels/README.md. Sentences deliberately left without a row are listed as comments.
"""
import csv, os, sys
sys.path.insert(0, os.path.dirname(__file__))
from pagetext import visible_text

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
_cache = {}
ROWS = []


def U(doc, start, end, *labels):
    t = _cache.setdefault(doc, visible_text(os.path.join(ROOT, doc)))
    i = t.find(start)
    assert i >= 0, (doc, start)
    assert t.find(start, i + 1) < 0, ("start not unique", doc, start)
    j = t.find(end, i)
    assert j >= 0, (doc, end)
    s = t[i:j + len(end)]
    assert "\n" not in s, ("unit crosses a paragraph", doc, start)
    assert labels, ("no label", doc, start)
    for actor, stance, sentiment, target, note in labels:
        ROWS.append([doc, s, actor, stance, sentiment, target, "page", note])


N, C, S, T = "neutral", "condemning", "supporting", "calling_for_talks"
neg, neu, pos = "negative", "neutral", "positive"

# ---------------------------------------------------------------- 1. Guinea-Bissau: Cassama quits (wire)
d = "page_guineabissau_cassamaresigns2020_wire.txt"
GB = "Guinea-Bissau"
U(d, "The speaker of Guinea-Bissau's parliament, Cipriano Cassama,", "withdrew his security detail.",
  ("PAIGC", N, neg, "", "dateline excluded; Cassama, a PAIGC leader installed as interim president by the PAIGC-led majority, speaks for the PAIGC camp (unsure: could be read as Guinea-Bissau, as speaker of parliament); resignation after his guards were withdrawn, no judgement word = neutral, negative"))
# "Cassama, a senior figure in the ... (PAIGC), was sworn in on Friday evening ..." -> narration, no row
# "The West African country of about 1.9 million people has had two presidents ..." -> narration, no row
U(d, "\"My protection was taken from me on Friday night by men in uniform.", "where a truck of the regional ECOWAS force was parked.",
  ("PAIGC", C, neg, GB, "multi-sentence quote closed by its speaker = one unit; 'men in uniform' taking his protection, threats, 'those who sent the soldiers know very well what they are doing to this country' = accusation of the army and Embalo's side (head of state from 27 Feb 2020 in the office-holder table) = Guinea-Bissau"))
U(d, "He said he would stay on as speaker of the National People's Assembly", "to hold on.",
  ("PAIGC", N, neu, "", "'He' = Cassama; plan + apology to his own party"))
# "The PAIGC's candidate in the run-off, Domingos Simoes Pereira, has not conceded defeat." -> background, no row (vague; his position is in the next sentence)
U(d, "In a statement on Saturday, Pereira called Embalo's swearing-in", "rather than by judges\".",
  ("PAIGC", C, neg, GB, "Pereira (PAIGC leader, surname only after his introduction) = PAIGC; 'ceremony of usurpation', 'chosen by soldiers' = judgement of Embalo = Guinea-Bissau"))
# "Embalo, a 47-year-old former army general ..., moved into the presidential palace ..." -> narration, no row
U(d, "On Friday he dismissed Prime Minister Aristides Gomes,", "to replace him.",
  (GB, N, neu, "", "Embalo = head of state = Guinea-Bissau; dismissal and appointment reported as done, no judgement stated (unsure: could be condemning as a measure against the PAIGC-led government)"))
# "Soldiers have since taken up positions at the government palace ..." -> narration (residents, our reporter), no row
U(d, "Gomes, who has stayed at his residence under the protection of ECOWAS troops,", "the only lawful head of government.",
  ("PAIGC", C, neg, GB, "Gomes, dismissed on 28 Feb (his term ends that day in the office-holder table), speaks for the PAIGC camp; 'a coup d'etat in all but name' = judgement of Embalo and the army (unsure: actor could be read as a person of his own)"))
U(d, "Nabiam told state radio on Saturday", "within days.",
  (GB, N, neg, "", "Nabiam, the new prime minister named by Embalo, introduced in an earlier paragraph without title = Guinea-Bissau; 'guarding ..., not seizing them' = denial of a coup, neutral with negative tone; plus a plan"))
U(d, "The chief of staff of the armed forces, General Biague Na Ntan,", "no candidate in the dispute.",
  (GB, N, neg, "", "army chief = Guinea-Bissau (the army speaks for its state); denial of taking sides = neutral, negative"))
U(d, "\"There is one president in Guinea-Bissau, and the people elected him.", "the people elected him.",
  (GB, N, pos, "", "quote left open across two paragraphs: cut into sentences, speaker (Embalo) named at the end of the next paragraph; claim of his own legitimacy = neutral, positive"))
U(d, "I have held out my hand to everybody,", "did not vote for me.",
  (GB, T, pos, "", "same open quote (Embalo); offer of reconciliation to opponents = calling_for_talks (unsure: could be neutral self-description)"))
U(d, "\"But anyone who tries to set up a second government", "in the Bairro Militar district on Saturday.",
  (GB, C, neg, "PAIGC", "closing paragraph of the quote = one unit; Embalo (head of state); 'will answer for it before the courts' = threat aimed at the PAIGC majority that installed Cassama"))
U(d, "His party, the Movement for Democratic Alternation (Madem G15), accused the PAIGC", "for two months.",
  ("Madem G15", C, neg, "PAIGC", "Embalo's party; accusation"))
U(d, "The 15-nation Economic Community of West African States (ECOWAS),", "increasingly worried by the turn of events.",
  ("ECOWAS", N, neg, "", "concern with no appeal in this sentence = neutral, negative"))
U(d, "The bloc said soldiers had no business in a quarrel over vote counts,", "settled by law.",
  ("ECOWAS", T, neg, "", "'the bloc' = ECOWAS (the previous sentence); soldiers told to stay out + every camp to wait for the law = appeal, no judgement word on a named actor (unsure: 'had no business' could be read as a reproach to the army); addressed to several -> target empty"))
U(d, "It said a team of electoral experts would arrive in Bissau", "in the coming days.",
  ("ECOWAS", T, neu, "", "sending experts to help settle the count dispute = mediation effort (unsure: could be a neutral plan)"))
U(d, "In New York, a spokesman for United Nations Secretary-General Antonio Guterres said", "around state institutions.",
  ("United Nations", N, neg, "", "New York is a place; concern, no appeal in this sentence"))
U(d, "He urged all sides to avoid any step that could inflame tensions", "rather than in the street.",
  ("United Nations", T, neu, "", "appeal to all sides -> target empty"))
U(d, "Guterres said last month, on the sidelines of an African Union summit", "finished with the case.",
  ("United Nations", N, neu, "", "'the world body' = United Nations; declines to take sides before the courts rule = stated procedure; the AU summit is where he spoke, the AU is not a speaker here"))
U(d, "Portugal's foreign minister, Augusto Santos Silva, said Lisbon regarded", "before the Supreme Court had ruled.",
  ("Portugal", N, neu, "", "foreign minister = Portugal; 'Lisbon' = Portugal (metonym); withholding recognition for a procedural reason, no judgement = neutral (unsure: could be read as condemning Embalo's swearing-in)"))
U(d, "The European Union's foreign policy chief, Josep Borrell, called on all sides", "show restraint.",
  ("European Union", T, neu, "", "appeal for restraint"))
U(d, "He said the 27-nation bloc fully backed ECOWAS,", "peaceful way out\".",
  ("European Union", S, pos, "ECOWAS", "'the 27-nation bloc' = EU (here 'bloc' is not ECOWAS); backing of ECOWAS mediation = supporting"))
U(d, "African Union Commission chairman Moussa Faki Mahamat said", "dialogue before force.",
  ("African Union", T, neu, "", "AU Commission chairperson = African Union; contacts + appeal for dialogue"))
U(d, "Idrissa Mane, a researcher at the Dakar-based West Africa Governance Institute,", "already decided the outcome.",
  ("Idrissa Mane", N, neg, "", "invented analyst (new actor); reading of the situation, no verdict"))
U(d, "\"The generals say they are neutral,", "Mane said.",
  ("Idrissa Mane", C, neg, GB, "multi-sentence quote; 'they have chosen which buildings to guard and whose guards to remove' = accusation of partiality against the army = Guinea-Bissau (unsure: analysts' readings are often neutral)"))
# "Guinea-Bissau, a former Portuguese colony ..., has had four successful coups ..." -> narration, no row

# ---------------------------------------------------------------- 2. Mauritania: Oumar Diop (state agency)
d = "page_mauritania_oumardiop2023_stateagency.txt"
MR = "Mauritania"
NHRC = "National Human Rights Commission (Mauritania)"
U(d, "The Minister of the Interior and Decentralisation, Mohamed Ahmed Ould Mohamed Lemine, affirmed", "what the inquiries establish.",
  (MR, N, neu, "", "dateline excluded; interior minister = Mauritania; reassurance about the State's own conduct = neutral"))
U(d, "The Minister, who was accompanied by the Director General of National Security", "once the laboratory results were in.",
  (MR, N, neu, "", "procedure (autopsy) stated by the minister"))
U(d, "Concerning the young Mohamed Lemine Ould Samba,", "the events of that day.",
  (MR, N, neg, "", "official account: he died during 'an assault by rioters' on the police station; the rioters are not an actor, no judgement word = neutral, negative (unsure: could be read as blaming the protesters)"))
U(d, "The Minister renewed, in the name of the President of the Republic,", "His vast mercy.",
  (MR, S, neg, "", "condolences = solidarity; the families are not actors -> target empty; Ghazouani is named only as the one in whose name they are given"))
U(d, "He stressed that the Government, while sharing the grief of the two families,", "all the rigour of the law.",
  (MR, C, neg, "", "warning that the security forces will deal firmly with vandalism and with those who use the events to sow discord = threat; unnamed -> target empty"))
U(d, "The Minister of the Interior revealed that a number of persons had been arrested", "brought before the competent courts.",
  (MR, C, neg, "", "arrests and prosecution announced = taken measure against unnamed rioters (unsure: could be neutral as a law-enforcement fact)"))
U(d, "He indicated that damage had been recorded", "an assessment of the losses was under way.",
  (MR, N, neg, "", "facts"))
U(d, "He called on citizens, and particularly on young people, to keep calm,", "before sharing it on social networks.",
  (MR, T, neu, "", "appeal for calm, no judgement"))
U(d, "The Minister affirmed that Mauritania was a State of law", "before its police.",
  (MR, N, pos, "", "self-praise / reassurance about own institutions = neutral, positive"))
U(d, "Asked about remarks by the anti-slavery activist Biram Dah Abeid,", "most needed to stand together.",
  ("Biram Dah Abeid", C, neg, MR, "Biram's position reported by the agency: 'a racist crime committed by police officers' = accusation against the State's police"),
  (MR, C, neg, "Biram Dah Abeid", "the minister calls the accusations 'irresponsible' and aimed at dividing Mauritanians = judgement of Biram (not only a denial)"))
U(d, "In a communiqué issued on Monday, the Directorate General of National Security said", "dying there a short time later.",
  (MR, N, neu, "", "DGSN = national police = Mauritania; its account of the arrest and death, facts"))
U(d, "The Directorate insisted that Oumar Diop had died at the National Hospital", "not on its premises.",
  (MR, N, neg, "", "'The Directorate' = DGSN; insists the death did not happen in the police station = implicit denial, neutral with negative tone"))
U(d, "The Directorate General of National Security rejected the allegations", "the procedures in force.",
  (MR, N, neg, "", "denial of the beating allegations = neutral, negative"))
U(d, "For his part, the Public Prosecutor at the Court of the Wilaya of Nouakchott West", "established a fault.",
  (MR, N, neu, "", "prosecutor (named by title only) = Mauritania; procedure + assurance that nobody will be shielded; no actor judged"))
U(d, "Informed official sources told the Mauritanian News Agency", "companies and households.",
  (MR, N, neu, "", "unnamed official sources of the Mauritanian government speak for it (guide); the agency reporting is not an actor; justification of the mobile internet cut, no actor targeted"))
# "Calm returned on Wednesday to Nouakchott, ..., AMI correspondents noted." -> narration, no row
U(d, "In Boghé, the Wali of Brakna held a meeting on Wednesday", "the town has always known.",
  (MR, T, neu, "", "regional governor (named by title only) = Mauritania; appeal to preserve calm"))
U(d, "The El Insaf party, in a statement of which AMI received a copy,", "had opened an investigation.",
  ("El Insaf", S, pos, MR, "ruling party; sorrow + welcome of the prosecutor's quick investigation = supporting the State's step"))
U(d, "The party warned, in the same statement, against any attempt to exploit the tragedy", "municipal elections.",
  ("El Insaf", T, neg, "", "'warned against any attempt to exploit' aimed at no one = appeal, like 'opposes any escalation' (guide)"))
U(d, "The National Rally for Reform and Development (Tawassoul) called for an independent", "held to account.",
  ("Tawassoul", T, neg, MR, "long party name = Tawassoul (alias added); demand for an independent inquiry and accountability, no judgement word = calling_for_talks, negative"))
U(d, "The National Human Rights Commission announced that it had sent a team", "arrested during the unrest.",
  (NHRC, T, neu, MR, "national human rights institution (new actor); fact-finding + appeal to guarantee detainees' rights, addressed to the authorities"))
U(d, "The Commission said it would publish its findings", "the officers concerned.",
  (NHRC, N, neu, "", "'The Commission' = the NHRC; plan"))

# ---------------------------------------------------------------- 3. Republic of the Congo: Pool ceasefire (noon briefing)
d = "page_congo_poolceasefire2018_noonbriefing.txt"
UN = "United Nations"
RC = "Republic of the Congo"
NRC = "National Resistance Council"
# "Good afternoon, and a happy new year to all of you." / "I will start with the Republic of the Congo." -> greeting and link, no row
U(d, "Over the holidays, on 26 December, the Secretary-General welcomed", "Reverend Pastor Ntumi.",
  (UN, S, pos, "", "welcome of the ceasefire signed by both parties, no appeal in this sentence; two parties -> target empty"))
U(d, "He said he was counting on the accord to silence the guns", "the better part of two years.",
  (UN, T, pos, "", "hope that the fighting ends for good and aid gets through = calling_for_talks (guide: hoping that fighting ends)"))
U(d, "The Organization has offered its expertise for the next steps,", "civilian life.",
  (UN, S, pos, "", "'The Organization' = United Nations; offer of expertise for disarmament and reintegration = assistance, to both parties -> target empty"))
U(d, "On that point, François Louncény Fall,", "reintegration programme.",
  (UN, N, neu, "", "SRSG/UNOCA = United Nations; announced visit (plan)"))
U(d, "The Government has asked the UN system for help", "financing that programme.",
  (RC, T, neu, UN, "Congo's request reported by the spokesman; asking for help with the disarmament programme, treated like asking for humanitarian help = calling_for_talks (README); unsure: could be neutral"))
U(d, "Staying in the Pool, our humanitarian colleagues tell us that some 160,000 people", "neighbouring departments.",
  (UN, N, neu, "", "OCHA via the spokesman = United Nations; figures (Brazzaville a place)"))
U(d, "Four of the districts hit by the fighting,", "nobody has a clear picture of conditions there.",
  (UN, N, neg, "", "access facts with concern, no appeal"))
U(d, "The Resident and Humanitarian Coordinator, Anthony Ohemeng-Boamah, says", "without further delay.",
  (UN, T, neu, "", "appeal to both parties for humanitarian access -> target empty"))
U(d, "He also notes that the response in the Pool remained badly underfunded", "may finally improve.",
  (UN, T, neg, "", "appeal to donors for funding = asking for humanitarian help (README: calling_for_talks); donors not an actor"))
U(d, "The World Food Programme says it kept up food distributions", "as soon as the roads open.",
  ("World Food Programme", S, pos, RC, "aid delivered and stocks ready = supporting; aid to people in the Congo -> target Republic of the Congo"))
# Questions and Answers
U(d, "The Interior Minister, Raymond Mboulou, said after the signing", "hands in his weapon.",
  (RC, T, pos, NRC, "position reported inside a journalist's question (README, 27th session); interior minister = Republic of the Congo; guarantee of safety for ex-combatants who disarm = commitment to the peace process"))
U(d, "But Pastor Ntumi himself hasn't shown his face,", "comes out of the forest.",
  (NRC, T, neg, RC, "Ntumi's representatives = his movement (National Resistance Council in the name files, alias 'Pastor Ntumi' added); condition addressed to the government (lift the warrant), no judgement word = calling_for_talks, negative"))
# "Does the UN support lifting that warrant?" -> the question itself, no row
U(d, "I'm not going to get into the judicial side of this,", "for the Congolese institutions.",
  (UN, N, neu, "", "spokesman declines to comment"))
U(d, "What matters to us is that both sides keep the commitments", "go home safely.",
  (UN, T, neu, "", "appeal to both sides to keep the ceasefire commitments"))
U(d, "We will keep encouraging them to do exactly that.", "exactly that.",
  (UN, T, neu, "", "continuation by the same speaker; encouragement = appeal"))
U(d, "The Congolese Observatory for Human Rights and other groups documented", "homes and churches.",
  ("Congolese Observatory for Human Rights", C, neg, RC, "OCDH (new actor) reported in the question; helicopter attacks on villages killing civilians = accusation by describing attacks on civilians (guide rule 4); helicopters = government forces (unsure: the sentence does not name the attacker); 'Follow-up.' before it is the journalist's cue, no row"))
U(d, "They are saying the ceasefire must not become a licence for impunity.", "licence for impunity.",
  ("Congolese Observatory for Human Rights", T, neg, RC, "demand for accountability with no judgement word = calling_for_talks, negative (README)"))
# "Will the UN push for investigations?" -> question, no row
U(d, "We have always said that allegations of violations, by whoever committed them,", "seriously and transparently.",
  (UN, T, neu, "", "call for investigations, aimed at no one"))
U(d, "A ceasefire does not erase that.", "does not erase that.",
  (UN, T, neu, "", "continuation of the same appeal (unsure: could be neutral)"))
U(d, "Our human rights colleagues are in touch with the authorities on this.", "authorities on this.",
  (UN, N, neu, "", "contacts reported as fact"))
U(d, "France, the United States and the European Union have all welcomed the deal,", "into the disarmament programme.",
  ("France", S, pos, RC, "list of actors reported in the question: one row per listed actor; France welcomes the deal and 'Paris' (= France) will fund the disarmament programme, which is the Congolese government's -> target Republic of the Congo (unsure: the deal has two parties)"),
  ("United States", S, pos, "", "listed actor: welcome of a deal between two parties -> target empty"),
  ("European Union", S, pos, "", "listed actor: welcome of a deal between two parties -> target empty"))
# "Are other partners coming forward?" -> question, no row
U(d, "I think the support of partners is going to be very important.", "very important.",
  (UN, N, pos, "", "comment on partners' support, no appeal to a party (unsure: could be read as an appeal for aid)"))
U(d, "I don't have a list for you today.", "list for you today.",
  (UN, N, neu, "", "no announcement"))
U(d, "Mr. Fall's visit will be an opportunity", "who can do what.",
  (UN, N, neu, "", "plan"))
U(d, "Its Secretary-General said the Kinkala agreement should be a model", "for the subregion.",
  ("ECCAS", S, pos, "", "reported in the question; 'Its' = ECCAS (the previous sentence of the question); praise of the agreement (two parties -> target empty)"))
U(d, "Well, UNOCA works very closely with ECCAS,", "an encouraging step.",
  (UN, S, pos, "", "UNOCA = United Nations; the agreement called an encouraging step = approval; ECCAS is the object of 'works with', not the target of a stance"))
U(d, "Whether it is a model, I'll leave that to others.", "leave that to others.",
  (UN, N, neu, "", "declines to judge"))
U(d, "I have nothing to announce on that at this point.", "at this point.",
  (UN, N, neu, "", "no announcement"))
U(d, "Obviously, he's following it closely.", "following it closely.",
  (UN, N, neu, "", "'he' = the Secretary-General; monitoring, no appeal"))

# ---------------------------------------------------------------- 4. Togo: constitution, second reading (presidency HTML)
d = "page_togo_constitution_secondreading2024_presidency.html"
TG = "Togo"
U(d, "The National Assembly adopted on Friday 19 April 2024, at second reading,", "to a parliamentary regime.",
  (TG, N, neu, "", "act of the state's parliament reported as done (vote) = Togo, neutral"))
# "Under the new text, the President of the Republic will be elected by Parliament ..." -> description of the law, no row
U(d, "The Presidency of the Republic salutes the sense of responsibility shown by the deputies,", "during the consultations.",
  (TG, N, pos, "", "praise of its own parliament = self-praise (README: neutral, positive)"))
U(d, "The Government has taken note of the declaration of the Episcopal Conference of Togo", "once the elections are over.",
  (TG, N, neu, "", "the government takes note = no position of its own"),
  ("Episcopal Conference of Togo", T, neu, TG, "the bishops' position reported by the government (guide: X reported by Y is X's statement): hold back the text + bring political forces around one table = appeal for dialogue, addressed to the head of state"))
U(d, "It assures the Catholic Church of its high consideration,", "by the Constitution in force.",
  (TG, N, neu, "", "polite reassurance + defence of the procedure, no judgement of the Church (the Church is an object, not a target)"))
U(d, "The Head of State calls on all Togolese to turn out in large numbers,", "who preaches violence.",
  (TG, T, neu, "", "appeal for a calm vote and against violence; 'anyone who preaches violence' is no named actor"))
U(d, "The law will be promulgated within the time limits set by the Constitution.", "set by the Constitution.",
  (TG, N, neu, "", "plan"))
# "The President of the Republic, Faure Essozimna Gnassingbé, received in audience ..." -> meeting in narrative, no row (README)
# "The mission has also met the Minister of Territorial Administration, ..." -> narration, no row
U(d, "At the end of the audience, Maman Sambo Sidikou told the press", "throughout the process.",
  ("ECOWAS", S, pos, TG, "head of the ECOWAS mission = ECOWAS; satisfaction with the authorities' commitment + 'would stand by Togo' = supporting"))
U(d, "He invited all Togolese political actors to give priority to dialogue,", "through the legal channels.",
  ("ECOWAS", T, neu, "", "'He' = Sidikou; appeal to all political actors -> target empty"))
U(d, "For his part, the Head of State assured the mission", "guarantee a peaceful vote.",
  (TG, N, pos, "", "reassurance about own conduct = neutral, positive"))
U(d, "He thanked the regional organisation for the constant attention it pays to Togo.", "pays to Togo.",
  (TG, S, pos, "ECOWAS", "'the regional organisation' = ECOWAS; gratitude = supporting"))
U(d, "The Minister of Territorial Administration, Decentralisation and Territorial Development, Hodabalo Awate,", "are not authorised.",
  (TG, C, neg, "", "ban of the opposition marches = taken measure; the ANC, the FDR and the Front Citoyen Togo Debout are objects, not speakers; several -> target empty"))
U(d, "According to the Minister, the organisers' declaration did not meet the legal requirements,", "the time limit for filing it.",
  (TG, N, neu, "", "procedural grounds for the ban, no judgement word"))
U(d, "The Minister warned that the organisers would be held responsible", "to maintain these demonstrations.",
  (TG, C, neg, "", "threat to the organisers (several) -> target empty"))
U(d, "The Public Prosecutor at the Lomé Court of First Instance, Talaka Mawama,", "institutions of the Republic.",
  (TG, C, neg, "", "prosecutor = Togo; arrests + 'aimed at turning the population against the institutions' = measure and accusation; the nine are unnamed -> target empty"))
U(d, "He specified that the persons concerned were being held", "before the competent courts.",
  (TG, C, neg, "", "detention and prosecution announced = measure (unsure: could be neutral procedure)"))
U(d, "So that the deputies can complete their second examination", "at a slightly later date.",
  (TG, N, neu, "", "postponement announced with its reason, no judgement"))
U(d, "The new date will be set by decree", "Independent National Electoral Commission.",
  (TG, N, neu, "", "procedure"))
U(d, "The Government regrets that certain political actors and organisations have chosen", "which it firmly rejects.",
  (TG, C, neg, "", "'regrets' aimed at actors + rejection of the 'constitutional coup' description = judgement (README: regret is condemning); the opposition is unnamed -> target empty; the 'constitutional coup' phrase is theirs but they are not named -> no row for them"))
U(d, "It recalls that public demonstrations remain subject to the rules in force", "in accordance with the law.",
  (TG, C, neg, "", "warning that undeclared gatherings will be dispersed = threat; no named target"))
U(d, "Since the adoption by the National Assembly, on 25 March 2024,", "throughout the country.",
  (TG, N, neu, "", "the President follows the debate = fact"))
U(d, "The Head of State has therefore decided to send the law back", "the opinions expressed.",
  (TG, N, neu, "", "request for a second reading = procedural decision"))
U(d, "The President of the Republic wishes this new examination to be preceded by wide consultations", "make the reform his own.",
  (TG, T, pos, "", "proposes consultations with all political and social forces = offer of dialogue"))
U(d, "The Presidency recalls that the revision aims to deepen democracy", "heart of the institutions.",
  (TG, N, pos, "", "self-praise of the reform"))

# ---------------------------------------------------------------- 5. Cameroon: Eseka derailment (live blog HTML)
d = "page_cameroon_esekaderailment2016_liveblog.html"
CM = "Cameroon"
# 19.40 "We are going to pause ..."; "Rescue teams at Eséka say ..." (unnamed) -> no row
U(d, "The communication minister and government spokesman, Issa Tchiroma Bakary,", "still provisional.",
  (CM, N, neu, "", "government spokesman in 2016 = Cameroon (Tchiroma is listed in actors.csv as a person of his own for his later opposition role; in 2016 he spoke for the state); toll = figures"))
U(d, "Tchiroma said the government would publish a list of the victims", "had been identified.",
  (CM, N, neu, "", "surname only; plan"))
# "The main opposition party, the Social Democratic Front, has put out a statement signed by ..." -> lead-in, no row
U(d, "The SDF says the disaster is the price of decades of neglect", "dealing with the collapsed highway.",
  ("Social Democratic Front", C, neg, CM, "SDF = Social Democratic Front; 'decades of neglect' + accusation of letting an overloaded train leave = judgement of the government"))
U(d, "The party calls for an independent commission of inquiry", "made public in full.",
  ("Social Democratic Front", T, neu, CM, "demand for an independent inquiry, no judgement word in this sentence"))
U(d, "French President François Hollande has sent a message to Paul Biya", "Yaoundé asks for.",
  ("France", S, pos, CM, "condolences + offer of help = supporting; Paul Biya and 'Yaoundé' are addressees (objects), Cameroon is the target"))
U(d, "The French embassy says it is checking whether any French nationals were on board.", "were on board.",
  ("France", N, neu, "", "consular fact"))
U(d, "The Bolloré group, whose rail division runs Camrail", "at the disposal of the rescue operation.",
  ("Bolloré Group", S, pos, "", "new actor (company); staff, vehicles and equipment provided for the rescue = backing by act; the victims are not an actor -> target empty"))
U(d, "The group says it will cooperate fully with the investigation.", "with the investigation.",
  ("Bolloré Group", N, pos, "", "'The group' = Bolloré; commitment about its own conduct"))
# "Our correspondent Martine Ekambi has been at the district hospital ..." -> narration, no row
U(d, "She said railway staff had coupled extra carriages", "when it left.",
  ("Aline Ngo Bayiha", N, neg, "", "named passenger = independent person (new actor); account of the overloading, no judgement yet"))
U(d, "\"They packed us in like goods.", "she said.",
  ("Aline Ngo Bayiha", C, neg, "Camrail", "multi-sentence quote; 'packed us in like goods', 'all they cared about was selling tickets' = judgement of the railway operator (Camrail, new actor)"))
U(d, "Health Minister André Mama Fouda said no passenger injured in the derailment", "public and private hospitals alike.",
  (CM, S, pos, "", "free treatment for all the injured = assistance; the injured are not an actor -> target empty"))
U(d, "He also asked residents of Douala and Yaoundé to go to the blood banks", "are running low.",
  (CM, T, neg, "", "appeal for blood donations = asking for help, not supporting (README: asking for aid is calling_for_talks); unsure"))
# "Camrail has posted this on its Facebook page:" -> lead-in, no row
U(d, "Camrail shares the pain of the families affected", "at Eséka.",
  ("Camrail", S, neg, "", "embedded post; sympathy with the families = solidarity, no actor targeted"))
U(d, "A crisis unit is open at the Yaoundé and Douala stations", "available to relatives.",
  ("Camrail", N, neu, "", "practical information for relatives (unsure: could be supporting as help provided)"))
U(d, "Our teams are working with the authorities to establish what happened.", "establish what happened.",
  ("Camrail", N, neu, "", "own procedure"))
U(d, "President Paul Biya, who has been in Switzerland for several weeks,", "read on CRTV.",
  (CM, S, pos, "", "head of state; care for the victims ordered (+ the causes to be established); Switzerland is a place; the presidency statement read on the state broadcaster is Cameroon's"))
# "The presidential account has since posted this:" -> lead-in, no row
U(d, "I bow before the memory of the victims of the Eséka rail disaster", "bereaved families.",
  (CM, S, neg, "", "Biya's post = Cameroon; mourning and sympathy = solidarity (target empty: victims and families are not actors)"))
U(d, "The whole nation stands beside the injured.", "beside the injured.",
  (CM, S, pos, "", "solidarity with the injured"))
U(d, "Edgard Alain Mebe Ngo'o, the transport minister, who spent the night at the site,", "caused the derailment.",
  (CM, N, neu, "", "transport minister = Cameroon; no cause named"))
U(d, "He dismissed as rumours the claims on social media", "taken by the operator.",
  (CM, N, neg, "", "denial that his ministry ordered the extra carriages = neutral, negative; pointing to the operator's decisions is not stated as a judgement (unsure: could be read as blaming Camrail)"))
# "Part of the main highway between Yaoundé and Douala gave way ..." -> narration, no row
U(d, "According to figures given to state radio by rail officials", "carries about 600.",
  ("", N, neu, "", "unnamed 'rail officials' with no named body (could be Camrail or the ministry) = no actor; kept as a stance example with an empty actor"))
U(d, "The chairperson of the African Union Commission, Nkosazana Dlamini-Zuma,", "a quick recovery.",
  ("African Union", S, neg, CM, "AU Commission chairperson (to March 2017) = African Union; condolences = solidarity with Cameroon"))
U(d, "In New York, a spokesman for Secretary-General Ban Ki-moon said", "support the national response.",
  ("United Nations", S, pos, CM, "sadness + readiness to support the national response = supporting; New York is a place"))
# "Good morning and welcome to our live coverage ..." -> narration, no row
U(d, "Late on Friday, Mebe Ngo'o gave a first toll", "speaking at the scene.",
  (CM, N, neu, "", "surname only (the transport minister); figures"))

# ---------------------------------------------------------------- 6. Ghana: Bawku curfew (daily scrape)
d = "page_ghana_bawkucurfew2024_dailyscrape.txt"
GH = "Ghana"
AB = "Seidu Abagre"
NDC = "National Democratic Congress"
U(d, "The Ministry of the Interior has imposed a dusk-to-dawn curfew on Bawku", "the government regards as illegal.",
  (GH, C, neg, AB, "curfew = taken measure; the government calls Abagre's installation illegal = judgement; Abagre = new actor (person)"))
# "The 12-hour curfew, from 6pm to 6am, took effect on Monday ..." -> narration, no row (the Security Council meeting is narrative)
U(d, "In a statement signed by the Deputy Minister for the Interior, Naana Eyiah,", "spilling into neighbouring districts.",
  (GH, C, neg, AB, "deputy interior minister = Ghana; blames Abagre's arrival for the bloodshed; the Court of Appeal is part of the narration, not a speaker"))
U(d, "It said the security agencies had been directed to enforce the curfew strictly,", "face arrest and prosecution.",
  (GH, C, neg, "", "warning of arrest and prosecution = threat; unnamed -> target empty"))
U(d, "The ministry also appealed to residents to stay indoors during curfew hours", "report any threat to the police.",
  (GH, T, neu, "", "appeal to respect the curfew and cooperate = appeal for calm (unsure: could be neutral safety advice)"))
# "Two people were shot dead in the town on Saturday night, ... according to relatives and hospital staff." -> unnamed sources, no row
U(d, "The Upper East Regional Police Command said reinforcements had been sent", "picked up for questioning.",
  (GH, N, neu, "", "police = Ghana; deployment and arrests for questioning reported as facts (Tamale, Accra places)"))
U(d, "The command asked anyone with information about Sunday's attack", "the nearest police station.",
  (GH, N, neu, "", "appeal to help a criminal inquiry = neutral (not an appeal for a peaceful course; as batch44a's GAF request)"))
U(d, "The Kusaug Traditional Council, which recognises Naba Asigri Abugrago Azoka II", "firm and timely response.",
  ("Kusaug Traditional Council", S, pos, GH, "new actor; welcome of the curfew and praise of the government"))
U(d, "In a statement read in Bawku by its spokesman, the council said Abagre's return", "before more lives were lost.",
  ("Kusaug Traditional Council", C, neg, AB, "spokesman of a named body speaks for it; 'a calculated provocation' + demand for his arrest = condemning"))
U(d, "But the Mamprugu Traditional Council in Nalerigu rejected the ministry's description", "on the highways untouched.",
  ("Mamprugu Traditional Council", C, neg, GH, "new actor; rejects the ministry's position and says the curfew 'punished one side' = judgement of the government's measure ('the ministry's description' is an object, not a speaker)"))
U(d, "\"Seidu Abagre was enskinned according to our custom,", "the council's registrar said by telephone.",
  ("Mamprugu Traditional Council", C, neg, GH, "multi-sentence quote closed by the registrar (unnamed official of a named body); defends Abagre and rejects the ministry's statement and the curfew = judgement of the government (rule 1 over the implied support for Abagre)"))
U(d, "A spokesman for Abagre, speaking to a radio station in Tamale,", "taken part in any attack.",
  (AB, N, neg, "", "Abagre's spokesman speaks for him; peaceful return + denial that his supporters attacked = neutral, negative"))
U(d, "The Member of Parliament for Bawku Central, Mahama Ayariga, said", "intended to return.",
  (NDC, C, neg, GH, "opposition NDC MP in 2024 = National Democratic Congress (alias added); 'failure of intelligence and of will' = judgement of the government"))
U(d, "He urged the security services to disarm every armed group in the area,", "stay out of the fighting.",
  (NDC, T, neu, "", "'He' = Ayariga; appeal to disarm all sides and to the youth to stay out = calling_for_talks (several addressed -> target empty)"))
U(d, "The governing New Patriotic Party's regional secretariat accused the opposition", "as the present one.",
  ("New Patriotic Party", C, neg, NDC, "'the opposition' = the NDC here (Ayariga); 'playing politics with the dead' = accusation; the troops claim is self-praise, rule 1"))
U(d, "The flagbearer of the opposition National Democratic Congress, former President John Dramani Mahama,", "a national embarrassment.",
  ("John Dramani Mahama", C, neg, GH, "out of office in Oct 2024 = person under his own name (as in batch44a; unsure: as the NDC's candidate he could be NDC); 'national embarrassment' = judgement of the government's handling"))
U(d, "He promised that an NDC government would pursue a lasting settlement", "experiences as defeat\".",
  ("John Dramani Mahama", T, pos, "", "'He' = Mahama; pledge to pursue a settlement acceptable to both sides = appeal for a peaceful solution"))
# "Also read: Bawku: Traders count losses as central market stays shut" -> link title, no row
U(d, "The Upper East Regional Minister, Stephen Yakubu,", "restrain their young men.",
  (GH, T, neu, "", "regional minister = Ghana; appeal to both sides to restrain their youth"))
U(d, "\"Every family in Bawku has buried someone.", "Yakubu said.",
  (GH, T, neg, "", "surname only; lament that the killing must stop = implicit appeal (unsure: could be neutral, negative)"))
U(d, "The National Peace Council said it was ready to bring representatives", "elections.",
  ("National Peace Council", T, neu, "", "offer to convene talks + request to the parties"))
U(d, "In a joint statement, the Christian Council of Ghana and the Ghana Catholic Bishops' Conference", "a chance.",
  ("Christian Council of Ghana", T, neg, "", "joint statement: one row per body; mourning + appeal to give mediation a chance"),
  ("Ghana Catholic Bishops' Conference", T, neg, "", "joint statement: one row per body; mourning + appeal to give mediation a chance"))
# "The dispute over the Bawku skin dates back to the colonial era ..." -> narration, no row
# "Hundreds of people have been killed ..., according to civil society groups in the region, ..." -> unnamed source, no row


if __name__ == "__main__":
    out = os.path.join(ROOT, "statements.csv")
    with open(out, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["doc", "sentence", "actor", "stance", "sentiment", "target", "source", "note"])
        w.writerows(ROWS)
    from collections import Counter
    print(len(ROWS), "rows")
    for doc, n in Counter(r[0] for r in ROWS).items():
        print(n, doc)
    print(Counter(r[3] for r in ROWS))
