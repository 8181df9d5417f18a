DOC = "page_azerbaijan_mehmanhuseynov_charges2019_ngo.html"
AZ = "Azerbaijan"
CM = "Caspian Media Freedom Network"
MH = "Mehman Huseynov"
EMIN_Q = "\"Mehman is drinking a little milk because the doctors told him his stomach could not take any more. That is not the end of a hunger strike, and he has told me he will go on until the charge is withdrawn,\" Emin Huseynov told CMFN by telephone."
RALLY = "The opposition Azerbaijan Popular Front Party said its members would join a rally that the National Council of Democratic Forces has called in Baku for 19 January to demand the release of Huseynov and other political prisoners."
ROWS = [
    # 9 January 2019
    ("CMFN, together with 14 press freedom and human rights organisations, has written to the chair of the Committee of Ministers of the Council of Europe asking it to raise Mehman Huseynov's case with the Azerbaijani government at the highest level.",
     CM, "calling_for_talks", "neutral", "Council of Europe", "invented NGO (new actor); asks a body to take up the case diplomatically = appeal for a diplomatic course; the 14 unnamed partners get no row; target = the body addressed"),
    ("We thank the journalists, lawyers and ordinary citizens in Azerbaijan who have spoken up for Mehman at real risk to themselves.",
     CM, "supporting", "positive", "", "the NGO's own voice ('We'); thanks to people who are not actors -> target empty"),
    ("CMFN stands with Mehman Huseynov and his family and will keep his case before every international body that can help.",
     CM, "supporting", "positive", MH, "solidarity with the blogger"),
    ("Rauf Aliyarov, a media lawyer in Baku who has represented several jailed journalists, said the article under which Huseynov is charged, which covers violence against prison staff, had seldom been used against a prisoner so close to the end of his sentence.",
     "Rauf Aliyarov", "neutral", "neutral", "", "invented independent lawyer; legal observation without an explicit judgement (unsure: the implication is critical)"),
    # 8 January 2019
    ("The office of Azerbaijan's Commissioner for Human Rights (Ombudsman) said on Monday that its staff had seen Huseynov in prison, that he was taking food again and that doctors were keeping watch over him.",
     AZ, "neutral", "positive", "", "the Ombudsman is a state institution -> Azerbaijan; facts with a reassuring tone"),
    ("The Penitentiary Service's press office went further, insisting that Huseynov had been eating and drinking throughout and that medical staff were checking on him every day.",
     AZ, "neutral", "negative", "", "denial of the hunger strike = neutral, negative tone"),
    ("Emin Huseynov, his brother, who runs the Institute for Reporters' Freedom and Safety from exile, rejected both accounts.",
     "Emin Huseynov", "neutral", "negative", "", "brother speaking for the family (new person; unsure: could resolve to the Institute he runs); rejection of the official accounts = denial -> neutral, negative"),
    (EMIN_Q, "Emin Huseynov", "neutral", "negative", "", "multi-sentence quote closed by its speaker = one unit; his rebuttal of the official account"),
    (EMIN_Q, MH, "condemning", "negative", AZ, "position of Mehman reported by his brother ('he will go on until the charge is withdrawn') = Mehman's continued protest"),
    ("On 7 January the Council of Europe Commissioner for Human Rights, Dunja Mijatović, raised the case in a telephone call with Deputy Foreign Minister Mahmud Mammad-Guliyev and asked that the new charge be reviewed and that Huseynov receive all the medical care he needs.",
     "Council of Europe", "calling_for_talks", "neutral", AZ, "diplomatic démarche with requests and no judgement; the deputy minister is the addressee, not a speaker"),
    ("Asked about the international statements, Foreign Ministry spokesperson Leyla Abdullayeva said on 5 January that the case was for the courts alone and that appeals from abroad amounted to pressure on an investigation that had only just begun.",
     AZ, "condemning", "negative", "", "spokesperson in office since October 2018 (officeholders); accuses foreign critics of pressure = judgement; several critics -> target empty"),
    ("She said Azerbaijan would not accept attempts by any international organisation to dictate how its investigators should work.",
     AZ, "condemning", "negative", "", "rejection of outside 'dictate' = judgement on the critics (unsure: could be neutral, a statement of sovereignty)"),
    ("Siyavush Novruzov, a deputy executive secretary of the ruling New Azerbaijan Party, accused foreign-funded groups of turning a prisoner's case into a campaign against the country.",
     "New Azerbaijan Party", "condemning", "negative", "", "party official (alias in actors.csv); accusation against unnamed groups -> target empty"),
    # 4 January 2019
    ("Amnesty International, which has named Huseynov a prisoner of conscience, said the new charge appeared designed to keep a critical voice out of public life and demanded that he be freed at once and without conditions.",
     "Amnesty International", "condemning", "negative", AZ, "judgement on the charge + demand: rule 1"),
    ("Reporters Without Borders said the authorities had refused his lawyers access for the first two days of the hunger strike, and that when they were finally let in they found him too weak to stand on his own.",
     "Reporters Without Borders", "condemning", "negative", AZ, "accusation by description of the authorities' conduct"),
    ("Human Rights Watch urged Azerbaijan's international partners, the Council of Europe first among them, to press Baku for his release.",
     "Human Rights Watch", "calling_for_talks", "neutral", AZ, "appeal for diplomatic pressure with no judgement in the unit; Baku = Azerbaijan as metonym; the Council of Europe is an addressee, not a speaker (unsure: target could be empty, the appeal being to third parties)"),
    ("Members of the Parliamentary Assembly of the Council of Europe who follow Azerbaijan asked the authorities to free him on humanitarian grounds while there was still time.",
     "Council of Europe", "calling_for_talks", "negative", AZ, "PACE members = Council of Europe (as earlier rows); humanitarian demand without judgement"),
    (RALLY, "Azerbaijan Popular Front Party", "condemning", "negative", AZ, "joining a protest rally = act in protest"),
    (RALLY, "National Council of Democratic Forces", "condemning", "negative", AZ, "the bloc that called the rally (new actor): second actor in the same sentence"),
    # 27 December 2018
    ("The Caspian Media Freedom Network (CMFN) condemns the new criminal charge brought on 26 December against the imprisoned blogger Mehman Huseynov, just two months before he was due to complete his sentence.",
     CM, "condemning", "negative", AZ, "the NGO's own statement"),
    ("Investigators accuse Huseynov of using violence against an employee of Penitentiary Institution No. 14, where he is held, an offence that carries a prison term of up to seven years.",
     AZ, "condemning", "negative", MH, "the state's accusation reported by the NGO = the state's statement against the blogger"),
    ("Huseynov denies the accusation, his lawyers said.",
     MH, "neutral", "negative", "", "lawyers speaking for their client = the client; denial"),
    ("He has refused food and water since the day the charge was brought, and has told his lawyers he will not stop while the case stands.",
     MH, "condemning", "negative", AZ, "hunger strike in protest at the charge = act in protest"),
    ("\"Mehman was jailed in 2017 for saying the police had tortured him. Now, with his release in sight, someone has found a reason to keep him behind bars for years more. Nobody in Baku should pretend this is a coincidence,\" said Nigar Rzayeva, CMFN's director.",
     CM, "condemning", "negative", AZ, "director speaks for the NGO; quote of three sentences closed by its speaker = one unit; insinuation of a fabricated case = judgement"),
    ("CMFN calls on the Azerbaijani authorities to drop the new charge, release Mehman Huseynov when his term ends on 2 March and allow independent doctors to examine him without delay.",
     CM, "calling_for_talks", "neutral", AZ, "demand without a judgement word in this unit = calling_for_talks (labels/README)"),
]
