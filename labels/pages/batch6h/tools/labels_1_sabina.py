# ------------------------------------------------------------------ China Coast Guard rams BRP Teresa Magbanua at Sabina (Escoda) Shoal (full HTML, Manila daily, 2024-09-01)
d = "page_sabina_shoal_webpage.html"
U(d, "Commodore Jay Tarriela, the PCG spokesperson", "hit it twice more.",
  ("Philippines", C, neg, "China", "PCG spokesman introduced by role; accusation made by describing the other side's ramming (guide: describing attacks = condemning)"))
U(d, "“We were not blocking anyone", "Tarriela said.",
  ("Philippines", C, neg, "China", "multi-sentence quote closed by its speaker = one unit; 'no reason ... except to frighten' = judgement without stock words"))
U(d, "He said none of the crew had been hurt", "stay at sea.",
  ("Philippines", N, neu, "", "damage and crew facts given by the actor; 'He' = Tarriela"))
U(d, "The ship moved to a new anchorage inside the shoal", "Tarriela added.",
  ("Philippines", N, neu, "", "own ship's position and orders, no evaluation (defiance without a judgement)"))
U(d, "Two other CCG ships, two Chinese navy tugboats", "according to the PCG.",
  ("Philippines", N, neu, "", "facts sourced to the PCG (a state body, not a news agency) = Philippines neutral"))
U(d, "In a statement posted on the coast guard's official WeChat account", "shortly after noon.",
  ("China", C, neg, "Philippines", "CCG spokesman: counter-accusation (the Philippine ship 'steered into' the Chinese one; 'loitering illegally')"))
U(d, "“Manila alone answers for what happened", "Liu said.",
  ("China", C, neg, "Philippines", "holds the other side responsible; Manila = metonym"))
U(d, "He warned that the coast guard would use every means", "on its own.",
  ("China", C, neg, "Philippines", "threat + demand to withdraw = condemning"))
U(d, "China's embassy in Manila went further", "BRP Sierra Madre.",
  ("China", C, neg, "Philippines", "embassy = China; Manila here is a place; accusation of engineering a second Ayungin stand-off"))
U(d, "Defense Secretary Gilberto Teodoro Jr. said the ramming showed", "“for export only.”",
  ("Philippines", C, neg, "China", "judgement without stock words: Beijing's talk is 'for export only'"))
U(d, "“What they say in the meeting room", "in a text message.",
  ("Philippines", C, neg, "China", "quote after the first sentence of the paragraph, same speaker (Teodoro); accusation of duplicity"))
U(d, "Jonathan Malaya, assistant director-general of the National Security Council", "in Filipino waters.”",
  ("Philippines", T, neu, "China", "offer of talks through the BCM with a limit = calling_for_talks (conditional talks still talks)"))
U(d, "The Department of Foreign Affairs said it had lodged a protest", "over the incident.",
  ("Philippines", C, neg, "China", "diplomatic protest = a taken response against the other side"))
U(d, "In Washington, State Department spokesperson Matthew Miller said China had repeatedly disrupted", "claims to the area baseless.",
  ("United States", C, neg, "China", "Washington = place; 'reckless', 'baseless' = judgements"))
U(d, "Miller also urged Beijing to pull its vessels back", "international law.",
  ("United States", T, neu, "China", "demand addressed to one side with no judgement word in the sentence = calling_for_talks (labels/README)"))
U(d, "The State Department repeated that the 1951 Mutual Defense Treaty", "South China Sea.",
  ("United States", S, neu, "Philippines", "treaty commitment to an ally = backing (supporting); sentiment neutral (plain wording)"))
U(d, "US Ambassador MaryKay Carlson, writing on X", "Philippine EEZ.",
  ("United States", C, neg, "China", "solidarity + condemnation in one sentence: rule 1 decides (one row per actor)"))
U(d, "Japan's ambassador, Endo Kazuya, said Tokyo was seriously concerned", "Saturday's collision.",
  ("Japan", N, neg, "", "concern without an appeal = neutral, negative (guide); Tokyo = metonym"))
U(d, "“We are on the side of the Philippines, today as before,” he wrote", "for the PCG.",
  ("Japan", S, pos, "Philippines", "quote opened the paragraph's second sentence; solidarity = supporting; the note on the Japanese-funded ship is narration inside the same sentence"))
U(d, "Australian Ambassador HK Yu described the Chinese actions", "pattern of such incidents.",
  ("Australia", C, neg, "China", "'dangerous and destabilizing' = judgement"),
  ("New Zealand", N, neg, "", "second actor in the same sentence: concern without an appeal = neutral (the 'pattern' is not named as anyone's; near miss to condemning)"))
U(d, "The European Union's ambassador, Luc Véron, urged all sides", "settle their differences peacefully.",
  ("European Union", T, neu, "", "appeal to all sides, no judgement; target empty (several parties)"))
U(d, "In a post on X on Sunday, Tarriela thanked the embassies", "alone at Escoda.",
  ("Philippines", S, pos, "", "thanks to the embassies that spoke out = approval; target empty (several states)"))
