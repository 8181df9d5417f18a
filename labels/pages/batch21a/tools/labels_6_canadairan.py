# ------------------------------------------------------------------ Canada closes its Tehran embassy and expels Iranian diplomats; Iran's response (Iranian state media, 2012-09-10)
d = "page_canada_iran_ties_statemedia.txt"
U(d, "Iran's Foreign Minister Ali Akbar Salehi says the Canadian government's decision", "service of the Zionist regime.",
  ("Iran", C, neg, "Canada", "lead in the present tense; 'no rational basis' + 'at the service of the Zionist regime' = judgement; Ottawa = metonym as object; 'the Zionist regime' = Israel, an object here"))
U(d, "Speaking to the news website of the Islamic Consultative Assembly (Majlis) on Monday, Salehi said", "Canada's decision.",
  ("Iran", N, neg, "", "denial that the nuclear programme justifies the move = neutral, negative; the IAEA is an object"))
U(d, "He said a government that had cut off some 400,000 Iranians", "lecture others on human rights.",
  ("Iran", C, neg, "Canada", "pronoun subject; 'in no position to lecture others' = judgement without stock words"))
U(d, "Canada's Foreign Minister John Baird announced the closure of the Canadian embassy in Tehran", "gravest danger to world peace.",
  ("Canada", C, neg, "Iran", "closure + accusation reported by state media with its own loaded verb ('claiming'); Vladivostok = place"))
U(d, "Baird said all Canadian diplomats had already left Tehran", "leave the country.",
  ("Canada", C, neg, "Iran", "expulsion of diplomats = condemning; Tehran and Ottawa = places"))
U(d, "He also cited Iran's support for the Syrian government", "threats against the Zionist regime.",
  ("Canada", C, neg, "Iran", "pronoun subject; reasons given = accusations; 'the Zionist regime' is the outlet's wording inside reported speech, not Canada's"))
U(d, "Ottawa also placed the Islamic Republic on its list of state sponsors of terrorism", "in Canadian courts.",
  ("Canada", C, neg, "Iran", "Ottawa = metonym; listing as a state sponsor of terrorism = measure"))
U(d, "In a separate statement on the terrorism listing, Baird said Canada had no information", "strike on Iran.",
  ("Canada", N, neu, "", "denial of knowledge of a military strike = neutral"))
# "The Canadian move came less than two weeks after Tehran hosted the 16th summit of the Non-Aligned Movement ..." : the outlet's own narration and jab at 'Western governments' -> no row
# "Canada's embassy in Tehran had been shut once before, in January 1980 ..." / "It reopened in 1988." / "Ottawa has had no ambassador in Tehran since 2007 ..." : background narration -> no rows
# "Britain's embassy in Tehran has been closed since November 2011 ..." / "Britain then expelled Iranian diplomats from London." : background narration in the outlet's voice (a past measure recalled, not a position taken on the page) -> no rows
U(d, "Foreign Ministry spokesman Ramin Mehmanparast said on Friday that the move was a reckless step", "its trademark.",
  ("Iran", C, neg, "Canada", "'a reckless step ... hostility its trademark' = judgement"))
U(d, "He said the Canadian government was taking its orders from the Zionists and from London", "residents in Canada.",
  ("Iran", C, neg, "Canada", "pronoun subject; accusation of subservience + list of Canada's past measures; London = metonym as object (no UK row)"))
U(d, "\"The Islamic Republic will give a fitting response to this decision", "the spokesman said.",
  ("Iran", C, neg, "Canada", "multi-sentence quote closed by the role ('the spokesman'); threat of a response"))
U(d, "In a statement issued on Saturday, the Foreign Ministry said the Canadian government bore full responsibility", "nationals in Canada.",
  ("Iran", C, neg, "Canada", "'bore full responsibility' = holding Canada responsible"))
U(d, "The statement said Iran would ask a friendly country to look after its interests", "obtain consular services.",
  ("Iran", N, neu, "", "own plans and procedure"))
U(d, "A notice posted on the door of the Iranian embassy in Ottawa told Iranians", "unfriendly decision.",
  ("Iran", C, neg, "Canada", "the embassy speaks for Iran; suspension of services blamed on Canada's 'unfriendly decision' (judgement)"))
# "Related: Iranian students in Canada fear for tuition transfers" : link title -> no row
U(d, "The Majlis said in a statement on Saturday that Speaker Ali Larijani would not travel", "Inter-Parliamentary Union.",
  ("Iran", N, neu, "", "the Majlis = Iran; cancelling attendance with no protest stated in the sentence = neutral"))
U(d, "Alaeddin Boroujerdi, who chairs the parliament's National Security and Foreign Policy Committee, said", "remained in office.",
  ("Iran", C, neg, "Canada", "the reason given = refusal in protest at 'hostile conduct' = condemning"))
# "Zionist regime applauds" : crosshead -> no row
U(d, "The Israeli prime minister, Benjamin Netanyahu, was quick to praise the decision", "follow Ottawa's example.",
  ("Israel", S, pos, "Canada", "praise + appeal to follow (not a peace appeal) = supporting"))
U(d, "In Washington, State Department spokesman Patrick Ventrell said", "increase the pressure on Iran.",
  ("United States", S, pos, "Canada", "backing of Canada's concerns + appeal for more pressure on Iran: one row, the backing of Canada (unsure: could be condemning Iran)"))
# "In Canada itself the move drew criticism." : summary line -> no row
U(d, "Paul Dewar, foreign affairs critic of the opposition New Democratic Party, said", "at a tense time.",
  ("New Democratic Party", C, neg, "Canada", "opposition party judging its own government's decision"))
# "Members of the Iranian community in Toronto told IGN ..." : unnamed speakers -> no row
U(d, "Hamid Rezaei, a professor of international relations at a university in Tehran, told IGN", "than with Iran.",
  ("Hamid Rezaei", N, neu, "", "independent scholar under his own name (speaks to state media, not for the state); assessment"))
U(d, "\"Ottawa has very little trade with Iran", "Rezaei said.",
  ("Hamid Rezaei", N, neg, "", "multi-sentence quote; interests and cost, 'cheap gesture' is a jibe but mostly an assessment (unsure: could be condemning)"))
U(d, "\"The real risk is for ordinary people", "\" he said.",
  ("Hamid Rezaei", N, neg, "", "quote continued in its own paragraph; risk for ordinary people"))
U(d, "He said the Harper government had subordinated Canada's own interests", "mouthpiece for Tel Aviv.",
  ("Hamid Rezaei", C, neg, "Canada", "judgement; Tel Aviv = Israel as object"))
U(d, "Martin Greaves, a Toronto-based author who has written on Canadian foreign policy, said", "talk of war was rising.",
  ("Martin Greaves", N, neg, "", "independent author; assessment"))
U(d, "\"If there is a military strike next year", "Greaves said.",
  ("Martin Greaves", N, neg, "", "multi-sentence quote; scenario with war vocabulary"))
U(d, "Greaves said Ottawa should keep a channel open through a third country", "tension eased.",
  ("Martin Greaves", T, neu, "Canada", "appeal for a diplomatic channel addressed to Ottawa (metonym)"))
# Commenters: not statements
