# page 4: Georgia, first direct Russia-Georgia flights since 2019 (19-20 May 2023), radio interview transcript
D = "page_georgia_russiaflights2023_radiointerview.txt"
# no rows: programme furniture, cues, the host's questions and links ("Why now?", "The Kremlin doesn't put it
# that way, of course.", "Brussels, meanwhile, is unhappy.", "The Americans have been more direct.", "And Kyiv?"),
# summary lines ("The party went further.", "Kyiv was angry."), the flight's arrival (narration), the guest's
# narration and asides ("Timing is everything with the Kremlin.", "Very carefully in public ...", "The Commission will
# report ...", "That is the least it owes ...", "The opposition is loud but divided.", "They came to the airport ...",
# "It is a small war of words ...", "But a country does not decide its direction by ticket prices."), the bare
# rebuttal "He would say that.", greetings and thanks.
U(D, "Police kept a few hundred protesters away", "six of them were detained.",
  ("Georgia", N, neu, "", "the interior ministry's figure = Georgia; the police action is narration"))
U(D, "President Salome Zourabichvili called the flight unwanted", "restarted its own Moscow route on Saturday.",
  ("Georgia", C, neg, "", "head of state in 2023 = Georgia (at odds with the government); 'unwanted' + a boycott in protest; aimed at Russia's flight and at Georgian Airways -> target empty"))
U(D, "The government of Prime Minister Irakli Garibashvili says", "live and work in Russia.",
  ("Georgia", N, pos, "", "the government's justification of its own policy = neutral, positive (same actor as the president, opposite view)"))
U(D, "Vladimir Putin signed the decrees lifting the flight ban", "on the tenth of May.",
  ("Russia", S, pos, "Georgia", "host's question reporting Russia's act: lifting a ban and a visa requirement = a conciliatory measure towards Georgia (unsure: could be neutral)"))
U(D, "This is not generosity.", "This is not generosity.",
  ("Nino Beridze", C, neg, "Russia", "invented analyst; dismissal of Moscow's motive = judgement"))
U(D, "Moscow wants Georgians to see that the door to Russia", "to grant us candidate status.",
  ("Nino Beridze", C, neg, "Russia", "imputes a manipulative aim to Moscow (metonym) = judgement"))
U(D, "The decree was a present for the governing party", "for a domestic audience.",
  ("Nino Beridze", C, neg, "", "the decree as a favour to Georgian Dream: judgement of Russia and the ruling party together -> target empty (unsure)"))
U(D, "Dmitry Peskov said on Thursday that Moscow hoped", "up to Tbilisi.",
  ("Russia", T, pos, "Georgia", "host reports Russia's position: hope of wider normalisation, next step for Tbilisi (metonym) = offer of talks"))
U(D, "Our foreign minister, Ilia Darchiashvili, told reporters", "would have served nobody.",
  ("Georgia", S, pos, "Russia", "welcome of Russia's step (unsure: framed as for citizens, could be neutral)"))
U(D, "Its chairman, Irakli Kobakhidze, accused the opposition", "every last link with Russia.",
  ("Georgian Dream", C, neg, "", "party chairman in 2023 = Georgian Dream (PM only from 2024); accusation of 'the opposition' (not one canonical party) -> target empty"))
U(D, "I think that line is unfair to the opposition", "there are many of them.",
  ("Nino Beridze", C, neg, "Georgian Dream", "'unfair' aimed at the party chairman's line"))
U(D, "The EU's foreign affairs spokesman, Peter Stano, said last week", "to Russian aircraft.",
  ("European Union", C, neg, "Georgia", "'regretted' = judgement (labels/README); 'the bloc' = EU"))
U(D, "What worries me most is that the government keeps giving", "acts surprised when they do.",
  ("Nino Beridze", C, neg, "Georgia", "reproach of the government's conduct"))
U(D, "The government should sit down with the EU ambassadors now", "sanctioned companies and aircraft.",
  ("Nino Beridze", T, neu, "Georgia", "'should sit down ... and explain' = appeal for talks, no judgement in the sentence"))
U(D, "The State Department has warned that Georgian airports", "could face penalties themselves.",
  ("United States", C, neg, "", "threat of sanctions = condemning; aimed at Georgian companies, not at the state -> target empty"))
U(D, "The Ukrainian foreign ministry said Georgia was rewarding the aggressor", "falling on Ukrainian cities.",
  ("Ukraine", C, neg, "Georgia", "'rewarding the aggressor' = judgement of Georgia's decision (Russia named as aggressor by implication)"))
U(D, "It is hard to argue with that, frankly.", "It is hard to argue with that, frankly.",
  ("Nino Beridze", S, neu, "Ukraine", "agreement with Ukraine's criticism = endorsement (unsure: could be read as condemning Georgia)"))
U(D, "The United National Movement's chairman, Levan Khabeishvili, called", "European choice.",
  ("United National Movement", C, neg, "Georgia", "host reports the opposition leader: 'betrayal' aimed at the government's decision"))
U(D, "Khabeishvili can call it a betrayal as often as he likes", "a plan that voters believe.",
  ("Nino Beridze", C, neg, "United National Movement", "criticism of the opposition leader (Khabeishvili = UNM)"))
U(D, "She said she would not board a Georgian Airways plane", "as long as it flies to Moscow.",
  ("Georgia", C, neg, "Georgian Airways", "'She' = the president; boycott in protest = condemning"))
U(D, "The airline's owner, Tamaz Gaiashvili, answered", "wherever there are passengers.",
  ("Georgian Airways", N, neu, "", "owner speaks for the company; rebuttal without judgement = neutral"))
U(D, "I hope the government understands that the European road", "pick up and put down.",
  ("Nino Beridze", T, neg, "Georgia", "hope addressed to the government to keep its European course (unsure: a reproach more than an appeal)"))
