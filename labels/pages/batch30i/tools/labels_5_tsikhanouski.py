# ------------------------------------------------------------------ Belarus frees Tsikhanouski and 13 others after Kellogg's visit (radio interview transcript, 2025-06-22)
d = "page_belarus_tsikhanouski_release2025_radiointerview.txt"
# Not statements: programme menu, headline, broadcast line, Listen/Download, transcript note, speaker labels, the host's
# introductions, questions and links ("Marius, is "hostages" the right word?", "And should Washington give it that?"),
# greetings and thanks, credits, "More from", comments/share line, copyright. The host's narration of the release
# ("Yesterday, hours after a long meeting ...") is narration. Positions of other actors reported by the host are theirs.
# Both guests are invented independent voices (a retired diplomat and a think-tank analyst); neither speaks for a body.
U(d, "Lithuania's foreign minister, Kęstutis Budrys, confirmed the fourteen were safe", "being looked after.",
  ("Lithuania", S, pos, "", "host reports it; taking in and caring for the freed prisoners = assistance by act"))
U(d, "He also said, and I'm quoting, that more than a thousand \"hostages\"", "must be let go.",
  ("Lithuania", C, neg, "Belarus", "'hostages' = judgement of Belarus + demand (rule 1)"))
U(d, "It is the word Vilnius has used for a long time", "I think it is accurate.",
  ("Marius Jankauskas", C, neg, "Belarus", "endorses the 'hostages' label = judgement"))
U(d, "These people are held so that they can be traded.", "so that they can be traded.",
  ("Marius Jankauskas", C, neg, "Belarus", "accusation of hostage-trading"))
U(d, "A regime that sells its own citizens", "fourteen of them.",
  ("Marius Jankauskas", C, neg, "Belarus", "judgement without a stock word"))
U(d, "Kellogg's deputy, John Coale, gave the credit to the President", "Washington could count on.",
  ("United States", S, pos, "Lithuania", "praise of Vilnius as a partner (credit to own president = self-praise, subordinate)"))
U(d, "On the Belarusian side, Lukashenko's press secretary Natalya Eismant said the pardons", "with families in mind.",
  ("Belarus", N, pos, "", "presents own pardon as goodwill = self-presentation, neutral with a positive tone"))
U(d, "Minsk wants to be talked to.", "Minsk wants to be talked to.",
  ("Olga Shved", N, neu, "", "analyst's reading of Minsk's aims, no position"))
U(d, "I would expect the next request to be about potash", "aircraft parts.",
  ("Olga Shved", N, neu, "", "forecast, no position"))
# "For five years it has been treated as an appendix of Moscow, and every release is a message: ..." = analysis, no row.
U(d, "I think engagement is right, as long as it is tied to releases", "and nothing else.",
  ("Olga Shved", T, neu, "", "backs conditional engagement = a diplomatic course"))
U(d, "If the Americans want to bring more people out, they should keep talking to Minsk", "informed at every step.",
  ("Olga Shved", T, neu, "United States", "appeal to Washington to keep talking = calling_for_talks, the one party addressed"))
U(d, "Sviatlana Tsikhanouskaya, the opposition leader and of course Siarhei's wife, wrote", "stayed behind bars.",
  ("Sviatlana Tsikhanouskaya", T, pos, "", "joy + call to keep working for the remaining prisoners, no judgement word = calling_for_talks (unsure: could be supporting as a welcome)"))
U(d, "She thanked President Trump, the State Department, Lithuania", "worked on the case.",
  ("Sviatlana Tsikhanouskaya", S, pos, "", "thanks to several actors = supporting, target empty (several)"))
# JANKAUSKAS "That is typical of her. She will not allow anyone ..." = comment on another person, no position of his own: no row.
U(d, "Britain's prime minister, Keir Starmer, said he was delighted", "keep pressing for the others.",
  ("United Kingdom", S, pos, "", "delight at the release (approval of a step) + continued pressure: welcome decides (unsure: could be calling_for_talks like Poland's)"))
U(d, "Poland's foreign ministry, three of whose citizens were among those freed", "release of Andrzej Poczobut.",
  ("Poland", T, pos, "Belarus", "welcome + appeal for a further release, no judgement: rule 2 before rule 3"))
U(d, "Japan's foreign ministry confirmed that two Japanese nationals", "for their help.",
  ("Japan", S, pos, "", "thanks to the US and Lithuania = praise (two actors, target empty)"))
U(d, "In Brussels the EU's foreign policy chief Kaja Kallas said the release showed that pressure", "every political prisoner was free.",
  ("European Union", C, neg, "Belarus", "sanctions maintained against the regime = measure (condemning)"))
# JANKAUSKAS "It should not." = short answer carrying no actor target; left without a row.
U(d, "The European line is correct: sanctions were imposed for repression", "has not stopped.",
  ("Marius Jankauskas", C, neg, "Belarus", "repression charge + endorsement of sanctions = condemning"))
U(d, "Lukashenko arrests new people every week.", "new people every week.",
  ("Marius Jankauskas", C, neg, "Belarus", "accusation by description"))
U(d, "If we lift anything for fourteen releases", "refill the cells.",
  ("Marius Jankauskas", C, neg, "Belarus", "argues against easing sanctions; 'refill the cells' = judgement"))
# SHVED "I would put it a little differently." = link, no row.
U(d, "I agree the sanctions must stay.", "sanctions must stay.",
  ("Olga Shved", C, neu, "Belarus", "backs keeping sanctions = a measure against Belarus"))
U(d, "But Europe has no channel to Minsk at all", "not a principle.",
  ("Olga Shved", C, neu, "European Union", "criticism of the EU's policy = judgement of the EU"))
U(d, "The Americans have shown that a channel produces results.", "a channel produces results.",
  ("Olga Shved", S, pos, "United States", "praise of the US approach"))
U(d, "Brussels should think about opening one of its own.", "one of its own.",
  ("Olga Shved", T, neu, "European Union", "appeal to open a channel of dialogue"))
U(d, "The human rights centre Viasna, whose founder", "freed yesterday.",
  ("Viasna", C, neg, "Belarus", "welcome joined to a judgement (new detentions): rule 1"))
# SHVED "Nothing of substance, which is telling." / "I read that as a shrug." = comment, no row.
U(d, "The Kremlin's spokesman said it was a matter for Belarus and the United States.", "Belarus and the United States.",
  ("Russia", N, neu, "", "reported by the guest; non-committal line"))
U(d, "I hope Siarhei gets some rest", "is full.",
  ("Marius Jankauskas", T, pos, "", "hope for more releases = calling_for_talks (unsure: could be neutral)"))
U(d, "But governments must remember who put these people in prison", "in the first place.",
  ("Marius Jankauskas", C, neg, "Belarus", "implicit blame of the regime"))
