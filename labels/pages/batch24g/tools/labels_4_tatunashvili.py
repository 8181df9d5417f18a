# ------------------------------------------------------------------ Death of Archil Tatunashvili in Tskhinvali custody (EU statement at the OSCE Permanent Council, 2018-03-01)
d = "page_tatunashvili_osce_eustatement_2018.txt"
# Not statements: EEAS banner, delegation line, breadcrumb, language bar, title, date/ID line, category, print/share bar,
# "Mr Chairperson," salutations, "Thank you, Mr Chairperson.", tags, related statements, editorial sections, footer.
U(d, "The European Union wishes to raise once again the situation in Georgia's breakaway region", "died in custody in Tskhinvali the following day.",
  ("European Union", N, neg, "", "raises the case and gives the facts; no judgement yet"))
U(d, "We extend our sincere condolences to his family.", "to his family.",
  ("European Union", N, neg, "", "condolences to a private family, not an actor (cf. the guide: grief without a position)"))
U(d, "The circumstances of Mr Tatunashvili's death remain unclear, and the account given so far", "questions unanswered.",
  ("European Union", C, neg, "South Ossetia authorities", "casts doubt on the de facto authorities' account (unsure: could be neutral concern)"))
U(d, "The European Union regards the detention and death of Mr Tatunashvili as unacceptable", "every person held there.",
  ("European Union", C, neg, "", "'unacceptable' + holds those in control responsible; Russia or the de facto authorities left open -> empty"))
U(d, "We call for a full, impartial and transparent investigation", "without any further conditions.",
  ("European Union", T, neu, "", "appeal for investigation and handover, no judgement word"))
U(d, "The de facto authorities in Tskhinvali have said that Mr Tatunashvili suffered injuries", "died of heart failure.",
  ("South Ossetia authorities", N, neu, "", "their own account reported by the EU = their statement; neutral"))
U(d, "They have also accused him of crimes committed during the 2008 war", "no evidence has been made public.",
  ("South Ossetia authorities", C, neg, "Georgia", "accusation of a Georgian soldier's war crimes; Georgia as the state he served (unsure: target could be empty)"),
  ("European Union", C, neg, "South Ossetia authorities", "the EU's clause 'no evidence made public' = judgement of the accusation (unsure)"))
U(d, "We note that the two other Georgian citizens detained with Mr Tatunashvili", "return home to their families.",
  ("European Union", T, neu, "South Ossetia authorities", "request to let them return, no judgement"))
U(d, "The EU Monitoring Mission in Georgia has kept its Hotline open", "a place to discuss the case.",
  ("European Union", T, neu, "", "EUMM = EU; offer of help and of a format for talks"))
U(d, "We welcome the restraint shown by the Government of Georgia", "raise tensions further.",
  ("European Union", S, pos, "Georgia", "praise of Georgia's restraint"))
U(d, "The Georgian Ministry of Foreign Affairs has called the death a crime", "responsible for it.",
  ("Georgia", C, neg, "Russia", "'crime' + holds Russia responsible"))
U(d, "The Government of Georgia has also announced that it will draw up a list", "freezing their assets.",
  ("Georgia", C, neg, "South Ossetia authorities", "announced sanctions (travel bans, asset freezes) = condemning; persons in the occupied regions (unsure: target)"))
U(d, "We share the concern expressed by the OSCE Chairperson-in-Office", "Ergneti mechanism.",
  ("OSCE", T, neg, "", "chair speaks for the OSCE: concern + asks for clarification and discussion"),
  ("European Union", T, neg, "", "shares the concern and the request (unsure: could be supporting OSCE)"))
U(d, "We also take note of the statement by the Co-Chairs of the Geneva International Discussions", "to the family at once.",
  ("OSCE", T, neg, "South Ossetia authorities", "joint co-chairs' statement: regret + request, one row per co-chairing body"),
  ("European Union", T, neg, "South Ossetia authorities", "EU co-chair of the GID"),
  ("United Nations", T, neg, "South Ossetia authorities", "UN co-chair of the GID"))
U(d, "The United Nations Office of the High Commissioner for Human Rights has asked", "fully endorses.",
  ("United Nations", T, neu, "", "call for investigation + offer of help"),
  ("European Union", S, pos, "United Nations", "endorses the UN's call = approval"))
U(d, "The Russian Federation, for its part, has described the matter as an internal affair", "rejected any responsibility for it.",
  ("Russia", N, neg, "", "rejects responsibility = denial; neutral, negative"))
U(d, "This case shows once again that the absence of international human rights monitoring", "without protection.",
  ("European Union", N, neg, "", "concern about a gap, no actor judged, no appeal in the sentence"))
U(d, "We call on the Russian Federation to carry out what it signed up to", "before the war.",
  ("European Union", T, neg, "Russia", "demand addressed to one side with no judgement word (labels/README: talks, negative)"))
U(d, "We further call for unhindered access for the EU Monitoring Mission", "in line with its mandate.",
  ("European Union", T, neu, "", "appeal for access"))
U(d, "The continuing installation of fences and other barriers", "is a practice we deplore.",
  ("European Union", C, neg, "", "'deplore' aimed at borderisation, whose author is not named -> target empty"))
U(d, "The European Union stands by Georgia's sovereignty and territorial integrity", "international community recognises.",
  ("European Union", S, pos, "Georgia", "support for Georgia's territorial integrity"))
U(d, "We remain committed to peaceful conflict resolution in Georgia", "security and humanitarian issues.",
  ("European Union", T, pos, "", "commitment to talks + hope for progress"))
U(d, "The candidate countries Montenegro and Albania, the EFTA country Norway", "align themselves with this statement.",
  ("Montenegro", S, neu, "European Union", "aligning with the EU statement = approval of it; one row per listed state"),
  ("Albania", S, neu, "European Union", "same list"),
  ("Norway", S, neu, "European Union", "same list"),
  ("Ukraine", S, neu, "European Union", "same list"),
  ("Moldova", S, neu, "European Union", "same list"))
