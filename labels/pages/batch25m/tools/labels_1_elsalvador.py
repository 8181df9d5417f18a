# ------------------------------------------------------------------ El Salvador: the new assembly ousts the constitutional chamber and the attorney general (wire copy, 2021-05-02)
d = "page_elsalvador_courtpurge2021_wire.txt"
# Not statements: outlet name, menu, section, headline, byline, read time, time stamps, the three bullets, ADVERTISEMENT,
# [Photo 1 of 3] caption with credit, crossheads, reporting credits, Our Standards, Related Coverage, tags, most read, copyright.
U(d, "The United States told El Salvador on Sunday that firing", "repeatedly blocked his government.",
  ("United States", C, neg, "El Salvador", "lede carrying a position: 'struck at the separation of powers' = judgement without a stock word; dateline excluded"))
U(d, "The new Legislative Assembly, where Bukele's Nuevas Ideas party", "within the hour.",
  ("El Salvador", N, neu, "", "the assembly's vote reported as an act done (a decision), no judgement in the sentence; the judges are not an actor"))
U(d, "Shortly after midnight the same majority removed Attorney General", "in his place.",
  ("El Salvador", N, neu, "", "second act reported as done: replacement of the prosecutor, plain narration of a decision"))
U(d, "Ernesto Castro, the assembly's new president", "during the pandemic.",
  ("El Salvador", C, neg, "", "reported clause: accusation against the judges (not an actor) -> target empty; assembly president = El Salvador"))
U(d, "Delgado told reporters after taking the oath", "by his predecessor.",
  ("El Salvador", N, neu, "", "new attorney general's plan = procedure"))
U(d, "Secretary of State Antony Blinken spoke to Bukele by telephone", "democratic government rests.",
  ("United States", C, neg, "El Salvador", "second-hand ('the State Department said'); 'cut against the balance between branches' = judgement without stock words"))
U(d, "According to a department readout, Blinken also described Melara", "just voted out.",
  ("United States", C, neg, "El Salvador", "'according to a readout'; praise of the ousted prosecutor framed as 'a pointed defence' against the assembly's act: judgement of the removal (unsure: could be read as supporting a non-actor)"))
U(d, "Juan González, the White House's senior director", "swept aside the courts.",
  ("United States", C, neg, "El Salvador", "warning about the relationship = threat of consequences"))
U(d, "Vice President Kamala Harris, who leads the administration's effort", "events in San Salvador closely.",
  ("United States", N, neg, "", "concern without an appeal = neutral, negative tone"))
# "Bukele brushed the criticism aside." = summary line before the specific statement, no row.
U(d, "In a string of posts on Sunday, the 39-year-old president told foreign governments", "sat on the country's courts.",
  ("El Salvador", C, neg, "", "rejects foreign critics as having no business = judgement on several foreign actors -> target empty"))
U(d, "He said in the same posts that he still wanted to work with Washington", "remained open.",
  ("El Salvador", T, pos, "United States", "offer of continued cooperation and an open door = calling_for_talks; pronoun 'He' = Bukele"))
U(d, "Christian Guevara, who leads the Nuevas Ideas bloc, denied", "presidential palace.",
  ("Nuevas Ideas", N, neg, "", "denial = neutral, negative tone; party bloc leader = the party"))
# "By Sunday evening, letters of resignation attributed to ..." = narration, no actor taking a position. No row.
# "Several hundred people ... gathered" = scene, no row.
U(d, "The General Secretariat of the Organization of American States said in a statement that it could not accept", "constitution requires.",
  ("Organization of American States", C, neg, "El Salvador", "'could not accept' + 'without any of the grounds' = judgement"))
U(d, "It asked the assembly to reconsider", "the other branches.",
  ("Organization of American States", T, neu, "El Salvador", "'It' = the OAS Secretariat; appeal with no judgement word in this sentence"))
U(d, "European Union foreign policy chief Josep Borrell said the bloc was watching with unease", "who had been removed.",
  ("European Union", T, neg, "El Salvador", "unease + an appeal to protect the judges = calling_for_talks (concern with an appeal)"))
U(d, "Costa Rica's foreign ministry voiced concern and called on every branch", "constitutional order.",
  ("Costa Rica", T, neu, "El Salvador", "concern + appeal to settle differences = calling_for_talks"))
U(d, "Stéphane Dujarric, spokesman for UN Secretary-General", "independence of each branch.",
  ("United Nations", T, pos, "", "hope for a way through = calling_for_talks; spokesperson named first by role"))
U(d, "Dujarric said the UN country team had not been asked for assistance.", "not been asked for assistance.",
  ("United Nations", N, neu, "", "spokesperson later by surname only; a plain fact"))
U(d, "Diego García-Sayán, the UN special rapporteur", "in any meaningful sense.",
  ("United Nations", C, neg, "El Salvador", "'in remarks carried by the world body's news service'; judgement without stock words; UN expert = United Nations"))
U(d, "\"This is the road that Venezuela and Nicaragua travelled", "José Miguel Vivanco said.",
  ("Human Rights Watch", C, neg, "El Salvador", "quote first, speaker after: likening the government to Venezuela and Nicaragua = judgement"))
U(d, "Vivanco urged the Biden administration to freeze security assistance", "were restored.",
  ("Human Rights Watch", C, neg, "El Salvador", "call for a measure (aid freeze) against El Salvador = condemning, like a call for sanctions"))
U(d, "At home, the conservative ARENA party welcomed the quick reaction", "takeover of the judiciary.",
  ("Nationalist Republican Alliance", C, neg, "Nuevas Ideas", "welcome of the US joined to a judgement: rule 1 -> condemning; ARENA = Nationalist Republican Alliance (parties.csv)"))
U(d, "The leftist FMLN, which governed from 2009 to 2019, said the majority", "first day in office.",
  ("FMLN", C, neg, "Nuevas Ideas", "'trampled the constitution' = judgement of the ruling majority"))
U(d, "\"Nothing in our constitution lets a legislature sack judges", "Legal Studies in San Salvador.",
  ("Lucía Menjívar", C, neg, "El Salvador", "invented independent scholar, introduced by role after the quote; explicit judgement"))
U(d, "Menjívar said the new chamber was likely to be asked within weeks", "his term in office.",
  ("Lucía Menjívar", N, neu, "", "forecast, no evaluation"))
U(d, "Daniel Whitcombe, a senior fellow at the Hemisphere Governance Forum", "above 80 percent.",
  ("Daniel Whitcombe", N, neu, "", "invented analyst; assessment of leverage, no judgement or appeal"))
U(d, "Whitcombe said Washington should keep talking to San Salvador", "ordinary Salvadorans.",
  ("Daniel Whitcombe", T, neu, "United States", "appeal to keep talking rather than cut aid = calling_for_talks, addressed to the US"))
