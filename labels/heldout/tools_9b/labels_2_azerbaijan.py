# ------------------------------------------------------------------ Gunman attacks Azerbaijan's embassy in Tehran (Anadolu-style state media, 2023-01-27)
d = "page_azerbaijan_embassy_tehran_statemedia.txt"
U(d, "Azerbaijan said on Friday it would evacuate its embassy in Tehran", "wounding two guards.",
  ("Azerbaijan", N, neg, "", "own measure (evacuation) + the attack described, no judgement in the sentence; the dateline 'BAKU / ANKARA' is its own line"))
U(d, "The gunman forced his way past the guard post", "Orkhan Asgarov.",
  ("Azerbaijan", N, neu, "", "ministry's account of the attack and the victim's name = facts"))
U(d, "The two wounded guards, who overpowered the attacker", "the ministry added.",
  ("Azerbaijan", N, neu, "", "'the ministry' by context; condition of the wounded = facts"))
U(d, "In a second statement later in the day, the ministry said Iranian authorities", "in recent months.",
  ("Azerbaijan", C, neg, "Iran", "holds the Iranian side responsible + accuses it of an anti-Azerbaijani campaign"))
U(d, "President Ilham Aliyev condemned what he called a terrorist act", "the perpetrator punished.",
  ("Azerbaijan", C, neg, "", "condemnation + demand for an investigation (rule 1); the attacker is no canonical actor and Iran is not named -> target empty"))
U(d, "\"Those who raise a weapon against a diplomatic mission must answer for it in full,\" Aliyev wrote", "Asgarov's family.",
  ("Azerbaijan", C, neg, "", "quotation closed by its speaker; demand that the attacker answer for it = judgement; condolences in the same unit (rule 1)"))
U(d, "Foreign Ministry spokesman Aykhan Hajizada told Turkish broadcaster TRT Haber", "security of the mission.",
  ("Azerbaijan", C, neg, "Iran", "rejects Tehran's account and 'held Tehran responsible' (metonym) = judgement; TRT Haber is an outlet, no row"))
U(d, "Embassy staff and their families would leave Iran in the coming days, he said.", "Embassy staff and their families would leave Iran in the coming days, he said.",
  ("Azerbaijan", N, neu, "", "'he' = Hajizada; plan of the evacuation, no protest stated"))
U(d, "Hajizada's message to Tehran was blunt:", "not a family matter.\"",
  ("Azerbaijan", C, neg, "Iran", "quotation opened after a colon; the speaker only as a possessive ('Hajizada's message'); rebuts Tehran's 'family' explanation and implies Iran failed to guard the embassy = judgement"))
U(d, "Iranian Foreign Ministry spokesman Nasser Kanaani condemned the attack", "being questioned.",
  ("Iran", C, neg, "", "condemns the attack on the embassy (no perpetrator actor) + sympathy to Baku + arrest reported (rule 1)"))
U(d, "Tehran police chief Hossein Rahimi said the man", "Iranian state television reported.",
  ("Iran", N, neu, "", "police chief = state agency -> Iran; the suspect's stated motive = facts; state television only relays (no row)"))
U(d, "Iran's President Ebrahim Raisi ordered a full investigation", "said on Twitter.",
  ("Iran", N, neu, "", "own procedure ordered at home, reported by his aide; not a demand on another party (neutral)"))
U(d, "Foreign Minister Hossein Amir-Abdollahian spoke by phone", "a readout from Tehran.",
  ("Iran", T, neu, "Azerbaijan", "offer to examine the case jointly with Baku = offer of cooperation/talks; Bayramov only addressed (no row)"))
U(d, "After visiting the wounded guards in hospital, Amir-Abdollahian insisted", "anger over his wife.",
  ("Iran", N, neg, "", "surname only; denies an organised/terrorist plot = denial of Baku's characterisation (neutral, negative)"))
U(d, "Türkiye's Foreign Ministry condemned the armed attack in the strongest terms", "brought to justice swiftly.",
  ("Turkey", C, neg, "", "Türkiye = Turkey (name files); condemnation + call for justice, no perpetrator actor -> target empty"))
U(d, "Türkiye, whose own diplomats have been targeted in the past", "the ministry said.",
  ("Turkey", S, pos, "Azerbaijan", "solidarity with the Azerbaijani people (demonym -> Azerbaijan)"))
U(d, "Vice President Fuat Oktay also condemned the attack in a message on Twitter.", "Vice President Fuat Oktay also condemned the attack in a message on Twitter.",
  ("Turkey", C, neg, "", "condemnation of the attack, target empty"))
U(d, "\"Azerbaijan's grief is our grief", "he wrote.",
  ("Turkey", S, pos, "Azerbaijan", "'he' = Oktay; quotation of solidarity"))
U(d, "Parliament Speaker Mustafa Sentop telephoned", "the Turkish parliament said.",
  ("Turkey", S, pos, "Azerbaijan", "condolences by a phone call = solidarity by act; Gafarova only addressed"))
U(d, "The Secretary-General of the Organization of Turkic States, Kubanychbek Omuraliev", "to justice.",
  ("Organization of Turkic States", C, neg, "", "head of a body speaks for it; 'denounced' + urges Iran to investigate (rule 1); target empty (the attacker)"))
U(d, "In Washington, the US State Department condemned the attack", "on its soil safe.",
  ("United States", C, neg, "", "condemnation + backing of the demand for an inquiry + Iran's duty recalled (rule 1); Washington = place; target empty because the judgement is on the attack (unsure: the duty reminder points at Iran)"))
U(d, "Russian Foreign Ministry spokeswoman Maria Zakharova said Moscow had learned", "stopped the gunman.",
  ("Russia", S, pos, "Azerbaijan", "dismay + condolences + tribute to the guards = solidarity (supporting); Moscow = metonym"))
U(d, "Ukraine's Foreign Ministry spokesman Oleg Nikolenko said Kyiv condemned", "in the strongest terms.",
  ("Ukraine", C, neg, "", "Kyiv = metonym; condemnation, target empty"))
U(d, "Israel's Foreign Ministry spokesman Lior Haiat said Israel mourned with Azerbaijan", "a full recovery.",
  ("Israel", S, pos, "Azerbaijan", "condolence and good wishes = solidarity"))
U(d, "Sweden, Kuwait and Montenegro also condemned the attack in separate statements", "unacceptable.",
  ("Sweden", C, neg, "", "list of three states, one row each; Sweden also quoted ('unacceptable')"),
  ("Kuwait", C, neg, "", "same list"),
  ("Montenegro", C, neg, "", "same list"))
# No rows: "According to Iranian media ..." (media relaying a fact); "Relations between Baku and Tehran have been tense
# ..." (vague background: "Iran wary of ..." is no specific position); the Related link and the AA footer.
