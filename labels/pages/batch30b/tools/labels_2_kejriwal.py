# ------------------------------------------------------------------ India's summons of US and German diplomats over remarks on Kejriwal's arrest (Indian national daily, full HTML, 2024-03-29)
d = "page_kejriwal_arrest2024_delhidaily.html"
# Not statements: top bar, masthead, nav, breadcrumb, headline, standfirst, byline/time, share bar, figcaptions,
# ADVERTISEMENT, crossheads, tags, Also read, comments, most read, footer.
U(d, "The government on Thursday sharpened its response to foreign comments", "would not go unanswered.",
  ("India", C, neg, "United States", "dateline 'NEW DELHI: ' excluded; 'the government' = India (national paper); 'out of place' + warning aimed at Washington = condemning"))
U(d, "At the ministry's weekly briefing, the official spokesperson said India objected firmly", "at a senior level.",
  ("India", C, neg, "United States", "spokesperson by title only; objection to the US remarks = condemning"))
U(d, "\"Cases in our courts are decided by judges who answer to the Constitution", "the spokesperson told reporters.",
  ("India", C, neg, "United States", "judgement without stock words on foreign comment ('helps no one'); context = the US remarks"))
U(d, "\"Partners, and above all partners who speak of shared democratic values", "it is very hard to rebuild,\" he said.",
  ("India", C, neg, "United States", "rebuke by implication (lack of restraint) + warning; 'he' = the spokesperson"))
U(d, "The spokesperson said India was proud of its institutions", "did not need instruction from anyone.",
  ("India", N, pos, "", "self-praise of own institutions = neutral (labels/README); the rebuff names no one (unsure: could be condemning)"))
U(d, "The ministry had on Wednesday summoned the acting deputy chief of mission", "the meeting lasted about 40 minutes.",
  ("India", C, neg, "United States", "summoning a diplomat in protest = a measure, condemning"))
U(d, "In a statement issued after the meeting, the ministry said it had lodged a strong objection", "still before the courts.",
  ("India", C, neg, "United States", "'interference' = judgement"))
U(d, "Asked whether the summons would affect wider ties, the spokesperson said the relationship with Washington", "conducted with mutual respect.",
  ("India", N, neu, "", "description of the relationship + expectation, no judgement or appeal for talks = neutral"))
# "The US envoy's summons was the second such step in five days." = narration, no row.
U(d, "On Saturday, the ministry called in the deputy head of the German Embassy", "counted on a fair trial for Kejriwal.",
  ("India", C, neg, "Germany", "summons in protest = condemning"),
  ("Germany", T, neu, "India", "reported clause: the German spokesperson's expectation of a fair trial = appeal for due process, no judgement -> calling_for_talks"))
U(d, "The ministry said on Saturday that the German comments were an intrusion", "a prejudged view of the case.",
  ("India", C, neg, "Germany", "'intrusion', 'prejudged' = judgement"))
U(d, "A government source said the German side had been told plainly", "would not be accepted.",
  ("India", C, neg, "Germany", "unnamed source of a named government (context: the Indian government) = India; rebuff"))
U(d, "Berlin appeared to step back on Wednesday, when the German Foreign Office spokesperson would not discuss", "on track.",
  ("Germany", S, pos, "India", "declining to comment + praise of the partnership = supporting India (unsure: could be neutral)"))
U(d, "The State Department, however, repeated its position in Washington on Wednesday", "without undue delay.",
  ("United States", T, neu, "India", "named spokesperson; wish for due process = appeal without a judgement -> calling_for_talks"))
U(d, "Miller also said Washington was aware of the Congress party's complaint", "able to campaign effectively.",
  ("United States", T, neu, "India", "surname on second mention; expectation that the party can campaign = appeal"),
  ("Indian National Congress", C, neg, "India", "the Congress's own complaint (accounts frozen) reported by Miller = its statement; accusation against the authorities"))
U(d, "At the United Nations, a spokesperson for Secretary-General Antonio Guterres", "without intimidation.",
  ("United Nations", T, neu, "India", "passive attribution ('was quoted as saying'); hope for a free vote = calling_for_talks"))
# "Kejriwal, the convener of the Aam Aadmi Party, was arrested by the Enforcement Directorate on March 21 ..." = background narration of the event, no row.
U(d, "The Enforcement Directorate told the court that the chief minister was directly involved", "charges the party denies.",
  ("India", C, neg, "Aam Aadmi Party", "ED (a state agency) = India; accusation of the party's convener; target = his party"),
  ("Aam Aadmi Party", N, neg, "", "'charges the party denies' = denial, neutral"))
U(d, "Delhi minister Atishi said the arrest was a political conspiracy", "on the streets.",
  ("Aam Aadmi Party", C, neg, "India", "AAP minister speaking for the party; 'political conspiracy' = accusation of the authorities"))
U(d, "She said the world was watching because the arrest was without precedent", "settle the matter among Indians.",
  ("Aam Aadmi Party", N, neu, "", "disavowal of foreign help = neutral"))
U(d, "A BJP spokesperson accused the opposition of inviting foreign powers", "an insult to the country's democracy.",
  ("Bharatiya Janata Party", C, neg, "", "accusation; 'the opposition' not one actor -> target empty"))
U(d, "The Congress, whose leaders have accused the Income Tax department", "for Indian institutions to resolve.",
  ("Indian National Congress", C, neg, "India", "welcome joined to a judgement ('uneven playing field', crippling the party) -> rule 1 condemning"))
# "Former diplomats were divided over the tone of the response." = summary line, no row.
U(d, "Retired ambassador Krishnan Raghunath, who served in Washington and Bonn", "right to draw a line.",
  ("Krishnan Raghunath", S, pos, "India", "invented former diplomat speaking for no body; approval of the ministry's response"))
U(d, "\"Every democracy has its flaws, but no partner talks about a pending criminal case", "Raghunath said.",
  ("Krishnan Raghunath", C, neg, "", "judgement on the US and German comments; two states -> target empty"))
# "Aparna Sehgal, who teaches international relations at a Delhi university, was more sceptical." = summary lead-in, no row.
U(d, "Sehgal said the back-to-back summons risked amplifying comments", "quiet conversations with both capitals.",
  ("Aparna Sehgal", T, neu, "India", "invented scholar; advice to use quiet talks over public summons = calling_for_talks (the 'risk' is an assessment, not an explicit judgement)"))
U(d, "\"A phone call at the right level would have done the job", "she said.",
  ("Aparna Sehgal", C, neg, "India", "negative judgement of the government's handling ('turning routine answers into headlines') (unsure: could be read as advice, calling_for_talks)"))
