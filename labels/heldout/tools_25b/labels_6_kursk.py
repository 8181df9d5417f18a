# ------------------------------------------------------------------ Ukraine's incursion into Russia's Kursk region (live blog, .txt as scraped, 2024-08-13)
d = "page_kursk_incursion_liveblog.txt"
# not statements: site menu, breadcrumb, title, headline, standfirst, Live/Updated/bylines, Share, "Show key events only", JavaScript notice, key-event links, timestamps, entry headings, Advertisement, the Summary bullets, "Show earlier updates", topics, reuse, most viewed, comments, copyright
U(d, "China's foreign ministry has responded to a question about the fighting in Kursk", "refrain from provocation.",
  ("China", T, neu, "", "appeal to all parties (no widening, no escalation)"))
U(d, "\"Our stance on Ukraine has not changed", "a ministry spokesperson said.",
  ("China", T, pos, "", "unnamed spokesperson of a named ministry = China; working for a political settlement"))
U(d, "Ukraine's foreign ministry spokesman Heorhiy Tykhyi has told reporters", "cross-border shelling.",
  ("Ukraine", N, neu, "", "own aims explained, disclaimer about territory; 'cross-border shelling' is a passing justification (unsure: could be condemning Russia)"))
U(d, "Ukraine's troops would have no reason to stay in Russia", "he said.",
  ("Ukraine", T, neg, "Russia", "reported speech closed by 'he said'; conditional link between peace and ending the incursion = calling_for_talks (unsure: has a threat's shape)"))
U(d, "Meanwhile, a senior Ukrainian security official told AFP that the goal", "inside Russia.",
  ("Ukraine", N, neu, "", "unnamed official of a named government speaks for it (guide); own goals of an operation already under way; AFP only carries it"))
U(d, "Russia's defence ministry says its forces have repelled attacks near nine villages", "since the start of the incursion.",
  ("Russia", N, neu, "", "own results and enemy losses = figures"))
U(d, "Vyacheslav Gladkov, the governor of the neighbouring Belgorod region, said residents", "on the border.",
  ("Russia", N, neg, "", "Gladkov = Russia (name files); evacuation = own measure/facts"))
U(d, "Belarus's defence ministry says it has sent additional air-defence units", "on orders from Alexander Lukashenko.",
  ("Belarus", C, neg, "Ukraine", "military deployment toward Ukraine announced = a response against another side (condemning); Lukashenko = Belarus"))
U(d, "Lukashenko said the deployment was a response to what he called Ukrainian drones violating", "near the frontier.",
  ("Belarus", C, neg, "Ukraine", "accusation of airspace violation and massing troops"))
U(d, "The Belarusian leader accused Ukraine of trying to drag Minsk into the war", "met with force.",
  ("Belarus", C, neg, "Ukraine", "accusation + threat; 'the Belarusian leader' = Lukashenko; Minsk = metonym"))
U(d, "Ukraine's border guard service said it had seen no sign of a build-up", "imminent attack.",
  ("Ukraine", N, neu, "", "observation about the other side, no judgement (reads as playing down the threat)"))
U(d, "The head of the UN's nuclear watchdog, Rafael Grossi, has urged maximum military restraint", "from the front line.",
  ("IAEA", T, neg, "", "IAEA kept separate from the UN (canonical in the name files); appeal for restraint"))
U(d, "Grossi said the agency was in close contact with Russian authorities", "operating normally.",
  ("IAEA", N, neu, "", "contacts + facts"))
# no row: "What we know about the incursion" entry (narration); Summary bullets (never statements)
U(d, "In his nightly video address, Volodymyr Zelensky said Russia had spent two and a half years", "in its own border areas.",
  ("Ukraine", C, neg, "Russia", "judgement without the usual words: Russia carried war into Ukrainian towns and now meets it at home"))
U(d, "He said Ukraine's allies should lift the remaining limits on the use of long-range weapons", "where they gather.",
  ("Ukraine", N, neu, "", "asking allies for more freedom with weapons = asking for aid, not supporting (labels README); no judgement of the allies"))
U(d, "At the Pentagon, deputy spokesperson Sabrina Singh told reporters that Ukraine's actions in Kursk were in line", "forces attacking it.",
  ("United States", N, neu, "", "assessment that the operation fits US policy = procedural, neutral (unsure: could be read as approval, supporting Ukraine); Pentagon = place"))
U(d, "At the State Department, spokesman Matthew Miller said Washington had not been told", "Ukraine's objectives.",
  ("United States", N, neu, "", "no advance notice + seeking to understand = facts; Washington = metonym"))
U(d, "Last week, the US announced a further $125m in weapons and equipment for Ukraine", "anti-tank missiles.",
  ("United States", S, neu, "Ukraine", "military aid announced = supporting by act"))
U(d, "The European Union's foreign affairs spokesman, Peter Stano, said the bloc fully supported", "on its own territory.",
  ("European Union", S, pos, "Ukraine", "support for Ukraine's right to self-defence (the 'aggressor' = Russia, implied)"))
U(d, "Putin, chairing a meeting with security officials and regional governors on Monday", "would be achieved.",
  ("Russia", C, neg, "Ukraine", "threat of a response against the enemy (Ukraine)"))
U(d, "\"The Kyiv regime is trying to improve its position for future talks by grabbing our land.", "Putin said.",
  ("Russia", C, neg, "Ukraine", "multi-sentence quote: accusation + rejecting talks in protest = condemning (rule 1)"))
U(d, "Alexei Smirnov, the acting governor of the Kursk region, told the meeting that 28 settlements", "had been evacuated.",
  ("Russia", N, neg, "", "regional official = Russia; figures"))
# no row: "Putin interrupted Smirnov ..." (procedure within a meeting, no position toward another actor)
U(d, "Kremlin spokesman Dmitry Peskov said separately that the president was receiving reports", "around the clock.",
  ("Russia", N, neu, "", "Peskov = Russia; procedural"))
U(d, "Ukraine's commander-in-chief, Oleksandr Syrskyi, has said for the first time", "offensive operations.",
  ("Ukraine", N, neu, "", "own operation and its extent reported = neutral"))
U(d, "Russian foreign ministry spokeswoman Maria Zakharova said the operation could not have been carried out", "bear responsibility for it.",
  ("Russia", C, neg, "", "accusation + 'bear responsibility' aimed at 'the West' (non-canonical) -> target empty"))
U(d, "Former president Dmitry Medvedev, now deputy head of Russia's Security Council", "deeper into Ukraine.",
  ("Russia", C, neg, "Ukraine", "call to push deeper = threatened military response (condemning); Russia's Security Council, not the UN's"))
U(d, "Russia's National Antiterrorism Committee declared a counter-terrorism operation regime", "repel the Ukrainian attack.",
  ("Russia", C, neg, "Ukraine", "announced operation against the other side's attack = condemning (guide), unsure: also a state procedure"))
