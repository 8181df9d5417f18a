# ------------------------------------------------------------------ Kasai: the killing of UN experts Michael Sharp and Zaida Catalán (UN noon-briefing transcript, 2017-03-30)
d = "page_drc_kasai_experts2017_noonbriefing.txt"
# Not statements: site header, breadcrumb, title, date, the transcript note, the opening greeting, section heads (**...**), "That's it from me", the closing lines, press-conference schedule, disclaimer.
U(d, "As you will have seen from the statement we issued late on Tuesday", "who went missing on 12 March.",
  ("United Nations", N, neu, "", "the Spokesman relays the Secretary-General's confirmation of the identities = facts"))
U(d, "The Secretary-General is heartbroken by their deaths", "their colleagues on the Group.",
  ("United Nations", S, neg, "", "condolences to the families and colleagues = solidarity -> supporting (batch reading of condolences), grief in tone; no actor as target"))
U(d, "He wants to say clearly that the Organization owes Michael and Zaida", "what happened to them.",
  ("United Nations", N, neg, "", "'He' = the Secretary-General; tribute + commitment about the UN's own duty, no appeal to a party and no judgement (unsure: could be calling_for_talks)"))
U(d, "The United Nations will set up its own board of inquiry", "wherever it is needed.",
  ("United Nations", T, neu, "Democratic Republic of the Congo", "own inquiry + expectation that Kinshasa investigates, with help offered, no judgement = appeal -> calling_for_talks"))
U(d, "The UN Stabilization Mission in the Congo, MONUSCO, tells us", "are still unaccounted for.",
  ("United Nations", S, neu, "Democratic Republic of the Congo", "backing by act: engineers, investigators and aircraft put at the disposal of the national authorities = supporting"))
U(d, "The head of the Mission, Maman Sambo Sidikou, said in Kinshasa", "quietly closed.",
  ("United Nations", C, neg, "", "judgement of the killers without a stock word ('struck at everyone who ...') + warning that the case will not be closed; killers unknown -> target empty"))
U(d, "On the wider situation in Kasai, the Office for the Coordination", "at least 400 people have been killed.",
  ("United Nations", N, neu, "", "OCHA's displacement and death figures = neutral, neutral tone"))
U(d, "The High Commissioner for Human Rights, Zeid Ra'ad Al Hussein, said on Wednesday", "mass graves in the region.",
  ("United Nations", N, neg, "", "horror and alarm at reports, no appeal and no actor judged in this sentence = neutral, negative"))
U(d, "His office says many of those graves appear to hold people killed by soldiers", "alleged violations in Kasai.",
  ("United Nations", C, neg, "Democratic Republic of the Congo", "accusation made by describing the army's killing of civilians (guide rule 4) + a request for an international inquiry; rule 1 -> condemning"))
U(d, "Last night the members of the Security Council issued a press statement", "put the killers before a court.",
  ("United Nations", C, neg, "", "'deploring the murder ... as a cowardly crime' = judgement of the (unknown) killers + appeal to Kinshasa; rule 1 -> condemning, target empty"))
U(d, "The members said they were deeply worried", "travelling with the experts.",
  ("United Nations", N, neg, "", "concern with no appeal = neutral, negative"))
U(d, "The Council's sanctions committee on the Democratic Republic of the Congo has received a letter", "when it meets next week.",
  ("United Nations", N, neu, "", "procedural: letter received, will take it up = neutral"),
  ("Sweden", N, neu, "", "same sentence: Sweden's letter to the committee = a specific act reported, procedural -> neutral"))
U(d, "The Congolese Government spokesman, Lambert Mende, said yesterday", "to send a message to the Government.",
  ("Democratic Republic of the Congo", C, neg, "Kamuina Nsapu", "position reported inside a journalist's question; Mende blames the militia for the killing = condemning"))
U(d, "I think it's too early for us to accept anybody's account.", "I think it's too early for us to accept anybody's account.",
  ("United Nations", N, neu, "", "the Spokesman withholds judgement = neutral"))
U(d, "I'm aware of what Minister Mende has said", "our own inquiry will find.",
  ("United Nations", N, neu, "", "declining to prejudge = neutral"))
U(d, "Sweden has opened its own murder investigation.", "Sweden has opened its own murder investigation.",
  ("Sweden", N, neu, "", "a specific act reported (inside a question) = neutral, procedural"))
U(d, "We have been in close touch with both the Swedish and the American missions", "that is properly mandated.",
  ("United Nations", N, neu, "", "contacts and cooperation with investigations, no judgement = neutral"))
U(d, "Prime Minister Stefan Löfven said in Stockholm that Sweden would not let the matter rest", "are known.",
  ("Sweden", T, neg, "", "insistence that those who ordered the killing be identified = a demand for the truth/investigation, no judgement word -> calling_for_talks (unsure: could be condemning)"))
U(d, "I don't think it's pressure; we share the same objective", "from the very first day.",
  ("United Nations", S, pos, "Sweden", "gratitude for Sweden's support in the search = praise -> supporting"))
# "Ambassador Haley has made her views known. As for the Secretary-General, he has spoken with the families." = non-answer, no row.
U(d, "For the record, Ambassador Haley's statement says", "are held to account.",
  ("United States", C, neg, "", "tribute + the US 'will insist that the killers are held to account' = threatened response against the (unknown) killers -> condemning, target empty"))
# "There are reports that the Congolese army itself may be implicated ..." = the journalist's framing from unnamed reports, no row.
U(d, "Kinshasa has said those reports are lies.", "Kinshasa has said those reports are lies.",
  ("Democratic Republic of the Congo", N, neg, "", "denial of a charge = neutral, negative; Kinshasa = metonym"))
U(d, "The Congolese authorities have the primary responsibility to investigate.", "The Congolese authorities have the primary responsibility to investigate.",
  ("United Nations", N, neu, "", "statement of who is responsible, no judgement or appeal = neutral"))
U(d, "We will be watching very closely, and the board of inquiry", "its own work independently.",
  ("United Nations", N, neu, "", "monitoring + own procedure = neutral"))
U(d, "Henrik Ståhl, a former member of the Group of Experts, told Swedish radio", "from reaching those graves.",
  ("Henrik Ståhl", C, neg, "Democratic Republic of the Congo", "invented former investigator, reported inside a question; calls a national inquiry a farce and implies the security services' motive = judgement -> condemning"))
U(d, "I'm not going to comment on what others say.", "I'm not going to comment on what others say.",
  ("United Nations", N, neu, "", "declining to comment = neutral"))
U(d, "What I can tell you is that the Secretary-General wants the truth", "whoever it implicates.",
  ("United Nations", T, neu, "", "demand for the truth whoever it implicates = appeal for a credible investigation -> calling_for_talks"))
# "I would refer you to the EU. I do understand that Foreign Ministers in Brussels have been briefed." = no position, no row.
U(d, "Federica Mogherini said this morning that the EU was ready", "serious violations in Kasai.",
  ("European Union", C, neg, "", "readiness to consider further targeted measures = threatened sanctions -> condemning; aimed at unnamed violators -> target empty"))
U(d, "The Mission has offered forensic and logistical help", "transfer of the remains.",
  ("United Nations", S, neu, "Democratic Republic of the Congo", "help offered to the authorities = supporting"),
  ("Democratic Republic of the Congo", N, neu, "", "same sentence: Kinshasa's acceptance of the offer, reported by the Spokesman = neutral"))
U(d, "Steph, on the political talks in Kinshasa, the bishops say", "is in danger.",
  ("National Episcopal Conference of the Congo", N, neg, "", "the bishops (CENCO, mediators of the 31 December agreement) voice alarm, no appeal = neutral, negative"))
U(d, "The Secretary-General hopes the parties will find a way", "without delay.",
  ("United Nations", T, pos, "", "hope + encouragement to return to the table = calling_for_talks"))
U(d, "The tragedy in Kasai is only one more reason", "that agreement to hold.",
  ("United Nations", T, neg, "", "continues the appeal for the agreement to hold = calling_for_talks"))
# "Not that I'm aware of. I'd refer you to his office in Geneva ..." = non-answer, no row.
U(d, "The Congolese Justice Minister, Alexis Thambwe Mwamba, told reporters", "no outside investigators were needed.",
  ("Democratic Republic of the Congo", N, neu, "", "refusal of an outside inquiry with a procedural reason, no protest or judgement stated = neutral (unsure: could read as condemning the request)"))
U(d, "Our position has not changed: we want a credible investigation", "we stand ready to support it.",
  ("United Nations", T, neu, "", "appeal for a credible investigation + readiness to help, no judgement = calling_for_talks"))
