# ------------------------------------------------------------------ Kabul Longan Hotel attack (wire copy, 2022-12-13)
d = "page_kabul_longanhotel2022_wire.txt"
# Not statements: menu, UPDATE headline, byline, crossheads (TALIBAN SAY SIEGE OVER, CONDEMNATION, 'A HARD TEST'), ADVERTISEMENT, photo caption, credits, Related Coverage, tags, most read, copyright.
U(d, "China on Tuesday demanded that Afghanistan's Taliban administration", "as soon as they can.",
  ("China", T, neg, "Afghanistan", "dateline excluded; lede: demand to pursue the attackers + casualty figure + travel advice; an appeal to the host authority with no judgement on it = calling_for_talks (protection/justice appeal)"))
# "Gunmen stormed the multi-storey Kabul Longan Hotel ..." = narration, no row.
U(d, "Islamic State Khorasan Province, the regional branch", "members of the Taliban.",
  ("Islamic State Khorasan Province", C, neg, "", "claim of an attack on Chinese guests and the Taliban = announced operation against other sides; two targets -> empty"))
U(d, "Chinese foreign ministry spokesperson Wang Wenbin told a regular briefing", "appalled by it.",
  ("China", C, neg, "Islamic State Khorasan Province", "reported clause: 'a vicious act of terror' = judgement without a stock verb; attacker named in the page as the claimant"))
U(d, "\"Five of our compatriots are in hospital with serious injuries", "Wang said.",
  ("China", N, neu, "", "casualty facts and consular contact, no evaluation (guide: figures given by an actor = neutral tone)"))
U(d, "He said China wanted the Afghan authorities to leave no stone unturned", "full weight of the law.",
  ("China", T, neg, "Afghanistan", "demand for search, investigation and punishment addressed to Kabul, no judgement on Kabul (README: demand for an inquiry = talks)"))
U(d, "The Chinese embassy in Kabul had lodged a formal protest", "posted by the ministry.",
  ("China", C, neg, "Afghanistan", "second-hand ('according to a transcript'); a formal protest lodged with the interim government = protest act against it"))
U(d, "Wang added that Beijing once more urged its citizens", "keep away from crowded places.",
  ("China", N, neg, "", "travel advice to own nationals: a plan/precaution, no appeal to a party"))
U(d, "Zabihullah Mujahid, the Taliban administration's chief spokesman, said", "brought out.",
  ("Afghanistan", N, neu, "", "Taliban government = Afghanistan (new_actors precedent); own account of the operation, figures"))
U(d, "No foreign national had died in the attack, the spokesman said", "jumping from windows to escape.",
  ("Afghanistan", N, neu, "", "'the spokesman' = Mujahid; figures"))
U(d, "Mujahid later told local television that the attackers had been", "quickly and professionally.",
  ("Afghanistan", C, neg, "", "'enemies of Afghanistan's stability' = judgement on unnamed attackers (no named target) + self-praise"))
U(d, "The Taliban-run interior ministry said it had opened an inquiry", "with the Chinese side.",
  ("Afghanistan", N, neu, "", "procedure: inquiry opened, findings to be shared"))
# "Residents said the siege began ..." = unnamed speakers, no row.
U(d, "\"People were running in every direction", "across the street.",
  ("Mohammad Qasim Nazari", N, neg, "", "invented witness; scene description as his account"))
U(d, "\"The guards at the hotel gate were shouting at us", "Nazari said.",
  ("Mohammad Qasim Nazari", N, neg, "", "witness account continued, surname only"))
# Photo caption; "The hotel is owned by Chinese investors ..." and "The raid came ten days after ..." = background narration, no row.
U(d, "United Nations Secretary-General Antonio Guterres condemned the attack", "issued in New York.",
  ("United Nations", C, neg, "", "stock condemnation via the spokesman; attacker not named in the sentence -> target empty"))
U(d, "The secretary-general offered his sympathy to the families", "brought to justice.",
  ("United Nations", S, neg, "", "condolences + wish for recovery + call for justice; no judgement word: condolences read as solidarity = supporting (the call for accountability is secondary); unsure, could be calling_for_talks"))
U(d, "The U.N. mission in Afghanistan, UNAMA, said on Twitter", "stood with the victims.",
  ("United Nations", S, neg, "", "UNAMA = United Nations; solidarity with the victims; the 'deepen the suffering' clause judges the act but names no actor -> supporting with empty target (unsure: could be condemning)"))
U(d, "Pakistan's foreign office said it deplored what it called a cowardly assault", "in the heart of Kabul.",
  ("Pakistan", C, neg, "", "'deplored', 'cowardly' = judgement; no attacker named"))
U(d, "\"We stand shoulder to shoulder with our Chinese brothers", "said in a statement.",
  ("Pakistan", S, pos, "China", "solidarity with China; spokesperson named at the end"))
U(d, "Baloch said the attacks on foreign missions and foreign nationals", "dealt with decisively.",
  ("Pakistan", C, neg, "", "surname only; demand for decisive action against terrorist groups on Afghan soil = judgement / call for measures; aimed at unnamed groups -> target empty"))
U(d, "Iran's foreign ministry spokesman, Nasser Kanaani, was quoted", "the Chinese government.",
  ("Iran", C, neg, "", "passive attribution via the state agency (IRNA not an actor); condemnation + condolences (rule 1)"))
U(d, "The U.S. State Department said it was aware of reports", "without giving further comment.",
  ("United States", N, neu, "", "monitoring line with no appeal = neutral"))
# "The assault is the first claimed attack on Chinese interests ..." = background narration, no row.
U(d, "Nadia Karimzai, a security analyst at the Regional Stability Institute", "potential investor.",
  ("Nadia Karimzai", N, neu, "", "invented analyst; reading of the attacker's motive, no judgement or appeal"))
U(d, "\"The group wants to show that the Taliban cannot keep foreigners safe", "Karimzai said.",
  ("Nadia Karimzai", N, neu, "", "analysis, surname only"))
U(d, "She said the Taliban's promises of security to China now faced a hard test", "pull back altogether.",
  ("Nadia Karimzai", N, neu, "", "forecast of Beijing's course"))
U(d, "\"China will not leave, but it will expect a lot more from its hosts,\" she added.", "she added.",
  ("Nadia Karimzai", N, neu, "", "forecast, quote closed by 'she added'"))
U(d, "Emergency, an Italian-run hospital in Kabul, said it had received", "dead on arrival.",
  ("Emergency", N, neu, "", "NGO hospital giving casualty figures = neutral"))
