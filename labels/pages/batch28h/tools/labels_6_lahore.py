# ------------------------------------------------------------------ The Easter Sunday bombing of Gulshan-e-Iqbal Park, Lahore (world-reacts round-up of a South Asian news site, 2016-03-28)
d = "page_pakistan_lahore_eastbombing2016_worldreacts.txt"
# Not statements: masthead, menu, trending bar, breadcrumb, headline, standfirst (carries positions: a summary, no row), byline/update line,
# [Photo n of 6] captions with credits, crossheads in capitals, ADVERTISEMENT, Related list, tags, share bar with comment count,
# newsletter prompt, most read, copyright.
# "A suicide bomber blew himself up ... killing at least 72 people ..." = casualty narration from no named source, no row.
# "Many of those in the park were Christian families ..." = background, no row.
U(d, "Jamaat-ul-Ahrar, a faction of the Pakistani Taliban, said through its spokesman", "more attacks in Punjab.",
  ("Jamaat-ul-Ahrar", C, neg, "Pakistan", "claim of its own attack + threat of more = a threatened response (condemning); Punjab = Pakistan's province -> target Pakistan"))
# "Here is how Pakistan and governments around the world responded." = link sentence, no row.
# "Prime Minister Nawaz Sharif, who called off a visit ..., chaired a security meeting in Lahore on Monday." = what he did, no position, no row.
U(d, "In a televised address, the prime minister told the nation", "how Pakistanis live.",
  ("Pakistan", C, neg, "Jamaat-ul-Ahrar", "'the prime minister' = Sharif by context; vow to pursue the attackers = threat; the group that claimed the bombing is the target"))
U(d, "Army chief General Raheel Sharif ordered the army and the Rangers", "the military's media wing, ISPR.",
  ("Pakistan", C, neg, "", "army speaks for its state; announced operations against militant networks = condemning; several groups -> target empty; 'according to a statement from' = second-hand attribution"))
U(d, "ISPR's director general, Lieutenant General Asim Bajwa, said on Twitter", "had been seized.",
  ("Pakistan", N, neu, "", "arrest and seizure figures = facts"))
U(d, "Punjab Chief Minister Shahbaz Sharif announced three days of mourning", "families of the dead.",
  ("Pakistan", N, neu, "", "provincial official = his state; mourning and compensation for its own citizens = measures, not a stance toward another actor"))
U(d, "President Mamnoon Hussain: an attack on the innocent", "the nation's resolve.",
  ("Pakistan", C, neg, "", "verbless line: judgement of the attack, attacker not named in the unit -> target empty"))
U(d, "India: Prime Minister Narendra Modi telephoned Nawaz Sharif", "families of the victims.",
  ("India", S, neg, "Pakistan", "condolences and solidarity by phone = supporting; grief -> negative tone"))
U(d, "Afghanistan: President Ashraf Ghani condemned the attack", "confront together.",
  ("Afghanistan", C, neg, "", "condemnation with an attribution tail ('his office said') + a call for joint action: rule 1"))
U(d, "China: Foreign Ministry spokesperson Hong Lei said Beijing condemned the bombing", "fight against terrorism.",
  ("China", C, neg, "", "condemnation + backing of Islamabad: the judgement decides (rule 1)"))
U(d, "Iran: Foreign Ministry spokesman Hossein Jaber Ansari denounced", "government and nation.",
  ("Iran", C, neg, "", "denounced + sympathy: rule 1"))
U(d, "Bangladesh: condolences from Prime Minister Sheikh Hasina's office", "issued in Dhaka.",
  ("Bangladesh", S, neg, "Pakistan", "verbless bullet: condolences = sympathy, supporting"))
U(d, "United Nations: Secretary-General Ban Ki-moon deplored what he called an abhorrent crime", "protect religious minorities.",
  ("United Nations", C, neg, "", "judgement + appeal to protect minorities: rule 1"))
U(d, "UN Security Council: a press statement condemning the attack", "held accountable.",
  ("United Nations", C, neg, "", "verbless bullet; Council = UN; condemnation + demand for accountability"))
U(d, "United States: National Security Council spokesperson Ned Price said", "government of Pakistan.",
  ("United States", C, neg, "", "'senseless' = judgement; solidarity with Pakistan in the same sentence: rule 1"))
U(d, "United Kingdom: Prime Minister David Cameron said on Twitter that he was shocked", "scenes from Lahore.",
  ("United Kingdom", N, neg, "", "shock with no judgement and no appeal = neutral, negative"))
U(d, "Cameron added that Britain would do whatever it could to help.", "whatever it could to help.",
  ("United Kingdom", S, pos, "Pakistan", "surname only; offer of help = supporting"))
U(d, "France: President Francois Hollande said France shared the grief", "Pakistani people.",
  ("France", S, neg, "Pakistan", "sympathy = supporting, grief tone"))
U(d, "European Union: the EU's foreign policy chief, Federica Mogherini, said the bloc stood alongside Pakistan", "killing of children.",
  ("European Union", C, neg, "", "'the bloc' = EU; solidarity + 'no cause could ever justify' the killing = explicit judgement (rule 1)"))
U(d, "Belgium: Foreign Minister Didier Reynders, whose own capital was bombed", "mourned together.",
  ("Belgium", S, neg, "Pakistan", "'Brussels' = Belgium (metonym); shared mourning = solidarity"))
U(d, "Russia: in a message to President Hussain and Prime Minister Sharif", "efforts against terrorism.",
  ("Russia", C, neg, "", "'savage crime' + support: rule 1"))
U(d, "Turkey: a phone call from President Recep Tayyip Erdogan", "condolences for the victims.",
  ("Turkey", S, neg, "Pakistan", "verbless bullet: condolence call = supporting"))
U(d, "Saudi Arabia: an official source at the Foreign Ministry, quoted by the Saudi Press Agency", "its condolences.",
  ("Saudi Arabia", C, neg, "", "unnamed official of a named government speaks for it; the agency is not an actor; condemnation + condolences"))
U(d, "Holy See: Pope Francis, addressing pilgrims on Easter Monday", "especially Christians.",
  ("Holy See", T, neg, "", "prayer + appeal to protect minorities, no judgement = calling_for_talks; two addressees (authorities and communities) -> target empty"))
U(d, "Naveed Gill, a rickshaw driver who was at the park", "come for the holiday.",
  ("Naveed Gill", N, neg, "", "invented witness; what he saw at the gate, stated as fact"))
U(d, "\"Those in charge left the gate open to anyone.", "Gill said.",
  ("Naveed Gill", C, neg, "Pakistan", "two-sentence quote: 'should be ashamed' = judgement of the authorities"))
U(d, "Ayesha Qureshi, a security analyst at the Islamabad Centre for Conflict Studies, said", "southern Punjab.",
  ("Ayesha Qureshi", N, neu, "", "invented analyst; assessment"))
U(d, "Qureshi said an operation alone would not be enough, and hoped", "rather than trade blame.",
  ("Ayesha Qureshi", T, pos, "", "hope for agreement among domestic actors = calling_for_talks"))
