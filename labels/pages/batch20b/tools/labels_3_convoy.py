# ------------------------------------------------------------------ Russia's aid convoy to Lugansk without Kiev's consent (Russian state media in English, 2014-08-23)
d = "page_convoy_lugansk_statemedia.txt"
# No row: menu, trends, headline, published/edited time, "Get short URL", photo caption with credit, "Read more:" links,
# capitals crossheads, ADVERTISEMENT, tags, share bar, comments line, follow prompt, copyright.
# The outlet's own editorial lines are not statements (the outlet is not an actor): "Moscow has spent days pushing ...",
# "The reaction from Kiev was furious.", "Kiev has never explained why inspections ... were not completed.",
# "The aid was checked by Ukrainian officials ... sealed in the presence of Red Cross staff." (no source given),
# "Washington responded with threats." (summary line), the last paragraph (Merkel's visit and Minsk talks announced as narration).
U(d, "All the Russian trucks that carried humanitarian aid", "for more than a week.",
  ("Russia", N, pos, "", "long lead: Emergencies Ministry = Russia, own operation reported as done; 'the paperwork that Kiev had been holding up' is the outlet's voice (no Russia judgement attributed in this sentence)"))
U(d, "According to the ministry, the vehicles unloaded close to 1,800 tonnes", "before turning back.",
  ("Russia", S, neu, "", "aid delivered, with figures = supporting by act; recipients are civilians of Lugansk (no canonical target)"))
U(d, "In a statement published on its website on Friday morning, the Russian Foreign Ministry accused", "water and light.",
  ("Russia", C, neg, "Ukraine", "accusation of inventing pretexts"))
U(d, "\"We could not watch this any longer.", "the ministry said.",
  ("Russia", N, neg, "", "multi-sentence quote closed by 'the ministry said': justification of its own move + announcement of the convoy's departure, no actor named (unsure: 'could not watch this any longer' implies blame)"))
U(d, "It added that Moscow had no objection to Red Cross staff joining the trucks", "shared out.",
  ("Russia", T, neu, "ICRC", "'It' = the ministry; offer of ICRC escort and monitoring = humanitarian access (unsure: could be neutral)"))
U(d, "The ministry also warned Kiev and the armed groups in the area", "whom to blame.",
  ("Russia", C, neg, "", "warning against stopping the trucks by force = threat; addressed to Kiev and armed groups -> target empty"))
U(d, "President Vladimir Putin explained the decision to German Chancellor Angela Merkel", "the Kremlin press service said.",
  ("Russia", C, neg, "Ukraine", "attribution tail; blame on 'Kiev's stalling' (metonym)"))
U(d, "According to the Kremlin, the two leaders agreed to stay in close contact on Ukraine.", "According to the Kremlin, the two leaders agreed to stay in close contact on Ukraine.",
  ("Russia", T, neu, "Germany", "agreement to keep talking = calling_for_talks"),
  ("Germany", T, neu, "Russia", "Germany's position reported by the Kremlin = Germany's statement too (guide: X's position reported by Y)"))
U(d, "In Berlin, government spokesman Steffen Seibert said the chancellor had told Putin", "make a tense situation worse.",
  ("Germany", N, neg, "", "Seibert = Germany (name files); worry without an appeal = neutral, negative; Berlin = place"))
# No row: "Merkel travels to Kiev on Saturday." (travel plan as narration)
U(d, "At the UN Security Council, which met in an emergency session on Friday", "reached the hungry.\"",
  ("Russia", C, neg, "", "Churkin (alias of Russia) speaks for Russia, not the Council; quote opened after a colon; accusation of unnamed 'Western members' -> target empty"))
U(d, "US Ambassador Samantha Power told the same meeting", "at once.",
  ("United States", C, neg, "Russia", "'violated Ukraine's sovereignty' + demand to withdraw: rule 1"))
U(d, "Valentyn Nalyvaichenko, head of Ukraine's SBU security service, called the convoy", "Lugansk region.",
  ("Ukraine", C, neg, "Russia", "SBU chief = Ukraine; 'invasion in disguise' + accusation; the outlet's 'without offering evidence' is not a position"))
U(d, "He said, however, that Ukrainian forces had been ordered not to fire", "drawn into a clash.",
  ("Ukraine", N, neu, "", "pronoun subject = Nalyvaichenko; own restraint as an order given, no appeal to others = neutral"))
U(d, "President Petro Poroshenko described the entry as a gross breach of international law", "his office said.",
  ("Ukraine", C, neg, "Russia", "judgement; the Commission's president is an object (no EU row)"))
U(d, "The Ukrainian Foreign Ministry demanded that the trucks be withdrawn", "Russian embassy.",
  ("Ukraine", C, neg, "Russia", "protest note = diplomatic protest (condemning) + demand"))
U(d, "The International Committee of the Red Cross confirmed on Friday", "would be safe.",
  ("ICRC", N, neg, "", "facts + reason for not escorting; no judgement of anyone"))
U(d, "\"We hope the aid reaches the people who need it", "told RIN by phone.",
  ("ICRC", T, pos, "", "unnamed spokesman of a named body = ICRC; hope + appeal for humanitarian access to everyone = calling_for_talks"))
# No row: "The organization had spent more than a week negotiating ..." (background)
U(d, "In Lugansk, the leader of the self-proclaimed Lugansk People's Republic, Igor Plotnitsky", "on Saturday.",
  ("Luhansk People's Republic", S, pos, "Russia", "separatist authority under its canonical name (Lugansk spelling is an alias); thanks = supporting; distribution = own act"))
U(d, "Observers of the Organization for Security and Co-operation in Europe", "by Saturday evening.",
  ("OSCE", N, neu, "", "OSCE observers giving a count"))
U(d, "Pentagon spokesman Rear Admiral John Kirby said Russia had no business", "pull them out at once.",
  ("United States", C, neg, "Russia", "judgement + threat of a higher price and isolation (ultimatum) = condemning"))
U(d, "NATO Secretary General Anders Fogh Rasmussen said Moscow had once again ignored", "Ukrainian forces.",
  ("NATO", C, neg, "Russia", "judgement without stock words ('gone back on its word') + accusation about artillery"))
U(d, "\"Not a single one of these allegations has been backed up", "of the artillery claims.",
  ("Russia", N, neg, "", "denial of NATO's accusation = neutral, negative (Konashenkov, alias of Russia); multi-sentence quote closed by its speaker"))
U(d, "The European Union said it deeply regretted Moscow's decision", "withdraw it immediately.",
  ("European Union", C, neg, "Russia", "'deeply regretted' = judgement + demand: rule 1"))
U(d, "Kristalina Georgieva, the EU commissioner for humanitarian aid, said the bloc was finalizing", "the UN and the Red Cross.",
  ("European Union", S, neu, "Ukraine", "commissioner = EU (not declared as alias: she left the post); 'the bloc is finalizing a package' = backing by act; target = civilians of eastern Ukraine"))
U(d, "The UN's humanitarian office said that more than 250,000 people remained in Lugansk", "weeks of fighting.",
  ("United Nations", N, neu, "", "OCHA = UN; figures, no source of blame"))
U(d, "\"Kiev spent ten days arguing about forms", "Viktor Laptev told RIN.",
  ("Viktor Laptev", C, neg, "Ukraine", "independent analyst (invented) with an explicit judgement ('a moral failure'); Kiev = metonym"))
U(d, "\"The most likely outcome is a second convoy", "he added.",
  ("Viktor Laptev", N, neg, "", "scenario, no judgement"))
U(d, "\"This convoy was as much about politics as about food.", "served in Moscow and Kiev.",
  ("Jonathan Rees", N, neu, "", "former diplomat (invented), independent; assessment of both sides' interests, no judgement"))
U(d, "\"The greatest risk is that a relief operation becomes a template.", "Rees said.",
  ("Jonathan Rees", N, neg, "", "risk scenario, no appeal"))
U(d, "He added that both governments should let the ICRC run the next delivery", "their first item.",
  ("Jonathan Rees", T, neu, "", "appeal to both sides to let the ICRC run the aid = calling_for_talks; target empty (both)"))
