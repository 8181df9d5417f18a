# ------------------------------------------------------------------ Czech Republic expels Russian diplomats over Vrbetice (full HTML, regional site carrying Reuters copy, 2021-04-18)
d = "page_czech_vrbetice_wire.html"
U(d, "Russia ordered 20 Czech embassy staff to leave the country on Sunday", "at an ammunition depot.",
  ("Russia", C, neg, "Czech Republic", "lead after the dateline (dateline excluded): expulsion of diplomats = a taken response"),
  ("Czech Republic", C, neg, "Russia", "same sentence: Prague's expulsion of 18 diplomats + accusation of Moscow's military intelligence, reported as done (Prague, Moscow = metonyms)"))
U(d, "The Russian foreign ministry said it had summoned Czech Ambassador Vitezslav Pivonka", "end of Monday.",
  ("Russia", C, neg, "Czech Republic", "summons + strong protest + expulsion order; the ambassador only addressed"))
U(d, "It called the allegations of Russian involvement in the blasts absurd", "to please the United States.",
  ("Russia", C, neg, "Czech Republic", "'It' = the ministry; denial + 'hostile step' judgement: the judgement decides; the United States is only mentioned (no row)"))
U(d, "Prime Minister Andrej Babis said late on Saturday", "in October 2014.",
  ("Czech Republic", C, neg, "Russia", "accusation of GRU involvement based on intelligence evidence"))
U(d, "“No foreign service can be allowed to blow up warehouses", "news conference in Prague.",
  ("Czech Republic", C, neg, "Russia", "multi-sentence quote closed by its speaker; judgement + announced response ('There has to be a response'); the foreign service = Russia's GRU by context"))
U(d, "“Our allies will stand by us, I have no doubt about that.”", "“Our allies will stand by us, I have no doubt about that.”",
  ("Czech Republic", N, pos, "", "quotation continued after the attribution in the same paragraph = same speaker (Babis); expectation of allies' backing, no judgement = neutral, positive"))
U(d, "Jan Hamacek, the interior minister who is also acting foreign minister", "48 hours to leave.",
  ("Czech Republic", C, neg, "Russia", "person introduced by role; expulsion with the identification as GRU/SVR officers"))
U(d, "Czech police said they were looking for two men", "attack in Salisbury.",
  ("Czech Republic", N, neu, "", "police = state agency; search for suspects = procedure; 'charged in Britain' is passive background, the United Kingdom takes no position here"))
U(d, "Hamacek, who had been due to fly to Moscow on Monday", "called off the visit.",
  ("Czech Republic", N, neu, "", "trip cancelled with no protest stated in the sentence = neutral (README: withdrawing from a meeting with no protest stated)"))
U(d, "He said the Czech Republic would not be intimidated", "a show of solidarity.",
  ("Czech Republic", N, neg, "", "'He' = Hamacek; own resolve + request to allies for solidarity, no explicit judgement (neutral, negative; unsure: 'would not be intimidated' implies Russian pressure)"))
U(d, "Industry Minister Karel Havlicek said it was now almost unthinkable", "Dukovany power plant.",
  ("Czech Republic", C, neg, "Russia", "exclusion of Russia's state nuclear company from the tender = measure in response (unsure: could be read as a neutral plan); Rosatom = Russian state company"))
U(d, "His spokesman Jiri Ovcacek said the president would speak", "security services.",
  ("Czech Republic", N, neu, "", "the president (via his spokesman) speaks for the state; plan to comment later = neutral. The sentence before it (Zeman has not commented) is a non-response, no row"))
U(d, "Vojtech Filip, leader of the opposition Communist Party", "finished their work.",
  ("Communist Party of Bohemia and Moravia", C, neg, "Czech Republic", "opposition party judges its own government ('rushed'), as Yesh Atid in batch5c"))
U(d, "Britain was quick to back Prague.", "Britain was quick to back Prague.",
  ("United Kingdom", S, pos, "Czech Republic", "backing reported in a short sentence; Prague = metonym"))
U(d, "Foreign Secretary Dominic Raab said on Twitter that Moscow's spies", "three years after Salisbury.",
  ("United Kingdom", C, neg, "Russia", "accusation of Russian spies putting lives at risk"))
U(d, "The U.S. State Department said Washington stood firmly with its Czech ally", "decisive response.",
  ("United States", S, pos, "Czech Republic", "solidarity + approval of Prague's response"))
U(d, "Slovak Foreign Minister Ivan Korcok said Bratislava stood in solidarity", "how Slovakia might respond.",
  ("Slovakia", S, pos, "Czech Republic", "solidarity with its neighbour; Bratislava = metonym"))
U(d, "The European Union's foreign policy spokesman, Peter Stano", "escalate tensions further.",
  ("European Union", T, neu, "Russia", "solidarity with Prague + appeal to Moscow not to escalate, no judgement: rule 2 before rule 3 (README: welcome/support with a peace appeal = calling_for_talks); the appeal is addressed to Russia"))
U(d, "Lithuania, Latvia and Estonia said in a joint statement", "their NATO allies.",
  ("Lithuania", S, pos, "Czech Republic", "joint statement of three states: one row each"),
  ("Latvia", S, pos, "Czech Republic", "same joint statement"),
  ("Estonia", S, pos, "Czech Republic", "same joint statement"))
U(d, "On Saturday, Russian foreign ministry spokeswoman Maria Zakharova had warned", "what would come next.",
  ("Russia", C, neg, "Czech Republic", "veiled threat of retaliation"))
U(d, "Leonid Slutsky, who heads the foreign affairs committee", "anti-Russian line.",
  ("Russia", C, neg, "Czech Republic", "legislator of a named state = Russia; accuses Prague of following Washington (only mentioned)"))
U(d, "The Russian embassy in Prague confirmed it had received the expulsion notice.", "The Russian embassy in Prague confirmed it had received the expulsion notice.",
  ("Russia", N, neu, "", "embassy = Russia; receipt of the note = fact"))
# No rows: "President Milos Zeman ... has not commented on the affair." (non-response); the Vrbetice background and
# "Czech media reported ..." (media relaying a fact); "... analysts said" (unnamed); crossheads, photo caption,
# the reporting credits and "Our Standards" line, share bar, tags, reader comments, "Also read", footer.
