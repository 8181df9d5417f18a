# ------------------------------------------------------------------ Sehwan: the Lal Shahbaz Qalandar shrine bombing (scraped Sindh daily, 2017-02-18)
d = "page_sehwan_qalandar_shrine2017_sindhdaily.txt"
# Not statements: masthead, menu, breadcrumb, headline + standfirst (both carry positions, never rows), byline, photo captions, ADVERTISEMENT, crossheads, Related, tags, most read, share bar, copyright.
U(d, "The death toll from Thursday evening's suicide bombing", "sent back to Pakistan.",
  ("Pakistan", C, neg, "Afghanistan", "dateline excluded; lead: toll (narration) + the military summoning Afghan diplomats and demanding arrests or handover = a measure against Afghanistan"))
# "The bomber entered the shrine ..." and "More than 250 people were wounded ..." = narration and figures from no named source, no row.
U(d, "The militant Islamic State group said through its Amaq outlet", "a \"polytheist\" ritual.",
  ("Islamic State", C, neg, "", "claim of the attack + branding the worshippers' ritual 'polytheist' = hostile judgement; no canonical target"))
U(d, "The Inter-Services Public Relations (ISPR) said senior officials", "attacking the country.",
  ("Pakistan", C, neg, "Afghanistan", "the military's media wing = Pakistan; protest lodged over use of Afghan territory"))
U(d, "\"Every name on this list belongs to someone", "wrote on Twitter.",
  ("Pakistan", C, neg, "Afghanistan", "multi-sentence quote closed by its speaker; charge of operations from Afghan soil + demand for arrests"))
U(d, "The army chief, Gen Qamar Javed Bajwa, was quoted", "wherever they were.",
  ("Pakistan", C, neg, "", "passive attribution ('was quoted by the military's media wing'); threat against unnamed handlers = condemning; no canonical target"))
# "The Torkham and Chaman crossings were shut ..." = narration (the closure with no speaker), no row.
U(d, "In Kabul, the Afghan foreign ministry's spokesman, Ahmad Shekib Mostaghni, told reporters", "also kills Afghans.",
  ("Afghanistan", N, neg, "", "sympathy + refusal of blame = a denial (neutral, negative); the sentence passes no judgement on Pakistan beyond rejecting the charge"))
U(d, "\"Afghanistan is not the source of this terror", "Mostaghni said.",
  ("Afghanistan", N, neg, "", "spokesman by surname; denial of being the source (neutral, negative)"))
U(d, "President Ashraf Ghani spoke to Prime Minister Nawaz Sharif by telephone", "condolences of the Afghan people.",
  ("Afghanistan", S, neg, "Pakistan", "condolences = supporting (solidarity with the bereaved state); 'according to a statement from'; grief -> negative tone"))
U(d, "The statement said Ghani had urged the two governments", "trading charges in public.",
  ("Afghanistan", T, neu, "", "reported clause: appeal for cooperation instead of public charges, no judgement = calling_for_talks"))
U(d, "Adviser on Foreign Affairs Sartaj Aziz, in a call to Afghan National Security Adviser Hanif Atmar", "late-night handout.",
  ("Pakistan", C, neg, "Afghanistan", "blames JuA and implies Afghanistan lets them move unhindered; target Afghanistan (unsure: could be empty, the charge names JuA)"))
U(d, "Aziz also proposed that the two security advisers meet", "according to the handout.",
  ("Pakistan", T, neu, "Afghanistan", "surname only; proposal of a meeting = calling_for_talks"))
U(d, "Sindh Chief Minister Murad Ali Shah, who visited the wounded", "each person killed.",
  ("Pakistan", N, neu, "", "provincial official resolves to his state; own compensation plan = neutral (aid to own citizens, not to another actor)"))
U(d, "The prime minister, who had earlier said the bomber had struck", "the networks that planned it.",
  ("Pakistan", C, neg, "", "title only ('the prime minister', Pakistani daily); vow to hunt the networks = announced operation against unnamed attackers"))
U(d, "\"Sehwan's dead will be answered for", "issued from Islamabad.",
  ("Pakistan", C, neg, "", "threat of response against those who ordered the attack; no canonical target"))
U(d, "Foreign Office spokesman Nafees Zakaria said Pakistan had raised the matter", "information shared.",
  ("Pakistan", N, neu, "", "procedural account of the demarche and of Kabul's assurances (reported clause); no judgement in the sentence"))
U(d, "\"We are still waiting for those assurances", "Zakaria said.",
  ("Pakistan", C, neg, "Afghanistan", "judgement without a stock word: Kabul's promises not kept"))
U(d, "The United Nations Secretary-General, António Guterres, condemned the attack", "brought to justice swiftly.",
  ("United Nations", C, neg, "", "condemnation of the attack (rule 1); perpetrators unnamed -> target empty"))
U(d, "In Washington, the State Department's acting spokesman, Mark Toner, said the United States stood", "in any way it could.",
  ("United States", S, pos, "Pakistan", "solidarity + offer of help = supporting"))
U(d, "Toner also said the attack showed that no place of worship", "regard for human life.",
  ("United States", C, neg, "", "surname only; judgement on the extremists (no stock word); no canonical target"))
U(d, "India's external affairs ministry called the attack a cowardly act of terrorism", "carried by the state broadcaster.",
  ("India", C, neg, "", "'in remarks carried by the state broadcaster'; judgement + condolences: the judgement decides"))
U(d, "China's foreign ministry spokesman, Geng Shuang, said Beijing firmly opposed", "security and stability.",
  ("China", S, pos, "Pakistan", "'opposes all forms of terrorism' aimed at no actor + pledge of support to Pakistan: the backing is the position (unsure: could be condemning for the opposition to terrorism)"))
U(d, "In a joint message, the ambassadors of Turkey, Saudi Arabia and the United Arab Emirates", "fight against terrorism.",
  ("Turkey", S, neg, "Pakistan", "joint message by a list of states: one row per state; condolences + solidarity"),
  ("Saudi Arabia", S, neg, "Pakistan", "same joint message"),
  ("United Arab Emirates", S, neg, "Pakistan", "same joint message"))
U(d, "The European Union's external action service said the bloc was ready", "no cause could excuse.",
  ("European Union", C, neg, "", "offer of help + judgement ('a crime that no cause could excuse'): the judgement decides (rule 1)"))
U(d, "Dr Shazia Memon, who teaches international relations", "hurt the militants.",
  ("Shazia Memon", C, neg, "Pakistan", "invented scholar; judgement of the border closure's effect, aimed at the Pakistani measure"))
U(d, "\"Sealing Torkham punishes the lorry driver", "Memon said.",
  ("Shazia Memon", C, neg, "Pakistan", "same judgement, quote closed by surname"))
U(d, "She said she hoped the two capitals would set up", "through the media.",
  ("Shazia Memon", T, pos, "", "hope for a joint mechanism instead of accusations = calling_for_talks"))
U(d, "Retired brigadier Khalid Mahmood Qureshi, now a fellow", "was overdue.",
  ("Khalid Mahmood Qureshi", S, pos, "Pakistan", "invented retired officer speaking as a think-tank fellow (no body); approval of the army's step = supporting"))
U(d, "\"For years Kabul has promised action", "Qureshi said.",
  ("Khalid Mahmood Qureshi", C, neg, "Afghanistan", "judgement of Kabul's record (promises vs speeches)"))
# "Pilgrims were back at the shrine ..." and "Shrine custodians rang the bell ..." = scene narration, no row.
