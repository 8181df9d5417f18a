# ------------------------------------------------------------------ UQ Hong Kong rally and the Chinese consul-general (Australian Parliament media-release listing, July 2019)
d = "page_australia_uqrally_xujie2019_mpreleases.txt"
# Not statements: site menu, breadcrumb, search line, MEDIA RELEASE labels, sender lines, dates, release titles (several carry
# positions), media contacts, separators, results footer, disclaimer, copyright.
# Actors: government ministers and the ruling-party committee chair = Australia; Labor (opposition) = Australian Labor Party;
# the Greens = Australian Greens; Senator Patrick = Centre Alliance (new actor, party).
U(d, "Centre Alliance Senator Rex Patrick today called on the University of Queensland", "Dr Xu Jie.",
  ("Centre Alliance", C, neg, "China", "demand to strip a Chinese official of a post = measure against China's envoy (unsure: target China vs none)"))
U(d, "\"A university that lets a foreign government's senior representative", "Senator Patrick said.",
  ("Centre Alliance", C, neg, "China", "judgement of the officials who cheered the assault (and of the university)"))
U(d, "The Senator said he would ask the Senate Estimates committee in October", "such appointments.",
  ("Centre Alliance", N, neu, "", "procedural plan"))
U(d, "The Chair of the Parliamentary Joint Committee on Intelligence and Security, Andrew Hastie, said", "had been necessary.",
  ("Australia", N, neg, "", "ruling-party committee chair; reading of events, no explicit judgement in this sentence (unsure)"))
U(d, "\"Peaceful students were shoved and threatened on their own campus", "Mr Hastie said.",
  ("Australia", C, neg, "China", "'not diplomacy; it is intimidation' = judgement of the consulate"))
U(d, "Mr Hastie said he had asked the committee secretariat to brief members", "next sits.",
  ("Australia", N, neu, "", "procedure"))
U(d, "He urged any student who had been threatened to report it", "Queensland Police Service.",
  ("Australia", N, neu, "", "advice to students: not an appeal for talks or restraint, no judgement (unsure)"))
U(d, "Labor Senator Kimberley Kitching has written to the Vice-Chancellor", "in support of Hong Kong.",
  ("Australian Labor Party", N, neu, "", "letter seeking assurances (what she did); no judgement"))
U(d, "Senator Kitching said the statement posted on the Chinese Consulate-General's website", "young Australians in danger.",
  ("Australian Labor Party", C, neg, "China", "reported clause: only Kitching's position is a statement; blame"),
  ("China", C, neg, "", "the consulate's statement reported in the clause: labels the organisers separatists (target not a canonical actor)"))
U(d, "Her release quoted Liam Tran, a second-year UQ arts student", "threatening messages on WeChat.",
  ("Liam Tran", N, neg, "", "invented witness; own account, no judgement"))
U(d, "\"We were twenty people with cardboard signs.", "Mr Tran said.",
  ("Liam Tran", C, neg, "China", "incredulity at the diplomat's charge = judgement without stock words (unsure: neutral)"))
U(d, "The release also quoted Dr Fiona Garrick, a China specialist", "on Australian soil.",
  ("Fiona Garrick", C, neg, "China", "invented analyst; 'textbook case of ... trying to police speech' = judgement"))
U(d, "Dr Garrick said the university and the Commonwealth should now agree clear rules", "serving foreign officials.",
  ("Fiona Garrick", N, neu, "", "policy proposal, not a peace appeal and no judgement"))
U(d, "Labor notes the statement by the Minister for Foreign Affairs that foreign diplomats", "lawful protest.",
  ("Australian Labor Party", N, neu, "", "notes the minister's statement: procedural"),
  ("Australia", C, neg, "", "the Foreign Minister's warning to foreign diplomats, reported (no state named -> target empty)"))
U(d, "The Opposition believes the reported conduct of the Chinese Consulate-General in Brisbane", "deeply troubling.",
  ("Australian Labor Party", C, neg, "China", "'endorse violence' charge + 'deeply troubling'"))
U(d, "\"Freedom of speech and the right to protest peacefully are not negotiable", "Senator Wong said.",
  ("Australian Labor Party", S, pos, "Australia", "backing of the Government's stance (support across party lines)"))
U(d, "Senator Wong said Labor would seek a briefing", "Foreign Affairs and Trade.",
  ("Australian Labor Party", N, neu, "", "procedure"))
U(d, "The Minister for Education, Dan Tehan, said Australian universities must be places", "violence or intimidation.",
  ("Australia", N, neu, "", "principle stated, no actor judged"))
U(d, "\"Disagreement is fine.", "the Minister said.",
  ("Australia", C, neg, "", "demand that those responsible be held to account = judgement of unnamed perpetrators (target empty)"))
U(d, "He said he had spoken with the Vice-Chancellor and welcomed", "all its students.",
  ("Australia", S, pos, "", "welcome of the university's commitment (university not a canonical actor -> target empty)"))
U(d, "The Australian Greens stand with the students who gathered peacefully", "the people of Hong Kong.",
  ("Australian Greens", S, pos, "", "solidarity with students and Hong Kong people (non-canonical target)"))
U(d, "\"What happened at UQ yesterday was an ugly attempt", "Senator Di Natale said.",
  ("Australian Greens", C, neg, "China", "'completely unacceptable' aimed at the Consul-General"))
U(d, "The Greens leader said the Morrison Government should summon the Consul-General", "have consequences.",
  ("Australian Greens", C, neg, "China", "call for a diplomatic measure + consequences = condemning"))
U(d, "He called on the Hong Kong authorities and protesters to find a peaceful way", "promised to Hong Kong.",
  ("Australian Greens", T, neu, "", "appeal for a peaceful way; the 'respect the freedoms' demand has no judgement word (unsure: condemning China)"))
U(d, "Background: On 25 July the Consulate-General of the People's Republic of China in Brisbane posted", "aimed against China.",
  ("China", C, neg, "", "praise of the counter-protesters + opposition to activity 'aimed against China': an explicit judgement of the protest decides (rule 1); protesters not canonical -> target empty"))
U(d, "The Chinese Ministry of Foreign Affairs later said the consulate had every right", "Australian politicians.",
  ("China", N, neg, "", "defence of the consulate + rejection of accusations = denial"))
