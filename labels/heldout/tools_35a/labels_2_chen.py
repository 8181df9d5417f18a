# ------------------------------------------------------------------ Chen Guangcheng's escape and departure (international wire copy, 2012-05-20)
d = "page_chen_guangcheng_wire.txt"
# No rows: agency menu, section, headline, byline, published line, captions with credits and "1 of 4", capitals crossheads,
# ADVERTISEMENT, Related:, reporting credits, Our Standards, topics, newsletter prompt, MOST READ, copyright.
U(d, "Blind Chinese activist Chen Guangcheng was settling into university housing", "worked through the case.",
  ("United States", S, pos, "China", "dateline excluded; long lead: arrival narrated, the State Department's gratitude for the joint handling = approval (supporting China)"))
# "Chen, 40, a self-taught legal advocate ..." narration, no row.
U(d, "Speaking to reporters outside the building on Sunday, Chen thanked", "with restraint.",
  ("Chen Guangcheng", S, pos, "", "independent person; thanks to the US diplomats and to Beijing (metonym) = supporting, two addressees -> target empty"))
U(d, "He said he hoped the central authorities would now look into", "had already begun.",
  ("Chen Guangcheng", C, neg, "China", "'He' = Chen; hope for an inquiry + accusation of reprisals (rule 1); Shandong officials = Chinese state"))
U(d, "\"My nephew is in jail and my brother is being watched.", "through an interpreter.",
  ("Chen Guangcheng", C, neg, "China", "multi-sentence quote closed by the speaker; accusation of unpunished abuses (perpetrators unnamed officials = China, unsure)"))
# "Chen's nephew, Chen Kegui, was detained ..." narration; escape background: no rows.
U(d, "In a video posted online the next day, he accused local officials", "to investigate them.",
  ("Chen Guangcheng", C, neg, "China", "'he' = Chen; accusation + appeal to Wen (object, not a speaker): rule 1"))
U(d, "Neither government confirmed that he was inside until May 2", "in safety.",
  ("United States", N, neu, "", "narration of the exit with the deal's terms as US officials described them = a US account of its own arrangement (neutral); 'Neither government confirmed' is narration (unsure: could be narration only)"))
# "China's Foreign Ministry responded within hours." summary line before the specific statement, no row.
U(d, "Its spokesman, Liu Weimin, said the embassy had taken Chen in", "punish those responsible.",
  ("China", C, neg, "United States", "'Its spokesman' = the Foreign Ministry's; judgement of the embassy + demand for apology (sanction-like demand); Washington = metonym"))
U(d, "\"No embassy has the right to shelter people from Chinese law.", "official Xinhua news agency.",
  ("China", C, neg, "United States", "two-sentence quote closed by the speaker; judgement of the embassy + demand; Xinhua carries it, not an actor"))
U(d, "U.S. officials said there would be no apology", "urgent medical care.",
  ("United States", N, neg, "China", "unnamed officials of a named government; refusal to apologise with a justification = denial (neutral, negative)"))
U(d, "Secretary of State Hillary Clinton, who arrived in Beijing that day", "were honoured.",
  ("United States", S, pos, "", "welcome of the arrangement (Chen's choices) + watching compliance; Beijing = place (unsure: the monitoring clause could make it calling_for_talks)"))
# "Within hours, the arrangement began to unravel." summary line, no row.
U(d, "From his hospital bed, Chen told friends and reporters by telephone", "inside the embassy.",
  ("Chen Guangcheng", C, neg, "China", "wish to leave + accusation that security officers threatened his wife (rule 1)"))
U(d, "Locke denied that American diplomats had pushed Chen to leave.", "Locke denied that American diplomats had pushed Chen to leave.",
  ("United States", N, neg, "", "the ambassador (surname only) = US; denial"))
U(d, "He said Chen had been asked several times", "said yes each time.",
  ("United States", N, neu, "", "'He' = Locke; account supporting the denial, facts"))
U(d, "At the White House, spokesman Jay Carney said", "at every stage.",
  ("United States", N, pos, "", "defence of one's own conduct = neutral, positive; White House = place/institution"))
U(d, "On May 3, Chen spoke by cellphone to a hearing", "see Clinton in person.",
  ("Chen Guangcheng", T, neu, "United States", "position given after a colon; request to travel and to meet Clinton = asks for a meeting (calling_for_talks); Bob Fu only holds the phone (no row)"))
U(d, "Representative Chris Smith, the New Jersey Republican who chaired the hearing,", "forced abortions.",
  ("United States", C, neg, "China", "a member of Congress chairing an official commission speaks for the US (as the guide's Senator Cardin) (unsure: could be the Republican Party)"))
U(d, "ChinaAid said in a statement the same day", "for questioning.",
  ("ChinaAid", C, neg, "China", "NGO under its own name; accusation by describing police acts against the family"))
# "A way out emerged the next day." summary line, no row.
U(d, "In a brief statement on its website, the Foreign Ministry said Chen", "wished to do so.",
  ("China", N, neu, "", "procedure offered, no evaluation"))
U(d, "The State Department said Chinese officials had indicated", "the papers quickly.",
  ("United States", T, neu, "China", "expects China to process the papers quickly = request to one side, no judgement"),
  ("China", N, pos, "", "China's indication reported by the State Department = China's own position (accept the application), neutral"))
U(d, "It added that a U.S. university had offered him a fellowship.", "It added that a U.S. university had offered him a fellowship.",
  ("United States", N, neu, "", "'It' = the State Department; a fact given by an actor (the university is unnamed, not an actor)"))
U(d, "Clinton told reporters at the close of the talks", "was not finished.",
  ("United States", S, pos, "China", "encouraged by China's step = welcome (supporting)"))
U(d, "\"Our people will keep talking to him, and we hope", "she said.",
  ("United States", T, pos, "China", "'she' = Clinton; quote continued in its own paragraph; hope that promises are kept = calling_for_talks, aimed at China"))
U(d, "Chinese President Hu Jintao, opening the dialogue on May 3,", "with mutual respect.",
  ("China", T, neu, "United States", "'did not mention Chen' is narration; appeal to manage differences = calling_for_talks"))
U(d, "Jerome Cohen, the New York University law professor", "did lasting damage.",
  ("Jerome Cohen", S, pos, "", "named scholar = independent person; approval of the study-abroad solution (unsure: could be calling_for_talks)"))
# "The two weeks that followed were quiet. ..." narration, no row.
U(d, "Asked on May 7 about Chen's claims that his family had been threatened,", "declined to give details.",
  ("China", N, neg, "", "Liu by surname; rights 'protected by law' as an answer to the threats = denial/reassurance, neutral"))
# Passports delivered: narration, no row.
U(d, "In a statement issued after the plane landed, State Department spokeswoman Victoria Nuland", "welcoming Chen as a student.",
  ("United States", S, pos, "", "appreciation of the resolution + welcome to Chen (several addressees: target empty)"))
# "Human rights groups were more cautious." summary line, no row.
U(d, "Sophie Richardson, China director at Human Rights Watch,", "release all of them.",
  ("Human Rights Watch", T, neg, "China", "'must not become a reason to forget' + urges release, no judgement word = calling_for_talks"))
# Analysts, the unnamed Western diplomat, the Chinese student: not actors, no rows.
