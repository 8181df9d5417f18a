from common import R
D = 'page_iraq_erbil_turkishdiplomat2019_mfa.html'
R(D, "The Ministry of Foreign Affairs welcomes the announcement by the security authorities of the Kurdistan Region of the arrest of the main suspect in the killing of the Turkish diplomat in Erbil and of a number of people who helped him, and it commends the cooperation between the federal and regional security services that led to this result.",
  'Iraq', 'supporting', 'positive', 'Kurdistan Regional Government', "welcome of the KRG's arrests + praise")
R(D, "The Kurdistan Region Security Council said in a statement that the main suspect, a Turkish national, had been detained together with others accused of helping him, and that the investigation was continuing in coordination with Baghdad and Ankara.",
  'Kurdistan Regional Government', 'neutral', 'neutral', '', "the Region's security council speaks for the KRG; facts of the arrest; Baghdad and Ankara are objects")
R(D, "The Ministry reiterates Iraq's rejection of any use of its territory to attack neighbouring countries, and equally its rejection of any military action across its borders that violates its sovereignty, and it calls for both matters to be addressed through joint security cooperation.",
  'Iraq', 'condemning', 'negative', '', "'rejection of any military action ... that violates its sovereignty' = judgement on unnamed acts (PKK presence, Turkish cross-border strikes), then an appeal: rule 1; two unnamed targets -> empty (unsure)")
R(D, "The Ministry values the statements of condemnation issued by the United Nations Assistance Mission for Iraq, the Embassy of the United States of America in Baghdad, the League of Arab States and a number of brotherly and friendly countries.",
  'Iraq', 'supporting', 'positive', '', "thanks for others' solidarity; several actors -> target empty")
R(D, "The Ministry values the statements of condemnation issued by the United Nations Assistance Mission for Iraq, the Embassy of the United States of America in Baghdad, the League of Arab States and a number of brotherly and friendly countries.",
  'United Nations', 'condemning', 'negative', '', "UNAMI's condemnation, reported by Iraq; attackers unnamed")
R(D, "The Ministry values the statements of condemnation issued by the United Nations Assistance Mission for Iraq, the Embassy of the United States of America in Baghdad, the League of Arab States and a number of brotherly and friendly countries.",
  'United States', 'condemning', 'negative', '', "the US embassy's condemnation, reported by Iraq")
R(D, "The Ministry values the statements of condemnation issued by the United Nations Assistance Mission for Iraq, the Embassy of the United States of America in Baghdad, the League of Arab States and a number of brotherly and friendly countries.",
  'Arab League', 'condemning', 'negative', '', "the League's condemnation, reported by Iraq; 'a number of ... countries' unnamed -> no rows")
R(D, "The Senior Undersecretary of the Ministry of Foreign Affairs received the Ambassador of the Republic of Turkey in Baghdad, Fatih Yildiz, at the Ministry's headquarters today, and renewed to him Iraq's condemnation of the cowardly attack that targeted the staff of the Turkish Consulate General in Erbil.",
  'Iraq', 'condemning', 'negative', '', "renewed condemnation of the (unnamed) attackers")
R(D, "Ambassador Yildiz conveyed his country's gratitude for the solidarity shown by the Iraqi Government and people, and said that Turkey had full confidence in the Iraqi investigation.",
  'Turkey', 'supporting', 'positive', 'Iraq', "gratitude + confidence")
R(D, "Prime Minister Adil Abdul-Mahdi made a telephone call today to President Recep Tayyip Erdogan of the Republic of Turkey, in which he conveyed the condolences of the Iraqi Government and people for the killing of the diplomat Osman Kose and expressed his sorrow to the families of the victims.",
  'Iraq', 'supporting', 'negative', 'Turkey', "condolences to Turkey = supporting; the call is made by Iraq's PM")
R(D, "The Prime Minister affirmed that any attack on a diplomatic mission is an attack on Iraq itself, and that those who planned the crime sought to undermine the security of the country and its relations with its neighbours.",
  'Iraq', 'condemning', 'negative', '', "judgement of the planners ('the crime'), unnamed")
R(D, "President Erdogan expressed his appreciation for the speed with which the Iraqi authorities had moved after the attack, and said that Turkey was counting on Baghdad and Erbil to bring everyone involved to justice.",
  'Turkey', 'supporting', 'positive', 'Iraq', "appreciation of Iraq's response; expectation of justice addressed to Baghdad and Erbil (unsure)")
R(D, "Minister of Foreign Affairs Dr. Mohamed Ali Alhakim received a telephone call this evening from his Turkish counterpart, Mevlut Cavusoglu, during which he offered his condolences for the killing of the Turkish diplomat in Erbil and his sympathy to the family of the Iraqi citizen who lost his life in the same attack.",
  'Iraq', 'supporting', 'negative', 'Turkey', "'he' = Alhakim, the subject; condolences")
R(D, "Dr. Alhakim said that those who carried out the crime had hoped to drive a wedge between the two neighbours and that they would fail, because the ties between the Iraqi and Turkish peoples are older and deeper than any act of terrorism.",
  'Iraq', 'condemning', 'negative', '', "judgement of the attackers ('the crime', 'terrorism')")
R(D, "For his part, Mr. Cavusoglu thanked the Iraqi side for its swift response and said that Ankara was ready to send a team of investigators to assist if the Iraqi authorities so wished.",
  'Turkey', 'supporting', 'positive', 'Iraq', "thanks + offer of assistance")
R(D, "The two ministers agreed to remain in close contact until the perpetrators are brought to justice.",
  'Iraq', 'neutral', 'neutral', '', "agreement to stay in contact (cooperation, not a peace appeal)")
R(D, "The two ministers agreed to remain in close contact until the perpetrators are brought to justice.",
  'Turkey', 'neutral', 'neutral', '', "same sentence, second minister")
R(D, "The Ministry of Foreign Affairs condemns in the strongest terms the armed attack that targeted employees of the Consulate General of the Republic of Turkey in Erbil this afternoon, which claimed the life of a Turkish diplomat and an Iraqi citizen and wounded another.",
  'Iraq', 'condemning', 'negative', '', "attackers unknown -> target empty")
R(D, "The Ministry extends its sincere condolences to the Government and people of friendly Turkey and to the families of the victims, and wishes the wounded a swift recovery.",
  'Iraq', 'supporting', 'negative', 'Turkey', "condolences")
R(D, "Ministry spokesman Ahmed al-Sahaf said the Ministry was following the investigation hour by hour with the federal security services and the authorities of the Kurdistan Region, and that the perpetrators would not escape punishment.",
  'Iraq', 'condemning', 'negative', '', "warning to the perpetrators = threatened response")
R(D, "Al-Sahaf stressed that the protection of diplomatic missions on Iraqi soil is an obligation that the Iraqi state takes seriously under the Vienna Conventions.",
  'Iraq', 'neutral', 'positive', '', "reassurance about own conduct")
R(D, "The Ministry also notes the statement of the Kurdistan Regional Government, whose Prime Minister Masrour Barzani described the attack as a crime aimed at the security of the Region and pledged that those responsible would be punished.",
  'Kurdistan Regional Government', 'condemning', 'negative', '', "KRG PM's judgement + pledge; Iraq only 'notes' it (no row for Iraq)")
# no row: titles, dates, share lines, sidebar links.
