DOC = "page_guinea_alioubah_sentence2025_ngopage.txt"
GN = "Guinea"
W = "West African Civic Space Observatory"
AB = "Aliou Bah"
J1 = "We, the undersigned organisations, are alarmed by the conviction of Aliou Bah and by the steady narrowing of the space for dissent in Guinea since public demonstrations were banned in May 2022."
J2 = "We call on the transitional authorities to open a genuine dialogue with political parties and civil society on a timetable for the return to constitutional order."
OG = "Guinean Organisation for the Defence of Human Rights"
SC = "Sahel and Coast Lawyers for Democracy"
ROWS = [
 ("The West African Civic Space Observatory (WACSO) condemns the two-year prison sentence handed down on 7 January 2025 by the Kaloum court of first instance in Conakry against Aliou Bah, president of the Liberal Democratic Movement (MoDeL), for \"offending the Head of State\".",
  W, "condemning", "negative", GN, "the page's own NGO (new actor); the court is a state organ -> target Guinea; Kaloum/Conakry are places"),
 ("At his trial, the prosecution accused him of having insulted General Mamadi Doumbouya in speeches to party supporters in which he criticised the record of the National Committee for Reconciliation and Development (CNRD) and asked the country's imams and priests to speak up about the state of the nation.",
  GN, "condemning", "negative", AB, "the prosecution = the state; accusation against Bah; Doumbouya and the CNRD are objects here"),
 ("\"Aliou Bah is in prison for what he said, not for anything he did.",
  W, "condemning", "negative", GN, "three-sentence quote closed by the director's attribution: one row per sentence; judgement of the jailing"),
 ("Questioning the record of a transitional government is not a crime; it is what citizens are expected to do while they wait for the elections they were promised.",
  W, "condemning", "negative", GN, "same quote; rejects the charge and recalls the broken promise = judgement"),
 ("Every day he spends in the Conakry central prison is a day of punishment for an opinion,\" said Kadiatou Sampil-Condé, WACSO's Executive Director.",
  W, "condemning", "negative", GN, "director speaks for WACSO (invented person, alias)"),
 ("WACSO calls on the Guinean authorities to release Mr Bah immediately and unconditionally, and to drop the proceedings brought against other political figures for their public statements.",
  W, "calling_for_talks", "negative", GN, "demand for release with no judgement word in the sentence (batch convention; unsure: condemning if read with the release's opening)"),
 ("WACSO also stands in solidarity with Mr Bah's family and with MoDeL activists, several of whom have told our team that they now avoid sleeping at home.",
  W, "supporting", "positive", AB, "solidarity with the detainee's family and party"),
 ("Our legal assistance fund has agreed to cover part of the costs of Mr Bah's appeal.",
  W, "supporting", "positive", AB, "backing by act (money for the appeal); 'Our' = WACSO"),
 (J1, W, "neutral", "negative", "", "joint statement, one row per signatory; alarm with no appeal = neutral, negative"),
 (J1, OG, "neutral", "negative", "", "joint statement signatory"),
 (J1, SC, "neutral", "negative", "", "joint statement signatory (invented organisation)"),
 (J2, W, "calling_for_talks", "neutral", GN, "appeal for dialogue"),
 (J2, OG, "calling_for_talks", "neutral", GN, "joint statement signatory"),
 (J2, SC, "calling_for_talks", "neutral", GN, "joint statement signatory"),
 ("Antoine Pépé Lama, one of Mr Bah's lawyers, told reporters outside the Kaloum court that the defence had lodged an appeal the same afternoon.",
  AB, "neutral", "neutral", "", "lawyer speaking for his client = Aliou Bah (batch convention); the section label 'Mr Bah's defence.' is furniture"),
 ("He called the judgment \"a verdict that was written before the hearing opened\".",
  AB, "condemning", "negative", GN, "judgement of the court's verdict"),
 ("Government spokesman Ousmane Gaoual Diallo said on national television that the case was a matter for the courts alone.",
  GN, "neutral", "neutral", "", "spokesman = the state; deflection"),
 ("\"Freedom of expression has never included the right to insult the institutions of the Republic and the man who embodies them,\" he said.",
  GN, "condemning", "negative", AB, "implies Bah insulted the head of state = accusation"),
 ("He rejected any suggestion that opponents were being singled out, saying that several supporters of the transition had also been prosecuted for their remarks.",
  GN, "neutral", "negative", "", "denial = neutral, negative"),
 ("In a statement signed by its national bureau, Mr Bah's party described the sentence as \"a political verdict in judicial dress\" and said its activities would continue.",
  "Liberal Democratic Movement", "condemning", "negative", GN, "new actor (party, alias MoDeL); 'Mr Bah's party' resolves to it"),
 ("The Forces Vives de Guinée, a coalition of political parties and civil society groups, said the conviction confirmed that the CNRD intended to stay in power and renewed its call for people to stay at home in protest in Conakry.",
  "Forces Vives de Guinée", "condemning", "negative", GN, "accusation + protest call; the CNRD (junta) = Guinea"),
 ("From abroad, Cellou Dalein Diallo, leader of the Union of Democratic Forces of Guinea (UFDG), said the junta was \"locking up its critics one by one while the transition clock stands still\".",
  "Union of Democratic Forces of Guinea", "condemning", "negative", GN, "party leader = UFDG; the junta = Guinea"),
 ("Amnesty International described Mr Bah as a prisoner of conscience held solely for the peaceful exercise of his freedom of expression.",
  "Amnesty International", "condemning", "negative", GN, "'prisoner of conscience' = judgement of the detention"),
 ("The US State Department, which had already said it was concerned that the 31 December deadline had passed, urged the Guinean government to publish a dated calendar for the referendum and the elections and to allow every political current to take part.",
  "United States", "calling_for_talks", "neutral", GN, "concern + appeal for an inclusive process, no judgement"),
]
