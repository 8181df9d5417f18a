# ------------------------------------------------------------------ US strike that killed Qassem Soleimani in Baghdad (live blog, 2020-01-03)
d = "page_soleimani_strike_liveblog.txt"
U(d, "Speaking at his Mar-a-Lago resort in Florida", "record of bloodshed.",
  ("United States", C, neg, "Iran", "accusation against Soleimani, an Iranian state commander (IRGC) -> Iran"))
U(d, "He said Washington had no wish for a conflict with Iran", "attempt at retaliation.",
  ("United States", C, neg, "Iran", "'no wish for conflict' + warning against retaliation: the threat decides"))
U(d, "India, which has millions of citizens working in the Gulf", "step back from the brink.",
  ("India", T, neg, "", "worry + appeal to all sides"))
U(d, "Hassan Nasrallah, the leader of Lebanon's Hezbollah", "resistance camp.",
  ("Hezbollah", C, neg, "United States", "threat of revenge"))
U(d, "Israeli Prime Minister Benjamin Netanyahu, who cut short a trip to Athens", "defend its people.",
  ("Israel", S, pos, "United States", "praise + backing of the US; Athens = place"))
U(d, "Secretary of State Mike Pompeo said he had spoken to his counterparts", "not raise them.",
  ("United States", T, neu, "", "the striking side declares it wants de-escalation; counterparts only mentioned (no rows)"))
U(d, "Saudi Arabia's foreign ministry said the kingdom was following events closely", "inflame it further.",
  ("Saudi Arabia", T, neu, "", "appeal for restraint, no judgement"))
U(d, "The UAE's minister of state for foreign affairs, Anwar Gargash", "before confrontation.",
  ("United Arab Emirates", T, neu, "", "appeal for wisdom / political solutions"))
U(d, "Germany's government said Iran could not escape its share of the blame", "now extremely tense.",
  ("Germany", C, neg, "Iran", "blame on Iran (attacks on US positions, embassy storming); the alarm that follows has no appeal"))
U(d, "British Foreign Secretary Dominic Raab said Soleimani's Quds Force", "needed now was calm.",
  ("United Kingdom", C, neg, "Iran", "negative judgement of the Quds Force (= Iran, an IRGC branch) + appeal for calm: rule 1"))
U(d, "France's junior minister for European affairs, Amelie de Montchalin", "in contact with all sides.",
  ("France", N, neg, "", "alarm + contacts, no appeal and no judgement = neutral, negative"))
U(d, "Moscow condemned the US strike", "across the Middle East.",
  ("Russia", C, neg, "United States", "Moscow = Russia; condemnation + 'broke international law'"))
U(d, "Geng Shuang, a Chinese foreign ministry spokesman", "to keep things calm.",
  ("China", T, neu, "United States", "appeal for calm addressed first of all to Washington, no judgement word (unsure: 'the onus was on Washington' hints at blame)"))
U(d, "Farhan Haq, the UN deputy spokesman", "a disaster for its people.",
  ("United Nations", T, neg, "", "appeal to pull back, with a warning"))
U(d, "Charles Michel, the president of the European Council", "step back now.",
  ("European Union", T, neg, "", "warning + demand that all sides step back, no actor judged"))
U(d, "Adel Abdul Mahdi, Iraq's caretaker prime minister", "drag the country into war.",
  ("Iraq", C, neg, "United States", "accusation of violating the troop agreement; 'American troops' names the US"))
U(d, "He asked parliament to meet in an emergency session.", "He asked parliament to meet in an emergency session.",
  ("Iraq", N, neu, "", "'He' = Abdul Mahdi; procedure"))
U(d, "Shi'ite cleric Moqtada al-Sadr told his followers", "Mahdi Army militia.",
  ("Sadrist Movement", C, neg, "United States", "mobilisation against the Americans = threatened response"))
U(d, "In a message carried on state television, Supreme Leader Ayatollah Ali Khamenei", "pay a heavy price.",
  ("Iran", C, neg, "", "threat; 'those responsible' names no actor -> target empty (the US is implied)"))
U(d, "He also declared three days of national mourning.", "He also declared three days of national mourning.",
  ("Iran", N, neg, "", "'He' = Khamenei; own procedure, grief in tone"))
U(d, "Foreign Minister Mohammad Javad Zarif said on Twitter", "whole region in danger.",
  ("Iran", C, neg, "United States", "accusation of murder + of endangering the region"))
U(d, "Iran's foreign ministry summoned the Swiss charge d'affaires", "to protest against the killing.",
  ("Iran", C, neg, "United States", "summons in protest = measure; the Swiss envoy represents US interests (Switzerland takes no position)"))
U(d, "Hamas, the Islamist group that runs Gaza", "peoples of the region.",
  ("Hamas", C, neg, "United States", "condemnation; condolences to Iran in the same unit are outweighed (rule 1)"))
U(d, "Turkey's foreign ministry said it was deeply worried", "in the region.",
  ("Turkey", N, neg, "", "concern without an appeal"))
U(d, "The Pentagon confirmed in a statement late on Thursday", "a defensive action.",
  ("United States", N, neu, "", "own strike reported as done and called defensive, no judgement of another actor (unsure: the justification is close to an implied charge)"))
U(d, "It accused Soleimani of giving the green light", "US embassy in Baghdad.",
  ("United States", C, neg, "Iran", "'It' = the Pentagon; accusation"))
