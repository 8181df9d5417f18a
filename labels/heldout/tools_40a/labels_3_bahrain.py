# ------------------------------------------------------------------ Bahrain's execution of three men (Mushaima, al-Samea, al-Singace) and the row with Iran and Iraq (state media, 2017-01-16)
d = "page_bahrain_executions2017_statemedia.txt"
# Not statements: agency name, language bar, breadcrumb, headline, dateline line, photo lines "[Photo 1/2 ...]", crossheads, ADVERTISEMENT, Related, tags, agency time stamp, copyright.
U(d, "The Kingdom of Bahrain has strongly rejected statements issued by the Islamic Republic of Iran", "its independent judiciary.",
  ("Bahrain", C, neg, "", "rejection of two states' statements as 'blatant meddling' = judgement; two targets (Iran, Iraq) -> empty"))
U(d, "The Ministry of Foreign Affairs said in a statement that the Iranian statement was a fresh proof", "lives of its people.",
  ("Bahrain", C, neg, "Iran", "accusation of sponsoring terrorism; Tehran = metonym"))
U(d, "\"Those who train, arm and finance terrorist groups", "the ministry said.",
  ("Bahrain", C, neg, "Iran", "judgement aimed at Iran by context (no name in the quote)"))
U(d, "The Public Prosecution announced on Sunday that the death sentences", "had been exhausted.",
  ("Bahrain", N, neu, "", "the executions reported as done, procedure, no judgement"))
U(d, "Attorney General Dr Ali bin Fadhul Al Buainain said the convicts had enjoyed", "a physician and a cleric.",
  ("Bahrain", N, neu, "", "reassurance about own procedure = neutral"))
U(d, "He said the bombing had killed three policemen", "wounded 13 others.",
  ("Bahrain", N, neu, "", "casualty facts given by the attorney general"))
U(d, "The Ministry of Interior said security was stable across the Kingdom", "in accordance with the law.",
  ("Bahrain", N, neu, "", "own account of security"))
U(d, "It warned that any attempt to exploit the occasion", "referred to the Public Prosecution.",
  ("Bahrain", C, neg, "", "threat of a firm response to rioters (not canonical -> target empty)"))
U(d, "The Undersecretary for Regional and GCC Affairs at the Ministry of Foreign Affairs", "Iraqi Ministry of Foreign Affairs.",
  ("Bahrain", C, neg, "Iraq", "summoning an ambassador with a protest note = measure in protest"))
U(d, "Al-Maliki had described the execution of the rulings as a crime", "international accountability.",
  ("Iraq", C, neg, "Bahrain", "Iraq's vice president reported by state media; 'a crime' = judgement"))
U(d, "The Undersecretary affirmed that such remarks contravened", "convey the Kingdom's protest to his government.",
  ("Bahrain", C, neg, "Iraq", "remarks said to breach good neighbourliness + protest"))
U(d, "Iran's foreign ministry spokesman Bahram Qassemi had issued a statement on Sunday", "consequences of the executions.",
  ("Iran", C, neg, "Bahrain", "accusation + warning, reported by Bahraini state media"))
U(d, "Minister of Foreign Affairs Shaikh Khalid bin Ahmed bin Mohammed Al Khalifa said on Twitter", "protect their homeland.",
  ("Bahrain", C, neg, "", "rebuff of foreign critics ('no foreign voice') with a defiant tone; no single target (unsure: could be neutral self-justification)"))
U(d, "The Secretary-General of the Gulf Cooperation Council (GCC), Dr Abdullatif bin Rashid Al Zayani, affirmed", "commit terrorist crimes.",
  ("Gulf Cooperation Council", S, pos, "Bahrain", "full support for Bahrain's measures"))
U(d, "Dr Al Zayani condemned the Iranian statement", "principles of good neighbourliness.",
  ("Gulf Cooperation Council", C, neg, "Iran", "condemnation + appeal to Tehran (rule 1)"))
U(d, "The Kingdom of Saudi Arabia affirmed its support for all measures", "according to the Saudi Press Agency.",
  ("Saudi Arabia", S, pos, "Bahrain", "unnamed official of a named ministry; SPA not an actor"))
U(d, "The source said the Kingdom stood with Bahrain against every attempt", "internal affairs.",
  ("Saudi Arabia", S, pos, "Bahrain", "solidarity"))
U(d, "The United Arab Emirates welcomed the carrying out of the sentences", "his two Bahraini colleagues.",
  ("United Arab Emirates", S, pos, "Bahrain", "welcome of Bahrain's act"))
U(d, "In a statement carried by the Emirates News Agency (WAM), the UAE Ministry", "integrity of the Bahraini judiciary.",
  ("United Arab Emirates", S, pos, "Bahrain", "praise of Bahrain's judiciary; WAM not an actor"))
U(d, "The Speaker of the Arab Parliament, Mishaal bin Fahm Al-Salami, said the rulings", "stir sectarian strife.",
  ("Arab Parliament", C, neg, "Iran", "backing of Bahrain + rejection of Iran's 'attempt' = judgement decides"))
U(d, "The State of Kuwait expressed its solidarity with the Kingdom of Bahrain", "Kuwait News Agency (KUNA).",
  ("Kuwait", S, pos, "Bahrain", "solidarity; unnamed ministry source"))
U(d, "The Arab Republic of Egypt affirmed its support for the Kingdom of Bahrain", "said in Cairo.",
  ("Egypt", S, pos, "Bahrain", "support + rejection of interference by no named actor (support decides)"))
U(d, "The National Institution for Human Rights said it had followed the case", "had been observed.",
  ("Bahrain", N, neu, "", "Bahrain's national rights body on its own state's procedure (state institution -> Bahrain)"))
U(d, "The Ministry of Foreign Affairs also said it regretted statements by some international non-governmental organisations", "victims' families.",
  ("Bahrain", C, neg, "", "'regretted' + 'one-sided' aimed at NGOs and rapporteurs (several, non-canonical) -> target empty"))
U(d, "The Ministry said the Kingdom remained open to constructive dialogue", "accurate information.",
  ("Bahrain", T, pos, "United Nations", "offer of dialogue with UN mechanisms = calling_for_talks"))
U(d, "Meanwhile, the Council of Representatives said in a statement", "full force of the law.",
  ("Bahrain", C, neg, "", "parliament speaks for its state; warning to attackers = threat"))
