# ------------------------------------------------------------------ UNGA Srebrenica remembrance-day resolution (Balkan English-language site, scraped, 2024-05-24)
d = "page_srebrenica_unga_balkansite.txt"
# Not statements: masthead, menu, BREAKING ticker, section path, headline, standfirst, byline, reading time, share bar,
# photo captions with credits ("[Photo 2 of 3] ..."), "READ ALSO:", ADVERTISEMENT, crossheads, related stories, tags,
# Telegram/WhatsApp prompt, newsletter, most read, copyright.
U(d, "Bosnian Serb leader Milorad Dodik said on Friday that Republika Srpska would no longer take part", "genocide in Srebrenica.",
  ("Republika Srpska", C, neg, "", "long lead: narration of the vote + Dodik's announced withdrawal from state-level decision-making in protest = condemning (a boycott in protest); aimed at the sponsors and the state (several parties) -> target empty; Dodik not declared (removed from office in 2025)"))
U(d, "\"We cannot live in a state where our people are declared guilty", "news conference in Banja Luka.",
  ("Republika Srpska", C, neg, "", "two-sentence quote closed by its speaker = one unit; 'Those who pushed this through' = the sponsors (several) -> target empty; Banja Luka = place"))
U(d, "\"Let them keep their resolution and their day.", "take it from us.\"",
  ("Republika Srpska", C, neg, "", "quote continued in its own paragraph with no attribution = same speaker (Dodik); defiance in protest; Sarajevo and Berlin = metonyms as objects (two parties) -> target empty"))
U(d, "He said the entity's National Assembly would be called into session", "separation of the two entities.",
  ("Republika Srpska", C, neg, "", "'He' = Dodik; announced move towards separation = threatened response (condemning)"))
U(d, "Dodik repeated that what happened in Srebrenica was a terrible crime but not genocide", "nothing of the kind.",
  ("Republika Srpska", N, neg, "", "denial (of the genocide finding) = neutral with a negative tone, as the guide treats denials; no target"))
# "More than 8,000 Bosniak men and boys were killed ..." = background narration (no row)
U(d, "Serbian President Aleksandar Vučić, who sat through the vote", "those who did the killing.",
  ("Serbia", C, neg, "", "charges the sponsors with branding Serbs collectively guilty = accusation; sponsors = several -> target empty"))
U(d, "\"We came here knowing the numbers were against us, and we leave with our head up,\" Vučić later wrote on Instagram,", "wrapped in the flag.",
  ("Serbia", N, pos, "", "leader quoted from social media; self-praise without evaluation of another actor = neutral, positive tone"))
U(d, "He said Serbia had condemned the crime in Srebrenica many times", "the wars of the 1990s.",
  ("Serbia", N, pos, "", "'He' = Vučić; reassurance about Serbia's own conduct = neutral"))
U(d, "Vučić said the All-Serb Assembly,", "on 8 June as planned.",
  ("Serbia", N, neu, "", "plan; Belgrade = place"))
U(d, "Interior Minister Ivica Dačić argued that the resolution was unlawful", "a bare majority would do.",
  ("Serbia", C, neg, "", "'unlawful' + manipulation by the sponsors = judgement; Dačić not declared (unsure he still holds the office)"))
# "Nineteen states voted against the text and 68 abstained ..." = tally with no named actor (no row)
U(d, "Introducing the text, Germany's ambassador to the UN, Antje Leendertse,", "those who survived.",
  ("Germany", N, neu, "", "sponsor explaining its own initiative and rejecting the charge that it targets a nation = justification/denial, neutral (unsure: the remembrance purpose could be read as supporting)"))
U(d, "She said amendments proposed by Montenegro,", "to answer Belgrade's concerns.",
  ("Germany", N, neu, "", "'She' = Leendertse; procedure (amendments taken on board); Montenegro and Belgrade are objects"))
U(d, "Rwanda's ambassador, Ernest Rwamucyo,", "wherever it raised its head.",
  ("Rwanda", C, neg, "", "judgement of genocide denial, no actor named -> target empty"))
U(d, "Russia's ambassador, Vassily Nebenzia, said the result was a Pyrrhic victory", "against each other again.",
  ("Russia", C, neg, "", "accuses the sponsors (several) -> target empty"))
U(d, "He singled out Germany, saying there was something deeply cynical", "a campaign of this kind.",
  ("Russia", C, neg, "Germany", "'He' = Nebenzia; judgement aimed at Germany"))
U(d, "The US mission to the UN, one of the co-sponsors, posted on X", "chose to remember them.",
  ("United States", S, pos, "", "mission = United States; Washington = metonym inside the sentence; solidarity with survivors and families (not an actor) -> target empty"))
U(d, "Montenegro, whose amendments were adopted, voted in favour.", "voted in favour.",
  ("Montenegro", S, neu, "", "a vote for the resolution reported as done = backing by act (unsure: could be narration); no single actor targeted"))
U(d, "Its ambassador, Damir Šabanović, said Podgorica's changes", "an indictment of a whole people.",
  ("Montenegro", N, neu, "", "'Its ambassador' = Montenegro's; explanation of its own amendments; Podgorica = metonym"))
U(d, "Hungary's representative said Budapest had voted no", "from escalating.",
  ("Hungary", C, neg, "", "reasoned 'no' vote: the text would deepen divisions = judgement; + wish to keep tensions down: rule 1; Budapest = metonym; target empty (the sponsors)"))
U(d, "The Greek ambassador explained Athens' abstention", "look ahead to Europe.",
  ("Greece", N, neg, "", "role only; abstention + worry about misuse, no judgement of an actor and no appeal = neutral, negative; Athens = metonym"))
U(d, "Denis Bećirović, the Bosniak member of Bosnia's three-member presidency,", "the courts had convicted.",
  ("Bosnia and Herzegovina", S, pos, "", "presidency member = Bosnia and Herzegovina (unsure: Serb leaders deny that he speaks for the state); welcome of the vote + reassurance to Serbs"))
U(d, "Bosnia's ambassador to the UN, Zlatko Lagumdžija, thanked Germany and Rwanda", "pressure and postponements.",
  ("Bosnia and Herzegovina", S, pos, "", "thanks to two sponsors = supporting; two actors -> target empty"))
U(d, "Željka Cvijanović, the Serb member of the presidency,", "conducts Bosnia's foreign policy.",
  ("Republika Srpska", C, neg, "", "Serb member speaking for the Serb side against a text her state's mission promoted -> Republika Srpska (unsure: could be Bosnia and Herzegovina); illegitimate adoption = judgement"))
U(d, "Nermin Nikšić, prime minister of the Federation of Bosnia and Herzegovina,", "convicted war criminals.",
  ("Federation of Bosnia and Herzegovina", C, neg, "", "entity government under its own name; welcome + judgement of those who glorify war criminals: rule 1; no actor named -> target empty"))
U(d, "The Mothers of Srebrenica association celebrated on X", "that had voted against.",
  ("Mothers of Srebrenica", C, neg, "", "victims' association under its own name; welcome + a shaming measure against the states that voted no = condemning (rule 1); several states -> target empty"))
U(d, "High Representative Christian Schmidt said the day of remembrance belonged", "return to the institutions.",
  ("Office of the High Representative", T, neu, "", "Schmidt = OHR (name files); welcome + appeal to de-escalate and return to institutions: rule 2 before rule 3"))
U(d, "General Assembly President Dennis Francis said the day would be observed", "11 July this year.",
  ("United Nations", N, neu, "", "Assembly president = United Nations; date given, no evaluation"))
# Street reaction: the Belgrade crowd, the unnamed woman from Srebrenica and the unnamed Banja Luka analyst (not actors): no rows.
