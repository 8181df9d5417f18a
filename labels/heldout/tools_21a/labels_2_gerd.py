# ------------------------------------------------------------------ Egypt, Sudan, Ethiopia at the Security Council over the GERD (UN meetings-coverage press release, full HTML, 2021-07-08)
d = "page_gerd_council_unpress.html"
# The summary lead ("Members of the Security Council today urged ...") gets no row: it sums up unnamed Council members
# whose positions are labelled one by one below (counting it would count them twice; "members" are not one actor).
U(d, "The meeting was held at the request of Egypt and Sudan", "for the occasion.",
  ("Egypt", T, neu, "", "requesting a Council meeting = a specific act seeking a diplomatic course (unsure: could be read as narrative)"),
  ("Sudan", T, neu, "", "same act, second state named"))
U(d, "INGER ANDERSEN, Executive Director of the United Nations Environment Programme (UNEP)", "from one year to the next.",
  ("United Nations", N, neu, "", "UNEP is not in the name files: a UN programme = United Nations; facts about the river, no appeal"))
U(d, "She urged the three countries to agree on how data on water releases would be shared", "any of them could buy.",
  ("United Nations", T, pos, "", "'She' = Andersen; appeal to cooperate on data, no judgement; three countries -> target empty"))
U(d, "PARFAIT ONANGA-ANYANGA, Special Envoy of the Secretary-General for the Horn of Africa", "renewed political will.",
  ("United Nations", T, pos, "", "welcome of the AU's efforts + appeal to the three to return to the table: rule 2 before rule 3 (calling_for_talks)"))
U(d, "The representative of the Democratic Republic of the Congo, speaking on behalf of President Félix Tshisekedi", "building on the experts' work.",
  ("African Union", T, neu, "", "DRC diplomat speaking for the AU Chair = African Union (guide: chair speaking in the body's name); convening the parties = calling_for_talks"))
U(d, "SAMEH HASSAN SHOUKRY, Minister for Foreign Affairs of Egypt, said Ethiopia had begun", "to buy time.",
  ("Egypt", C, neg, "Ethiopia", "accusation (defiance, negotiations used to buy time); Addis Ababa = metonym"))
U(d, "\"We did not come to New York to ask for charity.", "he said.",
  ("Egypt", C, neg, "Ethiopia", "multi-sentence quote closed by its speaker; accusation + veiled threat ('will not stand by'); New York = place"))
U(d, "He urged members to adopt the draft text circulated by Tunisia", "binding agreement.",
  ("Egypt", T, neu, "", "backing a draft that demands negotiations toward a binding deal = pursuing a resolution for talks (labels/README: calling_for_talks); unsure: could be supporting Tunisia"))
U(d, "MARIAM AL-SADIQ AL-MAHDI, Minister for Foreign Affairs of Sudan, said roughly half", "downstream of the Ethiopian project.",
  ("Sudan", N, neu, "", "figures and geography given by an actor = neutral, neutral tone (guide)"))
U(d, "She accused Addis Ababa of operating the dam as if the river belonged to Ethiopia alone", "volume of the filling.",
  ("Sudan", C, neg, "Ethiopia", "'She' = al-Mahdi; accusation; Addis Ababa = metonym"))
U(d, "Sudan proposed that the United Nations, the European Union and the United States join the African Union as mediators", "months of deadlock.",
  ("Sudan", T, neu, "", "proposal to widen mediation = calling_for_talks; the UN, EU, US and AU are only mentioned (no rows)"))
U(d, "SELESHI BEKELE AWULACHEW, Minister for Water, Irrigation and Energy of Ethiopia", "wrong place to discuss it.",
  ("Ethiopia", N, neg, "", "objection to the format on a procedural ground (wrong forum), no grievance against an actor = neutral (labels/README: refusals_and_formats)"))
U(d, "He said some 65 million Ethiopians still had no access to electricity", "wider region.",
  ("Ethiopia", N, neu, "", "figures and own plan"))
U(d, "He rejected the charge that the filling would do significant harm downstream", "in any case.",
  ("Ethiopia", N, neg, "", "denial with a reason = neutral, negative (guide)"))
U(d, "\"Our neighbours want to keep a colonial-era allocation", "he said.",
  ("Ethiopia", C, neg, "", "judgement of Egypt and Sudan ('Our neighbours') + refusal; two actors -> target empty"))
U(d, "Ethiopia remained committed to reaching a negotiated outcome under the African Union", "whenever the Chair convened them.",
  ("Ethiopia", T, pos, "", "commitment to talks (agrees to attend) = calling_for_talks; attribution mid-sentence ('he added')"))
U(d, "The representative of Tunisia, presenting the draft resolution", "while the talks went on.",
  ("Tunisia", T, neu, "", "draft asks the three to negotiate + asks Ethiopia to refrain, no judgement word = calling_for_talks; several addressees -> target empty"))
U(d, "The representative of the United States said Washington wanted to see the three delegations back", "room for agreement.",
  ("United States", T, neu, "", "appeal to restart talks under the AU + against unilateral steps, no judgement"))
U(d, "Washington would put technical and diplomatic support behind the African Union's mediators", "she said.",
  ("United States", S, pos, "African Union", "offered support to the AU mediators = supporting; Washington = metonym; attribution tail"))
U(d, "The representative of the Russian Federation said Moscow was troubled", "make matters worse.",
  ("Russia", N, neg, "", "concern about talk of force, no appeal and no actor judged = neutral, negative (guide)"))
U(d, "He said each side's interests were legitimate", "reached by the three themselves.",
  ("Russia", T, pos, "", "hope that the three settle it = calling_for_talks (guide: hopes)"))
U(d, "The representative of China said the dispute was at bottom a question of development", "agreement closer.",
  ("China", T, neu, "", "dialogue under the AU; 'outside pressure' aimed at no named actor, no judgement of an actor"))
U(d, "The representative of Kenya said the Council should leave the matter in African hands:", "see this through.",
  ("Kenya", S, pos, "African Union", "quotation opened after a colon and left open at the paragraph end; backing of the AU-led process"))
U(d, "\"What it needs from this Chamber is patience and support, not a parallel process,\" he said.", "\"What it needs from this Chamber is patience and support, not a parallel process,\" he said.",
  ("Kenya", S, pos, "African Union", "quotation continued in the next paragraph; 'it' = the AU; backing"))
U(d, "He cautioned that drawing the Council into disputes over shared rivers", "come to regret.",
  ("Kenya", N, neg, "", "warning without an appeal and without a judged actor = neutral, negative"))
U(d, "The representatives of Ireland and Norway also voiced support for the African Union-led process", "shared watercourses.",
  ("Ireland", S, pos, "African Union", "list of two states, one row each; backing + offered expertise"),
  ("Norway", S, pos, "African Union", "same list"))
U(d, "Taking the floor a second time, Egypt's Minister for Foreign Affairs rejected", "in good faith.",
  ("Egypt", N, neg, "", "rebuttal of Ethiopia's description = denial (neutral, negative); 'Egypt's Minister' = the speaker (Shoukry)"))
