# ------------------------------------------------------------------ India's revocation of Article 370 and Pakistan's response (scraped Pakistani news page, 2019-08-08)
d = "page_kashmir_article370_regional.txt"
U(d, "Pakistan expelled India's high commissioner and suspended bilateral trade", "special constitutional status.",
  ("Pakistan", C, neg, "India", "lead after the 'ISLAMABAD:' dateline; expulsion + trade suspension in protest"))
U(d, "The decisions were taken at a meeting of the National Security Committee", "the committee said in a statement.",
  ("Pakistan", N, neu, "", "procedure; the committee = Pakistan"))
U(d, "The committee said the matter would be taken to the United Nations", "including the Security Council.",
  ("Pakistan", T, neu, "", "taking the dispute to the UN = pursuing a diplomatic course (README: pursuing a UN resolution is calling_for_talks; unsure: it is also a protest step)"))
U(d, "Pakistan will mark August 15, India's independence day, as a black day", "it said.",
  ("Pakistan", C, neg, "India", "protest observance against India"))
U(d, "Foreign Minister Shah Mehmood Qureshi told a joint sitting of parliament", "would be sent home.",
  ("Pakistan", C, neg, "India", "envoy withheld + Indian envoy expelled"))
U(d, "\u201cIndia has torn up the Simla Agreement", "Qureshi said.",
  ("Pakistan", C, neg, "India", "multi-sentence quote closed by its speaker; accusation"))
U(d, "A day earlier, Khan told lawmakers that the move exposed", "every forum in the world.",
  ("Pakistan", C, neg, "India", "judgement of India's move ('supremacist agenda' of the ruling party, target India as the state that acted)"))
U(d, "Army chief General Qamar Javed Bajwa told a conference of corps commanders", "in their struggle.",
  ("Pakistan", S, pos, "", "the army speaks for its state; solidarity with the people of Kashmir (no canonical actor) -> target empty"))
U(d, "On Thursday, Railways Minister Sheikh Rashid Ahmed said the Samjhauta Express", "with immediate effect.",
  ("Pakistan", C, neg, "India", "suspending the cross-border train = measure against India in the row"))
U(d, "Firdous Ashiq Awan, the prime minister's special assistant on information", "Pakistani cinemas.",
  ("Pakistan", C, neg, "India", "ban on Indian films = measure"))
U(d, "At the weekly briefing, Foreign Office spokesman Dr Mohammad Faisal said", "recognises as disputed.",
  ("Pakistan", C, neg, "India", "'did not want war' + 'would never accept India's attempt': the rejection of India's act decides (rule 1)"))
U(d, "In New Delhi, India's foreign ministry said it regretted", "think again about them.",
  ("India", C, neg, "Pakistan", "'regretted' + 'unilateral' = judgement, with an appeal to reconsider: rule 1; Islamabad = Pakistan"))
U(d, "The ministry said the changes in Jammu and Kashmir were entirely an internal matter", "of the constitution.",
  ("India", N, neu, "", "justification of its own decision, no judgement of another actor"))
U(d, "Prime Minister Narendra Modi, in an address to the nation", "step by step.",
  ("India", N, pos, "", "reassurance about own conduct = neutral, positive"))
U(d, "India's main opposition party was sharply critical.", "India's main opposition party was sharply critical.",
  ("Indian National Congress", C, neg, "India", "body named only by context ('main opposition party' = Congress, named in the next unit); criticism of its own government"))
U(d, "Rahul Gandhi, who resigned as Congress president in July", "abuse of executive power.",
  ("Indian National Congress", C, neg, "India", "Rahul Gandhi speaks for Congress (name files)"))
U(d, "Former chief minister Mehbooba Mufti, taken into custody on Monday", "people of Kashmir.",
  ("Jammu and Kashmir Peoples Democratic Party", C, neg, "India", "PDP president; accusation of a broken promise"))
U(d, "In Beijing, Chinese foreign ministry spokeswoman Hua Chunying said on Tuesday", "direct rule.",
  ("China", C, neg, "India", "refusal ever to recognise India's decision on Ladakh = rejection of another actor's act"))
U(d, "She said both India and Pakistan should show restraint", "problems through.",
  ("China", T, neu, "", "appeal to both -> target empty"))
U(d, "UN spokesman Stephane Dujarric said Secretary-General Antonio Guterres was following", "maximum restraint.",
  ("United Nations", T, neg, "", "concern + appeal to all parties"))
U(d, "Dujarric pointed to the Simla Agreement", "settlement over Kashmir.",
  ("United Nations", T, neu, "", "surname only; recalls the commitment to a peaceful settlement = appeal"))
U(d, "Washington said it was watching closely and urged both neighbours", "Line of Control.",
  ("United States", T, neu, "", "Washington = US; appeal to both"))
U(d, "A State Department official said New Delhi had not consulted Washington", "before the announcement.",
  ("United States", N, neu, "", "fact about prior consultation, no evaluation"))
U(d, "The UAE's ambassador in New Delhi, Ahmed Al Banna", "internal matter for India.",
  ("United Arab Emirates", S, neu, "India", "endorses India's position that the change is internal = backing (unsure: could be read as neutral non-interference)"))
U(d, "The Organisation of Islamic Cooperation's contact group on Kashmir", "asked New Delhi to reverse it.",
  ("Organisation of Islamic Cooperation", C, neg, "India", "violation of UNSC resolutions = judgement + demand; Jeddah = place"))
U(d, "Turkish President Recep Tayyip Erdogan assured Khan", "the Prime Minister's Office said.",
  ("Turkey", S, pos, "Pakistan", "backing of Pakistan reported by Pakistan's PM Office (Pakistan takes no position in this unit)"))
