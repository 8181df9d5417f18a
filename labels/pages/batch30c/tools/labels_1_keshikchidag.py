# ------------------------------------------------------------------ Azerbaijan-Georgia border commissions and the Keshikchidag / David Gareja complex (state news agency, 2019-05-24)
d = "page_keshikchidag_commission2019_stateagency.txt"
# Not statements: agency masthead, menu, language bar, section, time stamp, headline, dateline line "Baku, May 24, AzNA",
# [PHOTO] caption, ADVERTISEMENT, tags, share bar, most read, copyright.
U(d, "The regular meeting of the State Commissions of Azerbaijan and Georgia", "the Keshikchidag monastery complex.",
  ("Azerbaijan", T, pos, "", "lede: the two sides agree to continue consultations = agreeing to talks; one row per side"),
  ("Georgia", T, pos, "", "the two sides' agreement to keep consulting = Georgia's commitment to talks too"))
# "The Azerbaijani delegation was headed by ..." = narration of who led the delegations, no row.
U(d, "Opening the meeting, Deputy Minister of Foreign Affairs, Chairman of the State Commission Khalaf Khalafov said", "in a spirit of mutual trust.",
  ("Azerbaijan", T, pos, "Georgia", "long state-media title; partnership gives the means to settle questions in trust = an appeal for a negotiated settlement, no judgement"))
U(d, "Khalafov stressed that the Azerbaijani side regards the border issue", "not a subject for the street.",
  ("Azerbaijan", N, neu, "", "surname only; procedural framing of the issue (commissions, not the street): no judgement of a named actor, no appeal (unsure: a veiled rebuke of the Georgian protests)"))
U(d, "\"Any attempt to turn a question of cartography into a question of emotions", "he said.",
  ("Azerbaijan", N, neu, "", "speaker carried from the previous sentence; principle + own conduct; 'any attempt' aimed at no one = no judgement of an actor (unsure)"))
U(d, "The Deputy Minister said the Azerbaijani side had provided full access", "a short period of restriction.",
  ("Azerbaijan", N, pos, "", "'the Deputy Minister' = Khalafov; own conduct reported as a fact, positive tone"))
U(d, "According to the Chairman of the State Commission, the security regime", "the Republic of Azerbaijan.",
  ("Azerbaijan", N, neu, "", "second-hand attribution ('according to'); procedural line = neutral"))
U(d, "Assistant to the President of the Republic of Azerbaijan, Head of the Foreign Policy Affairs Department", "Caucasian Albania on Azerbaijani soil.",
  ("Azerbaijan", N, neu, "", "claim of heritage and sovereignty stated as fact, no judgement of another actor, no appeal"))
U(d, "Hajiyev said statements made in Tbilisi in recent weeks", "friendship between the two peoples.",
  ("Azerbaijan", C, neg, "Georgia", "judgement without a stock word ('unhelpful', not reflecting the friendship) on statements made in Tbilisi (capital = Georgia's side; unsure: could be Georgian activists rather than the government)"))
U(d, "\"Azerbaijan does not need lessons on how to treat sacred places.", "the Assistant to the President said.",
  ("Azerbaijan", C, neg, "", "rebuff of critics ('does not need lessons') + self-praise; the rebuff is a judgement, target unnamed -> empty"))
U(d, "Spokesperson for the Ministry of Foreign Affairs Leyla Abdullayeva, answering a question from AzNA", "had removed icons from the complex were groundless.",
  ("Azerbaijan", N, neg, "", "denial of reports ('groundless') = neutral with a negative tone; AzNA = the outlet, not an actor"))
U(d, "She noted that no such incident had been recorded", "by the State Border Service.",
  ("Azerbaijan", N, neu, "", "pronoun = Abdullayeva; a fact given by an actor"))
U(d, "Chief of the State Border Service, Colonel General Elchin Guliyev, was quoted", "had not been changed.",
  ("Azerbaijan", N, neu, "", "passive attribution 'was quoted ... as saying'; border service = Azerbaijan; facts about deployment"))
U(d, "The head of the Georgian delegation, Deputy Foreign Minister Lasha Darsalia, said after the talks", "in the coming months.",
  ("Georgia", T, pos, "", "praise of the meeting's atmosphere + readiness to continue work = commitment to talks"))
U(d, "Darsalia added that the two governments had agreed that the status quo", "reach a decision.",
  ("Georgia", T, neu, "", "surname only; agreement to keep the status quo pending the commissions = a negotiated course (reported by Darsalia, one row for Georgia; Azerbaijan's part is already in the lede)"))
U(d, "Georgian President Salome Zurabishvili, who visited the complex in April", "a settlement through the commissions.",
  ("Georgia", T, neu, "", "claim of heritage + appeal for a settlement through the commissions = calling_for_talks (the April visit is narration)"))
U(d, "In Tbilisi, Prime Minister Mamuka Bakhtadze told the Georgian parliament", "not to yield to provocations.",
  ("Georgia", T, neu, "", "settlement 'only at the negotiating table' + appeal for calm; 'provocations' aimed at no named actor"))
U(d, "The Patriarchate of the Georgian Orthodox Church said in a statement", "at all times.",
  ("Georgian Orthodox Church", T, neu, "", "demand that the complex stay open, no judgement word = an appeal (unsure: could be neutral as a claim)"))
# "The next meeting of the two commissions is scheduled ..." and "The date will be agreed ..." = procedure from no named speaker, no row.
U(d, "Elnur Aghayev, head of the South Caucasus programme", "to the expert level.",
  ("Elnur Aghayev", S, pos, "", "invented independent analyst; approval of both sides' step = supporting (target empty: both sides)"))
U(d, "\"For the two countries, the border through the monastery is twenty kilometres of mountain", "Aghayev said.",
  ("Elnur Aghayev", N, neu, "", "assessment of interests, no judgement, no appeal"))
U(d, "He added that some Georgian activists who had staged a human chain", "under Azerbaijani control.",
  ("Elnur Aghayev", C, neg, "", "judgement ('behaved irresponsibly') of activists = non-canonical party -> target empty"))
U(d, "Dr Nino Tavadze, a professor of international law", "a sensible interim arrangement.",
  ("Nino Tavadze", T, neu, "", "invented scholar; suggests a joint regime as an interim arrangement = a negotiated course"))
# "Foreign partners have followed the process closely." = summary line, no row.
U(d, "The Ministry of Foreign Affairs of Turkey said Ankara hoped", "the trilateral partnership.",
  ("Turkey", T, pos, "", "hope for a settlement between two friends = calling_for_talks"))
U(d, "Toivo Klaar, the European Union Special Representative for the South Caucasus, wrote on Twitter", "calm and constructive.",
  ("European Union", T, pos, "", "welcome joined to an appeal for calm dialogue, no judgement = calling_for_talks (README: rule 2 before rule 3)"))
U(d, "The Embassy of the United States in Tbilisi said it supported", "through dialogue.",
  ("United States", T, pos, "", "support for resolving the question through dialogue = backing a peaceful course, not a side (unsure: could be supporting, target empty)"))
U(d, "Abdullayeva said the Ministry expected the Georgian side to refrain", "the work of the commissions.",
  ("Azerbaijan", T, neu, "Georgia", "appeal to one side to refrain from steps, no judgement word = calling_for_talks"))
U(d, "Georgian Foreign Minister David Zalkaliani, in remarks carried by the Georgian public broadcaster", "must not happen again.",
  ("Georgia", C, neg, "Azerbaijan", "'in remarks carried by' attribution; 'unacceptable' aimed at the April closure by Azerbaijani border guards = condemning"))
