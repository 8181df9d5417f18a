# ------------------------------------------------------------------ Assassination of Rafik Hariri, reactions (scraped Lebanese English-language daily, 2005-02-17)
d = "page_hariri_assassination_lebdaily.txt"
# No rows: masthead, menu, section path, headline, standfirst, byline, share line, captions with credits and "1 of 4",
# ADVERTISEMENT, crossheads, "Related:" lines, tags, newsletter prompt, MOST READ, copyright.
# No rows (narration / background): "The burial brought the center of the capital ...", "Monday's blast killed Hariri ..."
# (no source for the toll), "Hariri's family had asked for a people's funeral ..." (the family is not an actor here; an
# arrangement, not a position), "Flags flew at half-mast ...", "Syria has kept troops in Lebanon since 1976 ..." and the
# resolution's content (background), "A general strike and a fresh demonstration ... are planned" (passive, no speaker),
# "Along the Corniche ..." (scene).
# No rows (summary lines): "Druze leader Walid Jumblatt, the most outspoken among them, went further on Wednesday.",
# "Messages of sympathy continued to pour in from across the Arab world and beyond."
# No rows (speakers that are not actors): the unnamed taxi driver, the unnamed AUB political scientist.
U(d, "A sea of mourners carried former Prime Minister Rafik Hariri", "no business staying in Lebanon.",
  ("United States", C, neg, "Syria", "dateline excluded; long lead mixing the funeral (narration, the chanting mourners are not actors) with the US recall of its ambassador + 'no business staying' = a measure and a judgement"))
U(d, "The State Department said late on Tuesday that Ambassador Margaret Scobey", "a stern message about the killing.",
  ("United States", C, neg, "Syria", "recalling an ambassador = a measure against another side; 'what officials described' = US officials, same actor"))
U(d, "\"We are not pointing the finger at anyone", "told reporters.",
  ("United States", C, neg, "Syria", "multi-sentence quote closed by its speaker (one unit); the disclaimer does not cancel 'meddling ... that has to end' (judgement)"))
U(d, "Secretary of State Condoleezza Rice said on Wednesday that the recall", "not a suggestion.",
  ("United States", C, neg, "Syria", "'not a break in relations' (neutral part) + 'no longer tolerable' aimed at Damascus (metonym) = judgement decides"))
U(d, "At the United Nations, the Security Council issued a statement", "ordered the killing.",
  ("United Nations", C, neg, "", "UNSC presidential statement = United Nations; condemnation + demand that the perpetrators be tried (rule 1); no perpetrator named"))
U(d, "The statement, read out by Benin's ambassador Joel Adechi", "report back quickly.",
  ("United Nations", N, neu, "", "procedure (report requested); Benin's ambassador speaks as council president, so no Benin row"))
U(d, "The council voiced hope that the Lebanese would come through", "go ahead freely.",
  ("United Nations", T, pos, "", "'the council' by context; hope for unity and free elections = calling_for_talks"))
U(d, "The acting US ambassador to the UN, Anne Patterson", "did not name them.",
  ("United States", C, neg, "", "role then name; accusation of interference aimed at unnamed parties -> target empty (Syria implied, not named)"))
U(d, "Annan himself had on Monday denounced those who planned", "within peaceful bounds.",
  ("United Nations", C, neg, "", "SG = United Nations; denunciation + appeal for peace = rule 1; surname only"))
U(d, "He said he hoped the country would not slide back", "civil war years.",
  ("United Nations", T, neg, "", "'He' = Annan; hope that violence does not return = calling_for_talks; fearful tone"))
U(d, "Syria, which keeps some 14,000 troops in Lebanon, has condemned the killing", "had a hand in it.",
  ("Syria", C, neg, "", "condemnation + denial in one sentence: the condemnation decides; the troop figure is background"))
U(d, "In Damascus, Foreign Minister Farouk al-Sharaa told visiting journalists", "doing Israel's work for it.",
  ("Syria", C, neg, "", "Damascus = place; accuses those blaming Syria (unnamed) of serving Israel: a judgement; Israel is an object, not the target of a stance"))
U(d, "Sharaa's message to the Lebanese was short:", "answer to this crime.\"",
  ("Syria", T, neu, "", "quote opened after a colon; appeal against strife = calling_for_talks"))
U(d, "President Bashar al-Assad, in a message of condolence to President Emile Lahoud", "a crime against all of Lebanon.",
  ("Syria", C, neg, "", "'a crime' = judgement of the unnamed perpetrators; Lahoud is the addressee, not a speaker"))
U(d, "Meanwhile in Tehran, Syrian Prime Minister Naji al-Otari and Iranian Vice President", "against American pressure.",
  ("Syria", S, pos, "Iran", "joint declaration of two governments = one row each; mutual backing (unsure: 'against American pressure' is a passing jab at the US); Tehran = place"),
  ("Iran", S, pos, "Syria", "same joint declaration"))
U(d, "The government of Premier Omar Karami, under fire from the opposition", "foreign forensic experts.",
  ("Lebanon", N, neu, "", "own procedure (investigation kept national, technical help accepted); the opposition's criticism is narrated in a clause"))
U(d, "Justice Minister Adnan Addoum said the videotaped claim", "could well be a decoy.",
  ("Lebanon", N, neu, "", "assessment of a claim; the claimant group is unnamed and its claim reported in a clause (no row)"))
U(d, "Interior Minister Suleiman Frangieh said the security services", "after he left office.",
  ("Lebanon", N, neg, "", "no warning received (fact) + dismissal of the opposition's charge = denial, neutral with a negative tone"))
U(d, "The ministry said on Wednesday that the death toll had risen to 17", "from the crater.",
  ("Lebanon", N, neu, "", "'The ministry' = the Interior Ministry by context; figures"))
U(d, "Leaders of the opposition alliance known as the Bristol Gathering", "before the elections.",
  ("Bristol Gathering", C, neg, "", "opposition alliance as its own actor; blames two governments (target empty) + demands"))
U(d, "\"This regime has shown that it will kill anyone", "outside the Hariri residence.",
  ("Walid Jumblatt", C, neg, "Syria", "independent political leader under his own name (canonical); 'This regime' = Syria by context; multi-sentence quote closed by the speaker"))
U(d, "He also called on his supporters to keep their protests peaceful", "in Sidon and elsewhere.",
  ("Walid Jumblatt", T, neu, "", "'He' = Jumblatt; appeal for peaceful protest and to spare Syrian workers"))
U(d, "Hezbollah leader Sayyed Hassan Nasrallah called the killing", "sectarian strife.",
  ("Hezbollah", C, neg, "", "'a blow aimed at the whole nation' = judgement + appeal (rule 1); no perpetrator named"))
U(d, "French President Jacques Chirac and his wife Bernadette flew into Beirut", "any Lebanese official.",
  ("France", S, pos, "", "condolence visit = solidarity by act; aimed at the Hariri family (not an actor) -> target empty; not meeting officials is narrated, no protest stated (unsure)"))
U(d, "Chirac, a close friend of the late premier for two decades", "establish the truth.",
  ("France", T, neu, "", "call for an international investigation with no judgement word = calling_for_talks (as batch5c)"))
U(d, "Foreign Minister Michel Barnier said on Wednesday that France and the United States agreed", "all foreign forces.",
  ("France", T, neg, "", "demand that a UN resolution be carried out, no judgement word; 'foreign forces' names no state -> target empty"),
  ("United States", T, neg, "", "US position reported inside Barnier's sentence"))
U(d, "Saudi Arabia, where Hariri made his fortune", "to the Lebanese people.",
  ("Saudi Arabia", S, pos, "Lebanon", "list of two states sending condolences = one row each; the relative clause about Hariri is background"),
  ("Egypt", S, pos, "Lebanon", "same list"))
U(d, "Russia's Foreign Ministry said it was alarmed by the killing", "with concern.",
  ("Russia", N, neg, "", "alarm and concern without an appeal = neutral, negative"))
U(d, "Javier Solana, the European Union's foreign policy chief, called the assassination an outrage", "in Brussels on Monday.",
  ("European Union", C, neg, "", "'an outrage' = judgement; 'the bloc' = EU by context; the ministers' meeting is a plan in the same sentence"))
