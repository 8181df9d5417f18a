# ------------------------------------------------------------------ Kinmen speedboat capsizing and its aftermath (Taiwanese English-language site, scraped, 2024-02-22)
d = "page_kinmen_speedboat_taiwansite.txt"
# Not statements: masthead, date/weather, menu, breadcrumb, headline, byline, timestamps, share bar, captions with
# credits, ADVERTISEMENT, crossheads ('Account revised', 'No such zones', 'Taipei calls for calm', 'US urges restraint'),
# "Related:", "READ MORE:" list, tags, follow prompt, MOST POPULAR, footer.
U(d, "China's Taiwan Affairs Office (TAO) on Wednesday accused", "the outlying islands.",
  ("China", C, neg, "Taiwan", "TAO = China (name files); long lead: accusation of ramming + demand for punishment, with the coast-guard deployment as narration; dateline 'TAIPEI -- ' excluded"))
U(d, "\"Taiwan's coast guard drove those men into the sea", "a regular news conference in Beijing.",
  ("China", C, neg, "Taiwan", "multi-sentence quote closed by its speaker (Zhu Fenglian, name files = China); Beijing = place"))
U(d, "Zhu said the Chinese coast guard would keep up its patrols", "reckless enforcement at sea.",
  ("China", C, neg, "Taiwan", "announced continuation of patrols + 'reckless enforcement' = measure and judgement; Taipei = metonym"))
U(d, "Footage aired the same evening by state broadcaster CCTV showed one of the two survivors", "before it overturned.",
  ("", C, neg, "Taiwan", "unnamed survivor kept as a stance example (empty actor, counts for no one); CCTV is a broadcaster, not an actor"))
U(d, "Taiwan's Coast Guard Administration (CGA) acknowledged on Tuesday", "to get away.",
  ("Taiwan", N, neg, "", "CGA = Taiwan; admission of contact, revising its own account = facts, no evaluation"))
U(d, "Ocean Affairs Council (OAC) Minister Kuan Bi-ling, whose council oversees", "orders to stop.",
  ("Taiwan", N, neg, "", "sympathy + justification of the chase (boat in prohibited waters, unregistered): defence of own conduct, no judgement of an actor (unsure: 'refused repeated orders' blames the crew, not a state)"))

U(d, "Prosecutors in Kinmen are investigating the case", "the CGA has said.",
  ("Taiwan", N, neu, "", "facts given by the CGA (attribution tail)"))
U(d, "According to the coast guard, the four men were spotted", "since 1992.",
  ("Taiwan", N, neu, "", "'According to the coast guard' = reported speech; time and place of the incident"))
# no row: "Two of the men were pronounced dead ... The two survivors remain in Kinmen ..." (narration, no named source)
U(d, "The CGA expressed regret over the deaths last Thursday", "standard procedures.",
  ("Taiwan", N, neg, "", "regret + reassurance about its own conduct = neutral"))
# no row: "Beijing's response has hardened by the day." (summary line before the specific statements)
U(d, "In a statement late on the evening of the incident, the TAO mourned", "both sides of the Strait.",
  ("China", C, neg, "Taiwan", "mourning + 'laid the blame squarely on Taipei' = judgement"))
U(d, "It also demanded that Taiwan get to the bottom of what happened", "families of the dead.",
  ("China", T, neg, "Taiwan", "'It' = the TAO; demand for an investigation and help to the families, no judgement word = calling_for_talks (as batch5c's demands for an investigation)"))
U(d, "The office went further on Saturday, saying Beijing did not recognize", "take further steps.",
  ("China", C, neg, "Taiwan", "'The office' = TAO by context; rejects Taiwan's zones + reserves the right to further steps = threat"))
U(d, "On Sunday, the China Coast Guard said its Fujian branch would begin", "fishermen safe.",
  ("China", C, neg, "Taiwan", "China Coast Guard = China (name files); patrols announced in waters Taiwan controls = operation announced against another side (unsure: could be read as a neutral plan)"))
U(d, "A day later, six Chinese coast guard officers boarded the King Xia", "according to Taiwan's coast guard.",
  ("Taiwan", N, neu, "", "Taiwan's account of the boarding (attribution tail); the Chinese act is the content of the account, not a Chinese statement"))
U(d, "Kuan told reporters at the Legislative Yuan on Tuesday", "distrust across the Strait.",
  ("Taiwan", C, neg, "China", "'regrettable step' aimed at China's boarding = judgement (guide: 'regrettable')"))
U(d, "She said Taiwanese skippers did not have to stop", "for help instead.",
  ("Taiwan", N, neu, "", "'She' = Kuan; instruction to its own skippers = own measure, neutral"))
U(d, "The CGA said a Chinese coast guard vessel entered Kinmen's restricted waters", "Taiwanese patrol boats.",
  ("Taiwan", N, neu, "", "account of an intrusion and its own response, no evaluation"))
U(d, "The Mainland Affairs Council (MAC), Taiwan's top China policy body, accused", "accusations as groundless.",
  ("Taiwan", C, neg, "China", "MAC = Taiwan (name files); 'turned a blind eye' + 'baseless' = judgement of Beijing (metonym)"))
U(d, "MAC Minister Chiu Tai-san said last week that the council had passed", "investigators found.",
  ("Taiwan", N, neu, "", "information passed through channels + promise to share findings = procedure, no appeal (unsure: could be read as a commitment to a diplomatic course)"))
U(d, "The council said the two survivors would be sent back", "families agreed.",
  ("Taiwan", N, neu, "", "'The council' = MAC; own plans"))
U(d, "Premier Chen Chien-jen said he wanted to see the dispute wound down", "calmly and cooperatively.",
  ("Taiwan", T, pos, "", "hope for a settlement and cooperation, addressed to both sides = calling_for_talks; target empty"))
U(d, "The Kinmen County Government said it hoped the two sides", "depended on it.",
  ("Taiwan", T, pos, "", "county government resolves to its state (README: provincial officials); hope = calling_for_talks"))
U(d, "The opposition Kuomintang (KMT) urged the government", "getting worse.",
  ("Kuomintang", T, neu, "", "opposition party under its own name; demand for transparency + open channels to prevent escalation, no judgement word = calling_for_talks"))
# no rows: "Analysts in Taipei said ..." (unnamed); the Jinhu fisherman's quote (unnamed resident)
U(d, "In Washington, State Department spokesman Matthew Miller said on Tuesday", "status quo on its own.",
  ("United States", T, neg, "", "watching China's moves + restraint asked of both sides ('neither side'), no judgement word = calling_for_talks; appeal to both -> target empty; Washington = place"))
U(d, "He also said Beijing should talk to Taipei in earnest", "did not spiral.",
  ("United States", T, neu, "China", "'He' = Miller; appeal for dialogue addressed to Beijing (metonym)"))
# no row: "Kinmen, which lies less than 10 kilometers ... since 1949." (background narration)
U(d, "Its waters have long been crowded with Chinese fishing boats", "this year alone.",
  ("Taiwan", N, neu, "", "figure given by the OAC inside a background sentence (first clause is narration)"))
# no row: the 2018 water pipeline (background narration)
