# ------------------------------------------------------------------ Palestine: Nizar Banat's death in PA custody (live blog, 2021-06-24)
d = "page_palestine_banat_custody2021_liveblog.txt"
# Not statements: menu, headline, last updated, staff line, key points, refresh/share line, time stamps, closing and opening
# housekeeping entries, [Photo] captions, ADVERTISEMENT, Related, tags, copyright.
U(d, "The Independent Commission for Human Rights (ICHR), the Palestinian rights watchdog, has released", "family's consent.",
  ("Independent Commission for Human Rights", N, neu, "", "procedure"))
U(d, "The commission said the examination found injuries across much of his body", "natural causes.",
  ("Independent Commission for Human Rights", N, neg, "", "autopsy findings given without blaming anyone = facts"))
U(d, "It said it would run its own investigation, separate from the government committee", "full conclusions.",
  ("Independent Commission for Human Rights", N, neu, "", "plan; stays out of the government committee with no protest stated"))
# 22:55 entry: police and protesters described by witnesses and the correspondent = narration, no row.
U(d, "Hamas has issued a statement describing the killing as a political assassination", "fully responsible.",
  ("Hamas", C, neg, "Palestine", "'political assassination' + 'fully responsible' (Abbas and the security services = Palestine)"))
U(d, "\"This crime shows the true face of an authority", "Hazem Qassem said.",
  ("Hamas", C, neg, "Palestine", "judgement of the PA; 'the occupation' is mentioned, not targeted"))
U(d, "The Popular Front for the Liberation of Palestine said Banat had been killed for his opinions", "defend their freedoms.",
  ("Popular Front for the Liberation of Palestine", C, neg, "Palestine", "accusation + call to protest"))
U(d, "Islamic Jihad also condemned the killing", "handed over for trial.",
  ("Palestinian Islamic Jihad", C, neg, "Palestine", "condemnation + demand"))
# "The United States has also weighed in." = summary line, no row.
U(d, "\"We are troubled by the death of Nizar Banat", "told reporters in Washington.",
  ("United States", N, neg, "", "concern without an appeal in this unit"))
U(d, "Price said Washington had told the Palestinian Authority it expected a full inquiry", "face the consequences.",
  ("United States", T, neg, "Palestine", "demand for an inquiry and accountability, no judgement word"))
U(d, "\"Palestinians must be free to criticise their leaders", "he added.",
  ("United States", T, neu, "Palestine", "appeal for free expression, continued quote"))
U(d, "The European Union's office in Jerusalem said it was shocked and saddened", "Banat's death.",
  ("European Union", N, neg, "", "shock without an appeal"))
U(d, "In a statement, the EU called on the Palestinian Authority to open an inquiry without delay", "found to be responsible.",
  ("European Union", T, neu, "Palestine", "demand for a public inquiry, no judgement"))
# "The EU is the largest donor ... Banat had repeatedly called on European governments ..." = background, no row.
U(d, "The UN's Middle East envoy, Tor Wennesland, offered his condolences", "saddened by the news.",
  ("United Nations", N, neg, "", "condolences and sadness, no appeal"))
U(d, "Wennesland said he expected a transparent and independent investigation", "serious about accountability.",
  ("United Nations", T, neu, "Palestine", "demand for an investigation and accountability, no judgement word"))
U(d, "Lynn Hastings, the UN humanitarian coordinator for the occupied Palestinian territory, said", "deeply alarming.",
  ("United Nations", N, neg, "", "alarm without an appeal"))
# "Banat's family has rejected the government's inquiry committee ..." = the family as a group, no named speaker, no row.
U(d, "\"He left this house on his own feet, bleeding", "told Levant24 by phone.",
  ("Ammar Banat", C, neg, "Palestine", "relative (a named person); account of the arrest that accuses the security forces by description (unsure: could be a neutral witness account)"))
U(d, "\"We want an international investigation, because the people who killed him", "he said.",
  ("Ammar Banat", C, neg, "Palestine", "'the people who killed him' = accusation, with a demand"))
U(d, "Prime Minister Mohammad Shtayyeh has ordered the formation of a committee", "Mohammad al-Shalaldeh.",
  ("Palestine", N, neu, "", "own inquiry ordered = procedure"))
U(d, "\"The government will not cover up for anyone", "a representative of the ICHR.",
  ("Palestine", N, pos, "", "reassurance about own conduct + composition of the committee"))
U(d, "Shtayyeh also expressed his condolences to the family.", "to the family.",
  ("Palestine", N, neg, "", "condolences, no position on another actor"))
# "Fatah has so far made no official comment." = non-answer, no row.
U(d, "A senior security official, speaking to Palestinian radio, said the officers had acted", "excessive force.",
  ("Palestine", N, neg, "", "unnamed official of the PA security forces; denial"))
U(d, "Security forces spokesman Talal Dweikat declined to comment", "hands of the inquiry.",
  ("Palestine", N, neu, "", "declines to comment, procedural reason"))
# "Israel's military and foreign ministry have not commented ..." = non-answer, no row.
U(d, "An Israeli official speaking on condition of anonymity told us", "internal Palestinian affair.",
  ("Israel", N, neu, "", "unnamed official of a named government; no position on the PA"))
# 15:20 background entry (Banat's biography, his earlier accusations against Fatah supporters) = narration, no row.
U(d, "Human Rights Watch's Israel and Palestine director, Omar Shakir, said", "Palestinian security forces.",
  ("Human Rights Watch", C, neg, "Palestine", "'a pattern of arbitrary arrests and abuse' = accusation"))
U(d, "\"Donors who fund these forces cannot keep looking away,\"", "human rights reforms.",
  ("Human Rights Watch", C, neg, "", "judgement of donors + call for conditions on aid; two donors named (EU, US) -> target empty"))
U(d, "Hebron Governor Jibrin al-Bakri said in a statement that Banat had been arrested", "during the arrest.",
  ("Palestine", N, neu, "", "the governor's account: warrant and deterioration of health, no judgement"))
U(d, "Al-Bakri said he had been taken to the government hospital in Hebron", "opened a file.",
  ("Palestine", N, neu, "", "facts and procedure"))
