# ------------------------------------------------------------------ Tsorona: Eritrea-Ethiopia border clash of 12-13 June 2016 (Horn of Africa news site, full HTML, 2016-06-15)
d = "page_tsorona_eritrea_ethiopia_2016_hornsite.html"
# Not statements: ticker, logo, edition line, nav, crumbs, headline, deck, author/time/read time, figcaptions ("1 of 2"),
# ADVERTISEMENT, crossheads, "Related:", newsletter prompt, share bar, topics, comments, most read, footer.
# "ASMARA/ADDIS ABABA — Eritrea and Ethiopia on Wednesday gave sharply different accounts ..." = summary lead, no row.
U(d, "Eritrea's Ministry of Information said on Sunday night that Ethiopian forces had launched an offensive", "statement on Tuesday.",
  ("Eritrea", C, neg, "Ethiopia", "accusation of an unprovoked offensive"))
U(d, "The ministry said Eritrean troops had driven the attackers back by Monday", "18 of its own soldiers had died.",
  ("Eritrea", N, neu, "", "casualty figures and own account given by an actor = neutral"))
U(d, "Information Minister Yemane Gebremeskel wrote on Twitter that the offensive had been staged", "since November.",
  ("Eritrea", C, neg, "Ethiopia", "accusation of a diversionary attack"))
U(d, "\"For fourteen years the regime in Addis Ababa has sat on sovereign Eritrean land", "Yemane said.",
  ("Eritrea", C, neg, "Ethiopia", "judgement (occupation in defiance of a ruling) + pressure on the Council; multi-sentence quote closed by the speaker"))
U(d, "Foreign Minister Osman Saleh told U.N. Deputy Secretary-General Jan Eliasson by telephone", "according to Eritrean officials.",
  ("Eritrea", N, neu, "", "self-defence claim and no wish to escalate = reassurance about own conduct; attribution tail"))
# "Ethiopia said it had been the one attacked." = summary line before the specific statements, no row.
U(d, "Getachew Reda, the minister heading the Government Communication Affairs Office", "forced to hit back.",
  ("Ethiopia", C, neg, "Eritrea", "accusation that Eritrea opened fire"))
U(d, "\"Our forces answered the attack and then returned to their positions.", "Getachew said.",
  ("Ethiopia", N, neu, "", "own strike reported as done, no judgement + reassurance"))
U(d, "He dismissed the Eritrean casualty figures as invented", "without giving one.",
  ("Ethiopia", N, neg, "", "denial of the figures = neutral, negative"))
U(d, "Prime Minister Hailemariam Desalegn told parliament on Tuesday that Ethiopia had shown restraint", "kept provoking it.",
  ("Ethiopia", C, neg, "Eritrea", "threat of stronger measures = condemning"))
U(d, "He added that Ethiopia still wanted a negotiated peace with Eritrea", "at any time.",
  ("Ethiopia", T, pos, "Eritrea", "offer of talks = calling_for_talks"))
U(d, "A foreign ministry spokesman, Tewolde Mulugeta, said Addis Ababa had briefed", "on the incident.",
  ("Ethiopia", N, neu, "", "procedure"))
U(d, "U.N. Secretary-General Ban Ki-moon, who met Hailemariam in Brussels on Wednesday", "his spokesman Stephane Dujarric said.",
  ("United Nations", T, neg, "", "appeal to both to step back and implement the accords; two addressees -> target empty"))
U(d, "Dujarric said the world body would put its good offices", "should they want them.",
  ("United Nations", T, neu, "", "offer of good offices = mediation = calling_for_talks"))
U(d, "African Union Commission chairperson Nkosazana Dlamini-Zuma said she was following the reports", "settle the dispute by dialogue.",
  ("African Union", T, neg, "", "worry + appeal to stop and talk = calling_for_talks"))
U(d, "The AU's Peace and Security Council will hear a briefing", "the commission said.",
  ("African Union", N, neu, "", "meeting announced; attribution tail"))
U(d, "In Washington, State Department spokesman John Kirby said Washington was troubled", "under the 2000 agreement.",
  ("United States", T, neg, "", "concern + appeal to both; two addressees -> target empty"))
U(d, "IGAD Executive Secretary Mahboub Maalim said the bloc was alarmed by the clash", "South Sudan and Somalia.",
  ("IGAD", N, neg, "", "alarm without an appeal = neutral, negative"))
U(d, "A spokesperson for the European Union's External Action Service said the EU called for calm", "2002 decision.",
  ("European Union", T, neu, "", "call for calm + implementation of the ruling, no judgement (unsure: the ruling favours Eritrea, but no side is named)"))
# "Residents of Zalambessa ... said the shelling had rattled windows ..." = unnamed residents, no row.
U(d, "\"Neither government can afford a full war", "Horn Policy Forum in Nairobi.",
  ("Abdirahman Warsame", N, neg, "", "invented analyst; assessment of the dynamics, no judgement"))
U(d, "Warsame said the guarantors of the Algiers agreement", "before the next clash.",
  ("Abdirahman Warsame", T, neu, "", "appeal to the guarantors to revive talks; several addressees -> target empty"))
U(d, "Professor Liya Tesfaye of the Tigray Centre for Regional Studies in Mekelle said Asmara had long used", "awarded to Eritrea.",
  ("Liya Tesfaye", C, neg, "", "invented scholar; judgement on both capitals -> target empty"))
U(d, "\"Both capitals have found the frozen conflict useful", "she said.",
  ("Liya Tesfaye", C, neg, "", "blame on both sides -> target empty"))
U(d, "In a letter to the president of the U.N. Security Council, Eritrea's mission in New York", "hold Ethiopia to account.",
  ("Eritrea", C, neg, "Ethiopia", "UN mission = Eritrea; 'flagrant breach' + demand for accountability"))
U(d, "Kenya's Foreign Secretary Amina Mohamed said she hoped the two neighbours", "through IGAD.",
  ("Kenya", T, pos, "", "hope for a return to dialogue + offer to help mediate = calling_for_talks; two addressees -> target empty"))
# The unnamed shopkeeper in Zalambessa (two sentences) is not an actor: no row.
U(d, "Sudan's foreign ministry said Khartoum was in touch with both capitals", "by peaceful means.",
  ("Sudan", T, neu, "", "appeal to both neighbours for a peaceful settlement; two addressees -> target empty"))
U(d, "The International Committee of the Red Cross said it had sent surgical kits", "soldiers and civilians.",
  ("ICRC", S, neu, "", "medical aid delivered = supporting (by act); aimed at the wounded, not a party -> target empty"))
