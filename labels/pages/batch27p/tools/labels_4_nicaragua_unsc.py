# ------------------------------------------------------------------ UN Security Council briefing on Nicaragua (5 September 2018): UN meetings coverage (2018-09-05)
d = "page_nicaragua_unsc_ortega_crackdown2018_unmeetings.txt"
# Not statements: site bar, menu, breadcrumb, date, headline, subheadline, the "Statements" crosshead, the closing
# time line, "For information media", Related, follow bar, copyright. The lead paragraph is the outlet's summary: no row.
U(d, "Gonzalo Koncke, Chief of Staff to the Secretary General", "on terrorism charges.",
  ("Organization of American States", C, neg, "Nicaragua", "OAS briefer; an accusation made by describing abuses against civilians = condemning (rule 4)"))
U(d, "He said repression carried out by police and armed pro-Government groups", "would require.",
  ("Organization of American States", C, neg, "Nicaragua", "'he' = Koncke; 'repression' = judgement"))
U(d, "The OAS continued to believe that an agreement on electoral reform", "mediated by the Catholic bishops.",
  ("Organization of American States", T, neu, "Nicaragua", "reported clause + 'he said' mid-sentence; appeal to return to mediated dialogue, no judgement"))
U(d, "Ana Lucía Duarte Molina, coordinator of the Nicaraguan Human Rights Observatory", "as a \"coup plotter\".",
  ("Ana Lucía Duarte Molina", N, neg, "", "invented independent briefer; her own circumstances given as facts"))
U(d, "\"Every family I have interviewed asks the same thing", "she said.",
  ("Ana Lucía Duarte Molina", T, neg, "", "appeal to act before more deaths = protection of civilians, no actor judged"))
U(d, "She asked the Council to support the return of the United Nations human rights team", "the previous week.",
  ("Ana Lucía Duarte Molina", T, neu, "", "request for access of a UN team; the expulsion is narrated in a relative clause, not judged"))
U(d, "NIKKI HALEY (United States), speaking in her national capacity, said", "into refugees.",
  ("United States", C, neg, "Nicaragua", "the Council president speaking for her country; judgement without stock words"))
U(d, "She said the Council could not remain a spectator while Managua locked up students", "homes of its critics.",
  ("United States", C, neg, "Nicaragua", "Managua = Nicaragua (metonym); accusation by describing abuses"))
U(d, "The representative of the Russian Federation said the meeting was a crude attempt", "in a sovereign State.",
  ("Russia", C, neg, "United States", "'the representative of X' (meetings-coverage register); 'crude attempt ... regime change' = judgement"))
U(d, "The situation in Nicaragua posed no threat to international peace and security, he said", "on the matter.",
  ("Russia", N, neg, "", "'he' = the Russian speaker carried across the paragraph break; refusal to join any Council product with a procedural reason = neutral (labels/README)"))
U(d, "The representative of Bolivia said that his delegation objected in the strongest terms", "of a Member State.",
  ("Bolivia", C, neg, "", "objection 'in the strongest terms' to the Council's act of taking up the item = rejection of an act (unsure: procedural objections elsewhere on the page are neutral); no single actor named"))
U(d, "Washington's concern for human rights in Latin America", "he added.",
  ("Bolivia", C, neg, "United States", "speaker carried on by 'he added'; Washington as metonym; insinuation of bad faith = judgement without stock words"))
U(d, "The representative of China said that Nicaragua's affairs should be handled", "through dialogue.",
  ("China", T, neu, "", "non-interference + hope for dialogue between the parties = calling_for_talks"))
U(d, "The representative of France expressed concern at the scale of the violence", "bishops' mediation.",
  ("France", T, neg, "Nicaragua", "concern with an appeal = calling_for_talks; addressed to the Government"))
U(d, "The representative of the United Kingdom said armed groups acting with the authorities' consent", "brought to account.",
  ("United Kingdom", C, neg, "Nicaragua", "complicity charge + accountability = condemning"))
U(d, "The representative of Sweden said the delegation was deeply troubled", "independent media.",
  ("Sweden", N, neg, "", "concern with no appeal = neutral, negative tone (guide)"))
U(d, "The speaker added that Sweden would continue to fund", "the OAS mechanism.",
  ("Sweden", S, pos, "Organization of American States", "'the speaker' carried on; backing by act (funding); defenders are not an actor, the OAS mechanism is"))
U(d, "The representative of the Netherlands said the expulsion", "spoke for itself.",
  ("Netherlands", C, neg, "Nicaragua", "judgement without stock words ('spoke for itself')"))
U(d, "The representative of Peru said his country fully supported the efforts of the OAS", "agreed among Nicaraguans.",
  ("Peru", T, pos, "", "support for the OAS + appeal for an agreed electoral calendar: rule 2 before rule 3"))
U(d, "The representative of Kazakhstan said the Council should leave the matter", "relevant mandates.",
  ("Kazakhstan", N, neu, "", "procedural line on the forum, no judgement"))
U(d, "The representative of Côte d'Ivoire expressed the hope that calm would return", "out of the crisis.",
  ("Ivory Coast", T, pos, "", "hope for calm = calling_for_talks; Côte d'Ivoire = Ivory Coast (alias)"))
U(d, "The representative of Ethiopia said that his delegation had not supported the inclusion", "Council's responsibilities.",
  ("Ethiopia", N, neu, "", "objection with a procedural reason = neutral"))
U(d, "The representative of Kuwait urged all parties in Nicaragua", "return to dialogue.",
  ("Kuwait", T, neu, "", "appeal for restraint and dialogue"))
U(d, "DENIS MONCADA COLINDRES, Minister for Foreign Affairs of Nicaragua, said", "Charter of the United Nations.",
  ("Nicaragua", C, neg, "", "'failed coup financed from abroad' + the meeting a Charter violation = judgement; the foreign backer is unnamed -> target empty"))
U(d, "Nicaragua had been for years one of the safest countries in Central America", "poverty reduction.",
  ("Nicaragua", N, pos, "", "self-praise with figures = neutral, positive tone"))
U(d, "The Government had never ordered the use of force against peaceful demonstrators", "among the protesters.",
  ("Nicaragua", C, neg, "", "denial joined to an accusation of armed protesters (not a canonical actor): the accusation decides (unsure: a bare denial would be neutral)"))
U(d, "The representative of Venezuela, speaking after him, said", "refused to submit to it.",
  ("Venezuela", C, neg, "United States", "judgement of the US use of the presidency"))
U(d, "Taking the floor a second time, Ms. HALEY said no speaker had disputed the figures", "if the violence continued.",
  ("United States", C, neg, "Nicaragua", "conditional announcement of further Council action = a mild threatened response (unsure: could be procedural/neutral)"))
