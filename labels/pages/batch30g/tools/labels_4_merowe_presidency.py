# ------------------------------------------------------------------ The Merowe air base personnel held by the RSF and their return (presidency news page, full HTML, 2023-04-20)
d = "page_merowe_airmen_return2023_presidency.html"
# The page is the Egyptian presidency's: "the President", "the country", "the Armed Forces" = Egypt (the state is never named).
# Not statements: language bar, menu, breadcrumb, headlines, dates, figcaptions with "1 of 3", gallery slot, Related news, share, comments note, footer.
U(d, "Ambassador Ahmed Fahmy, Spokesman for the Presidency, stated that His Excellency the President followed today", "joint training with their Sudanese brothers.",
  ("Egypt", N, neu, "", "presidency speaking of itself; the President followed the return = narration of an act with facts (no evaluation)"))
U(d, "The Spokesman said that the President expressed his appreciation to the General Command", "bring every one of them home safely.",
  ("Egypt", N, pos, "", "praise of its own armed forces and bodies = self-praise: neutral, positive"))
U(d, "The President also conveyed his thanks to the International Committee of the Red Cross", "delivering them to the Embassy.",
  ("Egypt", S, pos, "ICRC", "thanks to another actor for its role = approval"))
U(d, "The Spokesman added that the President had affirmed once more that the forces present in Merowe", "between the Sudanese parties.",
  ("Egypt", N, neu, "", "denial of any part in the fighting = neutral (a denial, tone kept neutral by the register; unsure: negative)"))
U(d, "The Armed Forces Spokesman said in a statement that three aircraft had landed", "a suitable moment for its return.",
  ("Egypt", N, neu, "", "the army speaks for its state; facts and plans"))
U(d, "For its part, the Rapid Support Forces said in a statement that it had handed over 27 of the personnel", "towards the neighbouring people.",
  ("Rapid Support Forces", N, pos, "", "own act reported with self-praise ('gesture of goodwill'), no appeal or judgement (unsure: could be supporting, target Egypt)"))
U(d, "The Sudanese Armed Forces had announced on Wednesday that 177 air force specialists", "agreed by both armies.",
  ("Sudan", N, neu, "", "the army speaks for its state; figures and facts"))
U(d, "On the occasion, the Presidency published a message from Hamdi Abdel Salam,", "not slept for five nights.",
  ("Hamdi Abdel Salam", N, neg, "", "invented father of a technician; his own anxiety, no position on an actor"))
U(d, "\"The country did not forget our sons for one hour, and we thank everyone who brought them back,\" he said.", "he said.",
  ("Hamdi Abdel Salam", S, pos, "Egypt", "gratitude to the state ('the country') = approval"))
U(d, "Samira Fawzy, a retired schoolteacher whose nephew was among the group", "kept informed throughout.",
  ("Samira Fawzy", N, neu, "", "invented relative; fact about information given to families"))
U(d, "\"What happened to these young men in Merowe should never have happened", "she said.",
  ("Samira Fawzy", C, neg, "Rapid Support Forces", "judgement without a stock word of the detention by the RSF (context: the RSF held them)"))
# "The Spokesman for the Presidency stated that the President received today a phone call from ... Guterres" = a call received, narration, no row.
U(d, "During the call, the Secretary-General expressed his deep concern at the outbreak of fighting in Sudan", "taking on civilians.",
  ("United Nations", N, neg, "", "concern without an appeal = neutral, negative; reported by the other party's presidency"))
U(d, "The President, for his part, affirmed that the situation required an immediate halt to the fighting", "institutions of the Sudanese state.",
  ("Egypt", T, neu, "", "appeal for a halt to fighting and dialogue, addressed to both Sudanese parties"))
U(d, "The two sides agreed to continue coordination in the coming period.", "coming period.",
  ("Egypt", N, neu, "", "'the two sides' = Egypt and the UN; agreeing to coordinate = procedural line"),
  ("United Nations", N, neu, "", "'the two sides': one row per side"))
# "The Spokesman ... stated that the President received a phone call from President Salva Kiir" = narration of a call, no row.
U(d, "The two Presidents expressed their readiness to mediate between the Sudanese parties,", "immediate and lasting ceasefire.",
  ("Egypt", T, neu, "", "offer of mediation + ceasefire appeal"),
  ("South Sudan", T, neu, "", "'the two Presidents': one row per state"))
U(d, "President Kiir said South Sudan, bound to Sudan by geography and history,", "while its neighbour burned.",
  ("South Sudan", N, neg, "", "alarm and commitment, no explicit appeal and no judgement (unsure: could be calling_for_talks)"))
U(d, "The Spokesman added that the President had also received a call from His Royal Highness Prince Mohammed bin Salman,", "further bloodshed.",
  ("Egypt", T, neu, "", "'the two sides stressed the need to spare ... bloodshed' = appeal; long sentence with narration of the call"),
  ("Saudi Arabia", T, neu, "", "'the two sides': one row per state"))
U(d, "In a separate statement on Monday, the President told a meeting of the Supreme Council", "\"without foundation\".",
  ("Egypt", N, neg, "", "denial of supporting a party = neutral, negative"))
U(d, "He said the country would not accept any harm to its personnel, and would act to protect them wherever they were.", "wherever they were.",
  ("Egypt", C, neg, "", "warning of a response to any harm = threat (condemning); no one named -> target empty (unsure: could be neutral)"))
U(d, "The President inaugurated today, via video conference, a group of new wheat storage silos", "300,000 tonnes.",
  ("Egypt", N, neu, "", "own act reported (inauguration) with figures; unrelated release, neutral"))
# "The Spokesman said the project formed part of the national programme for food security." = plan of its own, no row (narration of a programme).
U(d, "The Chairperson of the African Union Commission, Moussa Faki Mahamat, praised in a message to the President", "had been handled.",
  ("African Union", S, pos, "Egypt", "praise of the handling of the matter = approval"))
U(d, "The Secretary-General of the League of Arab States, Ahmed Aboul Gheit, informed the President", "aimed at stopping the fighting.",
  ("Arab League", T, neu, "", "the League convening a meeting to stop the fighting = host convening talks"))
