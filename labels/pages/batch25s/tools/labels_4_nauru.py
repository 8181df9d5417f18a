# ------------------------------------------------------------------ New Zealand's freeze of Nauru justice aid and the Roland Kun case (public broadcaster, 2015-09-08)
d = "page_nauru_kun_justiceaid2015_broadcaster.txt"
# Not statements: network masthead, menu, section, headline, time stamps, "Listen" audio line, the photo caption with
# credit, ADVERTISEMENT, crossheads, related stories, tags, newsletter prompt, copyright.
U(d, "New Zealand's Prime Minister John Key has refused to back down", "the government's critics.",
  ("New Zealand", C, neg, "Nauru", "lede carrying a position: Key keeps the aid freeze and judges Nauru's courts"))
U(d, "Nauru's President Baron Waqa rejected the suggestion", "political prisoner.",
  ("Nauru", N, neg, "", "denial = neutral, negative"))
U(d, "He said Mr Kun's passport would be handed back", "when that might be.",
  ("Nauru", N, neu, "", "'He' = Waqa; procedure"))
U(d, "Mr Waqa also said he felt let down by Wellington", "side of the story.",
  ("Nauru", C, neg, "New Zealand", "Wellington = metonym for New Zealand; judgement of the decision"))
U(d, "The dispute dates back to last Thursday, when Foreign Minister Murray McCully put on hold", "justice sector.",
  ("New Zealand", C, neg, "Nauru", "a measure (aid suspension) reported as done = condemning"))
U(d, "\"It gives me no pleasure at all to hold this money back", "Mr McCully said.",
  ("New Zealand", C, neg, "Nauru", "judgement: system 'used against the very people it should protect'"))
U(d, "He singled out the seizure of Mr Kun's passport", "faced no charge.",
  ("New Zealand", C, neg, "Nauru", "judgement on the minister-ordered travel ban"))
U(d, "Mr McCully hopes to sit down with Mr Waqa", "dealt with.",
  ("New Zealand", T, pos, "Nauru", "hope for a meeting + conditional resumption = calling_for_talks"))
U(d, "In a statement issued on Friday, the Nauruan government said", "foreign media.",
  ("Nauru", C, neg, "New Zealand", "'the Nauruan government' (adjective); 'unjustified' = judgement"))
U(d, "The statement said Nauru still valued its partnership", "open to talks.",
  ("Nauru", T, pos, "New Zealand", "offer of talks"))
U(d, "In remarks carried by the Nauru Government Information Office, Mr Adeang went further", "answer to its donors.",
  ("Nauru", C, neg, "New Zealand", "justice minister = Nauru; 'went further' sits inside the unit; accusation of colonial treatment"))
U(d, "Mr Adeang says Mr Kun is under investigation", "bring it down by force.",
  ("Nauru", C, neg, "Roland Kun", "accusation against the MP"))
# "Five opposition MPs, including Mr Kun, have been suspended ..." and "Mr Kun's passport was cancelled in June ..." = narration, no row.
U(d, "Speaking to the Pacific Service by phone from Yaren, Mr Kun said", "the New Zealand money.",
  ("Roland Kun", N, neg, "", "Kun reports what the government does; his own stance here is a complaint without a judgement word"),
  ("Nauru", C, neg, "Roland Kun", "a position of Nauru (blaming Kun) reported by Kun = Nauru's statement (guide: X reported by Y)"))
U(d, "\"Wellington gave them every chance", "he said.",
  ("Roland Kun", C, neg, "Nauru", "opposition MP (declared as a person); judgement of his government ('excuses')"))
U(d, "Mr Kun said all he wanted was to go home to his family.", "to his family.",
  ("Roland Kun", N, neg, "", "personal wish, no position on an actor"))
U(d, "In Canberra, Foreign Minister Julie Bishop said President Waqa had personally promised her", "cases properly.",
  ("Australia", N, neu, "", "Bishop reports an assurance, takes no position of her own"),
  ("Nauru", N, pos, "", "Waqa's promise reported by Bishop = Nauru's reassurance about its own conduct"))
U(d, "Ms Bishop said Canberra had no plans to touch its own aid programme", "and the public service.",
  ("Australia", S, neu, "Nauru", "aid kept in place = backing by act (unsure: could be neutral, a statement of no change)"))
# "Australia pays for the detention centre on Nauru ..." = background narration, no row.
U(d, "The Greens senator Sarah Hanson-Young said the Abbott government was looking the other way", "detention centre.",
  ("Australian Greens", C, neg, "", "judgement on her own government and on Nauru -> target empty"))
U(d, "She called on Canberra to follow New Zealand's lead", "justice sector.",
  ("Australian Greens", C, neg, "Nauru", "call for a sanction = condemning (labels/README)"))
U(d, "Earlier this year the United States State Department criticised", "on the island.",
  ("United States", C, neg, "Nauru", "a specific past act reported (criticism of the Facebook block)"))
U(d, "The UN human rights office said in June that it was alarmed", "speak freely.",
  ("United Nations", T, neg, "Nauru", "alarm + appeal, no judgement word = calling_for_talks"))
U(d, "The Forum Secretary General, Dame Meg Taylor, declined to comment", "two member governments.",
  ("Pacific Islands Forum", N, neu, "", "declining to comment = neutral"))
U(d, "\"Families here are split down the middle", "community leader in Auckland.",
  ("Maria Detenamo", N, neg, "", "invented community leader; reports both views, takes none"))
U(d, "She urged the two governments to sit down together", "work in New Zealand.",
  ("Maria Detenamo", T, neg, "", "appeal for talks, both governments -> target empty"))
U(d, "Aroha Pennefather, a Wellington constitutional lawyer", "for every donor.",
  ("Aroha Pennefather", C, neg, "Nauru", "invented lawyer; judgement of the magistrate's expulsion and visa cancellation"))
U(d, "Ms Pennefather said the freeze was unlikely to change much", "New Zealand's.",
  ("Aroha Pennefather", N, neu, "", "assessment of effect, no judgement"))
