# ------------------------------------------------------------------ Powell's genocide finding and resolution 1564 (UN meetings coverage, 2004-09-18)
d = "page_darfur_res1564_unmeetings.txt"
# No rows: skip link, outlet banner, menu, languages, breadcrumb, organ/meeting/date lines, headline, vote subheadline,
# "Background", "Statements", "Reaction", "Outside the Chamber" crossheads, meeting times, "* *** *", documents list,
# "For information media. Not an official record.", share bar, footer.
U(d, "The Security Council this afternoon declared that it would consider further measures", "monitoring mission in Darfur.",
  ("United Nations", C, neg, "Sudan", "the Council = United Nations; threatened measures against the Sudan's oil sector = condemning; Khartoum = metonym"))
U(d, "Acting under Chapter VII of the Charter, the Council also asked the Secretary-General to set up quickly", "acts of genocide had occurred.",
  ("United Nations", N, neu, "", "establishing an inquiry into all parties = procedure, no judgement (unsure: could be calling_for_talks)"))
# "Several speakers said ...; others warned ..." : summary paragraph of unnamed members -> no row
# "Secretary-General Kofi Annan was present in the Chamber for the vote." : narration -> no row
U(d, "The vote came nine days after United States Secretary of State Colin Powell told the Senate Foreign Relations Committee", "Janjaweed militias bore responsibility.",
  ("United States", C, neg, "Sudan", "long sentence: narration ('The vote came nine days after') + Powell's genocide finding = accusation; Washington = place"))
U(d, "Powell told the senators that the determination would not, by itself, change American policy", "Sudanese oil industry.",
  ("United States", C, neg, "Sudan", "surname only; keeping the threat of sanctions on oil = condemning"))
U(d, "The next day the Sudanese Minister for Foreign Affairs, Mustafa Osman Ismail, dismissed the finding", "no genocide in Darfur.",
  ("Sudan", C, neg, "United States", "denial + counter-accusation (the finding as an election ploy) = condemning the US"))
U(d, "JOHN DANFORTH (United States), speaking after the vote, said the Council could not stand by", "burned them on the ground.",
  ("United States", C, neg, "Sudan", "speaker in capitals with delegation; accusation of bombing and arming the militias"))
U(d, "\"This is not a war between two armies.", "he said.",
  ("United States", C, neg, "Sudan", "multi-sentence quote closed by 'he said'"))
U(d, "He said the text's central purpose, after several revisions", "expanded African force.",
  ("United States", S, pos, "African Union", "pronoun subject; the text's purpose = backing the AU + offer of airlift and logistics = supporting"))
U(d, "WANG GUANGYA (China) said his delegation had abstained because the text still contained the threat of sanctions", "could complicate it.",
  ("China", N, neg, "", "explanation of an abstention, objection to a measure without judging an actor (unsure: could be condemning the sponsors)"))
U(d, "China supported the deployment of more African Union monitors", "in recent weeks.",
  ("China", S, pos, "", "support for AU monitors + welcome of Khartoum's cooperation: two targets -> empty"))
U(d, "\"The Government of the Sudan has taken steps that deserve encouragement rather than pressure.", "he said.",
  ("China", S, pos, "Sudan", "two-sentence quote closed by 'he said': praise of Khartoum's steps (supporting) + appeal for time for Abuja; support decides (unsure: rule 2 would make it calling_for_talks)"))
U(d, "MUNIR AKRAM (Pakistan) said the Sudanese Government had made real progress", "that was cooperating.",
  ("Pakistan", S, pos, "Sudan", "praise of Khartoum + objection to the threat = backing the Sudan (unsure: 'wrong signal' is a mild judgement of the text)"))
U(d, "He said his country hoped the talks in Abuja between the Government and the rebel movements", "early political settlement.",
  ("Pakistan", T, pos, "", "hope for a settlement = calling_for_talks"))
U(d, "ABDALLAH BAALI (Algeria) said the resolution was unbalanced:", "African Union's mediation.",
  ("Algeria", C, neg, "", "'unbalanced' text + blame on the rebels' attacks, after a colon; several targets (the text's sponsors, the rebels) -> empty"))
U(d, "He said Algeria would continue to back the African Union's efforts", "every way it could.",
  ("Algeria", S, pos, "African Union", "backing the AU"))
U(d, "The representative of the Russian Federation said his country had abstained", "commission of inquiry.",
  ("Russia", S, pos, "African Union", "role only; abstention explained without judgement + support for the AU mission and the inquiry = supporting"))
U(d, "EMYR JONES PARRY (United Kingdom) said the Government of the Sudan had failed", "atrocities to justice.",
  ("United Kingdom", C, neg, "Sudan", "accusation of failure"))
U(d, "GUNTER PLEUGER (Germany), a co-sponsor, welcomed the commission of inquiry", "African Union's troops.",
  ("Germany", S, pos, "African Union", "welcome + transport aircraft for the AU = supporting"))
U(d, "ELFATIH MOHAMED AHMED ERWA (Sudan) said the resolution was unjust", "facts on the ground.",
  ("Sudan", C, neg, "", "'unjust' + driven by 'one member's' domestic politics (the US not named) -> target empty"))
U(d, "\"We will continue to honour our commitments", "he said.",
  ("Sudan", N, pos, "", "quote closed by 'he said'; commitment to cooperate = reassurance about own conduct"))
U(d, "He said there was no genocide in Darfur and that his Government would cooperate", "impartial inquiry.",
  ("Sudan", N, neg, "", "denial + readiness for an inquiry = neutral, negative"))
U(d, "Secretary-General Kofi Annan, speaking to reporters after the vote, said the resolution should be implemented swiftly", "in good faith.",
  ("United Nations", T, neu, "", "implementation + appeal to both sides to respect the ceasefire and return to talks = calling_for_talks"))
U(d, "In Addis Ababa, the African Union Commission welcomed the Council's support", "troops and police.",
  ("African Union", S, pos, "United Nations", "welcome of the Council's backing = supporting; plan for the force; Addis Ababa = place"))
U(d, "In Cairo, Arab League Secretary-General Amr Moussa said the League did not believe sanctions would help", "more time.",
  ("Arab League", T, neu, "", "opposition to sanctions + appeal to give Khartoum and the AU time = calling_for_talks (unsure: could be supporting the Sudan); Cairo = place"))
# "Specialists on Sudan were divided on what the vote would achieve." : summary, unnamed -> no row
U(d, "\"The word genocide has been spoken, but the Council has not drawn the consequence from it,\" said Helen Adebayo-Clarke", "Policy Centre in Nairobi.",
  ("Helen Adebayo-Clarke", N, neg, "", "named analyst (invented); assessment"))
U(d, "\"The threat on oil is deliberately vague", "the size of France.\"",
  ("Helen Adebayo-Clarke", N, neg, "", "continued quote = own unit; interests and scenario"))
U(d, "Adebayo-Clarke said the most likely outcome was a slow expansion", "she said.",
  ("Helen Adebayo-Clarke", N, neg, "", "surname only; quote opened after a colon and closed by 'she said'; forecast"))
U(d, "Daniel Ruiz-Ferrer, a former United Nations legal officer who teaches international law in Geneva, said", "most important part of the text.",
  ("Daniel Ruiz-Ferrer", N, neu, "", "former UN official (invented) speaking as an independent scholar = own actor, not the UN"))
U(d, "\"For the first time the Council has asked a body", "simply wave away.\"",
  ("Daniel Ruiz-Ferrer", N, neu, "", "quote with 'he said' mid-unit + continuation; assessment"))
U(d, "He said it would be a mistake to measure the resolution by its threats alone", "Abuja talks alive.",
  ("Daniel Ruiz-Ferrer", T, neu, "", "appeal to fund the AU and keep the talks alive = calling_for_talks"))
