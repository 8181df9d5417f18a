# ------------------------------------------------------------------ Yangtse (Tawang) clash between Indian and Chinese troops (scraped Indian daily, 2022-12-13/14)
d = "page_yangtse_clash_indiandaily.txt"
U(d, "The Army said in a statement on Monday that troops of the two sides had clashed", "pulled back from the spot.",
  ("India", N, neu, "", "the Indian Army = India; facts (clash, minor injuries, both pulled back), no blame; the lead before it is the reporter's narration and the repeated headline/subheading are furniture"))
U(d, "Defence Minister Rajnath Singh told the Lok Sabha on Tuesday that PLA troops had tried", "held their ground.",
  ("India", C, neg, "China", "accusation: tried to force their way across the LAC and shift the ground situation; PLA = China"))
U(d, "There were injuries on both sides in the scuffle", "he said.",
  ("India", N, neu, "", "'he' = Singh; casualty facts"))
U(d, "He said the two sides' local commanders had met at a border meeting point", "standing arrangements provide.",
  ("India", T, neu, "China", "talks held with the other side through the agreed mechanism = calling_for_talks (unsure: could be read as a neutral procedure)"))
U(d, "Reading out the same statement in the Rajya Sabha, Singh said the matter had also been raised with Beijing:", "keep the border quiet.",
  ("India", T, neg, "China", "quotation opened after a colon, left open and continued in the next paragraph; demand to one side to stop and keep the border calm with no judgement word in the sentence = calling_for_talks, negative (labels/README)"))
U(d, "\"Our soldiers know every inch of that ground and they will defend it.", "he said.",
  ("India", N, pos, "", "quotation continued over the paragraph break; own defensive resolve with no actor named + expectation of unity at home = neutral, positive (unsure: could be read as a warning to China)"))
U(d, "In Beijing, Senior Colonel Long Shaohua, a spokesperson for the PLA's Western Theatre Command", "its own side of the LAC.",
  ("China", C, neg, "India", "Western Theatre Command = China; crossing 'without authorisation' to stop a patrol = accusation; Beijing = place"))
U(d, "Long said the Chinese troops had handled the situation firmly", "frontline soldiers.",
  ("China", T, neg, "India", "surname only; self-praise + demand that India keep a tighter grip on its troops, no judgement word in the sentence = calling_for_talks, negative (unsure: the demand presumes fault)"))
U(d, "Foreign Ministry spokesperson Wang Wenbin told a regular briefing", "remained in contact.",
  ("China", N, neu, "", "facts about the situation and contacts, no appeal, no judgement"))
U(d, "He said Beijing hoped New Delhi would work with it", "border areas peaceful.",
  ("China", T, pos, "India", "'He' = Wang; hope for peace with the one party addressed = calling_for_talks; capitals = metonyms"))
U(d, "Home Minister Amit Shah told reporters outside Parliament", "was in office.",
  ("India", N, pos, "", "minister = India; boast about the government's own resolve, no actor named = neutral, positive"))
U(d, "He accused the Congress of creating an uproar in the House", "from the Chinese embassy.",
  ("India", C, neg, "Indian National Congress", "'He' = Shah; accusation of the opposition party; a minister speaks for the state (guide), although he speaks here as a BJP leader (unsure: could be Bharatiya Janata Party)"))
U(d, "Arunachal Pradesh Chief Minister Pema Khandu, whose assembly seat covers Yangtse", "done last week.",
  ("India", C, neg, "", "provincial official resolves to his state (labels/README); threat to any intruder = condemning; nobody named -> target empty"))
U(d, "Members of the Congress, the Trinamool Congress, the Left parties and the DMK walked out", "the minister's statement.",
  ("Indian National Congress", C, neg, "India", "walkout in protest = refusing a format in protest (condemning); the government = India; one row per named party; 'the Left parties' are not one named actor (no row); crosshead 'Opposition cries foul' is not a statement"),
  ("All India Trinamool Congress", C, neg, "India", "same walkout"),
  ("Dravida Munnetra Kazhagam", C, neg, "India", "same walkout; DMK = Dravida Munnetra Kazhagam"),
  ("India", N, neu, "", "the Rajya Sabha chairman (the Vice President) refusing clarifications = a procedural decision of a state body, no position on another actor = neutral (unsure: could be read as narrative of the protest)"))
U(d, "Congress president Mallikarjun Kharge, the Leader of the Opposition in the Upper House, accused", "since April 2020.",
  ("Indian National Congress", C, neg, "India", "Kharge = Congress (name files); accusation of the government"))
U(d, "\"Every Indian stands with our jawans at the border, and so does the Congress,\"", "Kharge said.",
  ("Indian National Congress", S, pos, "India", "support for the soldiers (the Indian Army = India) = supporting"))
U(d, "Jairam Ramesh, the party's general secretary in charge of communications", "broke in the media.",
  ("Indian National Congress", C, neg, "India", "'the party' = Congress by context; accusation of keeping Parliament in the dark"))
U(d, "AIMIM chief Asaduddin Owaisi asked why MPs had to learn", "emboldened Beijing.",
  ("All India Majlis-e-Ittehadul Muslimeen", C, neg, "India", "accusation put as a question + judgement of the government's silence"))
U(d, "White House press secretary Karine Jean-Pierre said the United States was pleased", "they already have.",
  ("United States", T, pos, "", "welcome + appeal to settle through talks: rule 2 before rule 3 = calling_for_talks; both sides addressed -> target empty; crosshead 'Washington reacts' is not a statement"))
U(d, "Pentagon press secretary Pat Ryder said China was continuing to mass troops", "allies and partners.",
  ("United States", C, neg, "China", "accusation of a pattern of pushing against US partners = judgement"))
U(d, "He added that the United States remained fully committed to its partnership with India.", "partnership with India.",
  ("United States", S, pos, "India", "'He' = Ryder; backing of India"))
