# ------------------------------------------------------------------ Sierra Leone: the RUF's detention of UNAMSIL peacekeepers (UN noon-briefing readout, 2000-05-09)
d = "page_sierraleone_ruf_peacekeepers2000_unreadout.txt"
# Not statements: site menu, header lines, "The noon briefing was given by ...", Print/Related documents, section heads,
# "* * *" separators, Related line, copyright. Correspondents' questions are not statements.
U(d, "The Spokesman opened the briefing with an update on Sierra Leone", "on Saturday.",
  ("United Nations", N, neu, "", "the Spokesman/UNAMSIL = UN; figures of detained personnel"))
U(d, "The Mission still has no reliable information", "since the weekend.",
  ("United Nations", N, neg, "", "facts, anxious tone"))
U(d, "Four Kenyan peacekeepers are confirmed killed", "UNAMSIL reported.",
  ("United Nations", N, neu, "", "casualty figures given by the mission, attribution tail"))
U(d, "The Secretary-General has made clear to Foday Sankoh", "happening on the ground.",
  ("United Nations", C, neg, "Revolutionary United Front", "Sankoh = RUF leader; 'the world will judge him' + no excuse of ignorance = holding responsible"))
U(d, "\"Sierra Leoneans have waited ten years for this peace.", "as saying.",
  ("United Nations", C, neg, "Revolutionary United Front", "quote relayed by the Spokesman; judgement without stock words"))
U(d, "Over the weekend the Secretary-General spoke by telephone", "detained UN personnel.",
  ("United Nations", T, neu, "Liberia", "asks Taylor to use his influence for the release = mediation"))
U(d, "President Taylor told the Secretary-General that he would do what he could", "according to the Spokesman.",
  ("Liberia", T, pos, "", "Taylor's position reported by the UN = Liberia's; offers to help and to receive RUF envoys"))
U(d, "The Secretary-General has also been in touch with the Presidents of Nigeria, Mali and Togo", "for their help.",
  ("United Nations", S, pos, "", "thanks to three leaders = praise; several -> target empty"))
U(d, "In Freetown, the Special Representative of the Secretary-General, Oluyemi Adeniji, met", "without conditions.",
  ("United Nations", T, neg, "Revolutionary United Front", "demand for release passed to the RUF, no judgement word"))
U(d, "The Force Commander, Major-General Vijay Kumar Jetley, told", "abandon the country.",
  ("United Nations", N, neu, "", "the force's own dispositions; reassurance"))
U(d, "Asked about the shooting outside Mr. Sankoh's residence", "could not yet give a figure.",
  ("United Nations", N, neg, "", "no figure yet; facts being established"))
U(d, "RUF officials in Freetown have told journalists", "detention of any peacekeeper.",
  ("Revolutionary United Front", N, neg, "", "officials of a named group; denial = neutral, negative"))
U(d, "An RUF spokesman also blamed UNAMSIL", "at the disarmament camps.",
  ("Revolutionary United Front", C, neg, "United Nations", "blames the peacekeepers for the clashes"))
U(d, "A spokesman for the Government of Sierra Leone said", "answer for it.",
  ("Sierra Leone", C, neg, "Revolutionary United Front", "'deliberate wrecking' of the accord + leaders made to answer"))
U(d, "The Government also said it had deployed the army", "its surroundings.",
  ("Sierra Leone", N, neu, "", "own deployment reported, no judgement"))
# "The Security Council held consultations ... read a statement to the press afterwards." = procedure/summary line, no row.
U(d, "Council members said the RUF had turned on the very Mission", "face the consequences.",
  ("United Nations", C, neg, "Revolutionary United Front", "Council press statement = UN; judgement + consequences"))
U(d, "Council members demanded that the RUF let every detained member", "halt their attacks.",
  ("United Nations", T, neg, "Revolutionary United Front", "demand addressed to one side with no judgement word (labels/README)"))
U(d, "They also said that they would look urgently", "strengthening the Mission.",
  ("United Nations", N, neu, "", "procedure/plan"))
U(d, "Speaking to reporters after the consultations, United States Ambassador Richard Holbrooke said", "intended to reward it.",
  ("United States", C, neg, "Revolutionary United Front", "judgement without stock words ('what kind of partner it was')"))
U(d, "Asked about the British troops who arrived in Freetown on Sunday, the Spokesman said", "reinforcements to land.",
  ("United Kingdom", S, neu, "United Nations", "UK position relayed by the UN; securing the airport for UN reinforcements = backing by act (evacuation part neutral)"))
U(d, "In London, Foreign Secretary Robin Cook told the House of Commons", "make peace.",
  ("United Kingdom", C, neg, "Revolutionary United Front", "'shown its true colours' = judgement"))
# "The Department of Peacekeeping Operations met with troop-contributing countries this morning." = narration, no row.
U(d, "Bangladesh, India and Jordan confirmed", "the Spokesman said.",
  ("Bangladesh", S, neu, "United Nations", "states acting as a list: troops for the mission = backing by act"),
  ("India", S, neu, "United Nations", "same, one row per listed state"),
  ("Jordan", S, neu, "United Nations", "same, one row per listed state"))
U(d, "The Government of Zambia, whose soldiers make up most", "without further bloodshed.",
  ("Zambia", T, neg, "", "worry + wish for a release without bloodshed = appeal"))
U(d, "ECOWAS chiefs of defence staff, meeting in Abuja, said", "if asked.",
  ("ECOWAS", S, neu, "Sierra Leone", "offer of troops to the government = supporting"))
U(d, "Asked whether the United Nations regarded the detained peacekeepers as hostages", "their release.",
  ("United Nations", N, neu, "", "the Spokesman's choice of word, explained; the question itself is no statement"))
U(d, "Asked whether the Mission's mandate would be changed", "report before it.",
  ("United Nations", N, neu, "", "procedure"))
U(d, "At a press conference at Headquarters this afternoon, Zainab Kamara", "their children.",
  ("Zainab Kamara", C, neg, "Revolutionary United Front", "invented civil-society voice; 'spat on the peace' = judgement"))
U(d, "\"We are asking the United Nations not to leave.", "Ms. Kamara said.",
  ("Zainab Kamara", T, neg, "United Nations", "asks the UN to stay to protect civilians = calling_for_talks (asking for help is not supporting)"))
U(d, "Also at the press conference, Dr. Emmanuel Coker", "earlier in the year.",
  ("Emmanuel Coker", N, neg, "", "invented researcher; background analysis"))
U(d, "Dr. Coker said the Mission had been deployed as a traditional peacekeeping force", "protect civilians.",
  ("Emmanuel Coker", T, neu, "United Nations", "appeal to the Council for a mandate to protect civilians (unsure: the first half is a mild criticism of the mission's design)"))
