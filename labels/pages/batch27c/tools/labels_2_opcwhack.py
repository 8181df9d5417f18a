# ------------------------------------------------------------------ The Hague: the GRU team at the OPCW (live blog, full HTML, 2018-10-04)
d = "page_opcw_gru_hague2018_liveblog.html"
# Not statements: nav, breadcrumb, headline, standfirst (carries positions), byline, stamps, figcaption, key events,
# the 19:48 summary entry (narration), ADVERTISEMENT, share bar, tags, related stories, comments, newsletter, footer.
U(d, "A spokesperson for the watchdog said its systems had been reinforced", "without interruption.",
  ("OPCW", N, neu, "", "the watchdog's own facts about its systems; no judgement or appeal"))
# "The Organisation for the Prohibition of Chemical Weapons itself has been careful with its words." = lead-in, no row.
U(d, "From UN headquarters in New York, the secretary-general's spokesman", "car parks of The Hague.",
  ("United Nations", T, neu, "", "spokesman reports the SG's hope: respect + dialogue, no judgement = calling_for_talks"))
# "Berlin's reaction is notably cooler than London's." = outlet's comparison, no row.
U(d, "German foreign minister Heiko Maas told reporters", "in the German government.",
  ("Germany", N, neg, "", "taking it 'extremely seriously' = concern with no appeal -> neutral, negative"))
# "He did not say whether Germany would take any step of its own." = non-answer, no row.
# "Brussels has spoken." = lead-in, no row.
U(d, "Donald Tusk, Jean-Claude Juncker and Federica Mogherini said in a joint statement", "banning chemical weapons.",
  ("European Union", C, neg, "Russia", "three EU leaders in one joint statement = one actor; reported clause; the operation was Russian (context) -> target Russia"))
U(d, "\"The European Union stands with the Netherlands and the United Kingdom", "the three leaders said.",
  ("European Union", S, pos, "", "solidarity with two states + own measures; two targets -> empty"))
U(d, "Major General Onno Eichelsheim, head of the Dutch military intelligence service MIVD, said", "Russian embassy.",
  ("Netherlands", N, neu, "", "intelligence chief's facts; 'Some more of the Dutch evidence' lead-in gets no row"))
U(d, "The team carried 20,000 euros and 20,000 dollars in cash", "the general told the press conference.",
  ("Netherlands", N, neu, "", "speaker carried across a paragraph break ('the general'); facts of the evidence"))
# "Ottawa joins in." = lead-in, no row.
U(d, "Canada's foreign minister, Chrystia Freeland, said Canada shared the assessment", "democratic institutions.",
  ("Canada", C, neg, "Russia", "shares attribution + condemnation; campaign = the GRU's (context)"))
U(d, "From Canberra, a joint statement by Prime Minister Scott Morrison and Foreign Minister Marise Payne says", "named by London.",
  ("Australia", C, neg, "Russia", "joint statement of two officials of one state = one actor; attribution = accusation"))
U(d, "\"Australia will continue to call out malicious behaviour", "the statement says.",
  ("Australia", C, neg, "", "vow to keep naming attackers, aimed at 'malicious behaviour' in general -> target empty (unsure: Russia implied)"))
# "Big news from Washington." = lead-in, no row.
U(d, "The US Justice Department has charged seven officers of Russian military intelligence", "unsealed in Pittsburgh.",
  ("United States", C, neg, "Russia", "'according to an indictment' = second-hand attribution; charges = a measure taken against the other side"))
U(d, "Assistant attorney general John Demers said the officers had tried", "doping programme.",
  ("United States", C, neg, "Russia", "reported clause: accusation of retaliation for the doping exposures"))
U(d, "NATO Secretary General Jens Stoltenberg: \"Allies stand with the Netherlands", "into the open.\"",
  ("NATO", S, pos, "", "quote with no verb of saying (live-blog item); solidarity with two allies -> target empty"))
U(d, "Stoltenberg added later that the alliance would send extra cyber specialists", "asked for them.",
  ("NATO", S, neu, "", "surname only; offer of help = supporting (backing by act), no single target"))
# "Moscow's first response is in." = lead-in, no row.
U(d, "Foreign ministry spokeswoman Maria Zakharova was quoted by the RIA news agency", "good enough press officer.",
  ("Russia", C, neg, "", "passive attribution via an agency (agency not an actor); mockery of the accusers = judgement; several accusers -> target empty"))
U(d, "The Russian permanent mission to the OPCW said it had no comment.", "The Russian permanent mission to the OPCW said it had no comment.",
  ("Russia", N, neu, "", "declining to comment = neutral"))
U(d, "Kremlin spokesman Dmitry Peskov told reporters Russia had nothing to do", "watchdog's network.",
  ("Russia", N, neg, "", "denial = neutral, negative"))
U(d, "The Dutch government says it summoned Russian ambassador Alexander Shulgin", "the four officers.",
  ("Netherlands", C, neg, "Russia", "summoning the envoy = a protest measure (like expulsions) -> condemning"))
# "Theresa May and Mark Rutte have put out a joint statement." = lead-in, no row.
U(d, "The two prime ministers said the GRU had shown", "keep exposing such operations together.",
  ("United Kingdom", C, neg, "Russia", "joint statement of two states: one row per state; 'the two prime ministers' resolves through the previous sentence"),
  ("Netherlands", C, neg, "Russia", "joint statement: second state"))
U(d, "The British ambassador to the Netherlands, Peter Wilson, who appeared alongside", "Porton Down laboratory.",
  ("United Kingdom", C, neg, "Russia", "accusation that the same team targeted UK institutions"))
U(d, "\"The people behind this wanted to reach into the investigation", "Wilson said.",
  ("United Kingdom", C, neg, "Russia", "quote closed by 'Wilson said'; accusation of tampering"))
U(d, "\"They did not get very far.\"", "\"They did not get very far.\"",
  ("United Kingdom", N, neu, "", "continuation of Wilson's quote after the attribution; a factual remark (unsure: mild mockery)"))
U(d, "Dutch defence minister Ank Bijleveld has just confirmed that four Russian officers were escorted out", "from a rented car.",
  ("Netherlands", C, neg, "Russia", "expulsion of the officers reported by the state that took it = condemning (expulsion)"))
U(d, "\"This was an operation against the one body in the world", "Bijleveld said.",
  ("Netherlands", C, neg, "Russia", "judgement without a stock word ('will not look away')"))
U(d, "She called on Russia to stop its cyber activities", "its allies.",
  ("Netherlands", T, neg, "Russia", "demand to stop addressed to one side with no judgement word = calling_for_talks, negative (README)"))
# "Two outside voices." = lead-in, no row.
U(d, "Annelies Verbeek, a researcher at the Hague Centre for Cyber Norms, told us", "with such detail.",
  ("Annelies Verbeek", N, neu, "", "invented researcher; observation, no position"))
U(d, "\"Governments normally keep counter-intelligence wins in the drawer", "she said.",
  ("Annelies Verbeek", N, neu, "", "analysis of the Dutch choice, no judgement"))
U(d, "Tom Halloran, a former British intelligence officer now at the Institute for Strategic Resilience, was blunter", "never be caught.\"",
  ("Tom Halloran", C, neg, "Russia", "invented analyst; mockery of the GRU = judgement; quote opened after a colon"))
U(d, "In Brussels for a Nato defence ministers' meeting, Britain's defence secretary", "until it changed course.",
  ("United Kingdom", C, neg, "Russia", "threat of continued exposure = condemning"))
U(d, "The foreign secretary, Jeremy Hunt, said the GRU's conduct", "would respond.",
  ("United Kingdom", C, neg, "Russia", "title first ('The foreign secretary'); judgement + announced response"))
U(d, "The National Cyber Security Centre earlier named the GRU", "World Anti-Doping Agency.",
  ("United Kingdom", C, neg, "Russia", "state agency's attribution = accusation"))
# 09:02 welcome entry = narration, no row.
