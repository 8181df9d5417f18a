# ------------------------------------------------------------------ Bosnia: Inzko imposes the genocide-denial ban (Serbian state agency copy, 2021-07-24)
d = "page_bosnia_inzko_denialban2021_statemedia.txt"
# Not statements: menu, section line, headline, dateline line, crossheads, Related, tags, copyright.
U(d, "Serbian Prime Minister Ana Brnabić said on Friday that the decision", "push the two entities further apart.",
  ("Serbia", C, neg, "Office of the High Representative", "'rash political step' = judgement on the High Representative's decision"))
U(d, "\"A departing official has written a criminal law", "the agency's television service.",
  ("Serbia", C, neg, "Office of the High Representative", "mocking judgement of how the law was imposed"))
U(d, "She said the people of Bosnia and Herzegovina deserved better than laws handed down by decree.", "handed down by decree.",
  ("Serbia", C, neg, "Office of the High Representative", "pronoun = Brnabić; criticism of rule by decree (no stock word)"))
U(d, "Inzko on Friday used the special powers of his office", "six months to five years.",
  ("Office of the High Representative", N, neu, "", "a specific act reported as done (imposing the amendments); content of the law, no evaluation"))
# "The amendments ... entered into force immediately." and the hand-over date = narration, no row.
U(d, "The Serb member of the Presidency of Bosnia and Herzegovina, Milorad Dodik, told", "in the coming days.",
  ("Republika Srpska", C, neg, "Office of the High Representative", "Dodik speaks for Srpska here ('Republika Srpska would never accept', its institutions' answer); rejection in protest + announced response"))
U(d, "\"This is the final blow to Dayton Bosnia and Herzegovina", "Dodik said.",
  ("Republika Srpska", C, neg, "Office of the High Representative", "judgement + holding the authors responsible"))
U(d, "He said that a foreign official who had not been confirmed", "for the peoples of Bosnia and Herzegovina.",
  ("Republika Srpska", C, neg, "Office of the High Representative", "denies the envoy's legitimacy = judgement"))
U(d, "Dodik announced that the National Assembly of Republika Srpska would meet", "in Banja Luka on Monday.",
  ("Republika Srpska", N, neu, "", "plans: session and consultations"))
U(d, "The Speaker of the National Assembly, Nedeljko Čubrilović, confirmed", "on the High Representative's decision.",
  ("Republika Srpska", N, neu, "", "entity assembly speaker = Srpska; procedure"))
U(d, "The leader of the opposition Party of Democratic Progress, Branislav Borenović, said", "ungovernable for months.",
  ("Party of Democratic Progress", C, neg, "Office of the High Representative", "party (new actor); blames the envoy's decision for a coming paralysis"))
U(d, "\"On this question there is no position and opposition in Srpska", "Borenović said.",
  ("Party of Democratic Progress", S, pos, "Republika Srpska", "backing the entity's common front (unsure: could be neutral)"))
U(d, "President of Serbia Aleksandar Vučić said that Serbia would respect", "at a difficult moment.",
  ("Serbia", S, neu, "Republika Srpska", "respect for BiH's integrity + solidarity with the Serbs there"))
U(d, "\"Serbia will help Republika Srpska in every way permitted", "told reporters in Belgrade.",
  ("Serbia", S, pos, "Republika Srpska", "offer of help"))
U(d, "Vučić called on the leaders of the three constituent peoples", "without decisions imposed from outside.",
  ("Serbia", T, neu, "", "appeal for talks among the three peoples; 'imposed from outside' is a swipe but no explicit judgement in this sentence (unsure: could be condemning)"))
U(d, "Serbia's Minister of Foreign Affairs, Nikola Selaković, said that the decision had been taken behind the backs", "Peace Implementation Council.",
  ("Serbia", C, neg, "Office of the High Representative", "'behind the backs of the peoples' = judgement + diplomatic step"))
U(d, "Russia's Foreign Ministry spokeswoman Maria Zakharova said in Moscow", "belongs to the country's parliament.",
  ("Russia", C, neg, "Office of the High Representative", "exceeding the mandate = judgement"))
U(d, "\"Moscow has said for years that this office should be wound up", "would not recognise the decision.",
  ("Russia", C, neg, "Office of the High Representative", "call to close the office + refusal to recognise the decision (quote first, attribution and addition after)"))
U(d, "Russia's ambassador in Sarajevo, Igor Kalabukhov, said the embassy was in contact", "Republika Srpska.",
  ("Russia", N, neu, "", "contact reported as a fact"))
U(d, "In Sarajevo, the leader of the Party of Democratic Action, Bakir Izetbegović, welcomed", "the dignity of the victims.",
  ("Party of Democratic Action", S, pos, "Office of the High Representative", "party (new actor); welcome of the decision with praise"))
U(d, "The Office of the High Representative said in a statement that Inzko had acted because", "pass such a law themselves.",
  ("Office of the High Representative", N, neg, "", "explanation of its own act; the failure of 'the elected authorities' is stated as a reason, not aimed at a canonical actor (unsure: could be condemning)"))
U(d, "\"I was not prepared to leave this office while the suffering", "published by his office.",
  ("Office of the High Representative", C, neg, "", "judgement on denial and the glorification of war criminals; no canonical target -> empty"))
U(d, "The United States embassy in Sarajevo said it supported the High Representative's decision", "fear and division.",
  ("United States", T, neu, "", "support + appeal to all leaders to calm rhetoric: welcome with a de-escalation appeal and no judgement = calling_for_talks (README: rule 2 before rule 3); appeal addressed to all leaders -> target empty (unsure: could be supporting the High Representative)"))
U(d, "The European Union's spokesperson for foreign affairs, Nabila Massrali, said the Srebrenica genocide", "wants to join the Union.",
  ("European Union", C, neg, "", "'no place' for attempts to rewrite the genocide = judgement on denial; deniers not named -> target empty"))
U(d, "She said leaders in Bosnia and Herzegovina should put their energy into the reforms", "rather than into new quarrels.",
  ("European Union", T, neu, "", "pronoun = Massrali; appeal to leaders, no judgement"))
U(d, "Croatian Foreign Minister Gordan Grlić Radman said Zagreb would study", "a new blockade of institutions.",
  ("Croatia", T, neu, "", "Zagreb = metonym; study + hope that no blockade follows = calling_for_talks"))
# "Srebrenica, in eastern Bosnia, is where ..." = background, no row.
U(d, "Political analyst Dragan Vukosavljević of the Belgrade Centre for Regional Studies told SPA", "the one intended.",
  ("Dragan Vukosavljević", C, neg, "Office of the High Representative", "invented analyst; negative verdict on the decision (unsure: could be a neutral forecast)"))
U(d, "\"Instead of reconciliation, we will get a new crisis", "he said.",
  ("Dragan Vukosavljević", N, neg, "", "forecast, no judgement on an actor"))
