# ------------------------------------------------------------------ Pannun plot: the US charges against Nikhil Gupta (MEA weekly briefing transcript, 2023-11-30)
d = "page_pannun_nikhilgupta2023_meabriefing.txt"
# Not statements: site header, breadcrumb, title, date lines, greeting ("Good afternoon, friends ..."), the journalists' questions themselves, "(Concludes)", related links, share bar, copyright.
# Speaker labels ("Official Spokesperson, Shri Arindam Bagchi:") are excluded from the units; every answer speaks for India.
U(d, "Prime Minister will travel to Dubai later today", "return tomorrow night.",
  ("India", N, neu, "", "announced travel plan; 'Prime Minister' by title only, the ministry's page makes the state clear"))
U(d, "President William Ruto of Kenya will pay a State Visit to India", "Prime Minister on 5 December.",
  ("India", N, neu, "", "announced visit = plan; Kenya takes no position in the sentence"))
U(d, "On Gaza, we welcome the extension of the pause in hostilities", "people who need it.",
  ("India", T, pos, "", "welcome of the pause + hope that it lasts, no judgement: rule 2 before rule 3 (peace appeal)"))
U(d, "A second consignment of humanitarian supplies from India", "the people of Palestine.",
  ("India", S, pos, "Palestine", "aid sent = backing by act; 'With that, the floor is open.' is a separate unit with no row"))
U(d, "Sir, the US Justice Department unsealed charges last night", "an Indian government employee directed him.",
  ("United States", C, neg, "India", "journalist's question reporting the DOJ's charge (README: the reported position is the actor's); accusation that an Indian official directed the plot (unsure: target could be left empty since only individuals are charged)"))
U(d, "Attorney General Merrick Garland has said his department will not allow", "on American soil.",
  ("United States", C, neg, "", "warning aimed at no named party = threat of response (condemning); target empty"))
U(d, "As regards a case filed in a US court against an individual", "the policy of this government.",
  ("India", N, neg, "", "concern without appeal + distancing ('would run against the policy') = neutral, negative"))
U(d, "I had mentioned last week that, in the course of our security cooperation discussions", "extremists and others.",
  ("India", N, neu, "", "facts of the exchange"),
  ("United States", N, neu, "", "a US act (passing on information) reported by India = the US's own statement by act, no judgement (unsure: could be left without a US row)"))
U(d, "We do not treat such information lightly", "national security as well.",
  ("India", N, neu, "", "reassurance about own conduct = neutral"))
U(d, "A committee of senior officials was constituted on 18 November", "act on what it finds.",
  ("India", N, neu, "", "procedure and plan"))
U(d, "I have nothing to add on its timeline.", "I have nothing to add on its timeline.",
  ("India", N, neu, "", "procedural non-answer"))
U(d, "I would not go into more detail on what is a security matter.", "I would not go into more detail on what is a security matter.",
  ("India", N, neu, "", "procedural non-answer"))
U(d, "The White House said yesterday that the matter had been raised", "at the most senior levels.",
  ("United States", N, neu, "", "question reporting the White House: diplomatic procedure, no judgement"))
U(d, "John Kirby also said Washington welcomed New Delhi's decision", "set up an inquiry.",
  ("United States", S, pos, "India", "welcome of a step by India = supporting; New Delhi = metonym"))
U(d, "India and the United States have a comprehensive global strategic partnership", "a very wide agenda.",
  ("India", S, pos, "United States", "affirmation of the partnership in answer to a question on strain (unsure: could be neutral reassurance)"))
U(d, "I do not see any reason to read more into this than there is.", "than there is.",
  ("India", N, neu, "", "denial of strain = neutral"))
U(d, "Canada's Prime Minister Justin Trudeau said on Wednesday", "about India since September.",
  ("Canada", C, neg, "India", "question reporting Trudeau: the US case 'confirmed' Canada's accusation of India = condemning"))
U(d, "Our problem with Canada has always been the room it gives", "the heart of the matter.",
  ("India", C, neg, "Canada", "blame of Canada for tolerating advocates of violence, no stock word"))
U(d, "Our diplomats in Canada have faced threats and intimidation", "under the Vienna Convention.",
  ("India", C, neg, "Canada", "complaint + demand that Ottawa meet its obligations = judgement of Canada's conduct"))
U(d, "I would not compare the two cases, which are different in nature.", "different in nature.",
  ("India", N, neu, "", "procedural distinction, no judgement"))
U(d, "Pannun, who heads the banned group Sikhs for Justice, said in a video", "expel Indian diplomats.",
  ("Sikhs for Justice", C, neg, "India", "question reporting the group leader's accusation + demand for expulsions (a sanction) = condemning; leader speaks for his group"))
U(d, "That group has been declared unlawful in India", "a source on these matters.",
  ("India", C, neg, "Sikhs for Justice", "judgement of the group and its leader"))
U(d, "Pakistan's Foreign Office said this afternoon that the American charges", "on foreign soil.",
  ("Pakistan", C, neg, "India", "accusation of a pattern of killings abroad"))
U(d, "The spokesperson there also said the world should now hold India to account.", "hold India to account.",
  ("Pakistan", C, neg, "India", "'the spokesperson there' = Pakistan's FO spokesperson; call for accountability = condemning"))
U(d, "We would not take lectures from a country", "terrorism in our region.",
  ("India", C, neg, "Pakistan", "rebuttal + accusation of terrorism, Pakistan given by context"))
# "I would leave it at that." = no row.
U(d, "Former ambassador Lalit Varma wrote in an article today", "hurting India's standing.",
  ("Lalit Varma", C, neg, "India", "invented retired diplomat = independent person; judgement of the government's handling"))
U(d, "Separately, Professor Meera Kulkarni of the Delhi School of International Affairs told us", "derail the partnership.",
  ("Meera Kulkarni", N, neu, "", "invented scholar; reading of both governments' intent, no judgement"))
U(d, "Commentators are entitled to their views.", "Commentators are entitled to their views.",
  ("India", N, neu, "", "declines to engage = neutral"))
U(d, "We have explained our position clearly, and I will not go beyond it.", "I will not go beyond it.",
  ("India", N, neu, "", "procedural"))
U(d, "On the Gaza pause, Qatar said this morning that the truce had been extended", "by one more day.",
  ("Qatar", N, neu, "", "mediator announcing a fact (extension), no appeal in the sentence (unsure: mediating a truce could be calling_for_talks)"))
U(d, "We have consistently said that dialogue and diplomacy should be the way forward", "the only lasting answer.",
  ("India", T, neu, "", "appeal for negotiations and a two-state solution"))
U(d, "We also condemned the terrorist attacks of 7 October", "loss of civilian lives in the conflict.",
  ("India", C, neg, "Hamas", "condemnation + concern (rule 1); the 7 October attacks = Hamas, clear from context"))
U(d, "Our embassies in Tel Aviv and Ramallah are in regular contact", "Indian nationals being harmed.",
  ("India", N, neu, "", "consular facts"))
U(d, "Several MoUs are under discussion", "at the appropriate time.",
  ("India", N, neu, "", "plans for the Kenya visit"))
