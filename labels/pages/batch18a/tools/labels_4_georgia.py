# ------------------------------------------------------------------ Georgia's June 2019 protests and Russia's flight ban (Georgian English-language news site, scraped, 2019-06-22)
d = "page_georgia_gavrilov_protests_scraped.txt"
U(d, "Russia will halt passenger flights to Georgia from July 8", "for a third night.",
  ("Russia", C, neg, "Georgia", "long lead: the flight ban = a measure against another side (like a sanction)"),
  ("Georgia", C, neg, "Russia", "the foreign minister's judgement ('disproportionate') reported in the same sentence"))
U(d, "The decree, published on the Kremlin's website", "return home.",
  ("Russia", C, neg, "Georgia", "the decree's content = the measure itself; the Kremlin's website is an object"))
U(d, "Kremlin spokesman Dmitry Peskov said the ban would remain in force", "safe in Georgia.",
  ("Russia", N, neg, "", "condition for lifting its own measure, no judgement word (unsure: implied reproach)"))
U(d, "On Friday he had called the unrest in Tbilisi a provocation", "behind it.",
  ("Russia", C, neg, "", "'he' = Peskov; judgement of the protests ('provocation', 'extremist forces'): protesters are not a canonical actor -> target empty; Tbilisi = place"))
U(d, "On Saturday Russia's transport ministry went further", "unpaid air navigation fees owed by Georgia.",
  ("Russia", C, neg, "Georgia", "ban on Georgian airlines = measure; the unpaid fees are Georgia's"))
U(d, "The ministry said Russian aviation authorities were ready to hold consultations", "Georgian counterparts.",
  ("Russia", T, neu, "Georgia", "same ministry offers consultations = talks (contrast with the ban)"))
U(d, "Vyacheslav Volodin, the speaker of Russia's State Duma, told reporters", "talk about tourism.",
  ("Russia", T, neg, "Georgia", "demand to protect Russian citizens, no judgement word = calling_for_talks, negative (unsure: a condition attached to the ban); Tbilisi = metonym"))
U(d, "Earlier on Friday, Russia's foreign ministry had advised Russians", "away from rallies.",
  ("Russia", N, neg, "", "travel advice to its own citizens (unsure: could be read as part of the measure)"))
U(d, "Foreign Minister David Zalkaliani said Georgia's borders would stay open", "their safety.",
  ("Georgia", N, pos, "", "reassurance about own conduct = neutral, positive"))
U(d, "Zurab Abashidze, the prime minister's special representative", "might later regret.",
  ("Georgia", T, neu, "", "appeal to both capitals to avoid hasty steps; Tbilisi = metonym"))
# no row: ADVERTISEMENT, "Read also:", TIMELINE bullets, crosshead
# no row: "The anger began on Thursday morning when Sergei Gavrilov ... opened the assembly's session" (narration of the trigger)
U(d, "Lawmakers from the United National Movement and European Georgia occupied the rostrum", "Georgia's legislature.",
  ("United National Movement", C, neg, "Russia", "two parties acting together = one row each; 'the occupying power' = Russia"),
  ("European Georgia", C, neg, "Russia", "same act and judgement; party under its own name (new actor)"))
U(d, "Ukraine's ambassador, Ihor Dolhov, had already walked out", "took its seats.",
  ("Ukraine", C, neg, "Russia", "walkout in protest at the Russian delegation = refusing a party in protest"))
# no row: "By evening, thousands had gathered ..." and "Shortly before midnight ..." (narration)
U(d, "The health ministry said 240 people had sought medical help", "in hospital on Friday.",
  ("Georgia", N, neu, "", "figures given by a ministry"))
# no row: "Two young people lost an eye ..., according to their families." (unnamed)
U(d, "Interior Minister Giorgi Gakharia defended the operation", "constitutional body.",
  ("Georgia", N, neg, "", "defence of his own police's conduct (self-justification = neutral); the protesters are not an actor (unsure)"))
U(d, "Public Defender Nino Lomjaria said the injuries caused by rubber bullets", "investigate every case.",
  ("Georgia", C, neg, "", "Public Defender = a state body (the guide: state agencies resolve to the state; as Finland's ombudsman in blind 31b); criticism of the state's own police -> target empty; 'disproportionate force' + call for investigation: rule 1"))
U(d, "Grigol Vashadze, chairman of the United National Movement", "in the first place.",
  ("United National Movement", C, neg, "Georgian Dream", "opposition party judges the ruling party"))
# no row: "Opposition leaders announced more rallies and demanded the resignations ..." (unnamed collective; 'the opposition' is not a canonical actor)
# no row: photo caption, crosshead
U(d, "Irakli Kobakhidze resigned as speaker on Friday afternoon", "party's headquarters.",
  ("Georgian Dream", N, neu, "", "announcement by the party's secretary general (Kaladze speaks here for the party, not as mayor of Tbilisi)"))
U(d, "\"Nobody forced this on us.", "Kaladze said.",
  ("Georgian Dream", C, neg, "", "multi-sentence quote closed by its speaker; judgement of 'the radicals' (opposition not named -> target empty)"))
U(d, "Prime Minister Mamuka Bakhtadze had said on Thursday afternoon", "entirely natural.",
  ("Georgia", S, neu, "", "approval of the public's outrage = supporting the protest (protesters not an actor, target empty; unsure: could be neutral)"))
U(d, "On Friday he blamed the violence on the United National Movement", "attempt to seize parliament.",
  ("Georgia", C, neg, "United National Movement", "'he' = Bakhtadze; blame"))
# no row: crosshead "PRESIDENT POINTS AT MOSCOW"
U(d, "President Salome Zourabichvili, who cut short a visit to Belarus", "fighting one another.",
  ("Georgia", C, neg, "Russia", "leader on social media; 'occupying, hostile power'; Moscow = metonym; Belarus = place"))
U(d, "She called on demonstrators and police alike to show restraint", "keep the peace.",
  ("Georgia", T, neu, "", "appeal for restraint, to all"))
U(d, "Gavrilov, back in Moscow, told Russian television", "protocol placed him.",
  ("Russia", C, neg, "", "head of the Duma delegation = Russia (unsure: could be his party or himself); 'extremists' + denial of wrongdoing (rule 1); target empty (protesters); Moscow = place"))
# no row: ADVERTISEMENT, crosshead
U(d, "The U.S. Embassy in Tbilisi said it was concerned by the violence", "fully investigated.",
  ("United States", T, neu, "", "concern + appeal to refrain from violence = calling_for_talks (no judgement); Tbilisi = place"))
U(d, "The European Union's delegation in Georgia called for calm", "properly investigated.",
  ("European Union", T, neu, "", "appeal for calm and restraint, proportionate force"))
# no row: background on the 2008 war and visas, tourism industry, the Sighnaghi guesthouse manager (unnamed), analysts, tags, most read
