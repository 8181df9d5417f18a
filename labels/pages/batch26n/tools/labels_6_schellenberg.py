# ------------------------------------------------------------------ Schellenberg death sentence: Chinese embassy in Canada news page (2019-01-15 .. 2019-01-26)
d = "page_canada_schellenberg_sentence2019_embassynews.txt"
# Not statements: site header, menu, breadcrumbs, item titles and dates, separators, related links, address, copyright.
U(d, "Q: On 14 January, the Dalian Intermediate People's Court sentenced", "against a Canadian.",
  ("China", N, neu, "", "the court (a state organ) passing sentence, narrated in the question = neutral"),
  ("Canada", C, neg, "China", "Trudeau's judgement reported in the question ('at will' = arbitrary use of the death penalty)"))
# "What is the Embassy's comment?" = question, no row (twice).
U(d, "A: The case of Robert Lloyd Schellenberg is a serious crime of smuggling drugs", "methamphetamine.",
  ("China", N, neu, "", "the site's own embassy: facts of the case, no judgement on an actor"))
U(d, "The Dalian court retried the case in open session in accordance with the law", "fully guaranteed.",
  ("China", N, neu, "", "procedure and reassurance about its own conduct = neutral"))
U(d, "Canadian consular officials and journalists attended the hearing, the Spokesperson noted.", "the Spokesperson noted.",
  ("China", N, neu, "", "'the Spokesperson' = the embassy's spokesperson; fact"))
U(d, "We are firmly opposed to the remarks of the Canadian leader", "judicial sovereignty.",
  ("China", C, neg, "Canada", "'opposed to' aimed at Canada's leader + interference charge"))
U(d, "Drug crime is recognised by all countries as a grave crime", "the Spokesperson said.",
  ("China", N, neu, "", "justification of its own policy, no judgement of another actor"))
U(d, "We urge the Canadian side to respect China's judicial sovereignty", "irresponsible remarks.",
  ("China", C, neg, "Canada", "demand joined to a judgement ('mistakes', 'irresponsible'): rule 1"))
U(d, "At a regular press conference in Beijing, Foreign Ministry Spokesperson Hua Chunying said", "lodged representations with Canada.",
  ("China", C, neg, "Canada", "displeasure + formal representations = protest"))
U(d, "Hua said some people in Canada, in praising their own rule of law", "request of a third country.",
  ("China", C, neg, "Canada", "surname-only speaker; accusation over Meng's detention (the 'third country' is the US, not named: target Canada)"))
U(d, "She added that Canada should reflect on its own conduct", "point fingers at others.",
  ("China", C, neg, "Canada", "speaker carried by 'She'; reproach"))
U(d, "Q: Global Affairs Canada updated its travel advice on 14 January", "at the authorities' discretion.",
  ("Canada", C, neg, "China", "travel warning implying arbitrary law enforcement = a judgement of China's conduct (unsure: an advisory could be neutral)"))
U(d, "A: China is one of the safest countries in the world", "every year.",
  ("China", N, pos, "", "self-praise = neutral, positive"))
U(d, "Foreigners in China who abide by the law have nothing to worry about.", "nothing to worry about.",
  ("China", N, neu, "", "reassurance = neutral"))
U(d, "The Embassy noted that the United States had earlier issued a similar advisory", "its own judgement.",
  ("China", C, neg, "Canada", "'regrettable' aimed at Canada's act; the US advisory is narrated (no US row: an act reported by China without its content)"))
U(d, "For the convenience of Chinese citizens in Canada, the Embassy reminds them", "consular section.",
  ("China", N, neu, "", "consular reminder to its own citizens"))
# "On 17 January, Ambassador Lu Shaye held a press conference at the Embassy ..." = narration of what the ambassador did, no row.
U(d, "Ambassador Lu said the arrest of Ms. Meng Wanzhou was not an ordinary judicial case", "the present difficulties.",
  ("China", C, neg, "", "accusation of the US and Canada (two targets -> empty)"))
U(d, "If the Canadian government decides to shut Huawei out of its 5G network", "fair and independent decision.",
  ("China", C, neg, "Canada", "threat with the attribution in the middle: a threat decides over the hope (rule 1)"))
U(d, "The Ambassador said China was willing to work with Canada to bring the relationship back on track", "mutual respect and equality.",
  ("China", T, pos, "Canada", "offer to repair ties by working together = calling_for_talks"))
U(d, "\"We have always valued our friendship with the Canadian people.", "he said.",
  ("China", T, pos, "Canada", "multi-sentence quote closed by 'he said'; 'door of dialogue is open' = offer of talks"))
U(d, "Asked about the Schellenberg case, the Ambassador said the sentence was a matter for the Chinese courts", "Ms. Meng's.",
  ("China", N, neg, "", "denial of a link between the cases = neutral, negative"))
U(d, "Q: On 21 January, more than one hundred foreign scholars and former diplomats published", "detained in China.",
  ("", T, neu, "China", "unnamed signatories (not an actor) urging release; kept as a stance example"))
U(d, "The Canadian Foreign Minister, Chrystia Freeland, thanked them and said Canada was grateful", "and the European Union.",
  ("Canada", S, pos, "", "thanks to signatories and allies (several -> target empty); the allies' support is only narrated (no rows for the listed states)"))
U(d, "A: The two Canadian citizens were detained by the competent authorities", "their lawful rights are guaranteed.",
  ("China", N, neu, "", "grounds of the detention + reassurance = neutral"))
U(d, "We urge the so-called signatories to respect China's judicial sovereignty", "internal affairs.",
  ("China", C, neg, "", "demand + interference charge aimed at the signatories (not canonical)"))
U(d, "Ganging up with some allies to put pressure on China will not work, the Spokesperson said.", "the Spokesperson said.",
  ("China", C, neg, "Canada", "reproach of Canada's rallying of allies ('ganging up')"))
# "On 26 January, Ambassador Lu Shaye attended the Spring Festival reception ..." = narration, no row.
U(d, "Ambassador Lu thanked the Chinese students and scholars", "between the two peoples.",
  ("China", N, pos, "", "thanks to its own diaspora, not to another actor = neutral, positive"))
U(d, "Professor Daniel Whitford of the University of Ottawa, a guest at the reception,", "define their ties.",
  ("Daniel Whitford", T, neu, "", "invented scholar; argues the ties should not be defined by the case = plea for calm"))
U(d, "He called on both governments to restore regular ministerial contacts", "as soon as possible.",
  ("Daniel Whitford", T, neu, "", "appeal to both for ministerial talks"))
U(d, "Meredith Kaplan, a Vancouver trade consultant who also spoke, said", "a political quarrel.",
  ("Meredith Kaplan", N, neg, "", "invented consultant; exporters' worry, no appeal or judgement of an actor"))
