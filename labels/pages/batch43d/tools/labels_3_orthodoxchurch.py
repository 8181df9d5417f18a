# ---------------------------------------------------------------- Security Council on the Ukrainian Orthodox Church (UN meetings coverage, 2023-07-26)
d = "page_ukraine_orthodoxchurch_council2023_unmeetings.txt"
# Not statements: site name, menu, meeting number, document code, date, headline, subheadline, crossheads ("Briefings",
# "Statements"), briefers' names in capitals as lead words are kept inside their units, the meeting times, "For information
# media. Not an official record.", Related link, share line. Left without a row: the vote's 12 abstentions (no state named);
# the Russian Federation's own vote for its proposal (its position is carried by its request and protest rows).
U(d, "The Security Council met this morning at the request of the Russian Federation", "who would be allowed to brief members.",
  ("Russia", C, neg, "Ukraine", "the request is Russia's act and the sentence carries its characterisation ('what that delegation called the persecution ... by the authorities in Kyiv') = accusation against Ukraine (unsure: narration of a request, could be no row)"))
U(d, "The representative of the Russian Federation, Dmitry Polyansky, asked that Archbishop Gedeon", "already agreed.",
  ("Russia", N, neu, "", "procedural request under rule 39, no judgement"))
U(d, "The Council President, James Kariuki of the United Kingdom, said that with two meetings", "respect members' time.",
  ("United Kingdom", N, neu, "", "the presidency (held by the UK) offers a written statement instead: procedure; 'reasonable' describes its own offer (unsure: could be calling_for_talks as a compromise)"))
U(d, "The Russian Federation's delegate rejected the offer, accusing the presidency", "put to a vote.",
  ("Russia", C, neg, "United Kingdom", "'accusing the presidency of silencing a witness' = judgement on the UK presidency"))
U(d, "The proposal received 3 votes in favour (Brazil, China, Russian Federation)", "the required nine votes.",
  ("Brazil", S, neu, "Russia", "vote in favour of Russia's proposal = backing by act; list of states -> one row per state other than the proposer"),
  ("China", S, neu, "Russia", "same: voted for Russia's proposal"))
U(d, "Following the vote, the representative of the Russian Federation said the result showed", "immediately afterwards.",
  ("Russia", C, neg, "", "judgement on the members who abstained + boycott of the next meeting in protest (refusal with a grievance = condemning); several members -> target empty"))
U(d, "NIHAL SAAD, Director of the United Nations Alliance of Civilizations, said that", "since February 2022.",
  ("United Nations", N, neu, "", "UN official gives a figure: facts"))
U(d, "The Orthodox communities of Ukraine had been divided for decades, she said", "controlled by the Government.",
  ("United Nations", N, neg, "", "background and concern at incidents, no appeal and no actor blamed -> neutral, negative (semicolon keeps one sentence)"))
U(d, "She added that clergy of several denominations in areas under the control of the Russian Federation", "forced to leave.",
  ("United Nations", N, neg, "", "reported detentions in occupied areas, stated as reports without a judgement (unsure: could be read as condemning Russia)"))
U(d, "\"Places of prayer must be kept out of the fighting", "she said.",
  ("United Nations", T, neu, "", "quote over two sentences; appeal to both Governments to respect freedom of religion -> calling_for_talks, both sides -> target empty"))
U(d, "JAN TAKSYUR, a Ukrainian writer who spoke at the invitation of the Russian Federation", "by officials and in the media.",
  ("Jan Taksyur", C, neg, "Ukraine", "independent person invited by Russia; says he was prosecuted and believers branded traitors by officials = accusation against Ukraine's authorities"))
U(d, "The representative of the Russian Federation said the Kyiv authorities were waging a campaign", "allow the Church to be banned.",
  ("Russia", C, neg, "Ukraine", "'waging a campaign to destroy' = accusation; Kyiv = Ukraine; the Lavra is a place"))
U(d, "\"Those who sit here and speak of religious freedom have watched all of this in silence.", "he said.",
  ("Russia", C, neg, "", "quote over two sentences; charges Western members with silence and arming Ukraine = judgement on several states -> target empty"))
U(d, "Speaking in his national capacity, the representative of the United Kingdom said that three days earlier", "protection of believers.",
  ("United Kingdom", C, neg, "Russia", "Russian strike on the cathedral + 'no standing to lecture' = judgement; Moscow = Russia; Odesa is a place"))
U(d, "The representative of the United States said the damage to the Odesa cathedral", "the Russian Federation's concern.",
  ("United States", C, neg, "Russia", "questions Russia's sincerity by pointing to damage it caused = judgement"))
U(d, "The United States delegate added that Washington continued to back Ukraine's right", "international human rights law.",
  ("United States", S, pos, "Ukraine", "backs Ukraine's right to act, with a human-rights proviso -> supporting (the proviso is a condition, not a judgement); Washington = US"))
U(d, "France's representative condemned the strike on the cathedral", "inscribed on the World Heritage List in January.",
  ("France", C, neg, "Russia", "condemns the strike; the striker (Russia) is clear from the page, though unnamed in the sentence"))
U(d, "The French delegate added that Paris stood ready to help restore it.", "stood ready to help restore it.",
  ("France", S, pos, "Ukraine", "offer of help to restore the cathedral = offer of assistance; Paris = France"))
U(d, "The representative of Albania said the meeting was a cynical exercise", "end its war of aggression.",
  ("Albania", C, neg, "Russia", "'a cynical exercise' + 'war of aggression' = judgement (rule 1 over the demand to end the war)"))
U(d, "Malta's delegate said that freedom of religion must be respected in Ukraine as everywhere else", "from Ukrainian territory.",
  ("Malta", T, neg, "Russia", "demand that Russia withdraw, with no judgement word = calling_for_talks with negative tone (labels/README); the freedom-of-religion clause is a general appeal"))
U(d, "Japan's representative deplored the strike on Odesa and said", "international humanitarian law.",
  ("Japan", C, neg, "Russia", "'deplored' + 'disregard for international humanitarian law' = judgement"))
U(d, "The representative of Switzerland said that religious sites were protected", "lawful and proportionate.",
  ("Switzerland", T, neu, "", "appeal to all parties to respect IHL and a legal standard for restrictions; no judgement -> calling_for_talks; all parties -> target empty"))
U(d, "Ecuador's delegate expressed concern at the damage to cultural and religious heritage", "Charter of the United Nations.",
  ("Ecuador", T, neg, "", "concern + call for a just peace = calling_for_talks; concern gives a negative tone"))
U(d, "China's representative said religious questions should not be politicized", "resumption of talks.",
  ("China", T, neu, "", "dialogue, ceasefire, talks; 'should not be politicized' aimed at no one -> calling_for_talks; semicolon keeps one sentence"))
U(d, "Brazil's delegate said Brazil had voted to hear the Archbishop", "in Ukraine be respected.",
  ("Brazil", T, neu, "", "explains its vote (procedure) and urges respect for all believers' rights = appeal without judgement"))
U(d, "The representative of the United Arab Emirates called for places of worship to be spared", "tensions between communities.",
  ("United Arab Emirates", T, neu, "", "appeal to spare places of worship and to de-escalate; all sides -> target empty"))
U(d, "Speaking also for Gabon and Mozambique, the representative of Ghana said", "in accordance with international law.",
  ("Ghana", C, neg, "", "joint statement of the three African members: 'condemned attacks on places of worship wherever they occurred' = explicit condemnation (rule 1) aimed at no named side -> target empty (unsure: general condemnation + appeal could be read as calling_for_talks)"),
  ("Gabon", C, neg, "", "same joint statement, delivered by Ghana on its behalf"),
  ("Mozambique", C, neg, "", "same joint statement, delivered by Ghana on its behalf"))
U(d, "The representative of Ukraine said a country whose missiles had hit an Odesa cathedral", "see the meeting for what it was.",
  ("Ukraine", C, neg, "Russia", "the 'country whose missiles had hit' = Russia; charge of hypocrisy = judgement"))
U(d, "He said that nearly 500 religious buildings of all faiths had been destroyed", "since the full-scale invasion.",
  ("Ukraine", C, neg, "Russia", "accusation by describing the other side's destruction of religious sites = condemning (guide rule 4)"))
U(d, "He rejected the claim that the Church was being persecuted", "services across the country.",
  ("Ukraine", N, neg, "", "denial of persecution with Ukraine's account of the cases -> neutral, negative"))
