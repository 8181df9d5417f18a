# ------------------------------------------------------------------ HRC oral update and dialogue on cooperation with Georgia (UN Geneva meetings coverage, 2024-07-03)
d = "page_georgia_hrc_oralupdate2024_unmeetings.txt"
# Not statements: header, breadcrumb, headline and subheadline (carry Al-Nashif's position), session line, section titles, disclaimer, footer.
U(d, "The Human Rights Council this afternoon heard an oral update", "interactive dialogue on the update.",
  ("United Nations", N, neu, "", "narration of the meeting's business; the Council holding a dialogue = procedure (unsure: could be no row)"))
U(d, "NADA AL-NASHIF, Deputy High Commissioner for Human Rights, said", "despite repeated requests.",
  ("United Nations", N, neg, "", "OHCHR = United Nations; fact of denied access, no judgement word"))
U(d, "The lack of access, she said, meant that people", "independent human rights monitoring.",
  ("United Nations", N, neg, "", "speaker carried across a paragraph break ('she'); concern without an appeal"))
U(d, "The Office had nonetheless received credible reports", "in the Gali district.",
  ("United Nations", N, neg, "", "reported violations, no named perpetrator or judgement"))
U(d, "Ms. Al-Nashif urged all those with influence over the two regions", "at the centre of their work.",
  ("United Nations", T, neu, "", "appeal for access and for the talks; addressed to unnamed parties"))
U(d, "She said the Office stood ready to continue its technical cooperation", "internally displaced persons.",
  ("United Nations", S, pos, "Georgia", "offer of assistance to the Government = supporting"))
U(d, "ALEXANDER KHVTISIASHVILI, Deputy Minister of Foreign Affairs of Georgia", "two Georgian regions by design.",
  ("Georgia", C, neg, "Russia", "'the occupying power ... by design' = accusation of Russia without naming it"))
U(d, "The Russian Federation, he said, bore full responsibility", "along the occupation line.",
  ("Georgia", C, neg, "Russia", "'full responsibility' = judgement"))
U(d, "He said Georgia remained committed to a peaceful resolution", "could be addressed.",
  ("Georgia", T, pos, "", "commitment to talks"))
U(d, "Georgia would continue to provide housing and support", "he added.",
  ("Georgia", N, pos, "", "own conduct and figures; attribution tail"))
# "In the discussion that followed, speakers said ..." = unnamed speakers summary, no row.
U(d, "The representative of the European Union said the bloc reaffirmed", "internationally recognized borders.",
  ("European Union", S, pos, "Georgia", "support for territorial integrity"))
U(d, "The European Union condemned the ongoing \"borderization\"", "he added.",
  ("European Union", C, neg, "Russia", "condemnation + demand (rule 1); speaker carried to a new paragraph, tail 'he added'"))
U(d, "Speaking on behalf of the Nordic and Baltic States, the representative of Lithuania said", "avenue to report violations.",
  ("Lithuania", N, neg, "", "concern with no appeal; on behalf of a group: one row for the speaker's state (the group's members are not listed)"))
U(d, "The speaker urged the Council to keep the situation under review", "kept out.",
  ("Lithuania", T, neu, "", "'the speaker'; appeal for continued review (procedural appeal; unsure: could be neutral)"))
U(d, "The representative of the United Kingdom said his country would continue to fund", "villages along the line.",
  ("United Kingdom", S, pos, "Georgia", "backing by act (funding)"))
U(d, "The United States, in a statement delivered by its representative", "described in the update.",
  ("United States", C, neg, "Russia", "'occupation ... root cause' = judgement"))
U(d, "Ukraine's representative said the pattern seen in Georgia since 2008", "encouraged the next.",
  ("Ukraine", C, neg, "Russia", "accusation by comparison; Russia implied through 'occupation' and Crimea"))
U(d, "Poland's speaker welcomed the cooperation of the Georgian Government", "open its own institutions to scrutiny.",
  ("Poland", S, pos, "Georgia", "welcome + encouragement to Tbilisi (appeal for openness, not for talks: rule 3)"))
U(d, "The representative of Japan said her Government hoped", "continue in Geneva.",
  ("Japan", T, pos, "", "hope + dialogue"))
U(d, "Azerbaijan, speaking briefly, reiterated its support", "in safety and dignity.",
  ("Azerbaijan", S, pos, "Georgia", "support for territorial integrity"))
U(d, "The representative of Belarus said the Council should not be used", "consent of the parties concerned.",
  ("Belarus", C, neg, "", "objection to country-specific scrutiny = judgement on the process (aimed at the Council's majority/Georgia; target empty, unsure)"))
U(d, "Speaking in the dialogue on behalf of the Tbilisi Centre for Displacement Studies, Nino Abashidze said", "seen their homes again.",
  ("Nino Abashidze", N, neg, "", "invented NGO speaker; grief without judgement or appeal"))
U(d, "\"People on the other side of the wire are not a political question", "Ms. Abashidze said.",
  ("Nino Abashidze", T, neg, "", "appeal for freedom to cross"))
U(d, "Giorgi Tsiklauri, a lecturer in international law at Ilia State University", "anywhere in Europe.",
  ("Giorgi Tsiklauri", N, neg, "", "invented scholar; assessment of a gap, no actor judged"))
U(d, "He called on the Council to consider a stronger mandate", "by the next session.",
  ("Giorgi Tsiklauri", T, neu, "", "appeal for a UN step (procedural appeal; unsure: could be neutral)"))
U(d, "Speaking in a right of reply, the representative of the Russian Federation rejected", "whom to admit.",
  ("Russia", C, neg, "Georgia", "'baseless claims' = judgement of the accusation, beyond a bare denial"))
U(d, "He said Russia was not a party to the conflict", "Sukhum and Tskhinval.",
  ("Russia", N, neg, "", "denial of a role = neutral, negative"))
U(d, "The Russian delegate further said that Georgia was using the Council", "in good faith with its neighbours.",
  ("Russia", C, neg, "Georgia", "accusation of bad faith"))
U(d, "Georgia, in a second right of reply, said the facts on the ground", "occupation into independence.",
  ("Georgia", C, neg, "Russia", "rebuttal naming occupation = judgement"))
U(d, "MS. AL-NASHIF, in concluding remarks, said the Office would continue", "as requested in the resolution.",
  ("United Nations", N, neu, "", "procedure"))
# "The Council will next hear ..." = programme, no row.
