# ------------------------------------------------------------------ Arrest and return of Alice Guo (Presidential Communications Office news releases, full HTML, 2024-09-04..06)
d = "page_philippines_aliceguo_arrest2024_pcoreleases.html"
# Not statements: GOVPH bar, header, search, menu, breadcrumb, release titles and dates, figure captions, "(PCO)" tags,
# closed-comments notice, share bar, Latest Releases, tags, footer.
# "Alice Guo arrived at a private hangar ..." = narration, no row.
U(d, "Bureau of Immigration Commissioner Norman Tansingco said new complaints", "the criminal cases she is facing.",
  ("Philippines", C, neu, "Alice Guo", "immigration complaints filed against her = a measure (charges)"))
U(d, "Executive Secretary Lucas P. Bersamin said the Government would honour", "appearance at their hearings.",
  ("Philippines", N, neu, "", "Bersamin (alias of Philippines); procedure"))
U(d, "Asked whether Manila would raise with Beijing the allegations", "no diplomatic protest had been filed.",
  ("Philippines", N, neu, "", "no protest filed, case treated as law enforcement = neutral; Manila/Beijing are metonyms and objects"))
U(d, "\"We will go where the evidence takes us, and we will not run ahead of it,\"", "the Executive Secretary said.",
  ("Philippines", N, neu, "", "'the Executive Secretary' = Bersamin; statement of method"))
U(d, "Guo has denied that she is a Chinese spy", "answer the charges against her in court.",
  ("Alice Guo", N, neg, "", "denial through her lawyer = neutral, negative tone"))
U(d, "Interior and Local Government Secretary Benjamin \"Benhur\" Abalos Jr.", "Malacañang said.",
  ("Philippines", N, neu, "", "mission to take custody = procedure; Malacañang only relays"))
U(d, "At a meeting at the headquarters of the Indonesian National Police, Abalos thanked", "handled the case.",
  ("Philippines", S, pos, "Indonesia", "thanks to the Indonesian police = supporting"))
U(d, "\"Our sea borders are long and hard to watch", "Abalos said.",
  ("Philippines", S, pos, "Indonesia", "praise of joint police work with Indonesia (unsure: partly a warning to criminals)"))
U(d, "An official of the Indonesian National Police told reporters in Jakarta", "rather than extradition.",
  ("Indonesia", N, neu, "", "unnamed official of a named body = Indonesia; procedure"))
U(d, "The Indonesian side also raised the case of Gregor Johann Haas", "sent to Jakarta.",
  ("Indonesia", N, neu, "", "'the Indonesian side' = Indonesia; request for a fugitive's handover = legal procedure, neither aid, judgement nor talks (unsure: could be calling_for_talks as a diplomatic request)"))
U(d, "Abalos said any decision on Haas rested with the courts", "not part of any exchange.",
  ("Philippines", N, neu, "", "clarification that no swap exists = neutral"))
U(d, "Upon meeting the Secretary, Guo said she had received death threats", "on his official page.",
  ("Alice Guo", N, neg, "", "her fears and request for protection = neutral, negative tone; the video only relays"))
U(d, "The Secretary assured her of her safety", "chartered aircraft.",
  ("Philippines", N, neu, "", "'The Secretary' = Abalos; reassurance about own conduct"))
U(d, "Officials who helped Alice Guo slip out of the country in July will be dismissed and prosecuted", "Camp Aguinaldo in Quezon City.",
  ("Philippines", C, neg, "", "threat of dismissal and prosecution aimed at unnamed officials -> target empty"))
U(d, "\"They betrayed the trust that comes with a badge", "the President said.",
  ("Philippines", C, neg, "", "'betrayed' = judgement + threat; unnamed officials -> target empty"))
U(d, "The President said the inquiry into how Guo left undetected", "she may have used.",
  ("Philippines", N, neu, "", "ongoing inquiry = procedure"))
U(d, "Justice Secretary Jesus Crispin Remulla said prosecutors were ready", "set foot in the country.",
  ("Philippines", C, neu, "Alice Guo", "prosecution ready to proceed = a measure (charges) against her"))
U(d, "President Ferdinand R. Marcos Jr. on Wednesday welcomed the arrest in Indonesia", "their Indonesian partners.",
  ("Philippines", S, pos, "Indonesia", "welcome of the arrest made by Indonesian police + credit to Indonesian partners = supporting (unsure: partly self-praise)"))
U(d, "\"Anyone who thinks our courts can be outrun", "official social media accounts.",
  ("Philippines", C, neg, "", "warning to would-be fugitives = threat; 'her' = Guo but the warning is general -> target empty (unsure: could be Alice Guo)"))
U(d, "He congratulated the officers of the Philippine National Police", "had paid off.",
  ("Philippines", N, pos, "", "praise of its own agencies = self-praise, neutral, positive (labels/README)"))
U(d, "The President also expressed his gratitude to Jakarta and to the Indonesian National Police", "trusted each other.",
  ("Philippines", S, pos, "Indonesia", "gratitude to Jakarta (metonym) = supporting"))
U(d, "He likewise thanked the authorities of Malaysia and Singapore", "Philippine investigators.",
  ("Philippines", S, pos, "", "thanks to two states -> one row, target empty"))
U(d, "Guo would have her day in court with a lawyer of her choosing", "without further delay.",
  ("Philippines", N, neu, "", "assurance of due process + wish for a speedy trial = own conduct"))
U(d, "The President, who ordered all Philippine offshore gaming operators to shut down", "why the industry had to go.",
  ("Philippines", C, neg, "", "judgement of the offshore gaming industry (not an actor) -> target empty"))
# "Guo, also known as Guo Hua Ping, was arrested at around 1:30 a.m. ..." = passive narration without an agent, no row.
U(d, "She faces complaints of human trafficking and money laundering", "by the Ombudsman in August.",
  ("Philippines", C, neu, "Alice Guo", "background: complaints and dismissal by the Ombudsman = measures reported as done (unsure: could be narration with no row)"))
U(d, "Abalos and his Indonesian counterparts agreed to hold regular meetings", "cross-border crime.",
  ("Philippines", T, pos, "Indonesia", "agreement of both sides to hold regular meetings = commitment to talks; two rows"),
  ("Indonesia", T, pos, "Philippines", "'his Indonesian counterparts' = Indonesian police = Indonesia, second party to the agreement"))
