# ------------------------------------------------------------------ Tunisia: the Brahmi assassination and the suspension of the Constituent Assembly (6 Aug 2013) (Maghreb daily scraped, 2013-08-07)
d = "page_tunisia_brahmi_assembly_2013_maghrebdaily.txt"
# Not statements: masthead and date line, menu, breadcrumb, headline, standfirst, byline, posted line with views, share bar, crossheads, "Photo 1/4" captions, ADVERTISEMENT, tags, Related, most read, newsletter, comments, copyright.
U(d, "The speaker of the National Constituent Assembly, Mustapha Ben Jaafar, on Tuesday evening suspended", "feeding violence.",
  ("Tunisia", T, neg, "", "the assembly speaker speaks for the state's legislature; suspension until the sides talk = pressure for dialogue, no judgement of an actor (calling_for_talks)"))
# "The surprise announcement, made on state television ..." = narration and background, no row.
U(d, "\"While the country is burying its soldiers and its deputies", "Ben Jaafar said in his address.",
  ("Tunisia", C, neg, "", "judgement of the party leaders (several parties, none named) -> target empty"))
U(d, "He said the assembly would resume its sessions as soon as a national dialogue", "holding elections.",
  ("Tunisia", T, neu, "", "'He' = Ben Jaafar; appeal to agree a timetable through dialogue"))
# "Some 60 deputies have boycotted the assembly ..." = narration (the deputies as a group are not named as an actor), no row.
U(d, "Prime Minister Ali Larayedh repeated that his government would not step down", "December 17.",
  ("Tunisia", N, neu, "", "refusal to resign + plan for elections, no judgement"))
U(d, "\"Leaving now would hand the country to chaos and to those who killed Brahmi,\"", "cabinet meeting on Tuesday.",
  ("Tunisia", N, neg, "", "justification of staying in office, no judgement of a named actor (unsure: implies a charge against the opposition)"))
U(d, "President Moncef Marzouki, who declared a day of national mourning", "without preconditions.",
  ("Tunisia", T, neu, "", "appeal to all parties to meet = calling_for_talks"))
U(d, "Interior Minister Lotfi Ben Jeddou said last month that Brahmi had been shot", "already identified.",
  ("Tunisia", C, neg, "", "blames a radical Salafist cell (not a canonical actor) -> target empty"))
U(d, "The defence ministry said on Monday that operations against armed groups", "in an ambush there.",
  ("Tunisia", N, neu, "", "own operations and a toll, no judgement"))
U(d, "Ennahda, the Islamist party that leads the ruling coalition, said in a statement", "suspend the elected body.",
  ("Ennahda", C, neg, "Tunisia", "contests the legality of the speaker's act (speaker = Tunisia's legislature); judgement without a stock word (unsure on target)"))
U(d, "The party's leader, Rached Ghannouchi, nevertheless said Ennahda remained open", "a broader government.",
  ("Ennahda", T, pos, "", "readiness for dialogue = calling_for_talks"))
U(d, "Ghannouchi rejected again the accusations by Brahmi's family", "as much as at the opposition.",
  ("Ennahda", N, neg, "", "denial = neutral, negative (the family is not an actor)"))
U(d, "The Tunisian General Labour Union (UGTT), the country's most powerful organisation, welcomed", "completed its work.",
  ("Tunisian General Labour Union", T, pos, "", "welcome + appeal for a caretaker cabinet, no judgement: welcome with an appeal = calling_for_talks (labels README)"))
U(d, "\"The union's door is open to all parties", "on Mohamed Ali square.",
  ("Tunisian General Labour Union", T, pos, "", "offers mediation = calling_for_talks"))
U(d, "The National Salvation Front, the coalition of secular and leftist parties", "violence of extremists.",
  ("National Salvation Front (Tunisia)", C, neg, "Ennahda", "partial welcome + accusation of Ennahda: the judgement decides (rule 1)"))
U(d, "France's foreign ministry spokesman Philippe Lalliot said Paris was following events closely", "could be completed.",
  ("France", T, neu, "", "encourages dialogue = calling_for_talks"))
U(d, "President Francois Hollande had condemned Brahmi's murder", "democratic transition.",
  ("France", C, neg, "", "condemnation of the murder; killers unnamed -> target empty"))
U(d, "A spokesman for EU foreign policy chief Catherine Ashton said the bloc welcomed every initiative", "electoral calendar.",
  ("European Union", T, pos, "", "welcome + appeal to all sides, no judgement = calling_for_talks"))
U(d, "The U.S. State Department said Washington condemned in the strongest terms", "soldiers at Chaambi.",
  ("United States", C, neg, "", "condemnation of two killings by unnamed perpetrators -> target empty"))
U(d, "UN Secretary-General Ban Ki-moon called on Tunisians to preserve the gains", "through dialogue.",
  ("United Nations", T, pos, "", "appeal for peaceful dialogue"))
U(d, "Algeria's foreign ministry expressed its full solidarity with Tunisia", "along the border.",
  ("Algeria", S, pos, "Tunisia", "solidarity + security cooperation = supporting"))
# "Algeria has sent several thousand extra troops ..., according to Algerian media." = media report, no row.
U(d, "\"The provisional law on the organisation of public powers says nothing", "Institute of Legal Studies in Sousse.",
  ("Hedi Ben Salem", N, neu, "", "invented scholar (person); legal assessment, no judgement of an actor"))
U(d, "Ben Salem called on the parties to agree on a firm date for elections", "on top of the first.",
  ("Hedi Ben Salem", T, neu, "", "appeal to the parties for an agreed date = calling_for_talks"))
U(d, "Olfa Mansouri, a researcher at the Maghreb Centre for Democratic Transition", "blamed for the deadlock.",
  ("Olfa Mansouri", N, neu, "", "invented researcher (person); analysis of the move's effect, no judgement"))
U(d, "At Bardo, a teacher from Sidi Bouzid who has camped in front of the assembly", "no intention of leaving.",
  ("", N, neu, "", "unnamed protester: not an actor, kept with an empty actor; her own plan"))
U(d, "\"They could not protect Chokri, they could not protect Brahmi.", "she said.",
  ("", C, neg, "Tunisia", "same unnamed protester (empty actor); judgement of the government, demand that it go"))
# "Brahmi, 58, led the Popular Current party ..." = background, no row.
