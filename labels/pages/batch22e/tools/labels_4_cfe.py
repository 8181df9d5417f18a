# ------------------------------------------------------------------ Russia's CFE moratorium takes effect (Russian state media, 2007-12-12)
d = "page_cfe_moratorium_statemedia.txt"
# No row: agency menu, language bar, section, headline, time stamp, dateline line, print/forum links, photo caption, crossheads, "Related:" links, tags, most popular, copyright.
U(d, "Russia on Wednesday stopped applying the Treaty on Conventional Armed Forces in Europe (CFE)", "up to Russia's borders.",
  ("Russia", C, neg, "NATO", "own measure + blame 'squarely on NATO members' = condemning (the grievance is stated in the sentence)"))
U(d, "Under the moratorium, which came into force at midnight", "the ministry said in a statement.",
  ("Russia", N, neu, "", "details of its own measure in military vocabulary (data, inspections, ceilings), attribution tail"))
U(d, "\"Russia will not be the one to close the door.", "the statement said.",
  ("Russia", T, pos, "NATO", "multi-sentence quote closed by 'the statement said': readiness to return to negotiations"))
U(d, "The Foreign Ministry said the moratorium did not mean Russia intended to mass troops", "southern borders.",
  ("Russia", N, neg, "", "denial of a build-up + plans depending on the situation = neutral"))
# No row: "President Vladimir Putin signed the decree ... November 16." (background narration of decisions already known; acts of the past listed with dates, no position in the sentence).
U(d, "Putin has repeatedly said that Russia was honouring a document", "could not go on.",
  ("Russia", C, neg, "", "surname only; judgement of the partners ('not even bothered') without naming them -> target empty"))
U(d, "Foreign Minister Sergei Lavrov said on Tuesday that the package of \"parallel actions\"", "what was needed.",
  ("Russia", N, neu, "United States", "assessment of the US proposal, half welcome and half criticism, no explicit judgement (unsure: could be condemning)"))
U(d, "He said U.S. plans to station forces at new bases in Bulgaria and Romania", "no choice.",
  ("Russia", C, neg, "United States", "'He' = Lavrov; accusation that US deployments erode the balance"))
U(d, "Deputy Foreign Minister Sergei Kislyak said Russia would resume full implementation", "entered into force.",
  ("Russia", T, neu, "NATO", "conditional offer to return = calling_for_talks"))
U(d, "Anatoly Antonov, who heads the ministry's department for security and disarmament", "any changes.",
  ("Russia", N, neu, "", "procedure (notification); RusInform as the outlet is not an actor"))
U(d, "Chief of the General Staff Yuri Baluyevsky said the armed forces had no plans", "military districts.",
  ("Russia", N, neu, "", "the General Staff = Russia; plans in war vocabulary, no position on another actor"))
U(d, "\"Where we put our troops, and how many, will be decided", "Baluyevsky told journalists.",
  ("Russia", N, neg, "", "own procedure; 'a document that nobody else observes' is a side jab (unsure: could be condemning)"))
U(d, "NATO spokesman James Appathurai said the allies considered the moratorium a blow", "a different path.",
  ("NATO", C, neg, "Russia", "judgement without stock words ('a blow to one of the pillars', 'wished Moscow had chosen')"))
U(d, "He said allied countries would, for the time being, continue to carry out", "discuss Russia's concerns.",
  ("NATO", T, pos, "Russia", "'He' = Appathurai; readiness to discuss = calling_for_talks"))
U(d, "NATO Secretary General Jaap de Hoop Scheffer, speaking after a meeting", "on a compromise.",
  ("NATO", T, neu, "Russia", "appeal to reconsider and seek a compromise, no judgement word; Brussels = place"))
U(d, "In Washington, State Department spokesman Sean McCormack called the Russian move", "treaty's future.",
  ("United States", C, neg, "Russia", "'unfortunate and unhelpful' = judgement + continued talks: rule 1"))
U(d, "German Foreign Minister Frank-Walter Steinmeier said Berlin was worried", "save the treaty.",
  ("Germany", T, neg, "", "concern + appeal to both sides = calling_for_talks"))
U(d, "Steinmeier has argued for months that the adapted treaty should be ratified", "is settled.",
  ("Germany", T, neu, "", "long-held position for ratification once a condition is met = appeal for a settlement (unsure: could be background)"))
U(d, "Georgia's Foreign Ministry said Russia's step would allow it to hide", "international monitoring.",
  ("Georgia", C, neg, "Russia", "accusation"))
U(d, "Moldova said it was following the situation with concern", "Transdniestria.",
  ("Moldova", N, neg, "", "concern without an appeal = neutral, negative"))
U(d, "The OSCE chairman-in-office, Spanish Foreign Minister Miguel Angel Moratinos", "into the treaty.",
  ("OSCE", T, pos, "", "chair-in-office speaks for the OSCE; hope = calling_for_talks"))
# No row: "Russian experts said the moratorium was largely a political signal." (unnamed, summary line).
U(d, "\"This is a message to Washington and Brussels, not a military plan.", "Centre for Strategic Assessments in Moscow.",
  ("Viktor Oreshkin", N, neu, "", "independent analyst; reading of the signal, no judgement; capitals as metonyms inside his words"))
U(d, "Oreshkin said the real issue was that the West had treated the treaty", "never signed it.",
  ("Viktor Oreshkin", N, neg, "", "analysis of the dispute; 'the West' is not a canonical actor (unsure: close to a judgement)"))
U(d, "\"For ten years the alliance has been taking everything and giving nothing.", "he said.",
  ("Viktor Oreshkin", C, neg, "NATO", "explicit judgement of the alliance (by context = NATO)"))
U(d, "He said the most likely outcome was a long freeze", "what the other was doing.",
  ("Viktor Oreshkin", N, neg, "", "scenario"))
U(d, "Henrik Lund, a senior researcher at the Nordic Institute for Security Studies", "most useful part.",
  ("Henrik Lund", N, neg, "", "independent researcher; assessment of losses"))
U(d, "\"The numbers matter less than they did in 1990.", "Lund said.",
  ("Henrik Lund", N, neg, "", "analysis, multi-sentence quote closed by its speaker"))
U(d, "Lund said a military crisis was unlikely in the short term", "felt first.",
  ("Henrik Lund", N, neg, "", "risk scenario"))
U(d, "\"The sensible course would be for NATO to ratify", "he said.",
  ("Henrik Lund", T, neu, "", "appeal for simultaneous steps by both sides"))
# No row: treaty history paragraphs (background narration, the outlet's voice).
U(d, "Belarus, Russia's closest ally, said it understood the reasons for the moratorium", "for now.",
  ("Belarus", S, pos, "Russia", "approval of the ally's decision = supporting; Minsk = metonym; own continued compliance in the same sentence"))
