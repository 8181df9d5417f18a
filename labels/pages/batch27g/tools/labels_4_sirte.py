# ------------------------------------------------------------------ Egypt/Libya: al-Sisi's Sirte-Jufra "red line" (radio interview transcript, 2020-06-22)
d = "page_egypt_sirte_redline2020_radiointerview.txt"
# Not statements: station header, breadcrumb, programme line, listen/download bar, episode title, edit note, the host's
# questions and hand-overs ("Was this a declaration of war?", "But he did tell his soldiers ...", "Karim, would Cairo accept that?"),
# the no-reply line, END marker, disclaimer, More from, copyright. The host's own summaries of other actors' positions are
# those actors' statements (guide: a position of X reported by Y is X's statement).
G = "Government of National Accord"
U(d, "On Saturday, speaking to troops at an air base near the Libyan border", "a red line for his country.",
  ("Egypt", C, neg, G, "host's summary of the speech; a red line backed by force = threat (condemning); aimed at the Tripoli government's forces"))
U(d, "If forces loyal to the Tripoli government crossed it", "inside and outside the country.",
  ("Egypt", C, neg, G, "threatened intervention + readiness order = announced response"))
U(d, "In the same speech he said the front line should be frozen", "earlier this month.",
  ("Egypt", T, neu, "", "appeal to freeze the front and negotiate, no judgement in this sentence"))
# "The reply from Tripoli was swift." = transition, no row.
U(d, "A member of the Presidential Council of the Government of National Accord", "called the speech a hostile act.",
  ("Government of National Accord", C, neg, "Egypt", "GNA Presidential Council member speaks for the GNA; charge of dictating to Libyans + 'a hostile act' = judgement"))
U(d, "Ankara, the Tripoli government's main backer", "giving up Sirte and the Jufra base.",
  ("Turkey", T, neg, "Libyan National Army", "Ankara = metonym; conditional ceasefire / demand to withdraw, no judgement word = calling_for_talks, negative"))
for a in ("Saudi Arabia", "United Arab Emirates", "Bahrain", "Jordan"):
    U(d, "Saudi Arabia, the United Arab Emirates, Bahrain and Jordan all said", "protect its western border.",
      (a, S, pos, "Egypt", "states acting as a list: one row per listed state; backing of Egypt"))
U(d, "In eastern Libya, the parliament based in Tobruk welcomed", "who had stood by them.",
  ("Libyan House of Representatives", S, pos, "Egypt", "the Tobruk parliament and its speaker; welcome of Egypt's position + gratitude"))
U(d, "The acting head of the UN mission in Libya, Stephanie Williams", "the last thing Libyans needed.",
  ("United Nations", T, neg, "", "appeal to all sides to de-escalate + warning of the danger"))
U(d, "And the Arab League is due to hold an emergency videoconference", "at Egypt's request.",
  ("Egypt", T, neu, "", "requesting a regional meeting = convening diplomacy (the League's meeting listed in narration is not its statement)"))
U(d, "No, and I think it is important to be precise about that.", "to be precise about that.",
  ("Karim El-Masry", N, neu, "", "invented analyst; answer to the host: not a declaration of war = neutral"))
U(d, "It is a deterrent message, aimed first of all at Ankara", "already exists on the ground.",
  ("Karim El-Masry", N, neu, "", "analysis of the speech, no judgement"))
U(d, "The president did not announce an operation.", "did not announce an operation.",
  ("Karim El-Masry", N, neu, "", "'The president' = al-Sisi (context); fact"))
U(d, "He said that if a certain line is crossed", "a very different thing.",
  ("Karim El-Masry", N, neu, "", "his reading of the speech"),
  ("Egypt", C, neg, G, "al-Sisi's warning relayed by the analyst = Egypt's threat (reported position)"))
U(d, "He did, and the message is meant to be credible.", "meant to be credible.",
  ("Karim El-Masry", N, neu, "", "assessment, no judgement"))
U(d, "Look, Egypt has a border of more than a thousand kilometres", "come across it.",
  ("Karim El-Masry", N, neg, "", "background facts"))
U(d, "What has changed this year is that Turkey has shipped in", "not a speech at an air base.",
  ("Karim El-Masry", C, neg, "Turkey", "blame for the escalation without a stock word"))
U(d, "As a threat, frankly.", "As a threat, frankly.",
  ("Salma Ben Youssef", C, neg, "Egypt", "invented analyst; characterises the speech as a threat (unsure: she reports how Tripoli hears it)"))
U(d, "People in Tripoli remember that the offensive on the capital", "guardian of a ceasefire.",
  ("Salma Ben Youssef", C, neg, "Egypt", "charge of arming Haftar and of hypocrisy; Cairo = metonym"))
U(d, "You cannot build a neutral mediator's role on top of that record.", "on top of that record.",
  ("Salma Ben Youssef", C, neg, "Egypt", "judgement without stock words"))
U(d, "I think Egypt's proposal would have had more weight", "shelling Tripoli's suburbs.",
  ("Salma Ben Youssef", C, neg, "", "criticism of Egypt's timing + charge of shelling by Haftar's forces; two targets -> empty"))
U(d, "The president spoke of a political settlement", "already sit on.",
  ("Salma Ben Youssef", T, neu, "", "points to the UN track as the place for a settlement"),
  ("Egypt", T, neu, "", "al-Sisi's call for a settlement, relayed by the guest"))
U(d, "What I would urge, and what I hear from people on both sides", "moving a single soldier.",
  ("Salma Ben Youssef", T, neu, "", "appeal for an arms and fighters freeze"))
U(d, "I believe Cairo would accept a freeze", "including the Turkish presence.",
  ("Karim El-Masry", N, neu, "", "his estimate of Cairo's position, not Egypt's statement"))
U(d, "The problem is that Ankara has so far treated its deployment", "between itself and Tripoli.",
  ("Karim El-Masry", C, neg, "Turkey", "criticism of Ankara's stance"))
U(d, "The Gulf states have said publicly that they back Cairo", "off the Libyan coast.",
  ("Karim El-Masry", C, neg, "", "reproach to Europe's silence and Turkey's conduct; two targets -> empty; 'the Gulf states' = unlisted group, no row"))
U(d, "Then we are in a different war", "in someone else's country.",
  ("Salma Ben Youssef", N, neg, "", "scenario, alarm without appeal"))
U(d, "I do not think anyone in Cairo or Ankara really wants that", "not on the front line.",
  ("Salma Ben Youssef", T, pos, "", "hope that talks replace fighting = calling_for_talks"))
