# ------------------------------------------------------------------ IRGC missile attack on Erbil (13 March 2022): KRG Council of Ministers press release (full HTML, 2022-03-16)
d = "page_krg_erbil_missiles2022_pressrelease.html"
# Not statements: language bar, site name, nav, breadcrumb, kicker, headline, time line, figcaptions with credits, crossheads
# ("Federal government", "International partners", "Legal avenues"), share bar, tags, related news, comments box, footer.
# On the government's own page "the Council", "the Prime Minister", "the Department" = Kurdistan Regional Government.
U(d, "The Council of Ministers, chaired by Prime Minister Masrour Barzani", "the targeted sites.",
  ("Kurdistan Regional Government", C, neg, "Iran", "renewed condemnation (the attack 'launched from Iranian territory') + a call for an inquiry: rule 1"))
# "Twelve missiles struck residential areas ..." = narration with no source, no row.
U(d, "One civilian was lightly injured, according to the Region's Ministry of Interior.", "Ministry of Interior.",
  ("Kurdistan Regional Government", N, neu, "", "casualty figure given by an actor = neutral"))
U(d, "Prime Minister Barzani told the meeting that the places hit were family homes", "no foundation whatsoever.",
  ("Kurdistan Regional Government", N, neg, "", "denial of the claimed Israeli base = neutral, negative"))
U(d, "The Islamic Revolutionary Guard Corps, which claimed the attack on Sunday", "intelligence site in Erbil.",
  ("Iran", C, neg, "Israel", "the IRGC speaks for Iran; claims a strike on what it calls an Israeli site = an operation against another side, reported second-hand ('carried by Iranian media')"))
U(d, "\"We are not anyone's battlefield", "the Prime Minister said.",
  ("Kurdistan Regional Government", N, neg, "", "refusal to be a battlefield, no actor judged, no appeal (unsure: could be read as an appeal)"))
U(d, "\"Those who fired these missiles knew exactly what they were hitting.\"", "what they were hitting.\"",
  ("Kurdistan Regional Government", C, neg, "Iran", "quote carried into the next paragraph with no attribution = the Prime Minister; accuses the attackers of deliberately hitting civilians"))
U(d, "The Council proposed that the committee bring together representatives", "laid before the public.",
  ("Kurdistan Regional Government", T, neu, "", "proposal of an international fact-finding body = calling_for_talks (demands for an inquiry)"))
U(d, "It called on the federal government and on the Region's international partners", "are not repeated.",
  ("Kurdistan Regional Government", T, neg, "", "'It' = the Council; appeal to act, no judgement word in the sentence; several addressees -> target empty"))
U(d, "The Council thanked federal Prime Minister Mustafa al-Kadhimi", "sovereignty is at stake.",
  ("Kurdistan Regional Government", S, pos, "Iraq", "thanks and praise of the federal prime minister's visit = supporting Iraq"))
U(d, "During the visit, Prime Minister al-Kadhimi said the federal government", "security agencies.",
  ("Iraq", C, neg, "Iran", "'an assault on all Iraqis' = judgement + an investigation ordered"))
U(d, "The federal Ministry of Foreign Affairs summoned the Iranian ambassador", "the Council noted.",
  ("Iraq", C, neg, "Iran", "summons with a formal protest = measure; 'the Council noted' = reported by the KRG"))
U(d, "In Tehran, foreign ministry spokesman Saeed Khatibzadeh was quoted", "against its neighbours.",
  ("Iran", T, neg, "Iraq", "'was quoted by IRNA as saying' (the agency is not an actor); a demand on Baghdad that implies a charge, no judgement word = calling_for_talks (as batch22a's GCC case) (unsure: could be condemning)"))
U(d, "On Sunday the Prime Minister received a telephone call from United States Secretary of State", "the Prime Minister's office.",
  ("United States", C, neg, "Iran", "condemnation + support, reported 'according to a statement from the Prime Minister's office': rule 1"))
# The KRG's receiving the call is narration of a meeting (labels/README): no KRG row for it.
U(d, "On Wednesday the Prime Minister received a call from the United Kingdom's Minister of State", "breach of Iraq's sovereignty.",
  ("United Kingdom", C, neg, "Iran", "'indefensible breach' = judgement without the stock words"))
U(d, "The minister said London stood with the people of the Region", "with its partners.",
  ("United Kingdom", S, pos, "Kurdistan Regional Government", "'The minister' = Milling; solidarity + diplomatic follow-up"))
U(d, "The consulates of France, Germany, the United Kingdom and the United States in Erbil sent messages", "the Department of Foreign Relations said.",
  ("France", S, pos, "Kurdistan Regional Government", "list of states, one row each; messages of solidarity = supporting"),
  ("Germany", S, pos, "Kurdistan Regional Government", "as France"),
  ("United Kingdom", S, pos, "Kurdistan Regional Government", "as France"),
  ("United States", S, pos, "Kurdistan Regional Government", "as France"))
U(d, "Saudi Arabia, Jordan and the United Arab Emirates also issued statements condemning the attack", "the Department added.",
  ("Saudi Arabia", C, neg, "Iran", "list of states, one row each; condemnation reported by the KRG department"),
  ("Jordan", C, neg, "Iran", "as Saudi Arabia"),
  ("United Arab Emirates", C, neg, "Iran", "as Saudi Arabia"))
U(d, "Türkiye's Ministry of Foreign Affairs said in a statement that no pretext", "in danger.",
  ("Turkey", C, neg, "", "judgement without a stock word ('no pretext could justify'); Iran not named by Ankara -> target empty"))
U(d, "The United Nations Assistance Mission for Iraq said whoever fired the missiles", "answer for it.",
  ("United Nations", C, neg, "", "UNAMI = United Nations; the attackers should answer for it = holding responsible; perpetrator unnamed -> target empty"))
U(d, "The Council was briefed by Dr. Kawa Jalal", "armed attack to answer.",
  ("Kawa Jalal", C, neg, "Iran", "invented scholar; legal judgement of the strike (use of force without an armed attack to answer)"))
U(d, "Engineer Shirin Aziz, who led the damage assessment", "any military use.",
  ("Shirin Aziz", N, neg, "", "invented local official; damage figures + 'no military use' (facts, a denial of the claim)"))
U(d, "The Council instructed the Department of Foreign Relations to prepare a file", "in the Region.",
  ("Kurdistan Regional Government", N, neu, "", "internal procedure"))
