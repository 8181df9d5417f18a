# ------------------------------------------------------------------ RSF takes El Fasher; reports of mass killings (UN noon-briefing transcript, 2025-10-30)
d = "page_elfasher_unreadout.txt"
U(d, "She told the Council that the fall of the city marked a dangerous turn", "because of their ethnic group.",
  ("United Nations", N, neg, "", "ASG Pobee (UN); fear of mass killings without an appeal or a named culprit = neutral, negative; the sentence before only lists her briefing (no row)"))
U(d, "Ms. Pobee said the Secretary-General's Personal Envoy for Sudan had reached out", "shielding civilians.",
  ("United Nations", T, neu, "", "the envoy proposes talks to both parties = calling_for_talks; both sides -> target empty (the envoy is deliberately not named)"))
U(d, "She said both parties had indicated that they were willing to engage.", "She said both parties had indicated that they were willing to engage.",
  ("Sudan", T, pos, "", "position of X reported by Y is X's (guide): the SAF (= Sudan) is willing to engage in talks"),
  ("Rapid Support Forces", T, pos, "", "same: the RSF is willing to engage; the UN reports it and takes no position of its own here"))
U(d, "She urged Member States with influence over the two sides", "take that step.",
  ("United Nations", T, neu, "", "appeal to unnamed member states to push the parties to talks"))
U(d, "He said reliable accounts spoke of RSF fighters killing civilians", "fear of punishment.",
  ("United Nations", C, neg, "Rapid Support Forces", "'He' = Fletcher (UN); accusation of killings and rape by RSF fighters; the sentence before only lists his briefing (no row)"))
U(d, "Council members issued a press statement in which they condemned the RSF attack", "go safely.",
  ("United Nations", C, neg, "Rapid Support Forces", "Security Council = UN (name files); condemnation + appeal to all parties (rule 1)"))
U(d, "They said again that they would not accept a rival administration", "RSF-held territory.",
  ("United Nations", C, neg, "Rapid Support Forces", "'They' = Council members; refusing to accept a party's rival administration = rejection of a party's act (judgement)"))
U(d, "Our humanitarian colleagues tell us that tens of thousands of people have fled", "displaced people.",
  ("United Nations", N, neu, "", "OCHA (UN) figures on displacement = neutral"))
U(d, "The International Organization for Migration (IOM) reports that more than 36,000", "since Sunday.",
  ("International Organization for Migration", N, neu, "", "IOM is its own actor in the name files; figures"))
U(d, "The Resident and Humanitarian Coordinator for Sudan, Denise Brown, said those reaching Tawila", "along the road.",
  ("United Nations", N, neg, "", "the UN coordinator describes what arrivals report; no culprit named, no appeal = neutral, negative"))
U(d, "She said the RSF must open the way out for civilians", "access to the city.",
  ("United Nations", T, neg, "Rapid Support Forces", "demand addressed to one side with no judgement word = calling_for_talks, negative (README)"))
U(d, "Meanwhile, in South Kordofan, a joint convoy of the UN Refugee Agency (UNHCR)", "months without supplies.",
  ("UNHCR", S, neu, "", "three agencies acting as a list: aid delivered = supporting; the communities are not a canonical actor -> target empty"),
  ("UNICEF", S, neu, "", "same list"),
  ("World Food Programme", S, neu, "", "same list"))
U(d, "The World Health Organization (WHO) says it is shocked by reports", "still partly working.",
  ("World Health Organization", N, neg, "", "shock at reports of unnamed gunmen, no appeal = neutral, negative"))
U(d, "WHO Director-General Tedros Adhanom Ghebreyesus condemned the attack on the hospital", "in a single month.",
  ("World Health Organization", C, neg, "", "condemnation without naming the attackers -> target empty"))
U(d, "He asked for the guns to fall silent", "left alone.",
  ("World Health Organization", T, neu, "", "'He' = Tedros; appeal for a ceasefire and protection of hospitals, no judgement in the sentence = calling_for_talks"))
U(d, "The High Commissioner for Human Rights, Volker Türk, said this week that his Office had been told", "their ethnic background.",
  ("United Nations", N, neg, "", "OHCHR (UN) reports of killings of people fleeing, no perpetrator named in this sentence = neutral, negative"))
U(d, "He said governments with sway over the RSF should use it now", "must face justice.",
  ("United Nations", C, neg, "Rapid Support Forces", "'He' = Türk; 'further crimes' by the RSF's fighters + justice = accusation"))
U(d, "Last night the RSF leader, Mohamed Hamdan Dagalo, said in a video address", "would be punished.",
  ("Rapid Support Forces", N, neu, "", "position reported inside a journalist's question; own inquiry announced = own measures, neutral (the journalist takes no position)"))
U(d, "The RSF also said today that its fighters had nothing to do with the deaths", "Saudi hospital.",
  ("Rapid Support Forces", N, neg, "", "denial reported inside the question = neutral, negative"))
U(d, "We've seen the announcement, but what counts is what happens on the ground", "wants to leave.",
  ("United Nations", T, neg, "Rapid Support Forces", "unit starts after the speaker label; demands (end to killings, release, safe passage) addressed to the RSF by context, no judgement word = calling_for_talks"))
U(d, "Any investigation would need to be credible and independent", "made public.",
  ("United Nations", T, neu, "Rapid Support Forces", "call for a credible investigation of the RSF's announced inquiry, no judgement = calling_for_talks (README: demands for an investigation)"))
U(d, "Sudan's ambassador told the Council this morning that the United Arab Emirates was arming the RSF", "for the massacres.",
  ("Sudan", C, neg, "United Arab Emirates", "accusation reported inside a question; the RSF is only mentioned"))
U(d, "The Emiratis say that's false.", "The Emiratis say that's false.",
  ("United Arab Emirates", N, neg, "", "'The Emiratis' = UAE (demonym alias); denial = neutral, negative"))
U(d, "I'm not going to get into the specifics of those claims, but the Secretary-General has said repeatedly", "respected by everyone.",
  ("United Nations", T, neu, "", "declines to comment, then an appeal to unnamed outside backers to stop and respect the embargo = calling_for_talks; several unnamed states -> target empty"))
U(d, "General al-Burhan said on Monday that the army had withdrawn", "those killed.",
  ("Sudan", C, neg, "Rapid Support Forces", "reported inside a question; the army's head = Sudan; withdrawal account + vow of revenge = threat (the threat decides); the RSF is the enemy by context"))
U(d, "We would urge everyone, on all sides, to refrain from reprisals", "further risk.",
  ("United Nations", T, neu, "", "appeal to all sides = calling_for_talks"))
