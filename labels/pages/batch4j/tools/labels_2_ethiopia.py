# ------------------------------------------------------------------ Ethiopia-TPLF Pretoria agreement (UN noon-briefing + AU statements readout, 2022-11-03)
d = "page_ethiopia_pretoria_unreadout.txt"
U(d, "The Secretary-General warmly welcomes the announcement in Pretoria", "Tigray People's Liberation Front.",
  ("United Nations", S, pos, "", "welcome of a step with no appeal in the sentence: rule 3; both parties -> target empty"))
U(d, "He commends the African Union, its High Representative", "for hosting the talks.",
  ("United Nations", S, pos, "", "praise of the AU, its panel and South Africa (several actors) -> target empty"))
U(d, "\"This is a welcome first step, which we hope", "the Spokesman said.",
  ("United Nations", T, pos, "", "welcome + hope that suffering ends: rule 2; quote closed by its speaker"))
U(d, "\"The Secretary-General encourages the parties to implement", "keep the momentum going.\"",
  ("United Nations", T, pos, "", "quotation continued after the attribution = own unit, same speaker; appeal to implement"))
U(d, "The United Nations stands ready to support the implementation", "as soon as access allows.",
  ("United Nations", S, pos, "", "offer of assistance (aid)"))
U(d, "Asked whether aid convoys had entered Tigray, the Spokesman said the World Food Programme", "the roads are open\".",
  ("World Food Programme", S, pos, "", "WFP's aid ready to move, relayed by the UN spokesman: aid by act (pre-positioned)"))
U(d, "Asked about the presence of Eritrean troops, the Spokesman said: \"We have always said", "he said.",
  ("United Nations", T, neu, "", "quote opened after a colon; 'foreign forces should leave' = demand without a judgement word; Eritrea only implied -> target empty"))
U(d, "The Office for the Coordination of Humanitarian Affairs (OCHA) said", "need food aid.",
  ("United Nations", N, neu, "", "OCHA = UN; figures"))
U(d, "Emergency Relief Coordinator Martin Griffiths said he was \"deeply worried\"", "cut off for two years.",
  ("United Nations", N, neg, "", "concern without an appeal and without blame = neutral, negative"))
U(d, "The UN High Commissioner for Human Rights, Volker Türk, said in Geneva", "before the agreement.",
  ("United Nations", N, neg, "", "reports of shelling and killings, no perpetrator named = facts, negative tone; Geneva = place"))
U(d, "In a statement, the Chairperson of the African Union Commission, Moussa Faki Mahamat, hailed", "sense of responsibility\".",
  ("African Union", S, pos, "", "hail + congratulation of both parties"))
U(d, "Faki said the Commission would deploy a monitoring", "lasting peace\".",
  ("African Union", T, pos, "", "surname only; plan + appeal: rule 2"))
U(d, "At the signing ceremony, Obasanjo told reporters that the two sides had formally agreed", "Tigrayan forces.",
  ("African Union", N, pos, "", "mediator announcing the outcome (AU High Representative = AU)"),
  ("Ethiopia", T, pos, "", "position reported by the mediator: agreeing to a cessation of hostilities"),
  ("Tigray People's Liberation Front", T, pos, "", "same: agreeing to a cessation of hostilities and disarmament"))
U(d, "The Ethiopian government's chief negotiator, National Security Adviser Redwan Hussien", "in full.",
  ("Ethiopia", T, pos, "", "thanks + commitment to implement: agreeing to a ceasefire outranks thanks (rule 2 before 3)"))
U(d, "His counterpart, TPLF spokesman Getachew Reda, said the Tigrayan side", "suffering of its people.",
  ("Tigray People's Liberation Front", T, neg, "", "concessions made to end the suffering = agreeing to peace, grim tone"))
U(d, "\"We hope the other side will honour every commitment it has signed,\" Getachew said.", "Getachew said.",
  ("Tigray People's Liberation Front", T, neu, "Ethiopia", "hope addressed to one party ('the other side' = the government)"))
U(d, "In Addis Ababa, Prime Minister Abiy Ahmed said his government's commitment to peace", "unity of our country\".",
  ("Ethiopia", T, pos, "", "commitment to peace; Addis Ababa = place"))
U(d, "Legesse Tulu, the head of the Government Communication Service, rejected reports", "\"baseless\".",
  ("Ethiopia", N, neg, "", "denial by a government office with no state word in the sentence"))
U(d, "The Intergovernmental Authority on Development (IGAD) welcomed the agreement", "Workneh Gebeyehu said.",
  ("IGAD", S, pos, "African Union", "welcome + pledged support to the AU-led process"))
U(d, "Kenya's President William Ruto said in a post on Twitter that Nairobi", "monitoring mission.",
  ("Kenya", S, pos, "African Union", "offer of support (backing by act) for the AU mission; Nairobi = metonym"))
U(d, "United States Secretary of State Antony Blinken welcomed the signing", "African Union's efforts.",
  ("United States", S, pos, "African Union", "welcome + backing; Washington = metonym"))
U(d, "He urged the swift withdrawal of Eritrean forces from Ethiopia.", "from Ethiopia.",
  ("United States", T, neg, "Eritrea", "'He' = Blinken; demand addressed to one side, no judgement word"))
U(d, "The European Union's High Representative, Josep Borrell, said the bloc would", "allegations of atrocities.",
  ("European Union", T, neu, "", "monitoring + call for an independent investigation of all sides (no actor judged); unsure, could be neutral"))
U(d, "United Kingdom Foreign Secretary James Cleverly said the deal", "northern Ethiopia.",
  ("United Kingdom", S, pos, "", "approval + more humanitarian funding (aid)"))
U(d, "Eritrea's information minister, Yemane Gebremeskel, said Asmara", "on the agreement.",
  ("Eritrea", N, neu, "", "declining comment; Asmara = metonym"))
U(d, "Amnesty International said the deal must not become a licence for impunity", "not silence\".",
  ("Amnesty International", C, neg, "", "accusation of war crimes against all parties -> target empty"))
U(d, "WHO Director-General Tedros Adhanom Ghebreyesus said he had \"a glimmer of hope\"", "starved of supplies.",
  ("World Health Organization", T, pos, "", "hope that the war ends = calling_for_talks; 'starved of supplies' names no one; unsure whether Tedros speaks as WHO or in person"))
