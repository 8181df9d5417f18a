# ------------------------------------------------------------------ Niger-Benin border and pipeline row (scraped West African daily, 2024-06-15)
d = "page_niger_benin_pipeline_scraped.txt"
CNPC = "China National Petroleum Corporation"
U(d, "Niger has shut down the pipeline that carries its crude", "had been barred.",
  ("Niger", C, neg, "Benin", "shutdown as a measure against Benin with the grievance stated (inspectors barred); Niamey = metonym"))
U(d, "At the Koulélé pumping station near the Agadem oilfield", "to the Atlantic.",
  ("Niger", N, neu, "", "the same act narrated (padlocking watched by the minister), no judgement = neutral"))
U(d, "\"We are not going to stand by and see our crude loaded", "remarks broadcast on state television.",
  ("Niger", C, neg, "Benin", "two-sentence quote closed by its speaker; implied accusation that the crude is loaded out of sight (unsure: implicit)"))
U(d, "Barké Bako said the valve would stay shut until", "every loading at Sèmè.",
  ("Niger", C, neg, "Benin", "condition for lifting a measure = ultimatum"))
U(d, "The shutdown is the latest blow in a row", "closed its border.",
  ("Benin", C, neg, "Niger", "long sentence with narration: a specific act (sanctions applied, border closed) against Niger"),
  ("ECOWAS", C, neg, "Niger", "sanctions imposed = condemning ('the regional bloc')"))
U(d, "President Patrice Talon said in early May that no ship", "treat it as a threat.",
  ("Benin", C, neg, "Niger", "blockade announced as a response + judgement without stock words"))
U(d, "Prime Minister Ali Mahaman Lamine Zeine told a news conference", "trained to attack Niger.",
  ("Niger", C, neg, "Benin", "breach of agreements + accusation of hosting terrorist bases; mid-sentence 'he said'"))
U(d, "Government spokesman Wilfried Léandre Houngbédji dismissed the claim", "nothing to hide.",
  ("Benin", N, neg, "", "denial (neutral, negative tone); spokesman with no state word in the sentence"))
U(d, "Houngbédji later said Benin had closed the river crossing", "from capsizing.",
  ("Benin", N, neu, "", "own measure justified by safety and by avoiding accusations, no judgement of Niger = neutral (unsure)"))
U(d, "Ambassador Peng Jingtao, after meeting Talon in Cotonou, said Beijing hoped", "all three countries.",
  ("China", T, pos, "", "hope for a negotiated settlement; 'China stepped in.' before it is vague narrative; Beijing = metonym"))
U(d, "Under a $400 million deal signed in April, China National Petroleum Corp agreed", "under the sanctions.",
  (CNPC, S, pos, "Niger", "backing by act: money advanced against future sales (state company as its own actor)"))
U(d, "Benin announced on national television on June 5 that it was lifting", "give dialogue a chance.",
  ("Benin", T, pos, "", "lifting a blockade as a gesture towards dialogue (unsure: could be neutral); the passive arrest sentence after it has no actor"))
U(d, "Elonm Mario Metonou, the special prosecutor at CRIET", "made for the occasion.",
  ("Benin", C, neg, "Niger", "state prosecutor = Benin; accusation that the junta sent agents"))
U(d, "In a statement read on state television on Sunday, Niger's junta accused Cotonou", "immediate and unconditional release.",
  ("Niger", C, neg, "Benin", "the junta = Niger; 'hostage', 'traps' + demand; Cotonou = metonym"))
U(d, "The statement said the five had flown in on a scheduled flight", "rejected the prosecutor's account.",
  ("Niger", N, neg, "", "denial of the prosecutor's account = neutral, negative"))
U(d, "Niger's justice minister had told a news conference in Niamey on June 6", "the regional business-law body.",
  ("Niger", N, neu, "", "legal procedure announced (arbitration) without judgement in the sentence (unsure: could be condemning as a response)"))
U(d, "Benin's Foreign Minister Olushegun Adjadi Bakari said on Wednesday", "handle the case independently.",
  ("Benin", N, neu, "", "restraint and reassurance about its own courts, no appeal and no judgement = neutral"))
U(d, "WAPCO said in a short statement that it remained committed", "resume pumping.",
  ("West African Oil Pipeline Company", N, pos, "", "operator's own commitment and plans = neutral (company as its own actor)"))
U(d, "The ECOWAS Commission urged the two neighbours", "cost of their quarrel.",
  ("ECOWAS", T, neg, "", "appeal to both sides; traders, the onion wholesaler and the unnamed economist that follow are not actors"))
