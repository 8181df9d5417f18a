# ------------------------------------------------------------------ Guyana's no-confidence vote of 21 December 2018 (PPP/C press-release page, 22 Dec 2018 - 3 Jan 2019)
d = "page_guyana_noconfidence_charrandass2018_partyreleases.txt"
# The party's own voice ("The People's Progressive Party/Civic", "The Party", "The PPP/C") = People's Progressive Party/Civic (parties.csv).
# Ministers, the Cabinet, the President and the Prime Minister = Guyana. Not statements: header, address, menu, filter line, separators,
# release kickers and dates, release headlines, contact lines, share bar, "Older releases", follow bar, Related, copyright.
U(d, "The People's Progressive Party/Civic rejects as a desperate invention the claim", "needed 34 votes to pass.",
  ("People's Progressive Party/Civic", C, neg, "Guyana", "the claim is the Government's (Attorney General, named by title); rejection as 'desperate invention' = judgement"))
U(d, "The Attorney General, Basil Williams, told reporters that the Government had known all along", "set the vote aside.",
  ("Guyana", N, neu, "", "a legal argument + plan to go to court, no judgement word (unsure: contesting the vote could be read as condemning the opposition's win)"))
U(d, "\"Thirty-three is a majority of sixty-five in every classroom in this country,\" said Opposition Chief Whip Gail Teixeira.", "said Opposition Chief Whip Gail Teixeira.",
  ("People's Progressive Party/Civic", C, neg, "Guyana", "ridicule of the Government's arithmetic = judgement; party MP = party"))
U(d, "\"The Government accepted that on the night of December 21", "no lawyer's trick can unsay it.\"",
  ("People's Progressive Party/Civic", C, neg, "Guyana", "quote continued after the attribution, same speaker"))
U(d, "Former Attorney General and PPP/C Member of Parliament Anil Nandlall said", "behind the backs of the Opposition.",
  ("People's Progressive Party/Civic", N, neg, "", "legal procedure (letter to the Chief Justice); the suspicion is implied, not stated as a judgement"))
U(d, "In a brief statement on December 28, the Cabinet said it had received a report", "options before it.",
  ("Guyana", N, neu, "", "procedure"))
U(d, "Dr. Nadira Sookram, who lectures in constitutional law", "timetable for elections.",
  ("Nadira Sookram", C, neg, "Guyana", "invented independent scholar; judgement + warning"))
U(d, "The Party calls on the Guyana Elections Commission to begin preparations", "Article 106 of the Constitution.",
  ("People's Progressive Party/Civic", T, neu, "Guyana", "appeal to a state body to follow the constitutional course, no judgement; GECOM = Guyana"))
U(d, "The People's Progressive Party/Civic welcomes the statement issued on Thursday", "work together on the way forward.",
  ("People's Progressive Party/Civic", S, pos, "", "welcome of a statement by four actors (target empty)"),
  ("United States", T, neu, "", "joint statement by a list of missions: appeal to all parties to respect the constitution and cooperate = calling_for_talks"),
  ("United Kingdom", T, neu, "", "same joint statement"),
  ("Canada", T, neu, "", "same joint statement"),
  ("European Union", T, neu, "", "same joint statement"))
U(d, "The Party has taken note that the Secretary-General of the Caribbean Community", "peaceful and orderly manner.",
  ("CARICOM", T, pos, "Guyana", "confidence that the process will be peaceful = hope for calm = calling_for_talks"),
  ("People's Progressive Party/Civic", N, neu, "", "taking note = procedural frame"))
U(d, "The Commonwealth Secretary-General, Patricia Scotland, was quoted in a release", "in the months ahead.",
  ("Commonwealth", S, pos, "Guyana", "passive attribution ('was quoted in a release'); offer of support = supporting"))
U(d, "The PPP/C reiterates that it will engage with the Government in good faith", "arrangements for the elections.",
  ("People's Progressive Party/Civic", T, pos, "Guyana", "commitment to engage = calling_for_talks"))
U(d, "Roxanne Persram, a governance analyst with a Georgetown civic think tank", "around the corner\".",
  ("Roxanne Persram", T, neu, "", "invented analyst; appeal to both leaders to meet (target empty: two parties)"))
U(d, "The PPP/C condemns the threats and the campaign of abuse", "on Friday night.",
  ("People's Progressive Party/Civic", C, neg, "", "condemnation of unnamed authors of threats (target empty)"))
U(d, "The Alliance For Change announced on Sunday that it had expelled Mr. Persaud", "those who elected it.",
  ("Alliance for Change", C, neg, "", "expulsion + 'betrayal' = judgement of its own former MP (a person, not a canonical actor: target empty); new party actor; Trotman speaks as party leader here"))
U(d, "The Party holds the Government responsible for the safety of every Member of Parliament", "investigate every threat.",
  ("People's Progressive Party/Civic", C, neg, "Guyana", "'holds ... responsible' = the guide's cue for condemning; the appeal to the police follows (rule 1). Unsure: it assigns a duty rather than blame"))
# "Mr. Persaud has left the country for Canada, according to people close to him." = unnamed sources, narration: no row.
U(d, "A Partnership for National Unity said in a statement from Congress Place", "\"whenever they come\".",
  ("A Partnership for National Unity", S, pos, "Guyana", "backing of the President (its own leader, head of state) = supporting; Congress Place = the party's seat"))
# "The motion of no confidence ... was carried in the National Assembly on Friday night by 33 votes to 32." = result, narration: no row.
U(d, "\"This Government was elected on promises it abandoned", "at Freedom House on Saturday.",
  ("People's Progressive Party/Civic", C, neg, "Guyana", "Jagdeo (opposition leader and party general secretary) = the party; judgement"))
U(d, "\"We take no joy in anyone's misfortune", "arrangements for the elections.\"",
  ("People's Progressive Party/Civic", T, pos, "Guyana", "speaker carried across the paragraph break (no attribution); offer to meet = calling_for_talks"))
U(d, "He said the Party had written to the Ministry of the Presidency requesting a meeting", "receiving medical treatment.",
  ("People's Progressive Party/Civic", T, neu, "Guyana", "request for a meeting = calling_for_talks"))
U(d, "In an address to the nation on Saturday, President Granger said the Government would respect", "to stay calm.",
  ("Guyana", T, pos, "", "acceptance of the vote + appeal for calm, no judgement = calling_for_talks"))
U(d, "The Prime Minister, Moses Nagamootoo, told reporters at Parliament Buildings", "one of its own Members.",
  ("Guyana", C, neg, "", "'stabbed in the back' = judgement of a government MP (a person: target empty)"))
