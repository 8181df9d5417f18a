# ------------------------------------------------------------------ Tunisia: the "conspiracy" arrests and Western reactions (scraped Maghreb daily, 2023-03-03)
d = "page_tunisia_conspiracy_arrests2023_maghrebdaily.txt"
# Not statements: masthead, menu, breadcrumb, headline and standfirst (they carry positions but are headlines), byline, share bar, captions, ADVERTISEMENT, Related, crossheads, tags, newsletter, most read, comments, copyright.
U(d, "The United States said on Thursday it was troubled", "a radio director, judges and a businessman.",
  ("United States", N, neg, "", "dateline excluded; lede: 'troubled' = concern with no appeal and no judgement word (neutral, negative); the rift is narration"))
U(d, "State Department spokesman Ned Price told reporters in Washington", "for having done so.",
  ("United States", C, neg, "Tunisia", "reported clause: nobody should be dragged before a judge for meeting diplomats = judgement on the prosecutions"))
U(d, "\"What we are seeing is a net that keeps being cast wider", "Price said.",
  ("United States", C, neg, "Tunisia", "surname only; arrests aimed at people who disagree with the president = judgement without a stock word"))
U(d, "He said Washington had raised the cases directly", "would keep doing so.",
  ("United States", N, neu, "", "pronoun = Price; raising cases through channels = procedure, no appeal stated"))
# "At least 20 people have been detained since 11 February ..." and "Those held since then include ..." = narration, no row.
# "Saied has cast the detainees as plotters against the state." = summary line before the specific quote, no row.
U(d, "In a video released by the presidency after he visited the interior ministry", "claim to be innocent himself.",
  ("Tunisia", C, neg, "", "second-hand (video shown by the presidency); threat of court + judgement on detainees and judges; target non-canonical -> empty"))
U(d, "The foreign ministry, for its part, reminded foreign missions", "a reply to Western criticism.",
  ("Tunisia", N, neg, "", "reminder of the Vienna Convention rules = procedural line; the rebuke is only the outlet's reading (unsure: could be condemning)"))
U(d, "Tunisia would not accept that any ambassador or foreign official lecture it", "carried by the state news agency TAP.",
  ("Tunisia", C, neg, "", "rejection of foreign criticism in protest; attribution tail via the state agency; aimed at several missions -> target empty"))
U(d, "The governor of Tunis, Kamel Feki, refused permission", "conspiring against the security of the state.",
  ("Tunisia", C, neg, "National Salvation Front (Tunisia)", "provincial official = state; ban of a march with an accusation"))
U(d, "The Front's leader, Ahmed Nejib Chebbi, whose brother Issam", "\"because silence is what they want from us.\"",
  ("National Salvation Front (Tunisia)", C, neg, "Tunisia", "'was quoted as saying'; defiance + charge that the authorities want the opposition silenced"))
# "The criticism from Washington follows a string of statements from Europe." = summary line, no row.
U(d, "According to a statement from the spokesperson of the European Union's foreign policy chief", "the foundation of its partnership with the country.",
  ("European Union", T, neg, "Tunisia", "second-hand attribution; concern + reminder that defence rights and judges' independence must be respected = concern with an appeal"))
U(d, "Massrali said the EU expected every detainee", "a swift, fair hearing.",
  ("European Union", T, neu, "Tunisia", "spokesperson by surname; demand for due process, no judgement word = calling_for_talks (README: demand to one side)"))
U(d, "France's foreign ministry spokesperson, Anne-Claire Legendre, told a briefing", "by the scale of the detentions.",
  ("France", N, neg, "", "worry with no appeal = neutral, negative"))
U(d, "The spokesperson stopped short of an appeal", "the situation \"closely.\"",
  ("France", N, neg, "", "'the spokesperson' = Legendre; monitoring with no appeal = neutral"))
U(d, "In Geneva, the UN human rights chief Volker Türk said last month", "freedom of expression at once.",
  ("United Nations", T, neg, "Tunisia", "concern + call to release, no explicit judgement word = calling_for_talks (unsure: 'held for exercising their freedom' leans to a judgement)"))
U(d, "Germany's Federal Foreign Office said on Wednesday that it regretted", "out of proportion.",
  ("Germany", C, neg, "Tunisia", "'regretted' + 'out of proportion' aimed at the expulsion = judgement"))
U(d, "Esther Lynch, the ETUC general secretary, was declared persona non grata", "in Sfax.",
  ("Tunisia", C, neg, "European Trade Union Confederation", "passive: the expulsion was an act of the Tunisian authorities; an expulsion = condemning (guide)"))
U(d, "She said in Brussels that the expulsion would not silence", "\"as often as it takes.\"",
  ("European Trade Union Confederation", C, neg, "Tunisia", "Lynch speaks for the ETUC; 'would not silence' casts the expulsion as an attempt to gag unions (unsure: defiance + plan could be neutral)"))
U(d, "The UGTT's secretary general, Noureddine Taboubi, told union members", "by expelling its friends.",
  ("Tunisian General Labour Union", C, neg, "Tunisia", "reported clause: the government 'mistaken' in trying to bend the union = judgement"))
U(d, "Saied has said that foreigners who", "would be shown the door.",
  ("Tunisia", C, neg, "", "threat of expulsion = condemning; target non-canonical (foreigners)"))
U(d, "Amnesty International described the case file as empty of evidence", "anyone who still speaks out.",
  ("Amnesty International", C, neg, "Tunisia", "judgement on the case file and the arrests' purpose"))
U(d, "Ennahda, whose leader Rached Ghannouchi has been questioned", "the president's score-settling.",
  ("Ennahda", C, neg, "Tunisia", "courts turned into an instrument of score-settling = judgement; the relative clause is narration"))
# "Not everyone in Tunis sees it that way." = transition, no row.
U(d, "Sami Ouertani, a political scientist at the Carthage Centre for Democratic Studies, said", "a decade of decline.",
  ("Sami Ouertani", N, neu, "", "invented analyst; reading of Saied's support = analysis, neutral"))
U(d, "\"The Western statements are mild because Europe needs Tunisia on migration", "Ouertani said.",
  ("Sami Ouertani", N, neu, "", "analysis of motives; no explicit position of his own (unsure: a veiled criticism of Europe)"))
U(d, "\"If the Europeans want their words to count", "he added.",
  ("Sami Ouertani", T, neu, "European Union", "appeal to talk with both sides rather than issue statements = calling_for_talks; addressed to the Europeans"))
U(d, "Ines Gharbi, a lawyer who represents two of the detainees, said", "reported in the press at the time.",
  ("Ines Gharbi", N, neg, "", "invented lawyer (independent voice); facts about the interrogations"))
U(d, "\"This file is built on nothing", "she said.",
  ("Ines Gharbi", C, neg, "Tunisia", "judgement on the prosecution's case"))
# "The detainees face charges under the anti-terrorism law ..." = narration, no row.
