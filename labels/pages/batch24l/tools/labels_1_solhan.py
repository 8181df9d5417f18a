# ------------------------------------------------------------------ Solhan massacre, Burkina Faso (international wire copy, 2021-06-06)
d = "page_burkina_solhan2021_wire.txt"
# Not statements: menu, UPDATE headline, byline, read time, time stamp, the four bullets, ADVERTISEMENT, crossheads, photo captions,
# reporting credits, Our Standards, Related Coverage, tags, most read, copyright.
U(d, "Burkina Faso's government raised the death toll", "denounce the killings.",
  ("Burkina Faso", N, neu, "", "dateline excluded; long lead: narration + the government's toll (figures = neutral); 'governments lined up' is a summary, no row for them"))
# "Gunmen arrived on motorbikes ... residents and security sources said." = unnamed sources, no row.
U(d, "Government spokesman Ousséni Tamboura said late on Saturday", "in Sebba and Dori.",
  ("Burkina Faso", N, neu, "", "casualty figures given by an actor = neutral, neutral tone"))
U(d, "\"Those who came into Solhan in the night", "the full weight of its forces.\"",
  ("Burkina Faso", C, neg, "", "judgement without a stock word + threat of a response; attackers unnamed -> target empty"))
U(d, "President Roch Marc Christian Kaboré, who declared 72 hours", "every life they took.",
  ("Burkina Faso", C, neg, "", "long sentence: mourning (narration) + judgement ('outside the human community') + promise of punishment"))
U(d, "Kaboré said the defence and security forces had already been ordered", "to track the attackers down.",
  ("Burkina Faso", C, neg, "", "announced operation against another side = condemning; attackers unnamed -> target empty"))
U(d, "The army's general staff said on Sunday that a second wave", "meant to spread panic.",
  ("Burkina Faso", N, neg, "", "the army speaks for its state; denial of reports = neutral, negative"))
U(d, "Defence Minister Chérif Sy, speaking on national television", "\"for as long as it takes.\"",
  ("Burkina Faso", N, neu, "", "own deployment reported as done, no judgement and no one named = neutral (contrast with the announced hunt above)"))
# "No group has claimed the attack. ..." and "Hours earlier, on Friday, 14 people were killed ..." = narration, no row.
U(d, "U.N. Secretary-General Antonio Guterres said through his spokesman", "no cause could excuse.",
  ("United Nations", C, neg, "", "judgement without a stock word ('an act of savagery that no cause could excuse'); attackers unnamed"))
U(d, "Guterres called on governments with the means to do so", "a statement released in New York.",
  ("United Nations", S, neu, "Burkina Faso", "appeal for money and equipment for Burkina Faso = backing (README: an appeal for arms or money is supporting); attribution tail"))
U(d, "Mahamat Saleh Annadif, the U.N. envoy for West Africa and the Sahel", "put them on trial.",
  ("United Nations", C, neg, "", "UNOWAS envoy = UN; judgement (picked the most defenceless targets) + expectation of a trial: judgement decides (rule 1)"))
U(d, "The Economic Community of West African States said in a statement that it stood", "at the centre of its campaign.",
  ("ECOWAS", T, pos, "Burkina Faso", "solidarity + welcome joined to an appeal to protect villagers, no judgement: rule 2 before rule 3 = calling_for_talks"))
U(d, "African Union Commission Chairperson Moussa Faki Mahamat wrote on Twitter", "was total.",
  ("African Union", S, neg, "Burkina Faso", "horror (tone) + total support for Burkina Faso = supporting"))
U(d, "France's foreign ministry said in a statement that Paris condemned", "alongside the Burkinabe army.",
  ("France", C, neg, "", "condemnation + continued military cooperation: judgement decides (rule 1); attackers unnamed"))
U(d, "In Washington, State Department spokesman Ned Price said", "claim to speak for.",
  ("United States", C, neg, "", "judgement of the armed groups (contempt for the people); no canonical target"))
U(d, "The European Union's foreign policy service said the attacks", "displaced by it.",
  ("European Union", S, neg, "Burkina Faso", "aid released for the displaced = backing by act; 'grim new peak' is alarm without a culprit"))
U(d, "Niger's President Mohamed Bazoum, whose country lost hundreds", "with deep unease.",
  ("Niger", N, neg, "", "concern without an appeal = neutral, negative"))
U(d, "Bazoum telephoned Kaboré on Saturday evening", "his office said.",
  ("Niger", S, pos, "Burkina Faso", "condolences and solidarity to Burkina Faso = supporting; attribution tail"))
U(d, "Côte d'Ivoire's presidency said President Alassane Ouattara hoped", "denied for too long.",
  ("Ivory Coast", T, pos, "", "hope that peace returns = calling_for_talks"))
U(d, "Pope Francis, speaking after the Angelus prayer", "spared further bloodshed.",
  ("Holy See", T, neu, "", "prayer + asking that the region be spared bloodshed = appeal/hope, no judgement"))
# "The attack prompted renewed anger at home ..." = summary line, no row.
U(d, "Eddie Komboïgo, the head of the parliamentary opposition", "done nothing with those warnings.",
  ("Congress for Democracy and Progress", C, neg, "Burkina Faso", "party leader speaks for the party (CDP in labels/actors.csv); judgement without a stock word: ignored warnings"))
U(d, "\"We have buried too many of our own", "replace his defence and security chiefs.",
  ("Congress for Democracy and Progress", C, neg, "Burkina Faso", "quote + demand that Kaboré sack his chiefs: criticism of the government"))
U(d, "Government spokesman Tamboura rejected the criticism", "never abandoned Solhan.",
  ("Burkina Faso", N, neg, "", "rejection of criticism = denial, neutral with a negative tone"))
U(d, "Boukary Tall, a municipal councillor in Sebba", "at least twice since January.",
  ("Boukary Tall", N, neg, "", "invented local official (councillor of a commune, independent voice); fact about his own requests, no judgement yet"))
U(d, "\"Every time, we were told the volunteers would be enough.", "Tall said.",
  ("Boukary Tall", C, neg, "Burkina Faso", "reproach of the authorities by allusion = judgement without a stock word (unsure: could be neutral)"))
U(d, "Hamidou Dicko, a trader who escaped on foot", "just shooting.\"",
  ("Hamidou Dicko", C, neg, "", "witness (invented); an accusation made by describing the attackers' killing of civilians = condemning (rule 4); gunmen unnamed"))
U(d, "He said he did not know whether his brother's family was alive.", "was alive.",
  ("Hamidou Dicko", N, neg, "", "fact about his own family, no position"))
U(d, "Moussa Kindo, a security researcher at the Centre for Sahel Security Studies", "armed groups tax.",
  ("Moussa Kindo", N, neu, "", "invented analyst; explanation of the target choice, no judgement"))
U(d, "\"The state has made the volunteers the front line", "Kindo said.",
  ("Moussa Kindo", C, neg, "Burkina Faso", "judgement of the government's policy without a stock word"))
U(d, "\"If Ouagadougou wants fewer Solhans", "he added.",
  ("Moussa Kindo", T, neu, "Burkina Faso", "appeal to talk with the communities = calling_for_talks; Ouagadougou = metonym"))
U(d, "Nadia Ferrand, a Sahel analyst at the Paris-based", "already short of funds.",
  ("Nadia Ferrand", N, neg, "", "invented analyst; forecast of displacement, no judgement"))
U(d, "\"What happened in Solhan will send thousands more people", "she said.",
  ("Nadia Ferrand", N, neg, "", "forecast, no position"))
U(d, "The U.N. World Food Programme said it had begun moving emergency rations", "who fled the village.",
  ("World Food Programme", S, neu, "", "aid delivered = supporting; aimed at the displaced, not at a canonical actor -> target empty"))
