# ------------------------------------------------------------------ Drone attack on Tower 22, Jordan: three US soldiers killed (full HTML live blog, 2024-01-29)
d = "page_tower22_liveblog.html"
U(d, "House Speaker Mike Johnson, the chamber's top Republican, said", "had invited this one.",
  ("Republican Party", C, neg, "United States", "opposition party's leader judges his own government (as Yesh Atid in batch5c); 'the administration' = United States"))
U(d, "The United States had to send Tehran a message it could not misread", "Johnson said in a statement.",
  ("Republican Party", C, neg, "Iran", "demand for a forceful answer to Tehran = threatened response (condemning); Tehran = metonym; surname only"))
U(d, "\"Nobody here wants a bigger war in this region, least of all one with Iran,\"", "told reporters at the White House.",
  ("United States", T, neu, "", "NSC spokesman; 'opposes any escalation' aimed at no one = calling_for_talks (guide); Iran only mentioned"))
U(d, "He said the response might come in several waves", "when it would begin.",
  ("United States", C, neg, "", "'He' = Kirby; announced military response (threatened) = condemning; aimed at the unnamed perpetrators -> target empty"))
U(d, "Pentagon deputy press secretary Sabrina Singh said the attack bore the hallmarks of Kataib Hezbollah", "Islamic Resistance umbrella.",
  ("United States", C, neg, "Kataib Hezbollah", "the Pentagon = United States; attribution of blame = accusation"))
U(d, "She put the number of wounded at more than 40", "traumatic brain injuries.",
  ("United States", N, neu, "", "'She' = Singh; casualty figures = neutral"))
U(d, "Secretary of State Antony Blinken, speaking alongside NATO chief Jens Stoltenberg", "in half a century.",
  ("United States", N, neg, "", "alarm without an appeal = neutral, negative; Stoltenberg only mentioned here; Washington = place"))
U(d, "Stoltenberg said Iran bore responsibility for the wider unrest", "attacking allied forces.",
  ("NATO", C, neg, "Iran", "surname only (introduced in the previous sentence as NATO chief); holds Iran responsible"))
U(d, "The Pentagon identified the three soldiers killed as", "Army reservists from Georgia.",
  ("United States", N, neu, "", "names of the dead = facts; Georgia is the US state (not the country)"))
U(d, "The Islamic Resistance in Iraq, an umbrella of Iran-aligned militias, said on Sunday", "a naval facility in Israel.",
  ("Islamic Resistance in Iraq", N, neu, "", "own strikes reported as done, with no judgement in the sentence = neutral (guide)"))
U(d, "The group said its attacks were an answer to Washington's backing", "remained in Iraq.",
  ("Islamic Resistance in Iraq", C, neg, "United States", "'The group' = IRI by context; justification by a grievance + threat to go on = condemning; Israel's war is mentioned as the grievance (target the addressee of the threat)"))
U(d, "Hamas official Sami Abu Zuhri said the soldiers' deaths showed", "against Washington.",
  ("Hamas", C, neg, "United States", "warning/blame aimed at US support for the war"))
U(d, "Egypt's foreign ministry denounced the attack as terrorism aimed at Jordan's security.", "Egypt's foreign ministry denounced the attack as terrorism aimed at Jordan's security.",
  ("Egypt", C, neg, "", "condemnation with no perpetrator named -> target empty; Jordan only mentioned"))
U(d, "Cairo was on Amman's side", "the ministry said.",
  ("Egypt", S, pos, "Jordan", "Cairo and Amman = metonyms; solidarity = supporting; 'the ministry' = Egypt's foreign ministry"))
U(d, "Israeli Foreign Minister Israel Katz offered condolences", "against the same foe.",
  ("Israel", S, neg, "United States", "condolences + 'shoulder to shoulder with the Americans' = solidarity (supporting); grief tone; the foe is unnamed"))
U(d, "Iranian Intelligence Minister Esmail Khatib said on state television", "across the region.",
  ("Iran", C, neg, "United States", "blames the US presence for the attacks = judgement; state television only carries it"))
U(d, "In Baghdad, government spokesman Basim al-Awadi said Iraq denounced the spiral of attacks", "at the Jordanian border.",
  ("Iraq", C, neg, "", "denounces the attacks, no perpetrator named -> target empty; Baghdad = place"))
U(d, "He said Baghdad was willing to work with all sides", "from spreading.",
  ("Iraq", T, neu, "", "'He' = Awadi; Baghdad = Iraq; offer to work with all sides to contain the violence = calling_for_talks"))
U(d, "At his weekly news conference in Tehran, foreign ministry spokesman Nasser Kanaani called claims", "baseless.",
  ("Iran", N, neg, "", "denial = neutral, negative tone"))
U(d, "Tehran did not direct the armed groups that Western governments call its proxies", "he said.",
  ("Iran", N, neg, "", "'he' = Kanaani; Tehran = Iran; denial of control over the groups = neutral"))
U(d, "Kanaani blamed Washington's own strikes in Iraq and Syria", "on edge.",
  ("Iran", C, neg, "United States", "blames US strikes for the tension = judgement; Washington = metonym"))
U(d, "In a written statement, President Joe Biden said Iran-supported militias", "make them pay.",
  ("United States", C, neg, "", "blame + vow of retaliation; the militias are not one canonical actor -> target empty; Iran only named as their backer (unsure: Iran could be read as target)"))
U(d, "Defense Secretary Lloyd Austin said Washington would not let attacks", "go unanswered.",
  ("United States", C, neg, "", "threatened response, no named target -> target empty; Washington = metonym"))
U(d, "Jordan's government spokesman, Muhannad Mubaidin, first told state-run Al Mamlaka TV", "rather than Jordanian territory.",
  ("Jordan", N, neu, "", "a claim about where the strike landed (later contradicted) = facts, no judgement; the TV channel is not an actor"))
U(d, "Hours later the government condemned what it called a terrorist attack", "condolences to the United States.",
  ("Jordan", C, neg, "", "'the government' = Jordan by context; condemnation (rule 1 over the condolences in the same sentence); no perpetrator named -> target empty"))
U(d, "Mubaidin said no Jordanian soldiers had been hurt.", "Mubaidin said no Jordanian soldiers had been hurt.",
  ("Jordan", N, neu, "", "casualty fact"))
U(d, "British Foreign Secretary David Cameron condemned the attack by what he called Iran-aligned militias.", "British Foreign Secretary David Cameron condemned the attack by what he called Iran-aligned militias.",
  ("United Kingdom", C, neg, "", "condemnation of unnamed militias (not one canonical actor) -> target empty"))
U(d, "He said Iran should use its influence over those groups to lower tensions.", "He said Iran should use its influence over those groups to lower tensions.",
  ("United Kingdom", T, neu, "Iran", "'He' = Cameron; appeal for de-escalation addressed to Iran, no judgement word"))
