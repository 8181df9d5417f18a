# ------------------------------------------------------------------ Iran: the Khash-Zahedan road bombing of IRGC personnel and the row with Pakistan (national daily scraped as text, 2019-02-18)
d = "page_iran_khashzahedan_bombing2019_dailyscrape.txt"
# Not statements: masthead, dates, menu, breadcrumb, headline, standfirst, byline, [Photo] captions, ADVERTISEMENT, crosshead,
# share line, tags, Related, MOST READ, comments, footer.
U(d, "The Foreign Ministry on Sunday summoned Pakistan's ambassador, Riffat Masood", "against the group behind it.",
  ("Iran", C, neg, "Pakistan", "dateline excluded; summoning to protest + demand = condemning"))
U(d, "A senior ministry official told the envoy that Iran expected Pakistan", "according to a ministry statement.",
  ("Iran", C, neg, "Pakistan", "demand + 'would not accept' its territory being used = judgement"))
U(d, "The statement said the ambassador conveyed her government's condolences", "cooperate fully with the investigation.",
  ("Pakistan", S, pos, "Iran", "the envoy = Pakistan, reported in Iran's statement; condolences + cooperation offered = supporting"))
U(d, "Speaker of Parliament Ali Larijani told an open session of the Majlis", "its share of responsibility.",
  ("Iran", C, neg, "Pakistan", "speaker = Iran (name files); 'could not escape responsibility' = judgement"))
U(d, "\"We have always treated Pakistan as a brother.", "Larijani said.",
  ("Iran", C, neg, "Pakistan", "two-sentence quote closed by its speaker; reproach"))
U(d, "President Hassan Rouhani, speaking to reporters in Tehran on Sunday", "governments of the region.",
  ("Iran", C, neg, "", "vow of revenge + accusation of the US, Israel and regional states -> several targets, empty; Tehran = place"))
U(d, "Rouhani said he expected the Pakistani government to show through concrete action", "on its territory.",
  ("Iran", T, neg, "Pakistan", "demand addressed to one side with no judgement word = calling_for_talks, negative (labels/README; unsure: close to the condemning demands above)"))
# "The bombing, which struck a bus ..." = narration, no row.
U(d, "The IRGC Ground Force said in a statement on Wednesday night", "on the road to Zahedan.",
  ("Iran", N, neu, "", "the Guards = Iran; facts of the attack"))
U(d, "The Jaish al-Adl terrorist group, which has attacked border guards", "posted on social media.",
  ("Jaish al-Adl", N, neu, "", "claim of its own attack with no judgement stated = neutral (guide); 'terrorist' is the paper's word"))
U(d, "Addressing tens of thousands of mourners at the funeral of the martyrs in Isfahan", "the Guards would.",
  ("Iran", C, neg, "Pakistan", "IRGC commander = Iran; accusation + threat"))
U(d, "He also accused Saudi Arabia and the United Arab Emirates of paying for anti-Iranian groups", "would reach them too.",
  ("Iran", C, neg, "", "accusation + threat aimed at two states (and the US and Israel) -> empty; Washington/Tel Aviv = metonyms"))
U(d, "The Leader of the Islamic Revolution, Ayatollah Seyyed Ali Khamenei, said in a message of condolence", "without pause.",
  ("Iran", C, neg, "", "accuses foreign intelligence services, unnamed -> target empty"))
U(d, "Interior Minister Abdolreza Rahmani Fazli said governments that let terrorists", "for the bloodshed.",
  ("Iran", C, neg, "", "blame on unnamed governments (Pakistan implied, not named) -> target empty"))
U(d, "On the night of the attack, Foreign Minister Mohammad Javad Zarif accused the organisers", "in Sistan and Baluchestan.",
  ("Iran", C, neg, "United States", "accusation of the US-sponsored conference's organisers; Warsaw = place"))
U(d, "In a telephone call with Zarif on Sunday, Pakistani Foreign Minister Shah Mahmood Qureshi condemned", "according to the Foreign Ministry.",
  ("Pakistan", C, neg, "Jaish al-Adl", "Qureshi = Pakistan, reported by Iran's ministry; condemnation of the attack (perpetrator by context) + sympathy"))
U(d, "Qureshi said Pakistan would send a team of specialists to Tehran", "along the border.",
  ("Pakistan", S, pos, "Iran", "offer of help with the investigation and joint action = supporting (unsure: could be calling_for_talks)"))
U(d, "Pakistan's Foreign Office spokesman, Mohammad Faisal, had said on Thursday", "grief of the Iranian people.",
  ("Pakistan", C, neg, "Jaish al-Adl", "condemnation + sympathy -> condemning (rule 1); perpetrator by context"))
# "Islamabad has in the past rejected accusations ..." = vague background, no specific statement, no row.
U(d, "The UN Security Council, in a press statement agreed by all 15 members on Thursday", "cowardly terrorist act.",
  ("United Nations", C, neg, "Jaish al-Adl", "Security Council = United Nations; perpetrator by context"))
U(d, "The Council members offered their condolences", "Islamic Republic of Iran.",
  ("United Nations", S, pos, "Iran", "condolences to the government = solidarity"))
U(d, "They urged all states to work actively with the Iranian government", "brought to justice.",
  ("United Nations", S, neu, "Iran", "appeal to cooperate with Iran = backing of its pursuit (unsure: could be calling_for_talks)"))
U(d, "In Zahedan, the province's leading Sunni cleric, Molavi Abdolhamid Ismaeelzahi", "people of Baluchestan.",
  ("Molavi Abdolhamid Ismaeelzahi", C, neg, "Jaish al-Adl", "independent person (new actor); condemnation of the bombing, perpetrator by context; Zahedan = place"))
