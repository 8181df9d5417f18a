# ------------------------------------------------------------------ The April 2016 "four-day war" in Nagorno-Karabakh (Azerbaijani state news agency in English, AzerTac style, 2016-04-05)
d = "page_karabakh_april2016_statemedia.txt"
U(d, "Military operations on the line of contact between the troops of Azerbaijan and Armenia were halted", "the Ministry of Defense of the Republic of Azerbaijan reported.",
  ("Azerbaijan", T, pos, "", "dateline 'Baku, April 5, AZERTAC' is a separate line; agreeing to stop military operations = calling_for_talks; attribution tail (the agency only carries it)"))
U(d, "The ministry stressed that units of the Azerbaijani Army remain on the strategic heights", "a crushing response.",
  ("Azerbaijan", C, neg, "Armenia", "'the ministry' = MoD by context; threat of a response against 'the enemy' (= Armenia's forces on this page)"))
U(d, "The press service of the Ministry said that a total of 16 Azerbaijani servicemen", "had been informed.",
  ("Azerbaijan", N, neu, "", "own losses given by the ministry = figures, neutral"))
U(d, "According to the ministry, the enemy lost hundreds of servicemen", "destroyed by precise fire.",
  ("Azerbaijan", N, neu, "", "report of own strikes and claimed enemy losses, no judgement word = neutral (guide: own strike reported as done)"))
U(d, "The ministry dismissed as groundless the claims spread by the Armenian Defense Ministry", "from its public.",
  ("Azerbaijan", N, neg, "", "denial = neutral, negative; the possessive 'claims spread by the Armenian Defense Ministry' is the object, not the speaker (no Armenia row)"))
# 'The fighting flared overnight into 2 April …' is the agency's own narration with no attributed speaker: no row (the agency is not an actor).
U(d, "On 3 April, the Azerbaijani side decided unilaterally to stop retaliatory operations", "a peaceful settlement.",
  ("Azerbaijan", T, pos, "", "a specific act reported as done (unilateral halt) + commitment to a peaceful settlement = calling_for_talks; narrated by the agency, but the act is Azerbaijan's"))
# The paragraph on closed schools and volunteers is narration: no row.
U(d, "Addressing the servicemen, President Ilham Aliyev said Azerbaijan had stopped military operations", "to regroup or to advance.",
  ("Azerbaijan", C, neg, "Armenia", "own halt + warning that an enemy advance will not be allowed = conditional threat; rule 1 over the halt (unsure)"))
U(d, "\"Every metre we stand on is Azerbaijani soil", "the head of state said.",
  ("Azerbaijan", C, neg, "Armenia", "quote closed by the speaker's title ('the head of state' = Aliyev); veiled threat"))
U(d, "President Ilham Aliyev said the conflict could only be settled within the internationally recognized borders", "on that basis.",
  ("Azerbaijan", T, neu, "", "commitment to negotiations on a stated basis = conditional offer of talks (labels/README: offering talks, even conditional ones); Baku = metonym"))
U(d, "Minister of Foreign Affairs Elmar Mammadyarov held telephone conversations", "loss of civilian lives.",
  ("Azerbaijan", C, neg, "Armenia", "'full responsibility' = judgement; Lavrov and Kerry are addressees, not speakers (no Russia/US rows)"))
U(d, "Commenting on the draft law approved by the government of Armenia", "Yerevan's true intentions.",
  ("Azerbaijan", C, neg, "Armenia", "MFA press-service head; 'the government of Armenia' is the object; Yerevan = metonym; judgement of Armenia's step"))
U(d, "On Monday the Armenian government approved the bill", "sent it to parliament.",
  ("Armenia", S, neu, "Nagorno-Karabakh authorities", "backing by act: a bill to recognise the separatist entity; the outlet's scare quotes ('so-called') do not change the actor's stance"))
U(d, "The Prosecutor General's Office reported that Armenian shelling of villages", "had been opened.",
  ("Azerbaijan", C, neg, "Armenia", "accusation made by describing the other side's attacks on civilians = condemning (guide rule 4); a criminal case opened"))
U(d, "Armenian President Serzh Sargsyan, at a meeting with ambassadors of OSCE member states in Yerevan", "the entire line of contact.",
  ("Armenia", C, neg, "Azerbaijan", "counter-accusation reported by the other side's state media ('claimed'): the stance is Armenia's; Yerevan = place"))
U(d, "Sargsyan warned that further escalation could turn into a full-scale war", "for the whole region.",
  ("Armenia", N, neg, "", "surname only; warning of consequences with no appeal and no threatened response of his own = neutral, negative (unsure: could be read as a veiled threat)"))
U(d, "The so-called \"defense army\" of the separatist regime also alleged", "entry into force.",
  ("Nagorno-Karabakh authorities", C, neg, "Azerbaijan", "'the separatist regime' and its 'defense army' = Nagorno-Karabakh authorities; accusation of a ceasefire violation"))
U(d, "Turkish President Recep Tayyip Erdogan said that Turkey would stand shoulder to shoulder", "condolences over the martyrs.",
  ("Turkey", S, pos, "Azerbaijan", "solidarity + condolences = supporting"))
U(d, "The Turkish Foreign Ministry said in a statement that Ankara stood by Azerbaijan's right", "territory and people.",
  ("Turkey", S, pos, "Azerbaijan", "backing of Azerbaijan's right to defend itself; Ankara = metonym"))
U(d, "The Ministry of Foreign Affairs of Pakistan said Pakistan stood firmly", "brotherly Azerbaijan.",
  ("Pakistan", S, pos, "Azerbaijan", "solidarity = supporting"))
U(d, "Russian President Vladimir Putin urged the two sides to stop shooting at once", "Kremlin spokesman Dmitry Peskov said.",
  ("Russia", T, neg, "", "appeal for a ceasefire and restraint to both sides; attribution tail via the spokesman"))
U(d, "With Russian mediation, the chiefs of the general staffs of the armed forces of Azerbaijan and Armenia met in Moscow", "to stop military operations.",
  ("Russia", T, pos, "", "host/mediator bringing the sides together = calling_for_talks (labels/README: the host convening a meeting)"),
  ("Azerbaijan", T, pos, "", "agreeing to stop military operations = calling_for_talks (same sentence, one row per actor)"),
  ("Armenia", T, pos, "", "same: Armenia's chief of general staff agreed to the halt"))
U(d, "Russian Prime Minister Dmitry Medvedev is expected to visit Baku and Yerevan", "the Russian government said.",
  ("Russia", N, neu, "", "travel plan = neutral; capitals = places"))
U(d, "The OSCE Chairperson-in-Office, German Foreign Minister Frank-Walter Steinmeier", "in Vienna today.",
  ("OSCE", T, neg, "", "a minister speaking as chair of a regional body speaks for it (guide): OSCE, not Germany; appeal + convening the Permanent Council"))
U(d, "The Co-Chairs of the OSCE Minsk Group appealed for an end to the shelling", "to Baku and Yerevan.",
  ("OSCE", T, neg, "", "Minsk Group = OSCE (name files); appeal + mediation trip"))
U(d, "The US Department of State urged the sides to avoid further escalation", "observe the ceasefire.",
  ("United States", T, neu, "", "appeal to both sides"))
U(d, "European Union High Representative Federica Mogherini, in telephone conversations", "return to the negotiating process.",
  ("European Union", T, neg, "", "appeal to both foreign ministers (addressees, not speakers)"))
U(d, "UN Secretary-General Ban Ki-moon appealed to both sides to lay down their arms", "his spokesman said.",
  ("United Nations", T, neg, "", "appeal + de-escalation; attribution tail via the spokesman"))
U(d, "Iranian President Hassan Rouhani, in a phone conversation with President Ilham Aliyev", "resolution of the conflict.",
  ("Iran", T, pos, "", "offer to help towards a peaceful resolution = mediation offer (calling_for_talks); Aliyev is the addressee"))
# The closing background paragraph (occupation since the 1990s, unfulfilled UNSC resolutions) is the agency's boilerplate narration with no attributed speaker: no row.
