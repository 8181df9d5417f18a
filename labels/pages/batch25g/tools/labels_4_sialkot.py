# ------------------------------------------------------------------ Sialkot: the lynching of Priyantha Kumara (Pakistani state news agency copy, 2021-12-06)
d = "page_sialkot_priyantha_rajco2021_statemedia.txt"
# Not statements: menu, breadcrumb, headline, posting line, [PHOTO n of 3] captions, ADVERTISEMENT, agency code, RELATED NEWS, tags,
# share bar, subscribe prompt, most read, copyright. Imran Khan is PTI in the name files, but here he speaks as prime minister: Pakistan.
U(d, "Prime Minister Imran Khan on Monday conferred the Tamgha-e-Shujaat", "for a guest of Pakistan.",
  ("Pakistan", N, pos, "", "dateline excluded; honour and praise for a private citizen (not an actor) = neutral, positive (unsure: could be read supporting)"))
U(d, "Speaking at a ceremony at the PM Office, the Prime Minister said", "upon the country.",
  ("Pakistan", C, neg, "", "judgement of the mob's act; no canonical culprit -> target empty"))
U(d, "He said the government would not spare anyone involved", "wherever it occurred.",
  ("Pakistan", C, neg, "", "'He' = the PM; threat of force against the perpetrators = condemning; target empty"))
# "Kumara, 48, the general manager of Rajco Industries ..." = narration of the killing, no row.
U(d, "Inspector General of Police Punjab Rao Sardar Ali Khan told", "within days.",
  ("Pakistan", N, neu, "", "provincial police chief = Pakistan; arrest figures and plan"))
U(d, "The IG said the police had traced the sequence", "mobile phone recordings.",
  ("Pakistan", N, neu, "", "'The IG' = role only; facts of the inquiry"))
U(d, "Punjab Chief Minister Sardar Usman Buzdar, in a statement issued from Lahore", "without delay.",
  ("Pakistan", C, neg, "", "provincial official = Pakistan; culprits to be 'made an example of' = threatened punishment"))
U(d, "Chief of Army Staff General Qamar Javed Bajwa had earlier called", "to book.",
  ("Pakistan", C, neg, "", "army speaks for its state; 'according to the military's media wing'; judgement 'shameful in the extreme'"))
U(d, "The body of the Sri Lankan national was flown to Colombo", "in attendance.",
  ("Pakistan", S, neu, "Sri Lanka", "special flight arranged by the government = backing by act"))
U(d, "Foreign Minister Makhdoom Shah Mahmood Qureshi telephoned", "over the tragic incident.",
  ("Pakistan", S, neg, "Sri Lanka", "condolences to the victim's state = solidarity"))
U(d, "Qureshi assured Peiris that the investigation", "every possible assistance.",
  ("Pakistan", N, pos, "", "reassurance about own conduct = neutral, positive"))
U(d, "The Sri Lankan Foreign Minister, for his part, appreciated", "Foreign Office in Islamabad.",
  ("Sri Lanka", S, pos, "Pakistan", "Sri Lanka's position reported by Pakistan's Foreign Office ('according to a press release'); praise of Pakistan's action"))
U(d, "The Sri Lankan High Commission in Islamabad said", "of the investigation.",
  ("Sri Lanka", N, neu, "", "contact and information, no evaluation"))
U(d, "Sri Lankan Prime Minister Mahinda Rajapaksa had said on Saturday", "posted on social media.",
  ("Sri Lanka", S, pos, "Pakistan", "confidence in Pakistan's prime minister = backing (unsure: could be read as a hope, calling_for_talks)"))
U(d, "In Colombo, Leader of the House Dinesh Gunawardena told Parliament", "in the strongest terms.",
  ("Sri Lanka", C, neg, "", "condemnation of the murder; culprits unnamed -> target empty"))
# "Members of the opposition in the Sri Lankan Parliament urged ..." = unnamed members of no named party: no row.
U(d, "Sri Lankan cabinet minister Bandula Gunawardena was quoted", "between the two countries.",
  ("Sri Lanka", N, neg, "", "'was quoted ... as saying'; concern for ties without an appeal or a threat = neutral, negative"))
U(d, "Chairman of the Council of Islamic Ideology Dr Qibla Ayaz said", "in Friday sermons.",
  ("Pakistan", C, neg, "", "constitutional advisory body = Pakistan; judgement of accusers (a 'grave sin') + appeal: rule 1; target empty"))
U(d, "The Prime Minister's Special Representative on Religious Harmony", "family of the victim.",
  ("Pakistan", N, pos, "", "an official speaks for Pakistan; backing of its own government = self-praise, neutral, positive"))
U(d, "The Tehreek-e-Labbaik Pakistan, whose slogans were heard", "had been present.",
  ("Tehreek-e-Labbaik Pakistan", N, neg, "", "denial of any link = neutral, negative"))
U(d, "The European Union's ambassador to Pakistan, Androulla Kaminara, said", "under the law.",
  ("European Union", T, neg, "Pakistan", "horror (no judgement of an actor) + welcome of arrests + hope for accountability: welcome joined to an appeal/hope, rule 2 -> calling_for_talks"))
U(d, "Amnesty International said the killing showed how easily", "fuel such violence.",
  ("Amnesty International", C, neg, "Pakistan", "judgement of Pakistan's blasphemy laws + demand to repeal them (rule 1)"))
U(d, "Ministry of Human Rights officials said the government had no plans", "false accusations.",
  ("Pakistan", N, neu, "", "unnamed officials of a named ministry; plans, no evaluation"))
U(d, "Dr Ayesha Noor, who teaches sociology at a university in Lahore, said", "in the higher courts.",
  ("Ayesha Noor", S, neu, "Pakistan", "invented scholar; 'welcome' of the state's response with a caveat = supporting (unsure: the caveat could make it neutral)"))
U(d, "\"Every time, the arrests are swift", "she said.",
  ("Ayesha Noor", C, neg, "Pakistan", "judgement of the justice system's record without a stock word"))
U(d, "Usman Riaz, a supervisor at a neighbouring sports goods unit, said", "filming on their phones.",
  ("Usman Riaz", N, neg, "", "invented named witness; account"))
U(d, "\"Some of us tried to talk them down", "he said.",
  ("Usman Riaz", N, neg, "", "witness account"))
# "Traders in Sialkot have so far collected ..." = narration, no actor.
