# ------------------------------------------------------------------ ICC conviction of Bosco Ntaganda (regional daily scraped as text, 2019-07-09)
d = "page_drc_ntaganda_verdict2019_dailyscrape.txt"
# Not statements: masthead, edition line, menu, date/weather, BREAKING ticker, section path, headline, standfirst, byline, publish line,
# share prompts, photo lines, ADVERTISEMENT, crossheads, RELATED, TAGS, comments, most read, e-paper prompt, footer.
U(d, "Judges at the International Criminal Court on Monday convicted former Congolese rebel commander", "enlistment of child soldiers.",
  ("International Criminal Court", C, neg, "Bosco Ntaganda", "a conviction is the court's judgement on the accused (new person actor)"))
U(d, "Presiding Judge Robert Fremr, reading a summary of the judgment, said Ntaganda had been", "in Mongbwalu.",
  ("International Criminal Court", C, neg, "Bosco Ntaganda", "judge speaks for the court; findings: commander role and a killing by his own hand"))
U(d, "\"The chamber is satisfied that the accused knew of the crimes his troops were committing", "Fremr said.",
  ("International Criminal Court", C, neg, "Bosco Ntaganda", "multi-sentence quote closed by the surname; finding of knowledge and intent"))
# "Ntaganda, 45, stood in a dark suit ... The sentence will be handed down at a later hearing ..." = narration, no row.
U(d, "His lead counsel, Stephane Bourgon, told reporters outside the courtroom that the defence would appeal", "the movement he served.",
  ("Bosco Ntaganda", N, neg, "", "counsel speaks for his client; announcing an appeal and disputing the findings = a denial, neutral with a negative tone (unsure: could be condemning the court)"))
U(d, "\"The appeal will show that the chamber got Mr Ntaganda wrong,\" Bourgon said.", "Bourgon said.",
  ("Bosco Ntaganda", N, neg, "", "same denial in a short quote"))
U(d, "ICC Prosecutor Fatou Bensouda said in a statement that her office had proved", "gold-rich areas of Ituri.",
  ("International Criminal Court", C, neg, "Bosco Ntaganda", "the prosecutor is an organ of the court; accusation that he organised the campaign against the Lendu"))
# "In Bunia, the provincial capital, small crowds gathered around transistor radios ..." = scene narration, no row.
U(d, "Xavier Macky, director of the Bunia-based rights group Justice Plus, said the conviction proved", "had not forgotten them.",
  ("Justice Plus", S, pos, "International Criminal Court", "new organisation (its director speaks for it); approval of the conviction"))
U(d, "He urged the court to move quickly on reparations", "old, sick and poor.",
  ("Justice Plus", T, neu, "International Criminal Court", "'He' = Macky; asking for reparations = an appeal, not supporting (labels/README: asking for help)"))
U(d, "Rosine Ufoyuru, a Lendu woman from Mongbwalu whose husband was killed in November 2002, said", "on a neighbour's radio.",
  ("Rosine Ufoyuru", N, neu, "", "invented resident (person); how she heard the verdict = fact"))
U(d, "\"He came here as a soldier and left as a butcher.", "she said.",
  ("Rosine Ufoyuru", C, neg, "Bosco Ntaganda", "multi-sentence quote; 'He' = Ntaganda, 'a butcher' = judgement"))
# "Not everyone in the town was satisfied." = the paper's lead-in, no row.
U(d, "Marcel Ukeli, an elder of the Hema community in Bunia, said the court had let off", "Mathieu Ngudjolo Chui in 2012.",
  ("Marcel Ukeli", C, neg, "International Criminal Court", "invented elder (person); the sentence opens with the paper's narration ('Not everyone ...' is a separate unit); accusation of one-sided justice"))
U(d, "\"Our people also buried their dead.", "Ukeli said.",
  ("Marcel Ukeli", C, neg, "International Criminal Court", "multi-sentence quote; 'a justice that looks in only one direction' = judgement"))
U(d, "The UPC, which now operates as a political party, said in a statement issued in Bunia", "to remain calm.",
  ("Union of Congolese Patriots", T, neu, "", "new party actor (the alias 'UPC' already belongs to a CAR group, so it is not declared); 'taking note' + appeal for calm = calling_for_talks"))
U(d, "Jean-Paul Mulindwa, who coordinates civil society groups in Ituri, said people in Djugu territory", "since last year.",
  ("Jean-Paul Mulindwa", N, neg, "", "invented civil-society coordinator (person); the question of impunity for current killings, no actor named or judged (unsure: could be condemning)"))
U(d, "In Kinshasa, Communication Minister and government spokesman Lambert Mende said", "handed Lubanga over in 2006.",
  ("Democratic Republic of the Congo", S, pos, "International Criminal Court", "minister speaks for the state; approval of the verdict and of its own cooperation with the court; Kinshasa = place"))
U(d, "The governor of Ituri, Jean Bamanisa Saidi, called on the Hema and Lendu communities", "from their homes.",
  ("Democratic Republic of the Congo", T, neg, "", "provincial governor resolves to his state (labels/README); appeal against renewed ethnic strife"))
U(d, "The head of the UN mission in Congo (MONUSCO), Leila Zerrougui, welcomed the judgment", "Ituri and elsewhere.",
  ("United Nations", S, pos, "", "welcome of the ICC judgment + continued help to Congolese military courts: two actors backed -> target empty"))
U(d, "Amnesty International said the conviction must not close the chapter", "never reached a courtroom.",
  ("Amnesty International", T, neu, "Democratic Republic of the Congo", "appeal to arrest and try other commanders, no explicit judgement of Kinshasa (unsure: implies criticism)"))
U(d, "Human Rights Watch said the judgment would matter most if it was followed by arrests", "massacring civilians in the Kivus.",
  ("Human Rights Watch", C, neg, "FDLR", "call for arrests + accusation of massacres by the FDLR's fighters: the judgement decides (rule 1)"))
# "Ntaganda, who was born in Rwanda, lived openly in Goma ..." and "His trial opened ..." = background narration, no row.
U(d, "She said her office would now ask the judges for a sentence", "suffering in Ituri.",
  ("International Criminal Court", C, neg, "Bosco Ntaganda", "'She' = Bensouda; seeking a heavy sentence = a punitive measure sought against him"))
U(d, "Mende said Kinshasa would hand over any other suspect the court wanted", "anyone it sought.",
  ("Democratic Republic of the Congo", S, pos, "International Criminal Court", "surname only; pledge of cooperation = backing the court by act; Kinshasa = metonym"))
