# ------------------------------------------------------------------ Israeli diplomat escorted out of the AU summit (pan-African news site, full HTML, 2023-02-19)
d = "page_au_summit_barli_removal2023_newssite.html"
# Not statements: top bar, masthead, nav, breadcrumb, kicker, headline, standfirst, byline, share bar, figcaptions, ADVERTISEMENT, crossheads, tags, newsletter, related, comments, most read, footer.
U(d, "ADDIS ABABA - Israel on Saturday accused Algeria and South Africa", "drew to a close on Sunday.",
  ("Israel", C, neg, "", "accusation of two states -> target empty; Pretoria's and the AU's push-back is only summarised here (their own sentences carry it)"))
# "Video shared widely on social media showed ..." = scene description, no row.
U(d, "\"The removal of an accredited observer carrying a valid badge is a grave affront", "Lior Hayat said in a statement.",
  ("Israel", C, neg, "", "accusation of Pretoria and Algiers (and Tehran) -> several targets, empty"))
U(d, "The ministry said it would summon South Africa's charge d'affaires", "over the episode.",
  ("Israel", C, neg, "South Africa", "summoning an envoy for a reprimand = a measure against another side"))
U(d, "It also called on African governments to stand up against", "damage its standing.",
  ("Israel", C, neg, "", "appeal carrying a judgement ('hijack', 'damage') of an unnamed group -> condemning, target empty"))
U(d, "Foreign Minister Eli Cohen said Israel would keep deepening its ties", "partners on the continent.",
  ("Israel", S, pos, "", "offer of assistance programmes = backing by act (supporting); several unnamed partners -> target empty"))
# "The African Union Commission gave a very different account." = summary line, no row.
U(d, "\"The invitation was addressed by name to Israel's accredited ambassador", "Ebba Kalondo said.",
  ("African Union", C, neg, "Israel", "the Commission's spokesperson = AU; procedural account joined to 'we regret that it was used that way' aimed at Israel's act = judgement"))
U(d, "Commission chairperson Moussa Faki Mahamat told reporters at the close of the summit", "had therefore been invited.",
  ("African Union", N, neu, "", "procedural facts on the frozen accreditation"))
U(d, "The Commission was looking into how the diplomat had obtained", "Faki added.",
  ("African Union", N, neu, "", "announced inquiry, procedural; attribution tail"))
# "Faki granted Israel observer status in July 2021, ..." = background narration, no row.
U(d, "Vincent Magwenya, spokesperson for President Cyril Ramaphosa, said South Africa had played no part", "like everyone else.",
  ("South Africa", N, neg, "", "denial of the charge = neutral, negative"))
U(d, "He challenged Israel to produce any evidence for its claims", "occupation of Palestinian land.",
  ("South Africa", C, neg, "Israel", "judgement of Israel's accusation as a diversion + reference to the occupation"))
U(d, "Clayson Monyela, head of public diplomacy at the Department of International Relations", "rules on accreditation.",
  ("South Africa", S, pos, "African Union", "welcome of the organisers' act = supporting the AU"))
# "Algeria's delegation did not respond to requests for comment." = non-answer, no row.
U(d, "Palestinian Prime Minister Mohammad Shtayyeh, who addressed the opening session, thanked African states", "the Palestinian people.",
  ("Palestine", S, pos, "", "thanks for support = approval of several states -> target empty"))
U(d, "Shtayyeh asked the leaders to end Israel's observer status for good", "against colonial rule.",
  ("Palestine", C, neg, "Israel", "call for a measure against Israel + judgement (occupation)"))
U(d, "Hamas welcomed the diplomat's removal in a statement from Gaza", "through the back door.",
  ("Hamas", C, neg, "Israel", "welcome joined to a judgement of Israel ('occupying power', 'slip in through the back door'): rule 1 -> condemning"))
U(d, "A spokesman for the UN Secretary-General, Antonio Guterres, who attended the opening, said", "its members to decide.",
  ("United Nations", N, neu, "", "procedural line, declines to take a side"))
U(d, "The U.S. State Department said it was aware of the reports", "through dialogue.",
  ("United States", T, neu, "", "appeal to both parties to settle through dialogue, no judgement"))
U(d, "Comoros President Azali Assoumani, who took over the Union's rotating chair", "earlier this month.",
  ("African Union", S, neg, "", "the chair speaking at the body's summit in its name = AU; condolences = solidarity (supporting), grief; two states -> target empty"))
# "The summit also kept Mali, Guinea, Burkina Faso and Sudan suspended ..." = summary narration of other business, no row.
U(d, "Tsegaye Mulatu, a senior researcher at the Addis Institute for Continental Affairs, said", "on its own in 2021.",
  ("Tsegaye Mulatu", C, neg, "African Union", "invented researcher; judgement of the Commission's handling"))
U(d, "\"Faki created this problem by deciding alone", "Mulatu said.",
  ("Tsegaye Mulatu", C, neg, "African Union", "blame of the Commission chairperson's unilateral decision"))
U(d, "He urged the heads of state committee to meet before the next Assembly", "eastern Congo.",
  ("Tsegaye Mulatu", T, neu, "African Union", "appeal for a consensus settlement inside the AU = calling_for_talks; the one party addressed is the AU committee"))
U(d, "Naomi Ben-Ami, a former Israeli ambassador who now teaches", "argue Israel's case.",
  ("Naomi Ben-Ami", N, neg, "", "former official speaks for no body; worry without an appeal = neutral, negative"))
U(d, "\"Shouting at Pretoria from Jerusalem wins headlines at home", "she said.",
  ("Naomi Ben-Ami", C, neg, "Israel", "judgement of her own former government's public blame campaign"))
U(d, "The ministry insisted that Bar-li had been registered through the proper channels", "by the organisers themselves.",
  ("Israel", N, neg, "", "rejects the AU's account (denial of a charge) with its own facts = neutral, negative"))
U(d, "In Tehran, foreign ministry spokesman Nasser Kanaani rejected any Iranian role", "closed on it abroad.",
  ("Iran", C, neg, "Israel", "denial joined to a jab at Israel's habit of blaming Iran = judgement (like a denial with an accusation)"))
U(d, "Ethiopia's foreign ministry, whose capital hosts the Union, said security", "from either side.",
  ("Ethiopia", N, neu, "", "host state's procedural line (who handles security, no complaint received)"))
