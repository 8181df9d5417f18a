# ------------------------------------------------------------------ São Tomé and Príncipe attempted coup, at the Council's Central Africa briefing (UN meetings coverage, 2022-12-08)
d = "page_saotome_coupattempt2022_unmeetings.txt"
# Not statements: site header, breadcrumb, meeting number, document symbol, date, headline and subheadline (both carry
# positions: headings, no row), "Briefings"/"Statements" crossheads, the closing times, disclaimer, related documents, follow bar.
U(d, "The failed assault on the armed forces headquarters in São Tomé", "abused in custody.",
  ("United Nations", N, neg, "", "long lead: the UNOCA head's risk assessment (no judgement of a named actor); the members' welcome and alarm are an unattributed summary, no row"))
U(d, "ABDOU ABARRY, Special Representative of the Secretary-General", "ballot box was taking root.",
  ("United Nations", S, pos, "", "welcome of elections in four states = supporting; several -> target empty"))
U(d, "He described the attack in São Tomé", "freely expressed.",
  ("United Nations", C, neg, "", "judgement without a stock word; attackers not canonical -> target empty"))
U(d, "He had spoken by telephone with Prime Minister Patrice Trovoada", "made public.",
  ("United Nations", N, neu, "", "contact reported, no evaluation"),
  ("São Tomé and Príncipe", N, pos, "", "the Prime Minister's assurance reported by the UN envoy = STP's own statement; reassurance about own conduct"))
U(d, "He urged the authorities to ensure that everyone detained", "credible and transparent.",
  ("United Nations", T, neg, "São Tomé and Príncipe", "appeal for lawful treatment and a credible inquiry, no judgement"))
U(d, "Turning to Cameroon, he said violence in the North-West", "pupils and teachers.",
  ("United Nations", N, neg, "", "facts of violence from no named perpetrator = neutral, negative"))
U(d, "The transition in Chad remained fragile after the deadly repression", "he added.",
  ("United Nations", C, neg, "Chad", "'deadly repression of demonstrations' describes the state's attack on protesters = accusation (guide rule 4 case); unsure: could be read as a neutral risk line"))
U(d, "GILBERTO DA PIEDADE VERISSIMO, President of the Commission", "solidarity with its Government.",
  ("ECCAS", S, pos, "São Tomé and Príncipe", "backing by act (a delegation sent to convey solidarity)"))
U(d, "ECCAS would not tolerate any attempt to seize power by force", "he stressed.",
  ("ECCAS", C, neg, "", "warning against coups = condemning; no canonical target"))
U(d, "CLARISSE MBEMBA, Coordinator of the Network of Central African Women for Peace", "peaceful handovers.",
  ("Clarisse Mbemba", C, neg, "São Tomé and Príncipe", "invented civil society briefer; 'a stain' = judgement of the detainees' treatment"))
U(d, "She called on the Council to press Governments in the subregion", "human rights defenders.",
  ("Clarisse Mbemba", T, neu, "", "appeal for civic space and protection, no judgement; addressees several -> target empty"))
U(d, "The representative of Gabon, speaking also for Ghana and Kenya", "its Government and people.",
  ("Gabon", C, neg, "", "joint statement of three states, one row each; rejection of the attempt + solidarity: rule 1; attackers not canonical"),
  ("Ghana", C, neg, "", "same joint statement"),
  ("Kenya", C, neg, "", "same joint statement"))
U(d, "The three members welcomed the Government's pledge", "long democratic tradition.",
  ("Gabon", T, pos, "São Tomé and Príncipe", "welcome + appeal, no judgement in this sentence: rule 2 before rule 3"),
  ("Ghana", T, pos, "São Tomé and Príncipe", "same joint statement"),
  ("Kenya", T, pos, "São Tomé and Príncipe", "same joint statement"))
U(d, "The representative of the United States said her delegation was troubled", "independent process.",
  ("United States", T, neg, "São Tomé and Príncipe", "concern + appeal for an independent process, no explicit judgement = calling_for_talks"))
U(d, "The representative of the United Kingdom said the assault was an affront", "over three decades.",
  ("United Kingdom", C, neg, "", "judgement without a stock word; attackers not canonical"))
U(d, "He welcomed the speed with which ECCAS had responded.", "had responded.",
  ("United Kingdom", S, pos, "ECCAS", "'He' = the UK speaker carried over; praise = supporting"))
U(d, "The representative of France said Paris stood by the authorities", "means to succeed.",
  ("France", T, pos, "São Tomé and Príncipe", "backing + appeal for the inquiry, no judgement: rule 2 before rule 3 (unsure: 'stood by' could make it supporting)"))
U(d, "On Cameroon, he called for an inclusive dialogue", "North-West and South-West.",
  ("France", T, neu, "Cameroon", "appeal for dialogue"))
U(d, "The representative of the Russian Federation said changing Governments by force was unacceptable", "whatever its source.",
  ("Russia", C, neg, "", "'unacceptable' aimed at coups in general; no canonical target"))
U(d, "He cautioned, however, against Western delegations using the Council", "internal affairs.",
  ("Russia", C, neg, "", "judgement of 'Western delegations' (not one canonical actor) -> target empty"))
U(d, "The representative of China said his country supported ECCAS and the African Union", "subregion's security.",
  ("China", S, pos, "", "support for two bodies -> target empty"))
U(d, "He encouraged the countries of Central Africa to settle their differences", "dialogue and consultation.",
  ("China", T, neu, "", "appeal for dialogue"))
U(d, "The representative of Brazil, noting that his country and São Tomé and Príncipe", "with the island nation.",
  ("Brazil", S, pos, "São Tomé and Príncipe", "solidarity; long sentence with narration"))
U(d, "The representative of Ireland voiced concern at the shrinking of civic space", "detention of journalists.",
  ("Ireland", N, neg, "", "concern with no appeal = neutral, negative"))
U(d, "The speaker for the United Arab Emirates welcomed progress", "fallen sharply.",
  ("United Arab Emirates", S, pos, "", "welcome of progress = supporting; no actor targeted"))
U(d, "Speaking in her national capacity, the Council President", "groups behind it.",
  ("India", C, neg, "", "the Council President in her national capacity = India, not the UN; 'zero tolerance' of terrorism = condemning, groups unnamed"))
U(d, "The representative of São Tomé and Príncipe thanked Council members", "within hours.",
  ("São Tomé and Príncipe", S, pos, "", "thanks for solidarity = supporting; many addressees -> target empty"))
U(d, "He rejected suggestions that his Government had condoned abuses", "with the investigation.",
  ("São Tomé and Príncipe", N, neg, "", "denial = neutral, negative"))
U(d, "Those who planned the attack would answer for it before the courts", "the speaker said.",
  ("São Tomé and Príncipe", C, neg, "", "'the speaker' carried over; threatened prosecution = condemning, planners unnamed"))
U(d, "The representative of Cameroon said the report gave a distorted picture", "South-West regions.",
  ("Cameroon", C, neg, "United Nations", "judgement of the Secretary-General's report"))
U(d, "Attacks on schools there were the work of separatist groups", "he insisted.",
  ("Cameroon", C, neg, "", "accusation of separatists (not canonical) + denial of the army's role: the accusation decides"))
