# ------------------------------------------------------------------ Bata: explosions at the Nkoantoma military camp (7 March 2021), Equatorial Guinea government press-release page (full HTML), releases of 7-12 March 2021
d = "page_bata_nkoantoma2021_govreleases.html"
# Not statements: site name, nav, breadcrumb, h1, intro/update line, release headings, place-and-date lines, contact lines, figcaptions, comments notice, related releases, footer.
U(d, "The Head of State, who visited the wounded at the Bata Regional Hospital", "destroyed by the blasts.",
  ("Equatorial Guinea", N, pos, "", "reassurance about own conduct (rebuilding) = neutral, positive tone"))
U(d, "He thanked the medical staff and the foreign medical teams", "the people of Bata.",
  ("Equatorial Guinea", S, pos, "", "'He' = the Head of State carried over; thanks/praise of medical teams incl. foreign teams = supporting, several addressees -> target empty"))
U(d, "Ms. Remedios Nchama Obono, a market trader", "before the rains.",
  ("Remedios Nchama Obono", S, pos, "", "invented resident; thanks to volunteers = supporting; her hope is about rebuilding, not about a conflict"))
U(d, "Engineer Santiago Ondo Mba, president of the Equatorial Guinea College", "away from residential areas.",
  ("Santiago Ondo Mba", N, neu, "", "invented professional; survey figures + a safety recommendation, no judgement and no peace appeal = neutral"))
U(d, "The Government firmly denies reports circulated on social networks", "other than an accident.",
  ("Equatorial Guinea", N, neg, "", "denial = neutral, negative tone"))
U(d, "It warns that anyone who spreads false information", "full force of the law.",
  ("Equatorial Guinea", C, neg, "", "'It' = the Government; threat of prosecution = condemning (threatened response); aimed at unnamed people -> target empty"))
U(d, "The Government of Equatorial Guinea expresses its deep gratitude", "the call of the Head of State.",
  ("Equatorial Guinea", S, pos, "", "gratitude to several donors = supporting, target empty"))
U(d, "A Spanish Air Force aircraft landed in Bata on Wednesday", "Arancha González Laya.",
  ("Spain", S, pos, "Equatorial Guinea", "aid delivered = backing by act; narration and the minister's announcement in one sentence, one Spain row"))
U(d, "Cameroon dispatched a team of military doctors", "the Ministry of Foreign Affairs said.",
  ("Cameroon", S, pos, "Equatorial Guinea", "aid by act, reported by the EG ministry (which takes no position)"),
  ("Gabon", S, pos, "Equatorial Guinea", "verb shared with Cameroon ('and Gabon a convoy'): aid by act, one row per listed state"))
U(d, "The United States, according to a message from the Department of State", "relief groups active in Bata.",
  ("United States", S, pos, "Equatorial Guinea", "second-hand attribution; specialists and funding = backing by act"))
U(d, "The World Health Organization and the United Nations system in Malabo", "Bata Regional Hospital.",
  ("World Health Organization", S, pos, "Equatorial Guinea", "trauma kits delivered = aid"),
  ("United Nations", S, pos, "Equatorial Guinea", "UN system in the country = United Nations; same act"))
U(d, "The President of the Commission of the Economic Community of Central African States", "message to the Head of State.",
  ("ECCAS", S, pos, "Equatorial Guinea", "solidarity message"))
U(d, "The Ministry of Foreign Affairs of the Republic of Turkey", "families of the victims.",
  ("Turkey", S, neg, "Equatorial Guinea", "condolences = supporting, grief tone"))
U(d, "The Minister of Foreign Affairs, H.E. Simeón Oyono Esono Angue", "in hard times.",
  ("Equatorial Guinea", S, pos, "", "praise of partners (several) = supporting, target empty; the briefing is narration"))
U(d, "The Government has declared the city of Bata a catastrophe zone", "rehousing and reconstruction.",
  ("Equatorial Guinea", N, neu, "", "measures and figures = neutral"))
U(d, "The Prime Minister, H.E. Francisco Pascual Obama Asue, said the fund", "every week.",
  ("Equatorial Guinea", N, neu, "", "procedure"))
U(d, "The Ministry of Health and Social Welfare said on Monday that 31 people", "rubble in Nkoantoma.",
  ("Equatorial Guinea", N, neu, "", "casualty figures given by an actor = neutral, neutral tone"))
U(d, "The Council of Ministers decreed three days of national mourning", "all public buildings.",
  ("Equatorial Guinea", N, neu, "", "mourning decree = procedural"))
U(d, "The Vice-President of the Republic in charge of Defence and State Security", "surrounding districts.",
  ("Equatorial Guinea", N, neu, "", "own security measures ordered = neutral"))
U(d, "The Government asks residents of Nkoantoma and neighbouring districts", "instructions of the security forces.",
  ("Equatorial Guinea", N, neu, "", "safety instructions to residents = procedural, not an appeal for peace"))
# "The President of the Republic and Head of State ... addressed the nation on state television ..." = narration, no row.
U(d, "The Head of State blamed the disaster on lax handling", "to clear nearby fields.",
  ("Equatorial Guinea", C, neg, "", "blame laid on the army unit (holding someone responsible = condemning); the unit is not a canonical actor and is the speaker's own -> target empty (unsure)"))
U(d, "He announced that a commission of inquiry would establish", "chain of command.",
  ("Equatorial Guinea", N, neu, "", "plan for an inquiry, no judgement in the sentence"))
U(d, "\"Our people need the hands of our friends today.", "the President said.",
  ("Equatorial Guinea", T, neg, "", "asking for humanitarian help = calling_for_talks (README), not supporting"))
