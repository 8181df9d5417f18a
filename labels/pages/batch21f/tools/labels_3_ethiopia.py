# ------------------------------------------------------------------ Ethiopia's disputed 2005 election and the November crackdown (East African news site, full HTML, 2005-11-04)
d = "page_ethiopia_election_eastafricasite.html"
# No row: top bar, masthead, tagline, nav, breaking ticker, kicker, headline, standfirst, byline, figcaption with credit,
# dateline (excluded from the first unit), crossheads, ADVERTISEMENT, "Read also:", tags, share bar, comments, most read, footer.
U(d, "Ethiopian Prime Minister Meles Zenawi on Thursday accused the leaders", "more than 40 people had died.",
  ("Ethiopia", C, neg, "Coalition for Unity and Democracy", "long lead: accusation + narration of the toll (hospital workers and officials: no actor)"))
U(d, "Speaking to parliament, which the CUD has boycotted", "topple an elected government.",
  ("Ethiopia", C, neg, "Coalition for Unity and Democracy", "accusation (a campaign to topple the government)"))
U(d, "\"They lost the argument in the ballot box and in the courts", "he said.",
  ("Ethiopia", C, neg, "Coalition for Unity and Democracy", "'will not bow to ultimatums ... will not hand the capital' = a judgement without stock words + a warning; multi-sentence quote closed by its speaker"))
U(d, "He said the detained opposition leaders would be brought before the courts", "\"without fear or favour\".",
  ("Ethiopia", C, neg, "Coalition for Unity and Democracy", "prosecution of the other side's leaders announced = a measure against another side (unsure: could be read as neutral procedure)"))
U(d, "Information Minister Berhanu Hailu told reporters that seven police officers", "had been wounded.",
  ("Ethiopia", N, neu, "", "casualty figures from an actor -> neutral, neutral tone"))
U(d, "He said the security forces had opened fire only where crowds", "as \"simply false\".",
  ("Ethiopia", N, neg, "", "'He' = Berhanu Hailu; justification of the police and a denial ('simply false') -> neutral, negative"))
U(d, "Federal police said on Thursday that troops and riot units had been deployed", "had been contained.",
  ("Ethiopia", N, neu, "", "federal police = Ethiopia; deployment and 'threat' as topics of an operational report -> neutral"))
# No row: "CUD chairman Hailu Shawel was arrested at his home ..." and "The veteran human rights campaigner ... was also taken into custody." (narration, passive)
U(d, "A CUD official who remained at liberty", "never asked anyone to take up arms.",
  ("Coalition for Unity and Democracy", N, neg, "", "unnamed official of a named party speaks for it; account of its own call + denial of incitement -> neutral, negative"))
U(d, "The official said the government had answered unarmed young people with live ammunition", "political life altogether.",
  ("Coalition for Unity and Democracy", C, neg, "Ethiopia", "accusation of the government (live ammunition, pretext)"))
U(d, "In a statement posted on its website, the coalition appealed to its supporters", "resume their efforts.",
  ("Coalition for Unity and Democracy", T, neu, "", "appeal for calm + request for renewed mediation -> calling_for_talks"))
# No row: "The crisis has its roots in the May 15 vote ..." and "At least 36 people were killed in the capital in June ..." (background narration)
U(d, "The European Union's election observation mission concluded", "intimidation of opposition supporters.",
  ("European Union", C, neg, "Ethiopia", "EU observation mission = EU; findings that the count fell short of standards + intimidation = a negative judgement of the authorities' conduct"))
U(d, "The government had already expelled three American groups", "the necessary permits.",
  ("Ethiopia", C, neg, "", "an expulsion done, with its stated reason = a measure against another side -> condemning; the groups are NGOs, not the US state -> target empty"))
U(d, "Ethiopian officials have dismissed the mission's findings throughout", "from the start.",
  ("Ethiopia", C, neg, "European Union", "dismissal (a denial) + accusation of bias aimed at the EU mission's chief: the accusation decides"))
U(d, "Gomes, speaking in Brussels, said the killings in Addis Ababa were the result", "voters in the capital had told it.",
  ("European Union", C, neg, "Ethiopia", "chief of the EU observation mission speaking of its findings = EU (unsure: as an MEP she could be her own actor); the killings laid at the government's door"))
U(d, "\"I saw in June what these security forces are capable of", "she said.",
  ("European Union", C, neg, "Ethiopia", "judgement + call to stop funding the government (a measure) -> condemning"))
U(d, "The European Union presidency, held by Britain until the end of the year", "through dialogue.",
  ("European Union", T, neg, "", "'deplored the loss of life' blames no one + appeal for restraint and dialogue to both sides -> calling_for_talks, negative (unsure: 'deplored' could be read as a judgement)"))
U(d, "The statement also called for the release of the detained opposition leaders", "tried in open court.",
  ("European Union", T, neu, "Ethiopia", "demand for release or fair trial, no judgement word"))
U(d, "A government spokesman said Addis Ababa welcomed the presidency's appeal for restraint", "into the streets.",
  ("Ethiopia", C, neg, "Coalition for Unity and Democracy", "welcome + judgement: the blame laid on the CUD decides (rule 1); Addis Ababa = metonym"))
U(d, "Britain's International Development Secretary Hilary Benn, who in June put on hold", "through the Ethiopian treasury.",
  ("United Kingdom", C, neg, "Ethiopia", "an aid freeze done (June) and a review of budget support = measures against the government -> condemning; Addis Ababa = metonym, London = metonym"))
U(d, "\"We will keep helping poor Ethiopians, but I cannot ask British taxpayers", "he told the BBC.",
  ("United Kingdom", C, neg, "Ethiopia", "'a government that jails its opponents' = judgement + withholding of money; the BBC is only the channel"))
U(d, "In Washington, State Department spokesman Sean McCormack said the United States was troubled", "for their political views.",
  ("United States", C, neg, "Ethiopia", "'excessive use of force' = a judgement + a demand to free detainees: rule 1"))
U(d, "He said the United States also expected the opposition to renounce any call to violence", "brokered in the summer.",
  ("United States", T, pos, "", "demand to the opposition with no judgement word + hope for talks between both sides -> calling_for_talks; target empty (both sides)"))
U(d, "The African Union, whose headquarters stands a short drive", "with great concern.",
  ("African Union", N, neg, "", "'the Commission' = AU Commission; concern with no appeal -> neutral, negative"))
U(d, "UN Secretary-General Kofi Annan, in a statement issued by his spokesman", "off the streets.",
  ("United Nations", T, neg, "Ethiopia", "appeal for restraint to the authorities and to all leaders, no judgement"))
U(d, "Human Rights Watch said the government had once again turned live fire", "opposition politicians.",
  ("Human Rights Watch", C, neg, "Ethiopia", "accusation of the government"))
U(d, "Tewodros Alemayehu, an Ethiopian political scientist", "survived at all.",
  ("Tewodros Alemayehu", N, neg, "", "independent scholar; stakes, no judgement"))
U(d, "\"The government has shown that it will use force", "he said.",
  ("Tewodros Alemayehu", N, neg, "", "assessment of both sides' positions, no judgement word"))
U(d, "\"The risk is that politics moves to the universities", "bloodier than this one.\"",
  ("Tewodros Alemayehu", N, neg, "", "the same quote continued after its attribution = own unit; a scenario"))
U(d, "He said donors were caught between the government's record on poverty reduction", "slow to take effect.",
  ("Tewodros Alemayehu", N, neu, "", "interests and constraints of the donors, no judgement"))
U(d, "Grace Wanjiru, a Nairobi-based researcher on the politics of the Horn", "disputed border.",
  ("Grace Wanjiru", N, neg, "", "independent researcher; regional risk in war vocabulary ('troops'), no judgement"))
U(d, "\"A government that feels besieged at home tends to look for enemies abroad", "she said.",
  ("Grace Wanjiru", N, neg, "", "a general scenario, no actor judged"))
U(d, "She said the donors had been far too slow to speak up after the June shootings", "further budget support.",
  ("Grace Wanjiru", C, neg, "", "judgement of the donors ('far too slow') + a call for aid conditions on the government: condemning; donors = several actors -> target empty"))
# No row: "Shops in parts of Merkato reopened on Friday, but residents said ..." (residents are no actors)
