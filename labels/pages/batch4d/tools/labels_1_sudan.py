# ------------------------------------------------------------------ Sudan (Reuters-style wire, 2025-03-21)
d = "page_sudan_palace_wire.txt"
U(d, "Sudan's army said on Friday it had taken full control", "almost two years ago.",
  ("Sudan", N, neu, "", "dateline 'PORT SUDAN/CAIRO, March 21 (Reuters) - ' excluded; the army speaks for its state; own military gain reported as done, no judgement"))
U(d, "\"Our forces have cleared the palace", "state television.",
  ("Sudan", C, neg, "Rapid Support Forces", "quote before the speaker; 'the militia's remnants' + announced continuation of the offensive = operation against another side"))
U(d, "Army chief Abdel Fattah al-Burhan, who also chairs", "every Sudanese house\".",
  ("Sudan", C, neg, "Rapid Support Forces", "no truce + 'brought ruin' judgement; the RSF named only by context ('a force')"))
U(d, "The RSF denied that its fighters had been routed", "from the palace.",
  ("Rapid Support Forces", N, neg, "", "denial: neutral, negative tone; own redeployment as fact"))
U(d, "\"The battle for Khartoum has not been decided.", "the group said.",
  ("Rapid Support Forces", C, neg, "Sudan", "multi-sentence quote closed by 'the group'; veiled threat to the army"))
U(d, "Information Minister Khalid al-Aiser said three members", "should not ignore.",
  ("Sudan", C, neg, "Rapid Support Forces", "minister by role, no state word; 'deliberate crime' judgement; long sentence carrying a toll and a position"))
U(d, "The RSF also accused army-allied fighters of killing civilians", "the army denied.",
  ("Rapid Support Forces", C, neg, "Sudan", "accusation of killing civilians"),
  ("Sudan", N, neg, "", "denial in the same sentence: neutral, negative tone"))
U(d, "Egypt's foreign ministry welcomed the army's gains", "the country's unity.",
  ("Egypt", S, pos, "Sudan", "welcome + backing of the state; Cairo = metonym inside the sentence"))
U(d, "Foreign Minister Badr Abdelatty told his Sudanese counterpart", "the ministry added.",
  ("Egypt", S, pos, "Sudan", "offer of help to restore services; attribution tail 'the ministry added'; al-Sharif only addressed here"))
U(d, "Al-Sharif thanked Cairo for what he called", "the same statement.",
  ("Sudan", S, pos, "Egypt", "surname only (introduced in the previous sentence); thanks/praise; capital as target -> Egypt; reported by Egypt's statement"))
U(d, "Saudi Arabia's foreign ministry said the kingdom welcomed", "United States in Jeddah.",
  ("Saudi Arabia", T, pos, "", "welcome + hope for a ceasefire and talks in one sentence: rule 2 before rule 3 (labels/README)"))
U(d, "Sudan's army-aligned government accuses the United Arab Emirates", "atrocities in Darfur.",
  ("Sudan", C, neg, "United Arab Emirates", "accusation + ICJ case (specific act); Abu Dhabi = the UAE"))
U(d, "An Emirati official, asked about the case on Friday", "was humanitarian.",
  ("United Arab Emirates", N, neg, "", "unnamed official of a named government; denial: neutral, negative tone"))
U(d, "African Union Commission chairperson Mahmoud Ali Youssouf said", "political process.",
  ("African Union", T, neu, "", "appeal to both forces, no judgement; actor with one statement on the page"))
U(d, "U.N. Secretary-General Antonio Guterres was alarmed", "reporters in New York.",
  ("United Nations", N, neg, "", "alarm WITHOUT an appeal in this sentence: neutral, negative; the appeal follows separately"))
U(d, "He urged both forces to spare civilians", "cut off for months.",
  ("United Nations", T, neg, "", "'He' = Guterres; protection of civilians + humanitarian access"))
U(d, "The World Food Programme said it had delivered food", "were safe.",
  ("World Food Programme", S, pos, "", "aid by act + pledge of more = supporting; recipients not an actor -> target empty"))
U(d, "The United States in January determined that members of the RSF", "last week.",
  ("United States", C, neg, "Rapid Support Forces", "specific acts reported as done (genocide determination, sanctions); Dagalo only mentioned"))
U(d, "A State Department spokesperson said on Friday that Washington", "humanitarian truce.",
  ("United States", T, neu, "", "unnamed spokesperson of a named government; appeal for talks and a truce to both sides"))
