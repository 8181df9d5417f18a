# ------------------------------------------------------------------ Aristide's departure and the interim force in Haiti (international wire copy, 2004-03-03)
d = "page_haiti_aristide_departure_wire.txt"
# No rows: agency masthead, menus, section, headline, time, byline, priority/slug line, "PICTURES: 1 of 3" captions
# with credits, crossheads, ADVERTISEMENT, reporting credits, "More:" slugs, copyright.
R = "National Revolutionary Front for the Liberation of Haiti"
A = "Jean-Bertrand Aristide"
U(d, "Caribbean leaders on Wednesday demanded an independent international inquiry", "now patrolling the capital.",
  ("CARICOM", C, neg, "United States", "long lead, dateline excluded; 'refusing to accept Washington's account' = rejection of the US version in protest, with the demand for an inquiry (rule 1; unsure: the inquiry alone would be calling_for_talks)"),
  (R, T, neu, "", "the rebel leader's pledge to hand in weapons = agreeing to de-escalate; the Marines' pressure is narration"))
U(d, "At the close of a two-day emergency summit in Kingston", "constitutional government in the region.",
  ("CARICOM", C, neg, "", "inquiry demand + 'a threat to every constitutional government' = judgement of the removal (rule 1); no actor named -> target empty; Kingston = place"))
U(d, "\"We are not here to take anyone's word for it", "told a news conference.",
  ("CARICOM", T, neg, "United States", "the chairman speaks for the bloc; multi-sentence quote closed by the speaker: a demand for an explanation with distrust of Washington but no judgement word = calling_for_talks (batch5c rule on demands for explanation; unsure)"))
U(d, "Patterson said the rebel leaders were gunmen with criminal records", "new Haitian government.",
  ("CARICOM", C, neg, R, "'gunmen with criminal records' + refusal to see them in government = judgement"))
U(d, "The Community also said its members would not contribute troops", "stabilisation mission.",
  ("CARICOM", N, neu, "", "refusal to join the interim force with no grievance stated in the sentence (and a plan to join the later mission) = neutral (README rule on refusals)"))
U(d, "Aristide, who landed in the Central African Republic on Monday", "where it was going.",
  (A, C, neg, "United States", "the ousted president as a private person under his own name (not declared as an alias of Haiti); claims to be president + accusation by describing what US diplomats and soldiers did: the accusation decides"))
U(d, "\"It was an overthrow dressed up as a rescue,\" he said in one of the interviews.", "he said in one of the interviews.",
  (A, C, neg, "United States", "quote continued in the next sentence after the paraphrase; judgement"))
U(d, "\"We offered him a way out that saved lives, and he took it.", "asked for the flight himself.",
  ("United States", N, neg, "", "denial of the kidnapping story, multi-sentence quote closed by the speaker named with his role, plus an attribution tail; 'stories that do not stand up' is dismissive but a denial (neutral, negative)"))
U(d, "The Central African Republic's foreign minister, Charles Wenezoui, said", "remained its guest.",
  ("Central African Republic", T, neu, A, "the host asks its guest to avoid harmful statements = appeal for restraint without a judgement (unsure: neutral)"))
U(d, "The U.N. Security Council voted unanimously late on Sunday to authorise", "take over later.",
  ("United Nations", S, pos, "Haiti", "authorising a force to restore security + a later UN mission = backing by act"))
U(d, "In the same resolution, the Council called on all parties", "constitutional succession.",
  ("United Nations", T, neu, "", "appeal to all parties to end the violence"))
U(d, "U.S. President George W. Bush said on Sunday that U.S. Marines would be the first troops", "Boniface Alexandre.",
  ("United States", S, neu, "Haiti", "troops sent at the interim president's request = backing by act (not an operation against a side)"))
U(d, "The Pentagon said on Wednesday that about 1,000 U.S. troops", "in Port-au-Prince.",
  ("United States", N, neu, "", "troops and tasks as facts (war vocabulary as topic)"))
U(d, "France, which had openly urged Aristide to step down last week, said its first soldiers", "over the coming days.",
  ("France", N, neu, "", "main clause: deployment figures = facts; the earlier demand that Aristide resign sits in a relative clause as background (unsure: could be read as condemning Aristide)"))
U(d, "French Foreign Minister Dominique de Villepin said Aristide's departure", "national unity.",
  ("France", T, pos, "", "welcome of the new start + appeal for a government of national unity, no judgement = calling_for_talks (rule 2 before 3)"))
U(d, "Canada and Chile have also announced contributions to the force.", "Canada and Chile have also announced contributions to the force.",
  ("Canada", S, neu, "Haiti", "list of two states: troops for the force = backing by act"),
  ("Chile", S, neu, "Haiti", "same list"))
U(d, "U.N. Secretary-General Kofi Annan said the world had left Haiti too early", "Haitians needed it.",
  ("United Nations", S, pos, "Haiti", "long-term commitment = offered support; the self-critical remark about 'the world' judges no actor"))
U(d, "In Addis Ababa, a spokesman for the African Union Commission said", "formal position.",
  ("African Union", N, neg, "", "concern without an appeal + consultation procedure = neutral, negative; Addis Ababa = place"))
U(d, "Philippe, a former police chief who led a three-week revolt from the north", "head of Haiti's military.",
  (R, N, neu, "", "the rebel leader's self-proclamation reported as done (a claim, no judgement of another actor)"))
U(d, "On Tuesday he said his men would arrest Prime Minister Yvon Neptune", "from U.S. officials.",
  (R, C, neg, "Haiti", "threat to arrest the prime minister + accusation of ordering killings; Neptune = Haiti's government"),
  ("United States", C, neg, R, "'sharp warnings from U.S. officials' = unnamed officials of a named government; warnings aimed at the rebels (threatened response)"))
U(d, "After meeting senior Marine officers on Wednesday, Philippe told reporters", "the men will go home.\"",
  (R, T, pos, "", "quote opened after a colon; fighters called off the streets = de-escalation (calling_for_talks)"))
U(d, "Neptune, who has stayed on as head of a caretaker cabinet", "rewarded with posts.",
  ("Haiti", C, neg, R, "the caretaker prime minister speaks for Haiti; 'criminals who should face the courts' = judgement"))
U(d, "Alexandre, the chief justice sworn in as interim president on Sunday", "do their work.",
  ("Haiti", T, neu, "", "appeal to put down weapons = calling_for_talks"))
U(d, "Aristide's Fanmi Lavalas party said in a statement read to a radio station", "avoid reprisals.",
  ("Fanmi Lavalas", C, neg, "", "'removed in a coup prepared abroad' = judgement + an appeal for calm (rule 1); no actor named -> target empty"))
U(d, "\"In 1994 and in 2004 the outsiders arrive to calm things down", "Port-au-Prince and Montreal.",
  ("Robert Maxime Thebaud", N, neg, "", "historian under his own name; multi-sentence quote closed by name + role: scenario, no judgement"))
U(d, "He said the young men who had fought for and against Aristide", "the cameras left.",
  ("Robert Maxime Thebaud", N, neg, "", "pronoun subject; risk of reprisals"))
U(d, "Carolyn Bess Ashdown, who directs the Caribbean programme", "still possible.",
  ("Carolyn Bess Ashdown", C, neg, "", "think-tank researcher under her own name: 'let an elected leader fall' = judgement of Washington and Paris (two actors -> target empty)"))
U(d, "\"CARICOM put a power-sharing plan on the table", "Ashdown said.",
  ("Carolyn Bess Ashdown", C, neg, "", "multi-sentence quote closed by surname; 'the big powers let it die' = judgement (several actors -> target empty)"))
# "Looting continued in parts of the capital on Wednesday, and aid agencies said food and fuel were running short in the north." : narration + unnamed agencies, no row.
