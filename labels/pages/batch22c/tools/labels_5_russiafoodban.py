# ------------------------------------------------------------------ Russia's August 2014 food import ban (Russian state media, .txt, 2014-08-19)
d = "page_russiafoodban_statemedia.txt"
# No row: agency menu, section, time line, headline, standfirst, photo captions with credits, "Read also", crossheads, ADVERTISEMENT,
# tags, related links, follow prompt, most read, copyright. The agency's own framing is not an actor.
U(d, "Russia's ban on food imports from countries that imposed sanctions against it", "largest foreign market.",
  ("Russia", C, neg, "", "dateline excluded; long lead: the ban kept for a year (a measure against several states -> target empty) + a conditional review offer; the measure decides"))
# "The ban, introduced on August 7 under a decree signed by President Vladimir Putin ..." = background of the same measure, no row.
U(d, "\"We did not choose this path.", "meeting of the government.",
  ("Russia", C, neg, "", "two-sentence quote closed by its speaker = one unit; blame on 'our partners' (several, unnamed) -> target empty"))
# "The measures we have taken are a response, and they are proportionate." = continued quote, left without a row.
U(d, "He said the government would monitor prices every day", "without reason.",
  ("Russia", N, neu, "", "pronoun = Medvedev; own procedure = neutral"))
U(d, "Russia's Agriculture Minister Nikolai Fyodorov said the country would make up", "was possible.",
  ("Russia", N, neu, "", "plans and a price forecast = neutral"))
# Fyodorov's "There will be no shortages ..." quote = reassurance, left without a row.
U(d, "The head of the veterinary and phytosanitary watchdog Rosselkhoznadzor, Sergei Dankvert,", "Chile and Ecuador.",
  ("Russia", N, neu, "", "state agency = Russia; procedure (new suppliers approved)"))
U(d, "Dankvert also warned that attempts to bring banned goods into Russia through third countries", "Russian market.",
  ("Russia", C, neg, "", "surname alone; warning of sanctions on exporters evading the ban = threat; no state named -> target empty"))
U(d, "Russian Foreign Minister Sergei Lavrov said last week that the West had only itself to blame", "for the situation.",
  ("Russia", C, neg, "", "blame on 'the West' (not a canonical actor) -> target empty"))
U(d, "\"Those who started the sanctions spiral should not be surprised", "press conference in Moscow.",
  ("Russia", C, neg, "", "two-sentence quote closed by its speaker; judgement of the sanctioning states; Moscow = place"))
U(d, "The minister added that Moscow remained open to dialogue with the European Union", "mutual respect.",
  ("Russia", T, pos, "European Union", "'The minister' = Lavrov; offer of dialogue = calling_for_talks; Moscow = metonym"))
U(d, "The European Commission said on Monday that it was assessing the impact", "height of the harvest.",
  ("European Union", N, neu, "", "own assessment and planned support for its farmers (not an actor) = neutral"))
U(d, "European Commission spokesman Roger Waite told reporters", "World Trade Organization.",
  ("European Union", C, neg, "", "'taken for political reasons and not justified' = judgement + a possible complaint; Russia not named in the sentence -> target empty"))
U(d, "EU agriculture commissioner Dacian Cioloș announced an emergency package", "free of charge.",
  ("European Union", N, neu, "", "own support measure for growers, figures = neutral (aid to its own producers, not to an actor)"))
# Cioloș's quote ("We will not leave our farmers ...") left without a row.
# "In Washington, State Department spokeswoman Marie Harf said earlier that the ban would hurt Russian consumers ..." = summary line before her quote, no row.
U(d, "\"This is a decision that will raise prices for ordinary Russians", "actions in Ukraine.",
  ("United States", C, neg, "Russia", "judgement of Russia's decision + coordination on 'Russia's actions in Ukraine'"))
U(d, "Russia's Ministry of Economic Development noted that US agricultural exports", "American farm sales abroad.",
  ("Russia", N, neu, "", "figures given by a ministry = neutral"))
# "Poland, the EU's biggest apple producer, ... among the most vocal critics of the decision." = summary line, no row.
U(d, "Polish Agriculture Minister Marek Sawicki said Warsaw would ask the European Commission", "trade measure.",
  ("Poland", C, neg, "Russia", "WTO complaint + 'political punishment dressed up as a trade measure'; Warsaw = metonym; the Commission is an object"))
U(d, "Sawicki had already urged Poles to eat more apples", "Polish social networks.",
  ("Poland", N, neu, "", "earlier appeal to its own public to buy domestic fruit: a specific act, no judgement, no appeal to another party = neutral (unsure)"))
U(d, "Rosselkhoznadzor has for months criticised Polish produce", "nothing to do with politics.",
  ("Russia", C, neg, "Poland", "criticism of Polish produce + denial of political motives; the criticism decides"))
U(d, "In Oslo, Fisheries Minister Elisabeth Aspaker said the ban would hit Norway's salmon exporters hard", "new buyers.",
  ("Norway", N, neg, "", "impact and own support plan = neutral; Oslo = place"))
U(d, "\"We regret the Russian decision, but Norway stands firmly", "Aspaker said.",
  ("Norway", C, neg, "Russia", "'regret' aimed at Russia's decision + standing by the sanctions = condemning"))
U(d, "Australia's Agriculture Minister Barnaby Joyce said the country's farmers would manage", "because of it.",
  ("Australia", C, neg, "", "'would not change its position because of it' = refusal to bow to pressure (judgement without stock words, unsure); Canberra = metonym; target empty"))
U(d, "Belarus, Russia's partner in the Customs Union, said it would not allow its territory", "into Russia.",
  ("Belarus", S, pos, "Russia", "enforcing Russia's ban on its own territory = backing by act"))
U(d, "Belarusian President Alexander Lukashenko said last week that Minsk would not join", "Russian market.",
  ("Belarus", S, pos, "Russia", "refusal to join Western sanctions + more deliveries = backing by act; Minsk = metonym"))
U(d, "\"Belarus will not become a window for smuggling.", "Belarusian state news agency.",
  ("Belarus", S, pos, "Russia", "multi-sentence quote closed by its speaker; help to 'our Russian brothers'; the agency is not an actor"))
# "Experts interviewed by Vestnik disagreed ..." = summary line, no row.
U(d, "\"In the short term, the biggest losers are European farmers", "Institute of Agrarian Markets.",
  ("Dmitry Voronin", N, neg, "", "independent economist; who loses, no judgement"))
# His continued quote on inflation and his sentence on a protected market: left without rows.
U(d, "Voronin said the most likely scenario was that the ban would be extended", "next year.",
  ("Dmitry Voronin", T, pos, "", "scenario + hope for a settlement that lifts the measures = calling_for_talks"))
U(d, "Helga Brandt, a trade economist at the Hamburg-based Institute for European Economic Policy", "spread unevenly.",
  ("Helga Brandt", N, neg, "", "independent economist; cost estimate"))
U(d, "\"The risk is that the EU's unity on sanctions begins to crack", "pay the most.\"",
  ("Helga Brandt", N, neg, "", "continued quote: risk, no judgement"))
# "She was critical of both sides." = summary line, no row.
U(d, "\"Neither Brussels nor Moscow seems to be thinking about the farmers.", "became permanent.",
  ("Helga Brandt", C, neg, "", "judgement of both sides ('a mistake') + appeal to return to talks: rule 1; two capitals as metonyms -> target empty"))
# The Eurostat figure: a statistics office giving a number, left without a row.
