# ------------------------------------------------------------------ Ahvaz: the attack on the Sacred Defence Week parade, 22 Sept 2018 (Iranian state media, 2018-09-23)
d = "page_ahvaz_parade_attack2018_statemedia.txt"
# Not statements: menu, breadcrumb, news ID and date line, headline, photo captions with "[Photo 1 of 6]" and credits,
# crossheads, Related news, keywords, copyright line.
U(d, "The Leader of the Islamic Revolution, Ayatollah Seyyed Ali Khamenei, on Sunday described", "punish everyone involved.",
  ("Iran", C, neg, "", "dateline excluded; blames regional governments and Washington (several targets -> empty) + orders punishment"))
U(d, "In a message published on his official website, the Leader offered condolences", "shake its unity.",
  ("Iran", N, neg, "", "condolences to his own citizens + defiance of unnamed 'enemies'; no judgement of a named actor (unsure: condemning if 'enemies' schemes' is read as an accusation)"))
# "Gunmen dressed in military uniforms opened fire ..." = narration, no row.
U(d, "Khuzestan Governor Gholamreza Shariati said 25 people had been martyred", "about 60 others were wounded.",
  ("Iran", N, neu, "", "provincial official resolves to his state; casualty figures"))
U(d, "All four attackers were killed by the security forces", "the governor said.",
  ("Iran", N, neu, "", "facts given by the governor"))
U(d, "President Hassan Rouhani, speaking at Mehrabad airport before leaving", "firm and within the law.",
  ("Iran", N, neu, "", "announces a response 'within the law' with no target or judgement (unsure: a veiled threat, condemning)"))
U(d, "\"Every state that paid for these men, armed them or sheltered them is on our list", "he said.",
  ("Iran", C, neg, "", "threat against the states behind the attack; unnamed states -> target empty"))
U(d, "Rouhani said the Persian Gulf states that bankrolled such groups", "written in Washington.",
  ("Iran", C, neg, "", "accusation of the Gulf states and the US (several -> empty)"))
U(d, "Foreign Minister Mohammad Javad Zarif wrote on his social media account", "had limits.",
  ("Iran", C, neg, "", "veiled threat to the attackers' foreign backers (unnamed)"))
U(d, "The Islamic Revolution Guards Corps said in a statement that the planners", "would not be left unanswered.",
  ("Iran", C, neg, "", "IRGC = Iran (alias); threat of revenge"))
U(d, "Armed Forces spokesman Brigadier General Abolfazl Shekarchi said the attackers", "the Zionist regime.",
  ("Iran", C, neg, "", "accusation of the US and Israel (two targets -> empty)"))
U(d, "Minister of Intelligence Mahmoud Alavi said the security services had identified", "arrested in Khuzestan.",
  ("Iran", N, neu, "", "own investigation and arrests"))
U(d, "The Foreign Ministry on Sunday summoned the ambassadors of Denmark and the Netherlands", "spokesman Bahram Qasemi said.",
  ("Iran", C, neg, "", "summons in protest of three states (several -> empty)"))
U(d, "Qasemi said Tehran had for years handed European capitals files", "nothing but silence in return.",
  ("Iran", C, neg, "", "complaint of European inaction (several capitals -> empty)"))
U(d, "\"Those who give shelter to the killers of our children", "he said.",
  ("Iran", C, neg, "", "judgement of the governments sheltering the group (several -> empty)"))
U(d, "Deputy Foreign Minister Abbas Araghchi later summoned the charge d'affaires", "an endorsement of the attack.",
  ("Iran", C, neg, "United Arab Emirates", "summons over remarks"))
U(d, "The Emirati diplomat was told that the Islamic Republic would hold the UAE responsible", "the ministry said.",
  ("Iran", C, neg, "United Arab Emirates", "warning; attribution tail"))
U(d, "The so-called al-Ahvaziya group, whose leaders live in European countries, claimed", "in a statement.",
  ("Patriotic Arab Democratic Movement in Ahwaz", N, neu, "", "claim of one's own attack, no judgement = neutral (guide: own strike reported as done)"))
U(d, "The ISIS terrorist group also claimed the attack", "Amaq outlet.",
  ("Islamic State", N, neu, "", "claim of responsibility = neutral"))
U(d, "Russian President Vladimir Putin sent a message of condolence", "against terrorism.",
  ("Russia", S, neu, "Iran", "condolences + offer of cooperation = supporting"))
U(d, "The Syrian Foreign Ministry condemned the cowardly terrorist attack", "armed the terrorists in Syria.",
  ("Syria", C, neg, "", "condemnation + accusation of unnamed states"))
U(d, "Turkish Foreign Minister Mevlut Cavusoglu telephoned Zarif", "with the Iranian people.",
  ("Turkey", S, neu, "Iran", "condolences and solidarity"))
U(d, "The Emir of Kuwait, Sheikh Sabah al-Ahmad al-Jaber al-Sabah, condemned", "to President Rouhani.",
  ("Kuwait", C, neg, "", "condemnation of the attack; perpetrators unnamed -> target empty"))
U(d, "Qatar's Emir Sheikh Tamim bin Hamad Al Thani spoke to Rouhani", "solidarity with Iran.",
  ("Qatar", S, pos, "Iran", "solidarity"))
U(d, "Iraq's Foreign Ministry condemned the crime", "terrorism in all its forms.",
  ("Iraq", C, neg, "", "condemnation + solidarity (rule 1)"))
U(d, "The Pakistani Foreign Office said Pakistan stood with the government", "hour of grief.",
  ("Pakistan", S, neg, "Iran", "solidarity; grieving tone"))
U(d, "Oman's Foreign Ministry offered its condolences and called on the countries", "could not exploit them.",
  ("Oman", T, neu, "", "condolences + appeal for regional dialogue, no judgement = calling_for_talks"))
U(d, "Chinese Foreign Ministry spokesman Geng Shuang said Beijing strongly condemned", "terrorism in all its forms.",
  ("China", C, neg, "", "condemnation"))
U(d, "United Nations Secretary-General Antonio Guterres condemned the attack", "his spokesman said.",
  ("United Nations", C, neg, "", "condemnation + call for justice (rule 1)"))
U(d, "Danish Foreign Minister Anders Samuelsen condemned the attack", "had been involved.",
  ("Denmark", C, neg, "", "condemnation + conditional warning"))
U(d, "Emirati Minister of State for Foreign Affairs Anwar Gargash denied any Emirati link", "on Sunday.",
  ("United Arab Emirates", N, neg, "", "denial = neutral, negative"))
U(d, "He accused Iranian officials of turning a domestic tragedy", "against a neighbour.",
  ("United Arab Emirates", C, neg, "Iran", "'He' = Gargash; accusation"))
U(d, "The US Ambassador to the United Nations, Nikki Haley, rejected Tehran's accusations", "pointing at Washington.",
  ("United States", C, neg, "Iran", "denial + counter-accusation about Iran's treatment of its people (rule 1)"))
U(d, "Dr. Hamid-Reza Tabatabaei, a lecturer in international relations at the University of Tehran, told", "was no accident.",
  ("Hamid-Reza Tabatabaei", N, neg, "", "invented lecturer; insinuation about the timing, no explicit judgement of an actor"))
U(d, "\"The European governments cannot keep saying", "Tabatabaei said.",
  ("Hamid-Reza Tabatabaei", C, neg, "", "judgement of European governments (several -> empty)"))
U(d, "\"Either they list them or they share responsibility.\"", "share responsibility.\"",
  ("Hamid-Reza Tabatabaei", C, neg, "", "quote continued after the attribution, same speaker; holds them responsible unless they act"))
U(d, "Zahra Rostami, a teacher who was watching the parade", "from behind the stand.",
  ("Zahra Rostami", N, neg, "", "invented witness; account"))
U(d, "\"People were throwing themselves over the children,\" she said.", "she said.",
  ("Zahra Rostami", N, neg, "", "witness description, no position"))
