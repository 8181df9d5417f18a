# ------------------------------------------------------------------ Turkey takes the S-400; the US removes it from the F-35 programme (Anadolu-style state media, 2019-07-18)
d = "page_turkey_s400_statemedia.txt"
U(d, "Turkey on Thursday strongly criticized a US decision", "trust between allies.",
  ("Turkey", C, neg, "United States", "dateline 'ANKARA' is its own line; lead carrying the position: 'unfair', 'harmful' = judgement"))
U(d, "The White House and the Pentagon announced late Wednesday", "impossible.",
  ("United States", C, neg, "Turkey", "removal from the programme announced = a measure against Turkey (condemning, a taken response); narrated in the lead's second paragraph but a specific act attributed to the US"))
U(d, "In a written statement, the Turkish Foreign Ministry said the US assertion", "no technical basis whatsoever.\"",
  ("Turkey", N, neg, "", "rebuttal of the US claim = denial (neutral, negative); 'the US assertion' is an object, not the speaker"))
U(d, "\"Ankara offered a joint working group, with NATO at the table", "the statement said.",
  ("Turkey", C, neg, "United States", "multi-sentence quote closed by 'the statement said' = one unit; accusation of prejudgement (Washington = metonym)"))
U(d, "The ministry urged the US administration to reconsider", "through dialogue.",
  ("Turkey", T, neu, "United States", "'the ministry' = the Foreign Ministry by context; appeal to reconsider + dialogue, no judgement word"))
U(d, "\"The delivery of S-400 materials continues.", "sharing images of the unloading.",
  ("Turkey", N, neu, "", "quote opened at the start of the paragraph and closed by the Defense Ministry with a tail; facts"))
U(d, "The ministry said the components would be assembled", "becomes operational.",
  ("Turkey", N, neu, "", "'the ministry' = the Defense Ministry this time (context: previous paragraph); plans"))
U(d, "Speaking to reporters on Sunday after a ceremony marking the third anniversary", "by April 2020.",
  ("Turkey", N, neu, "", "delivery timetable; FETO is named in a relative clause about the 2016 coup attempt, no new position on it"))
U(d, "\"We bought these systems to protect our own skies", "Erdogan said.",
  ("Turkey", N, neu, "", "justification of its own purchase, no judgement of another actor (wording of real coverage avoided)"))
U(d, "He added that he had discussed the issue face to face", "impose sanctions.",
  ("Turkey", N, neu, "", "'He' = Erdogan; account of his talks + expectation; Osaka = place"))
U(d, "Defense Minister Hulusi Akar said Turkish companies had delivered every part", "all partner nations.",
  ("Turkey", N, neg, "", "self-praise + warning of costs, no judgement word and no appeal = neutral, negative (unsure: could be read as an implicit criticism of the US)"))
U(d, "Ismail Demir, head of the Turkish Presidency of Defense Industries", "Turkey's progress.",
  ("Turkey", N, pos, "", "state agency head; self-confidence = neutral, positive"))
U(d, "Presidential spokesman Ibrahim Kalin said Ankara's offer of a technical working group", "take it up.",
  ("Turkey", T, neu, "United States", "standing offer of talks + appeal to Washington"))
U(d, "Communications Director Fahrettin Altun wrote on Twitter", "miscalculated.",
  ("Turkey", C, neg, "United States", "veiled threat to 'those who tried to punish Turkey' = the US by context (unsure: no actor named)"))
U(d, "AK Party spokesman Omer Celik told a news conference in Ankara", "keep talking.",
  ("Turkey", T, pos, "", "ruling-party spokesman = Turkey (guide table); call on both allies to keep talking -> target empty"))
U(d, "Foreign Minister Mevlut Cavusoglu said on Monday that Turkey would respond in kind", "(CAATSA).",
  ("Turkey", C, neg, "United States", "conditional threat of retaliation"))
U(d, "White House Press Secretary Stephanie Grisham said in a statement on Wednesday", "removed from the program.",
  ("United States", C, neg, "Turkey", "justification + removal = the measure stated by its speaker (condemning, a taken response)"))
U(d, "Grisham said Washington still valued its defense ties with Ankara", "its NATO ally.",
  ("United States", S, pos, "Turkey", "backing of the ally right after the measure (contrast)"))
U(d, "At a Pentagon briefing, Under Secretary of Defense Ellen Lord said Turkish personnel", "by March 2020.",
  ("United States", N, neu, "", "wind-down procedure and dates"))
U(d, "Lord said Turkish firms currently made more than 900 parts", "life of the program.",
  ("United States", N, neu, "", "surname only; figures"))
U(d, "David Trachtenberg, the deputy under secretary for policy, told the same briefing", "Russian one.",
  ("United States", N, neu, "", "a past offer recalled, no judgement (unsure: implies Turkey's choice was avoidable)"))
U(d, "President Trump, speaking at a Cabinet meeting on Tuesday, blamed the previous administration", "little choice.",
  ("United States", C, neg, "", "blame aimed at the former Obama administration (his own country's predecessor: not a separate canonical actor, target empty); Ankara = metonym"))
U(d, "Trump also said he had a good relationship with Erdogan", "valued partner for Washington.",
  ("United States", S, pos, "Turkey", "praise of the partner = supporting"))
U(d, "In a joint statement on Tuesday, the Republican and Democratic leaders of the Senate", "without delay.",
  ("United States", C, neg, "Turkey", "senators speak for the US (guide: Senator Ben Cardin); a call for sanctions = condemning (labels/README)"))
U(d, "In Moscow, Kremlin spokesman Dmitry Peskov told reporters", "agreed timetable.",
  ("Russia", N, neu, "", "contract on schedule; Moscow = place"))
U(d, "Sergey Chemezov, chief executive of the state-owned Rostec corporation", "showed interest.",
  ("Russia", S, pos, "Turkey", "head of a state-owned corporation speaking of 'Russia' supplying jets = offer of equipment (supporting); resolved to Russia (unsure: Rostec could be its own actor)"))
U(d, "A NATO official, speaking on condition of anonymity, said the alliance was concerned", "allied forces.",
  ("NATO", N, neg, "", "unnamed official of a named body; concern without an appeal = neutral, negative"))
U(d, "The official stressed, however, that Turkey's contributions to NATO", "highly valued ally.",
  ("NATO", S, pos, "Turkey", "'The official' = the same NATO official; praise of the ally = supporting"))
U(d, "In a separate development, the Turkish Foreign Ministry on Monday rejected measures", "Turkish Cypriots.",
  ("Turkey", C, neg, "European Union", "rejection of the EU measures in protest = condemning"))
U(d, "The ministry said the EU had allowed itself to become a tool", "on the Cyprus issue.",
  ("Turkey", C, neg, "European Union", "accusation of partiality; 'the Greek Cypriot administration' is only mentioned"))
