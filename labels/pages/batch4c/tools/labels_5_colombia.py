# ------------------------------------------------------------------ US–Colombia deportation-flight and tariff row (live blog, full HTML, 2025-01-26)
d = "page_colombia_deportation_liveblog.html"
U(d, "Colombia's foreign minister, Luis Gilberto Murillo, said late Sunday", "due to land that morning.",
  ("Colombia", T, pos, "United States", "end of a standoff announced + own plane offered: agreement = calling_for_talks (unsure: could be neutral); Washington = metonym"))
U(d, "Murillo said he and Colombia's ambassador would travel to Washington", "diplomatic notes.",
  ("Colombia", T, neu, "United States", "surname only; commits to follow-up meetings"))
U(d, "White House press secretary Karoline Leavitt said the government of Colombia had accepted", "without limit or delay.",
  ("United States", N, neu, "", "announcement of the outcome"),
  ("Colombia", T, neu, "United States", "Colombia's agreement reported by the US (a position of X reported by Y): agreeing to terms = calling_for_talks"))
U(d, "The tariffs, already drafted, would be held in reserve", "deportees had landed.",
  ("United States", C, neg, "Colombia", "conditional threat + sanctions kept in force; 'she' = Leavitt"))
U(d, "\"The world can see tonight that the United States will be taken seriously again,\" Leavitt added.", "Leavitt added.",
  ("United States", N, pos, "", "self-praise: neutral, positive"))
U(d, "Asocolflores, the association of Colombian flower exporters, said", "diplomatic channels.",
  ("Asocolflores", T, neg, "", "warning + appeal to both governments, no judgement"))
U(d, "Petro said he had instructed his trade minister to raise tariffs", "national products instead.",
  ("Colombia", C, neg, "United States", "retaliatory tariffs = measure against another state"))
U(d, "\"You may try to starve us with your tariffs, but you will not frighten us,\" Petro wrote", "addressed to Trump.",
  ("Colombia", C, neg, "United States", "defiance ('will not frighten us') aimed at Trump; quote continued after the attribution is its own unit"))
U(d, "\"Colombia is not anyone's backyard.\"", "anyone's backyard.\"",
  ("Colombia", C, neg, "United States", "quote continued after the attribution, same speaker; rejection of US dominance"))
U(d, "Former president Álvaro Uribe, Petro's fiercest critic, wrote", "millions of Colombians.",
  ("Álvaro Uribe", C, neg, "Colombia", "opposition figure speaking for himself; judgement on the president's conduct -> target Colombia"))
U(d, "Secretary of State Marco Rubio said he had ordered the suspension", "families and supporters.",
  ("United States", C, neg, "Colombia", "visa sanctions; Bogota = place"))
U(d, "\"President Petro had authorized these flights", "Colombia's commitments.",
  ("United States", C, neg, "Colombia", "accusation + 'breach' in the attribution tail"))
U(d, "Trump said on Truth Social that Petro's refusal", "Colombian government officials.",
  ("United States", C, neg, "Colombia", "leader named without role in the sentence; tariffs, travel ban, visa revocations"))
U(d, "\"This is only the start,\" Trump wrote", "it had sent north.",
  ("United States", C, neg, "Colombia", "threat + accusation"))
U(d, "Brazil's foreign ministry said it would ask Washington for an explanation", "handcuffed and shackled.",
  ("Brazil", C, neg, "United States", "'degrading treatment' = judgement; Washington = metonym target; Manaus = place"))
U(d, "Separately, Honduran President Xiomara Castro, who holds the rotating presidency of CELAC, called", "regional unity.",
  ("CELAC", T, neu, "", "chair convening the bloc in its name = CELAC"))
U(d, "Colombia's foreign ministry confirmed it had refused to let", "on military planes.",
  ("Colombia", C, neg, "United States", "refusal in protest with the grievance stated"))
U(d, "In a post on X before dawn, Petro said the United States must set up a protocol", "civilian aircraft instead.",
  ("Colombia", T, neu, "United States", "demand + counter-offer, no judgement word: calling_for_talks (contrast with the ministry's refusal in protest)"))
U(d, "\"Our migrants are people, not convicts", "Petro wrote.",
  ("Colombia", N, pos, "", "unsure: reassurance about how Colombia will receive its citizens; the implied criticism of military flights is not explicit"))
U(d, "Two U.S. Air Force C-17 transport planes carrying about 160 Colombian deportees", "permission for them to land.",
  ("Colombia", N, neu, "", "specific act reported (permission withdrawn) with no grievance stated in the sentence: neutral"))
