# ------------------------------------------------------------------ Shelling of the Zakho (Parakh) resort, Kurdistan Region of Iraq (scraped regional page, 2022-07-21)
d = "page_zakho_shelling_scraped.txt"
U(d, "Iraq on Wednesday recalled its chargé d'affaires from Ankara", "wounding more than 20.",
  ("Iraq", C, neg, "Turkey", "lead after the dateline: recall + summons = measures taken in protest (guide: expelling/recalling diplomats); the casualty narrative in the same sentence has no speaker; Ankara, Baghdad = places"))
U(d, "In a statement after an emergency meeting chaired by Prime Minister Mustafa al-Kadhimi", "as if it did not exist.",
  ("Iraq", C, neg, "Turkey", "state council speaks for Iraq; accuses Ankara (metonym) of ignoring warnings and the border"))
U(d, "The council demanded a formal apology from Turkey", "UN Security Council.",
  ("Iraq", C, neg, "Turkey", "demand for an apology (implies blame) + troop withdrawal + complaint to the Council = condemning"))
U(d, "It also put on hold the dispatch of a new Iraqi ambassador to Ankara.", "It also put on hold the dispatch of a new Iraqi ambassador to Ankara.",
  ("Iraq", C, neg, "Turkey", "'It' = the council; diplomatic measure in protest"))
U(d, "Kadhimi said on Twitter that the shelling was the latest in a long series", "Baghdad would answer it.",
  ("Iraq", C, neg, "Turkey", "surname only; accusation ('Turkish assaults') + warning of a response; Baghdad = Iraq"))
U(d, "Foreign Minister Fuad Hussein, who flew to Zakho at the head of a fact-finding delegation", "on a nearby mountain.",
  ("Iraq", C, neg, "Turkey", "attribution of the shelling to Turkish forces = accusation"))
U(d, "Kurdistan Region Health Minister Saman al-Barzanji said nine people had been killed", "several of them critically.",
  ("Kurdistan Regional Government", N, neu, "", "regional minister = KRG; casualty figures, no blame = neutral"))
U(d, "The mayor of Zakho, Mushir Mohammed Bashir, said all the victims were Arab holidaymakers", "escape the heat.",
  ("Kurdistan Regional Government", N, neu, "", "local official of the region resolves to its government (README: provincial officials resolve to their state; here the autonomous region's government); facts"))
U(d, "In Ankara, the Turkish Foreign Ministry rejected the accusations", "along the border.",
  ("Turkey", C, neg, "PKK", "denial + counter-attribution to the PKK = accusation decides (judgement of the PKK); Ankara = place"))
U(d, "It said Turkish troops in northern Iraq went after militants only", "never aimed at civilians.",
  ("Turkey", N, pos, "", "'It' = the ministry; reassurance about its own conduct = neutral (README), positive tone"))
U(d, "The ministry offered to work with Baghdad on a joint investigation", "fired the shells.",
  ("Turkey", T, neu, "Iraq", "offer of a joint inquiry addressed to Iraq (Baghdad = metonym) = calling_for_talks"))
U(d, "Ankara also conveyed its condolences to the families of the dead", "people of Iraq.",
  ("Turkey", S, neg, "Iraq", "condolences = solidarity with Iraq (supporting), grief tone; the accused party offering them is the hard part (unsure)"))
U(d, "Foreign Minister Mevlut Cavusoglu told state broadcaster TRT on Thursday", "between Ankara and Baghdad.",
  ("Turkey", C, neg, "PKK", "denial + accusation of the PKK = condemning the PKK; TRT only carries it"))
U(d, "Firat News Agency, which is close to the PKK, quoted the group's armed wing", "near the resort.",
  ("PKK", N, neg, "", "an agency quoting a group's official = the group's statement; denial = neutral, negative"))
U(d, "Kurdistan Region Prime Minister Masrour Barzani said the killing of holidaymakers sickened him", "strongest condemnation.",
  ("Kurdistan Regional Government", C, neg, "", "condemnation without naming a perpetrator -> target empty"))
U(d, "He called on Turkey and the PKK to take their fight away", "villages and resorts.",
  ("Kurdistan Regional Government", T, neg, "", "'He' = Masrour Barzani; demand to both sides to stop fighting there, no judgement word = calling_for_talks; two parties -> target empty"))
U(d, "Barzani said the regional health ministry had sent medical teams to Zakho", "all the wounded.",
  ("Kurdistan Regional Government", S, neu, "", "aid by act (medical teams, free treatment) for the victims (not a canonical actor) = supporting, target empty"))
U(d, "Kurdistan Region President Nechirvan Barzani said the region would no longer put up with", "on its land.",
  ("Kurdistan Regional Government", C, neg, "", "refusal to tolerate the fighting of two named parties = judgement without stock words (like 'unacceptable'); both sides -> target empty (unsure: could be read as an appeal)"))
U(d, "Shiite cleric Moqtada al-Sadr urged the government to cut back its diplomatic presence", "security cooperation with Ankara.",
  ("Sadrist Movement", C, neg, "Turkey", "Sadr = Sadrist Movement (name files); calls for measures against Turkey (cut diplomatic presence, shut border, suspend flights) = condemning; Ankara = Turkey"))
U(d, "The UN Assistance Mission for Iraq condemned the shelling", "what had happened.",
  ("United Nations", C, neg, "", "UN mission = UN; condemnation + call for an investigation (rule 1); no perpetrator named -> target empty"))
U(d, "The mission told all sides that the attacks on Iraqi soil had to end.", "The mission told all sides that the attacks on Iraqi soil had to end.",
  ("United Nations", T, neg, "", "demand to all sides to stop, no judgement word = calling_for_talks (README)"))
U(d, "In Washington, State Department spokesman Ned Price said the United States condemned", "who had fired.",
  ("United States", C, neg, "", "condemnation, explicitly with no perpetrator named -> target empty; Washington = place"))
U(d, "He said Washington remained a firm backer of a sovereign and secure Iraq.", "He said Washington remained a firm backer of a sovereign and secure Iraq.",
  ("United States", S, pos, "Iraq", "'He' = Price; Washington = United States; backing of Iraq = supporting"))
U(d, "The Arab League also condemned the shelling of the resort.", "The Arab League also condemned the shelling of the resort.",
  ("Arab League", C, neg, "", "condemnation, no perpetrator named -> target empty"))
