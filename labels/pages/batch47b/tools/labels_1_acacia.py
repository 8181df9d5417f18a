# ---------------------------------------------------------------- 1. Tanzania: $190bn tax demand on Acacia Mining (wire copy)
d = "page_tanzania_acacia_taxbill2017_wire.txt"
TZ, AC, BG = "Tanzania", "Acacia Mining", "Barrick Gold"
ACT = "ACT-Wazalendo"
# headline, bullets, byline, dateline: no rows
U(d, "Tanzania's revenue authority has sent Acacia Mining a demand", "cut off a third of its output.",
  (TZ, C, neg, AC, "the revenue authority's tax demand (an accusation of unpaid taxes with penalties) = a measure of the state against the company; the dateline is left out of the unit"),
  (AC, N, neu, "", "'the London-listed gold producer said on Monday' = the company reporting the fact of the demand (fact given by an actor)"))
U(d, "The assessments, delivered late last week", "between 2000 and 2017.",
  (TZ, N, neu, "", "the breakdown of the demand = figures of the state's assessment (unsure: could be read as the measure detailed, condemning, or as narration with no row)"))
U(d, "Acacia said in a statement to the London Stock Exchange", "in their entirety.",
  (AC, N, neg, "", "denial of under-declaration and rejection of the assessments = neutral, negative (guide: denials)"))
U(d, "The company added that it had been given no explanation", "arrived at its figures.",
  (AC, N, neg, "", "complaint of no explanation, no judgement word = neutral, negative (unsure: could be a mild condemnation of the authority)"))
U(d, "\"We will look at every option open to us, arbitration included.", "the company said.",
  (AC, T, neu, TZ, "multi-sentence quote closed by the speaker; prefers settling 'at the table' = calling_for_talks; arbitration named as a legal option, not a threatened response (unsure)"))
# "Its shares closed down about a fifth in London ..." -> market narration, no row
# "The demand is about 190 times what Acacia earned ..." -> narration, no row
# crosshead GOVERNMENT STANDS FIRM: no row
U(d, "Hassan Abbasi, director of information services and the government's chief spokesman, said", "than it reported.",
  (TZ, C, neg, AC, "government spokesman = Tanzania; the committees' finding that the miner hid its exports = accusation"))
U(d, "\"Nobody is being punished here.", "Abbasi told Meridian by telephone.",
  (TZ, C, neg, AC, "quote closed by the speaker (surname only); 'took this country's minerals without paying for them' + 'it will pay' = accusation and demand"))
U(d, "\"If Acacia thinks the figures are wrong, the law gives it a place to say so.\"", "a place to say so.\"",
  (TZ, N, neu, "", "continuation of Abbasi's quote; procedure open to the company = neutral"))
U(d, "He said the government's door remained open to Barrick,", "what Tanzania was owed.",
  (TZ, T, neu, BG, "'He' = Abbasi; open door and an agreement 'within weeks' offered to the parent company = offering talks (conditional offers count, labels/README)"))
U(d, "The revenue authority said in a short notice", "to lodge an objection.",
  (TZ, N, neu, "", "legal basis and objection deadline = procedure"))
U(d, "President John Magufuli, who accused the miner in June", "if the dispute is not settled.",
  (TZ, C, neg, AC, "accusation of cheating + warning that he could close the mines = judgement and threat"))
# "A ban on exports of unprocessed gold and copper concentrate has been in force since March, and laws rushed through parliament ..." -> background, passive, no actor: no row
# crosshead BARRICK STILL TALKING: no row
U(d, "Barrick Gold, the Toronto-based miner that owns 63.9 percent of Acacia,", "would continue.",
  (BG, T, neu, TZ, "Barrick Gold (name files); its negotiations with the government will go on = commitment to talks; Toronto = place"))
U(d, "Those talks began after Barrick's executive chairman, John Thornton,", "rather than with Acacia.",
  (TZ, T, neu, BG, "Magufuli 'agreed to negotiate with the parent company' = agreeing to talks; the June meeting itself is narrative (no Barrick row); choosing Barrick over Acacia states no grievance (unsure)"))
U(d, "\"We remain committed to a solution that works for Tanzania", "a Barrick spokesman said in Toronto.",
  (BG, T, pos, TZ, "company spokesman = Barrick Gold; commitment to a negotiated solution and further meetings"))
U(d, "Acacia warned last week that the export ban was draining its cash", "its largest underground mine.",
  (AC, N, neg, "", "warning about its own cash and operations, no judgement of the government in the sentence = neutral, negative"))
# crosshead 'A LEVER, AND A BLUNT ONE': no row
U(d, "Zitto Kabwe, leader of the opposition ACT-Wazalendo party, said", "from foreign miners.",
  (ACT, S, pos, TZ, "party leader = ACT-Wazalendo (Zitto Kabwe is its alias in actors.csv); approval of the government's aim = supporting (an opposition leader backing the government on one point)"))
U(d, "But he said a figure so far beyond anything the company could pay", "reached an arbitrator.",
  (ACT, C, neg, TZ, "'he' = Kabwe; the figure would 'make Tanzania look unserious' = negative judgement of the government's demand"))
U(d, "\"You do not win an argument about numbers by inventing a bigger number,\"", "told reporters in Dar es Salaam.",
  (ACT, C, neg, TZ, "surname only = Zitto Kabwe; mocking the invented figure = judgement of the government"))
U(d, "The Tanzania Chamber of Minerals and Energy, which represents the mining companies", "rather than confrontation.",
  ("Tanzania Chamber of Minerals and Energy", T, neu, "", "new actor (industry body); urges both sides to negotiate = calling_for_talks, target empty (both)"))
# "Some investors were less restrained." -> lead-in, no row
U(d, "\"Nobody expects this number to be paid.", "a mining analyst at Fairway Securities in London.",
  ("Oliver Whitcombe", N, neg, "", "invented analyst (new actor); reads the demand as a negotiating lever, 'a blunt one' (unsure: could be read as condemning Tanzania)"))
U(d, "\"The real question is what it does to every other company", "thinking about Tanzania.\"",
  ("Oliver Whitcombe", N, neg, "", "continuation of his quote; concern for investment, no appeal = neutral, negative"))
# "The sum has little precedent. Acacia's market value was below $1 billion ..." -> narration, no rows
# "Tanzania is Africa's fourth-largest gold producer ..." -> narration, no row
