# ------------------------------------------------------------------ Brussels bombings, reactions (scraped UK round-up page, plain text, 2016-03-23)
d = "page_brussels_bombings_roundup.txt"
U(d, "The country's crisis centre put the toll at 31 dead", "critical condition.",
  ("Belgium", N, neu, "", "Belgian crisis centre ('the country's', by context) gives figures = neutral, neutral tone"))
U(d, "Prime Minister Charles Michel, pale and speaking slowly", "recent history.",
  ("Belgium", C, neg, "Islamic State", "Michel here is Belgium's PM (not the EU's later Council president: name-file alias not used); judgement of the attackers; target = the group the page says claimed the attack (as batch5c)"))
U(d, "The government raised the terror alert to its highest level", "Michel said.",
  ("Belgium", N, neg, "", "own measures reported with an attribution tail = neutral (mourning gives the tone)"))
U(d, "Interior Minister Jan Jambon said the security services had expected", "where it would come.",
  ("Belgium", N, neg, "", "account of its own services' conduct, a defence = neutral (labels/README: reassurance about own conduct)"))
U(d, "The federal prosecutor, Frederic Van Leeuw, said on Wednesday", "in the metro.",
  ("Belgium", N, neu, "", "state prosecutor resolves to Belgium; identification of the bombers = facts"))
U(d, "The Islamic State group claimed responsibility through its Amaq agency", "coalition against it.",
  ("Islamic State", N, neg, "", "own attack claimed, with its reason; Amaq is not an actor; claiming an own act with no new judgement = neutral (as batch5c's IS claim; unsure)"))
U(d, "It warned that the countries of the alliance should expect worse days to come.", "worse days to come.",
  ("Islamic State", C, neg, "", "'It' = the group; threat = condemning; aimed at the coalition states (several) -> target empty"))
U(d, "French President Francois Hollande, after an emergency meeting of ministers", "were not alone.",
  ("France", S, pos, "Belgium", "solidarity with 'its neighbour' = supporting (guide); the Elysee is a place here"))
U(d, "Prime Minister Manuel Valls said 1,600 extra police officers", "railway stations.",
  ("France", N, neu, "", "own security measure reported as done, aimed at no one = neutral; possessive 'France's borders' is a place"))
U(d, "British Prime Minister David Cameron, who chaired a meeting", "intelligence services.",
  ("United Kingdom", S, pos, "Belgium", "offer of assistance = supporting"))
U(d, "Barack Obama, in Havana on the second day of his historic visit", "would be found.",
  ("United States", C, neg, "Islamic State", "'an attack on travellers and commuters that struck at every free nation' + promise to find those responsible: judgement (rule 1); Havana = place; target the claimant (as batch5c)"))
U(d, "Secretary of State John Kerry will fly to Brussels on Friday", "the State Department said.",
  ("United States", S, pos, "Belgium", "backing by act (a visit + help with the investigation) with an attribution tail = supporting"))
U(d, "European Commission President Jean-Claude Juncker said the bombers had struck", "spreading fear.",
  ("European Union", C, neg, "Islamic State", "two EU speakers in one sentence = one row for the EU; judgement of the bombers"))
U(d, "She said Europe was grieving, and that the answer could not be walls alone", "across the region.",
  ("European Union", T, neg, "", "'She' = Mogherini (previous sentence: tears, a scene, no row); grief + a call for dialogue and cooperation, no judgement = calling_for_talks (unsure: the dialogue is about counter-terrorism)"))
U(d, "NATO Secretary General Jens Stoltenberg said the alliance stood beside Belgium", "choose to live.",
  ("NATO", S, pos, "Belgium", "solidarity = supporting"))
U(d, "The prime ministers of the Netherlands, Luxembourg and Spain sent their condolences", "of the blasts.",
  ("Netherlands", S, neg, "Belgium", "list of three: condolences = solidarity = supporting (brief, guide); 'Michel' = Belgium's PM; tone of grief"),
  ("Luxembourg", S, neg, "Belgium", "same list"),
  ("Spain", S, neg, "Belgium", "same list"))
U(d, "Turkish Prime Minister Ahmet Davutoglu offered his condolences", "shared their pain.",
  ("Turkey", S, neg, "Belgium", "condolences + shared grief = supporting; Ankara and Istanbul are places"))
U(d, "But on Wednesday President Recep Tayyip Erdogan said at a news conference in Ankara:", "what he was.",
  ("Turkey", N, neg, "", "quotation opened after a colon and left open (continues in the next paragraph); own act reported (the deportation with a warning) = neutral; the accusation comes next"))
U(d, "\"The Belgians were told. They let him walk free", "he said.",
  ("Turkey", C, neg, "Belgium", "quotation continued over the paragraph break, closed by 'he said' (= Erdogan); accusation of negligence"))
U(d, "An official in Erdogan's office later named the man", "not to Belgium.",
  ("Turkey", N, neu, "", "possessive 'Erdogan's office': an unnamed official of a named body = Turkey; facts (a correction)"))
U(d, "Justice Minister Koen Geens said late on Wednesday that no message from Ankara", "armed robbery.",
  ("Belgium", N, neg, "", "denial of Turkey's accusation = neutral, negative (guide); Ankara = metonym of the accuser, not a target"))
U(d, "Foreign Minister Didier Reynders thanked the dozens of governments", "weeks ahead.",
  ("Belgium", S, pos, "", "thanks = approval of many helpers -> target empty"))
U(d, "Kremlin spokesman Dmitry Peskov said President Vladimir Putin had sent a telegram", "King Philippe.",
  ("Russia", S, neg, "Belgium", "condolence message reported by the spokesman = Russia's solidarity (supporting); King Philippe = Belgium as addressee"))
U(d, "Foreign Minister Sergei Lavrov said the bombings showed the price of the double standards", "against terrorism.",
  ("Russia", C, neg, "", "judgement of Europe's 'double standards' (Europe, not the EU as a body -> target empty; unsure)"))
