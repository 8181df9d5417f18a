# ------------------------------------------------------------------ Attack on Leonid Volkov in Vilnius (Lithuanian MFA news page, full HTML, releases of 13, 14 and 18 March 2024)
d = "page_lithuania_volkov_attack2024_mfa.html"
# Not statements: language bar, logo, menu, breadcrumbs, page title, theme filter, release titles, "Created/Updated" lines,
# figure captions with credits, pagination, sidebar lists, footer. "The Minister" / "the Ministry" = Lithuania throughout.
# --- 18 March: Foreign Affairs Council
# "On 18 March, Minister ... took part in the meeting ... where ministers discussed ..." = meeting narration, no row.
U(d, "The Minister urged EU partners to move faster on ammunition deliveries to Ukraine", "outside Europe.",
  ("Lithuania", S, pos, "Ukraine", "appeal for arms for Ukraine + own contribution to the Czech-led initiative = supporting (labels/README: an appeal for arms is supporting)"))
U(d, "“Every week of delay is paid for by Ukrainian soldiers and civilians.", "said Minister Landsbergis.",
  ("Lithuania", S, neg, "Ukraine", "two-sentence quote closed by its speaker; urging shells for Ukraine = supporting; urgent, grim tone"))
U(d, "Referring to the attack against Leonid Volkov in Vilnius, the Minister proposed", "living in the Union.",
  ("Lithuania", C, neg, "", "proposal of sanctions against those behind attacks on dissidents = call for measures (condemning); perpetrators not named in the sentence -> target empty"))
U(d, "“The Kremlin now treats the streets of European capitals", "the Minister said.",
  ("Lithuania", C, neg, "Russia", "quote closed by its speaker; 'the Kremlin' = Russia; judgement + warning"))
U(d, "He welcomed the readiness of the High Representative to prepare new listings", "death of Alexei Navalny.",
  ("Lithuania", S, pos, "European Union", "welcome of the EU's step = supporting"),
  ("European Union", C, neu, "Russia", "the High Representative's readiness to prepare sanctions listings over Navalny's death = EU position reported by Lithuania; sanctions = condemning (unsure: target Russia inferred from the Navalny context)"))
# --- 14 March: statement on the vote in the occupied territories
U(d, "The Ministry of Foreign Affairs of the Republic of Lithuania condemns the decision of the Russian Federation", "including Crimea.",
  ("Lithuania", C, neg, "Russia", "explicit condemnation"))
U(d, "Voting staged under the guns of an occupying army", "null and void.",
  ("Lithuania", C, neg, "Russia", "statement text continues without a speaker = the Ministry; 'violation ... of international law', 'null and void' = judgement"))
U(d, "Lithuania will not recognise the legitimacy of any vote held by Russia on Ukrainian soil", "the same position.",
  ("Lithuania", C, neg, "Russia", "non-recognition in protest + call on others to do the same = rejection (condemning)"))
U(d, "The Ministry reiterates Lithuania's unwavering support for the sovereignty", "internationally recognised borders.",
  ("Lithuania", S, pos, "Ukraine", "support for Ukraine's territorial integrity"))
U(d, "The Ministry also informs that public order around the Embassy of the Russian Federation in Vilnius", "outside the Embassy's premises.",
  ("Lithuania", N, neu, "", "practical arrangements under the Vienna Convention = procedure; the Russian embassy is an object, Vilnius a place"))
# --- 13 March: the attack on Volkov
U(d, "Minister of Foreign Affairs Gabrielius Landsbergis has condemned the violent attack against Leonid Volkov", "near his home in Vilnius.",
  ("Lithuania", C, neg, "", "condemnation of the attack; the attacker is not named in the sentence -> target empty; Volkov is the victim, not a speaker"))
U(d, "“Someone came to a quiet street in Vilnius to break the bones", "said Minister Landsbergis.",
  ("Lithuania", C, neg, "Russia", "two-sentence quote closed by its speaker; 'its headmaster sits in the Kremlin' = blame on Russia"))
U(d, "The Minister noted that, according to the preliminary assessment of the State Security Department", "Russia's presidential election.",
  ("Lithuania", C, neg, "Russia", "the State Security Department = Lithuania (state agency); one row for the state: attack attributed to Russian special services = accusation"))
U(d, "He thanked the Lithuanian police officers who responded to the incident", "those who sent them.",
  ("Lithuania", N, pos, "", "thanks to its own police + assurance about the investigation = self-reference, neutral with a positive tone"))
U(d, "The Minister stressed that the protection of Russian and Belarusian democratic forces", "in close cooperation with partners.",
  ("Lithuania", S, pos, "", "protection for the Russian and Belarusian opposition in exile = backing; target not a canonical actor -> empty"))
U(d, "On 13 March, Minister Landsbergis spoke by telephone with Leonid Volkov", "a speedy recovery.",
  ("Lithuania", S, pos, "Leonid Volkov", "call and wishes to the victim = solidarity (supporting); Volkov is a person, new actor"))
U(d, "The Minister thanked his counterparts from Latvia, Estonia and Poland", "in the hours after the attack.",
  ("Lithuania", S, pos, "", "gratitude to three states = supporting; several -> target empty"),
  ("Latvia", S, pos, "Lithuania", "list of states: each state's reported message of solidarity is its own statement (one row per listed state)"),
  ("Estonia", S, pos, "Lithuania", "same sentence, second listed state"),
  ("Poland", S, pos, "Lithuania", "same sentence, third listed state"))
U(d, "“An attack on a guest of Lithuania in our capital is a challenge to the Lithuanian state itself.", "the Minister said.",
  ("Lithuania", C, neg, "Russia", "two-sentence quote closed by its speaker; the attack as a challenge to the state + a promised answer = threatened response; 'the regime' = Russia's (unsure: target could be empty)"))
U(d, "Lithuania will raise the attack at the upcoming meeting of the EU Foreign Affairs Council", "targeted sanctions.",
  ("Lithuania", C, neg, "Russia", "announced push for sanctions over 'Russia's transnational repression' = call for measures"))
