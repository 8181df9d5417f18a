# ------------------------------------------------------------------ Eddie Mutwe's abduction and the army chief's posts (radio interview, 2025-05-03)
d = "page_uganda_mutwe_abduction2025_radiointerview.txt"
# Not statements: programme header, breadcrumb, broadcast data, transcript note, title, speaker labels, the host's questions
# and links ("Is that credible?", "how unusual is this?"), [END OF TRANSCRIPT], related programmes, copyright line.
# Host's intro: "Good evening ..." and the abduction narration = no row; the host's report of the general's post = Uganda.
U(d, "On Thursday night the chief of defence forces, General Muhoozi Kainerugaba, posted on X", "more would follow.",
  ("Uganda", C, neg, "National Unity Platform", "the army chief speaks for his state; reported in the host's link; threat that 'more would follow' aimed at the opposition"))
U(d, "We have not seen him and no lawyer has seen him.", "no lawyer has seen him.",
  ("National Unity Platform", N, neg, "", "the party's secretary general speaks for the party; facts, grim tone"))
U(d, "The photograph the general posted shows a man who has been beaten", "shaved by force.",
  ("National Unity Platform", C, neg, "Uganda", "accusation of beating, made by describing the act"))
U(d, "This is a crime committed in the open by the most senior soldier", "boasting about it.",
  ("National Unity Platform", C, neg, "Uganda", "judgement"))
U(d, "A state that lets its army chief keep a citizen in a private basement", "a state of laws.",
  ("National Unity Platform", C, neg, "Uganda", "judgement without stock words"))
U(d, "The general also wrote that he would release Mutwe only on the orders of his father", "the President.",
  ("Uganda", N, neu, "", "host reports the general's condition for release; a stated plan, no evaluation (unsure: defiance could read as condemning)"))
U(d, "Police spokesman Kituuma Rusoke said earlier in the week", "in their custody.",
  ("Uganda", N, neg, "", "police -> Uganda; denial of custody = neutral, negative tone"))
U(d, "The police said they did not hold him, and that was true in a narrow sense", "the army held him.",
  ("National Unity Platform", C, neg, "Uganda", "the police's position is repeated (already a row above); the party's point: the army held him = accusation"))
U(d, "But the police also did nothing to find him.", "to find him.",
  ("National Unity Platform", C, neg, "Uganda", "blame for inaction = judgement"))
U(d, "The Uganda Human Rights Commission, which is a state body, said on Thursday", "to produce him.",
  ("Uganda", C, neg, "", "state commission -> Uganda (state agency); 'held unlawfully' + order to produce him = judgement; aimed at its own army -> target empty (unsure: the Commission could be its own actor)"))
U(d, "We welcome that statement from the Commission", "those who hold him.",
  ("National Unity Platform", S, pos, "", "welcome + request to follow through in court, no peace appeal, no judgement = supporting; the Commission resolves to Uganda, so the target is left empty"))
U(d, "Opposition activists have disappeared into military custody many times since 2020.", "since 2020.",
  ("Irene Namutebi", N, neg, "", "invented analyst; background fact"))
U(d, "That tells you he expects no consequence at all.", "no consequence at all.",
  ("Irene Namutebi", C, neg, "Uganda", "impunity = judgement on the general"))
# "In 2022 the same general threatened to take Nairobi ..." = historical background in the analyst's answer, no row.
U(d, "So the President knows how to rein him in when it costs him abroad.", "costs him abroad.",
  ("Irene Namutebi", C, neg, "Uganda", "implies the President tolerates the abuse at home = judgement"))
U(d, "The Uganda Law Society has described Mutwe's detention", "before the January election.",
  ("Uganda Law Society", C, neg, "Uganda", "host reports the society's position: deliberate campaign to silence dissent = accusation"))
U(d, "The Law Society has the evidence on its side.", "on its side.",
  ("Irene Namutebi", S, pos, "Uganda Law Society", "endorses the society's view = supporting"))
U(d, "I would go further: the courts have become a second stage", "finally produced.",
  ("Irene Namutebi", C, neg, "Uganda", "judgement on the courts' use"))
# "The government has not put anyone forward to speak to us." = the outlet's note, no row.
U(d, "Information Minister Chris Baryomunsi was quoted by the Daily Monitor", "explain itself.",
  ("Uganda", N, neu, "", "'was quoted by'; no comment + referral to the army = procedural, neutral"))
U(d, "On Friday, Mr. Rubongoya, security forces surrounded your party headquarters in Kavule.", "in Kavule.",
  ("Uganda", C, neg, "National Unity Platform", "a specific act reported as done (cordon of a party's offices) = a measure against another side (unsure: narration inside a question)"))
U(d, "They came with trucks and sealed the road.", "sealed the road.",
  ("National Unity Platform", N, neg, "", "account of the raid, facts"))
U(d, "It is an attempt to frighten our members", "it will not work.",
  ("National Unity Platform", C, neg, "Uganda", "judgement of intent"))
U(d, "We are asking Ugandans to stay calm and not to give the regime the violence", "looking for.",
  ("National Unity Platform", C, neg, "Uganda", "appeal for calm joined to a judgement (the regime wants violence): rule 1 = condemning"))
U(d, "Our answer will be at the ballot.", "at the ballot.",
  ("National Unity Platform", N, pos, "", "own plan, peaceful route; no appeal to another side"))
U(d, "We have written to the embassies in Kampala and to the UN human rights office.", "human rights office.",
  ("National Unity Platform", N, neu, "", "own diplomatic act reported"))
# "Some of them have asked the government privately for his release." = unnamed embassies, no named actor: no row.
U(d, "We would like them to say it publicly.", "say it publicly.",
  ("National Unity Platform", T, neu, "", "request that missions speak out, no judgement (unsure: could be neutral)"))
U(d, "The United Nations human rights office in Geneva said on Friday, through a spokesperson", "civilian court.",
  ("United Nations", T, neg, "Uganda", "alarm + appeal to release or charge, no explicit judgement = talks, negative"))
U(d, "That is about as far as the UN will go, and it matters.", "it matters.",
  ("Irene Namutebi", S, neu, "United Nations", "qualified approval of the UN statement"))
U(d, "The European Union delegation in Kampala said in a post that it was following the case", "Ministry of Foreign Affairs.",
  ("European Union", N, neu, "", "monitoring + raised with the ministry, no appeal or judgement stated = neutral"))
U(d, "Following and raising are diplomatic words for doing very little.", "doing very little.",
  ("Irene Namutebi", C, neg, "European Union", "judgement on the EU's response"))
U(d, "I understand their caution, but a statement that names no one", "nothing to fear.",
  ("Irene Namutebi", C, neg, "European Union", "criticism of the EU statement"))
U(d, "I expect he will appear in a court within days, with charges.", "with charges.",
  ("Irene Namutebi", N, neu, "", "forecast"))
U(d, "My hope is that the country steps back from this", "is bloodshed.",
  ("Irene Namutebi", T, neg, "", "hope for de-escalation + warning = talks"))
U(d, "We will go to the High Court for habeas corpus on Monday.", "on Monday.",
  ("National Unity Platform", N, neu, "", "own legal step, plan"))
U(d, "We will not stop until Eddie is home, and those who tortured him answer for it.", "answer for it.",
  ("National Unity Platform", C, neg, "Uganda", "accusation of torture + accountability demand"))
