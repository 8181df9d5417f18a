# ------------------------------------------------------------------ Belarus's disputed election and crackdown (live blog, full HTML, 2020-08-09 to 08-14)
d = "page_belarus_election_liveblog.html"
U(d, "After a video conference of the bloc's foreign ministers, EU foreign policy chief Josep Borrell said", "rigging the count.",
  ("European Union", C, neg, "Belarus", "sanctions prepared against those responsible = measures (condemning); 'the bloc' = EU; entry heading and timestamp are not statements"))
U(d, "\"The European Union does not accept the results announced", "Borrell told reporters.",
  ("European Union", C, neg, "Belarus", "multi-sentence quote closed by its speaker = one unit; rejects the results + sanctions list"))
U(d, "In a new video recorded in Vilnius, Tsikhanouskaya spoke directly to the authorities:", "peaceful handover of power.",
  ("Sviatlana Tsikhanouskaya", T, neg, "Belarus", "quotation opened after a colon and left open (continues in the next paragraph); demand to stop + talks on a handover, no judgement word = calling_for_talks; Vilnius = place; the authorities = Belarus"))
U(d, "\"Nobody else needs to get hurt.", "she said.",
  ("Sviatlana Tsikhanouskaya", T, pos, "Belarus", "quotation continued over the paragraph break, closed by 'she' = Tsikhanouskaya; appeal for a way out together"))
U(d, "Natalya Kochanova, the speaker of the upper house of parliament", "on Lukashenko's instructions.",
  ("Belarus", N, neu, "", "Senate speaker = Belarus; own measure reported as done (detainees released), no judgement"))
U(d, "Interior Minister Yuri Karayev, speaking on state television, apologised", "police operations.",
  ("Belarus", N, neu, "", "apology about own conduct = neutral (self-statement, no position on another actor)"))
U(d, "He denied, however, that his officers had used excessive force", "the crowds.",
  ("Belarus", N, neg, "", "'He' = Karayev; denial = neutral, negative (guide)"))
U(d, "In a speech to the Sejm, Morawiecki announced that Poland would make it easier", "expelled from universities.",
  ("Poland", S, pos, "", "surname only (introduced lower down in this reverse-order blog); easier entry and work, media and scholarship funding = aid/backing by act; the Sejm = place; aimed at Belarusians and the opposition, not a canonical actor -> target empty"))
U(d, "The presidents of Lithuania, Latvia and Estonia put forward a joint three-step plan", "authorities and civil society.",
  ("Lithuania", T, neu, "Belarus", "list of three states, one row each; plan = end violence, release detainees, talks; no judgement; target = the one party addressed (Belarus)"),
  ("Latvia", T, neu, "Belarus", "same list"),
  ("Estonia", T, neu, "Belarus", "same list"))
U(d, "\"If the authorities in Minsk choose dialogue", "Gitanas Nausėda said.",
  ("Lithuania", T, pos, "Belarus", "offer of help for dialogue = calling_for_talks; 'the authorities in Minsk' = Belarus"))
U(d, "UN spokesman Stéphane Dujarric said Secretary-General António Guterres was watching", "mass detentions.",
  ("United Nations", N, neg, "", "concern without an appeal = neutral, negative (guide)"))
U(d, "In a statement on behalf of all 27 member states, Borrell said", "nothing could justify.",
  ("European Union", C, neg, "Belarus", "surname only; judgement of the vote and of the security forces"))
U(d, "The bloc would now review its relations with Minsk", "he added.",
  ("European Union", C, neg, "Belarus", "'The bloc' = EU by context, 'he' = Borrell; review of relations + measures against those responsible = threatened response; Minsk = metonym"))
U(d, "Lithuania's foreign minister, Linas Linkevičius, wrote on Twitter", "on Lithuanian soil.",
  ("Lithuania", N, neu, "", "fact given by an actor (she is safe in Lithuania), no evaluation"))
U(d, "In a video recorded before she left, a visibly shaken Tsikhanouskaya urged", "on the streets.",
  ("Sviatlana Tsikhanouskaya", T, neg, "", "appeal for restraint to her own supporters = calling_for_talks; no party addressed -> target empty"))
U(d, "Russian President Vladimir Putin sent Lukashenko a telegram", "between the two countries.",
  ("Russia", S, pos, "Belarus", "congratulations on the re-election = approval/backing"))
U(d, "Kremlin spokesman Dmitry Peskov said Moscow hoped calm would soon return", "for its neighbour.",
  ("Russia", T, neu, "", "hope that calm returns = calling_for_talks (guide); 'an internal matter' is no judgement"))
U(d, "Polish Prime Minister Mateusz Morawiecki wrote to European Council President Charles Michel", "extraordinary summit on Belarus.",
  ("Poland", T, neu, "", "asks for a meeting (EU summit) = calling_for_talks; Michel and von der Leyen are addressed, not speakers"))
U(d, "\"People who wanted nothing more than an honest count", "Morawiecki said in a statement.",
  ("Poland", C, neg, "Belarus", "two-sentence quote closed by its speaker; accusation by describing the beatings + 'cannot look away' = condemning (rule 1)"))
U(d, "US Secretary of State Mike Pompeo said the United States was alarmed", "violence against protesters.",
  ("United States", C, neg, "Belarus", "'neither free nor fair' = judgement"))
U(d, "He called on the authorities in Minsk to let people protest without fear", "in check.",
  ("United States", T, neg, "Belarus", "'He' = Pompeo; appeal (let people protest, keep forces in check) with no judgement word in the sentence = calling_for_talks; the authorities in Minsk = Belarus"))
U(d, "German government spokesman Steffen Seibert said Berlin did not believe", "violence of the night.",
  ("Germany", C, neg, "Belarus", "judgement of the vote + 'condemned' the police violence; Berlin = metonym"))
U(d, "Lukashenko told a meeting of officials that the protesters were being steered", "torn apart.",
  ("Belarus", C, neg, "", "accusation of three states at once -> target empty"))
U(d, "Tsikhanouskaya told reporters in Minsk that she considered herself the winner", "thrown out.",
  ("Sviatlana Tsikhanouskaya", C, neg, "Belarus", "rejects the official result in protest and demands its annulment = condemning (unsure: could be read as a neutral procedural step)"))
U(d, "Central Election Commission chair Lidia Yermoshina said preliminary results", "Tsikhanouskaya 10.1%.",
  ("Belarus", N, neu, "", "election commission = Belarus; figures"))
U(d, "The Interior Ministry said about 3,000 people had been detained", "had been injured.",
  ("Belarus", N, neu, "", "figures from a ministry, no blame"))
U(d, "Earlier in the day, Polish President Andrzej Duda and Lithuanian President Gitanas Nausėda called", "closer ties with the EU.",
  ("Poland", T, neu, "Belarus", "joint statement: one row per state; appeal to honour democratic commitments + offer of help, no judgement = calling_for_talks (rule 2 before 3; unsure: the appeal is not about fighting); Minsk = metonym"),
  ("Lithuania", T, neu, "Belarus", "same joint statement; the witnesses' account before it has no actor"))
