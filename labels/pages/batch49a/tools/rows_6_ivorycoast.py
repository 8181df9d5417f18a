# page 6: Côte d'Ivoire, amnesty and release of Simone Gbagbo (regional daily scraped as text, 9 August 2018)
DOC = "page_ivorycoast_simonegbagbo_amnesty2018_dailyscrape.txt"
IC = "Ivory Coast"; FPI = "Ivorian Popular Front"
GROUPS = ["Amnesty International", "Human Rights Watch", "International Federation for Human Rights"]
JOINT = ("But eleven Ivorian and international human rights organisations, among them Amnesty International, Human Rights Watch and the International Federation for Human Rights (FIDH), said in a joint statement on Tuesday that shielding people suspected of the gravest crimes of the crisis from trial was a betrayal of the victims of both camps.")
LIST = ("The groups noted that the number of people indicted by Ivorian investigating judges for serious crimes was well above the 60 the president mentioned, and asked the government to publish the full list of those who will benefit from the amnesty.")
ROWS = [
 ("Simone Gbagbo, the wife of former Ivorian president Laurent Gbagbo, left detention on Wednesday after more than seven years, two days after President Alassane Ouattara announced an amnesty for her and about 800 other people prosecuted or convicted over the 2010-11 post-election crisis.",
  IC, "neutral", "positive", "", "dateline 'ABIDJAN - ' excluded; the head of state's announced amnesty = own measure reported as done (the reconciliation aim is stated in a later unit)"),
 ("In his address to the nation on Monday evening, on the eve of the 58th anniversary of independence, Ouattara said the amnesty was meant to help Ivorians close the wounds of the crisis and to approach the 2020 presidential election in a climate of peace.",
  IC, "calling_for_talks", "positive", "", "reconciliation and a peaceful election as the aim = hope for peace -> calling_for_talks (guide: hoping that stability returns)"),
 ('He said that about 60 soldiers and members of armed groups accused of what he called "blood crimes" would not benefit from the measure and would still be tried.',
  IC, "neutral", "negative", "", "procedure: prosecutions of unnamed individuals continue; no actor targeted (unsure: could be condemning as a measure)"),
 ("Her lawyer, Rodrigue Dadjé, said his client had received the news calmly and wanted first of all to see her family and thank everyone who had stood by her.",
  FPI, "neutral", "positive", "", "lawyer speaks for his client; Simone Gbagbo, FPI vice-president, resolves to her party (as Gbagbo's camp -> FPI in batch22j); thanks to unnamed supporters"),
 ("Speaking briefly to supporters from the steps of the residence, Mrs Gbagbo said she had forgiven those who had wronged her, and asked the party's militants to work for peace among Ivorians.",
  FPI, "calling_for_talks", "positive", "", "forgiveness + appeal for peace, no judgement"),
 ("She also thanked President Ouattara for what she described as a gesture of peace.",
  FPI, "supporting", "positive", IC, "thanks to the head of state = approval"),
 ("Pascal Affi N'Guessan, who leads the faction of the FPI recognised by the courts, welcomed the amnesty as a first step and said that real reconciliation would also require the release of Laurent Gbagbo, who is on trial at the International Criminal Court in The Hague, and the return of the exiles.",
  FPI, "supporting", "positive", IC, "party leader -> party; welcome with a further demand (release, exiles), not a peace appeal -> supporting (unsure: could be calling_for_talks); the ICC is only mentioned"),
 ('"The government is only giving back what it should never have taken. Simone Gbagbo spent seven years in a cell for a crisis in which the other camp also killed, and nobody from that camp has been judged," Aboudramane Sangaré, the wing\'s leader, told The Standard.',
  FPI, "condemning", "negative", IC, "the loyalist wing is also the FPI; judgement of the government and of one-sided justice"),
 ("The Democratic Party of Côte d'Ivoire (PDCI) of former president Henri Konan Bédié, the ruling coalition's uneasy partner, said the gesture should now be followed by a dialogue between the government and the opposition on the reform of the electoral commission.",
  "Democratic Party of Côte d'Ivoire", "calling_for_talks", "positive", "", "welcome ('the gesture') with a call for dialogue -> calling_for_talks (rule 2 before 3); dialogue between two sides -> target empty"),
] + [
 (JOINT, g, "condemning", "negative", IC, "joint statement: one row per named signatory; 'betrayed the victims' = judgement of the government's measure")
 for g in GROUPS
] + [
 (LIST, g, "calling_for_talks", "neutral", IC, "'the groups' = the named signatories; facts + a request to the government, no judgement word -> calling_for_talks")
 for g in GROUPS
] + [
 ("An official of the Ivorian League of Human Rights (LIDHO), one of the signatories, said victims were being asked to forgive people who had never acknowledged what they did.",
  "Ivorian League of Human Rights", "condemning", "negative", IC, "new actor (organisation); unnamed official of a named body speaks for it; judgement of the amnesty's demand on victims"),
 ("Issiaka Diaby, who heads the Collective of Victims in Côte d'Ivoire (CVCI), said the victims had learned of the amnesty on television like everyone else.",
  "Collective of Victims in Côte d'Ivoire", "neutral", "negative", "", "new actor (organisation); complaint of not being consulted, told as a fact; the judgement comes in the next unit"),
 ('"Nobody asked us. Families who buried their children in 2011 are now told to applaud the release of the people they hold responsible," Diaby said.',
  "Collective of Victims in Côte d'Ivoire", "condemning", "negative", IC, "multi-sentence quote; reproach to the government"),
 ("A government spokesman rejected the criticism, saying that reconciliation could not wait until every case had been tried and that the amnesty did not take away the victims' right to compensation.",
  IC, "neutral", "negative", "", "unnamed spokesman of a named government; rejection of criticism = denial -> neutral, negative tone"),
 ("The State would continue to support the victims through the national programme set up for them, he added.",
  IC, "neutral", "positive", "", "own conduct towards its citizens"),
 ("At the International Criminal Court, which issued an arrest warrant for Simone Gbagbo in 2012 that Abidjan has refused to carry out, a spokesman said the warrant remained in force and that Côte d'Ivoire was still under an obligation to cooperate with the Court.",
  "International Criminal Court", "calling_for_talks", "neutral", IC, "reminder of a legal obligation, no judgement word -> an appeal to one state (unsure: could be neutral); 'Abidjan has refused' is narration"),
 ("In Paris, the French foreign ministry said it welcomed the measure as a contribution to national reconciliation ahead of the 2020 election.",
  "France", "supporting", "positive", IC, "welcome without appeal -> supporting; 'Paris' is a place"),
]
# no row: the Cocody scene; background on the sentence and the 3,000 dead; 'Among those also freed ...' (narration);
# 'The rival wing of the party, which remains loyal to Laurent Gbagbo, struck a harder tone.' (summary line before the quote);
# headline, crossheads, captions, share prompts, Related, tags, comments, Most read, furniture.
