# ------------------------------------------------------------------ Enthronement of Metropolitan Joanikije in Cetinje (live blog, 2021-09-05)
d = "page_montenegro_cetinje_enthronement2021_liveblog.txt"
# Not statements: brand, menu, LIVE label, headline, date and live-update credit, key events bullets, refresh line,
# time stamps, closing note (17:52), Related lines, share line, copyright.
U(d, "Montenegro's health ministry said more than 50 people", "minor injuries.",
  ("Montenegro", N, neu, "", "figures from a ministry"))
U(d, "Marko Radonjić, a political analyst at the Podgorica-based Centre", "spent months feeding.",
  ("Marko Radonjić", C, neg, "Montenegro", "invented analyst; blames both the government and the president (both Montenegro) for feeding the split"))
U(d, "\"Neither side got what it wanted today", "Radonjić said.",
  ("Marko Radonjić", N, neg, "", "assessment of the day, no judgement of an actor"))
U(d, "He said the government and the president should sit down this week", "turns violent.",
  ("Marko Radonjić", T, neu, "Montenegro", "appeal for talks addressed to Montenegro's leaders"))
U(d, "The EU's Delegation in Podgorica said it regretted the violence", "in a peaceful manner.",
  ("European Union", T, neg, "", "regret aimed at the violence, not at an actor, + appeal to all: rule 2"))
U(d, "Tonino Picula, the European Parliament's standing rapporteur on Montenegro", "road to EU membership in the region.",
  ("European Union", N, neg, "", "EP rapporteur = EU body; worry without appeal = neutral"))
U(d, "The US Embassy in Podgorica said it was following events in Cetinje with concern", "no further comment for now.",
  ("United States", N, neg, "", "concern without appeal"))
U(d, "In Belgrade, Serbian President Aleksandar Vučić thanked the Montenegrin government", "to go ahead.",
  ("Serbia", S, pos, "Montenegro", "thanks/praise to the government and police = supporting"))
U(d, "\"Those who wanted to stop a church service with stones", "Vučić told reporters.",
  ("Serbia", C, neg, "", "judgement of the protesters (unnamed, not an actor) joined to a hope: rule 1 -> condemning (unsure: the hope could make it talks)"))
U(d, "Serbian Foreign Minister Nikola Selaković said Belgrade considered the attacks", "Serbian Orthodox Church in Montenegro.",
  ("Serbia", C, neg, "", "accusation that the violence was staged; the culprits are only implied (DPS), target empty"))
U(d, "Russia's foreign ministry spokeswoman Maria Zakharova wrote that Moscow welcomed", "Orthodox believers.",
  ("Russia", T, pos, "", "welcome joined to an appeal to all sides, no judgement: rule 2 before rule 3"))
U(d, "Prime Minister Zdravko Krivokapić said the violence in Cetinje had been organised", "drag the country into conflict.",
  ("Montenegro", C, neg, "Democratic Party of Socialists of Montenegro", "accusation against the DPS"))
U(d, "He said those who threw stones at police would be prosecuted", "held hostage by anyone.",
  ("Montenegro", C, neg, "", "announced prosecution of unnamed attackers = threatened measure; no actor as target"))
U(d, "The Democratic Party of Socialists rejected the accusation", "came from the police.",
  ("Democratic Party of Socialists of Montenegro", C, neg, "Montenegro", "denial joined to a counter-accusation of the police = condemning"))
U(d, "Police have detained Veselin Veljović", "state broadcaster RTCG reports.",
  ("Montenegro", N, neu, "", "police act reported as done (a detention of a person, not of an actor); broadcaster not an actor"))
U(d, "President Milo Đukanović, who had asked the church to hold the ceremony", "to please Belgrade.",
  ("Montenegro", C, neg, "", "head of state speaks for the state (unsure: acts here as the DPS leader against his own government); judgement of the government, which is his own state -> target empty"))
U(d, "\"What we saw today was the occupation of the old royal capital", "Đukanović said.",
  ("Montenegro", C, neg, "", "'occupation' = judgement; aimed at the church and the government together -> target empty"))
U(d, "Interior Minister Sergej Sekulović said police had acted with restraint", "14 people had been detained.",
  ("Montenegro", N, neu, "", "own conduct described + figure = neutral"))
U(d, "Police chief Zoran Brđanin said officers had removed the barricades", "on the Budva road.",
  ("Montenegro", N, neu, "", "operational facts"))
U(d, "The newly enthroned Metropolitan Joanikije told the faithful", "all the people of Montenegro.",
  ("Serbian Orthodox Church", T, pos, "", "the Metropolitanate = Serbian Orthodox Church; forgiveness + prayer for peace = hope (talks)"))
U(d, "Patriarch Porfirije said the church had come to Cetinje to pray", "to stay calm.",
  ("Serbian Orthodox Church", T, neu, "", "appeal for calm, no judgement"))
U(d, "The Montenegrin Orthodox Church, which is not recognised", "the Montenegrin state and its history.",
  ("Montenegrin Orthodox Church", C, neg, "Serbian Orthodox Church", "'act of humiliation' = judgement of the enthronement"))
U(d, "The UN office in Montenegro said it had been worried for days", "refrain from violence.",
  ("United Nations", T, neg, "", "worry + renewed appeal = calling_for_talks"))
U(d, "The OSCE Mission to Montenegro said it stood ready to support a dialogue", "religious communities.",
  ("OSCE", T, pos, "", "offer to support dialogue"))
# "Tear gas still hangs over the square ..." = scene, no row.
U(d, "Milica Perović, a 58-year-old teacher who spent the night on a barricade", "the people of Cetinje.",
  ("Milica Perović", N, neg, "", "invented witness; her own shock, no explicit judgement"))
U(d, "\"I did not come here to fight anybody", "she said.",
  ("Milica Perović", N, neu, "", "her own motive"))
# 08:55 helicopter landing, 08:20 "our reporter says" tear gas, 07:45 welcome note = narration, no row.
