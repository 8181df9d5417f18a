# ------------------------------------------------------------------ the stabbing of Jair Bolsonaro in Juiz de Fora (6 Sept 2018) (live blog, full HTML, 2018-09-06)
d = "page_brazil_bolsonaro_juizdefora2018_liveblog.html"
# Not statements: top bar, masthead, nav, breadcrumb, LIVE badge, headline, standfirst, byline, dateline, key-events list,
# entry time stamps and entry headings, figcaptions with credits and "2 of 3", ADVERTISEMENT, share bar, newsletter prompt,
# tags, comments, most read, footer.
# "The Santa Casa hospital in Juiz de Fora says ..." = a hospital's medical bulletin: the hospital is not an actor, no row.
U(d, "His campaign said in a note that he would keep his name on the ballot", "\"not in question\".",
  ("Social Liberal Party (Brazil)", N, neu, "", "the candidate's campaign = his party; plan, no evaluation"))
U(d, "Chile's president Sebastián Piñera on Twitter:", "and his family.\"",
  ("Chile", C, neg, "", "live-blog item: capital label + quotation with no verb of saying; 'violence has no place' judges the attack (attacker not an actor -> target empty) + wishes: rule 1"))
U(d, "Argentina's president Mauricio Macri said he had called the Bolsonaro family", "Argentine people.",
  ("Argentina", S, pos, "Social Liberal Party (Brazil)", "solidarity with the candidate and his family = supporting; the candidate's actor is his party"))
# "Washington has weighed in." = lead-in line, no row.
U(d, "The State Department's spokeswoman, Heather Nauert, said the United States condemned the attack", "to justice.",
  ("United States", C, neg, "", "condemnation of the attack + trust in Brazil's institutions: rule 1; attacker not an actor -> target empty"))
U(d, "Nauert added that Washington looked forward to", "vote next month.",
  ("United States", T, pos, "", "hope for a peaceful vote = calling_for_talks (hope for calm); surname only"))
U(d, "The Organization of American States' secretary general, Luis Almagro, called the stabbing", "electoral process.",
  ("Organization of American States", C, neg, "", "'an assault on the whole electoral process' = judgement of the attack"))
U(d, "In a second message, Almagro asked every campaign to lower the temperature", "before the vote.",
  ("Organization of American States", T, neu, "", "appeal for restraint to all sides"))
U(d, "Renata Valadares, a political scientist at the Federal University of Juiz de Fora", "last month of the race.",
  ("Renata Valadares", N, neu, "", "invented scholar introduced by role; forecast"))
U(d, "\"He will be off the streets and out of the debates", "Valadares said.",
  ("Renata Valadares", N, neu, "", "electoral analysis, no position; surname after first mention"))
U(d, "She said the other campaigns had been right to suspend their events", "free of violence.",
  ("Renata Valadares", T, pos, "", "approval of the suspensions + appeal for agreed rules without violence, no judgement: rule 2 before rule 3"))
U(d, "Supreme Court president Cármen Lúcia and the head of the electoral court, Rosa Weber, issued a joint note", "unanswered.",
  ("Brazil", C, neg, "", "the two court presidents = the state; 'an affront to the rule of law' + demand for a full inquiry: rule 1"))
U(d, "President Michel Temer, speaking at the Planalto palace after meeting his public security minister", "before the election.",
  ("Brazil", C, neg, "", "'grave attack on the country's democracy' = judgement; narration of the meeting inside the sentence"))
U(d, "According to the presidency's press office, Temer instructed the minister, Raul Jungmann", "on the inquiry.",
  ("Brazil", N, neu, "", "second-hand attribution (press office); own security measures and inquiry = plans, neutral"))
U(d, "Jungmann later told reporters that the Federal Police would take over the investigation", "had been involved.",
  ("Brazil", N, neu, "", "procedure and state of the inquiry"))
U(d, "Ciro Gomes, of the Democratic Labour Party (PDT), cancelled his events in Pernambuco", "not one candidate.",
  ("Democratic Labour Party (Brazil)", C, neg, "", "candidate = his party; judgement of the attacker's act (not an actor) -> target empty; the cancellation is narration inside the sentence"))
U(d, "Geraldo Alckmin, the PSDB candidate, said he had suspended his programme for the day.",
  "for the day.",
  ("Brazilian Social Democracy Party", N, neu, "", "own act reported, no evaluation"))
U(d, "\"Brazil settles its differences at the ballot box.", "he wrote.",
  ("Brazilian Social Democracy Party", S, pos, "Social Liberal Party (Brazil)", "get-well wishes to the opponent = sympathy (supporting); the ballot-box line carries no judgement word (unsure: could be read as calling_for_talks)"))
U(d, "Marina Silva of the Sustainability Network (Rede) said a knife had no place", "weight of the courts.",
  ("Sustainability Network", C, neg, "", "judgement of the attack + demand for punishment"))
U(d, "Guilherme Boulos, of the Socialism and Liberty Party (PSOL), said the attack was a crime", "Bolsonaro stood.",
  ("Socialism and Liberty Party", C, neg, "", "'a crime against democratic debate' = judgement"))
U(d, "Fernando Haddad, Lula's running mate and likely replacement on the ticket:", "family tonight.\"",
  ("Workers' Party", S, pos, "Social Liberal Party (Brazil)", "party label + quotation with no verb; sympathy with the opponent's family = supporting (no judgement word)"))
U(d, "The party's president, Gleisi Hoffmann, warned in a separate message", "finished their work.",
  ("Workers' Party", N, neg, "", "'the party' = Workers' Party from the entry label; pre-emptive rejection of blame = denial-like, neutral negative"))
U(d, "The Federal Police say the man arrested at the scene is Adélio Bispo de Oliveira", "for questioning.",
  ("Brazil", N, neu, "", "facts given by a state agency"))
U(d, "Police told local television he had said he acted alone", "has not been verified.",
  ("Brazil", N, neu, "", "police = the state; the suspect's own claim gets no row (a private individual reported by police)"))
U(d, "Everton Dias, an electrician who was a few metres from the candidate", "he had been pushed.\"",
  ("Everton Dias", N, neu, "", "invented witness introduced by role; account of the scene, no position"))
U(d, "Dias said supporters had pinned a man to the ground", "reached him.",
  ("Everton Dias", N, neu, "", "account, surname only"))
U(d, "Flávio Bolsonaro, the candidate's son and a Rio de Janeiro state lawmaker", "was in surgery.",
  ("Social Liberal Party (Brazil)", N, neg, "", "PSL lawmaker giving the candidate's condition: facts, worried tone"))
U(d, "PSL president Gustavo Bebianno blamed what he called a climate of hatred", "to account.",
  ("Social Liberal Party (Brazil)", C, neg, "", "blame + threat to hold opponents to account; several unnamed opponents -> target empty"))
# "Jair Bolsonaro, the far-right candidate leading polls ..." and "He was rushed to ..." = narration, no row.
U(d, "Military police say a suspect was detained at the scene.", "at the scene.",
  ("Brazil", N, neu, "", "Minas Gerais military police = the state; fact"))
