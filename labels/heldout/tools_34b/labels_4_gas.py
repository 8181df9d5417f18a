# ------------------------------------------------------------------ Russia-Ukraine gas dispute, supplies resume (international wire copy, .txt, 2009-01-20)
d = "page_gas_dispute_wire.txt"
# No rows: agency menu, section, headline, byline, published line, read time, captions with credits and "1 of 3",
# ADVERTISEMENT, capitals crossheads, Related:, reporting/editing credits, Our Standards, topics, newsletter, most read, copyright.
U(d, "Russian gas began flowing back into Ukraine's transit network on Tuesday", "measured at its own borders.",
  ("European Union", N, neg, "", "long lead: the resumed flow and the contract are narration (passive, no signatory named); the EU withholds judgement until gas arrives = neutral, wary tone; dateline excluded"))
U(d, "Gazprom spokesman Sergei Kupriyanov said the two companies had begun restarting", "as ordered overnight by their chiefs.",
  ("Gazprom", N, neu, "", "company as its own actor (name files); operational fact; Naftogaz is mentioned as co-actor of a fact, not a position"))
U(d, "Naftogaz said gas bound for Europe was moving west", "a day and a half.",
  ("Naftogaz", N, neu, "", "Ukraine's state company as its own actor (like Gazprom); transit facts"))
U(d, "Martin Riman, the Czech industry minister who speaks for the EU's rotating presidency", "collected in Moscow.",
  ("European Union", N, neg, "", "a minister speaking in the name of the EU presidency = EU (guide: chair of a body), not the Czech Republic; a wait-and-see condition, no appeal = neutral; Moscow = place"))
U(d, "José Manuel Barroso, the president of the European Commission, warned last week", "breach of contract.",
  ("European Union", C, neg, "", "conditional threat of legal action against both = condemning; two actors -> target empty"))
U(d, "He told the European Parliament in Strasbourg that the episode had cost Moscow and Kiev", "placed in them.",
  ("European Union", C, neg, "", "'He' = Barroso; judgement of both suppliers' conduct; Moscow and Kiev = metonyms, two targets -> empty; the Parliament is the audience, not a speaker"))
U(d, "Russian Prime Minister Vladimir Putin, who settled the price terms", "back to their normal level.",
  ("Russia", N, neu, "", "order given to Gazprom = own measure reported, no judgement; the Sunday deal with Tymoshenko is narration in a relative clause"))
U(d, "He said Ukraine would pay European-level prices minus a 20 percent discount", "2008 level.",
  ("Russia", N, neu, "", "'He' = Putin; terms of the deal = facts"))
U(d, "Putin again accused Kiev of having siphoned off gas", "stop pumping.",
  ("Russia", C, neg, "Ukraine", "accusation of theft; Kiev = metonym for Ukraine"))
U(d, "Tymoshenko said the talks had gone on through the night", "in the last decade.",
  ("Ukraine", N, pos, "", "surname alone after role+name earlier; self-praise of own deal = neutral, positive"))
U(d, "She rejected once more the charge that Ukraine had stolen gas", "running in the frost.",
  ("Ukraine", N, neg, "", "'She' = Tymoshenko; denial = neutral, negative"))
U(d, "President Viktor Yushchenko's office, however, said the head of state had not been consulted", "served Ukraine's interests.",
  ("Ukraine", N, neg, "", "the president's office = Ukraine; an internal reservation about one's own government's deal, no judgement of another actor (unsure: could be read as a judgement of Tymoshenko's deal, but no other actor is involved)"))
U(d, "Oleh Dubyna, the chief executive of Naftogaz, who put his name to the contracts", "on time.",
  ("Naftogaz", N, pos, "", "own commitment to pay = reassurance (neutral, positive); Miller is named only in the relative clause"))
U(d, "Miller said Gazprom would nonetheless pursue its claims", "arbitration court in Stockholm.",
  ("Gazprom", C, neg, "Naftogaz", "surname alone (Gazprom head); legal claim against the other party = measure (condemning, unsure: could be read as neutral procedure)"))
# No row: "The quarrel over prices and debts had dragged on through December, as it had three years earlier." (background)
U(d, "Gazprom cut off gas for Ukraine's own consumers on New Year's Day", "talks broke down.",
  ("Gazprom", C, neg, "Ukraine", "specific act reported as done: supply cut-off = measure against the other side (condemning); Ukraine's consumers as target"))
U(d, "On January 7 the flow to Europe stopped entirely, with Gazprom saying", "stopped pumping.",
  ("Gazprom", C, neg, "Ukraine", "accusation inside a narrative sentence (Ukraine closed the routes)"),
  ("Naftogaz", C, neg, "Russia", "counter-accusation in the same sentence (Russia stopped pumping); one row per actor"))
U(d, "Alexander Medvedev, Gazprom's deputy chief executive, told reporters in Brussels", "gas had gone.",
  ("Gazprom", C, neg, "Ukraine", "the Gazprom executive, not the Russian president of the same surname; veiled accusation (Kiev = metonym); Brussels = place"))
U(d, "In the Kremlin, President Dmitry Medvedev said Russia was a dependable supplier", "on the route.",
  ("Russia", T, pos, "", "self-reassurance + readiness to accept international monitors = agrees to a peaceful mechanism (calling_for_talks, unsure: could be neutral self-praise); the Kremlin = place here"))
U(d, "Czech Prime Minister Mirek Topolanek, whose country took over the EU's rotating presidency", "resumed deliveries had been removed.",
  ("European Union", T, pos, "", "the Czech PM brokering the monitoring deal as EU presidency = EU (guide: speaking as chair); mediation + 'nothing left to stop deliveries' = calling_for_talks; both sides -> target empty"))
# No row: "They did not resume." (narration)
U(d, "Russia said a declaration Ukraine had attached to the text voided it", "new exchange of accusations.",
  ("Russia", N, neg, "", "a Russian position inside a recap sentence: the text declared void because of Ukraine's annex = procedural objection with no grievance stated (neutral, negative; unsure: could be read as a rejection in protest); the rest of the sentence is narration"))
U(d, "At home, Topolanek told Czech public radio that stored gas", "never been at risk.",
  ("Czech Republic", N, pos, "", "the same man speaking as Czech PM about his own country = Czech Republic, not the EU; reassurance = neutral, positive"))
U(d, "Slovakia, which gets nearly all of its gas from Russia through Ukraine, declared a state of emergency", "EU accession terms.",
  ("Slovakia", N, neg, "", "own emergency measures and readiness to restart a reactor, no judgement of another actor = neutral (unsure: defiance of the EU's terms could be read as condemning)"))
U(d, "Fico, who flew to Kiev and then to Moscow, said the Ukrainian side bore the main blame", "cut-off.",
  ("Slovakia", C, neg, "Ukraine", "surname alone; blame; Kiev and Moscow = places"))
U(d, "Bulgaria's economy ministry said deliveries had stopped completely", "have to close.",
  ("Bulgaria", N, neu, "", "facts and own measures (closures), no judgement (neutral tone)"))
U(d, "Prime Minister Sergei Stanishev said Bulgaria, the EU member hit hardest", "Gazprom and Naftogaz.",
  ("Bulgaria", C, neg, "", "claim for compensation = holding both companies responsible (condemning); two targets -> empty"))
U(d, "He also asked Brussels to allow Bulgaria to bring back into service", "Kozloduy nuclear plant.",
  ("Bulgaria", N, neg, "", "'He' = Stanishev; a request to the EU for permission (not aid given, not talks) = neutral; Brussels = metonym for the EU as addressee"))
U(d, "Energy commissioner Andris Piebalgs said the Commission would propose rules", "with their neighbours.",
  ("European Union", N, neu, "", "plans = neutral"))
U(d, "An EU official said the monitors had found nothing in their first days", "January 7 shutdown.",
  ("European Union", N, neu, "", "unnamed official of a named body = EU (guide); finding reported, no judgement"))
# No row: the Moscow-based energy analyst (unnamed, not an actor) and the London traders (narration).
U(d, "The Greek government said it had sent gas from its liquefied natural gas terminal", "for the first time.",
  ("Greece", S, neu, "Bulgaria", "backing by act: emergency supplies sent to Bulgaria = supporting; Athens = place"))
U(d, "The Czech government said it had let German gas be routed through its network to Slovakia", "second week of the halt.",
  ("Czech Republic", S, neu, "Slovakia", "backing by act (transit of emergency gas) = supporting; Germany only as the gas's origin (adjective), no German row"))
# No row: Serbia, Bosnia and Moldova without gas (narration)
