# ------------------------------------------------------------------ Iran admits shooting down flight PS752 (social-media-heavy story with embedded posts, 2020-01-11)
d = "page_ps752_shootdown_social.txt"
U(d, "Iran's armed forces acknowledged on Saturday", "three days of denials.",
  ("Iran", N, neg, "", "admission of its own act + toll = neutral, negative tone; 'after three days of denials' is the outlet's narration"))
U(d, "In a statement read on state television, the General Staff said", "hostile target.",
  ("Iran", N, neg, "", "General Staff = Iran; state television is the outlet, not an actor; own account of the error"))
U(d, "Our armed forces' internal review has found", "Ukrainian airliner.",
  ("Iran", N, neg, "", "text of an embedded post (Rouhani), introduced by 'wrote on Twitter:'; own finding = neutral"))
U(d, "Those responsible will be prosecuted, and my thoughts are with every grieving family.", "Those responsible will be prosecuted, and my thoughts are with every grieving family.",
  ("Iran", N, neg, "", "same post: own measures + condolences, no judgement of another actor = neutral"))
U(d, "We offer our deepest apologies to the families of the victims", "its citizens.",
  ("Iran", N, neg, "", "embedded post (Zarif): apology = neutral, grief in tone"))
U(d, "This tragedy unfolded in an atmosphere of crisis created by American recklessness.", "This tragedy unfolded in an atmosphere of crisis created by American recklessness.",
  ("Iran", C, neg, "United States", "same post: blame put on US 'recklessness' = condemning"))
U(d, "Brigadier General Amir Ali Hajizadeh, commander of the Revolutionary Guards' aerospace force", "his superiors.",
  ("Iran", N, neg, "", "IRGC commander (in actors.csv as Iran); takes responsibility and gives an account = neutral"))
U(d, "Tehran now has to bring the guilty to trial", "diplomatic channels.",
  ("Ukraine", T, neg, "Iran", "embedded post (Zelensky): list of demands addressed to Iran with no judgement word = calling_for_talks, negative (labels/README: a demand to one side); Tehran = metonym"))
U(d, "We expect the investigation to proceed without stalling", "see everything.",
  ("Ukraine", T, neg, "Iran", "same post: demand for an unobstructed investigation = calling_for_talks"))
U(d, "Prime Minister Justin Trudeau told reporters in Ottawa", "experts involved.",
  ("Canada", T, neg, "Iran", "'important step but far from enough' + demand for a credible investigation: no judgement word = calling_for_talks; Ottawa = place"))
U(d, "Three days of denials were an insult to grieving families", "around the world.",
  ("Canada", C, neg, "Iran", "embedded post (Champagne, introduced by 'was blunter:'): explicit judgement of Iran's denials; the lead-in itself gets no row"))
U(d, "The Iranians demonstrating tonight for the truth deserve the world's attention", "full support.",
  ("United States", S, pos, "", "embedded post (Trump): support for the protesters; protesters are not a canonical actor, target empty"))
