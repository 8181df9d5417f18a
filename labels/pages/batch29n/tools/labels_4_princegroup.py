# ------------------------------------------------------------------ Prince Group / Chen Zhi sanctions (Chinese MFA regular press conference transcript, 2025-10-15)
d = "page_china_princegroup_chenzhi2025_mfapresser.txt"
# Not statements: breadcrumb, title, date, print bar, the journalists' own questions ("What is China's comment?" etc.), the disclaimer, related link, copyright.
PG = "Prince Holding Group"
U(d, "Guo Jiakun: China welcomes the ceasefire in Gaza", "durable and comprehensive.",
  ("China", T, pos, "", "welcome joined to a hope for lasting peace: rule 2 before rule 3 -> calling_for_talks"))
U(d, "The ceasefire should be the beginning, not the end", "two-State solution.",
  ("China", T, neu, "", "appeal for a political settlement"))
U(d, "China is ready to keep providing humanitarian assistance", "peace in the Middle East.",
  ("China", S, pos, "", "offer of aid = supporting (Gaza's people, not an actor -> target empty)"))
U(d, "AFP: On Tuesday the United States and the United Kingdom announced sanctions", "forced-labour scam compounds.",
  ("United States", C, neg, PG, "question reporting a position = the actor's statement (README); sanctions + charges = condemning"),
  ("United Kingdom", C, neg, PG, "joint sanctions, one row per listed state"))
U(d, "The U.S. Treasury described the conglomerate", "spanning the region.",
  ("United States", C, neg, PG, "judgement by the Treasury, reported in a question"))
# "Chen was born in China." = narration inside the question, no row.
U(d, "Guo Jiakun: I'd refer you to the competent authorities", "specifics of the case.",
  ("China", N, neu, "", "procedural line"))
U(d, "As a principle, China always cracks down on telecom and online fraud", "other countries in the region.",
  ("China", N, pos, "", "own conduct and cooperation described, self-praise = neutral, positive"))
U(d, "This cooperation has brought home a large number of suspects", "freed many victims.",
  ("China", N, pos, "", "results claimed for own work = neutral"))
U(d, "At the same time, China firmly opposes the abuse of unilateral sanctions", "basis in international law.",
  ("China", C, neg, "", "'opposes the abuse' aimed at the sanctioning states (US and UK, unnamed) = judgement; two implied targets -> empty"))
U(d, "Fighting crime should not become a pretext", "interfering in their internal affairs.",
  ("China", C, neg, "", "accusation of pretext, no stock word; target implied (US, UK) -> empty"))
U(d, "Britain's Foreign Secretary Yvette Cooper said the scam centres ruin lives", "hidden in British property.",
  ("United Kingdom", C, neg, "", "reported in a question; judgement on scam centres + measure against their profits; target not one canonical actor -> empty"))
U(d, "Cambodia's government spokesman said Phnom Penh hoped", "wanted a fair process.",
  ("Cambodia", N, neg, "", "guarded line asking for evidence and due process, no judgement, no appeal for talks -> neutral (unsure)"))
U(d, "Guo Jiakun: Cambodia is China's ironclad friend.", "ironclad friend.",
  ("China", S, pos, "Cambodia", "praise of a friend"))
U(d, "We understand and respect the Cambodian government's position.", "government's position.",
  ("China", S, pos, "Cambodia", "approval of Cambodia's stance"))
U(d, "We believe the Cambodian side has the will and the ability", "people in both countries.",
  ("China", S, pos, "Cambodia", "confidence in Cambodia + offer of closer cooperation"))
U(d, "Yonhap: South Korea's government said this week it is reviewing whether to join the sanctions", "in August.",
  ("South Korea", C, neg, PG, "weighing sanctions = a threatened measure -> condemning (unsure: 'reviewing' is tentative)"))
U(d, "Seoul has also sent a government team to Phnom Penh.", "to Phnom Penh.",
  ("South Korea", N, neu, "", "specific act reported, no judgement or appeal"))
U(d, "Guo Jiakun: China has always advocated that countries strengthen cooperation", "mutual respect.",
  ("China", T, neu, "", "appeal for cooperation on the basis of mutual respect = diplomatic course"))
U(d, "We are open to working with all parties through the Lancang-Mekong", "existing channels.",
  ("China", T, pos, "", "offer to work through existing frameworks = agrees to talks"))
U(d, "On the specific question, I have nothing to offer at the moment.", "at the moment.",
  ("China", N, neu, "", "declines to answer = neutral"))
U(d, "Bloomberg: Lim Wei Ting, a researcher on transnational crime", "were not the victims.",
  ("Lim Wei Ting", C, neg, "China", "invented scholar quoted inside the question; accusation of tolerance"))
U(d, "Guo Jiakun: That claim is groundless.", "is groundless.",
  ("China", N, neg, "", "denial = neutral, negative"))
U(d, "Chinese law-enforcement agencies have been working night and day", "on this matter.",
  ("China", N, pos, "", "own conduct"))
U(d, "The facts speak for themselves, and I would advise the person you quote", "look at them.",
  ("China", N, neg, "", "continuation of the denial; retort to an individual rather than a judgement on an actor's act (unsure: could be condemning Lim Wei Ting)"))
U(d, "China Daily: U.S. President Trump said last week", "from November 1.",
  ("United States", C, neg, "China", "tariff threat reported in a question = condemning"))
U(d, "Yesterday China announced countermeasures against five U.S.-linked subsidiaries", "Hanwha Ocean.",
  ("China", C, neg, "", "sanctions = condemning; targets are companies, not canonical actors -> empty"))
U(d, "Guo Jiakun: China has made clear its position on the tariff issue many times.", "many times.",
  ("China", N, neu, "", "procedural lead-in"))
U(d, "Threatening high tariffs at every turn is not the right way", "get along with China.",
  ("China", C, neg, "United States", "judgement without stock words"))
U(d, "If the U.S. insists on going its own way", "legitimate rights and interests.",
  ("China", C, neg, "United States", "threat of countermeasures"))
U(d, "The countermeasures against the relevant companies were announced", "competent authorities.",
  ("China", N, neu, "", "procedural referral"))
U(d, "We urge the U.S. side to correct its wrong practices", "equality and mutual respect.",
  ("China", C, neg, "United States", "'wrong practices' = judgement; appeal for dialogue as well -> rule 1 condemning"))
U(d, "Guo Jiakun: China is following the developments in Madagascar.", "in Madagascar.",
  ("China", N, neu, "", "monitoring, no appeal in this sentence"))
U(d, "As a friend of Madagascar, we hope that all parties", "at an early date.",
  ("China", T, neu, "", "hope for dialogue and stability = calling_for_talks; all parties -> target empty"))
U(d, "We have reminded Chinese citizens in Madagascar", "their safety.",
  ("China", N, neu, "", "consular notice"))
U(d, "Guo Jiakun: This is Japan's internal affair, and I have no comment.", "no comment.",
  ("China", N, neu, "", "declines comment"))
U(d, "Guo Jiakun: I'm not aware of the situation you mentioned.", "you mentioned.",
  ("China", N, neu, "", "non-answer = neutral"))
