# ------------------------------------------------------------------ Morocco–Israel normalisation and US recognition of Moroccan sovereignty over Western Sahara (Maghreb news site, full HTML, 2020-12-11)
d = "page_morocco_israel_sahara_maghrebsite.html"
# Top bar, brand/tagline, menu, LATEST ticker, breadcrumb, headline, summary, byline/time/read time, share bars, figcaptions, crossheads, 'Also read:', tags, newsletter, comments, most read, footer: never statements.
U(d, "Morocco will resume diplomatic contacts and official relations with Israel", "US President Donald Trump.",
  ("Morocco", T, pos, "Israel", "Royal Cabinet = Morocco; agreeing to restore diplomatic relations = agreeing to a diplomatic course (calling_for_talks, as 23a's joint statement; unsure: could be read as supporting Israel)"))
U(d, "The same statement said the kingdom welcomed with great satisfaction", "a historic step.",
  ("Morocco", S, pos, "United States", "'the kingdom' = Morocco; welcome of the US decision = supporting"))
U(d, "Minutes earlier Trump had announced on Twitter that he had signed a proclamation", "past 45 years.",
  ("United States", S, neu, "Morocco", "formal recognition signed = backing by act, narrated in a neutral tone; Rabat = metonym in the relative clause (narration)"))
U(d, "The US president described the normalisation as", "courage and vision.",
  ("United States", S, pos, "Morocco", "praise and thanks to the king = supporting (Israel also implied: target Morocco as the one thanked)"))
U(d, "Under the deal, the two countries will reopen the liaison offices", "White House fact sheet.",
  ("United States", N, neu, "", "the deal's terms per the White House fact sheet = plan/facts, neutral; Washington = metonym"))
# 'In a second statement, the Royal Cabinet said the king had called … Abbas shortly afterwards to reassure him.' = a call reported in narrative; its content follows (no row).
U(d, "The king told Abbas that Morocco's support for a Palestinian state alongside Israel", "the statement said.",
  ("Morocco", T, pos, "", "support for a Palestinian state + 'only way … through negotiations' = calling_for_talks (rule 2 before rule 3); attribution tail"))
U(d, "Morocco would never give up its defence of the Palestinian people's legitimate rights", "question of the Sahara.",
  ("Morocco", S, pos, "Palestine", "backing of the Palestinians = supporting"))
# 'Abbas's office did not publish an account of the call.' = non-response, narration.
U(d, "Foreign Minister Nasser Bourita told reporters in Rabat on Friday that the step was not a \"normalisation\"", "until 2000.",
  ("Morocco", N, neu, "", "rejects a label for its own step (a denial-like correction), no judgement of an actor = neutral; Rabat = place"))
U(d, "\"We are not doing anything new.", "Bourita said.",
  ("Morocco", N, neu, "", "multi-sentence quote closed by its speaker; facts about past ties = neutral"))
U(d, "Bourita added that the American recognition would encourage other countries", "proposed in 2007.",
  ("Morocco", N, pos, "", "a forecast about its own plan, no appeal = neutral, positive"))
U(d, "In Jerusalem, Prime Minister Benjamin Netanyahu thanked the king", "would begin soon.",
  ("Israel", S, pos, "Morocco", "thanks = supporting; the flights are a plan in the same sentence (one row); Jerusalem = place"))
U(d, "He also thanked Trump for his \"extraordinary efforts\"", "circle of peace.",
  ("Israel", S, pos, "United States", "'He' = Netanyahu; thanks = supporting"))
U(d, "The United Arab Emirates, Bahrain and Egypt welcomed the agreement", "stability in the region.",
  ("United Arab Emirates", S, pos, "", "list of three states = three rows; welcome of an agreement between two parties -> target empty"),
  ("Bahrain", S, pos, "", "same list"),
  ("Egypt", S, pos, "", "same list; Sisi's words are Egypt's"))
U(d, "The Polisario Front, which seeks independence for the territory with Algeria's backing", "did not belong to him.",
  ("Polisario Front", C, neg, "United States", "statement carried by SPS (an agency, not an actor); 'given away something that did not belong to him' = judgement; 'Algeria's backing' is narration in a relative clause (no Algeria row)"))
U(d, "The movement's representative in Washington, Mouloud Said, said the decision would change nothing", "not self-governing.",
  ("Polisario Front", N, neg, "", "the decision has no effect on the legal status = like 'status unaffected' (neutral), negative tone (unsure: could be read as a rejection = condemning)"))
U(d, "\"The Sahrawi people are not a bargaining chip in anybody's diplomacy.", "Said told the Algerian news agency APS.",
  ("Polisario Front", C, neg, "Morocco", "multi-sentence quote closed by the speaker; 'occupation' + struggle until it ends = judgement + threat; APS only carries it"))
# 'The Polisario declared in November …' = background of a past act (no row); 'In Algiers, there was no official reaction …' = non-response + state TV coverage, narration (no Algeria row).
U(d, "The Islamist movement Hamas, which governs the Gaza Strip, called the Moroccan decision a grave mistake", "deny the Palestinians their rights.",
  ("Hamas", C, neg, "Morocco", "'grave mistake that rewarded the occupation' = judgement"))
U(d, "Wasel Abu Youssef, a member of the Palestine Liberation Organization's executive committee", "Palestinian people.",
  ("Palestine", C, neg, "", "PLO = Palestine (name files); 'a stab in the back' aimed at any Arab normalisation, no state named -> target empty"))
U(d, "At the United Nations, a spokesman for Secretary-General Antonio Guterres said the world body's position", "had not changed.",
  ("United Nations", N, neu, "", "unchanged position = neutral (as 23a's 'status unaffected')"))
U(d, "The Secretary-General still believed a solution could be found on the basis of Security Council resolutions", "the spokesman said.",
  ("United Nations", T, neu, "", "attribution tail; hope for a solution through the Council's framework = calling_for_talks"))
U(d, "Spain's foreign minister, Arancha González Laya, said Madrid's position was unchanged", "themselves accepted.",
  ("Spain", T, neu, "", "unchanged position + a solution within the UN framework accepted by the parties = calling_for_talks (the appeal decides); Madrid = metonym"))
U(d, "Russia's deputy foreign minister, Mikhail Bogdanov, said the American move was a unilateral decision", "had itself voted for.",
  ("Russia", C, neg, "United States", "'against international law' = judgement"))
U(d, "In Washington, former national security adviser John Bolton", "decades of US policy.",
  ("John Bolton", C, neg, "United States", "a former official speaks for no state: independent person under his own name; 'cynical trade' = judgement; Washington = place"))
U(d, "Senator Jim Inhofe, the Republican chairman of the Senate Armed Services Committee", "traded away.",
  ("United States", C, neg, "", "a senator = United States (guide's example: Senator Ben Cardin); he criticises his own government's decision, and the target may not equal the actor -> target empty (unsure)"))
# Geography, consulates, the Abraham accords and the 1975/1991 background = narration.
