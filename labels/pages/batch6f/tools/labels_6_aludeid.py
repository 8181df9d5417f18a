# ------------------------------------------------------------------ Iranian missile strike on Al Udeid, Qatar (full HTML, Doha English-language daily, 2025-06-23)
d = "page_al_udeid_webpage.html"
U(d, "Qatar on Monday condemned an Iranian missile attack on Al Udeid Air Base", "over the capital.",
  ("Qatar", C, neg, "Iran", "lead: condemnation; interception reported in the same sentence"))
U(d, "Foreign ministry spokesman Dr. Majed Al-Ansari said Doha kept the right", "international law.",
  ("Qatar", C, neg, "Iran", "reserved right to respond in kind = threat + 'brazen aggression'; Doha = metonym"))
U(d, "He said the base had been evacuated beforehand", "killed or injured.",
  ("Qatar", N, neu, "", "precaution and casualty facts"))
U(d, "Shayeq Al-Hajri, deputy chief of joint operations", "in two waves.",
  ("Qatar", N, neu, "", "armed forces officer = Qatar; figures"))
U(d, "All but one were intercepted, and the remaining missile fell inside the base perimeter", "he said.",
  ("Qatar", N, neu, "", "figures, continued by 'he said'"))
U(d, "The interior ministry said the situation was under control", "no reason to worry.",
  ("Qatar", N, pos, "", "'The interior ministry' = Qatar's by context; reassurance"))
U(d, "Doha wanted every party back at the negotiating table", "he said.",
  ("Qatar", T, neu, "", "appeal for negotiations and restraint to all parties; the preceding 'conciliatory note' sentence is the reporter's, no row"))
U(d, "Iran's Islamic Revolutionary Guard Corps said in a statement read on state television", "Annunciation of Victory.",
  ("Iran", N, neu, "", "IRGC = Iran (name files); own strike reported as done"))
U(d, "The Guards warned that any further attack on Iran's territory", "even greater force.",
  ("Iran", C, neg, "United States", "threat; the attacker meant is the US (the section's 'message to Washington') (unsure: target implicit)"))
U(d, "Iran's Supreme National Security Council said the number of missiles fired matched", "on Sunday.",
  ("Iran", N, neu, "", "explanation of its own strike by a count; the US strikes only mentioned"))
U(d, "The council said the base lay far from residential areas", "warm and historic ties.",
  ("Iran", N, pos, "", "reassurance about its own conduct toward Qatar = neutral, positive (unsure: the friendly words could be read as supporting Qatar)"))
U(d, "US President Donald Trump played the attack down in a post on Truth Social", "had been harmed.",
  ("United States", N, neu, "", "dismissive assessment of the attack's effect, no judgement of Iran's conduct and no appeal"))
U(d, "He thanked Iran for what he said was early notice of the strike", "any loss of life.",
  ("United States", S, pos, "Iran", "thanks = approval of an act of the other side (unsure: an unusual, possibly ironic gesture)"))
U(d, "Trump said he hoped Iran could now move towards peace and harmony", "to do the same.",
  ("United States", T, pos, "", "hope for peace addressed to Iran and Israel = calling_for_talks; two parties, target empty"))
U(d, "Gulf Cooperation Council Secretary-General Jasem Mohamed Albudaiwi said the attack on Qatar", "between Israel and Iran.",
  ("Gulf Cooperation Council", C, neg, "Iran", "'a direct threat to every member state' + reproach of the timing = judgement without stock words"))
U(d, "He urged the international community and the UN Security Council to act", "back to dialogue.",
  ("Gulf Cooperation Council", T, neg, "", "appeal to stop the escalation and return to dialogue; the UN is only addressed"))
U(d, "Saudi Arabia's foreign ministry said nothing could excuse the attack", "called unacceptable.",
  ("Saudi Arabia", C, neg, "Iran", "'unacceptable', 'nothing could excuse' = judgement"))
U(d, "The United Arab Emirates, Kuwait and Oman also condemned the strike", "separate statements.",
  ("United Arab Emirates", C, neg, "Iran", "list of three condemners"),
  ("Kuwait", C, neg, "Iran", "same list"),
  ("Oman", C, neg, "Iran", "same list"))
U(d, "King Hamad bin Isa Al Khalifa of Bahrain told the Emir", "Bahrain News Agency said.",
  ("Bahrain", S, pos, "Qatar", "offer to back Qatar's measures with all its resources = backing by offer; the Emir is only addressed; BNA is an agency, not an actor"))
U(d, "Kuwait's defence ministry denied reports on social media", "also been targeted.",
  ("Kuwait", N, neu, "", "denial of a rumour about its own territory = neutral"))
U(d, "Arab League Secretary-General Ahmed Aboul Gheit declared his full solidarity with Qatar.", "Arab League Secretary-General Ahmed Aboul Gheit declared his full solidarity with Qatar.",
  ("Arab League", S, pos, "Qatar", "solidarity"))
U(d, "\"Our hope remains that this confrontation is brought under control", "he said.",
  ("Arab League", T, pos, "", "hope that the fighting is contained = calling_for_talks"))
U(d, "Qatar, which hosts the forward headquarters of US Central Command at Al Udeid", "earlier on Monday.",
  ("Qatar", N, neu, "", "a specific act of Qatar (airspace closure) reported as done, no evaluation"))
