# ------------------------------------------------------------------ China-Japan row over Takaichi's Taiwan remarks (full HTML, Singapore daily, 2025-11-17)
d = "page_takaichi_taiwan_webpage.html"
U(d, "Japan sent a senior diplomat to Beijing on Nov 17", "near disputed islands.",
  ("Japan", T, neu, "China", "dateline 'TOKYO/BEIJING –' excluded; envoy sent to cool the row = act towards talks; Beijing = place"),
  ("China", C, neg, "Japan", "same sentence, second actor: warnings to travellers and a coast guard patrol as pressure = measures against Japan"))
U(d, "Mr Masaaki Kanai, who heads the Japanese Foreign Ministry's Asian and Oceanian Affairs Bureau", "Japanese officials said.",
  ("Japan", N, neu, "", "'Japanese officials' tied to a named government; planned explanation that policy is unchanged = reassurance (neutral)"))
U(d, "Ms Takaichi told a parliamentary committee on Nov 7", "collective self-defence.",
  ("Japan", N, neu, "", "the remark at the root of the row: a legal assessment of Japan's own posture in a hypothetical (unsure: could be read as a conditional threat to China = condemning)"))
U(d, "She has declined to take them back", "from now on.",
  ("Japan", N, neu, "", "refusal to retract + own consistency, no judgement of China"))
U(d, "China's Vice-Foreign Minister Sun Weidong summoned Japanese Ambassador Kenji Kanasugi", "meet head-on.",
  ("China", C, neg, "Japan", "summons + demand for retraction + warning of a head-on response = condemning"))
U(d, "Foreign Ministry spokesman Lin Jian said the same day", "core interests.",
  ("China", C, neg, "Japan", "spokesman of 'the Foreign Ministry' (China by context); accusation put partly as a question; 'separatist forces in Taiwan' only mentioned"))
U(d, "Japan's Vice-Foreign Minister Takehiro Funakoshi in turn summoned Chinese Ambassador Wu Jianghao", "head to be cut off.",
  ("Japan", C, neg, "China", "summons in protest = condemning"),
  ("China", C, neg, "Japan", "the consul-general's post (an official of a named government) reported in the same sentence: a threat against Japan's prime minister (unsure: Beijing later called it personal)"))
U(d, "Mr Wu told Mr Funakoshi that Beijing regarded", "the Chinese embassy said.",
  ("China", C, neg, "Japan", "ambassador by surname; 'an intolerable provocation' = judgement"))
U(d, "Tokyo's refusal to retract the remarks would only deepen the damage", "on Nov 16.",
  ("China", C, neg, "Japan", "possessive before the speaker ('Tokyo's refusal' = Japan, not a speaker); 'the embassy' = the Chinese embassy by the previous paragraph; judgement"))
U(d, "China's Ministry of National Defence joined in, with spokesman Jiang Bin", "a heavy defeat for Japan.",
  ("China", C, neg, "Japan", "conditional military threat"))
U(d, "The Foreign Ministry also told Chinese citizens on Nov 14 to avoid travelling to Japan", "unsafe for Chinese visitors.",
  ("China", C, neg, "Japan", "travel advisory as a measure + accusation (Japan's leaders made it unsafe)"))
U(d, "On Nov 16, the Ministry of Education warned students", "Chinese nationals there.",
  ("China", C, neg, "Japan", "study advisory (measure) citing alleged crimes against Chinese nationals"))
U(d, "The China Coast Guard said a formation of its ships had carried out a patrol", "calls the Senkakus.",
  ("China", N, neu, "", "own patrol reported as done, no judgement = neutral"))
U(d, "Chief Cabinet Secretary Minoru Kihara said on Nov 15 that Tokyo had protested", "appropriate steps.",
  ("Japan", C, neg, "China", "protest lodged against the advisory = condemning; Tokyo = metonym"))
U(d, "\"The more we disagree, the more important it is", "he told reporters.",
  ("Japan", T, neu, "China", "quotation after the attribution sentence, same speaker ('he' = Kihara); call for dialogue at every level"))
U(d, "Foreign Minister Toshimitsu Motegi said Japan's position on Taiwan", "had not changed.",
  ("Japan", N, neu, "", "reassurance that policy is unchanged"))
U(d, "A senior Japanese government official, speaking on condition of anonymity,", "for now.",
  ("Japan", N, neu, "", "unnamed official of a named government speaks for it; own plans (no countermeasures)"))
U(d, "At home, opposition leader Yoshihiko Noda", "badly damaged.",
  ("Constitutional Democratic Party of Japan", C, neg, "Japan", "opposition leader judging his own government's prime minister ('spoken carelessly') -> target Japan (as Yesh Atid in batch5c)"))
U(d, "In Taipei, President Lai Ching-te said on Nov 17", "stand together.",
  ("Taiwan", C, neg, "China", "accusation of coercion + appeal to democracies: rule 1; Beijing = metonym, Taipei = place"))
U(d, "United States Ambassador to Japan George Glass had earlier called", "a good neighbour.",
  ("United States", C, neg, "China", "ambassador (name files: United States); post called a threat + Beijing's conduct judged"))
