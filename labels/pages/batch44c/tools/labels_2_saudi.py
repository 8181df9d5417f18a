# ------------------------------------------------------------------ Saudi Arabia: drone on Ras Tanura, missile debris at Dhahran (state news agency dispatch, 2021-03-09)
d = "page_saudi_rastanura_droneattack2021_stateagency.txt"
# Not statements: menu, language bar, date line, section, headline, "Riyadh, Rajab 25 ... SPA --" dateline, --SPA time line,
# Related News, share bar, footer.
U(d, "The official spokesman of the Ministry of Energy stated that a drone launched", "in either incident.",
  ("Saudi Arabia", N, neu, "", "dateline excluded; ministry spokesman = Saudi Arabia; facts of the attack and no casualties"))
U(d, "The spokesman affirmed that the Kingdom strongly condemns", "far beyond the borders of the Kingdom.",
  ("Saudi Arabia", C, neg, "", "'the Kingdom' = Saudi Arabia; condemnation + 'flagrant breach'; no perpetrator named by the ministry -> target empty"))
U(d, "He called on the states and organizations of the world to take a firm stand", "oil and oil products.",
  ("Saudi Arabia", C, neg, "", "appeal to confront the attacks (not a peace appeal) + warning = judgement (unsure: could be read as calling_for_talks)"))
U(d, "For his part, the Official Spokesman of the Coalition to Restore Legitimacy in Yemen", "civilian objects in the Kingdom.",
  ("Saudi Arabia", C, neg, "Houthis", "the Saudi-led coalition = Saudi Arabia (project convention); interception figures framed with 'terrorist Houthi militia' = judgement; Iran only as 'backed by'"))
U(d, "Brigadier General Al-Maliki announced that the Coalition had begun a military operation", "its customary rules.",
  ("Saudi Arabia", C, neg, "Houthis", "announced military operation against another side = condemning (guide); Sana'a = place"))
U(d, "He said that the remains of the drones and missiles confirmed once again", "to protect civilians.",
  ("Saudi Arabia", C, neg, "Iran", "accusation of arms smuggling in violation of resolutions + deterrent measures; 'the Iranian regime' = Iran"))
# "In Riyadh today, the Council of Ministers held its weekly session ..." = narration of the meeting, no row.
U(d, "Following the session, Minister of Commerce and Acting Minister of Media", "energy supplies to the world.",
  ("Saudi Arabia", C, neg, "", "Council of Ministers via its spokesman minister; 'cowardly attempts' + deterrent measures = judgement and threat; no perpetrator named -> empty"))
U(d, "Dr. Al-Qasabi added that the Council reiterated the Kingdom's support for the efforts of the United Nations", "Security Council resolution 2216.",
  ("Saudi Arabia", T, pos, "", "backing a UN-led political solution = appeal for a peaceful course (calling_for_talks; unsure: could be supporting the UN)"))
U(d, "Meanwhile, His Highness Prince Faisal bin Farhan bin Abdullah, Minister of Foreign Affairs, received a telephone call", "a nationwide ceasefire.",
  ("United Nations", T, neu, "", "the envoy's call on a nationwide ceasefire = the UN's diplomatic course"),
  ("Saudi Arabia", T, neu, "", "FM = Saudi Arabia; the readout has both review efforts for a ceasefire (unsure: a call listed in narration might get no Saudi row)"))
U(d, "During the call, the Special Envoy briefed His Highness", "reviving the political process.",
  ("United Nations", T, neu, "", "the envoy's contacts to revive the political process"))
# "The attack continued to draw wide condemnation." = summary line, no row.
U(d, "The Secretary-General of the Cooperation Council for the Arab States of the Gulf (GCC)", "the world economy.",
  ("Gulf Cooperation Council", C, neg, "Houthis", "Al-Hajraf = GCC"))
U(d, "Dr. Al-Hajraf called on the international community to act decisively", "make them possible.",
  ("Gulf Cooperation Council", C, neg, "Houthis", "call for decisive measures against the attacks and the arms flow = condemning (calls for measures, labels/README); not a peace appeal"))
U(d, "The Secretary-General of the League of Arab States, Ahmed Aboul Gheit, condemned", "bring peace to Yemen.",
  ("Arab League", C, neg, "Houthis", "condemnation + 'indifferent to every effort' judgement"))
U(d, "Aboul Gheit affirmed the League's full solidarity", "these hostile acts.",
  ("Arab League", S, pos, "Saudi Arabia", "solidarity = supporting"))
U(d, "The Secretary-General of the Organization of Islamic Cooperation (OIC)", "stability of the global economy.",
  ("Organisation of Islamic Cooperation", C, neg, "Houthis", "'denounced ... terrorist acts'; perpetrator by context (the Houthi attacks of the dispatch)"))
U(d, "He affirmed the OIC's support for the Kingdom in all the measures", "citizens and residents.",
  ("Organisation of Islamic Cooperation", S, pos, "Saudi Arabia", "'He' = Al-Othaimeen; support for the Kingdom's measures"))
U(d, "The Secretary-General of the Muslim World League and Chairman", "no religion or law can justify.",
  ("Muslim World League", C, neg, "Houthis", "Al-Issa = MWL; 'criminal act'; perpetrator by context"))
U(d, "The United Arab Emirates, in a statement issued by the Ministry of Foreign Affairs and International Cooperation", "vital installations in the Kingdom.",
  ("United Arab Emirates", C, neg, "Houthis", "MoFAIC = UAE"))
U(d, "The Ministry affirmed that the UAE stands fully by the Kingdom", "security and stability.",
  ("United Arab Emirates", S, pos, "Saudi Arabia", "'The Ministry' = MoFAIC; standing by and supporting measures = supporting"))
U(d, "The Ministries of Foreign Affairs of the Kingdom of Bahrain", "with the Kingdom of Saudi Arabia.",
  ("Bahrain", C, neg, "Houthis", "four states as a list, one row each; condemnation + solidarity -> condemning (rule 1); perpetrator by context"),
  ("Kuwait", C, neg, "Houthis", "as Bahrain"),
  ("Egypt", C, neg, "Houthis", "as Bahrain"),
  ("Jordan", C, neg, "Houthis", "as Bahrain"))
U(d, "In Aden, the Minister of Foreign Affairs and Expatriates of the Republic of Yemen", "its neighbors and international shipping.",
  ("Yemen", C, neg, "", "the recognised government = Yemen; judgement on the Houthis and on Iran at once -> target empty (two actors); Aden = place"))
U(d, "In Washington, the Spokesperson of the United States Department of State, Ned Price, condemned", "lack of seriousness about peace.",
  ("United States", C, neg, "Houthis", "Price = United States; condemnation + judgement"))
U(d, "Price stressed that the commitment of the United States to help the Kingdom", "remains firm.",
  ("United States", S, pos, "Saudi Arabia", "backing the Kingdom's defence = supporting"))
