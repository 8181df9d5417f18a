# ------------------------------------------------------------------ Iran: the broadcast 'confessions' of Cécile Kohler and Jacques Paris (an embassy's news page, full HTML, 2022-10-06)
d = "page_iran_kohler_paris2022_embassynews.html"
# The Embassy speaks of itself and of "our compatriots" without naming its state: every Embassy line is France.
# Not statements: language bar, logo, menu, breadcrumb, headlines, date lines, caption, share bar, "Other news" heading, comments note, footer.
U(d, "The Embassy has learned with indignation that Iranian state media broadcast", "appear to make \"confessions\".",
  ("France", C, neg, "Iran", "indignation at the broadcast, scare quotes on 'confessions' = judgement of Iran's act"))
U(d, "Words recited before a camera by people held without contact", "the accusations made against them.",
  ("France", C, neg, "Iran", "judgement without stock words (coerced words prove nothing, no evidence); no verb of saying, the release's own voice"))
U(d, "Our two compatriots are being held as instruments of a State's pressure", "hostages.",
  ("France", C, neg, "Iran", "calling the detainees hostages of a State = accusation"))
U(d, "The Embassy demands their immediate and unconditional release.", "The Embassy demands their immediate and unconditional release.",
  ("France", T, neg, "Iran", "demand addressed to one side, no judgement word in the sentence = calling_for_talks, negative"))
U(d, "It renews its request, made eleven times since May, for consular access", "entitles it.",
  ("France", T, neu, "Iran", "request for consular access under the Vienna Convention = appeal, procedural tone"))
U(d, "The Ambassador went to the Ministry of Foreign Affairs on Thursday afternoon", "against the broadcast.",
  ("France", C, neg, "Iran", "protest lodged in person = a measure by act (démarche) = condemning"))
U(d, "The Iranian authorities bear full responsibility for the safety", "held arbitrarily in the country.",
  ("France", C, neg, "Iran", "holding Iran responsible + 'arbitrarily'"))
U(d, "The Minister for Europe and Foreign Affairs, answering questions in the Senate", "the course of our policy.",
  ("France", C, neg, "Iran", "minister by title only; charge of using detainees as levers + refusal to bend = judgement"))
U(d, "The Embassy has noted the remarks of the spokesperson of the Iranian Ministry", "lay with the judiciary.",
  ("Iran", N, neu, "", "Iran's position reported by the Embassy: procedural account (the case is with the courts); 'has noted' gives no France row"))
U(d, "The Embassy does not accept this account of the facts.", "The Embassy does not accept this account of the facts.",
  ("France", N, neg, "", "rejecting the other side's account = a denial, neutral with a negative tone (unsure: could be condemning)"))
U(d, "It welcomes the solidarity shown by the European Union's High Representative", "made the same request.",
  ("France", S, pos, "European Union", "welcome of the EU's solidarity; 'several partners' unnamed"))
U(d, "The High Representative described the broadcast as a further sign", "a statement issued in Brussels.",
  ("European Union", C, neg, "Iran", "second-hand attribution ('according to a statement issued in Brussels'); judgement of Iran's disregard for detainees' rights"))
U(d, "The German and Swedish embassies, whose own nationals are detained in Iran,", "with the Ministry this week.",
  ("Germany", S, neu, "France", "backing by act: raising the French case with Tehran = supporting France; embassy = its state"),
  ("Sweden", S, neu, "France", "same act, listed by adjective"))
U(d, "Hélène Corbière, the lawyer who represents both families, said", "any official source.",
  ("Hélène Corbière", N, neg, "", "invented independent voice (families' lawyer); fact, no judgement"))
U(d, "\"What we saw was not two people confessing", "Ms Corbière said.",
  ("Hélène Corbière", C, neg, "Iran", "judgement of the broadcast as a display, no stock word"))
U(d, "The Force Ouvrière union confederation, to which Ms Kohler's teachers' federation belongs,", "the couple's return.",
  ("Force Ouvrière", T, neg, "Iran", "rallies called to demand release = appeal, no judgement in the sentence"))
U(d, "The Embassy remains in constant contact with the families", "its full support.",
  ("France", S, pos, "", "support for the families (not actors) -> target empty"))
U(d, "It recommends, once again, that our compatriots refrain from travelling to Iran", "of their journey.",
  ("France", N, neg, "", "travel advice = procedure; the risk implied gives a negative tone"))
U(d, "The Embassy is following closely the situation in the country", "in custody on 16 September.",
  ("France", N, neg, "", "older release (29 Sept): monitoring, no appeal = neutral, negative"))
U(d, "The Minister for Europe and Foreign Affairs has condemned the violent repression", "on the internet.",
  ("France", C, neg, "Iran", "condemnation of the crackdown and internet restrictions"))
U(d, "The Embassy advises our compatriots to stay away from all gatherings", "the Ariane service.",
  ("France", N, neu, "", "consular advice = procedure"))
U(d, "The Iranian Ministry of Intelligence announced on 11 May that it had arrested", "to foment unrest.",
  ("Iran", C, neg, "", "arrest announced + accusation against two foreigners (individuals, not actors) -> target empty"))
U(d, "The Embassy regards these accusations as groundless.", "The Embassy regards these accusations as groundless.",
  ("France", N, neg, "", "rejecting the accusations against its nationals = denial, neutral, negative"))
U(d, "It calls for the release of our two compatriots and for consular access", "without delay.",
  ("France", T, neg, "Iran", "demand for release and access, no judgement word = calling_for_talks"))
U(d, "From 8 May, the visa section will receive applicants", "8.30 a.m. to 12.30 p.m.",
  ("France", N, neu, "", "unrelated release on the same page: a plan announced = neutral"))
