# ------------------------------------------------------------------ Arrest of Juan Pablo Guanipa before Venezuela's May 2025 elections ('world reacts' round-up, 2025-05-24)
d = "page_venezuela_guanipa_arrest2025_worldreacts.txt"
# Not statements: site name, breadcrumbs, headline, time stamps, byline, share line, "Here is how ...", section heads
# (VENEZUELA, OPPOSITION, ...), "Polls open ..." (narration), Related line, newsletter prompt, copyright.
U(d, "Venezuelan security forces arrested Juan Pablo Guanipa", "urged voters to boycott.",
  ("Venezuela", C, neg, "Justice First", "arrest of an opposition leader = a measure against his party (act reported as done); security forces = the state"),
  ("Unitary Platform", C, neg, "Venezuela", "'the main opposition' (Machado's coalition) urging a boycott in protest = condemning (labels/README: boycott in protest)"))
U(d, "Interior Minister Diosdado Cabello announced the arrest on state television", "a bulletproof vest.",
  ("Venezuela", C, neg, "Justice First", "announcing the arrest and displaying the detainee = the measure claimed"))
U(d, "Cabello said Guanipa headed a network that planned to bomb", "exposed the whole scheme.",
  ("Venezuela", C, neg, "Justice First", "terrorism accusation"))
U(d, "The minister said 38 people, 17 of them foreigners, had been detained", "Colombian drug trafficking.",
  ("Venezuela", C, neg, "", "arrest figures + a claim of drug-money financing; the Colombian traffickers are not a canonical actor -> target empty"))
# "He did not present evidence in public." = the outlet's narration, no row.
# "Guanipa, who had been in hiding ..., left a recorded message to be published if he were detained." = narration (what he did), no row.
U(d, "In it he said that if the message was public he was in state custody", "its own voters.",
  ("Justice First", C, neg, "Venezuela", "Guanipa speaks as Justice First's national leader (as Capriles for the MUD in batch22a); 'unable to win the consent of its own voters' = judgement without a stock word"))
U(d, "- President Nicolás Maduro told a closing campaign rally", "dismantled another cell on Thursday.",
  ("Venezuela", C, neg, "", "calls opponents terrorists; no named target"))
U(d, "- Attorney General Tarek William Saab said his office would charge Guanipa", "foreign powers.",
  ("Venezuela", C, neg, "Justice First", "charges announced = measure"))
U(d, "- Justice First, Guanipa's party, said its national leader was being held illegally", "physical safety.",
  ("Justice First", C, neg, "Venezuela", "'held illegally', 'dictatorship' + the government to answer for his safety"))
U(d, "- Machado, on X: Guanipa is a political prisoner", "immediate release.",
  ("Unitary Platform", C, neg, "Venezuela", "Machado = Unitary Platform (name files); bullet without a verb of saying; judgement + demand: rule 1"))
U(d, "- The State Department's Bureau of Western Hemisphere Affairs called the detention", "held to account.",
  ("United States", C, neg, "Venezuela", "'repression', 'illegitimate' + warning of accountability"))
U(d, "- A spokesperson for the EU's foreign policy chief, Kaja Kallas, said the bloc was concerned", "before the vote.",
  ("European Union", N, neg, "", "concern without an appeal = neutral, negative"))
U(d, "The bloc called on the Venezuelan authorities to respect due process", "political reasons.",
  ("European Union", T, neg, "Venezuela", "'the bloc'; appeal with no judgement word = calling_for_talks"))
U(d, "- Argentina: the foreign ministry \"energetically condemns\" the arrest", "nothing to do with democracy\".",
  ("Argentina", C, neg, "Venezuela", "condemnation, 'the government in Caracas' = Venezuela"))
U(d, "- Argentina, Costa Rica, Ecuador, Guatemala, Panama, Paraguay and Peru, in a joint statement", "considered free.",
  ("Argentina", C, neg, "Venezuela", "joint statement by a list of states: one row per state; 'arbitrary detention' rejected"),
  ("Costa Rica", C, neg, "Venezuela", "joint statement"),
  ("Ecuador", C, neg, "Venezuela", "joint statement"),
  ("Guatemala", C, neg, "Venezuela", "joint statement"),
  ("Panama", C, neg, "Venezuela", "joint statement"),
  ("Paraguay", C, neg, "Venezuela", "joint statement"),
  ("Peru", C, neg, "Venezuela", "joint statement"))
U(d, "- Uruguay: the foreign ministry said it was following the situation with concern.", "with concern.",
  ("Uruguay", N, neg, "", "concern without an appeal = neutral"))
U(d, "- Colombia's foreign ministry rejected Cabello's claim", "any such plan.",
  ("Colombia", N, neg, "", "denial of an accusation = neutral, negative tone (guide)"))
U(d, "- Mexico: President Claudia Sheinbaum, asked at her morning news conference, said she hoped", "among themselves.",
  ("Mexico", T, pos, "", "hope for a peaceful vote and a settlement among Venezuelans = calling_for_talks"))
# "- Brazil: no public comment from the foreign ministry by Saturday afternoon." = no position, no row.
U(d, "- Russia's foreign ministry said Moscow supported the Venezuelan authorities' efforts", "\"any foreign interference\".",
  ("Russia", S, pos, "Venezuela", "backing the authorities; 'rejected any foreign interference' aimed at no one named"))
U(d, "- Cuba: full backing for Venezuela", "Bruno Rodríguez.",
  ("Cuba", S, pos, "Venezuela", "bullet without a verb; second-hand attribution ('according to a message from')"))
U(d, "- The UN human rights office, through spokesperson Thameen Al-Kheetan, said it was troubled", "to their families.",
  ("United Nations", T, neg, "Venezuela", "concern + appeal for access to lawyers and families, no judgement = calling_for_talks"))
U(d, "- Organization of American States: a statement from the General Secretariat denounced", "pattern of persecution\".",
  ("Organization of American States", C, neg, "Venezuela", "denounced = condemning"))
U(d, "- Marisela Urdaneta, a Caracas criminal lawyer who represents political detainees, said", "being held.",
  ("Marisela Urdaneta", N, neg, "", "invented lawyer; a fact about detainees' families, no judgement in this sentence"))
U(d, "\"In most of these cases nobody has seen a judge, nobody has seen a file,\" Urdaneta said.", "Urdaneta said.",
  ("Marisela Urdaneta", C, neg, "Venezuela", "accusation by describing denial of due process"))
U(d, "\"This is not justice; it is disappearance by another name.\"", "by another name.\"",
  ("Marisela Urdaneta", C, neg, "Venezuela", "judgement without a stock word; speaker carried on"))
U(d, "- Tomás Echeverri, a Venezuela analyst at the Andean Security Observatory in Bogotá, said", "still inside the country.",
  ("Tomás Echeverri", N, neg, "", "invented analyst; reading of the government's intent, no explicit judgement (unsure: could be condemning)"))
U(d, "He added that the arrest was unlikely to change turnout much", "called for abstention.",
  ("Tomás Echeverri", N, neu, "", "forecast; the opposition's abstention call inside it is background already labelled in the lede"))
