# ------------------------------------------------------------------ Morocco recalls its ambassador to Germany after freezing contacts with the German embassy (Maghreb site, full HTML, 2021-05-07)
d = "page_morocco_germany_maghrebsite.html"
# Not statements: cookie bar, top line, brand/tagline, nav, breadcrumbs, kicker, headline, standfirst, meta line,
# share bar, figcaptions with credits and "1 of 2", ADVERTISEMENT, "Related:" links, crossheads, tags, newsletter,
# comments, most read, footer.
U(d, "Morocco has called its ambassador in Berlin, Zohour Alaoui, home for consultations", "the German embassy.",
  ("Morocco", C, neg, "Germany", "long lead: recall for consultations + accusation of 'hostile acts'; the March freeze is recalled as narration here (labelled where Bourita's letter is reported)"))
U(d, "In a statement issued on Thursday, the Ministry of Foreign Affairs, African Cooperation and Moroccan Expatriates said", "“destructive” line.",
  ("Morocco", C, neg, "Germany", "judgement ('destructive', walked away from a settlement)"))
U(d, "It singled out Berlin's campaigning after the United States recognised", "never accounted for.",
  ("Morocco", C, neg, "Germany", "'It' = the ministry; Berlin = metonym; reproach of an unexplained 'serious matter'"),
  ("United States", S, pos, "Morocco", "the US recognition of Moroccan sovereignty, reported inside Morocco's sentence = backing by act"))
U(d, "It further charged that German officials had been shielding a former terrorism convict", "in confidence.",
  ("Morocco", C, neg, "Germany", "accusation of complicity and of leaking intelligence"))
# "The statement did not name the man, but he is widely believed to be Mohamed Hajib ..." : narration; Hajib does not speak (no row)
U(d, "Rabat also accused Germany of trying to cut the kingdom's role in the region down to size", "in January 2020.",
  ("Morocco", C, neg, "Germany", "Rabat = metonym; accusation over Libya"))
U(d, "In Berlin, a spokeswoman for the Federal Foreign Office told a regular government news conference", "end the crisis.",
  ("Germany", C, neg, "Morocco", "regret without the stock word ('sorry to see Rabat choose this route') + 'would do nothing to end the crisis' = judgement of Morocco's step; 'In Berlin' = place"))
U(d, "She rejected the charges as unfounded.", "She rejected the charges as unfounded.",
  ("Germany", N, neg, "", "denial = neutral, negative tone (guide)"))
U(d, "The German government had asked the Moroccan side to explain its decision, she said.", "The German government had asked the Moroccan side to explain its decision, she said.",
  ("Germany", T, neu, "Morocco", "attribution tail; demand for an explanation with no judgement word = calling_for_talks (labels/README)"))
U(d, "She added that Berlin had put considerable effort into a constructive dialogue", "in recent weeks.",
  ("Germany", T, pos, "Morocco", "commitment to dialogue with Rabat (unsure: could be read as neutral self-description)"))
U(d, "Germany's stance on Western Sahara had not moved, she stressed:", "United Nations.",
  ("Germany", T, neu, "", "position continued after a colon: backing a negotiated political solution under the UN = appeal for a diplomatic course; the parties are not named -> target empty"))
U(d, "Government spokesman Steffen Seibert said Morocco remained an important partner", "peace in Libya.",
  ("Germany", S, pos, "Morocco", "praise of the partnership"))
U(d, "The crisis broke into the open on March 1, when Foreign Minister Nasser Bourita wrote", "fundamental to Morocco.",
  ("Morocco", C, neg, "Germany", "suspending all contact and cooperation with the German embassy = a measure against another side (guide: measures); the head of government is only the addressee"))
# "The letter, first published by the Moroccan news site Medias24 ..." : narration; the ministry's confirming the letter and declining to elaborate add no position (no row)
U(d, "The freeze, a senior Moroccan official said in March", "questions unanswered.",
  ("Morocco", C, neg, "Germany", "unnamed official of a named government = Morocco; a warning with a condition attached = threat (unsure: 'not a break' softens it)"))
U(d, "Berlin responded by summoning Ambassador Alaoui to explain the letter", "good relations.",
  ("Germany", T, neg, "Morocco", "summons to explain + 'nothing justified a downturn' (a denial of grounds), no judgement word = calling_for_talks (demand for an explanation)"))
U(d, "Only three months before the freeze, Germany had committed some 1.39 billion euros", "as exemplary.",
  ("Germany", S, neu, "Morocco", "background, but a specific act: financial support committed = backing by act"),
  ("Morocco", S, pos, "Germany", "Bourita's praise of cooperation, in the same sentence"))
# "Germany has long been one of Morocco's main development partners ..." : vague background (no row)
# "The US recognition was part of a US-brokered agreement ..." : background, no actor as subject (no row)
U(d, "Germany, then a non-permanent member of the Security Council, asked for closed consultations", "a hostile gesture.",
  ("Germany", T, neu, "", "asking the Security Council to meet on the territory = convening diplomacy (labels/README: the host convening is calling_for_talks)"),
  ("Morocco", C, neg, "Germany", "Rabat's reading of the move as 'a hostile gesture' in the same sentence = judgement"))
U(d, "The Polisario Front, which seeks independence for Western Sahara", "international law.",
  ("Polisario Front", C, neg, "Morocco", "accusation: punishing Germany"))
U(d, "The movement thanked Berlin for what it called its principled stance.", "The movement thanked Berlin for what it called its principled stance.",
  ("Polisario Front", S, pos, "Germany", "'The movement' = Polisario by context; thanks/praise"))
U(d, "Asked about the dispute, a spokesperson for the European Commission said", "through dialogue.",
  ("European Union", T, neu, "", "hope that both sides settle through dialogue, no judgement; two sides -> target empty"))
# "Morocco's foreign ministry declined to comment ... did not respond ..." : non-answers, no position (no row)
# "The dispute with Berlin comes as relations with Madrid have also soured since ... Ghali was admitted" : passive background (no row)
U(d, "Rabat summoned Spain's ambassador last month to protest against the admission.", "Rabat summoned Spain's ambassador last month to protest against the admission.",
  ("Morocco", C, neg, "Spain", "summons in protest = condemning; Rabat = metonym"))
U(d, "Madrid has said Ghali was taken in for strictly humanitarian reasons.", "Madrid has said Ghali was taken in for strictly humanitarian reasons.",
  ("Spain", N, neu, "", "Madrid = metonym; justification of its own act, no judgement of another actor"))
U(d, "Spanish Foreign Minister Arancha Gonzalez Laya said at the time", "privileged partner of Spain.",
  ("Spain", S, pos, "Morocco", "confidence that ties will hold + praise of Morocco as 'a friend and a privileged partner' = supporting (unsure: could be read as neutral reassurance)"))
# Analysts in Rabat and the unnamed professor (quote continued): not actors (no row)
# "The recall does not amount to a break in diplomatic relations ..." : narration (no row)
