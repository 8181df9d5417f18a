# ------------------------------------------------------------------ Pulwama attack on a CRPF convoy, 14-16 Feb 2019 (scraped Indian daily, plain text, 2019-02-16)
d = "page_pulwama_attack_indiandaily.txt"
U(d, "The Pakistan-based Jaish-e-Mohammed (JeM) claimed the attack within hours", "joined the group last year.",
  ("Jaish-e-Mohammed", N, neu, "", "the group's own claim of its attack, with the bomber's name = neutral (as batch5c's JNIM claim); 'Pakistan-based' is a place, not Pakistan speaking"))
U(d, "The CRPF said 78 vehicles carrying more than 2,500 personnel", "wounding several others.",
  ("India", N, neu, "", "the CRPF (a federal force) resolves to India; figures"))
U(d, "On Thursday night the Ministry of External Affairs said the JeM had been able to grow", "working from its soil.",
  ("India", C, neg, "Pakistan", "accusation that the group grew 'under Islamabad's protection' (metonym) + demand to shut the groups down (rule 1)"))
U(d, "After a meeting of the Cabinet Committee on Security on Friday morning, Finance Minister Arun Jaitley announced", "to Pakistan in 1996.",
  ("India", C, neg, "Pakistan", "trade measure taken against another side (MFN status withdrawn) = condemning (guide: measures)"))
U(d, "On Saturday, Jaitley wrote on Twitter that the basic customs duty", "with immediate effect.",
  ("India", C, neg, "Pakistan", "surname only; punitive duty on another state's goods = a measure (condemning); social-media register"))
U(d, "Speaking at a function in Jhansi on Friday, Prime Minister Narendra Modi said:", "an easy target.",
  ("India", C, neg, "Pakistan", "quotation opened after a colon and left open; threat to those behind the attack and 'the neighbour that sheltered them' = Pakistan by context"))
U(d, "\"Our soldiers will choose how and when to respond", "he said.",
  ("India", C, neg, "", "quotation continued over the paragraph break, closed by 'he said' (= Modi); announced retaliation = threat; nobody named in this unit -> target empty"))
U(d, "Foreign Secretary Vijay Gokhale summoned Pakistan's High Commissioner Sohail Mahmood", "its leaders.",
  ("India", C, neg, "Pakistan", "summoning an envoy + strong protest = a measure in protest; the possessive 'Pakistan's High Commissioner' is not a speaker"))
U(d, "India's High Commissioner in Islamabad, Ajay Bisaria, has been called to New Delhi for consultations", "the ministry said.",
  ("India", N, neu, "", "recall for consultations with no protest stated in the sentence = neutral (labels/README: withdrawal with no protest stated; unsure); 'the ministry' = MEA by context"))
U(d, "Jammu and Kashmir Governor Satya Pal Malik admitted on Friday", "on the highway.",
  ("India", N, neg, "", "provincial official resolves to his state (labels/README); admission of an own lapse = neutral, negative"))
U(d, "Congress president Rahul Gandhi said the opposition stood with the government", "divide the country.",
  ("Indian National Congress", S, pos, "India", "opposition party (name files: Rahul Gandhi = Indian National Congress) backing the government and forces"))
U(d, "In Islamabad, the Foreign Office said Pakistan was troubled by the bloodshed", "allegations as baseless.",
  ("Pakistan", N, neg, "", "concern + denial of any part in the attack = neutral, negative (guide: denial); Islamabad = place"))
U(d, "On Saturday, Foreign Minister Shah Mahmood Qureshi said in Multan", "election campaign.",
  ("Pakistan", C, neg, "India", "counter-accusation (blame for electoral gain) = judgement without strong words; New Delhi = metonym; contrast with the Foreign Office's bare denial"))
U(d, "The White House said in a statement that Islamabad had to stop sheltering", "do so at once.",
  ("United States", C, neg, "Pakistan", "demand that presupposes an accusation (sheltering and supporting militants) = judgement (rule 1)"))
U(d, "National Security Advisor Ajit Doval received a call on Friday from his US counterpart John Bolton", "officials said.",
  ("United States", S, pos, "India", "Bolton's assurance of backing, reported by Indian officials = the US position (guide: X reported by Y is X's); Doval only receives the call"))
U(d, "In Beijing, Chinese foreign ministry spokesman Geng Shuang said China was shocked", "condemned it.",
  ("China", C, neg, "Jaish-e-Mohammed", "condemnation of the attack; target = the group that claimed it (as batch5c); Beijing = place"))
U(d, "He would not say whether Beijing would lift its hold on listing JeM chief Masood Azhar", "rules and procedures.",
  ("China", N, neu, "", "'He' = Geng; declines to answer, cites procedure = neutral"))
U(d, "Geng said China hoped the countries of the region would work together", "South Asia calm.",
  ("China", T, neu, "", "hope for calm and cooperation among the region's states = calling_for_talks; addressed to several -> target empty"))
U(d, "UN Secretary-General Antonio Guterres condemned the bombing", "his spokesman said.",
  ("United Nations", C, neg, "Jaish-e-Mohammed", "condemnation + justice for those responsible (rule 1); attribution tail via the spokesman; target = the claimant"))
U(d, "France, which had backed earlier moves at the UN to blacklist Azhar", "fight against terrorism.",
  ("France", C, neg, "Jaish-e-Mohammed", "condemnation + solidarity with India: rule 1 decides; the relative clause is background"))
U(d, "Russian President Vladimir Putin sent a message of condolence", "the Kremlin said.",
  ("Russia", S, neg, "India", "condolences = solidarity = supporting; the Kremlin's attribution tail"))
U(d, "Afghanistan, Bangladesh and Sri Lanka also sent condolences", "families of the dead.",
  ("Afghanistan", S, neg, "India", "list of three states: condolences = supporting, one row each"),
  ("Bangladesh", S, neg, "India", "same list"),
  ("Sri Lanka", S, neg, "India", "same list"))
