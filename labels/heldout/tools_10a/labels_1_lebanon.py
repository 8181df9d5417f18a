# ------------------------------------------------------------------ Israel-Hezbollah ceasefire takes effect (live blog, full HTML, 2024-11-27)
d = "page_lebanon_ceasefire_liveblog.html"
U(d, "“Our fighters will keep watch until the last soldier", "Al-Manar television.",
  ("Hezbollah", N, neg, "", "'the group' = Hezbollah by the entry; monitoring the withdrawal, no judgement or threat in this sentence ('the enemy' sets the tone only)"))
U(d, "“They stand ready to answer any violation", "with force.”",
  ("Hezbollah", C, neg, "Israel", "quotation continued after the attribution (own unit, same speaker); conditional threat of force = condemning"))
U(d, "Britain said it would go on training and equipping", "from Hezbollah.",
  ("United Kingdom", S, pos, "Lebanon", "backing by act (training and equipment for the Lebanese army = Lebanon); Hezbollah only mentioned"))
U(d, "Foreign Secretary David Lammy said the ceasefire should open the way", "go home for good.",
  ("United Kingdom", T, pos, "", "hope for a durable settlement for both sides = calling_for_talks"))
U(d, "Speaking in Lisbon, UN Secretary-General Antonio Guterres", "side of the bargain.",
  ("United Nations", T, pos, "", "welcome + appeal to both parties, no judgement: rule 2 before rule 3; Lisbon = place"))
U(d, "He said Unifil, the UN peacekeeping force in the south,", "border area.",
  ("United Nations", S, pos, "Lebanon", "'He' = Guterres; Unifil offering help to the Lebanese army = offered assistance (supporting); the army = Lebanon"))
U(d, "In a separate statement, the UN special coordinator for Lebanon", "must not be repeated.",
  ("United Nations", T, neg, "", "special coordinator introduced by role; warning against selective implementation, aimed at both sides, no actor named = appeal with negative tone"))
U(d, "Esmaeil Baghaei, the Iranian foreign ministry's spokesman,", "aggression against Lebanon.",
  ("Iran", C, neg, "Israel", "welcome of the halt + 'aggression' = explicit judgement: rule 1 (condemning); 'the Israeli regime' = Israel; Tehran = metonym"))
U(d, "He said Iran would go on standing by Lebanon's government", "for Hezbollah.",
  ("Iran", S, pos, "", "backing of Lebanon's state and of Hezbollah ('the resistance'); several actors -> target empty"))
U(d, "Lebanon's caretaker prime minister, Najib Mikati, told a cabinet session", "to the south.",
  ("Lebanon", N, neu, "", "own measure (more troops south); Beirut = place"))
U(d, "He called on Israel to respect the agreement", "within the agreed period.",
  ("Lebanon", T, neu, "Israel", "'He' = Mikati; demand addressed to one side to respect the truce and withdraw, no judgement word = calling_for_talks (labels/README)"))
U(d, "Mikati also thanked Washington and Paris", "made the deal possible.",
  ("Lebanon", S, pos, "", "thanks = approval; Washington and Paris = metonyms for two actors -> target empty"))
U(d, "The Lebanese army said units drawn from across the country", "Bint Jbeil and Marjayoun.",
  ("Lebanon", N, neu, "", "a national army speaks for its state; own deployment reported, no evaluation"))
U(d, "Hassan Fadlallah, a Hezbollah member of parliament,", "a success.",
  ("Hezbollah", S, pos, "Lebanon", "Hezbollah MP (name files) introduced by role; cooperation with the state's deployment = backing of Lebanon's action (unsure: could be read as calling_for_talks, a commitment to the truce's terms)"))
U(d, "He rejected claims that fighters were dug in", "where they were born.",
  ("Hezbollah", N, neg, "", "denial = neutral, negative tone"))
U(d, "Saudi Arabia's foreign ministry welcomed the ceasefire", "withdrawal of Israeli forces.",
  ("Saudi Arabia", T, pos, "", "welcome + hope that the deal leads to full implementation and withdrawal, no judgement: rule 2 (calling_for_talks)"))
U(d, "Egypt, Jordan, and Qatar also welcomed the agreement", "Lebanese civilians.",
  ("Egypt", S, pos, "", "list with Oxford comma: one row per state; bare welcome with no appeal = supporting; the agreement of two parties -> target empty"),
  ("Jordan", S, pos, "", "same list"),
  ("Qatar", S, pos, "", "same list"),
  ("Turkey", C, neg, "Israel", "same sentence, another actor: accusation made by describing attacks that killed civilians = condemning"))
U(d, "In Beijing, foreign ministry spokeswoman Mao Ning said China hoped", "wider region.",
  ("China", T, pos, "", "hope that the truce holds = calling_for_talks; Beijing = place"))
U(d, "Defence Minister Israel Katz said he had told commanders", "as a target.",
  ("Israel", C, neg, "Hezbollah", "threat / order to fire on Hezbollah members = condemning; the preceding NNA sentence is an event reported by a state news agency (no row)"))
U(d, "The army's Arabic-language spokesman, Avichay Adraee,", "could go back.",
  ("Israel", N, neu, "", "'The army' = the Israeli military by the entry; instruction to civilians, no judgement"))
U(d, "National Security Minister Itamar Ben-Gvir, the only member", "it was weakest.",
  ("Otzma Yehudit", C, neg, "Israel", "a cabinet minister dissenting from his own government's decision speaks for his party (as an earlier batch did for Ben-Gvir); judgement of the government's choice -> target Israel (unsure)"))
U(d, "In a joint statement issued before the truce took effect", "carried out in full.",
  ("United States", T, pos, "", "joint statement of two leaders: one row each; endorsement of the ceasefire they brokered + commitment to implement it = calling_for_talks"),
  ("France", T, pos, "", "same joint statement"))
U(d, "They also promised to rally other countries", "strengthen Lebanon's army.",
  ("United States", S, pos, "Lebanon", "'They' = Biden and Macron; pledge of support to the Lebanese army"),
  ("France", S, pos, "Lebanon", "same"))
U(d, "Israeli Prime Minister Benjamin Netanyahu said Israel reserved the right", "near the border.",
  ("Israel", C, neg, "Hezbollah", "conditional threat = condemning"))
U(d, "Netanyahu told Biden in a phone call that he was grateful", "his office added.",
  ("Israel", S, pos, "United States", "thanks for Washington's role = approval; attribution tail ('his office added')"))
