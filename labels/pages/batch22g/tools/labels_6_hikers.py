# ------------------------------------------------------------------ The three American hikers held in Iran; Sarah Shourd freed on bail (broadcaster's website, scraped, 2010-09-18)
d = "page_hikers_shourd_broadcaster.txt"
# No row: brand, menu, section path, headline, posted/updated line, byline, share line, VIDEO label, image caption with
# credit, ADVERTISEMENT, crossheads, "Read more:", related stories, comments prompt, Most watched, copyright.
U(d, "Iran freed Sarah Shourd, one of three Americans arrested on its border", "go on trial for espionage.",
  ("Iran", N, neu, "", "long lead: release on bail + the prosecutor's procedure (both Iran) = neutral; one row for the one actor"))
# No row: "Shourd, 32, flew to Muscat ..." (narration; Nora as object).
U(d, "Oman, which keeps good relations with both Washington and Tehran", "the state news agency.",
  ("Oman", S, pos, "", "humanitarian mediation and the flight = help provided (backing by act); unnamed official of a named government; capitals as places inside a relative clause"))
U(d, "Iran's judiciary said the bail had been lodged as a bank guarantee", "who had paid it.",
  ("Iran", N, neu, "", "procedure; Oman's officials decline to comment = no Omani row"))
U(d, "Iranian officials described the release as a decision taken on medical grounds.", "on medical grounds.",
  ("Iran", N, neu, "", "'Iranian officials' = officials of a named government (guide: 'Iran, Iranian officials')"))
U(d, "Shourd's mother has said for months that her daughter had a lump", "damaging her health.",
  ("Nora Shourd", N, neg, "", "relative under her own name; facts about her daughter's health (solitary confinement mentioned without naming a culprit)"))
# No row: "The three University of California, Berkeley, graduates were detained ..." (narration; "Their families say" is picked up later in the families' own statement).
U(d, "President Barack Obama said he was overjoyed that Shourd would soon be back", "to make it happen.",
  ("United States", S, pos, "", "thanks to Switzerland and Oman = approval; two states -> target empty"))
U(d, "But he said Bauer and Fattal had done nothing wrong", "send them home too.",
  ("United States", T, neg, "Iran", "pronoun subject = Obama; innocence asserted + demand to release, no judgement word = calling_for_talks (unsure: could be condemning)"))
U(d, "Secretary of State Hillary Clinton said Iran's decision showed it had the means", "humanitarian grounds.",
  ("United States", T, pos, "Iran", "welcome + appeal (rule 2 before rule 3) = calling_for_talks; Tehran = metonym as addressee"))
U(d, "State Department spokesman P.J. Crowley said the United States had not paid", "in arranging it.",
  ("United States", N, neg, "", "denial about ransom and sanctions = neutral"))
U(d, "Before leaving Iran, Shourd thanked the Iranian authorities", "broadcast by state television.",
  ("Sarah Shourd", S, pos, "Iran", "thanks = approval; she speaks for herself; state television is not an actor"))
U(d, "Speaking to reporters at Muscat airport before flying home", "pressing for their freedom.",
  ("Sarah Shourd", T, neg, "", "appeal for the men's release by peaceful pressure = calling_for_talks"))
U(d, "\"I am here, and they are not, and I will not rest until they are,\"", "Shourd said.",
  ("Sarah Shourd", N, neg, "", "own resolve, no appeal or judgement"))
U(d, "Iranian officials had said early last week that Shourd would be freed", "had not been completed.",
  ("Iran", N, neu, "", "announced release and its cancellation = procedure"))
U(d, "Tehran prosecutor Abbas Jafari Dolatabadi said on Tuesday that the two men had been indicted", "went to court.",
  ("Iran", N, neu, "", "indictment and extension = procedure"))
U(d, "Dolatabadi said last November that the three would be charged with spying", "was strong.",
  ("Iran", C, neg, "", "surname only; accusation of espionage against the three (not actors: target empty; unsure: could be neutral procedure)"))
U(d, "Foreign ministry spokesman Ramin Mehmanparast said the release showed Iran's respect", "by accident.",
  ("Iran", N, neg, "United States", "self-praise + rejecting the US account as untrue = a denial/rebuttal, neutral (unsure)"))
U(d, "Ahmadinejad, who arrives in New York next week for the UN General Assembly", "holding unlawfully.",
  ("Iran", C, neg, "United States", "hope Washington appreciates the act + demand to free Iranians 'held unlawfully' = judgement (rule 1); New York = place"))
U(d, "The families of the three, who run the Free the Hikers campaign", "to Shane and Josh.",
  ("Free the Hikers", T, pos, "Iran", "families' campaign under its own name; thanks + appeal for mercy = calling_for_talks (rule 2 before 3)"))
U(d, "Nora Shourd said her daughter's happiness was mixed with pain", "the medical care she needed.",
  ("Nora Shourd", N, neg, "", "feelings and plans"))
U(d, "Laura Fattal, Josh's mother, said she still believed Iran would", "the same compassion.",
  ("Laura Fattal", T, pos, "Iran", "hope of release = calling_for_talks"))
# No row: "Switzerland, which represents U.S. interests in Iran ..." (background narration).
U(d, "The Swiss foreign ministry said its ambassador in Tehran, Livia Leu Agosti", "in Evin prison.",
  ("Switzerland", N, neu, "", "protecting-power duties reported as done and planned = neutral procedure (unsure: could be supporting by act)"))
# No row: "Swiss diplomats were first allowed to see the three ..." (narration).
U(d, "Iraq's foreign minister, Hoshyar Zebari, asked Iran's ambassador in August 2009", "lost their way.",
  ("Iraq", T, neu, "Iran", "humanitarian appeal for release = calling_for_talks; Baghdad = metonym"))
U(d, "Clinton called on Iran at the time to help find the three", "as quickly as possible.",
  ("United States", T, neg, "Iran", "appeal, no judgement"))
U(d, "Mehrdad Sohrabi, who follows Iranian politics at a research institute", "controlled the file.",
  ("Mehrdad Sohrabi", N, neu, "", "independent researcher: reading of who decides"))
U(d, "\"Ahmadinejad wanted a gesture he could carry to New York.", "he said.",
  ("Mehrdad Sohrabi", N, neu, "", "multi-sentence quote closed by speaker; interests, no judgement"))
U(d, "Sohrabi said the trial of Bauer and Fattal could drag on", "presented in court.",
  ("Mehrdad Sohrabi", N, neg, "", "scenario"))
U(d, "Helen Marchetti, a former State Department official who handled consular cases", "detentions of foreigners.",
  ("Helen Marchetti", N, neg, "", "former official speaking for herself; risk, no judgement"))
U(d, "\"Let's be plain: Iran is holding two young men as bargaining chips", "she said.",
  ("Helen Marchetti", C, neg, "Iran", "'bargaining chips', 'ransom by another name' = judgement"))
# No row: the bail-law paragraph ("legal experts in Tehran": unnamed), Shourd's travel plans (narration), commenters.
