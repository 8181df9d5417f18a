# ------------------------------------------------------------------ Trump-Kim summit in Singapore (live blog, full HTML, 2018-06-12)
d = "page_singapore_summit_liveblog.html"
U(d, "South Korea's President Moon Jae-in, who brokered the meeting", "who wanted peace.",
  ("South Korea", S, pos, "", "approval of the agreement between two other parties = supporting; target empty (aimed at both)"))
U(d, "\"We will stand beside both Washington and Pyongyang", "in a statement released by the Blue House.",
  ("South Korea", S, pos, "", "quote closed by the speaker (surname only); backing of both sides' process; capitals = metonyms for the two parties; Blue House = presidential office, not a separate actor (unsure: could be calling_for_talks, a commitment to the diplomacy)"))
U(d, "Seoul would first have to establish what Trump meant", "told reporters earlier in the day.",
  ("South Korea", N, neu, "", "attribution tail with the speaker by role + name; no position taken yet = neutral; Seoul = metonym"))
U(d, "Amnesty International said the silence of the joint statement", "under Kim's rule.",
  ("Amnesty International", C, neg, "", "'glaring omission … let down' = negative judgement of the joint statement (of both signatories -> target empty)"))
U(d, "Asked at his press conference whether human rights had come up", "would be returned to.",
  ("United States", N, neu, "", "fact about the talks, no evaluation; the question itself is not a statement"))
U(d, "China welcomed the meeting and hoped the two sides would build on it", "told a regular briefing in Beijing.",
  ("China", T, pos, "", "welcome + hope for a lasting settlement, no judgement: rule 2 before rule 3 (labels/README: welcome with a peace appeal = calling_for_talks); attribution tail"))
U(d, "Geng said the Security Council could look at adjusting the sanctions", "kept to its commitments.",
  ("China", T, neu, "", "surname only; proposal of a diplomatic incentive (sanctions relief for compliance) = calling_for_talks (unsure: could be a neutral procedural remark)"))
U(d, "Foreign Minister Wang Yi told reporters in Beijing that China's contribution", "deserved to be acknowledged.",
  ("China", N, pos, "", "self-praise = neutral, positive (labels/README)"))
U(d, "Kremlin spokesman Dmitry Peskov said the mere fact that the meeting had happened", "passing judgement on it.",
  ("Russia", S, pos, "", "welcome (with a reservation, no appeal) = supporting; Moscow = metonym"))
U(d, "Deputy Foreign Minister Sergei Ryabkov went further", "the Interfax news agency reported.",
  ("Russia", T, pos, "", "welcome + appeal to return to six-party talks: rule 2 before rule 3; Interfax only carries it"))
U(d, "A spokesman for Prime Minister Theresa May said the pledge to denuclearise was welcome", "that it meant it.",
  ("United Kingdom", T, neu, "North Korea", "welcome + demand addressed to one side with no judgement word = calling_for_talks (rule 2 before 3)"))
U(d, "In Brussels, EU foreign policy chief Federica Mogherini said the meeting gave fresh momentum", "to the process.",
  ("European Union", S, pos, "", "approval + offer of expertise = supporting; Brussels = place"))
U(d, "US Forces Korea said no fresh instructions on joint exercises had reached it", "until ordered otherwise.",
  ("United States", N, neu, "", "USFK = United States; own posture, no evaluation; the next sentence ('appeared to have been caught off guard') is narration: no row"))
U(d, "In the biggest surprise of his hour-long news conference, Trump said", "negotiations with the North went on.",
  ("United States", T, neu, "North Korea", "halting exercises while talks go on = a de-escalation step announced for the sake of negotiations (unsure: could be a neutral own measure)"))
U(d, "\"They cost us a fortune, and frankly it's not right to be doing them while we're talking,\" he said.", "\"They cost us a fortune, and frankly it's not right to be doing them while we're talking,\" he said.",
  ("United States", T, neu, "North Korea", "quote continued by the same speaker ('he' = Trump): justification of the halt for the sake of the talks, same stance as the sentence before (unsure)"))
U(d, "He added that sanctions on North Korea would not be lifted", "was being dismantled.",
  ("United States", C, neu, "North Korea", "sanctions kept in force as pressure = a measure against the other side (guide: sanctions = condemning); plain tone (unsure: maintenance of existing sanctions, could be neutral)"))
U(d, "Trump was full of praise for his counterpart", "keep his word.",
  ("United States", S, pos, "North Korea", "praise of Kim = supporting North Korea"))
U(d, "He said Kim would be welcome at the White House when the moment was right", "to Pyongyang too.",
  ("United States", T, pos, "North Korea", "invitation to further summits = offering talks"))
U(d, "UN Secretary-General Antonio Guterres called the meeting a landmark", "said in New York.",
  ("United Nations", T, pos, "", "welcome + appeal not to let the chance slip: rule 2 before rule 3; via the spokesman (attribution tail)"))
U(d, "The International Atomic Energy Agency's director general, Yukiya Amano", "check compliance.",
  ("IAEA", S, pos, "", "offer of the agency's help (inspectors) = supporting (offers assistance); Vienna = place"))
U(d, "Japan's Prime Minister Shinzo Abe said he was grateful to Trump", "abduction questions alike.",
  ("Japan", S, pos, "United States", "gratitude to Trump for raising the abductions = supporting the US"))
U(d, "Abe told reporters in Tokyo that Japan would in the end have to take up the abductions", "directly with Pyongyang.",
  ("Japan", T, neu, "North Korea", "surname only; intention to negotiate directly = calling_for_talks; Pyongyang = metonym"))
U(d, "Singapore's Prime Minister Lee Hsien Loong said the meeting had opened a path", "to have played a part.",
  ("Singapore", S, pos, "", "approval of the outcome (aimed at both) = supporting"))
U(d, "Lee had told reporters at the weekend that hosting the summit would cost Singapore", "for security.",
  ("Singapore", N, neu, "", "cost figure given by an actor = neutral"))
U(d, "Trump and Kim signed a four-point joint statement", "of nuclear weapons.",
  ("United States", T, pos, "North Korea", "signing the agreement: security guarantees as part of a negotiated deal = agreeing to a diplomatic course (unsure: guarantees could be read as supporting)"),
  ("North Korea", T, pos, "United States", "same sentence: Kim's pledge in the agreement = agreeing to a diplomatic course; the next sentence (what the text omits) is narration: no row"))
U(d, "Kim, speaking through an interpreter at the signing table", "would see the difference.",
  ("North Korea", T, pos, "", "surname only; a fresh start between enemies = commitment to peace (hope), calling_for_talks"))
U(d, "Before the one-on-one meeting, Kim told Trump, as the cameras rolled", "they had cleared them.",
  ("North Korea", N, pos, "", "account of the road to the summit, no position on another actor = neutral, positive"))
U(d, "North Korea's state news agency KCNA had said on Monday", "for the peninsula.",
  ("North Korea", N, neu, "", "state agency carrying the government's agenda for the talks = a plan (KCNA itself is not an actor, the row is North Korea's)"))
