# ------------------------------------------------------------------ Besigye and Lutale seized in Nairobi, tried in Kampala (Ugandan state broadcaster, 2024-11-22)
d = "page_uganda_besigye_nairobi_arrest2024_statemedia.txt"
# Not statements: masthead, menu, section, headline (it carries the government's position: headline, no row), byline,
# published/updated lines, [PHOTO] captions "(n of 3)" with credits, ADVERTISEMENT, crossheads, Related, tags, share,
# WhatsApp prompt, copyright.
U(d, "The Government of Uganda has dismissed claims", "before a competent court.",
  ("Uganda", N, neg, "", "dateline 'KAMPALA — ' excluded; denial of the 'kidnap' claim + own conduct = neutral, negative tone"))
U(d, "Addressing journalists at the Uganda Media Centre on Thursday", "security of the country.",
  ("Uganda", C, neg, "", "minister with his long title; accusation of the two suspects (not canonical actors) = condemning, target empty"))
U(d, "\"Uganda is a country governed by laws.", "the Minister said.",
  ("Uganda", C, neg, "", "multi-sentence quote closed by 'the Minister said'; a warning to anyone organising violence = condemning, no canonical target"))
U(d, "Dr Baryomunsi added that the question of where exactly", "not for social media.",
  ("Uganda", N, neu, "", "procedural deflection, no judgement"))
U(d, "He said Government remained committed to the rule of law", "before the courts.",
  ("Uganda", N, pos, "", "reassurance about its own conduct = neutral, positive"))
# "The two suspects appeared before the General Court Martial ..." = court procedure as narration, no row.
U(d, "The Defence and UPDF Spokesperson, Brig. Gen. Felix Kulayigye, explained", "reserved for the Defence Forces.",
  ("Uganda", N, neu, "", "legal explanation, no evaluation"))
U(d, "Brig. Gen. Kulayigye said both suspects were in good health", "lawyers and relatives.",
  ("Uganda", N, pos, "", "reassurance about custody"))
U(d, "He warned those he described as sponsors of subversion", "wherever they hide.",
  ("Uganda", C, neg, "", "threat against unnamed sponsors = condemning, target empty"))
U(d, "The Chief of Defence Forces, Gen. Muhoozi Kainerugaba, also wrote", "nearly four decades.",
  ("Uganda", C, neg, "", "army chief on social media; threat = condemning, target empty"))
U(d, "The Attorney General, Hon. Kiryowa Kiwanuka, said his chambers were satisfied", "properly brought.",
  ("Uganda", N, neu, "", "legal assessment of own charges, no judgement of another actor"))
U(d, "On regional relations, the Minister of State for Foreign Affairs", "would disturb.",
  ("Uganda", S, pos, "Kenya", "praise of relations with Kenya = supporting"))
U(d, "In Nairobi, the Principal Secretary in the State Department for Foreign and Diaspora Affairs", "travel to the country.",
  ("Kenya", N, neg, "", "denial of involvement = neutral, negative"))
U(d, "Dr Sing'oei also described Uganda as a close partner", "regional security.",
  ("Kenya", S, pos, "Uganda", "praise of a partner = supporting"))
U(d, "The People's Front for Freedom (PFF), with which Dr Besigye is associated", "Kenyan and Ugandan law.",
  ("People's Front for Freedom", C, neg, "Uganda", "accusation of an illegal seizure; state media's 'has claimed' does not change the speaker's position"))
U(d, "Mr Ssemujju demanded that the two be released unconditionally", "civilian court.",
  ("People's Front for Freedom", T, neg, "Uganda", "demand addressed to one side with no judgement word = calling_for_talks, negative (labels/README)"))
U(d, "Dr Besigye's wife, Ms Winnie Byanyima, who heads", "wanted access at once.",
  ("Winnie Byanyima", T, neg, "Uganda", "speaks as the detainee's wife, not for UNAIDS -> independent person; demand for access, no judgement"))
U(d, "The Uganda Law Society, in a statement signed by its leadership", "with the Constitution.",
  ("Uganda Law Society", C, neg, "Uganda", "judgement without stock words (military trial of civilians unconstitutional)"))
U(d, "The Law Society of Kenya, for its part, accused Kenyan security agencies", "foreign operatives.",
  ("Law Society of Kenya", C, neg, "Kenya", "accusation of its own state's agencies"))
U(d, "The Leader of the Opposition in Parliament, Hon. Joel Ssenyonyi", "summon the security chiefs.",
  ("National Unity Platform", C, neg, "Uganda", "opposition leader named with his party; judgement + appeal: rule 1"))
U(d, "Responding to the lawyers' bodies, Dr Baryomunsi said", "gravity of the evidence.",
  ("Uganda", C, neg, "", "'politically motivated' = judgement of two bodies -> target empty"))
U(d, "Government also took note of a statement by the Office of the UN High Commissioner", "due process and a fair trial.",
  ("United Nations", T, neu, "Uganda", "OHCHR = United Nations; call for due process = calling_for_talks"),
  ("Uganda", N, neu, "", "'took note' = procedural acknowledgement"))
U(d, "The Minister said all the rights of the accused would be fully respected.", "fully respected.",
  ("Uganda", N, pos, "", "'the Minister' by title; reassurance"))
U(d, "Dr Patrick Ssebunya, a senior lecturer in political science", "done their job.",
  ("Patrick Ssebunya", S, pos, "Uganda", "invented scholar; approval of the state's action = supporting"))
U(d, "Dr Ssebunya urged opposition politicians to seek power", "rather than through arms.",
  ("Patrick Ssebunya", T, neu, "", "appeal for a peaceful course; addressees not canonical -> target empty"))
U(d, "Ms Grace Akello Atim, a researcher with the Kampala-based", "largely unwritten.",
  ("Grace Akello Atim", N, neu, "", "invented researcher; description, no position"))
