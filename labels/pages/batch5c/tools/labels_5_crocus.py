# ------------------------------------------------------------------ Crocus City Hall attack and Russia's claims of a Ukrainian link (full HTML, Central Asian site, 2024-03-26)
d = "page_crocus_attack_webpage.html"
U(d, "Russia's most senior security officials on Tuesday openly blamed Ukraine", "the Kremlin's version.",
  ("Russia", C, neg, "Ukraine", "long lead carrying narration and the position; Lukashenko's account is only announced here (his statements are labelled where he gives them)"))
U(d, "The death toll from Friday's attack in Krasnogorsk", "treated for wounds.",
  ("Russia", N, neu, "", "'the Investigative Committee' = Russia's, by context only; figures"))
U(d, "The Islamic State group claimed responsibility within hours", "one of the gunmen.",
  ("Islamic State", N, neu, "", "own attack claimed, no judgement; Amaq = the group's outlet, not an actor"))
U(d, "Four men accused of carrying out the shooting, all citizens of Tajikistan", "charged with terrorism.",
  ("Russia", N, neu, "", "a Moscow court charging the suspects = a state procedure reported as done, no judgement of another actor (unsure: could be read as narrative)"))
U(d, "Alexander Bortnikov, director of the Federal Security Service (FSB)", "direct hand in it.",
  ("Russia", C, neg, "Ukraine", "FSB director = Russia; accusation (also of unnamed 'Western spy agencies')"))
U(d, "Asked whether the United States, Britain and Ukraine stood behind the attack", "not yet been identified.",
  ("Russia", C, neg, "", "accusation of three states at once -> target empty"))
U(d, "Nikolai Patrushev, secretary of Russia's Security Council, needed only one word", "\"Ukraine.\"",
  ("Russia", C, neg, "Ukraine", "quote opened after a colon; 'Russia's Security Council' is not the UN Security Council"))
U(d, "At the weekend, former president Dmitry Medvedev, the council's deputy chairman", "with their lives.",
  ("Russia", C, neg, "Ukraine", "deputy chairman of Russia's Security Council = Russia; conditional threat"))
U(d, "President Vladimir Putin, chairing a meeting on the investigation on Monday", "as their instrument.",
  ("Russia", C, neg, "Ukraine", "insinuation: Kyiv as instrument of Russia's enemies = accusation"))
U(d, "Kremlin spokesman Dmitry Peskov declined to comment", "had not finished.",
  ("Russia", N, neu, "", "declining to comment with a procedural reason = neutral"))
U(d, "Foreign ministry spokeswoman Maria Zakharova said it was unacceptable", "evidence they held.",
  ("Russia", C, neg, "United States", "'unacceptable' = judgement + demand; Washington = metonym"))
U(d, "Kyiv has rejected any involvement since the first hours after the attack.", "Kyiv has rejected any involvement since the first hours after the attack.",
  ("Ukraine", N, neg, "", "denial = neutral, negative; Kyiv = metonym"))
U(d, "In a statement, Ukraine's foreign ministry said the Kremlin was exploiting the tragedy", "wave of mobilisation.",
  ("Ukraine", C, neg, "Russia", "counter-accusation (not a bare denial); Kremlin = Russia"))
U(d, "President Volodymyr Zelensky said in his nightly video address", "his own people.",
  ("Ukraine", C, neg, "Russia", "judgement of Putin = Russia"))
U(d, "Andriy Yusov, a spokesman for Ukraine's military intelligence agency", "packed with troops.",
  ("Ukraine", N, neg, "", "rebuttal of the escape-route claim with a reason = denial (neutral, negative)"))
U(d, "Lukashenko told the state news agency BelTA that the suspects had first tried", "had been reinforced.",
  ("Belarus", N, neu, "", "surname only (introduced in the lead); own account of the gunmen's route, no judgement; BelTA not an actor"))
U(d, "He said the security services of Minsk and Moscow had worked hand in hand", "to stop them.",
  ("Belarus", S, pos, "Russia", "'He' = Lukashenko; joint action with Russia = backing by act (unsure: could be neutral self-praise); capitals as metonyms"))
U(d, "In Washington, National Security Council spokeswoman Adrienne Watson said on Saturday", "no part in the attack.",
  ("United States", C, neg, "Islamic State", "'alone was to blame' = holds the group responsible (guide cue); the half clearing Kyiv rebuts Russia's claim, same row"))
U(d, "Watson said the United States had passed information to Russian authorities", "gatherings in the capital.",
  ("United States", N, neu, "", "surname only; a specific past act (warning passed to Moscow) reported without judgement = neutral"))
U(d, "French President Emmanuel Macron said on Monday that the available intelligence", "Russia's own security.",
  ("France", C, neg, "Russia", "'cynical' aimed at Moscow's use of the attack"))
U(d, "France raised its terror alert to the highest level on Sunday", "in recent months.",
  ("France", N, neg, "", "own security measure + fact about IS plots, no judgement of an actor"))
U(d, "The UN Security Council, in a statement agreed by all 15 members", "must face justice.",
  ("United Nations", C, neg, "", "condemnation + demand for justice; no perpetrator named -> target empty"))
U(d, "Chinese President Xi Jinping sent a message of condolence to Putin", "security and stability.",
  ("China", S, pos, "Russia", "condolence + backing of Moscow's security efforts"))
U(d, "Tajik President Emomali Rahmon, whose country's citizens are among the suspects", "step up their cooperation.",
  ("Tajikistan", S, pos, "Russia", "condolences + agreed security cooperation = supporting"))
U(d, "India's prime minister, Narendra Modi, said his country shared the grief", "this painful time.",
  ("India", S, pos, "Russia", "solidarity; Moscow = metonym; the analysts and commenters that follow are not actors"))
