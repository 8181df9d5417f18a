# ------------------------------------------------------------------ Guatemala: Morales orders CICIG chief Velásquez out; the Constitutional Court blocks it (Central American English-language site, full HTML, 2017-08-29)
d = "page_guatemala_cicig_expulsion_isthmussite.html"
# Not statements: cookie bar, top strip, brand/tagline, nav, breadcrumbs, kicker, headline, standfirst, byline/time,
# share bar, figcaptions with credits and "(1 of 2)", ADVERTISEMENT, crossheads, "Related:", tags, newsletter,
# reader comments, most read, footer. Dateline "GUATEMALA CITY — " excluded.
# State organs (the presidency, the Constitutional Court, the foreign ministry, the Attorney General) all resolve to
# Guatemala; the court's rulings are recorded as neutral state procedure (its findings cannot take target = actor).
U(d, "Guatemala's Constitutional Court on Tuesday turned its weekend injunction into a definitive ruling", "as CICIG.",
  ("Guatemala", N, neu, "", "the Constitutional Court = a state organ of Guatemala; a ruling reported as done = neutral procedure (unsure: a court blocking the executive cannot take target = actor)"))
U(d, "In a majority decision, the magistrates found that President Jimmy Morales's order", "according to the ruling.",
  ("Guatemala", N, neu, "", "'the magistrates' = the court by context; procedural grounds of the ruling; Morales and the UN are mentioned, not speakers"))
# No row: "The decision caps three days in which ..." (background narration).
U(d, "Morales, a former television comedian who won the presidency in 2015", "leave the country immediately.",
  ("Guatemala", C, neg, "CICIG", "persona non grata + order to leave = expulsion of the commission's head (a measure like expelling a diplomat); background on Morales inside the same sentence"))
U(d, "He said in the recording that he was acting to protect the country's institutions", "does not allow.",
  ("Guatemala", C, neg, "CICIG", "pronoun subject (Morales); accusation of meddling"))
# No rows: "The order came two days after Velásquez and Attorney General Thelma Aldana appeared together ..." (background in
# a time clause; their request is the cause of the crisis, recalled, not a position taken on the page's days) and
# "Morales had flown to New York on Friday ..." (a meeting narrated; "Guatemalan media said" is not an actor).
U(d, "By midday on Sunday the court's president, Francisco de Mata Vela, had announced", "several civic groups.",
  ("Guatemala", N, neu, "", "the court's provisional injunction = state procedure; the ombudsman's and civic groups' petitions narrated (civic groups are not actors)"))
U(d, "Morales also removed Foreign Minister Carlos Raúl Morales", "to replace him.",
  ("Guatemala", N, neu, "", "dismissal and appointment inside the government, with the foreign minister's refusal reported: one Guatemala row, no judgement stated"))
U(d, "Health Minister Lucrecia Hernández Mack resigned the same day", "fight against impunity.",
  ("Lucrecia Hernández Mack", C, neg, "Guatemala", "a minister resigning in protest speaks for herself, not for the government she leaves; judgement on the government = condemning"))
U(d, "In a televised address on Sunday night, Morales insisted", "Congress and the courts.",
  ("Guatemala", C, neg, "CICIG", "insistence on his power + accusation against Velásquez: the judgement decides"))
U(d, "On Tuesday evening, after the ruling, the presidency said in a brief statement", "studied it.",
  ("Guatemala", N, neu, "", "'the presidency' = Guatemala; will respect the ruling = own conduct, neutral"))
U(d, "Velásquez, who spent Sunday inside the commission's offices", "follow their course.",
  ("CICIG", N, neu, "", "the commissioner speaks for the commission; own work goes on"))
U(d, "\"We are not here to govern anyone.", "Velásquez told reporters.",
  ("CICIG", N, neu, "", "two-sentence quote closed by its speaker = one unit; reassurance about the commission's own role"))
U(d, "\"Whether the president keeps his immunity is for the courts and for Congress to decide", "not for me.\"",
  ("CICIG", N, neu, "", "quote continued in the next paragraph = its own unit, same speaker; no judgement of the president"))
U(d, "Attorney General Thelma Aldana, who was at Velásquez's side", "every case they share.",
  ("Guatemala", S, pos, "CICIG", "the Attorney General heads the prosecution service, a state body = Guatemala (unsure: a state organ backing the body the president expels)"))
U(d, "In New York, a spokesman for Guterres said the Secretary-General stood firmly behind", "international official.",
  ("United Nations", S, pos, "CICIG", "backing + expectation about how Velásquez is treated (not a peace appeal): supporting; New York = place"))
# No row: "Washington, which has given the commission more money than any other donor, reacted within hours." (summary line)
U(d, "State Department spokeswoman Heather Nauert said in a statement that Velásquez had done a strong job", "Guatemalan government.",
  ("United States", S, pos, "CICIG", "praise + demand that the commission work free of interference; no explicit judgement word on Guatemala (unsure)"))
U(d, "She also called for calm and non-violence", "situation closely.",
  ("United States", T, neu, "", "'She' = Nauert; appeal for calm + monitoring; no side addressed"))
U(d, "Nikki Haley, the U.S. ambassador to the United Nations, went further", "for the commissioner.",
  ("United States", C, neg, "Guatemala", "name then role; 'an affront' = judgement without stock words, with backing in the same sentence: rule 1"))
U(d, "The European Union delegation in Guatemala City and the ambassadors of Germany, Spain and Sweden", "continued support.",
  ("European Union", S, pos, "CICIG", "joint statement = one row per signatory; Guatemala City = place"),
  ("Germany", S, pos, "CICIG", "same joint statement"),
  ("Spain", S, pos, "CICIG", "same joint statement"),
  ("Sweden", S, pos, "CICIG", "same joint statement"))
U(d, "Stockholm, one of the commission's most generous backers, said separately", "budget for next year.",
  ("Sweden", S, pos, "CICIG", "Stockholm = metonym; 'finalising an additional contribution' = backing by act"))
U(d, "Colombia's foreign ministry, noting that Velásquez is a Colombian national", "within the law.",
  ("Colombia", T, pos, "Guatemala", "solidarity + hope for a calm settlement: rule 2 before rule 3"))
U(d, "Luis Almagro, the secretary general of the Organization of American States", "in the Americas.",
  ("Organization of American States", S, pos, "CICIG", "praise of the commission on social media"))
# No rows: the marchers and the unnamed marcher (not actors); "The Supreme Court must now decide ..." (narration of a
# pending step); "Analysts said ..." (not actors); "Velásquez's mandate runs until September 2019." (background).
