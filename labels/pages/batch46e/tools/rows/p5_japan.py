DOC = 'page_japan_aum_executions2018_liveblog.html'
JP = 'Japan'
EU_LIST = ['European Union', 'Iceland', 'Norway', 'Switzerland']
S1 = "The European Union's delegation in Tokyo, together with the ambassadors of the EU member states and of Iceland, Norway and Switzerland, issued a joint statement this evening offering their sympathy to the victims of the Aum attacks and to their families."
S2 = '"The crimes for which these men were convicted caused immense suffering, and nothing we say today is meant to lessen the grief of those who lost their loved ones. Yet we reject capital punishment in every case, without exception, and we ask the Government of Japan to halt executions as a first step towards ending them altogether," the statement said.'
ROWS = []
for a in EU_LIST:
    ROWS.append((S1, a, 'supporting', 'negative', '', "joint statement of a list: one row per listed actor (the EU delegation and the EU member states' ambassadors = European Union); sympathy for victims, not an actor -> target empty"))
for a in EU_LIST:
    ROWS.append((S2, a, 'condemning', 'negative', JP, "two-sentence quote closed by its speaker = one unit; rejection of the death penalty in answer to Japan's executions + request to halt them (rule 1: judgement + appeal -> condemning)"))
ROWS += [
("We stand with the victims of terrorism, and we stand against the death penalty.",
 'European Union', 'condemning', 'negative', JP, "embedded post of the EU delegation's account (@EUinJapan); 'stand against the death penalty' on the day of Japan's executions = opposition to Japan's act (unsure: could be read as a general principle, neutral); the post's first line is a title, no row"),
# no row: "Shizue Takahashi, whose husband ... has represented the victims' families ..." (narration)
("Speaking to reporters in Tokyo, she said the news had reached her suddenly, without any warning from the authorities.",
 'Shizue Takahashi', 'neutral', 'negative', '', "victims' representative, a person; account of how she learned the news (unsure: 'without any warning' could be a mild complaint)"),
('"Part of me feels that a very long chapter has closed," Takahashi said.',
 'Shizue Takahashi', 'neutral', 'neutral', '', "feelings, no position on an actor"),
('"But it does not bring back my husband, and it does not end what the survivors go through every day."',
 'Shizue Takahashi', 'neutral', 'negative', '', "continuation of her quote; regret, no judgement or appeal"),
("She said she hoped the government would now do more to support survivors who still live with the after-effects of the gas.",
 'Shizue Takahashi', 'calling_for_talks', 'neutral', JP, "asking for help for survivors is an appeal, not supporting (labels README: asking for aid)"),
("The Japan Federation of Bar Associations has issued a statement protesting against the executions.",
 'Japan Federation of Bar Associations', 'condemning', 'negative', JP, "protest against the state's act"),
("Its president said the state had put seven people to death in a single morning while some of them were still seeking retrials, and that this made it impossible ever to correct a mistake in their cases.",
 'Japan Federation of Bar Associations', 'condemning', 'negative', JP, "unnamed president of a named body speaks for it; accusation by description"),
("The federation, which adopted a resolution in 2016 calling for abolition of the death penalty by 2020, urged the government to suspend all executions and to open a national debate on capital punishment.",
 'Japan Federation of Bar Associations', 'calling_for_talks', 'neutral', JP, "appeal with no judgement word in this sentence"),
("The Public Security Intelligence Agency said it would carry out on-site inspections of facilities belonging to Aleph, the largest of the groups that grew out of Aum, under the law that places the successor groups under surveillance.",
 JP, 'neutral', 'neutral', '', "state agency = Japan; routine inspection under an existing law, no judgement stated (unsure: a measure against Aleph could be condemning)"),
("The agency said it wanted to confirm that there was no risk of followers acting in retaliation.",
 JP, 'neutral', 'neutral', '', "purpose of the inspection"),
("Fumihiro Joyu, a former Aum spokesman who now leads Hikari no Wa, a splinter group that says it has renounced Asahara, told reporters that the executions should not be used by anyone to turn the former guru into a martyr.",
 'Hikari no Wa', 'calling_for_talks', 'neutral', '', "group leader = the group; appeal against glorification/escalation, no target"),
('"I apologise again to every victim and every family," Joyu said.',
 'Hikari no Wa', 'neutral', 'negative', '', "apology: no position on another actor (unsure)"),
('"I ask anyone who still follows his teachings to stay calm and not to answer this with anger."',
 'Hikari no Wa', 'calling_for_talks', 'neutral', '', "appeal for restraint"),
("Justice Minister Yoko Kamikawa read out the names of the seven at a news conference at the ministry and said she had signed the execution orders on Tuesday.",
 JP, 'neutral', 'neutral', '', "justice minister = Japan; the state's own act reported as done without judgement (guide: own strike reported as done = neutral); the judgement comes in her next sentence (unsure: an execution could be read as a measure, condemning)"),
('"What these men did has no parallel in our country\'s history; ordinary commuters were poisoned on their way to work, and the fear it caused was felt far beyond Japan," Kamikawa said.',
 JP, 'condemning', 'negative', '', "judgement on the cult's crimes; Aum is not a canonical actor -> target empty"),
('"Every case went through years of hearings, and I signed nothing without going through each file myself."',
 JP, 'neutral', 'neutral', '', "self-justification of procedure"),
("Asked why these seven had been chosen, and whether more executions would follow, she declined to comment, saying it was the ministry's practice not to discuss individual cases.",
 JP, 'neutral', 'neutral', '', "declines to comment"),
("She said she was aware of criticism from abroad but that the death penalty was a question for each country to decide, and that most Japanese people supported it.",
 JP, 'neutral', 'negative', '', "rebuff of foreign criticism without naming a critic = like a denial, neutral with negative tone"),
("Chief Cabinet Secretary Yoshihide Suga told his regular news conference that police had been instructed to take every possible precaution against reprisals by remaining followers.",
 JP, 'neutral', 'neutral', '', "security step announced"),
("He said the government would continue to keep a close watch on the successor groups, which it says still revere the former guru.",
 JP, 'neutral', 'negative', '', "monitoring = neutral, negative (guide)"),
# no row: "Amnesty International has reacted." (summary line)
("Hiroka Shoji, its East Asia researcher, said the attack on the subway had been a horrific crime whose victims deserved justice.",
 'Amnesty International', 'condemning', 'negative', '', "researcher = Amnesty; judgement on the cult's attack, no canonical target"),
('"Hanging seven men in one morning brings justice to no one," Shoji said.',
 'Amnesty International', 'condemning', 'negative', JP, "judgement on Japan's executions"),
('"Japan should stop carrying out executions in secret and join the majority of the world\'s countries that have left the death penalty behind."',
 'Amnesty International', 'calling_for_talks', 'negative', JP, "continuation of Shoji's quote; demand to one side (labels README) (unsure: 'in secret' carries a judgement, could be condemning)"),
("The organisation said that some of those executed had applied for retrials and that their lawyers had not been told in advance.",
 'Amnesty International', 'condemning', 'negative', JP, "accusation by description"),
("The Justice Ministry has confirmed that Shoko Asahara, whose real name was Chizuo Matsumoto, was hanged at the Tokyo Detention House this morning.",
 JP, 'neutral', 'neutral', '', "fact confirmed by the ministry"),
("Six other former senior members of the cult were hanged at detention centres in Tokyo, Osaka, Hiroshima and Fukuoka, the ministry said: Tomomasa Nakagawa, Tomomitsu Niimi, Kiyohide Hayakawa, Yoshihiro Inoue, Seiichi Endo and Masami Tsuchiya.",
 JP, 'neutral', 'neutral', '', "facts given by the ministry"),
# no row: "Six more members of the group remain on death row." and the 8:55 a.m. post (narration); the newsdesk post (media)
]
