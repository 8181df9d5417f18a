# ------------------------------------------------------------------ Israel declares Lula persona non grata (full HTML, Brazilian English-language daily, 2024-02-19)
d = "page_lula_persona_non_grata_webpage.html"
U(d, "Israel declared Brazilian President Luiz Inácio Lula da Silva persona non grata", "summoning Israel's envoy.",
  ("Israel", C, neg, "Brazil", "lead with two actors: declaring the head of state persona non grata = a measure taken against another side (like an expulsion)"),
  ("Brazil", C, neg, "Israel", "same sentence: recalling its ambassador + summoning Israel's envoy = measures taken in protest ('hit back')"))
U(d, "Speaking to reporters in Addis Ababa on Sunday", "exterminate the Jews.",
  ("Brazil", C, neg, "Israel", "Lula's remark in reported speech: genocide + Hitler parallel = accusation; the African Union only hosts the summit (no row)"))
U(d, "Prime Minister Benjamin Netanyahu answered the same evening", "would not let pass.",
  ("Israel", C, neg, "Brazil", "'an outrage' = judgement without stock words; Lula = Brazil"))
U(d, "He said the Brazilian ambassador would be called in for a severe reprimand.", "He said the Brazilian ambassador would be called in for a severe reprimand.",
  ("Israel", C, neg, "Brazil", "'He' = Netanyahu; announced reprimand of the envoy = a response announced against another side"))
U(d, "Foreign Minister Israel Katz received Ambassador Frederico Meyer at Yad Vashem", "a rebuke in Hebrew.",
  ("Israel", C, neg, "Brazil", "reprimand delivered = act of protest; Meyer only addressed; Jerusalem = place. The sentence before it ('That meeting took place ...') is narrative, no row"))
U(d, "“To put the soldiers of the Jewish state beside Hitler's killers", "Katz wrote on X after the visit.",
  ("Israel", C, neg, "Brazil", "multi-sentence quotation closed by its speaker = one unit; judgement + persona non grata until Lula withdraws the words"))
U(d, "Katz said the measure concerned the president personally", "friendship with the Brazilian people.",
  ("Israel", N, pos, "", "surname only; reassurance about its own measure (neutral, positive tone), no judgement or appeal"))
U(d, "A senior Israeli official, speaking on condition of anonymity", "ties between the two countries.",
  ("Israel", T, neu, "Brazil", "unnamed official of a named government = Israel; no downgrade (own plan) + hope that the row blows over = hope for calm relations (talks; unsure, could be neutral)"))
U(d, "In Brazil, the foreign ministry said in a short note on Monday evening", "for consultations.",
  ("Brazil", C, neg, "Israel", "'the foreign ministry' = Brazil by context; summoning Israel's ambassador + recalling its own = protest measures"))
U(d, "A Brazilian diplomat with knowledge of the meeting said", "an affront Brazil would not accept.",
  ("Brazil", C, neg, "Israel", "unnamed official of a named government; Vieira's rebuke reported: 'an affront ... would not accept'"))
U(d, "Celso Amorim, Lula's chief adviser on foreign affairs", "a meeting with the president.",
  ("Brazil", C, neg, "Israel", "possessive before the speaker ('Lula's chief adviser'); 'absurd' = judgement of Israel's decision"))
U(d, "“Nobody is going to stop dealing with Brazil over this.", "Amorim told reporters.",
  ("Brazil", N, neg, "", "multi-sentence quote closed by its speaker; refusal to apologise + the president's own stance defended, no judgement of Israel in the unit (neutral, negative; unsure)"))
U(d, "Hamas welcomed the Brazilian leader's words", "were going through.",
  ("Hamas", S, pos, "Brazil", "approval of Lula's remarks = supporting Brazil"))
U(d, "The group asked the International Court of Justice to weigh the remarks", "the court in The Hague.",
  ("Hamas", C, neg, "Israel", "'The group' = Hamas by context; asks the ICJ to use the remarks in the genocide case against Israel = accusation pursued through a court (unsure: could be read as an appeal, talks). The ICJ is only addressed"))
U(d, "Ibrahim Alzeben, the Palestinian ambassador in Brasília", "had abandoned.",
  ("Palestine", S, pos, "Brazil", "person introduced by role; thanks + praise of Lula's 'courage' = supporting; Brasília = place"))
U(d, "The Brazilian Israelite Confederation, known as Conib", "hostility towards Brazilian Jews.",
  ("Brazilian Israelite Confederation", C, neg, "Brazil", "organisation under its own name; judgement of the president's comparison (target Brazil = Lula)"))
U(d, "The Arab Palestinian Federation of Brazil, known as Fepal", "add to Lula's standing.",
  ("Arab Palestinian Federation of Brazil", S, pos, "Brazil", "organisation under its own name; praise of Lula. 'Israel's rebuke' is a possessive, Israel takes no position here"))
U(d, "Gleisi Hoffmann, president of Lula's Workers' Party", "civilians in Gaza.",
  ("Workers' Party", C, neg, "Israel", "party leader speaks for the party; accuses Netanyahu's government (= Israel) of staging the scene + killing civilians"))
U(d, "The Brazil-Israel Institute, a São Paulo think tank", "built over decades.",
  ("Brazil-Israel Institute", T, neu, "", "appeal to both governments to return envoys and settle through dialogue, no judgement (talks; both sides -> target empty)"))
# No rows: "That meeting took place ..." (narrative); "Vieira, who is preparing to host ..." (no position);
# "Lula himself made no public comment" (non-response); "Opposition lawmakers allied with ..." (unnamed group, not
# an actor); "Brazil, which holds the rotating presidency ..." (vague background); Blinken's schedule (narrative).
