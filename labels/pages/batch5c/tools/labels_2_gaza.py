# ------------------------------------------------------------------ Gaza "flour massacre" at the Nabulsi roundabout (full HTML, Gulf English daily, 2024-03-01)
d = "page_gaza_flour_webpage.html"
U(d, "More than 100 Palestinians were killed and hundreds wounded on Thursday", "the Israeli military disputed.",
  ("Hamas", N, neu, "", "toll from the health ministry of the Hamas-run territory (name files: Gaza health ministry = Hamas); figures = neutral"),
  ("Israel", N, neg, "", "'an account the Israeli military disputed' = denial in the same sentence (neutral, negative)"))
U(d, "The ministry put the toll at 112 dead", "since the previous night.",
  ("Hamas", N, neu, "", "'The ministry' by context; figures and place"))
U(d, "In a statement, it accused Israeli troops of a deliberate massacre", "feed their families.",
  ("Hamas", C, neg, "Israel", "pronoun 'it' = the ministry; accusation"))
U(d, "Rear Admiral Daniel Hagari, the Israeli military's chief spokesman", "trampling that followed.",
  ("Israel", N, neg, "", "own account of the events; blames the crowd (no canonical actor) = neutral, negative"))
U(d, "Hagari insisted that no Israeli strike had been carried out", "before pulling back.",
  ("Israel", N, neg, "", "denial + own act reported = neutral"))
U(d, "The army said separately that an initial review found", "from its fire.",
  ("Israel", N, neg, "", "'The army' = Israel by context; own fire reported with a justification, partial denial"))
U(d, "Palestinian President Mahmoud Abbas's office described the shooting", "responsible for it.",
  ("Palestine", C, neg, "Israel", "possessive before the speaker; 'fully responsible' (guide cue)"))
U(d, "Hamas warned that the truce talks mediated by Qatar, Egypt and the United States", "serve as cover for them.",
  ("Hamas", C, neg, "Israel", "conditional threat to the talks in protest; the mediators are only mentioned (no rows)"))
U(d, "UN Secretary-General Antonio Guterres condemned the killings", "reporters in New York.",
  ("United Nations", C, neg, "", "condemnation + call for an investigation (rule 1); no perpetrator named -> target empty; attribution tail via the spokesman"))
U(d, "Dujarric said the people of northern Gaza were on the edge of famine", "could guarantee.",
  ("United Nations", T, neg, "", "alarm + appeal for aid access and a ceasefire = calling_for_talks"))
U(d, "President Joe Biden told reporters that the deaths would complicate", "assigning blame.",
  ("United States", N, neg, "", "concern about the talks, no appeal and explicitly no blame = neutral, negative"))
U(d, "A White House spokesperson called the episode grave", "far more aid.",
  ("United States", T, neg, "", "unnamed spokesperson of a named body = US; appeal for a truce and aid (rule 2); 'grave' judges the event, not an actor"))
U(d, "State Department spokesman Matthew Miller said the United States had asked", "full investigation.",
  ("United States", T, neg, "Israel", "asking for an explanation and a full investigation = call for an investigation, no judgement (talks, as batch4j; unsure)"))
U(d, "On Friday, Biden announced that US military aircraft would begin dropping food", "open wider.",
  ("United States", S, neu, "Palestine", "backing by act (airdrops) = supporting; aid to Gaza's civilians -> Palestine (demonym, unsure); tone mixed"))
U(d, "French President Emmanuel Macron wrote on X that nothing could excuse", "what had happened.",
  ("France", C, neg, "Israel", "leader on social media; 'nothing could excuse' = judgement naming Israeli soldiers + demand for the truth (rule 1)"))
U(d, "His foreign minister, Stéphane Séjourné, told France Inter radio", "independent inquiry.",
  ("France", C, neg, "", "'no justification' = judgement (rule 1 over the demand for an inquiry); Israel not named in the sentence -> target empty (unsure); Paris = metonym"))
U(d, "Germany's foreign minister, Annalena Baerbock, said the Israeli army owed", "humanitarian pause.",
  ("Germany", T, neg, "Israel", "demand for a full account + humanitarian pause, no judgement word: rule 2"))
U(d, "Britain's foreign secretary, David Cameron, called the scenes appalling", "held to account.",
  ("United Kingdom", C, neg, "", "judgement + accountability for unnamed 'those responsible' -> target empty"))
U(d, "EU foreign policy chief Josep Borrell said the deaths of people queuing", "laws of war.",
  ("European Union", C, neg, "", "'intolerable' + 'broke the laws of war' = judgement; nobody named (target empty)"))
U(d, "Saudi Arabia, Egypt, Jordan, and Qatar each issued statements", "Israeli occupation forces.",
  ("Saudi Arabia", C, neg, "Israel", "list of four (Oxford comma): one row each; Riyadh = metonym"),
  ("Egypt", C, neg, "Israel", "same list"),
  ("Jordan", C, neg, "Israel", "same list"),
  ("Qatar", C, neg, "Israel", "same list"))
U(d, "Doha, which has spent weeks shuttling proposals", "Israel's massacres.",
  ("Qatar", C, neg, "Israel", "capital as metonym; appeal + 'massacres' (rule 1)"))
U(d, "In Bogota, President Gustavo Petro announced that Colombia was suspending", "of genocide.",
  ("Colombia", C, neg, "Israel", "measure taken against a party (arms purchases suspended) + accusation; Bogota = place"))
U(d, "China's foreign ministry spokeswoman, Mao Ning, said Beijing condemned", "protect civilians.",
  ("China", C, neg, "Israel", "condemnation + appeal addressed to Israel above all (rule 1)"))
U(d, "The World Food Programme, which paused deliveries to the north last week", "by the day.",
  ("World Food Programme", N, neg, "", "warning without an appeal = neutral, negative; its own pause in the relative clause is narrative"))
