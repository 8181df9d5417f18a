# ------------------------------------------------------------------ Kidnapping of New Zealand pilot Philip Mehrtens in Nduga, Papua (Pacific regional daily, scraped, 2023-02-14)
d = "page_mehrtens_hostage_nduga2023_pacificdaily.txt"
# Not statements: masthead, menu, date bar, section, headline, byline, published line, share bar, PHOTO n/4 captions with credits,
# ADVERTISEMENT, crossheads, RELATED line, most read, tags, newsletter prompt, copyright.
U(d, "Indonesian President Joko Widodo said on Tuesday that his government was working to free", "than by a military rescue.",
  ("Indonesia", T, neu, "", "preference for a negotiated release over force = calling_for_talks"))
# "Philip Mehrtens, 37, from Christchurch, was seized on February 7 ..." and "The five Papuan passengers on board were later freed unharmed." = narration, no row.
U(d, "The West Papua National Liberation Army (TPNPB), the armed wing of the Free Papua Movement, has said it will not free Mehrtens", "recognises Papuan independence.",
  ("West Papua National Liberation Army", C, neg, "Indonesia", "ultimatum tied to the hostage = condemning (threat); Jakarta = metonym"))
# "The group on Tuesday released photographs and a short video ..." = narration of a release of images, no position, no row.
U(d, "Sebby Sambom, the group's spokesman, told the Daily by phone that the pilot was in good health", "looked after by the fighters.",
  ("West Papua National Liberation Army", N, pos, "", "the captors' account of the hostage's condition = facts given by an actor, reassuring tone"))
U(d, "\"For sixty years the governments in Wellington and Canberra have sold guns and training", "Sambom said.",
  ("West Papua National Liberation Army", C, neg, "", "accusation against two governments (metonyms) -> target empty"))
U(d, "In the video, the group's commander Egianus Kogoya said his fighters had burned the aircraft", "Indonesia's security forces.",
  ("West Papua National Liberation Army", C, neg, "Susi Air", "justifies the attack by accusing the airline of serving the security forces"))
U(d, "Susi Air said its aircraft carried only civilian passengers and goods.", "civilian passengers and goods.",
  ("Susi Air", N, neg, "", "denial = neutral, negative"))
U(d, "New Zealand Prime Minister Chris Hipkins said his government was doing everything it could", "at greater risk.",
  ("New Zealand", N, neu, "", "own efforts, no detail, no appeal or judgement"))
U(d, "\"We want to see Phil released unharmed and as quickly as possible", "told reporters in Wellington.",
  ("New Zealand", T, neu, "", "appeal for a safe release + cooperation with Indonesia, no judgement"))
U(d, "A spokesperson for the Ministry of Foreign Affairs and Trade said consular staff", "respect their privacy.",
  ("New Zealand", N, neu, "", "consular procedure"))
U(d, "Foreign Minister Nanaia Mahuta said she had spoken with her Indonesian counterpart", "before anything else.",
  ("New Zealand", T, neu, "", "safety of a civilian first = protection of civilians"),
  ("Indonesia", T, neu, "", "Indonesia's agreement reported by the New Zealand minister = Indonesia's position too (guide: X's position reported by Y)"))
U(d, "Australian Foreign Minister Penny Wong said Canberra was in close touch", "in any way it could.",
  ("Australia", S, pos, "", "offer of help to two states -> target empty"))
U(d, "Coordinating Minister for Political, Legal and Security Affairs Mahfud MD said the kidnappers were criminals", "to free a hostage.",
  ("Indonesia", C, neg, "West Papua National Liberation Army", "judgement ('criminals') + refusal of the demand"))
U(d, "Papua police chief Inspector General Mathius Fakhiri said police were relying on the Nduga regent", "without bloodshed.",
  ("Indonesia", T, neu, "West Papua National Liberation Army", "reaching the group through intermediaries to end it peacefully = calling_for_talks"))
U(d, "A joint police and military task force has been sent to Nduga", "Admiral Yudo Margono said.",
  ("Indonesia", N, neu, "", "deployment for a search, reported without threat or judgement = neutral (unsure: a deployment could be read as an announced operation)"))
U(d, "Police also said the fighters had threatened to kill 15 construction workers", "by security forces last week.",
  ("Indonesia", C, neg, "West Papua National Liberation Army", "accusation made by describing threats against civilians = condemning (guide rule 4)"))
U(d, "Foreign ministry spokesman Teuku Faizasyah said Jakarta had kept the New Zealand embassy informed", "at every step.",
  ("Indonesia", N, neu, "", "procedure"))
U(d, "Susi Pudjiastuti, the airline's founder and a former fisheries minister, wrote on Twitter", "no harm came to him.",
  ("Susi Air", T, neg, "", "the founder speaks for the airline; appeal that the pilot not be harmed = protection of a civilian"))
U(d, "Benny Wenda, interim president of the United Liberation Movement for West Papua, said Mehrtens was a civilian", "to his family.",
  ("United Liberation Movement for West Papua", T, neu, "", "appeal for the civilian's release, no judgement in this sentence"))
U(d, "He blamed the crisis on Jakarta's refusal to allow any dialogue", "political future.",
  ("United Liberation Movement for West Papua", C, neg, "Indonesia", "pronoun = Wenda; blame on Jakarta (metonym)"))
U(d, "The Pacific Islands Forum secretariat said it was concerned for the pilot's safety", "following developments.",
  ("Pacific Islands Forum", N, neg, "", "concern without an appeal = neutral, negative"))
U(d, "Dr Aroha Whitcombe, a Pacific security researcher at Victoria University of Wellington, said the kidnapping", "squarely on its doorstep.",
  ("Aroha Whitcombe", N, neu, "", "invented researcher (person); analysis"))
U(d, "\"New Zealand's best card is patience", "Whitcombe said.",
  ("Aroha Whitcombe", N, neu, "", "advice to Wellington on public posture; not an appeal for talks or peace, no judgement = neutral (unsure)"))
U(d, "Jakarta-based conflict analyst Dimas Pratama said a military rescue in terrain like Nduga's", "for villagers.",
  ("Dimas Pratama", N, neg, "", "invented analyst (person); risk assessment, no appeal"))
U(d, "\"Both the fighters and the security forces need to understand", "Pratama said.",
  ("Dimas Pratama", T, neg, "", "implicit appeal to both sides to avoid bloodshed = calling_for_talks"))
