# ------------------------------------------------------------------ Urum al-Kubra: the attack on the UN-SARC aid convoy near Aleppo, 19 Sept 2016, at the Council's high-level meeting (UN meetings coverage, 2016-09-21)
d = "page_aleppo_aidconvoy2016_unscmeeting.txt"
# Not statements: site menu, document number and date, meeting number, headline and subheadline, "Briefings"/"Statements"
# crossheads, meeting times, "For information media", related documents, subscription prompt.
# "Meeting at the level of Heads of State and Government ..." and "Eighteen of the convoy's 31 trucks ..." = the press
# release's own summary and narration, no row; "The Council observed a minute of silence" is in the same narration paragraph.
U(d, "BAN KI-MOON, Secretary-General of the United Nations, said the attack on the convoy was an outrage", "must answer for it.",
  ("United Nations", C, neg, "", "'an outrage' + those who ordered it must answer; perpetrators unnamed -> target empty"))
U(d, "He called on every member of the Council with influence over the parties", "return the Syrians to the negotiating table.",
  ("United Nations", T, neu, "", "appeal to restore the truce and return to talks"))
U(d, "He said the United Nations had resumed some aid movements", "a sky full of aircraft.",
  ("United Nations", N, neg, "", "own operations + warning without an appeal or judgement = neutral, negative"))
U(d, "STAFFAN DE MISTURA, Special Envoy of the Secretary-General for Syria, said the truce", "should not be allowed to die.",
  ("United Nations", T, neu, "", "envoy = UN; the truce must be kept = appeal"))
U(d, "He proposed that both sponsors agree on an immediate pause", "rebuilding confidence.",
  ("United Nations", T, neu, "", "proposal of a pause in air operations"))
U(d, "LINA SAWAF, an independent scholar of international humanitarian law", "protected under any reading of the law.",
  ("Lina Sawaf", N, neu, "", "invented scholar briefing in her personal capacity; statement of the law, no judgement yet"))
U(d, "\"An attack on such a convoy is not a tragedy of war", "she said.",
  ("Lina Sawaf", C, neg, "", "calls the attack a violation; perpetrator not named -> target empty"))
U(d, "Sawaf urged the Council to set up an independent inquiry", "operating over Aleppo.",
  ("Lina Sawaf", T, neu, "United Nations", "appeal to the Council for an inquiry (unsure: could be neutral as a procedural proposal)"))
U(d, "JOHN KERRY, Secretary of State of the United States, said the explanations offered by Moscow", "what aid workers had seen.",
  ("United States", C, neg, "Russia", "judgement of Moscow's shifting explanations, no stock word"))
U(d, "He said the United States held the Russian Federation responsible", "away from humanitarian deliveries.",
  ("United States", C, neg, "Russia", "'held ... responsible'"))
U(d, "Kerry proposed that all aircraft be grounded over key areas", "on such an arrangement at once.",
  ("United States", T, neu, "", "proposal to ground aircraft + readiness to negotiate"))
U(d, "SERGEY LAVROV, Minister for Foreign Affairs of the Russian Federation, called for an independent", "before any facts had been established.",
  ("Russia", C, neg, "", "call for an investigation + rejection of a 'rush to blame' (a judgement of accusers, several -> empty) (unsure: a denial, neutral)"))
U(d, "He said the United States had failed to separate the opposition groups", "to wreck the truce.",
  ("Russia", C, neg, "United States", "accusation of failure and of wrecking the truce"))
U(d, "There would be no unilateral pause by the Syrian or Russian sides, Lavrov said", "at the same time.",
  ("Russia", T, neu, "", "refusal of a one-sided pause + counter-offer of a simultaneous arrangement = calling_for_talks (labels/README: refusal with a counter-offer)"))
U(d, "BORIS JOHNSON, Secretary of State for Foreign and Commonwealth Affairs of the United Kingdom, said", "could not pretend otherwise.",
  ("United Kingdom", C, neg, "", "blame by elimination of the Syrian and Russian air forces (two -> empty)"))
U(d, "JEAN-MARC AYRAULT, Minister for Foreign Affairs of France, condemned the attack", "as a weapon of war.",
  ("France", C, neg, "Syria", "condemnation + 'the Syrian regime and its backers' (Syria named; the backers unnamed)"))
U(d, "France would press for a monitoring mechanism for any renewed truce, he said.", "he said.",
  ("France", T, neu, "", "plan to work for a truce-monitoring mechanism"))
U(d, "WANG YI, Minister for Foreign Affairs of China, said a political settlement", "return to talks in Geneva.",
  ("China", T, neu, "", "appeal for talks"))
U(d, "SAMEH SHOUKRY, Minister for Foreign Affairs of Egypt, said the Council must not let", "without delay.",
  ("Egypt", T, neu, "", "appeal to the two sponsors to resume contacts (two -> empty)"))
U(d, "PAVLO KLIMKIN, Minister for Foreign Affairs of Ukraine, said the Russian Federation could not act", "meant to protect.",
  ("Ukraine", C, neg, "Russia", "accusation, no stock word"))
U(d, "JOSE MANUEL GARCIA-MARGALLO, Minister for Foreign Affairs of Spain, said his country was ready", "keep aid routes safe.",
  ("Spain", S, pos, "", "offer of funding for aid deliveries = supporting (aimed at the relief effort, no single actor)"))
U(d, "MANKEUR NDIAYE, Minister for Foreign Affairs of Senegal, paid tribute", "continued to serve in Syria.",
  ("Senegal", S, pos, "Syrian Arab Red Crescent", "praise and solidarity with the aid workers"))
U(d, "RODOLFO NIN NOVOA, Minister for Foreign Affairs of Uruguay, said his delegation was dismayed", "only grew.",
  ("Uruguay", N, neg, "", "dismay without an appeal or a judgement of an actor = neutral, negative (guide)"))
U(d, "DELCY RODRIGUEZ, Minister for Foreign Affairs of Venezuela, said foreign interference", "aimed at the Syrian Government.",
  ("Venezuela", C, neg, "", "judgement of unnamed states arming terrorist groups + warning against a no-fly zone"))
U(d, "Speaking in his national capacity, JOHN KEY, Prime Minister of New Zealand and Council President, said", "a return to the truce.",
  ("New Zealand", T, neu, "", "speaking in his national capacity = New Zealand, not the Council; appeal to return to the truce"))
U(d, "BASHAR JA'AFARI (Syria) said that Syrian aircraft had not carried out any strikes", "facilitated its passage.",
  ("Syria", N, neg, "", "denial + own conduct = neutral, negative"))
U(d, "He accused armed groups and their foreign sponsors of exploiting the incident", "at the same moment.",
  ("Syria", C, neg, "", "accusation of armed groups and unnamed sponsors"))
