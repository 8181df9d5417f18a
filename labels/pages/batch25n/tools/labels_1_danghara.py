# ------------------------------------------------------------------ Danghara attack on foreign cyclists, Tajikistan (wire copy, 2018-07-31)
d = "page_tajikistan_danghara_cyclists_wire.txt"
# Not statements: brand, menu, breadcrumb, UPDATE headline (carries Tajikistan's charge: headline, no row), byline, read time,
# time stamp, the three bullets, ADVERTISEMENT, crossheads ('SETTLING SCORES', 'WASHINGTON, THE HAGUE, BERN', 'CONVENIENT' VERSION),
# reporting credits, Our Standards, Related Coverage, tags, Most Read, copyright.
U(d, "Tajikistan's Interior Ministry on Tuesday blamed the outlawed Islamic Renaissance Party", "over the bodies of foreign visitors.",
  ("Tajikistan", C, neg, "Islamic Renaissance Party of Tajikistan", "dateline excluded; lede: the ministry blames the banned party = accusation"),
  ("Islamic Renaissance Party of Tajikistan", C, neg, "Tajikistan", "same lede: the exiled leadership's dismissal carries a judgement ('settling old scores over the bodies') = condemning, not a bare denial"))
# "The seven riders, from the United States, ..." = narration, states named as nationalities only, no row.
# "Americans Jay Austin and Lauren Geoghegan, ..." = casualty narration from no named source, no row.
U(d, "Islamic State claimed the attack on Monday through its Amaq news agency", "swearing loyalty to the group's leader.",
  ("Islamic State", N, neu, "", "a claim of one's own attack reported as done, no judgement = neutral (guide: own strike reported as done)"))
U(d, "In its statement on Tuesday, the ministry said the group had been led by Hussein Abdusamadov", "ideological and military training.",
  ("Tajikistan", C, neg, "Islamic Renaissance Party of Tajikistan", "reported clause 'X said Y had ...': only the ministry takes a position (the suspect's confession is not an actor's); calling him an active member of the banned party = accusation; Iran only a place here"))
U(d, "Police shot dead four suspects on Sunday and Monday", "the ministry said.",
  ("Tajikistan", N, neu, "", "figures and own police action given by the ministry (attribution tail) = neutral"))
U(d, "Ministry spokesman Umarjon Emomali told CPW by telephone", "who stood behind the cell.",
  ("Tajikistan", C, neg, "Islamic Renaissance Party of Tajikistan", "spokesman by role; 'no doubt' about who stood behind it = the accusation restated (the party is the antecedent)"))
U(d, "\"The people who sent these men will be found, at home or abroad,\" Emomali said.", "Emomali said.",
  ("Tajikistan", C, neg, "", "surname only; threat against those behind the attack, no canonical side named in the unit -> target empty"))
U(d, "\"No country should imagine it can shelter them for long.", "passed the names to our partners.\"",
  ("Tajikistan", C, neg, "", "speaker carried across a paragraph break (Emomali); veiled warning to states sheltering exiles = threat"))
U(d, "President Emomali Rahmon, whose home region includes Danghara, wrote to the leaders", "his press office said.",
  ("Tajikistan", S, neg, "", "sorrow expressed to three governments = solidarity (supporting), grief in tone; three states -> target empty (unsure: condolences could be neutral)"))
# "Rahmon has ruled the former Soviet republic since 1992, ..." = background narration naming actors, no row.
U(d, "Muhiddin Kabiri, the party's leader, who lives in exile in Europe, said by telephone", "a crime against guests of the Tajik people.",
  ("Islamic Renaissance Party of Tajikistan", C, neg, "", "denial + condemnation of the killing: the judgement decides (rule 1); the attackers are not a canonical actor -> target empty"))
U(d, "\"The government is using the blood of these tourists", "Kabiri said.",
  ("Islamic Renaissance Party of Tajikistan", C, neg, "Tajikistan", "surname only; judgement of the government without a stock word"))
U(d, "According to a statement from the party's political council", "any contact with the opposition.",
  ("Islamic Renaissance Party of Tajikistan", C, neg, "Tajikistan", "second-hand attribution 'according to a statement from'; imputes a motive to the government = judgement"))
U(d, "In Tehran, foreign ministry spokesman Bahram Qassemi was quoted by the semi-official Fars news agency", "was groundless.",
  ("Iran", N, neg, "", "'was quoted as saying' (passive attribution); bare denial = neutral, negative tone; Tehran = place"))
U(d, "Qassemi also called the naming of Iran in the Tajik statement hasty", "Fars reported.",
  ("Iran", C, neg, "Tajikistan", "'hasty' = judgement without a stock word on the Tajik statement; the demand for an explanation goes with it; Fars = outlet, not an actor"))
U(d, "The U.S. Embassy in Dushanbe said on Monday it regarded the crash as deliberate", "track the suspects down within hours.",
  ("United States", C, neg, "", "denounces the killings + commends Tajik police: a welcome joined to a judgement -> the judgement decides (rule 1); the attackers are not canonical -> target empty"))
U(d, "Washington has offered to help the Tajik investigation", "if Dushanbe asked for them.",
  ("United States", S, neu, "Tajikistan", "spokeswoman first by role, quote-first attribution; offer of investigators = backing by act (supporting)"))
U(d, "Nauert said the department was studying the ministry's statement", "who was behind the attack.",
  ("United States", N, neu, "", "surname only; procedure + refusal to speculate, no judgement = neutral"))
U(d, "Dutch Foreign Minister Stef Blok wrote on Twitter", "the family of the man who died.",
  ("Netherlands", N, neg, "", "shock without an appeal or judgement = neutral, negative (concern without appeal)"))
U(d, "The Dutch foreign ministry said a consular team had reached Dushanbe", "as soon as doctors allowed.",
  ("Netherlands", N, neu, "", "ministry given by its state's adjective; consular steps for its own citizen = neutral"))
U(d, "Swiss officials said they had sent a consular officer", "in close contact with Tajik authorities.",
  ("Switzerland", N, neu, "", "'Swiss officials' = officials of a named government speak for it; consular facts = neutral"))
U(d, "Swiss Foreign Minister Ignazio Cassis said the killing of people", "the country was known for.",
  ("Switzerland", C, neg, "", "judgement without a stock word ('a betrayal of the hospitality') on the killing; attackers not canonical -> target empty"))
U(d, "France's foreign ministry, whose citizen escaped unharmed, said Paris hoped", "spokeswoman Agnes von der Muhll told reporters.",
  ("France", T, neu, "Tajikistan", "hope for a swift, open investigation = appeal for a due course, like calls for an inquiry in earlier batches (unsure: could be neutral)"))
U(d, "Britain's Foreign Office updated its travel advice on Monday", "why the group had been targeted.",
  ("United Kingdom", N, neu, "", "travel advice + 'too early to say why' = facts and procedure"))
U(d, "In Moscow, foreign ministry spokeswoman Maria Zakharova said Russia was ready to share information", "between the two allies.",
  ("Russia", S, neu, "Tajikistan", "offer of security cooperation to Dushanbe = backing by act/offer"))
U(d, "The OSCE office in Dushanbe said in a brief statement that it was shocked", "each summer.",
  ("OSCE", N, neg, "", "shock, no appeal and no judgement of an actor = neutral, negative"))
U(d, "Human Rights Watch urged Dushanbe to let the evidence lead the inquiry", "opposition relatives.",
  ("Human Rights Watch", T, neg, "Tajikistan", "appeal addressed to one side with no explicit judgement word = calling_for_talks, negative (it implies a charge, unsure)"))
U(d, "Katrin Vogel, who follows Central Asian security at the Berlin-based Eurasia Risk Forum", "did not sit easily together.",
  ("Katrin Vogel", N, neu, "", "invented analyst; assessment of two accounts, no judgement"))
U(d, "\"Blaming the party is convenient for a government that banned it three years ago", "Vogel said.",
  ("Katrin Vogel", C, neg, "Tajikistan", "'convenient' + 'nothing ties its leaders' = judgement of the government's charge without a stock word"))
U(d, "Khurshed Rahmatov, a political scientist in Dushanbe, said the authorities had been right to act fast", "worked hard to build.",
  ("Khurshed Rahmatov", S, pos, "Tajikistan", "invented scholar; approval of the authorities' speed = supporting"))
# "The Pamir Highway and the roads of the south draw ..." = narration; tour operators unnamed, no row.
