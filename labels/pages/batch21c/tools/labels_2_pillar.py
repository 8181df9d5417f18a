# ------------------------------------------------------------------ Operation Pillar of Defense and the Cairo truce (live blog, scraped, 2012-11-21)
d = "page_pillar_of_defense_liveblog.txt"
# No row: masthead, menu, "LIVE", headline, standfirst, byline/time, share bars, key events list, entry timestamps and
# entry headings ("Meshaal: ...", "Truce announced in Cairo", "Analysis: will it hold?", ...), the "what we know" bullets,
# ADVERTISEMENT, "Related:", topics, newsletter prompt, most viewed, comments, copyright.
# No row: the Gaza City celebrations (reporter's scene), "Sirens sounded in Beersheba ..." (narration),
# "The White House has put out a readout ..." (announces the readout; the positions follow),
# "Netanyahu then appeared on television, flanked by ..." (scene; the threat is in the quote that follows),
# "A reader asks ..." and "The text circulated by the Egyptian presidency is short: ..." (the outlet summarising the text),
# "We asked two specialists ...", "She was harsher on the international response." (summary lines),
# "The health ministry in Gaza has raised its count." (summary line before the figures),
# "Israeli aircraft and navy boats struck about 100 targets ..." (strikes narrated with no source),
# the bus explosion and hospitals' count (narration, hospitals are not actors),
# "Turkey's prime minister, Recep Tayyip Erdogan, has gone further in recent days ..." (vague background, no specific statement),
# the 07.05 scene-setter (narration).
U(d, "Ismail Haniyeh, the Hamas prime minister in Gaza, declared Thursday", "for their endurance.",
  ("Hamas", N, pos, "", "own measure (a holiday) and self-praise ('victory for the resistance') = neutral, positive"))
U(d, "Ramadan Shalah, the leader of Islamic Jihad, sat beside", "as this week's.",
  ("Palestinian Islamic Jihad", C, neg, "Israel", "commitment to hold fire + threat of rockets in answer to any Israeli strike: the threat decides; Meshaal is narrated, not speaking, in this sentence"))
U(d, "He began by thanking Egypt and its president, Mohamed Morsi,", "first hour of the week.",
  ("Hamas", S, pos, "Egypt", "'He' = Meshaal; thanks to Egypt and its president (an object here) = supporting"))
U(d, "\"Israel started this war when it murdered Jabari", "Meshaal said.",
  ("Hamas", C, neg, "Israel", "blame ('started this war', 'murdered') = condemning; the boast about Israel's failure rides on it"))
U(d, "On the truce itself he was brief:", "as the text promised.",
  ("Hamas", T, neu, "Israel", "position after a colon; commitment not to break the truce + demand that the crossings open, no judgement = calling_for_talks"))
U(d, "Obama, on his way back from Asia, commended the Israeli prime minister", "rockets this week.",
  ("United States", S, pos, "Israel", "White House readout: praise for accepting the proposal + more Iron Dome funding = backing by act"))
U(d, "In a separate call, the readout says, Obama thanked Egypt's president", "secure the deal.",
  ("United States", S, pos, "Egypt", "thanks for mediation = supporting; attribution inside the sentence ('the readout says')"))
U(d, "The Israeli prime minister's office says Netanyahu told Obama", "from 9pm.",
  ("Israel", T, neu, "", "agreeing to the Egyptian ceasefire plan and holding fire = calling_for_talks"))
U(d, "\"The citizens of Israel should know that this operation can be resumed", "he said.",
  ("Israel", C, neg, "Hamas", "quote closed by 'he said' (= Netanyahu from the previous sentence); threat of a harder operation if fire resumes = condemning; target = the side firing from Gaza (Hamas, by the page's context)"))
U(d, "Barak said the operation had met its goals", "restoration of deterrence.",
  ("Israel", N, pos, "", "own operation's results listed, no judgement of the other side beyond the facts = neutral, positive"))
U(d, "The Israeli army said five rockets had been fired from Gaza after 9pm", "not fired back.",
  ("Israel", N, neu, "", "figures and own restraint reported as facts"))
U(d, "Egypt's foreign minister, Mohamed Kamel Amr, standing next to Hillary Clinton, has announced", "with every party.",
  ("Egypt", T, pos, "", "announcing the truce it brokered = calling_for_talks; Clinton is only present in this sentence"))
U(d, "Clinton praised Egypt's new government", "to an agreement.",
  ("United States", S, pos, "Egypt", "praise for the mediator = supporting"))
U(d, "\"Now the hard work starts, which is turning a pause", "in the days ahead.",
  ("United States", T, pos, "", "quote with attribution and a tail: a call to make the truce last + further talks = calling_for_talks"))
U(d, "Ban Ki-moon, who has been shuttling between Cairo, Jerusalem and Ramallah", "blockade and the weapons.",
  ("United Nations", T, pos, "", "welcome + appeal to keep the truce and address causes = calling_for_talks (rule 2 before rule 3); Cairo, Jerusalem, Ramallah = places"))
U(d, "Britain's foreign secretary, William Hague, wrote on Twitter:", "longer-term solution.\"",
  ("United Kingdom", T, pos, "", "leader quoted from social media; quote opened after a colon; relief (welcome) + 'everyone must now respect it' = calling_for_talks"))
U(d, "The EU's foreign policy chief, Catherine Ashton, said the bloc was ready", "stopped for good.",
  ("European Union", S, pos, "Palestine", "offer of help with the crossings and money for rebuilding Gaza = supporting; 'the bloc' = EU; target Palestine for the people of Gaza (as batch5c), unsure"))
U(d, "Noam Sheffer, a former Israeli military intelligence officer", "he said.",
  ("Noam Sheffer", N, neg, "", "invented analyst (former officer, now a researcher) under his own name; risks of the deal, no judgement"))
U(d, "\"My guess is that we get two or three months of quiet", "not the worst one.\"",
  ("Noam Sheffer", N, neg, "", "quote continued in the next paragraph, same speaker; scenario, no judgement"))
U(d, "Maya Sarraf, a Palestinian political analyst at a Beirut research centre, said", "deliver Hamas.",
  ("Maya Sarraf", N, neu, "", "invented analyst; who gained from the week (interests), no judgement"))
U(d, "\"For eight days the world counted the rockets", "she said.",
  ("Maya Sarraf", C, neg, "", "explicit judgement ('a moral failure') on the international response; no canonical target"))
U(d, "Ashraf al-Qudra, the ministry's spokesman, said at least 155 Palestinians", "about 1,200 wounded.",
  ("Hamas", N, neu, "", "Gaza health ministry = Hamas (name files); casualty figures = neutral, neutral tone"))
U(d, "The Israeli army has rejected claims that it deliberately targeted journalists", "al-Aqsa television.",
  ("Israel", N, neg, "", "denial ('rejected claims') = neutral, negative"))
U(d, "The two men, a spokeswoman said, were operatives", "as cover.",
  ("Israel", C, neg, "Hamas", "the army spokeswoman accuses the men of Hamas's armed wing of using press work as cover = an accusation, condemning (the denial is the sentence before)"))
U(d, "Leaflets dropped on Beit Lahiya, Shujaiyya and parts of Gaza City", "rockets were launched.",
  ("Israel", C, neg, "", "evacuation order + warning of strikes = an announced operation (ultimatum) against the other side; the army is the source by context; target left empty (addressed to residents)"))
U(d, "Netanyahu's office said the bombing was a terrorist attack", "would be found.",
  ("Israel", C, neg, "", "judgement ('terrorist attack') + vow to find the senders; nobody has claimed it -> target empty"))
U(d, "Hamas spokesman Sami Abu Zuhri praised the bombing", "carried it out.",
  ("Hamas", C, neg, "Israel", "praise of an attack justified by accusing Israel of 'massacres': the accusation decides (condemning Israel); not a claim of responsibility"))
U(d, "The White House condemned the attack in a statement issued on Air Force One", "on their way to work.",
  ("United States", C, neg, "", "condemnation of an unclaimed attack -> target empty"))
U(d, "Ban, speaking in Ramallah, condemned the bus bombing", "maiming civilians.",
  ("United Nations", C, neg, "", "surname only; condemnation of an unclaimed attack; Ramallah = place"))
# No row: "Clinton met Mahmoud Abbas in Ramallah this morning." (a meeting narrated)
U(d, "The Palestinian president told her that the aggression against Gaza", "told the official WAFA agency.",
  ("Palestine", C, neg, "Israel", "role only ('The Palestinian president' = Abbas); 'aggression' + sole responsibility = condemning; his spokesman's attribution tail to WAFA (the agency is not an actor)"))
U(d, "Nabil Elaraby, the Arab League secretary general, who led ten foreign ministers", "the peace process.",
  ("Arab League", C, neg, "Israel", "'unacceptable' aimed at Israel's strikes + threat to reconsider the peace process = condemning; Davutoglu is only in a relative clause (no row for Turkey)"))
U(d, "Overnight in Gaza, the armed wing of Hamas said it had fired rockets", "Khan Younis.",
  ("Hamas", N, neu, "", "the armed wing = Hamas (name files); own attacks claimed as done, no judgement = neutral; the reported air strikes have no source"))
