# ------------------------------------------------------------------ Death of Iranian President Ebrahim Raisi: condolences and reactions (scraped Gulf regional page, 2024-05-20)
# Condolences: solidarity with the bereaved state = supporting (guide: 'expresses ... solidarity'); tone negative where grief or
# sympathy is expressed, positive where the message is a tribute/praise, neutral for acts (aid, mourning days) told plainly.
d = "page_raisi_condolences_regionalpage.txt"
U(d, "Iran's government confirmed the deaths in a statement early on Monday", "the slightest disruption.",
  ("Iran", N, neu, "", "fact + reassurance about its own continuity = neutral (labels/README: reassurance about own conduct); the lead before it ('Messages of sympathy poured into Tehran') names no actor"))
U(d, "Supreme Leader Ayatollah Ali Khamenei declared five days of public mourning", "as the constitution provides.",
  ("Iran", N, neu, "", "procedures (mourning, acting president); the next sentence (50 days) is narrative"))
U(d, "The armed forces chief of staff, Major General Mohammad Bagheri, ordered", "cause of the crash.",
  ("Iran", N, neu, "", "Bagheri = Iran (name files); an investigation ordered, no blame"))
U(d, "Foreign Ministry spokesman Nasser Kanaani thanked the countries", "through the night.",
  ("Iran", S, pos, "", "thanks = approval (supporting); several countries -> target empty"))
U(d, "President Vladimir Putin, in a message to Khamenei, praised Raisi", "a reliable partner.",
  ("Russia", S, pos, "Iran", "tribute/condolence = solidarity, praise -> positive; crosshead 'Russia and China' is not a statement"))
U(d, "Moscow had flown rescuers with mountain equipment", "the Emergencies Ministry said.",
  ("Russia", S, neu, "Iran", "'the Emergencies Ministry' = Russia's by context; rescuers sent = aid by act; Tabriz = place"))
U(d, "Xi Jinping said in his message that Raisi's death was a heavy loss for Iran", "he had championed.",
  ("China", S, pos, "Iran", "condolence (a heavy loss) + commitment to the partnership = supporting, positive (tribute); Beijing = metonym"))
U(d, "Azerbaijani President Ilham Aliyev, who had opened a dam on the border with Raisi", "friendship between our peoples.",
  ("Azerbaijan", S, pos, "Iran", "quotation opened after a colon and left open (continued in the next paragraph); tribute to the friendship; crosshead 'Neighbours' is not a statement"))
U(d, "\"It is hard to accept that a day which began so warmly ended in such grief,\"", "Aliyev wrote.",
  ("Azerbaijan", S, neg, "Iran", "quotation continued over the paragraph break; grief = negative tone; condolence = supporting"))
U(d, "Turkish President Recep Tayyip Erdogan said he was deeply pained", "\"brother\" Raisi.",
  ("Turkey", S, neg, "Iran", "condolence with grief"))
U(d, "An Akinci drone sent by Ankara located a heat source", "the Turkish Defence Ministry said.",
  ("Turkey", S, neu, "Iran", "aid by act (drone located the wreckage) with an attribution tail; Ankara = metonym"))
U(d, "Pakistan, Turkey and India declared a day of national mourning", "flown at half-mast.",
  ("Pakistan", S, neu, "Iran", "list of three states, one row each; national mourning = act of solidarity, told plainly"),
  ("Turkey", S, neu, "Iran", "same list"),
  ("India", S, neu, "Iran", "same list"))
U(d, "Pakistani Prime Minister Shehbaz Sharif, whose country hosted Raisi only a month ago", "calm and unity.",
  ("Pakistan", T, pos, "Iran", "hope that calm holds = calling_for_talks (guide: hoping that stability returns), rule 2 before 3; target = the one party addressed"))
U(d, "In New Delhi, Prime Minister Narendra Modi wrote on X", "alongside the Iranian people.",
  ("India", S, neg, "Iran", "condolence: grieving alongside = negative tone; New Delhi = place; the 'Related:' link before it is furniture"))
U(d, "European Council President Charles Michel sent the EU's condolences", "over the crash.",
  ("European Union", S, neg, "Iran", "condolences = solidarity; sympathy for a loss = negative tone; crosshead 'Europe and the UN' is not a statement"))
U(d, "At Tehran's request, the EU had switched on its Copernicus satellite mapping service", "Janez Lenarčič said.",
  ("European Union", S, neu, "Iran", "aid by act (satellite mapping) with an attribution tail; 'Tehran's request' = possessive, not a speaker"))
U(d, "UN Secretary-General Antonio Guterres was saddened to learn of the deaths", "his spokesman said.",
  ("United Nations", S, neg, "Iran", "condolence via the spokesman (attribution tail)"))
U(d, "In Washington, State Department spokesman Matthew Miller said the United States expressed formal condolences", "their basic rights.",
  ("United States", S, neu, "", "formal condolences + standing with Iranians seeking rights = supporting; target empty: the condolences go to the state, the support to the people against it (unsure; the second half is a veiled criticism, no explicit judgement)"))
U(d, "He said Iran had asked Washington for help with the search", "logistical reasons.",
  ("United States", N, neu, "", "'He' = Miller; fact (a request received, help not given), no evaluation; Iran's request is reported, not a position"))
U(d, "John Kirby, the White House national security spokesman, struck a harsher tone", "nobody should forget it.",
  ("United States", C, neg, "Iran", "judgement of Raisi's record (grave abuses, killing of protesters) = condemning; Raisi = Iran's president"))
U(d, "An Israeli official, speaking on condition of anonymity, told Reuters", "nothing to do with the crash.",
  ("Israel", N, neg, "", "unnamed official of a named government = Israel; denial = neutral, negative; Reuters only carries it"))
U(d, "Amnesty International said Raisi's death must not close the door on justice", "a central part.",
  ("Amnesty International", C, neg, "Iran", "accusation of a central part in the 1988 massacres and the 2022 crackdown + demand for justice = condemning (rule 1); crosshead 'Rights groups' is not a statement; the funeral sentences after it are narrative"))
