# ------------------------------------------------------------------ Israel-Australia visa row over Simcha Rothman (international wire copy, 2025-08-19)
d = "page_israel_australia_rothman_visas2025_wire.txt"
# Not statements: menu, breadcrumb, headline, byline, time stamp, read time, the four summary bullets, ADVERTISEMENT,
# crosshead, reporting credits, Our Standards, Related Coverage, tags, most read.
U(d, "Israel said on Monday it had revoked the visas", "between the two governments in decades.",
  ("Israel", C, neg, "Australia", "dateline excluded; lede: revoking diplomats' visas in retaliation = expulsion-type measure -> condemning; narration tail"))
U(d, "Foreign Minister Gideon Saar said the step answered", "at the United Nations next month.",
  ("Israel", C, neg, "Australia", "'groundless exclusion' = judgement of Canberra's visa decisions without a stock word"))
U(d, "He said he had also told Israel's embassy in Canberra", "informed of the decision.",
  ("Israel", C, neg, "Australia", "pronoun = Saar; screening of every Australian official visa = retaliatory measure; the notice to the ambassador rides with it"))
U(d, "\"A government that shuts its doors", "Saar wrote on X.",
  ("Israel", C, neg, "Australia", "judgement ('lost its bearings') on Australia; post on X"))
U(d, "The Australian officials, a small team that works", "an Israeli official said.",
  ("Israel", C, neg, "Australia", "unnamed official of a named government; timetable of the expulsion = the measure itself (unsure: could be neutral procedure)"))
U(d, "Australia's Home Affairs Minister Tony Burke cancelled the visa", "speaking tour of Sydney and Melbourne.",
  ("Australia", C, neg, "Religious Zionist Party", "cancelling a visa = measure against the lawmaker; target his party (the lawmaker himself is not an actor; unsure: could be empty)"))
U(d, "Rothman will be unable to enter Australia for three years", "set out to stir up division.",
  ("Australia", C, neg, "", "'according to a statement from Burke's office' = second-hand attribution; ban + judgement of divisive visitors, aimed at no named actor"))
U(d, "\"Anyone who travels here to turn one community against another", "the statement said.",
  ("Australia", C, neg, "", "warning of exclusion (a measure) aimed at no named actor; 'the statement' = Burke's office"))
U(d, "Asked about Saar's post, Burke told reporters", "were made in Canberra.",
  ("Australia", N, neg, "", "rejection of Israel's criticism without a judgement = denial-like, neutral"))
U(d, "Rothman, who had been invited by the Australian Jewish Association, was quoted", "other ways to reach the community.",
  ("Religious Zionist Party", C, neg, "Australia", "'was quoted as saying' = passive attribution; a lawmaker speaks for his party; the ban 'handed a victory' to those who frightened Jews = judgement"))
U(d, "Australia's Foreign Minister Penny Wong said Israel's response was an overreaction", "needed more of it.",
  ("Australia", C, neg, "Israel", "'overreaction with no basis' = judgement without a stock word"))
U(d, "\"We will keep talking to Israel, as friends who disagree should", "carry on with their work.",
  ("Australia", T, neu, "", "keep talking + ceasefire, hostages, two states; no judgement = calling_for_talks; several addressees -> target empty"))
U(d, "Prime Minister Anthony Albanese, asked about the row", "followed the usual process.",
  ("Australia", N, neu, "", "defence of own procedure, no evaluation of another actor = neutral"))
U(d, "He said the decision to recognise Palestine had been made", "would not be reversed.",
  ("Australia", N, neu, "", "'He' carried from Albanese; own decision restated, no judgement or appeal"))
# "Albanese announced on Aug. 11 ..." and the Shaked sentence = background narration, no row.
U(d, "Prime Minister Benjamin Netanyahu joined the dispute on Tuesday morning", "the one to pay for it.",
  ("Israel", C, neg, "Australia", "'in remarks released by his office'; 'judged harshly' + veiled warning = condemning"))
U(d, "Israeli opposition leader Yair Lapid took aim at his own government", "at any point he could remember.",
  ("Yesh Atid", C, neg, "Israel", "opposition leader speaks for his party; judgement on his own government"))
U(d, "The Palestinian foreign ministry said the Israeli step breached", "back Palestinian statehood.",
  ("Palestine", C, neg, "Israel", "breach of diplomatic rules + punitive intent = judgement"))
U(d, "It said the Palestinian government would go on dealing", "fully accredited representatives.",
  ("Palestine", S, pos, "Australia", "'It' = the ministry; continuing to treat the Australians as accredited = backing by act"))
U(d, "In Wellington, New Zealand Foreign Minister Winston Peters said", "who crossed its border.",
  ("New Zealand", N, neu, "", "monitoring + a general principle, no judgement of either side, no appeal = neutral"))
U(d, "A spokesperson for Britain's Foreign Office said London hoped", "behind them quickly.",
  ("United Kingdom", T, pos, "", "hope that the dispute ends = calling_for_talks; both sides -> target empty"))
U(d, "The U.S. State Department, asked about the dispute, said", "a matter for the two governments.",
  ("United States", N, neu, "", "declining to take a position = neutral"))
U(d, "In Australia, opposition leader Sussan Ley said the government had handled", "into a diplomatic rupture.",
  ("Liberal Party of Australia", C, neg, "Australia", "opposition leader (Liberal leader since May 2025) speaks for her party; judgement on the government's handling"))
U(d, "The Executive Council of Australian Jewry, the community's main umbrella body, said", "rather than on social media.",
  ("Executive Council of Australian Jewry", T, neg, "", "regret (concern) + appeal for quiet diplomacy, no judgement of one side = calling_for_talks"))
U(d, "Rhys Talbot, a senior fellow at the Harbourside Institute", "but the symbolism was not.",
  ("Rhys Talbot", N, neu, "", "invented analyst; assessment of the stakes, no judgement"))
U(d, "\"Israel has never done this to Australian officials before.", "he said.",
  ("Rhys Talbot", N, neg, "", "quote closed by the speaker; 'put themselves in a corner' criticises both mildly, no judgement of one actor (unsure)"))
U(d, "Talbot said the two governments should use the weeks", "a permanent freeze.",
  ("Rhys Talbot", T, neu, "", "surname only; appeal for a channel to de-escalate = calling_for_talks"))
U(d, "Noa Lerner, who teaches diplomacy at the Galilee College", "remaining friends in the Pacific.",
  ("Noa Lerner", C, neg, "Israel", "invented scholar; 'out of proportion' = judgement of Israel's measure"))
