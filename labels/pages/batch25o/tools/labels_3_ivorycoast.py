# ------------------------------------------------------------------ Côte d'Ivoire: arrests after the opposition's National Transition Council (West African news site, full HTML, 2020-11-10)
d = "page_ivorycoast_affi_cnt_arrests2020_westafricasite.html"
# Not statements: top bar, masthead, nav, breadcrumb, kicker, headline and standfirst (both carry France's position), byline,
# figcaptions with credits, ADVERTISEMENT, crossheads, tags, share bar, related list, reader comments, most read, newsletter, footer.
U(d, "France on Tuesday urged President Alassane Ouattara", "rival transitional authority.",
  ("France", T, neu, "Ivory Coast", "lede carrying a position: appeal for appeasement, no judgement; the custody clause is narration"))
# "Affi, who leads the Ivorian Popular Front (FPI) ... was arrested late on Friday near Akoupé ..." = narration, no row.
U(d, "The National Transition Council, announced on 2 November", "civilian transitional government.",
  ("National Transition Council", C, neg, "Ivory Coast", "a parallel authority is an actor; refuses to recognise the president = rejection in protest"))
U(d, "Public prosecutor Richard Adou said on Friday", "among other charges.",
  ("Ivory Coast", C, neg, "National Transition Council", "prosecutor (state agency) named by role; prosecution of the council = measure against it"))
U(d, "Adou told reporters the council's announcement was nothing less", "does not allow.",
  ("Ivory Coast", C, neg, "National Transition Council", "surname only; judgement without a stock word (an unconstitutional grab for power)"))
U(d, "Ivorian officials have denied that Affi has been mistreated", "respect the law.",
  ("Ivory Coast", N, neg, "", "officials given by the state's adjective speak for it; denial = neutral, negative"))
U(d, "The FPI's spokesman, Jean Bonin, said Affi had not been allowed", "costume of justice.",
  ("Ivorian Popular Front", C, neg, "Ivory Coast", "charges called a political settling of scores (judgement without a stock word)"))
# "A short video of Affi recorded in custody circulated on social media on Sunday." = narration, no row.
# "Police have kept watch outside the Cocody residence ..." = narration, no row.
U(d, "In a statement on Monday, the Democratic Party of Côte d'Ivoire (PDCI) said", "every detained member freed.",
  ("Democratic Party of Côte d'Ivoire", C, neg, "Ivory Coast", "accusation ('under siege') + demand for release: rule 1"))
U(d, "Bédié has said he remains willing to talk to the government", "back with their families.",
  ("Democratic Party of Côte d'Ivoire", T, neu, "Ivory Coast", "Bédié as PDCI president (he also chairs the council); conditional offer of talks = calling_for_talks (unsure: actor could be the council)"))
U(d, "Prime Minister Hamed Bakayoko told state television on Saturday", "before the judges.",
  ("Ivory Coast", C, neg, "National Transition Council", "warning of prosecution to those who proclaimed a parallel government = threat"))
U(d, "Adama Bictogo, executive director of the ruling RHDP coalition", "live with the result.",
  ("Rally of Houphouëtists for Democracy and Peace", C, neg, "", "judgement on the opposition (several parties, not canonical as one) -> target empty"))
U(d, "In a televised address on Monday night, after the Constitutional Council confirmed", "between the two camps.",
  ("Ivory Coast", T, pos, "Democratic Party of Côte d'Ivoire", "invitation to a meeting = offer of talks, addressed to Bédié (PDCI); long sentence with narration"))
U(d, "He also warned that the state would show no indulgence", "whatever their rank.",
  ("Ivory Coast", C, neg, "", "'He' = Ouattara; warning of punishment = threat; no named target"))
U(d, "Foreign Minister Jean-Yves Le Drian told French lawmakers", "brought tempers down.",
  ("France", T, neu, "Ivory Coast", "welcome joined to an appeal for de-escalation, no judgement: rule 2 before rule 3"))
U(d, "A week earlier, the French foreign ministry had condemned the violence", "threatening one another.",
  ("France", C, neg, "", "condemns + appeal: rule 1; all sides -> target empty"))
U(d, "U.N. Secretary-General Antonio Guterres is troubled that opposition figures", "in New York on Monday.",
  ("United Nations", N, neg, "", "concern without an appeal = neutral, negative; spokesman's attribution tail"))
U(d, "Dujarric said Guterres was asking the authorities to respect", "through dialogue.",
  ("United Nations", T, neu, "", "spokesman by surname; appeal to respect detainees' rights and for dialogue, addressed to authorities and all leaders -> target empty"))
U(d, "The European Union's spokesperson for foreign affairs, Nabila Massrali, said", "their political opinions.",
  ("European Union", C, neg, "Ivory Coast", "'regretted the arrests' = judgement + call for release"))
U(d, "The U.S. embassy in Abidjan said Washington hoped", "every party.",
  ("United States", T, pos, "", "hope for an inclusive dialogue = calling_for_talks"))
U(d, "Ghanaian President Nana Akufo-Addo, writing in his capacity as chairman of ECOWAS", "according to the Ivorian presidency.",
  ("ECOWAS", S, pos, "Ivory Coast", "writes as ECOWAS chair -> ECOWAS (guide); congratulation = approval"))
U(d, "The presidency said messages of congratulation had also arrived", "Senegal, Niger and Togo.",
  ("Senegal", S, pos, "Ivory Coast", "list of states reported by the Ivorian presidency: one row each; the presidency only reports"),
  ("Niger", S, pos, "Ivory Coast", "listed state; congratulations"),
  ("Togo", S, pos, "Ivory Coast", "listed state; congratulations"))
# "At least 85 people have been killed ... according to official figures." = figure with no named source, no row.
U(d, "Sylvie Kouamé-Diarra, a political scientist", "the face of the opposition.",
  ("Sylvie Kouamé-Diarra", C, neg, "Ivory Coast", "invented analyst; the arrests judged self-defeating, no stock word (unsure: could be neutral analysis)"))
U(d, "\"What the country needs now is a table with everyone around it", "she said.",
  ("Sylvie Kouamé-Diarra", T, neu, "", "appeal for inclusive talks"))
U(d, "In Bongouanou, Jean-Baptiste Kouassi N'Dri, a secondary school teacher", "shut for two days.",
  ("Jean-Baptiste Kouassi N'Dri", N, neg, "", "invented resident; description of the town, no position"))
