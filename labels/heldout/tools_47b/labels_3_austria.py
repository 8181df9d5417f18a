# Page 3: Austria, the Ibiza video and the fall of the ÖVP-FPÖ coalition (national daily, full HTML, 19 May 2019)
DOC = "page_austria_ibiza_video2019_dailyhtml.html"
AT = "Austria"
FPO = "Freedom Party of Austria"
OVP = "Austrian People's Party"
ROWS = [
("Federal President Alexander Van der Bellen called on Sunday for a general election in early September, two days after a secretly filmed video forced Vice-Chancellor Heinz-Christian Strache out of office and brought down the coalition of the People's Party and the Freedom Party.",
 AT, "neutral", "neutral", "", "head of state = Austria; an election date proposed = procedure; the rest is narration"),
("\"The trust of voters has been damaged, and the only way to repair it is to let them decide. Until they have done so, I will make sure this country is governed in an orderly way,\" Van der Bellen said in a short address from the Hofburg after meeting Chancellor Sebastian Kurz.",
 AT, "neutral", "negative", "", "two quoted sentences closed by the speaker = one unit; damage noted + reassurance about the transition, no judgement aimed at an actor"),
("He said he wanted the vote held as soon as the law allowed, and asked all parties to fight the campaign fairly and without personal attacks.",
 AT, "calling_for_talks", "neutral", "", "appeal to all parties for restraint = calling_for_talks; several addressees -> target empty"),
("Strache resigned as vice-chancellor and as leader of the Freedom Party (FPÖ) at a news conference at noon on Saturday.",
 FPO, "neutral", "negative", "", "resignation announced = an act reported, no judgement; Strache = party leader -> FPÖ (a vice-chancellor is not the head of government)"),
("He admitted the meeting had taken place and apologised to his wife, but said he had broken no law and that the recording was a planned hit by people who wanted to remove him, possibly with the help of a foreign intelligence service.",
 FPO, "condemning", "negative", "", "denial of wrongdoing + accusation of a set-up by unnamed plotters: the accusation decides; no canonical target"),
("He said he would take legal action against those who had set the trap.",
 FPO, "condemning", "negative", "", "threatened response against unnamed makers of the video"),
("The chancellor said he had swallowed a great deal from his partner over the past eighteen months, from racist songbooks to links with the far-right Identitarian movement, and that the Ibiza recording was one step too many.",
 AT, "condemning", "negative", FPO, "'The chancellor' (Kurz) = Austria; judgement of the coalition partner"),
("\"What I saw in that video has nothing to do with the way this country should be run. I have tried for a year and a half to make this partnership work, and I no longer believe it can,\" he said.",
 AT, "condemning", "negative", FPO, "ends the partnership with a judgement of what the video shows"),
("He said he had proposed to the president that new elections be held as early as possible.",
 AT, "neutral", "neutral", "", "procedure"),
("On Sunday, the ÖVP made clear that it wanted Herbert Kickl to leave the interior ministry, since he had been the FPÖ's general secretary and in charge of its finances when the video was made.",
 OVP, "condemning", "negative", FPO, "party demand to remove a minister of the other party, with the reason stated = a judgement of him (unsure: could be neutral as a coalition demand)"),
("\"We want a clean investigation, and that means a clean break at the interior ministry,\" said Karl Nehammer, the People's Party general secretary.",
 OVP, "condemning", "negative", FPO, "implies the FPÖ minister would taint the inquiry (unsure: could be neutral)"),
("Should Kickl be dismissed, all Freedom Party ministers would leave the government with him, he told the broadcaster ORF, calling the demand a pretext to humiliate his party.",
 FPO, "condemning", "negative", OVP, "'he' = Hofer (FPÖ's new leader); threat + judgement of the ÖVP demand; ORF is only the medium"),
("Pamela Rendi-Wagner, the leader of the Social Democrats (SPÖ), said the chancellor bore a share of the blame, since he had brought a party with this record into government and kept it there despite every warning.",
 "Social Democratic Party of Austria", "condemning", "negative", AT, "blame on the chancellor (Kurz = Austria)"),
("She demanded that the interior ministry be handed at once to someone with no ties to the FPÖ.",
 "Social Democratic Party of Austria", "condemning", "negative", FPO, "demand to remove the FPÖ from the ministry, judgement implied by 'no ties' (unsure: could be neutral)"),
("Beate Meinl-Reisinger of the liberal NEOS said the video showed politicians willing to sell the country for a campaign donation, and called for a special parliamentary committee to follow the money.",
 "NEOS", "condemning", "negative", FPO, "judgement of the FPÖ leaders shown in the video + call for an inquiry: rule 1"),
("Werner Kogler, who leads the Greens, told the crowd on Ballhausplatz that Austria deserved a government it did not have to be ashamed of.",
 "The Greens – The Green Alternative", "condemning", "negative", "", "judgement of the coalition government (ÖVP and FPÖ) -> target empty; Austria here is the country, not a speaker"),
("In Moscow, Kremlin spokesman Dmitry Peskov said Russia had nothing to do with the affair and did not know who the woman was.",
 "Russia", "neutral", "negative", "", "denial = neutral, negative"),
("\"This is an internal matter for Austria,\" he added.",
 "Russia", "neutral", "neutral", "", "continuation by the same speaker; non-interference formula"),
("Manfred Weber, who leads the European People's Party into next week's European elections, said the video showed what the populist right really wanted, which was to sell the state to the highest bidder.",
 "European People's Party", "condemning", "negative", "", "judgement of 'the populist right' (not one canonical actor) -> target empty"),
("His Social Democratic rival Frans Timmermans urged conservatives across Europe to stop treating such parties as respectable partners.",
 "Party of European Socialists", "condemning", "negative", "", "'His ... rival' = PES lead candidate (not his Commission role here) (unsure: could be European Union); judgement of far-right parties implied by 'respectable'"),
]
# Left without a row: the paragraphs on the footage (narration), 'Gudenus ... stepped down hours later and left the party.',
# 'Norbert Hofer, the transport minister, was named to take over the FPÖ.', 'Kurz waited until the evening to speak.',
# 'Hofer answered within the hour.' (summary lines), 'The people behind the video remain unknown, and both newspapers have
# said they will not reveal how they obtained it.' (media sourcing, not a position), 'The coalition had been in office since December 2017.',
# kicker, standfirst, captions, factbox, related links, reader comments (pseudonymous readers).
ROWS += [
("Hofer said the party's ministers had done good work for eighteen months and that one evening on a holiday island should not wipe that out, adding that he was ready to keep the coalition going.",
 FPO, "neutral", "positive", "", "Norbert Hofer, named leader, speaks for the FPÖ; defence of his party's record + readiness to continue = self-praise, neutral"),
("Foreign Minister Karin Kneissl, who was nominated by the FPÖ but is not a party member, said she would remain at her post until the president decided otherwise.",
 AT, "neutral", "neutral", "", "foreign minister = Austria (not the FPÖ: non-party); procedure"),
("In Brussels, a European Commission spokeswoman declined to comment on what she called a national political matter.",
 "European Union", "neutral", "neutral", "", "unnamed spokeswoman of a named body; declines to comment; Brussels a place"),
]
ROWS += [
("Her party said it would support the president's timetable for a vote in September.",
 "NEOS", "supporting", "positive", AT, "backing of the president's (= Austria's) timetable"),
]
