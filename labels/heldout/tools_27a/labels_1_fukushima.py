# ------------------------------------------------------------------ Fukushima discharge starts; China bans Japanese aquatic products (Chinese state media in English, scraped, 2023-08-25)
d = "page_fukushima_seafoodban_statemedia.txt"
# No row: headline, standfirst, byline, caption, crossheads, RELATED lines, tags, most popular, newsletter, copyright.
U(d, "China's customs authority announced on Thursday a full suspension", "across the region.",
  ("China", C, neg, "Japan", "long lead: the import suspension = a measure against another side (condemning); TEPCO's discharge is narration inside the same sentence (no TEPCO row)"))
U(d, "The General Administration of Customs (GAC) said in a notice", "the day of the announcement.",
  ("China", N, neu, "", "GAC = China; scope and start date of its own measure, no judgement"))
U(d, "The GAC said it would review the measure", "radioactive risk.",
  ("China", N, neu, "", "procedure and further checks described as a plan; no judgement word"))
# "Tokyo Electric Power Company (TEPCO), the plant operator, started the discharge ..." narration with the operator as subject: no row.
U(d, "In a statement released the same afternoon, the Chinese Foreign Ministry said", "representations with Tokyo.",
  ("China", C, neg, "Japan", "accusation (forced through, no consultation) + stern representations; Tokyo = metonym"))
U(d, "\"The ocean is the common home of humanity", "the statement said.",
  ("China", C, neg, "Japan", "two-sentence quote closed by 'the statement said' = one unit; judgement"))
U(d, "\"From this day on, Japan will have to answer", "to protect them.\"",
  ("China", C, neg, "Japan", "quote continued in the next paragraph (same speaker, the ministry's statement); veiled threat of measures"))
U(d, "Wu Jianghao, the Chinese Ambassador to Japan, met Masataka Okano", "Embassy in Japan.",
  ("China", C, neg, "Japan", "ambassador lodging a protest = specific act of protest; Okano is the addressee (Japan gets no row)"))
U(d, "Wu said Tokyo had put the interests of one company", "across the region.",
  ("China", C, neg, "Japan", "surname only; accusation; Tokyo = metonym"))
U(d, "He urged Japan to stop the release at once", "take part.",
  ("China", T, neg, "Japan", "pronoun subject = Wu; demand to one side to stop + consult, no judgement word in the sentence (labels/README)"))
U(d, "The Chinese suspension of aquatic imports was a justified and lawful step, Wu said", "the Japanese side.",
  ("China", C, neg, "Japan", "attribution mid-sentence; own measure justified + blame put wholly on Japan"))
U(d, "Two days earlier, Vice Foreign Minister Sun Weidong had summoned", "the start date.",
  ("China", C, neg, "Japan", "summoning the ambassador over the announcement = act of protest reported as done"))
# "At Thursday's regular press conference, ... was asked about the IAEA report ..." = the question only: no row.
U(d, "Wang said the agency had reviewed only the data", "shield against criticism.",
  ("China", C, neg, "", "judgement of the IAEA report and of Japan's selection of data; two actors aimed at -> target empty (unsure: Japan is the main aim)"))
U(d, "\"Japan keeps saying the water is safe.", "he said.",
  ("China", C, neg, "Japan", "two-sentence quote closed by 'he said' (Wang); rhetorical question as a jab = judgement"))
U(d, "Tokyo has insisted that the water, after being filtered", "far below national limits.",
  ("Japan", N, neu, "", "Tokyo = metonym; own safety claim reported by a hostile outlet; reassurance about own conduct = neutral"))
U(d, "Japanese Chief Cabinet Secretary Hirokazu Matsuno said on Thursday", "withdraw it at once.",
  ("Japan", C, neg, "China", "'deeply regrettable' aimed at China's ban = judgement + demand (rule 1); Beijing = metonym"))
U(d, "TEPCO's president Tomoaki Kobayakawa said the company would compensate", "another government.",
  ("Tokyo Electric Power Company", N, neu, "", "the operator (a company) on its own compensation plan; the other government is not named"))
# "Inside Japan, fishermen have opposed the plan from the start." vague background, unnamed group: no row.
U(d, "Masanobu Sakamoto, head of the National Federation of Fisheries Cooperative Associations", "without their understanding.",
  ("National Federation of Fisheries Cooperative Associations", C, neg, "Japan", "head of a named body speaks for it; opposition + 'broken its promise' aimed at the government = judgement"))
# "In South Korea, hundreds of people rallied ..." protesters and police, local media: no row.
U(d, "South Korea's main opposition Democratic Party said the discharge", "defense lawyer.",
  ("Democratic Party of Korea", C, neg, "", "opposition party under its own name; judgements aimed at Japan and at its own government -> target empty"))
U(d, "The South Korean government, for its part, said it saw no scientific", "real-time data.",
  ("South Korea", N, neu, "", "own assessment + monitoring plan; the request for data is procedural (unsure: could be calling_for_talks)"))
# "The Democratic People's Republic of Korea (DPRK) went further." summary line before the specific statement: no row.
U(d, "Its foreign ministry called the discharge a disaster for all humanity", "News Agency reported.",
  ("North Korea", C, neg, "Japan", "'Its foreign ministry' = the DPRK by context; judgement + demand (rule 1); KCNA reports, not an actor"))
U(d, "In Moscow, Russian Foreign Ministry spokesperson Maria Zakharova said Russia was worried", "monitoring data.",
  ("Russia", T, neg, "Japan", "concern + appeal for access to data, no judgement word = calling_for_talks; Moscow = place"))
U(d, "In the Pacific, the Pacific Islands Forum, whose member states", "harm was detected.",
  ("Pacific Islands Forum", T, neu, "Japan", "hope addressed to Japan that it keeps its promise to halt = appeal without judgement (unsure)"))
# "Washington, by contrast, has stood behind Tokyo." summary line before the specific statement: no row.
U(d, "The US State Department said earlier this year that it was satisfied", "rather than science.",
  ("United States", S, pos, "Japan", "approval of Japan's process; the 'Chinese observers' in the same sentence are unnamed (no row)"))
U(d, "The IAEA said on Thursday that its staff at the site had confirmed", "per liter.",
  ("IAEA", N, neu, "", "measurement reported by the agency = facts"))
# Beijing-based expert (anonymous), "Chinese analysts", vendor surnamed Li: not actors, no rows.
# "Japan exported about $600 million ..." trade figures from statistics: background, no row.
U(d, "The Chinese Foreign Ministry said earlier this month that it would continue", "far from closed.",
  ("China", N, neg, "", "own plan to keep following the issue; 'far from closed' is a warning without an addressee (unsure: could be read as a threat)"))
