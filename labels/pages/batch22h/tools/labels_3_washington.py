# ------------------------------------------------------------------ Serbia-Kosovo Washington commitments and the Jerusalem embassy pledges (international wire copy, 2020-09-08)
d = "page_washington_agreement_wire.txt"
U(d, "The European Union warned Serbia and Kosovo on Monday", "explain what they had signed.",
  ("European Union", C, neg, "", "dateline excluded; long lead: a warning that the pledges could set back accession (a threatened consequence) with narration of the White House package; aimed at two actors -> target empty"))
U(d, "\"Jerusalem's status is to be settled by Israelis and Palestinians", "told a news briefing.",
  ("European Union", C, neg, "Serbia", "judgement without stock words ('stepping away from a position all 27 member states share'); the candidate country is Serbia; attribution tail"))
U(d, "He said Brussels would take the issue up directly", "the course they had chosen.",
  ("European Union", N, neu, "", "procedure + a conditional assurance; no judgement, no peace appeal (unsure: could be read as part of the warning)"))
U(d, "The warning came hours before EU foreign policy chief Josep Borrell", "the two former foes.",
  ("European Union", T, neu, "", "the host convening the dialogue = calling_for_talks (labels/README); the guests are not speakers"))
U(d, "After the meeting, Borrell told reporters the delegations had settled texts", "keep up the momentum.",
  ("European Union", T, pos, "", "results + urging both leaders to keep going = calling_for_talks"))
U(d, "At Friday's ceremony in the Oval Office, Vucic and Hoti signed", "their recognition of Kosovo.",
  ("Serbia", T, pos, "Kosovo", "signing normalisation commitments (a specific act) = agreeing to a peaceful course; unsure: could be neutral"),
  ("Kosovo", T, pos, "Serbia", "same act for the other signatory; the US as co-signatory is carried by the next sentences"))
U(d, "Trump, seated between the two leaders, praised them", "visit both countries soon.",
  ("United States", S, pos, "", "praise of both leaders = supporting; two actors -> target empty"))
U(d, "Richard Grenell, the special presidential envoy who brokered the talks", "political negotiations.",
  ("United States", N, pos, "", "leader's envoy on social media praising his own deal = self-praise, neutral positive; the jab at 'political negotiations' names no one (unsure)"))
U(d, "The U.S. International Development Finance Corporation said it was finalising", "issued after the ceremony.",
  ("United States", S, pos, "", "backing by act ('is finalising', financing); helps both sides -> target empty; attribution tail"))
# "Both documents also carry pledges that go well beyond the Balkans: ..." : the pledges' content as narration, no row
U(d, "Israeli Prime Minister Benjamin Netanyahu thanked Vucic", "follow Serbia's lead.",
  ("Israel", S, pos, "Serbia", "thanks and approval = supporting"))
U(d, "His office said Israel would establish diplomatic relations with Kosovo", "declined to recognise.",
  ("Israel", S, pos, "Kosovo", "'His office' = Netanyahu's office; recognition = backing by act"))
# "Palestinian officials reacted with anger." : summary line, no row
U(d, "Saeb Erekat, secretary-general of the Palestine Liberation Organization", "photograph in the Oval Office.",
  ("Palestine", C, neg, "", "PLO = Palestine (name files); social-media judgement of Trump and of Belgrade (metonym) -> two targets, empty"))
U(d, "The Palestinian foreign ministry said any embassy in Jerusalem broke", "let themselves be used.",
  ("Palestine", C, neg, "Serbia", "illegality + diplomatic measures announced against Serbia; the appeal to Kosovo inside the same sentence does not outweigh the judgement (rule 1)"))
U(d, "Arab League Secretary-General Ahmed Aboul Gheit said in a statement carried", "reward the occupation with an embassy.",
  ("Arab League", C, neg, "", "secretary-general = Arab League; judgement aimed at both embassy pledges (and at Israel's 'occupation') -> target empty; WAFA is an agency, not an actor"))
U(d, "He said the League still wanted the city's status decided", "on the basis of two states.",
  ("Arab League", T, neu, "", "negotiated settlement = calling_for_talks"))
U(d, "In Belgrade, Vucic told state broadcaster RTS on Sunday", "Israel and the United States.",
  ("Serbia", N, pos, "", "own plan, hedged, with friendly words for partners = neutral, positive (unsure: could be supporting Israel)"))
U(d, "Foreign Minister Ivica Dacic went further", "relations between the two countries.",
  ("Serbia", C, neg, "Israel", "conditional threat to reverse the move + judgement of Israel's recognition of Kosovo = condemning"))
U(d, "Vucic also denied that the Jerusalem clause had taken him by surprise", "\"I read everything I signed,\" he said.",
  ("Serbia", N, neg, "", "denial = neutral, negative; the quote after the colon-free narration closes the unit (two sentences: denial + quote, one speaker)"))
U(d, "In Pristina, Hoti said recognition by Israel was a milestone", "open in Jerusalem as agreed.",
  ("Kosovo", S, pos, "Israel", "welcome of Israel's recognition = supporting; embassy plan in the same sentence"))
U(d, "His government said in a statement that Kosovo remained committed to EU integration", "its own decision.",
  ("Kosovo", N, neu, "", "reassurance + defence of its own choice, no judgement of the EU = neutral"))
U(d, "Vesna Pantic, who follows EU enlargement", "genuinely new element.",
  ("Vesna Pantic", N, neu, "", "independent analyst; assessment"))
U(d, "\"Serbia has bought itself goodwill in Washington", "she said.",
  ("Vesna Pantic", N, neg, "", "multi-sentence quote; interests and a scenario, no judgement"))
U(d, "She said the EU should use the next round of the dialogue", "rather than compete with them.",
  ("Vesna Pantic", T, neu, "European Union", "appeal to the EU on the course of the dialogue = calling_for_talks"))
U(d, "Karim Haddad, a researcher at the Levant Policy Institute in Beirut", "weighing similar moves.",
  ("Karim Haddad", N, neu, "", "independent researcher; assessment; Beirut = place"))
U(d, "\"Each new embassy in Jerusalem lowers the cost for the next one.", "Haddad said.",
  ("Karim Haddad", N, neg, "", "multi-sentence quote on risks, no judgement"))
U(d, "He called the U.S. approach of tying Balkan economic deals", "election-season diplomacy\".",
  ("Karim Haddad", C, neg, "United States", "explicit judgement ('cynical')"))
# Captions, crossheads, Related, reporting credits, Trust Principles, topics, newsletter, most read: never statements.
