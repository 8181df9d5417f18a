# ------------------------------------------------------------------ Chinese balloon (Reuters-style wire, 2023-02-05)
d = "page_china_balloon_wire.txt"
U(d, "China on Sunday accused the United States of an \"obvious overreaction\"", "in five years.",
  ("China", C, neg, "United States", "dateline 'WASHINGTON/BEIJING, Feb 5 (Reuters) - ' excluded; long lead: accusation + reserved response, then narration"))
U(d, "Beijing's foreign ministry said in a statement that it had told Washington repeatedly", "international practice.",
  ("China", C, neg, "United States", "capital as metonym for the ministry's state; 'serious breach' judgement"))
U(d, "\"China will resolutely protect the lawful interests", "the ministry said.",
  ("China", C, neg, "United States", "reserved further response = threat; attribution tail"))
U(d, "Vice Foreign Minister Xie Feng lodged", "the ministry added later.",
  ("China", C, neg, "United States", "formal protest lodged with the embassy"))
U(d, "A spokesman for China's defence ministry, Tan Kefei", "in future.",
  ("China", C, neg, "United States", "warning of 'necessary means' = threat"))
U(d, "The balloon, which U.S. officials say was gathering intelligence", "the two powers.",
  ("United States", C, neg, "China", "narration carrying a position: 'U.S. officials' (tied to a named government) accuse China of spying (unsure: mostly narration)"))
U(d, "Defense Secretary Lloyd Austin said the jets had acted lawfully", "U.S. sovereignty.",
  ("United States", C, neg, "China", "'intolerable breach' judgement; Beijing = China"))
U(d, "U.S. President Joe Biden told reporters he had ordered", "over water.",
  ("United States", N, neu, "", "own decision and procedure"))
U(d, "\"The pilots did a first-rate job, and they did it safely,\" he said.", "he said.",
  ("United States", N, pos, "", "praise of own pilots = self-praise, neutral (labels/README)"))
U(d, "The navy and coast guard were recovering debris", "condition of anonymity.",
  ("United States", N, neu, "", "unnamed official of a named government speaks for it; plain fact"))
U(d, "Secretary of State Antony Blinken on Friday postponed a trip", "U.S. sovereignty.",
  ("United States", C, neg, "China", "postponement with the grievance stated + 'irresponsible act', 'clear violation'"))
U(d, "Blinken said he still intended to visit China", "in the meantime.",
  ("United States", T, pos, "China", "commitment to talks/visit"))
U(d, "Wang, according to a Chinese readout of the call", "about the incident.",
  ("China", N, neg, "", "Wang Yi (director of the CFAC office) by surname; denial = neutral, negative"))
U(d, "Before the shoot-down, the Chinese foreign ministry had expressed regret", "\"force majeure\".",
  ("China", N, neg, "", "regret over its own craft's entry + explanation; no judgement on another actor"))
U(d, "Its spokeswoman Mao Ning said on Friday", "calmly and prudently.",
  ("China", T, neu, "", "hope for calm handling by both sides"))
U(d, "China on Saturday also accused \"some politicians and media\"", "smear the country.",
  ("China", C, neg, "United States", "accusation aimed at US politicians and media (not the government); target United States (unsure: could be left empty)"))
U(d, "In Ottawa, Global Affairs Canada said it had summoned China's ambassador", "over Montana.",
  ("Canada", C, neg, "China", "summoning an ambassador in protest; Ottawa = place"))
U(d, "\"Ottawa has made its concerns known to the Chinese side", "a department spokeswoman said.",
  ("Canada", N, neg, "China", "concern conveyed, no appeal and no explicit judgement -> neutral, negative"))
U(d, "Canada's Department of National Defence said it was working with NORAD", "second incident.",
  ("Canada", N, neu, "", "monitoring = plain fact/plan"))
U(d, "Defence Minister Anita Anand said on Saturday that Canada strongly backed", "through NORAD.",
  ("Canada", S, pos, "United States", "backing of the ally's operation; Anand's state given only by context ('Canada')"))
U(d, "The Pentagon had said on Friday that a second Chinese balloon", "Latin America.",
  ("United States", N, neu, "", "fact given by an actor = neutral"))
U(d, "Colombia's air force said on Saturday it had detected an object", "until it left.",
  ("Colombia", N, neu, "", "the air force speaks for its state; monitoring plan"))
U(d, "In Washington, Republicans criticised the administration", "acting sooner.",
  ("Republican Party", C, neg, "United States", "opposition party criticising its own government: party as the actor (labelled apart from the US state)"))
U(d, "House Speaker Kevin McCarthy said Beijing's contempt", "the entire country.",
  ("Republican Party", C, neg, "", "partisan statement -> Republican Party (unsure: a Speaker is a state office); condemns China and the White House -> two targets, empty"))
