# ------------------------------------------------------------------ Kabul: the bombing of the Sayed ul-Shuhada girls' school in Dasht-e-Barchi (scraped Pakistani regional daily, 2021-05-10)
d = "page_kabul_sayedulshuhada_school2021_regionaldaily.txt"
# Not statements: masthead, date bar, menu, section, headline, "Chronicle Report", [Photo n/4] captions, Advertisement, crosshead
# ("Pakistan condemns 'barbaric' bombing"), Related, tags, share bar, comments notice, most popular, copyright.
# Afghanistan = the Ghani government (2021); the Taliban are a separate actor (insurgents at the date).
U(d, "The Afghan government on Sunday held the Taliban responsible", "the Islamic State group.",
  ("Afghanistan", C, neg, "Taliban", "dateline excluded; lede with two positions; holding the Taliban responsible"),
  ("Taliban", C, neg, "Islamic State", "'the insurgents' = the Taliban; denial joined to pointing at IS = accusation (judgement decides)"))
# "A car bomb exploded ..." and "The neighbourhood is home to ..." = narration/background, no row.
U(d, "Interior Ministry spokesman Tariq Arian said on Sunday evening", "could climb further.",
  ("Afghanistan", N, neu, "", "toll given by the ministry = neutral"))
U(d, "Education Ministry spokeswoman Najiba Arian said the school ran three shifts", "attended by girls.",
  ("Afghanistan", N, neu, "", "facts"))
U(d, "President Ashraf Ghani said in a statement from the presidential palace", "behind their denials.",
  ("Afghanistan", C, neg, "Taliban", "accusation without a stock word ('shown its true face', 'could not hide behind their denials')"))
U(d, "Ghani declared Tuesday a day of national mourning", "fly at half-mast.",
  ("Afghanistan", N, neg, "", "measure of mourning, no evaluation of an actor"))
U(d, "Second Vice President Sarwar Danish, himself a Hazara", "pay for their treatment.",
  ("Afghanistan", N, pos, "", "the government's care for its own citizens = neutral, positive"))
U(d, "Taliban spokesman Zabihullah Mujahid said in a message to journalists", "did not target civilians.",
  ("Taliban", N, neg, "", "denial = neutral, negative"))
U(d, "Mujahid said such crimes were the work of Daesh", "intelligence service.",
  ("Taliban", C, neg, "", "surname only; accusation of IS and of the government's intelligence service: two targets -> empty"))
U(d, "The Taliban's political office in Doha said separately", "Afghan government team.",
  ("Taliban", T, pos, "", "commitment to talks = calling_for_talks"))
U(d, "UN Secretary-General Antonio Guterres condemned the attack", "his spokesman said in New York.",
  ("United Nations", C, neg, "", "condemnation + call for accountability (rule 1); perpetrators unnamed"))
U(d, "The Secretary-General also repeated his appeal", "the spokesman added.",
  ("United Nations", T, neu, "", "appeal for an end to fighting and a negotiated settlement, to all parties"))
U(d, "The UN Assistance Mission in Afghanistan said it was sickened", "documenting the attack.",
  ("United Nations", N, neg, "", "UN mission = United Nations; revulsion with no actor judged and no appeal = neutral, negative (unsure: could be read condemning)"))
U(d, "UNICEF Executive Director Henrietta Fore said no child", "treating the injured.",
  ("UNICEF", S, neu, "Afghanistan", "principle aimed at no actor + medical supplies sent = aid by act (rule 3)"))
U(d, "The European Union's delegation in Kabul described the bombing", "stood with the Afghan people.",
  ("European Union", C, neg, "", "'terrorism of the most cowardly kind' (judgement) + solidarity: rule 1; perpetrators unnamed"))
U(d, "In Washington, State Department spokesman Ned Price said", "move forward.",
  ("United States", C, neg, "", "condemnation joined to an appeal to all parties: rule 1"))
U(d, "Britain, France and Germany also condemned the bombing", "embassies in Kabul.",
  ("United Kingdom", C, neg, "", "states as a list: one row each"),
  ("France", C, neg, "", "listed"),
  ("Germany", C, neg, "", "listed"))
U(d, "The Foreign Office in Islamabad condemned the terrorist attack", "families of the victims.",
  ("Pakistan", C, neg, "", "condemnation + condolences: rule 1"))
U(d, "Foreign Office spokesperson Zahid Hafeez Chaudhri said Pakistan", "political settlement.",
  ("Pakistan", T, pos, "", "hope for a political settlement = calling_for_talks"))
U(d, "Iranian Foreign Minister Mohammad Javad Zarif, writing on Twitter", "close ranks against it.",
  ("Iran", C, neg, "Islamic State", "blame of IS + appeal for unity: rule 1"))
U(d, "In New Delhi, the Ministry of External Affairs said India condemned", "democratic Afghanistan.",
  ("India", C, neg, "", "condemnation + support for Afghanistan: rule 1; attackers unnamed"))
U(d, "The bombing comes ten days after the United States formally began withdrawing", "complete by September 11.",
  ("United States", N, neu, "", "background sentence carrying a plan given by the US president ('has said will be complete') = neutral (unsure: could be read as narration only)"))
U(d, "Dr Farzana Yousafzai, who researches Afghan affairs", "at the negotiating table.",
  ("Farzana Yousafzai", N, neg, "", "invented analyst; assessment of authorship and of mistrust, no judgement or appeal"))
U(d, "\"If the talks in Doha cannot produce even a ceasefire", "she said.",
  ("Farzana Yousafzai", T, neg, "", "implied appeal for a ceasefire = calling_for_talks, negative"))
U(d, "She said Pakistan and Iran, which both have influence", "for a truce before Eid.",
  ("Farzana Yousafzai", T, neu, "", "appeal to two states to press for a truce -> target empty"))
U(d, "Mohammad Reza Hussaini, whose 15-year-old daughter", "before he found her.",
  ("Mohammad Reza Hussaini", N, neg, "", "invented named parent; account"))
U(d, "\"The government promises security every time", "local television channel.",
  ("Mohammad Reza Hussaini", C, neg, "Afghanistan", "judgement of the government's failure without a stock word"))
