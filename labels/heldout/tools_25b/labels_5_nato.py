# ------------------------------------------------------------------ Turkey's objections to Sweden's and Finland's NATO bids (Turkish state-media style, .txt, 2022-05-19)
d = "page_nato_nordic_statemedia.txt"
# not statements: agency banner, language bar, menu, date, section labels, headline, standfirst, bylines, ANKARA dateline line, photo caption, crossheads, Also read, Background heading, subscriber notice, Related news, Share, Latest news, copyright
U(d, "President Recep Tayyip Erdogan on Thursday said Türkiye would not approve", "restrict arms sales to an ally.",
  ("Turkey", C, neg, "", "refusal with the grievance stated (sheltering terrorists) = condemning; aimed at two states -> target empty"))
U(d, "\"We have been telling our allies this for years, and nobody wanted to hear it.", "Atatürk, Youth and Sports Day.",
  ("Turkey", C, neg, "", "multi-sentence quote closed by its speaker; accusation of letting the PKK operate (countries unnamed in the quote)"))
U(d, "He said there was no point in sending delegations to Ankara merely to change", "rather than words.",
  ("Turkey", C, neg, "", "rebuff of the delegations + demand = condemning (unsure: could be read as a conditional opening)"))
U(d, "On Monday, speaking at a joint news conference with Algerian President Abdelmadjid Tebboune", "wanted on terrorism charges.",
  ("Turkey", C, neg, "Sweden", "accusation; Stockholm = metonym; Tebboune only present (no row)"))
U(d, "According to the Justice Ministry, Türkiye has asked Sweden and Finland to extradite 33 people", "so far been granted.",
  ("Turkey", N, neu, "", "figures from a ministry = neutral"))
U(d, "The ministry said the files concerned members of the PKK and FETO", "without explanation.",
  ("Turkey", N, neg, "", "'the ministry' = Justice Ministry by context; facts about the files, complaint without a judgement word (unsure: could be condemning)"))
U(d, "Speaking in Berlin on Sunday after an informal meeting of NATO foreign ministers", "on Türkiye in 2019.",
  ("Turkey", C, neg, "", "demands + implied accusation of supporting the PKK/YPG; Stockholm and Helsinki = two targets -> empty; Berlin = place"))
U(d, "Cavusoglu insisted that Ankara was issuing no ultimatum", "security concerns.",
  ("Turkey", N, neu, "", "denial of bargaining = neutral"))
U(d, "He described the Finnish side's approach as respectful of Türkiye's sensitivities.", "respectful of Türkiye's sensitivities.",
  ("Turkey", S, pos, "Finland", "praise = approval"))
U(d, "By contrast, he said remarks by Swedish Foreign Minister Ann Linde over recent days", "seriousness of the issue.",
  ("Turkey", C, neg, "Sweden", "'provocative' = judgement"))
U(d, "Presidential spokesman Ibrahim Kalin told reporters that Türkiye still left room", "before they could join.",
  ("Turkey", T, neu, "", "room left for an agreement + negotiation with both countries = calling_for_talks; two addressees -> target empty"))
U(d, "\"What we are asking for is not unreasonable.", "Kalin said.",
  ("Turkey", C, neg, "", "multi-sentence quote: the groups attack Turkish soldiers, allies should treat them so (judgement of the PKK/YPG and a demand to allies); target empty (unsure: PKK could be the target)"))
U(d, "AK Party spokesman Omer Celik said Ankara's position had nothing to do with bargaining", "Turkish people.",
  ("Turkey", N, neu, "", "Omer Celik / AK Party = Turkey (guide's table); denial of bargaining"))
U(d, "Defence Minister Hulusi Akar said Türkiye had never opposed NATO's open-door policy", "in 1952.",
  ("Turkey", N, pos, "", "own record, reassurance"))
# no row: the applications handed in (act of applying narrated; no position toward another actor)
U(d, "Stoltenberg warmly welcomed the two requests", "security of all allies.",
  ("NATO", S, pos, "", "welcome of two states' requests -> target empty"))
U(d, "At a meeting of the North Atlantic Council later on Wednesday, Türkiye's permanent representative", "according to diplomatic sources.",
  ("Turkey", N, neu, "", "withholding consent with no grievance in the sentence = procedural objection, neutral (guide); the 'diplomatic sources' are unnamed and only carry it"))
U(d, "Stoltenberg has since said he was confident that allies would address Türkiye's concerns", "Turkish officials.",
  ("NATO", T, pos, "Turkey", "confidence in a negotiated way forward + contacts = calling_for_talks"))
U(d, "Swedish Prime Minister Magdalena Andersson said her government was ready to sit down", "misunderstandings.",
  ("Sweden", T, pos, "Turkey", "offer of talks"))
U(d, "She also insisted that Sweden did not send money or weapons to any terrorist organisation.", "to any terrorist organisation.",
  ("Sweden", N, neg, "", "denial = neutral, negative"))
U(d, "The Swedish government said separately that decisions on arms exports were taken case by case", "EU rules.",
  ("Sweden", N, neu, "", "procedure explained, no judgement"))
U(d, "Finnish President Sauli Niinisto said he had been surprised by Ankara's stance", "spoke in April.",
  ("Finland", N, neg, "", "surprise without judgement or appeal = neutral, negative (unsure: mild reproach)"))
U(d, "Niinisto, who was due to meet US President Joe Biden in Washington on Thursday, said he was confident", "discussion among allies.",
  ("Finland", T, pos, "", "talks as the way to settle; the planned meeting in a relative clause is not a statement"))
U(d, "Both governments said they would send delegations of senior officials to Ankara next week.", "to Ankara next week.",
  ("Sweden", T, neu, "Turkey", "'both governments' = Sweden and Finland: one row each; agreeing to talks"),
  ("Finland", T, neu, "Turkey", "same sentence"))
U(d, "The Finnish government said it hoped those talks would settle the matter", "constructive spirit.",
  ("Finland", T, pos, "Turkey", "hope for talks = calling_for_talks"))
U(d, "US Secretary of State Antony Blinken said on Sunday in Berlin that he was confident", "two countries.",
  ("United States", T, pos, "", "confidence in consensus among allies = calling_for_talks (unsure: could be neutral)"))
U(d, "Biden, hosting Niinisto and Andersson at the White House on Thursday, pledged the strongest possible US backing", "approve them quickly.",
  ("United States", S, pos, "", "backing of two applications -> target empty"))
U(d, "The US president also said the United States would stand with both countries against any aggression", "under consideration.",
  ("United States", S, pos, "", "security assurance = support, two states -> target empty"))
# no row: Background section (PKK/YPG/FETO boilerplate, rallies in Stockholm, 2019 licences, Madrid summit, unanimity rule) = agency narration
