# ------------------------------------------------------------------ Coup in Honduras removing President Zelaya (OAS press release page, full HTML, 2009-06-30)
d = "page_honduras_coup_oaspress.html"
OAS = "Organization of American States"
U(d, "The Secretary General of the Organization of American States (OAS), José Miguel Insulza, today urged", "no authority born of force.",
  (OAS, C, neg, "Honduras", "headline, date, tools bar and caption are furniture; the SG speaks for the OAS; 'stand firm against the coup' + non-recognition = condemning; the coup authorities are Honduras (guide: a junta speaks for its state; unsure)"))
U(d, "\"What happened in Tegucigalpa on Sunday was not a constitutional succession.", "the Secretary General said.",
  (OAS, C, neg, "Honduras", "multi-sentence quote closed by its speaker (by title); 'a coup … must be reversed'; Tegucigalpa = place"))
U(d, "Mr. Insulza said he was prepared to travel to Tegucigalpa", "by peaceful means.",
  (OAS, T, neu, "Honduras", "offer of a mediation mission = calling_for_talks; addressed to the de facto authorities"))
U(d, "He added that the Organization remained open to dialogue", "the constitutional President.",
  (OAS, T, neu, "Honduras", "'the Organization' = OAS; conditional offer of dialogue = calling_for_talks (labels/README: conditional talks)"))
U(d, "At a special meeting on Sunday, hours after the President was flown", "at once and without conditions.",
  (OAS, C, neg, "Honduras", "the Permanent Council = OAS; condemnation + demand = rule 1"))
U(d, "Addressing the Assembly in the evening, President Zelaya thanked", "Honduran democracy.",
  ("Manuel Zelaya", S, pos, OAS, "the deposed president recognised by the OAS and the UN, as his own actor (unsure: could be Honduras); thanks = supporting; 'the Assembly' = OAS General Assembly"))
U(d, "\"The men who took me from my home at dawn", "President Zelaya said.",
  ("Manuel Zelaya", C, neg, "Honduras", "multi-sentence quote closed by its speaker; 'usurpers' = judgement of the coup authorities"))
U(d, "President Zelaya announced that he would return to Honduras", "July 2.",
  ("Manuel Zelaya", N, neu, "", "own plan = neutral"))
U(d, "He said he hoped to go home in peace", "while they waited.",
  ("Manuel Zelaya", T, pos, "", "'He' = Zelaya; hope for a peaceful return + appeal to avoid violence = calling_for_talks"))
U(d, "The presidents of Argentina and Ecuador, Cristina Fernández de Kirchner and Rafael Correa", "Miguel d'Escoto Brockmann.",
  ("Argentina", S, neu, "Manuel Zelaya", "backing by act (accompanying him home) = supporting; a list of two states + one UN office holder, one row each"),
  ("Ecuador", S, neu, "Manuel Zelaya", "same sentence"),
  ("United Nations", S, neu, "Manuel Zelaya", "the President of the UN General Assembly = United Nations (name files: UN General Assembly -> United Nations)"))
U(d, "Earlier today in New York, the United Nations General Assembly adopted", "immediately and without conditions.",
  ("United Nations", C, neg, "Honduras", "General Assembly resolution = United Nations; condemnation + demand"))
U(d, "In Tegucigalpa, Roberto Micheletti, whom the National Congress swore in", "set foot in the country.",
  ("Honduras", C, neg, "Manuel Zelaya", "the de facto president speaks for Honduras (unsure, see README); threat of arrest = condemning"))
U(d, "Enrique Ortez, named foreign minister by the de facto authorities", "had taken place.",
  ("Honduras", N, neg, "", "de facto foreign minister; 'lawful act' + denial of a coup = neutral, negative (denial)"))
U(d, "The de facto authorities have also said that the general elections", "November 29.",
  ("Honduras", N, neu, "", "'the de facto authorities' = Honduras; plan = neutral"))
U(d, "Speaking at a summit of the Bolivarian Alternative for the Americas (ALBA) in Managua", "traitors to their own people.",
  ("Venezuela", C, neg, "Honduras", "ALBA summit is only the venue; Managua = place; 'traitors' = judgement"))
U(d, "Chávez warned that Venezuela would respond", "by soldiers on Sunday.",
  ("Venezuela", C, neg, "Honduras", "surname only; threat of a response"))
U(d, "In Washington, President Barack Obama said on Monday", "leader of the country.",
  ("United States", C, neg, "Honduras", "'illegal' = judgement (rule 1) decides over the recognition of Zelaya in the same sentence"))
U(d, "Secretary of State Hillary Clinton said the priority", "settle the crisis peacefully.",
  ("United States", T, neu, "", "appeal to all sides, no judgement"))
U(d, "The Pentagon has suspended joint military activities", "a Department of Defense spokesman said.",
  ("United States", C, neg, "Honduras", "measure by act (military cooperation suspended) = condemning; attribution tail"))
U(d, "The Czech Presidency of the European Union condemned", "return to constitutional order.",
  ("European Union", C, neg, "Honduras", "the Council presidency speaks for the EU; condemnation + appeal = rule 1"))
U(d, "European Commissioner for External Relations Benita Ferrero-Waldner said today", "democracy in Honduras.",
  ("European Union", S, pos, OAS, "'the Union' = EU; backing of the OAS effort = supporting"))
