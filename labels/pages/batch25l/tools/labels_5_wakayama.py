# ------------------------------------------------------------------ Pipe bomb thrown at Prime Minister Kishida's campaign stop in Wakayama (live blog, 2023-04-15)
d = "page_wakayama_kishida_blast_2023_liveblog.txt"
# Not statements: site bar, breadcrumb, LIVE headline, updated line, key events bullets, auto-refresh/share bar,
# post time stamps and post headlines, the blog's own wrap-up, "Show older posts", Related, newsletter prompt, copyright.
# "We are going to wrap up our live coverage shortly. The prime minister is unhurt, ..." = the outlet's own summary, no row.
U(d, "Wakayama prefectural police said the man arrested at the port", "until a lawyer arrived.",
  ("Japan", N, neu, "", "prefectural police resolve to the state; facts about the arrest"))
U(d, "Investigators believe the object that exploded was a pipe-shaped device", "citing police sources.",
  ("Japan", N, neu, "", "second-hand attribution (NHK citing police sources = unnamed officials of a named body); NHK is an outlet, not an actor"))
U(d, "Kenta Izumi, leader of the main opposition Constitutional Democratic Party of Japan", "not by fear.",
  ("Constitutional Democratic Party of Japan", C, neg, "", "condemns the attack (an individual's act, no actor target) as an attack on every voter's freedom, without a stock word"))
U(d, "Komeito leader Natsuo Yamaguchi, whose party governs in coalition", "keep campaigning as planned.",
  ("Komeito", N, pos, "", "relief about a partner's safety + own plans, no judgement (unsure: relief for the PM could be read as supporting Japan)"))
U(d, "Speaking to a crowd outside JR Wakayama Station", "voters deserved to hear the candidates.",
  ("Japan", N, neu, "", "the PM apologises to residents and says the campaign will go on = neutral"))
U(d, "Later, at a stop in Chiba, he went further:", "could never bow to.",
  ("Japan", C, neg, "", "'he went further' opens the unit after a colon; an attempt to disrupt an election 'a democracy could never bow to' = judgement of the attack; target empty (an individual)"))
U(d, "Chief Cabinet Secretary Hirokazu Matsuno told reporters he had instructed", "across the country.",
  ("Japan", N, neu, "", "instruction to tighten security = neutral"))
U(d, "Wakayama Governor Shuhei Kishimoto said the prefecture was shaken", "during an election campaign.",
  ("Japan", N, neg, "", "a prefectural governor resolves to the state; shock without an appeal = neutral, negative"))
U(d, "Matsuno said any talk of a motive would have to wait", "finished their work.",
  ("Japan", N, neu, "", "surname only after the role; procedure"))
U(d, "He added that security arrangements for the Group of Seven summit", "\"with the greatest care.\"",
  ("Japan", N, neu, "", "plan"))
# "Messages of relief have been coming in from foreign governments over the past few hours." = summary line, no row.
U(d, "Indian Prime Minister Narendra Modi wrote on Twitter", "wished him well.",
  ("India", S, pos, "Japan", "relief + good wishes to a foreign leader = solidarity = supporting"))
U(d, "The ambassadors of Australia, Canada and New Zealand each posted messages of solidarity", "escaped serious harm.",
  ("Australia", S, pos, "Japan", "a list of three states: one row each; solidarity"),
  ("Canada", S, pos, "Japan", "same sentence, second state of the list"),
  ("New Zealand", S, pos, "Japan", "same sentence, third state of the list"))
U(d, "A spokesperson for South Korea's foreign ministry said Seoul was relieved", "silence an election campaign.",
  ("South Korea", C, neg, "", "relief + condemnation of the attack: rule 1; target empty (an individual's act)"))
U(d, "Taiwan's President Tsai Ing-wen said on Twitter that the people of Taiwan stood with Japan", "a swift recovery.",
  ("Taiwan", S, pos, "Japan", "solidarity + wishes = supporting"))
U(d, "British Ambassador Julia Longbottom said she was \"very relieved\"", "the people of Wakayama.",
  ("United Kingdom", S, pos, "Japan", "relief + good wishes = supporting"))
U(d, "The European Union's ambassador in Tokyo, Jean-Eric Paquet, wrote", "no cause could justify.",
  ("European Union", C, neg, "", "'a cowardly act that no cause could justify' = judgement of the attack; target empty"))
# "China's foreign ministry had not commented by Saturday evening." = non-answer, no row.
U(d, "U.S. Ambassador Rahm Emanuel said in a post that he was thankful", "Japan and the United States share.",
  ("United States", C, neg, "", "thanks for safety joined to 'an attack on a democratic campaign was an attack on the values ...' = judgement of the act: rule 1; target empty"))
U(d, "\"We stand with our friends in Japan,\" the embassy added in a separate statement.", "in a separate statement.",
  ("United States", S, pos, "Japan", "'the embassy' = US by context; solidarity"))
U(d, "Japan's Foreign Ministry said there were no plans to change the schedule", "opening in Karuizawa on Sunday.",
  ("Japan", N, neu, "", "plans unchanged = neutral"))
# "Diplomats from two G7 delegations said ..." = unnamed speakers of no single body, no row.
U(d, "Hiroko Tanimoto, 41, who had brought her daughter", "the sound was fireworks.",
  ("Hiroko Tanimoto", N, neu, "", "invented named witness (person); what she saw"))
U(d, "\"Then I saw the smoke and everyone running", "she told AsiaNow.",
  ("Hiroko Tanimoto", N, neg, "", "account of the scene, fear; 'told AsiaNow' = the outlet, not an actor"))
# "Another witness said fishermen at the port had pinned the man down ..." = unnamed witness, no row.
# "The incident comes nine months after former Prime Minister Shinzo Abe was shot dead ..." = background, no row.
U(d, "Shingo Arakawa, a political scientist at Kobe Seiryo University", "\"only half finished.\"",
  ("Shingo Arakawa", C, neg, "Japan", "invented independent scholar; judgement of the state's security review without a stock word"))
U(d, "\"Japanese politicians believe in speaking to voters face to face", "Arakawa said.",
  ("Shingo Arakawa", N, pos, "", "advice on campaigning style, not a diplomatic or peace appeal = neutral"))
U(d, "\"But the police cannot keep planning for the last attack", "the next one.\"",
  ("Shingo Arakawa", C, neg, "Japan", "speaker carried across the paragraph break; criticism of the police (a state body)"))
# "The prime minister was being shown around the port ..." = narration, no row.
U(d, "Security officers shielded Kishida and moved him away", "the prime minister's office said.",
  ("Japan", N, neu, "", "facts with an attribution tail"))
# "Japanese media are reporting a loud explosion ..." = media report + the blog's own line, no row.
