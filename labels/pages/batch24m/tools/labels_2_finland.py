# ------------------------------------------------------------------ Finland closes four crossings with Russia (Russian state media, 2023-11-17)
d = "page_finland_vaalimaa_closure2023_statemedia.txt"
# Not statements: brand, menu, language bar, section line, headline, time stamp, standfirst, READ ALSO, photo caption with credit, tags, copyright.
U(d, "Finland's decision to shut four checkpoints", "Maria Zakharova said on Friday.",
  ("Russia", C, neg, "Finland", "'a hostile act' aimed at Finland's decision"))
U(d, "\"Helsinki is trying to dress up a political choice", "the diplomat told RIN.",
  ("Russia", C, neg, "Finland", "accuses Helsinki of deceiving its citizens; judgement without stock words"))
U(d, "She added that Moscow's response to the closure", "will feel its consequences.\"",
  ("Russia", C, neg, "Finland", "announced response + 'will feel its consequences' = threat"))
U(d, "The Finnish government decided on Thursday to close", "until February 18.",
  ("Finland", C, neg, "Russia", "closing crossings in answer to Russia's alleged scheme = a measure taken against another side (unsure: could be read as a neutral border procedure); hostile measure, negative tone"))
U(d, "Finnish Prime Minister Petteri Orpo claimed at a press conference", "through to the Finnish side.",
  ("Finland", C, neg, "Russia", "accusation (state media's 'claimed' does not change the speaker's position)"))
U(d, "Orpo also said his cabinet was prepared to take further steps", "did not stop.",
  ("Finland", C, neg, "Russia", "conditional further measures = threat"))
U(d, "Finnish Interior Minister Mari Rantanen said applications for asylum", "Salla and Vartius.",
  ("Finland", N, neu, "", "procedure"))
U(d, "According to the Finnish Border Guard, more than 280 people", "Somalia and Iraq.",
  ("Finland", N, neu, "", "figures given by a state agency"))
U(d, "Kremlin spokesman Dmitry Peskov rejected claims", "simply doing its job.",
  ("Russia", N, neg, "", "denial = neutral, negative"))
U(d, "At the same time, Peskov said Moscow hoped that common sense", "at the border calmly.",
  ("Russia", T, pos, "Finland", "hope for a calm discussion = hope (talks); 'common sense' hints at blame but no explicit judgement"))
U(d, "Russian Ambassador to Finland Pavel Kuznetsov told RIN", "used for decades.",
  ("Russia", C, neg, "Finland", "complaint that Helsinki bypassed the channels = judgement without stock words"))
U(d, "\"For years our border guards sat at one table", "the ambassador said.",
  ("Russia", C, neg, "Finland", "multi-sentence quote closed by its speaker; 'simply does not pick up' = reproach of Finland"))
U(d, "The Russian Foreign Ministry said in a statement that Moscow remained open", "the two border services.",
  ("Russia", T, neu, "Finland", "offer of discussion through the bilateral mechanism"))
U(d, "Leonid Slutsky, head of the State Duma Committee on International Affairs", "the language of security.",
  ("Russia", C, neg, "Finland", "Duma committee chair speaks for Russia's parliament; sarcastic judgement of the closure"))
U(d, "Russia's human rights commissioner Tatyana Moskalkova said she was worried", "cut off from them.",
  ("Russia", N, neg, "", "worry without an appeal = neutral, negative"))
U(d, "The Border Directorate of the FSB for St Petersburg", "informing travellers about the closure.",
  ("Russia", N, neu, "", "facts from a state agency"))
# "READ ALSO ..." = link title, no row.
U(d, "Finnish Foreign Minister Elina Valtonen dismissed suggestions", "stay open for freight.",
  ("Finland", N, neg, "", "denial of hostility + a fact about freight = neutral"))
U(d, "In Brussels, the European Union's border agency Frontex said it would send officers", "at Helsinki's request.",
  ("European Union", S, neu, "Finland", "Frontex = EU; sending officers and equipment = backing by act"))
U(d, "European Commissioner for Home Affairs Ylva Johansson accused Moscow", "a member state of the union.",
  ("European Union", C, neg, "Russia", "accusation"))
U(d, "Estonian Prime Minister Kaja Kallas welcomed Helsinki's decision", "brought to the border.",
  ("Estonia", C, neg, "Russia", "welcome joined to a judgement of Moscow: rule 1 -> condemning; the welcome's object (Finland) is not the target"))
U(d, "Estonian Interior Minister Lauri Laanemets said Tallinn had plans ready", "on the Estonian border.",
  ("Estonia", C, neg, "Russia", "conditional closure aimed at a Russian scheme = threatened response"))
U(d, "Norwegian Justice Minister Emilie Enger Mehl said Oslo was watching", "no increase in arrivals so far.",
  ("Norway", N, neg, "", "watchfulness without an appeal = concern, neutral"))
U(d, "The UN refugee agency UNHCR said it was concerned", "keep access to asylum open.",
  ("UNHCR", T, neg, "Finland", "concern joined to an appeal, no judgement = calling_for_talks"))
# "Western experts and politicians have long described ..., RIN notes." = the outlet's own gloss, unnamed speakers: no row.
U(d, "Vadim Korolkov, a political scientist at the Baltic Institute", "a few hundred travellers.",
  ("Vadim Korolkov", C, neg, "Finland", "invented political scientist; judges Finland's motive"))
U(d, "\"Finland used to take pride in its ability to talk to Moscow", "Korolkov said.",
  ("Vadim Korolkov", C, neg, "Finland", "'handing that ability over ... for nothing' = negative judgement"))
U(d, "Irina Heikkinen, a resident of Vyborg", "able to see her.",
  ("Irina Heikkinen", N, neg, "", "invented witness; own situation, no judgement"))
U(d, "\"Nobody asked people like us", "she said.",
  ("Irina Heikkinen", C, neg, "Finland", "grievance at how the closure was decided (unsure: could be neutral; 'nobody' names no government)"))
# "Finland, which shares a border ..., joined NATO in April ..." = background, no row.
