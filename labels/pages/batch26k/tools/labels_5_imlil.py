# ------------------------------------------------------------------ Imlil killings of two Scandinavian hikers (live blog, 2018-12-20)
d = "page_morocco_imlil_hikers2018_liveblog.txt"
# Not statements: masthead/menu, LIVE headline (carries Denmark's position: headlines never count), date, refresh note,
# key points (bullets), time stamps, entry headings (incl. quoted ones), separators, the 17:48 sign-off, share line,
# Related, ADVERTISEMENT, most popular, footer.
U(d, "Hamid Oubella, a mountain guide who has taken hikers up Toubkal", "outside the mosque on Wednesday night.",
  ("Hamid Oubella", N, neu, "", "invented local guide; a fact he reports = neutral"))
U(d, "\"The men who did this are strangers to these mountains", "Oubella said.",
  ("Hamid Oubella", C, neg, "", "judgement of the killers ('shamed a whole country'); killers not an actor -> target empty"))
U(d, "He said guides in the valley would ask the authorities for more patrols", "can come back\".",
  ("Hamid Oubella", N, neu, "", "a plan (request for patrols), no judgement, no peace appeal = neutral"))
U(d, "Karima Lahlou, a researcher on jihadist movements", "directed from abroad.",
  ("Karima Lahlou", N, neu, "", "invented analyst; assessment of the cell = neutral"))
U(d, "\"If the video is genuine, this looks like men who decided", "she told us.",
  ("Karima Lahlou", N, neu, "", "conditional assessment, no judgement of an actor = neutral"))
U(d, "Lahlou said Morocco's security services deserved credit", "suspicion of Moroccans in general.",
  ("Karima Lahlou", S, pos, "Morocco", "praise of Morocco's services + an appeal against stigma (not a peace appeal): praise = supporting"))
U(d, "Prime Minister Erna Solberg told a news conference in Oslo", "must be brought to justice.",
  ("Norway", C, neg, "", "judgement without a stock word ('vicious crime') + justice demand; killers not an actor -> target empty"))
U(d, "But the prime minister said Norway would not label the murders", "had finished their work.",
  ("Norway", N, neu, "", "'the prime minister' by title; procedural reserve = neutral"))
U(d, "Solberg said officers from the national criminal investigation service, Kripos", "full confidence in them.",
  ("Norway", S, pos, "Morocco", "police sent to assist + confidence in Morocco's investigators = backing by act"))
U(d, "Danish Prime Minister Lars Løkke Rasmussen says that much of the information", "regarded as terrorism.",
  ("Denmark", C, neg, "", "judgement: the murders are terrorism; perpetrators not named -> target empty"))
U(d, "\"What happened on that mountain was savagery, pure and simple,\"", "\"Danes will not oblige them.\"",
  ("Denmark", C, neg, "", "quote with attribution in the middle, then continued: 'savagery' = judgement of the killers"))
U(d, "The Danish security and intelligence service PET said in a statement", "killing of one of the women.",
  ("Denmark", N, neu, "", "the state agency speaks for Denmark; shares Morocco's reading + confirms the video = facts"))
U(d, "PET added that the terror threat level in Denmark itself remained unchanged.", "remained unchanged.",
  ("Denmark", N, neu, "", "fact about threat level = neutral"))
# "Danish Foreign Minister Anders Samuelsen spoke by phone with ... Bourita ..." = a contact narrated, no row.
U(d, "Samuelsen thanked Bourita for Morocco's cooperation", "whatever help they needed.",
  ("Denmark", S, pos, "Morocco", "thanks + offer of help = supporting"))
U(d, "Both Copenhagen and Oslo have updated their travel advice", "without a licensed local guide.",
  ("Denmark", N, neu, "", "capitals as metonyms, listed pair: travel advice = procedure, no judgement of Morocco"),
  ("Norway", N, neu, "", "second state of the pair, same reading"))
U(d, "Government spokesman Mustapha El Khalfi told a press briefing in Rabat", "\"with the utmost firmness\".",
  ("Morocco", C, neg, "", "'a terrorist crime' + condemnation; perpetrators not named -> target empty"))
U(d, "El Khalfi said the kingdom would spare no effort", "the peoples of Denmark and Norway.",
  ("Morocco", S, pos, "", "condolences to two states' peoples + pledge of justice: sympathy = supporting; two addressees -> target empty (unsure: could be neutral)"))
U(d, "Morocco's General Directorate for National Security (DGSN) said three suspects", "the number in custody to four.",
  ("Morocco", N, neu, "", "the police speak for the state; arrests reported = neutral"))
U(d, "According to a statement from the Central Bureau of Judicial Investigation", "ordered from abroad.",
  ("Morocco", N, neu, "", "'according to a statement from'; characterisation of the suspects + inquiry = neutral"))
U(d, "The public prosecutor's office said the four would be brought", "judge in Rabat.",
  ("Morocco", N, neu, "", "procedure = neutral"))
# "The statement gave no further details on the video ..." = narration, no row.
U(d, "Tourism Minister Mohamed Sajid said security at tourist sites had been reinforced", "state news agency.",
  ("Morocco", N, pos, "", "reassurance about own conduct = neutral, positive; MAP is not an actor"))
# "The bodies of Louisa Vesterager Jespersen ... were found ..." and "The two friends had been travelling ..." = narration, no row.
U(d, "A spokeswoman for EU foreign policy chief Federica Mogherini said", "in the fight against terrorism.",
  ("European Union", S, pos, "", "sorrow + solidarity with three states = supporting; several addressees -> target empty"))
U(d, "Foreign Minister Ine Eriksen Søreide said the embassy in Rabat", "with the Moroccan authorities.",
  ("Norway", N, neu, "", "consular contact reported = neutral"))
U(d, "The U.S. Embassy in Rabat, in a security message", "rural and mountain areas.",
  ("United States", N, neu, "", "travel advice = procedure, no judgement"))
# "Moroccan civil society groups have called for a vigil ..." = unnamed groups, no row.
