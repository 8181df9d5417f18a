# ------------------------------------------------------------------ Hamdaniya (Qaraqosh) wedding hall fire (live blog, full HTML, 2023-09-27)
d = "page_iraq_hamdaniya_weddingfire2023_liveblog.html"
# Not statements: head, menu, breadcrumb, LIVE badge, headline, standfirst, byline, captions, Key events, time stamps, entry headings,
# lead-ins to embeds ("The UN mission in Iraq posted this evening:", "Prime Minister ... wrote on X:", "US Ambassador Alina Romanowski:"),
# embed credit lines, the 9:40 pm sign-off and 7:45 am opening (narration), ADVERTISEMENT, share bar, tags, comments, Related, Most read, footer.
U(d, "The Interior Ministry said security forces had detained 14 people", "operated the indoor fireworks.",
  ("Iraq", N, neu, "", "own law enforcement reported as done, no judgement in the sentence = neutral (guide: one's own action reported without judgement)"))
U(d, "The ministry said it would announce the findings", "within 72 hours.",
  ("Iraq", N, neu, "", "procedure/plan"))
U(d, "Our hearts go out to the families in #Hamdaniya", "a night of celebration.",
  ("United Nations", S, neg, "", "embedded post of UNAMI (= United Nations); condolences = sympathy with the bereaved (families, not an actor -> target empty), grief tone"))
U(d, "The UN in Iraq stands ready to support the authorities", "in any way needed.",
  ("United Nations", S, pos, "Iraq", "offer of help to the Iraqi authorities = supporting"))
U(d, "The Syriac Catholic Archbishop of Mosul, Benedictus Younan Hano", "responsibility for the deaths.",
  ("Syriac Catholic Church", C, neg, "Iraq", "archbishop speaks for his church; holds officials partly responsible + demands an inquiry: rule 1"))
U(d, "\"We buried children today.", "the archbishop said.",
  ("Syriac Catholic Church", N, neg, "", "quote closed by its speaker ('the archbishop'); grief, no judgement or appeal"))
U(d, "I have ordered that every injured person receive treatment", "at the expense of the state.",
  ("Iraq", S, neu, "", "embedded post of the prime minister; medical aid to the injured = providing aid (victims are not an actor -> target empty) (unsure: a government helping its own citizens could be neutral)"))
U(d, "Anyone whose negligence contributed to this catastrophe", "before the courts.",
  ("Iraq", C, neg, "", "threat of prosecution against those found negligent = threatened response; no actor named -> target empty"))
U(d, "Saudi Arabia's foreign ministry offered its condolences", "solidarity with Iraq.",
  ("Saudi Arabia", S, neg, "Iraq", "condolences + solidarity = supporting; grief tone"))
U(d, "Jordan, Kuwait, Egypt and Turkey also sent messages of condolence to Baghdad.", "Jordan, Kuwait, Egypt and Turkey also sent messages of condolence to Baghdad.",
  ("Jordan", S, neg, "Iraq", "states acting as a list: one row per listed state; condolences = supporting"),
  ("Kuwait", S, neg, "Iraq", "listed state; condolences"),
  ("Egypt", S, neg, "Iraq", "listed state; condolences"),
  ("Turkey", S, neg, "Iraq", "listed state; condolences"))
U(d, "Iran's foreign ministry spokesman Nasser Kanaani expressed condolences", "if Baghdad asked.",
  ("Iran", S, pos, "Iraq", "condolences + offer of medical care = supporting"))
U(d, "The United States mourns with the people of Iraq", "fire in al-Hamdaniya.",
  ("United States", S, neg, "Iraq", "ambassador's post = United States; mourning with Iraqis = solidarity"))
U(d, "We are in touch with Iraqi authorities about how we can help.", "We are in touch with Iraqi authorities about how we can help.",
  ("United States", S, neu, "Iraq", "offer of help = supporting"))
U(d, "The European Union's delegation in Baghdad said its thoughts were with the families", "still searching the site.",
  ("European Union", S, neg, "", "sympathy with families and rescuers = supporting; no actor addressed -> target empty"))
U(d, "Nineveh's civil defence directorate said the fire appeared to have started", "within minutes.",
  ("Iraq", N, neu, "", "provincial directorate = Iraq; cause of the fire given as facts"))
U(d, "The directorate said the hall had not met basic safety requirements", "working fire extinguishers.",
  ("Iraq", C, neg, "", "accusation of safety failures against the hall's operators (not an actor) -> target empty"))
U(d, "Kurdistan Region Prime Minister Masrour Barzani ordered hospitals in Erbil and Duhok", "his office said.",
  ("Kurdistan Regional Government", S, pos, "Iraq", "medical aid and ambulances sent to federal territory = supporting"))
U(d, "He also declared three days of mourning across the Kurdistan Region.", "He also declared three days of mourning across the Kurdistan Region.",
  ("Kurdistan Regional Government", N, neg, "", "'He' = Masrour Barzani; mourning declared = neutral, negative"))
U(d, "The Kurdistan Region Security Council said its forces had arrested the owner", "handed him over to Baghdad.",
  ("Kurdistan Regional Government", S, neu, "Iraq", "the KRG's security council; arrest at Baghdad's request and hand-over = backing by act (unsure: could be neutral narration of an arrest)"))
U(d, "The Interior Ministry issued arrest warrants for the owner of the hall", "a case of criminal negligence.",
  ("Iraq", C, neg, "", "warrants + 'criminal negligence' = judgement on the hall's managers (not actors) -> target empty"))
U(d, "The ministry put the toll at 93 dead and about 100 injured", "more than 100 dead.",
  ("Iraq", N, neu, "", "casualty figures; the unnamed local officials get no row"))
U(d, "President Abdul Latif Rashid said the tragedy had to be investigated in full", "such a loss.",
  ("Iraq", T, neu, "", "appeal for a full investigation and safety enforcement, no judgement (as calls for inquiries elsewhere)"))
U(d, "Prime Minister Mohammed Shia al-Sudani declared three days of national mourning", "his office said.",
  ("Iraq", N, neu, "", "mourning and own measures = neutral"))
U(d, "Rafid Shamoun, 34, a cousin of the bride, told our reporter", "the only open door.",
  ("Rafid Shamoun", N, neg, "", "invented named witness; account of the fire, no judgement"))
U(d, "\"The people who built this place and the people who let it open have killed our families,\" Shamoun said.",
  "\"The people who built this place and the people who let it open have killed our families,\" Shamoun said.",
  ("Rafid Shamoun", C, neg, "", "blames the builders and those who licensed the hall; no canonical actor named -> target empty"))
U(d, "The Iraqi Red Crescent Society said its volunteers were helping families", "Mosul and Hamdaniya.",
  ("Iraqi Red Crescent Society", S, pos, "", "help given to families = supporting; target empty"))
