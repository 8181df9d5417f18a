# ------------------------------------------------------------------ Houthi drone and missile attack on Abu Dhabi (live blog as full HTML, 2022-01-17/18)
d = "page_abudhabi_houthi_liveblog.html"
U(d, "Israeli Prime Minister Naftali Bennett offered the United Arab Emirates security and intelligence support", "Mohammed bin Zayed.",
  ("Israel", S, pos, "United Arab Emirates", "offer of security and intelligence support = backing by act (offer); entry heading above is not a statement"))
U(d, "He said Israeli security agencies had been instructed", "further attacks.",
  ("Israel", S, pos, "United Arab Emirates", "'He' = Bennett; assistance ordered = backing by act"))
U(d, "Houthi health officials said 14 people had been killed", "members of his family.",
  ("Houthis", N, neg, "", "officials of a named body speak for it (guide); casualty figures without blame in the sentence = neutral"))
U(d, "The Saudi-led coalition said it had begun air strikes on Houthi camps", "Saudi state television reported.",
  ("Saudi Arabia", C, neg, "Houthis", "operation announced as a response to the attack = a taken response against another side (condemning), not a bare report of a strike; coalition = Saudi Arabia (convention); state TV is the channel"))
U(d, "US National Security Adviser Jake Sullivan said Washington condemned", "faced consequences.",
  ("United States", C, neg, "Houthis", "condemnation + pledge that the Houthis face consequences; Washington = United States"))
U(d, "Secretary of State Antony Blinken spoke by phone with his Emirati counterpart", "the State Department said.",
  ("United States", S, pos, "United Arab Emirates", "solidarity conveyed in a call = supporting; attribution tail 'the State Department said'; Sheikh Abdullah bin Zayed is only addressed (no row)"))
U(d, "UN Secretary-General Antonio Guterres condemns the Houthi-claimed strikes", "in response to questions in New York.",
  ("United Nations", C, neg, "Houthis", "condemnation of attacks claimed by the Houthis -> target Houthis (as batch5c's claimed attacks)"))
U(d, "He urged every side to hold back", "no conditions attached.",
  ("United Nations", T, neu, "", "appeal for restraint and talks to every side; He = Guterres"))
U(d, "Saudi Arabia's foreign ministry said the kingdom stood with the UAE", "security and stability.",
  ("Saudi Arabia", S, pos, "United Arab Emirates", "backing of the UAE's measures = supporting"))
U(d, "It described the attack as a cowardly act of terrorism", "civilian sites.",
  ("Saudi Arabia", C, neg, "Houthis", "'It' = the Saudi foreign ministry; judgement of the claimed attack"))
U(d, "Bahrain, Egypt, Jordan and Kuwait issued statements condemning the attack", "with the UAE.",
  ("Bahrain", C, neg, "Houthis", "list of four without Oxford comma; condemnation + solidarity in one sentence: rule 1"),
  ("Egypt", C, neg, "Houthis", "same list"),
  ("Jordan", C, neg, "Houthis", "same list"),
  ("Kuwait", C, neg, "Houthis", "same list"))
U(d, "Gulf Cooperation Council Secretary-General Nayef Falah Al Hajraf said the attack", "at risk.",
  ("Gulf Cooperation Council", C, neg, "Houthis", "judgement without stock words ('dangerous escalation ... security of the whole region at risk')"))
U(d, "Pakistan's foreign office condemned the attack", "government and people.",
  ("Pakistan", C, neg, "Houthis", "condemnation + solidarity: rule 1; Islamabad = Pakistan"))
U(d, "The Indian embassy in Abu Dhabi said it was in touch", "who died.",
  ("India", N, neu, "", "consular contact = procedure, neutral; Abu Dhabi = place"))
U(d, "French Foreign Minister Jean-Yves Le Drian said France condemned the attack", "at risk.",
  ("France", C, neg, "Houthis", "condemnation of the claimed attack"))
U(d, "The UAE foreign ministry said the Houthis would not escape punishment", "would respond.",
  ("United Arab Emirates", C, neg, "Houthis", "threat of a response = condemning (guide)"))
U(d, "Anwar Gargash, diplomatic adviser to the UAE president, wrote on Twitter", "ruin to Yemen.",
  ("United Arab Emirates", C, neg, "Houthis", "'cowardly acts of a militia' = judgement; Gargash = UAE (name files)"))
U(d, "Yahya Saree, the Houthis' military spokesman, said the group had fired", "the Musaffah refinery.",
  ("Houthis", N, neu, "", "own strike claimed, no judgement in the sentence = neutral (guide)"))
U(d, "He warned that the UAE would remain unsafe", "against Yemen.",
  ("Houthis", C, neg, "United Arab Emirates", "threat (guide) + 'escalation against Yemen' accusation; 'He' = Saree"))
U(d, "Mohammed Abdulsalam, the Houthis' spokesman and chief negotiator, said in a statement", "against Yemen again.",
  ("Houthis", C, neg, "United Arab Emirates", "justification blaming the UAE, with a quote opened after a colon in the same sentence; Abu Dhabi = UAE (metonym)"))
U(d, "It has been warned many times, and it will carry the consequences", "he said.",
  ("Houthis", C, neg, "United Arab Emirates", "quote continued over a paragraph break, closed by 'he said' = Abdulsalam; threat"))
U(d, "Abu Dhabi police said a fire had set off explosions", "Abu Dhabi International Airport.",
  ("United Arab Emirates", N, neu, "", "police = a state body reporting facts = neutral row for the UAE; ADNOC is a place here"))
U(d, "Debris from what investigators believed were small drones", "police said.",
  ("United Arab Emirates", N, neu, "", "investigation findings = neutral"))
U(d, "Two Indian nationals and a Pakistani were killed", "according to the police.",
  ("United Arab Emirates", N, neu, "", "casualty figures = neutral"))
