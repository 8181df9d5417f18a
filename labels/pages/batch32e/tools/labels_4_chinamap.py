# ------------------------------------------------------------------ China's "Standard Map Edition 2023" (Malaysian MFA media statements page, 30 Aug - 1 Sep 2023)
d = "page_malaysia_chinamap2023_mfareleases.html"
# Not statements: top bar, logo, menu, breadcrumb, page title, filters, release dates, release titles, figure caption and credit,
# place-and-date blocks, pagination, share bar, sidebar (Latest, Quick Links), footer links, address, copyright, last-updated line.
# Releases appear newest first (1 Sep, 31 Aug, 30 Aug).
# --- 1 September 2023
U(d, "The Ministry of Foreign Affairs has taken note of the remarks made by the Spokesperson", "on 31 August 2023.",
  ("Malaysia", N, neu, "", "taking note of China's remarks, no position yet"))
U(d, "The Spokesperson presented the map as an ordinary yearly publication", "than was there.",
  ("China", N, neu, "", "China's spokesperson reported by Malaysia = China's statement; the map presented as ordinary + others told not to read more into it = a defence of its own act, no judgement or appeal (unsure: could be read as an appeal for calm)"))
U(d, "Malaysia wishes to state that the regularity with which a map is published", "under international law.",
  ("Malaysia", C, neg, "China", "rebuttal: the claims gain no validity = rejection of China's claims"))
U(d, "Malaysia further notes that the Philippines, Viet Nam and India, among others", "sovereignty or jurisdiction.",
  ("Philippines", C, neg, "China", "states acting as a list: one row per listed state; public rejection of the map = condemning China"),
  ("Vietnam", C, neg, "China", "listed state ('Viet Nam'); rejection of the map"),
  ("India", C, neg, "China", "listed state; rejection of the map"))
# ("Malaysia ... notes" = no position of Malaysia's own in this unit: no Malaysia row.)
U(d, "Malaysia will continue to consult closely with fellow ASEAN Member States", "5 to 7 September 2023.",
  ("Malaysia", N, neu, "", "consultations with its own partners before a summit = plan, not talks with the other party"))
U(d, "At the same time, Malaysia remains committed to resolving differences with China", "between the two countries.",
  ("Malaysia", T, pos, "China", "commitment to friendly consultations with China = calling_for_talks"))
# --- 31 August 2023
U(d, "The Minister of Foreign Affairs, YB Dato' Seri Diraja Dr. Zambry Abd Kadir, has instructed", "Edition 2023\".",
  ("Malaysia", C, neg, "China", "foreign minister = the state; a diplomatic note of protest = measure taken against China"))
U(d, "Speaking to the media after the National Day 2023 celebration", "friendly relations with China.",
  ("Malaysia", N, pos, "", "procedure explained + reassurance that relations are unchanged; no judgement or appeal"))
U(d, "The Minister stressed that Malaysia's sovereign rights over its exclusive economic zone", "with any party.",
  ("Malaysia", N, neg, "", "firm assertion of its own rights aimed at 'any party', no named target or judgement (near miss with the rejection units)"))
U(d, "He added that activities in Malaysia's maritime areas", "continue as usual.",
  ("Malaysia", N, neu, "", "'He' = the Minister; plan: activities continue"))
U(d, "The Minister also said that Malaysia will raise the matter", "with mutual respect.",
  ("Malaysia", T, pos, "", "raising the issue at bilateral and ASEAN-China meetings + confidence in a calm handling = calling_for_talks; all sides -> target empty"))
# --- 30 August 2023
U(d, "The Ministry of Foreign Affairs has taken note of the \"China Standard Map Edition 2023\"", "off Sabah and Sarawak.",
  ("Malaysia", N, neg, "", "description of what the map shows ('unilateral claims'); the rejection comes in the next unit (unsure: 'unilateral' leans to a judgement)"))
U(d, "Malaysia rejects the claims set out in the map", "over its maritime areas.",
  ("Malaysia", C, neg, "China", "'rejects the claims' of China = negative judgement on China's act"))
U(d, "Malaysia's position rests on the Map of Malaysia of 1979", "international law.",
  ("Malaysia", N, neu, "", "restates the legal basis of its position = neutral"))
U(d, "Over the years Malaysia has protested every attempt by another state", "keep doing so.",
  ("Malaysia", N, neg, "", "standing practice toward any other state, no named target; the specific rejection is the unit above (unsure)"))
U(d, "Malaysia holds that differences in the South China Sea can only be settled by peaceful means", "(UNCLOS 1982).",
  ("Malaysia", T, neu, "", "peaceful settlement through consultations = calling_for_talks"))
U(d, "Malaysia also calls on all parties to exercise self-restraint", "tensions in the area.",
  ("Malaysia", T, neu, "", "appeal to all parties for restraint, aimed at no one in particular"))
U(d, "Malaysia reaffirms its commitment to work with all ASEAN Member States and China", "consistent with international law.",
  ("Malaysia", T, pos, "", "commitment to the DOC and COC negotiations = calling_for_talks; ASEAN states and China -> target empty"))
