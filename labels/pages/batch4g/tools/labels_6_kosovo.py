# ------------------------------------------------------------------ Kosovo-Serbia dinar ban (Serbian state agency in English, 2024-02-09)
d = "page_kosovo_dinar_statemedia.txt"
U(d, "Serbian President Aleksandar Vucic said at an emergency UN Security Council session", "out of their homes.",
  ("Serbia", C, neg, "Kosovo", "dateline excluded; 'provisional institutions in Pristina' = Kosovo"))
U(d, "\"This is not a technical measure and it is not about money laundering,\"", "on Thursday.",
  ("Serbia", C, neg, "Kosovo", "rebuttal of Pristina's stated purpose implies bad faith (unsure: could be neutral)"))
U(d, "\"It is a deliberate attack on pensioners,", "quiet expulsion.\"",
  ("Serbia", C, neg, "Kosovo", "two-sentence quote continued after the attribution = one unit of the same speaker"))
U(d, "Vucic said that Belgrade had warned for weeks", "had listened.",
  ("Serbia", C, neg, "Kosovo", "blame ('no one in Pristina had listened'); capitals as metonyms"))
U(d, "He said that Serbia remained committed to dialogue under EU mediation", "fait accompli.",
  ("Serbia", T, neu, "", "commitment to dialogue outweighs the refusal of a 'fait accompli' (unsure: could be condemning)"))
U(d, "Vucic thanked China and Russia for what he described", "territorial integrity.",
  ("Serbia", S, pos, "", "thanks to two states -> target empty"))
U(d, "After the session, Vucic met UN Secretary-General Antonio Guterres", "press office said.",
  ("Serbia", N, neu, "", "own act; the UN takes no position here"))
U(d, "Pristina's Albin Kurti told the Council that the central bank regulation", "illegal structures in the north.",
  ("Kosovo", C, neg, "Serbia", "state-media framing ('Pristina's Albin Kurti'); denial + accusation: rule 1"))
U(d, "Kurti also offered to sign the Brussels basic agreement", "bilateral approach.",
  ("Kosovo", T, neu, "Serbia", "offer of an agreement"))
U(d, "Russia's Permanent Representative Vassily Nebenzia said Pristina's moves", "creeping ethnic cleansing.",
  ("Russia", C, neg, "Kosovo", "'ethnic cleansing'; Western patrons also blamed (non-canonical)"))
U(d, "China's representative at the Council said Beijing respected Serbia's sovereignty", "Serbs in the province.",
  ("China", S, pos, "Serbia", "unnamed representative of a named state; backing; Belgrade = metonym"))
U(d, "Caroline Ziadeh, head of the UN mission in Kosovo (UNMIK),", "table in Brussels.",
  ("United Nations", T, neg, "", "concern + appeal to both sides; implicit criticism of unilateral steps is no explicit judgement"))
U(d, "Speaking in Belgrade, Prime Minister Ana Brnabic said the Council debate", "concern about the ban.",
  ("Serbia", C, neg, "Kosovo", "Belgrade = place; 'Kurti's campaign against Serbs'"))
U(d, "Republika Srpska President Milorad Dodik said", "fight at the UN.",
  ("Republika Srpska", S, pos, "Serbia", "entity leader -> Republika Srpska (name files); backing of Vucic"))
U(d, "Head of the Office for Kosovo and Metohija Petar Petkovic said that Pristina", "peacefully but firmly.",
  ("Serbia", C, neg, "Kosovo", "'next blow' + warning ('direct provocation') about the Ibar bridge"))
U(d, "The EU High Representative for Foreign Affairs and Security Policy Josep Borrell said", "transition period.",
  ("European Union", C, neg, "Kosovo", "'regrettable' = judgement without stock words"))
U(d, "The bloc urged the Kosovo authorities to ensure", "in a statement.",
  ("European Union", T, neu, "Kosovo", "'The bloc'; appeal; attribution tail"))
U(d, "US State Department spokesperson Matthew Miller said that Washington was concerned", "transition period.",
  ("United States", T, neg, "Kosovo", "concern + appeal"))
U(d, "The ambassadors of the Quint countries - the US, the UK, France, Germany and Italy -", "media reported.",
  ("United States", T, neu, "Kosovo", "Quint = five states, one row each; appeal to suspend (no judgement); relayed by Pristina media (unsure of the real wording)"),
  ("United Kingdom", T, neu, "Kosovo", "Quint member"),
  ("France", T, neu, "Kosovo", "Quint member"),
  ("Germany", T, neu, "Kosovo", "Quint member"),
  ("Italy", T, neu, "Kosovo", "Quint member"))
U(d, "NATO's KFOR mission said that it was monitoring the situation closely", "with all sides.",
  ("NATO", T, neu, "", "KFOR -> NATO; monitoring + bridge decision only through dialogue"))
U(d, "The Srpska Lista party said in a statement that Serbs in the north", "against the Serb people.",
  ("Srpska Lista", C, neg, "Kosovo", "'economic terror'"))
U(d, "Governor of the National Bank of Serbia Jorgovanka Tabakovic said that Serbia would keep paying", "banking system.",
  ("Serbia", N, neu, "", "own payments to own citizens = plans (not support for another actor)"))
U(d, "The Central Bank of Kosovo said on Friday that its regulation did not forbid", "Serbian community.",
  ("Kosovo", N, neu, "", "central bank = state body; clarification/denial"))
U(d, "Kosovo's Deputy Prime Minister Besnik Bislimi said earlier", "sole currency.",
  ("Kosovo", N, neu, "", "transition period and firm line on the euro, no judgement"))
