# ---------------------------------------------------------------- Volnovakha bus attack: UN noon briefing transcript (2015-01-14)
d = "page_ukraine_volnovakha_bus2015_noonbriefing.txt"
# Not statements: site menu, title, date, transcript note, "Good afternoon.", section heads (** Ukraine, ** Libya, ** Questions
# and Answers), "I will start with Ukraine.", the journalists' own questions and follow-ups ("Does the Secretary-General share
# the view ...?", "Isn't that pretty clear?", "Is the Secretariat comfortable ...?", "Do you have any reaction to that?",
# "Would the Secretary-General go as far as that?", "Is that still happening ...?", "what is the value of these talks?",
# "Is the Secretary-General in touch with Brussels?"), the narrated Astana rumour ("There was talk of a summit ..."),
# deflections without a position ("I will let the OSCE speak for its own report.", "It is not for me to grade ...", "I have no
# comment on that particular claim.", "We have seen those comments.", "That is a question for the countries concerned.",
# "We will see how the next few days go."), the sign-off, "Not an official record", footer.
U(d, "As you will have seen, yesterday evening we issued a statement", "wounded many more.",
  ("United Nations", C, neg, "", "the Secretary-General condemned the shelling; perpetrator not named -> target empty"))
U(d, "The Secretary-General extends his deepest condolences", "to the injured.",
  ("United Nations", S, neg, "", "condolences to the victims' families = sympathy (as condolences in labels/pages); families are not an actor -> target empty"))
U(d, "He urges all sides to honour the Minsk agreements of September", "any action that endangers civilians.",
  ("United Nations", T, neu, "", "appeal to all parties: ceasefire, protect civilians"))
U(d, "Also last night, in a press statement agreed by all its members", "carried out in full.",
  ("United Nations", C, neg, "", "Council press statement = United Nations; 'deplored in strong terms' + punish those responsible = condemnation (rule 1) with the appeals for an inquiry and Minsk"))
U(d, "Our colleagues at the Human Rights Monitoring Mission in Ukraine tell us", "is an underestimate.",
  ("United Nations", N, neu, "", "casualty figures given by an actor, no blame -> neutral, neutral"))
U(d, "The Office for the Coordination of Humanitarian Affairs (OCHA) says that renewed fighting", "in the middle of winter.",
  ("United Nations", N, neg, "", "OCHA = UN; access difficulty described, no appeal in this sentence -> neutral, negative"))
U(d, "OCHA urges all parties to allow humanitarian workers", "keep the roads that civilians depend on open.",
  ("United Nations", T, neu, "", "humanitarian access appeal"))
U(d, "Turning to Libya, the Special Representative of the Secretary-General, Bernardino León, opened", "boycotting its sessions.",
  ("United Nations", T, pos, "", "host convening a dialogue round = calling_for_talks; Geneva = place"))
U(d, "Mr. León told the participants that the dialogue was the best chance", "in good faith.",
  ("United Nations", T, pos, "", "appeal to all sides to negotiate"))
U(d, "The Ukrainian Foreign Ministry said yesterday that Russia bore responsibility", "out of the Donbas.",
  ("Ukraine", C, neg, "Russia", "journalist's question reporting another actor's position = that actor's statement (labels/README); blames Russia + demand"))
U(d, "President Poroshenko has declared tomorrow a day of national mourning.", "national mourning.",
  ("Ukraine", N, neg, "", "in the question; a decision reported (mourning), no judgement"))
U(d, "I am not going to get ahead of any investigation.", "ahead of any investigation.",
  ("United Nations", N, neu, "", "declines to attribute blame, no appeal in the sentence -> neutral"))
U(d, "The OSCE Special Monitoring Mission has been to the site", "preliminary findings.",
  ("OSCE", N, neu, "", "the spokesman relays what the OSCE did (visited, examined, published) = the OSCE's act; the UN takes no position in it"))
U(d, "What we want is for everyone to cooperate fully with the monitors", "the access they need.",
  ("United Nations", T, neu, "", "appeal to all to cooperate with the monitors"))
U(d, "Just to follow up, the OSCE report says the craters point to rockets", "north-north-east.",
  ("OSCE", N, neu, "", "OSCE finding reported in a question; a fact that implies a direction, not a judgement"))
U(d, "I think the Secretary-General's message is very clear", "must be held accountable.",
  ("United Nations", C, neg, "", "'those responsible ... must be held accountable' = holding someone responsible; unnamed -> target empty"))
U(d, "Ambassador Churkin told reporters after the consultations last night", "every day.",
  ("Russia", C, neg, "Ukraine", "reported in a question; Moscow's position on the text + accuses the Ukrainian army of shelling residential areas"))
U(d, "The Council's statement speaks for itself", "which is important.",
  ("United Nations", N, neu, "", "notes unanimous adoption; no judgement"))
U(d, "The leaders in Donetsk have denied that they had any rocket launchers", "Ukrainian provocation.",
  ("Donetsk People's Republic", C, neg, "Ukraine", "'the leaders in Donetsk' = the separatist authorities; denial plus 'a Ukrainian provocation' = accusation (rule 1)"))
U(d, "Again, it is precisely why an impartial investigation matters.", "investigation matters.",
  ("United Nations", T, neu, "", "appeal for an impartial investigation without judgement (as investigation requests in labels/pages)"))
U(d, "Stéphane, NATO Secretary General Jens Stoltenberg said in Berlin this morning", "respect the truce.",
  ("NATO", C, neg, "Russia", "reported in a question; 'Moscow's backing for the separatists had to stop' = accuses Russia of backing them, plus a demand; Berlin = place"))
U(d, "The US State Department, for its part, said yesterday that the separatists backed by Moscow", "attack on civilians.",
  ("United States", C, neg, "", "holds the Moscow-backed separatists responsible; blame on the separatists and Moscow (two actors) -> target empty"))
U(d, "The Secretary-General has been consistent in saying that there can be no military solution", "bring about de-escalation.",
  ("United Nations", T, neu, "", "no military solution + those with influence should use it for de-escalation; no one named"))
U(d, "Obviously, the Secretary-General would welcome any meeting", "support those efforts.",
  ("United Nations", T, pos, "", "welcome of talks + readiness to support = calling_for_talks"))
U(d, "The General National Congress in Tripoli did not send anybody to Geneva.", "anybody to Geneva.",
  ("General National Congress", N, neu, "", "stayed away from talks with no protest stated in the sentence -> neutral (guide rule 4)"))
U(d, "The door remains open.", "The door remains open.",
  ("United Nations", T, pos, "", "the talks remain open to those absent"))
U(d, "Mr. León has been in contact with all sides", "as soon as possible.",
  ("United Nations", T, pos, "General National Congress", "invitation to join the process, addressed to those not in Geneva (the GNC)"))
U(d, "And on the EU, its spokeswoman said this morning", "had to live by it.",
  ("European Union", T, neg, "", "reported in a question; the ceasefire must be respected, no judgement on an actor"))
U(d, "The Secretary-General is in regular contact with European leaders", "at this point.",
  ("United Nations", N, neu, "", "contacts stated, nothing more"))
