# ------------------------------------------------------------------ King Gyanendra's takeover in Nepal (South Asian English-language daily, scraped, 2005-02-05)
d = "page_nepal_royal_takeover_southasiandaily.txt"
# No rows: masthead, date line, menu, section, headline, byline/dateline line, font/print bar, photo caption with
# credit, crossheads, ADVERTISEMENT, "Related:" links, tags, MORE FROM NEIGHBOURS, MOST READ, letters address, copyright.
M = "Communist Party of Nepal (Maoist)"
U(d, "Four days after King Gyanendra sacked the government", "from February 13.",
  ("India", C, neg, "Nepal", "long lead mixing narration and two positions: 'would not treat the new royal council as business as usual' = refusal in protest (judgement); New Delhi = metonym"),
  (M, C, neg, "Nepal", "an indefinite nationwide blockade called against the palace = announced measure/operation against another side"))
# "Most telephone lines and all mobile services …" : scene narration, no row.
U(d, "Indian officials said the king had not consulted New Delhi before he moved", "go ahead in April.",
  ("India", N, neg, "", "unnamed officials of a named government speak for it: facts about the palace's broken assurances, no judgement word (unsure: an implied grievance)"))
U(d, "In its first reaction on Tuesday, the Ministry of External Affairs said", "democracy to fail.",
  ("India", C, neg, "Nepal", "MEA = India (name files); 'steps that India could not accept' = judgement without stock words"))
U(d, "On Wednesday New Delhi said Prime Minister Manmohan Singh would not travel to Dhaka", "put off.",
  ("India", N, neu, "", "pulling out of a summit with a vague reason and no protest stated = neutral (README rule on withdrawing from meetings); Dhaka = place"))
U(d, "External Affairs Minister K. Natwar Singh told reporters on Friday that India hoped", "without waiting three years.",
  ("India", T, pos, "Nepal", "hope that the king frees the leaders and restores democracy = calling_for_talks, addressed to one side; hope = positive tone"))
U(d, "\"Nepal's stability is our stability.", "the minister said.",
  ("India", T, pos, "", "multi-sentence quote closed by 'the minister' (Natwar Singh): solidarity with the people + wish that monarchy and parties work together; the appeal decides (rule 2 before 3), target empty (two sides)"))
U(d, "Officials in South Block said the supply of arms and equipment", "no decision had been taken.",
  ("India", N, neu, "", "'South Block' = India (name files); arms supplies under review = plan, no measure yet"))
U(d, "In his address on state television and radio on Tuesday morning, the king accused", "within three years.",
  ("Nepal", C, neg, "", "the king speaks for the state; accuses the dismissed government of failure (target: Deuba's government, not a canonical actor -> empty) + a pledge"))
# "The council of ministers he appointed on Wednesday … has since set out to reassure foreign capitals." : summary line before the specific statements, no row.
U(d, "The new foreign minister, Ramesh Nath Pandey, called in ambassadors on Thursday", "nothing to fear.",
  ("Nepal", N, pos, "", "reassurance about its own measures = neutral; 'terrorism' = the Maoists as a topic"))
U(d, "He rejected the description of the king's action as a coup", "from collapse.",
  ("Nepal", N, neg, "", "pronoun subject (Pandey); denial = neutral, negative"))
U(d, "Home Minister Dan Bahadur Shahi warned that anyone who organised strikes", "security laws.",
  ("Nepal", C, neg, "", "threat of arrests against protest organisers (the parties, unnamed) -> target empty"))
U(d, "An army spokesman, Brigadier General Deepak Gurung, said troops had taken over security", "rebel attacks.",
  ("Nepal", N, neu, "", "the army speaks for its state; troops and alerts as facts"))
U(d, "In a statement signed by their chairman, Prachanda", "declared war on the people.",
  (M, C, neg, "Nepal", "'shown his true face as an absolute ruler … declared war on the people' = judgement; India = place of the newspapers"))
U(d, "The rebels said the blockade of highways and district headquarters", "against the palace.",
  (M, C, neg, "Nepal", "blockade maintained until the emergency ends (measure) + call on the parties to join the struggle"))
U(d, "A statement issued by the Nepali Congress, whose president Girija Prasad Koirala", "all detained leaders.",
  ("Nepali Congress", C, neg, "Nepal", "'assault on the constitution' + demand: rule 1"))
U(d, "The Communist Party of Nepal (Unified Marxist-Leninist), whose general secretary", "through peaceful means.",
  ("Communist Party of Nepal (Unified Marxist-Leninist)", C, neg, "Nepal", "'would oppose the palace's rule' = opposition aimed at an actor (judgement), even 'through peaceful means'"))
# "Police broke up a protest by about 200 students …, witnesses said." : narration sourced to unnamed witnesses, no row.
U(d, "In Washington, State Department spokesman Richard Boucher said on Tuesday that the king's decision", "defeat the rebels.",
  ("United States", C, neg, "Nepal", "'weakened the very institutions Nepal needed' = judgement without stock words"))
U(d, "Boucher said the United States wanted the party leaders allowed to move", "and negotiate.",
  ("United States", T, neu, "", "demand about the detained leaders + appeal to the Maoists to negotiate, no judgement = calling_for_talks; two addressees -> target empty"))
U(d, "British Foreign Secretary Jack Straw said in London that the king had made a serious mistake", "hands of the Maoists.",
  ("United Kingdom", C, neg, "Nepal", "'serious mistake' = judgement; London = place"))
U(d, "The Luxembourg presidency of the European Union said the Union deplored", "political leaders.",
  ("European Union", C, neg, "Nepal", "the presidency speaks for the EU; 'deplored' = judgement"))
U(d, "A spokesman for UN Secretary-General Kofi Annan said the Secretary-General was following events", "respect human rights.",
  ("United Nations", T, neg, "Nepal", "UN spokesperson note: concern + appeal to restore democracy and respect rights, no judgement word = calling_for_talks"))
U(d, "Louise Arbour, the UN High Commissioner for Human Rights, said she was alarmed", "reports of arrests.",
  ("United Nations", N, neg, "", "alarm without an appeal = neutral, negative"))
# "China took a different line." : summary line, no row.
U(d, "Foreign ministry spokesman Kong Quan said in Beijing that the developments", "remain stable.",
  ("China", T, pos, "", "'internal affair' (no judgement of the king) + hope that the kingdom stays stable = calling_for_talks (hope for stability); Beijing = place (unsure: could be neutral)"))
U(d, "Radhika Sundaresan, a senior fellow at the Centre for Himalayan Policy Studies", "had not done in nine.",
  ("Radhika Sundaresan", N, neu, "", "analyst under her own name: reading of the king's bet, no judgement"))
U(d, "\"There are two ways this ends.", "she said.",
  ("Radhika Sundaresan", N, neg, "", "multi-sentence quote on scenarios and India's dilemma, closed by 'she said'; no judgement, no appeal"))
U(d, "She said the blockade would be the first real test.", "She said the blockade would be the first real test.",
  ("Radhika Sundaresan", N, neu, "", "pronoun subject; scenario"))
U(d, "\"If the highways close and prices in Kathmandu double", "how thin its support is.\"",
  ("Radhika Sundaresan", N, neg, "", "quote following her paraphrase, no verb of saying of its own (same speaker): scenario, no judgement; Kathmandu = place"))
U(d, "Dev Raj Pradhananga, a retired Nepali diplomat who served in New Delhi and Beijing", "misread both neighbours.",
  ("Dev Raj Pradhananga", N, neg, "", "former diplomat under his own name: assessment of the king's reading of India and China (an error of judgement, not a condemnation word; unsure)"))
U(d, "\"He thinks China will cover him and India will grumble and move on.", "he said.",
  ("Dev Raj Pradhananga", C, neg, "Nepal", "'a grave mistake' = judgement of the king + an appeal to sit down with the parties: rule 1"))
# The New Road trader is an unnamed speaker: no row.
